//! The checks behind `ideas validate`: each rule of [`super::rules::RULES`] applied to parsed
//! pages. No I/O; the caller supplies parsed pages and gets findings back.

use super::config::{LintConfig, Requirement};
use super::{Finding, Level};
use crate::model::{Difficulty, Program};
use crate::parse::fields::Field;
use crate::parse::frontmatter::parse_hours;
use crate::parse::mentors::{is_valid_email, is_valid_github_handle};
use crate::parse::page::{FieldSpan, ParsedIdea};
use crate::skills::SkillTable;
use std::collections::HashMap;

/// A page to check: its path, text and what the parser found.
pub struct PageInput<'a> {
    /// The path as given.
    pub path: &'a str,
    /// The page text (for locating mentors and skills on their lines).
    pub text: &'a str,
    /// The ideas found on the page.
    pub ideas: &'a [ParsedIdea],
}

/// Runs every rule over the pages, applies the configured levels and returns the findings
/// sorted by path, line and column.
pub fn check(pages: &[PageInput<'_>], config: &LintConfig, skills: &SkillTable) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut uses = Vec::new();
    for page in pages {
        let checked = check_page(page, config, skills);
        out.extend(checked.findings);
        uses.push(checked.upstream);
    }
    out.extend(cross_page(&uses, config));
    sort(&mut out);
    out
}

/// Sorts findings by path, line, column and rule.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.path.as_str(), a.line, a.column, a.rule.as_str()).cmp(&(
            b.path.as_str(),
            b.line,
            b.column,
            b.rule.as_str(),
        ))
    });
}

/// One use of an upstream issue URL, for the check across pages.
#[derive(Debug, Clone)]
pub struct UpstreamUse {
    path: String,
    /// The URL, normalised for comparison.
    norm: String,
    url: String,
    /// Line of the Upstream Issue field (or of the idea).
    line: usize,
    /// Line of the idea's heading.
    idea_line: usize,
    title: String,
}

/// The findings of one page (levels applied, unsorted) and its upstream issue URLs.
#[derive(Debug, Default)]
pub struct PageChecked {
    /// Findings of the rules that look at one page.
    pub findings: Vec<Finding>,
    /// Upstream issue URLs, in page order, for [`cross_page`].
    pub upstream: Vec<UpstreamUse>,
}

/// Runs every rule that needs only this page. Pages can be checked in parallel and their text
/// dropped; [`cross_page`] then finds URLs shared between ideas.
pub fn check_page(page: &PageInput<'_>, config: &LintConfig, skills: &SkillTable) -> PageChecked {
    let mut raw: Vec<Finding> = Vec::new();
    let mut upstream = Vec::new();
    let mut c = Checker {
        path: page.path,
        lines: page.text.lines().collect(),
        out: &mut raw,
        title: None,
    };
    if page.ideas.is_empty() {
        c.emit(1, 1, "no-ideas", "no ideas found on this page".to_string());
    }
    let mut titles: HashMap<(String, String), usize> = HashMap::new();
    for parsed in page.ideas {
        c.title = Some(parsed.idea.title.clone());
        c.idea(parsed, config, skills);
        let idea = &parsed.idea;
        let key = (
            idea.org.clone().unwrap_or_default().to_lowercase(),
            idea.title.trim().to_lowercase(),
        );
        if let Some(first) = titles.get(&key) {
            c.emit(
                idea.source.line,
                1,
                "duplicate-title",
                format!("the title '{}' is already used at line {first}", idea.title),
            );
        } else {
            titles.insert(key, idea.source.line);
        }
        for url in &idea.upstream_issues {
            upstream.push(UpstreamUse {
                path: page.path.to_string(),
                norm: url.trim_end_matches('/').to_lowercase(),
                url: url.clone(),
                line: field_line(parsed, Field::Upstream).unwrap_or(idea.source.line),
                idea_line: idea.source.line,
                title: idea.title.clone(),
            });
        }
    }
    PageChecked {
        findings: with_levels(raw, config),
        upstream,
    }
}

/// The same upstream issue used by two ideas, on one page or across pages: every use after the
/// first is reported. `pages` are in the order the pages were given.
pub fn cross_page(pages: &[Vec<UpstreamUse>], config: &LintConfig) -> Vec<Finding> {
    let mut seen: HashMap<&str, &UpstreamUse> = HashMap::new();
    let mut raw = Vec::new();
    for u in pages.iter().flatten() {
        match seen.get(u.norm.as_str()) {
            Some(first) => raw.push(Finding {
                path: u.path.clone(),
                line: u.line,
                column: 1,
                level: Level::Error,
                rule: "duplicate-upstream-issue".to_string(),
                message: format!(
                    "upstream issue {} is also used by the idea at {}:{}",
                    u.url, first.path, first.idea_line
                ),
                title: Some(u.title.clone()),
            }),
            None => {
                seen.insert(u.norm.as_str(), u);
            }
        }
    }
    with_levels(raw, config)
}

