//! One module per subcommand; each takes resolved settings and returns an exit code.

pub mod complete;
pub mod empty;
pub mod export;
pub mod facets;
pub mod import;
pub mod list;
pub mod man;
pub mod new;
pub mod orgs;
pub mod search;
pub mod show;
pub mod sources;
pub mod sync;
pub mod validate;
