//! The generic layout: one column per question, kinds detected from the
//! headers and the values ([`kind`]), plus questions spanning several
//! columns ([`groups`]). Other recognisers hand the columns they do not
//! understand to [`recognise_columns`].

mod groups;
mod kind;
mod scale;

pub use groups::{one_hot_value, split_header};
pub use kind::{Context, Plan, natural_order, plan_as, split_plan};

use std::collections::HashMap;

use crate::model::{QuestionKind, TextRole};

use super::assemble::{Assembly, slug};
use super::choice::{At, MultiBuilder, Options, SingleBuilder};
use super::{ImportNote, RawTable, Reporter, columns};
use groups::Group;

/// Recognises every column of `table` in the generic layout.
pub fn recognise(table: &RawTable, report: &mut Reporter) -> Assembly {
    let mut assembly = Assembly::default();
    let all: Vec<usize> = (0..table.width()).collect();
    recognise_columns(table, &all, &mut assembly, report);
    assembly
}

/// Recognises `columns` of `table` (in table order) into `assembly`.
pub fn recognise_columns(
    table: &RawTable,
    columns: &[usize],
    assembly: &mut Assembly,
    report: &mut Reporter,
) {
    let groups = groups::find(table, columns);
    let mut group_at: HashMap<usize, usize> = HashMap::new();
    for (at, group) in groups.iter().enumerate() {
        for column in group.columns() {
            group_at.insert(column, at);
        }
    }
    let titles = unique_titles(table, columns, &group_at, report);
    let single: Vec<usize> = columns
        .iter()
        .copied()
        .filter(|c| !group_at.contains_key(c))
        .collect();
    // Plans in table order (a column's plan depends on the ones before it:
    // the first story-like column is the story), then every column built
    // on every core, then added to the assembly in table order.
    let profiles = kind::profiles(table, &single);
    let mut context = context(assembly);
    let plans: Vec<Plan> = single
        .iter()
        .zip(&profiles)
        .map(|(&column, profile)| {
            let plan = kind::plan_with(table, column, profile, context);
            match &plan {
                Plan::Id => context.has_id = true,
                Plan::Text(TextRole::Title) => context.has_title = true,
                Plan::Text(TextRole::Story) => context.has_story = true,
                _ => {}
            }
            plan
        })
        .collect();
    drop(profiles);
    let mut columns_built: HashMap<usize, (Plan, Built)> = single
        .iter()
        .copied()
        .zip(build_all(table, &single, plans))
        .collect();
    let mut built = vec![false; groups.len()];
    for &column in columns {
        match group_at.get(&column) {
            Some(&at) => {
                if let (Some(group), Some(done)) = (groups.get(at), built.get_mut(at))
                    && !*done
                {
                    *done = true;
                    build_group(table, group, assembly, report);
                }
            }
            None => {
                let title = titles.get(&column).cloned().unwrap_or_default();
                if let Some((plan, column_built)) = columns_built.remove(&column) {
                    add_built(
                        table,
                        column,
                        &slug(&title),
                        title,
                        &plan,
                        column_built,
                        assembly,
                        report,
                    );
                }
            }
        }
    }
}

/// A single column built as its plan says, with its own notes, ready to
/// be added to the assembly.
pub struct Built {
    question: Option<(QuestionKind, crate::model::Column)>,
    report: Reporter,
}

/// Builds `columns` as `plans` say, on every core (columns are
/// independent); in the order of `columns`.
fn build_all(table: &RawTable, columns: &[usize], plans: Vec<Plan>) -> Vec<(Plan, Built)> {
    let built = super::parallel::on_every_core(columns.len(), |at| {
        build_column(table, columns[at], &plans[at])
    });
    plans.into_iter().zip(built).collect()
}

/// Titles for single columns; repeated headers get `(2)`, `(3)`, reported.
fn unique_titles(
    table: &RawTable,
    columns: &[usize],
    grouped: &HashMap<usize, usize>,
    report: &mut Reporter,
) -> HashMap<usize, String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut titles = HashMap::new();
    for &column in columns.iter().filter(|c| !grouped.contains_key(c)) {
        let header = table.header(column);
        let count = seen.entry(header).or_insert(0);
        *count += 1;
        let title = if *count == 1 {
            header.to_owned()
        } else {
            let renamed = format!("{header} ({count})");
            report.column(
                &renamed,
                ImportNote::HeaderRenamed {
                    header: header.to_owned(),
                },
            );
            renamed
        };
        titles.insert(column, title);
    }
    titles
}

