//! Which profile a page is checked under when none is chosen (`profile = "auto"`): read from the
//! page itself, in one place, with the names, path words and text markers of each programme as
//! data (`schemas/rules-profiles.toml`, which also describes the order of the evidence).
//!
//! Front matter, then the path, then the page title, then the markers of the text; a page that
//! names no programme gets [`Profile::Neutral`], never a programme's template. Issue-form bodies
//! are recognised before this, by the form (see `crate::form`).

use super::profile::Profile;
use crate::parse::frontmatter;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The profile of a page and why it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    /// The profile the page's ideas are checked under.
    pub profile: Profile,
    /// What decided it.
    pub evidence: Evidence,
}

/// What decided a page's profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// `--profile` or `profile = ...` in `.ideas.toml`.
    Chosen,
    /// A front-matter key (as written) naming the programme, or a flag key set to true.
    FrontMatter(String),
    /// A part of the path (as written) holding a programme's word.
    Path(String),
    /// The page's first heading names the programme.
    Title,
    /// The text's markers, counted per profile (the profile chosen has the most).
    Markers(Vec<(Profile, usize)>),
    /// Nothing on the page names a programme, or it names several as much.
    Nothing(Vec<(Profile, usize)>),
}

impl Detected {
    /// The page's profile chosen by the user rather than read from the page.
    pub fn chosen(profile: Profile) -> Self {
        detected(profile, Evidence::Chosen)
    }

    /// True when the profile is plain to whoever wrote the page or the command (chosen, or
    /// written in the front matter, the path or the title); false when it was inferred from
    /// the text's markers, or is neutral for want of any.
    pub fn is_obvious(&self) -> bool {
        !matches!(self.evidence, Evidence::Markers(_) | Evidence::Nothing(_))
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let counts = |c: &[(Profile, usize)]| {
            let parts: Vec<String> = c
                .iter()
                .map(|(p, n)| format!("{} {n}", p.as_str()))
                .collect();
            parts.join(", ")
        };
        match self {
            Evidence::Chosen => f.write_str("chosen with --profile or in .ideas.toml"),
            Evidence::FrontMatter(key) => write!(f, "front matter `{key}`"),
            Evidence::Path(part) => write!(f, "the path (`{part}`)"),
            Evidence::Title => f.write_str("the page title"),
            Evidence::Markers(c) => write!(f, "programme markers in the text: {}", counts(c)),
            Evidence::Nothing(c) if c.iter().all(|(_, n)| *n == 0) => {
                f.write_str("the page names no programme")
            }
            Evidence::Nothing(c) => write!(f, "as many markers of each programme: {}", counts(c)),
        }
    }
}

/// One programme's names, flags, path words and markers (lower case).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signs {
    /// Names of the programme, looked for in front-matter values and the title.
    pub names: Vec<String>,
    /// Front-matter keys that, set to true, say the page is of the programme.
    pub flags: Vec<String>,
    /// Words of the programme in paths (`summer-of-code`: three words in a row).
    pub path: Vec<String>,
    /// Phrases of the programme or its template, counted in the text.
    pub markers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatterKeys {
    keys: Vec<String>,
}

/// `schemas/rules-profiles.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    #[serde(rename = "front-matter")]
    front_matter: FrontMatterKeys,
    /// The signs of each programme's profile, by profile name.
    pub profiles: HashMap<String, Signs>,
}

/// The bundled detection table.
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        toml::from_str(include_str!("../../schemas/rules-profiles.toml"))
            .expect("schemas/rules-profiles.toml is a valid detection table (tested)")
    })
}

/// The profiles with signs, in [`Profile::ALL`] order.
fn signed() -> impl Iterator<Item = (Profile, &'static Signs)> {
    let t = table();
    Profile::ALL
        .into_iter()
        .filter_map(move |p| t.profiles.get(p.as_str()).map(|s| (p, s)))
}

/// The one profile in `found`, if exactly one.
fn single(mut found: impl Iterator<Item = Profile>) -> Option<Profile> {
    let first = found.next()?;
    found.all(|p| p == first).then_some(first)
}

/// The profiles whose names `text` (lower case) holds.
fn named(text: &str) -> impl Iterator<Item = Profile> + '_ {
    signed()
        .filter(move |(_, s)| s.names.iter().any(|n| text.contains(n.as_str())))
        .map(|(p, _)| p)
}

