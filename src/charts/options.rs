//! Which options a chart shows and in what order (`ChartOptions::
//! option_order`): applied after the statistics, so hiding an option hides
//! its bar, group or panel but does not change the tests — those always
//! describe every answer.
//!
//! The order names options of the chart's choice question: the question
//! itself for bars, the `by` question for every two-question chart — slider
//! or triad by choice, small multiples, and a cross-tab's columns. A
//! cross-tab's χ², expected counts, residuals and row percentages stay
//! those of the full table (as bars keep their percent of all answering
//! stories); only the columns shown, and the per-option tests of a
//! multiple-choice `by` question, follow the order.

use crate::model::QuestionKind;

use super::{CrossTabData, OptionsShown, PanelKind};

/// How many of the options of a choice question `kind` the `order` keeps,
/// when it hides some (`None` when it shows all, or for other kinds).
pub(crate) fn shown_of(order: &[usize], kind: &QuestionKind) -> Option<OptionsShown> {
    let total = match kind {
        QuestionKind::SingleChoice { options, .. } | QuestionKind::MultiChoice { options } => {
            options.len()
        }
        _ => return None,
    };
    let shown = valid(order, total)?.len();
    (shown < total).then_some(OptionsShown { shown, total })
}

/// Reorders (and subsets) the options of `chart` to `order`: indices into
/// the question's options; unknown and repeated indices are skipped, and
/// an order that keeps nothing leaves the chart as it is.
pub(crate) fn apply_option_order(chart: &mut PanelKind, order: &[usize]) {
    match chart {
        PanelKind::Bars(bars) => {
            let Some(keep) = valid(order, bars.labels.len()) else {
                return;
            };
            bars.labels = pick(&bars.labels, &keep);
            bars.counts = pick(&bars.counts, &keep);
            bars.percents = pick(&bars.percents, &keep);
            bars.options = keep;
        }
        PanelKind::Groups(groups) => {
            if let Some(keep) = valid(order, groups.groups.len()) {
                groups.groups = pick(&groups.groups, &keep);
                let shown: Vec<&str> = groups.groups.iter().map(|g| g.label.as_str()).collect();
                groups
                    .pairwise
                    .retain(|t| shown.contains(&t.a.as_str()) && shown.contains(&t.b.as_str()));
            }
        }
        PanelKind::TriadGroups(triads) => {
            if let Some(keep) = valid(order, triads.groups.len()) {
                triads.groups = pick(&triads.groups, &keep);
            }
        }
        PanelKind::Multiples(multiples) => {
            if let Some(keep) = valid(order, multiples.panels.len()) {
                multiples.panels = pick(&multiples.panels, &keep);
            }
        }
        PanelKind::CrossTab(table) => {
            if let Some(keep) = valid(order, table.column_labels.len()) {
                columns_of_crosstab(table, &keep);
            }
        }
        // The question is its own split: rows and columns alike.
        PanelKind::CoOccurrence(co) => {
            if let Some(keep) = valid(order, co.options.len()) {
                co.keep_options(&keep);
            }
        }
        _ => {}
    }
}

/// Keeps columns `keep` of every matrix of `table`, in that order.
fn columns_of_crosstab(table: &mut CrossTabData, keep: &[usize]) {
    // A multiple-choice `by` question has one test per column option.
    let tests_per_column = table.option_tests.len() == table.column_labels.len()
        && table
            .option_tests
            .iter()
            .zip(&table.column_labels)
            .all(|(test, label)| test.label == *label);
    if tests_per_column {
        table.option_tests = pick(&table.option_tests, keep);
    }
    pick_columns(&mut table.observed, keep);
    pick_columns(&mut table.expected, keep);
    pick_columns(&mut table.row_percents, keep);
    pick_columns(&mut table.column_percents, keep);
    pick_columns(&mut table.adjusted_residuals, keep);
    pick_columns(&mut table.cell_p, keep);
    pick_columns(&mut table.cell_p_holm, keep);
    table.column_options = keep.iter().map(|&j| table.option_of_column(j)).collect();
    table.column_labels = pick(&table.column_labels, keep);
}

/// `order` without indices ≥ `len` or repeats; `None` if nothing is left.
fn valid(order: &[usize], len: usize) -> Option<Vec<usize>> {
    let mut seen = vec![false; len];
    let keep: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| i < len && !std::mem::replace(&mut seen[i], true))
        .collect();
    (!keep.is_empty()).then_some(keep)
}

fn pick_columns<T: Clone>(rows: &mut [Vec<T>], keep: &[usize]) {
    for row in rows {
        *row = pick(row, keep);
    }
}

fn pick<T: Clone>(items: &[T], keep: &[usize]) -> Vec<T> {
    keep.iter().filter_map(|&i| items.get(i).cloned()).collect()
}

#[cfg(test)]
mod tests {
    use crate::charts::{ChartSpec, PanelKind, Populations, compute};
    use crate::demo::{demo_dataset, ids};
    use crate::model::QuestionId;

