//! Numbers and quantities: digits in any script with separators, number words and their
//! compounds, scale words (`11 ألف`, `1.5 مليون`), percentages, ranges, approximations,
//! vague counts, units, the noun counted and the event role the sentence gives it.

use crate::lexicon::*;
use crate::times::Ctx;
use isnad_doc::Quantity;
use isnad_text::{Span, TokenKind};

#[derive(Debug, Clone)]
pub struct QuantityHit {
    pub start: usize,
    pub end: usize,
    pub q: Quantity,
    pub rule: &'static str,
}

/// Parse a digit token: `1,500`, `1.5`, `٢٠١٩`, `11٫5`.
fn parse_digits(t: &str) -> Option<f64> {
    let mut s = String::with_capacity(t.len());
    for c in t.chars() {
        match isnad_text::digit_value(c) {
            Some(d) => s.push(char::from_digit(d, 10)?),
            None => s.push(match c {
                '٫' => '.',
                '٬' => ',',
                x => x,
            }),
        }
    }
    // `,` is a thousands separator when every group after it has three digits; a lone `.`
    // followed by exactly three digits in a number with other `.` groups is one too (1.500.000).
    let groups_of_3 = |sep: char| s.split(sep).skip(1).all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
    let cleaned = if s.contains(',') && groups_of_3(',') {
        s.replace(',', "")
    } else if s.matches('.').count() > 1 && groups_of_3('.') {
        s.replace('.', "")
    } else {
        s.replace(',', ".")
    };
    cleaned.parse().ok()
}

fn word_value(k: &str) -> Option<(f64, u8)> {
    // (value, class): 1 units/teens, 2 tens, 3 hundreds
    let k = k.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(k);
    UNITS.iter().find(|(w, _)| *w == k).map(|&(_, v)| (v, 1)).or_else(|| TENS.iter().find(|(w, _)| *w == k).map(|&(_, v)| (v, 2))).or_else(|| HUNDREDS.iter().find(|(w, _)| *w == k).map(|&(_, v)| (v, 3)))
}

fn scale(k: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == k).map(|&(_, v)| v)
}

/// A number starting at token `i`: digits or words, with a scale word after it.
/// Returns (value, tokens used).
fn number_at(c: &Ctx, i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    // الـ1000: an article token glued to the number
    if matches!(c.full(j), "ال" | "الـ") && c.toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number) {
        j += 1;
    }
    let (mut v, mut used) = if j < c.end && c.toks[j].kind == TokenKind::Number {
        (parse_digits(c.toks[j].text(c.raw))?, j + 1 - i)
    } else {
        // number words: units [و tens] | hundreds [و ...] | unit + عشر (teens)
        let mut total = 0.0;
        let mut k = j;
        let mut any = false;
        loop {
            let key = c.stem(k);
            let Some((wv, _)) = word_value(key) else { break };
            // "عشر/عشرة" right after a unit makes a teen: أحد عشر, ثلاثة عشر
            if any && (wv - 10.0).abs() < f64::EPSILON && total < 10.0 && !c.full(k).starts_with('و') {
                total += 10.0;
            } else {
                total += wv;
            }
            any = true;
            k += 1;
            // continue only through a و-conjoined next number word
            if !(c.full(k).starts_with('و') && word_value(c.stem(k)).is_some() || (wv < 10.0 && matches!(c.stem(k), "عشر" | "عشره"))) {
                break;
            }
        }
        // أحد عشر / إحدى عشرة
        if !any && matches!(c.stem(j), "احد" | "احدي") && matches!(c.stem(j + 1), "عشر" | "عشره") {
            total = 11.0;
            any = true;
            k = j + 2;
        }
        if !any {
            // a bare scale word: ألف, مليون (but not the plural آلاف, a vague count)
            let s = scale(c.stem(j)).filter(|_| c.stem(j) != "الاف")?;
            return Some((s, j + 1 - i));
        }
        (total, k - i)
    };
    if let Some(s) = scale(c.stem(i + used)) {
        // a dual scale (ألفين) stands alone; 3-10 take the plural (ثلاثة آلاف)
        v *= s;
        used += 1;
        // "ألف وخمسمئة": a و-conjoined remainder
        if c.full(i + used).starts_with('و') {
            if let Some((r, _)) = word_value(c.stem(i + used)) {
                if r < s {
                    v += r;
                    used += 1;
                }
            }
        }
    }
    Some((v, used))
}

