//! `mentor-invalid-github`: a mentor's handle cannot be a GitHub login.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;
use crate::parse::mentors::is_valid_github_handle;

/// The rule.
pub const RULE: Rule = Rule {
    id: "mentor-invalid-github",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: Some(Level::Error),
    requirement: None,
    summary: "A mentor's GitHub handle is not a valid GitHub login.",
    docs: "GitHub logins are 1 to 39 letters, digits or single hyphens; an underscore or a trailing hyphen means a typo or a handle from another site. Reported at the handle.",
    hint: "GitHub logins are 1-39 letters, digits or single hyphens, not starting or ending with a hyphen.",
    example: "- Mentor(s):\n  - Bad Handle (@bad_handle, bad@example.org)",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
