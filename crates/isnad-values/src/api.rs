//! The value layer as JSON, in the shape of Duckling's and the shared suites' `expected`
//! objects, and the suite runner behind `isnad eval-values`.

use crate::{find_values, Direction, Values};
use isnad_doc::{Date, Grain};
use serde_json::{json, Value};

fn iso(d: Date, clock: Option<(u8, u8, u8)>) -> String {
    let (h, m, s) = clock.unwrap_or((0, 0, 0));
    format!("{d}T{h:02}:{m:02}:{s:02}")
}

fn grain_name(g: Grain) -> &'static str {
    match g {
        Grain::Second => "second",
        Grain::Minute => "minute",
        Grain::Hour => "hour",
        Grain::PartOfDay => "hour",
        Grain::Day => "day",
        Grain::Week => "week",
        Grain::Month => "month",
        Grain::Year => "year",
    }
}

fn offset_unit(g: Grain) -> &'static str {
    match g {
        Grain::Second => "seconds",
        Grain::Minute => "minutes",
        Grain::Hour | Grain::PartOfDay => "hours",
        Grain::Day => "days",
        Grain::Week => "weeks",
        Grain::Month => "months",
        Grain::Year => "years",
    }
}

/// Code-point offsets of a few byte offsets, found in one sweep over the text (a full index
/// costs more than the matching on lines with one or two mentions).
struct CharOffsets {
    at: Vec<(u32, u32)>,
}

