//! Field anchors of the outline: a label found on a line or a heading, and the byte range of
//! its value.

use crate::parse::fields::{self, Field};
use crate::parse::text::{clean_inline, ref_def};
use std::borrow::Cow;
use std::ops::Range;

/// A field label and its value. (A 50 MB page has half a million of them, all held while its
/// ideas are built: texts are spans and positions four bytes, 44 bytes an anchor, not 96.)
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    pub(crate) field: Field,
    /// The label as written ([`fields::Label::text`]): a part of the page where it is written
    /// on a line of it ([`label_in`]), which most are.
    pub(crate) label: Span,
    line: u32,
    /// Byte offset where the text before the field ends: the start of the label's line, or,
    /// for a label written inside a paragraph ("... a sandbox. **Skills:** Go"), the label's
    /// own start.
    start: u32,
    column: u32,
    pub(crate) has_colon: bool,
    pub(crate) misspelt: bool,
    pub(crate) heading: bool,
    /// Level of that heading (0 when the field is not a heading).
    pub(crate) level: u8,
    /// The value written on the label's own line.
    pub(crate) inline: Span,
    /// Byte range of the lines that follow, up to the next anchor or structural heading.
    region: Range<u32>,
}

/// Where a text of an anchor is: a byte range of the page, or of the texts the outline holds
/// itself (a field heading's value, a table's cells), told by the highest bit of `len` (a
/// page is under 2 GiB: [`MAX_PAGE`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Span {
    at: u32,
    len: u32,
}

/// The bit of [`Span::len`] that says the text is the outline's own.
const OWN: u32 = 1 << 31;

/// The texts anchors' spans are in: the page, and the outline's own.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Texts<'a> {
    pub(crate) page: &'a str,
    pub(crate) own: &'a str,
}

impl<'a> Texts<'a> {
    /// The text of a span (empty if it is not one of these texts').
    pub(crate) fn get(&self, s: Span) -> &'a str {
        let text = if s.len & OWN != 0 {
            self.own
        } else {
            self.page
        };
        let at = s.at as usize;
        text.get(at..at + (s.len & !OWN) as usize)
            .unwrap_or_default()
    }
}

/// The largest page whose positions fit the outline's four-byte offsets (and lengths in 31
/// bits, see [`Span`]).
pub(crate) const MAX_PAGE: usize = (OWN - 1) as usize;

/// `usize` to the outline's four-byte offsets ([`MAX_PAGE`] is checked before a page is read;
/// `usize::MAX`, the end of a range still open, becomes `u32::MAX`).
pub(crate) fn narrow(v: usize) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// A range of four-byte offsets as `usize`s (an open end `u32::MAX` as `usize::MAX`).
pub(crate) fn widen(r: &Range<u32>) -> Range<usize> {
    let end = match r.end {
        u32::MAX => usize::MAX,
        e => e as usize,
    };
    r.start as usize..end
}

impl Span {
    /// `part`, a slice of `page`, as a span of the page.
    pub(crate) fn of(page: &str, part: &str) -> Span {
        let at = (part.as_ptr() as usize).wrapping_sub(page.as_ptr() as usize);
        debug_assert!(at <= page.len() && at + part.len() <= page.len());
        Span {
            at: narrow(at),
            len: narrow(part.len()).min(OWN - 1),
        }
    }

    /// `s`, added to the outline's own texts `own`.
    pub(crate) fn own(own: &mut String, s: &str) -> Span {
        let at = narrow(own.len());
        own.push_str(s);
        Span {
            at,
            len: narrow(s.len()).min(OWN - 1) | OWN,
        }
    }

    /// `text`, a slice of `page` if it is one, else added to `own`.
    pub(crate) fn of_cow(page: &str, own: &mut String, text: Cow<'_, str>) -> Span {
        match text {
            Cow::Borrowed(part) => Span::of(page, part),
            Cow::Owned(s) => Span::own(own, &s),
        }
    }
}

/// What an anchor is made of (the label and value as spans made by the caller).
pub(crate) struct AnchorParts {
    pub(crate) field: Field,
    pub(crate) label: Span,
    pub(crate) line: usize,
    pub(crate) start: usize,
    pub(crate) column: usize,
    pub(crate) has_colon: bool,
    pub(crate) misspelt: bool,
    pub(crate) heading: bool,
    pub(crate) level: u8,
    pub(crate) inline: Span,
    pub(crate) region: Range<usize>,
}