/// The profile of the page at `path` with `text`.
pub fn detect(path: &str, text: &str) -> Detected {
    let (body, front) = match frontmatter::split(text) {
        Ok(split) => {
            let front = match split.front.map(frontmatter::parse_value) {
                Some(Ok(Value::Object(map))) => map,
                _ => Default::default(),
            };
            if let Some(d) = from_front_matter(&front) {
                return d;
            }
            (split.body, front)
        }
        Err(_) => (text, Default::default()),
    };
    if let Some((p, part)) = from_path(path) {
        return detected(p, Evidence::Path(part));
    }
    // The title: a `title:` key of the front matter, else the first heading.
    let front_title = front.get("title").and_then(Value::as_str).map(String::from);
    let title = front_title.or_else(|| title(body));
    if let Some(p) = title.and_then(|t| single(named(&t.to_ascii_lowercase()))) {
        return detected(p, Evidence::Title);
    }
    let lower = body.to_ascii_lowercase();
    let counts: Vec<(Profile, usize)> = signed()
        .map(|(p, s)| {
            let n = s
                .markers
                .iter()
                .map(|m| memchr::memmem::find_iter(lower.as_bytes(), m.as_bytes()).count())
                .sum();
            (p, n)
        })
        .collect();
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let leaders = counts.iter().filter(|(_, n)| *n == most && most > 0);
    match single(leaders.map(|(p, _)| *p)) {
        Some(p) => detected(p, Evidence::Markers(counts)),
        None => detected(Profile::Neutral, Evidence::Nothing(counts)),
    }
}

/// The profile the front matter names: a programme key's value, or a flag set to true.
fn from_front_matter(map: &serde_json::Map<String, Value>) -> Option<Detected> {
    for (key, value) in map {
        let k = frontmatter::norm_key(key);
        let evidence = || Evidence::FrontMatter(key.clone());
        if table().front_matter.keys.contains(&k) {
            let text = match value {
                Value::Array(items) => items.iter().find_map(Value::as_str),
                other => other.as_str(),
            };
            let text = text.unwrap_or("").trim().to_ascii_lowercase();
            if text.is_empty() {
                continue;
            }
            let names: Vec<Profile> = named(&text).collect();
            match (names.len(), single(names.into_iter())) {
                // A programme no profile knows (OSPP, Outreachy): what every idea needs.
                (0, _) => return Some(detected(Profile::Neutral, evidence())),
                (_, Some(p)) => return Some(detected(p, evidence())),
                _ => continue,
            }
        }
        let on = matches!(value, Value::Bool(true))
            || value
                .as_str()
                .is_some_and(|s| matches!(s.trim().to_ascii_lowercase().as_str(), "true" | "yes"));
        if on {
            if let Some(p) = single(
                signed()
                    .filter(|(_, s)| s.flags.contains(&k))
                    .map(|(p, _)| p),
            ) {
                return Some(detected(p, evidence()));
            }
        }
    }
    None
}

fn detected(profile: Profile, evidence: Evidence) -> Detected {
    Detected { profile, evidence }
}

/// The profile the path names, from the part nearest the file (of the last four), and that part.
fn from_path(path: &str) -> Option<(Profile, String)> {
    path.split(['/', '\\'])
        .filter(|part| !part.is_empty())
        .rev()
        .take(4)
        .find_map(|part| {
            let tokens: Vec<String> = part
                .split(|c: char| !c.is_ascii_alphanumeric())
                .map(|t| {
                    t.trim_matches(|c: char| c.is_ascii_digit())
                        .to_ascii_lowercase()
                })
                .filter(|t| !t.is_empty())
                .collect();
            let has = |word: &str| {
                let words: Vec<&str> = word.split('-').collect();
                match words.as_slice() {
                    [one] => tokens.iter().any(|t| t.starts_with(one)),
                    many => tokens
                        .windows(many.len())
                        .any(|w| w.iter().zip(many).all(|(t, m)| t == m)),
                }
            };
            let found = signed()
                .filter(|(_, s)| s.path.iter().any(|w| has(w)))
                .map(|(p, _)| p);
            single(found).map(|p| (p, part.to_string()))
        })
}