impl CharOffsets {
    fn new(text: &str, spans: impl Iterator<Item = isnad_text::Span>) -> Self {
        let mut bytes: Vec<u32> = spans.flat_map(|s| [s.start, s.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut at = Vec::with_capacity(bytes.len());
        let (mut pos, mut count) = (0usize, 0u32);
        for b in bytes {
            let b = isnad_text::floor_char_boundary(text, b as usize);
            count += text.get(pos..b).map_or(0, |s| s.chars().count() as u32);
            pos = b.max(pos);
            at.push((b as u32, count));
        }
        CharOffsets { at }
    }
    fn chars(&self, b: u32) -> u32 {
        let i = self.at.partition_point(|&(x, _)| x < b);
        self.at.get(i).map_or(0, |&(_, c)| c)
    }
}

/// One field of a mention's value object.
#[derive(Debug, Clone, PartialEq)]
enum Field {
    Str(std::borrow::Cow<'static, str>),
    Num(f64),
    Int(i64),
    Bool(bool),
    /// `{unit: n}`: a relative offset.
    Offset(&'static str, i64),
}

/// A mention's value object, built once and then either written as JSON (the `isnad values`
/// hot path, no map and no allocation per key) or turned into a [`Value`] (suites, reports).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields(Vec<(&'static str, Field)>);

impl Fields {
    fn set(&mut self, k: &'static str, v: Field) {
        match self.0.iter_mut().find(|f| f.0 == k) {
            Some(f) => f.1 = v,
            None => self.0.push((k, v)),
        }
    }
    pub fn to_value(&self) -> Value {
        let mut m = serde_json::Map::new();
        for (k, v) in &self.0 {
            let v = match v {
                Field::Str(s) => json!(s.as_ref()),
                Field::Num(x) => json!(x),
                Field::Int(i) => json!(i),
                Field::Bool(b) => json!(b),
                Field::Offset(u, n) => json!({ *u: n }),
            };
            m.insert((*k).to_string(), v);
        }
        Value::Object(m)
    }
    /// The JSON of [`Fields::to_value`], byte for byte (keys sorted, as serde_json's maps are).
    pub fn write(&self, out: &mut Vec<u8>) {
        let mut order: Vec<usize> = (0..self.0.len()).collect();
        order.sort_unstable_by_key(|&i| self.0[i].0);
        out.push(b'{');
        for (n, &i) in order.iter().enumerate() {
            let (k, v) = &self.0[i];
            if n > 0 {
                out.push(b',');
            }
            write_str(k, out);
            out.push(b':');
            match v {
                Field::Str(s) => write_str(s, out),
                // serde_json's float format (and `null` for what JSON cannot hold)
                Field::Num(x) => {
                    let _ = serde_json::to_writer(&mut *out, x);
                }
                Field::Int(i) => write_int(*i, out),
                Field::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
                Field::Offset(u, n) => {
                    out.push(b'{');
                    write_str(u, out);
                    out.push(b':');
                    write_int(*n, out);
                    out.push(b'}');
                }
            }
        }
        out.push(b'}');
    }
}

/// An integer in decimal, as serde_json writes it (the formatting machinery costs more than
/// the rest of a mention's line).
fn write_int(i: i64, out: &mut Vec<u8>) {
    if i < 0 {
        out.push(b'-');
    }
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut v = i.unsigned_abs();
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[k..]);
}

fn fields(kv: &[(&'static str, Field)]) -> Fields {
    Fields(kv.to_vec())
}

/// One mention as `isnad values` writes it: code-point offsets, the raw span, the dimension
/// and the value object.
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: u32,
    pub end: u32,
    pub span: isnad_text::Span,
    pub dimension: &'static str,
    pub value: Fields,
}

impl Mention {
    pub fn to_json(&self, text: &str) -> Value {
        json!({"start": self.start, "end": self.end, "text": self.span.slice(text), "dimension": self.dimension, "value": self.value.to_value()})
    }
}

/// Every mention of `text` as `{start, end, text, dimension, value}` (code-point offsets).
pub fn mentions_json(text: &str, v: &Values) -> Vec<Value> {
    mentions(text, v).iter().map(|m| m.to_json(text)).collect()
}

/// Every mention of `text`, ordered by start then end.
pub fn mentions(text: &str, v: &Values) -> Vec<Mention> {
    use Field::*;
    let ix = CharOffsets::new(text, v.times.iter().map(|t| t.span).chain(v.quantities.iter().map(|q| q.span)));
    let mut out = Vec::new();
    for t in &v.times {
        let e = &t.value;
        let g = |g: Grain| Str(grain_name(g).into());
        let (dim, val) = if e.kind == "duration" {
            ("duration", Some(fields(&[("kind", Str("duration".into())), ("value", Num(e.duration.unwrap_or(0.0))), ("grain", g(e.grain))])))
        } else {
            let val = match e.resolved {
                Some((a, b)) if (a == b && e.clock_to.is_none()) || (matches!(e.grain, Grain::Week | Grain::Month | Grain::Year) && !matches!(e.kind, "month" | "period" | "span")) => {
                    Some(fields(&[("kind", Str("instant".into())), ("value", Str(iso(a, e.clock).into())), ("grain", g(e.grain))]))
                }
                Some((a, b)) if e.clock_to.is_some() => {
                    Some(fields(&[("kind", Str("interval".into())), ("from", Str(iso(a, e.clock).into())), ("to", Str(iso(b, e.clock_to).into())), ("grain", g(e.grain))]))
                }
                Some((a, b)) => Some(fields(&[
                    ("kind", Str("interval".into())),
                    ("from", Str(iso(a, None).into())),
                    ("to", Str(iso(b.add_days(1), None).into())),
                    ("grain", g(if e.kind == "period" { Grain::Day } else { e.grain })),
                ])),
                None => e.offset.map(|o| fields(&[("kind", Str("relative".into())), ("offset", Offset(offset_unit(e.grain), i64::from(o))), ("grain", g(e.grain))])),
            };
            ("time", val)
        };
        let Some(mut val) = val else { continue };
        if let Some(z) = e.zone {
            val.set("utc_offset_minutes", Int(i64::from(z)));
        }
        match t.prov.rule.as_ref() {
            "holiday" => val.set("holiday", Str(t.span.slice(text).trim_end_matches(|ch: char| ch.is_ascii_digit() || ch.is_whitespace()).to_string().into())),
            "hijri-date" => val.set("calendar", Str("hijri".into())),
            _ => {}
        }
        out.push(Mention { start: ix.chars(t.span.start), end: ix.chars(t.span.end), span: t.span, dimension: dim, value: val });
    }
    for q in &v.quantities {
        let x = &q.value;
        let (dim, val) = match (x.unit.as_deref(), x.low, x.high) {
            _ if x.ordinal => ("ordinal", fields(&[("kind", Str("ordinal".into())), ("value", Num(x.value))])),
            (None, Some(l), Some(h)) if x.vague.is_none() => ("number", fields(&[("kind", Str("number_range".into())), ("from", Num(l)), ("to", Num(h)), ("approx", Bool(x.approx))])),
            (None, _, _) if x.percent => ("number", fields(&[("kind", Str("number".into())), ("value", Num(x.value)), ("percent", Bool(true)), ("approx", Bool(x.approx))])),
            (None, l, h) => {
                let mut m = fields(&[("kind", Str("number".into())), ("value", Num(x.value)), ("approx", Bool(x.approx))]);
                if let Some(v) = &x.vague {
                    m.set("vague", Str(v.to_string().into()));
                }
                if let Some(l) = l {
                    m.set("low", Num(l));
                }
                if let Some(h) = h {
                    m.set("high", Num(h));
                }
                if let Some(r) = x.role {
                    m.set("role", Str(r.into()));
                }
                ("number", m)
            }
            (Some(u), Some(l), Some(h)) => ("quantity", fields(&[("kind", Str("measure_range".into())), ("unit", Str(u.to_string().into())), ("from", Num(l)), ("to", Num(h))])),
            (Some(u), Some(l), None) => ("quantity", fields(&[("kind", Str("measure_bound".into())), ("bound", Str("above".into())), ("unit", Str(u.to_string().into())), ("value", Num(l))])),
            (Some(u), None, Some(h)) => ("quantity", fields(&[("kind", Str("measure_bound".into())), ("bound", Str("under".into())), ("unit", Str(u.to_string().into())), ("value", Num(h))])),
            (Some(u), None, None) => {
                let mut m = fields(&[("kind", Str("measure".into())), ("unit", Str(u.to_string().into())), ("value", Num(x.value))]);
                if let Some(p) = x.counts {
                    m.set("product", Str(p.slice(text).to_string().into()));
                }
                ("quantity", m)
            }
        };
        out.push(Mention { start: ix.chars(q.span.start), end: ix.chars(q.span.end), span: q.span, dimension: dim, value: val });
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

/// A JSON string, as serde_json writes it; text without characters to escape (nearly every
/// line) is copied in one piece.
fn write_str(s: &str, out: &mut Vec<u8>) {
    // a fold without early exit, so the compiler checks 16 or 32 bytes per step
    if s.bytes().fold(false, |any, b| any | (b < 0x20) | (b == b'"') | (b == b'\\')) {
        // serde_json cannot fail writing a str into a Vec
        let _ = serde_json::to_writer(&mut *out, s);
    } else {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

/// Write the JSON line of `text` and its values (no newline), byte for byte what serializing
/// [`values_line`]'s object gives, without building it: this is the `isnad values` hot path.
/// Returns the number of mentions.
pub fn write_values_line(text: &str, v: &Values, out: &mut Vec<u8>) -> usize {
    let ms = mentions(text, v);
    // serde_json's maps are sorted by key: dimension, end, start, text, value; mentions, text
    out.extend_from_slice(b"{\"mentions\":[");
    for (i, m) in ms.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"dimension\":\"");
        out.extend_from_slice(m.dimension.as_bytes());
        out.extend_from_slice(b"\",\"end\":");
        write_int(i64::from(m.end), out);
        out.extend_from_slice(b",\"start\":");
        write_int(i64::from(m.start), out);
        out.extend_from_slice(b",\"text\":");
        write_str(m.span.slice(text), out);
        out.extend_from_slice(b",\"value\":");
        m.value.write(out);
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"text\":");
    write_str(text, out);
    out.push(b'}');
    ms.len()
}

/// Run one text: the JSON line `isnad values` writes.
pub fn values_line(text: &str, anchor: Option<Date>, dir: Direction) -> Value {
    let v = find_values(text, anchor, dir);
    json!({"text": text, "mentions": mentions_json(text, &v)})
}

/// A suite's defaults: anchor date, its time of day, its UTC offset (minutes), direction.
pub type SuiteDefaults = (Option<Date>, Option<(u8, u8, u8)>, Option<i16>, Direction);

/// An anchor as scripts give it: a date, optionally its time of day and UTC offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    pub date: Date,
    pub now: Option<(u8, u8, u8)>,
    /// UTC offset in minutes.
    pub zone: Option<i16>,
}

impl Anchor {
    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, each optionally followed by `Z` or `±HH:MM`.
    pub fn parse(s: &str) -> Option<Anchor> {
        let date = Date::parse_iso_prefix(s)?;
        let rest = s.get(10..).unwrap_or("");
        let (clock, zone_part) = match rest.strip_prefix(['T', ' ']) {
            Some(r) => {
                let cut = r.find(['Z', '+', '-']).unwrap_or(r.len());
                (Some(&r[..cut]), &r[cut..])
            }
            None => (None, rest),
        };
        let now = match clock {
            Some(c) => {
                let mut parts = c.split(':').map(|p| p.parse::<u8>().ok());
                let h = parts.next().flatten().filter(|h| *h < 24)?;
                let m = parts.next().flatten().filter(|m| *m < 60)?;
                let sec = parts.next().flatten().unwrap_or(0).min(59);
                Some((h, m, sec))
            }
            None => None,
        };
        let zone = match zone_part {
            "" => None,
            "Z" => Some(0),
            z => {
                let sign: i16 = if z.starts_with('-') { -1 } else { 1 };
                let (h, m) = z.get(1..)?.split_once(':').unwrap_or((z.get(1..)?, "0"));
                Some(sign * (h.parse::<i16>().ok()? * 60 + m.parse::<i16>().ok()?))
            }
        };
        Some(Anchor { date, now, zone })
    }
}

/// [`values_line`] with a full anchor (time of day and zone).
pub fn values_line_anchored(text: &str, anchor: Option<Anchor>, dir: Direction) -> Value {
    let v = crate::find_values_zoned(text, anchor.map(|a| a.date), anchor.and_then(|a| a.now), anchor.and_then(|a| a.zone), dir);
    json!({"text": text, "mentions": mentions_json(text, &v)})
}

fn num_eq(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(1.0),
        _ => a == b,
    }
}

/// Does a produced value match an expected one? Every expected field must be present and equal
/// (numbers within a relative 1e-6); extra produced fields are ignored.
pub fn matches(got: &Value, want: &Value) -> bool {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => w.iter().all(|(k, wv)| g.get(k).is_some_and(|gv| matches(gv, wv))),
        (Value::Number(_), Value::Number(_)) => num_eq(got, want),
        _ => got == want,
    }
}

/// Which of our dimensions a suite dimension is scored against.
pub fn our_dimension(suite_dim: &str) -> &'static str {
    match suite_dim {
        "numeral" | "numeral_eg" | "number" => "number",
        "ordinal" => "ordinal",
        "duration" => "duration",
        "time" => "time",
        _ => "quantity",
    }
}

/// Score one case: a negative passes when nothing of its dimension is found; a positive when
/// some mention of its dimension has the expected value.
pub fn case_passes(mentions: &[Value], suite_dim: &str, expected: Option<&Value>) -> bool {
    let dim = our_dimension(suite_dim);
    let of_dim = mentions.iter().filter(|m| m["dimension"] == dim);
    match expected {
        None | Some(Value::Null) => of_dim.count() == 0,
        Some(w) => of_dim.into_iter().any(|m| matches(&m["value"], w)),
    }
}

/// Score one suite line (any of the shared formats or the news suite's). `defaults` are the suite's
/// anchor, time of day, UTC offset and direction; a case's own `anchor`/`direction` override them.
/// Returns the dimension label to count it under, whether it passed, and what was found.
pub fn eval_case(case: &Value, defaults: SuiteDefaults) -> Option<(String, bool, Vec<Value>)> {
    let input = case["text"].as_str()?;
    let anchor = case["anchor"].as_str().and_then(Date::parse_iso_prefix).or(defaults.0);
    let direction = match case["direction"].as_str() {
        Some("future") => Direction::Future,
        Some("past") => Direction::Past,
        _ => defaults.3,
    };
    let v = crate::find_values_zoned(input, anchor, defaults.1, defaults.2, direction);
    let ms = mentions_json(input, &v);
    // search mode: every expected mention must be found with its text and value
    if let Some(want) = case["expected_mentions"].as_array() {
        let ok = want.iter().all(|w| {
            ms.iter().any(|m| {
                m["text"] == w["text"]
                    && if w["value"].is_object() {
                        m["dimension"] == w["dimension"] && matches(&m["value"], &w["value"])
                    } else {
                        m["dimension"] == "time" && m["value"]["value"].as_str().is_some_and(|x| w["value"].as_str().is_some_and(|y| x.starts_with(y)))
                    }
            })
        });
        let dim = want.first().and_then(|w| w["dimension"].as_str()).unwrap_or("time");
        return Some((format!("{dim} (search)"), ok, ms));
    }
    // number-word lines carry a bare value; dateparser lines infer their dimension
    let expected = if case.get("expected").is_some() { case["expected"].clone() } else { json!({"kind": "number", "value": case["value"]}) };
    let dim = case["dimension"].as_str().map(String::from).unwrap_or_else(|| match expected["kind"].as_str() {
        Some("number") => "numeral".into(),
        Some("duration") => "duration".into(),
        _ => "time".into(),
    });
    let ok = case_passes(&ms, &dim, Some(&expected).filter(|e| !e.is_null()));
    Some((dim, ok, ms))
}
