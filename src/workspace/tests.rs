//! Unit tests of [`apply`]: commands on the demo workspace, no window.

use std::sync::Arc;

use super::*;
use crate::i18n::Language;
use crate::model::{Filter, QuestionId, QuestionKind, SelectionId};
use crate::project::{FindingId, Project, SourceRef};

/// The demo project on the demo data, in English, minimum n 20; shared by
/// the workspace's test modules.
pub(super) fn demo() -> Workspace {
    Workspace::new(
        Arc::new(crate::demo::demo_dataset()),
        crate::demo::demo_project(),
        Language::English,
        20,
    )
}

/// Applies `command` and returns its effects, asserting that it made
/// exactly `steps` undo steps.
fn apply_counting(workspace: &mut Workspace, command: Command, steps: usize) -> Vec<Effect> {
    let before = workspace.document.undo_steps();
    let effects = apply(workspace, command.clone());
    assert_eq!(
        workspace.document.undo_steps() - before,
        steps,
        "{command:?} made the wrong number of undo steps"
    );
    effects
}

fn first_of(workspace: &Workspace, wanted: impl Fn(&QuestionKind) -> bool) -> QuestionId {
    workspace
        .dataset()
        .questions()
        .find(|(q, _)| wanted(&q.kind) && !q.is_metadata())
        .map(|(q, _)| q.id.clone())
        .expect("the demo has every kind of question")
}

#[test]
fn opening_and_quitting_lose_work_but_views_do_not() {
    assert!(loses_work(&Command::OpenDemo));
    assert!(loses_work(&Command::Quit));
    assert!(loses_work(&Command::OpenDialog));
    assert!(loses_work(&Command::NewProject));
    assert!(!loses_work(&Command::OpenRecent(
        "/no/such/file.csv".into()
    )));
    assert!(!loses_work(&Command::Undo));
    assert!(!loses_work(&Command::SaveAsFinding));
}

#[test]
fn same_work_sees_every_edit() {
    let a = Project::new("Survey", SourceRef::Demo);
    let mut b = a.clone();
    assert!(a.same_work(&b));
    b.redactions.push(crate::project::Redaction {
        story_id: crate::model::StoryId("7".into()),
        original: "Utrecht".into(),
        placeholder: "[plaats]".into(),
    });
    assert!(!a.same_work(&b));
    let mut c = a.clone();
    c.settings.min_n = 5;
    assert!(!a.same_work(&c));
}

// --- undo: every edit is exactly one step ---------------------------------

#[test]
fn each_project_edit_is_one_undo_step_and_views_are_none() {
    let mut w = demo();
    let triad = first_of(&w, |k| matches!(k, QuestionKind::Triad { .. }));
    let choice = first_of(&w, QuestionKind::is_choice);
    // Looking is free.
    apply_counting(&mut w, Command::ShowQuestion(choice.clone()), 0);
    apply_counting(&mut w, Command::SetBy(Some(triad.clone())), 0);
    apply_counting(&mut w, Command::SetLeftTab(LeftTab::Findings), 0);
    apply_counting(&mut w, Command::SetBaseline(Baseline::Rest), 0);
    // Every edit of the project is one step.
    apply_counting(&mut w, Command::NewSelection, 1);
    let id = w.compared_selection().expect("a new selection is compared");
    apply_counting(
        &mut w,
        Command::RenameSelection(id, "Alleen leraren met hoop".into()),
        1,
    );
    let filter = Filter::text_contains("school");
    apply_counting(&mut w, Command::SetSelectionFilter(id, filter), 1);
    apply_counting(&mut w, Command::DuplicateSelection(id), 1);
    apply_counting(&mut w, Command::SaveAsFinding, 1);
    let finding = w.open_finding.expect("the saved finding is open");
    let redaction = crate::project::Redaction {
        story_id: w.dataset().story_ids()[0].clone(),
        original: "school".into(),
        placeholder: "[naam school]".into(),
    };
    apply_counting(&mut w, Command::AddRedaction(redaction.clone()), 1);
    // The same redaction again changes nothing, so it is no step.
    apply_counting(&mut w, Command::AddRedaction(redaction.clone()), 0);
    apply_counting(&mut w, Command::RemoveRedaction(redaction), 1);
    let story_id = w.dataset().story_ids()[0].clone();
    apply_counting(
        &mut w,
        Command::AddQuote {
            finding,
            story_id,
            excerpt: "een zin".into(),
        },
        1,
    );
    apply_counting(&mut w, Command::Arrange(ArrangeCommand::AddPerspective), 1);
    apply_counting(&mut w, Command::DeleteSelection(id), 1);
}

