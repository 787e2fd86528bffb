//! [`Mark`]: a clickable part of a chart (a bar, a bin, a cross-tab cell, an
//! option's group), and [`rows_of_mark`], the stories it holds — so one
//! click leads from any pattern to the stories that make it.

use serde::{Deserialize, Serialize};

use crate::model::{Column, Dataset, Presence, Selection, zone_of};
use crate::stats::descriptive;

use super::choice::ChoiceAccess;
use super::compute::for_binning;
use super::lumping::Lumped;
use super::{ChartError, ChartSpec};

/// A part of a chart that holds stories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mark", rename_all = "snake_case")]
pub enum Mark {
    /// A bar of a choice question: the stories that chose this option.
    Option {
        /// The option's index among the question's options.
        option: usize,
    },
    /// A histogram bin of a slider.
    Bin {
        /// The bin's index, 0 for the lowest (`ChartOptions::bins` bins).
        bin: usize,
    },
    /// A cross-tab cell: chose `row` of the question and `column` of `by`.
    Cell {
        /// The option index of the chart's question.
        row: usize,
        /// The option index of the `by` question.
        column: usize,
    },
    /// One option of the `by` question in a slider or triad by choice
    /// chart: the stories that chose it and answered the question.
    Group {
        /// The option's index among the `by` question's options.
        option: usize,
    },
    /// Every answering story of the panel.
    All,
    /// A term of a text question's words chart: the stories using it.
    Term {
        /// The word index's term (a stem when stemming).
        term: String,
    },
    /// A stone of a stones question: the stories that placed it.
    Stone {
        /// The stone's index among the question's stones.
        stone: usize,
    },
    /// One of a triad's seven zones: the stories whose answer lies in it.
    Zone {
        /// Which of the seven zones.
        zone: crate::model::TriadZone,
    },
}

/// The rows of `population` that `mark` holds in the chart of `spec`.
pub fn rows_of_mark(
    spec: &ChartSpec,
    dataset: &Dataset,
    population: &Selection,
    mark: &Mark,
) -> Result<Vec<usize>, ChartError> {
    // A lumped question's marks name the chart's options: read its lumped
    // column, so a merged bar holds the union of its options' stories.
    let (own, by_own) = Lumped::of_chart(dataset, spec)?;
    let (question, column) = Lumped::or_dataset(dataset, &spec.question, own.as_ref())?;
    let by = match &spec.by {
        Some(id) => Some(Lumped::or_dataset(dataset, id, by_own.as_ref())?),
        None => None,
    };
    let answered = |c: &Column, row: usize| c.presence(row) == Presence::Answered;
    let both = |row: usize| answered(column, row) && by.is_none_or(|(_, c)| answered(c, row));
    let mut chosen = Vec::new();
    let mut rows = Vec::new();
    match mark {
        Mark::All => rows.extend(population.iter().filter(|&r| both(r))),
        Mark::Term { term } => {
            let (_, _, index) =
                super::index::indexed_with_words(dataset, &spec.question, &spec.options.words)?;
            let words = index
                .words
                .as_ref()
                .ok_or_else(|| not_a_mark(&question.title))?;
            let term = words
                .term(term)
                .ok_or_else(|| not_a_mark(&question.title))?;
            rows.extend(
                term.postings
                    .iter()
                    .map(|&(row, _)| row as usize)
                    .filter(|&row| population.contains(row)),
            );
        }
        Mark::Zone { zone } => {
            let Column::Triad(triad) = column else {
                return Err(not_a_mark(&question.title));
            };
            rows.extend(
                population
                    .iter()
                    .filter(|&row| triad.get(row).is_some_and(|p| zone_of(p) == *zone)),
            );
        }
        Mark::Option { option } => {
            let (access, options) =
                ChoiceAccess::of(question, column).ok_or_else(|| not_a_mark(&question.title))?;
            for row in population.iter() {
                access.options_of(row, options.len(), &mut chosen);
                if chosen.contains(option) {
                    rows.push(row);
                }
            }
        }
        Mark::Bin { bin } => {
            let Column::Number(numbers) = column else {
                return Err(not_a_mark(&question.title));
            };
            let bins = spec.options.bins;
            rows.extend(population.iter().filter(|&row| {
                numbers.get(row).is_some_and(|v| {
                    descriptive::histogram_bin(for_binning(v * 100.0), 0.0, 100.0, bins)
                        == Some(*bin)
                })
            }));
        }
        Mark::Cell { row: i, column: j } => {
            let (by_question, by_column) = by.ok_or_else(|| not_a_mark(&question.title))?;
            let (row_access, row_options) =
                ChoiceAccess::of(question, column).ok_or_else(|| not_a_mark(&question.title))?;
            let (column_access, column_options) = ChoiceAccess::of(by_question, by_column)
                .ok_or_else(|| not_a_mark(&by_question.title))?;
            let mut other = Vec::new();
            for row in population.iter() {
                row_access.options_of(row, row_options.len(), &mut chosen);
                column_access.options_of(row, column_options.len(), &mut other);
                if chosen.contains(i) && other.contains(j) {
                    rows.push(row);
                }
            }
        }
        Mark::Stone { stone } => {
            let Column::Stones(stones) = column else {
                return Err(not_a_mark(&question.title));
            };
            rows.extend(
                population
                    .iter()
                    .filter(|&row| stones.position(*stone, row).is_some()),
            );
        }
        Mark::Group { option } => {
            let (by_question, by_column) = by.ok_or_else(|| not_a_mark(&question.title))?;
            let (access, options) = ChoiceAccess::of(by_question, by_column)
                .ok_or_else(|| not_a_mark(&by_question.title))?;
            for row in population.iter().filter(|&r| answered(column, r)) {
                access.options_of(row, options.len(), &mut chosen);
                if chosen.contains(option) {
                    rows.push(row);
                }
            }
        }
    }
    Ok(rows)
}

