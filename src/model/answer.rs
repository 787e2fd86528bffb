//! [`Answer`]: one story's answer to one question, typed, for the story
//! reader and reports. Dates are days since 1970-01-01, shown with
//! [`crate::calendar::iso_date_from_days`].

use super::{Column, Dataset, Presence, QuestionKind};

/// A story's answer to a question.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer<'a> {
    /// No answer given.
    Missing,
    /// The teller said the question does not apply.
    NotApplicable,
    /// Free text (or an id), as imported.
    Text(&'a str),
    /// A number in the question's own units.
    Number(f64),
    /// Days since 1970-01-01.
    Date(i64),
    /// The chosen options' labels (one for single choice).
    Choice(Vec<&'a str>),
    /// 0–100.
    Slider(f64),
    /// `[top, left, right]` fractions.
    Triad([f64; 3]),
    /// Placed stones: label, x, y in 0..=1.
    Stones(Vec<(&'a str, f64, f64)>),
}

impl Dataset {
    /// The answer of story `row` to question number `index` (codebook order).
    pub fn answer(&self, index: usize, row: usize) -> Answer<'_> {
        let Some((question, column)) = self.questions().nth(index) else {
            return Answer::Missing;
        };
        match column.presence(row) {
            Presence::Missing => return Answer::Missing,
            Presence::NotApplicable => return Answer::NotApplicable,
            Presence::Answered => {}
        }
        match (&question.kind, column) {
            (_, Column::Text(text)) => text.get(row).map_or(Answer::Missing, Answer::Text),
            (QuestionKind::Slider { .. }, Column::Number(n)) => n
                .get(row)
                .map_or(Answer::Missing, |v| Answer::Slider(v * 100.0)),
            (QuestionKind::Date, Column::Number(n)) => n
                .get(row)
                .map_or(Answer::Missing, |v| Answer::Date(v.floor() as i64)),
            (_, Column::Number(n)) => n.get(row).map_or(Answer::Missing, Answer::Number),
            (QuestionKind::SingleChoice { options, .. }, Column::Single(c)) => c
                .get(row)
                .and_then(|o| options.get(o))
                .map_or(Answer::Missing, |label| {
                    Answer::Choice(vec![label.as_str()])
                }),
            (QuestionKind::MultiChoice { options }, Column::Multi(c)) => Answer::Choice(
                options
                    .iter()
                    .enumerate()
                    .filter(|(o, _)| c.has(row, *o))
                    .map(|(_, label)| label.as_str())
                    .collect(),
            ),
            (_, Column::Triad(t)) => t.get(row).map_or(Answer::Missing, Answer::Triad),
            (QuestionKind::Stones { stones, .. }, Column::Stones(s)) => Answer::Stones(
                stones
                    .iter()
                    .enumerate()
                    .filter_map(|(k, label)| {
                        s.position(k, row).map(|(x, y)| (label.as_str(), x, y))
                    })
                    .collect(),
            ),
            _ => Answer::Missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_dataset;

    #[test]
    fn every_demo_answer_has_the_type_of_its_question() {
        let dataset = demo_dataset();
        for (index, (question, _)) in dataset.questions().enumerate() {
            for row in 0..dataset.len() {
                let answer = dataset.answer(index, row);
                let fits = match (&question.kind, &answer) {
                    (_, Answer::Missing | Answer::NotApplicable) => true,
                    (QuestionKind::Text { .. }, Answer::Text(_)) => true,
                    (QuestionKind::Date, Answer::Date(d)) => (17866..17987).contains(d),
                    (QuestionKind::SingleChoice { .. }, Answer::Choice(c)) => c.len() == 1,
                    (QuestionKind::MultiChoice { .. }, Answer::Choice(c)) => {
                        (1..=3).contains(&c.len())
                    }
                    (QuestionKind::Slider { .. }, Answer::Slider(v)) => (0.0..=100.0).contains(v),
                    (QuestionKind::Triad { .. }, Answer::Triad(t)) => {
                        (t.iter().sum::<f64>() - 1.0).abs() < 1e-9
                    }
                    _ => false,
                };
                assert!(fits, "{} row {row}: {answer:?}", question.title);
            }
        }
    }
}
