//! Entities: mentions of people, organisations, places and groups, geocoded places, and
//! canonical entities across the documents of a run.
//!
//! Reads `Tokens` (with keys); writes `Mentions`. [`canonicalize`] is the cross-document step.
//!
//! ```
//! use isnad_entities::name_key;
//! assert_eq!(name_key("والتحالف الدولي"), name_key("التحالف الدولي"));
//! ```

mod across;
mod canon;
mod events;
pub mod fuzzy;
mod lexicon;
pub mod ner;
mod recognize;
pub mod translit;

pub use across::{surnames_across_documents, RULE as SURNAME_IN_RUN};
pub use canon::{canonicalize, variant_key};
pub use events::EVENT_AT_PLACE;
pub use lexicon::{name_key, Lexicon, LexiconError, Place, UserTables};
pub use recognize::{is_function_word, recognize, STAGE};

use isnad_doc::{DocStage, Document, Layer};
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct EntitiesStage;

impl DocStage for EntitiesStage {
    fn name(&self) -> &'static str {
        STAGE
    }
    fn needs(&self) -> &'static [Layer] {
        // quantities and times: the tagger leaves value words alone (ريال in "100 ريال")
        &[Layer::Tokens, Layer::Sentences, Layer::Quantities, Layer::Times]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Mentions]
    }
    fn run(&self, doc: &mut Document) {
        let mut ms = recognize(doc);
        geocode(doc, &mut ms);
        doc.mentions = ms;
        doc.mark(Layer::Mentions);
    }
}

/// The gazetteer's fuzzy index, built on first use.
fn fuzzy_index() -> &'static fuzzy::FuzzyIndex {
    static I: std::sync::OnceLock<fuzzy::FuzzyIndex> = std::sync::OnceLock::new();
    I.get_or_init(|| fuzzy::FuzzyIndex::new(&Lexicon::get().places))
}

/// Candidate places for a name key, with how they were found ([`isnad_doc::Geo::via`]): the
/// exact key, else a key one edit away (a misspelling or spelling variant of a name of five
/// letters or more), else, in a story about `countries`, the places whose Latin names have the
/// consonants and nearly the vowels of the name's key or, failing that, of the name as `written`
/// (`latin`; see [`translit`]).
pub fn place_candidates<'a>(
    places: &'a isnad_text::FastMap<String, Vec<lexicon::Place>>,
    index: &fuzzy::FuzzyIndex,
    latin: Option<(&'a translit::LatinIndex, &[&str])>,
    key: &str,
    written: &str,
) -> (Vec<&'a lexicon::Place>, &'static str) {
    if let Some(v) = places.get(key) {
        return (v.iter().collect(), "name");
    }
    let near = index.near(places, key);
    if !near.is_empty() {
        return (near, "one-edit");
    }
    (latin.map_or(Vec::new(), |(l, countries)| latin_candidates(l, countries, key, written)), "latin")
}

/// The places of `countries` whose Latin names have the consonants and long vowels of the name's
/// key or, failing that, of the name as `written` ([`translit::written_key`]).
fn latin_candidates<'a>(latin: &'a translit::LatinIndex, countries: &[&str], key: &str, written: &str) -> Vec<&'a lexicon::Place> {
    let by_key = latin.find_in(key, countries);
    if by_key.is_empty() {
        latin.find_in(&translit::written_key(written), countries)
    } else {
        by_key
    }
}

/// Of the candidates for a name, the one nearest `centre` (the document's unambiguous places)
/// when the name is ambiguous, else the first (a country, or the most populous).
pub fn pick_place<'a>(cands: &[&'a lexicon::Place], centre: Option<(f64, f64)>) -> Option<&'a lexicon::Place> {
    match centre {
        Some((la, lo)) if cands.len() > 1 && !cands[0].country_level => cands.iter().copied().min_by(|a, b| {
            let da = (a.geo.lat - la).powi(2) + (a.geo.lon - lo).powi(2);
            let db = (b.geo.lat - la).powi(2) + (b.geo.lon - lo).powi(2);
            da.total_cmp(&db)
        }),
        _ => cands.first().copied(),
    }
}

