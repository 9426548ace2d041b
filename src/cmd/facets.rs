//! `ideas skills`, `ideas mentors`, `ideas orgs` and `ideas stats`: counts over the (filtered)
//! ideas, as tables or bar charts for people and as JSON for programs.
//!
//! Mentors are counted per person, not per spelling: the keys of a mentor entry (squashed name,
//! handle and email) that appear together in any one entry belong to the same person, so a
//! person written once by handle and once by name is one row when some entry links the two
//! (or when the squashed name equals the handle, as "Julius von Kohout" and
//! "@juliusvonkohout" do).

use super::count_by;
use crate::model::{Idea, Mentor, Program};
use crate::options::{FacetFormat, Term};
use crate::query::MentorIndex;
use crate::render::json::write_json;
use crate::render::table::Grid;
use crate::render::text::sanitize;
use crate::skills::SkillTable;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
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
    pub term: Term,
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
    let (limit, how) = (
        config.limit,
        (config.format == FacetFormat::Json, config.term),
    );
    let clean = |s: &str| sanitize(s, false);
    match config.facet {
        Facet::Skills => {
            let rows = capped(skill_rows(ideas, skills), limit);
            write_rows(out, how, &rows, &["Skill", "Id", "Ideas"], &[2], &[], |r| {
                vec![clean(&r.name), clean(&r.skill), r.ideas.to_string()]
            })?
        }
        Facet::Mentors => {
            let rows = capped(mentor_rows(ideas), limit);
            let header = ["Name", "GitHub", "Email", "Ideas", "Orgs"];
            write_rows(out, how, &rows, &header, &[3], &[0, 1, 3, 4, 2], |r| {
                vec![
                    clean(r.name.as_deref().unwrap_or("")),
                    (r.github.as_deref())
                        .map(|g| clean(&format!("@{g}")))
                        .unwrap_or_default(),
                    clean(&r.emails.join(", ")),
                    r.ideas.to_string(),
                    clean(&r.orgs.join(", ")),
                ]
            })?
        }
        Facet::Orgs => {
            let rows = capped(org_rows(ideas), limit);
            let header = ["Org", "Ideas", "Programs", "Mentors"];
            write_rows(out, how, &rows, &header, &[1, 3], &[], |r| {
                vec![
                    clean(r.org.as_deref().unwrap_or("(no org)")),
                    r.ideas.to_string(),
                    clean(&r.programs.join(", ")),
                    r.mentors.to_string(),
                ]
            })?
        }
        Facet::Stats => {
            let stats = stats(ideas, limit);
            if how.0 {
                write_json(out, &stats)?;
            } else if stats.total > 0 {
                let (width, color) = (config.term.width, config.term.color);
                out.write_all(render_stats(&stats, width, color).as_bytes())?;
            }
        }
    }
    Ok(Outcome(if ideas.is_empty() {
        EXIT_NO_MATCH
    } else {
        EXIT_OK
    }))
}

/// Writes `rows` as JSON, or (when there are any) as a table of `header` fitted to the terminal
/// (tab-separated lines when piped), the columns at `right` aligned right (the counts), dropped
/// by `importance` when too narrow, and the cells of each row given by `cells`.
pub(super) fn write_rows<T: Serialize>(
    out: &mut dyn Write,
    (json, term): (bool, Term),
    rows: &[T],
    header: &[&str],
    right: &[usize],
    importance: &[usize],
    cells: impl Fn(&T) -> Vec<String>,
) -> std::io::Result<()> {
    if json {
        return write_json(out, rows);
    }
    if rows.is_empty() {
        return Ok(());
    }
    let mut table = Grid::new(header);
    table.right = right.to_vec();
    table.importance = importance.to_vec();
    table.rows = rows.iter().map(cells).collect();
    writeln!(out, "{}", table.render(term).trim_end_matches('\n'))
}

