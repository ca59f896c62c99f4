//! Places GeoNames names only in Latin script: two thirds of the gazetteer's rows have no Arabic
//! name, so an Arabic mention of them is compared with their Latin names through a consonant
//! skeleton both scripts map onto.
//!
//! Vowels are dropped on both sides (Arabic writes long vowels only, and romanisations disagree on
//! them: Deir, Dayr, Der), and so are the weak letters و and ي, with w and y, the article and the
//! glottal stop and ʿayn. The consonants fall into classes that transliterations share: ث and th
//! are one class with س and s, ق and ك with q, k and c, and so on. Runs of one class in a word
//! count once (Hammam and حمام); a run across words is tried too (شنق قلعة, Çanakkale). Turkish
//! names follow Turkish spelling (c is ج, ç is چ). Among places with the name's consonants, only
//! those whose Latin name has every long vowel the Arabic writes count ([`LatinIndex::find_in`]),
//! and only in the story's country.
//!
//! ```
//! use isnad_entities::translit::{arabic_skeleton, latin_skeleton};
//! assert_eq!(arabic_skeleton("دير زور"), latin_skeleton("Deir ez-Zor", "SY"));
//! assert_eq!(arabic_skeleton("شانلي اورفا"), latin_skeleton("Şanlıurfa", "TR"));
//! assert_ne!(arabic_skeleton("حمص"), latin_skeleton("Hama", "SY"));
//! ```

use crate::lexicon::Place;
use isnad_text::FastMap;

/// Skeletons shorter than this (in consonant classes) match too many places to be trusted.
pub const MIN_CLASSES: usize = 3;

/// How far the Arabic long vowels may be from a Latin name's vowels ([`vowel_distance`]): none
/// missing. A looser test (one edit either way, short vowels counted) placed أفريقيا in a Tunisian
/// village in Tunisian stories of a day of SaudiNewsNet.
const MAX_VOWEL_DISTANCE: usize = 0;

/// The class of an Arabic letter (`None`: a vowel, a weak letter or a glottal stop, dropped).
fn arabic_class(c: char) -> Option<char> {
    Some(match c {
        'ب' | 'پ' => 'B',
        'ت' | 'ط' => 'T',
        'ث' | 'س' | 'ص' => 'S',
        'ج' => 'J',
        'چ' | 'ش' => 'C',
        'ح' | 'ه' => 'H',
        'خ' => 'X',
        'د' | 'ض' => 'D',
        'ذ' | 'ظ' | 'ز' | 'ژ' => 'Z',
        'ر' | 'ڕ' => 'R',
        'غ' => 'G',
        'ف' | 'ڤ' => 'F',
        'ق' | 'ك' | 'ک' => 'K',
        'گ' => 'G',
        'ل' | 'ڵ' => 'L',
        'م' => 'M',
        'ن' => 'N',
        _ => return None,
    })
}

/// The consonant skeleton of an Arabic name key ([`crate::name_key`]: the article already off).
/// A word-final ه is the feminine ending (folded from ة) or a silent h, dropped as Latin drops
/// a final -ah.
pub fn arabic_skeleton(key: &str) -> String {
    arabic_form(key, false)
}

/// The Arabic name key written with its long vowels as well (ا a, و u, ي i, a final ه as the
/// ending `e`): among places with the same consonants, the one whose Latin name has these vowels
/// is likelier.
pub fn arabic_voweled(key: &str) -> String {
    arabic_form(key, true)
}

/// [`arabic_skeleton`] or, with `vowels`, [`arabic_voweled`]: each word's classes, a run of one
/// class counted once.
fn arabic_form(key: &str, vowels: bool) -> String {
    let mut out = String::new();
    for word in key.split(' ') {
        let n = word.chars().count();
        let mut w = String::new();
        for (i, c) in word.chars().enumerate() {
            let k = match c {
                // the feminine ending: -a, -ah, -eh or -at in Latin, or nothing
                'ه' if i + 1 == n && n > 1 => Some('e'),
                'ا' | 'أ' | 'إ' | 'آ' | 'ى' | 'ە' => Some('a'),
                'و' | 'ؤ' | 'ۆ' | 'ۇ' => Some('u'),
                'ي' | 'ی' | 'ئ' | 'ێ' | 'ې' | 'ے' => Some('i'),
                _ => arabic_class(c),
            };
            if let Some(k) = k.filter(|k| vowels || k.is_ascii_uppercase()) {
                push(&mut w, k);
            }
        }
        out.push_str(&w);
    }
    out
}

