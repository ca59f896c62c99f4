//! The typed layers. Each stage crate fills its own layer; later stages only read them.

use crate::date::{Date, Grain};
use isnad_text::Span;

/// A structural block found by ingest: a line of a text dump or a block element of HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub span: Span,
    /// `line` for text dumps, else the HTML tag (`p`, `h1`, `li`, `figcaption`, …).
    pub tag: String,
    /// `class`/`id` words of the element and its ancestors (HTML only), lower-cased.
    pub hints: String,
    /// Share of the block's characters that sit inside links (HTML only).
    pub link_density: f32,
    /// Blank lines before this block in a text dump (paragraph separation).
    pub gap_before: u8,
}

/// The zone label of a block, from the clean stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoneLabel {
    Headline,
    Kicker,
    Standfirst,
    /// A line that carries a date (page render date, publication date, update date).
    DateStamp,
    Byline,
    Caption,
    Body,
    PullQuote,
    Related,
    Comment,
    Chrome,
}

impl ZoneLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            ZoneLabel::Headline => "headline",
            ZoneLabel::Kicker => "kicker",
            ZoneLabel::Standfirst => "standfirst",
            ZoneLabel::DateStamp => "date",
            ZoneLabel::Byline => "byline",
            ZoneLabel::Caption => "caption",
            ZoneLabel::Body => "body",
            ZoneLabel::PullQuote => "pull-quote",
            ZoneLabel::Related => "related",
            ZoneLabel::Comment => "comment",
            ZoneLabel::Chrome => "chrome",
        }
    }
    /// Zones whose text is article content that the analysis stages read.
    pub fn is_content(self) -> bool {
        matches!(self, ZoneLabel::Headline | ZoneLabel::Kicker | ZoneLabel::Standfirst | ZoneLabel::Caption | ZoneLabel::Body | ZoneLabel::PullQuote)
    }
    /// Zones that go into the cleaned body text.
    pub fn is_body(self) -> bool {
        matches!(self, ZoneLabel::Body)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    pub label: ZoneLabel,
    /// Index (into `Document::zones`) of an earlier zone this one repeats.
    pub duplicate_of: Option<usize>,
    /// Why the block is not article text (for chrome, related, comment and the like).
    pub reason: Option<String>,
}

/// Article metadata from the clean stage.
#[derive(Debug, Clone, Default)]
pub struct ArticleMeta {
    pub headline: Option<Span>,
    /// Set when no headline was found, saying why.
    pub headline_missing: Option<String>,
    pub published: Option<DateEvidence>,
    /// Every other dated line or caption date, with its role.
    pub other_dates: Vec<DateEvidence>,
    pub published_estimate: Option<DateWindow>,
    /// Dates read without a year (a caption's `الجمعة 22 مارس`): (month, day, weekday, span).
    pub partial_dates: Vec<(u8, u8, Option<u8>, Span)>,
    pub dateline: Option<Dateline>,
    /// Agency credits (canonical agency names) with where they were seen.
    pub credits: Vec<(String, Span)>,
    pub outlet: Option<String>,
    /// ISO 639-1 code, or `und`.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DateEvidence {
    pub date: Date,
    /// `published`, `render`, `updated`, `caption`, `container`.
    pub role: &'static str,
    /// The raw text it was read from (None when it came from container metadata).
    pub span: Option<Span>,
    pub rule: String,
    pub confidence: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DateWindow {
    pub from: Date,
    pub to: Date,
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    pub span: Span,
    pub place: Option<Span>,
}

/// A number or amount with what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Best single reading.
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub approx: bool,
    /// The vague-count word when the quantity is one (`عشرات`, `مئات`).
    pub vague: Option<String>,
    pub percent: bool,
    /// An ordinal (الثالث, الحادي عشر) rather than a count.
    pub ordinal: bool,
    /// Unit code (`km2`, `hour`, `day`, `usd`, …).
    pub unit: Option<String>,
    /// The noun counted (span of the raw text).
    pub counts: Option<Span>,
    /// Event role the sentence gives the counted people (`killed`, `wounded`, …).
    pub role: Option<&'static str>,
}

