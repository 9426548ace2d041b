//! `ideas list` as people and programs read it: one idea per line fitted to the terminal (the
//! terminal layout is what `--color always` prints; the escapes are removed to compare),
//! tab-separated lines when piped, the filters' "any of" / "all of" rules, the default order,
//! empty results that explain themselves, and folders of other extensions.

mod common;
use common::scratch;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

/// A cache folder with no synced index: the tests read the bundled catalog (or their own
/// pages), never an index a developer synced on this machine.
const NO_SYNCED_INDEX: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-synced-index");

/// Runs the binary `columns` wide, in a neutral directory, without colour or pager settings
/// from the environment.
fn ideas_at(columns: usize, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .env_remove("IDEAS_PATH")
        .env("IDEAS_CACHE_DIR", NO_SYNCED_INDEX)
        .env_remove("NO_COLOR")
        .env_remove("PAGER")
        .env_remove("IDEAS_PAGER")
        .env("COLUMNS", columns.to_string())
        .output()
        .expect("run ideas")
}

fn ideas(args: &[&str]) -> Output {
    ideas_at(80, args)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Vec<Value> {
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(out)))
        .as_array()
        .expect("an array")
        .clone()
}

/// Text without ANSI escape sequences.
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The terminal layout of `list ARGS` at `columns`, without escapes.
fn terminal_lines(columns: usize, args: &[&str]) -> Vec<String> {
    let mut all = vec!["--color", "always", "list"];
    all.extend_from_slice(args);
    let out = ideas_at(columns, &all);
    assert!(out.status.success(), "{}", stderr(&out));
    strip_ansi(&stdout(&out))
        .lines()
        .map(str::to_string)
        .collect()
}

/// The header's column names.
fn header(lines: &[String]) -> Vec<String> {
    lines[0].split_whitespace().map(str::to_string).collect()
}

#[test]
fn one_line_per_idea_fits_80_columns_with_copyable_short_ids() {
    let lines = terminal_lines(80, &["--skill", "go"]);
    let listed = json(&ideas(&["list", "--skill", "go", "--json"]));
    assert_eq!(
        lines.len(),
        listed.len() + 1,
        "a header and one line per idea"
    );
    assert_eq!(header(&lines), ["ID", "TITLE", "ORG", "PROGRAM", "SKILLS"]);
    let title_at = lines[0].find("TITLE").unwrap();
    let org_at = lines[0].find("ORG").unwrap();
    for (line, idea) in lines[1..].iter().zip(&listed) {
        assert!(line.chars().count() <= 80, "wider than 80: {line}");
        let id = line.split_whitespace().next().unwrap();
        assert!(
            id.len() == 7 && id.chars().all(|c| c.is_ascii_hexdigit()),
            "{line}"
        );
        // The title cell: whole, or cut after a whole word with an ellipsis.
        let cell: String = line
            .chars()
            .skip(title_at)
            .take(org_at - title_at)
            .collect();
        let cell = cell.trim_end();
        let title = idea["title"].as_str().unwrap();
        match cell.strip_suffix('…') {
            None => assert_eq!(cell, title),
            Some(kept) => {
                assert!(title.starts_with(kept), "{kept:?} / {title:?}");
                let next = title[kept.len()..].chars().next();
                assert!(
                    matches!(next, Some(' ' | ',' | ':' | ';' | '-' | '(')),
                    "cut mid-word: {cell:?} of {title:?}"
                );
            }
        }
    }
    // The short id of a line is accepted by `show`.
    // (The 2026 catalog has "Harbor CLI: ..." too: the cell of this one ends after its title.)
    let line = lines
        .iter()
        .find(|l| l.contains("Harbor CLI  ") || l.ends_with("Harbor CLI"))
        .unwrap();
    let id = line.split_whitespace().next().unwrap();
    let shown = ideas(&["show", id, "--json"]);
    assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
    let shown: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(shown["title"], "Harbor CLI");
}

