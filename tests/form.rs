//! `ideas validate` on issue bodies, through the binary: stdin, `gh --json` files, folders of
//! bodies, `--form`, `--quota`, positions and output formats.

mod common;
use common::scratch;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const FORMS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forms");

fn body(name: &str) -> String {
    std::fs::read_to_string(format!("{FORMS}/{name}")).unwrap()
}

fn ideas(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run ideas");
    let mut input = child.stdin.take().unwrap();
    // A run that reads a file may exit before it reads its standard input: the pipe is then
    // closed, which is not the test's failure.
    if let Err(e) = input.write_all(stdin.unwrap_or("").as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// 1-based line of the first line equal to `needle` (trimmed).
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.trim() == needle).unwrap() + 1
}

#[test]
fn stdin_body_with_a_name_for_positions() {
    let dir = scratch("form-stdin");
    let text = body("broken-upstream-short-ref.md");
    let o = ideas(
        &dir,
        &[
            "validate",
            "-",
            "--stdin-filename",
            "issue-7.md",
            "-f",
            "concise",
        ],
        Some(&text),
    );
    assert_eq!(o.status.code(), Some(1));
    let line = line_of(&text, "jaegertracing/jaeger#9001");
    assert_eq!(
        out(&o),
        format!("issue-7.md:{line}:1: error[form-upstream-not-url] `Upstream Issue URL` is not one bare http(s) URL: `jaegertracing/jaeger#9001`\n")
    );
    let o = ideas(&dir, &["validate", "-", "-f", "concise"], Some(&text));
    assert!(out(&o).starts_with("<stdin>:"), "{}", out(&o));
    let o = ideas(
        &dir,
        &["validate", "-", "-f", "concise"],
        Some(&body("valid-01-plain.md")),
    );
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(out(&o), "");
}

#[test]
fn mentor_findings_point_at_the_field() {
    let dir = scratch("form-columns");
    let text = body("broken-handle-without-at.md");
    let o = ideas(
        &dir,
        &["validate", "-", "--stdin-filename", "b.md", "-f", "concise"],
        Some(&text),
    );
    let line = line_of(&text, "Ada Quill | adaquill | ada@example.org | adaquill");
    assert!(
        out(&o).starts_with(&format!("b.md:{line}:13: error[form-mentor-handle]")),
        "{}",
        out(&o)
    );
}

#[test]
fn gh_issue_list_json_names_each_issue() {
    let dir = scratch("form-json");
    let issues = serde_json::json!([
        {"number": 101, "title": "ok", "body": body("valid-01-plain.md")},
        {"number": 102, "title": "bad", "body": body("broken-lfid-empty.md")},
        {"number": 103, "title": "bad", "body": body("broken-skills-neither.md").replace('\n', "\r\n")},
    ]);
    std::fs::write(dir.join("issues.json"), issues.to_string()).unwrap();
    let o = ideas(&dir, &["validate", "issues.json", "-f", "concise"], None);
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    let rules: Vec<(&str, &str)> = text
        .lines()
        .map(|l| {
            (
                l.split(':').next().unwrap(),
                l.split('[').nth(1).unwrap().split(']').next().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rules,
        [
            ("issues.json#102", "form-mentor-lfid"),
            ("issues.json#103", "form-skills-missing")
        ]
    );
    // The same JSON on stdin.
    let o = ideas(
        &dir,
        &["validate", "-", "-f", "concise"],
        Some(&issues.to_string()),
    );
    assert!(out(&o).starts_with("<stdin>#102:"), "{}", out(&o));
    // An issue body that ignores the form, or is empty, is a proposal all the same: it fails
    // with the sections it lacks (a page would pass with no ideas).
    let issues = serde_json::json!([
        {"number": 7, "title": "idea", "body": "I would like to mentor a caching project.\n"},
        {"number": 8, "title": "empty", "body": ""},
    ]);
    let o = ideas(
        &dir,
        &["validate", "-", "-f", "concise"],
        Some(&issues.to_string()),
    );
    assert_eq!(o.status.code(), Some(1));
    for n in [7, 8] {
        assert!(
            out(&o).contains(&format!("<stdin>#{n}:1:1: error[form-missing-sections] 15 of the form's 15 sections missing: `### CNCF Project`, `### Term`")),
            "{}",
            out(&o)
        );
    }
}

#[test]
fn empty_and_form_ignoring_bodies_fail_naming_the_sections() {
    let dir = scratch("form-silent");
    let o = ideas(&dir, &["validate", "-", "-f", "concise"], Some(""));
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    assert!(text.contains("error[form-missing-sections]"), "{text}");
    assert!(
        text.contains("`### Custom Prerequisite \u{2014} File Upload`"),
        "{text}"
    );
    // The bot's nine errors for an empty body: checks 1 to 8 and the sections.
    assert_eq!(
        text.lines().filter(|l| l.contains(": error[")).count(),
        9,
        "{text}"
    );
    std::fs::write(dir.join("note.md"), "Some prose, no form.\n").unwrap();
    // As a page it has no ideas: a warning, exit 0 unless --deny-warnings.
    let o = ideas(&dir, &["validate", "note.md", "-f", "concise"], None);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        out(&o),
        "note.md:1:1: warning[no-ideas] no ideas found on this page\n"
    );
    let o = ideas(&dir, &["validate", "note.md", "--deny-warnings"], None);
    assert_eq!(o.status.code(), Some(1));
    // Under --profile proposal it is a proposal.
    let o = ideas(
        &dir,
        &[
            "validate",
            "note.md",
            "--profile",
            "proposal",
            "-f",
            "concise",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        out(&o).starts_with("note.md:1:1: error[form-missing-sections]"),
        "{}",
        out(&o)
    );
}

#[test]
fn a_folder_of_bodies_and_pages() {
    let dir = scratch("form-folder");
    std::fs::write(dir.join("a.md"), body("broken-old-term.md")).unwrap();
    std::fs::write(dir.join("b.md"), body("valid-04-skills-field.md")).unwrap();
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/validate/clean.md"
    ))
    .unwrap();
    std::fs::write(dir.join("page.md"), page).unwrap();
    let o = ideas(&dir, &["validate", ".", "-f", "concise"], None);
    let text = out(&o);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("a.md:") && text.contains("[form-invalid-term]"),
        "{text}"
    );
}

