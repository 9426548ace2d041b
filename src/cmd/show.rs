//! `ideas show`: one idea, rendered for the terminal. (Being implemented.)

use crate::model::Idea;
use crate::Outcome;
use std::io::Write;

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    /// Rendered for the terminal.
    Terminal,
    /// The canonical Markdown file.
    Markdown,
    /// The idea as JSON.
    Json,
}

/// Settings of `show`.
#[derive(Debug, Clone)]
pub struct ShowConfig {
    /// An id, or an unambiguous prefix of a title.
    pub id: String,
    /// Output format.
    pub format: ShowFormat,
    /// Colour the output.
    pub color: bool,
    /// Terminal width in columns.
    pub width: usize,
}

/// Runs `show`.
pub fn run(
    config: &ShowConfig,
    ideas: &[&Idea],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let _ = (config, ideas, out, err);
    anyhow::bail!("show is not implemented yet")
}
