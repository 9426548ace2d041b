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
            if let Some(io) = e.downcast_ref::<std::io::Error>() {
                if io.kind() == std::io::ErrorKind::BrokenPipe {
                    return EXIT_OK;
                }
            }
            let _ = writeln!(err, "error: {e:#}");
            EXIT_ERROR
        }
    }
}

fn dispatch(cli: cli::Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let skills = skills::SkillTable::bundled();
    match cli.command {
        cli::Command::List(args) => {
            let config = config::ListConfig::from_args(&args, skills)?;
            Ok(cmd::list::run(&config, skills, out, err)?)
        }
        cli::Command::Validate(args) => {
            use std::io::IsTerminal;
            let tty = std::io::stdout().is_terminal();
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
                color: args.color.enabled(tty),
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
            };
            cmd::import::run(&config, out, err)
        }
    }
}
