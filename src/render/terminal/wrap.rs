//! Inline text as styled runs, split into words and wrapped to a width: the lines of
//! [`super::render_markdown`] and [`wrap`].

use super::{char_width, paint};

/// Plain text (already sanitized) wrapped to `width` columns: words are kept whole (a word wider
/// than `width` gets a line of its own), and East Asian wide characters may break anywhere.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let runs = [Run {
        text: text.to_string(),
        style: Style::default(),
    }];
    let atoms = atoms(&runs);
    wrap_atoms(&atoms, width.max(1))
        .into_iter()
        .map(|line| render_line(&line, false))
        .collect()
}

/// How a run of inline text looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Style {
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) underline: bool,
    pub(super) code: bool,
    pub(super) dim: bool,
    pub(super) strike: bool,
}

impl Style {
    /// The SGR parameters of this style.
    fn sgr(self) -> String {
        let codes = [
            (self.bold, "1"),
            (self.dim, "2"),
            (self.italic, "3"),
            (self.underline, "4"),
            (self.strike, "9"),
            (self.code, "36"),
        ];
        let on: Vec<&str> = codes.iter().filter(|c| c.0).map(|c| c.1).collect();
        on.join(";")
    }
}

/// Inline text with one style, or a forced line break.
#[derive(Debug, Clone)]
pub(super) struct Run {
    pub(super) text: String,
    pub(super) style: Style,
}

/// The unit of wrapping: a word (or one wide character), possibly in several styles.
#[derive(Debug, Clone, Default)]
pub(super) struct Atom {
    pub(super) runs: Vec<Run>,
    pub(super) width: usize,
    /// Separated from the previous atom by a space (when on the same line).
    pub(super) space_before: bool,
    /// A forced line break (`<br>`, hard break) rather than text.
    pub(super) line_break: bool,
}

impl Atom {
    fn push(&mut self, c: char, style: Style) {
        self.width += char_width(c);
        match self.runs.last_mut() {
            Some(r) if r.style == style => r.text.push(c),
            _ => self.runs.push(Run {
                text: c.to_string(),
                style,
            }),
        }
    }
}

/// Splits inline runs into atoms at whitespace and around wide characters. A run holding just
/// "\n" with `LINE_BREAK` style marks a forced break.
pub(super) fn atoms(runs: &[Run]) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::new();
    let mut cur = Atom::default();
    let mut space = false;
    let finish = |cur: &mut Atom, out: &mut Vec<Atom>| {
        if !cur.runs.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for run in runs {
        if run.style == LINE_BREAK && run.text == "\n" {
            finish(&mut cur, &mut out);
            out.push(Atom {
                line_break: true,
                ..Atom::default()
            });
            space = false;
            continue;
        }
        for c in run.text.chars() {
            if c.is_whitespace() {
                finish(&mut cur, &mut out);
                space = true;
            } else if char_width(c) == 2 {
                finish(&mut cur, &mut out);
                let mut a = Atom {
                    space_before: space,
                    ..Atom::default()
                };
                a.push(c, run.style);
                out.push(a);
                space = false;
            } else {
                if cur.runs.is_empty() {
                    cur.space_before = space;
                    space = false;
                }
                cur.push(c, run.style);
            }
        }
    }
    finish(&mut cur, &mut out);
    out
}

/// A style no real text has, marking a forced line break run.
pub(super) const LINE_BREAK: Style = Style {
    bold: true,
    italic: true,
    underline: true,
    code: true,
    dim: true,
    strike: true,
};

/// Greedy wrapping of atoms into lines at most `width` columns wide (a single atom wider than
/// `width` overflows on its own line).
pub(super) fn wrap_atoms(atoms: &[Atom], width: usize) -> Vec<Vec<Atom>> {
    let mut lines: Vec<Vec<Atom>> = Vec::new();
    let mut line: Vec<Atom> = Vec::new();
    let mut used = 0usize;
    for atom in atoms {
        if atom.line_break {
            lines.push(std::mem::take(&mut line));
            used = 0;
            continue;
        }
        let sep = usize::from(!line.is_empty() && atom.space_before);
        if !line.is_empty() && used + sep + atom.width > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        let sep = usize::from(!line.is_empty() && atom.space_before);
        used += sep + atom.width;
        line.push(atom.clone());
    }
    if !line.is_empty() {
        lines.push(line);
    }
    // A trailing forced break adds no empty last line.
    while lines.last().is_some_and(|l| l.is_empty()) && lines.len() > 1 {
        lines.pop();
    }
    lines
}

/// One line of atoms as text; neighbouring text of one style (and the spaces between) is
/// painted as one piece.
pub(super) fn render_line(line: &[Atom], color: bool) -> String {
    let mut pieces: Vec<(String, Style)> = Vec::new();
    let mut add = |text: &str, style: Style| match pieces.last_mut() {
        Some((t, s)) if *s == style => t.push_str(text),
        _ => pieces.push((text.to_string(), style)),
    };
    let mut prev: Option<Style> = None;
    for (i, atom) in line.iter().enumerate() {
        let first = atom.runs.first().map(|r| r.style);
        if i > 0 && atom.space_before {
            let style = if prev == first {
                prev.unwrap_or_default()
            } else {
                Style::default()
            };
            add(" ", style);
        }
        for run in &atom.runs {
            add(&run.text, run.style);
        }
        prev = atom.runs.last().map(|r| r.style);
    }
    pieces
        .iter()
        .map(|(t, s)| paint(t, &s.sgr(), color))
        .collect()
}
