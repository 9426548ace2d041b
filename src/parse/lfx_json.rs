//! LFX exports: the JSON file (`lfx-export.json`) in which the CNCF mentoring repository
//! publishes each LFX Mentorship term.
//!
//! The file is one JSON object with a `programs` array; each program becomes one [`Idea`]. The
//! reader is tolerant: any field may be missing or `null`, lists may be written as one
//! comma-separated string, and unknown keys are ignored. Only invalid JSON (or a document that is
//! not an export at all) is an error; a program that cannot become an idea is skipped with a
//! [`Warning`].
//!
//! serde_json gives values but no positions: the line where each program starts is that of its
//! text, read as a [`RawValue`] (a part of the file). serde_json stops at its recursion limit
//! (128) with an error, which is returned as such.

use super::builder::dedup;
use super::frontmatter::parse_year;
use super::idea::{ParsedIdea, ParsedPage, Warning};
use super::mentors::{dedupe, parse_mentors};
use super::outline::LineIndex;
use crate::model::{Idea, Mentor, Program, Source, Status};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// True if the text looks like an LFX export (a JSON object with a `programs` array).
///
/// This is a cheap structural check, not a full parse: the first non-blank character is `{` and
/// the top-level object has a `programs` key whose value opens with `[`. A truncated or otherwise
/// broken export still looks like one, so that [`parse_lfx_export`] can report where it breaks.
pub fn looks_like_lfx_export(text: &str) -> bool {
    let text = strip_bom(text);
    text.trim_start().starts_with('{') && programs_array_opens(text)
}

/// Reads an LFX export; no I/O happens here (`path` is only recorded in each idea's `source`).
///
/// Each program becomes one idea:
/// - `title`: `program_name_short`, else `program_name`; `org`: `cncf_project`; `program`: LFX.
/// - `term`: the program's, else the top level's. `year`: an explicit `year`, else the 4-digit
///   year at the start of the term ("2025 Term 3 (Sep-Nov)" -> 2025).
/// - `status` where given; `description` and `expected_outcomes` (`expected_outcome`) as given,
///   trimmed.
/// - `skills`: the `skills` and `technologies` items as written; `skills_raw`: the items joined
///   with ", ".
/// - `mentors`: from the `mentors` array; objects give `name`, `github_handle` (leading `@`
///   removed) and `email`, a plain string goes through [`parse_mentors`].
/// - `upstream_issues`: `upstream_issue_url`; `links`: `[lfx_url]` when present.
/// - `id`: [`Idea::make_id`]; `source`: the path, the 1-based line where the program's object
///   starts, no URL. `fields` is empty (there are no Markdown labels).
///
/// A program without a usable title is skipped with a warning on its line. Invalid JSON is an
/// `Err` carrying serde_json's line, and its column in the message (this includes serde_json's
/// recursion limit on deeply nested input).
///
/// Details:
/// - `year` may be a number or a numeric string, on the program or at the top level; one outside
///   1990..=2099 is ignored with a warning.
/// - A status that is not a known status word is ignored with a warning.
/// - `skills`, `technologies` and `upstream_issue_url` may be lists or strings; a string is cut
///   into items at `,` `;` and line breaks (URLs also at whitespace). Repeated skill items (case
///   ignored) and repeated URLs are kept once; the LFX URL is not repeated in `links` when it is
///   also an upstream issue.
/// - Mentors may be objects, strings, or a single string/object instead of a list; the same
///   person given twice is kept once.
/// - An element of `programs` that is not an object is skipped with a warning.
/// - The error column is counted in characters (equal to serde_json's byte column on ASCII lines).
/// - A document that is valid JSON but not an object with a `programs` array is an error too.
pub fn parse_lfx_export(path: &str, text: &str) -> Result<ParsedPage, Warning> {
    let text = strip_bom(text);
    let root: Value = serde_json::from_str(text).map_err(|e| json_error(text, &e))?;
    let Value::Object(root) = root else {
        return Err(Warning {
            line: 1,
            message: "not an LFX export: the JSON document is not an object".to_string(),
        });
    };
    // Each top-level value and each program as written (the last of a key given twice, as in
    // `root`): where they start in the text.
    let raw: HashMap<String, &RawValue> = serde_json::from_str(text).unwrap_or_default();
    let raw_programs = raw.get("programs");
    let lines = LineIndex::new(text);
    let line_of = |part: &str| lines.line(part.as_ptr() as usize - text.as_ptr() as usize);
    // The `programs` key's line: that of the text before its value and colon.
    let key_line = raw_programs.map_or(1, |v| {
        let before = &text[..v.get().as_ptr() as usize - text.as_ptr() as usize];
        let key_end = before.trim_end().trim_end_matches(':').trim_end().len();
        lines.line(key_end.saturating_sub(1))
    });
    let Some(Value::Array(programs)) = root.get("programs") else {
        return Err(Warning {
            line: key_line,
            message: "not an LFX export: no `programs` array".to_string(),
        });
    };
    let element_lines: Vec<usize> = raw_programs
        .and_then(|v| serde_json::from_str::<Vec<&RawValue>>(v.get()).ok())
        .unwrap_or_default()
        .iter()
        .map(|e| line_of(e.get()))
        .collect();
    let top = TopLevel {
        term: text_of(root.get("term")),
        year: root.get("year"),
    };

    let mut page = ParsedPage::default();
    for (n, program) in programs.iter().enumerate() {
        let line = element_lines.get(n).copied().unwrap_or(key_line);
        let Value::Object(program) = program else {
            page.warnings.push(Warning {
                line,
                message: format!("program {} is not a JSON object; skipped", n + 1),
            });
            continue;
        };
        if let Some(idea) = read_program(path, line, n, program, &top, &mut page.warnings) {
            page.ideas.push(ParsedIdea {
                idea,
                fields: Vec::new(),
                unlabelled_description: None,
            });
        }
    }
    Ok(page)
}

