//! `ideas sync`: fetch every registered source, keep the raw pages in the cache, parse them and
//! write the index the reading commands answer from.
//!
//! A failed sync never loses ideas: a source that cannot be fetched (404, 500 after retries, a
//! timeout, an oversized or truncated body), or whose new copy no longer parses to any idea
//! when the old one did, is reported with its URL and reason and keeps its previous copy. A
//! lock in the cache folder makes a second sync wait for the first; the index is written to a
//! temporary name and renamed, so readers never see half of it.

use crate::parse::html_page as html;
use crate::skills::SkillTable;
use crate::sources::cache::{now, Cache, SourceState, Status};
use crate::sources::changes::Changes;
use crate::sources::fetch::{FetchSettings, Fetched, Fetcher, Validators};
use crate::sources::index::{parse_source, Index, IndexedSource};
use crate::sources::reach::{self, Hosts};
use crate::sources::registry::{Registry, Source};
use crate::sources::{bundled, discover, issues, kinds, pool};
use crate::{Outcome, EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK};
use anyhow::{bail, Result};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Settings of `sync`: the values of its flags.
#[derive(Debug, Clone, clap::Args)]
pub struct SyncConfig {
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

    /// Add the programme's organisations of YEAR (default: this year) that no source reads
    /// yet, then sync: `--discover gsoc 2027`, `--discover lfx 2027` (the CNCF terms).
    #[arg(long, value_name = "PROGRAM [YEAR]", num_args = 1..=2, conflicts_with = "source")]
    pub discover: Vec<String>,
}

/// The registry for this run: `--source` URLs alone when given (and true: only some sources
/// are synced, the index keeps the others); else `sources_file` (`--sources`) or the bundled
/// `ideas/sources.toml`, plus the `[[source]]` tables of the nearest `.ideas.toml` (and false:
/// the registry is the whole list, and sources no longer in it are dropped).
pub(crate) fn registry(sources_file: Option<&Path>, urls: &[String]) -> Result<(Registry, bool)> {
    if !urls.is_empty() {
        let mut registry = Registry::default();
        for url in urls {
            registry.add(Source::from_url(url)?);
        }
        return Ok((registry, true));
    }
    let mut registry = match sources_file {
        Some(file) => Registry::load(file)?,
        None => Registry::bundled()?,
    };
    if let Some(config) = crate::lint::config::LintConfig::discover(Path::new(".")) {
        registry.extend(Registry::from_config(&config)?);
    }
    if registry.sources.is_empty() {
        bail!("no sources to sync: the registry lists none");
    }
    Ok((registry, false))
}

/// Runs `sync`. Exit status: 0 every source fresh or unchanged, 1 some failed (their previous
/// copies, or their bundled ideas, were kept), 2 the sync could not run (nothing reached).
pub fn run(config: &SyncConfig, err: &mut dyn Write) -> Result<Outcome> {
    let (mut registry, partial) = registry(config.sources.as_deref(), &config.source)?;
    let cache = Cache::at(Cache::locate()?);
    let discover = discover_arg(&config.discover)?;
    let fetch = FetchSettings {
        timeout: std::time::Duration::from_secs(config.timeout.max(1)),
        retries: config.retries,
        max_bytes: config.max_size,
        ..Default::default()
    };
    let _lock = cache.lock(err)?;
    let skills = SkillTable::bundled();
    let previous = read_previous(&cache, skills, err)?;
    // What the user saw before this sync.
    let before = previous
        .clone()
        .unwrap_or_else(|| Index::new(Vec::new()))
        .with_bundled();

    let fetcher = Fetcher::new(fetch.clone());
    if !partial {
        // The organisations an earlier `--discover` added.
        registry.extend(discover::load(cache.dir())?);
    }
    if let Some((program, year)) = discover {
        if let Some(outcome) = discover_orgs(&cache, &fetcher, &mut registry, program, year, err)? {
            return Ok(outcome);
        }
    }
    if config.offline {
        // Every cached source, those of a `--source` or another registry included.
        for state in cache.states() {
            registry.add(state.source);
        }
    } else {
        // The servers actually asked: those of the text URLs, not of the links.
        let targets: Vec<String> = (registry.sources.iter())
            .map(|s| kinds::text_url(&s.url).url)
            .collect();
        let urls: Vec<&str> = targets.iter().map(String::as_str).collect();
        let within = fetch.timeout.min(PROBE_TIMEOUT);
        if let Err(failed) = reach::probe(&fetcher, &urls, PROBE_HOSTS, within) {
            let tried: Vec<String> = failed
                .iter()
                .map(|(h, why)| format!("{h} ({why})"))
                .collect();
            let tried = match tried.is_empty() {
                true => "no answer in time".to_string(),
                false => tried.join(", "),
            };
            let kept = match previous {
                Some(_) => "the last sync's",
                None => "the bundled catalog's",
            };
            writeln!(
                err,
                "ideas sync: no server reached ({tried}); nothing changed, the ideas are {kept}"
            )?;
            return Ok(Outcome(EXIT_ERROR));
        }
    }
    let hosts = Hosts::default();
    // Drawn on a terminal only (indicatif hides it elsewhere).
    let style =
        indicatif::ProgressStyle::with_template("syncing {bar:30} {pos}/{len} sources {msg}")
            .expect("a valid template");
    let bar = indicatif::ProgressBar::new(registry.sources.len() as u64).with_style(style);
    let synced = pool::run(
        &registry.sources,
        config.jobs,
        pool::PER_HOST,
        |source| reach::host(&kinds::text_url(&source.url).url),
        |source| {
            let result = sync_one(&cache, &fetcher, &hosts, source, config.offline, skills);
            bar.inc(1);
            result
        },
    );
    bar.finish_and_clear();

    let sources = if partial {
        let held = previous.map(|p| p.sources).unwrap_or_default();
        merge(
            held.into_iter()
                .filter(|s| !bundled::is_bundled(&s.state))
                .collect(),
            synced,
        )
    } else {
        let listed: HashSet<&str> = registry.sources.iter().map(|s| s.url.as_str()).collect();
        for state in cache.states() {
            if !listed.contains(state.source.url.as_str()) {
                cache.remove(&state.source.url);
            }
        }
        synced
    };
    let index = Index::new(sources).with_bundled();
    index.write(&cache)?;

    report(config, &registry, &cache, &index, &before, err)
}

