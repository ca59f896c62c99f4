//! Quote clusters: one statement carried by several documents, verbatim or paraphrased (the
//! White House spokeswoman's words as two outlets report them), with the agency the copies
//! share when they all came through one.
//!
//! Two statement claims of the same speaker (a person by the last word of the name) in different
//! documents are linked when their content words overlap (Jaccard ≥ 0.3, a near-verbatim copy)
//! or, for a paraphrase, when the overlap weighted by rarity (inverse document frequency over the
//! statements of the run's documents) is at least 0.25 of the shorter statement (with two shared
//! words, or one when a statement has five content words or fewer), the two are said within a
//! day of each other, and each is the other's best match between the two documents. The mutual-best rule
//! keeps a prolific speaker's different statements apart: topic words alone do not link them.
//! Links are taken strongest first, and none may put two statements of one document in one
//! cluster, so copies cannot chain different statements together.

use crate::claims::stems_in;
use crate::stories::for_each_shared;
use isnad_doc::{Claim, Date, Document, Entity, EntityType, QuoteCluster};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn near_in_time(a: Option<(Date, Date)>, b: Option<(Date, Date)>) -> bool {
    match (a, b) {
        (Some((x, _)), Some((y, _))) => x == y || x.add_days(1) == y || y.add_days(1) == x,
        _ => true,
    }
}

fn agency(c: &Claim) -> Option<&str> {
    c.chain.iter().find(|(r, _)| *r == "agency").map(|(_, n)| n.as_str())
}

/// A light stem for comparing wordings: feminine, nisba and plural endings off, down to three
/// letters (`الأمريكية`/`الأمريكي`, `السورية`/`سوريا`, `الصحية`/`الصحي` compare equal).
fn light(k: &str) -> String {
    let mut w: Vec<char> = k.chars().collect();
    for suffix in [&['ي', 'ن'][..], &['و', 'ن'], &['ا', 'ت'], &['ه'], &['ا'], &['ي']] {
        if w.len() >= 3 + suffix.len() && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
        }
    }
    w.into_iter().collect()
}

