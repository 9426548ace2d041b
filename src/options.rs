//! Choices shared by the command line and the commands: output formats, sort keys, colour, and
//! which ideas a reading command selects (the filters and what to read below folders, as
//! typed). They live here, below both, so that `cli` (which parses them) and `cmd` (which acts
//! on them) share one definition.
//!
//! Every command that prints ideas names its formats the same way: `human` for people (the
//! default, also when piped: plain text then), `json` for programs, `ids` for one id per line.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, ValueEnum, ValueHint};
use std::path::PathBuf;

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is unset and TERM is not "dumb".
    Auto,
    /// Always colour (tables, lines, charts and findings), even when piped.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Resolves the choice for a stream that is (or is not) a terminal.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        }
    }
}

/// What the output stream is: resolved once, used by every command that prints for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Standard output is a terminal.
    pub tty: bool,
    /// Colour is on.
    pub color: bool,
    /// Tables get borders and are fitted to the width (a terminal, or colour forced);
    /// otherwise they are tab-separated.
    pub decorated: bool,
    /// Width in columns.
    pub width: usize,
}

/// Output formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// One idea per line: short id, title, org, programme and year, skills (fitted to the
    /// terminal); piped, the same columns as tab-separated text with the full id.
    #[value(alias = "text", alias = "lines")]
    Human,
    /// The full table with every column (difficulty, hours, mentors), like `--wide`.
    Table,
    /// A JSON array of ideas (stable field names).
    Json,
    /// CSV with a header row: id, title, org, program, year, difficulty, hours, skills, mentors, url.
    Csv,
    /// A Markdown table.
    Markdown,
    /// One full id per line.
    Ids,
}

/// Fields `list --sort` orders by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    /// Year, newest first, then term (latest first), then title (the default).
    Newest,
    /// Title, A to Z.
    Title,
    /// Organisation, A to Z, then title.
    Org,
    /// Year, newest first, then title.
    Year,
    /// Difficulty, easiest first, then title.
    Difficulty,
    /// Hours, fewest first, then title.
    Hours,
    /// The order of the pages as read.
    Page,
}

/// Output formats of `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    /// Ranked results for people: score, short id, title, org and a line of context; piped,
    /// tab-separated lines with the score and the full id.
    #[value(alias = "table", alias = "text")]
    Human,
    /// A JSON array of ideas, each with a `score` field.
    Json,
    /// One full id per line, best first.
    Ids,
}

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Rendered for people: facts, mentors, description and outcomes.
    #[value(alias = "terminal", alias = "text")]
    Human,
    /// The canonical Markdown file.
    Markdown,
    /// The idea as a JSON object (the same fields as `list --json`).
    Json,
}

/// Output formats of the facet commands (`skills`, `mentors`, `orgs`, `stats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FacetFormat {
    /// A table (or, for stats, bar charts) for people; plain columns when piped.
    #[value(alias = "table", alias = "text")]
    Human,
    /// JSON for programs.
    Json,
}

/// Formats of `ideas new`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewFormat {
    /// An entry in the LFX template, to paste into a project_ideas.md page.
    Lfx,
    /// A canonical file for the catalog (YAML front-matter).
    Canonical,
}

/// What a reading command reads and which of its ideas it keeps, as typed.
#[derive(Debug, Clone, Default, Args)]
pub struct Reading {
    /// Files or directories to read (default: the bundled catalog).
    #[arg(value_name = "PATH", value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub filters: FilterOptions,

    #[command(flatten)]
    pub walk: WalkOptions,
}

/// Filters shared by the commands that select ideas, as the user typed them (checked and
/// resolved by [`crate::config::resolve_filter`]).
#[derive(Debug, Clone, Default, Args)]
pub struct FilterOptions {
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

/// Which files to read below folders, besides the `.md` ones.
#[derive(Debug, Clone, Default, Args)]
pub struct WalkOptions {
    /// Also read files with these extensions below folders (comma-separated: --ext txt,rst).
    #[arg(long, value_name = "EXT", value_delimiter = ',')]
    pub ext: Vec<String>,

    /// Also read files whose name matches this glob below folders (repeatable: --glob '*.txt').
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,
}

impl WalkOptions {
    /// The extensions to read, without dots and lower-cased.
    pub fn extensions(&self) -> Vec<String> {
        self.ext
            .iter()
            .map(|e| {
                e.trim()
                    .trim_start_matches("*.")
                    .trim_start_matches('.')
                    .to_ascii_lowercase()
            })
            .filter(|e| !e.is_empty())
            .collect()
    }
}
