//! The embedded demo survey "Ervaringen met passend onderwijs".
//!
//! [`codebook`] defines the questions (see `framework-passend-onderwijs.md`
//! in the shared design folder); [`demo_dataset`] generates 2,000 synthetic
//! stories deterministically, so every run on every platform shows the same
//! charts. Per story, in this order:
//!
//! 1. `latent::Latent`: role, school type, region, support type, theme and
//!    how it went, drawn from weighted tables;
//! 2. `answers::Answers`: emotions, influences, consequence, sliders and
//!    triads derived from the latent structure with noise, carrying the
//!    patterns the seed reports;
//! 3. `texts::compose`: a Dutch title and story consistent with both;
//! 4. gaps: a few answers left missing or marked not applicable.
//!
//! Each story draws from its own streams of one seeded [`Rng`], so editing
//! the texts does not move any number. Only integer arithmetic and exact
//! divisions by 100 produce stored values.

mod answers;
mod codebook;
mod influence;
mod latent;
mod project;
mod rng;
mod story_end;
mod story_middle;
mod story_start;
#[cfg(test)]
mod tests;
mod texts;

pub use codebook::{codebook, ids};
pub use project::{GOOD_EDUCATION, PARENTS, PARENTS_GOOD_EDUCATION, demo_project};
pub use rng::Rng;

use crate::model::{
    ChoiceColumn, Column, Dataset, MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE, NumberColumn,
    Selection, StoryId, TextColumn, TriadColumn,
};
use answers::{Answers, EMOTIONS};
use latent::{Latent, Theme, pick};

/// Window and project title of the demo.
pub const DEMO_NAME: &str = "Demo: Ervaringen met passend onderwijs";
/// Number of stories in the demo.
pub const DEMO_STORIES: usize = 2000;

const SEED: u64 = 0x5eed_2019;
/// 2018-12-01 in days since 1970-01-01; the collection ran 121 days, to
/// 2019-03-31.
const FIRST_DAY: u32 = 17_866;
const DAYS: usize = 121;

/// Whether one answer was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    Answered,
    Missing,
    NotApplicable,
}

/// One generated story.
struct Story {
    latent: Latent,
    answers: Answers,
    title: String,
    text: String,
    /// Days since 1970-01-01.
    day: u32,
    /// Per codebook question.
    gaps: Vec<Gap>,
}

/// Per mille missing and not applicable, per question.
fn gap_rates(id: &str, latent: &Latent) -> (u32, u32) {
    use ids::*;
    match id {
        ONDERSTEUNING => (15, 0),
        HEEFT_TE_MAKEN_MET => (11, 0),
        GROOTSTE_INVLOED_1 => (14, 0),
        GROOTSTE_INVLOED_2 => (27, 0),
        ROLSOORT => (7, 0),
        ONDERWIJSSOORT => (13, 0),
        REGIO => (21, 0),
        // A story about a teacher's work situation may not concern a child.
        GEVOLGEN if latent.theme == Theme::Work => (19, 60),
        GEVOLGEN => (19, 3),
        VOORBEELD => (13, 4),
        MANIER => (22, 8),
        WIE_AAN_ZET => (24, 13),
        DOORSLAGGEVEND => (29, 17),
        _ => (0, 0),
    }
}

fn draw_gap(rng: &mut Rng, (missing, not_applicable): (u32, u32)) -> Gap {
    latent::one_of_three(
        rng,
        (missing, not_applicable),
        [Gap::Missing, Gap::NotApplicable, Gap::Answered],
    )
}

/// Submission days, sorted: busy launch weeks, a reminder in February, a
/// last-minute rush, quieter weekends.
fn draw_days(rng: &mut Rng, n: usize) -> Vec<u32> {
    let weights: Vec<u32> = (0..DAYS)
        .map(|day| {
            let mut weight = 10;
            if day < 21 {
                weight += 20;
            }
            if (62..72).contains(&day) {
                weight += 12;
            }
            if day + 7 >= DAYS {
                weight += 8;
            }
            // Day 0 (2018-12-01) was a Saturday.
            if day % 7 < 2 {
                weight = weight * 3 / 5;
            }
            weight
        })
        .collect();
    let mut days: Vec<u32> = (0..n)
        .map(|_| FIRST_DAY + pick(rng, &weights) as u32)
        .collect();
    days.sort_unstable();
    days
}