/// What the top level gives every program.
struct TopLevel<'a> {
    term: Option<String>,
    year: Option<&'a Value>,
}

/// One program -> one idea, or `None` (with a warning) when it has no title.
fn read_program(
    path: &str,
    line: usize,
    index: usize,
    program: &Map<String, Value>,
    top: &TopLevel<'_>,
    warnings: &mut Vec<Warning>,
) -> Option<Idea> {
    let get = |key: &str| program.get(key);
    let Some(title) = text_of(get("program_name_short")).or_else(|| text_of(get("program_name")))
    else {
        warnings.push(Warning {
            line,
            message: format!(
                "program {} has no title (program_name_short or program_name); skipped",
                index + 1
            ),
        });
        return None;
    };
    let org = text_of(get("cncf_project"));
    let term = text_of(get("term")).or_else(|| top.term.clone());

    let mut year = None;
    for value in [get("year"), top.year].into_iter().flatten() {
        if value.is_null() {
            continue;
        }
        match year_of(value) {
            Some(y) => {
                year = Some(y);
                break;
            }
            None => warnings.push(Warning {
                line,
                message: format!("ignoring year {value} of program \"{title}\": not a year"),
            }),
        }
    }
    let year = year.or_else(|| term.as_deref().and_then(year_at_start));

    let status = text_of(get("status")).and_then(|s| {
        let parsed = Status::parse(&s);
        if parsed.is_none() {
            warnings.push(Warning {
                line,
                message: format!("ignoring unknown status \"{s}\" of program \"{title}\""),
            });
        }
        parsed
    });

    let mut items = items_of(get("skills"));
    items.extend(items_of(get("technologies")));
    let mut seen = std::collections::HashSet::new();
    items.retain(|i| seen.insert(i.to_lowercase()));
    // The items are the skills as written (a list already).
    let skill_items = crate::skills::list_items(&items);
    let skills_raw = (!items.is_empty()).then(|| items.join(", "));

    let mut upstream = urls_of(get("upstream_issue_url"));
    dedup(&mut upstream);
    let links: Vec<String> = text_of(get("lfx_url"))
        .filter(|u| !upstream.contains(u))
        .into_iter()
        .collect();

    let program_kind = Some(Program::Lfx);
    Some(Idea {
        id: Idea::make_id(program_kind, year, org.as_deref(), &title),
        title,
        org,
        program: program_kind,
        year,
        term,
        status,
        description: text_of(get("description")),
        expected_outcomes: text_of(get("expected_outcome")),
        skills: skill_items,
        skills_raw,
        mentors: mentors_of(get("mentors")),
        upstream_issues: upstream,
        links,
        source: Source {
            path: path.to_string(),
            line,
            url: None,
        },
        ..Idea::default()
    })
}

