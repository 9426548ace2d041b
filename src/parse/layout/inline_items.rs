//! Ideas written as the items of one list, each item an idea whose fields are labelled inline:
//!
//! ```text
//! - [Faster rebuilds](https://github.com/o/r/issues/12) — Mentors: Ana Ruiz; Skills: Rust; Difficulty: medium
//! 1. **Plugin sandbox** — Run plugins in a sandbox.
//!    Mentors: Ivo Berg. Skills: Go, WebAssembly. Size: 175 hours.
//! ```
//!
//! An item starts with its title (a link, bold or italic text, or plain text up to " — ",
//! " – ", " - ", ": " or the end of the line); then come prose (the description) and labelled
//! fields (the labels of `schemas/labels.toml`, as [`fields::find_label`] reads them), each
//! after a separator: ";", ". ", " | ", " · ", " • ", a line break, or, before a label, ", ",
//! " (" or a spaced dash. A value ends at the next separator that starts a label, at a
//! sentence end or a line break followed by prose, or at an unmatched ")".
//!
//! Asked after the heading, table and bold-item recognisers. A list is read only when two of
//! its items or more each give two distinct idea fields with a usable value (mentors the
//! mentor parser reads, a difficulty, a size in hours, skills, ...), two of them at least
//! written with a colon, and then only its items with a title and a field are ideas. A list is left alone when an earlier recogniser found
//! an idea in its part of the page (its heading section, or the heading idea it is in), unless
//! that idea is a heading read as one idea only from the fields of the list's items. Lists in
//! excluded sections (past projects, templates), or after a lead-in line such a heading would
//! name, are not ideas.

use super::{Found, Layout, Next, Page};
use crate::model::Difficulty;
use crate::parse::builder::IdeaBuilder;
use crate::parse::fields::{self, Field};
use crate::parse::hours::parse_hours;
use crate::parse::idea::ParsedIdea;
use crate::parse::mentors::parse_mentors;
use crate::parse::outline::{title_line, Heading, Outline};
use crate::parse::text::{
    clean_block, difficulty_in, extract_urls, github_refs, is_issue_url, is_thematic_break,
    strip_md,
};
use crate::parse::titles::{clean_title, is_excluded_heading};
use crate::skills::SkillTable;

/// Recogniser: see the module docs.
pub(crate) struct InlineItems;

impl Layout for InlineItems {
    fn detect(&self, page: &Page<'_, '_>, found: &Found) -> bool {
        !idea_lists(page, found).is_empty()
    }

    fn read(&self, page: &Page<'_, '_>, found: &mut Found) -> Next {
        for list in idea_lists(page, found) {
            // Heading ideas made only of this list's fields give way to its items.
            found.retain_lines(|line| !list.replaces.contains(&line));
            for item in list.items {
                // The heading replaced above the item is now its context.
                let context = list
                    .replaces
                    .iter()
                    .filter_map(|&line| page.outline.headings.iter().find(|h| h.line() == line))
                    .filter(|h| h.line() < item.line)
                    .max_by_key(|h| h.line());
                found.ideas.push(build(page, item, context));
            }
        }
        Next::Continue
    }
}

/// A list whose items are ideas, and the lines of the heading ideas it replaces.
struct IdeaList {
    items: Vec<ItemIdea>,
    replaces: Vec<usize>,
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
        // (Two items at least write two labels with a colon each, not in a URL: most lists of
        // a page, field lists included, do not, and need not be read.)
        if raw.iter().filter(|i| colons(i) >= 2).count() < 2 {
            return;
        }
        let items: Vec<ItemIdea> = raw.iter().filter_map(read_item).collect();
        // (Fields as written first: most lists have none, and mentors are costly to parse.)
        let kinds = |i: &ItemIdea| {
            let mut k: Vec<Field> = i.fields.iter().map(|(f, _)| *f).collect();
            k.sort_unstable();
            k.dedup();
            k.len()
        };
        if items.iter().filter(|i| kinds(i) >= 2).count() < 2 {
            return;
        }
        let full = items
            .iter()
            .filter(|i| usable_kinds(i, page.skills) >= 2)
            .count();
        if full >= 2 {
            let last = raw.iter().map(|i| i.last).max().unwrap_or(0);
            let items = items
                .into_iter()
                .filter(|i| usable_kinds(i, page.skills) >= 1)
                .collect();
            candidates.push((raw[0].line, last, items));
        }
    });
    // Outer lists first: the lists nested in the items of a list of ideas are its own.
    candidates.sort_by_key(|c| c.0);
    let mut out = Vec::new();
    let mut taken_until = 0;
    // The lines of the ideas found before, sorted.
    let mut found_lines: Vec<usize> = found.lines().collect();
    found_lines.sort_unstable();
    for (first, last, items) in candidates {
        if first <= taken_until || doc.in_excluded_section(first) || lead_in_excluded(doc, first) {
            continue;
        }
        let Some(replaces) = earlier_ideas(doc, &found_lines, first, last) else {
            continue;
        };
        out.push(IdeaList { items, replaces });
        taken_until = last;
    }
    out
}

