//! `missing-title`: an idea has no title.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-title",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: Some(Level::Error),
    requirement: None,
    summary: "An idea has no title.",
    docs: "An idea is found and listed by its title. A heading whose text is empty, or a canonical idea file whose front-matter has idea keys (mentors, skills, ...) but no `title:`, gives an idea nobody can name. The driver also reports the parser's untitled idea files under this id.",
    hint: "Give the idea a heading (`#### Title`) or a `title:` key.",
    example: "---\nmentors: [\"Ada Lee (@adalee, ada@example.org)\"]\nskills: [Go]\n---",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.idea().title.trim().is_empty() {
        out.emit(cx.line(), 1, "the idea has no title".into());
    }
}
