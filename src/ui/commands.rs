//! [`Command`]: everything a panel may ask the app to do, and
//! [`StorylensApp::apply`], the one place the state changes.

use crate::model::{Filter, QuestionId, QuestionKind, SelectionId};
use crate::project::{Finding, FindingId, FrozenSelection};

pub use crate::workspace::{Command, FindingEdit, PanelPopulation};

use super::app::{LeftTab, StorylensApp};
use super::stories_panel::{BrowserCommand, StoryBrowser};
use super::view::Compared;

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

impl StorylensApp {
    /// Carries out one command; one that would replace or close a project
    /// with unsaved changes first asks *Save / Don't save / Cancel*.
    pub fn apply(&mut self, command: Command) {
        if !self.hold_back(&command) {
            self.carry_out(command);
        }
    }

    /// Carries out one command without asking.
    #[allow(clippy::too_many_lines, reason = "split by the Workspace refactor")]
    pub(crate) fn carry_out(&mut self, command: Command) {
        match command {
            Command::ShowQuestion(id) => {
                // A split is kept only while it still makes the same kind
                // of chart: a cross-tab's split must not turn the next
                // triad into a triad per option nobody asked for.
                let codebook = self.dataset.codebook();
                let family = |q: Option<&QuestionId>| {
                    q.and_then(|q| codebook.get(q))
                        .map(|q| chart_family(&q.kind))
                };
                if self.view.by.as_ref() == Some(&id)
                    || family(self.view.question.as_ref()) != family(Some(&id))
                {
                    self.view.by = None;
                }
                self.view.question = Some(id);
                // Options belong to one chart; a new chart starts plain.
                self.view.chart = Default::default();
                self.recompute();
            }
            Command::SetBy(by) => {
                self.view.by = by;
                // The order named the previous split's options.
                self.view.chart.option_order = None;
                self.recompute();
            }
            Command::SetCellValue(value) => self.cell_value = value,
            Command::SetChartSettings(settings) => {
                self.view.chart = settings;
                self.recompute();
            }
            Command::SetLanguage(language) => self.settings.language = language,
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
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::Zoom(step) => self.settings.zoom(step),
            Command::ToggleFullScreen => {
                self.full_screen = !self.full_screen;
                self.viewport_commands
                    .push(egui::ViewportCommand::Fullscreen(self.full_screen));
            }
            Command::Quit => {
                self.quitting = true;
                self.viewport_commands.push(egui::ViewportCommand::Close);
            }
            Command::OpenDemo => self.open_demo(),
            Command::CloseProject => {
                self.open_demo();
                self.welcome.get_or_insert_with(Default::default);
            }
            Command::AnswerUnsaved(answer) => self.answer_unsaved(answer),
            Command::ShowImportReport(open) => self.import_report_open = open,
            Command::OpenRecent(path) => {
                if path.exists() {
                    self.open_or_import(path);
                } else {
                    self.settings.recent.retain(|p| *p != path);
                    let tr = self.strings();
                    let text = crate::i18n::fill(tr.recent_missing, &[("file", &path.display())]);
                    self.notices.push(super::app::Notice::warning(text));
                }
            }
            Command::ReimportDialog => self.reimport_with_dialog(),
            Command::Reimport(path) => self.reimport(path),
            Command::SetReopenLast(on) => self.settings.reopen_last = on,
            Command::ShowWelcome => {
                self.welcome.get_or_insert_with(Default::default);
            }
            Command::CloseWelcome => {
                self.welcome = None;
                self.settings.welcome_seen = true;
            }
            Command::AnswerRecovery(restore) => self.answer_recovery(restore),
            Command::Export(kind) => self.export_with_dialog(kind),
            Command::ExportTo(kind, path) => self.export_to(kind, path),
            Command::SetLeftTab(tab) => self.left_tab = tab,
            Command::OpenPath(path) => self.open_path(&path),
            Command::OpenOrImport(path) => self.open_or_import(path),
            Command::OpenDialog => self.open_with_dialog(),
            Command::SaveAsDialog => self.save_with_dialog(),
            Command::Save => match self.project_path.clone() {
                Some(path) => self.save_project(&path),
                None => self.save_with_dialog(),
            },
            Command::SaveAs(path) => self.save_project(&path),
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Command::Compare(id) => self.compare_with(id),
            Command::Explore(command) => self.apply_explore(command),
            Command::SetBaseline(baseline) => {
                self.view.baseline = baseline;
                self.recompute();
            }
            command => self.apply_project_command(command),
        }
    }

