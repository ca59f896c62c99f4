//! Per-document events: a typed trigger in a sentence, with the sentence's time, place,
//! actors and role-bearing quantities as arguments. Types follow ACLED's event and
//! sub-event types where one applies.

use isnad_doc::{Annotated, DocStage, Document, Event, Layer, Provenance, Span};

pub const STAGE: &str = "events";

fn trigger(stem: &str) -> Option<&'static str> {
    Some(match stem {
        "اشتباكات" | "اشتباك" | "معارك" | "معركه" | "المعركه" | "قتال" | "القتال" | "هجوم" | "هجوما" | "اقتحام" | "مواجهات" | "هجمات" => {
            "battle"
        }
        "غارات" | "غاره" | "غارتين" | "ضربات" | "ضربه" | "طائرات" | "مقاتلات" | "طيران" => "air-strike",
        "قصف" | "قصفت" | "يقصف" | "مدفعيه" | "قذائف" | "صواريخ" | "صاروخ" => "shelling",
        "تفجير" | "انفجار" | "انفجارات" | "عبوه" | "عبوات" | "انتحاريه" | "انتحاري" | "مفخخه" | "الغام" => "explosion",
        "سيطر" | "سيطرت" | "سيطره" | "استعاد" | "استعادت" | "استعاده" | "تحرير" | "طرد" | "طردت" | "دحر" | "تدحر" | "انسحاب" | "انسحبت" | "تقدم" | "تقدمت" => {
            "territory-change"
        }
        "استسلام" | "استسلم" | "استسلموا" | "سلموا" => "surrender",
        "تظاهر" | "تظاهره" | "احتجاج" | "احتجاجات" | "مظاهره" | "مظاهرات" | "متظاهرون" | "المتظاهرين" => "protest",
        "اجتمع" | "اجتماع" | "التقي" | "لقاء" | "زار" | "زياره" | "محادثات" | "قمه" => "meeting",
        "حذر" | "حذرت" | "تحذير" => "warning",
        "قتل" | "مقتل" | "قتلي" | "قتلوا" | "مصرع" | "استشهد" | "اصيب" | "جرحي" | "اعدام" => "casualties",
        _ => return None,
    })
}

#[derive(Debug, Default)]
pub struct EventsStage;

impl DocStage for EventsStage {
    fn name(&self) -> &'static str {
        STAGE
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Mentions, Layer::Times, Layer::Quantities, Layer::Quotes]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Events]
    }
    fn run(&self, doc: &mut Document) {
        let mut out = Vec::new();
        for &s in &doc.sentences {
            let mut seen: Vec<&str> = Vec::new();
            let in_s = |sp: Span| s.contains(sp);
            let time = doc.times.iter().position(|t| in_s(t.span) && t.value.kind != "duration");
            let place = doc.mentions.iter().position(|m| in_s(m.span) && m.value.etype.is_place());
            let actors: Vec<usize> = doc.mentions.iter().enumerate().filter(|(_, m)| in_s(m.span) && !m.value.etype.is_place()).map(|(i, _)| i).collect();
            let quantities: Vec<usize> = doc.quantities.iter().enumerate().filter(|(_, q)| in_s(q.span) && q.value.role.is_some()).map(|(i, _)| i).collect();
            for i in doc.tokens_in(s) {
                let Some(t) = trigger(doc.keys.stem(i)) else { continue };
                // casualty words only make an event of their own when nothing else in the sentence does
                if seen.contains(&t) || (t == "casualties" && quantities.is_empty()) {
                    continue;
                }
                seen.push(t);
                let conf = if place.is_some() || time.is_some() { 0.6 } else { 0.4 };
                out.push(Annotated::new(
                    s,
                    Event { etype: t, trigger: doc.tokens[i].span, time, place, actors: actors.clone(), quantities: if t == "casualties" || t == "battle" { quantities.clone() } else { Vec::new() } },
                    Provenance::new(STAGE, format!("trigger:{}", doc.keys.stem(i)), conf),
                ));
            }
        }
        doc.events = out;
        doc.mark(Layer::Events);
    }
}
