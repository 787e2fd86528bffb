//! Per-column kind detection for the generic layout: one pass over a
//! column's cells gives a [`Profile`], and [`plan`] turns it into a
//! [`Plan`] (what the column most likely is).
//!
//! The rules, in order: empty → left out; an id-like header with unique
//! values → id; mostly numbers → slider (0–1 with fractions, or a
//! spread-out 0–100) or number; mostly dates → date; text → title (by its
//! header), delimited multi-choice, story, single choice (few distinct
//! values), or other text.
//!
//! Kinds are decided by the majority, so that a typing slip does not turn
//! a column into text; the builders then leave the odd values missing and
//! report them by the row. The thresholds:
//!
//! - numbers or dates: at least 75 % of the filled cells ([`MOSTLY`]);
//! - a slider: at least 95 % of those numbers on its scale, 0–1 or 0–100
//!   ([`ON_SCALE_PERCENT`]); the spread is measured on those numbers only.

use std::collections::HashSet;

use crate::model::TextRole;

use super::super::edits::KindChoice;

use super::super::cell::parse_number;
use super::super::date::{DateOrder, parse_date};
use super::super::{CellRef, RawTable};

/// Distinct values tracked before a column counts as "many values".
const DISTINCT_CAP: usize = 200;
/// Share of filled cells (numerator, denominator) that must be numbers
/// (or dates) for a numeric (or date) column.
const MOSTLY: (usize, usize) = (3, 4);
/// Percent of a numeric column's numbers that must lie on a slider's scale
/// for the column to be a slider.
const ON_SCALE_PERCENT: usize = 95;
/// Mean length (characters) from which mostly unique values count as
/// sentences rather than lists of options.
const LIST_MAX_MEAN_LEN: usize = 40;
/// Most options a detected single-choice question may have.
const MAX_OPTIONS: usize = 30;

/// What one column most likely holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    Empty,
    Id,
    Text(TextRole),
    Number,
    Date(DateOrder),
    /// Values divided by the scale (1 or 100) give 0..=1.
    Slider(f64),
    Single {
        options: Vec<String>,
        ordinal: bool,
    },
    MultiDelimited {
        delimiter: char,
        options: Vec<String>,
    },
}

/// What the rest of the table already has, so the first story-like column
/// becomes the story and later ones stay "other".
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub has_id: bool,
    pub has_title: bool,
    pub has_story: bool,
}

/// Counts from one pass over a column.
#[derive(Debug, Default)]
pub struct Profile {
    filled: usize,
    numbers: usize,
    dates_day_first: usize,
    dates_month_first: usize,
    fractions: bool,
    max: f64,
    /// Numbers in 0..=1, and whether any of them has a fraction.
    unit: usize,
    unit_fractions: bool,
    /// Numbers in 0..=100, their smallest and largest.
    percent: usize,
    percent_min: f64,
    percent_max: f64,
    distinct_numbers: usize,
    /// Distinct trimmed texts in first-seen order (up to the cap).
    distinct: Vec<String>,
    /// The same, to look them up.
    seen: foldhash::HashSet<String>,
    many_distinct: bool,
    max_len: usize,
    total_len: usize,
}

impl Profile {
    pub fn of(table: &RawTable, column: usize) -> Self {
        let mut p = Profile {
            max: f64::NEG_INFINITY,
            percent_min: f64::INFINITY,
            percent_max: f64::NEG_INFINITY,
            ..Self::default()
        };
        let mut numbers_seen = foldhash::HashSet::<u64>::default();
        // Each distinct value once, weighted by its rows, where the table
        // keeps the column coded; in the order first met, so the distinct
        // values (and the cap on them) come out as a pass over the rows.
        for (cell, rows) in table.tally(column) {
            p.add(cell, rows, &mut numbers_seen);
        }
        p.distinct_numbers = numbers_seen.len();
        p
    }