/// The key of a name as written, with no clitic taken off (the stem keys of [`crate::name_key`]
/// take a first ف, و, ب, ل or ك for a conjunction or preposition, as in فارسا), only each
/// word's article: what geocoding looks up in the [`LatinIndex`] when the stem key finds nothing.
pub fn written_key(surface: &str) -> String {
    let k = isnad_text::key(surface);
    k.split_whitespace().map(|w| if w.chars().count() > 4 { w.strip_prefix("ال").unwrap_or(w) } else { w }).collect::<Vec<_>>().join(" ")
}

/// How far a Latin name's vowels are from the long vowels an Arabic name writes (both as written
/// by [`arabic_voweled`] and [`latin_forms`]): each Arabic long vowel the Latin lacks or writes in
/// another class costs one; the Latin's own vowels cost nothing, since Arabic leaves short vowels
/// unwritten, and neither does the feminine ending (`e`). Consonants must agree.
fn vowel_distance(ar: &str, la: &str) -> usize {
    const NO: usize = 1000;
    let (a, l): (Vec<char>, Vec<char>) = (ar.chars().collect(), la.chars().collect());
    let is_vowel = |c: char| matches!(c, 'a' | 'i' | 'u' | 'e');
    // d[i][j]: cost of aligning a[..i] with l[..j]
    let mut prev: Vec<usize> = (0..=l.len()).map(|j| if l[..j].iter().all(|c| is_vowel(*c)) { 0 } else { NO }).collect();
    for i in 1..=a.len() {
        let ca = a[i - 1];
        let skip_a = if ca == 'e' {
            0
        } else if is_vowel(ca) {
            1
        } else {
            NO
        };
        let mut cur = vec![prev[0].saturating_add(skip_a); l.len() + 1];
        for j in 1..=l.len() {
            let cl = l[j - 1];
            let pair = if ca == cl || (ca == 'e' && is_vowel(cl)) {
                0
            } else if is_vowel(ca) && is_vowel(cl) {
                1
            } else {
                NO
            };
            let skip_l = if is_vowel(cl) { 0 } else { NO };
            cur[j] = prev[j - 1].saturating_add(pair).min(prev[j].saturating_add(skip_a)).min(cur[j - 1].saturating_add(skip_l));
        }
        prev = cur;
    }
    prev[l.len()]
}

/// A skeleton with each run of one class counted once, across words too.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push(&mut out, c);
    }
    out
}

fn push(out: &mut String, k: char) {
    if !out.ends_with(k) {
        out.push(k);
    }
}

/// What one Latin letter writes: a consonant class (upper case), a vowel class (a; e, i and y
/// as i; o, u, w and v as u, since v is the و of Persian and Turkish names), a plain ASCII
/// letter that may open a digraph (lower case), or nothing.
fn latin_letter(c: char, turkish: bool) -> Option<char> {
    Some(match c {
        'a' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'e' | 'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'i' | 'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' | 'y' | 'ý' | 'ÿ' => 'i',
        'o' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'u' | 'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'w' | 'v' => 'u',
        // Turkish spelling: c is ج, ç is چ, ğ is written غ in Arabic
        'c' if turkish => 'J',
        'b' | 'c' | 'd' | 'f' | 'g' | 'h' | 'j' | 'k' | 'l' | 'm' | 'n' | 'p' | 'q' | 'r' | 's' | 't' | 'x' | 'z' => c,
        'ç' | 'č' | 'ć' | 'š' | 'ş' | 'ș' | 'ś' => 'C',
        'ğ' | 'ǧ' => 'G',
        'ḑ' | 'ḍ' | 'đ' | 'ď' => 'D',
        'ḩ' | 'ḥ' | 'ħ' | 'ẖ' => 'H',
        'ł' | 'ľ' | 'ĺ' => 'L',
        'ñ' | 'ń' | 'ň' => 'N',
        'ř' | 'ŕ' => 'R',
        'ṣ' => 'S',
        'ţ' | 'ṭ' | 'ť' | 'ț' => 'T',
        'ẕ' | 'ẓ' | 'ž' | 'ż' | 'ź' => 'Z',
        _ => return None,
    })
}

