//! `isnad eval-entities`: canonicalisation scored on a fixture suite of alias groups that must
//! merge and pairs that must stay apart (`tests/fixtures/entities/canon.jsonl`).

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
        cases += 1;
    }
    let p = if total.tp + total.fp == 0 { 0.0 } else { total.tp as f64 / (total.tp + total.fp) as f64 };
    let r = if total.tp + total.fn_ == 0 { 0.0 } else { total.tp as f64 / (total.tp + total.fn_) as f64 };
    println!("canonicalisation: {cases} cases, {} pairs merged correctly, {} merged wrongly, {} missed", total.tp, total.fp, total.fn_);
    println!("pairwise precision {:.4}  recall {:.4}", p, r);
    if show {
        for m in total.missing.iter().map(|m| format!("  not found as a mention: {m}")).chain(total.wrong.iter().map(|w| format!("  {w}"))) {
            println!("{m}");
        }
    }
    Ok(0)
}
