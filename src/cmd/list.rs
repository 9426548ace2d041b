//! `ideas list`: print the ideas that pass the filters.

use crate::cli::ListFormat;
use crate::config::ListConfig;
use crate::load::{self, Severity};
use crate::parse::Defaults;
use crate::render;
use crate::skills::SkillTable;
use crate::{Outcome, EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK};
use std::io::Write;

/// Runs `list`, writing results to `out` and diagnostics to `err`.
pub fn run(
    config: &ListConfig,
    skills: &SkillTable,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let loaded = load::load(&config.input, skills, &Defaults::default());
    let had_errors = loaded.has_errors();
    let (ideas, diagnostics) = loaded.into_ideas();
    for d in &diagnostics {
        writeln!(err, "{d}")?;
    }
    let matched = config.filter.apply(&ideas);
    match config.format {
        ListFormat::Json => render::json::write_ideas(out, &matched)?,
        ListFormat::Table => {
            if matched.is_empty() {
                writeln!(err, "no ideas matched")?;
            } else {
                writeln!(
                    out,
                    "{}",
                    render::table::render_ideas(&matched, config.width)
                )?;
                writeln!(err, "{} of {} ideas", matched.len(), ideas.len())?;
            }
        }
    }
    let code = if diagnostics.iter().any(|d| d.severity == Severity::Error) || had_errors {
        EXIT_ERROR
    } else if matched.is_empty() {
        EXIT_NO_MATCH
    } else {
        EXIT_OK
    };
    Ok(Outcome(code))
}
