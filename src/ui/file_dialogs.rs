//! [`FileDialogs`]: the system's open and save dialogs behind a trait, so
//! that the UI can be tested without a desktop: [`RfdDialogs`] asks the
//! system through `rfd`; [`ScriptedDialogs`] answers with preset paths and
//! remembers what was asked.
//!
//! A dialog answers with a [`DialogAnswer`]: a path, a cancel, or
//! *unavailable* — the system could not show a dialog at all (a Linux
//! desktop without an xdg-desktop-portal and without zenity, where `rfd`
//! returns at once as if the user had cancelled). The app then opens its
//! own [`FileBrowser`](super::file_browser::FileBrowser). Whether the system
//! can show one is decided by two pure functions, [`Desktop::can_show`]
//! before asking and [`answer_from`] after, and remembered for the session.

use std::cell::RefCell;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A file type in a dialog: a name and extensions without the dot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileFilter {
    /// The type's name as the dialog lists it.
    pub name: &'static str,
    /// The extensions, without the dot.
    pub extensions: &'static [&'static str],
}

/// Every data file the import reads.
pub const DATA_EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "xlsx", "xlsm", "xlsb", "xls", "ods"];

/// How a file dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// The system could not show a dialog; nobody was asked.
    Unavailable,
}

impl DialogAnswer {
    /// The chosen path; `None` for a cancel and for an unavailable dialog.
    pub fn chosen(self) -> Option<PathBuf> {
        match self {
            Self::Chosen(path) => Some(path),
            Self::Cancelled | Self::Unavailable => None,
        }
    }
}

/// The system's file dialogs. Both block until the user answers.
pub trait FileDialogs {
    /// Asks where to save, proposing `default_name`.
    fn save_file(&self, title: &str, default_name: &str, filters: &[FileFilter]) -> DialogAnswer;
    /// Asks for a file to open of one of the `filters` types.
    fn open_file(&self, title: &str, filters: &[FileFilter]) -> DialogAnswer;
}

/// An empty answer faster than this did not come from a person: nobody
/// sees a dialog and cancels it within a quarter of a second.
pub const FASTEST_CANCEL: Duration = Duration::from_millis(250);

/// The answer of a system dialog that returned `result` after `elapsed`.
pub fn answer_from(result: Option<PathBuf>, elapsed: Duration) -> DialogAnswer {
    match result {
        Some(path) => DialogAnswer::Chosen(path),
        None if elapsed < FASTEST_CANCEL => DialogAnswer::Unavailable,
        None => DialogAnswer::Cancelled,
    }
}

/// What the desktop offers `rfd` to show a dialog with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Desktop {
    /// Only Linux (and the BSDs) need a portal or zenity; Windows and
    /// macOS always have their dialogs.
    pub needs_portal: bool,
    /// A D-Bus session bus to reach the portal through.
    pub session_bus: bool,
    /// The xdg-desktop-portal service can be started on that bus (its
    /// D-Bus service file is installed, or we run inside Flatpak).
    pub portal: bool,
    /// `zenity` is on the PATH: `rfd`'s fallback without a portal.
    pub zenity: bool,
}

impl Desktop {
    /// Whether a system dialog can be shown here.
    pub fn can_show(&self) -> bool {
        !self.needs_portal || self.zenity || (self.session_bus && self.portal)
    }

    /// Looks at this machine: the environment and a few files, nothing
    /// that could block.
    pub fn probe() -> Self {
        Self::from_env(
            cfg!(all(unix, not(target_os = "macos"))),
            |name| std::env::var_os(name),
            Path::exists,
        )
    }

    /// The desktop described by the environment variables `var` and the
    /// files that `exists`.
    pub fn from_env(
        needs_portal: bool,
        var: impl Fn(&str) -> Option<OsString>,
        exists: impl Fn(&Path) -> bool,
    ) -> Self {
        Self {
            needs_portal,
            session_bus: session_bus(&var, &exists),
            portal: portal_installed(&var, &exists),
            zenity: var("PATH").is_some_and(|path| {
                std::env::split_paths(&path).any(|d| exists(&d.join("zenity")))
            }),
        }
    }
}

