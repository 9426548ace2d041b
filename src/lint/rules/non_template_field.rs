//! `non-template-field`: a field written as a YAML-style key.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "non-template-field",
    level: Level::Warning,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "A field is written as a YAML-style key instead of a template bullet.",
    docs: "Some pages paste YAML (`description: |`) into the Markdown body. It renders as one run-on paragraph on GitHub; the template's bullets render as a list.",
    hint: "Write the field as a bullet with the template label, e.g. `- Expected Outcome:`.",
    example: "#### Harbor CLI\n\ndescription: |\n  Harbor needs a command-line client.",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in &cx.parsed.fields {
        if !f.misspelt
            && !f.heading
            && f.column == 1
            && f.label.chars().next().is_some_and(char::is_lowercase)
            && f.field.is_core()
        {
            let expected = f.field.template_label();
            out.at_field(
                f,
                format!(
                    "'{}:' is written as a YAML-style key; expected '- {expected}:'",
                    f.label
                ),
            );
        }
    }
}
