//! Numbers and quantities: digits in any script with separators, number words and their
//! compounds, scale words (`11 ألف`, `1.5 مليون`), percentages, ranges, approximations,
//! vague counts, units, the noun counted and the event role the sentence gives it.

use crate::lexicon::{APPROX_ONE, HUNDREDS, SCALES, TENS, UNITS, VAGUE};
use crate::times::Ctx;
use crate::units;
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
    // both separators: the last one is the decimal sign (1,000,000.00 and 1.000.000,00)
    if s.contains(',') && s.contains('.') {
        let (dec, thou) = if s.rfind('.') > s.rfind(',') { ('.', ',') } else { (',', '.') };
        return s.replace(thou, "").replace(dec, ".").parse().ok();
    }
    let cleaned = if s.contains(',') && groups_of_3(',') {
        s.replace(',', "")
    } else if s.matches('.').count() > 1 && groups_of_3('.') {
        s.replace('.', "")
    } else {
        s.replace(',', ".")
    };
    cleaned.parse().ok()
}

/// Number words and scales in hash maps: every token of every document is looked up here. The
/// third table holds every word [`component`] can read (both maps, zero, the teen units), so a
/// token none of whose forms is in it is turned away with one or two lookups.
type NumberTables = (isnad_text::FastMap<&'static str, (f64, u8)>, isnad_text::FastMap<&'static str, f64>, isnad_text::FastSet<&'static str>);

fn tables() -> &'static NumberTables {
    static T: std::sync::OnceLock<NumberTables> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut words = isnad_text::FastMap::default();
        // first entry wins, as the linear tables did
        for (list, class) in [(UNITS, 1u8), (TENS, 2), (HUNDREDS, 3)] {
            for &(w, v) in list {
                words.entry(w).or_insert((v, class));
            }
        }
        let mut scales = isnad_text::FastMap::default();
        for &(w, v) in SCALES {
            scales.entry(w).or_insert(v);
        }
        let mut forms: isnad_text::FastSet<&'static str> = words.keys().chain(scales.keys()).copied().collect();
        forms.extend(["صفر", "احد", "احدي", "حادي", "اثنا", "اثنتا", "اثني", "اثنتي"]);
        (words, scales, forms)
    })
}

/// Could `k` be read by [`component`], with or without one or two articles? (A superset test:
/// `tests::component_forms_cover_every_component_word` checks it covers what component reads.)
fn may_be_component(k: &str) -> bool {
    let forms = &tables().2;
    forms.contains(k) || k.strip_prefix("ال").is_some_and(|r| forms.contains(r) || r.strip_prefix("ال").is_some_and(|r| forms.contains(r)))
}

fn word_value(k: &str) -> Option<(f64, u8)> {
    // (value, class): 1 units/teens, 2 tens, 3 hundreds
    let k = k.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(k);
    tables().0.get(k).copied()
}

fn scale(k: &str) -> Option<f64> {
    tables().1.get(k).copied()
}

/// Dual scale words stand for two of the scale on their own (ألفان = 2000).
fn dual_scale(k: &str) -> bool {
    matches!(k, "الفان" | "الفين" | "مليونان" | "مليونين" | "ملياران" | "مليارين")
}

/// The unit forms that only occur before عشر/عشرة (أحد عشر, اثنا عشر, إحدى عشرة).
fn teen_unit(k: &str) -> Option<f64> {
    match k {
        "احد" | "احدي" | "حادي" => Some(1.0),
        "اثنا" | "اثنتا" | "اثني" | "اثنتي" => Some(2.0),
        _ => None,
    }
}

