//! `mentor-missing-name`: a mentor is given only as a handle or email.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "mentor-missing-name",
    level: Level::Error,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "A mentor has no name.",
    docs: "The LFX template writes mentors as `Name (@github, email)`; the LFX platform matches mentors by name and email. GSoC pages commonly list mentors by handle alone, so the gsoc profile does not apply this rule.",
    hint: "Write mentors as `Name (@github, email)`.",
    example: "- Mentor(s):\n  - @onlyhandle",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for m in &cx.idea().mentors {
        if m.name.is_none() {
            let (line, col) = cx.mentor_spot(m);
            out.emit(line, col, format!("mentor {} has no name", m.label()));
        }
    }
}
