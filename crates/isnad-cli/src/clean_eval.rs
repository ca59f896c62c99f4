//! `isnad eval-clean`: page cleaning and metadata scored against gold.
//!
//! Two gold formats, told apart by the path:
//! - a `gold.jsonl` of the project's own pages (`tests/fixtures/clean/gold.jsonl`): one line per
//!   page with `file` (under `pages/` beside the gold file), `headline` (null when the page shows
//!   none), `published` (null when the page carries no date) and `body` (the article paragraphs);
//! - a directory holding `gold.json` (`../shared/data/html/`): per page, trafilatura-style `with`
//!   snippets that must be in the body and `without` snippets that must not, or a full `body`;
//!   `title`; and a date (`date` or `date_visible_on_page`) when known.
//!
//! Body scores are token-level (multiset overlap of words with punctuation trimmed), summed over
//! pages; snippet scores count a `with` snippet found as a true positive and a `without` snippet
//! found as a false positive, as trafilatura's own evaluation does. Headlines compare after
//! squashing spaces; a page without a headline is right only when isnad reports none. The set is
//! scored twice: as one run (cross-page template learning on) and page by page (off).
//!
//! A `.zip` (or a directory without `gold.json`) of records that hold only article text, such as
//! SaudiNewsNet, is scored for retention: the share of its words the cleaner keeps in the body.

use anyhow::{Context, Result};
use isnad_doc::Document;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One gold page.
struct GoldPage {
    file: PathBuf,
    headline: Option<String>,
    /// `Some(None)`: the page has no date; `None`: the gold does not say.
    published: Option<Option<String>>,
    body: Option<Vec<String>>,
    with: Vec<String>,
    without: Vec<String>,
}

#[derive(Default)]
struct Score {
    pages: usize,
    tok_hit: usize,
    tok_pred: usize,
    tok_gold: usize,
    snip_tp: usize,
    snip_fn: usize,
    snip_fp: usize,
    snip_tn: usize,
    head_ok: usize,
    head_n: usize,
    date_ok: usize,
    date_near: usize,
    date_n: usize,
    failures: Vec<String>,
}

fn tokens(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()).filter(|w| !w.is_empty()).collect()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load(path: &Path) -> Result<Vec<GoldPage>> {
    if path.is_dir() {
        let gp = path.join("gold.json");
        let text = std::fs::read_to_string(&gp).with_context(|| format!("reading {}: a page directory needs a gold.json", gp.display()))?;
        let v: serde_json::Value = serde_json::from_str(&text).with_context(|| format!("{}: not JSON", gp.display()))?;
        let obj = v.as_object().with_context(|| format!("{}: expected an object keyed by file name", gp.display()))?;
        let strs = |x: &serde_json::Value| -> Vec<String> { x.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default() };
        let mut pages: Vec<GoldPage> = obj
            .iter()
            .map(|(name, g)| {
                let date = g.get("date").and_then(|d| d.as_str()).filter(|d| !d.is_empty()).or_else(|| g.get("date_visible_on_page").and_then(|d| d.as_str()));
                GoldPage {
                    file: path.join(g.get("file").and_then(|f| f.as_str()).unwrap_or(name)),
                    headline: g.get("title").and_then(|t| t.as_str()).map(String::from),
                    published: date.map(|d| Some(d.chars().take(10).collect())),
                    body: g.get("body").and_then(|b| b.as_str()).map(|b| vec![b.to_string()]),
                    with: strs(&g["with"]),
                    without: strs(&g["without"]),
                }
            })
            .collect();
        pages.sort_by(|a, b| a.file.cmp(&b.file));
        return Ok(pages);
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}: pass tests/fixtures/clean/gold.jsonl or a directory with gold.json", path.display()))?;
    let dir = path.parent().unwrap_or(Path::new(".")).join("pages");
    let mut pages = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(line).with_context(|| format!("{}:{}: not a JSON object", path.display(), n + 1))?;
        let file = g["file"].as_str().with_context(|| format!("{}:{}: no \"file\"", path.display(), n + 1))?;
        pages.push(GoldPage {
            file: dir.join(file),
            headline: g["headline"].as_str().map(String::from),
            published: Some(g["published"].as_str().map(String::from)),
            body: Some(g["body"].as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default()),
            with: Vec::new(),
            without: Vec::new(),
        });
    }
    Ok(pages)
}

