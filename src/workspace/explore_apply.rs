//! `Workspace::apply_explore`: brushing, overlay, grid, search and
//! keywords-in-context commands on the [`Explore`] state.

use super::{Brush, Command, ExploreCommand, PanelPopulation, StoryBrowser};
use crate::charts::brush::{self, BrushAction};
use crate::i18n;
use crate::model::{Filter, describe};
use crate::words::KwicOrder;

use super::apply::Effect;
use super::explore::{Brushed, Grid, Kwic};
use super::state::Workspace;

impl Workspace {
    /// Carries out one explore command.
    pub(super) fn apply_explore(&mut self, command: ExploreCommand) -> Vec<Effect> {
        if let (ExploreCommand::Brushed { .. } | ExploreCommand::BrushMark(_), Some(kwic)) =
            (&command, &mut self.explore.kwic)
        {
            // Other stories are listed now: the KWIC word is no longer
            // what the reader should mark.
            kwic.reading_word = None;
        }
        match command {
            ExploreCommand::Brushed { population, brush } => self.brush(population, brush),
            ExploreCommand::BrushTo(action) => return self.brush_to(action),
            ExploreCommand::SetSearch(text) => return self.search(text),
            ExploreCommand::BrushMark(crate::charts::Mark::Term { term }) => {
                // A term brushes `text has word "…"` (a phrase `text has
                // phrase "…"`): the brush bar then offers "Make a
                // selection from this word" (or phrase).
                let filter = self
                    .view
                    .question
                    .as_ref()
                    .and_then(|question| self.term_filter(question, &term));
                self.explore.brush = filter.and_then(|f| self.brushed(f));
            }
            ExploreCommand::BrushMark(mark) => {
                let filter = self.view_spec().and_then(|spec| {
                    brush::filter_of_mark(&spec, self.document.dataset.codebook(), &mark)
                });
                self.explore.brush = filter.and_then(|f| self.brushed(f));
            }
            ExploreCommand::ClearBrush => self.explore.brush = None,
            ExploreCommand::SetOverlay(on) => self.explore.overlay = on,
            ExploreCommand::OpenGrid(source) => {
                self.explore.grid = Some(Grid::open(self, &source));
            }
            ExploreCommand::CloseGrid => self.explore.grid = None,
            ExploreCommand::GridFullSize(index) => self.grid_full_size(index),
            ExploreCommand::TogglePick(id) => {
                let pick = &mut self.explore.grid_pick;
                match pick.iter().position(|q| *q == id) {
                    Some(at) => {
                        pick.remove(at);
                    }
                    None => pick.push(id),
                }
            }
            ExploreCommand::OpenSearch => {
                if self.explore.search.is_none() {
                    self.explore.search = Some(String::new());
                }
                self.explore.focus_search.set(true);
            }
            ExploreCommand::CloseSearch => self.explore.search = None,
            ExploreCommand::TypeKwic(text) => {
                if let Some(kwic) = &mut self.explore.kwic {
                    kwic.typed = text;
                }
            }
            kwic @ (ExploreCommand::OpenKwic(_)
            | ExploreCommand::SetKwicOrder(_)
            | ExploreCommand::ReadKwicLine(_)
            | ExploreCommand::CloseKwic) => self.apply_kwic(kwic),
        }
        Vec::new()
    }

    /// A filter with its summary and count, or `None` when it cannot be
    /// evaluated (it only ever names the chart's own questions).
    fn brushed(&self, filter: Filter) -> Option<Brushed> {
        let count = self.evaluate(&filter).ok()?.count();
        let label = describe(&filter, self.document.dataset.codebook(), self.language);
        Some(Brushed {
            filter,
            label,
            count,
            drawn: None,
        })
    }

    fn brush(&mut self, population: PanelPopulation, shape: Brush) {
        let Some(question) = self.view.question.clone() else {
            return;
        };
        let filter = match &shape {
            Brush::SliderRange(from, to) => brush::slider_brush(question.as_str(), *from, *to),
            Brush::Polygon(corners) => brush::polygon_brush(question.as_str(), corners),
        };
        let Some(mut brushed) = filter.and_then(|f| self.brushed(f)) else {
            return;
        };
        brushed.drawn = Some((self.view.clone(), shape));
        // The story list shows the brushed stories of the panel brushed.
        if let (Ok(populations), Ok(selected)) = (&self.populations, self.evaluate(&brushed.filter))
        {
            let panel = match (population, &populations.selection) {
                (PanelPopulation::Selection, Some(selection)) => selection,
                _ => &populations.whole,
            };
            self.browser = Some(StoryBrowser {
                label: brushed.label.clone(),
                rows: panel.and(&selected).iter().collect(),
                reading: None,
            });
        }
        self.explore.brush = Some(brushed);
    }

    /// "Select these stories", "add to selection", "remove from selection".
    fn brush_to(&mut self, action: BrushAction) -> Vec<Effect> {
        let Some(brushed) = self.explore.brush.clone() else {
            return Vec::new();
        };
        let language = self.language;
        if action == BrushAction::NewSelection {
            let created = self
                .document
                .edit(|p| Some(p.selections.create(brushed.filter, language)));
            let Some(id) = created else {
                return Vec::new();
            };
            let mut effects = vec![Effect::EditSelection(id)];
            effects.extend(self.carry_out(Command::Compare(Some(id))));
            return effects;
        }
        let Some(id) = self.view.selection.as_ref().and_then(|c| c.from) else {
            return Vec::new();
        };
        let Some(current) = self
            .document
            .project()
            .selections
            .get(id)
            .map(|n| n.filter.clone())
        else {
            return Vec::new();
        };
        let filter = brush::combine(&current, brushed.filter, action);
        let mut effects = self.carry_out(Command::SetSelectionFilter(id, filter));
        effects.push(Effect::RefreshEditor(id));
        effects
    }

