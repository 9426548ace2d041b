#!/usr/bin/env python3
"""Builds the facts-only part of the bundled catalog from a mirror of this season's pages.

Usage: python3 .ci/build-mirror-catalog.py BIN MIRROR_DIR [OUT]   (OUT defaults to ideas/)

Every page of MIRROR_DIR/MANIFEST.tsv is split with `ideas import --facts-only`: one canonical
file per idea with its facts (title, org, programme, year, term, skills, mentors, difficulty,
hours, upstream issues, links) and its source (the page's URL at the mirrored commit, with the
idea's line), and none of its authors' prose. Programme, year and LFX term come from the
manifest where the page does not say them; the organisation of a GSoC page is the manifest's
(the GSoC organisation), except that the page of an umbrella that lists its member projects in
schemas/orgs.toml ("Jaeger (CNCF)") gives each idea the member its headings name, as an LFX
page's ideas keep the CNCF project their headings name.

Files written by an earlier run are removed first (they are recognised by their source URL,
which points into a mirrored repository), so re-running after a parser change gives exactly
what the parser reads now; hand-written catalog files are never touched. An LFX term's
lfx-export.json and tracking CSV repeat its README's ideas and are not imported twice.
An idea proposed again in a later term (same programme, year, organisation and title) keeps
one file per page: the later one is named <title>-<term>.md (<title>-<page>.md outside LFX)
and gets the id <id>-<term> (<id>-<page>), so ids stay unique. Re-run this after a parser change
and commit the result; .ci/check-mirror-catalog.py checks it.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib


def term_of(path: str):
    m = re.search(r"lfx-mentorship/(\d{4})/0?(\d)-(\w+)-(\w+)/", path)
    return f"{m[1]} Term {m[2]} ({m[3]}-{m[4]})" if m else None


def generated(path: str, urls: set) -> bool:
    """True for a catalog file an earlier run wrote: its source_url is a mirrored page's."""
    with open(path, encoding="utf-8") as f:
        head = f.read(4096)
    m = re.search(r"^source_url: *'?([^'#\n]+)", head, re.M)
    return bool(m) and m[1].strip() in urls


def fold_long_title(text: str, width: int = 100) -> str:
    """A title line longer than `width` written as a folded YAML scalar (`title: >-` and the
    words on indented lines of at most `width` characters): the same value, read back, and no
    long line in the file. Plain and single-quoted titles only; others are left as they are."""
    m = re.search(r"^title: (.*)$", text, re.M)
    if not m or len(m[0]) <= width:
        return text
    value = m[1]
    if value.startswith("'") and value.endswith("'"):
        value = value[1:-1].replace("''", "'")
    elif value[:1] in "\"&*!|>%@`{[#" or "  " in value or value != value.strip():
        return text
    lines, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width - 2:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    folded = "title: >-\n" + "\n".join(f"  {l}" for l in lines)
    return text[: m.start()] + folded + text[m.end():]


def main() -> int:
    binary, mirror = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    out = sys.argv[3] if len(sys.argv) > 3 else "ideas"
    rows = list(csv.DictReader(open(os.path.join(mirror, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))
    urls = {r["url"].split("#")[0] for r in rows}
    removed = 0
    for root, _, files in os.walk(out):
        for name in files:
            p = os.path.join(root, name)
            if name.endswith(".md") and generated(p, urls):
                os.remove(p)
                removed += 1
    readmes = {os.path.dirname(r["path"]) for r in rows if r["path"].endswith("README.md")}
    registry = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas", "orgs.toml")
    with open(registry, "rb") as f:
        known = tomllib.load(f)["org"]
    with_members = {o["name"] for o in known if o.get("umbrella")
                    and any(a.endswith(f" ({o['name']})") for a in o["aliases"])}
    total = 0
    for r in rows:
        ext = r["path"].rsplit(".", 1)[-1].lower()
        if ext in ("json", "csv") and os.path.dirname(r["path"]) in readmes:
            continue  # the same ideas as the README beside it
        # A GSoC page is one GSoC organisation's: its headings name sub-projects or groups, so
        # the organisation is the manifest's. An LFX term page lists many CNCF projects, which
        # its headings name, and so does the GSoC page of an umbrella with listed members.
        # (`ideas orgs` counts those under the umbrella; an unlisted sub-project heading would
        # list it as an organisation of its own.)
        org_flag = "--org" if r["program"] != "gsoc" or r["org"] in with_members else "--set-org"
        args = [binary, "import", "--facts-only", "--out", out, "--program", r["program"],
                "--year", r["year"], org_flag, r["org"], "--source-url", r["url"]]
        term = term_of(r["path"])
        if term:
            args += ["--term", term]
        with tempfile.TemporaryDirectory() as tmp:
            p = subprocess.run(args[:4] + [tmp] + args[5:] + [os.path.join(mirror, r["local_file"])],
                               capture_output=True, text=True)
            if p.returncode != 0:
                print(f"{r['local_file']}: import exited {p.returncode}\n{p.stderr}", file=sys.stderr)
                return 1
            for root, _, files in os.walk(tmp):
                for name in sorted(files):
                    rel = os.path.relpath(os.path.join(root, name), tmp)
                    target = os.path.join(out, rel)
                    source = os.path.join(root, name)
                    if os.path.exists(target):
                        # The term, else the page's file name, tells the two apart, in the file
                        # name and in the id (ids are unique in the catalog).
                        page = os.path.splitext(os.path.basename(r["path"]))[0]
                        suffix = re.sub(r"[^a-z0-9]+", "-", (term or page).lower()).strip("-")
                        n = 1
                        while os.path.exists(target):
                            tag = suffix if n == 1 else f"{suffix}-{n}"
                            target = os.path.join(out, rel)[:-3] + f"-{tag}.md"
                            n += 1
                        base_id = subprocess.run([binary, "list", source, "--format", "ids"],
                                                 capture_output=True, text=True).stdout.strip()
                        with open(source, encoding="utf-8") as f:
                            text = f.read()
                        with open(source, "w", encoding="utf-8") as f:
                            f.write(text.replace("---\n", f"---\nid: {base_id}-{tag}\n", 1))
                    with open(source, encoding="utf-8") as f:
                        text = f.read()
                    with open(source, "w", encoding="utf-8") as f:
                        f.write(fold_long_title(text))
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    shutil.move(source, target)
                    total += 1
    print(f"removed {removed} generated files, wrote {total} facts-only files from {len(rows)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
