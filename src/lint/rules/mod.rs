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
    /// A `missing-*` rule: reports an idea that must have the rule's requirement when neither
    /// the model (the function) nor a label of the field has it.
    Missing(Field, fn(&IdeaContext<'_>) -> bool),
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
    // A description written without its label is `unlabelled-field`'s.
    (
        "missing-description",
        Check::Missing(Field::Description, |cx| {
            cx.idea().description.is_some() || cx.parsed.unlabelled_description.is_some()
        }),
    ),
    (
        "missing-expected-outcome",
        Check::Missing(Field::Outcomes, |cx| cx.states_outcome()),
    ),
    (
        "missing-recommended-skills",
        Check::Missing(Field::Skills, |cx| cx.idea().skills_raw.is_some()),
    ),
    (
        "missing-mentors",
        Check::Missing(Field::Mentors, |cx| !cx.idea().mentors.is_empty()),
    ),
    (
        "missing-upstream-issue",
        Check::Missing(Field::Upstream, |cx| !cx.idea().upstream_issues.is_empty()),
    ),
    (
        "missing-size",
        Check::Missing(Field::Size, |cx| !cx.idea().hours.is_empty()),
    ),
    (
        "missing-difficulty",
        Check::Missing(Field::Difficulty, |cx| cx.idea().difficulty.is_some()),
    ),
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

    /// Runs the rule's check on one idea (a page rule does nothing here).
    pub fn check_idea(&self, cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
        match self.check {
            Check::Idea(run) => run(cx, out),
            // Reported at the idea's heading when the requirement is asked of the idea.
            Check::Missing(field, present) => {
                let required = self.requirement.is_some_and(|r| cx.requires(r));
                if required && !present(cx) && !cx.has_field(field) {
                    let (line, column) = cx.anchor();
                    let message = format!("the idea has no {}", field.template_label());
                    out.emit(line, column, message);
                }
            }
            Check::Page(_) | Check::Driver => {}
        }
    }
}

/// The rule with this id.
pub fn info(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
