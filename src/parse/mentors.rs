//! TEMPORARY stub until the real parser lands.
use crate::model::Mentor;
pub fn parse_mentors(text: &str) -> Vec<Mentor> { text.lines().map(|l| l.trim().trim_start_matches("- ").trim()).filter(|l| !l.is_empty()).map(|l| Mentor { name: Some(l.to_string()), github: None, email: None }).collect() }
