#!/usr/bin/env python3
"""The CNCF bot passed every program of a term's lfx-export.json: their bodies must pass here too.

    python3 .ci/form-parity.py BIN lfx-export.json [quotas.yml]

Each program is written back as the issue body the form renders (`### Label`, answer,
`_No response_`, `- [X]` boxes), all bodies go to `ideas validate` as one `gh --json` document,
and the script fails if any error-level finding comes back. Warnings are listed (the bot labels
over-quota proposals but lets them pass).
"""
import json, subprocess, sys, collections

bin_, export = sys.argv[1:3]
quota = sys.argv[3] if len(sys.argv) > 3 else None
SAME = "Yes, the required skills are the same as the technologies listed above."
PRE = [("resume", "Resume"), ("cover_letter", "Cover Letter"), ("school_enrollment", "School Enrollment Verification"),
       ("participation_permission", "Participation Permission from school or employer"), ("coding_challenge", "Coding Challenge")]

def body(p):
    val = lambda v: v if v else "_No response_"
    box = lambda on, label: f"- [{'X' if on else ' '}] {label}"
    same = p["skills"] == p["technologies"]
    pre = p["prerequisites"]
    custom = pre.get("custom") or {}
    mentors = "\n".join(f"{m['name']} | @{m['github_handle']} | {m['email']} | {m['lfid']}" for m in p["mentors"])
    sections = [
        ("CNCF Project", p["cncf_project"]), ("Term", p["term"]), ("Program Name", p["program_name_short"]),
        ("Program Description", p["description"]), ("Technologies", p["technologies"]),
        ("Skills same as Technologies?", box(same, SAME)), ("Required/Desirable Skills", val("" if same else p["skills"])),
        ("Mentors", mentors), ("Upstream Issue URL", p["upstream_issue_url"]),
        ("Application Prerequisites", "\n".join(box(pre[k], label) for k, label in PRE)),
        ("Coding Challenge URL", val(pre.get("coding_challenge_url"))),
        ("Custom Prerequisites", box(bool(custom), "Custom Prerequisite (fill in details below)")),
        ("Custom Prerequisite Name", val(custom.get("name"))),
        ("Custom Prerequisite Description", val(custom.get("description"))),
        ("Custom Prerequisite — File Upload", box(custom.get("file_upload"), "Yes — completion of this task requires the mentee to submit a file.")),
    ]
    return "\n\n".join(f"### {label}\n\n{answer}" for label, answer in sections) + "\n"

programs = json.load(open(export))["programs"]
issues = [{"number": p["issue_number"], "title": p["program_name_full"], "body": body(p)} for p in programs]
args = [bin_, "validate", "-", "--format", "json"] + (["--quota", quota] if quota else [])
out = subprocess.run(args, input=json.dumps(issues), capture_output=True, text=True)
if out.returncode == 2:
    sys.exit(out.stderr)
findings = json.loads(out.stdout)
errors = [f for f in findings if f["level"] == "error"]
count = collections.Counter((f["level"], f["rule"]) for f in findings)
print(f"{len(programs)} bot-accepted programs: {len(errors)} errors, {len(findings) - len(errors)} other findings")
for (level, rule), n in sorted(count.items()):
    print(f"  {level:8} {rule:28} {n}")
for f in errors:
    print(f"  {f['path']}:{f['line']}:{f['column']}: {f['rule']} {f['message'][:160]}")
sys.exit(1 if errors else 0)