    /// Full-text search over titles and stories: lists the matches and
    /// makes them the brush, so they can become a selection.
    fn search(&mut self, text: String) -> Vec<Effect> {
        let empty = crate::model::fold_text(text.trim()).is_empty();
        let filter = Filter::text_contains(text.trim());
        self.explore.search = Some(text);
        if empty {
            self.explore.brush = None;
            self.browser = None;
            return Vec::new();
        }
        match self.evaluate(&filter) {
            Ok(selection) => {
                let brushed = self.brushed(filter);
                self.browser = brushed.as_ref().map(|b| StoryBrowser {
                    label: b.label.clone(),
                    rows: selection.iter().collect(),
                    reading: None,
                });
                self.explore.brush = brushed;
                Vec::new()
            }
            Err(error) => {
                self.explore.brush = None;
                self.browser = None;
                vec![Effect::Error(error.sentence(self.language))]
            }
        }
    }

    fn grid_full_size(&mut self, index: usize) {
        let Some(cell) = self
            .explore
            .grid
            .take()
            .and_then(|grid| grid.cells.into_iter().nth(index))
        else {
            return;
        };
        match cell.finding {
            Some(id) => self.open_finding(id),
            None => {
                self.view = cell.view;
                self.recompute();
            }
        }
    }

    /// The search term to highlight in the stories, if searching.
    /// Else the word of the keywords-in-context line being read.
    pub fn search_term(&self) -> &str {
        match (&self.explore.search, &self.explore.kwic) {
            (Some(search), _) => search.trim(),
            (None, Some(kwic)) => kwic.reading_word.as_deref().unwrap_or(""),
            (None, None) => "",
        }
    }
}

impl Workspace {
    /// The stories `filter` selects, its word clauses counting words as
    /// the project's words charts do.
    pub(super) fn evaluate(
        &self,
        filter: &Filter,
    ) -> Result<crate::model::Selection, crate::model::FilterError> {
        filter.evaluate_with(
            &self.document.dataset,
            &self.project().settings.word_options(),
        )
    }

    /// The filter of the stories using `term` (a key) of text question
    /// `question`'s words chart in view: `has word` with the word's most
    /// common form, or for a phrase `has phrase` with its label (its
    /// words' most common forms, which stem back to the phrase).
    fn term_filter(&self, question: &crate::model::QuestionId, term: &str) -> Option<Filter> {
        let dataset = &self.document.dataset;
        let options = self.word_options();
        let index = crate::words::text_index(dataset, Some(question), &options).ok()?;
        let found = index.term(term)?;
        if !found.is_phrase() {
            return crate::charts::word_filter_of_term(dataset, question, term, &options);
        }
        let phrase = found.forms.first()?.0.clone();
        let is_story = dataset
            .codebook()
            .text_with_role(crate::model::TextRole::Story)
            .is_some_and(|story| &story.id == question);
        Some(Filter::HasPhrase {
            question: (!is_story).then(|| question.clone()),
            phrase,
        })
    }

    /// Carries out a keywords-in-context command.
    fn apply_kwic(&mut self, command: ExploreCommand) {
        match command {
            ExploreCommand::OpenKwic(word) => {
                let order = self
                    .explore
                    .kwic
                    .as_ref()
                    .map_or_else(KwicOrder::default, |k| k.order);
                self.explore.kwic = Some(self.kwic_of(word, order));
            }
            ExploreCommand::SetKwicOrder(order) => {
                if let Some(word) = self.explore.kwic.as_ref().map(|k| k.word.clone()) {
                    self.explore.kwic = Some(self.kwic_of(word, order));
                }
            }
            ExploreCommand::ReadKwicLine(at) => self.read_kwic_line(at),
            ExploreCommand::CloseKwic => self.explore.kwic = None,
            _ => {}
        }
    }

    fn kwic_of(&self, word: String, order: KwicOrder) -> Kwic {
        let word = word.trim().to_owned();
        let options = self.project().settings.word_options();
        let lines = crate::words::story_kwic(&self.document.dataset, &word, &options, None, order);
        Kwic {
            typed: word.clone(),
            word,
            order,
            lines,
            reading_word: None,
        }
    }

    /// Opens line `at`'s story; the reader's ◀ ▶ then step through the
    /// stories of the lines in their order.
    fn read_kwic_line(&mut self, at: usize) {
        let Some(kwic) = &mut self.explore.kwic else {
            return;
        };
        let Some(line) = kwic.lines.as_ref().and_then(|lines| lines.get(at)) else {
            return;
        };
        let mut rows: Vec<usize> = Vec::new();
        for line in kwic.lines.iter().flatten() {
            if !rows.contains(&line.row) {
                rows.push(line.row);
            }
        }
        let reading = rows.iter().position(|&row| row == line.row);
        kwic.reading_word = Some(line.word.clone());
        let tr = self.language.strings();
        self.browser = Some(StoryBrowser {
            label: i18n::fill(tr.kwic_stories, &[("word", &kwic.word)]),
            rows,
            reading,
        });
    }
}
