//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A scratch directory unique to one test, removed when the test ends.
pub struct Scratch(pub PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

/// The test process's id in letters: a decimal pid such as 2024 in a page's path would be read
/// as the page's year.
fn pid_in_letters() -> String {
    let mut n = std::process::id();
    let mut s = String::new();
    loop {
        s.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return s;
        }
    }
}

/// A fresh, empty scratch directory named after the test process and `name`.
pub fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("ideas-test-{}-{name}", pid_in_letters()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

/// The path of the layout fixture `tests/fixtures/layouts/{name}`.
pub fn layout_path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/layouts/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// The text of the layout fixture `tests/fixtures/layouts/{name}`.
pub fn layout_text(name: &str) -> String {
    std::fs::read_to_string(layout_path(name)).unwrap()
}

/// The page `text` parsed with the bundled skills and no defaults.
pub fn parse_text_page(name: &str, text: &str) -> ideas::parse::ParsedPage {
    ideas::parse::parse_page(
        name,
        text,
        ideas::skills::SkillTable::bundled(),
        &ideas::parse::Defaults::default(),
    )
}

/// The ideas of the page `text` ([`parse_text_page`]), whatever its warnings.
pub fn ideas_of(name: &str, text: &str) -> Vec<ideas::model::Idea> {
    let page = parse_text_page(name, text);
    page.ideas.into_iter().map(|p| p.idea).collect()
}

/// The ideas of the page `text` ([`parse_text_page`]), which must parse without warnings.
pub fn ideas_without_warnings(name: &str, text: &str) -> Vec<ideas::model::Idea> {
    let page = parse_text_page(name, text);
    assert!(page.warnings.is_empty(), "{name}: {:?}", page.warnings);
    page.ideas.into_iter().map(|p| p.idea).collect()
}

/// The layout fixture `tests/fixtures/layouts/{name}` parsed ([`parse_text_page`]), whatever its
/// warnings.
pub fn layout_page(name: &str) -> ideas::parse::ParsedPage {
    parse_text_page(name, &layout_text(name))
}

/// The layout fixture `tests/fixtures/layouts/{name}` parsed ([`parse_text_page`]), which must
/// parse without warnings.
pub fn layout_page_without_warnings(name: &str) -> ideas::parse::ParsedPage {
    let page = layout_page(name);
    assert!(page.warnings.is_empty(), "{name}: {:?}", page.warnings);
    page
}

/// The ideas of the layout fixture `tests/fixtures/layouts/{name}` ([`layout_page`]), whatever
/// its warnings.
pub fn layout_ideas(name: &str) -> Vec<ideas::model::Idea> {
    ideas_of(name, &layout_text(name))
}

/// The ideas of the layout fixture `tests/fixtures/layouts/{name}`, parsed with the bundled
/// skills and no defaults; the page must parse without warnings.
pub fn layout_fixture(name: &str) -> Vec<ideas::model::Idea> {
    ideas_without_warnings(name, &layout_text(name))
}

/// The ideas' titles, in order.
pub fn titles(ideas: &[ideas::model::Idea]) -> Vec<&str> {
    ideas.iter().map(|i| i.title.as_str()).collect()
}

/// The names of an idea's mentors, in order; mentors without a name are left out.
pub fn mentor_names(idea: &ideas::model::Idea) -> Vec<&str> {
    idea.mentors
        .iter()
        .filter_map(|m| m.name.as_deref())
        .collect()
}

/// The canonical skills an idea's written skills name (through the bundled table), each once.
pub fn skill_ids(idea: &ideas::model::Idea) -> Vec<String> {
    let table = ideas::skills::SkillTable::bundled();
    let mut ids: Vec<String> = Vec::new();
    for id in idea.skills.iter().flat_map(|s| table.ids_of(s)) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Runs every rule over the pages as `ideas validate` does (each page, then the upstream issues
/// across pages) and returns the findings sorted by path, line and column.
pub fn check(
    pages: &[ideas::lint::check::PageInput<'_>],
    config: &ideas::lint::config::LintConfig,
    skills: &ideas::skills::SkillTable,
) -> Vec<ideas::lint::Finding> {
    use ideas::lint::check::{check_page, cross_page, sort};
    let mut out = Vec::new();
    let mut uses = Vec::new();
    for page in pages {
        let checked = check_page(page, config, skills);
        out.extend(checked.findings);
        uses.push(checked.upstream);
    }
    out.extend(cross_page(&uses, config));
    sort(&mut out);
    out
}
