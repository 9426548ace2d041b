//! `missing-upstream-issue`: an idea has no Upstream Issue.

use super::{report_missing, Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-upstream-issue",
    level: Level::Error,
    gsoc: None,
    neutral: None,
    requirement: Some(Requirement::UpstreamIssue),
    summary: "An idea has no Upstream Issue.",
    docs: "The LFX template links each idea to one tracking issue in the project's repository, where mentees ask questions. GSoC does not ask for one.",
    hint: "Add `- Upstream Issue: https://github.com/org/repo/issues/N`.",
    example: "#### Harbor CLI\n\n- Description: ...\n- Mentor(s): ...",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().upstream_issues.is_empty();
    report_missing(
        cx,
        out,
        Requirement::UpstreamIssue,
        present,
        Field::Upstream,
    );
}
