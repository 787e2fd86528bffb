//! `storylens findings`: every finding of a project with its comparison and
//! the n's it shows, as JSON.
//!
//! Each finding's `Comparison` is computed exactly as the screen, `chart`,
//! `snapshot` and `report` compute it, so the n's printed here are the n's
//! they show. The selection and the baseline are printed in the filter
//! language (`model::to_text`), so `chart --select … --baseline …` reads
//! them back.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::charts::{ChartOptions, PanelData};
use crate::model::{Codebook, Dataset, QuestionId, to_text};
use crate::project::{Against, Finding, FrozenSelection, Project};

use super::CliError;

/// Arguments of `storylens findings`.
#[derive(Debug, Args)]
pub struct FindingsArgs {
    /// The project file.
    #[arg(required_unless_present = "demo", value_name = "PROJECT.storylens")]
    pub project: Option<PathBuf>,
    /// Use the embedded demo project instead of a file.
    #[arg(long, conflicts_with = "project")]
    pub demo: bool,
    /// Print the findings as JSON (the only format, and the default).
    #[arg(long)]
    pub json: bool,
}

/// What `findings --json` prints.
#[derive(Debug, Serialize)]
pub struct FindingsJson {
    pub project: String,
    pub findings: Vec<FindingJson>,
}

/// One finding: its comparison and the n's of its panels.
#[derive(Debug, Serialize)]
pub struct FindingJson {
    pub id: u32,
    pub title: String,
    /// The perspective it is presented in, if any.
    pub perspective: Option<String>,
    pub question: QuestionJson,
    pub by: Option<QuestionJson>,
    pub selection: SelectionJson,
    pub baseline: SelectionJson,
    pub against: Against,
    pub options: ChartOptions,
    pub min_n: usize,
    /// The n's of its panels; `null` when the chart cannot be computed.
    pub panels: Option<PanelsJson>,
    /// Why the chart cannot be computed on this data; `null` when it can.
    pub error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct QuestionJson {
    pub id: String,
    pub title: String,
    /// As in `inspect`: `single`, `slider`, `triad`, …; `null` when the
    /// question is not in the data.
    pub kind: Option<&'static str>,
}

/// A selection by name and as filter-language text.
#[derive(Debug, Serialize)]
pub struct SelectionJson {
    pub name: String,
    pub filter: String,
}

/// The panels of a comparison, keyed as in `chart --json`.
#[derive(Debug, Serialize)]
pub struct PanelsJson {
    /// The baseline (the rest of it, with `against: rest`).
    pub whole: PanelNs,
    pub selection: Option<PanelNs>,
}

/// The n's a panel shows.
#[derive(Debug, Serialize)]
pub struct PanelNs {
    pub stories: usize,
    pub n: usize,
    pub n_missing: usize,
    pub n_not_applicable: usize,
    pub too_few: bool,
}

pub fn run(args: &FindingsArgs) -> Result<String, CliError> {
    let opened = super::load_project(args.project.as_deref(), args.demo)?;
    let json = findings_json(&opened.project, &opened.dataset);
    // Only strings, integers, finite numbers and options: serde_json
    // always serialises them.
    Ok(serde_json::to_string_pretty(&json).unwrap_or_default())
}

/// Every finding of `project` on `dataset`, in the project's order.
pub fn findings_json(project: &Project, dataset: &Dataset) -> FindingsJson {
    FindingsJson {
        project: project.name.clone(),
        findings: project
            .findings
            .iter()
            .map(|finding| finding_json(project, finding, dataset))
            .collect(),
    }
}

fn finding_json(project: &Project, finding: &Finding, dataset: &Dataset) -> FindingJson {
    let codebook = dataset.codebook();
    let comparison = finding.comparison();
    let computed = comparison.compute_with(dataset, &project.settings.word_options());
    let panels = computed.as_ref().ok().map(|data| PanelsJson {
        whole: panel_ns(&data.whole),
        selection: data.selection.as_ref().map(panel_ns),
    });
    let spec = &comparison.spec;
    FindingJson {
        id: finding.id.0,
        title: finding.title.clone(),
        perspective: project
            .perspective_of(finding.id)
            .and_then(|id| project.perspective(id))
            .map(|p| p.title.clone()),
        question: question_json(&spec.question, codebook),
        by: spec.by.as_ref().map(|id| question_json(id, codebook)),
        selection: selection_json(&finding.selection, codebook),
        baseline: selection_json(&finding.baseline, codebook),
        against: comparison.against,
        options: spec.options.clone(),
        min_n: spec.options.min_n,
        panels,
        error: computed.err().map(|e| e.to_string()),
    }
}

fn question_json(id: &QuestionId, codebook: &Codebook) -> QuestionJson {
    let question = codebook.get(id);
    QuestionJson {
        id: id.to_string(),
        title: question.map_or_else(|| id.to_string(), |q| q.title.clone()),
        kind: question.map(|q| q.kind.code()),
    }
}

fn selection_json(frozen: &FrozenSelection, codebook: &Codebook) -> SelectionJson {
    SelectionJson {
        name: frozen.name.clone(),
        filter: to_text(&frozen.filter, codebook),
    }
}

fn panel_ns(panel: &PanelData) -> PanelNs {
    PanelNs {
        stories: panel.stories,
        n: panel.n,
        n_missing: panel.n_missing,
        n_not_applicable: panel.n_not_applicable,
        too_few: panel.too_few,
    }
}
