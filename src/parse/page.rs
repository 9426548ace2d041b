//! One page of Markdown -> zero, one or many ideas.
//!
//! The page is read in three passes:
//! 1. pulldown-cmark gives the block structure: headings (ATX and setext), code and HTML blocks
//!    (never read for fields, so a template inside a code fence is never an idea), and tables.
//! 2. Every other line is checked for a field label ([`fields::find_label`]); headings are either
//!    labels ("#### Mentors:") or structural ("### Harbor", "#### Harbor CLI").
//! 3. Structural headings split the page into sections. A section whose own labels name at least
//!    two distinct idea fields starts an idea, and so does a heading whose field headings
//!    ("### Mentors" under "## Idea 1", even after a "### Reference Platform" sibling) name two;
//!    deeper sections inside it ("#### Key Objectives") continue it; a heading beside ideas
//!    (same level and parent) with one field of its own is an idea too; anything else is context
//!    (the project heading, "Archived ideas", "## small (90 hours)", whose hours the ideas below
//!    inherit). Tables whose rows carry a title and mentors give one idea per row; key/value
//!    tables (`| Difficulty | Medium |`, or a header of labels over one row of values) are fields
//!    of the idea they sit in. A file whose front-matter describes one idea is that idea, and a
//!    file of field sections without any title is one idea named after the file.
//! 4. Templates give nothing: sections titled "Idea Title" or "Example project", and ideas whose
//!    fields hold `{{ ... }}` placeholders.

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

/// The start of the warning given for an idea without a title (the validator reports it as
/// `missing-title`).
pub const UNTITLED_IDEA: &str = "idea without a title";

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
        // validator reports the missing title; `list` skips it). A template's example idea
        // ("Example project") is none.
        if fm.describes_one_idea
            || (fm.title.is_some() && !body_has_ideas && doc.core_kinds(0..doc.anchors.len()) >= 2)
        {
            let title = fm.title.clone().unwrap_or_default();
            if title.trim().is_empty() {
                // Every idea returned has a title: an untitled one is a warning instead, which
                // the validator reports as `missing-title`.
                warnings.push(Warning {
                    line: 1,
                    message: format!(
                        "{UNTITLED_IDEA}: the front-matter has idea keys but no title"
                    ),
                });
            } else if !is_excluded_heading(&title) {
                ideas.push(doc.single_idea(Some(fm), title, &ctx, skills));
            }
            return ParsedPage { ideas, warnings };
        }
    }
    let mut table_ideas = doc.table_ideas(&ctx, skills);
    for sel in &doc.selected {
        ideas.push(doc.build_idea(sel, &ctx, skills));
    }
    ideas.append(&mut table_ideas);
    if ideas.is_empty() && fm.as_ref().is_none_or(|f| f.title.is_none()) {
        // A page that is one idea whose title is a field: the LFX proposal issue form as
        // GitHub renders it ("### Program Name", "### Program Description", ...).
        let title_field = doc
            .anchors
            .iter()
            .find(|a| a.field == Field::Title)
            .and_then(|a| first_item(&a.value(doc.text)));
        if let Some(title) = title_field.filter(|_| doc.core_kinds(0..doc.anchors.len()) >= 2) {
            ideas.push(doc.single_idea(fm.as_ref(), title, &ctx, skills));
        } else if let Some(title) = doc.title_from_file_name(path) {
            ideas.push(doc.single_idea(fm.as_ref(), title, &ctx, skills));
        }
    }
    // A template's fields hold `{{ ... }}` placeholders: it is not an idea.
    ideas.retain(|i| !i.fields.iter().any(|f| is_mustache_placeholder(&f.value)));
    ideas.sort_by_key(|i| i.idea.source.line);
    ParsedPage { ideas, warnings }
}

/// True for a value that is only a template placeholder: `{{ }}`, `{{ Easy - Hard }}`,
/// `{{ [@foo][] }}`. Hugo shortcodes (`{{< x >}}`, `{{% x %}}`) and Liquid or Hugo variables
/// (`{{ page.mentors }}`, `{{ .Params.x }}`) are not placeholders.
fn is_mustache_placeholder(value: &str) -> bool {
    let t = strip_md(value);
    let t = t.trim().trim_matches('|').trim();
    let Some(inner) = t.strip_prefix("{{").and_then(|r| r.strip_suffix("}}")) else {
        return false;
    };
    if inner.starts_with('<') || inner.starts_with('%') || inner.contains("{{") {
        return false;
    }
    let inner = inner
        .trim()
        .trim_start_matches('-')
        .trim_end_matches('-')
        .trim();
    let variable = !inner.is_empty()
        && inner
            .split('|')
            .next()
            .unwrap_or("")
            .trim()
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    !variable
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
    /// Level of that heading (0 when the field is not a heading).
    level: u8,
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
            Field::Upstream
                | Field::Difficulty
                | Field::Size
                | Field::Component
                | Field::Title
                | Field::Term
                | Field::Other
        ) && !clean_inline(&self.inline).is_empty()
    }

    fn value(&self, text: &str) -> String {
        let v = self.raw_value(text);
        // GitHub renders an issue form's unanswered field as "_No response_".
        if v.trim() == "_No response_" {
            String::new()
        } else {
            v
        }
    }

    fn raw_value(&self, text: &str) -> String {
        let inline = clean_inline(&self.inline);
        if self.is_single_line() {
            return inline;
        }
        let region = &text[self.region.clone()];
        // Link reference definitions ("[id]: https://...") are not part of the value.
        let region: String = if region.lines().any(|l| ref_def(l).is_some()) {
            region
                .lines()
                .filter(|l| ref_def(l).is_none())
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            region.to_string()
        };
        if inline.is_empty() {
            region
        } else {
            format!("{inline}\n{region}")
        }
    }
}

/// A link reference definition `[label]: url`: the lower-cased label and the URL.
fn ref_def(line: &str) -> Option<(String, String)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let t = line.trim();
    let rest = t.strip_prefix('[')?;
    let close = rest.find("]:")?;
    let label = rest[..close].trim();
    if label.is_empty() || label.starts_with('^') {
        return None;
    }
    let url = rest[close + 2..].split_whitespace().next()?;
    let url = url.trim_start_matches('<').trim_end_matches('>');
    Some((label.to_lowercase(), url.to_string()))
}

