//! [`Date`]: a calendar day stored as days since 1970-01-01 (how date
//! columns hold them), written as `YYYY-MM-DD` in JSON and in the filter
//! language.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the proleptic Gregorian calendar; text forms cover years
/// 0000–9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    pub days: i64,
}

impl Date {
    pub fn from_days(days: i64) -> Self {
        Self { days }
    }

    /// The date of a year, month (1–12) and day (1–31); `None` when the day
    /// does not exist (30 February).
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self {
            days: days_from_civil(year, month, day),
        })
    }

    /// `(year, month, day)`.
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.days)
    }

    /// Parses `YYYY-MM-DD` (four-digit year).
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        Self::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a date like 2019-03-31"))
        })
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// The two conversions are Howard Hinnant's `days_from_civil` and
// `civil_from_days` (public domain): eras of 400 years, March-based years.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_and_round_trip() {
        assert_eq!(Date::parse("1970-01-01"), Some(Date::from_days(0)));
        // The demo's first day: `date -d 2018-12-01 +%s` / 86400 = 17866.
        assert_eq!(Date::parse("2018-12-01"), Some(Date::from_days(17866)));
        assert_eq!(Date::from_days(-1).to_string(), "1969-12-31");
        assert_eq!(Date::parse("2020-02-29").map(|d| d.days), Some(18321));
        assert_eq!(Date::parse("2019-02-29"), None);
        assert_eq!(Date::parse("2019-2-28"), None);
        assert_eq!(Date::parse("2019-02-28x"), None);
        // Years 0000–9999, the ones `YYYY-MM-DD` can write.
        for days in -719_528..2_932_897 {
            if days % 7 == 0 {
                let date = Date::from_days(days);
                assert_eq!(Date::parse(&date.to_string()), Some(date));
            }
        }
        let json = serde_json::to_string(&Date::from_days(17866)).unwrap();
        assert_eq!(json, "\"2018-12-01\"");
        assert!(serde_json::from_str::<Date>("\"1 dec\"").is_err());
    }
}
