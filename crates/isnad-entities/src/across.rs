//! Names that only the run as a whole reveals. A surname standing alone in one document («ورأى
//! دبوسي أن …») is a name there because another document of the run names the person in full
//! (كمال دبوسي), even when nothing in its own text marks it as one.

use crate::recognize::{is_function_word, speech_verb_key, surname, STAGE};
use isnad_doc::{Annotated, Document, EntityType, Mention, Provenance, Span};
use isnad_text::{FastMap, FastSet, TokenKind};

/// Whether the word at `i` stands where a bare surname is a name: the subject right after a
/// verb of speaking (with و or ف in front), or a headline's speaker before a colon at the start
/// of a line ("الزياني: …").
fn speaker_slot(d: &Document, i: usize) -> bool {
    let verb = i.checked_sub(1).is_some_and(|p| speech_verb_key(d.keys.full(p), d.keys.stem(p)));
    let headline_speaker = d.tokens.get(i).is_some_and(|t| {
        let before = d.raw.get(..t.span.start as usize).unwrap_or("").trim_end_matches([' ', '\t']);
        let after = d.raw.get(t.span.end as usize..).unwrap_or("").trim_start_matches([' ', '\t']);
        (before.is_empty() || before.ends_with('\n')) && after.starts_with(':')
    });
    verb || headline_speaker
}

/// Rule name of the mentions [`surnames_across_documents`] adds.
pub const RULE: &str = "surname-in-run";

/// Add a person mention wherever a bare word no mention covers is the surname of exactly one
/// person the run names in full, and return the indices of the documents that gained one (their
/// later stages, attribution and events, should run again). Canonicalisation then joins each new
/// mention to that person.
///
/// The surname must be a name of its own: not a word the news corpus uses as an ordinary word,
/// not a given name elsewhere in the run, not a place or a known actor, and not a one-word
/// mention of another type anywhere in the run. Two persons sharing it (بشار الأسد, حافظ الأسد)
/// leave it alone.
pub fn surnames_across_documents(docs: &mut [Document]) -> Vec<usize> {
    let per = |k: &str| crate::canon::variant_key(k, EntityType::Per);
    // surname key → the persons (their names' variant keys) whose full name ends in it, and
    // whether it is written with the article there (الزياني; the tokenizer reads فليبي as ف +
    // ليبي, which must not make every الليبي a person); None when written both ways, where the
    // article cannot tell the name from a word
    let mut owners: FastMap<String, (FastSet<String>, Option<bool>)> = FastMap::default();
    // the same by the surname's variant key, as canonicalisation groups surnames (المحمدي is
    // one spelling away from محمد, which many persons' names end in)
    let mut by_variant: FastMap<String, FastSet<String>> = FastMap::default();
    // how well each person's full name is attested: a rule (a title, the alias table) or the
    // tagger twice; one tagger reading that ran on into the next word («مارادونا بهدفه») is not
    let mut support: FastMap<String, u32> = FastMap::default();
    // words that open a person's name, and one-word names of other types: no surnames
    let mut not_surname: FastSet<String> = FastSet::default();
    for (d, m) in docs.iter().flat_map(|d| d.mentions.iter().map(move |m| (d, m))) {
        let key = &m.value.key;
        if m.value.etype != EntityType::Per {
            if !key.contains(' ') {
                not_surname.insert(key.clone());
            }
            continue;
        }
        if let Some(last) = surname(key) {
            let word = d.text(m.span).split_whitespace().last().unwrap_or("");
            let article = word.starts_with("ال");
            // the last word as written is the surname and its article, no preposition glued to
            // it: a name the tagger ran on into the next word (… بهدفه) owns nothing
            let letters = word.chars().filter(|&c| isnad_text::is_arabic_letter(c)).count();
            if letters != last.chars().count() + if article { 2 } else { 0 } {
                continue;
            }
            // (one person under two spellings of the name is one owner when the alias table knows him)
            let owner = m.value.canonical.clone().unwrap_or_else(|| per(key));
            *support.entry(owner.clone()).or_default() += if m.prov.rule == "tagger" { 1 } else { 2 };
            by_variant.entry(per(last)).or_default().insert(owner.clone());
            let e = owners.entry(last.to_string()).or_insert_with(|| (FastSet::default(), Some(article)));
            e.0.insert(owner);
            if e.1 != Some(article) {
                e.1 = None;
            }
        }
        if let Some((first, _)) = key.split_once(' ') {
            not_surname.insert(first.to_string());
        }
    }
    let lx = crate::lexicon::Lexicon::get();
    let usable = |s: &str| {
        s.chars().count() >= 4
            && !not_surname.contains(s)
            && !is_function_word(s)
            && !crate::ner::corpus_says_ordinary(s)
            && !lx.ordinary.contains(s)
            && !lx.places.contains_key(s)
            && !lx.actors.contains_key(s)
            // a rare word: the news corpus has it under 200 times (العربي, عمرة are not names)
            && crate::ner::word_stats(s).prior / 4 <= 2
    };
    // one person by the variant key too; a surname with the article (a nisba, الكرخي) needs no
    // more, a bare one a well-attested full name
    let unique = |s: &str, article: bool| by_variant.get(&per(s)).is_some_and(|o| o.len() == 1 && (article || o.iter().all(|p| support.get(p).is_some_and(|&n| n >= 2))));
    let surnames: FastMap<&str, bool> = owners.iter().filter_map(|(s, (persons, article))| Some((s.as_str(), (*article)?)).filter(|&(s, a)| persons.len() == 1 && usable(s) && unique(s, a))).collect();
    if surnames.is_empty() {
        return Vec::new();
    }
    let mut changed = Vec::new();
    for (di, d) in docs.iter_mut().enumerate() {
        let mut added: Vec<Annotated<Mention>> = Vec::new();
        for (i, t) in d.tokens.iter().enumerate() {
            let stem = d.keys.stem(i);
            let Some(&article) = surnames.get(stem).filter(|_| t.kind == TokenKind::Arabic) else { continue };
            // as the full name writes it, bare or with the article, after و at most: not after a
            // preposition (ب or ل may be the word's own letters)
            let prefix = t.prefix(&d.raw);
            let ok = if article { matches!(prefix, "ال" | "وال") } else { matches!(prefix, "" | "و") };
            if !ok || !t.suffix(&d.raw).is_empty() {
                continue;
            }
            if !speaker_slot(d, i) {
                continue;
            }
            let covered = d.mentions.iter().any(|m| m.span.start < t.span.end && t.span.start < m.span.end);
            if covered {
                continue;
            }
            let start = if prefix.ends_with("ال") { t.stem.start - "ال".len() as u32 } else { t.stem.start };
            let value = Mention { etype: EntityType::Per, key: stem.to_string(), canonical: None, role: None, geo: None };
            added.push(Annotated::new(Span { start, end: t.stem.end }, value, Provenance::new(STAGE, RULE, 0.55)));
        }
        if !added.is_empty() {
            d.mentions.extend(added);
            d.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            changed.push(di);
        }
    }
    changed
}
