//! Stories: documents that tell the same story, clustered across outlets and days, and
//! near-copies (the same wire) flagged so that corroboration counts independent chains.
//!
//! Each document becomes a TF-IDF vector over its content-word stems. Candidate pairs come
//! from blocking on each document's most characteristic terms (near-linear, not all pairs);
//! pairs above a cosine threshold join one story (union-find). Near-copies are pairs whose
//! word 5-gram shingles overlap strongly.

use isnad_doc::{CorpusLayers, Document, Story};
use std::collections::{BTreeMap, HashMap, HashSet};

const SIGNATURE: usize = 24;
const MIN_SHARED: usize = 2;
const LINK: f32 = 0.12;
const AVERAGE_LINK: f32 = 0.10;
const NEAR_COPY: f32 = 0.5;

fn content_terms(d: &Document) -> Vec<&str> {
    (0..d.tokens.len())
        .filter(|&i| d.tokens[i].kind == isnad_text::TokenKind::Arabic)
        .map(|i| d.keys.stem(i))
        .filter(|k| k.chars().count() >= 3 && !isnad_entities::is_function_word(k))
        .collect()
}

fn find(p: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while p[r] != r {
        r = p[r];
    }
    let mut y = x;
    while p[y] != r {
        let n = p[y];
        p[y] = r;
        y = n;
    }
    r
}

pub fn cluster(docs: &[Document], out: &mut CorpusLayers) {
    let n = docs.len();
    let terms: Vec<Vec<&str>> = docs.iter().map(content_terms).collect();
    let mut df: HashMap<&str, u32> = HashMap::new();
    for t in &terms {
        let uniq: HashSet<&str> = t.iter().copied().collect();
        for u in uniq {
            *df.entry(u).or_default() += 1;
        }
    }
    // With few documents the in-run document frequency says little, so the IDF is shrunk
    // towards uniform weights; with many, words common to the run weigh (almost) nothing.
    let floor = 50.0 / (50.0 + n as f32);
    let idf = |t: &str| ((1.0 + n as f32) / (1.0 + *df.get(t).unwrap_or(&0) as f32)).ln() + floor;
    // sparse normalised vectors, sorted by term for deterministic dot products
    let vecs: Vec<BTreeMap<&str, f32>> = terms
        .iter()
        .map(|ts| {
            let mut v: BTreeMap<&str, f32> = BTreeMap::new();
            for t in ts {
                *v.entry(t).or_default() += 1.0;
            }
            for (t, w) in v.iter_mut() {
                *w = (1.0 + w.ln()) * idf(t);
            }
            let norm = v.values().map(|w| w * w).sum::<f32>().sqrt().max(1e-6);
            v.values_mut().for_each(|w| *w /= norm);
            v
        })
        .collect();
    // blocking on signatures: a document's top terms that are not everywhere
    // a term in more than this many documents says nothing about which story a document tells
    let common = (n / 20).max(30);
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, v) in vecs.iter().enumerate() {
        let mut top: Vec<(&str, f32)> = v.iter().map(|(t, w)| (*t, *w)).filter(|(t, _)| (*df.get(t).unwrap_or(&0) as usize) <= common).collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        for (t, _) in top.into_iter().take(SIGNATURE) {
            index.entry(t).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in index.values() {
        if list.len() > 200 {
            continue; // too common to discriminate; the other terms decide
        }
        for (a, &i) in list.iter().enumerate() {
            for &j in &list[a + 1..] {
                *shared.entry((i.min(j), i.max(j))).or_default() += 1;
            }
        }
    }
    let mut parent: Vec<usize> = (0..n).collect();
    let pairs: Vec<(usize, usize)> = shared.into_iter().filter(|&(_, c)| c >= MIN_SHARED).map(|(p, _)| p).collect();
    let mut scored: Vec<(f32, usize, usize)> = pairs.into_iter().map(|(i, j)| (cosine(&vecs[i], &vecs[j]), i, j)).filter(|x| x.0 >= LINK).collect();
    // most similar pairs first; ties broken by index so the result is deterministic
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    // per root: the sum of its members' unit vectors and the member count
    let mut centroid: HashMap<usize, BTreeMap<&str, f32>> = HashMap::new();
    let mut size: Vec<usize> = vec![1; n];
    let mut near = Vec::new();
    for (cos, i, j) in scored {
        tracing::debug!(i, j, cos, "story link candidate");
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri != rj {
            // Single-link chaining glues unrelated stories through generic documents; two
            // clusters merge only when their members are alike on average (average linkage:
            // the dot product of unit-vector sums over the number of member pairs).
            let ci = centroid.get(&ri).cloned().unwrap_or_else(|| vecs[ri].clone());
            let cj = centroid.get(&rj).cloned().unwrap_or_else(|| vecs[rj].clone());
            if cosine(&ci, &cj) / ((size[ri] * size[rj]) as f32) < AVERAGE_LINK {
                continue;
            }
            let (keep, gone) = (ri.min(rj), ri.max(rj));
            parent[gone] = keep;
            size[keep] += size[gone];
            let mut merged = ci;
            for (t, w) in cj {
                *merged.entry(t).or_default() += w;
            }
            centroid.remove(&gone);
            centroid.insert(keep, merged);
        }
        let sim = shingle_jaccard(&terms[i], &terms[j]);
        if sim >= NEAR_COPY {
            near.push((i.min(j), i.max(j), sim));
        }
    }
    near.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    for (k, members) in groups.into_values().enumerate() {
        let mut score: BTreeMap<&str, f32> = BTreeMap::new();
        for &m in &members {
            for (t, w) in &vecs[m] {
                *score.entry(t).or_default() += w;
            }
        }
        let mut top: Vec<(&str, f32)> = score.into_iter().collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        let ents = shared_entities(&members, out);
        out.stories.push(Story {
            id: format!("S{}", k + 1),
            label: top.into_iter().take(5).map(|(t, _)| t.to_string()).collect(),
            entities: ents,
            near_duplicates: near.iter().filter(|(i, _, _)| members.contains(i)).copied().collect(),
            docs: members,
        });
    }
}

fn shared_entities(members: &[usize], out: &CorpusLayers) -> Vec<String> {
    if members.len() < 2 {
        return Vec::new();
    }
    let mut v: Vec<(usize, String)> = out
        .entities
        .iter()
        .filter_map(|e| {
            let docs: HashSet<usize> = e.mentions.iter().map(|m| m.doc).filter(|d| members.contains(d)).collect();
            (docs.len() >= 2).then(|| (docs.len(), e.id.clone()))
        })
        .collect();
    v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|(_, id)| id).collect()
}

fn cosine(a: &BTreeMap<&str, f32>, b: &BTreeMap<&str, f32>) -> f32 {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small.iter().filter_map(|(t, w)| big.get(t).map(|x| w * x)).sum()
}

fn shingle_jaccard(a: &[&str], b: &[&str]) -> f32 {
    let sh = |x: &[&str]| -> HashSet<String> { x.windows(5).map(|w| w.join(" ")).collect() };
    let (sa, sb) = (sh(a), sh(b));
    if sa.is_empty() || sb.is_empty() {
        return 0.0;
    }
    let inter = sa.intersection(&sb).count();
    inter as f32 / (sa.len() + sb.len() - inter) as f32
}
