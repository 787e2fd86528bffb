//! CSV/TSV bytes (any encoding, delimiter, quoting) through the whole import.
#![no_main]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // The first byte picks the extension, so TSV and TXT sniffing run too.
    let (name, rest) = match data.split_first() {
        Some((b, rest)) if b % 3 == 1 => ("f.tsv", rest),
        Some((b, rest)) if b % 3 == 2 => ("f.txt", rest),
        Some((_, rest)) => ("f.csv", rest),
        None => ("f.csv", data),
    };
    common::import_bytes(name, rest);
});
