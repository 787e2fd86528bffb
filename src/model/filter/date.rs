//! [`Date`]: a calendar day stored as days since 1970-01-01 (how date
//! columns hold them), written as `YYYY-MM-DD` in JSON and in the filter
//! language.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::calendar::{civil_from_days, days_from_date};

/// A day of the proleptic Gregorian calendar; text forms cover years
/// 0000–9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    pub days: i64,
}

impl Date {
    /// The day `days` after 1970-01-01 (negative before it).
    pub fn from_days(days: i64) -> Self {
        Self { days }
    }

    /// The date of a year, month (1–12) and day (1–31); `None` when the day
    /// does not exist (30 February).
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Self> {
        days_from_date(year, month, day).map(Self::from_days)
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
