//! Rendered issue bodies: GitHub writes each answered form field as `### Label`, a blank line,
//! then the answer (`_No response_` when it was left empty; `- [X] option` / `- [ ] option`
//! lines for checkboxes).
//!
//! A body is cut only at `### ` lines whose text is one of the form's labels, so a description
//! that has `### Design` headings of its own stays whole. Every answer keeps the 1-based line and
//! column where it starts, so findings point into the body as GitHub shows it.

use super::def::{FieldKind, FormDef};

/// One field's answer in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Index of the field in [`FormDef::fields`].
    pub field: usize,
    /// 1-based line of the `### Label` heading.
    pub heading_line: usize,
    /// The answer text, trimmed; empty for `_No response_` or nothing.
    pub text: String,
    /// 1-based line where the answer starts (the heading's line when empty).
    pub line: usize,
    /// 1-based column (in characters) where the answer starts.
    pub column: usize,
    /// For checkboxes: the ticked option labels, as written.
    pub ticked: Vec<String>,
}

/// A body read against a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The answers in body order (a field the body lacks has none).
    pub answers: Vec<Answer>,
}

impl Body {
    /// The answer of the field at `index` in the form.
    pub fn answer(&self, index: usize) -> Option<&Answer> {
        self.answers.iter().find(|a| a.field == index)
    }
}

/// The label of a `### Label` line, if the line is a level-3 ATX heading.
fn heading_label(line: &str) -> Option<&str> {
    let t = line.trim_end();
    let rest = t.strip_prefix("### ")?;
    Some(rest.trim().trim_end_matches('#').trim())
}

/// Normalised label for comparison: GitHub keeps labels as written, people editing a body
/// sometimes change case or spacing.
fn same_label(a: &str, b: &str) -> bool {
    norm_label(a) == norm_label(b)
}

/// A label as [`same_label`] compares it.
fn norm_label(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// How many of the form's labels appear as `### Label` lines in `text`.
pub fn matching_labels(form: &FormDef, text: &str) -> usize {
    // Asked of every page validated, most of which are not form bodies: only the `### ` lines
    // are looked at, and labels are compared word by word, ignoring ASCII case, instead of as
    // normalised copies. A label that is not ASCII is normalised first (once per call for the
    // form's labels): two normalised labels compare word by word the same way.
    let mut seen: Vec<bool> = Vec::new();
    let mut form_norms: Option<Vec<Option<String>>> = None;
    for line in h3_lines(text) {
        let Some(label) = heading_label(line) else {
            continue;
        };
        let norms = form_norms.get_or_insert_with(|| {
            form.fields
                .iter()
                .map(|f| (!f.label.is_ascii()).then(|| norm_label(&f.label)))
                .collect()
        });
        let normalised;
        let heading = if label.is_ascii() {
            label
        } else {
            normalised = norm_label(label);
            normalised.as_str()
        };
        let found = form.fields.iter().zip(norms.iter()).position(|(f, norm)| {
            let field = norm.as_deref().unwrap_or(&f.label);
            ascii_words_eq(heading.as_bytes(), field.as_bytes())
        });
        if let Some(i) = found {
            if seen.is_empty() {
                seen = vec![false; form.fields.len()];
            }
            seen[i] = true;
        }
    }
    seen.iter().filter(|s| **s).count()
}

/// The lines of `text` that start with `### ` (the only ones [`heading_label`] reads), without
/// their line ending: found from the page's '#' characters instead of walking every line.
fn h3_lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'#', bytes)
        .filter(move |&at| (at == 0 || bytes[at - 1] == b'\n') && bytes[at..].starts_with(b"### "))
        .map(move |at| {
            let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |n| at + n);
            let line = &text[at..end];
            line.strip_suffix('\r').unwrap_or(line)
        })
}

/// The ASCII characters `char::is_whitespace` (and so `split_whitespace`) takes for spaces.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | 0x09..=0x0d)
}

/// True if `a` and `b` have the same words (split at ASCII spaces), ignoring ASCII case: for
/// ASCII labels, the same as comparing their [`norm_label`]s, without the copies. It is also
/// that comparison when either side is a [`norm_label`] already (lower-case words, one space
/// apart): an ASCII word matches a word only ASCII letters lower-case to, and bytes that are
/// not ASCII must be equal.
fn ascii_words_eq(a: &[u8], b: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    loop {
        while i < a.len() && is_ascii_space(a[i]) {
            i += 1;
        }
        while j < b.len() && is_ascii_space(b[j]) {
            j += 1;
        }
        match (i == a.len(), j == b.len()) {
            (true, true) => return true,
            (false, false) => {}
            _ => return false,
        }
        while i < a.len() && j < b.len() && !is_ascii_space(a[i]) && !is_ascii_space(b[j]) {
            if !a[i].eq_ignore_ascii_case(&b[j]) {
                return false;
            }
            i += 1;
            j += 1;
        }
        let a_ends = i == a.len() || is_ascii_space(a[i]);
        let b_ends = j == b.len() || is_ascii_space(b[j]);
        if !(a_ends && b_ends) {
            return false;
        }
    }
}

