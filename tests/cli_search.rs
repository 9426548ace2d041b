//! `ideas search`, driven as users drive it, on fixtures written for this project
//! (tests/fixtures/search: invented projects and people).
//!
//! The fixtures hold 7 ideas:
//!
//! | file | title | org | program | skills | notes |
//! | --- | --- | --- | --- | --- | --- |
//! | lamp-exporter | Prometheus exporter for lamp metrics | Lighthouse | lfx 2025 | Golang, Prometheus | "multi-cluster" in the body; mentor @adakeeper |
//! | lamp-cli | Command-line client for the lamp API | Lighthouse | gsoc 2025 | Go, Kubernetes | |
//! | beacon-dashboard | Beacon dashboard | Riverbank | gsoc 2023 | TypeScript, React | body: "lamp exporter", "cluster ... multi" apart |
//! | harbour-dashboard | Harbour dashboard | Riverbank | gsoc 2025 | TypeScript | |
//! | alerting-dashboard | Alerting dashboard | Meadowlark | lfx 2025 | Rust, k8s | body: "lamp" |
//! | agent-port | Port the beacon agent to a new runtime | Meadowlark | gsoc 2024 | C++ | body: "Rust" |
//! | tide-mesh | Service mesh for tide gauges | Riverbank | lfx 2024 | Python | |

use serde_json::Value;
use std::process::{Command, Output};

/// A cache folder with no synced index: the tests read the bundled catalog (or their own
/// pages), never an index a developer synced on this machine.
const NO_SYNCED_INDEX: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-synced-index");

fn fixtures() -> String {
    format!("{}/tests/fixtures/search", env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary with `args` (the fixtures are passed by the caller) and no colour from the
/// environment.
fn ideas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100")
        .output()
        .expect("run ideas")
}

/// `ideas search QUERY FIXTURES EXTRA... --format json`, with the exit status and the results.
fn search(query: &str, extra: &[&str]) -> (i32, Vec<Value>) {
    let dir = fixtures();
    let mut args = vec!["search", query, dir.as_str()];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--format", "json"]);
    let out = ideas(&args);
    let code = out.status.code().expect("exit status");
    let value: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            stdout(&out),
            stderr(&out)
        )
    });
    (code, value.as_array().expect("a JSON array").clone())
}

/// The titles of `search`'s results, in order.
fn titles(query: &str, extra: &[&str]) -> Vec<String> {
    let (code, results) = search(query, extra);
    assert_eq!(code, 0, "exit status of search {query:?} {extra:?}");
    results
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_string())
        .collect()
}

