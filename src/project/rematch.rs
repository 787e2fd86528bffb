//! Checking a project against a newer export of the same survey.
//!
//! Findings, quotes, redactions and selections refer to stories by
//! [`StoryId`] and to questions by [`QuestionId`], so they stay valid when
//! the export gains stories or reorders rows. [`Project::rematch`] lists
//! what no longer matches — quoted stories that vanished or whose text no
//! longer holds the excerpt, story-id selections naming vanished stories,
//! questions that are gone — so the researcher can fix them; it deletes
//! nothing. A project with embedded data embeds the new dataset.

use std::collections::{BTreeSet, HashSet};

use super::{FindingId, Project};
use crate::model::{Dataset, Filter, QuestionId, SelectionId, StoryId, TextRole};

/// A quote whose story vanished from the new data or no longer holds the
/// excerpt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VanishedQuote {
    /// The finding with the quote.
    pub finding: FindingId,
    /// The quoted story's id.
    pub story_id: StoryId,
}

/// Where a filter with story ids lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterPlace {
    /// A named selection.
    Named(SelectionId),
    /// A finding's baseline.
    FindingBaseline(FindingId),
    /// A finding's compared selection.
    FindingSelection(FindingId),
}

/// Story ids a filter names that the new data lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VanishedStories {
    /// Where the filter lives.
    pub place: FilterPlace,
    /// The selection's name, for the report.
    pub name: String,
    /// The ids the new data lacks.
    pub story_ids: Vec<StoryId>,
}

/// What [`Project::rematch`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RematchReport {
    /// Quotes whose story is still there with the excerpt in it.
    pub kept_quotes: usize,
    /// Quotes whose story is not in the new data.
    pub vanished_quotes: Vec<VanishedQuote>,
    /// Quotes whose story is there, but its title and text no longer
    /// contain the excerpt (the story was edited).
    pub changed_quotes: Vec<VanishedQuote>,
    /// Filters naming stories the new data lacks.
    pub vanished_stories: Vec<VanishedStories>,
    /// Questions a chart or filter refers to that the new data lacks.
    pub missing_questions: Vec<QuestionId>,
}

impl RematchReport {
    /// True when everything still matches.
    pub fn is_clean(&self) -> bool {
        self.vanished_quotes.is_empty()
            && self.changed_quotes.is_empty()
            && self.vanished_stories.is_empty()
            && self.missing_questions.is_empty()
    }
}

impl Project {
    /// Checks the project against `new` (a newer export of its survey) and
    /// re-embeds the data if the project carries it. Nothing is deleted.
    pub fn rematch(&mut self, new: &Dataset) -> RematchReport {
        let ids: HashSet<&StoryId> = new.story_ids().iter().collect();
        let mut report = RematchReport::default();
        let mut questions: BTreeSet<&QuestionId> = BTreeSet::new();

        for finding in &self.findings {
            for quote in &finding.quotes {
                let entry = VanishedQuote {
                    finding: finding.id,
                    story_id: quote.story_id.clone(),
                };
                match new.row_of(&quote.story_id) {
                    None => report.vanished_quotes.push(entry),
                    Some(row) if !story_holds(new, row, &quote.excerpt) => {
                        report.changed_quotes.push(entry);
                    }
                    Some(_) => report.kept_quotes += 1,
                }
            }
            questions.extend(std::iter::once(&finding.chart.question));
            questions.extend(finding.chart.by.iter());
            let frozen = [
                (FilterPlace::FindingBaseline(finding.id), &finding.baseline),
                (
                    FilterPlace::FindingSelection(finding.id),
                    &finding.selection,
                ),
            ];
            for (place, selection) in frozen {
                questions.extend(selection.filter.questions());
                check_story_ids(&mut report, place, &selection.name, &selection.filter, &ids);
            }
        }
        for named in self.selections.iter() {
            questions.extend(named.filter.questions());
            let place = FilterPlace::Named(named.id);
            check_story_ids(&mut report, place, &named.name, &named.filter, &ids);
        }
        report.missing_questions = questions
            .into_iter()
            .filter(|q| new.question(q).is_none())
            .cloned()
            .collect();

        if self.embedded_data.is_some() {
            self.embed(new);
        }
        report
    }
}

fn story_holds(dataset: &Dataset, row: usize, excerpt: &str) -> bool {
    [TextRole::Story, TextRole::Title]
        .into_iter()
        .any(|role| dataset.text(role, row).is_some_and(|t| t.contains(excerpt)))
}

fn check_story_ids(
    report: &mut RematchReport,
    place: FilterPlace,
    name: &str,
    filter: &Filter,
    ids: &HashSet<&StoryId>,
) {
    let mut named = Vec::new();
    collect_story_ids(filter, &mut named);
    let mut vanished: Vec<StoryId> = named
        .into_iter()
        .filter(|id| !ids.contains(id))
        .cloned()
        .collect();
    vanished.sort();
    vanished.dedup();
    if !vanished.is_empty() {
        report.vanished_stories.push(VanishedStories {
            place,
            name: name.to_owned(),
            story_ids: vanished,
        });
    }
}

fn collect_story_ids<'a>(filter: &'a Filter, out: &mut Vec<&'a StoryId>) {
    match filter {
        Filter::StoryIds(ids) => out.extend(ids),
        Filter::And(filters) | Filter::Or(filters) => {
            filters.iter().for_each(|f| collect_story_ids(f, out));
        }
        Filter::Not(inner) => collect_story_ids(inner, out),
        _ => {}
    }
}