/// The colons of an item that may close a label (not those of "https://"), counted up to two.
fn colons(item: &RawItem<'_, '_>) -> usize {
    let mut n = 0;
    for &(l, _) in item.lines {
        let b = l.as_bytes();
        n += memchr::memchr_iter(b':', b)
            .filter(|&i| b.get(i + 1) != Some(&b'/'))
            .take(2 - n)
            .count();
        // The full-width colon "：" (EF BC 9A) is never part of a URL.
        if n < 2 && memchr::memchr(0xEF, b).is_some() {
            n += l.matches('：').take(2 - n).count();
        }
        if n >= 2 {
            break;
        }
    }
    n
}

/// The heading ideas found earlier (at the sorted `found` lines) that this list (lines
/// `first..=last`) replaces: `None` when an earlier idea is in its part of the page (its
/// heading section, or the heading idea it is in), other than a heading idea every field of
/// which is inside the list.
fn earlier_ideas(
    doc: &Outline<'_>,
    found: &[usize],
    first: usize,
    last: usize,
) -> Option<Vec<usize>> {
    let heading_line = |i: usize| doc.headings.get(i).map_or(usize::MAX, |h| h.line());
    let selected_at = |line: usize| {
        let k = doc
            .selected
            .partition_point(|s| heading_line(s.heading) < line);
        doc.selected
            .get(k)
            .filter(|s| heading_line(s.heading) == line)
    };
    // The heading section the list is in, and the heading idea above it that covers it.
    let after = doc.headings.partition_point(|h| h.line() <= first);
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
    let mut replaces = Vec::new();
    for line in found[from..to].iter().copied().chain(covering) {
        let only_list = selected_at(line).is_some_and(|s| {
            s.anchors.iter().all(|&a| {
                let l = doc.anchors[a].line();
                first <= l && l <= last
            })
        });
        if !only_list {
            return None;
        }
        if !replaces.contains(&line) {
            replaces.push(line);
        }
    }
    Some(replaces)
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
fn usable_kinds(item: &ItemIdea, _skills: &SkillTable) -> usize {
    let mut seen: Vec<Field> = Vec::new();
    for (field, value) in &item.fields {
        let plain = strip_md(value);
        let usable = match field {
            Field::Mentors => !parse_mentors(value).is_empty(),
            Field::Skills => !crate::skills::written_items(value).is_empty(),
            Field::Difficulty => difficulty_in(value).is_some(),
            Field::Size => !parse_hours(&plain).is_empty(),
            Field::Upstream => !extract_urls(value).is_empty() || !github_refs(value).is_empty(),
            Field::Description | Field::Outcomes => plain.split_whitespace().count() >= 2,
            _ => false,
        };
        if usable && !seen.contains(field) {
            seen.push(*field);
        }
    }
    seen.len()
}

/// The idea of one item.
fn build(page: &Page<'_, '_>, item: ItemIdea, replaced: Option<&Heading>) -> ParsedIdea {
    let (doc, ctx) = (page.outline, page.ctx);
    let mut b = IdeaBuilder::new(item.title, item.line, ctx);
    let (org, status) = match replaced {
        // The heading was read as an idea: the context above it is what it had, and it names
        // the items' project as a context heading would.
        Some(h) => {
            let (org, status) = doc.heading_context(h.line(), h.level);
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
    let desc: Vec<String> = desc
        .iter()
        .map(|d| clean_block(d))
        .filter(|d| !d.is_empty())
        .collect();
    if !desc.is_empty() {
        b.description = Some(desc.join("\n\n"));
        b.unlabelled_description = Some(item.line);
    }
    if b.hours.is_empty() {
        b.hours = doc.section_hours(item.line, 0);
    }
    b.finish(ctx, page.skills)
}

/// The list marker of a line: its indentation, its kind ('-', '*', '+', or '1' for numbered
/// items) and the byte offset of the item's text; `None` for other lines.
fn marker(line: &str) -> Option<(usize, char, usize)> {
    let trimmed = line.trim_start_matches([' ', '\t']);
    let indent = line.len() - trimmed.len();
    let kind = match trimmed.bytes().next()? {
        b @ (b'-' | b'*' | b'+') => (trimmed.as_bytes().get(1) == Some(&b' ')
            && !is_thematic_break(trimmed))
        .then_some(b as char)?,
        _ => {
            let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            let rest = trimmed[digits..].strip_prefix(['.', ')'])?;
            ((1..=3).contains(&digits) && rest.starts_with(' ')).then_some('1')?
        }
    };
    let at = fields::content_start(line);
    (at > indent && at < line.len()).then_some((indent, kind, at))
}

/// Hands every list of the page body outside code fences (two items or more) to `done` as it
/// ends: the lists nested in an item before the list of that item.
fn page_lists<'t>(doc: &Outline<'t>, mut done: impl FnMut(&[RawItem<'_, 't>])) {
    let mut stack: Vec<OpenList<'t>> = Vec::new();
    let close = |list: OpenList<'t>, done: &mut dyn FnMut(&[RawItem<'_, 't>])| {
        if list.items.len() >= 2 {
            done(&list.items());
        }
    };
    let mut fence: Option<&str> = None;
    let mut blank_before = true;
    let first = doc.lines_index.line(doc.preamble.start.min(doc.text.len()));
    let lines = crate::parse::text::lines(doc.text);
    for (k, line) in lines.enumerate().skip(first.saturating_sub(1)) {
        let trimmed = line.trim_start();
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
            continue;
        }
        let was_blank = std::mem::replace(&mut blank_before, trimmed.is_empty());
        let indent = line.len() - trimmed.len();
        let ends_all = trimmed.starts_with("```")
            || trimmed.starts_with("~~~")
            || (indent <= 3 && (trimmed.starts_with('#') || trimmed.starts_with('|')));
        if ends_all {
            if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                fence = Some(&trimmed[..3]);
            }
            while let Some(l) = stack.pop() {
                close(l, &mut done);
            }
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        if let Some((indent, kind, at)) = marker(line) {
            while let Some(l) = stack.pop_if(|l| l.indent > indent) {
                close(l, &mut done);
            }
            if let Some(l) = stack.pop_if(|l| l.indent == indent && l.kind != kind) {
                close(l, &mut done);
            }
            let content = line[at..].trim_end();
            if let Some(parent) = stack.last_mut().filter(|l| l.indent < indent) {
                // A nested item is a line of its parent: a field, or prose only.
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
                while let Some(l) = stack.pop() {
                    close(l, &mut done);
                }
            }
        }
        if let Some(l) = stack.last_mut() {
            l.push_line(trimmed.trim_end(), false, k + 1);
        }
    }
    while let Some(l) = stack.pop() {
        close(l, &mut done);
    }
}

