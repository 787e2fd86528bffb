//! A killed `report` or `snapshot` leaves at its path the complete old file
//! or the complete new one, never part of one (issue 15: killing `report`
//! once left truncated PDF/HTML and 0-byte DOCX files), and the temporary
//! file a kill leaves behind is cleared by a later write of that path.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

/// True when `bytes` are a whole file of the format `path` names.
fn complete(path: &Path, bytes: &[u8]) -> bool {
    let text_ends = |end: &str| String::from_utf8_lossy(bytes).trim_end().ends_with(end);
    match path.extension().and_then(|e| e.to_str()) {
        Some("pdf") => bytes.starts_with(b"%PDF") && text_ends("%%EOF"),
        Some("png") => bytes.starts_with(b"\x89PNG") && bytes.ends_with(b"IEND\xAE\x42\x60\x82"),
        Some("svg") => text_ends("</svg>"),
        other => panic!("no completeness check for {other:?}"),
    }
}

fn temps_of(path: &Path) -> Vec<std::path::PathBuf> {
    let target = path.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            storylens::files::is_temp_name(&name, &target)
        })
        .collect()
}

/// Runs `args` (the output path last) to completion once, then kills it
/// `rounds` times around the moment it writes, checking the file each time.
fn killed_writes_leave_a_whole_file(args: &[&str], out: &Path, rounds: u64) {
    let run = || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_storylens"));
        command
            .args(args)
            .arg(out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        command
    };
    let started = Instant::now();
    assert!(run().status().unwrap().success(), "{args:?} failed");
    let took_ms = started.elapsed().as_millis() as u64;
    assert!(complete(out, &std::fs::read(out).unwrap()));
    for round in 0..rounds {
        let mut child = run().spawn().unwrap();
        // Spread the kills over the last third of the run, where the
        // file is written (and a little past it).
        let at = took_ms * 2 / 3 + (took_ms / 2) * round / rounds.max(1);
        std::thread::sleep(Duration::from_millis(at));
        let _ = child.kill(); // SIGKILL on Unix: no destructor runs
        child.wait().unwrap();
        let bytes = std::fs::read(out).unwrap();
        assert!(
            complete(out, &bytes),
            "round {round}: {} is cut off ({} bytes)",
            out.display(),
            bytes.len()
        );
    }
    // Leftovers of killed writes are cleared by the next write once no
    // running write can own them (they are older than ten minutes).
    let leftovers = temps_of(out);
    let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for leftover in &leftovers {
        let file = std::fs::File::options().write(true).open(leftover).unwrap();
        file.set_modified(an_hour_ago).unwrap();
    }
    assert!(run().status().unwrap().success());
    assert_eq!(
        temps_of(out),
        Vec::<std::path::PathBuf>::new(),
        "{} leftovers before",
        leftovers.len()
    );
}

#[test]
fn a_killed_report_leaves_the_old_or_the_new_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.pdf");
    killed_writes_leave_a_whole_file(&["report", "--demo", "--out"], &out, 2);
}

#[test]
fn a_killed_snapshot_leaves_the_old_or_the_new_image() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["bevinding.png", "bevinding.svg"] {
        let out = dir.path().join(name);
        killed_writes_leave_a_whole_file(
            &["snapshot", "--demo", "--finding", "1", "--out"],
            &out,
            2,
        );
    }
}
