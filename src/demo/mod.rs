//! The embedded demo survey "Ervaringen met passend onderwijs".
//!
//! [`codebook`] defines the questions (see `framework-passend-onderwijs.md`
//! in the shared design folder); [`demo_dataset`] generates 2,000 synthetic
//! stories deterministically from a seeded PRNG, so every run on every
//! platform shows the same charts.

mod codebook;
mod rng;

pub use codebook::{codebook, ids};
pub use rng::Rng;

use crate::model::{
    ChoiceColumn, Column, Dataset, MultiColumn, NumberColumn, QuestionKind, Selection, StoryId,
    TextColumn, TriadColumn,
};

/// Window and project title of the demo.
pub const DEMO_NAME: &str = "Demo: Ervaringen met passend onderwijs";
/// Number of stories in the demo.
pub const DEMO_STORIES: usize = 2000;

/// The demo dataset: same bytes on every run and platform.
pub fn demo_dataset() -> Dataset {
    let codebook = codebook();
    let n = DEMO_STORIES;
    let mut rng = Rng::new(0x5eed_2019);
    let story_ids = (1..=n).map(|i| StoryId(format!("V{i:04}"))).collect();
    let columns = codebook
        .questions
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Text { .. } | QuestionKind::Id => {
                let mut text = TextColumn::default();
                for i in 0..n {
                    text.push(Some(&format!("{} {}", q.title, i + 1)));
                }
                Column::Text(text)
            }
            QuestionKind::Date | QuestionKind::Number => Column::Number(NumberColumn::from_values(
                (0..n).map(|_| 17866.0 + rng.below(121) as f64).collect(),
            )),
            QuestionKind::SingleChoice { options, .. } => Column::Single(ChoiceColumn {
                codes: (0..n).map(|_| rng.below(options.len()) as u16).collect(),
            }),
            QuestionKind::MultiChoice { options } => Column::Multi(MultiColumn {
                chosen: options
                    .iter()
                    .map(|_| Selection::from_fn(n, |_| rng.below(4) == 0))
                    .collect(),
                answered: Selection::all(n),
                not_applicable: Selection::none(n),
            }),
            QuestionKind::Slider { .. } => Column::Number(NumberColumn::from_values(
                (0..n).map(|_| rng.below(101) as f64 / 100.0).collect(),
            )),
            QuestionKind::Triad { .. } | QuestionKind::Stones { .. } => {
                let mut triad = TriadColumn::default();
                for _ in 0..n {
                    let a = rng.below(101) as f64;
                    let b = rng.below(101 - a as usize) as f64;
                    triad.push(Some([a / 100.0, b / 100.0, (100.0 - a - b) / 100.0]));
                }
                Column::Triad(triad)
            }
        })
        .collect();
    // The codebook and the columns are built from the same list, with one
    // row per story each, so assembling cannot fail.
    Dataset::new(DEMO_NAME, story_ids, codebook, columns).expect("demo dataset is consistent")
}
