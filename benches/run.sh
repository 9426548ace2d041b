#!/usr/bin/env bash
# Benchmark of `ideas` on a generated corpus: bash benches/run.sh [N]   (default N = 50000)
#
# Builds the release binary, generates N ideas into ${TMPDIR:-/tmp}/ideas-bench-N (once; again
# when benches/generate.py changes), times each command 3 times (median wall time, peak RSS from
# /usr/bin/time) and prints a Markdown table with PASS/FAIL for the targets. It is a
# measurement, not a test: it exits 0 whatever the numbers are (2 only when it cannot run).
# See benches/README.md.

set -u -o pipefail

N="${1:-50000}"
case "$N" in
    '' | *[!0-9]*) echo "usage: bash benches/run.sh [N]" >&2; exit 2 ;;
esac
REPS=3
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

# Cold runs need to drop the page cache, which only root outside a container can do.
COLD=0
if [ "${BENCH_WARM:-0}" != 1 ] && sync && (echo 3 > /proc/sys/vm/drop_caches) 2> /dev/null; then
    COLD=1
fi
drop_caches() { [ "$COLD" = 1 ] && sync && (echo 3 > /proc/sys/vm/drop_caches) 2> /dev/null; true; }
if [ "$COLD" = 0 ]; then
    # Warm every command alike: read the whole corpus once before timing.
    find "$DIR" -type f -name '*.md' -exec cat {} + > /dev/null
fi

# ---------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------

# measure NAME OK_STATUSES CMD...: runs CMD $REPS times (stdout to /dev/null, stderr kept in
# $WORK/NAME.err) and sets WALL (median wall seconds) and RSS (largest peak RSS in KiB); returns
# 1 with STATUS set when an exit status is not one of OK_STATUSES.
measure() {
    local name="$1" ok="$2"
    shift 2
    local i walls=() rss_max=0 st
    STATUS=0
    for ((i = 1; i <= REPS; i++)); do
        drop_caches
        /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" > /dev/null 2> "$WORK/$name.err"
        st=$?
        if [[ " $ok " != *" $st "* ]]; then
            STATUS=$st
            return 1
        fi
        # /usr/bin/time writes "Command exited with non-zero status N" first when N != 0.
        read -r w r < <(tail -n 1 "$WORK/$name.time")
        walls+=("$w")
        [ "$r" -gt "$rss_max" ] && rss_max=$r
    done
    WALL="$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    RSS="$rss_max"
    return 0
}

ROWS=()
declare -A WALLS RSSES
add_row() { # label wall ideas rss_kb [mbps: yes|no]
    local label="$1" wall="$2" ideas="$3" rss="$4" mb="$5"
    local ips mbs rmb
    ips="$(awk -v n="$ideas" -v w="$wall" 'BEGIN { if (w > 0) printf "%.0f", n / w; else print "-" }')"
    if [ "$mb" = yes ]; then
        mbs="$(awk -v b="$BYTES" -v w="$wall" 'BEGIN { if (w > 0) printf "%.1f", b / 1e6 / w; else print "-" }')"
    else
        mbs="-"
    fi
    rmb="$(awk -v k="$rss" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')"
    ROWS+=("$label"$'\t'"$wall"$'\t'"$ips"$'\t'"$mbs"$'\t'"$rmb")
}
NOTES=()

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
log "timing (N=$N, $REPS runs each, $([ "$COLD" = 1 ] && echo cold || echo warm) cache)"

# 4 first, so the other rows can be compared with it.
RG_WALL=""
if [ "$HAVE_RG" = 1 ]; then
    if measure rg "0 1" rg -i -w -l 'go|golang' "$DIR"; then
        RG_WALL="$WALL"
        RG_ROW=("rg -i -w -l 'go|golang' DIR" "$WALL" "$M_IDEAS" "$RSS" yes)
    else
        NOTES+=("rg failed with exit status $STATUS: $(head -c 300 "$WORK/rg.err")")
    fi
fi

LIST_WALL=""
if measure list "0" "$BIN" list "$DIR" --skill go --format json; then
    LIST_WALL="$WALL"
    WALLS[list]="$WALL"; RSSES[list]="$RSS"
    add_row "ideas list DIR --skill go --format json" "$WALL" "$M_IDEAS" "$RSS" yes
    # Not timed: how many ideas matched, against what the generator wrote.
    GO_FOUND="$("$BIN" list "$DIR" --skill go --format ids 2> /dev/null | wc -l)"
    NOTES+=("list --skill go matched $GO_FOUND ideas; the generator wrote $M_GO ideas that need Go (of $M_IDEAS)")
else
    NOTES+=("ideas list failed with exit status $STATUS: $(head -c 300 "$WORK/list.err")")
fi

if measure search "0 1" "$BIN" search "multi cluster" "$DIR" --format json; then
    WALLS[search]="$WALL"; RSSES[search]="$RSS"
    add_row "ideas search \"multi cluster\" DIR --format json" "$WALL" "$M_IDEAS" "$RSS" yes
elif [ "$STATUS" = 2 ] && grep -qi 'not implemented' "$WORK/search.err"; then
    NOTES+=("ideas search skipped: not implemented yet ($(head -1 "$WORK/search.err"))")
else
    NOTES+=("ideas search failed with exit status $STATUS: $(head -c 300 "$WORK/search.err")")
fi

if measure validate "0 1" "$BIN" validate "$DIR" --format concise; then
    WALLS[validate]="$WALL"; RSSES[validate]="$RSS"
    add_row "ideas validate DIR --format concise" "$WALL" "$M_IDEAS" "$RSS" yes
    NOTES+=("validate summary: $(tail -1 "$WORK/validate.err")")
