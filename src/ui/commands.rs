//! [`Command`] and its payload types, as panels name them. They live in
//! [`crate::workspace`], without egui; [`StorylensApp::apply`]
//! (in `shell.rs`) carries them out. This module only re-exports, so a
//! panel that pushes commands does not depend on the app.
//!
//! [`StorylensApp::apply`]: super::StorylensApp::apply

pub use crate::workspace::{Command, FindingEdit, PanelPopulation};
