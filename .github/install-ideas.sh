#!/usr/bin/env bash
# Installs the `ideas` binary from a GitHub release, checking its SHA-256, in seconds; falls
# back to building it with `cargo install --locked` (minutes) when no release archive can be
# downloaded for this machine: from the checkout this script sits in when no --version was
# given (the Action's or the hook's own source), else `mentorship-ideas --version X` from
# crates.io; with IDEAS_GIT, always `cargo install --git $IDEAS_GIT mentorship-ideas`. The GitHub Action (action.yml) and the pre-commit hook
# (.pre-commit-hooks.yaml) both install through this script; tests/action_install.rs runs it
# against a fake release served on 127.0.0.1.
#
# Usage: install-ideas.sh [--version X.Y.Z] [--dir BIN_DIR]
#
#   --version  the release to install (default: the version in the Cargo.toml beside this
#              script's folder, i.e. the version of the Action or hook checkout)
#   --dir      where to put `ideas` (default: $HOME/.local/bin); created if missing
#
# Environment:
#   IDEAS_RELEASE_BASE  where releases live (default
#                       https://github.com/mentorship-ideas/ideas/releases/download); the archive
#                       is $IDEAS_RELEASE_BASE/v$VERSION/mentorship-ideas-$TARGET.tar.xz (Windows:
#                       .zip), its checksum the same URL plus .sha256 (.github/workflows/release.yml)
#   IDEAS_TARGET        the target triple to download (default: from uname)
#   IDEAS_GIT           build from this git repository instead of downloading a release
#   IDEAS_FALLBACK      `cargo` (default) or `none`: what to do when no archive downloads
#
# Exit status: 0 installed (or already there), 1 download, checksum or install failed. A
# checksum that does not match is never a reason to fall back: nothing is installed.
set -euo pipefail

say() { printf 'install-ideas: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${IDEAS_VERSION:-}"
dir="${HOME:-.}/.local/bin"
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="${2:?--version needs a value}"; shift 2 ;;
    --dir) dir="${2:?--dir needs a value}"; shift 2 ;;
    *) die "unknown argument '$1' (usage: install-ideas.sh [--version X.Y.Z] [--dir BIN_DIR])" ;;
  esac
done
version="${version#v}"
checkout=""
if [ -z "$version" ]; then
  checkout="$here/.."
  manifest="$here/../Cargo.toml"
  [ -f "$manifest" ] || die "no --version given and no Cargo.toml at $manifest"
  version="$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$manifest" | head -n 1)"
  [ -n "$version" ] || die "$manifest: no version line"
fi
base="${IDEAS_RELEASE_BASE:-https://github.com/mentorship-ideas/ideas/releases/download}"
base="${base%/}"

# The release workflow's targets (.github/workflows/release.yml, dist-workspace.toml).
target="${IDEAS_TARGET:-}"
if [ -z "$target" ]; then
  os="$(uname -s)" arch="$(uname -m)"
  case "$arch" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
  esac
  case "$os" in
    Linux) target="$arch-unknown-linux-gnu" ;;
    Darwin) target="$arch-apple-darwin" ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) target="x86_64-pc-windows-msvc" ;;
    *) target="$arch-$os" ;;
  esac
fi
exe=ideas
suffix=.tar.xz
case "$target" in *windows*) exe=ideas.exe suffix=.zip ;; esac

mkdir -p "$dir"
if [ -x "$dir/$exe" ] && [ "$("$dir/$exe" --version 2>/dev/null)" = "ideas $version" ]; then
  say "ideas $version already in $dir"
  exit 0
fi

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi |
    cut -d ' ' -f 1
}

fetch() { # URL FILE
  if command -v curl >/dev/null 2>&1; then
    curl --fail --silent --show-error --location --retry 2 --connect-timeout 10 -o "$2" "$1"
  else
    wget --quiet -O "$2" "$1"
  fi
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
name="mentorship-ideas-$target"
url="$base/v$version/$name$suffix"

# Installs $1 (a built binary) into $dir through a temporary name of this process, so a failed
# copy leaves no half-written `ideas` behind and installs running side by side (pre-commit
# runs a hook on several batches of files at once) each move a whole file into place.
place() {
  part="$dir/.$exe.$$.part"
  cp "$1" "$part"
  chmod +x "$part"
  mv -f "$part" "$dir/$exe"
}

if [ -z "${IDEAS_GIT:-}" ] && fetch "$url" "$tmp/archive$suffix" &&
  fetch "$url.sha256" "$tmp/archive.sha256"; then
  want="$(cut -d ' ' -f 1 < "$tmp/archive.sha256" | tr -d '*\r\n' | tr 'A-F' 'a-f')"
  got="$(sha256 "$tmp/archive$suffix")"
  [ "$want" = "$got" ] || die "checksum mismatch for $url: expected $want, got $got; nothing installed"
  case "$suffix" in
    .zip) unzip -q "$tmp/archive$suffix" -d "$tmp/x" ;;
    *) mkdir "$tmp/x" && tar -xJf "$tmp/archive$suffix" -C "$tmp/x" ;;
  esac
  [ -f "$tmp/x/$name/$exe" ] || die "$url holds no $name/$exe; nothing installed"
  place "$tmp/x/$name/$exe"
  say "installed ideas $version ($target) from $url into $dir"
else
  [ -n "${IDEAS_GIT:-}" ] || say "no release archive at $url"
  [ "${IDEAS_FALLBACK:-cargo}" = cargo ] || die "IDEAS_FALLBACK=${IDEAS_FALLBACK}: not compiling; nothing installed"
  command -v cargo >/dev/null 2>&1 || die "cargo not found to build ideas from source; nothing installed"
  if [ -n "${IDEAS_GIT:-}" ]; then
    say "building ideas from $IDEAS_GIT (cargo install --git), this takes minutes"
    cargo install --locked --root "$tmp/root" --git "$IDEAS_GIT" mentorship-ideas
  elif [ -n "$checkout" ]; then
    say "building ideas $version from $checkout (cargo install --path), this takes minutes"
    cargo install --locked --root "$tmp/root" --path "$checkout"
  else
    say "building mentorship-ideas $version from crates.io (cargo install), this takes minutes"
    cargo install --locked --root "$tmp/root" --version "$version" mentorship-ideas
  fi
  place "$tmp/root/bin/$exe"
  say "installed ideas $version (built from source) into $dir"
fi
"$dir/$exe" --version >&2 || die "$dir/$exe does not run"
