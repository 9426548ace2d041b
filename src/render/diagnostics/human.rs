//! The `human` format: rustc-style findings grouped by file, the offending line with a caret
//! under the column, a fix hint and the idea's title; colour only when asked.

use crate::lint::{Finding, Level};
use crate::render::text::{char_width, clean, paint, scrub};
use std::io::{self, Write};

/// SGR parameters (for [`paint`]) of a level's name and caret, as rustc colours them (shared
/// with `concise`).
pub(super) fn level_sgr(level: Level) -> &'static str {
    match level {
        Level::Error => "1;31",
        Level::Warning => "1;33",
        Level::Notice => "1;36",
    }
}

/// SGR parameters of rule ids and `= help:` (bold) and of the gutter (bold blue).
pub(super) const BOLD: &str = "1";
const GUTTER: &str = "1;34";

pub(super) fn write_human(
    out: &mut dyn Write,
    findings: &[Finding],
    source: &dyn Fn(&str) -> Option<String>,
    color: bool,
) -> io::Result<()> {
    let mut first = true;
    for group in findings.chunk_by(|a, b| a.path == b.path) {
        let text = source(&group[0].path);
        let lines: Vec<&str> = text.as_deref().map_or(vec![], |t| t.lines().collect());
        // One gutter width per file, so the gutters of a file line up.
        let width = group
            .iter()
            .map(|f| f.line.to_string().len())
            .max()
            .unwrap_or(1)
            .max(2);
        for f in group {
            if !first {
                writeln!(out)?;
            }
            first = false;
            let line = f.line.checked_sub(1).and_then(|k| lines.get(k).copied());
            write_human_one(out, f, line, width, color)?;
        }
    }
    Ok(())
}

fn write_human_one(
    out: &mut dyn Write,
    f: &Finding,
    line: Option<&str>,
    width: usize,
    color: bool,
) -> io::Result<()> {
    writeln!(
        out,
        "{}[{}]: {}",
        paint(f.level.as_str(), level_sgr(f.level), color),
        paint(&clean(&f.rule), BOLD, color),
        clean(&f.message)
    )?;
    writeln!(
        out,
        "{:width$}{} {}:{}:{}",
        "",
        paint("-->", GUTTER, color),
        clean(&f.path),
        f.line,
        f.column
    )?;
    let bar = paint("|", GUTTER, color);
    if let Some(line) = line {
        let (text, starts) = render_source_line(line);
        let caret_at = starts[f.column.saturating_sub(1).min(starts.len() - 1)];
        writeln!(out, "{:width$} {bar}", "")?;
        let gutter = paint(&format!("{:>width$}", f.line), GUTTER, color);
        let space = if text.is_empty() { "" } else { " " };
        writeln!(out, "{gutter} {bar}{space}{text}")?;
        writeln!(
            out,
            "{:width$} {bar} {:caret_at$}{}",
            "",
            "",
            paint("^", level_sgr(f.level), color)
        )?;
    }
    let hint = super::rule_meta(&f.rule)
        .map(|r| r.hint)
        .filter(|h| !h.is_empty());
    let notes = [
        ("= help:", hint.map(String::from)),
        ("= idea:", f.title.as_deref().map(clean)),
    ];
    for (label, text) in notes {
        if let Some(text) = text {
            writeln!(out, "{:width$} {} {text}", "", paint(label, BOLD, color))?;
        }
    }
    Ok(())
}

