//! GitHub issues as ideas pages: organisations that track their ideas as issues with a label
//! (`github.com/O/R/issues?q=label:GSoC`) get one idea per issue, read through the REST API
//! (`/repos/O/R/issues?labels=...`). The answer is written as the Markdown page the parser
//! reads: the issue's title as the idea's heading, its labels and URL as fields, and its body
//! (Markdown already) under them, with its own headings moved below the title's level so that
//! "### Skills" in a body stays a field of its idea. A single linked issue is a page itself.

use serde::Deserialize;

#[derive(Deserialize)]
struct Issue {
    #[serde(default)]
    title: String,
    #[serde(default)]
    html_url: Option<String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    labels: Vec<Label>,
    /// Present on pull requests, which the issues API lists too.
    #[serde(default)]
    pull_request: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Label {
    Named { name: String },
    Plain(String),
}

impl Label {
    fn name(&self) -> &str {
        match self {
            Label::Named { name } | Label::Plain(name) => name,
        }
    }
}

/// The Markdown page of a JSON list of issues: one `##` section per issue (pull requests
/// left out). An error naming what was wrong when the JSON is not a list of issues.
pub fn list_to_markdown(json: &[u8]) -> Result<String, String> {
    let issues: Vec<Issue> = serde_json::from_slice(json)
        .map_err(|e| format!("not a GitHub issue list: line {}: {e}", e.line()))?;
    let mut out = String::new();
    for issue in issues.iter().filter(|i| i.pull_request.is_none()) {
        if issue.title.trim().is_empty() {
            continue;
        }
        out.push_str(&format!("## {}\n\n", one_line(&issue.title)));
        let labels: Vec<&str> = issue.labels.iter().map(Label::name).collect();
        if !labels.is_empty() {
            out.push_str(&format!("- Labels: {}\n", labels.join(", ")));
        }
        if let Some(url) = &issue.html_url {
            out.push_str(&format!("- Upstream Issue: {url}\n"));
        }
        out.push('\n');
        out.push_str(&demoted(issue.body.as_deref().unwrap_or(""), 2));
        out.push_str("\n\n");
    }
    Ok(out)
}

/// The Markdown page of one issue: its title as the page's title, its body as the page.
pub fn issue_to_markdown(json: &[u8]) -> Result<String, String> {
    let issue: Issue = serde_json::from_slice(json)
        .map_err(|e| format!("not a GitHub issue: line {}: {e}", e.line()))?;
    Ok(format!(
        "# {}\n\n{}\n",
        one_line(&issue.title),
        demoted(issue.body.as_deref().unwrap_or(""), 1)
    ))
}

/// `s` with its runs of whitespace as single spaces, trimmed.
pub fn one_line(s: &str) -> String {
    crate::words::collapse_whitespace(s)
}

/// `body` with every ATX heading (outside fenced code) at least one level deeper than `above`.
fn demoted(body: &str, above: usize) -> String {
    let body = body.replace("\r\n", "\n");
    // Each line's heading level: 0 for a line that is no heading or is in fenced code.
    let mut fence: Option<&str> = None;
    let levels: Vec<usize> = (body.lines())
        .map(|line| {
            let t = line.trim_start();
            if let Some(f) = fence {
                if t.starts_with(f) {
                    fence = None;
                }
                return 0;
            }
            if t.starts_with("```") || t.starts_with("~~~") {
                fence = Some(&t[..3]);
                return 0;
            }
            let n = t.bytes().take_while(|&c| c == b'#').count();
            let heading = (1..=6).contains(&n) && (t.len() == n || t[n..].starts_with([' ', '\t']));
            if heading {
                n
            } else {
                0
            }
        })
        .collect();
    let shallowest = levels.iter().copied().filter(|&n| n > 0).min();
    let Some(shallowest) = shallowest.filter(|&n| n <= above) else {
        return body;
    };
    let shift = above + 1 - shallowest;
    let mut out = String::with_capacity(body.len() + 64);
    for (line, n) in body.lines().zip(levels) {
        if n > 0 {
            out.push_str(&"#".repeat((n + shift).min(6)));
            out.push_str(&line.trim_start()[n..]);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_issue_is_a_section_and_pull_requests_are_left_out() {
        let json = br###"[
          {"title": "Faster  imports", "html_url": "https://github.com/o/r/issues/1",
           "labels": [{"name": "GSoC 2026"}, {"name": "python"}],
           "body": "# About\r\nMake it fast.\r\n## Skills\r\nRust\r\n```\n# not a heading\n```"},
          {"title": "A fix", "pull_request": {}, "body": "x"}
        ]"###;
        let md = list_to_markdown(json).unwrap();
        assert!(md.starts_with("## Faster imports\n\n- Labels: GSoC 2026, python\n- Upstream Issue: https://github.com/o/r/issues/1\n"), "{md}");
        assert!(md.contains("\n### About\n"), "{md}");
        assert!(md.contains("\n#### Skills\n"), "{md}");
        assert!(md.contains("\n# not a heading\n"), "{md}");
        assert!(!md.contains("A fix"), "{md}");
    }

    #[test]
    fn what_is_not_an_issue_list_says_so() {
        let e = list_to_markdown(b"{\"message\": \"Not Found\"}").unwrap_err();
        assert!(e.contains("not a GitHub issue list"), "{e}");
        assert!(issue_to_markdown(b"<html>").is_err());
        let page = issue_to_markdown(br###"{"title": "Ideas 2026", "body": "## One\nText"}"###);
        assert_eq!(page.unwrap(), "# Ideas 2026\n\n## One\nText\n");
    }
}
