//! Days as a clinician's link holds them: days since 2020-01-01, read as dates. Pure: it never
//! reads a clock (the shell passes today in).

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_as_dates() {
        assert_eq!(Day::from_ymd(2020, 1, 1), Some(Day(0)));
        assert_eq!(Day::from_ymd(2026, 11, 26).unwrap().iso(), "2026-11-26");
        assert_eq!(Day::from_ymd(2024, 2, 29).unwrap().ymd(), (2024, 2, 29));
        assert_eq!(Day::from_ymd(2023, 2, 29), None);
        assert_eq!(Day::from_ymd(2019, 12, 31), None);
        assert_eq!(Day(u16::MAX).iso(), "2199-06-06");
    }
}
