//! A proposal as the CNCF's export sees it: the answers of one body, typed.
//!
//! Fields are looked up by the CNCF form's ids (`cncf_project`, `term`, `program_name`, ...), so
//! relabelling the form changes nothing here. A README generated from accepted proposals gives
//! the same type (see [`super::readme`]), which is what `ideas export` writes.

use super::body::parse_body;
use super::boxes::{loosely_ticked, ticked};
use super::def::FormDef;
use super::formats::unwrap_email;
use super::mentors::read_lines;

/// One mentor of a proposal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProposalMentor {
    /// Full name.
    pub name: String,
    /// GitHub login without `@`.
    pub github: String,
    /// Email address.
    pub email: String,
    /// LF username, empty when not given.
    pub lfid: String,
}

/// The custom prerequisite of a program.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomPrerequisite {
    /// Short name (20 characters on LFX).
    pub name: String,
    /// What the applicant provides.
    pub description: String,
    /// The applicant uploads a file.
    pub file_upload: bool,
}

/// The standard prerequisite toggles of LFX.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prerequisites {
    /// Resume.
    pub resume: bool,
    /// Cover letter.
    pub cover_letter: bool,
    /// School enrollment verification.
    pub school_enrollment: bool,
    /// Participation permission from school or employer.
    pub participation_permission: bool,
    /// Coding challenge.
    pub coding_challenge: bool,
    /// The coding challenge's URL.
    pub coding_challenge_url: Option<String>,
    /// The custom prerequisite, when one is ticked.
    pub custom: Option<CustomPrerequisite>,
}

/// One program proposal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proposal {
    /// The issue number, when the body came from the GitHub API.
    pub issue_number: Option<u64>,
    /// The issue's web URL, when the body came from the GitHub API with `url`.
    pub issue_url: Option<String>,
    /// The CNCF project.
    pub project: String,
    /// The term, e.g. "2026 Term 3 (Sep-Nov)".
    pub term: String,
    /// The program's own name (the "short" name).
    pub name: String,
    /// The description, Markdown.
    pub description: String,
    /// Comma-separated technologies.
    pub technologies: String,
    /// Comma-separated skills as the export gives them (the technologies when the box is ticked).
    pub skills: String,
    /// Mentors, primary first.
    pub mentors: Vec<ProposalMentor>,
    /// The upstream issue URL as written.
    pub upstream_issue_url: String,
    /// The LFX project URL, when known (generated READMEs have it, issue bodies do not).
    pub lfx_url: Option<String>,
    /// Prerequisites (issue bodies only).
    pub prerequisites: Option<Prerequisites>,
    /// 1-based line where the proposal starts in its file.
    pub line: usize,
}

impl Proposal {
    /// The full LFX name, `CNCF - <project>: <name> (<YYYY Term N>)`.
    pub fn full_name(&self) -> String {
        let (project, name) = (self.project.trim(), self.name.trim());
        format!("CNCF - {project}: {name} ({})", short_term(&self.term))
    }
}

/// "2026 Term 3 (Sep-Nov)" -> "2026 Term 3": the term as the full program name writes it.
pub fn short_term(term: &str) -> &str {
    term.split_once(" (").map_or(term, |(head, _)| head).trim()
}

/// Reads the proposal a body answers, with the bot's parser and checkbox readers.
pub fn read_proposal(form: &FormDef, text: &str) -> Proposal {
    let spec = super::spec::spec();
    let body = parse_body(spec, text);
    let label = |id: &str| form.field(id).map_or("", |f| f.label.as_str());
    let text_of = |id: &str| body.value(label(id)).to_string();
    let ticks = |id: &str| -> Vec<String> {
        ticked(body.value(label(id)))
            .into_iter()
            .map(str::to_lowercase)
            .collect()
    };
    let technologies = text_of("technologies");
    let skills_same = loosely_ticked(body.value(label("skills_same")));
    let skills = if skills_same {
        technologies.clone()
    } else {
        text_of("skills")
    };
    let mentors = read_lines(body.value(label("mentors")))
        .into_iter()
        .map(|m| ProposalMentor {
            name: m.part(0).to_string(),
            github: m.part(1).trim_start_matches('@').to_string(),
            email: unwrap_email(m.part(2)).to_string(),
            lfid: m.part(3).to_string(),
        })
        .collect();
    let pre = ticks("application_prerequisites");
    let has = |word: &str| pre.iter().any(|t| t.starts_with(word));
    let coding_challenge_url = Some(text_of("coding_challenge_url")).filter(|u| !u.is_empty());
    let custom = (!ticks("custom_prerequisites").is_empty()).then(|| CustomPrerequisite {
        name: text_of("custom_prerequisite_name"),
        description: text_of("custom_prerequisite_description"),
        file_upload: !ticks("custom_prerequisite_file_upload").is_empty(),
    });
    Proposal {
        project: text_of("cncf_project"),
        term: text_of("term"),
        name: text_of("program_name"),
        description: text_of("program_description"),
        technologies,
        skills,
        mentors,
        upstream_issue_url: text_of("upstream_issue_url"),
        prerequisites: Some(Prerequisites {
            resume: has("resume"),
            cover_letter: has("cover letter"),
            school_enrollment: has("school enrollment"),
            participation_permission: has("participation permission"),
            coding_challenge: has("coding challenge"),
            coding_challenge_url,
            custom,
        }),
        line: 1,
        ..Proposal::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names() {
        assert_eq!(short_term("2026 Term 3 (Sep-Nov)"), "2026 Term 3");
        let p = Proposal {
            project: "Jaeger".into(),
            name: " Faster UI".into(),
            term: "2026 Term 3 (Sep-Nov)".into(),
            ..Proposal::default()
        };
        assert_eq!(p.full_name(), "CNCF - Jaeger: Faster UI (2026 Term 3)");
    }
}
