//! `ideas show`: one idea, rendered for the terminal (facts, mentors with profile links,
//! description and expected outcome), or as its canonical Markdown file or JSON.
//!
//! The idea is found by exact id, then by exact title (case-insensitive), then by the start of
//! its title, then by the start of its id. Several matches list the candidates; none gives a
//! did-you-mean when an id or title is a few edits away.

use crate::model::{Idea, Mentor, Program};
use crate::options::ShowFormat;
use crate::render::terminal::{display_width, paint, render_markdown, wrap};
use crate::render::text::one_line;
use crate::suggest::levenshtein;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use std::io::Write;

/// Settings of `show`.
#[derive(Debug, Clone)]
pub struct ShowConfig {
    /// An id, or an unambiguous prefix of a title.
    pub id: String,
    /// Output format.
    pub format: ShowFormat,
    /// Colour the output.
    pub color: bool,
    /// Terminal width in columns.
    pub width: usize,
}

/// Runs `show`.
pub fn run(
    config: &ShowConfig,
    ideas: &[&Idea],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let asked = one_line(&config.id);
    let idea = match resolve(&config.id, ideas)[..] {
        [idea] => idea,
        [] => {
            writeln!(err, "no idea '{asked}'")?;
            match suggest(&config.id, ideas) {
                Some(idea) => writeln!(
                    err,
                    "did you mean '{}' ({})?",
                    one_line(&idea.id),
                    one_line(&idea.title)
                )?,
                None => writeln!(err, "`ideas list` lists the ids")?,
            }
            return Ok(Outcome(EXIT_NO_MATCH));
        }
        ref candidates => {
            writeln!(err, "'{asked}' matches {} ideas:", candidates.len())?;
            for idea in candidates {
                writeln!(err, "  {}", candidate(idea))?;
            }
            return Ok(Outcome(EXIT_NO_MATCH));
        }
    };
    match config.format {
        ShowFormat::Json => crate::render::json::write_json(out, idea)?,
        ShowFormat::Markdown => out.write_all(crate::render::canonical::render(idea).as_bytes())?,
        ShowFormat::Human => {
            out.write_all(terminal_view(idea, config.width, config.color).as_bytes())?
        }
    }
    Ok(Outcome(EXIT_OK))
}

/// Lower case with runs of whitespace collapsed to one space, trimmed.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The ideas `text` names (several when ambiguous): the first of exact id, then short id
/// (what `list` prints), then exact title (case-insensitive), then title prefix, then id
/// prefix that matches any.
fn resolve<'a>(text: &str, ideas: &[&'a Idea]) -> Vec<&'a Idea> {
    if let Some(&idea) = ideas.iter().find(|i| i.id == text) {
        return vec![idea];
    }
    let (t, q) = (text.trim().to_lowercase(), normalise(text));
    let short = t.len() == 7 && t.chars().all(|c| c.is_ascii_hexdigit());
    let tests: [&dyn Fn(&Idea) -> bool; 4] = [
        &|i| short && crate::query::short_id(&i.id) == t,
        &|i| normalise(&i.title) == q,
        &|i| normalise(&i.title).starts_with(&q),
        &|i| i.id.to_lowercase().starts_with(&t),
    ];
    for test in tests {
        let found: Vec<&Idea> = ideas.iter().copied().filter(|i| test(i)).collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// The idea whose id or title (or the start of it) is closest to `text`, if within a few edits.
fn suggest<'a>(text: &str, ideas: &[&'a Idea]) -> Option<&'a Idea> {
    let q = normalise(text);
    let n = q.chars().count();
    if n == 0 {
        return None;
    }
    let limit = match n {
        0..=4 => 1,
        5..=9 => 2,
        _ => 3,
    };
    let prefix = |s: &str| s.chars().take(n).collect::<String>();
    let mut best: Option<(usize, &Idea)> = None;
    for &idea in ideas {
        let id = idea.id.to_lowercase();
        let title = normalise(&idea.title);
        let mut candidates = vec![id.clone(), title.clone()];
        if n >= 4 {
            candidates.push(prefix(&id));
            candidates.push(prefix(&title));
        }
        for c in candidates {
            if c.chars().count().abs_diff(n) > limit {
                continue;
            }
            let d = levenshtein(&q, &c);
            if d <= limit && best.is_none_or(|(b, _)| d < b) {
                best = Some((d, idea));
            }
        }
    }
    best.map(|(_, idea)| idea)
}

