//! Named events (type `EVENT`), only where the name is clear: operations, battles, wars,
//! uprisings, agreements, summits, massacres, festivals and competitions. The tagger has no
//! event type (NewsFANE has none), so these are rules, run before every other rule so that
//! الطائف in اتفاق الطائف is the agreement's, not the town's:
//! - a name from the project's table (`resources/events.tsv`: عاصفة الحزم, الربيع العربي);
//! - an event head and a name in quotes: عملية «عاصفة الحزم», بمعركة «الجيب الأخير» (the
//!   mention is the quoted name);
//! - an event head and a year: حرب 1948, زلزال عام 1927;
//! - a head in construct with a town the gazetteer knows: معركة الموصل, مجزرة الحولة, قمة
//!   الرياض (the event is placed at the town).

use crate::lexicon::Lexicon;
use crate::recognize::{is_adjective, is_function_word, Ctx};
use isnad_doc::{EntityType, Span};
use isnad_text::{FastMap, TokenKind};
use std::sync::OnceLock;

/// Heads a quoted event name follows, in construct (عملية «…», not الاتفاق «خطأ تاريخي», where
/// the quotes carry a description). Heads the news also puts before quoted speech or a quoted
/// adjective (اتفاق, مجزرة) are left out, and so is دورة, which folds onto دوره ("his role").
const QUOTED_HEADS: &[&str] =
    &["عملية", "عمليات", "معركة", "حملة", "مناورات", "تمرين", "تمارين", "مؤتمر", "قمة", "مهرجان", "بطولة", "مسابقة", "انتفاضة", "ثورة", "حرب", "غزوة", "اتفاقية", "منتدى", "ملتقى", "معرض"];

/// Heads a year names: حرب 1948, ثورة 1936.
const YEAR_HEADS: &[&str] = &["حرب", "ثورة", "انتفاضة", "زلزال", "مجزرة", "مذبحة", "أحداث", "انتخابات", "مونديال", "أولمبياد", "فيضانات", "إعصار", "حصار"];

/// Heads that name an event by its town, in construct: معركة حلب, اتفاق جدة.
const PLACE_HEADS: &[&str] = &["معركة", "مجزرة", "مذبحة", "اتفاق", "اتفاقية", "معاهدة", "مؤتمر", "قمة", "حصار"];

/// Which of the head lists a word is in: bits [`QUOTED`], [`YEAR`], [`PLACE`].
const QUOTED: u8 = 1;
const YEAR: u8 = 2;
const PLACE: u8 = 4;

/// Every head word's key with its lists' bits: one lookup per token for all three lists (the
/// lists were scanned word by word, 7% of the pipeline's work per document).
fn heads() -> &'static FastMap<String, u8> {
    static H: OnceLock<FastMap<String, u8>> = OnceLock::new();
    H.get_or_init(|| {
        let mut m: FastMap<String, u8> = FastMap::default();
        for (list, bit) in [(QUOTED_HEADS, QUOTED), (YEAR_HEADS, YEAR), (PLACE_HEADS, PLACE)] {
            for w in list {
                *m.entry(isnad_text::key(w)).or_default() |= bit;
            }
        }
        m
    })
}

/// The head lists token `i` is in (by its stem or whole word), with no pronoun after it
/// (عمليتها is no name's head).
fn head_kinds(c: &Ctx, i: usize) -> u8 {
    let h = heads();
    let kinds = h.get(c.stem(i)).copied().unwrap_or(0) | h.get(c.full(i)).copied().unwrap_or(0);
    if kinds != 0 && c.doc.tokens[i].suffix(&c.doc.raw).is_empty() {
        kinds
    } else {
        0
    }
}

/// A year from 1800 to 2099 in Western or Arabic-Indic digits.
fn year(c: &Ctx, k: usize) -> bool {
    let Some(t) = c.doc.tokens.get(k).filter(|t| t.kind == TokenKind::Number) else { return false };
    let digits: String = c.doc.raw[t.span.start as usize..t.span.end as usize].chars().map(|ch| ch.to_digit(10).map_or(ch, |d| char::from(b'0' + d as u8))).collect();
    digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| (1800..=2099).contains(&y))
}

