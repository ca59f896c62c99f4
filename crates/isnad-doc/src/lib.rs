//! The isnad document model: one immutable raw text per document, and typed layers of
//! annotations over it. Every annotation is a [`Span`] of byte offsets into `raw` with a
//! [`Provenance`] (stage, rule or model, confidence), the way spaCy's `Doc`/`Span` work.
//!
//! Stages are plain functions over a [`Document`] that declare the [`Layer`]s they read and
//! write through [`DocStage`]; only cross-document stages see more than one document.
//!
//! ```
//! use isnad_doc::{Document, SourceMeta, Layer};
//! let doc = Document::new(SourceMeta::text("mem://x"), b"raw bytes", "قال المتحدث".into());
//! assert_eq!(doc.id.0.len(), 16);
//! assert!(!doc.has(Layer::Tokens));
//! ```

mod agencies;
mod corpus;
mod date;
mod layers;
mod text_stage;
mod ummalqura;

pub use text_stage::TextStage;

pub use agencies::{agency, AGENCIES};
pub use corpus::*;
pub use date::{days_in_month, gregorian_to_hijri, hijri_to_gregorian, Date, Grain};
pub use isnad_text::Span;
pub use layers::*;
pub use ummalqura::umm_al_qura_to_gregorian;

use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::sync::Arc;

/// The host of a URL without `www.`, user or port (`https://user@www.Sabq.org:443/a` →
/// `Sabq.org`, case kept); `None` without a scheme. The cleaner names outlets by it, and the
/// entity stage finds an outlet's home country by it.
///
/// ```
/// assert_eq!(isnad_doc::url_host("https://user@www.Sabq.org:443/a?b#c"), Some("Sabq.org"));
/// assert_eq!(isnad_doc::url_host("http://www.okaz.com.sa"), Some("okaz.com.sa"));
/// assert_eq!(isnad_doc::url_host("not a url"), None);
/// assert_eq!(isnad_doc::url_host("https:///path"), None);
/// ```
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next()?.trim_start_matches("www.");
    (!host.is_empty()).then_some(host)
}

/// Stable document id: the first 16 hex digits of SHA-256 over the input bytes as read
/// (before decoding), so re-ingesting the same page gives the same id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocId(pub String);

impl DocId {
    pub fn of_bytes(bytes: &[u8]) -> Self {
        let h = Sha256::digest(bytes);
        let mut s = String::with_capacity(16);
        for b in &h[..8] {
            s.push_str(&format!("{b:02x}"));
        }
        DocId(s)
    }
}

/// Where the page came from and what the container told us about it.
#[derive(Debug, Clone, Default)]
pub struct SourceMeta {
    /// File path, `path#N` for the N-th record of a JSONL file or archive, `-` for stdin.
    pub path: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub fetched_at: Option<String>,
    /// Encoding the bytes were decoded from (`UTF-8`, `windows-1256`, `ISO-8859-6`).
    pub encoding: String,
    pub format: Format,
    pub bytes: usize,
    /// Metadata read from the container (HTML `<title>`/meta tags, JSONL fields).
    pub hints: PageHints,
}

impl SourceMeta {
    pub fn text(path: &str) -> Self {
        SourceMeta { path: path.into(), encoding: "UTF-8".into(), ..Default::default() }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Text,
    Html,
    Jsonl,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
        }
    }
}

/// Metadata a container states outright. The clean stage weighs it against the page text.
#[derive(Debug, Clone, Default)]
pub struct PageHints {
    pub title: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site_name: Option<String>,
    pub author: Option<String>,
    pub lang: Option<String>,
    /// The page's own address (`og:url`, `<link rel="canonical">`).
    pub url: Option<String>,
}

/// Who made an annotation and how sure it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    pub stage: &'static str,
    pub rule: Cow<'static, str>,
    pub confidence: f32,
}

impl Provenance {
    pub fn new(stage: &'static str, rule: impl Into<Cow<'static, str>>, confidence: f32) -> Self {
        Provenance { stage, rule: rule.into(), confidence }
    }
}

/// A value anchored to a span of the raw text.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotated<T> {
    pub span: Span,
    pub value: T,
    pub prov: Provenance,
}

impl<T> Annotated<T> {
    pub fn new(span: Span, value: T, prov: Provenance) -> Self {
        Annotated { span, value, prov }
    }
}

