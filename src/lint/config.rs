//! `.ideas.toml`: rule levels, required fields per programme, allowed difficulties and extra
//! skill aliases. Found by walking up from the checked path, or given with `--config`.
//!
//! ```toml
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
//! Unknown keys and values are errors with a did-you-mean.

use super::check::levenshtein;
use super::rules::{self, RULES};
use super::Level;
use crate::model::Program;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The file name looked for.
pub const FILE_NAME: &str = ".ideas.toml";

/// A field an idea can be required to have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// Project or organisation.
    Project,
    /// Description.
    Description,
    /// Expected outcome.
    ExpectedOutcome,
    /// Recommended skills.
    Skills,
    /// Mentors.
    Mentors,
    /// Upstream issue.
    UpstreamIssue,
    /// Expected size.
    Size,
    /// Difficulty.
    Difficulty,
}

const REQUIREMENTS: &[(&str, Requirement)] = &[
    ("project", Requirement::Project),
    ("description", Requirement::Description),
    ("expected-outcome", Requirement::ExpectedOutcome),
    ("skills", Requirement::Skills),
    ("mentors", Requirement::Mentors),
    ("upstream-issue", Requirement::UpstreamIssue),
    ("size", Requirement::Size),
    ("difficulty", Requirement::Difficulty),
];

/// The LFX template's fields: what every idea needs unless configured otherwise.
const TEMPLATE: &[Requirement] = &[
    Requirement::Project,
    Requirement::Description,
    Requirement::ExpectedOutcome,
    Requirement::Skills,
    Requirement::Mentors,
    Requirement::UpstreamIssue,
];

/// Resolved lint settings.
#[derive(Debug, Clone, Default)]
pub struct LintConfig {
    /// Where the settings came from, if a file.
    pub source: Option<PathBuf>,
    levels: HashMap<String, Option<Level>>,
    require: HashMap<Program, Vec<Requirement>>,
    difficulty: Option<Vec<String>>,
    /// Extra skill aliases: alias -> canonical.
    pub skill_aliases: Vec<(String, String)>,
    /// `catalog`: the folder the reading commands use instead of the bundled catalog, relative
    /// to the config file.
    pub catalog: Option<PathBuf>,
}

impl LintConfig {
    /// The level of a rule after configuration; `None` when the rule is off.
    pub fn level_of(&self, rule: &str) -> Option<Level> {
        match self.levels.get(rule) {
            Some(level) => *level,
            None => rules::info(rule).map(|r| r.level),
        }
    }

    /// The fields ideas of a programme must have.
    pub fn required(&self, program: Program) -> Vec<Requirement> {
        if let Some(r) = self.require.get(&program) {
            return r.clone();
        }
        let mut r = TEMPLATE.to_vec();
        if program == Program::Gsoc {
            // GSoC ideas are also listed by size and difficulty on the programme's site.
            r.push(Requirement::Size);
            r.push(Requirement::Difficulty);
        }
        r
    }

    /// The allowed difficulty words.
    pub fn allowed_difficulties(&self) -> Vec<String> {
        self.difficulty.clone().unwrap_or_else(|| {
            ["easy", "medium", "hard"]
                .iter()
                .map(|s| s.to_string())
                .collect()
        })
    }

    /// True if every difficulty word written is allowed (only checked when configured).
    pub fn difficulty_allowed(&self, words: &[&str]) -> bool {
        match &self.difficulty {
            None => true,
            Some(allowed) => words
                .iter()
                .filter(|w| crate::model::Level::parse_word(w).is_some())
                .all(|w| allowed.iter().any(|a| a == w)),
        }
    }