/// `--discover`: adds the programme's organisations that no source reads yet to the discovered
/// sources and to `registry`, saying how many. `Some(outcome)` when the sync cannot go on.
fn discover_orgs(
    cache: &Cache,
    fetcher: &Fetcher,
    registry: &mut Registry,
    program: crate::model::Program,
    year: u16,
    err: &mut dyn Write,
) -> Result<Option<Outcome>> {
    use crate::model::Program;
    let discovered = match program {
        Program::Gsoc => discover::gsoc(fetcher, year).map(|orgs| {
            let (found, no_link) = discover::gsoc_pages(&orgs, year);
            let what = format!("{} organisations of GSoC {year}", orgs.len());
            (what, found, no_link)
        }),
        Program::Lfx => discover::lfx(fetcher, year).map(|found| {
            let what = format!("{} pages of the CNCF's LFX {year} terms", found.len());
            (what, found, Vec::new())
        }),
        Program::Other => bail!("--discover reads the GSoC and LFX (CNCF) lists only"),
    };
    let (what, found, no_link) = match discovered {
        Ok(discovered) => discovered,
        Err(e) => {
            writeln!(
                err,
                "ideas sync: could not discover the organisations: {e:#}"
            )?;
            return Ok(Some(Outcome(EXIT_ERROR)));
        }
    };
    let added = discover::add(cache.dir(), registry, &found)?;
    writeln!(
        err,
        "discovered {what}: {} new, {} already known{}",
        added.new,
        added.known,
        match no_link.len() {
            0 => String::new(),
            n => format!(", {n} without an ideas link"),
        }
    )?;
    registry.extend(discover::load(cache.dir())?);
    Ok(None)
}

/// How many distinct hosts a sync asks before fetching, and how long it waits for them.
const PROBE_HOSTS: usize = 3;
const PROBE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(8);

/// The index of the last sync: `None` when there is none; rebuilt from the cached pages
/// when damaged or of another version.
pub(super) fn read_previous(
    cache: &Cache,
    skills: &SkillTable,
    err: &mut dyn Write,
) -> Result<Option<Index>> {
    Ok(match Index::read(cache) {
        Ok(index) => Some(index),
        Err(e) if cache.dir().join(crate::sources::index::FILE_NAME).exists() => {
            writeln!(err, "warning: {e:#}; rebuilding it from the cached pages")?;
            Some(Index::rebuild(cache, skills))
        }
        // An index of the earlier format: the cached pages hold the same ideas.
        Err(_)
            if cache
                .dir()
                .join(crate::sources::index::LEGACY_FILE_NAME)
                .exists() =>
        {
            Some(Index::rebuild(cache, skills))
        }
        Err(_) => None,
    })
}

