//! The import on a thread: progress grows, cancel stops it with its own
//! error, and the result equals the one of a plain import.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use storylens::import::{CodebookEdits, ImportError, ImportJob, ImportOptions, Imported};

use super::helpers::*;

/// A CSV of `rows` stories, about 150 bytes each.
fn large_csv(scratch: &Scratch, rows: usize) -> PathBuf {
    let mut text = String::from("id,Titel,Verhaal,Rol,Leeftijd,Voorbeeld\n");
    let roles = ["ouder", "leraar", "leerling"];
    for row in 0..rows {
        let _ = writeln!(
            text,
            "s{row},Titel {row},\"Verhaal nummer {row}, met een komma en wat tekst erbij om het lang te maken\",{},{},{}",
            roles[row % 3],
            20 + row % 60,
            row % 101
        );
    }
    scratch.write("large.csv", text)
}

/// Polls `job` until it is done, collecting the progress seen meanwhile.
fn finish(mut job: ImportJob) -> (Result<Imported, ImportError>, Vec<f32>) {
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = Vec::new();
    loop {
        seen.push(job.progress());
        if let Some(result) = job.poll() {
            assert!(job.poll().is_none(), "the result is handed out once");
            return (result, seen);
        }
        assert!(Instant::now() < deadline, "the import never finished");
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn start(path: PathBuf) -> ImportJob {
    ImportJob::start(path, ImportOptions::default(), CodebookEdits::default())
}

#[test]
fn progress_grows_to_one_and_the_result_matches_a_plain_import() {
    let scratch = Scratch::new();
    let path = large_csv(&scratch, 60_000);
    let (result, seen) = finish(start(path.clone()));
    let imported = result.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.dataset.len(), 60_000);
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "never goes back");
    let between: Vec<f32> = seen
        .iter()
        .copied()
        .filter(|p| *p > 0.0 && *p < 1.0)
        .collect();
    let mut distinct = between.clone();
    distinct.dedup();
    assert!(distinct.len() >= 3, "progress moved in steps: {distinct:?}");
    assert_eq!(
        imported.dataset.codebook(),
        import(&path).dataset.codebook()
    );
}

#[test]
fn cancel_gives_its_own_error_not_a_panic() {
    let scratch = Scratch::new();
    let path = large_csv(&scratch, 60_000);
    // At once: stops during the read.
    let job = start(path.clone());
    job.cancel();
    let (result, _) = finish(job);
    assert!(
        matches!(&result, Err(ImportError::Cancelled { file }) if file == "large.csv"),
        "{:?}",
        result.map(|i| i.dataset.len())
    );
    // Half-way: once records are being parsed.
    let job = start(path);
    let deadline = Instant::now() + Duration::from_secs(60);
    while job.progress() < 0.25 {
        assert!(Instant::now() < deadline, "stuck at {}", job.progress());
        std::thread::sleep(Duration::from_millis(1));
    }
    job.cancel();
    let (result, _) = finish(job);
    let error = result.map(|_| ()).unwrap_err();
    assert!(matches!(error, ImportError::Cancelled { .. }), "{error}");
    assert_eq!(
        error.to_string(),
        "The import of \"large.csv\" was cancelled."
    );
}

#[test]
fn a_missing_file_reports_through_the_job() {
    let (result, _) = finish(start(PathBuf::from("/nonexistent/nowhere.csv")));
    let error = result.map(|_| ()).unwrap_err();
    assert!(matches!(error, ImportError::NotFound { .. }), "{error}");
}
