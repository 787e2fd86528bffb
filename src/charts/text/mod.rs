//! The words of a chart, written once.
//!
//! Every caption, counts line, statistics line, note, warning, legend entry
//! and comparison sentence a chart shows is a typed value computed from
//! [`ChartData`] (no language), written out by one `text(language)`. The
//! screen, the slides, the snapshot, the report and the CLI all call these,
//! so a number or a word cannot differ between them: "χ² = 41,20, df = 5,
//! p < 0,001, V = 0,214" is built here and nowhere else.

use crate::i18n::{self, Language};
use crate::stats::crosstab::{CrossTabWarning, FLAG_THRESHOLD};

use super::data::{
    BarsData, ChartData, Comparison, ComparisonTest, CrossTabData, HistogramData, PanelData,
    PanelKind, TriadData,
};
use super::outline::CellOutline;
use super::spec::BarValue;

mod legend;
pub use legend::*;

/// Changed cross-tab cells named at most in the comparison sentence.
const CHANGED_CELLS_NAMED: usize = 6;

/// "Gevoel × Ondersteuning", the question's title alone, or for a
/// multiple choice split by itself (co-occurrence) "Gevoel met zichzelf
/// (samen gekozen)" in `language`.
pub fn title(data: &ChartData, language: Language) -> String {
    match &data.by {
        Some(by) if by.question == data.question => crate::i18n::fill(
            language.strings().split_by_itself,
            &[("question", &data.title)],
        ),
        Some(by) => format!("{} × {}", data.title, by.title),
        None => data.title.clone(),
    }
}

/// How many of a population answered, and how many did not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Stories that answered (the panel's `n`).
    pub answered: usize,
    /// Stories that gave no answer (the panel's `n_missing`).
    pub missing: usize,
    /// Stories that ticked "not applicable" (the panel's `n_not_applicable`).
    pub not_applicable: usize,
}

impl Counts {
    /// The counts of `panel`.
    pub fn of(panel: &PanelData) -> Self {
        Self {
            answered: panel.n,
            missing: panel.n_missing,
            not_applicable: panel.n_not_applicable,
        }
    }

    /// "n = 1.234, 12 ontbrekend, 3 niet van toepassing" (the zero parts
    /// left out).
    pub fn text(&self, language: Language) -> String {
        let tr = language.strings();
        let count = |n| i18n::format_count(language, n);
        let mut text = i18n::fill(tr.n_answered, &[("n", &count(self.answered))]);
        if self.missing > 0 {
            text += &format!(", {} {}", count(self.missing), tr.missing);
        }
        if self.not_applicable > 0 {
            text += &format!(", {} {}", count(self.not_applicable), tr.not_applicable);
        }
        text
    }
}

/// "Te weinig verhalen (n = 7)": what stands instead of a chart of a
/// population (or a group) below the minimum n.
pub fn too_few(n: usize, language: Language) -> String {
    let n = i18n::format_count(language, n);
    i18n::fill(language.strings().too_few, &[("n", &n)])
}

/// A statistics line of a panel: the numbers, not the sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum Statistic {
    /// Pearson χ² of a cross-tab, with Cramér's V when it is defined.
    ChiSquare {
        /// Pearson χ² without continuity correction.
        chi2: f64,
        /// Degrees of freedom of `chi2`.
        df: usize,
        /// The p of `chi2`.
        p: f64,
        /// Cramér's V (0–1); `None` when it is not defined.
        cramers_v: Option<f64>,
    },
    /// Kruskal–Wallis H of a slider split by a choice.
    /// `h` is tie-corrected; `df` is groups − 1, `p` its p.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    KruskalWallis { h: f64, df: usize, p: f64 },
    /// Spearman's ρ of two sliders.
    /// `p` is two-sided; `n` counts the stories that answered both.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    Spearman { rho: f64, p: f64, n: usize },
}

