//! End-to-end tests over the pages in `examples/` (written by the project in the style of
//! real scraped pages). They need nothing outside the repository.

use isnad_doc::{Document, ZoneLabel};
use isnad_pipeline::{analyze, Analysis, Options};
use serde_json::Value;
use std::path::PathBuf;

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn run() -> Analysis {
    analyze(&[examples()], &Options::default())
}

fn doc<'a>(a: &'a Analysis, file: &str) -> &'a Document {
    a.docs.iter().find(|d| d.source.path.ends_with(file)).unwrap_or_else(|| panic!("{file} not analysed"))
}

fn report(a: &Analysis) -> Value {
    let diags: Vec<(String, String)> = a.diagnostics.iter().map(|d| (d.path.clone(), d.error.to_string())).collect();
    isnad_report::json(&a.docs, &a.corpus, &diags)
}

#[test]
fn newspaper_dump_publication_date_is_not_the_render_date() {
    let a = run();
    assert_eq!(a.exit_code(), 0, "{:?}", a.diagnostics);
    let d = doc(&a, "al-wadi-2020-02-12.txt");
    assert_eq!(d.text(d.meta.headline.unwrap()), "فصائل المعارضة تستعيد بلدة النيرب والجيش يرد بغارات على ريف إدلب");
    assert_eq!(d.meta.published.as_ref().unwrap().date.to_string(), "2020-02-12");
    assert!(d.meta.other_dates.iter().any(|o| o.role == "render" && o.date.to_string() == "2025-11-14"));
    let dl = d.meta.dateline.as_ref().unwrap();
    assert_eq!(d.text(dl.place.unwrap()), "إدلب");
    assert_eq!(d.meta.credits[0].0, "agencies");
    // chrome around the article is removed with a reason; every paragraph is kept
    let body: Vec<&str> = d.zones.iter().filter(|z| z.value.label == ZoneLabel::Body).map(|z| d.text(z.span)).collect();
    assert_eq!(body.len(), 7);
    assert!(d.zones.iter().filter(|z| !z.value.label.is_content()).all(|z| z.value.reason.is_some()));
}

#[test]
fn relative_dates_resolve_against_the_publication_date() {
    let a = run();
    let d = doc(&a, "al-wadi-2020-02-12.txt");
    let resolved = |s: &str| d.times.iter().find(|t| d.text(t.span) == s).and_then(|t| t.value.resolved).map(|r| r.0.to_string());
    assert_eq!(resolved("أمس").as_deref(), Some("2020-02-11"));
    assert_eq!(resolved("أول من أمس").as_deref(), Some("2020-02-10"));
    assert_eq!(resolved("الأول من ديسمبر (كانون الأول) الماضي").as_deref(), Some("2019-12-01"));
}

#[test]
fn numbers_carry_approximation_and_role() {
    let a = run();
    let d = doc(&a, "al-wadi-2020-02-12.txt");
    let q = d.quantities.iter().find(|q| d.text(q.span).starts_with("نحو 40")).expect("نحو 40 عنصراً");
    assert_eq!((q.value.value, q.value.approx, q.value.role), (40.0, true, Some("killed")));
    let displaced = d.quantities.iter().find(|q| q.value.value == 700_000.0).expect("700 ألف");
    assert_eq!(displaced.value.role, Some("displaced"));
}

