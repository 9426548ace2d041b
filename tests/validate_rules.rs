//! Every rule of `ideas validate`, triggered by a fixture written for it and silent on a page
//! that follows the template (tests/fixtures/validate).

mod common;

use common::check;
use ideas::lint::check::PageInput;
use ideas::lint::config::LintConfig;
use ideas::lint::rules::RULES;
use ideas::lint::{Finding, Level};
use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;

fn text(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/validate/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn findings_with(names: &[&str], config: &LintConfig) -> Vec<Finding> {
    let skills = SkillTable::bundled();
    let texts: Vec<(String, String)> = names.iter().map(|n| (n.to_string(), text(n))).collect();
    let parsed: Vec<_> = texts
        .iter()
        .map(|(n, t)| parse_page(n, t, skills, &Defaults::default()))
        .collect();
    let pages: Vec<PageInput<'_>> = texts
        .iter()
        .zip(&parsed)
        .map(|((n, t), p)| PageInput {
            path: n,
            text: t,
            ideas: &p.ideas,
            skipped: &p.skipped,
        })
        .collect();
    check(&pages, config, skills)
}

fn findings(names: &[&str]) -> Vec<Finding> {
    findings_with(names, &LintConfig::default())
}

/// (rule, fixture, line, column) of the finding each rule must give; the comment shows the line.
const CASES: &[(&str, &str, usize, usize)] = &[
    ("missing-project", "no-project.md", 3, 1), // ### Orphan idea
    ("missing-description", "bad.md", 5, 1),    // #### Placeholder idea
    ("missing-expected-outcome", "bad.md", 5, 1), // #### Placeholder idea
    ("missing-upstream-issue", "bad.md", 5, 1), // #### Placeholder idea
    ("missing-size", "gsoc.md", 5, 1),          // #### Anchor registry
    ("missing-difficulty", "gsoc.md", 5, 1),    // #### Anchor registry
    ("skill-typo", "bad.md", 7, 23),            // - Recommended Skills: Kuberntetes
    ("placeholder-value", "bad.md", 8, 3),      // - Mentor(s): TBD
    ("unlabelled-field", "bad.md", 12, 1),      // Harborline needs a command-line client
    ("non-template-field", "bad.md", 23, 1),    // description: |
    ("misspelt-label", "bad.md", 37, 3),        // - Descrption:
    ("too-many-mentors", "bad.md", 50, 3),      // - Mentor(s):
    ("mentor-missing-name", "bad.md", 51, 6),   //   - @onlyhandle
    ("mentor-missing-email", "bad.md", 54, 5),  //   - Mo Nomail (@nomail)
    ("mentor-missing-github", "bad.md", 52, 5), //   - Nia Noe (nia@...)
    ("mentor-invalid-github", "bad.md", 53, 18), //   - Bad Handle (@bad_handle, ...)
    ("mentor-invalid-email", "bad.md", 55, 26), //   - Obfus Cated (@obfus, obfus AT ...)
    ("duplicate-mentor", "bad.md", 56, 5),      //   - Eve Knot (@eveknot, ...)
    ("too-few-mentors", "bad.md", 65, 3),       // - Mentor(s):
    ("upstream-issue-not-url", "bad.md", 67, 3), // - Upstream Issue: see the tracker
    ("multiple-upstream-issues", "bad.md", 77, 3), // - Upstream Issue:
    ("duplicate-upstream-issue", "bad.md", 77, 1), // - Upstream Issue:
    ("duplicate-title", "bad.md", 81, 1),       // #### Unlabelled description (again)
    ("size-as-difficulty", "bad.md", 99, 3),    // - Difficulty: small
    ("invalid-size", "bad.md", 100, 3),         // - Expected Size: a few weeks
    ("invalid-difficulty", "bad.md", 111, 3),   // - Difficulty: extreme
    ("no-ideas", "no-ideas.md", 1, 1),
    ("incomplete-idea", "incomplete.md", 15, 1), // #### Wave heights (only a Description)
    ("not-counted", "not-counted.md", 15, 1),    // #### Sensor firmware update (taken)
    ("unknown-rule-in-comment", "controls.md", 34, 19), // <!-- ideas-enable too-few-mentor -->
];

/// Rules whose findings come from reading files rather than from ideas: tested through the
/// binary in tests/cli_validate.rs.
const FILE_RULES: &[&str] = &["invalid-front-matter", "invalid-encoding", "missing-title"];

#[test]
fn every_rule_has_a_case() {
    for r in RULES.iter() {
        assert!(
            CASES.iter().any(|c| c.0 == r.id)
                || FILE_RULES.contains(&r.id)
                || matches!(r.id, "missing-recommended-skills" | "missing-mentors"),
            "rule {} has no test case",
            r.id
        );
    }
}

#[test]
fn each_rule_fires_on_its_fixture() {
    for &(rule, file, line, column) in CASES {
        let all = findings(&[file]);
        let hits: Vec<(usize, usize)> = all
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| (f.line, f.column))
            .collect();
        assert!(
            hits.contains(&(line, column)),
            "{rule}: expected {file}:{line}:{column}, got {hits:?}"
        );
    }
}

