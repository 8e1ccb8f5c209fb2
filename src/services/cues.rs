//! Cues for hands that are busy and eyes that are elsewhere: short tones, vibration, and (by
//! choice) the step's name spoken aloud.
//!
//! Tones are made with Web Audio and scheduled ahead on the AudioContext's own clock, so they
//! play on time even while the page is hidden and its timers are throttled. The context is
//! created or resumed by the Start tap (`unlock`), because browsers only let a page make sound
//! after a tap. Vibration and speech cannot be scheduled by the browser; they fire from timers
//! at the same moments, and speech is never waited on: a new phrase replaces one still
//! speaking. Where an API is missing or refuses, that cue is simply left out.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use knee_core::timer::{Cue, CueKind};
use wasm_bindgen::JsValue;
use web_sys::{AudioContext, AudioContextState, GainNode, OscillatorNode, OscillatorType};

thread_local! {
    static AUDIO: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Creates the audio context, or resumes it, from inside a tap. Safe to call on every tap.
pub fn unlock() {
    AUDIO.with(|audio| {
        let mut audio = audio.borrow_mut();
        if audio.is_none() {
            *audio = AudioContext::new().ok();
        }
        if let Some(context) = audio.as_ref() {
            if context.state() != AudioContextState::Running {
                let _ = context.resume();
            }
        }
    });
}

fn audio() -> Option<AudioContext> {
    AUDIO.with(|audio| audio.borrow().clone())
}

/// Whether this browser lists a voice for the language (the choice is only offered where one
/// speaks it). Some browsers list their voices late: `on_voices_changed` says when to ask again.
pub fn can_speak(lang: &str) -> bool {
    let Some(speech) = speech_synthesis() else {
        return false;
    };
    // Each voice's `lang` is read as a plain property: a voice is "en-US", "es_MX", "es-419"...
    speech.get_voices().iter().any(|voice| {
        js_sys::Reflect::get(&voice, &JsValue::from_str("lang"))
            .ok()
            .and_then(|code| code.as_string())
            .and_then(|code| knee_core::Lang::from_code(&code))
            .is_some_and(|l| l.code() == lang)
    })
}

/// Calls `changed` whenever the browser's list of voices changes (none where it cannot speak).
/// (An older browser whose `speechSynthesis` is no event target gets no listener, never an error.)
pub fn on_voices_changed(changed: impl FnMut(&web_sys::Event) + 'static) -> Option<EventListener> {
    let speech = speech_synthesis()?;
    js_sys::Reflect::has(&speech, &JsValue::from_str("addEventListener"))
        .unwrap_or(false)
        .then(|| EventListener::new(&speech, "voiceschanged", changed))
}

fn speech_synthesis() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    if !js_sys::Reflect::has(&window, &JsValue::from_str("speechSynthesis")).unwrap_or(false) {
        return None;
    }
    window.speech_synthesis().ok()
}

/// Stops anything being spoken now.
pub fn hush() {
    if let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        speech.cancel();
    }
}

fn speak(words: &str, lang: &str) {
    let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(words) {
        utterance.set_lang(lang);
        // Never queue behind an earlier phrase: the newest cue is the one that matters.
        speech.cancel();
        speech.speak(&utterance);
    }
}

/// A tone: pitch in Hz, start after the cue in seconds, length in seconds.
type Tone = (f32, f64, f64);

fn tones(kind: CueKind) -> &'static [Tone] {
    match kind {
        CueKind::Count(_) => &[(660.0, 0.0, 0.15)],
        CueKind::StepStarts(_) => &[(880.0, 0.0, 0.18), (1175.0, 0.2, 0.3)],
        CueKind::CheckIn(_) | CueKind::Confirm(_) => &[(880.0, 0.0, 0.18), (660.0, 0.2, 0.3)],
        CueKind::Finished => &[(660.0, 0.0, 0.18), (880.0, 0.2, 0.18), (1320.0, 0.4, 0.4)],
    }
}

fn vibration(kind: CueKind) -> &'static [u32] {
    match kind {
        CueKind::Count(_) => &[80],
        CueKind::StepStarts(_) | CueKind::CheckIn(_) | CueKind::Confirm(_) => &[200, 100, 200],
        CueKind::Finished => &[300, 100, 300, 100, 300],
    }
}

fn vibrate(pattern: &[u32]) {
    if let Some(window) = web_sys::window() {
        let navigator = window.navigator();
        let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("vibrate")).unwrap_or(false);
        if has {
            let pattern: js_sys::Array = pattern.iter().map(|&ms| JsValue::from(ms)).collect();
            let _ = navigator.vibrate_with_pattern(&pattern);
        }
    }
}

/// One tone on `out`, starting at `at` on the context's clock, with a soft attack and decay
/// so it clicks neither in nor out.
fn tone(
    context: &AudioContext,
    out: &GainNode,
    (pitch, offset, length): Tone,
    at: f64,
) -> Result<OscillatorNode, JsValue> {
    let start = at + offset;
    let end = start + length;
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(pitch);
    let envelope = context.create_gain()?;
    let gain = envelope.gain();
    gain.set_value_at_time(0.0001, start)?;
    gain.exponential_ramp_to_value_at_time(0.4, start + 0.015)?;
    gain.exponential_ramp_to_value_at_time(0.0001, end)?;
    oscillator.connect_with_audio_node(&envelope)?;
    envelope.connect_with_audio_node(out)?;
    oscillator.start_with_when(start)?;
    oscillator.stop_with_when(end + 0.02)?;
    Ok(oscillator)
}

/// What to say for a cue, if anything (counts are tones only).
pub type Words = Rc<dyn Fn(CueKind) -> Option<String>>;

/// Cues scheduled ahead; dropping it cancels every one not yet played.
pub struct CuePlayer {
    out: Option<GainNode>,
    oscillators: Vec<OscillatorNode>,
    /// Vibration and speech; dropping a timer cancels it.
    timers: Vec<Timeout>,
}

impl CuePlayer {
    /// Schedules `cues` (each `after` ms from now). `words` gives the phrase to speak, when
    /// speech is on; `lang` is the phrase's language.
    pub fn schedule(cues: &[Cue], words: Option<Words>, lang: &'static str) -> CuePlayer {
        let mut player = CuePlayer {
            out: None,
            oscillators: Vec::new(),
            timers: Vec::new(),
        };
        if let Some(context) = audio() {
            if let Ok(out) = context.create_gain() {
                if out.connect_with_audio_node(&context.destination()).is_ok() {
                    let now = context.current_time();
                    for cue in cues {
                        let at = now + cue.after as f64 / 1000.0;
                        for &t in tones(cue.kind) {
                            if let Ok(oscillator) = tone(&context, &out, t, at) {
                                player.oscillators.push(oscillator);
                            }
                        }
                    }
                    player.out = Some(out);
                }
            }
        }
        for cue in cues {
            let kind = cue.kind;
            let words = words.clone();
            let delay = u32::try_from(cue.after).unwrap_or(u32::MAX);
            player.timers.push(Timeout::new(delay, move || {
                vibrate(vibration(kind));
                if let Some(phrase) = words.as_ref().and_then(|w| w(kind)) {
                    speak(&phrase, lang);
                }
            }));
        }
        player
    }
}

impl Drop for CuePlayer {
    fn drop(&mut self) {
        // Timers cancel themselves when dropped; tones still ahead are stopped and cut off.
        for oscillator in &self.oscillators {
            let _ = oscillator.stop();
        }
        if let Some(out) = &self.out {
            let _ = out.disconnect();
        }
    }
}
