//! Small helpers so each import test reads in a few lines.

use std::path::{Path, PathBuf};

use storylens::import::{ImportOptions, Imported, import_path};
use storylens::model::{Column, Dataset, Question, QuestionKind};

/// A temporary folder that lives as long as the value.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// Writes `bytes` to `name` in the folder and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).expect("write fixture");
        path
    }
}

/// Imports `path` with default options, panicking with the message on error.
pub fn import(path: &Path) -> Imported {
    import_path(path, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// Writes `text` as `name` and imports it.
pub fn import_text(name: &str, text: &str) -> Imported {
    let scratch = Scratch::new();
    import(&scratch.write(name, text))
}

/// The question titled `title` and its column.
pub fn question<'a>(dataset: &'a Dataset, title: &str) -> (&'a Question, &'a Column) {
    dataset
        .questions()
        .find(|(q, _)| q.title == title)
        .unwrap_or_else(|| {
            let titles: Vec<_> = dataset.questions().map(|(q, _)| q.title.clone()).collect();
            panic!("no question {title:?}; have {titles:?}")
        })
}

/// The kind code (`single`, `triad`, …) of the question titled `title`.
pub fn kind_of(dataset: &Dataset, title: &str) -> &'static str {
    question(dataset, title).0.kind.code()
}

pub fn numbers<'a>(dataset: &'a Dataset, title: &str) -> &'a [f64] {
    match question(dataset, title).1 {
        Column::Number(column) => &column.values,
        other => panic!("{title} is not numeric: {other:?}"),
    }
}

pub fn options(dataset: &Dataset, title: &str) -> Vec<String> {
    question(dataset, title).0.kind.options().to_vec()
}

/// The chosen option label of a single-choice question per row.
pub fn choices(dataset: &Dataset, title: &str) -> Vec<Option<String>> {
    let (q, column) = question(dataset, title);
    let Column::Single(column) = column else {
        panic!("{title} is not single choice")
    };
    (0..dataset.len())
        .map(|row| column.get(row).map(|c| q.kind.options()[c].clone()))
        .collect()
}

/// The chosen option labels of a multi-choice question in `row`.
pub fn chosen(dataset: &Dataset, title: &str, row: usize) -> Vec<String> {
    let (q, column) = question(dataset, title);
    let Column::Multi(column) = column else {
        panic!("{title} is not multi choice")
    };
    let QuestionKind::MultiChoice { options } = &q.kind else {
        unreachable!()
    };
    (0..options.len())
        .filter(|&o| column.has(row, o))
        .map(|o| options[o].clone())
        .collect()
}

/// The shared real-world fixtures, or `None` (with a notice) when absent.
pub fn fixtures() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipping: ../shared/fixtures not found");
        None
    }
}

/// A one-line-per-question summary of a codebook, for failure messages.
pub fn summary(dataset: &Dataset) -> String {
    dataset
        .questions()
        .map(|(q, _)| format!("{} [{}] {:?}\n", q.title, q.kind.code(), q.kind))
        .collect()
}
