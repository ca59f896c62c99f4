//! Article metadata: publication date (told apart from render, update and caption dates),
//! dateline place and agency credits, outlet, language.

use crate::features::{BlockFeatures, DateCue};
use crate::phrases;
use isnad_doc::{Date, DateEvidence, Dateline, Document, ZoneLabel};
use isnad_text::{arabic_ratio, key, Span};

/// `ar` when most letters are Arabic; otherwise the container's declared language, or a
/// stop-word guess between English and French, or `und`.
pub fn language(doc: &Document) -> String {
    // (the first 20,000 characters, as a slice: copying them char by char cost 100k instructions a page)
    let end = doc.raw.char_indices().nth(20_000).map_or(doc.raw.len(), |(i, _)| i);
    let sample = &doc.raw[..end];
    if arabic_ratio(sample) >= 0.4 {
        return "ar".into();
    }
    if let Some(l) = doc.source.hints.lang.as_deref() {
        let l = l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        if !l.is_empty() && l != "ar" {
            return l;
        }
    }
    let words: Vec<String> = sample.split_whitespace().map(str::to_ascii_lowercase).collect();
    let count = |set: &[&str]| words.iter().filter(|w| set.contains(&w.as_str())).count();
    let en = count(&["the", "and", "of", "to", "in", "is", "that", "was"]);
    let fr = count(&["le", "la", "les", "des", "et", "est", "une", "du"]);
    if en + fr < 3 {
        "und".into()
    } else if en >= fr {
        "en".into()
    } else {
        "fr".into()
    }
}

fn parse_container_date(s: &str) -> Option<Date> {
    Date::parse_iso_prefix(s).or_else(|| {
        let v = isnad_values::find_values(s, None, isnad_values::Direction::Past);
        v.times.iter().find(|t| t.value.kind == "date").and_then(|t| t.value.resolved).map(|r| r.0)
    })
}

