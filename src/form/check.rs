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

/// What one check sees (the body, the form and the bot's data) and the findings so far.
struct Cx<'b, 't> {
    body: &'b Body<'t>,
    form: &'b FormDef,
    spec: &'static BotSpec,
    path: &'b str,
    title: Option<String>,
    findings: Vec<Finding>,
}

impl<'b> Cx<'b, '_> {
    /// True if the form has a field labelled `label` (a check reads only such fields).
    fn has(&self, label: &str) -> bool {
        self.form.fields.iter().any(|f| f.label == label)
    }

    fn value(&self, label: &str) -> &'b str {
        self.body.value(label)
    }

    fn push(&mut self, rule: &str, (line, column): (usize, usize), message: String) {
        let level = super::rules::info(rule).map_or(Level::Error, |r| r.level);
        let at = (line.max(1), column.max(1));
        let finding = Finding::new(self.path, at, level, rule, message, self.title.clone());
        self.findings.push(finding);
    }

    /// Reports a finding at `label`'s value ([`Body::at`]).
    fn push_at(&mut self, rule: &str, label: &str, message: String) {
        self.push(rule, self.body.at(label), message);
    }
}

/// Checks `text`, an issue body written with `form`; `path` names it in the findings.
pub fn check_body(form: &FormDef, path: &str, text: &str) -> Vec<Finding> {
    let spec = spec();
    let body = parse_body(spec, text);
    let l = &spec.labels;
    let cx = &mut Cx {
        body: &body,
        form,
        spec,
        path,
        title: Some(body.value(&l.name).to_string()).filter(|t| !t.is_empty()),
        findings: Vec::new(),
    };
    // Checks 1 to 5 (and the form's own `required` fields): empty is an error.
    for label in [
        &l.project,
        &l.term,
        &l.name,
        &l.description,
        &l.technologies,
    ] {
        required(cx, label);
    }
    name_budget(cx);
    too_long(cx, &l.description, spec.description_max);
    skills(cx);
    mentors(cx);
    upstream(cx);
    custom_prerequisite(cx);
    coding_challenge(cx);
    other_required(cx);
    missing_sections(cx);
    offered_options(cx);
    std::mem::take(&mut cx.findings)
}

fn required(cx: &mut Cx, label: &str) {
    if cx.has(label) && cx.value(label).is_empty() {
        let how = if cx.body.section(label).is_some() {
            "is empty"
        } else {
            "is missing"
        };
        let message = format!("`{label}` {how}; the bot requires it");
        cx.push_at("form-required", label, message);
    }
}

/// The form's `required` fields the bot's own checks do not read.
fn other_required(cx: &mut Cx) {
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
            required(cx, &field.label);
        }
        for option in &field.required_options {
            if !is_ticked(cx.value(&field.label), option) {
                let message = format!("`{option}` under `{}` must be ticked", field.label);
                cx.push_at("form-required", &field.label, message);
            }
        }
    }
}

