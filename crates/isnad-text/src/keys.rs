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
/// stem. All keys live in one buffer that begins with the raw text: a document's keys cost two
/// allocations, not two per token.
#[derive(Debug, Clone, Default)]
pub struct TokenKeys {
    buf: String,
    /// Per token: (full start, full end, stem start, stem end) in `buf`.
    at: Vec<[u32; 4]>,
}

impl TokenKeys {
    pub fn new(raw: &str, toks: &[Token]) -> Self {
        let n = lossy();
        // the buffer starts with the raw text: a token no rule changes (most of them) keys to
        // its own bytes there, and only changed keys are appended
        let mut buf = String::with_capacity(raw.len() + raw.len() / 4);
        buf.push_str(raw);
        let mut at = Vec::with_capacity(toks.len());
        for t in toks {
            let a = buf.len() as u32;
            let marks = [(t.stem.start - t.span.start) as usize, (t.stem.end - t.span.start) as usize];
            match n.normalize_changed(t.text(raw), &mut buf, marks) {
                None => at.push([t.span.start, t.span.end, t.stem.start, t.stem.end]),
                // normalisation is char by char, so the stem's key is the middle of the
                // token's: the pass notes where the stem's chars land
                Some([c, d]) => at.push([a, buf.len() as u32, c as u32, d as u32]),
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
