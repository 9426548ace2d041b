//! The canonical idea file (the format of the bundled catalog and of `ideas import`): YAML
//! front-matter with the facts, then `## Description` and `## Expected Outcome` sections.
//!
//! Reading a rendered file back gives the same idea (title, org, programme, year, term, status,
//! skills, mentors, difficulty, hours, issues, links, description, outcomes).

use crate::model::{slugify, Idea};
use serde::Serialize;

#[derive(Serialize)]
struct Front<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    org: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    program: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    term: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<crate::model::Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    difficulty: Option<String>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    hours: &'a [u32],
    #[serde(skip_serializing_if = "Option::is_none")]
    skills: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mentors: Vec<MentorOut<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    contacts: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    upstream_issues: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    links: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    source_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expected_outcomes: Option<&'a str>,
}

#[derive(Serialize)]
struct MentorOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    github: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    affiliation: Option<&'a str>,
}

/// True if a text holds a line that Markdown would read as a heading: such text cannot be a
/// `## Description` section without changing the structure, so it goes in the front-matter.
fn has_heading_line(text: &str) -> bool {
    text.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with('#') || t.chars().all(|c| c == '=' || c == '-') && t.len() >= 2
    })
}

/// Renders one idea as a canonical file. Skills are written as their canonical ids, so reading
/// the file back gives the same skills.
pub fn render(idea: &Idea) -> String {
    render_front(idea, false)
}

/// Renders the facts-only form of an idea (see [`facts_only`]). An idea the page gave no
/// skills, mentors, difficulty, size or issue for gets `skills: []`, which marks the file as
/// one idea to the parser (a title alone does not) and says the page lists none.
pub fn render_facts_only(idea: &Idea, page_url: Option<&str>) -> String {
    let facts = facts_only(idea, page_url);
    let bare = facts.skills.is_empty()
        && facts.mentors.is_empty()
        && facts.difficulty.is_none()
        && facts.hours.is_empty()
        && facts.upstream_issues.is_empty();
    render_front(&facts, bare)
}

fn render_front(idea: &Idea, empty_skills: bool) -> String {
    let desc = idea.description.as_deref().filter(|d| !d.trim().is_empty());
    let out = idea
        .expected_outcomes
        .as_deref()
        .filter(|d| !d.trim().is_empty());
    let in_front = desc.is_some_and(has_heading_line) || out.is_some_and(has_heading_line);
    let front = Front {
        title: &idea.title,
        org: idea.org.as_deref(),
        program: idea.program.map(|p| p.as_str()),
        year: idea.year,
        term: idea.term.as_deref(),
        status: idea.status,
        difficulty: idea.difficulty.map(|d| d.to_string()),
        hours: &idea.hours,
        skills: (empty_skills || !idea.skills.is_empty()).then_some(idea.skills.as_slice()),
        mentors: idea
            .mentors
            .iter()
            .map(|m| MentorOut {
                name: m.name.as_deref(),
                github: m.github.as_deref(),
                email: m.email.as_deref(),
                affiliation: m.affiliation.as_deref(),
            })
            .collect(),
        contacts: &idea.contacts,
        upstream_issues: &idea.upstream_issues,
        links: &idea.links,
        source_url: idea.source.url.as_deref(),
        description: if in_front { desc } else { None },
        expected_outcomes: if in_front { out } else { None },
    };
    let yaml = serde_yaml::to_string(&front).unwrap_or_default();
    let mut s = format!("---\n{yaml}---\n");
    if !in_front {
        if let Some(d) = desc {
            s.push_str(&format!("\n## Description\n\n{}\n", d.trim()));
        }
        if let Some(o) = out {
            s.push_str(&format!("\n## Expected Outcome\n\n{}\n", o.trim()));
        }
    }
    s
}

/// The idea without the text its authors wrote (description, expected outcome): what a
/// catalog may copy from someone else's page. The source URL (the page's own, else
/// `page_url`) points to where the text is read; a GitHub file URL gets the idea's line as a
/// `#L<n>` anchor, so the link opens at the idea.
pub fn facts_only(idea: &Idea, page_url: Option<&str>) -> Idea {
    let mut facts = idea.clone();
    facts.description = None;
    facts.expected_outcomes = None;
    // A link whose query spells out words ("?sliceBy=...Fix+issues+with+RTL+support") carries
    // the page's prose: facts-only keeps the links without one.
    let spells_words = |l: &String| l.split_once('?').is_some_and(|(_, q)| q.contains('+'));
    facts.links.retain(|l| !spells_words(l));
    facts.upstream_issues.retain(|l| !spells_words(l));
    facts.source.url = idea
        .source
        .url
        .clone()
        .or_else(|| page_url.map(str::to_string))
        .map(|url| with_line_anchor(&url, idea.source.line));
    facts
}

/// `url#L<line>` for a file shown by GitHub (`github.com/<owner>/<repo>/blob/...`) without a
/// fragment; other URLs as they are.
fn with_line_anchor(url: &str, line: usize) -> String {
    let on_github_blob = url
        .strip_prefix("https://github.com/")
        .is_some_and(|rest| rest.split('/').nth(2) == Some("blob"));
    if on_github_blob && !url.contains('#') && line > 0 {
        format!("{url}#L{line}")
    } else {
        url.to_string()
    }
}