pub fn fill(doc: &mut Document, f: &[BlockFeatures]) {
    let zones = doc.zones.clone();
    let headline_idx = zones.iter().position(|z| z.value.label == ZoneLabel::Headline);
    let mut published: Option<DateEvidence> = None;
    let mut others = Vec::new();

    // date lines: one that names its role (نشر في / آخر تحديث) says so; otherwise the one after
    // the headline is the article's, and one at the top of the page or beside a widget is the
    // page-render date.
    let cued = zones.iter().enumerate().any(|(i, z)| z.value.label == ZoneLabel::DateStamp && f[i].date.is_some_and(|d| d.1 == DateCue::Published));
    for (i, z) in zones.iter().enumerate() {
        if z.value.label != ZoneLabel::DateStamp {
            continue;
        }
        let Some((date, cue)) = f[i].date else { continue };
        let near_widget = [i.wrapping_sub(1), i + 1].iter().any(|&j| f.get(j).is_some_and(|x| x.weather));
        let after_headline = headline_idx.is_some_and(|h| i > h);
        let (role, rule, conf) = if cue == DateCue::Updated {
            ("updated", "date line marked as an update", 0.8)
        } else if cue == DateCue::Published && published.is_none() {
            ("published", "date line marked as the publication date (نشر/بتاريخ)", 0.9)
        } else if near_widget {
            ("render", "date line beside a weather widget (page render date)", 0.85)
        } else if !cued && after_headline && published.is_none() {
            ("published", "first date line after the headline", 0.85)
        } else if !cued && headline_idx.is_none() && i == 0 && published.is_none() {
            ("published", "date line at the top of a page without a headline", 0.5)
        } else {
            ("render", "date line above the headline (page chrome)", 0.6)
        };
        let ev = DateEvidence { date, role, span: Some(z.span), rule: rule.into(), confidence: conf };
        if role == "published" {
            published = Some(ev);
        } else {
            others.push(ev);
        }
    }
    // no date under the headline: a plain date line right over it (a blog's date header) is the
    // article's, unless it sits by a widget or opens the page
    if published.is_none() {
        if let Some(h) = headline_idx {
            let over = (h.saturating_sub(3)..h).rev().find(|&i| zones[i].value.label == ZoneLabel::DateStamp);
            if let Some(i) = over.filter(|&i| i > 0 && f[i].date.is_some_and(|d| d.1 == DateCue::None)) {
                let near_widget = [i.wrapping_sub(1), i + 1].iter().any(|&j| f.get(j).is_some_and(|x| x.weather));
                if let (false, Some(pos)) = (near_widget, others.iter().position(|o| o.span == Some(zones[i].span))) {
                    let o = others.remove(pos);
                    published = Some(DateEvidence { role: "published", rule: "date line right over the headline, none under it".into(), confidence: 0.6, ..o });
                }
            }
        }
    }
    // container metadata (HTML meta, JSON-LD, JSONL fields) outranks a guess from the text
    if let Some(d) = doc.source.hints.published.as_deref().and_then(parse_container_date) {
        if let Some(p) = published.take() {
            if p.date != d {
                others.push(DateEvidence { role: "text", ..p });
            }
        }
        published = Some(DateEvidence { date: d, role: "published", span: None, rule: "declared by the page metadata".into(), confidence: 0.95 });
    }
    if let Some(d) = doc.source.hints.modified.as_deref().and_then(parse_container_date).filter(|d| !others.iter().any(|o| o.role == "updated" && o.date == *d)) {
        others.push(DateEvidence { date: d, role: "updated", span: None, rule: "declared by the page metadata".into(), confidence: 0.9 });
    }
    // caption dates: recorded, never promoted to the publication date
    for z in zones.iter().filter(|z| z.value.label == ZoneLabel::Caption) {
        let text = doc.text(z.span);
        let v = isnad_values::find_values(text, None, isnad_values::Direction::Past);
        for t in v.times.iter().filter(|t| t.value.kind == "date") {
            let sp = Span::new(z.span.start as usize + t.span.start as usize, z.span.start as usize + t.span.end as usize);
            if let Some((None, m, d, wd)) = t.value.parts {
                doc.meta.partial_dates.push((m, d, wd, sp));
            }
            if let Some((d, _)) = t.value.resolved {
                let sp = Span::new(z.span.start as usize + t.span.start as usize, z.span.start as usize + t.span.end as usize);
                others.push(DateEvidence { date: d, role: "caption", span: Some(sp), rule: "date inside a photo caption".into(), confidence: 0.7 });
            }
        }
    }
    // a date in the page's address (`/2019/03/14/`, `/2013/middle_east/8/3/`) when nothing else dates it
    if published.is_none() {
        if let Some(d) = doc.source.url.as_deref().and_then(url_date) {
            published = Some(DateEvidence { date: d, role: "published", span: None, rule: "date in the page's URL".into(), confidence: 0.6 });
        }
    }
    doc.meta.published = published;
    doc.meta.other_dates = others;

    // dateline at the start of the first body paragraph: "دمشق - وكالات:"
    if let Some(z) = zones.iter().find(|z| z.value.label == ZoneLabel::Body) {
        if let Some((dl, place, agency)) = dateline(doc.text(z.span)) {
            let base = z.span.start as usize;
            doc.meta.dateline = Some(Dateline { span: Span::new(base + dl.0, base + dl.1), place: place.map(|(a, b)| Span::new(base + a, base + b)) });
            if let Some((name, (a, b))) = agency {
                doc.meta.credits.push((name.to_string(), Span::new(base + a, base + b)));
            }
        }
    }
    // agency credits on byline lines, and photo credits at the end of captions
    for (i, z) in zones.iter().enumerate() {
        if matches!(z.value.label, ZoneLabel::Caption | ZoneLabel::Byline) {
            if let Some((a, off)) = f[i].credit {
                let sp = Span::new(z.span.start as usize + off, z.span.end as usize).trim(&doc.raw);
                doc.meta.credits.push((a.to_string(), sp));
            }
        }
    }
    // outlet: the container's word, else the URL's host, else the site name
    doc.meta.outlet = doc.source.outlet.clone().or_else(|| doc.source.url.as_deref().and_then(isnad_doc::url_host).map(String::from)).or_else(|| doc.source.hints.site_name.clone());
}

