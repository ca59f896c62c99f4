//! Lossy matching keys per token, computed once per document and shared by the stages
//! that look words up in lexicons (values, entities, attribution).

use crate::normalize::Normalizer;
use crate::token::Token;
use std::sync::OnceLock;

/// The shared lossy normaliser.
pub fn lossy() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(Normalizer::lossy)
}

/// Lossy key of any string (for building lexicons with the same folding as the text).
pub fn key(s: &str) -> String {
    lossy().normalize(s)
}

/// Keys of a token sequence: `full(i)` is the lossy form of token `i`, `stem(i)` that of its
/// stem. All keys live in one buffer: a document's keys cost two allocations, not two per token.
#[derive(Debug, Clone, Default)]
pub struct TokenKeys {
    buf: String,
    /// Per token: (full start, full end, stem start, stem end) in `buf`.
    at: Vec<[u32; 4]>,
}

impl TokenKeys {
    pub fn new(raw: &str, toks: &[Token]) -> Self {
        let n = lossy();
        let mut buf = String::with_capacity(raw.len() + raw.len() / 4);
        let mut at = Vec::with_capacity(toks.len());
        for t in toks {
            let a = buf.len() as u32;
            let untouched = n.normalize_into(t.text(raw), &mut buf);
            let b = buf.len() as u32;
            if t.stem == t.span {
                at.push([a, b, a, b]);
            } else if untouched {
                // the key is the token itself: the stem sits at the same offsets
                let (c, d) = (t.stem.start - t.span.start, t.stem.end - t.span.start);
                at.push([a, b, a + c, a + d]);
            } else {
                // normalisation is char by char, so the stem's key is the middle of the
                // token's: normalise prefix, stem and suffix in turn and keep the boundaries
                buf.truncate(a as usize);
                n.normalize_into(t.prefix(raw), &mut buf);
                let c = buf.len() as u32;
                n.normalize_into(t.stem.slice(raw), &mut buf);
                let d = buf.len() as u32;
                n.normalize_into(t.suffix(raw), &mut buf);
                at.push([a, buf.len() as u32, c, d]);
            }
        }
        TokenKeys { buf, at }
    }
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.at.len()
    }
    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }
    /// Lossy key of token `i` ("" past the end).
    pub fn full(&self, i: usize) -> &str {
        self.at.get(i).and_then(|r| self.buf.get(r[0] as usize..r[1] as usize)).unwrap_or("")
    }
    /// Lossy key of token `i`'s stem ("" past the end).
    pub fn stem(&self, i: usize) -> &str {
        self.at.get(i).and_then(|r| self.buf.get(r[2] as usize..r[3] as usize)).unwrap_or("")
    }
    /// Every stem key, in token order.
    pub fn stems(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.stem(i))
    }
}
