//! Word classes from unlabelled text: the exchange algorithm (Kneser and Ney 1993; Martin,
//! Liermann and Ney 1998) for a class bigram model. Words that occur between the same kinds of
//! words land in one class (first names, family names, months, countries), so a name the
//! labelled data never showed still shares a feature with the names it did.
//!
//! ```
//! use isnad_tagger::clusters::exchange;
//! // two "kinds" of word in alternation: 0 and 1 before 2 and 3
//! let seqs = vec![vec![Some(0), Some(2), Some(1), Some(3), Some(0), Some(3), Some(1), Some(2)]; 20];
//! let classes = exchange(&seqs, 4, 2, 5);
//! assert_eq!(classes[0], classes[1]);
//! assert_eq!(classes[2], classes[3]);
//! assert_ne!(classes[0], classes[2]);
//! ```

use isnad_text::FastMap;

/// `x ln x`, tabulated for small counts (most class-pair counts are small).
struct XLogX {
    table: Vec<f64>,
}

impl XLogX {
    fn new(n: usize) -> XLogX {
        XLogX { table: (0..n).map(|x| if x == 0 { 0.0 } else { x as f64 * (x as f64).ln() }).collect() }
    }
    #[inline]
    fn f(&self, x: i64) -> f64 {
        match usize::try_from(x) {
            Ok(i) if i < self.table.len() => self.table[i],
            Ok(_) => x as f64 * (x as f64).ln(),
            Err(_) => 0.0,
        }
    }
}

/// Classes (`0..classes`) for the words `0..vocab` of `seqs` (`None` breaks a sequence: an
/// unknown word or a boundary), after `passes` exchange passes. Words should be numbered by
/// falling frequency: the start puts word `i` in class `i % classes`, so the commonest words
/// begin apart. Deterministic.
pub fn exchange(seqs: &[Vec<Option<u32>>], vocab: usize, classes: usize, passes: usize) -> Vec<u32> {
    let c = classes.max(1);
    // bigram counts per word, both directions; a word next to itself is left out (its class
    // moves with it, which the update below does not model)
    let mut pairs: FastMap<(u32, u32), u32> = FastMap::default();
    for s in seqs {
        for w in s.windows(2) {
            if let [Some(a), Some(b)] = *w {
                if a != b && (a as usize) < vocab && (b as usize) < vocab {
                    *pairs.entry((a, b)).or_default() += 1;
                }
            }
        }
    }
    let mut right: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocab];
    let mut left: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocab];
    let mut sorted: Vec<((u32, u32), u32)> = pairs.into_iter().collect();
    sorted.sort_unstable();
    for ((a, b), n) in sorted {
        right[a as usize].push((b, n));
        left[b as usize].push((a, n));
    }
    let mut class: Vec<u32> = (0..vocab).map(|w| (w % c) as u32).collect();
    // class-pair counts and the class totals on each side
    let mut m = vec![0i64; c * c];
    let (mut nl, mut nr) = (vec![0i64; c], vec![0i64; c]);
    for (a, list) in right.iter().enumerate() {
        for &(b, n) in list {
            let (ca, cb) = (class[a] as usize, class[b as usize] as usize);
            m[ca * c + cb] += i64::from(n);
            nl[ca] += i64::from(n);
            nr[cb] += i64::from(n);
        }
    }
    let xl = XLogX::new(1 << 20);
    let (mut rw, mut lw) = (vec![0i64; c], vec![0i64; c]);
    let (mut rt, mut lt): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for _ in 0..passes {
        let mut moved = 0usize;
        for w in 0..vocab {
            // the word's neighbours by class
            rt.clear();
            lt.clear();
            for &(b, n) in &right[w] {
                let k = class[b as usize] as usize;
                if rw[k] == 0 {
                    rt.push(k);
                }
                rw[k] += i64::from(n);
            }
            for &(a, n) in &left[w] {
                let k = class[a as usize] as usize;
                if lw[k] == 0 {
                    lt.push(k);
                }
                lw[k] += i64::from(n);
            }
            let (nlw, nrw): (i64, i64) = (rt.iter().map(|&k| rw[k]).sum(), lt.iter().map(|&k| lw[k]).sum());
            if nlw + nrw == 0 {
                continue;
            }
            // take the word out of its class
            let from = class[w] as usize;
            for &k in &rt {
                m[from * c + k] -= rw[k];
            }
            for &k in &lt {
                m[k * c + from] -= lw[k];
            }
            nl[from] -= nlw;
            nr[from] -= nrw;
            // the class where it raises the likelihood most
            let (mut best, mut best_gain) = (from, f64::NEG_INFINITY);
            for b in 0..c {
                let mut g = 0.0;
                for &k in &rt {
                    let x = m[b * c + k];
                    g += xl.f(x + rw[k]) - xl.f(x);
                }
                for &k in &lt {
                    let x = m[k * c + b];
                    g += xl.f(x + lw[k]) - xl.f(x);
                }
                // the pair (b, b) takes both additions at once, not each alone
                if rw[b] > 0 && lw[b] > 0 {
                    let x = m[b * c + b];
                    g += xl.f(x + rw[b] + lw[b]) - xl.f(x + rw[b]) - xl.f(x + lw[b]) + xl.f(x);
                }
                g -= xl.f(nl[b] + nlw) - xl.f(nl[b]) + xl.f(nr[b] + nrw) - xl.f(nr[b]);
                if g > best_gain + 1e-9 || (b == from && g >= best_gain - 1e-9) {
                    (best, best_gain) = (b, g);
                }
            }
            for &k in &rt {
                m[best * c + k] += rw[k];
            }
            for &k in &lt {
                m[k * c + best] += lw[k];
            }
            nl[best] += nlw;
            nr[best] += nrw;
            if best != from {
                class[w] = best as u32;
                moved += 1;
            }
            for &k in &rt {
                rw[k] = 0;
            }
            for &k in &lt {
                lw[k] = 0;
            }
        }
        if moved == 0 {
            break;
        }
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_places_part_in_a_toy_corpus_and_the_result_is_repeatable() {
        // words 0-2 are "names" (after 6, قال), 3-5 "places" (after 7, في); 8 never occurs
        let mut seqs = Vec::new();
        for i in 0..30u32 {
            seqs.push(vec![Some(6), Some(i % 3), Some(7), Some(3 + i % 3)]);
            seqs.push(vec![Some(6), Some((i + 1) % 3), None, Some(7), Some(3 + (i + 2) % 3)]);
        }
        let a = exchange(&seqs, 9, 4, 10);
        assert_eq!(a, exchange(&seqs, 9, 4, 10));
        assert!(a.iter().all(|&c| c < 4));
        assert!(a[0] == a[1] && a[1] == a[2], "{a:?}");
        assert!(a[3] == a[4] && a[4] == a[5], "{a:?}");
        assert_ne!(a[0], a[3]);
        assert_eq!(a[8], 0, "an unseen word keeps its starting class (8 % 4)");
    }
}
