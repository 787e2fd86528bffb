//! A multiple choice split by itself (co-occurrence) and the Holm outline
//! in the workspace: what the view computes and what the next question
//! keeps.

use super::tests::demo;
use super::*;
use crate::charts::{CellOutline, PanelKind};
use crate::model::QuestionId;

fn gevoel() -> QuestionId {
    QuestionId::new(crate::demo::ids::GEVOEL)
}

#[test]
fn a_question_by_itself_is_co_occurrence_and_the_next_question_drops_it() {
    let mut w = demo();
    apply(&mut w, Command::ShowQuestion(gevoel()));
    apply(
        &mut w,
        Command::SetChartSettings(ChartSettings {
            small_multiples: true,
            ..Default::default()
        }),
    );
    apply(&mut w, Command::SetBy(Some(gevoel())));
    let Some(Ok(data)) = &w.chart else {
        panic!("a chart")
    };
    // "Per option" left on from before does not turn it into panels.
    assert!(
        matches!(data.whole.chart, PanelKind::CoOccurrence(_)),
        "{:?}",
        data.whole.chart
    );
    let regio = QuestionId::new(crate::demo::ids::REGIO);
    apply(&mut w, Command::ShowQuestion(regio.clone()));
    assert_eq!(w.view.by, None, "Regio is not split by Gevoel unasked");
    assert_eq!(w.view.question, Some(regio));
}

#[test]
fn the_holm_outline_reaches_the_computed_cross_tab() {
    let mut w = demo();
    apply(
        &mut w,
        Command::ShowQuestion(QuestionId::new(crate::demo::ids::REGIO)),
    );
    apply(
        &mut w,
        Command::SetBy(Some(QuestionId::new(crate::demo::ids::ONDERWIJSSOORT))),
    );
    let outlined_by = |w: &Workspace| match &w.chart {
        Some(Ok(data)) => match &data.whole.chart {
            PanelKind::CrossTab(table) => table.outlined_by,
            other => panic!("{other:?}"),
        },
        _ => panic!("a chart"),
    };
    assert_eq!(outlined_by(&w), CellOutline::AdjustedResidual);
    let settings = ChartSettings {
        outline_holm: true,
        ..w.view.chart.clone()
    };
    apply(&mut w, Command::SetChartSettings(settings));
    assert_eq!(outlined_by(&w), CellOutline::HolmP);
}
