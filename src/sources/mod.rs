//! Keeping current: the sources registry, fetching pages over HTTP with cache validators, the
//! cache of raw pages and the one index file the reading commands answer from.
//!
//! Organisations publish their idea pages in their own repositories and change them during a
//! season; the bundled catalog is a snapshot. `ideas sync` fetches every registered page,
//! keeps the raw bytes in the user's cache folder and writes the parsed ideas to one index, so
//! queries afterwards need neither the network nor the Markdown parser.

pub mod bundled;
pub mod cache;
pub mod changes;
pub mod discover;
pub mod fetch;
pub mod index;
pub mod issues;
pub mod kinds;
pub mod pool;
pub mod reach;
pub mod registry;

use cache::Cache;
use std::path::PathBuf;

/// The hook of the reading path: the cache folder whose synced index the reading commands
/// answer from when given no path. `None` with `--bundled`, or when no sync has written an
/// index yet: the bundled catalog is used then.
pub fn synced_catalog(force_bundled: bool) -> Option<PathBuf> {
    if force_bundled {
        return None;
    }
    let dir = Cache::locate().ok()?;
    let synced =
        dir.join(index::FILE_NAME).is_file() || dir.join(index::LEGACY_FILE_NAME).is_file();
    synced.then_some(dir)
}
