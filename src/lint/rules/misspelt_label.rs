//! `misspelt-label`: a field label is a known misspelling.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "misspelt-label",
    level: Level::Warning,
    gsoc: Some(Level::Warning),
    neutral: Some(Level::Warning),
    requirement: None,
    summary: "A field label is misspelt.",
    docs: "The parser accepts common misspellings (\"Descrption\", \"Metor(s)\") so the idea is still read, but other tools and search engines will not.",
    hint: "Use the template label.",
    example: "- Descrption: Harbor needs a command-line client.",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in &cx.parsed.fields {
        if f.misspelt {
            let expected = f.field.template_label();
            out.at_field(
                f,
                format!("label '{}' looks misspelt; expected '{expected}'", f.label),
            );
        }
    }
}
