//! `no-ideas`: a page with no ideas on it.

use super::{Check, Rule};
use crate::lint::context::{Emitter, PageContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "no-ideas",
    level: Level::Notice,
    gsoc: Some(Level::Notice),
    requirement: None,
    summary: "The page holds no ideas.",
    docs: "A hub page, a template or a page in a layout the parser does not read. A notice only: it never fails a run.",
    hint: "Nothing to fix if this is a hub page; exclude it from the check to silence this notice.",
    example: "# Mentorship\n\nSee the programme folders for this year's ideas.",
    check: Check::Page(check),
};

fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    if cx.ideas.is_empty() {
        out.emit(1, 1, "no ideas found on this page".into());
    }
}
