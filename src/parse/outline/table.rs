//! Tables of the outline: their cells as written, and the fields a key/value table gives.

use super::html::find_ci;
use super::{column_of, LineIndex};
use crate::parse::fields::{self, Field};
use crate::parse::text::strip_md;
use std::borrow::Cow;
use std::ops::Range;

/// A table found in the body.
#[derive(Debug, Clone)]
pub(crate) struct Table<'t> {
    /// Byte range of the table in the page.
    pub(crate) range: Range<usize>,
    pub(crate) line: usize,
    /// Cells as written (a Markdown table's), or rewritten as Markdown (an HTML table's).
    pub(crate) header: Vec<Cow<'t, str>>,
    pub(crate) rows: Vec<(usize, Vec<Cow<'t, str>>)>,
    /// The fields the table gives when it is a key/value table of one idea (see
    /// [`Table::read_fields`]); empty otherwise.
    pub(crate) fields: Vec<TableField>,
}

/// One field of a key/value table: `| Difficulty | Medium |` or a header cell and the cell
/// below it.
#[derive(Debug, Clone)]
pub(crate) struct TableField {
    pub(crate) field: Field,
    pub(crate) label: String,
    pub(crate) misspelt: bool,
    /// 1-based line and column of the label cell.
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) value: String,
}

impl<'t> Table<'t> {
    /// The label a cell is, if the whole cell is one ("**Difficulty**", "Mentors", "Skills:").
    pub(crate) fn cell_label(cell: &str) -> Option<fields::Label> {
        let cell = strip_md(cell);
        // A key cell "Title" (kept out of the labels table, where it would be a placeholder
        // heading or a word of prose) names the idea, as a title line does.
        let bare = cell.trim().trim_end_matches([':', '：']).trim();
        if super::items::ENGLISH_TITLES
            .iter()
            .any(|t| t.eq_ignore_ascii_case(bare))
        {
            return Some(fields::Label {
                field: Field::Title,
                text: bare.to_string(),
                value_start: cell.len(),
                has_colon: bare.len() < cell.trim().len(),
                misspelt: false,
            });
        }
        fields::find_label(&cell, true).filter(|l| cell[l.value_start..].trim().is_empty())
    }

    /// True if a header names an idea's title column (the tables table-rows layout
    /// reads one idea per row from).
    pub(crate) fn is_title_header(h: &str) -> bool {
        // "Project type", "Project size", "Idea difficulty": a header that is another
        // field's label names that field, not the title.
        if fields::lookup(h).is_some_and(|(f, _)| f.is_core()) {
            return false;
        }
        [
            "project",
            "title",
            "idea",
            "project idea",
            "name",
            "project name",
            "proposal",
            "topic",
        ]
        .contains(&h)
            || h.starts_with("project")
            || h.starts_with("idea")
            || fields::lookup(h).is_some_and(|(f, _)| f == Field::Title)
    }

