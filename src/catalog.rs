//! The bundled catalog: every `ideas/**/*.md` file, compiled into the binary by `src/build.rs`.

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The bundled files as (path, contents), sorted by path.
pub fn files() -> &'static [(&'static str, &'static str)] {
    FILES
}
