//! Resolving raw values into settings, once, before a command runs: where ideas come from
//! (paths, `IDEAS_PATH`, `.ideas.toml` or the bundled catalog), the filter, the terminal's
//! size and the pager. It sees plain values ([`crate::options`]), never clap types, and the
//! commands see only what it resolved.

use crate::load::{self, Input};
use crate::model::{Level, Program, Status};
use crate::options::{FilterOptions, WalkOptions};
use crate::query::Filter;
use crate::skills::SkillTable;
use crate::suggest::closest;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

/// Where ideas come from: the paths given, else `IDEAS_PATH` (a `:`-separated list, like
/// `PATH`), else `catalog` in the nearest `.ideas.toml` (from the current directory up), else
/// the index `ideas sync` wrote (unless `bundled`), else the bundled catalog.
pub fn resolve_input(paths: &[PathBuf], walk: &WalkOptions, bundled: bool) -> Result<Input> {
    for g in &walk.glob {
        if let Err(e) = globset::Glob::new(g) {
            bail!("invalid --glob '{g}': {}", e.kind());
        }
    }
    if !paths.is_empty() {
        return Ok(Input::Paths(paths.to_vec(), walk.clone()));
    }
    if let Some(v) = std::env::var_os("IDEAS_PATH").filter(|v| !v.is_empty()) {
        return Ok(Input::Paths(
            std::env::split_paths(&v).collect(),
            walk.clone(),
        ));
    }
    if let Some(file) = crate::lint::config::LintConfig::discover(Path::new(".")) {
        let config = crate::lint::config::LintConfig::load(&file)?;
        if let Some(catalog) = config.catalog {
            return Ok(Input::Paths(vec![catalog], walk.clone()));
        }
    }
    Ok(crate::sources::synced_catalog(bundled).map_or(Input::Bundled, Input::Synced))
}

/// The terminal's width in columns: `$COLUMNS`, else what the terminal reports, else 80.
pub fn terminal_width() -> usize {
    terminal_size("COLUMNS", 20, |(w, _)| w.0).unwrap_or(80)
}

/// The terminal's height in lines: `$LINES`, else what the terminal reports, else 24.
pub fn terminal_height() -> usize {
    terminal_size("LINES", 2, |(_, h)| h.0).unwrap_or(24)
}

/// One of the terminal's sizes when it is at least `min`: the variable `var`, else `pick` of
/// what the terminal reports.
fn terminal_size(
    var: &str,
    min: usize,
    pick: fn((terminal_size::Width, terminal_size::Height)) -> u16,
) -> Option<usize> {
    let from_var = std::env::var(var)
        .ok()
        .and_then(|c| c.parse::<usize>().ok());
    let from_terminal = || terminal_size::terminal_size().map(|s| usize::from(pick(s)));
    from_var
        .filter(|v| *v >= min)
        .or_else(|| from_terminal().filter(|v| *v >= min))
}

/// The pager to use for output longer than the screen: `IDEAS_PAGER`, else `PAGER`, else
/// `less -FRX`; `None` when paging is off (`--no-pager`, or either variable set but empty).
pub fn pager_command(no_pager: bool) -> Option<String> {
    if no_pager {
        return None;
    }
    for var in ["IDEAS_PAGER", "PAGER"] {
        if let Some(v) = std::env::var_os(var) {
            let v = v.to_string_lossy().trim().to_string();
            return (!v.is_empty() && v != "cat").then_some(v);
        }
    }
    Some("less -FRX".to_string())
}

/// Splits the `--skill` values into groups: one per flag ("all of"), each holding the
/// comma-separated names of that flag ("any of").
pub fn skill_groups(values: &[String]) -> Vec<Vec<String>> {
    values
        .iter()
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|g| !g.is_empty())
        .collect()
}

/// Turns filter values into a [`Filter`], rejecting values that can never match. Notes for
/// the user (a synonym that was mapped) are pushed to `notes`.
pub fn resolve_filter(
    args: &FilterOptions,
    skills: &SkillTable,
    notes: &mut Vec<String>,
) -> Result<Filter> {
    // Clap accepts only the values these read (see `FilterOptions`).
    let difficulty = args.difficulty.as_deref().and_then(Level::parse_word);
    if let (Some(d), Some(l)) = (&args.difficulty, difficulty) {
        if !d.eq_ignore_ascii_case(l.as_str()) {
            notes.push(format!(
                "note: difficulty '{d}' is read as '{}'",
                l.as_str()
            ));
        }
    }
    let program = args.program.as_deref().and_then(Program::parse);
    let status = args.status.as_deref().and_then(Status::parse);
    let filter = Filter {
        mentor: args.mentor.clone().filter(|m| !m.trim().is_empty()),
        difficulty,
        hours: args.hours,
        org: args.org.clone().filter(|o| !o.trim().is_empty()),
        program,
        year: args.year,
        status,
        text: args.text.clone().filter(|t| !t.trim().is_empty()),
        ..Filter::default()
    };
    let groups = skill_groups(&args.skill);
    for name in groups.iter().flatten() {
        // "go rust": several known skills in one value is a slip, not a phrase.
        let found = skills.known_in(name);
        if name.split_whitespace().count() > 1 && found.len() > 1 {
            let all: Vec<String> = found.iter().map(|w| format!("--skill {w}")).collect();
            bail!(
                "'{name}' names {} skills; for any of them write --skill {}, for all of them {}",
                found.len(),
                found.join(","),
                all.join(" ")
            );
        }
    }
    Ok(filter.with_skills(&groups, skills))
}

/// Checks the filter's skill and organisation against what the loaded ideas contain: a value
/// that no idea has and that is close to one that exists is an error with a did-you-mean
/// ("no skill 'golnag'; did you mean 'go'?").
pub fn check_filter_values(
    filter: &Filter,
    args: &FilterOptions,
    summary: &load::Summary,
    skills: &SkillTable,
) -> Result<()> {
    let raw_names = skill_groups(&args.skill).into_iter().flatten();
    // What the loaded ideas list: each written skill (lower-cased) with the skill it names.
    let mut present: Vec<(String, String)> = Vec::new();
    for item in &summary.skills {
        for id in skills.ids_of(item) {
            present.push((item.to_lowercase(), id));
        }
    }
    for (raw, id) in raw_names.zip(filter.skills.iter().flatten()) {
        if present.iter().any(|(_, p)| p == id) || skills.display_name(id).is_some() {
            continue;
        }
        // Closest among the skills the ideas list and the aliases of those skills ("golnag"
        // is near "golang", which means go, when some idea lists Go).
        let mut known: Vec<(&str, &str)> = present
            .iter()
            .map(|(item, id)| (item.as_str(), id.as_str()))
            .collect();
        known.extend(
            skills
                .phrases()
                .into_iter()
                .filter(|(_, id)| present.iter().any(|(_, p)| p == id)),
        );
        if let Some(c) = closest(id, known.iter().map(|(p, _)| *p)) {
            let target = known.iter().find(|(p, _)| *p == c).map_or(c, |(_, id)| *id);
            bail!("no skill '{raw}'; did you mean '{target}'?");
        }
    }
    if let Some(org) = &filter.org {
        let want = crate::query::squash(org);
        let orgs: Vec<&str> = summary.orgs.iter().map(String::as_str).collect();
        if !orgs.iter().any(|o| crate::query::squash(o).contains(&want)) {
            if let Some(shown) = closest(org, orgs.into_iter()) {
                bail!("no organisation '{org}'; did you mean '{shown}'?");
            }
        }
    }
    Ok(())
}
