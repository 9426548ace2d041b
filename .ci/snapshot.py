#!/usr/bin/env python3
"""Pins the facts the parser gives on real pages, so a parser change shows every idea it alters.

Usage:
  python3 .ci/snapshot.py write BIN SNAPSHOT ROOT...   record what BIN gives now
  python3 .ci/snapshot.py check BIN SNAPSHOT ROOT...   compare; exit 1 on any difference

Each ROOT is a folder of pages (../shared/seeds, ../shared/corpus; the catalog is pinned by
check-seeds.py and check-mirror-catalog.py). Every file below it is
given to `BIN list FILE --format json` one at a time; the snapshot keeps, per file, the ideas'
title, org, program, year, skills, mentors and difficulty. Paths are stored relative to the
ROOT's parent, so the snapshot does not depend on where the checkout lives.

A deliberate change (a parser fix) is recorded by running `write` again and saying why in the
commit; `check` prints each difference as `file: idea: field: old -> new`.
"""
import json
import subprocess
import sys
from pathlib import Path

FIELDS = ("title", "org", "program", "year", "skills", "mentors", "difficulty")
SKIP = {"MANIFEST.tsv", ".ideas.toml", "sources.toml"}


def facts(binary, root):
    root = Path(root)
    out = {}
    for f in sorted(p for p in root.rglob("*") if p.is_file() and p.name not in SKIP):
        rel = str(Path(root.name) / f.relative_to(root))
        res = subprocess.run([binary, "list", str(f), "--format", "json"],
                             capture_output=True, text=True)
        try:
            ideas = json.loads(res.stdout or "[]")
        except json.JSONDecodeError:
            ideas = []
        out[rel] = [{k: i.get(k) for k in FIELDS} for i in ideas]
    return out


def main():
    mode, binary, snap, *roots = sys.argv[1:]
    now = {}
    for r in roots:
        now.update(facts(binary, r))
    if mode == "write":
        Path(snap).write_text(json.dumps(now, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"wrote {snap}: {len(now)} files, {sum(map(len, now.values()))} ideas")
        return 0
    old = json.loads(Path(snap).read_text())
    diffs = []
    for f in sorted(set(old) | set(now)):
        if not any(f.startswith(Path(r).name + "/") for r in roots):
            continue
        a, b = old.get(f), now.get(f)
        if a is None or b is None:
            diffs.append(f"{f}: {'new file' if a is None else 'file gone'}")
            continue
        if len(a) != len(b):
            diffs.append(f"{f}: {len(a)} ideas -> {len(b)} ideas: "
                         f"lost {sorted({i['title'] for i in a} - {i['title'] for i in b})} "
                         f"gained {sorted({i['title'] for i in b} - {i['title'] for i in a})}")
            continue
        for x, y in zip(a, b):
            for k in FIELDS:
                if x.get(k) != y.get(k):
                    diffs.append(f"{f}: {x['title']!r}: {k}: {x.get(k)!r} -> {y.get(k)!r}")
    for d in diffs:
        print(d)
    total = sum(len(v) for k, v in now.items())
    print(f"snapshot: {len(diffs)} differences over {len(now)} files, {total} ideas")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
