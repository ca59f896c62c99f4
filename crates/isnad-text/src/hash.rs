//! A fast hasher for the lexicon tables that every token is looked up in.
//!
//! The standard library's SipHash guards maps that take keys from an adversary; the tables
//! here are built from the project's own word lists and only *queried* with text, so a
//! multiply–rotate hash over 8-byte words (the scheme of Firefox's and rustc's "Fx" hash) is
//! enough and several times cheaper on short Arabic keys.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Multiply–rotate hasher for short keys.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x517c_c1b7_2722_0a95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // little-endian words, the tail zero-padded; gathered with loads and shifts, since a
        // copy of a variable-length tail costs a call on keys this short
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(c.try_into().map_or(0, u64::from_le_bytes));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(rest.iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b)));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Build-hasher for [`FastMap`] and [`FastSet`].
pub type FastBuild = BuildHasherDefault<FastHasher>;
/// A `HashMap` with [`FastHasher`], for lexicons built from the project's own data.
pub type FastMap<K, V> = HashMap<K, V, FastBuild>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = HashSet<K, FastBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_map_finds_what_was_inserted_and_nothing_else() {
        let mut m: FastMap<&str, u8> = FastMap::default();
        for (i, w) in ["الف", "مليون", "مارس", "a", "", "abcdefghij"].iter().enumerate() {
            m.insert(w, i as u8);
        }
        assert_eq!(m.get("مارس"), Some(&2));
        assert_eq!(m.get("abcdefghij"), Some(&5));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("مارسس"), None);
        assert_eq!(m.get("abcdefghi"), None);
    }
}