fn context(assembly: &Assembly) -> Context {
    Context {
        has_id: assembly.has_story_ids(),
        has_title: assembly.has_role(TextRole::Title),
        has_story: assembly.has_role(TextRole::Story),
    }
}

/// What a column most likely holds, given what `assembly` has already.
pub fn plan(table: &RawTable, column: usize, assembly: &Assembly) -> Plan {
    kind::plan(table, column, context(assembly))
}

/// Builds the question of one column from its detected [`Plan`].
pub fn build_single_column(
    table: &RawTable,
    column: usize,
    title: String,
    assembly: &mut Assembly,
    report: &mut Reporter,
) {
    let plan = kind::plan(table, column, context(assembly));
    build_planned(table, column, &slug(&title), title, plan, assembly, report);
}

/// Builds the question of one column as `plan` says.
pub fn build_planned(
    table: &RawTable,
    column: usize,
    id: &str,
    title: String,
    plan: Plan,
    assembly: &mut Assembly,
    report: &mut Reporter,
) {
    let built = build_column(table, column, &plan);
    add_built(table, column, id, title, &plan, built, assembly, report);
}

/// The question of one column as `plan` says, without the assembly.
fn build_column(table: &RawTable, column: usize, plan: &Plan) -> Built {
    let mut report = Reporter::default();
    let header = table.header(column);
    let question = match plan.clone() {
        Plan::Empty => {
            report.column(header, ImportNote::ColumnEmpty);
            None
        }
        Plan::Id => Some((QuestionKind::Id, columns::text(table, column))),
        Plan::Text(role) => Some((QuestionKind::Text { role }, columns::text(table, column))),
        Plan::Number => Some((
            QuestionKind::Number,
            columns::number(table, column, &mut report),
        )),
        Plan::Date(order) => Some((
            QuestionKind::Date,
            columns::date(table, column, order, &mut report),
        )),
        Plan::Slider(scale) => Some((
            QuestionKind::Slider {
                left: "0".into(),
                right: "100".into(),
            },
            columns::slider(table, column, (0.0, scale), None, header, &mut report),
        )),
        Plan::Single { options, ordinal } => {
            let (options, built) = single(table, column, Options::declared(options), &mut report);
            Some((QuestionKind::SingleChoice { options, ordinal }, built))
        }
        Plan::MultiDelimited { delimiter, options } => {
            let (options, built) = delimited(table, column, delimiter, options, &mut report);
            Some((QuestionKind::MultiChoice { options }, built))
        }
    };
    Built { question, report }
}

/// Adds a built column to `assembly` (an id column gives the story ids,
/// if none were given yet) and its notes to `report`.
#[allow(clippy::too_many_arguments)] // The column, what it is called, and where it goes.
fn add_built(
    table: &RawTable,
    column: usize,
    id: &str,
    title: String,
    plan: &Plan,
    built: Built,
    assembly: &mut Assembly,
    report: &mut Reporter,
) {
    report.absorb(built.report);
    let Some((kind, question)) = built.question else {
        return;
    };
    if *plan == Plan::Id && !assembly.has_story_ids() {
        assembly.set_story_ids(table, column);
    }
    let header = table.header(column).to_owned();
    assembly.push(id, title, kind, vec![header], question);
}

fn single(
    table: &RawTable,
    column: usize,
    mut options: Options,
    report: &mut Reporter,
) -> (Vec<String>, crate::model::Column) {
    let header = table.header(column);
    let mut builder = SingleBuilder::default();
    // Each distinct value looked up once: `Some(None)` is a label not
    // declared, added (and reported) at the first row that has it.
    let known = table.readings(column, |cell| cell.text().map(|label| options.find(&label)));
    for (row, known) in known.iter().enumerate() {
        let code = match known {
            None => None,
            Some(Some(code)) => Some(code),
            Some(None) => {
                let at = At {
                    column: header,
                    row: table.row_number(row),
                };
                let label = table.cell(row, column).text();
                label.and_then(|label| options.code(&label, at, report))
            }
        };
        builder.push(code);
    }
    (options.into_labels(), builder.finish())
}

