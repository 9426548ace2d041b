//! `no-ideas`: a page with no ideas on it.

use super::{Check, Rule};
use crate::lint::context::{Emitter, PageContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "no-ideas",
    level: Level::Warning,
    gsoc: Some(Level::Warning),
    neutral: Some(Level::Warning),
    requirement: None,
    summary: "The page holds no ideas.",
    docs: "A hub page, a template or a page in a layout the parser does not read. A warning, so that a page is never passed silently: it fails a run only with `--deny-warnings`. A proposal issue body is checked by the form instead (it is recognised by its sections; `--profile proposal` makes every input one).",
    hint: "Nothing to fix if this is a hub page; exclude it from the check, or set `no-ideas = \"off\"` in `[rules]`.",
    example: "# Mentorship\n\nSee the programme folders for this year's ideas.",
    check: Check::Page(check),
};

fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    if cx.ideas.is_empty() {
        out.emit(1, 1, "no ideas found on this page".into());
    }
}
