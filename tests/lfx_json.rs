//! LFX exports (`lfx-export.json`): the JSON reader, on fixtures written for this project
//! (tests/fixtures/lfx, invented projects and people).

use ideas::model::{Idea, Mentor, Program, Source, Status};
use ideas::parse::lfx_json::{looks_like_lfx_export, parse_lfx_export};
use ideas::parse::{ParsedPage, Warning};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/lfx/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

fn parse(text: &str) -> Result<ParsedPage, Warning> {
    parse_lfx_export("lfx-export.json", text)
}

fn mentor(name: Option<&str>, github: Option<&str>, email: Option<&str>) -> Mentor {
    Mentor {
        name: name.map(Into::into),
        github: github.map(Into::into),
        email: email.map(Into::into),
        affiliation: None,
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn export() -> ParsedPage {
    parse(&fixture("lfx-export.json")).expect("the fixture is valid JSON")
}

#[test]
fn every_titled_program_is_an_idea() {
    let page = export();
    let titles: Vec<&str> = page.ideas.iter().map(|p| p.idea.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Lanternfish CLI: plugin system",
            "Quarry: eBPF flow exporter",
            "Tidewater: migrate the docs site to Hugo",
        ]
    );
    for p in &page.ideas {
        assert!(p.fields.is_empty(), "{}", p.idea.title);
        assert_eq!(p.unlabelled_description, None);
    }
}

#[test]
fn a_program_without_a_title_is_skipped_with_a_warning_on_its_line() {
    let page = export();
    assert_eq!(
        page.warnings,
        [Warning {
            line: 42,
            message: "program 3 has no title (program_name_short or program_name); skipped"
                .to_string(),
        }]
    );
}

/// Skills as a list plus technologies (a repeat of "Go" kept once), a handle with and without
/// `@`, upstream issue as a string, the program's own term and year, and an LFX URL.
#[test]
fn full_program() {
    let page = export();
    let want = Idea {
        id: "lfx-2025-lanternfish-lanternfish-cli-plugin-system".to_string(),
        title: "Lanternfish CLI: plugin system".to_string(),
        org: Some("Lanternfish".to_string()),
        program: Some(Program::Lfx),
        year: Some(2025),
        term: Some("2025 Term 3 (Sep-Nov)".to_string()),
        status: Some(Status::Accepted),
        description: Some(
            "The `lfish` command line tool is a single binary today.\n\nAdd a plugin system so \
             that subcommands can live in their own repositories, discovered on `$PATH` like \
             `kubectl` plugins."
                .to_string(),
        ),
        expected_outcomes: Some(
            "- A plugin loader with tests\n- Documentation for plugin authors".to_string(),
        ),
        skills: strings(&["Go", "REST APIs", "Kubernetes"]),
        skills_raw: Some("Go, REST APIs, Kubernetes".to_string()),
        mentors: vec![
            mentor(
                Some("Ada Quillfeather"),
                Some("adaquill"),
                Some("ada@lanternfish.example"),
            ),
            mentor(
                Some("Bo Tanaka"),
                Some("botanaka"),
                Some("bo@lanternfish.example"),
            ),
        ],
        difficulty: None,
        hours: Vec::new(),
        contacts: Vec::new(),
        upstream_issues: strings(&["https://github.com/lanternfish/lanternfish-cli/issues/142"]),
        links: strings(&[
            "https://mentorship.lfx.linuxfoundation.org/project/0a1b2c3d-lanternfish",
        ]),
        source: Source {
            path: "lfx-export.json".to_string(),
            line: 6,
            url: None,
        },
    };
    assert_eq!(page.ideas[0].idea, want);
}

/// Term only at the top level (year taken from it), skills as a string, a mentor without email,
/// a mentor written as a string, upstream issues as a list, no expected outcome, a null LFX URL,
/// and an unknown key holding brackets inside strings.
#[test]
fn program_relying_on_the_top_level() {
    let page = export();
    let want = Idea {
        id: "lfx-2025-quarry-quarry-ebpf-flow-exporter".to_string(),
        title: "Quarry: eBPF flow exporter".to_string(),
        org: Some("Quarry".to_string()),
        program: Some(Program::Lfx),
        year: Some(2025),
        term: Some("2025 Term 3 (Sep-Nov)".to_string()),
        status: Some(Status::Proposed),
        description: Some(
            "Export per-flow counters from the Quarry agent with an eBPF program. Braces such as \
             { and [ in text, and an escaped quote \" or backslash \\, must not confuse anything."
                .to_string(),
        ),
        expected_outcomes: None,
        skills: strings(&["Rust", "eBPF", "Linux networking", "Prometheus"]),
        skills_raw: Some("Rust, eBPF, Linux networking, Prometheus".to_string()),
        mentors: vec![
            mentor(Some("Chidi Okafor"), Some("chidi-o"), None),
            mentor(
                Some("Dana Ruiz"),
                Some("druiz"),
                Some("dana@quarry.example"),
            ),
        ],
        difficulty: None,
        hours: Vec::new(),
        contacts: Vec::new(),
        upstream_issues: strings(&[
            "https://github.com/quarry-io/quarry/issues/7",
            "https://github.com/quarry-io/quarry/issues/9",
        ]),
        links: Vec::new(),
        source: Source {
            path: "lfx-export.json".to_string(),
            line: 24,
            url: None,
        },
    };
    assert_eq!(page.ideas[1].idea, want);
}

/// Title from `program_name` when the short name is null, the program's own term overriding the
/// top level (and giving the year), null email and null technologies, no status.
#[test]
fn program_with_long_name_and_own_term() {
    let page = export();
    let want = Idea {
        id: "lfx-2026-tidewater-tidewater-migrate-the-docs-site-to-hugo".to_string(),
        title: "Tidewater: migrate the docs site to Hugo".to_string(),
        org: Some("Tidewater".to_string()),
        program: Some(Program::Lfx),
        year: Some(2026),
        term: Some("2026 Term 1 (Mar-May)".to_string()),
        status: None,
        description: Some(
            "Move the documentation site from a hand-written generator to Hugo.".to_string(),
        ),
        expected_outcomes: Some("The docs site builds with Hugo in CI.".to_string()),
        skills: strings(&["Hugo", "Markdown"]),
        skills_raw: Some("Hugo, Markdown".to_string()),
        mentors: vec![mentor(Some("Eun-ji Park"), Some("eunjipark"), None)],
        difficulty: None,
        hours: Vec::new(),
        contacts: Vec::new(),
        upstream_issues: strings(&["https://github.com/tidewater/website/issues/311"]),
        links: strings(&["https://mentorship.lfx.linuxfoundation.org/project/9f8e7d6c-tidewater"]),
        source: Source {
            path: "lfx-export.json".to_string(),
            line: 49,
            url: None,
        },
    };
    assert_eq!(page.ideas[2].idea, want);
}

#[test]
fn a_byte_order_mark_changes_nothing() {
    let text = fixture("lfx-export.json");
    let with_bom = format!("\u{feff}{text}");
    assert!(looks_like_lfx_export(&with_bom));
    let a = export();
    let b = parse(&with_bom).unwrap();
    let ideas = |p: &ParsedPage| p.ideas.iter().map(|i| i.idea.clone()).collect::<Vec<_>>();
    assert_eq!(ideas(&a), ideas(&b));
    assert_eq!(a.warnings, b.warnings);
}

#[test]
fn other_shapes_are_tolerated() {
    let text = r#"{"programs": [
  "not a program",
  {"program_name_short": "Only a title"},
  {
    "program_name_short": "Odd shapes", "cncf_project": "Kelp",
    "year": "2024", "status": "Selected", "term": null,
    "skills": "- Python\n- Kubernetes operators; YAML",
    "technologies": "",
    "mentors": "Fay Lin (@faylin), Gus Moe <gus@kelp.example>",
    "upstream_issue_url": "https://github.com/kelp/kelp/issues/1 https://github.com/kelp/kelp/issues/1",
    "lfx_url": "https://github.com/kelp/kelp/issues/1"
  },
  {"program_name_short": "Bad year and status", "year": 1234, "status": "maybe",
   "term": "Term 2 of 2025", "mentors": {"name": "Hal Ode", "github_handle": "@"}},
  {"program_name_short": "Float year", "year": 2027.0, "extra": [[[[{"deep": ["}"]}]]]]}
]}"#;
    let page = parse(text).unwrap();
    assert_eq!(
        page.warnings,
        [
            Warning {
                line: 2,
                message: "program 1 is not a JSON object; skipped".to_string(),
            },
            Warning {
                line: 13,
                message: "ignoring year 1234 of program \"Bad year and status\": not a year"
                    .to_string(),
            },
            Warning {
                line: 13,
                message: "ignoring unknown status \"maybe\" of program \"Bad year and status\""
                    .to_string(),
            },
        ]
    );
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    assert_eq!(ideas.len(), 4);

    let bare = ideas[0];
    assert_eq!(bare.id, "lfx-only-a-title");
    assert_eq!(bare.source.line, 3);
    assert_eq!(
        (bare.org.as_deref(), bare.year, bare.term.as_deref()),
        (None, None, None)
    );
    assert!(bare.mentors.is_empty() && bare.skills.is_empty() && bare.skills_raw.is_none());
    assert!(bare.upstream_issues.is_empty() && bare.links.is_empty());

    let odd = ideas[1];
    assert_eq!(odd.id, "lfx-2024-kelp-odd-shapes");
    assert_eq!(odd.source.line, 4);
    assert_eq!(odd.status, Some(Status::Accepted));
    assert_eq!(odd.term, None);
    assert_eq!(
        odd.skills_raw.as_deref(),
        Some("Python, Kubernetes operators, YAML")
    );
    assert_eq!(odd.skills, ["Python", "Kubernetes operators", "YAML"]);
    assert_eq!(
        odd.mentors,
        [
            mentor(Some("Fay Lin"), Some("faylin"), None),
            mentor(Some("Gus Moe"), None, Some("gus@kelp.example")),
        ]
    );
    // The same URL twice is one upstream issue, and not repeated as a link.
    assert_eq!(
        odd.upstream_issues,
        ["https://github.com/kelp/kelp/issues/1"]
    );
    assert!(odd.links.is_empty());

    let bad = ideas[2];
    assert_eq!((bad.year, bad.status), (None, None));
    assert_eq!(bad.source.line, 13);
    // A bare `@` is no handle.
    assert_eq!(bad.mentors, [mentor(Some("Hal Ode"), None, None)]);

    assert_eq!(ideas[3].year, Some(2027));
    assert_eq!(ideas[3].source.line, 15);
}

