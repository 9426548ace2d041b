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
use crate::parse::{SkipReason, SkippedSection};
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
    let mut found: Vec<(String, usize, String)> = Vec::new();
    // The parser's reason first ("every field is TBD" says more than "it has only Description
    // and Mentor(s)"), except for missing fields, where naming the fields there says more.
    let parser_says = |s: &&SkippedSection| is_incomplete(s.reason);
    let message = |s: &SkippedSection| {
        let message = format!("'{}' is not read as an idea: {}", s.title, s.reason);
        (s.title.clone(), s.line, message)
    };
    let (missing, other): (Vec<&SkippedSection>, Vec<&SkippedSection>) = cx
        .skipped
        .iter()
        .filter(parser_says)
        .partition(|s| s.reason == SkipReason::MissingFields);
    found.extend(other.into_iter().map(message));
    // Only headings below the front-matter are read: when every idea is above them (a
    // canonical idea file), no heading is an idea's and none is at an idea's level.
    if cx
        .ideas
        .iter()
        .any(|i| i.idea.source.line > cx.front.end_line())
    {
        found.extend(by_heading(cx));
    }
    found.extend(missing.into_iter().map(message));
    let mut reported: HashSet<usize> = HashSet::new();
    found.sort_by_key(|f| f.1);
    for (title, line, message) in found {
        if !on_purpose.contains(&line) && reported.insert(line) {
            out.emit_about(&title, line, 1, message);
        }
    }
}

/// Idea-level headings that are not ideas although their section has a few field labels or
/// only a placeholder: (title, line, message).
fn by_heading(cx: &PageContext<'_>) -> Vec<(String, usize, String)> {
    let mut found = Vec::new();
    let headings = headings(cx);
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
            .map_or_else(|| cx.text.lines().count(), |n| n.line - 1);
        // A heading that groups ideas, names a field ("Requirements"), or introduces a sample
        // or an invitation to propose one's own idea is not an idea.
        let after = idea_lines.partition_point(|&l| l <= h.line);
        let groups_ideas = idea_lines.get(after).is_some_and(|&l| l <= end);
        if groups_ideas || find_label(h.text, true).is_some() || is_not_an_idea(h.text) {
            continue;
        }
        let body: Vec<&str> = cx.lines()[h.line..end]
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty() && !l.starts_with("<!--"))
            .collect();
        let title = h.text;
        // Too few fields is what makes the parser drop a section; one with more was left out
        // for another reason (the parser's own exclusions).
        let fields = field_labels(&body).filter(|f| f.len() <= MAX_FIELDS);
        if let Some(fields) = fields {
            let fields = join(&fields);
            found.push((
                title.to_string(),
                h.line,
                format!("'{title}' is not read as an idea: it has only {fields}"),
            ));
        } else if !body.is_empty() && body.iter().all(|l| placeholder(l).is_some()) {
            found.push((
                title.to_string(),
                h.line,
                format!(
                    "'{title}' is not read as an idea: its body is only a placeholder ('{}')",
                    body[0]
                ),
            ));
        }
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

/// The ATX headings of the page outside code fences and front-matter.
fn headings<'a>(cx: &PageContext<'a>) -> Vec<Heading<'a>> {
    headings_in_text(cx.text, cx.front.end_line())
}

