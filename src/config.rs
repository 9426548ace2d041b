//! Resolving raw arguments into settings, once, before a command runs.

use crate::cli::{FilterArgs, ListArgs, ListFormat};
use crate::model::{Level, Program};
use crate::query::Filter;
use crate::skills::SkillTable;
use anyhow::{bail, Result};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Where ideas are read from.
#[derive(Debug, Clone)]
pub enum Input {
    /// The catalog compiled into the binary.
    Bundled,
    /// Files and directories on disk.
    Paths(Vec<PathBuf>),
}

/// Settings of `ideas list`.
#[derive(Debug, Clone)]
pub struct ListConfig {
    /// What to read.
    pub input: Input,
    /// What to keep.
    pub filter: Filter,
    /// How to print.
    pub format: ListFormat,
    /// Terminal width for tables, when known.
    pub width: Option<u16>,
}

impl ListConfig {
    /// Resolves `list` arguments.
    pub fn from_args(args: &ListArgs, skills: &SkillTable) -> Result<Self> {
        let input = if args.paths.is_empty() {
            Input::Bundled
        } else {
            Input::Paths(args.paths.clone())
        };
        let filter = resolve_filter(&args.filters, skills)?;
        let tty = std::io::stdout().is_terminal();
        let format = args.format.unwrap_or(if tty {
            ListFormat::Table
        } else {
            ListFormat::Json
        });
        Ok(ListConfig {
            input,
            filter,
            format,
            width: None,
        })
    }
}

/// A programme named on the command line.
pub fn parse_program(p: &str) -> Result<Program> {
    match p.trim().to_ascii_lowercase().as_str() {
        "gsoc" | "google summer of code" => Ok(Program::Gsoc),
        "lfx" | "lfx mentorship" => Ok(Program::Lfx),
        "other" => Ok(Program::Other),
        _ => bail!("unknown program '{p}'; use gsoc, lfx or other"),
    }
}

/// Turns filter flags into a [`Filter`], rejecting values that can never match.
pub fn resolve_filter(args: &FilterArgs, skills: &SkillTable) -> Result<Filter> {
    let difficulty = match args.difficulty.as_deref() {
        None => None,
        Some(d) => match Level::parse_word(d) {
            Some(l) => Some(l),
            None => bail!("unknown difficulty '{d}'; use easy, medium or hard"),
        },
    };
    let program = match args.program.as_deref() {
        None => None,
        Some(p) => Some(parse_program(p)?),
    };
    let filter = Filter {
        mentor: args.mentor.clone().filter(|m| !m.trim().is_empty()),
        difficulty,
        org: args.org.clone().filter(|o| !o.trim().is_empty()),
        program,
        year: args.year,
        text: args.text.clone().filter(|t| !t.trim().is_empty()),
        ..Filter::default()
    };
    Ok(filter.with_skills(&args.skill, skills))
}
