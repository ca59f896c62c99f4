//! Training (averaged perceptron) and the compact model: per feature, 16-bit weights for the
//! labels it has any weight on.

use crate::features::{after_label, extract, label_pair, observe, prepare, Pre};
use crate::letters::Letters;
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
    /// Paths kept by the beam when training as a structured perceptron ([`Trainer::with_beam`]);
    /// 0 or 1 trains greedily.
    beam: usize,
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

    /// This trainer as a structured perceptron: each sentence is decoded by a beam of `width`
    /// paths, and when the gold path falls out of the beam, the weights are corrected on the
    /// whole prefix (early update), so that the scores of a path add up to what the decoder
    /// compares. The model it makes decodes with the same beam.
    pub fn with_beam(self, width: usize) -> Trainer {
        Trainer { beam: width, ..self }
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

    /// One pass over one sentence: tag it with the current weights (the history is the model's
    /// own guesses, as at run time) and correct what it got wrong: each wrong label when greedy,
    /// the path up to where the gold one left the beam with [`Trainer::with_beam`]. Returns the
    /// errors.
    pub fn train_sentence(&mut self, toks: &[Tok], gold: &[u8]) -> usize {
        self.train_with(toks, None, gold)
    }

    /// [`Trainer::train_sentence`] for the second stage of a two-stage model: `hints` are what a
    /// first stage that never saw this sentence said of it ([`crate::hints`]).
    pub fn train_stacked(&mut self, toks: &[Tok], hints: &[Hint], gold: &[u8]) -> usize {
        self.train_with(toks, Some(hints), gold)
    }

    fn train_with(&mut self, toks: &[Tok], hints: Option<&[Hint]>, gold: &[u8]) -> usize {
        if self.beam > 1 {
            return self.train_beam(toks, hints, gold);
        }
        let (mut prev, mut prev2) = (0u8, 0u8);
        let mut errors = 0;
        let mut feats = std::mem::take(&mut self.feats);
        let pre = prepare(toks);
        for (i, &g) in gold.iter().enumerate().take(toks.len()) {
            self.step += 1;
            extract(&pre, hints, i, prev, prev2, &mut feats);
            if self.dropout > 0 {
                let step = self.step;
                feats.retain(|f| !self.hidden(step, *f));
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

    /// Whether feature `f` is hidden at training step `step` (a fixed pseudo-random draw per
    /// step and feature, so that training is repeatable).
    fn hidden(&self, step: u32, f: u64) -> bool {
        let salt = (u64::from(step) + self.seed.wrapping_mul(7_777_777)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        ((f ^ salt).wrapping_mul(0xbf58_476d_1ce4_e5b9) >> 40) % 100 < u64::from(self.dropout)
    }

    /// The features of token `i` after the labels `path` gives the tokens before it, less those
    /// hidden at `step`.
    fn visible(&self, pre: &[Pre], hints: Option<&[Hint]>, i: usize, path: &[u8], step: u32, out: &mut Vec<u64>) {
        let at = |k: usize| i.checked_sub(k).and_then(|j| path.get(j)).copied().unwrap_or(0);
        extract(pre, hints, i, at(1), at(2), out);
        if self.dropout > 0 {
            out.retain(|f| !self.hidden(step, *f));
        }
    }

    /// [`Trainer::train_sentence`] as a structured perceptron (see [`Trainer::with_beam`]).
    fn train_beam(&mut self, toks: &[Tok], hints: Option<&[Hint]>, gold: &[u8]) -> usize {
        let n = gold.len().min(toks.len());
        let pre = prepare(toks);
        // one dropout draw per token, shared by every path through it
        let base = self.step;
        self.step += n as u32;
        let mut feats = std::mem::take(&mut self.feats);
        for i in 0..n {
            self.visible(&pre, hints, i, gold, base + i as u32 + 1, &mut feats);
            for f in &feats {
                *self.seen.entry(*f).or_default() += 1;
            }
        }
        let guess = {
            let me = &*self;
            let score = |feats: &mut Vec<u64>, i: usize| -> [f64; N_LABELS] {
                if me.dropout > 0 {
                    feats.retain(|f| !me.hidden(base + i as u32 + 1, *f));
                }
                me.scores(feats).map(f64::from)
            };
            beam_search(&pre, hints, self.beam, score, Some(&gold[..n]))
        };
        let guess: Vec<u8> = guess.iter().map(|x| x.0).collect();
        let errors = guess.iter().zip(gold).filter(|(g, l)| g != l).count();
        // correct the prefix the beam returned: up the gold path, down the guessed one, from the
        // first token where they part
        let first = guess.iter().zip(gold).position(|(g, l)| g != l).unwrap_or(guess.len());
        for i in first..guess.len() {
            let step = base + i as u32 + 1;
            for (path, delta) in [(gold, 1.0), (&guess[..], -1.0)] {
                self.visible(&pre, hints, i, path, step, &mut feats);
                self.update(&feats, usize::from(path[i]), delta);
            }
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
        let beam = trainers.first().map_or(1, |t| t.beam.clamp(1, 255) as u8);
        Model { first: weights, second: None, lexicon: Lexicon::default(), letters: None, beams: [beam, 1] }
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
    /// What a word's letters say of it, for words the lexicon lacks ([`Letters`]): trained on
    /// the lexicon, for the second stage.
    letters: Option<Letters>,
    /// Paths the decoder keeps in each stage (1: greedy), as it was trained
    /// ([`Trainer::with_beam`]).
    beams: [u8; 2],
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
    #[error("model decodes with a beam of {0} paths, this build reads 1 to 255; retrain it with `isnad train-ner`")]
    Beam(u32),
    #[error("model's corpus lexicon has a word that is not UTF-8 at byte {0}; retrain it with `isnad train-ner`")]
    Utf8(usize),
    #[error("model file has stray bytes after its end at byte {0}; retrain it with `isnad train-ner`")]
    Trailing(usize),
}

const MAGIC: &[u8; 8] = b"ISNADNER";
const FORMAT: u32 = 6;

impl Model {
    /// A two-stage model: `first` tags, then `second` (trained with [`Trainer::train_stacked`])
    /// tags again reading the first pass. Only the first stage of each is kept.
    pub fn stacked(first: Model, second: Model) -> Model {
        Model { first: first.first, second: Some(second.first), lexicon: Lexicon::default(), letters: None, beams: [first.beams[0], second.beams[0]] }
    }

    /// This model with a corpus lexicon built from its first stage, which its second stage reads.
    pub fn with_lexicon(self, lexicon: Lexicon) -> Model {
        Model { lexicon, ..self }
    }

    /// This model with a letter model ([`Letters`], trained on its lexicon), whose guesses the
    /// second stage reads for words the lexicon lacks.
    pub fn with_letters(self, letters: Option<Letters>) -> Model {
        Model { letters, ..self }
    }

    /// The corpus lexicon the second stage reads (empty for a model trained without one).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The letter model, when the model has one.
    pub fn letters(&self) -> Option<&Letters> {
        self.letters.as_ref()
    }

    /// Paths the decoder keeps in the stage that gives the labels (the second of two): 1 for a
    /// greedy model.
    pub fn beam(&self) -> usize {
        usize::from(self.beams[usize::from(self.second.is_some())].max(1))
    }

    /// The margin below which [`Model::tag_document`] drops an entity: [`crate::MIN_MARGIN`] when
    /// the stage that gives the labels is greedy. A beam's margins are local (the label's lead at
    /// its token on the chosen path, which the path may have taken against it), so a beam model
    /// drops nothing: in 5-fold cross-validation the dial cost it recall 0.733 → 0.686 for
    /// precision 0.829 → 0.848, and unfiltered it is already as precise as the filtered greedy
    /// model (one stage, beam of 4).
    pub fn min_margin(&self) -> i32 {
        if self.beam() <= 1 {
            crate::MIN_MARGIN
        } else {
            i32::MIN
        }
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

    /// Tag a sentence: one label per token (see [`crate::label_name`]). Left to right, by the
    /// beam the model was trained with (greedy for a beam of one), and never an `I-` that does
    /// not continue its type.
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
        let mut labels: Vec<Vec<u8>> = tagged.iter().map(|t| confident(t, self.min_margin())).collect();
        crate::propagate(sentences, &mut labels);
        crate::drop_common_nouns(sentences, &mut labels);
        crate::drop_construct_places(sentences, &mut labels);
        crate::split_at_conjunctions(sentences, &mut labels);
        crate::split_repeated_names(sentences, &mut labels);
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
        crate::set_corpus_hints(sentences, &mut h, &self.lexicon, self.letters.as_ref());
        h
    }

    /// Each sentence's prepared tokens and its first-stage labels and margins.
    fn first_pass(&self, sentences: &[Vec<Tok>]) -> (Vec<Vec<Pre>>, Tagged) {
        let pre: Vec<Vec<Pre>> = sentences.iter().map(|s| prepare(s)).collect();
        let tagged = pre.iter().map(|p| decode(&self.first, self.beams[0], p, None)).collect();
        (pre, tagged)
    }

    /// Tag a document whose context is already set: each sentence's labels and margins.
    fn tag_in_context(&self, sentences: &[Vec<Tok>]) -> Tagged {
        let (pre, tagged) = self.first_pass(sentences);
        let Some(second) = &self.second else { return tagged };
        let mut hints = crate::hints(sentences, &tagged);
        crate::set_corpus_hints(sentences, &mut hints, &self.lexicon, self.letters.as_ref());
        pre.iter().zip(&hints).map(|(p, h)| decode(second, self.beams[1], p, Some(h))).collect()
    }

    /// Serialise: magic, format, label count, stage count, each stage's beam width, then per
    /// stage its feature count and per feature (sorted by id): id (u64), a 16-bit mask of the
    /// labels with a weight, and those weights (i16); then the corpus lexicon's entry count and per entry (sorted by stem) the
    /// stem's byte length (u8), its bytes and its code (u8); then 1 and the letter model's
    /// weights ([`Letters::to_bytes`]), or 0 for none. Little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let stages: Vec<&Table> = std::iter::once(&self.first).chain(self.second.as_ref()).collect();
        let mut out = Vec::with_capacity(20 + self.len() * 16);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&(N_LABELS as u32).to_le_bytes());
        out.extend_from_slice(&(stages.len() as u32).to_le_bytes());
        for b in &self.beams[..stages.len()] {
            out.extend_from_slice(&u32::from((*b).max(1)).to_le_bytes());
        }
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
        match &self.letters {
            Some(l) => {
                out.push(1);
                l.to_bytes(&mut out);
            }
            None => out.push(0),
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
        // (format 4 is format 5 without the beam widths: a greedy model; format 5 is format 6
        // without the letter model)
        if !(4..=FORMAT).contains(&version) {
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
        let mut beams = [1u8; 2];
        if version != 4 {
            for b in beams.iter_mut().take(stages as usize) {
                let w = u32_at(take(4)?);
                *b = u8::try_from(w).ok().filter(|&b| b >= 1).ok_or(ModelError::Beam(w))?;
            }
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
        let letters = if version >= 6 && take(1)?[0] == 1 {
            let at = pos.get();
            Some(Letters::from_bytes(take(Letters::byte_len())?).ok_or(ModelError::Truncated(at))?)
        } else {
            None
        };
        if pos.get() != b.len() {
            return Err(ModelError::Trailing(pos.get()));
        }
        let second = if tables.len() == 2 { tables.pop() } else { None };
        Ok(Model { first: tables.pop().unwrap_or_default(), second, lexicon, letters, beams })
    }
}

/// One sentence tagged by one stage, greedily or with the beam it was trained with.
fn decode(table: &Table, beam: u8, pre: &[Pre], hints: Option<&[Hint]>) -> Vec<(u8, i32)> {
    if beam <= 1 {
        return greedy(table, pre, hints);
    }
    beam_search(pre, hints, usize::from(beam), |feats, _| Model::scores(table, feats).map(f64::from), None)
}

/// A path the beam holds: its last two labels, its score, its last node in the decoder's arena,
/// and whether it is the gold path so far (in training).
#[derive(Clone, Copy)]
struct Head {
    prev: u8,
    prev2: u8,
    score: f64,
    node: usize,
    gold: bool,
}

/// Beam search over one sentence: at each token, every path in the beam is extended by every
/// label that may follow its last, scored by the token's label-free features ([`observe`], once)
/// plus the features of the path's history ([`after_label`], [`label_pair`]), and the `width`
/// best paths are kept. Paths ending in the same two labels score every continuation alike, so only the best of them
/// stays. `score` sums the weights of the features it is given (the token index lets a trainer
/// hide the same features on every path). Returns the best path with each label's margin over
/// the runner-up label at that token on the same path. With `gold` (training), it stops at the
/// first token where the gold path falls out of the beam and returns the best path up to there.
fn beam_search(pre: &[Pre], hints: Option<&[Hint]>, width: usize, mut score: impl FnMut(&mut Vec<u64>, usize) -> [f64; N_LABELS], gold: Option<&[u8]>) -> Vec<(u8, i32)> {
    let width = width.max(1);
    // (label, margin, parent node): every node ever kept, so that paths share their prefixes
    let mut nodes: Vec<(u8, i32, usize)> = Vec::with_capacity(pre.len() * width);
    let mut beam = vec![Head { prev: 0, prev2: 0, score: 0.0, node: usize::MAX, gold: true }];
    let mut spare: Vec<Head> = Vec::with_capacity(width);
    // the paths kept at this token, best first: (score, path extended, label, margin)
    let mut next: Vec<(f64, usize, u8, i32)> = Vec::with_capacity(width + 1);
    // the scores of the features that read the last label, per last label: paths that end
    // alike share them
    let mut after: Vec<(u8, [f64; N_LABELS])> = Vec::with_capacity(width);
    let mut feats = Vec::with_capacity(96);
    for i in 0..pre.len() {
        let want = gold.and_then(|g| g.get(i)).copied();
        feats.clear();
        observe(pre, hints, i, &mut feats);
        let obs = score(&mut feats, i);
        next.clear();
        after.clear();
        for (k, h) in beam.iter().enumerate() {
            let last = match after.iter().find(|x| x.0 == h.prev) {
                Some(x) => x.1,
                None => {
                    feats.clear();
                    after_label(pre, hints, i, h.prev, &mut feats);
                    let x = score(&mut feats, i);
                    after.push((h.prev, x));
                    x
                }
            };
            feats.clear();
            feats.push(label_pair(h.prev, h.prev2));
            let pair = score(&mut feats, i);
            // (a gold path may take a transition the decoder forbids: it must not fall out for it)
            let ok = |l: u8| allowed(h.prev, l) || (h.gold && want == Some(l));
            let mut local = [f64::NEG_INFINITY; N_LABELS];
            let (mut top, mut best, mut second) = (f64::NEG_INFINITY, usize::MAX, f64::NEG_INFINITY);
            for (l, x) in local.iter_mut().enumerate() {
                if ok(l as u8) {
                    *x = obs[l] + last[l] + pair[l];
                    if *x > top {
                        (second, top, best) = (top, *x, l);
                    } else if *x > second {
                        second = *x;
                    }
                }
            }
            for (l, &x) in local.iter().enumerate().filter(|(_, x)| x.is_finite()) {
                let sc = h.score + x;
                // two paths ending in the same two labels score every continuation alike: keep
                // the better (on a tie, the one met first)
                match next.iter().position(|c| c.2 == l as u8 && beam[c.1].prev == h.prev) {
                    Some(j) if sc > next[j].0 => {
                        next.remove(j);
                    }
                    Some(_) => continue,
                    None if next.len() == width && next.last().is_some_and(|c| sc <= c.0) => continue,
                    None => {}
                }
                let other = if l == best { second } else { top };
                let margin = if other.is_finite() { (x - other).clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32 } else { i32::MAX };
                // after the paths that score as well, so that ties keep the order met
                let at = next.iter().position(|c| sc > c.0).unwrap_or(next.len());
                next.insert(at, (sc, k, l as u8, margin));
                next.truncate(width);
            }
        }
        spare.clear();
        for &(sc, k, l, m) in &next {
            let h = beam[k];
            nodes.push((l, m, h.node));
            spare.push(Head { prev: l, prev2: h.prev, score: sc, node: nodes.len() - 1, gold: h.gold && want == Some(l) });
        }
        std::mem::swap(&mut beam, &mut spare);
        if gold.is_some() && !beam.iter().any(|h| h.gold) {
            break;
        }
    }
    let mut out = Vec::with_capacity(pre.len());
    let mut at = beam.first().map_or(usize::MAX, |h| h.node);
    while let Some(&(l, m, parent)) = nodes.get(at) {
        out.push((l, m));
        at = parent;
    }
    out.reverse();
    out
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
    fn a_beam_trained_model_keeps_its_beam_and_tags_what_it_learned() {
        let (sent, gold) = fixture();
        let train = |beam| {
            let mut t = Trainer::with_dropout(25).with_beam(beam);
            for _ in 0..10 {
                t.train_sentence(&sent, &gold);
            }
            t.finish(1, 1)
        };
        let m = train(3);
        assert_eq!(m.beam(), 3);
        assert_eq!(m.tag(&sent), gold);
        assert_eq!(train(3).to_bytes(), m.to_bytes(), "training is repeatable");
        let back = Model::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(back.beam(), 3);
        assert_eq!(back.tag(&sent), gold);
        assert_eq!(train(1).beam(), 1);
        let mut zero = m.to_bytes();
        zero[20..24].copy_from_slice(&0u32.to_le_bytes());
        assert!(matches!(Model::from_bytes(&zero), Err(ModelError::Beam(0))));
        // each stage keeps its own beam: a greedy first stage under a beam-trained second
        let hints = train(1).first_stage_hints(std::slice::from_ref(&sent)).pop().unwrap_or_default();
        let mut second = Trainer::default().with_beam(3);
        for _ in 0..10 {
            second.train_stacked(&sent, &hints, &gold);
        }
        let two = Model::stacked(train(1), second.finish(1, 1));
        assert_eq!(two.beam(), 3, "the second stage gives the labels");
        assert_eq!(two.min_margin(), i32::MIN);
        assert_eq!(train(1).min_margin(), crate::MIN_MARGIN);
        let back = Model::from_bytes(&two.to_bytes()).expect("round trip");
        assert_eq!(back.to_bytes(), two.to_bytes());
        assert_eq!(back.tag(&sent), gold);
    }

    #[test]
    fn the_beam_stops_where_the_gold_path_falls_out() {
        let (sent, gold) = fixture();
        let pre = prepare(&sent);
        // every label scores alike but B-GPE (5), which scores high: one path survives a beam of
        // one, and the gold path (O first) falls out at the first token
        let score = |_: &mut Vec<u64>, _: usize| -> [f64; N_LABELS] { std::array::from_fn(|l| if l == 5 { 10.0 } else { 0.0 }) };
        let out = beam_search(&pre, None, 1, score, Some(&gold));
        assert_eq!(out.iter().map(|x| x.0).collect::<Vec<_>>(), vec![5]);
        let out = beam_search(&pre, None, 1, score, None);
        assert_eq!(out.len(), sent.len());
        // an I- label only continues its own type
        assert!(out.windows(2).all(|w| crate::allowed(w[0].0, w[1].0)));
        assert!(out.iter().all(|x| x.1 >= 0), "each label is the best at its token: {out:?}");
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
        // the last entry is التقى (sorted after احمد), then its code and the byte saying there
        // is no letter model: the stem's first byte made a broken sequence
        let mut broken = bytes.clone();
        let at = bytes.len() - 2 - "التقى".len();
        broken[at] = 0xff;
        assert!(matches!(Model::from_bytes(&broken), Err(ModelError::Utf8(_))));
    }

    #[test]
    fn the_letter_model_guesses_only_for_words_the_lexicon_lacks_and_travels_in_the_file() {
        let (sent, _) = fixture();
        let lexicon: Lexicon = [("احمد".into(), 0x1d), ("التقى".into(), 0x03), ("محمد".into(), 0x1d), ("قال".into(), 0x03)].into_iter().collect();
        let letters = Letters::train(&lexicon);
        let m = trained(5).with_lexicon(lexicon.clone()).with_letters(Some(letters.clone()));
        let hints = m.first_stage_hints(std::slice::from_ref(&sent)).pop().unwrap_or_default();
        let corpus: Vec<u8> = hints.iter().map(|h| h.corpus).collect();
        assert_eq!(corpus[..2], [0x03, 0x1d], "the lexicon's own codes stand");
        assert_eq!(corpus[2], letters.code("سعيد"), "a word it lacks takes the letters' guess");
        assert_eq!(corpus[4], letters.code("حمص"));
        assert!(corpus[2..].iter().all(|c| c & 3 == 0), "a guess has no count bits");
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).expect("round trip");
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(back.first_stage_hints(std::slice::from_ref(&sent)), m.first_stage_hints(std::slice::from_ref(&sent)));
        assert!(matches!(Model::from_bytes(&bytes[..bytes.len() - 1]), Err(ModelError::Truncated(_))));
    }
}
