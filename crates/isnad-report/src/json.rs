//! The JSON report: the stable, versioned contract documented in `docs/report-schema.md` and
//! `docs/report.schema.json`. Offsets are Unicode code points into each document's raw text.

use isnad_doc::{CorpusLayers, Date, Document, Span, ZoneLabel};
use isnad_text::CharIndex;
use serde_json::{json, Value};

pub const SCHEMA_VERSION: &str = "0.1.0";

/// A document's offsets converter and id, shared by every section.
struct DocCtx<'a> {
    d: &'a Document,
    ix: CharIndex,
}

impl DocCtx<'_> {
    fn span(&self, s: Span) -> Value {
        json!({"start": self.ix.chars(s.start), "end": self.ix.chars(s.end)})
    }
    /// `text`, `start`, `end` of a span.
    fn surface(&self, s: Span) -> Value {
        json!({"text": self.d.text(s), "start": self.ix.chars(s.start), "end": self.ix.chars(s.end)})
    }
}

fn date(d: Option<Date>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.to_string()))
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 100.0).round() / 100.0
}

fn num(x: f64) -> Value {
    if x.is_finite() {
        if x.fract() == 0.0 && x.abs() < 9e15 {
            json!(x as i64)
        } else {
            json!((x * 1000.0).round() / 1000.0)
        }
    } else {
        Value::Null
    }
}

/// The cleaned body: body zones that are not duplicates, in page order, one blank line apart.
pub fn body_text(d: &Document) -> String {
    d.zones.iter().filter(|z| z.value.label.is_body() && z.value.duplicate_of.is_none()).map(|z| d.text(z.span)).collect::<Vec<_>>().join("\n\n")
}

/// The page-level part of a document's report entry: metadata, cleaned body, zones, removals.
fn page(c: &DocCtx) -> Value {
    let d = c.d;
    let m = &d.meta;
    let removed: Vec<Value> = d
        .zones
        .iter()
        .filter(|z| !z.value.label.is_content() || z.value.duplicate_of.is_some())
        .map(|z| {
            let mut v = c.surface(z.span);
            v["zone"] = json!(z.value.label.as_str());
            v["reason"] = json!(z.value.reason.clone().unwrap_or_default());
            v
        })
        .collect();
    let zones: Vec<Value> = d
        .zones
        .iter()
        .map(|z| {
            json!({"zone": z.value.label.as_str(), "start": c.ix.chars(z.span.start), "end": c.ix.chars(z.span.end),
                   "rule": z.prov.rule, "confidence": round(z.prov.confidence), "duplicate_of": z.value.duplicate_of})
        })
        .collect();
    let evidence = |e: &isnad_doc::DateEvidence| {
        let mut v = json!({"date": e.date.to_string(), "role": e.role, "rule": e.rule, "confidence": round(e.confidence)});
        if let Some(s) = e.span {
            v["text"] = json!(d.text(s));
            v["start"] = json!(c.ix.chars(s.start));
            v["end"] = json!(c.ix.chars(s.end));
        }
        v
    };
    json!({
        "id": d.id.0,
        "path": d.source.path,
        "url": d.source.url,
        "outlet": m.outlet,
        "format": d.source.format.as_str(),
        "encoding": d.source.encoding,
        "bytes": d.source.bytes,
        "language": m.language,
        "headline": m.headline.map(|s| d.text(s).to_string()),
        "headline_span": m.headline.map(|s| c.span(s)),
        "headline_missing": m.headline_missing,
        "published": m.published.as_ref().map(|p| p.date.to_string()),
        "published_evidence": m.published.as_ref().map(evidence),
        "published_estimate": m.published_estimate.as_ref().map(|w| json!({"from": w.from.to_string(), "to": w.to.to_string(), "evidence": w.evidence})),
        "other_dates": m.other_dates.iter().map(evidence).collect::<Vec<_>>(),
        "dateline": m.dateline.as_ref().map(|dl| {
            let mut v = c.surface(dl.span);
            v["place"] = json!(dl.place.map(|p| d.text(p).to_string()));
            v
        }),
        "credits": m.credits.iter().map(|(a, s)| {
            let mut v = c.surface(*s);
            v["agency"] = json!(a);
            v["kind"] = json!(if d.zone_at(s.start) == Some(ZoneLabel::Caption) { "photo" } else { "text" });
            v
        }).collect::<Vec<_>>(),
        "body": body_text(d),
        "removed": removed,
        "zones": zones,
        "warnings": d.warnings,
        "text": &*d.raw,
    })
}

/// The page-level report entry of one document (what `isnad clean` prints per page).
pub fn page_json(d: &Document) -> Value {
    page(&DocCtx { d, ix: CharIndex::new(&d.raw) })
}