/// One number-word component at token `k`: (value, kind) with kind 1 unit, 2 ten, 3 hundred,
/// 4 scale, 5 dual scale, 6 the ten of a teen (عشر), 7 zero.
fn component(c: &Ctx, k: usize) -> Option<(f64, u8)> {
    if k >= c.end || double_article(c.full(k)) {
        return None;
    }
    // the clitic splitter may read a number's ending as a pronoun (مليونا → مليو+نا): if the
    // stem is not a number word, try the whole token (without a leading و)
    let full = c.full(k);
    // the words read below are the stem, the token, or the token without و/ل/ب
    if !may_be_component(c.stem(k)) && !may_be_component(full) && !full.strip_prefix(['و', 'ل', 'ب']).is_some_and(may_be_component) {
        return None;
    }
    let whole = full.strip_prefix(['و', 'ل', 'ب']).filter(|r| component_word(r)).unwrap_or(full);
    let stem_k = c.stem(k);
    let raw_st = if component_word(stem_k) || !component_word(whole) { stem_k } else { whole };
    // a number-initial ألفا/مليونا without tanwin is the dual construct (ألفا شخص = 2000)
    if matches!(raw_st, "الفا" | "مليونا") && !c.toks[k].text(c.raw).contains('\u{064B}') && (k == 0 || component(c, k - 1).is_none()) {
        return scale(raw_st).map(|v| (v, 5));
    }
    // folded ألف starts with "ال" too: only strip an article when the word is not a number as it is
    let st = if scale(raw_st).is_some() || word_value(raw_st).is_some() { raw_st } else { raw_st.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(raw_st) };
    if st == "صفر" {
        return Some((0.0, 7));
    }
    if dual_scale(st) {
        return scale(st).map(|v| (v, 5));
    }
    if let Some(v) = scale(st) {
        return Some((v, 4));
    }
    if let Some(v) = teen_unit(st) {
        return Some((v, 1));
    }
    word_value(st)
}

/// الإلحادي, والإلحادي: an article before a word that itself begins with ال. Splitting the article
/// off leaves a stem (الحادي) that reads as a number word, but the word is not one.
fn double_article(full: &str) -> bool {
    full.trim_start_matches(['و', 'ف', 'ب', 'ك']).starts_with("الال")
}

fn component_word(k: &str) -> bool {
    k == "صفر" || scale(k).is_some() || teen_unit(k).is_some() || word_value(k).is_some()
}

/// Ordinal words (masculine and feminine; the article is optional).
fn ordinal_word(k: &str) -> Option<f64> {
    let k = k.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(k);
    Some(match k {
        "اول" | "اولي" => 1.0,
        "ثاني" | "ثان" | "ثانيه" => 2.0,
        "ثالث" | "ثالثه" => 3.0,
        "رابع" | "رابعه" => 4.0,
        "خامس" | "خامسه" => 5.0,
        "سادس" | "سادسه" => 6.0,
        "سابع" | "سابعه" => 7.0,
        "ثامن" | "ثامنه" => 8.0,
        "تاسع" | "تاسعه" => 9.0,
        "عاشر" | "عاشره" => 10.0,
        _ => return None,
    })
}

/// An ordinal at token `i`: الثالث, الحادي عشر, الخامس والعشرون, الواحد والثلاثين, التسعون.
fn ordinal_at(c: &Ctx, i: usize) -> Option<(f64, usize)> {
    crate::times::remember(&c.ordinals, c.from, i, || ordinal_at_uncached(c, i))
}