/// The title of an item and the byte offset where the rest starts; `None` when the item does
/// not start with a title (it starts with a label; the title would be a sentence or a size).
fn split_title(text: &str) -> Option<(String, Option<String>, usize)> {
    let first_line = text.lines().next().unwrap_or("");
    // "Title: Faster rebuilds" leads a block of fields (`outline::title_line`): "Title" is a
    // label, not the item's title.
    if fields::find_label(text, false).is_some() || title_line(first_line).is_some() {
        return None;
    }
    // Emphasis or a link closing on the first line.
    let closed = ["**", "__", "*", "_"]
        .into_iter()
        .find(|d| first_line.starts_with(d))
        .and_then(|d| {
            let inner = &first_line[d.len()..];
            let close = inner.find(d)?;
            Some((inner[..close].to_string(), d.len() + close + d.len()))
        })
        .or_else(|| {
            let inner = first_line.strip_prefix('[')?;
            let mid = inner.find("](")?;
            let close = inner[mid..].find(')')?;
            Some((first_line[..mid + close + 2].to_string(), mid + close + 2))
        });
    let after_ok = |at: usize| {
        let after = first_line[at..].trim_start();
        after.is_empty()
            || after.starts_with(['—', '–', '-', ':', ',', '.', '(', ';', '|', '·', '•'])
            || starts_label(after)
    };
    let (raw, end) = match closed.filter(|&(_, end)| after_ok(end)) {
        Some(c) => c,
        None => {
            let mut end = [" — ", " – ", " - ", ": "]
                .into_iter()
                .filter_map(|s| first_line.find(s))
                .min()
                .unwrap_or(first_line.len());
            // A label in the last words ends the title ("Faster rebuilds; Mentors: Ana").
            let words = first_line[..end].match_indices(' ').map(|(i, _)| i + 1);
            let label_at = words
                .rev()
                .take(3)
                .find(|&w| starts_label(&first_line[w..]));
            if let Some(w) = label_at {
                end = w;
            }
            let raw = first_line[..end].trim_end_matches([' ', ';', ',', '.', '|', '·', '•']);
            (raw.to_string(), end)
        }
    };
    let link = extract_urls(&raw).into_iter().next();
    let title = clean_title(strip_md(&raw).trim().trim_end_matches(':'));
    let words = title.split_whitespace().count();
    if title.is_empty() || words > 15 || title.contains(". ") || only_size(&title) {
        return None;
    }
    let rest = &text[end..];
    let rest = rest.trim_start_matches([' ', '—', '–', '-', ':', ',', '.', ';', '|', '·', '•']);
    Some((title, link, text.len() - rest.len()))
}

