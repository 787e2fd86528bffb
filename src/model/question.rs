//! [`Question`] and [`Codebook`]: what was asked, and how each source column
//! feeds it.

use serde::{Deserialize, Serialize};

/// Stable identifier of a question within a project, e.g. `gevoel` or a
/// SenseMaker signifier UUID. Findings and chart specs refer to questions by
/// this id, never by position.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct QuestionId(pub String);

impl QuestionId {
    /// An id from its text.
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for QuestionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a free-text question holds; the story reader and reports need to
/// know which text is the title and which the story itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextRole {
    /// The story's title.
    Title,
    /// The story itself.
    Story,
    /// Any other free-text answer.
    Other,
}

/// The kind of a question and the labels that go with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuestionKind {
    /// An identifier column from the export (kept as text, one per story).
    Id,
    /// Free text.
    Text {
        /// Whether it is the title, the story or another text.
        role: TextRole,
    },
    /// A calendar day (stored as days since 1970-01-01).
    Date,
    /// A number in the question's own units.
    Number,
    /// Options in their defined order; `ordinal` when that order means
    /// something (zeer negatief … zeer positief).
    SingleChoice {
        /// Option labels in their defined order.
        options: Vec<String>,
        /// Whether the order is a scale (a rating scale), not just a listing.
        ordinal: bool,
    },
    /// Any number of options per story.
    MultiChoice {
        /// Option labels in their defined order.
        options: Vec<String>,
    },
    /// A slider between two poles; answers are 0..=1, shown as 0–100.
    Slider {
        /// Label of the left pole (0).
        left: String,
        /// Label of the right pole (100).
        right: String,
    },
    /// Three corners; answers are three weights summing to 1.
    Triad {
        /// Label of the top corner.
        top: String,
        /// Label of the bottom-left corner.
        left: String,
        /// Label of the bottom-right corner.
        right: String,
    },
    /// A 2-D canvas with named stones, each placed at (x, y) in 0..=1.
    Stones {
        /// The stones' labels, in their defined order.
        stones: Vec<String>,
        /// Labels of the x axis's low and high ends.
        x_axis: (String, String),
        /// Labels of the y axis's low and high ends.
        y_axis: (String, String),
    },
}

impl QuestionKind {
    /// The short machine name used by the CLI's JSON (`single`, `triad`, …).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Text { .. } => "text",
            Self::Date => "date",
            Self::Number => "number",
            Self::SingleChoice { .. } => "single",
            Self::MultiChoice { .. } => "multi",
            Self::Slider { .. } => "slider",
            Self::Triad { .. } => "triad",
            Self::Stones { .. } => "stones",
        }
    }

    /// Options of a single or multiple choice question; empty otherwise.
    pub fn options(&self) -> &[String] {
        match self {
            Self::SingleChoice { options, .. } | Self::MultiChoice { options } => options,
            _ => &[],
        }
    }

    /// Whether the question is single or multiple choice.
    pub fn is_choice(&self) -> bool {
        matches!(self, Self::SingleChoice { .. } | Self::MultiChoice { .. })
    }
}

/// One question of the survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id (see [`QuestionId`]).
    pub id: QuestionId,
    /// The title as shown to the researcher ("Gevoel").
    pub title: String,
    /// The kind and its labels.
    #[serde(flatten)]
    pub kind: QuestionKind,
    /// The source columns that feed this question, in the order the import
    /// reads them (a triad's three anchors, a multi-choice's one-hot columns).
    #[serde(default)]
    pub columns: Vec<String>,
}

/// Platform columns of a SenseMaker export besides `meta_*`: when and
/// with what a story was uploaded, not questions of the survey.
const METADATA_COLUMNS: &[&str] = &[
    "server_upload_time",
    "project_id",
    "version",
    "language",
    "definition_version",
];

/// Whether a source column holds platform metadata (`meta_platform`,
/// `server_upload_time`, …) rather than an answer.
pub fn is_metadata_column(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    name.starts_with("meta_") || METADATA_COLUMNS.contains(&name.as_str())
}

