#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml, `language: script`): installs the released `ideas`
# of this checkout's version once, through install-ideas.sh (the Action's installer), into
# pre-commit's cache folder, then runs `ideas` with the hook's arguments and files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$here/../Cargo.toml" | head -n 1)"
dir="${PRE_COMMIT_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/pre-commit}/mentorship-ideas-$version"
exe="$dir/ideas"
[ -f "$exe.exe" ] && exe="$exe.exe"
if [ ! -x "$exe" ]; then
  # Quiet when it works; the installer's messages when it does not.
  if ! log="$("$here/install-ideas.sh" --version "$version" --dir "$dir" 2>&1)"; then
    printf '%s\n' "$log" >&2
    exit 1
  fi
  [ -f "$dir/ideas.exe" ] && exe="$dir/ideas.exe"
fi
exec "$exe" "$@"