#[test]
fn narrow_terminals_drop_columns_by_priority() {
    let at = |w: usize| header(&terminal_lines(w, &["--limit", "5"]));
    assert_eq!(at(100), ["ID", "TITLE", "ORG", "PROGRAM", "SKILLS"]);
    assert_eq!(at(60), ["ID", "TITLE", "ORG", "PROGRAM"]);
    assert_eq!(at(45), ["ID", "TITLE", "ORG"]);
    for w in [30, 45, 60, 100] {
        for line in terminal_lines(w, &["--limit", "5"]) {
            assert!(line.chars().count() <= w, "{w}: {line}");
        }
    }
}

#[test]
fn columns_no_idea_fills_are_hidden() {
    let dir = scratch("list-empty-columns");
    std::fs::write(
        dir.join("page.md"),
        "## Tidy the docs\n\n- Description: Rewrite the guide.\n- Mentor(s): Ada Lee (@adalee)\n\n\
         ## Speed up the build\n\n- Description: Cache the steps.\n- Mentor(s): Bo Chan (@bochan)\n",
    )
    .unwrap();
    let lines = terminal_lines(80, &[dir.to_str().unwrap()]);
    assert_eq!(header(&lines), ["ID", "TITLE"], "{lines:?}");
    let wide = ideas(&["--color", "always", "list", dir.to_str().unwrap(), "--wide"]);
    let text = strip_ansi(&stdout(&wide));
    assert!(text.contains("Mentors"), "{text}");
    assert!(
        !text.contains("Difficulty") && !text.contains("Hours"),
        "{text}"
    );
}

#[test]
fn piped_output_is_tab_separated_lines_with_full_ids() {
    let out = ideas(&["list", "--skill", "go"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}'), "no colour when piped");
    let listed = json(&ideas(&["list", "--skill", "go", "--json"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        listed.len() + 1,
        "a header, then one line per idea"
    );
    assert_eq!(lines[0], "id\ttitle\torg\tprogram\tskills");
    for (line, idea) in lines[1..].iter().zip(&listed) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 5, "{line}");
        assert_eq!(cells[0], idea["id"].as_str().unwrap());
        assert_eq!(cells[1], idea["title"].as_str().unwrap());
    }
    // The count goes to stderr only at a terminal.
    assert!(!stderr(&out).contains("ideas"), "{}", stderr(&out));
}

#[test]
fn newest_first_by_default_and_sort_still_works() {
    let all = json(&ideas(&["list", "--json"]));
    let years: Vec<u64> = all
        .iter()
        .map(|i| i["year"].as_u64().unwrap_or(0))
        .collect();
    assert!(years.windows(2).all(|w| w[0] >= w[1]), "{years:?}");
    assert!(years[0] > *years.last().unwrap());
    let by_title = json(&ideas(&["list", "--json", "--sort", "title"]));
    let titles: Vec<String> = by_title
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_lowercase())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted);
}

fn count(args: &[&str]) -> usize {
    let mut all = vec!["list", "--json"];
    all.extend_from_slice(args);
    json(&ideas(&all)).len()
}