fn delimited(
    table: &RawTable,
    column: usize,
    delimiter: char,
    labels: Vec<String>,
    report: &mut Reporter,
) -> (Vec<String>, crate::model::Column) {
    let header = table.header(column);
    let mut options = Options::declared(labels);
    let mut builder = MultiBuilder::new(table.len());
    for (row, cell) in table.column(column).enumerate() {
        let Some(text) = cell.text() else { continue };
        builder.answered(row);
        let at = At {
            column: header,
            row: table.row_number(row),
        };
        for token in text
            .split(delimiter)
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            if let Some(code) = options.code(token, at, report) {
                builder.choose(row, code);
            }
        }
    }
    let labels = options.into_labels();
    let built = builder.finish(labels.len());
    (labels, built)
}

/// Adds a multiple-choice question built by `builder` with `options`.
fn push_multi(
    assembly: &mut Assembly,
    title: &str,
    options: Vec<String>,
    sources: Vec<String>,
    builder: MultiBuilder,
) {
    let built = builder.finish(options.len());
    let kind = QuestionKind::MultiChoice { options };
    assembly.push(&slug(title), title.to_owned(), kind, sources, built);
}

/// The option labels of one-hot `members`; a label that occurs twice (a
/// repeated header such as `Gevoel - hoop`) is kept as a separate option
/// `hoop (2)`, and reported under its header.
fn unique_options(
    table: &RawTable,
    members: &[(usize, String)],
    report: &mut Reporter,
) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut options = Vec::with_capacity(members.len());
    for (column, label) in members {
        let count = seen.entry(label.as_str()).or_insert(0);
        *count += 1;
        if *count == 1 {
            options.push(label.clone());
            continue;
        }
        let renamed = format!("{label} ({count})");
        let header = table.header(*column);
        report.column(
            header,
            ImportNote::HeaderBecameOption {
                header: header.to_owned(),
                option: renamed.clone(),
            },
        );
        options.push(renamed);
    }
    options
}

fn build_group(table: &RawTable, group: &Group, assembly: &mut Assembly, report: &mut Reporter) {
    let sources: Vec<String> = group
        .columns()
        .iter()
        .map(|&c| table.header(c).to_owned())
        .collect();
    match group {
        Group::OneHot { title, members } => {
            let mut builder = MultiBuilder::new(table.len());
            for (option, (column, label)) in members.iter().enumerate() {
                let readings = table.readings(*column, |cell| {
                    (!cell.is_empty(), one_hot_value(cell, label) == Some(true))
                });
                for (row, (answered, chosen)) in readings.iter().enumerate() {
                    if answered {
                        builder.answered(row);
                    }
                    if chosen {
                        builder.choose(row, option);
                    }
                }
            }
            let options = unique_options(table, members, report);
            push_multi(assembly, title, options, sources, builder);
        }
        Group::LabelColumns { title, columns } => {
            let options: Vec<String> = columns
                .iter()
                .filter_map(|&c| {
                    table
                        .column(c)
                        .find_map(|cell| cell.text().map(|t| t.into_owned()))
                })
                .collect();
            let mut builder = MultiBuilder::new(table.len());
            for (option, &column) in columns.iter().enumerate() {
                let filled = table.readings(column, |cell| !cell.is_empty());
                for (row, _) in filled.iter().enumerate().filter(|(_, f)| *f) {
                    builder.choose(row, option);
                }
            }
            push_multi(assembly, title, options, sources, builder);
        }
        Group::Triad {
            title,
            corners,
            scale,
            derived,
        } => {
            if !derived.is_empty() {
                report.column(title, ImportNote::XyColumnsDropped);
            }
            let [top, left, right] = corners.clone().map(|(_, label)| label);
            let corner_columns = corners.clone().map(|(c, _)| c);
            let built = columns::triad(table, corner_columns, *scale, None, title, report);
            assembly.push(
                &slug(title),
                title.clone(),
                QuestionKind::Triad { top, left, right },
                sources,
                built,
            );
        }
    }
}
