//! `too-few-mentors`: a single mentor.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "too-few-mentors",
    level: Level::Warning,
    gsoc: Some(Level::Warning),
    neutral: None,
    requirement: None,
    summary: "An idea has a single mentor.",
    docs: "Both programmes recommend two mentors per project, so a mentee is not left alone when one is away.",
    hint: "Add a second mentor so the mentee is not left alone.",
    example: "- Mentor(s):\n  - Ada Keeper (@adakeeper, ada@example.org)",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.idea().mentors.len() == 1 {
        let (line, col) = cx.mentor_spots().anchor;
        out.emit(line, col, "only one mentor; two are recommended".into());
    }
}
