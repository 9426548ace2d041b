//! Why nothing matched: when the filters (or a search) leave no idea, say what each filter
//! matches alone, which values exist (years, programmes, difficulties, statuses), and the
//! closest known value for a mistyped one, so an empty result is never a dead end.

use super::quantity;
use crate::model::Idea;
use crate::query::{mentor_keys_of, squash, status_name, Filter};
use crate::suggest::closest;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Writes the explanation of an empty result of `filter` over `all` (every idea read) to `err`.
/// True when a value looks misspelt (a did-you-mean was given): a usage error, exit 2, as a
/// misspelt skill is.
pub fn explain_filters(filter: &Filter, all: &[Idea], err: &mut dyn Write) -> io::Result<bool> {
    let parts = filter.parts();
    let mut misspelt = false;
    if parts.is_empty() {
        return Ok(misspelt);
    }
    if parts.len() > 1 {
        writeln!(err, "no idea matches all the filters; each alone:")?;
    } else {
        writeln!(err, "no idea matches:")?;
    }
    let label_width = parts
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, alone) in &parts {
        let n = alone.apply(all).len();
        let mut line = format!("  {label:<label_width$}  {}", quantity(n, "idea"));
        if n == 0 {
            if let Some(why) = why_none(alone, all) {
                misspelt |= why.starts_with("did you mean");
                line.push_str(": ");
                line.push_str(&why);
            }
        } else if let Some((none, what)) = lacking(alone, all) {
            // The filter that empties the result may be one most ideas cannot pass.
            line.push_str(&format!(" ({none} of {} ideas give no {what})", all.len()));
        }
        writeln!(err, "{line}")?;
    }
    tagged_orgs(filter, err)?;
    Ok(misspelt)
}

/// The values an idea gives of a field, each with its sort key (numbers sort as numbers).
type Values = fn(&Idea) -> Vec<(u32, String)>;

/// The field a filter alone tests, when ideas may leave it out: its name (one, several) and the
/// values an idea gives (for mentors and skills, one per entry: they are not tallied).
fn field(alone: &Filter) -> Option<(&'static str, &'static str, Values)> {
    fn text(v: &str) -> (u32, String) {
        (0, v.to_string())
    }
    let values: (&str, &str, Values) = if alone.difficulty.is_some() {
        ("difficulty", "difficulties", |i| {
            i.difficulty.iter().map(|d| (0, d.to_string())).collect()
        })
    } else if alone.hours.is_some() {
        ("size", "sizes", |i| {
            i.hours.iter().map(|&h| (h, h.to_string())).collect()
        })
    } else if alone.year.is_some() {
        ("year", "years", |i| {
            i.year.iter().map(|&y| (y.into(), y.to_string())).collect()
        })
    } else if alone.program.is_some() {
        ("programme", "programmes", |i| {
            i.program.iter().map(|p| text(p.as_str())).collect()
        })
    } else if alone.status.is_some() {
        ("status", "statuses", |i| {
            i.status.iter().map(|&s| text(status_name(s))).collect()
        })
    } else if alone.mentor.is_some() {
        ("mentor", "", |i| {
            i.mentors.iter().map(|_| text("")).collect()
        })
    } else if !alone.skills.is_empty() {
        ("skills", "", |i| {
            i.skills.iter().map(|_| text("")).collect()
        })
    } else {
        return None;
    };
    Some(values)
}

/// For a filter on a field ideas may leave out, how many of `all` leave it out (when any do).
fn lacking(alone: &Filter, all: &[Idea]) -> Option<(usize, &'static str)> {
    let (what, _, values) = field(alone)?;
    let none = all.iter().filter(|i| values(i).is_empty()).count();
    (none > 0).then_some((none, what))
}

