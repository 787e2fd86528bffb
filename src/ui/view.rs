//! [`View`]: what the centre of the window shows — a chart spec and the
//! comparison it is drawn for — and the populations that comparison means.

use crate::charts::{ChartSpec, Populations};
use crate::i18n::Language;
use crate::model::{Dataset, Filter, QuestionId, Selection, SelectionId};

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
    pub name: String,
    pub filter: Filter,
    /// The named selection it came from, when it still follows it.
    pub from: Option<SelectionId>,
}

/// The chart in the centre and how it is compared.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub question: Option<QuestionId>,
    pub by: Option<QuestionId>,
    pub selection: Option<Compared>,
    /// The baseline filter (a finding may compare with e.g. parents only).
    pub baseline_filter: Option<(String, Filter)>,
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
}

impl ChartSettings {
    /// The settings a saved chart's options mean, given the project's
    /// minimum n.
    pub fn of_options(options: &crate::charts::ChartOptions, project_min_n: usize) -> Self {
        Self {
            show_zones: options.show_zones,
            min_n: (options.min_n != project_min_n).then_some(options.min_n),
            small_multiples: options.small_multiples,
            colour_by: options.colour_by.clone(),
            option_order: options.option_order.clone(),
            bar_value: options.bar_value,
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
        spec.options.small_multiples = self.chart.small_multiples && self.by.is_some();
        spec.options.colour_by = self.chart.colour_by.clone();
        spec.options.option_order = self.chart.option_order.clone();
        spec.options.bar_value = self.chart.bar_value;
        Some(spec)
    }

    /// The populations the view's comparison means.
    pub fn populations(&self, dataset: &Dataset) -> Result<Populations, String> {
        let base = match &self.baseline_filter {
            Some((_, filter)) => filter.evaluate(dataset).map_err(|e| e.to_string())?,
            None => dataset.all(),
        };
        let Some(compared) = &self.selection else {
            return Ok(Populations {
                whole: base,
                selection: None,
            });
        };
        let selection: Selection = compared
            .filter
            .evaluate(dataset)
            .map_err(|e| e.to_string())?;
        let whole = match self.baseline {
            Baseline::Whole => base,
            Baseline::Rest => base.and_not(&selection),
        };
        Ok(Populations {
            whole,
            selection: Some(selection),
        })
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
