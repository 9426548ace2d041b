//! The CNCF bot's checks of one proposal body, in the bot's order (cncf-proposal-checks.md,
//! section 4), with the numbers, formats and labels of `[bot]` in `schemas/form-rules.toml`.
//!
//! A check runs when the form has the section it reads, so `--form` with another issue form
//! gets the checks its fields support, and every form gets the required-sections check (every
//! label of the form) and its `required` fields. The bot's unconditional reminder (check 11,
//! "LFIDs and emails are not verified against LFX") is not reported: it would be a warning on
//! every body and says nothing about this one. The quota (check 10) is counted across bodies in
//! [`super::quota`]. Three warnings are this tool's own and not the bot's: a dropdown answer the
//! form does not offer, and a comma-separated field written otherwise.

use super::body::{parse_body, Body};
use super::boxes::{is_ticked, loosely_ticked};
use super::def::{FieldKind, FormDef, FormField};
use super::formats::{is_email, is_handle, is_lfid, is_url, unwrap_email};
use super::js::{is_lt, is_ws, len};
use super::mentors::read_lines;
use super::spec::{spec, BotSpec};
use crate::lint::{Finding, Level};
use std::collections::HashSet;

/// Collects findings for one body.
struct Sink<'a> {
    path: &'a str,
    title: Option<String>,
    findings: Vec<Finding>,
}

impl Sink<'_> {
    fn push(&mut self, rule: &str, (line, column): (usize, usize), message: String) {
        let level = super::rules::info(rule).map_or(Level::Error, |r| r.level);
        self.findings.push(Finding {
            path: self.path.to_string(),
            line: line.max(1),
            column: column.max(1),
            level,
            rule: rule.to_string(),
            message,
            title: self.title.clone(),
            profile: None,
        });
    }

    fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.level == Level::Error)
            .count()
    }
}

/// What one check sees: the body, the form and the bot's data.
struct Cx<'b, 't> {
    body: &'b Body<'t>,
    form: &'b FormDef,
    spec: &'b BotSpec,
}

impl Cx<'_, '_> {
    /// True if the form has a field labelled `label` (a check reads only such fields).
    fn has(&self, label: &str) -> bool {
        self.form.fields.iter().any(|f| f.label == label)
    }

    fn value(&self, label: &str) -> &str {
        self.body.value(label)
    }
}

/// Checks `text`, an issue body written with `form`; `path` names it in the findings.
pub fn check_body(form: &FormDef, path: &str, text: &str) -> Vec<Finding> {
    let spec = spec();
    let body = parse_body(spec, text);
    let cx = Cx {
        body: &body,
        form,
        spec,
    };
    let l = &spec.labels;
    let mut sink = Sink {
        path,
        title: Some(cx.value(&l.name).to_string()).filter(|t| !t.is_empty()),
        findings: Vec::new(),
    };
    let s = &mut sink;
    // Checks 1 to 5 (and the form's own `required` fields): empty is an error.
    for label in [
        &l.project,
        &l.term,
        &l.name,
        &l.description,
        &l.technologies,
    ] {
        required(&cx, s, label);
    }
    name_budget(&cx, s);
    too_long(&cx, s, &l.description, spec.description_max);
    skills(&cx, s);
    mentors(&cx, s);
    upstream(&cx, s);
    custom_prerequisite(&cx, s);
    coding_challenge(&cx, s);
    other_required(&cx, s);
    missing_sections(&cx, s);
    offered_options(&cx, s);
    sink.findings
}

fn required(cx: &Cx, s: &mut Sink, label: &str) {
    if cx.has(label) && cx.value(label).is_empty() {
        let how = if cx.body.section(label).is_some() {
            "is empty"
        } else {
            "is missing"
        };
        s.push(
            "form-required",
            cx.body.at(label),
            format!("`{label}` {how}; the bot requires it"),
        );
    }
}

/// The form's `required` fields the bot's own checks do not read.
fn other_required(cx: &Cx, s: &mut Sink) {
    let l = &cx.spec.labels;
    let read = [
        &l.project,
        &l.term,
        &l.name,
        &l.description,
        &l.technologies,
        &l.mentors,
        &l.upstream,
    ];
    for field in &cx.form.fields {
        if field.required && field.kind != FieldKind::Checkboxes && !read.contains(&&field.label) {
            required(cx, s, &field.label);
        }
        for option in &field.required_options {
            if !is_ticked(cx.value(&field.label), option) {
                s.push(
                    "form-required",
                    cx.body.at(&field.label),
                    format!("`{option}` under `{}` must be ticked", field.label),
                );
            }
        }
    }
}