/// For a skill filter, the organisations whose programme tags name the skill, with their
/// ideas pages: their ideas may not be read yet, so nobody is silently left out.
fn tagged_orgs(filter: &Filter, err: &mut dyn Write) -> io::Result<()> {
    let table = crate::skills::SkillTable::bundled();
    for skill in filter.skills.iter().flatten() {
        let program = filter.program.map(|p| p.as_str());
        let orgs = crate::orgs::tagged(skill, program, filter.year, table);
        if orgs.is_empty() {
            continue;
        }
        writeln!(
            err,
            "organisations tagged {skill} by their programme ({}):",
            orgs.len()
        )?;
        for o in orgs.iter().take(20) {
            writeln!(err, "  {}  {}", o.name, o.ideas_url)?;
        }
        if orgs.len() > 20 {
            writeln!(
                err,
                "  ... and {} more: `ideas orgs --json`",
                orgs.len() - 20
            )?;
        }
    }
    Ok(())
}

/// Counts of the values of a field over the ideas (each value of an idea that gives several),
/// as "a 3, b 1"; with how many give none.
fn tally(all: &[Idea], (what, whats, values): (&str, &str, Values)) -> String {
    let mut counts: BTreeMap<(u32, String), usize> = BTreeMap::new();
    let mut none = 0;
    for idea in all {
        let given = values(idea);
        none += usize::from(given.is_empty());
        for k in given {
            *counts.entry(k).or_default() += 1;
        }
    }
    let given: Vec<String> = counts
        .iter()
        .map(|((_, k), n)| format!("{k} ({n})"))
        .collect();
    let mut s = if given.is_empty() {
        format!("no idea gives a {what}")
    } else {
        format!("{whats} given: {}", given.join(", "))
    };
    if none > 0 && !given.is_empty() {
        s.push_str(&format!("; {none} of {} ideas give no {what}", all.len()));
    }
    s
}

/// True when [`explain_filters`] reads the ideas: for one filter alone (which matched nothing,
/// or there would be nothing to explain) that only names a skill or an organisation, the
/// explanation is the same whatever was read, so the caller need not read the input again.
pub fn needs_ideas(filter: &Filter) -> bool {
    match filter.parts().as_slice() {
        [(_, alone)] => alone.skills.is_empty() && alone.org.is_none(),
        _ => true,
    }
}

/// Why a single filter matches nothing.
fn why_none(alone: &Filter, all: &[Idea]) -> Option<String> {
    Some(match (&alone.mentor, field(alone)) {
        (Some(m), _) => mentor_hint(m, all),
        (None, Some(("skills", ..))) => {
            "no idea lists this skill (`ideas skills` lists those that do)".to_string()
        }
        (None, Some(field)) => tally(all, field),
        _ if alone.org.is_some() => {
            "no organisation has this in its name (`ideas orgs` lists them)".to_string()
        }
        _ => return None,
    })
}

/// A did-you-mean for a mentor nobody matches: the closest name or handle.
fn mentor_hint(query: &str, all: &[Idea]) -> String {
    // Squashed key -> how people see it.
    let mut shown: BTreeMap<String, String> = BTreeMap::new();
    for m in all.iter().flat_map(|i| &i.mentors) {
        for key in mentor_keys_of(m) {
            shown.entry(key).or_insert_with(|| m.shown());
        }
    }
    match closest(&squash(query), shown.keys().map(String::as_str)) {
        Some(key) => format!("did you mean '{}'?", shown[key]),
        None => "no mentor has this name, handle or email (`ideas mentors` lists them)".into(),
    }
}

