//! [`Assembly`]: the questions and columns a recogniser has resolved so far,
//! and the story ids; [`Assembly::finish`] turns them into a [`Dataset`].
//!
//! It keeps question ids unique and makes story ids unique and present,
//! reporting each id it had to change.

use std::collections::{HashMap, HashSet};

use crate::model::{
    Codebook, Column, Dataset, DatasetError, Question, QuestionKind, StoryId, TextRole,
};

use super::{ImportNote, RawTable, Reporter};

/// Questions and columns resolved so far.
#[derive(Debug, Default)]
pub struct Assembly {
    questions: Vec<Question>,
    columns: Vec<Column>,
    question_ids: HashSet<String>,
    story_ids: Option<Vec<Option<String>>>,
    story_id_header: String,
}

impl Assembly {
    /// Adds a question. `id` is made unique (`gevoel`, `gevoel_2`, …).
    pub fn push(
        &mut self,
        id: &str,
        title: impl Into<String>,
        kind: QuestionKind,
        sources: Vec<String>,
        column: Column,
    ) {
        let unique = self.unique_id(id);
        self.question_ids.insert(unique.clone());
        let mut question = Question::new(unique, title, kind);
        question.columns = sources;
        self.questions.push(question);
        self.columns.push(column);
    }

    /// Whether a text question with `role` exists already.
    pub fn has_role(&self, role: TextRole) -> bool {
        self.questions
            .iter()
            .any(|q| matches!(q.kind, QuestionKind::Text { role: r } if r == role))
    }

    /// Whether story ids were taken from a column already.
    pub fn has_story_ids(&self) -> bool {
        self.story_ids.is_some()
    }

    /// Takes story ids from `column` of `table`.
    pub fn set_story_ids(&mut self, table: &RawTable, column: usize) {
        self.story_id_header = table.header(column).to_owned();
        self.story_ids = Some(
            table
                .column(column)
                .map(|cell| cell.text().map(|t| t.into_owned()))
                .collect(),
        );
    }

    /// Number of questions so far.
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    /// Whether no question was added yet.
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// The questions so far, in order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The first question fed by the source column `header`.
    pub fn position_of_source(&self, header: &str) -> Option<usize> {
        self.questions
            .iter()
            .position(|q| q.columns.iter().any(|c| c == header))
    }

    /// Question `index` and its column, to edit in place (titles, option
    /// order); the id stays.
    pub fn get_mut(&mut self, index: usize) -> Option<(&mut Question, &mut Column)> {
        self.questions
            .get_mut(index)
            .zip(self.columns.get_mut(index))
    }

    /// Takes question `index` out. When it was the story id column, the
    /// stories go back to generated ids.
    pub fn remove(&mut self, index: usize) -> Option<(Question, Column)> {
        if index >= self.questions.len() {
            return None;
        }
        let question = self.questions.remove(index);
        let column = self.columns.remove(index);
        self.question_ids.remove(question.id.as_str());
        let held_ids = matches!(question.kind, QuestionKind::Id)
            && question.columns.contains(&self.story_id_header);
        if held_ids {
            self.story_ids = None;
            self.story_id_header.clear();
        }
        Some((question, column))
    }

    /// Puts the questions of `part` at `index` (ids made unique against
    /// those here); story ids taken in `part` replace these.
    pub fn splice(&mut self, index: usize, part: Assembly) {
        let start = index.min(self.questions.len());
        let entries = part.questions.into_iter().zip(part.columns);
        for (at, (question, column)) in (start..).zip(entries) {
            let id = self.unique_id(question.id.as_str());
            self.question_ids.insert(id.clone());
            self.questions.insert(
                at,
                Question {
                    id: crate::model::QuestionId(id),
                    ..question
                },
            );
            self.columns.insert(at, column);
        }
        if part.story_ids.is_some() {
            self.story_ids = part.story_ids;
            self.story_id_header = part.story_id_header;
        }
    }

    fn unique_id(&self, id: &str) -> String {
        let base = if id.is_empty() { "question" } else { id };
        let mut unique = base.to_owned();
        let mut n = 1;
        while self.question_ids.contains(&unique) {
            n += 1;
            unique = format!("{base}_{n}");
        }
        unique
    }

    /// The dataset: ids from the id column (missing ones generated from the
    /// row number, duplicates suffixed), else `1`, `2`, ….
    pub fn finish(
        self,
        name: &str,
        table: &RawTable,
        report: &mut Reporter,
    ) -> Result<Dataset, DatasetError> {
        let story_ids = match self.story_ids {
            Some(ids) => unique_story_ids(ids, &self.story_id_header, table, report),
            None => (1..=table.len()).map(|i| StoryId(i.to_string())).collect(),
        };
        Dataset::new(
            name,
            story_ids,
            Codebook {
                questions: self.questions,
            },
            self.columns,
        )
    }
}

fn unique_story_ids(
    ids: Vec<Option<String>>,
    header: &str,
    table: &RawTable,
    report: &mut Reporter,
) -> Vec<StoryId> {
    // The usual case: every story has an id and no id repeats.
    let distinct: foldhash::HashSet<&str> = ids.iter().flatten().map(String::as_str).collect();
    if distinct.len() == ids.len() {
        return ids.into_iter().flatten().map(StoryId).collect();
    }
    drop(distinct);
    let given: HashSet<String> = ids.iter().flatten().cloned().collect();
    let mut used = HashSet::with_capacity(ids.len());
    // Per base id, the suffix the search for a free one stopped at: every
    // smaller one is used or given (and stays so), so the next search of
    // the same base starts there. Without it every id "X" repeated n
    // times tried 2, 3, … again: quadratic (12 s at 20,000 rows).
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    let mut result = Vec::with_capacity(ids.len());
    for (row, id) in ids.into_iter().enumerate() {
        let number = table.row_number(row);
        let base = match id {
            Some(id) => id,
            None => {
                report.row(header, number, ImportNote::StoryWithoutId);
                format!("row {number}")
            }
        };
        let mut n = next_suffix.get(&base).copied().unwrap_or(1);
        let mut unique = if n == 1 {
            base.clone()
        } else {
            format!("{base} ({n})")
        };
        while used.contains(&unique) || (n > 1 && given.contains(&unique)) {
            n += 1;
            unique = format!("{base} ({n})");
        }
        let suffixed = n > 1;
        next_suffix.insert(base, n);
        if suffixed {
            report.row(header, number, ImportNote::StoryIdRepeated);
        }
        used.insert(unique.clone());
        result.push(StoryId(unique));
    }
    result
}

/// A question id from a header: lower case, letters, digits and `-`, with
/// `_` between words (`Gevoel - hoop` → `gevoel_hoop`).
pub fn slug(header: &str) -> String {
    let mut slug = String::with_capacity(header.len());
    for c in header.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric()
            || (c == '-' && slug.chars().last().is_some_and(char::is_alphanumeric))
        {
            slug.push(c);
        } else if !slug.ends_with('_') && !slug.is_empty() {
            slug.push('_');
        }
    }
    let trimmed = slug.trim_end_matches('_');
    let mut slug: String = trimmed.chars().take(64).collect();
    if slug.is_empty() {
        slug.push('q');
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Gevoel - hoop"), "gevoel_hoop");
        assert_eq!(slug("dee85953-7226"), "dee85953-7226");
        assert_eq!(slug("Wat is uw rol?"), "wat_is_uw_rol");
        assert_eq!(slug("Één"), "één");
        assert_eq!(slug("???"), "q");
    }
}
