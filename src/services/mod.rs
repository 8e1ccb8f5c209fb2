//! Services run effects in the browser. They are the only modules that use web-sys.

pub mod activity;
pub mod clipboard;
pub mod clock;
pub mod cues;
pub mod embed;
pub mod events;
pub mod keyboard;
pub mod page;
pub mod private_log;
pub mod service_worker;
pub mod theme;
pub mod wake_lock;
