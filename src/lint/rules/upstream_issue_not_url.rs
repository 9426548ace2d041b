//! `upstream-issue-not-url`: the Upstream Issue is text, not a link.

use super::{Check, Rule};
use crate::lint::context::{first_line, placeholder, Emitter, IdeaContext};
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "upstream-issue-not-url",
    level: Level::Error,
    gsoc: None,
    neutral: None,
    requirement: None,
    summary: "The Upstream Issue is not an http(s) URL.",
    docs: "An Upstream Issue field that holds prose (\"see the tracker\") and no URL leaves the mentee nothing to open. Placeholders are reported as `placeholder-value` instead. The Upstream Issue is a field of the LFX template: only the lfx profile applies this rule.",
    hint: "Link the issue with its full URL, e.g. `https://github.com/org/repo/issues/N`.",
    example: "- Upstream Issue: see the tracker",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if !cx.idea().upstream_issues.is_empty() {
        return;
    }
    for f in cx.spans(Field::Upstream) {
        let v = f.value.trim();
        if !v.is_empty() && placeholder(v).is_none() {
            out.at_field(f, format!("'{}' is not an http(s) URL", first_line(v)));
        }
    }
}
