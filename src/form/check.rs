//! The bot-parity checks of one issue body against its form.
//!
//! Generic checks come from the form itself (required fields, dropdown options, and the limits
//! its descriptions state, see [`super::def::Hints`]); the checks that need to know what a field
//! means (skills box vs skills field) key on the CNCF form's field ids (`skills_same`, `skills`),
//! which survive relabelling. Where the CNCF bot's exact rule is not published, the form's own
//! words decide (README, "Checking LFX proposal issues"; `schemas/form-rules.toml`).

use super::body::{parse_body, Answer, Body};
use super::def::{FieldKind, FormDef, FormField};
use super::mentors::{email_problem, handle_problem, lfid_missing, read_lines, MentorLine};
use super::proposal::{full_name, DEFAULT_FULL_NAME};
use crate::lint::{Finding, Level};
use std::collections::HashSet;

/// The most mentors a program takes on LFX (the export has four mentor column groups).
pub const MAX_MENTORS: usize = 4;

/// Collects findings for one body.
struct Sink<'a> {
    path: &'a str,
    title: Option<String>,
    findings: Vec<Finding>,
}

impl Sink<'_> {
    fn push(&mut self, rule: &str, line: usize, column: usize, message: String) {
        let level = super::rules::info(rule).map_or(Level::Error, |r| r.level);
        self.findings.push(Finding {
            path: self.path.to_string(),
            line: line.max(1),
            column: column.max(1),
            level,
            rule: rule.to_string(),
            message,
            title: self.title.clone(),
        });
    }
}

/// Checks `text`, an issue body written with `form`; `path` names it in the findings.
pub fn check_body(form: &FormDef, path: &str, text: &str) -> Vec<Finding> {
    let body = parse_body(form, text);
    let title = answer_of(form, &body, "program_name")
        .map(|a| a.text.clone())
        .filter(|t| !t.is_empty());
    let mut sink = Sink {
        path,
        title,
        findings: Vec::new(),
    };
    for (index, field) in form.fields.iter().enumerate() {
        let answer = body.answer(index);
        let text = answer.map_or("", |a| a.text.as_str());
        if text.is_empty() {
            if field.required && field.kind != FieldKind::Checkboxes {
                required_empty(&mut sink, field, answer);
            }
        } else if let Some(a) = answer {
            check_answer(&mut sink, field, a);
        }
        for option in &field.required_options {
            if !answer.is_some_and(|a| a.ticked.iter().any(|t| t == option)) {
                let (line, column) = answer.map_or((1, 1), |a| (a.line, a.column));
                sink.push(
                    "form-required",
                    line,
                    column,
                    format!("`{option}` under `{}` must be ticked", field.label),
                );
            }
        }
        if let Some(option) = &field.hints.required_if {
            check_required_if(&mut sink, form, &body, field, answer, option);
        }
    }
    check_name_budget(&mut sink, form, &body);
    check_skills(&mut sink, form, &body);
    sink.findings
}

fn answer_of<'b>(form: &FormDef, body: &'b Body, id: &str) -> Option<&'b Answer> {
    let index = form.fields.iter().position(|f| f.id == id)?;
    body.answer(index)
}

fn required_empty(sink: &mut Sink, field: &FormField, answer: Option<&Answer>) {
    match answer {
        Some(a) => sink.push(
            "form-required",
            a.line,
            a.column,
            format!("`{}` is required but left empty", field.label),
        ),
        None => sink.push(
            "form-required",
            1,
            1,
            format!(
                "`{}` is required but the body has no `### {}` section",
                field.label, field.label
            ),
        ),
    }
}

