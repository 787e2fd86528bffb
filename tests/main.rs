//! The one integration test binary: modules per area.

mod cli;
mod export;
mod project;
#[cfg(feature = "gui")]
mod ui;
