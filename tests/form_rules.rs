//! `schemas/form-rules.toml` and `src/lint/form_rules.rs` describe the same rules, and every form rule
//! id is distinct from the page rules'.

use ideas::form::rules::RULES;
use std::collections::BTreeSet;

#[test]
fn form_rules_data_matches_the_table() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schemas/form-rules.toml"
    ))
    .unwrap();
    let data: toml::Table = toml::from_str(&text).unwrap();
    let rules = data["form"].as_table().unwrap();
    let in_data: BTreeSet<&str> = rules.keys().map(String::as_str).collect();
    let in_code: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(in_data, in_code);
    for r in RULES {
        let d = rules[r.id].as_table().unwrap();
        assert_eq!(d["level"].as_str(), Some(r.level.as_str()), "{}", r.id);
        assert_eq!(d["summary"].as_str(), Some(r.summary), "{}", r.id);
        assert_eq!(d["hint"].as_str(), Some(r.hint), "{}", r.id);
        assert!(!d["bot"].as_str().unwrap().is_empty(), "{}", r.id);
        assert!(
            ideas::lint::rules::info(r.id).is_none(),
            "{} is also a page rule",
            r.id
        );
    }
}
