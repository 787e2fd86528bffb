//! Unit tests of the explore commands: brushing, brushing to a selection,
//! search, the grid and keywords in context, on the demo without a window.

use crate::charts::Mark;
use crate::charts::brush::BrushAction;
use crate::demo::ids;
use crate::model::QuestionId;
use crate::workspace::tests::demo;
use crate::workspace::{Command, Effect, ExploreCommand, GridSource, Workspace, apply};

fn explore(workspace: &mut Workspace, command: ExploreCommand) -> Vec<Effect> {
    apply(workspace, Command::Explore(command))
}

#[test]
fn a_brushed_bar_becomes_a_selection_that_the_view_compares_with() {
    let mut w = demo();
    apply(&mut w, Command::ShowQuestion(QuestionId::new(ids::GEVOEL)));
    explore(
        &mut w,
        ExploreCommand::BrushMark(Mark::Option { option: 0 }),
    );
    let brushed = w.explore.brush.clone().expect("the bar is the brush");
    let expected = brushed.filter.evaluate(w.dataset()).unwrap().count();
    assert_eq!(brushed.count, expected);
    assert!(brushed.count > 0);

    let before = w.project().selections.iter().count();
    let effects = explore(&mut w, ExploreCommand::BrushTo(BrushAction::NewSelection));
    let created = w.project().selections.iter().last().unwrap().id;
    assert_eq!(w.project().selections.iter().count(), before + 1);
    assert!(
        effects.contains(&Effect::EditSelection(created)),
        "{effects:?}"
    );
    assert_eq!(w.compared_selection(), Some(created));
    assert_eq!(
        w.document.undo_steps(),
        1,
        "one undo step for the new selection"
    );

    // Adding the same brush to the compared selection edits it and asks
    // an open editor to show the new filter.
    let effects = explore(&mut w, ExploreCommand::BrushTo(BrushAction::Add));
    assert!(
        effects.contains(&Effect::RefreshEditor(created)),
        "{effects:?}"
    );
}

#[test]
fn search_lists_its_stories_and_the_grid_opens_and_shows_a_cell_full_size() {
    let mut w = demo();
    explore(&mut w, ExploreCommand::OpenSearch);
    assert_eq!(w.explore.search.as_deref(), Some(""));
    let effects = explore(&mut w, ExploreCommand::SetSearch("school".into()));
    assert_eq!(effects, []);
    let listed = w
        .browser
        .as_ref()
        .expect("the matches are listed")
        .rows
        .len();
    assert_eq!(Some(listed), w.explore.brush.as_ref().map(|b| b.count));
    assert!(listed > 0);
    assert_eq!(w.search_term(), "school");
    explore(&mut w, ExploreCommand::SetSearch("   ".into()));
    assert!(w.browser.is_none() && w.explore.brush.is_none());

    let questions = vec![
        QuestionId::new(ids::GEVOEL),
        QuestionId::new(ids::ONDERSTEUNING),
    ];
    explore(
        &mut w,
        ExploreCommand::OpenGrid(GridSource::Questions(questions)),
    );
    let grid = w.explore.grid.as_ref().expect("a grid");
    assert_eq!(grid.cells.len(), 2);
    assert!(grid.cells.iter().all(|cell| cell.chart.is_ok()));
    explore(&mut w, ExploreCommand::GridFullSize(1));
    assert!(w.explore.grid.is_none());
    assert_eq!(w.view.question, Some(QuestionId::new(ids::ONDERSTEUNING)));
}

#[test]
fn keywords_in_context_list_lines_and_a_line_opens_its_story() {
    let mut w = demo();
    explore(&mut w, ExploreCommand::OpenKwic("school".into()));
    let lines = w.explore.kwic.as_ref().and_then(|k| k.lines.clone());
    let lines = lines.expect("the demo's stories use the word");
    assert!(!lines.is_empty());
    explore(&mut w, ExploreCommand::ReadKwicLine(0));
    let browser = w.browser.as_ref().expect("the line's story is read");
    assert_eq!(
        browser.reading.map(|at| browser.rows[at]),
        Some(lines[0].row)
    );
    assert_eq!(w.search_term(), lines[0].word);
    explore(&mut w, ExploreCommand::CloseKwic);
    assert!(w.explore.kwic.is_none());
}
