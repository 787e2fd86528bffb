//! Tests of the demo dataset: determinism and shape here, the planted
//! patterns in [`patterns`]. Residuals are computed by a helper of our own
//! (the crate's stats module is deliberately not used, so the two can check
//! each other).

mod patterns;

use super::answers::GOOD_EXAMPLE;
use super::texts::MAX_WORDS;
use super::*;
use crate::model::{Presence, QuestionId};

pub(super) fn column<'a>(data: &'a Dataset, id: &str) -> &'a Column {
    data.question(&QuestionId::new(id))
        .map(|(_, column)| column)
        .unwrap_or_else(|| panic!("no question {id}"))
}

pub(super) fn single(data: &Dataset, id: &str) -> Vec<Option<usize>> {
    match column(data, id) {
        Column::Single(c) => (0..data.len()).map(|row| c.get(row)).collect(),
        _ => panic!("{id} is not single choice"),
    }
}

pub(super) fn slider(data: &Dataset, id: &str) -> Vec<Option<f64>> {
    match column(data, id) {
        Column::Number(c) => (0..data.len()).map(|row| c.get(row)).collect(),
        _ => panic!("{id} is not a number"),
    }
}

pub(super) fn emotions(data: &Dataset) -> Vec<Vec<usize>> {
    match column(data, ids::GEVOEL) {
        Column::Multi(c) => (0..data.len())
            .map(|row| (0..c.chosen.len()).filter(|&e| c.has(row, e)).collect())
            .collect(),
        _ => panic!("gevoel is not multi choice"),
    }
}

/// Stories rated as an example of good education (≥ 0.70).
pub(super) fn good_selection(data: &Dataset) -> Vec<bool> {
    let limit = f64::from(GOOD_EXAMPLE) / 100.0;
    slider(data, ids::VOORBEELD)
        .iter()
        .map(|v| v.is_some_and(|v| v >= limit))
        .collect()
}

/// Counts of `rows × cols` over the stories in `keep` that answered both.
pub(super) fn crosstab(
    rows: &[Option<usize>],
    cols: &[Option<usize>],
    keep: &[bool],
    shape: (usize, usize),
) -> Vec<Vec<f64>> {
    let mut table = vec![vec![0.0; shape.1]; shape.0];
    for ((r, c), &k) in rows.iter().zip(cols).zip(keep) {
        if let (Some(r), Some(c), true) = (r, c, k) {
            table[*r][*c] += 1.0;
        }
    }
    table
}

