//! Training (averaged perceptron) and the compact model: per feature, 16-bit weights for the
//! labels it has any weight on.

use crate::features::{extract, prepare, Pre};
use crate::{allowed, Hint, Lexicon, Tok, N_LABELS};
use isnad_text::FastMap;

/// Weights of one feature while training: current, running total and the step of the last
/// change per label (the lazy-averaging bookkeeping).
#[derive(Clone, Copy)]
struct Acc {
    w: [f32; N_LABELS],
    total: [f32; N_LABELS],
    stamp: [u32; N_LABELS],
}

impl Default for Acc {
    fn default() -> Self {
        Acc { w: [0.0; N_LABELS], total: [0.0; N_LABELS], stamp: [0; N_LABELS] }
    }
}

/// Averaged-perceptron trainer. Feed sentences with [`Trainer::train_sentence`] for several
/// epochs, then [`Trainer::finish`].
#[derive(Default)]
pub struct Trainer {
    weights: FastMap<u64, Acc>,
    /// Occurrences of each feature in gold contexts: rare ones are dropped from the model.
    seen: FastMap<u64, u32>,
    step: u32,
    feats: Vec<u64>,
    /// Percentage of features hidden at each training step ([`Trainer::with_dropout`]).
    dropout: u8,
    /// Varies the dropout draws ([`Trainer::seeded`]).
    seed: u64,
}

impl std::fmt::Debug for Trainer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Trainer {{ features: {}, step: {} }}", self.weights.len(), self.step)
    }
}

impl Trainer {
    /// A trainer that hides `percent` of the features, drawn afresh at each token, when it scores
    /// and updates. The perceptron has no other regulariser: without this, every feature template
    /// added to the NewsFANE model made it worse; with 25% dropout, templates that carry
    /// signal help (5-fold cross-validation, `isnad train-ner --folds 5`).
    pub fn with_dropout(percent: u8) -> Trainer {
        Trainer { dropout: percent.min(95), ..Trainer::default() }
    }

    /// This trainer with other dropout draws: retraining under a few seeds shows how much of a
    /// difference between two models is chance (seed 0 is the default).
    pub fn seeded(self, seed: u64) -> Trainer {
        Trainer { seed, ..self }
    }

    fn scores(&self, feats: &[u64]) -> [f32; N_LABELS] {
        let mut s = [0f32; N_LABELS];
        for f in feats {
            if let Some(a) = self.weights.get(f) {
                for (x, w) in s.iter_mut().zip(a.w) {
                    *x += w;
                }
            }
        }
        s
    }

    fn update(&mut self, feats: &[u64], label: usize, delta: f32) {
        let step = self.step;
        for f in feats {
            let a = self.weights.entry(*f).or_default();
            a.total[label] += (step - a.stamp[label]) as f32 * a.w[label];
            a.stamp[label] = step;
            a.w[label] += delta;
        }
    }

    /// One pass over one sentence: tag it greedily with the current weights (the history is the
    /// model's own guesses, as at run time) and correct each wrong label. Returns the errors.
    pub fn train_sentence(&mut self, toks: &[Tok], gold: &[u8]) -> usize {
        self.train_with(toks, None, gold)
    }

    /// [`Trainer::train_sentence`] for the second stage of a two-stage model: `hints` are what a
    /// first stage that never saw this sentence said of it ([`crate::hints`]).
    pub fn train_stacked(&mut self, toks: &[Tok], hints: &[Hint], gold: &[u8]) -> usize {
        self.train_with(toks, Some(hints), gold)
    }

