//! CoNLL-style corpora (`token<TAB>tag`, blank line between sentences), the NewsFANE type
//! mapping, and entity-level scoring.

use crate::{label, label_parts, TYPES};

/// Sentences of `(token, tag)` pairs. Strips a BOM, carriage returns and the left-to-right
/// marks NewsFANE puts before every token; a line without a tab is a token tagged `O`.
pub fn read_conll(text: &str) -> Vec<Vec<(String, String)>> {
    read_conll_documents(text).0
}

/// [`read_conll`], and the indices of the sentences that open a document: 0, and the first
/// sentence after each `-DOCSTART-` line (CoNLL-2003's document marker, which is no token).
pub fn read_conll_documents(text: &str) -> (Vec<Vec<(String, String)>>, Vec<usize>) {
    read_with(text, |tags| tags.first().map_or("O", |t| t).to_string())
}

/// Whether a CoNLL line is a document marker (`-DOCSTART- -X- -X- O`).
pub fn is_doc_start(line: &str) -> bool {
    line.trim_start_matches(['\u{FEFF}', '\u{200E}', '\u{200F}']).split_whitespace().next() == Some("-DOCSTART-")
}

/// [`read_conll`] for one entity type of a nested corpus (Wojood's `token tag tag…` lines, where
/// an event may sit inside an organisation): the tag of that type from any column, else `O`.
pub fn read_conll_type(text: &str, etype: &str) -> Vec<Vec<(String, String)>> {
    let (b, i) = (format!("B-{etype}"), format!("I-{etype}"));
    read_with(text, |tags| tags.iter().find(|t| **t == b || **t == i).map_or("O", |t| t).to_string()).0
}

