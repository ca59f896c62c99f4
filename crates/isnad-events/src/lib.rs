//! Events, stories, claims and relations.
//!
//! [`EventsStage`] is per-document (typed events with time, place, actors and casualty
//! figures). [`cross_document`] is the only corpus-level entry point: it clusters stories,
//! builds claims with their chains and classifies every related pair of claims.
//!
//! ```
//! use isnad_doc::CorpusLayers;
//! let mut out = CorpusLayers::default();
//! isnad_events::cross_document(&[], &mut out);
//! assert!(out.stories.is_empty());
//! ```

mod claims;
mod dating;
mod events;
mod quotes;
mod stories;

pub use claims::outlet_name;
pub use dating::date_from_stories;
pub use events::{EventsStage, STAGE};

/// Run the cross-document stages. Entities must already be canonical in `out`.
pub fn cross_document(docs: &[isnad_doc::Document], out: &mut isnad_doc::CorpusLayers) {
    let t = std::time::Instant::now();
    stories::cluster(docs, out);
    tracing::info!(seconds = t.elapsed().as_secs_f64(), stories = out.stories.len(), "stories");
    let t = std::time::Instant::now();
    claims::build(docs, out);
    tracing::info!(seconds = t.elapsed().as_secs_f64(), claims = out.claims.len(), relations = out.relations.len(), "claims and relations");
}
