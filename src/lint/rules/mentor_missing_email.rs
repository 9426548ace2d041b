//! `mentor-missing-email`: a mentor has no email address.

use crate::lint::context::{Emitter, IdeaContext};

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for m in &cx.idea().mentors {
        if m.email.is_none() {
            let (line, col) = cx.mentor_spot(m);
            out.emit(
                line,
                col,
                format!("mentor {} has no email address", m.label()),
            );
        }
    }
}