/// True for a title that only names a size or a level ("Medium (175 hours)", "Easy").
fn only_size(title: &str) -> bool {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let lower = w.to_lowercase();
            Difficulty::parse(w).is_some()
                || w.bytes().any(|b| b.is_ascii_digit())
                || ["hours", "hour", "hrs", "to", "small", "large", "size"]
                    .contains(&lower.as_str())
        })
}

/// How a piece of an item's text was separated from the piece before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// The first piece after the title.
    Start,
    /// ";" (or "；"), " | ", " · ", " • ": a value may go on across it.
    Soft,
    /// A line break.
    Line,
    /// A sentence end, ", ", " (" or a dash before a label.
    Hard,
}

/// True if `text` starts with a label with a value.
fn starts_label(text: &str) -> bool {
    let line = text.lines().next().unwrap_or("");
    fields::find_label(line, false).is_some_and(|l| !line[l.value_start..].trim().is_empty())
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "etc", "vs", "dr", "mr", "ms", "mrs", "jr", "sr", "st", "prof",
];

/// The pieces of an item's text after its title (`rest`), split at separators.
fn pieces(rest: &str) -> Vec<(Sep, &str)> {
    let mut out = Vec::new();
    let (mut from, mut sep) = (0, Sep::Start);
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < rest.len() {
        let tail = &rest[i..];
        // (separator, length of the separator, where the next piece starts)
        let cut: Option<(Sep, usize)> = match bytes[i] {
            b'\n' => Some((Sep::Line, 1)),
            b';' if tail[1..].starts_with(' ') || i + 1 == rest.len() => Some((Sep::Soft, 1)),
            b' ' => [" | ", " · ", " • "]
                .into_iter()
                .find(|s| tail.starts_with(s))
                .map(|s| (Sep::Soft, s.len()))
                .or_else(|| {
                    [" (", " — ", " – ", " - "]
                        .into_iter()
                        .find(|s| tail.starts_with(s) && starts_label(&tail[s.len()..]))
                        .map(|s| (Sep::Hard, s.len()))
                }),
            b',' if tail.starts_with(", ") && starts_label(&tail[2..]) => Some((Sep::Hard, 2)),
            b'.' if tail.starts_with(". ") && sentence_end(&rest[..i], &tail[2..]) => {
                Some((Sep::Hard, 1))
            }
            _ if tail.starts_with('；') => Some((Sep::Soft, '；'.len_utf8())),
            _ => None,
        };
        match cut {
            Some((s, len)) => {
                // A full stop stays with its sentence.
                let end = if bytes[i] == b'.' { i + 1 } else { i };
                out.push((sep, &rest[from..end]));
                i += len;
                from = i;
                sep = s;
            }
            None => i += tail.chars().next().map_or(1, char::len_utf8),
        }
    }
    out.push((sep, &rest[from..]));
    out.into_iter()
        .map(|(s, p)| (s, p.trim()))
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

/// True if ". " after `before` ends a sentence: the next text is a label, or starts with a
/// capital after a word that is neither an initial ("J. Roe") nor an abbreviation.
fn sentence_end(before: &str, next: &str) -> bool {
    if starts_label(next) {
        return true;
    }
    let word = before.rsplit([' ', '(', '\n']).next().unwrap_or("");
    next.trim_start().starts_with(|c: char| c.is_uppercase())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !word.contains('.')
        && !ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
}

/// True if a piece after ";", "|" or "·" that is not a label goes on the value before it
/// ("Mentors: Ada | Bo"): a short name, link or handle, not a sentence ("; we meet weekly").
fn more_of_value(piece: &str) -> bool {
    piece.starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '@' | '[' | '*' | '_')
    }) && piece.split_whitespace().count() <= 6
}