    /// Counts `cell`, held by `rows` rows.
    fn add(&mut self, cell: CellRef<'_>, rows: usize, numbers_seen: &mut foldhash::HashSet<u64>) {
        let p = self;
        let Some(text) = cell.text() else { return };
        p.filled += rows;
        let len = text.chars().count();
        p.max_len = p.max_len.max(len);
        p.total_len += len * rows;
        // `text` is trimmed once here; the readings below take it as it
        // is rather than asking the cell (which would trim again).
        let number = match cell {
            CellRef::Number(value) => Some(value),
            CellRef::Text(_) => parse_number(&text),
            CellRef::Empty | CellRef::Bool(_) | CellRef::Date(_) => None,
        };
        let (day_first, month_first) = match cell {
            CellRef::Date(_) => (true, true),
            // Every date spelling starts with a digit and has at least
            // six characters (`1-2-19` is too short to be a date).
            CellRef::Text(_)
                if text.len() >= 6 && text.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                (
                    parse_date(&text, DateOrder::DayFirst).is_some(),
                    parse_date(&text, DateOrder::MonthFirst).is_some(),
                )
            }
            _ => (false, false),
        };
        if let Some(value) = number {
            p.numbers += rows;
            p.fractions |= value.fract() != 0.0;
            p.max = p.max.max(value);
            if (0.0..=1.0).contains(&value) {
                p.unit += rows;
                p.unit_fractions |= value.fract() != 0.0;
            }
            if (0.0..=100.0).contains(&value) {
                p.percent += rows;
                p.percent_min = p.percent_min.min(value);
                p.percent_max = p.percent_max.max(value);
            }
            if numbers_seen.len() < DISTINCT_CAP {
                numbers_seen.insert(value.to_bits());
            }
        }
        if day_first {
            p.dates_day_first += rows;
        }
        if month_first {
            p.dates_month_first += rows;
        }
        if !p.many_distinct && !p.seen.contains(text.as_ref()) {
            if p.distinct.len() >= DISTINCT_CAP {
                p.many_distinct = true;
            } else {
                p.seen.insert(text.clone().into_owned());
                p.distinct.push(text.into_owned());
            }
        }
    }
}

/// Decides what `column` holds.
pub fn plan(table: &RawTable, column: usize, context: Context) -> Plan {
    plan_with(table, column, &Profile::of(table, column), context)
}

/// Decides what `column` holds from its already made `profile`.
pub fn plan_with(table: &RawTable, column: usize, profile: &Profile, context: Context) -> Plan {
    let header = table.header(column).to_lowercase();
    plan_from_profile(table, column, &header, profile, context)
}

/// The profiles of `columns`, made on every core: profiling reads every
/// cell and is most of the work of detection, and columns are independent.
/// In the order of `columns`.
pub fn profiles(table: &RawTable, columns: &[usize]) -> Vec<Profile> {
    super::super::parallel::on_every_core(columns.len(), |at| Profile::of(table, columns[at]))
}

fn plan_from_profile(
    table: &RawTable,
    column: usize,
    header: &str,
    p: &Profile,
    context: Context,
) -> Plan {
    if p.filled == 0 {
        return Plan::Empty;
    }
    if !context.has_id && is_id_header(header) {
        return Plan::Id;
    }
    // Mostly numbers (or dates) is numeric: the odd "veertig" among ages
    // is a typing slip to report, not a reason to call ages text.
    let mostly = |count: usize| count * MOSTLY.1 >= p.filled * MOSTLY.0;
    if mostly(p.numbers) {
        return numeric_plan(header, p);
    }
    if mostly(p.dates_day_first) && p.dates_day_first >= p.dates_month_first {
        return Plan::Date(DateOrder::DayFirst);
    }
    if mostly(p.dates_month_first) {
        return Plan::Date(DateOrder::MonthFirst);
    }
    let mean_len = p.total_len / p.filled.max(1);
    // A title is text even when titles contain a `|` or `;`.
    if !context.has_title && has_any(header, TITLE_WORDS) && mean_len <= 120 {
        return Plan::Text(TextRole::Title);
    }
    // Long, mostly unique values are sentences, not lists of options, even
    // when they contain a separator.
    let sentences =
        mean_len >= LIST_MAX_MEAN_LEN && (p.many_distinct || p.distinct.len() * 2 > p.filled);
    if !sentences && let Some(plan) = delimited_plan(table, column, p) {
        return plan;
    }
    let long = mean_len >= 50 || p.max_len >= 200;
    if long && (p.many_distinct || p.distinct.len() * 2 > p.filled) {
        let story = !context.has_story && (has_any(header, STORY_WORDS) || mean_len >= 80);
        return Plan::Text(if story {
            TextRole::Story
        } else {
            TextRole::Other
        });
    }
    let mostly_unique = p.many_distinct || p.distinct.len() * 2 > p.filled;
    if has_any(header, STORY_WORDS) && mostly_unique {
        let story = !context.has_story;
        return Plan::Text(if story {
            TextRole::Story
        } else {
            TextRole::Other
        });
    }
    let few = !p.many_distinct
        && p.distinct.len() <= MAX_OPTIONS
        && p.max_len <= 80
        && (p.distinct.len() * 2 <= p.filled || p.distinct.len() <= 3);
    if few {
        let (options, ordinal) = natural_order(p.distinct.clone());
        return Plan::Single { options, ordinal };
    }
    let story = !context.has_story && has_any(header, STORY_WORDS);
    Plan::Text(if story {
        TextRole::Story
    } else {
        TextRole::Other
    })
}