/// Applies the configured level to each finding, dropping rules that are off.
fn with_levels(raw: Vec<Finding>, config: &LintConfig) -> Vec<Finding> {
    raw.into_iter()
        .filter_map(|mut f| {
            f.level = config.level_of(&f.rule)?;
            Some(f)
        })
        .collect()
}

fn field_line(parsed: &ParsedIdea, field: Field) -> Option<usize> {
    parsed
        .fields
        .iter()
        .find(|f| f.field == field)
        .map(|f| f.line)
}

struct Checker<'a, 'o> {
    path: &'a str,
    lines: Vec<&'a str>,
    out: &'o mut Vec<Finding>,
    title: Option<String>,
}

impl Checker<'_, '_> {
    fn emit(&mut self, line: usize, column: usize, rule: &str, message: String) {
        self.out.push(Finding {
            path: self.path.to_string(),
            line,
            column,
            // Replaced by the configured level in `check`.
            level: Level::Error,
            rule: rule.to_string(),
            message,
            title: self.title.clone(),
        });
    }

    fn at_field(&mut self, f: &FieldSpan, rule: &str, message: String) {
        self.emit(f.line, f.column, rule, message);
    }

    /// Finds `needle` (case-insensitive) on the lines `from..=to`; returns (line, column).
    fn locate(&self, needle: &str, from: usize, to: usize) -> Option<(usize, usize)> {
        let n = needle.to_lowercase();
        if n.is_empty() {
            return None;
        }
        for line_no in from.max(1)..=to.min(self.lines.len()) {
            let line = self.lines[line_no - 1];
            let lower = line.to_lowercase();
            if let Some(byte) = lower.find(&n) {
                // Lower-casing can change byte lengths; count characters up to the match.
                let col = lower[..byte].chars().count() + 1;
                return Some((line_no, col));
            }
        }
        None
    }

    fn idea(&mut self, parsed: &ParsedIdea, config: &LintConfig, skills: &SkillTable) {
        let idea = &parsed.idea;
        let line = idea.source.line;
        let program = idea.program.unwrap_or(Program::Other);
        let required = config.required(program);
        let has_field = |f: Field| parsed.fields.iter().any(|s| s.field == f);

        if idea.title.trim().is_empty() {
            self.emit(line, 1, "missing-title", "the idea has no title".into());
        }
        if required.contains(&Requirement::Project) && idea.org.is_none() {
            self.emit(
                line,
                1,
                "missing-project",
                "the idea does not name its project or organisation".into(),
            );
        }

        // Field by field: placeholders, labels.
        for f in &parsed.fields {
            if f.misspelt {
                let expected = f.field.template_label();
                self.at_field(
                    f,
                    "misspelt-label",
                    format!("label '{}' looks misspelt; expected '{expected}'", f.label),
                );
            } else if !f.heading
                && f.column == 1
                && f.label.chars().next().is_some_and(char::is_lowercase)
                && f.field.is_core()
            {
                let expected = f.field.template_label();
                self.at_field(
                    f,
                    "non-template-field",
                    format!(
                        "'{}:' is written as a YAML-style key; expected '- {expected}:'",
                        f.label
                    ),
                );
            }
            if f.field.is_core() || f.field == Field::Component {
                if let Some(p) = placeholder(&f.value) {
                    self.at_field(
                        f,
                        "placeholder-value",
                        format!("{} holds a placeholder ({p})", f.field.template_label()),
                    );
                }
            }
        }

        // Required fields.
        let lead = parsed.unlabelled_description;
        let missing =
            |this: &mut Self, req: Requirement, present: bool, field: Field, rule: &str| {
                if required.contains(&req) && !present && !has_field(field) {
                    this.emit(
                        line,
                        1,
                        rule,
                        format!("the idea has no {}", field.template_label()),
                    );
                }
            };
        if let (Some(l), true) = (lead, required.contains(&Requirement::Description)) {
            let col = self.lines.get(l - 1).map_or(1, |t| {
                t.chars().take_while(|c| c.is_whitespace()).count() + 1
            });
            self.emit(
                l,
                col,
                "unlabelled-field",
                "the description has no label; expected 'Description:'".into(),
            );
        } else {
            missing(
                self,
                Requirement::Description,
                idea.description.is_some(),
                Field::Description,
                "missing-description",
            );
        }
        missing(
            self,
            Requirement::ExpectedOutcome,
            idea.expected_outcomes.is_some(),
            Field::Outcomes,
            "missing-expected-outcome",
        );
        missing(
            self,
            Requirement::Skills,
            idea.skills_raw.is_some(),
            Field::Skills,
            "missing-recommended-skills",
        );
        missing(
            self,
            Requirement::Mentors,
            !idea.mentors.is_empty(),
            Field::Mentors,
            "missing-mentors",
        );
        missing(
            self,
            Requirement::UpstreamIssue,
            !idea.upstream_issues.is_empty(),
            Field::Upstream,
            "missing-upstream-issue",
        );
        missing(
            self,
            Requirement::Size,
            idea.hours.is_some(),
            Field::Size,
            "missing-size",
        );
        missing(
            self,
            Requirement::Difficulty,
            idea.difficulty.is_some(),
            Field::Difficulty,
            "missing-difficulty",
        );

        self.mentors(parsed);
        self.upstream(parsed);
        self.difficulty_and_size(parsed, config);
        self.skills(parsed, skills);
    }

