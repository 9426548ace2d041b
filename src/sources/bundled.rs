//! The bundled catalog inside the index: what a user sees after a sync is the catalog compiled
//! into the binary, updated by the last good copy of each source.
//!
//! A source "has a good copy" when a copy of it was fetched once and held ideas. Its ideas
//! then replace the bundled ideas of the same page; every other bundled idea (a page never
//! fetched, one whose fetch failed from the start, past seasons) stays. So a sync, however
//! badly it goes, never answers with fewer ideas than the bundled catalog.
//!
//! Pages are matched by [`page_key`](super::registry::page_key): a GitHub file is the same page whether it is named by its
//! `blob/<commit>` URL (as the catalog's `source_url` does) or by its raw URL on any branch (as
//! the registry does).

use super::cache::{SourceState, Status};
use super::registry::{page_key, Source};
use crate::model::Idea;
use std::collections::HashSet;

/// The URL naming the bundled catalog's entry in the index (never fetched).
pub const URL: &str = "bundled:catalog";

/// True for the index entry holding the bundled catalog's ideas.
pub fn is_bundled(state: &SourceState) -> bool {
    state.source.url == URL
}

/// The bundled ideas that no good copy replaces: those whose page is none of `replaced` (URLs of
/// sources with a good copy, compared by [`page_key`]).
pub fn remainder<'u>(replaced: impl IntoIterator<Item = &'u str>) -> Vec<Idea> {
    let replaced: HashSet<String> = replaced.into_iter().map(page_key).collect();
    crate::catalog::ideas()
        .into_iter()
        .filter(|i| {
            i.source
                .url
                .as_deref()
                .is_none_or(|u| !replaced.contains(&page_key(u)))
        })
        .collect()
}

/// The state of the index entry holding `ideas` bundled ideas.
pub fn state(ideas: usize) -> SourceState {
    let source = Source {
        url: URL.to_string(),
        ..Source::default()
    };
    SourceState::new(source, Status::Cached, ideas)
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
    fn the_ideas_of_a_replaced_page_leave_and_every_other_stays() {
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
        assert_eq!(remainder([raw.as_str()]).len(), all.len() - of_page);
        assert_eq!(state(3).ideas, 3);
        assert!(is_bundled(&state(0)));
    }

    #[test]
    fn without_good_copies_every_bundled_idea_stays() {
        let all = crate::catalog::ideas().len();
        assert!(all > 0);
        assert_eq!(remainder([]).len(), all);
    }
}