/// Give each place mention coordinates. An ambiguous name takes the candidate nearest to the
/// document's unambiguous places (their centroid); with none, the country or most populous one.
/// Names the gazetteer has in Arabic go first; then the others may be found through their Latin
/// names, in the countries those first places are in.
pub fn geocode(doc: &Document, ms: &mut [isnad_doc::Annotated<isnad_doc::Mention>]) {
    let lx = Lexicon::get();
    // the name as written: from the start of the token whose stem opens the mention
    let written = |sp: isnad_doc::Span| {
        let i = doc.tokens.partition_point(|t| t.stem.start < sp.start);
        let start = doc.tokens.get(i).filter(|t| t.stem.start == sp.start).map_or(sp.start, |t| t.span.start);
        doc.raw.get(start as usize..sp.end as usize).unwrap_or("")
    };
    // the name to place: a place's own, or the town an event is named after (معركة الموصل)
    let place_key = |m: &isnad_doc::Annotated<isnad_doc::Mention>| -> Option<String> {
        if m.value.etype.is_place() {
            Some(m.value.key.clone())
        } else if m.value.etype == isnad_doc::EntityType::Event && m.prov.rule == events::EVENT_AT_PLACE {
            m.value.key.split_once(' ').map(|(_, town)| town.to_string())
        } else {
            None
        }
    };
    let keys: Vec<Option<String>> = ms.iter().map(place_key).collect();
    let lookup = |k: &str, joined: bool| {
        let found = place_candidates(&lx.places, fuzzy_index(), None, k, "");
        // a facility the gazetteer lacks (مطار عدن الدولي, سجن صيدنايا) is placed at the place
        // named after its head, the longest run of words the gazetteer has as written (no
        // near spelling: مطار الملك خالد is not in a village called الملك); so is a building
        // whose head the tagger read before a place (مكتبة الإسكندرية)
        match k.split_once(' ') {
            Some((head, rest)) if found.0.is_empty() && (joined || recognize::place_head(head) == Some(isnad_doc::EntityType::Fac)) && !rest.split(' ').next().is_some_and(recognize::is_title) => {
                let words: Vec<&str> = rest.split(' ').collect();
                (1..=words.len()).rev().map(|n| place_candidates(&lx.places, fuzzy_index(), None, &words[..n].join(" "), "")).find(|c| !c.0.is_empty() && c.1 == "name").unwrap_or(found)
            }
            _ => found,
        }
    };
    let mut found: Vec<(Vec<&lexicon::Place>, &'static str)> = keys
        .iter()
        .zip(ms.iter())
        .map(|(k, m)| k.as_ref().map_or((Vec::new(), "name"), |k| lookup(k, m.value.etype == isnad_doc::EntityType::Fac && m.prov.rule == recognize::HEAD_BEFORE_PLACE)))
        .collect();
    // the story's country: the one its places name most often (ties kept)
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in found.iter().filter_map(|(c, _)| c.first()).filter_map(|p| p.geo.country.as_deref()) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let top = counts.iter().map(|x| x.1).max().unwrap_or(0);
    let mut countries: Vec<&str> = counts.iter().filter(|x| x.1 == top).map(|x| x.0).collect();
    countries.sort_unstable();
    // then the places the gazetteer has no Arabic name for, through their Latin names
    for (m, f) in ms.iter().zip(found.iter_mut()) {
        if f.0.is_empty() && m.value.etype.is_place() {
            *f = (latin_candidates(&lx.latin, &countries, &m.value.key, written(m.span)), "latin");
        }
    }
    // the document's centre comes from names it spells as the gazetteer does, never from a
    // place found through its Latin names alone
    let anchors: Vec<(f64, f64)> = found.iter().filter(|(c, via)| *via != "latin" && c.len() == 1 && !c[0].country_level).map(|(c, _)| (c[0].geo.lat, c[0].geo.lon)).collect();
    let centre = (!anchors.is_empty()).then(|| {
        let n = anchors.len() as f64;
        (anchors.iter().map(|a| a.0).sum::<f64>() / n, anchors.iter().map(|a| a.1).sum::<f64>() / n)
    });
    let mut page_countries: Option<BTreeMap<String, usize>> = None;
    // (the towns of the page, by country, for that count)
    let towns: Vec<(&str, &str)> =
        keys.iter().zip(&found).filter_map(|(k, (c, via))| Some((k.as_deref()?, c.first().copied().filter(|p| *via == "name" && !p.country_level)?.geo.country.as_deref()?))).collect();
    // a country's name that is also a town abroad (عمان: Oman, and Amman in Jordan): the town
    let foreign_town = |c: &[&'static lexicon::Place]| {
        c.first().filter(|p| p.country_level && c.len() > 1).and_then(|home| c.iter().copied().find(|p| !p.country_level && p.geo.country.is_some() && p.geo.country != home.geo.country))
    };
    // what such a mention's neighbours in a list are (المغرب والبحرين وعمان, الرياض وأنقرة وعمان
    // ودمشق): countries count +1, towns −1 (0 for every other mention: the scan is for them alone)
    let list_kind: Vec<i32> = (0..ms.len())
        .map(|k| {
            if foreign_town(&found[k].0).is_none() {
                return 0;
            }
            let joined =
                |a: usize, b: usize| doc.raw.get(ms[a].span.end as usize..ms[b].span.start as usize).is_some_and(|gap| gap.chars().all(|ch| ch.is_whitespace() || matches!(ch, 'و' | '،' | ',')));
            let kind = |j: usize| match found[j].0.first() {
                Some(p) if found[j].1 == "name" && keys[j] != keys[k] => i32::from(p.country_level) * 2 - 1,
                _ => 0,
            };
            let before = (0..k).rev().find(|&j| ms[j].value.etype.is_place()).filter(|&j| joined(j, k)).map_or(0, kind);
            let after = (k + 1..ms.len()).find(|&j| ms[j].value.etype.is_place()).filter(|&j| joined(k, j)).map_or(0, kind);
            before + after
        })
        .collect();
    for (k, ((m, (mut c, via)), key)) in ms.iter_mut().zip(found).zip(&keys).enumerate() {
        // an ambiguous name with a reading in the story's country takes one of those: الجوف in a
        // story about Sakakah is the Saudi region, in one about Sanaa the Yemeni governorate,
        // wherever the centre of the story's other places falls between them
        if c.len() > 1 && !c[0].country_level && c.iter().any(|p| p.geo.country.as_deref().is_some_and(|cc| countries.contains(&cc))) {
            c.retain(|p| p.geo.country.as_deref().is_some_and(|cc| countries.contains(&cc)));
        }
        // a name some of whose places the gazetteer vocalises (عُمان, the country) takes the
        // place whose vowels the page writes, and never one they contradict (عمّان)
        let mut voiced = false;
        if c.len() > 1 && c.iter().any(|p| p.vowels.is_some()) {
            let w = m.span;
            let agree = |p: &lexicon::Place| p.vowels.as_deref().and_then(|v| lexicon::vowels_agree(written(w), v));
            if let Some(p) = c.iter().copied().find(|p| agree(p) == Some(true)) {
                c = vec![p];
                voiced = true;
            } else if c.iter().any(|p| agree(p) == Some(false)) {
                c.retain(|p| agree(p) != Some(false));
                voiced = true;
            }
        }
        // a country's name that is also a town abroad is the town in a list of towns, and out
        // of a list where the page names the town's country (الأردن, العاصمة الأردنية) more often
        // than the country itself
        if !voiced {
            if let Some(town) = foreign_town(&c) {
                let home = c[0].geo.country.as_deref();
                // (in a list, its neighbours say which: countries, or towns)
                let town_wins = match list_kind[k] {
                    0 => {
                        let named = page_countries.get_or_insert_with(|| countries_named(doc, lx));
                        let by_towns = |cc: &str| towns.iter().filter(|(k, t)| *t == cc && Some(*k) != key.as_deref()).count();
                        let count = |cc: Option<&str>| cc.map_or(0, |cc| named.get(cc).copied().unwrap_or(0) + by_towns(cc));
                        count(town.geo.country.as_deref()) > count(home)
                    }
                    x => x < 0,
                };
                if town_wins {
                    c = vec![town];
                }
            }
        }
        if let Some(p) = pick_place(&c, centre) {
            // a village's name the tagger found alone, far from every other place of the
            // document, is more likely a word or another place than that village (a common
            // noun GeoNames lists as a village hundreds of kilometres from the story)
            let weak = !p.country_level && !p.prominent && p.population < 100_000;
            let far = centre.is_some_and(|(la, lo)| km(la, lo, p.geo.lat, p.geo.lon) > FAR_KM);
            if weak && far && m.prov.rule == "tagger" && !m.value.key.contains(' ') {
                continue;
            }
            m.value.geo = Some(isnad_doc::Geo { via, ..p.geo.clone() });
        }
    }
    in_town(doc, ms);
}

/// How often the page names each country (by code): by a name the gazetteer gives the country
/// alone (الأردن) or by its nisba adjective (الأردنية, العماني), never by a name it shares with
/// a town. Read only for a country's name that is also a town abroad.
fn countries_named(doc: &Document, lx: &Lexicon) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let country = |k: &str| lx.places.get(k).filter(|ps| ps.iter().all(|p| p.country_level)).and_then(|ps| ps.first()?.geo.country.clone());
    for i in 0..doc.tokens.len() {
        let key = doc.keys.stem(i);
        // (the adjective of a name a country shares with a town is the country's: العماني)
        let by_nisba = || lexicon::nisba_bases(key).iter().find_map(|k| lx.places.get(k.as_str()).and_then(|ps| ps.first().filter(|p| p.country_level)?.geo.country.clone()));
        if let Some(cc) = country(key).or_else(by_nisba) {
            *out.entry(cc).or_insert(0) += 1;
        }
    }
    out
}

