//! Renderers for the findings of `ideas validate`: `human` (rustc-style, with the offending line
//! and a caret), `concise` (one `path:line:col: level[rule] message` line each), `json` (an array
//! of findings), `github` (GitHub Actions workflow commands, escaped as `@actions/core` does) and
//! `sarif` (a SARIF 2.1.0 log for GitHub code scanning, with the whole rule table as the driver's
//! rules). Findings are written in the order given (the caller sorts them by path, line, column).
//! Text taken from pages is treated as hostile in the terminal formats: control characters,
//! terminal escape sequences and bidi overrides are removed before printing.

use crate::lint::rules::{self, RULES};
use crate::lint::{Finding, Level};
use serde_json::{json, Value};
use std::io::{self, Write};

/// How `validate` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiagFormat {
    /// For people: grouped by file, the offending line with a caret, a fix hint.
    Human,
    /// One line per finding: `path:line:col: level[rule] message`.
    Concise,
    /// A JSON array of findings.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
}

/// Writes `findings` to `out` in `format`.
///
/// `source(path)` returns the file's text (for showing the offending line in `human`); `color`
/// enables ANSI colour in `human` only.
pub fn write_findings(
    out: &mut dyn Write,
    format: DiagFormat,
    findings: &[Finding],
    source: &dyn Fn(&str) -> Option<String>,
    color: bool,
) -> io::Result<()> {
    match format {
        DiagFormat::Human => write_human(out, findings, source, color),
        DiagFormat::Concise => write_concise(out, findings),
        DiagFormat::Json => write_json(out, findings),
        DiagFormat::Github => write_github(out, findings),
        DiagFormat::Sarif => write_sarif(out, findings),
    }
}

// ---------------------------------------------------------------------------------------------
// human

/// ANSI styling that is a no-op when colour is off.
struct Paint {
    on: bool,
}

impl Paint {
    const RESET: &'static str = "\x1b[0m";

    fn wrap(&self, style: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{style}m{text}{}", Self::RESET)
        } else {
            text.to_string()
        }
    }

    fn level_style(level: Level) -> &'static str {
        match level {
            Level::Error => "1;31",
            Level::Warning => "1;33",
            Level::Notice => "1;36",
        }
    }

    fn level(&self, level: Level, text: &str) -> String {
        self.wrap(Self::level_style(level), text)
    }

    fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }

    fn gutter(&self, text: &str) -> String {
        self.wrap("1;34", text)
    }
}

fn write_human(
    out: &mut dyn Write,
    findings: &[Finding],
    source: &dyn Fn(&str) -> Option<String>,
    color: bool,
) -> io::Result<()> {
    let paint = Paint { on: color };
    let mut first = true;
    for group in findings.chunk_by(|a, b| a.path == b.path) {
        let text = source(&group[0].path);
        let lines: Vec<&str> = text
            .as_deref()
            .map(|t| t.lines().collect())
            .unwrap_or_default();
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
            let line = f.line.checked_sub(1).and_then(|i| lines.get(i)).copied();
            write_human_one(out, f, line, width, &paint)?;
        }
    }
    Ok(())
}

