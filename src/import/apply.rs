//! Carries out [`CodebookEdits`] on the questions detection proposed.
//!
//! Edits work on the [`Assembly`] a recogniser built, with the [`RawTable`]
//! still at hand: renames, option order and "ordinal" change a question in
//! place; a new kind, a split or a merge takes the questions that own the
//! columns out, builds the new question from the raw cells with the same
//! builders detection uses (so every repair is reported the same way), and
//! puts it where the first of them stood. Columns of a taken-apart question
//! that the edit does not use are detected again on their own.

use crate::model::{Column, Question, QuestionKind, Selection, TextRole};

use super::assemble::{Assembly, slug};
use super::edits::{CodebookEdits, Edit, KindChoice};
use super::generic::{self, Plan};
use super::{ImportNote, RawTable, Reporter, merge};

/// Applies `edits` in order to `assembly`, built from `table`.
pub fn apply(
    edits: &CodebookEdits,
    table: &RawTable,
    assembly: &mut Assembly,
    report: &mut Reporter,
) {
    for edit in &edits.edits {
        match edit {
            Edit::Rename { column, title } => {
                if let Some((question, _)) = question_mut(table, assembly, column, report) {
                    question.title.clone_from(title);
                }
            }
            Edit::Kind { column, kind } => set_kind(table, assembly, column, *kind, report),
            Edit::Split { column, delimiter } => {
                if let Some(index) = column_index(table, column, report) {
                    let plan = generic::split_plan(table, index, *delimiter);
                    rebuild(table, assembly, index, Some(plan), report);
                }
            }
            Edit::Triad {
                title,
                top,
                left,
                right,
            } => merge::triad(table, assembly, title, [top, left, right], report),
            Edit::Multi { title, columns } => merge::multi(table, assembly, title, columns, report),
            Edit::Order { column, options } => {
                if let Some((question, built)) = question_mut(table, assembly, column, report) {
                    if question.kind.is_choice() {
                        reorder(&mut question.kind, built, options);
                    } else {
                        report.column(column, ImportNote::EditOrderNotChoice);
                    }
                }
            }
            Edit::Ordinal { column, ordinal } => {
                if let Some((question, _)) = question_mut(table, assembly, column, report) {
                    match &mut question.kind {
                        QuestionKind::SingleChoice { ordinal: o, .. } => *o = *ordinal,
                        _ => report.column(column, ImportNote::EditOrdinalNotSingle),
                    }
                }
            }
        }
    }
}

/// The index of the column headed `header`, reported when absent.
pub(super) fn column_index(table: &RawTable, header: &str, report: &mut Reporter) -> Option<usize> {
    let found = table.headers.iter().position(|h| h == header);
    if found.is_none() {
        report.column(header, ImportNote::EditNoSuchColumn);
    }
    found
}

fn question_mut<'a>(
    table: &RawTable,
    assembly: &'a mut Assembly,
    header: &str,
    report: &mut Reporter,
) -> Option<(&'a mut Question, &'a mut Column)> {
    column_index(table, header, report)?;
    let Some(at) = assembly.position_of_source(header) else {
        report.column(header, ImportNote::EditNotImported);
        return None;
    };
    assembly.get_mut(at)
}

/// Gives the question of `header` a new kind; each of its columns when it
/// has several.
fn set_kind(
    table: &RawTable,
    assembly: &mut Assembly,
    header: &str,
    kind: KindChoice,
    report: &mut Reporter,
) {
    let Some(column) = column_index(table, header, report) else {
        return;
    };
    let existing = assembly
        .position_of_source(header)
        .and_then(|at| assembly.questions().get(at));
    if let Some(question) = existing {
        let unchanged = KindChoice::of(&question.kind) == Some(kind);
        if unchanged {
            return;
        }
        if question.columns.len() > 1 {
            let sources: Vec<usize> = question
                .columns
                .iter()
                .filter_map(|h| table.headers.iter().position(|t| t == h))
                .collect();
            let (at, _) = take_out(table, assembly, &sources);
            if kind == KindChoice::Ignore {
                return;
            }
            let mut part = Assembly::default();
            for &source in &sources {
                let plan = generic::plan_as(table, source, kind);
                build(table, source, None, plan, &mut part, report);
            }
            settle_roles(assembly, &part);
            assembly.splice(at, part);
            return;
        }
    }
    if matches!(kind, KindChoice::Title | KindChoice::Story) {
        demote_role(assembly, kind);
    }
    let plan = generic::plan_as(table, column, kind);
    rebuild(table, assembly, column, plan, report);
}

/// Builds `column` anew as `plan` says (`None`: leave it out), keeping the
/// id and title of the question it fed.
fn rebuild(
    table: &RawTable,
    assembly: &mut Assembly,
    column: usize,
    plan: Option<Plan>,
    report: &mut Reporter,
) {
    let header = table.header(column);
    let kept = assembly
        .position_of_source(header)
        .and_then(|at| assembly.questions().get(at))
        .filter(|q| q.columns.len() == 1)
        .map(|q| (q.id.as_str().to_owned(), q.title.clone()));
    let (at, leftovers) = take_out(table, assembly, &[column]);
    let mut part = Assembly::default();
    if plan.is_some() {
        build(table, column, kept, plan, &mut part, report);
    }
    redetect(table, &leftovers, &mut part, report);
    assembly.splice(at, part);
}

