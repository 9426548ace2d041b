//! Field anchors of the outline: a label found on a line or a heading, and the byte range of
//! its value.

use crate::parse::fields::{self, Field};
use crate::parse::text::{clean_inline, ref_def};
use std::borrow::Cow;
use std::ops::Range;

/// A field label and its value.
#[derive(Debug, Clone)]
pub(crate) struct Anchor<'t> {
    pub(crate) field: Field,
    pub(crate) label: String,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) has_colon: bool,
    pub(crate) misspelt: bool,
    pub(crate) heading: bool,
    /// Level of that heading (0 when the field is not a heading).
    pub(crate) level: u8,
    /// The value written on the label's own line.
    pub(crate) inline: Cow<'t, str>,
    /// Byte range of the lines that follow, up to the next anchor or structural heading.
    pub(crate) region: Range<usize>,
}

impl Anchor<'_> {
    /// A one-line field (difficulty, size, an issue link) does not own the lines below it.
    pub(crate) fn is_single_line(&self) -> bool {
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

    /// Where the field's own lines end. A mentors or skills line with its value inline
    /// ("Mentors: A, B") owns the lines that continue it and list items after it, not the
    /// paragraphs after a blank line: those are prose (and read as the description when nothing
    /// else is).
    pub(crate) fn own_end(&self, text: &str) -> usize {
        let end = self.nested_end(text).unwrap_or(self.region.end);
        if !matches!(self.field, Field::Mentors | Field::Skills)
            || clean_inline(&self.inline).is_empty()
        {
            return end;
        }
        let region = &text[self.region.start..end];
        let mut offset = 0;
        let mut blank_seen = false;
        for line in region.split_inclusive('\n') {
            let t = line.trim();
            if t.is_empty() {
                blank_seen = true;
            } else if blank_seen {
                let item = fields::content_start(line) > line.len() - line.trim_start().len();
                if !item {
                    return self.region.start + offset;
                }
                blank_seen = false;
            }
            offset += line.len();
        }
        end
    }

    /// Where a field written as a list item with its value nested below it ends: at the next
    /// item of its own list ("- Skills:" / "  - Go" / "- Prior work ..."), whatever that item
    /// says. `None` for other fields, and for a label item followed by items of its own depth
    /// before any nested one ("- Mentors:" / "- Ada" / "- Bo" is a flat list of the value).
    fn nested_end(&self, text: &str) -> Option<usize> {
        // The value starts on the line after the label's ('\n' before it), or this is not a
        // label line with lines below it (a table's field, a truncated page).
        if self.heading
            || self.region.start == 0
            || text.as_bytes().get(self.region.start - 1) != Some(&b'\n')
        {
            return None;
        }
        let label_end = self.region.start - 1;
        let label_start = text[..label_end].rfind('\n').map_or(0, |i| i + 1);
        let label = &text[label_start..label_end];
        let indent = label.len() - label.trim_start().len();
        if fields::content_start(label) <= indent || label.trim_start().starts_with('>') {
            return None;
        }
        let mut nested = false;
        let mut offset = self.region.start;
        let end = self.region.end.min(text.len());
        for line in text[self.region.start..end].split_inclusive('\n') {
            let t = line.trim_end();
            if !t.trim().is_empty() {
                let at = t.len() - t.trim_start().len();
                let item = fields::content_start(t) > at && !t.trim_start().starts_with('>');
                if item && at > indent {
                    nested = true;
                } else if item && nested {
                    return Some(offset);
                } else if item {
                    return None;
                }
            }
            offset += line.len();
        }
        None
    }

    /// The text below the field that is not its value: the lines after a one-line field, or
    /// the prose after a mentors line ([`Anchor::own_end`]).
    pub(crate) fn overflow<'a>(&self, text: &'a str) -> Option<&'a str> {
        if self.is_single_line() {
            Some(&text[self.region.clone()])
        } else {
            let end = self.own_end(text);
            (end < self.region.end).then(|| &text[end..self.region.end])
        }
    }

    pub(crate) fn value(&self, text: &str) -> String {
        let v = self.raw_value(text);
        // GitHub renders an issue form's unanswered field as "_No response_".
        if v.trim() == "_No response_" {
            String::new()
        } else {
            v
        }
    }

    pub(crate) fn raw_value(&self, text: &str) -> String {
        let inline = clean_inline(&self.inline);
        if self.is_single_line() {
            return inline;
        }
        let region = &text[self.region.start..self.own_end(text)];
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
