//! GitHub issue-form definitions (`.github/ISSUE_TEMPLATE/*.yml`): the fields a body must answer.
//!
//! Only what checking a rendered body needs is kept: each field's id, label, type, `required`,
//! dropdown and checkbox options, and the format its description states in words. GitHub renders
//! the description for people only, so the CNCF states its limits there ("Up to 3000
//! characters", "Exactly one URL", a backticked `Full Name | @github-handle | email | LFID`); the
//! [`Hints`] read them back so that a new edition of the form changes the checks without a
//! release. The YAML is read as a generic value: unknown keys and odd shapes are skipped, never
//! fatal, except a document that has no `body` list at all.

use serde_yaml::Value;

/// The kinds of form element GitHub renders into a body (`markdown` elements render nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// One-line text.
    Input,
    /// Multi-line text.
    Textarea,
    /// One choice among `options`.
    Dropdown,
    /// `- [X] option` lines, one per option.
    Checkboxes,
}

/// Formats a field's description states in words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    /// "Up to N characters", "max N characters": the answer's limit, in characters.
    pub max_chars: Option<usize>,
    /// "must be < N characters" (or "<= N"): the limit of the composed full name, inclusive.
    pub full_name_max: Option<usize>,
    /// The backticked full-name pattern, e.g. `CNCF - <Project>: <program name> (<term>)`.
    pub full_name_pattern: Option<String>,
    /// "Exactly one URL".
    pub one_url: bool,
    /// "Comma-separated".
    pub comma_list: bool,
    /// The columns of a backticked `a | b | c` line format, e.g. `["Full Name", "@github-handle",
    /// "email", "LFID"]`.
    pub columns: Vec<String>,
    /// "Required if you selected X above" / "If you checked X above": the checkbox option X.
    pub required_if: Option<String>,
}

/// One answerable field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormField {
    /// The field's `id` (may be empty: GitHub does not require one).
    pub id: String,
    /// The label, which the rendered body repeats as `### Label`.
    pub label: String,
    /// The element type.
    pub kind: FieldKind,
    /// `validations.required`.
    pub required: bool,
    /// Dropdown options, or checkbox option labels.
    pub options: Vec<String>,
    /// A dropdown that takes several choices (`multiple: true`).
    pub multiple: bool,
    /// Checkbox options marked `required: true` (GitHub makes the author tick them).
    pub required_options: Vec<String>,
    /// Formats stated in the description.
    pub hints: Hints,
}

/// A parsed issue form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormDef {
    /// The form's `name`.
    pub name: String,
    /// The answerable fields, in form order.
    pub fields: Vec<FormField>,
}

impl FormDef {
    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&FormField> {
        self.fields.iter().find(|f| f.id == id)
    }
}

