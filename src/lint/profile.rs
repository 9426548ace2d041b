//! Rule profiles: what a programme expects of an idea. `lfx` is the LFX Mentorship template
//! (project, Description, Expected Outcome, Recommended Skills, `Name (@github, email)` mentors,
//! one Upstream Issue); `gsoc` is Google Summer of Code's ideas-list guidance (description,
//! mentors and size required; expected outcome, skills and difficulty asked for; no project
//! heading or upstream issue; mentors by name or handle alone); `neutral` is what every idea
//! needs whatever its programme (a title, a description, mentors), for pages that do not say
//! which programme they are for.
//!
//! A profile decides which fields are required ([`Profile::required`]) and, through each rule's
//! per-profile level, which rules apply and how seriously. `auto` (the default) picks the profile
//! from the page ([`super::detect`]).

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A field an idea can be required to have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

/// A set of expectations ideas are checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    /// The LFX Mentorship project template.
    Lfx,
    /// Google Summer of Code's ideas-list guidance.
    Gsoc,
    /// What every idea needs, for pages of no known programme: never a template's fields.
    Neutral,
}

impl Profile {
    /// Every profile, in documentation order.
    pub const ALL: [Profile; 3] = [Profile::Lfx, Profile::Gsoc, Profile::Neutral];

    /// The name used on the command line and in `.ideas.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Lfx => "lfx",
            Profile::Gsoc => "gsoc",
            Profile::Neutral => "neutral",
        }
    }

    /// The profile named `name`.
    pub fn parse(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.as_str() == name)
    }

    /// The fields an idea must have under this profile (unless `[require]` says otherwise),
    /// from `[profiles]` in `schemas/lfx-rules.toml`.
    pub fn required(self) -> &'static [Requirement] {
        &DATA.profiles[self.as_str()].required
    }
}

/// A profile as `schemas/lfx-rules.toml` writes it.
#[derive(Deserialize)]
pub(super) struct ProfileData {
    required: Vec<Requirement>,
}

/// `schemas/lfx-rules.toml`: the profiles, and the rules' metadata ([`super::rules`]).
#[derive(Deserialize)]
pub(super) struct RulesFile {
    profiles: HashMap<String, ProfileData>,
    pub(super) rules: HashMap<String, RuleData>,
}

/// A rule as `schemas/lfx-rules.toml` writes it.
#[derive(Deserialize)]
pub(super) struct RuleData {
    pub(super) level: String,
    pub(super) gsoc: String,
    pub(super) neutral: String,
    pub(super) requires: Option<Requirement>,
    pub(super) summary: String,
    pub(super) docs: String,
    pub(super) hint: String,
    pub(super) example: String,
}

/// `schemas/lfx-rules.toml`, built in (a test reads every rule of it).
pub(super) static DATA: LazyLock<RulesFile> = LazyLock::new(|| {
    toml::from_str(include_str!("../../schemas/lfx-rules.toml"))
        .unwrap_or_else(|e| panic!("schemas/lfx-rules.toml: {e}"))
});

/// How the profile of an idea is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProfileChoice {
    /// From the page ([`super::detect::detect`]).
    #[default]
    Auto,
    /// The same profile for every idea.
    Fixed(Profile),
    /// Every input is an LFX proposal issue body, checked by the form (`--profile proposal`).
    Proposal,
}

impl ProfileChoice {
    /// The names `--profile` and `profile = ...` take.
    pub const NAMES: [&'static str; 5] = ["auto", "lfx", "gsoc", "neutral", "proposal"];

    /// `auto`, `lfx`, `gsoc`, `neutral` or `proposal`.
    pub fn parse(name: &str) -> Option<ProfileChoice> {
        match name {
            "auto" => Some(ProfileChoice::Auto),
            "proposal" => Some(ProfileChoice::Proposal),
            other => Profile::parse(other).map(ProfileChoice::Fixed),
        }
    }

    /// The profile chosen, if one is: `None` under `auto` (and `proposal`, under which no page
    /// is read for ideas) leaves it to the page.
    pub fn fixed(self) -> Option<Profile> {
        match self {
            ProfileChoice::Auto | ProfileChoice::Proposal => None,
            ProfileChoice::Fixed(p) => Some(p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_no_known_programme_is_neutral() {
        assert_eq!(ProfileChoice::Auto.fixed(), None);
        let fixed = ProfileChoice::parse("neutral").unwrap();
        assert_eq!(fixed.fixed(), Some(Profile::Neutral));
        assert_eq!(ProfileChoice::parse("lxf"), None);
        for name in ProfileChoice::NAMES {
            assert!(ProfileChoice::parse(name).is_some(), "{name}");
        }
    }

    #[test]
    fn neutral_asks_only_what_every_idea_needs() {
        assert_eq!(
            Profile::Neutral.required(),
            [Requirement::Description, Requirement::Mentors]
        );
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
    }
}
