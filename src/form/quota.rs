//! Per-project proposal quotas per term (`programs/lfx-mentorship/automation/quotas.yml`).
//!
//! The bot labels a proposal "Over Quota" once its project has more proposals for a term than
//! the quota allows; it does not block validation, so this is a warning. The proposals beyond
//! the quota are the later ones: issue number order when the bodies came from the GitHub API,
//! the order of the inputs otherwise. Override keys match a project's lower-cased, hyphenated
//! name (the file also allows the GitHub org or a projects.yml slug, which a body does not give).

use crate::lint::{Finding, Level};
use crate::model::slugify;
use std::collections::HashMap;

/// The quotas of `quotas.yml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotas {
    /// Proposals a project may have per term unless overridden.
    pub default_per_term: usize,
    /// Overrides by key (lower-cased).
    pub overrides: HashMap<String, usize>,
}

/// Reads `quotas.yml`.
pub fn parse_quotas(text: &str) -> Result<Quotas, String> {
    let root: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
    let default_per_term = root
        .get("default_per_project_per_term")
        .and_then(serde_yaml::Value::as_u64)
        .ok_or("no `default_per_project_per_term` number")? as usize;
    let map = root
        .get("overrides")
        .and_then(serde_yaml::Value::as_mapping);
    let overrides = (map.into_iter().flatten())
        .filter_map(|(k, v)| Some((k.as_str()?.to_lowercase(), v.as_u64()? as usize)))
        .collect();
    Ok(Quotas {
        default_per_term,
        overrides,
    })
}

impl Quotas {
    /// The quota of a project (by its name as the form writes it).
    pub fn of(&self, project: &str) -> usize {
        let keys = [project.to_lowercase(), slugify(project)];
        keys.iter()
            .find_map(|k| self.overrides.get(k))
            .copied()
            .unwrap_or(self.default_per_term)
    }
}

/// One proposal counted against its quota.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// Where it is (path as displayed).
    pub path: String,
    /// 1-based line of the project answer.
    pub line: usize,
    /// The project.
    pub project: String,
    /// The term.
    pub term: String,
    /// The program's name.
    pub title: String,
    /// The issue number, for ordering.
    pub issue_number: Option<u64>,
}

/// Warnings for the proposals beyond their project's quota, in input order.
pub fn check_quotas(quotas: &Quotas, counted: &[Counted]) -> Vec<Finding> {
    let mut order: Vec<usize> = (0..counted.len()).collect();
    order.sort_by_key(|&i| (counted[i].issue_number.unwrap_or(u64::MAX), i));
    let mut groups: HashMap<(String, String), Vec<usize>> = HashMap::new();
    let mut findings = Vec::new();
    for i in order {
        let c = &counted[i];
        if c.project.is_empty() || c.term.is_empty() {
            continue;
        }
        let key = (
            slugify(&c.project),
            super::proposal::short_term(&c.term).to_string(),
        );
        let group = groups.entry(key).or_default();
        group.push(i);
        let quota = quotas.of(&c.project);
        if group.len() > quota {
            let message = format!(
                "{} has {} proposals for {} (quota {quota}); the bot labels this one \"Over Quota\"",
                c.project,
                group.len(),
                c.term
            );
            let title = Some(c.title.clone()).filter(|t| !t.is_empty());
            let (at, level) = ((c.line, 1), Level::Warning);
            findings.push(Finding::new(
                &c.path,
                at,
                level,
                "form-over-quota",
                message,
                title,
            ));
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(project: &str, n: u64) -> Counted {
        Counted {
            path: format!("#{n}"),
            line: 3,
            project: project.into(),
            term: "2026 Term 3 (Sep-Nov)".into(),
            title: String::new(),
            issue_number: Some(n),
        }
    }

    #[test]
    fn over_quota_are_the_later_issues() {
        let q =
            parse_quotas("default_per_project_per_term: 2\noverrides:\n  kubernetes: 3\n").unwrap();
        assert_eq!(q.of("Kubernetes"), 3);
        assert_eq!(q.of("Harbor"), 2);
        let list = [
            entry("Harbor", 9),
            entry("Harbor", 3),
            entry("Harbor", 5),
            entry("Kubernetes", 1),
        ];
        let f = check_quotas(&q, &list);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].path, "#9");
        assert_eq!(f[0].level, Level::Warning);
    }

    #[test]
    fn bad_quota_files() {
        assert!(parse_quotas("overrides: {}\n").is_err());
        assert!(parse_quotas(": [").is_err());
    }
}
