//! [`Cell`]: one value exactly as the file gave it, and the lenient readings
//! recognisers ask of it (as a number, a date, trimmed text).
//!
//! CSV files only give text, so `63,5` (decimal comma), `1.234,5` and
//! `1,234.5` are read as numbers here, not when the file is read: the raw
//! table stays faithful and every reading is one function.
//!
//! Text is a [`Text`]: short values (options, numbers, dates, `1`/`0`) sit
//! inside the cell, long ones (stories) on the heap. A large export has
//! millions of short cells; one allocation each made reading, scanning and
//! freeing the table the slowest part of an import.

use std::borrow::Cow;

pub use super::cell_ref::CellRef;
use super::date::DateOrder;

/// Bytes of text kept inside a cell.
const INLINE_BYTES: usize = 22;

/// The text of a cell, exactly as read: inline when short, else on the
/// heap. Reads as a `&str` (it derefs to one).
#[derive(Clone, PartialEq, Eq)]
pub enum Text {
    /// Invariant: `bytes[..len]` is valid UTF-8 and the rest is zero.
    Inline {
        /// Bytes used in `bytes`, at most `INLINE_BYTES`.
        len: u8,
        /// The UTF-8 text, zero-padded.
        bytes: [u8; INLINE_BYTES],
    },
    /// Text longer than fits inline.
    Heap(Box<str>),
}

impl Text {
    /// Keeps `text`, inline when it fits in `INLINE_BYTES` bytes.
    pub fn new(text: &str) -> Self {
        match (u8::try_from(text.len()), text.as_bytes()) {
            (Ok(len), source) if source.len() <= INLINE_BYTES => {
                let mut bytes = [0; INLINE_BYTES];
                if let Some(target) = bytes.get_mut(..source.len()) {
                    target.copy_from_slice(source);
                }
                Self::Inline { len, bytes }
            }
            _ => Self::Heap(text.into()),
        }
    }

    /// The text as read.
    pub fn as_str(&self) -> &str {
        match self {
            // Inline bytes were copied from a `&str` whole (see `new`), so
            // they always decode; the fallback is never taken.
            Self::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            Self::Heap(text) => text,
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        if text.len() <= INLINE_BYTES {
            Self::new(&text)
        } else {
            Self::Heap(text.into_boxed_str())
        }
    }
}

/// One cell of a [`RawTable`](super::RawTable).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Cell {
    /// No value: a blank field or spreadsheet cell, or a cell past the row's end.
    #[default]
    Empty,
    /// Text exactly as read, not trimmed.
    Text(Text),
    /// A number typed as such in a spreadsheet (text files give `Text`).
    Number(f64),
    /// A spreadsheet boolean.
    Bool(bool),
    /// A date typed as such in a spreadsheet: days since 1970-01-01, with
    /// the time of day as a fraction.
    Date(f64),
}

impl Cell {
    /// The cell seen through a [`CellRef`], as a [`RawTable`](super::RawTable)
    /// hands cells out.
    pub fn as_ref(&self) -> CellRef<'_> {
        match self {
            Self::Empty => CellRef::Empty,
            Self::Text(text) => CellRef::Text(text.as_str()),
            Self::Number(value) => CellRef::Number(*value),
            Self::Bool(value) => CellRef::Bool(*value),
            Self::Date(days) => CellRef::Date(*days),
        }
    }

    /// True for empty cells and text that is only whitespace.
    pub fn is_empty(&self) -> bool {
        self.as_ref().is_empty()
    }

    /// The cell as trimmed text (`None` when empty). Numbers are written
    /// without a trailing `.0`; dates as ISO `yyyy-mm-dd`.
    pub fn text(&self) -> Option<Cow<'_, str>> {
        self.as_ref().text()
    }

    /// The cell as a number: typed numbers, booleans as 1/0, and text that
    /// reads as a number (see `parse_number`).
    pub fn number(&self) -> Option<f64> {
        self.as_ref().number()
    }

    /// The cell as days since 1970-01-01: typed dates and date text.
    pub fn date(&self, order: DateOrder) -> Option<f64> {
        self.as_ref().date(order)
    }
}

/// `text` without surrounding white space, like `str::trim`, but without
/// looking further when it starts and ends with a visible ASCII character
/// (nearly every cell). Every reading of a cell trims, millions of times
/// per import; the general trim decodes characters at both ends each time.
pub fn trim(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// Writes a number the way a person typed it: `3`, `0.25`, `-1.5e-7`.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        // What `{value:.0}` writes, without its exact float formatting
        // (a spreadsheet's every number cell is written once in detection).
        if value == 0.0 && value.is_sign_negative() {
            "-0".to_owned()
        } else {
            (value as i64).to_string()
        }
    } else {
        format!("{value}")
    }
}

