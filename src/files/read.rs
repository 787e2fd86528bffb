//! Bounded reads of regular files only.

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// The largest file Storylens reads: 1 GiB. A 100,000-story export is
/// about 60 MB as CSV and less as xlsx; past this a file is not a survey
/// export (or is a device or a runaway log), and reading it would take the
/// memory of the machine.
pub const MAX_READ_BYTES: u64 = 1 << 30;

/// What a path names when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    Device,
    Pipe,
    Socket,
    Other,
}

impl FileKind {
    /// "a folder", "a device", … for the middle of a sentence.
    pub fn described(self) -> &'static str {
        match self {
            Self::Folder => "a folder",
            Self::Device => "a device",
            Self::Pipe => "a pipe (FIFO)",
            Self::Socket => "a socket",
            Self::Other => "a special file",
        }
    }
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("it is {}, not a file", .0.described())]
    NotRegular(FileKind),
    #[error("it is larger than {} MB, the most Storylens reads", .limit_bytes >> 20)]
    TooLarge { limit_bytes: u64 },
}

impl From<ReadError> for std::io::Error {
    /// An I/O error whose message is the reason (for errors that carry an
    /// `io::Error` source).
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::Io(error) => error,
            other => std::io::Error::other(other.to_string()),
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
