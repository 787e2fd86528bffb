//! SenseMaker exports: the raw platform export (`ADemo_Data.csv`) and the
//! Workbench processed export, resolved with the framework definition.
//!
//! Columns are named by signifier id (a UUID) plus a suffix ([`Part`]):
//! `{T}_percentX`/`{T}X`, `{T}_percentY`/`{T}Y`, `{T}_{anchor}`, `{T}_NA`,
//! `{T}_Zone`, `{T}XR`, `{S}_{stone}_percentX`/`{S}_{stone}XRight`, …
//! [`group_columns`] gathers them per signifier; [`signifier`] builds one
//! question per signifier; all other columns (`id`, meta, Workbench
//! extras) go to the generic recogniser, in file order.

mod definition;
mod signifier;

pub use definition::{Definition, Signifier, SignifierType};

use std::collections::HashMap;
use std::path::Path;

use super::assemble::Assembly;
use super::error::ImportError;
use super::{ImportNote, ImportOptions, Layout, RawTable, Reporter, columns, generic};
use crate::i18n::Language;

/// Length of a UUID such as `dee85953-7226-45c5-9add-c146e5f4096f`.
const UUID_LEN: usize = 36;
/// Meta columns holding Unix times in milliseconds.
const EPOCH_MILLIS_COLUMNS: &[&str] = &["server_upload_time", "meta_started", "meta_completed"];

/// What a column suffix says about the column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// `{T}`: free text, or a single-select list's chosen item id.
    Plain,
    /// `{T}_percentX` (raw) or `{T}X` (Workbench): 0–1.
    X,
    /// `{T}_percentY` or `{T}Y`.
    Y,
    /// `{T}XR`: a Workbench dyad value in 0–100.
    XPercent,
    /// `{T}_NA`: 1 when "not applicable" was ticked.
    NotApplicable,
    /// `{T}_Zone`: a Workbench triad zone.
    Zone,
    /// `{T}_{id}`: an anchor weight, dyad pole or multi-select item.
    Item(String),
    /// `{S}_{stone}_percentX` or `{S}_{stone}XRight`.
    StoneX(String),
    /// `{S}_{stone}_percentY` or `{S}_{stone}YTop`.
    StoneY(String),
    Unknown,
}

/// The columns of one signifier, in file order.
#[derive(Clone, Debug)]
pub struct SignifierColumns {
    pub id: String,
    pub parts: Vec<(usize, Part)>,
}

impl SignifierColumns {
    /// The first column with a part matching `wanted`.
    pub fn find(&self, wanted: impl Fn(&Part) -> bool) -> Option<usize> {
        self.parts.iter().find(|(_, p)| wanted(p)).map(|(c, _)| *c)
    }

    pub fn has(&self, wanted: impl Fn(&Part) -> bool) -> bool {
        self.find(wanted).is_some()
    }

    /// Item ids and their columns, in file order.
    pub fn items(&self) -> Vec<(&str, usize)> {
        self.parts
            .iter()
            .filter_map(|(c, p)| match p {
                Part::Item(id) => Some((id.as_str(), *c)),
                _ => None,
            })
            .collect()
    }
}

/// `Some` when `text` starts with a UUID: `(uuid, rest)`.
pub fn split_uuid(text: &str) -> Option<(&str, &str)> {
    let uuid = text.get(..UUID_LEN)?;
    let valid = uuid.char_indices().all(|(i, c)| match i {
        8 | 13 | 18 | 23 => c == '-',
        _ => c.is_ascii_hexdigit(),
    });
    valid.then(|| (uuid, text.get(UUID_LEN..).unwrap_or_default()))
}

/// True when the whole text is one UUID.
pub fn is_uuid(text: &str) -> bool {
    split_uuid(text.trim()).is_some_and(|(_, rest)| rest.is_empty())
}

fn part_of(rest: &str) -> Part {
    match rest {
        "" => Part::Plain,
        "_percentX" | "X" => Part::X,
        "_percentY" | "Y" => Part::Y,
        "XR" => Part::XPercent,
        "_NA" => Part::NotApplicable,
        "_Zone" => Part::Zone,
        _ => {
            let Some((id, tail)) = rest.strip_prefix('_').and_then(split_uuid) else {
                return Part::Unknown;
            };
            match tail {
                "" => Part::Item(id.to_owned()),
                "_percentX" | "XRight" => Part::StoneX(id.to_owned()),
                "_percentY" | "YTop" => Part::StoneY(id.to_owned()),
                _ => Part::Unknown,
            }
        }
    }
}