pub(super) fn format_date(days: f64) -> String {
    // Beyond ±20,000 years the arithmetic below could overflow; such a
    // "date" is better shown as the number it is.
    if !(-7.3e6..7.3e6).contains(&days) {
        return format_number(days);
    }
    crate::calendar::iso_date_from_days(days.floor() as i64)
}

/// Reads text as a number, accepting a decimal comma (`63,5`), thousands
/// separators (`1.234,5`, `1,234.5`, `1.234.567`) and exponents. A single
/// comma is a decimal comma: our users are mostly Dutch, and an English
/// `1,234` would be quoted in a comma-separated file anyway.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = trim(text);
    if text.is_empty()
        || text.len() > 64
        || !text.bytes().any(|b| b.is_ascii_digit())
        || !text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'+' | b'e' | b'E'))
    {
        return None;
    }
    // Counted as bytes: both are ASCII, and a byte count is far cheaper
    // than a character search (millions of cells per import).
    let commas = text.bytes().filter(|&b| b == b',').count();
    let dots = text.bytes().filter(|&b| b == b'.').count();
    let normalised: Cow<'_, str> = match (commas, dots) {
        (0, 0 | 1) => Cow::Borrowed(text),
        (1, 0) => Cow::Owned(text.replace(',', ".")),
        (_, _) if commas > 0 && dots > 0 => {
            let last_comma = text.rfind(',')?;
            let last_dot = text.rfind('.')?;
            if last_comma > last_dot && commas == 1 {
                Cow::Owned(text.replace('.', "").replace(',', "."))
            } else if last_dot > last_comma && dots == 1 {
                Cow::Owned(text.replace(',', ""))
            } else {
                return None;
            }
        }
        (0, _) => Cow::Owned(strip_thousands(text, '.')?),
        (_, 0) => Cow::Owned(strip_thousands(text, ',')?),
        _ => return None,
    };
    normalised
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

/// `1.234.567` → `1234567` when every group after the first has 3 digits.
fn strip_thousands(text: &str, separator: char) -> Option<String> {
    let mut groups = text.split(separator);
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let valid = !first.is_empty()
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    valid.then(|| {
        let mut joined = first.to_owned();
        rest.iter().for_each(|g| joined.push_str(g));
        joined
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_written_as_exact_float_formatting_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            63.0,
            1e15 - 1.0,
            -(1e15 - 1.0),
            2f64.powi(52),
        ];
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push((x % 2_000_000_000_000_000) as f64 - 1e15);
            values.push(f64::from((x >> 40) as u32 % 100_000));
        }
        for value in values {
            if value.abs() < 1e15 {
                assert_eq!(format_number(value), format!("{value:.0}"), "{value:?}");
            }
        }
        assert_eq!(format_number(63.5), "63.5");
        assert_eq!(format_number(1e15), "1000000000000000");
    }

    #[test]
    fn the_fast_trim_trims_like_str_trim() {
        for text in [
            "",
            " ",
            "a",
            " a ",
            "\tveertig\r\n",
            "ééé",
            "\u{a0}63,5\u{a0}",
            "x y",
            "\u{2003}z",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn numbers_in_european_and_english_spelling() {
        assert_eq!(parse_number("63,5"), Some(63.5));
        assert_eq!(parse_number(" 63.5 "), Some(63.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("1.234.567"), Some(1_234_567.0));
        assert_eq!(
            parse_number("-8.9616435371414e-4"),
            Some(-8.961_643_537_141_4e-4)
        );
        assert_eq!(parse_number("1-2"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn short_text_sits_inline_and_long_text_on_the_heap() {
        let short = Text::new("tevredenheid é");
        assert!(matches!(short, Text::Inline { .. }));
        assert_eq!(&*short, "tevredenheid é");
        let long = Text::new("een veel langer stuk tekst dan past");
        assert!(matches!(long, Text::Heap(_)));
        assert_eq!(long.as_str(), "een veel langer stuk tekst dan past");
        assert_eq!(Text::from(String::from("x")), Text::new("x"));
        assert_eq!(format!("{:?}", Cell::Text("a".into())), "Text(\"a\")");
        // No bigger than with a `String` inside.
        assert!(std::mem::size_of::<Cell>() <= 32);
    }

    #[test]
    fn text_of_typed_cells() {
        assert_eq!(Cell::Number(3.0).text().as_deref(), Some("3"));
        assert_eq!(Cell::Number(0.25).text().as_deref(), Some("0.25"));
        assert_eq!(Cell::Date(17_920.5).text().as_deref(), Some("2019-01-24"));
        assert_eq!(Cell::Text("  ".into()).text(), None);
        assert!(Cell::Text(" \t".into()).is_empty());
    }
}
