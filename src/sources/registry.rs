//! The sources registry: which published pages `ideas sync` fetches.
//!
//! The registry ships as `ideas/sources.toml` (compiled into the binary, so `ideas sync` works
//! from any directory); users add `[[source]]` tables of their own in `.ideas.toml`, pass one
//! URL with `ideas sync --source URL`, or replace the shipped list with `--sources FILE` (a
//! mirror, an air-gapped copy). Every URL is checked here, before anything is fetched: only
//! `http` and `https` are accepted, since a source is someone else's server and nothing else
//! (files, other schemes) may be reached through a registry entry.

use crate::model::Program;
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The registry shipped with the binary.
const BUNDLED_REGISTRY: &str = include_str!("../../ideas/sources.toml");

/// What a source's bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// A Markdown page (also the default for URLs without a known extension).
    Markdown,
    /// An LFX export (`lfx-export.json`).
    Json,
    /// A CSV table: an LFX tracking sheet is read as ideas; other tables give none.
    Csv,
    /// A YAML file (fetched and cached; not read as ideas yet).
    Yaml,
}

impl Format {
    /// The format an URL's extension tells, if any.
    pub fn from_url(url: &str) -> Option<Format> {
        let path = url.split(['?', '#']).next().unwrap_or(url);
        let name = path.rsplit('/').next().unwrap_or(path);
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdx" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "yml" | "yaml" => Some(Format::Yaml),
            _ => None,
        }
    }

    /// True for the formats the parser turns into ideas.
    pub fn is_readable(self) -> bool {
        matches!(self, Format::Markdown | Format::Json | Format::Csv)
    }

    /// The lower-case name used in the registry.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Yaml => "yaml",
        }
    }
}

/// One published page or export, with the facts it may not state itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The raw file's URL (http or https).
    pub url: String,
    /// Programme of its ideas, where the page does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<Program>,
    /// Year of its ideas, where the page does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Term of its ideas (e.g. "2026 Term 1 (Mar-May)"), where the page does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
    /// Organisation of its ideas, where the page does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// What the bytes are, when the URL's extension does not tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
}

impl Source {
    /// A source given by its URL alone.
    pub fn from_url(url: &str) -> Result<Source> {
        let source = Source {
            url: url.trim().to_string(),
            ..Source::default()
        };
        check_url(&source.url)?;
        Ok(source)
    }

    /// The format given, else the one the URL's extension tells, else Markdown.
    pub fn format(&self) -> Format {
        self.format
            .or_else(|| Format::from_url(&self.url))
            .unwrap_or(Format::Markdown)
    }
}

/// The list of sources one sync fetches, in order, without duplicate URLs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    /// The sources.
    pub sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default)]
    source: Vec<Source>,
}

/// The `[[source]]` tables of a `.ideas.toml`, whose other keys are other settings'.
#[derive(Deserialize)]
struct ConfigSources {
    #[serde(default)]
    source: Vec<Source>,
}

/// A TOML error as "line N: message" (the message alone when it has no place).
pub fn toml_error(text: &str, e: &toml::de::Error) -> anyhow::Error {
    match e.span() {
        Some(s) => {
            let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
            anyhow!("line {line}: {}", e.message())
        }
        None => anyhow!("{}", e.message()),
    }
}

impl Registry {
    /// The registry compiled into the binary: `ideas/sources.toml` (every page of the mirror
    /// and the ideas link of every other organisation of the season, generated by
    /// `.ci/build-sources-registry.py`).
    pub fn bundled() -> Result<Registry> {
        Registry::parse(BUNDLED_REGISTRY).context("in the bundled ideas/sources.toml")
    }

    /// Reads a registry file (`[[source]]` tables).
    pub fn load(path: &Path) -> Result<Registry> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        Registry::parse(&text).with_context(|| format!("in {}", path.display()))
    }

    /// The `[[source]]` tables of a `.ideas.toml` (its other keys belong to other settings).
    pub fn from_config(path: &Path) -> Result<Registry> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let file: ConfigSources = toml::from_str(&text)
            .map_err(|e| anyhow!("{}", e.message()))
            .with_context(|| format!("in {}", path.display()))?;
        Registry::checked(file.source).with_context(|| format!("in {}", path.display()))
    }

    /// Parses registry text, naming the line of a syntax error.
    pub fn parse(text: &str) -> Result<Registry> {
        let file: RegistryFile = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        Registry::checked(file.source)
    }

    fn checked(sources: Vec<Source>) -> Result<Registry> {
        let mut registry = Registry::default();
        for (n, mut s) in sources.into_iter().enumerate() {
            s.url = s.url.trim().to_string();
            check_url(&s.url).with_context(|| format!("source {}", n + 1))?;
            registry.add(s);
        }
        Ok(registry)
    }

    /// Adds a source; a URL already listed keeps its first entry.
    pub fn add(&mut self, source: Source) {
        if !self.sources.iter().any(|s| s.url == source.url) {
            self.sources.push(source);
        }
    }

    /// Adds every source of `other` not listed yet.
    pub fn extend(&mut self, other: Registry) {
        for s in other.sources {
            self.add(s);
        }
    }
}

