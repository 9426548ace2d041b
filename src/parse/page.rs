//! One page of Markdown -> zero, one or many ideas.
//!
//! The page is read in three passes:
//! 1. pulldown-cmark gives the block structure: headings (ATX and setext), code and HTML blocks
//!    (never read for fields, so a template inside a code fence is never an idea), and tables.
//! 2. Every other line is checked for a field label ([`fields::find_label`]); headings are either
//!    labels ("#### Mentors:") or structural ("### Harbor", "#### Harbor CLI").
//! 3. Structural headings split the page into sections. A section whose own labels name at least
//!    two distinct idea fields starts an idea; deeper sections inside it ("#### Key Objectives")
//!    continue it; anything else is context (the project heading, "Archived ideas", ...). Tables
//!    whose rows carry a title and mentors give one idea per row, and a file whose front-matter
//!    describes one idea is that idea.

use super::fields::{self, Field};
use super::frontmatter::{self, FrontMatter};
use super::mentors::parse_mentors;
use crate::model::{Difficulty, Idea, Mentor, Program, Source, Status};
use crate::skills::SkillTable;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A problem found while reading a page; the rest of the page is still read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line in the page.
    pub line: usize,
    /// What went wrong.
    pub message: String,
}

/// Where a field of an idea was written, for diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpan {
    /// The field.
    pub field: Field,
    /// The label as written, e.g. "Mentor(s)" (empty for front-matter keys).
    pub label: String,
    /// 1-based line of the label.
    pub line: usize,
    /// 1-based column (in characters) of the label.
    pub column: usize,
    /// True if the label was written with a colon.
    pub has_colon: bool,
    /// True if the label is a known misspelling.
    pub misspelt: bool,
    /// True if the field came from a heading ("#### Mentors:").
    pub heading: bool,
    /// The value as written (Markdown source after the label, up to the next field).
    pub value: String,
    /// 1-based line where `value` starts.
    pub value_line: usize,
}

/// An idea together with where its parts were found.
#[derive(Debug, Clone)]
pub struct ParsedIdea {
    /// The idea.
    pub idea: Idea,
    /// Every labelled field of the idea, in page order.
    pub fields: Vec<FieldSpan>,
    /// 1-based line of a description written without a label, if that is where the
    /// description came from.
    pub unlabelled_description: Option<usize>,
}

/// Everything read from one page.
#[derive(Debug, Clone, Default)]
pub struct ParsedPage {
    /// The ideas, in page order.
    pub ideas: Vec<ParsedIdea>,
    /// Problems found; the ideas are what could still be read.
    pub warnings: Vec<Warning>,
}

/// Page-level defaults given by the caller (for example `ideas import --program gsoc`). They fill
/// in what the page does not say; they never override the page.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    /// Programme.
    pub program: Option<Program>,
    /// Year.
    pub year: Option<u16>,
    /// Term.
    pub term: Option<String>,
    /// Organisation.
    pub org: Option<String>,
}

/// Parses one page. `path` is only recorded in each idea's `source`; no I/O happens here.
pub fn parse_page(path: &str, text: &str, skills: &SkillTable, defaults: &Defaults) -> ParsedPage {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut warnings = Vec::new();
    let lines = LineIndex::new(text);
    let (fm, body_offset) = match frontmatter::split(text) {
        Ok(split) => {
            let fm = match split.front {
                Some(raw) => match frontmatter::parse(raw) {
                    Ok(fm) => Some(fm),
                    Err(e) => {
                        warnings.push(Warning {
                            line: e.line,
                            message: e.message,
                        });
                        None
                    }
                },
                None => None,
            };
            (fm, split.body_offset)
        }
        Err(e) => {
            warnings.push(Warning {
                line: e.line,
                message: format!("{}; the page is read without it", e.message),
            });
            (None, 0)
        }
    };
    let doc = Document::read(text, body_offset, &lines);
    let ctx = PageContext::new(path, text, fm.as_ref(), &doc, defaults);
    let mut ideas = Vec::new();
    if let Some(fm) = fm.as_ref() {
        let body_has_ideas = !doc.selected.is_empty();
        // A file whose front-matter has idea keys is one idea, even without a title (the
        // validator reports the missing title; `list` skips it).
        if fm.describes_one_idea
            || (fm.title.is_some() && !body_has_ideas && doc.core_kinds(0..doc.anchors.len()) >= 2)
        {
            ideas.push(doc.single_idea(fm, &ctx, skills));
            return ParsedPage { ideas, warnings };
        }
    }
    let mut table_ideas = doc.table_ideas(&ctx, skills);
    for sel in &doc.selected {
        ideas.push(doc.build_idea(sel, &ctx, skills));
    }
    ideas.append(&mut table_ideas);
    ideas.sort_by_key(|i| i.idea.source.line);
    ParsedPage { ideas, warnings }
}

/// Maps byte offsets to 1-based lines and columns.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    fn start(&self, line: usize) -> usize {
        self.starts[line - 1]
    }
}

/// A heading that is not a field label.
#[derive(Debug, Clone)]
struct Heading {
    level: u8,
    line: usize,
    text: String,
    /// Anchors (indices into `Document::anchors`) up to the next structural heading.
    anchors: Range<usize>,
    /// Byte range of the section's own text (after the heading line, before the next
    /// structural heading).
    body: Range<usize>,
}

/// A field label and its value.
#[derive(Debug, Clone)]
struct Anchor {
    field: Field,
    label: String,
    line: usize,
    column: usize,
    has_colon: bool,
    misspelt: bool,
    heading: bool,
    /// The value written on the label's own line.
    inline: String,
    /// Byte range of the lines that follow, up to the next anchor or structural heading.
    region: Range<usize>,
}

