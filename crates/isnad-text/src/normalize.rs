//! Normalised views of a raw text, each mapping back to raw byte offsets.
//!
//! A rule is a tiny function from one raw character to zero, one or several output characters.
//! Rules are split in two families:
//! - **lossless** rules change only the *encoding* of the same reading: tatweel, invisible marks,
//!   presentation forms, digit scripts, quote and space variants. Values and NER features use them.
//! - **lossy** rules also merge letters that carry meaning: hamza-alef forms, alef maqsura/yeh,
//!   teh marbuta/heh, diacritics, Latin case. Only lexicon lookup and search keys use them.
//!
//! Display text and quotes never come from a view: a match in a view is mapped back with
//! [`NormView::to_raw`] and the surface is read from the raw text.

use crate::chars::*;
use crate::span::Span;

/// One normalisation rule. See [`Rule::apply`] for what each does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Lossless: drop U+0640 tatweel.
    DropTatweel,
    /// Lossless: drop zero-width and bidi controls, BOM, soft hyphen.
    DropInvisible,
    /// Lossless: presentation forms (U+FB50–U+FEFF) to their compatibility letters (ﻻ → لا).
    FoldPresentationForms,
    /// Lossless: Arabic-Indic and Persian digits to ASCII; ٫ → `.`, ٬ → `,`, ٪ → `%`.
    FoldDigits,
    /// Lossless: every double-quote variant (« » “ ” „ …) to `"`, single ones to `'`.
    FoldQuotes,
    /// Lossless: no-break and other Unicode spaces to U+0020.
    FoldSpaces,
    /// Lossy: drop harakat, tanwin, shadda, sukun, dagger alef.
    StripDiacritics,
    /// Lossy: أ إ آ ٱ → ا.
    FoldAlef,
    /// Lossy: ى and Persian ی → ي; Persian ک → ك.
    FoldYeh,
    /// Lossy: ة → ه.
    FoldTehMarbuta,
    /// Lossy: ASCII and Latin letters to lower case.
    LowercaseLatin,
}

impl Rule {
    pub const LOSSLESS: &'static [Rule] = &[Rule::DropTatweel, Rule::DropInvisible, Rule::FoldPresentationForms, Rule::FoldDigits, Rule::FoldQuotes, Rule::FoldSpaces];
    pub const LOSSY: &'static [Rule] = &[Rule::StripDiacritics, Rule::FoldAlef, Rule::FoldYeh, Rule::FoldTehMarbuta, Rule::LowercaseLatin];

    pub fn is_lossless(self) -> bool {
        Self::LOSSLESS.contains(&self)
    }

    /// Apply the rule to `c`. `None` means the rule does not touch `c`.
    /// `Some("")` drops it; otherwise the replacement is pushed into `out`.
    fn apply(self, c: char, out: &mut String) -> bool {
        let rep: Option<char> = match self {
            Rule::DropTatweel => return is_tatweel(c),
            Rule::DropInvisible => return is_invisible(c),
            Rule::StripDiacritics => return is_arabic_diacritic(c),
            Rule::FoldPresentationForms => {
                if !is_presentation_form(c) {
                    return false;
                }
                let mut any = false;
                unicode_normalization::char::decompose_compatible(c, |d| {
                    // Compatibility decompositions of ligatures like ﷲ include spaces and
                    // diacritics; keep letters and spaces only, diacritics go through later rules.
                    out.push(d);
                    any = true;
                });
                if !any {
                    out.push(c);
                }
                return true;
            }
            Rule::FoldDigits => match c {
                '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => digit_value(c).and_then(|d| char::from_digit(d, 10)),
                '\u{066B}' => Some('.'),
                '\u{066C}' => Some(','),
                '\u{066A}' => Some('%'),
                _ => None,
            },
            Rule::FoldQuotes => match c {
                '«' | '»' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{301D}' | '\u{301E}' | '\u{FF02}' => Some('"'),
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Some('\''),
                _ => None,
            },
            Rule::FoldSpaces => match c {
                '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
                _ => None,
            },
            Rule::FoldAlef => matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ').then_some('ا'),
            Rule::FoldYeh => match c {
                'ى' | '\u{06CC}' => Some('ي'),
                '\u{06A9}' => Some('ك'),
                _ => None,
            },
            Rule::FoldTehMarbuta => (c == 'ة').then_some('ه'),
            Rule::LowercaseLatin => {
                // the cheap range test first: is_uppercase is a table lookup for non-ASCII
                if !is_arabic_word_char(c) && c.is_uppercase() {
                    out.extend(c.to_lowercase());
                    return true;
                }
                return false;
            }
        };
        match rep {
            Some(r) => {
                out.push(r);
                true
            }
            None => false,
        }
    }
}

