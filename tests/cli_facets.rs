//! The facet commands (`skills`, `mentors`, `orgs`, `stats`) driven through the binary, on
//! fixtures written for this project (tests/fixtures/facets: invented projects and people).
//!
//! The fixtures hold 7 ideas of 3 organisations ("Tidepool" once written "tidepool"). Mira
//! Tandem is written by name only, by handle only (`@mtandem`), by both, and with an email;
//! Oskar van Brook by name once and as `@oskarvanbrook` once (equal when squashed); Mira Quill
//! shares a first name with Mira Tandem and is another person.

use serde_json::{json, Value};
use std::process::{Command, Output};

/// A cache folder with no synced index: the tests read the bundled catalog (or their own
/// pages), never an index a developer synced on this machine.
const NO_SYNCED_INDEX: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-synced-index");

fn fixtures() -> String {
    format!("{}/tests/fixtures/facets", env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary 60 columns wide, with no colour preference from the environment.
fn ideas(args: &[&str]) -> Output {
    ideas_wide(60, args)
}

fn ideas_wide(columns: usize, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .env_remove("NO_COLOR")
        .env("COLUMNS", columns.to_string())
        .output()
        .expect("run ideas")
}

/// Runs a facet command on the fixtures with `extra` arguments and parses its JSON output.
fn facet(command: &str, extra: &[&str]) -> Value {
    let dir = fixtures();
    let mut args = vec![command, dir.as_str(), "--format", "json"];
    args.extend_from_slice(extra);
    let out = ideas(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    parse(&out)
}

fn parse(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `(key, ideas)` pairs of a facet's rows.
fn counts(rows: &Value, key: &str) -> Vec<(String, u64)> {
    rows.as_array()
        .expect("a JSON array")
        .iter()
        .map(|r| {
            (
                r[key].as_str().unwrap_or("null").to_string(),
                r["ideas"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn pairs(items: &[(&str, u64)]) -> Vec<(String, u64)> {
    items.iter().map(|(k, n)| (k.to_string(), *n)).collect()
}

#[test]
fn skills_counts_ideas_per_skill() {
    let got = facet("skills", &[]);
    assert_eq!(
        got,
        json!([
            {"skill": "go", "name": "Go", "ideas": 4},
            {"skill": "kubernetes", "name": "Kubernetes", "ideas": 2},
            {"skill": "python", "name": "Python", "ideas": 2},
            {"skill": "rust", "name": "Rust", "ideas": 2},
            {"skill": "tide tables", "name": "tide tables", "ideas": 1},
            {"skill": "typescript", "name": "TypeScript", "ideas": 1},
        ])
    );
}

#[test]
fn mentors_are_people_not_spellings() {
    let got = facet("mentors", &[]);
    assert_eq!(
        got,
        json!([
            {"name": "Mira Tandem", "github": "mtandem", "emails": ["mira@tidepool.example"],
             "ideas": 4, "orgs": ["Lanternfish", "Tidepool"]},
            {"name": "Leo Harbin", "github": "leoharbin", "emails": ["leo@driftwood.example"],
             "ideas": 2, "orgs": ["Driftwood", "Tidepool"]},
            {"name": "Mira Quill", "github": "mquill", "emails": [],
             "ideas": 2, "orgs": ["Lanternfish", "Tidepool"]},
            {"name": "Oskar van Brook", "github": "oskarvanbrook", "emails": [],
             "ideas": 2, "orgs": ["Lanternfish"]},
            {"name": "Tova Reyes", "github": "tovareyes", "emails": [],
             "ideas": 1, "orgs": ["Driftwood"]},
        ])
    );
}

#[test]
fn orgs_group_spellings_and_count_people() {
    let got = facet("orgs", &[]);
    assert_eq!(
        got,
        json!([
            {"org": "Tidepool", "ideas": 3, "programs": ["gsoc 2025", "lfx 2025"], "mentors": 3},
            {"org": "Driftwood", "ideas": 2, "programs": ["gsoc 2025", "lfx 2025"], "mentors": 2},
            {"org": "Lanternfish", "ideas": 2, "programs": ["gsoc 2024", "gsoc 2025"], "mentors": 3},
        ])
    );
}

#[test]
fn stats_counts_by_programme_difficulty_and_size() {
    let got = facet("stats", &[]);
    assert_eq!(got["total"], 7);
    assert_eq!(
        (&got["orgs"], &got["mentors"], &got["skills"]),
        (&json!(3), &json!(5), &json!(6))
    );
    assert_eq!(
        got["by_program_year"],
        json!([
            {"program": "gsoc", "year": 2025, "ideas": 3},
            {"program": "lfx", "year": 2025, "ideas": 3},
            {"program": "gsoc", "year": 2024, "ideas": 1},
        ])
    );
    assert_eq!(
        counts(&got["by_difficulty"], "difficulty"),
        pairs(&[
            ("easy", 1),
            ("medium", 2),
            ("medium-hard", 1),
            ("hard", 2),
            ("unknown", 1)
        ])
    );
    assert_eq!(
        counts(&got["by_size"], "size"),
        pairs(&[("90", 1), ("175", 2), ("350", 3), ("unknown", 1)])
    );
    assert_eq!(got["by_size"][3]["hours"], Value::Null);
}

#[test]
fn filters_narrow_the_counts() {
    let gsoc = facet("skills", &["--program", "gsoc"]);
    assert_eq!(
        counts(&gsoc, "skill"),
        pairs(&[
            ("go", 3),
            ("python", 2),
            ("tide tables", 1),
            ("typescript", 1)
        ])
    );
    let gsoc = facet("mentors", &["--program", "gsoc"]);
    assert_eq!(
        counts(&gsoc, "name"),
        pairs(&[
            ("Mira Tandem", 2),
            ("Oskar van Brook", 2),
            ("Mira Quill", 1),
            ("Tova Reyes", 1)
        ])
    );
    let go = facet("orgs", &["--skill", "golang"]);
    assert_eq!(
        counts(&go, "org"),
        pairs(&[("Tidepool", 2), ("Driftwood", 1), ("Lanternfish", 1)])
    );
    let go = facet("stats", &["--skill", "go", "--program", "gsoc"]);
    assert_eq!((&go["total"], &go["mentors"]), (&json!(3), &json!(4)));
}

#[test]
fn limit_caps_rows_and_stats_sections() {
    let skills = facet("skills", &["--limit", "2"]);
    assert_eq!(
        counts(&skills, "skill"),
        pairs(&[("go", 4), ("kubernetes", 2)])
    );
    assert_eq!(
        facet("mentors", &["--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let stats = facet("stats", &["--limit", "1"]);
    assert_eq!(stats["total"], 7);
    for section in ["by_program_year", "by_difficulty", "by_size"] {
        assert_eq!(stats[section].as_array().unwrap().len(), 1, "{section}");
    }
}

#[test]
fn nothing_matched_is_exit_1_and_empty_output() {
    let dir = fixtures();
    let out = ideas(&["mentors", &dir, "--program", "other", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(parse(&out), json!([]));
    let out = ideas(&["stats", &dir, "--year", "1999", "--format", "table"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
}

#[test]
fn piped_output_is_plain_text_and_json_is_asked_for() {
    let out = ideas(&["orgs", &fixtures()]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(!text.contains('\x1b') && !text.contains('│'), "{text}");
    assert!(text.lines().next().unwrap().starts_with("Org"), "{text}");
    assert!(
        text.lines().all(|l| l == l.trim_end()),
        "trailing spaces: {text:?}"
    );
    let json = ideas(&["orgs", &fixtures(), "--json"]);
    assert_eq!(parse(&json).as_array().unwrap().len(), 3);
    let stats = ideas(&["stats", &fixtures(), "--json"]);
    assert_eq!(parse(&stats)["total"], 7);
}

#[test]
fn stats_table_piped_draws_hash_bars_without_ansi() {
    let out = ideas(&["stats", &fixtures(), "--format", "table"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "{text}");
    assert!(!text.contains('█'), "{text}");
    for title in ["By programme and year", "By difficulty", "By size"] {
        assert!(text.lines().any(|l| l == title), "{title}: {text}");
    }
    for line in text.lines() {
        assert!(line.chars().count() <= 60, "wider than COLUMNS: {line:?}");
    }
    // "  label  count  bar": labels are at most 11 wide ("medium-hard"), counts 1; the largest
    // count of a section fills what is left of the 60 columns.
    let full = "#".repeat(60 - (2 + 11 + 2 + 1 + 2));
    let line = |prefix: &str| {
        text.lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix:?} in {text}"))
            .to_string()
    };
    assert_eq!(line("  350 hours "), format!("  350 hours    3  {full}"));
    assert_eq!(
        line("  gsoc 2024 "),
        format!("  gsoc 2024    1  {}", "#".repeat(14))
    );
    assert!(line("  medium-hard ").ends_with(&"#".repeat(21)));
}

#[test]
fn stats_table_with_color_always_has_ansi_bars() {
    let out = ideas(&[
        "--color",
        "always",
        "stats",
        &fixtures(),
        "--format",
        "table",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("\x1b["), "{text}");
    assert!(text.contains('█'), "{text}");
    assert!(!text.contains('#'), "{text}");
    assert!(text.contains("By difficulty"));
}

#[test]
fn tables_fit_the_width_and_name_people() {
    let dir = fixtures();
    for command in ["skills", "mentors", "orgs"] {
        // Piped: a header and tab-separated records, nothing cut.
        let out = ideas(&[command, &dir, "--format", "table"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(!text.contains('\x1b'), "{text}");
        let cells = text.lines().next().unwrap().split('\t').count();
        assert!(cells >= 2, "{text}");
        for line in text.lines() {
            assert_eq!(line.split('\t').count(), cells, "{command}: {line:?}");
        }
        // At a terminal (colour forced): fitted to the 60 columns.
        let out = ideas(&["--color", "always", command, &dir, "--format", "table"]);
        let text = stdout(&out);
        let plain: String = text
            .split('\x1b')
            .enumerate()
            .map(|(k, part)| {
                if k == 0 {
                    part
                } else {
                    part.split_once('m').map_or("", |(_, rest)| rest)
                }
            })
            .collect();
        for line in plain.lines() {
            assert!(line.chars().count() <= 60, "{command}: {line:?}");
        }
    }
    let mentors = stdout(&ideas_wide(120, &["mentors", &dir, "--format", "table"]));
    assert!(
        mentors.contains("Mira Tandem") && mentors.contains("@mtandem"),
        "{mentors}"
    );
    let skills = stdout(&ideas(&[
        "skills", &dir, "--format", "table", "--limit", "1",
    ]));
    assert!(
        skills.contains("Go") && !skills.contains("Rust"),
        "{skills}"
    );
}

#[test]
fn bundled_catalog_skill_count_matches_list() {
    let skills = ideas(&["skills", "--format", "json"]);
    assert_eq!(skills.status.code(), Some(0), "{}", stderr(&skills));
    let rows = parse(&skills);
    let go = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["skill"] == "go")
        .expect("go in the bundled catalog");
    let list = ideas(&["list", "--skill", "go", "--format", "json"]);
    let listed = parse(&list).as_array().unwrap().len() as u64;
    assert!(listed > 0);
    assert_eq!(go["ideas"].as_u64(), Some(listed));
    assert_eq!(go["name"], "Go");
}
