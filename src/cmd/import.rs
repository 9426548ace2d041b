//! `ideas import`: split pages into one canonical file per idea under an output folder.
//!
//! Safe by construction: paths are built from slugs (`[a-z0-9-]`), checked to stay inside the
//! output folder (symlinks included), files are written to a temporary name and renamed into
//! place, an existing file is never replaced unless `--force`, and a file that already holds
//! the same content is left alone (so importing a page twice changes nothing).

use crate::parse::{self, Defaults, FileOutcome};
use crate::render::canonical;
use crate::skills::SkillTable;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use anyhow::{bail, Context, Result};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Settings of `import`: the values of its flags.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportConfig {
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
    #[arg(long, value_name = "ORG", conflicts_with = "set_org")]
    pub org: Option<String>,

    /// Organisation of every idea, whatever the page's headings say (a GSoC organisation's
    /// page, where headings name its sub-projects).
    #[arg(long, value_name = "ORG")]
    pub set_org: Option<String>,

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

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Wrote,
    Replaced,
    Unchanged,
    Kept,
}

/// Runs `import`.
pub fn run(config: &ImportConfig, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    // Page-level facts for what the pages do not say.
    let defaults = Defaults {
        program: match config.program.as_deref() {
            None => None,
            Some(p) => Some(crate::query::parse_program(p)?),
        },
        year: config.year,
        term: config.term.clone(),
        org: config.org.clone().or(config.set_org.clone()),
        site: None,
    };
    let skills = SkillTable::bundled();
    std::fs::create_dir_all(&config.out)
        .with_context(|| format!("cannot create {}", config.out.display()))?;
    let root = std::fs::canonicalize(&config.out)
        .with_context(|| format!("cannot read {}", config.out.display()))?;
    let mut claimed: HashSet<PathBuf> = HashSet::new();
    let mut claimed_ids: HashSet<String> = HashSet::new();
    let (mut wrote, mut unchanged, mut kept, mut ideas) = (0, 0, 0, 0);
    for page in &config.pages {
        let display = crate::load::display_path(page);
        let parsed = match parse::read_page(page, &display, skills, &defaults)
            .with_context(|| format!("{display}: cannot read"))?
        {
            FileOutcome::Parsed(p) => p,
            FileOutcome::Skipped(reason) => {
                writeln!(err, "note: {display}: skipped: {reason}")?;
                continue;
            }
        };
        for w in &parsed.warnings {
            writeln!(err, "warning: {display}:{}: {}", w.line, w.message)?;
        }
        if parsed.ideas.is_empty() {
            writeln!(err, "note: {display}: no ideas found")?;
        }
        for p in &parsed.ideas {
            let mut idea = p.idea.clone();
            if let Some(org) = &config.set_org {
                idea.org = Some(org.clone());
            }
            if config.facts_only {
                non_github_handles_as_names(&mut idea);
            } else if idea.source.url.is_none() {
                idea.source.url = config.source_url.clone();
            }
            if idea.title.trim().is_empty() {
                writeln!(
                    err,
                    "warning: {display}:{}: idea without a title skipped",
                    idea.source.line
                )?;
                continue;
            }
            ideas += 1;
            let (rel, n) = unique(canonical::relative_path(&idea), &mut claimed);
            // (Two ideas of one title on a page have distinct ids already, "x" and "x-2"; two
            // on two pages of the import get them here.)
            let id = crate::model::claim_id(&idea.id, &mut claimed_ids);
            let target = config.out.join(&rel);
            let mut content = if config.facts_only {
                canonical::render_facts_only(&idea, config.source_url.as_deref())
            } else {
                canonical::render(&idea)
            };
            if n.is_some() || id != idea.id {
                // A second idea of the same title: its own id, as its own file.
                content = content.replacen("---\n", &format!("---\nid: {id}\n"), 1);
            }
            let (word, count) = match write_file(&root, &target, &rel, &content, config.force)? {
                Action::Wrote => ("wrote", &mut wrote),
                Action::Replaced => ("replaced", &mut wrote),
                Action::Unchanged => ("unchanged", &mut unchanged),
                Action::Kept => {
                    kept += 1;
                    writeln!(
                        err,
                        "warning: {} exists with other content; kept it (use --force to replace)",
                        target.display()
                    )?;
                    continue;
                }
            };
            *count += 1;
            writeln!(out, "{word} {}", target.display())?;
        }
    }
    writeln!(
        err,
        "{ideas} ideas: {wrote} written, {unchanged} unchanged, {kept} kept"
    )?;
    Ok(Outcome(if kept > 0 { EXIT_NO_MATCH } else { EXIT_OK }))
}

/// The path itself, or `-2`, `-3`, ... before `.md` when two ideas of one import would share it
/// (with the number given).
fn unique(rel: PathBuf, claimed: &mut HashSet<PathBuf>) -> (PathBuf, Option<u32>) {
    if claimed.insert(rel.clone()) {
        return (rel, None);
    }
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 2.. {
        let candidate = rel.with_file_name(format!("{stem}-{n}.md"));
        if claimed.insert(candidate.clone()) {
            return (candidate, Some(n));
        }
    }
    unreachable!("an unused suffix always exists")
}

/// Writes `content` to `target` (which is `root`/`rel`) atomically: temporary file in the same
/// folder, then rename. Refuses paths that leave `root`.
fn write_file(
    root: &Path,
    target: &Path,
    rel: &Path,
    content: &str,
    force: bool,
) -> Result<Action> {
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        bail!("refusing path {} outside the output folder", rel.display());
    }
    let dir = target.parent().expect("a file path has a parent");
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let real_dir = std::fs::canonicalize(dir)?;
    if !real_dir.starts_with(root) {
        bail!(
            "refusing to write {}: it resolves outside the output folder",
            target.display()
        );
    }
    let existed = match std::fs::symlink_metadata(target) {
        Ok(meta) => {
            if meta.file_type().is_symlink() && !force {
                return Ok(Action::Kept);
            }
            if std::fs::read_to_string(target).ok().as_deref() == Some(content) {
                return Ok(Action::Unchanged);
            }
            if !force {
                return Ok(Action::Kept);
            }
            true
        }
        Err(_) => false,
    };
    let name = target.file_name().expect("a file name").to_string_lossy();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(content.as_bytes())?;
        f.sync_all()?;
        if existed {
            return std::fs::rename(&tmp, target);
        }
        // A new file: link it into place, which fails rather than replace a file that
        // appeared meanwhile; fall back to rename where links are not supported.
        match std::fs::hard_link(&tmp, target) {
            Ok(()) => std::fs::remove_file(&tmp),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
            Err(_) => std::fs::rename(&tmp, target),
        }
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            return Ok(Action::Kept);
        }
        return Err(e).with_context(|| format!("cannot write {}", target.display()));
    }
    Ok(if existed {
        Action::Replaced
    } else {
        Action::Wrote
    })
}

/// A catalog records GitHub accounts only: a handle that cannot be a GitHub login
/// (`@first.last`, a chat handle) is kept as the page wrote it, as the mentor's name.
fn non_github_handles_as_names(idea: &mut crate::model::Idea) {
    for m in &mut idea.mentors {
        if let Some(h) = m
            .github
            .take_if(|h| !parse::mentors::is_valid_github_handle(h))
        {
            m.name.get_or_insert_with(|| format!("@{h}"));
        }
    }
}
