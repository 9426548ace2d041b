//! A place to run `ideas` in for the sync tests: a scratch folder with its own cache folder,
//! and helpers to sync a registry of URLs and read what the reading commands answer.

#![allow(dead_code)]

use crate::common::{scratch, Scratch};
use serde_json::Value;
use std::process::{Command, Output};

/// A scratch folder with a cache folder inside; commands run there with IDEAS_CACHE_DIR set.
pub struct Place {
    /// The scratch folder.
    pub dir: Scratch,
}

impl Place {
    pub fn new(name: &str) -> Place {
        Place {
            dir: scratch(&format!("sync-{name}")),
        }
    }

    pub fn cache(&self) -> std::path::PathBuf {
        self.dir.join("cache")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_ideas"));
        c.args(args)
            .current_dir(&*self.dir)
            .env("IDEAS_CACHE_DIR", self.cache())
            .env("NO_COLOR", "1")
            .env_remove("IDEAS_PATH");
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run ideas")
    }

    /// Writes a registry listing these URLs (LFX 2026, so ids are predictable).
    pub fn registry(&self, urls: &[String]) -> String {
        let mut text = String::new();
        for u in urls {
            text.push_str(&format!(
                "[[source]]\nurl = \"{u}\"\nprogram = \"lfx\"\nyear = 2026\n\n"
            ));
        }
        let path = self.dir.join("sources.toml");
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    /// `ideas sync --sources <registry of urls>`, with a 5 s timeout unless `extra` gives one.
    pub fn sync(&self, urls: &[String], extra: &[&str]) -> Output {
        let registry = self.registry(urls);
        let mut args = vec!["sync", "--sources", &registry];
        if !extra.contains(&"--timeout") {
            args.extend(["--timeout", "5"]);
        }
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// The ids `list` prints that the bundled catalog does not hold (the synced ones).
    pub fn ids(&self, extra: &[&str]) -> Vec<String> {
        let bundled = bundled_ids();
        self.all_ids(extra)
            .into_iter()
            .filter(|id| !bundled.contains(id))
            .collect()
    }

    /// Every id `list` prints.
    pub fn all_ids(&self, extra: &[&str]) -> Vec<String> {
        let mut args = vec!["list", "--format", "ids"];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Never less: `list` answers every idea of the bundled catalog (and maybe more).
    pub fn assert_at_least_bundled(&self) {
        let listed: std::collections::HashSet<String> = self.all_ids(&[]).into_iter().collect();
        let missing: Vec<&String> = bundled_ids()
            .iter()
            .filter(|i| !listed.contains(*i))
            .collect();
        assert!(
            missing.is_empty(),
            "{} bundled ideas missing: {missing:?}",
            missing.len()
        );
    }

    pub fn sources(&self) -> Vec<Value> {
        let out = self.run(&["sources", "--json"]);
        serde_json::from_slice::<Value>(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)))
            .as_array()
            .unwrap()
            .clone()
    }
}

/// The ids of the bundled catalog (`list --bundled`), read once.
pub fn bundled_ids() -> &'static std::collections::HashSet<String> {
    static IDS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let out = Command::new(env!("CARGO_BIN_EXE_ideas"))
            .args(["list", "--bundled", "--format", "ids"])
            .env_remove("IDEAS_PATH")
            .output()
            .expect("run ideas");
        let ids: std::collections::HashSet<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        assert!(ids.len() > 100, "{}", ids.len());
        ids
    })
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