fn approx_before(c: &Ctx, i: usize, start: usize) -> (usize, bool, u8) {
    // multi-word cues first
    let two = |a: &str, b: &str| i >= start + 2 && c.full(i - 2) == a && c.full(i - 1) == b;
    if two("ما", "يقارب") || two("ما", "يقرب") || two("ما", "يناهز") {
        return (i - 2, true, 0);
    }
    if two("لا", "يقل") || two("ما", "يزيد") {
        return (i - 2, false, 1);
    }
    if i >= start + 3 && c.full(i - 3) == "لا" && c.full(i - 2) == "يقل" && c.full(i - 1) == "عن" {
        return (i - 3, false, 1);
    }
    if i >= start + 2 && c.full(i - 1) == "من" {
        if let Some(&(_, a, b)) = APPROX_ONE.iter().find(|(k, _, _)| *k == c.full(i - 2) && matches!(*k, "اكثر" | "ازيد" | "اقل")) {
            return (i - 2, a, b);
        }
    }
    if i > start {
        if let Some(&(_, a, b)) = APPROX_ONE.iter().find(|(k, _, b)| *k == c.stem(i - 1) && *b == 0) {
            return (i - 1, a, b);
        }
    }
    (i, false, 0)
}

fn is_function_word(k: &str) -> bool {
    matches!(k, "من" | "في" | "الي" | "علي" | "عن" | "و" | "او" | "ان" | "ما" | "لا" | "مع" | "بين" | "حتي" | "قد" | "ثم" | "كل" | "هذا" | "هذه" | "التي" | "الذي" | "الذين" | "بعد" | "قبل" | "منذ" | "خلال" | "عند" | "لدي" | "نحو" | "،" | "," | "." | ")" | "(" | "-" | ":" | "\"")
}

/// What is counted: the next content word, skipping من/الـ (`عشرات الآلاف من المقاتلين`).
fn counted(c: &Ctx, k: usize) -> Option<usize> {
    let k = if c.full(k) == "من" { k + 1 } else { k };
    if k >= c.end || c.toks[k].kind != TokenKind::Arabic || is_function_word(c.full(k)) {
        return None;
    }
    // reject obvious non-nouns: time words and verbs of reporting
    if unit(&[c.stem(k)]).is_some() || matches!(c.stem(k), "قال" | "اضاف" | "اكد" | "قالت") {
        return None;
    }
    Some(k)
}

/// Role from cue words in the surrounding window (the counted noun itself counts too).
fn role_near(c: &Ctx, lo: usize, hi: usize, s: usize, e: usize) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    for k in lo..hi {
        let (sk, fk) = (c.stem(k), c.full(k));
        // a preposition glued to the cue (بمقتل, لمقتل) is not split by the tokeniser
        let bare = sk.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() >= 3).unwrap_or(sk);
        if let Some(&(_, r)) = ROLES.iter().find(|(w, _)| *w == sk || *w == fk || *w == bare) {
            let d = if k < s { s - k } else if k >= e { k + 1 - e } else { 0 };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, r));
            }
        }
    }
    best.filter(|&(d, _)| d <= 6).map(|(_, r)| r)
}

