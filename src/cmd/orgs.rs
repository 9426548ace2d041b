//! `ideas orgs` over the catalog: every organisation the tool knows of for the programme and
//! year asked ([`crate::orgs`]), with how many ideas the catalog in use holds for each and
//! where its ideas are published, so organisations whose ideas are not read yet are listed
//! too (with 0). Organisations that ideas name but the list does not know follow.
//!
//! Given paths, `ideas orgs` is the facet of [`super::facets`] (the ideas of those files).

use crate::model::Idea;
use crate::options::Term;
use crate::render::text::sanitize;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

/// One row of `ideas orgs`.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Row {
    /// The canonical name.
    pub org: String,
    /// Ideas the catalog in use holds for it (after the filters).
    pub ideas: usize,
    /// Where its ideas are published (`None` for an organisation only ideas name).
    pub ideas_url: Option<String>,
    /// Its programme ids ("gsoc-2026").
    pub programs: Vec<String>,
}

/// The rows: known organisations of `program`/`year` in list order, then the others ideas
/// name, by name.
pub fn rows(ideas: &[&Idea], program: Option<&str>, year: Option<u16>) -> Vec<Row> {
    let known = crate::orgs::all();
    // Per entry of the list: an organisation in two programmes (Kubeflow in GSoC and in an
    // LFX term) has an entry in each, and an idea counts for the one of its programme.
    let mut known_counts = vec![0usize; known.len()];
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for idea in ideas {
        let Some(org) = &idea.org else { continue };
        let Some(name) = crate::orgs::canonical(org) else {
            *counts.entry(org.clone()).or_default() += 1;
            continue;
        };
        let entries: Vec<usize> = (0..known.len())
            .filter(|&i| known[i].name == name)
            .collect();
        let program = idea.program.map(crate::model::Program::as_str);
        // A member project that is no organisation of the idea's programme (a CNCF project's
        // GSoC idea) counts for the umbrella it is a member of there.
        let umbrella = || {
            let u = crate::orgs::umbrella_of(name, program?, idea.year)?;
            known.iter().position(|o| std::ptr::eq(o, u))
        };
        let entry = entries
            .iter()
            .copied()
            .find(|&i| program.is_some() && known[i].in_program(program, idea.year))
            .or_else(umbrella)
            .or(entries.first().copied());
        if let Some(i) = entry {
            known_counts[i] += 1;
        }
    }
    let mut rows: Vec<Row> = known
        .iter()
        .zip(known_counts)
        .filter(|(o, _)| o.in_program(program, year))
        .map(|(o, ideas)| Row {
            org: o.name.clone(),
            ideas,
            ideas_url: Some(o.ideas_url.clone()),
            programs: o.programs.clone(),
        })
        .collect();
    // Known organisations of other programmes are not listed; unknown ones are.
    rows.extend(counts.into_iter().map(|(org, ideas)| Row {
        org,
        ideas,
        ideas_url: None,
        programs: Vec::new(),
    }));
    rows
}

/// Writes the rows as JSON or as a table (tab-separated when piped); exit 1 when there are none.
pub fn run(
    ideas: &[&Idea],
    program: Option<&str>,
    year: Option<u16>,
    json: bool,
    limit: Option<usize>,
    term: Term,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let mut rows = rows(ideas, program, year);
    if let Some(n) = limit {
        rows.truncate(n);
    }
    let header = ["Org", "Ideas", "Ideas page"];
    super::facets::write_rows(out, (json, term), &rows, &header, &[1], &[], |r| {
        vec![
            sanitize(&r.org, false),
            r.ideas.to_string(),
            r.ideas_url.clone().unwrap_or_else(|| "-".into()),
        ]
    })?;
    // Nothing found is exit 1 as in every command: no idea passed the filters (the known
    // organisations are still listed, with no ideas).
    Ok(Outcome(if rows.is_empty() || ideas.is_empty() {
        EXIT_NO_MATCH
    } else {
        EXIT_OK
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_organisation_is_listed_with_its_count() {
        let mut idea = crate::catalog::ideas().swap_remove(0);
        idea.org = Some("ABOUTCODE".into());
        let mut other = idea.clone();
        other.org = Some("Nobody Knows Us".into());
        let rows = rows(&[&idea, &other], Some("gsoc"), Some(2026));
        assert_eq!(rows.len(), 186);
        let about = rows.iter().find(|r| r.org == "AboutCode").unwrap();
        assert_eq!(about.ideas, 1);
        assert!(about.ideas_url.as_deref().unwrap().starts_with("https://"));
        assert_eq!(rows.last().unwrap().org, "Nobody Knows Us");
        assert!(rows
            .iter()
            .filter(|r| r.org != "AboutCode")
            .all(|r| r.ideas <= 1));
    }

    #[test]
    fn a_member_projects_idea_counts_for_its_umbrella_unless_the_project_takes_part_itself() {
        use crate::model::Program;
        let mut jaeger = crate::catalog::ideas().swap_remove(0);
        (jaeger.program, jaeger.year) = (Some(Program::Gsoc), Some(2026));
        jaeger.org = Some("jaeger".into());
        let mut meshery = jaeger.clone();
        meshery.org = Some("Meshery".into());
        let rows = rows(&[&jaeger, &meshery], Some("gsoc"), Some(2026));
        let count = |name: &str| rows.iter().find(|r| r.org == name).map(|r| r.ideas);
        // Jaeger is a CNCF project and no GSoC organisation: its GSoC idea is the CNCF's.
        assert_eq!(count("CNCF"), Some(1));
        assert_eq!(count("Jaeger"), None);
        // Meshery is a CNCF project that takes part in GSoC itself.
        assert_eq!(count("Meshery"), Some(1));
    }

    #[test]
    fn an_organisation_of_two_programmes_counts_each_programmes_ideas_in_its_own_row() {
        use crate::model::Program;
        let both: Vec<&crate::orgs::Org> = crate::orgs::all()
            .iter()
            .filter(|o| o.name == "Kubeflow")
            .collect();
        assert_eq!(
            both.len(),
            2,
            "Kubeflow is in GSoC 2026 and an LFX 2026 term"
        );
        let mut gsoc = crate::catalog::ideas().swap_remove(0);
        gsoc.org = Some("kubeflow".into());
        gsoc.program = Some(Program::Gsoc);
        gsoc.year = Some(2026);
        let mut lfx = gsoc.clone();
        lfx.program = Some(Program::Lfx);
        let ideas = [&gsoc, &gsoc, &lfx];
        let count = |program: &str| {
            let rows = rows(&ideas, Some(program), Some(2026));
            let row = rows.iter().find(|r| r.org == "Kubeflow").unwrap();
            row.ideas
        };
        assert_eq!((count("gsoc"), count("lfx")), (2, 1));
        // A spelling merged into another entry (.ci/build-orgs.py) counts for that entry.
        let mut wasm = lfx.clone();
        wasm.org = Some("WasmEdge Runtime".into());
        let rows = rows(&[&wasm], Some("lfx"), Some(2026));
        assert_eq!(
            rows.iter()
                .filter(|r| r.org.starts_with("WasmEdge"))
                .count(),
            1
        );
        assert_eq!(rows.iter().find(|r| r.org == "WasmEdge").unwrap().ideas, 1);
    }
}
