//! Tables of the outline: their cells as written, and the fields a key/value table gives.

use super::{column_of, LineIndex};
use crate::parse::fields::{self, Field};
use crate::parse::text::strip_md;
use std::ops::Range;

/// A table found in the body.
#[derive(Debug, Clone)]
pub(crate) struct Table<'t> {
    /// Byte range of the table in the page.
    pub(crate) range: Range<usize>,
    pub(crate) line: usize,
    pub(crate) header: Vec<&'t str>,
    pub(crate) rows: Vec<(usize, Vec<&'t str>)>,
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
        fields::find_label(&cell, true).filter(|l| cell[l.value_start..].trim().is_empty())
    }

    /// True if a header names an idea's title column (the tables table-rows layout
    /// reads one idea per row from).
    pub(crate) fn is_title_header(h: &str) -> bool {
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
            let name = strip_md(cells.first().copied().unwrap_or(""))
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
            let label = Self::cell_label(self.header[0]).expect("checked by mentor_rows");
            return vec![make(label, self.header[0], self.line, &value)];
        }
        let mut out = Vec::new();
        // Vertical.
        let mut all_rows: Vec<(usize, &Vec<&'t str>)> = Vec::new();
        if Self::cell_label(self.header.first().copied().unwrap_or(""))
            .is_some_and(|l| l.field != Field::Other)
        {
            all_rows.push((self.line, &self.header));
        }
        all_rows.extend(self.rows.iter().map(|(l, c)| (*l, c)));
        let labelled: Vec<(usize, fields::Label, &Vec<&'t str>)> = all_rows
            .iter()
            .filter(|(_, cells)| cells.len() >= 2)
            .filter_map(|(line, cells)| Self::cell_label(cells[0]).map(|l| (*line, l, *cells)))
            .collect();
        if labelled.len() >= 2 && labelled.len() * 2 >= self.rows.len() {
            for (line, label, cells) in labelled {
                let value = cells[1..].join(" ");
                out.push(make(label, cells[0], line, value.trim()));
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
                        out.push(make(l, self.header[i], self.line, v.trim()));
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