#[test]
fn typing_in_one_field_is_one_step_and_undo_redo_walk_it() {
    let mut w = demo();
    let id = w.project().findings[0].id;
    let saw = w.project().findings[0].saw.clone();
    apply_counting(
        &mut w,
        Command::EditFinding(id, FindingEdit::Saw("a".into())),
        1,
    );
    apply_counting(
        &mut w,
        Command::EditFinding(id, FindingEdit::Saw("ab".into())),
        0,
    );
    // Another field is another step.
    apply_counting(
        &mut w,
        Command::EditFinding(id, FindingEdit::SeeNow("c".into())),
        1,
    );
    let saw_of = |w: &Workspace| w.project().finding(id).map(|f| f.saw.clone());
    assert!(apply(&mut w, Command::Undo).is_empty());
    assert_eq!(saw_of(&w).as_deref(), Some("ab"));
    assert!(apply(&mut w, Command::Undo).is_empty());
    assert_eq!(saw_of(&w), Some(saw.clone()));
    assert!(apply(&mut w, Command::Redo).is_empty());
    assert_eq!(saw_of(&w).as_deref(), Some("ab"));
    assert!(apply(&mut w, Command::Undo).is_empty());
    // Nothing left to undo in this project: the shell may undo the open.
    assert_eq!(apply(&mut w, Command::Undo), [Effect::UndoOpen]);
    assert_eq!(saw_of(&w), Some(saw));
}

/// Each tick of "in the report: what makes this selection different?"
/// is an undo step of its own (typing coalesces, ticks do not), and the
/// setting survives saving and loading the project.
#[test]
fn each_tick_of_show_differences_is_one_step_and_it_is_saved() {
    let mut w = demo();
    let id = w.project().findings[1].id;
    let shown = |w: &Workspace| w.project().finding(id).map(|f| f.show_differences);
    assert_eq!(shown(&w), Some(false));
    for on in [true, false, true] {
        apply_counting(
            &mut w,
            Command::EditFinding(id, FindingEdit::ShowDifferences(on)),
            1,
        );
    }
    assert_eq!(shown(&w), Some(true));
    let json = serde_json::to_string(w.project()).expect("a project serialises");
    let back: crate::project::Project = serde_json::from_str(&json).expect("and reads back");
    assert_eq!(back.finding(id).map(|f| f.show_differences), Some(true));
    assert!(apply(&mut w, Command::Undo).is_empty());
    assert_eq!(shown(&w), Some(false));
}

#[test]
fn undo_brings_back_exactly_the_project_before_each_edit() {
    let mut w = demo();
    let start = w.project().clone();
    let commands = [
        Command::NewSelection,
        Command::SaveAsFinding,
        Command::Arrange(ArrangeCommand::AddPerspective),
        Command::Arrange(ArrangeCommand::DeleteFinding(start.findings[2].id)),
    ];
    let mut before = Vec::new();
    for command in commands {
        before.push(w.project().clone());
        apply(&mut w, command);
        assert!(!w.project().same_work(before.last().unwrap()));
    }
    while let Some(project) = before.pop() {
        apply(&mut w, Command::Undo);
        assert!(w.project().same_work(&project));
    }
    assert!(w.project().same_work(&start));
    assert!(!w.document.has_unsaved_changes());
}

// --- compare and baseline -------------------------------------------------

/// The demo's first named selection and how many stories it holds.
fn first_selection(w: &Workspace) -> (SelectionId, usize) {
    let named = w
        .project()
        .selections
        .iter()
        .next()
        .expect("demo selection");
    let count = named.filter.evaluate(w.dataset()).unwrap().count();
    (named.id, count)
}

#[test]
fn compare_sets_the_selection_panel_and_rest_is_the_complement() {
    let mut w = demo();
    let (id, count) = first_selection(&w);
    let total = w.dataset().len();
    assert!(0 < count && count < total);
    apply(&mut w, Command::Compare(Some(id)));
    assert_eq!(w.compared_selection(), Some(id));
    let populations = w.populations.as_ref().unwrap();
    assert_eq!(populations.whole.count(), total);
    assert_eq!(populations.selection.as_ref().unwrap().count(), count);
    let chart = w.chart.as_ref().unwrap().as_ref().unwrap();
    assert!(chart.selection.is_some(), "the chart has a selection panel");
    apply(&mut w, Command::SetBaseline(Baseline::Rest));
    let populations = w.populations.as_ref().unwrap();
    assert_eq!(populations.whole.count(), total - count);
    assert_eq!(populations.selection.as_ref().unwrap().count(), count);
    assert_eq!(w.view.baseline_name(Language::English), "The rest");
    apply(&mut w, Command::SetBaseline(Baseline::Whole));
    apply(&mut w, Command::Compare(None));
    assert_eq!(w.compared_selection(), None);
    assert!(w.populations.as_ref().unwrap().selection.is_none());
    assert_eq!(w.populations.as_ref().unwrap().whole.count(), total);
}

