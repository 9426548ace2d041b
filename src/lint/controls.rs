//! Inline lint controls, as markdownlint has them: HTML comments in a page that silence rules.
//!
//! - `<!-- ideas-disable rule-a rule-b -->` silences the rules from that line on;
//! - `<!-- ideas-enable rule-a -->` turns them back on from that line on;
//! - `<!-- ideas-disable-next-line rule-a -->` silences them on the next line only;
//! - with no rule id, a comment applies to every rule.
//!
//! Comments render as nothing on GitHub, so a page can carry them without changing how it
//! reads. Comments inside code fences are text, not controls.

/// What a control comment does.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Action {
    Disable,
    Enable,
    DisableNextLine,
}

/// One control comment.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Control {
    /// 1-based line of the comment.
    line: usize,
    action: Action,
    /// The rule ids named; empty means every rule.
    rules: Vec<String>,
}

/// The control comments of one page.
#[derive(Debug, Clone, Default)]
pub struct Controls {
    controls: Vec<Control>,
}

impl Controls {
    /// Finds the control comments in `text`.
    pub fn scan(text: &str) -> Controls {
        let mut controls = Vec::new();
        // Most pages have no control comment: one SIMD search says so. On the synthetic 5,000
        // ideas (release build, callgrind), scanning every line for comments was 110 M of
        // `validate`'s 3,268 M instructions, with this test 5 M of 3,134 M (4% fewer in all).
        if memchr::memmem::find(text.as_bytes(), b"ideas-").is_none() {
            return Controls { controls };
        }
        for (i, line) in super::unfenced_lines(text, 0) {
            let mut rest = line;
            while let Some(start) = rest.find("<!--") {
                let after = &rest[start + 4..];
                let Some(end) = after.find("-->") else { break };
                if let Some(c) = parse_comment(&after[..end], i + 1) {
                    controls.push(c);
                }
                rest = &after[end + 3..];
            }
        }
        Controls { controls }
    }

    /// True if a finding of `rule` on `line` is silenced.
    pub fn hides(&self, rule: &str, line: usize) -> bool {
        let mut hidden = false;
        for c in &self.controls {
            if c.line > line {
                break;
            }
            let names = c.rules.is_empty() || c.rules.iter().any(|r| r == rule);
            if !names {
                continue;
            }
            match c.action {
                Action::Disable => hidden = true,
                Action::Enable => hidden = false,
                Action::DisableNextLine if c.line + 1 == line => return true,
                Action::DisableNextLine => {}
            }
        }
        hidden
    }

    /// The rule ids the comments name, with the line of each (to report unknown ones).
    pub fn named_rules(&self) -> impl Iterator<Item = (usize, &str)> {
        self.controls
            .iter()
            .flat_map(|c| c.rules.iter().map(move |r| (c.line, r.as_str())))
    }
}

fn parse_comment(body: &str, line: usize) -> Option<Control> {
    let mut words = body.split_whitespace();
    let action = match words.next()? {
        "ideas-disable" => Action::Disable,
        "ideas-enable" => Action::Enable,
        "ideas-disable-next-line" => Action::DisableNextLine,
        _ => return None,
    };
    Some(Control {
        line,
        action,
        rules: words
            .flat_map(|w| w.split(','))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disable_enable_and_next_line() {
        let text = "a\n<!-- ideas-disable rule-a -->\nb\n<!-- ideas-enable rule-a -->\nc\n<!-- ideas-disable-next-line -->\nd\ne\n";
        let c = Controls::scan(text);
        assert!(!c.hides("rule-a", 1));
        assert!(c.hides("rule-a", 3));
        assert!(!c.hides("rule-b", 3));
        assert!(!c.hides("rule-a", 5));
        // No id: every rule, on the next line only.
        assert!(c.hides("rule-b", 7));
        assert!(c.hides("rule-a", 7));
        assert!(!c.hides("rule-a", 8));
    }

    #[test]
    fn all_rules_until_enabled_and_not_in_code_fences() {
        let text = "<!-- ideas-disable -->\nx\n<!-- ideas-enable rule-a -->\ny\n```\n<!-- ideas-enable -->\n```\nz\n";
        let c = Controls::scan(text);
        assert!(c.hides("rule-b", 2));
        assert!(!c.hides("rule-a", 4));
        assert!(c.hides("rule-b", 4));
        // The enable comment inside the fence is page text.
        assert!(c.hides("rule-b", 8));
        assert!(Controls::scan("<!-- a comment -->\n").controls.is_empty());
        let names: Vec<_> = Controls::scan("<!-- ideas-disable a, b -->")
            .named_rules()
            .map(|(_, r)| r.to_string())
            .collect();
        assert_eq!(names, ["a", "b"]);
    }
}
