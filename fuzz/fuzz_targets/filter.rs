//! The filter language against the demo survey's codebook: parse, then
//! (when it parses) evaluate and print it back.
#![no_main]
use std::sync::OnceLock;

fn dataset() -> &'static storylens::model::Dataset {
    static DEMO: OnceLock<storylens::model::Dataset> = OnceLock::new();
    DEMO.get_or_init(storylens::demo::demo_dataset)
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let dataset = dataset();
    if let Ok(filter) = storylens::model::parse_filter(text, dataset.codebook()) {
        let _ = storylens::model::to_text(&filter, dataset.codebook());
    }
});
