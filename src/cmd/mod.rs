//! One module per subcommand; each takes resolved settings and returns an exit code.

pub mod complete;
pub mod empty;
pub mod export;
pub mod facets;
pub mod import;
pub mod list;
pub mod man;
pub mod new;
pub mod orgs;
pub mod search;
pub mod show;
pub mod sources;
pub mod sync;
pub mod validate;

use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

/// The files a path names: the path itself, or for a folder the Markdown files below it
/// (`load::markdown_files`), sorted. A path or folder that cannot be read is an error.
pub(crate) fn files_of(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    if let Some(d) = crate::load::markdown_files(path, &mut files).first() {
        bail!("{}: {}", d.path, d.message);
    }
    files.sort();
    Ok(files)
}

/// Counts `items` by key, in order of first appearance.
pub(crate) fn count_by<K: PartialEq>(items: impl Iterator<Item = K>) -> Vec<(K, usize)> {
    let mut out: Vec<(K, usize)> = Vec::new();
    for k in items {
        match out.iter_mut().find(|(x, _)| *x == k) {
            Some((_, n)) => *n += 1,
            None => out.push((k, 1)),
        }
    }
    out
}

/// "1 idea", "3 ideas": a count and its noun (plural with an `s`).
pub(crate) fn quantity(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}
