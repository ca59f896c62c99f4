//! Block zoning. Local evidence first (DOM hints, phrases, scripts, dates, credits, shape),
//! then page structure: the body is the run of sentence-like blocks, the headline is the
//! separated title-like block before it, and what sits before, inside or after the body
//! that is not body is labelled by where it sits and how it looks.

use crate::features::BlockFeatures;
use crate::templates::Templates;
use crate::{phrases, STAGE};
use isnad_doc::{Annotated, Document, Provenance, Zone, ZoneLabel};
use isnad_text::{key, Span};

/// Words a headline does not end on: a line ending on one continues on the next line.
const CONTINUES: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "ان",
    "التي",
    "الذي",
    "الذين",
    "مع",
    "بين",
    "ثم",
    "او",
    "و",
    "قد",
    "لم",
    "لن",
    "ما",
    "حيث",
    "بعد",
    "قبل",
    "حتي",
    "منذ",
    "اذا",
    "لان",
    "كما",
    "اي",
    "هذا",
    "هذه",
    "تلك",
    "ذلك",
    "الا",
    "لا",
    "كان",
    "كانت",
    "عند",
    "لدي",
    "خلال",
    "نحو",
    "ضد",
    "عبر",
];

pub struct Zoned {
    pub zones: Vec<Annotated<Zone>>,
    pub headline: Option<Span>,
    pub headline_missing: Option<String>,
}

struct Lab {
    label: Option<ZoneLabel>,
    reason: &'static str,
    conf: f32,
}

fn hint_has(hints: &str, words: &[&str]) -> Option<String> {
    hints.split(|c: char| c.is_whitespace() || c == '-' || c == '_').find(|w| words.contains(w)).map(String::from)
}