fn scores(results: &[Value]) -> Vec<f64> {
    results
        .iter()
        .map(|r| r["score"].as_f64().unwrap())
        .collect()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const EXPORTER: &str = "Prometheus exporter for lamp metrics";
const LAMP_CLI: &str = "Command-line client for the lamp API";
const BEACON: &str = "Beacon dashboard";
const HARBOUR: &str = "Harbour dashboard";
const ALERTING: &str = "Alerting dashboard";
const AGENT: &str = "Port the beacon agent to a new runtime";

#[test]
fn title_hit_ranks_above_description_hit() {
    let (code, results) = search("exporter", &[]);
    assert_eq!(code, 0);
    assert_eq!(titles("exporter", &[]), [EXPORTER, BEACON]);
    assert_eq!(scores(&results), [10.0, 1.0]);
}

#[test]
fn skill_hit_ranks_above_body_hit() {
    let (_, results) = search("rust", &[]);
    assert_eq!(titles("rust", &[]), [ALERTING, AGENT]);
    assert_eq!(scores(&results), [8.0, 1.0]);
    assert_eq!(
        results[1]["context"],
        "Rewrite the agent in Rust for memory safety, keeping its wire protocol unchanged."
    );
}

#[test]
fn equal_scores_are_ordered_newest_year_first_then_title() {
    let (_, results) = search("dashboard", &[]);
    assert_eq!(scores(&results), [10.0, 10.0, 10.0]);
    // 2025, 2025 (A-Z), 2023.
    assert_eq!(titles("dashboard", &[]), [ALERTING, HARBOUR, BEACON]);
}

#[test]
fn skill_alias_finds_canonical_skill() {
    // Neither idea says "golang" in its body; one writes the skill "Go", the other "Golang".
    assert_eq!(titles("golang", &[]), [LAMP_CLI, EXPORTER]);
    assert_eq!(titles("GoLang", &[]), [LAMP_CLI, EXPORTER]);
    let (_, results) = search("golang", &[]);
    assert_eq!(scores(&results), [8.0, 8.0]);
    assert_eq!(results[0]["context"], "skills: Go, Kubernetes");
    // k8s is the alias of kubernetes, written "k8s" in one idea and "Kubernetes" in the other.
    assert_eq!(titles("kubernetes", &[]), [ALERTING, LAMP_CLI]);
}

#[test]
fn quoted_phrase_matches_only_adjacent_words() {
    assert_eq!(titles("\"multi cluster\"", &[]), [EXPORTER]);
    // A hyphenated word is a phrase too.
    assert_eq!(titles("multi-cluster", &[]), [EXPORTER]);
    // Unquoted, the words may be apart: equal scores, newest first.
    let (_, results) = search("multi cluster", &[]);
    assert_eq!(titles("multi cluster", &[]), [EXPORTER, BEACON]);
    assert_eq!(scores(&results), [2.0, 2.0]);
}

#[test]
fn every_term_must_match() {
    // Title "dashboard" (10) plus body "lamp" (1); Harbour dashboard has no lamp.
    let (_, results) = search("lamp dashboard", &[]);
    assert_eq!(titles("lamp dashboard", &[]), [ALERTING, BEACON]);
    assert_eq!(scores(&results), [11.0, 11.0]);
    let (code, results) = search("exporter rust", &[]);
    assert_eq!(code, 1);
    assert!(results.is_empty());
}

#[test]
fn mentors_are_searched_by_handle_and_email() {
    let (_, results) = search("@adakeeper", &[]);
    assert_eq!(scores(&results), [4.0]);
    assert_eq!(results[0]["title"], EXPORTER);
    // The context is the mentors line, cut to 100 characters.
    let context = results[0]["context"].as_str().unwrap();
    assert!(
        context.starts_with("mentors: Ada Keeper (@adakeeper, ada@lighthouse.example); Bo Signal"),
        "{context}"
    );
    assert!(
        context.ends_with('…') && context.chars().count() <= 100,
        "{context}"
    );
    assert_eq!(
        titles("cy@meadowlark.example", &[]),
        [ALERTING, AGENT] // same score, 2025 before 2024
    );
}

#[test]
fn filters_combine_with_the_query() {
    assert_eq!(titles("lamp", &[]), [LAMP_CLI, EXPORTER, ALERTING, BEACON]);
    assert_eq!(titles("lamp", &["--program", "gsoc"]), [LAMP_CLI, BEACON]);
    assert_eq!(
        titles("lamp", &["--skill", "k8s", "--program", "lfx"]),
        [ALERTING]
    );
    assert_eq!(titles("lamp", &["--skill", "go"]), [LAMP_CLI, EXPORTER]);
    assert_eq!(titles("dashboard", &["--year", "2023"]), [BEACON]);
    let (code, results) = search("lamp", &["--org", "riverbank", "--year", "2025"]);
    assert_eq!(code, 1);
    assert!(results.is_empty());
}

#[test]
fn limit_caps_the_results() {
    assert_eq!(titles("dashboard", &["--limit", "2"]), [ALERTING, HARBOUR]);
    let dir = fixtures();
    let out = ideas(&["search", "dashboard", &dir, "--limit", "1", "-f", "table"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains(ALERTING), "{text}");
    assert!(!text.contains(HARBOUR) && !text.contains(BEACON), "{text}");
}

#[test]
fn json_results_are_the_ideas_of_list_with_score_and_context() {
    let (code, results) = search("exporter", &[]);
    assert_eq!(code, 0);
    let first = results[0].as_object().unwrap();
    assert!(first["score"].is_f64());
    assert_eq!(first["context"], EXPORTER);
    // `ideas search helm | jq '.[].title'` works: the idea's fields are at the top level.
    assert_eq!(first["title"], EXPORTER);
    let mut idea = first.clone();
    idea.remove("score");
    idea.remove("context");
    let idea = &Value::Object(idea);
    assert_eq!(
        idea["id"],
        "lfx-2025-lighthouse-prometheus-exporter-for-lamp-metrics"
    );
    assert_eq!(idea["org"], "Lighthouse");
    assert_eq!(idea["program"], "lfx");
    assert_eq!(idea["year"], 2025);
    assert_eq!(idea["skills"], serde_json::json!(["Golang", "Prometheus"]));
    assert_eq!(idea["mentors"][0]["github"], "adakeeper");
    assert!(idea["source"]["path"]
        .as_str()
        .unwrap()
        .ends_with("lamp-exporter.md"));
    // The same idea as `list --format json` gives.
    let dir = fixtures();
    let out = ideas(&["list", &dir, "--text", "prometheus exporter", "-f", "json"]);
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(&listed[0], idea);
    // The context of a body match is a window of the body, without marks.
    assert_eq!(
        results[1]["context"],
        "…beacon. It reads data from the lamp exporter, and each cluster view shows multi tenant usage."
    );
}

#[test]
fn no_match_exits_1_with_empty_output() {
    let (code, results) = search("zebra", &[]);
    assert_eq!(code, 1);
    assert!(results.is_empty());
    let dir = fixtures();
    let json = ideas(&["search", "zebra", &dir, "--format", "json"]);
    assert_eq!(stdout(&json), "[]\n");
    let table = ideas(&["search", "zebra", &dir, "--format", "human"]);
    assert_eq!(table.status.code(), Some(1));
    assert_eq!(stdout(&table), "");
}

#[test]
fn a_misspelt_word_gets_a_did_you_mean() {
    let dir = fixtures();
    let out = ideas(&["search", "promethues", &dir]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.contains("'promethues'  0 ideas: did you mean 'prometheus'?"),
        "{err}"
    );
    // Each word alone, when every word matches something but not together.
    let out = ideas(&["search", "exporter rust", &dir]);
    let err = stderr(&out);
    assert!(err.contains("each alone"), "{err}");
    assert!(err.contains("'exporter'  2 ideas"), "{err}");
    assert!(err.contains("'rust'  2 ideas"), "{err}");
}

#[test]
fn ids_and_piped_lines_carry_full_ids() {
    let dir = fixtures();
    let out = ideas(&["search", "exporter", &dir, "--format", "ids"]);
    assert_eq!(
        stdout(&out),
        "lfx-2025-lighthouse-prometheus-exporter-for-lamp-metrics\ngsoc-2023-riverbank-beacon-dashboard\n"
    );
    // Piped, the human format is a header, then tab-separated: score, id, title, org, programme, skills.
    let out = ideas(&["search", "exporter", &dir]);
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("score\tid\ttitle\torg\tprogram\tskills"));
    let first = lines.next().unwrap().to_string();
    let cells: Vec<&str> = first.split('\t').collect();
    assert_eq!(
        cells,
        [
            "10.0",
            "lfx-2025-lighthouse-prometheus-exporter-for-lamp-metrics",
            EXPORTER,
            "Lighthouse",
            "lfx 2025",
            "Golang, Prometheus"
        ]
    );
}

#[test]
fn empty_query_is_an_error() {
    let dir = fixtures();
    for q in ["", "   ", " ,, -- \"\" "] {
        let out = ideas(&["search", q, &dir]);
        assert_eq!(out.status.code(), Some(2), "{q:?}");
        assert!(
            stderr(&out).contains("empty query"),
            "{q:?}: {}",
            stderr(&out)
        );
        assert_eq!(stdout(&out), "");
    }
}

#[test]
fn terminal_lines_show_score_short_id_title_org_program_and_context() {
    let dir = fixtures();
    // Colour forced gives the terminal layout; the escapes are removed to compare.
    let out = ideas(&["--color", "always", "search", "exporter", &dir]);
    assert_eq!(out.status.code(), Some(0));
    let text = strip_ansi(&stdout(&out));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "SCORE  ID       TITLE                                 ORG         PROGRAM    SKILLS"
    );
    let exporter_id = short_id_of(
        &dir,
        "lfx-2025-lighthouse-prometheus-exporter-for-lamp-metrics",
    );
    assert_eq!(
        lines[1],
        format!(" 10.0  {exporter_id}  Prometheus exporter for lamp metrics  Lighthouse  lfx 2025   Golang, Prometheus")
    );
    assert_eq!(
        lines[2],
        "                Prometheus exporter for lamp metrics"
    );
    assert!(lines[3].starts_with("  1.0  "), "{text}");
    assert!(
        lines[4].starts_with("                …data from the lamp exporter"),
        "{text}"
    );
    for line in &lines {
        assert!(line.chars().count() <= 100, "{line}");
    }
}

