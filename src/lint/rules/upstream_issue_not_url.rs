//! `upstream-issue-not-url`: the Upstream Issue is text, not a link.

use crate::lint::context::{first_line, placeholder, Emitter, IdeaContext};
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if !cx.idea().upstream_issues.is_empty() {
        return;
    }
    for f in cx.spans(Field::Upstream) {
        let v = f.value.trim();
        if !v.is_empty() && placeholder(v).is_none() {
            out.at_field(f, format!("'{}' is not an http(s) URL", first_line(v)));
        }
    }
}
