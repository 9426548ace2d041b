//! The rule table: stable ids, default levels, explanations and fix hints.
//!
//! `schemas/lfx-rules.toml` holds the same table as data for other tools; a test keeps the two
//! in agreement.

use super::Level;

/// One rule's metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable id, used in output and in `.ideas.toml`.
    pub id: &'static str,
    /// Level unless configured otherwise.
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

/// Every rule, in the order they are documented.
pub const RULES: &[RuleInfo] = &[
    rule!("missing-title", Error, "An idea has no title.", "Give the idea a heading (`#### Title`) or a `title:` key."),
    rule!("missing-project", Error, "An idea does not say which project or organisation it belongs to.", "Put the idea under a `### Project` heading or add an `org:` key."),
    rule!("missing-description", Error, "An idea has no Description.", "Add `- Description: ...`."),
    rule!("missing-expected-outcome", Error, "An idea has no Expected Outcome.", "Add `- Expected Outcome: ...`."),
    rule!("missing-recommended-skills", Error, "An idea has no Recommended Skills.", "Add `- Recommended Skills: ...`."),
    rule!("missing-mentors", Error, "An idea has no Mentor(s).", "Add `- Mentor(s):` with one `- Name (@github, email)` line per mentor."),
    rule!("missing-upstream-issue", Error, "An idea has no Upstream Issue.", "Add `- Upstream Issue: https://github.com/org/repo/issues/N`."),
    rule!("missing-size", Error, "An idea has no expected size (required by the configuration for this programme).", "Add `- Expected Size: 175 hours` (90, 175 or 350)."),
    rule!("missing-difficulty", Error, "An idea has no difficulty (required by the configuration for this programme).", "Add `- Difficulty: easy | medium | hard`."),
    rule!("placeholder-value", Error, "A field holds a placeholder (\"TBD\", \"# \", template text) instead of a value.", "Replace the placeholder with the real value or remove the idea until it is ready."),
    rule!("unlabelled-field", Warning, "A field is written without the template's label.", "Start the field with the template label, e.g. `- Description:`."),
    rule!("non-template-field", Warning, "A field is written as a YAML-style key instead of a template bullet.", "Write the field as a bullet with the template label, e.g. `- Expected Outcome:`."),
    rule!("misspelt-label", Warning, "A field label is misspelt.", "Use the template label."),
    rule!("mentor-missing-name", Error, "A mentor has no name.", "Write mentors as `Name (@github, email)`."),
    rule!("mentor-missing-github", Warning, "A mentor has no GitHub handle.", "Write mentors as `Name (@github, email)`."),
    rule!("mentor-invalid-github", Error, "A mentor's GitHub handle is not a valid GitHub login.", "GitHub logins are 1-39 letters, digits or single hyphens, not starting or ending with a hyphen."),
    rule!("mentor-missing-email", Warning, "A mentor has no email address.", "Write mentors as `Name (@github, email)`, using the email of their LFX Mentorship account."),
    rule!("mentor-invalid-email", Error, "A mentor's email address is not well formed.", "Write the address as `name@example.org` (no `AT`/`DOT` obfuscation)."),
    rule!("duplicate-mentor", Error, "Two mentors of one idea share a GitHub handle or email.", "List each mentor once."),
    rule!("too-many-mentors", Error, "An idea has more than 4 mentors.", "Keep at most 4 mentors per idea."),
    rule!("too-few-mentors", Warning, "An idea has a single mentor.", "Add a second mentor so the mentee is not left alone."),
    rule!("multiple-upstream-issues", Warning, "An idea lists more than one Upstream Issue.", "Link one tracking issue; mention the others in the description."),
    rule!("upstream-issue-not-url", Error, "The Upstream Issue is not an http(s) URL.", "Link the issue with its full URL, e.g. `https://github.com/org/repo/issues/N`."),
    rule!("duplicate-upstream-issue", Warning, "Two ideas use the same Upstream Issue.", "Give each idea its own tracking issue, or merge the ideas."),
    rule!("duplicate-title", Error, "Two ideas of one project have the same title.", "Make the titles distinct or merge the ideas."),
    rule!("skill-typo", Warning, "A skill looks like a misspelling of a known skill.", "Use the suggested spelling."),
    rule!("invalid-difficulty", Warning, "The difficulty is not a recognised value.", "Use easy, medium or hard (or the values allowed in .ideas.toml)."),
    rule!("size-as-difficulty", Warning, "A size (small, medium, large) is written as the difficulty.", "Put the size in `Expected Size` and give a difficulty: easy, medium or hard."),
    rule!("invalid-size", Warning, "The expected size is not a recognised number of hours.", "Write the size in hours: 90, 175 or 350."),
    rule!("invalid-front-matter", Error, "The front-matter block cannot be read.", "Fix the YAML (`---`) or TOML (`+++`) syntax at the line given."),
    rule!("invalid-encoding", Warning, "The file is not valid UTF-8.", "Save the file as UTF-8."),
    rule!("no-ideas", Notice, "The page holds no ideas.", "Nothing to fix if this is a hub page; exclude it from the check to silence this notice."),
];

/// The metadata of a rule id.
pub fn info(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}