    /// Commands that change the project: each is one undo step.
    #[allow(clippy::too_many_lines, reason = "split by the Workspace refactor")]
    fn apply_project_command(&mut self, command: Command) {
        let language = self.settings.language;
        match command {
            Command::NewSelection => {
                let created = self.history.edit(&mut self.project, |p| {
                    Some(p.selections.create(Filter::All, language))
                });
                if let Some(id) = created {
                    self.editor.select(id, &self.project, &self.dataset);
                    self.compare_with(Some(id));
                }
            }
            Command::RenameSelection(id, name) => {
                let mut refused = None;
                self.history.edit(&mut self.project, |p| {
                    p.selections
                        .rename(id, &name)
                        .map_err(|error| refused = Some(error.to_string()))
                        .ok()
                });
                if refused.is_some() {
                    self.editor.error = refused;
                }
                self.refresh_compared(id);
            }
            Command::DuplicateSelection(id) => {
                let copied = self.history.edit(&mut self.project, |p| {
                    p.selections.duplicate(id, language).ok()
                });
                if let Some(copy) = copied {
                    self.editor.select(copy, &self.project, &self.dataset);
                }
            }
            Command::DeleteSelection(id) => {
                let deleted = self
                    .history
                    .edit(&mut self.project, |p| p.selections.delete(id).ok());
                let compared = self.view.selection.as_ref().and_then(|c| c.from) == Some(id);
                if deleted.is_some() && compared {
                    self.compare_with(None);
                }
            }
            Command::SetSelectionFilter(id, filter) => {
                let set = self.history.edit(&mut self.project, |p| {
                    p.selections.set_filter(id, filter).ok()
                });
                if set.is_some() {
                    self.refresh_compared(id);
                }
            }
            Command::OpenFinding(id) => self.open_finding(id),
            Command::CloseFinding => self.open_finding = None,
            Command::SaveAsFinding => self.save_as_finding(),
            Command::EditFinding(id, edit) => {
                let key = match &edit {
                    FindingEdit::Title(_) => "title",
                    FindingEdit::Saw(_) => "saw",
                    FindingEdit::SeeNow(_) => "see_now",
                    FindingEdit::Interpretation(_) => "interpretation",
                    FindingEdit::Proposals(_) => "proposals",
                };
                // Typing in one field is one undo step.
                let key = format!("{}:{key}", id.0);
                self.history.edit_coalesced(&mut self.project, &key, |p| {
                    let finding = p.finding_mut(id)?;
                    match edit {
                        FindingEdit::Title(text) => finding.title = text,
                        FindingEdit::Saw(text) => finding.saw = text,
                        FindingEdit::SeeNow(text) => finding.see_now = text,
                        FindingEdit::Interpretation(text) => finding.interpretation = text,
                        FindingEdit::Proposals(list) => finding.proposals = list,
                    }
                    Some(())
                });
            }
            Command::Undo => {
                if self.history.undo(&mut self.project) {
                    self.after_project_change();
                } else {
                    self.undo_open();
                }
            }
            Command::Redo => {
                self.history.redo(&mut self.project);
                self.after_project_change();
            }
            Command::AddQuote {
                finding,
                story_id,
                excerpt,
            } => {
                self.history.edit(&mut self.project, |p| {
                    let quote = crate::project::Quote { story_id, excerpt };
                    p.finding_mut(finding).map(|f| f.quotes.push(quote))
                });
            }
            Command::Arrange(arrange) => self.apply_arrange(arrange),
            Command::AddRedaction(redaction) => {
                self.history.edit(&mut self.project, |p| {
                    let new = !redaction.original.is_empty() && !p.redactions.contains(&redaction);
                    new.then(|| p.redactions.push(redaction))
                });
            }
            Command::RemoveRedaction(redaction) => {
                self.history.edit(&mut self.project, |p| {
                    let index = p.redactions.iter().position(|r| *r == redaction)?;
                    Some(p.redactions.remove(index))
                });
            }
            Command::Present(on) => self.present(on),
            Command::PresentStep(step) => self.present_step(step),
            Command::PresentFlip => self.present_flip(),
            _ => {}
        }
    }

    fn compare_with(&mut self, id: Option<SelectionId>) {
        self.view.selection = id.and_then(|id| {
            let named = self.project.selections.get(id)?;
            Some(Compared {
                name: named.name.clone(),
                filter: named.filter.clone(),
                from: Some(id),
            })
        });
        self.view.baseline_filter = None;
        self.open_finding = None;
        self.recompute();
    }

    /// After a named selection changed, a view that follows it follows.
    fn refresh_compared(&mut self, id: SelectionId) {
        if self.view.selection.as_ref().and_then(|c| c.from) == Some(id) {
            self.compare_with(Some(id));
        }
    }

    pub(crate) fn after_project_change(&mut self) {
        if let Some(id) = self.view.selection.as_ref().and_then(|c| c.from) {
            if self.project.selections.get(id).is_some() {
                self.compare_with(Some(id));
            } else {
                self.compare_with(None);
            }
        }
        if let Some(id) = self.open_finding
            && self.project.finding(id).is_none()
        {
            self.open_finding = None;
        }
    }

    /// Shows a finding's frozen comparison.
    pub(crate) fn open_finding(&mut self, id: FindingId) {
        let Some(finding) = self.project.finding(id) else {
            return;
        };
        self.view = super::view::View::of_comparison(&finding.comparison());
        self.open_finding = Some(id);
        self.recompute();
    }

    fn save_as_finding(&mut self) {
        let language = self.settings.language;
        let Some(comparison) = self.view.comparison(self.settings.min_n, language) else {
            return;
        };
        let selection = match &self.view.selection {
            Some(compared) => match compared.from.and_then(|id| self.project.selections.get(id)) {
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
            .map(|c| match &c.by {
                Some(by) => format!("{} × {}", c.title, by.title),
                None => c.title.clone(),
            })
            .unwrap_or_default();
        let added = self.history.edit(&mut self.project, |p| {
            let id = p.next_finding_id();
            let mut finding =
                Finding::new(id, title, comparison.spec, comparison.baseline, selection);
            finding.against = comparison.against;
            let perspective = p.perspectives.first().map(|p| p.id);
            p.add_finding(finding, perspective).ok().map(|_| id)
        });
        if let Some(id) = added {
            self.open_finding = Some(id);
            self.left_tab = LeftTab::Findings;
            self.focus_new_finding.set(true);
        }
    }
}
