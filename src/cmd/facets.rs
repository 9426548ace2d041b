//! `ideas skills`, `ideas mentors`, `ideas orgs` and `ideas stats`. (Being implemented.)

use crate::model::Idea;
use crate::skills::SkillTable;
use crate::Outcome;
use std::io::Write;

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

/// Output formats of the facet commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FacetFormat {
    /// A table for people.
    Table,
    /// JSON for programs.
    Json,
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
    /// Colour the output.
    pub color: bool,
    /// Terminal width in columns.
    pub width: usize,
}

/// Runs a facet command over the (already filtered) ideas.
pub fn run(
    config: &FacetConfig,
    ideas: &[&Idea],
    skills: &SkillTable,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let _ = (config, ideas, skills, out);
    anyhow::bail!("facets are not implemented yet")
}
