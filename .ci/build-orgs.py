#!/usr/bin/env python3
"""Writes schemas/orgs.toml, every organisation of this season the tool knows of, from facts.

Usage: python3 .ci/build-orgs.py ../shared/programs/gsoc-2026-organizations.tsv ../shared/mirror \
           > schemas/orgs.toml

- every GSoC 2026 organisation of the programme's list (name, slug, ideas URL, website, the
  programme's technology and topic tags), programme id `gsoc-2026`;
- every CNCF project of the LFX 2026 terms: those of the mirror's `lfx-export.json` files, and
  the project headings of the mirror's term READMEs (terms 1 and 2 publish no export),
  programme ids `lfx-2026-term-N`, ideas URL the term's README.

Names, slugs, URLs and tags are facts; no prose is copied. `aliases` holds spellings pages use
(the ALIASES table below, kept by hand, and the CNCF project names merged by `merge_spellings`:
"WasmEdge Runtime" is WasmEdge, "volcano/kthena" is kthena).
"""
import csv
import glob
import json
import os
import re
import sys

# Spellings the bundled catalog's pages use for an organisation (slug -> names), kept by hand.
# Umbrella organisations: their pages group ideas under member projects ("Kubernetes" on the
# CNCF's page, "ROOT" on the HSF's), and a project heading names the idea's organisation more
# precisely than the umbrella does (FIELDS.md, org).
UMBRELLAS = {"apache-software-foundation", "cern-hsf", "cncf", "numfocus", "openastronomy",
             "python-software-foundation", "the-linux-foundation", "uc-ospo"}

ALIASES = {
    "alaska": ["University of Alaska (Alaska)", "University of Alaska"],
    "cern-hsf": ["HEP Software Foundation (CERN-HSF)", "HEP Software Foundation", "HSF"],
    "humanai": ["HumanAI Foundation"],
    "jabref-ev": ["JabRef"],
    "krkn-chaos": ["Krkn"],
    "machine-learning-for-science-ml4sci": ["ML4SCI (Machine Learning for Science)", "ML4SCI"],
    "nixos-foundation": ["NixOS"],
    "numfocus": ["Gridap (NumFOCUS)", "JuMP (NumFOCUS)"],
    "the-p4-language-consortium": ["P4 Language Consortium", "P4"],
    "the-rust-foundation": ["Rust"],
    "tardis-rt-collaboration": ["TARDIS"],
    "the-linux-foundation": ["OpenPrinting"],
}

TERMS = {"1": "01-Mar-May", "2": "02-Jun-Aug", "3": "03-Sep-Nov"}
README = "https://github.com/cncf/mentoring/blob/main/programs/lfx-mentorship/2026/{}/README.md"


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tags(field: str) -> list:
    return [t.strip().lower() for t in field.split(",") if t.strip()]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


# Words a project's name may carry after its own name on one page and not on another
# ("WasmEdge Runtime" in one term, "WasmEdge" in the others).
DESCRIPTORS = ("runtime", "project")


