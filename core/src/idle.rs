//! Shared-tablet mode's idle watch: has nobody touched the screen for the limit?
//!
//! Driven by timestamps the shell passes in (a tap, a key, a check), never by counting ticks,
//! so a throttled timer or a sleeping tablet cannot stretch the limit: the first check after
//! it is due says so. A clock that goes backwards never makes it due early.

use crate::timer::Millis;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdleWatch {
    limit: Millis,
    last_activity: Millis,
}

impl IdleWatch {
    /// A watch with a limit in seconds, starting now.
    pub fn new(limit_seconds: u32, now: Millis) -> IdleWatch {
        IdleWatch {
            limit: crate::timer::millis(limit_seconds),
            last_activity: now,
        }
    }

    /// Someone touched the screen at `now`.
    pub fn touch(&mut self, now: Millis) {
        self.last_activity = self.last_activity.max(now);
    }

    /// Whether the limit has passed since the last touch.
    pub fn is_due(&self, now: Millis) -> bool {
        now.saturating_sub(self.last_activity) >= self.limit
    }

    /// Time left before it is due (0 when due).
    pub fn remaining(&self, now: Millis) -> Millis {
        self.limit
            .saturating_sub(now.saturating_sub(self.last_activity))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_exactly_at_the_limit_after_the_last_touch() {
        let mut watch = IdleWatch::new(120, 1_000);
        assert!(!watch.is_due(120_999));
        assert!(watch.is_due(121_000));
        watch.touch(100_000);
        assert!(!watch.is_due(121_000));
        assert_eq!(watch.remaining(121_000), 99_000);
        assert!(watch.is_due(220_000));
    }

    #[test]
    fn a_clock_going_back_never_makes_it_due_early() {
        let mut watch = IdleWatch::new(30, 50_000);
        watch.touch(10_000); // an earlier clock reading: ignored
        assert!(!watch.is_due(79_999));
        assert!(!watch.is_due(0));
        assert!(watch.is_due(80_000));
    }

    #[test]
    fn a_sleeping_tablet_is_due_on_the_first_look_after() {
        let watch = IdleWatch::new(120, 0);
        assert!(watch.is_due(6 * 60 * 60 * 1000));
        assert_eq!(watch.remaining(6 * 60 * 60 * 1000), 0);
    }
}