/// Cuts `text` into the form's answers.
pub fn parse_body(form: &FormDef, text: &str) -> Body {
    let lines: Vec<&str> = text.lines().collect();
    let mut starts: Vec<(usize, usize)> = Vec::new(); // (line index, field index)
    let mut in_fence: Option<&str> = None;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        if let Some(fence) = in_fence {
            if t.starts_with(fence) {
                in_fence = None;
            }
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = Some(&t[..3]);
            continue;
        }
        if let Some(label) = heading_label(line) {
            if let Some(f) = form.fields.iter().position(|f| same_label(&f.label, label)) {
                // A label repeated later (a description quoting the form) keeps the first.
                if !starts.iter().any(|(_, seen)| *seen == f) {
                    starts.push((i, f));
                }
            }
        }
    }
    let mut answers = Vec::with_capacity(starts.len());
    for (k, &(start, field)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(lines.len(), |(next, _)| *next);
        let body = &lines[start + 1..end];
        let first = body.iter().position(|l| !l.trim().is_empty());
        let last = body.iter().rposition(|l| !l.trim().is_empty());
        let (text, line, column) = match (first, last) {
            (Some(a), Some(b)) => {
                let joined = body[a..=b].join("\n");
                let joined = joined.trim().to_string();
                let col = body[a].chars().take_while(|c| c.is_whitespace()).count() + 1;
                (joined, start + 1 + a + 1, col)
            }
            _ => (String::new(), start + 1, 1),
        };
        let (text, line, column) =
            if text == "_No response_" || text == "None" && is_choice(form, field) {
                (String::new(), line, column)
            } else {
                (text, line, column)
            };
        let ticked = if form.fields[field].kind == FieldKind::Checkboxes {
            ticked_options(&text)
        } else {
            Vec::new()
        };
        answers.push(Answer {
            field,
            heading_line: start + 1,
            text,
            line,
            column,
            ticked,
        });
    }
    Body { answers }
}

/// GitHub writes "None" for a dropdown left at its default.
fn is_choice(form: &FormDef, field: usize) -> bool {
    form.fields[field].kind == FieldKind::Dropdown
}