pub fn zone(doc: &Document, f: &[BlockFeatures], templates: Option<&Templates>) -> Zoned {
    let n = doc.blocks.len();
    let arabic_page = doc.meta.language == "ar";
    let mut l: Vec<Lab> = (0..n).map(|_| Lab { label: None, reason: "", conf: 0.0 }).collect();
    let set = |l: &mut Vec<Lab>, i: usize, z: ZoneLabel, r: &'static str, c: f32| {
        l[i] = Lab { label: Some(z), reason: r, conf: c };
    };

    // 1. local evidence
    let site = templates.and_then(|t| t.site(doc));
    for (i, b) in doc.blocks.iter().enumerate() {
        let fi = &f[i];
        let heading = matches!(b.tag.as_str(), "h1" | "h2" | "title");
        // a date line's format repeats on every page of a site, its date does not: dates are exempt
        let repeat = if fi.date.is_none() { site.as_ref().and_then(|s| s.repeat(doc, i)) } else { None };
        if repeat.is_some() {
            set(&mut l, i, ZoneLabel::Chrome, "repeats on many pages of the same site (template)", 0.85);
        } else if !heading && hint_has(&b.hints, phrases::HINT_COMMENT).is_some() {
            set(&mut l, i, ZoneLabel::Comment, "comment area (class/id)", 0.8);
        } else if !heading && hint_has(&b.hints, phrases::HINT_RELATED).is_some() && !(fi.body_like() && b.link_density < 0.3) {
            set(&mut l, i, ZoneLabel::Related, "related-links area (class/id)", 0.8);
        } else if fi.date.is_some() && b.link_density <= 0.5 {
            // before the chrome hints: `entry-header`, `post-meta` hold the article's own date line
            set(&mut l, i, ZoneLabel::DateStamp, "date line", 0.9);
        } else if !heading && hint_has(&b.hints, phrases::HINT_CHROME).is_some() && (!fi.body_like() || b.link_density > 0.5) {
            set(&mut l, i, ZoneLabel::Chrome, "navigation or widget area (class/id)", 0.8);
        } else if b.link_density > 0.6 && fi.words < 40 {
            set(&mut l, i, ZoneLabel::Related, "link text", 0.7);
        } else if fi.weather {
            set(&mut l, i, ZoneLabel::Chrome, "weather widget", 0.9);
        } else if fi.phrase_comment {
            set(&mut l, i, ZoneLabel::Comment, "comment-widget phrase", 0.9);
        } else if fi.phrase_chrome {
            set(&mut l, i, ZoneLabel::Chrome, "CMS phrase", 0.9);
        } else if fi.nav_row {
            set(&mut l, i, ZoneLabel::Chrome, "menu row (short items between separators)", 0.85);
        } else if fi.social {
            set(&mut l, i, ZoneLabel::Chrome, "share button", 0.9);
        } else if arabic_page && fi.latin_only && fi.words <= 15 {
            set(&mut l, i, ZoneLabel::Chrome, "Latin-only line on an Arabic page", 0.8);
        } else if fi.date.is_some() {
            set(&mut l, i, ZoneLabel::DateStamp, "date line", 0.9);
        } else if fi.credit.is_some() && fi.words <= 5 && !fi.terminal && b.tag != "figcaption" && hint_has(&b.hints, phrases::HINT_CAPTION).is_none() {
            set(&mut l, i, ZoneLabel::Byline, "short place/agency credit line (byline)", 0.8);
        } else if b.tag == "figcaption" || hint_has(&b.hints, phrases::HINT_CAPTION).is_some() || (fi.credit.is_some() && fi.words <= 45) {
            set(&mut l, i, ZoneLabel::Caption, if fi.credit.is_some() { "ends with a photo credit" } else { "caption element" }, 0.85);
        } else if fi.byline_like {
            set(&mut l, i, ZoneLabel::Byline, "short name/place line split by a dash, or opened by a byline word (byline)", 0.7);
        } else if fi.mixed_latin && !fi.terminal && fi.words <= 20 {
            set(&mut l, i, ZoneLabel::Chrome, "template residue (Latin field names in an Arabic line)", 0.7);
        } else if !arabic_page && fi.words >= 6 && fi.terminal || arabic_page && fi.body_like() && !heading {
            set(&mut l, i, ZoneLabel::Body, "sentence-like paragraph", 0.8);
        }
    }

    // a short block opening like a caption (صورة…, مشهد…) at the head of the body is a caption
    if let Some(fb) = (0..n).find(|&i| l[i].label == Some(ZoneLabel::Body)) {
        let head = f[fb].key.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        let opens = phrases::CAPTION_START.iter().any(|p| head.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')));
        let next_body = l.get(fb + 1).is_some_and(|x| x.label == Some(ZoneLabel::Body));
        if opens && f[fb].words <= 14 && next_body {
            set(&mut l, fb, ZoneLabel::Caption, "short block opening like a photo caption at the head of the body", 0.6);
        }
    }

    // 2. headline: the best-supported title-like block before the body. Support: it matches the
    // page's declared title, it is a heading element, it sits on article furniture (a date line,
    // byline, caption or the body within three blocks), it has a headline's length.
    let first_body = (0..n).find(|&i| l[i].label == Some(ZoneLabel::Body)).unwrap_or(n);
    let has_gaps = doc.blocks.iter().skip(1).any(|b| b.gap_before > 0);
    let mut headline = None;
    let mut missing = None;
    let title_key = doc.source.hints.title.as_deref().map(key).filter(|t| !t.is_empty());
    let matches_title = |i: usize| -> bool {
        let Some(tk) = &title_key else { return false };
        let k = f[i].key.trim();
        f[i].words >= 2 && (k == tk.trim() || ((tk.starts_with(k) || tk.ends_with(k)) && k.len() * 2 > tk.len()))
    };
    let heading_hint = |i: usize| doc.blocks[i].hints.contains("title") || hint_has(&doc.blocks[i].hints, &["headline", "heading"]).is_some();
    let separated = |i: usize, l: &Vec<Lab>| -> bool {
        match doc.blocks.get(i + 1) {
            None => true,
            Some(nb) => {
                let next_is_body = l[i + 1].label == Some(ZoneLabel::Body);
                if has_gaps {
                    nb.gap_before > 0 || !next_is_body
                } else {
                    !next_is_body
                }
            }
        }
    };
    let mut best: Option<(f32, usize, bool)> = None;
    for i in 0..first_body.min(n) {
        if l[i].label.is_some() {
            continue;
        }
        let tag = doc.blocks[i].tag.as_str();
        let strong_tag = matches!(tag, "h1" | "title");
        let heading = strong_tag || matches!(tag, "h2" | "h3") || heading_hint(i);
        let declared = matches_title(i);
        if !(f[i].title_like() || declared || (heading && f[i].words >= 2 && f[i].arabic >= 0.5)) {
            continue;
        }
        let mut score = 0.0;
        if declared {
            score += 3.0;
        }
        if strong_tag {
            score += 2.0;
        } else if heading {
            score += 1.0;
        }
        if f[i].title_like() {
            score += 0.5;
        }
        if (4..=14).contains(&f[i].words) {
            score += 0.5;
        }
        // furniture right under it counts fully, two or three blocks down half
        let furniture = |j: usize| matches!(l[j].label, Some(ZoneLabel::DateStamp | ZoneLabel::Byline | ZoneLabel::Caption | ZoneLabel::Body));
        if i + 1 < n && furniture(i + 1) {
            score += 1.0;
        } else if (i + 2..(i + 4).min(n)).any(furniture) {
            score += 0.5;
        }
        if doc.blocks[i].link_density > 0.5 {
            score -= 1.0;
        }
        if best.is_none_or(|b| score > b.0) {
            best = Some((score, i, declared || strong_tag));
        }
    }
    match best {
        Some((_, i, strong)) if strong || separated(i, &l) => {
            // a short title-like line right over the headline is its kicker
            if i > 0 && l[i - 1].label.is_none() && f[i - 1].title_like() && f[i - 1].words <= 8 && f[i - 1].words < f[i].words && !strong {
                set(&mut l, i - 1, ZoneLabel::Kicker, "short line over the headline", 0.7);
            }
            let rule = if title_key.is_some() && matches_title(i) {
                "matches the page's declared title"
            } else if strong {
                "heading element"
            } else {
                "best-supported title-like block before the body"
            };
            set(&mut l, i, ZoneLabel::Headline, rule, if strong { 0.95 } else { 0.8 });
            headline = Some(i);
        }
        Some((_, i, _)) => {
            set(&mut l, i, ZoneLabel::Caption, "title-like line running straight into the body (photo caption or missing headline)", 0.5);
            missing = Some("the only title-like line runs straight into the body without separation, so it cannot be told from a photo caption".to_string());
        }
        None => missing = Some("no title-like block before the body".to_string()),
    }
    // standfirst: the first content-looking block after the headline, before the body starts
    if let Some(h) = headline {
        if let Some(j) = (h + 1..first_body.max(h + 1).min(n)).find(|&j| l[j].label.is_none() || l[j].label == Some(ZoneLabel::Body)) {
            if l[j].label.is_none() && f[j].words >= 10 && f[j].arabic >= 0.5 {
                set(&mut l, j, ZoneLabel::Standfirst, "long unpunctuated block under the headline", 0.7);
            }
        }
    }

    // 3. structure around the body
    let last_body = (0..n).rev().find(|&i| l[i].label == Some(ZoneLabel::Body));
    let top = headline.unwrap_or(0);
    for i in 0..n {
        if l[i].label.is_some() {
            continue;
        }
        if i < top {
            set(&mut l, i, ZoneLabel::Chrome, "above the headline", 0.6);
        }
    }
    if let Some(lb) = last_body {
        // link-like runs inside the body: related headlines
        // a line broken mid-sentence (ends on a particle or a comma, or opens with و/ف) is body
        let fragment = |i: usize| {
            let t = doc.text(doc.blocks[i].span).trim();
            let last = t.split_whitespace().last().unwrap_or("");
            let first = t.split_whitespace().next().unwrap_or("");
            t.ends_with(['،', ',', ':', '-', '(', '«', '"'])
                || last.chars().last().is_some_and(|c| c.is_ascii_digit() || isnad_text::is_digit_any(c))
                || CONTINUES.contains(&key(last).as_str())
                || (first.chars().count() > 3 && (first.starts_with('و') || first.starts_with('ف')) && !f[i].question)
        };
        let linkish = |i: usize, l: &Vec<Lab>| matches!(l[i].label, None | Some(ZoneLabel::Body)) && (f[i].title_like() || (f[i].question && f[i].words <= 14)) && !fragment(i);
        let mut i = first_body;
        while i <= lb {
            if linkish(i, &l) {
                let mut j = i;
                while j <= lb && linkish(j, &l) {
                    j += 1;
                }
                // a run of headline-like lines is a list of links when it is made of links, follows a
                // chrome line (`اقرأ أيضا`, a template block) or leads to no paragraph; between paragraphs
                // it is the article's own subheadings, questions or verse
                let linky = (i..j).any(|k| doc.blocks[k].link_density > 0.3);
                let cue_before = i > 0 && matches!(l[i - 1].label, Some(ZoneLabel::Chrome | ZoneLabel::Related));
                let introduces = l.get(j).is_some_and(|x| x.label == Some(ZoneLabel::Body));
                // list items (`* …`, `- …`, `1) …`) and vocalised verse are the article's own; other
                // runs of two or more headlines between paragraphs are related links
                let listy = (i..j).all(|k| {
                    let t = doc.text(doc.blocks[k].span).trim_start();
                    t.starts_with(['*', '•', '-', '–', '◆', '■'])
                        || t.chars().next().is_some_and(|c| c.is_ascii_digit() || isnad_text::is_digit_any(c))
                        || t.chars().filter(|&c| isnad_text::is_arabic_diacritic(c)).count() * 4 > t.chars().filter(|&c| isnad_text::is_arabic_letter(c)).count()
                });
                for k in i..j {
                    // a lone closing question or sentence ends the article; a lone unpunctuated line does not
                    let lone_end = j - i == 1 && !introduces && !(f[k].terminal || f[k].question);
                    if linky || cue_before || lone_end || (j - i >= 2 && !listy) {
                        set(&mut l, k, ZoneLabel::Related, "headline-like line inside the body (related link)", 0.6);
                    } else if l[k].label.is_none() {
                        set(&mut l, k, ZoneLabel::Body, "subheading or list line inside the body", 0.6);
                    }
                }
                i = j;
            } else {
                i += 1;
            }
        }
        // a comment area after the article: everything from its header on is comments
        if let Some(c) = (first_body..n).find(|&i| l[i].label == Some(ZoneLabel::Comment)) {
            for x in l.iter_mut().skip(c + 1) {
                if matches!(x.label, None | Some(ZoneLabel::Body)) {
                    *x = Lab { label: Some(ZoneLabel::Comment), reason: "inside the comment area", conf: 0.7 };
                }
            }
        }
        // site disclaimers and comment policies closing the article
        let mut k = n;
        while k > first_body {
            k -= 1;
            match l[k].label {
                Some(ZoneLabel::Body) if phrases::DISCLAIMER.iter().any(|p| f[k].key.contains(p)) => {
                    set(&mut l, k, ZoneLabel::Chrome, "site disclaimer or comment policy after the article", 0.75);
                }
                Some(ZoneLabel::Body) => break,
                _ => {}
            }
        }
        let lb = (0..n).rev().find(|&i| l[i].label == Some(ZoneLabel::Body)).unwrap_or(lb);
        for i in first_body..n {
            if l[i].label.is_none() {
                if i < lb && f[i].words >= 3 && f[i].arabic >= 0.5 {
                    set(&mut l, i, ZoneLabel::Body, "short paragraph inside the body", 0.6);
                } else if i > lb {
                    set(&mut l, i, ZoneLabel::Chrome, "after the end of the article", 0.6);
                } else {
                    set(&mut l, i, ZoneLabel::Chrome, "short line inside the body", 0.5);
                }
            }
        }
    }
    // a page with no paragraph at all (a one-line wire flash, a brief) still has text: its
    // unclassified full sentences, in Arabic and not links or disclaimers, are the body
    if !l.iter().any(|x| x.label == Some(ZoneLabel::Body)) {
        for i in 0..n {
            let sentence = f[i].terminal && f[i].words >= 3 && f[i].arabic >= 0.5 && doc.blocks[i].link_density <= 0.3;
            if l[i].label.is_none() && sentence && !phrases::DISCLAIMER.iter().any(|p| f[i].key.contains(p)) {
                set(&mut l, i, ZoneLabel::Body, "a sentence on a page with no paragraph (a brief)", 0.4);
            }
        }
    }
    for x in l.iter_mut().filter(|x| x.label.is_none()) {
        *x = Lab { label: Some(ZoneLabel::Chrome), reason: "unclassified short line", conf: 0.4 };
    }

    // 4. duplicates: a block that repeats an earlier content block (pull quotes, repeated leads)
    // (one searcher per block, not one per earlier block: building it is the cost, about 300k
    // instructions a page when `str::contains` built it for every pair; and only a longer block
    // can hold another)
    let squash = |s: &str| -> String { s.chars().filter(|&c| isnad_text::is_letter(c) || isnad_text::is_digit_any(c)).collect() };
    let keys: Vec<String> = f.iter().map(|x| squash(&x.key)).collect();
    let mut zones = Vec::with_capacity(n);
    for i in 0..n {
        let lab = &l[i];
        let mut label = lab.label.unwrap_or(ZoneLabel::Chrome);
        let mut dup = None;
        if label.is_content() && keys[i].chars().count() >= 20 {
            let finder = memchr::memmem::Finder::new(keys[i].as_bytes());
            dup = (0..i).find(|&j| {
                l[j].label.is_some_and(|x| x.is_content()) && (keys[j] == keys[i] || (label == ZoneLabel::Body && keys[j].len() > keys[i].len() && finder.find(keys[j].as_bytes()).is_some()))
            });
            if dup.is_some() && label == ZoneLabel::Body {
                label = ZoneLabel::PullQuote;
            }
        }
        let reason = if dup.is_some() {
            Some("repeats an earlier paragraph".to_string())
        } else if label.is_content() && label != ZoneLabel::Caption {
            None
        } else {
            Some(lab.reason.to_string())
        };
        let rule = if dup.is_some() { "duplicate" } else { lab.reason };
        zones.push(Annotated::new(doc.blocks[i].span, Zone { label, duplicate_of: dup, reason }, Provenance::new(STAGE, rule, lab.conf)));
    }
    if let Some(h) = headline {
        share_line(doc, doc.blocks[h].span, &mut zones);
    }
    Zoned { zones, headline: headline.map(|i| doc.blocks[i].span), headline_missing: missing }
}

