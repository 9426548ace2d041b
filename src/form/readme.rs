//! Term READMEs generated from accepted proposals (`programs/lfx-mentorship/2026/03-Sep-Nov/
//! README.md`): read back into [`Proposal`]s for `ideas export`.
//!
//! The generator writes, under `## Accepted Projects`, a `### Project` heading, then per program
//! a `#### Name` heading, the full LFX name line (`CNCF - Project: Name (2026 Term 3)`) and the
//! bullets `- Description:` (a blockquote), `- Recommended Skills:`, `- Technologies:`,
//! `- Mentor(s):` (one `Name (@handle, email)` sub-bullet each), `- Upstream Issue:` and
//! `- LFX URL:`. A page is taken for such a README only when it has full-name lines; others go
//! through the general page parser. What the README does not carry (issue numbers, LFIDs,
//! prerequisites) stays empty.

use super::proposal::{Proposal, ProposalMentor};
use crate::parse::mentors::parse_mentors;

/// True if `text` looks like a generated term README (at least one `CNCF - X: Y (YYYY Term N)`
/// line right under a `####` heading).
pub fn looks_generated(text: &str) -> bool {
    let mut after_heading = false;
    for line in text.lines() {
        if line.starts_with("#### ") {
            after_heading = true;
        } else if after_heading && !line.trim().is_empty() {
            if line.starts_with("CNCF - ") && line.contains(" Term ") {
                return true;
            }
            after_heading = false;
        }
    }
    false
}

/// "# Term 03 - 2026 September - November" -> "Sep-Nov".
fn months_of(text: &str) -> Option<String> {
    let h1 = text.lines().find(|l| l.starts_with("# "))?;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let found: Vec<&str> = h1
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w)))
        .collect();
    match found.as_slice() {
        [a, .., b] => Some(format!("{}-{}", &a[..3], &b[..3])),
        _ => None,
    }
}

#[derive(PartialEq)]
enum In {
    Nothing,
    Description,
    Mentors,
}

