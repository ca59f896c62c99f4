//! Entities: mentions of people, organisations, places and groups, geocoded places, and
//! canonical entities across the documents of a run.
//!
//! Reads `Tokens` (with keys); writes `Mentions`. [`canonicalize`] is the cross-document step.
//!
//! ```
//! use isnad_entities::name_key;
//! assert_eq!(name_key("والتحالف الدولي"), name_key("التحالف الدولي"));
//! ```

mod canon;
mod lexicon;
pub mod ner;
mod recognize;

pub use canon::{canonicalize, variant_key};
pub use lexicon::{name_key, Lexicon};
pub use recognize::{is_function_word, recognize, STAGE};

use isnad_doc::{DocStage, Document, Layer};

#[derive(Debug, Default)]
pub struct EntitiesStage;

impl DocStage for EntitiesStage {
    fn name(&self) -> &'static str {
        STAGE
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Mentions]
    }
    fn run(&self, doc: &mut Document) {
        let mut ms = recognize(doc);
        geocode(&mut ms);
        doc.mentions = ms;
        doc.mark(Layer::Mentions);
    }
}

/// Give each place mention coordinates. An ambiguous name takes the candidate nearest to the
/// document's unambiguous places (their centroid); with none, the country or most populous one.
fn geocode(ms: &mut [isnad_doc::Annotated<isnad_doc::Mention>]) {
    let lx = Lexicon::get();
    let cands: Vec<Option<&Vec<lexicon::Place>>> = ms.iter().map(|m| if m.value.etype.is_place() { lx.places.get(&m.value.key) } else { None }).collect();
    let anchors: Vec<(f64, f64)> = cands.iter().flatten().filter(|c| c.len() == 1 && !c[0].country_level).map(|c| (c[0].geo.lat, c[0].geo.lon)).collect();
    let centre = (!anchors.is_empty()).then(|| {
        let n = anchors.len() as f64;
        (anchors.iter().map(|a| a.0).sum::<f64>() / n, anchors.iter().map(|a| a.1).sum::<f64>() / n)
    });
    for (m, c) in ms.iter_mut().zip(cands) {
        let Some(c) = c else { continue };
        let pick = match centre {
            Some((la, lo)) if c.len() > 1 && !c[0].country_level => c.iter().min_by(|a, b| {
                let da = (a.geo.lat - la).powi(2) + (a.geo.lon - lo).powi(2);
                let db = (b.geo.lat - la).powi(2) + (b.geo.lon - lo).powi(2);
                da.total_cmp(&db)
            }),
            _ => c.first(),
        };
        m.value.geo = pick.map(|p| p.geo.clone());
    }
}
