//! [`Lumped`]: a choice question, its column and its column index as one
//! chart shows them after lumping — built per chart, never stored in the
//! dataset, so the data and the codebook stay as they are.

use std::sync::Arc;

use crate::model::{
    ChoiceColumn, Column, Dataset, MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE, Question,
    QuestionId, Selection,
};

use super::super::index::ColumnIndex;
use super::super::{ChartError, ChartSpec};
use super::{LumpPlan, OptionLumping, lumping_of};

/// A lumped question with its lumped column and that column's index.
pub(crate) struct Lumped {
    pub question: Question,
    pub column: Column,
    pub index: Arc<ColumnIndex>,
}

impl Lumped {
    /// The lumped form of question `id` under `lumpings`; `None` when none
    /// of them names it (or it is not a choice question), so the chart
    /// reads the dataset's own column.
    pub fn of(
        dataset: &Dataset,
        lumpings: &[OptionLumping],
        id: &QuestionId,
    ) -> Result<Option<Self>, ChartError> {
        let Some(lumping) = lumping_of(lumpings, id) else {
            return Ok(None);
        };
        let (question, column) = dataset
            .question(id)
            .ok_or_else(|| ChartError::UnknownQuestion(id.to_string()))?;
        let options = question.kind.options();
        if options.is_empty() {
            return Ok(None);
        }
        let plan = LumpPlan::of(lumping, options);
        // The index straight from the lumped column: one pass over the
        // codes, or the multiple choice's own bitsets (no per-row presence).
        let (column, index) = match column {
            Column::Single(single) => {
                let lumped = lumped_single(single, &plan);
                let presence = |wanted: u16| {
                    Selection::from_fn(lumped.codes.len(), |row| match lumped.codes[row] {
                        NOT_APPLICABLE_CODE => wanted == NOT_APPLICABLE_CODE,
                        MISSING_CODE => false,
                        _ => wanted != NOT_APPLICABLE_CODE,
                    })
                };
                let index = index_of(presence(0), presence(NOT_APPLICABLE_CODE));
                (Column::Single(lumped), index)
            }
            Column::Multi(multi) => {
                let lumped = lumped_multi(multi, &plan);
                let index = index_of(lumped.answered.clone(), lumped.not_applicable.clone());
                (Column::Multi(lumped), index)
            }
            _ => return Ok(None),
        };
        Ok(Some(Self {
            question: plan.question(question),
            index: Arc::new(index),
            column,
        }))
    }
}

impl Lumped {
    /// The lumped forms of a chart's question and of its `by` question.
    pub fn of_chart(
        dataset: &Dataset,
        spec: &ChartSpec,
    ) -> Result<(Option<Self>, Option<Self>), ChartError> {
        let lumping = &spec.options.lumping;
        let own = Self::of(dataset, lumping, &spec.question)?;
        let by = match &spec.by {
            Some(id) => Self::of(dataset, lumping, id)?,
            None => None,
        };
        Ok((own, by))
    }

    /// `lumped`'s question and column, or else the dataset's of `id`.
    pub fn or_dataset<'a>(
        dataset: &'a Dataset,
        id: &QuestionId,
        lumped: Option<&'a Self>,
    ) -> Result<(&'a Question, &'a Column), ChartError> {
        match lumped {
            Some(l) => Ok((&l.question, &l.column)),
            None => dataset
                .question(id)
                .ok_or_else(|| ChartError::UnknownQuestion(id.to_string())),
        }
    }
}

/// A choice column's index: which rows answered, which said "not
/// applicable" (choice columns have no ranks and no words).
fn index_of(answered: Selection, not_applicable: Selection) -> ColumnIndex {
    ColumnIndex {
        answered,
        not_applicable,
        ranks: None,
        words: None,
    }
}

/// Each code mapped to its chart option; a hidden option's code becomes
/// missing, so the story does not answer this chart.
fn lumped_single(single: &ChoiceColumn, plan: &LumpPlan) -> ChoiceColumn {
    let map = |code: u16| match code {
        MISSING_CODE | NOT_APPLICABLE_CODE => code,
        code => plan
            .target
            .get(usize::from(code))
            .copied()
            .flatten()
            // Chart options are fewer than the codebook's, which fit in u16.
            .and_then(|slot| u16::try_from(slot).ok())
            .unwrap_or(MISSING_CODE),
    };
    ChoiceColumn {
        codes: single.codes.iter().map(|&c| map(c)).collect(),
    }
}

/// Each chart option chosen by the stories that chose any of its members;
/// a story that chose only hidden options no longer answers.
fn lumped_multi(multi: &MultiColumn, plan: &LumpPlan) -> MultiColumn {
    let len = multi.answered.len();
    let union = |members: &mut dyn Iterator<Item = usize>| {
        members.fold(Selection::none(len), |acc, i| match multi.chosen.get(i) {
            Some(chosen) => acc.or(chosen),
            None => acc,
        })
    };
    let chosen: Vec<Selection> = plan
        .members
        .iter()
        .map(|members| union(&mut members.iter().copied()))
        .collect();
    let hidden = union(&mut (0..plan.target.len()).filter(|&i| plan.target[i].is_none()));
    let shown = chosen
        .iter()
        .fold(Selection::none(len), |acc, chosen| acc.or(chosen));
    let only_hidden = hidden.and_not(&shown);
    MultiColumn {
        chosen,
        answered: multi.answered.and_not(&only_hidden),
        not_applicable: multi.not_applicable.clone(),
    }
}