fn write_human_one(
    out: &mut dyn Write,
    f: &Finding,
    line: Option<&str>,
    width: usize,
    paint: &Paint,
) -> io::Result<()> {
    writeln!(
        out,
        "{}[{}]: {}",
        paint.level(f.level, f.level.as_str()),
        paint.bold(&clean(&f.rule)),
        clean(&f.message)
    )?;
    writeln!(
        out,
        "{:width$}{} {}:{}:{}",
        "",
        paint.gutter("-->"),
        clean(&f.path),
        f.line,
        f.column
    )?;
    let bar = paint.gutter("|");
    if let Some(line) = line {
        let (text, starts) = render_source_line(line);
        let caret_at = starts[f.column.saturating_sub(1).min(starts.len() - 1)];
        writeln!(out, "{:width$} {bar}", "")?;
        if text.is_empty() {
            writeln!(
                out,
                "{} {bar}",
                paint.gutter(&format!("{:>width$}", f.line))
            )?;
        } else {
            writeln!(
                out,
                "{} {bar} {text}",
                paint.gutter(&format!("{:>width$}", f.line))
            )?;
        }
        writeln!(
            out,
            "{:width$} {bar} {:caret_at$}{}",
            "",
            "",
            paint.level(f.level, "^")
        )?;
    }
    if let Some(hint) = rule_info(&f.rule).map(|r| r.hint).filter(|h| !h.is_empty()) {
        writeln!(out, "{:width$} {} {}", "", paint.bold("= help:"), hint)?;
    }
    if let Some(title) = &f.title {
        writeln!(
            out,
            "{:width$} {} {}",
            "",
            paint.bold("= idea:"),
            clean(title)
        )?;
    }
    Ok(())
}

/// Renders one source line for the terminal: tabs become 4 spaces, control characters, escape
/// sequences and bidi controls are dropped. Returns the text and, for each character of `line`
/// (plus one past the end), the display column where it starts.
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

/// Page text made safe for one terminal line: escape sequences and control characters removed,
/// tabs and line breaks turned into spaces.
fn clean(s: &str) -> String {
    scrub(s)
        .into_iter()
        .flatten()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// For each character of `s`: `Some(c)` when it may be shown (`\t`, `\n` and `\r` are kept for the
/// caller to lay out), `None` when it is dropped (other control characters, whole terminal escape
/// sequences, bidi formatting characters).
fn scrub(s: &str) -> Vec<Option<char>> {
    let chars: Vec<char> = s.chars().collect();
    let mut shown = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let skip = escape_len(&chars[i..]);
        if skip > 0 {
            shown.extend(std::iter::repeat_n(None, skip));
            i += skip;
            continue;
        }
        let c = chars[i];
        let keep = matches!(c, '\t' | '\n' | '\r') || !(c.is_control() || is_bidi_control(c));
        shown.push(keep.then_some(c));
        i += 1;
    }
    shown
}

/// Length in characters of the terminal escape sequence at the start of `s` (0 if none).
fn escape_len(s: &[char]) -> usize {
    let in_range =
        |i: usize, lo: u32, hi: u32| s.get(i).is_some_and(|&c| (lo..=hi).contains(&(c as u32)));
    // CSI: parameter and intermediate bytes, then one final byte.
    let csi = |mut i: usize| {
        while in_range(i, 0x20, 0x3F) {
            i += 1;
        }
        if in_range(i, 0x40, 0x7E) {
            i += 1;
        }
        i
    };
    // OSC, DCS, SOS, PM, APC: a string ended by BEL or ST (ESC \ or U+009C), or the line end.
    let string = |mut i: usize| {
        while let Some(&c) = s.get(i) {
            i += 1;
            match c {
                '\u{7}' | '\u{9c}' => break,
                '\u{1b}' if s.get(i) == Some(&'\\') => return i + 1,
                _ => {}
            }
        }
        i
    };
    match s.first() {
        Some('\u{1b}') => match s.get(1) {
            Some('[') => csi(2),
            Some(']' | 'P' | 'X' | '^' | '_') => string(2),
            Some(_) => {
                let mut i = 1;
                while in_range(i, 0x20, 0x2F) {
                    i += 1;
                }
                if in_range(i, 0x30, 0x7E) {
                    i += 1;
                }
                i
            }
            None => 1,
        },
        Some('\u{9b}') => csi(1),
        Some('\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}') => string(1),
        _ => 0,
    }
}

/// Characters that reorder text on display ("Trojan Source").
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Terminal cells a character takes: 0 for combining marks and zero-width characters, 2 for
/// East Asian wide characters and most emoji, 1 otherwise (an approximation of `wcwidth`).
fn char_width(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200B..=0x200D
        | 0x2060
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0xFEFF => 0,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

// ---------------------------------------------------------------------------------------------
// concise, json

fn write_concise(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    for f in findings {
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            clean(&f.path),
            f.line,
            f.column,
            f.level,
            clean(&f.rule),
            clean(&f.message)
        )?;
    }
    Ok(())
}

