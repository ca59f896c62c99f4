//! What a word's letters say of it, for words the corpus lexicon lacks. A transliterated name
//! seen nowhere before (فوبيار, سيغموند, شيانغ) is spelt unlike Arabic words: long vowels in odd
//! places, غ for a hard g, نغ at the end. A small softmax regression over the letter pairs,
//! triples and quadruples of each stem (hashed into [`BUCKETS`] slots) learns, from the lexicon
//! itself, which of four readings the first stage gave words spelt so: no name, a person, a
//! place, another kind of name. Its answer is a [`crate::Hint::corpus`] code with count bits 0,
//! which no lexicon entry has, so the second stage weighs the guess apart from what the corpus
//! showed.
//!
//! ```
//! use isnad_tagger::{letters::Letters, Lexicon};
//! // a lexicon where names end in -ون and words in -ة
//! let mut lex = Lexicon::default();
//! for w in ["ماريون", "جاكسون", "نيلسون", "كارسون", "بيرسون", "هاريسون"] {
//!     lex.insert(w.into(), 0x1d); // a person 70% of the time or more
//! }
//! for w in ["مدرسة", "حديقة", "سيارة", "طاولة", "مكتبة", "غرفة"] {
//!     lex.insert(w.into(), 0x03);
//! }
//! let l = Letters::train(&lex);
//! assert!(Letters::person(l.code("ديكسون")));
//! assert!(!Letters::person(l.code("مكنسة")));
//! ```

use crate::Lexicon;

/// Hashed letter n-gram slots.
pub const BUCKETS: usize = 1 << 16;
/// Readings: no name, person, place, another name.
const CLASSES: usize = 4;
/// Quantised weights are the trained ones times this.
const SCALE: f32 = 1024.0;

/// A trained letter model: per slot, one quantised weight per reading (slot 0 is the bias).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letters {
    w: Vec<[i16; CLASSES]>,
}

/// The reading a lexicon code gives a word: an entity type when the first stage tagged 30% or
/// more of its occurrences as names, else none.
fn reading(code: u8) -> usize {
    if (code >> 2) & 3 < 2 {
        return 0;
    }
    match code >> 4 {
        1 => 1,     // PER
        3 | 4 => 2, // GPE, LOC
        0 => 0,
        _ => 3, // ORG, FAC, NORP
    }
}

