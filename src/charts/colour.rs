//! Colour by a choice question: each dot of a triad or scatter gets the
//! option its story chose, for a legend of coloured dots.

use crate::model::{Column, Question};

use super::choice::ChoiceAccess;
use super::index::for_each_row;
use super::{ChartError, ColourBy, PanelKind};

/// Colours the dots of `chart` (triads and scatters; other charts have no
/// dots and are left alone) by the options of `question`.
pub(crate) fn colour_dots(
    chart: &mut PanelKind,
    (question, column): (&Question, &Column),
    answered: &[u64],
) -> Result<(), ChartError> {
    let (access, labels) = ChoiceAccess::of(question, column)
        .ok_or_else(|| ChartError::ColourByNotChoice(question.title.clone()))?;
    let rows = match chart {
        PanelKind::Triad(triad) => &triad.rows,
        PanelKind::Scatter(scatter) => &scatter.rows,
        _ => return Ok(()),
    };
    let colour = colour_of(question, access, labels, rows, answered);
    match chart {
        PanelKind::Triad(triad) => triad.colour = Some(colour),
        PanelKind::Scatter(scatter) => scatter.colour = Some(colour),
        _ => {}
    }
    Ok(())
}

/// The option of each dot's row (`rows`): its answer to a single choice,
/// the first option it chose of a multiple choice, `None` without one.
/// The legend counts every story of `answered`: the dots may be a sample.
fn colour_of(
    question: &Question,
    access: ChoiceAccess<'_>,
    labels: &[String],
    rows: &[usize],
    answered: &[u64],
) -> ColourBy {
    let mut chosen = Vec::new();
    let options = rows
        .iter()
        .map(|&row| {
            access.options_of(row, labels.len(), &mut chosen);
            chosen.first().and_then(|&o| u16::try_from(o).ok())
        })
        .collect();
    let counts = first_option_counts(access, labels.len(), answered);
    ColourBy {
        question: question.id.to_string(),
        title: question.title.clone(),
        labels: labels.to_vec(),
        multiple: access.is_multi(),
        options,
        counts,
    }
}

/// Stories of `words` per first option chosen.
fn first_option_counts(access: ChoiceAccess<'_>, options: usize, words: &[u64]) -> Vec<usize> {
    let mut chosen = Vec::new();
    let mut counts = vec![0usize; options];
    for_each_row(words, |row| {
        access.options_of(row, options, &mut chosen);
        if let Some(&o) = chosen.first() {
            counts[o] += 1;
        }
    });
    counts
}

#[cfg(test)]
mod tests {
    use crate::charts::{ChartSpec, PanelKind, Populations, compute};
    use crate::demo::{demo_dataset, ids};
    use crate::model::{Column, QuestionId};

    #[test]
    fn every_dot_gets_its_storys_option_and_the_legend_counts_them() {
        let dataset = demo_dataset();
        let mut spec = ChartSpec::new(QuestionId::new(ids::WIE_AAN_ZET));
        spec.options.colour_by = Some(QuestionId::new(ids::ROLSOORT));
        let data = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::Triad(triad) = &data.whole.chart else {
            panic!("a triad")
        };
        let colour = triad.colour.as_ref().unwrap();
        let Some((_, Column::Single(roles))) = dataset.question(&QuestionId::new(ids::ROLSOORT))
        else {
            panic!()
        };
        assert_eq!(colour.options.len(), triad.points.len());
        let mut counts = vec![0usize; colour.labels.len()];
        for (&row, &option) in triad.rows.iter().zip(&colour.options) {
            assert_eq!(option.map(usize::from), roles.get(row), "row {row}");
            if let Some(o) = roles.get(row) {
                counts[o] += 1;
            }
        }
        assert_eq!(colour.counts, counts);
        assert_eq!(colour.labels[0], "ouder/verzorger");

        // A slider is no colour.
        spec.options.colour_by = Some(QuestionId::new(ids::VOORBEELD));
        let err = compute(&spec, &dataset, &Populations::all(&dataset)).unwrap_err();
        assert!(err.to_string().contains("not a choice question"), "{err}");
    }
}

#[cfg(test)]
mod multiples_tests {
    use crate::charts::{ChartSpec, PanelKind, Populations, compute};
    use crate::demo::{demo_dataset, ids};
    use crate::model::{Column, QuestionId};

    #[test]
    fn small_multiples_hold_each_options_stories_and_match_the_grouped_chart() {
        let dataset = demo_dataset();
        let all = Populations::all(&dataset);
        let mut spec =
            ChartSpec::pair(QuestionId::new(ids::MANIER), QuestionId::new(ids::ROLSOORT));
        spec.options.small_multiples = true;
        let data = compute(&spec, &dataset, &all).unwrap();
        let PanelKind::Multiples(multiples) = &data.whole.chart else {
            panic!("multiples")
        };
        let (Some((_, Column::Number(slider))), Some((_, Column::Single(roles)))) = (
            dataset.question(&QuestionId::new(ids::MANIER)),
            dataset.question(&QuestionId::new(ids::ROLSOORT)),
        ) else {
            panic!()
        };
        assert_eq!(multiples.panels.len(), 6);
        for (o, panel) in multiples.panels.iter().enumerate() {
            let n = (0..dataset.len())
                .filter(|&r| roles.get(r) == Some(o) && slider.get(r).is_some())
                .count();
            assert_eq!(panel.n, n, "option {o}");
            let PanelKind::Histogram(h) = &panel.chart else {
                panic!("a histogram per option")
            };
            assert_eq!(h.counts.iter().sum::<u64>() as usize, n);
        }
        // A triad per option: the same geometric means as triad × choice.
        let mut spec = ChartSpec::pair(
            QuestionId::new(ids::WIE_AAN_ZET),
            QuestionId::new(ids::ROLSOORT),
        );
        let grouped = compute(&spec, &dataset, &all).unwrap();
        spec.options.small_multiples = true;
        let small = compute(&spec, &dataset, &all).unwrap();
        let (PanelKind::TriadGroups(groups), PanelKind::Multiples(multiples)) =
            (&grouped.whole.chart, &small.whole.chart)
        else {
            panic!()
        };
        for (group, panel) in groups.groups.iter().zip(&multiples.panels) {
            let PanelKind::Triad(triad) = &panel.chart else {
                panic!()
            };
            assert_eq!((group.n, &group.label), (panel.n, &panel.label));
            assert_eq!(group.geometric_mean, triad.geometric_mean);
            assert!(triad.confidence_region.is_some());
        }
    }
}
