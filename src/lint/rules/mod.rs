//! The rules of `ideas validate`. What a rule is (id, level per profile, summary, docs, fix hint,
//! an example of what it catches, the field it requires) is data, `schemas/lfx-rules.toml`,
//! read once; the checks are code, one function per rule (grouped in files by what they look
//! at), listed in [`CHECKS`] in the order the rules are documented. The driver
//! ([`super::check`]) runs the checks; the rules never read files or configuration themselves.

use super::context::{Emitter, IdeaContext, PageContext};
use super::profile::{Profile, Requirement, RulesFile, DATA};
use super::Level;
use crate::parse::fields::Field;
use std::sync::LazyLock;

mod duplicate_mentor;
mod incomplete_idea;
mod labels;
mod mentors;
mod missing;
mod page;
mod values;

use labels::*;
use mentors::*;
use missing::*;
use page::*;
use values::*;

/// How a rule looks at the input.
#[derive(Clone, Copy, Debug)]
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
#[derive(Clone, Copy, Debug)]
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

/// Every rule's id and check, in the order they are documented.
const CHECKS: &[(&str, Check)] = &[
    ("missing-title", Check::Idea(missing_title)),
    ("missing-project", Check::Idea(missing_project)),
    ("missing-description", Check::Idea(missing_description)),
    (
        "missing-expected-outcome",
        Check::Idea(missing_expected_outcome),
    ),
    (
        "missing-recommended-skills",
        Check::Idea(missing_recommended_skills),
    ),
    ("missing-mentors", Check::Idea(missing_mentors)),
    (
        "missing-upstream-issue",
        Check::Idea(missing_upstream_issue),
    ),
    ("missing-size", Check::Idea(missing_size)),
    ("missing-difficulty", Check::Idea(missing_difficulty)),
    ("placeholder-value", Check::Idea(placeholder_value)),
    ("unlabelled-field", Check::Idea(unlabelled_field)),
    ("non-template-field", Check::Idea(non_template_field)),
    ("misspelt-label", Check::Idea(misspelt_label)),
    ("mentor-missing-name", Check::Idea(mentor_missing_name)),
    ("mentor-missing-github", Check::Idea(mentor_missing_github)),
    ("mentor-invalid-github", Check::Idea(mentor_invalid_github)),
    ("mentor-missing-email", Check::Idea(mentor_missing_email)),
    ("mentor-invalid-email", Check::Idea(mentor_invalid_email)),
    ("duplicate-mentor", Check::Idea(duplicate_mentor::check)),
    ("too-many-mentors", Check::Idea(too_many_mentors)),
    ("too-few-mentors", Check::Idea(too_few_mentors)),
    (
        "multiple-upstream-issues",
        Check::Idea(multiple_upstream_issues),
    ),
    (
        "upstream-issue-not-url",
        Check::Idea(upstream_issue_not_url),
    ),
    ("duplicate-upstream-issue", Check::Driver),
    ("duplicate-title", Check::Page(duplicate_title)),
    ("skill-typo", Check::Idea(skill_typo)),
    ("invalid-difficulty", Check::Idea(invalid_difficulty)),
    ("size-as-difficulty", Check::Idea(size_as_difficulty)),
    ("invalid-size", Check::Idea(invalid_size)),
    ("invalid-front-matter", Check::Driver),
    ("invalid-encoding", Check::Driver),
    ("no-ideas", Check::Page(no_ideas)),
    ("incomplete-idea", Check::Page(incomplete_idea::check)),
    ("not-counted", Check::Page(not_counted)),
    (
        "unknown-rule-in-comment",
        Check::Page(unknown_rule_in_comment),
    ),
];

/// A level as the data writes it; `off` (or anything else) is none.
fn level(name: &str) -> Option<Level> {
    [Level::Error, Level::Warning, Level::Notice]
        .into_iter()
        .find(|l| l.as_str() == name)
}

/// Every rule, in the order they are documented (a rule the data lacks is left out; a test
/// checks that none is).
pub static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let data: &'static RulesFile = &DATA;
    CHECKS
        .iter()
        .filter_map(|&(id, check)| {
            let d = data.rules.get(id)?;
            Some(Rule {
                id,
                level: level(&d.level).unwrap_or(Level::Error),
                gsoc: level(&d.gsoc),
                neutral: level(&d.neutral),
                requirement: d.requires,
                summary: &d.summary,
                docs: &d.docs,
                hint: &d.hint,
                example: &d.example,
                check,
            })
        })
        .collect()
});

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
