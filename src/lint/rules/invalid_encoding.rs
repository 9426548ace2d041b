//! `invalid-encoding`: a file that is not UTF-8. Reported by the driver while reading.

use super::{Check, Rule};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-encoding",
    level: Level::Warning,
    gsoc: Some(Level::Warning),
    neutral: Some(Level::Warning),
    requirement: None,
    summary: "The file is not valid UTF-8.",
    docs: "Pages are read as UTF-8; undecodable bytes are replaced so the rest is still checked. Reported at the line of the first bad byte.",
    hint: "Save the file as UTF-8.",
    example: "- Mentor(s): Jos\\xe9 (Latin-1)",
    check: Check::Driver,
};
