//! `incomplete-idea`: a section shaped like an idea that the parser did not keep as one.
//!
//! The parser drops an idea-like section whose fields are too few to be sure it is an idea (a
//! `####` idea with only a Description, one whose fields are all `TBD`, one still titled
//! "Project Title"), so it is neither listed nor checked; it says so in `ParsedPage::skipped`.
//! This rule reports those, and also finds on its own what the parser has no reason to look
//! at: a heading at the level of the page's ideas, under the same parent heading as an idea,
//! whose body has a field label or is only a placeholder. Sections the parser left out on
//! purpose (withdrawn ideas, past projects, templates) are the `not-counted` notice's.

use crate::lint::context::{placeholder, Emitter, PageContext};
use crate::parse::fields::{find_label, Field};
use crate::parse::SkipReason;
use std::collections::HashSet;

/// An ATX heading of the page.
struct Heading<'a> {
    line: usize,
    level: usize,
    text: &'a str,
}

/// Reasons for which the parser skipped a section that its author should complete.
fn is_incomplete(reason: SkipReason) -> bool {
    matches!(
        reason,
        SkipReason::MissingFields | SkipReason::TbdOnly | SkipReason::Placeholder
    )
}

pub(super) fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    // Sections left out on purpose are not incomplete ideas, whatever their fields.
    let on_purpose: HashSet<usize> = cx
        .skipped
        .iter()
        .filter(|s| !is_incomplete(s.reason))
        .map(|s| s.line)
        .collect();
    // (line, rank, title, why). On one line the parser's reason first (rank 0: "every field is
    // TBD" says more than "it has only Description and Mentor(s)"), then the heading's (1),
    // except for missing fields (2), where the heading's naming of the fields says more.
    let mut found: Vec<(usize, u8, String, String)> = (cx.skipped.iter())
        .filter(|s| is_incomplete(s.reason))
        .map(|s| {
            let rank = 2 * u8::from(s.reason == SkipReason::MissingFields);
            (s.line, rank, s.title.clone(), s.reason.to_string())
        })
        .collect();
    // Only headings below the front-matter are read: when every idea is above them (a
    // canonical idea file), no heading is an idea's and none is at an idea's level.
    if cx
        .ideas
        .iter()
        .any(|i| i.idea.source.line > cx.front.end_line())
    {
        found.extend(by_heading(cx));
    }
    let mut reported: HashSet<usize> = HashSet::new();
    found.sort_by_key(|f| (f.0, f.1));
    for (line, _, title, why) in found {
        if !on_purpose.contains(&line) && reported.insert(line) {
            let message = format!("'{title}' is not read as an idea: {why}");
            out.emit_about(&title, line, 1, message);
        }
    }
}

/// Idea-level headings that are not ideas although their section has a few field labels or
/// only a placeholder: (line, rank 1, title, why), as [`check`] sorts them.
fn by_heading(cx: &PageContext<'_>) -> Vec<(usize, u8, String, String)> {
    let mut found = Vec::new();
    let headings = headings_in_text(cx.text, cx.front.end_line());
    let mut idea_lines: Vec<usize> = cx.ideas.iter().map(|i| i.idea.source.line).collect();
    idea_lines.sort_unstable();
    let is_idea = |line: usize| idea_lines.binary_search(&line).is_ok();
    // Each heading's parent (the nearest heading above it at a higher level), in one pass.
    let mut parents: Vec<Option<usize>> = Vec::with_capacity(headings.len());
    let mut open: Vec<(usize, usize)> = Vec::new(); // (level, line) of the enclosing headings
    for h in &headings {
        while open.last().is_some_and(|&(level, _)| level >= h.level) {
            open.pop();
        }
        parents.push(open.last().map(|&(_, line)| line));
        open.push((h.level, h.line));
    }
    let parent = |index: usize| parents[index];
    // Levels are 1 to 6; the parents are few and sorted once (a page has thousands of
    // headings, each asked about both).
    let mut idea_levels = [false; 7];
    let mut idea_parents: Vec<Option<usize>> = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        if is_idea(h.line) {
            idea_levels[h.level] = true;
            idea_parents.push(parent(i));
        }
    }
    idea_parents.sort_unstable();
    idea_parents.dedup();
    for (i, h) in headings.iter().enumerate() {
        if !idea_levels[h.level]
            || is_idea(h.line)
            || idea_parents.binary_search(&parent(i)).is_err()
        {
            continue;
        }
        // The section: up to the next heading at this level or above.
        let end = headings[i + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map_or(cx.lines.len(), |n| n.line - 1);
        // A heading that groups ideas, names a field ("Requirements"), or introduces a sample
        // or an invitation to propose one's own idea is not an idea.
        let after = idea_lines.partition_point(|&l| l <= h.line);
        let groups_ideas = idea_lines.get(after).is_some_and(|&l| l <= end);
        if groups_ideas || find_label(h.text, true).is_some() || is_not_an_idea(h.text) {
            continue;
        }
        let body: Vec<&str> = cx.lines[h.line..end]
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty() && !l.starts_with("<!--"))
            .collect();
        // Too few fields is what makes the parser drop a section; one with more was left out
        // for another reason (the parser's own exclusions).
        let why = if let Some(fields) = field_labels(&body).filter(|f| f.len() <= MAX_FIELDS) {
            format!("it has only {}", join(&fields))
        } else if !body.is_empty() && body.iter().all(|l| placeholder(l).is_some()) {
            format!("its body is only a placeholder ('{}')", body[0])
        } else {
            continue;
        };
        found.push((h.line, 1, h.text.to_string(), why));
    }
    found
}

