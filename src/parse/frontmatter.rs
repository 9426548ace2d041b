//! Front-matter: one pipeline for YAML (`---`) and TOML (`+++`).
//!
//! [`split`] finds the block and keeps its raw text tagged with its syntax; [`parse`] deserialises
//! either syntax into one generic value tree and then reads the keys this tool understands
//! ([`FrontMatter`]). Unknown keys, Hugo keys and TOML comments are tolerated.

mod keys;
mod named;

pub use keys::{difficulty_of, FrontMatter};
pub(crate) use keys::{key_field, norm_key, read_keys};
pub use named::{detect_program, find_year, parse_year};

use keys::scalar_text;
use serde_json::Value;

/// The raw front-matter text, tagged with its syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raw<'a> {
    /// Between `---` lines.
    Yaml(&'a str),
    /// Between `+++` lines.
    Toml(&'a str),
}

/// A page split into front-matter and body.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    /// The front-matter block, if the page starts with one.
    pub front: Option<Raw<'a>>,
    /// The Markdown body after the block.
    pub body: &'a str,
    /// Byte offset of `body` within the page text.
    pub body_offset: usize,
}

/// A front-matter problem, with the 1-based line in the page where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    /// 1-based line in the page.
    pub line: usize,
    /// What went wrong.
    pub message: String,
}

/// Splits `text` into front-matter and body. A page that opens a block (`---` or `+++` on its
/// first line) and never closes it is an error naming line 1. A page that does not start with a
/// delimiter has no front-matter.
pub fn split(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let no_front = Split {
        front: None,
        body: text,
        body_offset: 0,
    };
    let first_end = text.find('\n').unwrap_or(text.len());
    let delim = text[..first_end].trim_end();
    if delim != "---" && delim != "+++" {
        return Ok(no_front);
    }
    // A leading `---` followed by a blank line is a thematic break, not YAML front-matter
    // (Kubeflow's pages put one after their TOML block).
    let start = (first_end + 1).min(text.len());
    let mut pos = start;
    for line in text[start..].split_inclusive('\n') {
        let end = pos + line.len();
        let line = line.trim_end();
        if line == delim || (delim == "---" && line == "...") {
            let inner = &text[start..pos];
            let front = if delim == "---" {
                Raw::Yaml(inner)
            } else {
                Raw::Toml(inner)
            };
            return Ok(Split {
                front: Some(front),
                body: &text[end..],
                body_offset: end,
            });
        }
        pos = end;
    }
    if delim == "---" && !looks_like_yaml_start(&text[start..]) {
        // A page that merely starts with a horizontal rule.
        return Ok(no_front);
    }
    Err(FrontMatterError {
        line: 1,
        message: format!("front-matter opened with '{delim}' is never closed"),
    })
}

/// True if the text after an opening `---` starts like a YAML mapping (`key:`).
fn looks_like_yaml_start(rest: &str) -> bool {
    rest.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            l.split_once(':').is_some_and(|(k, _)| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            })
        })
}

/// Deserialises the block and reads the known keys.
pub fn parse(raw: Raw<'_>) -> Result<FrontMatter, FrontMatterError> {
    Ok(read_keys(&parse_value(raw)?))
}

