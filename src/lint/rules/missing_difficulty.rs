//! `missing-difficulty`: an idea has no difficulty.

use super::{report_missing, Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-difficulty",
    level: Level::Error,
    gsoc: Some(Level::Warning),
    neutral: None,
    requirement: Some(Requirement::Difficulty),
    summary: "An idea has no difficulty (required by the configuration for this programme).",
    docs: "GSoC's ideas-list guidance asks for an easy, medium or hard rating so newcomers can pick. Checked where the profile or `[require]` asks for `difficulty`.",
    hint: "Add `- Difficulty: easy | medium | hard`.",
    example: "#### Anchor registry\n\n- Description: ...\n- Expected Size: 175 hours",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.idea().difficulty.is_some();
    report_missing(cx, out, Requirement::Difficulty, present, Field::Difficulty);
}
