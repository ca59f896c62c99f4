//! `--explain`: a page as its zones, one block per line, with the label, the rule that chose it
//! and, for everything left out of the body, the reason. Coloured with ANSI escapes when asked
//! (a terminal), plain otherwise, so it can be diffed and grepped.

use isnad_doc::{Document, ZoneLabel};
use std::fmt::Write;

fn colour(label: ZoneLabel, dup: bool) -> &'static str {
    if dup {
        return "\x1b[35m";
    }
    match label {
        ZoneLabel::Headline => "\x1b[1;36m",
        ZoneLabel::Kicker | ZoneLabel::Standfirst => "\x1b[36m",
        ZoneLabel::Body => "\x1b[32m",
        ZoneLabel::PullQuote => "\x1b[35m",
        ZoneLabel::DateStamp | ZoneLabel::Byline => "\x1b[33m",
        ZoneLabel::Caption => "\x1b[34m",
        ZoneLabel::Related | ZoneLabel::Comment | ZoneLabel::Chrome => "\x1b[2;31m",
    }
}

/// One page, zone by zone. Long blocks are cut to `width` characters.
pub fn explain(d: &Document, colour_on: bool, width: usize) -> String {
    let m = &d.meta;
    let mut out = String::new();
    let head = m.headline.map_or_else(|| format!("none ({})", m.headline_missing.as_deref().unwrap_or("not found")), |h| d.text(h).to_string());
    let date = m
        .published
        .as_ref()
        .map_or_else(|| m.published_estimate.as_ref().map_or("undated".to_string(), |w| format!("undated, estimated {}..{}", w.from, w.to)), |p| format!("{} ({}; {})", p.date, p.role, p.rule));
    let _ = writeln!(out, "== {}", d.source.path);
    let _ = writeln!(out, "   language {}  outlet {}  headline: {head}", m.language, m.outlet.as_deref().unwrap_or("?"));
    let _ = writeln!(out, "   published {date}");
    for o in &m.other_dates {
        let _ = writeln!(out, "   other date {} ({}; {})", o.date, o.role, o.rule);
    }
    for (i, z) in d.zones.iter().enumerate() {
        let label = z.value.label;
        let dup = z.value.duplicate_of.is_some();
        let kept = label.is_body() && !dup;
        let text: String = d.text(z.span).split_whitespace().collect::<Vec<_>>().join(" ");
        let cut: String = text.chars().take(width).collect();
        let more = if cut.len() < text.len() { "…" } else { "" };
        let why = match (&z.value.reason, kept) {
            (Some(r), _) => format!("  ← {r}"),
            (None, true) => String::new(),
            (None, false) => format!("  ← {}", z.prov.rule),
        };
        let tag = format!("{:>3} {:<10}", i, if dup { "duplicate" } else { label.as_str() });
        if colour_on {
            let _ = writeln!(out, "{}{tag}\x1b[0m │ {cut}{more}\x1b[2m{why}\x1b[0m", colour(label, dup));
        } else {
            let _ = writeln!(out, "{tag} │ {cut}{more}{why}");
        }
    }
    out
}
