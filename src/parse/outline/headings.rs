//! Facts of single headings and heading-like lines read while the outline is built: labels
//! written as headings, numbered bold title lines, past results, heading levels.

use super::super::titles::{
    clean_title, heading_hours, is_contents_heading, is_excluded_heading, is_generic_heading,
    is_results_heading, issue_number_len, status_of_heading,
};
use crate::model::Status;
use crate::parse::fields::{self, Field};
use std::ops::Range;

/// A heading that is not a field label.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    pub(crate) level: u8,
    /// 1-based line of the heading.
    pub(crate) line: usize,
    pub(crate) text: Box<str>,
    /// Anchors (indices into `Outline::anchors`) up to the next structural heading.
    pub(crate) anchors: Range<usize>,
    /// Byte range of the section's own text (after the heading line, before the next
    /// structural heading; its end `usize::MAX` while it is open).
    pub(crate) body: Range<usize>,
    /// [`is_excluded_heading`] of the text (a template, an example, past projects, ...),
    /// decided once: several passes ask it.
    pub(crate) excluded: bool,
    /// [`is_contents_heading`] of the text.
    pub(crate) contents: bool,
    /// [`is_generic_heading`] of the text, worked out the first time it is asked (every idea
    /// below a heading asks it of its ancestors).
    generic: std::cell::OnceCell<bool>,
    /// [`status_of_heading`] of the text, worked out the first time it is asked.
    status: std::cell::OnceCell<Option<Status>>,
    /// [`heading_hours`] of the text, worked out the first time it is asked (every idea below
    /// a heading without its own size asks it of its ancestors).
    hours: std::cell::OnceCell<Vec<u32>>,
}

impl Heading {
    /// A heading without anchors yet ([`super::Outline::read`] gives them out once all are
    /// read).
    pub(super) fn new(level: u8, line: usize, text: String, body: Range<usize>) -> Self {
        Heading {
            level,
            line,
            excluded: is_excluded_heading(&text),
            contents: is_contents_heading(&text),
            text: text.into_boxed_str(),
            anchors: 0..0,
            body,
            generic: std::cell::OnceCell::new(),
            status: std::cell::OnceCell::new(),
            hours: std::cell::OnceCell::new(),
        }
    }

    /// [`is_generic_heading`] of the heading's text.
    pub(crate) fn generic(&self) -> bool {
        *self.generic.get_or_init(|| is_generic_heading(&self.text))
    }

    /// [`heading_hours`] of the heading's text.
    pub(crate) fn hours(&self) -> &[u32] {
        self.hours.get_or_init(|| heading_hours(&self.text))
    }

    /// [`status_of_heading`] of the heading's text.
    pub(crate) fn status(&self) -> Option<Status> {
        *self.status.get_or_init(|| status_of_heading(&self.text))
    }
}

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

/// A heading at the ideas' level that is a section of the idea above it, not an idea, is read
/// one level deeper, inside that idea. Two kinds:
///
/// - a heading that repeats at one level, each time right after a sibling whose text does not
///   repeat ("### Some explorations to get started" right after the "### title" of every idea);
///   (two ideas of one title under two projects are left alone: the second follows its
///   project's heading, not a sibling);
/// - a heading that names a section (`headings.idea_sections` of `schemas/words.toml`: "###
///   Things to consider") right after a sibling that holds no fields yet (the idea's title,
///   whose facts come after its sections). After an idea with its fields it is left alone: it
///   may be a section of the page.
///
/// A repeated section may follow such a named section of the same idea ("### Terminal UI",
/// "### Things to consider", "### Some explorations to get started").
pub(super) fn nest_repeated_sections(headings: &mut [Heading]) {
    let key = |h: &Heading| {
        let t = h.text.trim().trim_end_matches(':').trim_end();
        (h.level, t.to_lowercase())
    };
    let mut counts: std::collections::HashMap<(u8, String), usize> = Default::default();
    for h in headings.iter().filter(|h| h.level < PSEUDO_HEADING_LEVEL) {
        *counts.entry(key(h)).or_default() += 1;
    }
    let repeated = |h: &Heading| counts.get(&key(h)).is_some_and(|n| *n >= 2);
    let sibling_before = |i: usize| {
        i.checked_sub(1)
            .map(|p| &headings[p])
            .filter(|p| p.level == headings[i].level)
    };
    // The named sections that are not repeated and follow a sibling without fields.
    let named: Vec<bool> = (0..headings.len())
        .map(|i| {
            let h = &headings[i];
            h.level < PSEUDO_HEADING_LEVEL
                && !h.excluded
                && !repeated(h)
                && is_section_name(&h.text)
                && sibling_before(i).is_some_and(|p| {
                    !repeated(p) && !p.excluded && !is_section_name(&p.text) && p.anchors.is_empty()
                })
        })
        .collect();
    // For each heading, whether the heading right before it (past the named sections of the
    // same idea) is a sibling that does not repeat (a project named twice on a page follows
    // the last idea of the project above).
    let after_sibling: Vec<bool> = (0..headings.len())
        .map(|i| {
            let mut p = i.checked_sub(1);
            while let Some(j) = p.filter(|j| named[*j] && headings[*j].level == headings[i].level) {
                p = j.checked_sub(1);
            }
            p.is_some_and(|p| headings[p].level == headings[i].level && !repeated(&headings[p]))
        })
        .collect();
    let mut nested: std::collections::HashMap<(u8, String), bool> = Default::default();
    for (i, h) in headings.iter().enumerate() {
        if h.level < PSEUDO_HEADING_LEVEL && repeated(h) {
            *nested.entry(key(h)).or_insert(true) &= after_sibling[i] && !h.excluded;
        }
    }
    for (i, h) in headings.iter_mut().enumerate() {
        if named[i] || h.level < PSEUDO_HEADING_LEVEL && nested.get(&key(h)) == Some(&true) {
            h.level += 1;
        }
    }
}

