//! How fast a comparison is computed: six two-question charts, each for the
//! whole set, a selection and the rest, over 100,000 and 1,000,000 stories.
//!
//! The big datasets tile the demo's answer columns (texts left out: charts
//! never read them). Run with `cargo bench --bench charts`;
//! `CHARTS_BENCH_EACH=1` also times each pair on its own.
//!
//! | six pairs × (whole, selection, rest) | 100,000 | 1,000,000 |
//! | --- | --- | --- |
//! | main at 9fa6b0b: per-row presence, sorting per test | 75 ms | 1.01 s |
//! | bitset words, flat counts, ranks from counts | 4.4 ms | 64 ms |
//! | + at most 5,000 dots per panel, density counted in the pass | 4.5 ms* | 41 ms* |
//! | + whole set and selection on two threads | **3.3 ms** | **27 ms** |
//! | the same, first charts of a fresh dataset (builds column indexes) | 13.6 ms | 124 ms |
//! | first charts after an import: indexes built on the import's thread (`warm_indexes`), c2476de | 5.05 ms | |
//! | the same, the clone dropped after the timing (below) | warm ± 0.1 ms | |
//! | `warm_indexes` itself, on the import's thread (c2476de → now) | 13.5 → **2.7 ms** | 177 → 51 ms |
//!
//! The same bench on main after the `firstchart` branch (38f7b30), machine
//! quiet (load 1.1–1.3, nothing else running), `cargo bench --bench charts
//! -- "100000 stories"`, criterion's middle estimates:
//!
//! | 100,000 stories | time |
//! | --- | --- |
//! | six pairs, warm | 3.18 ms |
//! | the same after `warm_indexes` (the first charts after an import) | **3.06 ms** (target 4 ms) |
//! | the same on a fresh dataset (builds the indexes itself) | 5.13 ms (was 13.6 ms) |
//! | `warm_indexes` on the import's thread | 2.57 ms (was 13.5 ms) |
//! | dropping a dataset | 1.58 ms |
//! | `Workspace::new` after an import / after a project open | 6.89 / 9.45 ms |
//!
//! Targets: 4 ms and 40 ms. Measured on the 2-core machine with nothing else
//! running, except * (another build on both cores). Per pair now, at 100,000 /
//! 1,000,000: triad × choice 1.2 / 11.8 ms (it was 1.6 / 35 ms: writing a
//! million 32-byte points per panel, with their page faults, cost more than
//! the means), slider × choice 0.5 / 4.2–4.8 ms, multiple × single choice
//! 0.4 / 3.2 ms, single × single 0.2 / 1.6 ms.
//!
//! Where the first charts' 1.8 ms went (2026-12-06): not into the charts.
//! Until c2476de each timed round *dropped* its clone of the dataset
//! (`iter_batched` hands the routine its input by value), and dropping
//! 100,000 stories costs 1.5–1.6 ms, nearly all of it freeing one `String`
//! per story id ("dropping a dataset": 1.65 ms; 23–27 ms at 1,000,000). The
//! app never drops its dataset while it charts, so the rounds now take the
//! clone by reference (`iter_batched_ref`). The charts themselves, timed in
//! one process (medians of 300 rounds; a round: a clone, `warm_indexes`,
//! the six pairs on it, its drop): at c2476de 3.46 ms + 1.64 ms drop
//! against 3.08 ms on the long-warm dataset (quiet, two loops one after
//! the other), and 4.54 + 1.58 against 4.46 ms with the warm pairs timed
//! in the same rounds (busy); on this branch, the same rounds: 3.60
//! against 3.68 ms and 4.51 against 4.41 ms — no cost is left that a warm
//! chart does not pay. No other lazily built cache is read by these charts
//! (the only `get_or_build` users are the column index, the words and the
//! triads' ilr coordinates of `differences`), and thread start and
//! allocation are the same in both.
//!
//! What the window does with a new dataset before its first frame
//! (`Workspace::new`: the question list's answer counts and the first
//! chart, a 100,000-story triad) took 8.5 ms after an import, 4.2 of them
//! counting answers with `presence` row by row; now 4.8 ms (counts from
//! the columns' storage, 0.45 ms). A project or data file opened directly
//! is read on the window's thread, which now builds the indexes there
//! (2.7 ms) instead of in each first chart of a question.
//! `warm_indexes` fell from 13.5 to 2.7 ms by reading each kind's storage
//! instead of `presence` per row, and by sorting a slider's distinct
//! answers only. These last numbers are medians of 30–60 rounds of the
//! same kind of probe; criterion's runs of that afternoon had the machine
//! busy (load 3–4: another build) and spread too much to quote, except
//! `warm_indexes` (19.3, 13.5, 14.6 → 2.7, 3.9, 3.9 ms, the binaries
//! alternated) and its 1,000,000-story row. Command:
//! `cargo bench --bench charts -- "100000 stories"`.
//!
//! One frame with a 100,000-story triad: 0.26 ms (it was 1.6 ms, when the
//! density grid was counted from every point in each frame).

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use storylens::charts::{self, ChartSpec, Populations};
use storylens::demo::{ids, tiled_answers};
use storylens::model::{Column, QuestionId, Selection};

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
        let dataset = tiled_answers(n);
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
        // dataset also build each column's bitsets and slider ranks. The
        // clone is dropped after the timing (`iter_batched_ref`): the app
        // never drops its dataset while it charts, and dropping 100,000
        // story ids alone costs 1.5 ms (timed on its own below).
        c.bench_function(
            &format!("the same on a fresh dataset (builds column indexes), {n} stories"),
            |b| {
                b.iter_batched_ref(
                    || dataset.clone(),
                    |fresh| six_charts(&specs, fresh, &populations),
                    criterion::BatchSize::LargeInput,
                );
            },
        );
        // What the app pays for its first charts after an import: the
        // import's thread has built the indexes (`charts::warm_indexes`).
        c.bench_function(
            &format!("the same after warm_indexes (first chart after an import), {n} stories"),
            |b| {
                b.iter_batched_ref(
                    || {
                        let fresh = dataset.clone();
                        charts::warm_indexes(&fresh);
                        fresh
                    },
                    |fresh| six_charts(&specs, fresh, &populations),
                    criterion::BatchSize::LargeInput,
                );
            },
        );
        c.bench_function(
            &format!("warm_indexes on the import's thread, {n} stories"),
            |b| {
                b.iter_batched_ref(
                    || dataset.clone(),
                    |fresh| charts::warm_indexes(fresh),
                    criterion::BatchSize::LargeInput,
                );
            },
        );
        // What the rounds above timed until c2476de: most of it freeing
        // every story id's string.
        c.bench_function(&format!("dropping a dataset, {n} stories"), |b| {
            b.iter_batched(
                || {
                    let fresh = dataset.clone();
                    charts::warm_indexes(&fresh);
                    fresh
                },
                drop,
                criterion::BatchSize::LargeInput,
            );
        });
        if n == 100_000 {
            first_chart_in_the_app(c, &dataset);
        }
    }
}

