//! The `ideas` binary, driven as users drive it: arguments in, stdout/stderr/exit status out.

mod common;
use common::{layout_path as fixture, scratch};

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

/// A cache folder with no synced index: the tests read the bundled catalog (or their own
/// pages), never an index a developer synced on this machine.
const NO_SYNCED_INDEX: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-synced-index");

fn ideas(args: &[&str]) -> Output {
    ideas_in(&std::env::temp_dir(), args)
}

/// Runs the binary in `dir` with a clean environment for colour and paging.
fn ideas_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .current_dir(dir)
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .env("NO_COLOR", "1")
        .output()
        .expect("run ideas")
}

fn json(out: &Output) -> Vec<Value> {
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
        .as_array()
        .expect("a JSON array")
        .clone()
}

fn titles(v: &[Value]) -> Vec<String> {
    v.iter()
        .map(|i| i["title"].as_str().unwrap().to_string())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn bundled_catalog_lists_go_ideas_from_any_directory() {
    let out = ideas(&["list", "--skill", "go", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    let t = titles(&v);
    assert!(t.contains(&"Harbor CLI".to_string()), "{t:?}");
    // Skills are listed as written; each idea lists one that names Go.
    assert!(v
        .iter()
        .all(|i| i["skills"].as_array().unwrap().iter().any(|s| {
            let s = s.as_str().unwrap().to_lowercase();
            s == "go" || s.contains("golang") || s.starts_with("go ") || s.ends_with(" go")
        })));
    // An idea that needs JavaScript and React but not Go is not listed.
    assert!(!t.contains(&"Upgrade Jaeger-UI to React v19".to_string()));
    // Aliases name the same skill.
    let golang = json(&ideas(&["list", "--skill", "Golang", "--format", "json"]));
    assert_eq!(titles(&golang), t);
}

#[test]
fn json_keys_are_the_model_contract() {
    let out = ideas(&["list", "--format", "json"]);
    let v = json(&out);
    assert!(v.len() >= 50, "bundled catalog has {} ideas", v.len());
    let keys: Vec<&str> = v[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut want = vec![
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
        "contacts",
        "difficulty",
        "hours",
        "upstream_issues",
        "links",
        "source",
    ];
    let mut got = keys.clone();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    let source: Vec<&str> = v[0]["source"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(source.contains(&"path") && source.contains(&"line"));
    assert!(v[0]["source"]["path"]
        .as_str()
        .unwrap()
        .starts_with("ideas/"));
    // Ids are unique.
    let mut ids: Vec<&str> = v.iter().map(|i| i["id"].as_str().unwrap()).collect();
    ids.sort();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids");
}

#[test]
fn table_output_for_people() {
    let out = ideas(&[
        "list", "--skill", "go", "--org", "harbor", "--format", "table",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    let stdout = String::from_utf8(out.stdout).unwrap();
    // Piped, the table is a header and tab-separated records (issue 37).
    assert!(stdout.starts_with("id\ttitle\torg\t"), "{stdout}");
    assert!(stdout.contains("\tHarbor CLI\t"), "{stdout}");
    // The count is a summary for people: stderr, never mixed into the table.
    assert!(err.contains(" of ") && err.contains("ideas"), "{err}");
    assert!(!stdout.contains(" of "), "{stdout}");
}

#[test]
fn nothing_matched_exits_one_with_an_empty_array() {
    let out = ideas(&["list", "--year", "1999", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(json(&out).is_empty());
}

#[test]
fn missing_path_exits_two_naming_it() {
    let out = ideas(&["list", "/no/such/ideas.md"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("/no/such/ideas.md"), "{err}");
    assert!(err.contains("no such file"), "{err}");
}

#[test]
fn bad_filter_values_exit_two() {
    let out = ideas(&["list", "--difficulty", "impossible"]);
    assert_eq!(out.status.code(), Some(2));
    // Fixed values are checked by the argument parser, which lists them.
    let err = stderr(&out);
    assert!(
        err.contains("invalid value 'impossible' for '--difficulty"),
        "{err}"
    );
    assert!(
        err.contains("[possible values: easy, medium, hard]"),
        "{err}"
    );
    let out = ideas(&["list", "--program", "outreachy2"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_broken_page_warns_and_the_rest_is_listed() {
    let dir = scratch("broken");
    std::fs::write(
        dir.join("broken.md"),
        "---\ntitle: never closed\n- Mentors: A\n",
    )
    .unwrap();
    std::fs::copy(fixture("bold-paragraphs.md"), dir.join("good.md")).unwrap();
    let out = ideas(&["list", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("broken.md:1:"), "{err}");
    assert!(err.contains("never closed"), "{err}");
    assert_eq!(json(&out).len(), 2);
}

#[test]
fn files_are_read_whatever_their_extension_but_directories_only_take_markdown() {
    let dir = scratch("ext");
    std::fs::copy(fixture("bold-paragraphs.md"), dir.join("page.txt")).unwrap();
    let file = dir.join("page.txt");
    let out = ideas(&["list", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(json(&out).len(), 2);
    let out = ideas(&["list", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(json(&out).is_empty());
}

#[test]
fn invalid_utf8_is_read_lossily_with_a_warning() {
    let dir = scratch("utf8");
    let mut bytes = std::fs::read(fixture("bold-paragraphs.md")).unwrap();
    bytes.splice(0..0, b"\xff\xfe bad bytes\n".iter().copied());
    std::fs::write(dir.join("latin.md"), bytes).unwrap();
    let out = ideas(&["list", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(json(&out).len(), 2);
    let err = stderr(&out);
    assert!(err.contains("latin.md:1: invalid UTF-8"), "{err}");
}

/// A scratch folder holding the seven layout fixtures these tests were written against.
fn first_layouts(test: &str) -> common::Scratch {
    let dir = scratch(&format!("first-layouts-{test}"));
    for name in [
        "bold-paragraphs.md",
        "canonical.md",
        "canonical.toml.md",
        "field-headings.md",
        "lfx-bullets.md",
        "no-ideas.md",
        "table-rows.md",
    ] {
        std::fs::copy(fixture(name), dir.join(name)).unwrap();
    }
    dir
}

#[test]
fn filters_on_fixture_pages() {
    // The first layout fixtures, copied: the folder gains a fixture with every new layout.
    let folder = first_layouts("filters");
    let dir = folder.to_str().unwrap().to_string();
    let run = |extra: &[&str]| {
        let mut args = vec!["list", dir.as_str(), "--format", "json"];
        args.extend_from_slice(extra);
        let mut t = titles(&json(&ideas(&args)));
        t.sort();
        t
    };
    let all = run(&[]);
    // 5 + 5 + 2 + 2 + the canonical idea in YAML and in TOML; no-ideas.md adds none.
    assert_eq!(all.len(), 16, "{all:?}");
    assert_eq!(
        run(&["--skill", "go", "--org", "anchorage"]),
        ["Harden the anchor registry", "Small secure mesh"]
    );
    assert_eq!(
        run(&["--skill", "rust"]),
        ["Rewrite the fog horn scheduler"]
    );
    // Mentor by handle, by name with other case and spacing, and by email.
    assert_eq!(
        run(&["--mentor", "@CyBeam"]),
        ["Rewrite the fog horn scheduler"]
    );
    assert_eq!(
        run(&["--mentor", "cy beam"]),
        ["Rewrite the fog horn scheduler"]
    );
    assert_eq!(
        run(&["--mentor", "jo@anchorage.example"]),
        ["Batch gateway for anchor jobs"]
    );
    // A range "medium-hard" matches both ends.
    let hard = run(&["--difficulty", "hard"]);
    assert!(hard.contains(&"Batch gateway for anchor jobs".to_string()));
    assert!(hard.contains(&"Possible mentor questions".to_string()));
    assert!(!hard.contains(&"Harden the anchor registry".to_string()));
    assert_eq!(
        run(&["--program", "gsoc", "--year", "2023"]),
        ["Node level runtime for Quay", "Sandbox profiles for Quay"]
    );
    assert_eq!(run(&["--text", "SECCOMP"]), ["Sandbox profiles for Quay"]);
}

#[test]
fn help_reads_well() {
    let out = ideas(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("list"), "{text}");
    let out = ideas(&["list", "--help"]);
    let text = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--skill",
        "--mentor",
        "--difficulty",
        "--org",
        "--program",
        "--year",
        "--text",
        "--format",
        "Examples",
    ] {
        assert!(text.contains(flag), "missing {flag} in:\n{text}");
    }
    let out = ideas(&["list", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unreadable_kinds_and_pages_without_ideas_are_reported_once_as_skipped() {
    let dir = scratch("skipped");
    std::fs::write(dir.join("guide.org"), "* Ideas\n** Idea one\n").unwrap();
    std::fs::copy(fixture("no-ideas.md"), dir.join("hub.md")).unwrap();
    let org = dir.join("guide.org");
    let hub = dir.join("hub.md");
    let out = ideas(&[
        "list",
        org.to_str().unwrap(),
        hub.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.matches("guide.org").count(), 1, "{err}");
    assert!(
        err.contains("guide.org: skipped: Org mode is not supported"),
        "{err}"
    );
    assert_eq!(err.matches("hub.md").count(), 1, "{err}");
    assert!(
        err.contains("hub.md: skipped: no recognisable ideas"),
        "{err}"
    );
}

#[test]
fn lfx_exports_are_read_as_files_and_found_in_folders() {
    let export = format!(
        "{}/tests/fixtures/lfx/lfx-export.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let direct = json(&ideas(&["list", &export, "--format", "json"]));
    assert_eq!(direct.len(), 3);
    assert!(direct.iter().all(|i| i["program"] == "lfx"));
    let dir = scratch("lfx");
    std::fs::copy(&export, dir.join("lfx-export.json")).unwrap();
    std::fs::write(dir.join("package.json"), "{\"name\": \"not ideas\"}").unwrap();
    let found = json(&ideas(&["list", dir.to_str().unwrap(), "--format", "json"]));
    assert_eq!(titles(&found), titles(&direct));
}

#[test]
fn list_formats_sort_limit_and_short_json() {
    // The first layout fixtures, copied: the folder gains a fixture with every new layout.
    let folder = first_layouts("formats");
    let dir = folder.to_str().unwrap().to_string();
    let ids = String::from_utf8(
        ideas(&[
            "list", &dir, "--format", "ids", "--sort", "title", "--limit", "3",
        ])
        .stdout,
    )
    .unwrap();
    let lines: Vec<&str> = ids.lines().collect();
    assert_eq!(lines.len(), 3);
    let all = json(&ideas(&["list", &dir, "--json", "--sort", "title"]));
    let first3: Vec<&str> = all
        .iter()
        .take(3)
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(lines, first3);
    let t = titles(&all);
    let mut sorted = t.clone();
    sorted.sort_by_key(|s| s.to_lowercase());
    assert_eq!(t, sorted);

    let csv =
        String::from_utf8(ideas(&["list", &dir, "--format", "csv", "--skill", "rust"]).stdout)
            .unwrap();
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        rows[0],
        "id,title,org,program,year,difficulty,hours,skills,mentors,url"
    );
    assert_eq!(rows.len(), 2);
    assert!(rows[1].contains("Rewrite the fog horn scheduler"));

    let md =
        String::from_utf8(ideas(&["list", &dir, "--format", "markdown", "--skill", "rust"]).stdout)
            .unwrap();
    assert!(md.starts_with("| Title | Org |"), "{md}");
    assert!(
        md.contains("| Rewrite the fog horn scheduler | Lighthouse |"),
        "{md}"
    );

    // Piped tables have no borders unless colour is forced.
    let plain =
        String::from_utf8(ideas(&["list", &dir, "--format", "table", "--skill", "rust"]).stdout)
            .unwrap();
    assert!(
        !plain.contains('│') && plain.contains("Rewrite the fog"),
        "{plain}"
    );
    let boxed = String::from_utf8(
        ideas(&[
            "--color", "always", "list", &dir, "--format", "table", "--skill", "rust",
        ])
        .stdout,
    )
    .unwrap();
    assert!(boxed.contains('│'), "{boxed}");
}

#[test]
fn unknown_filter_values_get_a_did_you_mean() {
    let out = ideas(&["list", "--skill", "golnag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no skill 'golnag'; did you mean 'go'?"),
        "{}",
        stderr(&out)
    );
    let out = ideas(&["list", "--org", "harbr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean 'Harbor'?"),
        "{}",
        stderr(&out)
    );
    let out = ideas(&["list", "--difficulty", "hrad"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("a similar value exists: 'hard'"),
        "{}",
        stderr(&out)
    );
    // A real skill that no idea needs is not an error: nothing matched.
    let out = ideas(&["list", "--skill", "cobol", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn ideas_path_points_the_default_commands_at_another_catalog() {
    let dir = scratch("ideaspath");
    std::fs::copy(fixture("bold-paragraphs.md"), dir.join("page.md")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["list", "--format", "json"])
        .env("IDEAS_PATH", dir.to_str().unwrap())
        .output()
        .unwrap();
    assert_eq!(
        titles(&json(&out)),
        ["Sandbox profiles for Quay", "Node level runtime for Quay"]
    );
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = ideas(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("validate") && text.contains("skill"),
            "{shell}: {text}"
        );
    }
    let man = String::from_utf8(ideas(&["man"]).stdout).unwrap();
    assert!(man.contains(".TH ideas"), "{}", &man[..200.min(man.len())]);
    assert!(man.contains("validate"));
    // Fixed values complete as values, not file names.
    let bash = String::from_utf8(ideas(&["completions", "bash"]).stdout).unwrap();
    for values in [
        "compgen -W \"easy medium hard\"",
        "compgen -W \"gsoc lfx other\"",
        "compgen -W \"proposed accepted archived\"",
    ] {
        assert!(bash.contains(values), "{values}");
    }
    // One page per subcommand, and the main page refers to no page that is not written.
    let dir = scratch("man-pages");
    let out = ideas(&["man", "--all", "--out", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let main = std::fs::read_to_string(dir.join("ideas.1")).unwrap();
    let mut referred = 0;
    for part in main.split("ideas\\-").skip(1) {
        let name: String = part
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .collect();
        assert!(part[name.len()..].starts_with("(1)"), "{part}");
        assert!(
            dir.join(format!("ideas-{name}.1")).exists(),
            "ideas.1 refers to ideas-{name}(1), which was not written"
        );
        referred += 1;
    }
    assert!(referred >= 12, "{main}");
    // The internal command the completion scripts call has no page (issue 37).
    let written: Vec<String> = std::fs::read_dir(dir.join("."))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(written.iter().any(|f| f == "ideas-list.1"), "{written:?}");
    assert!(
        !written.iter().any(|f| f.contains("complete")),
        "{written:?}"
    );
    let list = std::fs::read_to_string(dir.join("ideas-list.1")).unwrap();
    assert!(list.contains(".TH ideas-list 1"), "{list}");
    assert!(list.contains("\\-\\-skill"), "{list}");
    let one = String::from_utf8(ideas(&["man", "show"]).stdout).unwrap();
    assert!(one.contains(".TH ideas-show 1"));
}

#[test]
fn new_scaffolds_an_entry_that_validates() {
    let dir = scratch("new");
    let entry = dir.join("entry.md");
    let out = ideas(&[
        "new",
        "--title",
        "Harbor CLI plugins",
        "--org",
        "Harbor",
        "--skill",
        "Go",
        "--skill",
        "Cobra",
        "--mentor",
        "Ada Lee (@adalee, ada@harbor.example)",
        "--mentor",
        "Bo Chan (@bochan, bo@harbor.example)",
        "--description",
        "Add plugins to the CLI.",
        "--outcome",
        "A plugin loader.",
        "--upstream",
        "https://github.com/goharbor/harbor-cli/issues/1",
        "--out",
        entry.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["validate", entry.to_str().unwrap(), "--format", "concise"])
        .output()
        .unwrap();
    assert_eq!(
        v.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&v.stdout)
    );
    assert_eq!(String::from_utf8_lossy(&v.stdout), "");
    // Never replaces an existing file.
    let again = ideas(&[
        "new",
        "--title",
        "X",
        "--org",
        "Y",
        "--out",
        entry.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(2));
    // Missing fields are TBD, which validate reports.
    let sparse = String::from_utf8(ideas(&["new", "--title", "X", "--org", "Y"]).stdout).unwrap();
    assert!(sparse.contains("- Mentor(s): TBD"), "{sparse}");
    // The canonical form lists back to the same idea.
    let canon = dir.join("canon.md");
    ideas(&[
        "new",
        "--format",
        "canonical",
        "--title",
        "Harbor CLI plugins",
        "--org",
        "Harbor",
        "--skill",
        "Go",
        "--mentor",
        "Ada Lee (@adalee, ada@harbor.example)",
        "--program",
        "lfx",
        "--year",
        "2026",
        "--out",
        canon.to_str().unwrap(),
    ]);
    let listed = json(&ideas(&[
        "list",
        canon.to_str().unwrap(),
        "--format",
        "json",
    ]));
    assert_eq!(listed[0]["title"], "Harbor CLI plugins");
    assert_eq!(listed[0]["skills"][0], "Go");
    assert_eq!(listed[0]["mentors"][0]["github"], "adalee");
    assert_eq!(listed[0]["year"], 2026);
}

#[test]
fn catalog_in_ideas_toml_points_the_default_commands_at_another_catalog() {
    let dir = scratch("catalogkey");
    std::fs::create_dir_all(dir.join("mine")).unwrap();
    std::fs::copy(fixture("bold-paragraphs.md"), dir.join("mine/page.md")).unwrap();
    std::fs::write(dir.join(".ideas.toml"), "catalog = \"mine\"\n").unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["list", "--format", "json"])
        .current_dir(dir.join("sub"))
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .output()
        .unwrap();
    assert_eq!(
        titles(&json(&out)),
        ["Sandbox profiles for Quay", "Node level runtime for Quay"]
    );
}

#[test]
fn a_closed_pipe_exits_quietly_with_status_zero() {
    use std::io::Read;
    use std::process::Stdio;
    for args in [
        &["list", "--format", "json"][..],
        &["list", "--format", "csv"],
        &["search", "the", "--format", "json"],
        &["man"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ideas"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn complete_lists_values_of_the_catalog_in_use() {
    let lines = |args: &[&str]| -> Vec<String> {
        let out = ideas(args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    };
    let skills = lines(&["__complete", "skills", "G"]);
    assert!(skills.contains(&"go".to_string()), "{skills:?}");
    assert!(skills.iter().all(|s| s.starts_with('g')), "{skills:?}");
    let mut sorted = skills.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(skills, sorted);
    let ids = lines(&["__complete", "ids", "lfx-2026-"]);
    assert!(!ids.is_empty() && ids.iter().all(|i| i.starts_with("lfx-2026-")));
    assert!(lines(&["__complete", "ids", "no-such-prefix"]).is_empty());
    // Paths in IDEAS_PATH are the catalog in use.
    let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["__complete", "orgs"])
        .env("IDEAS_PATH", fixture("lfx-bullets.md"))
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .output()
        .unwrap();
    let orgs = String::from_utf8(out.stdout).unwrap();
    let all = lines(&["__complete", "orgs"]);
    assert!(
        !orgs.is_empty() && orgs.lines().count() < all.len(),
        "{orgs}"
    );
}

#[cfg(unix)]
#[test]
fn bash_completes_ids_skills_and_orgs_from_the_catalog() {
    let script = String::from_utf8(ideas(&["completions", "bash"]).stdout).unwrap();
    let dir = scratch("bash-completion");
    std::fs::write(dir.join("ideas.bash"), &script).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_ideas")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let complete = |words: &[&str]| -> Vec<String> {
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let program = format!(
            "source ./ideas.bash; COMP_WORDS=({}); COMP_CWORD={}; _ideas_values ideas; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            quoted.join(" "),
            words.len() - 1
        );
        let out = Command::new("bash")
            .arg("-c")
            .arg(program)
            .current_dir(&*dir)
            .env("PATH", &path)
            .env_remove("IDEAS_PATH")
            .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
            .output()
            .expect("bash");
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    };
    let skills = complete(&["ideas", "list", "--skill", "go"]);
    assert!(skills.contains(&"go".to_string()), "{skills:?}");
    assert!(skills.iter().all(|s| s.starts_with("go")), "{skills:?}");
    let ids = complete(&["ideas", "show", "lfx-2026-"]);
    assert!(
        !ids.is_empty() && ids.iter().all(|i| i.starts_with("lfx-2026-")),
        "{ids:?}"
    );
    let orgs = complete(&["ideas", "list", "--org", "Kube"]);
    assert!(orgs.iter().any(|o| o.starts_with("Kube")), "{orgs:?}");
    // Other words keep clap's completion: the subcommands.
    let subcommands = complete(&["ideas", "va"]);
    assert!(
        subcommands.contains(&"validate".to_string()),
        "{subcommands:?}"
    );
    let fish = String::from_utf8(ideas(&["completions", "fish"]).stdout).unwrap();
    assert!(fish.contains("__complete ids"), "{fish}");
}

#[test]
fn zsh_completes_ids_skills_and_orgs_through_the_value_lister() {
    let zsh = String::from_utf8(ideas(&["completions", "zsh"]).stdout).unwrap();
    // Every --skill and --org spec, and show's id, call the lister instead of file names.
    assert!(!zsh.contains(":SKILL:_default'") && !zsh.contains(":ORG:_default'"));
    assert!(
        zsh.matches(":SKILL:_ideas_values skills'").count() >= 8,
        "{zsh}"
    );
    assert!(zsh.matches(":ORG:_ideas_values orgs'").count() >= 8);
    let id = zsh.lines().find(|l| l.starts_with("':id -- ")).unwrap();
    assert!(id.ends_with(":_ideas_values ids' \\"), "{id}");
    // The lister is defined before the script runs _ideas.
    let defined = zsh.find("_ideas_values() {").unwrap();
    let runs = zsh.rfind("if [ \"$funcstack[1]\" = \"_ideas\" ]").unwrap();
    assert!(defined < runs);
    assert!(zsh[defined..runs].contains("ideas __complete \"$1\" \"$PREFIX\""));
}
