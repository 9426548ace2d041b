//! `mentor-invalid-email`: a mentor's email address is not well formed.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;
use crate::parse::mentors::is_valid_email;

/// The rule.
pub const RULE: Rule = Rule {
    id: "mentor-invalid-email",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: Some(Level::Error),
    requirement: None,
    summary: "A mentor's email address is not well formed.",
    docs: "Addresses that are not well formed (a typo, a missing domain) cannot be matched to an account; obfuscated ones that decode (`name AT example DOT org`) are read as the address they spell. Reported at the address.",
    hint: "Write the address as `name@example.org` (no `AT`/`DOT` obfuscation).",
    example: "- Mentor(s):\n  - Obfus Cated (@obfus, obfus@example)",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let spots = cx.mentor_spots();
    let (from, to) = spots.lines;
    for m in &cx.idea().mentors {
        if let Some(e) = m.email.as_deref().filter(|e| !is_valid_email(e)) {
            let (line, col) = cx
                .page
                .locate(e, from, to)
                .unwrap_or_else(|| cx.mentor_spot(m));
            out.emit(
                line,
                col,
                format!(
                    "mentor {}: '{e}' is not a well-formed email address",
                    m.label()
                ),
            );
        }
    }
}