fn check_answer(sink: &mut Sink, field: &FormField, a: &Answer) {
    let text = a.text.as_str();
    // A `multiple: true` dropdown renders its choices joined by ", ".
    let choices: Vec<&str> = if field.multiple {
        text.split(", ").collect()
    } else {
        vec![text]
    };
    let unknown = choices
        .iter()
        .find(|c| !field.options.iter().any(|o| o == *c));
    if let (FieldKind::Dropdown, false, Some(&text)) =
        (field.kind, field.options.is_empty(), unknown)
    {
        if field.id == "term" {
            sink.push(
                "form-invalid-term",
                a.line,
                a.column,
                format!(
                    "Term `{text}` is not offered by the form (it offers: {})",
                    field.options.join(", ")
                ),
            );
        } else {
            let near = field.options.iter().find(|o| o.eq_ignore_ascii_case(text));
            let tip = near.map_or(String::new(), |o| format!(" (did you mean `{o}`?)"));
            sink.push(
                "form-unknown-option",
                a.line,
                a.column,
                format!("`{text}` is not one of the `{}` options{tip}", field.label),
            );
        }
    }
    if let Some(max) = field.hints.max_chars {
        let n = text.chars().count();
        if n > max {
            sink.push(
                "form-too-long",
                a.line,
                a.column,
                format!(
                    "`{}` is {n} characters; the limit is {max} ({} over)",
                    field.label,
                    n - max
                ),
            );
        }
    }
    if field.hints.comma_list {
        check_list(sink, field, a);
    }
    if field.hints.one_url {
        check_upstream(sink, field, a);
    } else if field.kind == FieldKind::Input
        && field.label.to_lowercase().ends_with("url")
        && !is_bare_url(text)
    {
        sink.push(
            "form-not-url",
            a.line,
            a.column,
            format!("`{}` is not one http(s) URL: `{}`", field.label, clip(text)),
        );
    }
    if !field.hints.columns.is_empty() || field.id == "mentors" {
        let columns = if field.hints.columns.is_empty() {
            4
        } else {
            field.hints.columns.len()
        };
        check_mentors(sink, field, a, columns);
    }
}

fn clip(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    if first.chars().count() > 60 || text.contains('\n') {
        format!("{}…", first.chars().take(60).collect::<String>())
    } else {
        first.to_string()
    }
}

fn check_list(sink: &mut Sink, field: &FormField, a: &Answer) {
    let text = a.text.as_str();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let problem = if lines.len() > 1 {
        Some(format!(
            "`{}` is written on {} lines",
            field.label,
            lines.len()
        ))
    } else if lines.iter().any(|l| {
        let t = l.trim_start();
        t.starts_with("- ") || t.starts_with("* ")
    }) {
        Some(format!("`{}` is written as a bullet list", field.label))
    } else if text.contains(';') && !text.contains(',') {
        Some(format!("`{}` is separated by `;`", field.label))
    } else if text.split(',').any(|item| item.trim().is_empty()) {
        Some(format!(
            "`{}` has an empty item between commas",
            field.label
        ))
    } else {
        None
    };
    if let Some(message) = problem {
        sink.push("form-list-format", a.line, a.column, message);
    }
}

/// The http(s) URLs in `text`, with their byte offsets.
fn urls(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let rest = &text[from..];
        let at = match (rest.find("https://"), rest.find("http://")) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => break,
        };
        let start = from + at;
        let len = text[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | '>' | ']' | '"' | '\''))
            .unwrap_or(text.len() - start);
        out.push((start, &text[start..start + len]));
        from = start + len.max(1);
    }
    out
}

fn is_bare_url(text: &str) -> bool {
    let found = urls(text);
    found.len() == 1 && found[0].1 == text && text.len() > "https://".len()
}

/// The body line and column of byte `offset` of an answer's text (the answer's first line starts
/// at its column, later lines keep their indentation, so they start at column 1).
fn position_in(a: &Answer, offset: usize) -> (usize, usize) {
    let before = &a.text[..offset];
    match before.rfind('\n') {
        Some(nl) => (
            a.line + before.matches('\n').count(),
            before[nl + 1..].chars().count() + 1,
        ),
        None => (a.line, a.column + before.chars().count()),
    }
}