    fn train_with(&mut self, toks: &[Tok], hints: Option<&[Hint]>, gold: &[u8]) -> usize {
        let (mut prev, mut prev2) = (0u8, 0u8);
        let mut errors = 0;
        let mut feats = std::mem::take(&mut self.feats);
        let pre = prepare(toks);
        for (i, &g) in gold.iter().enumerate().take(toks.len()) {
            self.step += 1;
            extract(&pre, hints, i, prev, prev2, &mut feats);
            if self.dropout > 0 {
                // a fixed pseudo-random draw per (step, feature): training stays repeatable
                let salt = (u64::from(self.step) + self.seed.wrapping_mul(7_777_777)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                let keep = |f: &u64| ((f ^ salt).wrapping_mul(0xbf58_476d_1ce4_e5b9) >> 40) % 100 >= u64::from(self.dropout);
                feats.retain(keep);
            }
            for f in &feats {
                *self.seen.entry(*f).or_default() += 1;
            }
            let s = self.scores(&feats);
            let guess = argmax(&s, |_| true);
            if guess != g {
                errors += 1;
                self.update(&feats, usize::from(g), 1.0);
                self.update(&feats, usize::from(guess), -1.0);
            }
            prev2 = prev;
            prev = guess;
        }
        self.feats = feats;
        errors
    }

    /// Average the weights, keep the features seen at least `min_count` times, quantise to 16
    /// bits (the largest weight is 32,767), and drop features whose every weight is below `floor`
    /// (1 keeps all; 1,500 halves the NewsFANE model for 0.002 F1).
    pub fn finish(self, min_count: u32, floor: i16) -> Model {
        Trainer::finish_all(vec![self], min_count, floor)
    }

    /// [`Trainer::finish`] over several trainers (the same data in different orders): their
    /// averaged weights are averaged again, a cheap ensemble in one model.
    pub fn finish_all(trainers: Vec<Trainer>, min_count: u32, floor: i16) -> Model {
        let mut sum: FastMap<u64, [f32; N_LABELS]> = FastMap::default();
        let k = trainers.len().max(1) as f32;
        for t in &trainers {
            let step = t.step.max(1) as f32;
            for (f, a) in &t.weights {
                if t.seen.get(f).copied().unwrap_or(0) < min_count {
                    continue;
                }
                let w = sum.entry(*f).or_insert([0f32; N_LABELS]);
                for (l, x) in w.iter_mut().enumerate() {
                    let total = a.total[l] + (t.step - a.stamp[l]) as f32 * a.w[l];
                    *x += total / step / k;
                }
            }
        }
        let max_abs = sum.values().flatten().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max_abs > 0.0 { 32767.0 / max_abs } else { 1.0 };
        let mut weights = FastMap::default();
        for (f, w) in sum {
            let q: [i16; N_LABELS] = w.map(|x| (x * scale).round() as i16);
            if q.iter().any(|&x| x.abs() >= floor.max(1)) {
                weights.insert(f, q);
            }
        }
        Model { first: weights, second: None, lexicon: Lexicon::default() }
    }
}

/// Labels from [`Model::tag_with_margin`] output, entities with a weak token decision dropped.
pub fn confident(tagged: &[(u8, i32)], min_margin: i32) -> Vec<u8> {
    let mut labels: Vec<u8> = tagged.iter().map(|x| x.0).collect();
    for sp in crate::spans(&labels) {
        let least = tagged[sp.start..sp.end].iter().map(|x| x.1).min().unwrap_or(0);
        if least < min_margin {
            labels[sp.start..sp.end].fill(0);
        }
    }
    labels
}

fn argmax(s: &[f32; N_LABELS], ok: impl Fn(u8) -> bool) -> u8 {
    let mut best = 0u8;
    let mut best_s = f32::NEG_INFINITY;
    for (l, &x) in s.iter().enumerate() {
        if x > best_s && ok(l as u8) {
            best = l as u8;
            best_s = x;
        }
    }
    best
}

/// Each sentence's labels with their margins.
type Tagged = Vec<Vec<(u8, i32)>>;

/// Quantised weights per feature.
type Table = FastMap<u64, [i16; N_LABELS]>;

/// A trained model: quantised weights per feature, for one stage or two. A two-stage model tags
/// each document twice; the second pass reads the first pass's labels ([`crate::hints`]).
#[derive(Debug, Default, Clone)]
pub struct Model {
    first: Table,
    second: Option<Table>,
    /// What the first stage says of each stem across a large corpus, for the second stage
    /// ([`crate::LexiconBuilder`]); empty when trained without one.
    lexicon: Lexicon,
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not an isnad NER model (bad magic); retrain it with `isnad train-ner`")]
    Magic,
    #[error("model file format {0} is not supported by this build (expected {FORMAT}); retrain it with `isnad train-ner`")]
    Version(u32),
    #[error("model file is truncated at byte {0}; retrain it with `isnad train-ner`")]
    Truncated(usize),
    #[error("model has {0} labels, this build expects {N_LABELS}; retrain it with `isnad train-ner`")]
    Labels(usize),
    #[error("model has {0} stages, this build reads one or two; retrain it with `isnad train-ner`")]
    Stages(u32),
    #[error("model's corpus lexicon has a word that is not UTF-8 at byte {0}; retrain it with `isnad train-ner`")]
    Utf8(usize),
    #[error("model file has stray bytes after its end at byte {0}; retrain it with `isnad train-ner`")]
    Trailing(usize),
}

const MAGIC: &[u8; 8] = b"ISNADNER";
const FORMAT: u32 = 4;

impl Model {
    /// A two-stage model: `first` tags, then `second` (trained with [`Trainer::train_stacked`])
    /// tags again reading the first pass. Only the first stage of each is kept.
    pub fn stacked(first: Model, second: Model) -> Model {
        Model { first: first.first, second: Some(second.first), lexicon: Lexicon::default() }
    }

