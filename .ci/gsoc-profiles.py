#!/usr/bin/env python3
"""No LFX template rule fires on a GSoC page of the mirror.

    python3 .ci/gsoc-profiles.py BIN MIRROR_DIR

The pages are the Markdown rows of MIRROR_DIR/MANIFEST.tsv whose `program` is gsoc; they are
validated together under `--profile auto` (the profile is read from each page). The LFX-only
rules are those schemas/lfx-rules.toml turns off under both the gsoc and neutral profiles. Any
finding of one of them, or any finding made under the lfx profile, fails the script; the
profiles the findings were made under are counted and shown.
"""
import collections, csv, json, os, subprocess, sys, tomllib

bin_, mirror = sys.argv[1:3]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "schemas", "lfx-rules.toml"), "rb") as f:
    rules = tomllib.load(f)["rules"]
lfx_only = {r for r, d in rules.items() if d["gsoc"] == "off" and d["neutral"] == "off"}

pages = []
with open(os.path.join(mirror, "MANIFEST.tsv"), encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        path = os.path.join(mirror, row["local_file"])
        if row["program"] == "gsoc" and path.endswith(".md") and os.path.exists(path):
            pages.append(path)
if not pages:
    sys.exit(f"no GSoC Markdown page found in {mirror}/MANIFEST.tsv")

out = subprocess.run([bin_, "validate", "--format", "json", *pages], capture_output=True, text=True)
if out.returncode == 2:
    sys.exit(out.stderr)
findings = json.loads(out.stdout)
bad = [f for f in findings if f["rule"] in lfx_only or f.get("profile") == "lfx"]
profiles = collections.Counter(f.get("profile") for f in findings)
pages_by = collections.Counter()
seen = {}
for f in findings:
    seen.setdefault(f["path"], f.get("profile"))
pages_by.update(seen.values())
print(f"{len(pages)} GSoC pages, {len(findings)} findings; profiles of the pages with findings: "
      f"{dict(sorted(pages_by.items()))}")
for f in bad[:40]:
    print(f"  {f['path']}:{f['line']}:{f['column']}: {f['rule']} ({f.get('profile')}) {f['message'][:120]}")
if bad:
    print(f"{len(bad)} LFX findings on GSoC pages")
    sys.exit(1)
print(f"no LFX-only rule ({len(lfx_only)} rules) fired")
