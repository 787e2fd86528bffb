//! Typed columns: one per question, each a flat vector indexed by story row.
//!
//! Missing (no answer) and not applicable (the teller ticked "N/A") are kept
//! apart everywhere: numbers use NaN plus a `not_applicable` bitset, choices
//! use two reserved codes, multi-choice and stones keep bitsets.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::Selection;

/// Whether a story answered a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// The story gave an answer.
    Answered,
    /// The story gave no answer.
    Missing,
    /// The story said the question does not apply to it.
    NotApplicable,
}

/// Free text of all stories in one arena (one allocation, not one per story).
/// The arena may be shared with the raw table it was imported from (see
/// [`from_shared`](Self::from_shared)) and holds no more than the spans say.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TextColumn {
    #[serde(with = "shared_text")]
    arena: Arc<String>,
    /// Byte range into `arena` per row; `None` when the row has no text.
    spans: Vec<Option<(usize, usize)>>,
}

impl TextColumn {
    /// An empty column with room for `rows` rows of `bytes` bytes of text
    /// in all: an arena grown by doubling was copied (and its pages
    /// touched) again and again, the largest cost in memory of importing
    /// a large export's stories.
    pub fn with_capacity(rows: usize, bytes: usize) -> Self {
        Self {
            arena: Arc::new(String::with_capacity(bytes)),
            spans: Vec::with_capacity(rows),
        }
    }

    /// A column whose rows are the `spans` of `arena`, a text the import
    /// already holds (a file's column of stories, kept once instead of
    /// twice). A span that is not a range of characters of `arena` reads
    /// as no text.
    pub fn from_shared(arena: Arc<String>, spans: Vec<Option<(usize, usize)>>) -> Self {
        Self { arena, spans }
    }

    /// Appends the next row's text; `None` for no text.
    pub fn push(&mut self, text: Option<&str>) {
        let span = text.map(|t| {
            // Copies the arena only when it is shared (never while a
            // column is being built).
            let arena = Arc::make_mut(&mut self.arena);
            let start = arena.len();
            arena.push_str(t);
            (start, arena.len())
        });
        self.spans.push(span);
    }

    /// The text of `row`; `None` when missing or out of range.
    pub fn get(&self, row: usize) -> Option<&str> {
        let (start, end) = (*self.spans.get(row)?)?;
        self.arena.get(start..end)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Answered when `row` has text, else missing (text has no "not applicable").
    pub fn presence(&self, row: usize) -> Presence {
        match self.spans.get(row) {
            Some(Some(_)) => Presence::Answered,
            _ => Presence::Missing,
        }
    }
}

/// Equal when every row has the same text, however the arenas hold it.
impl PartialEq for TextColumn {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && (0..self.len()).all(|row| self.get(row) == other.get(row))
    }
}

/// A shared arena is written and read as the string it holds.
mod shared_text {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(arena: &Arc<String>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(arena)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Arc<String>, D::Error> {
        String::deserialize(deserializer).map(Arc::new)
    }
}

/// Numbers, sliders (0..=1) and dates (days since 1970-01-01, as f64).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NumberColumn {
    /// NaN when missing or not applicable.
    pub values: Vec<f64>,
    /// Rows that said "not applicable", ascending.
    pub not_applicable: Vec<usize>,
}

impl NumberColumn {
    /// A column of answers with no "not applicable" rows (NaN for missing).
    pub fn from_values(values: Vec<f64>) -> Self {
        Self {
            values,
            not_applicable: Vec::new(),
        }
    }

    /// Appends the next row's value; `None` for missing.
    pub fn push(&mut self, value: Option<f64>) {
        self.values.push(value.unwrap_or(f64::NAN));
    }

    /// Appends a "not applicable" row.
    pub fn push_not_applicable(&mut self) {
        self.not_applicable.push(self.values.len());
        self.values.push(f64::NAN);
    }

    /// The value of `row` when answered.
    pub fn get(&self, row: usize) -> Option<f64> {
        self.values.get(row).copied().filter(|v| !v.is_nan())
    }

    /// Whether `row` answered, skipped, or said "not applicable".
    pub fn presence(&self, row: usize) -> Presence {
        match self.get(row) {
            Some(_) => Presence::Answered,
            None if self.not_applicable.binary_search(&row).is_ok() => Presence::NotApplicable,
            None => Presence::Missing,
        }
    }
}

