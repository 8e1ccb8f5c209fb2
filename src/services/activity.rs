//! Shared-tablet mode: notices taps, keys, scrolling and pointer moves, and says when nobody has touched the screen for
//! the idle limit. The limit is checked against timestamps (`knee_core::idle`) every second
//! and at once when the page becomes visible, so a throttled timer or a sleeping tablet is
//! never late by more than one look.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use knee_core::idle::IdleWatch;

use super::clock::now_ms;
use gloo_events::EventListener;

use super::events::on_document;

/// What counts as someone using the screen.
const ACTIVITY: [&str; 6] = [
    "pointerdown",
    "keydown",
    "wheel",
    "scroll",
    "touchmove",
    "pointermove",
];

pub struct IdleTimer {
    _check: Interval,
    _listeners: Vec<EventListener>,
}

impl IdleTimer {
    /// Calls `on_idle` once each time `limit_seconds` pass without a tap or a key.
    pub fn start(limit_seconds: u32, on_idle: impl Fn() + 'static) -> IdleTimer {
        let watch = Rc::new(RefCell::new(IdleWatch::new(limit_seconds, now_ms())));
        let on_idle: Rc<dyn Fn()> = Rc::new(on_idle);
        let check = {
            let watch = watch.clone();
            move || {
                let now = now_ms();
                if watch.borrow().is_due(now) {
                    // Start counting afresh, so the reset happens once, not every second.
                    watch.borrow_mut().touch(now);
                    on_idle();
                }
            }
        };
        let check: Rc<dyn Fn()> = Rc::new(check);
        // Scrolling and moving a pointer count too: a patient reading a long page (Learn) is
        // not idle. (In a frame, a touch scroll starts with pointerdown, a wheel with wheel.)
        let mut listeners: Vec<EventListener> = ACTIVITY
            .into_iter()
            .filter_map(|name| {
                let watch = watch.clone();
                on_document(name, move |_| watch.borrow_mut().touch(now_ms()))
            })
            .collect();
        let on_show = check.clone();
        listeners.extend(on_document("visibilitychange", move |_| on_show()));
        IdleTimer {
            _check: Interval::new(1000, move || check()),
            _listeners: listeners,
        }
    }
}
