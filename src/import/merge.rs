//! Merges asked for in [`CodebookEdits`](super::CodebookEdits): three
//! numeric columns into a triad, several columns into one multi-choice
//! question. The questions that owned the columns are taken out first
//! ([`take_out`]); their other columns are detected again on their own.

use crate::model::QuestionKind;

use super::apply::{column_index, redetect, take_out};
use super::assemble::{Assembly, slug};
use super::choice::{MultiBuilder, Options};
use super::columns::{self, triad_scale};
use super::generic::{one_hot_value, split_header};
use super::{ImportNote, RawTable, Reporter};

pub fn triad(
    table: &RawTable,
    assembly: &mut Assembly,
    title: &str,
    headers: [&String; 3],
    report: &mut Reporter,
) {
    let found = headers.map(|h| column_index(table, h, report));
    let [Some(top), Some(left), Some(right)] = found else {
        return;
    };
    let corners = [top, left, right];
    let (at, leftovers) = take_out(table, assembly, &corners);
    let scale = triad_scale(table, corners).unwrap_or_else(|| {
        let biggest = corners
            .iter()
            .flat_map(|&c| table.column(c).filter_map(|cell| cell.number()))
            .fold(0.0, f64::max);
        if biggest > 1.5 { 100.0 } else { 1.0 }
    });
    let built = columns::triad(table, corners, scale, None, title, report);
    let [top, left, right] = corners.map(|c| option_label(table.header(c)));
    let sources = corners.map(|c| table.header(c).to_owned()).to_vec();
    let mut part = Assembly::default();
    part.push(
        &slug(title),
        title,
        QuestionKind::Triad { top, left, right },
        sources,
        built,
    );
    redetect(table, &leftovers, &mut part, report);
    assembly.splice(at, part);
}

/// `Gevoel - hoop` → `hoop`; a header without a prefix stays whole.
fn option_label(header: &str) -> String {
    split_header(header)
        .map_or(header, |(_, option)| option)
        .to_owned()
}

/// Several columns as one multi-choice question. A column of yes/no values
/// is one option (its label from the header); any other column holds
/// option labels in its cells.
pub fn multi(
    table: &RawTable,
    assembly: &mut Assembly,
    title: &str,
    headers: &[String],
    report: &mut Reporter,
) {
    let found: Option<Vec<usize>> = headers
        .iter()
        .map(|h| column_index(table, h, report))
        .collect();
    let Some(merged) = found.filter(|c| !c.is_empty()) else {
        return;
    };
    let (at, leftovers) = take_out(table, assembly, &merged);
    let mut options = Options::default();
    let mut builder = MultiBuilder::new(table.len());
    for &column in &merged {
        let label = option_label(table.header(column));
        let yes_no = table
            .column(column)
            .all(|cell| one_hot_value(cell, &label).is_some());
        for (row, cell) in table.column(column).enumerate() {
            if cell.is_empty() {
                continue;
            }
            builder.answered(row);
            let code = if yes_no {
                if one_hot_value(cell, &label) != Some(true) {
                    continue;
                }
                options.insert(&label)
            } else {
                cell.text().and_then(|text| options.insert(&text))
            };
            match code {
                Some(code) => builder.choose(row, code),
                None => report.row(title, table.row_number(row), ImportNote::TooManyOptions),
            }
        }
    }
    let labels = options.into_labels();
    let built = builder.finish(labels.len());
    let sources = merged.iter().map(|&c| table.header(c).to_owned()).collect();
    let mut part = Assembly::default();
    part.push(
        &slug(title),
        title,
        QuestionKind::MultiChoice { options: labels },
        sources,
        built,
    );
    redetect(table, &leftovers, &mut part, report);
    assembly.splice(at, part);
}
