//! `too-few-mentors`: a single mentor.

use crate::lint::context::{Emitter, IdeaContext};

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.idea().mentors.len() == 1 {
        let (line, col) = cx.mentor_spots().anchor;
        out.emit(line, col, "only one mentor; two are recommended".into());
    }
}
