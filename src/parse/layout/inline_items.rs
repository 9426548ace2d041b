//! Ideas written as the items of one list, each item an idea whose fields are labelled inline:
//!
//! ```text
//! - [Faster rebuilds](https://github.com/o/r/issues/12) — Mentors: Ana Ruiz; Skills: Rust; Difficulty: medium
//! 1. **Plugin sandbox** — Run plugins in a sandbox.
//!    Mentors: Ivo Berg. Skills: Go, WebAssembly. Size: 175 hours.
//! ```
//!
//! An item starts with its title (a link, bold or italic text, or plain text up to " — ",
//! " – ", " - ", ": ", its first sentence's end or the end of the line); then come prose (the description) and labelled
//! fields (the labels of `schemas/labels.toml`, as [`fields::find_label`] reads them), each
//! after a separator: ";", ". ", " | ", " · ", " • ", a line break, or, before a label, ", ",
//! " (" or a spaced dash. A value ends at the next separator that starts a label, at a
//! sentence end or a line break followed by prose, or at an unmatched ")".
//!
//! A paragraph that starts in bold ("**Faster builds.** ... Mentors: Ana Ruiz. Skills: Rust.")
//! is an item too: such paragraphs, one after another, are read as a list. An item whose first
//! sentence runs on holds its title in bold inside it ("Rework the **index builder** so it
//! ..."), and an item may state its size and level as a clause of its prose ("175 or 350
//! hours; medium difficulty.", [`prose`]).
//!
//! Asked after the heading, table and bold-item recognisers. A list is read only when two of
//! its items or more each give two distinct idea fields with a usable value (mentors the
//! mentor parser reads, a difficulty, a size in hours, skills, ...), two of them at least
//! written with a colon or with a size clause, and then only its items with a title and a
//! field are ideas; a list of one item only when it reads as an idea (a title of three words,
//! a paragraph of twenty, a size clause). A list is left alone when an earlier recogniser
//! found an idea in its part of the page (its heading section, or the heading idea it is in),
//! unless that idea is a heading read as one idea only from the fields of the list's items and
//! the mentors line above the list ("### Phone app", "Experts: ...": the area of the items,
//! whose mentors are those of every item that names none), or the page's title. Lists in
//! excluded sections (past projects, templates), or after a lead-in line such a heading would
//! name, are not ideas.

use super::{Found, Page};
use crate::model::Difficulty;
use crate::parse::builder::IdeaBuilder;
use crate::parse::fields::{self, Field};
use crate::parse::hours::parse_hours;
use crate::parse::idea::ParsedIdea;
use crate::parse::mentors::parse_mentors;
use crate::parse::outline::{title_line, Heading, Outline};
use crate::parse::text::{
    clean_block, difficulty_in, extract_urls, github_refs, is_issue_url, is_thematic_break,
    ref_def, strip_md,
};
use crate::parse::titles::{clean_title, is_excluded_heading, split_level_prefix};
use item::*;

mod item;
mod prose;

/// Recogniser: see the module docs.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    for list in idea_lists(page, found) {
        // Heading ideas made only of this list's fields give way to its items.
        found
            .ideas
            .retain(|i| !list.replaces.contains(&i.idea.source.line));
        let own = &list.own;
        let lead = lead_mentors(page.outline, list.first).map(|(_, m)| m);
        for item in list.items {
            // The heading replaced above the item is now its context.
            let context = list
                .replaces
                .iter()
                .filter(|line| own.contains(line))
                .filter_map(|&line| page.outline.headings.iter().find(|h| h.line == line))
                .filter(|h| h.line <= item.line)
                .max_by_key(|h| h.line)
                // (Not the heading the item's own bold title made: "1. **Title.**".)
                .filter(|h| h.line < item.line);
            found
                .ideas
                .push(build(page, item, context, lead.as_deref()));
        }
    }
}

/// A list whose items are ideas, the lines of the heading ideas it replaces, and of those the
/// ones made only of its own fields (the project its items are in).
struct IdeaList {
    first: usize,
    items: Vec<ItemIdea>,
    replaces: Vec<usize>,
    own: Vec<usize>,
}