/// Reads an issue-form definition. The error says what is missing; YAML errors carry their line.
pub fn parse_form(text: &str) -> Result<FormDef, String> {
    let root: Value = serde_yaml::from_str(text).map_err(|e| match e.location() {
        Some(l) => format!("line {}: {e}", l.line()),
        None => e.to_string(),
    })?;
    let Some(body) = root.get("body").and_then(Value::as_sequence) else {
        return Err("not an issue form: no `body` list of fields".to_string());
    };
    let name = str_of(root.get("name")).unwrap_or_default();
    let mut fields = Vec::new();
    for element in body {
        let kind = match str_of(element.get("type")).as_deref() {
            Some("input") => FieldKind::Input,
            Some("textarea") => FieldKind::Textarea,
            Some("dropdown") => FieldKind::Dropdown,
            Some("checkboxes") => FieldKind::Checkboxes,
            _ => continue,
        };
        let attrs = element.get("attributes");
        let Some(label) = str_of(attrs.and_then(|a| a.get("label"))) else {
            continue;
        };
        let options = attrs
            .and_then(|a| a.get("options"))
            .and_then(Value::as_sequence)
            .map(|list| {
                list.iter()
                    .filter_map(|o| str_of(Some(o)).or_else(|| str_of(o.get("label"))))
                    .collect()
            })
            .unwrap_or_default();
        let required_options = attrs
            .and_then(|a| a.get("options"))
            .and_then(Value::as_sequence)
            .map(|list| {
                list.iter()
                    .filter(|o| o.get("required").and_then(Value::as_bool) == Some(true))
                    .filter_map(|o| str_of(o.get("label")))
                    .collect()
            })
            .unwrap_or_default();
        let required = element
            .get("validations")
            .and_then(|v| v.get("required"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let description = str_of(attrs.and_then(|a| a.get("description"))).unwrap_or_default();
        fields.push(FormField {
            id: str_of(element.get("id")).unwrap_or_default(),
            label: label.trim().to_string(),
            kind,
            required,
            options,
            multiple: attrs
                .and_then(|a| a.get("multiple"))
                .and_then(Value::as_bool)
                .unwrap_or(false),
            required_options,
            hints: read_hints(&description),
        });
    }
    if fields.is_empty() {
        return Err(
            "not an issue form: the `body` has no input, textarea, dropdown or checkboxes".into(),
        );
    }
    Ok(FormDef { name, fields })
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Reads the formats a description states (see [`Hints`]). Matching is case-insensitive and
/// tolerant of line breaks (folded YAML keeps them as spaces, literal YAML as newlines).
pub fn read_hints(description: &str) -> Hints {
    let flat = description.split_whitespace().collect::<Vec<_>>().join(" ");
    // ASCII lower-casing keeps every byte offset, so a match found in `lower` slices `flat`.
    let lower = flat.to_ascii_lowercase();
    let mut hints = Hints {
        one_url: lower.contains("exactly one url"),
        comma_list: lower.contains("comma-separated") || lower.contains("comma separated"),
        ..Hints::default()
    };
    for code in backticked(&flat) {
        if code.contains('|') {
            hints.columns = code.split('|').map(|c| c.trim().to_string()).collect();
        } else if code.contains('<') && code.contains('(') {
            hints.full_name_pattern = Some(code.to_string());
        }
    }
    // "up to 3000 characters" / "max 20 characters" / "at most 500 characters".
    for key in ["up to ", "max ", "maximum ", "at most "] {
        if let Some(n) = number_before_chars(&lower, key) {
            hints.max_chars = Some(n);
            break;
        }
    }
    // "the full program name must be < 100 characters": strictly less, so 99 is the limit.
    if let Some(n) = number_before_chars(&lower, "< ") {
        hints.full_name_max = Some(n.saturating_sub(1));
    } else if let Some(n) = number_before_chars(&lower, "<= ") {
        hints.full_name_max = Some(n);
    }
    if hints.full_name_max.is_some() && hints.max_chars == hints.full_name_max.map(|n| n + 1) {
        hints.max_chars = None;
    }
    for key in [
        "required if you selected ",
        "required if you checked ",
        "if you checked ",
        "if you selected ",
        "if you ticked ",
    ] {
        if let Some(at) = lower.find(key) {
            let rest = &flat[at + key.len()..];
            if let Some(end) = rest.to_ascii_lowercase().find(" above") {
                hints.required_if = Some(rest[..end].trim().to_string());
                break;
            }
        }
    }
    hints
}

/// The spans written between backticks.
fn backticked(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('`') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

/// The number in `<key><number> char...` (commas allowed in the number: "3,000").
fn number_before_chars(lower: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = lower[from..].find(key) {
        let start = from + at + key.len();
        let digits: String = lower[start..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .collect();
        let after = lower[start + digits.len()..].trim_start();
        let number: String = digits.chars().filter(char::is_ascii_digit).collect();
        if !number.is_empty() && after.starts_with("char") {
            return number.parse().ok();
        }
        from = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_from_descriptions() {
        let h = read_hints("Up to 3000 characters. This is what applicants see.");
        assert_eq!(h.max_chars, Some(3000));
        let h = read_hints("Up to 3,000 characters.");
        assert_eq!(h.max_chars, Some(3000));
        let h = read_hints(
            "The full name is\n`CNCF - <Project>: <name> (<term>)`, must be < 100 characters.",
        );
        assert_eq!(h.full_name_max, Some(99));
        assert_eq!(h.max_chars, None);
        assert_eq!(
            h.full_name_pattern.as_deref(),
            Some("CNCF - <Project>: <name> (<term>)")
        );
        let h = read_hints("One per line. Format:\n`Full Name | @github-handle | email | LFID`.");
        assert_eq!(h.columns, ["Full Name", "@github-handle", "email", "LFID"]);
        let h = read_hints("Link one issue. Exactly one URL.");
        assert!(h.one_url);
        let h = read_hints("Comma-separated list of languages.");
        assert!(h.comma_list);
        let h =
            read_hints("Required if you selected Coding Challenge above; leave blank otherwise.");
        assert_eq!(h.required_if.as_deref(), Some("Coding Challenge"));
        let h = read_hints(
            "If you checked Custom Prerequisite above, give a name (max 20 characters on LFX).",
        );
        assert_eq!(h.required_if.as_deref(), Some("Custom Prerequisite"));
        assert_eq!(h.max_chars, Some(20));
        assert_eq!(read_hints("Plain words."), Hints::default());
    }

    #[test]
    fn parses_a_small_form() {
        let yaml = "name: T\nbody:\n  - type: markdown\n    attributes: {value: hi}\n  - type: dropdown\n    id: term\n    attributes:\n      label: Term\n      options: [\"2026 Term 3 (Sep-Nov)\"]\n    validations: {required: true}\n  - type: checkboxes\n    id: box\n    attributes:\n      label: Box\n      options:\n        - label: Yes\n        - label: I agree\n          required: true\n";
        let f = parse_form(yaml).unwrap();
        assert_eq!(f.fields.len(), 2);
        assert_eq!(f.fields[0].kind, FieldKind::Dropdown);
        assert!(!f.fields[0].multiple);
        assert!(f.fields[0].required);
        assert_eq!(f.fields[1].options, ["Yes", "I agree"]);
        assert_eq!(f.fields[1].required_options, ["I agree"]);
        assert!(!f.fields[1].required);
    }

    #[test]
    fn rejects_what_is_not_a_form() {
        assert!(parse_form("name: x\n").unwrap_err().contains("no `body`"));
        assert!(parse_form("body: [1, 2]\n")
            .unwrap_err()
            .contains("no input"));
        assert!(parse_form("body: [\n").unwrap_err().contains("line"));
    }
}
