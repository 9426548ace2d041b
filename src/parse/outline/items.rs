//! Idea titles that are not Markdown headings, for lists of ideas written without headings:
//!
//! ```text
//! 1. **Query planner statistics**          <details>
//!    - Description: ...                    <summary><b>Vector tile renderer</b></summary>
//!    - Mentors: ...
//!                                          - **Description:** ...
//! 2. **Replication lag monitor**           - **Mentors:** ...
//!    - Description: ...                    </details>
//! ```
//!
//! A list item that is only a bold title, with the idea's fields nested under it, and the
//! `<summary>` of a collapsible `<details>` block whose content gives the fields, title the
//! fields below them as a heading would. Both need the evidence of a list of ideas: two such
//! titles or more of the same kind (and, for items, the same indentation), each with two
//! distinct idea fields of its own. One bold item with fields below it is more often a group
//! inside an idea ("- **Details**") than an idea.

use super::html::{find_ci, summary_text};
use super::{numbered_bold_title, LineIndex, Range};
use crate::parse::fields::{self, Field};

/// A title found by [`item_titles`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ItemTitle {
    /// 1-based line of the title.
    pub(crate) line: usize,
    /// Byte offset of the start of the line the item (or the `<details>` block) starts on.
    pub(crate) start: usize,
    /// The title as written (Markdown inside is cleaned by the caller).
    pub(crate) title: String,
    /// Byte offset where the text it titles starts.
    pub(crate) body: usize,
    /// True for a `<summary>` (the title sits in a skipped HTML block).
    pub(crate) summary: bool,
}

/// The item and summary titles of the page text from `from` on; `skip` are the byte ranges of
/// code blocks, HTML blocks and tables (sorted), which hold no fields.
///
/// The three kinds of title lines (bold items, "Title:" lines, bold paragraphs) are looked for
/// in one walk over the lines, each line read once.
pub(crate) fn item_titles(
    text: &str,
    from: usize,
    skip: &[Range<usize>],
    lines: &LineIndex,
    headings: usize,
) -> Vec<ItemTitle> {
    let first = lines.line(from) - 1;
    let mut items = BoldItems::default();
    // (Every heading line ends a block: room for them at once, none left behind by growing.)
    let mut title_lines = TitleLines {
        ends: Vec::with_capacity(headings),
        ..TitleLines::default()
    };
    let mut paragraphs = BoldParagraphs {
        ends: Vec::with_capacity(headings),
        ..BoldParagraphs::default()
    };
    for (k, (start, line)) in (first..).zip(lines.lines_from(first)) {
        if skipped(skip, start) {
            paragraphs.skipped_line();
            continue;
        }
        let body = line.trim_end();
        // Most lines start with a word (prose, or a label): no list marker, quote, emphasis or
        // heading, so neither a bold item nor a bold paragraph, and not blank. Only a title
        // line may start so.
        if let Some(i) = body.bytes().position(|b| b != b' ' && b != b'\t') {
            if body.as_bytes()[i].is_ascii_alphabetic() {
                paragraphs.text_before = true;
                if let Some(title) = title_line_at(body, i) {
                    title_lines.title(k, start, title);
                }
                title_lines.term = is_title_term(body);
                continue;
            }
        }
        let shape = Shape::of(body);
        title_lines.line(k, start, body, &shape);
        items.line(text, skip, lines, (k, start, line, body), &shape);
        paragraphs.line(k, start, body, &shape);
    }
    let mut out = items.finish();
    out.extend(summaries(text, skip, lines));
    out.extend(title_lines.finish(text, skip, lines));
    out.extend(paragraphs.finish(text, skip, lines));
    out.sort_by_key(|t| t.start);
    out.dedup_by_key(|t| t.start);
    out
}

/// True if `at` is inside one of the `skip` ranges.
fn skipped(skip: &[Range<usize>], at: usize) -> bool {
    let k = skip.partition_point(|r| r.end <= at);
    skip.get(k).is_some_and(|r| r.start <= at)
}

/// What the three kinds of title read of every line: its indentation (any white space), its
/// first byte after it (none for a blank line), and where its content starts after a list
/// marker, quote or checkbox ([`fields::content_start`]), worked out once.
struct Shape {
    indent: usize,
    first: Option<u8>,
    content: usize,
}

impl Shape {
    fn of(body: &str) -> Self {
        let trimmed = body.trim_start();
        Shape {
            indent: body.len() - trimmed.len(),
            first: trimmed.bytes().next(),
            content: fields::content_start(body),
        }
    }
}