fn too_long(cx: &Cx, s: &mut Sink, label: &str, max: usize) {
    let value = cx.value(label);
    let n = len(value);
    if cx.has(label) && n > max {
        let message = format!(
            "`{label}` is {n} characters; the limit is {max} (remove {})",
            n - max
        );
        s.push("form-too-long", cx.body.at(label), message);
    }
}

/// "2026 Term 3 (Sep-Nov)" -> "2026 Term 3": cut at the first `(` with no line break after it,
/// with the whitespace before it.
pub fn term_token(term: &str) -> &str {
    let cut = term
        .char_indices()
        .find(|&(i, c)| c == '(' && !term[i..].chars().any(is_lt))
        .map(|(i, _)| i);
    match cut {
        Some(i) => term[..i].trim_end_matches(is_ws),
        None => term,
    }
}

/// Check 3: the LFX title `CNCF - <project>: <name> (<term token>)` within its maximum.
fn name_budget(cx: &Cx, s: &mut Sink) {
    let l = &cx.spec.labels;
    let name = cx.value(&l.name);
    if !cx.has(&l.name) || name.is_empty() {
        return;
    }
    let frame = cx
        .spec
        .title
        .replace("{project}", cx.value(&l.project))
        .replace("{term}", term_token(cx.value(&l.term)))
        .replace("{name}", "");
    let budget = cx.spec.title_max as i64 - len(&frame) as i64;
    let n = len(name) as i64;
    if n > budget {
        s.push(
            "form-name-too-long",
            cx.body.at(&l.name),
            format!(
                "`{}` is {n} characters; {budget} fit (the LFX title would be {}/{})",
                l.name,
                len(&frame) as i64 + n,
                cx.spec.title_max
            ),
        );
    }
}

/// Check 6: the skills box (loose reader) or the skills field.
fn skills(cx: &Cx, s: &mut Sink) {
    let l = &cx.spec.labels;
    if !cx.has(&l.skills_same) || !cx.has(&l.skills) {
        return;
    }
    let same = loosely_ticked(cx.value(&l.skills_same));
    let filled = !cx.value(&l.skills).is_empty();
    let at = match cx.body.section(&l.skills) {
        Some(_) => cx.body.at(&l.skills),
        None => cx.body.at(&l.skills_same),
    };
    let (same_label, skills) = (&l.skills_same, &l.skills);
    let (rule, message) = match (same, filled) {
        (false, false) => (
            "form-skills-missing",
            format!("no skills: tick `{same_label}` or fill in `{skills}`"),
        ),
        (true, true) => (
            "form-skills-conflict",
            format!("`{same_label}` is ticked and `{skills}` is filled in; the export uses the technologies"),
        ),
        _ => return,
    };
    s.push(rule, at, message);
}