#[test]
fn a_compared_selection_is_followed_when_edited_and_dropped_when_deleted() {
    let mut w = demo();
    let (id, count) = first_selection(&w);
    apply(&mut w, Command::Compare(Some(id)));
    apply(&mut w, Command::SetSelectionFilter(id, Filter::All));
    let followed = w.populations.as_ref().unwrap().selection.as_ref().unwrap();
    assert_eq!(followed.count(), w.dataset().len());
    apply(&mut w, Command::Undo);
    let back = w.populations.as_ref().unwrap().selection.as_ref().unwrap();
    assert_eq!(back.count(), count, "undo puts the comparison back too");
    apply(&mut w, Command::DeleteSelection(id));
    assert_eq!(w.compared_selection(), None);
    apply(&mut w, Command::Undo);
    // Undo brings the selection back, not the comparison with it.
    assert!(w.project().selections.get(id).is_some());
}

// --- findings ---------------------------------------------------------------

#[test]
fn opening_a_finding_shows_its_frozen_comparison_and_closing_keeps_the_view() {
    let mut w = demo();
    let finding = w.project().findings[1].clone();
    apply(&mut w, Command::OpenFinding(finding.id));
    assert_eq!(w.open_finding, Some(finding.id));
    assert_eq!(w.view, View::of_comparison(&finding.comparison()));
    assert_eq!(w.view.question.as_ref(), Some(&finding.chart.question));
    assert!(matches!(w.chart, Some(Ok(_))));
    let shown = w.view.clone();
    apply(&mut w, Command::CloseFinding);
    assert_eq!(w.open_finding, None);
    assert_eq!(w.view, shown);
    // A finding that does not exist opens nothing.
    apply(&mut w, Command::OpenFinding(FindingId(9999)));
    assert_eq!(w.open_finding, None);
    // Comparing with another selection leaves the finding.
    apply(&mut w, Command::OpenFinding(finding.id));
    let (id, _) = first_selection(&w);
    apply(&mut w, Command::Compare(Some(id)));
    assert_eq!(w.open_finding, None);
}

#[test]
fn save_as_finding_freezes_the_view_and_opens_it_focused() {
    let mut w = demo();
    let (id, _) = first_selection(&w);
    apply(&mut w, Command::Compare(Some(id)));
    let count = w.project().findings.len();
    let effects = apply(&mut w, Command::SaveAsFinding);
    assert_eq!(effects, [Effect::FocusFindingNotes]);
    assert_eq!(w.project().findings.len(), count + 1);
    let id = w.open_finding.expect("opened");
    let finding = w.project().finding(id).unwrap();
    assert_eq!(finding.selection.from, w.compared_selection());
    assert_eq!(
        Some(finding.comparison()),
        w.view.comparison(20, Language::English)
    );
    assert_eq!(w.left_tab, LeftTab::Findings);
}

#[test]
fn deleting_the_open_finding_closes_it_and_undo_restores_it() {
    let mut w = demo();
    let id = w.project().findings[0].id;
    apply(&mut w, Command::OpenFinding(id));
    apply(&mut w, Command::Arrange(ArrangeCommand::DeleteFinding(id)));
    assert_eq!(w.open_finding, None);
    assert!(w.project().finding(id).is_none());
    apply(&mut w, Command::Undo);
    assert!(w.project().finding(id).is_some());
}

#[test]
fn update_to_current_copies_the_renamed_selection_into_the_finding() {
    let mut w = demo();
    let finding = w.project().findings[0].clone();
    let from = finding.selection.from.expect("made from a named selection");
    apply(&mut w, Command::OpenFinding(finding.id));
    apply(&mut w, Command::RenameSelection(from, "Renamed".into()));
    let stale = w.project().finding(finding.id).unwrap();
    assert_eq!(stale.selection.name, finding.selection.name);
    assert!(stale.is_stale(&w.project().selections));
    let update = ArrangeCommand::UpdateToCurrent(finding.id);
    apply_counting(&mut w, Command::Arrange(update), 1);
    let updated = w.project().finding(finding.id).unwrap();
    assert_eq!(updated.selection.name, "Renamed");
    assert_eq!(w.view.selection.as_ref().unwrap().name, "Renamed");
}

// --- selections -------------------------------------------------------------

#[test]
fn a_new_selection_is_compared_and_handed_to_the_editor() {
    let mut w = demo();
    let count = w.project().selections.len();
    let effects = apply(&mut w, Command::NewSelection);
    let id = w.compared_selection().expect("compared");
    assert_eq!(effects, [Effect::EditSelection(id)]);
    assert_eq!(w.project().selections.len(), count + 1);
    assert_eq!(w.project().selections.get(id).unwrap().filter, Filter::All);
    let effects = apply(&mut w, Command::DuplicateSelection(id));
    let [Effect::EditSelection(copy)] = effects[..] else {
        panic!("a copy goes to the editor: {effects:?}");
    };
    assert_ne!(copy, id);
    assert_eq!(w.project().selections.len(), count + 2);
}

