#!/usr/bin/env python3
"""Times queries on a synced index of N ideas (warm cache), beside benches/run.sh's figures
for parsing the same corpus from Markdown.

    python3 benches/sync-index.py [BIN] [N]     # BIN: target/release/ideas, N: 50000

Generates the corpus with benches/generate.py (if missing), serves it on 127.0.0.1 with a
throw-away HTTP server, syncs it into a scratch IDEAS_CACHE_DIR through a registry listing
every file, then times `ideas list --skill go` and `ideas search "multi cluster"` on the index, as ids and
as JSON: median wall time of 10 runs after 2 warm-ups. Targets (issue 10), on the ids: list <=
50 ms, search <= 100 ms. Nothing leaves the machine.
"""
import functools
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

here = os.path.dirname(os.path.abspath(__file__))
binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "target", "release", "ideas"))
n = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
corpus = f"/tmp/ideas-bench-{n}"
if not os.path.isdir(corpus):
    subprocess.run([sys.executable, os.path.join(here, "generate.py"), "--ideas", str(n), "--out", corpus], check=True)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=corpus))
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]

with tempfile.TemporaryDirectory() as tmp:
    files = sorted(
        os.path.relpath(os.path.join(root, f), corpus)
        for root, _, names in os.walk(corpus) for f in names
        if not f.startswith(".") and f.endswith((".md", ".markdown", ".json"))
    )
    registry = os.path.join(tmp, "sources.toml")
    with open(registry, "w") as out:
        for f in files:
            out.write(f'[[source]]\nurl = "http://127.0.0.1:{port}/{f}"\n\n')
    env = dict(os.environ, IDEAS_CACHE_DIR=os.path.join(tmp, "cache"))
    env.pop("IDEAS_PATH", None)
    start = time.perf_counter()
    p = subprocess.run([binary, "sync", "--sources", registry, "--jobs", "8"], env=env, cwd=tmp,
                       capture_output=True, text=True)
    sync_secs = time.perf_counter() - start
    print(f"sync of {len(files)} files: {sync_secs:.1f} s: {p.stderr.strip().splitlines()[-1]}")
    index = os.path.join(tmp, "cache", "index.jsonl")
    print(f"index: {os.path.getsize(index) / 1e6:.1f} MB")

    def timed(args):
        for _ in range(2):
            subprocess.run([binary, *args], env=env, cwd=tmp, capture_output=True)
        walls = []
        for _ in range(10):
            t = time.perf_counter()
            r = subprocess.run([binary, *args], env=env, cwd=tmp, capture_output=True)
            walls.append(time.perf_counter() - t)
        return statistics.median(walls) * 1000, r

    for args, target in ((["list", "--skill", "go", "--format", "ids"], 50),
                         (["list", "--skill", "go", "--format", "json"], None),
                         (["search", "multi cluster", "--format", "ids"], 100),
                         (["search", "multi cluster", "--format", "json"], None)):
        ms, r = timed(args)
        lines = len(r.stdout.splitlines())
        verdict = f"target {target} ms, {'met' if ms <= target else 'NOT met'}" if target else "no target"
        print(f"ideas {' '.join(args)}: {ms:.0f} ms ({verdict}); {lines} lines out")
    server.shutdown()
