//! [`ChartData`]: the computed numbers of a chart, one [`PanelData`] per
//! population, serialised as the CLI's `--json`. What a panel holds is in
//! `single` (one question: triad, histogram, bars, text), `pair` (two
//! questions: cross-tab, groups, scatter, triad groups) and `comparison`
//! (how a selection differs).

mod comparison;
mod pair;
mod single;

pub use comparison::{ChangedCell, Comparison, ComparisonTest};
pub use pair::{
    CrossTabData, GroupsData, OptionTest, PairwiseTest, ScatterData, SliderGroup, TriadGroup,
    TriadGroupsData,
};
pub use single::{BarsData, ColourBy, HistogramData, RankCounts, TextData, TriadData, ZoneCount};

use serde::{Deserialize, Serialize};

use crate::model::QuestionKind;

/// A computed chart: the question, its labels, and one panel per population.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartData {
    /// The question's id (its column in the dataset).
    pub question: String,
    /// The question's title as the codebook gives it.
    pub title: String,
    /// The question's kind with its labels (options, poles, corners).
    #[serde(flatten)]
    pub kind: QuestionKind,
    /// The second question of a two-question chart, with its labels.
    pub by: Option<ByQuestion>,
    /// Panels with fewer answering stories than this are `too_few`
    /// (`ChartOptions::min_n`).
    pub min_n: usize,
    /// All stories of the baseline.
    pub whole: PanelData,
    /// The selection, when comparing.
    pub selection: Option<PanelData>,
    /// How the selection differs from the rest of the baseline.
    pub comparison: Option<Comparison>,
    /// When `ChartOptions::option_order` hides options: how many of the
    /// choice question's options the chart shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options_shown: Option<OptionsShown>,
    /// Display lumping: what the chart merged, renamed or hid, per choice
    /// question (the note under the chart).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lumping: Vec<super::LumpingNote>,
}

/// Options shown of all the options of a chart's choice question.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionsShown {
    /// How many options the chart shows.
    pub shown: usize,
    /// How many options the question has.
    pub total: usize,
}

impl OptionsShown {
    /// "Shown: 3 of the 5 options of Rol; the numbers count every answer."
    pub fn note(&self, language: crate::i18n::Language, question: &str) -> String {
        crate::i18n::fill(
            language.strings().options_shown_note,
            &[
                ("k", &self.shown.to_string()),
                ("n", &self.total.to_string()),
                ("question", &question),
            ],
        )
    }
}

impl ChartData {
    /// The note saying that options are hidden, when they are.
    pub fn options_shown_note(&self, language: crate::i18n::Language) -> Option<String> {
        let question = self.by.as_ref().map_or(&self.title, |by| &by.title);
        Some(self.options_shown?.note(language, question))
    }

    /// The panels in display order: whole, then selection.
    pub fn panels(&self) -> impl Iterator<Item = &PanelData> {
        std::iter::once(&self.whole).chain(self.selection.as_ref())
    }
}

/// The second question of a two-question chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ByQuestion {
    /// The `by` question's id.
    pub question: String,
    /// The `by` question's title.
    pub title: String,
    /// The `by` question's kind with its labels.
    #[serde(flatten)]
    pub kind: QuestionKind,
}

/// One population's numbers for one chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PanelData {
    /// `whole` or `selection`.
    pub population: String,
    /// Stories in the population.
    pub stories: usize,
    /// Stories that answered the question (both questions, for a
    /// two-question chart).
    pub n: usize,
    /// Stories in the population that gave no answer (to either question,
    /// for a two-question chart) and did not tick "not applicable".
    pub n_missing: usize,
    /// Stories in the population that ticked "not applicable" (N/A),
    /// counted apart from the missing ones.
    pub n_not_applicable: usize,
    /// `n < min_n`: the panel is replaced by "too few stories (n = …)".
    pub too_few: bool,
    /// The chart-specific numbers.
    #[serde(flatten)]
    pub chart: PanelKind,
}

/// The chart-specific numbers of a panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "chart", rename_all = "snake_case")]
pub enum PanelKind {
    /// A triad on its own.
    Triad(TriadData),
    /// A slider on its own.
    Histogram(HistogramData),
    /// A single or multiple choice on its own.
    Bars(BarsData),
    /// A text, number or date question: only the counts of [`PanelData`].
    Text(TextData),
    /// Choice × choice.
    CrossTab(CrossTabData),
    /// Slider × choice: one box per option.
    Groups(GroupsData),
    /// Slider × slider.
    Scatter(ScatterData),
    /// Triad × choice: one cloud and geometric mean per option.
    TriadGroups(TriadGroupsData),
    /// The chart of the question once per option of the `by` question.
    Multiples(MultiplesData),
    /// A text question: the terms most stories use.
    Words(crate::charts::words::WordsData),
    /// A stones question: where the stories placed each stone.
    Stones(super::stones::StonesData),
    /// A multiple-choice question by itself: stories choosing both of
    /// each pair of options, with lift.
    CoOccurrence(super::cooccur::CoOccurrenceData),
}

/// Small multiples: the question's own chart for the stories of each
/// option of the `by` question, in option order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MultiplesData {
    /// One panel per option of the `by` question, in option order.
    pub panels: Vec<SubPanel>,
}

/// One option's panel of [`MultiplesData`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubPanel {
    /// The option of the `by` question.
    pub label: String,
    /// Stories that chose the option and answered the question.
    pub n: usize,
    /// `n < min_n`: drawn as "too few stories (n = …)".
    pub too_few: bool,
    /// The option's own chart.
    #[serde(flatten)]
    pub chart: PanelKind,
}