    /// A table of people under a mentors header (`| Mentor | GitHub | Email |`, one mentor per
    /// row), as the lines of a mentors field ("- Lia Ross (@liaross, lia@example.org)"); every
    /// other column must be a fact about a person.
    fn mentor_rows(&self) -> Option<String> {
        let first = Self::cell_label(self.header.first()?)?;
        if first.field != Field::Mentors || self.header.len() < 2 || self.rows.is_empty() {
            return None;
        }
        #[derive(PartialEq)]
        enum Col {
            Handle,
            Email,
            Other,
        }
        let cols: Vec<Col> = self.header[1..]
            .iter()
            .map(|h| {
                // "GitHub" -> "git hub" -> "github"; "E-mail" -> "email".
                let key: String = fields::normalize_label(&strip_md(h))
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                match key.as_str() {
                    "github" | "githubhandle" | "githubid" | "githubusername" | "handle"
                    | "username" | "gh" => Some(Col::Handle),
                    "email" | "mail" | "emailaddress" | "contact" => Some(Col::Email),
                    "name" | "affiliation" | "organization" | "organisation" | "company"
                    | "role" | "timezone" => Some(Col::Other),
                    _ => None,
                }
            })
            .collect::<Option<_>>()?;
        let mut value = String::new();
        for (_, cells) in &self.rows {
            let name = strip_md(cells.first().map_or("", |c| c.as_ref()))
                .trim()
                .to_string();
            let mut extra = Vec::new();
            for (col, cell) in cols.iter().zip(cells.iter().skip(1)) {
                let cell = cell.trim();
                match col {
                    Col::Handle if !cell.is_empty() && !cell.contains(['(', ')']) => {
                        // A link to the profile is kept as written; a bare login gets its `@`.
                        if cell.starts_with('[') || cell.starts_with("http") {
                            extra.push(cell.to_string());
                        } else {
                            extra.push(format!("@{}", cell.trim_start_matches('@')));
                        }
                    }
                    Col::Email if !cell.is_empty() && !cell.contains(['(', ')']) => {
                        extra.push(cell.to_string());
                    }
                    _ => {}
                }
            }
            if name.is_empty() && extra.is_empty() {
                continue;
            }
            value.push_str("- ");
            value.push_str(&name);
            if !extra.is_empty() {
                value.push_str(&format!(" ({})", extra.join(", ")));
            }
            value.push('\n');
        }
        (!value.is_empty()).then_some(value)
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
    pub(crate) fn read_fields(&self, text: &str, lines: &LineIndex) -> Vec<TableField> {
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
        if let Some(value) = self.mentor_rows() {
            // A table of the mentors alone: one field, whatever the two-field rule says.
            let label = Self::cell_label(&self.header[0]).expect("checked by mentor_rows");
            return vec![make(label, &self.header[0], self.line, &value)];
        }
        let mut out = Vec::new();
        // Vertical.
        let mut all_rows: Vec<(usize, &Vec<Cow<'t, str>>)> = Vec::new();
        if Self::cell_label(self.header.first().map_or("", |c| c.as_ref()))
            .is_some_and(|l| l.field != Field::Other)
        {
            all_rows.push((self.line, &self.header));
        }
        all_rows.extend(self.rows.iter().map(|(l, c)| (*l, c)));
        let labelled: Vec<(usize, fields::Label, &Vec<Cow<'t, str>>)> = all_rows
            .iter()
            .filter(|(_, cells)| cells.len() >= 2)
            .filter_map(|(line, cells)| Self::cell_label(&cells[0]).map(|l| (*line, l, *cells)))
            .collect();
        // Most rows labelled; or a two-column table, which holds no ideas side by side (a
        // "Category | Rating" table with star ratings above its "Skills needed" row).
        let two_columns = self.header.len() == 2 && self.rows.iter().all(|(_, c)| c.len() <= 2);
        if labelled.len() >= 2 && (labelled.len() * 2 >= self.rows.len() || two_columns) {
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
        // A legend of the fields ("| Difficulty | `Easy, Intermediate or Hard` |", "| Size |
        // `90 hours, 175 hours or 350 hours` |") explains what ideas may say: its values are
        // the choices, not any idea's facts.
        let legend = (self.rows.iter())
            .filter(|(_, cells)| cells.iter().skip(1).any(|c| offers_choice(c)))
            .count()
            >= 2;
        if legend || super::tree::core_kinds(out.iter().map(|f| f.field)).len() < 2 {
            out.clear();
        }
        out
    }
}

/// True for a value that lists three choices or more, as a legend of a field's values does
/// ("Easy, Intermediate or Hard", "`90 hours, 175 hours, or 350 hours`"); an idea gives its
/// own value, or two ("175 or 350 hours").
fn offers_choice(value: &str) -> bool {
    let v = strip_md(value).to_lowercase();
    let Some((before, last)) = v.rsplit_once(" or ") else {
        return false;
    };
    let choices: Vec<&str> = (before.trim_end_matches(',').split(','))
        .chain([last])
        .map(str::trim)
        .collect();
    choices.len() >= 3
        && choices
            .iter()
            .all(|c| (1..=3).contains(&c.split_whitespace().count()))
}

/// A paragraph that opens with two or more lines written as table rows (`| **Title** | X |`)
/// with no delimiter row below the first: kramdown (Jekyll's Markdown) reads it as a table,
/// CommonMark as text. Read as a table whose first row is the header; `None` otherwise.
pub(crate) fn pipe_paragraph<'t>(
    text: &'t str,
    block: Range<usize>,
    lines: &LineIndex,
) -> Option<Table<'t>> {
    let mut rows: Vec<(usize, Vec<Cow<'t, str>>)> = Vec::new();
    let mut end = block.start;
    let mut at = block.start;
    for line in text[block.clone()].split_inclusive('\n') {
        let row = line.trim();
        let cells: Vec<Cow<'t, str>> = row
            .strip_prefix('|')
            .map(|r| r.strip_suffix('|').unwrap_or(r))
            .map(|r| r.split('|').map(|c| Cow::Borrowed(c.trim())).collect())
            .unwrap_or_default();
        if cells.len() < 2 {
            break;
        }
        rows.push((lines.line(at), cells));
        at += line.len();
        end = at;
    }
    if rows.len() < 2 {
        return None;
    }
    let (line, header) = rows.remove(0);
    Some(Table {
        range: block.start..end.min(block.end),
        line,
        header,
        rows,
        fields: Vec::new(),
    })
}

/// The HTML `<table>` that starts the HTML block at `block` (which may end at a blank line
/// inside the table: the table runs to its `</table>`), read as a table whose first row is the
/// header, each cell rewritten as Markdown ([`html_cell`]). `None` when the block is not a
/// table, or has no header of two cells and a row below it.
pub(crate) fn html_table<'t>(
    text: &'t str,
    block: Range<usize>,
    lines: &LineIndex,
) -> Option<Table<'t>> {
    let head = &text[block.clone()];
    let open = find_ci(head, "<table")?;
    if !head[..open].trim().is_empty() {
        return None;
    }
    let start = block.start + open;
    let end = find_ci(&text[start..], "</table")
        .map(|i| start + i)
        .and_then(|i| text[i..].find('>').map(|j| i + j + 1))
        .unwrap_or(block.end);
    let source = &text[start..end];
    let row_starts = tag_starts(source, "<tr");
    let mut rows: Vec<(usize, Vec<Cow<'t, str>>)> = Vec::new();
    for (k, &r) in row_starts.iter().enumerate() {
        let row_end = row_starts.get(k + 1).copied().unwrap_or(source.len());
        let row = &source[r..row_end];
        let cells = html_cells(row);
        if !cells.is_empty() {
            rows.push((
                lines.line(start + r),
                cells.into_iter().map(Cow::Owned).collect(),
            ));
        }
    }
    if rows.len() < 2 || rows[0].1.len() < 2 {
        return None;
    }
    let header = rows.remove(0).1;
    Some(Table {
        range: block.start..end,
        line: lines.line(start),
        header,
        rows,
        fields: Vec::new(),
    })
}

/// Where the elements `tag` (`"<tr"`: ASCII, lower-case) start in `html`, ignoring ASCII case:
/// `<tr>` and `<tr class="x">`, not `<track>`.
fn tag_starts(html: &str, tag: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(i) = find_ci(&html[from..], tag) {
        let at = from + i;
        if html[at + tag.len()..].starts_with(['>', ' ', '\t', '\n', '\r']) {
            starts.push(at);
        }
        from = at + tag.len();
    }
    starts
}

/// The cells of one `<tr>`: the text of each `<td>` / `<th>` up to its end tag (or the next
/// cell: end tags are optional in HTML).
fn html_cells(row: &str) -> Vec<String> {
    let lower = row.to_ascii_lowercase();
    let mut starts: Vec<usize> = ["<td", "<th"]
        .iter()
        .flat_map(|tag| tag_starts(row, tag))
        .collect();
    starts.sort_unstable();
    let mut cells = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let Some(gt) = row[s..].find('>') else {
            continue;
        };
        let inner_start = s + gt + 1;
        let limit = starts.get(k + 1).copied().unwrap_or(row.len());
        // A tag left open ("<td<td>") ends after the next cell starts: an empty cell.
        let Some(inner) = lower.get(inner_start..limit) else {
            cells.push(String::new());
            continue;
        };
        let inner_end = ["</td", "</th", "</tr"]
            .iter()
            .filter_map(|t| inner.find(t))
            .min()
            .map_or(limit, |i| inner_start + i);
        cells.push(html_cell(&row[inner_start..inner_end]));
    }
    cells
}

/// An HTML cell as Markdown: `<a href="u">t</a>` as `[t](u)`, `<b>`/`<strong>` as `**`,
/// `<br>`, `<p>` and `<li>` as line breaks (`<br>`), other tags dropped, the common entities
/// decoded and whitespace collapsed.
pub(crate) fn html_cell(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut href: Vec<Option<String>> = Vec::new();
    let mut link_text_start: Vec<usize> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            out.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        let lower = tag.to_ascii_lowercase();
        let name: String = lower
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let closing = lower.starts_with('/');
        match (name.as_str(), closing) {
            ("a", false) => {
                href.push(attribute(tag, "href"));
                link_text_start.push(out.len());
            }
            ("a", true) => {
                if let (Some(Some(url)), Some(from)) = (href.pop(), link_text_start.pop()) {
                    let text = out[from..].trim().to_string();
                    out.truncate(from);
                    out.push_str(&format!("[{text}]({url})"));
                }
            }
            ("b" | "strong", _) => out.push_str("**"),
            ("br" | "p" | "li" | "div", false) if !out.trim().is_empty() => out.push_str("<br>"),
            _ => {}
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let t = crate::words::collapse_whitespace(&decoded);
    t.trim_end_matches("<br>").trim().to_string()
}

/// The value of an attribute of a tag's text (`a href="u" class=x` -> `u`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = tag[at + name.len()..].trim_start();
        let Some(v) = rest.strip_prefix('=').map(str::trim_start) else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let value = match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        };
        return (!value.is_empty()).then(|| value.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_cells_become_markdown() {
        assert_eq!(
            html_cell("<a href=\"https://x.org/i/1\">Faster <b>tiles</b></a>"),
            "[Faster **tiles**](https://x.org/i/1)"
        );
        assert_eq!(html_cell("Ana Ruiz<br/>Tom&nbsp;Li"), "Ana Ruiz<br>Tom Li");
        assert_eq!(html_cell("<ul><li>Rust</li><li>Go</li></ul>"), "Rust<br>Go");
        assert_eq!(html_cell("R&amp;D &lt;3"), "R&D <3");
        assert_eq!(html_cell("a < b"), "a < b");
    }

    #[test]
    fn html_tables_with_blank_lines_and_optional_end_tags() {
        let text = "<table>\n<tr><th>Project</th><th>Mentors</th>\n\n<tr><td>Tiles<td>Ana\n</table>\n\nAfter.\n";
        let lines = LineIndex::new(text);
        let block_end = text.find("\n\n").unwrap();
        let t = html_table(text, 0..block_end, &lines).unwrap();
        assert_eq!(t.header, ["Project", "Mentors"]);
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].0, 4);
        assert_eq!(t.rows[0].1, ["Tiles", "Ana"]);
        assert_eq!(
            &text[t.range.clone()],
            &text[..text.find("</table>").unwrap() + 8]
        );
        assert!(html_table("<div>x</div>", 0..12, &LineIndex::new("<div>x</div>")).is_none());
        // A cell tag left open before the next one is an empty cell (found by the property
        // test below).
        assert_eq!(html_cells("<tr><td <td>a</td>"), ["", "a"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 3000,
            failure_persistence: None,
            ..Default::default()
        })]
        // Broken, nested and truncated HTML (and text that is not ASCII) never panics.
        #[test]
        fn any_html_is_read_without_panicking(text in "(<table>|</table|<tr|<td|<TH|</td>|<a href=|</a>|<b>|<br>|&amp;|[\"'=> ]|é|表|x|\n){0,40}") {
            let text = format!("<table>{text}");
            let lines = LineIndex::new(&text);
            let t = html_table(&text, 0..text.len(), &lines);
            if let Some(t) = t {
                proptest::prop_assert!(t.range.end <= text.len());
            }
            let _ = html_cell(&text);
        }
    }
}
