#!/usr/bin/env python3
"""Writes ideas/sources.toml, the registry `ideas sync` reads: every page the mirror holds and
every organisation of the season.

Usage: python3 .ci/build-sources-registry.py ../shared/mirror/MANIFEST.tsv schemas/orgs.toml \
           > ideas/sources.toml

(schemas/orgs.toml is what .ci/build-orgs.py makes of ../shared/programs/gsoc-2026-organizations.tsv
and the mirror: every GSoC 2026 organisation with its registered ideas link, and the CNCF's LFX
2026 projects.)

1. Each MANIFEST row becomes one [[source]]: the raw file on its repository's default branch
   (`HEAD` resolves to it on raw.githubusercontent.com, so the registry follows the page as it
   changes), with the programme, year, term (LFX terms from the folder name, e.g. 03-Sep-Nov)
   and organisation the page itself may not state, and `format` where the page is not Markdown.
   A GSoC page's organisation is spelled as the programme spells it (orgs.toml's name; the
   MANIFEST's spelling found by its ideas link, name or an alias), as the bundled catalog does.
2. Every GSoC organisation none of those pages belongs to gets its registered ideas link as it
   is (any kind: `ideas sync` fetches each kind where its text is, src/sources/kinds.rs).

One term, one source: an LFX term folder publishes the same ideas several times (the term's
README, `lfx-export.json`, `lfx-tracking.csv`, and a `project_ideas.md` that is empty once the
term is accepted). Only the copy with the most ideas is listed, Markdown first on a tie (the
README, which the bundled catalog's ideas name as their source, so a sync replaces them rather
than adding a second copy of each idea).

No two sources read one page (the same key as src/sources/registry.rs `page_key`).
"""
import csv
import re
import sys
import tomllib

FORMATS = {"json": "json", "csv": "csv", "yml": "yaml", "yaml": "yaml"}


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page_key(url: str) -> str:
    """The page an URL names, as src/sources/registry.rs `page_key` has it."""
    url = url.split("#", 1)[0].split("?", 1)[0]
    m = re.match(r"(?i)https?://", url)
    if not m:
        return url
    parts = url[m.end():].split("/")
    host = parts[0].lower()
    if host == "github.com" and len(parts) >= 5 and parts[3] in ("blob", "tree", "raw"):
        return f"github:{parts[1].lower()}/{parts[2].lower()}/{'/'.join(parts[5:])}"
    if host == "raw.githubusercontent.com" and len(parts) >= 5:
        return f"github:{parts[1].lower()}/{parts[2].lower()}/{'/'.join(parts[4:])}"
    return f"{host}/{'/'.join(parts[1:])}"


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


def gsoc_orgs(path: str, year: str) -> list:
    orgs = tomllib.load(open(path, "rb"))["org"]
    return [o for o in orgs if f"gsoc-{year}" in o.get("programs", [])]


def programme_name(row: dict, orgs: list) -> str:
    """The programme's spelling of a GSoC page's organisation (the MANIFEST's if unknown)."""
    key = page_key(row["url"])
    for o in orgs:
        if page_key(o["ideas_url"]) == key:
            return o["name"]
    want = row["org"].strip().lower()
    for o in orgs:
        spellings = [o["name"], o["slug"], *o.get("aliases", [])]
        if any(s.strip().lower() == want for s in spellings):
            return o["name"]
    return row["org"]


def source(url, program, year, org, term=None, fmt=None) -> list:
    lines = ["", "[[source]]", f"url = {quote(url)}", f"program = {quote(program)}", f"year = {int(year)}"]
    if term:
        lines.append(f"term = {quote(term)}")
    lines.append(f"org = {quote(org)}")
    if fmt:
        lines.append(f"format = {quote(fmt)}")
    return lines


def main() -> None:
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
    rows = one_per_term(rows)
    years = {r["year"] for r in rows if r["program"] == "gsoc"} or {"2026"}
    orgs = [o for y in sorted(years) for o in gsoc_orgs(sys.argv[2], y)]
    out, keys, covered = [], set(), set()
    for r in rows:
        url = f"https://raw.githubusercontent.com/{r['repo']}/HEAD/{r['path']}"
        if page_key(url) in keys:
            continue
        keys.add(page_key(url))
        org = programme_name(r, orgs) if r["program"] == "gsoc" else r["org"]
        if r["program"] == "gsoc":
            covered.add(org)
        ext = r["path"].rsplit(".", 1)[-1].lower()
        out += source(url, r["program"], r["year"], org, term_of(r), FORMATS.get(ext))
    linked = 0
    for o in orgs:
        if o["name"] in covered or page_key(o["ideas_url"]) in keys:
            continue
        keys.add(page_key(o["ideas_url"]))
        program, year = o["programs"][0].split("-", 1)
        out += source(o["ideas_url"], program, year, o["name"])
        linked += 1
    print("# Where `ideas sync` fetches idea pages: every page of the mirror (its raw file), then the")
    print("# registered ideas link of every other organisation of the season, any kind of link.")
    print("# Generated from ../shared/mirror/MANIFEST.tsv and schemas/orgs.toml by")
    print("# .ci/build-sources-registry.py; add your own [[source]] tables to .ideas.toml (same keys)")
    print("# rather than here.")
    print("#")
    print("# url      the page (required; http or https)")
    print("# program  gsoc | lfx | other, year, term, org: used where the page does not say (a GSoC")
    print("#          page is one organisation's: its org is every idea's)")
    print("# format   markdown | json | csv | yaml, when the URL's extension does not tell")
    print("\n".join(out))
    known = covered & {o["name"] for o in orgs}
    print(f"{len(rows)} mirror pages ({len(known)} GSoC organisations), {linked} more GSoC "
          f"organisations by their ideas link: {len(known) + linked} of {len(orgs)}", file=sys.stderr)


if __name__ == "__main__":
    main()
