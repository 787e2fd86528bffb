//! [`ChartSpec`]: what to draw, as plain serde data.

use serde::{Deserialize, Serialize};

use crate::model::QuestionId;
use crate::stats::compositional::DEFAULT_ZERO_REPLACEMENT;

/// Options a user can set per chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartOptions {
    /// Panels with fewer answering stories are not drawn ("too few stories").
    pub min_n: usize,
    /// Replacement for zero triad parts on the 0–100 scale, for the
    /// geometric mean.
    pub zero_replacement: f64,
    /// Number of equal-width histogram bins on 0–100.
    pub bins: usize,
}

impl Default for ChartOptions {
    fn default() -> Self {
        Self {
            min_n: 20,
            zero_replacement: DEFAULT_ZERO_REPLACEMENT,
            bins: 10,
        }
    }
}

/// What to draw: a question's chart with its options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartSpec {
    pub question: QuestionId,
    /// The second question of a two-question chart (cross-tab, slider by
    /// choice, scatter, triad by choice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<QuestionId>,
    #[serde(default)]
    pub options: ChartOptions,
}

impl ChartSpec {
    pub fn new(question: QuestionId) -> Self {
        Self {
            question,
            by: None,
            options: ChartOptions::default(),
        }
    }

    /// A two-question chart of `question` by `by`.
    pub fn pair(question: QuestionId, by: QuestionId) -> Self {
        Self {
            by: Some(by),
            ..Self::new(question)
        }
    }
}
