//! `.ideas.toml`: the rule profile, rule levels, required fields per profile, allowed
//! difficulties and extra skill aliases. Found by walking up from the checked path, or given with
//! `--config`.
//!
//! ```toml
//! profile = "auto"                     # "auto" (from the page) | "lfx" | "gsoc" | "neutral" | "proposal"
//!
//! [rules]
//! missing-upstream-issue = "warning"   # "error" | "warning" | "notice" | "off"
//!
//! [require]
//! gsoc = ["project", "description", "expected-outcome", "skills", "mentors", "size", "difficulty"]
//!
//! difficulty = ["easy", "medium", "hard"]
//!
//! [skills.aliases]
//! "k8s-operators" = "kubernetes-operators"
//! ```
//!
//! `exclude = ["drafts/", "**/template.md"]` skips files below checked folders (see
//! [`super::exclude`]). Unknown keys and values are errors with a did-you-mean.

use super::exclude::Exclude;
use super::profile::{Profile, ProfileChoice, Requirement, REQUIREMENTS};
use super::rules::{self, Rule, RULES};
pub use super::suggest::did_you_mean;
use super::Level;
use crate::sources::registry::toml_error;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The file name looked for.
pub const FILE_NAME: &str = ".ideas.toml";

/// The top-level keys an unknown one is compared with.
const KEYS: &str = "rules require difficulty skills catalog profile source";

/// Resolved lint settings.
#[derive(Debug, Clone, Default)]
pub struct LintConfig {
    /// Where the settings came from, if a file.
    pub source: Option<PathBuf>,
    levels: HashMap<String, Option<Level>>,
    require: HashMap<Profile, Vec<Requirement>>,
    /// `profile`: how each idea's profile is chosen (`auto` unless set).
    pub profile: ProfileChoice,
    /// `difficulty`: the allowed difficulty words (lower case), when configured.
    pub difficulty: Option<Vec<String>>,
    /// Extra skill aliases: alias -> canonical.
    pub skill_aliases: Vec<(String, String)>,
    /// `exclude`: glob patterns of files to skip below checked folders, relative to `base`.
    pub exclude: Vec<String>,
    /// The folder of the configuration file (what `exclude` is relative to).
    pub base: Option<PathBuf>,
    /// `catalog`: the folder the reading commands use instead of the bundled catalog, relative
    /// to the config file.
    pub catalog: Option<PathBuf>,
}

impl LintConfig {
    /// The level of a rule after configuration, outside any profile (file and cross-page
    /// findings); `None` when the rule is off.
    pub fn level_of(&self, rule: &str) -> Option<Level> {
        match self.levels.get(rule) {
            Some(level) => *level,
            None => rules::info(rule)
                .map(|r| r.level)
                .or_else(|| super::form_rules::info(rule).map(|r| r.level)),
        }
    }

    /// The level of a rule for an idea checked under `profile`; `None` when the rule does not
    /// apply. `[rules]` wins; a `missing-*` rule applies exactly when its field is required
    /// (at the profile's level, else its own); other rules at the profile's level.
    pub fn level_in(&self, rule: &Rule, profile: Profile) -> Option<Level> {
        if let Some(level) = self.levels.get(rule.id) {
            return *level;
        }
        match rule.requirement {
            Some(r) if !self.required(profile).contains(&r) => None,
            Some(_) => Some(rule.level_in(profile).unwrap_or(rule.level)),
            None => rule.level_in(profile),
        }
    }

    /// The fields ideas checked under `profile` must have: `[require]`, else the profile's.
    pub fn required(&self, profile: Profile) -> &[Requirement] {
        match self.require.get(&profile) {
            Some(r) => r,
            None => profile.required(),
        }
    }

    /// The compiled `exclude` patterns, relative to the configuration file's folder.
    pub fn excluder(&self) -> Result<Option<Exclude>> {
        if self.exclude.is_empty() {
            return Ok(None);
        }
        let base = self.base.clone().unwrap_or_else(|| PathBuf::from("."));
        Exclude::new(&base, &self.exclude).map(Some)
    }

