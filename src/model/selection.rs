//! [`Selection`]: a set of stories as a bitset, one bit per story row.
//!
//! Filters are evaluated into selections; charts count over them. All
//! operations are single passes over `u64` words, so combining selections of
//! a million stories costs microseconds.

use serde::{Deserialize, Serialize};

/// A set of story rows of one dataset, stored as a bitset.
///
/// Bits past `len` in the last word are always zero; every constructor and
/// operation keeps that invariant so that [`Selection::count`] can simply
/// count ones.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    len: usize,
    words: Vec<u64>,
}

impl std::fmt::Debug for Selection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Selection({} of {})", self.count(), self.len)
    }
}

impl Selection {
    /// No stories selected, out of `len`.
    pub fn none(len: usize) -> Self {
        Self {
            len,
            words: vec![0; len.div_ceil(64)],
        }
    }

    /// Every story of `len` selected: the default baseline.
    pub fn all(len: usize) -> Self {
        let mut selection = Self {
            len,
            words: vec![u64::MAX; len.div_ceil(64)],
        };
        selection.clear_tail();
        selection
    }

    /// The rows for which `predicate` is true.
    pub fn from_fn(len: usize, mut predicate: impl FnMut(usize) -> bool) -> Self {
        let mut selection = Self::none(len);
        for (word_index, word) in selection.words.iter_mut().enumerate() {
            let start = word_index * 64;
            let end = (start + 64).min(len);
            let mut bits = 0u64;
            for row in start..end {
                if predicate(row) {
                    bits |= 1 << (row - start);
                }
            }
            *word = bits;
        }
        selection
    }

    /// The selection holding exactly `rows` (rows past `len` are ignored).
    pub fn from_rows(len: usize, rows: impl IntoIterator<Item = usize>) -> Self {
        let mut selection = Self::none(len);
        for row in rows {
            selection.set(row, true);
        }
        selection
    }

    /// Number of story rows this selection is defined over (selected or not).
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when defined over zero rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of selected stories.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Whether `row` is selected; rows out of range are not.
    pub fn contains(&self, row: usize) -> bool {
        row < self.len && self.words[row / 64] & (1 << (row % 64)) != 0
    }

    /// Select or deselect `row`; rows out of range are ignored.
    pub fn set(&mut self, row: usize, selected: bool) {
        if row >= self.len {
            return;
        }
        let mask = 1u64 << (row % 64);
        if selected {
            self.words[row / 64] |= mask;
        } else {
            self.words[row / 64] &= !mask;
        }
    }

    /// Stories in both. Selections over different lengths are combined over
    /// the shorter one; rows only the longer has are dropped.
    #[must_use]
    pub fn and(&self, other: &Self) -> Self {
        self.zip(other, |a, b| a & b)
    }

    /// Stories in either.
    #[must_use]
    pub fn or(&self, other: &Self) -> Self {
        self.zip(other, |a, b| a | b)
    }

    /// Stories in `self` but not in `other`: "the rest" of a comparison.
    #[must_use]
    pub fn and_not(&self, other: &Self) -> Self {
        self.zip(other, |a, b| a & !b)
    }

    /// Every story not in this selection.
    #[must_use]
    pub fn not(&self) -> Self {
        let mut selection = Self {
            len: self.len,
            words: self.words.iter().map(|w| !w).collect(),
        };
        selection.clear_tail();
        selection
    }

    /// The selected rows in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .flat_map(|(word_index, &word)| BitIter { word }.map(move |b| word_index * 64 + b))
    }

    /// The raw words, for counting passes that walk columns in step.
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    fn zip(&self, other: &Self, op: impl Fn(u64, u64) -> u64) -> Self {
        let len = self.len.min(other.len);
        let mut selection = Self {
            len,
            words: self
                .words
                .iter()
                .zip(&other.words)
                .take(len.div_ceil(64))
                .map(|(&a, &b)| op(a, b))
                .collect(),
        };
        selection.clear_tail();
        selection
    }

    fn clear_tail(&mut self) {
        let used = self.len % 64;
        if used != 0
            && let Some(last) = self.words.last_mut()
        {
            *last &= (1u64 << used) - 1;
        }
    }
}

struct BitIter {
    word: u64,
}

impl Iterator for BitIter {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.word == 0 {
            return None;
        }
        let bit = self.word.trailing_zeros() as usize;
        self.word &= self.word - 1;
        Some(bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_and_none_count_exactly_len() {
        for len in [0, 1, 63, 64, 65, 130] {
            assert_eq!(Selection::all(len).count(), len);
            assert_eq!(Selection::none(len).count(), 0);
            assert_eq!(Selection::all(len).not().count(), 0);
            assert_eq!(Selection::none(len).not().count(), len);
        }
    }

    #[test]
    fn boolean_algebra_matches_sets() {
        let len = 200;
        let even = Selection::from_fn(len, |r| r % 2 == 0);
        let by_three = Selection::from_fn(len, |r| r % 3 == 0);
        let both: Vec<usize> = (0..len).filter(|r| r % 6 == 0).collect();
        assert_eq!(even.and(&by_three).iter().collect::<Vec<_>>(), both);
        assert_eq!(
            even.or(&by_three).count(),
            (0..len).filter(|r| r % 2 == 0 || r % 3 == 0).count()
        );
        assert_eq!(
            even.and_not(&by_three).count(),
            (0..len).filter(|r| r % 2 == 0 && r % 3 != 0).count()
        );
        assert_eq!(even.not().count(), 100);
        assert!(even.contains(198) && !even.contains(199) && !even.contains(200));
    }

    #[test]
    fn set_and_rows_round_trip() {
        let mut s = Selection::from_rows(70, [0, 5, 64, 69, 500]);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![0, 5, 64, 69]);
        s.set(5, false);
        s.set(1000, true);
        assert_eq!(s.count(), 3);
        assert_eq!(format!("{s:?}"), "Selection(3 of 70)");
    }
}
