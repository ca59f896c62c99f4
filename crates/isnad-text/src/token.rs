//! Lossless tokenisation with clitic-aware stems.
//!
//! Every token is a span of the raw text; tokens never overlap and whitespace is never part of
//! one. Arabic tokens also carry a `stem` span inside them with proclitics (و ف, ب ك ل + ال,
//! لل) and common plural/dual pronoun enclitics split off. The segmentation is conservative on
//! purpose: splitting a root letter (وزير → و+زير) hurts more than missing a clitic.

use crate::chars::*;
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Arabic,
    Latin,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// The token without its clitics (equal to `span` when nothing was split off).
    pub stem: Span,
}

impl Token {
    pub fn text<'a>(&self, raw: &'a str) -> &'a str {
        self.span.slice(raw)
    }
    pub fn prefix<'a>(&self, raw: &'a str) -> &'a str {
        raw.get(self.span.start as usize..self.stem.start as usize).unwrap_or("")
    }
    pub fn suffix<'a>(&self, raw: &'a str) -> &'a str {
        raw.get(self.stem.end as usize..self.span.end as usize).unwrap_or("")
    }
    /// Clitic segments in order: each proclitic, the stem, the enclitic.
    pub fn segments<'a>(&self, raw: &'a str) -> Vec<&'a str> {
        let mut out = Vec::new();
        let p = self.prefix(raw);
        let mut rest = p;
        while !rest.is_empty() {
            // split ال as one unit, other proclitics are one letter (plus marks/tatweel)
            let bare: String = rest.chars().filter(|&c| is_arabic_letter(c)).take(2).collect();
            let take_letters = if bare == "ال" { 2 } else { 1 };
            let mut seen = 0;
            let mut cut = rest.len();
            for (i, c) in rest.char_indices() {
                if is_arabic_letter(c) {
                    if seen == take_letters {
                        cut = i;
                        break;
                    }
                    seen += 1;
                }
            }
            out.push(&rest[..cut]);
            rest = &rest[cut..];
        }
        out.push(self.stem.slice(raw));
        let s = self.suffix(raw);
        if !s.is_empty() {
            out.push(s);
        }
        out
    }
}

/// Character classes below U+0800 (ASCII, Latin-1, Arabic), looked up rather than computed:
/// the general rule calls Unicode tables, and this runs for every character of every document.
fn class_table() -> &'static [u8; 0x800] {
    static T: std::sync::OnceLock<[u8; 0x800]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0u8; 0x800];
        for (cp, slot) in t.iter_mut().enumerate() {
            *slot = char::from_u32(cp as u32).map_or(4, class_general);
        }
        t
    })
}

#[cfg(test)]
fn class(c: char) -> u8 {
    match class_table().get(c as usize) {
        Some(&k) => k,
        None => class_general(c),
    }
}

fn class_general(c: char) -> u8 {
    if c.is_whitespace() || is_invisible(c) && c != '\u{200C}' && c != '\u{200D}' {
        0
    } else if is_arabic_word_char(c) {
        1
    } else if is_digit_any(c) {
        3
    } else if c.is_alphanumeric() {
        2
    } else {
        4
    }
}

/// The code point starting at byte `i` of `raw` and its length. ASCII and two-byte sequences
/// (all of Arabic) are decoded inline: this runs for every character of every document.
#[inline]
fn cp_at(raw: &str, i: usize) -> Option<(u32, usize)> {
    let b = raw.as_bytes();
    let x = *b.get(i)?;
    if x < 0x80 {
        return Some((u32::from(x), 1));
    }
    if (0xC2..0xE0).contains(&x) {
        if let Some(&y) = b.get(i + 1) {
            return Some(((u32::from(x & 0x1F) << 6) | u32::from(y & 0x3F), 2));
        }
    }
    let c = raw.get(i..)?.chars().next()?;
    Some((c as u32, c.len_utf8()))
}

