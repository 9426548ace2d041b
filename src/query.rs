//! Filters over a set of ideas. No I/O.
//!
//! All filters combine with AND. Skills come in groups: each `--skill` flag is one group, and an
//! idea must match every group; a group written `go,rust` matches an idea with any of its skills. Mentor matching is case- and space-insensitive over name, handle and email, and it
//! knows that a person written once by handle and once by name is one person (see
//! [`MentorIndex`]).

use crate::model::{Idea, Level, Program, Status};
use crate::skills::SkillTable;
use std::collections::HashMap;

/// Resolved filter values.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Groups of canonical skill ids (or unknown skills, lower-cased): every group must match,
    /// and a group matches when one of the idea's written skills names any of them.
    pub skills: Vec<Vec<String>>,
    /// A mentor's name, handle or email.
    pub mentor: Option<String>,
    /// A difficulty level; a range matches when it includes the level.
    pub difficulty: Option<Level>,
    /// A size in hours: matches every idea that offers it.
    pub hours: Option<u32>,
    /// Organisation (case-insensitive substring).
    pub org: Option<String>,
    /// Programme.
    pub program: Option<Program>,
    /// Year.
    pub year: Option<u16>,
    /// Status (proposed, accepted, archived).
    pub status: Option<Status>,
    /// Free text (case-insensitive) in title, org, description, outcomes, skills or mentors.
    pub text: Option<String>,
}

impl Filter {
    /// Builds a filter from groups of skill names, normalising them through the skill table
    /// ("Golang" -> "go").
    pub fn with_skills(mut self, groups: &[Vec<String>], table: &SkillTable) -> Self {
        self.skills = groups
            .iter()
            .map(|g| g.iter().map(|n| canonical_skill(n, table)).collect())
            .collect();
        self
    }

    /// Each filter that is set, alone, with a label naming it as typed on the command line
    /// (`--skill go`): used to explain an empty result.
    pub fn parts(&self) -> Vec<(String, Filter)> {
        let mut parts = Vec::new();
        let mut one = |label: String, set: &dyn Fn(&mut Filter)| {
            let mut f = Filter::default();
            set(&mut f);
            parts.push((label, f));
        };
        for group in &self.skills {
            one(format!("--skill {}", group.join(",")), &|f| {
                f.skills = vec![group.clone()]
            });
        }
        if let Some(m) = &self.mentor {
            one(format!("--mentor {m}"), &|f| f.mentor = Some(m.clone()));
        }
        if let Some(d) = self.difficulty {
            one(format!("--difficulty {}", d.as_str()), &|f| {
                f.difficulty = Some(d)
            });
        }
        if let Some(h) = self.hours {
            one(format!("--hours {h}"), &|f| f.hours = Some(h));
        }
        if let Some(o) = &self.org {
            one(format!("--org {o}"), &|f| f.org = Some(o.clone()));
        }
        if let Some(p) = self.program {
            one(format!("--program {p}"), &|f| f.program = Some(p));
        }
        if let Some(y) = self.year {
            one(format!("--year {y}"), &|f| f.year = Some(y));
        }
        if let Some(s) = self.status {
            one(format!("--status {}", status_name(s)), &|f| {
                f.status = Some(s)
            });
        }
        if let Some(t) = &self.text {
            one(format!("--text {t}"), &|f| f.text = Some(t.clone()));
        }
        parts
    }

