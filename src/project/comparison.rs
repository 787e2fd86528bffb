//! [`Comparison`]: one chart spec evaluated on a baseline and a selection,
//! as one plain value that every view resolves the same way.
//!
//! A finding stores its comparison ([`Finding::comparison`]), the screen
//! derives one from what is in view, and the grid, the welcome pictures,
//! the report, the snapshot and the CLI's `chart` and `findings` build one.
//! All of them call [`Comparison::populations`] and [`Comparison::compute`],
//! so the same finding gives the same n's, statistics and "too few stories"
//! everywhere.
//!
//! The semantics, decided once:
//! - the baseline is evaluated as written ("all stories" by default);
//! - the selection is evaluated as written, *not* intersected with the
//!   baseline: a selection of parents compared with a baseline of schools
//!   stays the parents;
//! - [`Against::Rest`] replaces the baseline panel by the baseline's
//!   stories outside the selection;
//! - the chart's options, the minimum n and the zero replacement included,
//!   are the spec's own: never replaced by the project's or an app setting.
//!
//! [`Finding::comparison`]: super::Finding::comparison

use serde::{Deserialize, Serialize};

use crate::charts::{self, ChartData, ChartError, ChartSpec, Populations};
use crate::i18n::Language;
use crate::model::{Dataset, Filter, FilterError};
use crate::words::WordOptions;

use super::FrozenSelection;

/// What the selection is compared against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Against {
    /// The baseline as it is (usually every story).
    #[default]
    Baseline,
    /// The baseline's stories outside the selection.
    Rest,
}

impl Against {
    pub(super) fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// A chart spec, the populations it is drawn for, and how they compare.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// What to draw, with every option (minimum n included) that applies.
    pub spec: ChartSpec,
    /// What "all" means here: usually every story.
    pub baseline: FrozenSelection,
    /// The selection, when the chart compares one.
    pub selection: Option<FrozenSelection>,
    /// What the selection is compared against: the baseline, or its rest.
    pub against: Against,
}

/// Which filter of a comparison failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The baseline's filter.
    Baseline,
    /// The compared selection's filter.
    Selection,
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Baseline => "baseline",
            Self::Selection => "selection",
        })
    }
}

/// Why a comparison cannot be resolved or computed; one sentence.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{}", self.sentence(Language::English))]
pub enum ComparisonError {
    /// A filter of the comparison cannot be evaluated on the dataset.
    Filter {
        /// Which filter failed.
        side: Side,
        /// That population's name.
        name: String,
        /// Why it failed.
        error: FilterError,
    },
    /// The chart cannot be computed for these populations.
    Chart(#[from] ChartError),
}

impl ComparisonError {
    /// The one sentence for the user, in `language`.
    pub fn sentence(&self, language: Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Filter { side, name, error } => fill(
                e.comparison_filter,
                &[
                    ("side", &side.name(language)),
                    ("name", name),
                    ("error", &error.sentence(language)),
                ],
            ),
            Self::Chart(error) => fill(e.comparison_chart, &[("error", &error.sentence(language))]),
        }
    }
}

impl Side {
    /// "baseline" or "selection", in `language`.
    pub fn name(self, language: Language) -> &'static str {
        let e = language.errors();
        match self {
            Self::Baseline => e.side_baseline,
            Self::Selection => e.side_selection,
        }
    }
}

impl Comparison {
    /// The chart of `spec` for every story, with no selection.
    pub fn of_all(spec: ChartSpec, language: Language) -> Self {
        Self {
            spec,
            baseline: FrozenSelection::all(language),
            selection: None,
            against: Against::Baseline,
        }
    }

    /// Heading of the baseline panel when it is not "all stories": the rest,
    /// or the baseline's name. `None` for every story.
    pub fn baseline_name(&self, language: Language) -> Option<String> {
        match self.against {
            Against::Rest if self.selection.is_some() => Some(language.strings().rest.to_owned()),
            _ if self.baseline.filter == Filter::All => None,
            _ => Some(self.baseline.name.clone()),
        }
    }

    /// The baseline panel's and the selection's stories, word clauses
    /// with the default word options (no project: the command line on a
    /// data file).
    pub fn populations(&self, dataset: &Dataset) -> Result<Populations, ComparisonError> {
        self.populations_with(dataset, &WordOptions::default())
    }

    /// The baseline panel's and the selection's stories, word clauses
    /// counting words as `words` says (the project's
    /// [`ProjectSettings::word_options`](crate::project::ProjectSettings::word_options)).
    pub fn populations_with(
        &self,
        dataset: &Dataset,
        words: &WordOptions,
    ) -> Result<Populations, ComparisonError> {
        populations_of(
            &self.baseline,
            self.selection.as_ref(),
            self.against,
            dataset,
            words,
        )
    }

    /// The chart's numbers for its populations (word clauses with the
    /// default word options, as [`Comparison::populations`]).
    pub fn compute(&self, dataset: &Dataset) -> Result<ChartData, ComparisonError> {
        self.compute_with(dataset, &WordOptions::default())
    }

    /// The chart's numbers for its populations, word clauses counting
    /// words as `words` says (as [`Comparison::populations_with`]).
    pub fn compute_with(
        &self,
        dataset: &Dataset,
        words: &WordOptions,
    ) -> Result<ChartData, ComparisonError> {
        let populations = self.populations_with(dataset, words)?;
        self.compute_for(dataset, &populations)
    }