/// Reads the programs of a generated README, in page order.
pub fn read_generated(text: &str) -> Vec<Proposal> {
    let months = months_of(text);
    let mut out: Vec<Proposal> = Vec::new();
    let mut project = String::new();
    let mut state = In::Nothing;
    let mut description: Vec<String> = Vec::new();
    let finish = |out: &mut Vec<Proposal>, description: &mut Vec<String>| {
        if let Some(p) = out.last_mut() {
            if !description.is_empty() {
                p.description = description.join("\n").trim().to_string();
                description.clear();
            }
        }
    };
    for (i, line) in text.lines().enumerate() {
        if let Some(h) = line.strip_prefix("### ") {
            finish(&mut out, &mut description);
            project = h.trim().to_string();
            state = In::Nothing;
            continue;
        }
        if let Some(h) = line.strip_prefix("#### ") {
            finish(&mut out, &mut description);
            out.push(Proposal {
                project: project.clone(),
                name: h.trim().to_string(),
                line: i + 1,
                ..Proposal::default()
            });
            state = In::Nothing;
            continue;
        }
        let Some(p) = out.last_mut() else { continue };
        if line.starts_with("CNCF - ") && p.term.is_empty() {
            // "(2026 Term 3)" at the end gives the term; the H1's months complete it.
            if let Some(open) = line.rfind('(') {
                let short = line[open + 1..].trim_end().trim_end_matches(')');
                p.term = match &months {
                    Some(m) => format!("{short} ({m})"),
                    None => short.to_string(),
                };
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("- ") {
            if state == In::Description {
                p.description = description.join("\n").trim().to_string();
                description.clear();
            }
            state = In::Nothing;
            let (label, value) = rest.split_once(':').unwrap_or((rest, ""));
            let value = value.trim().to_string();
            match label.trim() {
                "Description" => state = In::Description,
                "Recommended Skills" => p.skills = value,
                "Technologies" => p.technologies = value,
                "Mentor(s)" => state = In::Mentors,
                "Upstream Issue" => p.upstream_issue_url = value,
                "LFX URL" => p.lfx_url = Some(value).filter(|v| !v.is_empty()),
                _ => {}
            }
            continue;
        }
        match state {
            In::Description => {
                let t = line.trim_start();
                if let Some(q) = t.strip_prefix('>') {
                    // Trailing spaces are the author's: the export keeps them.
                    description.push(q.strip_prefix(' ').unwrap_or(q).to_string());
                } else if !t.is_empty() {
                    description.push(t.to_string());
                }
            }
            In::Mentors => {
                if let Some(m) = line.trim_start().strip_prefix("- ") {
                    if let Some(found) = generated_mentor(m) {
                        p.mentors.push(found);
                    }
                }
            }
            In::Nothing => {}
        }
    }
    finish(&mut out, &mut description);
    out
}

/// `Name (@handle, email)` as the generator writes it; the name is everything before the last
/// `(@`, so a name with its own parenthesis (`Zicong Chen(Jesse Stutler)`) stays whole.
fn generated_mentor(line: &str) -> Option<ProposalMentor> {
    let t = line.trim();
    if let Some(at) = t.rfind("(@") {
        let inner = t[at + 2..].trim_end().strip_suffix(')')?;
        let (handle, email) = inner.split_once(',').unwrap_or((inner, ""));
        return Some(ProposalMentor {
            name: t[..at].trim().to_string(),
            github: handle.trim().to_string(),
            email: email.trim().to_string(),
            lfid: String::new(),
        });
    }
    let found = parse_mentors(t).into_iter().next()?;
    Some(ProposalMentor {
        name: found.name.unwrap_or_default(),
        github: found.github.unwrap_or_default(),
        email: found.email.unwrap_or_default(),
        lfid: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "# Term 03 - 2026 September - November\n\n## Accepted Projects\n\n### Lanternfish\n\n#### Streaming shipper\n\nCNCF - Lanternfish: Streaming shipper (2026 Term 3)\n\n- Description:\n\n  > ## Description\n  > Logs go out as they come.\n  > \n  > ## Expected outcomes\n  > - A mode.\n\n- Recommended Skills: Go, writing\n- Technologies: Go\n- Mentor(s):\n  - Ada Quill (@adaquill, ada@example.org)\n  - Bo Tan (@botan, bo@example.org)\n- Upstream Issue: https://github.com/l/l/issues/1\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/x\n";

    #[test]
    fn reads_a_generated_page() {
        assert!(looks_generated(PAGE));
        assert!(!looks_generated("#### Idea\n\n- Description: x\n"));
        let p = read_generated(PAGE);
        assert_eq!(p.len(), 1);
        let p = &p[0];
        assert_eq!(p.project, "Lanternfish");
        assert_eq!(p.name, "Streaming shipper");
        assert_eq!(p.term, "2026 Term 3 (Sep-Nov)");
        assert_eq!(
            p.full_name(),
            "CNCF - Lanternfish: Streaming shipper (2026 Term 3)"
        );
        assert_eq!(
            p.description,
            "## Description\nLogs go out as they come.\n\n## Expected outcomes\n- A mode."
        );
        assert_eq!(
            (p.skills.as_str(), p.technologies.as_str()),
            ("Go, writing", "Go")
        );
        assert_eq!(p.mentors.len(), 2);
        assert_eq!(p.mentors[1].github, "botan");
        assert_eq!(p.upstream_issue_url, "https://github.com/l/l/issues/1");
        assert_eq!(
            p.lfx_url.as_deref(),
            Some("https://mentorship.lfx.linuxfoundation.org/project/x")
        );
        assert_eq!(p.line, 7);
        let m =
            generated_mentor("Zicong Chen(Jesse Stutler) (@JesseStutler, j@example.org)").unwrap();
        assert_eq!(
            (m.name.as_str(), m.github.as_str(), m.email.as_str()),
            (
                "Zicong Chen(Jesse Stutler)",
                "JesseStutler",
                "j@example.org"
            )
        );
    }
}
