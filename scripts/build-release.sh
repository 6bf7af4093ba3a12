#!/bin/sh
# Builds the single-file release: dist/qiyue and dist/qiyue-VERSION-linux-ARCH.tar.gz.
#
# dist/qiyue is linked with --static-swift-stdlib and carries every resource (rule pack,
# project schema, catalogue, glossary, standard templates) inside itself, so it runs on a
# machine with no Swift toolchain and no build folder: copy the one file and it works.
# The archive adds the README and the templates as editable examples (Templates/), and the
# example projects and drafts to try the commands on. The archive is reproducible: sorted
# names, fixed times and owners, gzip without a timestamp.
#
# Usage: scripts/build-release.sh [--no-build]
#   --no-build  package the binary of an earlier static build as it is.
# The finished binary is checked with scripts/check-single-binary.sh before it is packaged.
set -eu
cd "$(dirname "$0")/.."

flags="-c release --static-swift-stdlib"
if [ "${1:-}" != "--no-build" ]; then
    # shellcheck disable=SC2086
    swift build $flags --product qiyue
fi
# shellcheck disable=SC2086
bin="$(swift build $flags --show-bin-path)"
[ -x "$bin/qiyue" ] || { echo "build-release: no $bin/qiyue; run without --no-build" >&2; exit 2; }

mkdir -p dist
# Exclusive temporary names, renamed into place only when complete.
staging="$(mktemp -d dist/.staging.XXXXXX)"
trap 'rm -rf "$staging"' EXIT
cp "$bin/qiyue" "$staging/qiyue"
strip "$staging/qiyue"
version="$("$staging/qiyue" --version | sed 's/^qiyue //')"
arch="$(uname -m)"

scripts/check-single-binary.sh "$staging/qiyue"

name="qiyue-$version-linux-$arch"
root="$staging/$name"
mkdir -p "$root/Examples"
cp "$staging/qiyue" README.md "$root/"
cp -R Templates "$root/Templates"
cp -R Examples/projects Examples/drafts "$root/Examples/"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$staging" -cf - "$name" | gzip -n -9 > "$staging/$name.tar.gz"

mv -f "$staging/qiyue" dist/qiyue
mv -f "$staging/$name.tar.gz" "dist/$name.tar.gz"
ls -l dist/qiyue "dist/$name.tar.gz"