#[test]
fn a_rename_to_a_taken_name_is_refused_with_a_reason_and_no_step() {
    let mut w = demo();
    let names: Vec<_> = w
        .project()
        .selections
        .iter()
        .map(|s| (s.id, s.name.clone()))
        .collect();
    let (first, taken) = (names[0].0, names[1].1.clone());
    let effects = apply_counting(&mut w, Command::RenameSelection(first, taken), 0);
    let [Effect::SelectionRefused(reason)] = &effects[..] else {
        panic!("refused: {effects:?}");
    };
    assert!(!reason.is_empty());
}

// --- the chart in view ------------------------------------------------------

#[test]
fn a_split_is_kept_for_the_same_kind_of_chart_only() {
    let mut w = demo();
    let singles: Vec<QuestionId> = w
        .dataset()
        .codebook()
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::SingleChoice { .. }) && !q.is_metadata())
        .map(|q| q.id.clone())
        .take(3)
        .collect();
    let triad = first_of(&w, |k| matches!(k, QuestionKind::Triad { .. }));
    apply(&mut w, Command::ShowQuestion(singles[0].clone()));
    apply(&mut w, Command::SetBy(Some(singles[1].clone())));
    apply(&mut w, Command::ShowQuestion(singles[2].clone()));
    assert_eq!(w.view.by.as_ref(), Some(&singles[1]), "cross-tab stays");
    apply(&mut w, Command::ShowQuestion(triad));
    assert_eq!(
        w.view.by, None,
        "a triad does not become a triad per option"
    );
}

#[test]
fn the_browser_lists_rows_reads_steps_and_closes() {
    let mut w = demo();
    let rows = vec![3, 8, 13];
    apply(
        &mut w,
        Command::OpenRows {
            label: "drie".into(),
            rows: rows.clone(),
        },
    );
    apply(&mut w, Command::Browser(BrowserCommand::Read(1)));
    apply(&mut w, Command::Browser(BrowserCommand::Step(5)));
    let browser = w.browser.as_ref().unwrap();
    assert_eq!((browser.rows.clone(), browser.reading), (rows, Some(2)));
    apply(&mut w, Command::Browser(BrowserCommand::Close));
    assert!(w.browser.is_none());
}

// --- what the shell must do -------------------------------------------------

#[test]
fn replacing_a_changed_project_asks_first_and_a_clean_one_does_not() {
    let mut w = demo();
    for command in [Command::OpenDemo, Command::NewProject, Command::Quit] {
        assert_eq!(apply(&mut w, command.clone()), [Effect::Shell(command)]);
    }
    apply(&mut w, Command::NewSelection);
    assert!(w.document.has_unsaved_changes());
    for command in [
        Command::OpenDemo,
        Command::NewProject,
        Command::CloseProject,
    ] {
        assert_eq!(
            apply(&mut w, command.clone()),
            [Effect::AskUnsaved(command)]
        );
    }
    // Asked or not, carrying out goes through.
    let effects = w.carry_out(Command::NewProject);
    assert_eq!(effects, [Effect::Shell(Command::NewProject)]);
    w.document.mark_clean();
    assert_eq!(apply(&mut w, Command::Quit), [Effect::Shell(Command::Quit)]);
    // Undoing back to the saved project is clean again.
    apply(&mut w, Command::SaveAsFinding);
    assert!(w.document.has_unsaved_changes());
    apply(&mut w, Command::Undo);
    assert!(!w.document.has_unsaved_changes());
}

/// Every way the app opens data ends in `Workspace::new`, which builds the
/// column indexes a project open or the demo did not build on an import's
/// thread: the first chart then builds none (the build below would mark
/// it), and the story texts are left to the words thread.
#[test]
fn a_new_workspace_has_every_column_index_but_the_texts() {
    use crate::charts::index::ColumnIndex;
    use crate::model::Column;
    use std::sync::atomic::{AtomicBool, Ordering};

    let workspace = demo();
    let dataset = workspace.dataset();
    let mut warmed = 0;
    for (slot, (question, column)) in dataset.questions().enumerate() {
        let built = AtomicBool::new(false);
        let _: Arc<ColumnIndex> = dataset.cache().get_or_build(slot, || {
            built.store(true, Ordering::Relaxed);
            ColumnIndex::build(column, None)
        });
        let text = matches!(column, Column::Text(_));
        assert_eq!(built.load(Ordering::Relaxed), text, "{}", question.id);
        warmed += usize::from(!text);
    }
    assert!(warmed > 10, "the demo's answers are warmed");
}
