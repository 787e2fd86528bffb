//! The one integration test binary: modules per area.

mod cli;
#[cfg(feature = "gui")]
mod ui;
