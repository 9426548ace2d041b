//! Rendered issue bodies, cut into sections exactly as the CNCF's bot cuts them
//! (cncf-proposal-checks.md, section 2): the pinned LFX-URL block is removed; a section starts
//! at every `###` plus one or more spaces at the start of the body or after a line terminator
//! (inside code fences too: the bot does not read Markdown); a piece with no LF is dropped; the
//! label is the trimmed text before the first LF, the value the trimmed rest; `_No response_`
//! alone reads as empty; a label given twice takes the later value.
//!
//! Every section keeps where its value starts in the body as given, so findings point at the
//! line and column GitHub shows. [`matching_labels`] is the lenient look that decides whether a
//! page is a form body at all.

use super::def::FormDef;
use super::js::{is_lt, is_ws, trim};
use super::spec::BotSpec;

/// One `### Label` section of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The label, trimmed.
    pub label: String,
    /// The value, trimmed; empty for `_No response_`.
    pub value: String,
    /// Byte offset in the body of the value's first character (of `_No response_` when that
    /// is the value; of the heading when the value is blank).
    offset: usize,
    /// Where the removed LFX-URL block was, in the text the value was cut from: (at, length).
    cut: Option<(usize, usize)>,
}

/// A body cut into sections.
#[derive(Debug, Clone)]
pub struct Body<'t> {
    text: &'t str,
    /// Every section, in body order (a repeated label appears twice).
    pub sections: Vec<Section>,
}

impl<'t> Body<'t> {
    /// The section a check reads for `label`: the last one so labelled.
    pub fn section(&self, label: &str) -> Option<&Section> {
        self.sections.iter().rev().find(|s| s.label == label)
    }

    /// The value of `label` (empty when there is no such section).
    pub fn value(&self, label: &str) -> &str {
        self.section(label).map_or("", |s| s.value.as_str())
    }

    /// 1-based line and column (in characters) of byte `at` of `section`'s value; (1, 1) for
    /// no section.
    pub fn position(&self, section: Option<&Section>, at: usize) -> (usize, usize) {
        let Some(s) = section else { return (1, 1) };
        let mut offset = s.offset + at;
        if let Some((cut_at, len)) = s.cut {
            // Offsets in the value are in the text without the block: past it, add it back.
            if s.offset < cut_at && offset >= cut_at {
                offset += len;
            }
        }
        position_of(self.text, offset.min(self.text.len()))
    }

    /// Where a finding about `label`'s value goes: its first character, the heading when the
    /// value is blank, (1, 1) when there is no section.
    pub fn at(&self, label: &str) -> (usize, usize) {
        self.position(self.section(label), 0)
    }
}

/// 1-based line and column of byte `offset` of `text` (lines end at LF, as GitHub shows them).
fn position_of(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset;
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// Cuts `text` into sections as the bot does.
pub fn parse_body<'t>(spec: &BotSpec, text: &'t str) -> Body<'t> {
    // Step A: the first `start ... end` block and the whitespace before it go.
    let cut = text.find(&spec.lfx_url_start).and_then(|start| {
        let after = start + spec.lfx_url_start.len();
        let end = after + text[after..].find(&spec.lfx_url_end)? + spec.lfx_url_end.len();
        let from = text[..start].trim_end_matches(is_ws).len();
        Some((from, end - from))
    });
    let stripped: std::borrow::Cow<str> = match cut {
        Some((from, len)) => format!("{}{}", &text[..from], &text[from + len..]).into(),
        None => text.into(),
    };
    let real = |o: usize| match cut {
        Some((at, len)) if o >= at => o + len,
        _ => o,
    };
    // Step B: heading markers (`###` and its spaces), at the start or after a line terminator.
    let s: &str = &stripped;
    // (start of ###, end of the spaces)
    let markers: Vec<(usize, usize)> = (s.match_indices("### "))
        .filter(|&(at, _)| at == 0 || s[..at].chars().next_back().is_some_and(is_lt))
        .map(|(at, _)| {
            (
                at,
                at + 3 + s[at + 3..].bytes().take_while(|&b| b == b' ').count(),
            )
        })
        .collect();
    // Step C, D: label and value of each piece.
    let mut sections = Vec::with_capacity(markers.len());
    for (k, &(at, from)) in markers.iter().enumerate() {
        let to = markers.get(k + 1).map_or(s.len(), |m| m.0);
        let piece = &s[from..to];
        let Some(lf) = piece.find('\n') else {
            continue;
        };
        let rest = &piece[lf + 1..];
        let value = trim(rest);
        let lead = rest.len() - rest.trim_start_matches(is_ws).len();
        let value_at = if value.is_empty() {
            at
        } else {
            from + lf + 1 + lead
        };
        let offset = real(value_at);
        sections.push(Section {
            label: trim(&piece[..lf]).to_string(),
            value: if value == spec.no_response {
                String::new()
            } else {
                value.to_string()
            },
            offset,
            // Only a value that starts before the block can run across it.
            cut: cut.filter(|&(c, _)| value_at < c),
        });
    }
    Body { text, sections }
}

