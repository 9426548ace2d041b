//! Output: tables for people, JSON for programs.

pub mod canonical;
pub mod diagnostics;
pub mod json;
pub mod lines;
pub mod table;
pub mod terminal;
pub mod text;
