//! The project's stop words in the workspace: the word options a text
//! chart in view is computed with, and [`StopWordCommand`]s that leave a
//! word out or put it back — each one undo step through
//! [`Document::edit`](super::Document::edit).
//!
//! The stop words belong to the project (`ProjectSettings::stop_words`);
//! the chart in view copies them into its spec, so a finding saved from it
//! keeps the words it was made with. Whether two-word phrases are counted
//! is the chart's own setting (`ChartSettings::phrases`).

use crate::charts::ChartSpec;
use crate::i18n::Language;
use crate::model::QuestionKind;
use crate::project::Comparison;
use crate::words::{self, WordOptions};

use super::state::Workspace;

/// A change to the project's stop words.
#[derive(Clone, Debug, PartialEq)]
pub enum StopWordCommand {
    /// Leave out a term of the words chart in view (its key, or a word of
    /// it): its most common form, in the language most of its stories are
    /// written in, with every form sharing its stem. A phrase is not left
    /// out.
    LeaveOutTerm(String),
    /// Leave out a word typed in the stop-word dialog.
    LeaveOut(Language, String),
    /// Count a word again (a left-out word, or a standard stop word).
    PutBack(Language, String),
}

impl Workspace {
    /// The word options of the chart in view: the project's stop words and
    /// the chart's phrases setting.
    pub fn word_options(&self) -> WordOptions {
        WordOptions {
            stop_words: self.project().settings.stop_words.clone(),
            phrases: self.view.chart.phrases,
            ..WordOptions::default()
        }
    }

    /// The spec of the chart in view, a text question's with the project's
    /// stop words.
    pub(super) fn view_spec(&self) -> Option<ChartSpec> {
        let mut spec = self.view.spec(self.min_n)?;
        self.stamp_words(&mut spec);
        Some(spec)
    }

    /// The comparison in view, as [`View::comparison`](super::View::comparison)
    /// with the project's stop words.
    pub(super) fn view_comparison(&self) -> Option<Comparison> {
        let mut comparison = self.view.comparison(self.min_n, self.language)?;
        self.stamp_words(&mut comparison.spec);
        Some(comparison)
    }

    /// Gives a text question's spec the project's stop words; other
    /// charts keep the default word options (nothing to save).
    pub(super) fn stamp_words(&self, spec: &mut ChartSpec) {
        let is_text = self
            .document
            .dataset
            .question(&spec.question)
            .is_some_and(|(q, _)| matches!(q.kind, QuestionKind::Text { .. }));
        if is_text && spec.by.is_none() {
            spec.options.words.stop_words = self.project().settings.stop_words.clone();
        } else {
            spec.options.words = WordOptions::default();
        }
    }

    /// Whether the chart in view counts words (a text question on its
    /// own), so the project's stop words change it.
    pub(super) fn view_counts_words(&self) -> bool {
        let Some(question) = &self.view.question else {
            return false;
        };
        self.view.by.is_none()
            && self
                .document
                .dataset
                .question(question)
                .is_some_and(|(q, _)| matches!(q.kind, QuestionKind::Text { .. }))
    }

    /// Carries out a stop-word change; the chart is computed again.
    pub(super) fn apply_stop_words(&mut self, command: StopWordCommand) {
        let (language, word) = match command {
            StopWordCommand::LeaveOutTerm(term) => match self.term_to_leave_out(&term) {
                Some(found) => {
                    // The brush was the word's stories: no longer a term.
                    self.explore.brush = None;
                    found
                }
                None => return,
            },
            StopWordCommand::LeaveOut(language, word) => (language, word),
            StopWordCommand::PutBack(language, word) => {
                self.document.edit(|p| {
                    p.settings
                        .stop_words
                        .put_back(language, &word)
                        .then_some(())
                });
                self.recompute();
                return;
            }
        };
        self.document.edit(|p| {
            p.settings
                .stop_words
                .leave_out(language, &word)
                .then_some(())
        });
        self.recompute();
    }