    fn mentors(&mut self, parsed: &ParsedIdea) {
        let idea = &parsed.idea;
        let spans: Vec<&FieldSpan> = parsed
            .fields
            .iter()
            .filter(|f| f.field == Field::Mentors)
            .collect();
        let (from, to) = match (spans.first(), spans.last()) {
            (Some(a), Some(b)) => (a.line, b.value_line + b.value.lines().count()),
            _ => (idea.source.line, idea.source.line),
        };
        let default = spans
            .first()
            .map_or((idea.source.line, 1), |f| (f.line, f.column));
        let n = idea.mentors.len();
        if n > 4 {
            self.emit(
                default.0,
                default.1,
                "too-many-mentors",
                format!("{n} mentors; at most 4 are allowed"),
            );
        } else if n == 1 {
            self.emit(
                default.0,
                default.1,
                "too-few-mentors",
                "only one mentor; two are recommended".into(),
            );
        }
        let mentor_text: String = spans
            .iter()
            .map(|f| f.value.as_str())
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        for m in &idea.mentors {
            let who = m.label();
            let anchor = m
                .github
                .as_deref()
                .or(m.email.as_deref())
                .or(m.name.as_deref())
                .unwrap_or("");
            let name_pos = m.name.as_deref().and_then(|n| self.locate(n, from, to));
            let (l, c) = name_pos
                .or_else(|| self.locate(anchor, from, to))
                .unwrap_or(default);
            if m.name.is_none() {
                self.emit(
                    l,
                    c,
                    "mentor-missing-name",
                    format!("mentor {who} has no name"),
                );
            }
            match &m.github {
                None => self.emit(
                    l,
                    c,
                    "mentor-missing-github",
                    format!("mentor {who} has no GitHub handle"),
                ),
                Some(g) if !is_valid_github_handle(g) => {
                    let (gl, gc) = self.locate(g, from, to).unwrap_or((l, c));
                    self.emit(
                        gl,
                        gc,
                        "mentor-invalid-github",
                        format!("mentor {who}: '{g}' is not a valid GitHub handle"),
                    );
                }
                Some(_) => {}
            }
            match &m.email {
                None => self.emit(
                    l,
                    c,
                    "mentor-missing-email",
                    format!("mentor {who} has no email address"),
                ),
                Some(e) if !is_valid_email(e) => {
                    let (el, ec) = self.locate(e, from, to).unwrap_or((l, c));
                    self.emit(
                        el,
                        ec,
                        "mentor-invalid-email",
                        format!("mentor {who}: '{e}' is not a well-formed email address"),
                    );
                }
                Some(_) => {}
            }
            // The parser merges repeated people; count how often the handle or email is
            // written to find duplicates.
            for key in [m.github.as_deref(), m.email.as_deref()]
                .into_iter()
                .flatten()
            {
                let k = key.to_lowercase();
                let times = mentor_text
                    .lines()
                    .filter(|line| contains_token(line, &k))
                    .count();
                if times > 1 {
                    self.emit(
                        l,
                        c,
                        "duplicate-mentor",
                        format!("mentor {who} is listed {times} times ('{key}')"),
                    );
                    break;
                }
            }
        }
    }

    fn upstream(&mut self, parsed: &ParsedIdea) {
        let idea = &parsed.idea;
        let spans: Vec<&FieldSpan> = parsed
            .fields
            .iter()
            .filter(|f| f.field == Field::Upstream)
            .collect();
        if idea.upstream_issues.len() > 1 {
            let (l, c) = spans
                .first()
                .map_or((idea.source.line, 1), |f| (f.line, f.column));
            self.emit(
                l,
                c,
                "multiple-upstream-issues",
                format!(
                    "{} upstream issues; the template expects one",
                    idea.upstream_issues.len()
                ),
            );
        }
        if idea.upstream_issues.is_empty() {
            for f in spans {
                let v = f.value.trim();
                if !v.is_empty() && placeholder(v).is_none() {
                    self.at_field(
                        f,
                        "upstream-issue-not-url",
                        format!("'{}' is not an http(s) URL", first_line(v)),
                    );
                }
            }
        }
    }

