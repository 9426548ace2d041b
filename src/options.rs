//! Choices shared by the command line and the commands: output formats, sort keys, colour and
//! the filter values as typed. They live here, below both, so that `cli` (which parses them)
//! and `cmd` (which acts on them) agree without `cmd` ever seeing a clap argument struct.
//!
//! Every command that prints ideas names its formats the same way: `human` for people (the
//! default, also when piped: plain text then), `json` for programs, `ids` for one id per line.

use clap::ValueEnum;

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

/// Filter values as the user typed them, before they are checked and resolved
/// ([`crate::config::resolve_filter`]).
#[derive(Debug, Clone, Default)]
pub struct FilterOptions {
    /// One entry per `--skill` flag; each may hold a comma-separated list ("any of").
    pub skill: Vec<String>,
    /// A mentor's name, handle or email.
    pub mentor: Option<String>,
    /// A difficulty word.
    pub difficulty: Option<String>,
    /// A size in hours.
    pub hours: Option<u32>,
    /// An organisation (part of its name).
    pub org: Option<String>,
    /// A programme name.
    pub program: Option<String>,
    /// A year.
    pub year: Option<u16>,
    /// A status word.
    pub status: Option<String>,
    /// Free text.
    pub text: Option<String>,
}

impl FilterOptions {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self.skill.is_empty()
            && self.mentor.is_none()
            && self.difficulty.is_none()
            && self.hours.is_none()
            && self.org.is_none()
            && self.program.is_none()
            && self.year.is_none()
            && self.status.is_none()
            && self.text.is_none()
    }
}

/// Where `.md` is not the only extension to read below a folder.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Extra extensions to read below folders (`--ext txt`), without the dot, lower case.
    pub extensions: Vec<String>,
    /// File-name globs to read below folders (`--glob '*.txt'`).
    pub globs: Vec<String>,
}
