//! What the built-in [`FileBrowser`](super::file_browser::FileBrowser) shows
//! of a folder, without egui: [`list_folder`] reads a folder into its
//! subfolders and the files with the wanted extensions (folders first,
//! sorted ignoring case, hidden entries left out), [`recent_folders`] turns
//! the recent files into the folders they are in, and [`with_extension`]
//! makes a typed file name end in the format's extension; [`unreadable`]
//! says in one sentence why a folder cannot be listed.

use std::path::{Component, Path, PathBuf};

use crate::i18n::{self, Strings};

/// One line of a folder's listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub path: PathBuf,
    pub is_folder: bool,
}

/// Whether `path` ends in one of `extensions` (without the dot, any case).
pub fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// The subfolders of `folder` and its files with one of `extensions`,
/// folders first, each group sorted by name ignoring case. Entries whose
/// name starts with a dot are hidden, as file managers do.
pub fn list_folder(folder: &Path, extensions: &[&str]) -> std::io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for item in std::fs::read_dir(folder)? {
        // An entry that vanished or cannot be looked at is left out; the
        // rest of the folder is still worth showing.
        let Ok(item) = item else { continue };
        let name = item.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = item.path();
        // `metadata` follows links, so a link to a folder lists as one.
        let is_folder = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
        if is_folder || has_extension(&path, extensions) {
            entries.push(Entry {
                name,
                path,
                is_folder,
            });
        }
    }
    sort_entries(&mut entries);
    Ok(entries)
}

/// Folders first, then files; by name ignoring case (then exactly, so the
/// order is the same on every run).
pub fn sort_entries(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        b.is_folder
            .cmp(&a.is_folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.name.cmp(&b.name))
    });
}

/// The folders of the recent files, newest first, each once, only those
/// that still exist; at most `limit`.
pub fn recent_folders(recent: &[PathBuf], limit: usize) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = Vec::new();
    for folder in recent.iter().filter_map(|file| file.parent()) {
        if folder.is_dir() && !folders.iter().any(|f| f == folder) {
            folders.push(folder.to_path_buf());
        }
    }
    folders.truncate(limit);
    folders
}

/// `path` without `.`, each `..` taking away the folder before it, as a
/// typed `home/../data` means `data`.
pub fn normalized(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            // Above the root is the root; a relative path keeps its `..`.
            Component::ParentDir if out.has_root() => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The user's home folder, from the environment.
pub fn home_folder() -> Option<PathBuf> {
    ["HOME", "USERPROFILE"]
        .into_iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from)
        .find(|path| path.is_dir())
}

/// `name` as a file name in the format of `extensions`: unchanged when it
/// ends in one of them, else with the first appended (`rapport` →
/// `rapport.html`, `data.txt` → `data.txt.storylens`).
pub fn with_extension(name: &str, extensions: &[&str]) -> String {
    let name = name.trim();
    match extensions.first() {
        Some(first) if !has_extension(Path::new(name), extensions) => format!("{name}.{first}"),
        _ => name.to_owned(),
    }
}

/// One sentence on why `path` cannot be listed or opened.
pub fn unreadable(path: &Path, error: &std::io::Error, tr: &Strings) -> String {
    let template = match error.kind() {
        std::io::ErrorKind::NotFound => tr.browser_not_found,
        std::io::ErrorKind::PermissionDenied => tr.browser_no_access,
        _ => tr.browser_unreadable,
    };
    i18n::fill(template, &[("path", &path.display())])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(entries: &[Entry]) -> Vec<&str> {
        entries.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn a_folder_lists_subfolders_first_and_only_wanted_files() {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["zomer", "Archief", ".verborgen"] {
            std::fs::create_dir(dir.path().join(folder)).unwrap();
        }
        for file in [
            "b.CSV",
            "a.xlsx",
            "foto.png",
            "C.storylens",
            ".x.csv",
            "leesmij",
        ] {
            std::fs::write(dir.path().join(file), "x").unwrap();
        }
        let entries = list_folder(dir.path(), &["csv", "xlsx", "storylens"]).unwrap();
        assert_eq!(
            names(&entries),
            ["Archief", "zomer", "a.xlsx", "b.CSV", "C.storylens"]
        );
        assert!(entries[0].is_folder && !entries[2].is_folder);
        assert_eq!(entries[3].path, dir.path().join("b.CSV"));
    }

    #[test]
    fn a_missing_folder_is_an_error_not_an_empty_list() {
        let dir = tempfile::tempdir().unwrap();
        let error = list_folder(&dir.path().join("weg"), &["csv"]).unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
    }

    #[test]
    fn sorting_ignores_case_and_is_stable() {
        let entry = |name: &str, is_folder| Entry {
            name: name.into(),
            path: PathBuf::from(name),
            is_folder,
        };
        let mut entries = vec![
            entry("b", false),
            entry("B", false),
            entry("a", false),
            entry("Z", true),
        ];
        sort_entries(&mut entries);
        assert_eq!(names(&entries), ["Z", "a", "B", "b"]);
    }

    #[test]
    fn recent_folders_are_unique_existing_and_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let (one, two) = (dir.path().join("een"), dir.path().join("twee"));
        std::fs::create_dir(&one).unwrap();
        std::fs::create_dir(&two).unwrap();
        let recent = [
            two.join("x.csv"),
            dir.path().join("weg/y.csv"),
            one.join("p.storylens"),
            two.join("z.xlsx"),
        ];
        assert_eq!(recent_folders(&recent, 5), [two.clone(), one]);
        assert_eq!(recent_folders(&recent, 1), [two]);
    }

    #[test]
    fn why_a_folder_cannot_be_read_is_one_sentence_per_language() {
        use std::io::{Error, ErrorKind};
        let path = Path::new("/srv/enquete");
        let denied = Error::from(ErrorKind::PermissionDenied);
        assert_eq!(
            unreadable(path, &denied, &i18n::EN),
            "You have no access to the folder /srv/enquete."
        );
        assert_eq!(
            unreadable(path, &Error::from(ErrorKind::NotFound), &i18n::NL),
            "/srv/enquete bestaat niet."
        );
        let other = Error::other("disk on fire");
        assert_eq!(
            unreadable(path, &other, &i18n::EN),
            "The folder /srv/enquete cannot be read."
        );
    }

    #[test]
    fn typed_dots_are_resolved() {
        let n = |p: &str| normalized(Path::new(p));
        assert_eq!(
            n("/tmp/home/../data/./enquete/"),
            Path::new("/tmp/data/enquete")
        );
        assert_eq!(n("/../x"), Path::new("/x"));
        assert_eq!(n("../../a/b/.."), Path::new("../../a"));
    }

    #[test]
    fn a_typed_name_gets_the_format_extension() {
        let project = ["storylens"];
        assert_eq!(with_extension("analyse", &project), "analyse.storylens");
        assert_eq!(with_extension(" a.Storylens ", &project), "a.Storylens");
        assert_eq!(with_extension("data.txt", &project), "data.txt.storylens");
        assert_eq!(with_extension("x", &[]), "x");
    }
}