/// A set of rules applied in order; build views with [`Normalizer::view`].
#[derive(Debug, Clone)]
pub struct Normalizer {
    rules: Vec<Rule>,
    /// The rule chain's output for every char of the two ranges news text is made of (see
    /// [`CACHED`]): `(start, end)` in `cache_out`. Rules work char by char, so this is exact.
    cache: Vec<(u16, u16)>,
    cache_out: String,
    /// The chain lower-cases Latin (checked once here, not per call).
    lower: bool,
    /// The chain's output for U+0600–U+067F (the bulk of Arabic text), indexed by the low bit of
    /// the UTF-8 lead byte (D8 or D9) and the low six bits of the second: a code point (the
    /// char itself for most letters), [`DROPPED`], or [`SEVERAL`] when it writes more.
    arabic: [u32; 128],
}

/// The text with its Arabic presentation forms written as the letters they encode (ﻟﻘﻮﺍﺕ →
/// لقوات, ﻻ → لا), and how many were folded; `None` when it has none. Text pasted from PDFs and
/// old publishing systems carries these glyph codes: the same reading, but no word of it
/// matches a lexicon, a clitic or the article. The ingest stage applies this when it decodes a
/// page, as it applies line endings. Word ligatures (U+FDF0–U+FDFF: ﷲ, ﷺ) are symbols a writer
/// chooses and stay as written.
pub fn fold_presentation_letters(s: &str) -> Option<(String, usize)> {
    let letter_form = |c: char| is_presentation_form(c) && !matches!(c, '\u{FDF0}'..='\u{FDFF}');
    // (the cheap test first: every presentation form's UTF-8 starts with EF)
    if !s.as_bytes().contains(&0xEF) || !s.chars().any(letter_form) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut folded = 0;
    for c in s.chars() {
        if letter_form(c) {
            folded += 1;
            // (composed again: ﺃ is أ, not ا and a hamza mark)
            out.extend(unicode_normalization::UnicodeNormalization::nfkc(std::iter::once(c)));
        } else {
            out.push(c);
        }
    }
    Some((out, folded))
}

const DROPPED: u32 = u32::MAX - 1;
const SEVERAL: u32 = u32::MAX;

/// Most Arabic letters are touched by no rule (only the hamza-carrying alefs, alef maqsura and
/// teh marbuta are folded): they skip the chain.
#[inline]
fn untouched_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') && !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة')
}

/// Chars whose normalisation is looked up rather than computed: Latin-1 to Arabic
/// (U+0080–U+07FF) and general punctuation (U+2000–U+206F).
const CACHED: [(u32, u32); 2] = [(0x80, 0x800), (0x2000, 0x2070)];

/// A normalised copy of a raw text plus, for each of its bytes, the raw extent it came from.
#[derive(Debug, Clone, Default)]
pub struct NormView {
    pub text: String,
    /// `raw_start[i]`: raw byte where the char holding normalised byte `i` starts; one extra
    /// entry at `text.len()` holds the raw length (so empty spans at the end map too).
    raw_start: Vec<u32>,
    /// `raw_end[i]`: raw byte where that char ends.
    raw_end: Vec<u32>,
}

