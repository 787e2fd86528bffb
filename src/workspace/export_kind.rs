//! [`ExportKind`]: what File → Export writes.

use crate::i18n::Language;
use crate::report::Format;
pub use crate::report::TableFormat;

/// An image file format of a finding's snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    /// PNG at 2× for projectors.
    Png,
    /// Vector picture, for print and editing.
    Svg,
}

/// What File → Export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// A report of the project's findings.
    Report(Format),
    /// The open finding as an annotated picture.
    Snapshot(ImageFormat),
    /// The compared selection's stories as a table.
    Table(TableFormat),
}

impl ExportKind {
    /// Every kind, in menu order.
    pub const ALL: [Self; 8] = [
        Self::Report(Format::Html),
        Self::Report(Format::Pdf),
        Self::Report(Format::Docx),
        Self::Report(Format::Markdown),
        Self::Snapshot(ImageFormat::Png),
        Self::Snapshot(ImageFormat::Svg),
        Self::Table(TableFormat::Xlsx),
        Self::Table(TableFormat::Csv),
    ];

    /// The file extensions (without dot) a file of this kind may have; the first is the default.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Report(Format::Html) => &["html"],
            Self::Report(Format::Pdf) => &["pdf"],
            Self::Report(Format::Docx) => &["docx"],
            Self::Report(Format::Markdown) => &["md"],
            Self::Snapshot(ImageFormat::Png) => &["png"],
            Self::Snapshot(ImageFormat::Svg) => &["svg"],
            Self::Table(TableFormat::Xlsx) => &["xlsx"],
            Self::Table(TableFormat::Csv) => &["csv"],
        }
    }

    /// The menu entry, e.g. "HTML" or "PNG (2×, voor de beamer)".
    pub fn label(self, language: Language) -> &'static str {
        match self {
            Self::Report(Format::Html) => "HTML",
            Self::Report(Format::Pdf) => "PDF",
            Self::Report(Format::Docx) => "Word (DOCX)",
            Self::Report(Format::Markdown) => "Markdown",
            Self::Snapshot(ImageFormat::Png) => language.strings().export_snapshot_png,
            Self::Snapshot(ImageFormat::Svg) => "SVG",
            Self::Table(TableFormat::Xlsx) => "Excel (XLSX)",
            Self::Table(TableFormat::Csv) => "CSV",
        }
    }
}
