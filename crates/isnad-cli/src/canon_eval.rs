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
        for m in total
            .missing
            .iter()
            .map(|m| format!("  not found as a mention: {m}"))
            .chain(total.wrong.iter().map(|w| format!("  {w}")))
            .chain(total.spurious.iter().map(|w| format!("  read as an entity: {w}")))
        {
            println!("{m}");
        }
    }
    Ok(0)
}

/// `isnad eval-geo tests/fixtures/geo/heldout.tsv`: each line is a spelling of a place that the
/// gazetteer build held out (see tools/build_gazetteer.py). Two tests:
/// - held-out spellings: those spellings are removed from the gazetteer used here, and the
///   geocoder must still place each name within 25 km (its other Arabic names, a one-edit match or
///   its Latin names may find it);
/// - held-out places: every Arabic name of those places is removed, as for the two thirds of
///   GeoNames rows that have none, so only their Latin names can find them.
pub fn eval_geo(path: &Path) -> Result<i32> {
    use isnad_entities::{name_key, Lexicon};
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let items: Vec<(String, u64, f64, f64, String)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((f.first()?.to_string(), f.get(1)?.parse().ok()?, f.get(2)?.parse().ok()?, f.get(3)?.parse().ok()?, f.get(4)?.trim().to_string()))
        })
        .collect();
    let lx = Lexicon::get();
    // the gazetteer without the held-out spellings of the held-out places
    let mut spellings = lx.places.clone();
    for (name, gid, ..) in &items {
        let k = name_key(name);
        if let Some(v) = spellings.get_mut(&k) {
            v.retain(|p| p.geo.geonames_id != Some(*gid));
            if v.is_empty() {
                spellings.remove(&k);
            }
        }
    }
    // the gazetteer without any Arabic name of the held-out places
    let held: std::collections::HashSet<u64> = items.iter().map(|x| x.1).collect();
    let mut places = lx.places.clone();
    places.retain(|_, v| {
        v.retain(|p| p.geo.geonames_id.is_none_or(|g| !held.contains(&g)));
        !v.is_empty()
    });
    println!("geocoding {} place spellings held out of the gazetteer (within 25 km of GeoNames' coordinates; Latin names are searched in the place's country, as in a story that names it or another of its places)", items.len());
    let (acc, prec, misses) = geo_score("held-out spellings", &items, &spellings, Some(&lx.latin));
    println!("accuracy {acc:.4}  precision of placements {prec:.4}");
    geo_score("held-out spellings, no Latin names", &items, &spellings, None);
    let (pacc, pprec, _) = geo_score("held-out places", &items, &places, Some(&lx.latin));
    println!("places accuracy {pacc:.4}  precision {pprec:.4}");
    for m in misses.iter().take(usize::MAX) {
        println!("  {m}");
    }
    Ok(0)
}

/// Place each held-out name with this gazetteer: accuracy, precision of the placements and the
/// misses. Prints one line with the counts by route.
fn geo_score(
    what: &str,
    items: &[(String, u64, f64, f64, String)],
    places: &isnad_text::FastMap<String, Vec<isnad_entities::Place>>,
    latin: Option<&isnad_entities::translit::LatinIndex>,
) -> (f64, f64, Vec<String>) {
    use isnad_entities::{fuzzy::FuzzyIndex, name_key, pick_place, place_candidates};
    let index = FuzzyIndex::new(places);
    let (mut found, mut right) = (0, 0);
    let mut by_route: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut misses = Vec::new();
    for (name, _, lat, lon, country) in items {
        let k = name_key(name);
        let story = [country.as_str()];
        let (cands, via) = place_candidates(places, &index, latin.map(|l| (l, &story[..])), &k, name);
        match pick_place(&cands, None) {
            Some(p) => {
                found += 1;
                let d = isnad_entities::km(p.geo.lat, p.geo.lon, *lat, *lon);
                let r = by_route.entry(via).or_default();
                r.0 += 1;
                if d <= 25.0 {
                    right += 1;
                    r.1 += 1;
                } else {
                    misses.push(format!("{name}: placed {d:.0} km away (through its {via})"));
                }
            }
            None => misses.push(format!("{name}: not found")),
        }
    }
    let routes: Vec<String> = by_route.iter().map(|(via, (n, r))| format!("{via} {r}/{n}")).collect();
    println!("{what}: {found} placed, {right} within 25 km; right/placed by route: {}", routes.join(", "));
    let n = items.len().max(1) as f64;
    (right as f64 / n, right as f64 / found.max(1) as f64, misses)
}