#[test]
fn missing_skills_and_mentors_fire_when_absent() {
    let dir = std::env::temp_dir().join(format!("ideas-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = "### Lighthouse\n\n#### No skills or mentors\n\n- Description: A thing.\n- Expected Outcome: Another.\n- Upstream Issue: https://github.com/a/b/issues/1\n";
    let skills = SkillTable::bundled();
    let parsed = parse_page("p.md", page, skills, &Defaults::default());
    assert_eq!(parsed.ideas.len(), 1);
    let f = check(
        &[PageInput {
            path: "p.md",
            text: page,
            ideas: &parsed.ideas,
            skipped: &parsed.skipped,
        }],
        &LintConfig::default(),
        skills,
    );
    let rules: Vec<&str> = f.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"missing-recommended-skills"), "{rules:?}");
    assert!(rules.contains(&"missing-mentors"), "{rules:?}");
    assert!(f.iter().all(|f| f.line == 3));
}

#[test]
fn a_page_that_follows_the_template_is_clean() {
    let f = findings(&["clean.md"]);
    assert!(f.is_empty(), "{f:#?}");
    // Including the GSoC idea that gives size and difficulty.
    let g = findings(&["gsoc.md"]);
    assert!(g.iter().all(|f| f.line == 5), "{g:#?}");
}

#[test]
fn findings_carry_titles_and_levels() {
    let f = findings(&["bad.md"]);
    let typo = f.iter().find(|f| f.rule == "skill-typo").unwrap();
    assert_eq!(typo.title.as_deref(), Some("Placeholder idea"));
    assert_eq!(typo.level, Level::Warning);
    assert!(
        typo.message.contains("did you mean 'Kubernetes'"),
        "{}",
        typo.message
    );
    let none = findings(&["no-ideas.md"]);
    assert_eq!(none.len(), 1);
    assert_eq!(none[0].level, Level::Warning);
    assert_eq!(none[0].title, None);
    // Sorted by line.
    assert!(f
        .windows(2)
        .all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)));
}

#[test]
fn configuration_changes_levels_and_requirements() {
    let config = LintConfig::parse(
        "[rules]\nskill-typo = \"error\"\nmissing-description = \"off\"\n[require]\ngsoc = [\"project\"]\n",
    )
    .unwrap();
    let f = findings_with(&["bad.md", "gsoc.md"], &config);
    assert!(f
        .iter()
        .any(|f| f.rule == "skill-typo" && f.level == Level::Error));
    assert!(!f.iter().any(|f| f.rule == "missing-description"));
    assert!(!f.iter().any(|f| f.rule == "missing-size"));
}