/// One list item as written: its first line, its last line, and its lines (continuation lines
/// trimmed; `true` for the marker line of a nested item).
#[derive(Debug, Default)]
struct RawItem<'a, 't> {
    line: usize,
    last: usize,
    lines: &'a [(&'t str, bool)],
}

/// A list being read: the indentation and kind of its markers, its items (first line, last
/// line, index of their first line in `lines`) and the lines of all its items.
struct OpenList<'t> {
    indent: usize,
    kind: char,
    items: Vec<(usize, usize, usize)>,
    lines: Vec<(&'t str, bool)>,
}

impl<'t> OpenList<'t> {
    /// The items of the list, each with its lines.
    fn items(&self) -> Vec<RawItem<'_, 't>> {
        let ends = self.items.iter().skip(1).map(|i| i.2);
        self.items
            .iter()
            .zip(ends.chain([self.lines.len()]))
            .map(|(&(line, last, from), to)| RawItem {
                line,
                last,
                lines: &self.lines[from..to],
            })
            .collect()
    }

    /// Adds a line to the last item.
    fn push_line(&mut self, text: &'t str, nested: bool, line: usize) {
        if let Some(item) = self.items.last_mut() {
            item.1 = line;
            self.lines.push((text, nested));
        }
    }
}

/// The idea an item gives.
#[derive(Debug, Default)]
struct ItemIdea {
    line: usize,
    title: String,
    link: Option<String>,
    prose: String,
    fields: Vec<(Field, String)>,
}

/// The lists of the page that are ideas (see the module docs), outermost first.
fn idea_lists(page: &Page<'_, '_>, found: &Found) -> Vec<IdeaList> {
    let doc = page.outline;
    // Lists with two items or more that give two distinct usable fields each: first and last
    // line, and the items that are ideas.
    let mut candidates: Vec<(usize, usize, Vec<ItemIdea>)> = Vec::new();
    page_lists(doc, |raw| {
        // (Two items at least write two labels with a colon each, not in a URL, or one and a
        // size clause of their own: most lists of a page, field lists included, do not, and
        // need not be read.)
        // (A list of one item is an idea when it reads as one: its size in a clause of its
        // own, a title of three words or more and a description of twenty.)
        let lone = raw.len() == 1 && colons(&raw[0]) > 0 && prose_size(&raw[0]);
        let needed = if lone { 1 } else { 2 };
        // (Or, under a heading that names ideas, items that each name their mentors alone:
        // "* Video streaming (mentor: Ana Lima - ana@example.org)".)
        let labelled = || raw.iter().filter(|i| colons(i) >= 1).count() >= 2;
        let mentored_list = !lone && labelled() && under_ideas(doc, raw[0].line);
        if raw.iter().filter(|i| colons_or_size(i) >= 2).count() < needed && !mentored_list {
            return;
        }
        let items: Vec<ItemIdea> = raw.iter().filter_map(read_item).collect();
        let mentored = |i: &ItemIdea| {
            (i.fields.iter()).any(|(f, v)| *f == Field::Mentors && !parse_mentors(v).is_empty())
        };
        let named = items.iter().filter(|i| mentored(i)).count();
        if mentored_list && named >= 2 && named * 2 >= raw.len() {
            let last = raw.iter().map(|i| i.last).max().unwrap_or(0);
            let items = items.into_iter().filter(mentored).collect();
            candidates.push((raw[0].line, last, items));
            return;
        }
        let reads_as_idea = |i: &ItemIdea| {
            i.title.split_whitespace().count() >= 3 && i.prose.split_whitespace().count() >= 20
        };
        if lone && !items.iter().all(reads_as_idea) {
            return;
        }
        // (Fields as written first: most lists have none, and mentors are costly to parse.)
        let kinds = |i: &ItemIdea| Field::count_distinct(i.fields.iter().map(|(f, _)| *f));
        if items.iter().filter(|i| kinds(i) >= 2).count() < needed {
            // (Or titled items that give only their level or size, three at least and two
            // thirds of the list: "* Web UI: a web interface - **Difficulty:** *medium*". A
            // level or a size is said of ideas only; an item that leaves its value out,
            // "**Difficulty:**", is one of them.)
            let levelled = |i: &ItemIdea| {
                (i.fields.iter()).any(|(f, _)| matches!(f, Field::Difficulty | Field::Size))
            };
            let n = (items.iter())
                .filter(|i| levelled(i) && usable_kinds(i) >= 1)
                .count();
            if !lone && n >= 3 && n * 3 >= raw.len() * 2 {
                let last = raw.iter().map(|i| i.last).max().unwrap_or(0);
                let items = items.into_iter().filter(levelled).collect();
                candidates.push((raw[0].line, last, items));
            }
            return;
        }
        let full = items.iter().filter(|i| usable_kinds(i) >= 2).count();
        if full >= needed {
            let last = raw.iter().map(|i| i.last).max().unwrap_or(0);
            let items = items.into_iter().filter(|i| usable_kinds(i) >= 1).collect();
            candidates.push((raw[0].line, last, items));
        }
    });
    // Outer lists first: the lists nested in the items of a list of ideas are its own.
    candidates.sort_by_key(|c| c.0);
    let mut out = Vec::new();
    let mut taken_until = 0;
    // The lines of the ideas found before, sorted.
    let mut found_lines: Vec<usize> = found.ideas.iter().map(|i| i.idea.source.line).collect();
    found_lines.sort_unstable();
    candidates.retain(|c| !doc.in_excluded_section(c.0) && !lead_in_excluded(doc, c.0));
    // The lines of the lists' fields, and of the mentors line above each in its heading's
    // section ("### Phone app", "Experts: Milo Grant", then the list): a heading idea made
    // only of them is the lists' items.
    let spans: Vec<(usize, usize, Option<usize>)> = (candidates.iter())
        .map(|c| (c.0, c.1, lead_mentors(doc, c.0).map(|(line, _)| line)))
        .collect();
    let of_lists = |line: usize| {
        (spans.iter()).any(|&(a, b, lead)| (a <= line && line <= b) || lead == Some(line))
    };
    for (first, last, items) in candidates {
        if first <= taken_until {
            continue;
        }
        let Some((replaces, own)) = earlier_ideas(doc, &found_lines, first, last, &of_lists) else {
            continue;
        };
        out.push(IdeaList {
            first,
            items,
            replaces,
            own,
        });
        taken_until = last;
    }
    out
}

