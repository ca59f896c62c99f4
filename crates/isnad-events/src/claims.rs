//! Claims and the relations between them.
//!
//! A claim is one assertion a source makes: a role-bearing count (`11 ألف` killed) or a
//! statement (a quote). Each carries its chain: outlet ← agency ← channel ← speaker.
//! Relations compare claims of one story: counts as intervals (a range or an approximation
//! does not contradict a number inside it), statements by speaker and wording.

use isnad_doc::{Claim, CorpusLayers, Date, Document, MentionRef, Relation, Span, ZoneLabel};
use std::collections::{BTreeMap, HashSet};

fn entity_of(out: &CorpusLayers, doc: usize, mention: usize) -> Option<&isnad_doc::Entity> {
    out.mention_entity.get(&MentionRef { doc, mention }).map(|&i| &out.entities[i])
}

/// The text agency of a document: a dateline credit, not a photo credit.
fn text_agency(d: &Document) -> Option<String> {
    d.meta.credits.iter().find(|(_, sp)| d.zone_at(sp.start) != Some(ZoneLabel::Caption)).map(|(a, _)| a.clone())
}

pub fn outlet_name(d: &Document) -> String {
    d.meta.outlet.clone().unwrap_or_else(|| format!("outlet of {}", d.source.path.rsplit('/').next().unwrap_or(&d.source.path)))
}

pub(crate) fn stems_in(d: &Document, sp: Span) -> HashSet<&str> {
    d.tokens_in(sp).map(|i| d.keys.stem(i)).filter(|k| k.chars().count() >= 3 && !isnad_entities::is_function_word(k)).collect()
}

pub fn build(docs: &[Document], out: &mut CorpusLayers) {
    let story_of: BTreeMap<usize, String> = out.stories.iter().flat_map(|s| s.docs.iter().map(move |&d| (d, s.id.clone()))).collect();
    let mut claims = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let published = d.meta.published.as_ref().map(|p| (p.date, p.date));
        let outlet = outlet_name(d);
        let agency = text_agency(d);
        for (qi, q) in d.quotes.iter().enumerate() {
            let v = &q.value;
            let speaker_ent = v.speaker.as_ref().and_then(|s| s.mention).and_then(|m| entity_of(out, di, m));
            let speaker_name = speaker_ent.map(|e| e.name.clone()).or_else(|| v.speaker.as_ref().map(|s| d.text(s.span).to_string()));
            let mut chain = vec![("outlet", outlet.clone())];
            if let Some(a) = v.agency.as_ref().map(|a| a.0.clone()).or_else(|| agency.clone()) {
                chain.push(("agency", a));
            }
            if let Some((c, _)) = v.channel {
                chain.push(("channel", c.to_string()));
            }
            if let Some(s) = &speaker_name {
                chain.push(("speaker", s.clone()));
            }
            let time = v.time.and_then(|t| d.times.get(t)).and_then(|t| t.value.resolved).or(published);
            claims.push(Claim {
                id: String::new(),
                doc: di,
                span: v.content,
                kind: "statement",
                subject: None,
                property: "said".into(),
                low: None,
                best: None,
                high: None,
                time,
                speaker: speaker_ent.map(|e| e.id.clone()).or(speaker_name),
                chain,
                story: story_of.get(&di).cloned(),
                source_index: qi,
            });
        }
        for (ni, q) in d.quantities.iter().enumerate() {
            let Some(role) = q.value.role else { continue };
            if d.zone_at(q.span.start).is_some_and(|z| !z.is_body() && z != ZoneLabel::Headline && z != ZoneLabel::Standfirst) {
                continue;
            }
            let sent = d.sentences.iter().copied().find(|s| s.contains(q.span)).unwrap_or(q.span);
            // subject: the closest organisation or group mention in the sentence
            let subject = d
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| sent.contains(m.span) && !m.value.etype.is_place())
                .min_by_key(|(_, m)| if m.span.start >= q.span.end { m.span.start - q.span.end } else { q.span.start.saturating_sub(m.span.end) })
                .and_then(|(mi, _)| entity_of(out, di, mi))
                .map(|e| e.id.clone());
            let quote = d.quotes.iter().find(|x| x.value.content.contains(q.span) || x.span.contains(q.span));
            let speaker_ent = quote.and_then(|x| x.value.speaker.as_ref()).and_then(|s| s.mention).and_then(|m| entity_of(out, di, m));
            let mut chain = vec![("outlet", outlet.clone())];
            if let Some(a) = quote.and_then(|x| x.value.agency.as_ref().map(|a| a.0.clone())).or_else(|| agency.clone()) {
                chain.push(("agency", a));
            }
            if let Some((c, _)) = quote.and_then(|x| x.value.channel) {
                chain.push(("channel", c.to_string()));
            }
            if let Some(e) = speaker_ent {
                chain.push(("speaker", e.name.clone()));
            }
            let v = &q.value;
            let (lo, hi) = match (v.low, v.high) {
                (None, None) if v.approx => (Some(v.value * 0.9), Some(v.value * 1.1)),
                x => x,
            };
            claims.push(Claim {
                id: String::new(),
                doc: di,
                span: q.span,
                kind: "count",
                subject,
                property: role.to_string(),
                low: lo,
                best: Some(v.value),
                high: hi,
                time: published,
                speaker: speaker_ent.map(|e| e.id.clone()),
                chain,
                story: story_of.get(&di).cloned(),
                source_index: ni,
            });
        }
    }
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("C{}", i + 1);
    }
    out.relations = relate(docs, &claims, out);
    out.quote_clusters = crate::quotes::cluster(docs, &claims, &out.entities);
    out.claims = claims;
}

