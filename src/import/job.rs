//! [`ImportJob`]: an import on its own thread, so a window stays responsive
//! while a large export is read, with [`Progress`] and cancelling.
//!
//! The thread runs the same pipeline as
//! [`import_with_edits`](super::import_with_edits); the pipeline reports its
//! progress into a shared [`Progress`] and checks it for a cancel between
//! steps and every few thousand records, returning
//! [`ImportError::Cancelled`]. Dropping a job cancels it.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::edits::CodebookEdits;
use super::error::{ImportError, InconsistentDetail, IoReason, display_name};
use super::{ImportOptions, Imported};

/// How far an import is (0–1), and whether it should stop.
#[derive(Debug, Default)]
pub struct Progress {
    /// The fraction's `f32` bits; only grows.
    fraction_bits: AtomicU32,
    cancelled: AtomicBool,
}

impl Progress {
    /// Nothing done, not cancelled.
    pub const fn new() -> Self {
        Self {
            fraction_bits: AtomicU32::new(0),
            cancelled: AtomicBool::new(false),
        }
    }

    /// The fraction done, 0–1.
    pub fn fraction(&self) -> f32 {
        f32::from_bits(self.fraction_bits.load(Ordering::Relaxed))
    }

    /// Moves the fraction forward to `fraction` (never back).
    pub fn advance(&self, fraction: f32) {
        // For non-negative floats the bit patterns order like the values.
        let bits = fraction.clamp(0.0, 1.0).to_bits();
        self.fraction_bits.fetch_max(bits, Ordering::Relaxed);
    }

    /// Asks the import to stop; it ends with `ImportError::Cancelled` at its
    /// next check.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether [`Progress::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// `Err(Cancelled)` once cancelled.
    pub(crate) fn check(&self, file: &str) -> Result<(), ImportError> {
        if self.is_cancelled() {
            Err(ImportError::Cancelled {
                file: file.to_owned(),
            })
        } else {
            Ok(())
        }
    }

    /// The part `from..to` of the whole, for one step of the pipeline.
    pub(crate) fn phase(&self, from: f32, to: f32) -> Phase<'_> {
        Phase {
            progress: self,
            from,
            to,
        }
    }
}

/// One step of the pipeline, owning the range `from..to` of the progress.
#[derive(Clone, Copy, Debug)]
pub struct Phase<'a> {
    progress: &'a Progress,
    from: f32,
    to: f32,
}

/// Progress nobody watches, for imports on the caller's thread.
static UNWATCHED: Progress = Progress::new();

impl Phase<'_> {
    /// A phase that reports to no one and is never cancelled.
    pub fn unwatched() -> Phase<'static> {
        Phase {
            progress: &UNWATCHED,
            from: 0.0,
            to: 1.0,
        }
    }

    /// Reports `done` (0–1) of this step; `false` when the import should
    /// stop.
    pub fn report(&self, done: f32) -> bool {
        if std::ptr::eq(self.progress, &UNWATCHED) {
            return true;
        }
        self.progress
            .advance(self.from + (self.to - self.from) * done.clamp(0.0, 1.0));
        !self.progress.is_cancelled()
    }
}

/// An import running on its own thread.
#[derive(Debug)]
pub struct ImportJob {
    progress: Arc<Progress>,
    receiver: Receiver<Result<Imported, ImportError>>,
    file: String,
    finished: bool,
}

impl ImportJob {
    /// Starts importing `path` with `edits` applied.
    pub fn start(path: PathBuf, options: ImportOptions, edits: CodebookEdits) -> Self {
        let progress = Arc::new(Progress::new());
        let (sender, receiver) = mpsc::channel();
        let file = display_name(&path);
        let shared = Arc::clone(&progress);
        let spare = sender.clone();
        let name = file.clone();
        let spawned = std::thread::Builder::new()
            .name("storylens-import".into())
            .spawn(move || {
                // The pipeline does not panic on input; should it ever, the
                // user gets a sentence instead of a dead thread.
                let run =
                    std::panic::AssertUnwindSafe(|| super::run(&path, &options, &edits, &shared));
                let result = std::panic::catch_unwind(run).unwrap_or_else(|_| {
                    Err(ImportError::Inconsistent {
                        file: name,
                        detail: InconsistentDetail::Stopped,
                    })
                });
                // The chart indexes of the columns are built here, on the
                // import's thread, so the first chart costs what a warm one
                // does (issue 14).
                if let Ok(imported) = &result {
                    crate::charts::warm_indexes(&imported.dataset);
                }
                // The receiver may be gone (job dropped); nothing to tell.
                let _ = sender.send(result);
            });
        if let Err(error) = spawned {
            let _ = spare.send(Err(ImportError::Io {
                file: file.clone(),
                reason: IoReason::NoThread(error.to_string()),
            }));
        }
        Self {
            progress,
            receiver,
            file,
            finished: false,
        }
    }

    /// The file being imported, as shown in messages.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The fraction done, 0–1 (bytes read, then records parsed, then the
    /// questions built).
    pub fn progress(&self) -> f32 {
        self.progress.fraction()
    }

    /// Asks the import to stop; [`Self::poll`] then gives
    /// [`ImportError::Cancelled`] (or the result, when it was done already).
    pub fn cancel(&self) {
        self.progress.cancel();
    }

    /// Whether the result was handed out already.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The result once the import is done; `None` while it runs, and after
    /// the result was handed out once.
    pub fn poll(&mut self) -> Option<Result<Imported, ImportError>> {
        if self.finished {
            return None;
        }
        match self.receiver.try_recv() {
            Ok(result) => {
                self.finished = true;
                Some(result)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.finished = true;
                Some(Err(ImportError::Inconsistent {
                    file: self.file.clone(),
                    detail: InconsistentDetail::Stopped,
                }))
            }
        }
    }

    /// Blocks until the import is done.
    pub fn wait(mut self) -> Result<Imported, ImportError> {
        self.finished = true;
        self.receiver.recv().unwrap_or_else(|_| {
            Err(ImportError::Inconsistent {
                file: self.file.clone(),
                detail: InconsistentDetail::Stopped,
            })
        })
    }
}

impl Drop for ImportJob {
    fn drop(&mut self) {
        // Nobody will read the result: stop the work.
        if !self.finished {
            self.progress.cancel();
        }
    }
}
