//! Zone snapshots of gold pages from `tests/fixtures/clean/` (one HTML page with a weather
//! widget and a copy-link toast, one blog page whose date header sits above the post title, one
//! text dump with CMS residue inside the body), zoned page by page and as one run with the other
//! pages of their outlet, so that a change in any zoning rule shows up as a reviewed diff.

use isnad_pipeline::{analyze_docs, Options};
use std::path::Path;

fn pages(names: &[&str]) -> Vec<isnad_doc::Document> {
    // relative to the package root (cargo's working directory for tests), so snapshots hold no machine paths
    let dir = Path::new("../../tests/fixtures/clean/pages");
    names.iter().flat_map(|n| isnad_ingest::read_file(&dir.join(n), &Default::default())).map(|r| r.expect("gold page reads")).collect()
}

#[test]
fn gold_pages_zoned_on_their_own() {
    let a = analyze_docs(pages(&["02-divsoup.html", "03-blogger.html", "07-caption.txt"]), &Options { no_templates: true, ..Default::default() });
    let out: String = a.docs.iter().map(|d| isnad_report::explain(d, false, 70)).collect();
    insta::assert_snapshot!(out);
}

#[test]
fn template_learning_removes_a_site_slogan_only_across_pages() {
    let names = ["02-divsoup.html", "13-divsoup.html", "24-divsoup.html", "35-divsoup.html"];
    let slogan = "صحيفة إلكترونية مستقلة";
    let body = isnad_report::body_text;
    let single = analyze_docs(pages(&names[..1]), &Options::default());
    assert!(body(&single.docs[0]).contains(slogan), "one page alone cannot tell its slogan from article text");
    let run = analyze_docs(pages(&names), &Options::default());
    for d in &run.docs {
        assert!(!body(d).contains(slogan), "{}: the slogan repeats on all four pages of the site", d.source.path);
        assert!(d.zones.iter().any(|z| z.prov.rule.contains("template")));
    }
}