/// A text value: a non-blank string (trimmed), a number, or a list of those (one per line).
fn text_of(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(list) => list
            .iter()
            .filter_map(|v| match v {
                Value::String(_) | Value::Number(_) => text_of(Some(v)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    };
    (!text.is_empty()).then_some(text)
}

/// List items: a list of strings/numbers, or one string cut at `,` `;` and line breaks (list
/// bullets removed). Blank items are dropped.
fn items_of(value: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    match value {
        Some(Value::Array(list)) => {
            for v in list {
                if let Value::String(s) = v {
                    push_items(s, &mut out);
                } else if let Some(t) = text_of(Some(v)).filter(|_| v.is_number()) {
                    out.push(t);
                }
            }
        }
        Some(Value::String(s)) => push_items(s, &mut out),
        Some(v @ Value::Number(_)) => out.extend(text_of(Some(v))),
        _ => {}
    }
    out
}

fn push_items(text: &str, out: &mut Vec<String>) {
    for part in text.split([',', ';', '\n']) {
        let part = part.trim();
        let part = ["- ", "* ", "+ ", "\u{2022}"]
            .iter()
            .find_map(|b| part.strip_prefix(b))
            .unwrap_or(part)
            .trim();
        if !part.is_empty() {
            out.push(part.to_string());
        }
    }
}

/// URLs: a list, or a string cut at whitespace, `,` and `;`.
fn urls_of(value: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |s: &str| {
        out.extend(
            s.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                .filter(|u| !u.is_empty())
                .map(str::to_string),
        )
    };
    match value {
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).for_each(&mut push),
        Some(Value::String(s)) => push(s),
        _ => {}
    }
    out
}

/// Mentors from a list of objects and strings (or a single object or string).
fn mentors_of(value: Option<&Value>) -> Vec<Mentor> {
    let mut out = Vec::new();
    let mut add = |v: &Value| match v {
        Value::Object(m) => {
            let mentor = Mentor {
                name: text_of(m.get("name")),
                github: text_of(m.get("github_handle")).and_then(|h| {
                    let h = h.trim_start_matches('@').trim();
                    (!h.is_empty()).then(|| h.to_string())
                }),
                email: text_of(m.get("email")),
                affiliation: None,
            };
            if !mentor.is_empty() {
                out.push(mentor);
            }
        }
        Value::String(s) => out.extend(parse_mentors(s)),
        _ => {}
    };
    match value {
        Some(Value::Array(list)) => list.iter().for_each(&mut add),
        Some(v) => add(v),
        None => {}
    }
    dedupe(out)
}

/// A year given as a number or a numeric string, within 1990..=2099.
fn year_of(value: &Value) -> Option<u16> {
    match value {
        Value::Number(n) => {
            let y = n.as_u64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && *f >= 0.0)
                    .map(|f| f as u64)
            })?;
            parse_year(&y.to_string())
        }
        Value::String(s) => parse_year(s),
        _ => None,
    }
}

/// The year a term starts with: "2025 Term 3 (Sep-Nov)" -> 2025.
fn year_at_start(term: &str) -> Option<u16> {
    let t = term.trim_start();
    let digits = t.get(..4)?;
    let next = t[4..].chars().next();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || next.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    parse_year(digits)
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The warning for invalid JSON: serde_json's line, and its column counted in characters.
fn json_error(text: &str, e: &serde_json::Error) -> Warning {
    let line = e.line().max(1);
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let what = full.strip_suffix(&suffix).unwrap_or(&full);
    // serde_json says column 0 at the very start of a line (an early end of input).
    let column = char_column(text, line, e.column()).max(1);
    Warning {
        line,
        message: format!("invalid JSON at column {column}: {what}"),
    }
}

/// Converts serde_json's byte column on a 1-based line into a character column.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(l) = text.split('\n').nth(line - 1) else {
        return byte_column;
    };
    let mut end = byte_column.min(l.len());
    while !l.is_char_boundary(end) {
        end += 1;
    }
    l[..end].chars().count()
}

/// True if the top-level object of JSON text has a `programs` key whose value opens with `[`:
/// one linear pass that skips strings (with escapes) and tracks bracket depth. Nothing recurses
/// and broken input just ends the pass.
fn programs_array_opens(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0usize;
    // At depth 1: whether the next string is a key, and the last key read.
    let mut expect_key = false;
    let mut key = String::new();
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if depth == 1 && expect_key {
                    expect_key = false;
                    let raw = &text[start..(i + 1).min(bytes.len())];
                    key = serde_json::from_str(raw).unwrap_or_default();
                }
            }
            b'{' | b'[' => {
                if depth == 1 && c == b'[' && key == "programs" {
                    return true;
                }
                expect_key |= depth == 0 && c == b'{';
                depth += 1;
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            b',' => expect_key |= depth == 1,
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_programs_array_is_found_past_tricky_strings() {
        let text = "{\n \"x\": \"[{\\\"\",\n \"programs\": [\n  {\"a\": \"}]\"},\n  null,\n  {\n  }\n ]\n}";
        assert!(programs_array_opens(text));
        assert!(!programs_array_opens("{\"x\": \"\\\"programs\\\": [\"}"));
        let page = parse_lfx_export("x.json", text).unwrap();
        let lines: Vec<usize> = page.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [4, 5, 6]);
    }

    #[test]
    fn year_at_start_of_term() {
        assert_eq!(year_at_start("2025 Term 3 (Sep-Nov)"), Some(2025));
        assert_eq!(year_at_start(" 2026-Term-1"), Some(2026));
        assert_eq!(year_at_start("Term 3 2025"), None);
        assert_eq!(year_at_start("20251"), None);
        assert_eq!(year_at_start("202"), None);
        assert_eq!(year_at_start("€€€€"), None);
    }

    #[test]
    fn char_columns() {
        assert_eq!(char_column("ab\néé x", 2, 6), 4);
        assert_eq!(char_column("ab", 5, 3), 3);
    }
}