/// Whether the heading over `line`, or one above it, names ideas or projects ("## Project
/// Ideas" over "### Server").
fn under_ideas(doc: &Outline<'_>, line: usize) -> bool {
    let after = doc.headings.partition_point(|h| h.line < line);
    let mut at = after.checked_sub(1);
    while let Some(k) = at {
        let text = doc.headings[k].text.to_lowercase();
        if text.contains("idea") || text.contains("project") {
            return true;
        }
        at = doc.parent(k);
    }
    false
}

/// The colons of an item that may close a label (not those of "https://"), counted up to two.
fn colons(item: &RawItem<'_, '_>) -> usize {
    let mut n = 0;
    for &(l, _) in item.lines {
        let b = l.as_bytes();
        n += memchr::memchr_iter(b':', b)
            .filter(|&i| b.get(i + 1) != Some(&b'/'))
            .take(2)
            .count();
        // (The full-width colon "：" is never part of a URL.)
        n += memchr::memmem::find_iter(b, "：".as_bytes())
            .take(2)
            .count();
        if n >= 2 {
            return 2;
        }
    }
    n
}

/// The colons of an item (up to two), and one more when, beside a label with a colon, it writes
/// its size as a clause of its own ("175 or 350 hours; medium difficulty.") or asks for skills
/// in a sentence ("**Level: Easy** **You should know Go, bash**").
fn colons_or_size(item: &RawItem<'_, '_>) -> usize {
    match colons(item) {
        1 if prose_size(item) || prose_skills(item) => 2,
        n => n,
    }
}

