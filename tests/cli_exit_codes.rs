//! One exit-code contract for every command (issue 37): 0 success (results found, no errors),
//! 1 ran fine but nothing found or errors found, 2 usage or input error (a misspelt value,
//! an unreadable path). A misspelt `--mentor` gives 2 as a misspelt `--skill` does.

mod common;
use common::scratch;

use std::process::Command;

const NO_SYNCED_INDEX: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-synced-index-exit");

const PAGE: &str = "## Tidy the docs\n\n- Description: Rewrite the guide.\n\
                    - Mentor(s): Ada Lee (@adalee)\n- Skills: Go\n";

#[test]
fn every_command_keeps_the_exit_code_contract() {
    let dir = scratch("exit-codes");
    let page = dir.join("page.md");
    std::fs::write(&page, PAGE).unwrap();
    let page = page.to_str().unwrap();
    let missing = "/no/such/ideas.md";
    let cases: &[(&[&str], i32)] = &[
        (&["list"], 0),
        (&["list", "--year", "1999"], 1),
        (&["list", "--skill", "kuberntes"], 2),
        (&["list", page, "--mentor", "Ada Lea"], 2),
        (&["list", "--difficulty", "nonsense"], 2),
        (&["list", missing], 2),
        (&["search", "kubernetes"], 0),
        (&["search", "zzqxjkw"], 1),
        (&["search"], 2),
        (&["search", "go", missing], 2),
        (&["show", "Tidy the docs", page], 0),
        (&["show", "zzqxjkw", page], 1),
        (&["show", "x", missing], 2),
        (&["skills"], 0),
        (&["skills", "--year", "1999"], 1),
        (&["skills", "--skill", "kuberntes"], 2),
        (&["mentors"], 0),
        (&["mentors", "--year", "1999"], 1),
        (&["mentors", page, "--mentor", "Ada Lea"], 2),
        (&["orgs"], 0),
        (&["orgs", "--org", "zzqxjkw"], 1),
        (&["orgs", missing], 2),
        (&["stats"], 0),
        (&["stats", "--year", "1999"], 1),
        (&["stats", missing], 2),
        // The page names no programme: clean under neutral, defects under the LFX template.
        (&["validate", page], 0),
        (&["validate", page, "--profile", "lfx"], 1),
        (&["validate", missing], 2),
        (&["export", page], 0),
        (&["export", missing], 2),
        (&["sources"], 1),
        (&["man"], 0),
        (&["man", "nosuch"], 2),
        (&["completions", "bash"], 0),
        (&["completions", "nosh"], 2),
        (&["no-such-command"], 2),
    ];
    let mut wrong = Vec::new();
    for (args, want) in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
            .args(*args)
            .current_dir(std::env::temp_dir())
            .env_remove("IDEAS_PATH")
            .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
            .env("NO_COLOR", "1")
            .output()
            .expect("run ideas");
        if out.status.code() != Some(*want) {
            wrong.push(format!(
                "{args:?}: exit {:?}, want {want}: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn an_empty_result_names_the_filter_and_how_many_ideas_lack_its_field() {
    let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["list", "--difficulty", "hard", "--org", "zzqxjkw"])
        .current_dir(std::env::temp_dir())
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.trim_start().starts_with("--difficulty hard"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(line.contains("ideas give no difficulty)"), "{err}");
    assert!(err.contains("--org zzqxjkw"), "{err}");
}

#[test]
fn help_states_the_contract() {
    let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for line in [
        "Exit status (every command):",
        "  0  success",
        "  1  ",
        "  2  usage or input error",
    ] {
        assert!(help.contains(line), "{line:?} missing from\n{help}");
    }
}
