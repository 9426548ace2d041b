//! FNV-1a hashing for the parser's small tables (labels, word lists): their keys are a few
//! short words looked up for every line or name, where std's SipHash costs more than the
//! lookup itself. The tables are built from the crate's own data, not from page text.

/// The 64-bit FNV-1a hasher ([`crate::model::fnv1a`] as a `Hasher`).
#[derive(Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(crate::model::FNV1A_START)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = crate::model::fnv1a_extend(self.0, bytes);
    }
}

/// A `HashMap`/`HashSet` hasher builder for [`Fnv`].
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;
