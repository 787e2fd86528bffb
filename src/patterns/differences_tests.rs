//! Tests of the differences ranking on a small dataset of every kind, against
//! SciPy reference numbers.

use super::*;
use crate::demo::{demo_dataset, ids};
use crate::model::{
    ChoiceColumn, Codebook, Column, Filter, MultiColumn, NumberColumn, Question, StonesColumn,
    StoryId, TextColumn, TextRole, TriadColumn,
};
use crate::project::{Against, FrozenSelection, populations_of};

const N: usize = 40;

fn close(actual: f64, expected: f64) -> bool {
    ((actual - expected) / expected).abs() < 1e-9
}

/// Every kind the pass tests, in 40 stories made by the formulas of the
/// Python script in [`every_kind_matches_scipy`].
fn small_dataset() -> Dataset {
    let options = |names: &[&str]| names.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let questions = vec![
        Question::new(
            "rol",
            "Rol",
            QuestionKind::SingleChoice {
                options: options(&["a", "b", "c"]),
                ordinal: false,
            },
        ),
        Question::new(
            "gevoel",
            "Gevoel",
            QuestionKind::MultiChoice {
                options: options(&["x", "y", "z"]),
            },
        ),
        Question::new(
            "s",
            "Schuif",
            QuestionKind::Slider {
                left: "links".into(),
                right: "rechts".into(),
            },
        ),
        Question::new("d", "Datum", QuestionKind::Date),
        Question::new(
            "t",
            "Triade",
            QuestionKind::Triad {
                top: "boven".into(),
                left: "links".into(),
                right: "rechts".into(),
            },
        ),
        Question::new(
            "st",
            "Stenen",
            QuestionKind::Stones {
                stones: options(&["steen", "steen2"]),
                x_axis: ("laag".into(), "hoog".into()),
                y_axis: ("onder".into(), "boven".into()),
            },
        ),
        Question::new(
            "txt",
            "Verhaal",
            QuestionKind::Text {
                role: TextRole::Story,
            },
        ),
    ];
    let columns = small_columns();
    let story_ids = (0..N).map(|i| StoryId(format!("S{i}"))).collect();
    Dataset::new("small", story_ids, Codebook { questions }, columns).unwrap()
}

/// The columns of [`small_dataset`], in its codebook's order.
fn small_columns() -> Vec<Column> {
    let rows = 0..N;
    let single = Column::Single(ChoiceColumn {
        codes: rows.clone().map(|i| ((i * i + i / 4) % 3) as u16).collect(),
    });
    let chosen = |f: fn(usize) -> bool| Selection::from_fn(N, f);
    let multi = Column::Multi(MultiColumn {
        chosen: vec![
            chosen(|i| (i % 3 == 0 && i % 2 == 0) || i % 7 == 1),
            chosen(|i| i % 2 == 1),
            chosen(|i| (i * 3) % 7 < 2),
        ],
        answered: Selection::all(N),
        not_applicable: Selection::none(N),
    });
    let numbers = |f: fn(usize) -> f64| {
        Column::Number(NumberColumn::from_values(rows.clone().map(f).collect()))
    };
    let slider = numbers(|i| ((i * 37) % 21) as f64 / 20.0);
    let date = numbers(|i| (17_866 + (i * 13) % 29) as f64);
    let mut triad = TriadColumn::default();
    for i in rows.clone() {
        let parts = [(i * 7) % 10, (i * 3) % 5 + 1, (i * 11) % 6 + 2].map(|p| p as f64);
        let sum: f64 = parts.iter().sum();
        triad.push(Some(parts.map(|p| p / sum)));
    }
    let axis = |f: fn(usize) -> f64| rows.clone().map(f).collect::<Vec<f64>>();
    let stones = Column::Stones(StonesColumn {
        x: vec![
            axis(|i| ((i * 5) % 11) as f64 / 10.0),
            axis(|i| ((i * 2) % 7) as f64 / 6.0),
        ],
        y: vec![
            axis(|i| ((i * 9) % 13) as f64 / 12.0),
            axis(|i| ((i * 4) % 9) as f64 / 8.0),
        ],
    });
    let mut text = TextColumn::default();
    rows.clone().for_each(|_| text.push(Some("een verhaal")));
    vec![
        single,
        multi,
        slider,
        date,
        Column::Triad(triad),
        stones,
        Column::Text(text),
    ]
}

