//! The issue-form rules: stable ids, default levels, explanations and fix hints.
//!
//! Kept apart from the page rules ([`crate::lint::rules::RULES`]) in their own table because they check a different
//! thing (an issue body answering a form, as the CNCF's proposal bot does) and share no id. The
//! same table is data in `schemas/form-rules.toml`, with the bot check each rule mirrors; a test
//! keeps the two in agreement. Levels follow the bot: what keeps a proposal from "Validation
//! Passed" is an error, what the bot only labels or comments on is a warning.

use super::Level;

/// One form rule's metadata (the page rules carry more: profiles, docs, a check).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable id, used in output.
    pub id: &'static str,
    /// Level, as the bot treats it.
    pub level: Level,
    /// One-line explanation.
    pub summary: &'static str,
    /// How to fix it.
    pub hint: &'static str,
}

macro_rules! rule {
    ($id:literal, $level:ident, $summary:literal, $hint:literal) => {
        RuleInfo {
            id: $id,
            level: Level::$level,
            summary: $summary,
            hint: $hint,
        }
    };
}

/// Every form rule, in the order they are documented.
pub const RULES: &[RuleInfo] = &[
    rule!("form-required", Error, "A field the form requires is missing or left empty (`_No response_`).", "Edit the issue and answer the field."),
    rule!("form-unknown-option", Error, "A dropdown answer is not one of the form's options.", "Pick one of the options the form lists (edit the issue with the form, not by hand)."),
    rule!("form-invalid-term", Error, "The Term is not a term the form offers.", "Choose the term the form offers, e.g. `2026 Term 3 (Sep-Nov)`."),
    rule!("form-name-too-long", Error, "The full LFX program name `CNCF - <project>: <program name> (<YYYY Term N>)` is over the form's budget.", "Shorten the Program Name; the project and term are added to it on LFX."),
    rule!("form-too-long", Error, "An answer is longer than the limit the form states (the description: 3000 characters on LFX).", "Shorten the answer; link longer material from the upstream issue."),
    rule!("form-list-format", Warning, "A comma-separated field is written as lines, bullets or with empty items.", "Write the items on one line separated by commas: `Go, Kubernetes, gRPC`."),
    rule!("form-skills-missing", Error, "Neither the \"Skills same as Technologies?\" box is ticked nor the skills field filled.", "Tick the box when the skills are the technologies, or list the skills."),
    rule!("form-skills-conflict", Warning, "The \"Skills same as Technologies?\" box is ticked and the skills field is filled too; the export uses the technologies.", "Untick the box to use the skills field, or empty the skills field."),
    rule!("form-mentor-fields", Error, "A mentor line does not have the form's fields `Full Name | @github-handle | email | LFID`.", "Write one mentor per line: `Full Name | @handle | email | LFID`."),
    rule!("form-mentor-name", Error, "A mentor line has no name.", "Start the line with the mentor's full name."),
    rule!("form-mentor-handle", Error, "A mentor's GitHub handle is missing, lacks its `@`, or is not a valid GitHub login.", "Write the handle as `@login` (letters, digits and single hyphens, at most 39)."),
    rule!("form-mentor-email", Error, "A mentor's email is missing or not well formed; LFX cannot invite a mentor without one.", "Give the email of the mentor's LFID account, e.g. `jane@example.org`."),
    rule!("form-mentor-lfid", Error, "A mentor has no LFID; the proposal cannot pass or be loaded into LFX without it.", "Add the mentor's LF username (openprofile.dev) as the last field."),
    rule!("form-mentor-duplicate", Error, "Two mentor lines share a GitHub handle, email or LFID.", "List each mentor once."),
    rule!("form-mentor-count", Error, "More mentors than LFX takes (4).", "Keep at most 4 mentors: one primary and three co-mentors."),
    rule!("form-mentor-single", Warning, "The program has a single mentor.", "Add a co-mentor so the mentee is not left alone."),
    rule!("form-upstream-not-url", Error, "The Upstream Issue URL is not one bare http(s) URL (a Markdown link, `org/repo#1`, or text around the URL).", "Paste the issue's full URL alone: `https://github.com/org/repo/issues/N`."),
    rule!("form-upstream-multiple", Error, "The Upstream Issue URL holds more than one URL.", "Open an umbrella issue that links the others and give its URL alone."),
    rule!("form-required-if", Error, "A field the form requires when a box is ticked is empty (the Coding Challenge URL, the custom prerequisite's name).", "Fill in the field, or untick the box."),
    rule!("form-unticked", Warning, "A field that belongs to a box is filled but the box is not ticked, so LFX ignores it.", "Tick the box, or empty the field."),
    rule!("form-not-url", Error, "A URL field does not hold one http(s) URL.", "Paste the full URL alone, e.g. `https://github.com/org/repo`."),
    rule!("form-over-quota", Warning, "A project has more proposals for one term than its quota (`quotas.yml`); the bot labels the issue \"Over Quota\".", "Withdraw a proposal or ask the program admins to confirm the exception."),
];

/// The metadata of a form rule id.
pub fn info(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}
