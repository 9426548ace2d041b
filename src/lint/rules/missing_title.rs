//! `missing-title`: an idea has no title.

use crate::lint::context::{Emitter, IdeaContext};

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.idea().title.trim().is_empty() {
        out.emit(cx.line(), 1, "the idea has no title".into());
    }
}
