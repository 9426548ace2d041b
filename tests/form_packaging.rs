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
    let step = |name: &str| {
        steps
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("no step {name}"))
    };
    // The release binary through the one install script (tests/action_install.rs runs it),
    // cached; `git` builds the package mentorship-ideas from a repository.
    let install = step("Install ideas")["run"].as_str().unwrap();
    assert!(install.contains("\"$GITHUB_ACTION_PATH/.github/install-ideas.sh\""));
    assert_eq!(
        step("Install ideas")["env"]["IDEAS_GIT"],
        "${{ inputs.git }}"
    );
    assert_eq!(step("Cache ideas")["uses"], "actions/cache@v4");
    let script = std::fs::read_to_string(format!(
        "{}/.github/install-ideas.sh",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert!(script.contains("--git \"$IDEAS_GIT\" mentorship-ideas"));
    let steps = [step("Install ideas").clone(), step("Validate").clone()];
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
    // The released binary through the Action's installer (tests/action_install.rs runs it)...
    let hook = &hooks[0];
    assert_eq!(hook["id"], "ideas-validate");
    assert_eq!(hook["language"], "script");
    assert_eq!(hook["entry"], ".github/ideas-pre-commit.sh validate");
    // ... or compiled by pre-commit from the hook's repository.
    let source = &hooks[1];
    assert_eq!(source["id"], "ideas-validate-source");
    assert_eq!(source["language"], "rust");
    assert_eq!(source["entry"], "ideas validate");
    assert_eq!(source["args"], hook["args"]);
}
