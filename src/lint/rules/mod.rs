//! The rules of `ideas validate`, one per file: each file holds its rule's id, default level,
//! summary, longer docs, fix hint, an example of what it catches, and its check.
//!
//! [`RULES`] lists them in the order they are documented. `schemas/lfx-rules.toml` holds the same
//! table as data for other tools; a test (tests/schemas.rs) keeps the two in agreement. The driver
//! ([`super::check`]) runs the checks; the rules never read files or configuration themselves.

use super::context::{Emitter, IdeaContext, PageContext};
use super::profile::{Profile, Requirement};
use super::Level;
use crate::parse::fields::Field;

mod duplicate_mentor;
mod duplicate_title;
mod duplicate_upstream_issue;
mod incomplete_idea;
mod invalid_difficulty;
mod invalid_encoding;
mod invalid_front_matter;
mod invalid_size;
mod mentor_invalid_email;
mod mentor_invalid_github;
mod mentor_missing_email;
mod mentor_missing_github;
mod mentor_missing_name;
mod missing_description;
mod missing_difficulty;
mod missing_expected_outcome;
mod missing_mentors;
mod missing_project;
mod missing_recommended_skills;
mod missing_size;
mod missing_title;
mod missing_upstream_issue;
mod misspelt_label;
mod multiple_upstream_issues;
mod no_ideas;
mod non_template_field;
mod not_counted;
mod placeholder_value;
mod size_as_difficulty;
mod skill_typo;
mod too_few_mentors;
mod too_many_mentors;
mod unknown_rule_in_comment;
mod unlabelled_field;
mod upstream_issue_not_url;

/// How a rule looks at the input.
#[derive(Clone, Copy)]
pub enum Check {
    /// Looks at one idea at a time.
    Idea(fn(&IdeaContext<'_>, &mut Emitter<'_>)),
    /// Looks at a whole page (its ideas together, or what is not an idea).
    Page(fn(&PageContext<'_>, &mut Emitter<'_>)),
    /// Reported by the driver: while reading a file (encoding, front-matter) or across pages
    /// (an upstream issue used twice).
    Driver,
}

/// One rule: its metadata and its check.
#[derive(Clone, Copy)]
pub struct Rule {
    /// Stable id, used in output and in `.ideas.toml`.
    pub id: &'static str,
    /// Level in the `lfx` profile (and the level shown where no profile applies), unless
    /// configured otherwise.
    pub level: Level,
    /// Level in the `gsoc` profile; `None` where GSoC does not ask for what the rule checks.
    pub gsoc: Option<Level>,
    /// Level in the `neutral` profile; `None` for what only a programme's template asks for.
    pub neutral: Option<Level>,
    /// The field whose absence the rule reports (the `missing-*` rules): such a rule applies
    /// exactly when the profile, or `[require]` in `.ideas.toml`, requires the field.
    pub requirement: Option<Requirement>,
    /// One-line explanation.
    pub summary: &'static str,
    /// A longer explanation: why the rule exists and what it looks at (`--explain`).
    pub docs: &'static str,
    /// How to fix it.
    pub hint: &'static str,
    /// A few lines of a page that the rule reports.
    pub example: &'static str,
    /// The check.
    pub check: Check,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("level", &self.level)
            .finish_non_exhaustive()
    }
}

/// Every rule, in the order they are documented.
pub const RULES: &[Rule] = &[
    missing_title::RULE,
    missing_project::RULE,
    missing_description::RULE,
    missing_expected_outcome::RULE,
    missing_recommended_skills::RULE,
    missing_mentors::RULE,
    missing_upstream_issue::RULE,
    missing_size::RULE,
    missing_difficulty::RULE,
    placeholder_value::RULE,
    unlabelled_field::RULE,
    non_template_field::RULE,
    misspelt_label::RULE,
    mentor_missing_name::RULE,
    mentor_missing_github::RULE,
    mentor_invalid_github::RULE,
    mentor_missing_email::RULE,
    mentor_invalid_email::RULE,
    duplicate_mentor::RULE,
    too_many_mentors::RULE,
    too_few_mentors::RULE,
    multiple_upstream_issues::RULE,
    upstream_issue_not_url::RULE,
    duplicate_upstream_issue::RULE,
    duplicate_title::RULE,
    skill_typo::RULE,
    invalid_difficulty::RULE,
    size_as_difficulty::RULE,
    invalid_size::RULE,
    invalid_front_matter::RULE,
    invalid_encoding::RULE,
    no_ideas::RULE,
    incomplete_idea::RULE,
    not_counted::RULE,
    unknown_rule_in_comment::RULE,
];

impl Rule {
    /// The rule's default level in `profile`; `None` when the profile does not apply it.
    pub fn level_in(&self, profile: Profile) -> Option<Level> {
        match profile {
            Profile::Lfx => Some(self.level),
            Profile::Gsoc => self.gsoc,
            Profile::Neutral => self.neutral,
        }
    }
}

/// The rule with this id.
pub fn info(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The shared check of the `missing-*` rules: reports at the idea's heading when `required`
/// is asked of the idea and neither the model (`present`) nor a label of `field` has it.
fn report_missing(
    cx: &IdeaContext<'_>,
    out: &mut Emitter<'_>,
    required: Requirement,
    present: bool,
    field: Field,
) {
    if cx.requires(required) && !present && !cx.has_field(field) {
        let (line, column) = cx.anchor();
        out.emit(
            line,
            column,
            format!("the idea has no {}", field.template_label()),
        );
    }
}
