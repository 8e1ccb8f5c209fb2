//! A clinician's routine that travels inside a link: the URL fragment `#rx=...`, which browsers
//! never send to a server. Pure: this module encodes and decodes, and never reads a clock.
//!
//! What a link holds, and nothing else (no name, no free text, nothing about the patient): the
//! knee (left, right, or the patient's choice), the steps that are in and each one's time
//! within the source's range, the tools, how often (2, 3 or 4 times a week) and the day it was
//! prepared. The pes anserine method is the pes anserine step the clinician chose.
//!
//! ## Version 1 (bytes, then base64url without padding)
//!
//! | bytes | field |
//! |---|---|
//! | 0 | version: 1 |
//! | 1 | knee: 0 the patient's choice, 1 left, 2 right |
//! | 2-3 | steps in, big-endian bit mask over [`V1_STEPS`] (bit 0 = the first) |
//! | 4 | tools: bit 0 foam roller, bit 1 massage ball |
//! | 5 | times a week: 2, 3 or 4 |
//! | 6-7 | the day it was prepared: days since 2020-01-01, big-endian |
//! | 8.. | each step's seconds, 2 bytes big-endian, in [`V1_STEPS`] order |
//! | last 2 | Fletcher-16 of every byte before |
//!
//! A link is read whole or refused whole: a wrong checksum, a wrong length, a value out of its
//! range or steps that do not fit together refuse it (never clamped). A version newer than
//! this app says so, so the widget can ask for a reload rather than a new link. Every version
//! ever issued stays readable: `tests` keeps a link of each.

use crate::calendar::Day;
use crate::screening::Knee;
use crate::step::{PesAnserineMethod, StepKind};

/// The newest version this app writes and reads.
pub const VERSION: u8 = 1;

/// The fragment's key: `#rx=...`.
pub const FRAGMENT_KEY: &str = "rx";

/// The step order of version 1's mask and times; frozen (a new step means a new version).
pub const V1_STEPS: [StepKind; 9] = [
    StepKind::Positioning,
    StepKind::SoftTissueRelease,
    StepKind::PesAnserineHold,
    StepKind::PesAnserineFriction,
    StepKind::Mcl,
    StepKind::FoamRollerPass,
    StepKind::FoamRollerPause,
    StepKind::MassageBall,
    StepKind::GentleMovement,
];

/// A clinician's routine.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Prescription {
    /// `None`: the patient chooses.
    pub knee: Option<Knee>,
    /// The steps that are in, in routine order, each with its time in seconds.
    pub steps: Vec<(StepKind, u32)>,
    pub foam_roller: bool,
    pub massage_ball: bool,
    /// 2, 3 or 4.
    pub per_week: u8,
    pub prepared: Day,
}

/// Why a link was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// Not base64url, the wrong length, a wrong checksum, or a value out of its range: the
    /// link was mistyped, cut short or changed. Ask the clinic for a new one.
    Unreadable,
    /// Made by a newer version of the app: reload to get it.
    NeedsNewerApp,
}

impl Prescription {
    /// The time the clinician set for `kind`, if the step is in.
    pub fn seconds(&self, kind: StepKind) -> Option<u32> {
        self.steps.iter().find(|(k, _)| *k == kind).map(|&(_, s)| s)
    }

    /// Whether `kind` is in.
    pub fn has(&self, kind: StepKind) -> bool {
        self.seconds(kind).is_some()
    }

    /// The pes anserine method: friction if the clinician chose that step, else hold.
    pub fn pes_anserine(&self) -> PesAnserineMethod {
        if self.has(StepKind::PesAnserineFriction) {
            PesAnserineMethod::Friction
        } else {
            PesAnserineMethod::Hold
        }
    }

    /// Whether this is a routine the app can run: the frame steps (getting into position,
    /// gentle movement) in, at most one pes anserine step, a tool step only with its tool and a
    /// tool only with a step, every time within its step's range, steps in order, 2-4 a week.
    pub fn is_valid(&self) -> bool {
        let in_order = self.steps.windows(2).all(|w| {
            let pos = |k: StepKind| V1_STEPS.iter().position(|&s| s == k);
            pos(w[0].0) < pos(w[1].0)
        });
        let times = self.steps.iter().all(|&(k, s)| k.range().contains(s));
        let roller = self.has(StepKind::FoamRollerPass) || self.has(StepKind::FoamRollerPause);
        let ball = self.has(StepKind::MassageBall);
        in_order
            && times
            && self.has(StepKind::Positioning)
            && self.has(StepKind::GentleMovement)
            && !(self.has(StepKind::PesAnserineHold) && self.has(StepKind::PesAnserineFriction))
            && roller == self.foam_roller
            && ball == self.massage_ball
            && (2..=4).contains(&self.per_week)
    }