fn check_upstream(sink: &mut Sink, field: &FormField, a: &Answer) {
    let text = a.text.as_str();
    let found = urls(text);
    let short_ref = text.split_whitespace().any(|w| {
        let (repo, num) = w.split_once('#').unwrap_or(("", ""));
        repo.contains('/') && !num.is_empty() && num.chars().all(|c| c.is_ascii_digit())
    });
    if found.len() > 1 {
        let (line, column) = position_in(a, found[1].0);
        sink.push(
            "form-upstream-multiple",
            line,
            column,
            format!(
                "`{}` holds {} URLs; the form asks for exactly one",
                field.label,
                found.len()
            ),
        );
    } else if found.is_empty() {
        let what = if short_ref {
            "a short reference, not a URL"
        } else {
            "not a URL"
        };
        sink.push(
            "form-upstream-not-url",
            a.line,
            a.column,
            format!("`{}` is {what}: `{}`", field.label, clip(text)),
        );
    } else if text.starts_with('[') && text.contains("](") {
        sink.push(
            "form-upstream-not-url",
            a.line,
            a.column,
            format!(
                "`{}` is a Markdown link; give the bare URL `{}`",
                field.label, found[0].1
            ),
        );
    } else if found[0].1 != text {
        sink.push(
            "form-upstream-not-url",
            a.line,
            a.column,
            format!(
                "`{}` has text around the URL; give the URL `{}` alone",
                field.label, found[0].1
            ),
        );
    }
}

/// The checkbox option a description names ("Coding Challenge", or the start of a longer label)
/// with its full label, and whether the body ticks it.
fn ticked<'f>(form: &'f FormDef, body: &Body, named: &str) -> Option<(&'f str, bool)> {
    let named = named.to_lowercase();
    for (index, field) in form.fields.iter().enumerate() {
        if field.kind != FieldKind::Checkboxes {
            continue;
        }
        if let Some(label) = field
            .options
            .iter()
            .find(|o| o.to_lowercase().starts_with(&named))
        {
            let answer = body.answer(index);
            let on = answer.is_some_and(|a| {
                a.ticked
                    .iter()
                    .any(|t| t.to_lowercase().starts_with(&named))
            });
            return Some((label, on));
        }
    }
    None
}

fn check_required_if(
    sink: &mut Sink,
    form: &FormDef,
    body: &Body,
    field: &FormField,
    answer: Option<&Answer>,
    option: &str,
) {
    let Some((option, is_ticked)) = ticked(form, body, option) else {
        return;
    };
    let text = answer.map_or("", |a| a.text.as_str());
    let (line, column) = answer.map_or((1, 1), |a| (a.line, a.column));
    if is_ticked && text.is_empty() {
        sink.push(
            "form-required-if",
            line,
            column,
            format!("`{option}` is ticked but `{}` is empty", field.label),
        );
    } else if !is_ticked && !text.is_empty() {
        sink.push(
            "form-unticked",
            line,
            column,
            format!("`{}` is filled but `{option}` is not ticked", field.label),
        );
    }
}

fn check_mentors(sink: &mut Sink, field: &FormField, a: &Answer, columns: usize) {
    let lines = read_lines(&a.text, a.line);
    let lfid_column = field
        .hints
        .columns
        .iter()
        .position(|c| c.eq_ignore_ascii_case("lfid"));
    let lfid_column = lfid_column.or(if field.hints.columns.is_empty() {
        Some(3)
    } else {
        None
    });
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    for m in &lines {
        // Three fields where the form asks four with an LFID last: the earlier format.
        let earlier = lfid_column == Some(columns - 1) && m.parts.len() == columns - 1;
        if m.parts.len() != columns && !earlier {
            let format = if field.hints.columns.is_empty() {
                "Full Name | @github-handle | email | LFID".to_string()
            } else {
                field.hints.columns.join(" | ")
            };
            sink.push(
                "form-mentor-fields",
                m.line,
                m.column,
                format!(
                    "mentor line has {} field(s); the form asks for {columns}: `{format}`",
                    m.parts.len()
                ),
            );
            continue;
        }
        check_mentor_line(sink, m, earlier, lfid_column);
        // Handle, email and LFID, each compared with its own column of the earlier lines.
        let lfid = lfid_column.filter(|&c| !earlier && !lfid_missing(m.part(c)));
        let keys = [Some(1), Some(2), lfid].into_iter().flatten().map(|i| {
            let key = m.part(i).trim_start_matches('@').to_lowercase();
            (i, key)
        });
        for (i, key) in keys {
            if key.is_empty() {
                continue;
            }
            if !seen.insert((i, key)) {
                sink.push(
                    "form-mentor-duplicate",
                    m.line,
                    m.column_of(i),
                    format!("`{}` is listed twice", m.part(i)),
                );
                break;
            }
        }
    }
    if lines.len() > MAX_MENTORS {
        let extra = &lines[MAX_MENTORS];
        sink.push(
            "form-mentor-count",
            extra.line,
            extra.column,
            format!("{} mentors; LFX takes at most {MAX_MENTORS}", lines.len()),
        );
    } else if lines.len() == 1 {
        sink.push(
            "form-mentor-single",
            lines[0].line,
            lines[0].column,
            "a single mentor".to_string(),
        );
    }
}

