//! `multiple-upstream-issues`: more than one Upstream Issue on one idea.

use crate::lint::context::{Emitter, IdeaContext};
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let n = cx.idea().upstream_issues.len();
    if n > 1 {
        let (line, col) = cx
            .first_label(Field::Upstream)
            .unwrap_or_else(|| cx.anchor());
        out.emit(
            line,
            col,
            format!("{n} upstream issues; the template expects one"),
        );
    }
}
