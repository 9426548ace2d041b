//! `missing-size`: an idea has no expected size.

use super::{report_missing, Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-size",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: None,
    requirement: Some(Requirement::Size),
    summary: "An idea has no expected size (required by the configuration for this programme).",
    docs: "GSoC projects are 90, 175 or 350 hours and the ideas list states which. Checked where the profile or `[require]` asks for `size`.",
    hint: "Add `- Expected Size: 175 hours` (90, 175 or 350).",
    example: "#### Anchor registry\n\n- Description: ...\n- Difficulty: medium",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().hours.is_empty();
    report_missing(cx, out, Requirement::Size, present, Field::Size);
}
