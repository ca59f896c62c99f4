//! `isnad`: the command-line front end. Argument parsing and wiring only; every stage lives
//! in its own crate.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use isnad_pipeline::{analyze_docs, read_inputs, Options};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

mod canon_eval;
mod clean_eval;
mod ner;
mod quotes_eval;

#[derive(Parser)]
#[command(name = "isnad", version, about = "Turn scraped Arabic news pages into a source-attributed record of events, claims, speakers, numbers and dates.")]
struct Cli {
    /// More log output (-v info, -vv debug). Logs go to stderr.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    cmd: Cmd,
}

/// Cross-page template learning: blocks repeated on many pages of one site are chrome.
#[derive(clap::Args, Clone)]
struct TemplateArgs {
    /// Read page templates learnt in earlier runs from this file (if it exists) and write them
    /// back with this run's pages added, so a crawl can be cleaned batch by batch.
    #[arg(long)]
    templates: Option<PathBuf>,
    /// Zone each page from its own evidence only (no learning across the pages of this run).
    #[arg(long)]
    no_templates: bool,
}

impl TemplateArgs {
    fn load(&self) -> Result<Option<std::sync::Arc<isnad_clean::Templates>>> {
        let Some(p) = &self.templates else { return Ok(None) };
        if !p.exists() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(p).with_context(|| format!("reading the template store {}", p.display()))?;
        let t = isnad_clean::Templates::from_tsv(&text).with_context(|| format!("{}", p.display()))?;
        Ok(Some(std::sync::Arc::new(t)))
    }
    fn save(&self, t: &isnad_clean::Templates) -> Result<()> {
        if let Some(p) = &self.templates {
            std::fs::write(p, t.to_tsv()).with_context(|| format!("cannot write the template store {}", p.display()))?;
        }
        Ok(())
    }
}

/// The user's own actors and places, added to the built-in tables for this run.
#[derive(clap::Args, Clone)]
struct LexiconArgs {
    /// Add actors and their aliases from this file (same tab-separated format as
    /// resources/actors.tsv: id, type, canonical name, |-separated aliases; a built-in id gains
    /// the aliases). May be given several times.
    #[arg(long = "actors", value_name = "FILE")]
    actors: Vec<PathBuf>,
    /// Add places from this file (same format as resources/gazetteer/extras.tsv: name,
    /// geonameid or -, lat, lon, country, admin1, population, feature code, source). May be given
    /// several times.
    #[arg(long = "places", value_name = "FILE")]
    places: Vec<PathBuf>,
    /// Add named events from this file (same format as resources/events.tsv: id, canonical
    /// name, |-separated aliases; a built-in id gains the aliases). May be given several times.
    #[arg(long = "events", value_name = "FILE")]
    events: Vec<PathBuf>,
}

