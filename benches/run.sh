#!/usr/bin/env bash
# Benchmark of `ideas` on a generated corpus: bash benches/run.sh [N]   (default N = 50000)
#
# Builds the release binary and the floor program (benches/floor.rs: pulldown-cmark alone over
# the same files), generates N ideas into ${TMPDIR:-/tmp}/ideas-bench-N (once; again when
# benches/generate.py changes) and a single 50 MB page, times each command 3 times (in rounds of
# every command) with the page cache warm and then cold (median wall time, peak RSS from
# /usr/bin/time), syncs the corpus into
# a scratch index and times queries on it (benches/sync-index.py), and prints a Markdown table with
# ratios to the floor and PASS/FAIL for the targets. It is a measurement, not a test: it exits 0
# whatever the numbers are (2 only when it cannot run). See benches/README.md.

set -u -o pipefail

N="${1:-50000}"
case "$N" in
    '' | *[!0-9]*) echo "usage: bash benches/run.sh [N]" >&2; exit 2 ;;
esac
# Rounds of timed runs (BENCH_REPS, default 3): more give a steadier median on a noisy machine.
REPS="${BENCH_REPS:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$TARGET" in /*) ;; *) TARGET="$ROOT/$TARGET" ;; esac
BIN="$TARGET/release/ideas"
DIR="${TMPDIR:-/tmp}/ideas-bench-$N"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ideas-bench-run.XXXXXX")" || exit 2
trap 'rm -rf "$WORK"' EXIT

log() { printf '%s\n' "$*" >&2; }

# apt-get install, with `apt-get update` first when the plain install fails.
apt_install() {
    command -v apt-get > /dev/null || return 1
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
    $sudo apt-get install -y -qq "$@" > "$WORK/apt.log" 2>&1 && return 0
    $sudo apt-get update -qq >> "$WORK/apt.log" 2>&1
    $sudo apt-get install -y -qq "$@" >> "$WORK/apt.log" 2>&1
}

# ---------------------------------------------------------------------------------------------
# Build, corpus, tools
# ---------------------------------------------------------------------------------------------

log "building release binary ($BIN)"
if ! cargo build --release --quiet; then
    log "error: cargo build --release failed"
    exit 2
fi
[ -x "$BIN" ] || { log "error: no binary at $BIN"; exit 2; }
log "building the floor program (benches/floor.rs: pulldown-cmark alone)"
FLOOR="$(cargo build --release --bench floor --message-format=json 2> /dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "floor" and m.get("executable"):
        print(m["executable"])' | tail -n 1)"
[ -x "$FLOOR" ] || { log "error: the floor program did not build"; exit 2; }

GEN_SUM="$(sha256sum benches/generate.py | cut -d' ' -f1)"
if [ ! -f "$DIR/.bench-manifest.json" ] || [ "$(cat "$DIR/.bench-generator.sha256" 2> /dev/null)" != "$GEN_SUM" ]; then
    log "generating $N ideas into $DIR"
    python3 benches/generate.py --ideas "$N" --out "$DIR" || { log "error: generator failed"; exit 2; }
    echo "$GEN_SUM" > "$DIR/.bench-generator.sha256"
else
    log "reusing corpus $DIR"
fi

if [ ! -x /usr/bin/time ]; then
    log "installing time (for /usr/bin/time)"
    apt_install time || { log "error: /usr/bin/time is missing and could not be installed"; exit 2; }
fi
HAVE_RG=1
if ! command -v rg > /dev/null; then
    log "installing ripgrep"
    apt_install ripgrep || { HAVE_RG=0; log "warning: rg could not be installed; no ripgrep baseline"; }
fi
HAVE_HF=1
if ! command -v hyperfine > /dev/null; then
    log "installing hyperfine"
    apt_install hyperfine || { HAVE_HF=0; log "note: no hyperfine; timing the catalog query with 50 runs"; }
fi

# ---------------------------------------------------------------------------------------------
# Corpus facts and cache state
# ---------------------------------------------------------------------------------------------

read -r FILES BYTES < <(find "$DIR" -type f \( -name '*.md' -o -name '*.markdown' \) -printf '%s\n' |
    awk '{ n++; s += $1 } END { printf "%d %d\n", n, s }')
CORPUS_MB="$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')"
read -r M_IDEAS M_GO < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["ideas"], m["go_ideas"])' "$DIR/.bench-manifest.json")

# The single 50 MB page (as tests/bad_inputs.rs builds it): one fixture repeated with numbered titles.
BIG="${TMPDIR:-/tmp}/ideas-bench-big.md"
if [ ! -s "$BIG" ]; then
    log "writing the 50 MB page $BIG"
    python3 - "$BIG" << 'EOF'
import sys
block = open("tests/fixtures/layouts/lfx-bullets.md").read()
parts, size, n = [], 0, 0
while size < 50 << 20:
    part = block.replace("### Lighthouse", f"### Lighthouse {n}") + "\n"
    parts.append(part); size += len(part); n += 1
open(sys.argv[1], "w").write("".join(parts))
EOF
fi
BIG_BYTES="$(stat -c %s "$BIG")"

# Cold runs drop the page cache before each run, which needs root outside a container.
CAN_COLD=0
if [ "${BENCH_WARM:-0}" != 1 ] && sync && (echo 3 > /proc/sys/vm/drop_caches) 2> /dev/null; then
    CAN_COLD=1
fi
MODE=warm
drop_caches() { [ "$MODE" = cold ] && sync && (echo 3 > /proc/sys/vm/drop_caches) 2> /dev/null; true; }

# run_once NAME OK_STATUSES CMD...: runs CMD once (stdout to /dev/null, stderr kept in
# $WORK/NAME.err) and sets WALL (wall seconds) and RSS (peak RSS in KiB); returns 1 with STATUS
# set when the exit status is not one of OK_STATUSES. The wall time is read from the clock around
# the run, to the microsecond, less the cost of /usr/bin/time itself (OVERHEAD, measured below);
# /usr/bin/time gives the peak RSS (its own wall time has two decimals: 0.23 s may be 0.225 or
# 0.235, which moves a ratio to the floor by 2%).
OVERHEAD=0
run_once() {
    local name="$1" ok="$2" st t0 t1
    shift 2
    STATUS=0
    drop_caches
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" > /dev/null 2> "$WORK/$name.err"
    st=$?
    t1=$EPOCHREALTIME
    if [[ " $ok " != *" $st "* ]]; then
        STATUS=$st
        return 1
    fi
    WALL="$(awk -v a="$t0" -v b="$t1" -v o="$OVERHEAD" 'BEGIN { w = b - a - o; printf "%.4f", (w > 0 ? w : 0) }')"
    read -r _ RSS < <(tail -n 1 "$WORK/$name.time")
    return 0
}

# run_key KEY: runs one command of the table once.
run_key() {
    case "$1" in
        floor) run_once floor "0" "$FLOOR" "$DIR" ;;
        rg) run_once rg "0 1" rg -i -w -l 'go|golang' "$DIR" ;;
        list) run_once list "0" "$BIN" list "$DIR" --skill go --format json ;;
        search) run_once search "0 1" "$BIN" search "multi cluster" "$DIR" --format json ;;
        validate) run_once validate "0 1" "$BIN" validate "$DIR" --format json ;;
        bigfloor) run_once bigfloor "0" "$FLOOR" "$BIG" ;;
        biglist) run_once biglist "0" "$BIN" list "$BIG" --format json ;;
    esac
}

# median NUMBERS...: the median of the numbers given (of an even count, the mean of the two
# middle ones).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 }
        END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.6f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
KEYS=(floor rg list search validate bigfloor biglist)
declare -A LABEL
LABEL[floor]="floor: pulldown-cmark alone over DIR (benches/floor.rs)"
LABEL[rg]="rg -i -w -l 'go|golang' DIR"
LABEL[list]="ideas list DIR --skill go --format json"
LABEL[search]="ideas search \"multi cluster\" DIR --format json"
LABEL[validate]="ideas validate DIR --format json"
LABEL[bigfloor]="floor: pulldown-cmark alone over one 50 MB page"
LABEL[biglist]="ideas list PAGE --format json (the 50 MB page)"

declare -A WALLS RSSES RATIOS
NOTES=()
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
MODES=(warm)
if [ "$CAN_COLD" = 1 ]; then
    MODES+=(cold)
else
    if [ "${BENCH_WARM:-0}" = 1 ]; then
        NOTES+=("cold: not measured (BENCH_WARM=1)")
    else
        NOTES+=("cold: not measured (the page cache cannot be dropped here: not root, or a container)")
    fi
fi
# What starting /usr/bin/time costs (median of 9 runs of `true` under it), taken off every time.
ov=()
for ((i = 0; i < 9; i++)); do
    run_once overhead "0" true
    ov+=("$WALL")
done
OVERHEAD="$(median "${ov[@]}")"
NOTES+=("wall times: the clock around each run less $(awk -v o="$OVERHEAD" 'BEGIN { printf "%.1f", o * 1000 }') ms, what /usr/bin/time running \`true\` takes")

# The commands run in rounds, each command once a round (REPS rounds; warm: after one untimed
# round), so that a machine that gets slower or faster during the run moves every command and
# the floor alike instead of the commands timed last.
for MODE in "${MODES[@]}"; do
    log "timing (N=$N, $REPS rounds of every command, $MODE cache)"
    declare -A TIMES=() PEAK=() FAILED=()
    for ((round = 0; round <= REPS; round++)); do
        [ "$round" = 0 ] && [ "$MODE" != warm ] && continue
        for k in "${KEYS[@]}"; do
            [ "$k" = rg ] && [ "$HAVE_RG" = 0 ] && continue
            [ -n "${FAILED[$k]:-}" ] && continue
            if ! run_key "$k"; then
                FAILED[$k]=1
                NOTES+=("$k ($MODE) failed with exit status $STATUS: $(head -c 300 "$WORK/$k.err")")
                continue
            fi
            # (Round 0 warms the page cache and is not timed.)
            [ "$round" = 0 ] && continue
            TIMES[$k]="${TIMES[$k]:-} $WALL"
            [ "$RSS" -gt "${PEAK[$k]:-0}" ] && PEAK[$k]=$RSS
        done
    done
    for k in "${KEYS[@]}"; do
        [ -n "${TIMES[$k]:-}" ] && [ -z "${FAILED[$k]:-}" ] || continue
        # shellcheck disable=SC2086 # (the times are words)
        WALLS["$MODE:$k"]="$(median ${TIMES[$k]})"
        RSSES["$MODE:$k"]="${PEAK[$k]}"
        # The ratio to the floor: the median of each round's (the command and the floor run
        # seconds apart, on the same machine state), steadier than the ratio of the medians
        # when the machine gets faster or slower during the run.
        floor=floor
        case "$k" in big*) floor=bigfloor ;; esac
        if [ -n "${TIMES[$floor]:-}" ] && [ -z "${FAILED[$floor]:-}" ]; then
            read -r -a own <<< "${TIMES[$k]}"
            read -r -a base <<< "${TIMES[$floor]}"
            per_round=()
            for ((i = 0; i < ${#own[@]} && i < ${#base[@]}; i++)); do
                per_round+=("$(awk -v a="${own[$i]}" -v b="${base[$i]}" 'BEGIN { if (b > 0) printf "%.6f", a / b }')")
            done
            [ "${#per_round[@]}" -gt 0 ] && RATIOS["$MODE:$k"]="$(median "${per_round[@]}")"
        fi
    done
    unset TIMES PEAK FAILED
done
GO_FOUND="$("$BIN" list "$DIR" --skill go --format ids 2> /dev/null | wc -l)"
NOTES+=("list --skill go matched $GO_FOUND ideas; the generator wrote $M_GO ideas that need Go (of $M_IDEAS)")
NOTES+=("validate summary: $("$BIN" validate "$DIR" --format json 2>&1 > /dev/null | tail -1)")

# The bundled catalog, no DIR: many short runs with hyperfine.
if [ "$HAVE_HF" = 1 ] && hyperfine --warmup 5 --runs 50 -N --export-json "$WORK/hf.json" \
    "$BIN list --skill go --format json" > "$WORK/hf.out" 2>&1; then
    CAT_MS="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f" % (r["mean"]*1000))' "$WORK/hf.json")"
    NOTES+=("bundled catalog ($("$BIN" list --format ids 2> /dev/null | wc -l) ideas): list --skill go --format json takes $CAT_MS ms (hyperfine, mean of 50 runs)")
fi

# The synced index (issue 10): benches/sync-index.py serves DIR on 127.0.0.1 and syncs it.
INDEX_OUT=""
if [ "${BENCH_INDEX:-1}" = 1 ]; then
    log "syncing the corpus into a scratch index (benches/sync-index.py)"
    INDEX_OUT="$(python3 benches/sync-index.py "$BIN" "$N" 2>&1)" || INDEX_OUT="sync-index.py failed: $INDEX_OUT"
fi

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

# ratio MODE:KEY: the median of the per-round ratios to the floor, two decimals.
ratio() { awk -v r="${RATIOS[$1]:-}" 'BEGIN { if (r != "") printf "%.2f", r; else print "-" }'; }
secs() { awk -v s="$1" 'BEGIN { if (s != "") printf "%.3f", s; else print "-" }'; }
mb() { awk -v k="$1" 'BEGIN { if (k != "") printf "%.0f", k * 1024 / 1e6; else print "-" }'; }
CPU="$(grep -m1 'model name' /proc/cpuinfo 2> /dev/null | cut -d: -f2- | sed 's/^ *//')"
echo "## ideas benchmark, N = $N"
echo
echo "- machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, ${CPU:-unknown CPU}"
echo "- load average before timing: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- corpus: $DIR: $M_IDEAS ideas ($M_GO need Go) in $FILES files, $CORPUS_MB MB; one page of $(mb $((BIG_BYTES / 1024))) MB"
echo "- binary: $BIN ($("$BIN" --version 2> /dev/null)), commit $(git rev-parse --short HEAD 2> /dev/null)"
echo "- median of $REPS runs, in rounds of every command; × floor: the median of the rounds' ratios (each command to the floor run in its round); warm: after one untimed round; cold: page cache dropped before each run"
echo
echo "| command | warm s | × floor | cold s | × floor | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for k in "${KEYS[@]}"; do
    [ -n "${WALLS[warm:$k]:-}" ] || continue
    w="${WALLS[warm:$k]}"
    c="${WALLS[cold:$k]:-}"
    label="${LABEL[$k]}"
    echo "| \`${label//|/\\|}\` | $(secs "$w") | $(ratio "warm:$k") | $(secs "$c") | $(ratio "cold:$k") | $(mb "${RSSES[warm:$k]}") |"
