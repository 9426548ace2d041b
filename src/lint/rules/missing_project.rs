//! `missing-project`: an idea does not name its project or organisation.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-project",
    level: Level::Error,
    gsoc: None,
    neutral: None,
    requirement: Some(Requirement::Project),
    summary: "An idea does not say which project or organisation it belongs to.",
    docs: "The LFX template groups ideas under a `### Project` heading; an idea outside any project heading (and without an `org:` key) cannot be attributed. Checked only where the profile or `[require]` asks for `project`.",
    hint: "Put the idea under a `### Project` heading or add an `org:` key.",
    example: "## Ideas\n\n#### Orphan idea\n\n- Description: ...",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.requires(Requirement::Project) && cx.idea().org.is_none() {
        let (line, column) = cx.anchor();
        out.emit(
            line,
            column,
            "the idea does not name its project or organisation".into(),
        );
    }
}
