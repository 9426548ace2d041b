//! Keeping current: the sources registry, fetching pages over HTTP with cache validators, the
//! cache of raw pages and the one index file the reading commands answer from.
//!
//! Organisations publish their idea pages in their own repositories and change them during a
//! season; the bundled catalog is a snapshot. `ideas sync` fetches every registered page,
//! keeps the raw bytes in the user's cache folder and writes the parsed ideas to one index, so
//! queries afterwards need neither the network nor the Markdown parser.

pub mod registry;
