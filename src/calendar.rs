//! The one calendar: dates as whole days since 1970-01-01 (day 0), the
//! unit of date columns, filter dates and report dates.
//!
//! - [`days_from_civil`] and [`civil_from_days`] convert between a day
//!   count and `(year, month, day)` of the proleptic Gregorian calendar.
//! - [`days_from_date`] does the same for a date that must exist (no
//!   30 February); [`days_in_month`] and [`is_leap_year`] say which do.
//! - [`iso_date_from_days`] writes `YYYY-MM-DD`; [`today_iso`] is today's
//!   date (UTC, from the system clock) written that way, the date on
//!   reports and snapshots.
//!
//! No time zones and no time of day: callers that keep a time of day keep
//! it as the fraction after the whole day.

/// Seconds in a day (no leap seconds: Unix time has none either).
const SECONDS_PER_DAY: u64 = 86_400;

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// The two conversions are Howard Hinnant's `days_from_civil` and
// `civil_from_days` (public domain): eras of 400 years (146,097 days),
// years that start on 1 March so the leap day is the last of a year.

/// Days from 1970-01-01 to the given civil date, without checking that the
/// date exists (see [`days_from_date`]).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `(year, month, day)` of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    // In range by construction: doy is 0..=365, so mp is 0..=11, the day
    // 1..=31 and the month 1..=12; the casts cannot truncate.
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a date that exists, else `None`.
pub fn days_from_date(year: i64, month: u32, day: u32) -> Option<i64> {
    let valid = day >= 1 && day <= days_in_month(year, month);
    valid.then(|| days_from_civil(year, month, day))
}

/// `YYYY-MM-DD` of a day count since 1970-01-01.
pub fn iso_date_from_days(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today as days since 1970-01-01, from the system clock in UTC (day 0
/// if the clock is before 1970).
pub fn today_days() -> i64 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    i64::try_from(seconds / SECONDS_PER_DAY).unwrap_or(0)
}

/// Today's date (UTC) as `YYYY-MM-DD`: the date on reports and snapshots.
pub fn today_iso() -> String {
    iso_date_from_days(today_days())
}

#[cfg(test)]
mod tests {
    use super::*;

    // References: python3 -c "import datetime as d;
    //   print((d.date(2024,12,31) - d.date(1970,1,1)).days)"  and likewise.
    const KNOWN: [(i64, (i64, u32, u32), &str); 8] = [
        (0, (1970, 1, 1), "1970-01-01"),
        (-1, (1969, 12, 31), "1969-12-31"),
        (-719_528, (0, 1, 1), "0000-01-01"),
        (11_016, (2000, 2, 29), "2000-02-29"),
        (17_866, (2018, 12, 1), "2018-12-01"),
        (17_920, (2019, 1, 24), "2019-01-24"),
        (20_088, (2024, 12, 31), "2024-12-31"),
        (2_932_896, (9999, 12, 31), "9999-12-31"),
    ];

    #[test]
    fn known_dates_both_ways() {
        for (days, ymd, iso) in KNOWN {
            assert_eq!(days_from_civil(ymd.0, ymd.1, ymd.2), days, "{iso}");
            assert_eq!(civil_from_days(days), ymd, "{iso}");
            assert_eq!(iso_date_from_days(days), iso);
            assert_eq!(days_from_date(ymd.0, ymd.1, ymd.2), Some(days), "{iso}");
        }
    }

    #[test]
    fn negative_days_count_back_across_eras() {
        // python3: (d.date(1900,3,1) - d.date(1970,1,1)).days == -25508
        assert_eq!(iso_date_from_days(-25_508), "1900-03-01");
        assert_eq!(iso_date_from_days(-25_509), "1900-02-28");
        assert_eq!(days_from_civil(1600, 2, 29), -135_081);
        assert_eq!(civil_from_days(-135_081), (1600, 2, 29));
    }

    #[test]
    fn every_day_round_trips_and_follows_the_previous_one() {
        let mut previous = civil_from_days(-800_000);
        for days in -799_999..3_000_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
            let next_of_previous = if previous.2 < days_in_month(previous.0, previous.1) {
                (previous.0, previous.1, previous.2 + 1)
            } else if previous.1 < 12 {
                (previous.0, previous.1 + 1, 1)
            } else {
                (previous.0 + 1, 1, 1)
            };
            assert_eq!((y, m, d), next_of_previous, "day {days}");
            previous = (y, m, d);
        }
    }

    #[test]
    fn impossible_dates_have_no_day_count() {
        assert_eq!(days_from_date(2019, 2, 29), None);
        assert_eq!(days_from_date(1900, 2, 29), None);
        assert_eq!(days_from_date(2000, 2, 29), Some(11_016));
        assert_eq!(days_from_date(2024, 4, 31), None);
        assert_eq!(days_from_date(2024, 13, 1), None);
        assert_eq!(days_from_date(2024, 0, 1), None);
        assert_eq!(days_from_date(2024, 1, 0), None);
    }

    #[test]
    fn today_is_after_this_code_was_written() {
        // 2025-01-01 is day 20089; a clock that says earlier is wrong.
        assert!(today_days() >= 20_089);
        assert_eq!(today_iso(), iso_date_from_days(today_days()));
    }
}