#[test]
fn html_page_uses_dom_and_metadata() {
    let a = run();
    let d = doc(&a, "al-sharq-nablus-2020-02-12.html");
    assert_eq!(d.source.format.as_str(), "html");
    assert_eq!(d.meta.published.as_ref().unwrap().date.to_string(), "2020-02-12");
    assert_eq!(d.text(d.meta.headline.unwrap()), "المعارضة تسيطر على النيرب بعد يومين من المعارك");
    let label = |needle: &str| d.zones.iter().find(|z| d.text(z.span).contains(needle)).map(|z| z.value.label);
    assert_eq!(label("الرئيسية"), Some(ZoneLabel::Chrome));
    assert_eq!(label("تركيا ترسل تعزيزات"), Some(ZoneLabel::Related));
    assert_eq!(label("أضف تعليقك"), Some(ZoneLabel::Comment));
    assert_eq!(label("مقاتلون من المعارضة"), Some(ZoneLabel::Caption));
    assert_eq!(label("بيروت - رويترز"), Some(ZoneLabel::Byline));
    // the quote carried to Reuters keeps its channel and agency
    let q = d.quotes.iter().find(|q| q.value.direct).unwrap();
    assert_eq!(d.text(q.value.speaker.as_ref().unwrap().span), "ناجي مصطفى");
    assert_eq!(q.value.agency.as_ref().map(|a| a.0.as_str()), Some("Reuters"));
}

#[test]
fn blog_repost_without_headline_reports_the_lack() {
    let a = run();
    let d = doc(&a, "blog-repost.txt");
    assert!(d.meta.headline.is_none());
    assert!(d.meta.headline_missing.is_some());
    assert!(d.meta.published.is_none());
    let related = d.zones.iter().filter(|z| z.value.label == ZoneLabel::Related).count();
    assert_eq!(related, 2);
    assert!(d.zones.iter().any(|z| z.value.label == ZoneLabel::Comment));
    // the paragraph after the related links is still article text
    assert!(d.zones.iter().any(|z| z.value.label == ZoneLabel::Body && d.text(z.span).contains("وقود التدفئة")));
}

#[test]
fn jsonl_records_and_legacy_encoding() {
    let a = run();
    let feed: Vec<&Document> = a.docs.iter().filter(|d| d.source.path.contains("feed.jsonl#")).collect();
    assert_eq!(feed.len(), 2);
    assert!(feed.iter().all(|d| d.meta.outlet.as_deref() == Some("example-news.net")));
    assert!(feed.iter().all(|d| d.meta.published.as_ref().map(|p| p.date.to_string()).as_deref() == Some("2020-02-13")));
    let cp = doc(&a, "latakia-cp1256.txt");
    assert_eq!(cp.source.encoding, "windows-1256");
    assert!(cp.raw.contains("اللاذقية"));
}

#[test]
fn two_outlets_one_story_and_their_disagreement() {
    let a = run();
    let ia = a.docs.iter().position(|d| d.source.path.ends_with("al-wadi-2020-02-12.txt")).unwrap();
    let ib = a.docs.iter().position(|d| d.source.path.ends_with("al-sharq-nablus-2020-02-12.html")).unwrap();
    let story = a.corpus.stories.iter().find(|s| s.docs.contains(&ia)).unwrap();
    assert!(story.docs.contains(&ib), "both Nayrab reports should be one story");
    assert!(!story.docs.iter().any(|&d| a.docs[d].source.path.ends_with("latakia-cp1256.txt")));
    // 40 killed (one outlet) against about 50 (the other), same subject, same day
    let claim = |id: &str| a.corpus.claims.iter().find(|c| c.id == id).unwrap();
    assert!(a.corpus.relations.iter().any(|r| r.kind == "contradict" && claim(&r.a).best != claim(&r.b).best));
    // the spokesman's words in both outlets are one restated statement
    assert!(a.corpus.relations.iter().any(|r| r.kind == "restate" && claim(&r.a).doc != claim(&r.b).doc));
    // one entity for the spokesman across both outlets
    let e = a.corpus.entities.iter().find(|e| e.name == "ناجي مصطفى").unwrap();
    let docs: std::collections::BTreeSet<usize> = e.mentions.iter().map(|m| m.doc).collect();
    assert!(docs.contains(&ia) && docs.contains(&ib));
    // and the organisation named in his title is his affiliation
    let orgs: Vec<&str> = e.affiliations.iter().map(|(_, o)| a.corpus.entities[*o].name.as_str()).collect();
    assert!(orgs.iter().any(|o| o.contains("الجبهة الوطنية")), "{:?} {orgs:?}", e.roles);
}

