//! The issue-form hook of `ideas validate`: the one place where this module reads files.
//!
//! It loads `--form` and `--quota`, takes standard input (`-`) and `gh --json` files apart into
//! bodies kept in memory, tells `validate` which texts are form bodies and checks them, and
//! counts proposals (bodies and page ideas alike) against the quotas at the end of the run.

use super::def::{parse_form, FormDef};
use super::input::{looks_like_issue_json, read_issue_json};
use super::quota::{check_quotas, parse_quotas, Counted, Quotas};
use crate::lint::Finding;
use crate::parse::page::ParsedIdea;
use anyhow::{anyhow, Context, Result};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Issue-form settings of `validate`, resolved from arguments.
#[derive(Debug, Clone, Default)]
pub struct FormSettings {
    /// `--form FILE`: check bodies against this issue form instead of recognising the LFX one.
    pub form: Option<PathBuf>,
    /// `--quota FILE`: a `quotas.yml` to count proposals against.
    pub quota: Option<PathBuf>,
    /// `--stdin-filename NAME`: the name standard input is reported under.
    pub stdin_filename: Option<String>,
    /// `--profile proposal`: every input is a proposal body, whatever it holds.
    pub proposal: bool,
}

/// What one form body gave.
#[derive(Debug, Clone, Default)]
pub struct FormChecked {
    /// Findings of the form rules.
    pub findings: Vec<Finding>,
    /// The proposal, for the quota count.
    pub counted: Vec<Counted>,
}

/// The loaded settings and the bodies read into memory.
#[derive(Debug, Default)]
pub struct FormRun {
    form: Option<FormDef>,
    quotas: Option<Quotas>,
    /// (display name, text) of bodies from stdin and `gh --json` files, in input order.
    pub inline: Vec<(String, String)>,
    consumed: Vec<PathBuf>,
    /// Every input is a proposal (`--profile proposal`).
    all_proposals: bool,
    /// Inputs that are proposals whatever they hold, with their issue number: issue bodies of
    /// `gh --json` files and an empty standard input (a body piped from `gh issue view` that is
    /// empty).
    proposals: HashMap<String, Option<u64>>,
}

impl FormRun {
    /// Loads the form and quota files and reads stdin and `gh --json` inputs among `paths`.
    pub fn load(settings: &FormSettings, paths: &[PathBuf]) -> Result<FormRun> {
        let read = |p: &Path| {
            std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))
        };
        let mut run = FormRun {
            all_proposals: settings.proposal,
            ..FormRun::default()
        };
        if let Some(p) = &settings.form {
            run.form = Some(parse_form(&read(p)?).map_err(|e| anyhow!("{}: {e}", p.display()))?);
        }
        if let Some(p) = &settings.quota {
            run.quotas =
                Some(parse_quotas(&read(p)?).map_err(|e| anyhow!("{}: {e}", p.display()))?);
        }
        for p in paths {
            let stdin = p.as_os_str() == "-";
            let (name, text) = if stdin {
                let mut text = String::new();
                std::io::stdin()
                    .read_to_string(&mut text)
                    .context("standard input: cannot read (is it UTF-8?)")?;
                let name = settings.stdin_filename.as_deref().unwrap_or("<stdin>");
                (name.to_string(), text)
            } else if p
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                && p.is_file()
            {
                (crate::load::display_path(p), read(p)?)
            } else {
                continue;
            };
            if looks_like_issue_json(&text) {
                for body in read_issue_json(&name, &text).map_err(|e| anyhow!(e))? {
                    run.proposals.insert(body.display.clone(), body.number);
                    run.inline.push((body.display, body.text));
                }
            } else if stdin {
                // Kept as given: the bot measures a CRLF line break as 2 characters.
                if text.trim().is_empty() {
                    run.proposals.insert(name.clone(), None);
                }
                run.inline.push((name, text));
            } else {
                continue;
            }
            run.consumed.push(p.clone());
        }
        Ok(run)
    }

    /// True if `path` was read here (stdin, a `gh --json` file), not to be read as a page.
    pub fn is_inline(&self, path: &Path) -> bool {
        self.consumed.iter().any(|c| c == path)
    }

    /// The in-memory text of an input.
    pub fn text_of(&self, display: &str) -> Option<&str> {
        // The last of the bodies of one name (as a map by name would keep).
        let mut inline = self.inline.iter().rev();
        inline.find(|(d, _)| d == display).map(|(_, t)| t.as_str())
    }

    /// Checks `text` with the form rules if it is a form body; `None` leaves it to the page rules.
    /// A proposal is a text with the form's sections, an issue body from `gh --json`, an empty
    /// standard input, or any input under `--profile proposal`: a body that ignores the form
    /// then fails with the sections it lacks instead of passing as a page with no ideas.
    pub fn check(&self, display: &str, text: &str) -> Option<FormChecked> {
        let forced = self.all_proposals || self.proposals.contains_key(display);
        let form = match &self.form {
            Some(form) if forced => form,
            Some(form) => Some(form).filter(|f| super::body::matching_labels(f, text) > 0)?,
            None if forced => super::builtin(),
            None => super::recognise(None, text)?,
        };
        let findings = super::check_body(form, display, text);
        let proposal = super::proposal::read_proposal(form, text);
        let line = text
            .lines()
            .position(|l| l.trim() == proposal.project)
            .map_or(1, |i| i + 1);
        let counted = vec![Counted {
            path: display.to_string(),
            line,
            project: proposal.project,
            term: proposal.term,
            title: proposal.name,
            issue_number: self.proposals.get(display).copied().flatten(),
        }];
        Some(FormChecked { findings, counted })
    }

    /// True when `--quota` was given: only then are proposals counted ([`Self::quota_findings`]
    /// finds nothing without it).
    pub fn counts_quotas(&self) -> bool {
        self.quotas.is_some()
    }

    /// The over-quota warnings, when `--quota` was given.
    pub fn quota_findings(&self, counted: &[Counted]) -> Vec<Finding> {
        self.quotas
            .as_ref()
            .map_or(Vec::new(), |q| check_quotas(q, counted))
    }
}

/// The programs of a page for the quota count: a generated term README's programs, else the
/// page's ideas that name a project and a term.
pub fn counted_ideas(display: &str, text: &str, ideas: &[ParsedIdea]) -> Vec<Counted> {
    if super::readme::looks_generated(text) {
        return super::readme::read_generated(text)
            .into_iter()
            .map(|p| Counted {
                path: display.to_string(),
                line: p.line,
                project: p.project,
                term: p.term,
                title: p.name,
                issue_number: None,
            })
            .collect();
    }
    ideas
        .iter()
        .filter_map(|p| {
            Some(Counted {
                path: display.to_string(),
                line: p.idea.source.line,
                project: p.idea.org.clone()?,
                term: p.idea.term.clone()?,
                title: p.idea.title.clone(),
                issue_number: None,
            })
        })
        .collect()
}
