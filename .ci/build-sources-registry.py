#!/usr/bin/env python3
"""Writes ideas/sources.toml, the registry `ideas sync` reads, from a mirror's MANIFEST.tsv.

Usage: python3 .ci/build-sources-registry.py ../shared/mirror/MANIFEST.tsv > ideas/sources.toml

Each row becomes one [[source]]: the raw file on its repository's default branch (`HEAD`
resolves to it on raw.githubusercontent.com, so the registry follows the page as it changes),
with the programme, year, term (LFX terms from the folder name, e.g. 03-Sep-Nov) and
organisation the page itself may not state, and `format` where the page is not Markdown.

One term, one source: an LFX term folder publishes the same ideas several times (the term's
README, `lfx-export.json`, `lfx-tracking.csv`, and a `project_ideas.md` that is empty once the
term is accepted). Only the copy with the most ideas is listed, Markdown first on a tie (the
README, which the bundled catalog's ideas name as their source, so a sync replaces them rather
than adding a second copy of each idea).
"""
import csv
import re
import sys

FORMATS = {"json": "json", "csv": "csv", "yml": "yaml", "yaml": "yaml"}


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def term_of(row: dict) -> str | None:
    m = re.search(r"lfx-mentorship/(\d{4})/0?(\d)-(\w+)-(\w+)/", row["path"])
    return f"{m[1]} Term {m[2]} ({m[3]}-{m[4]})" if m else None


def one_per_term(rows: list) -> list:
    """The rows with a single source per (programme, term): the most ideas, Markdown first."""
    best = {}
    for i, r in enumerate(rows):
        term = term_of(r)
        if term is None:
            continue
        markdown = r["path"].lower().endswith(".md")
        rank = (int(r["idea_count"] or 0), markdown, -i)
        key = (r["program"], term)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, i)
    keep = {i for _, i in best.values()}
    return [r for i, r in enumerate(rows) if term_of(r) is None or i in keep]


def main() -> None:
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
    rows = one_per_term(rows)
    print("# Where `ideas sync` fetches idea pages: one [[source]] per published page or export.")
    print("# Generated from ../shared/mirror/MANIFEST.tsv by .ci/build-sources-registry.py;")
    print("# add your own [[source]] tables to .ideas.toml (same keys) rather than here.")
    print("#")
    print("# url      the raw file (required; http or https)")
    print("# program  gsoc | lfx | other, year, term, org: used where the page does not say")
    print("# format   markdown | json | csv | yaml, when the URL's extension does not tell")
    for r in rows:
        url = f"https://raw.githubusercontent.com/{r['repo']}/HEAD/{r['path']}"
        print()
        print("[[source]]")
        print(f"url = {quote(url)}")
        print(f"program = {quote(r['program'])}")
        print(f"year = {int(r['year'])}")
        term = term_of(r)
        if term:
            print(f"term = {quote(term)}")
        print(f"org = {quote(r['org'])}")
        ext = r["path"].rsplit(".", 1)[-1].lower()
        if ext in FORMATS:
            print(f"format = {quote(FORMATS[ext])}")


if __name__ == "__main__":
    main()