#[test]
fn quota_counts_across_bodies() {
    let dir = scratch("form-quota");
    std::fs::write(
        dir.join("quotas.yml"),
        "default_per_project_per_term: 2\noverrides:\n  kubernetes: 8\n",
    )
    .unwrap();
    let harbor = body("valid-01-plain.md").replace("\nJaeger\n", "\nHarbor\n");
    let issues = serde_json::json!([
        {"number": 12, "body": harbor}, {"number": 10, "body": harbor}, {"number": 11, "body": harbor},
        {"number": 13, "body": body("valid-01-plain.md")},
    ]);
    std::fs::write(dir.join("issues.json"), issues.to_string()).unwrap();
    let o = ideas(
        &dir,
        &[
            "validate",
            "issues.json",
            "--quota",
            "quotas.yml",
            "-f",
            "concise",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let text = out(&o);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("issues.json#12:3:1: warning[form-over-quota] Harbor has 3 proposals"),
        "{text}"
    );
    let o = ideas(
        &dir,
        &[
            "validate",
            "issues.json",
            "--quota",
            "quotas.yml",
            "--deny-warnings",
            "-f",
            "concise",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let o = ideas(
        &dir,
        &["validate", "issues.json", "--quota", "missing.yml"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.yml"));
}

#[test]
fn quota_counts_a_generated_term_readme_with_bodies() {
    let dir = scratch("form-quota-readme");
    std::fs::write(dir.join("quotas.yml"), "default_per_project_per_term: 2\n").unwrap();
    let readme = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/export/term-readme.md"
    ))
    .unwrap();
    std::fs::write(dir.join("README.md"), &readme).unwrap();
    // Two more Lanternfish proposals for the README's term, as issue bodies: the third is over.
    let body = body("valid-01-plain.md")
        .replace("\nJaeger\n", "\nLanternfish\n")
        .replace("2026 Term 3 (Sep-Nov)", "2027 Term 2 (Jun-Aug)");
    std::fs::write(dir.join("zz-issue.md"), &body).unwrap();
    std::fs::write(dir.join("zz-issue2.md"), &body).unwrap();
    let o = ideas(
        &dir,
        &["validate", ".", "--quota", "quotas.yml", "-f", "concise"],
        None,
    );
    let text = out(&o);
    let over: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("[form-over-quota]"))
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(over, ["zz-issue2.md"], "{text}");
}

#[test]
fn an_edited_form_changes_the_sections_without_a_release() {
    let dir = scratch("form-edited");
    // A newer edition with a field the built-in form lacks: a body without it misses a section.
    let form = "name: Newer\nbody:\n  - type: input\n    id: program_name\n    attributes: {label: Program Name}\n    validations: {required: true}\n  - type: input\n    id: pronouns\n    attributes: {label: Mentor Pronouns}\n  - type: textarea\n    id: mentors\n    attributes:\n      label: Mentors\n    validations: {required: true}\n";
    std::fs::write(dir.join("form.yml"), form).unwrap();
    let text = "### Program Name\n\nCache\n\n### Mentors\n\nAda Quill | @adaquill | ada@example.org | adaquill\nBo Tanaka | @botanaka | bo@example.org | botanaka\n";
    let o = ideas(
        &dir,
        &["validate", "-", "--form", "form.yml", "-f", "concise"],
        Some(text),
    );
    assert_eq!(out(&o), "<stdin>:1:1: error[form-missing-sections] 1 of the form's 3 sections missing: `### Mentor Pronouns`; re-submit the proposal with the current template\n");
    let o = ideas(
        &dir,
        &["validate", "-", "--form", "form.yml", "-f", "concise"],
        Some(&format!("{text}### Mentor Pronouns\n\n_No response_\n")),
    );
    assert_eq!((o.status.code(), out(&o)), (Some(0), String::new()));
    // With the built-in form, three-field lines pass the count and lack their LFID.
    let o = ideas(
        &dir,
        &["validate", "-", "-f", "concise"],
        Some(&body("broken-three-field-pipes.md")),
    );
    assert_eq!(
        out(&o).matches("[form-mentor-lfid]").count(),
        2,
        "{}",
        out(&o)
    );
    std::fs::write(dir.join("bad.yml"), "name: x\n").unwrap();
    let o = ideas(&dir, &["validate", "-", "--form", "bad.yml"], Some(text));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad.yml: not an issue form"));
}

#[test]
fn a_required_checkbox_option_must_be_ticked() {
    let dir = scratch("form-required-box");
    let form = "body:\n  - type: input\n    id: name\n    attributes: {label: Name}\n  - type: checkboxes\n    id: coc\n    attributes:\n      label: Code of Conduct\n      options:\n        - label: I follow the code of conduct\n          required: true\n";
    std::fs::write(dir.join("form.yml"), form).unwrap();
    let body = "### Name\n\nAda\n\n### Code of Conduct\n\n- [ ] I follow the code of conduct\n";
    let o = ideas(
        &dir,
        &["validate", "-", "--form", "form.yml", "-f", "concise"],
        Some(body),
    );
    assert_eq!(
        out(&o),
        "<stdin>:7:1: error[form-required] `I follow the code of conduct` under `Code of Conduct` must be ticked\n"
    );
    let o = ideas(
        &dir,
        &["validate", "-", "--form", "form.yml", "-f", "concise"],
        Some(&body.replace("[ ]", "[x]")),
    );
    assert_eq!((o.status.code(), out(&o)), (Some(0), String::new()));
}

#[test]
fn a_multiple_choice_dropdown_checks_each_choice() {
    let dir = scratch("form-multiple");
    let form = "body:\n  - type: dropdown\n    id: langs\n    attributes:\n      label: Languages\n      multiple: true\n      options: [Go, Rust, Python]\n  - type: input\n    id: name\n    attributes: {label: Name}\n";
    std::fs::write(dir.join("form.yml"), form).unwrap();
    let ok = "### Languages\n\nGo, Rust\n\n### Name\n\nAda\n";
    let o = ideas(
        &dir,
        &["validate", "-", "--form", "form.yml", "-f", "concise"],
        Some(ok),
    );
    assert_eq!((o.status.code(), out(&o)), (Some(0), String::new()));
    let o = ideas(
        &dir,
        &["validate", "-", "--form", "form.yml", "-f", "concise"],
        Some(&ok.replace("Rust", "Java")),
    );
    assert_eq!(
        out(&o),
        "<stdin>:3:1: warning[form-unknown-option] `Java` is not one of the `Languages` options\n"
    );
}

#[test]
fn every_output_format_carries_the_form_rules() {
    let dir = scratch("form-formats");
    let text = body("broken-challenge-without-url.md");
    // The finding sits on the empty answer: two lines under its heading.
    let line = line_of(&text, "### Coding Challenge URL") + 2;
    let json = ideas(
        &dir,
        &["validate", "-", "--stdin-filename", "p.md", "-f", "json"],
        Some(&text),
    );
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v[0]["rule"], "form-required-if");
    assert_eq!(v[0]["level"], "error");
    assert_eq!(v[0]["line"], line);
    assert_eq!(v[0]["column"], 1);
    let gh = ideas(
        &dir,
        &["validate", "-", "--stdin-filename", "p.md", "-f", "github"],
        Some(&text),
    );
    assert!(
        out(&gh).starts_with("::error file=p.md,line="),
        "{}",
        out(&gh)
    );
    assert!(out(&gh).contains("form-required-if"));
    let sarif = ideas(
        &dir,
        &["validate", "-", "--stdin-filename", "p.md", "-f", "sarif"],
        Some(&text),
    );
    let v: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let run = &v["runs"][0];
    let index = run["results"][0]["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(
        run["tool"]["driver"]["rules"][index]["id"],
        "form-required-if"
    );
    let human = ideas(
        &dir,
        &["validate", "-", "--stdin-filename", "p.md", "-f", "human"],
        Some(&text),
    );
    assert!(
        out(&human).contains("= help: Fill in the field, or untick the box."),
        "{}",
        out(&human)
    );
}

#[test]
fn a_page_on_stdin_keeps_the_page_rules() {
    let dir = scratch("form-stdin-page");
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/validate/bad.md"
    ))
    .unwrap();
    let o = ideas(
        &dir,
        &[
            "validate",
            "-",
            "--stdin-filename",
            "ideas.md",
            "-f",
            "concise",
        ],
        Some(&page),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        out(&o).lines().all(|l| l.starts_with("ideas.md:")),
        "{}",
        out(&o)
    );
    assert!(out(&o).contains("[missing-description]") && !out(&o).contains("[form-"));
}

