//! The driver behind `ideas validate`: runs each rule of [`super::rules::RULES`] over parsed
//! pages at the level the configuration gives it. No I/O; the caller supplies parsed pages and
//! gets findings back. The rules themselves live one per file in [`super::rules`].

use super::config::LintConfig;
use super::context::{Emitter, IdeaContext, PageContext};
use super::detect::{detect, Detected};
use super::rules::{Check, Rule, RULES};
use super::{Finding, Level};
use crate::parse::fields::Field;
use crate::parse::page::ParsedIdea;
use crate::parse::SkippedSection;
use crate::skills::SkillTable;
use std::collections::HashMap;
use std::sync::Arc;

/// A page to check: its path, text and what the parser found.
pub struct PageInput<'a> {
    /// The path as given.
    pub path: &'a str,
    /// The page text (for locating mentors and skills on their lines).
    pub text: &'a str,
    /// The ideas found on the page.
    pub ideas: &'a [ParsedIdea],
    /// The sections the parser did not count as ideas (`ParsedPage::skipped`).
    pub skipped: &'a [SkippedSection],
}

/// Sorts findings by path, line, column and rule.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.rule).cmp(&(&b.path, b.line, b.column, &b.rule))
    });
}

/// One use of an upstream issue URL, for the check across pages.
#[derive(Debug, Clone)]
pub struct UpstreamUse {
    /// The page's path, shared by the uses of one page.
    path: Arc<str>,
    /// The URL normalised for comparison (lower-case, no trailing '/').
    norm: String,
    url: String,
    /// Line of the Upstream Issue field (or of the idea).
    line: usize,
    /// Line of the idea's heading.
    idea_line: usize,
    title: String,
    /// Silenced by a control comment where it is written.
    hidden: bool,
}

const DUPLICATE_UPSTREAM: &str = "duplicate-upstream-issue";

/// The findings of one page (levels applied, unsorted), its upstream issue URLs and the
/// profile it was checked under.
#[derive(Debug)]
pub struct PageChecked {
    /// Findings of the rules that look at one page.
    pub findings: Vec<Finding>,
    /// Upstream issue URLs, in page order, for [`cross_page`] (none when the page's profile
    /// does not apply `duplicate-upstream-issue`).
    pub upstream: Vec<UpstreamUse>,
    /// The page's profile and what chose it.
    pub detected: Detected,
}

/// Runs every rule that needs only this page. Pages can be checked in parallel and their text
/// dropped; [`cross_page`] then finds URLs shared between ideas.
pub fn check_page(page: &PageInput<'_>, config: &LintConfig, skills: &SkillTable) -> PageChecked {
    let mut findings: Vec<Finding> = Vec::new();
    let cx = PageContext::new(
        page.text,
        page.ideas,
        page.skipped,
        skills,
        config.difficulty.as_deref(),
    );
    // One profile for the whole page: the one chosen, else the one the page shows.
    let detected = match config.profile.fixed() {
        Some(p) => Detected::chosen(p),
        None => detect(page.path, page.text),
    };
    let profile = detected.profile;
    // The rules that apply under the profile, with their levels, in [`RULES`] order.
    let active: Vec<(&Rule, Level)> = RULES
        .iter()
        .filter_map(|rule| Some((rule, config.level_in(rule, profile)?)))
        .collect();
    for &(rule, level) in &active {
        if let Check::Page(run) = rule.check {
            let out = &mut findings;
            run(
                &cx,
                &mut Emitter {
                    path: page.path,
                    rule: rule.id,
                    level,
                    title: None,
                    out,
                },
            );
        }
    }
    for parsed in page.ideas {
        let required = config.required(profile);
        let idea = IdeaContext {
            page: &cx,
            parsed,
            required,
        };
        let title = Some(parsed.idea.title.as_str());
        // An idea already published on LFX is a record: its defects warn, never fail.
        let cap = if idea.is_published() {
            Level::Warning
        } else {
            Level::Error
        };
        for &(rule, level) in &active {
            let level = level.min(cap);
            let out = &mut findings;
            let mut out = Emitter {
                path: page.path,
                rule: rule.id,
                level,
                title,
                out,
            };
            rule.check_idea(&idea, &mut out);
        }
    }
    // Ideas that share a field (the items of one list under one mentor line) find the same
    // thing at the same place: it is reported once, for the first of them.
    dedupe(&mut findings);
    // Inline `<!-- ideas-disable ... -->` comments silence findings on their lines.
    let controls = &cx.controls;
    findings.retain(|f| !controls.hides(&f.rule, f.line));
    let path: Arc<str> = Arc::from(page.path);
    // Only pages whose profile asks for upstream issues share them across pages.
    let shares_upstream = active.iter().any(|(rule, _)| rule.id == DUPLICATE_UPSTREAM);
    let upstream = page
        .ideas
        .iter()
        .filter(|_| shares_upstream)
        .flat_map(|parsed| {
            let path = &path;
            let idea = &parsed.idea;
            let line = parsed
                .fields
                .iter()
                .find(|f| f.field == Field::Upstream)
                .map_or(idea.source.line, |f| f.line);
            idea.upstream_issues.iter().map(move |url| UpstreamUse {
                path: Arc::clone(path),
                norm: url.trim_end_matches('/').to_lowercase(),
                url: url.clone(),
                line,
                idea_line: idea.source.line,
                title: idea.title.clone(),
                hidden: controls.hides(DUPLICATE_UPSTREAM, line),
            })
        })
        .collect();
    PageChecked {
        findings,
        upstream,
        detected,
    }
}

