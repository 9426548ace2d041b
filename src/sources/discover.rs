//! Discovery: a new season's organisations, from the programme's own list, added to the
//! user's sources so that the next sync reads their ideas pages.
//!
//! Google Summer of Code publishes its organisations as JSON at
//! `https://summerofcode.withgoogle.com/api/program/YEAR/organizations/` (the server can be
//! replaced with `IDEAS_GSOC_API`, for tests and mirrors): `name`, `slug`, `ideas_link`,
//! `website_url`, `tech_tags`, `topic_tags`. Organisations whose ideas page a source already
//! reads are left alone; the others are appended to `sources.toml` in the cache folder, which
//! every full sync reads besides the bundled registry.

use super::bundled::page_key;
use super::fetch::{Fetched, Fetcher, Validators};
use super::kinds::env_base;
use super::registry::{check_url, Registry, Source};
use crate::model::Program;
use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use std::path::Path;

/// The name of the file of discovered sources in the cache folder.
pub const FILE_NAME: &str = "sources.toml";

/// One organisation of the programme's list.
#[derive(Debug, Clone, Deserialize)]
pub struct Org {
    /// Its name.
    pub name: String,
    /// Its slug on the programme's site.
    #[serde(default)]
    pub slug: String,
    /// The ideas page it registered.
    #[serde(default)]
    pub ideas_link: Option<String>,
    /// Its website.
    #[serde(default)]
    pub website_url: Option<String>,
    /// The programme's technology tags.
    #[serde(default)]
    pub tech_tags: Vec<String>,
    /// The programme's topic tags.
    #[serde(default)]
    pub topic_tags: Vec<String>,
}

/// The URL of the GSoC organisation list of `year`.
pub fn gsoc_url(year: u16) -> String {
    let base = env_base(
        "IDEAS_GSOC_API",
        "https://summerofcode.withgoogle.com/api".into(),
    );
    format!("{base}/program/{year}/organizations/")
}

/// The organisations of GSoC `year`, fetched and read.
pub fn gsoc(fetcher: &Fetcher, year: u16) -> Result<Vec<Org>> {
    let url = gsoc_url(year);
    let body = match fetcher.fetch_with(&url, Some("application/json"), &Validators::default()) {
        Ok(Fetched::Changed { body, .. }) => body,
        Ok(Fetched::NotModified) => bail!("{url}: unexpected 304"),
        Err(e) => bail!("{url}: {e}"),
    };
    parse_orgs(&body).with_context(|| format!("in {url}"))
}

/// The organisations of the programme's JSON: a list, or an object with the list under
/// `results` or `organizations`.
pub fn parse_orgs(json: &[u8]) -> Result<Vec<Org>> {
    let value: serde_json::Value =
        serde_json::from_slice(json).map_err(|e| anyhow!("line {}: not JSON: {e}", e.line()))?;
    let list = match &value {
        serde_json::Value::Array(_) => value,
        serde_json::Value::Object(o) => o
            .get("results")
            .or_else(|| o.get("organizations"))
            .cloned()
            .ok_or_else(|| anyhow!("no list of organisations in the answer"))?,
        _ => bail!("no list of organisations in the answer"),
    };
    serde_json::from_value(list).map_err(|e| anyhow!("not a list of organisations: {e}"))
}

/// What [`add`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Added {
    /// Organisations added as sources.
    pub new: Vec<String>,
    /// Organisations whose ideas page a source already reads.
    pub known: usize,
    /// Organisations without a usable ideas link.
    pub no_link: Vec<String>,
}

