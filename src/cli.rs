//! Command-line arguments (clap derive types only). Commands never see these types: the value
//! enums they share live in [`crate::options`], and `lib.rs` resolves the rest (through
//! [`crate::config`]) into each command's settings.

use crate::options::{
    ColorChoice, FacetFormat, ListFormat, Reading, SearchFormat, ShowFormat, SortKey, WalkOptions,
};
use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueHint};
use std::path::PathBuf;

/// Find, filter and check mentorship project ideas (Google Summer of Code, LFX Mentorship).
///
/// With no PATH, commands read the catalog bundled into the binary. A directory is searched for
/// `.md` and `.markdown` files (more with --ext/--glob), skipping hidden files and what
/// `.gitignore` excludes; a file named on the command line is read whatever its extension.
#[derive(Debug, Parser)]
#[command(name = "ideas", version, about, long_about = None, propagate_version = true)]
#[command(
    after_help = "Examples:\n  ideas list --skill go\n  ideas search \"service mesh\" --program lfx\n  ideas show lfx-2025-harbor-harbor-cli\n  ideas skills --year 2025\n  ideas validate project_ideas.md\n\nEnvironment:\n  IDEAS_PATH   a catalog folder to read instead of the bundled one\n  IDEAS_PAGER  the pager for long output (else PAGER, else less -FRX; empty: no pager)\n  NO_COLOR     disable colour\n  COLUMNS      the width to fit output to\n\nExit status (every command):\n  0  success: results found, no errors\n  1  ran fine, but nothing found (or errors found by validate)\n  2  usage or input error: a misspelt value or flag, an unreadable path"
)]
pub struct Cli {
    /// When to use colour: auto (a terminal, unless NO_COLOR is set or TERM=dumb), always, never.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Never page long output (also: IDEAS_PAGER= or PAGER= set empty).
    #[arg(long, global = true)]
    pub no_pager: bool,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List ideas, one per line, filtered by skill, mentor, difficulty, organisation,
    /// programme, year, status or text; newest first.
    ///
    /// On a terminal each line is a short id (give it to `ideas show`), the title, the
    /// organisation, programme and year, and skills, cut to the width; long output goes through
    /// a pager. Piped, the same columns are tab-separated with the full id. --wide prints every
    /// column as a table; --json prints the ideas for programs.
    ///
    /// Exit status: 0 when at least one idea matched, 1 when none did, 2 on error.
    #[command(
        after_help = "Examples:\n  ideas list --skill go --skill kubernetes   # Go and Kubernetes\n  ideas list --skill go,rust                 # Go or Rust\n  ideas list --org kubeflow --difficulty hard\n  ideas list seeds/ --ext txt\n  ideas list ideas/ --year 2025 --json | jq '.[].title'"
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
    New(crate::cmd::new::NewConfig),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    ///
    /// Flags with fixed values (--difficulty, --program, --status, --format, --sort, --color)
    /// complete those values; paths complete file names. In bash, zsh and fish, `show` completes
    /// idea ids, `--skill` skill ids and `--org` organisations from the catalog in use.
    #[command(
        after_help = "Examples:\n  ideas completions bash > ~/.local/share/bash-completion/completions/ideas\n  ideas completions zsh > ~/.zfunc/_ideas\n  ideas completions fish > ~/.config/fish/completions/ideas.fish"
    )]
    Completions(CompletionsArgs),
    /// Values for shell completion, one per line (used by the scripts `completions` prints).
    #[command(name = "__complete", hide = true)]
    Complete(CompleteArgs),
    /// Print a man page (roff): of ideas, of one subcommand, or write them all to a folder.
    #[command(
        after_help = "Examples:\n  ideas man | man -l -\n  ideas man list | man -l -\n  ideas man --all --out man/   # ideas.1, ideas-list.1, ..."
    )]
    Man(ManArgs),
    /// Check idea pages against the LFX mentorship template (for CI).
    ///
    /// Every idea needs a title, a project, Description, Expected Outcome, Recommended Skills,
    /// Mentor(s) written as `Name (@github, email)` and one Upstream Issue URL. Findings carry
    /// `path:line:col`. Settings come from `.ideas.toml` (searched from the checked path
    /// upwards) or `--config`. LFX proposal issue bodies (GitHub issue-form layout) are checked
    /// against the proposal form instead, as the CNCF bot checks them.
    ///
    /// Exit status: 0 no error-level finding, 1 at least one (or a warning with
    /// --deny-warnings), 2 the check could not run (unreadable path, bad configuration).
    #[command(
        after_help = "Examples:\n  ideas validate programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md\n  ideas validate --format github .          # annotations in GitHub Actions\n  ideas validate --format sarif . > ideas.sarif\n  ideas validate --deny-warnings ideas/\n  gh issue view 12 --json body -q .body | ideas validate - --stdin-filename issue-12.md\n  gh issue list --json number,title,body > issues.json && ideas validate issues.json --quota quotas.yml"
    )]
    Validate(crate::cmd::validate::ValidateConfig),
    /// Split idea pages into one canonical file per idea (the format of the bundled catalog).
    ///
    /// Files go to OUT/<program>/<year>/<org>/<title>.md. An existing file is never replaced
    /// unless --force; importing the same page again changes nothing. Exit status: 0 done,
    /// 1 some files were kept because they exist with other content, 2 error.
    #[command(
        after_help = "Examples:\n  ideas import project_ideas.md --out ideas/ --program lfx --year 2025 --term \"2025 Term 3 (Sep-Nov)\"\n  ideas import gsoc-2025.md --out ideas/ --org Kubeflow"
    )]
    Import(crate::cmd::import::ImportConfig),
    /// Export proposals in the shapes of the CNCF's LFX exports (lfx-export.json, lfx-tracking.csv).
    ///
    /// Reads LFX proposal issue bodies (files, `-`, `gh issue list --json number,title,body,url`
    /// output), term READMEs generated from accepted proposals, or idea pages. What an input
    /// does not say is null, never guessed. Exit status: 0 exported, 1 no program found, 2 error.
    #[command(
        after_help = "Examples:\n  ideas export programs/lfx-mentorship/2026/03-Sep-Nov/README.md --format lfx-json\n  gh issue list -l Proposal --json number,title,body,url | ideas export - --format lfx-csv"
    )]
    Export(crate::cmd::export::ExportConfig),
    /// Fetch every registered idea page and index it, so the reading commands see this
    /// season's ideas.
    ///
    /// Sources are ideas/sources.toml (bundled) plus the [[source]] tables of .ideas.toml.
    /// Unchanged pages cost a 304; a source that fails keeps its previous copy. Exit status:
    /// 0 every source synced, 1 some failed (named on stderr), 2 the sync could not run.
    #[command(
        after_help = "Examples:\n  ideas sync\n  ideas sync --source https://example.org/gsoc-2026-ideas.md\n  ideas sync --sources mirror.toml\n  ideas sync --offline\n\nEnvironment:\n  IDEAS_CACHE_DIR  where pages and the index are kept (default: the user's cache folder)"
    )]
    Sync(crate::cmd::sync::SyncConfig),
    /// List the synced sources: last sync, status and idea count.
    Sources(SourcesArgs),
}

