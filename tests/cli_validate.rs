//! `ideas validate` driven through the binary: exit codes, configuration, summary, file rules.

mod common;
use common::scratch;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn validate(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .arg("validate")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run ideas")
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/tests/fixtures/validate/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn clean_page_exits_zero_with_a_summary() {
    let dir = scratch("clean");
    std::fs::copy(fixture("clean.md"), dir.join("ideas.md")).unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out).trim(),
        "checked 1 file, 2 ideas: 0 errors, 0 warnings (no config)"
    );
}

#[test]
fn errors_exit_one_and_concise_lines_name_path_line_col() {
    let dir = scratch("bad");
    std::fs::copy(fixture("bad.md"), dir.join("bad.md")).unwrap();
    let out = validate(&dir, &["bad.md", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.lines().any(|l| l == "bad.md:7:23: warning[skill-typo] unknown skill 'Kuberntetes'; did you mean 'Kubernetes'?"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("bad.md:8:3: error[placeholder-value]")),
        "{text}"
    );
    assert!(stderr(&out).contains("10 ideas"), "{}", stderr(&out));
}

#[test]
fn warnings_fail_only_when_denied() {
    let dir = scratch("warn");
    // One mentor only: a warning, no error.
    std::fs::write(
        dir.join("ideas.md"),
        "### Lighthouse\n\n#### Solo\n\n- Description: A.\n- Expected Outcome: B.\n- Recommended Skills: Go\n- Mentor(s):\n  - Ada Keeper (@adakeeper, ada@lighthouse.example)\n- Upstream Issue: https://github.com/l/l/issues/1\n",
    )
    .unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("warning[too-few-mentors]"));
    let out = validate(&dir, &["--format", "concise", "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn config_is_found_walking_up_and_can_turn_rules_off() {
    let dir = scratch("config");
    let sub = dir.join("programs").join("2025");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::copy(fixture("gsoc.md"), sub.join("ideas.md")).unwrap();
    let out = validate(&dir, &["programs/2025/ideas.md", "--format", "concise"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "GSoC ideas need size and difficulty by default"
    );
    std::fs::write(
        dir.join(".ideas.toml"),
        "[rules]\nmissing-size = \"off\"\nmissing-difficulty = \"warning\"\n",
    )
    .unwrap();
    let out = validate(&dir, &["programs/2025/ideas.md", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!stdout(&out).contains("missing-size"));
    assert!(stdout(&out).contains("warning[missing-difficulty]"));
}

#[test]
fn bad_config_exits_two_with_a_suggestion() {
    let dir = scratch("badconfig");
    std::fs::copy(fixture("clean.md"), dir.join("ideas.md")).unwrap();
    std::fs::write(
        dir.join("custom.toml"),
        "[rules]\nmissing-descripton = \"off\"\n",
    )
    .unwrap();
    let out = validate(&dir, &["--config", "custom.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("custom.toml"), "{err}");
    assert!(err.contains("did you mean 'missing-description'?"), "{err}");
    let out = validate(&dir, &["--config", "missing.toml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unreadable_path_exits_two() {
    let dir = scratch("nopath");
    let out = validate(&dir, &["does-not-exist.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("does-not-exist.md"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn file_level_rules_front_matter_and_encoding() {
    let dir = scratch("filerules");
    std::fs::write(dir.join("broken.md"), "+++\ntitle = = 1\n+++\n# Nothing\n").unwrap();
    let mut bytes = std::fs::read(fixture("clean.md")).unwrap();
    bytes.extend_from_slice(b"\n\xff\xfe trailing bytes\n");
    std::fs::write(dir.join("latin.md"), bytes).unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    let text = stdout(&out);
    assert!(
        text.contains("broken.md:2:1: error[invalid-front-matter]"),
        "{text}"
    );
    assert!(
        text.contains("latin.md:") && text.contains("warning[invalid-encoding]"),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn template_in_a_code_fence_is_never_an_idea_and_empty_pages_warn() {
    let dir = scratch("notice");
    std::fs::copy(fixture("no-ideas.md"), dir.join("hub.md")).unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out).trim(),
        "hub.md:1:1: warning[no-ideas] no ideas found on this page"
    );
    assert!(stderr(&out).contains("1 warning"));
    let out = validate(&dir, &["--format", "concise", "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn every_output_format_from_the_binary() {
    let dir = scratch("formats");
    std::fs::copy(fixture("bad.md"), dir.join("bad.md")).unwrap();
    let concise = stdout(&validate(&dir, &["--format", "concise"]));
    let n = concise.lines().count();
    assert!(n > 20, "{concise}");

    let json: serde_json::Value =
        serde_json::from_slice(&validate(&dir, &["--format", "json"]).stdout).unwrap();
    let arr = json.as_array().unwrap();
    assert_eq!(arr.len(), n);
    let typo = arr.iter().find(|f| f["rule"] == "skill-typo").unwrap();
    assert_eq!(typo["path"], "bad.md");
    assert_eq!(typo["line"], 7);
    assert_eq!(typo["column"], 23);
    assert_eq!(typo["level"], "warning");
    assert_eq!(typo["title"], "Placeholder idea");

    let github = stdout(&validate(&dir, &["--format", "github"]));
    assert_eq!(github.lines().count(), n);
    assert!(
        github.lines().any(|l| l.starts_with(
            "::warning file=bad.md,line=7,col=23,title=skill-typo::unknown skill 'Kuberntetes'"
        )),
        "{github}"
    );

    let sarif: serde_json::Value =
        serde_json::from_slice(&validate(&dir, &["--format", "sarif"]).stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), n);
    let loc = &results[0]["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "bad.md");

    let plain = stdout(&validate(&dir, &["--format", "human"]));
    assert!(
        !plain.contains('\u{1b}'),
        "no colour when piped or NO_COLOR"
    );
    assert!(plain.contains("--> bad.md:7:23"), "{plain}");
    let coloured = stdout(&validate(&dir, &["--format", "human", "--color", "always"]));
    assert!(coloured.contains("\u{1b}["));
}

#[test]
fn an_untitled_canonical_file_is_missing_title() {
    let dir = scratch("untitled");
    std::fs::copy(fixture("untitled.md"), dir.join("untitled.md")).unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("untitled.md:1:1: error[missing-title]"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn profile_comes_from_the_programme_the_flag_or_the_config() {
    let dir = scratch("profile");
    std::fs::copy(fixture("gsoc-prose.md"), dir.join("ideas.md")).unwrap();
    let auto = validate(&dir, &["--format", "concise"]);
    assert_eq!(auto.status.code(), Some(0), "{}", stdout(&auto));
    assert!(!stdout(&auto).contains("missing-upstream-issue"));
    let lfx = validate(&dir, &["--format", "concise", "--profile", "lfx"]);
    assert_eq!(lfx.status.code(), Some(1));
    assert!(
        stdout(&lfx).contains("ideas.md:7:1: error[missing-upstream-issue]"),
        "{}",
        stdout(&lfx)
    );
    std::fs::write(dir.join(".ideas.toml"), "profile = \"lfx\"\n").unwrap();
    let configured = validate(&dir, &["--format", "concise"]);
    assert_eq!(configured.status.code(), Some(1));
    assert_eq!(stdout(&configured), stdout(&lfx));
    // The flag wins over the file.
    let flag = validate(&dir, &["--format", "concise", "--profile", "auto"]);
    assert_eq!(flag.status.code(), Some(0), "{}", stdout(&flag));
    let bad = validate(&dir, &["--profile", "lxf"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_summary_names_the_config_used() {
    let dir = scratch("summary-config");
    let sub = dir.join("programs");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::copy(fixture("clean.md"), sub.join("ideas.md")).unwrap();
    std::fs::write(dir.join(".ideas.toml"), "[rules]\nno-ideas = \"off\"\n").unwrap();
    let out = validate(&dir, &["programs"]);
    assert_eq!(
        stderr(&out).trim(),
        "checked 1 file, 2 ideas: 0 errors, 0 warnings (config: .ideas.toml)"
    );
    std::fs::write(dir.join("other.toml"), "").unwrap();
    let out = validate(&dir, &["programs", "--config", "other.toml"]);
    assert!(
        stderr(&out).contains("(config: other.toml)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn exclude_globs_skip_files_below_folders_relative_to_the_config() {
    let dir = scratch("exclude");
    for sub in ["programs/drafts", "programs/2025"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::copy(fixture("clean.md"), dir.join("programs/2025/ideas.md")).unwrap();
    std::fs::copy(fixture("bad.md"), dir.join("programs/drafts/wip.md")).unwrap();
    std::fs::copy(fixture("no-ideas.md"), dir.join("programs/README.md")).unwrap();
    let all = validate(&dir, &["programs", "--format", "concise"]);
    assert_eq!(all.status.code(), Some(1));
    std::fs::write(
        dir.join(".ideas.toml"),
        "exclude = [\"drafts/\", \"programs/README.md\"]\n",
    )
    .unwrap();
    let out = validate(&dir, &["programs", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).starts_with("checked 1 file,"),
        "{}",
        stderr(&out)
    );
    // A file named on the command line is always checked.
    let named = validate(&dir, &["programs/drafts/wip.md", "--format", "concise"]);
    assert_eq!(named.status.code(), Some(1));
    // A bad pattern is a configuration error.
    std::fs::write(dir.join(".ideas.toml"), "exclude = [\"a/[\"]\n").unwrap();
    let bad = validate(&dir, &["programs"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("exclude"), "{}", stderr(&bad));
}

#[test]
fn a_file_given_twice_is_read_once() {
    let dir = scratch("twice");
    std::fs::copy(fixture("clean.md"), dir.join("ideas.md")).unwrap();
    let out = validate(
        &dir,
        &["ideas.md", "./ideas.md", ".", "--format", "concise"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!stdout(&out).contains("duplicate-upstream-issue"));
    assert!(
        stderr(&out).starts_with("checked 1 file, 2 ideas"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn control_comments_work_from_the_binary() {
    let dir = scratch("controls");
    std::fs::copy(fixture("controls.md"), dir.join("ideas.md")).unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    assert_eq!(
        stdout(&out),
        "ideas.md:32:5: warning[mentor-missing-email] mentor Vic Foam has no email address\n\
         ideas.md:34:19: warning[unknown-rule-in-comment] unknown rule 'too-few-mentor' in a control comment; did you mean 'too-few-mentors'?\n"
    );
    // A file-level finding is silenced too.
    std::fs::write(
        dir.join("ideas.md"),
        "<!-- ideas-disable invalid-front-matter no-ideas -->\n+++\ntitle = = 1\n+++\n",
    )
    .unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    assert_eq!(stdout(&out), "");
}

#[test]
fn list_rules_and_explain() {
    let dir = scratch("explain");
    let out = validate(&dir, &["--list-rules"]);
    assert_eq!(out.status.code(), Some(0));
    let list = stdout(&out);
    assert!(list.starts_with("RULE "), "{list}");
    assert!(
        list.lines()
            .any(|l| l.starts_with("mentor-missing-name ") && l.contains("error    off")),
        "{list}"
    );
    let out = validate(&dir, &["--explain", "too-many-mentors"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("too-many-mentors: An idea has more than 4 mentors.\n"));
    assert!(text.contains("Level: error (lfx), off (gsoc)"), "{text}");
    assert!(text.contains("How to fix: Keep at most 4 mentors per idea."));
    assert!(text.contains("Example of what it reports:"));
    let typo = validate(&dir, &["--explain", "too-many-mentor"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        stderr(&typo).contains("did you mean 'too-many-mentors'?"),
        "{}",
        stderr(&typo)
    );
}

#[test]
fn a_closed_stdout_does_not_hide_the_findings() {
    let dir = scratch("closed");
    std::fs::copy(fixture("bad.md"), dir.join("bad.md")).unwrap();
    // `ideas validate . | head -0`: the reading end is closed before anything is written.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let status = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["validate", "--format", "concise"])
        .current_dir(&*dir)
        .stdout(writer)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    // And a clean page still exits 0.
    let clean = scratch("closed-clean");
    std::fs::copy(fixture("clean.md"), clean.join("ideas.md")).unwrap();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let status = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["validate", "--format", "concise"])
        .current_dir(&*clean)
        .stdout(writer)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn an_incomplete_idea_fails_the_run_instead_of_vanishing() {
    let dir = scratch("incomplete");
    std::fs::copy(fixture("incomplete.md"), dir.join("ideas.md")).unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with(
            "ideas.md:15:1: error[incomplete-idea] 'Wave heights' is not read as an idea"
        ),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("1 idea: 2 errors"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn concise_output_is_coloured_only_when_asked() {
    let dir = scratch("validate-concise-colour");
    let page = fixture("not-counted.md");
    let page = page.to_str().unwrap();
    let plain = validate(&dir, &[page, "--format", "concise"]);
    assert!(
        !plain.stdout.contains(&0x1b),
        "{}",
        String::from_utf8_lossy(&plain.stdout)
    );
    let coloured = validate(&dir, &[page, "--format", "concise", "--color", "always"]);
    let text = String::from_utf8_lossy(&coloured.stdout);
    assert!(
        text.contains("\u{1b}[1;31merror\u{1b}[0m[\u{1b}[1mincomplete-idea\u{1b}[0m]"),
        "{text}"
    );
    // Without the escapes it is the plain output, line for line.
    let stripped = text
        .replace("\u{1b}[1;31m", "")
        .replace("\u{1b}[1;36m", "")
        .replace("\u{1b}[1m", "")
        .replace("\u{1b}[0m", "");
    assert_eq!(stripped, String::from_utf8_lossy(&plain.stdout));
}

#[test]
fn a_field_shared_by_several_ideas_is_reported_once() {
    // The three ideas of the list share one mentor line: "only one mentor" is said once, at it.
    let dir = scratch("shared-field");
    let page = format!(
        "{}/tests/fixtures/layouts/bold-title-items.md",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::copy(page, dir.join("ideas.md")).unwrap();
    let out = validate(&dir, &["--format", "concise"]);
    let text = stdout(&out);
    let mentors: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("too-few-mentors"))
        .collect();
    assert_eq!(
        mentors,
        ["ideas.md:16:3: warning[too-few-mentors] only one mentor; two are recommended"],
        "{text}"
    );
}

#[test]
fn a_folder_is_checked_whole_in_path_order_and_a_broken_walk_stops_the_run() {
    let dir = scratch("walked");
    // Pages at several depths, named so that sorting by component ("a" before "a-b") and by
    // bytes ("a-b/" before "a/") disagree: findings come sorted by the path as shown.
    for (path, title) in [
        ("a-b/x.md", "Second"),
        ("a/x.md", "First"),
        ("z.md", "Third"),
    ] {
        let file = dir.join("pages").join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(
            &file,
            format!(
                "# Ideas\n\n## {title}\n\n- Description: Build it.\n- Mentors: Jane Doe (@jdoe)\n"
            ),
        )
        .unwrap();
    }
    // The pages name no programme: under the LFX template each has findings to sort.
    let out = validate(&dir, &["pages", "--format", "concise", "--profile", "lfx"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("checked 3 files"), "{}", stderr(&out));
    let files: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|l| l.split(':').next().map(str::to_string))
        .fold(Vec::new(), |mut v, f| {
            if v.last() != Some(&f) {
                v.push(f);
            }
            v
        });
    let sep = std::path::MAIN_SEPARATOR;
    assert_eq!(
        files,
        [
            format!("pages{sep}a-b{sep}x.md"),
            format!("pages{sep}a{sep}x.md"),
            format!("pages{sep}z.md")
        ],
        "{}",
        stdout(&out)
    );

    // A folder with no pages, and one with files of other kinds only: exit 2, said so.
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    std::fs::create_dir_all(dir.join("texts")).unwrap();
    std::fs::write(dir.join("texts/notes.txt"), "## Not read\n").unwrap();
    for folder in ["empty", "texts"] {
        let out = validate(&dir, &[folder]);
        assert_eq!(out.status.code(), Some(2), "{folder}");
        assert!(
            stderr(&out).contains("no Markdown files found"),
            "{folder}: {}",
            stderr(&out)
        );
    }

    // A link below the folder that leads nowhere: exit 2 naming it, nothing checked.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("pages/a/broken.md")).unwrap();
        let out = validate(&dir, &["pages"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("broken.md"), "{}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    }
}
