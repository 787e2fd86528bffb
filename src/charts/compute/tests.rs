//! Tests of [`compute`](super::compute) on a small hand-made dataset.

use super::*;
use crate::charts::BarValue;
use crate::model::{
    ChoiceColumn, Codebook, MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE, NumberColumn,
    QuestionId, QuestionKind, StoryId, TriadColumn,
};

fn dataset() -> Dataset {
    let q = Question::new;
    let codebook = Codebook {
        questions: vec![
            q(
                "rol",
                "Rol",
                QuestionKind::SingleChoice {
                    options: vec!["ouder".into(), "leraar".into(), "ib".into()],
                    ordinal: false,
                },
            ),
            q(
                "gevoel",
                "Gevoel",
                QuestionKind::MultiChoice {
                    options: vec!["hoop".into(), "zorgen".into()],
                },
            ),
            q(
                "goed",
                "Goed",
                QuestionKind::Slider {
                    left: "niet".into(),
                    right: "wel".into(),
                },
            ),
            q(
                "wie",
                "Wie",
                QuestionKind::Triad {
                    top: "kind".into(),
                    left: "school".into(),
                    right: "ouders".into(),
                },
            ),
        ],
    };
    let mut slider = NumberColumn::from_values(vec![0.0, 0.3, 0.29, 1.0, 0.55]);
    slider.values[4] = f64::NAN;
    let mut triad = TriadColumn::default();
    for w in [
        [0.2, 0.3, 0.5],
        [0.0, 0.4, 0.6],
        [0.1, 0.1, 0.8],
        [1.0, 0.0, 0.0],
    ] {
        triad.push(Some(w));
    }
    triad.push_not_applicable();
    let columns = vec![
        Column::Single(ChoiceColumn {
            codes: vec![0, 0, 1, MISSING_CODE, NOT_APPLICABLE_CODE],
        }),
        Column::Multi(MultiColumn {
            chosen: vec![
                Selection::from_rows(5, [0, 1, 2]),
                Selection::from_rows(5, [0, 3]),
            ],
            answered: Selection::from_rows(5, [0, 1, 2, 3]),
            not_applicable: Selection::none(5),
        }),
        Column::Number(slider),
        Column::Triad(triad),
    ];
    let ids = (0..5).map(|i| StoryId(i.to_string())).collect();
    Dataset::new("t", ids, codebook, columns).unwrap()
}

fn chart(id: &str, selection: Option<Selection>) -> ChartData {
    let d = dataset();
    let populations = Populations {
        whole: d.all(),
        selection,
    };
    compute(&ChartSpec::new(QuestionId::new(id)), &d, &populations).unwrap()
}

#[test]
fn single_choice_counts_answered_stories_and_keeps_missing_apart() {
    let data = chart("rol", Some(Selection::from_rows(5, [1, 2])));
    assert_eq!(
        (
            data.whole.n,
            data.whole.n_missing,
            data.whole.n_not_applicable
        ),
        (3, 1, 1)
    );
    let PanelKind::Bars(bars) = &data.whole.chart else {
        panic!()
    };
    assert_eq!(bars.counts, vec![2, 1, 0]);
    assert!((bars.percents[0] - 200.0 / 3.0).abs() < 1e-12);
    let selection = data.selection.unwrap();
    assert_eq!((selection.stories, selection.n), (2, 2));
    assert!(selection.too_few && data.whole.too_few);
}

#[test]
fn multi_choice_percent_is_of_answering_stories() {
    let data = chart("gevoel", None);
    let PanelKind::Bars(bars) = &data.whole.chart else {
        panic!()
    };
    assert_eq!(bars.counts, vec![3, 2]);
    assert_eq!(bars.percents, vec![75.0, 50.0]);
    assert!(bars.multiple);
}

#[test]
fn multi_choice_percent_of_mentions_adds_up_to_100_and_says_so() {
    let d = dataset();
    let mut spec = ChartSpec::new(QuestionId::new("gevoel"));
    spec.options.bar_value = BarValue::Mentions;
    let data = compute(&spec, &d, &Populations::all(&d)).unwrap();
    let PanelKind::Bars(bars) = &data.whole.chart else {
        panic!()
    };
    // 3 and 2 of 5 mentions (by 4 stories).
    assert_eq!(bars.counts, vec![3, 2]);
    assert_eq!(bars.percents, vec![60.0, 40.0]);
    assert_eq!(bars.length(0), 60.0);
    let note = crate::charts::text::Note::bars(bars).text(crate::i18n::Language::English);
    assert!(note.contains("share of all options chosen"), "{note}");
    // A single choice has one mention per story: the same as percent.
    let mut spec = ChartSpec::new(QuestionId::new("rol"));
    spec.options.bar_value = BarValue::Mentions;
    let data = compute(&spec, &d, &Populations::all(&d)).unwrap();
    let PanelKind::Bars(bars) = &data.whole.chart else {
        panic!()
    };
    assert!((bars.percents[0] - 200.0 / 3.0).abs() < 1e-12);
}

#[test]
fn slider_histogram_bins_on_0_100_with_mean_and_median() {
    let data = chart("goed", None);
    let PanelKind::Histogram(h) = &data.whole.chart else {
        panic!()
    };
    assert_eq!(h.counts, vec![1, 0, 1, 1, 0, 0, 0, 0, 0, 1]);
    assert_eq!(data.whole.n, 4);
    // numpy: np.mean([0,30,29,100]) = 39.75, np.median = 29.5
    assert!((h.mean.unwrap() - 39.75).abs() < 1e-12);
    assert!((h.median.unwrap() - 29.5).abs() < 1e-12);
}

#[test]
fn triad_means_and_not_applicable() {
    let data = chart("wie", None);
    assert_eq!((data.whole.n, data.whole.n_not_applicable), (4, 1));
    let PanelKind::Triad(t) = &data.whole.chart else {
        panic!()
    };
    assert_eq!(t.points.len(), 4);
    assert_eq!(t.rows, vec![0, 1, 2, 3]);
    let g = t.geometric_mean.unwrap();
    assert!((g.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    let json = serde_json::to_value(&data).unwrap();
    assert_eq!(json["kind"], "triad");
    assert_eq!(json["whole"]["chart"], "triad");
    assert!(json["whole"]["geometric_mean"].is_array());
    assert!(json["selection"].is_null());
}

#[test]
fn unknown_question_is_an_error_not_a_panic() {
    let d = dataset();
    let err = compute(
        &ChartSpec::new(QuestionId::new("x")),
        &d,
        &Populations::all(&d),
    );
    assert_eq!(err, Err(ChartError::UnknownQuestion("x".into())));
}
