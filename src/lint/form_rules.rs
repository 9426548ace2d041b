//! The issue-form rules: stable ids, default levels, explanations and fix hints.
//!
//! Kept apart from the page rules ([`crate::lint::rules::RULES`]) in their own table because they check a different
//! thing (an issue body answering a form, as the CNCF's proposal bot does) and share no id. The
//! table is data, `schemas/form-rules.toml`, with the bot check each rule mirrors. Levels follow
//! the bot: what keeps a proposal from "Validation Passed" is an error, what the bot only labels
//! or comments on is a warning.

use super::Level;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One form rule's metadata (the page rules carry more: profiles, docs, a check).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable id, used in output.
    pub id: &'static str,
    /// Level, as the bot treats it.
    pub level: Level,
    /// One-line explanation.
    pub summary: &'static str,
    /// How to fix it.
    pub hint: &'static str,
}

/// A rule as `schemas/form-rules.toml` writes it.
#[derive(Deserialize)]
struct RuleData {
    level: Level,
    summary: String,
    hint: String,
}

#[derive(Deserialize)]
struct RulesFile {
    form: HashMap<String, RuleData>,
}

const TEXT: &str = include_str!("../../schemas/form-rules.toml");

/// `schemas/form-rules.toml`, built in.
static DATA: LazyLock<RulesFile> = LazyLock::new(|| {
    toml::from_str(TEXT).unwrap_or_else(|e| panic!("schemas/form-rules.toml: {e}"))
});

/// Every form rule, in the order the data documents them.
pub static RULES: LazyLock<Vec<RuleInfo>> = LazyLock::new(|| {
    let data: &'static RulesFile = &DATA;
    let mut rules: Vec<RuleInfo> = (data.form.iter())
        .map(|(id, d)| RuleInfo {
            id,
            level: d.level,
            summary: &d.summary,
            hint: &d.hint,
        })
        .collect();
    rules.sort_by_key(|r| TEXT.find(&format!("[form.{}]", r.id)));
    rules
});

/// The metadata of a form rule id.
pub fn info(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}
