//! `missing-description`: an idea has no Description.

use super::{report_missing, Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-description",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: Some(Level::Error),
    requirement: Some(Requirement::Description),
    summary: "An idea has no Description.",
    docs: "Mentees choose ideas by their description. An idea whose description is written without a label is reported as `unlabelled-field` instead.",
    hint: "Add `- Description: ...`.",
    example: "#### Harbor CLI\n\n- Expected Outcome: ...\n- Mentor(s): ...",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.parsed.unlabelled_description.is_some() && cx.requires(Requirement::Description) {
        return;
    }
    let present = cx.idea().description.is_some();
    report_missing(
        cx,
        out,
        Requirement::Description,
        present,
        Field::Description,
    );
}
