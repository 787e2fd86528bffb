//! [`compute`]: `ChartSpec` + dataset + populations → `ChartData`.
//!
//! Each panel is one pass over the question's column restricted to the
//! population's bitset. Bins, labels and scales come from the question, not
//! from the population, so the whole set and a selection always share them.

use crate::model::{Column, Dataset, Presence, Question, QuestionKind, Selection};
use crate::stats::{compositional, descriptive};

use super::{
    BarsData, ByQuestion, ChartData, ChartSpec, HistogramData, PanelData, PanelKind, TextData,
    TriadData,
};
use super::{comparison, pair};

/// The populations a chart compares.
#[derive(Clone, Debug)]
pub struct Populations {
    pub whole: Selection,
    pub selection: Option<Selection>,
}

impl Populations {
    /// Every story, no selection.
    pub fn all(dataset: &Dataset) -> Self {
        Self {
            whole: dataset.all(),
            selection: None,
        }
    }
}

/// Why a chart cannot be computed.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ChartError {
    #[error("there is no question \"{0}\" in this survey")]
    UnknownQuestion(String),
    #[error("\"{0}\" has no such part to show stories of")]
    NotAMark(String),
    #[error(
        "there is no chart of \"{question}\" by \"{by}\"; pick a choice or slider question to split by"
    )]
    UnsupportedPair { question: String, by: String },
    #[error("question \"{title}\" holds {found} data, not what its kind ({kind}) needs")]
    ColumnMismatch {
        title: String,
        kind: &'static str,
        found: &'static str,
    },
}

/// Computes the chart of `spec` for the whole set and the selection.
pub fn compute(
    spec: &ChartSpec,
    dataset: &Dataset,
    populations: &Populations,
) -> Result<ChartData, ChartError> {
    let find = |id: &crate::model::QuestionId| {
        dataset
            .question(id)
            .ok_or_else(|| ChartError::UnknownQuestion(id.to_string()))
    };
    let (question, column) = find(&spec.question)?;
    let by = spec.by.as_ref().map(find).transpose()?;
    let panel = |name: &str, population: &Selection| match by {
        Some(by) => compute_pair_panel(spec, (question, column), by, name, population),
        None => compute_panel(spec, question, column, name, population),
    };
    let whole = panel("whole", &populations.whole)?;
    let selection = populations
        .selection
        .as_ref()
        .map(|s| panel("selection", s))
        .transpose()?;
    let comparison = match (&populations.selection, &selection) {
        (Some(chosen), Some(selection_panel)) => {
            let rest = panel("rest", &populations.whole.and_not(chosen))?;
            Some(comparison::compare(&whole, selection_panel, &rest))
        }
        _ => None,
    };
    Ok(ChartData {
        question: question.id.to_string(),
        title: question.title.clone(),
        kind: question.kind.clone(),
        by: by.map(|(q, _)| ByQuestion {
            question: q.id.to_string(),
            title: q.title.clone(),
            kind: q.kind.clone(),
        }),
        min_n: spec.options.min_n,
        whole,
        selection,
        comparison,
    })
}

/// Sorts the population's rows into answered, missing and not applicable
/// for all of `columns` (a row is answered when it answered every one).
fn presence_of(columns: &[&Column], population: &Selection) -> (Vec<usize>, usize, usize) {
    let mut n_missing = 0;
    let mut n_not_applicable = 0;
    let mut answered = Vec::with_capacity(population.count());
    for row in population.iter() {
        let mut presence = Presence::Answered;
        for column in columns {
            match column.presence(row) {
                Presence::Answered => {}
                Presence::NotApplicable => presence = Presence::NotApplicable,
                Presence::Missing if presence == Presence::Answered => {
                    presence = Presence::Missing;
                }
                Presence::Missing => {}
            }
        }
        match presence {
            Presence::Answered => answered.push(row),
            Presence::Missing => n_missing += 1,
            Presence::NotApplicable => n_not_applicable += 1,
        }
    }
    (answered, n_missing, n_not_applicable)
}

fn compute_pair_panel(
    spec: &ChartSpec,
    question: (&Question, &Column),
    by: (&Question, &Column),
    population_name: &str,
    population: &Selection,
) -> Result<PanelData, ChartError> {
    let (answered, n_missing, n_not_applicable) = presence_of(&[question.1, by.1], population);
    let chart = pair::pair_panel(spec, question, by, &answered)?;
    Ok(PanelData {
        population: population_name.to_owned(),
        stories: population.count(),
        n: answered.len(),
        n_missing,
        n_not_applicable,
        too_few: answered.len() < spec.options.min_n,
        chart,
    })
}