def name_key(name: str) -> str:
    """A name as spellings of it agree: lower-case letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def shorter_forms(name: str) -> list:
    """What else `name` may be a spelling of: the subproject of "Volcano/AgentCube", the name
    without a trailing descriptor ("WasmEdge Runtime")."""
    forms = []
    if "/" in name:
        forms.append(name.rsplit("/", 1)[1])
    words = name.split()
    if len(words) > 1 and words[-1].lower() in DESCRIPTORS:
        forms.append(" ".join(words[:-1]))
    return [f.strip() for f in forms if f.strip()]


def merge_spellings(orgs: dict) -> dict:
    """One entry per project: a name whose shorter form is another entry's name is that entry
    (its terms, tags and the longer name as an alias go there). Only forms that are names of
    their own merge, so "Knative Functions" stays apart from "Knative"."""
    by_key = {name_key(o["name"]): k for k, o in orgs.items()}
    changed = True
    while changed:
        changed = False
        for k in list(orgs):
            o = orgs[k]
            target = next((by_key[name_key(f)] for f in shorter_forms(o["name"])
                           if by_key.get(name_key(f), k) != k), None)
            if target is None or target not in orgs:
                continue
            t = orgs[target]
            for field in ("programs", "topics", "tech"):
                t[field] += [x for x in o[field] if x not in t[field]]
            t.setdefault("aliases", [])
            for a in [o["name"], *o.get("aliases", [])]:
                if a not in t["aliases"]:
                    t["aliases"].append(a)
            del orgs[k]
            by_key[name_key(o["name"])] = target
            changed = True
    return orgs


def project_headings(path: str) -> list:
    """The project headings of a page that groups ideas under projects, as the page spells them:
    a heading just above idea headings ("### Volcano/AgentCube" holding "#### ...", or
    "#### AgentCube" holding "##### ..."). A section headed "Template" is the page's form for
    proposers, not a project."""
    heads = []
    fence = False
    for line in open(path, encoding="utf-8"):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        h = None if fence else re.match(r"^(#{1,6})\s+(.+?)\s*#*\s*$", line)
        if h:
            # "[kpt](https://kpt.dev/)": the link's text.
            heads.append((len(h[1]), re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", h[2]).strip()))
    kept, template = [], None
    for level, text in heads:
        if template is not None and level <= template:
            template = None
        if template is None and text.lower() == "template":
            template = level
        if template is None:
            kept.append((level, text))
    # Ideas sit at the page's most used heading level, projects one level above them, and
    # a project's subprojects ("### Volcano", "#### AgentCube", "##### idea") between.
    levels = [level for level, _ in kept]
    idea_level = max(set(levels), key=levels.count, default=0)
    return [text for (level, text), nxt in zip(kept, kept[1:])
            if level >= idea_level - 1 and nxt[0] == level + 1]


def term_projects(mirror: str) -> list:
    """(term, project) for each project heading of the mirror's LFX 2026 term READMEs. Read
    from the published pages, not from the bundled catalog, whose ideas carry the canonical
    names this file gives them (reading those made each run drop the aliases the run before
    had written)."""
    found = []
    pattern = os.path.join(mirror, "*", "*lfx-mentorship__2026__*__README.md")
    for path in sorted(glob.glob(pattern)):
        m = re.search(r"2026__0(\d)-", path)
        if m:
            found += [(m[1], name) for name in project_headings(path)]
    return found


def gsoc_projects(mirror: str, ideas_url: str) -> list:
    """The project headings of the mirror's copy of a GSoC umbrella's ideas page."""
    rows = csv.DictReader(open(os.path.join(mirror, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t")
    tail = ideas_url.split("/blob/main/", 1)[-1]
    paths = [r["local_file"] for r in rows if r["program"] == "gsoc" and r["path"] == tail]
    return [name for p in paths for name in project_headings(os.path.join(mirror, p))]


def main() -> None:
    tsv, mirror = sys.argv[1], sys.argv[2]
    orgs = []
    for r in csv.DictReader(open(tsv, encoding="utf-8"), delimiter="\t"):
        orgs.append({"name": r["name"], "slug": r["slug"], "ideas_url": r["ideas_url"],
                     "website": r["website_url"], "tech": tags(r["tech_tags"]),
                     "topics": tags(r["topic_tags"]), "programs": ["gsoc-2026"]})
    cncf = {}

    def add(name, term, maturity=None):
        key = name.lower()
        o = cncf.setdefault(key, {"name": name, "slug": slug(name), "ideas_url": README.format(TERMS[term]),
                                  "website": "", "tech": [], "topics": ["cncf"], "programs": []})
        if maturity and maturity not in o["topics"]:
            o["topics"].append(maturity)
        if f"lfx-2026-term-{term}" not in o["programs"]:
            o["programs"].append(f"lfx-2026-term-{term}")

    for path in sorted(glob.glob(os.path.join(mirror, "*", "*lfx-mentorship__2026__*lfx-export.json"))):
        data = json.load(open(path, encoding="utf-8"))
        for p in data.get("programs", []):
            m = re.search(r"Term (\d)", p.get("term", ""))
            if m and p.get("cncf_project"):
                add(p["cncf_project"], m[1], p.get("cncf_project_maturity"))
    for term, name in term_projects(mirror):
        add(name, term)
    for o in sorted(merge_spellings(cncf).values(), key=lambda o: o["name"].lower()):
        o["programs"].sort()
        # The README of the first term the project takes part in.
        o["ideas_url"] = README.format(TERMS[o["programs"][0][-1]])
        orgs.append(o)
    # The CNCF's GSoC entry lists its projects as members, as the programme writes a member of
    # an umbrella: "Jaeger (CNCF)". `ideas orgs` counts a project's GSoC ideas under it.
    # So are the projects its GSoC page groups ideas under.
    for o in orgs:
        if o["slug"] == "cncf":
            members = [p["name"] for p in orgs if "cncf" in p["topics"] and p is not o]
            known = {name_key(m) for m in members}
            members += [m for m in gsoc_projects(mirror, o["ideas_url"]) if name_key(m) not in known]
            o["aliases"] = [f"{m} (CNCF)" for m in sorted(members, key=str.lower)]

    print("# Every organisation of the season the tool knows of, before their ideas are read.")
    print("# Generated by .ci/build-orgs.py from ../shared/programs/gsoc-2026-organizations.tsv")
    print("# and the mirror's LFX exports; facts only. `aliases`: other spellings pages use.")
    for o in orgs:
        print()
        print("[[org]]")
        print(f"name = {quote(o['name'])}")
        print(f"slug = {quote(o['slug'])}")
        print(f"ideas_url = {quote(o['ideas_url'])}")
        if o["website"]:
            print(f"website = {quote(o['website'])}")
        print(f"tech = [{', '.join(quote(t) for t in o['tech'])}]")
        print(f"topics = [{', '.join(quote(t) for t in o['topics'])}]")
        aliases = ALIASES.get(o["slug"], []) + o.get("aliases", [])
        print(f"aliases = [{', '.join(quote(a) for a in aliases)}]")
        print(f"programs = [{', '.join(quote(p) for p in o['programs'])}]")
        if o["slug"] in UMBRELLAS:
            print("umbrella = true")


if __name__ == "__main__":
    main()
