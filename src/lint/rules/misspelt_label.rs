//! `misspelt-label`: a field label is a known misspelling.

use crate::lint::context::{Emitter, IdeaContext};

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
