//! Outputs: the versioned JSON report (the contract) and the self-contained HTML dossier.
//!
//! ```
//! let v = isnad_report::json(&[], &Default::default(), &[]);
//! assert_eq!(v["schema_version"], isnad_report::SCHEMA_VERSION);
//! assert!(isnad_report::esc("<b>").contains("&lt;"));
//! ```

mod explain;
mod html;
mod json;

pub use explain::explain;
pub use html::esc;
pub use json::SCHEMA_VERSION;
pub use json::{body_text, page_json};

use isnad_doc::{CorpusLayers, Document};

/// The JSON report as a value (keys sorted, so serialisation is deterministic).
pub fn json(docs: &[Document], corpus: &CorpusLayers, diagnostics: &[(String, String)]) -> serde_json::Value {
    json::build(docs, corpus, diagnostics)
}

/// The HTML dossier.
pub fn html(docs: &[Document], corpus: &CorpusLayers, diagnostics: &[(String, String)]) -> String {
    html::build(docs, corpus, diagnostics)
}
