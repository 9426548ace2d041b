//! `too-many-mentors`: more than 4 mentors on one idea.

use crate::lint::context::{Emitter, IdeaContext};

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let n = cx.idea().mentors.len();
    if n > 4 {
        let (line, col) = cx.mentor_spots().anchor;
        out.emit(line, col, format!("{n} mentors; at most 4 are allowed"));
    }
}