pub fn build(docs: &[Document], corpus: &CorpusLayers, diagnostics: &[(String, String)]) -> Value {
    let ctxs: Vec<DocCtx> = docs.iter().map(|d| DocCtx { d, ix: CharIndex::new(&d.raw) }).collect();
    let id = |i: usize| docs[i].id.0.clone();
    let mut documents = Vec::new();
    let mut quantities = Vec::new();
    let mut times = Vec::new();
    let mut quotes = Vec::new();
    // (document, quote index) of every statement claim in a quote cluster → the cluster's id
    let cluster_of: std::collections::HashMap<(usize, usize), &str> = corpus
        .quote_clusters
        .iter()
        .flat_map(|k| k.claims.iter().filter_map(|&i| corpus.claims.get(i)).filter(|cl| cl.kind == "statement").map(move |cl| ((cl.doc, cl.source_index), k.id.as_str())))
        .collect();
    let mut events = Vec::new();
    for (di, c) in ctxs.iter().enumerate() {
        let d = c.d;
        documents.push(page(c));
        for (qi, q) in d.quantities.iter().enumerate() {
            let v = &q.value;
            let mut o = c.surface(q.span);
            o["doc"] = json!(id(di));
            o["id"] = json!(format!("{}:q{}", d.id.0, qi));
            o["value"] = num(v.value);
            o["low"] = v.low.map_or(Value::Null, num);
            o["high"] = v.high.map_or(Value::Null, num);
            o["approx"] = json!(v.approx);
            o["vague"] = json!(v.vague);
            o["percent"] = json!(v.percent);
            o["ordinal"] = json!(v.ordinal);
            o["unit"] = json!(v.unit);
            o["counts"] = v.counts.map_or(Value::Null, |s| c.surface(s));
            o["role"] = json!(v.role);
            o["rule"] = json!(q.prov.rule);
            quantities.push(o);
        }
        for (ti, t) in d.times.iter().enumerate() {
            let v = &t.value;
            let mut o = c.surface(t.span);
            o["doc"] = json!(id(di));
            o["id"] = json!(format!("{}:t{}", d.id.0, ti));
            o["kind"] = json!(v.kind);
            o["value"] = v.resolved.map_or(Value::Null, |(a, b)| json!({"from": a.to_string(), "to": b.to_string()}));
            o["grain"] = json!(v.grain.as_str());
            o["anchor"] = date(v.anchor);
            o["offset"] = json!(v.offset);
            o["part_of_day"] = json!(v.part_of_day);
            o["duration"] = v.duration.map_or(Value::Null, num);
            let hms = |c: (u8, u8, u8)| format!("{:02}:{:02}:{:02}", c.0, c.1, c.2);
            o["clock"] = json!(v.clock.map(hms));
            o["clock_to"] = json!(v.clock_to.map(hms));
            o["utc_offset_minutes"] = json!(v.zone);
            o["rule"] = json!(t.prov.rule);
            times.push(o);
        }
        for (qi, q) in d.quotes.iter().enumerate() {
            let v = &q.value;
            let claim = corpus.claims.iter().find(|x| x.doc == di && x.kind == "statement" && x.source_index == qi);
            let speaker = v.speaker.as_ref().map(|s| {
                let ent = s.mention.and_then(|mi| corpus.mention_entity.get(&isnad_doc::MentionRef { doc: di, mention: mi })).map(|&e| corpus.entities[e].id.clone());
                json!({"entity": ent, "text": d.text(s.span), "kind": s.kind, "start": c.ix.chars(s.span.start), "end": c.ix.chars(s.span.end)})
            });
            let stance = q.prov.rule.rsplit(':').next().filter(|_| q.prov.rule.contains(':'));
            quotes.push(json!({
                "id": format!("{}:s{}", d.id.0, qi),
                "doc": id(di),
                "text": d.text(v.content),
                "direct": v.direct,
                "span": c.span(v.content),
                "statement_span": c.span(q.span),
                "verb": v.verb,
                "stance": stance,
                "speaker": speaker,
                "channel": v.channel.map(|(k, _)| k),
                "agency": v.agency.as_ref().map(|a| a.0.clone()),
                "chain": claim.map(|cl| cl.chain.iter().map(|(r, n)| json!({"role": r, "name": n})).collect::<Vec<_>>()).unwrap_or_default(),
                "cluster": claim.and_then(|cl| cluster_of.get(&(cl.doc, cl.source_index))).copied(),
                "time": v.time.and_then(|t| d.times.get(t)).map(|t| json!({"text": d.text(t.span), "value": t.value.resolved.map(|(a, b)| json!({"from": a.to_string(), "to": b.to_string()}))})),
                "rule": q.prov.rule,
                "confidence": round(q.prov.confidence),
            }));
        }
        for (ei, e) in d.events.iter().enumerate() {
            let v = &e.value;
            let ent = |mi: usize| corpus.mention_entity.get(&isnad_doc::MentionRef { doc: di, mention: mi }).map(|&x| corpus.entities[x].id.clone());
            events.push(json!({
                "id": format!("{}:e{}", d.id.0, ei),
                "doc": id(di),
                "type": v.etype,
                "trigger": c.surface(v.trigger),
                "span": c.span(e.span),
                "time": v.time.map(|t| format!("{}:t{}", d.id.0, t)),
                "when": v.time.and_then(|t| d.times[t].value.resolved).map(|(a, b)| json!({"from": a.to_string(), "to": b.to_string()})),
                "place": v.place.and_then(ent),
                "actors": v.actors.iter().filter_map(|&a| ent(a)).collect::<Vec<_>>(),
                "quantities": v.quantities.iter().map(|q| format!("{}:q{}", d.id.0, q)).collect::<Vec<_>>(),
                "confidence": round(e.prov.confidence),
            }));
        }
    }
    let entities: Vec<Value> = corpus
        .entities
        .iter()
        .map(|e| {
            json!({
                "id": e.id, "type": e.etype.as_str(), "name": e.name, "aliases": e.aliases, "roles": e.roles,
                "affiliations": e.affiliations.iter().map(|(role, org)| json!({"role": role, "entity": corpus.entities.get(*org).map(|o| o.id.clone())})).collect::<Vec<_>>(),
                "known_as": e.known_as,
                "geo": e.geo.as_ref().map(|g| json!({"lat": g.lat, "lon": g.lon, "geonames_id": g.geonames_id, "country": g.country, "admin1": g.admin1, "via": g.via})),
                "mentions": e.mentions.iter().map(|r| {
                    let c = &ctxs[r.doc];
                    let m = &docs[r.doc].mentions[r.mention];
                    let mut v = c.surface(m.span);
                    v["doc"] = json!(id(r.doc));
                    v["rule"] = json!(m.prov.rule);
                    v["confidence"] = json!(round(m.prov.confidence));
                    v
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let stories: Vec<Value> = corpus
        .stories
        .iter()
        .map(|s| {
            json!({"id": s.id, "docs": s.docs.iter().map(|&d| id(d)).collect::<Vec<_>>(), "label": s.label, "entities": s.entities,
                   "near_duplicates": s.near_duplicates.iter().map(|&(a, b, sim)| json!({"a": id(a), "b": id(b), "similarity": round(sim)})).collect::<Vec<_>>()})
        })
        .collect();
    let claims: Vec<Value> = corpus
        .claims
        .iter()
        .map(|cl| {
            let c = &ctxs[cl.doc];
            json!({"id": cl.id, "doc": id(cl.doc), "kind": cl.kind, "text": c.d.text(cl.span), "span": c.span(cl.span), "subject": cl.subject,
                   "property": cl.property, "low": cl.low.map_or(Value::Null, num), "best": cl.best.map_or(Value::Null, num), "high": cl.high.map_or(Value::Null, num),
                   "time": cl.time.map(|(a, b)| json!({"from": a.to_string(), "to": b.to_string()})), "speaker": cl.speaker,
                   "chain": cl.chain.iter().map(|(r, n)| json!({"role": r, "name": n})).collect::<Vec<_>>(), "story": cl.story})
        })
        .collect();
    let relations: Vec<Value> = corpus.relations.iter().map(|r| json!({"kind": r.kind, "a": r.a, "b": r.b, "note": r.note})).collect();
    let quote_clusters: Vec<Value> = corpus
        .quote_clusters
        .iter()
        .map(|k| {
            let members: Vec<&isnad_doc::Claim> = k.claims.iter().filter_map(|&i| corpus.claims.get(i)).collect();
            let outlets: std::collections::BTreeSet<&str> = members.iter().filter_map(|cl| cl.chain.iter().find(|(r, _)| *r == "outlet").map(|(_, n)| n.as_str())).collect();
            json!({
                "id": k.id,
                "speaker": k.speaker,
                "quotes": members.iter().map(|cl| format!("{}:s{}", docs[cl.doc].id.0, cl.source_index)).collect::<Vec<_>>(),
                "claims": members.iter().map(|cl| cl.id.clone()).collect::<Vec<_>>(),
                "outlets": outlets,
                "shared_agency": k.shared_agency,
            })
        })
        .collect();
    json!({
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": "isnad", "version": env!("CARGO_PKG_VERSION")},
        "documents": documents,
        "entities": entities,
        "quotes": quotes,
        "quantities": quantities,
        "times": times,
        "events": events,
        "stories": stories,
        "claims": claims,
        "relations": relations,
        "quote_clusters": quote_clusters,
        "diagnostics": diagnostics.iter().map(|(p, r)| json!({"path": p, "reason": r})).collect::<Vec<_>>(),
    })
}
