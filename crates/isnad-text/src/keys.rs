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

/// Keys of a token sequence: `full[i]` is the lossy form of token `i`, `stem[i]` that of its stem.
#[derive(Debug, Clone, Default)]
pub struct TokenKeys {
    pub full: Vec<String>,
    pub stem: Vec<String>,
}

impl TokenKeys {
    pub fn new(raw: &str, toks: &[Token]) -> Self {
        let n = lossy();
        let mut full = Vec::with_capacity(toks.len());
        let mut stem = Vec::with_capacity(toks.len());
        for t in toks {
            let f = n.normalize(t.text(raw));
            let s = if t.stem == t.span { f.clone() } else { n.normalize(t.stem.slice(raw)) };
            full.push(f);
            stem.push(s);
        }
        TokenKeys { full, stem }
    }
    pub fn full(&self, i: usize) -> &str {
        self.full.get(i).map_or("", String::as_str)
    }
    pub fn stem(&self, i: usize) -> &str {
        self.stem.get(i).map_or("", String::as_str)
    }
}