/// Renders one source line for the terminal: tabs become 4 spaces, control characters, escape
/// sequences and bidi controls are dropped ([`scrub`]). Returns the text and, for each character
/// of `line` (plus one past the end), the display column where it starts.
fn render_source_line(line: &str) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::new();
    let mut col = 0;
    for shown in scrub(line) {
        starts.push(col);
        match shown {
            Some('\t') => {
                text.push_str("    ");
                col += 4;
            }
            Some(c) if !c.is_control() => {
                text.push(c);
                col += char_width(c);
            }
            _ => {}
        }
    }
    starts.push(col);
    (text, starts)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::DiagFormat;
    use super::*;
    use crate::lint::rules;

    #[test]
    fn human_without_colour() {
        let got = render(DiagFormat::Human, &sample(), &page, false);
        let placeholder = rules::info("placeholder-value").unwrap().hint;
        let mentors = rules::info("too-few-mentors").unwrap().hint;
        let no_ideas = rules::info("no-ideas").unwrap().hint;
        let want = format!(
            "error[placeholder-value]: Description holds a placeholder: \"TBD\".
  --> ideas/a.md:12:17
   |
12 |     - Déscription: TBD
   |                    ^
   = help: {placeholder}
   = idea: Operator SDK

warning[too-few-mentors]: The idea has a single mentor.
  --> ideas/a.md:13:1
   |
13 | - Mentor(s): Ana
   | ^
   = help: {mentors}

notice[no-ideas]: The page holds no ideas.
  --> ideas/b.md:1:1
   = help: {no_ideas}
"
        );
        assert_eq!(got, want);
        assert!(!got.contains('\x1b'));
    }

    #[test]
    fn human_caret_counts_characters_and_expands_tabs() {
        // Column 17 is the `T` of `TBD`: tab (1) + "- Déscription: " (15) + 1.
        let line = "\t- Déscription: TBD";
        assert_eq!(line.chars().nth(16), Some('T'));
        let (text, starts) = render_source_line(line);
        assert_eq!(text, "    - Déscription: TBD");
        assert_eq!(text.chars().nth(starts[16]), Some('T'));
        // Wide characters take two cells.
        let (_, starts) = render_source_line("日本x");
        assert_eq!(starts, vec![0, 2, 4, 5]);
    }

    #[test]
    fn lines_are_found_for_findings_on_any_line() {
        // Two findings on a line, a gap, an empty line, one on line 0 and one past the end:
        // shown together as each is alone (the lines are read forward once per file).
        let text = "one\ntwo\r\nthree\n\nfive";
        let source = |_: &str| Some(text.to_string());
        let places = [
            (0, 1),
            (1, 2),
            (2, 1),
            (2, 3),
            (4, 1),
            (5, 2),
            (6, 1),
            (9, 1),
        ];
        let all: Vec<Finding> = places
            .iter()
            .map(|&(l, c)| finding("p.md", l, c, Level::Warning, "rule-x", "m", None))
            .collect();
        let alone: Vec<String> = all
            .iter()
            .map(|f| render(DiagFormat::Human, std::slice::from_ref(f), &source, false))
            .collect();
        assert_eq!(
            render(DiagFormat::Human, &all, &source, false),
            alone.join("\n")
        );
        // Out of line order, each still finds its line.
        let back: Vec<Finding> = all.iter().rev().cloned().collect();
        let alone_back: Vec<String> = alone.iter().rev().cloned().collect();
        assert_eq!(
            render(DiagFormat::Human, &back, &source, false),
            alone_back.join("\n")
        );
        assert!(alone[1].contains(" 1 | one\n"), "{}", alone[1]);
        assert!(alone[3].contains(" 2 | two\n   |   ^\n"), "{}", alone[3]);
        assert!(alone[4].contains(" 4 |\n"), "{}", alone[4]);
        assert!(alone[5].contains(" 5 | five\n"), "{}", alone[5]);
        for i in [0, 6, 7] {
            assert!(!alone[i].contains('|'), "{}", alone[i]);
        }
    }

    #[test]
    fn human_with_colour() {
        let got = render(DiagFormat::Human, &sample(), &page, true);
        assert!(got.contains("\x1b[1;31merror\x1b[0m[\x1b[1mplaceholder-value\x1b[0m]: "));
        assert!(got.contains("\x1b[1;33mwarning\x1b[0m[\x1b[1mtoo-few-mentors\x1b[0m]: "));
        assert!(got.contains("\x1b[1;36mnotice\x1b[0m[\x1b[1mno-ideas\x1b[0m]: "));
        // Stripping the colour codes gives the plain output.
        let plain = render(DiagFormat::Human, &sample(), &page, false);
        assert_eq!(strip_sgr(&got), plain);
    }

    fn strip_sgr(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find('\x1b') {
            out.push_str(&rest[..i]);
            let end = rest[i..].find('m').unwrap();
            rest = &rest[i + end + 1..];
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn human_removes_escapes_and_control_characters_from_page_text() {
        let text = "a\x1b[31mred\x1b[0m \x1b]0;title\x07b\u{9b}2Jc\u{202e}d\x08e TBD\n";
        let source = |_: &str| Some(text.to_string());
        let f = finding(
            "p.md",
            1,
            text.find("TBD")
                .map(|b| text[..b].chars().count() + 1)
                .unwrap(),
            Level::Error,
            "placeholder-value",
            "bad \x1b[2J value\nsecond line",
            Some("evil\x1b]8;;http://x\x07 title"),
        );
        let got = render(DiagFormat::Human, &[f], &source, false);
        assert!(!got.chars().any(|c| c.is_control() && c != '\n'), "{got:?}");
        assert!(
            got.contains(" 1 | ared bcde TBD\n   |           ^\n"),
            "{got}"
        );
        assert!(got.contains("]: bad  value second line\n"), "{got}");
        assert!(got.contains("= idea: evil title\n"), "{got}");
    }

    #[test]
    fn human_without_the_line_or_with_a_wide_gutter() {
        let f = finding("x.md", 100, 40, Level::Warning, "rule-x", "m", None);
        let got = render(DiagFormat::Human, &[f], &no_source, false);
        // An unknown rule has no hint; a missing source shows no snippet.
        assert_eq!(got, "warning[rule-x]: m\n   --> x.md:100:40\n");
        let source = |_: &str| Some(format!("{}short\n", "\n".repeat(99)));
        let f = finding("x.md", 100, 40, Level::Warning, "rule-x", "m", None);
        let got = render(DiagFormat::Human, &[f], &source, false);
        assert_eq!(
            got,
            "warning[rule-x]: m\n   --> x.md:100:40\n    |\n100 | short\n    |      ^\n"
        );
    }
}
