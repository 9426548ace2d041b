//! `non-template-field`: a field written as a YAML-style key.

use crate::lint::context::{Emitter, IdeaContext};

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
