//! One module per subcommand; each takes resolved settings and returns an exit code.

pub mod import;
pub mod list;
pub mod validate;
