//! `schemas/form-rules.toml` describes every rule the form checks report, and every form rule
//! id is distinct from the page rules'.

use ideas::form::rules::RULES;
use std::collections::BTreeSet;

#[test]
fn form_rules_data_matches_the_checks() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schemas/form-rules.toml"
    ))
    .unwrap();
    let data: toml::Table = toml::from_str(&text).unwrap();
    let rules = data["form"].as_table().unwrap();
    let in_data: BTreeSet<&str> = rules.keys().map(String::as_str).collect();
    let in_table: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(in_data, in_table);
    // Every `"form-..."` id the form checks report is a rule of the data, and every rule is
    // reported somewhere.
    let mut in_code = BTreeSet::new();
    for file in ["check.rs", "quota.rs"] {
        let path = format!("{}/src/form/{file}", env!("CARGO_MANIFEST_DIR"));
        let code = std::fs::read_to_string(path).unwrap();
        for piece in code.split("\"form-").skip(1) {
            let id = piece.split('"').next().unwrap();
            in_code.insert(format!("form-{id}"));
        }
    }
    let in_code: BTreeSet<&str> = in_code.iter().map(String::as_str).collect();
    assert_eq!(in_code, in_table);
    let order: Vec<usize> = RULES
        .iter()
        .map(|r| text.find(&format!("[form.{}]", r.id)).unwrap())
        .collect();
    assert!(order.is_sorted(), "in the order the data documents them");
    for r in RULES.iter() {
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
