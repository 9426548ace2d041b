//! `ideas skills`, `ideas mentors`, `ideas orgs` and `ideas stats`: counts over the (filtered)
//! ideas, as tables or bar charts for people and as JSON for programs.
//!
//! Mentors are counted per person, not per spelling: the keys of a mentor entry (squashed name,
//! handle and email) that appear together in any one entry belong to the same person, so a
//! person written once by handle and once by name is one row when some entry links the two
//! (or when the squashed name equals the handle, as "Julius von Kohout" and
//! "@juliusvonkohout" do).

use crate::model::{Idea, Mentor, Program};
use crate::options::FacetFormat;
use crate::query::MentorIndex;
use crate::render::table::Grid;
use crate::render::text::sanitize;
use crate::skills::SkillTable;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::io::Write;

mod stats;
use stats::{render_stats, stats};

/// Which facet to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// Ideas per skill.
    Skills,
    /// Ideas per mentor (one row per person).
    Mentors,
    /// Ideas per organisation.
    Orgs,
    /// Ideas per programme/year, difficulty and size, with bar charts.
    Stats,
}

/// Settings of a facet command.
#[derive(Debug, Clone)]
pub struct FacetConfig {
    /// Which facet.
    pub facet: Facet,
    /// Output format.
    pub format: FacetFormat,
    /// At most this many rows.
    pub limit: Option<usize>,
    /// The output stream.
    pub term: crate::options::Term,
}

/// Runs a facet command over the (already filtered) ideas.
///
/// Exit status: [`EXIT_OK`] when there was at least one idea, [`EXIT_NO_MATCH`] otherwise (the
/// output is then `[]`, the stats object with zero counts, or nothing for a table).
pub fn run(
    config: &FacetConfig,
    ideas: &[&Idea],
    skills: &SkillTable,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let json = config.format == FacetFormat::Json;
    match config.facet {
        Facet::Skills => {
            let rows = capped(skill_rows(ideas, skills), config.limit);
            if json {
                write_json(out, &rows)?;
            } else if !rows.is_empty() {
                let mut table = new_table(&["Skill", "Id", "Ideas"], &[2]);
                for r in &rows {
                    table.rows.push(vec![
                        sanitize(&r.name, false),
                        sanitize(&r.skill, false),
                        r.ideas.to_string(),
                    ]);
                }
                write_table(out, &table, config)?;
            }
        }
        Facet::Mentors => {
            let rows = capped(mentor_rows(ideas), config.limit);
            if json {
                write_json(out, &rows)?;
            } else if !rows.is_empty() {
                let mut table = new_table(&["Name", "GitHub", "Email", "Ideas", "Orgs"], &[3]);
                table.importance = vec![0, 1, 3, 4, 2];
                for r in &rows {
                    table.rows.push(vec![
                        sanitize(r.name.as_deref().unwrap_or(""), false),
                        r.github
                            .as_deref()
                            .map(|g| sanitize(&format!("@{g}"), false))
                            .unwrap_or_default(),
                        sanitize(&r.emails.join(", "), false),
                        r.ideas.to_string(),
                        sanitize(&r.orgs.join(", "), false),
                    ]);
                }
                write_table(out, &table, config)?;
            }
        }
        Facet::Orgs => {
            let rows = capped(org_rows(ideas), config.limit);
            if json {
                write_json(out, &rows)?;
            } else if !rows.is_empty() {
                let mut table = new_table(&["Org", "Ideas", "Programs", "Mentors"], &[1, 3]);
                for r in &rows {
                    table.rows.push(vec![
                        sanitize(r.org.as_deref().unwrap_or("(no org)"), false),
                        r.ideas.to_string(),
                        sanitize(&r.programs.join(", "), false),
                        r.mentors.to_string(),
                    ]);
                }
                write_table(out, &table, config)?;
            }
        }
        Facet::Stats => {
            let stats = stats(ideas, config.limit);
            if json {
                write_json(out, &stats)?;
            } else if stats.total > 0 {
                out.write_all(
                    render_stats(&stats, config.term.width, config.term.color).as_bytes(),
                )?;
            }
        }
    }
    Ok(Outcome(if ideas.is_empty() {
        EXIT_NO_MATCH
    } else {
        EXIT_OK
    }))
}

/// A table fitted to the terminal, or tab-separated lines with a header when piped.
fn write_table(out: &mut dyn Write, table: &Grid, config: &FacetConfig) -> std::io::Result<()> {
    let text = table.render(config.term);
    writeln!(out, "{}", text.trim_end_matches('\n'))
}