fn check_mentor_line(sink: &mut Sink, m: &MentorLine, earlier: bool, lfid_column: Option<usize>) {
    let name = m.part(0);
    if name.is_empty() || name.starts_with('@') || name.contains('@') && !name.contains(' ') {
        sink.push(
            "form-mentor-name",
            m.line,
            m.column_of(0),
            "mentor line has no name first".to_string(),
        );
    }
    if let Some(problem) = handle_problem(m.part(1)) {
        sink.push(
            "form-mentor-handle",
            m.line,
            m.column_of(1),
            format!("mentor `{name}`: {problem}"),
        );
    }
    if let Some(problem) = email_problem(m.part(2)) {
        sink.push(
            "form-mentor-email",
            m.line,
            m.column_of(2),
            format!("mentor `{name}`: {problem}"),
        );
    }
    if let Some(i) = lfid_column {
        if earlier || lfid_missing(m.part(i)) {
            let how = if earlier {
                " (the line has the earlier three fields)"
            } else {
                ""
            };
            let column = if earlier {
                m.column_of(m.parts.len().saturating_sub(1))
            } else {
                m.column_of(i)
            };
            sink.push(
                "form-mentor-lfid",
                m.line,
                column,
                format!("mentor `{name}` has no LFID{how}"),
            );
        }
    }
}

fn check_name_budget(sink: &mut Sink, form: &FormDef, body: &Body) {
    let Some(field) = form.field("program_name") else {
        return;
    };
    let Some(max) = field.hints.full_name_max else {
        return;
    };
    let Some(a) = answer_of(form, body, "program_name").filter(|a| !a.text.is_empty()) else {
        return;
    };
    let project = answer_of(form, body, "cncf_project").map_or("", |a| a.text.as_str());
    let term = answer_of(form, body, "term").map_or("", |a| a.text.as_str());
    let pattern = field
        .hints
        .full_name_pattern
        .as_deref()
        .unwrap_or(DEFAULT_FULL_NAME);
    let full = full_name(pattern, project, &a.text, term);
    let n = full.chars().count();
    if n > max {
        sink.push(
            "form-name-too-long",
            a.line,
            a.column,
            format!("the LFX name `{full}` is {n} characters; it must stay within {max} (shorten the Program Name by {})", n - max),
        );
    }
}

fn check_skills(sink: &mut Sink, form: &FormDef, body: &Body) {
    let (Some(_), Some(_)) = (form.field("skills_same"), form.field("skills")) else {
        return;
    };
    let same = answer_of(form, body, "skills_same").is_some_and(|a| !a.ticked.is_empty());
    let skills = answer_of(form, body, "skills");
    let filled = skills.is_some_and(|a| !a.text.is_empty());
    let (line, column) = skills
        .map(|a| (a.line, a.column))
        .or_else(|| answer_of(form, body, "skills_same").map(|a| (a.line, a.column)))
        .unwrap_or((1, 1));
    if !same && !filled {
        sink.push(
            "form-skills-missing",
            line,
            column,
            "no skills: the \"Skills same as Technologies?\" box is unticked and the skills field is empty".into(),
        );
    } else if same && filled {
        sink.push(
            "form-skills-conflict",
            line,
            column,
            "the \"Skills same as Technologies?\" box is ticked, so these skills are ignored"
                .into(),
        );
    }
}
