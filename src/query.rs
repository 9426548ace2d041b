//! Filters over a set of ideas. No I/O.
//!
//! All filters combine with AND; `--skill` may be given several times and every skill must
//! match. Mentor matching is case- and space-insensitive over name, handle and email, and it
//! knows that a person written once by handle and once by name is one person (see
//! [`MentorIndex`]).

use crate::model::{Idea, Level, Program};
use crate::skills::SkillTable;
use std::collections::HashMap;

/// Resolved filter values.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Canonical skill ids (or unknown skills, lower-cased); all must match.
    pub skills: Vec<String>,
    /// A mentor's name, handle or email.
    pub mentor: Option<String>,
    /// A difficulty level; a range matches when it includes the level.
    pub difficulty: Option<Level>,
    /// Organisation (case-insensitive substring).
    pub org: Option<String>,
    /// Programme.
    pub program: Option<Program>,
    /// Year.
    pub year: Option<u16>,
    /// Free text (case-insensitive) in title, org, description, outcomes, skills or mentors.
    pub text: Option<String>,
}

impl Filter {
    /// Builds a filter, normalising skill names through the skill table ("Golang" -> "go").
    pub fn with_skills(mut self, names: &[String], table: &SkillTable) -> Self {
        self.skills = names
            .iter()
            .map(|n| {
                table
                    .canonical(n)
                    .map(str::to_string)
                    .unwrap_or_else(|| n.trim().to_lowercase())
            })
            .collect();
        self
    }

    /// The ideas that pass every filter, in input order.
    pub fn apply<'a>(&self, ideas: &'a [Idea]) -> Vec<&'a Idea> {
        let mentor_keys = self
            .mentor
            .as_ref()
            .map(|m| MentorIndex::new(ideas).expand(m));
        ideas
            .iter()
            .filter(|idea| self.matches(idea, mentor_keys.as_ref()))
            .collect()
    }

    /// True if the idea passes every filter but `--mentor` (which needs all ideas to know who
    /// is who): used to drop ideas while files are still being read.
    pub fn matches_without_mentor(&self, idea: &Idea) -> bool {
        self.matches(idea, None)
    }

    fn matches(&self, idea: &Idea, mentor_keys: Option<&Vec<String>>) -> bool {
        if !self
            .skills
            .iter()
            .all(|s| idea.skills.iter().any(|i| i == s))
        {
            return false;
        }
        if let Some(keys) = mentor_keys {
            let hit = idea
                .mentors
                .iter()
                .flat_map(mentor_keys_of)
                .any(|k| keys.contains(&k));
            if !hit {
                return false;
            }
        }
        if let Some(level) = self.difficulty {
            if !idea.difficulty.is_some_and(|d| d.includes(level)) {
                return false;
            }
        }
        if let Some(org) = &self.org {
            let want = squash(org);
            if !idea
                .org
                .as_deref()
                .is_some_and(|o| squash(o).contains(&want))
            {
                return false;
            }
        }
        if let Some(p) = self.program {
            if idea.program != Some(p) {
                return false;
            }
        }
        if let Some(y) = self.year {
            if idea.year != Some(y) {
                return false;
            }
        }
        if let Some(text) = &self.text {
            let needle = text.to_lowercase();
            let hay = [
                Some(idea.title.as_str()),
                idea.org.as_deref(),
                idea.description.as_deref(),
                idea.expected_outcomes.as_deref(),
                idea.skills_raw.as_deref(),
            ];
            let in_fields = hay
                .iter()
                .flatten()
                .any(|h| h.to_lowercase().contains(&needle));
            let in_skills = idea.skills.iter().any(|s| s.contains(&needle));
            let in_mentors = idea
                .mentors
                .iter()
                .any(|m| m.label().to_lowercase().contains(&needle));
            if !(in_fields || in_skills || in_mentors) {
                return false;
            }
        }
        true
    }
}

