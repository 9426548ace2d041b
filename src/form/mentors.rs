//! Mentor lines of the proposal form, read as the CNCF's bot reads them (section 7 of
//! cncf-proposal-checks.md): the value is split at LF, each line trimmed and blank lines
//! dropped; every other line is a mentor line (prose, bullets, fences and table rows too), cut
//! at every `|` into trimmed pieces, `Full Name | @github-handle | email | LFID`.

use super::js::{is_ws, trim};

/// One piece of a mentor line with its byte offset in the Mentors value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The text, trimmed.
    pub text: String,
    /// Byte offset of the text's start in the value.
    pub at: usize,
}

/// One mentor line as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentorLine {
    /// Byte offset of the line's first character in the value.
    pub at: usize,
    /// The line, trimmed.
    pub text: String,
    /// The `|`-separated pieces, trimmed.
    pub parts: Vec<Part>,
}

impl MentorLine {
    /// The piece at `i`, empty when the line has fewer.
    pub fn part(&self, i: usize) -> &str {
        self.parts.get(i).map_or("", |p| p.text.as_str())
    }

    /// The offset of piece `i` (the line's start when it is missing).
    pub fn at_part(&self, i: usize) -> usize {
        self.parts.get(i).map_or(self.at, |p| p.at)
    }
}

/// The mentor lines of a Mentors value.
pub fn read_lines(value: &str) -> Vec<MentorLine> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in value.split('\n') {
        let line = trim(raw);
        if !line.is_empty() {
            let at = start + (raw.len() - raw.trim_start_matches(is_ws).len());
            let mut parts = Vec::new();
            let mut offset = at;
            for piece in line.split('|') {
                let lead = piece.len() - piece.trim_start_matches(is_ws).len();
                parts.push(Part {
                    text: trim(piece).to_string(),
                    at: offset + lead,
                });
                offset += piece.len() + 1;
            }
            out.push(MentorLine {
                at,
                text: line.to_string(),
                parts,
            });
        }
        start += raw.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(value: &str) -> Vec<usize> {
        read_lines(value).iter().map(|l| l.parts.len()).collect()
    }

    #[test]
    fn pieces_as_the_bot_counts_them() {
        assert_eq!(counts("Name | @h | e@x.org | lfid"), [4]);
        assert_eq!(counts("Name | @h | e@x.org | lfid |"), [5]);
        assert_eq!(counts("| Name | @h | e@x.org | lfid |"), [6]);
        assert_eq!(counts("|---|---|---|---|"), [6]);
        assert_eq!(counts("Name | @h | e@x.org |"), [4]);
        assert_eq!(counts("Name | @h | e@x.org"), [3]);
        assert_eq!(counts("|||"), [4]);
        assert_eq!(counts("a \\| b | c | d"), [4]);
        assert_eq!(counts("a ｜ b | c"), [2]);
        assert_eq!(counts("a|b|c|d\r\n\r\n  \n\t\nw|x|y|z"), [4, 4]);
        assert_eq!(counts("a|b|c|d\rw|x|y|z"), [7]);
    }

    #[test]
    fn offsets_point_at_each_piece() {
        let l = read_lines("x\n  Ada Quill | @adaquill |ada@x.org");
        assert_eq!(l.len(), 2);
        assert_eq!(l[1].at, 4);
        assert_eq!(l[1].part(1), "@adaquill");
        assert_eq!(l[1].at_part(1), 16);
        assert_eq!(l[1].at_part(2), 27);
        assert_eq!(l[1].part(3), "");
        assert_eq!(l[1].at_part(3), 4);
    }
}
