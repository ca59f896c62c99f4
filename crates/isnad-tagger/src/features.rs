//! Feature templates, hashed to 64-bit ids. Each template hashes its id byte with its strings,
//! so the same string under two templates gives two features.

use crate::Tok;
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

const PAD: Tok<'static> = Tok { full: "<s>", stem: "<s>", kind: TokenKind::Punct, flags: 0, prior: 0xff, before: "", after: "" };

/// The features of token `i` given the two labels before it.
pub(crate) fn extract(toks: &[Tok], i: usize, prev: u8, prev2: u8, out: &mut Vec<u64>) {
    out.clear();
    let at = |k: isize| -> Tok { usize::try_from(i as isize + k).ok().and_then(|j| toks.get(j)).copied().unwrap_or(PAD) };
    let t = at(0);
    let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
    let st = t.stem.as_bytes();
    out.push(h(0, &[]));
    out.push(h(1, &[st]));
    out.push(h(2, &[t.full.as_bytes()]));
    out.push(h(3, &[chars_prefix(t.stem, 3).as_bytes()]));
    out.push(h(4, &[chars_suffix(t.stem, 3).as_bytes()]));
    out.push(h(5, &[chars_suffix(t.stem, 2).as_bytes()]));
    out.push(h(6, &[chars_prefix(t.stem, 2).as_bytes()]));
    // what was split off in front: و, ال, بال, ل…
    let proclitic = t.full.find(t.stem).map_or("", |p| &t.full[..p]);
    out.push(h(7, &[proclitic.as_bytes()]));
    out.push(h(8, &[&[shape(&t)]]));
    out.push(h(9, &[&[t.flags]]));
    for bit in 0..8 {
        if t.flags & (1 << bit) != 0 {
            out.push(h(10, &[&[bit]]));
        }
    }
    out.push(h(11, &[p1.stem.as_bytes()]));
    out.push(h(12, &[p2.stem.as_bytes()]));
    out.push(h(13, &[n1.stem.as_bytes()]));
    out.push(h(14, &[n2.stem.as_bytes()]));
    out.push(h(15, &[&[p1.flags]]));
    out.push(h(16, &[&[n1.flags]]));
    out.push(h(17, &[p1.full.as_bytes()]));
    out.push(h(18, &[&[prev]]));
    out.push(h(19, &[&[prev2, prev]]));
    out.push(h(20, &[&[prev], st]));
    out.push(h(21, &[p1.stem.as_bytes(), st]));
    out.push(h(22, &[st, n1.stem.as_bytes()]));
    out.push(h(23, &[&[prev, t.flags]]));
    out.push(h(24, &[&[shape(&p1), shape(&t), shape(&n1)]]));
    out.push(h(25, &[&[prev], p1.stem.as_bytes()]));
    out.push(h(26, &[n1.full.as_bytes()]));
    // corpus priors: names are rare words that never take the article
    out.push(h(27, &[&[t.prior]]));
    out.push(h(28, &[&[p1.prior, t.prior]]));
    out.push(h(29, &[&[t.prior, n1.prior]]));
    out.push(h(30, &[&[t.prior], chars_suffix(t.stem, 2).as_bytes()]));
    out.push(h(31, &[&[prev, t.prior]]));
    out.push(h(32, &[&[t.prior], p1.stem.as_bytes()]));
    // distributional class: the commonest neighbours of the word in a large corpus
    out.push(h(33, &[t.before.as_bytes()]));
    out.push(h(34, &[t.after.as_bytes()]));
    out.push(h(35, &[t.before.as_bytes(), t.after.as_bytes()]));
    out.push(h(36, &[&[prev], t.before.as_bytes()]));
    out.push(h(37, &[n1.before.as_bytes(), n1.after.as_bytes()]));
    out.push(h(38, &[p1.before.as_bytes(), p1.after.as_bytes()]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_count_chars_not_bytes() {
        assert_eq!(chars_prefix("دمشق", 3), "دمش");
        assert_eq!(chars_suffix("دمشق", 2), "شق");
        assert_eq!(chars_suffix("اب", 3), "اب");
    }

    #[test]
    fn templates_do_not_collide_on_the_same_string() {
        assert_ne!(h(11, &[b"x"]), h(13, &[b"x"]));
        assert_ne!(h(21, &[b"ab", b"c"]), h(21, &[b"a", b"bc"]));
    }
}
