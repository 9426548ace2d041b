//! LFX tracking sheets: the CSV (`lfx-tracking.csv`) the CNCF mentoring repository exports
//! beside `lfx-export.json` for each term, one row per accepted program, with the program's full
//! LFX name, its LFX URL, its upstream issue and up to four mentors (name, GitHub, email, LFID).
//!
//! `ideas export --format lfx-csv` writes the same sheet; this module reads one back, so a
//! tracking sheet given to `list`, `show` or `sync` gives its ideas like the term's README does.
//! Columns are found by their header, not their position; rows are RFC 4180 records (quoted
//! fields may hold commas, quotes and line breaks), and each idea keeps the line its row starts
//! on. A row without a program name is skipped with a warning; nothing here can fail the page.

use super::frontmatter::parse_year;
use super::idea::{ParsedIdea, ParsedPage, Warning};
use crate::model::{Idea, Mentor, Program, Source};

/// Mentors a tracking sheet has columns for.
const MAX_MENTORS: usize = 4;

/// True if the text is an LFX tracking sheet: its first record is a header starting with
/// `PROJECT` that has `LFX URL` and `Mentor 1` columns.
pub fn looks_like_lfx_tracking(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    if !first
        .get(..8)
        .is_some_and(|p| p.eq_ignore_ascii_case("project,"))
    {
        return false;
    }
    let header = Records::new(text)
        .next()
        .map(|r| r.fields)
        .unwrap_or_default();
    let has = |name: &str| header.iter().any(|h| h.trim().eq_ignore_ascii_case(name));
    has("LFX URL") && has("Mentor 1")
}

