//! `ideas`: find, validate and import mentorship project ideas (GSoC, LFX) written in Markdown.
//!
//! The data flows one way: files -> [`parse`] -> [`model`] -> [`query`] -> [`render`].
//! The binary is a thin wrapper around [`run`].

pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod lint;
pub mod load;
pub mod model;
pub mod parse;
pub mod query;
pub mod render;
pub mod skills;
pub mod sources;

use clap::Parser;
use std::ffi::OsString;
use std::io::Write;

/// Exit status: success (something matched, or nothing to report).
pub const EXIT_OK: i32 = 0;
/// Exit status: the command ran and nothing matched.
pub const EXIT_NO_MATCH: i32 = 1;
/// Exit status: the command could not do its work (bad arguments, unreadable path).
pub const EXIT_ERROR: i32 = 2;

/// What a command reports back: its exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome(pub i32);

/// Runs the command line and returns the process exit status.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let result = dispatch(cli, &mut out, &mut err).and_then(|o| {
        out.flush()?;
        Ok(o)
    });
    match result {
        Ok(Outcome(code)) => code,
        Err(e) => {
            // A closed pipe (`ideas list | head`) is not an error.
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.downcast_ref::<serde_json::Error>()
                        .and_then(serde_json::Error::io_error_kind)
                        == Some(std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return EXIT_OK;
            }
            let _ = writeln!(err, "error: {e:#}");
            EXIT_ERROR
        }
    }
}

fn dispatch(cli: cli::Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    use std::io::IsTerminal;
    let skills = skills::SkillTable::bundled();
    let tty = std::io::stdout().is_terminal();
    let term = Term {
        tty,
        color: cli.color.enabled(tty),
        decorated: tty || cli.color == cli::ColorChoice::Always,
        width: config::terminal_width(),
    };
    use cmd::facets::Facet;
    let facet_kind = match &cli.command {
        cli::Command::Skills(_) => Facet::Skills,
        cli::Command::Mentors(_) => Facet::Mentors,
        cli::Command::Orgs(_) => Facet::Orgs,
        cli::Command::Stats(_) => Facet::Stats,
        _ => return run_command(cli.command, skills, &term, out, err),
    };
    match cli.command {
        cli::Command::Skills(a)
        | cli::Command::Mentors(a)
        | cli::Command::Orgs(a)
        | cli::Command::Stats(a) => facet(facet_kind, &a, skills, &term, out, err),
        _ => unreachable!("only the facet commands get here"),
    }
}

/// What the output stream is: resolved once, used by every command.
#[derive(Clone, Copy)]
struct Term {
    /// Standard output is a terminal.
    tty: bool,
    /// Colour is on.
    color: bool,
    /// Tables get borders (a terminal, or colour forced).
    decorated: bool,
    /// Width in columns.
    width: usize,
}

