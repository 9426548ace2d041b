#!/usr/bin/env python3
"""Syncs a mirror of idea pages through `ideas sync`, served over HTTP on 127.0.0.1.

Usage: python3 .ci/sync-mirror.py BIN MIRROR_DIR

Serves MIRROR_DIR (with its MANIFEST.tsv) from a local HTTP server, writes a registry of its
rows, runs `ideas sync --sources` twice and then `--offline` in a scratch cache and checks: every
source synced, the second run costs only 304s, neither later run reports an idea new, changed or
withdrawn (nor does `ideas list --new`/`--changed` show one), and each source's idea count equals
what `ideas list FILE` reads from the same file (an HTML page: the MANIFEST's count, as sync reads HTML into Markdown). Nothing leaves the machine.
"""
import csv
import functools
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading


def main() -> int:
    binary, mirror = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    rows = list(csv.DictReader(open(os.path.join(mirror, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=mirror)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    with tempfile.TemporaryDirectory() as tmp:
        registry = os.path.join(tmp, "sources.toml")
        with open(registry, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(f'[[source]]\nurl = "http://127.0.0.1:{port}/{r["local_file"]}"\n\n')
        env = dict(os.environ, IDEAS_CACHE_DIR=os.path.join(tmp, "cache"))
        env.pop("IDEAS_PATH", None)
        bad = 0
        # The second sync (304s) and an offline rebuild (every cached page parsed again) see
        # the same pages: neither may report anything new, changed or withdrawn, nor print a
        # line for any source, and `list --new` / `--changed` must then answer nothing.
        same = "0 new ideas, 0 changed, 0 withdrawn"
        runs = ((1, [], ["0 failed"]),
                (2, [], [f"0 fresh, {len(rows)} unchanged, 0 failed", same]),
                (3, ["--offline"], [f"{len(rows)} read from the cache", same]))
        for run, extra, expect in runs:
            p = subprocess.run([binary, "sync", "--sources", registry, *extra], env=env, cwd=tmp,
                               capture_output=True, text=True)
            lines = p.stderr.strip().splitlines()
            print(f"sync {run}{' ' + ' '.join(extra) if extra else ''}: {lines[-1] if lines else '(no output)'}")
            if p.returncode != 0 or any(e not in p.stderr for e in expect) or (run > 1 and len(lines) != 1):
                print(p.stderr)
                bad += 1
            if run > 1:
                for flag in ("--new", "--changed"):
                    ids = subprocess.run([binary, "list", flag, "--format", "ids"], env=env, cwd=tmp,
                                         capture_output=True, text=True).stdout.split()
                    if ids:
                        print(f"sync {run}: `list {flag}` shows {len(ids)} ideas, e.g. {ids[:3]}")
                        bad += 1
        sources = json.loads(subprocess.run([binary, "sources", "--json"], env=env, cwd=tmp,
                                            capture_output=True, text=True).stdout)
        by_url = {s["url"]: s for s in sources}
        for r in rows:
            s = by_url.get(f"http://127.0.0.1:{port}/{r['local_file']}")
            direct = subprocess.run([binary, "list", os.path.join(mirror, r["local_file"]), "--format", "ids"],
                                    capture_output=True, text=True).stdout.split()
            # An HTML page is read by sync's HTML reader (src/sources/html.rs), which `list FILE`
            # does not use: it is held to the MANIFEST's count instead.
            want = int(r["idea_count"]) if r["local_file"].endswith((".html", ".htm")) else len(direct)
            if s is None or s["ideas"] != want:
                print(f"{r['local_file']}: index {s and s['ideas']}, list {len(direct)}")
                bad += 1
        server.shutdown()
        print(f"{len(rows)} mirror sources synced and compared, {bad} problem(s)")
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