/// `id  title (org, program year)` for the list of candidates.
fn candidate(idea: &Idea) -> String {
    let org = idea.org.as_deref().map(one_line);
    let when = crate::render::table::program_year(idea.program, idea.year);
    let about: Vec<String> = [org, Some(when)]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    let s = format!("{}  {}", one_line(&idea.id), one_line(&idea.title));
    match about.is_empty() {
        true => s,
        false => format!("{s} ({})", about.join(", ")),
    }
}

/// The programme as people name it.
fn program_name(p: Program) -> &'static str {
    match p {
        Program::Gsoc => "Google Summer of Code",
        Program::Lfx => "LFX Mentorship",
        Program::Other => "Other",
    }
}

/// One fact of the facts block: a label and its entries, each with an extra indentation.
type Fact = (String, Vec<(usize, String)>);

/// The facts the idea gives, in display order; absent fields have no line.
fn facts(idea: &Idea) -> Vec<Fact> {
    let one = |value: Option<String>| -> Vec<(usize, String)> {
        value
            .filter(|v| !v.is_empty())
            .map(|v| (0, v))
            .into_iter()
            .collect()
    };
    let urls = |urls: &[String]| -> Vec<(usize, String)> {
        let urls = urls.iter().map(|u| one_line(u));
        urls.filter(|u| !u.is_empty()).map(|u| (0, u)).collect()
    };
    // "Link", or "Links" when there are several (or none).
    let plural = |label: &str, n: usize| format!("{label}{}", if n == 1 { "" } else { "s" });
    let when = [
        idea.program.map(|p| program_name(p).to_string()),
        idea.year.map(|y| y.to_string()),
    ];
    let when = when.into_iter().flatten().collect::<Vec<_>>().join(" ");
    let term = idea.term.as_deref().map(one_line).filter(|t| !t.is_empty());
    let program = [Some(when).filter(|w| !w.is_empty()), term];
    let program = program.into_iter().flatten().collect::<Vec<_>>().join(", ");
    let table = crate::skills::SkillTable::bundled();
    let skills: Vec<String> = (idea.skills.iter())
        .map(|id| one_line(table.display_name(id).unwrap_or(id)))
        .collect();
    let skills = (!skills.is_empty()).then(|| (0, skills.join(", ")));
    let skills = skills.into_iter().collect();
    let mut mentors = Vec::new();
    for m in idea.mentors.iter().filter(|m| !m.is_empty()) {
        let part = |p: &Option<String>| p.as_deref().map(one_line).filter(|s| !s.is_empty());
        let (handle, email) = (part(&m.github), part(&m.email));
        let person = Mentor {
            name: part(&m.name),
            github: handle.clone(),
            ..Mentor::default()
        };
        let mut parts = Vec::new();
        if person.name.is_some() || handle.is_some() {
            parts.push(person.shown());
        }
        if let Some(e) = &email {
            parts.push(format!("<{e}>"));
        }
        if let Some(a) = part(&m.affiliation) {
            parts.push(format!("({a})"));
        }
        mentors.push((0, parts.join(" ")));
        if let Some(h) = handle.filter(|h| is_github_login(h)) {
            mentors.push((2, format!("https://github.com/{h}")));
        }
    }
    let (contacts, issues, links) = (
        urls(&idea.contacts),
        urls(&idea.upstream_issues),
        urls(&idea.links),
    );
    // The page the idea was published on, where known: a reader can open it; the file it was
    // read from (a path inside this repository for the bundled catalog) otherwise.
    let source = match idea.source.url.as_deref().map(one_line) {
        Some(url) if !url.is_empty() => Some(url),
        _ if !idea.source.path.is_empty() => Some(format!(
            "{}:{}",
            one_line(&idea.source.path),
            idea.source.line
        )),
        _ => None,
    };
    let status = idea
        .status
        .map(|s| crate::query::status_name(s).to_string());
    [
        ("Org".into(), one(idea.org.as_deref().map(one_line))),
        ("Program".into(), one(Some(program))),
        ("Status".into(), one(status)),
        (
            "Difficulty".into(),
            one(idea.difficulty.map(|d| d.to_string())),
        ),
        (
            "Size".into(),
            one(idea.hours_label().map(|h| format!("{h} hours"))),
        ),
        ("Skills".into(), skills),
        (plural("Mentor", idea.mentors.len()), mentors),
        (plural("Contact", contacts.len()), contacts),
        (plural("Upstream issue", issues.len()), issues),
        (plural("Link", links.len()), links),
        ("Source".into(), one(source)),
    ]
    .into_iter()
    .filter(|(_, entries)| !entries.is_empty())
    .collect()
}