/// Whether a heading's whole text names a section of an idea ("Things to consider").
fn is_section_name(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim_end();
    crate::words::list("headings.idea_sections")
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

/// The headings that are sections of a page's one idea, by the byte offset they start at: when
/// the first heading is followed at its own level by headings most of which name fields, each
/// a different one ("# Widget cache", "# Description", "# Impact on users", "# Skills",
/// "# Mentors"), the page is that one idea and its other headings at that level ("# Impact on
/// users") are sections of it, never its title. (Ideas side by side repeat their fields.)
pub(super) fn single_idea_sections(raw: &[(u8, Range<usize>, String)]) -> Vec<usize> {
    let Some((level, _, text)) = raw.first() else {
        return Vec::new();
    };
    if fields::find_label(text.trim(), true).is_some() || raw.iter().any(|h| h.0 < *level) {
        return Vec::new();
    }
    let mut named: Vec<Field> = Vec::new();
    let mut sections = Vec::new();
    for (_, range, text) in raw[1..].iter().filter(|h| h.0 == *level) {
        match fields::find_label(text.trim(), true) {
            Some(label) if named.contains(&label.field) => return Vec::new(),
            Some(label) => named.push(label.field),
            None => sections.push(range.start),
        }
    }
    let core = named.iter().filter(|f| f.is_core()).count();
    if core >= 2 && named.len() > sections.len() {
        sections
    } else {
        Vec::new()
    }
}

/// True if a link's words in a heading are no part of its title: none at all (a way back to
/// the contents, a permalink's "¶") or a wiki's "edit".
pub(super) fn is_wordless_or_edit(words: &str) -> bool {
    let t = words.trim();
    ["edit", "edit source"]
        .iter()
        .any(|e| t.eq_ignore_ascii_case(e))
        || !t.chars().any(char::is_alphanumeric)
}

/// Drops the brackets an edit link was written in, once its links are gone: "Title[[edit](u)]"
/// leaves "Title[]", "Title[[edit](u) | [edit source](v)]" leaves "Title[ | ]".
pub(super) fn without_edit_brackets(title: &mut String) {
    let t = title.trim_end();
    if let Some(open) = t.strip_suffix(']').and_then(|r| r.rfind('[')) {
        if t[open..].chars().all(|c| "[]| ".contains(c)) {
            title.truncate(open);
        }
    }
}

/// A bold title line whose idea has sections of its own under Markdown headings ("**Project
/// I: Faster sync**", then "#### Background", "#### Extend the filter") stands one level above
/// them, as the heading a page converted from HTML lost was: otherwise those sections would
/// close it and read as ideas. `bold` are the indices of the bold titles in `headings`; a
/// title stays below every heading when the next heading is another title or is a child of a
/// heading above the title one level up.
pub(super) fn lift_bold_titles(headings: &mut [Heading], bold: &[usize]) {
    let mut is_bold = vec![false; headings.len()];
    bold.iter().for_each(|&k| is_bold[k] = true);
    for &k in bold {
        let Some(next) = headings.get(k + 1).filter(|_| !is_bold[k + 1]) else {
            continue;
        };
        let level = next.level;
        // (The heading this title's sections would otherwise belong to; a title lifted before
        // it is a sibling.)
        let above = (0..k).rev().find(|&i| headings[i].level < level);
        let sibling = above.is_some_and(|i| is_bold[i]);
        let room = above.is_none_or(|i| headings[i].level + 1 < level);
        // (And deeper than the last heading of the page's own before it: "## Scope" with
        // "**1. Web app**" … then "## Deliverables" is a list inside one section.)
        let deeper = (0..k)
            .rev()
            .find(|&i| !is_bold[i])
            .is_none_or(|i| headings[i].level < level);
        if level < PSEUDO_HEADING_LEVEL && (sibling || room && deeper) {
            headings[k].level = level - 1;
        }
    }
}

/// A list of a tracker's issues, one heading each ("## #10599: WhatsApp bot"), whose bodies
/// keep the issues' own headings at the same level ("## Project Detail", "## Mentors"): each
/// such heading (a field's too) after an issue's, up to the next issue or a shallower heading,
/// is a section of that issue. Read when two issue headings or more stand at one level.
pub(super) fn nest_issue_sections(headings: &mut [Heading], anchors: &mut [super::Anchor]) {
    let is_issue = |h: &Heading| issue_number_len(h.text.trim()).is_some();
    let mut count = [0usize; PSEUDO_HEADING_LEVEL as usize + 1];
    for h in headings.iter().filter(|h| is_issue(h)) {
        count[usize::from(h.level.min(PSEUDO_HEADING_LEVEL))] += 1;
    }
    if count.iter().all(|&n| n < 2) {
        return;
    }
    // (The level of the issue open after each heading, in one sweep of the page.)
    let mut open: Option<u8> = None;
    let mut open_after = Vec::with_capacity(headings.len());
    for h in headings.iter_mut() {
        if is_issue(h) && count[usize::from(h.level.min(PSEUDO_HEADING_LEVEL))] >= 2 {
            open = Some(h.level);
        } else if open.is_some_and(|level| h.level < level) {
            open = None;
        } else if open == Some(h.level) {
            h.level += 1;
        }
        open_after.push(open);
    }
    for a in anchors.iter_mut().filter(|a| a.heading) {
        let above = headings.partition_point(|h| h.line < a.line);
        if above > 0 && open_after[above - 1] == Some(a.level) {
            a.level += 1;
        }
    }
}

/// The lines (1-based) of bold titles without a number, each a paragraph of its own
/// ("**Web Monetization Browser Exploration**") followed, before the next such line or
/// heading, by labelled lines of two facts of an idea or more ("Skills required: C++",
/// "Possible mentors: Ana"). Only when two such titles or more stand on the page, with no
/// heading between them: one bold line over fields is a sub-heading of an idea.
pub(super) fn bold_paragraph_titles(text: &str) -> Vec<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let title = |k: usize| {
        let line = lines[k];
        let before = k.checked_sub(1).map_or("", |p| lines[p].trim());
        // ("**Plyer:**": a colon may close the title, not stand inside it, unless after the
        // number the title drops: "**Project 2: Answer bot**".)
        bold_or_linked(line).is_some_and(|t| {
            let title = clean_title(t);
            !title.is_empty() && (!t.contains(':') || title != t)
        }) && (before.is_empty() || super::super::text::is_thematic_break(before))
            && fields::content_start(line) == 0
            && fields::find_label(line, false).is_none()
    };
    // "**Current Status:**" alone, where other lines write "**Current Status:** text": a label
    // of the page's with its value left out, not a title.
    let page_label = |k: usize| {
        let line = lines[k].trim();
        line.ends_with(":**")
            && (lines.iter()).any(|l| l.starts_with(line) && !l[line.len()..].trim().is_empty())
    };
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&k| title(k) && !page_label(k))
        .collect();
    let mut out = Vec::new();
    for (n, &k) in candidates.iter().enumerate() {
        // (Not where headings part the ideas: "### MDEV-28395 …" then "**Full-time
        // project 350h**" under each.)
        let from = n.checked_sub(1).map_or(k, |p| candidates[p]);
        if lines[from..k].iter().any(|l| l.starts_with('#')) {
            return Vec::new();
        }
        let end = candidates.get(n + 1).copied().unwrap_or(lines.len());
        let mut facts = 0u32;
        for line in lines[k + 1..end].iter().take_while(|l| !l.starts_with('#')) {
            // (With a value: a template's "**Difficulty Level:**" holds none.)
            let valued =
                |l: &fields::Label| l.has_colon && !line[l.value_start..].trim().is_empty();
            if let Some(l) = fields::find_label(line, false).filter(valued) {
                if l.field.is_core() && l.field != fields::Field::Description {
                    facts |= 1 << (l.field as u32);
                }
            }
        }
        if facts.count_ones() >= 2 {
            out.push(k + 1);
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The title of a bold title line: a numbered one ([`numbered_bold_title`]), or one of the
/// page's [`bold_paragraph_titles`] (`paragraphs`, at line `line_no`).
pub(super) fn bold_title<'t>(
    line: &'t str,
    line_no: usize,
    paragraphs: &[usize],
) -> Option<&'t str> {
    numbered_bold_title(line).or_else(|| {
        (paragraphs.binary_search(&line_no).is_ok())
            .then(|| bold_or_linked(line))
            .flatten()
    })
}