fn numeric_plan(header: &str, p: &Profile) -> Plan {
    let counts_things = has_any(header, NUMBER_WORDS);
    let on_scale = |count: usize| count * 100 >= p.numbers * ON_SCALE_PERCENT;
    if on_scale(p.unit) && p.unit_fractions && p.distinct_numbers >= 2 && !counts_things {
        Plan::Slider(1.0)
    } else if on_scale(p.percent)
        && p.percent_max > 1.0
        && p.percent_max - p.percent_min >= 50.0
        && (p.distinct_numbers >= 4 || p.fractions)
        && !counts_things
    {
        Plan::Slider(100.0)
    } else {
        Plan::Number
    }
}

/// The plan for `column` as the user says it is (`None` for
/// [`KindChoice::Ignore`]): the kind is given, the details (options, scale,
/// date order, delimiter) still come from the values.
pub fn plan_as(table: &RawTable, column: usize, choice: KindChoice) -> Option<Plan> {
    let profile = || Profile::of(table, column);
    let plan = match choice {
        KindChoice::Ignore => return None,
        KindChoice::Id => Plan::Id,
        KindChoice::Title => Plan::Text(TextRole::Title),
        KindChoice::Story => Plan::Text(TextRole::Story),
        KindChoice::Text => Plan::Text(TextRole::Other),
        KindChoice::Number => Plan::Number,
        KindChoice::Slider => {
            let p = profile();
            Plan::Slider(if p.numbers > 0 && p.max <= 1.0 {
                1.0
            } else {
                100.0
            })
        }
        KindChoice::Date => {
            let p = profile();
            Plan::Date(if p.dates_month_first > p.dates_day_first {
                DateOrder::MonthFirst
            } else {
                DateOrder::DayFirst
            })
        }
        KindChoice::Single => {
            let (options, ordinal) = natural_order(distinct_texts(table, column));
            Plan::Single { options, ordinal }
        }
        KindChoice::Multi => {
            let p = profile();
            let delimiter = [';', '|', ',']
                .into_iter()
                .find(|d| p.distinct.iter().any(|v| v.contains(*d)))
                .unwrap_or(';');
            return Some(split_plan(table, column, delimiter));
        }
    };
    Some(plan)
}

/// `column` split on `delimiter` into a multi-choice question, every
/// distinct token an option.
pub fn split_plan(table: &RawTable, column: usize, delimiter: char) -> Plan {
    let mut seen = HashSet::new();
    let mut tokens = Vec::new();
    for cell in table.column(column) {
        let Some(text) = cell.text() else { continue };
        for token in split_tokens(&text, delimiter) {
            if seen.insert(token.to_owned()) {
                tokens.push(token.to_owned());
            }
        }
    }
    let (options, _) = natural_order(tokens);
    Plan::MultiDelimited { delimiter, options }
}