/// The number of distinct idea fields labelled on the lines of `text[range]` that are not
/// skipped.
pub(crate) fn core_fields(text: &str, range: Range<usize>, skip: &[Range<usize>]) -> usize {
    let mut seen: Vec<Field> = Vec::new();
    let mut at = range.start;
    for line in text[range].split_inclusive('\n') {
        if !skipped(skip, at) {
            let line = line.trim_end();
            if let Some(l) = fields::find_label(line, false) {
                // "*Difficulty:* medium. *Requirements:* C": fields that share the line count.
                let more = super::line_fields::more_fields(line, l.value_start);
                for field in std::iter::once(l.field).chain(more.iter().map(|m| m.label.field)) {
                    if field.is_core() && !seen.contains(&field) {
                        seen.push(field);
                    }
                }
            }
        }
        at += line.len();
    }
    seen.len()
}

/// The text of an item that is a short name, not a sentence, a label or marked-up text
/// ("1. Realtime notifications" above its nested fields).
fn plain_title(content: &str) -> Option<&str> {
    let c = content.trim();
    let words = c.split_whitespace().count();
    let plain =
        !c.contains(['*', '_', '`', '[', '<', ':']) && !c.ends_with(['.', '!', '?', ',', ';']);
    (plain && (1..=12).contains(&words) && c.chars().next()?.is_alphanumeric()).then_some(c)
}

/// List items that are only a bold title with two idea fields or more nested below them:
/// candidates with the indentation of their marker.
#[derive(Default)]
struct BoldItems {
    found: Vec<(usize, ItemTitle)>,
}

impl BoldItems {
    /// Line `k` (0-based, not skipped), starting at `start`, `body` without trailing space.
    fn line(
        &mut self,
        text: &str,
        skip: &[Range<usize>],
        lines: &LineIndex,
        (k, start, line, body): (usize, usize, &str, &str),
        shape: &Shape,
    ) {
        let (indent, content) = (shape.indent, shape.content);
        if content <= indent || shape.first == Some(b'>') {
            return;
        }
        let Some(title) =
            fields::bold_only(&body[content..]).or_else(|| plain_title(&body[content..]))
        else {
            return;
        };
        if fields::find_label(body, false).is_some() {
            return;
        }
        // The item's own lines: up to the next line as far left as its marker.
        let end = lines
            .lines_from(k + 1)
            .find(|(_, l)| {
                let t = l.trim_end();
                !t.trim().is_empty() && t.len() - t.trim_start().len() <= indent
            })
            .map_or(text.len(), |(s, _)| s);
        let own = start + line.len();
        if own < end && core_fields(text, own..end, skip) >= 2 {
            self.found.push((
                indent,
                ItemTitle {
                    line: k + 1,
                    start,
                    title: title.to_string(),
                    body: own,
                    summary: false,
                },
            ));
        }
    }

    /// The titles of the indentations that have two or more.
    fn finish(self) -> Vec<ItemTitle> {
        let found = self.found;
        found
            .iter()
            .filter(|(indent, _)| found.iter().filter(|(i, _)| i == indent).count() >= 2)
            .map(|(_, t)| t.clone())
            .collect()
    }
}

/// The title a "Title: Graph layouts" line gives ("**Title:**", "- Idea title: ...",
/// "Project title:", or "项目名称：..." and the other `[title]` labels of `schemas/labels.toml`
/// with a colon), else `None`.
pub(crate) fn title_line(line: &str) -> Option<&str> {
    title_line_at(line, fields::content_start(line))
}

/// [`title_line`] of a line whose content starts at `content` ([`fields::content_start`]).
fn title_line_at(line: &str, content: usize) -> Option<&str> {
    let c = &line[content..];
    let c = c.trim_start_matches(['*', '_']);
    // Most lines are not labels: a title label starts with a letter one of them starts with
    // (or is written in another script), and its colon comes early.
    let lead = *c.as_bytes().first()?;
    if lead.is_ascii() && !title_words().0.contains(&lead.to_ascii_lowercase()) {
        return None;
    }
    let head = &c.as_bytes()[..c.len().min(48)];
    // (No ':' and no first byte of '：' (EF BC 9A) among them: one scan rejects the line.)
    memchr::memchr2(b':', 0xEF, head)?;
    if !head.contains(&b':') && !c.get(..c.len().min(48)).is_some_and(|h| h.contains('：')) {
        return None;
    }
    // English title labels are not in the labels table: as headings they are placeholders
    // ("### Project Title"), not fields.
    let word = ENGLISH_TITLES
        .into_iter()
        .find(|w| c.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)));
    let value_start = if let Some(w) = word {
        let rest = c[w.len()..].trim_start_matches(['*', '_']);
        c.len() - rest.strip_prefix(':')?.len()
    } else {
        // Only a line whose first word starts a title label is worth reading as a label.
        if lead.is_ascii() {
            let first = c.split([' ', ':', '*', '_']).next().unwrap_or("");
            if !title_words()
                .1
                .iter()
                .any(|w| w.eq_ignore_ascii_case(first))
            {
                return None;
            }
        }
        let label = fields::find_label(c, false)?;
        if label.field != Field::Title || !label.has_colon {
            return None;
        }
        label.value_start
    };
    let value = c[value_start..].trim_start_matches(['*', '_']).trim();
    let value = value.trim_end_matches(['*', '_']).trim();
    (!value.is_empty()).then_some(value)
}

