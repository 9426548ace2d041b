//! Building one idea: the page-wide context (programme, year, org, link references) and the
//! accumulation of an idea's fields from its anchors into the model's [`Idea`].

use super::badges;
use super::contacts::{contact_people, group_contacts};
use super::fields::{self, Field};
use super::frontmatter::{self, FrontMatter};
use super::hours::{hours_with_unit, is_effort, parse_hours};
use super::idea::{FieldSpan, ParsedIdea};
use super::mentors::{handle_first_mentors, parse_mentors};
use super::outline::Anchor;
use super::text::*;
use super::titles::clean_org;
use crate::model::{Difficulty, Idea, Mentor, Program, Source, Status};
use std::ops::Range;

mod context;
mod lead_lines;

pub(crate) use context::PageContext;

/// Accumulates one idea's fields.
#[derive(Default)]
pub(crate) struct IdeaBuilder {
    pub(crate) refs: std::collections::HashMap<String, String>,
    badges: bool,
    pub(crate) title: String,
    pub(crate) line: usize,
    pub(crate) org_heading: Option<String>,
    pub(crate) org_front: Option<String>,
    pub(crate) component: Option<String>,
    pub(crate) program: Option<Program>,
    pub(crate) year: Option<u16>,
    pub(crate) term: Option<String>,
    pub(crate) status: Option<Status>,
    pub(crate) description: Option<String>,
    pub(crate) unlabelled_description: Option<usize>,
    pub(crate) outcomes: Option<String>,
    /// The expected-outcome parts [`IdeaBuilder::collect`] read, cleaned into `outcomes` by
    /// [`IdeaBuilder::finish`] (not for an idea the caller drops, see `dropped`).
    outcome_parts: Vec<String>,
    pub(crate) skills_raw: Vec<String>,
    /// Skills front matter lists: items as they stand.
    listed_skills: Vec<String>,
    /// How many texts of `skills_raw` front matter gave (they come first).
    front_skill_texts: usize,
    pub(crate) mentors: Vec<Mentor>,
    pub(crate) contacts: Vec<String>,
    /// The people contacts fields name: the mentors when no mentors field names anyone.
    contact_people: Vec<Mentor>,
    pub(crate) difficulty: Option<Difficulty>,
    pub(crate) hours: Vec<u32>,
    pub(crate) upstream: Vec<String>,
    pub(crate) links: Vec<String>,
    pub(crate) fields: Vec<FieldSpan>,
    pub(crate) url: Option<String>,
    pub(crate) id: Option<String>,
    pub(crate) mentors_handle_first: bool,
}

impl IdeaBuilder {
    pub(crate) fn new(title: String, line: usize, ctx: &PageContext) -> Self {
        IdeaBuilder {
            refs: ctx.refs.clone(),
            badges: ctx.badges,
            title,
            line,
            program: ctx.program,
            year: ctx.year,
            term: ctx.term.clone(),
            url: ctx.url.clone(),
            mentors_handle_first: ctx.mentors_handle_first,
            ..Default::default()
        }
    }

    /// The difficulty, size and mentors that badges in the idea's text state ("Difficulty |
    /// Medium", "Size | 175 hour", "Mentor | Ada Lee"); several difficulty badges give their
    /// range.
    fn read_badges(&mut self, text: &str, anchors: &[&Anchor], lead: Option<Range<usize>>) {
        let starts = lead
            .iter()
            .map(|r| r.start)
            .chain(anchors.iter().map(|a| a.start));
        let ends = lead.iter().map(|r| r.end);
        let ends = ends.chain(anchors.iter().map(|a| a.region.end.min(text.len())));
        let (Some(start), Some(end)) = (starts.min(), ends.max()) else {
            return;
        };
        let span = resolve_refs(text.get(start..end).unwrap_or("").to_string(), &self.refs);
        let mut levels: Vec<Difficulty> = Vec::new();
        let mut offered: Vec<u32> = Vec::new();
        let mut people: Vec<String> = Vec::new();
        for (label, message) in badges::read(&span) {
            match fields::lookup(&fields::normalize_label(&label)) {
                Some((Field::Difficulty, _)) => levels.extend(difficulty_of(&message)),
                Some((Field::Mentors, _)) => people.push(message),
                Some((Field::Size, _)) if self.hours.is_empty() => {
                    self.hours = parse_hours(&message);
                }
                // "medium size (~175h) | preferred", "large size (~350h) | possible": each
                // size a badge offers ("not recommended" offers none).
                _ if label.to_ascii_lowercase().contains("size") && offers(&message) => {
                    offered.extend(hours_with_unit(&label));
                }
                _ => {}
            }
        }
        if self.hours.is_empty() && !offered.is_empty() {
            offered.sort_unstable();
            offered.dedup();
            self.hours = offered;
        }
        if self.difficulty.is_none() {
            self.difficulty = range_of(&levels);
        }
        // "Mentor-Ada_Lee-blue", one badge a person.
        if self.mentors.is_empty() && !people.is_empty() {
            self.add_mentors(people.join(", "));
        }
    }