impl Anchor {
    /// A one-line field (difficulty, size, an issue link) does not own the lines below it.
    fn is_single_line(&self) -> bool {
        matches!(
            self.field,
            Field::Upstream | Field::Difficulty | Field::Size | Field::Component | Field::Other
        ) && !clean_inline(&self.inline).is_empty()
    }

    fn value(&self, text: &str) -> String {
        let inline = clean_inline(&self.inline);
        if self.is_single_line() {
            return inline;
        }
        let region = &text[self.region.clone()];
        if inline.is_empty() {
            region.to_string()
        } else {
            format!("{inline}\n{region}")
        }
    }
}

/// A table found in the body.
#[derive(Debug, Clone)]
struct Table {
    line: usize,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

struct Document<'t> {
    text: &'t str,
    headings: Vec<Heading>,
    anchors: Vec<Anchor>,
    tables: Vec<Table>,
    /// Byte range of text before the first structural heading.
    preamble: Range<usize>,
    lines_index: &'t LineIndex,
    /// The headings chosen as ideas (computed once after reading).
    selected: Vec<Selected>,
}

/// One idea chosen from the headings: the heading index and the anchors that belong to it.
struct Selected {
    heading: usize,
    anchors: Vec<usize>,
    end: usize,
}

impl<'t> Document<'t> {
    fn read(text: &'t str, body_offset: usize, lines: &'t LineIndex) -> Self {
        let body = &text[body_offset..];
        let mut skip: Vec<Range<usize>> = Vec::new();
        // (level, range, plain text)
        let mut raw_headings: Vec<(u8, Range<usize>, String)> = Vec::new();
        let mut tables = Vec::new();
        let mut opts = Options::empty();
        opts.insert(Options::ENABLE_TABLES);
        opts.insert(Options::ENABLE_STRIKETHROUGH);
        opts.insert(Options::ENABLE_TASKLISTS);
        let mut in_heading: Option<(u8, Range<usize>, String)> = None;
        let mut table: Option<Table> = None;
        let mut row: Option<(usize, Vec<String>)> = None;
        let mut in_head_row = false;
        for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
            let range = (range.start + body_offset)..(range.end + body_offset);
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    in_heading = Some((heading_level(level), range, String::new()));
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some(h) = in_heading.take() {
                        raw_headings.push(h);
                    }
                }
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
                Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::HtmlBlock) => {
                    skip.push(range);
                }
                Event::Start(Tag::Table(_)) => {
                    skip.push(range.clone());
                    table = Some(Table {
                        line: lines.line(range.start),
                        header: Vec::new(),
                        rows: Vec::new(),
                    });
                }
                Event::End(TagEnd::Table) => {
                    if let Some(t) = table.take() {
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
                    let cell = text[range.clone()]
                        .trim()
                        .trim_matches('|')
                        .trim()
                        .to_string();
                    if in_head_row {
                        if let Some(t) = table.as_mut() {
                            t.header.push(cell);
                        }
                    } else if let Some((_, cells)) = row.as_mut() {
                        cells.push(cell);
                    }
                }
                _ => {}
            }
        }

        // Pass 2: walk the lines, turning headings and labelled lines into anchors.
        let mut headings: Vec<Heading> = Vec::new();
        let mut anchors: Vec<Anchor> = Vec::new();
        let mut heading_iter = raw_headings.into_iter().peekable();
        let mut skip_iter = skip.into_iter().peekable();
        let first_line = lines.line(body_offset);
        let total_lines = lines.starts.len();
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
        while line_no <= total_lines {
            let start = lines.start(line_no);
            if start >= text.len() && line_no > first_line {
                break;
            }
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let line_text = text[start..end].trim_end_matches('\r');
            // Skip code blocks, HTML blocks and tables.
            while skip_iter.peek().is_some_and(|r| r.end <= start) {
                skip_iter.next();
            }
            if let Some(r) = skip_iter.peek() {
                if r.start <= start && start < r.end {
                    line_no += 1;
                    continue;
                }
            }
            if let Some((level, range, htext)) = heading_iter.next_if(|(_, r, _)| r.start < end + 1)
            {
                let last_line = lines.line(range.end.saturating_sub(1).max(range.start));
                let hline = lines.line(range.start);
                let label = fields::find_label(htext.trim(), true);
                match label {
                    Some(l) => {
                        close_region(&mut anchors, &mut headings, range.start);
                        let inline = htext.trim()[l.value_start..].trim().to_string();
                        let region_start = next_line_start(text, range.end);
                        anchors.push(Anchor {
                            field: l.field,
                            label: l.text,
                            line: hline,
                            column: column_of(line_text, l_label_offset(line_text)),
                            has_colon: l.has_colon,
                            misspelt: l.misspelt,
                            heading: true,
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
                        headings.push(Heading {
                            level,
                            line: hline,
                            text: clean_heading(&htext),
                            anchors: anchors.len()..anchors.len(),
                            body: region_start..usize::MAX,
                        });
                    }
                }
                line_no = last_line.max(hline) + 1;
                continue;
            }
            if let Some(l) = fields::find_label(line_text, false) {
                close_region(&mut anchors, &mut headings, start);
                let region_start = (end + 1).min(text.len());
                anchors.push(Anchor {
                    field: l.field,
                    label: l.text,
                    line: line_no,
                    column: column_of(line_text, label_offset(line_text)),
                    has_colon: l.has_colon,
                    misspelt: l.misspelt,
                    heading: false,
                    inline: line_text[l.value_start..].to_string(),
                    region: region_start..usize::MAX,
                });
                if let Some(h) = headings.last_mut() {
                    h.anchors.end = anchors.len();
                }
            }
            line_no += 1;
        }
        close_region(&mut anchors, &mut headings, text.len());
        // Headings own the anchors up to the next heading.
        let mut next_start = anchors.len();
        for h in headings.iter_mut().rev() {
            let first = anchors
                .iter()
                .position(|a| a.line > h.line)
                .unwrap_or(anchors.len());
            h.anchors = first.min(next_start)..next_start;
            next_start = h.anchors.start;
        }
        let preamble = body_offset..preamble_end.max(body_offset);
        let mut doc = Document {
            text,
            headings,
            anchors,
            tables,
            preamble,
            lines_index: lines,
            selected: Vec::new(),
        };
        doc.selected = doc.select_ideas();
        doc
    }

    /// Number of distinct core fields among a range of anchors.
    fn core_kinds(&self, range: Range<usize>) -> usize {
        let mut kinds: Vec<Field> = self.anchors[range]
            .iter()
            .map(|a| a.field)
            .filter(|f| f.is_core())
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds.len()
    }

    fn kinds_of(&self, idx: &[usize]) -> Vec<Field> {
        let mut kinds: Vec<Field> = idx
            .iter()
            .map(|&i| self.anchors[i].field)
            .filter(|f| f.is_core())
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// Chooses which headings start ideas (see the module docs).
    fn select_ideas(&self) -> Vec<Selected> {
        let mut out: Vec<Selected> = Vec::new();
        let mut current: Option<Selected> = None;
        let mut excluded_below: Option<u8> = None;
        for (i, h) in self.headings.iter().enumerate() {
            if let Some(level) = excluded_below {
                if h.level > level {
                    continue;
                }
                excluded_below = None;
            }
            if is_excluded_heading(&h.text) {
                if let Some(c) = current.take() {
                    out.push(c);
                }
                excluded_below = Some(h.level);
                continue;
            }
            let own: Vec<usize> = h.anchors.clone().collect();
            let kinds = self.kinds_of(&own);
            // Fields may sit below sub-headings of the idea ("#### Key Objectives" then
            // "#### Mentors"): count the whole subtree, but only for a heading with a field of
            // its own.
            let subtree_end = self.headings[i + 1..]
                .iter()
                .find(|n| n.level <= h.level)
                .map_or(self.anchors.len(), |n| n.anchors.start);
            let subtree_kinds = if kinds.is_empty() {
                0
            } else {
                self.core_kinds(h.anchors.start..subtree_end.max(h.anchors.start))
            };
            let cur_level = current.as_ref().map(|c| self.headings[c.heading].level);
            let collisions = current.as_ref().map_or(0, |c| {
                let ck = self.kinds_of(&c.anchors);
                kinds.iter().filter(|k| ck.contains(k)).count()
            });
            let starts_new = (kinds.len() >= 2 || subtree_kinds >= 2)
                && !clean_title(&h.text).is_empty()
                && match cur_level {
                    None => true,
                    Some(l) => h.level <= l || collisions >= 2,
                };
            if starts_new {
                if let Some(c) = current.take() {
                    out.push(c);
                }
                current = Some(Selected {
                    heading: i,
                    anchors: own,
                    end: i,
                });
            } else if cur_level.is_some_and(|l| h.level > l) {
                if let Some(c) = current.as_mut() {
                    c.anchors.extend(own);
                    c.end = i;
                }
            } else if let Some(c) = current.take() {
                out.push(c);
            }
        }
        if let Some(c) = current.take() {
            out.push(c);
        }
        out
    }

    /// Headings before `heading` that are not ideas and not inside an idea: the page's context.
    fn context_before(&self, line: usize, ideas: &[Selected]) -> Vec<usize> {
        let mut out = Vec::new();
        for (i, h) in self.headings.iter().enumerate() {
            if h.line >= line {
                break;
            }
            let inside = ideas.iter().any(|s| s.heading <= i && i <= s.end);
            if !inside {
                out.push(i);
            }
        }
        out
    }

    /// The org and status of an idea at `line` with heading `level` (0 for table rows), from
    /// the headings above it.
    fn heading_context(&self, line: usize, level: u8) -> (Option<String>, Option<Status>) {
        let ideas = &self.selected;
        let ctx = self.context_before(line, ideas);
        let prev_idea_line = ideas
            .iter()
            .map(|s| self.headings[s.heading].line)
            .filter(|&l| l < line)
            .max()
            .unwrap_or(0);
        // Ancestors: walking back, headings with strictly decreasing level below `level`.
        let mut ancestors = Vec::new();
        let mut bound = if level == 0 { u8::MAX } else { level };
        for &i in ctx.iter().rev() {
            let h = &self.headings[i];
            if h.level < bound {
                ancestors.push(i);
                bound = h.level;
            }
        }
        let mut org = ancestors
            .iter()
            .map(|&i| &self.headings[i])
            .find(|h| !is_generic_heading(&h.text))
            .map(|h| clean_title(&h.text));
        if ancestors.is_empty() && level > 0 {
            // A stray higher-level heading ("# Title" under "### Project"): the project is the
            // nearest deeper context heading since the previous idea, and its ancestors are
            // the idea's context.
            let stray = ctx
                .iter()
                .rev()
                .copied()
                .take_while(|&i| self.headings[i].line > prev_idea_line)
                .find(|&i| {
                    let h = &self.headings[i];
                    h.level > level && !is_generic_heading(&h.text)
                });
            if let Some(s) = stray {
                org = Some(clean_title(&self.headings[s].text));
                let mut bound = self.headings[s].level;
                ancestors.push(s);
                for &i in ctx.iter().rev().filter(|&&i| i < s) {
                    if self.headings[i].level < bound {
                        ancestors.push(i);
                        bound = self.headings[i].level;
                    }
                }
            }
        }
        let status = ancestors
            .iter()
            .find_map(|&i| status_of_heading(&self.headings[i].text))
            .or_else(|| {
                // "## Proposed ideas" above a stray "## project" heading still applies.
                let top = self.headings[*ancestors.first()?].level;
                ctx.iter()
                    .rev()
                    .map(|&i| &self.headings[i])
                    .filter(|h| h.level <= top)
                    .find_map(|h| status_of_heading(&h.text))
            });
        (org.filter(|o| !o.is_empty()), status)
    }

    fn build_idea(&self, sel: &Selected, ctx: &PageContext, skills: &SkillTable) -> ParsedIdea {
        let h = &self.headings[sel.heading];
        let (org, status) = self.heading_context(h.line, h.level);
        let anchors: Vec<&Anchor> = sel.anchors.iter().map(|&i| &self.anchors[i]).collect();
        // Unlabelled text directly under the title, before the first label.
        let first_anchor_start = anchors
            .first()
            .map_or(h.body.end, |a| self.lines_index.start(a.line));
        let lead_end = first_anchor_start.min(h.body.end).max(h.body.start);
        let lead = (h.body.start..lead_end, self.lines_index.line(h.body.start));
        let mut b = IdeaBuilder::new(clean_title(&h.text), h.line, ctx);
        b.org_heading = org;
        b.status = status;
        b.collect(self.text, &anchors, Some(lead), skills);
        b.finish(ctx, skills)
    }

    fn single_idea(&self, fm: &FrontMatter, ctx: &PageContext, skills: &SkillTable) -> ParsedIdea {
        let title = fm.title.clone().unwrap_or_default();
        let anchors: Vec<&Anchor> = self.anchors.iter().collect();
        let lead_end = anchors
            .first()
            .map_or(self.text.len(), |a| self.lines_index.start(a.line));
        let body_start = self.preamble.start;
        let lead = (
            body_start..lead_end.max(body_start),
            self.lines_index.line(body_start),
        );
        let mut b = IdeaBuilder::new(title, 1, ctx);
        b.apply_front_matter(fm);
        b.collect(self.text, &anchors, Some(lead), skills);
        b.finish(ctx, skills)
    }

    /// One idea per table row, for tables that have a title column and mentors.
    fn table_ideas(&self, ctx: &PageContext, skills: &SkillTable) -> Vec<ParsedIdea> {
        let mut out = Vec::new();
        let ideas = &self.selected;
        for t in &self.tables {
            // Tables inside an idea's own section are part of that idea.
            let inside_idea = ideas.iter().any(|s| {
                let start = self.headings[s.heading].line;
                let end = self.headings.get(s.end + 1).map_or(usize::MAX, |h| h.line);
                start < t.line && t.line < end
            });
            if inside_idea || self.in_excluded_section(t.line) {
                continue;
            }
            let norm: Vec<String> = t
                .header
                .iter()
                .map(|h| fields::normalize_label(&strip_md(h)))
                .collect();
            let find_col = |pred: &dyn Fn(&str) -> bool| norm.iter().position(|h| pred(h));
            let Some(title_col) = find_col(&|h| {
                [
                    "project",
                    "title",
                    "idea",
                    "project idea",
                    "name",
                    "project name",
                    "proposal",
                ]
                .contains(&h)
                    || h.starts_with("project")
                    || h.starts_with("idea")
            }) else {
                continue;
            };
            let mentor_col = find_col(&|h| h.contains("mentor"));
            let skills_col = find_col(&|h| {
                h.contains("skill") || fields::lookup(h).is_some_and(|(f, _)| f == Field::Skills)
            });
            let difficulty_col = find_col(&|h| h.contains("difficulty") || h == "rating");
            let size_col = find_col(&|h| {
                h.contains("size") || h.contains("hours") || h.contains("duration") || h == "length"
            });
            let desc_col = find_col(&|h| h.contains("description") || h == "summary");
            for (line, cells) in &t.rows {
                let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map(String::as_str);
                let Some(title_cell) = cell(Some(title_col)) else {
                    continue;
                };
                let parts = split_br(title_cell);
                let title = clean_title(&strip_md(parts.first().map_or("", |s| s.as_str())));
                if title.is_empty() {
                    continue;
                }
                let mut mentors_text = cell(mentor_col).unwrap_or("").to_string();
                let mut desc = cell(desc_col).map(str::to_string).unwrap_or_default();
                let mut fields_found = Vec::new();
                for part in parts.iter().skip(1) {
                    match fields::find_label(part, false) {
                        Some(l) if l.field == Field::Mentors => {
                            mentors_text.push('\n');
                            mentors_text.push_str(&part[l.value_start..]);
                            fields_found.push(Field::Mentors);
                        }
                        _ => {
                            if !desc.is_empty() {
                                desc.push('\n');
                            }
                            desc.push_str(part.trim());
                        }
                    }
                }
                let mentors = parse_mentors(&mentors_text);
                if mentors.is_empty() && mentor_col.is_none() {
                    continue;
                }
                let mut b = IdeaBuilder::new(title, *line, ctx);
                let (org, status) = self.heading_context(*line, 0);
                b.org_heading = org;
                b.status = status;
                b.description = non_empty(clean_block(&desc));
                if let Some(s) = cell(skills_col) {
                    b.skills_raw.push(s.to_string());
                }
                b.mentors = mentors;
                b.difficulty = cell(difficulty_col).and_then(Difficulty::parse);
                b.hours = cell(size_col).and_then(frontmatter::parse_hours);
                b.upstream.extend(
                    extract_urls(cell(desc_col).unwrap_or(""))
                        .into_iter()
                        .filter(|u| is_issue_url(u)),
                );
                out.push(b.finish(ctx, skills));
            }
        }
        out
    }

    fn in_excluded_section(&self, line: usize) -> bool {
        let mut bound = u8::MAX;
        for h in self.headings.iter().rev().filter(|h| h.line < line) {
            if h.level < bound {
                if is_excluded_heading(&h.text) {
                    return true;
                }
                bound = h.level;
            }
        }
        false
    }
}

/// Page-level facts that apply to every idea on the page.
struct PageContext {
    path: String,
    program: Option<Program>,
    year: Option<u16>,
    term: Option<String>,
    org: Option<String>,
    url: Option<String>,
}

impl PageContext {
    fn new(
        path: &str,
        text: &str,
        fm: Option<&FrontMatter>,
        doc: &Document<'_>,
        defaults: &Defaults,
    ) -> Self {
        let first_idea_line = doc
            .selected
            .first()
            .map_or(usize::MAX, |s| doc.headings[s.heading].line);
        // Headings that introduce the page: the first H1, and generic headings before the
        // first idea ("## Project Ideas for 2025 GSoC").
        let intro: Vec<&str> = doc
            .headings
            .iter()
            .filter(|h| h.line < first_idea_line && (h.level == 1 || is_generic_heading(&h.text)))
            .map(|h| h.text.as_str())
            .collect();
        let program = fm
            .and_then(|f| f.program)
            .or_else(|| intro.iter().find_map(|t| frontmatter::detect_program(t)))
            .or_else(|| frontmatter::detect_program(text))
            .or(defaults.program);
        let year = fm
            .and_then(|f| f.year)
            .or_else(|| intro.iter().find_map(|t| frontmatter::find_year(t)))
            .or(defaults.year)
            .or_else(|| year_from_path(path));
        let term = fm
            .and_then(|f| f.term.clone())
            .or_else(|| defaults.term.clone());
        let org = fm
            .and_then(|f| f.org.clone())
            .or_else(|| org_from_intro(&doc.text[doc.preamble.clone()]))
            .or_else(|| {
                // Intro text under the first (page title) heading.
                doc.headings
                    .first()
                    .filter(|h| h.level == 1 && h.line < first_idea_line)
                    .and_then(|h| org_from_intro(&doc.text[h.body.clone()]))
            })
            .or_else(|| defaults.org.clone());
        PageContext {
            path: path.to_string(),
            program,
            year,
            term,
            org,
            url: fm.and_then(|f| f.source_url.clone()),
        }
    }
}

/// Accumulates one idea's fields.
struct IdeaBuilder {
    title: String,
    line: usize,
    org_heading: Option<String>,
    org_front: Option<String>,
    component: Option<String>,
    program: Option<Program>,
    year: Option<u16>,
    term: Option<String>,
    status: Option<Status>,
    description: Option<String>,
    unlabelled_description: Option<usize>,
    outcomes: Option<String>,
    skills_raw: Vec<String>,
    mentors: Vec<Mentor>,
    difficulty: Option<Difficulty>,
    hours: Option<u32>,
    upstream: Vec<String>,
    links: Vec<String>,
    fields: Vec<FieldSpan>,
    url: Option<String>,
    id: Option<String>,
}

impl IdeaBuilder {
    fn new(title: String, line: usize, ctx: &PageContext) -> Self {
        IdeaBuilder {
            title,
            line,
            org_heading: None,
            org_front: None,
            component: None,
            program: ctx.program,
            year: ctx.year,
            term: ctx.term.clone(),
            status: None,
            description: None,
            unlabelled_description: None,
            outcomes: None,
            skills_raw: Vec::new(),
            mentors: Vec::new(),
            difficulty: None,
            hours: None,
            upstream: Vec::new(),
            links: Vec::new(),
            fields: Vec::new(),
            url: ctx.url.clone(),
            id: None,
        }
    }

    fn apply_front_matter(&mut self, fm: &FrontMatter) {
        self.org_front = fm.org.clone();
        if fm.program.is_some() {
            self.program = fm.program;
        }
        if fm.year.is_some() {
            self.year = fm.year;
        }
        if fm.term.is_some() {
            self.term = fm.term.clone();
        }
        self.status = fm.status;
        self.description = fm.description.clone();
        self.outcomes = fm.expected_outcomes.clone();
        if !fm.skills.is_empty() {
            // One bullet per item, so that neighbouring items never read as one phrase
            // ("Node" then "JS" is not "Node JS").
            let list: Vec<String> = fm.skills.iter().map(|s| format!("- {s}")).collect();
            self.skills_raw.push(list.join("\n"));
        }
        self.mentors.extend(fm.mentors.iter().cloned());
        self.difficulty = frontmatter::difficulty_of(fm);
        self.hours = fm.size_raw.as_deref().and_then(frontmatter::parse_hours);
        self.upstream.extend(fm.upstream_issues.iter().cloned());
        self.links.extend(fm.links.iter().cloned());
        self.url = fm.source_url.clone().or(self.url.take());
        self.id = fm.id.clone();
    }

    /// Reads the anchors' values. Lines below a one-line field return to the last multi-line
    /// field (or to the unlabelled lead text).
    fn collect(
        &mut self,
        text: &str,
        anchors: &[&Anchor],
        lead: Option<(Range<usize>, usize)>,
        _skills: &SkillTable,
    ) {
        let mut desc_parts: Vec<String> = Vec::new();
        let mut out_parts: Vec<String> = Vec::new();
        let mut orphan: Vec<String> = Vec::new();
        let mut last_multi: Option<Field> = None;
        for a in anchors {
            let value = a.value(text);
            let value_line = if clean_inline(&a.inline).is_empty() {
                a.line + 1
            } else {
                a.line
            };
            self.fields.push(FieldSpan {
                field: a.field,
                label: a.label.clone(),
                line: a.line,
                column: a.column,
                has_colon: a.has_colon,
                misspelt: a.misspelt,
                heading: a.heading,
                value: value.clone(),
                value_line,
            });
            let overflow = if a.is_single_line() {
                Some(text[a.region.clone()].to_string())
            } else {
                last_multi = Some(a.field);
                None
            };
            match a.field {
                Field::Description => desc_parts.push(value),
                Field::Outcomes => out_parts.push(value),
                Field::Skills => self.skills_raw.push(value),
                Field::Mentors => {
                    self.mentors.extend(parse_mentors(&value));
                }
                Field::Difficulty => {
                    if self.difficulty.is_none() {
                        self.difficulty = Difficulty::parse(&value);
                    }
                    if self.hours.is_none() {
                        self.hours = explicit_hours(&value);
                    }
                }
                Field::Size => {
                    if self.hours.is_none() {
                        self.hours = frontmatter::parse_hours(&strip_md(&value));
                    }
                }
                Field::Upstream => {
                    self.upstream.extend(extract_urls(&value));
                    self.upstream.extend(github_refs(&value));
                }
                Field::Links => self.links.extend(extract_urls(&value)),
                Field::Component => {
                    if self.component.is_none() {
                        self.component = first_item(&value);
                    }
                }
                Field::Other => {}
            }
            if let Some(extra) = overflow {
                if extra.trim().is_empty() {
                    continue;
                }
                match last_multi {
                    Some(Field::Description) => desc_parts.push(extra),
                    Some(Field::Outcomes) => out_parts.push(extra),
                    _ => orphan.push(extra),
                }
            }
        }
        if desc_parts.iter().all(|d| clean_block(d).is_empty()) && self.description.is_none() {
            let lead_text = lead
                .as_ref()
                .map(|(r, _)| text[r.clone()].to_string())
                .unwrap_or_default();
            let mut candidates = vec![lead_text];
            candidates.extend(orphan);
            let joined = candidates
                .iter()
                .map(|c| clean_block(c))
                .filter(|c| is_prose(c))
                .collect::<Vec<_>>()
                .join("\n\n");
            if !joined.is_empty() {
                self.description = Some(joined);
                self.unlabelled_description = lead.map(|(r, line)| {
                    // Line of the first non-blank character of the lead text.
                    let lead = &text[r];
                    let skipped = lead.len() - lead.trim_start().len();
                    line + lead[..skipped].matches('\n').count()
                });
            }
        } else {
            let d = desc_parts
                .iter()
                .map(|d| clean_block(d))
                .filter(|d| !d.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
            if !d.is_empty() {
                self.description = Some(d);
            }
        }
        let o = out_parts
            .iter()
            .map(|d| clean_block(d))
            .filter(|d| !d.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        if !o.is_empty() {
            self.outcomes = Some(o);
        }
    }

    fn finish(mut self, ctx: &PageContext, skills: &SkillTable) -> ParsedIdea {
        let org = self
            .org_front
            .take()
            .or(self.org_heading.take())
            .or_else(|| ctx.org.clone())
            .or(self.component.take());
        let skills_raw: Vec<String> = self
            .skills_raw
            .iter()
            .map(|s| clean_block(s))
            .filter(|s| !s.is_empty())
            .collect();
        let skills_raw = (!skills_raw.is_empty()).then(|| skills_raw.join("\n"));
        let skill_ids = skills_raw
            .as_deref()
            .map(|r| skills.extract(&without_lead_ins(r)))
            .unwrap_or_default();
        let mentors = super::mentors::dedupe(std::mem::take(&mut self.mentors));
        dedup(&mut self.upstream);
        dedup(&mut self.links);
        self.links.retain(|l| !self.upstream.contains(l));
        let id = self
            .id
            .take()
            .unwrap_or_else(|| Idea::make_id(self.program, self.year, org.as_deref(), &self.title));
        ParsedIdea {
            idea: Idea {
                id,
                title: self.title,
                org,
                program: self.program,
                year: self.year,
                term: self.term,
                status: self.status,
                description: self.description,
                expected_outcomes: self.outcomes,
                skills: skill_ids,
                skills_raw,
                mentors,
                difficulty: self.difficulty,
                hours: self.hours,
                upstream_issues: self.upstream,
                links: self.links,
                source: Source {
                    path: ctx.path.clone(),
                    line: self.line,
                    url: self.url,
                },
            },
            fields: self.fields,
            unlabelled_description: self.unlabelled_description,
        }
    }
}

/// Skills text without lead-in lines such as "**Having these skills will be a plus:**", which
/// introduce a list rather than name skills.
fn without_lead_ins(raw: &str) -> String {
    raw.lines()
        .filter(|l| {
            let t = l.trim().trim_end_matches(['*', '_', ' ']);
            !(t.ends_with(':') && t.split_whitespace().count() > 3)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn dedup(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|x| seen.insert(x.clone()));
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn next_line_start(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    // The heading range may or may not include its newline.
    if offset > 0 && text.as_bytes()[offset - 1] == b'\n' {
        return offset;
    }
    text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1)
}

/// Byte offset where the label text starts on a line (after list markers and emphasis).
fn label_offset(line: &str) -> usize {
    let s = fields::content_start(line);
    s + (line[s..].len() - line[s..].trim_start_matches(['*', '_']).len())
}

/// Byte offset of the heading text on an ATX heading line.
fn l_label_offset(line: &str) -> usize {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    let hashes = t.len() - t.trim_start_matches('#').len();
    let rest = &t[hashes..];
    lead + hashes + (rest.len() - rest.trim_start().len())
}

/// 1-based character column of a byte offset within a line.
fn column_of(line: &str, offset: usize) -> usize {
    line.get(..offset.min(line.len()))
        .map_or(1, |s| s.chars().count() + 1)
}

/// Headings whose section never holds ideas: templates, examples, custom proposals.
fn is_excluded_heading(text: &str) -> bool {
    let t = text.to_lowercase();
    let t = t.trim();
    let t = t.trim_end_matches(':');
    t.contains("template")
        || ["example", "examples", "sample", "samples"].contains(&t)
        || [
            "example idea",
            "example project",
            "sample idea",
            "sample project",
            "idea template",
        ]
        .iter()
        .any(|p| t.starts_with(p))
        || t.contains("custom project")
        || t.contains("your own idea")
        || t.contains("own project idea")
        || t.contains("not a gsoc idea")
        || t.contains("table of contents")
        || t == "contents"
        || t == "toc"
}

/// Headings that name a part of the page rather than a project: "Project Ideas for 2025 GSoC",
/// "Proposed Project ideas", "Project 1", "Archived ideas".
fn is_generic_heading(text: &str) -> bool {
    let t = text.to_lowercase();
    let t = t.trim();
    if t.is_empty() {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() <= 3
        && words
            .first()
            .is_some_and(|w| *w == "project" || *w == "idea")
        && words.iter().skip(1).all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '#')
        })
    {
        return true;
    }
    [
        "idea",
        "proposal",
        "summer of code",
        "gsoc",
        "lfx",
        "mentorship",
        "program",
        "projects",
        "archived",
        "accepted",
        "term ",
    ]
    .iter()
    .any(|w| t.contains(w))
        || frontmatter::find_year(t).is_some() && words.len() <= 4
}

fn status_of_heading(text: &str) -> Option<Status> {
    let t = text.to_lowercase();
    if t.contains("archived") || t.contains("not accepted") || t.contains("past ideas") {
        Some(Status::Archived)
    } else if t.contains("accepted") || t.contains("selected") {
        Some(Status::Accepted)
    } else if t.contains("proposed") || t.contains("proposals") {
        Some(Status::Proposed)
    } else {
        None
    }
}

/// Heading text without trailing `#`s and surrounding whitespace.
fn clean_heading(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An idea title: prefixes such as "Project Title:", "Title:", "Project 12:", "Idea 3:",
/// "Idea:" removed.
pub fn clean_title(text: &str) -> String {
    let mut t = text.trim().to_string();
    loop {
        let lower = t.to_lowercase();
        let mut cut = None;
        for prefix in ["project title", "title", "project idea", "idea", "project"] {
            if let Some(rest) = lower.strip_prefix(prefix) {
                // Optional number, then ':' or '-' or '—'.
                let r = rest.trim_start();
                let r = r.trim_start_matches(|c: char| c.is_ascii_digit() || c == '#');
                let r2 = r.trim_start();
                if let Some(after) = r2
                    .strip_prefix(':')
                    .or_else(|| r2.strip_prefix('：'))
                    .or_else(|| r2.strip_prefix(" -"))
                    .or_else(|| r2.strip_prefix('—'))
                    .or_else(|| r2.strip_prefix("- "))
                {
                    cut = Some(t.len() - after.len());
                }
                break;
            }
        }
        match cut {
            Some(c) if c < t.len() => t = t[c..].trim().to_string(),
            _ => break,
        }
    }
    t.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
        .to_string()
}

/// Removes `<br>` tags and the YAML block marker from a label's inline value.
fn clean_inline(s: &str) -> String {
    let t = replace_br(s, " ");
    let t = t.trim();
    if t == "|" || t == ">" || t == "|-" || t == ">-" {
        String::new()
    } else {
        t.trim_matches(['*', '_']).trim().to_string()
    }
}

fn replace_br(s: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let lower: String = tail
            .chars()
            .take(7)
            .collect::<String>()
            .to_ascii_lowercase();
        if lower.starts_with("<br") || lower.starts_with("</br") {
            if let Some(close) = tail.find('>') {
                out.push_str(with);
                rest = &tail[close + 1..];
                continue;
            }
        }
        out.push('<');
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// Splits a table cell at `<br>` tags.
fn split_br(cell: &str) -> Vec<String> {
    replace_br(cell, "\u{0}")
        .split('\u{0}')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A block of Markdown value text, tidied: `<br>` to newlines, common indentation removed,
/// trailing thematic breaks dropped, blank-line runs collapsed, trimmed.
pub fn clean_block(s: &str) -> String {
    let s = replace_br(s, "\n");
    let mut lines: Vec<&str> = s.lines().map(|l| l.trim_end()).collect();
    while lines
        .last()
        .is_some_and(|l| l.trim().is_empty() || is_thematic_break(l) || l.trim() == "&nbsp;")
    {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for l in lines {
        let l = if l.len() >= indent && l.is_char_boundary(indent) {
            &l[indent..]
        } else {
            l.trim_start()
        };
        let blank = l.trim().is_empty();
        if blank && out.last().is_some_and(|p| p.is_empty()) {
            continue;
        }
        out.push(if blank { String::new() } else { l.to_string() });
    }
    while out
        .last()
        .is_some_and(|l| l.is_empty() || is_thematic_break(l) || l.trim() == "&nbsp;")
    {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    let joined = out.join("\n");
    let t = joined.trim();
    if t == "|" || t == ">" {
        String::new()
    } else {
        t.to_string()
    }
}

fn is_thematic_break(l: &str) -> bool {
    let t: String = l.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_'))
}

/// True if a text looks like a sentence of prose rather than a stray word or link.
fn is_prose(s: &str) -> bool {
    let words = s.split_whitespace().count();
    words >= 4 && s.chars().any(|c| c.is_alphabetic())
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Markdown inline syntax removed: links become their text, emphasis and code marks dropped.
pub fn strip_md(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        if let Some(close) = tail.find(']') {
            let after = &tail[close + 1..];
            if after.starts_with('(') {
                if let Some(p) = after.find(')') {
                    out.push_str(&tail[..close]);
                    rest = &after[p + 1..];
                    continue;
                }
            }
            out.push_str(&tail[..close]);
            rest = after;
            continue;
        }
        out.push('[');
        rest = tail;
    }
    out.push_str(rest);
    let out = replace_br(&out, " ");
    out.replace("**", "")
        .replace("__", "")
        .replace('`', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first item of a value: its first non-empty line, without list markers or Markdown.
fn first_item(value: &str) -> Option<String> {
    value
        .lines()
        .map(|l| strip_md(&l[fields::content_start(l)..]))
        .find(|l| !l.is_empty())
}

/// http(s) URLs in a text, in order, without trailing punctuation.
pub fn extract_urls(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(pos) = text[i..].find("http") {
        let start = i + pos;
        let rest = &text[start..];
        if !(rest.starts_with("http://") || rest.starts_with("https://")) {
            i = start + 4;
            continue;
        }
        let end = rest
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ')' | ']' | '>' | '<' | '"' | '\'' | '|')
            })
            .unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '*', '_']);
        if url.len() > "https://".len() && !out.iter().any(|u| u == url) {
            out.push(url.to_string());
        }
        i = start + end.max(1);
    }
    out
}

/// True for URLs that point at an issue or pull request.
fn is_issue_url(u: &str) -> bool {
    u.contains("/issues/") || u.contains("/pull/")
}

/// GitHub short references `owner/repo#123` as issue URLs.
fn github_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '[' | ']'))
    {
        let Some((repo, num)) = token.split_once('#') else {
            continue;
        };
        let num = num.trim_end_matches(['.', ',', ';', ':']);
        if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let Some((owner, name)) = repo.split_once('/') else {
            continue;
        };
        let ok = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        if ok(owner) && ok(name) && !repo.contains("//") {
            out.push(format!("https://github.com/{owner}/{name}/issues/{num}"));
        }
    }
    out
}

/// Hours written explicitly as a number with an hour unit ("Medium (175h)").
fn explicit_hours(text: &str) -> Option<u32> {
    let t = text.to_ascii_lowercase();
    if !t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    frontmatter::parse_hours(&t).filter(|_| t.contains('h'))
}

/// A year named by the file's path: a path component that is a year, or one distinct year
/// token in the file name ("gsoc-2024.md", "2025/README.md").
fn year_from_path(path: &str) -> Option<u16> {
    frontmatter::find_year(path)
}

/// The organisation an intro paragraph names: "The Kubeflow Community plans ...", "The KubeVirt
/// community is applying ...", "KubeSphere in [Google Summer of Code] ...".
fn org_from_intro(text: &str) -> Option<String> {
    const NOT_NAMES: &[&str] = &[
        "the",
        "our",
        "this",
        "open",
        "source",
        "a",
        "an",
        "your",
        "whole",
        "entire",
        "wider",
        "broader",
        "global",
        "developer",
        "user",
        "research",
    ];
    for line in text.lines().take(40) {
        let clean = strip_md(line);
        let words: Vec<&str> = clean.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let next = words.get(i + 1).map(|n| n.to_lowercase());
            let is_name = |w: &str| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                    && !NOT_NAMES.contains(&w.to_lowercase().as_str())
            };
            if !is_name(w) {
                continue;
            }
            let community = next.as_deref().is_some_and(|n| n.starts_with("community"));
            let in_program = i == 0
                && next.as_deref() == Some("in")
                && words.get(i + 2).is_some_and(|n| {
                    n.starts_with("Google") || n.starts_with("GSoC") || n.starts_with("LFX")
                });
            if community || in_program {
                return Some(w.trim_end_matches('.').to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_their_prefixes() {
        let cases = [
            (
                "Project Title: multi-tenancy/security",
                "multi-tenancy/security",
            ),
            (
                "Title: Deploying Kubeflow with Helm",
                "Deploying Kubeflow with Helm",
            ),
            (
                "Project 12: PostgreSQL integration",
                "PostgreSQL integration",
            ),
            ("Idea 3: Something — else", "Something — else"),
            ("IDEA: Upper", "Upper"),
            ("Harbor CLI", "Harbor CLI"),
            ("Projects in Go", "Projects in Go"),
            ("Project 1", "Project 1"),
        ];
        for (text, want) in cases {
            assert_eq!(clean_title(text), want, "{text:?}");
        }
    }

    #[test]
    fn urls_and_refs() {
        assert_eq!(
            extract_urls("[https://x.io/a/issues/1](https://x.io/a/issues/1)."),
            vec!["https://x.io/a/issues/1"]
        );
        assert_eq!(
            github_refs("Tracking issue: kubeflow/trainer#2432 and spark-operator#2422"),
            vec!["https://github.com/kubeflow/trainer/issues/2432"]
        );
        assert!(github_refs("https://github.com/a/b#readme").is_empty());
    }

    #[test]
    fn blocks_are_tidied() {
        assert_eq!(clean_block("  a\n    b\n\n\n  c\n\n---\n"), "a\n  b\n\nc");
        assert_eq!(clean_block("x<br/>y"), "x\ny");
        assert_eq!(clean_block(" | "), "");
    }

    #[test]
    fn intro_names_the_org() {
        assert_eq!(
            org_from_intro("The Kubeflow Community plans to participate").as_deref(),
            Some("Kubeflow")
        );
        assert_eq!(
            org_from_intro("KubeSphere in [Google Summer of Code](x). You can").as_deref(),
            Some("KubeSphere")
        );
        assert_eq!(org_from_intro("Join the community!"), None);
    }

    #[test]
    fn generic_headings() {
        assert!(is_generic_heading("Project Ideas for 2025 GSoC"));
        assert!(is_generic_heading("Proposed Project ideas"));
        assert!(is_generic_heading("Project 1"));
        assert!(!is_generic_heading("Harbor"));
        assert!(!is_generic_heading("Inspektor Gadget"));
    }
}