fn read_with(text: &str, pick: impl Fn(&[&str]) -> String) -> (Vec<Vec<(String, String)>>, Vec<usize>) {
    let mut out = Vec::new();
    let mut starts = vec![0];
    let mut cur: Vec<(String, String)> = Vec::new();
    for line in text.trim_start_matches('\u{FEFF}').lines() {
        let line = line.trim_end_matches('\r');
        let clean: String = line.chars().filter(|&c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}')).collect();
        let doc_start = is_doc_start(&clean);
        if clean.trim().is_empty() || doc_start {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if doc_start && starts.last() != Some(&out.len()) {
                starts.push(out.len());
            }
            continue;
        }
        // token<TAB>…<TAB>tag (the last column), or token tag [nested tags…] separated by spaces
        // (the first tag is the outermost entity)
        let (tok, tag) = if clean.contains('\t') {
            let mut parts = clean.split('\t');
            let tok = parts.next().unwrap_or("").trim().to_string();
            let last = parts.next_back().map_or("O", str::trim);
            (tok, pick(&[last]))
        } else {
            let mut parts = clean.split_whitespace();
            let tok = parts.next().unwrap_or("").to_string();
            let tags: Vec<&str> = parts.collect();
            (tok, pick(&tags))
        };
        // Wojood ends each sentence with a `$#$` token
        if tok == "$#$" {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        cur.push((tok, if tag.is_empty() { "O".into() } else { tag }));
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    // a marker after the last sentence opens no document
    starts.retain(|&k| k == 0 || k < out.len());
    (out, starts)
}

/// NewsFANE's fine-grained types (Alotaibi & Lee 2014, an ACE-style taxonomy) onto ours.
/// People of every occupation are PER; `Group` (العرب, الأكراد, الشيعة) is NORP; governments,
/// NGOs, companies, media, sports clubs and schools are ORG; nations, cities, provinces,
/// districts, regions such as الشرق الأوسط and continents are GPE; water bodies and natural
/// regions are LOC; buildings, airports, roads and sub-facilities are FAC. Vehicles, weapons
/// and products (Air, Land, Water, Projectile, Shooting, Book, Movie, Software, Hardware, Food,
/// Drug, Plant) are not entity types here and become `O`.
pub fn newsfane_type(fine: &str) -> Option<usize> {
    let t = match fine {
        "Politician" | "Athlete" | "Artist" | "Other_PER" | "Religious_PER" | "Scientist" | "Businessperson" | "Lawyer" | "Engineer" | "Police" => "PER",
        "Group" => "NORP",
        "Non-Governmental" | "Sports" | "Media" | "Government" | "Commercial" | "Educational" | "Religious_ORG" | "Medical-Science" | "Entertainment" => "ORG",
        "Nation" | "Population-Center" | "State-or-Province" | "County-or-District" | "GPE-Cluster" | "Continent" => "GPE",
        "Water-Body" | "Land-Region-Natural" | "Celestial" => "LOC",
        "Building-Grounds" | "Airport" | "Path" | "Subarea-Facility" => "FAC",
        // already coarse (other corpora such as Wojood, or our own output)
        "PER" | "PERS" => "PER",
        "ORG" | "GPE" | "LOC" | "FAC" | "NORP" => fine,
        _ => return None,
    };
    TYPES.iter().position(|x| *x == t)
}

/// Label of a BIO tag through a type mapping (`B-Politician` → B-PER).
pub fn map_tag(tag: &str, map: &dyn Fn(&str) -> Option<usize>) -> u8 {
    let (bio, fine) = match tag.split_once('-') {
        Some((b, f)) => (b, f),
        None => return 0,
    };
    match (bio, map(fine)) {
        ("B", Some(t)) => label(t, true),
        ("I", Some(t)) => label(t, false),
        _ => 0,
    }
}

const PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك"];
const ENCLITICS: &[&str] = &["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي"];

/// NewsFANE splits the conjunction, some prepositions and the pronoun suffixes off as tokens of
/// their own (`و قال`, `ان ه`); running text keeps them on the word (`وقال`, `انه`). Glue them
/// back so training sees words as the pipeline does: a proclitic takes the label of the word it
/// joins, an enclitic that of the word before it.
pub fn merge_clitics(sent: &[(String, String)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::with_capacity(sent.len());
    let mut pending = String::new();
    for (i, (tok, tag)) in sent.iter().enumerate() {
        let is_word = |t: &str| t.chars().any(|c| c.is_alphabetic());
        if PROCLITICS.contains(&tok.as_str()) && sent.get(i + 1).is_some_and(|(n, _)| is_word(n)) {
            pending.push_str(tok);
            continue;
        }
        if pending.is_empty() && ENCLITICS.contains(&tok.as_str()) {
            if let Some(last) = out.last_mut().filter(|(t, _)| is_word(t)) {
                last.0.push_str(tok);
                continue;
            }
        }
        out.push((std::mem::take(&mut pending) + tok, tag.clone()));
    }
    if !pending.is_empty() {
        out.push((pending, "O".into()));
    }
    out
}

/// An entity: tokens `[start, end)` of one type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub etype: usize,
}

/// Entities in a label sequence. An `I-` without its `B-` starts an entity (the usual lenient
/// reading of BIO, so gold files with that slip still count).
pub fn spans(labels: &[u8]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    for (i, &l) in labels.iter().enumerate() {
        match label_parts(l) {
            Some((t, false)) if cur.is_some_and(|c| c.etype == t) => {
                if let Some(c) = cur.as_mut() {
                    c.end = i + 1;
                }
            }
            Some((t, _)) => {
                out.extend(cur.take());
                cur = Some(Span { start: i, end: i + 1, etype: t });
            }
            None => out.extend(cur.take()),
        }
    }
    out.extend(cur);
    out
}

/// Entity-level counts per type: (true positives, predicted, gold).
#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub per_type: [(usize, usize, usize); TYPES.len()],
}

impl Scores {
    /// P, R, F1 over the given types together (micro average).
    pub fn prf(&self, types: &[usize]) -> (f64, f64, f64) {
        let (tp, p, g) = types.iter().fold((0, 0, 0), |a, &t| {
            let x = self.per_type[t];
            (a.0 + x.0, a.1 + x.1, a.2 + x.2)
        });
        prf(tp, p, g)
    }

    /// Add another tally (pooling folds or batches).
    pub fn add(&mut self, other: &Scores) {
        for (a, b) in self.per_type.iter_mut().zip(other.per_type) {
            *a = (a.0 + b.0, a.1 + b.1, a.2 + b.2);
        }
    }
}

/// Precision, recall and F1 (as fractions) from true positives, predicted and gold counts.
pub fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let prec = if predicted == 0 { 0.0 } else { tp as f64 / predicted as f64 };
    let rec = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
    let f = if prec + rec == 0.0 { 0.0 } else { 2.0 * prec * rec / (prec + rec) };
    (prec, rec, f)
}

