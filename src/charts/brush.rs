//! Brushing: a part of a chart marked with the pointer — a clicked bar,
//! bin or cell ([`filter_of_mark`]), a range dragged on a slider's axis
//! ([`slider_brush`]) or a polygon drawn on a triad ([`polygon_brush`]) —
//! as a [`Filter`], and what "add to" or "remove from" a selection makes of
//! it ([`combine`]).
//!
//! The screen only turns pointer positions into chart values (0–100 on a
//! slider, compositions on a triad); everything from there on is here, so
//! it is tested without a window.

use crate::model::{Bounds, Codebook, Filter, QuestionKind, Region};
use crate::stats::descriptive;

use super::{ChartSpec, Mark};

/// What to do with the brushed stories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrushAction {
    /// A new named selection holding exactly the brushed stories.
    NewSelection,
    /// The current selection or the brushed stories (`or`).
    Add,
    /// The current selection without the brushed stories (`and not`).
    Remove,
}

/// The stories with a slider answer between two dragged positions on the
/// 0–100 axis, in either order, clamped to the axis and rounded to whole
/// points (what a pointer can aim at, and what reads well in a summary).
pub fn slider_brush(question: &str, from: f64, to: f64) -> Option<Filter> {
    if !from.is_finite() || !to.is_finite() {
        return None;
    }
    let round = |v: f64| v.clamp(0.0, 100.0).round();
    let (low, high) = (round(from.min(to)), round(from.max(to)));
    Some(Filter::slider_range(question, low, high))
}

/// The most corners a brushed polygon keeps.
pub const MAX_CORNERS: usize = 48;

/// The stories inside a polygon drawn on a triad, corners as
/// `[top, left, right]` compositions. `None` for fewer than three corners,
/// which enclose nothing.
pub fn polygon_brush(question: &str, corners: &[[f64; 3]]) -> Option<Filter> {
    if corners.len() < 3 || corners.iter().flatten().any(|v| !v.is_finite()) {
        return None;
    }
    // A freehand lasso has a corner every few pixels; evenly spaced
    // `MAX_CORNERS` of them keep its shape, its text form readable and its
    // evaluation fast. Three decimals are far finer than a pixel.
    let step = corners.len().div_ceil(MAX_CORNERS);
    let polygon = corners
        .iter()
        .step_by(step.max(1))
        .map(|w| w.map(|v| (v * 1000.0).round() / 1000.0))
        .collect();
    Some(Filter::TriadPolygon {
        question: crate::model::QuestionId::new(question),
        polygon,
    })
}

/// The filter that selects the stories of `mark` in the chart of `spec`
/// (in any population): an option, a bin as a slider range, a cell as two
/// options. `None` when the mark does not fit the questions.
pub fn filter_of_mark(spec: &ChartSpec, codebook: &Codebook, mark: &Mark) -> Option<Filter> {
    let question = codebook.get(&spec.question)?;
    let by = spec.by.as_ref().and_then(|id| codebook.get(id));
    // The codebook options a chart option stands for: itself, or the
    // members of a merged option (display lumping).
    let option_of = |id: &crate::model::QuestionId, kind: &QuestionKind, index: usize| {
        let options = kind.options();
        match super::lumping::lumping_of(&spec.options.lumping, id) {
            Some(lumping) => {
                let plan = super::lumping::LumpPlan::of(lumping, options);
                let members = plan.members.get(index)?;
                Some(members.iter().map(|&i| options[i].clone()).collect())
            }
            None => options.get(index).map(|o| vec![o.clone()]),
        }
    };
    let answered = |id: &crate::model::QuestionId| Filter::Answered {
        question: id.clone(),
    };
    Some(match mark {
        Mark::Option { option } => Filter::options(
            question.id.as_str(),
            option_of(&question.id, &question.kind, *option)?,
        ),
        Mark::Bin { bin } => {
            let bins = spec.options.bins;
            if !matches!(question.kind, QuestionKind::Slider { .. }) || *bin >= bins {
                return None;
            }
            let edges = descriptive::histogram_edges(0.0, 100.0, bins);
            let (low, high) = (*edges.get(*bin)?, *edges.get(bin + 1)?);
            // Bins are [low, high), the last one [low, 100].
            Filter::SliderRange {
                question: question.id.clone(),
                range: Bounds {
                    max_exclusive: bin + 1 < bins,
                    ..Bounds::inclusive(low, high)
                },
            }
        }
        Mark::Cell { row, column } => {
            let by = by?;
            Filter::options(
                question.id.as_str(),
                option_of(&question.id, &question.kind, *row)?,
            )
            .and(Filter::options(
                by.id.as_str(),
                option_of(&by.id, &by.kind, *column)?,
            ))
        }
        Mark::Group { option } => {
            let by = by?;
            answered(&question.id).and(Filter::options(
                by.id.as_str(),
                option_of(&by.id, &by.kind, *option)?,
            ))
        }
        // A term's clause needs the word index: `charts::word_filter_of_term`.
        Mark::Term { .. } => return None,
        // Placed anywhere on the canvas.
        Mark::Stone { stone } => {
            let QuestionKind::Stones { stones, .. } = &question.kind else {
                return None;
            };
            Filter::StonesRegion {
                question: question.id.clone(),
                stone: stones.get(*stone)?.clone(),
                region: Region::CANVAS,
            }
        }
        Mark::Zone { zone } => {
            if !matches!(question.kind, QuestionKind::Triad { .. }) {
                return None;
            }
            Filter::TriadZone {
                question: question.id.clone(),
                zone: *zone,
            }
        }
        Mark::All => match by {
            Some(by) => answered(&question.id).and(answered(&by.id)),
            None => answered(&question.id),
        },
    })
}

