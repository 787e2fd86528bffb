//! The one integration test binary: modules per area.

mod cli;
mod export;
#[cfg(feature = "gui")]
mod ui;
