//! Facts written without labels on the first short lines of a description ("90, 175 or
//! 350 hours", "Level of difficulty: Hard").

use super::*;

impl IdeaBuilder {
    /// Size and difficulty from the short first lines of the description that state them
    /// without labels: "90, 175 or 350 hours", "1 contributor large-size (350 hours), Level of
    /// difficulty: Hard", possibly below a short tag line ("**Security-related project**"). A
    /// longer line is prose, where hours are not the idea's size: the first one ends the search.
    pub(super) fn lead_line_facts(&mut self) {
        let Some(desc) = self.description.as_deref() else {
            return;
        };
        let short_lines: Vec<String> = desc
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            // A list's items are parts of the idea (milestones), not its size.
            .take_while(|l| !["- ", "* ", "+ "].iter().any(|m| l.starts_with(m)))
            .map(strip_md)
            .take_while(|l| l.split_whitespace().count() <= 16)
            .take(3)
            .collect();
        for line in &short_lines {
            if self.hours.is_empty() {
                self.hours = hours_with_unit(line);
            }
            if self.difficulty.is_none() {
                self.difficulty = difficulty_after_label(line);
            }
        }
    }
}

/// The level written after the word "difficulty" in a line ("Level of difficulty: Hard").
fn difficulty_after_label(line: &str) -> Option<Difficulty> {
    let lower = line.to_lowercase();
    let at = lower.find("difficulty")?;
    let rest = lower[at + "difficulty".len()..]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches("level")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let value = rest.split([',', ';', '.', '(']).next().unwrap_or("");
    Difficulty::parse(value.trim())
}
