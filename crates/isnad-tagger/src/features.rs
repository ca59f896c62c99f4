//! Feature templates, hashed to 64-bit ids. Each template hashes its id byte with its strings,
//! so the same string under two templates gives two features.

use crate::{Hint, Tok};
use isnad_text::hash::FastHasher;
use isnad_text::TokenKind;
use std::hash::Hasher;

fn h(template: u8, parts: &[&[u8]]) -> u64 {
    let mut s = FastHasher::default();
    s.write_u8(template);
    for p in parts {
        s.write(p);
        s.write_u8(0xff); // separator: ("ab","c") and ("a","bc") differ
    }
    // a final mix so that short keys spread over the whole word
    let x = s.finish();
    (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (x >> 32)
}

fn chars_prefix(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

fn chars_suffix(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    s.char_indices().nth(count - n).map_or(s, |(i, _)| &s[i..])
}

fn shape(t: &Tok) -> u8 {
    let len = t.stem.chars().count();
    let bucket = match len {
        0..=1 => 0,
        2 => 1,
        3 => 2,
        4..=5 => 3,
        6..=8 => 4,
        _ => 5,
    };
    let kind = match t.kind {
        TokenKind::Arabic => 0,
        TokenKind::Latin => 1,
        TokenKind::Number => 2,
        TokenKind::Punct => 3,
    };
    kind * 8 + bucket
}

/// A token's strings hashed once, so the ~55 features that read it and its neighbours
/// combine integers instead of rehashing strings.
#[derive(Clone, Copy)]
pub(crate) struct Pre {
    stem: u64,
    full: u64,
    p3: u64,
    s3: u64,
    s2: u64,
    p2: u64,
    proclitic: u64,
    before: u64,
    after: u64,
    shape: u8,
    flags: u8,
    prior: u8,
    slots: u8,
    doc: u8,
    class: u64,
}

fn hs(s: &str) -> u64 {
    h(0xfe, &[s.as_bytes()])
}

const PAD: Pre = Pre { stem: 1, full: 1, p3: 1, s3: 1, s2: 1, p2: 1, proclitic: 1, before: 1, after: 1, shape: 0xff, flags: 0, prior: 0xff, slots: 0xff, doc: 0xff, class: 1 << 48 | 0xffff };

/// What the key carries in front of its stem (و, ال, بال…): at most a few letters, so try the
/// first boundaries rather than building a substring searcher per token.
fn proclitic<'a>(full: &'a str, stem: &str) -> &'a str {
    for (k, _) in full.char_indices().take(5) {
        if full[k..].starts_with(stem) {
            return &full[..k];
        }
    }
    ""
}

/// Hash each token's strings once.
pub(crate) fn prepare(toks: &[Tok]) -> Vec<Pre> {
    toks.iter()
        .map(|t| Pre {
            stem: hs(t.stem),
            full: hs(t.full),
            p3: hs(chars_prefix(t.stem, 3)),
            s3: hs(chars_suffix(t.stem, 3)),
            s2: hs(chars_suffix(t.stem, 2)),
            p2: hs(chars_prefix(t.stem, 2)),
            // what was split off in front: و, ال, بال, ل…
            proclitic: hs(proclitic(t.full, t.stem)),
            before: hs(t.before),
            after: hs(t.after),
            shape: shape(t),
            flags: t.flags,
            prior: t.prior,
            slots: t.slots,
            doc: t.doc,
            class: 1 << 48 | u64::from(t.class),
        })
        .collect()
}

/// One feature id from a template and up to two hashed parts.
#[inline]
fn mix(template: u8, a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(23) ^ u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let x = (x ^ (x >> 31)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 29)
}

fn small(a: u8, b: u8, c: u8) -> u64 {
    u64::from(a) | u64::from(b) << 8 | u64::from(c) << 16 | 1 << 40
}

/// The features of token `i` given the two labels before it and, for the second stage, what
/// the first stage said of the sentence (`hints`, one per token): [`observe`] then [`history`].
pub(crate) fn extract(pre: &[Pre], hints: Option<&[Hint]>, i: usize, prev: u8, prev2: u8, out: &mut Vec<u64>) {
    observe(pre, hints, i, out);
    history(pre, hints, i, prev, prev2, out);
}

