//! `mentor-missing-email`: a mentor has no email address.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "mentor-missing-email",
    level: Level::Warning,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "A mentor has no email address.",
    docs: "LFX Mentorship links each mentor to their LFX account by email. GSoC mentors register on the programme's site instead, so the gsoc profile does not apply this rule.",
    hint: "Write mentors as `Name (@github, email)`, using the email of their LFX Mentorship account.",
    example: "- Mentor(s):\n  - Mo Nomail (@nomail)",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
