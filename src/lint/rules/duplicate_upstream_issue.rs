//! `duplicate-upstream-issue`: two ideas share one Upstream Issue. Checked by the driver
//! across every page given, since the other idea may be on another page.

use super::{Check, Rule};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "duplicate-upstream-issue",
    level: Level::Warning,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "Two ideas use the same Upstream Issue.",
    docs: "Each idea should have its own tracking issue; two ideas pointing at one issue are usually a copy-and-paste slip or one idea written twice. Every use after the first is reported, on one page or across the pages checked together (a file given twice is read once). The Upstream Issue is a field of the LFX template: only pages checked under the lfx profile take part.",
    hint: "Give each idea its own tracking issue, or merge the ideas.",
    example: "#### Idea A\n- Upstream Issue: https://github.com/org/repo/issues/7\n\n#### Idea B\n- Upstream Issue: https://github.com/org/repo/issues/7",
    check: Check::Driver,
};