/// The features of token `i` that read no label the tagger chose: the same for every path a
/// beam holds, so they are scored once per token.
pub(crate) fn observe(pre: &[Pre], hints: Option<&[Hint]>, i: usize, out: &mut Vec<u64>) {
    out.clear();
    let at = |k: isize| pre_at(pre, i, k);
    let t = at(0);
    let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
    out.push(mix(0, 0, 0));
    out.push(mix(1, t.stem, 0));
    out.push(mix(2, t.full, 0));
    out.push(mix(3, t.p3, 0));
    out.push(mix(4, t.s3, 0));
    out.push(mix(5, t.s2, 0));
    out.push(mix(6, t.p2, 0));
    out.push(mix(7, t.proclitic, 0));
    out.push(mix(8, small(t.shape, 0, 0), 0));
    out.push(mix(9, small(t.flags, 0, 0), 0));
    for bit in 0..8u8 {
        if t.flags & (1 << bit) != 0 {
            out.push(mix(10, small(bit, 0, 0), 0));
        }
    }
    out.push(mix(11, p1.stem, 0));
    out.push(mix(12, p2.stem, 0));
    out.push(mix(13, n1.stem, 0));
    out.push(mix(14, n2.stem, 0));
    out.push(mix(15, small(p1.flags, 0, 0), 0));
    out.push(mix(16, small(n1.flags, 0, 0), 0));
    out.push(mix(17, p1.full, 0));
    out.push(mix(21, p1.stem, t.stem));
    out.push(mix(22, t.stem, n1.stem));
    out.push(mix(24, small(p1.shape, t.shape, n1.shape), 0));
    out.push(mix(26, n1.full, 0));
    // corpus priors: names are rare words that never take the article
    out.push(mix(27, small(t.prior, 0, 0), 0));
    out.push(mix(28, small(p1.prior, t.prior, 0), 0));
    out.push(mix(29, small(t.prior, n1.prior, 0), 0));
    out.push(mix(30, small(t.prior, 0, 0), t.s2));
    out.push(mix(32, small(t.prior, 0, 0), p1.stem));
    // distributional class: the commonest neighbours of the word in a large corpus
    out.push(mix(33, t.before, 0));
    out.push(mix(34, t.after, 0));
    out.push(mix(35, t.before, t.after));
    out.push(mix(37, n1.before, n1.after));
    out.push(mix(38, p1.before, p1.after));
    // name slots: how often the word follows a title, a place head, an organisation head
    out.push(mix(39, small(t.slots, 0, 0), 0));
    out.push(mix(40, small(t.slots, t.prior, 0), 0));
    out.push(mix(41, small(p1.slots, t.slots, n1.slots), 0));
    // neighbours' flags, priors and proclitics a little further out
    out.push(mix(47, small(n1.flags, n2.flags, 0), 0));
    out.push(mix(48, small(p2.flags, p1.flags, 0), 0));
    out.push(mix(49, small(n1.prior, n2.prior, 0), 0));
    out.push(mix(50, n1.proclitic, 0));
    out.push(mix(51, p1.proclitic, t.proclitic));
    out.push(mix(52, n1.s2, 0));
    // what the rest of the document says of the word (see `crate::doc_context`)
    out.push(mix(54, small(t.doc, 0, 0), 0));
    out.push(mix(55, small(t.doc, t.prior, 0), 0));
    out.push(mix(56, small(p1.doc, t.doc, n1.doc), 0));
    out.push(mix(57, small(t.doc, t.slots, 0), 0));
    // word classes from a large corpus (see `crate::clusters`)
    out.push(mix(61, t.class, 0));
    out.push(mix(62, p1.class, 0));
    out.push(mix(63, n1.class, 0));
    out.push(mix(65, p1.class, t.class));
    out.push(mix(66, t.class, n1.class));
    if let Some(hs) = hints {
        stacked(&t, &p1, hs, i, out);
    }
}

/// The features of token `i` that read the two labels before it (appended to `out`):
/// [`after_label`] and [`label_pair`].
pub(crate) fn history(pre: &[Pre], hints: Option<&[Hint]>, i: usize, prev: u8, prev2: u8, out: &mut Vec<u64>) {
    after_label(pre, hints, i, prev, out);
    out.push(label_pair(prev, prev2));
}

/// The one feature that reads the label two tokens back (with the last).
pub(crate) fn label_pair(prev: u8, prev2: u8) -> u64 {
    mix(19, small(prev2, prev, 0), 0)
}

/// The features of token `i` that read the label before it (appended to `out`): paths in a
/// beam that end in the same label share them.
pub(crate) fn after_label(pre: &[Pre], hints: Option<&[Hint]>, i: usize, prev: u8, out: &mut Vec<u64>) {
    let (t, p1) = (pre_at(pre, i, 0), pre_at(pre, i, -1));
    let pv = small(prev, 0, 0);
    out.push(mix(18, pv, 0));
    out.push(mix(20, pv, t.stem));
    out.push(mix(23, small(prev, t.flags, 0), 0));
    out.push(mix(25, pv, p1.stem));
    out.push(mix(31, small(prev, t.prior, 0), 0));
    out.push(mix(36, pv, t.before));
    out.push(mix(58, small(t.doc, prev, 0), 0));
    out.push(mix(64, pv, t.class));
    if let Some(hs) = hints {
        let (h, hp1, hn1) = (hint_at(hs, i, 0), hint_at(hs, i, -1), hint_at(hs, i, 1));
        out.push(mix(86, small(prev, h.label, hn1.label), 0));
        out.push(mix(97, small(hp1.label, prev, h.label), 0));
        out.push(mix(101, small(h.span, prev, 0), 0));
        out.push(mix(108, small(h.corpus, prev, 0), 0));
    }
}

