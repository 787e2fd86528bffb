//! [`AutosaveDriver`]: runs the pure [`Autosave`] timing inside the app.
//!
//! Each frame `StorylensApp::autosave_tick` compares the undo history's
//! revision with the last one it saw (every command that changes the
//! project records into the history, so a new revision is a change), notes
//! the change, and when the timing says a save is due, writes a clone of
//! the project on a background thread: cloning costs the frame well under a
//! millisecond (see `benches/autosave.rs`), while the write with its fsync
//! can take tens of milliseconds. A project saved or opened from a file is
//! autosaved beside it (`<file>.autosave`); one never saved goes to
//! `unsaved.storylens.autosave` in the app's data folder.
//!
//! On launch and on opening a project, [`recover`] finds an autosave newer
//! than the project; a banner offers to restore or discard it without
//! blocking the window. A real save removes the autosave.
//!
//! Time comes from a [`Clock`], so tests move it forward instead of
//! sleeping. The driver is off ([`AutosaveDriver::default`]) unless the
//! window (or a test) gives it a folder, so tests never touch the user's
//! data folder.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use egui::RichText;

use crate::i18n::{self, Language};
use crate::project::{
    Autosave, Project, ProjectFileError, autosave_path, open_project, recover, remove_autosave,
    write_autosave,
};

use super::app::{Notice, Source, StorylensApp};
use super::commands::Command;

/// Name of the project file an unsaved project is autosaved as (plus
/// `.autosave`) in the data folder.
pub const UNSAVED_NAME: &str = "unsaved.storylens";

/// How often a frame is asked for while an autosave is pending.
const POLL: Duration = Duration::from_millis(500);

/// The time autosave goes by: the system clock, or one a test moves.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    manual: Option<Arc<Mutex<Instant>>>,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Self {
        Self::default()
    }

    /// A clock standing still at the moment of creation until
    /// [`Clock::advance`] moves it; clones share the time.
    pub fn manual() -> Self {
        Self {
            manual: Some(Arc::new(Mutex::new(Instant::now()))),
        }
    }

    /// The current time on this clock.
    pub fn now(&self) -> Instant {
        match &self.manual {
            // A poisoned lock only means a test panicked elsewhere; the
            // instant inside is still a valid time.
            Some(time) => *time.lock().unwrap_or_else(|e| e.into_inner()),
            None => Instant::now(),
        }
    }

    /// Moves a manual clock forward; the system clock cannot be moved.
    pub fn advance(&self, by: Duration) {
        if let Some(time) = &self.manual {
            *time.lock().unwrap_or_else(|e| e.into_inner()) += by;
        }
    }
}

/// An autosave that can be restored, as the banner offers it.
#[derive(Clone, Debug)]
pub struct Recovery {
    /// The project file it belongs to; `None` for a never-saved project.
    pub project_path: Option<PathBuf>,
    /// The autosave file that holds it.
    pub autosave_file: PathBuf,
    /// The autosaved project.
    pub project: Project,
    /// Local time the autosave was written, "14:32".
    pub time: String,
}

/// A background write in progress.
#[derive(Debug)]
struct Writer {
    handle: JoinHandle<Result<(), ProjectFileError>>,
    /// When the project it writes was cloned.
    started: Instant,
}

/// Autosave state of the app (see the module docs).
#[derive(Debug, Default)]
pub struct AutosaveDriver {
    /// The data folder for never-saved projects; `None` turns autosave off.
    dir: Option<PathBuf>,
    clock: Clock,
    timing: Autosave,
    seen_revision: u64,
    writer: Option<Writer>,
    recovery: Option<Recovery>,
    /// The last autosave failed; said once until one succeeds.
    failing: bool,
}

impl AutosaveDriver {
    /// Autosave on, with never-saved projects going to `dir`.
    pub fn new(dir: PathBuf, clock: Clock) -> Self {
        Self {
            dir: Some(dir),
            clock,
            ..Self::default()
        }
    }

    /// The app's data folder, as eframe keeps its settings there too.
    pub fn in_data_dir() -> Self {
        match eframe::storage_dir("Storylens") {
            Some(dir) => Self::new(dir, Clock::system()),
            None => Self::default(),
        }
    }

