//! Line and sentence segmentation over raw text.

use crate::chars::{is_arabic_letter, is_digit_any};
use crate::span::Span;

/// Non-empty lines of `raw` (trimmed), as spans.
pub fn lines(raw: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    // a newline byte never occurs inside a multi-byte character
    for i in memchr::memchr_iter(b'\n', raw.as_bytes()) {
        let sp = Span::new(start, i).trim(raw);
        if !sp.is_empty() {
            out.push(sp);
        }
        start = i + 1;
    }
    let sp = Span::new(start, raw.len()).trim(raw);
    if !sp.is_empty() {
        out.push(sp);
    }
    out
}

/// Sentences of `raw`. A sentence ends at `. ! ? ؟ …` (and any closing quotes or brackets
/// right after), or at a line break. A full stop does not end a sentence inside a number
/// (`1.5`) or after a one-letter abbreviation (`أ.ف.ب`, `U.S.`).
pub fn sentences(raw: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for line in lines(raw) {
        let text = line.slice(raw);
        let base = line.start as usize;
        let bytes = text.as_bytes();
        let mut start = 0usize;
        let mut k = 0usize;
        // jump from one possible terminator to the next: `! ? .` and the last byte of `؟` (D8 9F)
        // and `…` (E2 80 A6); those two bytes also end other characters (ئ is D8 A6), which
        // the bytes before them tell apart. `ascii` and `high` hold the next hit of each kind
        // (usize::MAX: none left), searched again once passed.
        let find = |k: usize, high: bool| {
            let r = bytes.get(k..).unwrap_or_default();
            let p = if high { memchr::memchr2(0x9F, 0xA6, r) } else { memchr::memchr3(b'!', b'?', b'.', r) };
            p.map_or(usize::MAX, |p| k + p)
        };
        let (mut ascii, mut high) = (find(0, false), find(0, true));
        loop {
            if ascii < k {
                ascii = find(k, false);
            }
            if high < k {
                high = find(k, true);
            }
            let hit = ascii.min(high);
            if hit == usize::MAX {
                break;
            }
            let (at, c) = match bytes[hit] {
                b'!' => (hit, '!'),
                b'?' => (hit, '?'),
                b'.' => (hit, '.'),
                0x9F if hit >= 1 && bytes[hit - 1] == 0xD8 => (hit - 1, '؟'),
                0xA6 if hit >= 2 && bytes[hit - 2] == 0xE2 && bytes[hit - 1] == 0x80 => (hit - 2, '…'),
                _ => {
                    k = hit + 1;
                    continue;
                }
            };
            k = at + c.len_utf8();
            let is_end = match c {
                '!' | '?' | '؟' | '…' => true,
                '.' => {
                    let mut back = text[..at].chars().rev();
                    let (prev, before) = (back.next(), back.next());
                    let next = text[k..].chars().next();
                    let in_number = prev.is_some_and(is_digit_any) && next.is_some_and(is_digit_any);
                    // one-letter abbreviation: letter preceded by start/space/dot
                    let abbrev = prev.is_some_and(|p| p.is_alphabetic())
                        && before.is_none_or(|q| q.is_whitespace() || q == '.' || q == '(')
                        && (next.is_some_and(|n| n.is_alphabetic() || n == ')') || prev.is_some_and(is_arabic_letter));
                    let ellipsis = next == Some('.');
                    !(in_number || abbrev || ellipsis)
                }
                _ => false,
            };
            if is_end {
                // swallow closing quotes/brackets and repeated terminators
                for d in text[k..].chars() {
                    if !matches!(d, '"' | '»' | '”' | ')' | '.' | '!' | '?' | '؟' | '\'' | '’') {
                        break;
                    }
                    k += d.len_utf8();
                }
                let sp = Span::new(base + start, base + k).trim(raw);
                if !sp.is_empty() {
                    out.push(sp);
                }
                start = k;
            }
        }
        let sp = Span::new(base + start, base + text.len()).trim(raw);
        if !sp.is_empty() {
            out.push(sp);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-vector splitter the byte scan replaced, kept as the reference.
    fn sentences_reference(raw: &str) -> Vec<Span> {
        let mut out = Vec::new();
        for line in lines(raw) {
            let text = line.slice(raw);
            let base = line.start as usize;
            let mut start = 0usize;
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let mut k = 0;
            while k < chars.len() {
                let c = chars[k].1;
                let is_end = match c {
                    '!' | '?' | '؟' | '…' => true,
                    '.' => {
                        let prev = k.checked_sub(1).map(|j| chars[j].1);
                        let next = chars.get(k + 1).map(|x| x.1);
                        let in_number = prev.is_some_and(is_digit_any) && next.is_some_and(is_digit_any);
                        // one-letter abbreviation: letter preceded by start/space/dot
                        let abbrev = prev.is_some_and(|p| p.is_alphabetic())
                            && k.checked_sub(2).is_none_or(|j| {
                                let q = chars[j].1;
                                q.is_whitespace() || q == '.' || q == '('
                            })
                            && (next.is_some_and(|n| n.is_alphabetic() || n == ')') || prev.is_some_and(is_arabic_letter));
                        let ellipsis = next == Some('.');
                        !(in_number || abbrev || ellipsis)
                    }
                    _ => false,
                };
                if is_end {
                    // swallow closing quotes/brackets and repeated terminators
                    let mut j = k + 1;
                    while j < chars.len() && matches!(chars[j].1, '"' | '»' | '”' | ')' | '.' | '!' | '?' | '؟' | '\'' | '’') {
                        j += 1;
                    }
                    let end = chars.get(j).map_or(text.len(), |x| x.0);
                    let sp = Span::new(base + start, base + end).trim(raw);
                    if !sp.is_empty() {
                        out.push(sp);
                    }
                    start = end;
                    k = j;
                    continue;
                }
                k += 1;
            }
            let sp = Span::new(base + start, base + text.len()).trim(raw);
            if !sp.is_empty() {
                out.push(sp);
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_agrees_with_the_char_reference(raw in "[ئڟ₦ا-ي0-9a-zA-Z .!?؟…«»\"”’()\\n٠-٩ٟ،]{0,80}") {
            proptest::prop_assert_eq!(sentences(&raw), sentences_reference(&raw));
        }
    }
    #[test]
    fn abbreviations_and_numbers_do_not_split() {
        let raw = "قصف مواقع (أ.ف.ب) بنسبة 1.5 في المئة. وقال مسؤول: نعم؟ انتهى\nسطر ثان";
        let got: Vec<&str> = sentences(raw).iter().map(|s| s.slice(raw)).collect();
        assert_eq!(got, ["قصف مواقع (أ.ف.ب) بنسبة 1.5 في المئة.", "وقال مسؤول: نعم؟", "انتهى", "سطر ثان"]);
    }
}
