//! `missing-expected-outcome`: an idea has no Expected Outcome.

use super::{report_missing, Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-expected-outcome",
    level: Level::Error,
    gsoc: Some(Level::Warning),
    neutral: None,
    requirement: Some(Requirement::ExpectedOutcome),
    summary: "An idea has no Expected Outcome.",
    docs: "The Expected Outcome says what the mentee delivers; both the LFX template and GSoC's ideas-list guidance ask for it. An `Expected outcome(s)` heading or label inside the Description counts (the README the LFX bot generates quotes the proposal's `## Expected outcomes` in the description's blockquote).",
    hint: "Add `- Expected Outcome: ...`.",
    example: "#### Harbor CLI\n\n- Description: ...\n- Mentor(s): ...",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.states_outcome();
    report_missing(
        cx,
        out,
        Requirement::ExpectedOutcome,
        present,
        Field::Outcomes,
    );
}
