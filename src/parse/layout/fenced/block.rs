//! A fenced code block that may hold an idea's fields: its syntax (from the info string), its
//! content without the fences, and its top-level keys as written, each with its page line.

use crate::parse::fields::{self, Field};
use crate::parse::frontmatter::{norm_key, Raw};
use crate::parse::outline::Outline;
use std::ops::Range;

/// The syntax of a block, from its info string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Syntax {
    Yaml,
    Toml,
    /// No info string (or `text`): read as YAML only if every top-level line is a key.
    Plain,
}

/// A top-level key of a block.
#[derive(Debug)]
pub(super) struct Key {
    /// The key as written.
    pub(super) name: String,
    /// 1-based page line.
    pub(super) line: usize,
    /// The value as written: the rest of the key's line and the lines below it.
    pub(super) value: String,
    /// 1-based page line where the value starts.
    pub(super) value_line: usize,
}

/// One fenced block that may hold an idea's fields.
#[derive(Debug)]
pub(super) struct Block {
    pub(super) syntax: Syntax,
    /// 1-based page line of the opening fence.
    pub(super) fence_line: usize,
    /// 1-based column of the fence (and of the block's top-level keys).
    pub(super) column: usize,
    /// The content, without the fences and without the fence's indentation.
    pub(super) content: String,
    /// True if the content is a YAML list (`- title: ...`).
    pub(super) is_list: bool,
    pub(super) keys: Vec<Key>,
}

/// Blocks larger than this are not idea fields.
const MAX_BLOCK: usize = 64 * 1024;

impl Block {
    /// The block at `range` if its info string and keys make it a candidate (see the module
    /// docs); the content is not parsed yet.
    pub(super) fn read(doc: &Outline<'_>, range: Range<usize>) -> Option<Block> {
        let text = doc.text;
        if range.len() > MAX_BLOCK {
            return None;
        }
        let fence_line = doc.lines_index.line(range.start);
        let line_start = doc.lines_index.start(fence_line);
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let fence_text = &text[line_start..line_end];
        let fence_col = fence_text.find(['`', '~'])?;
        let marker = fence_text[fence_col..].chars().next()?;
        let run = fence_text[fence_col..].len()
            - fence_text[fence_col..].trim_start_matches(marker).len();
        let info = fence_text[fence_col + run..].trim().to_ascii_lowercase();
        let word = info
            .trim_start_matches(['{', '.'])
            .split(|c: char| c.is_whitespace() || c == ',' || c == '}')
            .next()
            .unwrap_or("");
        let syntax = match word {
            "yaml" | "yml" => Syntax::Yaml,
            "toml" => Syntax::Toml,
            "" | "text" | "txt" | "plaintext" => Syntax::Plain,
            _ => return None,
        };
        // The content lines, up to the closing fence, without the fence's indentation.
        let body = text.get(line_end.saturating_add(1).min(range.end)..range.end)?;
        let mut lines: Vec<&str> = body.lines().collect();
        if lines.last().is_some_and(|l| {
            let t = l.trim();
            t.len() >= run && t.chars().all(|c| c == marker)
        }) {
            lines.pop();
        }
        let dedent = |l: &'_ str| -> String {
            let l = l.trim_end_matches('\r');
            let spaces = l.len() - l.trim_start_matches(' ').len();
            l[spaces.min(fence_col)..].to_string()
        };
        let content: Vec<String> = lines.into_iter().map(dedent).collect();
        let first = content
            .iter()
            .map(|l| l.trim_end())
            .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
        let is_list = syntax != Syntax::Toml && (first.starts_with("- ") || first == "-");
        let keys = if is_list {
            Vec::new()
        } else {
            top_keys(&content, syntax, fence_line + 1)?
        };
        if !is_list && idea_kinds(&keys) < 2 {
            return None;
        }
        if is_list && !content.iter().any(|l| title_key(l)) {
            return None;
        }
        Some(Block {
            syntax,
            fence_line,
            column: fence_text[..fence_col].chars().count() + 1,
            content: content.join("\n") + "\n",
            is_list,
            keys,
        })
    }

    pub(super) fn raw(&self) -> Raw<'_> {
        match self.syntax {
            Syntax::Toml => Raw::Toml(&self.content),
            Syntax::Yaml | Syntax::Plain => Raw::Yaml(&self.content),
        }
    }

    /// Line of the block's title key, if it has one.
    pub(super) fn title_line(&self) -> Option<usize> {
        ["title", "name"].iter().find_map(|t| {
            self.keys
                .iter()
                .find(|k| norm_key(&k.name) == *t)
                .map(|k| k.line)
        })
    }
}

/// A list item's title key: "- title:" or "  name:".
pub(super) fn title_key(line: &str) -> bool {
    let t = line.trim_start().trim_start_matches("- ").trim_start();
    t.starts_with("title:") || t.starts_with("name:")
}

/// The top-level keys of the content (whose first line is page line `first_line`), each with
/// its value as written; `None` for a plain block with a top-level line that is not a key.
pub(super) fn top_keys(content: &[String], syntax: Syntax, first_line: usize) -> Option<Vec<Key>> {
    let mut keys: Vec<Key> = Vec::new();
    // In TOML, the keys below a `[table]` header are the table's.
    let mut in_table = false;
    for (i, line) in content.iter().enumerate() {
        let t = line.trim();
        let top = !line.starts_with([' ', '\t']);
        let key = if !top || t.is_empty() || t.starts_with('#') {
            None
        } else if syntax == Syntax::Toml {
            match t.strip_prefix('[') {
                Some(table) => {
                    in_table = true;
                    table
                        .trim_start_matches('[')
                        .split([']', '.'])
                        .next()
                        .map(|k| (k.trim(), ""))
                }
                None if in_table => None,
                None => t.split_once('=').map(|(k, v)| (k.trim(), v.trim())),
            }
        } else {
            line.split_once(':')
                .filter(|(_, v)| v.is_empty() || v.starts_with([' ', '\t']))
                .map(|(k, v)| (k.trim_end(), v.trim()))
        };
        match key.filter(|(k, _)| is_key(k)) {
            Some((name, value)) => {
                let line_no = first_line + i;
                keys.push(Key {
                    name: name.trim_matches(['"', '\'']).to_string(),
                    line: line_no,
                    value: value.to_string(),
                    value_line: if value.is_empty() {
                        line_no + 1
                    } else {
                        line_no
                    },
                });
            }
            None if top && !t.is_empty() && !t.starts_with('#') && syntax == Syntax::Plain => {
                // Prose or code at the top level: not a YAML map.
                return None;
            }
            None => {
                if let Some(k) = keys.last_mut().filter(|_| !t.is_empty()) {
                    if !k.value.is_empty() {
                        k.value.push('\n');
                    }
                    k.value.push_str(t);
                }
            }
        }
    }
    Some(keys)
}

pub(super) fn is_key(k: &str) -> bool {
    let k = k.trim_matches(['"', '\'']);
    !k.is_empty()
        && k.len() <= 48
        && k.chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == ' ')
}

/// The field a key names, by the label table (and whether it is a known misspelling).
pub(super) fn field_of(key: &str) -> Option<(Field, bool)> {
    fields::lookup(&fields::normalize_label(&key.replace('-', "_")))
}

/// Number of distinct idea fields the keys name.
pub(super) fn idea_kinds(keys: &[Key]) -> usize {
    let fields = keys
        .iter()
        .filter_map(|k| field_of(&k.name).map(|(f, _)| f));
    Field::count_distinct(fields.filter(|f| f.is_core()))
}
