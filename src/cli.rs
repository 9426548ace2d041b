//! Command-line arguments (clap derive types only). Commands never see these types: they are
//! resolved into a [`crate::config::ListConfig`] first.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Find, filter and check mentorship project ideas (Google Summer of Code, LFX Mentorship).
///
/// With no PATH, commands read the catalog bundled into the binary. A directory is searched for
/// `.md` and `.markdown` files; a file is read whatever its extension.
#[derive(Debug, Parser)]
#[command(name = "ideas", version, about, long_about = None, propagate_version = true)]
#[command(
    after_help = "Examples:\n  ideas list --skill go\n  ideas search \"service mesh\" --program lfx\n  ideas show lfx-2025-harbor-harbor-cli\n  ideas skills --year 2025\n  ideas validate project_ideas.md\n\nEnvironment:\n  IDEAS_PATH  a catalog folder to read instead of the bundled one\n  NO_COLOR    disable colour"
)]
pub struct Cli {
    /// When to use colour: auto (a terminal, unless NO_COLOR is set or TERM=dumb), always, never.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List ideas, filtered by skill, mentor, difficulty, organisation, programme, year or text.
    ///
    /// Exit status: 0 when at least one idea matched, 1 when none did, 2 on error.
    #[command(
        after_help = "Examples:\n  ideas list --skill go --skill kubernetes\n  ideas list --org kubeflow --difficulty hard\n  ideas list ideas/ --year 2025 --format json | jq '.[].title'"
    )]
    List(ListArgs),
    /// Search ideas by relevance: title and skill matches rank above description matches.
    ///
    /// Exit status: 0 when something matched, 1 when nothing did, 2 on error.
    #[command(
        after_help = "Examples:\n  ideas search opentelemetry\n  ideas search \"multi cluster\" --skill go --limit 5"
    )]
    Search(SearchArgs),
    /// Show one idea: its facts, mentors with profile links, description and outcomes.
    ///
    /// ID is an idea's id (see `ideas list --format ids`) or an unambiguous start of its title.
    #[command(
        after_help = "Examples:\n  ideas show lfx-2025-harbor-harbor-cli\n  ideas show \"harbor cli\" --format markdown"
    )]
    Show(ShowArgs),
    /// Count ideas per skill.
    Skills(FacetArgs),
    /// Count ideas per mentor (one row per person, merging handle and name spellings).
    Mentors(FacetArgs),
    /// Count ideas per organisation.
    Orgs(FacetArgs),
    /// Ideas per programme and year, difficulty and size, as bar charts.
    Stats(FacetArgs),
    /// Scaffold a new idea in the LFX template (or as a canonical catalog file).
    #[command(
        after_help = "Example:\n  ideas new --title \"Harbor CLI\" --org Harbor --skill Go --mentor \"Ada Lee (@adalee, ada@example.org)\" \\\n    --mentor \"Bo Chan (@bochan, bo@example.org)\" --description \"...\" --outcome \"...\" \\\n    --upstream https://github.com/goharbor/harbor-cli/issues/1"
    )]
    New(NewArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Print the man page (roff) of ideas.
    Man,
    /// Check idea pages against the LFX mentorship template (for CI).
    ///
    /// Every idea needs a title, a project, Description, Expected Outcome, Recommended Skills,
    /// Mentor(s) written as `Name (@github, email)` and one Upstream Issue URL. Findings carry
    /// `path:line:col`. Settings come from `.ideas.toml` (searched from the checked path
    /// upwards) or `--config`.
    ///
    /// Exit status: 0 no error-level finding, 1 at least one (or a warning with
    /// --deny-warnings), 2 the check could not run (unreadable path, bad configuration).
    #[command(
        after_help = "Examples:\n  ideas validate programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md\n  ideas validate --format github .          # annotations in GitHub Actions\n  ideas validate --format sarif . > ideas.sarif\n  ideas validate --deny-warnings ideas/"
    )]
    Validate(ValidateArgs),
    /// Split idea pages into one canonical file per idea (the format of the bundled catalog).
    ///
    /// Files go to OUT/<program>/<year>/<org>/<title>.md. An existing file is never replaced
    /// unless --force; importing the same page again changes nothing. Exit status: 0 done,
    /// 1 some files were kept because they exist with other content, 2 error.
    #[command(
        after_help = "Examples:\n  ideas import project_ideas.md --out ideas/ --program lfx --year 2025 --term \"2025 Term 3 (Sep-Nov)\"\n  ideas import gsoc-2025.md --out ideas/ --org Kubeflow"
    )]
    Import(ImportArgs),
    /// Fetch every registered idea page and index it, so the reading commands see this
    /// season's ideas.
    ///
    /// Sources are ideas/sources.toml (bundled) plus the [[source]] tables of .ideas.toml.
    /// Unchanged pages cost a 304; a source that fails keeps its previous copy. Exit status:
    /// 0 every source synced, 1 some failed (named on stderr), 2 the sync could not run.
    #[command(
        after_help = "Examples:\n  ideas sync\n  ideas sync --source https://example.org/gsoc-2026-ideas.md\n  ideas sync --sources mirror.toml\n  ideas sync --offline\n\nEnvironment:\n  IDEAS_CACHE_DIR  where pages and the index are kept (default: the user's cache folder)"
    )]
    Sync(SyncArgs),
    /// List the synced sources: last sync, status and idea count.
    Sources(SourcesArgs),
}