/// Runs every command but the facets.
fn run_command(
    command: cli::Command,
    skills: &skills::SkillTable,
    term: &Term,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    use clap::CommandFactory;
    let Term {
        tty,
        color,
        decorated,
        width,
    } = *term;
    match command {
        cli::Command::List(args) => {
            let format = if args.json {
                cli::ListFormat::Json
            } else {
                args.format.unwrap_or(if tty {
                    cli::ListFormat::Table
                } else {
                    cli::ListFormat::Json
                })
            };
            let list = cmd::list::ListConfig {
                format,
                sort: args.sort,
                limit: args.limit,
                width,
                decorated,
            };
            select(
                &args.paths,
                &args.filters,
                skills,
                err,
                |ideas, total, err| Ok(cmd::list::run(&list, ideas, total, out, err)?),
            )
        }
        cli::Command::Search(args) => {
            let search = cmd::search::SearchConfig {
                query: args.query.clone(),
                format: args.format.unwrap_or(if tty {
                    cmd::search::SearchFormat::Table
                } else {
                    cmd::search::SearchFormat::Json
                }),
                limit: args.limit,
                color,
                width,
            };
            let matches_query = cmd::search::matcher(&args.query);
            select_where(
                &args.paths,
                &args.filters,
                &matches_query,
                skills,
                err,
                |ideas, _, _| cmd::search::run(&search, ideas, out),
            )
        }
        cli::Command::Show(args) => {
            let show = cmd::show::ShowConfig {
                id: args.id.clone(),
                format: args.format,
                color,
                width,
            };
            select(
                &args.paths,
                &cli::FilterArgs {
                    bundled: args.bundled,
                    ..cli::FilterArgs::default()
                },
                skills,
                err,
                |ideas, _, err| cmd::show::run(&show, ideas, out, err),
            )
        }
        cli::Command::Skills(args)
        | cli::Command::Mentors(args)
        | cli::Command::Orgs(args)
        | cli::Command::Stats(args) => unreachable!("{args:?}"),
        cli::Command::New(args) => cmd::new::run(&args, out),
        cli::Command::Completions(args) => {
            clap_complete::generate(args.shell, &mut cli::Cli::command(), "ideas", out);
            Ok(Outcome(EXIT_OK))
        }
        cli::Command::Man => {
            clap_mangen::Man::new(cli::Cli::command()).render(out)?;
            Ok(Outcome(EXIT_OK))
        }
        cli::Command::Validate(args) => {
            let config = cmd::validate::ValidateConfig {
                paths: if args.paths.is_empty() {
                    vec![std::path::PathBuf::from(".")]
                } else {
                    args.paths
                },
                format: args.format.unwrap_or(if tty {
                    render::diagnostics::DiagFormat::Human
                } else {
                    render::diagnostics::DiagFormat::Concise
                }),
                color,
                deny_warnings: args.deny_warnings,
                config: args.config,
            };
            cmd::validate::run(&config, out, err)
        }
        cli::Command::Import(args) => {
            let program = match args.program.as_deref() {
                None => None,
                Some(p) => Some(config::parse_program(p)?),
            };
            let config = cmd::import::ImportConfig {
                pages: args.pages,
                out: args.out,
                defaults: parse::Defaults {
                    program,
                    year: args.year,
                    term: args.term,
                    org: args.org,
                },
                force: args.force,
                facts_only: args.facts_only,
                source_url: args.source_url,
            };
            cmd::import::run(&config, out, err)
        }
        cli::Command::Sync(args) => {
            use std::io::IsTerminal;
            let (registry, partial) =
                cmd::sync::SyncConfig::registry(args.sources.as_deref(), &args.source)?;
            let config = cmd::sync::SyncConfig {
                registry,
                partial,
                offline: args.offline,
                fetch: sources::fetch::FetchSettings {
                    timeout: std::time::Duration::from_secs(args.timeout.max(1)),
                    retries: args.retries,
                    max_bytes: args.max_size,
                    ..Default::default()
                },
                cache_dir: sources::cache::Cache::locate()?,
                progress: std::io::stderr().is_terminal(),
                jobs: args.jobs,
            };
            cmd::sync::run(&config, err)
        }
        cli::Command::Sources(args) => {
            let format = if args.json || !tty {
                cmd::sources::SourcesFormat::Json
            } else {
                cmd::sources::SourcesFormat::Table
            };
            cmd::sources::run(&sources::cache::Cache::locate()?, format, out, err)
        }
    }
}

fn facet(
    facet: cmd::facets::Facet,
    args: &cli::FacetArgs,
    skills: &skills::SkillTable,
    term: &Term,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let Term {
        tty,
        color,
        decorated,
        width,
    } = *term;
    let config = cmd::facets::FacetConfig {
        facet,
        format: args.format.unwrap_or(if tty {
            cmd::facets::FacetFormat::Table
        } else {
            cmd::facets::FacetFormat::Json
        }),
        limit: args.limit,
        color,
        width,
        decorated,
    };
    select(&args.paths, &args.filters, skills, err, |ideas, _, _| {
        cmd::facets::run(&config, ideas, skills, out)
    })
}

/// Loads the input (paths, `IDEAS_PATH` or the bundled catalog), applies the filters and runs
/// `f` on the ideas that pass, with the number read. A path that could not be read makes the
/// exit status 2 whatever `f` returns.
fn select(
    paths: &[std::path::PathBuf],
    filters: &cli::FilterArgs,
    skills: &skills::SkillTable,
    err: &mut dyn Write,
    f: impl FnOnce(&[&model::Idea], usize, &mut dyn Write) -> anyhow::Result<Outcome>,
) -> anyhow::Result<Outcome> {
    select_where(paths, filters, &|_| true, skills, err, f)
}

/// [`select`] with a further test ideas must pass (a search query).
fn select_where(
    paths: &[std::path::PathBuf],
    filters: &cli::FilterArgs,
    also: &(dyn Fn(&model::Idea) -> bool + Sync),
    skills: &skills::SkillTable,
    err: &mut dyn Write,
    f: impl FnOnce(&[&model::Idea], usize, &mut dyn Write) -> anyhow::Result<Outcome>,
) -> anyhow::Result<Outcome> {
    let filter = config::resolve_filter(filters, skills)?;
    let input = config::Input::resolve(paths, filters.bundled)?;
    // Without --mentor (which needs every idea to know who is who), ideas the filters reject
    // are dropped while the files are read.
    let keep = |i: &model::Idea| filter.matches_without_mentor(i) && also(i);
    let session = if filter.mentor.is_none() {
        config::Session::load_keeping(&input, skills, Some(&keep), err)?
    } else {
        config::Session::load(&input, skills, err)?
    };
    config::check_filter_values(&filter, filters, &session.summary, skills)?;
    let matched = filter.apply(&session.ideas);
    let outcome = f(&matched, session.summary.total, err)?;
    Ok(if session.had_errors() {
        Outcome(EXIT_ERROR)
    } else {
        outcome
    })
}
