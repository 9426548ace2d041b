//! `ideas search`: ranked full-text search. (Being implemented.)

use crate::model::Idea;
use crate::Outcome;
use std::io::Write;

/// Output formats of `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SearchFormat {
    /// Ranked results for people: score, title, org, and a short context.
    Table,
    /// A JSON array of `{score, context, idea}`.
    Json,
}

/// Settings of `search`.
#[derive(Debug, Clone)]
pub struct SearchConfig {
    /// The query as typed.
    pub query: String,
    /// Output format.
    pub format: SearchFormat,
    /// At most this many results.
    pub limit: Option<usize>,
    /// Colour the output.
    pub color: bool,
    /// Terminal width in columns.
    pub width: usize,
}

/// Runs `search` over the (already filtered) ideas.
pub fn run(config: &SearchConfig, ideas: &[&Idea], out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let _ = (config, ideas, out);
    anyhow::bail!("search is not implemented yet")
}
