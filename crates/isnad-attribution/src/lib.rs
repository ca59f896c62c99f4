//! Attribution: who said what, through whom. Direct quotes («…», "…", “…”) and indirect
//! speech (reporting verb + إن/أن, وفق/بحسب), each with its speaker (apposition, titles,
//! continuation verbs carrying the previous speaker across paragraphs and removed chrome),
//! channel (tweet, statement, video, briefing, interview, TV), inline agency and time.
//!
//! Reads `Tokens`, `Sentences`, `Mentions`, `Times`, `Zones`; writes `Quotes`.
//!
//! ```
//! assert_eq!(isnad_attribution::lexicon::verb("زاعما"), Some(("زعم", "disputed")));
//! ```

pub mod lexicon;

use isnad_doc::{Annotated, DocStage, Document, EntityType, Layer, Provenance, Quote, Span, Speaker};
use isnad_text::TokenKind;

pub const STAGE: &str = "attribution";

#[derive(Debug, Default)]
pub struct AttributionStage;

impl DocStage for AttributionStage {
    fn name(&self) -> &'static str {
        STAGE
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Mentions, Layer::Times]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Quotes]
    }
    fn run(&self, doc: &mut Document) {
        doc.quotes = find_quotes(doc);
        doc.mark(Layer::Quotes);
    }
}

fn closing(open: char) -> Option<char> {
    match open {
        '«' => Some('»'),
        '“' => Some('”'),
        '"' => Some('"'),
        '„' => Some('“'),
        _ => None,
    }
}

/// Quoted stretches `(open_byte, close_byte_end, content_span)` inside a content zone.
fn quoted(raw: &str, zone: Span) -> Vec<(Span, Span)> {
    let text = zone.slice(raw);
    let base = zone.start as usize;
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let Some(close) = closing(c) else { continue };
        // find the matching close, allowing one level of nesting for «»
        let mut depth = 0;
        let mut end = None;
        for (j, d) in text[i + c.len_utf8()..].char_indices() {
            if d == c && c != close {
                depth += 1;
            } else if d == close {
                if depth == 0 {
                    end = Some(i + c.len_utf8() + j);
                    break;
                }
                depth -= 1;
            }
        }
        let Some(e) = end else { continue };
        let content = Span::new(base + i + c.len_utf8(), base + e).trim(raw);
        let words = content.slice(raw).split_whitespace().count();
        // skip past the closing mark either way
        while it.peek().is_some_and(|&(k, _)| k <= e) {
            it.next();
        }
        if words >= 3 {
            out.push((Span::new(base + i, base + e + close.len_utf8()), content));
        }
    }
    out
}

struct Clause {
    verb: Option<(usize, &'static str, &'static str)>, // token index, lemma, stance
}

fn sentence_of(doc: &Document, byte: u32) -> Span {
    doc.sentences.iter().copied().find(|s| s.start <= byte && byte < s.end).unwrap_or(Span { start: byte, end: byte })
}

/// The speaker record of a recognised mention.
fn speaker_of(doc: &Document, mi: usize) -> Speaker {
    let kind = if doc.mentions[mi].value.etype == EntityType::Per { "person" } else { "organisation" };
    Speaker { span: doc.mentions[mi].span, mention: Some(mi), kind }
}

/// Speaker between two byte offsets: the first person, else the first organisation mention.
fn mention_between(doc: &Document, a: u32, b: u32) -> Option<usize> {
    let inside = |m: &&Annotated<isnad_doc::Mention>| m.span.start >= a && m.span.end <= b;
    let first = |t: &[EntityType]| doc.mentions.iter().enumerate().filter(|(_, m)| inside(m) && t.contains(&m.value.etype)).map(|(i, _)| i).next();
    first(&[EntityType::Per]).or_else(|| first(&[EntityType::Org, EntityType::Norp]))
}

fn find_verb(doc: &Document, toks: std::ops::Range<usize>) -> Clause {
    for i in toks.clone().rev() {
        if doc.tokens[i].kind != TokenKind::Arabic {
            continue;
        }
        if let Some((l, s)) = lexicon::verb(doc.keys.stem(i)) {
            return Clause { verb: Some((i, l, s)) };
        }
    }
    Clause { verb: None }
}

