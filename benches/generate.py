#!/usr/bin/env python3
"""Deterministic corpus generator for the `ideas` benchmark.

    python3 benches/generate.py --ideas 50000 --out /tmp/ideas-bench-50000 [--seed 1]

Writes N invented mentorship ideas spread over pages in every layout the parser reads:

- LFX bullet pages (`### Project` / `#### Idea` with `- Description:` ... `- Upstream Issue:`),
  in a few label styles (plain, bold, nested or inline lists);
- GSoC pages whose fields are headings (`#### Description:`, `#### Mentors:`, ...);
- GSoC pages whose fields are bold paragraphs (`**Description**: ...`);
- table pages, one idea per row (mentors inside the first cell);
- one-idea-per-file canonical files with YAML front-matter.

Multi-idea pages hold 5 to 80 ideas. About a quarter of the ideas need Go, spelt "Go",
"Golang", "GoLang", ... while other ideas carry look-alikes ("Google", "MongoDB", "Django",
"Argo", "cargo", "go-to-market"). Mentors (1 to 4 per idea) come from a pool of about 2,000
invented people. Sizes are 90, 175 or 350 hours; programmes are LFX and GSoC, years 2019-2026.
Descriptions are 60 to 300 words of text generated here from word lists (about 2 KB per idea in
all, so 50,000 ideas make about 100 MB; `--words-scale` changes that); nothing is copied from
real pages.

The output depends only on N and the seed: the same arguments give the same bytes. A small
summary, `.bench-manifest.json` (hidden, so neither `ideas` nor `rg` reads it), records the
number of ideas, of Go ideas and of files per layout. Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys

# --------------------------------------------------------------------------------------------
# Word lists (written for this generator)
# --------------------------------------------------------------------------------------------

FIRST_NAMES = """
Ada Adele Aiko Alba Alder Alma Amara Anika Anton Arjun Astrid Aurel Basil Bea Benedikt Bjorn
Bram Brielle Caius Calla Camille Cato Cedric Celeste Chidi Cleo Corin Dagny Dalia Dario Delphine
Desmond Dima Dorian Edda Edris Elio Elke Emeka Enzo Esme Ezra Fabian Farah Felix Fenna Finn
Freya Gael Gemma Gideon Greta Hana Hakon Hedda Henrik Hugo Ilse Imani Ines Ingo Iris Ivo Jade
Jalen Jasper Joelle Jonas Juno Kaito Kalani Kamal Kasia Kenji Keira Lars Leona Levi Lina Linus
Lior Lotte Luca Lumi Maeve Malik Mara Marek Mateo Mika Milo Mira Nadia Nalani Nico Nika Noor
Odile Olek Omar Orla Oskar Paz Petra Pilar Quinn Rafael Rania Ravi Reza Rhea Rohan Rosa Rune
Sabine Samir Sana Selin Silas Sindre Soren Talia Tariq Thea Tomas Una Uri Valentin Vera Viggo
Wren Xiomara Yara Yusuf Zadie Zara Zeno Zofia Amaru Bashir Chiara Dagrun Elif Faisal Giulia
Haruto Ilkka Jovana Kofi Leilani Mateus Nuno Oluwaseun Priya Qiu Renske Siddharth Tuva Ugo
Vesna Wanjiru Xavi Yoshiko Zuri
""".split()

LAST_NAMES = """
Abara Achterberg Adeyemi Albescu Alvarado Amsel Anand Arkwright Aston Bakshi Balogun Barlow
Bergstrom Bianchi Blackwood Bouchard Brandt Brennan Calloway Castellanos Chandra Cho Cordova
Dahl Dasgupta Delacroix Demir Dietrich Dubois Ekstrom Elling Engel Escobar Falk Farrow Fenwick
Ferraz Fischer Fonseca Galloway Garnier Gerhardt Ghosh Gillespie Grimaldi Gunnarsson Haddad
Halvorsen Hartmann Hayashi Hendricks Holmberg Huang Ibarra Idowu Ishikawa Iversen Jablonski
Janssen Jaramillo Jovanovic Kagame Kalnins Karlsson Kaur Keller Khoury Kimura Kovacs Kowalczyk
Lachance Lambrecht Larsen Lindqvist Lombardi Lund Madsen Magnusson Marchetti Mbeki Medina
Mendes Moreau Mwangi Nakamura Navarro Nielsen Novak Nyberg Obi Okafor Olsen Ortega Osei
Palmieri Pereira Petrov Pham Quiroga Rahman Rasmussen Reyes Rinaldi Rosales Sahin Salazar
Sandoval Sato Schultz Serrano Shah Silva Sorensen Strand Suzuki Takahashi Tanaka Thorsen
Toivonen Torres Ueda Uddin Vasquez Verhoeven Vidal Virtanen Vogel Wagner Wallin Watanabe Weiss
Wiklund Xu Yamada Yilmaz Yoon Zamora Zeller Zhang Zielinski Castell Drummond Eastwick Faraday
Greenleaf Hollis Ironside Jessup Kingsley Lockhart Merriweather Northcott Oakes Pemberton
""".split()

# A few names written with non-ASCII letters, as real pages have them.
ACCENTED = ["José", "Zoë", "Søren", "Björk", "Ángel", "Łucja", "Çelik", "Nguyễn", "Müller", "Ōta"]

ORG_STEMS = """
Lumen Kestrel Driftwood Anchorage Beacon Quillon Tessellate Harrow Larkspur Meridian Ostrich
Pinnacle Quarry Rivulet Saltmarsh Thistle Umbra Vantage Wicket Yarrow Zephyr Alcove Brindle
Cobalt Dovetail Estuary Fathom Gantry Hearth Inlet Juniper Keystone Lattice Mooring Nimbus
Orchard Parapet Quiver Rampart Sextant Tundra Upland Verdant Windlass Basalt Cairn Dune Ember
Fjord Glacier Heron Ibex Jetty Kelp Lagoon Marram Nettle Obsidian Petrel Quince Reef Sorrel
Tern Urchin Vireo Willow Acorn Bramble Cinder Delta Egret Ferris Grotto Halyard Isobar Jolly
Kite Loom Marlin Nautilus Otter Pylon Quartz Rook Spindle Trellis Umber Vortex Wharf Xylem
Yawl Zinnia
""".split()
ORG_SUFFIXES = ["", "", "", "DB", "Mesh", "Flow", "Ops", "Kit", "Stack", "Hub", " Project", "IO"]

COMPONENTS = """
scheduler controller operator exporter gateway registry dashboard plugin importer indexer
resolver planner profiler tracer collector router proxy sidecar webhook admission-controller
storage-driver query-engine rule-engine policy-engine cache compactor replicator reconciler
autoscaler installer migrator linter formatter parser debugger sandbox runtime allocator
snapshotter uploader notifier broker bridge agent daemon shell console editor renderer
""".split()

VERBS = ["add", "rewrite", "port", "extend", "harden", "speed up", "document", "refactor",
         "redesign", "implement", "migrate", "stabilise", "benchmark", "instrument", "package",
         "simplify", "replace", "integrate", "automate", "secure", "modernise", "profile", "test",
         "clean up", "build", "prototype", "introduce"]

FEATURES = """
metrics export|tracing support|multi-cluster support|multi cluster federation|a plugin system|
incremental builds|offline mode|a web dashboard|role-based access control|rate limiting|
structured logging|a command-line client|snapshot restore|fuzz testing|end-to-end tests|
a Helm chart|ARM64 builds|WebAssembly plugins|OpenTelemetry traces|a Prometheus exporter|
a conformance suite|zero-downtime upgrades|policy checks|SBOM generation|signed releases|
a gRPC API|a REST API|schema validation|a migration tool|a documentation site|accessibility fixes|
localisation|a search index|live reload|a benchmark harness|crash reporting|a VS Code extension|
a Kubernetes operator|an admission webhook|audit logging|secret rotation|TLS everywhere|
a test matrix|dark mode|a tutorial series|an onboarding guide|workload isolation|GPU scheduling
""".replace("\n", "").split("|")

# Vocabulary for descriptions: plain words of technical English.
NOUNS = """
cluster node workload pipeline release contributor maintainer user operator request response
cache index schema manifest resource controller event queue worker thread process container
image registry bucket volume snapshot backup config policy rule check report dashboard chart
metric trace span log alert endpoint service gateway proxy client server library module package
dependency build artifact test suite benchmark fixture document tutorial example guide website
component interface protocol format parser compiler runtime plugin extension hook template
migration upgrade version branch commit review issue milestone roadmap community mentee mentor
latency throughput memory storage network bandwidth certificate secret token identity account
tenant namespace deployment rollout scheduler allocator partition shard replica leader follower
""".split()

ADJECTIVES = """
existing current new small large distributed reliable secure fast slow simple complex modular
reusable flexible minimal stable experimental legacy upstream downstream automated manual
incremental concurrent parallel optional default internal external public private portable
lightweight scalable observable consistent predictable robust fragile verbose readable
""".split()

VERBS_3 = """
stores reads writes sends receives checks builds parses renders exports imports schedules
tracks caches validates reports retries rotates signs verifies compresses streams replicates
collects filters groups merges splits measures publishes indexes rebuilds restarts
""".split()

VERBS_INF = """
store read write send receive check build parse render export import schedule track cache
validate report retry rotate sign verify compress stream replicate collect filter group merge
split measure publish index rebuild restart document test profile refactor simplify extend
""".split()

CONNECTORS = [
    "because", "so that", "while", "although", "when", "before", "after", "until", "unless",
    "and then", "whereas", "since",
]

OPENERS = [
    "Today", "At the moment", "In practice", "For now", "Over the last year", "Currently",
    "As the project grows", "In most deployments", "Since the last release", "Right now",
]

# Phrases that contain look-alikes of "go" (none of them means the Go language).
TRAPS = [
    "Google", "MongoDB", "Django", "Argo", "cargo", "Argo Workflows", "Google Cloud",
    "go-to-market", "algorithm", "ergonomic", "Gopher-free", "Mongo", "Chicago", "going",
    "good", "Godot", "Goa", "ago", "Lego", "logo", "cargo-deny", "Argo CD",
]

GO_SPELLINGS = ["Go", "Go", "Golang", "GoLang", "golang", "Go programming", "Go (Golang)",
                "Golang programming skills", "GO"]

# Skill families (as written on pages). A trap entry never means Go.
SKILL_FAMILIES = {
    "cloud": ["Kubernetes", "Docker", "Helm", "Prometheus", "gRPC", "Istio", "eBPF",
              "Argo CD", "Argo Workflows", "Terraform", "Linux", "Envoy", "etcd",
              "Kubernetes controllers", "container runtimes", "YAML", "GitHub Actions"],
    "web": ["JavaScript", "TypeScript", "React", "Node.js", "CSS", "HTML", "Vue.js",
            "Django", "Flask", "REST APIs", "GraphQL", "Figma", "Next.js", "Tailwind CSS"],
    "data": ["Python", "MongoDB", "PostgreSQL", "SQL", "pandas", "NumPy", "Apache Spark",
             "Kafka", "Redis", "ClickHouse", "Jupyter", "data visualisation"],
    "systems": ["Rust", "C", "C++", "cargo", "LLVM", "WebAssembly", "Linux kernel", "CMake",
                "Tokio", "embedded systems", "Assembly", "Zig"],
    "ml": ["Python", "PyTorch", "TensorFlow", "machine learning", "scikit-learn", "ONNX",
           "LLMs", "Hugging Face Transformers", "CUDA", "statistics"],
    "jvm": ["Java", "Kotlin", "Gradle", "Maven", "Spring Boot", "Scala", "JUnit"],
    "docs": ["Markdown", "technical writing", "Hugo", "English", "Google Docs",
             "go-to-market strategy", "community management", "Git"],
}
SKILL_SOFT = ["Git", "Shell scripting", "Bash", "testing", "CI/CD", "English", "open source",
              "debugging", "distributed systems", "networking", "security"]

DIFFICULTIES = ["Easy", "Medium", "Hard", "Medium", "Medium", "Hard", "Beginner",
                "Intermediate", "Advanced", "Medium to Hard", "Easy to Medium"]
HOURS = [90, 175, 175, 350, 350]

LFX_TERMS = [("01-Mar-May", "Term 1 (Mar-May)"), ("02-Jun-Aug", "Term 2 (Jun-Aug)"),
             ("03-Sep-Nov", "Term 3 (Sep-Nov)")]
YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]

AREAS = ["Tooling", "Docs", "Observability", "Security", "Networking", "Storage", "UI",
         "Scheduling", "Testing", "Release engineering", "Performance", "Community"]

# Layout mix, by share of ideas.
LAYOUTS = [
    ("lfx-bullets", 0.35),
    ("field-headings", 0.15),
    ("bold-paragraphs", 0.15),
    ("table-rows", 0.10),
    ("canonical", 0.25),
]


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def slug(text: str) -> str:
    out = []
    dash = False
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:60].strip("-") or "idea"


def ascii_fold(text: str) -> str:
    table = {"é": "e", "ë": "e", "ø": "o", "ö": "o", "Á": "A", "Ł": "L", "ł": "l", "Ç": "C",
             "ç": "c", "ễ": "e", "ü": "u", "Ō": "O", "ō": "o"}
    return "".join(table.get(c, c) for c in text)


class Gen:
    def __init__(self, seed: int, words_scale: float = 1.0):
        self.r = random.Random(seed)
        self.words_scale = words_scale
        self.issue_no = 1000
        self.titles_used: dict[str, int] = {}
        self.go_ideas = 0
        self.make_people()
        self.make_orgs()

    # ---- people and organisations ----

    def make_people(self) -> None:
        r = self.r
        firsts = FIRST_NAMES + ACCENTED[:4]
        lasts = LAST_NAMES + ACCENTED[4:]
        pairs = [(f, l) for f in firsts for l in lasts]
        chosen = r.sample(pairs, 2000)
        self.people = []
        handles: dict[str, int] = {}
        for first, last in chosen:
            f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
            style = r.randrange(6)
            if style == 0:
                h = f + l
            elif style == 1:
                h = f[0] + l
            elif style == 2:
                h = f + "-" + l
            elif style == 3:
                h = l + f[:2]
            elif style == 4:
                h = f + str(r.randrange(1, 99))
            else:
                h = f.capitalize() + l.capitalize()
            base = h
            while h.lower() in handles:
                handles[base.lower()] += 1
                h = f"{base}{handles[base.lower()]}"
            handles[h.lower()] = 1
            domain = r.choice(["mail.example", "dev.example", "lab.example", "uni.example",
                               "corp.example", "post.example"])
            if r.random() < 0.5:
                email = f"{f}.{l}@{domain}"
            else:
                email = f"{h.lower()}@{domain}"
            self.people.append({"name": f"{first} {last}", "github": h, "email": email})

    def make_orgs(self) -> None:
        r = self.r
        names: list[str] = []
        seen: set[str] = set()
        while len(names) < 240:
            n = r.choice(ORG_STEMS) + r.choice(ORG_SUFFIXES)
            if n not in seen:
                seen.add(n)
                names.append(n)
        self.orgs = []
        for n in names:
            k = r.randint(4, 24)
            start = r.randrange(len(self.people))
            mentors = [(start + i * 7) % len(self.people) for i in range(k)]
            fam = r.sample(sorted(SKILL_FAMILIES), 2)
            self.orgs.append({"name": n, "slug": slug(n), "mentors": mentors, "families": fam,
                              "repo": slug(n), "go_bias": r.random()})

    # ---- text ----

    def sentence(self, n_words: int, go: bool) -> str:
        r = self.r
        words: list[str] = []
        if r.random() < 0.3:
            words.extend(r.choice(OPENERS).split())
            words[-1] += ","
        words += ["the", r.choice(ADJECTIVES), r.choice(NOUNS), r.choice(VERBS_3)]
        while len(words) < n_words:
            roll = r.random()
            if roll < 0.08:
                words.append(r.choice(CONNECTORS))
                words += ["the", r.choice(NOUNS), r.choice(VERBS_3)]
            elif roll < 0.14:
                words += ["to", r.choice(VERBS_INF)]
            elif roll < 0.17:
                words.append(r.choice(TRAPS))
            elif roll < 0.18 and go:
                words.append(r.choice(["Go", "Golang", "Go modules", "goroutines"]))
            elif roll < 0.185:
                words += r.choice([["multi", "cluster"], ["multi-cluster"], ["multiple", "clusters"]])
            elif roll < 0.45:
                words += [r.choice(ADJECTIVES), r.choice(NOUNS)]
            elif roll < 0.6:
                words += [r.choice(["of", "for", "in", "on", "with", "across", "from"]),
                          r.choice(["each", "every", "the", "a", "one"]), r.choice(NOUNS)]
            else:
                words.append(r.choice(NOUNS))
        words[0] = words[0][0].upper() + words[0][1:]
        return " ".join(words) + "."

    def paragraph(self, lo: int, hi: int, go: bool) -> str:
        r = self.r
        target = int(r.randint(lo, hi) * self.words_scale)
        out: list[str] = []
        count = 0
        while count < target:
            n = min(max(6, r.randint(8, 22)), max(6, target - count))
            s = self.sentence(n, go)
            out.append(s)
            count += len(s.split())
        return " ".join(out)

    def wrap(self, text: str, width: int = 100) -> str:
        lines: list[str] = []
        line = ""
        for w in text.split():
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        if line:
            lines.append(line)
        return "\n".join(lines)

    def outcomes(self, go: bool) -> list[str]:
        r = self.r
        items = []
        for _ in range(r.randint(2, 5)):
            items.append(self.sentence(r.randint(6, 16), go)[:-1])
        return items

    # ---- ideas ----

    def title(self, org: dict) -> str:
        r = self.r
        verb = r.choice(VERBS)
        feat = r.choice(FEATURES)
        comp = r.choice(COMPONENTS).replace("-", " ")
        form = r.randrange(4)
        if form == 0:
            t = f"{verb.capitalize()} {feat} for the {org['name']} {comp}"
        elif form == 1:
            t = f"{feat[0].upper() + feat[1:]} in {org['name']}"
        elif form == 2:
            t = f"{verb.capitalize()} the {comp} with {feat}"
        else:
            t = f"{org['name']} {comp}: {feat}"
        key = f"{org['name']}|{t.lower()}"
        n = self.titles_used.get(key, 0) + 1
        self.titles_used[key] = n
        if n > 1:
            t = f"{t} (part {n})"
        return t

    def skills(self, org: dict, go: bool) -> list[str]:
        r = self.r
        fam = org["families"][0] if r.random() < 0.7 else org["families"][1]
        pool = SKILL_FAMILIES[fam]
        chosen = r.sample(pool, min(len(pool), r.randint(1, 4)))
        if r.random() < 0.4:
            chosen.append(r.choice(SKILL_SOFT))
        if go:
            chosen.insert(r.randrange(len(chosen) + 1), r.choice(GO_SPELLINGS))
        else:
            chosen = [s for s in chosen if s != "Go"]
            if r.random() < 0.15:
                chosen.append(r.choice(["MongoDB", "Django", "Argo CD", "Google Cloud", "cargo",
                                        "Argo Workflows", "Google Analytics"]))
        out: list[str] = []
        for s in chosen:
            if s not in out:
                out.append(s)
        return out

    def idea(self, org: dict, program: str, year: int) -> dict:
        r = self.r
        go_p = 0.1 + 0.3 * org["go_bias"]  # averages 0.25
        go = r.random() < go_p
        if go:
            self.go_ideas += 1
        k = r.choices([1, 2, 3, 4], weights=[20, 50, 20, 10])[0]
        mentors = []
        for _ in range(k):
            if r.random() < 0.85:
                p = self.people[r.choice(org["mentors"])]
            else:
                p = r.choice(self.people)
            if p not in mentors:
                mentors.append(p)
        self.issue_no += r.randint(1, 9)
        repo = org["repo"] if r.random() < 0.6 else f"{org['repo']}-{r.choice(COMPONENTS)}"
        return {
            "title": self.title(org),
            "org": org,
            "program": program,
            "year": year,
            "go": go,
            "description": self.paragraph(60, 300, go),
            "outcomes": self.outcomes(go),
            "skills": self.skills(org, go),
            "mentors": mentors,
            "difficulty": r.choice(DIFFICULTIES),
            "hours": r.choice(HOURS),
            "issue": f"https://github.com/{org['slug']}/{repo}/issues/{self.issue_no}",
        }


# --------------------------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------------------------


def mentor_lfx(m: dict, r: random.Random) -> str:
    if r.random() < 0.9:
        return f"{m['name']} (@{m['github']}, {m['email']})"
    return f"{m['name']} (@{m['github']})"


def lfx_page(g: Gen, ideas_n: int, year: int, term: tuple[str, str], page_no: int) -> tuple[str, str]:
    r = g.r
    bold = r.random() < 0.5
    nested_skills = r.random() < 0.5
    label = (lambda s: f"**{s}:**") if bold else (lambda s: f"{s}:")
    lines = [f"# LFX Mentorship {year} {term[1]}", "",
             f"Project ideas proposed for the {year} {term[1]} term. Each idea lists its "
             "mentors and an upstream issue; apply on the LFX Mentorship platform.", "",
             "## Template", "", "```", "### Project Name", "", "#### Idea title", "",
             "- Description:", "- Expected Outcome:", "- Recommended Skills:", "- Mentor(s):",
             "  - Full Name (@github_handle, name@example.org)", "- Upstream Issue:", "```", "",
             "---", "", "## Proposed Project ideas", ""]
    left = ideas_n
    while left > 0:
        org = r.choice(g.orgs)
        k = min(left, r.randint(1, 6))
        left -= k
        lines += [f"### {org['name']}", ""]
        for _ in range(k):
            i = g.idea(org, "lfx", year)
            lines += [f"#### {i['title']}", ""]
            lines.append(f"- {label('Description')} " + i["description"])
            if r.random() < 0.5:
                lines.append(f"- {label('Expected Outcome')}")
                lines += [f"  - {o}" for o in i["outcomes"]]
            else:
                lines.append(f"- {label('Expected Outcome')} " + ". ".join(i["outcomes"]) + ".")
            if nested_skills:
                lines.append(f"- {label('Recommended Skills')}")
                lines += [f"  - {s}" for s in i["skills"]]
            else:
                lines.append(f"- {label('Recommended Skills')} " + ", ".join(i["skills"]))
            lines.append(f"- {label('Mentor(s)')}")
            lines += [f"  - {mentor_lfx(m, r)}" for m in i["mentors"]]
            if r.random() < 0.97:
                lines.append(f"- {label('Upstream Issue')} {i['issue']}")
            lines.append("")
    path = f"programs/lfx-mentorship/{year}/{term[0]}/project_ideas_{page_no:04d}.md"
    return path, "\n".join(lines) + "\n"


def field_headings_page(g: Gen, ideas_n: int, year: int, page_no: int) -> tuple[str, str]:
    r = g.r
    org = r.choice(g.orgs)
    lines = [f"# Google Summer of Code {year}", "",
             f"The {org['name']} Community hopes to take part in Google Summer of Code this year.",
             "", "## How to apply", "", "1. Read the ideas below.", "2. Write a proposal.", "",
             f"## Project Ideas for {year} GSoC", ""]
    for n in range(1, ideas_n + 1):
        i = g.idea(org, "gsoc", year)
        if r.random() < 0.5:
            lines += [f"### Project {n}", f"### Title: {i['title']}", ""]
        else:
            lines += [f"### Project {n}: {i['title']}", ""]
        lines += [f"#### Component: {org['name']}", "", "#### Description:", "",
                  g.wrap(i["description"]), "", "#### Expected Outcomes:", ""]
        lines += [f"- {o}" for o in i["outcomes"]]
        lines += ["", "#### Skills Required:", ""]
        lines += [f"- {s}" for s in i["skills"]]
        lines += ["", "#### Mentors:", ""]
        for m in i["mentors"]:
            if r.random() < 0.5:
                lines.append(f"- {m['name']} (@{m['github']})")
            else:
                lines.append(f"- @{m['github']}")
        lines += ["", f"#### Difficulty: {i['difficulty']}", "",
                  f"#### Expected Size of the Project: {i['hours']} hours", "",
                  "#### GitHub Issue:", "", i["issue"], "", "---", ""]
    path = f"gsoc/{year}/{org['slug']}-ideas-{page_no:04d}.md"
    return path, "\n".join(lines) + "\n"


def bold_page(g: Gen, ideas_n: int, year: int, page_no: int) -> tuple[str, str]:
    r = g.r
    org = r.choice(g.orgs)
    lines = [f"# Google Summer of Code {year}", "",
             f"The {org['name']} community is applying to mentor contributors this summer.", "",
             "## Key Dates", "", "Feb 22: Organisations announced <br />", "May 29: Coding starts",
             "", "## Project Ideas", ""]
    for _ in range(ideas_n):
        i = g.idea(org, "gsoc", year)
        ms = i["mentors"]
        mtext = f"{ms[0]['name']} <{ms[0]['email']}>"
        if len(ms) > 1:
            mtext += ", Co-mentor: " + ", ".join(f"{m['name']} <{m['email']}>" for m in ms[1:])
        lines += [f"### {i['title']}", f"**Github issue**: {i['issue']}", "",
                  "**Description**: " + g.wrap(i["description"]), "",
                  "**Expected outcomes**: " + ". ".join(i["outcomes"]) + ".", "",
                  f"**Project size**: {i['hours']} hours", "",
                  "**Required skills**: " + ", ".join(i["skills"]), "",
                  f"**Difficulty**: {i['difficulty']}", "",
                  f"**Mentors**: {mtext}", ""]
    lines += ["### Custom project proposals", "",
              "Send your own idea to the mailing list before the deadline.", ""]
    path = f"gsoc/{year}/{org['slug']}-summer-{page_no:04d}.md"
    return path, "\n".join(lines) + "\n"


def table_page(g: Gen, ideas_n: int, year: int, page_no: int) -> tuple[str, str]:
    r = g.r
    org = r.choice(g.orgs)
    lines = [f"{org['name']} in [Google Summer of Code {year}](https://summerofcode.example/). "
             "Our proposals are below.", "", "## Proposals", ""]
    if r.random() < 0.3:
        lines += ["### Archived ideas", "", "These ideas were not accepted. Contact us if you "
                  "like one.", ""]
    lines += ["| Project | Area | Skills to study/improve | Degree of Difficulty |",
              "| --- | --- | --- | --- |"]
    for _ in range(ideas_n):
        i = g.idea(org, "gsoc", year)
        ms = ", ".join(f"[{m['name']}](https://github.com/{m['github']}/)" for m in i["mentors"])
        desc = i["description"].replace("|", " ")
        lines.append(f"| [{i['title']}]({slug(i['title'])}.md) <br/>{desc} <br/>"
                     f"Potential Mentor(s): {ms} | {r.choice(AREAS)} | {', '.join(i['skills'])} "
                     f"| {i['difficulty']} |")
    lines += ["", "## Key dates", "", "| Event | Date |", "| --- | --- |",
              "| Applications open | March 24 |", ""]
    path = f"ospp/{year}/{org['slug']}-proposals-{page_no:04d}.md"
    return path, "\n".join(lines) + "\n"


def yaml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def canonical_file(g: Gen, year: int) -> tuple[str, str]:
    r = g.r
    org = r.choice(g.orgs)
    program = "lfx" if r.random() < 0.5 else "gsoc"
    i = g.idea(org, program, year)
    lines = ["---", f"title: {yaml_str(i['title'])}", f"org: {yaml_str(org['name'])}",
             f"program: {program}", f"year: {year}"]
    if program == "lfx":
        lines.append(f"term: {year} {r.choice(LFX_TERMS)[1]}")
    lines.append(f"status: {r.choice(['proposed', 'accepted', 'archived'])}")
    diff = r.choice(["easy", "medium", "hard", "medium-hard", "easy-medium"])
    lines += [f"difficulty: {diff}", f"hours: {i['hours']}", "skills:"]
    lines += [f"  - {yaml_str(s)}" for s in i["skills"]]
    lines.append("mentors:")
    for m in i["mentors"]:
        if r.random() < 0.6:
            lines += [f"  - name: {yaml_str(m['name'])}", f"    github: {m['github']}",
                      f"    email: {m['email']}"]
        else:
            lines.append(f"  - {yaml_str(mentor_lfx(m, r))}")
    lines += ["upstream_issues:", f"  - {i['issue']}",
              f"source_url: https://{org['slug']}.example/ideas/{year}", "---", "",
              "## Description", "", g.wrap(i["description"]), "", "## Expected Outcome", ""]
    lines += [f"- {o}" for o in i["outcomes"]]
    path = f"catalog/{program}/{year}/{org['slug']}/{slug(i['title'])}.md"
    return path, "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


def generate(n: int, out: str, seed: int, words_scale: float) -> dict:
    g = Gen(seed, words_scale)
    r = g.r
    budget = {name: int(round(n * share)) for name, share in LAYOUTS}
    budget["lfx-bullets"] += n - sum(budget.values())
    files: dict[str, str] = {}
    stats = {name: {"files": 0, "ideas": 0} for name, _ in LAYOUTS}
    page_no = 0
    total_bytes = 0

    def put(path: str, text: str, layout: str, k: int) -> None:
        nonlocal total_bytes
        base, ext = os.path.splitext(path)
        j = 2
        while path in files:  # canonical files whose titles slug alike
            path = f"{base}-{j}{ext}"
            j += 1
        files[path] = layout
        data = text.encode("utf-8")
        total_bytes += len(data)
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        stats[layout]["files"] += 1
        stats[layout]["ideas"] += k

    # Interleave layouts in a fixed order so every layout sees every year.
    order = [name for name, _ in LAYOUTS]
    while any(budget[name] > 0 for name in order):
        for name in order:
            left = budget[name]
            if left <= 0:
                continue
            year = r.choice(YEARS)
            if name == "canonical":
                k = min(left, 25)
                for _ in range(k):
                    path, text = canonical_file(g, year)
                    put(path, text, name, 1)
            else:
                k = r.randint(5, 80)
                if left - k < 5:
                    k = left if left <= 80 else left - 5
                page_no += 1
                if name == "lfx-bullets":
                    path, text = lfx_page(g, k, year, r.choice(LFX_TERMS), page_no)
                elif name == "field-headings":
                    path, text = field_headings_page(g, k, year, page_no)
                elif name == "bold-paragraphs":
                    path, text = bold_page(g, k, year, page_no)
                else:
                    path, text = table_page(g, k, year, page_no)
                put(path, text, name, k)
            budget[name] -= k
    manifest = {
        "generator": "benches/generate.py",
        "seed": seed,
        "ideas": n,
        "go_ideas": g.go_ideas,
        "files": len(files),
        "bytes": total_bytes,
        "layouts": stats,
    }
    with open(os.path.join(out, ".bench-manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    return manifest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ideas", type=int, default=50000, help="number of ideas (default 50000)")
    ap.add_argument("--out", required=True, help="output folder (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--words-scale", type=float, default=1.0,
                    help="multiply description lengths (default 1.0: 60-300 words)")
    args = ap.parse_args()
    if args.ideas < 1:
        ap.error("--ideas must be at least 1")
    if os.path.exists(args.out):
        if not os.path.isfile(os.path.join(args.out, ".bench-manifest.json")) and os.listdir(args.out):
            print(f"error: {args.out} exists and is not a generated corpus; not replacing it",
                  file=sys.stderr)
            return 2
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    m = generate(args.ideas, args.out, args.seed, args.words_scale)
    print(f"wrote {m['ideas']} ideas ({m['go_ideas']} need Go) in {m['files']} files, "
          f"{m['bytes'] / 1e6:.1f} MB, to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
