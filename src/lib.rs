//! Storylens: analyse self-signified narrative surveys.
//!
//! Data flows one way:
//! file → [`import`] → [`model::Dataset`] (columns + codebook) → filters →
//! [`model::Selection`] bitsets → [`charts::compute`] → [`charts::ChartData`]
//! → drawn by `ui` (feature `gui`), printed by [`cli`], or exported by
//! [`export`].
//!
//! - [`calendar`]: day counts since 1970-01-01, ISO dates and today.
//! - [`model`]: dataset, questions, codebook, selections.
//! - [`import`]: spreadsheets and CSV exports into a dataset, with warnings.
//! - [`demo`]: the deterministic demo survey embedded in the app.
//! - [`stats`]: pure numerics (descriptives, compositional means, tests).
//! - [`charts`]: chart specs and the data every view draws from.
//! - [`patterns`]: every question tested for a selection at once ("what
//!   makes this selection different?") and every pair of choice questions.
//! - [`export`]: charts as a vector scene, SVG and PNG (embedded fonts only).
//! - [`i18n`]: every UI string and error sentence in Dutch and English.
//! - [`project`]: findings, perspectives, selections and settings; the
//!   `.storylens` file with atomic saves, migration, autosave and undo.
//! - [`report`]: reports (HTML, Markdown, DOCX, PDF) and selection tables.
//! - [`cli`]: the command-line commands.
//! - [`files`]: bounded reads of regular files only, and atomic writes.
//! - [`words`]: the words of the stories: word index, keyness, keywords in
//!   context.
//! - [`workspace`]: the open document, the view and the `Command`s that
//!   change them, applied in one place without egui.
//! - `ui` (feature `gui`): the egui application; the only place egui lives.

pub mod calendar;
pub mod charts;
pub mod cli;
pub mod demo;
pub mod export;
pub mod files;
pub mod i18n;
pub mod import;
pub mod model;
pub mod patterns;
pub mod project;
pub mod report;
pub mod stats;
pub mod words;
pub mod workspace;

#[cfg(feature = "gui")]
pub mod ui;
