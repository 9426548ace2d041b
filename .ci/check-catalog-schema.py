#!/usr/bin/env python3
"""Validates the front-matter of every bundled catalog file against schemas/idea.schema.json."""
import json
import sys
from pathlib import Path

import jsonschema
import yaml

schema = json.loads(Path("schemas/idea.schema.json").read_text())
validator = jsonschema.Draft202012Validator(schema)
bad = 0
files = sorted(Path("ideas").rglob("*.md"))
for f in files:
    front = f.read_text().split("---")[1]
    for e in validator.iter_errors(yaml.safe_load(front)):
        print(f"{f}: {'/'.join(map(str, e.path))}: {e.message}")
        bad += 1
print(f"{len(files)} catalog files checked against the idea schema, {bad} problem(s)")
sys.exit(1 if bad else 0)