    #[test]
    fn bars_and_groups_show_the_chosen_options_in_the_chosen_order() {
        let dataset = demo_dataset();
        let all = Populations::all(&dataset);
        let plain_spec = ChartSpec::new(QuestionId::new(ids::ROLSOORT));
        let plain = compute(&plain_spec, &dataset, &all).unwrap();
        let mut spec = plain_spec.clone();
        spec.options.option_order = Some(vec![3, 0, 9, 3]);
        let ordered = compute(&spec, &dataset, &all).unwrap();
        let (PanelKind::Bars(plain), PanelKind::Bars(bars)) =
            (&plain.whole.chart, &ordered.whole.chart)
        else {
            panic!("bars")
        };
        assert_eq!(bars.options, vec![3, 0], "unknown and repeated skipped");
        assert_eq!(
            bars.labels,
            vec![plain.labels[3].clone(), plain.labels[0].clone()]
        );
        assert_eq!(bars.counts, vec![plain.counts[3], plain.counts[0]]);
        assert_eq!(bars.percents, vec![plain.percents[3], plain.percents[0]]);

        let mut spec = ChartSpec::pair(
            QuestionId::new(ids::VOORBEELD),
            QuestionId::new(ids::HEEFT_TE_MAKEN_MET),
        );
        let plain = compute(&spec, &dataset, &all).unwrap();
        spec.options.option_order = Some(vec![2, 1]);
        let ordered = compute(&spec, &dataset, &all).unwrap();
        let (PanelKind::Groups(plain), PanelKind::Groups(groups)) =
            (&plain.whole.chart, &ordered.whole.chart)
        else {
            panic!("groups")
        };
        assert_eq!(
            groups.groups,
            vec![plain.groups[2].clone(), plain.groups[1].clone()]
        );
        assert_eq!(groups.groups[0].option, 2, "marks still name the option");
        // The test over all options is unchanged; only shown pairs remain.
        assert_eq!((groups.h, groups.p), (plain.h, plain.p));
        assert_eq!(groups.pairwise.len(), 1);
        // An order that keeps nothing keeps everything.
        spec.options.option_order = Some(vec![99]);
        let unchanged = compute(&spec, &dataset, &all).unwrap();
        let PanelKind::Groups(unchanged) = &unchanged.whole.chart else {
            panic!()
        };
        assert_eq!(unchanged.groups.len(), plain.groups.len());
    }

    #[test]
    fn a_cross_tab_shows_the_chosen_columns_with_the_full_tables_statistics() {
        let dataset = demo_dataset();
        let all = Populations::all(&dataset);
        let mut spec = ChartSpec::pair(
            QuestionId::new(ids::ROLSOORT),
            QuestionId::new(ids::ONDERWIJSSOORT),
        );
        let plain = compute(&spec, &dataset, &all).unwrap();
        spec.options.option_order = Some(vec![4, 0, 2, 4, 17]);
        let ordered = compute(&spec, &dataset, &all).unwrap();
        let (PanelKind::CrossTab(plain), PanelKind::CrossTab(table)) =
            (&plain.whole.chart, &ordered.whole.chart)
        else {
            panic!("cross-tabs")
        };
        let keep = [4, 0, 2];
        assert_eq!(table.column_options, keep);
        assert_eq!(table.column_labels, ["MBO", "PO", "VO"]);
        assert_eq!(table.row_labels, plain.row_labels, "rows stay");
        for i in 0..plain.row_labels.len() {
            for (k, &j) in keep.iter().enumerate() {
                assert_eq!(table.observed[i][k], plain.observed[i][j]);
                assert_eq!(table.expected[i][k], plain.expected[i][j]);
                assert_eq!(table.row_percents[i][k], plain.row_percents[i][j]);
                assert_eq!(table.column_percents[i][k], plain.column_percents[i][j]);
                assert_eq!(
                    table.adjusted_residuals[i][k],
                    plain.adjusted_residuals[i][j]
                );
            }
        }
        assert_eq!(
            (table.chi2, table.df, table.p, table.cramers_v),
            (plain.chi2, plain.df, plain.p, plain.cramers_v),
            "the test is the full table's"
        );
        assert_eq!(table.option_of_column(0), 4);
        assert_eq!(plain.option_of_column(3), 3, "identity without an order");
    }

    #[test]
    fn a_multiple_choice_split_keeps_the_tests_of_the_shown_columns() {
        let dataset = demo_dataset();
        let all = Populations::all(&dataset);
        let mut spec =
            ChartSpec::pair(QuestionId::new(ids::ROLSOORT), QuestionId::new(ids::GEVOEL));
        let plain = compute(&spec, &dataset, &all).unwrap();
        spec.options.option_order = Some(vec![2, 0]);
        let ordered = compute(&spec, &dataset, &all).unwrap();
        let (PanelKind::CrossTab(plain), PanelKind::CrossTab(table)) =
            (&plain.whole.chart, &ordered.whole.chart)
        else {
            panic!("cross-tabs")
        };
        assert!(table.counts_mentions);
        assert_eq!(plain.option_tests.len(), plain.column_labels.len());
        assert_eq!(
            table.option_tests,
            vec![plain.option_tests[2].clone(), plain.option_tests[0].clone()]
        );
        assert_eq!(table.option_tests[0].label, table.column_labels[0]);
    }

    #[test]
    fn shown_of_counts_the_options_an_order_keeps_only_when_it_hides_some() {
        use super::{OptionsShown, shown_of};
        use crate::model::QuestionKind;
        let roles = QuestionKind::SingleChoice {
            options: vec!["a".into(), "b".into(), "c".into()],
            ordinal: false,
        };
        // Unknown and repeated indices do not count.
        assert_eq!(
            shown_of(&[2, 0, 2, 7], &roles),
            Some(OptionsShown { shown: 2, total: 3 })
        );
        assert_eq!(shown_of(&[2, 1, 0], &roles), None, "reordered, none hidden");
        assert_eq!(
            shown_of(&[9], &roles),
            None,
            "an order keeping nothing is ignored"
        );
        let slider = QuestionKind::Slider {
            left: "l".into(),
            right: "r".into(),
        };
        assert_eq!(shown_of(&[0], &slider), None);
    }
}
