//! The clean stage: zones every block of a page (headline, kicker, standfirst, date lines,
//! captions, body, related links, comments, chrome), marks duplicates, and reads the article
//! metadata (headline, publication date vs. render/caption dates, dateline, agency credits,
//! outlet, language). Every block that is not article text keeps a reason.
//!
//! It reads the `Blocks` layer from ingest and writes `Zones` and `Meta`. Given a [`Templates`]
//! store (blocks counted per site over many pages), it also removes what repeats across a site's
//! pages, whatever its words; without one, each page is zoned on its own evidence.
//!
//! ```
//! use isnad_clean::CleanStage;
//! use isnad_doc::DocStage;
//! let page = "Share\n\nعنوان الخبر الرئيسي عن المعارك\n\nالخميس 14 مارس 2024\n\nقالت مصادر محلية إن المعارك استمرت طوال الليل في أطراف المدينة الشرقية.\n\nاقرأ أيضا";
//! let mut doc = isnad_ingest::read_bytes("p.txt", page.as_bytes(), &Default::default()).remove(0).unwrap();
//! CleanStage::default().run(&mut doc);
//! assert_eq!(doc.text(doc.meta.headline.unwrap()), "عنوان الخبر الرئيسي عن المعارك");
//! assert_eq!(doc.meta.published.as_ref().unwrap().date.to_string(), "2024-03-14");
//!
//! // a slogan line on three pages of one site is template, even though it reads like a sentence
//! use std::sync::Arc;
//! let pages: Vec<_> = ["أ", "ب", "ج"].iter().map(|x| {
//!     let t = format!("عنوان الخبر {x} في المدينة\n\nقالت مصادر محلية إن حادث {x} وقع في أطراف المدينة الشرقية.\n\nموقع إخباري مستقل يغطي أخبار المنطقة");
//!     isnad_ingest::read_bytes("p.txt", t.as_bytes(), &Default::default()).remove(0).unwrap()
//! }).collect();
//! let mut store = isnad_clean::Templates::new();
//! store.observe_all(&pages);
//! let mut page = pages[0].clone();
//! CleanStage { templates: Some(Arc::new(store)) }.run(&mut page);
//! assert_eq!(page.zones[2].prov.rule, "repeats on many pages of the same site (template)");
//! ```

mod features;
mod meta;
mod phrases;
pub mod templates;
mod zoning;

use isnad_doc::{DocStage, Document, Layer};
use std::sync::Arc;

pub use features::BlockFeatures;
pub use phrases::agency;
pub use templates::Templates;

pub const STAGE: &str = "clean";

#[derive(Debug, thiserror::Error)]
pub enum CleanError {
    #[error("template store line {line} is malformed; delete the file to start a new store, or pass the file `isnad` wrote")]
    Templates { line: usize },
}

/// The clean stage. `templates` holds block repetition counts per site, learnt over the run (and
/// earlier runs); without it the stage zones each page from its own evidence.
#[derive(Debug, Default, Clone)]
pub struct CleanStage {
    pub templates: Option<Arc<Templates>>,
}

impl DocStage for CleanStage {
    fn name(&self) -> &'static str {
        STAGE
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Blocks]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Zones, Layer::Meta]
    }
    fn run(&self, doc: &mut Document) {
        let feats: Vec<BlockFeatures> = doc.blocks.iter().map(|b| BlockFeatures::of(&doc.raw, b)).collect();
        doc.meta.language = meta::language(doc);
        let z = zoning::zone(doc, &feats, self.templates.as_deref());
        doc.zones = z.zones;
        doc.meta.headline = z.headline;
        doc.meta.headline_missing = z.headline_missing;
        meta::fill(doc, &feats);
        doc.mark(Layer::Zones);
        doc.mark(Layer::Meta);
    }
}