/// A line that repeats the headline after a short lead-in at the very end of the article's last
/// paragraph («… رابط الخبر بصحيفة الوئام: <headline>»), a site's link-to-this-story footer that
/// plain-text exports glue to the text. Without this, the outlet's name and every name in the
/// headline were read a second time in each article of the site. The paragraph's zone ends
/// before it.
fn share_line(doc: &Document, headline: Span, zones: &mut [Annotated<Zone>]) {
    // (compared letter and digit for letter and digit: a feed may write the headline's quotes
    // as character references, &#8220;, which are left out)
    let letters = |s: &str| {
        let mut out = Vec::new();
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            let reference = rest.strip_prefix("&#").and_then(|r| r.find(';').filter(|&k| k <= 6 && r[..k].chars().all(|d| d.is_ascii_alphanumeric())));
            match reference {
                Some(k) => rest = &rest[k + 3..],
                None => {
                    if c.is_alphanumeric() {
                        out.push(c);
                    }
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        out
    };
    let title = letters(headline.slice(&doc.raw));
    let Some(k) = zones.iter().rposition(|z| z.value.label == ZoneLabel::Body && z.value.duplicate_of.is_none()) else { return };
    let span = zones[k].span;
    let text = span.slice(&doc.raw).trim_end();
    if title.len() < 12 {
        return;
    }
    // where the text's last `title.len()` letters begin
    let Some((at, _)) = text.char_indices().rev().filter(|(_, c)| c.is_alphanumeric()).nth(title.len() - 1) else { return };
    if at == 0 || letters(&text[at..]) != title {
        return;
    }
    // (and the quotes or brackets the headline opens with)
    let lead = text[..at].trim_end_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace() && c != ':').trim_end();
    // (the lead-in: the words after the last sentence's end, a few of them, ending in a colon)
    let Some(lead_words) = lead.strip_suffix(':') else { return };
    let start = lead_words.char_indices().rev().find(|(_, ch)| matches!(ch, '.' | '!' | '؟' | '?' | '\n')).map_or(0, |(i, ch)| i + ch.len_utf8());
    let lead_in = &lead_words[start..];
    if start == 0 || lead_in.split_whitespace().count() > 8 {
        return;
    }
    let cut = span.start as usize + start;
    let kept = Span::new(span.start as usize, cut).trim(&doc.raw);
    if kept.is_empty() {
        return;
    }
    // (the zone keeps its block and its place, one zone per block: the line is left out of it,
    // and its rule says so)
    zones[k].span = kept;
    zones[k].prov = Provenance::new(STAGE, "paragraph, less the link-to-this-story line repeating the headline at its end", zones[k].prov.confidence);
}