/// True for a line that is only an English title label ("Title", "**Project title**").
fn is_title_term(line: &str) -> bool {
    let t = line.trim().trim_matches(['*', '_']).trim();
    ENGLISH_TITLES.iter().any(|w| t.eq_ignore_ascii_case(w))
}

/// Title labels read on lines only (see `title_line`).
pub(crate) const ENGLISH_TITLES: [&str; 4] =
    ["project title", "proposal title", "idea title", "title"];

/// The first letters of every ASCII title label (those of `schemas/labels.toml` and
/// [`ENGLISH_TITLES`]), and the first words of the table's ("program", "mentorship").
fn title_words() -> &'static (Vec<u8>, Vec<String>) {
    static WORDS: std::sync::OnceLock<(Vec<u8>, Vec<String>)> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<String> = fields::known_labels()
            .filter(|(l, f)| *f == Field::Title && l.is_ascii())
            .filter_map(|(l, _)| l.split(' ').next().map(str::to_string))
            .collect();
        words.sort();
        words.dedup();
        let mut letters: Vec<u8> = words
            .iter()
            .map(String::as_str)
            .chain(ENGLISH_TITLES)
            .filter_map(|w| w.bytes().next())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        (letters, words)
    })
}

/// "Title: ..." lines that each start two idea fields or more (up to the next such line or
/// heading), when the page has two or more: ideas written as blocks of fields led by their
/// title, often between thematic breaks. Candidates and the heading lines that end a block.
/// Also "Title" then ": Faster tiles" on the next line: a definition list (kramdown, Pandoc).
#[derive(Default)]
struct TitleLines<'t> {
    found: Vec<(usize, usize, (), &'t str)>,
    ends: Vec<usize>,
    /// Whether the line before is a title label alone (a definition list's term).
    term: bool,
}

impl<'t> TitleLines<'t> {
    /// Line `k` (0-based, not skipped), starting at `start`, `body` without trailing space.
    fn line(&mut self, k: usize, start: usize, body: &'t str, shape: &Shape) {
        let term = std::mem::take(&mut self.term);
        if body.starts_with('#') {
            self.ends.push(start);
        } else if let Some(title) = title_line_at(body, shape.content) {
            self.title(k, start, title);
        } else if let Some(title) = body
            .strip_prefix(": ")
            .map(str::trim)
            .filter(|t| term && !t.is_empty())
        {
            self.title(k, start, title);
        } else {
            self.term = is_title_term(body);
        }
    }

    /// A title line (not a heading): line `k`, starting at `start`, gives `title`.
    fn title(&mut self, k: usize, start: usize, title: &'t str) {
        self.found.push((k, start, (), title));
        self.ends.push(start);
    }

    fn finish(self, text: &str, skip: &[Range<usize>], lines: &LineIndex) -> Vec<ItemTitle> {
        let mut out: Vec<ItemTitle> = titled_blocks(text, skip, lines, &self.found, &self.ends)
            .into_iter()
            .map(|((), t)| t)
            .collect();
        if out.len() < 2 {
            out.clear();
        }
        out
    }
}

/// Paragraphs that start with a line that is only bold ("**Faster tile rendering**",
/// "__Project: Offline maps__") and whose block, up to the next such line or heading, labels
/// two idea fields or more: ideas written with bold lines for titles. It needs two such titles
/// or more, different from each other, under one heading (or before the first): one bold line
/// per heading names a group inside the heading's idea, and a repeated one ("**Details**") is a
/// group in every idea.
///
/// Candidates with the number of the heading section they are in, and the lines that end a
/// block (headings and candidates), and whether the line before is not blank.
#[derive(Default)]
struct BoldParagraphs<'t> {
    found: Vec<(usize, usize, usize, &'t str)>,
    ends: Vec<usize>,
    section: usize,
    /// Where each section's heading line starts (of section 1 on).
    section_starts: Vec<usize>,
    text_before: bool,
}

impl<'t> BoldParagraphs<'t> {
    /// A line in a skipped block (code, HTML, a table): it is not blank.
    fn skipped_line(&mut self) {
        self.text_before = true;
    }

