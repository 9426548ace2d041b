//! `ideas export`: proposals in the shapes the CNCF exports for the LFX platform.
//!
//! `lfx-json` is `lfx-export.json` (`_generated`, `_term`, `_count`, `programs[]`, keys in the
//! CNCF's order) and `lfx-csv` is `lfx-tracking.csv` (the program's full name, LFX URL, upstream
//! issue, a blank column, the mentor count, then four mentor column groups). Inputs are issue
//! bodies (files, `-`, `gh --json` output), term READMEs generated from accepted proposals, or
//! any idea page. What an input does not carry is `null` (or empty in the CSV), never guessed:
//! a README has no issue numbers, LFIDs or prerequisites; a body has no LFX URL; no input has
//! the project's maturity. The project slug is the project's name, lower-cased and hyphenated
//! (the CNCF's `projects.yml` slugs such as `k8s` are not known here).

use crate::form::body::matching_labels;
use crate::form::input::{looks_like_issue_json, read_issue_json};
use crate::form::proposal::{read_proposal, Prerequisites, Proposal, ProposalMentor};
use crate::form::readme::{looks_generated, read_generated};
use crate::form::{parse_form, recognise, FormDef};
use crate::model::slugify;
use crate::parse::{self, Defaults};
use crate::render::table::csv_field;
use crate::skills::SkillTable;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use anyhow::{anyhow, Context, Result};
use serde::Serialize;
use std::io::{Read, Write};
use std::path::PathBuf;

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// The shape of the CNCF's `lfx-export.json`.
    LfxJson,
    /// The shape of the CNCF's `lfx-tracking.csv`.
    LfxCsv,
}

/// Settings of `export`: the values of its flags.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportConfig {
    /// Files or directories to read; `-` reads standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ExportFormat::LfxJson)]
    pub format: ExportFormat,

    /// Read issue bodies with this GitHub issue form instead of the built-in LFX proposal form.
    #[arg(long, value_name = "FORM.yml")]
    pub form: Option<PathBuf>,
}

/// Runs `export`.
pub fn run(config: &ExportConfig, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let form = match &config.form {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("{}: cannot read", p.display()))?;
            Some(parse_form(&text).map_err(|e| anyhow!("{}: {e}", p.display()))?)
        }
        None => None,
    };
    let mut proposals = Vec::new();
    for (display, text) in read_inputs(&config.paths)? {
        let (found, skipped) = proposals_of(form.as_ref(), &display, &text)?;
        proposals.extend(found);
        for name in skipped {
            writeln!(err, "{name}: not a proposal body of the form, skipped")?;
        }
    }
    match config.format {
        ExportFormat::LfxJson => write_json(out, &proposals)?,
        ExportFormat::LfxCsv => write_csv(out, &proposals)?,
    }
    writeln!(
        err,
        "exported {}",
        super::quantity(proposals.len(), "program")
    )?;
    Ok(Outcome(if proposals.is_empty() {
        EXIT_NO_MATCH
    } else {
        EXIT_OK
    }))
}

/// (display name, text) of every input, folders expanded to their Markdown files.
fn read_inputs(paths: &[PathBuf]) -> Result<Vec<(String, String)>> {
    let mut inputs = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("standard input: cannot read (is it UTF-8?)")?;
            inputs.push(("<stdin>".to_string(), text));
            continue;
        }
        for f in super::files_of(p)? {
            let bytes =
                std::fs::read(&f).with_context(|| format!("{}: cannot read", f.display()))?;
            inputs.push((
                crate::load::display_path(&f),
                String::from_utf8_lossy(&bytes).into_owned(),
            ));
        }
    }
    Ok(inputs)
}