    /// This model with a corpus lexicon built from its first stage, which its second stage reads.
    pub fn with_lexicon(self, lexicon: Lexicon) -> Model {
        Model { lexicon, ..self }
    }

    /// The corpus lexicon the second stage reads (empty for a model trained without one).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Whether this model tags in two stages.
    pub fn is_stacked(&self) -> bool {
        self.second.is_some()
    }

    /// Number of features with a weight.
    pub fn len(&self) -> usize {
        self.first.len() + self.second.as_ref().map_or(0, FastMap::len)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Label scores of one token given its history.
    fn scores(table: &Table, feats: &[u64]) -> [i32; N_LABELS] {
        let mut s = [0i32; N_LABELS];
        for f in feats {
            if let Some(w) = table.get(f) {
                for (x, &y) in s.iter_mut().zip(w) {
                    *x += i32::from(y);
                }
            }
        }
        s
    }

    /// Tag a sentence: one label per token (see [`crate::label_name`]). Greedy, left to right,
    /// and never an `I-` that does not continue its type.
    pub fn tag(&self, toks: &[Tok]) -> Vec<u8> {
        self.tag_with_margin(toks).into_iter().map(|(l, _)| l).collect()
    }

    /// [`Model::tag`], then entities whose weakest token decision is below `min_margin` dropped
    /// to `O`: a precision dial ([`crate::MIN_MARGIN`] is the project's setting).
    pub fn tag_confident(&self, toks: &[Tok], min_margin: i32) -> Vec<u8> {
        confident(&self.tag_with_margin(toks), min_margin)
    }

    /// Tag a document's sentences the way the project reads entities: each sentence tagged, weak
    /// entities dropped ([`crate::MIN_MARGIN`]), then one sense per document
    /// ([`crate::propagate`]). Returns each sentence's labels with their margins (a label the
    /// document pass added has margin 0).
    pub fn tag_document(&self, sentences: &[Vec<Tok>]) -> Vec<Vec<(u8, i32)>> {
        let mut with_doc = sentences.to_vec();
        crate::doc_context(&mut with_doc);
        let sentences = &with_doc[..];
        let tagged = self.tag_in_context(sentences);
        let mut labels: Vec<Vec<u8>> = tagged.iter().map(|t| confident(t, crate::MIN_MARGIN)).collect();
        crate::propagate(sentences, &mut labels);
        crate::drop_common_nouns(sentences, &mut labels);
        labels.into_iter().zip(tagged).map(|(ls, t)| ls.iter().zip(t).map(|(&l, (orig, margin))| (l, if l == orig { margin } else { 0 })).collect()).collect()
    }

    /// [`Model::tag`] with each label's margin over the runner-up (a confidence signal). The
    /// sentence is its own document ([`crate::doc_context`]).
    pub fn tag_with_margin(&self, toks: &[Tok]) -> Vec<(u8, i32)> {
        let mut doc = [toks.to_vec()];
        crate::doc_context(&mut doc);
        self.tag_in_context(&doc).pop().unwrap_or_default()
    }

    /// The first stage's [`Hint`]s for a document whose context is already set
    /// ([`crate::doc_context`]): what a second stage trained on this model's output reads.
    pub fn first_stage_hints(&self, sentences: &[Vec<Tok>]) -> Vec<Vec<Hint>> {
        let mut h = crate::hints(sentences, &self.first_pass(sentences).1);
        crate::set_corpus_hints(sentences, &mut h, &self.lexicon);
        h
    }

    /// Each sentence's prepared tokens and its first-stage labels and margins.
    fn first_pass(&self, sentences: &[Vec<Tok>]) -> (Vec<Vec<Pre>>, Tagged) {
        let pre: Vec<Vec<Pre>> = sentences.iter().map(|s| prepare(s)).collect();
        let tagged = pre.iter().map(|p| greedy(&self.first, p, None)).collect();
        (pre, tagged)
    }

    /// Tag a document whose context is already set: each sentence's labels and margins.
    fn tag_in_context(&self, sentences: &[Vec<Tok>]) -> Tagged {
        let (pre, tagged) = self.first_pass(sentences);
        let Some(second) = &self.second else { return tagged };
        let mut hints = crate::hints(sentences, &tagged);
        crate::set_corpus_hints(sentences, &mut hints, &self.lexicon);
        pre.iter().zip(&hints).map(|(p, h)| greedy(second, p, Some(h))).collect()
    }

    /// Serialise: magic, format, label count, stage count, then per stage its feature count and
    /// per feature (sorted by id): id (u64), a 16-bit mask of the labels with a weight, and those
    /// weights (i16); then the corpus lexicon's entry count and per entry (sorted by stem) the
    /// stem's byte length (u8), its bytes and its code (u8). Little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let stages: Vec<&Table> = std::iter::once(&self.first).chain(self.second.as_ref()).collect();
        let mut out = Vec::with_capacity(20 + self.len() * 16);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&(N_LABELS as u32).to_le_bytes());
        out.extend_from_slice(&(stages.len() as u32).to_le_bytes());
        for table in stages {
            let mut keys: Vec<&u64> = table.keys().collect();
            keys.sort_unstable();
            out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
            for k in keys {
                let w = &table[k];
                out.extend_from_slice(&k.to_le_bytes());
                let mask: u16 = w.iter().enumerate().filter(|(_, &x)| x != 0).fold(0, |m, (l, _)| m | (1 << l));
                out.extend_from_slice(&mask.to_le_bytes());
                for &x in w.iter().filter(|&&x| x != 0) {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
        }
        // (`LexiconBuilder::finish` keeps no stem longer than a length byte can say; a lexicon
        // put together by hand loses such entries here)
        let mut lex: Vec<(&str, u8)> = self.lexicon.iter().filter(|(k, _)| k.len() <= 255).map(|(k, &c)| (&**k, c)).collect();
        lex.sort_unstable();
        out.extend_from_slice(&(lex.len() as u32).to_le_bytes());
        for (k, c) in lex {
            out.push(k.len() as u8);
            out.extend_from_slice(k.as_bytes());
            out.push(c);
        }
        out
    }

    /// Read a model written by [`Model::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let pos = std::cell::Cell::new(0usize);
        let take = |n: usize| -> Result<&[u8], ModelError> {
            let at = pos.get();
            let s = b.get(at..at + n).ok_or(ModelError::Truncated(at))?;
            pos.set(at + n);
            Ok(s)
        };
        if take(8)? != MAGIC {
            return Err(ModelError::Magic);
        }
        let u32_at = |s: &[u8]| u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        let version = u32_at(take(4)?);
        if version != FORMAT {
            return Err(ModelError::Version(version));
        }
        let labels = u32_at(take(4)?) as usize;
        if labels != N_LABELS {
            return Err(ModelError::Labels(labels));
        }
        let stages = u32_at(take(4)?);
        if !(1..=2).contains(&stages) {
            return Err(ModelError::Stages(stages));
        }
        let mut tables = Vec::with_capacity(2);
        for _ in 0..stages {
            let n = u32_at(take(4)?) as usize;
            let mut weights = FastMap::default();
            // (a corrupt count must not reserve gigabytes: each feature takes at least 10 bytes)
            weights.reserve(n.min(b.len() / 10));
            for _ in 0..n {
                let k = take(8)?;
                let id = u64::from_le_bytes([k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7]]);
                let m = take(2)?;
                let mask = u16::from_le_bytes([m[0], m[1]]);
                let mut w = [0i16; N_LABELS];
                for (l, slot) in w.iter_mut().enumerate() {
                    if mask & (1 << l) != 0 {
                        let x = take(2)?;
                        *slot = i16::from_le_bytes([x[0], x[1]]);
                    }
                }
                weights.insert(id, w);
            }
            tables.push(weights);
        }
        let n = u32_at(take(4)?) as usize;
        let mut lexicon = Lexicon::default();
        lexicon.reserve(n.min(b.len() / 3));
        for _ in 0..n {
            let len = usize::from(take(1)?[0]);
            let at = pos.get();
            let k = std::str::from_utf8(take(len)?).map_err(|_| ModelError::Utf8(at))?;
            let c = take(1)?[0];
            lexicon.insert(k.into(), c);
        }
        if pos.get() != b.len() {
            return Err(ModelError::Trailing(pos.get()));
        }
        let second = if tables.len() == 2 { tables.pop() } else { None };
        Ok(Model { first: tables.pop().unwrap_or_default(), second, lexicon })
    }
}