    /// Line `k` (0-based, not skipped), starting at `start`, `body` without trailing space.
    fn line(&mut self, k: usize, start: usize, body: &'t str, shape: &Shape) {
        // (`body` has no white space at its end: it is blank if nothing follows its indent.)
        let was_blank = !std::mem::replace(&mut self.text_before, shape.first.is_some());
        let indent = shape.indent;
        if shape.first == Some(b'#') && indent <= 3 {
            self.section += 1;
            self.section_starts.push(start);
            self.ends.push(start);
            return;
        }
        if !was_blank || indent > 3 || shape.content != indent {
            return;
        }
        // "**Current status:**" with its value below is a label; a numbered bold title
        // ("**[2] Health vault.**") is read as one wherever it is (`numbered_bold_title`).
        let Some(title) = fields::bold_only(body).filter(|_| {
            !body.trim_end_matches(['*', '_']).ends_with(':') && numbered_bold_title(body).is_none()
        }) else {
            return;
        };
        // A full stop ends a sentence, not the title.
        let title = title
            .strip_suffix('.')
            .filter(|t| !t.ends_with('.'))
            .unwrap_or(title);
        // "**Project: Offline maps**" names its block as "## Project: Offline maps" does.
        let named = |l: &fields::Label| {
            matches!(l.field, Field::Component | Field::Title)
                && !body[l.value_start..]
                    .trim_matches(['*', '_', ' '])
                    .is_empty()
        };
        if fields::find_label(body, false).is_some_and(|l| !named(&l)) {
            return;
        }
        self.found.push((k, start, self.section, title));
        self.ends.push(start);
    }

    fn finish(self, text: &str, skip: &[Range<usize>], lines: &LineIndex) -> Vec<ItemTitle> {
        let out = titled_blocks(text, skip, lines, &self.found, &self.ends);
        let listed = |section: usize| {
            let titles: Vec<&str> = out
                .iter()
                .filter(|(s, _)| *s == section)
                .map(|(_, t)| t.title.as_str())
                .collect();
            titles.len() >= 2
                && titles
                    .iter()
                    .all(|t| titles.iter().filter(|u| *u == t).count() == 1)
        };
        // On a page that lists such ideas, a section of one ("### Quux projects" over one
        // bold title and its fields, beside sections of two) lists it too, when the title is
        // none of the listed ones and no field stands above it in its section (then the
        // heading is the idea, the bold line a group inside it).
        let listed_titles: Vec<&str> = (out.iter())
            .filter(|(s, _)| listed(*s))
            .map(|(_, t)| t.title.as_str())
            .collect();
        let lone = |section: usize, t: &ItemTitle| {
            let from = section.checked_sub(1).map_or(0, |k| self.section_starts[k]);
            !listed_titles.is_empty()
                && out.iter().filter(|(s, _)| *s == section).count() == 1
                && !listed_titles.contains(&t.title.as_str())
                && core_fields(text, from..t.start, skip) == 0
        };
        let keep: Vec<bool> = (out.iter())
            .map(|(s, t)| listed(*s) || lone(*s, t))
            .collect();
        out.into_iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|((_, t), _)| t)
            .collect()
    }
}

/// The candidate titles (0-based line, start offset, a tag, title) whose block, up to the next
/// of `ends` (the sorted starts of lines that end a block), labels two idea fields or more.
fn titled_blocks<T: Copy>(
    text: &str,
    skip: &[Range<usize>],
    lines: &LineIndex,
    found: &[(usize, usize, T, &str)],
    ends: &[usize],
) -> Vec<(T, ItemTitle)> {
    found
        .iter()
        .filter_map(|&(k, start, tag, title)| {
            let own = start + lines.nth(k).1.len();
            let end = ends.iter().find(|&&e| e > start).map_or(text.len(), |&e| e);
            let item = || ItemTitle {
                line: k + 1,
                start,
                title: title.to_string(),
                body: own,
                summary: false,
            };
            (own <= end && core_fields(text, own..end, skip) >= 2).then(|| (tag, item()))
        })
        .collect()
}

/// `<summary>` titles of `<details>` blocks with two idea fields or more before `</details>`.
fn summaries(text: &str, skip: &[Range<usize>], lines: &LineIndex) -> Vec<ItemTitle> {
    let mut found = Vec::new();
    for r in skip {
        let block = &text[r.clone()];
        if !block.trim_start().starts_with('<') {
            continue;
        }
        let Some((open, title)) = summary_text(block) else {
            continue;
        };
        let end = find_ci(&text[r.end..], "</details").map_or(text.len(), |i| r.end + i);
        if core_fields(text, r.end..end, skip) >= 2 {
            let line = lines.line(r.start);
            found.push(ItemTitle {
                line: lines.line(r.start + open),
                start: lines.start(line),
                title,
                body: r.end,
                summary: true,
            });
        }
    }
    if found.len() < 2 {
        found.clear();
    }
    found
}

#[cfg(test)]
mod tests;
