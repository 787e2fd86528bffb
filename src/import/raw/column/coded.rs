//! [`Coded`]: a column of few distinct values, a code per cell.

use super::super::super::CellRef;

/// Distinct values a coded column keeps before it becomes a text column.
pub const MOST_CODES: usize = 1024;

/// The distinct values of a coded column and each cell's code.
#[derive(Clone, Default)]
pub struct Coded {
    pub(super) values: Vec<Box<str>>,
    code_of: foldhash::HashMap<Box<str>, u16>,
    /// The codes of values of at most 15 bytes, by [`short_key`]: most
    /// values are that short (`0`, `1`, `63.5`, `Zuid-Holland`), and a
    /// number hashes and compares faster than a string.
    short_code_of: foldhash::HashMap<u128, u16>,
    /// The short values met last, by a few bits of their key: a column
    /// cycles through a handful of values (`0` and `1`), and looking in
    /// one slot is cheaper than hashing.
    /// (Boxed: a column of cells or text keeps no such table.)
    recent: Box<[(u128, u16); RECENT_SLOTS]>,
    pub(super) codes: Vec<u16>,
    /// The last code given to a longer value: a column of long values
    /// repeats them, and a comparison is cheaper than a lookup.
    last: u16,
    /// Bytes of text to make room for should it become a text column.
    pub(super) room: usize,
}

/// The values and codes only: the lookups are caches of `values`, and their
/// order changes from one instance to the next (seeded hashing), so two equal
/// tables would print differently.
impl std::fmt::Debug for Coded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Coded")
            .field("values", &self.values)
            .field("codes", &self.codes)
            .finish_non_exhaustive()
    }
}

impl Coded {
    /// A column of `rows` empty cells.
    pub(super) fn empty(rows: usize) -> Self {
        Self {
            codes: vec![0; rows],
            ..Self::default()
        }
    }

    /// The code of `value`, given one if new; `None` when the column has
    /// [`MOST_CODES`] values already.
    pub(super) fn code(&mut self, value: &str) -> Option<u16> {
        if value.is_empty() {
            return Some(0);
        }
        if let Some(key) = short_key(value) {
            let slot = recent_slot(key);
            if let Some(&(recent, code)) = self.recent.get(slot)
                && recent == key
            {
                return Some(code);
            }
            let code = match self.short_code_of.get(&key) {
                Some(&code) => code,
                None => {
                    let code = self.add(value)?;
                    self.short_code_of.insert(key, code);
                    code
                }
            };
            if let Some(recent) = self.recent.get_mut(slot) {
                *recent = (key, code);
            }
            return Some(code);
        }
        let last = usize::from(self.last);
        if last > 0 && self.values.get(last - 1).is_some_and(|v| **v == *value) {
            return Some(self.last);
        }
        let code = match self.code_of.get(value) {
            Some(&code) => code,
            None => {
                let code = self.add(value)?;
                self.code_of.insert(value.into(), code);
                code
            }
        };
        self.last = code;
        Some(code)
    }

    /// Adds `value` as the next distinct value; `None` when the column has
    /// [`MOST_CODES`] values already.
    fn add(&mut self, value: &str) -> Option<u16> {
        if self.values.len() >= MOST_CODES {
            return None;
        }
        self.values.push(value.into());
        // At most `MOST_CODES` values, so the code fits a `u16`.
        u16::try_from(self.values.len()).ok()
    }

    pub(super) fn value(&self, code: u16) -> CellRef<'_> {
        match code
            .checked_sub(1)
            .and_then(|at| self.values.get(usize::from(at)))
        {
            Some(value) => CellRef::Text(value),
            None => CellRef::Empty,
        }
    }
}

/// Slots of [`Coded::recent`].
const RECENT_SLOTS: usize = 16;

/// The slot of [`Coded::recent`] for `key`: its top bits once mixed.
fn recent_slot(key: u128) -> usize {
    let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 60) as usize
}

/// `value` as one number when it has 1 to 15 bytes: its bytes, and its
/// length in the sixteenth (so `"1"` and `"1\0"` differ, and no key is 0,
/// the key of an unused slot of [`Coded::recent`]). Read a word at a time
/// (overlapping loads), not byte by byte: every cell of a file asks.
fn short_key(value: &str) -> Option<u128> {
    let bytes = value.as_bytes();
    let n = bytes.len();
    let word = |at: usize| -> Option<u64> {
        Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
    };
    let half = |at: usize| -> Option<u64> {
        Some(u64::from(u32::from_le_bytes(
            bytes.get(at..at + 4)?.try_into().ok()?,
        )))
    };
    let (low, high) = match n {
        0 | 16.. => return None,
        // Bytes 8..n are the top n - 8 bytes of the word ending at n.
        8..=15 => (
            word(0)?,
            word(n - 8)?.checked_shr(8 * (16 - n as u32)).unwrap_or(0),
        ),
        // Bytes 4..n are the top n - 4 bytes of the half ending at n.
        4..=7 => (half(0)? | (half(n - 4)? >> (8 * (8 - n as u32))) << 32, 0),
        _ => (
            bytes
                .iter()
                .rev()
                .fold(0, |key, &b| key << 8 | u64::from(b)),
            0,
        ),
    };
    Some(u128::from(low) | u128::from(high) << 64 | (n as u128) << 120)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key spelled out: the bytes, zero padded, and the length last.
    fn plain_key(value: &str) -> Option<u128> {
        let bytes = value.as_bytes();
        if bytes.is_empty() || bytes.len() > 15 {
            return None;
        }
        let mut key = [0u8; 16];
        key[..bytes.len()].copy_from_slice(bytes);
        key[15] = bytes.len() as u8;
        Some(u128::from_le_bytes(key))
    }

    #[test]
    fn a_short_key_is_the_bytes_and_the_length_at_every_length() {
        let text = "0123456789abcdefghé\u{0}x";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let Some(value) = text.get(start..end) else {
                    continue;
                };
                assert_eq!(short_key(value), plain_key(value), "{value:?}");
            }
        }
        assert_ne!(short_key("1"), short_key("1\u{0}"));
    }

    #[test]
    fn codes_are_the_order_first_met_whichever_lookup_finds_them() {
        let values: Vec<String> = (0..40)
            .map(|i| match i % 4 {
                0 => format!("{}", i % 7),
                1 => format!("optie nummer {}", i % 5),
                2 => format!("een lange waarde van een cel {}", i % 3),
                _ => "1".to_owned(),
            })
            .collect();
        let mut coded = Coded::default();
        let mut first_met: Vec<&str> = Vec::new();
        for value in &values {
            let code = coded.code(value).expect("room for 40 values");
            let expected = match first_met.iter().position(|v| v == value) {
                Some(at) => at + 1,
                None => {
                    first_met.push(value);
                    first_met.len()
                }
            };
            assert_eq!(usize::from(code), expected, "{value:?}");
            assert_eq!(coded.value(code), CellRef::Text(value));
        }
        assert_eq!(coded.code(""), Some(0));
    }
}