/// The known keys of a YAML block that [`parse`] refuses, read without the top-level keys
/// whose lines hold the errors (at most three): a hand-edited list indented one space off
/// ("tags:" then "   - 175h" and " - Go") should not cost the page its title and mentors.
/// The caller still reports the error.
pub fn parse_salvaged(raw: Raw<'_>) -> Option<FrontMatter> {
    let Raw::Yaml(text) = raw else { return None };
    // (Not a block nested too deep: the YAML parser's time grows with the square of the depth.)
    check_nesting(text).ok()?;
    let mut lines: Vec<&str> = text.lines().collect();
    let top = |l: &str| !l.starts_with([' ', '\t', '-', '#']) && !l.trim().is_empty();
    for _ in 0..4 {
        let error = match serde_yaml::from_str::<serde_yaml::Value>(&lines.join("\n")) {
            Ok(v) => return Some(read_keys(&yaml_to_json(v))),
            Err(e) => e,
        };
        let at = error
            .location()?
            .line()
            .checked_sub(1)?
            .min(lines.len().checked_sub(1)?);
        let start = (0..=at).rev().find(|&i| top(lines[i]))?;
        let end = (at + 1..lines.len())
            .find(|&i| top(lines[i]))
            .unwrap_or(lines.len());
        lines.drain(start..end);
        if lines.iter().all(|l| !top(l)) {
            return None;
        }
    }
    None
}

/// Deserialises the block into one generic value tree (lines of errors as in [`parse`]: the
/// opening delimiter is line 1).
pub(crate) fn parse_value(raw: Raw<'_>) -> Result<Value, FrontMatterError> {
    Ok(match raw {
        Raw::Yaml(text) => {
            if text.trim().is_empty() {
                Value::Null
            } else {
                check_nesting(text)?;
                let v: serde_yaml::Value =
                    serde_yaml::from_str(text).map_err(|e| FrontMatterError {
                        // +1 for the opening delimiter line.
                        line: e.location().map_or(1, |l| l.line() + 1),
                        message: format!(
                            "invalid YAML front-matter: {}",
                            e.to_string().lines().next().unwrap_or_default()
                        ),
                    })?;
                yaml_to_json(v)
            }
        }
        Raw::Toml(text) => {
            let v: toml::Table = toml::from_str(text).map_err(|e| FrontMatterError {
                line: e.span().map_or(1, |s| {
                    text[..s.start.min(text.len())].matches('\n').count() + 2
                }),
                message: format!("invalid TOML front-matter: {}", e.message()),
            })?;
            serde_json::to_value(v).unwrap_or(Value::Null)
        }
    })
}

/// Front-matter nested deeper than this is refused before it reaches the YAML parser, whose
/// time grows with the square of the depth.
const MAX_NESTING: usize = 64;

/// Rejects flow collections (`[`/`{`) nested deeper than [`MAX_NESTING`], in linear time,
/// naming the line where the limit is crossed.
fn check_nesting(text: &str) -> Result<(), FrontMatterError> {
    let mut depth = 0usize;
    let mut line = 2; // line 1 is the opening `---`
    let mut quote: Option<char> = None;
    let mut prev = '\0';
    for c in text.chars() {
        match (quote, c) {
            (_, '\n') => {
                line += 1;
                // Flow scalars may span lines, but quotes in plain text are rare there; a new
                // line ends a single-quoted or double-quoted run only if it was never closed.
            }
            (Some(q), ch) if ch == q && !(q == '"' && prev == '\\') => quote = None,
            (Some(_), _) => {}
            (None, '"') | (None, '\'') if depth > 0 => quote = Some(c),
            (None, '[') | (None, '{') => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(FrontMatterError {
                        line,
                        message: format!(
                            "front-matter is nested more than {MAX_NESTING} levels deep; refused"
                        ),
                    });
                }
            }
            (None, ']') | (None, '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        prev = c;
    }
    Ok(())
}

/// Converts a YAML value into the JSON value model (non-string keys are stringified).
pub(super) fn yaml_to_json(v: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        // (A float that is not finite, ".nan", is null.)
        Y::Number(n) => serde_json::to_value(n).unwrap_or(Value::Null),
        Y::String(s) => Value::String(s),
        Y::Sequence(seq) => Value::Array(seq.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    other => scalar_text(&yaml_to_json(other)).unwrap_or_default(),
                };
                out.insert(key, yaml_to_json(v));
            }
            Value::Object(out)
        }
        Y::Tagged(t) => yaml_to_json(t.value),
    }
}

#[cfg(test)]
mod tests;