/// The proposals one input gives, and the names of `gh --json` issues that are not proposals.
fn proposals_of(
    form: Option<&FormDef>,
    display: &str,
    text: &str,
) -> Result<(Vec<Proposal>, Vec<String>)> {
    if looks_like_issue_json(text) {
        let mut out = Vec::new();
        let mut skipped = Vec::new();
        for body in read_issue_json(display, text).map_err(|e| anyhow!(e))? {
            match recognise(form, &body.text).filter(|f| matching_labels(f, &body.text) > 0) {
                Some(f) => {
                    let mut p = read_proposal(f, &body.text);
                    p.issue_number = body.number;
                    p.issue_url = body.url;
                    out.push(p);
                }
                None => skipped.push(body.display),
            }
        }
        return Ok((out, skipped));
    }
    if let Some(f) = recognise(form, text).filter(|f| matching_labels(f, text) > 0) {
        return Ok((vec![read_proposal(f, text)], Vec::new()));
    }
    if looks_generated(text) {
        return Ok((read_generated(text), Vec::new()));
    }
    // Any other page: its ideas, with what the page gives.
    let page = parse::parse_page(display, text, SkillTable::bundled(), &Defaults::default());
    let ideas = page
        .ideas
        .into_iter()
        .map(|p| {
            let idea = p.idea;
            let description = match (&idea.description, &idea.expected_outcomes) {
                (Some(d), Some(o)) => format!("{d}\n\n## Expected outcomes\n\n{o}"),
                (Some(d), None) => d.clone(),
                (None, Some(o)) => o.clone(),
                (None, None) => String::new(),
            };
            Proposal {
                project: idea.org.unwrap_or_default(),
                term: idea.term.unwrap_or_default(),
                name: idea.title,
                description,
                skills: idea
                    .skills_raw
                    .as_deref()
                    .map(crate::model::skills_line)
                    .unwrap_or_default(),
                mentors: idea
                    .mentors
                    .into_iter()
                    .map(|m| ProposalMentor {
                        name: m.name.unwrap_or_default(),
                        github: m.github.unwrap_or_default(),
                        email: m.email.unwrap_or_default(),
                        lfid: String::new(),
                    })
                    .collect(),
                upstream_issue_url: idea.upstream_issues.into_iter().next().unwrap_or_default(),
                line: idea.source.line,
                ..Proposal::default()
            }
        })
        .collect();
    Ok((ideas, Vec::new()))
}

#[derive(Serialize)]
struct ExportFile<'a> {
    #[serde(rename = "_generated")]
    generated: String,
    #[serde(rename = "_term")]
    term: Option<&'a str>,
    #[serde(rename = "_count")]
    count: usize,
    programs: Vec<Program<'a>>,
}

#[derive(Serialize)]
struct Program<'a> {
    issue_number: Option<u64>,
    issue_url: Option<&'a str>,
    cncf_project: &'a str,
    cncf_project_slug: String,
    cncf_project_maturity: Option<&'a str>,
    term: &'a str,
    program_name_full: String,
    program_name_short: &'a str,
    description: &'a str,
    technologies: &'a str,
    skills: &'a str,
    mentors: Vec<Mentor<'a>>,
    upstream_issue_url: &'a str,
    lfx_url: Option<&'a str>,
    prerequisites: Option<Prereqs<'a>>,
}

#[derive(Serialize)]
struct Mentor<'a> {
    name: &'a str,
    github_handle: &'a str,
    email: &'a str,
    lfid: Option<&'a str>,
    role: &'static str,
}

#[derive(Serialize)]
struct Prereqs<'a> {
    resume: bool,
    cover_letter: bool,
    school_enrollment: bool,
    participation_permission: bool,
    coding_challenge: bool,
    coding_challenge_url: Option<&'a str>,
    custom: Option<Custom<'a>>,
    standard_courses: [Course; 1],
}

#[derive(Serialize)]
struct Custom<'a> {
    name: &'a str,
    description: &'a str,
    file_upload: bool,
}

#[derive(Serialize)]
struct Course {
    name: &'static str,
    description: &'static str,
    file_upload: bool,
}

/// The course the CNCF's export adds to every program (LFC102); the wording is ours.
const LFC102: Course = Course {
    name: "Inclusive Community",
    description: "Upload your completion certificate of the Inclusive Open Source Community Orientation course (LFC102): https://training.linuxfoundation.org/training/inclusive-open-source-community-orientation-lfc102/",
    file_upload: true,
};