impl Statistic {
    /// The line in `language`: "χ² = 41,20, df = 5, p < 0,001, V = 0,214".
    pub fn text(&self, language: Language) -> String {
        let tr = language.strings();
        let decimal = |value: f64, places| i18n::format_decimal(language, value, places);
        match *self {
            Self::ChiSquare {
                chi2,
                df,
                p,
                cramers_v,
            } => {
                let v = cramers_v.map_or("–".into(), |v| decimal(v, 3));
                i18n::fill(
                    tr.chi2_line,
                    &[
                        ("chi2", &decimal(chi2, 2)),
                        ("df", &df),
                        ("p", &i18n::format_p(language, p)),
                        ("v", &v),
                    ],
                )
            }
            Self::KruskalWallis { h, df, p } => i18n::fill(
                tr.kruskal_line,
                &[
                    ("h", &decimal(h, 2)),
                    ("df", &df),
                    ("p", &i18n::format_p(language, p)),
                ],
            ),
            Self::Spearman { rho, p, n } => i18n::fill(
                tr.spearman_line,
                &[
                    ("rho", &decimal(rho, 3)),
                    ("p", &i18n::format_p(language, p)),
                    ("n", &i18n::format_count(language, n)),
                ],
            ),
        }
    }
}

/// A line under a panel's chart.
#[derive(Clone, Debug, PartialEq)]
pub enum PanelLine {
    /// The cells count mentions, not stories (a multiple-choice question).
    CountsMentions,
    /// A test's numbers.
    Statistic(Statistic),
    /// A reason to read the test with care.
    Warning(CrossTabWarning),
}

impl PanelLine {
    /// The line in `language`.
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::CountsMentions => language.strings().mentions_note.to_owned(),
            Self::Statistic(statistic) => statistic.text(language),
            Self::Warning(warning) => warning_text(warning, language),
        }
    }

    /// Whether the line is a [`PanelLine::Warning`].
    pub fn is_warning(&self) -> bool {
        matches!(self, Self::Warning(_))
    }
}

