//! One SenseMaker signifier's columns → one question: triads, dyads
//! (sliders), stones, single- and multi-select lists, and free text, with
//! titles, anchors and items from the definition when there is one.
//!
//! When the columns do not fit the signifier's type they are imported one
//! by one through the generic recogniser, and that is reported.

use std::collections::HashMap;

use crate::model::{QuestionKind, StonesColumn, TextRole};

use super::super::assemble::Assembly;
use super::super::choice::{At, MultiBuilder, Options, SingleBuilder};
use super::super::columns::{self, is_truthy, triad_scale};
use super::super::generic;
use super::super::{ImportNote, RawTable, Reporter};
use super::{Part, Signifier, SignifierColumns, SignifierType, is_uuid};

/// Builds the question(s) of `group`.
pub fn build(
    table: &RawTable,
    group: &SignifierColumns,
    signifier: Option<&Signifier>,
    assembly: &mut Assembly,
    report: &mut Reporter,
) {
    let title = signifier
        .map(|s| s.title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| group.id.clone());
    let kind = signifier.map_or_else(|| infer(table, group), |s| s.kind.clone());
    let s = Signified {
        table,
        group,
        signifier,
        title: &title,
    };
    let built = match &kind {
        SignifierType::Triad => s.triad(assembly, report),
        SignifierType::Dyad => s.dyad(assembly, report),
        SignifierType::Stones => s.stones(assembly, report),
        SignifierType::List => s.list(assembly, report),
        SignifierType::FreeText => s.free_text(assembly),
        SignifierType::Other(_) => None,
    };
    let leftover: Vec<usize> = match built {
        Some(()) => group
            .parts
            .iter()
            .filter(|(_, p)| matches!(p, Part::Unknown))
            .map(|(c, _)| *c)
            .collect(),
        None => {
            report.column(
                &title,
                ImportNote::SignifierShape {
                    kind: format!("{kind:?}"),
                },
            );
            group.parts.iter().map(|(c, _)| *c).collect()
        }
    };
    if let (Some(()), Some(zone)) = (built, group.find(|p| *p == Part::Zone)) {
        let plan = generic::plan(table, zone, assembly);
        let id = format!("{}_zone", group.id);
        generic::build_planned(
            table,
            zone,
            &id,
            format!("{title} (zone)"),
            plan,
            assembly,
            report,
        );
    }
    generic::recognise_columns(table, &leftover, assembly, report);
}

/// The type of a signifier without a definition, from its columns.
fn infer(table: &RawTable, group: &SignifierColumns) -> SignifierType {
    let has = |wanted: fn(&Part) -> bool| group.has(wanted);
    if has(|p| matches!(p, Part::StoneX(_))) {
        SignifierType::Stones
    } else if has(|p| *p == Part::X) && has(|p| *p == Part::Y) {
        SignifierType::Triad
    } else if has(|p| matches!(p, Part::X | Part::XPercent)) {
        SignifierType::Dyad
    } else if let Some(plain) = group.find(|p| *p == Part::Plain) {
        let mut filled = table.column(plain).filter_map(|c| c.text()).peekable();
        if filled.peek().is_some() && filled.all(|t| is_uuid(&t)) {
            SignifierType::List
        } else {
            SignifierType::FreeText
        }
    } else if has(|p| matches!(p, Part::Item(_))) {
        SignifierType::List
    } else {
        SignifierType::Other("unknown".into())
    }
}

struct Signified<'a> {
    table: &'a RawTable,
    group: &'a SignifierColumns,
    signifier: Option<&'a Signifier>,
    title: &'a str,
}

