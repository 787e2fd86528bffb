//! Files as a file-format library treats them: bounded, regular reads and
//! atomic writes.
//!
//! - `read`: [`open_regular`] and [`read_limited`] refuse folders,
//!   devices, pipes and sockets *before* opening them (opening a FIFO
//!   blocks until a writer comes; `/dev/zero` never ends), and anything
//!   over [`MAX_READ_BYTES`], each with a [`ReadError`] that names why.
//! - `atomic`: every file the app or the command line writes goes through
//!   [`atomic_write`] (or [`atomic_write_with`] for a streaming writer): a
//!   temporary file beside the target is written, synced and renamed over
//!   it, so the target holds its old or its new content at every moment,
//!   never a truncated one. [`remove_stray_temps`] deletes what a killed
//!   write left behind.

mod atomic;
mod read;

#[cfg(test)]
pub(crate) use atomic::folder_of;
pub use atomic::{atomic_write, atomic_write_with, is_temp_name, remove_stray_temps};
pub use read::{FileKind, MAX_READ_BYTES, ReadError, check_regular, open_regular, read_limited};