    pub(crate) fn apply_front_matter(&mut self, fm: &FrontMatter) {
        self.org_front = fm.org.clone();
        if fm.program.is_some() {
            self.program = fm.program;
        }
        if fm.year.is_some() {
            self.year = fm.year;
        }
        if fm.term.is_some() {
            self.term = fm.term.clone();
        }
        self.status = fm.status;
        self.description = fm.description.clone();
        self.outcomes = fm.expected_outcomes.clone();
        if !fm.skills.is_empty() {
            // One bullet per item, so that neighbouring items never read as one phrase
            // ("Node" then "JS" is not "Node JS").
            let list: Vec<String> = fm.skills.iter().map(|s| format!("- {s}")).collect();
            self.skills_raw.push(list.join("\n"));
            self.listed_skills = fm.skills.clone();
        }
        self.skills_raw.extend(fm.skills_text.clone());
        self.front_skill_texts = self.skills_raw.len();
        self.mentors.extend(fm.all_mentors());
        self.contacts.extend(fm.contacts.iter().cloned());
        self.difficulty = frontmatter::difficulty_of(fm);
        self.hours = fm.size_raw.as_deref().map(parse_hours).unwrap_or_default();
        self.upstream.extend(fm.upstream_issues.iter().cloned());
        self.links.extend(fm.links.iter().cloned());
        self.url = fm.source_url.clone().or(self.url.take());
        self.id = fm.id.clone();
    }

