//! Term READMEs generated from accepted proposals (`programs/lfx-mentorship/2026/03-Sep-Nov/
//! README.md`): read back into [`Proposal`]s for `ideas export`.
//!
//! The generator writes, under `## Accepted Projects`, a `### Project` heading, then per program
//! a `#### Name` heading, the full LFX name line (`CNCF - Project: Name (2026 Term 3)`) and the
//! bullets `- Description:` (a blockquote), `- Recommended Skills:`, `- Technologies:`,
//! `- Mentor(s):` (one `Name (@handle, email)` sub-bullet each), `- Upstream Issue:` and
//! `- LFX URL:`. A page is taken for such a README only when it has full-name lines; others go
//! through the general page parser. What the README does not carry (issue numbers, LFIDs,
//! prerequisites) stays empty. The hand-written READMEs of the year's earlier terms (same
//! full-name lines, inline fields, `#####` programs under a `####` subproject) read too.

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
    const MONTHS: &str =
        "January February March April May June July August September October November December";
    let found: Vec<&str> = h1
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| MONTHS.split(' ').any(|m| m.eq_ignore_ascii_case(w)))
        .collect();
    match found.as_slice() {
        [a, .., b] => Some(format!("{}-{}", &a[..3], &b[..3])),
        _ => None,
    }
}

/// The field a bullet label names, in the spellings term READMEs use ("Mentor(s)", "Mentors",
/// "Primary Mentor", "Upstream Issues", "Expected outcome", ...).
#[derive(Clone, Copy, PartialEq)]
enum Label {
    Description,
    Outcomes,
    Skills,
    Technologies,
    Mentors,
    Upstream,
    LfxUrl,
}

fn label_of(text: &str) -> Option<Label> {
    let t = text
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_ascii_lowercase();
    Some(match t.as_str() {
        "description" => Label::Description,
        "expected outcome" | "expected outcomes" | "expected outcome(s)" => Label::Outcomes,
        "recommended skills" | "skills" | "required skills" => Label::Skills,
        "technologies" => Label::Technologies,
        "mentor(s)" | "mentor" | "mentors" | "primary mentor" | "secondary mentor"
        | "co-mentor" | "co-mentors" => Label::Mentors,
        "upstream issue"
        | "upstream issues"
        | "upstream issue(s)"
        | "issue"
        | "upstream issue (url)" => Label::Upstream,
        "lfx url" => Label::LfxUrl,
        _ => return None,
    })
}

/// A program being read: its fields so far and the lines of its multi-line fields.
struct Draft {
    proposal: Proposal,
    description: Vec<String>,
    outcomes: Vec<String>,
}

impl Draft {
    /// The lines of the multi-line field `label` (the outcomes, else the description).
    fn lines(&mut self, label: Label) -> &mut Vec<String> {
        match label {
            Label::Outcomes => &mut self.outcomes,
            _ => &mut self.description,
        }
    }

    fn finish(self) -> Proposal {
        let mut p = self.proposal;
        let description = self.description.join("\n").trim().to_string();
        let outcomes = self.outcomes.join("\n").trim().to_string();
        // Hand-written terms give the outcome as a field; generated ones inside the description.
        p.description = match (description.is_empty(), outcomes.is_empty()) {
            (_, true) => description,
            (true, false) => format!("## Expected outcomes\n\n{outcomes}"),
            (false, false) => format!("{description}\n\n## Expected outcomes\n\n{outcomes}"),
        };
        p
    }
}