fn ordinal_at_uncached(c: &Ctx, i: usize) -> Option<(f64, usize)> {
    if i >= c.end {
        return None;
    }
    let f = c.full(i);
    let st = c.stem(i);
    if double_article(f) {
        return None;
    }
    let has_article = f.starts_with("ال") || c.toks[i].prefix(c.raw).ends_with("ال");
    let teen = |k: usize| matches!(c.stem(k), "عشر" | "عشره");
    let tens_after = |k: usize| -> Option<(f64, usize)> {
        // و + tens with the article: والعشرون / و العشرين
        let (tk, n) = if c.full(k) == "و" {
            (k + 1, 2)
        } else if c.full(k).starts_with("وال") {
            (k, 1)
        } else {
            return None;
        };
        let t = c.full(tk).trim_start_matches('و');
        let t = t.strip_prefix("ال")?;
        TENS.iter().find(|(w, _)| *w == t).map(|&(_, v)| (v, n))
    };
    let unit = ordinal_word(st).or_else(|| {
        if has_article {
            match strip_article(st) {
                "حادي" | "احد" | "احدي" | "واحد" => Some(1.0),
                "اثني" | "اثنا" => Some(2.0),
                _ => None,
            }
        } else {
            None
        }
    });
    if let Some(u) = unit {
        if teen(i + 1) {
            return Some((10.0 + u, 2));
        }
        if let Some((t, n)) = tens_after(i + 1) {
            return Some((u + t, 1 + n));
        }
        // the bare cardinal "واحد" is not an ordinal on its own
        return ordinal_word(st).map(|v| (v, 1));
    }
    // التسعون: tens with the article, standing alone
    if has_article {
        let bare = strip_article(st);
        if let Some(&(_, v)) = TENS.iter().find(|(w, _)| *w == bare) {
            let next_is_noun = i + 1 < c.end && c.toks[i + 1].kind == TokenKind::Arabic;
            if !next_is_noun {
                return Some((v, 1));
            }
        }
    }
    None
}

/// No space between tokens `a` and `b`.
fn glued(c: &Ctx, a: usize, b: usize) -> bool {
    c.toks.get(a).zip(c.toks.get(b)).is_some_and(|(x, y)| x.span.end == y.span.start)
}

/// A sign or a leading decimal mark glued to the number token at `j`: `-1.2`, `.77`, `٫٧٧`.
/// Returns the adjusted value and whether the sign token was taken (so the span grows left).
fn sign_and_fraction(c: &Ctx, j: usize, v: f64, start: usize) -> (f64, usize) {
    if j == 0 || j <= start || !glued(c, j - 1, j) {
        return (v, j);
    }
    let prev = c.toks[j - 1].text(c.raw);
    let before_is_digit = j >= 2 && glued(c, j - 2, j - 1) && c.toks[j - 2].kind == TokenKind::Number;
    if before_is_digit {
        return (v, j);
    }
    match prev {
        "." | "٫" => {
            let digits = c.toks[j].text(c.raw).chars().count() as i32;
            let frac = v / 10f64.powi(digits);
            let (f, s) = sign_and_fraction(c, j - 1, frac, start);
            (f, s)
        }
        "-" | "−" => (-v, j - 1),
        _ => (v, j),
    }
}

/// Parse a spelled-out number from token `j`: units, teens, tens, hundreds (fused or split),
/// scales in falling order, duals, zero, joined by attached or detached و.
/// Returns (value, tokens used from `j`).
fn words_at(c: &Ctx, j: usize, conj: bool) -> Option<(f64, usize)> {
    let (mut total, mut cur) = (0.0f64, 0.0f64);
    let mut last_scale = f64::INFINITY;
    let mut k = j;
    let mut prev: Option<(f64, u8)> = None;
    let mut used_end = j;
    while let Some((v, kind)) = component(c, k) {
        let joined = k > j && c.full(k).starts_with('و');
        if joined && !conj {
            break;
        }
        match kind {
            7 => {
                if k == j {
                    used_end = k + 1;
                }
                break;
            }
            // "ألف ألف": a scale word right before the same scale stands for one (pyarabic writes 201000 as مئتان و ألف ألف)
            4 if component(c, k + 1).is_some_and(|(v2, k2)| k2 == 4 && v2 == v) && (k == j || joined || c.full(k - 1) == "و") => {
                cur += 1.0;
            }
            4 | 5 => {
                if v >= last_scale {
                    break;
                }
                let n = if kind == 5 {
                    2.0
                } else if cur == 0.0 {
                    1.0
                } else {
                    cur
                };
                if kind == 5 && cur != 0.0 {
                    break;
                }
                total += n * v;
                cur = 0.0;
                last_scale = v;
            }
            _ => {
                let teen = v == 10.0 && matches!(prev, Some((u, 1)) if u < 10.0) && !joined;
                let split_hundred = kind == 3 && v == 100.0 && matches!(prev, Some((u, 1)) if u < 10.0) && !joined;
                if teen {
                    cur += 10.0;
                } else if split_hundred {
                    let u = prev.map_or(0.0, |p| p.0);
                    cur += u * 100.0 - u;
                } else {
                    // a new component must be joined by و, or it is a separate number; spoken
                    // Egyptian drops the و after hundreds (خمسمية خمسة و عشرين)
                    let after_hundred = matches!(prev, Some((_, 3))) && kind <= 2;
                    if k > j && !joined && c.full(k - 1) != "و" && !after_hundred {
                        break;
                    }
                    cur += v;
                }
            }
        }
        prev = Some((v, kind));
        used_end = k + 1;
        k += 1;
        // continue past a detached و only when a number word follows it
        if conj && c.full(k) == "و" && component(c, k + 1).is_some() {
            k += 1;
        }
    }
    (used_end > j).then_some((total + cur, used_end - j))
}