/// Whether an item of a paragraph's length (twenty words or more) may ask for skills in a
/// sentence (it has a word such a sentence needs: [`crate::skills::may_ask`]; the items read
/// from such lists say whether one does). (Most items of one colon are short: "Docs: <url>";
/// reading the sentences of the others was 10% of `list` on the real pages of `benches/`.)
fn prose_skills(item: &RawItem<'_, '_>) -> bool {
    let words: usize = item
        .lines
        .iter()
        .map(|&(l, _)| l.split_whitespace().count())
        .sum();
    // (An item that opens with a label is a field of an idea above it: "- Description: ...".)
    let first = item.lines.first().map_or("", |l| l.0);
    words >= 20
        && fields::find_label(first, false).is_none()
        && item.lines.iter().any(|&(l, _)| crate::skills::may_ask(l))
}

/// Whether an item writes its size as a clause of its own.
fn prose_size(item: &RawItem<'_, '_>) -> bool {
    if !(item.lines.iter()).any(|&(l, _)| crate::parse::text::find_ci(l, "hour").is_some()) {
        return false;
    }
    let text: Vec<&str> = item.lines.iter().map(|&(l, _)| l).collect();
    let facts = prose::prose_facts(&text.join("\n"));
    facts.iter().any(|(f, _)| *f == Field::Size)
}

/// The heading ideas found earlier (at the sorted `found` lines) that this list (lines
/// `first..=last`) replaces, and of those the ones every field of which is inside the list:
/// `None` when an earlier idea is in its part of the page (its heading section, the heading
/// idea it is in, or the list itself), other than a heading idea every field of which is
/// `of_lists` (inside a list of ideas, or the mentors line above one).
fn earlier_ideas(
    doc: &Outline<'_>,
    found: &[usize],
    first: usize,
    last: usize,
    of_lists: &dyn Fn(usize) -> bool,
) -> Option<(Vec<usize>, Vec<usize>)> {
    let heading_line = |i: usize| doc.headings.get(i).map_or(usize::MAX, |h| h.line);
    let selected_at = |line: usize| {
        let k = doc
            .selected
            .partition_point(|s| heading_line(s.heading) < line);
        doc.selected
            .get(k)
            .filter(|s| heading_line(s.heading) == line)
    };
    // The heading section the list is in, and the heading idea above it that covers it.
    let after = doc.headings.partition_point(|h| h.line <= first);
    let section = after.checked_sub(1).map_or(0, heading_line)..heading_line(after);
    let k = doc
        .selected
        .partition_point(|s| heading_line(s.heading) <= first);
    let covering = k
        .checked_sub(1)
        .map(|k| &doc.selected[k])
        .filter(|s| first < heading_line(s.end + 1))
        .map(|s| heading_line(s.heading))
        .filter(|line| found.binary_search(line).is_ok());
    let from = found.partition_point(|&l| l < section.start);
    let to = found.partition_point(|&l| l < section.end);
    // (And the ideas found inside the list: its items' own bold titles read as headings.)
    let inside = found.iter().copied().filter(|l| (first..=last).contains(l));
    let mut replaces = Vec::new();
    let mut own = Vec::new();
    for line in found[from..to]
        .iter()
        .copied()
        .chain(covering)
        .chain(inside)
    {
        let lines = || selected_at(line).into_iter().flat_map(|s| &s.anchors);
        let lines = || lines().map(|&a| doc.anchors[a].line);
        // (The page's title read as one idea, from facts the page states for every idea ("##
        // Project size"), is the page the list of ideas is in.)
        let page_title = covering == Some(line) && is_page_title(doc, line);
        if !page_title && (selected_at(line).is_none() || !lines().all(of_lists)) {
            return None;
        }
        if lines().all(|l| first <= l && l <= last) && !own.contains(&line) {
            own.push(line);
        }
        if !replaces.contains(&line) {
            replaces.push(line);
        }
    }
    Some((replaces, own))
}

/// True when the heading at `line` is the page's title: the first heading, and none after it
/// at its level or above.
fn is_page_title(doc: &Outline<'_>, line: usize) -> bool {
    match doc.headings.split_first() {
        Some((first, rest)) => first.line == line && rest.iter().all(|h| h.level > first.level),
        None => false,
    }
}