/// Arguments of `ideas import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Pages to split (any extension).
    #[arg(value_name = "PAGE", required = true)]
    pub pages: Vec<PathBuf>,

    /// Output folder (created if missing).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,

    /// Programme of the ideas, where the page does not say (gsoc, lfx, other).
    #[arg(long, value_name = "PROGRAM")]
    pub program: Option<String>,

    /// Year of the ideas, where the page does not say.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<u16>,

    /// Term of the ideas, e.g. "2025 Term 3 (Sep-Nov)", where the page does not say.
    #[arg(long, value_name = "TERM")]
    pub term: Option<String>,

    /// Organisation of the ideas, where the page does not say.
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,

    /// Replace existing files whose content differs.
    #[arg(long)]
    pub force: bool,

    /// Write the facts only (title, org, programme, year, term, skills, mentors, difficulty,
    /// hours, issues, links, source URL and line), no description or outcome: the text stays
    /// where its authors published it.
    #[arg(long)]
    pub facts_only: bool,

    /// The page's published URL, recorded as each idea's source where the page gives none (a
    /// GitHub file URL gets the idea's line as `#L<n>`).
    #[arg(long, value_name = "URL")]
    pub source_url: Option<String>,
}

/// Arguments of `ideas sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Sync only this URL (repeatable), this once: the index keeps every other source as it is.
    #[arg(long, value_name = "URL")]
    pub source: Vec<String>,

    /// Read the sources from this file instead of the bundled ideas/sources.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "source")]
    pub sources: Option<PathBuf>,

    /// Rebuild the index from the cached pages, without the network.
    #[arg(long)]
    pub offline: bool,

    /// Seconds allowed for one request, body included.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,

    /// Further attempts after a 5xx answer or a network error.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub retries: u32,

    /// Largest page accepted, in bytes (after decompression).
    #[arg(long, value_name = "BYTES", default_value_t = 20 * 1024 * 1024)]
    pub max_size: u64,

    /// Sources fetched at once.
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub jobs: usize,
}

/// Arguments of `ideas sources`.
#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `ideas validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Files or directories to check (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format (default: human on a terminal, concise otherwise).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<crate::render::diagnostics::DiagFormat>,

    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Use this configuration file instead of searching for .ideas.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is unset and TERM is not "dumb".
    Auto,
    /// Always colour.
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

/// Arguments of `ideas list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Files or directories to read (default: the bundled catalog).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, short = 'f', value_enum, conflicts_with = "json")]
    pub format: Option<ListFormat>,

    /// Short for --format json.
    #[arg(long)]
    pub json: bool,

    /// Sort by this field (default: the order of the pages).
    #[arg(long, value_enum, value_name = "FIELD")]
    pub sort: Option<SortKey>,

    /// Print at most this many ideas.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// Fields `list --sort` orders by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
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
}