fn capped<T>(mut rows: Vec<T>, limit: Option<usize>) -> Vec<T> {
    if let Some(n) = limit {
        rows.truncate(n);
    }
    rows
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

/// The most frequent of the spellings written; on a tie the smallest in byte order, so the
/// result does not depend on the order of the files and capitalised forms ("Tidepool") win over
/// lower-case ones ("tidepool").
fn most_frequent(spellings: &[String]) -> Option<&str> {
    count_by(spellings.iter())
        .into_iter()
        .max_by(|(a, na), (b, nb)| na.cmp(nb).then_with(|| b.cmp(a)))
        .map(|(s, _)| s.as_str())
}

/// One person across every mentor entry that names them.
#[derive(Debug, Default, Clone)]
struct Person {
    /// Every spelling of the name and of the handle written.
    names: Vec<String>,
    handles: Vec<String>,
    emails: Vec<String>,
    /// Indices of the ideas they mentor.
    ideas: BTreeSet<usize>,
}

impl Person {
    fn add(&mut self, idea: usize, m: &Mentor) {
        fn trimmed(p: &Option<String>) -> Option<&str> {
            p.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        self.names.extend(trimmed(&m.name).map(str::to_string));
        let handle = trimmed(&m.github).map(|g| g.trim_start_matches('@'));
        self.handles
            .extend(handle.filter(|g| !g.is_empty()).map(str::to_string));
        let known = |e: &&str| self.emails.iter().any(|x| x.eq_ignore_ascii_case(e));
        if let Some(e) = trimmed(&m.email).filter(|e| !known(e)) {
            self.emails.push(e.to_string());
        }
        self.ideas.insert(idea);
    }

    fn name(&self) -> Option<&str> {
        most_frequent(&self.names)
    }

    fn github(&self) -> Option<&str> {
        most_frequent(&self.handles)
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
    let orgs = org_names(ideas);
    let mut persons = people(ideas);
    persons.sort_by_cached_key(|p| (std::cmp::Reverse(p.ideas.len()), p.label().to_lowercase()));
    persons
        .iter()
        .map(|p| {
            let mut names: Vec<&String> = p
                .ideas
                .iter()
                .filter_map(|&i| orgs.get(&org_key(ideas[i].org.as_deref())?))
                .collect();
            names.sort_by_key(|n| n.to_lowercase());
            names.dedup();
            MentorRow {
                name: p.name().map(str::to_string),
                github: p.github().map(str::to_string),
                emails: p.emails.clone(),
                ideas: p.ideas.len(),
                orgs: names.into_iter().cloned().collect(),
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
fn org_names(ideas: &[&Idea]) -> HashMap<String, String> {
    let mut spellings: HashMap<String, Vec<String>> = HashMap::new();
    for org in ideas.iter().filter_map(|i| i.org.as_deref()) {
        if let Some(key) = org_key(Some(org)) {
            spellings
                .entry(key)
                .or_default()
                .push(org.trim().to_string());
        }
    }
    (spellings.into_iter())
        .filter_map(|(k, s)| most_frequent(&s).map(|b| (k, b.to_string())))
        .collect()
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
    let names = org_names(ideas);
    let persons = people(ideas);
    // The ideas of each organisation key (the rows are sorted below, so the map's order is
    // not shown).
    let mut groups: BTreeMap<Option<String>, BTreeSet<usize>> = BTreeMap::new();
    for (i, idea) in ideas.iter().enumerate() {
        groups
            .entry(org_key(idea.org.as_deref()))
            .or_default()
            .insert(i);
    }
    let mut rows: Vec<OrgRow> = groups
        .into_iter()
        .map(|(key, set)| {
            let terms: BTreeSet<(Option<Program>, Option<u16>)> = set
                .iter()
                .map(|&i| (ideas[i].program, ideas[i].year))
                .collect();
            OrgRow {
                org: key.and_then(|k| names.get(&k).cloned()),
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