fn compute_panel(
    spec: &ChartSpec,
    question: &Question,
    column: &Column,
    population_name: &str,
    population: &Selection,
) -> Result<PanelData, ChartError> {
    let (answered, n_missing, n_not_applicable) = presence_of(&[column], population);
    let chart = match (&question.kind, column) {
        (QuestionKind::Triad { .. }, Column::Triad(triad)) => {
            let points: Vec<[f64; 3]> = answered.iter().filter_map(|&r| triad.get(r)).collect();
            PanelKind::Triad(TriadData {
                geometric_mean: compositional::closed_geometric_mean(
                    &points,
                    spec.options.zero_replacement,
                ),
                arithmetic_mean: compositional::arithmetic_mean(&points),
                points,
                rows: answered.clone(),
                zero_replacement: spec.options.zero_replacement,
            })
        }
        (QuestionKind::Slider { .. }, Column::Number(numbers)) => {
            let values: Vec<f64> = answered
                .iter()
                .filter_map(|&r| numbers.get(r))
                .map(|v| v * 100.0)
                .collect();
            PanelKind::Histogram(histogram(&values, spec.options.bins))
        }
        (QuestionKind::SingleChoice { options, .. }, Column::Single(choice)) => {
            let mut counts = vec![0u64; options.len()];
            for &row in &answered {
                if let Some(slot) = choice.get(row).and_then(|code| counts.get_mut(code)) {
                    *slot += 1;
                }
            }
            PanelKind::Bars(bars(options, counts, answered.len(), false))
        }
        (QuestionKind::MultiChoice { options }, Column::Multi(multi)) => {
            let counts = (0..options.len())
                .map(|option| {
                    multi
                        .chosen
                        .get(option)
                        .map_or(0, |chosen| chosen.and(population).count() as u64)
                })
                .collect();
            PanelKind::Bars(bars(options, counts, answered.len(), true))
        }
        (
            QuestionKind::Text { .. }
            | QuestionKind::Id
            | QuestionKind::Number
            | QuestionKind::Date,
            _,
        )
        | (QuestionKind::Stones { .. }, _) => PanelKind::Text(TextData {}),
        (kind, column) => {
            return Err(ChartError::ColumnMismatch {
                title: question.title.clone(),
                kind: kind.code(),
                found: column_name(column),
            });
        }
    };
    Ok(PanelData {
        population: population_name.to_owned(),
        stories: population.count(),
        n: answered.len(),
        n_missing,
        n_not_applicable,
        too_few: answered.len() < spec.options.min_n,
        chart,
    })
}

fn histogram(values_0_100: &[f64], bins: usize) -> HistogramData {
    let rounded: Vec<f64> = values_0_100.iter().map(|&v| for_binning(v)).collect();
    let summary = descriptive::summarize(values_0_100);
    HistogramData {
        values: values_0_100.to_vec(),
        edges: descriptive::histogram_edges(0.0, 100.0, bins),
        counts: descriptive::histogram_counts(&rounded, 0.0, 100.0, bins),
        mean: summary.as_ref().map(|s| s.mean),
        median: summary.as_ref().map(|s| s.median),
        sd: summary.and_then(|s| s.sd),
    }
}

/// A slider value on 0–100 rounded to 1e-9 for binning, so that
/// 0.3 × 100 = 30.000000000000004 and 0.29 × 100 = 28.999999999999996 land
/// in the bins a reader expects.
pub(crate) fn for_binning(value_0_100: f64) -> f64 {
    (value_0_100 * 1e9).round() / 1e9
}

fn bars(options: &[String], counts: Vec<u64>, n: usize, multiple: bool) -> BarsData {
    let percents = counts
        .iter()
        .map(|&c| {
            if n == 0 {
                0.0
            } else {
                100.0 * c as f64 / n as f64
            }
        })
        .collect();
    BarsData {
        labels: options.to_vec(),
        counts,
        percents,
        multiple,
    }
}