/// Keeps the first of the findings that share rule, line, column and message.
fn dedupe(findings: &mut Vec<Finding>) {
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| seen.insert((f.rule.clone(), f.line, f.column, f.message.clone())));
}

/// The same upstream issue used by two ideas, on one page or across pages: every use after the
/// first is reported. `pages` are in the order the pages were given.
pub fn cross_page(pages: &[Vec<UpstreamUse>], config: &LintConfig) -> Vec<Finding> {
    let Some(level) = config.level_of(DUPLICATE_UPSTREAM) else {
        return Vec::new();
    };
    let mut seen: HashMap<&str, &UpstreamUse> =
        HashMap::with_capacity(pages.iter().map(Vec::len).sum());
    let mut out = Vec::new();
    for u in pages.iter().flatten() {
        match seen.get(u.norm.as_str()) {
            Some(_) if u.hidden => {}
            Some(first) => {
                let message = format!(
                    "upstream issue {} is also used by the idea at {}:{}",
                    u.url, first.path, first.idea_line
                );
                let title = Some(u.title.clone());
                let at = (u.line, 1);
                out.push(Finding::new(
                    &u.path,
                    at,
                    level,
                    DUPLICATE_UPSTREAM,
                    message,
                    title,
                ));
            }
            None => {
                seen.insert(&u.norm, u);
            }
        }
    }
    out
}

/// A finding the driver reports itself (from reading a file), at the configured level; `None`
/// when the rule is off.
pub fn file_finding(
    config: &LintConfig,
    path: &str,
    line: usize,
    rule: &str,
    message: &str,
) -> Option<Finding> {
    let level = config.level_of(rule)?;
    Some(Finding::new(
        path,
        (line, 1),
        level,
        rule,
        message.into(),
        None,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, line: usize, column: usize, message: &str) -> Finding {
        Finding {
            path: "p.md".into(),
            line,
            column,
            level: Level::Error,
            rule: rule.into(),
            message: message.into(),
            title: Some(format!("idea {line}")),
            profile: None,
        }
    }

    /// The dedupe by definition: each finding compared with those before it.
    fn dedupe_reference(findings: &mut Vec<Finding>) {
        let key = |f: &Finding| (f.line, f.column, f.rule.clone(), f.message.clone());
        let keep: Vec<bool> = (0..findings.len())
            .map(|i| !findings[..i].iter().any(|g| key(g) == key(&findings[i])))
            .collect();
        let mut keep = keep.into_iter();
        findings.retain(|_| keep.next().unwrap_or(true));
    }

    #[test]
    fn dedupe_keeps_the_first_of_equal_findings() {
        for n in [0, 1, 2, 5, 32, 33, 96] {
            let all: Vec<Finding> = (0..n)
                .map(|i| {
                    let rule = ["a", "b"][i % 2];
                    finding(rule, i % 7, i % 3, ["m", "n", "o"][i % 5 % 3])
                })
                .collect();
            let (mut got, mut want) = (all.clone(), all);
            dedupe(&mut got);
            dedupe_reference(&mut want);
            assert_eq!(got, want, "{n}");
        }
    }
}
