//! `ideas validate`: lint idea pages against their programme's profile, for people and for CI.
//! Finds the files and the configuration, checks the pages on all cores, prints the findings
//! and a summary; `--list-rules` and `--explain` print the rule documentation.

use super::quantity;
use crate::lint::check::{check_page, cross_page, file_finding, sort, PageInput};
use crate::lint::config::{did_you_mean, LintConfig};
use crate::lint::controls::Controls;
use crate::lint::detect::Detected;
use crate::lint::profile::{Profile, ProfileChoice};
use crate::lint::rules::{self, RULES};
use crate::lint::{Finding, Level};
use crate::parse::{self, Defaults};
use crate::render::diagnostics::rules::{write_explanation, write_rule_list};
use crate::render::diagnostics::{write_findings, DiagFormat};
use crate::skills::SkillTable;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use anyhow::{bail, Context, Result};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Settings of `validate`: the values of its flags.
#[derive(Debug, Clone, clap::Args)]
pub struct ValidateConfig {
    /// Files or directories to check (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format (default: human on a terminal, concise otherwise).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<DiagFormat>,

    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Use this configuration file instead of searching for .ideas.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Check issue bodies against this GitHub issue form (.github/ISSUE_TEMPLATE/*.yml) instead
    /// of the built-in LFX proposal form.
    #[arg(long, value_name = "FORM.yml")]
    pub form: Option<PathBuf>,

    /// Count proposals per project and term against this quotas.yml (a warning when over).
    #[arg(long, value_name = "FILE")]
    pub quota: Option<PathBuf>,

    /// The name standard input (`-`) is reported under.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,

    /// Rule profile: auto (from the page: front matter, path, title or text; the proposal form for
    /// a body with its sections), lfx (the LFX template), gsoc, neutral (what every idea needs),
    /// or proposal (every input is an LFX proposal body).
    #[arg(long, value_name = "PROFILE", value_parser = ["auto", "lfx", "gsoc", "neutral", "proposal"])]
    pub profile: Option<String>,

    /// Print every rule (id, level per profile, summary) and exit.
    #[arg(long)]
    pub list_rules: bool,

    /// Print a rule's documentation, fix hint and example, and exit.
    #[arg(long, value_name = "RULE")]
    pub explain: Option<String>,
}

/// Runs `validate`; `tty`: standard output is a terminal (human findings by default, else
/// concise ones), `color`: colour in human findings.
pub fn run(
    config: &ValidateConfig,
    tty: bool,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    if config.list_rules {
        write_rule_list(out)?;
        return Ok(Outcome(EXIT_OK));
    }
    if let Some(id) = &config.explain {
        if let Some(rule) = crate::lint::form_rules::info(id) {
            crate::render::diagnostics::rules::write_form_explanation(out, rule)?;
            return Ok(Outcome(EXIT_OK));
        }
        let Some(rule) = rules::info(id) else {
            let forms = crate::lint::form_rules::RULES.iter().map(|r| r.id);
            bail!(
                "unknown rule '{id}'{}; `ideas validate --list-rules` lists them",
                did_you_mean(id, RULES.iter().map(|r| r.id).chain(forms))
            );
        };
        write_explanation(out, rule)?;
        return Ok(Outcome(EXIT_OK));
    }
    let paths = match config.paths.is_empty() {
        true => vec![PathBuf::from(".")],
        false => config.paths.clone(),
    };
    let format = (config.format).unwrap_or(if tty {
        DiagFormat::Human
    } else {
        DiagFormat::Concise
    });
    let config_path = (config.config.clone()).or_else(|| LintConfig::discover(&paths[0]));
    let mut lint = match &config_path {
        Some(p) => LintConfig::load(p).context("bad configuration")?,
        None => LintConfig::default(),
    };
    if let Some(profile) = config.profile.as_deref().and_then(ProfileChoice::parse) {
        lint.profile = profile;
    }
    let mut skills: SkillTable = SkillTable::bundled().clone();
    for (alias, canonical) in &lint.skill_aliases {
        skills.add_alias(alias, canonical);
    }

    let exclude = lint.excluder().context("bad configuration")?;

    // Find every file first: a path that cannot be read stops the run (exit 2). Files below a
    // folder are skipped when `exclude` matches them; files named on the command line are
    // always checked. A file given twice (or by two paths) is read once; the files of one
    // folder are read as the walk finds them (a link to a file beside it is read as a file).
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut seen = HashSet::new();
    // Issue-form hook: stdin and `gh --json` bodies are read here and kept in memory.
    let settings = crate::form::FormSettings {
        form: config.form.clone(),
        quota: config.quota.clone(),
        stdin_filename: config.stdin_filename.clone(),
        proposal: lint.profile == ProfileChoice::Proposal,
    };
    let forms = crate::form::FormRun::load(&settings, &paths)?;
    for (display, _) in &forms.inline {
        files.push((display.clone(), PathBuf::new()));
    }
    let several = paths.iter().filter(|p| !forms.is_inline(p)).count() > 1;
    for p in paths.iter().filter(|p| !forms.is_inline(p)) {
        let mut found = super::files_of(p)?;
        if let Some(ex) = exclude.as_ref().filter(|_| p.is_dir()) {
            found.retain(|f| !ex.excludes(f));
        }
        seen.reserve(found.len());
        for f in found {
            // Only several paths can name one file twice (as `list` reads them): resolving
            // every path of a single folder costs a system call per part of each path.
            let key = if several {
                std::fs::canonicalize(&f).unwrap_or_else(|_| f.clone())
            } else {
                f.clone()
            };
            if seen.insert(key) {
                files.push((crate::load::display_path(&f), f));
            }
        }
    }
    if files.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        bail!("no Markdown files found in {}", shown.join(", "));
    }
    // Read, decode, parse and check every file on all cores, keeping only its findings (the
    // text and the parsed page are dropped as soon as the page is checked); a file that cannot
    // be read stops the run.
    let results = crate::load::parallel_map(&files, |(display, path)| {
        let bytes = match forms.text_of(display) {
            Some(text) => text.as_bytes().to_vec(),
            None => std::fs::read(path).with_context(|| format!("{display}: cannot read"))?,
        };
        let mut findings = Vec::new();
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
                let message = "not valid UTF-8; undecodable bytes were replaced";
                findings.extend(file_finding(
                    &lint,
                    display,
                    line,
                    "invalid-encoding",
                    message,
                ));
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        if let Some(checked) = forms.check(display, &text) {
            // `[rules]` in .ideas.toml sets form rules' levels too (or turns them off).
            findings.extend(checked.findings.into_iter().filter_map(|mut f| {
                f.level = lint.level_of(&f.rule)?;
                Some(f)
            }));
            mark(&mut findings, PROPOSAL);
            return anyhow::Ok((findings, Vec::new(), 1, checked.counted, None));
        }
        // AsciiDoc, reStructuredText and HTML pages are checked as the Markdown made of them.
        let read = parse::as_markdown(display, &text);
        let defaults = Defaults {
            site: read.head_title,
            ..Defaults::default()
        };
        let text = read.markdown;
        let page = parse::parse_page(display, &text, &skills, &defaults);
        // Problems the parser met: unreadable front-matter, an untitled idea file.
        for w in &page.warnings {
            let rule = if w.message.starts_with(crate::parse::page::UNTITLED_IDEA) {
                "missing-title"
            } else {
                "invalid-front-matter"
            };
            findings.extend(file_finding(&lint, display, w.line, rule, &w.message));
        }
        // `<!-- ideas-disable ... -->` comments silence these too (check_page applies them to
        // the findings of the rules). Most pages have none of these to silence.
        if !findings.is_empty() {
            let controls = Controls::scan(&text);
            findings.retain(|f| !controls.hides(&f.rule, f.line));
        }
        let page_input = PageInput {
            path: display,
            text: &text,
            ideas: &page.ideas,
            skipped: &page.skipped,
        };
        let checked = check_page(&page_input, &lint, &skills);
        findings.extend(checked.findings);
        mark(&mut findings, checked.detected.profile.as_str());
        // Proposals are counted only for `--quota`: without it nothing reads the count.
        let counted = if forms.counts_quotas() {
            crate::form::counted_ideas(display, &text, &page.ideas)
        } else {
            Vec::new()
        };
        anyhow::Ok((
            findings,
            checked.upstream,
            page.ideas.len(),
            counted,
            Some(checked.detected),
        ))
    });
    let mut findings = Vec::new();
    let mut upstream = Vec::with_capacity(files.len());
    let mut ideas = 0;
    let mut counted = Vec::new();
    // The files whose profile was inferred rather than plain, with how (for the human format).
    let mut inferred = Vec::new();
    for ((display, _), r) in files.iter().zip(results) {
        let (f, u, n, c, detected) = r?;
        findings.extend(f);
        upstream.push(u);
        ideas += n;
        counted.extend(c);
        inferred.extend(detected.filter(|d| !d.is_obvious()).map(|d| (display, d)));
    }
    // Uses of an upstream issue come only from pages under the lfx profile.
    let mut across = cross_page(&upstream, &lint);
    mark(&mut across, Profile::Lfx.as_str());
    findings.extend(across);
    let mut quota = forms.quota_findings(&counted);
    mark(&mut quota, PROPOSAL);
    findings.extend(quota);
    sort(&mut findings);

    // The human format shows the offending lines: read those files again (only they).
    let paths: HashMap<&str, &PathBuf> = files.iter().map(|(d, p)| (d.as_str(), p)).collect();
    let source = |p: &str| {
        if let Some(text) = forms.text_of(p) {
            return Some(text.to_string());
        }
        let bytes = std::fs::read(paths.get(p)?).ok()?;
        // Valid UTF-8 (almost every page) is kept as read: `from_utf8_lossy` reads it
        // character by character and then copies it.
        Some(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        )
    };
    // A closed pipe (`ideas validate . | head -1`) loses output, not the exit status.
    let written = write_findings(out, format, &findings, &source, color).and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other?,
    }

    // People reading the human format are told the profile of each page it was not plain for
    // (the other formats carry it in each finding).
    if format == DiagFormat::Human {
        write_inferred(err, &inferred)?;
    }
    let count = |l: Level| findings.iter().filter(|f| f.level == l).count();
    let (errors, warnings, notices) = (
        count(Level::Error),
        count(Level::Warning),
        count(Level::Notice),
    );
    writeln!(
        err,
        "checked {}, {}: {}, {}{}{}",
        quantity(files.len(), "file"),
        quantity(ideas, "idea"),
        quantity(errors, "error"),
        quantity(warnings, "warning"),
        match notices {
            0 => String::new(),
            n => format!(", {}", quantity(n, "notice")),
        },
        match &config_path {
            Some(p) => format!(" (config: {})", shown(p)),
            None => " (no config)".to_string(),
        },
    )?;
    let failed = errors > 0 || (config.deny_warnings && warnings > 0);
    Ok(Outcome(if failed { EXIT_NO_MATCH } else { EXIT_OK }))
}

/// The profile name of issue-form bodies.
const PROPOSAL: &str = "proposal";

/// Records on each finding of a file the profile the file was checked under.
fn mark(findings: &mut [Finding], profile: &'static str) {
    for f in findings {
        f.profile = Some(profile);
    }
}

/// At most this many files are named by [`write_inferred`]; the rest are counted.
const INFERRED_SHOWN: usize = 20;

/// One line per file whose profile was inferred from its text (or is neutral for want of any
/// sign), so that a reader knows why a template's rules did or did not apply.
fn write_inferred(err: &mut dyn Write, inferred: &[(&String, Detected)]) -> std::io::Result<()> {
    for (display, d) in inferred.iter().take(INFERRED_SHOWN) {
        writeln!(
            err,
            "note: {}: checked as {} ({}; --profile lfx|gsoc|neutral chooses)",
            crate::render::text::clean(display),
            d.profile.as_str(),
            d.evidence
        )?;
    }
    if inferred.len() > INFERRED_SHOWN {
        writeln!(
            err,
            "note: and {} more files whose profile was inferred from the text",
            inferred.len() - INFERRED_SHOWN
        )?;
    }
    Ok(())
}

/// A path relative to the current directory when it is below it, else as it is.
fn shown(p: &Path) -> String {
    let rel = std::env::current_dir()
        .ok()
        .and_then(|cwd| p.strip_prefix(cwd).ok().map(Path::to_path_buf));
    crate::load::display_path(rel.as_deref().unwrap_or(p))
}