/// Text without ANSI escape sequences.
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The short id `list` prints for a full id (read from the tool itself).
fn short_id_of(dir: &str, id: &str) -> String {
    let shown = ideas(&["show", id, dir, "--format", "json"]);
    assert_eq!(shown.status.code(), Some(0));
    // The first column of the terminal lines is the short id; find the line of this title.
    let title: Value = serde_json::from_slice(&shown.stdout).unwrap();
    let title = title["title"].as_str().unwrap().to_string();
    let lines = strip_ansi(&stdout(&ideas(&["--color", "always", "list", dir])));
    lines
        .lines()
        .find(|l| l.contains(&title))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_string()
}

#[test]
fn colour_only_with_color_always() {
    let dir = fixtures();
    let colored = ideas(&[
        "--color", "always", "search", "exporter", &dir, "--format", "human",
    ]);
    assert_eq!(colored.status.code(), Some(0));
    let text = stdout(&colored);
    assert!(
        text.contains("\u{1b}[1;33mexporter\u{1b}[0m"),
        "no marked word: {text:?}"
    );
    for args in [
        vec![
            "--color", "never", "search", "exporter", &dir, "--format", "human",
        ],
        vec!["search", "exporter", &dir, "--format", "human"],
        vec![
            "--color", "always", "search", "exporter", &dir, "--format", "json",
        ],
    ] {
        let out = ideas(&args);
        assert_eq!(out.status.code(), Some(0));
        assert!(
            !stdout(&out).contains('\u{1b}'),
            "{args:?}: {:?}",
            stdout(&out)
        );
    }
    // NO_COLOR does not override an explicit --color always.
    let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["--color", "always", "search", "lamp", &dir, "-f", "table"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(stdout(&out).contains('\u{1b}'));
}
