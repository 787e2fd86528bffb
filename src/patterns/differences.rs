//! [`differences`]: every question tested for a selection against the
//! rest in one pass.
//!
//! Per kind (the tests themselves live in `kinds.rs`):
//!
//! | kind | test | effect |
//! | --- | --- | --- |
//! | single choice | Pearson χ² of the 2 × k table (selection / rest × options) | Cramér's V |
//! | multiple choice | a 2 × 2 χ² per option; the row is the strongest option, its p Bonferroni-adjusted across the options tested | φ (signed: + chosen more in the selection) |
//! | slider, date, number | two-sided Mann–Whitney (tie and continuity corrected) | rank-biserial r = 2U/(n₁n₂) − 1 (+ higher in the selection) |
//! | triad | two-sample Hotelling T² in ilr coordinates (zeros replaced as the charts do) | canonical correlation √(T²/(T² + n − 2)); the detail holds the Aitchison distance between the closed geometric means |
//! | stones | per stone the two axes as two sliders; the row is the strongest, Bonferroni across them | rank-biserial |
//!
//! | text | per word (stem) a 2 × 2 log-likelihood G² (keyness); the row is the strongest word, its p Bonferroni-adjusted across the words tested | φ of that word's 2 × 2 table (+ more often in the selection) |
//!
//! A text question is tested once its words are indexed (the app builds
//! the index on a thread of its own; until then it is skipped as not
//! tested). Ids, metadata and the questions the selection's own
//! filter names are listed as [`Skipped`], as are questions with fewer
//! than `min_n` answers on either side or nothing to test. q is
//! Benjamini–Hochberg across the rows tested. Rows are ranked by |effect|:
//! V, |φ|, |r| and the canonical correlation are all correlations between
//! "in the selection" and the answer, so one scale ranks them all.
//!
//! The selection and the rest must not overlap (the tests are for
//! independent samples): the caller passes the rest of the baseline
//! (`project::populations_of` with `Against::Rest`).

use serde::{Deserialize, Serialize};

use crate::model::{Dataset, QuestionId, QuestionKind, Selection};
use crate::stats::multitest::benjamini_hochberg;

use super::kinds;

/// Settings of the pass.
#[derive(Clone, Debug, PartialEq)]
pub struct DifferencesOptions {
    /// Questions with fewer answers than this in the selection or the rest
    /// are skipped (the charts' "too few stories").
    pub min_n: usize,
}

impl Default for DifferencesOptions {
    fn default() -> Self {
        Self { min_n: 20 }
    }
}

/// Every question's test, ranked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Differences {
    /// Stories in the selection and in the rest.
    pub n_selection: usize,
    /// Stories in the rest (the baseline without the selection).
    pub n_rest: usize,
    /// One row per tested question, strongest effect first.
    pub tests: Vec<Difference>,
    /// Questions not tested, in codebook order, with the reason.
    pub skipped: Vec<Skipped>,
}

/// The test of one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// The question's title.
    pub question: String,
    /// The question's id.
    pub question_id: QuestionId,
    /// `single`, `multi`, `slider`, `date`, `number`, `triad`, `stones`.
    pub kind: String,
    /// Which test the row comes from.
    pub test: TestName,
    /// χ², U of the selection, or T².
    pub statistic: f64,
    /// Degrees of freedom; `None` for Mann–Whitney.
    pub df: Option<Df>,
    /// Bonferroni-adjusted across a question's options (or stone axes)
    /// where the row is the strongest of several tests.
    pub p: f64,
    /// Benjamini–Hochberg across the rows tested.
    pub q: f64,
    /// The effect size, named by `effect_name`; signed for rank-biserial r.
    pub effect: f64,
    /// What `effect` measures.
    pub effect_name: EffectName,
    /// Answers in the selection and in the rest.
    pub n_selection: usize,
    /// Answers in the rest.
    pub n_rest: usize,
    /// What differs, in values a sentence can be written from.
    pub detail: Detail,
}