    /// The ideas that pass every filter, in input order.
    pub fn apply<'a>(&self, ideas: &'a [Idea]) -> Vec<&'a Idea> {
        let mentor_keys = self
            .mentor
            .as_ref()
            .map(|m| MentorIndex::of(ideas.iter().flat_map(|i| &i.mentors)).expand(m));
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
        let text_hit = |text: &String| {
            let needle = text.to_lowercase();
            let fields = [
                Some(idea.title.as_str()),
                idea.org.as_deref(),
                idea.description.as_deref(),
                idea.expected_outcomes.as_deref(),
                idea.skills_raw.as_deref(),
            ];
            let lower_has = |h: &str| h.to_lowercase().contains(&needle);
            fields.into_iter().flatten().any(lower_has)
                || idea.skills.iter().any(|s| lower_has(s))
                || idea.mentors.iter().any(|m| lower_has(&m.label()))
        };
        self.skills.iter().all(|group| has_any_skill(idea, group))
            && mentor_keys.is_none_or(|keys| {
                let mut keys_of_idea = idea.mentors.iter().flat_map(mentor_keys_of);
                keys_of_idea.any(|k| keys.contains(&k))
            })
            && self
                .difficulty
                .is_none_or(|level| idea.difficulty.is_some_and(|d| d.includes(level)))
            && self.hours.is_none_or(|h| idea.hours.contains(&h))
            && self.org.as_ref().is_none_or(|org| org_matches(org, idea))
            && self.program.is_none_or(|p| idea.program == Some(p))
            && self.year.is_none_or(|y| idea.year == Some(y))
            && self.status.is_none_or(|st| idea.status == Some(st))
            && self.text.as_ref().is_none_or(text_hit)
    }
}

/// `--org`: part of the idea's organisation's name ("harb" for Harbor), or the name, slug or an
/// alias of a known organisation that is the idea's ("HSF" for CERN-HSF) or the umbrella its
/// project is a member of in its programme ("CNCF" for a Jaeger idea of GSoC).
fn org_matches(want: &str, idea: &Idea) -> bool {
    let Some(org) = idea.org.as_deref() else {
        return false;
    };
    let program = idea.program.map(crate::model::Program::as_str);
    squash(org).contains(&squash(want))
        || crate::orgs::find(want).is_some_and(|o| {
            crate::orgs::canonical(org) == Some(o.name.as_str())
                || program
                    .and_then(|p| crate::orgs::umbrella_of(org, p, idea.year))
                    .is_some_and(|u| std::ptr::eq(u, o))
        })
}

/// Whether one of an idea's written skills names one of `group`'s canonical skills (through the
/// bundled table's aliases: "Golang" names `go`), or is it, lower-cased. A skill the table does
/// not know also matches as whole words inside an item: `--skill plotly` finds "data
/// visualisation (Plotly, Matplotlib)", as a reader scanning the list would.
fn has_any_skill(idea: &Idea, group: &[String]) -> bool {
    let table = SkillTable::bundled();
    idea.skills.iter().any(|item| {
        table.ids_of(item).iter().any(|id| group.contains(id))
            || (group.iter())
                .any(|g| table.display_name(g).is_none() && has_words(&item.to_lowercase(), g))
    })
}

/// Whether `words` (lower-case) stands in `text` (lower-case) with no letter or digit joined on
/// either side.
fn has_words(text: &str, words: &str) -> bool {
    !words.is_empty()
        && text.match_indices(words).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + words.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// A programme named on the command line.
pub fn parse_program(p: &str) -> anyhow::Result<Program> {
    match p.trim().to_ascii_lowercase().as_str() {
        "gsoc" | "google summer of code" => Ok(Program::Gsoc),
        "lfx" | "lfx mentorship" => Ok(Program::Lfx),
        "other" => Ok(Program::Other),
        _ => anyhow::bail!("unknown program '{p}'; use gsoc, lfx or other"),
    }
}

/// The lower-case name of a status, as JSON and `--status` write it.
pub fn status_name(s: Status) -> &'static str {
    match s {
        Status::Proposed => "proposed",
        Status::Accepted => "accepted",
        Status::Archived => "archived",
    }
}

/// A skill name as the filter compares it: the canonical id, or the name lower-cased.
pub fn canonical_skill(name: &str, table: &SkillTable) -> String {
    table
        .canonical(name)
        .map(str::to_string)
        .unwrap_or_else(|| name.trim().to_lowercase())
}

