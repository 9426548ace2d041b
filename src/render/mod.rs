//! Output: tables for people, JSON for programs.

pub mod json;
pub mod table;