impl Anchor {
    pub(crate) fn new(p: AnchorParts) -> Anchor {
        Anchor {
            field: p.field,
            label: p.label,
            line: narrow(p.line),
            start: narrow(p.start),
            column: narrow(p.column),
            has_colon: p.has_colon,
            misspelt: p.misspelt,
            heading: p.heading,
            level: p.level,
            inline: p.inline,
            region: narrow(p.region.start)..narrow(p.region.end),
        }
    }

    /// 1-based line of the label.
    pub(crate) fn line(&self) -> usize {
        self.line as usize
    }

    /// See the field `start`.
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// 1-based column (in characters) of the label.
    pub(crate) fn column(&self) -> usize {
        self.column as usize
    }

    /// Byte range of the lines after the label's, up to the next anchor or structural heading
    /// (its end `usize::MAX` while it is open).
    pub(crate) fn region(&self) -> Range<usize> {
        widen(&self.region)
    }

    /// Sets the region's end.
    pub(crate) fn set_region_end(&mut self, end: usize) {
        self.region.end = narrow(end);
    }
}

/// `label` (the text of the label `line` starts with) as a part of `line`, so that an anchor
/// need not own a copy: where labels start ([`label_offset`]) or, failing that, wherever it
/// is (equal text either way); owned if it cannot be found there.
pub(crate) fn label_in<'t>(line: &'t str, label: &str) -> Cow<'t, str> {
    let at = label_offset(line);
    if let Some(here) = line.get(at..at + label.len()).filter(|&t| t == label) {
        return Cow::Borrowed(here);
    }
    match memchr::memmem::find(line.as_bytes(), label.as_bytes()) {
        Some(i) => Cow::Borrowed(&line[i..i + label.len()]),
        None => Cow::Owned(label.to_string()),
    }
}

/// What an idea reads from an anchor, each part worked out once ([`Anchor::read`]).
pub(crate) struct Read<'a> {
    /// [`Anchor::value`].
    pub(crate) value: String,
    /// True if nothing is written after the label on its own line.
    pub(crate) inline_empty: bool,
    /// True if the field is one line: it does not own the lines below it.
    pub(crate) single_line: bool,
    /// The text below the field that is not its value: the lines after a one-line field, or
    /// the prose after a mentors line (see `own_end`).
    pub(crate) overflow: Option<&'a str>,
}

impl Anchor {
    /// A one-line field (difficulty, size, an issue link) does not own the lines below it,
    /// when its value is written on the label's line.
    fn single_line_field(&self) -> bool {
        matches!(
            self.field,
            Field::Upstream
                | Field::Difficulty
                | Field::Size
                | Field::Component
                | Field::Title
                | Field::Term
                | Field::Other
        )
    }