#[test]
fn skill_commas_are_any_of_and_repeated_flags_all_of() {
    let go = count(&["--skill", "go"]);
    let rust = count(&["--skill", "rust"]);
    let both = count(&["--skill", "go", "--skill", "rust"]);
    let either = count(&["--skill", "go,rust"]);
    assert!(go > 0 && rust > 0);
    assert_eq!(either, go + rust - both);
    assert!(either > go);
    let k8s_and_go = count(&["--skill", "go", "--skill", "kubernetes"]);
    assert!(k8s_and_go < go);
    // Two known skills in one value is a slip, explained.
    let out = ideas(&["list", "--skill", "go rust"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "for any of them write --skill go,rust, for all of them --skill go --skill rust"
        ),
        "{}",
        stderr(&out)
    );
    // A known phrase of several words stays one skill, not an error.
    let out = ideas(&["list", "--skill", "machine learning"]);
    assert_ne!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn status_filter() {
    let archived = json(&ideas(&["list", "--json", "--status", "archived"]));
    assert!(!archived.is_empty());
    assert!(archived.iter().all(|i| i["status"] == "archived"));
    let proposed = count(&["--status", "proposed"]);
    assert!(proposed > archived.len());
    let out = ideas(&["list", "--status", "archivd"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a similar value exists: 'archived'"));
}

/// The seed part of the bundled catalog (every year before 2026): the ideas written for the
/// project, which later catalog updates do not change.
fn seed_catalog() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ideas");
    let mut dirs = Vec::new();
    for program in std::fs::read_dir(&root).unwrap().flatten() {
        if !program.path().is_dir() {
            continue;
        }
        for year in std::fs::read_dir(program.path()).unwrap().flatten() {
            let name = year.file_name().to_string_lossy().into_owned();
            if name.parse::<u16>().is_ok_and(|y| y < 2026) {
                dirs.push(year.path().display().to_string());
            }
        }
    }
    dirs.sort();
    dirs
}

/// `ideas ARGS` over the seed catalog.
fn ideas_on_seeds(args: &[&str]) -> Output {
    let seeds = seed_catalog();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(seeds.iter().map(String::as_str));
    ideas(&all)
}

#[test]
fn empty_results_explain_themselves() {
    let ideas = ideas_on_seeds;
    let out = ideas(&["list", "--difficulty", "easy"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(err.contains("ideas give no difficulty"), "{err}");
    assert!(err.contains("difficulties given: hard ("), "{err}");

    let out = ideas(&["list", "--year", "2026", "--skill", "go"]);
    let err = stderr(&out);
    assert!(err.contains("each alone"), "{err}");
    assert!(err.contains("--skill go"), "{err}");
    assert!(err.contains("years given: 2021 ("), "{err}");

    // A misspelt mentor is a usage error, exit 2, as a misspelt skill is (issue 37).
    let out = ideas(&["list", "--mentor", "juliusvonkohot"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean 'Julius von Kohout"),
        "{}",
        stderr(&out)
    );

    // A lone skill nobody lists is explained without a second read of the pages.
    let out = ideas(&["list", "--skill", "cobol"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--skill cobol  0 ideas: no idea lists this skill"),
        "{}",
        stderr(&out)
    );

    // A synonym is mapped, and says so.
    let out = ideas(&["list", "--difficulty", "beginner"]);
    assert!(
        stderr(&out).contains("note: difficulty 'beginner' is read as 'easy'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_path_prints_nothing_on_stdout() {
    for format in ["json", "human", "csv"] {
        let out = ideas(&["list", "/nonexistent", "--format", format]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(stdout(&out), "", "{format}");
        assert!(stderr(&out).contains("/nonexistent: no such file or directory"));
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const PAGE: &str = "## Lamp exporter\n\n- Description: Export lamp metrics.\n\
                    - Recommended Skills: Go\n- Mentor(s): Ada Lee (@adalee)\n";

#[test]
fn folders_of_other_extensions_say_how_to_read_them() {
    let dir = scratch("list-txt-folder");
    write(&dir, "a.txt", PAGE);
    write(&dir, "b.txt", &PAGE.replace("Lamp", "Beacon"));
    let path = dir.to_str().unwrap();
    let out = ideas(&["list", path]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("no Markdown files below this folder; 2 other files (2 .txt); to read them, use --ext txt"),
        "{err}"
    );
    assert!(!err.contains("no ideas matched"), "{err}");
    for extra in [&["--ext", "txt"][..], &["--glob", "*.txt"]] {
        let mut args = vec!["list", path, "--json"];
        args.extend_from_slice(extra);
        assert_eq!(json(&ideas(&args)).len(), 2, "{extra:?}");
    }
    let bad = ideas(&["list", path, "--glob", "[txt"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("invalid --glob '[txt'"),
        "{}",
        stderr(&bad)
    );
    // A file named on the command line is read whatever its extension.
    let file = dir.join("a.txt");
    assert_eq!(
        json(&ideas(&["list", file.to_str().unwrap(), "--json"])).len(),
        1
    );
}

#[test]
fn gitignored_and_hidden_files_are_not_read_below_folders() {
    let dir = scratch("list-gitignore");
    write(&dir, ".gitignore", "drafts/\n");
    write(&dir, "kept.md", PAGE);
    write(&dir, "drafts/draft.md", &PAGE.replace("Lamp", "Draft"));
    write(&dir, ".hidden/page.md", &PAGE.replace("Lamp", "Hidden"));
    let listed = json(&ideas(&["list", dir.to_str().unwrap(), "--json"]));
    let titles: Vec<&str> = listed
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Lamp exporter"]);
    // The same file named twice is read once.
    let kept = dir.join("kept.md");
    let k = kept.to_str().unwrap();
    assert_eq!(json(&ideas(&["list", k, k, "--json"])).len(), 1);
}

#[test]
fn color_always_colours_lines_tables_and_facets() {
    for args in [
        &["--color", "always", "list", "--limit", "3"][..],
        &["--color", "always", "list", "--limit", "3", "--wide"],
        &["--color", "always", "orgs"],
        &["--color", "always", "stats"],
    ] {
        let out = ideas(args);
        assert!(
            stdout(&out).contains('\u{1b}'),
            "{args:?}: {}",
            stdout(&out)
        );
    }
    for args in [
        &["list", "--limit", "3"][..],
        &["list", "--limit", "3", "--wide"],
        &["orgs"],
    ] {
        assert!(!stdout(&ideas(args)).contains('\u{1b}'), "{args:?}");
    }
}

#[test]
fn search_facets_and_show_take_json_like_list() {
    let list = json(&ideas(&["list", "--skill", "helm", "--json"]));
    let search = json(&ideas(&["search", "helm", "--json"]));
    assert!(!search.is_empty());
    // Every result is a flat idea with a score: `jq '.[].title'` works.
    for hit in &search {
        assert!(
            hit["title"].is_string() && hit["score"].is_number(),
            "{hit}"
        );
    }
    let first_listed = &list[0];
    let same = search
        .iter()
        .find(|h| h["id"] == first_listed["id"])
        .unwrap();
    for (k, v) in first_listed.as_object().unwrap() {
        assert_eq!(&same[k], v, "{k}");
    }
    let shown = ideas(&["show", first_listed["id"].as_str().unwrap(), "--json"]);
    let shown: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(&shown, first_listed);
    // `show` calls its text format `human`, as validate does; `terminal` still works.
    for format in ["human", "terminal"] {
        let out = ideas(&["show", first_listed["id"].as_str().unwrap(), "-f", format]);
        assert_eq!(out.status.code(), Some(0), "{format}");
    }
}

#[test]
fn pages_without_the_skill_are_not_parsed_and_the_count_says_so() {
    let dir = scratch("page-test");
    let go = "### Exporter\n\n- Skills: Go, Prometheus\n- Mentors: Ada Lee\n";
    let rust = "### Scheduler\n\n- Skills: Rust, Tokio\n- Mentors: Ada Lee\n";
    // A page with a problem but no Go: with --skill go it is not read, so not reported.
    let broken = "---\ntitle: [unclosed\n---\n\n### Parser\n\n- Skills: Rust\n";
    std::fs::write(dir.join("go.md"), go).unwrap();
    std::fs::write(dir.join("rust.md"), rust).unwrap();
    std::fs::write(dir.join("broken.md"), broken).unwrap();
    let d = dir.to_str().unwrap();

    let all = ideas(&["list", d, "--format", "table"]);
    assert!(stderr(&all).contains("broken.md"), "{}", stderr(&all));
    assert!(stderr(&all).contains("2 of 2 ideas"), "{}", stderr(&all));

    let go_only = ideas(&["list", d, "--skill", "golang", "--format", "table"]);
    assert!(go_only.status.success());
    assert!(stdout(&go_only).contains("Exporter"));
    let err = stderr(&go_only);
    assert!(!err.contains("broken.md"), "{err}");
    assert!(
        err.contains("1 of 1 ideas; 2 pages that cannot match were not read"),
        "{err}"
    );
    // The same ideas as a run that parses every page (an org filter alone does).
    let json_go = json(&ideas(&["list", d, "--skill", "go", "--format", "json"]));
    assert_eq!(json_go.len(), 1);
    assert_eq!(json_go[0]["title"], "Exporter");

    // No page can match: the empty result still explains itself from every page's ideas.
    let none = ideas(&["list", d, "--skill", "kubernetes"]);
    assert_eq!(none.status.code(), Some(1));
    let err = stderr(&none);
    assert!(!err.contains("no ideas were read"), "{err}");
    assert!(err.contains("kubernetes"), "{err}");
}

/// Every size an idea offers is kept: "175/350 hours" is `[175, 350]` in JSON, `175/350` in the
/// table, and `--hours 175` and `--hours large` both find it; an idea of 90 hours is not found.
#[test]
fn hours_are_every_size_an_idea_offers() {
    let dir = scratch("hours-offers");
    let page = dir.join("ideas.md");
    std::fs::write(
        &page,
        "# Ideas\n\n## Faster tiles\n\n- Size: 175/350 hours\n- Mentors: Ana Ruiz\n\n\
         ## Smaller maps\n\n- Size: Small (90 hours)\n- Mentors: Tom Li\n\n\
         ## Scalable sync\n\n- Size: Small to large\n- Mentors: Tom Li\n",
    )
    .unwrap();
    let path = page.to_str().unwrap();
    let all = json(&ideas(&["list", path, "--format", "json"]));
    let hours: Vec<&Value> = all.iter().map(|i| &i["hours"]).collect();
    assert_eq!(
        hours,
        [
            &serde_json::json!([175, 350]),
            &serde_json::json!([90]),
            &serde_json::json!([90, 175, 350])
        ]
    );
    for size in ["175", "large", "350"] {
        let found = json(&ideas(&["list", path, "--hours", size, "--format", "json"]));
        let titles: Vec<&str> = found.iter().filter_map(|i| i["title"].as_str()).collect();
        assert_eq!(titles, ["Faster tiles", "Scalable sync"], "--hours {size}");
    }
    let wide = stdout(&ideas(&["list", path, "--wide"]));
    assert!(wide.contains("175/350"), "{wide}");
    let bad = ideas(&["list", path, "--hours", "a few"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
}

/// Pages name the size field many ways; each is read as the idea's hours, and its value never
/// spills into the field before it ("Time estimate: 175 hours" after a skills line).
#[test]
fn size_labels_of_real_pages_give_hours() {
    let dir = scratch("size-labels");
    let page = dir.join("ideas.md");
    std::fs::write(
        &page,
        "# Ideas\n\n## Faster tiles\n\n\
         - Skills required/preferred: python, numpy\n- Time estimate: 175 hours\n\
         - Difficulty: Medium\n\n\
         ## Smaller maps\n\n**Difficulty Level**: High\n\n**Skills Required**: TypeScript\n\n\
         **Expected size of project**: 350 hours\n",
    )
    .unwrap();
    let all = json(&ideas(&[
        "list",
        page.to_str().unwrap(),
        "--format",
        "json",
    ]));
    let facts: Vec<(&Value, &Value)> = all.iter().map(|i| (&i["hours"], &i["skills"])).collect();
    assert_eq!(
        facts,
        [
            (
                &serde_json::json!([175]),
                &serde_json::json!(["python", "numpy"])
            ),
            (
                &serde_json::json!([350]),
                &serde_json::json!(["TypeScript"])
            ),
        ]
    );
}
