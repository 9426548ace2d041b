//! `ideas export` through the binary: the shapes of the CNCF's lfx-export.json and
//! lfx-tracking.csv, from issue bodies, `gh --json` output and a generated term README.

mod common;
use common::scratch;

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/tests/fixtures/{path}")).unwrap()
}

fn export(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .arg("export")
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1785880156")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // A run that reads a file may exit before it reads its standard input: the pipe is then
    // closed, which is not the test's failure.
    if let Err(e) = input.write_all(stdin.unwrap_or("").as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// The keys appear in `text` (their first occurrence) in this order, and `v` has exactly them.
/// (serde_json's `Value` sorts keys, so the order is read from the text.)
fn assert_keys_in_order(text: &str, v: &Value, keys: &[&str]) {
    let mut have: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    have.sort_unstable();
    let mut want = keys.to_vec();
    want.sort_unstable();
    assert_eq!(have, want);
    let at: Vec<usize> = keys
        .iter()
        .map(|k| text.find(&format!("\"{k}\":")).unwrap())
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "keys out of order: {keys:?}"
    );
}

#[test]
fn issue_bodies_export_with_numbers_prerequisites_and_lfids() {
    let dir = scratch("export-json");
    let issues = serde_json::json!([
        {"number": 2101, "url": "https://github.com/cncf/mentoring/issues/2101", "title": "a", "body": fixture("forms/valid-07-coding-challenge.md")},
        {"number": 2102, "title": "b", "body": fixture("forms/valid-08-custom-prerequisite.md")},
        {"number": 2103, "title": "c", "body": fixture("forms/valid-04-skills-field.md")},
        {"number": 2104, "title": "a question", "body": "How do I propose a program?"},
    ]);
    let o = export(
        &dir,
        &["-", "--format", "lfx-json"],
        Some(&issues.to_string()),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8(o.stdout).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_keys_in_order(&text, &v, &["_generated", "_term", "_count", "programs"]);
    assert_eq!(v["_generated"], "2026-08-04T21:49:16.000Z");
    assert_eq!(v["_term"], "2026 Term 3 (Sep-Nov)");
    assert_eq!(v["_count"], 3);
    let p = &v["programs"][0];
    // The key order of the CNCF's export.
    assert_keys_in_order(
        &text,
        p,
        &[
            "issue_number",
            "issue_url",
            "cncf_project",
            "cncf_project_slug",
            "cncf_project_maturity",
            "term",
            "program_name_full",
            "program_name_short",
            "description",
            "technologies",
            "skills",
            "mentors",
            "upstream_issue_url",
            "lfx_url",
            "prerequisites",
        ],
    );
    assert_eq!(p["issue_number"], 2101);
    assert_eq!(
        p["issue_url"],
        "https://github.com/cncf/mentoring/issues/2101"
    );
    assert_eq!(p["cncf_project_slug"], "jaeger");
    assert_eq!(
        p["program_name_full"],
        "CNCF - Jaeger: Read-through cache for the query service (2026 Term 3)"
    );
    assert_eq!(
        p["skills"], "Go, gRPC, Redis",
        "the box is ticked: skills are the technologies"
    );
    assert!(p["description"]
        .as_str()
        .unwrap()
        .starts_with("## Description\n\nThe query service"));
    assert_keys_in_order(
        &text,
        &p["mentors"][0],
        &["name", "github_handle", "email", "lfid", "role"],
    );
    assert_eq!(p["mentors"][0]["github_handle"], "adaquill");
    assert_eq!(p["mentors"][0]["lfid"], "adaquill");
    assert_eq!(p["mentors"][0]["role"], "primary");
    assert_eq!(p["mentors"][1]["role"], "co-mentor");
    let pre = &p["prerequisites"];
    assert_keys_in_order(
        &text,
        pre,
        &[
            "resume",
            "cover_letter",
            "school_enrollment",
            "participation_permission",
            "coding_challenge",
            "coding_challenge_url",
            "custom",
            "standard_courses",
        ],
    );
    assert_eq!(
        (pre["resume"].as_bool(), pre["coding_challenge"].as_bool()),
        (Some(true), Some(true))
    );
    assert_eq!(
        pre["coding_challenge_url"],
        "https://github.com/jaegertracing/jaeger/issues/9002"
    );
    assert_eq!(pre["custom"], Value::Null);
    assert_eq!(pre["standard_courses"][0]["file_upload"], true);
    let custom = &v["programs"][1]["prerequisites"]["custom"];
    assert_eq!(custom["name"], "Writing sample");
    assert_eq!(custom["file_upload"], true);
    assert_eq!(v["programs"][1]["issue_url"], Value::Null);
    assert_eq!(v["programs"][2]["skills"], "Go, caching, technical writing");
}

#[test]
fn csv_has_the_tracking_sheet_columns() {
    let dir = scratch("export-csv");
    std::fs::write(dir.join("a.md"), fixture("forms/valid-06-four-mentors.md")).unwrap();
    let o = export(&dir, &["a.md", "--format", "lfx-csv"], None);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "PROJECT,LFX URL,Upstream issue,,mentor count,Mentor 1,Mentor 1 GitHub,Mentor 1 email address,Mentor 1 LFID,Mentor 2,Mentor 2 GitHub,Mentor 2 email address,Mentor 2 LFID,Mentor 3,Mentor 3 GitHub,Mentor 3 email address,Mentor 3 LFID,Mentor 4,Mentor 4 GitHub,Mentor 4 email address,Mentor 4 LFID"
    );
    assert_eq!(
        lines[1],
        "CNCF - Jaeger: Read-through cache for the query service (2026 Term 3),,https://github.com/jaegertracing/jaeger/issues/9001,,4,Ada Quill,adaquill,ada.quill@example.org,adaquill,Bo Tanaka,bo-tanaka,bo@example.net,botanaka,Cem Yilmaz,cemy,cem+lfx@example.com,cemyilmaz,Dana Ruiz,danaruiz,dana@example.io,druiz"
    );
    assert_eq!(lines.len(), 2);

    // The sheet reads back as the idea it tracks, whatever the file is called.
    std::fs::write(dir.join("tracking.txt"), &text).unwrap();
    let listed = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["list", "tracking.txt", "--format", "json"])
        .current_dir(&*dir)
        .output()
        .unwrap();
    assert_eq!(listed.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&listed.stdout).unwrap();
    let idea = &v[0];
    assert_eq!(v.as_array().map(Vec::len), Some(1));
    assert_eq!(idea["title"], "Read-through cache for the query service");
    assert_eq!(idea["org"], "Jaeger");
    assert_eq!(idea["term"], "2026 Term 3");
    assert_eq!(idea["mentors"].as_array().map(Vec::len), Some(4));
    assert_eq!(idea["mentors"][1]["github"], "bo-tanaka");
    assert_eq!(
        idea["upstream_issues"][0],
        "https://github.com/jaegertracing/jaeger/issues/9001"
    );
}