/// The page an URL names, the same for a GitHub file's blob, tree and raw URLs on any branch
/// or commit: "github:owner/repo/path" (owner and repo lower-cased), else the URL without its
/// fragment and query, scheme and host lower-cased.
pub fn page_key(url: &str) -> String {
    let url = url.split('#').next().unwrap_or(url);
    let url = url.split('?').next().unwrap_or(url);
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return url.to_string();
    };
    // The original case of the path (paths are case-sensitive), after "scheme://".
    let offset = url.len() - rest.len();
    let parts: Vec<&str> = url[offset..].split('/').collect();
    let host = parts[0].to_ascii_lowercase();
    let repo = |o: &str, r: &str| format!("{}/{}", o.to_ascii_lowercase(), r.to_ascii_lowercase());
    match (host.as_str(), parts.as_slice()) {
        ("github.com", [_, o, r, "blob" | "tree" | "raw", _branch, path @ ..]) => {
            format!("github:{}/{}", repo(o, r), path.join("/"))
        }
        ("raw.githubusercontent.com", [_, o, r, _branch, path @ ..]) if !path.is_empty() => {
            format!("github:{}/{}", repo(o, r), path.join("/"))
        }
        _ => format!("{host}/{}", parts[1..].join("/")),
    }
}

/// Accepts only absolute `http://` and `https://` URLs with a host.
pub fn check_url(url: &str) -> Result<()> {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(|| {
            anyhow!("'{url}' is not an http(s) URL; only http and https sources are fetched")
        })?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        bail!("'{url}' has no host");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        bail!("'{url}' contains spaces or control characters");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_registry_parses_and_lists_this_seasons_pages() {
        let r = Registry::bundled().unwrap();
        assert!(r.sources.len() >= 400, "{}", r.sources.len());
        let first = &r.sources[0];
        assert!(first
            .url
            .starts_with("https://raw.githubusercontent.com/cncf/mentoring/HEAD/"));
        assert_eq!(first.program, Some(Program::Lfx));
        assert_eq!(first.term.as_deref(), Some("2026 Term 1 (Mar-May)"));
        let quotas = r.sources.iter().find(|s| s.url.ends_with(".yml")).unwrap();
        assert_eq!(quotas.format(), Format::Yaml);
    }

    #[test]
    fn every_organisation_of_the_season_is_read_by_a_bundled_source() {
        // Its ideas link itself, or a page of the mirror that is its (by the link's page or
        // by the organisation the source names).
        let r = Registry::bundled().unwrap();
        let keys: std::collections::HashSet<String> =
            r.sources.iter().map(|s| page_key(&s.url)).collect();
        let named: std::collections::HashSet<&str> =
            r.sources.iter().filter_map(|s| s.org.as_deref()).collect();
        let mut gsoc = 0;
        for org in crate::orgs::all() {
            let read = keys.contains(&page_key(&org.ideas_url));
            let is_gsoc = org.in_program(Some("gsoc"), Some(2026));
            gsoc += usize::from(is_gsoc);
            assert!(
                read || (is_gsoc && named.contains(org.name.as_str())),
                "{} ({}) is read by no source",
                org.name,
                org.ideas_url
            );
        }
        assert_eq!(gsoc, 185);
    }

    #[test]
    fn no_page_and_no_organisation_is_listed_twice_in_the_bundled_registry() {
        let r = Registry::bundled().unwrap();
        let mut pages = std::collections::HashMap::new();
        for s in &r.sources {
            if let Some(other) = pages.insert(page_key(&s.url), &s.url) {
                panic!("one page, two sources: {other} and {}", s.url);
            }
        }
        // An organisation the list knows is spelled as the list spells it, so its ideas
        // are one organisation's whichever page they come from.
        let mut spellings = std::collections::HashMap::new();
        for org in r.sources.iter().filter_map(|s| s.org.as_deref()) {
            if let Some(name) = crate::orgs::canonical(org) {
                assert_eq!(org, name, "'{org}' is spelled '{name}' by the list");
                let previous = spellings.insert(name.to_ascii_lowercase(), org);
                assert!(previous.is_none_or(|p| p == org), "{org} and {previous:?}");
            }
        }
        assert!(spellings.len() >= 180, "{}", spellings.len());
    }

    #[test]
    fn no_two_bundled_sources_cover_the_same_term() {
        // An LFX term publishes its ideas as a README, an export and a tracking sheet: listing
        // more than one of them would give each idea twice (issue 37).
        let r = Registry::bundled().unwrap();
        let mut terms = std::collections::HashMap::new();
        let mut folders = std::collections::HashMap::new();
        for s in &r.sources {
            if let Some(term) = &s.term {
                let key = (s.program, term.clone());
                if let Some(other) = terms.insert(key, &s.url) {
                    panic!("{term} is covered by {other} and {}", s.url);
                }
            }
            // A term's folder ("lfx-mentorship/2026/03-Sep-Nov/"), with a `term` key or not.
            if let Some((_, rest)) = s.url.split_once("/lfx-mentorship/") {
                let parts: Vec<&str> = rest.split('/').collect();
                if parts.len() == 3 && parts[0].len() == 4 {
                    let folder = format!("{}/{}", parts[0], parts[1]);
                    if let Some(other) = folders.insert(folder.clone(), &s.url) {
                        panic!("{folder} is covered by {other} and {}", s.url);
                    }
                }
            }
        }
        assert_eq!(terms.len(), 3, "{terms:?}");
        assert_eq!(folders.len(), 3, "{folders:?}");
        // The term's README, the page the bundled catalog's ideas name as their source.
        assert!(r.sources.iter().any(|s| s
            .url
            .ends_with("/lfx-mentorship/2026/03-Sep-Nov/README.md")
            && s.term.as_deref() == Some("2026 Term 3 (Sep-Nov)")));
    }

    #[test]
    fn only_http_and_https_urls_are_accepted() {
        for ok in [
            "https://example.org/a.md",
            "http://127.0.0.1:8080/x",
            "HTTPS://Example.org",
        ] {
            assert!(check_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "file:///etc/passwd",
            "ftp://example.org/a.md",
            "example.org/a.md",
            "https://",
            "https:///path",
            "https://exa mple.org/",
            "javascript:alert(1)",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_registry_is_validated_and_names_the_line_of_an_error() {
        let bad = Registry::parse("[[source]]\nurl = \"file:///etc/passwd\"\n").unwrap_err();
        assert!(format!("{bad:#}").contains("not an http(s) URL"), "{bad:#}");
        let unknown =
            Registry::parse("[[source]]\nurl = \"https://a.org/x.md\"\nyeer = 2026\n").unwrap_err();
        assert!(format!("{unknown:#}").contains("line 3"), "{unknown:#}");
        let missing = Registry::parse("[[source]]\nprogram = \"gsoc\"\n").unwrap_err();
        assert!(format!("{missing:#}").contains("url"), "{missing:#}");
    }

    #[test]
    fn duplicate_urls_keep_their_first_entry() {
        let r = Registry::parse(
            "[[source]]\nurl = \"https://a.org/x.md\"\nyear = 2026\n\n[[source]]\nurl = \"https://a.org/x.md\"\nyear = 2027\n",
        )
        .unwrap();
        assert_eq!(r.sources.len(), 1);
        assert_eq!(r.sources[0].year, Some(2026));
    }

    #[test]
    fn formats_come_from_the_extension_unless_given() {
        assert_eq!(
            Source::from_url("https://a.org/x.json").unwrap().format(),
            Format::Json
        );
        assert_eq!(
            Source::from_url("https://a.org/x.md?raw=1")
                .unwrap()
                .format(),
            Format::Markdown
        );
        assert_eq!(
            Source::from_url("https://a.org/ideas").unwrap().format(),
            Format::Markdown
        );
        let given =
            Registry::parse("[[source]]\nurl = \"https://a.org/x\"\nformat = \"csv\"\n").unwrap();
        assert_eq!(given.sources[0].format(), Format::Csv);
    }

    #[test]
    fn a_config_file_contributes_only_its_source_tables() {
        let dir = std::env::temp_dir().join(format!("ideas-registry-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(".ideas.toml");
        std::fs::write(
            &file,
            "catalog = \"ideas/\"\n\n[[source]]\nurl = \"https://a.org/ideas.md\"\nprogram = \"gsoc\"\n",
        )
        .unwrap();
        let r = Registry::from_config(&file).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(r.sources.len(), 1);
        assert_eq!(r.sources[0].program, Some(Program::Gsoc));
    }
}