fn six_charts(specs: &[ChartSpec], dataset: &storylens::model::Dataset, populations: &Populations) {
    for spec in specs {
        black_box(charts::compute(spec, dataset, populations).expect("chart"));
    }
}

/// What the window does with a new dataset before its first frame: the
/// question list's counts and the first chart (a triad, whole set), in
/// `Workspace::new`, after an import (indexes built on its thread) and
/// after a project open (read on the window's thread, indexes built there).
fn first_chart_in_the_app(c: &mut Criterion, dataset: &storylens::model::Dataset) {
    use std::sync::Arc;
    use storylens::i18n::Language;
    use storylens::project::{Project, SourceRef};
    use storylens::workspace::Workspace;

    let open = |fresh: &mut Arc<storylens::model::Dataset>| {
        let project = Project::new("bench", SourceRef::Demo);
        black_box(Workspace::new(
            Arc::clone(fresh),
            project,
            Language::Dutch,
            20,
        ))
    };
    c.bench_function("Workspace::new after an import, 100000 stories", |b| {
        b.iter_batched_ref(
            || {
                let fresh = Arc::new(dataset.clone());
                charts::warm_indexes(&fresh);
                fresh
            },
            open,
            criterion::BatchSize::LargeInput,
        );
    });
    c.bench_function("Workspace::new after a project open, 100000 stories", |b| {
        b.iter_batched_ref(
            || Arc::new(dataset.clone()),
            open,
            criterion::BatchSize::LargeInput,
        );
    });
}

/// One UI frame (egui_kittest step, no GPU) showing a 100,000-point triad.
fn triad_frame(c: &mut Criterion) {
    use std::sync::Arc;
    use storylens::project::{Project, SourceRef};
    use storylens::ui::{Settings, Source, StorylensApp};

    let dataset = Arc::new(tiled_answers(100_000));
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
