#!/usr/bin/env bash
# Build a Debian package of Storylens from an already built binary, with
# nothing but dpkg-deb (no cargo-deb, no cargo-packager).
#
#   packaging/build-deb.sh BINARY OUTDIR
#
#   BINARY  the storylens executable, e.g. target/release/storylens
#   OUTDIR  where storylens_<version>_<arch>.deb is written (created if missing)
#
# The version comes from the [package] table of Cargo.toml at the repository
# root, the architecture from `dpkg --print-architecture`. The last line
# printed is the path of the .deb, so a caller can do
#   deb=$(packaging/build-deb.sh target/release/storylens dist | tail -n 1)
#
# Environment:
#   STORYLENS_DEB_STRIP=0   keep symbols (default: strip a copy of BINARY)
#   SOURCE_DATE_EPOCH       if set, every file in the package gets this mtime
#
# Needs: bash, coreutils, sed, dpkg-deb (package dpkg), objdump (binutils) and
# ldd (libc-bin) to list the shared libraries BINARY links, strip (binutils)
# unless STORYLENS_DEB_STRIP=0. Runs as root or not; no network.
set -euo pipefail

die() { echo "build-deb: error: $*" >&2; exit 1; }

[ $# -eq 2 ] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
binary=$1
outdir=$2

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
cargo_toml="$repo/Cargo.toml"
icons="$repo/assets/icon"

[ -f "$binary" ] || die "binary '$binary' does not exist"
[ -x "$binary" ] || die "binary '$binary' is not executable"
[ -f "$cargo_toml" ] || die "cannot find $cargo_toml"
for tool in dpkg dpkg-deb objdump ldd; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (install dpkg, binutils, libc-bin)"
done

# --- version and architecture ---------------------------------------------------
# The first `version = "..."` inside [package]; stops at the next table.
version=$(sed -n '/^\[package\]/,/^\[/{s/^version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p}' "$cargo_toml" | head -n 1)
[ -n "$version" ] || die "no version in the [package] table of $cargo_toml"
# Cargo pre-releases (1.0.0-beta.1) must sort before the release in Debian: 1.0.0~beta.1
deb_version=${version/-/\~}
arch=$(dpkg --print-architecture)

# --- dependencies ---------------------------------------------------------------
# eframe (glow backend, winit with x11 + wayland) opens GL, EGL, X11, xkbcommon
# and Wayland with dlopen, so they never show up as NEEDED: list them by hand.
# X11 is required (XWayland is present on every Wayland desktop), native
# Wayland is recommended. The file dialogs (rfd) talk to xdg-desktop-portal
# over D-Bus and fall back to zenity.
depends=(libgl1 libegl1 libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0)
recommends=("libwayland-client0" "libwayland-cursor0" "libwayland-egl1" "xdg-desktop-portal-gtk | xdg-desktop-portal-backend")
suggests=(zenity)

# Libraries BINARY links directly (NEEDED) -> the packages that ship them.
pkg_of_path() {
  local p=$1 real cand
  real=$(readlink -f "$p")
  for cand in "$p" "$real" "${p#/usr}" "/usr$p" "${real#/usr}" "/usr$real"; do
    dpkg -S "$cand" 2>/dev/null | head -n 1 | cut -d: -f1 && return 0
  done
  return 1
}
linked=()
if [ "$(head -c 4 "$binary" | od -An -c | tr -d ' ')" != '177ELF' ]; then
  echo "build-deb: warning: '$binary' is not an ELF executable; no linked libraries added to Depends" >&2
else
while read -r lib; do
  path=$(ldd "$binary" 2>/dev/null | awk -v l="$lib" '$1 == l && $3 ~ /^\// { print $3; exit }')
  if [ -z "$path" ]; then
    # the dynamic loader itself is listed without "=>"
    path=$(ldd "$binary" 2>/dev/null | awk -v l="$lib" 'index($1, l) && $1 ~ /^\// { print $1; exit }')
  fi
  [ -n "$path" ] || die "BINARY needs $lib but ldd cannot find it on this machine"
  pkg=$(pkg_of_path "$path") || die "no installed package ships $path (needed for $lib)"
  linked+=("$pkg")
done < <(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }')
fi
# Add a lower bound for libc6 (the glibc we built against).
libc_version=$(dpkg-query -W -f='${Version}' libc6 2>/dev/null | sed 's/-.*//')
all_depends=()
for pkg in $(printf '%s\n' "${linked[@]}" "${depends[@]}" | sort -u); do
  if [ "$pkg" = libc6 ] && [ -n "$libc_version" ]; then
    all_depends+=("libc6 (>= $libc_version)")
  else
    all_depends+=("$pkg")
  fi
done
join() { local sep=$1; shift; local out=$1; shift; for x in "$@"; do out+="$sep$x"; done; printf '%s' "$out"; }

# --- file tree --------------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/storylens_${deb_version}_${arch}"
install -d -m 0755 "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/mime/packages" "$root/usr/share/doc/storylens" \
  "$root/usr/share/icons/hicolor/scalable/apps"

install -m 0755 "$binary" "$root/usr/bin/storylens"
if [ "${STORYLENS_DEB_STRIP:-1}" != 0 ] && command -v strip >/dev/null 2>&1; then
  strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/storylens"
fi
install -m 0644 "$here/linux/storylens.desktop" "$root/usr/share/applications/storylens.desktop"
install -m 0644 "$here/linux/storylens-mime.xml" "$root/usr/share/mime/packages/storylens.xml"
install -m 0644 "$here/linux/copyright" "$root/usr/share/doc/storylens/copyright"
for n in 16 32 48 64 128 256 512; do
  src="$icons/png/storylens-$n.png"
  [ -f "$src" ] || die "missing icon $src (run packaging/make-icons.sh)"
  install -d -m 0755 "$root/usr/share/icons/hicolor/${n}x${n}/apps"
  install -m 0644 "$src" "$root/usr/share/icons/hicolor/${n}x${n}/apps/storylens.png"
done
install -m 0644 "$icons/storylens.svg" "$root/usr/share/icons/hicolor/scalable/apps/storylens.svg"

# --- maintainer scripts -------------------------------------------------------------
# Debian's desktop-file-utils, shared-mime-info and hicolor icon cache also run
# through dpkg triggers; these scripts make the association work at once on
# systems where a trigger is missing, and do nothing where the tool is absent.
refresh='set -e
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database /usr/share/mime || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
  gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi'
cat > "$root/DEBIAN/postinst" <<SH
#!/bin/sh
$refresh
exit 0
SH
cat > "$root/DEBIAN/postrm" <<SH
#!/bin/sh
case "\$1" in
  remove|purge)
$refresh
    ;;
esac
exit 0
SH
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"

installed_size=$(du -s -k --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: storylens
Version: $deb_version
Architecture: $arch
Maintainer: The Storylens developers
Installed-Size: $installed_size
Depends: $(join ', ' "${all_depends[@]}")
Recommends: $(join ', ' "${recommends[@]}")
Suggests: $(join ', ' "${suggests[@]}")
Section: science
Priority: optional
Description: analyse self-signified narrative surveys
 Storylens is a free, offline desktop application for analysing
 self-signified narrative surveys (SenseMaker, Spryng.io, Sprockler,
 NarraFirma or home-made forms): import an export of short stories with
 triads, sliders and choices, compare a selection with the whole set, read
 the stories behind a pattern, and present the findings.
CONTROL

# Reproducible timestamps when the caller sets SOURCE_DATE_EPOCH (as CI may).
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
fi

(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$outdir"
deb="$(cd "$outdir" && pwd)/storylens_${deb_version}_${arch}.deb"
dpkg-deb --build --root-owner-group "$root" "$deb" >/dev/null
echo "build-deb: built storylens $deb_version for $arch" >&2
echo "$deb"