/// Reserved option code: the story gave no answer.
pub const MISSING_CODE: u16 = u16::MAX;
/// Reserved option code: the story said "not applicable".
pub const NOT_APPLICABLE_CODE: u16 = u16::MAX - 1;

/// A single-choice question: one option code per story, index into the
/// question's options.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChoiceColumn {
    /// Option index per row, or [`MISSING_CODE`] / [`NOT_APPLICABLE_CODE`].
    pub codes: Vec<u16>,
}

impl ChoiceColumn {
    /// The option index `row` chose; `None` when missing, not applicable or out of range.
    pub fn get(&self, row: usize) -> Option<usize> {
        match self.codes.get(row).copied() {
            Some(MISSING_CODE | NOT_APPLICABLE_CODE) | None => None,
            Some(code) => Some(code as usize),
        }
    }

    /// Whether `row` answered, skipped, or said "not applicable".
    pub fn presence(&self, row: usize) -> Presence {
        match self.codes.get(row).copied() {
            Some(NOT_APPLICABLE_CODE) => Presence::NotApplicable,
            Some(MISSING_CODE) | None => Presence::Missing,
            Some(_) => Presence::Answered,
        }
    }
}

/// A multiple-choice question: one bitset per option, plus which stories
/// answered at all (a story that answered may have chosen nothing).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MultiColumn {
    /// Per option (in the question's order), the rows that chose it.
    pub chosen: Vec<Selection>,
    /// Rows that answered the question (possibly choosing nothing).
    pub answered: Selection,
    /// Rows that said "not applicable".
    pub not_applicable: Selection,
}

impl MultiColumn {
    /// Whether `row` chose `option` (false for an unknown option).
    pub fn has(&self, row: usize, option: usize) -> bool {
        self.chosen.get(option).is_some_and(|s| s.contains(row))
    }

    /// Whether `row` answered, skipped, or said "not applicable".
    pub fn presence(&self, row: usize) -> Presence {
        if self.answered.contains(row) {
            Presence::Answered
        } else if self.not_applicable.contains(row) {
            Presence::NotApplicable
        } else {
            Presence::Missing
        }
    }
}

/// A triad: three weights per story (top, left, right), summing to 1.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TriadColumn {
    /// Top-corner weight per row, 0..=1; NaN when not answered.
    pub top: Vec<f64>,
    /// Left-corner weight per row, 0..=1; NaN when not answered.
    pub left: Vec<f64>,
    /// Right-corner weight per row, 0..=1; NaN when not answered.
    pub right: Vec<f64>,
    /// Rows that said "not applicable", ascending.
    pub not_applicable: Vec<usize>,
}

impl TriadColumn {
    /// Pushes a weight triple, or a missing answer.
    pub fn push(&mut self, weights: Option<[f64; 3]>) {
        let [t, l, r] = weights.unwrap_or([f64::NAN; 3]);
        self.top.push(t);
        self.left.push(l);
        self.right.push(r);
    }

    /// Appends a "not applicable" row.
    pub fn push_not_applicable(&mut self) {
        self.not_applicable.push(self.top.len());
        self.push(None);
    }

    /// `[top, left, right]` of `row` when answered.
    pub fn get(&self, row: usize) -> Option<[f64; 3]> {
        let w = [
            *self.top.get(row)?,
            *self.left.get(row)?,
            *self.right.get(row)?,
        ];
        (!w.iter().any(|v| v.is_nan())).then_some(w)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.top.len()
    }

    /// Whether the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.top.is_empty()
    }

    /// Whether `row` answered, skipped, or said "not applicable".
    pub fn presence(&self, row: usize) -> Presence {
        match self.get(row) {
            Some(_) => Presence::Answered,
            None if self.not_applicable.binary_search(&row).is_ok() => Presence::NotApplicable,
            None => Presence::Missing,
        }
    }
}

/// Stones: per stone an x and a y column in 0..=1 (NaN when not placed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StonesColumn {
    /// Per stone (in the question's order), the x of every row.
    pub x: Vec<Vec<f64>>,
    /// Per stone (in the question's order), the y of every row.
    pub y: Vec<Vec<f64>>,
}

impl StonesColumn {
    /// Where `row` placed `stone`, as `(x, y)` in 0..=1; `None` when not placed.
    pub fn position(&self, stone: usize, row: usize) -> Option<(f64, f64)> {
        let x = *self.x.get(stone)?.get(row)?;
        let y = *self.y.get(stone)?.get(row)?;
        (!x.is_nan() && !y.is_nan()).then_some((x, y))
    }
}