done
echo
echo "Targets (warm cache, ratios to the floor of the same run):"
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
target() { # KEY LIMIT
    local r="${RATIOS[warm:$1]:-}"
    if [ -z "$r" ]; then
        echo "- FAIL: $1 ≤ $2× the floor (not measured)"
        return
    fi
    # (Judged on the ratio itself, not on the two-decimal ratio of the table: 2.004 is not ≤ 2.)
    local ok
    ok="$(awk -v r="$r" -v l="$2" 'BEGIN { print (r <= l) ? 1 : 0 }')"
    echo "- $(verdict "$ok"): $1 ≤ $2× the floor ($(ratio "warm:$1")×; the ratio of the median times: $(awk -v a="${WALLS[warm:$1]}" -v b="${WALLS[warm:floor]}" 'BEGIN { printf "%.2f", a / b }')×)"
}
target list 2
target validate 3
target search 3
worst=0
for k in list search validate; do
    [ "${RSSES[warm:$k]:-0}" -gt "$worst" ] && worst="${RSSES[warm:$k]}"
done
echo "- $(verdict "$(awk -v k="$worst" -v b="$BYTES" 'BEGIN { print (k > 0 && k * 1024 < 2 * b) ? 1 : 0 }')"): peak memory < 2× the corpus ($(mb "$worst") MB vs $CORPUS_MB MB)"
big_rss="${RSSES[warm:biglist]:-0}"
echo "- $(verdict "$(awk -v k="$big_rss" -v b="$BIG_BYTES" 'BEGIN { print (k > 0 && k * 1024 < 3 * b) ? 1 : 0 }')"): the 50 MB page's peak memory < 3× its size ($(mb "$big_rss") MB)"
if [ -n "$INDEX_OUT" ]; then
    echo
    echo "Synced index (benches/sync-index.py; targets: list ≤ 50 ms, search ≤ 100 ms):"
    printf '%s\n' "$INDEX_OUT" | sed 's/^/- /'
fi
echo
echo "Notes:"
for n in "${NOTES[@]}"; do echo "- $n"; done
exit 0
