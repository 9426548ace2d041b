//! Resolving raw arguments into settings, once, before a command runs: where ideas come from
//! (paths, `IDEAS_PATH`, or the bundled catalog), the filter, colour and terminal width.

use crate::cli::FilterArgs;
use crate::lint::check::levenshtein;
use crate::load::{self, Diagnostic, Severity};
use crate::model::{Idea, Level, Program};
use crate::parse::Defaults;
use crate::query::Filter;
use crate::skills::SkillTable;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

/// Where ideas are read from.
#[derive(Debug, Clone)]
pub enum Input {
    /// The catalog compiled into the binary.
    Bundled,
    /// The index `ideas sync` wrote in this cache folder.
    Synced(PathBuf),
    /// Files and directories on disk.
    Paths(Vec<PathBuf>),
}

impl Input {
    /// The paths given, else `IDEAS_PATH` (a `:`-separated list, like `PATH`), else `catalog`
    /// in the nearest `.ideas.toml` (from the current directory up), else the synced index
    /// (unless `bundled`), else the bundled catalog.
    pub fn resolve(paths: &[PathBuf], bundled: bool) -> Result<Input> {
        if !paths.is_empty() {
            return Ok(Input::Paths(paths.to_vec()));
        }
        if let Some(v) = std::env::var_os("IDEAS_PATH").filter(|v| !v.is_empty()) {
            return Ok(Input::Paths(std::env::split_paths(&v).collect()));
        }
        if let Some(file) = crate::lint::config::LintConfig::discover(Path::new(".")) {
            let config = crate::lint::config::LintConfig::load(&file)?;
            if let Some(catalog) = config.catalog {
                return Ok(Input::Paths(vec![catalog]));
            }
        }
        Ok(crate::sources::synced_catalog(bundled).map_or(Input::Bundled, Input::Synced))
    }
}

/// Ideas loaded for a command, with what went wrong while loading.
#[derive(Debug)]
pub struct Session {
    /// The ideas kept (all of them, unless loaded with a filter).
    pub ideas: Vec<Idea>,
    /// What every idea read had (count, skills, organisations).
    pub summary: load::Summary,
    /// Problems met while reading, already printed.
    pub diagnostics: Vec<Diagnostic>,
}

impl Session {
    /// Loads the input, printing diagnostics to `err` as they are found.
    pub fn load(
        input: &Input,
        skills: &SkillTable,
        err: &mut dyn std::io::Write,
    ) -> std::io::Result<Self> {
        Self::load_keeping(input, skills, None, err)
    }

    /// Loads the input keeping only the ideas `keep` accepts.
    pub fn load_keeping(
        input: &Input,
        skills: &SkillTable,
        keep: load::Keep<'_>,
        err: &mut dyn std::io::Write,
    ) -> std::io::Result<Self> {
        let mut loaded = load::load_keeping(input, skills, &Defaults::default(), keep);
        let summary = std::mem::take(&mut loaded.summary);
        let (ideas, diagnostics) = loaded.into_ideas();
        for d in &diagnostics {
            writeln!(err, "{d}")?;
        }
        Ok(Session {
            ideas,
            summary,
            diagnostics,
        })
    }

    /// True if some input could not be read at all (exit status 2).
    pub fn had_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// The terminal's width in columns: `$COLUMNS`, else what the terminal reports, else 80.
pub fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok())
        .filter(|w| *w >= 20)
        .or_else(|| {
            comfy_table::Table::new()
                .width()
                .map(usize::from)
                .filter(|w| *w >= 20)
        })
        .unwrap_or(80)
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
            None => {
                let hint = closest(d, ["easy", "medium", "hard"].into_iter())
                    .map(|c| format!("did you mean '{c}'?"))
                    .unwrap_or_else(|| "use easy, medium or hard".to_string());
                bail!("unknown difficulty '{d}'; {hint}")
            }
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

/// Checks the filter's skill and organisation against what the loaded ideas contain: a value
/// that no idea has and that is close to one that exists is an error with a did-you-mean
/// ("no skill 'golnag'; did you mean 'go'?").
pub fn check_filter_values(
    filter: &Filter,
    args: &FilterArgs,
    summary: &load::Summary,
    skills: &SkillTable,
) -> Result<()> {
    for (raw, id) in args.skill.iter().zip(&filter.skills) {
        if summary.skills.contains(id) || skills.display_name(id).is_some() {
            continue;
        }
        // Closest among every phrase of the table (aliases included: "golnag" is near
        // "golang", which means go) and the skills the ideas list.
        let mut known: Vec<(&str, &str)> = skills.phrases();
        known.extend(summary.skills.iter().map(|s| (s.as_str(), s.as_str())));
        if let Some(c) = closest(id, known.iter().map(|(p, _)| *p)) {
            let target = known.iter().find(|(p, _)| *p == c).map_or(c, |(_, id)| *id);
            bail!("no skill '{raw}'; did you mean '{target}'?");
        }
    }
    if let Some(org) = &filter.org {
        let want = crate::query::squash(org);
        let orgs: Vec<&str> = summary.orgs.iter().map(String::as_str).collect();
        if !orgs.iter().any(|o| crate::query::squash(o).contains(&want)) {
            let lowered: Vec<String> = orgs.iter().map(|o| o.to_lowercase()).collect();
            if let Some(c) = closest(&org.to_lowercase(), lowered.iter().map(String::as_str)) {
                let shown = orgs
                    .iter()
                    .find(|o| o.to_lowercase() == c)
                    .copied()
                    .unwrap_or(c);
                bail!("no organisation '{org}'; did you mean '{shown}'?");
            }
        }
    }
    Ok(())
}

/// The candidate closest to `word` within a small edit distance (a third of its length, at
/// least 1, at most 3).
fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let w = word.to_lowercase();
    let max = (w.chars().count() / 3).clamp(1, 3);
    candidates
        .map(|c| (levenshtein(&w, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= max)
        .min_by_key(|(d, c)| (*d, c.len()))
        .map(|(_, c)| c)
}
