//! Layouts for the width a terminal has (issue 37): at 60, 80 and 120 columns, `list`, `list
//! --wide`, `search`, `show` and the facet tables stay within the width and never cut a word
//! shorter than 12 letters (they wrap at spaces, cut at a word boundary with `…`, or leave
//! columns out); piped, every table is a header and one tab-separated record per line.

use std::collections::HashSet;
use std::process::{Command, Output};

/// A cache folder with no synced index: the tests read the bundled catalog.
const NO_SYNCED_INDEX: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-synced-index");

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

/// The terminal layout (what `--color always` prints) of `args` at `columns`, without escapes.
fn terminal(columns: usize, args: &[&str]) -> String {
    let mut all = vec!["--color", "always"];
    all.extend_from_slice(args);
    let out = ideas_at(columns, &all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    strip_ansi(&String::from_utf8_lossy(&out.stdout))
}

/// The words of a text: split at spaces and table rules, with punctuation and the ellipsis of
/// a cut cell trimmed, lower-cased; only words with a letter.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '│' | '┆' | '─' | '═' | '•' | '◦'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Words and their parts between hyphens and slashes (a line may break after a hyphen).
fn whole_words(text: &str) -> Vec<String> {
    let mut all = words(text);
    let parts: Vec<String> = all
        .iter()
        .flat_map(|w| w.split(['-', '/']).map(str::to_string).collect::<Vec<_>>())
        .collect();
    all.extend(parts);
    all
}

#[test]
fn no_layout_cuts_a_short_word_at_60_80_or_120_columns() {
    let id_out = ideas_at(80, &["list", "--skill", "kubernetes", "--format", "ids"]);
    let id = String::from_utf8_lossy(&id_out.stdout)
        .lines()
        .next()
        .expect("an idea with kubernetes")
        .to_string();
    let commands: [&[&str]; 8] = [
        &["list", "--limit", "25"],
        &["list", "--wide", "--limit", "25"],
        &["search", "kubernetes", "--limit", "15"],
        &["show", &id],
        &["skills", "--limit", "25"],
        &["mentors", "--limit", "25"],
        &["orgs", "--limit", "25"],
        &["stats"],
    ];
    let mut checked = 0;
    for args in commands {
        // Every word as printed whole: the same layout far wider than any cell, and piped.
        let mut whole: HashSet<String> = whole_words(&terminal(1000, args)).into_iter().collect();
        whole.extend(whole_words(&String::from_utf8_lossy(
            &ideas_at(1000, args).stdout,
        )));
        for columns in [60, 80, 120] {
            let text = terminal(columns, args);
            assert!(
                !text.trim().is_empty(),
                "{args:?} at {columns}: nothing printed"
            );
            // A line may be wider only when it is one word (a URL kept whole, to copy).
            for line in text.lines() {
                assert!(
                    line.chars().count() <= columns || !line.trim().contains(' '),
                    "{args:?} at {columns}: wider than the terminal:\n{line}"
                );
            }
            for word in words(&text) {
                if whole.contains(&word) {
                    continue;
                }
                // A piece of a word: allowed only for words of 12 letters or more.
                let long = whole
                    .iter()
                    .any(|w| w.chars().count() >= 12 && w.contains(&word));
                assert!(
                    long,
                    "{args:?} at {columns}: {word:?} is a piece of a shorter word in\n{text}"
                );
                checked += 1;
            }
        }
    }
    // Sanity: the check above is not vacuous (long words do get cut somewhere, at 60).
    assert!(checked > 0, "no cut long word seen: the check never ran");
}

#[test]
fn piped_tables_are_a_header_and_tab_separated_records() {
    for (args, header) in [
        (
            &["list", "--wide", "--limit", "5"][..],
            "id\ttitle\torg\tprogram\tyear\tdifficulty\thours\tskills\tmentors\turl",
        ),
        (&["list", "--limit", "5"], "id\ttitle\torg\tprogram\tskills"),
        (&["skills", "--limit", "5"], "Skill\tId\tIdeas"),
        (&["orgs", "--limit", "5"], "Org\tIdeas\tIdeas page"),
    ] {
        let out = ideas_at(80, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(!text.contains('\u{1b}') && !text.contains('│'), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], header, "{args:?}");
        assert_eq!(
            lines.len(),
            6,
            "{args:?}: a header and five records\n{text}"
        );
        let n = header.split('\t').count();
        for line in &lines[1..] {
            assert_eq!(line.split('\t').count(), n, "{args:?}: {line}");
        }
    }
}