#[test]
fn report_has_every_contract_key_and_code_point_offsets() {
    let a = run();
    let r = report(&a);
    for k in ["schema_version", "documents", "entities", "quotes", "quantities", "times", "events", "stories", "claims", "relations", "quote_clusters", "diagnostics"] {
        assert!(r.get(k).is_some(), "missing {k}");
    }
    let texts: std::collections::HashMap<String, Vec<char>> =
        r["documents"].as_array().unwrap().iter().map(|d| (d["id"].as_str().unwrap().to_string(), d["text"].as_str().unwrap().chars().collect())).collect();
    let check = |doc: &str, v: &Value| {
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        let got: String = texts[doc][s..e].iter().collect();
        assert_eq!(got, v["text"].as_str().unwrap());
    };
    let mut n = 0;
    for sec in ["quantities", "times"] {
        for v in r[sec].as_array().unwrap() {
            check(v["doc"].as_str().unwrap(), v);
            n += 1;
        }
    }
    for e in r["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            check(m["doc"].as_str().unwrap(), m);
            n += 1;
        }
    }
    for q in r["quotes"].as_array().unwrap() {
        let mut v = q["span"].clone();
        v["text"] = q["text"].clone();
        check(q["doc"].as_str().unwrap(), &v);
        n += 1;
    }
    assert!(n > 50);
}

