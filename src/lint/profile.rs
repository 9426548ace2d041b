//! Rule profiles: what a programme expects of an idea. `lfx` is the LFX Mentorship template
//! (project, Description, Expected Outcome, Recommended Skills, `Name (@github, email)` mentors,
//! one Upstream Issue); `gsoc` is Google Summer of Code's ideas-list guidance (description,
//! mentors and size required; expected outcome, skills and difficulty asked for; no project
//! heading or upstream issue; mentors by name or handle alone).
//!
//! A profile decides which fields are required ([`Profile::required`]) and, through each rule's
//! per-profile level, which rules apply and how seriously. `auto` (the default) picks the profile
//! from each idea's programme.

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

impl Requirement {
    /// The name used in `.ideas.toml`.
    pub fn as_str(self) -> &'static str {
        REQUIREMENTS
            .iter()
            .find(|(_, r)| *r == self)
            .map_or("", |(n, _)| n)
    }
}

/// A set of expectations ideas are checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    /// The LFX Mentorship project template.
    Lfx,
    /// Google Summer of Code's ideas-list guidance.
    Gsoc,
}

impl Profile {
    /// Every profile, in documentation order.
    pub const ALL: [Profile; 2] = [Profile::Lfx, Profile::Gsoc];

    /// The name used on the command line and in `.ideas.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Lfx => "lfx",
            Profile::Gsoc => "gsoc",
        }
    }

    /// The profile named `name`.
    pub fn parse(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.as_str() == name)
    }

    /// The profile for an idea of `program` under `auto`: GSoC ideas get `gsoc`; LFX ideas
    /// and ideas whose programme the page does not say get the LFX template.
    pub fn for_program(program: Option<Program>) -> Profile {
        match program {
            Some(Program::Gsoc) => Profile::Gsoc,
            _ => Profile::Lfx,
        }
    }

    /// The fields an idea must have under this profile (unless `[require]` says otherwise).
    pub fn required(self) -> &'static [Requirement] {
        use Requirement::*;
        match self {
            Profile::Lfx => &[
                Project,
                Description,
                ExpectedOutcome,
                Skills,
                Mentors,
                UpstreamIssue,
            ],
            Profile::Gsoc => &[
                Description,
                ExpectedOutcome,
                Skills,
                Mentors,
                Size,
                Difficulty,
            ],
        }
    }

    /// One line on what the profile expects.
    pub fn summary(self) -> &'static str {
        match self {
            Profile::Lfx => "the LFX Mentorship template: project, Description, Expected Outcome, Recommended Skills, 1-4 mentors as `Name (@github, email)`, one Upstream Issue",
            Profile::Gsoc => "GSoC's ideas-list guidance: description, mentors (a name or handle is enough) and size (90/175/350 hours) required; expected outcome, skills and difficulty asked for (warnings); no project or upstream issue",
        }
    }
}

/// How the profile of an idea is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProfileChoice {
    /// From the idea's programme ([`Profile::for_program`]).
    #[default]
    Auto,
    /// The same profile for every idea.
    Fixed(Profile),
    /// Every input is an LFX proposal issue body, checked by the form (`--profile proposal`).
    Proposal,
}

impl ProfileChoice {
    /// `auto`, `lfx`, `gsoc` or `proposal`.
    pub fn parse(name: &str) -> Option<ProfileChoice> {
        match name {
            "auto" => Some(ProfileChoice::Auto),
            "proposal" => Some(ProfileChoice::Proposal),
            other => Profile::parse(other).map(ProfileChoice::Fixed),
        }
    }

    /// The profile of an idea of `program` (under `proposal` no page is read for ideas; a
    /// page's ideas would get their programme's).
    pub fn resolve(self, program: Option<Program>) -> Profile {
        match self {
            ProfileChoice::Auto | ProfileChoice::Proposal => Profile::for_program(program),
            ProfileChoice::Fixed(p) => p,
        }
    }

    /// The name of the choice.
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileChoice::Auto => "auto",
            ProfileChoice::Proposal => "proposal",
            ProfileChoice::Fixed(p) => p.as_str(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_follows_the_programme() {
        let auto = ProfileChoice::Auto;
        assert_eq!(auto.resolve(Some(Program::Gsoc)), Profile::Gsoc);
        assert_eq!(auto.resolve(Some(Program::Lfx)), Profile::Lfx);
        assert_eq!(auto.resolve(None), Profile::Lfx);
        let fixed = ProfileChoice::parse("gsoc").unwrap();
        assert_eq!(fixed.resolve(Some(Program::Lfx)), Profile::Gsoc);
        assert_eq!(ProfileChoice::parse("lxf"), None);
    }

    #[test]
    fn gsoc_asks_no_project_or_upstream_issue() {
        let gsoc = Profile::Gsoc.required();
        assert!(!gsoc.contains(&Requirement::Project));
        assert!(!gsoc.contains(&Requirement::UpstreamIssue));
        assert!(gsoc.contains(&Requirement::Size));
        assert!(Profile::Lfx
            .required()
            .contains(&Requirement::UpstreamIssue));
        assert_eq!(Requirement::ExpectedOutcome.as_str(), "expected-outcome");
    }
}
