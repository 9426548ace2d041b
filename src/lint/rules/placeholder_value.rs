//! `placeholder-value`: a field holds "TBD", "# " or template text.

use super::{Check, Rule};
use crate::lint::context::{placeholder, Emitter, IdeaContext};
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "placeholder-value",
    level: Level::Error,
    gsoc: Some(Level::Error),
    requirement: None,
    summary: "A field holds a placeholder (\"TBD\", \"# \", template text) instead of a value.",
    docs: "Pages are often published from a template before every field is filled in. A field whose value is empty, `TBD`/`TODO`/`N/A`, a lone `#`, or the template's own sample text (`mentor_github`, `<link to issue>`) is reported at its label.",
    hint: "Replace the placeholder with the real value or remove the idea until it is ready.",
    example: "- Mentor(s): TBD",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in &cx.parsed.fields {
        if f.field.is_core() || f.field == Field::Component {
            if let Some(p) = placeholder(&f.value) {
                out.at_field(
                    f,
                    format!("{} holds a placeholder ({p})", f.field.template_label()),
                );
            }
        }
    }
}
