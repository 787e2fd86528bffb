//! Dates as days since 1970-01-01 (the unit of date columns), parsed from
//! the spellings exports use: ISO `2019-01-24`, `2019-01-24 10:30:00`,
//! `2019-01-24T10:30:00Z`, and day-first `24-1-2019`, `24/01/2019`,
//! `24.1.2019` (Dutch and most of Europe) or month-first `1/24/2019`.
//!
//! Time of day is kept as the fraction of the day; time zones are ignored
//! (exports write local collection times).

use crate::calendar::days_from_date;

/// Which of the two leading numbers of `a-b-yyyy` is the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

/// Days since 1970-01-01 for a valid date of the years 1–9999, else `None`.
pub fn days(year: i64, month: u32, day: u32) -> Option<i64> {
    if (1..=9999).contains(&year) {
        days_from_date(year, month, day)
    } else {
        None
    }
}

/// Parses a date (optionally with a time) into days since 1970-01-01.
pub fn parse_date(text: &str, order: DateOrder) -> Option<f64> {
    let text = super::cell::trim(text);
    // Every spelling starts with a digit; most text is turned away here.
    if text.len() < 6 || text.len() > 40 || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (date, time) = match text.find(['T', ' ']) {
        Some(at) => (text.get(..at)?, Some(text.get(at + 1..)?.trim())),
        None => (text, None),
    };
    let separator = date.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = date.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<i64>().ok();
    let (year, month, day) = if a.len() == 4 {
        (number(a)?, number(b)?, number(c)?)
    } else if c.len() == 4 {
        match order {
            DateOrder::DayFirst => (number(c)?, number(b)?, number(a)?),
            DateOrder::MonthFirst => (number(c)?, number(a)?, number(b)?),
        }
    } else {
        return None;
    };
    let whole = days(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    let fraction = match time {
        Some(time) if !time.is_empty() => parse_time(time)?,
        _ => 0.0,
    };
    Some(whole as f64 + fraction)
}

/// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff`, optionally followed by `Z` or an
/// offset (ignored); returns the fraction of a day.
fn parse_time(time: &str) -> Option<f64> {
    let time = time.trim_end_matches('Z');
    let time = match time.find(['+', '-']) {
        Some(at) => time.get(..at)?,
        None => time,
    };
    let mut fields = time.split(':');
    let hours: f64 = fields.next()?.parse().ok()?;
    let minutes: f64 = fields.next()?.parse().ok()?;
    let seconds: f64 = match fields.next() {
        Some(s) => s.parse().ok()?,
        None => 0.0,
    };
    let valid = fields.next().is_none()
        && (0.0..24.0).contains(&hours)
        && (0.0..60.0).contains(&minutes)
        && (0.0..61.0).contains(&seconds);
    valid.then_some((hours * 3600.0 + minutes * 60.0 + seconds) / 86_400.0)
}

/// Days since 1970-01-01 from a Unix time in milliseconds (SenseMaker's
/// `server_upload_time`).
pub fn days_from_epoch_millis(millis: f64) -> f64 {
    millis / 86_400_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_match_known_dates() {
        assert_eq!(days(1970, 1, 1), Some(0));
        assert_eq!(days(2019, 1, 24), Some(17_920));
        assert_eq!(days(2000, 2, 29), Some(11_016));
        assert_eq!(days(2019, 2, 29), None);
        assert_eq!(days(0, 1, 1), None);
        assert_eq!(days(10_000, 1, 1), None);
    }

    #[test]
    fn dutch_iso_and_us_dates() {
        let d = 17_920.0;
        assert_eq!(parse_date("24-1-2019", DateOrder::DayFirst), Some(d));
        assert_eq!(parse_date("24/01/2019", DateOrder::DayFirst), Some(d));
        assert_eq!(parse_date("2019-01-24", DateOrder::DayFirst), Some(d));
        assert_eq!(parse_date("1/24/2019", DateOrder::MonthFirst), Some(d));
        assert_eq!(parse_date("1/24/2019", DateOrder::DayFirst), None);
        assert_eq!(
            parse_date("2019-01-24 12:00:00", DateOrder::DayFirst),
            Some(d + 0.5)
        );
        assert_eq!(
            parse_date("2019-01-24T18:00:00Z", DateOrder::DayFirst),
            Some(d + 0.75)
        );
        assert_eq!(parse_date("hoop", DateOrder::DayFirst), None);
        assert_eq!(parse_date("1-2-3", DateOrder::DayFirst), None);
    }
}