fn program(p: &Proposal) -> Program<'_> {
    Program {
        issue_number: p.issue_number,
        issue_url: p.issue_url.as_deref(),
        cncf_project: &p.project,
        cncf_project_slug: slugify(&p.project),
        cncf_project_maturity: None,
        term: &p.term,
        program_name_full: p.full_name(),
        program_name_short: &p.name,
        description: &p.description,
        technologies: &p.technologies,
        skills: &p.skills,
        mentors: p
            .mentors
            .iter()
            .enumerate()
            .map(|(i, m)| Mentor {
                name: &m.name,
                github_handle: &m.github,
                email: &m.email,
                lfid: Some(m.lfid.as_str()).filter(|l| !l.is_empty()),
                role: if i == 0 { "primary" } else { "co-mentor" },
            })
            .collect(),
        upstream_issue_url: &p.upstream_issue_url,
        lfx_url: p.lfx_url.as_deref(),
        prerequisites: p.prerequisites.as_ref().map(prereqs),
    }
}

fn prereqs(p: &Prerequisites) -> Prereqs<'_> {
    Prereqs {
        resume: p.resume,
        cover_letter: p.cover_letter,
        school_enrollment: p.school_enrollment,
        participation_permission: p.participation_permission,
        coding_challenge: p.coding_challenge,
        coding_challenge_url: p
            .coding_challenge_url
            .as_deref()
            .filter(|_| p.coding_challenge),
        custom: p.custom.as_ref().map(|c| Custom {
            name: &c.name,
            description: &c.description,
            file_upload: c.file_upload,
        }),
        standard_courses: [LFC102],
    }
}

fn write_json(out: &mut dyn Write, proposals: &[Proposal]) -> Result<()> {
    // The term most programs share (the first such on a tie).
    let terms = super::count_by(
        proposals
            .iter()
            .map(|p| p.term.as_str())
            .filter(|t| !t.is_empty()),
    );
    let term = terms.iter().rev().max_by_key(|(_, n)| *n).map(|(t, _)| *t);
    let file = ExportFile {
        generated: timestamp(),
        term,
        count: proposals.len(),
        programs: proposals.iter().map(program).collect(),
    };
    Ok(crate::render::json::write_json(out, &file)?)
}

/// The header of `lfx-tracking.csv`.
fn csv_header() -> Vec<String> {
    let mut h: Vec<String> = ["PROJECT", "LFX URL", "Upstream issue", "", "mentor count"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for n in 1..=4 {
        h.push(format!("Mentor {n}"));
        h.push(format!("Mentor {n} GitHub"));
        h.push(format!("Mentor {n} email address"));
        h.push(format!("Mentor {n} LFID"));
    }
    h
}

fn write_csv(out: &mut dyn Write, proposals: &[Proposal]) -> Result<()> {
    writeln!(out, "{}", csv_header().join(","))?;
    for p in proposals {
        let mut row = vec![
            p.full_name(),
            p.lfx_url.clone().unwrap_or_default(),
            p.upstream_issue_url.clone(),
            String::new(),
            p.mentors.len().to_string(),
        ];
        for i in 0..4 {
            let m = p.mentors.get(i).cloned().unwrap_or_default();
            row.extend([m.name, m.github, m.email, m.lfid]);
        }
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        writeln!(out, "{}", row.join(","))?;
    }
    Ok(())
}

/// Now (or `SOURCE_DATE_EPOCH`, for reproducible output) as `2026-08-04T21:49:16.677Z`.
fn timestamp() -> String {
    let now =
        (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)).unwrap_or_default();
    let (secs, millis) = match std::env::var("SOURCE_DATE_EPOCH").map(|s| s.parse::<u64>()) {
        Ok(Ok(s)) => (s, 0),
        _ => (now.as_secs(), now.subsec_millis()),
    };
    let (y, m, d) = crate::sources::cache::civil_from_days((secs / 86_400) as i64);
    let (h, min, sec) = (secs % 86_400 / 3600, secs % 3600 / 60, secs % 60);
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{sec:02}.{millis:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting_and_header() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        let h = csv_header();
        assert_eq!(h.len(), 21);
        assert_eq!(h[3], "");
        assert_eq!(h[20], "Mentor 4 LFID");
    }
}