fn build(
    table: &RawTable,
    column: usize,
    id_and_title: Option<(String, String)>,
    plan: Option<Plan>,
    part: &mut Assembly,
    report: &mut Reporter,
) {
    let Some(plan) = plan else { return };
    let header = table.header(column).to_owned();
    let (id, title) = id_and_title.unwrap_or_else(|| (slug(&header), header));
    generic::build_planned(table, column, &id, title, plan, part, report);
}

/// Only one title and one story: a column newly given the role takes it
/// from the question that had it.
fn demote_role(assembly: &mut Assembly, kind: KindChoice) {
    let role = match kind {
        KindChoice::Title => TextRole::Title,
        KindChoice::Story => TextRole::Story,
        _ => return,
    };
    for at in 0..assembly.len() {
        if let Some((question, _)) = assembly.get_mut(at)
            && question.kind == (QuestionKind::Text { role })
        {
            question.kind = QuestionKind::Text {
                role: TextRole::Other,
            };
        }
    }
}

fn settle_roles(assembly: &mut Assembly, part: &Assembly) {
    for role in [TextRole::Title, TextRole::Story] {
        if part.has_role(role) {
            let kind = match role {
                TextRole::Title => KindChoice::Title,
                _ => KindChoice::Story,
            };
            demote_role(assembly, kind);
        }
    }
}

/// Takes out every question fed by one of `columns`; returns where the
/// first stood (or where `columns` belong, by file order) and the other
/// columns those questions used.
pub(super) fn take_out(
    table: &RawTable,
    assembly: &mut Assembly,
    columns: &[usize],
) -> (usize, Vec<usize>) {
    let mut at = None::<usize>;
    let mut leftovers = Vec::new();
    for &column in columns {
        let header = table.header(column);
        while let Some(index) = assembly.position_of_source(header) {
            let Some((question, _)) = assembly.remove(index) else {
                break;
            };
            at = Some(at.map_or(index, |a| a.min(index)));
            for source in &question.columns {
                if let Some(c) = table.headers.iter().position(|h| h == source)
                    && !columns.contains(&c)
                    && !leftovers.contains(&c)
                {
                    leftovers.push(c);
                }
            }
        }
    }
    leftovers.sort_unstable();
    let at = at.unwrap_or_else(|| file_order_position(table, assembly, columns));
    (at, leftovers)
}

/// Where a question of `columns` goes when none stood there: before the
/// first question whose first column comes later in the file.
fn file_order_position(table: &RawTable, assembly: &Assembly, columns: &[usize]) -> usize {
    let first = columns.iter().copied().min().unwrap_or(0);
    assembly
        .questions()
        .iter()
        .position(|q| {
            q.columns
                .first()
                .and_then(|h| table.headers.iter().position(|t| t == h))
                .is_some_and(|c| c > first)
        })
        .unwrap_or(assembly.len())
}

pub(super) fn redetect(
    table: &RawTable,
    columns: &[usize],
    part: &mut Assembly,
    report: &mut Reporter,
) {
    for &column in columns {
        let title = table.header(column).to_owned();
        generic::build_single_column(table, column, title, part, report);
    }
}

/// Puts the options of a choice question in the order of `wanted` (options
/// not named follow in their old order) and recodes the answers.
fn reorder(kind: &mut QuestionKind, built: &mut Column, wanted: &[String]) {
    let old = kind.options().to_vec();
    let mut order: Vec<usize> = Vec::with_capacity(old.len());
    for label in wanted {
        if let Some(i) = old.iter().position(|o| o == label)
            && !order.contains(&i)
        {
            order.push(i);
        }
    }
    let rest: Vec<usize> = (0..old.len()).filter(|i| !order.contains(i)).collect();
    order.extend(rest);
    let labels: Vec<String> = order.iter().filter_map(|&i| old.get(i).cloned()).collect();
    let mut new_code = vec![0u16; old.len()];
    for (new, &old_code) in order.iter().enumerate() {
        if let (Some(slot), Ok(code)) = (new_code.get_mut(old_code), u16::try_from(new)) {
            *slot = code;
        }
    }
    match (kind, built) {
        (QuestionKind::SingleChoice { options, .. }, Column::Single(column)) => {
            for code in &mut column.codes {
                if let Some(&new) = new_code.get(usize::from(*code)) {
                    *code = new;
                }
            }
            *options = labels;
        }
        (QuestionKind::MultiChoice { options }, Column::Multi(column)) => {
            let len = column.answered.len();
            column.chosen = order
                .iter()
                .map(|&i| {
                    column
                        .chosen
                        .get(i)
                        .cloned()
                        .unwrap_or_else(|| Selection::none(len))
                })
                .collect();
            *options = labels;
        }
        _ => {}
    }
}