/// The token `k` places from token `i` (a pad beyond the sentence's ends).
fn pre_at(pre: &[Pre], i: usize, k: isize) -> Pre {
    i.checked_add_signed(k).and_then(|j| pre.get(j)).copied().unwrap_or(PAD)
}

/// The hint `k` places from token `i` (a blank beyond the sentence's ends).
fn hint_at(hs: &[Hint], i: usize, k: isize) -> Hint {
    const NONE: Hint = Hint { label: 0xff, conf: 0xff, doc: 0xff, span: 0xff, corpus: 0xff };
    i.checked_add_signed(k).and_then(|j| hs.get(j)).copied().unwrap_or(NONE)
}

/// Second-stage features: the first stage's labels around the token (the words to the right
/// included, which a left-to-right tagger cannot otherwise see) and its votes for the same word
/// elsewhere in the document.
fn stacked(t: &Pre, tp1: &Pre, hs: &[Hint], i: usize, out: &mut Vec<u64>) {
    let at = |k: isize| hint_at(hs, i, k);
    let (h, p1, n1, n2) = (at(0), at(-1), at(1), at(2));
    out.push(mix(80, small(h.label, 0, 0), 0));
    out.push(mix(81, small(h.label, h.conf, 0), 0));
    out.push(mix(82, small(n1.label, 0, 0), 0));
    out.push(mix(83, small(h.label, n1.label, 0), 0));
    out.push(mix(84, small(h.label, n1.label, n2.label), 0));
    out.push(mix(85, small(p1.label, h.label, 0), 0));
    out.push(mix(87, small(n1.label, t.flags, 0), 0));
    out.push(mix(88, small(h.doc, 0, 0), 0));
    out.push(mix(89, small(h.doc, h.label, 0), 0));
    out.push(mix(90, small(h.doc, t.prior, 0), 0));
    out.push(mix(91, small(n1.doc, h.doc, 0), 0));
    out.push(mix(92, small(h.label, 0, 0), t.stem));
    out.push(mix(93, small(n1.label, 0, 0), t.class));
    out.push(mix(94, small(n1.label, t.prior, tp1.flags), 0));
    out.push(mix(95, small(n1.label, t.slots, 0), 0));
    out.push(mix(96, small(h.doc, t.slots, 0), 0));
    out.push(mix(98, small(n1.doc, n1.label, h.label), 0));
    // the same run of words tagged as an entity elsewhere in the document
    out.push(mix(99, small(h.span, 0, 0), 0));
    out.push(mix(100, small(h.span, h.label, 0), 0));
    out.push(mix(102, small(h.span, n1.span, 0), 0));
    // what the first stage said of the same word across a large corpus
    out.push(mix(103, small(h.corpus, 0, 0), 0));
    out.push(mix(104, small(h.corpus, h.label, 0), 0));
    out.push(mix(105, small(h.corpus, t.prior, 0), 0));
    out.push(mix(106, small(h.corpus, h.doc, 0), 0));
    out.push(mix(107, small(p1.corpus, h.corpus, n1.corpus), 0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitics_are_what_precedes_the_stem() {
        assert_eq!(proclitic("والتحالف", "تحالف"), "وال");
        assert_eq!(proclitic("قال", "قال"), "");
        assert_eq!(proclitic("قواتنا", "قوات"), "");
        assert_eq!(proclitic("x", "yz"), "");
    }

    #[test]
    fn affixes_count_chars_not_bytes() {
        assert_eq!(chars_prefix("دمشق", 3), "دمش");
        assert_eq!(chars_suffix("دمشق", 2), "شق");
        assert_eq!(chars_suffix("اب", 3), "اب");
    }

    #[test]
    fn templates_do_not_collide_on_the_same_string() {
        assert_ne!(mix(11, hs("x"), 0), mix(13, hs("x"), 0));
        assert_ne!(mix(21, hs("ab"), hs("c")), mix(21, hs("a"), hs("bc")));
        assert_ne!(mix(21, hs("a"), hs("b")), mix(21, hs("b"), hs("a")));
    }
}
