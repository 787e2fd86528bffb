//! Questions that span several columns in the generic layout:
//!
//! - one-hot multi-choice: columns sharing a prefix (`Gevoel - hoop`,
//!   `Gevoel [hoop]`, `Gevoel: hoop`, `Gevoel_hoop`) whose cells say yes/no
//!   (`1`, `x`, `TRUE`, `ja`, or the option's own label);
//! - repeated headers whose columns each hold one label (NarraFirma's
//!   "multi-column texts");
//! - triads: three numeric columns (sharing a prefix, or adjacent) whose
//!   rows sum to 1 or 100; `X`/`Y` companions are taken along.

use std::collections::{HashMap, HashSet};

use super::super::cell::trim;
use super::super::columns::{is_no, is_yes, triad_scale};
use super::super::{CellRef, RawTable};

/// A question built from several columns.
#[derive(Clone, Debug, PartialEq)]
pub enum Group {
    /// One-hot columns: `(column, option label)`.
    OneHot {
        title: String,
        members: Vec<(usize, String)>,
    },
    /// Repeated headers, each column holding one option's label.
    LabelColumns { title: String, columns: Vec<usize> },
    /// Three weight columns (top, left, right) with labels, plus derived
    /// coordinate columns that are consumed but not imported.
    Triad {
        title: String,
        corners: [(usize, String); 3],
        scale: f64,
        derived: Vec<usize>,
    },
}

impl Group {
    /// Every source column the group consumes.
    pub fn columns(&self) -> Vec<usize> {
        match self {
            Self::OneHot { members, .. } => members.iter().map(|(c, _)| *c).collect(),
            Self::LabelColumns { columns, .. } => columns.clone(),
            Self::Triad {
                corners, derived, ..
            } => corners
                .iter()
                .map(|(c, _)| *c)
                .chain(derived.iter().copied())
                .collect(),
        }
    }
}

/// Splits `Prefix - option`, `Prefix [option]`, `Prefix: option`,
/// `Prefix_option` into its two parts.
pub fn split_header(header: &str) -> Option<(&str, &str)> {
    fn nonempty<'a>((a, b): (&'a str, &'a str)) -> Option<(&'a str, &'a str)> {
        let (a, b) = (a.trim(), b.trim());
        (!a.is_empty() && !b.is_empty()).then_some((a, b))
    }
    if let Some(pair) = header.split_once(" - ").and_then(nonempty) {
        return Some(pair);
    }
    if let Some(inner) = header.strip_suffix(']')
        && let Some((prefix, option)) = inner.rsplit_once('[')
    {
        return nonempty((prefix, option));
    }
    if let Some(pair) = header.split_once(": ").and_then(nonempty) {
        return Some(pair);
    }
    header.split_once('_').and_then(nonempty)
}

