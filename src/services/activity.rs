//! Shared-tablet mode: notices taps and keys, and says when nobody has touched the screen for
//! the idle limit. The limit is checked against timestamps (`knee_core::idle`) every second
//! and at once when the page becomes visible, so a throttled timer or a sleeping tablet is
//! never late by more than one look.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use knee_core::idle::IdleWatch;

use super::clock::now_ms;
use super::events::DocumentListener;

pub struct IdleTimer {
    _check: Interval,
    _listeners: Vec<DocumentListener<web_sys::Event>>,
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
        let mut listeners: Vec<DocumentListener<web_sys::Event>> =
            ["pointerdown", "keydown", "wheel"]
                .into_iter()
                .map(|name| {
                    let watch = watch.clone();
                    DocumentListener::new(name, move |_: web_sys::Event| {
                        watch.borrow_mut().touch(now_ms())
                    })
                })
                .collect();
        let on_show = check.clone();
        listeners.push(DocumentListener::new(
            "visibilitychange",
            move |_: web_sys::Event| on_show(),
        ));
        IdleTimer {
            _check: Interval::new(1000, move || check()),
            _listeners: listeners,
        }
    }
}
