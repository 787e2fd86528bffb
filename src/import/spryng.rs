//! Spryng-style exports: headers `Question - label`. A triad is three label
//! columns (0–100) plus `Question - X` and `Question - Y`; a slider is one
//! `Question - X` column; checkbox options are one column each (left to the
//! generic one-hot detection, which knows the `Question - option` form).

use std::collections::HashMap;

use crate::model::QuestionKind;

use super::assemble::{Assembly, slug};
use super::columns::{self, triad_scale};
use super::{RawTable, Reporter, generic};

const X_SUFFIX: &str = " - X";
const Y_SUFFIX: &str = " - Y";

/// Whether the table has Spryng's `Question - X` coordinate columns.
pub fn is_spryng(table: &RawTable) -> bool {
    table.headers.iter().any(|h| h.ends_with(X_SUFFIX))
}

/// A question found from its `- X` column.
enum Found {
    Triad {
        title: String,
        corners: [usize; 3],
        coordinates: Vec<usize>,
    },
    Slider {
        title: String,
        x: usize,
    },
}

impl Found {
    fn columns(&self) -> Vec<usize> {
        match self {
            Self::Triad {
                corners,
                coordinates,
                ..
            } => corners.iter().chain(coordinates).copied().collect(),
            Self::Slider { x, .. } => vec![*x],
        }
    }
}

/// Recognises a Spryng export.
pub fn recognise(table: &RawTable, report: &mut Reporter) -> Assembly {
    let found = find(table);
    let mut owner: HashMap<usize, usize> = HashMap::new();
    for (at, question) in found.iter().enumerate() {
        for column in question.columns() {
            owner.insert(column, at);
        }
    }
    let mut assembly = Assembly::default();
    let mut run = Vec::new();
    let mut built = vec![false; found.len()];
    for column in 0..table.width() {
        let Some(&at) = owner.get(&column) else {
            run.push(column);
            continue;
        };
        generic::recognise_columns(table, &run, &mut assembly, report);
        run.clear();
        if let (Some(question), Some(done)) = (found.get(at), built.get_mut(at))
            && !*done
        {
            *done = true;
            build(table, question, &mut assembly, report);
        }
    }
    generic::recognise_columns(table, &run, &mut assembly, report);
    assembly
}

fn find(table: &RawTable) -> Vec<Found> {
    let mut found = Vec::new();
    for (x, header) in table.headers.iter().enumerate() {
        let Some(title) = header.strip_suffix(X_SUFFIX) else {
            continue;
        };
        let prefix = format!("{title} - ");
        let y_header = format!("{title}{Y_SUFFIX}");
        let y = table.headers.iter().position(|h| *h == y_header);
        let labels: Vec<usize> = table
            .headers
            .iter()
            .enumerate()
            .filter(|(c, h)| h.starts_with(&prefix) && *c != x && Some(*c) != y)
            .map(|(c, _)| c)
            .collect();
        let corners: Option<[usize; 3]> = labels.clone().try_into().ok();
        match (y, corners) {
            (Some(y), Some(corners)) => found.push(Found::Triad {
                title: title.to_owned(),
                corners,
                coordinates: vec![x, y],
            }),
            _ => found.push(Found::Slider {
                title: title.to_owned(),
                x,
            }),
        }
    }
    found
}

fn build(table: &RawTable, question: &Found, assembly: &mut Assembly, report: &mut Reporter) {
    let sources = question
        .columns()
        .iter()
        .map(|&c| table.header(c).to_owned())
        .collect();
    match question {
        Found::Triad { title, corners, .. } => {
            let scale = triad_scale(table, *corners).unwrap_or(100.0);
            let label = |c: usize| {
                let header = table.header(c);
                header.get(title.len() + 3..).unwrap_or(header).to_owned()
            };
            let [top, left, right] = corners.map(label);
            let built = columns::triad(table, *corners, scale, None, title, report);
            let kind = QuestionKind::Triad { top, left, right };
            assembly.push(&slug(title), title.clone(), kind, sources, built);
        }
        Found::Slider { title, x } => {
            let biggest = table
                .column(*x)
                .filter_map(|c| c.number())
                .fold(0.0, f64::max);
            let high = if biggest > 1.0 { 100.0 } else { 1.0 };
            let built = columns::slider(table, *x, (0.0, high), None, title, report);
            let kind = QuestionKind::Slider {
                left: "0".into(),
                right: "100".into(),
            };
            assembly.push(&slug(title), title.clone(), kind, sources, built);
        }
    }
}