/// Finds the multi-column questions among `columns` (in table order).
pub fn find(table: &RawTable, columns: &[usize]) -> Vec<Group> {
    let mut groups = label_columns(table, columns);
    let mut taken: HashSet<usize> = groups.iter().flat_map(Group::columns).collect();
    let mut by_prefix: Vec<(&str, Vec<(usize, String)>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for &column in columns {
        if taken.contains(&column) {
            continue;
        }
        if let Some((prefix, option)) = split_header(table.header(column)) {
            let at = *index.entry(prefix).or_insert_with(|| {
                by_prefix.push((prefix, Vec::new()));
                by_prefix.len() - 1
            });
            if let Some((_, members)) = by_prefix.get_mut(at) {
                members.push((column, option.to_owned()));
            }
        }
    }
    for (prefix, members) in by_prefix.into_iter().filter(|(_, m)| m.len() >= 2) {
        let group =
            triad_group(table, prefix, &members).or_else(|| one_hot_group(table, prefix, members));
        if let Some(group) = group {
            taken.extend(group.columns());
            groups.push(group);
        }
    }
    groups.extend(adjacent_triads(table, columns, &mut taken));
    groups
}

fn triad_group(table: &RawTable, prefix: &str, members: &[(usize, String)]) -> Option<Group> {
    let is_coordinate = |label: &str| matches!(label.to_lowercase().as_str(), "x" | "y");
    let (derived, weights): (Vec<_>, Vec<_>) = members
        .iter()
        .cloned()
        .partition(|(_, label)| is_coordinate(label));
    let [top, left, right]: [(usize, String); 3] = weights.try_into().ok()?;
    let scale = triad_scale(table, [top.0, left.0, right.0])?;
    Some(Group::Triad {
        title: prefix.to_owned(),
        corners: [top, left, right],
        scale,
        derived: derived.into_iter().map(|(c, _)| c).collect(),
    })
}

fn one_hot_group(table: &RawTable, prefix: &str, members: Vec<(usize, String)>) -> Option<Group> {
    let mut any_yes = false;
    for (column, label) in &members {
        for (cell, _) in table.tally(*column) {
            match one_hot_value(cell, label) {
                Some(yes) => any_yes |= yes,
                None => return None,
            }
        }
    }
    any_yes.then(|| Group::OneHot {
        title: prefix.to_owned(),
        members,
    })
}

/// `Some(true)` chosen, `Some(false)` not chosen or empty, `None` not a
/// one-hot value.
pub fn one_hot_value(cell: CellRef<'_>, label: &str) -> Option<bool> {
    match cell {
        // Nearly every one-hot cell of a text file is exactly `1` or `0`.
        CellRef::Text(text) if text.as_bytes() == b"1" => Some(true),
        CellRef::Text(text) if text.as_bytes() == b"0" => Some(false),
        CellRef::Empty => Some(false),
        CellRef::Bool(value) => Some(value),
        CellRef::Number(1.0) => Some(true),
        CellRef::Number(0.0) => Some(false),
        CellRef::Text(text) if trim(text).is_empty() || is_no(text) => Some(false),
        CellRef::Text(text) if is_yes(text) || trim(text).eq_ignore_ascii_case(label) => Some(true),
        _ => None,
    }
}

/// Repeated headers whose columns each hold at most one distinct label.
fn label_columns(table: &RawTable, columns: &[usize]) -> Vec<Group> {
    let mut by_header: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for &column in columns {
        let header = table.header(column);
        let at = *index.entry(header).or_insert_with(|| {
            by_header.push((header, Vec::new()));
            by_header.len() - 1
        });
        if let Some((_, list)) = by_header.get_mut(at) {
            list.push(column);
        }
    }
    by_header
        .into_iter()
        .filter(|(_, list)| list.len() >= 2)
        .filter(|(_, list)| {
            let mut labels = Vec::new();
            for &column in list {
                let mut distinct = table.column(column).filter_map(CellRef::text);
                let Some(first) = distinct.next() else {
                    return false;
                };
                if distinct.any(|t| t != first) || labels.contains(&first) {
                    return false;
                }
                labels.push(first);
            }
            true
        })
        .map(|(header, list)| Group::LabelColumns {
            title: header.to_owned(),
            columns: list,
        })
        .collect()
}

/// Three adjacent numeric columns (not yet taken) whose rows sum to 1 or 100.
/// The cheap tests come first and each column's "all numbers" is worked out
/// once: scanning every window in full made this the slowest step of
/// importing a wide export.
fn adjacent_triads(table: &RawTable, columns: &[usize], taken: &mut HashSet<usize>) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut numeric_cache: HashMap<usize, bool> = HashMap::new();
    let mut numeric = |c: usize| {
        *numeric_cache.entry(c).or_insert_with(|| {
            let mut filled = table
                .tally(c)
                .map(|(cell, _)| cell)
                .filter(|cell| !cell.is_empty())
                .peekable();
            filled.peek().is_some() && filled.all(|cell| cell.number().is_some())
        })
    };
    let mut at = 0;
    while let Some(&[a, b, c]) = columns.get(at..at + 3) {
        let window = [a, b, c];
        let adjacent = window[1] == window[0] + 1 && window[2] == window[1] + 1;
        let found = adjacent
            && window.iter().all(|c| !taken.contains(c))
            && window.iter().all(|&c| numeric(c))
            && (0..table.len())
                .filter(|&row| window.iter().all(|&c| !table.cell(row, c).is_empty()))
                .nth(2)
                .is_some();
        if found && let Some(scale) = triad_scale(table, window) {
            taken.extend(window);
            let corners = window.map(|c| (c, table.header(c).to_owned()));
            groups.push(Group::Triad {
                title: corners
                    .iter()
                    .map(|(_, label)| label.as_str())
                    .collect::<Vec<_>>()
                    .join(" / "),
                corners,
                scale,
                derived: Vec::new(),
            });
            at += 3;
        } else {
            at += 1;
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_spellings() {
        assert_eq!(split_header("Gevoel - hoop"), Some(("Gevoel", "hoop")));
        assert_eq!(split_header("Gevoel [hoop]"), Some(("Gevoel", "hoop")));
        assert_eq!(split_header("Gevoel: hoop"), Some(("Gevoel", "hoop")));
        assert_eq!(split_header("Gevoel_hoop"), Some(("Gevoel", "hoop")));
        assert_eq!(split_header("Gevoel"), None);
        assert_eq!(split_header("_x"), None);
    }
}