/// The test behind a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestName {
    /// Pearson χ² of the 2 × k table.
    Chi2,
    /// The strongest of one 2 × 2 χ² per option.
    Chi2PerOption,
    /// Mann–Whitney U of the two sides' values (two-sided).
    MannWhitney,
    /// The strongest of one Mann–Whitney per stone and axis.
    MannWhitneyPerAxis,
    /// Hotelling's T² of the triads' isometric log-ratios.
    HotellingT2,
    /// The strongest of one log-likelihood G² per word (keyness).
    LogLikelihoodPerTerm,
}

/// Degrees of freedom: one number, or two for Hotelling's F.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Df {
    /// One df (χ²).
    One(usize),
    /// Numerator and denominator df (Hotelling's F).
    Two([usize; 2]),
}

/// What `effect` measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EffectName {
    /// Cramér's V of a 2 × k table, 0–1.
    CramersV,
    /// φ of a 2 × 2 table, 0–1.
    Phi,
    /// Rank-biserial r, −1–1; positive when the selection tends higher.
    RankBiserial,
    /// Canonical correlation of Hotelling's test, 0–1.
    CanonicalCorrelation,
}

/// What a number question's values are, for writing its medians.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// 0–100 between the poles (left = 0).
    Slider,
    /// Days since 1970-01-01.
    Date,
    /// Plain numbers in the question's own units.
    Number,
}

/// Which pole of a slider (or axis) the selection leans to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pole {
    /// Towards the low end (a slider's left pole, an axis's first label).
    Left,
    /// Towards the high end (a slider's right pole, an axis's second label).
    Right,
}

/// An axis of a stones canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// The horizontal axis.
    X,
    /// The vertical axis.
    Y,
}

/// The plain-language content of a row, as typed values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "detail", rename_all = "snake_case")]
pub enum Detail {
    /// The option whose share differs most (single choice: the largest
    /// |adjusted residual| of the selection's row; multiple choice: the
    /// strongest option), with its share of each side's answers.
    Option {
        /// The option's label.
        option: String,
        /// Its share of the selection's answers, in percent.
        selection_percent: f64,
        /// Its share of the rest's answers, in percent.
        rest_percent: f64,
        /// Options in the test (single choice) or tested one by one
        /// (multiple choice: the Bonferroni factor).
        options_tested: usize,
    },
    /// Medians of each side (a slider on 0–100, a date in days since
    /// 1970-01-01); `higher` when the selection tends to the higher values
    /// (rank-biserial r > 0), towards a slider's right pole.
    Shift {
        /// What the values are (slider, date, number).
        scale: Scale,
        /// The selection tends to the higher values.
        higher: bool,
        /// The selection's median, on `scale`.
        selection_median: f64,
        /// The rest's median, on `scale`.
        rest_median: f64,
        /// The pole labels of a slider (empty otherwise).
        poles: [String; 2],
    },
    /// The closed geometric means, the Aitchison distance between them,
    /// and the corner whose share grew most in the selection.
    Triad {
        /// The corner labels, `[top, left, right]`.
        corners: [String; 3],
        /// The selection's closed geometric mean, `[top, left, right]` summing to 1.
        selection_mean: [f64; 3],
        /// The rest's closed geometric mean, `[top, left, right]` summing to 1.
        rest_mean: [f64; 3],
        /// Aitchison distance between the two means.
        aitchison_distance: f64,
        /// Hotelling's T² as an F statistic.
        f: f64,
        /// Index (0 top, 1 left, 2 right) of the corner that grew most in the selection.
        corner: usize,
    },
    /// The word whose share of the stories differs most (keyness), with
    /// the words most over-used in the selection.
    Words {
        /// The word as most often written.
        word: String,
        /// Its share of the selection's stories, in percent.
        selection_percent: f64,
        /// Its share of the rest's stories, in percent.
        rest_percent: f64,
        /// The words most over-used in the selection (q < 0.05), most first,
        /// at most five.
        over_used: Vec<String>,
        /// Words tested (the Bonferroni factor).
        words_tested: usize,
    },
    /// The stone and axis that differ most, with the axis's pole labels.
    Stone {
        /// The stone's label.
        stone: String,
        /// The axis.
        axis: Axis,
        /// The axis's pole labels, low end first.
        poles: [String; 2],
        /// Which end the selection leans to.
        towards: Pole,
        /// The selection's median position on the axis, 0–1.
        selection_median: f64,
        /// The rest's median position on the axis, 0–1.
        rest_median: f64,
        /// Stones × axes tested (the Bonferroni factor).
        tests: usize,
    },
}

