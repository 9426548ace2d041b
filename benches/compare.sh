#!/usr/bin/env bash
# Output comparison of two builds: bash benches/compare.sh OLD_BINARY NEW_BINARY
#
# Runs the same commands with both binaries over the project's fixtures and catalog, and, when
# present, ../shared or $IDEAS_SHARED (seeds, corpus, mirror) and a generated bench corpus
# (${TMPDIR:-/tmp}/ideas-bench-5000), and compares stdout, stderr and the exit status of each
# pair byte for byte. A change meant to be invisible (a speed or memory change) must print SAME
# for every pair. Prints one line per differing pair and a summary; exits 1 if any pair differs.

set -u -o pipefail
OLD="${1:?usage: bash benches/compare.sh OLD_BINARY NEW_BINARY}"
NEW="${2:?usage: bash benches/compare.sh OLD_BINARY NEW_BINARY}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ideas-compare.XXXXXX")" || exit 2
trap 'rm -rf "$WORK"' EXIT
export NO_COLOR=1 COLUMNS=100 IDEAS_PAGER=

# ../shared beside the project (IDEAS_SHARED elsewhere, e.g. from a git worktree).
SHARED="${IDEAS_SHARED:-../shared}"
INPUTS=(ideas tests/fixtures/layouts tests/fixtures/validate tests/fixtures/search tests/fixtures/show)
[ -d "$SHARED/seeds" ] && INPUTS+=("$SHARED/seeds")
[ -d "$SHARED/corpus" ] && INPUTS+=("$SHARED/corpus")
[ -d "$SHARED/mirror" ] && INPUTS+=("$SHARED/mirror")
BENCH="${TMPDIR:-/tmp}/ideas-bench-5000"
[ -d "$BENCH" ] && INPUTS+=("$BENCH")

# Each command, with P standing for the input.
COMMANDS=(
    "list P --format json"
    "list P --skill go --format json"
    "list P --skill rust,python --difficulty medium --format json"
    "list P --mentor ada --format json"
    "list P"
    "search P --format json"
    "validate P --format json"
    "validate P --format concise"
    "mentors P --format json"
    "skills P --format json"
    "orgs P --format json"
    "stats P"
    # Formats that print no texts or no mentors (the loader drops what they do not print).
    "list P --format ids"
    "list P --format markdown"
    "list P --format csv"
    "list P --skill go --format ids"
    "list P --text cluster --format ids"
    "list P --mentor ada --format ids"
    "search P --format ids"
    "search P"
    "search P --limit 5"
    "search P --mentor ada --format json"
    "search P --text cluster --format ids"
)

pairs=0
diffs=0
run() { # BIN OUT ARGS...
    local bin="$1" out="$2"
    shift 2
    "$bin" "$@" > "$out.out" 2> "$out.err"
    echo "$?" > "$out.rc"
}
for input in "${INPUTS[@]}"; do
    # Seeds are plain-text files named explicitly (the tool reads any extension then).
    if [ "$input" = "$SHARED/seeds" ]; then
        mapfile -t paths < <(find "$input" -type f | sort)
    else
        paths=("$input")
    fi
    for cmd in "${COMMANDS[@]}"; do
        read -r -a words <<< "$cmd"
        args=()
        for w in "${words[@]}"; do
            if [ "$w" = P ]; then
                args+=("${paths[@]}")
            else
                args+=("$w")
            fi
        done
        # The search needs a query before the paths.
        if [ "${words[0]}" = search ]; then
            args=(search "kubernetes operator" "${args[@]:1}")
        fi
        run "$OLD" "$WORK/a" "${args[@]}"
        run "$NEW" "$WORK/b" "${args[@]}"
        pairs=$((pairs + 1))
        for part in out err rc; do
            if ! cmp -s "$WORK/a.$part" "$WORK/b.$part"; then
                diffs=$((diffs + 1))
                echo "DIFF ($part): ideas ${cmd/P/$input}"
                diff <(head -c 200000 "$WORK/a.$part") <(head -c 200000 "$WORK/b.$part") | head -n 8
                break
            fi
        done
    done
done
if [ "$diffs" -eq 0 ]; then
    echo "SAME: $pairs command pairs over ${#INPUTS[@]} inputs"
    exit 0
fi
echo "DIFFERENT: $diffs of $pairs command pairs"
exit 1
