//! The value layer: every number, quantity and time expression in a text, with raw offsets,
//! resolved against an anchor date. One API serves every later stage and the `values` CLI.
//!
//! ```
//! use isnad_values::{find_values, Direction};
//! use isnad_doc::Date;
//! let text = "قتل نحو 11 ألف مقاتل أمس، وبدأ الهجوم الجمعة 22 مارس (آذار).";
//! let v = find_values(text, Date::new(2019, 3, 23), Direction::Past);
//! let yesterday = v.times.iter().find(|t| t.span.slice(text) == "أمس").unwrap();
//! assert_eq!(yesterday.value.resolved.unwrap().0.to_string(), "2019-03-22");
//! let q = &v.quantities[0];
//! assert_eq!((q.value.value, q.value.approx, q.value.role), (11000.0, true, Some("killed")));
//! ```

pub mod api;
mod clock;
mod lexicon;
#[cfg(test)]
mod literals;
mod numbers;
mod roles;
mod times;
mod trigger;
mod units;

use isnad_doc::{Annotated, Date, DocStage, Document, Layer, Provenance, Quantity, TimeExpr};
use isnad_text::{tokenize, Span, Token, TokenKeys};

pub use times::TimeHit;

/// Which way a bare weekday or a month without a year points from the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// News prose: "الجمعة" is the last Friday on or before the anchor.
    #[default]
    Past,
    /// Duckling's convention: the next one on or after the anchor.
    Future,
}

pub const STAGE: &str = "values";

static PREFILTER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Turn the trigger prefilter off (or back on) for the whole process. The output must not
/// change; this exists so that can be checked (`isnad values --no-prefilter`).
pub fn set_prefilter(on: bool) {
    PREFILTER.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Values found in a text.
#[derive(Debug, Clone, Default)]
pub struct Values {
    pub times: Vec<Annotated<TimeExpr>>,
    pub quantities: Vec<Annotated<Quantity>>,
}

/// Find all values in `tokens[range]` of `raw`. Times are found first; their tokens are never
/// read again as counts, so `22 مارس 2019` is one date and not the numbers 22 and 2019.
pub fn find_in(raw: &str, toks: &[Token], keys: &TokenKeys, range: std::ops::Range<usize>, sentences: &[Span], anchor: Option<Date>, dir: Direction) -> Values {
    find_in_at(raw, toks, keys, range, Some(sentences), anchor, None, dir)
}

/// [`find_in`] with the time of day of the anchor (for "now", "in two hours", bare clock times).
/// Without `sentences`, `raw` is split into sentences when a count needs its sentence.
#[allow(clippy::too_many_arguments)]
pub fn find_in_at(raw: &str, toks: &[Token], keys: &TokenKeys, range: std::ops::Range<usize>, sentences: Option<&[Span]>, anchor: Option<Date>, now: Option<(u8, u8, u8)>, dir: Direction) -> Values {
    find_in_impl(raw, toks, keys, range, sentences, anchor, now, None, dir, PREFILTER.load(std::sync::atomic::Ordering::Relaxed))
}

#[allow(clippy::too_many_arguments)]
fn find_in_impl(
    raw: &str,
    toks: &[Token],
    keys: &TokenKeys,
    range: std::ops::Range<usize>,
    sentences: Option<&[Span]>,
    anchor: Option<Date>,
    now: Option<(u8, u8, u8)>,
    zone: Option<i16>,
    dir: Direction,
    prefilter: bool,
) -> Values {
    let slices: Vec<_> = range.clone().map(|i| (keys.full(i), keys.stem(i))).collect();
    let (ordinals, months) = (std::cell::RefCell::new(vec![None; slices.len()]), std::cell::RefCell::new(vec![None; slices.len()]));
    let mut c = times::Ctx { raw, toks, keys, end: range.end, now, zone, may_start: Vec::new(), from: range.start, slices, ordinals, months };
    if prefilter {
        c.may_start = trigger::mark(&c, range.clone());
    }
    let mut out = Values::default();
    let mut used = vec![false; toks.len()];
    for h in times::find(&c, range.start, anchor, dir) {
        for u in &mut used[h.start..h.end] {
            *u = true;
        }
        let conf = if h.rule.contains("mismatch") { 0.5 } else { 0.9 };
        out.times.push(Annotated::new(numbers::tok_span(&c, h.start, h.end), h.expr, Provenance::new(STAGE, h.rule, conf)));
    }
    // sentence token bounds, for role cues (split only when a count needs them)
    let sents = std::cell::OnceCell::new();
    let sent_of = |i: usize| -> (usize, usize) {
        let sentences: &[Span] = match sentences {
            Some(s) => s,
            None => sents.get_or_init(|| isnad_text::sentences(raw)),
        };
        let p = toks[i].span.start;
        match sentences.iter().find(|s| s.start <= p && p < s.end) {
            Some(s) => {
                let a = toks.partition_point(|t| t.span.start < s.start);
                let b = toks.partition_point(|t| t.span.start < s.end);
                (a.max(range.start), b.min(range.end))
            }
            None => (range.start, range.end),
        }
    };
    for h in numbers::find(&c, range.start, &used, &sent_of) {
        out.quantities.push(Annotated::new(numbers::tok_span(&c, h.start, h.end), h.q, Provenance::new(STAGE, h.rule, 0.8)));
    }
    out
}

/// Convenience: tokenise `text` and find its values.
pub fn find_values(text: &str, anchor: Option<Date>, dir: Direction) -> Values {
    find_values_at(text, anchor, None, dir)
}

/// [`find_values`] with the anchor's time of day.
pub fn find_values_at(text: &str, anchor: Option<Date>, now: Option<(u8, u8, u8)>, dir: Direction) -> Values {
    find_values_zoned(text, anchor, now, None, dir)
}

/// [`find_values_at`] with the anchor's UTC offset in minutes: a clock stated in another zone
/// (`الساعة 8 بتوقيت غرينتش`) is converted to the anchor's.
pub fn find_values_zoned(text: &str, anchor: Option<Date>, now: Option<(u8, u8, u8)>, zone: Option<i16>, dir: Direction) -> Values {
    let toks = tokenize(text);
    let keys = TokenKeys::new(text, &toks);
    find_in_impl(text, &toks, &keys, 0..toks.len(), None, anchor, now, zone, dir, PREFILTER.load(std::sync::atomic::Ordering::Relaxed))
}

/// Per-document stage: values in every content sentence, anchored on the publication date.
#[derive(Debug, Default)]
pub struct ValuesStage {
    pub direction: Direction,
}

impl DocStage for ValuesStage {
    fn name(&self) -> &'static str {
        STAGE
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Meta]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Quantities, Layer::Times]
    }
    fn run(&self, doc: &mut Document) {
        let anchor = doc.meta.published.as_ref().map(|p| p.date);
        let raw = doc.raw.clone();
        let mut all = Values::default();
        for &s in &doc.sentences {
            let r = doc.tokens_in(s);
            if r.is_empty() {
                continue;
            }
            let v = find_in(&raw, &doc.tokens, &doc.keys, r, std::slice::from_ref(&s), anchor, self.direction);
            all.times.extend(v.times);
            all.quantities.extend(v.quantities);
        }
        doc.times = all.times;
        doc.quantities = all.quantities;
        doc.mark(Layer::Quantities);
        doc.mark(Layer::Times);
    }
}

#[cfg(test)]
mod tests;
