//! [`apply`]: the one place a [`Command`] changes the [`Workspace`], and
//! [`Effect`]: what it leaves for the shell to do.

use crate::model::{Filter, QuestionId, QuestionKind, SelectionId};
use crate::project::{Finding, FrozenSelection, Quote};

use super::Workspace;
use super::browser::{BrowserCommand, StoryBrowser};
use super::command::{Command, FindingEdit, LeftTab};

/// What the shell must do after a command: the workspace itself draws
/// nothing, opens no files and holds no settings.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// A command for the shell: files, dialogs, settings, windows,
    /// presentation, exploring and background jobs.
    Shell(Command),
    /// The command would replace or close a project with unsaved changes:
    /// ask *Save / Don't save / Cancel* first.
    AskUnsaved(Command),
    /// The selection editor should show this (new or copied) selection.
    EditSelection(SelectionId),
    /// A rename was refused; the sentence says why.
    SelectionRefused(String),
    /// A finding was just saved: its first note takes the keyboard.
    FocusFindingNotes,
    /// Undo found nothing left in this project: the shell may go back to
    /// the project that was open before the last open or import.
    UndoOpen,
    /// A presentation started (true) or ended (false): the window goes
    /// full screen or back.
    FullScreen(bool),
    /// This selection's filter changed: an editor showing it shows the
    /// new one.
    RefreshEditor(SelectionId),
    /// Something the user asked for failed; the sentence says why.
    Error(String),
}

/// Whether `command` replaces or closes the open project, so that changes
/// not saved to its file would be gone afterwards.
pub fn loses_work(command: &Command) -> bool {
    match command {
        Command::OpenPath(_)
        | Command::OpenOrImport(_)
        | Command::OpenDialog
        | Command::OpenDemo
        | Command::NewProject
        | Command::CloseProject
        | Command::Quit => true,
        // A recent file that is gone only gets a notice.
        Command::OpenRecent(path) => path.exists(),
        _ => false,
    }
}

/// Carries out `command`; one that would lose unsaved work is not carried
/// out but handed back as [`Effect::AskUnsaved`].
pub fn apply(workspace: &mut Workspace, command: Command) -> Vec<Effect> {
    if loses_work(&command) && workspace.document.has_unsaved_changes() {
        return vec![Effect::AskUnsaved(command)];
    }
    workspace.carry_out(command)
}

/// The kind of chart a question draws on its own; a split by a second
/// question keeps its meaning only within one family.
fn chart_family(kind: &QuestionKind) -> u8 {
    match kind {
        QuestionKind::Triad { .. } => 0,
        QuestionKind::Slider { .. } => 1,
        kind if kind.is_choice() => 2,
        _ => 3,
    }
}

impl Workspace {
    /// Carries out `command` without asking about unsaved changes (the
    /// answer was *Don't save*, or nothing is at stake).
    pub fn carry_out(&mut self, command: Command) -> Vec<Effect> {
        match command {
            Command::ShowQuestion(id) => self.show_question(id),
            Command::SetBy(by) => {
                self.view.by = by;
                // The order named the previous split's options.
                self.view.chart.option_order = None;
                // So did the lumping of the previous split.
                let (question, by) = (&self.view.question, &self.view.by);
                self.view.chart.lumping.retain(|l| {
                    question.as_ref() == Some(&l.question) || by.as_ref() == Some(&l.question)
                });
                self.recompute();
            }
            Command::SetCellValue(value) => self.cell_value = value,
            Command::SetChartSettings(settings) => {
                self.view.chart = settings;
                self.recompute();
            }
            Command::SetLumping(lumping) => self.set_lumping(lumping),
            Command::OpenMark {
                population,
                mark,
                label,
            } => self.open_mark(population, &mark, label),
            Command::OpenRows { label, rows } => {
                self.browser = Some(StoryBrowser {
                    label,
                    rows,
                    reading: None,
                });
            }
            Command::Browser(BrowserCommand::Close) => self.browser = None,
            Command::Browser(command) => {
                if let Some(browser) = &mut self.browser {
                    browser.apply(&command);
                }
            }
            Command::SetLeftTab(tab) => self.left_tab = tab,
            Command::Compare(id) => self.compare_with(id),
            Command::SetBaseline(baseline) => {
                self.view.baseline = baseline;
                self.recompute();
            }
            Command::OpenFinding(id) => self.open_finding(id),
            Command::CloseFinding => self.open_finding = None,
            Command::SaveAsFinding => return self.save_as_finding(),
            Command::Arrange(arrange) => self.arrange(arrange),
            Command::Present(true) if self.start_presentation() => {
                return vec![Effect::FullScreen(true)];
            }
            Command::Present(false) if self.leave_presentation() => {
                return vec![Effect::FullScreen(false)];
            }
            Command::Present(_) => {}
            Command::PresentStep(step) => self.present_step(step),
            Command::PresentFlip => self.present_flip(),
            Command::Explore(command) => return self.apply_explore(command),
            command => return self.carry_out_edit(command),
        }
        Vec::new()
    }

    fn show_question(&mut self, id: QuestionId) {
        // A split is kept only while it still makes the same kind of
        // chart: a cross-tab's split must not turn the next triad into a
        // triad per option nobody asked for.
        let codebook = self.document.dataset.codebook();
        let family = |q: Option<&QuestionId>| {
            q.and_then(|q| codebook.get(q))
                .map(|q| chart_family(&q.kind))
        };
        // A question by itself (co-occurrence) is another kind of chart
        // than the next question by it.
        if self.view.by.as_ref() == Some(&id)
            || self.view.by == self.view.question
            || family(self.view.question.as_ref()) != family(Some(&id))
        {
            self.view.by = None;
        }
        self.view.question = Some(id);
        // Options belong to one chart; a new chart starts plain.
        self.view.chart = Default::default();
        self.recompute();
    }

