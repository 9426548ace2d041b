//! `ideas validate`: checks idea pages against a programme's expectations and reports findings.
//!
//! The parts, each importing only those below it:
//! - [`check`] the driver: runs the rules over parsed pages at their configured levels;
//! - [`config`] `.ideas.toml`: rule levels, required fields, allowed difficulties;
//! - [`rules`] one check per file, listed in
//!   [`rules::RULES`], described by `schemas/lfx-rules.toml`;
//! - [`context`] what a rule sees (a page, an idea) and how it reports; [`front_keys`] where
//!   front-matter keys are written;
//! - [`controls`] `<!-- ideas-disable rule -->` comments; [`exclude`] `exclude` globs;
//! - [`profile`] which fields a programme requires; [`detect`] which profile a page is of;
//!   [`suggest`] did-you-mean helpers.
//!
//! The renderers in [`crate::render::diagnostics`] print the findings.

pub mod check;
pub mod config;
pub mod context;
pub mod controls;
pub mod detect;
pub mod exclude;
pub mod form_rules;
pub mod front_keys;
pub mod profile;
pub mod rules;
pub mod suggest;

use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Informational; never fails a run (for example a page with no ideas).
    Notice,
    /// Should be fixed; fails the run only with `--deny-warnings`.
    Warning,
    /// Must be fixed; fails the run.
    Error,
}

impl Level {
    /// The lower-case name used in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Notice => "notice",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// The lines of `text` from line `skip` (0-based) on that are outside code fences (a ```` ``` ````
/// or `~~~` line opens one, a line starting with the same marker closes it), with their index.
pub(crate) fn unfenced_lines(text: &str, skip: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut fence: Option<&str> = None;
    text.lines()
        .enumerate()
        .skip(skip)
        .filter(move |(_, line)| {
            let t = line.trim_start();
            for marker in ["```", "~~~"] {
                if t.starts_with(marker) {
                    fence = match fence {
                        None => Some(marker),
                        Some(m) if m == marker => None,
                        other => other,
                    };
                }
            }
            fence.is_none()
        })
}

/// An ATX heading line (`## Text`, indented or not): the number of `#`s (any) and the text
/// after them, untrimmed (empty, or starting with a space or tab).
pub(crate) fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start();
    let rest = t.trim_start_matches('#');
    let level = t.len() - rest.len();
    (level > 0 && (rest.is_empty() || rest.starts_with([' ', '\t']))).then_some((level, rest))
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Path of the file as given on the command line.
    pub path: String,
    /// 1-based line of the offending text.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Level after configuration.
    pub level: Level,
    /// Stable rule id, e.g. `missing-description`.
    pub rule: String,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Title of the idea the finding belongs to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The profile the file was checked under (`lfx`, `gsoc`, `neutral`, `proposal`), set by
    /// `ideas validate` for each file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<&'static str>,
}

impl Finding {
    /// A finding of `rule` at a 1-based `line` and `column`, about the idea titled `title`.
    pub fn new(
        path: &str,
        (line, column): (usize, usize),
        level: Level,
        rule: &str,
        message: String,
        title: Option<String>,
    ) -> Finding {
        let (path, rule, profile) = (path.to_string(), rule.to_string(), None);
        Finding {
            path,
            line,
            column,
            level,
            rule,
            message,
            title,
            profile,
        }
    }
}