/// The lint modules import one way: the driver (`check`) uses the configuration and the rules;
/// the configuration uses the rule table; the rules use only what a rule sees (`context`,
/// `profile`, `suggest`). No module imports one above it, so there is no circle.
#[test]
fn lint_modules_import_one_way() {
    let root = format!("{}/src/lint", env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    for name in ["config.rs", "context.rs", "profile.rs", "suggest.rs"] {
        files.push(format!("{root}/{name}"));
    }
    for e in std::fs::read_dir(format!("{root}/rules"))
        .unwrap()
        .flatten()
    {
        files.push(e.path().display().to_string());
    }
    for f in &files {
        let text: String = std::fs::read_to_string(f)
            .unwrap()
            .lines()
            .filter(|l| {
                let l = l.trim_start();
                l.starts_with("use ") || l.starts_with("pub use ") || l.contains("crate::lint::")
            })
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let uses_check = text.contains("lint::check") || text.contains("super::check");
        assert!(!uses_check, "{f} imports the driver (lint::check)");
        if !f.ends_with("config.rs") {
            let uses_config = text.contains("lint::config") || text.contains("super::config");
            assert!(!uses_config, "{f} imports the configuration");
        }
    }
    // The rule table, the five files of grouped rules and the two rules with files of their own.
    assert!(files.len() >= 12, "every rule file read: {}", files.len());
}

/// (rule, line, column, level) found in `findings`.
fn has(f: &[Finding], rule: &str, line: usize, column: usize, level: Level) -> bool {
    f.iter()
        .any(|f| f.rule == rule && f.line == line && f.column == column && f.level == level)
}

#[test]
fn gsoc_pages_are_judged_by_the_gsoc_profile() {
    // A GSoC page in the prose shape GSoC organisations use: no project heading, no upstream
    // issue, mentors by handle only, sizes in section headings.
    let auto = findings(&["gsoc-prose.md"]);
    assert!(auto.iter().all(|f| f.level != Level::Error), "{auto:#?}");
    assert!(has(&auto, "missing-difficulty", 24, 1, Level::Warning));
    assert!(has(&auto, "missing-expected-outcome", 7, 1, Level::Warning));
    for rule in [
        "missing-upstream-issue",
        "missing-project",
        "mentor-missing-name",
    ] {
        assert!(!auto.iter().any(|f| f.rule == rule), "{rule}: {auto:#?}");
    }
    // Under the LFX template the same page has errors.
    let lfx = findings_with(
        &["gsoc-prose.md"],
        &LintConfig::parse("profile = \"lfx\"\n").unwrap(),
    );
    assert!(has(&lfx, "missing-upstream-issue", 7, 1, Level::Error));
    assert!(has(&lfx, "missing-project", 7, 1, Level::Error));
    assert!(has(&lfx, "mentor-missing-name", 16, 5, Level::Error));
    assert!(has(&lfx, "mentor-missing-email", 16, 5, Level::Warning));
    // GSoC requires a size: an idea without one is an error under gsoc.
    let g = findings(&["gsoc.md"]);
    assert!(has(&g, "missing-size", 5, 1, Level::Error));
    assert!(has(&g, "missing-difficulty", 5, 1, Level::Warning));
    // `[require]` per profile turns a missing-* rule on at its own level.
    let required = findings_with(
        &["gsoc-prose.md"],
        &LintConfig::parse("[require]\ngsoc = [\"upstream-issue\"]\n").unwrap(),
    );
    assert!(has(&required, "missing-upstream-issue", 7, 1, Level::Error));
    assert!(!required.iter().any(|f| f.rule == "missing-difficulty"));
}

#[test]
fn an_lfx_page_checked_as_gsoc_needs_no_upstream_issue() {
    let config = LintConfig::parse("profile = \"gsoc\"\n").unwrap();
    let f = findings_with(&["bad.md"], &config);
    assert!(!f.iter().any(|f| f.rule == "missing-upstream-issue"));
    assert!(!f.iter().any(|f| f.rule == "too-many-mentors"));
    // Rules that hold in every programme still apply.
    assert!(has(&f, "placeholder-value", 8, 3, Level::Error));
    let e = LintConfig::parse("profile = \"gsco\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains("did you mean 'gsoc'?"), "{e}");
}

/// Findings of one page given as text.
fn findings_of_text(name: &str, page: &str) -> Vec<Finding> {
    let skills = SkillTable::bundled();
    let parsed = parse_page(name, page, skills, &Defaults::default());
    check(
        &[PageInput {
            path: name,
            text: page,
            ideas: &parsed.ideas,
            skipped: &parsed.skipped,
        }],
        &LintConfig::default(),
        skills,
    )
}

#[test]
fn control_comments_silence_rules_where_they_say() {
    let page = text("controls.md");
    let f = findings_of_text("controls.md", &page);
    let got: Vec<(&str, usize, usize)> = f
        .iter()
        .map(|f| (f.rule.as_str(), f.line, f.column))
        .collect();
    // Only the email rule, enabled again before "Current maps"; too-few-mentors stays off (the
    // last comment misspells it, which is reported).
    assert_eq!(
        got,
        [
            ("mentor-missing-email", 32, 5),
            ("unknown-rule-in-comment", 34, 19)
        ]
    );
    assert!(f[1].message.ends_with("did you mean 'too-few-mentors'?"));
    // Without the comments (same lines) the silenced findings are there.
    let plain = findings_of_text("controls.md", &page.replace("ideas-", "xdeas-"));
    let has_at = |rule: &str, line: usize, column: usize| {
        plain
            .iter()
            .any(|f| f.rule == rule && f.line == line && f.column == column)
    };
    assert!(has_at("missing-upstream-issue", 6, 1), "{plain:#?}");
    assert!(has_at("mentor-missing-email", 22, 5));
    assert!(has_at("too-few-mentors", 21, 3));
    assert!(has_at("too-few-mentors", 31, 3));
}

#[test]
fn findings_in_front_matter_point_at_the_key() {
    let f = findings(&["front-matter.md"]);
    let got: Vec<(&str, usize, usize)> = f
        .iter()
        .map(|f| (f.rule.as_str(), f.line, f.column))
        .collect();
    assert_eq!(
        got,
        [
            // A missing field: at the `title:` key.
            ("missing-expected-outcome", 2, 1),
            // A mentor: at its name inside `mentors:`.
            ("mentor-missing-email", 13, 11),
            // A handle: at the handle.
            ("mentor-invalid-github", 14, 13),
        ]
    );
}

#[test]
fn idea_like_sections_the_parser_drops_are_reported() {
    let f = findings(&["incomplete.md"]);
    let got: Vec<(&str, usize, usize, &str)> = f
        .iter()
        .map(|f| (f.rule.as_str(), f.line, f.column, f.message.as_str()))
        .collect();
    // Not "Requirements" (a field heading), "Timeline" (no fields) or "Driftwood" (it groups
    // ideas); "Example idea" is a sample, named by the not-counted notice only.
    assert_eq!(
        got,
        [
            (
                "incomplete-idea",
                15,
                1,
                "'Wave heights' is not read as an idea: it has only Description"
            ),
            (
                "incomplete-idea",
                19,
                1,
                "'Current maps' is not read as an idea: its body is only a placeholder ('TBD')"
            ),
            (
                "not-counted",
                27,
                1,
                "'Example idea' is not counted as an idea: a template or a place for ideas of one's own"
            ),
        ]
    );
    assert_eq!(f[0].level, Level::Error);
    assert_eq!(f[0].title.as_deref(), Some("Wave heights"));
    // The page's one complete idea is still the only idea read.
    let parsed = parse_page(
        "incomplete.md",
        &text("incomplete.md"),
        SkillTable::bundled(),
        &Defaults::default(),
    );
    assert_eq!(parsed.ideas.len(), 1);
}

#[test]
fn skipped_sections_are_reported_with_their_reason() {
    let f = findings(&["not-counted.md"]);
    let got: Vec<(&str, usize, Level, &str)> = f
        .iter()
        .filter(|f| matches!(f.rule.as_str(), "incomplete-idea" | "not-counted"))
        .map(|f| (f.rule.as_str(), f.line, f.level, f.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "not-counted",
                15,
                Level::Notice,
                "'Sensor firmware update (taken)' is not counted as an idea: no longer offered"
            ),
            (
                "incomplete-idea",
                21,
                Level::Error,
                "'Tide sensor calibration' is not read as an idea: every field is TBD"
            ),
            (
                "not-counted",
                26,
                Level::Notice,
                "'Past projects' is not counted as an idea: a list of completed or past projects"
            ),
        ]
    );
    // The one idea on offer is the only one read.
    let parsed = parse_page(
        "not-counted.md",
        &text("not-counted.md"),
        SkillTable::bundled(),
        &Defaults::default(),
    );
    assert_eq!(parsed.ideas.len(), 1);
}

#[test]
fn a_placeholder_title_is_an_incomplete_idea() {
    let page = "## Ideas\n\n### Project Title\n\n- Description: what it does\n- Mentors: who\n";
    let f = findings_of_text("p.md", page);
    let got: Vec<(&str, usize, &str)> = f
        .iter()
        .filter(|f| f.rule == "incomplete-idea")
        .map(|f| (f.rule.as_str(), f.line, f.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [(
            "incomplete-idea",
            3,
            "'Project Title' is not read as an idea: a placeholder title"
        )]
    );
}

/// The README layout the LFX bot generates is a valid page: the outcome quoted inside the
/// description's blockquote counts, a label whose value is written as labels of its kind
/// below is no placeholder, and the defects of a program already on LFX (it has its LFX URL)
/// warn. An idea without an LFX URL on the same page is still a draft: its defects fail.
#[test]
fn a_published_term_readme_has_no_errors() {
    let found = findings(&["published-term.md"]);
    let at = |rule: &str| -> Vec<(usize, Level)> {
        found
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| (f.line, f.level))
            .collect()
    };
    // The three published programs: only the five mentors of the third, as a warning.
    assert_eq!(at("too-many-mentors"), [(64, Level::Warning)]);
    // Two ideas state no outcome anywhere: the published one warns, the draft (no LFX URL)
    // fails, each at its heading.
    assert_eq!(
        at("missing-expected-outcome"),
        [(54, Level::Warning), (73, Level::Error)]
    );
    assert!(at("placeholder-value").is_empty(), "{found:#?}");
    let errors: Vec<_> = found
        .iter()
        .filter(|f| f.level == Level::Error && f.line < 73)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
