//! The data files in schemas/ agree with the code: the rule table, the canonical front-matter
//! schema and the model.

use ideas::lint::profile::{Profile, REQUIREMENTS};
use ideas::lint::rules::RULES;
use ideas::model::{Idea, Source};
use std::collections::BTreeSet;

/// The keys of a canonical idea file's front-matter (the catalog format, `ideas import` output,
/// and `schemas/idea.schema.json`).
const CANONICAL_KEYS: &[&str] = &[
    "id",
    "title",
    "org",
    "program",
    "year",
    "term",
    "status",
    "difficulty",
    "hours",
    "skills",
    "mentors",
    "contacts",
    "upstream_issues",
    "links",
    "source_url",
    "description",
    "expected_outcomes",
];

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{}/schemas/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn rules_data_matches_the_rule_table() {
    let data: toml::Table = toml::from_str(&read("lfx-rules.toml")).unwrap();
    let rules = data["rules"].as_table().unwrap();
    let in_data: BTreeSet<&str> = rules.keys().map(String::as_str).collect();
    let in_code: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(in_data, in_code);
    for r in RULES.iter() {
        let d = rules[r.id].as_table().unwrap();
        assert_eq!(d["level"].as_str(), Some(r.level.as_str()), "{}", r.id);
        assert_eq!(d["summary"].as_str(), Some(r.summary), "{}", r.id);
        assert_eq!(d["hint"].as_str(), Some(r.hint), "{}", r.id);
        let gsoc = r.gsoc.map_or("off", |l| l.as_str());
        assert_eq!(d["gsoc"].as_str(), Some(gsoc), "{}", r.id);
        let neutral = r.neutral.map_or("off", |l| l.as_str());
        assert_eq!(d["neutral"].as_str(), Some(neutral), "{}", r.id);
    }
    // The profiles: what each requires, and its summary.
    let profiles = data["profiles"].as_table().unwrap();
    assert_eq!(profiles.len(), Profile::ALL.len());
    for p in Profile::ALL {
        let d = profiles[p.as_str()].as_table().unwrap();
        assert!(!d["summary"].as_str().unwrap().is_empty(), "{}", p.as_str());
        let required: Vec<&str> = d["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let name = |r| REQUIREMENTS.iter().find(|(_, q)| *q == r).unwrap().0;
        let in_code: Vec<&str> = p.required().iter().map(|&r| name(r)).collect();
        assert_eq!(required, in_code, "{}", p.as_str());
    }
    // Every template field has a missing-* rule.
    for f in data["template"]["fields"].as_array().unwrap() {
        let field = f["field"].as_str().unwrap();
        let rule = match field {
            "skills" => "missing-recommended-skills".to_string(),
            "project" => "missing-project".to_string(),
            other => format!("missing-{other}"),
        };
        assert!(
            in_code.contains(rule.as_str()),
            "no rule {rule} for template field {field}"
        );
    }
}

#[test]
fn idea_schema_matches_the_canonical_keys_and_the_model() {
    let schema: serde_json::Value = serde_json::from_str(&read("idea.schema.json")).unwrap();
    let props: BTreeSet<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let keys: BTreeSet<&str> = CANONICAL_KEYS.iter().copied().collect();
    assert_eq!(props, keys);

    // Every model field is a canonical key, except the ones derived when a file is read.
    let idea = Idea {
        id: String::new(),
        title: String::new(),
        org: None,
        program: None,
        year: None,
        term: None,
        status: None,
        description: None,
        expected_outcomes: None,
        skills: vec![],
        skills_raw: None,
        mentors: vec![],
        difficulty: None,
        hours: vec![],
        contacts: Vec::new(),
        upstream_issues: vec![],
        links: vec![],
        source: Source::default(),
    };
    let json = serde_json::to_value(&idea).unwrap();
    let derived = ["skills_raw", "source"];
    for k in json.as_object().unwrap().keys() {
        assert!(
            keys.contains(k.as_str()) || derived.contains(&k.as_str()),
            "model field {k} is neither a canonical key nor derived"
        );
    }
    // Enumerations agree with the model's serialised names.
    let programs: Vec<&str> = schema["properties"]["program"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for p in &programs {
        let parsed: ideas::model::Program = serde_json::from_value(serde_json::json!(p)).unwrap();
        assert_eq!(parsed.as_str(), *p);
    }
    let statuses = schema["properties"]["status"]["enum"].as_array().unwrap();
    for s in statuses {
        let _: ideas::model::Status = serde_json::from_value(s.clone()).unwrap();
    }
}

#[test]
fn every_catalog_file_uses_only_canonical_keys() {
    let root = format!("{}/ideas", env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![std::path::PathBuf::from(root)];
    let mut n = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") {
                let text = std::fs::read_to_string(&p).unwrap();
                let front = text.split("---").nth(1).unwrap();
                let v: serde_yaml::Value = serde_yaml::from_str(front).unwrap();
                for k in v.as_mapping().unwrap().keys() {
                    let k = k.as_str().unwrap();
                    assert!(
                        CANONICAL_KEYS.contains(&k),
                        "{}: unknown key {k}",
                        p.display()
                    );
                }
                n += 1;
            }
        }
    }
    assert!(n >= 59, "{n} catalog files");
}

#[test]
fn the_readme_configuration_example_is_valid() {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let start = readme
        .find("```toml\nprofile = ")
        .expect("the README shows an .ideas.toml")
        + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let config = ideas::lint::config::LintConfig::parse(&readme[start..end]);
    assert!(config.is_ok(), "{:#}", config.unwrap_err());
    let config = config.unwrap();
    assert_eq!(config.exclude, ["drafts/", "*.tmpl.md"]);
    assert!(config.catalog.is_some());
}
