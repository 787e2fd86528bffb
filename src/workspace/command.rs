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
    /// The baseline: all stories, or the rest.
    Whole,
    /// The compared selection.
    Selection,
}

/// An edit of a finding's text.
#[derive(Clone, Debug, PartialEq)]
pub enum FindingEdit {
    /// The finding's title.
    Title(String),
    /// *Wat zagen we?*: what the chart showed then.
    Saw(String),
    /// *Wat zien we nu?*: what it shows now.
    SeeNow(String),
    /// The researcher's interpretation.
    Interpretation(String),
    /// The proposals, one per line.
    Proposals(Vec<String>),
    /// Whether the report lists what makes the selection different.
    ShowDifferences(bool),
}

/// Everything a panel may ask the app to do. Panels push commands while
/// drawing; [`apply`](super::apply) carries them out after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Draw this question's chart.
    ShowQuestion(QuestionId),
    /// Split the current chart by a second question, or stop splitting.
    SetBy(Option<QuestionId>),
    /// What a cross-tab's cells show.
    SetCellValue(CellValue),
    /// Change the per-chart options of the chart in view.
    SetChartSettings(ChartSettings),
    /// Merge, rename or hide options of the chart in view (display
    /// lumping); one undo step.
    SetLumping(Vec<crate::charts::OptionLumping>),
    /// Switch the app to this language (remembered in the settings).
    SetLanguage(Language),
    /// Show the stories behind a mark of a panel.
    OpenMark {
        /// The panel the mark was clicked in.
        population: PanelPopulation,
        /// The bar, bin, cell or zone.
        mark: Mark,
        /// What the mark is, as the story list's heading.
        label: String,
    },
    /// Show these story rows (dots near a click).
    OpenRows {
        /// The story list's heading.
        label: String,
        /// The dataset rows to list.
        rows: Vec<usize>,
    },
    /// Move, open or close in the story browser.
    Browser(BrowserCommand),
    /// Switch to this theme (remembered in the settings).
    SetTheme(Theme),
    /// Text one step larger (1), smaller (-1) or normal (0).
    Zoom(i8),
    /// Enter or leave full screen.
    ToggleFullScreen,
    /// Open the embedded demo survey (asking about unsaved changes first).
    OpenDemo,
    /// Leave the app (asking about unsaved changes first).
    Quit,
    /// Show this tab of the left panel.
    SetLeftTab(LeftTab),
    /// Compare the chart with a named selection, or stop comparing.
    Compare(Option<SelectionId>),
    /// Compare with all stories or with the stories outside the selection.
    SetBaseline(Baseline),
    /// Add a named selection of all stories under a free default name,
    /// compare with it and open it for editing.
    NewSelection,
    /// Give a selection a new name (refused when empty or taken).
    RenameSelection(SelectionId, String),
    /// Add a copy of a selection under a free name and open it for editing.
    DuplicateSelection(SelectionId),
    /// Remove a selection.
    DeleteSelection(SelectionId),
    /// Replace a selection's filter.
    SetSelectionFilter(SelectionId, Filter),
    /// Show a finding: its chart, comparison and notes.
    OpenFinding(FindingId),
    /// Leave the open finding (the chart on screen stays).
    CloseFinding,
    /// Save the chart and comparison on screen as a new finding.
    SaveAsFinding,
    /// Change a text of a finding (one undo step).
    EditFinding(FindingId, FindingEdit),
    /// Undo the last project edit.
    Undo,
    /// Redo the last undone edit.
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
    /// Save the project to this file and remember it as the project's place.
    SaveAs(std::path::PathBuf),
    /// Close notice `usize` of the notice strip (index from the top).
    DismissNotice(usize),
    /// File → Recent: open it again, or say it is gone and forget it.
    OpenRecent(std::path::PathBuf),
    /// File → Import a newer export…: ask for the file.
    ReimportDialog,
    /// Import this file as a newer export of the open project's survey.
    Reimport(std::path::PathBuf),
    /// Reopen the last project on launch (true) or start on the demo.
    SetReopenLast(bool),
    /// Help → Welcome: show the welcome screen.
    ShowWelcome,
    /// Close the welcome screen.
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
    /// Take a redaction back: the words show again.
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
        /// The finding that gets the quote.
        finding: FindingId,
        /// The story quoted.
        story_id: crate::model::StoryId,
        /// The quoted words, as selected in the reader.
        excerpt: String,
    },
    /// Leave a word out of the word counts, or put it back (issue 16).
    StopWords(super::stop_words::StopWordCommand),
}

/// The tabs of the left panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeftTab {
    /// Every question, grouped by kind.
    #[default]
    Questions,
    /// The named selections and the builder.
    Selections,
    /// The findings, grouped in perspectives.
    Findings,
}

/// What a cross-tab cell shows besides its count: the export's setting,
/// so screen and pictures share one type.
pub use crate::export::CellValue;

/// The look of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
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
    /// Save first, then go on.
    Save,
    /// Go on and lose the changes.
    Discard,
    /// Stay, changing nothing.
    Cancel,
}

/// A change to the arrangement of findings and perspectives.
#[derive(Clone, Debug, PartialEq)]
pub enum ArrangeCommand {
    /// Move a finding to the gap `index` (as displayed before the move) of
    /// a perspective, or of the ungrouped findings (`None`).
    MoveFinding {
        /// The finding to move.
        finding: FindingId,
        /// The perspective; `None` for the ungrouped findings.
        to: Option<PerspectiveId>,
        /// The gap to move it to, as displayed before the move.
        index: usize,
    },
    /// Add an empty perspective under a free default name.
    AddPerspective,
    /// Give a perspective a new name.
    RenamePerspective(PerspectiveId, String),
    /// Replace a perspective's introduction (shown before its findings in reports).
    SetIntroduction(PerspectiveId, String),
    /// Its findings become ungrouped.
    DeletePerspective(PerspectiveId),
    /// Remove a finding.
    DeleteFinding(FindingId),
    /// Copy the named selections a finding was made from again.
    UpdateToCurrent(FindingId),
}

/// Commands of brushing, overlay, grid and search.
#[derive(Clone, Debug, PartialEq)]
pub enum ExploreCommand {
    /// A range or lasso brushed on a panel: list its stories there.
    Brushed {
        /// The panel it was brushed on.
        population: PanelPopulation,
        /// The range or lasso, in chart values.
        brush: Brush,
    },
    /// A clicked mark becomes the brush (its stories are opened by
    /// `Command::OpenMark`).
    BrushMark(Mark),
    /// Turn the brushed stories into a selection, or add or remove them.
    BrushTo(BrushAction),
    /// Forget the brush.
    ClearBrush,
    /// Draw both populations in one panel (true) or side by side.
    SetOverlay(bool),
    /// Show a grid of small charts.
    OpenGrid(GridSource),
    /// Leave the grid for the single chart.
    CloseGrid,
    /// Show grid cell `index` full size.
    GridFullSize(usize),
    /// Tick or untick a question for the grid of chosen questions.
    TogglePick(QuestionId),
    /// Open the search (Ctrl+F).
    OpenSearch,
    /// Close the search.
    CloseSearch,
    /// Search titles and stories for this text (live, as typed).
    SetSearch(String),
    /// Keywords in context of a word (typed or a clicked term).
    OpenKwic(String),
    /// The KWIC word box's text, before Enter.
    TypeKwic(String),
    /// Sort the keyword-in-context lines by story or by a neighbouring word.
    SetKwicOrder(crate::words::KwicOrder),
    /// Open the story of KWIC line `usize` with the word marked.
    ReadKwicLine(usize),
    /// Close keywords in context.
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
