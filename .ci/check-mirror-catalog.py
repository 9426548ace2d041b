#!/usr/bin/env python3
"""Checks that the bundled catalog and a mirror of this season's pages agree.

Usage: python3 .ci/check-mirror-catalog.py BIN MIRROR_DIR

For every page of MIRROR_DIR/MANIFEST.tsv (except an LFX export or CSV beside its README, whose
ideas are the README's), the ideas `BIN list PAGE` reads and the catalog files whose source_url
is that page must be the same number with the same titles (files that share one published URL,
a site built from one file per idea, are compared together). A difference means the catalog is
stale (re-run .ci/build-mirror-catalog.py after a parser change) or was edited by hand.

A page with ideas of which the catalog holds none is not in the catalog yet (the mirror grows
between rounds): such pages are counted and named, not failed; bringing them into the catalog
is the coverage work of `ideas sync` and the catalog builder.
"""
import collections
import csv
import json
import os
import subprocess
import sys


def listed(binary, path):
    p = subprocess.run([binary, "list", path, "--format", "json"], capture_output=True, text=True)
    return json.loads(p.stdout or "[]")


def main() -> int:
    binary, mirror = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(open(os.path.join(mirror, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))
    by_page = collections.defaultdict(list)
    for idea in listed(binary, "ideas"):
        url = (idea.get("source") or {}).get("url") or ""
        by_page[url.split("#")[0]].append(idea["title"])
    readmes = {os.path.dirname(r["path"]) for r in rows if r["path"].endswith("README.md")}
    # Several files can make one published page (a site built from one file per idea): they
    # share the page's URL and are compared with the catalog together.
    groups = collections.defaultdict(list)
    for r in rows:
        ext = r["path"].rsplit(".", 1)[-1].lower()
        if ext in ("json", "csv") and os.path.dirname(r["path"]) in readmes:
            continue
        groups[r["url"].split("#")[0]].append(r)
    bad = checked = 0
    missing = []
    for url, group in groups.items():
        checked += len(group)
        name = group[0]["local_file"] + (f" and {len(group) - 1} more files" if len(group) > 1 else "")
        page = sorted(i["title"] for r in group
                      for i in listed(binary, os.path.join(mirror, r["local_file"])))
        catalog = sorted(by_page.get(url, []))
        if page and not catalog:
            missing.append(f"{name} ({len(page)})")
            continue
        if page != catalog:
            bad += 1
            print(f"{name}: page has {len(page)} ideas, catalog {len(catalog)}")
            for t in sorted(set(page) ^ set(catalog))[:5]:
                print(f"  {'only on the page' if t in page else 'only in the catalog'}: {t}")
    if missing:
        print(f"not in the catalog yet: {len(missing)} pages: " + ", ".join(missing[:20])
              + (" ..." if len(missing) > 20 else ""))
    print(f"{checked} mirror pages against the catalog, {bad} disagree, {len(missing)} not in it yet")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
