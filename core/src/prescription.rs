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

use crate::plan::{PesAnserineMethod, StepKind};
use crate::screening::Knee;

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

/// A day, as days since 2020-01-01 (the day a link was prepared).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day(pub u16);

impl Day {
    /// The day of a (year, month, day) date from 2020-01-01 on; `None` before it or invalid.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        let valid_day = (1..=days_in_month(year, month)).contains(&day);
        if year < 2020 || !(1..=12).contains(&month) || !valid_day {
            return None;
        }
        let days = days_from_civil(year, month, day) - days_from_civil(2020, 1, 1);
        u16::try_from(days).ok().map(Day)
    }

    /// As (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(days_from_civil(2020, 1, 1) + i64::from(self.0))
    }

    /// As `YYYY-MM-DD`, the same in every language (as the print-outs' date).
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

// Days from 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

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

/// One change on the clinician's screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Edit {
    Knee(Option<Knee>),
    /// A step in or out (getting into position and gentle movement are always in; the MCL
    /// step only once the clinician confirmed showing the patient how; one pes anserine step).
    Step(StepKind, bool),
    /// Shorter (-1) or longer (+1) by the step's increment, within its range.
    Nudge(StepKind, i8),
    /// "I have shown this patient how to work on the MCL" (unchecking takes the step out).
    MclShown(bool),
    PerWeek(u8),
}

/// The clinician's routine as it is being prepared: always a valid [`Prescription`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Draft {
    pub rx: Prescription,
    pub mcl_shown: bool,
}

impl Draft {
    /// A starting routine prepared on `today`: getting into position, the inner thigh, the pes
    /// anserine hold and gentle movement, each at the bottom of its range, 3 times a week; the
    /// patient chooses the knee.
    pub fn new(today: Day) -> Draft {
        let steps = [
            StepKind::Positioning,
            StepKind::SoftTissueRelease,
            StepKind::PesAnserineHold,
            StepKind::GentleMovement,
        ]
        .into_iter()
        .map(|k| (k, k.range().min))
        .collect();
        Draft {
            rx: Prescription {
                knee: None,
                steps,
                foam_roller: false,
                massage_ball: false,
                per_week: 3,
                prepared: today,
            },
            mcl_shown: false,
        }
    }

    /// Applies one change; `false` (and nothing changed) for one that would make the routine
    /// invalid or does nothing.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let before = self.clone();
        match edit {
            Edit::Knee(knee) => self.rx.knee = knee,
            Edit::PerWeek(n) if (2..=4).contains(&n) => self.rx.per_week = n,
            Edit::PerWeek(_) => return false,
            Edit::MclShown(shown) => {
                self.mcl_shown = shown;
                if !shown {
                    self.rx.steps.retain(|&(k, _)| k != StepKind::Mcl);
                }
            }
            Edit::Step(StepKind::Positioning | StepKind::GentleMovement, _) => return false,
            Edit::Step(StepKind::Mcl, true) if !self.mcl_shown => return false,
            Edit::Step(kind, false) => self.rx.steps.retain(|&(k, _)| k != kind),
            Edit::Step(kind, true) => {
                if self.rx.has(kind) {
                    return false;
                }
                // One pes anserine step: choosing one method replaces the other.
                let other = match kind {
                    StepKind::PesAnserineHold => Some(StepKind::PesAnserineFriction),
                    StepKind::PesAnserineFriction => Some(StepKind::PesAnserineHold),
                    _ => None,
                };
                self.rx.steps.retain(|&(k, _)| Some(k) != other);
                // In the routine's order (the steps are kept in it): before the first step
                // that comes later. (An insert, not a sort: no sort code in the wasm.)
                let place = |k: StepKind| V1_STEPS.iter().position(|&s| s == k);
                let at = self
                    .rx
                    .steps
                    .iter()
                    .position(|&(k, _)| place(k) > place(kind));
                let at = at.unwrap_or(self.rx.steps.len());
                self.rx.steps.insert(at, (kind, kind.range().min));
            }
            Edit::Nudge(kind, direction) => {
                let Some(entry) = self.rx.steps.iter_mut().find(|(k, _)| *k == kind) else {
                    return false;
                };
                entry.1 = kind.nudged(entry.1, direction);
            }
        }
        // The tools are the steps that need them.
        self.rx.foam_roller =
            self.rx.has(StepKind::FoamRollerPass) || self.rx.has(StepKind::FoamRollerPause);
        self.rx.massage_ball = self.rx.has(StepKind::MassageBall);
        debug_assert!(self.rx.is_valid());
        *self != before
    }

    /// The routine's length in seconds.
    pub fn total_seconds(&self) -> u32 {
        self.rx.steps.iter().map(|&(_, s)| s).sum()
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
    fn days_read_as_dates() {
        assert_eq!(Day::from_ymd(2020, 1, 1), Some(Day(0)));
        assert_eq!(Day::from_ymd(2026, 11, 26).unwrap().iso(), "2026-11-26");
        assert_eq!(Day::from_ymd(2024, 2, 29).unwrap().ymd(), (2024, 2, 29));
        assert_eq!(Day::from_ymd(2023, 2, 29), None);
        assert_eq!(Day::from_ymd(2019, 12, 31), None);
        assert_eq!(Day(u16::MAX).iso(), "2199-06-06");
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
    fn every_edit_keeps_the_draft_a_valid_routine() {
        let mut draft = Draft::new(Day(2521));
        assert!(draft.rx.is_valid());
        let edits: Vec<Edit> = StepKind::ALL
            .iter()
            .flat_map(|&k| {
                [
                    Edit::Step(k, true),
                    Edit::Nudge(k, 1),
                    Edit::Nudge(k, -1),
                    Edit::Step(k, false),
                ]
            })
            .chain([
                Edit::MclShown(true),
                Edit::PerWeek(4),
                Edit::PerWeek(9),
                Edit::Knee(Some(Knee::Left)),
            ])
            .collect();
        // A long, mixed walk through every edit, in a scrambled order.
        for i in 0..2_000usize {
            let edit = edits[(i * 7919 + i / 3) % edits.len()];
            draft.apply(edit);
            assert!(draft.rx.is_valid(), "after {edit:?}: {:?}", draft.rx);
            assert!(draft.rx.encode().is_some());
        }
        // The rules the screen relies on.
        let mut d = Draft::new(Day(0));
        assert!(
            !d.apply(Edit::Step(StepKind::Positioning, false)),
            "the frame stays"
        );
        assert!(
            !d.apply(Edit::Step(StepKind::Mcl, true)),
            "MCL only once shown"
        );
        assert!(d.apply(Edit::MclShown(true)));
        assert!(d.apply(Edit::Step(StepKind::Mcl, true)));
        assert!(d.apply(Edit::MclShown(false)));
        assert!(
            !d.rx.has(StepKind::Mcl),
            "unchecking takes the MCL step out"
        );
        assert!(d.apply(Edit::Step(StepKind::PesAnserineFriction, true)));
        assert!(!d.rx.has(StepKind::PesAnserineHold), "one method");
        assert!(d.apply(Edit::Step(StepKind::MassageBall, true)));
        assert!(d.rx.massage_ball, "the tool follows its step");
        assert!(!d.apply(Edit::PerWeek(5)));
        assert!(
            !d.apply(Edit::Nudge(StepKind::Positioning, 1)),
            "a fixed step keeps its time"
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
