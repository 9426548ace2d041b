//! Field anchors of the outline: a label found on a line or a heading, and the byte range of
//! its value.

use super::line_fields::MoreField;
use crate::parse::fields::{self, Field};
use crate::parse::text::{clean_inline, collapse_whitespace, ref_def};
use std::borrow::Cow;
use std::ops::Range;

// Words of mentors' roles ("Backup:", "Lead:") and keys of their contacts ("GitHub:"): the
// lists are in schemas/words.toml.
crate::word_lists! {
    github_keys = "mentors.github_keys";
    email_keys = "mentors.email_keys";
    name_keys = "mentors.name_keys";
    ignore_keys = "mentors.ignore_keys";
    role_keys = "mentors.role_keys";
    role_qualifiers = "mentors.role_qualifiers";
    field_keys = "mentors.field_keys";
}

/// A field label and its value.
#[derive(Debug, Clone)]
pub(crate) struct Anchor<'t> {
    pub(crate) field: Field,
    /// The label as written ([`fields::Label::text`]): a part of the page where it is written
    /// on a line of it ([`label_in`]), which most are.
    pub(crate) label: Cow<'t, str>,
    /// 1-based line of the label.
    pub(crate) line: usize,
    /// Byte offset where the text before the field ends: the start of the label's line, or,
    /// for a label written inside a paragraph ("... a sandbox. **Skills:** Go"), the label's
    /// own start.
    pub(crate) start: usize,
    /// 1-based column (in characters) of the label.
    pub(crate) column: usize,
    pub(crate) has_colon: bool,
    pub(crate) misspelt: bool,
    pub(crate) heading: bool,
    /// Level of that heading (0 when the field is not a heading).
    pub(crate) level: u8,
    /// The value written on the label's own line.
    pub(crate) inline: Cow<'t, str>,
    /// Byte range of the lines after the label's, up to the next anchor or structural heading
    /// (its end `usize::MAX` while it is open).
    pub(crate) region: Range<usize>,
}

/// Whether `line` (starting at byte `start`) ends the open field `a` as a sibling label of no
/// known field: written at the same indent and in the same way (both list items or neither)
/// as `a`'s label, after `a` has a value of its own. Sub-labels ("- Mentors" then
/// "  - Primary: Ana", or "**Mentors:**" then "**Lead:** Ana") stay part of the field, and so
/// do labels under a mentors or skills field: people are given roles ("Backup: Bo"), and
/// skills categories ("Skills:" then "Backend: Python" and "Frontend: React"), except a label
/// written as the skills label is, after the list of skills and a blank line.
pub(crate) fn ends_at_sibling(text: &str, a: &Anchor, start: usize, line: &str) -> bool {
    let at_line_start = a.start == 0 || text.as_bytes().get(a.start - 1) == Some(&b'\n');
    let shape = |l: &str| {
        let c = fields::content_start(l);
        let indent = l.len() - l.trim_start().len();
        (indent, c > indent)
    };
    let open = !matches!(a.field, Field::Mentors | Field::Skills);
    let own = text[a.start..].lines().next().unwrap_or("");
    // "* Mentor - Ana Lima (…)" then "* Entry task - Open a PR": an item of the same list
    // naming a thing, after the mentors given on their label's line, is no one's name.
    let adjacent = || {
        (text.get(a.region.start..start)).is_some_and(|v| v.lines().all(|l| !l.trim().is_empty()))
    };
    if a.field == Field::Mentors
        && at_line_start
        && adjacent()
        && !a.inline.trim().is_empty()
        && shape(own).1
        && shape(own) == shape(line)
        && dashed_phrase(line)
    {
        return true;
    }
    let unknown = fields::unknown_label(line)
        .or_else(|| (!open).then(|| fields::bold_line_label(line)).flatten());
    if a.heading || !at_line_start || unknown.is_none() {
        return false;
    }
    // "* **Technologies:** Docker" then "* **Project scope**: 12 weeks", or "**Skills:** Go"
    // then "**Topics:** `DevOps`" on the next line: an item of the same list, or a line written
    // the same way, opening with a bold label, after skills given on their label's line, is a
    // field of its own. (Categories of skills are nested, "- **Skills:**" then "  -
    // **Languages:** Go" and "  - **Tools:** Git", or follow a label with no value of its own.)
    let bold = |l: &str| {
        let c = &l[fields::content_start(l)..];
        c.starts_with("**") || c.starts_with("__")
    };
    if a.field == Field::Skills
        && !a.inline.trim().is_empty()
        && (shape(own).1 || bold(own))
        && shape(own) == shape(line)
        && !under_item(text, a.start)
        && bold(line)
    {
        return true;
    }
    if !open {
        // "**Skills**:", a list of skills, then "**Size of the project**: 350 hours" written
        // as the skills label is, after a blank line: the list has ended, a new field starts.
        // (Categories of skills are written inside the value, not after a list of them.)
        let value = text.get(a.region.start..start).unwrap_or("");
        let mut rows = value.lines().filter(|l| !l.trim().is_empty());
        let listed = a.inline.trim().is_empty()
            && rows.clone().next().is_some()
            && rows.all(|l| shape(l).1 || shape(l).0 > 0);
        return a.field == Field::Skills
            && listed
            && value.lines().last().is_some_and(|l| l.trim().is_empty())
            && shape(own) == (0, false)
            && shape(line) == (0, false);
    }
    let has_value = !a.inline.trim().is_empty()
        || text
            .get(a.region.start..start)
            .is_some_and(|v| !v.trim().is_empty());
    // (Sibling sub-labels of a nested label are categories of one field: "  - **Languages:**
    // Python" then "  - **Machine Learning:** agents".)
    let (indent, item) = shape(own);
    indent == 0 && shape(line) == (indent, item) && has_value
}