/// A facility the gazetteer cannot place (مستشفى الملك فهد, named after a person and found in
/// many towns) is placed at its town ([`facility_towns`]) when the gazetteer placed the town.
fn in_town(doc: &Document, ms: &mut [isnad_doc::Annotated<isnad_doc::Mention>]) {
    for (k, t) in facility_towns(&doc.raw, ms).into_iter().enumerate() {
        let Some(g) = t.and_then(|t| ms[t].value.geo.clone()) else { continue };
        ms[k].value.geo = Some(isnad_doc::Geo { via: "town", geonames_id: None, ..g });
    }
}

/// The town of each facility mention the gazetteer did not place (an index into `ms`): the
/// placed town written right after it, glued (بالظهران, بـ"الششة"), after في, or after في with a town's
/// head (في مدينة جدة), and never a country (ميناء ضبا في السعودية). A mention with no town
/// after it takes the one town the document writes after the same name, if there is one.
/// Canonicalisation reads the towns too: a facility in one town is not its namesake in another.
pub(crate) fn facility_towns(raw: &str, ms: &[isnad_doc::Annotated<isnad_doc::Mention>]) -> Vec<Option<usize>> {
    let lx = Lexicon::get();
    let unplaced = |m: &isnad_doc::Annotated<isnad_doc::Mention>| m.value.etype == isnad_doc::EntityType::Fac && m.value.geo.as_ref().is_none_or(|g| g.via == "town");
    let mut towns: Vec<Option<usize>> = ms
        .iter()
        .map(|m| {
            if !unplaced(m) {
                return None;
            }
            let end = m.span.end;
            let (t, n) = ms.iter().enumerate().filter(|(_, n)| n.span.start >= end && n.value.etype == isnad_doc::EntityType::Gpe).min_by_key(|(_, n)| n.span.start)?;
            // (the glued ب may be drawn out and the town quoted: بـ"الششة")
            let gap = raw.get(end as usize..n.span.start as usize)?.trim().trim_end_matches(['"', '«', '\'', '“']).trim_end_matches('ـ');
            let joined = matches!(gap, "" | "ب" | "في" | "فى") || gap.strip_prefix("في ").or_else(|| gap.strip_prefix('ب')).is_some_and(|h| matches!(isnad_text::key(h).as_str(), "مدينه" | "محافظه"));
            (joined && n.value.geo.is_some() && lx.country_code(&n.value.key).is_none()).then_some(t)
        })
        .collect();
    for k in 0..ms.len() {
        if towns[k].is_some() || !unplaced(&ms[k]) {
            continue;
        }
        let same_name = |p: usize| towns[p].filter(|_| ms[p].value.key == ms[k].value.key);
        let Some(first) = (0..ms.len()).find_map(same_name) else { continue };
        if (0..ms.len()).filter_map(same_name).all(|t| ms[t].value.key == ms[first].value.key) {
            towns[k] = Some(first);
        }
    }
    towns
}

/// How far from the document's other places a small place the tagger named alone may be.
const FAR_KM: f64 = 400.0;

/// Great-circle distance in kilometres.
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().min(1.0).asin()
}