/// The lines under one chart of a panel, in the order they are shown:
/// the mentions note, the test, then its warnings.
pub fn panel_lines(chart: &PanelKind) -> Vec<PanelLine> {
    match chart {
        PanelKind::CrossTab(table) => crosstab_lines(table),
        PanelKind::Groups(groups) => match (groups.h, groups.df, groups.p) {
            (Some(h), Some(df), Some(p)) => {
                vec![PanelLine::Statistic(Statistic::KruskalWallis { h, df, p })]
            }
            _ => Vec::new(),
        },
        PanelKind::Scatter(scatter) => match (scatter.rho, scatter.p) {
            (Some(rho), Some(p)) => vec![PanelLine::Statistic(Statistic::Spearman {
                rho,
                p,
                n: scatter.points.len(),
            })],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The lines under a cross-tab (see [`panel_lines`]).
pub fn crosstab_lines(table: &CrossTabData) -> Vec<PanelLine> {
    let mut lines = Vec::new();
    if table.counts_mentions {
        lines.push(PanelLine::CountsMentions);
    }
    if let (Some(chi2), Some(p)) = (table.chi2, table.p) {
        lines.push(PanelLine::Statistic(Statistic::ChiSquare {
            chi2,
            df: table.df,
            p,
            cramers_v: table.cramers_v,
        }));
    }
    lines.extend(table.warnings.iter().cloned().map(PanelLine::Warning));
    lines
}

/// A cross-tab warning in `language`.
pub fn warning_text(warning: &CrossTabWarning, language: Language) -> String {
    let tr = language.strings();
    match warning {
        CrossTabWarning::SparseExpected { below_five, cells } => {
            i18n::fill(tr.export_sparse, &[("below", below_five), ("cells", cells)])
        }
        CrossTabWarning::ExpectedBelowOne { cells } => {
            i18n::fill(tr.crosstab_below_one, &[("cells", cells)])
        }
        CrossTabWarning::NotTestable { rows, columns } => i18n::fill(
            tr.crosstab_not_testable,
            &[("rows", rows), ("columns", columns)],
        ),
    }
}

/// A note under a chart: what it shows and how to read it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Note {
    /// What the bars count: % or number of stories, or of mentions.
    /// `value` is what the bars show; `multiple` marks a multiple choice.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    Bars { value: BarValue, multiple: bool },
    /// Only `kept` of `n` dots are drawn.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    DotSample { kept: usize, n: usize },
    /// The triangle is shaded by density; the darkest cell holds `max`.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    Density { max: usize },
    /// What replaced zero parts in the geometric mean.
    ZeroReplacement(f64),
    /// The confidence region's level (0.95).
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    Confidence { level: f64 },
    /// Group means are drawn for groups of at least `min_n` stories.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    GroupMeans { min_n: usize },
    /// How a words chart counts (by stem or as written; words or two-word
    /// phrases). `stemmed`: terms are counted by their stem; `phrases`:
    /// two-word phrases instead of single words.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    Words { stemmed: bool, phrases: bool },
    /// How to read a keyness chart, over `tested` terms.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    Keyness { tested: usize },
    /// What a co-occurrence cell counts and what its lift means.
    CoOccurrence,
    /// How many of the co-occurrence's `pairs` have a lift resting on too
    /// few stories (`sparse`), and how they are drawn.
    #[allow(missing_docs, reason = "one-line variant; the doc names its fields")]
    CoOccurrenceSparse { sparse: usize, pairs: usize },
}

impl Note {
    /// The note on a sample of dots, when not every dot is drawn.
    pub fn dot_sample(kept: usize, n: usize) -> Option<Self> {
        (kept < n).then_some(Self::DotSample { kept, n })
    }

    /// The note under the bars of `data`: what they count.
    pub fn bars(data: &BarsData) -> Self {
        Self::Bars {
            value: data.value,
            multiple: data.multiple,
        }
    }

    /// The notes under a triangle, in order: how dots or shading are to
    /// be read, the zero replacement, the confidence region.
    pub fn triad(data: &TriadData, density_max: Option<usize>) -> Vec<Self> {
        let mut notes = Vec::new();
        match density_max {
            Some(max) => notes.push(Self::Density { max }),
            None => notes.extend(Self::dot_sample(data.points.len(), data.n)),
        }
        notes.push(Self::ZeroReplacement(data.zero_replacement));
        if data.confidence_region.is_some() {
            notes.push(Self::Confidence {
                level: data.confidence_level,
            });
        }
        notes
    }

    /// The note in `language`.
    pub fn text(&self, language: Language) -> String {
        let tr = language.strings();
        let count = |n| i18n::format_count(language, n);
        match *self {
            Self::Bars { value, multiple } => match (value, multiple) {
                (BarValue::Percent, true) => tr.multi_note,
                (BarValue::Percent | BarValue::Mentions, false) => tr.bars_note,
                (BarValue::Mentions, true) => tr.multi_mentions_note,
                (BarValue::Counts, true) => tr.multi_count_note,
                (BarValue::Counts, false) => tr.bars_count_note,
            }
            .to_owned(),
            Self::DotSample { kept, n } => {
                i18n::fill(tr.dot_sample_note, &[("k", &count(kept)), ("n", &count(n))])
            }
            Self::Density { max } => i18n::fill(tr.density_note, &[("n", &count(max))]),
            Self::ZeroReplacement(zero) => i18n::fill(
                tr.zero_note,
                &[("z", &i18n::format_decimal(language, zero, 3))],
            ),
            Self::Confidence { level } => i18n::fill(
                tr.confidence_note,
                &[("level", &i18n::format_decimal(language, level * 100.0, 0))],
            ),
            Self::GroupMeans { min_n } => {
                i18n::fill(tr.export_group_means, &[("n", &count(min_n))])
            }
            Self::Words { phrases: true, .. } => tr.phrases_note.to_owned(),
            Self::Words { stemmed: true, .. } => tr.words_note.to_owned(),
            Self::Words { stemmed: false, .. } => tr.words_note_unstemmed.to_owned(),
            Self::Keyness { tested } => i18n::fill(tr.keyness_note, &[("m", &count(tested))]),
            Self::CoOccurrence => tr.co_occurrence_note.to_owned(),
            Self::CoOccurrenceSparse { sparse, pairs } => i18n::fill(
                tr.co_occurrence_sparse_note,
                &[
                    ("sparse", &count(sparse)),
                    ("pairs", &count(pairs)),
                    ("min", &count(super::cooccur::MIN_EXPECTED as usize)),
                ],
            ),
        }
    }
}

/// Whether the selection differs from the rest, then the cross-tab cells
/// whose residual tells a different story ("ik zelf × leraren: +6,2 →
/// +16,2").
pub fn comparison_sentences(comparison: &Comparison, language: Language) -> Vec<String> {
    let tr = language.strings();
    let significant = |p: f64| p < 0.05;
    let mut out = Vec::new();
    match &comparison.test {
        Some(ComparisonTest::Chi2 { chi2, df, p }) => {
            let template = if significant(*p) {
                tr.differs_chi2
            } else {
                tr.same_chi2
            };
            let chi2 = i18n::format_decimal(language, *chi2, 2);
            let p = i18n::format_p(language, *p);
            out.push(i18n::fill(
                template,
                &[("chi2", &chi2), ("df", df), ("p", &p)],
            ));
        }
        Some(ComparisonTest::MannWhitney { u, p, .. }) => {
            let template = if significant(*p) {
                tr.differs_mwu
            } else {
                tr.same_mwu
            };
            let u = i18n::format_decimal(language, *u, 1);
            let p = i18n::format_p(language, *p);
            out.push(i18n::fill(template, &[("u", &u), ("p", &p)]));
        }
        None => {}
    }
    if !comparison.changed_cells.is_empty() {
        let cells: Vec<String> = comparison
            .changed_cells
            .iter()
            .take(CHANGED_CELLS_NAMED)
            .map(|c| {
                format!(
                    "{} × {}: {} → {}",
                    c.row,
                    c.column,
                    signed(language, c.whole),
                    signed(language, c.selection)
                )
            })
            .collect();
        out.push(format!("{}: {}.", tr.changed_cells, cells.join("; ")));
    }
    out
}

/// "+6,2" or "−4,3" (a real minus sign).
pub fn signed(language: Language, z: f64) -> String {
    let text = i18n::format_decimal(language, z.abs(), 1);
    if z < 0.0 {
        format!("−{text}")
    } else {
        format!("+{text}")
    }
}

/// The notes under a chart whose options are lumped (display lumping), one
/// per lumped question: "Gevoel: samengevoegd 'boos', 'gefrustreerd' →
/// 'negatief'; verborgen (niet geteld): 'weet niet'".
pub fn lumping_notes(data: &ChartData, language: Language) -> Vec<String> {
    data.lumping
        .iter()
        .map(|note| lumping_note(note, language))
        .collect()
}

/// One question's lumping note in `language`.
pub fn lumping_note(note: &super::LumpingNote, language: Language) -> String {
    let tr = language.strings();
    let quoted = |labels: &[String]| {
        labels
            .iter()
            .map(|l| format!("'{l}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    for (from, to) in &note.merged {
        let to = format!("'{to}'");
        parts.push(i18n::fill(
            tr.lumping_note_merged,
            &[("from", &quoted(from)), ("to", &to)],
        ));
    }
    for (from, to) in &note.renamed {
        let (from, to) = (format!("'{from}'"), format!("'{to}'"));
        parts.push(i18n::fill(
            tr.lumping_note_renamed,
            &[("from", &from), ("to", &to)],
        ));
    }
    if !note.hidden.is_empty() {
        let hidden = quoted(&note.hidden);
        parts.push(i18n::fill(tr.lumping_note_hidden, &[("options", &hidden)]));
    }
    let mut text = format!("{}: {}", note.question, parts.join("; "));
    if note.multiple && !note.merged.is_empty() {
        text.push_str(". ");
        text.push_str(tr.lumping_note_multiple);
    }
    text
}

#[cfg(test)]
mod tests;
