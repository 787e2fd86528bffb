//! Display lumping: the plan, and every chart and mark of a lumped
//! question against the same numbers computed from a table merged by hand.

use super::*;
use crate::charts::{ChartSpec, Mark, PanelKind, Populations, compute, rows_of_mark};
use crate::demo::{demo_dataset, ids};
use crate::model::QuestionId;

fn labels(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn lumping(question: &str) -> OptionLumping {
    OptionLumping::new(QuestionId::new(question))
}

#[test]
fn a_plan_puts_a_group_at_its_first_member_and_leaves_hidden_options_out() {
    let options = labels(&["a", "b", "c", "d", "e"]);
    let mut l = lumping("q");
    l.merged.push(MergedOptions {
        label: " x ".into(),
        options: vec![3, 1, 9, 1],
    });
    // An option already merged stays in its first group.
    l.merged.push(MergedOptions {
        label: "y".into(),
        options: vec![3, 2],
    });
    l.renamed.push(RenamedOption {
        option: 4,
        label: "E".into(),
    });
    l.hidden = vec![2, 7];
    let plan = LumpPlan::of(&l, &options);
    assert_eq!(plan.labels, labels(&["a", "x", "E"]));
    assert_eq!(plan.target, vec![Some(0), Some(1), None, Some(1), Some(2)]);
    assert_eq!(plan.members, vec![vec![0], vec![1, 3], vec![4]]);

    // Hiding every option would leave no chart: nothing is hidden then.
    let mut all = lumping("q");
    all.hidden = vec![0, 1];
    let plan = LumpPlan::of(&all, &labels(&["a", "b"]));
    assert_eq!(plan.labels, labels(&["a", "b"]));

    // A group without a name is named after its options.
    let mut unnamed = lumping("q");
    unnamed.merged.push(MergedOptions {
        label: String::new(),
        options: vec![0, 1],
    });
    let plan = LumpPlan::of(&unnamed, &labels(&["a", "b", "c"]));
    assert_eq!(plan.labels, labels(&["a + b", "c"]));
}

#[test]
fn edits_merge_rename_hide_and_unmerge_by_codebook_index() {
    let mut l = lumping("q");
    l.merge(&[2], "alone");
    assert!(l.is_empty(), "one option merges nothing");
    l.rename(0, "A", "a");
    l.set_hidden(3, true);
    l.merge(&[0, 3, 1], "grp");
    // Merged options lose their own name and are shown again.
    assert_eq!(
        l.merged,
        vec![MergedOptions {
            label: "grp".into(),
            options: vec![0, 1, 3]
        }]
    );
    assert!(l.renamed.is_empty() && l.hidden.is_empty());
    l.rename(1, "group", "b");
    assert_eq!(
        l.merged[0].label, "group",
        "renaming a member renames the group"
    );
    l.set_hidden(0, true);
    assert_eq!(l.merged[0].options, vec![1, 3]);
    l.unmerge(3);
    assert!(l.merged.is_empty(), "a group of one ends");
    l.rename(2, "c", "c");
    assert!(l.renamed.is_empty(), "its own label is no new name");
    assert_eq!(l.hidden, vec![0]);
    l.set_hidden(0, false);
    assert!(l.is_empty());
}

/// The chart of `spec` over every demo story.
fn chart(spec: &ChartSpec) -> crate::charts::ChartData {
    let dataset = demo_dataset();
    compute(spec, &dataset, &Populations::all(&dataset)).unwrap()
}

fn bars(data: &crate::charts::ChartData) -> &crate::charts::BarsData {
    match &data.whole.chart {
        PanelKind::Bars(bars) => bars,
        other => panic!("bars, not {other:?}"),
    }
}

#[test]
fn single_choice_bars_equal_the_bars_of_a_hand_merged_table() {
    let q = QuestionId::new(ids::ROLSOORT);
    let plain_spec = ChartSpec::new(q.clone());
    let plain = chart(&plain_spec);
    let c = bars(&plain).counts.clone();
    let mut spec = plain_spec.clone();
    let mut l = OptionLumping::new(q.clone());
    // "ouder/verzorger" + "leerling/jongere"; "schooldirectie" hidden.
    l.merge(&[0, 1], "gezin");
    l.rename(2, "leerkracht", "leraar");
    l.set_hidden(4, true);
    spec.options.lumping = vec![l];
    let lumped = chart(&spec);
    let b = bars(&lumped);
    let mut expected_labels = labels(&["gezin", "leerkracht"]);
    expected_labels.extend(plain.kind.options()[3..].iter().cloned());
    expected_labels.remove(3);
    assert_eq!(b.labels, expected_labels);
    let mut by_hand = vec![c[0] + c[1], c[2], c[3]];
    by_hand.extend(&c[5..]);
    assert_eq!(b.counts, by_hand);
    // The hidden option's stories leave n: they count as not answering.
    assert_eq!(lumped.whole.n, plain.whole.n - c[4] as usize);
    assert_eq!(
        lumped.whole.n_missing,
        plain.whole.n_missing + c[4] as usize
    );
    let n = lumped.whole.n as f64;
    for (p, &count) in b.percents.iter().zip(&by_hand) {
        assert!((p - 100.0 * count as f64 / n).abs() < 1e-12);
    }
    assert_eq!(lumped.kind.options(), b.labels.as_slice());
    // The note names what changed, with the codebook's labels.
    let note = &lumped.lumping[0];
    assert_eq!(note.question, "Uw rolsoort");
    assert_eq!(
        note.merged,
        vec![(
            labels(&["ouder/verzorger", "leerling/jongere"]),
            "gezin".into()
        )]
    );
    assert_eq!(note.renamed, vec![("leraar".into(), "leerkracht".into())]);
    assert_eq!(note.hidden, labels(&["schooldirectie"]));
    assert!(!note.multiple);
    assert!(plain.lumping.is_empty());
}

#[test]
fn a_merged_multiple_choice_bar_counts_a_story_once_and_its_mark_holds_the_union() {
    let dataset = demo_dataset();
    let all = dataset.all();
    let q = QuestionId::new(ids::GEVOEL);
    let plain_spec = ChartSpec::new(q.clone());
    let mut spec = plain_spec.clone();
    let mut l = OptionLumping::new(q.clone());
    // "boosheid" + "frustratie"
    l.merge(&[7, 8], "negatief");
    spec.options.lumping = vec![l];
    let lumped = chart(&spec);
    let b = bars(&lumped);
    assert_eq!(b.labels[7], "negatief");
    assert_eq!(b.labels.len(), 11);
    let of = |spec: &ChartSpec, option| {
        rows_of_mark(spec, &dataset, &all, &Mark::Option { option }).unwrap()
    };
    let (boos, frustratie) = (of(&plain_spec, 7), of(&plain_spec, 8));
    let mut union: Vec<usize> = boos.iter().chain(&frustratie).copied().collect();
    union.sort_unstable();
    union.dedup();
    let merged = of(&spec, 7);
    assert_eq!(merged, union);
    assert_eq!(b.counts[7], union.len() as u64);
    assert!(
        union.len() < boos.len() + frustratie.len(),
        "some demo stories chose both, and count once"
    );
    // The options after the group keep their own stories.
    assert_eq!(of(&spec, 8), of(&plain_spec, 9));
    assert!(lumped.lumping[0].multiple);
    // A click on the merged bar brushes the same stories.
    let filter = crate::charts::brush::filter_of_mark(
        &spec,
        dataset.codebook(),
        &Mark::Option { option: 7 },
    )
    .unwrap();
    let brushed = filter.evaluate(&dataset).unwrap();
    assert_eq!(brushed.iter().collect::<Vec<_>>(), union);
}

#[test]
fn a_lumped_cross_tab_tests_the_hand_merged_table() {
    let dataset = demo_dataset();
    let all = dataset.all();
    let (q, by) = (
        QuestionId::new(ids::HEEFT_TE_MAKEN_MET),
        QuestionId::new(ids::ONDERWIJSSOORT),
    );
    let plain_spec = ChartSpec::pair(q.clone(), by.clone());
    let plain = chart(&plain_spec);
    let PanelKind::CrossTab(plain_table) = &plain.whole.chart else {
        panic!("cross-tab")
    };
    let o = &plain_table.observed;
    let mut spec = plain_spec.clone();
    // Columns SO + VSO merged, row "systeem" hidden.
    let mut columns = OptionLumping::new(by.clone());
    columns.merge(&[1, 3], "speciaal");
    let mut rows = OptionLumping::new(q.clone());
    rows.set_hidden(3, true);
    spec.options.lumping = vec![rows, columns];
    let lumped = chart(&spec);
    let PanelKind::CrossTab(table) = &lumped.whole.chart else {
        panic!("cross-tab")
    };
    let by_hand: Vec<Vec<u64>> = (0..3)
        .map(|i| vec![o[i][0], o[i][1] + o[i][3], o[i][2], o[i][4]])
        .collect();
    assert_eq!(table.observed, by_hand);
    assert_eq!(
        table.column_labels,
        labels(&["PO", "speciaal", "VO", "MBO"])
    );
    assert_eq!(
        table.row_labels,
        labels(&["relaties", "ondersteuning", "werksituatie"])
    );
    let as_f64: Vec<Vec<f64>> = by_hand
        .iter()
        .map(|r| r.iter().map(|&v| v as f64).collect())
        .collect();
    let reference = crate::stats::crosstab::crosstab(&as_f64).unwrap();
    assert_eq!(table.chi2, reference.chi2);
    assert_eq!(table.p, reference.p);
    assert_eq!(table.df, 6);
    assert_eq!(table.cramers_v, reference.cramers_v);
    assert_ne!(
        table.chi2, plain_table.chi2,
        "recomputed, not the full table's"
    );
    // SciPy on the same hand-merged table (printed by this test):
    // SciPy on the same hand-merged table of the (deterministic) demo:
    //   from scipy.stats import chi2_contingency; import numpy as np
    //   t = np.array([[83, 26, 50, 21], [336, 124, 253, 78], [161, 60, 88, 32]])
    //   r = chi2_contingency(t, correction=False)
    //   r.statistic, r.pvalue, r.dof, (r.statistic / (t.sum() * 2)) ** 0.5
    //   → 6.230289354566222, 0.39789372764850495, 6, 0.04872728267816186
    assert_eq!(
        by_hand,
        [[83, 26, 50, 21], [336, 124, 253, 78], [161, 60, 88, 32]]
    );
    let close = |a: Option<f64>, b: f64| (a.unwrap() - b).abs() <= 1e-9 * b;
    assert!(close(table.chi2, 6.230289354566222));
    assert!(close(table.p, 0.39789372764850495));
    assert!(close(table.cramers_v, 0.04872728267816186));
    // Each cell's mark holds its count.
    for (i, row) in table.observed.iter().enumerate() {
        for (j, &count) in row.iter().enumerate() {
            let mark = Mark::Cell { row: i, column: j };
            let rows = rows_of_mark(&spec, &dataset, &all, &mark).unwrap();
            assert_eq!(rows.len() as u64, count, "cell {i},{j}");
        }
    }
}

#[test]
fn slider_and_triad_groups_and_small_multiples_follow_the_lumped_split() {
    let dataset = demo_dataset();
    let all = dataset.all();
    let by = QuestionId::new(ids::HEEFT_TE_MAKEN_MET);
    let mut l = OptionLumping::new(by.clone());
    l.merge(&[0, 1], "mensen");
    l.set_hidden(3, true);

    let plain_spec = ChartSpec::pair(QuestionId::new(ids::VOORBEELD), by.clone());
    let mut spec = plain_spec.clone();
    spec.options.lumping = vec![l.clone()];
    let (plain, lumped) = (chart(&plain_spec), chart(&spec));
    let (PanelKind::Groups(plain_groups), PanelKind::Groups(groups)) =
        (&plain.whole.chart, &lumped.whole.chart)
    else {
        panic!("groups")
    };
    let labels_of: Vec<&str> = groups.groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(labels_of, ["mensen", "werksituatie"]);
    let n = |g: &[crate::charts::SliderGroup], i: usize| g[i].n;
    assert_eq!(
        n(&groups.groups, 0),
        n(&plain_groups.groups, 0) + n(&plain_groups.groups, 1)
    );
    // Kruskal–Wallis over the two lumped groups, from their values.
    let samples: Vec<&[f64]> = groups.groups.iter().map(|g| g.values.as_slice()).collect();
    let kw = crate::stats::rank::kruskal_wallis(&samples).unwrap();
    assert!((groups.h.unwrap() - kw.h).abs() < 1e-9 * kw.h.max(1.0));
    assert_eq!(groups.df, Some(1));
    let rows = rows_of_mark(&spec, &dataset, &all, &Mark::Group { option: 0 }).unwrap();
    assert_eq!(rows.len(), groups.groups[0].n);

    let plain_triads = ChartSpec::pair(QuestionId::new(ids::WIE_AAN_ZET), by.clone());
    let mut triads = plain_triads.clone();
    triads.options.lumping = vec![l.clone()];
    let (PanelKind::TriadGroups(p), PanelKind::TriadGroups(t)) = (
        &chart(&plain_triads).whole.chart,
        &chart(&triads).whole.chart,
    ) else {
        panic!("triad groups")
    };
    assert_eq!(t.groups.len(), 2);
    assert_eq!(t.groups[0].n, p.groups[0].n + p.groups[1].n);
    assert_eq!(
        t.groups[1], p.groups[2],
        "an option not lumped keeps its group"
    );

    let mut multiples = ChartSpec::pair(QuestionId::new(ids::GEVOEL), by);
    multiples.options.small_multiples = true;
    multiples.options.lumping = vec![l];
    let PanelKind::Multiples(m) = &chart(&multiples).whole.chart else {
        panic!("multiples")
    };
    let titles: Vec<&str> = m.panels.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(titles, ["mensen", "werksituatie"]);
}

#[test]
fn chart_options_without_lumping_load_and_lumping_round_trips() {
    let old = r#"{"min_n": 20, "zero_replacement": 0.001, "bins": 10}"#;
    let options: crate::charts::ChartOptions = serde_json::from_str(old).unwrap();
    assert!(options.lumping.is_empty());
    let saved = serde_json::to_string(&options).unwrap();
    assert!(!saved.contains("lumping"), "{saved}");
    let mut l = lumping(ids::ROLSOORT);
    l.merge(&[0, 1], "gezin");
    l.set_hidden(5, true);
    let with = crate::charts::ChartOptions {
        lumping: vec![l],
        ..options
    };
    let saved = serde_json::to_string(&with).unwrap();
    let loaded: crate::charts::ChartOptions = serde_json::from_str(&saved).unwrap();
    assert_eq!(loaded, with);
}

#[test]
fn a_lumped_index_says_what_the_lumped_column_says_row_by_row() {
    let dataset = demo_dataset();
    for (id, merge, hide) in [(ids::ROLSOORT, [0, 1], 4), (ids::GEVOEL, [7, 8], 11)] {
        let mut l = lumping(id);
        l.merge(&merge, "samen");
        l.set_hidden(hide, true);
        let lumped = Lumped::of(&dataset, &[l], &QuestionId::new(id))
            .unwrap()
            .unwrap();
        let built = crate::charts::index::ColumnIndex::build(&lumped.column, None);
        assert_eq!(lumped.index.answered, built.answered, "{id}");
        assert_eq!(lumped.index.not_applicable, built.not_applicable, "{id}");
        let (_, _, original) =
            crate::charts::index::indexed(&dataset, &QuestionId::new(id)).unwrap();
        assert!(
            lumped.index.answered.count() < original.answered.count(),
            "{id}: stories of the hidden option alone no longer answer"
        );
        assert_eq!(lumped.index.not_applicable, original.not_applicable);
    }
}