impl Signified<'_> {
    /// Headers of every column of the signifier except `_Zone` and unknown
    /// ones (those become their own questions).
    fn sources(&self) -> Vec<String> {
        self.group
            .parts
            .iter()
            .filter(|(_, p)| !matches!(p, Part::Zone | Part::Unknown))
            .map(|(c, _)| self.table.header(*c).to_owned())
            .collect()
    }

    /// Item columns with titles: in the definition's order when it names
    /// them all, else in file order titled by id.
    fn labelled_items(&self, wanted: usize) -> Option<Vec<(usize, String)>> {
        let from_definition = self
            .signifier
            .filter(|s| s.labels.len() == wanted)
            .and_then(|s| {
                s.labels
                    .iter()
                    .map(|l| {
                        let column = self
                            .group
                            .find(|p| matches!(p, Part::Item(id) if *id == l.id))?;
                        Some((column, l.title.clone()))
                    })
                    .collect::<Option<Vec<_>>>()
            });
        let items = from_definition.unwrap_or_else(|| {
            self.group
                .items()
                .into_iter()
                .map(|(id, c)| (c, id.to_owned()))
                .collect()
        });
        (items.len() == wanted).then_some(items)
    }

    fn na(&self) -> Option<usize> {
        self.group.find(|p| *p == Part::NotApplicable)
    }

    fn triad(&self, assembly: &mut Assembly, report: &mut Reporter) -> Option<()> {
        let [top, left, right]: [(usize, String); 3] = self.labelled_items(3)?.try_into().ok()?;
        let corners = [top.0, left.0, right.0];
        let scale = triad_scale(self.table, corners).unwrap_or_else(|| {
            let biggest = corners
                .iter()
                .flat_map(|&c| self.table.column(c).filter_map(|cell| cell.number()))
                .fold(0.0, f64::max);
            if biggest > 1.5 { 100.0 } else { 1.0 }
        });
        let built = columns::triad(self.table, corners, scale, self.na(), self.title, report);
        let kind = QuestionKind::Triad {
            top: top.1,
            left: left.1,
            right: right.1,
        };
        assembly.push(&self.group.id, self.title, kind, self.sources(), built);
        Some(())
    }

    fn dyad(&self, assembly: &mut Assembly, report: &mut Reporter) -> Option<()> {
        let (value, scale) = self
            .group
            .find(|p| *p == Part::X)
            .map(|c| (c, 1.0))
            .or_else(|| {
                self.group
                    .find(|p| *p == Part::XPercent)
                    .map(|c| (c, 100.0))
            })?;
        let (left, right) = match self.labelled_items(2).as_deref() {
            Some([(_, left), (_, right)]) => (left.clone(), right.clone()),
            _ => ("left".to_owned(), "right".to_owned()),
        };
        let built = columns::slider(
            self.table,
            value,
            (0.0, scale),
            self.na(),
            self.title,
            report,
        );
        let kind = QuestionKind::Slider { left, right };
        assembly.push(&self.group.id, self.title, kind, self.sources(), built);
        Some(())
    }

    fn stones(&self, assembly: &mut Assembly, report: &mut Reporter) -> Option<()> {
        let mut stones: Vec<(String, String)> = self
            .signifier
            .map(|s| {
                s.stones
                    .iter()
                    .map(|l| (l.id.clone(), l.title.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for (_, part) in &self.group.parts {
            if let Part::StoneX(id) = part
                && !stones.iter().any(|(known, _)| known == id)
            {
                stones.push((id.clone(), id.clone()));
            }
        }
        let mut column = StonesColumn::default();
        let mut titles = Vec::new();
        for (id, title) in stones {
            let x = self
                .group
                .find(|p| matches!(p, Part::StoneX(s) if *s == id));
            let y = self
                .group
                .find(|p| matches!(p, Part::StoneY(s) if *s == id));
            let (Some(x), Some(y)) = (x, y) else { continue };
            let label = format!("{} – {title}", self.title);
            column
                .x
                .push(columns::fractions(self.table, x, &label, report));
            column
                .y
                .push(columns::fractions(self.table, y, &label, report));
            titles.push(title);
        }
        if titles.is_empty() {
            return None;
        }
        let (x_axis, y_axis) = self
            .signifier
            .map(|s| (s.x_axis.clone(), s.y_axis.clone()))
            .unwrap_or_default();
        let kind = QuestionKind::Stones {
            stones: titles,
            x_axis,
            y_axis,
        };
        let built = crate::model::Column::Stones(column);
        assembly.push(&self.group.id, self.title, kind, self.sources(), built);
        Some(())
    }

    fn list(&self, assembly: &mut Assembly, report: &mut Reporter) -> Option<()> {
        let items: Vec<(String, String)> = self
            .signifier
            .map(|s| {
                s.items
                    .iter()
                    .map(|i| (i.id.clone(), i.title.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let title_of: HashMap<&str, &str> = items
            .iter()
            .map(|(id, t)| (id.as_str(), t.as_str()))
            .collect();
        let mut options = Options::declared(items.iter().map(|(_, t)| t.clone()));
        let table = self.table;
        if let Some(plain) = self.group.find(|p| *p == Part::Plain) {
            if self.signifier.is_none() {
                let seen = table
                    .column(plain)
                    .filter_map(|c| c.text().map(|t| t.into_owned()));
                options = Options::declared(generic::natural_order(dedup(seen)).0);
            }
            let mut builder = SingleBuilder::default();
            for (row, cell) in table.column(plain).enumerate() {
                let at = At {
                    column: self.title,
                    row: table.row_number(row),
                };
                let code = cell.text().and_then(|value| {
                    let label = title_of.get(value.as_ref()).copied().unwrap_or(&value);
                    options.code(label, at, report)
                });
                builder.push(code);
            }
            let kind = QuestionKind::SingleChoice {
                options: options.into_labels(),
                ordinal: false,
            };
            assembly.push(
                &self.group.id,
                self.title,
                kind,
                self.sources(),
                builder.finish(),
            );
            return Some(());
        }
        let item_columns = self.group.items();
        if item_columns.is_empty() {
            return None;
        }
        let mut builder = MultiBuilder::new(table.len());
        for (id, column) in item_columns {
            let label = title_of.get(id).copied().unwrap_or(id);
            let Some(code) = options.insert(label) else {
                continue;
            };
            if self.signifier.is_some() && !title_of.contains_key(id) {
                report.column(
                    self.title,
                    ImportNote::ItemNotInDefinition { id: id.to_string() },
                );
            }
            for row in 0..table.len() {
                if is_truthy(table.cell(row, column)) {
                    builder.choose(row, code);
                }
            }
        }
        let options = options.into_labels();
        let built = builder.finish(options.len());
        let kind = QuestionKind::MultiChoice { options };
        assembly.push(&self.group.id, self.title, kind, self.sources(), built);
        Some(())
    }

    fn free_text(&self, assembly: &mut Assembly) -> Option<()> {
        let plain = self.group.find(|p| *p == Part::Plain)?;
        let Some(signifier) = self.signifier else {
            let plan = generic::plan(self.table, plain, assembly);
            let mut quiet = Reporter::default();
            let id = &self.group.id;
            generic::build_planned(
                self.table,
                plain,
                id,
                self.title.to_owned(),
                plan,
                assembly,
                &mut quiet,
            );
            return Some(());
        };
        let lower = signifier.title.to_lowercase();
        let role = if signifier.fragment && !assembly.has_role(TextRole::Story) {
            TextRole::Story
        } else if (lower.contains("headline") || lower.contains("title") || lower.contains("titel"))
            && !assembly.has_role(TextRole::Title)
        {
            TextRole::Title
        } else {
            TextRole::Other
        };
        let built = columns::text(self.table, plain);
        let kind = QuestionKind::Text { role };
        assembly.push(&self.group.id, self.title, kind, self.sources(), built);
        Some(())
    }
}

fn dedup(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    values.filter(|v| seen.insert(v.clone())).collect()
}
