//! Reading older project formats into today's [`Project`].
//!
//! Format 1 (the first release) differs from format 2 in three ways:
//! - a finding named its selection by id (`"selection": 3`) instead of
//!   keeping a frozen copy, and its baseline was always every story;
//! - the texts were called `what_we_saw` and `what_we_see_now`;
//! - there were no perspectives and no embedded data, and `min_n` stood at
//!   the top level instead of under `settings`.
//!
//! Migration freezes each finding's selection as it is in the file and puts
//! all findings, in their order, into one perspective, so the report reads
//! as it did.

use serde::Deserialize;

use super::{
    Against, CURRENT_FORMAT_VERSION, Finding, FindingId, FrozenSelection, Perspective,
    PerspectiveId, Project, ProjectSettings, Quote, Redaction, SourceRef,
};
use crate::charts::ChartSpec;
use crate::i18n::Language;
use crate::model::{Filter, SelectionId, Selections};

/// Title of the perspective that holds a format-1 project's findings.
pub const MIGRATED_PERSPECTIVE_TITLE: &str = "Bevindingen";

/// A format-1 project file.
#[derive(Deserialize)]
pub(super) struct ProjectV1 {
    name: String,
    source: SourceRef,
    #[serde(default)]
    selections: Selections,
    #[serde(default)]
    findings: Vec<FindingV1>,
    #[serde(default)]
    redactions: Vec<Redaction>,
    min_n: Option<usize>,
}

#[derive(Deserialize)]
struct FindingV1 {
    id: FindingId,
    title: String,
    chart: ChartSpec,
    /// The named selection compared with all stories; `None` for all.
    #[serde(default)]
    selection: Option<SelectionId>,
    #[serde(default)]
    what_we_saw: String,
    #[serde(default)]
    what_we_see_now: String,
    #[serde(default)]
    interpretation: String,
    #[serde(default)]
    proposals: Vec<String>,
    #[serde(default)]
    quotes: Vec<Quote>,
}

pub(super) fn from_v1(old: ProjectV1) -> Project {
    let selections = old.selections;
    let findings: Vec<Finding> = old
        .findings
        .into_iter()
        .map(|f| Finding {
            id: f.id,
            title: f.title,
            chart: f.chart,
            baseline: FrozenSelection::all(Language::Dutch),
            selection: freeze(&selections, f.selection),
            against: Against::Baseline,
            saw: f.what_we_saw,
            see_now: f.what_we_see_now,
            interpretation: f.interpretation,
            proposals: f.proposals,
            quotes: f.quotes,
            show_differences: false,
        })
        .collect();
    let perspectives = if findings.is_empty() {
        Vec::new()
    } else {
        vec![Perspective {
            id: PerspectiveId(1),
            title: MIGRATED_PERSPECTIVE_TITLE.to_owned(),
            introduction: String::new(),
            findings: findings.iter().map(|f| f.id).collect(),
        }]
    };
    let defaults = ProjectSettings::default();
    Project {
        format_version: CURRENT_FORMAT_VERSION,
        name: old.name,
        source: old.source,
        selections,
        findings,
        perspectives,
        redactions: old.redactions,
        settings: ProjectSettings {
            min_n: old.min_n.unwrap_or(defaults.min_n),
            ..defaults
        },
        import: Default::default(),
        embedded_data: None,
    }
}

/// The frozen copy of a format-1 selection reference. A reference to a
/// selection the file no longer holds selects no stories (an empty `or`),
/// and keeps the id so the UI can say the selection was deleted.
fn freeze(selections: &Selections, id: Option<SelectionId>) -> FrozenSelection {
    match id {
        None => FrozenSelection::all(Language::Dutch),
        Some(id) => match selections.get(id) {
            Some(named) => FrozenSelection::of(named),
            None => FrozenSelection {
                name: format!("selectie {id} (verwijderd)"),
                filter: Filter::Or(Vec::new()),
                from: Some(id),
            },
        },
    }
}