fn capped<T>(mut rows: Vec<T>, limit: Option<usize>) -> Vec<T> {
    if let Some(n) = limit {
        rows.truncate(n);
    }
    rows
}

fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> anyhow::Result<()> {
    // An I/O error stays an `io::Error` (a closed pipe is not reported as an error).
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

/// A table with a header and the columns at `right` aligned right (the counts).
fn new_table(header: &[&str], right: &[usize]) -> Grid {
    let mut table = Grid::new(header);
    table.right = right.to_vec();
    table
}

// ---------------------------------------------------------------------------------------------
// skills

/// One row of `ideas skills`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct SkillRow {
    /// Canonical skill id (or the unknown skill as written, lower-cased).
    skill: String,
    /// Display name, or the id when the skill is not in the table.
    name: String,
    /// Ideas needing it.
    ideas: usize,
}

fn skill_rows(ideas: &[&Idea], skills: &SkillTable) -> Vec<SkillRow> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for idea in ideas {
        // Canonical skills where the table knows the item, else the item lower-cased.
        let distinct: BTreeSet<String> =
            idea.skills.iter().flat_map(|s| skills.ids_of(s)).collect();
        for s in distinct {
            *counts.entry(s).or_default() += 1;
        }
    }
    let mut rows: Vec<SkillRow> = counts
        .into_iter()
        .map(|(id, n)| SkillRow {
            name: skills.display_name(&id).unwrap_or(&id).to_string(),
            skill: id,
            ideas: n,
        })
        .collect();
    rows.sort_by(|a, b| b.ideas.cmp(&a.ideas).then_with(|| a.skill.cmp(&b.skill)));
    rows
}

// ---------------------------------------------------------------------------------------------
// people

/// Spellings with how often each was written, in order of first appearance.
#[derive(Debug, Default, Clone)]
struct Tally(Vec<(String, usize)>);

impl Tally {
    fn add(&mut self, s: &str) {
        match self.0.iter_mut().find(|(t, _)| t == s) {
            Some((_, n)) => *n += 1,
            None => self.0.push((s.to_string(), 1)),
        }
    }

    /// The most frequent spelling; on a tie the smallest in byte order, so the result does not
    /// depend on the order of the files and capitalised forms ("Tidepool") win over lower-case
    /// ones ("tidepool").
    fn best(&self) -> Option<&str> {
        self.0
            .iter()
            .max_by(|(a, na), (b, nb)| na.cmp(nb).then_with(|| b.cmp(a)))
            .map(|(s, _)| s.as_str())
    }
}

/// One person across every mentor entry that names them.
#[derive(Debug, Default, Clone)]
struct Person {
    names: Tally,
    handles: Tally,
    emails: Vec<String>,
    /// Indices of the ideas they mentor.
    ideas: BTreeSet<usize>,
}

impl Person {
    fn add(&mut self, idea: usize, m: &Mentor) {
        if let Some(n) = m.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            self.names.add(n);
        }
        if let Some(g) = m
            .github
            .as_deref()
            .map(|g| g.trim().trim_start_matches('@'))
            .filter(|g| !g.is_empty())
        {
            self.handles.add(g);
        }
        if let Some(e) = m.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
            if !self.emails.iter().any(|x| x.eq_ignore_ascii_case(e)) {
                self.emails.push(e.to_string());
            }
        }
        self.ideas.insert(idea);
    }

    fn name(&self) -> Option<&str> {
        self.names.best()
    }

    fn github(&self) -> Option<&str> {
        self.handles.best()
    }

    /// What people are sorted and shown by: name, else `@handle`, else email.
    fn label(&self) -> String {
        match (self.name(), self.github()) {
            (Some(n), _) => n.to_string(),
            (None, Some(g)) => format!("@{g}"),
            (None, None) => self.emails.first().cloned().unwrap_or_default(),
        }
    }
}

/// The people mentoring `ideas`, in order of first appearance. Keys written together in one
/// mentor entry belong to one person; a squashed name equal to a handle is the same key.
fn people(ideas: &[&Idea]) -> Vec<Person> {
    let index = MentorIndex::of(ideas.iter().flat_map(|i| &i.mentors));
    let mut by_root: HashMap<usize, usize> = HashMap::new();
    let mut persons: Vec<Person> = Vec::new();
    for (i, idea) in ideas.iter().enumerate() {
        for m in &idea.mentors {
            let Some(root) = index.person(m) else {
                continue;
            };
            let p = *by_root.entry(root).or_insert_with(|| {
                persons.push(Person::default());
                persons.len() - 1
            });
            persons[p].add(i, m);
        }
    }
    persons
}