#[test]
fn a_generated_term_readme_exports_what_it_carries() {
    let dir = scratch("export-readme");
    std::fs::write(dir.join("README.md"), fixture("export/term-readme.md")).unwrap();
    let o = export(&dir, &["README.md"], None);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["_count"], 2);
    assert_eq!(v["_term"], "2027 Term 2 (Jun-Aug)");
    let p = &v["programs"][0];
    assert_eq!(p["cncf_project"], "Lanternfish");
    assert_eq!(
        p["program_name_full"],
        "CNCF - Lanternfish: Streaming log shipper (2027 Term 2)"
    );
    assert_eq!(
        p["description"],
        "## Description\nLanternfish buffers logs on disk before shipping them. \n\n## Expected outcomes\n- A streaming mode behind a flag."
    );
    assert_eq!(
        (p["skills"].as_str(), p["technologies"].as_str()),
        (Some("Go, technical writing"), Some("Go, Kubernetes"))
    );
    assert_eq!(p["mentors"][1]["name"], "Bo Tanaka(Bo T.)");
    assert_eq!(p["mentors"][1]["lfid"], Value::Null);
    assert_eq!(
        p["lfx_url"],
        "https://mentorship.lfx.linuxfoundation.org/project/00000000-0000-0000-0000-000000000001"
    );
    assert_eq!(
        (p["issue_number"].clone(), p["prerequisites"].clone()),
        (Value::Null, Value::Null)
    );
    assert_eq!(v["programs"][1]["mentors"].as_array().unwrap().len(), 3);
    assert_eq!(
        v["programs"][1]["description"],
        "Plain words about a dashboard, with a list:\n- charts\n- alerts"
    );
}

#[test]
fn nothing_to_export_and_bad_paths() {
    let dir = scratch("export-empty");
    std::fs::write(dir.join("empty.md"), "# Nothing here\n").unwrap();
    let o = export(&dir, &["empty.md"], None);
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["_count"], 0);
    let o = export(&dir, &["missing.md"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.md: cannot read"));
}