/// True for a list item that opens with a phrase of a capital and lower-case words, or a bold
/// phrase, then a dash and a value ("* Entry task - Open a PR", "* **Entry task** – Open…").
fn dashed_phrase(line: &str) -> bool {
    let c = &line[fields::content_start(line)..];
    let Some((phrase, value)) = [" - ", " – ", " — "].iter().find_map(|d| c.split_once(d))
    else {
        return false;
    };
    let bold = phrase.starts_with("**") && phrase.ends_with("**");
    let phrase = phrase.trim_matches(['*', '_']);
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let plain = phrase.chars().all(|c| c.is_alphanumeric() || c == ' ');
    plain
        && (1..=4).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && (bold
            || (words.len() >= 2 && words[1..].iter().all(|w| w.starts_with(char::is_lowercase))))
        && !value.trim().is_empty()
}

/// True when the list item on the line starting at byte `start` is nested under an item of a
/// shallower list ("- **Skills:**" then "  - **Languages:** Go").
fn under_item(text: &str, start: usize) -> bool {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let depth = indent(text[start..].lines().next().unwrap_or(""));
    depth > 0
        && (text[..start].lines().rev())
            .find(|l| !l.trim().is_empty() && indent(l) < depth)
            .is_some_and(|l| fields::content_start(l) > indent(l))
}

/// The largest page read (2 GiB).
pub(crate) const MAX_PAGE: usize = (1 << 31) - 1;

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

/// The anchors of the fields written on one line of the page, in order (`fields`, the first
/// at the line's start or after prose), the line starting at the page's byte `start` and the
/// next one at `region_start`. Each value runs to the next field's separator, and every field
/// but the last is on this line only. With `at_label`, an anchor starts at its label (the prose
/// before it is not the field's), else at the line's start.
pub(crate) fn line_anchors<'t: 'f, 'f>(
    line: &'t str,
    fields: &'f [MoreField],
    (start, line_no, region_start): (usize, usize, usize),
    at_label: bool,
) -> impl Iterator<Item = Anchor<'t>> + 'f {
    fields.iter().enumerate().map(move |(k, m)| {
        let next = fields.get(k + 1);
        let value_end = next.map_or(line.len(), |n| n.separator);
        Anchor {
            field: m.label.field,
            label: label_in(&line[m.start..], &m.label.text),
            line: line_no,
            start: if at_label { start + m.start } else { start },
            column: column_of(line, m.start + label_offset(&line[m.start..])),
            has_colon: m.label.has_colon,
            misspelt: m.label.misspelt,
            heading: false,
            level: 0,
            inline: Cow::Borrowed(without_hard_break(
                &line[m.start + m.label.value_start..value_end],
            )),
            region: region_start..next.map_or(usize::MAX, |_| region_start),
        }
    })
}