/// Names reserved by Windows, which no file may be called whatever its extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A slug that is safe as one path component on every platform: `[a-z0-9-]`, not empty, not a
/// reserved name.
pub fn safe_component(text: &str, fallback: &str) -> String {
    let s = Some(slugify(text)).filter(|s| !s.is_empty());
    let s = s.unwrap_or_else(|| fallback.to_string());
    if RESERVED.contains(&s.as_str()) {
        format!("{s}-{fallback}")
    } else {
        s
    }
}

/// The relative path of an idea's canonical file: `<program>/<year>/<org>/<title>.md`, with
/// `other`, `undated` and `unknown-org` for what the page does not say.
pub fn relative_path(idea: &Idea) -> std::path::PathBuf {
    let program = idea.program.map_or("other", |p| p.as_str());
    let year = idea
        .year
        .map_or_else(|| "undated".to_string(), |y| y.to_string());
    let org = safe_component(idea.org.as_deref().unwrap_or(""), "unknown-org");
    let title = safe_component(&idea.title, "idea");
    [program, &year, &org, &format!("{title}.md")]
        .iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_are_safe() {
        assert_eq!(safe_component("../../etc/passwd", "idea"), "etc-passwd");
        assert_eq!(safe_component("/abs/path", "idea"), "abs-path");
        assert_eq!(safe_component("a\u{0}b", "idea"), "a-b");
        assert_eq!(safe_component("CON", "idea"), "con-idea");
        assert_eq!(safe_component("…", "idea"), "idea");
        assert_eq!(safe_component("..", "unknown-org"), "unknown-org");
    }

    #[test]
    fn facts_only_drops_links_whose_query_spells_words() {
        let mut idea = crate::parse::parse_page(
            "p.md",
            "## Ideas\n\n### Idea one\n\n- Description: d\n- Mentor(s): Ada Lee (@adalee)\n",
            crate::skills::SkillTable::bundled(),
            &crate::parse::Defaults::default(),
        )
        .ideas[0]
            .idea
            .clone();
        idea.upstream_issues = vec!["https://example.org/board?slice=Fix+it".into()];
        assert!(facts_only(&idea, None).upstream_issues.is_empty());
        idea.links = vec![
            "https://example.org/board?slice=%5BProject%5D+Fix+all+the+things".into(),
            "https://example.org/issues?q=7".into(),
            "https://example.org/docs".into(),
        ];
        assert_eq!(
            facts_only(&idea, None).links,
            ["https://example.org/issues?q=7", "https://example.org/docs"]
        );
    }

    #[test]
    fn facts_only_drops_the_text_and_points_to_the_line() {
        let page = crate::parse::parse_page(
            "p.md",
            "# Org\n\n## Idea one\n\n- Description: Words someone else wrote.\n- Expected Outcome: More words.\n- Recommended Skills: Go\n- Mentor(s): Ada Lee (@adalee)\n",
            crate::skills::SkillTable::bundled(),
            &crate::parse::Defaults::default(),
        );
        let idea = &page.ideas[0].idea;
        let url = "https://github.com/o/r/blob/abc123/ideas.md";
        let facts = facts_only(idea, Some(url));
        assert_eq!(facts.description, None);
        assert_eq!(facts.expected_outcomes, None);
        assert_eq!(facts.skills, idea.skills);
        assert_eq!(facts.mentors, idea.mentors);
        assert_eq!(
            facts.source.url.as_deref(),
            Some("https://github.com/o/r/blob/abc123/ideas.md#L3")
        );
        let text = render_facts_only(idea, Some(url));
        assert!(
            !text.contains("someone else") && !text.contains("More words"),
            "{text}"
        );
        assert!(
            text.contains("source_url: https://github.com/o/r/blob/abc123/ideas.md#L3"),
            "{text}"
        );
        // Other URLs get no anchor; an anchor already there is kept.
        assert_eq!(
            with_line_anchor("https://example.org/ideas.md", 3),
            "https://example.org/ideas.md"
        );
        assert_eq!(
            with_line_anchor(&format!("{url}#L9"), 3),
            format!("{url}#L9")
        );
    }

    #[test]
    fn a_facts_only_file_of_a_bare_idea_still_reads_back_as_one_idea() {
        let skills = crate::skills::SkillTable::bundled();
        let defaults = crate::parse::Defaults::default();
        let page = crate::parse::parse_page(
            "p.md",
            "# Org\n\n## Bare idea\n\n- Description: Only words.\n- Expected Outcome: More.\n",
            skills,
            &defaults,
        );
        let idea = &page.ideas[0].idea;
        let text = render_facts_only(idea, Some("https://example.org/p.md"));
        assert!(text.contains("skills: []"), "{text}");
        let back = crate::parse::parse_page("x.md", &text, skills, &defaults);
        assert!(back.warnings.is_empty(), "{:?}", back.warnings);
        assert_eq!(back.ideas.len(), 1);
        assert_eq!(back.ideas[0].idea.title, "Bare idea");
        assert_eq!(back.ideas[0].idea.description, None);
    }

    #[test]
    fn heading_lines_are_detected() {
        assert!(has_heading_line("text\n## Sub\nmore"));
        assert!(has_heading_line("Title\n---"));
        assert!(!has_heading_line("- item\n- item"));
    }
}
