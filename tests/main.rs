//! The one integration test binary: modules per area.

// A test fails loudly on a broken premise, and a walk-through of the UI is
// long by nature; the library's lints (Cargo.toml `[lints]`) are for code
// that runs in the app.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "test code: a panic is the failure report"
)]

mod cli;
mod cli_differences;
mod cli_lumping;
mod cli_stories;
mod cli_words;
#[cfg(feature = "gui")]
mod comparison;
#[cfg(feature = "gui")]
mod desktop;
mod export;
#[cfg(feature = "gui")]
mod file_browser;
#[cfg(feature = "gui")]
mod findings;
mod import;
#[cfg(feature = "gui")]
mod import_dialog;
#[cfg(unix)]
mod killed_exports;
mod project;
mod report;
#[cfg(feature = "gui")]
mod support;
#[cfg(feature = "gui")]
mod ui;
#[cfg(feature = "gui")]
mod ui_cooccur;
#[cfg(feature = "gui")]
mod ui_crosstab;
#[cfg(feature = "gui")]
mod ui_differences;
#[cfg(feature = "gui")]
mod ui_explore;
#[cfg(feature = "gui")]
mod ui_filter_text;
#[cfg(feature = "gui")]
mod ui_first_finding;
#[cfg(feature = "gui")]
mod ui_import_notes;
mod ui_lumping;
#[cfg(feature = "gui")]
mod ui_new_project;
#[cfg(feature = "gui")]
mod ui_options;
#[cfg(feature = "gui")]
mod ui_present;
#[cfg(feature = "gui")]
mod ui_scene;
#[cfg(feature = "gui")]
mod ui_stones;
#[cfg(feature = "gui")]
mod ui_toolbar;
#[cfg(feature = "gui")]
mod ui_triad;
#[cfg(feature = "gui")]
mod ui_words;
#[cfg(feature = "gui")]
mod ui_workspace;