/// Lossy stem of the counted noun of a count claim (its last token), for comparing unknown subjects.
fn counted_key<'a>(d: &'a Document, c: &Claim) -> &'a str {
    let q = &d.quantities[c.source_index];
    q.value.counts.map_or("", |s| d.tokens_in(s).next_back().map_or("", |i| d.keys.stem(i)))
}

fn interval(c: &Claim) -> (f64, f64) {
    let b = c.best.unwrap_or(0.0);
    (c.low.unwrap_or(b), c.high.unwrap_or(b).max(c.low.unwrap_or(b)))
}

fn day(t: Option<(Date, Date)>) -> Option<Date> {
    t.map(|x| x.0)
}

fn relate(docs: &[Document], claims: &[Claim], out: &CorpusLayers) -> Vec<Relation> {
    let near: HashSet<(usize, usize)> = out.stories.iter().flat_map(|s| s.near_duplicates.iter().map(|&(a, b, _)| (a.min(b), a.max(b)))).collect();
    let mut rel = Vec::new();
    let mut groups: BTreeMap<(String, &str, String), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(story) = &c.story else { continue };
        groups.entry((story.clone(), c.kind, c.property.clone())).or_default().push(i);
    }
    for ((_, kind, _), ids) in groups {
        let ids = &ids[..ids.len().min(200)];
        for (x, &i) in ids.iter().enumerate() {
            for &j in &ids[x + 1..] {
                let (a, b) = (&claims[i], &claims[j]);
                if a.doc == b.doc {
                    continue;
                }
                let copied = near.contains(&(a.doc.min(b.doc), a.doc.max(b.doc)));
                if kind == "count" {
                    // Figures about different groups are not comparable: the subjects must match, or
                    // both be unknown with the same counted noun.
                    let same_subject = match (&a.subject, &b.subject) {
                        (Some(x), Some(y)) => x == y,
                        (None, None) => counted_key(&docs[a.doc], a) == counted_key(&docs[b.doc], b),
                        _ => false,
                    };
                    if !same_subject {
                        continue;
                    }
                    let ((al, ah), (bl, bh)) = (interval(a), interval(b));
                    let overlap = al <= bh && bl <= ah;
                    let ratio = ah.max(bh) / al.min(bl).max(1.0);
                    let (k, note) = if overlap && copied {
                        ("restate", "same figure from near-identical copies (one chain)".to_string())
                    } else if overlap {
                        ("agree", format!("{} and {} overlap", fmt(a), fmt(b)))
                    } else if ratio >= 10.0 {
                        ("scope", format!("{} vs {}: an order of magnitude apart, likely different scope", fmt(a), fmt(b)))
                    } else if day(a.time).is_none() || day(b.time).is_none() {
                        ("contradict", format!("{} vs {}; one side is undated, so this may be an update", fmt(a), fmt(b)))
                    } else if day(a.time) != day(b.time) {
                        ("update", format!("{} ({}) then {} ({})", fmt(a), show(a.time), fmt(b), show(b.time)))
                    } else {
                        ("contradict", format!("{} vs {} on the same day", fmt(a), fmt(b)))
                    };
                    rel.push(Relation { kind: k, a: a.id.clone(), b: b.id.clone(), note });
                } else {
                    // the same statement carried by several outlets
                    let same_speaker = a.speaker.is_some() && a.speaker == b.speaker;
                    if !same_speaker {
                        continue;
                    }
                    let (sa, sb) = (stems_in(&docs[a.doc], a.span), stems_in(&docs[b.doc], b.span));
                    let inter = sa.intersection(&sb).count();
                    let jac = inter as f32 / (sa.len() + sb.len() - inter).max(1) as f32;
                    // 0.3: below it, a prolific speaker's different statements (same topic words) were linked
                    if jac >= 0.3 {
                        let ag = |c: &Claim| c.chain.iter().find(|(r, _)| *r == "agency").map(|x| x.1.clone());
                        let shared = match (ag(a), ag(b)) {
                            (Some(x), Some(y)) if x == y => format!("shared upstream agency: {x}"),
                            _ => "no shared upstream agency".to_string(),
                        };
                        rel.push(Relation { kind: "restate", a: a.id.clone(), b: b.id.clone(), note: format!("same speaker, wording overlap {jac:.2}; {shared}") });
                    }
                }
            }
        }
    }
    rel
}

fn fmt(c: &Claim) -> String {
    let (l, h) = interval(c);
    let r = |x: f64| format!("{}", (x * 100.0).round() / 100.0);
    if (l - h).abs() < f64::EPSILON {
        r(l)
    } else {
        format!("{}–{}", r(l), r(h))
    }
}

fn show(t: Option<(Date, Date)>) -> String {
    t.map_or("undated".into(), |x| x.0.to_string())
}