/// Arguments of `ideas search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for (all of them, in any field; quote a phrase).
    #[arg(value_name = "QUERY")]
    pub query: String,

    /// Files or directories to read (default: the bundled catalog).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<crate::cmd::search::SearchFormat>,

    /// Print at most this many results.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// Arguments of `ideas show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The idea's id, or an unambiguous start of its title.
    #[arg(value_name = "ID")]
    pub id: String,

    /// Files or directories to read (default: the bundled catalog).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format (default: terminal).
    #[arg(long, short = 'f', value_enum, default_value_t = crate::cmd::show::ShowFormat::Terminal)]
    pub format: crate::cmd::show::ShowFormat,

    /// Read the catalog compiled into the binary even when `ideas sync` has written an index.
    #[arg(long)]
    pub bundled: bool,
}

/// Arguments of the facet commands (`skills`, `mentors`, `orgs`, `stats`).
#[derive(Debug, Args)]
pub struct FacetArgs {
    /// Files or directories to read (default: the bundled catalog).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<crate::cmd::facets::FacetFormat>,

    /// Print at most this many rows.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// Arguments of `ideas new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The idea's title.
    #[arg(long)]
    pub title: String,
    /// The project or organisation.
    #[arg(long)]
    pub org: String,
    /// A recommended skill (repeatable).
    #[arg(long, value_name = "SKILL")]
    pub skill: Vec<String>,
    /// A mentor as "Name (@github, email)" (repeatable).
    #[arg(long, value_name = "MENTOR")]
    pub mentor: Vec<String>,
    /// The description.
    #[arg(long)]
    pub description: Option<String>,
    /// The expected outcome.
    #[arg(long)]
    pub outcome: Option<String>,
    /// The upstream issue URL.
    #[arg(long, value_name = "URL")]
    pub upstream: Option<String>,
    /// Difficulty: easy, medium or hard.
    #[arg(long)]
    pub difficulty: Option<String>,
    /// Expected size in hours (90, 175, 350).
    #[arg(long)]
    pub hours: Option<u32>,
    /// Programme (gsoc, lfx, other).
    #[arg(long)]
    pub program: Option<String>,
    /// Year.
    #[arg(long)]
    pub year: Option<u16>,
    /// Term, e.g. "2025 Term 3 (Sep-Nov)".
    #[arg(long)]
    pub term: Option<String>,
    /// lfx: an entry for an LFX project_ideas.md page; canonical: a catalog file.
    #[arg(long, short = 'f', value_enum, default_value_t = NewFormat::Lfx)]
    pub format: NewFormat,
    /// Write to this file instead of standard output (never replaces an existing file).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Formats of `ideas new`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewFormat {
    /// An entry in the LFX template, to paste into a project_ideas.md page.
    Lfx,
    /// A canonical file for the catalog (YAML front-matter).
    Canonical,
}

/// Arguments of `ideas completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Filters shared by the commands that select ideas.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only ideas needing this skill (repeatable; all must match). Aliases work: golang, k8s, js.
    #[arg(long, short = 's', value_name = "SKILL")]
    pub skill: Vec<String>,

    /// Only ideas with this mentor: name, GitHub handle or email (case- and space-insensitive).
    #[arg(long, short = 'm', value_name = "WHO")]
    pub mentor: Option<String>,

    /// Only ideas of this difficulty: easy, medium or hard (a range like "medium-hard" matches both).
    #[arg(long, short = 'd', value_name = "LEVEL")]
    pub difficulty: Option<String>,

    /// Only ideas of this organisation or project (case-insensitive, part of the name is enough).
    #[arg(long, short = 'o', value_name = "ORG")]
    pub org: Option<String>,

    /// Only ideas of this programme: gsoc, lfx or other.
    #[arg(long, short = 'p', value_name = "PROGRAM")]
    pub program: Option<String>,

    /// Only ideas of this year.
    #[arg(long, short = 'y', value_name = "YEAR")]
    pub year: Option<u16>,

    /// Only ideas whose title, organisation, description, outcomes, skills or mentors contain this text.
    #[arg(long, short = 't', value_name = "TEXT")]
    pub text: Option<String>,

    /// Read the catalog compiled into the binary even when `ideas sync` has written an index.
    #[arg(long)]
    pub bundled: bool,
}

/// Output formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for people.
    Table,
    /// A JSON array of ideas (stable field names).
    Json,
    /// CSV with a header row: id, title, org, program, year, difficulty, hours, skills, mentors, url.
    Csv,
    /// A Markdown table.
    Markdown,
    /// One id per line.
    Ids,
}
