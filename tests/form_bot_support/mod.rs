//! Bodies for the tests of the CNCF bot's checks (tests/form_bot*.rs): a passing body in form
//! order, one answer changed at a time, and the rule ids found.
#![allow(dead_code)]

use ideas::form::{builtin, check_body};
pub use ideas::lint::{Finding, Level};

pub const SAME: &str = "Yes, the required skills are the same as the technologies listed above.";
pub const CUSTOM: &str = "Custom Prerequisite (fill in details below)";
pub const PRE: [&str; 5] = [
    "Resume",
    "Cover Letter",
    "School Enrollment Verification",
    "Participation Permission from school or employer",
    "Coding Challenge",
];

/// The sections of a passing body, in form order: label and answer.
pub fn sections() -> Vec<(String, String)> {
    let boxes = |ticked: &[&str], all: &[&str]| {
        all.iter()
            .map(|o| format!("- [{}] {o}", if ticked.contains(o) { "X" } else { " " }))
            .collect::<Vec<_>>()
            .join("\n")
    };
    [
        ("CNCF Project", "Jaeger".to_string()),
        ("Term", "2026 Term 3 (Sep-Nov)".to_string()),
        ("Program Name", "Adaptive sampling dashboard".to_string()),
        ("Program Description", "## Description\n\nSampling rates are set by hand today.\n\n## Expected outcomes\n\n- A dashboard.".to_string()),
        ("Technologies", "Go, React".to_string()),
        ("Skills same as Technologies?", format!("- [X] {SAME}")),
        ("Required/Desirable Skills", "_No response_".to_string()),
        ("Mentors", "Ana Lima | @analima | ana@example.org | analima\nRui Sato | @ruisato | rui@example.org | ruisato".to_string()),
        ("Upstream Issue URL", "https://github.com/example/jaeger/issues/42".to_string()),
        ("Application Prerequisites", boxes(&["Resume"], &PRE)),
        ("Coding Challenge URL", "_No response_".to_string()),
        ("Custom Prerequisites", format!("- [ ] {CUSTOM}")),
        ("Custom Prerequisite Name", "_No response_".to_string()),
        ("Custom Prerequisite Description", "_No response_".to_string()),
        ("Custom Prerequisite \u{2014} File Upload", "- [ ] Yes \u{2014} completion of this task requires the mentee to submit a file.".to_string()),
    ]
    .into_iter()
    .map(|(l, v)| (l.to_string(), v))
    .collect()
}

pub fn render(sections: &[(String, String)]) -> String {
    sections
        .iter()
        .map(|(l, v)| format!("### {l}\n\n{v}"))
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n"
}

/// A passing body with `label`'s answer replaced.
pub fn with(label: &str, answer: &str) -> String {
    with_all(&[(label, answer)])
}

pub fn with_all(changes: &[(&str, &str)]) -> String {
    let mut s = sections();
    for (label, answer) in changes {
        let slot = s.iter_mut().find(|(l, _)| l == label).expect(label);
        slot.1 = answer.to_string();
    }
    render(&s)
}

pub fn check(text: &str) -> Vec<Finding> {
    check_body(builtin(), "b.md", text)
}

/// The rule ids of the errors, in body order of the findings.
pub fn errors(text: &str) -> Vec<String> {
    let mut f: Vec<Finding> = check(text)
        .into_iter()
        .filter(|f| f.level == Level::Error)
        .collect();
    f.sort_by_key(|f| (f.line, f.column));
    f.into_iter().map(|f| f.rule).collect()
}

pub fn warnings(text: &str) -> Vec<String> {
    check(text)
        .into_iter()
        .filter(|f| f.level == Level::Warning)
        .map(|f| f.rule)
        .collect()
}

pub fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

pub fn ids(list: &[&str]) -> Vec<String> {
    sorted(list.iter().map(|s| s.to_string()).collect())
}
