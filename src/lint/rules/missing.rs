//! The `missing-*` rules that are not a field's absence alone (those are [`super::Check::Missing`]).

use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;

/// `missing-title`: an idea has no title.
pub(super) fn missing_title(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.idea().title.trim().is_empty() {
        out.emit(cx.line(), 1, "the idea has no title".into());
    }
}

/// `missing-project`: an idea does not name its project or organisation.
pub(super) fn missing_project(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.requires(Requirement::Project) && cx.idea().org.is_none() {
        let (line, column) = cx.anchor();
        out.emit(
            line,
            column,
            "the idea does not name its project or organisation".into(),
        );
    }
}
