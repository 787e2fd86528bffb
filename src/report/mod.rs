//! Reports and table exports: a project as a document like the seed
//! appendix, and a selection as a spreadsheet.
//!
//! [`Report::build`] turns a [`Project`](crate::project::Project) on its
//! [`Dataset`](crate::model::Dataset) into an ordered
//! [`Report`]: a title page, then per perspective its introduction and per
//! finding the chart, the selection in words, "Wat zagen we?", "Wat zien
//! we nu?", the interpretation, the proposals and the quoted stories (with
//! the project's redactions). Writers only read that document:
//!
//! - [`html`]: one self-contained, print-friendly file, every text escaped;
//! - [`markdown`]: `report.md` plus an `images/` folder;
//! - [`docx`]: Office Open XML written part by part into a zip;
//! - [`pdf`]: A4 pages laid out with the embedded fonts' metrics and
//!   written by krilla, charts as vectors.
//!
//! [`write_selection`] writes one row per story of a selection (CSV or
//! XLSX), with every cell that a spreadsheet would read as a formula
//! neutralised.
//!
//! ```no_run
//! use storylens::report::{Format, Report, ReportOptions, write_report};
//! # fn demo() -> Result<(), storylens::report::ReportError> {
//! let (project, dataset) = (storylens::demo::demo_project(), storylens::demo::demo_dataset());
//! let report = Report::build(&project, &dataset, &ReportOptions::new(storylens::i18n::Language::Dutch));
//! write_report(&report, Format::Html, std::path::Path::new("report.html"))?;
//! # Ok(()) }
//! ```

mod document;
pub mod docx;
mod docx_parts;
pub mod html;
pub mod markdown;
pub mod pdf;
mod table;

use std::path::{Path, PathBuf};

pub use document::{
    Chart, FindingSection, PNG_SCALE, QuotedStory, Report, ReportOptions, Section, paragraphs,
};
pub use table::{TableFormat, neutralise_cell, selection_rows, write_selection};

/// A report's file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One self-contained HTML file (charts inline as PNG), printable on A4.
    Html,
    /// Markdown, for wikis and editing.
    Markdown,
    /// A Word document.
    Docx,
    /// A4 pages, for print.
    Pdf,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 4] = [Self::Html, Self::Pdf, Self::Docx, Self::Markdown];

    /// The format a file name asks for, by its extension (any case).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "html" | "htm" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Markdown),
            "docx" => Some(Self::Docx),
            "pdf" => Some(Self::Pdf),
            _ => None,
        }
    }

    /// The file extension (without dot) the format is written with.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Docx => "docx",
            Self::Pdf => "pdf",
        }
    }
}

/// Why a report or table could not be written; the message is one sentence.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum ReportError {
    /// The file could not be written.
    Write {
        /// The file being written.
        path: PathBuf,
        /// Why the system refused.
        reason: crate::export::WriteReason,
    },
    /// A chart could not be rendered.
    Export(#[from] crate::export::ExportError),
    /// The zip writer's message.
    Docx(String),
    /// The PDF could not be built.
    Pdf(BuildDetail),
    /// The XLSX or CSV table could not be built.
    Spreadsheet(BuildDetail),
}

impl ReportError {
    /// The one sentence for the user, in `language`.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Write { path, reason } => fill(
                e.export_write,
                &[
                    ("path", &path.display()),
                    ("reason", &reason.text(language)),
                ],
            ),
            Self::Export(error) => error.sentence(language),
            Self::Docx(detail) => fill(e.report_docx, &[("detail", detail)]),
            Self::Pdf(detail) => fill(e.report_pdf, &[("detail", &detail.text(language))]),
            Self::Spreadsheet(detail) => {
                fill(e.report_spreadsheet, &[("detail", &detail.text(language))])
            }
        }
    }
}

/// What went wrong building a PDF or a spreadsheet: a library's message,
/// or a reason worded by the error table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildDetail {
    /// The library's own message, as it is.
    Library(String),
    /// More stories than a worksheet has rows.
    TooManyRows,
    /// More columns than a worksheet has.
    TooManyColumns,
    /// The page size the PDF writer was given is invalid.
    PageSize,
    /// The embedded fonts cannot be read for the PDF.
    Fonts,
    /// The chart's SVG could not be read back; the parser's message.
    ChartUnreadable(String),
}

impl BuildDetail {
    fn text(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Library(text) => text.clone(),
            Self::TooManyRows => e.report_too_many_rows.to_owned(),
            Self::TooManyColumns => e.report_too_many_columns.to_owned(),
            Self::PageSize => e.report_page_size.to_owned(),
            Self::Fonts => e.report_fonts.to_owned(),
            Self::ChartUnreadable(detail) => fill(e.report_chart_unreadable, &[("detail", detail)]),
        }
    }
}

impl ReportError {
    pub(crate) fn write(path: &Path, error: &std::io::Error) -> Self {
        Self::Write {
            path: path.to_owned(),
            reason: crate::export::WriteReason::of(error),
        }
    }
}

/// Writes `report` to `path` in `format`. Markdown also writes the
/// `images/` folder next to `path`.
pub fn write_report(report: &Report, format: Format, path: &Path) -> Result<(), ReportError> {
    match format {
        Format::Html => write_file(path, html::html_from_report(report)?.as_bytes()),
        Format::Markdown => markdown::write_markdown(report, path),
        Format::Docx => write_file(path, &docx::docx_from_report(report)?),
        Format::Pdf => write_file(path, &pdf::pdf_from_report(report)?),
    }
}

/// Writes `bytes` to `path` atomically (never a truncated report at the
/// target, even when the process is killed).
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    crate::files::atomic_write(path, bytes).map_err(|error| ReportError::write(path, &error))
}