    fn difficulty_and_size(&mut self, parsed: &ParsedIdea, config: &LintConfig) {
        for f in &parsed.fields {
            let v = crate::parse::page::strip_md(&f.value);
            let v = v.trim();
            if v.is_empty() || placeholder(v).is_some() {
                continue;
            }
            match f.field {
                Field::Difficulty => {
                    let lower = v.to_lowercase();
                    let words: Vec<&str> = lower
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect();
                    let size_word = words.iter().any(|w| matches!(*w, "small" | "large"));
                    if Difficulty::parse(v).is_none() && size_word {
                        self.at_field(
                            f,
                            "size-as-difficulty",
                            format!("difficulty '{v}' is a size; give easy, medium or hard"),
                        );
                    } else if Difficulty::parse(v).is_none() || !config.difficulty_allowed(&words) {
                        self.at_field(
                            f,
                            "invalid-difficulty",
                            format!(
                                "difficulty '{}' is not one of: {}",
                                first_line(v),
                                config.allowed_difficulties().join(", ")
                            ),
                        );
                    }
                }
                Field::Size if parse_hours(v).is_none() => {
                    self.at_field(
                        f,
                        "invalid-size",
                        format!("size '{}' is not a number of hours", first_line(v)),
                    );
                }
                _ => {}
            }
        }
    }

    fn skills(&mut self, parsed: &ParsedIdea, skills: &SkillTable) {
        let idea = &parsed.idea;
        let spans: Vec<&FieldSpan> = parsed
            .fields
            .iter()
            .filter(|f| f.field == Field::Skills)
            .collect();
        let (from, to) = match (spans.first(), spans.last()) {
            (Some(a), Some(b)) => (a.line, b.value_line + b.value.lines().count()),
            _ => (idea.source.line, idea.source.line),
        };
        for s in &idea.skills {
            if skills.display_name(s).is_some() || s.contains(' ') {
                continue;
            }
            if let Some(suggestion) = suggest_skill(s, skills) {
                let (l, c) = self
                    .locate(s, from, to)
                    .unwrap_or((spans.first().map_or(idea.source.line, |f| f.line), 1));
                self.emit(
                    l,
                    c,
                    "skill-typo",
                    format!("unknown skill '{s}'; did you mean '{suggestion}'?"),
                );
            }
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("").trim()
}

/// True if `token` occurs in `line` as a whole word (handles and emails).
fn contains_token(line: &str, token: &str) -> bool {
    let mut start = 0;
    while let Some(i) = line[start..].find(token) {
        let at = start + i;
        let before = line[..at].chars().next_back();
        let after = line[at + token.len()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        if !word(before) && !word(after) {
            return true;
        }
        start = at + token.len().max(1);
    }
    false
}

/// Describes a placeholder value ("TBD", "# ", template text), if the value is one.
pub fn placeholder(value: &str) -> Option<&'static str> {
    let v = value.trim().trim_matches(['*', '_', '`']).trim();
    let lower = v.to_lowercase();
    let lower = lower.trim_end_matches('.');
    if v.is_empty() {
        return Some("empty");
    }
    if matches!(
        lower,
        "tbd" | "tba" | "todo" | "n/a" | "na" | "none" | "?" | "-" | "..." | "xxx"
    ) {
        return Some("\"TBD\"");
    }
    if v.trim_start_matches('-').trim() == "#" || lower == "# " {
        return Some("'#'");
    }
    if lower.contains("mentor_github")
        || lower.contains("mentor@email")
        || lower.contains("@email.addy")
        || lower.contains("mentor name (")
        || lower.contains("<link to issue>")
    {
        return Some("template text");
    }
    None
}

/// The known skill an unknown one most likely misspells: edit distance at most 2 (1 for short
/// words), comparing against ids and display names.
pub fn suggest_skill(unknown: &str, skills: &SkillTable) -> Option<String> {
    let u = unknown.to_lowercase();
    let len = u.chars().count();
    // Short names are too often real tools one letter away from another ("sqlc", "SQL").
    if len < 6 {
        return None;
    }
    let max = if len < 9 { 1 } else { 2 };
    let mut best: Option<(usize, String)> = None;
    for id in skills.ids() {
        let name = skills.display_name(id).unwrap_or(id);
        for cand in [id.to_string(), name.to_lowercase()] {
            let d = levenshtein(&u, &cand);
            if d > 0 && d <= max && best.as_ref().is_none_or(|(b, _)| d < *b) {
                best = Some((d, name.to_string()));
            }
        }
    }
    best.map(|(_, n)| n)
}

/// Edit distance in characters (optimal string alignment: insertions, deletions,
/// substitutions, and swaps of two neighbouring characters, each costing 1), so "hrad" is one
/// edit from "hard".
pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=m).collect();
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}
