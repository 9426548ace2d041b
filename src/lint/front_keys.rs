//! Where each top-level key of a page's front-matter is written, so findings about an idea read
//! from front-matter (a canonical idea file) point at the key (`mentors:` on line 9, column 1)
//! rather than at the opening `---`.
//!
//! The parser reads front-matter into values without positions; this is a line scan of the raw
//! block: a top-level key is a line at column 1 that starts `key:` (YAML) or `key =` / `[key]`
//! (TOML). A key's block runs to the line before the next top-level key.

use crate::parse::fields::Field;
use crate::parse::frontmatter::{key_field as field_of, norm_key, split, Raw};

/// One top-level key of the front-matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontKey {
    /// The field the key holds, if it is one the validator reports on.
    pub field: Option<Field>,
    /// Whether the key is the idea's title.
    pub is_title: bool,
    /// 1-based line of the key in the page (a top-level key is at column 1).
    pub line: usize,
    /// 1-based last line of the key's value.
    pub last_line: usize,
}

/// The keys of a page's front-matter, in order; empty when the page has none.
#[derive(Debug, Clone, Default)]
pub struct FrontKeys {
    keys: Vec<FrontKey>,
    /// 1-based line of the closing delimiter (0 without front-matter).
    end_line: usize,
}

impl FrontKeys {
    /// Scans the front-matter of `text`, if it has one.
    pub fn scan(text: &str) -> FrontKeys {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let Ok(split) = split(text) else {
            return FrontKeys::default();
        };
        let (raw, toml) = match split.front {
            Some(Raw::Yaml(r)) => (r, false),
            Some(Raw::Toml(r)) => (r, true),
            None => return FrontKeys::default(),
        };
        let end_line = text[..split.body_offset].lines().count();
        // (Room for the keys of a canonical idea file from the start.)
        let mut keys: Vec<FrontKey> = Vec::with_capacity(16);
        let mut in_table = false;
        // Line 1 is the opening delimiter.
        for (i, line) in raw.lines().enumerate() {
            let line_no = i + 2;
            let name = if toml {
                if line.starts_with('[') {
                    in_table = true;
                    line.trim_start_matches('[')
                        .split([']', '.'])
                        .next()
                        .map(str::trim)
                } else if in_table {
                    None
                } else {
                    line.split_once('=').map(|(k, _)| k.trim())
                }
            } else if line.starts_with([' ', '\t', '-', '#']) {
                // Not a top-level key (asked first: most lines of a block are its items).
                None
            } else {
                line.split_once(':').map(|(k, _)| k.trim_end())
            };
            let Some(name) = name.filter(|k| is_key(k)) else {
                if let Some(last) = keys.last_mut() {
                    if !line.trim().is_empty() {
                        last.last_line = line_no;
                    }
                }
                continue;
            };
            let norm = norm_key(name.trim_matches(['"', '\'']));
            keys.push(FrontKey {
                field: field_of(&norm),
                is_title: matches!(norm.as_str(), "title" | "name"),
                line: line_no,
                last_line: line_no,
            });
        }
        FrontKeys { keys, end_line }
    }

    /// 1-based line of the block's closing delimiter; 0 when the page has no front-matter.
    pub fn end_line(&self) -> usize {
        self.end_line
    }

    /// The first key holding `field`.
    pub fn field(&self, field: Field) -> Option<&FrontKey> {
        self.keys.iter().find(|k| k.field == Some(field))
    }

    /// The title key.
    pub fn title(&self) -> Option<&FrontKey> {
        self.keys.iter().find(|k| k.is_title)
    }

    /// True when the page has no front-matter keys.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

fn is_key(k: &str) -> bool {
    let k = k.trim_matches(['"', '\'']);
    !k.is_empty()
        && k.chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_keys_and_their_blocks() {
        let text = "---\ntitle: \"A\"\norg: X\nmentors:\n  - name: Ann\n    github: ann\n\nskills: [Go]\n---\nbody\n";
        let k = FrontKeys::scan(text);
        let m = k.field(Field::Mentors).unwrap();
        assert_eq!((m.line, m.last_line), (4, 6));
        assert_eq!(k.field(Field::Skills).unwrap().line, 8);
        assert_eq!(k.title().unwrap().line, 2);
        assert!(k.field(Field::Difficulty).is_none());
        assert_eq!(k.end_line(), 9);
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(norm_key(" Expected-Outcomes "), "expected_outcomes");
        assert_eq!(norm_key("Upstream Issue URL"), "upstream_issue_url");
        assert_eq!(field_of(&norm_key("mentörs")), None);
        assert_eq!(field_of(&norm_key("Project-Mentors")), Some(Field::Mentors));
        assert_eq!(field_of(&norm_key("CNCF Project")), Some(Field::Component));
        assert_eq!(field_of(&norm_key("tags")), None);
    }

    #[test]
    fn toml_keys_and_no_front_matter() {
        let text = "+++\ntitle = \"A\"\nhours = 175\n[extra]\nmentors = 1\n+++\n";
        let k = FrontKeys::scan(text);
        assert_eq!(k.field(Field::Size).unwrap().line, 3);
        // Keys inside a table are not top-level.
        assert!(k.field(Field::Mentors).is_none());
        assert!(FrontKeys::scan("# Title\n\nmentors: x\n").is_empty());
    }
}
