//! [`Dataset`]: the stories of a survey, column by column, with the
//! [`Codebook`] that says what each column means.

use serde::{Deserialize, Serialize};

use super::{Codebook, Column, ColumnCache, Question, QuestionId, Selection, TextRole};

/// Identifier of a story as given by the export (`id`, `FragmentID`, …) or
/// generated on import. Findings refer to stories by id, never by row.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoryId(pub String);

impl std::fmt::Display for StoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a dataset could not be assembled.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum DatasetError {
    /// The codebook and the columns differ in number.
    ColumnCount {
        /// Number of questions in the codebook.
        questions: usize,
        /// Number of columns given.
        columns: usize,
    },
    /// A column with another number of rows than there are stories.
    RowCount {
        /// The title of the question whose column it is.
        title: String,
        /// Rows in that column.
        rows: usize,
        /// Number of stories.
        stories: usize,
    },
    /// Two stories share this id.
    DuplicateStoryId(String),
}

impl DatasetError {
    /// What is wrong, in `language`, for the middle of a sentence.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::ColumnCount { questions, columns } => fill(
                e.dataset_column_count,
                &[("questions", questions), ("columns", columns)],
            ),
            Self::RowCount {
                title,
                rows,
                stories,
            } => fill(
                e.dataset_row_count,
                &[("title", title), ("rows", rows), ("stories", stories)],
            ),
            Self::DuplicateStoryId(id) => fill(e.dataset_duplicate_id, &[("id", id)]),
        }
    }
}

/// All stories of a survey: ids, the codebook, and one column per question
/// (`columns[i]` answers `codebook.questions[i]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// The survey's name, shown in titles and reports (usually the file name).
    pub name: String,
    story_ids: Vec<StoryId>,
    codebook: Codebook,
    columns: Vec<Column>,
    /// What charts derive from the columns, built on first use.
    #[serde(skip)]
    cache: ColumnCache,
}

