//! Property tests: every offset the text layer hands out lands on the raw surface.

use isnad_text::{sentences, tokenize, Normalizer};
use proptest::prelude::*;

fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قسد", "الـ", "داعش", "ٌ", "ّ", "ـ", "\u{200F}", "\u{200C}", "\u{FEFF}", "ﻻ", "ﷲ", "٢٠١٩", "۱۲", "1,500", "«", "»", "\"", "“", " ", "\n", ".", "؟", "،", "أ.ف.ب", "إ", "آ", "ى", "ة", "و", "بال",
        "لل", "ABC", "é", "🙂", "\u{00A0}", "٫", "(", ")",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn views_map_to_char_boundaries(raw in arabicish(), a in 0usize..200, b in 0usize..200) {
        for norm in [Normalizer::lossless(), Normalizer::lossy()] {
            let v = norm.view(&raw);
            let (s, e) = (a.min(b), a.max(b));
            let sp = v.to_raw(s, e);
            prop_assert!(sp.start <= sp.end && sp.end as usize <= raw.len());
            prop_assert!(raw.is_char_boundary(sp.start as usize) && raw.is_char_boundary(sp.end as usize));
            // the whole view maps onto raw text whose own normalisation is the view
            let all = v.to_raw(0, v.text.len());
            prop_assert_eq!(norm.normalize(all.slice(&raw)), v.text.clone());
            // normalisation is idempotent and normalize() agrees with view()
            prop_assert_eq!(norm.normalize(&v.text), v.text.clone());
            prop_assert_eq!(norm.normalize(&raw), v.text.clone());
        }
    }

    #[test]
    fn tokens_are_ordered_disjoint_surfaces(raw in arabicish()) {
        let toks = tokenize(&raw);
        let mut last = 0u32;
        for t in &toks {
            prop_assert!(t.span.start >= last && t.span.start < t.span.end);
            prop_assert!(raw.is_char_boundary(t.span.start as usize) && raw.is_char_boundary(t.span.end as usize));
            prop_assert!(t.span.contains(t.stem));
            prop_assert!(raw.is_char_boundary(t.stem.start as usize) && raw.is_char_boundary(t.stem.end as usize));
            prop_assert!(!t.text(&raw).chars().any(char::is_whitespace));
            prop_assert_eq!(t.segments(&raw).concat(), t.text(&raw));
            last = t.span.end;
        }
    }

    #[test]
    fn sentences_cover_tokens_in_order(raw in arabicish()) {
        let sents = sentences(&raw);
        for w in sents.windows(2) { prop_assert!(w[0].end <= w[1].start); }
        for s in &sents {
            prop_assert!(raw.is_char_boundary(s.start as usize) && raw.is_char_boundary(s.end as usize));
            prop_assert_eq!(s.slice(&raw).trim(), s.slice(&raw));
        }
        // every token lies inside exactly one sentence
        for t in tokenize(&raw) {
            prop_assert_eq!(sents.iter().filter(|s| s.contains(t.span)).count(), 1, "token {:?}", t.text(&raw));
        }
    }

    /// The packed keys equal the lossy key of each token and of its stem, computed alone.
    #[test]
    fn token_keys_equal_standalone_keys(raw in arabicish()) {
        let toks = isnad_text::tokenize(&raw);
        let keys = isnad_text::TokenKeys::new(&raw, &toks);
        for (i, t) in toks.iter().enumerate() {
            prop_assert_eq!(keys.full(i), isnad_text::key(t.text(&raw)));
            prop_assert_eq!(keys.stem(i), isnad_text::key(t.stem.slice(&raw)));
        }
    }
}