/// [`headings_in`] over `text.lines()`, read from the text: only the lines whose first
/// non-blank character is a fence or heading marker are looked at, found with `memchr3`, so
/// the page's lines are not split (most pages then never need them split).
fn headings_in_text(text: &str, skip: usize) -> Vec<Heading<'_>> {
    let bytes = text.as_bytes();
    // The start of line `skip` (0-based), as `lines().skip(skip)` begins.
    let mut start = 0;
    for _ in 0..skip {
        match memchr::memchr(b'\n', &bytes[start..]) {
            Some(i) => start += i + 1,
            None => return Vec::new(),
        }
    }
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    // Line number of the line that starts at `counted`.
    let (mut counted, mut line_no) = (start, skip + 1);
    while let Some(hit) = memchr::memchr3(b'`', b'~', b'#', &bytes[start..]) {
        let hit = start + hit;
        // The line of the hit; earlier lines of the stretch have none of the three bytes.
        let line_start =
            memchr::memrchr(b'\n', &bytes[start..hit]).map_or(start, |i| start + i + 1);
        let line_end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |i| hit + i);
        start = line_end + 1;
        // The first of the three bytes on the line: the line matters only if it is the
        // line's first non-blank character (what `trim_start` leaves first).
        if !text[line_start..hit].chars().all(char::is_whitespace) {
            if start > bytes.len() {
                break;
            }
            continue;
        }
        line_no += memchr::memchr_iter(b'\n', &bytes[counted..line_start]).count();
        counted = line_start;
        let line = &text[line_start..line_end];
        // `str::lines` drops the '\r' of a "\r\n" ending (not of a last line without '\n').
        let line = if line_end < bytes.len() {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        };
        let t = line.trim_start();
        for marker in ["```", "~~~"] {
            if t.starts_with(marker) {
                fence = match fence {
                    None => Some(marker),
                    Some(m) if m == marker => None,
                    other => other,
                };
            }
        }
        if fence.is_none() && !line.starts_with("    ") {
            let level = t.len() - t.trim_start_matches('#').len();
            let text = t[level..].trim();
            if (1..=6).contains(&level) && t[level..].starts_with([' ', '\t']) && !text.is_empty() {
                out.push(Heading {
                    line: line_no,
                    level,
                    text: text.trim_end_matches('#').trim(),
                });
            }
        }
        if start > bytes.len() {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `headings` as first written: every line of `text.lines()` read in full.
    fn headings_reference(lines: &[&str], skip: usize) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let mut fence: Option<&str> = None;
        for (i, line) in lines.iter().enumerate().skip(skip) {
            let t = line.trim_start();
            for marker in ["```", "~~~"] {
                if t.starts_with(marker) {
                    fence = match fence {
                        None => Some(marker),
                        Some(m) if m == marker => None,
                        other => other,
                    };
                }
            }
            if fence.is_some() || line.starts_with("    ") {
                continue;
            }
            let level = t.len() - t.trim_start_matches('#').len();
            let text = t[level..].trim();
            if (1..=6).contains(&level) && t[level..].starts_with([' ', '\t']) && !text.is_empty() {
                out.push((i + 1, level, text.trim_end_matches('#').trim().to_string()));
            }
        }
        out
    }

    fn found(text: &str, skip: usize) -> Vec<(usize, usize, String)> {
        headings_in_text(text, skip)
            .into_iter()
            .map(|h| (h.line, h.level, h.text.to_string()))
            .collect()
    }

    #[test]
    fn headings_as_first_written() {
        let cases = [
            "",
            "# A",
            "---\ntitle: x\n---\n## B\n",
            "## A\r\n```\n## not\n```\n  ## B ##\r\n    ## code\n\u{3000}## C\n~~~\n# x\n```\n~~~\n#Z\n####### G\n## \n## H\r",
            "x # y\n`a` ## b\n\t## Tab\n ~~~ \n## in\n~~~\n## out",
        ];
        for c in cases {
            let lines: Vec<&str> = c.lines().collect();
            for skip in 0..4 {
                assert_eq!(
                    found(c, skip),
                    headings_reference(&lines, skip),
                    "{c:?} {skip}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn headings_agree_with_their_first_version(
            text in "(#|##|####### |`|```|~~~|~| |    |\t|\u{3000}|\u{a0}|\r|\n|\r\n|a|é|\\#){0,24}",
            skip in 0usize..6,
        ) {
            let lines: Vec<&str> = text.lines().collect();
            proptest::prop_assert_eq!(found(&text, skip), headings_reference(&lines, skip));
        }
    }
}
