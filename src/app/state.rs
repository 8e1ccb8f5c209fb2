//! The app's state: which screen is showing and whether a new version is waiting.
//!
//! `reduce` is pure: it never touches the browser. Effects (reloading into a new version)
//! run in the root component when the state asks for them.

use std::rc::Rc;
use yew::Reducible;

/// The screen the patient sees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Landing,
}

impl Screen {
    /// A screen where nothing is in progress, so reloading into a new version loses nothing.
    /// A running routine will never be idle.
    pub const fn is_idle(self) -> bool {
        match self {
            Screen::Landing => true,
        }
    }
}

/// Where a new version of the app stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Update {
    /// Nothing newer is known.
    #[default]
    None,
    /// A newer version is installed and waits for a safe moment.
    Waiting,
    /// The patient accepted: the page switches to the new version and reloads.
    Applying,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub screen: Screen,
    pub update: Update,
}

impl State {
    /// The reload offer shows only when a version waits and nothing is in progress.
    pub fn offers_update(&self) -> bool {
        self.update == Update::Waiting && self.screen.is_idle()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The service worker reports an installed, waiting version.
    UpdateWaiting,
    /// The patient tapped the reload offer.
    AcceptUpdate,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::UpdateWaiting if self.update == Update::None => State {
                update: Update::Waiting,
                ..(*self).clone()
            },
            // Accepting counts only while the offer is on screen (a stale or repeated tap
            // must not reload a page that is busy).
            Action::AcceptUpdate if self.offers_update() => State {
                update: Update::Applying,
                ..(*self).clone()
            },
            _ => return self,
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: &[Action]) -> State {
        let mut state = Rc::new(State::default());
        for &action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    #[test]
    fn no_update_is_offered_until_one_is_waiting() {
        assert!(!State::default().offers_update());
    }

    #[test]
    fn a_waiting_version_is_offered_on_the_idle_landing_screen() {
        let state = run(&[Action::UpdateWaiting]);
        assert_eq!(state.screen, Screen::Landing);
        assert!(state.offers_update());
    }

    #[test]
    fn accepting_the_offer_applies_the_update_once() {
        let state = run(&[Action::UpdateWaiting, Action::AcceptUpdate]);
        assert_eq!(state.update, Update::Applying);
        assert!(!state.offers_update());
        let again = run(&[
            Action::UpdateWaiting,
            Action::AcceptUpdate,
            Action::AcceptUpdate,
        ]);
        assert_eq!(again, state);
    }

    #[test]
    fn accepting_without_a_waiting_version_changes_nothing() {
        assert_eq!(run(&[Action::AcceptUpdate]), State::default());
    }

    #[test]
    fn a_repeated_waiting_report_does_not_undo_an_accepted_update() {
        let state = run(&[
            Action::UpdateWaiting,
            Action::AcceptUpdate,
            Action::UpdateWaiting,
        ]);
        assert_eq!(state.update, Update::Applying);
    }
}
