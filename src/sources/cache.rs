//! The cache folder: raw pages as fetched, a small state file per source, the index and the
//! lock.
//!
//! It lives in the user's cache folder (`$XDG_CACHE_HOME/ideas` or `~/.cache/ideas` on Linux,
//! the platform's place elsewhere), or in `IDEAS_CACHE_DIR`. File names come from a hash of the
//! URL, never from its path, so no URL can name a file outside the folder. Every write goes to
//! a temporary name first and is renamed into place, so a reader never sees half a file.

use super::registry::Source;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// How the last sync of a source went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// A new copy was fetched.
    Fetched,
    /// The server said the copy held is current (304).
    Unchanged,
    /// Read from the cache without asking the server (`--offline`, or an index rebuild).
    Cached,
    /// The fetch failed or the new copy was refused; the previous copy, if any, is kept.
    Failed,
}

/// What is known of one source: its registry entry, its validators and its last sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceState {
    /// The registry entry.
    pub source: Source,
    /// `ETag` of the copy held.
    #[serde(default)]
    pub etag: Option<String>,
    /// `Last-Modified` of the copy held.
    #[serde(default)]
    pub last_modified: Option<String>,
    /// Seconds since the Unix epoch of the last attempt.
    pub last_sync: u64,
    /// Seconds since the Unix epoch when the copy held was fetched.
    #[serde(default)]
    pub fetched_at: Option<u64>,
    /// Seconds since the Unix epoch of the first of the failed attempts in a row up to the
    /// last one (`None` when the last attempt did not fail).
    #[serde(default)]
    pub failing_since: Option<u64>,
    /// How the last attempt went.
    pub status: Status,
    /// Why it failed, or a remark ("yaml is not read as ideas yet").
    #[serde(default)]
    pub message: Option<String>,
    /// Ideas read from the copy held.
    pub ideas: usize,
}

impl SourceState {
    /// The state of `source` before any copy: no validators, times or message.
    pub fn new(source: Source, status: Status, ideas: usize) -> SourceState {
        SourceState {
            source,
            etag: None,
            last_modified: None,
            last_sync: 0,
            fetched_at: None,
            failing_since: None,
            status,
            message: None,
            ideas,
        }
    }
}

/// The cache folder.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

/// The name of the subfolder holding the pages.
const PAGES: &str = "pages";

impl Cache {
    /// The folder: `IDEAS_CACHE_DIR`, else the platform's cache folder + `ideas`.
    pub fn locate() -> Result<PathBuf> {
        if let Some(dir) = std::env::var_os("IDEAS_CACHE_DIR").filter(|v| !v.is_empty()) {
            return Ok(PathBuf::from(dir));
        }
        use etcetera::BaseStrategy;
        let base = etcetera::choose_base_strategy()
            .context("cannot find the user's cache folder; set IDEAS_CACHE_DIR")?;
        Ok(base.cache_dir().join("ideas"))
    }

    /// The cache at `dir` (nothing is created until something is written).
    pub fn at(dir: PathBuf) -> Cache {
        Cache { dir }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of a URL: the first 32 hex digits of its SHA-256.
    pub fn key(url: &str) -> String {
        let digest = Sha256::digest(url.as_bytes());
        digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
    }

    fn page_path(&self, url: &str, ext: &str) -> PathBuf {
        self.dir
            .join(PAGES)
            .join(format!("{}.{ext}", Cache::key(url)))
    }

    /// The copy held of a source, if any.
    pub fn read_body(&self, url: &str) -> Option<Vec<u8>> {
        std::fs::read(self.page_path(url, "body")).ok()
    }

    /// The state of a source, if it was ever synced (an unreadable state counts as none).
    pub fn read_state(&self, url: &str) -> Option<SourceState> {
        let bytes = std::fs::read(self.page_path(url, "state.json")).ok()?;
        serde_json::from_slice::<SourceState>(&bytes)
            .ok()
            .filter(|s| s.source.url == url)
    }

    /// Stores a new copy of a source.
    pub fn write_body(&self, url: &str, body: &[u8]) -> Result<()> {
        write_atomic(&self.page_path(url, "body"), body)
    }

    /// Stores the state of a source.
    pub fn write_state(&self, state: &SourceState) -> Result<()> {
        let json = serde_json::to_vec_pretty(state)?;
        write_atomic(&self.page_path(&state.source.url, "state.json"), &json)
    }

    /// Forgets a source (its copy and state).
    pub fn remove(&self, url: &str) {
        let _ = std::fs::remove_file(self.page_path(url, "body"));
        let _ = std::fs::remove_file(self.page_path(url, "state.json"));
    }

    /// Every source state in the cache, sorted by URL (unreadable ones are left out).
    pub fn states(&self) -> Vec<SourceState> {
        let Ok(entries) = std::fs::read_dir(self.dir.join(PAGES)) else {
            return Vec::new();
        };
        let mut states: Vec<SourceState> = entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".state.json"))
            .filter_map(|e| std::fs::read(e.path()).ok())
            .filter_map(|b| serde_json::from_slice::<SourceState>(&b).ok())
            .filter(|s| self.page_path(&s.source.url, "state.json").exists())
            .collect();
        states.sort_by(|a, b| a.source.url.cmp(&b.source.url));
        states
    }

    /// Takes the sync lock, waiting for another sync to finish (after saying so on `err`).
    /// Held until the returned file is dropped; the operating system releases it if the
    /// process dies, so a crashed sync never leaves a stale lock.
    pub fn lock(&self, err: &mut dyn std::io::Write) -> Result<std::fs::File> {
        std::fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create {}", self.dir.display()))?;
        let path = self.dir.join("sync.lock");
        let file = self
            .lock_file()
            .with_context(|| format!("cannot open {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                writeln!(err, "waiting for another ideas sync to finish ...")?;
                file.lock()
                    .with_context(|| format!("cannot lock {}", path.display()))?;
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock {}", path.display()))
            }
        }
        Ok(file)
    }

    /// The sync lock's file (created when missing), not locked yet.
    pub fn lock_file(&self) -> std::io::Result<std::fs::File> {
        std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join("sync.lock"))
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.tmp-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// "2026-11-22 11:20 UTC" for seconds since the Unix epoch.
pub fn format_time(secs: u64) -> String {
    let (year, month, day) = civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

/// Days since 1970-01-01 -> (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (era * 400 + yoe + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_hex_digests_never_paths() {
        let k = Cache::key("https://a.org/../../etc/passwd");
        assert_eq!(k.len(), 32);
        assert!(k.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(k, Cache::key("https://a.org/etc/passwd"));
        assert_eq!(k, Cache::key("https://a.org/../../etc/passwd"));
    }

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_669), (2026, 8, 4));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn times_are_utc_dates() {
        assert_eq!(format_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_time(1_795_000_000), "2026-11-18 11:06 UTC");
        assert_eq!(format_time(951_782_400), "2000-02-29 00:00 UTC");
    }
}
