//! `not-counted`: a section the parser left out on purpose, named with the reason.
//!
//! Withdrawn ideas ("(taken)", "no longer offered"), lists of completed or past projects, and
//! templates look like ideas but are not offered. They are not counted, which is right; this
//! notice says so where it happens, so a maintainer who expected one more idea in `ideas list`
//! sees why. It never fails a run.

use crate::lint::context::{Emitter, PageContext};
use crate::parse::SkipReason;

pub(super) fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    for s in cx.skipped {
        if matches!(
            s.reason,
            SkipReason::Withdrawn | SkipReason::PastProjects | SkipReason::Template
        ) {
            let message = format!("'{}' is not counted as an idea: {}", s.title, s.reason);
            out.emit_about(&s.title, s.line, 1, message);
        }
    }
}
