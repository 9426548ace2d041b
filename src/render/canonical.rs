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
    #[serde(skip_serializing_if = "Option::is_none")]
    hours: Option<u32>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    skills: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mentors: Vec<MentorOut<'a>>,
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
        hours: idea.hours,
        skills: &idea.skills,
        mentors: idea
            .mentors
            .iter()
            .map(|m| MentorOut {
                name: m.name.as_deref(),
                github: m.github.as_deref(),
                email: m.email.as_deref(),
            })
            .collect(),
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

/// Names reserved by Windows, which no file may be called whatever its extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A slug that is safe as one path component on every platform: `[a-z0-9-]`, not empty, not a
/// reserved name.
pub fn safe_component(text: &str, fallback: &str) -> String {
    let s = slugify(text);
    let s = if s.is_empty() {
        fallback.to_string()
    } else {
        s
    };
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
    fn heading_lines_are_detected() {
        assert!(has_heading_line("text\n## Sub\nmore"));
        assert!(has_heading_line("Title\n---"));
        assert!(!has_heading_line("- item\n- item"));
    }
}