    /// The link's fragment value (after `#rx=`). `None` for a prescription that is not valid.
    pub fn encode(&self) -> Option<String> {
        self.is_valid().then(|| base64url(&self.bytes()))
    }

    /// Version 1's bytes, checksum included (valid or not: `encode` checks first).
    fn bytes(&self) -> Vec<u8> {
        let mask = V1_STEPS
            .iter()
            .enumerate()
            .filter(|(_, &k)| self.has(k))
            .fold(0u16, |m, (i, _)| m | (1 << i));
        let knee = match self.knee {
            None => 0,
            Some(Knee::Left) => 1,
            Some(Knee::Right) => 2,
        };
        let tools = u8::from(self.foam_roller) | (u8::from(self.massage_ball) << 1);
        let mut bytes = vec![VERSION, knee];
        bytes.extend(mask.to_be_bytes());
        bytes.extend([tools, self.per_week]);
        bytes.extend(self.prepared.0.to_be_bytes());
        for &kind in &V1_STEPS {
            if let Some(seconds) = self.seconds(kind) {
                let seconds = u16::try_from(seconds).unwrap_or(u16::MAX);
                bytes.extend(seconds.to_be_bytes());
            }
        }
        bytes.extend(fletcher16(&bytes).to_be_bytes());
        bytes
    }

    /// Reads a link's fragment value: the whole routine, or why not.
    pub fn decode(text: &str) -> Result<Prescription, Refusal> {
        let bytes = from_base64url(text.trim()).ok_or(Refusal::Unreadable)?;
        match bytes.first() {
            Some(&v) if v > VERSION => return Err(Refusal::NeedsNewerApp),
            Some(&VERSION) => {}
            _ => return Err(Refusal::Unreadable),
        }
        if bytes.len() < 10 {
            return Err(Refusal::Unreadable);
        }
        let (body, sum) = bytes.split_at(bytes.len() - 2);
        if fletcher16(body).to_be_bytes() != [sum[0], sum[1]] {
            return Err(Refusal::Unreadable);
        }
        let knee = match body[1] {
            0 => None,
            1 => Some(Knee::Left),
            2 => Some(Knee::Right),
            _ => return Err(Refusal::Unreadable),
        };
        let mask = u16::from_be_bytes([body[2], body[3]]);
        if mask >> V1_STEPS.len() != 0 || body[4] & !0b11 != 0 {
            return Err(Refusal::Unreadable);
        }
        let kinds: Vec<StepKind> = (0..V1_STEPS.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| V1_STEPS[i])
            .collect();
        let times = &body[8..];
        if times.len() != kinds.len() * 2 {
            return Err(Refusal::Unreadable);
        }
        let steps = kinds
            .iter()
            .zip(times.chunks_exact(2))
            .map(|(&k, t)| (k, u32::from(u16::from_be_bytes([t[0], t[1]]))))
            .collect();
        let prescription = Prescription {
            knee,
            steps,
            foam_roller: body[4] & 1 != 0,
            massage_ball: body[4] & 2 != 0,
            per_week: body[5],
            prepared: Day(u16::from_be_bytes([body[6], body[7]])),
        };
        if prescription.is_valid() {
            Ok(prescription)
        } else {
            Err(Refusal::Unreadable)
        }
    }

    /// Finds `rx=...` in a URL fragment (with or without its `#`; other `&`-separated keys
    /// are ignored). `None`: the fragment has no prescription at all.
    pub fn from_fragment(fragment: &str) -> Option<Result<Prescription, Refusal>> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        fragment
            .split('&')
            .find_map(|pair| pair.strip_prefix("rx="))
            .map(Prescription::decode)
    }
}