/// Reads the programs of a generated README, in page order.
///
/// A program starts at a `####` or `#####` heading once a full-name line or a field bullet
/// follows it (a `####` heading that only groups `#####` programs, as Kubernetes' subprojects
/// do, is no program). The short name comes from the full-name line when it has the project's
/// prefix, else from the heading. Fields may be written inline (`- Description: text`) or as
/// the lines under the bullet (a blockquote, sub-bullets).
pub fn read_generated(text: &str) -> Vec<Proposal> {
    let months = months_of(text);
    let mut out: Vec<Proposal> = Vec::new();
    let mut project = String::new();
    let mut pending: Option<(String, usize)> = None;
    let mut draft: Option<Draft> = None;
    // The multi-line field the lines under a `- Label:` bullet belong to.
    let mut state: Option<Label> = None;
    // The generator lists programs under `## Accepted Projects`; what comes before (timeline,
    // table of contents) is no program.
    let start = text
        .lines()
        .position(|l| l.trim_end() == "## Accepted Projects")
        .unwrap_or(0);
    for (i, line) in text.lines().enumerate().skip(start) {
        let heading = line
            .strip_prefix("#### ")
            .or_else(|| line.strip_prefix("##### "));
        if let Some(h) = line.strip_prefix("### ").or(heading) {
            out.extend(draft.take().map(Draft::finish));
            state = None;
            match heading {
                Some(h) => pending = Some((h.trim().to_string(), i + 1)),
                None => {
                    project = h.trim().to_string();
                    pending = None;
                }
            }
            continue;
        }
        let starts_program = line.starts_with("CNCF - ") || line.starts_with("- ");
        if starts_program && draft.is_none() {
            if let Some((title, at)) = pending.take() {
                draft = Some(Draft {
                    proposal: Proposal {
                        project: project.clone(),
                        name: title,
                        line: at,
                        ..Proposal::default()
                    },
                    description: Vec::new(),
                    outcomes: Vec::new(),
                });
            }
        }
        let Some(d) = draft.as_mut() else { continue };
        let p = &mut d.proposal;
        if line.starts_with("CNCF - ") && p.term.is_empty() {
            read_full_name(p, line, months.as_deref());
            continue;
        }
        if let Some(rest) = line.strip_prefix("- ") {
            state = None;
            let (label, value) = rest.split_once(':').unwrap_or((rest, ""));
            let value = value.trim();
            match label_of(label) {
                Some(l @ (Label::Description | Label::Outcomes)) => {
                    state = Some(l);
                    d.lines(l)
                        .extend(Some(value.to_string()).filter(|v| !v.is_empty()));
                }
                Some(Label::Skills) => p.skills = value.to_string(),
                Some(Label::Technologies) => p.technologies = value.to_string(),
                Some(Label::Mentors) => {
                    state = Some(Label::Mentors);
                    p.mentors.extend(value.split("), ").filter_map(|m| {
                        let m = m.trim().trim_end_matches(')');
                        (!m.is_empty()).then(|| generated_mentor(&format!("{m})")))?
                    }));
                }
                Some(Label::Upstream) if value.is_empty() => state = Some(Label::Upstream),
                Some(Label::Upstream) if p.upstream_issue_url.is_empty() => {
                    p.upstream_issue_url = value.to_string()
                }
                Some(Label::LfxUrl) => {
                    p.lfx_url = Some(value.to_string()).filter(|v| !v.is_empty())
                }
                Some(Label::Upstream) | None => {}
            }
            continue;
        }
        let t = line.trim_start();
        match state {
            Some(l @ (Label::Description | Label::Outcomes)) => {
                let lines = d.lines(l);
                if let Some(q) = t.strip_prefix('>') {
                    // Trailing spaces are the author's: the export keeps them.
                    lines.push(q.strip_prefix(' ').unwrap_or(q).to_string());
                } else if !t.is_empty() {
                    lines.push(t.to_string());
                }
            }
            Some(Label::Mentors) => {
                if let Some(m) = t.strip_prefix("- ") {
                    p.mentors.extend(generated_mentor(m));
                }
            }
            Some(Label::Upstream) => {
                let url = t
                    .split_whitespace()
                    .find(|w| w.starts_with("https://") || w.starts_with("http://"));
                if let (Some(url), true) = (url, p.upstream_issue_url.is_empty()) {
                    p.upstream_issue_url = url.trim_end_matches([')', ',', '.']).to_string();
                }
            }
            _ => {}
        }
    }
    out.extend(draft.map(Draft::finish));
    out
}

/// `CNCF - Project: Name (2026 Term 3)`: the term (completed with the H1's months) and, when
/// the line has the project's prefix, the program's LFX short name.
fn read_full_name(p: &mut Proposal, line: &str, months: Option<&str>) {
    let Some(open) = line.rfind(" (") else { return };
    let short_term = line[open + 2..].trim_end().trim_end_matches(')');
    p.term = match months {
        Some(m) => format!("{short_term} ({m})"),
        None => short_term.to_string(),
    };
    if let Some(name) = line[..open].strip_prefix(&format!("CNCF - {}: ", p.project)) {
        if !name.trim().is_empty() {
            p.name = name.trim().to_string();
        }
    }
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

    #[test]
    fn reads_hand_written_terms() {
        let page = "# Term 01 - 2027 March - May\n\n#### Timeline\n\n- Not a program\n\n## Accepted Projects\n\n### Kubernetes\n\n#### Cluster API\n\n##### Add tracing\n\nCNCF - Kubernetes: CAPI: Add tracing (2027 Term 1)\n\n- Description: Adds spans.\n- Expected Outcome:\n  - Spans in the controller\n- Primary Mentor: Ada Quill (@adaquill, ada@example.org)\n- Secondary Mentor: Bo Tan (@botan, bo@example.org)\n- Upstream Issues:\n  - https://github.com/k/k/issues/1, and more\n";
        let p = read_generated(page);
        assert_eq!(p.len(), 1, "{p:?}");
        let p = &p[0];
        assert_eq!(
            (p.project.as_str(), p.name.as_str()),
            ("Kubernetes", "CAPI: Add tracing")
        );
        assert_eq!(p.term, "2027 Term 1 (Mar-May)");
        assert_eq!(
            p.description,
            "Adds spans.\n\n## Expected outcomes\n\n- Spans in the controller"
        );
        assert_eq!(p.mentors.len(), 2);
        assert_eq!(p.mentors[1].email, "bo@example.org");
        assert_eq!(p.upstream_issue_url, "https://github.com/k/k/issues/1");
    }
}