impl Normalizer {
    /// Lossless rules only: same reading, canonical encoding.
    pub fn lossless() -> Self {
        Self::with_rules(Rule::LOSSLESS)
    }
    /// Lossless then lossy rules: the matching view for lexicons and search keys.
    pub fn lossy() -> Self {
        let mut rules = Rule::LOSSLESS.to_vec();
        rules.extend_from_slice(Rule::LOSSY);
        Self::with_rules(&rules)
    }
    pub fn with_rules(rules: &[Rule]) -> Self {
        let mut n = Normalizer { rules: rules.to_vec(), cache: Vec::new(), cache_out: String::new(), lower: rules.contains(&Rule::LowercaseLatin), arabic: [SEVERAL; 128] };
        let mut cache = Vec::new();
        let mut out = String::new();
        for (a, b) in CACHED {
            for cp in a..b {
                let start = out.len() as u16;
                match char::from_u32(cp) {
                    Some(c) => n.chain_char(c, &mut out),
                    None => out.push(char::REPLACEMENT_CHARACTER),
                }
                cache.push((start, out.len() as u16));
            }
        }
        n.cache = cache;
        let mut arabic = [SEVERAL; 128];
        for (k, slot) in arabic.iter_mut().enumerate() {
            let mut one = String::new();
            if let Some(c) = char::from_u32(0x600 + k as u32) {
                n.chain_char(c, &mut one);
            }
            let mut it = one.chars();
            *slot = match (it.next(), it.next()) {
                (None, _) => DROPPED,
                (Some(o), None) => o as u32,
                _ => SEVERAL,
            };
        }
        n.arabic = arabic;
        n.cache_out = out;
        n
    }
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Normalise one char into `out`: from the cache when it covers the char.
    #[inline]
    fn push_char(&self, c: char, out: &mut String) {
        if untouched_letter(c) {
            out.push(c);
            return;
        }
        let cp = c as u32;
        let mut base = 0usize;
        for (a, b) in CACHED {
            if (a..b).contains(&cp) {
                if let Some(&(s, e)) = self.cache.get(base + (cp - a) as usize) {
                    out.push_str(self.cache_out.get(s as usize..e as usize).unwrap_or_default());
                    return;
                }
            }
            base += (b - a) as usize;
        }
        self.chain_char(c, out);
    }

    /// Normalise one char through the chain of rules into `out`.
    fn chain_char(&self, c: char, out: &mut String) {
        self.chain_from(0, c, out);
    }

    /// Run `c` through the rules from `first` on. A rule that replaces the char by one char
    /// hands that on; an expansion (presentation form → several letters) sends each produced
    /// char through the remaining rules, in order.
    fn chain_from(&self, first: usize, c: char, out: &mut String) {
        if untouched_letter(c) {
            out.push(c);
            return;
        }
        let mut ch = c;
        let mut tmp = String::new();
        for (k, r) in self.rules.iter().enumerate().skip(first) {
            tmp.clear();
            if !r.apply(ch, &mut tmp) {
                continue;
            }
            let mut it = tmp.chars();
            match (it.next(), it.next()) {
                (None, _) => return,
                (Some(one), None) => ch = one,
                _ => {
                    for x in tmp.chars() {
                        self.chain_from(k + 1, x, out);
                    }
                    return;
                }
            }
        }
        out.push(ch);
    }

    /// Normalise a string without keeping the map (lexicon keys, queries).
    pub fn normalize(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        self.normalize_into(s, &mut out);
        out
    }

    /// [`Normalizer::normalize`], appending to `out` (no allocation when `out` has room).
    /// Runs of characters no rule touches (ASCII other than capitals, most Arabic letters) are
    /// copied in one piece. Returns true when no character was changed (the output is `s`).
    pub fn normalize_into(&self, s: &str, out: &mut String) -> bool {
        self.normalize_marked(s, out, [usize::MAX; 2]).0
    }

