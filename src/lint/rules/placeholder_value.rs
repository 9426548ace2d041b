//! `placeholder-value`: a field holds "TBD", "# " or template text.

use crate::lint::context::{placeholder, Emitter, IdeaContext};
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
