//! How fast the words of 100,000 stories are indexed, and how fast a
//! selection's keyness and a term's keywords in context come from the index.
//!
//! The stories tile the demo's story texts, two to a story (≈ 1,080
//! bytes each, 108 MB in all). Run with `cargo bench --bench words`.
//!
//! | 100,000 stories | index | keyness (a third of the stories) | KWIC ("kind", sorted left) |
//! | --- | --- | --- | --- |
//! | targets (issue 16) | 1.5 s | 30 ms | 50 ms |
//! | first version: two passes, a String per word, one thread (162 MB, busy machine) | 9.98 s | 24.6 ms | 955 ms |
//! | one pass over distinct forms, two threads; KWIC matches written forms first | **0.80 s** | **16.9 ms** | 195 ms |
//! | KWIC context from a window of the text, not all of it up to the word | | | 162 ms |
//! | KWIC finds plain-ASCII forms with memmem before cutting only the stretch around each hit into words | | | **33.7 ms** |
//! | lines sorted on one lower-cased key string each, not a String per word (branch phrases, shared machine) | 0.78 s | 15.3 ms | **26.8 ms** |
//!
//! KWIC of a two-word phrase (branch phrases), sorted left, in the same
//! third of the stories: the second word is found with memmem, then the
//! word before it; each written form is stemmed once per call.
//!
//! | 100,000 stories | "denk vooral" (20,500 stories, as common as "kind") | "naam school" (65,300 stories) | "naam school", all stories (81,400 lines) |
//! | --- | --- | --- | --- |
//! | target (issue 16) | 50 ms | 50 ms | 50 ms |
//! | first version | 46.9 ms | 280 ms | |
//! | stems once per written form | 46.9 ms | 178 ms | 801 ms |
//! | one sort key string per line | **26.4 ms** | 108 ms | 343 ms |
//!
//! KWIC of "kind" lists about 7,900 lines (the selection's third of the
//! ~19,000 stories using it) sorted by their left words: still 4× its
//! target: every story holding the term is cut into words again.

#![allow(
    clippy::expect_used,
    reason = "a benchmark whose setup fails should stop loudly"
)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use storylens::model::{Selection, TextRole};
use storylens::words::{self, KwicOrder, WordIndex, WordOptions};

const STORIES: usize = 100_000;

fn texts() -> Vec<String> {
    let demo = storylens::demo::demo_dataset();
    let stories: Vec<&str> = (0..demo.len())
        .filter_map(|row| demo.text(TextRole::Story, row))
        .collect();
    (0..STORIES)
        .map(|i| {
            let n = stories.len();
            format!("{} {}", stories[i % n], stories[(i * 7 + 3) % n])
        })
        .collect()
}

fn words_bench(c: &mut Criterion) {
    let texts = texts();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let bytes: usize = refs.iter().map(|t| t.len()).sum();
    eprintln!("{STORIES} stories, {:.1} MB of text", bytes as f64 / 1e6);
    let mut group = c.benchmark_group("words");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("index 100k", |b| {
        b.iter(|| WordIndex::from_texts(black_box(&refs), WordOptions::default()));
    });
    let index = WordIndex::from_texts(&refs, WordOptions::default());
    let selection = Selection::from_fn(STORIES, |row| row % 3 == 0);
    let all = Selection::all(STORIES);
    group.bench_function("keyness 100k", |b| {
        b.iter(|| words::keyness(&index, black_box(&selection), &all, 5));
    });
    let term = index.find("kind").expect("the demo's stories use \"kind\"");
    group.bench_function("kwic 100k", |b| {
        b.iter(|| {
            words::kwic(
                &index,
                term,
                Some(&selection),
                |row| refs[row],
                KwicOrder::Left,
            )
        });
    });
    // Phrases: the phrase most stories use, in the same third of the
    // stories, and in all of them.
    let options = WordOptions {
        phrases: true,
        ..WordOptions::default()
    };
    let phrases = WordIndex::from_texts(&refs, options);
    let phrase = phrases
        .listed_terms()
        .max_by_key(|t| t.stories())
        .expect("the demo's stories have phrases");
    eprintln!(
        "phrase \"{}\": {} stories, {} occurrences",
        phrase.key,
        phrase.stories(),
        phrase.occurrences()
    );
    group.bench_function("kwic phrase 100k", |b| {
        b.iter(|| {
            words::kwic(
                &phrases,
                phrase,
                Some(&selection),
                |row| refs[row],
                KwicOrder::Left,
            )
        });
    });
    // A phrase about as common as "kind" (the word's case above).
    let like_kind = phrases
        .listed_terms()
        .min_by_key(|t| t.stories().abs_diff(term.stories()))
        .expect("the demo's stories have phrases");
    eprintln!(
        "phrase \"{}\": {} stories, {} occurrences (\"kind\": {} stories)",
        like_kind.key,
        like_kind.stories(),
        like_kind.occurrences(),
        term.stories()
    );
    group.bench_function("kwic phrase like kind 100k", |b| {
        b.iter(|| {
            words::kwic(
                &phrases,
                like_kind,
                Some(&selection),
                |row| refs[row],
                KwicOrder::Left,
            )
        });
    });
    group.bench_function("kwic phrase 100k all stories", |b| {
        b.iter(|| words::kwic(&phrases, phrase, None, |row| refs[row], KwicOrder::Left));
    });
    group.finish();
}

criterion_group!(benches, words_bench);
criterion_main!(benches);