/// The labels of `- [X] label` lines (`x` or `X`).
fn ticked_options(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let t = l.trim_start();
            let t = t.strip_prefix("- ").or_else(|| t.strip_prefix("* "))?;
            let rest = t.strip_prefix("[x]").or_else(|| t.strip_prefix("[X]"))?;
            Some(rest.trim().to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::def::parse_form;

    const FORM: &str = "body:\n  - type: input\n    id: name\n    attributes: {label: Program Name}\n  - type: textarea\n    id: desc\n    attributes: {label: Program Description}\n  - type: checkboxes\n    id: pre\n    attributes:\n      label: Prerequisites\n      options: [{label: Resume}, {label: Coding Challenge}]\n";

    #[test]
    fn answers_with_positions() {
        let form = parse_form(FORM).unwrap();
        let body = "### Program Name\n\nFast logs\n\n### Program Description\n\n## Description\nWords.\n\n### Design\nMore.\n\n### Prerequisites\n\n- [X] Resume\n- [ ] Coding Challenge\n";
        let b = parse_body(&form, body);
        assert_eq!(b.answers.len(), 3);
        assert_eq!(
            (
                b.answers[0].text.as_str(),
                b.answers[0].line,
                b.answers[0].column
            ),
            ("Fast logs", 3, 1)
        );
        // An unknown `###` heading stays inside the description.
        assert_eq!(
            b.answers[1].text,
            "## Description\nWords.\n\n### Design\nMore."
        );
        assert_eq!(b.answers[1].line, 7);
        assert_eq!(b.answers[2].ticked, ["Resume"]);
        assert_eq!(matching_labels(&form, body), 3);
    }

    #[test]
    fn no_response_is_empty() {
        let form = parse_form(FORM).unwrap();
        let b = parse_body(
            &form,
            "### Program Name\n\n_No response_\n\n### Program Description\n",
        );
        assert_eq!(b.answers[0].text, "");
        assert_eq!(b.answers[0].line, 3);
        assert_eq!(b.answers[1].text, "");
        assert_eq!(b.answers[1].line, 5);
    }

    #[test]
    fn headings_in_fences_do_not_cut() {
        let form = parse_form(FORM).unwrap();
        let b = parse_body(
            &form,
            "### Program Description\n\n```\n### Program Name\n```\n",
        );
        assert_eq!(b.answers.len(), 1);
        assert!(b.answers[0].text.contains("### Program Name"));
    }

    /// `matching_labels` as first written: every line, normalised copies.
    fn matching_labels_reference(form: &FormDef, text: &str) -> usize {
        let mut seen = vec![false; form.fields.len()];
        let labels: Vec<String> = form.fields.iter().map(|f| norm_label(&f.label)).collect();
        for line in text.lines() {
            if let Some(label) = heading_label(line) {
                let label = norm_label(label);
                if let Some(i) = labels.iter().position(|f| *f == label) {
                    seen[i] = true;
                }
            }
        }
        seen.iter().filter(|s| **s).count()
    }

    #[test]
    fn matching_labels_agrees_with_its_first_version() {
        let form = parse_form(FORM).unwrap();
        let cases = [
            "",
            "### Program Name",
            "### Program Name\r\n### program   DESCRIPTION ##\r\n",
            "x### Program Name\n ### Prerequisites\n###  Prerequisites \n",
            "### \n###\n### Program\tName\n### Program\u{b}Name\n",
            "### PROGRAM NAME\n### Program Name\n### Prerequisites\r",
            "### Program Nam\u{e9}\n### \u{130}\n### Program Name\u{a0}\n",
        ];
        for c in cases {
            assert_eq!(
                matching_labels(&form, c),
                matching_labels_reference(&form, c),
                "{c:?}"
            );
        }
        let odd = parse_form(ODD_FORM).unwrap();
        for c in [
            "### οδος σ\n",
            "### ΟΔΟΣ Σ\n",
            "### οδοσ σ\n",
            "### CAFÉ name\n",
            "### café name\n",
            "### \u{212a}ind name\n",
            "### \u{212a}ind\u{a0}name\n",
            "### kind\u{85}NAME\n",
            "### wide gap\n",
            "### Wide\u{a0}GAP\n",
        ] {
            assert_eq!(
                matching_labels(&odd, c),
                matching_labels_reference(&odd, c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn ascii_spaces_are_the_standard_librarys() {
        for b in 0..=127u8 {
            assert_eq!(is_ascii_space(b), (b as char).is_whitespace(), "{b}");
        }
    }

    const ODD_FORM: &str = "body:\n  - type: input\n    id: a\n    attributes: {label: \"ΟΔΟΣ Σ\"}\n  - type: input\n    id: b\n    attributes: {label: \"Café  Name\"}\n  - type: input\n    id: c\n    attributes: {label: \"Kind  Name\"}\n  - type: input\n    id: d\n    attributes: {label: \"Wide\\u00a0Gap\"}\n";

    proptest::proptest! {
        #[test]
        fn matching_labels_agrees_on_labels_that_are_not_ascii(
            text in "((### |x|)(ΟΔΟΣ|οδος|Σ|σ|ς|Café|CAFÉ|café|\u{212a}ind|Kind|NAME|name|Wide|GAP| |\u{a0}|\u{85}|\t|\r){0,5}\n?){0,5}"
        ) {
            let form = parse_form(ODD_FORM).unwrap();
            proptest::prop_assert_eq!(
                matching_labels(&form, &text),
                matching_labels_reference(&form, &text)
            );
        }

        #[test]
        fn ascii_words_eq_is_comparing_normalised_labels(
            a in "[aAbB \t\u{b}\r\n\u{1c}]{0,8}",
            b in "[aAbB \t\u{b}\r\n\u{1c}]{0,8}",
        ) {
            proptest::prop_assert_eq!(
                ascii_words_eq(a.as_bytes(), b.as_bytes()),
                norm_label(&a) == norm_label(&b)
            );
        }

        #[test]
        fn matching_labels_agrees_on_any_text(text in "((###|### |x### |)( |\t|\r|Program|NAME|name|Description|Prerequisites|#){0,5}\n?){0,5}") {
            let form = parse_form(FORM).unwrap();
            proptest::prop_assert_eq!(
                matching_labels(&form, &text),
                matching_labels_reference(&form, &text)
            );
        }
    }
}