    /// The word and language that leave out `term` of the chart in view.
    fn term_to_leave_out(&self, term: &str) -> Option<(Language, String)> {
        let question = self.view.question.as_ref()?;
        let dataset = &self.document.dataset;
        let index = words::text_index(dataset, Some(question), &self.word_options()).ok()?;
        let term = index
            .term(term)
            .or_else(|| index.find(term))
            .filter(|t| !t.is_phrase())?;
        let word = term.forms.first()?.0.to_lowercase();
        let dutch = term
            .postings
            .iter()
            .filter(|&&(row, _)| index.language_of(row as usize) == Language::Dutch)
            .count();
        let language = if dutch * 2 >= term.postings.len() {
            Language::Dutch
        } else {
            Language::English
        };
        Some((language, word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::PanelKind;
    use crate::workspace::{ChartSettings, Command, apply};

    /// The demo workspace showing the story text's words chart.
    fn words_chart() -> Workspace {
        let mut w = crate::workspace::tests::demo();
        let story = w
            .dataset()
            .codebook()
            .text_with_role(crate::model::TextRole::Story)
            .map(|q| q.id.clone())
            .expect("the demo has stories");
        apply(&mut w, Command::ShowQuestion(story));
        w
    }

    fn labels(w: &Workspace) -> Vec<String> {
        let Some(Ok(data)) = &w.chart else {
            panic!("no chart: {:?}", w.chart)
        };
        let PanelKind::Words(words) = &data.whole.chart else {
            panic!("not a words chart")
        };
        words.terms.iter().map(|t| t.label.clone()).collect()
    }

    #[test]
    fn leaving_a_word_out_is_one_undo_step_and_is_saved_with_the_project() {
        let mut w = words_chart();
        let before = labels(&w);
        let first = before[0].clone();
        let term = match &w.chart {
            Some(Ok(data)) => match &data.whole.chart {
                PanelKind::Words(words) => words.terms[0].term.clone(),
                _ => unreachable!("checked by labels"),
            },
            _ => unreachable!("checked by labels"),
        };
        let steps = w.document.undo_steps();
        apply(
            &mut w,
            Command::StopWords(StopWordCommand::LeaveOutTerm(term.clone())),
        );
        assert_eq!(w.document.undo_steps(), steps + 1);
        let after = labels(&w);
        assert!(!after.contains(&first), "{first} still in {after:?}");
        assert_eq!(after[..before.len() - 1], before[1..], "the rest moves up");
        let edits = &w.project().settings.stop_words;
        assert_eq!(edits.left_out_nl, [first.to_lowercase()]);
        // Leaving it out again changes nothing and is no step.
        apply(
            &mut w,
            Command::StopWords(StopWordCommand::LeaveOut(Language::Dutch, first.clone())),
        );
        assert_eq!(w.document.undo_steps(), steps + 1);
        // A finding saved now keeps the words it was made with.
        apply(&mut w, Command::SaveAsFinding);
        let saved = w.project().findings.last().expect("a finding");
        assert_eq!(
            saved.comparison().spec.options.words.stop_words.left_out_nl,
            [first.to_lowercase()]
        );
        // Saved and loaded, the project still leaves the word out.
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("words.storylens");
        crate::project::save(w.project(), &path).expect("saved");
        let loaded = crate::project::load(&path).expect("loaded");
        assert_eq!(loaded.settings.stop_words, w.project().settings.stop_words);
        let mut reopened =
            Workspace::new(w.document.dataset.clone(), loaded, Language::English, 20);
        reopened.view = w.view.clone();
        reopened.recompute();
        assert_eq!(labels(&reopened), after);
        // Undo (twice: the finding, the word) brings the word back.
        apply(&mut w, Command::Undo);
        apply(&mut w, Command::Undo);
        assert_eq!(labels(&w), before);
        // Putting it back by hand does too.
        apply(&mut w, Command::Redo);
        assert_eq!(labels(&w), after);
        apply(
            &mut w,
            Command::StopWords(StopWordCommand::PutBack(Language::Dutch, first.clone())),
        );
        assert_eq!(labels(&w), before);
        assert!(w.project().settings.stop_words.is_empty());
    }

    #[test]
    fn phrases_are_a_chart_setting_and_charts_without_text_keep_default_words() {
        let mut w = words_chart();
        let settings = ChartSettings {
            phrases: true,
            ..w.view.chart.clone()
        };
        apply(&mut w, Command::SetChartSettings(settings));
        let phrases = labels(&w);
        assert!(phrases.iter().all(|l| l.contains(' ')), "{phrases:?}");
        // A triad's spec never carries word options, whatever the project.
        apply(
            &mut w,
            Command::StopWords(StopWordCommand::LeaveOut(Language::Dutch, "school".into())),
        );
        let triad = w
            .dataset()
            .questions()
            .find(|(q, _)| matches!(q.kind, QuestionKind::Triad { .. }))
            .map(|(q, _)| q.id.clone())
            .expect("a triad");
        apply(&mut w, Command::ShowQuestion(triad));
        let spec = w.view_spec().expect("a triad in view");
        assert!(spec.options.words.is_default());
    }

    /// A selection's word clauses count words as the project's words
    /// chart does: a word the project leaves out selects no story, and
    /// undoing that brings its stories back.
    #[test]
    fn a_compared_word_selection_follows_the_projects_stop_words() {
        let mut w = words_chart();
        let filter = crate::model::Filter::has_word("samen");
        let all = filter.evaluate(w.dataset()).expect("evaluates").count();
        assert!(all > 0);
        let id = w
            .document
            .edit(|p| Some(p.selections.create(filter, Language::English)))
            .expect("a selection");
        apply(&mut w, Command::Compare(Some(id)));
        let selected = |w: &Workspace| {
            let populations = w.populations.as_ref().expect("populations");
            populations.selection.as_ref().map(|s| s.count())
        };
        assert_eq!(selected(&w), Some(all));
        apply(
            &mut w,
            Command::StopWords(StopWordCommand::LeaveOut(Language::Dutch, "samen".into())),
        );
        assert_eq!(selected(&w), Some(0), "left out by the project");
        apply(&mut w, Command::Undo);
        assert_eq!(selected(&w), Some(all));
    }
}