/// The class of a plain consonant letter.
fn latin_class(c: char) -> Option<char> {
    Some(match c {
        'b' | 'p' => 'B',
        't' => 'T',
        's' => 'S',
        'j' => 'J',
        'h' => 'H',
        'd' => 'D',
        'z' => 'Z',
        'r' => 'R',
        'g' => 'G',
        'f' => 'F',
        'c' | 'k' | 'q' => 'K',
        'l' => 'L',
        'm' => 'M',
        'n' => 'N',
        _ => return None,
    })
}

/// The word's letters as plain ASCII (for the article test: Aş, ez-).
fn letters_ascii(word: &str) -> String {
    word.chars().filter(char::is_ascii_alphabetic).collect()
}

/// Words of a romanised name that are the Arabic article (al-, el-, ash-, ad-…).
fn is_article(w: &str) -> bool {
    matches!(w, "al" | "el" | "il" | "ul" | "l" | "as" | "ash" | "ad" | "adh" | "ar" | "az" | "an" | "at" | "ath" | "ed" | "er" | "es" | "esh" | "ez" | "en" | "et")
}

/// The consonant skeleton of a Latin-script place name of country `country` (ISO code): the
/// Arabic article dropped, digraphs read as one consonant (sh, ch, kh, gh, th, dh, ph, dj).
pub fn latin_skeleton(name: &str, country: &str) -> String {
    latin_forms(name, country).0
}

/// The skeleton ([`latin_skeleton`]) and the same with its vowel classes, to compare with
/// [`arabic_voweled`].
pub fn latin_forms(name: &str, country: &str) -> (String, String) {
    let turkish = country == "TR";
    let lower = name.to_lowercase();
    let words: Vec<Vec<char>> =
        lower.split([' ', '-']).filter(|w| !is_article(&letters_ascii(w))).map(|w| w.chars().filter_map(|c| latin_letter(c, turkish)).collect::<Vec<char>>()).filter(|w| !w.is_empty()).collect();
    let (mut out, mut voweled) = (String::new(), String::new());
    let last = words.len().saturating_sub(1);
    for (wi, w) in words.iter().enumerate() {
        let mut classes: Vec<char> = Vec::with_capacity(w.len());
        let mut i = 0;
        while i < w.len() {
            let pair = (w[i], w.get(i + 1).copied().unwrap_or(' '));
            let (class, step) = match pair {
                ('s' | 'c', 'h') => ('C', 2),
                ('k', 'h') => ('X', 2),
                ('g', 'h') => ('G', 2),
                ('t', 'h') => ('S', 2),
                ('d', 'h') => ('Z', 2),
                ('p', 'h') => ('F', 2),
                ('d', 'j') => ('J', 2),
                ('x', _) => {
                    classes.extend(['K', 'S']);
                    i += 1;
                    continue;
                }
                // a plain h stays lower case until the ending is settled (ḩ is always a consonant)
                (c, _) if c.is_ascii_uppercase() || matches!(c, 'a' | 'i' | 'u' | 'h') => (c, 1),
                (c, _) => (latin_class(c).unwrap_or('-'), 1),
            };
            classes.push(class);
            i += step;
        }
        // a final h after a vowel is the feminine ending (Hamah, Jiddah); before another word
        // that ending reads -at (Saddat al Hindiyah, سدة الهندية)
        let n = classes.len();
        let feminine = n >= 2 && classes[n - 1] == 'h' && matches!(classes[n - 2], 'a' | 'i' | 'u');
        let construct = wi < last && n >= 3 && classes[n - 1] == 'T' && classes[n - 2] == 'a';
        if feminine || construct {
            classes.pop();
        }
        let (mut word, mut word_v) = (String::new(), String::new());
        for c in classes {
            let c = if c == 'h' { 'H' } else { c };
            if c.is_ascii_uppercase() {
                push(&mut word, c);
            }
            if c != '-' {
                push(&mut word_v, c);
            }
        }
        out.push_str(&word);
        voweled.push_str(&word_v);
    }
    (out, voweled)
}