/// Split `raw` into tokens. Digits keep internal separators (`1,500`, `1.5`, `٢٠١٩`) when a
/// digit follows them; every punctuation mark is its own token.
pub fn tokenize(raw: &str) -> Vec<Token> {
    let table = class_table();
    let class = |cp: u32| match table.get(cp as usize) {
        Some(&k) => k,
        None => char::from_u32(cp).map_or(4, class_general),
    };
    let mut out = Vec::with_capacity(raw.len() / 5);
    let mut i = 0;
    while let Some((c, len)) = cp_at(raw, i) {
        let k = class(c);
        let start = i;
        i += len;
        if k == 0 {
            continue;
        }
        if k == 4 {
            push(&mut out, start, i, TokenKind::Punct);
            continue;
        }
        if k == 1 {
            // an Arabic word: its letters are noted as it is scanned, for the clitic split
            let mut l = Letters::new();
            l.see(c, 0);
            while let Some((d, dl)) = cp_at(raw, i) {
                if class(d) != 1 {
                    break;
                }
                l.see(d, i - start);
                i += dl;
            }
            let span = Span::new(start, i);
            out.push(Token { span, kind: TokenKind::Arabic, stem: stem_of(span.slice(raw), span, &l) });
            continue;
        }
        while let Some((d, dl)) = cp_at(raw, i) {
            let kd = class(d);
            let same = kd == k
                // an Arabic word may carry a mark glued after a Latin/number (rare) – keep classes pure
                || (k == 3 && matches!(d, 0x2E | 0x2C | 0x066B | 0x066C) && next_is_digit(raw, i + dl));
            if !same {
                break;
            }
            i += dl;
        }
        let kind = if k == 2 { TokenKind::Latin } else { TokenKind::Number };
        push(&mut out, start, i, kind);
    }
    out
}

fn next_is_digit(raw: &str, at: usize) -> bool {
    raw.get(at..).and_then(|s| s.chars().next()).is_some_and(is_digit_any)
}

fn push(out: &mut Vec<Token>, s: usize, e: usize, kind: TokenKind) {
    let span = Span::new(s, e);
    out.push(Token { span, kind, stem: span });
}

/// Frequent words that begin with a letter that is also a proclitic (و ف) but is a root
/// letter here. Stored bare (lossy-normalised, no diacritics).
const ROOT_INITIAL: &[&str] = &[
    "وزير",
    "وزيره",
    "وزاره",
    "وزراء",
    "وكاله",
    "وقت",
    "ولايه",
    "ولايات",
    "وضع",
    "وطني",
    "وطنيه",
    "وفد",
    "وحده",
    "وحدات",
    "وجود",
    "وسط",
    "ورقه",
    "وصول",
    "وقف",
    "وثيقه",
    "وسائل",
    "واشنطن",
    "وادي",
    "ولد",
    "وليد",
    "وصف",
    "وعد",
    "وفاه",
    "وقع",
    "واقع",
    "وجه",
    "فريق",
    "فرنسا",
    "فلسطين",
    "فلسطيني",
    "فصائل",
    "فصيل",
    "فقط",
    "فتره",
    "فرص",
    "فرصه",
    "فكره",
    "فيديو",
    "فيلم",
    "فوق",
    "فعل",
    "فيما",
    "فيها",
    "فيه",
    "فرات",
    "فراس",
    "فهد",
    "فيصل",
    "فلاديمير",
    "فبراير",
    "فنزويلا",
    "فيينا",
    "فضل",
    "فرع",
    "فني",
    "فرانس",
    "فرنسي",
    "فرنسيه",
    "فرنسيين",
    "فرنسيون",
    "فيسبوك",
    "فوز",
    "فيلق",
];

fn fold_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        _ => c,
    }
}

fn root_initial() -> &'static crate::FastSet<&'static str> {
    static S: std::sync::OnceLock<crate::FastSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| ROOT_INITIAL.iter().copied().collect())
}

/// Words that begin with a proclitic's letter but whose rest is no word of its own in a large
/// news corpus: names (فاطمة, فايز, فلوريدا, كاليفورنيا) and words whose first letter is a root
/// letter (واجب, فترة). Derived from SaudiNewsNet by `tools/build_whole_words.py`; folded.
const WHOLE_WORDS: &str = include_str!("../data/whole_words.txt");