    /// [`Normalizer::normalize_into`] that also reports where, in `out`, the output of the
    /// chars starting at raw bytes `marks` begins (one pass where a token's key and its stem's
    /// key are both wanted). A mark that is not a char boundary of `s` is reported as the end.
    pub fn normalize_marked(&self, s: &str, out: &mut String, marks: [usize; 2]) -> (bool, [usize; 2]) {
        self.normalize_with(s, out, marks, true)
    }

    /// [`Normalizer::normalize_marked`] that writes nothing when no character changes (returns
    /// `None`: the key is `s` itself). Most words of a text are untouched, and their keys can
    /// stay where they are.
    pub fn normalize_changed(&self, s: &str, out: &mut String, marks: [usize; 2]) -> Option<[usize; 2]> {
        match self.normalize_with(s, out, marks, false) {
            (true, _) => None,
            (false, at) => Some(at),
        }
    }

    fn normalize_with(&self, s: &str, out: &mut String, marks: [usize; 2], copy_untouched: bool) -> (bool, [usize; 2]) {
        let b = s.as_bytes();
        let base = out.len();
        let mut at = [usize::MAX; 2];
        let (mut run, mut i) = (0usize, 0usize);
        // output position of raw byte `i`: what is written plus the pending run
        let mark = |at: &mut [usize; 2], i: usize, written: usize, run: usize| {
            for (a, &m) in at.iter_mut().zip(&marks) {
                if m == i {
                    *a = written + (i - run);
                }
            }
        };
        while let Some(&x) = b.get(i) {
            if i == marks[0] || i == marks[1] {
                mark(&mut at, i, out.len(), run);
            }
            if x < 0x80 {
                if self.lower && x.is_ascii_uppercase() {
                    out.push_str(s.get(run..i).unwrap_or_default());
                    out.push(x.to_ascii_lowercase() as char);
                    run = i + 1;
                }
                i += 1;
                continue;
            }
            // U+0600–U+067F is lead byte D8 or D9
            if x == 0xD8 || x == 0xD9 {
                if let Some(&y) = b.get(i + 1) {
                    let k = (usize::from(x & 1) << 6) | usize::from(y & 0x3F);
                    let to = self.arabic[k];
                    if to == 0x600 + k as u32 {
                        // no rule touches it: the run goes on
                        i += 2;
                        continue;
                    }
                    // folded or dropped by table: ة أ ى, harakat, tatweel, Arabic-Indic digits
                    if to != SEVERAL {
                        out.push_str(s.get(run..i).unwrap_or_default());
                        if let Some(o) = char::from_u32(to) {
                            out.push(o);
                        }
                        i += 2;
                        run = i;
                        continue;
                    }
                }
            }
            out.push_str(s.get(run..i).unwrap_or_default());
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                run = i;
                break;
            };
            self.push_char(c, out);
            i += c.len_utf8();
            run = i;
        }
        let untouched = run == 0;
        if untouched && !copy_untouched {
            return (true, at);
        }
        out.push_str(s.get(run..).unwrap_or_default());
        for (a, &m) in at.iter_mut().zip(&marks) {
            if *a == usize::MAX && m != usize::MAX {
                *a = out.len();
            }
        }
        debug_assert!(at.iter().all(|&a| a == usize::MAX || a >= base));
        (untouched, at)
    }

    /// Build the view of `raw` with its offset map.
    pub fn view(&self, raw: &str) -> NormView {
        let mut text = String::with_capacity(raw.len());
        let mut raw_start = Vec::with_capacity(raw.len() + 1);
        let mut raw_end = Vec::with_capacity(raw.len() + 1);
        let lower = self.lower;
        for (b, c) in raw.char_indices() {
            let before = text.len();
            if c.is_ascii() && !(lower && c.is_ascii_uppercase()) {
                text.push(c);
            } else {
                self.push_char(c, &mut text);
            }
            let e = (b + c.len_utf8()) as u32;
            for _ in before..text.len() {
                raw_start.push(b as u32);
                raw_end.push(e);
            }
        }
        raw_start.push(raw.len() as u32);
        raw_end.push(raw.len() as u32);
        NormView { text, raw_start, raw_end }
    }
}