/// A number at token `i` (digits or words), for the time grammar.
pub(crate) fn number_at_pub(c: &Ctx, i: usize) -> Option<(f64, usize)> {
    number_at(c, i)
}

/// An ordinal at token `i`, for the time grammar.
pub(crate) fn ordinal_pub(c: &Ctx, i: usize) -> Option<(f64, usize)> {
    ordinal_at(c, i)
}

/// A number starting at token `i`: digits or words, with a scale word after digits.
/// Returns (value, tokens used).
fn number_at(c: &Ctx, i: usize) -> Option<(f64, usize)> {
    number_at_opts(c, i, true)
}

/// `conj`: whether و may join number words into one number (false right after بين).
fn number_at_opts(c: &Ctx, i: usize, conj: bool) -> Option<(f64, usize)> {
    let mut j = i;
    // الـ1000: an article token glued to the number
    if matches!(c.full(j), "ال" | "الـ") && c.toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number) {
        j += 1;
    }
    if j < c.end && c.toks[j].kind == TokenKind::Number {
        let mut v = parse_digits(c.toks[j].text(c.raw))?;
        let mut used = j + 1 - i;
        // 11/10 (a fraction, when the time layer did not read it as a date)
        if c.full(j + 1) == "/" && glued(c, j, j + 1) && glued(c, j + 1, j + 2) {
            if let Some(d) = c.toks.get(j + 2).filter(|t| t.kind == TokenKind::Number && j + 2 < c.end).and_then(|t| parse_digits(t.text(c.raw))).filter(|d| *d >= 2.0) {
                return Some((v / d, used + 2));
            }
        }
        // 1 فاصلة 5: a spelled decimal comma
        if c.full(j + 1) == "فاصله" {
            if let Some((f, n)) = number_at(c, j + 2).filter(|(f, _)| f.fract() == 0.0 && *f >= 0.0) {
                let digits = format!("{f}").len() as i32;
                v += f / 10f64.powi(digits);
                used += 1 + n;
            }
        }
        // 11 ألف, 1.5 مليون
        if let Some(s) = scale(c.stem(i + used)).filter(|_| !dual_scale(c.stem(i + used))) {
            v *= s;
            used += 1;
        }
        return Some((v, used));
    }
    let (mut v, mut n) = words_at(c, j, conj)?;
    // a lone plural scale (آلاف) is a vague count, handled elsewhere
    if n == 1 && c.stem(j) == "الاف" {
        return None;
    }
    if c.full(j + n) == "فاصله" {
        if let Some((f, m)) = words_at(c, j + n + 1, true).filter(|(f, _)| f.fract() == 0.0) {
            v += f / 10f64.powi(format!("{f}").len() as i32);
            n += 1 + m;
        }
    }
    Some((v, j - i + n))
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
        let st = c.stem(i - 1);
        let bare = st.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() >= 3).unwrap_or(st);
        if let Some(&(_, a, b)) = APPROX_ONE.iter().find(|(k, _, b)| (*k == st || *k == bare) && *b == 0) {
            return (i - 1, a, b);
        }
    }
    (i, false, 0)
}

