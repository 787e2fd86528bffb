//! Property test: whatever bytes a file holds, importing it returns Ok or
//! Err and never panics, through the CSV path and the spreadsheet path.

use proptest::prelude::*;
use storylens::import::{ImportOptions, import_path};

use super::errors::small_xlsx;
use super::helpers::Scratch;

fn survive(name: &str, bytes: &[u8]) {
    let scratch = Scratch::new();
    let path = scratch.write(name, bytes);
    let _ = import_path(&path, &ImportOptions::default());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_bytes_as_csv_or_spreadsheet(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        survive("x.csv", &bytes);
        survive("x.xlsx", &bytes);
        survive("x.xls", &bytes);
        survive("x.ods", &bytes);
    }

    #[test]
    fn text_like_bytes_as_csv(text in "[a-z0-9,;|\t\"\r\n =_\\[\\]-]{0,400}") {
        survive("x.csv", text.as_bytes());
    }

    #[test]
    fn damaged_workbooks(cut in 0usize..8000, flips in proptest::collection::vec((0usize..8000, any::<u8>()), 0..8)) {
        let mut bytes = small_xlsx();
        for (at, value) in flips {
            let len = bytes.len();
            bytes[at % len] = value;
        }
        bytes.truncate(cut.max(4));
        survive("x.xlsx", &bytes);
    }
}
