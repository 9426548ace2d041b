//! Every command the README shows runs here, so the README cannot drift from the tool.
//!
//! The rules (also in `docs/development.md`):
//! - Commands come from the README's ```` ```sh ```` and ```` ```console ```` blocks. In a
//!   `console` block a line starting with `$ ` is a command, and the lines after it (up to the
//!   next `$ ` or the end of the block) are its output.
//! - A line is cut at `&&`; each part that starts with `ideas` runs. Parts starting with
//!   anything else (`cargo install`, `cargo test`, `gh ...`) do not. `ideas sync` without
//!   `--offline` does not run: it needs the network.
//! - Only the part before a `|` runs; `> FILE` and `2>/dev/null` are dropped (output is
//!   captured, never written); `2>&1` captures stderr with stdout, interleaved as printed.
//! - The binary Cargo built runs in the crate root with an empty environment but for
//!   `NO_COLOR=1`, `COLUMNS=80`, `TERM=dumb`, `PATH`, and `HOME`, `XDG_CACHE_HOME` and
//!   `IDEAS_CACHE_DIR` in an empty scratch folder: no user cache, configuration or network.
//!   Standard input is empty.
//! - The exit status must be 0, or N where the command's `#` comment says `exit status N`.
//! - A command in a `console` block must print exactly the lines shown (the whole output;
//!   spaces at line ends are ignored).
//! - Every fenced block is `sh`, `console`, `toml` or `yaml`: a sample output has to be a
//!   `console` block after its command, where it is checked, never a `text` block beside it.
//! - Every relative link in README.md and docs/*.md points at a file that exists.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// One command the README shows.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    /// 1-based line of the README.
    line: usize,
    /// The arguments after `ideas`.
    args: Vec<String>,
    /// The exit status the README gives it.
    status: i32,
    /// `2>&1`: stderr is part of the output.
    merge_stderr: bool,
    /// The output shown after it (console blocks only).
    output: Option<String>,
}

/// A command line split into shell words, with what the rules need from it.
struct Words {
    words: Vec<String>,
    comment: String,
}

