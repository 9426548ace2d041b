//! Profiles: which rules each profile applies (a table of every rule, checked against the code),
//! and pages of our own (tests/fixtures/validate-profiles) marked as each programme, so that no
//! LFX template rule reaches a GSoC page or a page of no known programme, and each programme's
//! own expectations reach its pages. Then the profile as the output carries it.

mod common;

use common::check;
use ideas::lint::check::PageInput;
use ideas::lint::config::LintConfig;
use ideas::lint::detect::{detect, Evidence};
use ideas::lint::profile::Profile;
use ideas::lint::rules::RULES;
use ideas::lint::Finding;
use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Command, Output};

// Membership in [lfx, gsoc, neutral] (Profile::ALL order).
const EVERY: [bool; 3] = [true, true, true];
const LFX: [bool; 3] = [true, false, false];
const GSOC: [bool; 3] = [false, true, false];
const LFX_GSOC: [bool; 3] = [true, true, false];

/// Each rule and the profiles that apply it by default. The LFX template's own fields (project,
/// upstream issue, mentor handle and email, its labels, its mentor limit) belong to lfx alone;
/// GSoC's size and difficulty to gsoc; what GSoC also asks for (outcome, skills, two mentors) to
/// both; neutral has what every idea needs and checks of what is written whatever the programme.
const TABLE: &[(&str, [bool; 3])] = &[
    ("missing-title", EVERY),
    ("missing-project", LFX),
    ("missing-description", EVERY),
    ("missing-expected-outcome", LFX_GSOC),
    ("missing-recommended-skills", LFX_GSOC),
    ("missing-mentors", EVERY),
    ("missing-upstream-issue", LFX),
    ("missing-size", GSOC),
    ("missing-difficulty", GSOC),
    ("placeholder-value", EVERY),
    ("unlabelled-field", LFX),
    ("non-template-field", LFX),
    ("misspelt-label", EVERY),
    ("mentor-missing-name", LFX),
    ("mentor-missing-github", LFX),
    ("mentor-invalid-github", EVERY),
    ("mentor-missing-email", LFX),
    ("mentor-invalid-email", EVERY),
    ("duplicate-mentor", EVERY),
    ("too-many-mentors", LFX),
    ("too-few-mentors", LFX_GSOC),
    ("multiple-upstream-issues", LFX),
    ("upstream-issue-not-url", LFX),
    ("duplicate-upstream-issue", LFX),
    ("duplicate-title", EVERY),
    ("skill-typo", EVERY),
    ("invalid-difficulty", EVERY),
    ("size-as-difficulty", EVERY),
    ("invalid-size", EVERY),
    ("invalid-front-matter", EVERY),
    ("invalid-encoding", EVERY),
    ("no-ideas", EVERY),
    ("incomplete-idea", EVERY),
    ("not-counted", EVERY),
    ("unknown-rule-in-comment", EVERY),
];

/// The fixtures (a GSoC page without any LFX field, titled as GSoC; a page with defective LFX
/// template fields, naming no programme), and how a page is marked as each profile's programme: front matter naming
/// LFX, GSoC, or a programme no profile knows.
const FIXTURES: [&str; 2] = ["harbour-ideas.md", "template-fields.md"];
const MARKS: [(Profile, &str); 3] = [
    (Profile::Lfx, "---\nprogram: LFX Mentorship\n---\n"),
    (Profile::Gsoc, "---\nprogram: gsoc\n---\n"),
    (Profile::Neutral, "---\nprogram: OSPP\n---\n"),
];

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/tests/fixtures/validate-profiles/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn text(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap()
}

/// The findings of one page under the default configuration (`auto`).
fn findings(path: &str, page: &str) -> Vec<Finding> {
    let skills = SkillTable::bundled();
    let parsed = parse_page(path, page, skills, &Defaults::default());
    check(
        &[PageInput {
            path,
            text: page,
            ideas: &parsed.ideas,
            skipped: &parsed.skipped,
        }],
        &LintConfig::default(),
        skills,
    )
}

