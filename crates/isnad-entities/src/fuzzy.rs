//! Place names one edit away: a misspelt or variant name (الباغور for الباغوز, أرضروم for أرزروم)
//! still finds its place. A deletion index (every key with one letter removed) finds the
//! candidates; Levenshtein distance 1 confirms them, and the edit must be one a typo or a
//! spelling habit makes ([`plausible_edit`]): كوريا is not سوريا, nor تشيلسي تشيلي.

use crate::lexicon::Place;
use isnad_text::FastMap;

/// Keys shorter than this (in letters) are never matched loosely: short words collide.
const MIN_LETTERS: usize = 5;

fn deletions(key: &str) -> impl Iterator<Item = String> + '_ {
    key.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(key.len());
        s.push_str(&key[..i]);
        s.push_str(&key[i + c.len_utf8()..]);
        s
    })
}

/// Levenshtein distance, stopping early above `limit`.
pub(crate) fn distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j + 1] + 1).min(cur[j] + 1).min(prev[j] + usize::from(ca != cb)));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Letters a writer puts in or leaves out of a name without making it another name: long vowels
/// and the hamza (هنغاريا and هانغاريا, بنغلادش and بنغلاديش).
fn weak(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي' | 'ى' | 'ء' | 'ئ' | 'ؤ')
}

/// Two letters one name may be written with: the same shape but for its dots (a typo: ر and ز in
/// الباغور), or two spellings of one sound in transliteration (ج and غ for g, ق and ك, ت and ط…).
fn variant_letters(a: char, b: char) -> bool {
    // (ہ is the Urdu and Persian heh, ڭ the Moroccan g, چ the Persian ch; ا, ع and ه trade
    // places anywhere here, though most often at a name's edges: الأشارة and عشارة, عامودا and
    // عاموده)
    const SETS: [&str; 18] = ["بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هةہ", "جغقكگڭ", "تط", "سصث", "دض", "ذزظ", "هح", "شچ", "اعه"];
    SETS.iter().any(|s| s.contains(a) && s.contains(b))
}

/// Whether the one edit between `a` and `b` (Levenshtein distance 1) is a typo or a spelling
/// variant: a weak letter put in or left out, or a letter swapped for its variant. A different
/// consonant (كوريا, سوريا; ميامي, نيامي) or one more (تشيلسي, تشيلي; مانيا, مانيلا) names another
/// place.
pub(crate) fn plausible_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let i = short.iter().zip(long.iter()).position(|(x, y)| x != y).unwrap_or(short.len());
    if short.len() == long.len() {
        return long.get(i).zip(short.get(i)).is_some_and(|(x, y)| variant_letters(*x, *y));
    }
    // the extra letter of the longer key: the first place they differ (in a run of one letter,
    // any of the run, which is the same letter)
    long.get(i).is_some_and(|c| weak(*c))
}

/// Deletion index over the keys of a place table.
#[derive(Debug, Default)]
pub struct FuzzyIndex {
    by_variant: FastMap<String, Vec<String>>,
}

impl FuzzyIndex {
    pub fn new(places: &FastMap<String, Vec<Place>>) -> Self {
        let mut by_variant: FastMap<String, Vec<String>> = FastMap::default();
        let mut keys: Vec<&String> = places.keys().filter(|k| k.chars().count() >= MIN_LETTERS).collect();
        keys.sort();
        for k in keys {
            by_variant.entry(k.clone()).or_default().push(k.clone());
            for d in deletions(k) {
                by_variant.entry(d).or_default().push(k.clone());
            }
        }
        FuzzyIndex { by_variant }
    }

    /// Every place under a gazetteer key one edit from `key` (not `key` itself), countries first,
    /// then the most populous: the document's other places choose among them (see `geocode`).
    pub fn near<'a>(&self, places: &'a FastMap<String, Vec<Place>>, key: &str) -> Vec<&'a Place> {
        if key.chars().count() < MIN_LETTERS {
            return Vec::new();
        }
        let mut keys: Vec<&String> = std::iter::once(key.to_string()).chain(deletions(key)).filter_map(|v| self.by_variant.get(&v)).flatten().filter(|k| k.as_str() != key).collect();
        keys.sort();
        keys.dedup();
        let mut out: Vec<&Place> = keys.into_iter().filter(|k| distance(key, k, 1) <= 1 && plausible_edit(key, k)).filter_map(|k| places.get(k.as_str())).flatten().collect();
        out.sort_by(|a, b| b.country_level.cmp(&a.country_level).then(b.population.cmp(&a.population)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_finds_the_place_and_two_do_not() {
        assert_eq!(distance("باغوز", "باغور", 1), 1);
        assert_eq!(distance("دمشق", "دمشق", 1), 0);
        assert!(distance("حمص", "حماه", 1) > 1);
        let lx = crate::Lexicon::get();
        let ix = FuzzyIndex::new(&lx.places);
        let k = crate::name_key("الباغوز");
        assert!(lx.places.contains_key(&k));
        let typo = crate::name_key("الباغور");
        let baghuz = &lx.places[&k][0];
        assert!(ix.near(&lx.places, &typo).iter().any(|p| p.geo == baghuz.geo));
        assert!(ix.near(&lx.places, "قال").is_empty());
    }

    #[test]
    fn only_a_typo_or_a_spelling_habit_is_one_edit_away() {
        for (a, b) in [
            ("باغور", "باغوز"),
            ("كونجو", "كونغو"),
            ("قازاخستان", "كازاخستان"),
            ("هانغاريا", "هنغاريا"),
            ("بنغلادش", "بنغلاديش"),
            ("بورندي", "بوروندي"),
            ("ادرنه", "ادرنہ"),
            ("اڭادير", "اگادير"),
            ("عامودا", "عاموده"),
        ] {
            assert!(plausible_edit(a, b) && plausible_edit(b, a), "{a} / {b}");
        }
        for (a, b) in [("كوريا", "سوريا"), ("ميامي", "نيامي"), ("تشيلسي", "تشيلي"), ("مانيا", "مانيلا"), ("سيبيريا", "ليبيريا"), ("شيشان", "جيشان")]
        {
            assert!(!plausible_edit(a, b) && !plausible_edit(b, a), "{a} / {b}");
        }
    }
}