else
    NOTES+=("ideas validate failed with exit status $STATUS: $(head -c 300 "$WORK/validate.err")")
fi

[ -n "$RG_WALL" ] && add_row "${RG_ROW[@]}"

# 5: the bundled catalog, no DIR. Many short runs: hyperfine if present, else 50 runs in Python.
CAT_MS=""
CAT_RSS=0
CAT_IDEAS="$("$BIN" list --format ids 2> /dev/null | wc -l)"
CAT_GO="$("$BIN" list --skill go --format ids 2> /dev/null | wc -l)"
/usr/bin/time -f '%e %M' -o "$WORK/cat.time" "$BIN" list --skill go --format json > /dev/null 2>&1
read -r _ CAT_RSS < <(tail -n 1 "$WORK/cat.time")
if [ "$HAVE_HF" = 1 ] && hyperfine --warmup 5 --runs 50 -N --export-json "$WORK/hf.json" \
    "$BIN list --skill go --format json" > "$WORK/hf.out" 2>&1; then
    CAT_MS="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f" % (r["mean"]*1000))' "$WORK/hf.json")"
    CAT_HOW="hyperfine, mean of 50 runs after 5 warm-ups"
else
    CAT_MS="$(python3 - "$BIN" << 'EOF'
import subprocess, sys, time
cmd = [sys.argv[1], "list", "--skill", "go", "--format", "json"]
for _ in range(5):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
t = []
for _ in range(50):
    s = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t.append(time.perf_counter() - s)
print("%.2f" % (sum(t) / len(t) * 1000))
EOF
)"
    CAT_HOW="50 runs averaged (Python subprocess; includes spawn overhead)"
fi
CAT_WALL="$(awk -v m="$CAT_MS" 'BEGIN { printf "%.4f", m / 1000 }')"
add_row "ideas list --skill go --format json (bundled catalog)" "$CAT_WALL" "$CAT_IDEAS" "$CAT_RSS" no
NOTES+=("catalog query: ${CAT_MS} ms ($CAT_HOW); it matches $CAT_GO of the catalog's $CAT_IDEAS ideas (ideas/s counts all $CAT_IDEAS)")

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

CPU="$(grep -m1 'model name' /proc/cpuinfo 2> /dev/null | cut -d: -f2- | sed 's/^ *//')"
MEM="$(free -g | awk '/^Mem:/ { print $2 }')"
echo "## ideas benchmark, N = $N"
echo
echo "- machine: $(nproc) CPUs, ${MEM} GiB RAM (free -g total), ${CPU:-unknown CPU}"
echo "- load average before timing: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine skew the numbers)"
echo "- corpus: $DIR: $M_IDEAS ideas ($M_GO need Go) in $FILES files, $CORPUS_MB MB"
echo "- binary: $BIN ($("$BIN" --version 2> /dev/null))"
if [ "$COLD" = 1 ]; then
    echo "- cache: cold (page cache dropped before each run), median of $REPS runs"
else
    echo "- cache: warm (could not drop the page cache: not root, or /proc/sys read-only in a container), median of $REPS runs after reading the corpus once"
fi
echo
echo "| command | wall s | ideas/s | MB/s | peak RSS MB | × ripgrep |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for row in "${ROWS[@]}"; do
    IFS=$'\t' read -r label wall ips mbs rmb <<< "$row"
    x="-"
    if [ -n "$RG_WALL" ]; then
        x="$(awk -v w="$wall" -v r="$RG_WALL" 'BEGIN { if (r > 0) printf "%.2f", w / r; else print "-" }')"
    fi
    echo "| \`${label//|/\\|}\` | $wall | $ips | $mbs | $rmb | $x |"
done
echo
echo "Targets:"
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
if [ -n "$LIST_WALL" ] && [ -n "$RG_WALL" ]; then
    ratio="$(awk -v a="$LIST_WALL" -v b="$RG_WALL" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    ok="$(awk -v r="$ratio" 'BEGIN { print (r <= 3) ? 1 : 0 }')"
    echo "- $(verdict "$ok"): list ≤ 3× ripgrep (${LIST_WALL} s vs ${RG_WALL} s: ${ratio}×)"
else
    echo "- FAIL: list ≤ 3× ripgrep (not measured: list or rg did not run)"
fi
if [ -n "$CAT_MS" ]; then
    ok="$(awk -v m="$CAT_MS" 'BEGIN { print (m < 5) ? 1 : 0 }')"
    echo "- $(verdict "$ok"): catalog query < 5 ms (${CAT_MS} ms)"
else
    echo "- FAIL: catalog query < 5 ms (not measured)"
fi
worst=""; worst_kb=0
for k in list search validate; do
    [ -n "${RSSES[$k]:-}" ] || continue
    if [ "${RSSES[$k]}" -gt "$worst_kb" ]; then worst_kb="${RSSES[$k]}"; worst="$k"; fi
done
if [ -n "$worst" ]; then
    ok="$(awk -v k="$worst_kb" -v b="$BYTES" 'BEGIN { print (k * 1024 < 2 * b) ? 1 : 0 }')"
    echo "- $(verdict "$ok"): peak memory < 2× corpus size (largest: $worst, $(awk -v k="$worst_kb" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }') MB vs 2 × $CORPUS_MB MB)"
else
    echo "- FAIL: peak memory < 2× corpus size (not measured)"
fi
echo
echo "Notes:"
for n in "${NOTES[@]}"; do echo "- $n"; done
exit 0
