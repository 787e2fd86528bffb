//! The sentences of the errors of project files, exports and reports,
//! edits, cross-tabs and the command line (see the parent module).

use std::path::PathBuf;

use super::{check, file};
use crate::charts::ChartError;
use crate::cli::CliError;
use crate::export::{ExportError, SnapshotError, WriteReason};
use crate::files::{FileKind, ReadError};
use crate::import::ImportError;
use crate::model::{DatasetError, FilterError, SelectionId, SelectionsError};
use crate::project::{
    EmbedError, FindingId, OpenError, PerspectiveId, ProjectError, ProjectFileError, Side,
};
use crate::report::{BuildDetail, ReportError};
use crate::stats::crosstab::CrossTabError;

fn project_file_errors() -> Vec<ProjectFileError> {
    let path = PathBuf::from("onderzoek.storylens");
    vec![
        ProjectFileError::Read {
            path: path.clone(),
            source: ReadError::TooLarge {
                limit_bytes: 1 << 30,
            }
            .into(),
        },
        ProjectFileError::Write {
            path: path.clone(),
            source: ReadError::NotRegular(FileKind::Device).into(),
        },
        ProjectFileError::Damaged {
            path: path.clone(),
            detail: "regel 1".into(),
        },
        ProjectFileError::NotAProject { path: path.clone() },
        ProjectFileError::Newer {
            path: path.clone(),
            found: 9,
        },
        ProjectFileError::UnknownVersion { path, found: 0 },
    ]
}

#[test]
fn project_file_errors_are_worded() {
    check(&project_file_errors(), ProjectFileError::sentence);
}

#[test]
fn open_and_embed_errors() {
    let embed = || {
        vec![
            EmbedError::UnknownFormat("v9".into()),
            EmbedError::Damaged("regel 2".into()),
            EmbedError::Invalid(DatasetError::DuplicateStoryId("a1".into())),
        ]
    };
    check(&embed(), EmbedError::sentence);
    let mut open: Vec<OpenError> = embed()
        .into_iter()
        .map(|error| OpenError::Embedded("onderzoek.storylens".into(), error))
        .collect();
    open.push(OpenError::MissingSource {
        project: "onderzoek.storylens".into(),
        source_path: "enquete.xlsx".into(),
    });
    open.push(OpenError::Import(ImportError::Empty { file: file() }));
    open.extend(project_file_errors().into_iter().map(OpenError::Project));
    check(&open, OpenError::sentence);
}

#[test]
fn snapshot_export_and_report_errors() {
    let snapshot = || {
        vec![
            SnapshotError::Filter {
                side: Side::Selection,
                name: "Ouders".into(),
                error: FilterError::NoStoryText,
            },
            SnapshotError::Chart(ChartError::NotAMark("Gevoel".into())),
            SnapshotError::UnknownFinding {
                id: 7,
                valid: "1, 2, 3".into(),
            },
            SnapshotError::MissingSource {
                path: PathBuf::from("enquete.xlsx"),
            },
            SnapshotError::NoSource,
            SnapshotError::Embedded(EmbedError::Damaged("regel 2".into())),
            SnapshotError::Import(ImportError::Empty { file: file() }),
            SnapshotError::Format {
                path: PathBuf::from("bevinding.gif"),
            },
        ]
    };
    check(&snapshot(), SnapshotError::sentence);
    let reasons = [
        WriteReason::FolderMissing,
        WriteReason::PermissionDenied,
        WriteReason::IsAFolder,
    ];
    let mut export: Vec<ExportError> = reasons
        .iter()
        .map(|reason| ExportError::Write {
            path: PathBuf::from("bevinding.png"),
            reason: reason.clone(),
        })
        .collect();
    export.extend([
        ExportError::Render("kapot".into()),
        ExportError::Encode("kapot".into()),
        ExportError::Size {
            width_px: 90_000.0,
            height_px: 10.0,
        },
    ]);
    export.extend(snapshot().into_iter().map(ExportError::Snapshot));
    check(&export, ExportError::sentence);
    let details = [
        BuildDetail::TooManyRows,
        BuildDetail::TooManyColumns,
        BuildDetail::PageSize,
        BuildDetail::Fonts,
        BuildDetail::ChartUnreadable("regel 4".into()),
    ];
    let mut report: Vec<ReportError> = details
        .iter()
        .flat_map(|d| {
            [
                ReportError::Pdf(d.clone()),
                ReportError::Spreadsheet(d.clone()),
            ]
        })
        .collect();
    report.extend(reasons.into_iter().map(|reason| ReportError::Write {
        path: PathBuf::from("verslag.pdf"),
        reason,
    }));
    report.push(ReportError::Docx("kapot".into()));
    report.push(ReportError::Export(ExportError::Render("kapot".into())));
    check(&report, ReportError::sentence);
}

#[test]
fn edits_that_refer_to_nothing() {
    check(
        &[
            SelectionsError::NotFound(SelectionId(4)),
            SelectionsError::EmptyName,
            SelectionsError::NameTaken("Ouders".into()),
        ],
        SelectionsError::sentence,
    );
    check(
        &[
            ProjectError::NoFinding(FindingId(4)),
            ProjectError::NoPerspective(PerspectiveId(2)),
        ],
        ProjectError::sentence,
    );
}

#[test]
fn crosstab_errors() {
    check(
        &[
            CrossTabError::Ragged {
                row: 2,
                found: 3,
                expected: 4,
            },
            CrossTabError::InvalidCount {
                row: 1,
                column: 2,
                value: -1.0,
            },
        ],
        CrossTabError::sentence,
    );
}

#[test]
fn cli_errors() {
    check(
        &[
            CliError::UnknownQuestion("Leeftijd".into()),
            CliError::UnknownWord("juf".into()),
            CliError::Import(ImportError::Empty { file: file() }),
        ],
        CliError::sentence,
    );
}
