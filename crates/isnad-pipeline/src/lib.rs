//! Wiring: ingest → per-document stages (in parallel, order preserved) → cross-document
//! stages. The CLI and the tests call this; no stage logic lives here.
//!
//! ```
//! use isnad_pipeline::{analyze_docs, Options};
//! let docs = isnad_ingest::read_bytes("a.txt", "عنوان الخبر هنا\n\nقال المتحدث إن الوضع هادئ في المدينة اليوم.".as_bytes(), &Default::default());
//! let a = analyze_docs(docs.into_iter().flatten().collect(), &Options::default());
//! assert_eq!(a.docs.len(), 1);
//! assert_eq!(a.docs[0].quotes.len(), 1);
//! ```

use isnad_clean::Templates;
use isnad_doc::{check_order, CorpusLayers, DocStage, Document};
use isnad_ingest::{Diagnostic, IngestOptions};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub ingest: IngestOptions,
    pub direction: isnad_values::Direction,
    /// Page templates learnt in earlier runs; this run's pages are added to a copy.
    pub templates: Option<Arc<Templates>>,
    /// Zone each page from its own evidence only (no cross-page template learning).
    pub no_templates: bool,
}

/// The result of a run: documents with all their layers, the cross-document layers, and a
/// diagnostic for every input that could not be read.
#[derive(Debug, Default)]
pub struct Analysis {
    pub docs: Vec<Document>,
    pub corpus: CorpusLayers,
    pub diagnostics: Vec<Diagnostic>,
    /// The template store after this run (the one passed in, plus this run's pages).
    pub templates: Arc<Templates>,
}

impl Analysis {
    /// 0 all fine, 1 some inputs skipped, 2 nothing usable.
    pub fn exit_code(&self) -> i32 {
        match (self.docs.is_empty(), self.diagnostics.is_empty()) {
            (true, _) => 2,
            (false, true) => 0,
            (false, false) => 1,
        }
    }
}

/// The per-document stages in order. `check_order` verifies each one's needs at start-up.
pub fn stages(opts: &Options) -> Vec<Box<dyn DocStage>> {
    let v: Vec<Box<dyn DocStage>> = vec![
        Box::new(isnad_clean::CleanStage { templates: if opts.no_templates { None } else { opts.templates.clone() } }),
        Box::new(isnad_doc::TextStage),
        Box::new(isnad_values::ValuesStage { direction: opts.direction }),
        Box::new(isnad_entities::EntitiesStage),
        Box::new(isnad_attribution::AttributionStage),
        Box::new(isnad_events::EventsStage),
    ];
    let refs: Vec<&dyn DocStage> = v.iter().map(|b| b.as_ref()).collect();
    if let Err(e) = check_order(&refs) {
        // A wiring bug, not an input problem: fail loudly in development.
        panic!("{e}");
    }
    v
}

/// Run every per-document stage on one document.
pub fn run_doc(stages: &[Box<dyn DocStage>], doc: &mut Document) {
    for s in stages {
        let _span = tracing::trace_span!("stage", name = s.name()).entered();
        s.run(doc);
    }
}

/// Read inputs (`-` is stdin). Returns documents in input order and diagnostics.
pub fn read_inputs(inputs: &[PathBuf], opts: &Options) -> (Vec<Document>, Vec<Diagnostic>) {
    let mut docs = Vec::new();
    let mut diags = Vec::new();
    let (stdin, paths): (Vec<&PathBuf>, Vec<&PathBuf>) = inputs.iter().partition(|p| p.as_os_str() == "-");
    let owned: Vec<PathBuf> = paths.into_iter().cloned().collect();
    let (files, d) = isnad_ingest::expand(&owned);
    diags.extend(d);
    let mut reads: Vec<isnad_ingest::Read> = Vec::new();
    if !stdin.is_empty() {
        reads.extend(isnad_ingest::read_stdin(&opts.ingest));
    }
    let per_file: Vec<Vec<isnad_ingest::Read>> = files.par_iter().map(|f| isnad_ingest::read_file(f, &opts.ingest)).collect();
    reads.extend(per_file.into_iter().flatten());
    for r in reads {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => diags.push(e),
        }
    }
    (docs, diags)
}

/// The template store for a batch: the one passed in `opts`, plus this batch's pages unless
/// `no_templates`. This is the one corpus-level step before the per-document stages: it only counts
/// block keys per site, so every page is zoned knowing its site's repeated chrome.
pub fn learn_templates(docs: &[Document], opts: &Options) -> Arc<Templates> {
    let mut store = opts.templates.as_deref().cloned().unwrap_or_default();
    if !opts.no_templates {
        store.observe_all(docs);
    }
    Arc::new(store)
}

