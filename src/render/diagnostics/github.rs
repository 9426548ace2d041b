//! The `github` format: GitHub Actions workflow commands (`::error file=...::message`), one per
//! finding, escaped as `@actions/core` escapes data and properties.

use super::message_with_title;
use crate::lint::Finding;
use std::io::{self, Write};

/// Escapes workflow-command data as `@actions/core` `escapeData` does.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value as `@actions/core` `escapeProperty` does.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub(super) fn write_github(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    for f in findings {
        writeln!(
            out,
            "::{} file={},line={},col={},title={}::{}",
            f.level.as_str(),
            escape_property(&f.path),
            f.line,
            f.column,
            escape_property(&f.rule),
            escape_data(&message_with_title(f))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::DiagFormat;
    use super::*;
    use crate::lint::Level;

    #[test]
    fn github() {
        let got = render(DiagFormat::Github, &sample(), &no_source, false);
        assert_eq!(
            got,
            "::error file=ideas/a.md,line=12,col=17,title=placeholder-value::Description holds a placeholder: \"TBD\". (idea: Operator SDK)
::warning file=ideas/a.md,line=13,col=1,title=too-few-mentors::The idea has a single mentor.
::notice file=ideas/b.md,line=1,col=1,title=no-ideas::The page holds no ideas.
"
        );
    }

    #[test]
    fn github_escaping() {
        let f = finding(
            "dir,x/a:b%c\r\n.md",
            3,
            4,
            Level::Warning,
            "rule:a,b",
            "100% done: a, b\r\nnext::line",
            Some("K8s: 50%, ops\nnew"),
        );
        let got = render(DiagFormat::Github, &[f], &no_source, false);
        assert_eq!(
            got,
            "::warning file=dir%2Cx/a%3Ab%25c%0D%0A.md,line=3,col=4,title=rule%3Aa%2Cb::100%25 done: a, b%0D%0Anext::line (idea: K8s: 50%25, ops%0Anew)\n"
        );
        assert_eq!(escape_data("%0A"), "%250A");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
