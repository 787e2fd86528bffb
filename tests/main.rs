//! The one integration test binary: modules per area.

mod cli;
mod export;
mod import;
mod project;
mod report;
#[cfg(feature = "gui")]
mod ui;