/// Analyse documents already read.
pub fn analyze_docs(docs: Vec<Document>, opts: &Options) -> Analysis {
    let store = learn_templates(&docs, opts);
    let st = stages(&Options { templates: Some(store.clone()), ..opts.clone() });
    let (mut docs, diagnostics) = run_all(&st, docs);
    names_across_documents(&st, &mut docs);
    let mut corpus = cross_document(&docs);
    // Undated pages dated from their story: re-run the stages that read the publication date
    // (values resolve relative dates against it; quotes and events read the values), then the
    // cross-document step, so claims carry the new dates.
    let changed = isnad_events::date_from_stories(&mut docs, &corpus);
    if !changed.is_empty() {
        let from = st.iter().position(|s| s.needs().contains(&isnad_doc::Layer::Meta) && s.name() != "text").unwrap_or(0);
        for &i in &changed {
            let d = &mut docs[i];
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_doc(&st[from..], d)));
        }
        // (the entities stage ran again on these: their run-level names go back in)
        names_across_documents(&st, &mut docs);
        let estimates: Vec<(usize, Option<isnad_doc::DateWindow>)> = docs.iter().enumerate().map(|(i, d)| (i, d.meta.published_estimate.clone())).collect();
        corpus = cross_document(&docs);
        // keep the estimates made before the recomputation
        for (i, e) in estimates {
            if docs[i].meta.published_estimate.is_none() {
                docs[i].meta.published_estimate = e;
            }
        }
    }
    Analysis { docs, corpus, diagnostics, templates: store }
}

/// Names only the run as a whole reveals: a surname alone in one document, of a person another
/// document names in full ([`isnad_entities::surnames_across_documents`]). The documents that
/// gain a mention run the stages after the entities stage again, so their quotes and events
/// read it. Call between [`run_all`] and [`cross_document`].
pub fn names_across_documents(stages: &[Box<dyn DocStage>], docs: &mut [Document]) {
    let t = std::time::Instant::now();
    let changed = isnad_entities::surnames_across_documents(docs);
    let from = stages.iter().position(|s| s.name() == isnad_entities::STAGE).map_or(stages.len(), |p| p + 1);
    for &i in &changed {
        let d = &mut docs[i];
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_doc(&stages[from..], d)));
    }
    tracing::info!(seconds = t.elapsed().as_secs_f64(), documents = changed.len(), "surnames across documents");
}

/// The cross-document stages: canonical entities, then stories, claims and relations.
pub fn cross_document(docs: &[Document]) -> CorpusLayers {
    let mut corpus = CorpusLayers::default();
    let t = std::time::Instant::now();
    isnad_entities::canonicalize(docs, &mut corpus);
    tracing::info!(seconds = t.elapsed().as_secs_f64(), entities = corpus.entities.len(), "entities");
    isnad_events::cross_document(docs, &mut corpus);
    corpus
}

/// Run the per-document stages on every document in parallel. A stage that panics on one
/// document costs only that document: it becomes a diagnostic and the others go on.
pub fn run_all(stages: &[Box<dyn DocStage>], docs: Vec<Document>) -> (Vec<Document>, Vec<Diagnostic>) {
    let results: Vec<Result<Document, Diagnostic>> = docs
        .into_par_iter()
        .map(|mut d| {
            let path = d.source.path.clone();
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_doc(stages, &mut d))) {
                Ok(()) => Ok(d),
                Err(p) => {
                    let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_else(|| "panic".into());
                    Err(Diagnostic { path, error: isnad_ingest::IngestError::Internal(msg) })
                }
            }
        })
        .collect();
    let mut ok = Vec::with_capacity(results.len());
    let mut bad = Vec::new();
    for r in results {
        match r {
            Ok(d) => ok.push(d),
            Err(e) => bad.push(e),
        }
    }
    (ok, bad)
}

/// The main job: read, analyse, and keep the diagnostics.
pub fn analyze(inputs: &[PathBuf], opts: &Options) -> Analysis {
    let (docs, diags) = read_inputs(inputs, opts);
    for d in &diags {
        tracing::warn!("skipped {d}");
    }
    let mut a = analyze_docs(docs, opts);
    let mut all = diags;
    all.append(&mut a.diagnostics);
    a.diagnostics = all;
    a
}