/// Writes why a search found nothing: each term that matches no idea alone, with the closest
/// word that occurs in titles, skills and organisations.
pub fn explain_search(
    term_counts: &[(String, usize)],
    all: &[Idea],
    err: &mut dyn Write,
) -> io::Result<()> {
    let mut vocabulary: BTreeMap<String, usize> = BTreeMap::new();
    for idea in all {
        let texts = std::iter::once(idea.title.as_str())
            .chain(idea.org.as_deref())
            .chain(idea.skills.iter().map(String::as_str));
        for text in texts {
            for w in text
                .split(|c: char| !(c.is_alphanumeric() || c == '+' || c == '#'))
                .filter(|w| w.chars().count() >= 2)
            {
                *vocabulary.entry(w.to_lowercase()).or_default() += 1;
            }
        }
    }
    if term_counts.len() > 1 && term_counts.iter().all(|(_, n)| *n > 0) {
        writeln!(err, "no idea matches every word; each alone:")?;
    } else {
        writeln!(err, "no idea matches:")?;
    }
    for (term, n) in term_counts {
        let mut line = format!("  '{term}'  {}", quantity(*n, "idea"));
        if *n == 0 {
            match closest(term, vocabulary.keys().map(String::as_str)) {
                Some(c) => line.push_str(&format!(": did you mean '{c}'?")),
                None => line.push_str(": not in any idea"),
            }
        }
        writeln!(err, "{line}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Difficulty, Mentor, Program, Source};

    fn idea(title: &str, difficulty: Option<&str>, year: u16) -> Idea {
        Idea {
            id: title.to_lowercase(),
            title: title.into(),
            org: Some("Lanternfish".into()),
            program: Some(Program::Gsoc),
            year: Some(year),
            term: None,
            status: None,
            description: None,
            expected_outcomes: None,
            skills: vec!["go".into()],
            skills_raw: None,
            mentors: vec![Mentor {
                name: Some("Ada Lee".into()),
                github: Some("adalee".into()),
                email: None,
                affiliation: None,
            }],
            difficulty: difficulty.and_then(Difficulty::parse),
            hours: Vec::new(),
            contacts: Vec::new(),
            upstream_issues: vec![],
            links: vec![],
            source: Source::default(),
        }
    }

    fn explained(filter: Filter, all: &[Idea]) -> String {
        let mut out = Vec::new();
        explain_filters(&filter, all, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn each_filter_alone_with_the_values_that_exist() {
        let all = vec![
            idea("A", Some("hard"), 2025),
            idea("B", None, 2025),
            idea("C", None, 2023),
        ];
        let text = explained(
            Filter {
                difficulty: Some(crate::model::Level::Easy),
                year: Some(2026),
                skills: vec![vec!["go".into()]],
                ..Filter::default()
            },
            &all,
        );
        assert!(text.contains("each alone"), "{text}");
        assert!(text.contains("--skill go         3 ideas"), "{text}");
        assert!(
            text.contains("difficulties given: hard (1); 2 of 3 ideas give no difficulty"),
            "{text}"
        );
        assert!(text.contains("years given: 2023 (1), 2025 (2)"), "{text}");
    }

    #[test]
    fn only_a_lone_skill_or_organisation_filter_is_explained_without_the_ideas() {
        let skill = Filter {
            skills: vec![vec!["zig".into()]],
            ..Filter::default()
        };
        let org = Filter {
            org: Some("zebra".into()),
            ..Filter::default()
        };
        assert!(!needs_ideas(&skill));
        assert!(!needs_ideas(&org));
        // Explained without the ideas, a lone filter that matched none says the same as with them.
        let all = vec![idea("A", None, 2025)];
        assert_eq!(
            explained(skill.clone(), &[]),
            explained(skill.clone(), &all)
        );
        assert_eq!(explained(org.clone(), &[]), explained(org, &all));
        // Tallies, did-you-means and "each alone" counts read the ideas.
        assert!(needs_ideas(&Filter {
            year: Some(2026),
            ..Filter::default()
        }));
        assert!(needs_ideas(&Filter {
            mentor: Some("ada".into()),
            ..Filter::default()
        }));
        assert!(needs_ideas(&Filter {
            year: Some(2026),
            ..skill
        }));
    }

    #[test]
    fn mentors_get_a_did_you_mean() {
        let all = vec![idea("A", None, 2025)];
        let text = explained(
            Filter {
                mentor: Some("adaleee".into()),
                ..Filter::default()
            },
            &all,
        );
        assert!(text.contains("did you mean 'Ada Lee (@adalee)'?"), "{text}");
    }

    #[test]
    fn search_terms_get_a_did_you_mean() {
        let all = vec![idea("Kubernetes operator", None, 2025)];
        let mut out = Vec::new();
        explain_search(&[("kubernets".into(), 0)], &all, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("'kubernets'  0 ideas: did you mean 'kubernetes'?"),
            "{text}"
        );
    }
}
