//! Shared by the targets: the input written to a file in a per-process
//! temporary folder (the import reads paths, as the app does), then
//! imported. Errors are expected; a panic, abort, hang or runaway memory
//! is what libFuzzer reports.

// Not every target uses every helper.
#![allow(dead_code)]

use std::path::PathBuf;

/// A folder of this process under the system's temp dir (tmpfs on CI).
pub fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("storylens-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Writes `bytes` to `name` in the scratch folder and imports it.
pub fn import_bytes(name: &str, bytes: &[u8]) {
    let path = scratch().join(name);
    if std::fs::write(&path, bytes).is_ok() {
        let _ = storylens::import::import_path(&path, &Default::default());
    }
}