/// Places by the skeletons of their Latin names.
#[derive(Debug, Default)]
pub struct LatinIndex {
    /// Per skeleton, each place with the vowelled forms of its names under that skeleton.
    by_skeleton: FastMap<String, Vec<(Place, Vec<String>)>>,
}

impl LatinIndex {
    /// Index `(Latin names, country, place)` rows; a place is listed once under each skeleton.
    pub fn new(rows: impl IntoIterator<Item = (Vec<String>, String, Place)>) -> Self {
        let mut by_skeleton: FastMap<String, Vec<(Place, Vec<String>)>> = FastMap::default();
        for (names, country, place) in rows {
            let mut mine: Vec<(String, Vec<String>)> = Vec::new();
            for n in names {
                let (s, v) = latin_forms(&n, &country);
                if s.chars().count() < MIN_CLASSES {
                    continue;
                }
                match mine.iter_mut().find(|(k, _)| *k == s) {
                    Some((_, vs)) if !vs.contains(&v) => vs.push(v),
                    Some(_) => {}
                    None => mine.push((s, vec![v])),
                }
            }
            // also under the skeleton with a class repeated across words counted once (شنق قلعة
            // for Çanakkale), unless the place is there already
            let joined: Vec<(String, Vec<String>)> = mine.iter().map(|(s, vs)| (collapse(s), vs.clone())).filter(|(j, _)| !mine.iter().any(|(s, _)| s == j)).collect();
            for (s, vs) in mine.into_iter().chain(joined) {
                let entry = by_skeleton.entry(s).or_default();
                if !entry.iter().any(|(p, _)| p.geo == place.geo) {
                    entry.push((place.clone(), vs));
                }
            }
        }
        LatinIndex { by_skeleton }
    }

    /// The places whose Latin names share the Arabic name key's skeleton, best first: the one
    /// whose name's vowels are nearest the Arabic's long vowels, then countries, then the most
    /// populous.
    pub fn find(&self, key: &str) -> Vec<&Place> {
        self.find_scored(key).into_iter().map(|(_, p)| p).collect()
    }

    /// [`LatinIndex::find`] for a name in a story about `countries` (ISO codes): only places in
    /// those countries, whose Latin names have nearly the Arabic name's long vowels too. Consonant
    /// skeletons alone collide across the region's many villages (حماس and Homs, تكساس and a
    /// Turkish village), so a story's countries are the guard; with none, nothing is found.
    pub fn find_in(&self, key: &str, countries: &[&str]) -> Vec<&Place> {
        if countries.is_empty() {
            return Vec::new();
        }
        let in_story = |p: &Place| p.geo.country.as_deref().is_some_and(|c| countries.contains(&c));
        // a common word or an actor's name (حماس) is read as a place only by a gazetteer that
        // spells it so, never by its consonants
        let lx = crate::Lexicon::get();
        if lx.ordinary.contains(key) || lx.actors.contains_key(key) {
            return Vec::new();
        }
        self.find_scored(key).into_iter().filter(|(d, p)| *d == MAX_VOWEL_DISTANCE && in_story(p)).map(|(_, p)| p).collect()
    }