#[test]
fn output_is_deterministic() {
    let a = serde_json::to_string(&report(&run())).unwrap();
    let b = serde_json::to_string(&report(&run())).unwrap();
    assert_eq!(a, b);
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("isnad-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

#[test]
fn bad_inputs_are_diagnostics_and_the_run_goes_on() {
    let d = scratch("bad");
    std::fs::write(d.join("a-binary.txt"), [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2, 3]).unwrap();
    std::fs::write(d.join("b-empty.txt"), b"").unwrap();
    let page = "عنوان تجريبي للخبر هنا\n\nقال مسؤول محلي إن الطريق الرئيسي أغلق أمس بسبب السيول التي ضربت المنطقة.";
    let (cp, _, _) = encoding_rs::WINDOWS_1256.encode(page);
    std::fs::write(d.join("c-cp1256.txt"), &cp).unwrap();
    std::fs::write(d.join("d-valid.txt"), page).unwrap();
    let a = analyze(std::slice::from_ref(&d), &Options::default());
    assert_eq!(a.docs.len(), 2);
    assert_eq!(a.diagnostics.len(), 2);
    assert!(a.diagnostics.iter().all(|g| g.path.contains("a-binary") || g.path.contains("b-empty")));
    assert_eq!(a.exit_code(), 1);
    assert_eq!(a.docs[0].raw, a.docs[1].raw, "the cp1256 page decodes to the same text");
    std::fs::remove_file(d.join("c-cp1256.txt")).unwrap();
    std::fs::remove_file(d.join("d-valid.txt")).unwrap();
    let a = analyze(&[d.clone(), d.join("missing.txt")], &Options::default());
    assert_eq!(a.exit_code(), 2);
    assert_eq!(a.diagnostics.len(), 3);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn dossier_escapes_page_text() {
    let page = "عنوان فيه <script>alert(1)</script> للاختبار\n\nقال مسؤول إن \"<img src=x onerror=alert(2)>\" ليست صورة في هذا الخبر المكتوب.";
    let docs = isnad_ingest::read_bytes("x.txt", page.as_bytes(), &Default::default()).into_iter().flatten().collect();
    let a = isnad_pipeline::analyze_docs(docs, &Options::default());
    let html = isnad_report::html(&a.docs, &a.corpus, &[("<b>bad</b>".into(), "reason & more".into())]);
    assert!(!html.contains("<script>alert") && !html.contains("<img src=x") && !html.contains("<b>bad"));
    assert!(html.contains("&lt;script&gt;") && html.starts_with("<!doctype html><html lang=\"ar\" dir=\"rtl\">"));
}

#[test]
fn annotations_snapshot() {
    let a = run();
    let d = doc(&a, "al-wadi-2020-02-12.txt");
    let ix = isnad_text::CharIndex::new(&d.raw);
    let mut lines = Vec::new();
    let sp = |s: isnad_doc::Span| format!("{}..{}", ix.chars(s.start), ix.chars(s.end));
    for z in &d.zones {
        lines.push(format!("zone  {} | {} | {} | {}:{}", sp(z.span), d.text(z.span).chars().take(30).collect::<String>(), z.value.label.as_str(), z.prov.stage, z.prov.rule));
    }
    for t in &d.times {
        lines.push(format!("time  {} | {} | {:?} | {}:{}", sp(t.span), d.text(t.span), t.value.resolved.map(|r| (r.0.to_string(), r.1.to_string())), t.prov.stage, t.prov.rule));
    }
    for q in &d.quantities {
        lines.push(format!("qty   {} | {} | {} {:?}-{:?} {:?} | {}:{}", sp(q.span), d.text(q.span), q.value.value, q.value.low, q.value.high, q.value.role, q.prov.stage, q.prov.rule));
    }
    for q in &d.quotes {
        let who = q.value.speaker.as_ref().map(|s| d.text(s.span)).unwrap_or("-");
        lines.push(format!("quote {} | {} | {} | {}:{}", sp(q.value.content), d.text(q.value.content).chars().take(30).collect::<String>(), who, q.prov.stage, q.prov.rule));
    }
    for m in &d.mentions {
        lines.push(format!("ment  {} | {} | {} | {}:{}", sp(m.span), d.text(m.span), m.value.etype.as_str(), m.prov.stage, m.prov.rule));
    }
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn undated_page_takes_its_year_from_caption_weekday_and_story() {
    // Two pages about one story; the second has only a yearless caption date with a weekday.
    let dated = "اشتباكات عنيفة في بلدة الكرامة قرب الحدود الشمالية\n\nالخميس 14 مارس 2024\n\nقالت مصادر محلية إن اشتباكات عنيفة اندلعت في بلدة الكرامة قرب الحدود الشمالية أمس بين القوات الحكومية ومسلحين، وأسفرت عن مقتل عشرة عناصر.\n\nوأضافت المصادر أن الاشتباكات في بلدة الكرامة تواصلت حتى ساعات الصباح وأن القوات الحكومية أرسلت تعزيزات إلى الحدود الشمالية.";
    let undated = "القوات الحكومية تستعيد بلدة الكرامة بعد اشتباكات عنيفة\n\nعناصر من القوات الحكومية في بلدة الكرامة الجمعة 15 مارس (آذار) (رويترز)\n\nاستعادت القوات الحكومية السيطرة على بلدة الكرامة قرب الحدود الشمالية بعد اشتباكات عنيفة مع مسلحين استمرت يومين، بحسب مصادر محلية.\n\nوقالت المصادر إن القوات الحكومية أرسلت تعزيزات إلى بلدة الكرامة أمس، وإن الاشتباكات انتهت بانسحاب المسلحين نحو الحدود الشمالية.";
    let mut docs: Vec<Document> = Vec::new();
    for (name, text) in [("a.txt", dated), ("b.txt", undated)] {
        docs.extend(isnad_ingest::read_bytes(name, text.as_bytes(), &Default::default()).into_iter().flatten());
    }
    let a = isnad_pipeline::analyze_docs(docs, &Options::default());
    assert_eq!(a.corpus.stories.len(), 1, "one story");
    let b = a.docs.iter().find(|d| d.source.path == "b.txt").unwrap();
    let p = b.meta.published.as_ref().expect("dated from the story");
    // 15 March is a Friday in 2024 (and in 2019 and 2030, too far from the story's 2024)
    assert_eq!(p.date.to_string(), "2024-03-15");
    // and its relative dates are re-anchored: أمس is the 14th
    let ams = b.times.iter().find(|t| b.text(t.span) == "أمس").unwrap();
    assert_eq!(ams.value.resolved.map(|r| r.0.to_string()).as_deref(), Some("2024-03-14"));
}