/// Whether `table` looks like a SenseMaker export: at least three columns
/// named by signifier id.
pub fn is_sensemaker(table: &RawTable) -> bool {
    table
        .headers
        .iter()
        .filter(|h| split_uuid(h).is_some())
        .take(3)
        .count()
        >= 3
}

/// Signifier column groups by the index of their first column.
pub fn group_columns(table: &RawTable) -> Vec<SignifierColumns> {
    let mut groups: Vec<SignifierColumns> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (column, header) in table.headers.iter().enumerate() {
        let Some((id, rest)) = split_uuid(header) else {
            continue;
        };
        let at = *index.entry(id).or_insert_with(|| {
            groups.push(SignifierColumns {
                id: id.to_owned(),
                parts: Vec::new(),
            });
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(at) {
            group.parts.push((column, part_of(rest)));
        }
    }
    groups
}

/// Recognises a SenseMaker export at `path`.
pub fn recognise(
    table: &RawTable,
    path: &Path,
    options: &ImportOptions,
    report: &mut Reporter,
) -> Result<(Assembly, Layout), ImportError> {
    let definition = load_definition(path, options, report)?;
    let groups = group_columns(table);
    let workbench = table.headers.iter().any(|h| h == "FragmentID")
        || groups.iter().any(|g| {
            g.parts.iter().any(|(c, p)| {
                matches!(p, Part::XPercent | Part::Zone)
                    || (matches!(p, Part::X) && !table.header(*c).ends_with("_percentX"))
            })
        });
    if let Some(definition) = &definition
        && !groups.iter().any(|g| definition.get(&g.id).is_some())
    {
        report.file(ImportNote::DefinitionMatchesNothing);
    }
    let mut group_at: HashMap<usize, usize> = HashMap::new();
    for (at, group) in groups.iter().enumerate() {
        for (column, _) in &group.parts {
            group_at.insert(*column, at);
        }
    }
    let mut assembly = Assembly::default();
    let mut run: Vec<usize> = Vec::new();
    let mut built = vec![false; groups.len()];
    for column in 0..table.width() {
        let Some(&at) = group_at.get(&column) else {
            run.push(column);
            continue;
        };
        flush_run(table, &mut run, &mut assembly, report);
        if let (Some(group), Some(done)) = (groups.get(at), built.get_mut(at))
            && !*done
        {
            *done = true;
            let signifier = definition.as_ref().and_then(|d| d.get(&group.id));
            signifier::build(table, group, signifier, &mut assembly, report);
        }
    }
    flush_run(table, &mut run, &mut assembly, report);
    if groups
        .iter()
        .any(|g| g.has(|p| matches!(p, Part::X | Part::Y)))
    {
        report.file(ImportNote::SensemakerXyDropped);
    }
    let layout = if workbench {
        Layout::SensemakerWorkbench
    } else {
        Layout::SensemakerRaw
    };
    Ok((assembly, layout))
}

/// Hands non-signifier columns to the generic recogniser, reading epoch
/// millisecond meta columns as dates.
fn flush_run(
    table: &RawTable,
    run: &mut Vec<usize>,
    assembly: &mut Assembly,
    report: &mut Reporter,
) {
    let mut pending = Vec::new();
    for column in run.drain(..) {
        let header = table.header(column);
        let epoch = EPOCH_MILLIS_COLUMNS.contains(&header)
            && table
                .column(column)
                .filter(|c| !c.is_empty())
                .all(|c| c.number().is_some_and(|v| v > 1e11));
        if epoch && table.column(column).any(|c| !c.is_empty()) {
            generic::recognise_columns(table, &pending, assembly, report);
            pending.clear();
            let built = columns::date_from_epoch_millis(table, column, report);
            assembly.push(
                header,
                header,
                crate::model::QuestionKind::Date,
                vec![header.to_owned()],
                built,
            );
        } else {
            pending.push(column);
        }
    }
    generic::recognise_columns(table, &pending, assembly, report);
}

fn load_definition(
    path: &Path,
    options: &ImportOptions,
    report: &mut Reporter,
) -> Result<Option<Definition>, ImportError> {
    if let Some(given) = &options.definition {
        return Definition::load(given).map(Some);
    }
    match definition::find_beside(path) {
        Some(found) => match Definition::load(&found) {
            Ok(definition) => Ok(Some(definition)),
            Err(error) => {
                report.file(ImportNote::DefinitionUnreadable {
                    dutch: error.sentence(Language::Dutch),
                    english: error.sentence(Language::English),
                });
                Ok(None)
            }
        },
        None => {
            report.file(ImportNote::DefinitionNotFound {
                name: definition::expected_name(path),
            });
            Ok(None)
        }
    }
}
