//! `exclude = ["glob", ...]` in `.ideas.toml`: files below a checked folder that are skipped.
//!
//! Patterns are relative to the folder of the `.ideas.toml` that lists them. A pattern without a
//! `/` matches a file or folder name at any depth (`drafts`, `*.tmpl.md`); a pattern with a `/`
//! matches the path from that folder (`programs/2019/**`, `/README.md`); a folder excludes
//! everything below it. Files named on the command line are always checked.

use anyhow::{anyhow, Result};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// Compiled exclude patterns.
#[derive(Debug, Clone)]
pub struct Exclude {
    base: PathBuf,
    /// Patterns with a `/`: matched against the path relative to `base`.
    paths: GlobSet,
    /// Patterns without a `/`: matched against each name along the path.
    names: GlobSet,
}

impl Exclude {
    /// Compiles `patterns`, relative to `base`; a bad pattern is an error naming it.
    pub fn new(base: &Path, patterns: &[String]) -> Result<Exclude> {
        let mut paths = GlobSetBuilder::new();
        let mut names = GlobSetBuilder::new();
        for raw in patterns {
            let p = raw.trim().trim_end_matches('/');
            let glob = |pattern: &str| {
                GlobBuilder::new(pattern)
                    .literal_separator(true)
                    .build()
                    .map_err(|e| anyhow!("exclude: bad pattern '{raw}': {}", e.kind()))
            };
            if p.contains('/') {
                let p = p.trim_start_matches('/');
                paths.add(glob(p)?);
                paths.add(glob(&format!("{p}/**"))?);
            } else {
                names.add(glob(p)?);
            }
        }
        let base = std::fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf());
        Ok(Exclude {
            base,
            paths: paths.build()?,
            names: names.build()?,
        })
    }

    /// True if `path` (a file found below a checked folder) is excluded.
    pub fn excludes(&self, path: &Path) -> bool {
        let Ok(abs) = std::fs::canonicalize(path) else {
            return false;
        };
        let Ok(rel) = abs.strip_prefix(&self.base) else {
            return false;
        };
        self.paths.is_match(rel) || rel.iter().any(|name| self.names.is_match(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_anywhere_and_paths_from_the_base() {
        let dir = std::env::temp_dir().join(format!("ideas-exclude-{}", std::process::id()));
        for f in ["a/drafts/x.md", "a/keep.md", "b/old/y.md", "b/t.tmpl.md"] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "").unwrap();
        }
        let pats = ["drafts/", "b/old", "*.tmpl.md"].map(String::from);
        let ex = Exclude::new(&dir, &pats).unwrap();
        assert!(ex.excludes(&dir.join("a/drafts/x.md")));
        assert!(ex.excludes(&dir.join("b/old/y.md")));
        assert!(ex.excludes(&dir.join("b/t.tmpl.md")));
        assert!(!ex.excludes(&dir.join("a/keep.md")));
        assert!(Exclude::new(&dir, &["a/[".to_string()]).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
