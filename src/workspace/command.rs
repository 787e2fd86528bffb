//! [`Command`]: everything a panel may ask for, with its payload types.
//! The shell in `ui` draws and pushes commands; [`super::apply`] carries
//! out what changes the workspace and names the rest as effects.

use crate::charts::Mark;
use crate::charts::brush::BrushAction;
use crate::i18n::Language;
use crate::model::{Filter, QuestionId, SelectionId};
use crate::project::{FindingId, PerspectiveId};
use serde::{Deserialize, Serialize};

use super::browser::BrowserCommand;
pub use super::export_kind::{ExportKind, ImageFormat, TableFormat};
use super::view::{Baseline, ChartSettings};

/// Which population a panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelPopulation {
    Whole,
    Selection,
}

/// An edit of a finding's text.
#[derive(Clone, Debug, PartialEq)]
pub enum FindingEdit {
    Title(String),
    Saw(String),
    SeeNow(String),
    Interpretation(String),
    Proposals(Vec<String>),
}

/// Everything a panel may ask the app to do. Panels push commands while
/// drawing; [`apply`](super::apply) carries them out after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    ShowQuestion(QuestionId),
    /// Split the current chart by a second question, or stop splitting.
    SetBy(Option<QuestionId>),
    SetCellValue(CellValue),
    /// Change the per-chart options of the chart in view.
    SetChartSettings(ChartSettings),
    SetLanguage(Language),
    /// Show the stories behind a mark of a panel.
    OpenMark {
        population: PanelPopulation,
        mark: Mark,
        label: String,
    },
    /// Show these story rows (dots near a click).
    OpenRows {
        label: String,
        rows: Vec<usize>,
    },
    Browser(BrowserCommand),
    SetTheme(Theme),
    /// Text one step larger (1), smaller (-1) or normal (0).
    Zoom(i8),
    ToggleFullScreen,
    OpenDemo,
    Quit,
    SetLeftTab(LeftTab),
    /// Compare the chart with a named selection, or stop comparing.
    Compare(Option<SelectionId>),
    SetBaseline(Baseline),
    NewSelection,
    RenameSelection(SelectionId, String),
    DuplicateSelection(SelectionId),
    DeleteSelection(SelectionId),
    SetSelectionFilter(SelectionId, Filter),
    OpenFinding(FindingId),
    CloseFinding,
    /// Save the chart and comparison on screen as a new finding.
    SaveAsFinding,
    EditFinding(FindingId, FindingEdit),
    Undo,
    Redo,
    /// Start (true) or leave (false) presentation mode.
    Present(bool),
    /// Next (1) or previous (-1) slide.
    PresentStep(isize),
    /// Show the baseline or the selection full width on the slide.
    PresentFlip,
    /// Open a project or import an export (File → Open, drag and drop).
    OpenPath(std::path::PathBuf),
    /// A dropped file: a project opens, an export goes through the
    /// import dialog.
    OpenOrImport(std::path::PathBuf),
    /// File → Open…: ask the system for a file.
    OpenDialog,
    /// File → Save as…: ask the system where.
    SaveAsDialog,
    /// Save the project where it was last saved.
    Save,
    SaveAs(std::path::PathBuf),
    DismissNotice(usize),
    /// File → Recent: open it again, or say it is gone and forget it.
    OpenRecent(std::path::PathBuf),
    /// File → Import a newer export…: ask for the file.
    ReimportDialog,
    /// Import this file as a newer export of the open project's survey.
    Reimport(std::path::PathBuf),
    SetReopenLast(bool),
    ShowWelcome,
    CloseWelcome,
    /// Order, group and edit findings and perspectives.
    Arrange(ArrangeCommand),
    /// File → Export: ask where, then write in the background.
    Export(ExportKind),
    /// Write this export to this file in the background (the built-in file
    /// browser's answer).
    ExportTo(ExportKind, std::path::PathBuf),
    /// Replace words of a story with a placeholder in every view and export.
    AddRedaction(crate::project::Redaction),
    RemoveRedaction(crate::project::Redaction),
    /// The recovery banner: restore the autosave (true) or discard it.
    AnswerRecovery(bool),
    /// Brushing, overlay, grid view and search.
    Explore(ExploreCommand),
    /// The answer to "Save changes?".
    AnswerUnsaved(UnsavedAnswer),
    /// File → Close project: back to the demo and the welcome screen.
    CloseProject,
    /// File → New project: the welcome screen, with no data open.
    NewProject,
    /// Open (true) or close the window with the last import's notes.
    ShowImportReport(bool),
    /// Quote (part of) a story in a finding.
    AddQuote {
        finding: FindingId,
        story_id: crate::model::StoryId,
        excerpt: String,
    },
    /// Leave a word out of the word counts, or put it back (issue 16).
    StopWords(super::stop_words::StopWordCommand),
}

