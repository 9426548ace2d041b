//! The outline of a page: one pulldown-cmark pass over the body, then one walk over its lines.
//!
//! The outline is what every layout recogniser (`layout`) looks at: the structural
//! headings (with their tree: parent and subtree end of each), the field labels found on lines
//! or in headings ("anchors", each with the byte range of its value), and the tables. Code
//! blocks are never read for fields (a template in a fence is no idea), nor HTML without
//! labels. Values stay byte ranges into the page text until an idea is kept.

mod aligned;
mod anchor;
mod bold_labels;
mod directives;
mod headings;
mod html;
mod items;
mod line_fields;
mod lines;
mod open;
mod table;
mod tree;

pub(crate) use anchor::{column_of, l_label_offset, Anchor, MAX_PAGE};
use anchor::{ends_at_sibling, line_anchors};
pub(crate) use headings::Heading;
use headings::{
    bold_paragraph_titles, bold_title, exclude_past_results, is_wordless_or_edit, lift_bold_titles,
    nest_issue_sections, nest_repeated_sections, numbered_bold_title, single_idea_sections,
    titles_below, without_edit_brackets, PSEUDO_HEADING_LEVEL,
};
pub(crate) use items::title_line;
pub(crate) use lines::{next_line_start, LineIndex};
pub(crate) use open::open_above;
pub(crate) use table::Table;

use super::fields::{self, Field};
use super::titles::{clean_heading, is_title_prefix};
use crate::model::Status;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::ops::Range;

pub(crate) struct Outline<'t> {
    pub(crate) text: &'t str,
    pub(crate) headings: Vec<Heading>,
    pub(crate) anchors: Vec<Anchor<'t>>,
    pub(crate) tables: Vec<Table<'t>>,
    /// Byte ranges of the fenced code blocks outside block quotes (from the opening fence to
    /// past the closing one), in page order.
    pub(crate) code_blocks: Vec<Range<usize>>,
    /// Byte range of text before the first structural heading.
    pub(crate) preamble: Range<usize>,
    pub(crate) lines_index: &'t LineIndex<'t>,
    /// The headings chosen as ideas (computed once after reading).
    pub(crate) selected: Vec<Selected>,
    /// Per heading position: the open context headings (not in an idea) before it ([`open`]).
    pub(crate) open_ctx: Vec<open::Slots>,
    /// Per heading position: the open headings before it.
    pub(crate) open_all: Vec<open::Slots>,
    /// Per heading position: per level, the status named by the nearest context heading at
    /// that level or shallower before it.
    pub(crate) snap_status: Vec<[Option<Status>; 7]>,
    /// For each heading, true if it is an idea's heading or inside one.
    pub(crate) in_idea: Vec<bool>,
    /// For each heading, the nearest heading above it with a smaller level (`None` for
    /// none): see [`Outline::parent`].
    parents: Vec<Option<usize>>,
    /// For each heading, the index of the next heading with the same or a smaller level.
    ends: Vec<usize>,
}

/// One idea chosen from the headings: the heading index and the anchors that belong to it.
pub(crate) struct Selected {
    pub(crate) heading: usize,
    pub(crate) anchors: Vec<usize>,
    pub(crate) end: usize,
}

