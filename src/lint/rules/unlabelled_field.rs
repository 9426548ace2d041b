//! `unlabelled-field`: the description is written without its label.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "unlabelled-field",
    level: Level::Warning,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "A field is written without the template's label.",
    docs: "A paragraph right below an idea's heading is read as its description, but tools that expect the template (and readers skimming for `Description:`) miss it. Reported where a description is required.",
    hint: "Start the field with the template label, e.g. `- Description:`.",
    example: "#### Harbor CLI\n\nHarbor needs a command-line client.\n\n- Mentor(s): ...",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if let Some(line) = cx.parsed.unlabelled_description {
        if cx.requires(Requirement::Description) {
            out.emit(
                line,
                cx.page.indent_column(line),
                "the description has no label; expected 'Description:'".into(),
            );
        }
    }
}