    /// Reads a config file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut c = Self::parse(&text).with_context(|| format!("in {}", path.display()))?;
        c.source = Some(path.to_path_buf());
        c.base = path.parent().map(Path::to_path_buf);
        if let (Some(cat), Some(dir)) = (c.catalog.take(), path.parent()) {
            c.catalog = Some(dir.join(cat));
        }
        Ok(c)
    }

    /// Finds `.ideas.toml` in `start` (a file's folder or a folder) or any folder above it.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let abs = std::fs::canonicalize(start).ok()?;
        let mut dir = if abs.is_dir() {
            Some(abs.as_path())
        } else {
            abs.parent()
        };
        while let Some(d) = dir {
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }

    /// Parses config text.
    pub fn parse(text: &str) -> Result<Self> {
        let table: toml::Table = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        let mut c = LintConfig::default();
        for (key, value) in &table {
            match key.as_str() {
                "rules" => {
                    for (rule, level) in table_of(value, "[rules]")? {
                        if rules::info(rule).is_none() && super::form_rules::info(rule).is_none() {
                            let ids = RULES.iter().map(|r| r.id);
                            let forms = super::form_rules::RULES.iter().map(|r| r.id);
                            bail!(
                                "unknown rule '{rule}'{}",
                                did_you_mean(rule, ids.chain(forms))
                            );
                        }
                        let level = match level.as_str() {
                            Some("error") => Some(Level::Error),
                            Some("warning") | Some("warn") => Some(Level::Warning),
                            Some("notice") | Some("note") => Some(Level::Notice),
                            Some("off") => None,
                            _ => bail!("rules.{rule}: expected \"error\", \"warning\", \"notice\" or \"off\""),
                        };
                        c.levels.insert(rule.clone(), level);
                    }
                }
                "require" => {
                    for (program, fields) in table_of(value, "[require]")? {
                        let p = Profile::parse(program).ok_or_else(|| {
                            anyhow!(
                                "require: unknown profile '{program}'{}",
                                did_you_mean(program, Profile::ALL.iter().map(|p| p.as_str()))
                            )
                        })?;
                        let list = fields
                            .as_array()
                            .ok_or_else(|| anyhow!("require.{program} must be a list of fields"))?;
                        let names = REQUIREMENTS.iter().map(|(n, _)| *n);
                        let reqs = list.iter().map(|f| {
                            let name = f.as_str().unwrap_or("");
                            let found = REQUIREMENTS.iter().find(|(n, _)| *n == name);
                            found.map(|(_, r)| *r).ok_or_else(|| {
                                let also = did_you_mean(name, names.clone());
                                anyhow!("require.{program}: unknown field '{name}'{also}")
                            })
                        });
                        c.require.insert(p, reqs.collect::<Result<_>>()?);
                    }
                }
                "difficulty" => {
                    let words = strings(value, "difficulty must be a list of words")?;
                    c.difficulty = Some(words.iter().map(|s| s.trim().to_lowercase()).collect());
                }
                "skills" => {
                    for (k, v) in table_of(value, "[skills]")? {
                        if k != "aliases" {
                            bail!(
                                "unknown key 'skills.{k}'{}",
                                did_you_mean(k, ["aliases"].into_iter())
                            );
                        }
                        for (alias, canonical) in table_of(v, "[skills.aliases]")? {
                            let canonical = canonical.as_str().ok_or_else(|| {
                                anyhow!("skills.aliases.{alias} must be a string")
                            })?;
                            c.skill_aliases.push((alias.clone(), canonical.to_string()));
                        }
                    }
                }
                "exclude" => {
                    let list = strings(value, "exclude must be a list of glob patterns")?;
                    // Checked now, so a bad pattern is a configuration error.
                    Exclude::new(Path::new("."), &list)?;
                    c.exclude = list;
                }
                "profile" => {
                    let name = value.as_str().unwrap_or("");
                    c.profile = ProfileChoice::parse(name).ok_or_else(|| {
                        anyhow!(
                            "profile: unknown profile '{name}'{}; use {}",
                            did_you_mean(name, ProfileChoice::NAMES.into_iter()),
                            ProfileChoice::NAMES.join(", ")
                        )
                    })?;
                }
                "catalog" => {
                    let p = value
                        .as_str()
                        .ok_or_else(|| anyhow!("catalog must be a path (a string)"))?;
                    c.catalog = Some(PathBuf::from(p));
                }
                // `[[source]]` tables belong to `ideas sync` (crate::sources::registry).
                "source" => {}
                other => bail!(
                    "unknown key '{other}'{}",
                    did_you_mean(other, KEYS.split(' '))
                ),
            }
        }
        Ok(c)
    }
}