fn generate(n: usize) -> Vec<Story> {
    let codebook = codebook();
    let mut master = Rng::new(SEED);
    let days = draw_days(&mut Rng::new(master.next_u64()), n);
    days.into_iter()
        .map(|day| {
            let mut rng = Rng::new(master.next_u64());
            let mut text_rng = Rng::new(master.next_u64());
            let mut gap_rng = Rng::new(master.next_u64());
            let latent = Latent::draw(&mut rng);
            let answers = Answers::draw(&mut rng, &latent);
            let (title, text) = texts::compose(&mut text_rng, &latent, &answers);
            let gaps = codebook
                .questions
                .iter()
                .map(|q| draw_gap(&mut gap_rng, gap_rates(q.id.as_str(), &latent)))
                .collect();
            Story {
                latent,
                answers,
                title,
                text,
                day,
                gaps,
            }
        })
        .collect()
}

fn text_column(stories: &[Story], text: impl Fn(&Story) -> &str) -> Column {
    let mut column = TextColumn::default();
    for story in stories {
        column.push(Some(text(story)));
    }
    Column::Text(column)
}

fn single_column(stories: &[Story], question: usize, code: impl Fn(&Story) -> usize) -> Column {
    let codes = stories
        .iter()
        .map(|story| match story.gaps.get(question) {
            Some(Gap::Missing) => MISSING_CODE,
            Some(Gap::NotApplicable) => NOT_APPLICABLE_CODE,
            _ => code(story) as u16,
        })
        .collect();
    Column::Single(ChoiceColumn { codes })
}

fn slider_column(stories: &[Story], question: usize, percent: impl Fn(&Story) -> u32) -> Column {
    let mut column = NumberColumn::default();
    for story in stories {
        match story.gaps.get(question) {
            Some(Gap::Missing) => column.push(None),
            Some(Gap::NotApplicable) => column.push_not_applicable(),
            _ => column.push(Some(f64::from(percent(story)) / 100.0)),
        }
    }
    Column::Number(column)
}

fn triad_column(
    stories: &[Story],
    question: usize,
    percent: impl Fn(&Story) -> [u32; 3],
) -> Column {
    let mut column = TriadColumn::default();
    for story in stories {
        match story.gaps.get(question) {
            Some(Gap::Missing) => column.push(None),
            Some(Gap::NotApplicable) => column.push_not_applicable(),
            _ => column.push(Some(percent(story).map(|p| f64::from(p) / 100.0))),
        }
    }
    Column::Triad(column)
}

fn emotion_column(stories: &[Story]) -> Column {
    let n = stories.len();
    let chosen = (0..EMOTIONS)
        .map(|e| Selection::from_fn(n, |row| stories[row].answers.emotions.contains(&e)))
        .collect();
    Column::Multi(MultiColumn {
        chosen,
        answered: Selection::all(n),
        not_applicable: Selection::none(n),
    })
}

