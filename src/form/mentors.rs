//! Mentor lines of the proposal form: `Full Name | @github-handle | email | LFID`, one a line,
//! the primary mentor first.
//!
//! The form's earlier editions asked for three fields (`Full Name | @handle | email`, or the
//! page template's `Full Name (@handle, email)`); such lines are read field by field too, so a
//! missing LFID is reported as exactly that and not as a malformed line. The number of columns
//! comes from the form's own description (its backticked line format), so a form that drops or
//! adds a column needs no release.

use crate::parse::mentors::{is_valid_email, is_valid_github_handle, parse_mentors};

/// One field of a mentor line with its 1-based column in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The text, trimmed.
    pub text: String,
    /// 1-based column (characters) of the text's start in its line.
    pub column: usize,
}

/// One mentor line as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentorLine {
    /// 1-based line in the body.
    pub line: usize,
    /// 1-based column where the line's text starts.
    pub column: usize,
    /// `|`-separated fields (a `Name (@h, e)` line is split into its three parts).
    pub parts: Vec<Part>,
    /// The line used `|` separators.
    pub piped: bool,
}

impl MentorLine {
    /// The field at `i`, empty when the line has fewer.
    pub fn part(&self, i: usize) -> &str {
        self.parts.get(i).map_or("", |p| p.text.as_str())
    }

    /// The column of field `i` (the line's start when it is missing).
    pub fn column_of(&self, i: usize) -> usize {
        self.parts.get(i).map_or(self.column, |p| p.column)
    }
}

/// Reads the mentor lines of an answer that starts at body line `first_line`.
pub fn read_lines(text: &str, first_line: usize) -> Vec<MentorLine> {
    let mut out = Vec::new();
    for (k, raw) in text.lines().enumerate() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        // A bullet or number in front of the line is decoration.
        let lead = raw.len() - raw.trim_start().len();
        let body_start = lead + bullet_len(trimmed);
        let body = &raw[body_start..];
        let column = raw[..body_start].chars().count() + 1;
        let line = first_line + k;
        if body.contains('|') {
            // A table-style line `| a | b |` has no fields outside its outer pipes.
            let t = body.trim();
            let (inner, inner_start) = if t.len() > 1 && t.starts_with('|') && t.ends_with('|') {
                let start = body_start + (body.len() - body.trim_start().len()) + 1;
                (&t[1..t.len() - 1], start)
            } else {
                (body, body_start)
            };
            let mut parts = Vec::new();
            let mut offset = inner_start;
            for piece in inner.split('|') {
                let lead = piece.len() - piece.trim_start().len();
                parts.push(Part {
                    text: piece.trim().to_string(),
                    column: raw[..offset + lead].chars().count() + 1,
                });
                offset += piece.len() + 1;
            }
            out.push(MentorLine {
                line,
                column,
                parts,
                piped: true,
            });
        } else {
            out.push(MentorLine {
                line,
                column,
                parts: legacy_parts(body, column),
                piped: false,
            });
        }
    }
    out
}

/// `- `, `* `, `+ ` or `1. ` at the start of a line.
fn bullet_len(t: &str) -> usize {
    for b in ["- ", "* ", "+ "] {
        if t.starts_with(b) {
            return b.len();
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")) {
        return digits + 2;
    }
    0
}

/// A line in the page template's `Full Name (@handle, email)` shape, as name, `@handle`, email.
fn legacy_parts(body: &str, column: usize) -> Vec<Part> {
    let found = parse_mentors(body);
    let Some(m) = found.first().filter(|_| found.len() == 1) else {
        return vec![Part {
            text: body.trim().to_string(),
            column,
        }];
    };
    let col_of = |needle: &str| {
        body.find(needle)
            .map_or(column, |at| column + body[..at].chars().count())
    };
    let mut parts = vec![Part {
        text: m.name.clone().unwrap_or_default(),
        column,
    }];
    if let Some(h) = &m.github {
        // Keep the `@` as written so the handle check sees what the author typed.
        let written = if body.contains(&format!("@{h}")) {
            format!("@{h}")
        } else {
            h.clone()
        };
        parts.push(Part {
            column: col_of(&written),
            text: written,
        });
    } else {
        parts.push(Part {
            text: String::new(),
            column,
        });
    }
    if let Some(e) = &m.email {
        parts.push(Part {
            column: col_of(e),
            text: e.clone(),
        });
    }
    parts
}

/// What is wrong with a GitHub handle field, if anything.
pub fn handle_problem(field: &str) -> Option<String> {
    if field.is_empty() {
        return Some("has no GitHub handle".into());
    }
    let Some(login) = field.strip_prefix('@') else {
        return Some(format!(
            "GitHub handle `{field}` is written without its `@`"
        ));
    };
    if !is_valid_github_handle(login) {
        return Some(format!("`{field}` is not a valid GitHub login"));
    }
    None
}

/// What is wrong with an email field, if anything.
pub fn email_problem(field: &str) -> Option<String> {
    if field.is_empty() {
        return Some("has no email address".into());
    }
    let bare = field.trim_start_matches('<').trim_end_matches('>');
    let bare = bare.strip_prefix("mailto:").unwrap_or(bare);
    if !is_valid_email(bare) {
        return Some(format!("email `{field}` is not a well-formed address"));
    }
    None
}

/// True for an LFID that stands for "not known yet".
pub fn lfid_missing(field: &str) -> bool {
    let f = field
        .trim()
        .trim_matches(|c| c == '`' || c == '*')
        .to_lowercase();
    f.is_empty()
        || matches!(
            f.as_str(),
            "tbd"
                | "todo"
                | "?"
                | "??"
                | "n/a"
                | "na"
                | "-"
                | "none"
                | "lfid"
                | "pending"
                | "unknown"
                | "_no response_"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piped_lines_with_columns() {
        let l = read_lines(
            "Ada Quill | @adaquill | ada@x.org | adaq\n\n- Bo Tan | @botan | bo@x.org",
            10,
        );
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].line, 10);
        assert_eq!(l[0].parts.len(), 4);
        assert_eq!(l[0].part(1), "@adaquill");
        assert_eq!(l[0].column_of(1), 13);
        assert_eq!(l[1].line, 12);
        assert_eq!(l[1].column, 3);
        assert_eq!(l[1].part(0), "Bo Tan");
        assert_eq!(l[1].parts.len(), 3);
        let t = read_lines("| Ada | @ada | a@x.org | ada |\nBo | @bo | b@x.org | ", 1);
        assert_eq!(t[0].parts.len(), 4);
        assert_eq!((t[0].part(0), t[0].column_of(0)), ("Ada", 3));
        assert_eq!(t[1].parts.len(), 4);
        assert_eq!(t[1].part(3), "");
    }

    #[test]
    fn legacy_lines() {
        let l = read_lines("Ada Quill (@adaquill, ada@x.org)", 1);
        assert!(!l[0].piped);
        assert_eq!(l[0].part(0), "Ada Quill");
        assert_eq!(l[0].part(1), "@adaquill");
        assert_eq!(l[0].part(2), "ada@x.org");
    }

    #[test]
    fn field_checks() {
        assert_eq!(handle_problem("@ok-name"), None);
        assert!(handle_problem("ok").unwrap().contains("without its `@`"));
        assert!(handle_problem("@bad_name").unwrap().contains("not a valid"));
        assert_eq!(email_problem("a@b.org"), None);
        assert!(email_problem("a at b dot org").is_some());
        assert!(lfid_missing("TBD") && lfid_missing("") && !lfid_missing("jkowall(?)"));
    }
}