/// Splits a line as a POSIX shell would for these purposes: quotes, backslashes, `#` comments;
/// `|`, `&&`, `>` and `2>&1` come out as words of their own.
fn shell_words(line: &str) -> Words {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '"' => {
                in_word = true;
                while let Some(q) = chars.next() {
                    match q {
                        '"' => break,
                        '\\' if matches!(chars.peek(), Some('"' | '\\' | '$' | '`')) => {
                            word.push(chars.next().unwrap());
                        }
                        _ => word.push(q),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(q) = chars.next() {
                    word.push(q);
                }
            }
            '#' if !in_word => {
                return Words {
                    words,
                    comment: chars.collect(),
                }
            }
            ' ' | '\t' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '|' | '&' | '>' => {
                // `2>` and `2>&1` are one operator with the digit before them.
                if in_word && word == "2" && c == '>' {
                    word.clear();
                    in_word = false;
                    let mut op = String::from("2>");
                    if chars.peek() == Some(&'&') {
                        chars.next();
                        op.push('&');
                        if let Some(d) = chars.next() {
                            op.push(d);
                        }
                    }
                    words.push(op);
                    continue;
                }
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
                let mut op = c.to_string();
                if chars.peek() == Some(&c) {
                    op.push(chars.next().unwrap());
                }
                words.push(op);
            }
            _ => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Words {
        words,
        comment: String::new(),
    }
}

/// The exit status a comment documents: `exit status N`, else 0.
fn documented_status(comment: &str) -> i32 {
    comment
        .split("exit status ")
        .nth(1)
        .and_then(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .unwrap_or(0)
}

/// The `ideas` commands of one shell line, by the rules above.
fn commands_of(text: &str, line: usize) -> Vec<Shown> {
    let Words { words, comment } = shell_words(text);
    let status = documented_status(&comment);
    let mut shown = Vec::new();
    for part in words.split(|w| w == "&&") {
        if part.first().map(String::as_str) != Some("ideas") {
            continue;
        }
        let part = part
            .iter()
            .position(|w| w == "|")
            .map_or(part, |p| &part[..p]);
        let mut args = Vec::new();
        let mut merge_stderr = false;
        let mut words = part[1..].iter();
        while let Some(w) = words.next() {
            match w.as_str() {
                ">" | ">>" | "2>" => {
                    words.next();
                }
                "2>&1" => merge_stderr = true,
                _ => args.push(w.clone()),
            }
        }
        if args.first().map(String::as_str) == Some("sync")
            && !args.iter().any(|a| a == "--offline")
        {
            continue;
        }
        shown.push(Shown {
            line,
            args,
            status,
            merge_stderr,
            output: None,
        });
    }
    shown
}

/// Every command of a README's `sh` and `console` blocks, with the output shown after it.
fn shown_commands(readme: &str) -> Vec<Shown> {
    let mut shown: Vec<Shown> = Vec::new();
    let mut block: Option<String> = None;
    // In a console block: the commands of the last `$` line, which its output lines follow.
    let mut open: Vec<usize> = Vec::new();
    for (i, raw) in readme.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = raw.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            if block.is_some() {
                block = None;
            } else {
                block = Some(info.trim().to_owned());
            }
            open.clear();
            continue;
        }
        match block.as_deref() {
            Some("sh") if !trimmed.is_empty() && !trimmed.starts_with('#') => {
                shown.extend(commands_of(trimmed, line_no));
            }
            Some("console") => {
                if let Some(cmd) = raw.strip_prefix("$ ") {
                    let cmds = commands_of(cmd, line_no);
                    open = (shown.len()..shown.len() + cmds.len()).collect();
                    for mut c in cmds {
                        c.output = Some(String::new());
                        shown.push(c);
                    }
                } else if let [last] = open[..] {
                    let out = shown[last].output.get_or_insert_with(String::new);
                    out.push_str(raw.trim_end());
                    out.push('\n');
                } else {
                    assert!(
                        open.is_empty() || raw.trim().is_empty(),
                        "README.md:{line_no}: output after a line of several commands"
                    );
                }
            }
            _ => {}
        }
    }
    shown
}

/// Runs one command as the rules say and returns what is wrong with it, if anything.
fn run(shown: &Shown, scratch: &Path, n: usize) -> Option<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ideas"));
    cmd.args(&shown.args)
        .current_dir(root)
        .env_clear()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .env("TERM", "dumb")
        .env("HOME", scratch.join("home"))
        .env("XDG_CACHE_HOME", scratch.join("cache"))
        .env("IDEAS_CACHE_DIR", scratch.join("cache/ideas"))
        .stdin(Stdio::null());
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    let (status, stdout, stderr) = if shown.merge_stderr {
        let file = scratch.join(format!("out-{n}"));
        let out = std::fs::File::create(&file).unwrap();
        cmd.stdout(out.try_clone().unwrap()).stderr(out);
        let status = cmd.status().expect("the ideas binary runs");
        (status, std::fs::read(&file).unwrap(), Vec::new())
    } else {
        let out = cmd.output().expect("the ideas binary runs");
        (out.status, out.stdout, out.stderr)
    };
    let stdout = String::from_utf8_lossy(&stdout);
    let stderr = String::from_utf8_lossy(&stderr);
    let what = format!("README.md:{}: ideas {}", shown.line, shown.args.join(" "));
    if status.code() != Some(shown.status) {
        return Some(format!(
            "{what}\n  exit status {:?}, the README says {}\n  stderr: {}",
            status.code(),
            shown.status,
            stderr.trim_end()
        ));
    }
    let expected = shown.output.as_deref()?;
    let printed: String = stdout
        .lines()
        .map(|l| format!("{}\n", l.trim_end()))
        .collect();
    let expected = expected.trim_end_matches('\n');
    let printed = printed.trim_end_matches('\n');
    (printed != expected).then(|| {
        format!("{what}\n  the README shows:\n{expected}\n  the tool prints:\n{printed}\n")
    })
}

/// What is wrong with the commands of `readme`: one message per failing command.
fn check(readme: &str, scratch: &Path) -> Vec<String> {
    shown_commands(readme)
        .iter()
        .enumerate()
        .filter_map(|(n, shown)| run(shown, scratch, n))
        .collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn every_command_of_the_readme_gives_what_the_readme_says() {
    let readme = read("README.md");
    let commands = shown_commands(&readme);
    assert!(
        commands.len() >= 20,
        "only {} commands found in README.md: is the extraction broken?",
        commands.len()
    );
    assert!(
        commands.iter().filter(|c| c.output.is_some()).count() >= 5,
        "fewer than five commands with their output: is the extraction broken?"
    );
    let scratch = common::scratch("readme");
    let failures = check(&readme, &scratch);
    assert!(
        failures.is_empty(),
        "{} of {} README commands do not do what the README says:\n\n{}",
        failures.len(),
        commands.len(),
        failures.join("\n")
    );
    // The commands read no user cache and wrote nothing into it.
    assert!(!scratch.join("cache/ideas/index.jsonl").exists());
}

#[test]
fn every_block_of_the_readme_is_of_a_checked_kind() {
    let readme = read("README.md");
    let mut open = false;
    for (i, line) in readme.lines().enumerate() {
        if let Some(info) = line.trim_start().strip_prefix("```") {
            if !open {
                assert!(
                    ["sh", "console", "toml", "yaml"].contains(&info.trim()),
                    "README.md:{}: a ```{info} block; sample output goes in a ```console block \
                     after its `$ ` command, where the test checks it",
                    i + 1
                );
            }
            open = !open;
        }
    }
}

#[test]
fn the_readme_keeps_the_set_up_commands() {
    let readme = read("README.md");
    assert!(readme.contains("```sh\ncargo install --path . && ideas list --skill go\n```"));
    assert!(readme.contains("```sh\ncargo test\n```"));
    assert!(readme.lines().count() <= 250, "README.md is over 250 lines");
}

/// The relative link targets of a Markdown text: `[text](target)`, without `#anchor`.
fn relative_links(text: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code {
            continue;
        }
        // Code spans show link syntax without linking: drop them first.
        let line: String = line
            .split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, part)| part)
            .collect();
        for (i, _) in line.match_indices("](") {
            let rest = &line[i + 2..];
            let Some(end) = rest.find(')') else { continue };
            let target = rest[..end].split('#').next().unwrap_or("");
            if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            links.push(target.to_owned());
        }
    }
    links
}

