//! A user's actor, place and event files join the built-in tables for the process (its own test
//! binary, because the tables are built once per process).

use isnad_doc::EntityType;
use isnad_entities::{Lexicon, LexiconError, UserTables};

fn mentions(raw: &str) -> Vec<(String, EntityType, Option<String>)> {
    let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
    d.tokens = isnad_text::tokenize(raw);
    d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
    d.sentences = isnad_text::sentences(raw);
    isnad_entities::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype, m.value.canonical.clone())).collect()
}

#[test]
fn user_files_add_actors_aliases_places_and_events_until_the_tables_are_in_use() {
    // a bad line refuses the whole set, naming the file and line, and installs nothing
    let bad = Lexicon::add_user_files(UserTables { actors: vec![("mine.tsv".into(), "# my actors\nsaraya\tORG\tسرايا الخراساني\nbroken line\n".into())], ..Default::default() });
    assert!(matches!(&bad, Err(LexiconError::Line { path, line: 3, .. }) if path == "mine.tsv"), "{bad:?}");
    let bad = Lexicon::add_user_files(UserTables { events: vec![("ops.tsv".into(), "ev-x\tطوفان الأقصى\nev-only-an-id\n".into())], ..Default::default() });
    assert!(matches!(&bad, Err(LexiconError::Line { path, line: 2, .. }) if path == "ops.tsv"), "{bad:?}");
    let actors = "saraya\tORG\tسرايا الخراساني\tسرايا الخراساني|كتائب الخراساني\n# a built-in id gains an alias\nsdf\tORG\tقوات سوريا الديمقراطية\tقوات قسد الكردية\n";
    let places = "مخيم الزعتري\t-\t32.29\t36.32\tJO\t-\t0\tCMPRF\tthe user's own notes\n";
    // a new operation, and an alias for a built-in event
    let events = "ev-al-aqsa-flood\tطوفان الأقصى\tهجوم السابع من أكتوبر\nev-decisive-storm\tعاصفة الحزم\tالعاصفة الخليجية\n";
    let user = UserTables { actors: vec![("mine.tsv".into(), actors.into())], places: vec![("places.tsv".into(), places.into())], events: vec![("ops.tsv".into(), events.into())] };
    assert!(Lexicon::add_user_files(user).is_ok());
    let ms = mentions("وقالت كتائب الخراساني إن مقاتليها انسحبوا، فيما أعلنت قوات قسد الكردية السيطرة على مخيم الزعتري.");
    assert!(ms.contains(&("كتائب الخراساني".into(), EntityType::Org, Some("saraya".into()))), "{ms:?}");
    assert!(ms.contains(&("قوات قسد الكردية".into(), EntityType::Org, Some("sdf".into()))), "{ms:?}");
    assert!(ms.iter().any(|m| m.0 == "مخيم الزعتري" && m.1 == EntityType::Fac), "{ms:?}");
    assert_eq!(Lexicon::get().places.get("مخيم زعتري").map(|ps| ps[0].geo.lat), Some(32.29));
    let ms = mentions("وتحدث المحلل عن طوفان الأقصى وعن هجوم السابع من أكتوبر، كما تحدث عن العاصفة الخليجية في اليمن.");
    assert!(ms.contains(&("طوفان الأقصى".into(), EntityType::Event, Some("ev-al-aqsa-flood".into()))), "{ms:?}");
    assert!(ms.contains(&("هجوم السابع من أكتوبر".into(), EntityType::Event, Some("ev-al-aqsa-flood".into()))), "{ms:?}");
    assert!(ms.contains(&("العاصفة الخليجية".into(), EntityType::Event, Some("ev-decisive-storm".into()))), "{ms:?}");
    assert_eq!(Lexicon::get().event_name("ev-decisive-storm"), Some("عاصفة الحزم"));
    assert_eq!(Lexicon::get().event_name("ev-al-aqsa-flood"), Some("طوفان الأقصى"));
    // once in use, the tables take no more files
    assert!(matches!(Lexicon::add_user_files(UserTables::default()), Err(LexiconError::AlreadyLoaded)));
}