fn is_function_word(k: &str) -> bool {
    matches!(
        k,
        "من" | "في"
            | "الي"
            | "علي"
            | "عن"
            | "و"
            | "او"
            | "ان"
            | "ما"
            | "لا"
            | "مع"
            | "بين"
            | "حتي"
            | "قد"
            | "ثم"
            | "كل"
            | "هذا"
            | "هذه"
            | "التي"
            | "الذي"
            | "الذين"
            | "بعد"
            | "قبل"
            | "منذ"
            | "خلال"
            | "عند"
            | "لدي"
            | "نحو"
            | "،"
            | ","
            | "."
            | ")"
            | "("
            | "-"
            | ":"
            | "\""
    )
}

/// What is counted: the next content word, or the word after a partitive من
/// (`عشرات الآلاف من المقاتلين`). Returns (token, whether it is adjacent to the number).
fn counted_at(c: &Ctx, k: usize) -> Option<(usize, bool)> {
    let adjacent = c.full(k) != "من";
    counted(c, k).map(|t| (t, adjacent))
}

fn counted(c: &Ctx, k: usize) -> Option<usize> {
    let k = if c.full(k) == "من" { k + 1 } else { k };
    if k >= c.end || c.toks[k].kind != TokenKind::Arabic || is_function_word(c.full(k)) {
        return None;
    }
    // reject obvious non-nouns: time words and verbs of reporting
    if units::unit_at(c, k).is_some() || matches!(c.stem(k), "قال" | "اضاف" | "اكد" | "قالت") {
        return None;
    }
    Some(k)
}