impl Question {
    /// Whether every column feeding the question is platform metadata:
    /// such questions are listed apart, under "Metadata". The upload time,
    /// read as a date, stays with the questions: it is the story's date
    /// when the survey asked for none.
    pub fn is_metadata(&self) -> bool {
        let upload_date = self.kind == QuestionKind::Date
            && self.columns.iter().any(|c| c == "server_upload_time");
        !upload_date
            && !self.columns.is_empty()
            && self.columns.iter().all(|c| is_metadata_column(c))
    }

    /// A question without source columns (as the demo and tests build them).
    pub fn new(id: impl Into<String>, title: impl Into<String>, kind: QuestionKind) -> Self {
        Self {
            id: QuestionId::new(id),
            title: title.into(),
            kind,
            columns: Vec::new(),
        }
    }
}

/// The list of questions of a survey, in display order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Codebook {
    /// Every question, in display order.
    pub questions: Vec<Question>,
}

impl Codebook {
    /// Index of the question with this id.
    pub fn index_of(&self, id: &QuestionId) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }

    /// The question with this id.
    pub fn get(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// Finds a question by id, or else by title ignoring case: what a user
    /// types after `--question`.
    pub fn find(&self, id_or_title: &str) -> Option<&Question> {
        self.questions
            .iter()
            .find(|q| q.id.as_str() == id_or_title)
            .or_else(|| {
                self.questions
                    .iter()
                    .find(|q| q.title.eq_ignore_ascii_case(id_or_title))
            })
            .or_else(|| {
                let wanted = id_or_title.to_lowercase();
                self.questions
                    .iter()
                    .find(|q| q.title.to_lowercase() == wanted)
            })
    }

    /// The first text question with this role.
    pub fn text_with_role(&self, role: TextRole) -> Option<&Question> {
        self.questions
            .iter()
            .find(|q| matches!(q.kind, QuestionKind::Text { role: r } if r == role))
    }
}

#[cfg(test)]
mod metadata_tests {
    use super::*;

    #[test]
    fn platform_columns_are_metadata_but_the_upload_date_is_not() {
        let with = |column: &str, kind: QuestionKind| {
            let mut question = Question::new(column, column, kind);
            question.columns = vec![column.to_owned()];
            question
        };
        assert!(with("meta_platform_verion", QuestionKind::Number).is_metadata());
        assert!(
            with(
                "project_id",
                QuestionKind::Text {
                    role: TextRole::Other
                }
            )
            .is_metadata()
        );
        assert!(!with("server_upload_time", QuestionKind::Date).is_metadata());
        assert!(!with("Gevoel", QuestionKind::Number).is_metadata());
        assert!(!Question::new("x", "x", QuestionKind::Number).is_metadata());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_by_id_or_title_in_any_case() {
        let codebook = Codebook {
            questions: vec![
                Question::new(
                    "q1",
                    "Gevoel",
                    QuestionKind::MultiChoice { options: vec![] },
                ),
                Question::new("q2", "Één vraag", QuestionKind::Number),
            ],
        };
        assert_eq!(
            codebook.find("q1").map(|q| q.title.as_str()),
            Some("Gevoel")
        );
        assert_eq!(codebook.find("gevoel").map(|q| q.id.as_str()), Some("q1"));
        assert_eq!(
            codebook.find("ÉÉN VRAAG").map(|q| q.id.as_str()),
            Some("q2")
        );
        assert!(codebook.find("nope").is_none());
    }

    #[test]
    fn question_serialises_with_flat_kind() {
        let q = Question::new(
            "wie",
            "Wie was aan zet?",
            QuestionKind::Triad {
                top: "het kind".into(),
                left: "de school".into(),
                right: "de ouders".into(),
            },
        );
        let json = serde_json::to_value(&q).unwrap();
        assert_eq!(json["kind"], "triad");
        assert_eq!(json["top"], "het kind");
        let back: Question = serde_json::from_value(json).unwrap();
        assert_eq!(back, q);
    }
}
