//! Issue bodies from the GitHub API: `gh issue list --json number,title,body` (an array) or
//! `gh issue view N --json number,title,body` (one object).
//!
//! Each body becomes its own input named `FILE#NUMBER`, so every finding names its issue and
//! its line:col inside that body (as GitHub shows the body, not as the JSON file escapes it).

use serde_json::Value;

/// One issue body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueBody {
    /// `FILE#NUMBER` (or `FILE#INDEX` when the object has no number).
    pub display: String,
    /// The body text as GitHub stores it (CRLF kept: the bot counts it as 2 characters).
    pub text: String,
    /// The issue number, when given.
    pub number: Option<u64>,
    /// The issue's web URL, when given (`--json url`).
    pub url: Option<String>,
}

/// True if `text` looks like `gh ... --json` output with issue bodies: a JSON array or object
/// whose first object has a `body` key (a cheap look, not a parse).
pub fn looks_like_issue_json(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    (t.starts_with('[') || t.starts_with('{'))
        && t.contains("\"body\"")
        && !t.contains("\"programs\"")
}

/// Splits `gh --json` output into bodies. Objects without a string `body` are skipped; a document
/// that is not JSON, or holds no body at all, is an error naming the place.
pub fn read_issue_json(display: &str, text: &str) -> Result<Vec<IssueBody>, String> {
    let root: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("{display}:{}:{}: not valid JSON: {e}", e.line(), e.column()))?;
    let items = match root {
        Value::Array(items) => items,
        object @ Value::Object(_) => vec![object],
        _ => return Err(format!("{display}: not a JSON array or object of issues")),
    };
    let out: Vec<IssueBody> = (items.iter().enumerate())
        .filter_map(|(k, item)| {
            let text = item.get("body").and_then(Value::as_str)?.to_string();
            let number = item.get("number").and_then(Value::as_u64);
            Some(IssueBody {
                display: format!("{display}#{}", number.unwrap_or(k as u64 + 1)),
                text,
                number,
                url: item.get("url").and_then(Value::as_str).map(str::to_string),
            })
        })
        .collect();
    if out.is_empty() {
        return Err(format!(
            "{display}: no issue with a `body` (use `gh issue list --json number,title,body`)"
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_gh_output() {
        let json = r####"[{"number": 12, "title": "t", "body": "### Term\r\n\r\nx"}, {"number": 3, "body": null}]"####;
        assert!(looks_like_issue_json(json));
        let b = read_issue_json("issues.json", json).unwrap();
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].display, "issues.json#12");
        assert_eq!(b[0].text, "### Term\r\n\r\nx");
        let one = read_issue_json("-", r#"{"body": "x"}"#).unwrap();
        assert_eq!(one[0].display, "-#1");
    }

    #[test]
    fn errors_name_the_place() {
        assert!(read_issue_json("a.json", "[{")
            .unwrap_err()
            .starts_with("a.json:1:"));
        assert!(read_issue_json("a.json", "[]")
            .unwrap_err()
            .contains("no issue"));
        assert!(!looks_like_issue_json("{\"programs\": [{\"body\": 1}]}"));
    }
}
