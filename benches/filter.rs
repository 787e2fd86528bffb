//! Filter evaluation on a million stories: the demo's 2,000 stories tiled
//! 500 times, so the columns keep the demo's distributions.
//!
//! `cargo bench --bench filter`

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use storylens::demo::{demo_dataset, ids, tile_column};
use storylens::model::{Dataset, StoryId, parse_filter};

const STORIES: usize = 1_000_000;

fn million() -> Dataset {
    let demo = demo_dataset();
    let columns = demo
        .questions()
        .map(|(_, c)| tile_column(c, STORIES))
        .collect();
    let story_ids = (0..STORIES).map(|i| StoryId(format!("B{i:07}"))).collect();
    Dataset::new("bench", story_ids, demo.codebook().clone(), columns).expect("tiled demo")
}

fn bench(c: &mut Criterion) {
    let dataset = million();
    let codebook = dataset.codebook();
    let typical = parse_filter(
        r#""Voorbeeld van goed onderwijs" >= 70 and "Uw rolsoort" = "ouder/verzorger" and "Gevoel" has "hoop""#,
        codebook,
    )
    .expect("the typical filter parses");
    let selected = typical.evaluate(&dataset).expect("evaluates").count();
    assert!(selected > 0 && selected < STORIES);

    let mut group = c.benchmark_group("filter_1m");
    group.sample_size(30);
    group.bench_function("typical", |b| {
        b.iter(|| black_box(typical.evaluate(black_box(&dataset))))
    });
    let zone = parse_filter(
        &format!(
            "{} in zone top_left or {} < 2019-01-15",
            ids::WIE_AAN_ZET,
            ids::DATUM
        ),
        codebook,
    )
    .expect("parses");
    group.bench_function("triad_zone_or_date", |b| {
        b.iter(|| black_box(zone.evaluate(black_box(&dataset))))
    });
    // A brushed lasso of the most corners a brush keeps: a circle
    // around the centre of the triangle.
    let lasso: Vec<[f64; 3]> = (0..storylens::charts::brush::MAX_CORNERS)
        .map(|k| {
            let angle = k as f64 / 48.0 * std::f64::consts::TAU;
            let (top, left) = (0.4 + 0.2 * angle.sin(), 0.3 + 0.2 * angle.cos());
            [top, left, 1.0 - top - left]
        })
        .collect();
    let lasso = storylens::charts::brush::polygon_brush(ids::WIE_AAN_ZET, &lasso).expect("a lasso");
    group.bench_function("triad_lasso_48", |b| {
        b.iter(|| black_box(lasso.evaluate(black_box(&dataset))))
    });
    let text = parse_filter(r#"text contains "titel 12""#, codebook).expect("parses");
    group.bench_function("text_contains", |b| {
        b.iter(|| black_box(text.evaluate(black_box(&dataset))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
