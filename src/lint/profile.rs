//! What an idea is required to have: the fields ([`Requirement`]) each programme asks for.

use crate::model::Program;

/// A field an idea can be required to have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// Project or organisation.
    Project,
    /// Description.
    Description,
    /// Expected outcome.
    ExpectedOutcome,
    /// Recommended skills.
    Skills,
    /// Mentors.
    Mentors,
    /// Upstream issue.
    UpstreamIssue,
    /// Expected size.
    Size,
    /// Difficulty.
    Difficulty,
}

/// The names used in `.ideas.toml` (`[require]`), in documentation order.
pub const REQUIREMENTS: &[(&str, Requirement)] = &[
    ("project", Requirement::Project),
    ("description", Requirement::Description),
    ("expected-outcome", Requirement::ExpectedOutcome),
    ("skills", Requirement::Skills),
    ("mentors", Requirement::Mentors),
    ("upstream-issue", Requirement::UpstreamIssue),
    ("size", Requirement::Size),
    ("difficulty", Requirement::Difficulty),
];

/// The LFX template's fields: what every idea needs unless configured otherwise.
const TEMPLATE: &[Requirement] = &[
    Requirement::Project,
    Requirement::Description,
    Requirement::ExpectedOutcome,
    Requirement::Skills,
    Requirement::Mentors,
    Requirement::UpstreamIssue,
];

/// The fields ideas of a programme need when the configuration does not say.
pub fn default_required(program: Program) -> Vec<Requirement> {
    let mut r = TEMPLATE.to_vec();
    if program == Program::Gsoc {
        // GSoC ideas are also listed by size and difficulty on the programme's site.
        r.push(Requirement::Size);
        r.push(Requirement::Difficulty);
    }
    r
}