fn whole_words() -> &'static crate::FastSet<&'static str> {
    static S: std::sync::OnceLock<crate::FastSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| WHOLE_WORDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect())
}

/// Longest word (in letters) that is segmented; longer tokens are kept whole. Arabic words
/// with clitics stay well under it, and the fixed bound keeps this allocation-free.
const MAX_LETTERS: usize = 32;

/// `is_arabic_letter` over U+0600–U+06FF.
static ARABIC_LETTER: [bool; 0x100] = {
    let mut t = [false; 0x100];
    let mut k = 0;
    while k < 0x100 {
        let cp = 0x600 + k as u32;
        t[k] = matches!(cp, 0x0621..=0x063A | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF);
        k += 1;
    }
    t
};

/// The letters of an Arabic word as they are read, on the stack: this runs for every Arabic
/// token of every document, inside the tokeniser's scan (the word is decoded once).
struct Letters {
    /// Byte offset of each letter within the word.
    pos: [u32; MAX_LETTERS],
    /// Letters as written (only ٱ read as ا: the article is spelt with a bare alef, so ألف and
    /// آلاف keep their letters); the word lists compare them folded (`fold_letter`).
    letters: [char; MAX_LETTERS],
    n: usize,
    /// More than [`MAX_LETTERS`]: the word is kept whole.
    overflow: bool,
}

impl Letters {
    fn new() -> Self {
        Letters { pos: [0; MAX_LETTERS], letters: [' '; MAX_LETTERS], n: 0, overflow: false }
    }
    /// Note the char `cp` at byte `at` of the word.
    #[inline]
    fn see(&mut self, cp: u32, at: usize) {
        // the Arabic block is decided by a table; anything else by the general rule
        let letter = match cp.checked_sub(0x600).and_then(|k| ARABIC_LETTER.get(k as usize)) {
            Some(&l) => l,
            None => char::from_u32(cp).is_some_and(is_arabic_letter),
        };
        if letter {
            if self.n == MAX_LETTERS {
                self.overflow = true;
                return;
            }
            let c = char::from_u32(cp).unwrap_or(' ');
            self.pos[self.n] = at as u32;
            self.letters[self.n] = if c == 'ٱ' { 'ا' } else { c };
            self.n += 1;
        }
    }
}

