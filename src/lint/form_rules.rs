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
    rule!("form-required", Error, "A field the bot requires (CNCF Project, Term, Program Name, Program Description, Technologies, Mentors, Upstream Issue URL) or the form marks `required` is missing or left empty (`_No response_`).", "Edit the issue and answer the field."),
    rule!("form-missing-sections", Error, "The body lacks one or more of the form's sections (`### Label` exactly as the form writes it): renamed, re-cased or from an earlier edition of the form.", "Re-submit the proposal with the current template, or restore the `### Label` lines as the form writes them."),
    rule!("form-unknown-option", Warning, "A dropdown answer is not one of the form's options.", "Pick one of the options the form lists (edit the issue with the form, not by hand)."),
    rule!("form-invalid-term", Warning, "The Term is not a term the form offers.", "Choose the term the form offers, e.g. `2026 Term 3 (Sep-Nov)`."),
    rule!("form-name-too-long", Error, "The Program Name does not fit the LFX title `CNCF - <project>: <program name> (<term>)` of at most 100 characters.", "Shorten the Program Name; the project and term are added to it on LFX."),
    rule!("form-too-long", Error, "An answer is longer than the bot allows: the description 3000 characters, the custom prerequisite's name 20 and its description 500.", "Shorten the answer; link longer material from the upstream issue."),
    rule!("form-list-format", Warning, "A comma-separated field is written as lines, bullets or with empty items.", "Write the items on one line separated by commas: `Go, Kubernetes, gRPC`."),
    rule!("form-skills-missing", Error, "Neither the \"Skills same as Technologies?\" box is ticked nor the skills field filled.", "Tick the box when the skills are the technologies, or list the skills."),
    rule!("form-skills-conflict", Warning, "The \"Skills same as Technologies?\" box is ticked and the skills field is filled too; the export uses the technologies.", "Untick the box to use the skills field, or empty the skills field."),
    rule!("form-mentor-fields", Error, "A mentor line does not have 3 or 4 `|`-separated fields (`Full Name | @github-handle | email | LFID`): a trailing pipe, a table row, a fence line or prose.", "Write one mentor per line: `Full Name | @handle | email | LFID`, without outer pipes."),
    rule!("form-mentor-name", Error, "A mentor line has no name.", "Start the line with the mentor's full name."),
    rule!("form-mentor-handle", Error, "A mentor's GitHub handle is not `@` and a GitHub login.", "Write the handle as `@login` (letters, digits and single hyphens, at most 39)."),
    rule!("form-mentor-email", Error, "A mentor's email is not an email address.", "Give the email of the mentor's LFID account, e.g. `jane@example.org`."),
    rule!("form-mentor-lfid", Error, "A mentor line has no LFID (no fourth field, or an empty one).", "Add the mentor's LF username (openprofile.dev) as the fourth field."),
    rule!("form-mentor-lfid-invalid", Error, "A mentor's LFID is not an LF username (it holds a space, `@` or `/`).", "Give the LF username alone, e.g. `janedoe`, not `@janedoe` or a profile URL."),
    rule!("form-mentor-duplicate", Error, "Two mentor lines share a GitHub handle, email or LFID (case ignored).", "List each mentor once."),
    rule!("form-mentor-count", Error, "More than 4 mentor lines.", "Keep at most 4 mentors: one primary and three co-mentors."),
    rule!("form-mentor-single", Warning, "The program has a single mentor.", "Add a co-mentor so the mentee is not left alone."),
    rule!("form-upstream-not-url", Error, "The Upstream Issue URL is not one bare http(s) URL (a Markdown link, `<...>`, upper-case scheme, text around it, or two URLs apart).", "Paste the issue's full URL alone: `https://github.com/org/repo/issues/N`."),
    rule!("form-upstream-multiple", Error, "The Upstream Issue URL holds several URLs joined by commas.", "Open an umbrella issue that links the others and give its URL alone."),
    rule!("form-required-if", Error, "A field a ticked box needs is empty: the Coding Challenge URL, the custom prerequisite's name or description.", "Fill in the field, or untick the box."),
    rule!("form-unticked", Error, "A field that belongs to a box is filled but the box is not ticked, so it would not reach LFX.", "Tick the box, or empty the field."),
    rule!("form-not-url", Error, "The Coding Challenge URL is not an http(s) URL.", "Paste the full URL alone, e.g. `https://github.com/org/repo`."),
    rule!("form-over-quota", Warning, "A project has more proposals for one term than its quota (`quotas.yml`); the bot labels the issue \"Over Quota\".", "Withdraw a proposal or ask the program admins to confirm the exception."),
];

/// The metadata of a form rule id.
pub fn info(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}