/// The label of a `### Label` line, if the line is a level-3 ATX heading.
fn heading_label(line: &str) -> Option<&str> {
    let t = line.trim_end();
    let rest = t.strip_prefix("### ")?;
    Some(rest.trim().trim_end_matches('#').trim())
}

/// A label as [`matching_labels`] compares it (case and spacing ignored).
fn norm_label(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// How many of the form's labels appear as `### Label` lines in `text`.
pub fn matching_labels(form: &FormDef, text: &str) -> usize {
    let mut seen = vec![false; form.fields.len()];
    let labels: Vec<String> = form.fields.iter().map(|f| norm_label(&f.label)).collect();
    for label in text.lines().filter_map(heading_label) {
        let label = norm_label(label);
        if let Some(i) = labels.iter().position(|f| *f == label) {
            seen[i] = true;
        }
    }
    seen.iter().filter(|s| **s).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::def::parse_form;
    use crate::form::spec::spec;

    const FORM: &str = "body:\n  - type: input\n    id: name\n    attributes: {label: Program Name}\n  - type: textarea\n    id: desc\n    attributes: {label: Program Description}\n  - type: checkboxes\n    id: pre\n    attributes:\n      label: Prerequisites\n      options: [{label: Resume}, {label: Coding Challenge}]\n";

    fn cut(text: &str) -> Vec<(String, String)> {
        parse_body(spec(), text)
            .sections
            .into_iter()
            .map(|s| (s.label, s.value))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn sections_as_the_bot_cuts_them() {
        let body = "intro\n### Program Name\n\nFast logs\n\n###    Spaced  \nx\n#### Deep\n ### Indented\n###\tTab\n###NoSpace\n### Term\n\n_No response_\n";
        let got = cut(body);
        assert_eq!(
            got,
            pairs(&[
                ("Program Name", "Fast logs"),
                (
                    "Spaced",
                    "x\n#### Deep\n ### Indented\n###\tTab\n###NoSpace"
                ),
                ("Term", ""),
            ])
        );
        // CRLF reads as LF; a lone CR or U+2028 starts a heading but the piece has no LF.
        assert_eq!(
            cut("### A\r\n\r\nx\r\ny\r\n### B\r\n\r\nz"),
            pairs(&[("A", "x\r\ny"), ("B", "z")])
        );
        assert!(cut("### A\r\rx\r### B\rz").is_empty());
        assert!(cut("### A\u{2028}x").is_empty());
        // A heading on the last line, with no newline, is dropped; a BOM hides the first.
        assert_eq!(cut("### A\n\nx\n### B"), pairs(&[("A", "x")]));
        assert_eq!(cut("\u{feff}### A\n\nx\n### B\n\ny"), pairs(&[("B", "y")]));
        // A heading inside a fence still cuts; `_No response_` with more text stays.
        assert_eq!(
            cut("### A\n\n```\n### B\n```\n### C\n\n_No response_ <!-- x -->"),
            pairs(&[
                ("A", "```"),
                ("B", "```"),
                ("C", "_No response_ <!-- x -->")
            ])
        );
    }

    #[test]
    fn the_later_section_wins_and_positions_point_into_the_body() {
        let body = "### Term\n\n2026\n\n### Mentors\n\n  Ada | @ada\n### Term\n\n_No response_\n";
        let b = parse_body(spec(), body);
        assert_eq!(b.value("Term"), "");
        assert_eq!(b.value("Nothing"), "");
        assert_eq!(b.at("Mentors"), (7, 3));
        assert_eq!(b.at("Term"), (10, 1));
        let m = b.section("Mentors");
        assert_eq!(b.position(m, "Ada | ".len()), (7, 9));
        assert_eq!(b.position(None, 4), (1, 1));
    }

    #[test]
    fn the_lfx_url_block_is_removed_first() {
        let block = "<!-- lfx-url:start -->\nLFX: https://x\n<!-- lfx-url:end -->";
        let body = format!("### Mentors\n\nAda | @ada\n\n{block}\nBo | @bo\n### Term\n\nx\n");
        let b = parse_body(spec(), &body);
        assert_eq!(b.value("Mentors"), "Ada | @ada\nBo | @bo");
        // "Bo" is on line 8 of the body as given.
        let m = b.section("Mentors");
        assert_eq!(b.position(m, "Ada | @ada\n".len()), (8, 1));
        assert_eq!(b.at("Term"), (11, 1));
        // Only the first block; a start with no end removes nothing.
        let two = format!("### A\n\nx{block}y{block}");
        assert_eq!(b_value(&two, "A"), format!("xy{block}"));
        let open = "### A\n\nx <!-- lfx-url:start --> y";
        assert_eq!(b_value(open, "A"), "x <!-- lfx-url:start --> y");
    }

    fn b_value(text: &str, label: &str) -> String {
        parse_body(spec(), text).value(label).to_string()
    }

    #[test]
    fn labels_are_matched_by_their_words_in_any_case() {
        let form = parse_form(FORM).unwrap();
        for (c, n) in [
            ("", 0),
            ("### Program Name", 1),
            ("### Program Name\r\n### program   DESCRIPTION ##\r\n", 2),
            (
                "x### Program Name\n ### Prerequisites\n###  Prerequisites \n",
                1,
            ),
            ("### \n###\n### Program\tName\n### Program\u{b}Name\n", 1),
            ("### PROGRAM NAME\n### Program Name\n### Prerequisites\r", 2),
            (
                "### Program Nam\u{e9}\n### \u{130}\n### Program Name\u{a0}\n",
                1,
            ),
        ] {
            assert_eq!(matching_labels(&form, c), n, "{c:?}");
        }
        let odd = parse_form(ODD_FORM).unwrap();
        for (c, n) in [
            ("### οδος σ\n", 1),
            ("### ΟΔΟΣ Σ\n", 1),
            ("### οδοσ σ\n", 0),
            ("### CAFÉ name\n", 1),
            ("### café name\n", 1),
            ("### \u{212a}ind name\n", 1),
            ("### \u{212a}ind\u{a0}name\n", 1),
            ("### kind\u{85}NAME\n", 1),
            ("### wide gap\n", 1),
            ("### Wide\u{a0}GAP\n", 1),
        ] {
            assert_eq!(matching_labels(&odd, c), n, "{c:?}");
        }
    }

    const ODD_FORM: &str = "body:\n  - type: input\n    id: a\n    attributes: {label: \"ΟΔΟΣ Σ\"}\n  - type: input\n    id: b\n    attributes: {label: \"Café  Name\"}\n  - type: input\n    id: c\n    attributes: {label: \"Kind  Name\"}\n  - type: input\n    id: d\n    attributes: {label: \"Wide\\u00a0Gap\"}\n";
}