fn membership(rule: &str) -> [bool; 3] {
    TABLE
        .iter()
        .find(|(id, _)| *id == rule)
        .unwrap_or_else(|| panic!("{rule} is not in TABLE"))
        .1
}

#[test]
fn every_rule_belongs_to_the_profiles_the_table_says() {
    let ids: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    let listed: BTreeSet<&str> = TABLE.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, listed, "TABLE lists every rule once");
    let config = LintConfig::default();
    for rule in RULES.iter() {
        let want = membership(rule.id);
        for p in Profile::ALL {
            assert_eq!(
                config.level_in(rule, p).is_some(),
                want[p as usize],
                "{} under {}",
                rule.id,
                p.as_str()
            );
        }
    }
}

#[test]
fn each_page_gets_its_programmes_rules_and_no_other() {
    // The rules seen firing under each profile, over every fixture.
    let mut fired: [BTreeSet<String>; 3] = Default::default();
    for name in FIXTURES {
        for (profile, mark) in MARKS {
            let page = format!("{mark}{}", text(name));
            assert_eq!(detect(name, &page).profile, profile, "{name}");
            for f in findings(name, &page) {
                assert!(
                    membership(&f.rule)[profile as usize],
                    "{name} marked {}: {} does not belong to the profile: {f:?}",
                    profile.as_str(),
                    f.rule
                );
                fired[profile as usize].insert(f.rule);
            }
        }
    }
    // Every rule that is not neutral fires under each profile it belongs to: the GSoC page
    // marked LFX gets the LFX findings, the same page as GSoC gets GSoC's expectations.
    for (rule, member) in TABLE {
        if member[Profile::Neutral as usize] {
            continue;
        }
        for p in Profile::ALL.into_iter().filter(|p| member[*p as usize]) {
            assert!(
                fired[p as usize].contains(*rule),
                "{rule} never fires under {}: {:?}",
                p.as_str(),
                fired[p as usize]
            );
        }
    }
    assert!(fired[Profile::Neutral as usize].is_empty(), "{fired:?}");
}

#[test]
fn a_gsoc_page_without_lfx_fields_has_no_lfx_finding() {
    // Unmarked, the page's title names GSoC: checked as gsoc, it has GSoC's findings only.
    let page = text("harbour-ideas.md");
    let d = detect("harbour-ideas.md", &page);
    assert_eq!((d.profile, d.evidence), (Profile::Gsoc, Evidence::Title));
    let got: Vec<(usize, String)> = findings("harbour-ideas.md", &page)
        .into_iter()
        .map(|f| (f.line, f.rule))
        .collect();
    let want = [
        (6, "missing-difficulty"),
        (6, "missing-expected-outcome"),
        (6, "missing-recommended-skills"),
        (6, "missing-size"),
        (18, "too-few-mentors"),
    ];
    let want: Vec<(usize, String)> = want.iter().map(|(l, r)| (*l, r.to_string())).collect();
    assert_eq!(got, want);
    // Without the title, its size in GSoC's hours still marks it, less plainly.
    let untitled = page.replacen("# Google Summer of Code 2026: Saltwick ideas", "# Ideas", 1);
    let d = detect("ideas.md", &untitled);
    assert_eq!(d.profile, Profile::Gsoc);
    assert_eq!(
        d.evidence,
        Evidence::Markers(vec![(Profile::Lfx, 0), (Profile::Gsoc, 1)])
    );
    assert!(!d.is_obvious());
    // Without the size either it names no programme: neutral, and nothing is missing.
    let unmarked = untitled.replacen("- Expected Size: 175 hours\n", "", 1);
    assert_eq!(detect("ideas.md", &unmarked).profile, Profile::Neutral);
    assert_eq!(findings("ideas.md", &unmarked), []);
}