/// Adjusted standardized residuals z = (O−E)/√(E·(1−r/n)·(1−c/n)); zero
/// where a margin is empty.
pub(super) fn residuals(table: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let row_sums: Vec<f64> = table.iter().map(|r| r.iter().sum()).collect();
    let col_sums: Vec<f64> = (0..table[0].len())
        .map(|c| table.iter().map(|r| r[c]).sum())
        .collect();
    let n: f64 = row_sums.iter().sum();
    table
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .enumerate()
                .map(|(j, &observed)| {
                    let expected = row_sums[i] * col_sums[j] / n;
                    let variance = expected * (1.0 - row_sums[i] / n) * (1.0 - col_sums[j] / n);
                    if variance > 0.0 {
                        (observed - expected) / variance.sqrt()
                    } else {
                        0.0
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn residual_helper_matches_a_hand_computed_table() {
    // [[10, 20], [30, 40]]: E₀₀ = 30·40/100 = 12, var = 12·0.7·0.6 = 5.04,
    // z₀₀ = −2/√5.04 = −0.890870806…; a 2×2 table has ±|z| in every cell.
    let z = residuals(&[vec![10.0, 20.0], vec![30.0, 40.0]]);
    let expected = 0.890_870_806_374_748;
    assert!((z[0][0] + expected).abs() < 1e-12);
    assert!((z[0][1] - expected).abs() < 1e-12);
    assert!((z[1][1] + expected).abs() < 1e-12);
}

fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for &byte in bytes {
        *hash ^= u64::from(byte);
        *hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
}

/// FNV-1a over ids and, per question in codebook order, its id, presence
/// and value (`{:?}` of every float, option codes, texts).
fn fingerprint(data: &Dataset) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for row in 0..data.len() {
        fnv1a(&mut hash, data.story_ids()[row].0.as_bytes());
        for (question, column) in data.questions() {
            let value = match column {
                Column::Text(c) => c.get(row).unwrap_or("").to_string(),
                Column::Number(c) => format!("{:?}", c.get(row)),
                Column::Single(c) => c.codes[row].to_string(),
                Column::Multi(c) => {
                    format!("{:?}", (0..12).map(|e| c.has(row, e)).collect::<Vec<_>>())
                }
                Column::Triad(c) => format!("{:?}", c.get(row)),
                Column::Stones(_) => String::new(),
            };
            let presence = format!("|{}={:?}:", question.id, column.presence(row));
            fnv1a(&mut hash, presence.as_bytes());
            fnv1a(&mut hash, value.as_bytes());
        }
    }
    hash
}

#[test]
fn same_bytes_on_every_run() {
    let data = demo_dataset();
    assert_eq!(fingerprint(&data), fingerprint(&demo_dataset()));
    // Changes only when the generator changes on purpose; then update it.
    assert_eq!(fingerprint(&data), 0x3ac5_6c30_5e76_98f9);
}

#[test]
fn ids_dates_and_answer_kinds() {
    let data = demo_dataset();
    assert_eq!(data.len(), DEMO_STORIES);
    assert_eq!(data.name, DEMO_NAME);
    assert_eq!(data.story_ids()[0].0, "V0001");
    assert_eq!(data.story_ids()[DEMO_STORIES - 1].0, "V2000");
    let days = slider(&data, ids::DATUM);
    // 2018-12-01 ..= 2019-03-31 as days since 1970-01-01, in order.
    assert!(
        days.iter()
            .all(|d| d.is_some_and(|d| (17866.0..=17986.0).contains(&d)))
    );
    assert!(days.windows(2).all(|w| w[0] <= w[1]));
    for (question, column) in data.questions() {
        let answered = (0..data.len())
            .filter(|&row| column.presence(row) == Presence::Answered)
            .count();
        assert!(answered >= 1850, "{} answered by {answered}", question.id);
    }
    for id in [ids::VOORBEELD, ids::MANIER] {
        let values: Vec<f64> = slider(&data, id).into_iter().flatten().collect();
        assert!(values.iter().all(|v| (0.0..=1.0).contains(v)));
        assert!(
            values
                .iter()
                .all(|v| (v * 100.0 - (v * 100.0).round()).abs() < 1e-9)
        );
        let low = values.iter().filter(|&&v| v < 0.5).count();
        assert!(low > 400 && low < 1600, "{id} is lopsided: {low} below 0.5");
    }
    for id in [ids::WIE_AAN_ZET, ids::DOORSLAGGEVEND] {
        let Column::Triad(triad) = column(&data, id) else {
            panic!("{id} is not a triad");
        };
        let answers: Vec<[f64; 3]> = (0..data.len()).filter_map(|r| triad.get(r)).collect();
        for w in &answers {
            assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{id}: {w:?}");
            assert!(
                w.iter()
                    .all(|v| (v * 100.0 - (v * 100.0).round()).abs() < 1e-9)
            );
        }
        let with_zero = answers.iter().filter(|w| w.contains(&0.0)).count();
        let corners = answers.iter().filter(|w| w.contains(&1.0)).count();
        assert!(
            with_zero > 60 && with_zero < 800,
            "{id}: {with_zero} on an edge"
        );
        assert!(corners > 10, "{id}: {corners} in a corner");
    }
    for feelings in emotions(&data) {
        assert!((1..=3).contains(&feelings.len()));
    }
}

#[test]
fn some_answers_missing_some_not_applicable() {
    let data = demo_dataset();
    let mut missing_rates = Vec::new();
    for (question, column) in data.questions() {
        let count = |p| (0..data.len()).filter(|&r| column.presence(r) == p).count();
        let (missing, not_applicable) = (count(Presence::Missing), count(Presence::NotApplicable));
        match column {
            Column::Single(_) | Column::Number(_) | Column::Triad(_)
                if question.id.as_str() != ids::DATUM =>
            {
                assert!(
                    (10..=70).contains(&missing),
                    "{}: {missing} missing",
                    question.id
                );
                missing_rates.push(missing);
            }
            _ => assert_eq!(missing, 0, "{}", question.id),
        }
        if matches!(column, Column::Triad(_)) || question.id.as_str() == ids::MANIER {
            assert!(not_applicable >= 5, "{}: {not_applicable} N/A", question.id);
        }
    }
    missing_rates.sort_unstable();
    missing_rates.dedup();
    assert!(missing_rates.len() >= 8, "rates differ per question");
}

#[test]
fn titles_and_stories_read_like_stories() {
    let data = demo_dataset();
    let mut placeholders = 0;
    for row in 0..data.len() {
        let title = data.text(crate::model::TextRole::Title, row).unwrap_or("");
        let story = data.text(crate::model::TextRole::Story, row).unwrap_or("");
        let title_words = title.split_whitespace().count();
        let story_words = story.split_whitespace().count();
        assert!((3..=8).contains(&title_words), "title {title:?}");
        assert!(
            (40..=MAX_WORDS).contains(&story_words),
            "{story_words} words: {story}"
        );
        assert!(
            !story.contains(['{', '}']) && !title.contains(['{', '}']),
            "{story}"
        );
        if story.contains("[naam school]") || story.contains("[plaats]") {
            placeholders += 1;
        }
    }
    assert!(
        (400..=1400).contains(&placeholders),
        "{placeholders} with placeholders"
    );
    let distinct: std::collections::BTreeSet<_> = (0..data.len())
        .filter_map(|row| data.text(crate::model::TextRole::Story, row))
        .collect();
    assert_eq!(distinct.len(), data.len(), "every story is different");
}
