//! [`View`]: what the centre of the window shows — a chart spec and the
//! comparison it is drawn for. The view is edited piece by piece (question,
//! split, selection, options); [`View::comparison`] derives the one
//! [`Comparison`] value that the screen computes, the same way a finding,
//! the grid, the report, the snapshot and the CLI compute theirs.

use crate::charts::{ChartOptions, ChartSpec, Populations};
use crate::i18n::Language;
use crate::model::{Dataset, Filter, QuestionId, SelectionId};
use crate::project::{Against, Comparison, FrozenSelection, populations_of};

/// What the selection is compared with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Baseline {
    /// All stories (or the baseline filter of a finding).
    #[default]
    Whole,
    /// The stories outside the selection.
    Rest,
}

/// The selection side of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    /// The name shown on the selection's panel.
    pub name: String,
    /// Which stories the selection holds.
    pub filter: Filter,
    /// The named selection it came from, when it still follows it.
    pub from: Option<SelectionId>,
}

/// The chart in the centre and how it is compared.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// The question charted; `None` before one is picked.
    pub question: Option<QuestionId>,
    /// The question the chart is split by.
    pub by: Option<QuestionId>,
    /// The selection compared with the baseline; `None` shows one panel.
    pub selection: Option<Compared>,
    /// The baseline filter (a finding may compare with e.g. parents only).
    pub baseline_filter: Option<(String, Filter)>,
    /// Whether the baseline is all stories or the rest.
    pub baseline: Baseline,
    /// Per-chart options the user set in the chart's options row.
    pub chart: ChartSettings,
}

/// Options of the chart in view that the user sets per chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartSettings {
    /// Triads: show the seven zones with counts.
    pub show_zones: bool,
    /// Overrides the project's minimum n for this chart.
    pub min_n: Option<usize>,
    /// Split by a choice question as one small panel per option.
    pub small_multiples: bool,
    /// Triads and scatters: colour the dots by this choice question.
    pub colour_by: Option<QuestionId>,
    /// Which options to show, in order (see `ChartOptions::option_order`).
    pub option_order: Option<Vec<usize>>,
    /// Bars: percent or counts.
    pub bar_value: crate::charts::BarValue,
    /// A saved chart's zero replacement and bins, kept so that it is drawn
    /// as saved; `None` for the defaults.
    pub saved: Option<SavedOptions>,
    /// Cross-tabs: outline cells by Holm-corrected p (see
    /// `ChartOptions::outline_holm`).
    pub outline_holm: bool,
    /// Display lumping (see `ChartOptions::lumping`).
    pub lumping: Vec<crate::charts::OptionLumping>,
    /// Text questions: count two-word phrases instead of single words.
    pub phrases: bool,
}

/// Options of a saved chart that the options row does not set.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedOptions {
    /// Replacement for zero triad parts on 0–100, for the geometric mean.
    pub zero_replacement: f64,
    /// Number of histogram bins on 0–100.
    pub bins: usize,
}

impl ChartSettings {
    /// The settings a saved chart's options mean: all of them as saved,
    /// the minimum n included (never replaced by the app's setting).
    pub fn of_options(options: &ChartOptions) -> Self {
        let defaults = ChartOptions::default();
        let saved = SavedOptions {
            zero_replacement: options.zero_replacement,
            bins: options.bins,
        };
        let is_default =
            saved.zero_replacement == defaults.zero_replacement && saved.bins == defaults.bins;
        Self {
            show_zones: options.show_zones,
            min_n: Some(options.min_n),
            small_multiples: options.small_multiples,
            colour_by: options.colour_by.clone(),
            option_order: options.option_order.clone(),
            bar_value: options.bar_value,
            saved: (!is_default).then_some(saved),
            outline_holm: options.outline_holm,
            lumping: options.lumping.clone(),
            phrases: options.words.phrases,
        }
    }
}