/// Greedy left-to-right tagging of one sentence with one stage's weights: each label with its
/// margin over the runner-up, never an `I-` that does not continue its type.
fn greedy(table: &Table, pre: &[Pre], hints: Option<&[Hint]>) -> Vec<(u8, i32)> {
    let mut out = Vec::with_capacity(pre.len());
    let (mut prev, mut prev2) = (0u8, 0u8);
    let mut feats = Vec::with_capacity(80);
    for i in 0..pre.len() {
        extract(pre, hints, i, prev, prev2, &mut feats);
        let s = Model::scores(table, &feats);
        let (mut best, mut top, mut second) = (0u8, i32::MIN, i32::MIN);
        for l in 0..N_LABELS as u8 {
            if !allowed(prev, l) {
                continue;
            }
            let x = s[usize::from(l)];
            if x > top {
                (best, second, top) = (l, top, x);
            } else if x > second {
                second = x;
            }
        }
        out.push((best, top.saturating_sub(second)));
        prev2 = prev;
        prev = best;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use isnad_text::TokenKind;

    fn w(s: &'static str) -> Tok<'static> {
        Tok { full: s, stem: s, kind: TokenKind::Arabic, flags: 0, prior: 0, before: "", after: "", slots: 0, doc: 0, class: 0 }
    }

    /// A sentence and its gold labels: O, B-PER, I-PER, O, B-GPE.
    fn fixture() -> (Vec<Tok<'static>>, Vec<u8>) {
        (vec![w("التقى"), w("احمد"), w("سعيد"), w("في"), w("حمص")], vec![0, 1, 2, 0, 5])
    }

    /// A one-stage model trained on the fixture for `epochs` passes, without dropout.
    fn trained(epochs: usize) -> Model {
        let (sent, gold) = fixture();
        let mut t = Trainer::default();
        for _ in 0..epochs {
            t.train_sentence(&sent, &gold);
        }
        t.finish(1, 1)
    }

    #[test]
    fn a_model_survives_serialisation_and_bad_bytes_are_errors() {
        let (sent, gold) = fixture();
        let m = trained(5);
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).expect("round trip");
        assert_eq!(back.tag(&sent), m.tag(&sent));
        assert_eq!(back.tag(&sent), gold);
        assert!(matches!(Model::from_bytes(b"nonsense"), Err(ModelError::Magic)));
        assert!(matches!(Model::from_bytes(&bytes[..bytes.len() - 1]), Err(ModelError::Truncated(_))));
    }

    #[test]
    fn dropout_training_is_repeatable_and_an_ensemble_of_one_is_the_model() {
        let (sent, gold) = fixture();
        let train = |dropout| {
            let mut t = Trainer::with_dropout(dropout);
            for _ in 0..8 {
                t.train_sentence(&sent, &gold);
            }
            t
        };
        assert_eq!(train(25).finish(1, 1).to_bytes(), train(25).finish(1, 1).to_bytes());
        assert_ne!(train(25).finish(1, 1).to_bytes(), train(0).finish(1, 1).to_bytes(), "dropout hides features");
        assert_eq!(Trainer::finish_all(vec![train(25), train(25)], 1, 1).to_bytes(), train(25).finish(1, 1).to_bytes());
        assert_eq!(train(25).finish(1, 1).tag(&sent), gold);
    }

    #[test]
    fn a_two_stage_model_reads_its_first_stage_and_survives_serialisation() {
        let (sent, gold) = fixture();
        let first = trained(10);
        let hints = first.first_stage_hints(std::slice::from_ref(&sent)).pop().unwrap_or_default();
        assert_eq!(hints.iter().map(|h| h.label).collect::<Vec<_>>(), gold);
        let mut second = Trainer::default();
        for _ in 0..10 {
            second.train_stacked(&sent, &hints, &gold);
        }
        let m = Model::stacked(first.clone(), second.finish(1, 1));
        assert!(m.is_stacked() && !first.is_stacked());
        assert!(m.len() > first.len(), "the second stage brings its own weights");
        assert_eq!(m.tag(&sent), gold);
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).expect("round trip");
        assert!(back.is_stacked());
        assert_eq!(back.to_bytes(), bytes);
        assert!(matches!(Model::from_bytes(&bytes[..bytes.len() - 3]), Err(ModelError::Truncated(_))));
        let mut bad = bytes.clone();
        bad[16..20].copy_from_slice(&7u32.to_le_bytes());
        assert!(matches!(Model::from_bytes(&bad), Err(ModelError::Stages(7))));
    }

    #[test]
    fn the_corpus_lexicon_travels_in_the_model_file_and_reaches_the_hints() {
        let (sent, _) = fixture();
        let lexicon: Lexicon = [("احمد".into(), 0x1d), ("التقى".into(), 0x03)].into_iter().collect();
        let m = trained(5).with_lexicon(lexicon.clone());
        let hints = m.first_stage_hints(std::slice::from_ref(&sent)).pop().unwrap_or_default();
        assert_eq!(hints.iter().map(|h| h.corpus).collect::<Vec<_>>(), vec![0x03, 0x1d, 0, 0, 0], "سعيد, في and حمص are not in it");
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).expect("round trip");
        assert_eq!(back.lexicon(), &lexicon);
        assert_eq!(back.to_bytes(), bytes, "written in a fixed order");
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(Model::from_bytes(&longer), Err(ModelError::Trailing(_))));
        // the last entry is التقى (sorted after احمد): its first byte, then a broken sequence
        let mut broken = bytes.clone();
        let at = bytes.len() - 1 - "التقى".len();
        broken[at] = 0xff;
        assert!(matches!(Model::from_bytes(&broken), Err(ModelError::Utf8(_))));
    }
}
