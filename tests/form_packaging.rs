//! The CI packaging files at the repository root are well formed and pass what they promise:
//! the action's inputs reach `ideas validate`, the pre-commit hook runs it.

use serde_yaml::Value;

fn read(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

#[test]
fn action_is_a_composite_with_the_documented_inputs() {
    let action = read("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    for input in [
        "paths",
        "issue-body",
        "form",
        "quota",
        "config",
        "deny-warnings",
    ] {
        assert!(action["inputs"].get(input).is_some(), "input {input}");
    }
    let steps = action["runs"]["steps"].as_sequence().unwrap();
    let install = steps[0]["run"].as_str().unwrap();
    assert!(install.contains("cargo install --locked --path \"$GITHUB_ACTION_PATH\""));
    assert!(install.contains("cargo install --locked --git"));
    let validate = steps[1]["run"].as_str().unwrap();
    for flag in [
        "--format github",
        "--form",
        "--quota",
        "--config",
        "--deny-warnings",
        "--stdin-filename",
    ] {
        assert!(validate.contains(flag), "{flag}");
    }
    // The issue body is untrusted: it reaches the script through the environment only.
    assert!(!validate.contains("github.event"));
    assert_eq!(
        steps[1]["env"]["ISSUE_BODY"],
        "${{ github.event.issue.body }}"
    );
}

#[test]
fn pre_commit_hook_runs_validate() {
    let hooks = read(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "ideas-validate");
    assert_eq!(hook["language"], "rust");
    assert_eq!(hook["entry"], "ideas validate");
}