/// The title of a line that is only bold text, or only a link whose text is bold
/// ("[**Project 1: Answer bot**](https://…)": a title linking its registration page).
fn bold_or_linked(line: &str) -> Option<&str> {
    let t = line.trim();
    let linked = (t.strip_prefix('['))
        .and_then(|r| r.strip_suffix(')'))
        .and_then(|r| Some(&r[..r.find("](")?]));
    fields::bold_only(linked.unwrap_or(t))
}

/// The level given to a numbered bold title line: below every Markdown heading.
pub(super) const PSEUDO_HEADING_LEVEL: u8 = 6;

/// The title of a line that is only a bold, numbered title: "**[1] Coastline extraction.**",
/// "**2. Health vault**", "**Project IV: Health vault**" (or a template's "**[N] PROJECT
/// TITLE.**"); or a bold title with a wiki's edit links after it, a section heading a scrape
/// wrote in bold ("**Health vault**[[edit](…action=edit&section=3)]"). Bold lines without a
/// number are emphasis, not titles.
pub(crate) fn numbered_bold_title(line: &str) -> Option<&str> {
    let t = line.trim();
    let (t, wiki_section) = match t.find("**[[") {
        Some(at) if t.ends_with(']') && t[at..].contains("action=edit") => (&t[..at + 2], true),
        _ => (t, false),
    };
    let inner = t
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|r| r.strip_suffix("__")))?;
    if inner.contains("**") || inner.trim().is_empty() {
        return None;
    }
    let inner = inner.trim();
    if wiki_section {
        return Some(inner);
    }
    // ("Project IV: Health vault", "Idea 3 - Health vault": a named number, which the title
    // drops.)
    let named = ["project ", "idea "].iter().any(|w| {
        inner
            .get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
            && inner[w.len()..]
                .split_once([':', '-', '—', '.'])
                .is_some_and(|(n, _)| {
                    let n = n.trim().trim_start_matches('#');
                    !n.is_empty()
                        && (n.bytes().all(|b| b.is_ascii_digit())
                            || n.bytes().all(|b| b"IVXL".contains(&b))
                            || n.len() == 1 && n.bytes().all(|b| b.is_ascii_uppercase()))
                })
    });
    let numbered = named
        || inner.starts_with('[') && inner[1..].starts_with(|c: char| c.is_ascii_digit())
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

