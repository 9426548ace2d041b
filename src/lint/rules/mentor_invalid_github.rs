//! `mentor-invalid-github`: a mentor's handle cannot be a GitHub login.

use crate::lint::context::{Emitter, IdeaContext};
use crate::parse::mentors::is_valid_github_handle;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let spots = cx.mentor_spots();
    let (from, to) = spots.lines;
    for m in &cx.idea().mentors {
        if let Some(g) = m.github.as_deref().filter(|g| !is_valid_github_handle(g)) {
            let (line, col) = cx
                .page
                .locate(g, from, to)
                .unwrap_or_else(|| cx.mentor_spot(m));
            out.emit(
                line,
                col,
                format!("mentor {}: '{g}' is not a valid GitHub handle", m.label()),
            );
        }
    }
}