impl View {
    /// The chart spec of this view, with the project's minimum n.
    pub fn spec(&self, min_n: usize) -> Option<ChartSpec> {
        let mut spec = ChartSpec::new(self.question.clone()?);
        spec.by = self.by.clone();
        spec.options.min_n = self.chart.min_n.unwrap_or(min_n);
        spec.options.show_zones = self.chart.show_zones;
        // A question by itself (co-occurrence) has no panels per option.
        spec.options.small_multiples =
            self.chart.small_multiples && self.by.is_some() && self.by != self.question;
        spec.options.colour_by = self.chart.colour_by.clone();
        spec.options.option_order = self.chart.option_order.clone();
        spec.options.bar_value = self.chart.bar_value;
        spec.options.outline_holm = self.chart.outline_holm;
        spec.options.lumping = self.chart.lumping.clone();
        spec.options.words.phrases = self.chart.phrases;
        if let Some(saved) = &self.chart.saved {
            spec.options.zero_replacement = saved.zero_replacement;
            spec.options.bins = saved.bins;
        }
        Some(spec)
    }

    /// The view showing `comparison` (a finding's): its question, split,
    /// options, baseline and selection, detached from named selections.
    pub fn of_comparison(comparison: &Comparison) -> Self {
        let spec = &comparison.spec;
        Self {
            question: Some(spec.question.clone()),
            by: spec.by.clone(),
            selection: comparison.selection.as_ref().map(|frozen| Compared {
                name: frozen.name.clone(),
                filter: frozen.filter.clone(),
                from: None,
            }),
            baseline_filter: (comparison.baseline.filter != Filter::All).then(|| {
                (
                    comparison.baseline.name.clone(),
                    comparison.baseline.filter.clone(),
                )
            }),
            baseline: match comparison.against {
                Against::Baseline => Baseline::Whole,
                Against::Rest => Baseline::Rest,
            },
            chart: ChartSettings::of_options(&spec.options),
        }
    }

    /// The comparison on screen, with the app's minimum n where the chart
    /// sets none; `None` until a question is chosen.
    pub fn comparison(&self, min_n: usize, language: Language) -> Option<Comparison> {
        Some(Comparison {
            spec: self.spec(min_n)?,
            baseline: self.frozen_baseline(language),
            selection: self.frozen_selection(),
            against: self.against(),
        })
    }

    /// The baseline as a finding stores it (the whole set, named in
    /// `language`, when no filter is set).
    pub fn frozen_baseline(&self, language: Language) -> FrozenSelection {
        match &self.baseline_filter {
            Some((name, filter)) => FrozenSelection {
                name: name.clone(),
                filter: filter.clone(),
                from: None,
            },
            None => FrozenSelection::all(language),
        }
    }

    /// The compared selection as a finding stores it.
    pub fn frozen_selection(&self) -> Option<FrozenSelection> {
        self.selection.as_ref().map(|compared| FrozenSelection {
            name: compared.name.clone(),
            filter: compared.filter.clone(),
            from: compared.from,
        })
    }

    fn against(&self) -> Against {
        match self.baseline {
            Baseline::Whole => Against::Baseline,
            Baseline::Rest => Against::Rest,
        }
    }

    /// The populations the view's comparison means (resolved as
    /// `Comparison::populations` does, also before a question is chosen).
    /// Word clauses count words as `words` says (the project's). An error
    /// is one sentence in `language`.
    pub fn populations(
        &self,
        dataset: &Dataset,
        language: Language,
        words: &crate::words::WordOptions,
    ) -> Result<Populations, String> {
        let baseline = self.frozen_baseline(language);
        let selection = self.frozen_selection();
        populations_of(
            &baseline,
            selection.as_ref(),
            self.against(),
            dataset,
            words,
        )
        .map_err(|e| e.sentence(language))
    }

    /// Heading of the baseline panel.
    pub fn baseline_name(&self, language: Language) -> String {
        let tr = language.strings();
        match (&self.baseline_filter, self.baseline) {
            (_, Baseline::Rest) => tr.rest.to_owned(),
            (Some((name, _)), Baseline::Whole) => name.clone(),
            (None, Baseline::Whole) => tr.whole_set.to_owned(),
        }
    }
}
