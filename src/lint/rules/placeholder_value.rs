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
    neutral: Some(Level::Error),
    requirement: None,
    summary: "A field holds a placeholder (\"TBD\", \"# \", template text) instead of a value.",
    docs: "Pages are often published from a template before every field is filled in. A field whose value is empty, `TBD`/`TODO`/`N/A`, a lone `#`, or the template's own sample text (`mentor_github`, `<link to issue>`) is reported at its label. A label left empty because its value is written as labels of the same kind below it (`- Mentor(s):` over `- Primary Mentor: ...` lines) is not.",
    hint: "Replace the placeholder with the real value or remove the idea until it is ready.",
    example: "- Mentor(s): TBD",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let fields = &cx.parsed.fields;
    for (i, f) in fields.iter().enumerate() {
        if f.field.is_core() || f.field == Field::Component {
            // `- Mentor(s):` over `- Primary Mentor: ...` lines, `- Description:` over a quoted
            // `> Description: ...`: the label's value is given by the labels of its kind below.
            let continued = f.value.trim().is_empty()
                && fields.get(i + 1).is_some_and(|next| next.field == f.field);
            if continued {
                continue;
            }
            if let Some(p) = placeholder(&f.value) {
                out.at_field(
                    f,
                    format!("{} holds a placeholder ({p})", f.field.template_label()),
                );
            }
        }
    }
}
