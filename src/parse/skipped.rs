//! What is not an idea, decided by rules: sections a page keeps for other things (templates,
//! placeholders, lists of past projects), ideas that are withdrawn or hold nothing but "TBD",
//! and idea-like sections that miss the fields an idea needs. Each is reported in
//! [`super::ParsedPage::skipped`] with its line, so `validate` can tell a maintainer why a
//! section that looks like an idea was not counted.

use super::idea::{ParsedIdea, SkipReason, SkippedSection};
use super::outline::Outline;
use super::text::strip_md;
use super::titles::{
    clean_title, is_past_projects_heading, is_placeholder_title, is_results_heading,
};

/// True if an idea says it is withdrawn: "(taken)" in its title, or "no longer offered" /
/// "already taken" near the start of its description.
pub(crate) fn is_withdrawn(idea: &ParsedIdea) -> bool {
    if says_any(&idea.idea.title, WITHDRAWN_IN_TITLE) {
        return true;
    }
    let description = idea.idea.description.as_deref().unwrap_or("");
    // The first 300 characters.
    let head = description
        .char_indices()
        .nth(300)
        .map_or(description, |(end, _)| &description[..end]);
    says_any(head, WITHDRAWN_IN_DESCRIPTION)
}

/// Phrases of a title that say the idea is withdrawn (lower-case).
const WITHDRAWN_IN_TITLE: &[&str] = &[
    "(taken)",
    "[taken]",
    "(withdrawn)",
    "[withdrawn]",
    "(done)",
    "[done]",
    "(completed)",
    "[completed]",
    "no longer offered",
    "no longer available",
];

/// Phrases near the start of a description that say the idea is withdrawn (lower-case).
const WITHDRAWN_IN_DESCRIPTION: &[&str] = &[
    "no longer offered",
    "no longer available",
    "is no longer being offered",
    "has already been taken",
    "is already taken",
    "this idea has been withdrawn",
    "this project has been withdrawn",
    "this idea has been taken",
    "this project has been taken",
];

/// `text.to_lowercase()` contains one of `phrases` (lower-case).
fn says_any(text: &str, phrases: &[&str]) -> bool {
    let t = text.to_lowercase();
    phrases.iter().any(|w| t.contains(w))
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
    let fields_tbd = !idea.fields.is_empty() && idea.fields.iter().all(|f| is_tbd(&f.value));
    fields_tbd && idea.idea.description.as_deref().is_none_or(is_tbd)
}

/// True if the idea is titled as a page of ideas ("New contributor ideas", "GSoC 2026 project
/// ideas", "Google Summer of Code - 2017") and names no mentor: the page's own heading read with
/// the page's intro fields, not one project.
pub(crate) fn is_page_title(idea: &ParsedIdea) -> bool {
    let title = idea.idea.title.to_lowercase();
    let last = title.split_whitespace().last().unwrap_or("");
    (last.trim_matches(|c: char| !c.is_alphanumeric()) == "ideas"
        || crate::parse::titles::only_page_words(&title))
        && idea.idea.mentors.is_empty()
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
        below = Some(doc.exclusion_level(j));
        let end = doc.exclusion_end(j);
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
    // The levels of the ideas under each parent (index 0 for none, then heading + 1), one
    // bit a level: two bytes a heading, not a set of 100,000 entries on a page of as many
    // ideas.
    let slot =
        |level: u8, parent: Option<usize>| (parent.map_or(0, |p| p + 1), 1u16 << level.min(15));
    let mut slots = vec![0u16; doc.headings.len() + 1];
    for s in selected {
        let (at, bit) = slot(doc.headings[s.heading].level, doc.parent(s.heading));
        slots[at] |= bit;
    }
    // Computed once: a per-heading walk up the page would make long pages quadratic.
    let excluded = doc.excluded_headings();
    let mut out = Vec::new();
    for (j, h) in doc.headings.iter().enumerate() {
        let k = selected.partition_point(|s| s.heading <= j);
        let covered = k > 0 && j <= selected[k - 1].end;
        if covered
            || excluded[j]
            || {
                let (at, bit) = slot(h.level, doc.parent(j));
                slots[at] & bit == 0
            }
            || doc.subtree_end(j) != j + 1
        {
            continue;
        }
        let title = clean_title(&h.text);
        if doc.core_kinds(h.anchors.clone()) == 1 && !title.is_empty() {
            out.push(SkippedSection {
                line: h.line,
                title,
                reason: SkipReason::MissingFields,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn withdrawn_phrases_are_lower_case() {
        for p in WITHDRAWN_IN_TITLE.iter().chain(WITHDRAWN_IN_DESCRIPTION) {
            assert_eq!(*p, p.to_lowercase());
        }
    }

    #[test]
    fn says_any_is_a_lower_cased_contains() {
        let cases = [
            ("Faster tiles (TAKEN)", true),
            ("Faster tiles [Withdrawn]", true),
            ("Faster tiles (taken by the team)", false),
            ("This idea is NO LONGER OFFERED.", true),
            ("No longer", false),
            ("Étude (Taken)", true),
            ("Kelvin \u{212A} (taKen)", true),
            ("", false),
        ];
        for (text, expected) in cases {
            let reference = WITHDRAWN_IN_TITLE
                .iter()
                .any(|w| text.to_lowercase().contains(w));
            assert_eq!(reference, expected, "{text}");
            assert_eq!(says_any(text, WITHDRAWN_IN_TITLE), expected, "{text}");
        }
        let long = format!("{} (taken)", "a".repeat(2000));
        assert!(says_any(&long, WITHDRAWN_IN_TITLE));
    }
}
