//! What a sync changed: the ideas that appeared, changed or were withdrawn since the previous
//! sync, source by source, kept in the cache (`changes.json`) for `ideas list --new` and
//! `--changed`.
//!
//! "Before" is what the user saw: the previous index, or the bundled catalog before the first
//! sync. An idea the bundled catalog held that a source's first copy now holds is not
//! "changed" (the catalog keeps facts only, the copy has the texts); one whose fields differ
//! between two copies of a source is.

use super::bundled;
use super::cache::{now, write_atomic, Cache};
use super::index::Index;
use crate::model::Idea;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The file holding the last sync's changes, in the cache folder.
pub const FILE_NAME: &str = "changes.json";

/// The changes of one sync.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    /// Seconds since the Unix epoch of the sync.
    pub at: u64,
    /// Ideas that appeared.
    pub new: Vec<String>,
    /// Ideas whose fields changed.
    pub changed: Vec<String>,
    /// Ideas no longer published.
    pub withdrawn: Vec<String>,
    /// Per source URL: (new, changed, withdrawn) counts, for sources with any.
    pub by_source: BTreeMap<String, (usize, usize, usize)>,
}

impl Changes {
    /// The changes from `before` to `after` (see the module doc).
    pub fn between(before: &Index, after: &Index) -> Changes {
        let owners = |index: &Index| -> HashMap<String, (String, Idea)> {
            let mut map = HashMap::new();
            for s in &index.sources {
                for i in &s.ideas {
                    map.entry(i.id.clone())
                        .or_insert_with(|| (s.state.source.url.clone(), i.clone()));
                }
            }
            map
        };
        let (old, new) = (owners(before), owners(after));
        let mut changes = Changes {
            at: now(),
            ..Changes::default()
        };
        // Notes idea `id` of the source at `url` as new (0), changed (1) or withdrawn (2).
        let mut note = |url: &str, id: &str, which: usize| {
            let c = changes.by_source.entry(url.to_string()).or_default();
            let (count, list) = match which {
                0 => (&mut c.0, &mut changes.new),
                1 => (&mut c.1, &mut changes.changed),
                _ => (&mut c.2, &mut changes.withdrawn),
            };
            *count += 1;
            list.push(id.to_string());
        };
        for s in &after.sources {
            for i in &s.ideas {
                let Some((url, idea)) = new.get(&i.id) else {
                    continue;
                };
                if url != &s.state.source.url {
                    continue;
                }
                match old.get(&i.id) {
                    None => note(url, &i.id, 0),
                    Some((old_url, old_idea))
                        if old_url != bundled::URL && url != bundled::URL && old_idea != idea =>
                    {
                        note(url, &i.id, 1)
                    }
                    Some(_) => {}
                }
            }
        }
        for s in &before.sources {
            for i in &s.ideas {
                let url = &s.state.source.url;
                if !new.contains_key(&i.id) && old.get(&i.id).is_some_and(|(u, _)| u == url) {
                    note(url, &i.id, 2);
                }
            }
        }
        changes
    }

    /// Writes the changes into the cache (through a temporary file).
    pub fn write(&self, cache: &Cache) -> Result<()> {
        write_atomic(&cache.dir().join(FILE_NAME), &serde_json::to_vec(self)?)
    }

    /// The last sync's changes: `None` when no sync has recorded any.
    pub fn read(cache: &Cache) -> Result<Option<Changes>> {
        let path = cache.dir().join(FILE_NAME);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .with_context(|| format!("{} is damaged; run `ideas sync` again", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::cache::{SourceState, Status};
    use crate::sources::index::IndexedSource;
    use crate::sources::registry::Source;

    fn idea(id: &str, title: &str) -> Idea {
        let mut i = crate::catalog::ideas().swap_remove(0);
        i.id = id.to_string();
        i.title = title.to_string();
        i
    }

    fn source(url: &str, ideas: Vec<Idea>) -> IndexedSource {
        IndexedSource {
            state: SourceState {
                source: Source::from_url(url).unwrap(),
                etag: None,
                last_modified: None,
                last_sync: 1,
                fetched_at: Some(1),
                failing_since: None,
                status: Status::Fetched,
                message: None,
                ideas: ideas.len(),
            },
            ideas,
        }
    }

    #[test]
    fn new_changed_and_withdrawn_are_counted_per_source() {
        let a = "https://a.org/a.md";
        let before = Index::new(vec![source(a, vec![idea("x", "X"), idea("y", "Y")])]);
        let after = Index::new(vec![source(a, vec![idea("x", "X2"), idea("z", "Z")])]);
        let c = Changes::between(&before, &after);
        assert_eq!(c.new, vec!["z"]);
        assert_eq!(c.changed, vec!["x"]);
        assert_eq!(c.withdrawn, vec!["y"]);
        assert_eq!(c.by_source[a], (1, 1, 1));
        assert_eq!(Changes::between(&after, &after).by_source.len(), 0);
    }
}