impl Dataset {
    /// Assembles a dataset, checking that every column has one row per story
    /// and that story ids are unique.
    pub fn new(
        name: impl Into<String>,
        story_ids: Vec<StoryId>,
        codebook: Codebook,
        columns: Vec<Column>,
    ) -> Result<Self, DatasetError> {
        if codebook.questions.len() != columns.len() {
            return Err(DatasetError::ColumnCount {
                questions: codebook.questions.len(),
                columns: columns.len(),
            });
        }
        for (question, column) in codebook.questions.iter().zip(&columns) {
            if column.len() != story_ids.len() {
                return Err(DatasetError::RowCount {
                    title: question.title.clone(),
                    rows: column.len(),
                    stories: story_ids.len(),
                });
            }
        }
        let mut sorted: Vec<&StoryId> = story_ids.iter().collect();
        sorted.sort();
        if let Some(pair) = sorted.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(DatasetError::DuplicateStoryId(pair[0].0.clone()));
        }
        Ok(Self {
            name: name.into(),
            story_ids,
            codebook,
            columns,
            cache: ColumnCache::default(),
        })
    }

    /// Number of stories.
    pub fn len(&self) -> usize {
        self.story_ids.len()
    }

    /// Whether the dataset has no stories.
    pub fn is_empty(&self) -> bool {
        self.story_ids.is_empty()
    }

    /// The questions, in display order; `columns[i]` answers `questions[i]`.
    pub fn codebook(&self) -> &Codebook {
        &self.codebook
    }

    /// Every story's id, by row.
    pub fn story_ids(&self) -> &[StoryId] {
        &self.story_ids
    }

    /// Row of the story with this id.
    pub fn row_of(&self, story_id: &StoryId) -> Option<usize> {
        self.story_ids.iter().position(|id| id == story_id)
    }

    /// The selection holding every story: the default baseline.
    pub fn all(&self) -> Selection {
        Selection::all(self.len())
    }

    /// Questions with their columns, in codebook order.
    pub fn questions(&self) -> impl Iterator<Item = (&Question, &Column)> {
        self.codebook.questions.iter().zip(&self.columns)
    }

    /// The question with this id and its column.
    pub fn question(&self, id: &QuestionId) -> Option<(&Question, &Column)> {
        let index = self.codebook.index_of(id)?;
        Some((&self.codebook.questions[index], &self.columns[index]))
    }

    /// The question with this id, its column, and the column's slot in
    /// [`Dataset::cache`].
    pub fn question_at(&self, id: &QuestionId) -> Option<(&Question, &Column, usize)> {
        let index = self.codebook.index_of(id)?;
        Some((&self.codebook.questions[index], &self.columns[index], index))
    }

    /// Values derived from columns once (see [`ColumnCache`]).
    pub fn cache(&self) -> &ColumnCache {
        &self.cache
    }

    /// Number of stories that answered `id` (neither missing nor N/A).
    ///
    /// What `Column::presence` says row by row, counted from each kind's
    /// storage: asking `presence` per row took 4 ms at 100,000 stories for
    /// the question list the app builds on every open and import, on the
    /// window's thread, in the frame of the first chart.
    pub fn answered_count(&self, id: &QuestionId) -> usize {
        self.question(id)
            .map_or(0, |(_, column)| column.answered_count())
    }

    /// The text of the first text question with `role` for `row`.
    pub fn text(&self, role: TextRole, row: usize) -> Option<&str> {
        let question = self.codebook.text_with_role(role)?;
        match self.question(&question.id)?.1 {
            Column::Text(text) => text.get(row),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChoiceColumn, QuestionKind, TextColumn};

    fn tiny() -> (Codebook, Vec<Column>) {
        let codebook = Codebook {
            questions: vec![
                Question::new(
                    "titel",
                    "Titel",
                    QuestionKind::Text {
                        role: TextRole::Title,
                    },
                ),
                Question::new(
                    "rol",
                    "Rol",
                    QuestionKind::SingleChoice {
                        options: vec!["ouder".into(), "leraar".into()],
                        ordinal: false,
                    },
                ),
            ],
        };
        let mut titles = TextColumn::default();
        titles.push(Some("Een"));
        titles.push(Some("Twee"));
        let columns = vec![
            Column::Text(titles),
            Column::Single(ChoiceColumn {
                codes: vec![1, crate::model::MISSING_CODE],
            }),
        ];
        (codebook, columns)
    }

    #[test]
    fn assembles_and_answers_lookups() {
        let (codebook, columns) = tiny();
        let ids = vec![StoryId("a".into()), StoryId("b".into())];
        let dataset = Dataset::new("t", ids, codebook, columns).unwrap();
        assert_eq!(dataset.len(), 2);
        assert_eq!(dataset.row_of(&StoryId("b".into())), Some(1));
        assert_eq!(dataset.text(TextRole::Title, 1), Some("Twee"));
        assert_eq!(dataset.answered_count(&QuestionId::new("rol")), 1);
        assert_eq!(dataset.all().count(), 2);
    }

    /// The counts read from each kind's storage are the rows `presence`
    /// calls answered, also for a row listed as not applicable that has an
    /// answer, a triad with one corner missing and a multiple choice both
    /// answered and not applicable; and for every column of the demo.
    #[test]
    fn answered_count_is_presence_counted_row_by_row() {
        use crate::model::{
            MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE, NumberColumn, Presence, TriadColumn,
        };
        let nan = f64::NAN;
        let mut slider = NumberColumn::from_values(vec![0.5, nan, 0.25, nan, 0.1]);
        slider.not_applicable = vec![1, 2];
        let columns = vec![
            Column::Number(slider),
            Column::Triad(TriadColumn {
                top: vec![0.2, nan, 0.5, nan, 0.1],
                left: vec![0.3, 0.5, nan, nan, 0.1],
                right: vec![0.5, 0.5, 0.5, nan, 0.8],
                not_applicable: vec![3, 4],
            }),
            Column::Multi(MultiColumn {
                chosen: vec![Selection::from_rows(5, [0])],
                answered: Selection::from_rows(5, [0, 1, 4]),
                not_applicable: Selection::from_rows(5, [1, 2]),
            }),
            Column::Single(ChoiceColumn {
                codes: vec![3, NOT_APPLICABLE_CODE, MISSING_CODE, 0, 1],
            }),
        ];
        let codebook = Codebook {
            questions: (0..columns.len())
                .map(|i| Question::new(format!("q{i}"), format!("Q{i}"), QuestionKind::Number))
                .collect(),
        };
        let ids = (0..5).map(|i| StoryId(i.to_string())).collect();
        let crafted = Dataset::new("t", ids, codebook, columns).unwrap();
        let counts = |d: &Dataset| -> Vec<(usize, usize)> {
            d.questions()
                .map(|(q, column)| {
                    let by_row = (0..d.len())
                        .filter(|&r| column.presence(r) == Presence::Answered)
                        .count();
                    (d.answered_count(&q.id), by_row)
                })
                .collect()
        };
        assert_eq!(counts(&crafted), vec![(3, 3), (2, 2), (3, 3), (3, 3)]);
        for (fast, by_row) in counts(&crate::demo::demo_dataset()) {
            assert_eq!(fast, by_row);
        }
    }

    #[test]
    fn rejects_ragged_columns_and_duplicate_ids() {
        let (codebook, columns) = tiny();
        let err = Dataset::new(
            "t",
            vec![StoryId("a".into())],
            codebook.clone(),
            columns.clone(),
        );
        assert!(matches!(
            err,
            Err(DatasetError::RowCount {
                rows: 2,
                stories: 1,
                ..
            })
        ));
        let ids = vec![StoryId("a".into()), StoryId("a".into())];
        assert_eq!(
            Dataset::new("t", ids, codebook, columns),
            Err(DatasetError::DuplicateStoryId("a".into()))
        );
    }
}
