//! `isnad eval-quotes`: quote attribution scored on the project's gold set
//! (`tests/fixtures/quotes/gold.jsonl`: articles we wrote in the styles of different outlets, each
//! quote marked with its content, speaker, channel and agency).
//!
//! All articles are analysed together, as one run, so speakers are read through the same
//! cross-document step users get. Each gold quote is matched to the unmatched predicted quote
//! whose content overlaps it most. Scores:
//! - quote content P/R/F1, *exact* (equal after trimming quote marks, punctuation and spaces) and
//!   *overlap* (any shared character);
//! - over the matched gold quotes: speaker (the predicted speaker's surface or canonical name
//!   contains the gold speaker's lossy key, or is part of it with at least half its words), channel (equal, "none" included),
//!   agency (the claim chain's agency, equal) and chain (agency, channel and speaker all right);
//! - quote clusters (one statement carried by several articles): pairwise precision and recall
//!   over the matched gold quotes, against the gold's `cluster` labels.

use anyhow::{Context, Result};
use std::path::Path;

#[derive(Debug, Default)]
struct Scores {
    gold: usize,
    pred: usize,
    exact: usize,
    overlap: usize,
    speaker: usize,
    channel: usize,
    agency: usize,
    chain: usize,
    /// (gold cluster label, predicted quote cluster) of every matched gold quote
    clustered: Vec<(Option<String>, Option<usize>, String)>,
    failures: Vec<String>,
}

fn trimmed(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '«' | '»' | '“' | '”' | '.' | '،' | ',' | ':' | '؛'))
}