/// A question left out of the ranking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Skipped {
    /// The question's title.
    pub question: String,
    /// The question's id.
    pub question_id: QuestionId,
    /// The kind's code, as in [`Difference::kind`].
    pub kind: String,
    /// Why it was left out.
    #[serde(flatten)]
    pub reason: SkipReason,
}

/// Why a question was not tested.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum SkipReason {
    /// Text and ids are not tested here (the words chart compares texts).
    NotTested,
    /// Platform metadata, not a question of the survey.
    Metadata,
    /// The selection is defined by this question: it differs by definition.
    DefinesSelection,
    /// Fewer than `min_n` answers on one side.
    TooFew {
        /// Answers in the selection.
        n_selection: usize,
        /// Answers in the rest.
        n_rest: usize,
    },
    /// Nothing to test: every answer the same, or one option only.
    NotTestable,
}

/// A row before q is known.
pub(super) struct Tested {
    pub test: TestName,
    pub statistic: f64,
    pub df: Option<Df>,
    pub p: f64,
    pub effect: f64,
    pub effect_name: EffectName,
    pub n_selection: usize,
    pub n_rest: usize,
    pub detail: Detail,
}

/// Tests every question of `dataset` for `selection` against `rest`
/// (disjoint; see the module docs). `defining` names the questions the
/// selection's filter uses (`Filter::questions`): they are skipped.
pub fn differences(
    dataset: &Dataset,
    selection: &Selection,
    rest: &Selection,
    defining: &[&QuestionId],
    options: &DifferencesOptions,
) -> Differences {
    let mut tests = Vec::new();
    let mut skipped = Vec::new();
    for (question, column) in dataset.questions() {
        let skip = |reason| Skipped {
            question: question.title.clone(),
            question_id: question.id.clone(),
            kind: question.kind.code().to_owned(),
            reason,
        };
        let words_ready = matches!(question.kind, QuestionKind::Text { .. })
            && crate::words::is_built(
                dataset,
                Some(&question.id),
                &crate::words::WordOptions::default(),
            );
        let outcome = if words_ready && !defining.contains(&&question.id) {
            super::words::test_words(dataset, question, [selection, rest], options.min_n)
        } else if matches!(question.kind, QuestionKind::Id | QuestionKind::Text { .. }) {
            Err(SkipReason::NotTested)
        } else if question.is_metadata() {
            Err(SkipReason::Metadata)
        } else if defining.contains(&&question.id) {
            Err(SkipReason::DefinesSelection)
        } else {
            kinds::test_question(dataset, question, column, [selection, rest], options.min_n)
        };
        match outcome {
            Ok(tested) => tests.push(row(question, tested)),
            Err(reason) => skipped.push(skip(reason)),
        }
    }
    let q = benjamini_hochberg(&tests.iter().map(|t| t.p).collect::<Vec<_>>());
    for (test, q) in tests.iter_mut().zip(q) {
        test.q = q;
    }
    tests.sort_by(|a, b| {
        b.effect
            .abs()
            .total_cmp(&a.effect.abs())
            .then(a.p.total_cmp(&b.p))
    });
    Differences {
        n_selection: selection.count(),
        n_rest: rest.count(),
        tests,
        skipped,
    }
}

fn row(question: &crate::model::Question, tested: Tested) -> Difference {
    Difference {
        question: question.title.clone(),
        question_id: question.id.clone(),
        kind: question.kind.code().to_owned(),
        test: tested.test,
        statistic: tested.statistic,
        df: tested.df,
        p: tested.p,
        q: f64::NAN,
        effect: tested.effect,
        effect_name: tested.effect_name,
        n_selection: tested.n_selection,
        n_rest: tested.n_rest,
        detail: tested.detail,
    }
}

#[cfg(test)]
#[path = "differences_tests.rs"]
mod tests;
