//! `missing-project`: an idea does not name its project or organisation.

use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.requires(Requirement::Project) && cx.idea().org.is_none() {
        let (line, column) = cx.anchor();
        out.emit(
            line,
            column,
            "the idea does not name its project or organisation".into(),
        );
    }
}
