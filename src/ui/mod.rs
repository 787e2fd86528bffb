//! The egui application (feature `gui`).
