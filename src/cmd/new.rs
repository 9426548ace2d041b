//! `ideas new`: scaffold an idea in the LFX template, or as a canonical catalog file, from flags.
//! A field not given is written as "TBD" so that `ideas validate` points at it.

use crate::model::{Difficulty, Idea};
use crate::options::NewFormat;
use crate::parse::mentors::parse_mentors;
use crate::render::canonical;
use crate::{Outcome, EXIT_OK};
use anyhow::{bail, Context, Result};
use std::io::Write;

/// What to scaffold: the values of `ideas new`'s flags.
#[derive(Debug, Clone, clap::Args)]
pub struct NewConfig {
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
    pub out: Option<std::path::PathBuf>,
}

/// Runs `new`.
pub fn run(args: &NewConfig, out: &mut dyn Write) -> Result<Outcome> {
    let difficulty = match args.difficulty.as_deref() {
        None => None,
        Some(d) => Some(
            Difficulty::parse(d)
                .with_context(|| format!("unknown difficulty '{d}'; use easy, medium or hard"))?,
        ),
    };
    let program = match args.program.as_deref() {
        None => None,
        Some(p) => Some(crate::query::parse_program(p)?),
    };
    for m in &args.mentor {
        if parse_mentors(m).is_empty() {
            bail!("cannot read mentor '{m}'; write it as \"Name (@github, email)\"");
        }
    }
    let text = match args.format {
        NewFormat::Lfx => lfx_entry(args, difficulty),
        NewFormat::Canonical => {
            let mentors = args.mentor.iter().flat_map(|m| parse_mentors(m)).collect();
            let skills_raw = args.skill.join(", ");
            let idea = Idea {
                id: Idea::make_id(program, args.year, Some(&args.org), &args.title),
                title: args.title.clone(),
                org: Some(args.org.clone()),
                program,
                year: args.year,
                term: args.term.clone(),
                description: args.description.clone(),
                expected_outcomes: args.outcome.clone(),
                // The skills as the user wrote them, one item per --skill.
                skills: crate::skills::list_items(&args.skill),
                skills_raw: (!skills_raw.is_empty()).then_some(skills_raw),
                mentors,
                difficulty,
                hours: args.hours.into_iter().collect(),
                upstream_issues: args.upstream.iter().cloned().collect(),
                ..Idea::default()
            };
            canonical::render(&idea)
        }
    };
    match &args.out {
        None => out.write_all(text.as_bytes())?,
        Some(path) => {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .with_context(|| {
                    format!(
                        "cannot create {} (an existing file is never replaced)",
                        path.display()
                    )
                })?;
            f.write_all(text.as_bytes())?;
            writeln!(out, "wrote {}", path.display())?;
        }
    }
    Ok(Outcome(EXIT_OK))
}

/// An entry for an LFX `project_ideas.md` page.
fn lfx_entry(args: &NewConfig, difficulty: Option<Difficulty>) -> String {
    let or_tbd = |v: Option<&String>| match v.map(|s| s.trim()) {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => "TBD".to_string(),
    };
    let skills = args.skill.join(", ");
    let mut s = format!(
        "### {}\n\n#### {}\n\n- Description: {}\n- Expected Outcome: {}\n- Recommended Skills: {}\n",
        args.org.trim(),
        args.title.trim(),
        or_tbd(args.description.as_ref()),
        or_tbd(args.outcome.as_ref()),
        if skills.is_empty() { "TBD" } else { &skills },
    );
    if let Some(d) = difficulty {
        s += &format!("- Difficulty: {d}\n");
    }
    if let Some(h) = args.hours {
        s += &format!("- Expected Size: {h} hours\n");
    }
    s += match args.mentor.is_empty() {
        true => "- Mentor(s): TBD\n",
        false => "- Mentor(s):\n",
    };
    for m in &args.mentor {
        s += &format!("  - {}\n", m.trim());
    }
    s + &format!("- Upstream Issue: {}\n", or_tbd(args.upstream.as_ref()))
}