/// Whether a session bus can be reached: libdbus reads
/// `DBUS_SESSION_BUS_ADDRESS` and, when it is unset, tries
/// `$XDG_RUNTIME_DIR/bus`. A `unix:path=` socket must exist; other
/// transports (abstract sockets, TCP) cannot be checked cheaply and count
/// as reachable.
fn session_bus(var: impl Fn(&str) -> Option<OsString>, exists: impl Fn(&Path) -> bool) -> bool {
    match var("DBUS_SESSION_BUS_ADDRESS") {
        Some(address) if !address.is_empty() => {
            let address = address.to_string_lossy();
            // Several addresses may be listed, separated by `;`.
            address.split(';').any(|one| {
                let socket = one
                    .strip_prefix("unix:")
                    .and_then(|rest| rest.split(',').find_map(|key| key.strip_prefix("path=")));
                socket.is_none_or(|socket| exists(Path::new(socket)))
            })
        }
        _ => var("XDG_RUNTIME_DIR").is_some_and(|dir| exists(&Path::new(&dir).join("bus"))),
    }
}

/// Whether the bus can start the portal: its service file in one of the
/// XDG data folders, or a Flatpak sandbox (where the portal always is).
fn portal_installed(
    var: impl Fn(&str) -> Option<OsString>,
    exists: impl Fn(&Path) -> bool,
) -> bool {
    const SERVICE: &str = "dbus-1/services/org.freedesktop.portal.Desktop.service";
    let data_dirs = var("XDG_DATA_DIRS")
        .filter(|dirs| !dirs.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    let data_home = var("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|home| Path::new(&home).join(".local/share")));
    exists(Path::new("/.flatpak-info"))
        || std::env::split_paths(&data_dirs)
            .chain(data_home)
            .any(|dir| exists(&dir.join(SERVICE)))
}

/// Set once a system dialog turned out not to show: every later dialog of
/// this run goes straight to the built-in browser.
static SYSTEM_DIALOG_UNAVAILABLE: AtomicBool = AtomicBool::new(false);

/// The native dialogs, through `rfd`.
#[derive(Clone, Copy, Debug, Default)]
pub struct RfdDialogs;

impl RfdDialogs {
    fn dialog(title: &str, filters: &[FileFilter]) -> rfd::FileDialog {
        filters
            .iter()
            .fold(rfd::FileDialog::new().set_title(title), |dialog, filter| {
                dialog.add_filter(filter.name, filter.extensions)
            })
    }

    /// Shows a dialog with `show`, unless this session already knows that
    /// none can be shown; an empty answer too fast for a person means none
    /// could, and is remembered.
    fn ask(show: impl FnOnce() -> Option<PathBuf>) -> DialogAnswer {
        if SYSTEM_DIALOG_UNAVAILABLE.load(Ordering::Relaxed) || !Desktop::probe().can_show() {
            SYSTEM_DIALOG_UNAVAILABLE.store(true, Ordering::Relaxed);
            return DialogAnswer::Unavailable;
        }
        let started = Instant::now();
        let answer = answer_from(show(), started.elapsed());
        if answer == DialogAnswer::Unavailable {
            SYSTEM_DIALOG_UNAVAILABLE.store(true, Ordering::Relaxed);
        }
        answer
    }
}

impl FileDialogs for RfdDialogs {
    fn save_file(&self, title: &str, default_name: &str, filters: &[FileFilter]) -> DialogAnswer {
        Self::ask(|| {
            Self::dialog(title, filters)
                .set_file_name(default_name)
                .save_file()
        })
    }

    fn open_file(&self, title: &str, filters: &[FileFilter]) -> DialogAnswer {
        Self::ask(|| Self::dialog(title, filters).pick_file())
    }
}

/// A stand-in for tests: answers every save with `save_to` and every open
/// with `open` (`None`: cancelled), or every dialog with
/// [`DialogAnswer::Unavailable`] when `unavailable`; keeps the titles and
/// default names it was asked with.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// The answer to every save dialog; `None` cancels.
    pub save_to: Option<PathBuf>,
    /// The answer to every open dialog; `None` cancels.
    pub open: Option<PathBuf>,
    /// Answer every dialog with [`DialogAnswer::Unavailable`].
    pub unavailable: bool,
    /// The titles (and a save's default name) of every dialog asked, in order.
    pub asked: RefCell<Vec<String>>,
}

impl ScriptedDialogs {
    /// Dialogs that can never be shown, as on a desktop without a portal.
    pub fn unavailable() -> Self {
        Self {
            unavailable: true,
            ..Self::default()
        }
    }

    fn answer(&self, path: Option<&PathBuf>) -> DialogAnswer {
        match path {
            _ if self.unavailable => DialogAnswer::Unavailable,
            Some(path) => DialogAnswer::Chosen(path.clone()),
            None => DialogAnswer::Cancelled,
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn save_file(&self, title: &str, default_name: &str, _filters: &[FileFilter]) -> DialogAnswer {
        self.asked
            .borrow_mut()
            .push(format!("{title}: {default_name}"));
        self.answer(self.save_to.as_ref())
    }

    fn open_file(&self, title: &str, _filters: &[FileFilter]) -> DialogAnswer {
        self.asked.borrow_mut().push(title.to_owned());
        self.answer(self.open.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The desktop of an environment with these variables and files.
    fn desktop(vars: &[(&str, &str)], files: &[&str]) -> Desktop {
        Desktop::from_env(
            true,
            |name| {
                vars.iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| OsString::from(value))
            },
            |path| files.iter().any(|file| Path::new(file) == path),
        )
    }

    const SERVICE: &str = "/usr/share/dbus-1/services/org.freedesktop.portal.Desktop.service";

    #[test]
    fn without_a_bus_or_zenity_no_dialog_can_be_shown() {
        // This machine's situation: no session bus, no zenity.
        let bare = desktop(&[("PATH", "/usr/bin:/bin")], &[SERVICE]);
        assert!(!bare.session_bus && bare.portal && !bare.zenity);
        assert!(!bare.can_show());
        // A bus without the portal service is no better.
        let no_portal = desktop(
            &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")],
            &["/run/user/1000/bus"],
        );
        assert!(no_portal.session_bus && !no_portal.portal);
        assert!(!no_portal.can_show());
    }

    #[test]
    fn a_portal_on_the_bus_or_zenity_shows_a_dialog() {
        let portal = desktop(
            &[(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/run/user/1000/bus,guid=ab",
            )],
            &["/run/user/1000/bus", SERVICE],
        );
        assert!(portal.can_show());
        // libdbus's fallback when the address is unset.
        let runtime_dir = desktop(
            &[("XDG_RUNTIME_DIR", "/run/user/7")],
            &["/run/user/7/bus", SERVICE],
        );
        assert!(runtime_dir.can_show());
        let zenity = desktop(&[("PATH", "/opt/x:/usr/bin")], &["/usr/bin/zenity"]);
        assert!(zenity.zenity && zenity.can_show());
        // Windows and macOS need neither.
        let other = Desktop::from_env(false, |_| None, |_| false);
        assert!(other.can_show());
    }

    #[test]
    fn a_bus_address_whose_socket_is_gone_is_no_bus() {
        let stale = desktop(
            &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/tmp/gone")],
            &[SERVICE],
        );
        assert!(!stale.session_bus);
        let abstract_socket = desktop(
            &[("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=/tmp/dbus-x")],
            &[SERVICE],
        );
        assert!(
            abstract_socket.can_show(),
            "cannot be checked: assumed there"
        );
        let in_home = desktop(
            &[
                ("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=/tmp/dbus-x"),
                ("XDG_DATA_DIRS", "/nix/share"),
                ("HOME", "/home/a"),
            ],
            &["/home/a/.local/share/dbus-1/services/org.freedesktop.portal.Desktop.service"],
        );
        assert!(in_home.portal);
    }

    #[test]
    fn an_empty_answer_faster_than_a_person_is_no_dialog() {
        let path = PathBuf::from("/data/verhalen.csv");
        assert_eq!(
            answer_from(Some(path.clone()), Duration::from_millis(3)),
            DialogAnswer::Chosen(path)
        );
        assert_eq!(
            answer_from(None, Duration::from_millis(20)),
            DialogAnswer::Unavailable
        );
        assert_eq!(answer_from(None, FASTEST_CANCEL), DialogAnswer::Cancelled);
        assert_eq!(
            answer_from(None, Duration::from_secs(4)),
            DialogAnswer::Cancelled
        );
    }

    #[test]
    fn scripted_dialogs_answer_as_told() {
        let chosen = PathBuf::from("a.csv");
        let open = ScriptedDialogs {
            open: Some(chosen.clone()),
            ..ScriptedDialogs::default()
        };
        assert_eq!(open.open_file("Open", &[]), DialogAnswer::Chosen(chosen));
        assert_eq!(open.save_file("Save", "x", &[]), DialogAnswer::Cancelled);
        let none = ScriptedDialogs::unavailable();
        assert_eq!(none.open_file("Open", &[]), DialogAnswer::Unavailable);
        assert_eq!(open.asked.borrow().as_slice(), ["Open", "Save: x"]);
    }
}