/// True when the line before the list (`first`, 1-based) is a lead-in that, as a heading,
/// would exclude its section ("Past projects:", "Example:").
fn lead_in_excluded(doc: &Outline<'_>, first: usize) -> bool {
    (0..first.saturating_sub(1))
        .rev()
        .map(|k| doc.lines_index.nth(k).1)
        .find(|l| !l.trim().is_empty())
        .map(|l| strip_md(l.trim().trim_start_matches('#')))
        .is_some_and(|l| l.ends_with(':') && is_excluded_heading(&l))
}

/// The number of distinct idea fields of the item with a usable value.
fn usable_kinds(item: &ItemIdea) -> usize {
    let usable = |(field, value): &&(Field, String)| {
        let plain = strip_md(value);
        match field {
            Field::Mentors => !parse_mentors(value).is_empty(),
            Field::Skills => !crate::skills::written_items(value).is_empty(),
            Field::Difficulty => difficulty_in(value).is_some(),
            Field::Size => !parse_hours(&plain).is_empty(),
            Field::Upstream => !extract_urls(value).is_empty() || !github_refs(value).is_empty(),
            Field::Description | Field::Outcomes => plain.split_whitespace().count() >= 2,
            _ => false,
        }
    };
    Field::count_distinct(item.fields.iter().filter(usable).map(|(f, _)| *f))
}

/// The mentors a line of the list's heading section names before the list ("### Phone app",
/// then "Experts: Milo Grant, Asha Noor", then the list): those of every item that names none.
/// Its line and its value.
fn lead_mentors(doc: &Outline<'_>, first: usize) -> Option<(usize, String)> {
    let after = doc.headings.partition_point(|h| h.line < first);
    let start = after.checked_sub(1).map_or(0, |k| doc.headings[k].line);
    (doc.anchors.iter())
        .filter(|a| a.field == Field::Mentors && !a.heading)
        .filter(|a| start < a.line && a.line < first)
        .map(|a| (a.line, a.inline.trim().to_string()))
        .rfind(|(_, v)| !v.is_empty())
}

/// The idea of one item.
fn build(
    page: &Page<'_, '_>,
    item: ItemIdea,
    replaced: Option<&Heading>,
    lead_mentors: Option<&str>,
) -> ParsedIdea {
    let (doc, ctx) = (page.outline, page.ctx);
    let mut b = IdeaBuilder::new(item.title, item.line, ctx);
    let (org, status) = match replaced {
        // The heading was read as an idea: the context above it is what it had, and it names
        // the items' project as a context heading would.
        Some(h) => {
            let (org, status) = doc.heading_context(h.line, h.level);
            let own = Some(clean_title(&h.text)).filter(|t| !t.is_empty() && !h.generic());
            (own.or(org), h.status().or(status))
        }
        None => doc.heading_context(item.line, 0),
    };
    b.org_heading = org;
    b.status = status;
    let mut desc = vec![item.prose];
    if let Some(link) = item.link {
        if is_issue_url(&link) {
            b.upstream.push(link);
        } else {
            b.links.push(link);
        }
    }
    for (field, value) in item.fields {
        match field {
            Field::Description => desc.push(value),
            Field::Outcomes => b.outcomes = Some(clean_block(&value)).filter(|o| !o.is_empty()),
            Field::Skills => b.skills_raw.push(value),
            Field::Mentors => b.add_mentors(value),
            Field::Difficulty => b.difficulty = b.difficulty.or_else(|| difficulty_in(&value)),
            Field::Size if b.hours.is_empty() => b.hours = parse_hours(&strip_md(&value)),
            Field::Upstream => {
                b.upstream.extend(extract_urls(&value));
                b.upstream.extend(github_refs(&value));
            }
            Field::Links => b.links.extend(extract_urls(&value)),
            Field::Component if b.component.is_none() => b.component = Some(strip_md(&value)),
            _ => {}
        }
    }
    if b.mentors.is_empty() {
        if let Some(m) = lead_mentors {
            b.add_mentors(m.to_string());
        }
    }
    let desc: Vec<String> = desc
        .iter()
        .map(|d| clean_block(d))
        .filter(|d| !d.is_empty())
        .collect();
    if !desc.is_empty() {
        b.description = Some(desc.join("\n\n"));
        b.unlabelled_description = Some(item.line);
    }
    b.finish(ctx)
}

