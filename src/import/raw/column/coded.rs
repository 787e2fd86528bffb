//! [`Coded`]: a column of few distinct values, a code per cell.

use super::super::super::CellRef;

/// Distinct values a coded column keeps before it becomes a text column.
pub const MOST_CODES: usize = 1024;

/// The distinct values of a coded column and each cell's code.
#[derive(Clone, Default)]
pub struct Coded {
    pub(super) values: Vec<Box<str>>,
    code_of: foldhash::HashMap<Box<str>, u16>,
    /// The codes of values of at most 7 bytes, by [`short_key`]: most
    /// values are that short (`0`, `1`, `63.5`), and a number hashes and
    /// compares faster than a string.
    short_code_of: foldhash::HashMap<u64, u16>,
    pub(super) codes: Vec<u16>,
    /// The last code given: columns repeat values (`0`, `1`), and a
    /// comparison is cheaper than a lookup.
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
        let last = usize::from(self.last);
        if last > 0 && self.values.get(last - 1).is_some_and(|v| **v == *value) {
            return Some(self.last);
        }
        let short = short_key(value);
        let known = match short {
            Some(key) => self.short_code_of.get(&key),
            None => self.code_of.get(value),
        };
        if let Some(&code) = known {
            self.last = code;
            return Some(code);
        }
        if self.values.len() >= MOST_CODES {
            return None;
        }
        self.values.push(value.into());
        // At most `MOST_CODES` values, so the code fits a `u16`.
        let code = u16::try_from(self.values.len()).ok()?;
        match short {
            Some(key) => self.short_code_of.insert(key, code),
            None => self.code_of.insert(value.into(), code),
        };
        self.last = code;
        Some(code)
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

/// `value` as one number when it has at most 7 bytes: its bytes, and its
/// length in the eighth (so `"1"` and `"1\0"` differ).
fn short_key(value: &str) -> Option<u64> {
    let bytes = value.as_bytes();
    let len = u8::try_from(bytes.len()).ok().filter(|&len| len <= 7)?;
    let mut key = [0u8; 8];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    key[7] = len;
    Some(u64::from_le_bytes(key))
}