/// A predicted name is the gold speaker when it contains the gold name, or is part of it and
/// holds at least half its words (`محمد اشتية` for `اشتية`; not `موريتاني` for `مصدر أمني موريتاني`).
fn same_speaker(gold: &str, pred: &[String]) -> bool {
    // quote marks around an organisation's name (في "قسد") are not part of the name
    let unquoted = |s: &str| isnad_text::key(&s.replace(['"', '«', '»', '“', '”'], ""));
    let g = unquoted(gold);
    let gw = g.split_whitespace().count();
    pred.iter().map(|p| unquoted(trimmed(p))).any(|p| !p.is_empty() && (p.contains(&g) || (g.contains(&p) && 2 * p.split_whitespace().count() >= gw)))
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// P, R, F1 in percent.
fn f1(hit: usize, gold: usize, pred: usize) -> (f64, f64, f64) {
    let (p, r, f) = isnad_tagger::prf(hit, pred, gold);
    (100.0 * p, 100.0 * r, 100.0 * f)
}

pub fn eval(path: &Path, show: usize) -> Result<i32> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}: pass the gold file (tests/fixtures/quotes/gold.jsonl)", path.display()))?;
    let mut cases: Vec<serde_json::Value> = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        cases.push(serde_json::from_str(line).with_context(|| format!("{}:{}: not a JSON object", path.display(), n + 1))?);
    }
    let mut docs = Vec::new();
    for c in &cases {
        let id = c["id"].as_str().unwrap_or("?");
        let body = c["text"].as_str().unwrap_or("");
        for r in isnad_ingest::read_bytes(&format!("{id}.txt"), body.as_bytes(), &isnad_ingest::IngestOptions::default()) {
            match r {
                Ok(d) => docs.push(d),
                Err(e) => eprintln!("{id}: {e}"),
            }
        }
    }
    let a = isnad_pipeline::analyze_docs(docs, &isnad_pipeline::Options::default());
    let mut s = Scores::default();
    for c in &cases {
        let id = c["id"].as_str().unwrap_or("?");
        let gold = c["quotes"].as_array().cloned().unwrap_or_default();
        s.gold += gold.len();
        let Some((di, d)) = a.docs.iter().enumerate().find(|(_, d)| d.source.path == format!("{id}.txt")) else {
            s.failures.push(format!("{id}: not analysed"));
            continue;
        };
        s.pred += d.quotes.len();
        let mut used = vec![false; d.quotes.len()];
        for g in &gold {
            let content = g["content"].as_str().unwrap_or("");
            let Some(at) = d.raw.find(content) else {
                s.failures.push(format!("{id}: gold content not in the analysed text: {content}"));
                continue;
            };
            let (gs, ge) = (at as u32, (at + content.len()) as u32);
            let best = d
                .quotes
                .iter()
                .enumerate()
                .filter(|(i, q)| !used[*i] && q.value.content.start < ge && gs < q.value.content.end)
                .max_by_key(|(_, q)| q.value.content.end.min(ge) - q.value.content.start.max(gs));
            let Some((qi, q)) = best else {
                s.failures.push(format!("{id}: missed «{content}»"));
                continue;
            };
            used[qi] = true;
            s.overlap += 1;
            let got = d.text(q.value.content);
            if trimmed(got) == trimmed(content) {
                s.exact += 1;
            }
            let claim_ix = a.corpus.claims.iter().position(|cl| cl.doc == di && cl.kind == "statement" && cl.source_index == qi);
            let claim = claim_ix.and_then(|i| a.corpus.claims.get(i));
            let cluster = claim_ix.and_then(|ci| a.corpus.quote_clusters.iter().position(|k| k.claims.contains(&ci)));
            s.clustered.push((g["cluster"].as_str().map(String::from), cluster, format!("{id} «{content}»")));
            let role = |r: &str| claim.and_then(|cl| cl.chain.iter().find(|(x, _)| *x == r).map(|(_, n)| n.clone()));
            let mut names: Vec<String> = Vec::new();
            if let Some(sp) = &q.value.speaker {
                names.push(d.text(sp.span).to_string());
            }
            names.extend(role("speaker"));
            let gold_speaker = g["speaker"].as_str().unwrap_or("");
            let sp_ok = same_speaker(gold_speaker, &names);
            let ch = q.value.channel.map(|(c, _)| c);
            let ch_ok = ch == g["channel"].as_str();
            let ag = role("agency");
            let ag_ok = ag.as_deref() == g["agency"].as_str();
            s.speaker += usize::from(sp_ok);
            s.channel += usize::from(ch_ok);
            s.agency += usize::from(ag_ok);
            s.chain += usize::from(sp_ok && ch_ok && ag_ok);
            if !(sp_ok && ch_ok && ag_ok) {
                s.failures.push(format!(
                    "{id}: «{content}»: speaker {} (want {gold_speaker}), channel {} (want {}), agency {} (want {})",
                    names.first().map_or("none", String::as_str),
                    ch.unwrap_or("none"),
                    g["channel"].as_str().unwrap_or("none"),
                    ag.as_deref().unwrap_or("none"),
                    g["agency"].as_str().unwrap_or("none")
                ));
            }
        }
    }
    let (ep, er, ef) = f1(s.exact, s.gold, s.pred);
    let (op, or, of) = f1(s.overlap, s.gold, s.pred);
    println!("quote attribution on {} ({} articles, {} gold quotes, {} found)", path.display(), cases.len(), s.gold, s.pred);
    println!("  quotes exact     P {ep:.1}  R {er:.1}  F1 {ef:.1}");
    println!("  quotes overlap   P {op:.1}  R {or:.1}  F1 {of:.1}");
    println!("  speaker accuracy {:.1}% ({}/{} matched quotes)", pct(s.speaker, s.overlap), s.speaker, s.overlap);
    println!("  channel accuracy {:.1}% ({}/{})", pct(s.channel, s.overlap), s.channel, s.overlap);
    println!("  agency accuracy  {:.1}% ({}/{})", pct(s.agency, s.overlap), s.agency, s.overlap);
    println!("  chain accuracy   {:.1}% ({}/{})", pct(s.chain, s.overlap), s.chain, s.overlap);
    // quote clusters, pairwise over the matched gold quotes: two quotes are one statement when
    // the gold gives them the same cluster label
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (x, (ga, pa, na)) in s.clustered.iter().enumerate() {
        for (gb, pb, nb) in &s.clustered[x + 1..] {
            let gold_same = ga.is_some() && ga == gb;
            let pred_same = pa.is_some() && pa == pb;
            match (gold_same, pred_same) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    s.failures.push(format!("clustered apart statements: {na} and {nb}"));
                }
                (true, false) => {
                    fn_ += 1;
                    s.failures.push(format!("did not cluster: {na} and {nb}"));
                }
                _ => {}
            }
        }
    }
    println!("  quote clusters   pairwise P {:.1}  R {:.1} ({tp} pairs right, {fp} wrong, {fn_} missed)", pct(tp, tp + fp), pct(tp, tp + fn_));
    for f in s.failures.iter().take(show) {
        println!("  - {f}");
    }
    Ok(0)
}