/// The value of a field up to an unmatched ")" and what follows it.
fn cut_paren(value: &str) -> (&str, &str) {
    let mut depth = 0usize;
    for (i, c) in value.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return (&value[..i], &value[i + 1..]),
            ')' => depth -= 1,
            _ => {}
        }
    }
    (value, "")
}

/// The idea an item gives: its title, link, prose and inline fields; `None` without a title.
fn read_item(raw: &RawItem<'_, '_>) -> Option<ItemIdea> {
    // A nested item is read for fields when it is one ("  - Mentors: Ana"), else it is prose.
    let opaque: Vec<bool> = raw
        .lines
        .iter()
        .map(|&(l, nested)| nested && fields::find_label(l, false).is_none())
        .collect();
    let scanned: Vec<&str> = raw
        .lines
        .iter()
        .zip(&opaque)
        .filter(|(_, &o)| !o)
        .map(|((l, _), _)| *l)
        .collect();
    let text = scanned.join("\n");
    let (title, link, at) = split_title(&text)?;
    let mut prose: Vec<String> = Vec::new();
    let mut fields_read: Vec<(Field, String)> = Vec::new();
    // The field whose value is being read.
    let mut open: Option<(Field, String)> = None;
    let push_prose = |prose: &mut Vec<String>, sep: Sep, piece: &str| {
        let piece = piece
            .trim()
            .trim_start_matches(['—', '–', ';', '|', '·', '•']);
        match prose.last_mut() {
            Some(last) if sep != Sep::Line => {
                last.push(' ');
                last.push_str(piece.trim());
            }
            _ => prose.push(piece.trim().to_string()),
        }
    };
    for (sep, piece) in pieces(&text[at..]) {
        let line = piece.lines().next().unwrap_or("");
        let label = fields::find_label(line, false)
            .filter(|l| !line[l.value_start..].trim().is_empty() || l.has_colon);
        if let Some(l) = label {
            fields_read.extend(open.take());
            let (value, after) = cut_paren(&piece[l.value_start..]);
            open = Some((l.field, value.trim().to_string()));
            if !after.trim().is_empty() {
                fields_read.extend(open.take());
                push_prose(&mut prose, Sep::Hard, after);
            }
            continue;
        }
        let goes_on = |v: &str| {
            let v = v.trim_end();
            v.ends_with([',', '&']) || v.ends_with(" and") || v.ends_with(" or")
        };
        match open.as_mut() {
            Some((_, value))
                if (sep == Sep::Soft && more_of_value(piece))
                    || (sep == Sep::Line && goes_on(value)) =>
            {
                let (more, after) = cut_paren(piece);
                value.push_str(if sep == Sep::Soft { "; " } else { " " });
                value.push_str(more.trim());
                if !after.trim().is_empty() {
                    fields_read.extend(open.take());
                    push_prose(&mut prose, Sep::Hard, after);
                }
            }
            _ => {
                fields_read.extend(open.take());
                push_prose(&mut prose, sep, piece);
            }
        }
    }
    fields_read.extend(open);
    for (_, v) in &mut fields_read {
        *v = v
            .trim()
            .trim_end_matches(['.', ';', ','])
            .trim()
            .to_string();
    }
    fields_read.retain(|(_, v)| !v.is_empty());
    // Nested prose lines (sub-items that are not fields) describe the idea too.
    prose.extend(
        raw.lines
            .iter()
            .zip(&opaque)
            .filter(|(_, &o)| o)
            .map(|((l, _), _)| format!("- {l}")),
    );
    Some(ItemIdea {
        line: raw.line,
        title,
        link,
        prose: prose.join("\n"),
        fields: fields_read,
    })
}

#[cfg(test)]
mod tests;