fn score_page(s: &mut Score, g: &GoldPage, d: &Document) {
    s.pages += 1;
    let name = g.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let body = isnad_report::body_text(d);
    if let Some(gb) = &g.body {
        let mut want: HashMap<String, usize> = HashMap::new();
        for t in gb.iter().flat_map(|p| tokens(p)) {
            *want.entry(t).or_default() += 1;
        }
        let gold_n: usize = want.values().sum();
        let pred = tokens(&body);
        let mut hit = 0;
        let mut extra = Vec::new();
        for t in &pred {
            match want.get_mut(t) {
                Some(c) if *c > 0 => {
                    *c -= 1;
                    hit += 1;
                }
                _ => extra.push(t.clone()),
            }
        }
        if hit < gold_n || hit < pred.len() {
            let missing: Vec<String> = want.iter().filter(|(_, c)| **c > 0).map(|(t, _)| t.clone()).take(8).collect();
            s.failures.push(format!(
                "{name}: body {hit}/{gold_n} gold tokens, {} extra [{}] missing [{}]",
                pred.len() - hit,
                extra.iter().take(8).cloned().collect::<Vec<_>>().join(" "),
                missing.join(" ")
            ));
        }
        s.tok_hit += hit;
        s.tok_gold += gold_n;
        s.tok_pred += pred.len();
    }
    let flat = squash(&body);
    for w in &g.with {
        if flat.contains(&squash(w)) {
            s.snip_tp += 1;
        } else {
            s.snip_fn += 1;
            s.failures.push(format!("{name}: body lacks «{w}»"));
        }
    }
    for w in &g.without {
        if flat.contains(&squash(w)) {
            s.snip_fp += 1;
            s.failures.push(format!("{name}: body keeps «{w}»"));
        } else {
            s.snip_tn += 1;
        }
    }
    // a page-level `title` is scored as the headline; None in our own gold means "no headline"
    let got = d.meta.headline.map(|h| squash(d.text(h)));
    s.head_n += 1;
    if got.as_deref() == g.headline.as_deref().map(squash).as_deref() {
        s.head_ok += 1;
    } else {
        s.failures.push(format!("{name}: headline {:?}, gold {:?}", got, g.headline));
    }
    if let Some(gd) = &g.published {
        s.date_n += 1;
        let got = d.meta.published.as_ref().map(|p| p.date.to_string());
        if got == *gd {
            s.date_ok += 1;
            s.date_near += 1;
        } else {
            let near = match (got.as_deref().and_then(isnad_doc::Date::parse_iso_prefix), gd.as_deref().and_then(isnad_doc::Date::parse_iso_prefix)) {
                (Some(a), Some(b)) => (a.days() - b.days()).abs() <= 1,
                _ => false,
            };
            if near {
                s.date_near += 1;
            }
            s.failures.push(format!("{name}: published {:?}, gold {:?}", got, gd));
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn print(label: &str, s: &Score) {
    println!("  {label}: {} pages", s.pages);
    if s.tok_gold > 0 {
        let (p, r, f) = isnad_tagger::prf(s.tok_hit, s.tok_pred, s.tok_gold);
        println!("    body tokens      P {:.1}  R {:.1}  F1 {:.1}", 100.0 * p, 100.0 * r, 100.0 * f);
    }
    if s.snip_tp + s.snip_fn + s.snip_fp + s.snip_tn > 0 {
        let (p, r, f) = isnad_tagger::prf(s.snip_tp, s.snip_tp + s.snip_fp, s.snip_tp + s.snip_fn);
        println!(
            "    body snippets    P {:.1}  R {:.1}  F1 {:.1}  (with found {}/{}, without kept {}/{})",
            100.0 * p,
            100.0 * r,
            100.0 * f,
            s.snip_tp,
            s.snip_tp + s.snip_fn,
            s.snip_fp,
            s.snip_fp + s.snip_tn
        );
    }
    println!("    headline         {}/{} = {:.1}%", s.head_ok, s.head_n, pct(s.head_ok, s.head_n));
    if s.date_n > 0 {
        println!("    published        {}/{} = {:.1}%  (within a day {:.1}%)", s.date_ok, s.date_n, pct(s.date_ok, s.date_n), pct(s.date_near, s.date_n));
    }
}

fn read(g: &GoldPage) -> Result<Vec<Document>> {
    let mut out = Vec::new();
    for r in isnad_ingest::read_file(&g.file, &isnad_ingest::IngestOptions::default()) {
        match r {
            Ok(d) => out.push(d),
            Err(e) => anyhow::bail!("{e}"),
        }
    }
    anyhow::ensure!(out.len() == 1, "{}: expected one document, read {}", g.file.display(), out.len());
    Ok(out)
}

/// Retention on article text that is already clean (SaudiNewsNet's records hold only the article):
/// every line is article text, so every word the cleaner drops is a recall loss. Precision cannot be
/// measured here; the gold sets measure it.
fn retention(path: &Path, show: usize) -> Result<()> {
    let opts = isnad_pipeline::Options::default();
    let (docs, diags) = isnad_pipeline::read_inputs(&[path.to_path_buf()], &opts);
    anyhow::ensure!(!docs.is_empty(), "{}: no documents read ({} diagnostics)", path.display(), diags.len());
    let stage = isnad_clean::CleanStage { templates: Some(isnad_pipeline::learn_templates(&docs, &opts)) };
    let (mut kept, mut total, mut whole, mut pages) = (0usize, 0usize, 0usize, 0usize);
    let mut lost: HashMap<String, (usize, String)> = HashMap::new();
    for mut d in docs {
        isnad_doc::DocStage::run(&stage, &mut d);
        if !d.is_arabic() {
            continue;
        }
        pages += 1;
        let mut all = true;
        for (b, z) in d.blocks.iter().zip(&d.zones) {
            if b.tag == "title" {
                continue;
            }
            let n = tokens(d.text(b.span)).len();
            total += n;
            if z.value.label.is_body() || z.value.duplicate_of.is_some() {
                kept += n;
            } else {
                all = false;
                let reason = z.value.reason.clone().unwrap_or_else(|| z.prov.rule.to_string());
                let e = lost.entry(reason).or_insert((0, d.text(b.span).chars().take(80).collect()));
                e.0 += n;
            }
        }
        whole += usize::from(all);
    }
    println!("{} (article text only, {} Arabic pages):", path.display(), pages);
    println!("  body retention   {kept}/{total} tokens = {:.2}%   pages with every line kept {:.1}%", pct(kept, total), pct(whole, pages));
    let mut l: Vec<_> = lost.into_iter().collect();
    l.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
    for (reason, (n, ex)) in l.iter().take(show) {
        println!("    dropped {n:>6} tokens: {reason}  e.g. «{ex}»");
    }
    Ok(())
}

pub fn eval(paths: &[PathBuf], show: usize) -> Result<i32> {
    let opts = isnad_pipeline::Options::default();
    for path in paths {
        let is_corpus = path.extension().is_some_and(|e| e == "zip") || (path.is_dir() && !path.join("gold.json").exists());
        if is_corpus {
            retention(path, show)?;
            continue;
        }
        let gold = load(path)?;
        let mut docs = Vec::new();
        for g in &gold {
            docs.extend(read(g)?);
        }
        println!("{}:", path.display());
        // one run: templates are learnt across the pages
        let a = isnad_pipeline::analyze_docs(docs.clone(), &opts);
        anyhow::ensure!(a.docs.len() == gold.len(), "{} of {} pages analysed", a.docs.len(), gold.len());
        let mut run = Score::default();
        for (g, d) in gold.iter().zip(&a.docs) {
            score_page(&mut run, g, d);
        }
        print("one run (templates learnt across pages)", &run);
        // page by page: only the page's own evidence
        let mut single = Score::default();
        for (g, d) in gold.iter().zip(docs) {
            let a = isnad_pipeline::analyze_docs(vec![d], &opts);
            if let Some(d) = a.docs.first() {
                score_page(&mut single, g, d);
            }
        }
        print("page by page (no cross-page evidence)", &single);
        for f in run.failures.iter().take(show) {
            println!("    FAIL {f}");
        }
    }
    Ok(0)
}
