//! Tests of the column indexes: each set and rank as `Column::presence`
//! and sorting every value say, row by row.

use super::*;
use crate::model::{ChoiceColumn, MISSING_CODE, NOT_APPLICABLE_CODE, NumberColumn, Presence};

/// After `warm_indexes` every column but the texts has its index: a
/// chart finds it built (the build below would panic) and the story
/// text's words are left to their own thread.
#[test]
fn warm_indexes_builds_every_index_a_chart_reads_and_leaves_the_texts() {
    let dataset = crate::demo::demo_dataset();
    warm_indexes(&dataset);
    let mut texts = 0;
    for question in &dataset.codebook().questions {
        let Some((_, column, slot)) = dataset.question_at(&question.id) else {
            panic!("{} is in the codebook", question.id);
        };
        let built = std::sync::atomic::AtomicBool::new(false);
        let index: Arc<ColumnIndex> = dataset.cache().get_or_build(slot, || {
            built.store(true, std::sync::atomic::Ordering::Relaxed);
            ColumnIndex::build(column, None)
        });
        let was_built = built.load(std::sync::atomic::Ordering::Relaxed);
        if matches!(column, Column::Text(_)) {
            texts += 1;
            assert!(
                was_built,
                "{}: a text's index waits for its words",
                question.id
            );
        } else {
            assert!(!was_built, "{}: warmed", question.id);
            assert_eq!(index.answered.len(), dataset.len());
        }
    }
    assert!(texts >= 2, "the demo has title and story texts");
}

/// The sets read from each kind's storage are what `presence` says row
/// by row, also for the odd cases: a row listed as not applicable that
/// has an answer, a triad with one corner missing, a multiple choice
/// both answered and not applicable.
#[test]
fn presence_sets_match_presence_row_by_row() {
    use crate::model::{MultiColumn, TriadColumn};
    let nan = f64::NAN;
    let mut slider = NumberColumn::from_values(vec![0.5, nan, 0.25, nan, 0.1]);
    slider.not_applicable = vec![1, 2, 9];
    let triad = TriadColumn {
        top: vec![0.2, nan, 0.5, nan, 0.1],
        left: vec![0.3, 0.5, nan, nan, 0.1],
        right: vec![0.5, 0.5, 0.5, nan, 0.8],
        not_applicable: vec![2, 3, 4],
    };
    let multi = MultiColumn {
        chosen: vec![Selection::from_rows(5, [0, 4])],
        answered: Selection::from_rows(5, [0, 1, 4]),
        not_applicable: Selection::from_rows(5, [1, 2]),
    };
    let single = ChoiceColumn {
        codes: vec![3, NOT_APPLICABLE_CODE, MISSING_CODE, 0, NOT_APPLICABLE_CODE],
    };
    let mut columns = vec![
        Column::Number(slider),
        Column::Triad(triad),
        Column::Multi(multi),
        Column::Single(single),
    ];
    let demo = crate::demo::demo_dataset();
    columns.extend(demo.questions().map(|(_, c)| c.clone()));
    let mut kinds = std::collections::HashSet::new();
    for column in &columns {
        let (answered, not_applicable) = column.presence_sets();
        let by_row =
            |wanted: Presence| Selection::from_fn(column.len(), |r| column.presence(r) == wanted);
        assert_eq!(answered, by_row(Presence::Answered), "{column:?}");
        assert_eq!(
            not_applicable,
            by_row(Presence::NotApplicable),
            "{column:?}"
        );
        kinds.insert(std::mem::discriminant(column));
        if column.len() == 5 {
            assert!(answered.count() > 0 && not_applicable.count() > 0);
        }
    }
    assert!(kinds.len() >= 5, "every kind of column was tried");
}

/// Ranks as they were built before the distinct values were gathered by
/// their bits: every value sorted, a binary search per row.
fn ranks_by_sorting(values: &[f64]) -> Option<(Vec<u64>, Vec<u32>)> {
    let mut distinct: Vec<f64> = values
        .iter()
        .filter(|v| !v.is_nan())
        .map(|v| v * 100.0)
        .collect();
    distinct.sort_unstable_by(f64::total_cmp);
    distinct.dedup_by(|a, b| a == b);
    if distinct.len() > MAX_DISTINCT {
        return None;
    }
    let codes = values
        .iter()
        .map(|v| match v.is_nan() {
            true => NO_CODE,
            false => distinct.partition_point(|d| *d < v * 100.0) as u32,
        })
        .collect();
    Some((distinct.iter().map(|d| d.to_bits()).collect(), codes))
}

#[test]
fn slider_ranks_are_those_of_sorting_every_value() {
    let ranks = |values: &[f64]| {
        SliderRanks::build(values).map(|r| {
            (
                r.distinct.iter().map(|d| d.to_bits()).collect::<Vec<_>>(),
                r.codes,
            )
        })
    };
    let (nan, cap) = (f64::NAN, MAX_DISTINCT as f64);
    // −0 before and after 0, NaN, repeats, and a value whose × 100
    // rounds onto another's.
    let mixed = [0.3, 0.0, -0.0, nan, 0.29, 0.3, -0.0, 1.0, 0.1 + 0.2, 0.0];
    // As many distinct values as allowed, plus −0 beside 0: one value.
    let full: Vec<f64> = (0..MAX_DISTINCT)
        .map(|i| i as f64 / cap)
        .chain([-0.0])
        .collect();
    let over: Vec<f64> = (0..=MAX_DISTINCT).map(|i| i as f64 / cap).collect();
    let demo = crate::demo::demo_dataset();
    let mut cases = vec![mixed.to_vec(), full, over, vec![nan; 3], Vec::new()];
    cases.extend(demo.questions().filter_map(|(_, c)| match c {
        Column::Number(n) => Some(n.values.clone()),
        _ => None,
    }));
    for values in &cases {
        assert_eq!(
            ranks(values),
            ranks_by_sorting(values),
            "{:?}",
            &values[..values.len().min(12)]
        );
    }
    assert_eq!(ranks(&mixed).map(|(d, _)| d[0]), Some((-0.0f64).to_bits()));
    assert!(ranks(&cases[1]).is_some() && ranks(&cases[2]).is_none());
    assert!(
        cases.len() > 5,
        "the demo's sliders were tried: {}",
        cases.len()
    );
}

#[test]
fn answered_counts_match_presence_row_by_row() {
    let mut slider = NumberColumn::from_values(vec![0.5, f64::NAN, 0.25, 0.0, -0.0, 0.25]);
    slider.values.push(f64::NAN);
    slider.not_applicable = vec![6];
    let single = ChoiceColumn {
        codes: vec![0, 1, NOT_APPLICABLE_CODE, MISSING_CODE, 2, 1, 0],
    };
    let a = ColumnIndex::build(&Column::Number(slider), None);
    let b = ColumnIndex::build(&Column::Single(single), None);
    let population = Selection::from_rows(7, [0, 1, 2, 3, 4, 6]);
    let answered = Answered::of(&population, &[&a, &b]);
    // Row 0, 4 answered both; 1 and 3 missing one; 2 and 6 N/A.
    assert_eq!(answered.rows(), vec![0, 4]);
    assert_eq!(
        (
            answered.stories,
            answered.n,
            answered.n_missing,
            answered.n_not_applicable
        ),
        (6, 2, 2, 2)
    );
    let ranks = a.ranks.unwrap();
    assert_eq!(&ranks.distinct[..], &[-0.0, 25.0, 50.0]);
    assert_eq!(ranks.codes, vec![2, NO_CODE, 1, 0, 0, 1, NO_CODE]);
}