/// The stem span of the Arabic token `span` (text `word`) with letters `l`.
fn stem_of(word: &str, span: Span, l: &Letters) -> Span {
    let (pos, letters, n) = (&l.pos, &l.letters, l.n);
    if l.overflow || n < 3 {
        return span;
    }
    let at = |k: usize| (k < n).then(|| letters[k]);
    let mut p = 0usize; // letters consumed as proclitics
    let mut is_root = false;
    // (only a word the rules below would split is looked up: a conjunction, or ب/ك before the
    // article; every word of the list begins so)
    let conjunction = matches!(at(0), Some('و' | 'ف'));
    if n > 3 && (conjunction || (matches!(at(0), Some('ب' | 'ك')) && at(1) == Some('ا') && at(2) == Some('ل'))) {
        let mut buf = [0u8; MAX_LETTERS * 2];
        let mut len = 0;
        for &c in &letters[..n] {
            len += fold_letter(c).encode_utf8(&mut buf[len..]).len();
        }
        let folded = std::str::from_utf8(&buf[..len]).unwrap_or("");
        // a word the corpus never splits (فاطمة, كاليفورنيا) keeps every letter
        if whole_words().contains(folded) {
            return span;
        }
        is_root = conjunction && root_initial().contains(folded);
    }
    // conjunction (the article is only ever spelt with a bare alef, so ألف/آلاف keep their letters)
    // (and not when the rest would itself be an implausible start like another و)
    if conjunction && n > 3 && !is_root && (letters[1] != 'و' || fold_letter(letters[2]) == 'ا') {
        p = 1;
    }
    // preposition + article, or article alone
    let rem = n - p;
    let two = (at(p), at(p + 1), at(p + 2));
    match two {
        (Some('ب' | 'ك' | 'ف'), Some('ا'), Some('ل')) if rem >= 5 => p += 3,
        (Some('ل'), Some('ل'), _) if rem >= 4 => p += 2,
        (Some('ا'), Some('ل'), _) if rem >= 4 => p += 2,
        _ => {}
    }
    // Enclitic pronouns of two or more letters, only on words without the article.
    let has_article = p >= 2 && matches!((at(p - 2), at(p - 1)), (Some('ا' | 'ل'), Some('ل')));
    let mut q = n; // letters kept before the suffix
    if !has_article {
        const SUFFIXES: [&[char]; 7] = [&['ه', 'م', 'ا'], &['ك', 'م', 'ا'], &['ه', 'م'], &['ه', 'ن'], &['ه', 'ا'], &['ك', 'م'], &['ن', 'ا']];
        // a final alef with tanwin fath is the accusative ending (بياناً, مكاناً), not the pronoun نا
        let accusative = word.ends_with('\u{064B}') || word.ends_with("\u{064B}\u{0640}");
        for suf in SUFFIXES {
            let sl = suf.len();
            if accusative && *suf == ['ن', 'ا'] {
                continue;
            }
            if n >= sl && letters[n - sl..n].iter().zip(suf.iter()).all(|(&l, &x)| fold_letter(l) == x) && n - p >= sl + 3 {
                q = n - sl;
                break;
            }
        }
    }
    if p == 0 && q == n {
        return span;
    }
    let start = if p == 0 { 0 } else { pos[p] as usize };
    let end = if q == n { word.len() } else { pos[q] as usize };
    // keep marks that belong to the stem's last letter
    Span::new(span.start as usize + start, span.start as usize + end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letter_table_agrees_with_the_rule() {
        for (k, &l) in ARABIC_LETTER.iter().enumerate() {
            let c = char::from_u32(0x600 + k as u32).unwrap_or(' ');
            assert_eq!(l, is_arabic_letter(c), "U+{:04X}", 0x600 + k);
        }
    }

    #[test]
    fn class_fast_paths_agree_with_the_general_rule() {
        let general = |c: char| {
            if c.is_whitespace() || is_invisible(c) && c != '\u{200C}' && c != '\u{200D}' {
                0
            } else if is_arabic_word_char(c) {
                1
            } else if is_digit_any(c) {
                3
            } else if c.is_alphanumeric() {
                2
            } else {
                4
            }
        };
        for c in ('\0'..='\u{07FF}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(class(c), general(c), "{c:?} U+{:04X}", c as u32);
            assert_eq!(class_general(c), general(c), "{c:?} U+{:04X}", c as u32);
        }
    }

    /// The char-by-char tokeniser the byte-level one replaced, kept as the reference.
    fn tokenize_reference(raw: &str) -> Vec<(usize, usize, u8)> {
        let mut out = Vec::new();
        let mut it = raw.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let k = class_general(c);
            if k == 0 {
                continue;
            }
            let mut end = i + c.len_utf8();
            if k != 4 {
                while let Some(&(j, d)) = it.peek() {
                    if !(class_general(d) == k || (k == 3 && matches!(d, '.' | ',' | '٫' | '٬') && next_is_digit(raw, j + d.len_utf8()))) {
                        break;
                    }
                    end = j + d.len_utf8();
                    it.next();
                }
            }
            out.push((i, end, k));
        }
        out
    }

    /// The clitic split of a word decoded on its own, the way it was before the tokenizer
    /// noted the letters during its scan.
    fn clitic_stem_reference(raw: &str, span: Span) -> Span {
        let word = span.slice(raw);
        let mut l = Letters::new();
        for (i, c) in word.char_indices() {
            l.see(c as u32, i);
        }
        stem_of(word, span, &l)
    }

    proptest::proptest! {
        #[test]
        fn clitic_stems_agree_with_the_reference(raw in "[وفبكلالتنهمايىةأإآٱـًَ ]{0,20}") {
            for t in tokenize(&raw) {
                if t.kind == TokenKind::Arabic {
                    proptest::prop_assert_eq!(t.stem, clitic_stem_reference(&raw, t.span));
                }
            }
        }

        #[test]
        fn byte_level_tokeniser_agrees_with_the_char_reference(raw in "[ا-ي0-9٠-٩۰-۹a-zA-Zé.,٫٬ \\n\u{0640}\u{064B}\u{200C}\u{200F}\u{00A0}\u{2009}«»🙂ﻻ-]{0,60}") {
            let got: Vec<(usize, usize, u8)> = tokenize(&raw)
                .iter()
                .map(|t| (t.span.start as usize, t.span.end as usize, match t.kind { TokenKind::Arabic => 1, TokenKind::Latin => 2, TokenKind::Number => 3, TokenKind::Punct => 4 }))
                .collect();
            proptest::prop_assert_eq!(got, tokenize_reference(&raw));
        }
    }

    fn segs(s: &str) -> Vec<String> {
        let t = tokenize(s);
        t[0].segments(s).into_iter().map(String::from).collect()
    }

    #[test]
    fn proclitics_and_article() {
        assert_eq!(segs("والتحالف"), ["و", "ال", "تحالف"]);
        assert_eq!(segs("بالباغوز"), ["ب", "ال", "باغوز"]);
        assert_eq!(segs("للتنظيم"), ["ل", "ل", "تنظيم"]);
        assert_eq!(segs("وقال"), ["و", "قال"]);
        assert_eq!(segs("وزير"), ["وزير"]);
        assert_eq!(segs("فرانس"), ["فرانس"]);
        assert_eq!(segs("بيان"), ["بيان"]);
        assert_eq!(segs("قواتنا"), ["قوات", "نا"]);
        assert_eq!(segs("ألفاً"), ["ألفاً"]);
        assert_eq!(segs("آلاف"), ["آلاف"]);
        assert_eq!(segs("الأول"), ["ال", "أول"]);
    }

    /// Regression: names that begin with a proclitic's letter lost it (فاطمة → اطمة, فايز →
    /// ايز, كاليفورنيا → ك + ال + يفورنيا), in the entity's display text too.
    #[test]
    fn regression_names_lost_a_first_letter_read_as_a_proclitic() {
        for w in ["فاطمة", "فاطمه", "فايز", "فؤاد", "فلوريدا", "كاليفورنيا", "وائل"] {
            assert_eq!(segs(w), [w], "{w}");
        }
        // the conjunction and the prepositions still come off ordinary words
        assert_eq!(segs("وأضاف"), ["و", "أضاف"]);
        assert_eq!(segs("واضاف"), ["و", "اضاف"]);
        assert_eq!(segs("فسوريا"), ["ف", "سوريا"]);
        assert_eq!(segs("بالفاطمية"), ["ب", "ال", "فاطمية"]);
        assert_eq!(segs("وفاطمة"), ["و", "فاطمة"]);
    }

    /// Regression: `بياناً` was split as بيا + نا ("our"), so the channel word `بيان` was missed.
    #[test]
    fn accusative_tanwin_is_not_the_pronoun_na() {
        assert_eq!(segs("بياناً"), ["بياناً"]);
        assert_eq!(segs("قواتنا"), ["قوات", "نا"]);
    }

    #[test]
    fn numbers_keep_separators() {
        let s = "نحو 1,500 و٢٠١٩ و1.5.";
        let toks: Vec<_> = tokenize(s).iter().map(|t| (t.text(s).to_string(), t.kind)).collect();
        assert!(toks.contains(&("1,500".into(), TokenKind::Number)));
        assert!(toks.contains(&("٢٠١٩".into(), TokenKind::Number)));
        assert!(toks.contains(&("1.5".into(), TokenKind::Number)));
        assert_eq!(toks.last().map(|t| t.0.as_str()), Some("."));
    }
}
