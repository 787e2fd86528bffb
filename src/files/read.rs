//! Bounded reads of regular files only.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::i18n::{Language, fill};

/// The largest file Storylens reads: 1 GiB. A 100,000-story export is
/// about 60 MB as CSV and less as xlsx; past this a file is not a survey
/// export (or is a device or a runaway log), and reading it would take the
/// memory of the machine.
pub const MAX_READ_BYTES: u64 = 1 << 30;

/// What a path names when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A device (`/dev/…`).
    Device,
    /// A named pipe (FIFO).
    Pipe,
    /// A Unix socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    /// "a folder", "a device", … in `language`, for the middle of a sentence.
    pub fn described(self, language: Language) -> &'static str {
        let e = language.errors();
        match self {
            Self::Folder => e.file_kind_folder,
            Self::Device => e.file_kind_device,
            Self::Pipe => e.file_kind_pipe,
            Self::Socket => e.file_kind_socket,
            Self::Other => e.file_kind_other,
        }
    }
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(Language::English))]
pub enum ReadError {
    /// The system could not read the file.
    Io(#[from] std::io::Error),
    /// The path names something other than a regular file.
    NotRegular(FileKind),
    /// The file is larger than the limit.
    TooLarge {
        /// The limit, [`MAX_READ_BYTES`] unless the caller chose another.
        limit_bytes: u64,
    },
}

impl ReadError {
    /// Why, in `language`, for the middle of a sentence ("it is a folder,
    /// not a file"); an I/O error is the system's own text.
    pub fn sentence(&self, language: Language) -> String {
        let e = language.errors();
        match self {
            Self::Io(error) => error.to_string(),
            Self::NotRegular(kind) => {
                fill(e.read_not_regular, &[("what", &kind.described(language))])
            }
            Self::TooLarge { limit_bytes } => {
                fill(e.read_too_large, &[("limit_mb", &(limit_bytes >> 20))])
            }
        }
    }

    /// The reason of an I/O error `error` in `language`: a [`ReadError`]
    /// turned into an `io::Error` is worded again, any other error is the
    /// system's own text.
    pub fn of_io(error: &std::io::Error, language: Language) -> String {
        error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<Self>())
            .map_or_else(|| error.to_string(), |inner| inner.sentence(language))
    }
}

impl From<ReadError> for std::io::Error {
    /// An I/O error whose message is the reason (for errors that carry an
    /// `io::Error` source).
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::Io(error) => error,
            // The error itself stays inside, so a sentence can word it in
            // the user's language (see `ReadError::of_io`).
            other => std::io::Error::other(other),
        }
    }
}

/// The kind of `metadata` when it is not a regular file.
fn kind_of(metadata: &std::fs::Metadata) -> Option<FileKind> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some(FileKind::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_block_device() || kind.is_char_device() {
            return Some(FileKind::Device);
        }
        if kind.is_fifo() {
            return Some(FileKind::Pipe);
        }
        if kind.is_socket() {
            return Some(FileKind::Socket);
        }
    }
    Some(FileKind::Other)
}

/// The size of the regular file at `path` (symbolic links followed), or
/// why it is not one or is over `limit_bytes`. Looks without opening.
pub fn check_regular(path: &Path, limit_bytes: u64) -> Result<u64, ReadError> {
    let metadata = std::fs::metadata(path)?;
    if let Some(kind) = kind_of(&metadata) {
        return Err(ReadError::NotRegular(kind));
    }
    if metadata.len() > limit_bytes {
        return Err(ReadError::TooLarge { limit_bytes });
    }
    Ok(metadata.len())
}

/// Opens the regular file at `path` for reading, with its size; refuses
/// anything else and files over `limit_bytes`. The path is looked at
/// before it is opened (a FIFO would block the open) and the opened file
/// again (the path may have been replaced in between).
pub fn open_regular(path: &Path, limit_bytes: u64) -> Result<(File, u64), ReadError> {
    check_regular(path, limit_bytes)?;
    let file = File::open(path)?;
    let metadata = file.metadata()?;
    if let Some(kind) = kind_of(&metadata) {
        return Err(ReadError::NotRegular(kind));
    }
    if metadata.len() > limit_bytes {
        return Err(ReadError::TooLarge { limit_bytes });
    }
    Ok((file, metadata.len()))
}

/// The whole content of the regular file at `path`, at most `limit_bytes`
/// (a file that grows past the limit while it is read is refused too).
pub fn read_limited(path: &Path, limit_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let (file, size) = open_regular(path, limit_bytes)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit_bytes {
        return Err(ReadError::TooLarge { limit_bytes });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_a_device_and_a_large_sparse_file_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_limited(dir.path(), MAX_READ_BYTES),
            Err(ReadError::NotRegular(FileKind::Folder))
        ));
        #[cfg(unix)]
        assert!(matches!(
            read_limited(Path::new("/dev/zero"), MAX_READ_BYTES),
            Err(ReadError::NotRegular(FileKind::Device))
        ));
        let big = dir.path().join("big.csv");
        File::create(&big).unwrap().set_len(4096).unwrap();
        assert!(matches!(
            read_limited(&big, 4095),
            Err(ReadError::TooLarge { limit_bytes: 4095 })
        ));
        assert_eq!(read_limited(&big, 4096).unwrap().len(), 4096);
    }
}
