#!/usr/bin/env bash
# Regenerate every Storylens icon file from the SVG sources.
#
#   packaging/make-icons.sh            # writes into assets/icon/
#
# Sources (edit these, never the generated files):
#   assets/icon/storylens.svg        the icon, drawn on a 1024 px canvas; used for 48 px and up
#   assets/icon/storylens-small.svg  the same drawing hinted for 16 and 32 px
#                                    (thicker lines, no dots, edges on whole pixels)
#
# Generated (committed, so that packaging needs none of these tools):
#   assets/icon/png/storylens-<N>.png  N = 16 32 48 64 128 256 512 1024
#   assets/icon/storylens.ico          Windows, 16..256 px in one file
#   assets/icon/storylens.icns         macOS, 16..1024 px in one file
#
# Needs (Debian/Ubuntu packages; this script installs nothing):
#   librsvg2-bin  rsvg-convert   SVG -> PNG
#   imagemagick   convert        PNGs -> .ico
#   icnsutils     png2icns       PNGs -> .icns
#   optipng       (optional)     smaller PNGs
# e.g.  sudo apt-get install librsvg2-bin imagemagick icnsutils optipng
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icon_dir=${1:-"$here/../assets/icon"}
icon_dir=$(cd "$icon_dir" && pwd)
big_svg="$icon_dir/storylens.svg"
small_svg="$icon_dir/storylens-small.svg"
png_dir="$icon_dir/png"

die() { echo "make-icons: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found; install the Debian package '$2'"; }
need rsvg-convert librsvg2-bin
need png2icns icnsutils
# ImageMagick 7 calls it magick; some machines put a stand-in 'convert' first in PATH,
# so prefer the real binaries.
if command -v magick >/dev/null 2>&1; then im=(magick)
elif [ -x /usr/bin/convert ]; then im=(/usr/bin/convert)
else need convert imagemagick; im=(convert)
fi
[ -f "$big_svg" ] || die "missing $big_svg"
[ -f "$small_svg" ] || die "missing $small_svg"

mkdir -p "$png_dir"
sizes=(16 32 48 64 128 256 512 1024)
for n in "${sizes[@]}"; do
  src=$big_svg
  [ "$n" -le 32 ] && src=$small_svg
  out="$png_dir/storylens-$n.png"
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$src" --output "$out"
  if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o2 -strip all "$out"
  fi
  echo "  $out"
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for.
ico_sizes=(16 32 48 64 128 256)
ico_inputs=()
for n in "${ico_sizes[@]}"; do ico_inputs+=("$png_dir/storylens-$n.png"); done
"${im[@]}" "${ico_inputs[@]}" "$icon_dir/storylens.ico"
echo "  $icon_dir/storylens.ico"

# macOS: png2icns picks the icon type from each PNG's size.
rm -f "$icon_dir/storylens.icns"
png2icns "$icon_dir/storylens.icns" \
  "$png_dir/storylens-16.png" "$png_dir/storylens-32.png" "$png_dir/storylens-48.png" \
  "$png_dir/storylens-128.png" "$png_dir/storylens-256.png" "$png_dir/storylens-512.png" \
  "$png_dir/storylens-1024.png" >/dev/null
echo "  $icon_dir/storylens.icns"

du -ch "$png_dir"/*.png "$icon_dir/storylens.ico" "$icon_dir/storylens.icns" | tail -n 1 | sed 's/^/make-icons: /'