impl NormView {
    /// Map a byte range `[s, e)` of the view back to the raw span covering it.
    /// Out-of-range input is clamped; the result always lies on raw char boundaries.
    pub fn to_raw(&self, s: usize, e: usize) -> Span {
        let n = self.text.len();
        let s = s.min(n);
        let e = e.min(n).max(s);
        if s == e {
            let p = self.raw_start[s];
            return Span { start: p, end: p };
        }
        Span { start: self.raw_start[s], end: self.raw_end[e - 1] }
    }

    /// Map a raw byte offset to the first view byte at or after it.
    pub fn from_raw(&self, raw_byte: u32) -> usize {
        self.raw_start.partition_point(|&r| r < raw_byte).min(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The marked pass writes what the plain one and the rule chain write, and each mark
        /// lands where the output of the text before it ends.
        #[test]
        fn marks_land_where_the_prefix_output_ends(s in "[ا-يأإآىةـًٌٍَُِّْ0-9٠-٩A-Za-z ﻻ\u{200F}«]{0,24}", m0 in 0usize..30, m1 in 0usize..30) {
            let n = Normalizer::lossy();
            let mut plain = String::new();
            n.normalize_into(&s, &mut plain);
            let mut out = String::new();
            let (_, at) = n.normalize_marked(&s, &mut out, [m0, m1]);
            proptest::prop_assert_eq!(&out, &plain);
            // the view runs every char through the rule chain: the tables must agree with it
            proptest::prop_assert_eq!(&plain, &n.view(&s).text);
            for (m, a) in [m0, m1].into_iter().zip(at) {
                if m <= s.len() && s.is_char_boundary(m) {
                    proptest::prop_assert_eq!(a, n.normalize(&s[..m]).len());
                } else {
                    proptest::prop_assert_eq!(a, out.len());
                }
            }
        }
    }

    #[test]
    fn lossless_keeps_letters_lossy_folds_them() {
        let raw = "أُعلِنَت المدينـــة ٢٠١٩ «نعم»\u{200F}";
        assert_eq!(Normalizer::lossless().normalize(raw), "أُعلِنَت المدينة 2019 \"نعم\"");
        assert_eq!(Normalizer::lossy().normalize(raw), "اعلنت المدينه 2019 \"نعم\"");
    }

    #[test]
    fn presentation_letters_fold_and_word_ligatures_stay() {
        assert_eq!(fold_presentation_letters("قال المتحدث"), None);
        assert_eq!(fold_presentation_letters("ﻟﻘﻮﺍﺕ ﺍﻟﺸﺮﻋﻴﺔ والجيش"), Some(("لقوات الشرعية والجيش".to_string(), 12)));
        assert_eq!(fold_presentation_letters("ﻻ"), Some(("لا".to_string(), 1)));
        assert_eq!(fold_presentation_letters("ﺃﻥ ﺇﻟﻰ"), Some(("أن إلى".to_string(), 5)));
        assert_eq!(fold_presentation_letters("النبي ﷺ"), None);
        // (another EF-led char is no presentation form)
        assert_eq!(fold_presentation_letters("\u{FF02}نص\u{FF02}"), None);
    }

    #[test]
    fn presentation_forms_expand_and_map_back() {
        let raw = "ﻻ شيء";
        let v = Normalizer::lossless().view(raw);
        assert_eq!(v.text, "لا شيء");
        assert_eq!(v.to_raw(0, "لا".len()).slice(raw), "ﻻ");
    }

    #[test]
    fn mapping_skips_dropped_chars_at_the_edges() {
        let raw = "ـقسدـ";
        let v = Normalizer::lossy().view(raw);
        assert_eq!(v.text, "قسد");
        assert_eq!(v.to_raw(0, v.text.len()).slice(raw), "قسد");
    }
}