#[test]
fn top_level_year_applies_to_every_program() {
    let text =
        r#"{"year": 2023, "programs": [{"program_name_short": "A", "term": "2025 Term 1"}]}"#;
    let page = parse(text).unwrap();
    assert_eq!(page.ideas[0].idea.year, Some(2023));
    let text =
        r#"{"programs": [{"program_name_short": "A", "year": null, "term": "2025 Term 1"}]}"#;
    assert_eq!(parse(text).unwrap().ideas[0].idea.year, Some(2025));
}

#[test]
fn an_empty_programs_array_is_no_ideas() {
    let page = parse(r#"{"term": "2025 Term 1", "programs": []}"#).unwrap();
    assert!(page.ideas.is_empty() && page.warnings.is_empty());
}

#[test]
fn invalid_json_is_an_error_with_line_and_column() {
    // Cut inside the skills list: the input ends on line 8 (after the last newline).
    let err = parse(&fixture("truncated.json")).unwrap_err();
    assert_eq!(err.line, 8);
    assert_eq!(
        err.message,
        "invalid JSON at column 1: EOF while parsing a list"
    );

    let text =
        "{\n  \"programs\": [\n    {\"program_name_short\": \"A\" \"cncf_project\": \"B\"}\n  ]\n}";
    let err = parse(text).unwrap_err();
    assert_eq!(err.line, 3);
    assert_eq!(
        err.message,
        "invalid JSON at column 32: expected `,` or `}`"
    );

    // Columns count characters, not bytes.
    let err = parse("{\"programs\": [\n  {\"program_name_short\": \"Café\" x}]}").unwrap_err();
    assert_eq!(err.line, 2);
    assert_eq!(
        err.message,
        "invalid JSON at column 33: expected `,` or `}`"
    );

    assert!(parse("").is_err());
    assert!(parse("   \n").is_err());
    assert!(parse("{\"programs\": []} trailing").is_err());
}

#[test]
fn valid_json_that_is_not_an_export_is_an_error() {
    let err = parse(&fixture("not-an-export.json")).unwrap_err();
    assert_eq!(
        (err.line, err.message.as_str()),
        (1, "not an LFX export: no `programs` array")
    );
    let err = parse(&fixture("programs-array.json")).unwrap_err();
    assert_eq!(
        (err.line, err.message.as_str()),
        (1, "not an LFX export: the JSON document is not an object")
    );
    let err = parse("{\n\"programs\": {\"a\": 1}\n}").unwrap_err();
    assert_eq!(
        (err.line, err.message.as_str()),
        (2, "not an LFX export: no `programs` array")
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let depth = 200_000;
    let cases = [
        "[".repeat(depth),
        format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        "{\"a\":".repeat(depth),
        format!("{{\"programs\": [{}", "{\"x\": [".repeat(depth)),
        format!(
            "{{\"programs\": [{{\"program_name_short\": \"A\", \"x\": {}1{}}}]}}",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    ];
    for text in &cases {
        let err = parse(text).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("recursion limit"), "{}", err.message);
        let _ = looks_like_lfx_export(text);
    }
    assert!(looks_like_lfx_export(&cases[3]));
}

#[test]
fn what_looks_like_an_export() {
    assert!(looks_like_lfx_export(&fixture("lfx-export.json")));
    // Broken exports still look like exports, so the error can point at the break.
    assert!(looks_like_lfx_export(&fixture("truncated.json")));
    assert!(looks_like_lfx_export("\n  {\"programs\": []}"));
    assert!(looks_like_lfx_export(
        "{\"programs_note\": \"x\", \"meta\": {\"programs\": 1}, \"programs\": [1]}"
    ));

    assert!(!looks_like_lfx_export(&fixture("issue-form.yml")));
    assert!(!looks_like_lfx_export(&fixture("project_ideas.md")));
    assert!(!looks_like_lfx_export(&fixture("programs-array.json")));
    assert!(!looks_like_lfx_export(&fixture("not-an-export.json")));
    assert!(!looks_like_lfx_export("{\"programs\": null}"));
    assert!(!looks_like_lfx_export("{\"meta\": {\"programs\": []}}"));
    assert!(!looks_like_lfx_export(
        "{\"note\": \"\\\"programs\\\": [\"}"
    ));
    assert!(!looks_like_lfx_export("{{< hugo-shortcode >}}\n# Ideas"));
    assert!(!looks_like_lfx_export(""));
}

fn check_page(text: &str) {
    let lines = text.split('\n').count();
    if let Ok(page) = parse(text) {
        for p in &page.ideas {
            let line = p.idea.source.line;
            assert!(line >= 1 && line <= lines, "line {line} of {lines}");
            assert!(!p.idea.title.trim().is_empty());
        }
        for w in &page.warnings {
            assert!(
                w.line >= 1 && w.line <= lines,
                "warning line {} of {lines}",
                w.line
            );
        }
    }
    let _ = looks_like_lfx_export(text);
}

#[test]
fn truncated_and_mangled_exports_never_panic() {
    let text = fixture("lfx-export.json");
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    for &i in &bounds {
        check_page(&text[..i]);
        check_page(&text[i..]);
    }
    for (k, &i) in bounds.iter().enumerate().step_by(7) {
        let Some(&next) = bounds.get(k + 1) else {
            continue;
        };
        // Drop one character, or replace it with each of the characters that matter to JSON.
        check_page(&format!("{}{}", &text[..i], &text[next..]));
        for c in ["\"", "\\", "{", "}", "[", "]", ",", ":", "\n", "é"] {
            check_page(&format!("{}{c}{}", &text[..i], &text[next..]));
        }
    }
}
