//! `too-many-mentors`: more than 4 mentors on one idea.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "too-many-mentors",
    level: Level::Error,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "An idea has more than 4 mentors.",
    docs: "LFX Mentorship allows at most 4 mentors per project. GSoC sets no such limit, so the gsoc profile does not apply this rule.",
    hint: "Keep at most 4 mentors per idea.",
    example: "- Mentor(s):\n  - A (@a, a@x.org)\n  - B (@b, b@x.org)\n  - C (@c, c@x.org)\n  - D (@d, d@x.org)\n  - E (@e, e@x.org)",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let n = cx.idea().mentors.len();
    if n > 4 {
        let (line, col) = cx.mentor_spots().anchor;
        out.emit(line, col, format!("{n} mentors; at most 4 are allowed"));
    }
}