/// One row of `ideas mentors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct MentorRow {
    /// The most frequent spelling of the name, if any entry gives one.
    name: Option<String>,
    /// The most frequent GitHub handle, without `@`.
    github: Option<String>,
    /// Every email given, first spelling kept.
    emails: Vec<String>,
    /// Distinct ideas mentored.
    ideas: usize,
    /// Distinct organisations of those ideas.
    orgs: Vec<String>,
}

fn mentor_rows(ideas: &[&Idea]) -> Vec<MentorRow> {
    let orgs = OrgNames::new(ideas);
    let mut persons = people(ideas);
    persons.sort_by_cached_key(|p| (std::cmp::Reverse(p.ideas.len()), p.label().to_lowercase()));
    persons
        .iter()
        .map(|p| {
            let mut names: Vec<&str> = p
                .ideas
                .iter()
                .filter_map(|&i| orgs.display(ideas[i].org.as_deref()))
                .collect();
            names.sort_by_key(|n| n.to_lowercase());
            names.dedup();
            MentorRow {
                name: p.name().map(str::to_string),
                github: p.github().map(str::to_string),
                emails: p.emails.clone(),
                ideas: p.ideas.len(),
                orgs: names.into_iter().map(str::to_string).collect(),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// organisations

/// The grouping key of an organisation: trimmed and lower-cased.
fn org_key(org: Option<&str>) -> Option<String> {
    org.map(|o| o.trim().to_lowercase())
        .filter(|o| !o.is_empty())
}

/// Organisation spellings: for each case-insensitive key, the most frequent spelling.
struct OrgNames(HashMap<String, String>);

impl OrgNames {
    fn new(ideas: &[&Idea]) -> Self {
        let mut tallies: HashMap<String, Tally> = HashMap::new();
        for idea in ideas {
            if let Some(key) = org_key(idea.org.as_deref()) {
                tallies
                    .entry(key)
                    .or_default()
                    .add(idea.org.as_deref().unwrap_or_default().trim());
            }
        }
        OrgNames(
            tallies
                .into_iter()
                .filter_map(|(k, t)| t.best().map(|b| (k, b.to_string())))
                .collect(),
        )
    }

    fn display(&self, org: Option<&str>) -> Option<&str> {
        org_key(org).and_then(|k| self.0.get(&k).map(String::as_str))
    }
}

/// One row of `ideas orgs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct OrgRow {
    /// The most frequent spelling; `null` for ideas that name no organisation.
    org: Option<String>,
    /// Ideas of the organisation.
    ideas: usize,
    /// Programmes and years, e.g. `["gsoc 2025", "lfx 2025"]`.
    programs: Vec<String>,
    /// Distinct people mentoring them.
    mentors: usize,
}

fn org_rows(ideas: &[&Idea]) -> Vec<OrgRow> {
    let names = OrgNames::new(ideas);
    let persons = people(ideas);
    let mut groups: Vec<(Option<String>, BTreeSet<usize>)> = Vec::new();
    for (i, idea) in ideas.iter().enumerate() {
        let key = org_key(idea.org.as_deref());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, set)) => {
                set.insert(i);
            }
            None => groups.push((key, BTreeSet::from([i]))),
        }
    }
    let mut rows: Vec<OrgRow> = groups
        .into_iter()
        .map(|(key, set)| {
            let terms: BTreeSet<(Option<Program>, Option<u16>)> = set
                .iter()
                .map(|&i| (ideas[i].program, ideas[i].year))
                .collect();
            OrgRow {
                org: key.and_then(|k| names.0.get(&k).cloned()),
                ideas: set.len(),
                programs: terms
                    .into_iter()
                    .map(|(p, y)| crate::render::table::program_year(p, y))
                    .filter(|label| !label.is_empty())
                    .collect(),
                mentors: persons
                    .iter()
                    .filter(|p| !p.ideas.is_disjoint(&set))
                    .count(),
            }
        })
        .collect();
    rows.sort_by_cached_key(|r| {
        (
            std::cmp::Reverse(r.ideas),
            r.org.is_none(),
            r.org.as_deref().unwrap_or_default().to_lowercase(),
        )
    });
    rows
}

#[cfg(test)]
mod tests;