    /// [`LatinIndex::find`] with each place's vowel distance: how many edits separate the Arabic
    /// name's long vowels from the nearest of the place's Latin names (0: the same vowels).
    pub fn find_scored(&self, key: &str) -> Vec<(usize, &Place)> {
        let s = arabic_skeleton(key);
        let joined = collapse(&s);
        let Some(v) = [s, joined].into_iter().filter(|s| s.chars().count() >= MIN_CLASSES).find_map(|s| self.by_skeleton.get(&s)) else { return Vec::new() };
        let ar = arabic_voweled(key);
        let mut ranked: Vec<(usize, &Place)> = v.iter().map(|(p, vs)| (vs.iter().map(|x| vowel_distance(&ar, x)).min().unwrap_or(usize::MAX), p)).collect();
        ranked.sort_by(|(da, a), (db, b)| da.cmp(db).then(b.country_level.cmp(&a.country_level)).then(b.population.cmp(&a.population)));
        ranked
    }

    /// Whether no place was indexed (every name too short to trust).
    pub fn is_empty(&self) -> bool {
        self.by_skeleton.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_scripts_meet_on_their_consonants() {
        let same = [
            ("حمص", "Homs", "SY"),
            ("دير زور", "Dayr az Zawr", "SY"),
            ("قامشلي", "Al Qamishli", "SY"),
            ("جرابلس", "Jarabulus", "SY"),
            ("كرمانشاه", "Kermanshah", "IR"),
            ("غازي عنتاب", "Gaziantep", "TR"),
            ("جزره", "Cizre", "TR"),
            ("حماه", "Hamah", "SY"),
            ("خان شيخون", "Khan Shaykhun", "SY"),
        ];
        for (ar, la, cc) in same {
            assert_eq!(arabic_skeleton(&crate::name_key(ar)), latin_skeleton(la, cc), "{ar} / {la}");
        }
        assert_ne!(arabic_skeleton("حلب"), latin_skeleton("Homs", "SY"));
        // Turkish c is ج; elsewhere it is a k
        assert_ne!(latin_skeleton("Cizre", "TR"), latin_skeleton("Cizre", "FR"));
    }

    #[test]
    fn unwritten_short_vowels_are_free_and_written_long_ones_must_be_there() {
        let d = |ar: &str, la: &str, cc: &str| vowel_distance(&arabic_voweled(&crate::name_key(ar)), &latin_forms(la, cc).1);
        assert_eq!(d("مارب", "Ma'rib", "YE"), 0);
        assert_eq!(d("سرمدا", "Sarmada", "SY"), 0);
        assert_eq!(d("وهران", "Wahran", "DZ"), 0);
        // the feminine ending is -a, -ah, -eh or nothing
        assert_eq!(d("بانه", "Baneh", "IR"), 0);
        // حماس writes a long a after the m that Homs does not have
        assert_eq!(d("حماس", "Homs", "SY"), 1);
    }

    #[test]
    fn a_story_without_a_country_or_a_common_word_finds_nothing() {
        let lx = crate::Lexicon::get();
        assert!(lx.latin.find("مارب").iter().any(|p| p.geo.country.as_deref() == Some("YE")));
        assert!(lx.latin.find_in("مارب", &[]).is_empty());
        assert!(lx.latin.find_in("مارب", &["SY"]).is_empty());
        assert!(!lx.latin.find_in("مارب", &["YE"]).is_empty());
        // حماس has the consonants and vowels of Hamath (Hama), but it is an actor's name
        assert!(lx.latin.find_scored("حماس").iter().any(|(d, p)| *d == 0 && p.geo.country.as_deref() == Some("SY")));
        assert!(lx.latin.find_in("حماس", &["SY"]).is_empty());
    }

    #[test]
    fn short_skeletons_find_nothing() {
        let geo = isnad_doc::Geo { lat: 36.0, lon: 37.0, geonames_id: None, country: None, admin1: None, via: "latin" };
        let place = Place { geo, population: 0, country_level: false, prominent: false, article: false, kind: None, vowels: None, flagged: true };
        let ix = LatinIndex::new([(vec!["Bab".to_string(), "Al Bab".to_string()], "SY".to_string(), place)]);
        assert!(ix.is_empty());
        assert!(ix.find("باب").is_empty());
    }
}