fn not_a_mark(title: &str) -> ChartError {
    ChartError::NotAMark(title.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{PanelKind, Populations, compute};
    use crate::demo::{demo_dataset, ids};
    use crate::model::QuestionId;

    #[test]
    fn every_mark_holds_exactly_the_count_the_chart_shows() {
        let dataset = demo_dataset();
        let all = dataset.all();
        let q = QuestionId::new;

        let spec = ChartSpec::pair(q(ids::GROOTSTE_INVLOED_1), q(ids::GROOTSTE_INVLOED_2));
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::CrossTab(table) = &data.whole.chart else {
            panic!()
        };
        for (i, row) in table.observed.iter().enumerate() {
            for (j, &count) in row.iter().enumerate() {
                let rows =
                    rows_of_mark(&spec, &dataset, &all, &Mark::Cell { row: i, column: j }).unwrap();
                assert_eq!(rows.len() as u64, count, "cell {i},{j}");
            }
        }

        let spec = ChartSpec::new(q(ids::VOORBEELD));
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::Histogram(histogram) = &data.whole.chart else {
            panic!()
        };
        for (bin, &count) in histogram.counts.iter().enumerate() {
            let rows = rows_of_mark(&spec, &dataset, &all, &Mark::Bin { bin }).unwrap();
            assert_eq!(rows.len() as u64, count, "bin {bin}");
        }

        let spec = ChartSpec::new(q(ids::GEVOEL));
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::Bars(bars) = &data.whole.chart else {
            panic!()
        };
        for (option, &count) in bars.counts.iter().enumerate() {
            let rows = rows_of_mark(&spec, &dataset, &all, &Mark::Option { option }).unwrap();
            assert_eq!(rows.len() as u64, count, "option {option}");
        }

        let spec = ChartSpec::pair(q(ids::MANIER), q(ids::HEEFT_TE_MAKEN_MET));
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::Groups(groups) = &data.whole.chart else {
            panic!()
        };
        for (option, group) in groups.groups.iter().enumerate() {
            let rows = rows_of_mark(&spec, &dataset, &all, &Mark::Group { option }).unwrap();
            assert_eq!(rows, group.rows);
        }
        let rows = rows_of_mark(&spec, &dataset, &all, &Mark::All).unwrap();
        assert_eq!(rows.len(), data.whole.n);

        // Each zone holds the count its label shows, and the zone filter
        // (what a click brushes) selects the same stories.
        let mut spec = ChartSpec::new(q(ids::WIE_AAN_ZET));
        spec.options.show_zones = true;
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::Triad(triad) = &data.whole.chart else {
            panic!()
        };
        assert_eq!(triad.zones.len(), 7);
        let mut total = 0;
        for zone in &triad.zones {
            let mark = Mark::Zone { zone: zone.zone };
            let rows = rows_of_mark(&spec, &dataset, &all, &mark).unwrap();
            assert_eq!(rows.len() as u64, zone.count, "{:?}", zone.zone);
            let filter = crate::charts::brush::filter_of_mark(&spec, dataset.codebook(), &mark)
                .unwrap()
                .evaluate(&dataset)
                .unwrap();
            assert_eq!(filter.iter().collect::<Vec<_>>(), rows);
            total += rows.len();
        }
        assert_eq!(total, triad.n);
    }

    #[test]
    fn a_mark_that_does_not_fit_the_chart_is_an_error() {
        let dataset = demo_dataset();
        let spec = ChartSpec::new(QuestionId::new(ids::VOORBEELD));
        let err = rows_of_mark(
            &spec,
            &dataset,
            &dataset.all(),
            &Mark::Cell { row: 0, column: 0 },
        );
        assert!(err.is_err());
    }
}