/// Turns reference-style links (`[text][id]`, `[text][]`, `[id]`) into inline links using the
/// page's definitions, so mentors and URLs read the same either way.
fn resolve_refs(value: &str, refs: &std::collections::HashMap<String, String>) -> String {
    if refs.is_empty() || !value.contains('[') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let Some(close) = tail.find(']') else {
            out.push_str(&rest[i..]);
            rest = "";
            break;
        };
        let text = &tail[..close];
        let after = &tail[close + 1..];
        if after.starts_with('(') {
            out.push('[');
            rest = tail;
            continue;
        }
        let (label, consumed) = match after
            .strip_prefix('[')
            .and_then(|a| a.find(']').map(|c| (&a[..c], c + 2)))
        {
            Some(("", n)) => (text, n),
            Some((l, n)) => (l, n),
            None => (text, 0),
        };
        match refs.get(&label.trim().to_lowercase()) {
            Some(url) => {
                out.push_str(&format!("[{text}]({url})"));
                rest = &after[consumed..];
            }
            None => {
                out.push('[');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A table found in the body.
#[derive(Debug, Clone)]
struct Table {
    /// Byte range of the table in the page.
    range: Range<usize>,
    line: usize,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
    /// The fields the table gives when it is a key/value table of one idea (see
    /// [`Table::read_fields`]); empty otherwise.
    fields: Vec<TableField>,
}

/// One field of a key/value table: `| Difficulty | Medium |` or a header cell and the cell
/// below it.
#[derive(Debug, Clone)]
struct TableField {
    field: Field,
    label: String,
    misspelt: bool,
    /// 1-based line and column of the label cell.
    line: usize,
    column: usize,
    value: String,
}

impl Table {
    /// The label a cell is, if the whole cell is one ("**Difficulty**", "Mentors", "Skills:").
    fn cell_label(cell: &str) -> Option<fields::Label> {
        let cell = strip_md(cell);
        fields::find_label(&cell, true).filter(|l| cell[l.value_start..].trim().is_empty())
    }

    /// True if a header names an idea's title column (the tables [`Document::table_ideas`]
    /// reads one idea per row from).
    fn is_title_header(h: &str) -> bool {
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
    }

    /// Reads the table as the fields of one idea, in one of two shapes:
    /// - vertical: most rows start with a field label and the next cell is its value
    ///   (`| Difficulty | Medium |`, `| Mentors | [@a](..) |`); a header row counts when it is
    ///   itself a field;
    /// - horizontal: most header cells are field labels, there is exactly one row of values and
    ///   no title column.
    ///
    /// Either shape needs two distinct idea fields, so that "| Name | Rating |" tables of
    /// other things are left alone.
    fn read_fields(&self, text: &str, lines: &LineIndex) -> Vec<TableField> {
        let column = |line: usize, cell: &str| {
            let start = lines.start(line);
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let l = &text[start..end];
            // The label text, after any emphasis markers ("**Mentors**").
            let emphasis = cell.len() - cell.trim_start_matches(['*', '_']).len();
            column_of(l, l.find(cell).map_or(0, |i| i + emphasis))
        };
        let make = |label: fields::Label, cell: &str, line: usize, value: &str| TableField {
            field: label.field,
            label: label.text,
            misspelt: label.misspelt,
            line,
            column: column(line, cell),
            value: value.to_string(),
        };
        let mut out = Vec::new();
        // Vertical.
        let mut all_rows: Vec<(usize, &Vec<String>)> = Vec::new();
        if Self::cell_label(self.header.first().map_or("", String::as_str))
            .is_some_and(|l| l.field != Field::Other)
        {
            all_rows.push((self.line, &self.header));
        }
        all_rows.extend(self.rows.iter().map(|(l, c)| (*l, c)));
        let labelled: Vec<(usize, fields::Label, &Vec<String>)> = all_rows
            .iter()
            .filter(|(_, cells)| cells.len() >= 2)
            .filter_map(|(line, cells)| Self::cell_label(&cells[0]).map(|l| (*line, l, *cells)))
            .collect();
        if labelled.len() >= 2 && labelled.len() * 2 >= self.rows.len() {
            for (line, label, cells) in labelled {
                let value = cells[1..].join(" ");
                out.push(make(label, &cells[0], line, value.trim()));
            }
        } else if self.rows.len() == 1 && self.header.len() >= 2 {
            // Horizontal.
            let norm: Vec<String> = self
                .header
                .iter()
                .map(|h| fields::normalize_label(&strip_md(h)))
                .collect();
            let labels: Vec<Option<fields::Label>> =
                self.header.iter().map(|h| Self::cell_label(h)).collect();
            let n = labels.iter().filter(|l| l.is_some()).count();
            if n * 2 >= self.header.len() && !norm.iter().any(|h| Self::is_title_header(h)) {
                let cells = &self.rows[0].1;
                for (i, label) in labels.into_iter().enumerate() {
                    if let (Some(l), Some(v)) = (label, cells.get(i)) {
                        out.push(make(l, &self.header[i], self.line, v.trim()));
                    }
                }
            }
        }
        let mut kinds: Vec<Field> = out
            .iter()
            .map(|f| f.field)
            .filter(|f| f.is_core())
            .collect();
        kinds.sort();
        kinds.dedup();
        if kinds.len() < 2 {
            out.clear();
        }
        out
    }
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
    /// Per heading position: the open context headings per level before it.
    snap_ctx: Vec<[Option<u32>; 7]>,
    /// Per heading position: the open headings (any) per level before it.
    snap_all: Vec<[Option<u32>; 7]>,
    /// Per heading position: per level, the status named by the nearest context heading at
    /// that level or shallower before it.
    snap_status: Vec<[Option<Status>; 7]>,
    /// For each heading, true if it is an idea's heading or inside one.
    in_idea: Vec<bool>,
    /// For each heading, the nearest heading above it with a smaller level.
    parents: Vec<Option<usize>>,
    /// For each heading, the index of the next heading with the same or a smaller level.
    ends: Vec<usize>,
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
        let mut quote_depth = 0usize;
        for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
            let range = (range.start + body_offset)..(range.end + body_offset);
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    in_heading = Some((heading_level(level), range, String::new()));
                }
                Event::End(TagEnd::Heading(_)) => {
                    // Headings inside a blockquote belong to the quoted text (a description
                    // quoted with its own sub-headings), not to the page's structure.
                    if let Some(h) = in_heading.take().filter(|_| quote_depth == 0) {
                        raw_headings.push(h);
                    }
                }
                Event::Start(Tag::BlockQuote(_)) => quote_depth += 1,
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
                Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::HtmlBlock) => {
                    skip.push(range);
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
                                label: f.label.clone(),
                                line: f.line,
                                column: f.column,
                                has_colon: false,
                                misspelt: f.misspelt,
                                heading: false,
                                level: 0,
                                inline: f.value.clone(),
                                region: r.end..r.end,
                            });
                        }
                        if let Some(h) = headings.last_mut() {
                            h.anchors.end = anchors.len();
                        }
                    }
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
                    level: 0,
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
        // Anchors and headings are both in line order: one backward sweep assigns them.
        let mut next_start = anchors.len();
        let mut first = anchors.len();
        for h in headings.iter_mut().rev() {
            while first > 0 && anchors[first - 1].line > h.line {
                first -= 1;
            }
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
            in_idea: Vec::new(),
            parents: Vec::new(),
            ends: Vec::new(),
            snap_ctx: Vec::new(),
            snap_all: Vec::new(),
            snap_status: Vec::new(),
        };
        (doc.parents, doc.ends) = Self::index_tree(&doc.headings);
        doc.selected = doc.select_ideas();
        doc.in_idea = vec![false; doc.headings.len()];
        for s in &doc.selected {
            for flag in &mut doc.in_idea[s.heading..=s.end] {
                *flag = true;
            }
        }
        doc.index_headings();
        doc
    }

    /// Precomputes, for each position before heading `i` (and after the last), the open
    /// headings per level, so that finding an idea's context is constant time rather than a
    /// walk back through the page (which made pages with many ideas quadratic).
    fn index_headings(&mut self) {
        let n = self.headings.len();
        let mut open_ctx: [Option<u32>; 7] = [None; 7];
        let mut open_all: [Option<u32>; 7] = [None; 7];
        let mut status: [Option<Status>; 7] = [None; 7];
        self.snap_ctx = Vec::with_capacity(n + 1);
        self.snap_all = Vec::with_capacity(n + 1);
        self.snap_status = Vec::with_capacity(n + 1);
        for (i, h) in self.headings.iter().enumerate() {
            self.snap_ctx.push(open_ctx);
            self.snap_all.push(open_all);
            self.snap_status.push(status);
            let l = usize::from(h.level.clamp(1, 6));
            open_all[l] = Some(i as u32);
            open_all[l + 1..].fill(None);
            if !self.in_idea[i] {
                open_ctx[l] = Some(i as u32);
                open_ctx[l + 1..].fill(None);
                if let Some(st) = status_of_heading(&h.text) {
                    status[l..].fill(Some(st));
                }
            }
        }
        self.snap_ctx.push(open_ctx);
        self.snap_all.push(open_all);
        self.snap_status.push(status);
    }

    /// Position (in the heading list) of the first heading at or after `line`.
    fn position_of(&self, line: usize) -> usize {
        self.headings.partition_point(|h| h.line < line)
    }

    /// Open headings strictly shallower than `bound`, nearest first, from a snapshot.
    fn open_above(snapshot: &[Option<u32>; 7], bound: u8) -> Vec<usize> {
        let top = usize::from(bound.min(7));
        (1..top)
            .rev()
            .filter_map(|l| snapshot[l].map(|i| i as usize))
            .collect()
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

    /// Index past the last heading of heading `i`'s subtree (the next heading at its level or
    /// above).
    fn subtree_end(&self, i: usize) -> usize {
        self.ends[i]
    }

    /// For every heading: its parent (the nearest heading above with a smaller level) and the
    /// end of its subtree (the next heading with the same or a smaller level), in one pass.
    fn index_tree(headings: &[Heading]) -> (Vec<Option<usize>>, Vec<usize>) {
        let n = headings.len();
        let mut parents = vec![None; n];
        let mut ends = vec![n; n];
        let mut stack: Vec<usize> = Vec::new();
        for (j, h) in headings.iter().enumerate() {
            while let Some(&top) = stack.last() {
                if headings[top].level >= h.level {
                    ends[top] = j;
                    stack.pop();
                } else {
                    break;
                }
            }
            parents[j] = stack.last().copied();
            stack.push(j);
        }
        (parents, ends)
    }

    /// For each heading: true if it or a heading above it is excluded (templates, examples,
    /// custom proposals, placeholder titles such as "Idea Title").
    fn excluded_headings(&self) -> Vec<bool> {
        let mut out = Vec::with_capacity(self.headings.len());
        let mut excluded_below: Option<u8> = None;
        for h in &self.headings {
            if excluded_below.is_some_and(|level| h.level <= level) {
                excluded_below = None;
            }
            if excluded_below.is_none() && is_excluded_heading(&h.text) {
                excluded_below = Some(h.level);
            }
            out.push(excluded_below.is_some());
        }
        out
    }

    /// Chooses which headings start ideas (see the module docs).
    fn select_ideas(&self) -> Vec<Selected> {
        let excluded = self.excluded_headings();
        // A field written as a heading belongs to the nearest heading above it with a smaller
        // level ("### Mentors" to "## Idea 1", even after a "### Reference Platform"
        // sibling): count, for each heading, the fields that are its direct children.
        let mut child_fields: Vec<Vec<Field>> = vec![Vec::new(); self.headings.len()];
        // The open heading per level before each heading position, so the parent of a field
        // heading is found in constant time.
        let mut open: [Option<u32>; 7] = [None; 7];
        let mut snapshots: Vec<[Option<u32>; 7]> = Vec::with_capacity(self.headings.len() + 1);
        for (i, h) in self.headings.iter().enumerate() {
            snapshots.push(open);
            let l = usize::from(h.level.clamp(1, 6));
            open[l] = Some(i as u32);
            open[l + 1..].fill(None);
        }
        snapshots.push(open);
        for a in self.anchors.iter().filter(|a| a.heading) {
            let snapshot = &snapshots[self.position_of(a.line)];
            let parent = (1..usize::from(a.level.clamp(1, 7)))
                .filter_map(|l| snapshot[l].map(|i| i as usize))
                .max();
            if let Some(p) = parent {
                if a.field.is_core() && !child_fields[p].contains(&a.field) {
                    child_fields[p].push(a.field);
                }
            }
        }
        let mut out: Vec<Selected> = Vec::new();
        let mut current: Option<Selected> = None;
        for (i, h) in self.headings.iter().enumerate() {
            if excluded[i] {
                if let Some(c) = current.take() {
                    out.push(c);
                }
                continue;
            }
            let own: Vec<usize> = h.anchors.clone().collect();
            let kinds = self.kinds_of(&own);
            let end = self.subtree_end(i);
            // Fields may sit below sub-headings of the idea ("#### Key Objectives" then
            // "#### Mentors"): count the whole subtree, but only for a heading with a field of
            // its own, and without excluded parts or sub-headings that are ideas of their own
            // (two fields, one of them a field the heading has too: "# Org" with "## Mentors"
            // above "### Idea" with its own mentors).
            let subtree_kinds = if kinds.is_empty() {
                0
            } else {
                let mut idx: Vec<usize> = own.clone();
                let mut j = i + 1;
                while j < end {
                    let jk = self.kinds_of(&self.headings[j].anchors.clone().collect::<Vec<_>>());
                    if excluded[j] || jk.len() >= 2 && jk.iter().any(|k| kinds.contains(k)) {
                        j = self.subtree_end(j);
                        continue;
                    }
                    idx.extend(self.headings[j].anchors.clone());
                    j += 1;
                }
                self.kinds_of(&idx).len()
            };
            // Field headings that are direct children make an idea of their parent, unless a
            // heading below it is such an idea itself (then these are stray fields) or the
            // parent is only a number ("### Project 10" above "#### Title: ...", which titles
            // the idea).
            let by_children = child_fields[i].len() >= 2
                && !is_numbered_heading(&h.text)
                && !(i + 1..end).any(|j| !excluded[j] && child_fields[j].len() >= 2);
            let cur_level = current.as_ref().map(|c| self.headings[c.heading].level);
            let collisions = current.as_ref().map_or(0, |c| {
                let ck = self.kinds_of(&c.anchors);
                kinds.iter().filter(|k| ck.contains(k)).count()
            });
            let starts_new = (kinds.len() >= 2 || subtree_kinds >= 2 || by_children)
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
        self.add_sibling_ideas(&mut out, &excluded);
        out
    }

    /// Index of the heading above heading `j` with a smaller level.
    fn parent_heading(&self, j: usize) -> Option<usize> {
        self.parents[j]
    }

    /// A heading beside ideas (same level, same parent heading) is an idea too when its section
    /// names mentors: on pages where most ideas carry several fields, some carry only "Possible
    /// mentors:" below an unlabelled description. (A sibling "How to apply" with a
    /// "Requirements:" line is not an idea.)
    fn add_sibling_ideas(&self, out: &mut Vec<Selected>, excluded: &[bool]) {
        if out.is_empty() {
            return;
        }
        let idea_slots: std::collections::HashSet<(u8, Option<usize>)> = out
            .iter()
            .map(|s| {
                (
                    self.headings[s.heading].level,
                    self.parent_heading(s.heading),
                )
            })
            .collect();
        let mut extra = Vec::new();
        for (j, h) in self.headings.iter().enumerate() {
            // `out` is in page order with disjoint spans: binary searches, not scans.
            let k = out.partition_point(|s| s.heading <= j);
            let covered = k > 0 && j <= out[k - 1].end;
            if covered || excluded[j] || clean_title(&h.text).is_empty() {
                continue;
            }
            let end = self.subtree_end(j);
            // A heading with ideas below it is their context, not an idea.
            if out.get(k).is_some_and(|s| s.heading < end) {
                continue;
            }
            if !idea_slots.contains(&(h.level, self.parent_heading(j))) {
                continue;
            }
            let anchors: Vec<usize> = (j..end)
                .filter(|&k| !excluded[k])
                .flat_map(|k| self.headings[k].anchors.clone())
                .collect();
            if !self.kinds_of(&anchors).contains(&Field::Mentors) {
                continue;
            }
            extra.push(Selected {
                heading: j,
                anchors,
                end: end - 1,
            });
        }
        out.extend(extra);
        out.sort_by_key(|s| s.heading);
    }

    /// Hours stated by a section heading above an idea ("## large (350 hours)"), for ideas
    /// that do not give their own size.
    fn section_hours(&self, line: usize, level: u8) -> Option<u32> {
        let bound = if level == 0 { u8::MAX } else { level };
        let snapshot = &self.snap_all[self.position_of(line)];
        Self::open_above(snapshot, bound)
            .into_iter()
            .find_map(|i| heading_hours(&self.headings[i].text))
    }

    /// The org and status of an idea at `line` with heading `level` (0 for table rows), from
    /// the headings above it.
    fn heading_context(&self, line: usize, level: u8) -> (Option<String>, Option<Status>) {
        let pos = self.position_of(line);
        // The previous idea's heading line (ideas are in page order).
        let before = self
            .selected
            .partition_point(|s| self.headings[s.heading].line < line);
        let prev_idea_line = before
            .checked_sub(1)
            .map_or(0, |k| self.headings[self.selected[k].heading].line);
        // Ancestors: the open context headings shallower than the idea.
        let bound = if level == 0 { u8::MAX } else { level };
        let mut ancestors = Self::open_above(&self.snap_ctx[pos], bound);
        let mut org = ancestors
            .iter()
            .map(|&i| &self.headings[i])
            .find(|h| !is_generic_heading(&h.text))
            .map(|h| clean_title(&h.text));
        if ancestors.is_empty() && level > 0 {
            // A stray higher-level heading ("# Title" under "### Project"): the project is the
            // nearest deeper context heading since the previous idea, and its ancestors are
            // the idea's context.
            let stray = (0..pos)
                .rev()
                .take_while(|&i| self.headings[i].line > prev_idea_line)
                .filter(|&i| !self.in_idea[i])
                .find(|&i| {
                    let h = &self.headings[i];
                    h.level > level && !is_generic_heading(&h.text)
                });
            if let Some(s) = stray {
                org = Some(clean_title(&self.headings[s].text));
                ancestors.push(s);
                ancestors.extend(Self::open_above(&self.snap_ctx[s], self.headings[s].level));
            }
        }
        let status = ancestors
            .iter()
            .find_map(|&i| status_of_heading(&self.headings[i].text))
            .or_else(|| {
                // "## Proposed ideas" above a stray "## project" heading still applies.
                let top = usize::from(self.headings[*ancestors.first()?].level.clamp(1, 6));
                self.snap_status[pos][top]
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
        let (title, title_size) = split_title_size(&clean_title(&h.text));
        let mut b = IdeaBuilder::new(title, h.line, ctx);
        b.org_heading = org;
        b.status = status;
        b.collect(self.text, &anchors, Some(lead), skills);
        if b.hours.is_none() {
            b.hours = title_size.or_else(|| self.section_hours(h.line, h.level));
        }
        b.finish(ctx, skills)
    }

    /// The title of a page that is one idea written as field sections (`## Project Goal`,
    /// `## Skills`, `## Outcomes`, `## Mentors`: at least three distinct idea fields as
    /// headings) with no title of its own (no H1, no front-matter title, no idea found): the
    /// file name, as the site that lists these files uses it ("tekton-integration.md" ->
    /// "Tekton integration"). Generic names ("README", "ideas") give none.
    fn title_from_file_name(&self, path: &str) -> Option<String> {
        if self.headings.iter().any(|h| h.level == 1) {
            return None;
        }
        let mut kinds: Vec<Field> = self
            .anchors
            .iter()
            .filter(|a| a.heading && a.field.is_core())
            .map(|a| a.field)
            .collect();
        kinds.sort();
        kinds.dedup();
        if kinds.len() < 3 {
            return None;
        }
        title_from_path(path)
    }

    /// The whole page as one idea: a file whose front-matter describes it, or (with `fm`
    /// `None`) a file of field sections titled by its name.
    fn single_idea(
        &self,
        fm: Option<&FrontMatter>,
        title: String,
        ctx: &PageContext,
        skills: &SkillTable,
    ) -> ParsedIdea {
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
        if let Some(fm) = fm {
            b.apply_front_matter(fm);
        }
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
            if inside_idea || !t.fields.is_empty() || self.in_excluded_section(t.line) {
                continue;
            }
            let norm: Vec<String> = t
                .header
                .iter()
                .map(|h| fields::normalize_label(&strip_md(h)))
                .collect();
            let find_col = |pred: &dyn Fn(&str) -> bool| norm.iter().position(|h| pred(h));
            let Some(title_col) = find_col(&Table::is_title_header) else {
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
                b.hours = cell(size_col)
                    .and_then(frontmatter::parse_hours)
                    .or_else(|| self.section_hours(*line, 0));
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
    /// True if the page writes mentors handle first ("lijingrs (Amos Li)") somewhere: then
    /// every "token (Name)" mentor on the page is read that way.
    mentors_handle_first: bool,
    /// Link reference definitions of the page (lower-cased label -> URL).
    refs: std::collections::HashMap<String, String>,
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
            .or_else(|| {
                // Intro text under a later heading before the ideas ("# Summer OSPP" then
                // "## KubeSphere" with "KubeSphere in [Summer 2021 ...]").
                doc.headings
                    .iter()
                    .take_while(|h| h.line < first_idea_line)
                    .find_map(|h| org_from_intro(&doc.text[h.body.clone()]))
            })
            .or_else(|| defaults.org.clone());
        PageContext {
            refs: text.lines().filter_map(ref_def).collect(),
            path: path.to_string(),
            program,
            year,
            term,
            org,
            url: fm.and_then(|f| f.source_url.clone()),
            mentors_handle_first: doc
                .anchors
                .iter()
                .filter(|a| a.field == Field::Mentors)
                .any(|a| shows_handle_first(&a.value(doc.text))),
        }
    }
}

/// Accumulates one idea's fields.
struct IdeaBuilder {
    refs: std::collections::HashMap<String, String>,
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
    mentors_handle_first: bool,
}

impl IdeaBuilder {
    fn new(title: String, line: usize, ctx: &PageContext) -> Self {
        IdeaBuilder {
            refs: ctx.refs.clone(),
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
            mentors_handle_first: ctx.mentors_handle_first,
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
        let desc_headings = anchors
            .iter()
            .filter(|a| a.field == Field::Description)
            .all(|a| a.heading);
        for a in anchors {
            let value = resolve_refs(&a.value(text), &self.refs);
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
                    let value = if self.mentors_handle_first {
                        handle_first_mentors(&value)
                    } else {
                        value
                    };
                    self.mentors.extend(parse_mentors(&value));
                }
                Field::Difficulty => {
                    // The level is on the first line ("**Medium to difficult**, you will
                    // need:"); what follows is prose or, under a "Difficulty & Requirements"
                    // label, the skills.
                    let (first, rest) = first_paragraph(&value);
                    if self.difficulty.is_none() {
                        self.difficulty = difficulty_in(first);
                    }
                    if self.hours.is_none() {
                        self.hours = explicit_hours(first);
                    }
                    if fields::names_skills(&a.label) {
                        self.skills_raw.push(list_items(rest));
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
                Field::Term => {
                    if self.term.is_none() {
                        self.term = first_item(&value);
                    }
                    if self.year.is_none() {
                        self.year = self.term.as_deref().and_then(frontmatter::find_year);
                    }
                }
                Field::Title | Field::Other => {}
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
            // Under a title whose fields are headings, prose before the first field heading
            // introduces the idea: "## Idea\nWe continue ...\n### Details\nExamples:".
            let lead_prose = lead
                .as_ref()
                .filter(|_| desc_headings && !desc_parts.is_empty())
                .map(|(r, _)| clean_block(&text[r.clone()]))
                .filter(|l| is_prose(l));
            let d = lead_prose
                .into_iter()
                .chain(desc_parts.iter().map(|d| clean_block(d)))
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
            .or(self.component.take())
            .map(|o| clean_org(&o))
            .filter(|o| !o.is_empty());
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
/// introduce a list rather than name skills, and without lettered list markers ("a. nix and
/// bash"), which are not skills.
fn without_lead_ins(raw: &str) -> String {
    raw.lines()
        .filter(|l| {
            let t = l.trim().trim_end_matches(['*', '_', ' ']);
            !(t.ends_with(':') && t.split_whitespace().count() > 3)
        })
        .map(|l| {
            let t = l.trim_start();
            let mut chars = t.chars();
            match (chars.next(), chars.next(), chars.next()) {
                (Some('a'..='z'), Some('.' | ')'), Some(' ')) => &t[3..],
                _ => l,
            }
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
        || is_placeholder_title(text)
}

/// Titles a template leaves for the author to fill in: "Idea Title", "Project Title", "Your
/// project name", "{{ title }}", "[Idea name]". A bare "Title" or "Name" is not one: pages
/// with fields as headings write "#### Title" above the real title.
pub fn is_placeholder_title(text: &str) -> bool {
    let t = text.trim();
    if t.starts_with("{{") && t.ends_with("}}") {
        return true;
    }
    let t = t
        .trim_start_matches(['[', '<'])
        .trim_end_matches([']', '>']);
    let t = clean_title(t).to_lowercase();
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<&str> = words
        .into_iter()
        .filter(|w| !["your", "the", "of", "here", "goes", "short"].contains(w))
        .collect();
    matches!(
        words.as_slice(),
        ["idea" | "project" | "proposal", "title" | "name"]
            | ["project", "idea", "title" | "name"]
            | ["title" | "name", "idea" | "project"]
            | ["tbd" | "tba" | "todo" | "xxx"]
    )
}

/// A title from a file name: the stem, words split at `-` and `_`, first letter capitalised.
/// A double underscore separates path parts in a flattened name ("gsoc__my-idea.md"); only the
/// last part is the file's own name.
fn title_from_path(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let stem = stem
        .rsplit("__")
        .find(|p| p.chars().any(char::is_alphanumeric))
        .unwrap_or("");
    let words: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let lower = words.join(" ").to_lowercase();
    if words.is_empty()
        || is_generic_heading(&lower)
        || is_excluded_heading(&lower)
        || ["readme", "index", "main", "home", "draft", "page", "notes"].contains(&lower.as_str())
    {
        return None;
    }
    let mut title = words.join(" ");
    if let Some(first) = title.chars().next() {
        let upper: String = first.to_uppercase().collect();
        title.replace_range(..first.len_utf8(), &upper);
    }
    Some(title)
}

/// A heading that only numbers a project: "Project 1", "Idea #3:", "Project".
fn is_numbered_heading(text: &str) -> bool {
    let t = text.to_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() <= 3
        && words
            .first()
            .is_some_and(|w| *w == "project" || *w == "idea")
        && words.iter().skip(1).all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '#')
        })
}

/// Hours a short section heading states with a unit: "small (90 hours)", "Large projects
/// (350 h)". A size word alone ("## Medium") is not enough: pages also group ideas by
/// difficulty.
fn heading_hours(text: &str) -> Option<u32> {
    (text.split_whitespace().count() <= 6)
        .then(|| hours_with_unit(text))
        .flatten()
}

/// Headings that name a part of the page rather than a project: "Project Ideas for 2025 GSoC",
/// "Proposed Project ideas", "Project 1", "Archived ideas", "small (90 hours)".
fn is_generic_heading(text: &str) -> bool {
    let t = text.to_lowercase();
    let t = t.trim();
    if t.is_empty() || heading_hours(t).is_some() {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if is_numbered_heading(t) {
        return true;
    }
    [
        "idea",
        "proposal",
        "summer of code",
        "gsoc",
        "lfx",
        "ospp",
        "open source promotion plan",
        "outreachy",
        "season of docs",
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
    strip_liquid_tags(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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

/// A title without a trailing size remark, and the hours that remark names:
/// "New plugin (Size: Medium)" -> ("New plugin", Some(175)).
fn split_title_size(title: &str) -> (String, Option<u32>) {
    let t = title.trim_end();
    if let Some(open) = t.rfind('(') {
        let inner = &t[open + 1..];
        if let Some(inner) = inner.strip_suffix(')') {
            let lower = inner.trim().to_lowercase();
            if let Some(size) = lower
                .strip_prefix("size:")
                .or_else(|| lower.strip_prefix("size "))
            {
                if let Some(hours) = frontmatter::parse_hours(size.trim()) {
                    return (t[..open].trim_end().to_string(), Some(hours));
                }
            }
        }
    }
    (title.to_string(), None)
}

/// An organisation name without a parenthesised URL: "Kubebuilder (https://github.com/...)"
/// -> "Kubebuilder".
fn clean_org(org: &str) -> String {
    let mut o = strip_md(org);
    if let Some(open) = o.find("(http") {
        if o.trim_end().ends_with(')') {
            o.truncate(open);
        }
    }
    o.trim()
        .trim_end_matches([':', '-', '–', '—'])
        .trim()
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
    let mut marker = None;
    let mut count = 0;
    for c in l.chars().filter(|c| !c.is_whitespace()) {
        match marker {
            None if matches!(c, '-' | '*' | '_') => marker = Some(c),
            Some(m) if m == c => {}
            _ => return false,
        }
        count += 1;
    }
    count >= 3
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
            // A reference-style link "[text][ref]" or "[text][]": the label is not text.
            rest = match after
                .strip_prefix('[')
                .and_then(|a| a.find(']').map(|c| &a[c + 1..]))
            {
                Some(r) => r,
                None => after,
            };
            continue;
        }
        out.push('[');
        rest = tail;
    }
    out.push_str(rest);
    let out = strip_liquid_tags(&replace_br(&out, " "));
    out.replace("**", "")
        .replace("__", "")
        .replace('`', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text without Liquid/Jekyll tags (`{% include x %}`); variables (`{{ x }}`) are kept, as they
/// may be the text itself.
fn strip_liquid_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("{%") {
        out.push_str(&rest[..i]);
        match rest[i..].find("%}") {
            Some(j) => rest = &rest[i + j + 2..],
            None => {
                rest = &rest[i..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The entries of a mentor list written "token (Words)", on each line: byte ranges split at
/// top-level commas and semicolons, with the token and the parenthesised words.
fn token_name_entries(line: &str) -> Vec<(usize, usize, &str, &str)> {
    // (token, words in parentheses) of an entry written exactly "token (words)".
    fn split_entry(entry: &str) -> Option<(&str, &str)> {
        let e = entry.trim().trim_start_matches(['-', '*', '+']).trim();
        let (token, rest) = e.split_once(' ')?;
        let inner = rest.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
        let token_ok = crate::parse::mentors::is_valid_github_handle(token);
        let name_ok = !inner.is_empty()
            && inner.split_whitespace().count() <= 4
            && inner.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
            });
        (token_ok && name_ok && !looks_like_first_name(token)).then_some((token, inner))
    }
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    let mut push = |a: usize, b: usize| {
        if let Some((token, inner)) = split_entry(&line[a..b]) {
            out.push((a, b, token, inner));
        }
    };
    for (i, c) in line.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' | ';' if depth == 0 => {
                push(start, i);
                start = i + 1;
            }
            _ => {}
        }
    }
    push(start, line.len());
    out
}

/// True for a capitalised word ("Jane"): a first name rather than a handle.
fn looks_like_first_name(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// True if a mentor list is written handle first: an entry is a handle-like token (not a
/// capitalised word such as "Jane") followed by a full name of two or more capitalised words,
/// "lijingrs (Amos Li)". "token (Name)" alone is ambiguous ("Heiko (karlnapf)" is name first).
fn shows_handle_first(value: &str) -> bool {
    value.lines().any(|line| {
        token_name_entries(line)
            .iter()
            .any(|(_, _, _, inner)| inner.split_whitespace().count() >= 2)
    })
}

/// A mentor list written handle first, "lijingrs (Amos Li)", rewritten name first, "Amos Li
/// (@lijingrs)", the way [`parse_mentors`] reads people. Other text is left as written.
fn handle_first_mentors(value: &str) -> String {
    let mut out = Vec::new();
    for line in value.lines() {
        let mut rewritten = String::new();
        let mut last = 0;
        for (a, b, token, inner) in token_name_entries(line) {
            let e = &line[a..b];
            let lead = &e[..e.find(token).unwrap_or(0)];
            rewritten.push_str(&line[last..a]);
            rewritten.push_str(&format!("{lead}{inner} (@{token})"));
            last = b;
        }
        rewritten.push_str(&line[last..]);
        out.push(rewritten);
    }
    out.join("\n")
}

/// The list items of a text ("You need to know:\n * C++\n * Python" -> the two items), or
/// the whole text when it has no list.
fn list_items(text: &str) -> String {
    let is_item = |l: &str| {
        let start = fields::content_start(l);
        start > l.len() - l.trim_start().len()
    };
    let mut out = Vec::new();
    let mut in_item = false;
    for l in text.lines() {
        if is_item(l) {
            in_item = true;
            out.push(l);
        } else if in_item && l.starts_with([' ', '\t']) && !l.trim().is_empty() {
            out.push(l);
        } else {
            in_item = false;
        }
    }
    if out.is_empty() {
        text.to_string()
    } else {
        out.join("\n")
    }
}

/// A value split after its first paragraph (at the first blank line following some text).
fn first_paragraph(value: &str) -> (&str, &str) {
    let mut seen_text = false;
    let mut offset = 0;
    for line in value.split_inclusive('\n') {
        if line.trim().is_empty() {
            if seen_text {
                return (&value[..offset], &value[offset..]);
            }
        } else {
            seen_text = true;
        }
        offset += line.len();
    }
    (value, "")
}

/// The difficulty a value states on its first line ("**Medium to difficult**, you will
/// need:"). Later lines are prose or skills, where words such as "basic" or "high" do not rate
/// the idea.
fn difficulty_in(value: &str) -> Option<Difficulty> {
    first_item(&replace_br(value, "\n")).and_then(|line| Difficulty::parse(&line))
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

/// Hours written explicitly as a number with an hour unit ("Medium (175h)", "350 hours",
/// "~90 hrs"); a size word or a number without unit is not enough.
fn explicit_hours(text: &str) -> Option<u32> {
    hours_with_unit(text)
}

/// The first number directly followed by an hour unit (`h`, `hr`, `hrs`, `hour`, `hours`).
fn hours_with_unit(text: &str) -> Option<u32> {
    let t = text.to_ascii_lowercase();
    let bytes = t.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let rest = t[i..].trim_start_matches(['+', ' ', '~']);
            let unit = ["hours", "hour", "hrs", "hr", "h"]
                .iter()
                .find(|u| rest.starts_with(*u))
                .is_some_and(|u| {
                    !rest[u.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric())
                });
            if unit {
                let n: u32 = t[start..i].parse().unwrap_or(0);
                if (1..=2000).contains(&n) {
                    return Some(n);
                }
            }
            continue;
        }
        i += 1;
    }
    None
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
                    ["Google", "GSoC", "LFX", "Summer", "OSPP", "Outreachy"]
                        .iter()
                        .any(|p| n.starts_with(p))
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
    fn reference_links_resolve() {
        let refs: std::collections::HashMap<String, String> = [
            "[rick]: https://github.com/rickrow",
            "  [Sue]: <https://github.com/suestern> \"t\"",
        ]
        .iter()
        .filter_map(|l| ref_def(l))
        .collect();
        assert_eq!(refs.len(), 2);
        assert_eq!(
            resolve_refs("[Rick Row][rick], [Sue][], [x](y), [nope][zz]", &refs),
            "[Rick Row](https://github.com/rickrow), [Sue](https://github.com/suestern), [x](y), [nope][zz]"
        );
        assert_eq!(ref_def("    [a]: indented code"), None);
        assert_eq!(ref_def("[^1]: footnote"), None);
    }

    #[test]
    fn markdown_is_stripped_from_text() {
        assert_eq!(strip_md("[Rick Row][rick] and [Sue][]"), "Rick Row and Sue");
        assert_eq!(strip_md("[A](https://x) **b** `c`"), "A b c");
        assert_eq!(strip_md("Title {% raw %}here{% endraw %}"), "Title here");
        assert_eq!(strip_md("unclosed {% tag"), "unclosed {% tag");
    }

    #[test]
    fn size_remarks_leave_the_title() {
        assert_eq!(
            split_title_size("New plugin (Size: Medium)"),
            ("New plugin".to_string(), Some(175))
        );
        assert_eq!(split_title_size("Dashboards (size: large)").1, Some(350));
        assert_eq!(
            split_title_size("Support (experimental) things"),
            ("Support (experimental) things".to_string(), None)
        );
        assert_eq!(
            clean_org("Kubebuilder (https://github.com/kubernetes-sigs/kubebuilder)"),
            "Kubebuilder"
        );
        assert_eq!(clean_org("[Harbor](https://goharbor.io)"), "Harbor");
    }

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
        assert_eq!(
            org_from_intro("KubeSphere in [Summer 2021 of Open Source Promotion Plan](x).")
                .as_deref(),
            Some("KubeSphere")
        );
        assert_eq!(org_from_intro("Join the community!"), None);
    }

    #[test]
    fn template_placeholders() {
        for t in [
            "Idea Title",
            " Project Title ",
            "Your project name",
            "Name of the idea",
            "{{ title }}",
            "[Idea name]",
        ] {
            assert!(is_placeholder_title(t), "{t:?}");
            assert!(is_excluded_heading(t), "{t:?}");
        }
        for t in [
            "Title",
            "Name",
            "Project 1",
            "Harbor CLI",
            "Idea: Title matching",
        ] {
            assert!(!is_placeholder_title(t), "{t:?}");
        }
        for v in [
            "{{ }}",
            "{{ Trivial - Easy - Moderate - Hard }}",
            "{{ [@foo][], [@bar][] }}",
        ] {
            assert!(is_mustache_placeholder(v), "{v:?}");
        }
        for v in [
            "{{ page.mentors }}",
            "{{ .Params.size }}",
            "{{< figure src=x >}}",
            "Medium",
            "",
        ] {
            assert!(!is_mustache_placeholder(v), "{v:?}");
        }
    }

    #[test]
    fn hours_need_a_unit() {
        let cases = [
            ("Medium (175h)", Some(175)),
            ("**High** (350 hours)", Some(350)),
            ("~90 hrs", Some(90)),
            ("medium", None),
            ("see nixpkgs#258250 and 0.1.0 here", None),
            ("2 hard problems", None),
        ];
        for (text, want) in cases {
            assert_eq!(explicit_hours(text), want, "{text:?}");
        }
        assert_eq!(heading_hours("small (90 hours)"), Some(90));
        assert_eq!(heading_hours("Medium"), None);
        assert!(is_generic_heading("large (350 hours)"));
    }

    #[test]
    fn difficulty_is_read_from_the_first_line() {
        let cases = [
            (
                "**Medium to difficult**, you will need:\n\n * basic C++",
                "medium-hard",
            ),
            ("\nmedium\n", "medium"),
            ("Medium or hard.", "medium-hard"),
            ("**Easy to medium**\n\nHigh impact work", "easy-medium"),
        ];
        for (text, want) in cases {
            let got = difficulty_in(text).map(|d| d.to_string());
            assert_eq!(got.as_deref(), Some(want), "{text:?}");
        }
        assert_eq!(first_paragraph("a\nb\n\nc"), ("a\nb\n", "\nc"));
        assert_eq!(
            list_items("You need:\n * C++\n   (modern)\n * Go\nThanks"),
            " * C++\n   (modern)\n * Go"
        );
    }

    #[test]
    fn titles_from_file_names() {
        let cases = [
            (
                "gsoc/kube-tekton-integration.md",
                Some("Kube tekton integration"),
            ),
            ("a__b__harbour_crane.md", Some("Harbour crane")),
            ("C:\\x\\tidy-paths.markdown", Some("Tidy paths")),
            ("ideas/README.md", None),
            ("gsoc-2024-ideas.md", None),
            ("_template.md", None),
        ];
        for (path, want) in cases {
            assert_eq!(title_from_path(path).as_deref(), want, "{path:?}");
        }
    }

    #[test]
    fn mentor_lists_written_handle_first() {
        assert!(shows_handle_first("- lijing (Amos Li)\n- ydan (Cookie)"));
        assert!(!shows_handle_first("- lijing (AmosLi)"));
        assert!(!shows_handle_first("- Jane (Red Hat)"));
        assert!(!shows_handle_first("Heiko (github: karlnapf, IRC: x)"));
        assert_eq!(
            handle_first_mentors("  - lijing (Amos Li)\nydan (Cookie), Jane (Red Hat)"),
            "  - Amos Li (@lijing)\nCookie (@ydan), Jane (Red Hat)"
        );
    }

    #[test]
    fn generic_headings() {
        assert!(is_generic_heading("Project Ideas for 2025 GSoC"));
        assert!(is_generic_heading("Proposed Project ideas"));
        assert!(is_generic_heading("Project 1"));
        assert!(is_generic_heading("Summer OSPP"));
        assert!(!is_generic_heading("Harbor"));
        assert!(!is_generic_heading("Inspektor Gadget"));
    }
}
