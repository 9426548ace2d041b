//! `multiple-upstream-issues`: more than one Upstream Issue on one idea.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "multiple-upstream-issues",
    level: Level::Warning,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "An idea lists more than one Upstream Issue.",
    docs: "The LFX template asks for exactly one tracking issue per idea, where questions and progress gather.",
    hint: "Link one tracking issue; mention the others in the description.",
    example: "- Upstream Issue:\n  - https://github.com/org/repo/issues/1\n  - https://github.com/org/repo/issues/2",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let n = cx.idea().upstream_issues.len();
    if n > 1 {
        let (line, col) = cx
            .first_label(Field::Upstream)
            .unwrap_or_else(|| cx.anchor());
        out.emit(
            line,
            col,
            format!("{n} upstream issues; the template expects one"),
        );
    }
}