/// The text of the page's first ATX heading outside fenced code.
fn title(body: &str) -> Option<String> {
    super::unfenced_lines(body, 0)
        .find_map(|(_, line)| super::atx_heading(line))
        .map(|(_, rest)| rest.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(path: &str, text: &str) -> Profile {
        detect(path, text).profile
    }

    #[test]
    fn the_table_names_every_programme_profile() {
        let t = table();
        let mut names: Vec<&str> = t.profiles.keys().map(String::as_str).collect();
        names.sort();
        assert_eq!(names, ["gsoc", "lfx"]);
        for s in t.profiles.values() {
            for w in s
                .names
                .iter()
                .chain(&s.flags)
                .chain(&s.path)
                .chain(&s.markers)
            {
                assert_eq!(*w, w.to_ascii_lowercase(), "written in lower case");
            }
        }
    }

    #[test]
    fn front_matter_wins_over_everything_else() {
        let page = "---\nprogram: Google Summer of Code\n---\n# LFX Mentorship\n- LFX URL: x\n";
        let d = detect("lfx-mentorship/2025.md", page);
        assert_eq!(d.profile, Profile::Gsoc);
        assert_eq!(d.evidence, Evidence::FrontMatter("program".into()));
        assert!(d.is_obvious());
        assert_eq!(
            profile("a.md", "+++\nprogramme = \"LFX\"\n+++\n"),
            Profile::Lfx
        );
        assert_eq!(profile("a.md", "---\ngsoc: true\n---\n"), Profile::Gsoc);
        assert_eq!(profile("a.md", "---\nlfx: yes\n---\n"), Profile::Lfx);
        assert_eq!(profile("a.md", "---\ngsoc: false\n---\n"), Profile::Neutral);
        // A programme no profile knows: neutral, even on a GSoC path.
        let ospp = detect("gsoc/a.md", "---\nprogram: OSPP\n---\n");
        assert_eq!(ospp.profile, Profile::Neutral);
        assert!(ospp.is_obvious());
        // Unreadable front matter is no evidence.
        assert_eq!(
            profile("gsoc/a.md", "---\nprogram: [\n---\n"),
            Profile::Gsoc
        );
    }

    #[test]
    fn the_part_of_the_path_nearest_the_file_wins() {
        let cases = [
            (
                "programs/lfx-mentorship/2026/01-Mar-May/README.md",
                Profile::Lfx,
            ),
            ("programs/summerofcode/2026.md", Profile::Gsoc),
            ("site/_gsocproposals/2026/proposal_X.md", Profile::Gsoc),
            ("org/GSoC2025.md", Profile::Gsoc),
            ("events/google-summer-of-code/ideas.md", Profile::Gsoc),
            ("lfx/archive/gsoc/ideas.md", Profile::Gsoc),
            ("gsoc/archive/lfx/ideas.md", Profile::Lfx),
            ("docs/ideas.md", Profile::Neutral),
            // "self-x" is not "lfx"; only the last four parts are read.
            ("selfx/ideas.md", Profile::Neutral),
            ("gsoc/a/b/c/ideas.md", Profile::Neutral),
        ];
        for (path, want) in cases {
            assert_eq!(profile(path, "no programme here"), want, "{path}");
        }
    }

    #[test]
    fn the_title_then_the_markers_decide() {
        let d = detect(
            "ideas.md",
            "# GSoC 2026 ideas\n\nWe also take LFX Mentorship mentees: see LFX Mentorship.\n",
        );
        assert_eq!((d.profile, d.evidence), (Profile::Gsoc, Evidence::Title));
        let front = "---\ntitle: Summer of Code 2026\n---\n# Ideas\nSee LFX Mentorship.\n";
        assert_eq!(detect("ideas.md", front).evidence, Evidence::Title);
        // A fenced heading is not the title.
        let fenced = "```\n# GSoC\n```\n## Ideas\n- Upstream Issue: x\n- LFX URL: y\n";
        let d = detect("ideas.md", fenced);
        assert_eq!(d.profile, Profile::Lfx);
        assert!(!d.is_obvious());
        let sized =
            "## Ideas\n### A\nSize: 175 hours\n### B\nSize: 350 hours\nLike LFX Mentorship.\n";
        let d = detect("ideas.md", sized);
        assert_eq!(d.profile, Profile::Gsoc);
        assert_eq!(
            d.evidence,
            Evidence::Markers(vec![(Profile::Lfx, 1), (Profile::Gsoc, 2)])
        );
        assert_eq!(
            d.evidence.to_string(),
            "programme markers in the text: lfx 1, gsoc 2"
        );
        let tie = detect("ideas.md", "## Ideas\nGSoC or LFX Mentorship\n");
        assert_eq!(tie.profile, Profile::Neutral);
        let none = detect("ideas.md", "## Ideas\n### A\n- Description: x\n");
        assert_eq!(none.profile, Profile::Neutral);
        assert_eq!(none.evidence.to_string(), "the page names no programme");
        assert!(!none.is_obvious());
    }
}