/// Reads an LFX tracking sheet; `path` is only recorded in each idea's `source`.
///
/// Each row becomes one idea: the full LFX name `CNCF - <project>: <title> (<YYYY> Term <N>)`
/// gives the organisation, title, term and year (a name that does not follow the pattern is
/// the title as written); `links`: the LFX URL; `upstream_issues`: the upstream issue;
/// `mentors`: each mentor's name, GitHub handle (without `@`) and email. The sheet has no
/// skills, description or difficulty.
pub fn parse_lfx_tracking(path: &str, text: &str) -> ParsedPage {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut page = ParsedPage::default();
    let mut records = Records::new(text);
    let Some(header) = records.next() else {
        return page;
    };
    let column = |name: &str| {
        header
            .fields
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let project = column("PROJECT");
    let lfx_url = column("LFX URL");
    let upstream = column("Upstream issue");
    let mentor_columns: Vec<[Option<usize>; 3]> = (1..=MAX_MENTORS)
        .map(|n| {
            [
                column(&format!("Mentor {n}")),
                column(&format!("Mentor {n} GitHub")),
                column(&format!("Mentor {n} email address")),
            ]
        })
        .collect();
    for record in records {
        let cell = |index: Option<usize>| {
            index
                .and_then(|i| record.fields.get(i))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
        };
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let Some(name) = cell(project) else {
            page.warnings.push(Warning {
                line: record.line,
                message: "a row of the LFX tracking sheet has no PROJECT name; skipped".into(),
            });
            continue;
        };
        let full = FullName::parse(name);
        let mentors = mentor_columns
            .iter()
            .filter_map(|&[name, github, email]| {
                let mentor = Mentor {
                    name: cell(name).map(str::to_string),
                    github: cell(github).map(|g| g.trim_start_matches('@').to_string()),
                    email: cell(email).map(str::to_string),
                    affiliation: None,
                };
                (mentor.name.is_some() || mentor.github.is_some() || mentor.email.is_some())
                    .then_some(mentor)
            })
            .collect();
        let idea = Idea {
            id: Idea::make_id(
                Some(Program::Lfx),
                full.year,
                full.org.as_deref(),
                &full.title,
            ),
            title: full.title,
            org: full.org,
            program: Some(Program::Lfx),
            year: full.year,
            term: full.term,
            mentors,
            upstream_issues: cell(upstream).map(str::to_string).into_iter().collect(),
            links: cell(lfx_url).map(str::to_string).into_iter().collect(),
            source: Source {
                path: path.to_string(),
                line: record.line,
                url: None,
            },
            ..Idea::default()
        };
        page.ideas.push(ParsedIdea {
            idea,
            fields: Vec::new(),
            unlabelled_description: None,
        });
    }
    page
}

/// The parts of an LFX program's full name.
#[derive(Debug, PartialEq)]
struct FullName {
    org: Option<String>,
    title: String,
    term: Option<String>,
    year: Option<u16>,
}

impl FullName {
    /// `CNCF - Jaeger: Query layer (2026 Term 3)` -> org Jaeger, title "Query layer", term
    /// "2026 Term 3", year 2026. The foundation prefix and the term are optional; a name without
    /// `: ` has no organisation.
    fn parse(name: &str) -> FullName {
        let mut rest = name.trim();
        let mut term = None;
        if let Some(open) = rest.rfind('(') {
            let inside = rest[open + 1..].trim_end().strip_suffix(')').unwrap_or("");
            if inside.to_ascii_lowercase().contains("term") && year_at_start(inside).is_some() {
                term = Some(inside.trim().to_string());
                rest = rest[..open].trim_end();
            }
        }
        if let Some((foundation, after)) = rest.split_once(" - ") {
            if !foundation.contains(':') && foundation.len() <= 20 {
                rest = after.trim_start();
            }
        }
        let (org, title) = match rest.split_once(": ") {
            Some((org, title)) if !org.trim().is_empty() && !title.trim().is_empty() => {
                (Some(org.trim().to_string()), title.trim().to_string())
            }
            _ => (None, rest.to_string()),
        };
        let year = term.as_deref().and_then(year_at_start);
        FullName {
            org,
            title,
            term,
            year,
        }
    }
}

/// "2026 Term 3" -> 2026.
fn year_at_start(text: &str) -> Option<u16> {
    parse_year(text.trim().get(..4)?)
}

/// One CSV record and the 1-based line it starts on.
struct Record {
    line: usize,
    fields: Vec<String>,
}

/// RFC 4180 records: fields separated by commas, quoted fields may hold commas, doubled quotes
/// and line breaks; `\r\n` and `\n` both end a record. Linear in the text, never fails: a
/// quote left open runs to the end of the text.
struct Records<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Records<'a> {
    fn new(text: &'a str) -> Self {
        Records {
            text,
            pos: 0,
            line: 1,
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        let rest = &self.text[self.pos..];
        if rest.is_empty() {
            return None;
        }
        let line = self.line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut end = rest.len();
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' if quoted && chars.next_if(|&(_, c)| c == '"').is_some() => field.push('"'),
                '"' if quoted => quoted = false,
                '"' if field.is_empty() => quoted = true,
                ',' if !quoted => fields.push(std::mem::take(&mut field)),
                '\n' => {
                    self.line += 1;
                    if !quoted {
                        end = i + 1;
                        break;
                    }
                    field.push(c);
                }
                '\r' if !quoted && chars.peek().is_some_and(|&(_, c)| c == '\n') => {}
                c => field.push(c),
            }
        }
        fields.push(field);
        self.pos += end;
        Some(Record { line, fields })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "PROJECT,LFX URL,Upstream issue,,mentor count,Mentor 1,Mentor 1 GitHub,Mentor 1 email address,Mentor 1 LFID,Mentor 2,Mentor 2 GitHub,Mentor 2 email address,Mentor 2 LFID\n";

    #[test]
    fn full_names_give_org_title_term_and_year() {
        assert_eq!(
            FullName::parse("CNCF - Tide Gauge: Query layer (2026 Term 3)"),
            FullName {
                org: Some("Tide Gauge".into()),
                title: "Query layer".into(),
                term: Some("2026 Term 3".into()),
                year: Some(2026),
            }
        );
        // A colon inside the title stays in it; brackets that are not a term stay too.
        let n = FullName::parse("CNCF - Reef: Docs: a tour (video) (2025 Term 1)");
        assert_eq!(n.org.as_deref(), Some("Reef"));
        assert_eq!(n.title, "Docs: a tour (video)");
        let n = FullName::parse("A plain name (draft)");
        assert_eq!(
            (n.org, n.title.as_str(), n.term),
            (None, "A plain name (draft)", None)
        );
    }

    #[test]
    fn rows_become_ideas_with_their_lines() {
        let text = format!(
            "{HEADER}CNCF - Tide Gauge: Query layer (2026 Term 3),https://lfx.example/p/1,https://github.com/tide/gauge/issues/7,,2,Rin Vale,@rinvale,rin@tide.example,rinv,Tom Reed,tomreed,,tomr\n\
             \"CNCF - Reef: Import, then index (2026 Term 3)\",https://lfx.example/p/2,,,1,\"Ada \"\"A\"\" Lee\",adalee,ada@reef.example,adal,,,,\n\
             ,,,,,,,,,,,,\n\
             ,https://lfx.example/p/3,,,0,,,,,,,,\n"
        );
        assert!(looks_like_lfx_tracking(&text));
        let page = parse_lfx_tracking("t.csv", &text);
        let got: Vec<(&str, Option<&str>, usize)> = page
            .ideas
            .iter()
            .map(|i| {
                (
                    i.idea.title.as_str(),
                    i.idea.org.as_deref(),
                    i.idea.source.line,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Query layer", Some("Tide Gauge"), 2),
                ("Import, then index", Some("Reef"), 3)
            ]
        );
        let first = &page.ideas[0].idea;
        assert_eq!(first.program, Some(Program::Lfx));
        assert_eq!(
            (first.year, first.term.as_deref()),
            (Some(2026), Some("2026 Term 3"))
        );
        assert_eq!(first.id, "lfx-2026-tide-gauge-query-layer");
        assert_eq!(
            first.upstream_issues,
            ["https://github.com/tide/gauge/issues/7"]
        );
        assert_eq!(first.links, ["https://lfx.example/p/1"]);
        assert_eq!(first.mentors.len(), 2);
        assert_eq!(first.mentors[0].github.as_deref(), Some("rinvale"));
        assert_eq!(first.mentors[1].email, None);
        assert_eq!(
            page.ideas[1].idea.mentors[0].name.as_deref(),
            Some("Ada \"A\" Lee")
        );
        // The blank row is skipped quietly, the row without a name with a warning on its line.
        assert_eq!(page.warnings.len(), 1);
        assert_eq!(page.warnings[0].line, 5);
    }

    #[test]
    fn other_csv_files_are_not_tracking_sheets() {
        assert!(!looks_like_lfx_tracking("name,url\na,b\n"));
        assert!(!looks_like_lfx_tracking("PROJECT,URL\na,b\n"));
        assert!(!looks_like_lfx_tracking(""));
    }

    #[test]
    fn quoted_line_breaks_and_open_quotes_do_not_break_the_reader() {
        let text = format!("{HEADER}\"CNCF - A: B\nC (2026 Term 1)\",u\nnext,row\n\"open");
        let records: Vec<Record> = Records::new(&text).collect();
        assert_eq!(records.len(), 4);
        assert_eq!(records[1].line, 2);
        assert_eq!(records[2].line, 4);
        assert_eq!(records[3].fields, ["open"]);
        // Non-ASCII text survives.
        let r: Vec<Record> = Records::new("é,\"ü,ß\"\r\n").collect();
        assert_eq!(r[0].fields, ["é", "ü,ß"]);
    }
}