    /// The chart's numbers for populations already resolved by
    /// [`Comparison::populations`] (the screen keeps them for brushing).
    pub fn compute_for(
        &self,
        dataset: &Dataset,
        populations: &Populations,
    ) -> Result<ChartData, ComparisonError> {
        Ok(charts::compute(&self.spec, dataset, populations)?)
    }
}

/// The populations of a baseline, an optional selection and what it is
/// compared against, with the semantics of the module doc. Exposed for the
/// screen, which resolves them before a question is chosen. Word clauses
/// count words as `words` says.
pub fn populations_of(
    baseline: &FrozenSelection,
    selection: Option<&FrozenSelection>,
    against: Against,
    dataset: &Dataset,
    words: &WordOptions,
) -> Result<Populations, ComparisonError> {
    let evaluate = |side, frozen: &FrozenSelection| {
        frozen
            .filter
            .evaluate_with(dataset, words)
            .map_err(|error| ComparisonError::Filter {
                side,
                name: frozen.name.clone(),
                error,
            })
    };
    let base = evaluate(Side::Baseline, baseline)?;
    let Some(selection) = selection else {
        return Ok(Populations {
            whole: base,
            selection: None,
        });
    };
    let selection = evaluate(Side::Selection, selection)?;
    let whole = match against {
        Against::Baseline => base,
        Against::Rest => base.and_not(&selection),
    };
    Ok(Populations {
        whole,
        selection: Some(selection),
    })
}

/// What makes `selection` different from the rest of `baseline` (the
/// baseline's stories outside it, as [`Against::Rest`]): every question
/// tested by [`patterns::differences`](crate::patterns::differences), the
/// questions the selection is defined by marked. The one pass behind the
/// app's panel, `storylens differences` and a finding's report section, so
/// the three list the same rows. The story text is tested only once its
/// words are indexed (see [`crate::words::text_index`]); the selections'
/// word clauses count words as `words` (the project's).
pub fn selection_differences(
    dataset: &Dataset,
    baseline: &FrozenSelection,
    selection: &FrozenSelection,
    options: &crate::patterns::DifferencesOptions,
    words: &WordOptions,
) -> Result<crate::patterns::Differences, ComparisonError> {
    let populations = populations_of(baseline, Some(selection), Against::Rest, dataset, words)?;
    let chosen = populations.selection.unwrap_or_else(|| dataset.all());
    let defining = selection.filter.questions();
    Ok(crate::patterns::differences(
        dataset,
        &chosen,
        &populations.whole,
        &defining,
        options,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuestionId;

    fn frozen(name: &str, filter: Filter) -> FrozenSelection {
        FrozenSelection {
            name: name.to_owned(),
            filter,
            from: None,
        }
    }

    /// More than the demo's stories, so every panel has too few.
    const MIN_N: usize = 5000;

    fn comparison(baseline: Filter, selection: Filter, against: Against) -> Comparison {
        let mut spec = ChartSpec::new(QuestionId::new(crate::demo::ids::GEVOLGEN));
        spec.options.min_n = MIN_N;
        Comparison {
            spec,
            baseline: frozen("basis", baseline),
            selection: Some(frozen("selectie", selection)),
            against,
        }
    }

    #[test]
    fn the_selection_is_not_intersected_and_the_rest_stays_in_the_baseline() {
        let dataset = crate::demo::demo_dataset();
        let high = Filter::slider_at_least(crate::demo::ids::VOORBEELD, 70.0);
        let low = Filter::slider_range(crate::demo::ids::VOORBEELD, 0.0, 50.0);
        let count = |f: &Filter| f.evaluate(&dataset).unwrap().count();
        let (n_high, n_low) = (count(&high), count(&low));
        assert!(n_high > 0 && n_low > 0);

        let as_written = comparison(low.clone(), high.clone(), Against::Baseline);
        let populations = as_written.populations(&dataset).unwrap();
        assert_eq!(populations.whole.count(), n_low);
        assert_eq!(populations.selection.unwrap().count(), n_high);

        let rest = comparison(Filter::All, high.clone(), Against::Rest);
        let populations = rest.populations(&dataset).unwrap();
        assert_eq!(populations.whole.count(), dataset.len() - n_high);

        // The rest of a baseline that holds none of the selection is the
        // whole baseline.
        let rest_of_low = comparison(low, high, Against::Rest);
        let populations = rest_of_low.populations(&dataset).unwrap();
        assert_eq!(populations.whole.count(), n_low);
    }

    #[test]
    fn the_minimum_n_is_the_specs_own() {
        let dataset = crate::demo::demo_dataset();
        let c = comparison(Filter::All, Filter::All, Against::Baseline);
        let data = c.compute(&dataset).unwrap();
        assert_eq!(data.min_n, MIN_N);
        assert!(data.whole.too_few, "n = {}", data.whole.n);
        assert!(data.selection.is_some_and(|s| s.too_few));
    }

    #[test]
    fn a_failing_filter_names_its_side() {
        let dataset = crate::demo::demo_dataset();
        let unknown = Filter::slider_at_least("no-such-question", 10.0);
        let c = comparison(Filter::All, unknown.clone(), Against::Baseline);
        match c.populations(&dataset) {
            Err(ComparisonError::Filter { side, name, .. }) => {
                assert_eq!((side, name.as_str()), (Side::Selection, "selectie"));
            }
            other => panic!("expected a selection error, got {other:?}"),
        }
        let c = comparison(unknown, Filter::All, Against::Baseline);
        let error = c.populations(&dataset).unwrap_err();
        assert!(
            error.to_string().starts_with("The baseline \"basis\""),
            "{error}"
        );
    }
}