/// Writes one warning per failed source, one line per source that changed, and the summary;
/// records the changes for `list --new` and `--changed`.
fn report(
    config: &SyncConfig,
    registry: &Registry,
    cache: &Cache,
    index: &Index,
    before: &Index,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let listed: HashSet<&str> = registry.sources.iter().map(|s| s.url.as_str()).collect();
    // With --offline, a source never fetched was not asked for: it is counted, not a failure.
    let never =
        |s: &&SourceState| config.offline && s.status == Status::Failed && s.fetched_at.is_none();
    let (not_cached, this_run): (Vec<&SourceState>, Vec<&SourceState>) = (index.sources.iter())
        .map(|s| &s.state)
        .filter(|s| listed.contains(s.source.url.as_str()))
        .partition(never);
    let not_cached = not_cached.len();
    let count = |status: Status| this_run.iter().filter(|s| s.status == status).count();
    for s in this_run.iter().filter(|s| s.status == Status::Failed) {
        writeln!(
            err,
            "warning: {}: {}",
            s.source.url,
            s.message.as_deref().unwrap_or("failed")
        )?;
    }
    let changes = Changes::between(before, index);
    for (url, (new, changed, withdrawn)) in &changes.by_source {
        let url = if url == bundled::URL {
            "the bundled catalog"
        } else {
            url
        };
        writeln!(
            err,
            "{url}: {}",
            counts(*new, *changed, *withdrawn).join(", ")
        )?;
    }
    if let Err(e) = changes.write(cache) {
        writeln!(err, "warning: could not record what changed: {e:#}")?;
    }
    let failed = count(Status::Failed);
    let how = if config.offline {
        format!(
            "{} read from the cache, {not_cached} never fetched",
            count(Status::Cached)
        )
    } else {
        format!(
            "{} fresh, {} unchanged, {failed} failed",
            count(Status::Fetched),
            count(Status::Unchanged)
        )
    };
    let total = index.totals().total;
    writeln!(
        err,
        "synced {} sources: {how}; {} new ideas, {} changed, {} withdrawn; {total} ideas in all",
        this_run.len(),
        changes.new.len(),
        changes.changed.len(),
        changes.withdrawn.len(),
    )?;
    Ok(Outcome(if failed > 0 { EXIT_NO_MATCH } else { EXIT_OK }))
}

/// "2 new", "1 changed", "1 withdrawn", leaving out zeros.
fn counts(new: usize, changed: usize, withdrawn: usize) -> Vec<String> {
    [(new, "new"), (changed, "changed"), (withdrawn, "withdrawn")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| format!("{n} {word}"))
        .collect()
}

/// The ids `ideas list --new` (or `--changed`, or both) keeps: those of the last sync's
/// changes. An error when no sync has recorded any.
pub fn changed_ids(cache_dir: &Path, new: bool, changed: bool) -> Result<HashSet<String>> {
    let Some(changes) = Changes::read(&Cache::at(cache_dir.to_path_buf()))? else {
        bail!("no sync has recorded what changed yet; run `ideas sync`");
    };
    let new = changes.new.into_iter().filter(|_| new);
    Ok(new
        .chain(changes.changed.into_iter().filter(|_| changed))
        .collect())
}

/// The previous sources with the ones synced now in their place, new ones at the end.
fn merge(previous: Vec<IndexedSource>, synced: Vec<IndexedSource>) -> Vec<IndexedSource> {
    let mut fresh: HashMap<String, IndexedSource> = synced
        .into_iter()
        .map(|s| (s.state.source.url.clone(), s))
        .collect();
    let mut out: Vec<IndexedSource> = previous
        .into_iter()
        .map(|s| fresh.remove(&s.state.source.url).unwrap_or(s))
        .collect();
    let mut rest: Vec<IndexedSource> = fresh.into_values().collect();
    rest.sort_by(|a, b| a.state.source.url.cmp(&b.state.source.url));
    out.extend(rest);
    out
}