/// A handle that can be part of a profile URL as it is.
fn is_github_login(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 39
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// The view for people: title, facts, then the description and expected outcome rendered
/// from Markdown, all fitted to `width` columns.
pub fn terminal_view(idea: &Idea, width: usize, color: bool) -> String {
    let width = width.max(20);
    let mut s = String::new();
    let line = |s: &mut String, text: &str| {
        s.push_str(text.trim_end());
        s.push('\n');
    };
    let title = one_line(&idea.title);
    for l in wrap(&title, width) {
        line(&mut s, &paint(&l, "1", color));
    }
    line(&mut s, "");

    let facts = facts(idea);
    let col = facts
        .iter()
        .map(|(label, _)| display_width(label))
        .max()
        .unwrap_or(0)
        + 2;
    let side_by_side = width >= col + 24;
    for (name, entries) in &facts {
        let label = paint(name, "1", color);
        let indent = if side_by_side { col } else { 2 };
        // The label starts the first line of its value, or stands on a line of its own.
        let mut label_pending = side_by_side;
        if !side_by_side {
            line(&mut s, &label);
        }
        for (extra, entry) in entries {
            let mut at = indent + extra;
            // A word (a URL) too wide for the value column moves to a hanging line of its
            // own, where it may fit.
            let widest = entry.split_whitespace().map(display_width).max();
            if widest.is_some_and(|w| w > width.saturating_sub(at)) {
                at = 2 + extra;
                if label_pending {
                    line(&mut s, &label);
                    label_pending = false;
                }
            }
            for l in wrap(entry, width.saturating_sub(at).max(1)) {
                if label_pending {
                    let pad = " ".repeat(col - display_width(name));
                    line(&mut s, &format!("{label}{pad}{l}"));
                    label_pending = false;
                } else {
                    line(&mut s, &format!("{}{l}", " ".repeat(at)));
                }
            }
        }
    }

    // The description and expected outcome; facts-only catalog files carry no text of their
    // authors: a note says where to read it.
    let mut sections: Vec<(&str, String)> = [
        ("Description", idea.description.as_deref()),
        ("Expected outcome", idea.expected_outcomes.as_deref()),
    ]
    .into_iter()
    .filter_map(|(heading, text)| Some((heading, text.filter(|t| !t.trim().is_empty())?)))
    .map(|(heading, text)| (heading, render_markdown(text, width, color)))
    .collect();
    if let (true, Some(url)) = (sections.is_empty(), idea.source.url.as_deref()) {
        let note = format!(
            "Not copied here: read it where it is published, {}. After `ideas sync`, `ideas show` prints it.",
            one_line(url)
        );
        let note = wrap(&note, width);
        let note = note.iter().map(|l| format!("{}\n", l.trim_end())).collect();
        sections.push(("Description", note));
    }
    for (heading, body) in sections {
        line(&mut s, "");
        line(&mut s, &paint(heading, "1;4", color));
        line(&mut s, "");
        s.push_str(&body);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mentor, Source};

    fn idea(id: &str, title: &str) -> Idea {
        Idea {
            id: id.to_string(),
            title: title.to_string(),
            org: Some("Harbor".to_string()),
            program: Some(Program::Lfx),
            year: Some(2025),
            term: None,
            status: None,
            description: Some("Build **it**.".to_string()),
            expected_outcomes: None,
            skills: vec!["go".to_string(), "made-up".to_string()],
            skills_raw: None,
            mentors: vec![Mentor {
                name: Some("Ada Lee".to_string()),
                github: Some("adalee".to_string()),
                email: Some("ada@example.org".to_string()),
                affiliation: None,
            }],
            difficulty: None,
            hours: vec![175],
            contacts: Vec::new(),
            upstream_issues: vec![],
            links: vec![],
            source: Source {
                path: "ideas/x.md".to_string(),
                line: 1,
                url: None,
            },
        }
    }

    fn ids(f: Vec<&Idea>) -> Vec<&str> {
        f.iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn resolution_order() {
        let a = idea("lfx-2025-harbor-harbor-cli", "Harbor CLI");
        let b = idea("lfx-2025-harbor-harbor-cli-plugins", "Harbor CLI plugins");
        let c = idea("gsoc-2024-x-satellite", "Satellite  Eventing");
        let all = [&a, &b, &c];
        assert_eq!(
            ids(resolve("lfx-2025-harbor-harbor-cli", &all)),
            [a.id.as_str()]
        );
        assert_eq!(ids(resolve("harbor cli", &all)), [a.id.as_str()]);
        assert_eq!(ids(resolve("HARBOR", &all)), [a.id.as_str(), b.id.as_str()]);
        assert_eq!(ids(resolve("satellite   ev", &all)), [c.id.as_str()]);
        assert_eq!(ids(resolve("gsoc-2024", &all)), [c.id.as_str()]);
        assert!(ids(resolve("nothing", &all)).is_empty());
    }

    #[test]
    fn suggestions_are_a_few_edits_away() {
        let a = idea("lfx-2025-harbor-harbor-cli", "Harbor CLI");
        let all = [&a];
        assert!(suggest("harbr cli", &all).is_some());
        assert!(suggest("lfx-2025-harbor-harbr-cli", &all).is_some());
        assert!(suggest("completely different", &all).is_none());
    }

    #[test]
    fn view_has_facts_and_omits_absent_fields() {
        let a = idea("lfx-2025-harbor-harbor-cli", "Harbor CLI");
        let v = terminal_view(&a, 80, false);
        assert!(v.starts_with("Harbor CLI\n\n"), "{v}");
        assert!(v.contains("Org      Harbor\n"), "{v}");
        assert!(v.contains("Program  LFX Mentorship 2025\n"), "{v}");
        assert!(v.contains("Skills   Go, made-up\n"), "{v}");
        assert!(v.contains("Size     175 hours\n"), "{v}");
        assert!(
            v.contains("Mentor   Ada Lee (@adalee) <ada@example.org>\n           https://github.com/adalee\n"),
            "{v}"
        );
        assert!(v.contains("Source   ideas/x.md:1\n"), "{v}");
        assert!(v.contains("\nDescription\n\nBuild it.\n"), "{v}");
        assert!(!v.contains("Status") && !v.contains("Difficulty") && !v.contains("Expected"));
        assert!(!v.contains('\u{1b}'));
        let c = terminal_view(&a, 80, true);
        assert!(c.starts_with("\u{1b}[1mHarbor CLI\u{1b}[0m\n"), "{c:?}");
    }

    #[test]
    fn narrow_view_stacks_labels() {
        let a = idea("lfx-2025-harbor-harbor-cli", "Harbor CLI");
        let v = terminal_view(&a, 20, false);
        assert!(v.contains("Org\n  Harbor\n"), "{v}");
        // Only an unbreakable word (the profile URL) may be wider than the terminal.
        for l in v.lines().filter(|l| display_width(l) > 20) {
            assert!(!l.trim().contains(' '), "{l:?} in\n{v}");
        }
    }
}
