//! `mentor-missing-name`: a mentor is given only as a handle or email.

use crate::lint::context::{Emitter, IdeaContext};

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for m in &cx.idea().mentors {
        if m.name.is_none() {
            let (line, col) = cx.mentor_spot(m);
            out.emit(line, col, format!("mentor {} has no name", m.label()));
        }
    }
}
