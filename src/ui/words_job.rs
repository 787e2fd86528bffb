//! [`WordsJob`]: the story text's word index built on a background thread
//! as soon as a dataset is open (after an import, an open, the demo), so
//! the first words chart, `has word` selection or keywords in context does
//! not wait for it.
//!
//! Race-free by construction: the thread only calls `words::text_index`,
//! which builds into the dataset's own cache behind its lock; the UI thread
//! reads nothing the thread writes except through that cache. While the
//! thread runs, `Workspace::words_indexing` makes a words chart say
//! "indexing words…" instead of building the same index a second time;
//! when it ends, the chart is computed again.
//!
//! The index is built with the word options of the chart in view (the
//! project's stop words, phrases): when they change — a word left out or
//! put back, phrases ticked — a new job builds that index, and the old one
//! stays cached for undo.

use std::sync::{Arc, Weak};
use std::thread::JoinHandle;

use crate::model::{Dataset, TextRole};
use crate::words::{self, WordOptions};

use super::app::StorylensApp;

/// The background build of the open dataset's story words.
#[derive(Debug, Default)]
pub struct WordsJob {
    /// The dataset the job was started for. A `Weak` keeps its allocation
    /// alive, so a later dataset can never be mistaken for it by address.
    started_for: Option<Weak<Dataset>>,
    /// The word options the job was started with.
    started_with: Option<WordOptions>,
    running: Option<JoinHandle<()>>,
}

impl WordsJob {
    /// Whether the index is being built now.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Whether the build has nothing left to do: never started, or its
    /// thread has ended (the next frame takes its result).
    pub fn has_ended(&self) -> bool {
        self.running.as_ref().is_none_or(JoinHandle::is_finished)
    }
}

impl StorylensApp {
    /// Starts the job for a dataset not seen before, and notices when it
    /// ends (then the chart is computed with the words). Called once per
    /// frame.
    pub(crate) fn drive_words_job(&mut self, ctx: &egui::Context) {
        // A new workspace (an open, an import) starts without it.
        self.workspace.words_in_background = true;
        let dataset = &self.workspace.document.dataset;
        let options = self.workspace.word_options();
        let seen = self
            .words_job
            .started_for
            .as_ref()
            .is_some_and(|weak| std::ptr::eq(weak.as_ptr(), Arc::as_ptr(dataset)))
            && self.words_job.started_with.as_ref() == Some(&options);
        if !seen {
            self.words_job.started_for = Some(Arc::downgrade(dataset));
            self.words_job.started_with = Some(options.clone());
            // A job for a dataset no longer open finishes on its own; its
            // index is dropped with that dataset.
            self.words_job.running = None;
            let has_story = dataset.codebook().text_with_role(TextRole::Story).is_some();
            if has_story && !words::is_built(dataset, None, &options) {
                let dataset = Arc::clone(dataset);
                let ctx = ctx.clone();
                self.words_job.running = Some(std::thread::spawn(move || {
                    // Any failure (no story text) shows when a chart asks.
                    let _ = words::text_index(&dataset, None, &options);
                    ctx.request_repaint();
                }));
            }
        }
        let finished = self
            .words_job
            .running
            .as_ref()
            .is_some_and(JoinHandle::is_finished);
        // A panic in the build leaves the index unbuilt: the chart then
        // builds it on this thread as before.
        if finished && let Some(handle) = self.words_job.running.take() {
            let _ = handle.join();
        }
        let indexing = self.words_job.is_running();
        if self.workspace.words_indexing != indexing {
            self.workspace.words_indexing = indexing;
            if !indexing {
                self.recompute();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::PanelKind;
    use crate::workspace::Command;

    fn story_id(app: &StorylensApp) -> crate::model::QuestionId {
        let story = app.dataset().codebook().text_with_role(TextRole::Story);
        story.map(|q| q.id.clone()).expect("the demo has stories")
    }

    #[test]
    fn a_words_chart_asked_while_indexing_waits_then_draws() {
        let mut app = StorylensApp::demo();
        let story = story_id(&app);
        // As while the job runs: the words are not built yet.
        app.workspace.words_indexing = true;
        app.apply(Command::ShowQuestion(story.clone()));
        assert_eq!(
            app.chart().cloned(),
            Some(Err("Woorden worden geïndexeerd…".to_owned()))
        );
        assert!(!words::is_built(
            app.dataset(),
            None,
            &WordOptions::default()
        ));
        // Other questions do not wait.
        let triad = app
            .dataset()
            .questions()
            .find(|(q, _)| matches!(q.kind, crate::model::QuestionKind::Triad { .. }))
            .map(|(q, _)| q.id.clone())
            .expect("a triad");
        app.apply(Command::ShowQuestion(triad));
        assert!(matches!(app.chart(), Some(Ok(_))));
        // Once built (as the job does), the words chart draws even while
        // the flag is still up.
        let _ = words::text_index(app.dataset(), None, &WordOptions::default());
        app.apply(Command::ShowQuestion(story));
        assert!(
            matches!(app.chart(), Some(Ok(data)) if matches!(data.whole.chart, PanelKind::Words(_)))
        );
    }

    #[test]
    fn the_job_builds_the_story_words_once_per_dataset() {
        let mut app = StorylensApp::demo();
        let ctx = egui::Context::default();
        app.drive_words_job(&ctx);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while app.indexing_words() {
            assert!(std::time::Instant::now() < deadline, "the job never ended");
            std::thread::sleep(std::time::Duration::from_millis(5));
            app.drive_words_job(&ctx);
        }
        assert!(words::is_built(
            app.dataset(),
            None,
            &WordOptions::default()
        ));
        assert!(!app.workspace.words_indexing);
        // The same dataset is not indexed again.
        app.drive_words_job(&ctx);
        assert!(!app.indexing_words());
        // A new dataset (an import, an open) gets its own job.
        let fresh = Arc::new(crate::demo::demo_dataset());
        app.workspace = crate::workspace::Workspace::new(
            fresh,
            crate::demo::demo_project(),
            app.settings.language,
            app.settings.min_n,
        );
        app.drive_words_job(&ctx);
        let started =
            app.indexing_words() || words::is_built(app.dataset(), None, &WordOptions::default());
        assert!(started, "no job for the new dataset");
    }
}
