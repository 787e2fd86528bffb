#!/usr/bin/env bash
# Install a Storylens .deb on this machine, check it works, and remove it again.
#
#   packaging/test-deb.sh DEB
#
# Steps (each one fails the script with a message saying which):
#   1. dpkg -i DEB; missing dependencies are installed with apt-get install -f
#   2. the files are in place: /usr/bin/storylens, the .desktop entry
#      (checked with desktop-file-validate when present), the MIME type,
#      the icons, the copyright file
#   3. storylens --version exits 0 and prints the package's version
#   4. storylens inspect --demo --json exits 0 and prints a JSON object with
#      a "stories" key (checked with python3)
#   5. dpkg -r storylens removes the files and the MIME type (then --purge)
# If a step fails after installing, the package is removed before exiting.
#
# Runs as root (CI does). Network only for apt-get, when dependencies are missing.
# Any storylens package already installed is replaced and then removed.
set -euo pipefail

step="starting"
passed=0
fail() {
  echo "test-deb: FAILED at step '$step': $*" >&2
  echo "test-deb: $passed passed, 1 failed"
  exit 1
}
ok() { passed=$((passed + 1)); echo "test-deb: ok - $*"; }

[ $# -eq 1 ] || { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
deb=$1
[ -f "$deb" ] || fail "'$deb' does not exist"
[ "$(id -u)" -eq 0 ] || fail "must run as root (dpkg -i)"
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to check the JSON output"

pkg=$(dpkg-deb -f "$deb" Package)
want_version=$(dpkg-deb -f "$deb" Version)
[ "$pkg" = storylens ] || fail "'$deb' is package '$pkg', not storylens"
upstream_version=${want_version%%-*}
upstream_version=${upstream_version//\~/-}

installed=0
cleanup() {
  local rc=$?
  if [ "$installed" = 1 ]; then
    echo "test-deb: removing storylens after a failure" >&2
    dpkg --purge storylens >/dev/null 2>&1 || echo "test-deb: warning: dpkg --purge storylens failed too" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT

# --- 1. install ------------------------------------------------------------------
step="install"
export DEBIAN_FRONTEND=noninteractive
installed=1
if ! dpkg -i "$deb"; then
  echo "test-deb: dpkg -i left dependencies unmet; installing them with apt-get" >&2
  if ! apt-get install -f -y -q; then
    apt-get update -q || fail "apt-get update failed"
    apt-get install -f -y -q || fail "apt-get install -f could not install the dependencies"
  fi
fi
status=$(dpkg-query -W -f='${db:Status-Abbrev}' storylens 2>/dev/null || true)
[ "${status:0:2}" = "ii" ] || fail "storylens is not installed after dpkg -i (status '$status')"
got_version=$(dpkg-query -W -f='${Version}' storylens)
[ "$got_version" = "$want_version" ] || fail "installed version $got_version, expected $want_version"
ok "installed storylens $got_version"

# --- 2. files ----------------------------------------------------------------------
step="files"
[ -x /usr/bin/storylens ] || fail "/usr/bin/storylens missing or not executable"
for f in /usr/share/applications/storylens.desktop \
         /usr/share/mime/packages/storylens.xml \
         /usr/share/doc/storylens/copyright \
         /usr/share/icons/hicolor/scalable/apps/storylens.svg; do
  [ -s "$f" ] || fail "$f missing or empty"
done
for n in 16 32 48 64 128 256 512; do
  [ -s "/usr/share/icons/hicolor/${n}x${n}/apps/storylens.png" ] || fail "icon ${n}x${n} missing"
done
grep -q '^MimeType=.*application/x-storylens;' /usr/share/applications/storylens.desktop \
  || fail "the .desktop entry does not declare application/x-storylens"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate /usr/share/applications/storylens.desktop || fail "desktop-file-validate rejected the .desktop entry"
fi
if command -v update-mime-database >/dev/null 2>&1; then
  grep -q 'application/x-storylens:\*\.storylens' /usr/share/mime/globs2 \
    || fail "*.storylens is not in the compiled MIME database (postinst did not run update-mime-database?)"
fi
ok "files in place"

# --- 3. --version ------------------------------------------------------------------
step="storylens --version"
out=$(/usr/bin/storylens --version 2>&1) || fail "exited with status $?: $out"
[ -n "$out" ] || fail "printed nothing"
case "$out" in
  *"$upstream_version"*) ;;
  *) fail "printed '$out', which does not contain the version $upstream_version" ;;
esac
ok "storylens --version: $out"

# --- 4. inspect --demo --json ------------------------------------------------------
step="storylens inspect --demo --json"
json=$(mktemp)
if ! /usr/bin/storylens inspect --demo --json >"$json" 2>"$json.err"; then
  fail "exited non-zero: $(head -c 500 "$json.err")"
fi
python3 - "$json" <<'PY' || fail "the output is not a JSON object with a \"stories\" key (see above)"
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
except ValueError as e:
    sys.exit(f"not JSON: {e}")
if not isinstance(data, dict):
    sys.exit(f"top level is {type(data).__name__}, not an object")
if "stories" not in data:
    sys.exit(f"no \"stories\" key; keys are {sorted(data)}")
print(f"test-deb: inspect --json has stories = {str(data['stories'])[:60]}")
PY
rm -f "$json" "$json.err"
ok "storylens inspect --demo --json"

# --- 5. remove ---------------------------------------------------------------------
step="remove"
dpkg -r storylens || fail "dpkg -r storylens failed"
installed=0
# -r keeps the package known as "config-files" because it has a postrm; purge
# that record too so the machine is as before.
dpkg --purge storylens >/dev/null || fail "dpkg --purge storylens failed"
[ ! -e /usr/bin/storylens ] || fail "/usr/bin/storylens still there after dpkg -r"
[ ! -e /usr/share/applications/storylens.desktop ] || fail "the .desktop entry is still there after dpkg -r"
if command -v update-mime-database >/dev/null 2>&1 && grep -q 'application/x-storylens' /usr/share/mime/globs2; then
  fail "application/x-storylens still in the MIME database after dpkg -r (postrm)"
fi
ok "removed"

echo "test-deb: all checks passed for $(basename "$deb")"
echo "test-deb: $passed passed, 0 failed"
