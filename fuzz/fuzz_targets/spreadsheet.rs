//! Whole spreadsheet files (xlsx, ods, xls, xlsb) through the whole import.
#![no_main]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (name, rest) = match data.split_first() {
        Some((b, rest)) => (["f.xlsx", "f.ods", "f.xls", "f.xlsb"][usize::from(*b % 4)], rest),
        None => ("f.xlsx", data),
    };
    common::import_bytes(name, rest);
});