#[test]
fn a_body_with_undecodable_bytes_keeps_both_findings() {
    let dir = scratch("form-encoding");
    let mut bytes = body("broken-old-term.md").into_bytes();
    bytes.extend_from_slice(b"\xff\n");
    std::fs::write(dir.join("b.md"), bytes).unwrap();
    let o = ideas(&dir, &["validate", "b.md", "-f", "concise"], None);
    let text = out(&o);
    assert!(
        text.contains("[invalid-encoding]") && text.contains("[form-invalid-term]"),
        "{text}"
    );
}

#[test]
fn pages_keep_the_page_rules() {
    let dir = scratch("form-pages");
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/validate");
    let o = ideas(&dir, &["validate", fixtures, "-f", "concise"], None);
    assert!(!out(&o).contains("[form-"), "{}", out(&o));
    assert!(out(&o).contains("[missing-"), "{}", out(&o));
}

#[test]
fn ideas_toml_sets_the_levels_of_form_rules() {
    let dir = scratch("form-levels");
    std::fs::write(dir.join("body.md"), body("broken-single-mentor.md")).unwrap();
    let concise = ["validate", "body.md", "-f", "concise"];
    let before = ideas(&dir, &concise, None);
    assert!(
        out(&before).contains("warning[form-mentor-single]"),
        "{}",
        out(&before)
    );
    assert_eq!(before.status.code(), Some(0), "{}", out(&before));
    // Raised to an error: the exit status follows.
    std::fs::write(
        dir.join(".ideas.toml"),
        "[rules]\nform-mentor-single = \"error\"\n",
    )
    .unwrap();
    let raised = ideas(&dir, &concise, None);
    assert!(
        out(&raised).contains("error[form-mentor-single]"),
        "{}",
        out(&raised)
    );
    assert_eq!(raised.status.code(), Some(1));
    // Turned off: no finding.
    std::fs::write(
        dir.join(".ideas.toml"),
        "[rules]\nform-mentor-single = \"off\"\n",
    )
    .unwrap();
    let off = ideas(&dir, &concise, None);
    assert!(!out(&off).contains("form-mentor-single"), "{}", out(&off));
    // A misspelt form rule gets a did-you-mean.
    std::fs::write(
        dir.join(".ideas.toml"),
        "[rules]\nform-mentor-singel = \"off\"\n",
    )
    .unwrap();
    let typo = ideas(&dir, &concise, None);
    assert_eq!(typo.status.code(), Some(2));
    let said = String::from_utf8_lossy(&typo.stderr);
    assert!(said.contains("did you mean 'form-mentor-single'"), "{said}");
}

#[test]
fn list_rules_and_explain_cover_the_form_rules() {
    let dir = scratch("form-explain");
    let list = ideas(&dir, &["validate", "--list-rules"], None);
    assert!(
        out(&list)
            .lines()
            .any(|l| l.starts_with("form-upstream-multiple ") && l.contains("error")),
        "{}",
        out(&list)
    );
    let explain = ideas(&dir, &["validate", "--explain", "form-mentor-lfid"], None);
    assert_eq!(explain.status.code(), Some(0));
    assert!(out(&explain).starts_with("form-mentor-lfid: A mentor line has no LFID"));
    assert!(out(&explain).contains("How to fix: Add the mentor's LF username"));
    let typo = ideas(&dir, &["validate", "--explain", "form-mentor-lfd"], None);
    assert!(String::from_utf8_lossy(&typo.stderr).contains("did you mean 'form-mentor-lfid'"));
}
