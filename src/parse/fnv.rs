//! FNV-1a hashing for the parser's small tables (labels, word lists): their keys are a few
//! short words looked up for every line or name, where std's SipHash costs more than the
//! lookup itself. The tables are built from the crate's own data, not from page text.

/// The 64-bit FNV-1a hasher.
#[derive(Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap`/`HashSet` hasher builder for [`Fnv`].
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;