/// The quoted name right after token `i`: `(first, end)` of the words inside the quotes. A
/// straight quote opens only after a space and closes only before a non-letter, so that the
/// closing quote of «الثورة» ويفشي «…» is not read as an opening one.
fn quoted_after(c: &Ctx, i: usize) -> Option<(usize, usize)> {
    let n = c.doc.tokens.len();
    let open = i + 1;
    if open >= n || !matches!(c.full(open), "\"" | "«" | "“") || !c.same_sentence(i, open) {
        return None;
    }
    let raw = &c.doc.raw;
    let (o, after_open) = (&c.doc.tokens[open], c.doc.tokens.get(open + 1));
    if c.full(open) == "\"" && (raw[..o.span.start as usize].chars().next_back().is_some_and(|ch| !ch.is_whitespace()) || after_open.is_some_and(|t| t.span.start != o.span.end)) {
        return None;
    }
    let close = (open + 2..(open + 8).min(n)).find(|&k| matches!(c.full(k), "\"" | "»" | "”"))?;
    if raw[c.doc.tokens[close].span.end as usize..].chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let inside = open + 1..close;
    let words = inside.clone().all(|k| !c.used[k] && (c.arabic(k) || matches!(c.doc.tokens[k].kind, TokenKind::Latin | TokenKind::Number)) && c.same_sentence(open, k));
    // a known actor or place in quotes after the head is who or where, not the event's name
    // (هجمات «داعش», معركة «حلب»); one word the news uses as a common word or an adjective is a
    // description (عملية «جبانة», معركة «بقاء»)
    let lx = Lexicon::get();
    let key = inside.clone().map(|k| c.stem(k)).collect::<Vec<_>>().join(" ");
    let adjective = inside.len() == 1 && (is_adjective(c.full(open + 1)) || crate::ner::corpus_says_ordinary(c.stem(open + 1)) || lx.ordinary.contains(c.stem(open + 1)));
    (words && !adjective && !lx.actors.contains_key(&key) && !lx.places.contains_key(&key)).then_some((open + 1, close))
}

/// A town's words, none of them a word the news uses as a common noun (قمة المجد, حصار مدينة,
/// مؤتمر حول: places GeoNames lists under ordinary words).
fn proper_town(c: &Ctx, a: usize, b: usize) -> bool {
    let lx = Lexicon::get();
    (a..b).all(|k| !crate::ner::corpus_says_ordinary(c.stem(k)) && !lx.ordinary.contains(c.stem(k)) && !is_function_word(c.stem(k)))
}

/// Find the named events of the document and claim their tokens.
pub(crate) fn named_events(c: &mut Ctx) {
    let lx = Lexicon::get();
    let n = c.doc.tokens.len();
    let mut i = 0;
    while i < n {
        if c.used[i] {
            i += 1;
            continue;
        }
        if let Some((e, id)) = c.longest(i, lx.event_max_len, |k| lx.events.get(k).cloned()) {
            c.push(i, e, EntityType::Event, Some(id), "event-table", 0.9);
            i = e;
            continue;
        }
        let kinds = head_kinds(c, i);
        if kinds & QUOTED != 0 && !c.has_article(i) {
            if let Some((a, b)) = quoted_after(c, i) {
                // (a name the table knows joins its event: عملية «عاصفة الحزم» and عاصفة الحزم)
                let id = lx.events.get(&(a..b).map(|k| c.stem(k)).collect::<Vec<_>>().join(" ")).cloned();
                let before = c.out.len();
                c.push(a, b, EntityType::Event, id, "event-quoted", 0.8);
                // the quotes bound the name: all of it, a first و or ب included («واحتنا فرحانة»)
                if c.out.len() > before {
                    if let Some(m) = c.out.last_mut() {
                        m.span = Span { start: c.doc.tokens[a].span.start, end: c.doc.tokens[b - 1].span.end };
                    }
                }
                i = b;
                continue;
            }
        }
        if kinds & YEAR != 0 && i + 1 < n && c.same_sentence(i, i + 1) {
            // (حرب عام 1967: the word for year may stand between)
            let y = if matches!(c.stem(i + 1), "عام" | "سنه") { i + 2 } else { i + 1 };
            if y < n && year(c, y) && !c.used[y] {
                c.push(i, y + 1, EntityType::Event, None, "event-year", 0.8);
                i = y + 1;
                continue;
            }
        }
        if kinds & PLACE != 0 && !c.has_article(i) && i + 1 < n && c.same_sentence(i, i + 1) {
            // a town, not a country: اتفاق إيران is an agreement with Iran, not one named so
            let town = c.longest(i + 1, lx.max_len, |k| lx.places.get(k).filter(|ps| ps.iter().all(|p| !p.country_level && p.kind.is_none())).map(|_| ()));
            if let Some((e, ())) = town.filter(|(e, ())| proper_town(c, i + 1, *e)) {
                let before = c.out.len();
                c.push(i, e, EntityType::Event, None, EVENT_AT_PLACE, 0.75);
                // the whole last word: the stem of فيينا leaves نا off as a pronoun
                if c.out.len() > before {
                    if let Some(m) = c.out.last_mut() {
                        m.span.end = c.doc.tokens[e - 1].span.end;
                    }
                }
                i = e;
                continue;
            }
        }
        i += 1;
    }
}

/// The rule of an event named by its town: geocoding places it there.
pub const EVENT_AT_PLACE: &str = "event-place";
