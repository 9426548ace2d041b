//! `invalid-size`: an expected size that is not a number of hours.

use super::{Check, Rule};
use crate::lint::context::{first_line, placeholder, Emitter, IdeaContext};
use crate::lint::Level;
use crate::parse::fields::Field;
use crate::parse::hours::parse_hours;

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-size",
    level: Level::Warning,
    gsoc: Some(Level::Warning),
    neutral: Some(Level::Warning),
    requirement: None,
    summary: "The expected size is not a recognised number of hours.",
    docs: "Sizes are filtered and counted in hours (90, 175, 350); \"a few weeks\" cannot be.",
    hint: "Write the size in hours: 90, 175 or 350.",
    example: "- Expected Size: a few weeks",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in cx.spans(Field::Size) {
        let v = crate::parse::page::strip_md(&f.value);
        let v = v.trim();
        if !v.is_empty() && placeholder(v).is_none() && parse_hours(v).is_empty() {
            out.at_field(
                f,
                format!("size '{}' is not a number of hours", first_line(v)),
            );
        }
    }
}