/// Lower-case with whitespace and a leading `@` removed: how names, handles and emails compare.
pub fn squash(s: &str) -> String {
    s.trim()
        .trim_start_matches('@')
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The comparable keys of one mentor: squashed name, handle and email.
pub fn mentor_keys_of(m: &crate::model::Mentor) -> Vec<String> {
    [&m.name, &m.github, &m.email]
        .into_iter()
        .flatten()
        .map(|s| squash(s))
        .filter(|s| !s.is_empty())
        .collect()
}

/// People across a set of ideas: keys (name, handle, email) written together in any one mentor
/// entry belong to one person, so a person given by handle on one page and by name on another
/// is found by either.
pub struct MentorIndex {
    parent: Vec<usize>,
    ids: HashMap<String, usize>,
}

impl MentorIndex {
    /// Links the keys of every mentor entry in `ideas`.
    pub fn new(ideas: &[Idea]) -> Self {
        let mut idx = MentorIndex {
            parent: Vec::new(),
            ids: HashMap::new(),
        };
        for m in ideas.iter().flat_map(|i| &i.mentors) {
            let keys: Vec<usize> = mentor_keys_of(m).iter().map(|k| idx.id(k)).collect();
            for w in keys.windows(2) {
                idx.union(w[0], w[1]);
            }
        }
        idx
    }

    fn id(&mut self, key: &str) -> usize {
        if let Some(&i) = self.ids.get(key) {
            return i;
        }
        let i = self.parent.len();
        self.parent.push(i);
        self.ids.insert(key.to_string(), i);
        i
    }

    fn find(&self, mut i: usize) -> usize {
        while self.parent[i] != i {
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra] = rb;
        }
    }

    /// Every key of every person one of whose keys equals or contains the query.
    pub fn expand(&self, query: &str) -> Vec<String> {
        let q = squash(query);
        if q.is_empty() {
            return Vec::new();
        }
        let roots: Vec<usize> = self
            .ids
            .iter()
            .filter(|(k, _)| k.contains(&q))
            .map(|(_, &i)| self.find(i))
            .collect();
        self.ids
            .iter()
            .filter(|(_, &i)| roots.contains(&self.find(i)))
            .map(|(k, _)| k.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Difficulty, Mentor, Source};

    fn idea(title: &str, skills: &[&str], mentors: Vec<Mentor>) -> Idea {
        Idea {
            id: title.to_lowercase(),
            title: title.into(),
            org: Some("Harbor".into()),
            program: Some(Program::Lfx),
            year: Some(2025),
            term: None,
            status: None,
            description: Some("Build a CLI".into()),
            expected_outcomes: None,
            skills: skills.iter().map(|s| s.to_string()).collect(),
            skills_raw: None,
            mentors,
            difficulty: Difficulty::parse("medium to hard"),
            hours: None,
            upstream_issues: vec![],
            links: vec![],
            source: Source::default(),
        }
    }

    fn m(name: Option<&str>, gh: Option<&str>) -> Mentor {
        Mentor {
            name: name.map(Into::into),
            github: gh.map(Into::into),
            email: None,
        }
    }

    #[test]
    fn skills_must_all_match() {
        let ideas = vec![
            idea("A", &["go", "kubernetes"], vec![]),
            idea("B", &["go"], vec![]),
        ];
        let f = Filter {
            skills: vec!["go".into(), "kubernetes".into()],
            ..Filter::default()
        };
        let got: Vec<_> = f.apply(&ideas).iter().map(|i| i.title.clone()).collect();
        assert_eq!(got, vec!["A"]);
    }

    #[test]
    fn mentor_found_by_name_or_handle_across_entries() {
        let ideas = vec![
            idea("A", &[], vec![m(Some("Andrey Velichkevich"), None)]),
            idea(
                "B",
                &[],
                vec![m(Some("Andrey Velichkevich"), Some("andreyvelich"))],
            ),
            idea("C", &[], vec![m(None, Some("andreyvelich"))]),
            idea("D", &[], vec![m(Some("Someone Else"), None)]),
        ];
        for q in [
            "andreyvelich",
            "@AndreyVelich",
            "andrey velichkevich",
            "ANDREYVELICHKEVICH",
        ] {
            let f = Filter {
                mentor: Some(q.into()),
                ..Filter::default()
            };
            let got: Vec<_> = f.apply(&ideas).iter().map(|i| i.title.clone()).collect();
            assert_eq!(got, vec!["A", "B", "C"], "{q}");
        }
    }

    #[test]
    fn difficulty_range_org_and_text() {
        let ideas = vec![idea("Harbor CLI", &[], vec![])];
        let f = Filter {
            difficulty: Some(Level::Hard),
            org: Some("harb".into()),
            text: Some("cli".into()),
            year: Some(2025),
            program: Some(Program::Lfx),
            ..Filter::default()
        };
        assert_eq!(f.apply(&ideas).len(), 1);
        let f = Filter {
            difficulty: Some(Level::Easy),
            ..Filter::default()
        };
        assert!(f.apply(&ideas).is_empty());
        let f = Filter {
            year: Some(2024),
            ..Filter::default()
        };
        assert!(f.apply(&ideas).is_empty());
    }
}
