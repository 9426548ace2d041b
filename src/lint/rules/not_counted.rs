//! `not-counted`: a section the parser left out on purpose, named with the reason.
//!
//! Withdrawn ideas ("(taken)", "no longer offered"), lists of completed or past projects, and
//! templates look like ideas but are not offered. They are not counted, which is right; this
//! notice says so where it happens, so a maintainer who expected one more idea in `ideas list`
//! sees why. It never fails a run.

use super::{Check, Rule};
use crate::lint::context::{Emitter, PageContext};
use crate::lint::Level;
use crate::parse::SkipReason;

/// The rule.
pub const RULE: Rule = Rule {
    id: "not-counted",
    level: Level::Notice,
    gsoc: Some(Level::Notice),
    neutral: Some(Level::Notice),
    requirement: None,
    summary: "A section shaped like an idea is not counted: it is withdrawn, a past project or a template.",
    docs: "The parser leaves out sections that look like ideas but are not offered: ideas marked \"(taken)\" or saying they are no longer offered, sections listing completed or past projects, and templates or examples for writing ideas. This notice names each with the reason, so the count of ideas on a page can be explained. A notice only: it never fails a run.",
    hint: "Nothing to fix if the section is meant to be left out; if it is an idea on offer, remove the marker ('(taken)', 'no longer offered') or move it out of the past-projects or template section.",
    example: "### Coral colour classifier (taken)\n\n- Description: Classify coral colours.\n- Mentors: Bo Chen (@bochen)",
    check: Check::Page(check),
};

fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    for s in cx.skipped {
        if matches!(
            s.reason,
            SkipReason::Withdrawn | SkipReason::PastProjects | SkipReason::Template
        ) {
            let message = format!("'{}' is not counted as an idea: {}", s.title, s.reason);
            out.emit_about(&s.title, s.line, 1, message);
        }
    }
}