/// Appends to the discovered sources in `dir` (see the module doc) the ideas page of every
/// organisation of `orgs` that neither `registry` nor that file reads yet, as a source of
/// `program` `year` naming the organisation.
pub fn add(
    dir: &Path,
    registry: &Registry,
    orgs: &[Org],
    program: Program,
    year: u16,
) -> Result<Added> {
    let file = dir.join(FILE_NAME);
    let held = load(dir)?;
    let mut read: std::collections::HashSet<String> = registry
        .sources
        .iter()
        .chain(&held.sources)
        .map(|s| page_key(&s.url))
        .collect();
    let mut added = Added::default();
    let mut text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            String::from("# Sources added by `ideas sync --discover`: read by every full sync.\n\n")
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", file.display())),
    };
    for org in orgs {
        let Some(link) = org
            .ideas_link
            .as_deref()
            .map(str::trim)
            .filter(|l| check_url(l).is_ok())
        else {
            added.no_link.push(org.name.clone());
            continue;
        };
        if !read.insert(page_key(link)) {
            added.known += 1;
            continue;
        }
        let source = Source {
            url: link.to_string(),
            program: Some(program),
            year: Some(year),
            term: None,
            org: Some(org.name.trim().to_string()),
            format: None,
        };
        let table = toml::to_string(&source).map_err(|e| anyhow!("{e}"))?;
        let tags: Vec<&str> = org
            .tech_tags
            .iter()
            .chain(&org.topic_tags)
            .map(|t| t.trim())
            .filter(|t| !t.is_empty() && !t.contains('\n'))
            .collect();
        text.push_str(&format!(
            "# {} ({})",
            one_line(&org.name),
            one_line(&org.slug)
        ));
        if !tags.is_empty() {
            text.push_str(&format!(": {}", one_line(&tags.join(", "))));
        }
        text.push_str(&format!("\n[[source]]\n{table}\n"));
        added.new.push(org.name.clone());
    }
    if !added.new.is_empty() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        super::cache::write_atomic(&file, text.as_bytes())?;
    }
    Ok(added)
}

/// The sources discovered so far in `dir` (none when the file does not exist).
pub fn load(dir: &Path) -> Result<Registry> {
    let file = dir.join(FILE_NAME);
    if !file.is_file() {
        return Ok(Registry::default());
    }
    Registry::load(&file)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_programme_list_is_read_in_either_shape() {
        let list = br#"[{"name": "A Org", "slug": "a", "ideas_link": "https://a.org/ideas",
            "tech_tags": ["go"], "topic_tags": ["cloud"], "website_url": "https://a.org", "x": 1}]"#;
        let orgs = parse_orgs(list).unwrap();
        assert_eq!(orgs[0].name, "A Org");
        assert_eq!(orgs[0].tech_tags, vec!["go"]);
        let wrapped = br#"{"results": [{"name": "B"}]}"#;
        assert_eq!(parse_orgs(wrapped).unwrap()[0].name, "B");
        assert!(parse_orgs(b"<html>").is_err());
        assert!(parse_orgs(b"{\"detail\": \"x\"}").is_err());
    }

    #[test]
    fn new_organisations_are_added_once_and_known_ones_left_alone() {
        let dir = std::env::temp_dir().join(format!("ideas-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let registry =
            Registry::parse("[[source]]\nurl = \"https://known.org/ideas.md\"\n").unwrap();
        let orgs = parse_orgs(
            br#"[{"name": "Known", "ideas_link": "https://known.org/ideas.md"},
                 {"name": "New \"One\"", "slug": "new", "ideas_link": "https://new.org/ideas", "tech_tags": ["rust"]},
                 {"name": "Linkless", "ideas_link": "mailto:x@y.org"}]"#,
        )
        .unwrap();
        let added = add(&dir, &registry, &orgs, Program::Gsoc, 2027).unwrap();
        assert_eq!(added.new, vec!["New \"One\""]);
        assert_eq!(added.known, 1);
        assert_eq!(added.no_link, vec!["Linkless"]);
        let held = load(&dir).unwrap();
        assert_eq!(held.sources.len(), 1);
        assert_eq!(held.sources[0].url, "https://new.org/ideas");
        assert_eq!(held.sources[0].org.as_deref(), Some("New \"One\""));
        assert_eq!(held.sources[0].year, Some(2027));
        // A second discovery adds nothing.
        let again = add(&dir, &registry, &orgs, Program::Gsoc, 2027).unwrap();
        assert!(again.new.is_empty());
        assert_eq!(again.known, 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