    /// The project file the autosave of an unsaved project belongs to.
    pub fn unsaved_project_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|dir| dir.join(UNSAVED_NAME))
    }

    /// The project file whose autosave holds the open project.
    fn target(&self, project_path: Option<&Path>) -> Option<PathBuf> {
        self.dir.as_ref()?;
        project_path
            .map(Path::to_path_buf)
            .or_else(|| self.unsaved_project_path())
    }

    /// The autosave the recovery banner offers, if any.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    /// Offers the autosave of `project_path` (or of the unsaved project)
    /// when it is newer than the file.
    fn check_recovery(&mut self, project_path: Option<&Path>) {
        self.recovery = self.target(project_path).and_then(|target| {
            let project = recover(&target)?;
            let autosave_file = autosave_path(&target);
            let modified = std::fs::metadata(&autosave_file).ok()?.modified().ok()?;
            let time = chrono::DateTime::<chrono::Local>::from(modified)
                .format("%H:%M")
                .to_string();
            Some(Recovery {
                project_path: project_path.map(Path::to_path_buf),
                autosave_file,
                project,
                time,
            })
        });
    }
}

impl StorylensApp {
    /// Turns autosave on and offers what a previous session left unsaved.
    pub fn with_autosave(mut self, mut driver: AutosaveDriver) -> Self {
        driver.seen_revision = self.workspace.document.revision();
        driver.check_recovery(self.project_path.as_deref());
        self.autosave = driver;
        self
    }

    /// The autosave state (for tests and the status bar).
    pub fn autosave(&self) -> &AutosaveDriver {
        &self.autosave
    }

    /// Once a frame: note changes, start a write when one is due, collect
    /// a finished one.
    pub(crate) fn autosave_tick(&mut self, ctx: &egui::Context) {
        self.collect_autosave(false);
        let now = self.autosave.clock.now();
        let revision = self.workspace.document.revision();
        if revision != self.autosave.seen_revision {
            self.autosave.seen_revision = revision;
            self.autosave.timing.note_change(now);
        }
        let target = self.autosave.target(self.project_path.as_deref());
        if let Some(target) = target
            && self.autosave.writer.is_none()
            && self.autosave.timing.due(now)
        {
            let project = self.workspace.document.project().clone();
            let handle = std::thread::spawn(move || write_autosave(&project, &target));
            self.autosave.writer = Some(Writer {
                handle,
                started: now,
            });
        }
        if self.autosave.timing.pending() || self.autosave.writer.is_some() {
            ctx.request_repaint_after(POLL);
        }
    }

    /// Takes the result of a background write; with `wait`, waits for it.
    fn collect_autosave(&mut self, wait: bool) {
        let finished = self
            .autosave
            .writer
            .as_ref()
            .is_some_and(|w| wait || w.handle.is_finished());
        let Some(writer) = self.autosave.writer.take_if(|_| finished) else {
            return;
        };
        let result = writer.handle.join().unwrap_or_else(|_| {
            Err(ProjectFileError::Write {
                path: PathBuf::from(UNSAVED_NAME),
                source: std::io::Error::other("the autosave writer stopped"),
            })
        });
        match result {
            Ok(()) => {
                self.autosave.timing.saved(writer.started);
                self.autosave.failing = false;
            }
            Err(error) => {
                if !std::mem::replace(&mut self.autosave.failing, true) {
                    let tr = self.strings();
                    let error = error.sentence(self.settings.language);
                    let text = i18n::fill(tr.autosave_failed, &[("error", &error)]);
                    self.notices.push(Notice::warning(text));
                }
                // Try again after the next idle time, not every frame.
                self.autosave.timing.saved(writer.started);
                self.autosave.timing.note_change(self.autosave.clock.now());
            }
        }
    }

    /// Waits for a background autosave to finish (tests, closing).
    pub fn finish_autosave(&mut self) {
        self.collect_autosave(true);
    }

    /// Writes pending changes now, on this thread: before another project
    /// replaces this one, and when the window closes.
    pub(crate) fn flush_autosave(&mut self) {
        self.finish_autosave();
        if self.workspace.document.revision() != self.autosave.seen_revision {
            self.autosave.seen_revision = self.workspace.document.revision();
            self.autosave.timing.note_change(self.autosave.clock.now());
        }
        let target = self.autosave.target(self.project_path.as_deref());
        if let Some(target) = target
            && self.autosave.timing.pending()
        {
            match write_autosave(self.workspace.document.project(), &target) {
                Ok(()) => self.autosave.timing.saved(self.autosave.clock.now()),
                Err(error) => {
                    let sentence = error.sentence(self.settings.language);
                    self.notices.push(Notice::warning(sentence));
                }
            }
        }
    }

    /// Hands the driver over to the app that replaces this one (a project
    /// was opened or imported) after writing what was pending.
    pub(crate) fn take_autosave(&mut self) -> AutosaveDriver {
        self.flush_autosave();
        let mut driver = std::mem::take(&mut self.autosave);
        driver.recovery = None;
        driver.timing = Autosave::default();
        driver
    }

