#!/usr/bin/env python3
"""Compares the number of ideas the tool finds on each corpus page with the manifest's count.

Usage: python3 .ci/corpus-accuracy.py BIN CORPUS_DIR

CORPUS_DIR holds the pages and MANIFEST.tsv: ../shared/corpus (count in `approx_idea_count`) or
../shared/mirror (count in `idea_count`). For every row, `BIN list FILE --format json` is run and
its ideas counted. A page is ok when the count is within 10% of the manifest's, and exact when
the manifest's count is below 10. Prints a Markdown table and a summary line; exits 1 if any page
is not ok (or could not be read), 0 otherwise.
"""
import csv
import json
import subprocess
import sys
from pathlib import Path


def count_ideas(binary, page):
    """Number of ideas `ideas list` finds on a page, or an error message."""
    out = subprocess.run(
        [binary, "list", str(page), "--format", "json"],
        capture_output=True,
        text=True,
    )
    # 0: ideas matched, 1: nothing matched; both print a JSON array.
    if out.returncode not in (0, 1):
        last = (out.stderr.strip().splitlines() or [""])[-1]
        return None, f"exit {out.returncode}: {last}"
    try:
        return len(json.loads(out.stdout or "[]")), None
    except json.JSONDecodeError as e:
        return None, f"invalid JSON: {e}"


def is_ok(manifest, found):
    """Within 10% of the manifest's count; exact when that count is below 10."""
    if manifest < 10:
        return found == manifest
    return abs(found - manifest) <= 0.1 * manifest


def main():
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} BIN CORPUS_DIR")
    binary, corpus = sys.argv[1], Path(sys.argv[2])
    with open(corpus / "MANIFEST.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    print("| page | manifest | found | ok |")
    print("| --- | ---: | ---: | --- |")
    bad = []
    for row in rows:
        page = row["local_file"]
        want = int(row.get("approx_idea_count") or row["idea_count"])
        found, error = count_ideas(binary, corpus / page)
        ok = error is None and is_ok(want, found)
        shown = found if error is None else f"error ({error})"
        print(f"| {page} | {want} | {shown} | {'yes' if ok else 'NO'} |")
        if not ok:
            bad.append(page)
    print()
    print(f"{len(rows) - len(bad)} of {len(rows)} pages within tolerance"
          + (f"; off: {', '.join(bad)}" if bad else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
