//! Which options a chart shows and in what order (`ChartOptions::
//! option_order`): applied after the statistics, so hiding an option hides
//! its bar, group or panel but does not change the tests — those always
//! describe every answer.
//!
//! The order names options of the chart's choice question: the question
//! itself for bars, the `by` question for slider or triad by choice and
//! small multiples. Cross-tabs keep their full table.

use super::PanelKind;

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
        _ => {}
    }
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
}