/// Each slot of a stem's letter pairs, triples and quadruples, with its start and end marked,
/// after the bias slot 0. (No allocation: this runs for every word the lexicon lacks.)
fn for_each_slot(stem: &str, mut f: impl FnMut(usize)) {
    f(0);
    let letters = || std::iter::once('^').chain(stem.chars()).chain(std::iter::once('$'));
    for n in 2..=4usize {
        // the last n letters, oldest first
        let mut win = ['\0'; 4];
        for (k, ch) in letters().enumerate() {
            win.copy_within(1..4, 0);
            win[3] = ch;
            if k + 1 < n {
                continue;
            }
            let mut x: u64 = 0xcbf2_9ce4_8422_2325 ^ n as u64;
            for &c in &win[4 - n..] {
                x = (x ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
            }
            x ^= x >> 29;
            x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
            x ^= x >> 32;
            // slot 0 is the bias: never a gram's
            f(1 + (x as usize) % (BUCKETS - 1));
        }
    }
}

impl Letters {
    /// Train on every stem of `lexicon` (its reading from its code): eight passes of stochastic
    /// gradient descent in a fixed order, so the same lexicon gives the same model.
    pub fn train(lexicon: &Lexicon) -> Letters {
        let mut data: Vec<(&str, usize)> = lexicon.iter().map(|(k, &c)| (&**k, reading(c))).collect();
        data.sort_unstable();
        let mut w = vec![[0f32; CLASSES]; BUCKETS];
        let mut rate = 0.2f32;
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut buf = Vec::new();
        for _ in 0..8 {
            // a seeded Fisher–Yates shuffle: each pass in its own order
            for i in (1..data.len()).rev() {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let j = ((state >> 33) as usize) % (i + 1);
                data.swap(i, j);
            }
            for &(stem, y) in &data {
                buf.clear();
                for_each_slot(stem, |s| buf.push(s));
                let p = softmax(buf.iter().fold([0f32; CLASSES], |mut z, &s| {
                    for (a, b) in z.iter_mut().zip(&w[s]) {
                        *a += b;
                    }
                    z
                }));
                for &s in &buf {
                    for (k, x) in w[s].iter_mut().enumerate() {
                        *x -= rate * (p[k] - f32::from(u8::from(k == y)));
                    }
                }
            }
            rate *= 0.6;
        }
        let q = |x: f32| (x * SCALE).round().clamp(-32767.0, 32767.0) as i16;
        Letters { w: w.iter().map(|ws| ws.map(q)).collect() }
    }

    /// The guessed [`crate::Hint::corpus`] code of a stem: count bits 0, the share of name
    /// readings in four buckets (as the lexicon's: under 5%, 30%, 70%, more), and the likeliest
    /// name reading as a type (PER, GPE, ORG) plus one.
    pub fn code(&self, stem: &str) -> u8 {
        let mut z = [0f32; CLASSES];
        for_each_slot(stem, |s| {
            if let Some(ws) = self.w.get(s) {
                for (a, &b) in z.iter_mut().zip(ws) {
                    *a += f32::from(b) / SCALE;
                }
            }
        });
        let p = softmax(z);
        let name = 1.0 - p[0];
        let share: u8 = if name < 0.05 {
            0
        } else if name < 0.3 {
            1
        } else if name < 0.7 {
            2
        } else {
            3
        };
        let top = (1..CLASSES).max_by(|&a, &b| p[a].total_cmp(&p[b]).then(b.cmp(&a))).unwrap_or(1);
        let ty: u8 = match top {
            1 => 1,
            2 => 3,
            _ => 2,
        };
        share << 2 | ty << 4
    }

    /// Whether a guessed code reads a person more likely than not.
    pub fn person(code: u8) -> bool {
        (code >> 2) & 3 >= 2 && code >> 4 == 1
    }

    /// The quantised weights, slot by slot (for the model file).
    pub fn to_bytes(&self, out: &mut Vec<u8>) {
        for ws in &self.w {
            for x in ws {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
    }

    /// Read [`Letters::to_bytes`]' output: exactly [`Letters::byte_len`] bytes.
    pub fn from_bytes(b: &[u8]) -> Option<Letters> {
        if b.len() != Self::byte_len() {
            return None;
        }
        let w = b
            .chunks_exact(2 * CLASSES)
            .map(|c| {
                let mut ws = [0i16; CLASSES];
                for (k, x) in ws.iter_mut().enumerate() {
                    *x = i16::from_le_bytes([c[2 * k], c[2 * k + 1]]);
                }
                ws
            })
            .collect();
        Some(Letters { w })
    }

    /// The size of a serialised letter model.
    pub const fn byte_len() -> usize {
        BUCKETS * CLASSES * 2
    }
}

fn softmax(z: [f32; CLASSES]) -> [f32; CLASSES] {
    let m = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e = z.map(|x| (x - m).exp());
    let s: f32 = e.iter().sum();
    e.map(|x| x / s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reading_of_a_code_needs_30_percent_names() {
        assert_eq!(reading(0x1d), 1); // PER, 70%+
        assert_eq!(reading(0x15), 0); // PER in 5-30% of uses: no name
        assert_eq!(reading(0x39), 2); // GPE in 30-70%
        assert_eq!(reading(0x03), 0);
        assert_eq!(reading(0x2d), 3); // ORG
    }

    #[test]
    fn the_model_file_round_trips() {
        let lex: Lexicon = [("دونغ".into(), 0x1d), ("كتاب".into(), 0x03)].into_iter().collect();
        let l = Letters::train(&lex);
        let mut b = Vec::new();
        l.to_bytes(&mut b);
        assert_eq!(b.len(), Letters::byte_len());
        assert_eq!(Letters::from_bytes(&b), Some(l.clone()));
        assert_eq!(Letters::from_bytes(&b[1..]), None);
    }

    #[test]
    fn guesses_have_no_count_bits() {
        let lex: Lexicon = [("دونغ".into(), 0x1d), ("كتاب".into(), 0x03)].into_iter().collect();
        let l = Letters::train(&lex);
        for w in ["شيانغ", "مدرسة", "x", ""] {
            assert_eq!(l.code(w) & 3, 0, "{w}");
        }
    }
}
