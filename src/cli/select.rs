//! The arguments that say which ideas a reading command selects: what to read below folders
//! ([`WalkArgs`]) and the filters ([`FilterArgs`]).

use crate::options::{FilterOptions, WalkOptions};
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::Args;

/// Which files to read below folders.
#[derive(Debug, Args, Default)]
pub struct WalkArgs {
    /// Also read files with these extensions below folders (comma-separated: --ext txt,rst).
    #[arg(long, value_name = "EXT", value_delimiter = ',')]
    pub ext: Vec<String>,

    /// Also read files whose name matches this glob below folders (repeatable: --glob '*.txt').
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,
}

impl WalkArgs {
    /// The plain values, extensions without dots and lower-cased.
    pub fn to_options(&self) -> WalkOptions {
        WalkOptions {
            extensions: self
                .ext
                .iter()
                .map(|e| {
                    e.trim()
                        .trim_start_matches("*.")
                        .trim_start_matches('.')
                        .to_ascii_lowercase()
                })
                .filter(|e| !e.is_empty())
                .collect(),
            globs: self.glob.clone(),
        }
    }
}

/// Filters shared by the commands that select ideas.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only ideas needing this skill. Repeat for "all of" (--skill go --skill kubernetes);
    /// separate with commas for "any of" (--skill go,rust). Aliases work: golang, k8s, js.
    #[arg(long, short = 's', value_name = "SKILL")]
    pub skill: Vec<String>,

    /// Only ideas with this mentor: name, GitHub handle or email (case- and space-insensitive).
    #[arg(long, short = 'm', value_name = "WHO")]
    pub mentor: Option<String>,

    /// Only ideas of this difficulty (a range like "medium-hard" matches both ends).
    #[arg(long, short = 'd', value_name = "LEVEL", value_parser = difficulty_values(), ignore_case = true)]
    pub difficulty: Option<String>,

    /// Only ideas that offer this size in hours (90, 175, 350, or small, medium, large): an
    /// idea of "175/350 hours" matches both 175 and 350.
    #[arg(long, value_name = "HOURS", value_parser = hours_value)]
    pub hours: Option<u32>,

    /// Only ideas of this organisation or project (case-insensitive, part of the name is enough).
    #[arg(long, short = 'o', value_name = "ORG")]
    pub org: Option<String>,

    /// Only ideas of this programme.
    #[arg(long, short = 'p', value_name = "PROGRAM", value_parser = program_values(), ignore_case = true)]
    pub program: Option<String>,

    /// Only ideas of this year.
    #[arg(long, short = 'y', value_name = "YEAR")]
    pub year: Option<u16>,

    /// Only ideas with this status (where the page gives one).
    #[arg(long, value_name = "STATUS", value_parser = PossibleValuesParser::new(["proposed", "accepted", "archived"]), ignore_case = true)]
    pub status: Option<String>,

    /// Only ideas whose title, organisation, description, outcomes, skills or mentors contain this text.
    #[arg(long, short = 't', value_name = "TEXT")]
    pub text: Option<String>,

    /// Read the catalog compiled into the binary even when `ideas sync` has written an index.
    #[arg(long)]
    pub bundled: bool,
}

impl FilterArgs {
    /// The plain values, for [`crate::config::resolve_filter`].
    pub fn to_options(&self) -> FilterOptions {
        FilterOptions {
            skill: self.skill.clone(),
            mentor: self.mentor.clone(),
            difficulty: self.difficulty.clone(),
            hours: self.hours,
            org: self.org.clone(),
            program: self.program.clone(),
            year: self.year,
            status: self.status.clone(),
            text: self.text.clone(),
        }
    }
}

/// Difficulty values: the three levels (completed by shells), and the synonyms pages use,
/// accepted but not offered ("beginner" is read as "easy", with a note).
fn difficulty_values() -> PossibleValuesParser {
    let hidden = [
        "beginner",
        "intermediate",
        "advanced",
        "low",
        "high",
        "moderate",
        "difficult",
        "expert",
    ];
    PossibleValuesParser::new(
        ["easy", "medium", "hard"]
            .into_iter()
            .map(PossibleValue::new)
            .chain(hidden.into_iter().map(|h| PossibleValue::new(h).hide(true))),
    )
}

/// A size as hours: a number, or a GSoC size word (small 90, medium 175, large 350).
fn hours_value(s: &str) -> Result<u32, String> {
    match crate::parse::hours::parse_hours(s).as_slice() {
        [h] => Ok(*h),
        _ => Err(format!(
            "'{s}' is not a size; write hours (90, 175, 350) or small, medium, large"
        )),
    }
}

/// Programme values, each with the name people know it by.
fn program_values() -> PossibleValuesParser {
    PossibleValuesParser::new([
        PossibleValue::new("gsoc").help("Google Summer of Code"),
        PossibleValue::new("lfx").help("LFX Mentorship"),
        PossibleValue::new("other").help("any other programme"),
    ])
}