#[test]
fn links_from_the_readme_and_docs_point_at_files_that_exist() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md")];
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            pages.push(path);
        }
    }
    let mut checked = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        for link in relative_links(&text) {
            let target = page.parent().unwrap().join(&link);
            assert!(
                target.exists(),
                "{}: the link {link} points at nothing",
                page.display()
            );
            checked += 1;
        }
    }
    let readme_docs = relative_links(&read("README.md"))
        .iter()
        .filter(|l| l.starts_with("docs/"))
        .count();
    assert!(
        readme_docs >= 5,
        "the README links {readme_docs} docs pages"
    );
    assert!(checked > readme_docs);
}

// The checker itself: it must catch the drift it exists for.

#[test]
fn shell_lines_are_read_by_the_stated_rules() {
    let c = commands_of(
        r#"ideas search "multi cluster" --json | jq '.[].title'  # ranked"#,
        3,
    );
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].args, ["search", "multi cluster", "--json"]);
    assert_eq!((c[0].line, c[0].status), (3, 0));
    let c = commands_of("cargo install --path . && ideas list --skill go", 1);
    assert_eq!(c[0].args, ["list", "--skill", "go"]);
    let c = commands_of(
        "ideas list --skill cobol 2>&1   # nothing matches: exit status 1",
        1,
    );
    assert_eq!((c[0].status, c[0].merge_stderr), (1, true));
    assert_eq!(c[0].args, ["list", "--skill", "cobol"]);
    let c = commands_of(
        "ideas validate --format sarif . > ideas.sarif 2>/dev/null",
        1,
    );
    assert_eq!(c[0].args, ["validate", "--format", "sarif", "."]);
    assert!(commands_of("gh issue view 1 --json body | ideas validate -", 1).is_empty());
    assert!(commands_of("ideas sync --source https://example.org/a.md", 1).is_empty());
    assert_eq!(commands_of("ideas sync --offline", 1).len(), 1);
    assert!(commands_of("cargo test", 1).is_empty());
}

#[test]
fn console_blocks_give_each_command_its_output() {
    let text = "```console\n$ ideas orgs --limit 1\nA  1\nB  2 \n\n$ ideas stats\n```\n";
    let c = shown_commands(text);
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].output.as_deref(), Some("A  1\nB  2\n\n"));
    assert_eq!(c[1].output.as_deref(), Some(""));
    assert_eq!(c[1].line, 6);
}

#[test]
fn the_checker_fails_on_a_wrong_status_and_on_wrong_output() {
    let scratch = common::scratch("readme-drift");
    // An ambiguous title start exits 1; a README that says nothing of it is wrong.
    let ambiguous = "```sh\nideas show harbor\n```\n";
    let failures = check(ambiguous, &scratch);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(failures[0].contains("the README says 0"), "{}", failures[0]);
    // A flag that does not exist is an error (2).
    assert_eq!(
        check("```sh\nideas list --no-such-flag\n```\n", &scratch).len(),
        1
    );
    // Output that differs from what the tool prints.
    let drift = "```console\n$ ideas list --skill go --format ids --limit 1\nnot-an-id\n```\n";
    let failures = check(drift, &scratch);
    assert_eq!(failures.len(), 1);
    assert!(failures[0].contains("the tool prints"), "{}", failures[0]);
    // Output shown with nothing after it must be empty, and a missing line is caught too.
    assert_eq!(
        check(
            "```console\n$ ideas list --skill go --format ids --limit 2\n```\n",
            &scratch
        )
        .len(),
        1
    );
    let ok = "```sh\nideas list --skill go --format ids --limit 1\n```\n";
    assert!(check(ok, &scratch).is_empty());
}
