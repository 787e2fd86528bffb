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

    /// How many of the first `rows` rows answered: what counting
    /// [`presence`](Self::presence) row by row gives, without asking each
    /// row through the column's kind (the import and `inspect` count every
    /// question of 100,000 stories).
    pub fn answered_count(&self, rows: usize) -> usize {
        match self {
            Self::Text(c) => c.spans.iter().take(rows).filter(|s| s.is_some()).count(),
            Self::Number(c) => c.values.iter().take(rows).filter(|v| !v.is_nan()).count(),
            Self::Single(c) => c
                .codes
                .iter()
                .take(rows)
                .filter(|&&code| code != MISSING_CODE && code != NOT_APPLICABLE_CODE)
                .count(),
            Self::Multi(c) => (0..rows.min(c.answered.len()))
                .filter(|&row| c.answered.contains(row))
                .count(),
            Self::Triad(c) => (0..rows).filter(|&row| c.get(row).is_some()).count(),
            Self::Stones(_) => (0..rows)
                .filter(|&row| self.presence(row) == Presence::Answered)
                .count(),
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
mod tests {
    use super::*;

    #[test]
    fn missing_and_not_applicable_stay_apart() {
        let mut slider = NumberColumn::default();
        slider.push(Some(0.25));
        slider.push(None);
        slider.push_not_applicable();
        assert_eq!(slider.presence(0), Presence::Answered);
        assert_eq!(slider.presence(1), Presence::Missing);
        assert_eq!(slider.presence(2), Presence::NotApplicable);
        assert_eq!(slider.get(2), None);

        let mut triad = TriadColumn::default();
        triad.push(Some([0.2, 0.3, 0.5]));
        triad.push_not_applicable();
        triad.push(None);
        assert_eq!(triad.get(0), Some([0.2, 0.3, 0.5]));
        assert_eq!(triad.presence(1), Presence::NotApplicable);
        assert_eq!(triad.presence(2), Presence::Missing);

        let single = ChoiceColumn {
            codes: vec![2, MISSING_CODE, NOT_APPLICABLE_CODE],
        };
        assert_eq!(single.get(0), Some(2));
        assert_eq!(single.presence(1), Presence::Missing);
        assert_eq!(single.presence(2), Presence::NotApplicable);
    }

    #[test]
    fn answered_count_is_the_rows_whose_presence_is_answered() {
        let mut slider = NumberColumn::default();
        let mut triad = TriadColumn::default();
        let mut text = TextColumn::default();
        let mut codes = Vec::new();
        let (mut chosen, mut answered, mut not_applicable) = (Vec::new(), Vec::new(), Vec::new());
        for row in 0..7 {
            match row % 3 {
                0 => {
                    slider.push(Some(0.5));
                    triad.push(Some([0.2, 0.3, 0.5]));
                    text.push(Some("verhaal"));
                    codes.push(1);
                    chosen.push(row);
                    answered.push(row);
                }
                1 => {
                    slider.push(None);
                    triad.push(None);
                    text.push(None);
                    codes.push(MISSING_CODE);
                    not_applicable.push(row);
                }
                _ => {
                    slider.push_not_applicable();
                    triad.push_not_applicable();
                    text.push(Some("   "));
                    codes.push(NOT_APPLICABLE_CODE);
                    answered.push(row);
                }
            }
        }
        let columns = [
            Column::Number(slider),
            Column::Triad(triad),
            Column::Text(text),
            Column::Single(ChoiceColumn { codes }),
            Column::Multi(MultiColumn {
                chosen: vec![Selection::from_rows(7, chosen)],
                answered: Selection::from_rows(7, answered),
                not_applicable: Selection::from_rows(7, not_applicable),
            }),
        ];
        for column in &columns {
            for rows in [0, 4, 7, 9] {
                let by_row = (0..rows)
                    .filter(|&row| column.presence(row) == Presence::Answered)
                    .count();
                assert_eq!(
                    column.answered_count(rows),
                    by_row,
                    "{rows} rows of {column:?}"
                );
            }
            assert!(column.answered_count(7) > 0);
        }
    }

    #[test]
    fn text_arena_keeps_every_story_whole() {
        let mut text = TextColumn::default();
        text.push(Some("Eerste verhaal 🙂"));
        text.push(None);
        text.push(Some("مرحبا"));
        assert_eq!(text.get(0), Some("Eerste verhaal 🙂"));
        assert_eq!(text.get(1), None);
        assert_eq!(text.get(2), Some("مرحبا"));
        assert_eq!(text.presence(1), Presence::Missing);
        assert_eq!(Column::Text(text).len(), 3);
    }

    #[test]
    fn a_shared_arena_reads_and_compares_by_its_spans() {
        let arena = Arc::new(String::from("eenrestwee\u{e9}"));
        let spans = vec![
            Some((0, 3)),
            None,
            Some((6, 12)),
            Some((11, 12)),
            Some((0, 99)),
        ];
        let mut shared = TextColumn::from_shared(Arc::clone(&arena), spans);
        assert_eq!(shared.get(2), Some("twee\u{e9}"));
        // Not a range of characters, or past the end: no text, no panic.
        assert_eq!(shared.get(3), None);
        assert_eq!(shared.get(4), None);
        let mut pushed = TextColumn::default();
        for text in [Some("een"), None, Some("twee\u{e9}"), None, None] {
            pushed.push(text);
        }
        assert_eq!(shared, pushed, "equal by rows, whatever the arena holds");
        shared.push(Some("drie"));
        assert_eq!(shared.get(5), Some("drie"));
        assert_eq!(*arena, "eenrestwee\u{e9}", "the shared text is not changed");
        assert_ne!(shared, pushed);
        let json = serde_json::to_string(&pushed).unwrap();
        assert_eq!(serde_json::from_str::<TextColumn>(&json).unwrap(), pushed);
    }
}