fn write_json(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, findings).map_err(io::Error::other)?;
    writeln!(out)
}

// ---------------------------------------------------------------------------------------------
// github

/// The message with the idea title appended, as the `github` and `sarif` formats show it.
fn message_with_title(f: &Finding) -> String {
    match &f.title {
        Some(t) => format!("{} (idea: {t})", f.message),
        None => f.message.clone(),
    }
}

/// Escapes workflow-command data as `@actions/core` `escapeData` does.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value as `@actions/core` `escapeProperty` does.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn write_github(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    for f in findings {
        writeln!(
            out,
            "::{} file={},line={},col={},title={}::{}",
            f.level.as_str(),
            escape_property(&f.path),
            f.line,
            f.column,
            escape_property(&f.rule),
            escape_data(&message_with_title(f))
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// sarif

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Notice => "note",
    }
}

/// `missing-title` -> `MissingTitle`.
fn upper_camel(id: &str) -> String {
    id.split(['-', '_'])
        .flat_map(|word| {
            let mut cs = word.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(cs)
        })
        .collect()
}

/// A finding's path as a SARIF `artifactLocation.uri`: `\` becomes `/`, a leading `./` goes,
/// characters not allowed in a URI reference are percent-encoded. Relative paths stay relative
/// (GitHub resolves them against the repository root); absolute ones become `file://` URIs.
fn sarif_uri(path: &str) -> String {
    let mut p = path.replace('\\', "/");
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.to_string();
    }
    let b = p.as_bytes();
    if p.starts_with('/') {
        format!("file://{}", percent_encode(&p, true))
    } else if b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/' {
        // A Windows drive path, C:/x.
        format!("file:///{}:{}", &p[..1], percent_encode(&p[2..], true))
    } else {
        // In a relative reference a `:` could be read as a scheme separator: encode it.
        percent_encode(&p, false)
    }
}

/// Percent-encodes the bytes of `s` that are not unreserved, sub-delims, `@`, `/` (or `:` when
/// `colon` is allowed).
fn percent_encode(s: &str, colon: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        let keep =
            b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&b) || (colon && b == b':');
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A rule's metadata from the page rules or the issue-form rules.
fn rule_info(id: &str) -> Option<&'static rules::RuleInfo> {
    rules::info(id).or_else(|| crate::form::rules::info(id))
}