    /// Takes the driver back after a project was opened (from `path` when
    /// it is a project file) and offers its newer autosave.
    pub(crate) fn restore_autosave(&mut self, mut driver: AutosaveDriver, path: Option<&Path>) {
        driver.seen_revision = self.workspace.document.revision();
        if path.is_some() {
            driver.check_recovery(path);
        }
        self.autosave = driver;
    }

    /// A real save to `path` succeeded: autosaves of the project go.
    pub(crate) fn autosave_after_save(&mut self, path: &Path, previous: Option<&Path>) {
        self.finish_autosave();
        let mut stale = vec![path.to_path_buf()];
        stale.extend(previous.map(Path::to_path_buf));
        if previous.is_none() {
            stale.extend(self.autosave.unsaved_project_path());
        }
        for project_path in stale {
            if let Err(error) = remove_autosave(&project_path) {
                let text = autosave_not_removed(&error, self.settings.language);
                self.notices.push(Notice::warning(text));
            }
        }
        self.autosave.seen_revision = self.workspace.document.revision();
        self.autosave.timing.saved(self.autosave.clock.now());
        self.autosave.recovery = None;
    }

    /// The banner's answer: restore the autosave or throw it away.
    pub(crate) fn answer_recovery(&mut self, restore: bool) {
        let Some(recovery) = self.autosave.recovery.take() else {
            return;
        };
        if !restore {
            let target = recovery
                .project_path
                .clone()
                .or_else(|| self.autosave.unsaved_project_path());
            if let Some(Err(error)) = target.map(|t| remove_autosave(&t)) {
                let text = autosave_not_removed(&error, self.settings.language);
                self.notices.push(Notice::warning(text));
            }
            return;
        }
        if recovery.project_path.is_some() {
            // Same data: only the project changes, as one undo step.
            let restored = recovery.project;
            self.workspace.document.edit(|p| {
                *p = restored;
                Some(())
            });
            self.after_project_change();
            return;
        }
        match open_project(&recovery.autosave_file) {
            Ok(opened) => {
                let source = match opened.project.source.path() {
                    Some(path) => Source::File(path.to_path_buf()),
                    None => Source::Demo,
                };
                let driver = std::mem::take(&mut self.autosave);
                let dialogs =
                    std::mem::replace(&mut self.dialogs, Box::new(super::file_dialogs::RfdDialogs));
                let settings = self.settings.clone();
                *self = Self::new(Arc::new(opened.dataset), source, opened.project, settings)
                    .with_dialogs(dialogs);
                self.restore_autosave(driver, None);
            }
            Err(error) => {
                let sentence = error.sentence(self.settings.language);
                self.notices.push(Notice::error(sentence));
            }
        }
    }
}

/// Why an autosave could not be removed, in `language`; the system's
/// message stays as it is.
fn autosave_not_removed(error: &std::io::Error, language: Language) -> String {
    i18n::fill(language.errors().autosave_remove, &[("detail", error)])
}

/// "Herstel niet-opgeslagen wijzigingen van 14:32?" with Restore and
/// Discard; the rest of the window stays usable.
pub fn recovery_banner_ui(
    ui: &mut egui::Ui,
    recovery: &Recovery,
    language: Language,
    commands: &mut Vec<Command>,
) {
    let tr = language.strings();
    ui.horizontal(|ui| {
        let question = i18n::fill(tr.recover_question, &[("time", &recovery.time)]);
        ui.label(RichText::new(question).color(ui.visuals().warn_fg_color));
        if ui.button(tr.recover_restore).clicked() {
            commands.push(Command::AnswerRecovery(true));
        }
        if ui.button(tr.recover_discard).clicked() {
            commands.push(Command::AnswerRecovery(false));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_clones_share_it() {
        let clock = Clock::manual();
        let copy = clock.clone();
        let t0 = clock.now();
        assert_eq!(copy.now(), t0);
        copy.advance(Duration::from_secs(5));
        assert_eq!(clock.now(), t0 + Duration::from_secs(5));
    }

    #[test]
    fn an_unconfigured_driver_autosaves_nowhere() {
        let driver = AutosaveDriver::default();
        assert_eq!(driver.target(Some(Path::new("/x/p.storylens"))), None);
        let driver = AutosaveDriver::new(PathBuf::from("/data"), Clock::manual());
        assert_eq!(
            driver.target(None),
            Some(PathBuf::from("/data/unsaved.storylens"))
        );
        assert_eq!(
            driver.target(Some(Path::new("/x/p.storylens"))),
            Some(PathBuf::from("/x/p.storylens"))
        );
    }
}