fn row<'a>(result: &'a Differences, id: &str) -> &'a Difference {
    result
        .tests
        .iter()
        .find(|t| t.question_id.as_str() == id)
        .unwrap_or_else(|| panic!("{id} tested: {result:?}"))
}

#[test]
fn every_kind_matches_scipy() {
    // The numbers below come from this Python, which builds the same 40
    // stories with the same formulas (selection: rows i % 3 == 0):
    // python3 -c "
    // import numpy as np; from scipy import stats
    // from statsmodels.stats.multitest import multipletests
    // N=40; sel=[i for i in range(N) if i%3==0]; rest=[i for i in range(N) if i%3!=0]
    // code=[(i*i+i//4)%3 for i in range(N)]
    // t=np.array([[sum(code[i]==k for i in g) for k in range(3)] for g in (sel,rest)])
    // c=stats.chi2_contingency(t,correction=False); print(c.statistic,c.pvalue,np.sqrt(c.statistic/t.sum()))
    // ch=[[(i%3==0 and i%2==0) or i%7==1 for i in range(N)],[i%2==1 for i in range(N)],
    //     [(i*3)%7<2 for i in range(N)]]   # per option: 2x2 chi2_contingency(correction=False),
    //     # phi=(ad-bc)/sqrt(row and column totals); strongest |phi|; p*3
    // def mw(x): a=[x[i] for i in sel]; b=[x[i] for i in rest]
    //   r=stats.mannwhitneyu(a,b,alternative='two-sided',method='asymptotic',use_continuity=True)
    //   return r.statistic, r.pvalue, 2*r.statistic/(len(a)*len(b))-1
    // mw([((i*37)%21)/20 for i in range(N)]); mw([17866+(i*13)%29 for i in range(N)])
    // # triad: p=[(i*7)%10,(i*3)%5+1,(i*11)%6+2]; p=maximum(p/p.sum()*100, 0.001);
    // # z=ilr(p); S=((n1-1)cov(A)+(n2-1)cov(B))/(n1+n2-2); t2=n1n2/(n1+n2) d'S^-1 d;
    // # f=(n1+n2-3)/(2(n1+n2-2)) t2; stats.f.sf(f,2,n1+n2-3); sqrt(t2/(t2+n1+n2-2)); |d|
    // # stones: mw of the 4 axes, strongest |r|, p*4
    // multipletests([the six p's, in codebook order], method='fdr_bh')[1]"
    // single 1.9028030792736677 0.3861993702438268 0.21810565554758476
    // multi option 0: 7.556253270538987 0.017940658234001417 0.43463356032809364
    // slider 152.0 0.4024496273114905 -0.1648351648351648
    // date 136.0 0.19674764586772098 -0.25274725274725274
    // triad 6.7530739125611134 3.287680720588963 0.04850353930943687 0.3884537481145482 0.8066523032400282
    // stones (steen2, y) 108.0 0.1439720304914401 -0.4065934065934066
    // q [0.4024496273114905, 0.10764394940400851, 0.4024496273114905,
    //    0.29512146880158147, 0.14551061792831063, 0.2879440609828802]
    let dataset = small_dataset();
    let selection = Selection::from_fn(N, |i| i % 3 == 0);
    let rest = selection.not();
    let options = DifferencesOptions { min_n: 5 };
    let result = differences(&dataset, &selection, &rest, &[], &options);
    assert_eq!((result.n_selection, result.n_rest), (14, 26));
    let expect = |id: &str, statistic: f64, p: f64, effect: f64, q: f64| {
        let r = row(&result, id);
        assert!(close(r.statistic, statistic), "{id} statistic {r:?}");
        assert!(close(r.p, p), "{id} p {r:?}");
        assert!(close(r.effect, effect), "{id} effect {r:?}");
        assert!(close(r.q, q), "{id} q {r:?}");
    };
    expect(
        "rol",
        1.9028030792736677,
        0.3861993702438268,
        0.21810565554758476,
        0.4024496273114905,
    );
    expect(
        "gevoel",
        7.556253270538987,
        0.017940658234001417,
        0.43463356032809364,
        0.10764394940400851,
    );
    expect(
        "s",
        152.0,
        0.4024496273114905,
        -0.1648351648351648,
        0.4024496273114905,
    );
    expect(
        "d",
        136.0,
        0.19674764586772098,
        -0.25274725274725274,
        0.29512146880158147,
    );
    expect(
        "t",
        6.7530739125611134,
        0.04850353930943687,
        0.3884537481145482,
        0.14551061792831063,
    );
    expect(
        "st",
        108.0,
        0.1439720304914401,
        -0.4065934065934066,
        0.2879440609828802,
    );
    match &row(&result, "t").detail {
        Detail::Triad {
            aitchison_distance,
            f,
            ..
        } => {
            assert!(close(*aitchison_distance, 0.8066523032400282));
            assert!(close(*f, 3.287680720588963));
        }
        other => panic!("{other:?}"),
    }
    match &row(&result, "gevoel").detail {
        Detail::Option {
            option,
            options_tested,
            ..
        } => assert_eq!((option.as_str(), *options_tested), ("x", 3)),
        other => panic!("{other:?}"),
    }
    match &row(&result, "st").detail {
        Detail::Stone {
            stone,
            axis,
            tests,
            towards,
            ..
        } => {
            assert_eq!(
                (stone.as_str(), *axis, *tests, *towards),
                ("steen2", Axis::Y, 4, Pole::Left)
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(row(&result, "t").df, Some(Df::Two([2, 37])));
    // Ranked by |effect|: φ 0.43, stones 0.41, triad 0.39, date 0.25, V 0.22, slider 0.16.
    let order: Vec<&str> = result
        .tests
        .iter()
        .map(|t| t.question_id.as_str())
        .collect();
    assert_eq!(order, ["gevoel", "st", "t", "d", "rol", "s"]);
    assert_eq!(result.skipped.len(), 1);
    assert_eq!(result.skipped[0].reason, SkipReason::NotTested);
}

#[test]
fn the_selections_own_questions_and_small_groups_are_skipped() {
    let dataset = small_dataset();
    let selection = Selection::from_fn(N, |i| i < 6);
    let rest = selection.not();
    let rol = crate::model::QuestionId::new("rol");
    let result = differences(
        &dataset,
        &selection,
        &rest,
        &[&rol],
        &DifferencesOptions { min_n: 10 },
    );
    assert!(result.tests.is_empty(), "{result:?}");
    let reasons: Vec<(&str, &SkipReason)> = result
        .skipped
        .iter()
        .map(|s| (s.question_id.as_str(), &s.reason))
        .collect();
    assert_eq!(reasons[0], ("rol", &SkipReason::DefinesSelection));
    assert_eq!(
        reasons[1],
        (
            "gevoel",
            &SkipReason::TooFew {
                n_selection: 6,
                n_rest: 34
            }
        )
    );
    assert_eq!(reasons.len(), 7);
}

/// The demo's differences for a finding's selection and baseline.
fn demo_differences(dataset: &Dataset, baseline: Filter, selection: Filter) -> Differences {
    let frozen = |filter: Filter| FrozenSelection {
        name: String::new(),
        filter,
        from: None,
    };
    let (baseline, selection) = (frozen(baseline), frozen(selection));
    let populations = populations_of(
        &baseline,
        Some(&selection),
        Against::Rest,
        dataset,
        &Default::default(),
    )
    .unwrap();
    let chosen = populations.selection.unwrap();
    let defining = selection.filter.questions();
    differences(
        dataset,
        &chosen,
        &populations.whole,
        &defining,
        &DifferencesOptions::default(),
    )
}

fn titles(result: &Differences, top: usize) -> Vec<&str> {
    result
        .tests
        .iter()
        .take(top)
        .map(|t| t.question_id.as_str())
        .collect()
}

#[test]
fn the_demos_planted_patterns_rank_at_the_top() {
    let dataset = demo_dataset();
    let good = Filter::slider_at_least(ids::VOORBEELD, 70.0);
    let parents = Filter::options(ids::ROLSOORT, ["ouder/verzorger"]);
    for (baseline, selection) in [
        (Filter::All, good.clone()),
        (parents.clone(), parents.and(good)),
    ] {
        let result = demo_differences(&dataset, baseline, selection);
        // The seed's good-education patterns (findings 1–7, 9): how it
        // went, who mattered second, the feeling, the consequences, who
        // was in charge, what it was about.
        let mut top = titles(&result, 6);
        top.sort_unstable();
        let mut planted = vec![
            ids::MANIER,
            ids::GROOTSTE_INVLOED_2,
            ids::GEVOEL,
            ids::GEVOLGEN,
            ids::WIE_AAN_ZET,
            ids::HEEFT_TE_MAKEN_MET,
        ];
        planted.sort_unstable();
        assert_eq!(top, planted, "{result:#?}");
        for row in result.tests.iter().take(6) {
            assert!(row.q < 1e-10, "{row:?}");
        }
        // Nothing is planted in region, school type or date: not significant.
        for id in [ids::REGIO, ids::ONDERWIJSSOORT, ids::DATUM] {
            let r = row(&result, id);
            assert!(r.q > 0.05 && r.effect.abs() < 0.15, "{r:?}");
        }
        assert!(
            result
                .skipped
                .iter()
                .any(|s| s.question_id.as_str() == ids::VOORBEELD
                    && s.reason == SkipReason::DefinesSelection)
        );
        match &row(&result, ids::GEVOEL).detail {
            Detail::Option {
                option,
                selection_percent,
                rest_percent,
                ..
            } => {
                assert_eq!(option, "tevredenheid");
                assert!(selection_percent > &50.0 && rest_percent < &10.0);
            }
            other => panic!("{other:?}"),
        }
    }
}

/// Once the story words are indexed, the story text is tested too: its
/// row is the word with the strongest φ, its numbers those of the
/// keyness table, and the demo's planted words of planning together are
/// named for the good-education selection.
#[test]
fn the_story_text_is_tested_by_its_words_once_they_are_indexed() {
    use crate::words::{self, WordOptions};
    let dataset = demo_dataset();
    let good = Filter::slider_at_least(ids::VOORBEELD, 70.0);
    let before = demo_differences(&dataset, Filter::All, good.clone());
    assert!(
        before
            .skipped
            .iter()
            .any(|s| s.question_id.as_str() == ids::ERVARING && s.reason == SkipReason::NotTested),
        "not tested before the index exists"
    );
    let story = crate::model::QuestionId::new(ids::ERVARING);
    let index = words::text_index(&dataset, Some(&story), &WordOptions::default()).unwrap();
    let result = demo_differences(&dataset, Filter::All, good.clone());
    let text = row(&result, ids::ERVARING);
    assert_eq!(text.test, TestName::LogLikelihoodPerTerm);
    assert_eq!(text.effect_name, EffectName::Phi);
    let Detail::Words {
        word,
        selection_percent,
        rest_percent,
        over_used,
        words_tested,
    } = &text.detail
    else {
        panic!("{text:?}")
    };
    // The same word in the keyness table: its counts give the percents,
    // φ of its 2 × 2 table the effect, G² the statistic.
    let chosen = good.evaluate(&dataset).unwrap();
    let rest = dataset.all().and_not(&chosen);
    let keyness = words::keyness(&index, &chosen, &rest, 5);
    assert_eq!(*words_tested, keyness.tested);
    let term = keyness
        .terms
        .iter()
        .find(|t| t.forms.first() == Some(word))
        .unwrap();
    let (n1, n2) = (keyness.n_selection as f64, keyness.n_rest as f64);
    let (a, b) = (term.selection.stories as f64, term.rest.stories as f64);
    assert!(close(*selection_percent, 100.0 * a / n1));
    assert!(close(*rest_percent, 100.0 * b / n2));
    let phi = (a * (n2 - b) - (n1 - a) * b) / ((a + b) * (n1 + n2 - a - b) * n1 * n2).sqrt();
    assert!(close(text.effect, phi), "{} vs {phi}", text.effect);
    assert!(close(text.statistic, term.g2.abs()));
    assert!(close(text.p, (term.p * keyness.tested as f64).min(1.0)));
    // The planted words of planning together (see the demo's keyness
    // finding) are among those named.
    assert!(
        over_used
            .iter()
            .any(|w| ["samen", "haalbare", "doelen", "plan"].contains(&w.as_str())),
        "{over_used:?}"
    );
    assert!(text.effect > 0.0 && text.q < 1e-6, "{text:?}");
}
