//! Names that only the run reveals: a surname alone in one document, of a person another
//! document names in full. Articles written for these tests.

use isnad_pipeline::{analyze_docs, Analysis, Options};

fn analyse(texts: &[&str]) -> Analysis {
    let docs = texts.iter().enumerate().flat_map(|(i, t)| isnad_ingest::read_bytes(&format!("d{i}.txt"), t.as_bytes(), &Default::default()).into_iter().flatten()).collect();
    analyze_docs(docs, &Options::default())
}

/// (surface, rule, entity name) of every mention of document `d`.
fn mentions(a: &Analysis, d: usize) -> Vec<(String, String, String)> {
    let doc = &a.docs[d];
    doc.mentions
        .iter()
        .enumerate()
        .map(|(mi, m)| {
            let e = a.corpus.entities.iter().find(|e| e.mentions.iter().any(|r| r.doc == d && r.mention == mi)).map(|e| e.name.clone()).unwrap_or_default();
            (doc.text(m.span).to_string(), m.prov.rule.to_string(), e)
        })
        .collect()
}

const FULL: &str = "أسعار الخبز\n\nقال الباحث الاقتصادي كمال الترحيني إن أسعار الخبز سترتفع في الأشهر المقبلة بسبب كلفة القمح المستورد.\n";
const ALONE: &str = "الحكومة والمزارعون\n\nورأى الترحيني أن الحكومة تأخرت في دعم المزارعين خلال الموسم الماضي، مطالباً بخطة عاجلة.\n";

/// Regression: a commentator named in full in one article and by his surname alone in another
/// («ورأى الترحيني أن …») was no one in the second, so its statement had no speaker.
#[test]
fn regression_a_surname_alone_in_another_article_was_nobody() {
    let a = analyse(&[FULL, ALONE]);
    let ms = mentions(&a, 1);
    let m = ms.iter().find(|m| m.0 == "الترحيني").unwrap_or_else(|| panic!("no mention: {ms:?}"));
    assert_eq!(m.1, isnad_entities::SURNAME_IN_RUN);
    assert_eq!(m.2, "كمال الترحيني", "{ms:?}");
    // the second article's statement now has him as its speaker
    let d = &a.docs[1];
    let speakers: Vec<&str> = d.quotes.iter().filter_map(|q| q.value.speaker.as_ref()).map(|s| d.text(s.span)).collect();
    assert!(speakers.contains(&"الترحيني"), "{speakers:?}");
    // alone, the article names no one
    let a = analyse(&[ALONE]);
    assert!(!mentions(&a, 0).iter().any(|m| m.0 == "الترحيني"), "{:?}", mentions(&a, 0));
}

/// Two persons of the run share the surname: the bare surname is neither of them.
#[test]
fn a_surname_two_persons_share_stays_nobody() {
    let other = "الموسم الزراعي\n\nوقال وزير الزراعة سامي الترحيني إن الموسم كان جيداً رغم الجفاف الذي أصاب الجنوب.\n";
    let a = analyse(&[FULL, other, ALONE]);
    assert!(mentions(&a, 1).iter().any(|m| m.0 == "سامي الترحيني"), "{:?}", mentions(&a, 1));
    assert!(!mentions(&a, 2).iter().any(|m| m.1 == isnad_entities::SURNAME_IN_RUN), "{:?}", mentions(&a, 2));
}

/// Outside a speaker's slot the word is left alone: a verb of speaking must precede it, or it
/// opens a headline before a colon.
#[test]
fn a_surname_outside_a_speakers_slot_is_left_alone() {
    let elsewhere = "المزارعون\n\nتحدثت الصحف عن الترحيني كثيراً في الأسابيع الماضية من دون أن تذكر تفاصيل جديدة.\n";
    let a = analyse(&[FULL, elsewhere]);
    assert!(!mentions(&a, 1).iter().any(|m| m.1 == isnad_entities::SURNAME_IN_RUN), "{:?}", mentions(&a, 1));
}
