//! Renderers for the findings of `ideas validate`: `human` (rustc-style, with the offending line
//! and a caret; [`human`]), `concise` (one `path:line:col: level[rule] message` line each), `json`
//! (an array of findings), `github` (GitHub Actions workflow commands, escaped as `@actions/core`
//! does; [`github`]) and `sarif` (a SARIF 2.1.0 log for GitHub code scanning, with the whole rule
//! table as the driver's rules; [`sarif`]). Findings are written in the order given (the caller
//! sorts them by path, line, column). Text taken from pages is treated as hostile in the terminal
//! formats ([`crate::render::text::clean`]). [`rules`] prints the rule table and a rule's documentation.

mod github;
mod human;
pub mod rules;
mod sarif;

use crate::lint::form_rules::RuleInfo;
use crate::lint::Finding;
use crate::render::text::{clean, paint};
use std::io::{self, Write};

/// How `validate` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiagFormat {
    /// For people: grouped by file, the offending line with a caret, a fix hint.
    Human,
    /// One line per finding: `path:line:col: level[rule] message`.
    Concise,
    /// A JSON array of findings.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
}

/// Writes `findings` to `out` in `format`.
///
/// `source(path)` returns the file's text (for showing the offending line in `human`); `color`
/// enables ANSI colour in `human` and `concise` (the level and rule id, as rustc colours them).
pub fn write_findings(
    out: &mut dyn Write,
    format: DiagFormat,
    findings: &[Finding],
    source: &dyn Fn(&str) -> Option<String>,
    color: bool,
) -> io::Result<()> {
    match format {
        DiagFormat::Human => human::write_human(out, findings, source, color),
        DiagFormat::Concise => write_concise(out, findings, color),
        DiagFormat::Json => crate::render::json::write_json(out, findings),
        DiagFormat::Github => github::write_github(out, findings),
        DiagFormat::Sarif => sarif::write_sarif(out, findings),
    }
}

fn write_concise(out: &mut dyn Write, findings: &[Finding], color: bool) -> io::Result<()> {
    use human::{level_sgr, BOLD};
    for f in findings {
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            clean(&f.path),
            f.line,
            f.column,
            paint(f.level.as_str(), level_sgr(f.level), color),
            paint(&clean(&f.rule), BOLD, color),
            clean(&f.message)
        )?;
    }
    Ok(())
}

/// The message with the idea title appended, as the `github` and `sarif` formats show it.
fn message_with_title(f: &Finding) -> String {
    match &f.title {
        Some(t) => format!("{} (idea: {t})", f.message),
        None => f.message.clone(),
    }
}

/// Every rule a finding can carry, with what every renderer needs of it (the metadata of an
/// issue-form rule): the page rules, then the issue-form rules.
pub(crate) fn all_rules() -> impl Iterator<Item = RuleInfo> {
    let pages = crate::lint::rules::RULES.iter().map(|r| RuleInfo {
        id: r.id,
        level: r.level,
        summary: r.summary,
        hint: r.hint,
    });
    pages.chain(crate::lint::form_rules::RULES.iter().copied())
}

/// The rule with this id, from either table.
pub(crate) fn rule_meta(id: &str) -> Option<RuleInfo> {
    all_rules().find(|r| r.id == id)
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Findings and pages shared by the renderers' tests.
    use super::*;
    use crate::lint::Level;

    pub(crate) fn finding(
        path: &str,
        line: usize,
        column: usize,
        level: Level,
        rule: &str,
        message: &str,
        title: Option<&str>,
    ) -> Finding {
        Finding {
            path: path.into(),
            line,
            column,
            level,
            rule: rule.into(),
            message: message.into(),
            title: title.map(Into::into),
            profile: None,
        }
    }

    pub(crate) fn render(
        format: DiagFormat,
        findings: &[Finding],
        source: &dyn Fn(&str) -> Option<String>,
        color: bool,
    ) -> String {
        let mut out = Vec::new();
        write_findings(&mut out, format, findings, source, color).unwrap();
        String::from_utf8(out).unwrap()
    }

    pub(crate) fn no_source(_: &str) -> Option<String> {
        None
    }

    /// A page whose line 12 has a tab and a multi-byte character before the offending text.
    pub(crate) fn page(path: &str) -> Option<String> {
        (path == "ideas/a.md").then(|| {
            let mut text = "\n".repeat(11);
            text.push_str("\t- Déscription: TBD\n");
            text.push_str("- Mentor(s): Ana\n");
            text
        })
    }

    pub(crate) fn sample() -> Vec<Finding> {
        vec![
            finding(
                "ideas/a.md",
                12,
                17,
                Level::Error,
                "placeholder-value",
                "Description holds a placeholder: \"TBD\".",
                Some("Operator SDK"),
            ),
            finding(
                "ideas/a.md",
                13,
                1,
                Level::Warning,
                "too-few-mentors",
                "The idea has a single mentor.",
                None,
            ),
            finding(
                "ideas/b.md",
                1,
                1,
                Level::Notice,
                "no-ideas",
                "The page holds no ideas.",
                None,
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use serde_json::Value;

    #[test]
    fn concise() {
        let got = render(DiagFormat::Concise, &sample(), &no_source, false);
        assert_eq!(
            got,
            "ideas/a.md:12:17: error[placeholder-value] Description holds a placeholder: \"TBD\".
ideas/a.md:13:1: warning[too-few-mentors] The idea has a single mentor.
ideas/b.md:1:1: notice[no-ideas] The page holds no ideas.
"
        );
    }

    #[test]
    fn concise_in_colour_paints_the_level_and_rule() {
        let got = render(DiagFormat::Concise, &sample(), &no_source, true);
        let first = got.lines().next().unwrap();
        assert_eq!(
            first,
            "ideas/a.md:12:17: \x1b[1;31merror\x1b[0m[\x1b[1mplaceholder-value\x1b[0m] Description holds a placeholder: \"TBD\"."
        );
        assert!(
            got.contains("\x1b[1;33mwarning\x1b[0m[") && got.contains("\x1b[1;36mnotice\x1b[0m[")
        );
    }

    #[test]
    fn json() {
        let got = render(DiagFormat::Json, &sample(), &no_source, false);
        assert!(got.ends_with("]\n"));
        assert!(got.starts_with("[\n  {\n    \"path\": \"ideas/a.md\",\n"));
        let v: Value = serde_json::from_str(&got).unwrap();
        let items = v.as_array().unwrap();
        assert_eq!(items.len(), 3);
        let keys = |i: usize| {
            items[i]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<Vec<_>>()
        };
        let mut with_title = keys(0);
        with_title.sort();
        assert_eq!(
            with_title,
            ["column", "level", "line", "message", "path", "rule", "title"]
        );
        let mut without = keys(1);
        without.sort();
        assert_eq!(
            without,
            ["column", "level", "line", "message", "path", "rule"]
        );
        assert_eq!(items[0]["level"], "error");
        assert_eq!(items[1]["level"], "warning");
        assert_eq!(items[2]["level"], "notice");
        assert_eq!(items[0]["line"], 12);
        assert_eq!(items[0]["column"], 17);
        assert_eq!(items[0]["rule"], "placeholder-value");
        assert_eq!(items[0]["title"], "Operator SDK");
        assert_eq!(render(DiagFormat::Json, &[], &no_source, false), "[]\n");
    }
}