    /// The value ([`Anchor::value`]), whether it is inline, whether the field is one line,
    /// and the text below it that is not its value.
    pub(crate) fn read<'a>(&self, t: Texts<'a>) -> Read<'a> {
        let text = t.page;
        let inline = clean_inline(t.get(self.inline));
        let inline_empty = inline.is_empty();
        let single_line = self.single_line_field() && !inline_empty;
        let (raw, overflow) = if single_line {
            (inline, Some(&text[self.region()]))
        } else {
            let end = self.own_end(text, inline_empty);
            let overflow = (end < self.region().end).then(|| &text[end..self.region().end]);
            (self.region_value(text, inline, end), overflow)
        };
        Read {
            value: no_response(raw),
            inline_empty,
            single_line,
            overflow,
        }
    }

    /// Where the field's own lines end. A mentors or skills line with its value inline
    /// ("Mentors: A, B") owns the lines that continue it and list items after it, not the
    /// paragraphs after a blank line: those are prose (and read as the description when nothing
    /// else is).
    /// (`inline_empty`: nothing is written after the label on its line.)
    fn own_end(&self, text: &str, inline_empty: bool) -> usize {
        let end = self.nested_end(text).unwrap_or(self.region().end);
        if !matches!(self.field, Field::Mentors | Field::Skills) || inline_empty {
            return end;
        }
        let region = &text[self.region().start..end];
        let mut offset = 0;
        let mut blank_seen = false;
        for line in region.split_inclusive('\n') {
            let t = line.trim();
            if t.is_empty() {
                blank_seen = true;
            } else if blank_seen {
                let item = fields::content_start(line) > line.len() - line.trim_start().len();
                if !item {
                    return self.region().start + offset;
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
            || self.region().start == 0
            || text.as_bytes().get(self.region().start - 1) != Some(&b'\n')
        {
            return None;
        }
        let label_end = self.region().start - 1;
        let label_start = text[..label_end].rfind('\n').map_or(0, |i| i + 1);
        let label = &text[label_start..label_end];
        let indent = label.len() - label.trim_start().len();
        if fields::content_start(label) <= indent || label.trim_start().starts_with('>') {
            return None;
        }
        let mut nested = false;
        let mut offset = self.region().start;
        let end = self.region().end.min(text.len());
        for line in text[self.region().start..end].split_inclusive('\n') {
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

    pub(crate) fn value(&self, t: Texts<'_>) -> String {
        no_response(self.raw_value(t))
    }

    pub(crate) fn raw_value(&self, t: Texts<'_>) -> String {
        let text = t.page;
        let inline = clean_inline(t.get(self.inline));
        if self.single_line_field() && !inline.is_empty() {
            return inline;
        }
        let end = self.own_end(text, inline.is_empty());
        self.region_value(text, inline, end)
    }

    /// The value of a field that owns the lines below it, up to `end`.
    fn region_value(&self, text: &str, inline: String, end: usize) -> String {
        let region = &text[self.region().start..end];
        // Link reference definitions ("[id]: https://...") are not part of the value (each
        // has a "]:").
        let has_defs = memchr::memmem::find(region.as_bytes(), b"]:").is_some()
            && region.lines().any(|l| ref_def(l).is_some());
        let region: Cow<'_, str> = if has_defs {
            Cow::Owned(
                region
                    .lines()
                    .filter(|l| ref_def(l).is_none())
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        } else {
            Cow::Borrowed(region)
        };
        if inline.is_empty() {
            region.into_owned()
        } else {
            // "{inline}\n{region}", in one string sized once.
            let mut value = inline;
            value.reserve_exact(1 + region.len());
            value.push('\n');
            value.push_str(&region);
            value
        }
    }
}

/// GitHub renders an issue form's unanswered field as "_No response_": no value.
fn no_response(v: String) -> String {
    if v.trim() == "_No response_" {
        String::new()
    } else {
        v
    }
}

/// Byte offset where the label text starts on a line (after list markers and emphasis).
pub(crate) fn label_offset(line: &str) -> usize {
    let s = fields::content_start(line);
    s + (line[s..].len() - line[s..].trim_start_matches(['*', '_']).len())
}

/// Byte offset of the heading text on an ATX heading line.
pub(crate) fn l_label_offset(line: &str) -> usize {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    let hashes = t.len() - t.trim_start_matches('#').len();
    let rest = &t[hashes..];
    lead + hashes + (rest.len() - rest.trim_start().len())
}

/// 1-based character column of a byte offset within a line.
pub(crate) fn column_of(line: &str, offset: usize) -> usize {
    line.get(..offset.min(line.len()))
        .map_or(1, |s| s.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A span gives back the text it was made of, in the page or in the outline's own texts,
    /// and an anchor stays small: a 50 MB page holds half a million at once.
    #[test]
    fn spans_give_back_their_text_and_anchors_stay_small() {
        let page = "## Mentors: Ada\n- **Skills:** Go, Rust\n";
        let mut own = String::from("earlier");
        let skills = &page[page.find("Go").unwrap()..page.len() - 1];
        let in_page = Span::of(page, skills);
        let owned = Span::own(&mut own, "Mentor(s)");
        let borrowed = Span::of_cow(page, &mut own, label_in(&page[16..], "Skills"));
        let copied = Span::of_cow(page, &mut own, label_in(&page[16..], "Skills required"));
        let t = Texts { page, own: &own };
        assert_eq!(t.get(in_page), "Go, Rust");
        assert_eq!(t.get(owned), "Mentor(s)");
        assert_eq!(t.get(borrowed), "Skills");
        assert_eq!(t.get(copied), "Skills required");
        assert_eq!(own, "earlierMentor(s)Skills required");
        assert_eq!(t.get(Span::default()), "");
        assert!(std::mem::size_of::<Anchor>() <= 44);
    }

    #[test]
    fn a_label_is_borrowed_from_its_line_with_the_same_text() {
        for (line, label) in [
            ("- **Mentor(s):** Ada", "Mentor(s)"),
            ("Description: a tool", "Description"),
            ("  * __Skills__: Go", "Skills"),
            ("<p><b>Mentors:</b> A</p>", "Mentors"),
        ] {
            let got = label_in(line, label);
            assert!(matches!(got, Cow::Borrowed(_)), "{line}");
            assert_eq!(got, label);
        }
        let got = label_in("Mentors: Ada", "Mentor(s)");
        assert!(matches!(got, Cow::Owned(_)));
        assert_eq!(got, "Mentor(s)");
    }
}
