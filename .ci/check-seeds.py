#!/usr/bin/env python3
"""Checks the parser on the seed pages (../shared/seeds) against the bundled catalog.

1. The number of ideas found on each seed page is the number counted by reading it.
2. For every idea of a seed page, the catalog has an idea with the same title, and both agree on
   skills, mentors and difficulty.
3. The same filters (--skill, --mentor, --difficulty) give the same titles on the seeds and on the
   catalog.
Exits 1 on any disagreement, printing each one.
"""
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

# Counted by reading each page (see the notes on issue 2).
EXPECTED = {
    "000_4771325074dfdaf2.txt": 12,  # Kubeflow GSoC 2025, "#### Field:" headings
    "001_f488200599be58c3.txt": 41,  # CNCF LFX 2025, bullets, template in a fence
    "002_c8bdfdfb8de35cf2.txt": 0,   # Kubeflow project overview, no ideas
    "003_d1ec2a89f9ae8646.txt": 4,   # KubeSphere GSoC, one idea per table row
    "004_96892bdc419833e6.txt": 2,   # KubeVirt GSoC 2023, "**Field**:" paragraphs
}


def mirrored_urls(seeds: Path) -> set:
    """The published URLs of the mirror beside the seeds (without fragments): the catalog's
    facts-only files, written by .ci/build-mirror-catalog.py, name one of them as their source."""
    manifest = seeds.parent / "mirror" / "MANIFEST.tsv"
    if not manifest.exists():
        return set()
    with open(manifest, encoding="utf-8") as f:
        return {r["url"].split("#")[0] for r in csv.DictReader(f, delimiter="\t")}


MIRRORED = set()


def run(binary, args, catalog=False):
    if catalog:
        args = ["--bundled", *args]
    out = subprocess.run([binary, "list", *args, "--format", "json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"ideas list {' '.join(args)} failed ({out.returncode}): {out.stderr}")
    ideas = json.loads(out.stdout)
    # The catalog also holds this season's facts-only files (.ci/build-mirror-catalog.py), whose
    # source is a mirrored page: the seeds are compared with the hand-written part.
    def facts_only(idea):
        url = idea["source"].get("url") or ""
        return url.split("#")[0] in MIRRORED or re.search(r"/blob/.*#L\d+$", url)
    return [i for i in ideas if not facts_only(i)] if catalog else ideas


def mentor_key(m):
    return (m.get("name"), (m.get("github") or "").lower() or None, m.get("email"))


def main():
    binary, seeds = sys.argv[1], Path(sys.argv[2])
    MIRRORED.update(mirrored_urls(seeds))
    problems = []
    catalog = run(binary, [], catalog=True)
    by_title = {}
    for idea in catalog:
        by_title.setdefault(idea["title"], []).append(idea)
    total = 0
    for page in sorted(seeds.iterdir()):
        ideas = run(binary, [str(page)])
        want = EXPECTED.get(page.name)
        print(f"{page.name}: {len(ideas)} ideas (expected {want})")
        if want is not None and len(ideas) != want:
            problems.append(f"{page.name}: found {len(ideas)} ideas, expected {want}")
        total += len(ideas)
        for idea in ideas:
            matches = by_title.get(idea["title"], [])
            if len(matches) != 1:
                problems.append(f"{page.name}:{idea['source']['line']}: {idea['title']!r} is in the catalog {len(matches)} times")
                continue
            cat = matches[0]
            for field, norm in [
                ("skills", lambda v: sorted(v)),
                ("mentors", lambda v: sorted(map(mentor_key, v), key=str)),
                ("difficulty", lambda v: v),
            ]:
                a, b = norm(idea[field]), norm(cat[field])
                if a != b:
                    problems.append(
                        f"{page.name}:{idea['source']['line']}: {idea['title']!r}: {field} differ\n"
                        f"    page:    {a}\n    catalog: {b}  ({cat['source']['path']})"
                    )
    if total != len(catalog):
        problems.append(f"seed pages give {total} ideas, the catalog has {len(catalog)}")

    # The same filters give the same answers.
    filters = [["--skill", s] for s in ["go", "kubernetes", "python", "rust", "javascript", "react"]]
    filters += [["--difficulty", d] for d in ["easy", "medium", "hard"]]
    mentors = sorted({m.get("github") or m.get("name") for i in catalog for m in i["mentors"]} - {None})
    filters += [["--mentor", m] for m in mentors]
    for f in filters:
        # The seeds are .txt files: name them, since directories only yield Markdown files.
        a = sorted(i["title"] for i in run(binary, [*map(str, sorted(seeds.iterdir())), *f]))
        b = sorted(i["title"] for i in run(binary, f, catalog=True))
        if a != b:
            problems.append(f"filter {' '.join(f)}: seeds give {len(a)}, catalog gives {len(b)}: "
                            f"only seeds {sorted(set(a) - set(b))}, only catalog {sorted(set(b) - set(a))}")
    print(f"{len(filters)} filters compared")

    # `ideas validate` on the LFX seed reports what a reviewer would, and nothing else.
    lfx = seeds / "001_f488200599be58c3.txt"
    if lfx.exists():
        out = subprocess.run([binary, "validate", str(lfx), "--format", "json"], capture_output=True, text=True)
        got = sorted((f["line"], f["rule"]) for f in json.loads(out.stdout))
        want = sorted([
            (183, "mentor-missing-email"), (184, "mentor-missing-email"),  # Shida Qiu, Paco Xu
            (387, "skill-typo"),                                            # "Kuberntetes"
            (417, "unlabelled-field"),                                      # Cloneset description
            (579, "non-template-field"), (591, "non-template-field"),       # Istio YAML-style keys
            (769, "non-template-field"), (776, "non-template-field"),       # OpenYurt YAML-style keys
            (367, "multiple-upstream-issues"), (651, "multiple-upstream-issues"),
            (794, "multiple-upstream-issues"),
        ])
        print(f"validate on the LFX seed: {len(got)} findings (exit {out.returncode})")
        if got != want or out.returncode != 0:
            problems.append(f"validate on {lfx.name}: got {got}, want {want}, exit {out.returncode}")
    if problems:
        print(f"\n{len(problems)} disagreement(s):")
        for p in problems:
            print(f"- {p}")
        sys.exit(1)
    print(f"seeds and catalog agree: {total} ideas")


if __name__ == "__main__":
    main()