impl LexiconArgs {
    fn install(&self) -> Result<()> {
        if self.actors.is_empty() && self.places.is_empty() && self.events.is_empty() {
            return Ok(());
        }
        let read = |ps: &[PathBuf]| -> Result<Vec<(String, String)>> {
            ps.iter().map(|p| Ok((p.display().to_string(), std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?))).collect()
        };
        isnad_entities::Lexicon::add_user_files(isnad_entities::UserTables { actors: read(&self.actors)?, places: read(&self.places)?, events: read(&self.events)? })?;
        Ok(())
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Dir {
    Past,
    Future,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyse pages (files, directories, `-` for stdin) and write the JSON report and/or HTML dossier.
    Analyze {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write the JSON report here (`-` for stdout). Without --json or --html, JSON goes to stdout.
        #[arg(long)]
        json: Option<PathBuf>,
        /// Write the HTML dossier here.
        #[arg(long)]
        html: Option<PathBuf>,
        /// Largest input accepted per document, in bytes.
        #[arg(long, default_value_t = 16 << 20)]
        max_bytes: u64,
        /// How a bare weekday resolves against the publication date.
        #[arg(long, value_enum, default_value = "past")]
        direction: Dir,
        /// Print nothing but errors on stderr.
        #[arg(short, long)]
        quiet: bool,
        /// Show every page as its zones (label, rule, reason for each removal) on stderr.
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        tpl: TemplateArgs,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
    /// Clean pages only (ingest and zoning, no analysis): one JSON line per page with headline,
    /// dates, dateline, credits, language, body and every removed block with its reason.
    Clean {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print each page as its zones instead of JSON (coloured on a terminal).
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        tpl: TemplateArgs,
        /// Print pages, MB and time per page to stderr.
        #[arg(long)]
        stats: bool,
    },
    /// Read one text per line on stdin; write one JSON line per input with every value mention
    /// (start, end, text, dimension, value), in the shape of Duckling's `expected` objects.
    Values {
        /// Resolve relative expressions against this date (YYYY-MM-DD[THH:MM][Z|±HH:MM]; with an offset, clocks
        /// stated in another zone are converted to it); without it they stay relative.
        #[arg(long)]
        anchor: Option<String>,
        #[arg(long, value_enum, default_value = "past")]
        direction: Dir,
        /// Run every matcher at every token (slower; the output must be identical).
        #[arg(long)]
        no_prefilter: bool,
        /// Worker threads (default: one per core). Output order is input order either way.
        #[arg(long)]
        threads: Option<usize>,
        /// Each input line is a JSON object `{"text": …, "anchor"?: "YYYY-MM-DD[THH:MM]"}`, so
        /// every text gets its own anchor (e.g. its publication date); `--anchor` is the default.
        #[arg(long)]
        jsonl: bool,
        /// Print lines, MB, mentions and throughput to stderr (time from first read to last write).
        #[arg(long)]
        stats: bool,
    },
    /// Score the value layer on the JSONL suites in a directory (e.g. ../shared/data/values).
    EvalValues {
        dir: PathBuf,
        /// Print up to this many failing cases per suite.
        #[arg(long, default_value_t = 0)]
        failures: usize,
    },
    /// Train the entity tagger on NewsFANE (the last 10% of sentences held out) and write the model.
    TrainNer {
        /// The NewsFANE directory (e.g. ../shared/data/ner/newsfane) or its .txt file.
        dir: PathBuf,
        #[arg(short, long, default_value = "resources/ner/newsfane.model")]
        out: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Keep features seen at least this many times in training.
        #[arg(long, default_value_t = 2)]
        min_count: u32,
        /// Drop features whose every quantised weight is below this (of 32,767): a smaller, faster model.
        #[arg(long, default_value_t = 1500)]
        prune: i16,
        /// Perceptrons trained on differently shuffled data and averaged into the one model.
        #[arg(long, default_value_t = 3)]
        ensemble: usize,
        /// Percentage of features hidden at each training step (the perceptron's regulariser).
        #[arg(long, default_value_t = 25)]
        dropout: u8,
        /// Two stages: the second reads the first's labels (to the right, and for the same word
        /// elsewhere in the document). The first stage's labels on the training data come from
        /// this many jackknife models, each trained without its part; 0 (or 1) trains one stage.
        #[arg(long, default_value_t = 5)]
        stack: usize,
        /// Train the stage that gives the labels (the second of two) as a structured perceptron
        /// over a beam of this many paths (early update), and tag with the same beam; 1 trains
        /// and tags greedily.
        #[arg(long, default_value_t = 2)]
        beam: usize,
        /// The same for the first of two stages. Greedy by default: a beam there lifts
        /// cross-validation a little (0.7905 against 0.7881) but changes the corpus lexicon the
        /// entity rules read, and the whole entity stage lost 0.01 on the test part.
        #[arg(long, default_value_t = 1)]
        first_beam: usize,
        /// More training data: CoNLL-style files with NewsFANE or coarse tags (e.g. Wojood's train.txt).
        #[arg(long)]
        extra: Vec<PathBuf>,
        /// Model selection: train on the first 80% of NewsFANE and score on the next 10% (the
        /// test part stays unseen).
        #[arg(long)]
        dev: bool,
        /// Model selection with less noise: K-fold cross-validation over the first 90% (the test
        /// part stays unseen); prints each fold's micro-F1 and their mean, writes no model.
        #[arg(long)]
        folds: Option<usize>,
        /// An unlabelled news corpus (files or directories `isnad analyze` reads, e.g.
        /// ../shared/data/corpus/saudinewsnet): the first stage tags it, and the second stage
        /// reads what it said of each word there (the corpus lexicon, kept in the model).
        #[arg(long)]
        corpus: Vec<PathBuf>,
        /// Other training orders and dropout draws: compare two models under a few seeds to see
        /// how much of their difference is chance (0 trains the committed model).
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Score the entity tagger: P/R/F1 per type on NewsFANE's held-out 10%, or on any CoNLL file.
    EvalNer {
        /// The NewsFANE directory (e.g. ../shared/data/ner/newsfane) or its .txt file.
        dir: PathBuf,
        /// A model file (default: the one built in).
        #[arg(long)]
        model: Option<PathBuf>,
        /// Score this `token<TAB>BIO-tag` file instead (NewsFANE fine types or PER/ORG/GPE/LOC/FAC/NORP; `-DOCSTART-` lines separate documents).
        #[arg(long)]
        conll: Option<PathBuf>,
        /// List up to N misses and false alarms (in corpus order, with three words of context).
        #[arg(long, default_value_t = 0)]
        failures: usize,
        /// Score the whole entity stage (rules, lexicons and tagger, as `isnad analyze` runs it)
        /// on the sentences as running text, next to the tagger alone on the same tokens.
        #[arg(long)]
        system: bool,
        /// With --system: list (up to --failures) the entity stage's misses and false alarms
        /// that the tagger alone does not make, and the tagger's that the stage does not: where
        /// the rules lose and where they gain.
        #[arg(long, requires = "system")]
        against_tagger: bool,
        /// Score the development split (80-90% of the sentences, for a model trained with
        /// `train-ner --dev`) instead of the test part.
        #[arg(long)]
        dev: bool,
        /// Tagging passes timed for the speed figure (the fastest counts). CI runs one and two
        /// passes under callgrind: the difference is the work of one pass, in instructions.
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
        passes: u32,
    },
    /// Score canonicalisation on a fixture suite (tests/fixtures/entities/canon.jsonl): pairwise P/R.
    EvalEntities {
        file: PathBuf,
        /// List the pairs that failed.
        #[arg(long)]
        failures: bool,
    },
    /// Score quote attribution on the gold set (tests/fixtures/quotes/gold.jsonl): quote P/R/F1
    /// (exact and overlap), speaker, channel, agency and chain accuracy.
    EvalQuotes {
        #[arg(default_value = "tests/fixtures/quotes/gold.jsonl")]
        file: PathBuf,
        /// List up to N misses and wrong attributions.
        #[arg(long, default_value_t = 0)]
        failures: usize,
    },
    /// Score page cleaning and metadata: body token P/R/F1 (and trafilatura-style snippets), headline
    /// and publication-date accuracy, on the project's gold pages and/or a directory with gold.json
    /// (e.g. ../shared/data/html).
    EvalClean {
        #[arg(default_value = "tests/fixtures/clean/gold.jsonl")]
        paths: Vec<PathBuf>,
        /// List up to N failures per set.
        #[arg(long, default_value_t = 0)]
        failures: usize,
    },
    /// Score geocoding on spellings held out of the gazetteer (tests/fixtures/geo/heldout.tsv).
    EvalGeo { file: PathBuf },
    /// Count word stems in a corpus (occurrences, and with the article) for the tagger's priors.
    BuildWordstats {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(short, long, default_value = "resources/ner/wordstats.tsv")]
        out: PathBuf,
        /// Keep stems seen at least this many times.
        #[arg(long, default_value_t = 5)]
        min: u32,
    },
    /// Tag entities in text from stdin: a JSON line per input line, or with `--conll` one token
    /// per line in and `token<TAB>BIO-tag` out. CoNLL sentences are read a document at a time, as
    /// `eval-ner --conll` scores them: a `-DOCSTART-` line ends a document, and so does every
    /// 20th sentence.
    Ner {
        #[arg(long)]
        conll: bool,
        /// Run the whole entity stage on each line, as `isnad analyze` does (actor table,
        /// gazetteer, rules, tagger, named events, geocoding), not the tagger alone; each entity
        /// then says which rule found it and, for a place, where it is.
        #[arg(long)]
        rules: bool,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
    /// Measure throughput and peak memory on a corpus (e.g. ../shared/data/corpus/saudinewsnet/*.zip).
    Bench {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Stop after this many documents (0 = all).
        #[arg(long, default_value_t = 0)]
        limit: usize,
        /// Run only the stages up to and including this one (`values` measures the value layer).
        #[arg(long)]
        until: Option<String>,
    },
}

fn main() {
    let cli = Cli::parse();
    // A stage that panics is caught per document and reported as a diagnostic; keep the
    // hook's own output to one line instead of a backtrace per document.
    std::panic::set_hook(Box::new(|info| eprintln!("internal error: {info}")));
    let level = match cli.verbose {
        0 => tracing::Level::WARN,
        1 => tracing::Level::INFO,
        _ => tracing::Level::DEBUG,
    };
    tracing_subscriber::fmt().with_max_level(level).with_writer(std::io::stderr).with_ansi(std::io::stderr().is_terminal()).with_target(false).init();
    let code = match run(cli) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn spinner(msg: &'static str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new_spinner();
    pb.set_style(ProgressStyle::with_template("{spinner} {msg} {elapsed}").unwrap_or_else(|_| ProgressStyle::default_spinner()));
    pb.set_message(msg);
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

fn write_out(path: &PathBuf, data: &[u8]) -> Result<()> {
    if path.as_os_str() == "-" {
        std::io::stdout().write_all(data).context("writing to stdout")?;
        return Ok(());
    }
    std::fs::write(path, data).with_context(|| format!("cannot write {}; check that the directory exists and is writable", path.display()))
}

fn run(cli: Cli) -> Result<i32> {
    match cli.cmd {
        Cmd::Analyze { paths, json, html, max_bytes, direction, quiet, explain, tpl, lexicon } => {
            lexicon.install()?;
            let opts = Options {
                ingest: isnad_ingest::IngestOptions { max_bytes, ..Default::default() },
                direction: match direction {
                    Dir::Past => isnad_values::Direction::Past,
                    Dir::Future => isnad_values::Direction::Future,
                },
                templates: tpl.load()?,
                no_templates: tpl.no_templates,
            };
            let pb = spinner("reading");
            let (docs, diags) = read_inputs(&paths, &opts);
            pb.set_message("analysing");
            let mut a = analyze_docs(docs, &opts);
            let mut all = diags;
            all.append(&mut a.diagnostics);
            a.diagnostics = all;
            pb.finish_and_clear();
            let diags: Vec<(String, String)> = a.diagnostics.iter().map(|d| (d.path.clone(), d.error.to_string())).collect();
            for (p, r) in &diags {
                eprintln!("skipped {p}: {r}");
            }
            let report = isnad_report::json(&a.docs, &a.corpus, &diags);
            let mut bytes = serde_json::to_vec_pretty(&report).context("serialising the report")?;
            bytes.push(b'\n');
            match (&json, &html) {
                (None, None) => write_out(&PathBuf::from("-"), &bytes)?,
                _ => {
                    if let Some(j) = &json {
                        write_out(j, &bytes)?;
                    }
                    if let Some(h) = &html {
                        write_out(h, isnad_report::html(&a.docs, &a.corpus, &diags).as_bytes())?;
                    }
                }
            }
            tpl.save(&a.templates)?;
            if explain {
                let colour = std::io::stderr().is_terminal();
                let mut e = std::io::stderr().lock();
                for d in &a.docs {
                    let _ = write!(e, "{}", isnad_report::explain(d, colour, 160));
                }
            }
            if !quiet {
                summary(&a);
            }
            Ok(a.exit_code())
        }
        Cmd::Clean { paths, explain, tpl, stats } => clean(&paths, explain, &tpl, stats),
        Cmd::Bench { paths, limit, until } => bench(&paths, limit, until.as_deref()),
        Cmd::Values { anchor, direction, no_prefilter, threads, jsonl, stats } => {
            isnad_values::set_prefilter(!no_prefilter);
            let anchor = match anchor {
                Some(a) => Some(isnad_values::api::Anchor::parse(&a).with_context(|| format!("--anchor {a}: expected YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM]"))?),
                None => None,
            };
            let dir = match direction {
                Dir::Past => isnad_values::Direction::Past,
                Dir::Future => isnad_values::Direction::Future,
            };
            values_stream(anchor, dir, threads, jsonl, stats)?;
            Ok(0)
        }
        Cmd::EvalValues { dir, failures } => eval_values(&dir, failures),
        Cmd::TrainNer { dir, out, epochs, min_count, prune, ensemble, dropout, stack, beam, first_beam, extra, dev, folds, corpus, seed } => {
            let params = ner::Fit { epochs, min_count, prune, ensemble, dropout, stack, beam, first_beam, seed };
            let corpus = ner::read_corpus(&corpus);
            match folds {
                Some(k) => ner::cross_validate(&dir, k, params, &extra, &corpus),
                None => ner::train(&dir, &out, params, &extra, dev, &corpus),
            }
        }
        Cmd::EvalNer { dir, model, conll, failures, system, against_tagger, dev, passes } => {
            ner::eval(&dir, model.as_deref(), conll.as_deref(), ner::Listing { show: failures, against_tagger, passes: passes as usize }, system, dev)
        }
        Cmd::Ner { conll, rules, lexicon } => {
            lexicon.install()?;
            ner::tag_stdin(conll, rules)
        }
        Cmd::EvalEntities { file, failures } => canon_eval::eval(&file, failures),
        Cmd::EvalGeo { file } => canon_eval::eval_geo(&file),
        Cmd::EvalQuotes { file, failures } => quotes_eval::eval(&file, failures),
        Cmd::EvalClean { paths, failures } => clean_eval::eval(&paths, failures),
        Cmd::BuildWordstats { paths, out, min } => ner::build_wordstats(&paths, &out, min),
    }
}

fn summary(a: &isnad_pipeline::Analysis) {
    let mut e = std::io::stderr().lock();
    for d in &a.docs {
        let head = d.meta.headline.map(|h| d.text(h).to_string()).unwrap_or_else(|| "(no headline)".into());
        let date = d.meta.published.as_ref().map_or("undated".to_string(), |p| p.date.to_string());
        let _ = writeln!(
            e,
            "{}  {}  {}  [{} body zones, {} quotes, {} quantities, {} times, {} mentions, {} events]  {}",
            d.id.0,
            date,
            d.meta.language,
            d.zones.iter().filter(|z| z.value.label.is_body()).count(),
            d.quotes.len(),
            d.quantities.len(),
            d.times.len(),
            d.mentions.len(),
            d.events.len(),
            head
        );
    }
    let c = &a.corpus;
    let _ = writeln!(
        e,
        "{} documents, {} skipped; {} entities, {} stories, {} claims, {} relations",
        a.docs.len(),
        a.diagnostics.len(),
        c.entities.len(),
        c.stories.len(),
        c.claims.len(),
        c.relations.len()
    );
}

/// `isnad values`: lines from stdin in batches, each batch analysed in parallel and written in
/// input order.
fn values_stream(anchor: Option<isnad_values::api::Anchor>, dir: isnad_values::Direction, threads: Option<usize>, jsonl: bool, stats: bool) -> Result<()> {
    use rayon::prelude::*;
    use std::io::BufRead;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads.unwrap_or(0)).build().context("starting worker threads")?;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // a batch is large enough to share out, small enough to stream
    const BATCH_BYTES: usize = 1 << 20;
    // a batch is one buffer of whole lines and their ranges: no allocation per line
    let mut buf: Vec<u8> = Vec::with_capacity(BATCH_BYTES + (1 << 16));
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut done = false;
    let mut first_line = 1;
    let (mut n_lines, mut n_bytes, mut n_mentions) = (0usize, 0usize, 0usize);
    let t0 = Instant::now();
    while !done {
        first_line += ranges.len();
        buf.clear();
        ranges.clear();
        while buf.len() < BATCH_BYTES {
            let start = buf.len();
            if input.read_until(b'\n', &mut buf).context("reading stdin")? == 0 {
                done = true;
                break;
            }
            let mut end = buf.len();
            if buf[..end].last() == Some(&b'\n') {
                end -= 1;
            }
            if buf[start..end].last() == Some(&b'\r') {
                end -= 1;
            }
            ranges.push((start, end));
        }
        let bytes = buf.len();
        let lines: Vec<(Vec<u8>, usize)> = pool.install(|| {
            ranges
                .par_iter()
                .enumerate()
                .map(|(i, &(a, b))| {
                    let n = first_line + i;
                    let raw = buf.get(a..b).unwrap_or_default();
                    let mut out = Vec::with_capacity(raw.len() + raw.len() / 2 + 64);
                    let found = match simdutf8::basic::from_utf8(raw) {
                        Ok(l) => {
                            let read = if jsonl { values_json_line(l, anchor) } else { Ok((std::borrow::Cow::Borrowed(l), anchor)) };
                            match read {
                                Ok((text, a)) => {
                                    let (d, now, zone) = (a.map(|a| a.date), a.and_then(|a| a.now), a.and_then(|a| a.zone));
                                    let v = isnad_values::find_values_zoned(&text, d, now, zone, dir);
                                    isnad_values::api::write_values_line(&text, &v, &mut out)
                                }
                                Err(e) => {
                                    tracing::warn!("stdin line {n}: {e}; expected {{\"text\": \"…\", \"anchor\": \"YYYY-MM-DD\"}}");
                                    let _ = serde_json::to_writer(&mut out, &serde_json::json!({"line": n, "error": e, "mentions": []}));
                                    0
                                }
                            }
                        }
                        Err(_) => {
                            // a line that is not UTF-8 gets an error of its own; the others go on
                            let at = std::str::from_utf8(raw).err().map_or(0, |e| e.valid_up_to());
                            let e = format!("not UTF-8 text (invalid byte at {at})");
                            tracing::warn!("stdin line {n}: {e}; skipped");
                            let _ = serde_json::to_writer(&mut out, &serde_json::json!({"line": n, "error": e, "mentions": []}));
                            0
                        }
                    };
                    out.push(b'\n');
                    (out, found)
                })
                .collect()
        });
        n_lines += ranges.len();
        n_bytes += bytes;
        for (l, found) in lines {
            n_mentions += found;
            out.write_all(&l)?;
        }
    }
    out.flush()?;
    if stats {
        let secs = t0.elapsed().as_secs_f64().max(1e-9);
        let mb = n_bytes as f64 / 1e6;
        eprintln!(
            "values: {n_lines} lines, {mb:.2} MB, {n_mentions} mentions in {secs:.6} s ({:.2} MB/s, {:.0} mentions/s, {} threads)",
            mb / secs,
            n_mentions as f64 / secs,
            pool.current_num_threads()
        );
    }
    Ok(())
}

/// One `--jsonl` input line. A line that is not such an object gets an `error` (and a
/// diagnostic on stderr) in its output line, and the stream goes on.
/// A `--jsonl` input line: its text and its anchor (the line's own, else the command's).
fn values_json_line(line: &str, anchor: Option<isnad_values::api::Anchor>) -> Result<(std::borrow::Cow<'static, str>, Option<isnad_values::api::Anchor>), String> {
    let o: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let text = o.get("text").and_then(|t| t.as_str()).ok_or("no \"text\" string field")?.to_string();
    let a = match o.get("anchor").and_then(|a| a.as_str()) {
        Some(a) => Some(isnad_values::api::Anchor::parse(a).ok_or_else(|| format!("anchor {a:?} is not YYYY-MM-DD[THH:MM][Z|±HH:MM]"))?),
        None => anchor,
    };
    Ok((std::borrow::Cow::Owned(text), a))
}

/// One suite: (file, anchor, direction, dimension field or None to infer).
fn eval_values(dir: &std::path::Path, show: usize) -> Result<i32> {
    use isnad_values::{api, Direction};
    use std::collections::BTreeMap;
    type Suite = (&'static str, Option<isnad_doc::Date>, Option<(u8, u8, u8)>, Option<i16>, Direction);
    let suites: [Suite; 4] = [
        // Duckling's Arabic corpus: reference time 2013-02-12T04:30 (UTC-2), future-leaning
        ("duckling_ar.jsonl", isnad_doc::Date::new(2013, 2, 12), Some((4, 30, 0)), Some(-120), Direction::Future),
        ("dateparser_ar.jsonl", None, None, None, Direction::Past),
        ("arabic_number_words.jsonl", None, None, None, Direction::Past),
        // the project's own news-style suite, shipped in the repository
        ("news_ar.jsonl", None, None, None, Direction::Past),
    ];
    let mut any = false;
    for (file, anchor, now, zone, direction) in suites {
        let path = if file == "news_ar.jsonl" { PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/values").join(file) } else { dir.join(file) };
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping {}: not found", path.display());
            continue;
        };
        any = true;
        let mut per: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut shown = 0;
        for (n, line) in text.lines().enumerate() {
            let Ok(case) = serde_json::from_str::<serde_json::Value>(line) else {
                eprintln!("{}:{}: not JSON, skipped", path.display(), n + 1);
                continue;
            };
            let Some((dim, ok, ms)) = api::eval_case(&case, (anchor, now, zone, direction)) else { continue };
            let e = per.entry(dim).or_default();
            e.1 += 1;
            if ok {
                e.0 += 1;
            } else if shown < show {
                shown += 1;
                let want = case.get("expected_mentions").or(case.get("expected")).cloned().unwrap_or(case["value"].clone());
                println!("  FAIL {file}:{} {} | want {want} | got {}", n + 1, case["text"].as_str().unwrap_or(""), serde_json::Value::Array(ms));
            }
        }
        let (p, t) = per.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        println!("{file}: {p}/{t} = {:.1}%", 100.0 * p as f64 / t.max(1) as f64);
        for (d, (p, t)) in &per {
            println!("  {d:<12} {p:>5}/{t:<5} {:>5.1}%", 100.0 * *p as f64 / (*t).max(1) as f64);
        }
    }
    Ok(if any { 0 } else { 2 })
}

/// `isnad clean`: ingest and the clean stage only, with template learning across the pages.
fn clean(paths: &[PathBuf], explain: bool, tpl: &TemplateArgs, stats: bool) -> Result<i32> {
    use isnad_doc::DocStage;
    let t0 = Instant::now();
    let opts = Options { templates: tpl.load()?, no_templates: tpl.no_templates, ..Options::default() };
    let (docs, diags) = read_inputs(paths, &opts);
    for d in &diags {
        eprintln!("skipped {d}");
    }
    let store = isnad_pipeline::learn_templates(&docs, &opts);
    let stage = isnad_clean::CleanStage { templates: (!tpl.no_templates).then(|| store.clone()) };
    let stages: Vec<Box<dyn DocStage>> = vec![Box::new(stage)];
    let (docs, failed) = isnad_pipeline::run_all(&stages, docs);
    let elapsed = t0.elapsed().as_secs_f64();
    for f in &failed {
        eprintln!("skipped {f}");
    }
    tpl.save(&store)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let colour = std::io::stdout().is_terminal();
    for d in &docs {
        if explain {
            write!(out, "{}", isnad_report::explain(d, colour, 160))?;
        } else {
            let mut v = isnad_report::page_json(d);
            if let Some(o) = v.as_object_mut() {
                o.remove("text");
                o.remove("zones");
            }
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    if stats {
        let bytes: usize = docs.iter().map(|d| d.source.bytes).sum();
        eprintln!(
            "{} pages, {:.2} MB in {:.3} s ({:.2} ms/page, {:.1} MB/s; read, decode, template learning and zoning)",
            docs.len(),
            bytes as f64 / 1e6,
            elapsed,
            1e3 * elapsed / docs.len().max(1) as f64,
            bytes as f64 / 1e6 / elapsed
        );
    }
    let skipped = diags.len() + failed.len();
    Ok(match (docs.is_empty(), skipped) {
        (true, _) => 2,
        (false, 0) => 0,
        _ => 1,
    })
}

/// Peak resident set size of this process, in bytes (Linux `VmHWM`).
fn peak_rss() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn bench(paths: &[PathBuf], limit: usize, until: Option<&str>) -> Result<i32> {
    let opts = Options::default();
    let mut stages = isnad_pipeline::stages(&opts);
    let keep = match until {
        Some(u) => stages.iter().position(|s| s.name() == u).with_context(|| format!("--until {u}: no such stage (clean, text, values, entities, attribution, events)"))? + 1,
        None => stages.len(),
    };
    stages.truncate(keep);
    // templates are learnt incrementally, file by file, as a crawler would feed batches
    let mut store = std::sync::Arc::new(isnad_clean::Templates::new());
    let (files, diags) = isnad_ingest::expand(paths);
    let t0 = Instant::now();
    let mut docs = Vec::new();
    let mut bytes = 0usize;
    let mut skipped = diags.len();
    let mut tokens = 0usize;
    for f in &files {
        let mut batch: Vec<isnad_doc::Document> = Vec::new();
        for r in isnad_ingest::read_file(f, &opts.ingest) {
            match r {
                Ok(d) => batch.push(d),
                Err(_) => skipped += 1,
            }
        }
        if limit > 0 {
            batch.truncate(limit.saturating_sub(docs.len()));
        }
        bytes += batch.iter().map(|d| d.raw.len()).sum::<usize>();
        drop(stages);
        std::sync::Arc::make_mut(&mut store).observe_all(&batch);
        stages = isnad_pipeline::stages(&Options { templates: Some(store.clone()), ..opts.clone() });
        stages.truncate(keep);
        let (batch, failed) = isnad_pipeline::run_all(&stages, batch);
        for f in &failed {
            eprintln!("skipped {f}");
        }
        skipped += failed.len();
        tokens += batch.iter().map(|d| d.tokens.len()).sum::<usize>();
        docs.extend(batch);
        if limit > 0 && docs.len() >= limit {
            break;
        }
    }
    let per_doc = t0.elapsed().as_secs_f64();
    let mentions: usize = docs.iter().map(|d| d.times.len() + d.quantities.len()).sum();
    if until.is_some() {
        let mb = bytes as f64 / 1e6;
        println!("documents            {}", docs.len());
        println!("text MB              {mb:.2}");
        println!("stages               {}", stages.iter().map(|s| s.name()).collect::<Vec<_>>().join(", "));
        println!("elapsed              {per_doc:.2} s  ({:.0} docs/s, {:.2} MB/s)", docs.len() as f64 / per_doc, mb / per_doc);
        println!("value mentions       {mentions}  ({:.0} mentions/s)", mentions as f64 / per_doc);
        println!("peak RSS             {:.1} MB", peak_rss().unwrap_or(0) as f64 / 1e6);
        return Ok(if docs.is_empty() { 2 } else { 0 });
    }
    let t1 = Instant::now();
    isnad_pipeline::names_across_documents(&stages, &mut docs);
    let corpus = isnad_pipeline::cross_document(&docs);
    let cross = t1.elapsed().as_secs_f64();
    let total = per_doc + cross;
    let mb = bytes as f64 / 1e6;
    let n = docs.len() as f64;
    println!("documents            {}", docs.len());
    println!("skipped              {skipped}");
    println!("text MB              {mb:.2}");
    println!("tokens               {tokens}");
    println!("threads              {}", rayon::current_num_threads());
    println!("per-document stages  {per_doc:.2} s  ({:.0} docs/s, {:.2} MB/s, {:.0} tokens/s)", n / per_doc, mb / per_doc, tokens as f64 / per_doc);
    println!("value mentions       {mentions}");
    println!("cross-document       {cross:.2} s  ({} entities, {} stories, {} claims, {} relations)", corpus.entities.len(), corpus.stories.len(), corpus.claims.len(), corpus.relations.len());
    println!("total                {total:.2} s  ({:.0} docs/s, {:.2} MB/s)", n / total, mb / total);
    println!("peak RSS             {:.1} MB", peak_rss().unwrap_or(0) as f64 / 1e6);
    Ok(if docs.is_empty() { 2 } else { 0 })
}