fn column(id: &str, question: usize, stories: &[Story]) -> Column {
    use ids::*;
    match id {
        TITEL => text_column(stories, |s| &s.title),
        ERVARING => text_column(stories, |s| &s.text),
        DATUM => Column::Number(NumberColumn::from_values(
            stories.iter().map(|s| f64::from(s.day)).collect(),
        )),
        GEVOEL => emotion_column(stories),
        ONDERSTEUNING => single_column(stories, question, |s| s.latent.support as usize),
        HEEFT_TE_MAKEN_MET => single_column(stories, question, |s| s.latent.theme as usize),
        GROOTSTE_INVLOED_1 => single_column(stories, question, |s| s.answers.influence[0] as usize),
        GROOTSTE_INVLOED_2 => single_column(stories, question, |s| s.answers.influence[1] as usize),
        ROLSOORT => single_column(stories, question, |s| s.latent.role as usize),
        ONDERWIJSSOORT => single_column(stories, question, |s| s.latent.school as usize),
        REGIO => single_column(stories, question, |s| s.latent.region),
        GEVOLGEN => single_column(stories, question, |s| s.answers.consequence),
        VOORBEELD => slider_column(stories, question, |s| s.answers.example),
        MANIER => slider_column(stories, question, |s| s.answers.manner),
        WIE_AAN_ZET => triad_column(stories, question, |s| s.answers.who),
        DOORSLAGGEVEND => triad_column(stories, question, |s| s.answers.decisive),
        // Every id of the codebook is handled above (the tests check that
        // every column is answered); an unknown one stays unanswered.
        _ => {
            let mut empty = TextColumn::default();
            stories.iter().for_each(|_| empty.push(None));
            Column::Text(empty)
        }
    }
}

/// The demo dataset: same bytes on every run and platform.
#[allow(clippy::expect_used, reason = "consistent by construction")]
pub fn demo_dataset() -> Dataset {
    let codebook = codebook();
    let stories = generate(DEMO_STORIES);
    let story_ids = (1..=stories.len())
        .map(|i| StoryId(format!("V{i:04}")))
        .collect();
    let columns = codebook
        .questions
        .iter()
        .enumerate()
        .map(|(index, q)| column(q.id.as_str(), index, &stories))
        .collect();
    // The columns are built from the codebook's own list, one row per story
    // each, and the ids V0001… are unique, so assembling cannot fail.
    Dataset::new(DEMO_NAME, story_ids, codebook, columns).expect("demo dataset is consistent")
}

/// The demo's answers without the story texts, repeated to `n` stories
/// (row r holds the answers of demo story r mod 2,000): big datasets for
/// benches and for tests of charts past their dot and density limits.
#[allow(clippy::expect_used, reason = "consistent by construction")]
pub fn tiled_answers(n: usize) -> Dataset {
    use crate::model::Codebook;

    let demo = demo_dataset();
    let (questions, columns) = demo
        .questions()
        .filter(|(_, column)| !matches!(column, Column::Text(_) | Column::Stones(_)))
        .map(|(question, column)| (question.clone(), tile_column(column, n)))
        .unzip();
    let story_ids = (0..n).map(|i| StoryId(format!("T{i}"))).collect();
    // Same questions and row counts as the demo, unique ids: cannot fail.
    Dataset::new(DEMO_NAME, story_ids, Codebook { questions }, columns)
        .expect("tiled demo answers are consistent")
}

/// `column` repeated until it holds `n` rows (row r is row r mod its
/// length).
pub fn tile_column(column: &Column, n: usize) -> Column {
    let m = column.len();
    match column {
        Column::Text(text) => {
            let mut out = TextColumn::default();
            (0..n).for_each(|row| out.push(text.get(row % m)));
            Column::Text(out)
        }
        Column::Number(c) => Column::Number(NumberColumn::from_values(
            (0..n).map(|row| c.values[row % m]).collect(),
        )),
        Column::Single(c) => Column::Single(ChoiceColumn {
            codes: (0..n).map(|row| c.codes[row % m]).collect(),
        }),
        Column::Multi(c) => {
            let tiled = |s: &Selection| Selection::from_fn(n, |row| s.contains(row % m));
            Column::Multi(MultiColumn {
                chosen: c.chosen.iter().map(tiled).collect(),
                answered: tiled(&c.answered),
                not_applicable: tiled(&c.not_applicable),
            })
        }
        Column::Triad(c) => {
            let mut out = TriadColumn::default();
            (0..n).for_each(|row| out.push(c.get(row % m)));
            Column::Triad(out)
        }
        Column::Stones(c) => {
            let tiled = |v: &Vec<f64>| (0..n).map(|row| v[row % m]).collect();
            Column::Stones(crate::model::StonesColumn {
                x: c.x.iter().map(tiled).collect(),
                y: c.y.iter().map(tiled).collect(),
            })
        }
    }
}
