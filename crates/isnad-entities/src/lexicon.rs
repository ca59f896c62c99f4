//! Resources loaded once at start-up: the actor alias table and the place gazetteer, both
//! compiled into the binary (no files to find at run time), keyed by token stems.

use isnad_doc::{EntityType, Geo};
use isnad_text::{FastMap, FastSet};
use std::sync::OnceLock;

const ACTORS: &str = include_str!("../../../resources/actors.tsv");
const PLACES: &str = include_str!("../../../resources/gazetteer/places.tsv");
const EXTRAS: &str = include_str!("../../../resources/gazetteer/extras.tsv");
const ORDINARY: &str = include_str!("../../../resources/ordinary_words.txt");

#[derive(Debug, Clone)]
pub struct Actor {
    /// Spelt with the article (see [`Place::article`]).
    pub article: bool,
    pub id: String,
    pub etype: EntityType,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub geo: Geo,
    pub population: u64,
    pub country_level: bool,
    /// A capital or administrative seat (GeoNames PPLC/PPLA/PPLA2), or a curated addition.
    pub prominent: bool,
    /// The name is spelt with the article (العراق) or without (سوريا); text must agree.
    pub article: bool,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub actors: FastMap<String, Actor>,
    pub places: FastMap<String, Vec<Place>>,
    pub max_len: usize,
    /// Words that are almost never names in news text (see tools/build_ordinary_words.py).
    pub ordinary: FastSet<String>,
}

/// The matching key of a name: its tokens' stems (clitics and article off), lossy, space-joined.
pub fn name_key(s: &str) -> String {
    let toks = isnad_text::tokenize(s);
    let keys = isnad_text::TokenKeys::new(s, &toks);
    keys.stems().collect::<Vec<_>>().join(" ")
}

fn etype(s: &str) -> EntityType {
    match s {
        "PER" => EntityType::Per,
        "GPE" => EntityType::Gpe,
        "LOC" => EntityType::Loc,
        "FAC" => EntityType::Fac,
        "NORP" => EntityType::Norp,
        _ => EntityType::Org,
    }
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut lx = Lexicon::default();
        for line in ACTORS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            for alias in f[3].split('|').chain(std::iter::once(f[2])) {
                let a = Actor { article: alias.starts_with("ال"), id: f[0].into(), etype: etype(f[1]), name: f[2].into() };
                let k = name_key(alias);
                if !k.is_empty() {
                    lx.max_len = lx.max_len.max(k.split(' ').count());
                    lx.actors.insert(k, a.clone());
                }
            }
        }
        for (src, line) in PLACES.lines().map(|l| (0, l)).chain(EXTRAS.lines().map(|l| (1, l))) {
            if line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 8 {
                continue;
            }
            let (Ok(lat), Ok(lon)) = (f[2].parse::<f64>(), f[3].parse::<f64>()) else { continue };
            let k = name_key(f[0]);
            if k.chars().filter(|c| *c != ' ').count() < 3 {
                continue;
            }
            let p = Place {
                geo: Geo { lat, lon, geonames_id: f[1].parse().ok(), country: Some(f[4].to_string()).filter(|c| c != "-") },
                population: f[6].parse().unwrap_or(0),
                country_level: f[7] == "PCLI",
                prominent: src == 1 || matches!(f[7], "PPLC" | "PPLA" | "PPLA2"),
                article: f[0].starts_with("ال"),
            };
            lx.max_len = lx.max_len.max(k.split(' ').count());
            lx.places.entry(k).or_default().push(p);
        }
        lx.ordinary = ORDINARY.lines().filter(|l| !l.starts_with('#')).map(|l| isnad_text::key(l.trim())).collect();
        for v in lx.places.values_mut() {
            // countries first, then the most populous: the default reading of an ambiguous name
            v.sort_by(|a, b| b.country_level.cmp(&a.country_level).then(b.population.cmp(&a.population)));
        }
        lx
    }
}
