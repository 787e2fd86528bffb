#!/usr/bin/env bash
# Offline checks of the installer configuration, for CI on Linux (the
# installers themselves need cargo-packager and, for Windows and macOS, those
# systems). Checks that:
#   - Packager.toml parses, uses only keys cargo-packager knows, and its
#     version equals the one in ../Cargo.toml;
#   - every file it (and build-deb.sh) refers to exists;
#   - the desktop entry validates (desktop-file-validate, when installed),
#     the MIME, WiX and plist files are well-formed.
#
#   packaging/check-packager.sh
#
# Needs python3 (3.11+, for tomllib). Installs nothing; no network.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

python3 - <<'PY'
import plistlib, re, sys, tomllib, xml.dom.minidom
from pathlib import Path

errors = []
cfg = tomllib.loads(Path("Packager.toml").read_text(encoding="utf-8"))

# Keys as cargo-packager's Config (serde camelCase, deny_unknown_fields) names them.
known = {
    "": {"$schema", "name", "enabled", "productName", "version", "binaries", "identifier",
         "beforePackagingCommand", "beforeEachPackageCommand", "logLevel", "formats", "outDir",
         "binariesDir", "targetTriple", "description", "longDescription", "homepage", "authors",
         "publisher", "licenseFile", "copyright", "category", "icons", "fileAssociations",
         "deepLinkProtocols", "resources", "externalBinaries", "windows", "macos", "deb",
         "appimage", "pacman", "wix", "nsis", "dmg"},
    "fileAssociations": {"extensions", "mimeType", "description", "name", "role"},
    "binaries": {"path", "main"},
    "deb": {"depends", "desktopTemplate", "section", "priority", "files"},
    "appimage": {"libs", "bins", "files", "linuxdeployPlugins", "excludedLibs"},
    "macos": {"frameworks", "minimumSystemVersion", "exceptionDomain", "signingIdentity",
              "providerShortName", "entitlements", "infoPlistPath"},
    "dmg": {"background", "windowPosition", "windowSize", "appPosition", "appFolderPosition"},
    "wix": {"languages", "template", "mergeModules", "fragmentPaths", "fragments",
            "componentGroupRefs", "componentRefs", "customActionRefs", "featureGroupRefs",
            "featureRefs", "mergeRefs", "bannerPath", "dialogImagePath", "fipsCompliant"},
    "nsis": {"compression", "template", "preinstallSection", "headerImage", "sidebarImage",
             "installerIcon", "installMode", "languages", "customLanguageFiles",
             "displayLanguageSelector", "appdataPaths"},
}
def check_keys(table, where):
    allowed = known[where]
    for k in table:
        if k not in allowed:
            errors.append(f"Packager.toml: unknown key '{k}' in {where or 'top level'}")
check_keys(cfg, "")
for where in ("deb", "appimage", "macos", "dmg", "wix", "nsis"):
    check_keys(cfg.get(where, {}), where)
for fa in cfg.get("fileAssociations", []):
    check_keys(fa, "fileAssociations")
for b in cfg.get("binaries", []):
    check_keys(b, "binaries")
if cfg.get("nsis", {}).get("installMode") not in (None, "currentUser", "perMachine", "both"):
    errors.append("Packager.toml: nsis.installMode must be currentUser, perMachine or both")
if not re.fullmatch(r"[A-Za-z0-9.-]+", cfg.get("identifier", "")):
    errors.append("Packager.toml: identifier must be letters, digits, '-' and '.'")

# Version must match Cargo.toml's [package] version.
cargo = tomllib.loads(Path("../Cargo.toml").read_text(encoding="utf-8"))
cargo_version = cargo["package"]["version"]
if cfg.get("version") != cargo_version:
    errors.append(f"Packager.toml: version {cfg.get('version')!r} differs from Cargo.toml's "
                  f"{cargo_version!r}; update packaging/Packager.toml")

# Every referenced file exists (paths are relative to packaging/).
paths = list(cfg.get("icons", []))
paths += [cfg["deb"]["desktopTemplate"]] if "desktopTemplate" in cfg.get("deb", {}) else []
paths += list(cfg.get("deb", {}).get("files", {}))
paths += list(cfg.get("appimage", {}).get("files", {}))
paths += [cfg.get("macos", {}).get("infoPlistPath")] if cfg.get("macos", {}).get("infoPlistPath") else []
paths += cfg.get("wix", {}).get("fragmentPaths", [])
paths += [cfg["nsis"]["installerIcon"]] if "installerIcon" in cfg.get("nsis", {}) else []
paths += ["linux/storylens.desktop", "linux/storylens-mime.xml", "linux/copyright",
          "../assets/icon/storylens.svg", "../assets/icon/storylens-small.svg"]
paths += [f"../assets/icon/png/storylens-{n}.png" for n in (16, 32, 48, 64, 128, 256, 512, 1024)]
for p in paths:
    if not Path(p).is_file():
        errors.append(f"missing file packaging/{p}")

# Well-formed XML and plist; the fragment's ComponentGroup is the one referenced.
for p in ["linux/storylens-mime.xml", "windows/open-with.wxs", "../assets/icon/storylens.svg",
          "../assets/icon/storylens-small.svg"]:
    try:
        xml.dom.minidom.parse(p)
    except Exception as e:
        errors.append(f"{p}: not well-formed XML: {e}")
wxs = Path("windows/open-with.wxs").read_text(encoding="utf-8")
for ref in cfg.get("wix", {}).get("componentGroupRefs", []):
    if f'ComponentGroup Id="{ref}"' not in wxs:
        errors.append(f"windows/open-with.wxs has no ComponentGroup {ref}")
try:
    plist = plistlib.loads(Path("macos/Info.plist").read_bytes())
    exts = [e for t in plist["CFBundleDocumentTypes"] for e in t.get("CFBundleTypeExtensions", [])]
    if "storylens" not in exts:
        errors.append("macos/Info.plist: no document type for .storylens")
except Exception as e:
    errors.append(f"macos/Info.plist: {e}")
mime = Path("linux/storylens-mime.xml").read_text(encoding="utf-8")
if 'type="application/x-storylens"' not in mime or 'pattern="*.storylens"' not in mime:
    errors.append("linux/storylens-mime.xml must define application/x-storylens with *.storylens")

if errors:
    print("\n".join("check-packager: " + e for e in errors), file=sys.stderr)
    sys.exit(1)
print(f"check-packager: Packager.toml ok (version {cargo_version}, {len(paths)} files present)")
PY

if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate linux/storylens.desktop
  echo "check-packager: linux/storylens.desktop validates"
else
  echo "check-packager: desktop-file-validate not installed (package desktop-file-utils); skipped"
fi
