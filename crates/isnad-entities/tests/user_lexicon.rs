//! A user's actor and place files join the built-in tables for the process (its own test
//! binary, because the tables are built once per process).

use isnad_doc::EntityType;
use isnad_entities::{Lexicon, LexiconError};

fn mentions(raw: &str) -> Vec<(String, EntityType, Option<String>)> {
    let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
    d.tokens = isnad_text::tokenize(raw);
    d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
    d.sentences = isnad_text::sentences(raw);
    isnad_entities::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype, m.value.canonical.clone())).collect()
}

#[test]
fn user_files_add_actors_aliases_and_places_until_the_tables_are_in_use() {
    // a bad line refuses the whole set, naming the file and line, and installs nothing
    let bad = Lexicon::add_user_files(vec![("mine.tsv".into(), "# my actors\nsaraya\tORG\tسرايا الخراساني\nbroken line\n".into())], Vec::new());
    assert!(matches!(&bad, Err(LexiconError::Line { path, line: 3, .. }) if path == "mine.tsv"), "{bad:?}");
    let actors = "saraya\tORG\tسرايا الخراساني\tسرايا الخراساني|كتائب الخراساني\n# a built-in id gains an alias\nsdf\tORG\tقوات سوريا الديمقراطية\tقوات قسد الكردية\n";
    let places = "مخيم الزعتري\t-\t32.29\t36.32\tJO\t-\t0\tCMPRF\tthe user's own notes\n";
    assert!(Lexicon::add_user_files(vec![("mine.tsv".into(), actors.into())], vec![("places.tsv".into(), places.into())]).is_ok());
    let ms = mentions("وقالت كتائب الخراساني إن مقاتليها انسحبوا، فيما أعلنت قوات قسد الكردية السيطرة على مخيم الزعتري.");
    assert!(ms.contains(&("كتائب الخراساني".into(), EntityType::Org, Some("saraya".into()))), "{ms:?}");
    assert!(ms.contains(&("قوات قسد الكردية".into(), EntityType::Org, Some("sdf".into()))), "{ms:?}");
    assert!(ms.iter().any(|m| m.0 == "مخيم الزعتري" && m.1 == EntityType::Fac), "{ms:?}");
    assert_eq!(Lexicon::get().places.get("مخيم زعتري").map(|ps| ps[0].geo.lat), Some(32.29));
    // once in use, the tables take no more files
    assert!(matches!(Lexicon::add_user_files(Vec::new(), Vec::new()), Err(LexiconError::AlreadyLoaded)));
}
