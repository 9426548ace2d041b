//! GitHub issue-form definitions (`.github/ISSUE_TEMPLATE/*.yml`): the fields a body must answer.
//!
//! Only what checking a rendered body needs is kept: each field's id, label, type, `required`,
//! dropdown and checkbox options, and whether its description asks for a comma-separated list.
//! The labels are the sections a body must have (the bot reads the form for exactly that); the
//! bot's limits are its own constants, kept in `schemas/form-rules.toml`, not the descriptions'
//! words. The YAML is read as a generic value: unknown keys and odd shapes are skipped, never
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
    /// The description asks for a comma-separated list ("Comma-separated").
    pub comma_list: bool,
}

/// A parsed issue form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormDef {
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
        let list = attrs
            .and_then(|a| a.get("options"))
            .and_then(Value::as_sequence)
            .map_or(&[][..], Vec::as_slice);
        let options = list
            .iter()
            .filter_map(|o| str_of(Some(o)).or_else(|| str_of(o.get("label"))))
            .collect();
        let required_options = list
            .iter()
            .filter(|o| flag(Some(o), "required"))
            .filter_map(|o| str_of(o.get("label")))
            .collect();
        let required = flag(element.get("validations"), "required");
        let description = str_of(attrs.and_then(|a| a.get("description"))).unwrap_or_default();
        fields.push(FormField {
            id: str_of(element.get("id")).unwrap_or_default(),
            label: label.trim().to_string(),
            kind,
            required,
            options,
            multiple: flag(attrs, "multiple"),
            required_options,
            comma_list: asks_comma_list(&description),
        });
    }
    if fields.is_empty() {
        return Err(
            "not an issue form: the `body` has no input, textarea, dropdown or checkboxes".into(),
        );
    }
    Ok(FormDef { fields })
}

/// `key` of the map `v`, when it is `true`.
fn flag(v: Option<&Value>, key: &str) -> bool {
    v.and_then(|v| v.get(key)).and_then(Value::as_bool) == Some(true)
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// True if a description asks for a comma-separated list.
pub fn asks_comma_list(description: &str) -> bool {
    let lower = description.to_lowercase();
    lower.contains("comma-separated") || lower.contains("comma separated")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comma_lists_from_descriptions() {
        assert!(asks_comma_list("Comma-separated list of languages."));
        assert!(asks_comma_list("comma separated"));
        assert!(!asks_comma_list("Plain words."));
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