pub fn cluster(docs: &[Document], claims: &[Claim], entities: &[Entity]) -> Vec<QuoteCluster> {
    // speakers compared by the last word of their name: one document's `ماريا زاخاروفا` and
    // another's bare `زاخاروفا` may not be one entity (a shared surname is not enough to merge
    // entities), but with matching wording on the same days they are one speaker
    // (an organisation or an unnamed source, `مسؤول في قسد`, is compared by its whole name)
    let person: HashSet<&str> = entities.iter().filter(|e| e.etype == EntityType::Per).map(|e| e.id.as_str()).collect();
    let entity_ids: HashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    let mut by_speaker: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let name = c.chain.iter().find(|(r, _)| *r == "speaker").map(|(_, n)| n.as_str());
        if let (true, Some(n)) = (c.kind == "statement", name) {
            let entity = c.speaker.as_deref().is_some_and(|s| entity_ids.contains(s));
            // (quote marks and brackets off; the test stays on ASCII and Arabic punctuation, as a
            // Unicode class lookup per character showed in the profile)
            let mut words = n.split_whitespace().map(|w| w.trim_matches(|ch: char| ch.is_ascii_punctuation() || matches!(ch, '«' | '»' | '“' | '”' | '،' | '؛'))).filter(|w| !w.is_empty());
            // an unrecognised title and name (منسق الشؤون الإنسانية بانوس مومتزيس) ends with the
            // surname too, unless a preposition makes it an affiliation (مسؤول في قسد)
            let titled_name = !entity && !n.split_whitespace().any(|w| matches!(isnad_text::key(w).as_str(), "في" | "باسم" | "من" | "عن" | "لدي" | "مع") || w.starts_with('ل'));
            let is_person = c.speaker.as_deref().is_some_and(|s| person.contains(s)) || titled_name;
            let k = if is_person { words.next_back().map(isnad_text::key).unwrap_or_default() } else { isnad_text::key(&words.collect::<Vec<_>>().join(" ")) };
            if !k.is_empty() {
                by_speaker.entry(k).or_default().push(i);
            }
        }
    }
    // only speakers quoted in two documents or more can form a cluster
    by_speaker.retain(|_, ids| ids.iter().map(|&i| claims[i].doc).collect::<BTreeSet<_>>().len() >= 2);
    if by_speaker.is_empty() {
        return Vec::new();
    }
    // (particles that open a statement, لقد and the like, carry no content)
    let content = |k: &&str| !matches!(*k, "لقد" | "وقد" | "فقد" | "انما" | "اننا" | "انه" | "انها");
    // words interned as ids, each statement's kept sorted: pairs are compared by merging
    let mut vocab: isnad_text::FastMap<String, u32> = isnad_text::FastMap::default();
    let mut intern = |k: String| -> u32 {
        let n = vocab.len() as u32;
        *vocab.entry(k).or_insert(n)
    };
    let mut bag = |i: usize| -> Vec<u32> {
        let mut v: Vec<u32> = stems_in(&docs[claims[i].doc], claims[i].span).into_iter().filter(content).map(|k| intern(light(k))).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    // every statement's words: those of clustering candidates are kept, all count for the
    // document frequency (rarity over the statements of the run's documents; reading every token
    // of every carrier cost more than the rest of the cross-document step on a large corpus)
    let candidates_of: HashSet<usize> = by_speaker.values().flatten().copied().collect();
    let mut words: HashMap<usize, Vec<u32>> = HashMap::new();
    let mut per_doc: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.kind == "statement" {
            let w = bag(i);
            per_doc.entry(c.doc).or_default().extend_from_slice(&w);
            if candidates_of.contains(&i) {
                words.insert(i, w);
            }
        }
    }
    let mut df = vec![0u32; vocab.len()];
    for ws in per_doc.values_mut() {
        ws.sort_unstable();
        ws.dedup();
        for &k in ws.iter() {
            df[k as usize] += 1;
        }
    }
    let n = per_doc.len().max(1) as f64;
    let idf: Vec<f64> = df.iter().map(|&d| (1.0 + n / f64::from(d.max(1))).ln()).collect();
    let weight = |w: &[u32]| w.iter().map(|&k| idf[k as usize]).sum::<f64>();
    // shared words of two sorted bags: how many, and their summed weight
    let shared = |a: &[u32], b: &[u32]| -> (usize, f64) {
        let (mut count, mut sum) = (0, 0.0);
        for_each_shared(a, b, |k| {
            count += 1;
            sum += idf[k as usize];
        });
        (count, sum)
    };
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    // documents of each cluster, by its root
    let mut docs_of: HashMap<usize, BTreeSet<usize>> = by_speaker.values().flatten().map(|&i| (i, BTreeSet::from([claims[i].doc]))).collect();
    for ids in by_speaker.values() {
        let ids = &ids[..ids.len().min(200)];
        // best paraphrase partner of each claim in each other document: (claim, other doc) → (sim, claim)
        let mut best: HashMap<(usize, usize), (f64, usize)> = HashMap::new();
        let mut candidates = Vec::new();
        for (x, &i) in ids.iter().enumerate() {
            for &j in &ids[x + 1..] {
                let (a, b) = (&claims[i], &claims[j]);
                if a.doc == b.doc {
                    continue;
                }
                let (wa, wb) = (&words[&i], &words[&j]);
                let (inter, inter_w) = shared(wa, wb);
                let jac = inter as f64 / (wa.len() + wb.len() - inter).max(1) as f64;
                let sim = inter_w / weight(wa).min(weight(wb)).max(1e-9);
                // a near-verbatim copy links at once, and counts as the best match of both
                let verbatim = jac >= 0.3;
                // one shared word links a paraphrase only when a statement is short ("لقد قُضي على
                // الخلافة"): long statements of one speaker share a topic word or two anyway
                let enough = inter >= 2 || wa.len().min(wb.len()) <= 5;
                if !verbatim && (sim < 0.25 || !enough || !near_in_time(a.time, b.time)) {
                    continue;
                }
                let score = if verbatim { 1.0 + jac } else { sim };
                for (me, other, od) in [(i, j, b.doc), (j, i, a.doc)] {
                    let e = best.entry((me, od)).or_insert((0.0, usize::MAX));
                    if score > e.0 || (score == e.0 && other < e.1) {
                        *e = (score, other);
                    }
                }
                candidates.push((score, i, j, verbatim));
            }
        }
        // strongest links first; a link that would put two statements of one document in one
        // cluster is refused, so that different statements do not chain together through copies
        candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
        for (_, i, j, verbatim) in candidates {
            let mutual = best.get(&(i, claims[j].doc)).is_some_and(|&(_, o)| o == j) && best.get(&(j, claims[i].doc)).is_some_and(|&(_, o)| o == i);
            if !(verbatim || mutual) {
                continue;
            }
            let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
            if ri == rj || !docs_of[&ri].is_disjoint(&docs_of[&rj]) {
                continue;
            }
            let (keep, gone) = (ri.min(rj), ri.max(rj));
            parent[gone] = keep;
            let moved = docs_of.remove(&gone).unwrap_or_default();
            docs_of.entry(keep).or_default().extend(moved);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in by_speaker.values().flatten() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out = Vec::new();
    for (_, mut members) in groups {
        members.sort_unstable();
        if members.iter().map(|&i| claims[i].doc).collect::<BTreeSet<_>>().len() < 2 {
            continue;
        }
        let ags: BTreeSet<Option<&str>> = members.iter().map(|&i| agency(&claims[i])).collect();
        let shared_agency = match ags.iter().next() {
            Some(Some(a)) if ags.len() == 1 => Some(a.to_string()),
            _ => None,
        };
        let speaker = claims[members[0]].speaker.clone().unwrap_or_default();
        out.push(QuoteCluster { id: format!("Q{}", out.len() + 1), claims: members, speaker, shared_agency });
    }
    out
}