/// `/YYYY/MM/DD/`, with at most one word segment between the year and the month
/// (`/2013/middle_east/8/3/`), or a `YYYY-MM-DD` / `YYYYMMDD` segment.
pub fn url_date(url: &str) -> Option<Date> {
    let path = url.split("://").nth(1).unwrap_or(url);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segs: Vec<&str> = path.split('/').skip(1).collect();
    let num = |s: &str| -> Option<u32> { (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten() };
    for (i, s) in segs.iter().enumerate() {
        if let Some(y) = num(s).filter(|y| (1990..=2100).contains(y)) {
            for skip in 0..=1 {
                let (Some(m), Some(d)) = (segs.get(i + 1 + skip).and_then(|x| num(x)), segs.get(i + 2 + skip).and_then(|x| num(x))) else { continue };
                if let Some(date) = Date::new(y as i32, m as u8, d as u8) {
                    return Some(date);
                }
            }
        }
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if digits.len() == 8 && (s.len() == 8 || s.len() == 10) {
            let (y, m, d) = (digits[..4].parse::<i32>().ok()?, digits[4..6].parse::<u8>().ok()?, digits[6..].parse::<u8>().ok()?);
            if (1990..=2100).contains(&y) {
                if let Some(date) = Date::new(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

type Dl = ((usize, usize), Option<(usize, usize)>, Option<(&'static str, (usize, usize))>);

/// `PLACE - AGENCY:` or `PLACE:` (up to three words each) at the start of a paragraph.
fn dateline(text: &str) -> Option<Dl> {
    let head_end = isnad_text::floor_char_boundary(text, 90.min(text.len()));
    let colon = text[..head_end].find(':')?;
    let head = &text[..colon];
    if head.split_whitespace().count() > 6 || head.contains('"') || head.contains('«') {
        return None;
    }
    let sep = [" - ", " – ", " — "].iter().find_map(|s| head.find(s).map(|d| (d, s.len())));
    let (place, agency) = match sep {
        Some((d, len)) => ((0, d), Some((d + len, colon))),
        None => ((0, colon), None),
    };
    if text[place.0..place.1].split_whitespace().count() > 3 || arabic_ratio(&text[place.0..place.1]) < 0.5 {
        return None;
    }
    let agency = agency.and_then(|(a, b)| {
        let a = a + (text[a..b].len() - text[a..b].trim_start().len());
        phrases::agency(&key(&text[a..b])).map(|n| (n, (a, b)))
    });
    // with no agency, a bare "word:" opener is only a dateline when it is one or two words
    if agency.is_none() && text[place.0..place.1].split_whitespace().count() > 2 {
        return None;
    }
    Some(((0, colon + 1), Some(place), agency))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn datelines() {
        let t = "بيروت - رويترز: قال مسؤول";
        let (dl, place, ag) = dateline(t).unwrap();
        assert_eq!(&t[dl.0..dl.1], "بيروت - رويترز:");
        assert_eq!(place.map(|(a, b)| &t[a..b]), Some("بيروت"));
        assert_eq!(ag.map(|x| x.0), Some("Reuters"));
        assert!(dateline("وقال المتحدث باسم الوزارة في بيان مطول: إن").is_none());
    }

    #[test]
    fn dateline_with_en_dash_does_not_panic() {
        // SaudiNewsNet bylines use U+2013, a three-byte dash; slicing assumed ASCII once.
        let t = "سبق – وكالات: أعلنت الشرطة";
        let (dl, place, ag) = dateline(t).unwrap();
        assert_eq!(&t[dl.0..dl.1], "سبق – وكالات:");
        assert_eq!(place.map(|(a, b)| &t[a..b]), Some("سبق"));
        assert_eq!(ag.map(|x| x.0), Some("agencies"));
        // two dashes: the dateline still ends exactly at the colon and no agency is invented
        let t = "علي حفول – سبق – نجران: قرر مواطن";
        let (dl, _, ag) = dateline(t).unwrap();
        assert_eq!(&t[dl.0..dl.1], "علي حفول – سبق – نجران:");
        assert!(ag.is_none());
    }
}