fn fletcher16(bytes: &[u8]) -> u16 {
    let (mut a, mut b) = (0u16, 0u16);
    for &byte in bytes {
        a = (a + u16::from(byte)) % 255;
        b = (b + a) % 255;
    }
    (b << 8) | a
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        let count = chunk.len() - 1;
        // Bits past the last byte must be zero: one text per byte string.
        let unused = 24 - 8 * count;
        if count < 3 && n & ((1 << unused) - 1) != 0 {
            return None;
        }
        for i in 0..count {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Prescription {
        Prescription {
            knee: Some(Knee::Left),
            steps: vec![
                (StepKind::Positioning, 30),
                (StepKind::SoftTissueRelease, 180),
                (StepKind::PesAnserineFriction, 90),
                (StepKind::FoamRollerPause, 25),
                (StepKind::GentleMovement, 60),
            ],
            foam_roller: true,
            massage_ball: false,
            per_week: 3,
            prepared: Day::from_ymd(2026, 11, 26).unwrap(),
        }
    }

    /// One link of every version ever issued, with what it must read as. Never edit a line:
    /// printed QR codes outlive deploys.
    const ISSUED: &[(&str, &str)] = &[("v1", "AQEBSwEDCdkAHgC0AFoAGQA85bc")];

    #[test]
    fn every_version_ever_issued_still_reads() {
        let v1 = Prescription::decode(ISSUED[0].1).unwrap();
        assert_eq!(v1, sample());
        assert_eq!(sample().encode().as_deref(), Some(ISSUED[0].1));
        assert_eq!(ISSUED.len(), usize::from(VERSION), "a link of each version");
    }

    #[test]
    fn the_v1_step_order_is_every_step_once() {
        assert_eq!(V1_STEPS.len(), StepKind::ALL.len());
        assert!(StepKind::ALL.iter().all(|k| V1_STEPS.contains(k)));
    }

    #[test]
    fn each_refusal() {
        let good = sample().encode().unwrap();
        let unreadable = |text: &str| Prescription::decode(text) == Err(Refusal::Unreadable);
        assert!(unreadable(""), "empty");
        assert!(unreadable("not base64!"), "not base64url");
        assert!(unreadable(&good[..good.len() - 3]), "cut short");
        assert!(unreadable(&format!("{good}AA")), "too long");
        // One character changed: the checksum refuses it.
        let mut tampered = good.clone().into_bytes();
        tampered[6] = if tampered[6] == b'A' { b'B' } else { b'A' };
        assert!(
            unreadable(&String::from_utf8(tampered).unwrap()),
            "tampered"
        );
        // Well-formed and checksummed, but out of range or not fitting together.
        let raw = |mutate: &dyn Fn(&mut Prescription)| {
            let mut p = sample();
            mutate(&mut p);
            base64url(&p.bytes())
        };
        assert!(
            unreadable(&raw(&|p| p.steps[1].1 = 301)),
            "time past the range"
        );
        assert!(
            unreadable(&raw(&|p| p.steps[1].1 = 119)),
            "time under the range"
        );
        assert!(unreadable(&raw(&|p| p.per_week = 5)), "5 a week");
        assert!(unreadable(&raw(&|p| p.per_week = 1)), "once a week");
        assert!(
            unreadable(&raw(&|p| p.foam_roller = false)),
            "a roller step without a roller"
        );
        assert!(
            unreadable(&raw(&|p| p.massage_ball = true)),
            "a ball without its step"
        );
        assert!(
            unreadable(&raw(&|p| {
                p.steps.remove(0);
            })),
            "no positioning"
        );
        assert!(
            unreadable(&raw(&|p| p
                .steps
                .insert(2, (StepKind::PesAnserineHold, 30)))),
            "two pes anserine steps"
        );
        // A newer version: reload, not a new link.
        let mut newer = from_base64url(&good).unwrap();
        newer[0] = VERSION + 1;
        let sum = fletcher16(&newer[..newer.len() - 2]).to_be_bytes();
        let n = newer.len();
        newer[n - 2..].copy_from_slice(&sum);
        assert_eq!(
            Prescription::decode(&base64url(&newer)),
            Err(Refusal::NeedsNewerApp)
        );
        assert_eq!(Prescription::decode("Ag"), Err(Refusal::NeedsNewerApp));
        // Version 0 is no version.
        assert!(unreadable("AA"));
    }

    #[test]
    fn the_fragment_holds_it_among_other_keys() {
        let good = sample().encode().unwrap();
        assert_eq!(
            Prescription::from_fragment(&format!("#rx={good}")),
            Some(Ok(sample()))
        );
        assert_eq!(
            Prescription::from_fragment(&format!("x=1&rx={good}")),
            Some(Ok(sample()))
        );
        assert_eq!(Prescription::from_fragment("#top"), None);
        assert_eq!(Prescription::from_fragment(""), None);
        assert_eq!(
            Prescription::from_fragment("#rx="),
            Some(Err(Refusal::Unreadable))
        );
    }

    #[test]
    fn base64url_round_trips_and_has_one_text_per_bytes() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
        }
        assert_eq!(from_base64url("AB"), None, "stray bits past the last byte");
        assert_eq!(from_base64url("A"), None);
    }
}
