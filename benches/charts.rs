//! How fast a comparison is computed: six two-question charts, each for the
//! whole set, a selection and the rest, over 100,000 and 1,000,000 stories.
//!
//! The big datasets tile the demo's answer columns (texts left out: charts
//! never read them). Run with `cargo bench --bench charts`;
//! `CHARTS_BENCH_EACH=1` also times each pair on its own.
//!
//! Measured on the shared 2-core machine (load average 6–8 while other
//! builds ran, so these are pessimistic):
//!
//! | six pairs × (whole, selection, rest) | 100,000 | 1,000,000 |
//! | --- | --- | --- |
//! | before (main at 9fa6b0b: per-row presence, sorting per test) | 75 ms | 1.01 s |
//! | after: bitset words, flat counts, ranks from counts | 6.8 ms | 99 ms |
//! | after, first charts of a fresh dataset (builds column indexes) | 21 ms | 278 ms |
//!
//! Per pair after, at 100,000 / 1,000,000: triad × choice 1.7 / 54 ms,
//! slider × choice 1.1–1.4 / 11 ms, multiple × single choice 0.9 / 5.6 ms,
//! single × single 0.2 / 2 ms. At a million the triad's per-story points
//! (32 bytes per story and drawn panel, in fresh memory each call, with
//! the page faults that brings) dominate; at 100,000 they stay in cache.
//! One frame with a 100,000-story triad: 2.5 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use storylens::charts::{self, ChartSpec, Populations};
use storylens::demo::{demo_dataset, ids};
use storylens::model::{
    ChoiceColumn, Codebook, Column, Dataset, MultiColumn, NumberColumn, QuestionId, Selection,
    StoryId, TriadColumn,
};

/// The demo's non-text questions, repeated to `n` stories.
fn tiled_demo(n: usize) -> Dataset {
    let demo = demo_dataset();
    let base = demo.len();
    let mut questions = Vec::new();
    let mut columns = Vec::new();
    for (question, column) in demo.questions() {
        let tiled = match column {
            Column::Text(_) => continue,
            Column::Number(c) => Column::Number(NumberColumn::from_values(
                (0..n).map(|r| c.values[r % base]).collect(),
            )),
            Column::Single(c) => Column::Single(ChoiceColumn {
                codes: (0..n).map(|r| c.codes[r % base]).collect(),
            }),
            Column::Multi(c) => Column::Multi(MultiColumn {
                chosen: c
                    .chosen
                    .iter()
                    .map(|s| Selection::from_fn(n, |r| s.contains(r % base)))
                    .collect(),
                answered: Selection::from_fn(n, |r| c.answered.contains(r % base)),
                not_applicable: Selection::from_fn(n, |r| c.not_applicable.contains(r % base)),
            }),
            Column::Triad(c) => {
                let mut triad = TriadColumn::default();
                for r in 0..n {
                    triad.push(c.get(r % base));
                }
                Column::Triad(triad)
            }
            Column::Stones(_) => continue,
        };
        questions.push(question.clone());
        columns.push(tiled);
    }
    let story_ids = (0..n).map(|i| StoryId(i.to_string())).collect();
    Dataset::new("tiled demo", story_ids, Codebook { questions }, columns).expect("tiled columns")
}

/// The six question pairs of the seed's perspectives.
fn pairs() -> Vec<ChartSpec> {
    let q = QuestionId::new;
    [
        (ids::GEVOEL, ids::ONDERSTEUNING),
        (ids::MANIER, ids::HEEFT_TE_MAKEN_MET),
        (ids::GROOTSTE_INVLOED_1, ids::GROOTSTE_INVLOED_2),
        (ids::VOORBEELD, ids::GROOTSTE_INVLOED_2),
        (ids::GROOTSTE_INVLOED_2, ids::ROLSOORT),
        (ids::WIE_AAN_ZET, ids::ROLSOORT),
    ]
    .into_iter()
    .map(|(a, b)| ChartSpec::pair(q(a), q(b)))
    .collect()
}

fn comparison(c: &mut Criterion) {
    for n in [100_000, 1_000_000] {
        let dataset = tiled_demo(n);
        let slider = match dataset.question(&QuestionId::new(ids::VOORBEELD)) {
            Some((_, Column::Number(c))) => c.values.clone(),
            _ => unreachable!("the demo has the slider"),
        };
        let populations = Populations {
            whole: dataset.all(),
            selection: Some(Selection::from_fn(n, |r| slider[r] >= 0.7)),
        };
        let specs = pairs();
        c.bench_function(
            &format!("six pairs x (whole, selection, rest), {n} stories"),
            |b| {
                b.iter(|| {
                    for spec in &specs {
                        black_box(charts::compute(spec, &dataset, &populations).expect("chart"));
                    }
                });
            },
        );
        if std::env::var_os("CHARTS_BENCH_EACH").is_some() {
            for spec in &specs {
                c.bench_function(
                    &format!("one pair {} x {:?}, {n} stories", spec.question, spec.by),
                    |b| b.iter(|| black_box(charts::compute(spec, &dataset, &populations))),
                );
            }
        }
        // A clone starts with an empty column cache: the first charts of a
        // dataset also build each column's bitsets and slider ranks.
        c.bench_function(
            &format!("the same on a fresh dataset (builds column indexes), {n} stories"),
            |b| {
                b.iter_batched(
                    || dataset.clone(),
                    |fresh| {
                        for spec in &specs {
                            black_box(charts::compute(spec, &fresh, &populations).expect("chart"));
                        }
                    },
                    criterion::BatchSize::LargeInput,
                );
            },
        );
    }
}

/// One UI frame (egui_kittest step, no GPU) showing a 100,000-point triad.
fn triad_frame(c: &mut Criterion) {
    use std::sync::Arc;
    use storylens::project::{Project, SourceRef};
    use storylens::ui::{Settings, Source, StorylensApp};

    let dataset = Arc::new(tiled_demo(100_000));
    let app = StorylensApp::new(
        dataset,
        Source::Demo,
        Project::new("bench", SourceRef::Demo),
        Settings::default(),
    );
    assert_eq!(
        app.current_question().map(|q| q.as_str()),
        Some(ids::WIE_AAN_ZET),
        "the app opens on the triad"
    );
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(|cc| {
            storylens::ui::install_fonts(&cc.egui_ctx);
            app
        });
    harness.run();
    c.bench_function("one frame with a 100,000-story triad", |b| {
        b.iter(|| harness.step());
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = comparison, triad_frame
}
criterion_main!(benches);