/// Exact-match entity scoring of one sentence, added to `acc`. `same` lets types count as one
/// (LOC and GPE are scored together).
pub fn score(gold: &[u8], pred: &[u8], same: &dyn Fn(usize) -> usize, acc: &mut Scores) {
    let norm = |v: Vec<Span>| -> Vec<Span> { v.into_iter().map(|s| Span { etype: same(s.etype), ..s }).collect() };
    let g = norm(spans(gold));
    let p = norm(spans(pred));
    for s in &g {
        acc.per_type[s.etype].2 += 1;
    }
    for s in &p {
        acc.per_type[s.etype].1 += 1;
        if g.contains(s) {
            acc.per_type[s.etype].0 += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_newsfane_style_lines() {
        let text = "\u{FEFF}\u{200E}فرانكفورت\tB-Population-Center\r\n\u{200E}و\tO\r\n\u{200E}قال\tO\r\n\r\n\u{200E}زيد\tB-Politician\r\n";
        let s = read_conll(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0][0], ("فرانكفورت".to_string(), "B-Population-Center".to_string()));
        assert_eq!(map_tag(&s[1][0].1, &newsfane_type), label(0, true));
        assert_eq!(map_tag("B-Book", &newsfane_type), 0);
        let w = read_conll("روسيا B-ORG\nالأسد I-ORG B-PERS\n$#$ O\nقال O\n");
        assert_eq!(w.len(), 2);
        assert_eq!(w[0][1], ("الأسد".to_string(), "I-ORG".to_string()));
    }

    #[test]
    fn document_markers_are_no_tokens() {
        let text = "-DOCSTART- -X- -X- O\n\nزيد B-PER\nقال O\n\nعمرو B-PER\n-DOCSTART- -X- -X- O\n\nدمشق B-GPE\n\n-DOCSTART- -X- -X- O\n";
        let (s, starts) = read_conll_documents(text);
        assert_eq!(s.len(), 3);
        assert!(s.iter().flatten().all(|(w, _)| w != "-DOCSTART-"));
        // the marker after عمرو closes its sentence; the last marker opens nothing
        assert_eq!(starts, [0, 2]);
        assert_eq!(read_conll_documents("زيد B-PER\n").1, [0]);
    }

    #[test]
    fn clitics_are_glued_back() {
        let s: Vec<(String, String)> = [("و", "O"), ("المانيا", "B-Nation"), ("ان", "O"), ("ه", "O"), ("قال", "O")].iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        let m = merge_clitics(&s);
        let toks: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(toks, ["والمانيا", "انه", "قال"]);
        assert_eq!(m[0].1, "B-Nation");
    }

    #[test]
    fn exact_match_scoring() {
        let b = |t| label(t, true);
        let i = |t| label(t, false);
        let gold = [b(0), i(0), 0, b(2), 0, b(3)];
        let pred = [b(0), i(0), 0, b(3), 0, b(1)];
        let mut acc = Scores::default();
        // LOC (3) counts as GPE (2)
        score(&gold, &pred, &|t| if t == 3 { 2 } else { t }, &mut acc);
        assert_eq!(acc.per_type[0], (1, 1, 1));
        assert_eq!(acc.per_type[2], (1, 1, 2));
        assert_eq!(acc.per_type[1], (0, 1, 0));
        let (p, r, _) = acc.prf(&[0, 1, 2]);
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 2.0 / 3.0).abs() < 1e-9);
    }
}