    /// Reads the anchors' values. Lines below a one-line field return to the last multi-line
    /// field (or to the unlabelled lead text).
    pub(crate) fn collect(
        &mut self,
        text: &str,
        anchors: &[&Anchor],
        lead: Option<(Range<usize>, usize)>,
    ) {
        let mut desc_parts: Vec<String> = Vec::new();
        let mut out_parts: Vec<String> = Vec::new();
        let mut orphan: Vec<String> = Vec::new();
        let mut last_multi: Option<Field> = None;
        let mut label_hours = Vec::new();
        let desc_headings = anchors
            .iter()
            .filter(|a| a.field == Field::Description)
            .all(|a| a.heading);
        for a in anchors {
            let read = a.read(text);
            let value = resolve_refs(read.value, &self.refs);
            // ("Brief explanation" over ": GDB-UI is …": a kramdown definition's colon.)
            let value = match value.strip_prefix(": ") {
                Some(rest) if read.inline_empty => rest.to_string(),
                _ => value,
            };
            let value_line = if read.inline_empty {
                a.line + 1
            } else {
                a.line
            };
            self.fields.push(FieldSpan {
                field: a.field,
                label: a.label.to_string(),
                line: a.line,
                column: a.column,
                has_colon: a.has_colon,
                misspelt: a.misspelt,
                heading: a.heading,
                value: value.clone(),
                value_line,
            });
            let overflow = read.overflow;
            if !read.single_line {
                last_multi = Some(a.field);
            }
            match a.field {
                Field::Description => desc_parts.push(value),
                Field::Outcomes => out_parts.push(value),
                // "Skill level: Intermediate" names how hard the idea is, not a skill; the
                // labels below it in the same list are skills ("- Language: Rust").
                Field::Skills
                    if fields::asks_level(
                        &a.label,
                        value.trim_start().lines().next().unwrap_or(""),
                    ) =>
                {
                    let v = value.trim_start();
                    let (level, rest) = v.split_once('\n').unwrap_or((v, ""));
                    if self.difficulty.is_none() {
                        self.difficulty = difficulty_in(level);
                    }
                    if !rest.trim().is_empty() {
                        self.skills_raw.push(rest.to_string());
                    }
                }
                Field::Skills => self.skills_raw.push(value),
                Field::Mentors => self.add_mentors(value),
                Field::Difficulty => {
                    // The level is on the first line ("**Medium to difficult**, you will
                    // need:"); what follows is prose or, under a "Difficulty & Requirements"
                    // label, the skills.
                    let (first, rest) = first_paragraph(&value);
                    if self.difficulty.is_none() {
                        self.difficulty = difficulty_in(first);
                    }
                    if self.hours.is_empty() {
                        self.hours = hours_with_unit(first);
                    }
                    if fields::names_skills(&a.label) {
                        self.skills_raw.push(list_items(rest));
                    }
                }
                Field::Size => {
                    if self.hours.is_empty() {
                        self.hours = parse_hours(&strip_md(&value));
                    }
                    // "Project size and difficulty: 175 hours (medium)", "Size and Rating:
                    // 175H, Medium": both facts.
                    if self.difficulty.is_none() && fields::names_difficulty(&a.label) {
                        self.difficulty = difficulty_in(&value);
                    }
                }
                Field::Upstream => {
                    self.upstream.extend(extract_urls(&value));
                    self.upstream.extend(github_refs(&value));
                }
                Field::Links => self.links.extend(extract_urls(&value)),
                Field::Component => {
                    if self.component.is_none() {
                        self.component = first_item(&value);
                    }
                }
                Field::Term => {
                    if self.term.is_none() {
                        self.term = first_item(&value);
                    }
                    if self.year.is_none() {
                        self.year = self.term.as_deref().and_then(frontmatter::find_year);
                    }
                }
                Field::Contacts => {
                    self.add_contacts(&value);
                    self.contact_people.extend(contact_people(&value));
                }
                // "**Labels:** Uyuni, Medium Sized Project": an issue's labels give its size
                // when no field does.
                Field::Other if label_hours.is_empty() && fields::names_labels(&a.label) => {
                    let items = strip_md(&value);
                    let mut sizes = items.split(',').filter(|l| is_effort(l));
                    label_hours = sizes.next().map(parse_hours).unwrap_or_default();
                }
                Field::Title | Field::Other => {}
            }
            if let Some(extra) = overflow {
                if extra.trim().is_empty() {
                    continue;
                }
                let extra = extra.to_string();
                match last_multi {
                    Some(Field::Description) => desc_parts.push(extra),
                    Some(Field::Outcomes) => out_parts.push(extra),
                    _ => orphan.push(extra),
                }
            }
        }
        if self.hours.is_empty() {
            self.hours = label_hours;
        }
        // "... the benchmark suite. Potential mentors: Ada Marsh, Ben Okafor." in the prose.
        if !anchors.iter().any(|a| a.field == Field::Mentors) {
            let lead_text = lead.as_ref().and_then(|(r, _)| text.get(r.clone()));
            if let Some(v) = lead_text.and_then(|t| fields::label_in_prose(t, Field::Mentors)) {
                self.add_mentors(v.to_string());
            }
        }
        if self.badges
            && (self.difficulty.is_none() || self.hours.is_empty() || self.mentors.is_empty())
        {
            let lead = lead.as_ref().map(|(r, _)| r.clone());
            self.read_badges(text, anchors, lead);
        }
        // Each part cleaned once (the test below and the description both need it).
        let desc_clean: Vec<String> = desc_parts.iter().map(|d| clean_block(d)).collect();
        if desc_clean.iter().all(String::is_empty) && self.description.is_none() {
            let lead_text = lead
                .as_ref()
                .map(|(r, _)| text[r.clone()].to_string())
                .unwrap_or_default();
            let mut candidates = vec![lead_text];
            candidates.extend(orphan);
            let joined = candidates
                .iter()
                .map(|c| clean_block(c))
                .filter(|c| is_prose(c))
                .collect::<Vec<_>>()
                .join("\n\n");
            if !joined.is_empty() {
                self.description = Some(joined);
                self.unlabelled_description = lead.map(|(r, line)| {
                    // Line of the first non-blank character of the lead text.
                    let lead = &text[r];
                    let skipped = lead.len() - lead.trim_start().len();
                    line + lead[..skipped].matches('\n').count()
                });
            }
        } else {
            // Under a title whose fields are headings, prose before the first field heading
            // introduces the idea: "## Idea\nWe continue ...\n### Details\nExamples:".
            let lead_prose = lead
                .as_ref()
                .filter(|_| desc_headings && !desc_clean.is_empty())
                .map(|(r, _)| clean_block(&text[r.clone()]))
                .filter(|l| is_prose(l));
            let d = lead_prose
                .into_iter()
                .chain(desc_clean)
                .filter(|d| !d.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
            if !d.is_empty() {
                self.description = Some(d);
            }
        }
        self.outcome_parts = out_parts;
    }

    /// Adds the mentors a Mentor(s) field's text names, handles first where the page writes
    /// them so.
    pub(crate) fn add_mentors(&mut self, value: String) {
        let value = if self.mentors_handle_first {
            handle_first_mentors(&value)
        } else {
            value
        };
        // "Ann Wu (@annwu); contact: tiles-dev@lists.example.org": a contacts field inside the
        // mentors' value reaches the project, not a mentor.
        let mut separators = value.char_indices().filter(|&(_, c)| c == ';' || c == ',');
        let inner = separators.find_map(|(i, _)| {
            let rest = value[i + 1..].trim_start();
            let label = fields::find_label(rest, false)?;
            (label.field == Field::Contacts && label.has_colon).then_some((i, rest, label))
        });
        let people = match inner {
            Some((i, rest, label)) => {
                self.add_contacts(&rest[label.value_start..]);
                &value[..i]
            }
            None => &value,
        };
        // ("The mentors for this project are A and B.": the people after the sentence's lead.)
        let people = match super::mentors::opens_with_lead(people) {
            true => super::mentors::mentored_by(people),
            false => parse_mentors(people),
        };
        super::mentors::add_people(&mut self.mentors, people);
    }

    /// Adds the addresses and channels a contacts field's text gives, once each.
    fn add_contacts(&mut self, value: &str) {
        for c in group_contacts(value) {
            if !self.contacts.iter().any(|k| k.eq_ignore_ascii_case(&c)) {
                self.contacts.push(c);
            }
        }
    }

    pub(crate) fn finish(mut self, ctx: &PageContext) -> ParsedIdea {
        // A sub-project heading the registry knows ("Kubernetes" on the CNCF's page) is more
        // precise than the page's organisation; another heading ("Rust Compiler", a category)
        // is not, and the organisation the source names comes first. Intro guesses come last.
        let known_heading = self
            .org_heading
            .take_if(|h| crate::orgs::canonical(&clean_org(h)).is_some());
        // Under an umbrella's name (the CNCF's page), any project heading is the idea's org.
        let umbrella_heading = self.org_heading.take_if(|_| {
            ctx.located
                .as_deref()
                .and_then(crate::orgs::find)
                .is_some_and(|o| o.umbrella)
        });
        let org = self
            .org_front
            .take()
            .or(known_heading)
            .or(umbrella_heading)
            .or_else(|| ctx.located.clone())
            .or(self.org_heading.take())
            .or_else(|| ctx.org.clone())
            .or(self.component.take())
            .map(|o| clean_org(&o))
            .map(
                |o| match crate::orgs::canonical(&o).or_else(|| crate::orgs::by_first_word(&o)) {
                    Some(known) => known.to_string(),
                    None => o,
                },
            )
            .filter(|o| !o.is_empty());
        // Front matter's list is items already; a field's text is cut into items.
        let listed = std::mem::take(&mut self.listed_skills);
        let raw = std::mem::take(&mut self.skills_raw);
        // Each field a paragraph of its own: a sentence in one ("Requirements: testing can be
        // done in QEMU, so no hardware is needed") never swallows the next's list.
        let written = |texts: &[String]| {
            let texts: Vec<String> = texts.iter().map(|s| clean_block(s)).collect();
            crate::skills::written_items(&without_lead_ins(&texts.join("\n\n")))
        };
        let skill_items = if listed.is_empty() {
            written(&raw)
        } else {
            // Front matter's list, then what a skills section of the body adds to it.
            let mut items = crate::skills::list_items(&listed);
            // What the body repeats ("Vite.js" of "Vite.js and React.js", "HTML/CSS" of "HTML"
            // and "CSS", "Data visualization (ECharts)" of "Data Visualization") is no new item.
            let words = |s: &str| -> Vec<String> {
                let s = s.split('(').next().unwrap_or(s);
                s.split(|c: char| !(c.is_alphanumeric() || "+#".contains(c)))
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect()
            };
            let front: Vec<String> = items.iter().flat_map(|i| words(i)).collect();
            for item in written(&raw[self.front_skill_texts.min(raw.len())..]) {
                if !words(&item).iter().all(|w| front.contains(w)) {
                    items.push(item);
                }
            }
            items
        };
        let skills_raw: Vec<String> = raw
            .iter()
            .map(|s| clean_block(s))
            .filter(|s| !s.is_empty())
            .collect();
        // No skills field: a description sentence that asks for skills ("You will need a good
        // knowledge of C") lists them.
        let skill_items = match (
            &self.description,
            skills_raw.is_empty() && listed.is_empty(),
        ) {
            (Some(d), true) => crate::skills::stated_in_prose(d),
            _ => skill_items,
        };
        // "Skill Level Medium" written as a skills bullet is the idea's difficulty.
        let mut skill_items = skill_items;
        skill_items.retain(|item| match stated_level(item) {
            Some(d) => {
                self.difficulty.get_or_insert(d);
                false
            }
            None => true,
        });
        let skills_raw = (!skills_raw.is_empty()).then(|| skills_raw.join("\n"));
        let o = self
            .outcome_parts
            .iter()
            .map(|d| clean_block(d))
            .filter(|d| !d.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        if !o.is_empty() {
            self.outcomes = Some(o);
        }
        if self.hours.is_empty() || self.difficulty.is_none() {
            self.lead_line_facts();
        }
        if self.mentors.is_empty() {
            self.mentors = std::mem::take(&mut self.contact_people);
        }
        // No mentors field: "It can be mentored by [Ines](...) and/or [Marek](...)."
        if self.mentors.is_empty() && self.fields.iter().all(|f| f.field != Field::Mentors) {
            if let Some(d) = &self.description {
                self.mentors = super::mentors::mentored_by(d);
            }
        }
        let mut mentors = super::mentors::dedupe(std::mem::take(&mut self.mentors));
        super::mentors::shared_addresses_to_contacts(&mut mentors, &mut self.contacts);
        super::mentors::own_addresses_from_contacts(&mut mentors, &mut self.contacts);
        super::contacts::addresses_to_the_mentor(&self.fields, &mut mentors, &mut self.contacts);
        dedup(&mut self.upstream);
        dedup(&mut self.links);
        self.links.retain(|l| !self.upstream.contains(l));
        let id = match self.id.take() {
            Some(id) => id,
            None => Idea::make_id(self.program, self.year, org.as_deref(), &self.title),
        };
        ParsedIdea {
            idea: Idea {
                id,
                title: self.title,
                org,
                program: self.program,
                year: self.year,
                term: self.term,
                status: self.status,
                description: self.description,
                expected_outcomes: self.outcomes,
                skills: skill_items,
                skills_raw,
                mentors,
                difficulty: self.difficulty,
                hours: self.hours,
                contacts: self.contacts,
                upstream_issues: self.upstream,
                links: self.links,
                source: Source {
                    path: ctx.path.clone(),
                    line: self.line,
                    url: self.url,
                },
            },
            fields: self.fields,
            unlabelled_description: self.unlabelled_description,
        }
    }
}

/// Skills text with lettered list markers ("a. nix and bash") as bullets: the letters are not skills. (Lead-in
/// lines such as "**Having these skills will be a plus:**" are the item splitter's to read: one
/// that names no skills ends the list.)
pub(crate) fn without_lead_ins(raw: &str) -> String {
    raw.lines()
        .map(|l| {
            let t = l.trim_start();
            let mut chars = t.chars();
            match (chars.next(), chars.next(), chars.next()) {
                // A bullet instead: each lettered line stays an item of its own.
                (Some('a'..='z'), Some('.' | ')'), Some(' ')) => format!("- {}", &t[3..]),
                _ => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn dedup(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|x| seen.insert(x.clone()));
}

/// True for a badge message that offers what its label names ("preferred", "possible"), not
/// one that turns it down ("not recommended", "no").
fn offers(message: &str) -> bool {
    let m = message.to_lowercase();
    let words: Vec<&str> = m.split(|c: char| !c.is_alphanumeric()).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    has(&["preferred", "possible", "recommended", "available", "yes"]) && !has(&["not", "no"])
}

/// The difficulty an item states with a level's label and no colon ("Skill Level Medium",
/// "Difficulty: hard" cut into a list), if it is no more than that.
fn stated_level(item: &str) -> Option<Difficulty> {
    let lower = item.trim().to_lowercase();
    let rest = ["skill level", "difficulty level", "difficulty", "level"]
        .iter()
        .find_map(|l| lower.strip_prefix(l))?;
    let rest = rest.trim_start_matches([':', ' ']).trim();
    (!rest.is_empty() && rest.split_whitespace().count() <= 2)
        .then(|| Difficulty::parse(rest))
        .flatten()
}

#[cfg(test)]
mod tests;