/// Arguments of `ideas sources`.
#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `ideas list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub reading: Reading,

    /// Output format (default: human, one idea per line).
    #[arg(long, short = 'f', value_enum, conflicts_with_all = ["json", "wide"])]
    pub format: Option<ListFormat>,

    /// Short for --format json.
    #[arg(long, conflicts_with = "wide")]
    pub json: bool,

    /// Every column (difficulty, hours, mentors) as a table: short for --format table.
    #[arg(long, short = 'w')]
    pub wide: bool,

    /// Order (default: newest, by year then term, latest first).
    #[arg(long, value_enum, value_name = "FIELD")]
    pub sort: Option<SortKey>,

    /// Print at most this many ideas.
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<usize>,

    /// Only the ideas the last `ideas sync` found new.
    #[arg(long)]
    pub new: bool,

    /// Only the ideas the last `ideas sync` found changed (with --new: both).
    #[arg(long)]
    pub changed: bool,
}

/// Arguments of `ideas search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for (all of them, in any field; quote a phrase).
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: String,

    #[command(flatten)]
    pub reading: Reading,

    /// Output format (default: human: ranked lines with context; piped, tab-separated).
    #[arg(long, short = 'f', value_enum, conflicts_with = "json")]
    pub format: Option<SearchFormat>,

    /// Short for --format json (the ideas, each with a `score`).
    #[arg(long)]
    pub json: bool,

    /// Print at most this many results.
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<usize>,
}

/// Arguments of `ideas show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The idea's short id (from `ideas list`), full id, or an unambiguous start of its title.
    #[arg(value_name = "ID", value_hint = ValueHint::Other)]
    pub id: String,

    /// Files or directories to read (default: the bundled catalog).
    #[arg(value_name = "PATH", value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub walk: WalkOptions,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ShowFormat::Human, conflicts_with = "json")]
    pub format: ShowFormat,

    /// Short for --format json.
    #[arg(long)]
    pub json: bool,

    /// Read the catalog compiled into the binary even when `ideas sync` has written an index.
    #[arg(long)]
    pub bundled: bool,
}

/// Arguments of the facet commands (`skills`, `mentors`, `orgs`, `stats`).
#[derive(Debug, Args)]
pub struct FacetArgs {
    #[command(flatten)]
    pub reading: Reading,

    /// Output format (default: human, a table; plain columns when piped).
    #[arg(long, short = 'f', value_enum, conflicts_with = "json")]
    pub format: Option<FacetFormat>,

    /// Short for --format json.
    #[arg(long)]
    pub json: bool,

    /// Print at most this many rows.
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<usize>,
}

/// Arguments of `ideas completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// What `ideas __complete` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompleteKind {
    /// Idea ids (for `show`).
    Ids,
    /// Skill ids (for `--skill`).
    Skills,
    /// Organisations (for `--org`).
    Orgs,
}

/// Arguments of `ideas __complete`.
#[derive(Debug, Args)]
pub struct CompleteArgs {
    /// What to list.
    #[arg(value_enum)]
    pub kind: CompleteKind,
    /// Only values starting with this (ignoring case).
    #[arg(default_value = "")]
    pub prefix: String,
}

/// Arguments of `ideas man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The subcommand whose page to print (default: the page of ideas itself).
    #[arg(value_name = "SUBCOMMAND", value_parser = PossibleValuesParser::new(SUBCOMMANDS))]
    pub subcommand: Option<String>,

    /// Every page: ideas.1 and one ideas-SUBCOMMAND.1 per subcommand (needs --out).
    #[arg(long, requires = "out", conflicts_with = "subcommand")]
    pub all: bool,

    /// Write the pages into this folder instead of printing one.
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub out: Option<PathBuf>,
}

/// The subcommands that have a man page of their own.
pub const SUBCOMMANDS: [&str; 12] = [
    "list",
    "search",
    "show",
    "skills",
    "mentors",
    "orgs",
    "stats",
    "new",
    "completions",
    "man",
    "validate",
    "import",
];