/// The filter of a selection after `action` with the brushed filter.
pub fn combine(current: &Filter, brushed: Filter, action: BrushAction) -> Filter {
    match action {
        BrushAction::NewSelection => brushed,
        BrushAction::Add => match current {
            // Every story already: adding changes nothing.
            Filter::All => Filter::All,
            Filter::Or(filters) => {
                let mut filters = filters.clone();
                filters.push(brushed);
                Filter::Or(filters)
            }
            other => Filter::Or(vec![other.clone(), brushed]),
        },
        BrushAction::Remove => current.clone().and(brushed.not()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{PanelKind, Populations, compute, rows_of_mark};
    use crate::demo::{demo_dataset, ids};
    use crate::model::{Column, QuestionId, Selection};

    fn rows(filter: &Filter, dataset: &crate::model::Dataset) -> Vec<usize> {
        filter.evaluate(dataset).unwrap().iter().collect()
    }

    #[test]
    fn a_dragged_slider_range_selects_the_answers_between_its_ends() {
        let dataset = demo_dataset();
        // Dragged from right to left, past the end of the axis.
        let filter = slider_brush(ids::VOORBEELD, 104.2, 39.6).unwrap();
        assert_eq!(filter, Filter::slider_range(ids::VOORBEELD, 40.0, 100.0));
        let Some((_, Column::Number(column))) = dataset.question(&QuestionId::new(ids::VOORBEELD))
        else {
            panic!("the demo has the slider")
        };
        // Straight from the column: stored on 0–1, bounds inclusive.
        let expected: Vec<usize> = (0..dataset.len())
            .filter(|&r| column.values[r] >= 0.4 - 1e-12)
            .collect();
        assert!(expected.len() > 100 && expected.len() < dataset.len());
        assert_eq!(rows(&filter, &dataset), expected);
        let narrow = slider_brush(ids::VOORBEELD, 20.2, 29.8).unwrap();
        let expected: Vec<usize> = (0..dataset.len())
            .filter(|&r| (0.2 - 1e-12..=0.3 + 1e-12).contains(&column.values[r]))
            .collect();
        assert_eq!(rows(&narrow, &dataset), expected);
        assert_eq!(slider_brush(ids::VOORBEELD, f64::NAN, 3.0), None);
    }

    #[test]
    fn a_drawn_polygon_needs_three_corners_and_is_rounded() {
        assert_eq!(
            polygon_brush("wie", &[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]),
            None
        );
        let filter = polygon_brush(
            "wie",
            &[
                [1.0, 0.0, 0.0],
                [0.0, 1.0, 0.0],
                [0.123_456, 0.5, 0.376_544],
            ],
        );
        assert_eq!(
            filter,
            Some(Filter::TriadPolygon {
                question: QuestionId::new("wie"),
                polygon: vec![[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.123, 0.5, 0.377]],
            })
        );
    }

    #[test]
    fn a_long_freehand_lasso_keeps_at_most_max_corners() {
        let circle: Vec<[f64; 3]> = (0..500)
            .map(|k| {
                let angle = k as f64 / 500.0 * std::f64::consts::TAU;
                let (top, left) = (0.4 + 0.2 * angle.sin(), 0.3 + 0.2 * angle.cos());
                [top, left, 1.0 - top - left]
            })
            .collect();
        let Some(Filter::TriadPolygon { polygon, .. }) = polygon_brush("wie", &circle) else {
            panic!("a polygon")
        };
        assert!(polygon.len() <= MAX_CORNERS && polygon.len() >= MAX_CORNERS - 8);
        assert_eq!(polygon[0], [0.4, 0.5, 0.1]);
    }

    #[test]
    fn a_lasso_around_the_top_corner_selects_the_stories_with_a_high_top_weight() {
        let dataset = demo_dataset();
        let triad = ids::WIE_AAN_ZET;
        // The part of the triangle where the top weight is at least ½: the
        // lasso's lower edge runs along top = ½ and reaches outside the
        // triangle elsewhere, as a hand-drawn lasso does.
        let filter = polygon_brush(
            triad,
            &[[1.2, -0.1, -0.1], [0.5, 0.6, -0.1], [0.5, -0.1, 0.6]],
        )
        .unwrap();
        let Some((_, Column::Triad(column))) = dataset.question(&QuestionId::new(triad)) else {
            panic!("the demo has the triad")
        };
        let expected: Vec<usize> = (0..dataset.len())
            .filter(|&r| column.get(r).is_some_and(|w| w[0] >= 0.5 - 1e-9))
            .collect();
        assert!(expected.len() > 20, "{}", expected.len());
        assert_eq!(rows(&filter, &dataset), expected);
    }

    #[test]
    fn every_mark_filter_selects_exactly_the_stories_of_the_mark() {
        let dataset = demo_dataset();
        let all = dataset.all();
        let q = QuestionId::new;
        let check = |spec: &ChartSpec, mark: Mark| {
            let filter = filter_of_mark(spec, dataset.codebook(), &mark).unwrap();
            let expected = rows_of_mark(spec, &dataset, &all, &mark).unwrap();
            assert_eq!(rows(&filter, &dataset), expected, "{mark:?}");
        };
        let slider = ChartSpec::new(q(ids::VOORBEELD));
        let data = compute(&slider, &dataset, &Populations::all(&dataset)).unwrap();
        let PanelKind::Histogram(histogram) = &data.whole.chart else {
            panic!()
        };
        for bin in 0..histogram.counts.len() {
            check(&slider, Mark::Bin { bin });
        }
        let pair = ChartSpec::pair(q(ids::GROOTSTE_INVLOED_1), q(ids::GROOTSTE_INVLOED_2));
        check(&pair, Mark::Cell { row: 0, column: 1 });
        check(&pair, Mark::Cell { row: 2, column: 0 });
        check(&pair, Mark::All);
        let bars = ChartSpec::new(q(ids::GROOTSTE_INVLOED_1));
        check(&bars, Mark::Option { option: 1 });
        let groups = ChartSpec::pair(q(ids::VOORBEELD), q(ids::ROLSOORT));
        check(&groups, Mark::Group { option: 0 });
        assert_eq!(
            filter_of_mark(&bars, dataset.codebook(), &Mark::Option { option: 99 }),
            None
        );
    }

    #[test]
    fn add_and_remove_combine_with_or_and_and_not() {
        let dataset = demo_dataset();
        let current = Filter::slider_at_least(ids::VOORBEELD, 70.0);
        let brushed = Filter::options(ids::GROOTSTE_INVLOED_1, ["ik zelf"]);
        let (a, b) = (
            current.evaluate(&dataset).unwrap(),
            brushed.evaluate(&dataset).unwrap(),
        );
        let count = |f: &Filter| f.evaluate(&dataset).unwrap().count();
        let added = combine(&current, brushed.clone(), BrushAction::Add);
        assert_eq!(count(&added), a.or(&b).count());
        // Adding again flattens into the same `or`.
        let again = combine(
            &added,
            Filter::slider_range(ids::VOORBEELD, 0.0, 5.0),
            BrushAction::Add,
        );
        assert!(matches!(&again, Filter::Or(list) if list.len() == 3));
        let removed = combine(&current, brushed.clone(), BrushAction::Remove);
        assert_eq!(count(&removed), a.and_not(&b).count());
        assert!(count(&removed) < a.count());
        assert_eq!(
            combine(&Filter::All, brushed.clone(), BrushAction::Add),
            Filter::All
        );
        let all_but: Selection = combine(&Filter::All, brushed.clone(), BrushAction::Remove)
            .evaluate(&dataset)
            .unwrap();
        assert_eq!(all_but.count(), dataset.len() - b.count());
        assert_eq!(
            combine(&current, brushed.clone(), BrushAction::NewSelection),
            brushed
        );
    }
}
