//! `ideas import`: pages split into canonical files that list back to the same ideas, safely.

mod common;
use common::{layout_path as fixture, scratch};

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn ideas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run ideas")
}

fn list(path: &str) -> Vec<Value> {
    let out = ideas(&["list", path, "--format", "json"]);
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

const FIELDS: &[&str] = &[
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
];

#[test]
fn imported_files_list_back_to_the_same_ideas() {
    let dir = scratch("roundtrip");
    let out_dir = dir.0.join("out");
    let pages = [
        "lfx-bullets.md",
        "field-headings.md",
        "bold-paragraphs.md",
        "table-rows.md",
    ];
    let mut args = vec!["import".to_string()];
    args.extend(pages.iter().map(|p| fixture(p)));
    args.extend([
        "--out".into(),
        out_dir.display().to_string(),
        "--year".into(),
        "2024".into(),
    ]);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = ideas(&argv);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("wrote ")).count(),
        14,
        "{stdout}"
    );
    // Named by programme (lfx-bullets.md names LFX), year, org and a slug of the title.
    assert!(out_dir
        .join("gsoc/2023/quay/sandbox-profiles-for-quay.md")
        .is_file());
    assert!(out_dir
        .join("lfx/2024/lighthouse/add-a-go-exporter-for-lamp-metrics.md")
        .is_file());

    let mut before = Vec::new();
    for p in pages {
        before.extend(list(&fixture(p)));
    }
    let after = list(out_dir.to_str().unwrap());
    assert_eq!(after.len(), before.len());
    for b in &before {
        let a = after
            .iter()
            .find(|a| a["title"] == b["title"])
            .expect("imported");
        for f in FIELDS {
            if *f == "year" && b["year"].is_null() {
                assert_eq!(a["year"], 2024, "--year fills what the page does not say");
                continue;
            }
            assert_eq!(a[f], b[f], "{} / {f}", b["title"]);
        }
    }
}

#[test]
fn reimport_is_a_no_op_and_nothing_is_overwritten_without_force() {
    let dir = scratch("noop");
    let out_dir = dir.0.join("out");
    let od = out_dir.to_str().unwrap();
    let page = fixture("bold-paragraphs.md");
    assert_eq!(
        ideas(&["import", &page, "--out", od]).status.code(),
        Some(0)
    );
    let snapshot: Vec<(PathBuf, String)> = files(&out_dir)
        .into_iter()
        .map(|p| (p.clone(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    assert_eq!(snapshot.len(), 2);

    let again = ideas(&["import", &page, "--out", od]);
    assert_eq!(again.status.code(), Some(0));
    let text = String::from_utf8(again.stdout).unwrap();
    assert_eq!(
        text.lines().filter(|l| l.starts_with("unchanged ")).count(),
        2,
        "{text}"
    );

    // A curator edits one file: a re-import keeps the edit unless --force.
    let (edited, _) = &snapshot[0];
    std::fs::write(edited, "---\ntitle: \"Edited by hand\"\n---\n").unwrap();
    let kept = ideas(&["import", &page, "--out", od]);
    assert_eq!(kept.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&kept.stderr).contains("--force"));
    assert!(std::fs::read_to_string(edited)
        .unwrap()
        .contains("Edited by hand"));
    let forced = ideas(&["import", &page, "--out", od, "--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(edited).unwrap(), snapshot[0].1);
    // No temporary files are left behind.
    assert_eq!(files(&out_dir).len(), 2);
}

#[test]
fn hostile_titles_stay_inside_the_output_folder() {
    let dir = scratch("hostile");
    let page = dir.0.join("page.md");
    let mut text = String::from("## Proposed ideas\n\n### ../../Escape\n\n");
    for title in [
        "../../../etc/passwd",
        "/absolute/path",
        "CON",
        "..",
        "C:\\Windows\\x",
        "…",
    ] {
        text.push_str(&format!(
            "#### {title}\n\n- Description: d\n- Mentor(s): Ann Lee (@annlee, ann@x.example)\n\n"
        ));
    }
    std::fs::write(&page, text).unwrap();
    let out_dir = dir.0.join("out");
    let out = ideas(&[
        "import",
        page.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = files(&out_dir);
    // One file per idea the page gives (a title of only dots or an ellipsis is a placeholder,
    // not an idea), and at least the five with real words.
    let listed = ideas(&["list", page.to_str().unwrap(), "--json"]);
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert!(listed.len() >= 5, "{listed:?}");
    assert_eq!(written.len(), listed.len(), "{written:?}");
    let root = std::fs::canonicalize(&out_dir).unwrap();
    for f in &written {
        let real = std::fs::canonicalize(f).unwrap();
        assert!(real.starts_with(&root), "{} escaped", real.display());
        let name = f.file_name().unwrap().to_str().unwrap();
        assert!(
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
            "{name}"
        );
        assert_ne!(name, "con.md");
    }
    assert!(!dir.0.join("etc").exists());
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_output_folder_is_refused() {
    let dir = scratch("symlink");
    let outside = dir.0.join("outside");
    let out_dir = dir.0.join("out");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(&out_dir).unwrap();
    std::os::unix::fs::symlink(&outside, out_dir.join("gsoc")).unwrap();
    let out = ideas(&[
        "import",
        &fixture("bold-paragraphs.md"),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("outside the output folder"));
    assert!(files(&outside).is_empty());
}

#[test]
fn two_ideas_of_one_title_get_two_files_and_two_ids() {
    let dir = scratch("same-title");
    let page = dir.0.join("page.md");
    let mut text = String::from("## Ideas\n\n");
    for area in ["parser", "renderer"] {
        text.push_str(&format!(
            "### Speed it up\n\n- Description: make the {area} faster\n\
             - Mentor(s): Ann Lee (@annlee, ann@x.example)\n\n"
        ));
    }
    std::fs::write(&page, text).unwrap();
    let out_dir = dir.0.join("out");
    for facts_only in [false, true] {
        let _ = std::fs::remove_dir_all(&out_dir);
        let mut args = vec![
            "import",
            page.to_str().unwrap(),
            "--out",
            out_dir.to_str().unwrap(),
        ];
        if facts_only {
            args.push("--facts-only");
        }
        let out = ideas(&args);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert_eq!(files(&out_dir).len(), 2);
        let listed = list(out_dir.to_str().unwrap());
        let mut ids: Vec<&str> = listed.iter().map(|i| i["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), 2);
        ids.dedup();
        assert_eq!(ids.len(), 2, "ids must differ: {listed:?}");
    }
}