/// A short, stable handle for an idea (seven hex digits of a hash of its id, like git's short
/// hashes): narrow enough for an 80-column line, and `ideas show` accepts it. Full ids run to
/// a hundred characters because they spell out programme, year, organisation and title.
pub fn short_id(id: &str) -> String {
    // FNV-1a: the same on every platform and in every version, unlike std's hasher.
    format!("{:07x}", crate::model::fnv1a(id) >> 36)
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
    /// Links the keys of every mentor entry given.
    pub fn of<'a>(mentors: impl IntoIterator<Item = &'a crate::model::Mentor>) -> Self {
        let mut idx = MentorIndex {
            parent: Vec::new(),
            ids: HashMap::new(),
        };
        let mentors: Vec<&crate::model::Mentor> = mentors.into_iter().collect();
        // An address written beside two different names or handles is a group's (a project
        // list): it never ties two people into one.
        let mut first: HashMap<(String, usize), String> = HashMap::new();
        let mut shared: std::collections::HashSet<String> = Default::default();
        for m in &mentors {
            let Some(email) = m.email.as_ref().map(|e| squash(e)) else {
                continue;
            };
            for (k, part) in [&m.name, &m.github].into_iter().enumerate() {
                if let Some(p) = part.as_ref().map(|p| squash(p)) {
                    if *first.entry((email.clone(), k)).or_insert_with(|| p.clone()) != p {
                        shared.insert(email.clone());
                    }
                }
            }
        }
        for m in mentors {
            let own = |k: &String| {
                m.email.as_ref().is_none_or(|e| squash(e) != *k) || !shared.contains(k)
            };
            let keys: Vec<usize> = mentor_keys_of(m)
                .iter()
                .filter(|k| own(k))
                .map(|k| idx.id(k))
                .collect();
            for w in keys.windows(2) {
                idx.union(w[0], w[1]);
            }
            if let Some(e) = m
                .email
                .as_ref()
                .map(|e| squash(e))
                .filter(|e| shared.contains(e))
            {
                idx.id(&e);
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

    /// The person a mentor entry of the index belongs to (None for an entry without keys).
    pub fn person(&self, m: &crate::model::Mentor) -> Option<usize> {
        let first = mentor_keys_of(m).into_iter().next()?;
        self.ids.get(&first).map(|&i| self.find(i))
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
            hours: Vec::new(),
            contacts: Vec::new(),
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
            affiliation: None,
        }
    }

    /// A list address written beside several people (on one idea or across ideas) never makes
    /// them one person: `--mentor Ann` does not find Tom's idea.
    #[test]
    fn a_shared_address_never_merges_people() {
        let with = |name: &str| Mentor {
            email: Some("team@example.org".into()),
            ..m(Some(name), None)
        };
        let ideas = vec![
            idea("A", &[], vec![with("Ann One")]),
            idea("B", &[], vec![with("Tom Two")]),
            idea("C", &[], vec![m(Some("Ann One"), Some("annone"))]),
        ];
        let f = Filter {
            mentor: Some("Ann One".into()),
            ..Filter::default()
        };
        let titles: Vec<&str> = f.apply(&ideas).iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["A", "C"]);
        let by_handle = Filter {
            mentor: Some("annone".into()),
            ..Filter::default()
        };
        assert_eq!(
            by_handle.apply(&ideas).len(),
            2,
            "the handle finds Ann by name too"
        );
    }

    #[test]
    fn skills_must_all_match() {
        let ideas = vec![
            idea("A", &["go", "kubernetes"], vec![]),
            idea("B", &["go"], vec![]),
        ];
        let f = Filter {
            skills: vec![vec!["go".into()], vec!["kubernetes".into()]],
            ..Filter::default()
        };
        let got: Vec<_> = f.apply(&ideas).iter().map(|i| i.title.clone()).collect();
        assert_eq!(got, vec!["A"]);
        // One group is "any of".
        let f = Filter {
            skills: vec![vec!["rust".into(), "kubernetes".into()]],
            ..Filter::default()
        };
        let got: Vec<_> = f.apply(&ideas).iter().map(|i| i.title.clone()).collect();
        assert_eq!(got, vec!["A"]);
        let f = Filter {
            skills: vec![vec!["go".into(), "rust".into()]],
            ..Filter::default()
        };
        assert_eq!(f.apply(&ideas).len(), 2);
    }

    #[test]
    fn an_unknown_skill_matches_whole_words_inside_an_item() {
        let ideas = vec![
            idea("A", &["data visualisation (Plotly, Matplotlib)"], vec![]),
            idea("B", &["Plotlyx"], vec![]),
            idea("C", &["Rule based detection"], vec![]),
        ];
        let titles = |g: &str| {
            let f = Filter::default().with_skills(&[vec![g.to_string()]], SkillTable::bundled());
            f.apply(&ideas)
                .iter()
                .map(|i| i.title.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles("plotly"), ["A"]);
        assert_eq!(titles("Rule based"), ["C"]);
        assert!(titles("plot").is_empty());
        // A known skill still goes through the table: "go" is not a word of "Google".
        assert!(has_words("go and rust", "go") && !has_words("google", "go"));
    }

    #[test]
    fn short_ids_are_seven_hex_digits_and_stable() {
        let a = short_id("lfx-2025-harbor-harbor-cli");
        assert_eq!(a.len(), 7);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(a, short_id("lfx-2025-harbor-harbor-cli"));
        assert_ne!(a, short_id("lfx-2025-harbor-harbor-cl"));
    }

    #[test]
    fn status_filter_and_parts() {
        let mut a = idea("A", &["go"], vec![]);
        a.status = Some(Status::Archived);
        let b = idea("B", &["go"], vec![]);
        let ideas = vec![a, b];
        let f = Filter {
            status: Some(Status::Archived),
            skills: vec![vec!["go".into()]],
            ..Filter::default()
        };
        assert_eq!(f.apply(&ideas).len(), 1);
        let labels: Vec<String> = f.parts().into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["--skill go", "--status archived"]);
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
    fn org_matches_a_known_organisations_aliases_and_an_umbrellas_member_projects() {
        let mut hsf = idea("Tracking", &[], vec![]);
        (hsf.org, hsf.program, hsf.year) =
            (Some("CERN-HSF".into()), Some(Program::Gsoc), Some(2026));
        let mut jaeger = hsf.clone();
        jaeger.org = Some("Jaeger".into());
        let mut meshery = hsf.clone();
        meshery.org = Some("Meshery".into());
        let mut lfx_jaeger = jaeger.clone();
        (lfx_jaeger.program, lfx_jaeger.year) = (Some(Program::Lfx), Some(2026));
        let ideas = [hsf, jaeger, meshery, lfx_jaeger];
        let orgs_of = |want: &str| -> Vec<(Option<String>, Option<Program>)> {
            let f = Filter {
                org: Some(want.into()),
                ..Filter::default()
            };
            f.apply(&ideas)
                .iter()
                .map(|i| (i.org.clone(), i.program))
                .collect()
        };
        let hsf = vec![(Some("CERN-HSF".to_string()), Some(Program::Gsoc))];
        assert_eq!(orgs_of("HEP Software Foundation"), hsf);
        assert_eq!(orgs_of("hsf"), hsf);
        // The CNCF's GSoC ideas are its projects': Jaeger's, not Meshery's (a GSoC
        // organisation itself) nor an LFX one (the CNCF of GSoC is no LFX organisation).
        let cncf = vec![(Some("Jaeger".to_string()), Some(Program::Gsoc))];
        assert_eq!(orgs_of("CNCF"), cncf);
        assert!(orgs_of("Nobody At All").is_empty());
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
