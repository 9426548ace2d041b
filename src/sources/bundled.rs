//! The bundled catalog inside the index: what a user sees after a sync is the catalog compiled
//! into the binary, updated by the last good copy of each source.
//!
//! A source "has a good copy" when a copy of it was fetched once and held ideas. Its ideas
//! then replace the bundled ideas of the same page; every other bundled idea (a page never
//! fetched, one whose fetch failed from the start, past seasons) stays. So a sync, however
//! badly it goes, never answers with fewer ideas than the bundled catalog.
//!
//! Pages are matched by [`page_key`]: a GitHub file is the same page whether it is named by its
//! `blob/<commit>` URL (as the catalog's `source_url` does) or by its raw URL on any branch (as
//! the registry does).

use super::cache::{SourceState, Status};
use super::index::IndexedSource;
use super::registry::Source;
use std::collections::HashSet;

/// The URL naming the bundled catalog's entry in the index (never fetched).
pub const URL: &str = "bundled:catalog";

/// True for the index entry holding the bundled catalog's ideas.
pub fn is_bundled(state: &SourceState) -> bool {
    state.source.url == URL
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

/// The index entry holding the bundled ideas that no good copy among `synced` replaces.
pub fn remainder(synced: &[IndexedSource]) -> IndexedSource {
    let replaced: HashSet<String> = synced
        .iter()
        .filter(|s| has_good_copy(s))
        .map(|s| page_key(&s.state.source.url))
        .collect();
    let ideas: Vec<_> = crate::catalog::ideas()
        .into_iter()
        .filter(|i| {
            i.source
                .url
                .as_deref()
                .is_none_or(|u| !replaced.contains(&page_key(u)))
        })
        .collect();
    IndexedSource {
        state: SourceState {
            source: Source {
                url: URL.to_string(),
                program: None,
                year: None,
                term: None,
                org: None,
                format: None,
            },
            etag: None,
            last_modified: None,
            last_sync: 0,
            fetched_at: None,
            failing_since: None,
            status: Status::Cached,
            message: None,
            ideas: ideas.len(),
        },
        ideas,
    }
}

/// True when the source's copy was fetched once and held ideas.
pub fn has_good_copy(source: &IndexedSource) -> bool {
    source.state.fetched_at.is_some() && !source.ideas.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_github_file_is_one_page_under_every_url() {
        let blob = "https://github.com/CCExtractor/website/blob/760b516/content/docs/ideas.md#L135";
        let raw =
            "https://raw.githubusercontent.com/ccextractor/website/HEAD/content/docs/ideas.md";
        assert_eq!(page_key(blob), page_key(raw));
        assert_eq!(
            page_key(blob),
            "github:ccextractor/website/content/docs/ideas.md"
        );
        assert_ne!(
            page_key(raw),
            page_key(
                "https://raw.githubusercontent.com/ccextractor/website/HEAD/content/docs/Ideas.md"
            )
        );
        assert_eq!(
            page_key("HTTPS://Example.org/GSoC/ideas/?x=1#top"),
            "example.org/GSoC/ideas/"
        );
    }

    #[test]
    fn a_good_copy_replaces_its_pages_bundled_ideas_and_a_failed_one_does_not() {
        let all = crate::catalog::ideas();
        let page = all[0].source.url.clone().unwrap();
        let of_page = all
            .iter()
            .filter(|i| i.source.url.as_deref().map(page_key) == Some(page_key(&page)))
            .count();
        assert!(of_page > 0);
        // The registry names the page by its raw URL.
        let key = page_key(&page);
        let path = key.strip_prefix("github:").unwrap();
        let (repo, file) = path.split_at(path.match_indices('/').nth(1).unwrap().0);
        let raw = format!("https://raw.githubusercontent.com/{repo}/HEAD{file}");
        let mut synced = remainder(&[]);
        synced.state.source.url = raw;
        synced.ideas.truncate(1);
        synced.state.fetched_at = Some(1);
        assert_eq!(
            remainder(std::slice::from_ref(&synced)).ideas.len(),
            all.len() - of_page
        );
        synced.state.fetched_at = None;
        assert_eq!(
            remainder(std::slice::from_ref(&synced)).ideas.len(),
            all.len()
        );
        synced.state.fetched_at = Some(1);
        synced.ideas.clear();
        assert_eq!(remainder(&[synced]).ideas.len(), all.len());
    }

    #[test]
    fn without_good_copies_every_bundled_idea_stays() {
        let all = crate::catalog::ideas().len();
        assert!(all > 0);
        assert_eq!(remainder(&[]).ideas.len(), all);
    }
}