/// Check 7 and 7b: the mentor lines.
fn mentors(cx: &Cx, s: &mut Sink) {
    let l = &cx.spec.labels;
    if !cx.has(&l.mentors) {
        return;
    }
    let value = cx.value(&l.mentors);
    if value.is_empty() {
        required(cx, s, &l.mentors);
        return;
    }
    let section = cx.body.section(&l.mentors);
    let at = |offset: usize| cx.body.position(section, offset);
    let errors_before = s.errors();
    let lines = read_lines(value);
    let spec = cx.spec;
    if lines.len() > spec.mentors_max {
        s.push(
            "form-mentor-count",
            at(lines[spec.mentors_max].at),
            format!(
                "{} mentor lines; at most {} (a primary mentor and {} co-mentors)",
                lines.len(),
                spec.mentors_max,
                spec.mentors_max - 1
            ),
        );
    }
    let (mut handles, mut emails, mut lfids) = (HashSet::new(), HashSet::new(), HashSet::new());
    for (k, m) in lines.iter().enumerate() {
        let role = if k == 0 {
            "primary mentor".to_string()
        } else {
            format!("mentor {}", k + 1)
        };
        let pieces = m.parts.len();
        if pieces < spec.mentor_pieces_min || pieces > spec.mentor_pieces_max {
            s.push(
                "form-mentor-fields",
                at(m.at),
                format!(
                    "{role}: expected {} or {} fields `Full Name | @github-handle | email | LFID`, got {pieces}: `{}`",
                    spec.mentor_pieces_min, spec.mentor_pieces_max, m.text
                ),
            );
            continue;
        }
        let name = m.part(0);
        if name.is_empty() {
            s.push(
                "form-mentor-name",
                at(m.at_part(0)),
                format!("{role} has no name"),
            );
        }
        let handle = m.part(1);
        if !is_handle(spec, handle) {
            s.push(
                "form-mentor-handle",
                at(m.at_part(1)),
                format!("{role}: `{handle}` is not `@` and a GitHub login (letters, digits, single hyphens, at most {})", spec.handle_max),
            );
        }
        let email = unwrap_email(m.part(2));
        if !is_email(email) {
            s.push(
                "form-mentor-email",
                at(m.at_part(2)),
                format!("{role}: `{}` is not an email address", m.part(2)),
            );
        }
        if !handles.insert(handle.to_lowercase()) {
            s.push(
                "form-mentor-duplicate",
                at(m.at_part(1)),
                format!("{role}: handle `{handle}` is listed twice"),
            );
        }
        if !emails.insert(email.to_lowercase()) {
            s.push(
                "form-mentor-duplicate",
                at(m.at_part(2)),
                format!("{role}: email `{email}` is listed twice"),
            );
        }
        let lfid = m.part(3);
        if lfid.is_empty() {
            s.push(
                "form-mentor-lfid",
                at(m.at_part(if pieces > 3 { 3 } else { 2 })),
                format!("{role} has no LFID (the LF username, the fourth field)"),
            );
        } else if !is_lfid(lfid) {
            lfids.insert(lfid.to_lowercase());
            s.push(
                "form-mentor-lfid-invalid",
                at(m.at_part(3)),
                format!("{role}: LFID `{lfid}` is not an LF username (no spaces, `@` or `/`)"),
            );
        } else if !lfids.insert(lfid.to_lowercase()) {
            s.push(
                "form-mentor-duplicate",
                at(m.at_part(3)),
                format!("{role}: LFID `{lfid}` is listed twice"),
            );
        }
    }
    if s.errors() == errors_before && lines.len() == 1 {
        s.push(
            "form-mentor-single",
            at(lines[0].at),
            "a single mentor; a co-mentor is recommended".to_string(),
        );
    }
}

/// Check 8: one bare http(s) URL.
fn upstream(cx: &Cx, s: &mut Sink) {
    let label = &cx.spec.labels.upstream;
    if !cx.has(label) {
        return;
    }
    let value = cx.value(label);
    if value.is_empty() {
        required(cx, s, label);
    } else if !is_url(value) {
        s.push(
            "form-upstream-not-url",
            cx.body.at(label),
            format!("`{label}` is not one bare http(s) URL: `{}`", clip(value)),
        );
    } else if value.contains(',') {
        s.push(
            "form-upstream-multiple",
            cx.body.at(label),
            format!("`{label}` holds several URLs; give one (an umbrella issue)"),
        );
    }
}

/// Check 9: the custom prerequisite's box, name and description.
fn custom_prerequisite(cx: &Cx, s: &mut Sink) {
    let (l, spec) = (&cx.spec.labels, cx.spec);
    if !cx.has(&l.custom_name) || !cx.has(&l.custom_description) {
        return;
    }
    let option = &spec.options.custom;
    let checked =
        is_ticked(cx.value(&l.custom), option) || is_ticked(cx.value(&l.prerequisites), option);
    let (name, desc) = (cx.value(&l.custom_name), cx.value(&l.custom_description));
    if !checked && name.is_empty() && desc.is_empty() {
        return;
    }
    if !checked {
        let at = if name.is_empty() {
            &l.custom_description
        } else {
            &l.custom_name
        };
        s.push(
            "form-unticked",
            cx.body.at(at),
            format!("the custom prerequisite is filled in but `{option}` is not ticked, so it would not reach LFX"),
        );
    }
    for (label, max) in [
        (&l.custom_name, spec.custom_name_max),
        (&l.custom_description, spec.custom_description_max),
    ] {
        if cx.value(label).is_empty() {
            s.push(
                "form-required-if",
                cx.body.at(label),
                format!("the custom prerequisite needs `{label}` (at most {max} characters)"),
            );
        } else {
            too_long(cx, s, label, max);
        }
    }
}

