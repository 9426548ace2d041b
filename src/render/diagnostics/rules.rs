//! The rule documentation of `ideas validate`: `--list-rules` (one line per rule: id, level in
//! each profile, summary) and `--explain RULE` (docs, hint and an example).

use crate::lint::form_rules::{RuleInfo as FormRule, RULES as FORM_RULES};
use crate::lint::profile::Profile;
use crate::lint::rules::{Rule, RULES};
use crate::render::terminal::wrap;
use std::io::{self, Write};

/// A rule's level in a profile, or `off`.
fn level_name(rule: &Rule, profile: Profile) -> &'static str {
    rule.level_in(profile).map_or("off", |l| l.as_str())
}

/// Writes one line per rule: id, level under each profile, summary.
pub fn write_rule_list(out: &mut dyn Write) -> io::Result<()> {
    let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
    write!(out, "{:width$}", "RULE")?;
    for p in Profile::ALL {
        write!(out, "  {:7}", p.as_str().to_uppercase())?;
    }
    writeln!(out, "  SUMMARY")?;
    for r in RULES.iter() {
        write!(out, "{:width$}", r.id)?;
        for p in Profile::ALL {
            write!(out, "  {:7}", level_name(r, p))?;
        }
        writeln!(out, "  {}", r.summary)?;
    }
    // The issue-form rules, for GitHub issue bodies (one level whatever the profile).
    writeln!(out)?;
    let width = FORM_RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
    writeln!(out, "{:width$}  LEVEL    SUMMARY (issue forms)", "RULE")?;
    for r in FORM_RULES.iter() {
        writeln!(
            out,
            "{:width$}  {:7}  {}",
            r.id,
            r.level.as_str(),
            r.summary
        )?;
    }
    Ok(())
}

/// Writes an issue-form rule's documentation: summary, level and hint.
pub fn write_form_explanation(out: &mut dyn Write, rule: &FormRule) -> io::Result<()> {
    paragraph(out, &format!("{}: {}", rule.id, rule.summary))?;
    writeln!(out)?;
    writeln!(
        out,
        "Level: {} (GitHub issue bodies written with an issue form; see schemas/form-rules.toml)",
        rule.level.as_str()
    )?;
    writeln!(out)?;
    paragraph(out, &format!("How to fix: {}", rule.hint))
}

/// Prose is wrapped to fit an 80-column terminal.
const WIDTH: usize = 80;

/// Writes `text` wrapped to [`WIDTH`].
fn paragraph(out: &mut dyn Write, text: &str) -> io::Result<()> {
    wrap(text, WIDTH)
        .iter()
        .try_for_each(|line| writeln!(out, "{line}"))
}

/// Writes a rule's documentation: summary, levels, docs, hint and example.
pub fn write_explanation(out: &mut dyn Write, rule: &Rule) -> io::Result<()> {
    paragraph(out, &format!("{}: {}", rule.id, rule.summary))?;
    writeln!(out)?;
    let levels: Vec<String> = Profile::ALL
        .iter()
        .map(|&p| format!("{} ({})", level_name(rule, p), p.as_str()))
        .collect();
    writeln!(out, "Level: {}\n", levels.join(", "))?;
    paragraph(out, rule.docs)?;
    writeln!(out)?;
    paragraph(out, &format!("How to fix: {}", rule.hint))?;
    writeln!(out, "\nExample of what it reports:\n")?;
    for line in rule.example.lines() {
        writeln!(out, "{}", format!("    {line}").trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules;

    #[test]
    fn wrapping_keeps_words_whole() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("a verylongword b", 4), ["a", "verylongword", "b"]);
        assert!(wrap("   ", 10).is_empty());
    }

    fn text(f: impl Fn(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        f(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn list_has_a_line_per_rule_with_both_profiles() {
        let got = text(|o| write_rule_list(o));
        assert_eq!(
            got.lines().count(),
            RULES.len() + 1 + 1 + FORM_RULES.len() + 1
        );
        let single = got
            .lines()
            .find(|l| l.starts_with("form-mentor-single "))
            .unwrap();
        assert!(
            single.contains(" warning  The program has a single mentor."),
            "{single}"
        );
        assert!(got.lines().next().unwrap().contains("LFX      GSOC"));
        let upstream = got
            .lines()
            .find(|l| l.starts_with("missing-upstream-issue "))
            .unwrap();
        assert!(upstream.contains("error    off"), "{upstream}");
        assert!(upstream.ends_with("An idea has no Upstream Issue."));
    }

    #[test]
    fn explanation_has_docs_hint_and_example() {
        let rule = rules::info("placeholder-value").unwrap();
        let got = text(|o| write_explanation(o, rule));
        assert!(got.starts_with("placeholder-value: A field holds a placeholder"));
        assert!(got.contains("Level: error (lfx), error (gsoc), error (neutral)\n"));
        let joined = got.replace('\n', " ");
        assert!(joined.contains(rule.docs));
        assert!(joined.contains(&format!("How to fix: {}", rule.hint)));
        assert!(got.lines().all(|l| l.chars().count() <= WIDTH), "{got}");
        assert!(got.ends_with("    - Mentor(s): TBD\n"));
    }
}
