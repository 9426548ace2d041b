//! Discovery: a new season's organisations, from the programme's own list, added to the
//! user's sources so that the next sync reads their ideas pages.
//!
//! Google Summer of Code publishes its organisations as JSON at
//! `https://summerofcode.withgoogle.com/api/program/YEAR/organizations/` (the server can be
//! replaced with `IDEAS_GSOC_API`, for tests and mirrors): `name`, `slug`, `ideas_link`,
//! `website_url`, `tech_tags`, `topic_tags`. Organisations whose ideas page a source already
//! reads are left alone; the others are appended to `sources.toml` in the cache folder, which
//! every full sync reads besides the bundled registry.

use super::fetch::{Fetched, Fetcher, Validators};
use super::issues::one_line;
use super::kinds::env_base;
use super::registry::page_key;
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
    /// The programme's technology tags.
    #[serde(default)]
    pub tech_tags: Vec<String>,
    /// The programme's topic tags.
    #[serde(default)]
    pub topic_tags: Vec<String>,
}

/// The organisations of GSoC `year`, fetched and read.
pub fn gsoc(fetcher: &Fetcher, year: u16) -> Result<Vec<Org>> {
    let api = env_base("IDEAS_GSOC_API", "https://summerofcode.withgoogle.com/api");
    let url = format!("{api}/program/{year}/organizations/");
    let body = fetch_json(fetcher, &url)?;
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

/// A page discovery found: the source to add and a comment saying whose it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The source.
    pub source: Source,
    /// One line written above its table: the organisation, its slug and tags.
    pub comment: String,
}

/// The ideas pages of GSoC `year`'s organisations, and the names of those without a usable
/// ideas link.
pub fn gsoc_pages(orgs: &[Org], year: u16) -> (Vec<Found>, Vec<String>) {
    let mut found = Vec::new();
    let mut no_link = Vec::new();
    for org in orgs {
        let Some(link) = org
            .ideas_link
            .as_deref()
            .map(str::trim)
            .filter(|l| check_url(l).is_ok())
        else {
            no_link.push(org.name.clone());
            continue;
        };
        let tags: Vec<&str> = org
            .tech_tags
            .iter()
            .chain(&org.topic_tags)
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect();
        let mut comment = format!("{} ({})", one_line(&org.name), one_line(&org.slug));
        if !tags.is_empty() {
            comment.push_str(&format!(": {}", one_line(&tags.join(", "))));
        }
        found.push(Found {
            source: Source {
                url: link.to_string(),
                program: Some(Program::Gsoc),
                year: Some(year),
                org: Some(one_line(&org.name)),
                ..Source::default()
            },
            comment,
        });
    }
    (found, no_link)
}

/// The folder of the CNCF's LFX terms of `year` in its mentoring repository.
const LFX_FOLDER: &str = "cncf/mentoring/contents/programs/lfx-mentorship";

/// The Markdown pages of the CNCF's LFX terms of `year`: every `.md` file of every term folder
/// (`01-Mar-May`, ...) of the mentoring repository, listed through the contents API.
pub fn lfx(fetcher: &Fetcher, year: u16) -> Result<Vec<Found>> {
    let api = env_base("IDEAS_GITHUB_API", "https://api.github.com");
    let list = |path: &str| -> Result<Vec<Entry>> {
        let url = format!("{api}/repos/{LFX_FOLDER}/{path}");
        let body = fetch_json(fetcher, &url)?;
        serde_json::from_slice(&body)
            .map_err(|e| anyhow!("{url}: not a folder listing: line {}: {e}", e.line()))
    };
    let mut found = Vec::new();
    for term in list(&year.to_string())? {
        let Some((n, months)) = term.name.split_once('-') else {
            continue;
        };
        let Ok(n) = n.parse::<u8>() else { continue };
        if term.kind != "dir" {
            continue;
        }
        let label = format!("{year} Term {n} ({months})");
        for file in list(&format!("{year}/{}", term.name))? {
            if file.kind != "file" || !file.name.to_ascii_lowercase().ends_with(".md") {
                continue;
            }
            found.push(Found {
                source: Source {
                    url: format!(
                        "https://github.com/cncf/mentoring/blob/HEAD/programs/lfx-mentorship/{year}/{}/{}",
                        term.name, file.name
                    ),
                    program: Some(Program::Lfx),
                    year: Some(year),
                    term: Some(label.clone()),
                    org: Some("CNCF".into()),
                    ..Source::default()
                },
                comment: format!("CNCF, LFX {label}"),
            });
        }
    }
    Ok(found)
}

/// One entry of a GitHub folder listing.
#[derive(Deserialize)]
struct Entry {
    name: String,
    #[serde(rename = "type")]
    kind: String,
}

fn fetch_json(fetcher: &Fetcher, url: &str) -> Result<Vec<u8>> {
    match fetcher.fetch_with(url, Some("application/json"), &Validators::default()) {
        Ok(Fetched::Changed { body, .. }) => Ok(body),
        Ok(Fetched::NotModified) => bail!("{url}: unexpected 304"),
        Err(e) => bail!("{url}: {e}"),
    }
}

/// What [`add`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Added {
    /// Pages added as sources.
    pub new: usize,
    /// Pages a source already reads.
    pub known: usize,
}

/// Appends to the discovered sources in `dir` (see the module doc) every page of `found` that
/// neither `registry` nor that file reads yet.
pub fn add(dir: &Path, registry: &Registry, found: &[Found]) -> Result<Added> {
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
    for f in found {
        if !read.insert(page_key(&f.source.url)) {
            added.known += 1;
            continue;
        }
        let table = toml::to_string(&f.source).map_err(|e| anyhow!("{e}"))?;
        text.push_str(&format!(
            "# {}\n[[source]]\n{table}\n",
            one_line(&f.comment)
        ));
        added.new += 1;
    }
    if added.new > 0 {
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
        let (found, no_link) = gsoc_pages(&orgs, 2027);
        assert_eq!(no_link, vec!["Linkless"]);
        assert_eq!(found[1].comment, "New \"One\" (new): rust");
        let added = add(&dir, &registry, &found).unwrap();
        assert_eq!(added, Added { new: 1, known: 1 });
        let held = load(&dir).unwrap();
        assert_eq!(held.sources.len(), 1);
        assert_eq!(held.sources[0].url, "https://new.org/ideas");
        assert_eq!(held.sources[0].org.as_deref(), Some("New \"One\""));
        assert_eq!(held.sources[0].year, Some(2027));
        // A second discovery adds nothing.
        let again = add(&dir, &registry, &found).unwrap();
        assert_eq!(again, Added { new: 0, known: 2 });
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