/// Syncs one source: fetch (conditionally), judge the new copy, keep the cache and state.
fn sync_one(
    cache: &Cache,
    fetcher: &Fetcher,
    hosts: &Hosts,
    source: &Source,
    offline: bool,
    skills: &SkillTable,
) -> IndexedSource {
    let url = &source.url;
    let held = cache.read_body(url);
    let previous = cache.read_state(url);
    let mut state = previous
        .clone()
        .unwrap_or_else(|| SourceState::new(source.clone(), Status::Failed, 0));
    state.source = source.clone();
    state.last_sync = now();
    let not_read = (!source.format().is_readable())
        .then(|| format!("{} is not read as ideas yet", source.format().as_str()));

    // The status, message and ideas (`None`: the held copy's) of the source after this sync;
    // `Err`: it failed, for this reason, and keeps its held copy.
    let synced = if offline {
        if held.is_none() {
            // Nothing held and nothing asked: no state is written for it.
            state.status = Status::Failed;
            state.message = Some("never fetched".into());
            return IndexedSource {
                state,
                ideas: Vec::new(),
            };
        }
        Ok((Status::Cached, not_read, None))
    } else {
        let validators = match &held {
            Some(_) => Validators {
                etag: state.etag.clone(),
                last_modified: state.last_modified.clone(),
            },
            None => Validators::default(),
        };
        let target = kinds::text_url(url);
        let fetched = match hosts.known_down(&target.url) {
            Some(reason) => Err(crate::sources::fetch::FetchError {
                reason: format!("{reason} (its host was not reached earlier in this sync)"),
                retryable: false,
                unreachable: true,
            }),
            None => fetcher.fetch_with(&target.url, target.accept, &validators),
        };
        match fetched {
            Err(e) => {
                hosts.note(&target.url, &e);
                Err(e.reason)
            }
            Ok(Fetched::NotModified) => Ok((Status::Unchanged, not_read, None)),
            Ok(Fetched::Changed {
                body,
                validators,
                content_type,
            }) => {
                // An HTML page, or an API's issues, are kept as the Markdown they read as.
                let converted = match target.shape {
                    kinds::Shape::IssueList => Some(issues::list_to_markdown(&body)),
                    kinds::Shape::Issue => Some(issues::issue_to_markdown(&body)),
                    kinds::Shape::Text if html::is_html(content_type.as_deref(), &body) => {
                        Some(html::to_markdown(&String::from_utf8_lossy(&body)).map(|p| p.markdown))
                    }
                    kinds::Shape::Text => None,
                };
                let (body, parsed) = match converted {
                    None => (body, None),
                    Some(Ok(text)) => (text.into_bytes(), None),
                    Some(Err(why)) => (Vec::new(), Some(Err(why))),
                };
                let parsed = parsed.unwrap_or_else(|| parse_source(source, &body, skills));
                let had = previous.as_ref().map_or(0, |p| p.ideas);
                match parsed {
                    Ok(new) if new.is_empty() && had > 0 && held.is_some() => Err(format!(
                        "the new copy holds no ideas (the previous one had {had})"
                    )),
                    Err(reason) if held.is_some() => {
                        Err(format!("the new copy was not read: {reason}"))
                    }
                    parsed => match cache.write_body(url, &body) {
                        Ok(()) => {
                            state.etag = validators.etag;
                            state.last_modified = validators.last_modified;
                            state.fetched_at = Some(state.last_sync);
                            let message = match &parsed {
                                Err(reason) => Some(format!("not read: {reason}")),
                                Ok(_) => not_read,
                            };
                            Ok((Status::Fetched, message, Some(parsed.unwrap_or_default())))
                        }
                        Err(e) => Err(format!("{e:#}")),
                    },
                }
            }
        }
    };
    let parse_held = || {
        held.as_deref()
            .map(|b| parse_source(source, b, skills).unwrap_or_default())
            .unwrap_or_default()
    };
    let ideas;
    (state.status, state.message, ideas) = match synced {
        Ok((status, message, ideas)) => (status, message, ideas.unwrap_or_else(parse_held)),
        Err(reason) => {
            let kept = match &held {
                Some(_) => "previous copy kept",
                None => "no previous copy",
            };
            (
                Status::Failed,
                Some(format!("{reason}; {kept}")),
                parse_held(),
            )
        }
    };
    state.ideas = ideas.len();
    state.failing_since = match state.status {
        Status::Failed => previous
            .as_ref()
            .and_then(|p| p.failing_since)
            .or(Some(state.last_sync)),
        _ => None,
    };
    if let Err(e) = cache.write_state(&state) {
        state.status = Status::Failed;
        state.message = Some(format!("{e:#}"));
    }
    IndexedSource { state, ideas }
}

/// The `--discover PROGRAM [YEAR]` values read: `None` when not given; the year defaults to
/// this one.
pub fn discover_arg(values: &[String]) -> Result<Option<(crate::model::Program, u16)>> {
    let Some(program) = values.first() else {
        return Ok(None);
    };
    let program = match program.trim().to_ascii_lowercase().as_str() {
        "gsoc" => crate::model::Program::Gsoc,
        "lfx" => crate::model::Program::Lfx,
        other => bail!("--discover: unknown programme '{other}' (known: gsoc, lfx)"),
    };
    let year = match values.get(1) {
        Some(y) => y
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|y| (2005..=2100).contains(y))
            .ok_or_else(|| anyhow::anyhow!("--discover: '{y}' is not a year"))?,
        None => crate::sources::cache::format_time(now())[..4]
            .parse()
            .unwrap_or(2026),
    };
    Ok(Some((program, year)))
}
