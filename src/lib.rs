//! `ideas`: find, validate and import mentorship project ideas (GSoC, LFX) written in Markdown.
//!
//! The data flows one way: files -> [`parse`] -> [`model`] -> [`query`] -> [`render`].
//! Modules import one way too: [`cli`] (arguments) -> [`config`] (resolved settings) ->
//! [`cmd`] (one module per command) -> ([`load`], [`query`], [`lint`]) -> [`parse`] ->
//! [`model`]; the value enums both ends share are in [`options`]. The binary is a thin wrapper
//! around [`run`], which parses the arguments, resolves them and dispatches; the reading
//! commands read and filter their ideas through `selection`.

pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod form;
pub mod lint;
pub mod load;
pub mod model;
pub mod options;
pub mod orgs;
pub mod parse;
pub mod query;
pub mod render;
mod selection;
pub mod skills;
pub mod sources;
pub mod suggest;
pub mod tokens;
pub mod words;

use clap::Parser;
use selection::Selection;
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

/// Runs the command line and returns the process exit status. It is the binary's entry, to be
/// called once: the ideas a reading command loaded are not freed, as the process exits next.
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
    // Standard output is line-buffered: for a pipe, a larger buffer saves a write per line
    // (12,000 ids are 12,000 system calls otherwise); a terminal sees each line at once.
    let mut out: Box<dyn Write> = if std::io::IsTerminal::is_terminal(&stdout) {
        Box::new(stdout.lock())
    } else {
        Box::new(std::io::BufWriter::with_capacity(1 << 16, stdout.lock()))
    };
    let mut err = stderr.lock();
    let result = dispatch(cli, &mut *out, &mut err).and_then(|o| match out.flush() {
        // A closed pipe loses output, not the outcome (validate's findings still count).
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(o),
        r => r.map(|()| o).map_err(Into::into),
    });
    match result {
        Ok(Outcome(code)) => code,
        Err(e) => {
            // A closed pipe (`ideas list | head`) is not an error (JSON's writer keeps the kind
            // of an I/O failure: render::json).
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
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
    let tty = std::io::stdout().is_terminal();
    let term = options::Term {
        tty,
        color: cli.color.enabled(tty),
        decorated: tty || cli.color == options::ColorChoice::Always,
        width: config::terminal_width(),
    };
    let reading = matches!(
        cli.command,
        cli::Command::List(_)
            | cli::Command::Search(_)
            | cli::Command::Show(_)
            | cli::Command::Skills(_)
            | cli::Command::Mentors(_)
            | cli::Command::Orgs(_)
            | cli::Command::Stats(_)
    );
    let pager = if tty && reading {
        config::pager_command(cli.no_pager)
    } else {
        None
    };
    let Some(pager) = pager else {
        return run_command(cli.command, &term, out, err);
    };
    // Output for a terminal is collected, then paged when it is longer than the screen.
    let mut buffer = Vec::new();
    let outcome = run_command(cli.command, &term, &mut buffer, err)?;
    page(&buffer, &pager, config::terminal_height(), out)?;
    Ok(outcome)
}

/// Writes `text` to `out`, or through `pager` when it has more lines than the screen. A pager
/// that cannot be started is not an error: the text is written as it is.
fn page(text: &[u8], pager: &str, height: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let lines = text.iter().filter(|&&b| b == b'\n').count();
    if lines < height.saturating_sub(1) {
        return out.write_all(text);
    }
    let mut command = if cfg!(windows) {
        let mut words = pager.split_whitespace();
        let mut c = std::process::Command::new(words.next().unwrap_or("more"));
        c.args(words);
        c
    } else {
        let mut c = std::process::Command::new("sh");
        c.arg("-c").arg(pager);
        c
    };
    let child = command.stdin(std::process::Stdio::piped()).spawn();
    let Ok(mut child) = child else {
        return out.write_all(text);
    };
    if let Some(mut stdin) = child.stdin.take() {
        // Quitting the pager early closes its input: not an error.
        match stdin.write_all(text) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    // The shell could not find or run the pager: the text was not shown, so show it here.
    if matches!(child.wait()?.code(), Some(126 | 127)) {
        return out.write_all(text);
    }
    Ok(())
}

/// Runs one command.
fn run_command(
    command: cli::Command,
    term: &options::Term,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    use clap::CommandFactory;
    use cmd::facets::Facet;
    let skills = skills::SkillTable::bundled();
    let options::Term { tty, color, .. } = *term;
    match command {
        cli::Command::List(args) => {
            let format = if args.json {
                options::ListFormat::Json
            } else if args.wide {
                options::ListFormat::Table
            } else {
                args.format.unwrap_or(options::ListFormat::Human)
            };
            let list = cmd::list::ListConfig {
                format,
                sort: args.sort.unwrap_or(options::SortKey::Newest),
                limit: args.limit,
                term: *term,
            };
            // Only JSON prints the ideas' texts, and CSV their upstream issue (a detail too).
            let texts = matches!(format, options::ListFormat::Json | options::ListFormat::Csv);
            let selection = Selection::new(args.reading.clone()).texts(texts);
            // --new, --changed: the last sync's changes.
            let since = (args.new || args.changed)
                .then(|| {
                    let cache = sources::cache::Cache::locate()?;
                    cmd::sync::changed_ids(&cache, args.new, args.changed)
                })
                .transpose()?;
            selection.run(skills, None, err, |ideas, _, read, err| {
                let ideas: Vec<&model::Idea> = ideas
                    .iter()
                    .copied()
                    .filter(|i| since.as_ref().is_none_or(|ids| ids.contains(&i.id)))
                    .collect();
                Ok(cmd::list::run(&list, &ideas, read, out, err)?)
            })
        }
        cli::Command::Search(args) => {
            let format = if args.json {
                options::SearchFormat::Json
            } else {
                args.format.unwrap_or(options::SearchFormat::Human)
            };
            let search = cmd::search::SearchConfig {
                query: args.query.clone(),
                format,
                limit: args.limit,
                term: *term,
            };
            // JSON and the context lines under results print the ideas' texts.
            let texts = format == options::SearchFormat::Json
                || (format == options::SearchFormat::Human && (tty || color));
            let selection = Selection::new(args.reading.clone()).texts(texts);
            selection.run(skills, Some(&args.query), err, |ideas, scores, _, _| {
                cmd::search::run(&search, ideas, scores, out)
            })
        }
        cli::Command::Show(args) => {
            let show = cmd::show::ShowConfig {
                id: args.id.clone(),
                format: if args.json {
                    options::ShowFormat::Json
                } else {
                    args.format
                },
                color,
                width: term.width,
            };
            let mut reading = options::Reading {
                paths: args.paths.clone(),
                walk: args.walk.clone(),
                ..Default::default()
            };
            reading.filters.bundled = args.bundled;
            let selection = Selection::new(reading);
            selection.run(skills, None, err, |ideas, _, _, err| {
                cmd::show::run(&show, ideas, out, err)
            })
        }
        cli::Command::Skills(args) => facet(Facet::Skills, &args, skills, term, out, err),
        cli::Command::Mentors(args) => facet(Facet::Mentors, &args, skills, term, out, err),
        // Over the catalog: every known organisation, with its ideas counted (cmd/orgs.rs).
        cli::Command::Orgs(args) if args.reading.paths.is_empty() => {
            let selection = Selection::new(args.reading.clone()).texts(false);
            let json = args.json || args.format == Some(options::FacetFormat::Json);
            let program = args.reading.filters.program.as_deref();
            selection.run(skills, None, err, |ideas, _, _, _| {
                let (year, limit) = (args.reading.filters.year, args.limit);
                cmd::orgs::run(ideas, program, year, json, limit, *term, out)
            })
        }
        cli::Command::Orgs(args) => facet(Facet::Orgs, &args, skills, term, out, err),
        cli::Command::Stats(args) => facet(Facet::Stats, &args, skills, term, out, err),
        cli::Command::New(args) => cmd::new::run(&args, out),
        cli::Command::Completions(args) => {
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut cli::Cli::command(), "ideas", &mut script);
            let script = String::from_utf8_lossy(&script);
            out.write_all(cmd::complete::with_values(args.shell, &script).as_bytes())?;
            Ok(Outcome(EXIT_OK))
        }
        cli::Command::Complete(args) => {
            let selection = Selection::new(options::Reading::default()).texts(false);
            // Completion must not print anything but values: problems go nowhere.
            let mut quiet = std::io::sink();
            selection.run(skills, None, &mut quiet, |ideas, _, _, _| {
                cmd::complete::write_values(args.kind, &args.prefix, ideas, out)?;
                Ok(Outcome(EXIT_OK))
            })?;
            Ok(Outcome(EXIT_OK))
        }
        cli::Command::Man(args) => cmd::man::run(&args, out),
        cli::Command::Validate(args) => cmd::validate::run(&args, tty, color, out, err),
        cli::Command::Export(args) => cmd::export::run(&args, out, err),
        cli::Command::Import(args) => cmd::import::run(&args, out, err),
        cli::Command::Sync(args) => cmd::sync::run(&args, err),
        cli::Command::Sources(args) => {
            // JSON only when asked for, as in every other command; piped, the table is
            // tab-separated.
            let format = if args.json {
                cmd::sources::SourcesFormat::Json
            } else {
                cmd::sources::SourcesFormat::Table(*term)
            };
            cmd::sources::run(&sources::cache::Cache::locate()?, format, out, err)
        }
    }
}

fn facet(
    facet: cmd::facets::Facet,
    args: &cli::FacetArgs,
    skills: &skills::SkillTable,
    term: &options::Term,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let config = cmd::facets::FacetConfig {
        facet,
        format: if args.json {
            options::FacetFormat::Json
        } else {
            args.format.unwrap_or(options::FacetFormat::Human)
        },
        limit: args.limit,
        term: *term,
    };
    let selection = Selection::new(args.reading.clone());
    selection.run(skills, None, err, |ideas, _, _, _| {
        cmd::facets::run(&config, ideas, skills, out)
    })
}

#[cfg(test)]
mod tests {
    use super::page;

    #[test]
    fn output_longer_than_the_screen_goes_through_the_pager() {
        let dir = std::env::temp_dir().join(format!("ideas-pager-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let paged = dir.join("paged.txt");
        let pager = format!("cat > '{}'", paged.display());
        let text: String = (0..30).map(|i| format!("line {i}\n")).collect();
        let mut out = Vec::new();
        page(text.as_bytes(), &pager, 24, &mut out).unwrap();
        assert!(out.is_empty());
        assert_eq!(std::fs::read_to_string(&paged).unwrap(), text);
        // What fits on the screen is written directly.
        std::fs::remove_file(&paged).unwrap();
        page(text.as_bytes(), &pager, 40, &mut out).unwrap();
        assert_eq!(out, text.as_bytes());
        assert!(!paged.exists());
        // A pager that cannot start is not an error.
        let mut out = Vec::new();
        page(text.as_bytes(), "/no/such/pager", 5, &mut out).unwrap();
        assert_eq!(out, text.as_bytes());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