pub(crate) fn find(c: &Ctx, start: usize, used: &[bool], sentence_of: &dyn Fn(usize) -> (usize, usize)) -> Vec<QuantityHit> {
    let mut out = Vec::new();
    let mut i = start;
    while i < c.end {
        if used.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        // vague counts first: عشرات (الآلاف), مئات (الآلاف), آلاف
        let vk = c.stem(i);
        let vague = VAGUE.iter().find(|(w, ..)| *w == vk).copied();
        if let Some((w, mut lo, mut best, mut hi)) = vague {
            let mut end = i + 1;
            if matches!(c.full(end), "الالاف" | "الاف") && w != "الاف" {
                lo *= 1000.0;
                best *= 1000.0;
                hi = hi * 1000.0 + 999.0;
                end += 1;
            } else if c.full(end) == "الملايين" {
                lo *= 1e6;
                best *= 1e6;
                hi = hi * 1e6 + 999_999.0;
                end += 1;
            }
            let cnt = counted(c, end);
            let (ss, se) = sentence_of(i);
            let q = Quantity {
                value: best,
                low: Some(lo),
                high: (!hi.is_nan()).then_some(hi),
                approx: true,
                vague: Some(c.toks[i].stem.slice(c.raw).to_string()),
                percent: false,
                unit: None,
                counts: cnt.map(|k| c.toks[k].span),
                role: role_near(c, ss.max(i.saturating_sub(6)), se.min(end + 7), i, end),
            };
            out.push(QuantityHit { start: i, end: cnt.map_or(end, |k| k + 1), q, rule: "vague-count" });
            i = end;
            continue;
        }
        let Some((v, n)) = number_at(c, i) else {
            i += 1;
            continue;
        };
        if (i..i + n).any(|k| used.get(k).copied().unwrap_or(false)) {
            i += n;
            continue;
        }
        let (qs, approx, bound) = approx_before(c, i, start);
        let mut end = i + n;
        let mut low = None;
        let mut high = None;
        let mut rule = "number";
        // ranges: X إلى Y, X - Y, بين X و Y
        let range_sep = matches!(c.full(end), "الي" | "-" | "–") || (c.full(end) == "و" && qs > 0 && c.full(qs - 1) == "بين");
        if range_sep {
            if let Some((v2, n2)) = number_at(c, end + 1).filter(|(v2, _)| *v2 > v) {
                low = Some(v);
                high = Some(v2);
                end = end + 1 + n2;
                rule = "range";
            }
        } else if c.full(end).starts_with('و') && c.toks.get(end).is_some_and(|t| t.kind == TokenKind::Arabic) && i > start && c.full(i - 1) == "بين" {
            // بين 10 و20 written as و20 is tokenised apart; handled above
        }
        let mut percent = false;
        if matches!(c.full(end), "%" | "٪") {
            percent = true;
            end += 1;
        } else if c.full(end) == "في" && matches!(c.full(end + 1), "المئه" | "المائه") {
            percent = true;
            end += 2;
        } else if matches!(c.full(end), "بالمئه" | "بالمائه") {
            percent = true;
            end += 1;
        }
        let keys: Vec<&str> = (end..(end + 3).min(c.end)).map(|k| c.stem(k)).collect();
        let mut unit_code = None;
        let mut cnt = None;
        if !percent {
            if let Some((u, un)) = unit(&keys) {
                unit_code = Some(u);
                end += un;
            } else {
                cnt = counted(c, end);
            }
        }
        let (ss, se) = sentence_of(i);
        let s_end = cnt.map_or(end, |k| k + 1);
        let q = Quantity {
            value: high.map_or(v, |h| (v + h) / 2.0),
            low: low.or((bound == 1).then_some(v)),
            high: high.or((bound == 2).then_some(v)),
            approx: approx || bound > 0,
            vague: None,
            percent,
            unit: unit_code.map(String::from),
            counts: cnt.map(|k| c.toks[k].span),
            role: if percent || unit_code.is_some() { None } else { role_near(c, ss.max(qs.saturating_sub(6)), se.min(s_end + 6), qs, s_end) },
        };
        let rule = if approx { "approx" } else if bound > 0 { "bound" } else { rule };
        out.push(QuantityHit { start: qs, end: s_end, q, rule });
        i = end.max(i + 1);
    }
    out
}

/// Span of tokens `[s, e)`.
pub(crate) fn tok_span(c: &Ctx, s: usize, e: usize) -> Span {
    Span { start: c.toks[s].span.start, end: c.toks[e.max(s + 1) - 1].span.end }
}

#[cfg(test)]
mod tests {
    use super::parse_digits;
    #[test]
    fn digit_forms() {
        assert_eq!(parse_digits("1,500"), Some(1500.0));
        assert_eq!(parse_digits("١٢"), Some(12.0));
        assert_eq!(parse_digits("1.5"), Some(1.5));
        assert_eq!(parse_digits("1.500.000"), Some(1_500_000.0));
        assert_eq!(parse_digits("11٫5"), Some(11.5));
        assert_eq!(parse_digits("2,5"), Some(2.5));
    }
}
