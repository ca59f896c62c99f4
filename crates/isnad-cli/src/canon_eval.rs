//! `isnad eval-entities`: canonicalisation scored on a fixture suite of alias groups that must
//! merge, pairs that must stay apart and descriptions that must be no entity at all
//! (`tests/fixtures/entities/canon.jsonl`).

use anyhow::{Context, Result};
use std::path::Path;

/// Pairwise counts over mentions: every two mentions whose surfaces are in one merge group must
/// share an entity (true positive, else false negative); a mention of each side of an apart pair
/// must not (else false positive). A merge surface found as no mention at all is a false negative.
#[derive(Debug, Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    missing: Vec<String>,
    wrong: Vec<String>,
    /// Surfaces a case lists under `none` (descriptions, not names), and those found as mentions.
    none: usize,
    spurious: Vec<String>,
}

pub fn eval(path: &Path, show: bool) -> Result<i32> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut total = Counts::default();
    let mut cases = 0;
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).with_context(|| format!("{}:{}: not a JSON object", path.display(), n + 1))?;
        let name = case["name"].as_str().unwrap_or("?").to_string();
        let docs: Vec<isnad_doc::Document> = case["docs"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, t)| {
                // a one-line headline before each text, as a scraped page has
                let body = format!("خبر\n\n{}", t.as_str().unwrap_or(""));
                isnad_ingest::read_bytes(&format!("{name}-{i}.txt"), body.as_bytes(), &isnad_ingest::IngestOptions::default()).into_iter().next().and_then(Result::ok)
            })
            .collect();
        let a = isnad_pipeline::analyze_docs(docs, &isnad_pipeline::Options::default());
        // (entity index, surface) of every mention
        let mut ments: Vec<(usize, String)> = Vec::new();
        for (ei, e) in a.corpus.entities.iter().enumerate() {
            for r in &e.mentions {
                let d = &a.docs[r.doc];
                ments.push((ei, d.text(d.mentions[r.mention].span).to_string()));
            }
        }
        let of = |s: &str| -> Vec<usize> { ments.iter().filter(|(_, m)| m == s).map(|(e, _)| *e).collect() };
        for g in case["merge"].as_array().into_iter().flatten() {
            let surfaces: Vec<&str> = g.as_array().into_iter().flatten().filter_map(|x| x.as_str()).collect();
            let mut all: Vec<(usize, &str)> = Vec::new();
            for s in &surfaces {
                let es = of(s);
                if es.is_empty() {
                    total.fn_ += 1;
                    total.missing.push(format!("{name}: {s}"));
                }
                all.extend(es.into_iter().map(|e| (e, *s)));
            }
            for i in 0..all.len() {
                for j in i + 1..all.len() {
                    if all[i].0 == all[j].0 {
                        total.tp += 1;
                    } else {
                        total.fn_ += 1;
                        total.wrong.push(format!("{name}: {} / {} not merged", all[i].1, all[j].1));
                    }
                }
            }
        }
        for p in case["apart"].as_array().into_iter().flatten() {
            let (Some(x), Some(y)) = (p[0].as_str(), p[1].as_str()) else { continue };
            for ex in of(x) {
                for ey in of(y) {
                    if ex == ey {
                        total.fp += 1;
                        total.wrong.push(format!("{name}: {x} / {y} merged"));
                    }
                }
            }
        }
        for x in case["none"].as_array().into_iter().flatten().filter_map(|x| x.as_str()) {
            total.none += 1;
            if !of(x).is_empty() {
                total.spurious.push(format!("{name}: {x}"));
            }
        }
        cases += 1;
    }
    let p = if total.tp + total.fp == 0 { 0.0 } else { total.tp as f64 / (total.tp + total.fp) as f64 };
    let r = if total.tp + total.fn_ == 0 { 0.0 } else { total.tp as f64 / (total.tp + total.fn_) as f64 };
    println!("canonicalisation: {cases} cases, {} pairs merged correctly, {} merged wrongly, {} missed", total.tp, total.fp, total.fn_);
    println!("pairwise precision {:.4}  recall {:.4}", p, r);
    println!("descriptions read as entities: {} of {}", total.spurious.len(), total.none);
    if show {
        for m in total.missing.iter().map(|m| format!("  not found as a mention: {m}")).chain(total.wrong.iter().map(|w| format!("  {w}"))).chain(total.spurious.iter().map(|w| format!("  read as an entity: {w}"))) {
            println!("{m}");
        }
    }
    Ok(0)
}

/// `isnad eval-geo tests/fixtures/geo/heldout.tsv`: each line is a spelling of a place that the
/// gazetteer build held out (see tools/build_gazetteer.py). The held-out spellings are removed from
/// the gazetteer used here, and the geocoder must still place each name within 25 km.
pub fn eval_geo(path: &Path) -> Result<i32> {
    use isnad_entities::{fuzzy::FuzzyIndex, name_key, pick_place, place_candidates, Lexicon};
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let items: Vec<(String, u64, f64, f64)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((f.first()?.to_string(), f.get(1)?.parse().ok()?, f.get(2)?.parse().ok()?, f.get(3)?.parse().ok()?))
        })
        .collect();
    // the gazetteer without the held-out spellings of the held-out places
    let mut places = Lexicon::get().places.clone();
    for (name, gid, _, _) in &items {
        let k = name_key(name);
        if let Some(v) = places.get_mut(&k) {
            v.retain(|p| p.geo.geonames_id != Some(*gid));
            if v.is_empty() {
                places.remove(&k);
            }
        }
    }
    let index = FuzzyIndex::new(&places);
    let (mut found, mut right, mut fuzzy_right) = (0, 0, 0);
    let mut misses = Vec::new();
    for (name, _, lat, lon) in &items {
        let k = name_key(name);
        let exact = places.contains_key(&k);
        let cands = place_candidates(&places, &index, &k);
        match pick_place(&cands, None) {
            Some(p) => {
                found += 1;
                let d = isnad_entities::km(p.geo.lat, p.geo.lon, *lat, *lon);
                if d <= 25.0 {
                    right += 1;
                    fuzzy_right += usize::from(!exact);
                } else {
                    misses.push(format!("{name}: placed {d:.0} km away"));
                }
            }
            None => misses.push(format!("{name}: not found")),
        }
    }
    let n = items.len().max(1) as f64;
    println!("geocoding {} held-out spellings: {found} placed, {right} within 25 km ({fuzzy_right} of them through a one-edit match)", items.len());
    println!("accuracy {:.4}  (placed {:.4}, precision of placements {:.4})", right as f64 / n, found as f64 / n, right as f64 / found.max(1) as f64);
    for m in misses.iter().take(15) {
        println!("  {m}");
    }
    Ok(0)
}
