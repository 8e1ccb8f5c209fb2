//! The clock for the routine: reads the time, and ticks while the page is visible.
//!
//! The core's timer never reads a clock; this module is where the time comes from. Ticks
//! only ask the core to look again: the step and time left are always derived from
//! timestamps, so a throttled or paused ticker can never make the countdown wrong, only late.
//! When the page becomes visible again it ticks at once, so the screen is right before the
//! next interval fires.

use std::rc::Rc;

use gloo_timers::callback::Interval;
use knee_core::timer::Millis;

use gloo_events::EventListener;

use super::events::on_document;

/// Wall-clock milliseconds (`Date.now()`). A clock set backwards is clamped by the core.
pub fn now_ms() -> Millis {
    js_sys::Date::now().max(0.0) as Millis
}

/// Whether the page is on screen (`document.hidden` is false).
pub fn page_is_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| !d.hidden())
}

/// Calls `on_tick(now)` every `period_ms` while the page is visible, and at once when it
/// becomes visible. Stops when dropped.
pub struct Ticker {
    _interval: Interval,
    _on_visibility: Option<EventListener>,
}

impl Ticker {
    pub fn start(period_ms: u32, on_tick: impl Fn(Millis) + 'static) -> Ticker {
        let on_tick: Rc<dyn Fn(Millis)> = Rc::new(on_tick);
        let tick = on_tick.clone();
        let interval = Interval::new(period_ms, move || {
            // A hidden page needs no redraw; it is brought up to date when it shows again.
            if page_is_visible() {
                tick(now_ms());
            }
        });
        let on_visibility = on_document("visibilitychange", move |_| {
            if page_is_visible() {
                on_tick(now_ms());
            }
        });
        Ticker {
            _interval: interval,
            _on_visibility: on_visibility,
        }
    }
}
