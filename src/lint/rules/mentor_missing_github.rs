//! `mentor-missing-github`: a mentor has no GitHub handle.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "mentor-missing-github",
    level: Level::Warning,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "A mentor has no GitHub handle.",
    docs: "Mentees reach mentors on the project's issues and pull requests; a GitHub handle makes that possible.",
    hint: "Write mentors as `Name (@github, email)`.",
    example: "- Mentor(s):\n  - Nia Noe (nia@example.org)",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for m in &cx.idea().mentors {
        if m.github.is_none() {
            let (line, col) = cx.mentor_spot(m);
            out.emit(
                line,
                col,
                format!("mentor {} has no GitHub handle", m.label()),
            );
        }
    }
}
