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

/// Puts back Rust's default panic hook once. libfuzzer-sys installs one
/// that aborts on every panic, even one the import catches on purpose:
/// `import::workbook` turns a panic inside calamine (its cell-reference
/// arithmetic overflows on `r="ZZZZZZ…"`, with overflow checks on) into
/// the "damaged" sentence. A panic that escapes the import still reaches
/// libfuzzer-sys's own `catch_unwind` and is reported as a crash.
fn keep_caught_panics_caught() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| drop(std::panic::take_hook()));
}

/// Writes `bytes` to `name` in the scratch folder and imports it.
pub fn import_bytes(name: &str, bytes: &[u8]) {
    keep_caught_panics_caught();
    let path = scratch().join(name);
    if std::fs::write(&path, bytes).is_ok() {
        let _ = storylens::import::import_path(&path, &Default::default());
    }
}