/// A heading with no words whose title is the paragraph right below it, a link or bold text
/// alone ("##" then "[Implement a Shape Tool\n](url)": a site's `<h2><a>` scraped with its
/// line breaks) takes that title, and its range covers the paragraph, as a setext heading's
/// covers its underline. `raw` are the headings read so far: (level, range, title).
pub(super) fn titles_below(text: &str, raw: &mut [(u8, Range<usize>, String)]) {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    for k in 0..raw.len() {
        if !raw[k].2.trim().is_empty() {
            continue;
        }
        let next = raw.get(k + 1).map_or(text.len(), |h| h.1.start);
        let Some(after) = text.get(raw[k].1.end..next) else {
            continue;
        };
        let lead = after.len() - after.trim_start().len();
        // (Up to the first blank line, "\n" or "\r\n" alike.)
        let para_len: usize = (after[lead..].split_inclusive('\n'))
            .take_while(|l| !l.trim().is_empty())
            .map(str::len)
            .sum();
        let para = &after[lead..lead + para_len];
        let mut title = String::new();
        let mut depth = 0;
        let mut whole = true;
        for (i, event) in Parser::new(para).enumerate() {
            match event {
                Event::Start(Tag::Paragraph) if i == 0 => {}
                Event::Start(Tag::Link { .. } | Tag::Strong) if i == 1 => depth += 1,
                Event::End(TagEnd::Link | TagEnd::Strong) if depth == 1 => depth = 2,
                Event::End(TagEnd::Paragraph) if depth == 2 => {}
                Event::Text(t) | Event::Code(t) if depth == 1 => title.push_str(&t),
                Event::SoftBreak if depth == 1 => title.push(' '),
                _ => whole = false,
            }
        }
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        if whole && depth == 2 && !title.is_empty() && title.split(' ').count() <= 20 {
            raw[k].1.end = raw[k].1.end + lead + para.trim_end().len();
            raw[k].2 = title;
        }
    }
}