fn sarif_log(findings: &[Finding]) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .chain(crate::form::rules::RULES)
        .map(|r| {
            json!({
                "id": r.id,
                "name": upper_camel(r.id),
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.summary },
                "help": { "text": r.hint },
                "defaultConfiguration": { "level": sarif_level(r.level) },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut result = json!({
                "ruleId": f.rule,
                "level": sarif_level(f.level),
                "message": { "text": message_with_title(f) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": sarif_uri(&f.path) },
                        "region": {
                            "startLine": f.line.max(1),
                            "startColumn": f.column.max(1),
                        },
                    },
                }],
            });
            if let Some(index) = RULES
                .iter()
                .chain(crate::form::rules::RULES)
                .position(|r| r.id == f.rule)
            {
                result["ruleIndex"] = json!(index);
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "ideas",
                    "informationUri": "https://github.com/",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn write_sarif(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &sarif_log(findings)).map_err(io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(
        path: &str,
        line: usize,
        column: usize,
        level: Level,
        rule: &str,
        message: &str,
        title: Option<&str>,
    ) -> Finding {
        Finding {
            path: path.into(),
            line,
            column,
            level,
            rule: rule.into(),
            message: message.into(),
            title: title.map(Into::into),
        }
    }

    fn render(
        format: DiagFormat,
        findings: &[Finding],
        source: &dyn Fn(&str) -> Option<String>,
        color: bool,
    ) -> String {
        let mut out = Vec::new();
        write_findings(&mut out, format, findings, source, color).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn no_source(_: &str) -> Option<String> {
        None
    }

    /// A page whose line 12 has a tab and a multi-byte character before the offending text.
    fn page(path: &str) -> Option<String> {
        (path == "ideas/a.md").then(|| {
            let mut text = "\n".repeat(11);
            text.push_str("\t- Déscription: TBD\n");
            text.push_str("- Mentor(s): Ana\n");
            text
        })
    }

    fn sample() -> Vec<Finding> {
        vec![
            finding(
                "ideas/a.md",
                12,
                17,
                Level::Error,
                "placeholder-value",
                "Description holds a placeholder: \"TBD\".",
                Some("Operator SDK"),
            ),
            finding(
                "ideas/a.md",
                13,
                1,
                Level::Warning,
                "too-few-mentors",
                "The idea has a single mentor.",
                None,
            ),
            finding(
                "ideas/b.md",
                1,
                1,
                Level::Notice,
                "no-ideas",
                "The page holds no ideas.",
                None,
            ),
        ]
    }

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

    #[test]
    fn concise() {
        let got = render(DiagFormat::Concise, &sample(), &no_source, false);
        assert_eq!(
            got,
            "ideas/a.md:12:17: error[placeholder-value] Description holds a placeholder: \"TBD\".
ideas/a.md:13:1: warning[too-few-mentors] The idea has a single mentor.
ideas/b.md:1:1: notice[no-ideas] The page holds no ideas.
"
        );
    }

    #[test]
    fn json() {
        let got = render(DiagFormat::Json, &sample(), &no_source, false);
        assert!(got.ends_with("]\n"));
        assert!(got.starts_with("[\n  {\n    \"path\": \"ideas/a.md\",\n"));
        let v: Value = serde_json::from_str(&got).unwrap();
        let items = v.as_array().unwrap();
        assert_eq!(items.len(), 3);
        let keys = |i: usize| {
            items[i]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<Vec<_>>()
        };
        let mut with_title = keys(0);
        with_title.sort();
        assert_eq!(
            with_title,
            ["column", "level", "line", "message", "path", "rule", "title"]
        );
        let mut without = keys(1);
        without.sort();
        assert_eq!(
            without,
            ["column", "level", "line", "message", "path", "rule"]
        );
        assert_eq!(items[0]["level"], "error");
        assert_eq!(items[1]["level"], "warning");
        assert_eq!(items[2]["level"], "notice");
        assert_eq!(items[0]["line"], 12);
        assert_eq!(items[0]["column"], 17);
        assert_eq!(items[0]["rule"], "placeholder-value");
        assert_eq!(items[0]["title"], "Operator SDK");
        assert_eq!(render(DiagFormat::Json, &[], &no_source, false), "[]\n");
    }

    #[test]
    fn github() {
        let got = render(DiagFormat::Github, &sample(), &no_source, false);
        assert_eq!(
            got,
            "::error file=ideas/a.md,line=12,col=17,title=placeholder-value::Description holds a placeholder: \"TBD\". (idea: Operator SDK)
::warning file=ideas/a.md,line=13,col=1,title=too-few-mentors::The idea has a single mentor.
::notice file=ideas/b.md,line=1,col=1,title=no-ideas::The page holds no ideas.
"
        );
    }

    #[test]
    fn github_escaping() {
        let f = finding(
            "dir,x/a:b%c\r\n.md",
            3,
            4,
            Level::Warning,
            "rule:a,b",
            "100% done: a, b\r\nnext::line",
            Some("K8s: 50%, ops\nnew"),
        );
        let got = render(DiagFormat::Github, &[f], &no_source, false);
        assert_eq!(
            got,
            "::warning file=dir%2Cx/a%3Ab%25c%0D%0A.md,line=3,col=4,title=rule%3Aa%2Cb::100%25 done: a, b%0D%0Anext::line (idea: K8s: 50%25, ops%0Anew)\n"
        );
        assert_eq!(escape_data("%0A"), "%250A");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn sarif() {
        let mut findings = sample();
        findings[1].path = ".\\ideas\\with space\\ü#1.md".into();
        findings[2].path = "./c:d.md".into();
        let got = render(DiagFormat::Sarif, &findings, &no_source, false);
        assert!(got.ends_with("}\n"));
        let v: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(
            v["$schema"],
            "https://json.schemastore.org/sarif-2.1.0.json"
        );
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(v["runs"].as_array().unwrap().len(), 1);
        let run = &v["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "ideas");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        let rules = driver["rules"].as_array().unwrap();
        let all: Vec<_> = RULES.iter().chain(crate::form::rules::RULES).collect();
        assert_eq!(rules.len(), all.len());
        for (r, info) in rules.iter().zip(all) {
            assert_eq!(r["id"], info.id);
            assert_eq!(r["shortDescription"]["text"], info.summary);
            assert_eq!(r["fullDescription"]["text"], info.summary);
            assert_eq!(r["help"]["text"], info.hint);
            let level = r["defaultConfiguration"]["level"].as_str().unwrap();
            assert_eq!(level, sarif_level(info.level));
        }
        let missing_title = RULES.iter().position(|r| r.id == "missing-title").unwrap();
        assert_eq!(rules[missing_title]["name"], "MissingTitle");
        let no_ideas = RULES.iter().position(|r| r.id == "no-ideas").unwrap();
        assert_eq!(rules[no_ideas]["defaultConfiguration"]["level"], "note");

        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 3);
        for (res, f) in results.iter().zip(&findings) {
            assert_eq!(res["ruleId"], f.rule.as_str());
            let index = res["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], f.rule.as_str());
            assert_eq!(RULES[index].id, f.rule);
            let region = &res["locations"][0]["physicalLocation"]["region"];
            assert_eq!(region["startLine"], f.line);
            assert_eq!(region["startColumn"], f.column);
        }
        assert_eq!(
            results
                .iter()
                .map(|r| r["level"].as_str().unwrap())
                .collect::<Vec<_>>(),
            ["error", "warning", "note"]
        );
        assert_eq!(
            results[0]["message"]["text"],
            "Description holds a placeholder: \"TBD\". (idea: Operator SDK)"
        );
        assert_eq!(
            results[1]["message"]["text"],
            "The idea has a single mentor."
        );
        let uri = |i: usize| {
            results[i]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        };
        assert_eq!(uri(0), "ideas/a.md");
        assert_eq!(uri(1), "ideas/with%20space/%C3%BC%231.md");
        assert_eq!(uri(2), "c%3Ad.md");
    }

    #[test]
    fn sarif_uris() {
        assert_eq!(sarif_uri("./././a/b.md"), "a/b.md");
        assert_eq!(sarif_uri("../up/x y.md"), "../up/x%20y.md");
        assert_eq!(sarif_uri("a%b?c[d].md"), "a%25b%3Fc%5Bd%5D.md");
        assert_eq!(sarif_uri("/home/me/ideas.md"), "file:///home/me/ideas.md");
        assert_eq!(sarif_uri("C:\\work\\a b.md"), "file:///C:/work/a%20b.md");
        assert_eq!(upper_camel("mentor-invalid-github"), "MentorInvalidGithub");
    }

    #[test]
    fn sarif_unknown_rule_has_no_index_and_empty_log_is_valid_json() {
        let f = finding("a.md", 1, 1, Level::Error, "not-a-rule", "m", None);
        let v = sarif_log(&[f]);
        assert!(v["runs"][0]["results"][0].get("ruleIndex").is_none());
        let got = render(DiagFormat::Sarif, &[], &no_source, false);
        let v: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(v["runs"][0]["results"], json!([]));
    }
}