fn channel_in(doc: &Document, toks: std::ops::Range<usize>) -> (Option<(&'static str, Span)>, Option<(String, Span)>) {
    let mut ch = None;
    let mut agency = None;
    for i in toks {
        let st = doc.keys.stem(i);
        let next = doc.keys.stem(i + 1);
        if ch.is_none() {
            if let Some(c) = lexicon::channel(st, next) {
                ch = Some((c, doc.tokens[i].span));
            }
        }
        // لوكالة رويترز / لوكالة "فرانس برس" / نقلت وكالة X
        if agency.is_none() && (st == "وكاله" || st == "لوكاله") {
            let mut j = i + 1;
            while j < doc.tokens.len() && matches!(doc.keys.full(j), "\"" | "«" | "»") {
                j += 1;
            }
            for len in [2usize, 1] {
                if j + len <= doc.tokens.len() {
                    let k = (j..j + len).map(|x| doc.keys.full(x)).collect::<Vec<_>>().join(" ");
                    if let Some(a) = isnad_doc::agency(&k) {
                        agency = Some((a.to_string(), Span { start: doc.tokens[i].span.start, end: doc.tokens[j + len - 1].span.end }));
                        if ch.is_none() && doc.keys.full(i).starts_with('ل') {
                            ch = Some(("interview", doc.tokens[i].span));
                        }
                        break;
                    }
                }
            }
        }
    }
    (ch, agency)
}

fn time_in(doc: &Document, clause: Span, content: Span) -> Option<usize> {
    doc.times.iter().position(|t| clause.contains(t.span) && !content.overlaps(t.span))
}

fn is_function(k: &str) -> bool {
    matches!(k, "الي" | "ان" | "انه" | "انها" | "بان" | "من" | "في" | "علي" | "عن" | "ايضا" | "كذلك" | "،" | ",")
}

/// A short quoted stretch that is a name, not a statement: `باسم "الجبهة الوطنية"`, `تنظيم «داعش»`.
fn is_quoted_name(doc: &Document, outer: Span, content: Span) -> bool {
    let words = doc.text(content).split_whitespace().count();
    if words > 4 {
        return false;
    }
    let before = doc.tokens.partition_point(|t| t.span.end <= outer.start);
    let prev = before.checked_sub(1).map_or("", |i| doc.keys.stem(i));
    let named = doc.mentions.iter().any(|m| m.span.start <= content.start && content.end <= m.span.end.max(content.end) && m.span.overlaps(content) && m.span.len() * 2 >= content.len());
    matches!(prev, "باسم" | "تنظيم" | "حركه" | "جماعه" | "قناه" | "صحيفه" | "وكاله" | "لوكاله" | "موقع" | "عمليه" | "معركه") || named
}

/// The subject right before a verb (SVO order): a mention ending within two tokens of it.
fn subject_before(doc: &Document, sent: Span, vi: usize) -> Option<usize> {
    let vt = doc.tokens[vi].span;
    let lo = doc.tokens[vi.saturating_sub(3)].span.start.max(sent.start);
    doc.mentions.iter().enumerate().filter(|(_, m)| m.span.start >= lo && m.span.end <= vt.start && !m.value.etype.is_place()).map(|(i, _)| i).next_back()
}

/// An unrecognised noun phrase before the verb, back to the last punctuation (`لكن وسائل إعلام رسمية قالت`).
fn np_before(doc: &Document, sent: Span, vi: usize) -> Option<Span> {
    let r = doc.tokens_in(sent);
    let mut s = vi;
    while s > r.start && doc.tokens[s - 1].kind == TokenKind::Arabic && vi - s < 5 {
        s -= 1;
    }
    while s < vi && matches!(doc.keys.full(s), "لكن" | "ولكن" | "بينما" | "فيما" | "كما" | "و" | "ثم") {
        s += 1;
    }
    (s < vi).then(|| Span { start: doc.tokens[s].span.start, end: doc.tokens[vi - 1].span.end })
}

pub fn find_quotes(doc: &Document) -> Vec<Annotated<Quote>> {
    let raw = &doc.raw;
    let mut out: Vec<Annotated<Quote>> = Vec::new();
    let mut last_speaker: Option<Speaker> = None;
    let zones: Vec<Span> = doc.content_spans().filter(|(_, l)| l.is_body() || *l == isnad_doc::ZoneLabel::PullQuote).map(|(s, _)| s).collect();
    for z in zones {
        let direct = quoted(raw, z);
        // direct quotes
        let mut covered: Vec<Span> = Vec::new();
        for (outer, content) in &direct {
            if is_quoted_name(doc, *outer, *content) {
                continue;
            }
            let sent = sentence_of(doc, outer.start);
            let before = doc.tokens_in(Span { start: sent.start.min(outer.start), end: outer.start });
            // attribution after the quote: «…»، قال المتحدث
            let after = doc.tokens_in(Span { start: outer.end, end: sent.end.max(outer.end) });
            let mut cl = find_verb(doc, before.clone());
            let mut clause_toks = before.clone();
            if cl.verb.is_none() {
                let c2 = find_verb(doc, after.start..(after.start + 4).min(after.end));
                if c2.verb.is_some() {
                    cl = c2;
                    clause_toks = after.clone();
                }
            }
            // a quote following another quote in the same sentence shares its clause
            let prev_same_sentence = out.last().filter(|q| q.value.direct && sentence_of(doc, q.span.start) == sent).cloned();
            let (speaker, verb) = match cl.verb {
                Some((vi, lemma, stance)) => {
                    let vt = doc.tokens[vi].span;
                    let (a, b) = if clause_toks.start >= before.end && clause_toks != before { (vt.end, sent.end) } else { (vt.end, outer.start) };
                    let gap = doc.tokens_in(Span { start: a, end: b });
                    // no content words between the verb and the quote ("وأشار إلى أن «…»"): the
                    // subject is omitted, so the previous speaker goes on
                    let empty_gap = gap.clone().all(|k| doc.tokens[k].kind != TokenKind::Arabic || is_function(doc.keys.full(k)));
                    let cont = lexicon::is_continuation(doc.keys.stem(vi)) || empty_gap;
                    // "X قال إن الجيش «…»": the words after the verb open a clause, so the speaker is before it
                    let clause_first = gap.start < gap.end && matches!(doc.keys.full(gap.start), "ان" | "انه" | "انها" | "بان");
                    // mentions after a complementiser belong to the reported content, not the speaker
                    let b = gap.clone().find(|&k| matches!(doc.keys.full(k), "ان" | "انه" | "انها" | "بان")).map_or(b, |k| doc.tokens[k].span.start);
                    let m = mention_between(doc, a, b).filter(|_| !clause_first).or_else(|| if cont { None } else { subject_before(doc, sent, vi) });
                    let sp = match m {
                        Some(mi) => Some(speaker_of(doc, mi)),
                        None if cont || clause_first || b <= a + 2 || raw.get(a as usize..b as usize).unwrap_or("").trim().chars().count() < 3 => {
                            match (clause_first && !cont).then(|| np_before(doc, sent, vi)).flatten() {
                                Some(np) => Some(Speaker { span: np, mention: None, kind: "anonymous" }),
                                None => last_speaker.clone().map(|s| Speaker { kind: "continuation", ..s }),
                            }
                        }
                        None => {
                            let sp = Span { start: a, end: b }.trim(raw);
                            let t = sp.slice(raw);
                            let t = t.split(['،', ',']).next().unwrap_or(t).trim_end_matches([',', '،', ':', '"', '«', ' ']);
                            (!t.is_empty()).then(|| Speaker { span: Span::new(sp.start as usize, sp.start as usize + t.len()), mention: None, kind: "anonymous" })
                        }
                    };
                    (sp, Some((vt, lemma, stance)))
                }
                None => match prev_same_sentence {
                    Some(p) => (p.value.speaker.clone(), p.value.cue.map(|c| (c, p.value.verb.unwrap_or("قال"), "neutral"))),
                    None => (None, None),
                },
            };
            let clause = Span { start: sent.start.min(outer.start), end: sent.end.max(outer.end) };
            let (channel, agency) = channel_in(doc, doc.tokens_in(clause));
            let channel = channel.filter(|(_, s)| !content.contains(*s));
            if let Some(s) = &speaker {
                last_speaker = Some(s.clone());
            }
            let span = match verb {
                Some((vt, _, _)) => outer.cover(vt),
                None => *outer,
            };
            covered.push(sent);
            out.push(Annotated::new(
                span,
                Quote { direct: true, content: *content, cue: verb.map(|v| v.0), verb: verb.map(|v| v.1), speaker, channel, agency, time: time_in(doc, clause, *content) },
                Provenance::new(STAGE, if verb.is_some() { "quote+verb" } else { "quote" }, if verb.is_some() { 0.85 } else { 0.5 }),
            ));
            if let (Some(q), Some((_, _, st))) = (out.last_mut(), verb) {
                q.prov.rule = format!("{}:{st}", q.prov.rule).into();
            }
        }
        // indirect speech: verb … إن/أن clause, in sentences without a direct quote
        for &sent in doc.sentences.iter().filter(|s| z.contains(**s)) {
            if covered.contains(&sent) {
                continue;
            }
            let r = doc.tokens_in(sent);
            let mut found = false;
            for vi in r.clone() {
                let Some((lemma, stance)) = lexicon::verb(doc.keys.stem(vi)) else { continue };
                // complementiser within the next 12 tokens
                let comp = (vi + 1..(vi + 21).min(r.end)).find(|&k| matches!(doc.keys.full(k), "ان" | "انه" | "انها" | "بان" | "الي" | "من"));
                let Some(ci) = comp else { continue };
                let ci = if doc.keys.full(ci) == "الي" || doc.keys.full(ci) == "من" {
                    // أشار إلى أن / حذر من أن
                    if matches!(doc.keys.full(ci + 1), "ان" | "انه" | "انها") { ci + 1 } else { continue }
                } else {
                    ci
                };
                if ci + 1 >= r.end {
                    continue;
                }
                let content = Span { start: doc.tokens[ci + 1].span.start, end: sent.end }.trim(raw);
                let vt = doc.tokens[vi].span;
                let cont = lexicon::is_continuation(doc.keys.stem(vi));
                let m = mention_between(doc, vt.end, doc.tokens[ci].span.start).or_else(|| if cont { None } else { subject_before(doc, sent, vi) });
                let speaker = match m {
                    Some(mi) => Some(speaker_of(doc, mi)),
                    None => {
                        let gap = Span { start: vt.end, end: doc.tokens[ci].span.start }.trim(raw);
                        let g0 = gap.slice(raw);
                        let g = g0.split(['،', ',']).next().unwrap_or(g0).trim_matches([',', '،', ' ']);
                        let gap = Span::new(gap.start as usize, gap.start as usize + g.len());
                        if g.split_whitespace().count() >= 1 && !g.chars().all(|c| !c.is_alphabetic()) && g.split_whitespace().count() <= 8 && !lexicon::is_continuation(doc.keys.stem(vi)) {
                            Some(Speaker { span: gap, mention: None, kind: "anonymous" })
                        } else {
                            last_speaker.clone().map(|s| Speaker { kind: "continuation", ..s })
                        }
                    }
                };
                let (channel, agency) = channel_in(doc, vi..ci);
                if let Some(s) = &speaker {
                    last_speaker = Some(s.clone());
                }
                out.push(Annotated::new(
                    Span { start: vt.start, end: content.end },
                    Quote { direct: false, content, cue: Some(vt), verb: Some(lemma), speaker, channel, agency, time: time_in(doc, Span { start: sent.start, end: content.start }, content) },
                    Provenance::new(STAGE, format!("reported-speech:{stance}"), 0.7),
                ));
                found = true;
                break;
            }
            if found {
                continue;
            }
            // وفق / بحسب X: the sentence is attributed to X
            for k in r.clone() {
                if lexicon::is_source_cue(doc.keys.full(k)) && k > r.start + 3 {
                    let src_end = sent.end;
                    if let Some(mi) = mention_between(doc, doc.tokens[k].span.end, src_end) {
                        let content = Span { start: sent.start, end: doc.tokens[k].span.start }.trim(raw);
                        let speaker = Some(speaker_of(doc, mi));
                        out.push(Annotated::new(
                            sent,
                            Quote { direct: false, content, cue: Some(doc.tokens[k].span), verb: Some("وفق"), speaker, channel: None, agency: None, time: None },
                            Provenance::new(STAGE, "according-to", 0.6),
                        ));
                    }
                    break;
                }
            }
        }
    }
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out
}