impl<'t> Outline<'t> {
    pub(crate) fn read(text: &'t str, body_offset: usize, lines: &'t LineIndex<'t>) -> Self {
        let body = &text[body_offset..];
        let mut skip: Vec<Range<usize>> = Vec::new();
        // (level, range, plain text)
        let mut raw_headings: Vec<(u8, Range<usize>, String)> = Vec::new();
        let mut tables = Vec::new();
        let mut code_blocks = Vec::new();
        // Where bold text starts, in page order: only a line with bold may hold a field
        // written as a bold label inside it ([`bold_labels`]).
        let mut strong: Vec<usize> = Vec::new();
        let opts =
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
        let mut in_heading: Option<(u8, Range<usize>, String)> = None;
        // Where an emphasis opening the heading being read ends ("### **Idea** Sensor fusion").
        let mut lead: (bool, Option<usize>) = (false, None);
        // How deep in list items the events are (a heading in an item titles the item).
        let mut item_depth = 0usize;
        let mut table: Option<Table<'t>> = None;
        let mut row: Option<(usize, Vec<Cow<'t, str>>)> = None;
        let mut in_head_row = false;
        let mut quote_depth = 0usize;
        // Where the text of a link starts in the heading being read.
        let mut link_at: Option<(usize, bool)> = None;
        // Where the alt text of an image starts in the heading being read.
        let mut image_at: Option<usize> = None;
        // The end of an HTML table read across blank lines: the events inside are its.
        let mut html_table = 0..0;
        for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
            let range = (range.start + body_offset)..(range.end + body_offset);
            if html_table.contains(&range.start) {
                continue;
            }
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    in_heading = Some((level as u8, range, String::new()));
                    lead = (false, None);
                }
                Event::End(TagEnd::Heading(_)) => {
                    // Headings inside a blockquote belong to the quoted text (a description
                    // quoted with its own sub-headings), not to the page's structure.
                    if let Some(mut h) = in_heading.take().filter(|_| quote_depth == 0) {
                        // "### **Idea** Sensor fusion": an emphasised prefix is no title.
                        if let Some(at) = lead.1.filter(|&at| at < h.2.len() && item_depth == 0) {
                            if !h.2[at..].trim().is_empty() && is_title_prefix(&h.2[..at]) {
                                h.2 = h.2[at..].trim_start().to_string();
                            }
                        }
                        without_edit_brackets(&mut h.2);
                        raw_headings.push(h);
                    }
                }
                // "Title [⤴️](#index)", "Title [ ¶](url#title)", "Title[[edit](url)]": a link
                // made of no words (a way back to the contents, a permalink) or a wiki's edit
                // link is not part of the title.
                Event::Start(Tag::Link { dest_url, .. }) => {
                    if let Some((_, _, s)) = in_heading.as_ref() {
                        // (A wiki's edit link in any language: MediaWiki's `action=edit`.)
                        link_at = Some((s.len(), dest_url.contains("action=edit")));
                    }
                }
                Event::End(TagEnd::Link) => {
                    if let (Some((at, edit_url)), Some((_, _, s))) =
                        (link_at.take(), in_heading.as_mut())
                    {
                        if edit_url || is_wordless_or_edit(&s[at..]) {
                            s.truncate(at);
                        }
                    }
                }
                // "#### ![#f03c15](swatch.png) Faster loader": an image in a heading is a
                // picture beside the title; its alt text is not part of it.
                Event::Start(Tag::Image { .. }) => {
                    if let Some((_, _, s)) = in_heading.as_ref() {
                        image_at = Some(s.len());
                    }
                }
                Event::End(TagEnd::Image) => {
                    if let (Some(at), Some((_, _, s))) = (image_at.take(), in_heading.as_mut()) {
                        s.truncate(at);
                    }
                }
                Event::Start(Tag::BlockQuote(_)) => quote_depth += 1,
                Event::Start(Tag::Strong) => {
                    strong.push(range.start);
                    if let Some((_, _, h)) = in_heading.as_ref() {
                        lead.0 |= h.trim().is_empty();
                    }
                }
                Event::Start(Tag::Item) => item_depth += 1,
                Event::End(TagEnd::Item) => item_depth = item_depth.saturating_sub(1),
                Event::Start(Tag::Emphasis) => {
                    if let Some((_, _, h)) = in_heading.as_ref() {
                        lead.0 |= h.trim().is_empty();
                    }
                }
                Event::End(TagEnd::Strong | TagEnd::Emphasis) => {
                    if let (true, None, Some((_, _, h))) = (lead.0, lead.1, in_heading.as_ref()) {
                        lead.1 = Some(h.len());
                    }
                }
                Event::End(TagEnd::BlockQuote(_)) => quote_depth = quote_depth.saturating_sub(1),
                Event::Text(t) | Event::Code(t) => {
                    if let Some((_, _, s)) = in_heading.as_mut() {
                        s.push_str(&t);
                    }
                }
                Event::SoftBreak | Event::HardBreak => {
                    if let Some((_, _, s)) = in_heading.as_mut() {
                        s.push(' ');
                    }
                }
                Event::Start(Tag::HtmlBlock) => match html::html_heading(&text[range.clone()]) {
                    // "<h3>Sensor fusion</h3>" alone is a heading like "### Sensor fusion".
                    Some((level, title)) if quote_depth == 0 => {
                        raw_headings.push((level, range, title));
                    }
                    _ => match table::html_table(text, range.clone(), lines) {
                        // "<table><tr><th>Project</th>...": a table as a Markdown one is.
                        Some(mut t) if quote_depth == 0 && t.range.start == range.start => {
                            skip.push(t.range.clone());
                            html_table = t.range.clone();
                            t.fields = t.read_fields(text, lines);
                            tables.push(t);
                        }
                        // Paragraphs and list items written in HTML with labels
                        // ("<p><b>Mentors:</b> A</p>") are read as Markdown's are; other HTML
                        // (comments, layout) holds no fields.
                        _ if quote_depth == 0 && html::html_fields(&text[range.clone()]) => {}
                        _ => skip.push(range),
                    },
                },
                Event::Start(Tag::CodeBlock(kind)) => {
                    // Fenced blocks outside quotes may hold an idea's fields as YAML or TOML
                    // (the `fenced` layout); none is read for labels here, nor an indented
                    // block, unless every line of it is labelled ("    Difficulty: Medium").
                    let fenced = matches!(kind, pulldown_cmark::CodeBlockKind::Fenced(_));
                    if quote_depth == 0 && fenced {
                        code_blocks.push(range.clone());
                    }
                    if fenced || !fields::labelled_block(&text[range.clone()]) {
                        skip.push(range);
                    }
                }
                Event::Start(Tag::Paragraph) if quote_depth == 0 => {
                    // (The rows of a space-aligned table read already are no table again.)
                    let read = tables.last().is_some_and(|t| range.start < t.range.end);
                    let found = if read {
                        None
                    } else {
                        table::pipe_paragraph(text, range.clone(), lines)
                            .or_else(|| aligned::aligned_table(text, range.clone(), lines))
                    };
                    if let Some(mut t) = found {
                        skip.push(t.range.clone());
                        t.fields = t.read_fields(text, lines);
                        tables.push(t);
                    }
                }
                Event::Start(Tag::Table(_)) => {
                    skip.push(range.clone());
                    table = Some(Table {
                        range: range.clone(),
                        line: lines.line(range.start),
                        header: Vec::new(),
                        rows: Vec::new(),
                        fields: Vec::new(),
                    });
                }
                Event::End(TagEnd::Table) => {
                    if let Some(mut t) = table.take() {
                        t.fields = t.read_fields(text, lines);
                        tables.push(t);
                    }
                }
                Event::Start(Tag::TableHead) => in_head_row = true,
                Event::End(TagEnd::TableHead) => in_head_row = false,
                Event::Start(Tag::TableRow) => row = Some((lines.line(range.start), Vec::new())),
                Event::End(TagEnd::TableRow) => {
                    if let (Some(r), Some(t)) = (row.take(), table.as_mut()) {
                        t.rows.push(r);
                    }
                }
                Event::Start(Tag::TableCell) => {
                    let cell = text[range.clone()].trim().trim_matches('|').trim();
                    if in_head_row {
                        if let Some(t) = table.as_mut() {
                            t.header.push(Cow::Borrowed(cell));
                        }
                    } else if let Some((_, cells)) = row.as_mut() {
                        cells.push(Cow::Borrowed(cell));
                    }
                }
                _ => {}
            }
        }

        // Pass 2: walk the lines, turning headings and labelled lines into anchors.
        // Idea titles written as bold list items or `<summary>`s, in page order.
        let mut item_titles =
            items::item_titles(text, body_offset, &skip, lines, raw_headings.len());
        // MyST dropdowns title ideas as list items do (in page order with them).
        item_titles.extend(directives::dropdown_titles(text, body_offset, &skip, lines));
        item_titles.sort_by_key(|t| t.start);
        item_titles.dedup_by_key(|t| t.start);
        let mut headings: Vec<Heading> = Vec::new();
        let mut anchors: Vec<Anchor> = Vec::new();
        titles_below(text, &mut raw_headings);
        let sections = single_idea_sections(&raw_headings);
        let mut heading_iter = raw_headings.into_iter().peekable();
        let mut item_titles = item_titles.into_iter().peekable();
        let mut strong = strong.into_iter().peekable();
        let mut skip_iter = skip.iter().peekable();
        let first_line = lines.line(body_offset);
        let total_lines = lines.len();
        let mut line_no = first_line;
        // Where the text of the current open anchor or section starts.
        let close_region = |anchors: &mut Vec<Anchor>, headings: &mut Vec<Heading>, at: usize| {
            if let Some(a) = anchors.last_mut() {
                if a.region.end == usize::MAX {
                    a.region.end = at.max(a.region.start);
                }
            }
            if let Some(h) = headings.last_mut() {
                if h.body.end == usize::MAX {
                    h.body.end = at.max(h.body.start);
                }
            }
        };
        let mut preamble_end = text.len();
        // The headings made of bold title lines (`bold_title`), and those without a number.
        let (mut bold_titles, bold_paragraphs) = (Vec::new(), bold_paragraph_titles(text));
        // True on the lines right after a directive's fence (its options).
        let mut directive_options = false;
        while line_no <= total_lines {
            let start = lines.start(line_no);
            if start >= text.len() && line_no > first_line {
                break;
            }
            // (The next line's start is known: no search for the newline.)
            let end = lines.end(line_no, text.len());
            let line_text = text[start..end].trim_end_matches('\r');
            // A bold list item titles the fields nested under it, a `<summary>` (in an HTML
            // block, skipped below) the fields after its block.
            // (Peeked, then taken: `next_if` moves every title out and back for each line.)
            while item_titles.peek().is_some_and(|t| t.start < start) {
                item_titles.next();
            }
            let titled = item_titles.peek().is_some_and(|t| t.start <= end);
            if let Some(t) = titled.then(|| item_titles.next()).flatten() {
                close_region(&mut anchors, &mut headings, start);
                if headings.is_empty() {
                    preamble_end = start;
                }
                headings.push(Heading::new(
                    PSEUDO_HEADING_LEVEL,
                    t.line,
                    clean_heading(&t.title),
                    t.body..usize::MAX,
                ));
                if !t.summary {
                    line_no += 1;
                    continue;
                }
            }
            // Skip code blocks, HTML blocks and tables.
            while skip_iter.peek().is_some_and(|r| r.end <= start) {
                skip_iter.next();
            }
            if let Some(r) = skip_iter.peek() {
                if r.start <= start && start < r.end {
                    // A key/value table gives its fields where it starts.
                    if let Some(t) = tables
                        .iter()
                        .find(|t| t.range.start == r.start && lines.line(t.range.start) == line_no)
                    {
                        if !t.fields.is_empty() {
                            close_region(&mut anchors, &mut headings, r.start);
                        }
                        for f in &t.fields {
                            anchors.push(Anchor {
                                field: f.field,
                                label: Cow::Owned(f.label.clone()),
                                line: f.line,
                                start: lines.start(f.line),
                                column: f.column,
                                has_colon: false,
                                misspelt: f.misspelt,
                                heading: false,
                                level: 0,
                                inline: Cow::Owned(f.value.clone()),
                                region: r.end..r.end,
                            });
                        }
                    }
                    line_no += 1;
                    continue;
                }
            }
            let at_heading = heading_iter
                .peek()
                .is_some_and(|(_, r, _)| r.start < end + 1);
            if let Some((level, range, htext)) = at_heading.then(|| heading_iter.next()).flatten() {
                let last_line = lines.line(range.end.saturating_sub(1).max(range.start));
                let hline = lines.line(range.start);
                // A section of the page's one idea ("# Impact on users") ends the field above
                // it and tells more of the idea: its text is part of the description.
                let label = fields::find_label(htext.trim(), true).or_else(|| {
                    sections.contains(&range.start).then(|| fields::Label {
                        field: Field::Description,
                        text: htext.trim().to_string(),
                        value_start: htext.trim().len(),
                        has_colon: false,
                        misspelt: false,
                    })
                });
                // "## Project: Better geocoder" with the idea's fields on its own lines names
                // what its section is about: a structural heading with that name, not a field
                // (as "#### Component: Mesh" is among field headings); so does a title
                // written in its heading ("## Project Title: Sensor fusion").
                let own_end = heading_iter.peek().map_or(text.len(), |(_, r, _)| r.start);
                // A title label heading ("## Project Title") is a field only when a title
                // follows it; over fields straight away it is a template's placeholder.
                let label = label.filter(|l| {
                    let below = || {
                        text.get(next_line_start(text, range.end).min(own_end)..own_end)
                            .and_then(|t| t.lines().map(str::trim).find(|l| !l.is_empty()))
                    };
                    l.field != Field::Title
                        || !htext.trim()[l.value_start..].trim().is_empty()
                        || below().is_some_and(|b| fields::find_label(b, false).is_none())
                });
                let (label, named) = match label {
                    Some(l)
                        if matches!(l.field, Field::Component | Field::Title)
                            && !htext.trim()[l.value_start..].trim().is_empty()
                            && (l.field == Field::Title
                                || items::core_fields(
                                    text,
                                    next_line_start(text, range.end).min(own_end)..own_end,
                                    &skip,
                                ) >= 2) =>
                    {
                        (None, Some(htext.trim()[l.value_start..].trim().to_string()))
                    }
                    other => (other, None),
                };
                match label {
                    Some(l) => {
                        close_region(&mut anchors, &mut headings, range.start);
                        let inline = Cow::Owned(htext.trim()[l.value_start..].trim().to_string());
                        let region_start = next_line_start(text, range.end);
                        anchors.push(Anchor {
                            field: l.field,
                            label: Cow::Owned(l.text.clone()),
                            line: hline,
                            start: lines.start(hline),
                            column: column_of(line_text, l_label_offset(line_text)),
                            has_colon: l.has_colon,
                            misspelt: l.misspelt,
                            heading: true,
                            level,
                            inline,
                            region: region_start..usize::MAX,
                        });
                    }
                    None => {
                        close_region(&mut anchors, &mut headings, range.start);
                        if headings.is_empty() {
                            preamble_end = range.start;
                        }
                        let region_start = next_line_start(text, range.end);
                        // A heading closes the open anchor: its text is not the field's value.
                        headings.push(Heading::new(
                            level,
                            hline,
                            clean_heading(named.as_deref().unwrap_or(&htext)),
                            region_start..usize::MAX,
                        ));
                    }
                }
                line_no = last_line.max(hline) + 1;
                continue;
            }
            while strong.peek().is_some_and(|&b| b < start) {
                strong.next();
            }
            let bold = strong.peek().is_some_and(|&b| b < end);
            let region_start = (end + 1).min(text.len());
            let at = (start, line_no, region_start);
            // A MyST directive's fence (`:::{grid-item-card} Ana`, `:::`) and its options
            // (`:link: ...`) are layout: they end the open field and are never a value.
            if directives::fence(line_text).is_some()
                || (directive_options && directives::is_option(line_text))
            {
                directive_options = true;
                if let Some(a) = anchors.last_mut().filter(|a| a.region.end == usize::MAX) {
                    a.region.end = start.max(a.region.start);
                }
                line_no += 1;
                continue;
            }
            directive_options = false;
            if let Some(l) = fields::find_label(line_text, false) {
                close_region(&mut anchors, &mut headings, start);
                // More fields on the line: "*Mentors*: A · *Level*: B", "**Tech:** Go **Size:** L".
                let mut more = line_fields::more_fields(line_text, l.value_start);
                if more.is_empty() && bold {
                    more = bold_labels::bold_fields(line_text, l.value_start, true);
                }
                let first = line_fields::MoreField {
                    separator: 0,
                    start: 0,
                    label: l,
                };
                more.insert(0, first);
                anchors.extend(line_anchors(line_text, &more, at, false));
            } else if let Some(found) = bold
                .then(|| bold_labels::bold_fields(line_text, 0, false))
                .filter(|found| !found.is_empty())
            {
                // "Run plugins in a sandbox. **Skills:** Go **Mentors:** Ana": fields written
                // inside a line of prose, which ends at the first.
                close_region(&mut anchors, &mut headings, start + found[0].start);
                anchors.extend(line_anchors(line_text, &found, at, true));
            } else if let Some(title) = bold_title(line_text, line_no, &bold_paragraphs) {
                let after_break = line_no == first_line || {
                    let prev = lines.start(line_no - 1);
                    let prev = text[prev..start].trim();
                    prev.is_empty() || super::text::is_thematic_break(prev)
                };
                if after_break {
                    // "**[1] Coastline extraction.**" on a line of its own titles the fields
                    // below it as a heading would; it sits below every real heading.
                    close_region(&mut anchors, &mut headings, start);
                    if headings.is_empty() {
                        preamble_end = start;
                    }
                    bold_titles.push(headings.len());
                    headings.push(Heading::new(
                        PSEUDO_HEADING_LEVEL,
                        line_no,
                        clean_heading(title),
                        region_start..usize::MAX,
                    ));
                }
            } else if let Some(found) = (anchors.last())
                .is_some_and(|a| a.region.end == usize::MAX && a.field.is_core())
                .then_some(())
                .or_else(|| (line_no > 1 && lines.is_item(text, line_no - 1)).then_some(()))
                // (A line of its own: not a new list item, "- **Chart** — Mentors: …".)
                .filter(|_| {
                    fields::content_start(line_text)
                        == line_text.len() - line_text.trim_start().len()
                })
                .map(|_| line_fields::dashed_fields(line_text))
                .filter(|found| !found.is_empty())
            {
                // "- Technical contacts:" continued by "[kim](…) - Difficulty level: Medium":
                // a field after a dash on a line that goes on with a value ends that value;
                // so does one on the line that goes on with a list item of no field
                // ("- Phabricator:" then "[T1](…) - Skills required: C - Mentors: Ana", a
                // scrape that lost the items' line breaks).
                close_region(&mut anchors, &mut headings, start + found[0].separator);
                anchors.extend(line_anchors(line_text, &found, at, true));
            } else if let Some(a) = (anchors.last_mut()).filter(|a| {
                a.region.end == usize::MAX && ends_at_sibling(text, a, start, line_text)
            }) {
                // "- Skills: Go" then "- Funding: NSF": the unknown field ends the skills.
                a.region.end = start.max(a.region.start);
            }
            line_no += 1;
        }
        // (The lists read from are let go of before the lists kept are made to fit: the
        // headings' list held 24 MB for a 50 MB page after its texts were taken.)
        drop((heading_iter, item_titles, strong, skip));
        close_region(&mut anchors, &mut headings, text.len());
        // A bare label with nothing after it ("- Possible mentors" in a template) is no field.
        anchors.retain(|a| {
            a.heading
                || a.has_colon
                || !a.inline.trim().is_empty()
                || text
                    .get(a.region.clone())
                    .is_some_and(|v| !v.trim().is_empty())
        });
        // Headings own the anchors up to the next heading.
        // Anchors and headings are both in line order: one backward sweep assigns them.
        let mut next_start = anchors.len();
        let mut first = anchors.len();
        for h in headings.iter_mut().rev() {
            while first > 0 && anchors[first - 1].line > h.line {
                first -= 1;
            }
            h.anchors = first.min(next_start)..next_start;
            next_start = h.anchors.clone().start;
        }
        lift_bold_titles(&mut headings, &bold_titles);
        exclude_past_results(&mut headings);
        nest_repeated_sections(&mut headings);
        nest_issue_sections(&mut headings, &mut anchors);
        let preamble = body_offset..preamble_end.max(body_offset);
        let levels: Vec<u8> = headings.iter().map(|h| h.level).collect();
        let mut doc = Outline {
            text,
            headings,
            anchors,
            tables,
            code_blocks,
            preamble,
            lines_index: lines,
            selected: Vec::new(),
            in_idea: Vec::new(),
            parents: Vec::new(),
            ends: Vec::new(),
            open_ctx: Vec::new(),
            open_all: open::snapshots(&levels, |_| true),
            snap_status: Vec::new(),
        };
        (doc.parents, doc.ends) = Self::index_tree(&doc.headings);
        doc
    }
}
