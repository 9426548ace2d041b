//! `ideas show`, driven as users drive it, on the ideas in tests/fixtures/show/ and on the
//! bundled catalog.

use ideas::model::Idea;
use ideas::render::terminal::display_width;
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// A cache folder with no synced index: the tests read the bundled catalog (or their own
/// pages), never an index a developer synced on this machine.
const NO_SYNCED_INDEX: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-synced-index");

const EXPORTER_ID: &str = "lfx-2025-lighthouse-add-a-go-exporter-for-lamp-metrics";
const DASHBOARD_ID: &str = "lfx-2025-lighthouse-add-a-lamp-dashboard-to-the-keeper-portal";
const FOG_ID: &str = "gsoc-2024-harbour-lights-fog-horn-scheduler";

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/show")
}

/// The binary, run in the fixtures folder with a predictable environment (80 columns, no
/// catalog override, colour left to the `--color` flag).
fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ideas"));
    c.args(args)
        .current_dir(fixtures())
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .env_remove("NO_COLOR")
        .env("COLUMNS", "80");
    c
}

fn ideas(args: &[&str]) -> Output {
    command(args).output().expect("run ideas")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `show ID .` on the fixtures, checked to succeed.
fn show(args: &[&str]) -> String {
    let out = ideas(args);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    stdout(&out)
}

/// The fixture ideas as `list --format json` gives them.
fn listed(path: &str) -> Vec<Value> {
    let out = ideas(&["list", "--format", "json", path]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn listed_idea(id: &str) -> Value {
    listed(".")
        .into_iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} is not listed"))
}

#[test]
fn shows_an_idea_by_id() {
    let out = show(&["show", EXPORTER_ID, "."]);
    assert!(
        out.starts_with("Add a Go exporter for lamp metrics\n"),
        "{out}"
    );
    assert!(!out.contains("lamp dashboard"), "{out}");
}

#[test]
fn shows_an_idea_by_unique_title_prefix() {
    let out = show(&["show", "  FOG   horn", "."]);
    assert!(out.starts_with("Fog horn scheduler\n"), "{out}");
    // The whole title, any case.
    let out = show(&["show", "add a go exporter for lamp metrics", "."]);
    assert!(out.starts_with("Add a Go exporter"), "{out}");
    // The start of an id.
    let out = show(&["show", "gsoc-2024", "."]);
    assert!(out.starts_with("Fog horn scheduler\n"), "{out}");
}

#[test]
fn ambiguous_prefix_lists_the_candidates() {
    let out = ideas(&["show", "Add a", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.starts_with("'Add a' matches 2 ideas:\n"), "{err}");
    assert!(
        err.contains(&format!(
            "{EXPORTER_ID}  Add a Go exporter for lamp metrics (Lighthouse, lfx 2025)"
        )),
        "{err}"
    );
    assert!(err.contains(DASHBOARD_ID), "{err}");
    assert!(!err.contains(FOG_ID), "{err}");
}

#[test]
fn unknown_idea_suggests_the_closest() {
    let out = ideas(&["show", "fog horn sceduler", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("no idea 'fog horn sceduler'"), "{err}");
    assert!(
        err.contains(&format!("did you mean '{FOG_ID}' (Fog horn scheduler)?")),
        "{err}"
    );

    let out = ideas(&["show", "gsoc-2024-harbour-lights-fog-horn-sheduler", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("did you mean '{FOG_ID}'")));

    let out = ideas(&["show", "quantum teleporter", "."]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("no idea 'quantum teleporter'"), "{err}");
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn markdown_format_is_the_canonical_file() {
    let out = show(&["show", EXPORTER_ID, ".", "--format", "markdown"]);
    let idea: Idea = serde_json::from_value(listed_idea(EXPORTER_ID)).unwrap();
    assert_eq!(out, ideas::render::canonical::render(&idea));

    // The file lists as the same idea.
    let dir = std::env::temp_dir().join(format!("ideas-show-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("exporter.md");
    std::fs::write(&file, &out).unwrap();
    let again = listed(file.to_str().unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(again.len(), 1);
    let original = listed_idea(EXPORTER_ID);
    for key in [
        "id",
        "title",
        "org",
        "program",
        "year",
        "term",
        "status",
        "description",
        "expected_outcomes",
        "skills",
        "mentors",
        "difficulty",
        "hours",
        "upstream_issues",
        "links",
    ] {
        assert_eq!(again[0][key], original[key], "{key}");
    }
    assert_eq!(again[0]["source"]["url"], original["source"]["url"]);
}

#[test]
fn json_format_is_the_listed_idea() {
    let out = show(&["show", FOG_ID, ".", "--format", "json"]);
    assert!(out.ends_with("}\n"), "{out}");
    let shown: Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = shown
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "id",
        "title",
        "org",
        "program",
        "year",
        "term",
        "status",
        "description",
        "expected_outcomes",
        "skills",
        "skills_raw",
        "mentors",
        "difficulty",
        "hours",
        "upstream_issues",
        "links",
        "source",
    ] {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
    }
    assert_eq!(shown, listed_idea(FOG_ID));
}

#[test]
fn terminal_view_has_the_facts_and_rendered_markdown() {
    let out = show(&["show", EXPORTER_ID, "."]);
    for want in [
        "Org             Lighthouse\n",
        "Program         LFX Mentorship 2025, 2025 Term 2 (Jun-Aug)\n",
        "Status          accepted\n",
        "Difficulty      medium-hard\n",
        "Size            175 hours\n",
        "Skills          Golang, Prometheus, Kubernetes\n",
        "Mentors         Ada Keeper (@adakeeper) <ada@lighthouse.example>\n",
        "https://github.com/adakeeper\n",
        "Bo Signal (@bosignal) <bo@lighthouse.example>\n",
        "https://github.com/bosignal\n",
        "Contact         keepers-dev@lists.lighthouse.example\n",
        "Upstream issue  https://github.com/lighthouse/lighthouse/issues/101\n",
        "Link            https://lighthouse.example/docs/metrics\n",
        "Source          https://example.org/lighthouse/ideas\n",
        "\nDescription\n\n",
        "Prometheus exporter in Go",
        "\nBackground\n\n",
        "• Collect the lamp counters from the keeper daemon\n",
        "  ◦ over its local socket\n",
        "  1. with the standard Go client library\n",
        "• [x] write a design note\n",
        "• [ ] agree on metric names",
        "│ Keepers read the dashboard at night",
        "    lamp_hours_total{lamp=\"north\"} 1234\n",
        "\nExpected outcome\n\n",
    ] {
        assert!(out.contains(want), "{want:?} missing from\n{out}");
    }
    // Links show their target (the text may wrap anywhere).
    assert!(
        out.replace('\n', " ")
            .contains("metrics guide (https://lighthouse.example/docs/metrics) and https://lighthouse.example/faq for"),
        "{out}"
    );
    // Markdown syntax is rendered, not shown.
    assert!(!out.contains("**") && !out.contains("###") && !out.contains("```"));

    // Absent fields have no line.
    let fog = show(&["show", FOG_ID, "."]);
    for absent in [
        "Status",
        "Difficulty",
        "Size",
        "Mentor",
        "Upstream",
        "Expected",
    ] {
        assert!(!fog.contains(absent), "{absent} in\n{fog}");
    }
}

#[test]
fn page_escapes_never_reach_the_terminal() {
    for args in [
        vec!["show", EXPORTER_ID, "."],
        vec!["--color", "always", "show", EXPORTER_ID, "."],
    ] {
        let out = show(&args);
        assert!(out.contains("Beware of clear screens."), "{out}");
        assert!(!out.contains("pwned") && !out.contains("entity"), "{out}");
        assert!(!out.contains('\u{7}'), "{out:?}");
        // The only escapes are the view's own colours: ESC [ digits/semicolons m.
        for (i, _) in out.match_indices('\u{1b}') {
            let rest = &out[i + 1..];
            let sgr = rest.strip_prefix('[').and_then(|r| {
                let end = r.find(|c: char| !c.is_ascii_digit() && c != ';')?;
                r[end..].starts_with('m').then_some(())
            });
            assert!(
                sgr.is_some(),
                "not a colour: {:?}",
                &rest[..rest.len().min(12)]
            );
        }
    }
}

#[test]
fn no_ansi_unless_colour_is_asked_for() {
    for id in [EXPORTER_ID, DASHBOARD_ID, FOG_ID] {
        let out = show(&["show", id, "."]);
        assert!(!out.contains('\u{1b}'), "{out:?}");
    }
    let out = show(&["--color", "always", "show", EXPORTER_ID, "."]);
    assert!(
        out.starts_with("\u{1b}[1mAdd a Go exporter for lamp metrics\u{1b}[0m\n"),
        "{out:?}"
    );
    assert!(out.contains("\u{1b}[1;4mDescription\u{1b}[0m"), "{out:?}");
    let out = show(&["--color", "never", "show", EXPORTER_ID, "."]);
    assert!(!out.contains('\u{1b}'));
}

#[test]
fn terminal_view_fits_the_columns() {
    for id in [EXPORTER_ID, DASHBOARD_ID, FOG_ID] {
        let out = command(&["show", id, "."])
            .env("COLUMNS", "60")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.lines().count() > 5, "{text}");
        for line in text.lines() {
            assert!(display_width(line) <= 60, "{line:?} is wider than 60");
        }
    }
    // Japanese text wraps by display width (two columns a character).
    let out = command(&["show", FOG_ID, "."])
        .env("COLUMNS", "40")
        .output()
        .unwrap();
    let text = stdout(&out);
    let wide = text
        .lines()
        .filter(|l| display_width(l) > l.chars().count())
        .count();
    assert!(wide >= 3, "{text}");
    for line in text.lines() {
        assert!(display_width(line) <= 40, "{line:?} is wider than 40");
    }
}

#[test]
fn shows_a_bundled_idea_by_id() {
    let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["show", "lfx-2025-harbor-harbor-cli"])
        .current_dir(std::env::temp_dir())
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Harbor CLI\n"), "{text}");
    assert!(text.contains("Org             Harbor\n"), "{text}");
    assert!(text.contains("LFX Mentorship 2025"), "{text}");
    assert!(text.contains("https://github.com/"), "{text}");
    // The source is the page it was published on, not the catalog file's path in this
    // repository (issue 37).
    assert!(
        text.contains(
            "Source\n  https://github.com/cncf/mentoring/tree/main/programs/lfx-mentorship/2025\n"
        ),
        "{text}"
    );
    assert!(!text.contains("harbor-cli.md"), "{text}");
    assert!(text.contains("\nDescription\n\n"), "{text}");
}
