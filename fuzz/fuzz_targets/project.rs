//! Project files (`.storylens` JSON of any format version).
#![no_main]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let path = common::scratch().join("f.storylens");
    if std::fs::write(&path, data).is_ok() {
        let _ = storylens::project::load(&path);
    }
});