/// The layers a document can carry; stages declare which they need and add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    Blocks,
    Zones,
    Meta,
    Tokens,
    Sentences,
    Quantities,
    Times,
    Mentions,
    Quotes,
    Events,
}

/// One page, its immutable text and its annotation layers.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: DocId,
    pub source: SourceMeta,
    /// The decoded page text. Never mutated: every span points here.
    pub raw: Arc<str>,
    /// Structural blocks from ingest (lines of a dump, block elements of HTML).
    pub blocks: Vec<Block>,
    pub zones: Vec<Annotated<Zone>>,
    pub meta: ArticleMeta,
    pub tokens: Vec<isnad_text::Token>,
    /// Lossy keys of `tokens`, computed once for every lexicon lookup.
    pub keys: isnad_text::TokenKeys,
    pub sentences: Vec<Span>,
    pub quantities: Vec<Annotated<Quantity>>,
    pub times: Vec<Annotated<TimeExpr>>,
    pub mentions: Vec<Annotated<Mention>>,
    pub quotes: Vec<Annotated<Quote>>,
    pub events: Vec<Annotated<Event>>,
    /// Per-document warnings (non-fatal) raised by stages.
    pub warnings: Vec<String>,
    layers: Vec<Layer>,
}

impl Document {
    /// `input` is the bytes as read (hashed for the id); `raw` the decoded text.
    pub fn new(source: SourceMeta, input: &[u8], raw: String) -> Self {
        Document {
            id: DocId::of_bytes(input),
            source,
            raw: raw.into(),
            blocks: Vec::new(),
            zones: Vec::new(),
            meta: ArticleMeta::default(),
            tokens: Vec::new(),
            keys: isnad_text::TokenKeys::default(),
            sentences: Vec::new(),
            quantities: Vec::new(),
            times: Vec::new(),
            mentions: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
            warnings: Vec::new(),
            layers: Vec::new(),
        }
    }

    pub fn text(&self, span: Span) -> &str {
        span.slice(&self.raw)
    }

    pub fn has(&self, l: Layer) -> bool {
        self.layers.contains(&l)
    }

    pub fn mark(&mut self, l: Layer) {
        if !self.layers.contains(&l) {
            self.layers.push(l);
        }
    }

    /// True when the Arabic stages should run on this document.
    pub fn is_arabic(&self) -> bool {
        self.meta.language == "ar"
    }

    /// Spans of article content (headline, standfirst, captions, body), in text order,
    /// excluding duplicates. Later stages read only these.
    pub fn content_spans(&self) -> impl Iterator<Item = (Span, ZoneLabel)> + '_ {
        self.zones.iter().filter(|z| z.value.label.is_content() && z.value.duplicate_of.is_none()).map(|z| (z.span, z.value.label))
    }

    /// The zone label covering a byte offset, if any.
    pub fn zone_at(&self, byte: u32) -> Option<ZoneLabel> {
        self.zones.iter().find(|z| z.span.start <= byte && byte < z.span.end.max(z.span.start + 1)).map(|z| z.value.label)
    }

    /// Token index range covering `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.end <= span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        a..b.max(a)
    }
}

/// A per-document stage: reads some layers, adds others. Implementations are stateless or
/// hold only read-only resources, so the pipeline may run them on many documents at once.
pub trait DocStage: Send + Sync {
    fn name(&self) -> &'static str;
    fn needs(&self) -> &'static [Layer];
    fn adds(&self) -> &'static [Layer];
    fn run(&self, doc: &mut Document);
}

/// Check that each stage's needs are met by the stages before it (or by ingest's blocks).
pub fn check_order(stages: &[&dyn DocStage]) -> Result<(), DocError> {
    let mut have = vec![Layer::Blocks];
    for s in stages {
        for n in s.needs() {
            if !have.contains(n) {
                return Err(DocError::MissingLayer { stage: s.name(), layer: *n });
            }
        }
        have.extend_from_slice(s.adds());
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DocError {
    /// A stage was placed before the stage that produces a layer it reads.
    #[error("stage `{stage}` needs layer {layer:?}, which no earlier stage adds; move it after the stage that adds {layer:?}")]
    MissingLayer { stage: &'static str, layer: Layer },
}
