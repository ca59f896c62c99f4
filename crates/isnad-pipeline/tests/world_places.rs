//! Places beyond the region: world countries and capitals are geocoded from the project's own
//! gazetteer additions (`resources/gazetteer/extras.tsv`), on an article written for this test.

use isnad_pipeline::{analyze_docs, Analysis, Options};

fn analyze(text: &str) -> Analysis {
    let docs = isnad_ingest::read_bytes("t.txt", text.as_bytes(), &Default::default()).into_iter().flatten().collect();
    analyze_docs(docs, &Options::default())
}

/// (surface, country code) of each geocoded mention of the first document.
fn placed(a: &Analysis) -> Vec<(String, String)> {
    let d = &a.docs[0];
    d.mentions.iter().filter_map(|m| m.value.geo.as_ref().map(|g| (d.text(m.span).to_string(), g.country.clone().unwrap_or_default()))).collect()
}

#[test]
fn world_capitals_and_countries_are_geocoded() {
    let a = analyze("وصل وزير الخارجية إلى موسكو قادماً من كييف، بعد محادثات في جنيف.\n\nوقالت الخارجية إن الفلبين وأفغانستان ونيجيريا طلبت المشاركة في الاجتماع المقبل في نيروبي.\n");
    let d = &a.docs[0];
    let placed = placed(&a);
    for (name, country) in [("موسكو", "RU"), ("كييف", "UA"), ("جنيف", "CH"), ("الفلبين", "PH"), ("نيروبي", "KE")] {
        assert!(placed.iter().any(|(n, c)| n.ends_with(name) && c == country), "{name} not placed in {country}: {placed:?}");
    }
    // a country's coordinates are near its centroid, a capital's near the city
    let moscow = d.mentions.iter().find(|m| d.text(m.span) == "موسكو").and_then(|m| m.value.geo.as_ref()).expect("Moscow geocoded");
    assert!((moscow.lat - 55.75).abs() < 0.2 && (moscow.lon - 37.6).abs() < 0.2, "{moscow:?}");
}

#[test]
fn smaller_countries_and_territories_in_either_spelling_of_g_are_geocoded() {
    // Egyptian spelling writes the hard g with ج where others write غ: both are in the gazetteer
    let placed = placed(&analyze("أعلنت وزارة الخارجية في بيان أن وفداً من هونج كونج وآخر من غواتيمالا سيزوران جامايكا ثم توجو الأسبوع المقبل.\n"));
    for (name, country) in [("هونج كونج", "HK"), ("غواتيمالا", "GT"), ("جامايكا", "JM"), ("توجو", "TG")] {
        assert!(placed.iter().any(|(n, c)| n.ends_with(name) && c == country), "{name} not placed in {country}: {placed:?}");
    }
}
