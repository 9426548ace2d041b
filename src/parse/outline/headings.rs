//! Facts of single headings and heading-like lines read while the outline is built: labels
//! written as headings, numbered bold title lines, past results, heading levels.

use super::super::fields;
use super::super::titles::{clean_title, is_results_heading};
use super::Heading;
use pulldown_cmark::HeadingLevel;

/// Excludes the headings that list the results of an earlier year than another heading of
/// the page names: "Accepted projects 2025" beside "GSoC 2026 ideas" is last year's list. An
/// "Accepted projects" heading with no older year is left alone: on LFX pages it holds the
/// term's ideas.
pub(super) fn exclude_past_results(headings: &mut [Heading]) {
    // (A year is four ASCII digits: a heading without a digit names none.)
    let year = |h: &Heading| {
        h.text
            .bytes()
            .any(|b| b.is_ascii_digit())
            .then(|| crate::parse::frontmatter::find_year(&h.text))
            .flatten()
    };
    let Some(newest) = headings.iter().filter_map(year).max() else {
        return;
    };
    for h in headings.iter_mut() {
        if !h.excluded && is_results_heading(&h.text) && year(h).is_some_and(|y| y < newest) {
            h.excluded = true;
        }
    }
}

/// [`fields::find_label`] of a heading's text (with the rules of headings), remembered by the
/// thread for the texts that are labels: pages write "## Description" and "#### Mentors" above
/// every idea, and the full test of a label costs several times a lookup. (Other headings,
/// mostly titles, are turned away by the test's first look and are not kept.)
pub(super) fn heading_label(text: &str) -> Option<fields::Label> {
    type Seen = std::collections::HashMap<Box<str>, fields::Label, crate::parse::fnv::FnvBuild>;
    thread_local! {
        static SEEN: std::cell::RefCell<Seen> = std::cell::RefCell::new(Seen::default());
    }
    SEEN.with(|seen| {
        let Ok(mut seen) = seen.try_borrow_mut() else {
            return fields::find_label(text, true);
        };
        if let Some(known) = seen.get(text) {
            return Some(known.clone());
        }
        let label = fields::find_label(text, true)?;
        if text.len() <= 64 {
            // (A page of many odd labels must not grow the memory for good.)
            if seen.len() >= 1024 {
                seen.clear();
            }
            seen.insert(text.into(), label.clone());
        }
        Some(label)
    })
}

/// The level given to a numbered bold title line: below every Markdown heading.
pub(super) const PSEUDO_HEADING_LEVEL: u8 = 6;

/// The title of a line that is only a bold, numbered title: "**[1] Coastline extraction.**",
/// "**2. Health vault**" (or a template's "**[N] PROJECT TITLE.**"). Bold lines without a
/// number are emphasis, not titles.
#[inline]
pub(crate) fn numbered_bold_title(line: &str) -> Option<&str> {
    // (Most lines do not start with emphasis: one look at their first character, where the
    // line is walked.)
    if !line.trim_start().starts_with(['*', '_']) {
        return None;
    }
    bold_title(line)
}

/// [`numbered_bold_title`] of a line that starts with emphasis.
fn bold_title(line: &str) -> Option<&str> {
    let t = line.trim();
    let inner = t
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|r| r.strip_suffix("__")))?;
    if inner.contains("**") || inner.trim().is_empty() {
        return None;
    }
    let inner = inner.trim();
    let numbered = inner.starts_with('[') && inner[1..].starts_with(|c: char| c.is_ascii_digit())
        || inner.starts_with(|c: char| c.is_ascii_digit())
            && inner
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(['.', ')']);
    let inner = inner.trim_end_matches('.');
    // A template's "**[N] PROJECT TITLE.**" stands where a numbered title would: its section
    // is the template, not part of the idea above it.
    let placeholder = inner.starts_with('[') && crate::parse::titles::is_placeholder_title(inner);
    (placeholder || numbered && clean_title(inner) != inner && !clean_title(inner).is_empty())
        .then_some(inner)
}

pub(crate) fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 1000,
            failure_persistence: None,
            ..Default::default()
        })]
        /// The remembered heading label is the label the full test reads, asked once or twice.
        #[test]
        fn heading_label_is_find_label(
            text in "(Mentors|Mentor\\(s\\)|Description|Idea|Skills|Project|Expected Outcome|[a-zA-Z]{1,8}| |:|@a|\\[x\\]|\\*\\*){0,6}"
        ) {
            let direct = fields::find_label(&text, true);
            proptest::prop_assert_eq!(heading_label(&text), direct.clone());
            proptest::prop_assert_eq!(heading_label(&text), direct);
        }
    }
}
