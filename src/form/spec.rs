//! The bot's numbers, formats, labels and option texts, read from `[bot]` in
//! `schemas/form-rules.toml` (built in): the checks in [`super::check`] hold no constants.

use serde::Deserialize;
use std::sync::OnceLock;

/// `[bot]` of `schemas/form-rules.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct BotSpec {
    /// The LFX title pattern, with `{project}`, `{name}` and `{term}`.
    pub title: String,
    /// The most UTF-16 units the LFX title may have.
    pub title_max: usize,
    /// The most UTF-16 units of the Program Description.
    pub description_max: usize,
    /// The most UTF-16 units of the custom prerequisite's name.
    pub custom_name_max: usize,
    /// The most UTF-16 units of the custom prerequisite's description.
    pub custom_description_max: usize,
    /// The most mentor lines.
    pub mentors_max: usize,
    /// The fewest `|`-separated pieces of a mentor line.
    pub mentor_pieces_min: usize,
    /// The most `|`-separated pieces of a mentor line.
    pub mentor_pieces_max: usize,
    /// The longest GitHub login (after the `@`).
    pub handle_max: usize,
    /// The start marker of the pinned LFX-URL block.
    pub lfx_url_start: String,
    /// The end marker of the pinned LFX-URL block.
    pub lfx_url_end: String,
    /// What GitHub writes for an empty answer.
    pub no_response: String,
    /// The labels the checks read.
    pub labels: Labels,
    /// The option texts the checks look for.
    pub options: Options,
}

/// The section labels each check reads.
#[derive(Debug, Clone, Deserialize)]
#[allow(missing_docs)]
pub struct Labels {
    pub project: String,
    pub term: String,
    pub name: String,
    pub description: String,
    pub technologies: String,
    pub skills_same: String,
    pub skills: String,
    pub mentors: String,
    pub upstream: String,
    pub prerequisites: String,
    pub challenge_url: String,
    pub custom: String,
    pub custom_name: String,
    pub custom_description: String,
}

/// The checkbox option texts the checks look for (compared exactly).
#[derive(Debug, Clone, Deserialize)]
pub struct Options {
    /// The Coding Challenge prerequisite.
    pub coding_challenge: String,
    /// The custom prerequisite.
    pub custom: String,
}

#[derive(Deserialize)]
struct Root {
    bot: BotSpec,
}

/// The built-in `[bot]` table.
pub fn spec() -> &'static BotSpec {
    static SPEC: OnceLock<BotSpec> = OnceLock::new();
    SPEC.get_or_init(|| {
        toml::from_str::<Root>(include_str!("../../schemas/form-rules.toml"))
            .expect("schemas/form-rules.toml has a valid [bot] table (tested)")
            .bot
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_reads() {
        let s = spec();
        assert_eq!(s.title_max, 100);
        assert_eq!(s.description_max, 3000);
        assert_eq!((s.custom_name_max, s.custom_description_max), (20, 500));
        assert_eq!(s.mentors_max, 4);
        assert_eq!(s.labels.project, "CNCF Project");
        assert_eq!(
            s.options.custom,
            "Custom Prerequisite (fill in details below)"
        );
    }
}