/// A section with more labelled fields than this is not reported (see above).
const MAX_FIELDS: usize = 2;

/// Headings of sections that look like ideas but are not meant as ones.
fn is_not_an_idea(heading: &str) -> bool {
    let h = heading.to_lowercase();
    [
        "example",
        "sample",
        "template",
        "custom project",
        "own idea",
        "your idea",
    ]
    .iter()
    .any(|w| h.contains(w))
}

/// "Description", "Description and Mentor(s)".
fn join(names: &[&str]) -> String {
    match names {
        [init @ .., last] if !init.is_empty() => format!("{} and {last}", init.join(", ")),
        _ => names.join(""),
    }
}

/// The labels of the core fields written in a section, in order; `None` if there are none.
fn field_labels(body: &[&str]) -> Option<Vec<&'static str>> {
    let mut fields: Vec<Field> = Vec::new();
    for line in body {
        let (text, heading) = match line.trim_start_matches('#') {
            rest if rest.len() < line.len() => (rest.trim(), true),
            _ => (*line, false),
        };
        if let Some(label) = find_label(text, heading) {
            if label.field.is_core() && !fields.contains(&label.field) {
                fields.push(label.field);
            }
        }
    }
    let names: Vec<&'static str> = fields.iter().map(|f| f.template_label()).collect();
    (!names.is_empty()).then_some(names)
}

/// The ATX headings of `text.lines()` from line `skip` (0-based) on, outside code fences and
/// indented code.
fn headings_in_text(text: &str, skip: usize) -> Vec<Heading<'_>> {
    crate::lint::unfenced_lines(text, skip)
        .filter(|(_, line)| !line.starts_with("    "))
        .filter_map(|(i, line)| {
            let (level, rest) = crate::lint::atx_heading(line)?;
            let text = rest.trim();
            (level <= 6 && !text.is_empty()).then(|| Heading {
                line: i + 1,
                level,
                text: text.trim_end_matches('#').trim(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, skip: usize) -> Vec<(usize, usize, String)> {
        headings_in_text(text, skip)
            .into_iter()
            .map(|h| (h.line, h.level, h.text.to_string()))
            .collect()
    }

    #[test]
    fn headings_outside_code_are_found() {
        let h = |line, level, text: &str| (line, level, text.to_string());
        assert_eq!(found("", 0), []);
        assert_eq!(found("# A", 0), [h(1, 1, "A")]);
        assert_eq!(found("# A", 3), []);
        assert_eq!(found("---\ntitle: x\n---\n## B\n", 3), [h(4, 2, "B")]);
        let page = "## A\r\n```\n## not\n```\n  ## B ##\r\n    ## code\n\u{3000}## C\n~~~\n# x\n```\n~~~\n#Z\n####### G\n## \n## H\r";
        let want = [h(1, 2, "A"), h(5, 2, "B"), h(7, 2, "C"), h(15, 2, "H")];
        assert_eq!(found(page, 0), want);
        assert_eq!(found(page, 3), []);
        let page = "x # y\n`a` ## b\n\t## Tab\n ~~~ \n## in\n~~~\n## out";
        assert_eq!(found(page, 0), [h(3, 2, "Tab"), h(7, 2, "out")]);
        assert_eq!(found(page, 3), [h(7, 2, "out")]);
    }
}
