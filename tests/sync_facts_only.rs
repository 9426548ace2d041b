//! `ideas import --facts-only`: catalog files with the facts of someone else's page and none of
//! its prose, and `show` pointing to where the text is published.

mod common;
use common::scratch;

use std::process::{Command, Output};

fn ideas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .env(
            "IDEAS_CACHE_DIR",
            std::env::temp_dir().join("ideas-no-cache-here"),
        )
        .env_remove("IDEAS_PATH")
        .output()
        .expect("run ideas")
}

const PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/sync/ideas-v1.md"
);
const URL: &str = "https://github.com/example/ideas/blob/0123abc/2026/ideas.md";

#[test]
fn facts_only_files_keep_the_facts_and_point_to_the_text() {
    let out_dir = scratch("facts-only");
    let out = out_dir.to_str().unwrap();
    let run = ideas(&[
        "import",
        "--facts-only",
        "--out",
        out,
        "--program",
        "lfx",
        "--source-url",
        URL,
        PAGE,
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let file = out_dir.join("lfx/2026/lantern/lantern-cli-for-offline-catalogs.md");
    let text = std::fs::read_to_string(&file).unwrap();
    // The facts ...
    for fact in [
        "title: Lantern CLI for offline catalogs",
        "- Go",
        "github: adaexample",
        "https://github.com/example/lantern/issues/11",
        // ... with the idea's line on the published page.
        &format!("source_url: {URL}#L5"),
    ] {
        assert!(text.contains(fact), "{fact} missing from\n{text}");
    }
    // ... and none of the prose.
    assert!(
        !text.contains("on a train") && !text.contains("with tests"),
        "{text}"
    );

    // Listing the files gives the page's ideas, without text.
    let list = ideas(&["list", out, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Lantern CLI for offline catalogs",
            "Lantern metrics dashboard"
        ]
    );
    assert!(v[0]["description"].is_null());

    // show says where to read the description.
    let show = ideas(&["show", "Lantern CLI", out]);
    let screen = String::from_utf8_lossy(&show.stdout);
    assert!(
        screen.contains(&format!(
            "Not copied here: read it where it is published, {URL}#L5"
        )),
        "{screen}"
    );

    // Importing again changes nothing.
    let again = ideas(&[
        "import",
        "--facts-only",
        "--out",
        out,
        "--program",
        "lfx",
        "--source-url",
        URL,
        PAGE,
    ]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 written, 2 unchanged"));
}

#[test]
fn the_bundled_catalog_holds_this_seasons_ideas() {
    let out = ideas(&["list", "--bundled", "--year", "2026", "--format", "ids"]);
    assert_eq!(out.status.code(), Some(0));
    let ids = String::from_utf8_lossy(&out.stdout);
    assert!(
        ids.lines().count() >= 400,
        "{} ideas of 2026",
        ids.lines().count()
    );
    assert!(ids.lines().any(|l| l.starts_with("lfx-2026-")));
    assert!(ids.lines().any(|l| l.starts_with("gsoc-2026-")));
}
