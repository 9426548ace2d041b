//! `no-ideas`: a page with no ideas on it.

use crate::lint::context::{Emitter, PageContext};

pub(super) fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    if cx.ideas.is_empty() {
        out.emit(1, 1, "no ideas found on this page".into());
    }
}
