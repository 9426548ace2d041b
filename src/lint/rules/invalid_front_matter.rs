//! `invalid-front-matter`: a front-matter block that cannot be read. Reported by the driver
//! from the parser's warnings.

use super::{Check, Rule};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-front-matter",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: Some(Level::Error),
    requirement: None,
    summary: "The front-matter block cannot be read.",
    docs: "A YAML (`---`) or TOML (`+++`) block that does not parse, or that is never closed, is skipped: the facts it holds are lost. Reported at the line the YAML or TOML reader names. A fenced YAML or TOML block of an idea's fields that does not parse is reported here too: its idea is lost.",
    hint: "Fix the YAML (`---`) or TOML (`+++`) syntax at the line given.",
    example: "+++\ntitle = = 1\n+++",
    check: Check::Driver,
};