    /// Commands that edit the project (each one undo step), undo and redo;
    /// anything else is the shell's.
    fn carry_out_edit(&mut self, command: Command) -> Vec<Effect> {
        let language = self.language;
        match command {
            Command::NewSelection => {
                let created = self
                    .document
                    .edit(|p| Some(p.selections.create(Filter::All, language)));
                if let Some(id) = created {
                    self.compare_with(Some(id));
                    return vec![Effect::EditSelection(id)];
                }
            }
            Command::RenameSelection(id, name) => {
                let mut refused = None;
                self.document.edit(|p| {
                    p.selections
                        .rename(id, &name)
                        .map_err(|error| refused = Some(error.sentence(language)))
                        .ok()
                });
                self.refresh_compared(id);
                return refused.map(Effect::SelectionRefused).into_iter().collect();
            }
            Command::DuplicateSelection(id) => {
                let copied = self
                    .document
                    .edit(|p| p.selections.duplicate(id, language).ok());
                return copied.map(Effect::EditSelection).into_iter().collect();
            }
            Command::DeleteSelection(id) => {
                let deleted = self.document.edit(|p| p.selections.delete(id).ok());
                if deleted.is_some() && self.compared_selection() == Some(id) {
                    self.compare_with(None);
                }
            }
            Command::SetSelectionFilter(id, filter) => {
                let set = self
                    .document
                    .edit(|p| p.selections.set_filter(id, filter).ok());
                if set.is_some() {
                    self.refresh_compared(id);
                }
            }
            Command::EditFinding(id, edit) => self.edit_finding(id, edit),
            Command::StopWords(command) => self.apply_stop_words(command),
            Command::Undo => {
                if self.undo_lumping() {
                    return Vec::new();
                }
                if !self.document.undo() {
                    return vec![Effect::UndoOpen];
                }
                self.after_project_change();
            }
            Command::Redo => {
                if self.redo_lumping() {
                    return Vec::new();
                }
                self.document.redo();
                self.after_project_change();
            }
            Command::AddQuote {
                finding,
                story_id,
                excerpt,
            } => {
                self.document.edit(|p| {
                    let quote = Quote { story_id, excerpt };
                    p.finding_mut(finding).map(|f| f.quotes.push(quote))
                });
            }
            Command::AddRedaction(redaction) => {
                self.document.edit(|p| {
                    let new = !redaction.original.is_empty() && !p.redactions.contains(&redaction);
                    new.then(|| p.redactions.push(redaction))
                });
            }
            Command::RemoveRedaction(redaction) => {
                self.document.edit(|p| {
                    let index = p.redactions.iter().position(|r| *r == redaction)?;
                    Some(p.redactions.remove(index))
                });
            }
            command => return vec![Effect::Shell(command)],
        }
        Vec::new()
    }

    fn edit_finding(&mut self, id: crate::project::FindingId, edit: FindingEdit) {
        // A tick is a step of its own; typing coalesces (below).
        if let FindingEdit::ShowDifferences(on) = edit {
            self.document.edit(|p| {
                p.finding_mut(id)?.show_differences = on;
                Some(())
            });
            return;
        }
        let key = match &edit {
            FindingEdit::Title(_) => "title",
            FindingEdit::Saw(_) => "saw",
            FindingEdit::SeeNow(_) => "see_now",
            FindingEdit::Interpretation(_) => "interpretation",
            FindingEdit::Proposals(_) => "proposals",
            FindingEdit::ShowDifferences(_) => "show_differences",
        };
        // Typing in one field is one undo step.
        let key = format!("{}:{key}", id.0);
        self.document.edit_coalesced(&key, |p| {
            let finding = p.finding_mut(id)?;
            match edit {
                FindingEdit::Title(text) => finding.title = text,
                FindingEdit::Saw(text) => finding.saw = text,
                FindingEdit::SeeNow(text) => finding.see_now = text,
                FindingEdit::Interpretation(text) => finding.interpretation = text,
                FindingEdit::Proposals(list) => finding.proposals = list,
                FindingEdit::ShowDifferences(on) => finding.show_differences = on,
            }
            Some(())
        });
    }

    /// Saves the chart and comparison on screen as a new finding in the
    /// first perspective, and opens it.
    fn save_as_finding(&mut self) -> Vec<Effect> {
        let language = self.language;
        let Some(comparison) = self.view_comparison() else {
            return Vec::new();
        };
        let project = self.document.project();
        let selection = match &self.view.selection {
            Some(compared) => match compared.from.and_then(|id| project.selections.get(id)) {
                Some(named) => FrozenSelection::of(named),
                None => FrozenSelection {
                    name: compared.name.clone(),
                    filter: compared.filter.clone(),
                    from: None,
                },
            },
            None => FrozenSelection::all(language),
        };
        let title = self
            .chart
            .as_ref()
            .and_then(|c| c.as_ref().ok())
            .map(|c| crate::charts::text::title(c, language))
            .unwrap_or_default();
        let added = self.document.edit(|p| {
            let id = p.next_finding_id();
            let mut finding =
                Finding::new(id, title, comparison.spec, comparison.baseline, selection);
            finding.against = comparison.against;
            let perspective = p.perspectives.first().map(|p| p.id);
            p.add_finding(finding, perspective).ok().map(|_| id)
        });
        let Some(id) = added else {
            return Vec::new();
        };
        self.open_finding = Some(id);
        self.left_tab = LeftTab::Findings;
        vec![Effect::FocusFindingNotes]
    }
}
