//! The NarraFirma story form CSV, found beside a small stories file.
#![no_main]
mod common;

const STORIES: &str = "Story title,Story text,Gevoel,Score\n\
Titel,Een verhaal,hoop,40\n\
Titel 2,Nog een,angst,75\n";

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let dir = common::scratch();
    if std::fs::write(dir.join("x_story_form.csv"), data).is_ok() {
        common::import_bytes("x_stories.csv", STORIES.as_bytes());
    }
});
