#!/usr/bin/env python3
"""Every published CNCF LFX term README of 2024-2026 must validate with no error-level finding.

    python3 .ci/published-readmes.py BIN SHARED_DIR

The READMEs are found through the MANIFEST.tsv of SHARED_DIR/mirror and SHARED_DIR/corpus
(`cncf__mentoring/programs__lfx-mentorship__YYYY__...README.md`). Warnings are counted by rule
and shown (real defects of published pages warn); any error fails the script.
"""
import collections, json, os, re, subprocess, sys

bin_, shared = sys.argv[1:3]
NAME = re.compile(r"^cncf__mentoring/programs__lfx-mentorship__(2024|2025|2026)__.*README\.md$")
files = []
for sub in ("mirror", "corpus"):
    manifest = os.path.join(shared, sub, "MANIFEST.tsv")
    if not os.path.exists(manifest):
        continue
    for row in open(manifest, encoding="utf-8"):
        local = row.split("\t", 1)[0]
        path = os.path.join(shared, sub, local)
        if NAME.match(local) and os.path.exists(path):
            files.append(path)
if not files:
    sys.exit("no published CNCF README of 2024-2026 found in the manifests")
failed = False
for path in sorted(files):
    out = subprocess.run([bin_, "validate", path, "--format", "json"], capture_output=True, text=True)
    if out.returncode == 2:
        sys.exit(out.stderr)
    findings = json.loads(out.stdout)
    errors = [f for f in findings if f["level"] == "error"]
    rules = collections.Counter(f["rule"] for f in findings if f["level"] != "error")
    print(f"{os.path.basename(path)}: {len(errors)} errors, warnings {dict(sorted(rules.items()))}")
    for f in errors:
        print(f"  {f['path']}:{f['line']}:{f['column']}: {f['rule']} {f['message'][:160]}")
    failed |= bool(errors)
print(f"{len(files)} published READMEs checked")
sys.exit(1 if failed else 0)