/// A time expression and, when an anchor is known, its resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// `date`, `weekday`, `relative`, `year`, `month`, `duration`, `part-of-day`.
    pub kind: &'static str,
    pub grain: Grain,
    /// Resolved calendar interval `[from, to]` (inclusive days).
    pub resolved: Option<(Date, Date)>,
    /// Offset from the anchor in `grain` units, when the expression is relative.
    pub offset: Option<i32>,
    /// The date the expression was resolved against.
    pub anchor: Option<Date>,
    /// Part of day (`night`, `morning`, …) if stated.
    pub part_of_day: Option<&'static str>,
    /// For durations: length in `grain` units.
    pub duration: Option<f64>,
    /// Clock time (hour, minute, second) of an instant, or of the start of an interval.
    pub clock: Option<(u8, u8, u8)>,
    /// Clock time of the end of an interval (exclusive), when it has one.
    pub clock_to: Option<(u8, u8, u8)>,
    /// For a written date: (year if stated, month, day, weekday if stated). Lets later stages
    /// date a page from a yearless caption date and its weekday.
    pub parts: Option<(Option<i32>, u8, u8, Option<u8>)>,
    /// UTC offset in minutes of the clock as the text states it (`بتوقيت غرينتش` → 0), when it
    /// states one and the clock was not converted to the anchor's zone.
    pub zone: Option<i16>,
}

/// Entity types of the report contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Per,
    Org,
    Gpe,
    Loc,
    Fac,
    Norp,
    Event,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
        }
    }
    pub fn is_place(self) -> bool {
        matches!(self, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub etype: EntityType,
    /// Lossy-normalised name key (articles and clitics stripped) for matching.
    pub key: String,
    /// Canonical key from a lexicon when the lexicon knows the name.
    pub canonical: Option<String>,
    /// Title or role words in front of a person (`المتحدث باسم قسد`).
    pub role: Option<Span>,
    pub geo: Option<Geo>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Geo {
    pub lat: f64,
    pub lon: f64,
    pub geonames_id: Option<u64>,
    pub country: Option<String>,
    /// GeoNames' first-level administrative division code within the country (`07` in Syria is
    /// Deir ez-Zor province).
    pub admin1: Option<String>,
    /// How the name reached the place: its Arabic name ("name"), a spelling one letter away
    /// ("one-edit"), or its Latin-script names' consonants ("latin"), the least certain.
    pub via: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub span: Span,
    /// Index into `Document::mentions` when the speaker is a recognised mention.
    pub mention: Option<usize>,
    /// `person`, `organisation`, `anonymous`, `continuation`.
    pub kind: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub direct: bool,
    /// The quoted or reported content (the `Annotated` span covers the whole statement).
    pub content: Span,
    /// Reporting verb.
    pub cue: Option<Span>,
    pub verb: Option<&'static str>,
    pub speaker: Option<Speaker>,
    /// Channel kind (`tweet`, `statement`, `interview`, `video`, `tv`, `briefing`, `report`) and where it was read.
    pub channel: Option<(&'static str, Span)>,
    /// Agency that carried the statement inline (`لوكالة رويترز`).
    pub agency: Option<(String, Span)>,
    /// Index into `Document::times` of the attribution clause's time.
    pub time: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Event type (`battle`, `air-strike`, `shelling`, `attack`, `territory-change`, `surrender`,
    /// `protest`, `meeting`, `statement`, `warning`, `casualties`).
    pub etype: &'static str,
    pub trigger: Span,
    /// Indices into the document's `times`, `mentions` and `quantities`.
    pub time: Option<usize>,
    pub place: Option<usize>,
    pub actors: Vec<usize>,
    pub quantities: Vec<usize>,
}
