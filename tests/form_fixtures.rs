//! The issue-body fixtures of tests/fixtures/forms/: every body's verdict and rule ids, as
//! `expected.tsv` states them (written by hand in generate.py from the bot's behaviour).

use ideas::form::{builtin, check_body};
use ideas::lint::Level;
use std::collections::BTreeSet;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forms");

#[test]
fn every_fixture_gets_its_verdict_and_rule_ids() {
    let expected = std::fs::read_to_string(format!("{DIR}/expected.tsv")).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for row in expected.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = row.split('\t').collect();
        let (file, verdict, rules) = (cols[0], cols[1], cols.get(2).copied().unwrap_or(""));
        let text = std::fs::read_to_string(format!("{DIR}/{file}")).unwrap();
        let findings = check_body(builtin(), file, &text);
        let got: BTreeSet<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        let want: BTreeSet<&str> = rules.split(',').filter(|r| !r.is_empty()).collect();
        let got_verdict = if findings.iter().any(|f| f.level == Level::Error) {
            "fail"
        } else {
            "pass"
        };
        if got != want || got_verdict != verdict {
            failures.push(format!(
                "{file}: want {verdict} {want:?}, got {got_verdict} {got:?}: {findings:#?}"
            ));
        }
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} fixtures");
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_body_file_is_listed() {
    let expected = std::fs::read_to_string(format!("{DIR}/expected.tsv")).unwrap();
    for entry in std::fs::read_dir(DIR).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".md") {
            assert!(
                expected
                    .lines()
                    .any(|l| l.starts_with(&format!("{name}\t"))),
                "{name} not in expected.tsv"
            );
        }
    }
}
