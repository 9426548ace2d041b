//! What is not an idea, decided by rules: sections a page keeps for other things (templates,
//! placeholders, lists of past projects), ideas that are withdrawn or hold nothing but "TBD",
//! and idea-like sections that miss the fields an idea needs. Each is reported in
//! [`super::ParsedPage::skipped`] with its line, so `validate` can tell a maintainer why a
//! section that looks like an idea was not counted.

use super::fields::Field;
use super::outline::Outline;
use super::page::ParsedIdea;
use super::text::strip_md;
use super::titles::{clean_title, is_placeholder_title, is_results_heading};
use std::fmt;

/// A section of a page that looks like an idea but was not counted as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedSection {
    /// 1-based line of the section's heading (or of the idea's title).
    pub line: usize,
    /// The section's title as written (Markdown removed).
    pub title: String,
    /// Why it is not an idea.
    pub reason: SkipReason,
}

/// Why a section is not an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkipReason {
    /// A template or example for writing ideas ("Idea template", "Example project") or a
    /// section for ideas of one's own ("Contributor-proposed project").
    Template,
    /// A title left for the author to fill in ("Project Title", "TBD").
    Placeholder,
    /// A list of accepted-and-finished, completed or past projects.
    PastProjects,
    /// An idea that says it is no longer offered or is already taken.
    Withdrawn,
    /// An idea whose every field is "TBD" (or TBA, TODO, "-").
    TbdOnly,
    /// An idea-like section (beside ideas, under the same parent) with only one idea field,
    /// such as a heading with just a description.
    MissingFields,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SkipReason::Template => "a template or a place for ideas of one's own",
            SkipReason::Placeholder => "a placeholder title",
            SkipReason::PastProjects => "a list of completed or past projects",
            SkipReason::Withdrawn => "no longer offered",
            SkipReason::TbdOnly => "every field is TBD",
            SkipReason::MissingFields => "only one idea field (an idea needs two)",
        })
    }
}

/// Headings that list projects of earlier years or projects already done: "Completed
/// projects", "Past projects", "Previous years' ideas", "Finished projects".
pub(crate) fn is_past_projects_heading(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "completed",
        "past project",
        "past idea",
        "previous project",
        "previous year",
        "finished",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// True if an idea says it is withdrawn: "(taken)" in its title, or "no longer offered" /
/// "already taken" near the start of its description.
pub(crate) fn is_withdrawn(idea: &ParsedIdea) -> bool {
    let title = idea.idea.title.to_lowercase();
    if [
        "(taken)",
        "[taken]",
        "(withdrawn)",
        "[withdrawn]",
        "no longer offered",
        "no longer available",
    ]
    .iter()
    .any(|w| title.contains(w))
    {
        return true;
    }
    let description = idea.idea.description.as_deref().unwrap_or("");
    let head: String = description
        .chars()
        .take(300)
        .collect::<String>()
        .to_lowercase();
    [
        "no longer offered",
        "no longer available",
        "is no longer being offered",
        "has already been taken",
        "is already taken",
        "this idea has been withdrawn",
        "this project has been withdrawn",
        "this idea has been taken",
        "this project has been taken",
    ]
    .iter()
    .any(|w| head.contains(w))
}

/// True for a value that says nothing yet: "TBD", "TBA", "TODO", "-", "N/A", or empty.
pub(crate) fn is_tbd(value: &str) -> bool {
    if value.len() > 256 {
        // Longer than any placeholder, even one wrapped in a link.
        return false;
    }
    let v = strip_md(value).to_lowercase();
    let v = v.trim().trim_matches(['.', '!', '(', ')', '[', ']']).trim();
    v.is_empty()
        || [
            "tbd",
            "tba",
            "todo",
            "-",
            "n/a",
            "to be decided",
            "to be announced",
        ]
        .contains(&v)
}

/// True if every labelled field of the idea is "TBD" and it has no description of its own.
pub(crate) fn is_tbd_only(idea: &ParsedIdea) -> bool {
    let fields_tbd = match idea.field_facts {
        Some(f) => f.count > 0 && f.all_tbd,
        None => !idea.fields.is_empty() && idea.fields.iter().all(|f| is_tbd(&f.value)),
    };
    fields_tbd && idea.idea.description.as_deref().is_none_or(is_tbd)
}

/// The sections the outline excluded as templates, placeholders or past projects, when they
/// hold at least one idea field (a heading alone is not worth reporting).
pub(crate) fn excluded_sections(doc: &Outline<'_>) -> Vec<SkippedSection> {
    let mut out = Vec::new();
    let mut below: Option<u8> = None;
    for (j, h) in doc.headings.iter().enumerate() {
        if below.is_some_and(|level| h.level > level) {
            continue;
        }
        below = None;
        if h.contents || !h.excluded {
            continue;
        }
        below = Some(h.level);
        let end = doc.subtree_end(j);
        let idea_like = (j..end)
            .flat_map(|k| doc.headings[k].anchors.clone())
            .any(|a| doc.anchors[a].field.is_core());
        if !idea_like {
            continue;
        }
        let reason = if is_placeholder_title(&h.text) {
            SkipReason::Placeholder
        } else if is_past_projects_heading(&h.text) || is_results_heading(&h.text) {
            SkipReason::PastProjects
        } else {
            SkipReason::Template
        };
        out.push(SkippedSection {
            line: h.line,
            title: clean_title(&h.text),
            reason,
        });
    }
    out
}

/// Headings beside ideas (same level, same parent) that were not taken as ideas because their
/// own section names only one idea field ("#### Faster index" with only a description).
pub(crate) fn one_field_sections(doc: &Outline<'_>) -> Vec<SkippedSection> {
    let selected = &doc.selected;
    if selected.is_empty() {
        return Vec::new();
    }
    let slots: std::collections::HashSet<(u8, Option<usize>)> = selected
        .iter()
        .map(|s| (doc.headings[s.heading].level, doc.parents[s.heading]))
        .collect();
    // Computed once: a per-heading walk up the page would make long pages quadratic.
    let excluded = doc.excluded_headings();
    let mut out = Vec::new();
    for (j, h) in doc.headings.iter().enumerate() {
        let k = selected.partition_point(|s| s.heading <= j);
        let covered = k > 0 && j <= selected[k - 1].end;
        if covered
            || excluded[j]
            || !slots.contains(&(h.level, doc.parents[j]))
            || doc.subtree_end(j) != j + 1
        {
            continue;
        }
        let mut kinds: Vec<Field> = doc.headings[j]
            .anchors
            .clone()
            .map(|a| doc.anchors[a].field)
            .filter(|f| f.is_core())
            .collect();
        kinds.sort();
        kinds.dedup();
        let title = clean_title(&h.text);
        if kinds.len() == 1 && !title.is_empty() {
            out.push(SkippedSection {
                line: h.line,
                title,
                reason: SkipReason::MissingFields,
            });
        }
    }
    out
}