/// The list marker of a line: its indentation, its kind ('-', '*', '+', or '1' for numbered
/// items) and the byte offset of the item's text; `None` for other lines.
fn marker(line: &str) -> Option<(usize, char, usize)> {
    let trimmed = line.trim_start_matches([' ', '\t']);
    let indent = line.len() - trimmed.len();
    let (kind, _) = super::list_marker(trimmed)?;
    if kind != '1' && is_thematic_break(trimmed) {
        return None;
    }
    let at = fields::content_start(line);
    (at > indent && at < line.len()).then_some((indent, kind, at))
}

/// Hands every list of the page body outside code fences to `done` as it ends: the lists nested
/// in an item before the list of that item.
fn page_lists<'t>(doc: &Outline<'t>, mut done: impl FnMut(&[RawItem<'_, 't>])) {
    let mut stack: Vec<OpenList<'t>> = Vec::new();
    let close = |list: OpenList<'t>, done: &mut dyn FnMut(&[RawItem<'_, 't>])| {
        if !list.items.is_empty() {
            done(&list.items());
        }
    };
    let mut fence: Option<&str> = None;
    let mut blank_before = true;
    let first = doc.lines_index.line(doc.preamble.start.min(doc.text.len()));
    let lines = doc.text.lines();
    for (k, line) in lines.enumerate().skip(first.saturating_sub(1)) {
        let trimmed = line.trim_start();
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
            continue;
        }
        let indent = line.len() - trimmed.len();
        // A link reference definition between two items is not shown: the list goes on.
        if indent <= 3 && ref_def(trimmed).is_some() {
            continue;
        }
        let was_blank = std::mem::replace(&mut blank_before, trimmed.is_empty());
        let ends_all = trimmed.starts_with("```")
            || trimmed.starts_with("~~~")
            || (indent <= 3 && (trimmed.starts_with('#') || trimmed.starts_with('|')));
        if ends_all {
            if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                fence = Some(&trimmed[..3]);
            }
            stack.drain(..).rev().for_each(|l| close(l, &mut done));
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        // A paragraph that starts in bold ("**Faster builds.** ... Mentors: ...") is an item of
        // a list of such paragraphs.
        let bold_lead = was_blank && indent == 0 && trimmed.starts_with("**");
        if let Some((indent, kind, at)) = marker(line).or(bold_lead.then_some((0, 'b', 0))) {
            while let Some(l) = stack.pop_if(|l| l.indent > indent) {
                close(l, &mut done);
            }
            if let Some(l) = stack.pop_if(|l| l.indent == indent && l.kind != kind) {
                close(l, &mut done);
            }
            let content = heading_in_item(line[at..].trim_end());
            // A nested item is a line of its parent (the innermost list outside it, for every
            // item of the nested list): a field, or prose only.
            if let Some(parent) = stack.iter_mut().rev().find(|l| l.indent < indent) {
                parent.push_line(content, true, k + 1);
            }
            if stack.last().is_none_or(|l| l.indent != indent) {
                stack.push(OpenList {
                    indent,
                    kind,
                    items: Vec::new(),
                    lines: Vec::new(),
                });
            }
            if let Some(l) = stack.last_mut() {
                l.items.push((k + 1, k + 1, l.lines.len()));
                l.lines.push((content, false));
            }
            continue;
        }
        // Text under an item (indented past a nested list's marker, or right after a line of
        // the item) belongs to the innermost item it is indented into.
        if was_blank {
            while let Some(l) = (stack.len() > 1)
                .then(|| stack.pop_if(|l| l.indent >= indent))
                .flatten()
            {
                close(l, &mut done);
            }
            if stack.first().is_some_and(|l| l.indent >= indent) {
                stack.drain(..).rev().for_each(|l| close(l, &mut done));
            }
        }
        if let Some(l) = stack.last_mut() {
            l.push_line(trimmed.trim_end(), false, k + 1);
        }
    }
    stack.drain(..).rev().for_each(|l| close(l, &mut done));
}

#[cfg(test)]
mod tests;
