//! What an autosave costs the frame that starts it, against the write the
//! background thread does: the frame clones the project and spawns a
//! thread; the thread serialises, writes, fsyncs and renames.
//!
//! Measured on the demo project (9 findings, 3 perspectives) and on the
//! same project with the demo's 2,000 stories embedded (the mailed form).
//!
//! `cargo bench --bench autosave`

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use storylens::demo::{demo_dataset, demo_project};
use storylens::project::write_autosave;

fn autosave(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let plain = demo_project();
    let mut embedded = demo_project();
    embedded.embed(&demo_dataset());
    for (name, project) in [("demo", &plain), ("demo with embedded data", &embedded)] {
        let mut group = c.benchmark_group(name);
        group.bench_function("frame: clone and spawn", |b| {
            b.iter(|| {
                let copy = black_box(project).clone();
                std::thread::spawn(move || drop(black_box(copy)))
                    .join()
                    .ok();
            })
        });
        let path = dir.path().join("bench.storylens");
        group.bench_function("background: write the autosave", |b| {
            b.iter(|| write_autosave(black_box(project), &path).expect("written"))
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = autosave
}
criterion_main!(benches);
