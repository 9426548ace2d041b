//! The parser and the validator never panic: every fixture, cut at many points and mangled in
//! simple deterministic ways, still parses, and every idea has a title and a line inside the
//! page. (Randomised property tests are a separate, larger suite.)

mod common;

use common::check;
use ideas::lint::check::PageInput;
use ideas::lint::config::LintConfig;
use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;

fn fixtures() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["layouts", "validate"] {
        let d = format!("{}/tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        names.sort();
        for p in names {
            out.push(std::fs::read_to_string(p).unwrap());
        }
    }
    out
}

fn parse_and_check(text: &str) {
    let skills = SkillTable::bundled();
    let page = parse_page("m.md", text, skills, &Defaults::default());
    let lines = text.lines().count().max(1);
    for p in &page.ideas {
        assert!(
            p.idea.source.line >= 1 && p.idea.source.line <= lines + 1,
            "line {} of {lines}",
            p.idea.source.line
        );
    }
    let _ = check(
        &[PageInput {
            path: "m.md",
            text,
            ideas: &page.ideas,
            skipped: &page.skipped,
        }],
        &LintConfig::default(),
        skills,
    );
}

#[test]
fn truncated_pages() {
    for text in fixtures() {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(5).collect();
        for &b in &bounds {
            parse_and_check(&text[..b]);
            parse_and_check(&text[b..]);
        }
    }
}

#[test]
fn mangled_pages() {
    for text in fixtures() {
        let variants = [
            text.replace('\n', "\r\n"),
            text.replace('\n', "\r"),
            text.replace("- ", "-"),
            text.replace("  ", "\t"),
            text.replace('#', "##"),
            text.replace('(', ""),
            text.replace(')', ""),
            text.replace(':', ""),
            text.replace("**", "*"),
            text.replace('\n', "\n> "),
            text.replace('\n', "\n|"),
            text.lines().rev().collect::<Vec<_>>().join("\n"),
            text.lines()
                .map(|l| format!("  {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
            format!("\u{feff}{text}\u{0}\u{1b}[2J"),
            text.repeat(3),
        ];
        for v in variants {
            parse_and_check(&v);
        }
    }
}

#[test]
fn odd_inputs() {
    for text in [
        "",
        "\n",
        "---",
        "---\n",
        "+++",
        "+++\n+++\n",
        "---\n---\n",
        "#",
        "# ",
        "####### x",
        "- ",
        "- Mentor(s):",
        "- Mentor(s): (",
        "| a |\n|---|\n| [x](",
        "```",
        "<br",
        "[",
        "](",
        "- Description: |\n",
        "description: |\n  x\n",
        "\u{0}\u{0}",
        "🦀: 🦀\n- 🦀:",
        "：",
        "**:**",
    ] {
        parse_and_check(text);
    }
}
