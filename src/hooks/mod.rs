//! The app's effects, one named hook each: what it holds, and when it lets go. They run what
//! the state asks for through the services (the only modules that touch web-sys); none of
//! them decides anything the core should.

mod can_speak;
mod cue_player;
mod fitted_picture;
mod host_page;
mod lifecycle_events;
mod private_log;
mod routine_clock;
mod service_worker;
mod tablet_idle;
mod wake_lock;

pub use can_speak::use_can_speak;
pub use cue_player::use_cue_player;
pub use fitted_picture::use_fitted_picture;
pub use host_page::use_host_page;
pub use lifecycle_events::{use_lifecycle_events, use_page_ready};
pub use private_log::use_private_log;
pub use routine_clock::use_routine_clock;
pub use service_worker::use_service_worker;
pub use tablet_idle::use_tablet_idle;
pub use wake_lock::use_wake_lock;