/// `value` as a list of strings, else the error `what`.
fn strings(value: &toml::Value, what: &str) -> Result<Vec<String>> {
    value
        .as_array()
        .and_then(|a| a.iter().map(|v| v.as_str().map(String::from)).collect())
        .ok_or_else(|| anyhow!("{what}"))
}

/// `value` as a table, else the error "NAME must be a table".
fn table_of<'v>(value: &'v toml::Value, name: &str) -> Result<&'v toml::Table> {
    value
        .as_table()
        .ok_or_else(|| anyhow!("{name} must be a table"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let c = LintConfig::default();
        assert_eq!(c.level_of("missing-description"), Some(Level::Error));
        assert_eq!(c.level_of("too-few-mentors"), Some(Level::Warning));
        assert!(c.required(Profile::Gsoc).contains(&Requirement::Size));
        assert!(!c.required(Profile::Lfx).contains(&Requirement::Size));
        let upstream = rules::info("missing-upstream-issue").unwrap();
        assert_eq!(c.level_in(upstream, Profile::Lfx), Some(Level::Error));
        assert_eq!(c.level_in(upstream, Profile::Gsoc), None);
        let name = rules::info("mentor-missing-name").unwrap();
        assert_eq!(c.level_in(name, Profile::Gsoc), None);
    }

    #[test]
    fn levels_requirements_and_aliases() {
        let c = LintConfig::parse(
            "difficulty = [\"easy\", \"hard\"]\n[rules]\nmissing-upstream-issue = \"warning\"\nno-ideas = \"off\"\n[require]\nlfx = [\"mentors\"]\n[skills.aliases]\n\"k8s-ops\" = \"kubernetes\"\n",
        )
        .unwrap();
        assert_eq!(c.level_of("missing-upstream-issue"), Some(Level::Warning));
        assert_eq!(c.level_of("no-ideas"), None);
        assert_eq!(c.required(Profile::Lfx), [Requirement::Mentors]);
        let easy_hard = ["easy".to_string(), "hard".to_string()];
        assert_eq!(c.difficulty.as_deref(), Some(&easy_hard[..]));
        assert_eq!(
            c.skill_aliases,
            vec![("k8s-ops".into(), "kubernetes".into())]
        );
    }

    #[test]
    fn unknown_keys_suggest_the_right_one() {
        let e = LintConfig::parse("[rulez]\n").unwrap_err().to_string();
        assert!(
            e.contains("unknown key 'rulez'; did you mean 'rules'?"),
            "{e}"
        );
        let e = LintConfig::parse("[rules]\nmissing-descripton = \"off\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("did you mean 'missing-description'?"), "{e}");
        let e = LintConfig::parse("[rules]\nno-ideas = \"loud\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("expected"), "{e}");
        let e = LintConfig::parse("[require]\ngsoc = [\"sise\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("did you mean 'size'?"), "{e}");
        let e = format!("{:#}", LintConfig::parse("rules = [").unwrap_err());
        assert!(e.contains("line 1"), "{e}");
    }
}
