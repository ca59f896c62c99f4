//! Named events (`EVENT`): operations, battles, wars, summits and agreements, found only where
//! the name is clear, joined across documents and placed at the town they are named after.
//! Articles written for these tests.

use isnad_doc::EntityType;
use isnad_pipeline::{analyze_docs, Analysis, Options};

fn analyse(texts: &[&str]) -> Analysis {
    let docs = texts.iter().enumerate().flat_map(|(i, t)| isnad_ingest::read_bytes(&format!("d{i}.txt"), t.as_bytes(), &Default::default()).into_iter().flatten()).collect();
    analyze_docs(docs, &Options::default())
}

/// The event entities of the run: (name, table id, number of mentions, has a place).
fn events(a: &Analysis) -> Vec<(String, Option<String>, usize, bool)> {
    a.corpus.entities.iter().filter(|e| e.etype == EntityType::Event).map(|e| (e.name.clone(), e.known_as.clone(), e.mentions.len(), e.geo.is_some())).collect()
}

const FIRST: &str = "التحالف يعلن انتهاء عملية «عاصفة الحزم»\n\nأعلنت قيادة التحالف اليوم انتهاء عملية «عاصفة الحزم» في اليمن، بعد أسابيع من الغارات على مواقع الحوثيين في صنعاء.\n\nوقال المتحدث باسم التحالف إن معركة عدن حسمت، وإن حرب 1994 خلّفت جراحاً لم تندمل.\n";
const SECOND: &str = "محللون: عاصفة الحزم غيّرت موازين القوى\n\nرأى محللون أن عاصفة الحزم غيّرت موازين القوى في اليمن، وأن قمة الرياض المقبلة ستبحث المرحلة التالية.\n";

#[test]
fn an_operation_in_quotes_and_by_its_bare_name_is_one_event_across_documents() {
    let a = analyse(&[FIRST, SECOND]);
    let ev = events(&a);
    let storm = ev.iter().find(|e| e.0 == "عاصفة الحزم").unwrap_or_else(|| panic!("no Decisive Storm event: {ev:?}"));
    // the quoted name after عملية in the first article, the bare name in the second
    assert_eq!((storm.1.as_deref(), storm.2), (Some("ev-decisive-storm"), 4), "{ev:?}");
    assert!(ev.iter().any(|e| e.0 == "حرب 1994"), "{ev:?}");
}

#[test]
fn a_battle_or_summit_named_after_a_town_is_placed_there() {
    let a = analyse(&[FIRST, SECOND]);
    for name in ["معركة عدن", "قمة الرياض"] {
        let e = a.corpus.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name} not found: {:?}", events(&a)));
        assert_eq!(e.etype, EntityType::Event);
        let g = e.geo.as_ref().unwrap_or_else(|| panic!("{name} not placed"));
        let (lat, lon) = if name == "معركة عدن" { (12.78, 45.04) } else { (24.69, 46.72) };
        assert!((g.lat - lat).abs() < 0.2 && (g.lon - lon).abs() < 0.2, "{name}: {g:?}");
    }
    // the towns named alone stay places
    assert!(a.corpus.entities.iter().any(|e| e.name == "صنعاء" && e.etype == EntityType::Gpe));
}

#[test]
fn descriptions_in_quotes_countries_and_common_words_after_a_head_are_no_events() {
    let a = analyse(&["نتنياهو ينتقد الاتفاق\n\nكرر رئيس الوزراء الإسرائيلي قوله بأن الاتفاق «خطأ تاريخي»، ووصف الهجوم بأنه عملية «جبانة». وقال إن اتفاق إيران مع القوى الكبرى لن يصمد، وإن مؤتمر حول الأمن الإقليمي سيعقد قريباً.\n"]);
    assert!(events(&a).is_empty(), "{:?}", events(&a));
}
