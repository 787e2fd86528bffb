//! Builders for choice questions: [`SingleBuilder`] (one option code per
//! story) and [`MultiBuilder`] (a set of options per story).
//!
//! Both take options by label; a label not declared up front is added as a
//! new option and reported, so no answer is ever dropped.

use crate::model::{
    ChoiceColumn, Column, MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE, Selection,
};

use super::{ImportNote, Reporter};

/// Codes 0..LIMIT are options; the top two codes are reserved.
const OPTION_LIMIT: usize = NOT_APPLICABLE_CODE as usize;

/// Where an answer came from, for reports.
#[derive(Clone, Copy, Debug)]
pub struct At<'a> {
    pub column: &'a str,
    pub row: usize,
}

/// Collects the options of a choice question and finds codes by label.
#[derive(Clone, Debug, Default)]
pub struct Options {
    labels: Vec<String>,
    index: foldhash::HashMap<String, usize>,
}

impl Options {
    /// Options declared up front (by a definition, a form, or detection);
    /// labels met later are added and reported.
    pub fn declared(labels: impl IntoIterator<Item = String>) -> Self {
        let mut options = Self::default();
        for label in labels {
            options.add(label);
        }
        options
    }

    /// The code of `label`, adding it when new (reported when declared).
    pub fn code(&mut self, label: &str, at: At<'_>, report: &mut Reporter) -> Option<usize> {
        if let Some(&code) = self.index.get(label) {
            return Some(code);
        }
        if self.labels.len() >= OPTION_LIMIT {
            report.row(at.column, at.row, ImportNote::TooManyOptions);
            return None;
        }
        report.row(
            at.column,
            at.row,
            ImportNote::UnknownOption {
                label: label.to_owned(),
            },
        );
        Some(self.add(label.to_owned()))
    }

    /// The code of `label` when it is an option already.
    pub fn find(&self, label: &str) -> Option<usize> {
        self.index.get(label).copied()
    }

    /// Adds `label` without a report (options found in headers, say);
    /// `None` past the option limit.
    pub fn insert(&mut self, label: &str) -> Option<usize> {
        if let Some(&code) = self.index.get(label) {
            return Some(code);
        }
        (self.labels.len() < OPTION_LIMIT).then(|| self.add(label.to_owned()))
    }

    fn add(&mut self, label: String) -> usize {
        if let Some(&code) = self.index.get(&label) {
            return code;
        }
        self.index.insert(label.clone(), self.labels.len());
        self.labels.push(label);
        self.labels.len() - 1
    }

    pub fn into_labels(self) -> Vec<String> {
        self.labels
    }
}

/// One option code per story.
#[derive(Clone, Debug, Default)]
pub struct SingleBuilder {
    codes: Vec<u16>,
}

impl SingleBuilder {
    pub fn push(&mut self, code: Option<usize>) {
        let code = code
            .and_then(|c| u16::try_from(c).ok())
            .filter(|&c| c < NOT_APPLICABLE_CODE)
            .unwrap_or(MISSING_CODE);
        self.codes.push(code);
    }

    pub fn finish(self) -> Column {
        Column::Single(ChoiceColumn { codes: self.codes })
    }
}

/// A set of options per story, plus whether the story answered at all.
/// Rows may come in any order (one option's column after another's).
#[derive(Clone, Debug)]
pub struct MultiBuilder {
    len: usize,
    chosen: Vec<Selection>,
    answered: Selection,
}

impl MultiBuilder {
    /// A builder over `len` story rows.
    pub fn new(len: usize) -> Self {
        Self {
            len,
            chosen: Vec::new(),
            answered: Selection::none(len),
        }
    }

    /// Marks `row` as having answered (possibly choosing nothing).
    pub fn answered(&mut self, row: usize) {
        self.answered.set(row, true);
    }

    /// Marks `row` as having chosen `option` (and so as answered).
    pub fn choose(&mut self, row: usize, option: usize) {
        self.answered(row);
        if self.chosen.len() <= option {
            self.chosen
                .resize_with(option + 1, || Selection::none(self.len));
        }
        if let Some(rows) = self.chosen.get_mut(option) {
            rows.set(row, true);
        }
    }

    /// The column for a question with `options` options.
    pub fn finish(mut self, options: usize) -> Column {
        let len = self.len;
        self.chosen
            .resize_with(options.max(self.chosen.len()), || Selection::none(len));
        Column::Multi(MultiColumn {
            chosen: self.chosen,
            answered: self.answered,
            not_applicable: Selection::none(len),
        })
    }
}
