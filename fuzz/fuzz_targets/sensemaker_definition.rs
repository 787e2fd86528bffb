//! The SenseMaker framework definition JSON, found beside a small raw
//! export and applied to it.
#![no_main]
mod common;

const DATA: &str = "FragmentID,Fragment,Title,dee85953-7226-4d2e-9b7d-1c8e5f3a9b10,dee85953-7226-4d2e-9b7d-1c8e5f3a9b10_X,dee85953-7226-4d2e-9b7d-1c8e5f3a9b10_Y\n\
f1,Een verhaal,Titel,0.3,0.5,0.2\n\
f2,Nog een,Titel 2,0.1,0.1,0.8\n";

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let dir = common::scratch();
    if std::fs::write(dir.join("X_Definition.json"), data).is_ok() {
        common::import_bytes("X_Data.csv", DATA.as_bytes());
    }
});
