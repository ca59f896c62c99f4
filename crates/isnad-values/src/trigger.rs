//! Which tokens can start a value mention, so the matchers run only there.
//!
//! Every matcher begins at a word or a number, never at a punctuation mark, by comparing its
//! first token with a word from a table or a literal in the matcher's own source, or by reading
//! digits. The trigger set is therefore built from those
//! sources themselves (every quoted word in them, folded like the text), so a rule added later
//! is covered without a second list to keep in step. Tokens that match no form of any such word
//! are skipped: in news prose that is about nine tokens in ten (SaudiNewsNet), and the matchers' cost with
//! them. `tests::prefilter_changes_nothing` and `isnad values --no-prefilter` check that the
//! output is the same with and without it.

use isnad_text::{FastHasher, FastSet, TokenKind};
use std::hash::Hasher;
use std::sync::OnceLock;

use crate::times::Ctx;

// The quoted words of the matcher sources, extracted at build time by `build.rs` with
// `literals.rs` (reading ~150 KB of source at start-up cost more than a short run's matching).
include!(concat!(env!("OUT_DIR"), "/trigger_words.rs"));

fn words() -> &'static FastSet<String> {
    static W: OnceLock<FastSet<String>> = OnceLock::new();
    W.get_or_init(|| TRIGGER_WORDS.iter().map(|w| isnad_text::key(w)).collect())
}

/// The trigger words as a one-hash Bloom filter: each word sets one bit of a 2^19-bit table
/// (64 KiB, a few thousand words, so about one probe in a hundred is a false hit). A false hit
/// only lets a token through to the matchers, which then find nothing; a word of the set always
/// hits. One multiply per 8 bytes and one bit test, where the set needed a probe and a compare.
struct Bloom {
    bits: Vec<u64>,
}

const BLOOM_BITS: u32 = 19;

impl Bloom {
    #[inline]
    fn slot(s: &str) -> usize {
        let mut h = FastHasher::default();
        h.write(s.as_bytes());
        (h.finish() >> (64 - BLOOM_BITS)) as usize
    }
    fn new(words: &FastSet<String>) -> Self {
        let mut bits = vec![0u64; 1 << (BLOOM_BITS - 6)];
        for w in words {
            let i = Self::slot(w);
            bits[i >> 6] |= 1 << (i & 63);
        }
        Bloom { bits }
    }
    #[inline]
    fn may_contain(&self, s: &str) -> bool {
        let i = Self::slot(s);
        self.bits.get(i >> 6).is_some_and(|w| w & (1 << (i & 63)) != 0)
    }
}

fn bloom() -> &'static Bloom {
    static B: OnceLock<Bloom> = OnceLock::new();
    B.get_or_init(|| Bloom::new(words()))
}

/// The forms of a key a matcher may compare: as it is, without a leading conjunction or
/// preposition, and without the article.
fn known(set: &Bloom, k: &str) -> bool {
    if set.may_contain(k) {
        return true;
    }
    // the letters compared as UTF-8 bytes (و ف ل ك are D9 88/81/84/83, ب D8 A8; ال D8 A7 D9 84):
    // this runs for most tokens of every text
    let k1 = match k.as_bytes() {
        [0xD9, 0x88 | 0x81 | 0x84 | 0x83, ..] | [0xD8, 0xA8, ..] => k.get(2..).unwrap_or(k),
        _ => k,
    };
    let k2 = match k1.as_bytes() {
        [0xD8, 0xA7, 0xD9, 0x84, ..] => k1.get(4..).unwrap_or(k1),
        [0xD9, 0x84, ..] => k1.get(2..).unwrap_or(k1),
        _ => k1,
    };
    (k1.len() != k.len() && set.may_contain(k1)) || (k2.len() != k1.len() && set.may_contain(k2))
}

/// Function words that some rule begins with (في أوائل آذار, ما بين 10 و20, منذ 9 فبراير) but
/// that are among the most frequent words of any Arabic text. Such a word starts a mention only
/// when a stronger trigger follows within [`WEAK_REACH`] tokens; every rule that begins with
/// one reaches its month, number or time word by then.
const WEAK: &[&str] = &[
    "في",
    "من",
    "علي",
    "ان",
    "الي",
    "التي",
    "عن",
    "مع",
    "ما",
    "الذي",
    "او",
    "لا",
    "هذا",
    "هذه",
    "كان",
    "كل",
    "كما",
    "لم",
    "حتي",
    "قد",
    "له",
    "الا",
    "ثم",
    "الذين",
    "و",
    "وان",
    "بان",
    "فان",
    "به",
    "عند",
    "بما",
    "وما",
    "لدي",
    "قال",
    "وقال",
    "واضاف",
    "والتي",
    "ومن",
    "وفي",
    "ولا",
    "وقد",
    "ولم",
    "وعلي",
    "خلال",
    "بعد",
    "بين",
    "قبل",
    "منذ",
];
const WEAK_REACH: usize = 3;
/// The longest weak word in bytes (checked by `tests::weak_words_fit_the_length_bound`).
const WEAK_MAX_BYTES: usize = 10;