/// A line's text without the backslash that ends it as a Markdown hard line break
/// ("**Skills**: C++, SDF\\" then the next label on the next line).
fn without_hard_break(text: &str) -> &str {
    let t = text.trim_end();
    match t.strip_suffix('\\') {
        Some(rest) if !rest.ends_with('\\') => rest.trim_end(),
        _ => t,
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

impl Anchor<'_> {
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
                | Field::Contacts
                | Field::Other
        )
    }

    /// The value ([`Anchor::value`]), whether it is inline, whether the field is one line,
    /// and the text below it that is not its value.
    pub(crate) fn read<'a>(&self, text: &'a str) -> Read<'a> {
        let inline = clean_inline(&self.inline);
        let inline_empty = inline.is_empty();
        let single_line = self.single_line_field() && !inline_empty;
        let (raw, overflow) = if single_line {
            let region = &text[self.region.clone()];
            let wrapped = match self.field {
                // ("Difficulty: Medium or Long depending on scope" / "(175h or 350h)".)
                Field::Contacts | Field::Difficulty | Field::Size => wrapped_len(&inline, region),
                _ => 0,
            };
            let raw = match wrapped {
                0 => inline,
                n => format!("{inline} {}", collapse_whitespace(region[..n].trim())),
            };
            (raw, Some(&region[wrapped..]))
        } else {
            let end = self.own_end(text, inline_empty);
            let overflow = (end < self.region.end).then(|| &text[end..self.region.end]);
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
        let end = self.nested_end(text).unwrap_or(self.region.end);
        let end = match self.field {
            Field::Mentors => self.people_end(text, end),
            _ => end,
        };
        if !matches!(self.field, Field::Mentors | Field::Skills) || inline_empty {
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
                let start = fields::content_start(line);
                let item = start > line.len() - line.trim_start().len();
                // ("**Secondary Mentor:** Cy Dorn", a blank line, "**Backup:** Di Ek": a
                // role of the mentors goes on naming them.)
                let role = self.field == Field::Mentors
                    && fields::unknown_label(line).is_some_and(is_role_label);
                if role {
                    blank_seen = false;
                    offset += line.len();
                    continue;
                }
                // A list of links after a blank line ("- [Repository](https://...)") is a
                // list of resources, not more of the inline value.
                if !item || is_link_only(&line[start..]) {
                    return self.region.start + offset;
                }
                blank_seen = false;
            }
            offset += line.len();
        }
        end
    }

    /// Where the people of a mentors field end: at a line, not indented, that opens with the
    /// label of another field ("**Mentor:**", "- Xi Li", then "**Essential information:**").
    /// The text from there is prose, not people. Labels of roles stay the mentors' ("Backup:
    /// Bo", "Secondary Mentor: Bo") and the keys of their contacts ("GitHub: @bo"): words of roles (`role_keys`, `role_qualifiers` in
    /// `schemas/words.toml`; a qualifier that is also a field's key, "Project:", is that field), or words about mentors or contacts. Any other label, known or
    /// not, one word or several ("* **Domain**: Security"), is a field of its own: its value
    /// is no person.
    /// (The field's region still runs on: other fields' labels never end a mentors field,
    /// see [`ends_at_sibling`], so what follows is read as the description when nothing else is.)
    fn people_end(&self, text: &str, end: usize) -> usize {
        let mut offset = self.region.start;
        let mut named = false;
        for line in text[self.region.start..end].split_inclusive('\n') {
            let other = !line.starts_with([' ', '\t'])
                && fields::unknown_label(line).is_some_and(|l| !is_role_label(l));
            // (A rule after the people, "Ada, Bo." then "---", ends the section they are in.)
            if other || (named && crate::parse::text::is_thematic_break(line)) {
                return offset;
            }
            named |= !line.trim().is_empty();
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

    /// The field's value: [`Anchor::read`]'s.
    pub(crate) fn value(&self, text: &str) -> String {
        self.read(text).value
    }

    /// The value of a field that owns the lines below it, up to `end`.
    fn region_value(&self, text: &str, inline: String, end: usize) -> String {
        let region = &text[self.region.start..end];
        // Link reference definitions ("[id]: https://...") are not part of the value (each
        // has a "]:").
        let has_defs = memchr::memmem::find(region.as_bytes(), b"]:").is_some()
            && region.lines().any(|l| ref_def(l).is_some());
        // A comment between the label and its value ("**Duration**", "<!-- Small or Large
        // -->", "Large") is a note to the page's writers, not part of the value.
        let region: Cow<'_, str> = if memchr::memmem::find(region.as_bytes(), b"<!--").is_some() {
            Cow::Owned(without_comments(region))
        } else {
            Cow::Borrowed(region)
        };
        let region: Cow<'_, str> = if has_defs {
            Cow::Owned(
                region
                    .lines()
                    .filter(|l| ref_def(l).is_none())
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        } else {
            region
        };
        if inline.is_empty() {
            region.into_owned()
        } else {
            format!("{inline}\n{region}")
        }
    }
}

