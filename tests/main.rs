//! The one integration test binary: modules per area.

mod cli;
mod project;
#[cfg(feature = "gui")]
mod ui;