fn weak() -> &'static FastSet<&'static str> {
    static W: OnceLock<FastSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| WEAK.iter().copied().collect())
}

/// `out[i - range.start]` is true where token `i` may start a value.
pub(crate) fn mark(c: &Ctx, range: std::ops::Range<usize>) -> Vec<bool> {
    let set = bloom();
    let weak = weak();
    // 0 no trigger, 1 weak trigger, 2 strong trigger
    let level: Vec<u8> = range
        .clone()
        .map(|i| {
            let hit = match c.toks[i].kind {
                TokenKind::Number | TokenKind::Latin => true,
                // no rule starts at a mark: brackets, separators and colons sit inside or after
                // a mention, and a currency sign is read back from its number (`$ 10`)
                TokenKind::Punct => return 0,
                TokenKind::Arabic => {
                    let (f, s) = (c.full(i), c.stem(i));
                    known(set, f) || (s != f && set.may_contain(s))
                }
            };
            match hit {
                false => 0,
                // every weak word is short: the length test spares most hits a lookup
                true if c.full(i).len() <= WEAK_MAX_BYTES && weak.contains(c.full(i)) => 1,
                true => 2,
            }
        })
        .collect();
    let n = level.len();
    (0..n).map(|j| level[j] == 2 || (level[j] == 1 && level[j + 1..(j + 1 + WEAK_REACH).min(n)].contains(&2))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_words_reads_strings_and_steps_over_char_literals() {
        let mut s = FastSet::default();
        crate::literals::literal_words("let a = '\"'; match x { \"مارس\" | \"كانون الثاني\" => 1, _ if c == 'و' => 2 } // \"الجمعة\"\nlet d = '/'; \"امس\"", &mut s);
        for w in ["مارس", "كانون", "الثاني", "امس"] {
            assert!(s.contains(w), "{w} missing from {s:?}");
        }
        assert_eq!(s.len(), 4, "{s:?}");
    }

    /// The list `build.rs` wrote is what the sources say now.
    #[test]
    fn build_time_words_match_the_sources() {
        let mut now = std::collections::BTreeSet::new();
        for path in crate::literals::SOURCES {
            let src = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("matcher source");
            crate::literals::literal_words(&src, &mut now);
        }
        let built: std::collections::BTreeSet<String> = TRIGGER_WORDS.iter().map(|w| w.to_string()).collect();
        assert_eq!(built, now);
    }

    #[test]
    fn the_sources_yield_the_table_words() {
        let w = words();
        for k in ["مارس", "اذار", "جمعه", "عشرات", "دولار", "امس", "الان", "رمضان"] {
            assert!(w.contains(k), "{k}");
        }
        // role cues live in roles.rs: they never start a mention
        assert!(!w.contains("الحكومه") && !w.contains("قتلي"));
    }

    #[test]
    fn byte_level_stripping_agrees_with_the_letters() {
        for (c, b) in [('و', [0xD9, 0x88]), ('ف', [0xD9, 0x81]), ('ل', [0xD9, 0x84]), ('ك', [0xD9, 0x83]), ('ب', [0xD8, 0xA8]), ('ا', [0xD8, 0xA7])] {
            let mut buf = [0u8; 4];
            assert_eq!(c.encode_utf8(&mut buf).as_bytes(), b, "{c}");
        }
        let set = Bloom::new(&["شهر".to_string()].into_iter().collect());
        for w in ["شهر", "والشهر", "بالشهر", "للشهر", "فشهر", "الشهر", "لشهر"] {
            assert!(known(&set, w), "{w}");
        }
    }

    #[test]
    fn weak_words_fit_the_length_bound() {
        assert!(WEAK.iter().all(|w| w.len() <= WEAK_MAX_BYTES), "raise WEAK_MAX_BYTES");
        assert!(WEAK.iter().any(|w| w.len() == WEAK_MAX_BYTES), "lower WEAK_MAX_BYTES");
    }

    #[test]
    fn the_bloom_filter_holds_every_word_and_rejects_most_others() {
        let (w, b) = (words(), bloom());
        assert!(w.iter().all(|k| b.may_contain(k)));
        // words no rule starts with: at most a few false hits
        let others = [
            "الحكومه",
            "قتلي",
            "وزير",
            "الخارجيه",
            "السعوديه",
            "المملكه",
            "الرياض",
            "التعليم",
            "المواطنين",
            "الصحه",
            "مجلس",
            "الامن",
            "القوات",
            "الشركه",
            "المشروع",
            "الطلاب",
            "العربيه",
            "الدوله",
            "المدينه",
            "الملك",
        ];
        let false_hits = others.iter().filter(|k| !w.contains(**k) && b.may_contain(k)).count();
        assert!(false_hits <= 2, "{false_hits} false hits");
    }
}