/// `text` without its HTML comments (an unclosed `<!--` is left as it is).
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i + 4..].find("-->") else {
            // Not a comment that closes: the text stays.
            out.push_str(&rest[i..]);
            return out;
        };
        rest = &rest[i + 4 + j + 3..];
    }
    out.push_str(rest);
    out
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

/// Whether a line's content is one Markdown link and nothing else ("[Repository](https://x)").
fn is_link_only(content: &str) -> bool {
    let t = content.trim();
    let t = t
        .trim_start_matches(['*', '_'])
        .trim_end_matches(['*', '_', '.']);
    t.starts_with('[')
        && t.ends_with(')')
        && t.find("](")
            .is_some_and(|at| !t[at + 2..].contains(char::is_whitespace))
}

/// Whether a label under a mentors field gives a role or contact of its people ("Backup",
/// "Secondary Mentor", "GitHub"), not a field of its own: see [`Anchor::people_end`].
fn is_role_label(label: &str) -> bool {
    let lower = label.to_lowercase();
    lower.contains("mentor")
        || lower.contains("contact")
        || [github_keys(), email_keys(), name_keys(), ignore_keys()]
            .iter()
            .any(|keys| keys.contains(&lower.replace(' ', "-").as_str()))
        || lower.split([' ', '-']).all(|w| {
            role_keys().contains(&w)
                || (role_qualifiers().contains(&w) && !field_keys().contains(&w))
        })
}

/// How many bytes of `below` (the lines after a one-line field's label) go on with its
/// `inline` value: the lines of the same paragraph (or list item) while the text before them
/// ends with a comma or they open a bracket ("Contact: Ana Lima (ana@…), Bo Chen" / "(bo@…),
/// Cy Diaz (cy@…)").
fn wrapped_len(inline: &str, below: &str) -> usize {
    let mut end = 0;
    let mut before = inline.trim_end();
    for line in below.split_inclusive('\n') {
        let t = line.trim();
        let item = fields::content_start(line) > line.len() - line.trim_start().len();
        let goes_on = before.ends_with(',') || t.starts_with('(');
        if t.is_empty() || item || !goes_on || fields::find_label(line, false).is_some() {
            break;
        }
        end += line.len();
        before = t;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_list_the_anchors_name_is_in_the_schema() {
        for key in KEYS {
            assert!(!crate::words::list(key).is_empty(), "{key} missing");
        }
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