/// The answers of all stories to one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Column {
    /// A text or id question.
    Text(TextColumn),
    /// A number, slider or date question.
    Number(NumberColumn),
    /// A single-choice question.
    Single(ChoiceColumn),
    /// A multiple-choice question.
    Multi(MultiColumn),
    /// A triad question.
    Triad(TriadColumn),
    /// A stones question.
    Stones(StonesColumn),
}

impl Column {
    /// Number of rows the column holds.
    pub fn len(&self) -> usize {
        match self {
            Self::Text(c) => c.len(),
            Self::Number(c) => c.values.len(),
            Self::Single(c) => c.codes.len(),
            Self::Multi(c) => c.answered.len(),
            Self::Triad(c) => c.len(),
            Self::Stones(c) => c.x.first().map_or(0, Vec::len),
        }
    }

    /// Whether the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many rows answered: what counting [`presence`](Self::presence)
    /// row by row gives (the import and `inspect` count every question of
    /// 100,000 stories).
    pub fn answered_count(&self) -> usize {
        self.answered_rows().count()
    }

    /// The rows that answered and the rows that said "not applicable", as
    /// [`presence`](Self::presence) says row by row, read from the kind's
    /// own storage: asking `presence` per row (a match on the kind, and a
    /// binary search of the not-applicable rows for every unanswered one)
    /// was most of building the charts' column indexes.
    pub fn presence_sets(&self) -> (Selection, Selection) {
        let len = self.len();
        let answered = self.answered_rows();
        // Of the rows listed as not applicable, those not answered (a listed
        // row with an answer is answered, as in `presence`).
        let listed = |rows: &[usize]| {
            Selection::from_rows(len, rows.iter().copied().filter(|&r| !answered.contains(r)))
        };
        let not_applicable = match self {
            Self::Number(numbers) => listed(&numbers.not_applicable),
            Self::Single(choice) => {
                Selection::from_fn(len, |r| choice.codes[r] == NOT_APPLICABLE_CODE)
            }
            Self::Triad(triad) if triad.left.len() == len && triad.right.len() == len => {
                listed(&triad.not_applicable)
            }
            Self::Multi(multi) if multi.not_applicable.len() == len => {
                multi.not_applicable.and_not(&multi.answered)
            }
            // Texts, stones and uneven columns: row by row.
            _ => Selection::from_fn(len, |row| self.presence(row) == Presence::NotApplicable),
        };
        (answered, not_applicable)
    }

    /// The rows that answered (see [`presence_sets`](Self::presence_sets)).
    fn answered_rows(&self) -> Selection {
        let len = self.len();
        // Every index below is a row of `0..len`, and `len` is the length of
        // the vectors read (`Column::len`, and the guards on the triad's
        // other corners and the multiple choice's second bitset).
        match self {
            Self::Number(numbers) => Selection::from_fn(len, |r| !numbers.values[r].is_nan()),
            Self::Single(choice) => Selection::from_fn(len, |r| {
                !matches!(choice.codes[r], MISSING_CODE | NOT_APPLICABLE_CODE)
            }),
            Self::Triad(triad) if triad.left.len() == len && triad.right.len() == len => {
                Selection::from_fn(len, |r| {
                    !(triad.top[r].is_nan() || triad.left[r].is_nan() || triad.right[r].is_nan())
                })
            }
            Self::Multi(multi) if multi.not_applicable.len() == len => multi.answered.clone(),
            Self::Text(text) => {
                Selection::from_fn(len, |r| matches!(text.spans.get(r), Some(Some(_))))
            }
            // Stones and uneven columns: row by row.
            _ => Selection::from_fn(len, |row| self.presence(row) == Presence::Answered),
        }
    }

    /// Whether `row` answered, skipped, or said "not applicable".
    pub fn presence(&self, row: usize) -> Presence {
        match self {
            Self::Text(c) => c.presence(row),
            Self::Number(c) => c.presence(row),
            Self::Single(c) => c.presence(row),
            Self::Multi(c) => c.presence(row),
            Self::Triad(c) => c.presence(row),
            Self::Stones(c) => {
                if (0..c.x.len()).any(|s| c.position(s, row).is_some()) {
                    Presence::Answered
                } else {
                    Presence::Missing
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
