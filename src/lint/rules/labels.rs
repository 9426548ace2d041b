//! The rules about labels: text without one, labels outside the template, misspelt ones.

use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;

/// `unlabelled-field`: the description is written without its label.
pub(super) fn unlabelled_field(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if let Some(line) = cx.parsed.unlabelled_description {
        if cx.requires(Requirement::Description) {
            out.emit(
                line,
                cx.page.indent_column(line),
                "the description has no label; expected 'Description:'".into(),
            );
        }
    }
}

/// `non-template-field`: a field written as a YAML-style key.
pub(super) fn non_template_field(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in &cx.parsed.fields {
        if !f.misspelt
            && !f.heading
            && f.column == 1
            && f.label.chars().next().is_some_and(char::is_lowercase)
            && f.field.is_core()
        {
            let expected = f.field.template_label();
            out.emit(
                f.line,
                f.column,
                format!(
                    "'{}:' is written as a YAML-style key; expected '- {expected}:'",
                    f.label
                ),
            );
        }
    }
}

/// `misspelt-label`: a field label is a known misspelling.
pub(super) fn misspelt_label(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in &cx.parsed.fields {
        if f.misspelt {
            let expected = f.field.template_label();
            out.emit(
                f.line,
                f.column,
                format!("label '{}' looks misspelt; expected '{expected}'", f.label),
            );
        }
    }
}
