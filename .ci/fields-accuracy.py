#!/usr/bin/env python3
"""Per-field accuracy of the parser against hand labels (../shared/truth/fields-sample.jsonl).

usage: fields-accuracy.py BIN LABELS [--min PERCENT] [--misses]

Scored as ../shared/truth/README.md says: an idea is found when its title matches (case, spaces
and punctuation ignored); org matches one of the labelled names; difficulty is equal; hours are
the same set; mentors are the same people (by handle, email or name) with no one extra; a labelled
handle or email must be on the matching person, and an email the labels do not give to that
person is wrong; skills match item by item (case and punctuation ignored, either may be a longer
phrase of the other, aliases of schemas/skills.toml count), with no extra items.

Each page is read by the tool itself (`BIN list FILE --format json`). With --min, exits 1 when a
field is under that percentage. --misses prints every wrong field.
"""
import json
import os
import re
import subprocess
import sys
import tomllib
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    # (Letters and digits of any script: a Chinese title or skill is not empty.)
    return "".join(c for c in s.lower() if c.isalnum() or c in "+#")


def aliases():
    """Every written form of a skill (its name and aliases) mapped to one key."""
    table = {}
    try:
        with open(os.path.join(ROOT, "schemas", "skills.toml"), "rb") as f:
            data = tomllib.load(f)
    except OSError:
        return table
    for key, e in data.items():
        if not isinstance(e, dict):
            continue
        for a in [key, e.get("name")] + list(e.get("aliases") or []):
            if a:
                table[norm(a)] = key
    return table


ALIASES = aliases()


def skill_match(a, b):
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb or ALIASES.get(na, na) == ALIASES.get(nb, nb):
        return True
    # a longer phrase of the other, on word boundaries
    wa, wb = words(a), words(b)
    return contains(wa, wb) or contains(wb, wa)


def words(s):
    return [norm(w) for w in re.split(r"[\s/,()\-]+", s or "") if norm(w)]


def contains(big, small):
    if not small or len(small) > len(big):
        return False
    return any(big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1))


def skills_matched(ours, label):
    """How many label items find an item of ours (each of ours used once)."""
    used = set()
    for l in label:
        hit = next((i for i, o in enumerate(ours) if i not in used and skill_match(o, l)), None)
        if hit is not None:
            used.add(hit)
    return len(used)


def skills_right(ours, label):
    ours, label = list(ours or []), list(label or [])
    if len(ours) != len(label):
        return False
    used = set()
    for l in label:
        hit = next((i for i, o in enumerate(ours) if i not in used and skill_match(o, l)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def hours_set(h):
    if h is None:
        return set()
    if isinstance(h, list):
        return set(h)
    return {h}


def same_person(o, l):
    if l.get("github") and o.get("github") and l["github"].lower() == o["github"].lower():
        return True
    if l.get("email") and o.get("email") and l["email"].lower() == o["email"].lower():
        return True
    return bool(l.get("name")) and norm(l.get("name")) == norm(o.get("name"))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--misses" in sys.argv
    minimum = None
    if "--min" in sys.argv:
        minimum = float(sys.argv[sys.argv.index("--min") + 1])
        args = [a for a in args if a != sys.argv[sys.argv.index("--min") + 1]]
    binary, labels = args[0], args[1]
    # `file` is relative to the folder that holds shared/ (labels are shared/truth/*.jsonl)
    base = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(labels))))
    ideas = [json.loads(l) for l in open(labels, encoding="utf-8") if l.strip()]
    ideas = [d for d in ideas if "n" in d]
    cache = {}
    right, total = defaultdict(int), defaultdict(int)
    misses = []
    items = [0, 0, 0]  # skill items matched, ours, labelled

    def score(field, ok, d, ours, want):
        total[field] += 1
        right[field] += bool(ok)
        if not ok:
            misses.append((field, d["file"], d["title"], ours, want))

    for d in ideas:
        path = os.path.join(base, d["file"])
        if path not in cache:
            out = subprocess.run([binary, "list", path, "--format", "json"], capture_output=True, text=True)
            try:
                cache[path] = json.loads(out.stdout or "[]")
            except json.JSONDecodeError:
                cache[path] = []
        found = [i for i in cache[path] if norm(i.get("title")) == norm(d["title"])]
        score("title", found, d, None, d["title"])
        if not found:
            continue
        i = found[0]
        if d.get("org"):
            score("org", norm(i.get("org")) in {norm(o) for o in d["org"]}, d, i.get("org"), d["org"])
        score("difficulty", i.get("difficulty") == d.get("difficulty"), d, i.get("difficulty"), d.get("difficulty"))
        score("hours", hours_set(i.get("hours")) == set(d.get("hours") or []), d, i.get("hours"), d.get("hours"))
        ours = i.get("mentors") or []
        label = d.get("mentors") or []
        pairs = []
        used = set()
        for l in label:
            hit = next((k for k, o in enumerate(ours) if k not in used and same_person(o, l)), None)
            if hit is not None:
                used.add(hit)
            pairs.append((l, None if hit is None else ours[hit]))
        ok = all(o is not None for _, o in pairs) and len(ours) == len(label)
        score("mentors", ok, d, [m.get("name") for m in ours], [m.get("name") for m in label])
        for l, o in pairs:
            if l.get("github"):
                got = (o or {}).get("github")
                score("handles", got and got.lower() == l["github"].lower(), d, got, l["github"])
            got = (o or {}).get("email")
            if l.get("email"):
                score("emails", got and got.lower() == l["email"].lower(), d, got, l["email"])
            elif got:
                score("emails", False, d, got, None)
        for k, o in enumerate(ours):
            if k not in used and o.get("email"):
                score("emails", False, d, o.get("email"), None)
        items[0] += skills_matched(i.get("skills") or [], d.get("skills") or [])
        items[1] += len(i.get("skills") or [])
        items[2] += len(d.get("skills") or [])
        score("skills", skills_right(i.get("skills"), d.get("skills")), d, i.get("skills"), d.get("skills"))

    if show:
        for field, f, title, ours, want in misses:
            print(f"{field:10} {f[len('shared/mirror/'):][:60]} | {(title or '')[:50]} | ours={ours!r} want={want!r}")
    failed = []
    print(f"{'field':12}{'right':>7}{'of':>6}{'%':>8}")
    for field in ["title", "org", "difficulty", "hours", "mentors", "handles", "emails", "skills"]:
        t = total[field]
        pct = 100.0 * right[field] / t if t else 100.0
        print(f"{field:12}{right[field]:>7}{t:>6}{pct:>8.1f}")
        if minimum is not None and pct < minimum:
            failed.append(field)
    if items[1] and items[2]:
        print(f"skill items: {100.0 * items[0] / items[1]:.1f}% precision, {100.0 * items[0] / items[2]:.1f}% recall")
    if failed:
        print(f"under {minimum}%: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
