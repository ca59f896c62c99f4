//! A page pasted from a PDF writes Arabic in presentation forms (glyph codes: ﻟﻘﻮﺍﺕ for لقوات).
//! Regression, from nine days of Saudi papers (117 of 16,327 articles carry them): such a page's
//! words matched no clitic, article or lexicon, so that الحوثيين was an unknown people and a
//! body's span started inside a letter (an organisation with an empty surface). Ingest now
//! reads them as the letters they encode, says so in a warning, and the page reads as if typed.

use isnad_pipeline::{analyze_docs, Analysis, Options};

fn analyze(text: &str) -> Analysis {
    let docs = isnad_ingest::read_bytes("t.txt", text.as_bytes(), &Default::default()).into_iter().flatten().collect();
    analyze_docs(docs, &Options::default())
}

/// (surface, type, canonical id) of each mention of the first document.
fn mentions(a: &Analysis) -> Vec<(String, String, Option<String>)> {
    let d = &a.docs[0];
    d.mentions.iter().map(|m| (d.text(m.span).to_string(), m.value.etype.as_str().to_string(), m.value.canonical.clone())).collect()
}

#[test]
fn regression_a_page_in_presentation_forms_read_as_unknown_words() {
    let glyphs = "ﻭﺃﻛﺪ ﺍﻟﻤﺘﺤﺪﺙ ﺑﺎﺳﻢ ﺍﻟﺤﻜﻮﻣﺔ ﺍﻟﻴﻤﻨﻴﺔ ﺃﻥ ﻟﻘﻮﺍﺕ ﺍﻟﺸﺮﻋﻴﺔ ﺩﻭﺭﺍ ﻛﺒﻴﺮﺍ ﻓﻲ ﻋﺪﻥ ، ﻭﻭﺟﻬﺖ ﺑﻮﺯﺍﺭﺓ ﺍﻟﺪﺍﺧﻠﻴﺔ ﺭﺳﺎﻟﺔ ﺇﻟﻰ ﺍﻟﺤﻮﺛﻴﻴﻦ\n";
    let letters = "وأكد المتحدث باسم الحكومة اليمنية أن لقوات الشرعية دورا كبيرا في عدن ، ووجهت بوزارة الداخلية رسالة إلى الحوثيين\n";
    let (a, b) = (analyze(glyphs), analyze(letters));
    assert_eq!(&*a.docs[0].raw, letters);
    assert!(a.docs[0].warnings.iter().any(|w| w.contains("presentation-form")), "{:?}", a.docs[0].warnings);
    assert!(b.docs[0].warnings.iter().all(|w| !w.contains("presentation-form")));
    let found = mentions(&a);
    assert_eq!(found, mentions(&b));
    assert!(found.iter().any(|m| m.0 == "الحوثيين" && m.2.is_some()), "{found:?}");
    assert!(found.iter().all(|m| !m.0.is_empty()), "{found:?}");
}
