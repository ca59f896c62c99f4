//! Stories: documents that tell the same story, clustered across outlets and days, and
//! near-copies (the same wire) flagged so that corroboration counts independent chains.
//!
//! Each document becomes a TF-IDF vector over its content-word stems. Candidate pairs come
//! from blocking on each document's most characteristic terms (near-linear, not all pairs);
//! pairs above a cosine threshold join one story (union-find). Near-copies are pairs whose
//! word 5-gram shingles overlap strongly.

use isnad_doc::{CorpusLayers, Document, Story};
use std::collections::{BTreeMap, HashMap};

const SIGNATURE: usize = 24;
const MIN_SHARED: usize = 2;
const LINK: f32 = 0.12;
const AVERAGE_LINK: f32 = 0.10;
const NEAR_COPY: f32 = 0.5;

fn content_terms(d: &Document) -> Vec<&str> {
    (0..d.tokens.len()).filter(|&i| d.tokens[i].kind == isnad_text::TokenKind::Arabic).map(|i| d.keys.stem(i)).filter(|k| k.chars().count() >= 3 && !isnad_entities::is_function_word(k)).collect()
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

/// A sparse vector: (term id, weight), sorted by term id.
type Sparse = Vec<(u32, f32)>;

fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Sparse {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i >= a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    out
}

pub fn cluster(docs: &[Document], out: &mut CorpusLayers) {
    let n = docs.len();
    let terms: Vec<Vec<&str>> = docs.iter().map(content_terms).collect();
    // intern terms in first-seen order (deterministic ids)
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    let mut df: Vec<u32> = Vec::new();
    let mut seen_in: Vec<u32> = Vec::new();
    let doc_ids: Vec<Vec<u32>> = terms
        .iter()
        .enumerate()
        .map(|(d, ts)| {
            ts.iter()
                .map(|t| {
                    let id = *ids.entry(t).or_insert_with(|| {
                        names.push(t);
                        df.push(0);
                        seen_in.push(u32::MAX);
                        (names.len() - 1) as u32
                    });
                    if seen_in[id as usize] != d as u32 {
                        seen_in[id as usize] = d as u32;
                        df[id as usize] += 1;
                    }
                    id
                })
                .collect()
        })
        .collect();
    // With few documents the in-run document frequency says little, so the IDF is shrunk
    // towards uniform weights; with many, words common to the run weigh (almost) nothing.
    let floor = 50.0 / (50.0 + n as f32);
    let idf = |id: u32| ((1.0 + n as f32) / (1.0 + df[id as usize] as f32)).ln() + floor;
    let vecs: Vec<Sparse> = doc_ids
        .iter()
        .map(|ts| {
            let mut v: Vec<u32> = ts.clone();
            v.sort_unstable();
            let mut sp: Sparse = Vec::new();
            for id in v {
                match sp.last_mut() {
                    Some(last) if last.0 == id => last.1 += 1.0,
                    _ => sp.push((id, 1.0)),
                }
            }
            for x in sp.iter_mut() {
                x.1 = (1.0 + x.1.ln()) * idf(x.0);
            }
            let norm = sp.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt().max(1e-6);
            sp.iter_mut().for_each(|x| x.1 /= norm);
            sp
        })
        .collect();
    // blocking on signatures: a document's top terms that are not everywhere. A term in more
    // than `common` documents says nothing about which story a document tells.
    let common = (n / 20).max(30) as u32;
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, v) in vecs.iter().enumerate() {
        let mut top: Vec<(u32, f32)> = v.iter().copied().filter(|x| df[x.0 as usize] <= common).collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        for (t, _) in top.into_iter().take(SIGNATURE) {
            index.entry(t).or_default().push(i);
        }
    }
    // more documents, more chance agreement: ask for more shared signature terms
    let min_shared = if n < 200 { MIN_SHARED } else { MIN_SHARED + 1 };
    let mut shared: HashMap<(u32, u32), u8> = HashMap::new();
    for list in index.values() {
        if list.len() > 200 {
            continue; // too common to discriminate; the other terms decide
        }
        for (a, &i) in list.iter().enumerate() {
            for &j in &list[a + 1..] {
                let e = shared.entry((i.min(j) as u32, i.max(j) as u32)).or_default();
                *e = e.saturating_add(1);
            }
        }
    }
    let mut scored: Vec<(f32, usize, usize)> =
        shared.into_iter().filter(|&(_, c)| usize::from(c) >= min_shared).map(|((i, j), _)| (dot(&vecs[i as usize], &vecs[j as usize]), i as usize, j as usize)).filter(|x| x.0 >= LINK).collect();
    // most similar pairs first; ties broken by index so the result is deterministic
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let shingles: Vec<Vec<u64>> = terms.iter().map(|t| shingle_hashes(t)).collect();
    let mut parent: Vec<usize> = (0..n).collect();
    // per root: the sum of its members' unit vectors and the member count
    let mut centroid: HashMap<usize, Sparse> = HashMap::new();
    let mut size: Vec<usize> = vec![1; n];
    let mut near = Vec::new();
    for (cos, i, j) in scored {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri != rj {
            // Single-link chaining glues unrelated stories through generic documents; two
            // clusters merge only when their members are alike on average (average linkage:
            // the dot product of unit-vector sums over the number of member pairs).
            let ci = centroid.get(&ri).unwrap_or(&vecs[ri]);
            let cj = centroid.get(&rj).unwrap_or(&vecs[rj]);
            let avg = dot(ci, cj) / ((size[ri] * size[rj]) as f32);
            tracing::debug!(i, j, cos, avg, "story link candidate");
            if avg < AVERAGE_LINK {
                continue;
            }
            let merged = add(ci, cj);
            let (keep, gone) = (ri.min(rj), ri.max(rj));
            parent[gone] = keep;
            size[keep] += size[gone];
            centroid.remove(&gone);
            centroid.insert(keep, merged);
        }
        let sim = jaccard_sorted(&shingles[i], &shingles[j]);
        if sim >= NEAR_COPY {
            near.push((i.min(j), i.max(j), sim));
        }
    }
    near.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut doc_entities: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (r, &e) in &out.mention_entity {
        if let Some(v) = doc_entities.get_mut(r.doc) {
            v.push(e);
        }
    }
    for v in &mut doc_entities {
        v.sort_unstable();
        v.dedup();
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    for (k, members) in groups.into_values().enumerate() {
        let mut score: BTreeMap<u32, f32> = BTreeMap::new();
        for &m in &members {
            for &(t, w) in &vecs[m] {
                *score.entry(t).or_default() += w;
            }
        }
        let mut top: Vec<(u32, f32)> = score.into_iter().collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(names[a.0 as usize].cmp(names[b.0 as usize])));
        let ents = shared_entities(&members, &doc_entities, out);
        out.stories.push(Story {
            id: format!("S{}", k + 1),
            label: top.into_iter().take(5).map(|(t, _)| names[t as usize].to_string()).collect(),
            entities: ents,
            near_duplicates: near.iter().filter(|(i, _, _)| members.contains(i)).copied().collect(),
            docs: members,
        });
    }
}

/// Entities named in at least two of a story's documents, most widely shared first.
fn shared_entities(members: &[usize], doc_entities: &[Vec<usize>], out: &CorpusLayers) -> Vec<String> {
    if members.len() < 2 {
        return Vec::new();
    }
    let mut count: BTreeMap<usize, usize> = BTreeMap::new();
    for &m in members {
        for &e in &doc_entities[m] {
            *count.entry(e).or_default() += 1;
        }
    }
    let mut v: Vec<(usize, usize)> = count.into_iter().filter(|&(_, c)| c >= 2).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter().map(|(e, _)| out.entities[e].id.clone()).collect()
}

/// Sorted, deduplicated hashes of word 5-grams (DefaultHasher::new is fixed-key, so stable).
fn shingle_hashes(x: &[&str]) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut v: Vec<u64> = x
        .windows(5)
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Call `on` with every element two sorted, deduplicated slices share, by merging them.
pub(crate) fn for_each_shared<T: Ord + Copy>(a: &[T], b: &[T], mut on: impl FnMut(T)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                on(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
}

fn jaccard_sorted(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut inter = 0usize;
    for_each_shared(a, b, |_| inter += 1);
    inter as f32 / (a.len() + b.len() - inter) as f32
}
