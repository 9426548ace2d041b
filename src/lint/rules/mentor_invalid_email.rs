//! `mentor-invalid-email`: a mentor's email address is not well formed.

use crate::lint::context::{Emitter, IdeaContext};
use crate::parse::mentors::is_valid_email;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let spots = cx.mentor_spots();
    let (from, to) = spots.lines;
    for m in &cx.idea().mentors {
        if let Some(e) = m.email.as_deref().filter(|e| !is_valid_email(e)) {
            let (line, col) = cx
                .page
                .locate(e, from, to)
                .unwrap_or_else(|| cx.mentor_spot(m));
            out.emit(
                line,
                col,
                format!(
                    "mentor {}: '{e}' is not a well-formed email address",
                    m.label()
                ),
            );
        }
    }
}