#[test]
fn an_upstream_issue_is_shared_only_between_lfx_pages() {
    let page = "### Saltwick\n\n#### A\n\n- Description: x.\n- Expected Outcome: y.\n- Recommended Skills: Go\n- Mentor(s):\n  - Ola Reed (@olareed, ola@saltwick.example)\n  - Per Sand (@persand, per@saltwick.example)\n- Upstream Issue: https://github.com/saltwick/saltwick/issues/7\n";
    let skills = SkillTable::bundled();
    let run = |paths: [&str; 2]| {
        let parsed: Vec<_> = paths
            .iter()
            .map(|p| parse_page(p, page, skills, &Defaults::default()))
            .collect();
        let pages: Vec<PageInput<'_>> = paths
            .iter()
            .zip(&parsed)
            .map(|(p, parsed)| PageInput {
                path: p,
                text: page,
                ideas: &parsed.ideas,
                skipped: &parsed.skipped,
            })
            .collect();
        check(&pages, &LintConfig::default(), skills)
            .into_iter()
            .filter(|f| f.rule == "duplicate-upstream-issue")
            .count()
    };
    assert_eq!(run(["lfx/a.md", "lfx/b.md"]), 1);
    assert_eq!(run(["lfx/a.md", "gsoc/b.md"]), 0);
}

#[test]
fn the_profile_is_chosen_by_flag_or_configuration() {
    let page = format!("{}{}", MARKS[1].1, text("harbour-ideas.md"));
    let config = LintConfig::parse("profile = \"neutral\"\n").unwrap();
    let skills = SkillTable::bundled();
    let parsed = parse_page("p.md", &page, skills, &Defaults::default());
    let input = PageInput {
        path: "p.md",
        text: &page,
        ideas: &parsed.ideas,
        skipped: &parsed.skipped,
    };
    assert_eq!(check(&[input], &config, skills), []);
    let e = LintConfig::parse("profile = \"nuetral\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("did you mean 'neutral'?"), "{e}");
    assert!(LintConfig::parse("[require]\nneutral = [\"skills\"]\n").is_ok());
}

fn ideas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .arg("validate")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run ideas")
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn json_and_sarif_carry_the_profile_of_each_finding() {
    let page = fixture_path("harbour-ideas.md");
    let page = page.to_str().unwrap();
    let out = ideas(&[page, "--format", "json"]);
    let items = json(&out);
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 5);
    assert!(items.iter().all(|f| f["profile"] == "gsoc"), "{items:?}");
    let lfx = json(&ideas(&[page, "--format", "json", "--profile", "lfx"]));
    let lfx = lfx.as_array().unwrap();
    assert!(lfx.iter().any(|f| f["rule"] == "missing-upstream-issue"));
    assert!(lfx.iter().all(|f| f["profile"] == "lfx"));
    let sarif = json(&ideas(&[page, "--format", "sarif"]));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    assert!(results.iter().all(|r| r["properties"]["profile"] == "gsoc"));
    // An issue-form body is a proposal.
    let body = format!(
        "{}/tests/fixtures/forms/broken-custom-name-21.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let proposal = json(&ideas(&[&body, "--format", "json"]));
    let proposal = proposal.as_array().unwrap();
    assert!(!proposal.is_empty());
    assert!(proposal.iter().all(|f| f["profile"] == "proposal"));
}

#[test]
fn the_human_format_says_which_profile_was_inferred() {
    let dir = fixture_path("");
    let out = ideas(&[dir.to_str().unwrap(), "--format", "human"]);
    let err = String::from_utf8_lossy(&out.stderr);
    // The GSoC page's title says GSoC: nothing to tell. The other page has as many markers of
    // each programme: it is neutral, and the reader is told why.
    assert!(!err.contains("harbour-ideas.md: checked as"), "{err}");
    assert!(
        err.contains("template-fields.md: checked as neutral (as many markers of each programme: lfx 3, gsoc 3; --profile lfx|gsoc|neutral chooses)"),
        "{err}"
    );
    // The machine formats leave stderr to the summary.
    let out = ideas(&[dir.to_str().unwrap(), "--format", "concise"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("note:"), "{err}");
}