/// The Coding Challenge URL, read with its box in Application Prerequisites.
fn coding_challenge(cx: &Cx, s: &mut Sink) {
    let (l, option) = (&cx.spec.labels, &cx.spec.options.coding_challenge);
    if !cx.has(&l.challenge_url) {
        return;
    }
    let checked = is_ticked(cx.value(&l.prerequisites), option);
    let (name, url) = (&l.challenge_url, cx.value(&l.challenge_url));
    let at = cx.body.at(name);
    match (checked, url.is_empty()) {
        (false, false) => s.push(
            "form-unticked",
            at,
            format!("`{name}` is given but `{option}` is not ticked"),
        ),
        (true, true) => s.push(
            "form-required-if",
            at,
            format!("`{option}` is ticked: LFX needs `{name}`"),
        ),
        (true, false) if !is_url(url) => s.push(
            "form-not-url",
            at,
            format!("`{name}` is not an http(s) URL: `{}`", clip(url)),
        ),
        _ => {}
    }
}

/// Every label of the form must head a section (order and extra sections do not matter).
fn missing_sections(cx: &Cx, s: &mut Sink) {
    let missing: Vec<&str> = cx
        .form
        .fields
        .iter()
        .map(|f| f.label.as_str())
        .filter(|label| cx.body.section(label).is_none())
        .collect();
    if missing.is_empty() {
        return;
    }
    let names = missing
        .iter()
        .map(|m| format!("`### {m}`"))
        .collect::<Vec<_>>()
        .join(", ");
    s.push(
        "form-missing-sections",
        (1, 1),
        format!(
            "{} of the form's {} sections missing: {names}; re-submit the proposal with the current template",
            missing.len(),
            cx.form.fields.len()
        ),
    );
}

/// This tool's warnings: a dropdown answer the form does not offer; a comma-separated field
/// written otherwise.
fn offered_options(cx: &Cx, s: &mut Sink) {
    for field in &cx.form.fields {
        let value = cx.value(&field.label);
        if value.is_empty() {
            continue;
        }
        if field.kind == FieldKind::Dropdown && !field.options.is_empty() {
            unknown_option(cx, s, field, value);
        }
        if field.comma_list {
            list_format(cx, s, field, value);
        }
    }
}

fn unknown_option(cx: &Cx, s: &mut Sink, field: &FormField, value: &str) {
    // A `multiple: true` dropdown renders its choices joined by ", ".
    let choices: Vec<&str> = if field.multiple {
        value.split(", ").collect()
    } else {
        vec![value]
    };
    let Some(&unknown) = choices
        .iter()
        .find(|c| !field.options.iter().any(|o| o == *c))
    else {
        return;
    };
    let (label, options) = (&field.label, &field.options);
    let (rule, message) = if *label == cx.spec.labels.term {
        let offered = options.join(", ");
        let message = format!("Term `{unknown}` is not offered by the form (it offers: {offered})");
        ("form-invalid-term", message)
    } else {
        let near = options.iter().find(|o| o.eq_ignore_ascii_case(unknown));
        let tip = near.map_or(String::new(), |o| format!(" (did you mean `{o}`?)"));
        let message = format!("`{unknown}` is not one of the `{label}` options{tip}");
        ("form-unknown-option", message)
    };
    s.push(rule, cx.body.at(label), message);
}

fn list_format(cx: &Cx, s: &mut Sink, field: &FormField, text: &str) {
    let label = &field.label;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let problem = if lines.len() > 1 {
        format!("`{label}` is written on {} lines", lines.len())
    } else if lines.iter().any(|l| {
        let t = l.trim_start();
        t.starts_with("- ") || t.starts_with("* ")
    }) {
        format!("`{label}` is written as a bullet list")
    } else if text.contains(';') && !text.contains(',') {
        format!("`{label}` is separated by `;`")
    } else if text.split(',').any(|item| item.trim().is_empty()) {
        format!("`{label}` has an empty item between commas")
    } else {
        return;
    };
    s.push("form-list-format", cx.body.at(label), problem);
}

fn clip(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    if first.chars().count() > 60 || text.contains('\n') {
        format!("{}…", first.chars().take(60).collect::<String>())
    } else {
        first.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_tokens() {
        assert_eq!(term_token("2026 Term 3 (Sep-Nov)"), "2026 Term 3");
        assert_eq!(term_token("2026 Term 3(Sep-Nov"), "2026 Term 3");
        assert_eq!(term_token("2026 Term 3 (a) (b)"), "2026 Term 3");
        assert_eq!(term_token("(x) 2026"), "");
        assert_eq!(term_token("2026 Term 3"), "2026 Term 3");
        assert_eq!(
            term_token("2026 Term 3 (Sep-Nov)\nfoo"),
            "2026 Term 3 (Sep-Nov)\nfoo"
        );
        assert_eq!(term_token("a\n(b"), "a");
    }
}
