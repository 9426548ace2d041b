#!/usr/bin/env bash
# Validates a SARIF file against the official SARIF 2.1.0 JSON schema (OASIS
# `sarif-schema-2.1.0.json`, draft-07) with Python's jsonschema, format checks included.
#
# Usage: .ci/validate-sarif.sh FILE.sarif
# Exit status: 0 valid, 1 invalid (the errors are printed), 2 could not check.
#
# The schema is not kept in the repository: it is taken from the source distribution of the
# PyPI package sarif-pydantic (pinned, checked by SHA-256), which ships it at its top level, and
# cached in ${TMPDIR:-/tmp}/ideas-sarif-schema/.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE.sarif" >&2
  exit 2
fi
sarif=$1
if [ ! -r "$sarif" ]; then
  echo "$sarif: cannot read" >&2
  exit 2
fi

pkg=sarif-pydantic
version=0.6.2
sha256=6352a05f9d03f181b8d9c71a46bdacc4fcff9d8ade5364858b425ba0c0994ed7
cache="${TMPDIR:-/tmp}/ideas-sarif-schema"
schema="$cache/sarif-schema-2.1.0-$version.json"

python=${PYTHON:-python3}

if ! "$python" -c 'import jsonschema, rfc3986_validator' 2>/dev/null; then
  # rfc3986-validator lets jsonschema check the `uri` and `uri-reference` formats.
  "$python" -m pip install --quiet jsonschema rfc3986-validator >&2 || exit 2
fi

if [ ! -s "$schema" ]; then
  mkdir -p "$cache"
  work=$(mktemp -d "$cache/download.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  # The wheel does not ship the schema; the sdist does.
  "$python" -m pip download --quiet --no-deps --no-binary "$pkg" -d "$work" "$pkg==$version" >&2 ||
    exit 2
  if ! "$python" - "$work" "$work/schema.json" <<'EOF'
import glob, sys, tarfile
work, dest = sys.argv[1], sys.argv[2]
sdists = glob.glob(f"{work}/*.tar.gz")
if len(sdists) != 1:
    sys.exit(f"expected one sdist in {work}, found {sdists}")
with tarfile.open(sdists[0]) as tar:
    members = [m for m in tar.getmembers()
               if m.isfile() and m.name.split("/")[-1] == "sarif-schema-2.1.0.json"]
    if not members:
        sys.exit(f"{sdists[0]} has no sarif-schema-2.1.0.json")
    with open(dest, "wb") as out:
        out.write(tar.extractfile(min(members, key=lambda m: m.name.count("/"))).read())
EOF
  then exit 2; fi
  echo "$sha256  $work/schema.json" | sha256sum --check --quiet >&2 || {
    echo "the schema in $pkg $version does not have the expected SHA-256" >&2
    exit 2
  }
  mv "$work/schema.json" "$schema"
fi

"$python" - "$schema" "$sarif" <<'EOF'
import json, sys
import jsonschema

schema_path, sarif_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
try:
    with open(sarif_path, encoding="utf-8") as f:
        log = json.load(f)
except (OSError, ValueError) as e:
    print(f"{sarif_path}: not JSON: {e}", file=sys.stderr)
    sys.exit(1)

cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
validator = cls(schema, format_checker=getattr(cls, "FORMAT_CHECKER", None) or jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
for e in errors:
    where = "/".join(str(p) for p in e.absolute_path) or "(root)"
    print(f"{sarif_path}: {where}: {e.message}", file=sys.stderr)
if errors:
    print(f"{sarif_path}: {len(errors)} schema error(s)", file=sys.stderr)
    sys.exit(1)
print(f"{sarif_path}: valid SARIF 2.1.0")
EOF
