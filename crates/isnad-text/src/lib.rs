//! Text primitives for isnad: byte spans over an immutable raw text, Arabic normalised
//! views that map back to raw offsets, tokens with clitic segmentation, and sentences.
//!
//! Nothing here allocates a second copy of the document except the normalised view itself.
//! Every offset is a byte offset into the raw `&str`; the report converts to code points
//! at its boundary.
//!
//! ```
//! use isnad_text::{Normalizer, tokenize, sentences};
//! let raw = "وقالت الـمتحدثة «إنّ الأمر انتهى». ثم غادرت.";
//! let view = Normalizer::lossy().view(raw);
//! let hit = view.text.find("المتحدثه").unwrap();          // found in the folded view…
//! let span = view.to_raw(hit, hit + "المتحدثه".len());    // …and mapped back to raw bytes
//! assert_eq!(span.slice(raw), "الـمتحدثة");
//! let toks = tokenize(raw);
//! assert_eq!(toks[0].stem.slice(raw), "قالت");          // the conjunction و is a proclitic
//! assert_eq!(sentences(raw).len(), 2);
//! ```

mod chars;
pub mod hash;
mod keys;
mod normalize;
mod sentence;
mod span;
mod token;

pub use chars::*;
pub use hash::{FastHasher, FastMap, FastSet};
pub use keys::{key, lossy, TokenKeys};
pub use normalize::{fold_presentation_letters, NormView, Normalizer, Rule};
pub use sentence::{lines, sentences};
pub use span::Span;
pub use token::{tokenize, Token, TokenKind};

/// Convert a byte offset into a code-point offset. Used only at output boundaries.
pub fn char_offset(raw: &str, byte: usize) -> usize {
    let byte = byte.min(raw.len());
    raw.get(..byte).map_or_else(|| raw[..floor_char_boundary(raw, byte)].chars().count(), |s| s.chars().count())
}

/// Largest char boundary `<= i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Precomputed byte → code-point table for one text, for converting many offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `(byte, char)` checkpoints for each non-ASCII char, so ASCII-heavy text stays small.
    marks: Vec<(u32, u32)>,
    len: u32,
}

impl CharIndex {
    pub fn new(raw: &str) -> Self {
        let mut marks = Vec::new();
        let mut extra = 0u32; // bytes beyond one per char so far
        for (b, c) in raw.char_indices() {
            let l = c.len_utf8() as u32;
            if l > 1 {
                extra += l - 1;
                marks.push((b as u32 + l, (b as u32 + l) - extra));
            }
        }
        CharIndex { marks, len: raw.len() as u32 }
    }
    /// Code-point offset of byte offset `b` (which must be a char boundary).
    pub fn chars(&self, b: u32) -> u32 {
        let b = b.min(self.len);
        match self.marks.partition_point(|&(mb, _)| mb <= b) {
            0 => b,
            i => {
                let (mb, mc) = self.marks[i - 1];
                mc + (b - mb)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn char_index_matches_count() {
        let s = "ab قسد c «داعش» 12";
        let ix = CharIndex::new(s);
        for (b, _) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            assert_eq!(ix.chars(b as u32) as usize, s[..b].chars().count());
        }
    }
}