fn column_name(column: &Column) -> &'static str {
    match column {
        Column::Text(_) => "text",
        Column::Number(_) => "number",
        Column::Single(_) => "single-choice",
        Column::Multi(_) => "multiple-choice",
        Column::Triad(_) => "triad",
        Column::Stones(_) => "stones",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        ChoiceColumn, Codebook, MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE, NumberColumn,
        QuestionId, StoryId, TriadColumn,
    };

    fn dataset() -> Dataset {
        let q = Question::new;
        let codebook = Codebook {
            questions: vec![
                q(
                    "rol",
                    "Rol",
                    QuestionKind::SingleChoice {
                        options: vec!["ouder".into(), "leraar".into(), "ib".into()],
                        ordinal: false,
                    },
                ),
                q(
                    "gevoel",
                    "Gevoel",
                    QuestionKind::MultiChoice {
                        options: vec!["hoop".into(), "zorgen".into()],
                    },
                ),
                q(
                    "goed",
                    "Goed",
                    QuestionKind::Slider {
                        left: "niet".into(),
                        right: "wel".into(),
                    },
                ),
                q(
                    "wie",
                    "Wie",
                    QuestionKind::Triad {
                        top: "kind".into(),
                        left: "school".into(),
                        right: "ouders".into(),
                    },
                ),
            ],
        };
        let mut slider = NumberColumn::from_values(vec![0.0, 0.3, 0.29, 1.0, 0.55]);
        slider.values[4] = f64::NAN;
        let mut triad = TriadColumn::default();
        for w in [
            [0.2, 0.3, 0.5],
            [0.0, 0.4, 0.6],
            [0.1, 0.1, 0.8],
            [1.0, 0.0, 0.0],
        ] {
            triad.push(Some(w));
        }
        triad.push_not_applicable();
        let columns = vec![
            Column::Single(ChoiceColumn {
                codes: vec![0, 0, 1, MISSING_CODE, NOT_APPLICABLE_CODE],
            }),
            Column::Multi(MultiColumn {
                chosen: vec![
                    Selection::from_rows(5, [0, 1, 2]),
                    Selection::from_rows(5, [0, 3]),
                ],
                answered: Selection::from_rows(5, [0, 1, 2, 3]),
                not_applicable: Selection::none(5),
            }),
            Column::Number(slider),
            Column::Triad(triad),
        ];
        let ids = (0..5).map(|i| StoryId(i.to_string())).collect();
        Dataset::new("t", ids, codebook, columns).unwrap()
    }

    fn chart(id: &str, selection: Option<Selection>) -> ChartData {
        let d = dataset();
        let populations = Populations {
            whole: d.all(),
            selection,
        };
        compute(&ChartSpec::new(QuestionId::new(id)), &d, &populations).unwrap()
    }

    #[test]
    fn single_choice_counts_answered_stories_and_keeps_missing_apart() {
        let data = chart("rol", Some(Selection::from_rows(5, [1, 2])));
        assert_eq!(
            (
                data.whole.n,
                data.whole.n_missing,
                data.whole.n_not_applicable
            ),
            (3, 1, 1)
        );
        let PanelKind::Bars(bars) = &data.whole.chart else {
            panic!()
        };
        assert_eq!(bars.counts, vec![2, 1, 0]);
        assert!((bars.percents[0] - 200.0 / 3.0).abs() < 1e-12);
        let selection = data.selection.unwrap();
        assert_eq!((selection.stories, selection.n), (2, 2));
        assert!(selection.too_few && data.whole.too_few);
    }

    #[test]
    fn multi_choice_percent_is_of_answering_stories() {
        let data = chart("gevoel", None);
        let PanelKind::Bars(bars) = &data.whole.chart else {
            panic!()
        };
        assert_eq!(bars.counts, vec![3, 2]);
        assert_eq!(bars.percents, vec![75.0, 50.0]);
        assert!(bars.multiple);
    }

    #[test]
    fn slider_histogram_bins_on_0_100_with_mean_and_median() {
        let data = chart("goed", None);
        let PanelKind::Histogram(h) = &data.whole.chart else {
            panic!()
        };
        assert_eq!(h.counts, vec![1, 0, 1, 1, 0, 0, 0, 0, 0, 1]);
        assert_eq!(data.whole.n, 4);
        // numpy: np.mean([0,30,29,100]) = 39.75, np.median = 29.5
        assert!((h.mean.unwrap() - 39.75).abs() < 1e-12);
        assert!((h.median.unwrap() - 29.5).abs() < 1e-12);
    }

    #[test]
    fn triad_means_and_not_applicable() {
        let data = chart("wie", None);
        assert_eq!((data.whole.n, data.whole.n_not_applicable), (4, 1));
        let PanelKind::Triad(t) = &data.whole.chart else {
            panic!()
        };
        assert_eq!(t.points.len(), 4);
        assert_eq!(t.rows, vec![0, 1, 2, 3]);
        let g = t.geometric_mean.unwrap();
        assert!((g.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        let json = serde_json::to_value(&data).unwrap();
        assert_eq!(json["kind"], "triad");
        assert_eq!(json["whole"]["chart"], "triad");
        assert!(json["whole"]["geometric_mean"].is_array());
        assert!(json["selection"].is_null());
    }

    #[test]
    fn unknown_question_is_an_error_not_a_panic() {
        let d = dataset();
        let err = compute(
            &ChartSpec::new(QuestionId::new("x")),
            &d,
            &Populations::all(&d),
        );
        assert_eq!(err, Err(ChartError::UnknownQuestion("x".into())));
    }
}
