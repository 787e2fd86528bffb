//! Atomic writes: a temporary file beside the target, written, synced and
//! renamed over it.
//!
//! The temporary file is named `.<target name>.<random>.tmp` in the
//! target's folder (the same file system, so the rename is atomic, and a
//! leftover is recognisable). A write killed before its rename leaves only
//! such a file; [`remove_stray_temps`] deletes the ones old enough that no
//! running write can still own them, and every write of the same target
//! calls it first.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A temporary file younger than this may belong to a write still running
/// (another process saving the same project), so it is left alone.
const STRAY_AFTER: Duration = Duration::from_secs(10 * 60);

/// Writes `bytes` to `path` atomically: `path` holds either its old or its
/// new content at every moment, even if the process is killed.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    atomic_write_with(path, |out| out.write_all(bytes))
}

/// Like [`atomic_write`], the content written by `write` (buffered). When
/// `write` fails, the target is untouched and the temporary file removed.
pub fn atomic_write_with<E: From<std::io::Error>>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    remove_stray_temps(path);
    let temp = temp_beside(path)?;
    let mut out = BufWriter::new(temp);
    write(&mut out)?;
    let temp = out
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?;
    temp.as_file().sync_all()?;
    if let Ok(metadata) = std::fs::metadata(path) {
        // Keep the permissions the user gave the file.
        let _ = std::fs::set_permissions(temp.path(), metadata.permissions());
    }
    temp.persist(path).map_err(|e| e.error)?;
    sync_folder(&folder_of(path));
    Ok(())
}

/// A temporary file in the folder of `path`, named after it.
pub(crate) fn temp_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path names no file")
    })?;
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A new file gets the permissions `std::fs::write` would give it
    // (0666 less the umask), not tempfile's private 0600: a report is
    // meant to be shared. An existing target's are copied over it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(folder_of(path))
}

/// True when `name` is the name of a temporary file of a write of the file
/// named `target`.
pub fn is_temp_name(name: &str, target: &str) -> bool {
    name.strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(target))
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|rest| rest.ends_with(".tmp") && !rest.contains('/'))
}

/// Deletes the temporary files that killed writes of `path` left beside
/// it (those older than ten minutes); returns how many. Never fails: a
/// leftover that cannot be deleted is only untidy.
pub fn remove_stray_temps(path: &Path) -> usize {
    let Some(target) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir(folder_of(path)) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_temp_name(&name, &target) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| {
                now.duration_since(modified)
                    .is_ok_and(|age| age >= STRAY_AFTER)
            });
        if old && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Makes a rename in `dir` durable. Only Unix can open a folder to fsync
/// it; on Windows the rename is already durable when it returns.
pub(crate) fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_recognised_only_for_their_target() {
        assert!(is_temp_name(".rapport.pdf.a1B2c3.tmp", "rapport.pdf"));
        assert!(!is_temp_name(".rapport.pdf.a1B2c3.tmp", "rapport.html"));
        assert!(!is_temp_name("rapport.pdf.a1B2c3.tmp", "rapport.pdf"));
        assert!(!is_temp_name(".rapport.pdf.bak", "rapport.pdf"));
    }

    #[test]
    fn a_write_replaces_the_content_and_clears_old_leftovers_only() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("kaart.svg");
        std::fs::write(&target, "oud").unwrap();
        let old = dir.path().join(".kaart.svg.XyZ123.tmp");
        let young = dir.path().join(".kaart.svg.AbC456.tmp");
        let other = dir.path().join(".ander.svg.XyZ123.tmp");
        for leftover in [&old, &young, &other] {
            std::fs::write(leftover, "half").unwrap();
        }
        let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
        for leftover in [&old, &other] {
            let file = std::fs::File::options().write(true).open(leftover).unwrap();
            file.set_modified(an_hour_ago).unwrap();
        }
        atomic_write(&target, b"nieuw").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"nieuw");
        assert!(!old.exists(), "an old leftover of this target is removed");
        assert!(young.exists(), "a young one may belong to a running write");
        assert!(other.exists(), "another target's leftover is not ours");
        // A failing writer leaves the target as it was and no temp file.
        let failed: Result<(), std::io::Error> =
            atomic_write_with(&target, |_| Err(std::io::Error::other("stop")));
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"nieuw");
        let temps = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                let name = e.as_ref().unwrap().file_name();
                is_temp_name(&name.to_string_lossy(), "kaart.svg")
            })
            .count();
        assert_eq!(temps, 1, "only the young leftover remains");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let fresh = dir.path().join("nieuw.svg");
            atomic_write(&fresh, b"x").unwrap();
            let mode = std::fs::metadata(&fresh).unwrap().permissions().mode();
            assert_ne!(
                mode & 0o044,
                0,
                "readable by others as a plain write makes it: {mode:o}"
            );
        }
    }
}
