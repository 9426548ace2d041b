//! The bundled catalog: every `ideas/**/*.md` file, compiled into the binary by `src/build.rs`,
//! together with its ideas, parsed at build time by the same parser.

use crate::model::Idea;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The ideas of the bundled catalog, parsed when the binary was built.
const IDEAS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

// The bundled skill table (schemas/skills.toml), read by the build script: SKILLS, PHRASES,
// AMBIGUOUS (see `SkillTable::parts`). Reading the TOML at every start instead costs 1.3-2.5 ms
// of the 5.5 ms of `list --skill go` over this catalog (release build, 30 runs).
include!(concat!(env!("OUT_DIR"), "/skills.rs"));

/// A skill table's contents as the build script writes them: (id, name) per skill, (phrase,
/// skill index or `u32::MAX` for a stop phrase) sorted, and the ambiguous phrases sorted.
pub(crate) type SkillLists = (
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, u32)],
    &'static [&'static str],
);

/// The bundled skill table's contents, as the build script read them.
pub(crate) fn skill_table() -> Option<SkillLists> {
    Some((SKILLS, PHRASES, AMBIGUOUS))
}

/// The bundled files as (path, contents), sorted by path.
pub fn files() -> &'static [(&'static str, &'static str)] {
    FILES
}

/// The bundled catalog's ideas, in file order.
pub fn ideas() -> Vec<Idea> {
    serde_json::from_str(IDEAS_JSON).expect("the build script wrote valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse_page, Defaults};
    use crate::skills::SkillTable;

    #[test]
    fn build_time_ideas_equal_parsing_the_files_now() {
        let now: Vec<Idea> = files()
            .iter()
            .flat_map(|(path, text)| {
                parse_page(path, text, SkillTable::bundled(), &Defaults::default()).ideas
            })
            .map(|p| p.idea)
            .collect();
        // As every output gives them: the build wrote its ideas through the same serialiser,
        // which puts the skills text on one line (`model::skills_line`).
        let json = |i: &[Idea]| serde_json::to_value(i).unwrap();
        assert_eq!(json(&ideas()), json(&now));
        assert_eq!(now.len(), files().len(), "one idea per catalog file");
    }
}
