//! `missing-recommended-skills`: an idea has no Recommended Skills.

use super::{report_missing, Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-recommended-skills",
    level: Level::Error,
    gsoc: Some(Level::Warning),
    neutral: None,
    requirement: Some(Requirement::Skills),
    summary: "An idea has no Recommended Skills.",
    docs: "Skills are how mentees search for ideas (`ideas list --skill go`); an idea without them is only found by its text.",
    hint: "Add `- Recommended Skills: ...`.",
    example: "#### Harbor CLI\n\n- Description: ...\n- Mentor(s): ...",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.idea().skills_raw.is_some();
    report_missing(cx, out, Requirement::Skills, present, Field::Skills);
}
