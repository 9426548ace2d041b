//! `missing-mentors`: an idea has no Mentor(s).

use super::{report_missing, Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-mentors",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: Some(Level::Error),
    requirement: Some(Requirement::Mentors),
    summary: "An idea has no Mentor(s).",
    docs: "Every programme needs a mentor a prospective mentee can contact about the idea.",
    hint: "Add `- Mentor(s):` with one `- Name (@github, email)` line per mentor.",
    example: "#### Harbor CLI\n\n- Description: ...\n- Recommended Skills: Go",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().mentors.is_empty();
    report_missing(cx, out, Requirement::Mentors, present, Field::Mentors);
}