    /// Reads a config file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut c = Self::parse(&text).with_context(|| format!("in {}", path.display()))?;
        c.source = Some(path.to_path_buf());
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
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            match line {
                Some(l) => anyhow!("line {l}: {}", e.message()),
                None => anyhow!("{}", e.message()),
            }
        })?;
        let mut c = LintConfig::default();
        for (key, value) in &table {
            match key.as_str() {
                "rules" => {
                    let t = value
                        .as_table()
                        .ok_or_else(|| anyhow!("[rules] must be a table"))?;
                    for (rule, level) in t {
                        if rules::info(rule).is_none() {
                            bail!(
                                "unknown rule '{rule}'{}",
                                did_you_mean(rule, RULES.iter().map(|r| r.id))
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
                    let t = value
                        .as_table()
                        .ok_or_else(|| anyhow!("[require] must be a table"))?;
                    for (program, fields) in t {
                        let p = match program.as_str() {
                            "gsoc" => Program::Gsoc,
                            "lfx" => Program::Lfx,
                            "other" => Program::Other,
                            _ => bail!(
                                "require: unknown program '{program}'{}",
                                did_you_mean(program, ["gsoc", "lfx", "other"].into_iter())
                            ),
                        };
                        let list = fields
                            .as_array()
                            .ok_or_else(|| anyhow!("require.{program} must be a list of fields"))?;
                        let mut reqs = Vec::new();
                        for f in list {
                            let name = f.as_str().unwrap_or("");
                            let r = REQUIREMENTS
                                .iter()
                                .find(|(n, _)| *n == name)
                                .map(|(_, r)| *r)
                                .ok_or_else(|| {
                                    anyhow!(
                                        "require.{program}: unknown field '{name}'{}",
                                        did_you_mean(name, REQUIREMENTS.iter().map(|(n, _)| *n))
                                    )
                                })?;
                            reqs.push(r);
                        }
                        c.require.insert(p, reqs);
                    }
                }
                "difficulty" => {
                    let list = value
                        .as_array()
                        .ok_or_else(|| anyhow!("difficulty must be a list of words"))?;
                    let words: Vec<String> = list
                        .iter()
                        .map(|v| v.as_str().map(|s| s.trim().to_lowercase()))
                        .collect::<Option<_>>()
                        .ok_or_else(|| anyhow!("difficulty must be a list of words"))?;
                    c.difficulty = Some(words);
                }
                "skills" => {
                    let t = value
                        .as_table()
                        .ok_or_else(|| anyhow!("[skills] must be a table"))?;
                    for (k, v) in t {
                        if k != "aliases" {
                            bail!(
                                "unknown key 'skills.{k}'{}",
                                did_you_mean(k, ["aliases"].into_iter())
                            );
                        }
                        let aliases = v
                            .as_table()
                            .ok_or_else(|| anyhow!("[skills.aliases] must be a table"))?;
                        for (alias, canonical) in aliases {
                            let canonical = canonical.as_str().ok_or_else(|| {
                                anyhow!("skills.aliases.{alias} must be a string")
                            })?;
                            c.skill_aliases.push((alias.clone(), canonical.to_string()));
                        }
                    }
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
                    did_you_mean(
                        other,
                        [
                            "rules",
                            "require",
                            "difficulty",
                            "skills",
                            "catalog",
                            "source"
                        ]
                        .into_iter()
                    )
                ),
            }
        }
        Ok(c)
    }
}

/// "; did you mean 'x'?" for the closest candidate within edit distance 3, else "".
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    candidates
        .map(|c| (levenshtein(word, c), c))
        .filter(|(d, c)| *d <= 3.min(c.len() / 2 + 1))
        .min()
        .map(|(_, c)| format!("; did you mean '{c}'?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let c = LintConfig::default();
        assert_eq!(c.level_of("missing-description"), Some(Level::Error));
        assert_eq!(c.level_of("too-few-mentors"), Some(Level::Warning));
        assert!(c.required(Program::Gsoc).contains(&Requirement::Size));
        assert!(!c.required(Program::Lfx).contains(&Requirement::Size));
    }

    #[test]
    fn levels_requirements_and_aliases() {
        let c = LintConfig::parse(
            "difficulty = [\"easy\", \"hard\"]\n[rules]\nmissing-upstream-issue = \"warning\"\nno-ideas = \"off\"\n[require]\nlfx = [\"mentors\"]\n[skills.aliases]\n\"k8s-ops\" = \"kubernetes\"\n",
        )
        .unwrap();
        assert_eq!(c.level_of("missing-upstream-issue"), Some(Level::Warning));
        assert_eq!(c.level_of("no-ideas"), None);
        assert_eq!(c.required(Program::Lfx), vec![Requirement::Mentors]);
        assert!(!c.difficulty_allowed(&["medium"]));
        assert!(c.difficulty_allowed(&["hard"]));
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