fn too_long(cx: &mut Cx, label: &str, max: usize) {
    let n = len(cx.value(label));
    if cx.has(label) && n > max {
        let message = format!(
            "`{label}` is {n} characters; the limit is {max} (remove {})",
            n - max
        );
        cx.push_at("form-too-long", label, message);
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
fn name_budget(cx: &mut Cx) {
    let (l, spec) = (&cx.spec.labels, cx.spec);
    let name = cx.value(&l.name);
    if !cx.has(&l.name) || name.is_empty() {
        return;
    }
    let frame = spec
        .title
        .replace("{project}", cx.value(&l.project))
        .replace("{term}", term_token(cx.value(&l.term)))
        .replace("{name}", "");
    let budget = spec.title_max as i64 - len(&frame) as i64;
    let n = len(name) as i64;
    if n > budget {
        let message = format!(
            "`{}` is {n} characters; {budget} fit (the LFX title would be {}/{})",
            l.name,
            len(&frame) as i64 + n,
            spec.title_max
        );
        cx.push_at("form-name-too-long", &l.name, message);
    }
}

/// Check 6: the skills box (loose reader) or the skills field.
fn skills(cx: &mut Cx) {
    let (same_label, skills) = (&cx.spec.labels.skills_same, &cx.spec.labels.skills);
    if !cx.has(same_label) || !cx.has(skills) {
        return;
    }
    let same = loosely_ticked(cx.value(same_label));
    let (rule, message) = match (same, !cx.value(skills).is_empty()) {
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
    let at = match cx.body.section(skills) {
        Some(_) => skills,
        None => same_label,
    };
    cx.push_at(rule, at, message);
}

/// Check 7 and 7b: the mentor lines.
fn mentors(cx: &mut Cx) {
    let (label, spec) = (&cx.spec.labels.mentors, cx.spec);
    if !cx.has(label) {
        return;
    }
    let value = cx.value(label);
    if value.is_empty() {
        return required(cx, label);
    }
    let body = cx.body;
    let section = body.section(label);
    let at = |offset: usize| body.position(section, offset);
    let errors = |cx: &Cx| {
        cx.findings
            .iter()
            .filter(|f| f.level == Level::Error)
            .count()
    };
    let errors_before = errors(cx);
    let lines = read_lines(value);
    if lines.len() > spec.mentors_max {
        let message = format!(
            "{} mentor lines; at most {} (a primary mentor and {} co-mentors)",
            lines.len(),
            spec.mentors_max,
            spec.mentors_max - 1
        );
        cx.push("form-mentor-count", at(lines[spec.mentors_max].at), message);
    }
    let (mut handles, mut emails, mut lfids) = (HashSet::new(), HashSet::new(), HashSet::new());
    for (k, m) in lines.iter().enumerate() {
        let role = match k {
            0 => "primary mentor".to_string(),
            _ => format!("mentor {}", k + 1),
        };
        let pieces = m.parts.len();
        if !(spec.mentor_pieces_min..=spec.mentor_pieces_max).contains(&pieces) {
            let message = format!(
                "{role}: expected {} or {} fields `Full Name | @github-handle | email | LFID`, got {pieces}: `{}`",
                spec.mentor_pieces_min, spec.mentor_pieces_max, m.text
            );
            cx.push("form-mentor-fields", at(m.at), message);
            continue;
        }
        let (handle, email, lfid) = (m.part(1), unwrap_email(m.part(2)), m.part(3));
        // The LFID's problem: none given, not an LF username, or one given before.
        let lfid_problem = if lfid.is_empty() {
            let message = format!("{role} has no LFID (the LF username, the fourth field)");
            Some(("form-mentor-lfid", if pieces > 3 { 3 } else { 2 }, message))
        } else if !is_lfid(lfid) {
            lfids.insert(lfid.to_lowercase());
            let message =
                format!("{role}: LFID `{lfid}` is not an LF username (no spaces, `@` or `/`)");
            Some(("form-mentor-lfid-invalid", 3, message))
        } else {
            let message = format!("{role}: LFID `{lfid}` is listed twice");
            (!lfids.insert(lfid.to_lowercase())).then_some(("form-mentor-duplicate", 3, message))
        };
        // (rule, the piece it points at, message) of each problem of the line, in the bot's order.
        let problems = [
            m.part(0)
                .is_empty()
                .then(|| ("form-mentor-name", 0, format!("{role} has no name"))),
            (!is_handle(spec, handle)).then(|| {
                let message = format!("{role}: `{handle}` is not `@` and a GitHub login (letters, digits, single hyphens, at most {})", spec.handle_max);
                ("form-mentor-handle", 1, message)
            }),
            (!is_email(email)).then(|| {
                let message = format!("{role}: `{}` is not an email address", m.part(2));
                ("form-mentor-email", 2, message)
            }),
            (!handles.insert(handle.to_lowercase())).then(|| {
                let message = format!("{role}: handle `{handle}` is listed twice");
                ("form-mentor-duplicate", 1, message)
            }),
            (!emails.insert(email.to_lowercase())).then(|| {
                let message = format!("{role}: email `{email}` is listed twice");
                ("form-mentor-duplicate", 2, message)
            }),
            lfid_problem,
        ];
        for (rule, piece, message) in problems.into_iter().flatten() {
            cx.push(rule, at(m.at_part(piece)), message);
        }
    }
    if errors(cx) == errors_before && lines.len() == 1 {
        let message = "a single mentor; a co-mentor is recommended".to_string();
        cx.push("form-mentor-single", at(lines[0].at), message);
    }
}

/// Check 8: one bare http(s) URL.
fn upstream(cx: &mut Cx) {
    let label = &cx.spec.labels.upstream;
    let value = cx.value(label);
    if !cx.has(label) {
        return;
    }
    if value.is_empty() {
        required(cx, label);
    } else if !is_url(value) {
        let message = format!("`{label}` is not one bare http(s) URL: `{}`", clip(value));
        cx.push_at("form-upstream-not-url", label, message);
    } else if value.contains(',') {
        let message = format!("`{label}` holds several URLs; give one (an umbrella issue)");
        cx.push_at("form-upstream-multiple", label, message);
    }
}

/// Check 9: the custom prerequisite's box, name and description.
fn custom_prerequisite(cx: &mut Cx) {
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
        let message = format!("the custom prerequisite is filled in but `{option}` is not ticked, so it would not reach LFX");
        cx.push_at("form-unticked", at, message);
    }
    for (label, max) in [
        (&l.custom_name, spec.custom_name_max),
        (&l.custom_description, spec.custom_description_max),
    ] {
        if cx.value(label).is_empty() {
            let message =
                format!("the custom prerequisite needs `{label}` (at most {max} characters)");
            cx.push_at("form-required-if", label, message);
        } else {
            too_long(cx, label, max);
        }
    }
}

/// The Coding Challenge URL, read with its box in Application Prerequisites.
fn coding_challenge(cx: &mut Cx) {
    let (l, option) = (&cx.spec.labels, &cx.spec.options.coding_challenge);
    let (name, url) = (&l.challenge_url, cx.value(&l.challenge_url));
    if !cx.has(name) {
        return;
    }
    let (rule, message) = match (
        is_ticked(cx.value(&l.prerequisites), option),
        url.is_empty(),
    ) {
        (false, false) => (
            "form-unticked",
            format!("`{name}` is given but `{option}` is not ticked"),
        ),
        (true, true) => (
            "form-required-if",
            format!("`{option}` is ticked: LFX needs `{name}`"),
        ),
        (true, false) if !is_url(url) => (
            "form-not-url",
            format!("`{name}` is not an http(s) URL: `{}`", clip(url)),
        ),
        _ => return,
    };
    cx.push_at(rule, name, message);
}

/// Every label of the form must head a section (order and extra sections do not matter).
fn missing_sections(cx: &mut Cx) {
    let missing: Vec<String> = (cx.form.fields.iter())
        .filter(|f| cx.body.section(&f.label).is_none())
        .map(|f| format!("`### {}`", f.label))
        .collect();
    if !missing.is_empty() {
        let message = format!(
            "{} of the form's {} sections missing: {}; re-submit the proposal with the current template",
            missing.len(),
            cx.form.fields.len(),
            missing.join(", ")
        );
        cx.push("form-missing-sections", (1, 1), message);
    }
}

/// This tool's warnings: a dropdown answer the form does not offer; a comma-separated field
/// written otherwise.
fn offered_options(cx: &mut Cx) {
    for field in &cx.form.fields {
        let value = cx.value(&field.label);
        if value.is_empty() {
            continue;
        }
        if field.kind == FieldKind::Dropdown && !field.options.is_empty() {
            unknown_option(cx, field, value);
        }
        if field.comma_list {
            list_format(cx, field, value);
        }
    }
}

fn unknown_option(cx: &mut Cx, field: &FormField, value: &str) {
    // A `multiple: true` dropdown renders its choices joined by ", ".
    let choices: Vec<&str> = if field.multiple {
        value.split(", ").collect()
    } else {
        vec![value]
    };
    let (label, options) = (&field.label, &field.options);
    let Some(&unknown) = choices.iter().find(|c| !options.iter().any(|o| o == *c)) else {
        return;
    };
    if *label == cx.spec.labels.term {
        let offered = options.join(", ");
        let message = format!("Term `{unknown}` is not offered by the form (it offers: {offered})");
        cx.push_at("form-invalid-term", label, message);
    } else {
        let near = options.iter().find(|o| o.eq_ignore_ascii_case(unknown));
        let tip = near.map_or(String::new(), |o| format!(" (did you mean `{o}`?)"));
        let message = format!("`{unknown}` is not one of the `{label}` options{tip}");
        cx.push_at("form-unknown-option", label, message);
    }
}

fn list_format(cx: &mut Cx, field: &FormField, text: &str) {
    let label = &field.label;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let bullet = |l: &&str| l.trim_start().starts_with("- ") || l.trim_start().starts_with("* ");
    let problem = if lines.len() > 1 {
        format!("`{label}` is written on {} lines", lines.len())
    } else if lines.iter().any(bullet) {
        format!("`{label}` is written as a bullet list")
    } else if text.contains(';') && !text.contains(',') {
        format!("`{label}` is separated by `;`")
    } else if text.split(',').any(|item| item.trim().is_empty()) {
        format!("`{label}` has an empty item between commas")
    } else {
        return;
    };
    cx.push_at("form-list-format", label, problem);
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
