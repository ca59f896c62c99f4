//! Cross-document objects. They point into documents by index, so every entity, story, claim
//! and relation can be traced back to exact characters.

use crate::{Date, EntityType, Geo, Span};

/// A mention of an entity: document index and mention index within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionRef {
    pub doc: usize,
    pub mention: usize,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub id: String,
    pub etype: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub mentions: Vec<MentionRef>,
    pub geo: Option<Geo>,
    /// Lexicon id when the entity is a known actor.
    pub known_as: Option<String>,
    /// Titles and roles seen in front of the name.
    pub roles: Vec<String>,
    /// Organisations (or places) named inside those roles: (role text, entity index).
    /// `المتحدث باسم قسد` ties a person to the SDF.
    pub affiliations: Vec<(String, usize)>,
}

#[derive(Debug, Clone)]
pub struct Story {
    pub id: String,
    pub docs: Vec<usize>,
    /// The most characteristic shared words (display only).
    pub label: Vec<String>,
    /// Entity ids shared by at least two of the story's documents.
    pub entities: Vec<String>,
    /// Pairs of documents that are near-copies (same wire), with their similarity.
    pub near_duplicates: Vec<(usize, usize, f32)>,
}

/// A claim: one thing a source asserts, comparable across documents.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    pub doc: usize,
    pub span: Span,
    /// `count` (a quantity with a role) or `statement` (a quote).
    pub kind: &'static str,
    /// Entity id of what the claim is about (the counted group's actor, or the speaker's topic).
    pub subject: Option<String>,
    /// `killed`, `wounded`, `remaining`, …, or `said`.
    pub property: String,
    pub low: Option<f64>,
    pub best: Option<f64>,
    pub high: Option<f64>,
    pub time: Option<(Date, Date)>,
    /// Speaker entity id, or the speaker's surface text.
    pub speaker: Option<String>,
    /// outlet ← agency ← channel ← speaker, outermost first.
    pub chain: Vec<(&'static str, String)>,
    /// Index into the document's quotes or quantities the claim was read from.
    pub source_index: usize,
    pub story: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Relation {
    /// `agree`, `contradict`, `update`, `scope`, `restate`.
    pub kind: &'static str,
    pub a: String,
    pub b: String,
    pub note: String,
}

/// One statement carried by several documents, verbatim or paraphrased.
#[derive(Debug, Clone)]
pub struct QuoteCluster {
    pub id: String,
    /// Indices into `CorpusLayers::claims` (statement claims), in document order.
    pub claims: Vec<usize>,
    /// The speaker (entity id or surface) the members share.
    pub speaker: String,
    /// The agency every member came through, when they all name the same one: the copies are
    /// then one chain, not independent corroboration.
    pub shared_agency: Option<String>,
}

/// Everything the cross-document stages produce.
#[derive(Debug, Clone, Default)]
pub struct CorpusLayers {
    pub entities: Vec<Entity>,
    /// `(doc, mention)` → index into `entities`.
    pub mention_entity: std::collections::HashMap<MentionRef, usize>,
    pub stories: Vec<Story>,
    pub claims: Vec<Claim>,
    pub relations: Vec<Relation>,
    pub quote_clusters: Vec<QuoteCluster>,
}
