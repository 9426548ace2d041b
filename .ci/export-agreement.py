#!/usr/bin/env python3
"""Exporting a generated term README must give the CNCF's own lfx-export.json.

    python3 .ci/export-agreement.py BIN README.md lfx-export.json [lfx-tracking.csv]

Programs are matched by their upstream issue URL, then by full name. For each field the README
carries, the share of official programs whose exported value is equal is printed; the check fails
if any such field agrees on fewer than 95% of programs. Fields the README does not carry (issue
number and URL, maturity, LFIDs, prerequisites) and the project slug (the CNCF's projects.yml
slugs, e.g. `k8s`, are not in any page) are reported for information only.
"""
import csv, io, json, subprocess, sys

bin_, readme, official = sys.argv[1:4]
out = subprocess.run([bin_, "export", readme, "--format", "lfx-json"], capture_output=True, text=True, check=True)
ours = json.loads(out.stdout)["programs"]
theirs = json.load(open(official))["programs"]

def key(p):
    return p["upstream_issue_url"].strip()

by_url = {}
for p in ours:
    by_url.setdefault(key(p), []).append(p)
by_name = {p["program_name_full"]: p for p in ours}

def match(o):
    cands = by_url.get(key(o), [])
    if len(cands) == 1:
        return cands[0]
    return by_name.get(o["program_name_full"]) or (cands[0] if cands else None)

def mentors(p, keys):
    return [tuple(m.get(k) for k in keys) for m in p["mentors"]]

GATED = {
    "cncf_project": lambda p: p["cncf_project"],
    "term": lambda p: p["term"],
    "program_name_full": lambda p: p["program_name_full"],
    "program_name_short": lambda p: p["program_name_short"],
    "description": lambda p: p["description"],
    "technologies": lambda p: p["technologies"],
    "skills": lambda p: p["skills"],
    "mentors (name, handle, email, role)": lambda p: mentors(p, ["name", "github_handle", "email", "role"]),
    "upstream_issue_url": lambda p: p["upstream_issue_url"],
    "lfx_url": lambda p: p["lfx_url"],
}
INFO = {
    "cncf_project_slug": lambda p: p["cncf_project_slug"],
    "issue_number": lambda p: p["issue_number"],
    "cncf_project_maturity": lambda p: p["cncf_project_maturity"],
    "mentors lfid": lambda p: mentors(p, ["lfid"]),
    "prerequisites": lambda p: p["prerequisites"],
}
pairs = [(o, match(o)) for o in theirs]
matched = sum(1 for _, m in pairs if m)
print(f"programs: official {len(theirs)}, exported {len(ours)}, matched {matched}")
failed = False
for title, table, gated in (("fields the README carries", GATED, True), ("not in the README (information)", INFO, False)):
    print(f"-- {title}")
    for name, get in table.items():
        agree = sum(1 for o, m in pairs if m and get(o) == get(m))
        share = agree / len(theirs)
        flag = ""
        if gated and share < 0.95:
            flag = "  << below 95%"
            failed = True
        print(f"  {name:40} {agree:3}/{len(theirs)} {share:6.1%}{flag}")
        if gated and share < 1 and "-v" in sys.argv:
            for o, m in pairs:
                if m and get(o) != get(m):
                    print("     ", o["program_name_full"], "|", repr(get(o))[:150], "|", repr(get(m))[:150])
if len(sys.argv) > 4 and not sys.argv[4].startswith("-"):
    out = subprocess.run([bin_, "export", readme, "--format", "lfx-csv"], capture_output=True, text=True, check=True)
    ours_csv = list(csv.reader(io.StringIO(out.stdout)))
    theirs_csv = list(csv.reader(open(sys.argv[4], newline="")))
    print(f"-- lfx-tracking.csv: header {'equal' if ours_csv[0] == theirs_csv[0] else 'DIFFERENT'}, rows official {len(theirs_csv) - 1}, exported {len(ours_csv) - 1}")
    if ours_csv[0] != theirs_csv[0]:
        failed = True
    rows = {r[0]: r for r in ours_csv[1:]}
    for i, col in enumerate(theirs_csv[0]):
        agree = sum(1 for t in theirs_csv[1:] if t[0] in rows and rows[t[0]][i] == t[i])
        share = agree / (len(theirs_csv) - 1)
        lfid = col.endswith("LFID")
        flag = "  << below 95%" if share < 0.95 and not lfid else ""
        failed = failed or bool(flag)
        print(f"  {col or '(blank)':40} {agree:3}/{len(theirs_csv) - 1} {share:6.1%}{flag}{'  (LFIDs are not in the README)' if lfid else ''}")
sys.exit(1 if failed else 0)