/// The non-empty trimmed pieces of a cell split on `delimiter`.
fn split_tokens(text: &str, delimiter: char) -> impl Iterator<Item = &str> {
    text.split(delimiter)
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// Every distinct trimmed text of `column`, in first-seen order.
fn distinct_texts(table: &RawTable, column: usize) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut texts = Vec::new();
    for cell in table.column(column) {
        if let Some(text) = cell.text()
            && seen.insert(text.clone().into_owned())
        {
            texts.push(text.into_owned());
        }
    }
    texts
}

/// One column holding several options per cell: `hoop; tevredenheid`.
/// Eight options already make 255 combinations, so a column with more
/// distinct cells than the profile keeps is still a candidate; the token
/// scan stops as soon as there are too many options.
fn delimited_plan(table: &RawTable, column: usize, p: &Profile) -> Option<Plan> {
    for delimiter in [';', '|', ','] {
        if !p.distinct.iter().any(|v| v.contains(delimiter)) {
            continue;
        }
        let mut tokens: Vec<String> = Vec::new();
        let mut total = 0usize;
        for cell in table.column(column) {
            let Some(text) = cell.text() else { continue };
            for token in split_tokens(&text, delimiter) {
                total += 1;
                if !tokens.iter().any(|t| t == token) {
                    tokens.push(token.to_owned());
                }
            }
            if tokens.len() > MAX_OPTIONS {
                break;
            }
        }
        let max_words = if delimiter == ',' { 4 } else { 8 };
        // Commas also occur in ordinary short answers, so they need more
        // repetition before the column counts as a list of options.
        let repeated = if delimiter == ',' {
            tokens.len() * 2 <= total
        } else {
            tokens.len() < total
        };
        let plausible = tokens.len() <= MAX_OPTIONS
            && tokens.len() >= 2
            && repeated
            && tokens
                .iter()
                .all(|t| t.chars().count() <= 60 && t.split_whitespace().count() <= max_words);
        if plausible {
            let (options, _) = natural_order(tokens);
            return Some(Plan::MultiDelimited { delimiter, options });
        }
    }
    None
}

/// Options that all start with a number (`1 - helemaal niet`, `2`, …) are
/// sorted by it and marked ordinal, and so are the steps of a known rating
/// scale (`zeer negatief … zeer positief`, see `scale`); others keep
/// first-seen order.
pub fn natural_order(options: Vec<String>) -> (Vec<String>, bool) {
    if let Some(ordered) = super::scale::scale_order(&options) {
        return (ordered, true);
    }
    let leading = |o: &String| -> Option<f64> {
        let digits: String = o
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect();
        super::super::cell::parse_number(&digits)
    };
    if options.len() >= 2 && options.iter().all(|o| leading(o).is_some()) {
        let mut keyed: Vec<(f64, String)> = options
            .into_iter()
            .map(|o| (leading(&o).unwrap_or(0.0), o))
            .collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
        (keyed.into_iter().map(|(_, o)| o).collect(), true)
    } else {
        (options, false)
    }
}

const TITLE_WORDS: &[&str] = &["title", "titel", "headline", "kop van"];
const STORY_WORDS: &[&str] = &[
    "story",
    "verhaal",
    "ervaring",
    "fragment",
    "narrative",
    "tekst",
    "text",
    "beschrijf",
    "describe",
];
const NUMBER_WORDS: &[&str] = &[
    "leeftijd", "age", "aantal", "number", "jaar", "year", "count", "score", "nr",
];

fn has_any(header: &str, words: &[&str]) -> bool {
    words.iter().any(|w| header.contains(w))
}

/// `id`, `FragmentID`, `Story ID`, `verhaal_id`, … (case and separators
/// ignored).
pub fn is_id_header(header: &str) -> bool {
    let squashed: String = header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        squashed.as_str(),
        "id" | "fragmentid"
            | "storyid"
            | "verhaalid"
            | "ervaringid"
            | "responseid"
            | "recordid"
            | "entryid"
            | "uuid"
            | "narrativeid"
    )
}