/// The tabs of the left panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeftTab {
    #[default]
    Questions,
    Selections,
    Findings,
}

/// What a cell shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CellValue {
    #[default]
    Counts,
    RowPercent,
    ColumnPercent,
}

/// The look of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    Light,
    #[default]
    Dark,
    /// High contrast and large type, legible from the back of a room.
    Projector,
}

impl Theme {
    /// Extra zoom on top of the user's text size.
    pub fn zoom(self) -> f32 {
        match self {
            Self::Projector => 1.35,
            Self::Light | Self::Dark => 1.0,
        }
    }
}

/// The three answers to the unsaved-changes prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    Save,
    Discard,
    Cancel,
}

/// A change to the arrangement of findings and perspectives.
#[derive(Clone, Debug, PartialEq)]
pub enum ArrangeCommand {
    /// Move a finding to the gap `index` (as displayed before the move) of
    /// a perspective, or of the ungrouped findings (`None`).
    MoveFinding {
        finding: FindingId,
        to: Option<PerspectiveId>,
        index: usize,
    },
    AddPerspective,
    RenamePerspective(PerspectiveId, String),
    SetIntroduction(PerspectiveId, String),
    /// Its findings become ungrouped.
    DeletePerspective(PerspectiveId),
    DeleteFinding(FindingId),
    /// Copy the named selections a finding was made from again.
    UpdateToCurrent(FindingId),
}

/// Commands of brushing, overlay, grid and search.
#[derive(Clone, Debug, PartialEq)]
pub enum ExploreCommand {
    /// A range or lasso brushed on a panel: list its stories there.
    Brushed {
        population: PanelPopulation,
        brush: Brush,
    },
    /// A clicked mark becomes the brush (its stories are opened by
    /// `Command::OpenMark`).
    BrushMark(Mark),
    BrushTo(BrushAction),
    ClearBrush,
    SetOverlay(bool),
    OpenGrid(GridSource),
    CloseGrid,
    /// Show grid cell `index` full size.
    GridFullSize(usize),
    /// Tick or untick a question for the grid of chosen questions.
    TogglePick(QuestionId),
    OpenSearch,
    CloseSearch,
    SetSearch(String),
    /// Keywords in context of a word (typed or a clicked term).
    OpenKwic(String),
    /// The KWIC word box's text, before Enter.
    TypeKwic(String),
    SetKwicOrder(crate::words::KwicOrder),
    /// Open the story of KWIC line `usize` with the word marked.
    ReadKwicLine(usize),
    CloseKwic,
}

/// What a grid shows.
#[derive(Clone, Debug, PartialEq)]
pub enum GridSource {
    /// The charts of a perspective's findings, each with its own
    /// comparison.
    Perspective(PerspectiveId),
    /// These questions, each compared as the current chart is.
    Questions(Vec<QuestionId>),
}

/// What was brushed, in chart values.
#[derive(Clone, Debug, PartialEq)]
pub enum Brush {
    /// A range dragged on a slider axis (0–100), in either order.
    SliderRange(f64, f64),
    /// A polygon drawn on a triad, corners as `[top, left, right]`.
    Polygon(Vec<[f64; 3]>),
}