/// Role from cue words in the surrounding window (the counted noun itself counts too).
fn role_near(c: &Ctx, lo: usize, hi: usize, s: usize, e: usize) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    for k in lo..hi {
        let (sk, fk) = (c.stem(k), c.full(k));
        // a preposition or conjunction glued to the cue (بمقتل, وفر) is not always split off
        let bare = sk.strip_prefix(['ب', 'ل', 'و', 'ف']).filter(|r| r.chars().count() >= 2).unwrap_or(sk);
        if let Some(r) = crate::roles::role_of(sk, fk, bare) {
            let d = if k < s {
                s - k
            } else if k >= e {
                k + 1 - e
            } else {
                0
            };
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
        if used.get(i).copied().unwrap_or(false) || !c.may_start(i) {
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
            let cnt_at = counted_at(c, end).filter(|x| !used.get(x.0).copied().unwrap_or(false));
            let cnt = cnt_at.map(|x| x.0);
            let (ss, se) = sentence_of(i);
            let q = Quantity {
                value: best,
                low: Some(lo),
                high: (!hi.is_nan()).then_some(hi),
                approx: true,
                vague: Some(c.toks[i].stem.slice(c.raw).to_string()),
                percent: false,
                ordinal: false,
                unit: None,
                counts: cnt.map(|k| c.toks[k].span),
                role: role_near(c, ss.max(i.saturating_sub(6)), se.min(end + 7), i, end),
            };
            out.push(QuantityHit { start: i, end: cnt_at.filter(|x| x.1).map_or(end, |x| x.0 + 1), q, rule: "vague-count" });
            i = end;
            continue;
        }
        if let Some((v, n)) = ordinal_at(c, i).filter(|&(_, n)| !(i..i + n).any(|k| used.get(k).copied().unwrap_or(false))) {
            let q = Quantity { value: v, low: None, high: None, approx: false, vague: None, percent: false, ordinal: true, unit: None, counts: None, role: None };
            out.push(QuantityHit { start: i, end: i + n, q, rule: "ordinal" });
            i += n;
            continue;
        }
        // ما بين عشرة وعشرون: after بين, a و starts the upper end of a range, not a compound
        let after_bayn = i > start && c.full(i - 1) == "بين";
        let Some((v, n)) = (if after_bayn { number_at_opts(c, i, false) } else { number_at(c, i) }) else {
            // a unit standing alone counts one (كغ) or two (أونصتان, درجتين)
            if let Some(ur) = units::standalone(c, i).filter(|_| !used.get(i).copied().unwrap_or(false)) {
                let mut val = if ur.dual { 2.0 } else { 1.0 } * ur.factor;
                let mut end = i + ur.len;
                if c.full(end) == "تحت" && c.full(end + 1) == "الصفر" {
                    val = -val;
                    end += 2;
                }
                out.push(QuantityHit {
                    start: i,
                    end,
                    q: Quantity { value: val, low: None, high: None, approx: false, vague: None, percent: false, ordinal: false, unit: Some(ur.unit.to_string()), counts: None, role: None },
                    rule: "unit",
                });
                i = end;
                continue;
            }
            i += 1;
            continue;
        };
        if (i..i + n).any(|k| used.get(k).copied().unwrap_or(false)) {
            i += n;
            continue;
        }
        let (mut v, first) = if c.toks[i].kind == TokenKind::Number { sign_and_fraction(c, i, v, start) } else { (v, i) };
        let (mut qs, approx, mut bound) = approx_before(c, first, start);
        let mut end = i + n;
        let mut low = None;
        let mut high = None;
        let mut rule = "number";
        // a currency symbol before the number: $10, $ 10
        let mut unit_r: Option<units::UnitRead> = None;
        if qs > start {
            if let Some(sym) = units::symbol(c.toks[qs - 1].text(c.raw)) {
                unit_r = Some(sym);
                qs -= 1;
            }
        }
        // a unit after the first number of a range: 10$-20$
        if unit_r.is_none() {
            if let Some(ur) = units::unit_at(c, end).filter(|ur| matches!(c.full(end + ur.len), "-" | "–" | "الي")) {
                unit_r = Some(ur);
                end += ur.len;
            }
        }
        // ranges: X إلى Y, X - Y, X حتى Y, بين X وY, من X لـY
        let sep = c.full(end);
        let glued_upper = (sep.starts_with('و') && after_bayn) || (sep.starts_with('ل') && c.full(first.saturating_sub(1)) == "من");
        if matches!(sep, "الي" | "-" | "–" | "حتي") || (sep == "و" && after_bayn) {
            if let Some((v2, n2)) = number_at(c, end + 1).filter(|(v2, _)| *v2 > v) {
                low = Some(v);
                high = Some(v2);
                end = end + 1 + n2;
                rule = "range";
                // 10$-20$: the second number repeats the unit
                if let Some(ur) = unit_r {
                    if units::unit_at(c, end).is_some_and(|u2| u2.unit == ur.unit) {
                        end += 1;
                    }
                }
            }
        } else if glued_upper {
            if let Some((v2, n2)) = number_at(c, end).filter(|(v2, _)| *v2 > v) {
                low = Some(v);
                high = Some(v2);
                end += n2;
                rule = "range";
            }
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
        if !percent && unit_r.is_none() {
            unit_r = units::unit_at(c, end);
            if let Some(ur) = unit_r {
                end += ur.len;
            }
        }
        // cents after dollars: 20 دولار و43 سنت, 20$ و 43c, $20 43
        if unit_r.is_some_and(|ur| matches!(ur.unit, "dollar" | "usd" | "eur")) {
            let k = if c.full(end) == "و" { end + 1 } else { end };
            if let Some((cv, cn)) = number_at(c, k).filter(|(cv, _)| *cv < 100.0 && cv.fract() == 0.0) {
                let cent = units::unit_at(c, k + cn).filter(|u2| u2.unit == "cent");
                let bare = cent.is_none() && qs < first && k == end; // "$20 43": symbol first, cents follow
                if cent.is_some() || bare {
                    v += cv / 100.0;
                    end = k + cn + cent.map_or(0, |u2| u2.len);
                }
            }
        }
        if let Some(ur) = unit_r {
            v *= ur.factor;
            low = low.map(|x| x * ur.factor);
            high = high.map(|x| x * ur.factor);
        }
        // bounds stated around the number: تحت سبعة, 3.42$ على الاقل
        if qs > start && c.full(qs - 1) == "تحت" && unit_r.is_some() {
            bound = 2;
            qs -= 1;
        }
        if c.full(end) == "علي" && c.full(end + 1) == "الاقل" {
            bound = 1;
            end += 2;
        }
        // below zero: 2 تحت الصفر
        if c.full(end) == "تحت" && c.full(end + 1) == "الصفر" {
            v = -v;
            end += 2;
            unit_r = unit_r.or(Some(units::UnitRead { unit: "degree", factor: 1.0, len: 0, dual: false }));
        }
        // "- 2 درجة": a spaced minus is a sign only before a temperature
        if unit_r.is_some_and(|ur| matches!(ur.unit, "degree" | "celsius" | "fahrenheit")) && qs > start && matches!(c.full(qs - 1), "-" | "−") && v > 0.0 {
            v = -v;
            qs -= 1;
        }
        let unit_code = unit_r.map(|ur| ur.unit);
        // after a unit only a partitive من X is what was measured (a product); a bare word is not
        let cnt_at = if percent { None } else { counted_at(c, end).filter(|x| (unit_r.is_none() || !x.1) && !used.get(x.0).copied().unwrap_or(false)) };
        let cnt = cnt_at.map(|x| x.0);
        let (ss, se) = sentence_of(i);
        let s_end = cnt_at.filter(|x| x.1).map_or(end, |x| x.0 + 1);
        let q = Quantity {
            value: high.map_or(v, |h| (v + h) / 2.0),
            low: low.or((bound == 1).then_some(v)),
            high: high.or((bound == 2).then_some(v)),
            approx: approx || bound > 0,
            vague: None,
            percent,
            ordinal: false,
            unit: unit_code.map(String::from),
            counts: cnt.map(|k| c.toks[k].span),
            role: if percent || unit_code.is_some() { None } else { role_near(c, ss.max(qs.saturating_sub(6)), se.min(s_end + 6), qs, s_end) },
        };
        let rule = if approx {
            "approx"
        } else if bound > 0 {
            "bound"
        } else {
            rule
        };
        out.push(QuantityHit { start: qs, end: s_end, q, rule });
        i = end.max(i + 1);
    }
    out
}

/// Span of tokens `[s, e)`.
pub(crate) fn tok_span(c: &Ctx, s: usize, e: usize) -> Span {
    Span { start: c.toks[s].span.start, end: c.toks[e.max(s + 1) - 1].span.end }
}

/// The word without a leading article (a byte compare; `trim_start_matches` builds a searcher).
pub(crate) fn strip_article(s: &str) -> &str {
    s.strip_prefix("ال").unwrap_or(s)
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

    /// The fast reject in `component` must let through every word the lookups after it read.
    #[test]
    fn component_forms_cover_every_component_word() {
        use super::*;
        let lists = UNITS.iter().chain(TENS).chain(HUNDREDS).map(|&(w, _)| w).chain(SCALES.iter().map(|&(w, _)| w));
        let extra = ["صفر", "احد", "احدي", "حادي", "اثنا", "اثنتا", "اثني", "اثنتي", "الفان", "الفين", "مليونان", "مليونين", "ملياران", "مليارين"];
        for w in lists.chain(extra) {
            for form in [w.to_string(), format!("ال{w}")] {
                let read = component_word(&form) || scale(&form).is_some() || teen_unit(&form).is_some() || form == "صفر";
                assert!(!read || may_be_component(&form), "{form}");
            }
        }
        assert!(!may_be_component("حكومه") && !may_be_component("الحكومه"));
    }
}
