//! Ingest: files, directories (recursive, sorted), stdin, JSONL/JSON records and zip archives
//! of them, HTML and plain-text page dumps → [`Document`]s with decoded raw text and blocks.
//!
//! Bad input never stops a run: each unreadable document becomes a [`Diagnostic`] with its
//! path and reason, and the other documents go on.
//!
//! ```
//! use isnad_ingest::{read_bytes, IngestOptions};
//! let out = read_bytes("mem.txt", "عنوان\n\nنص الخبر.".as_bytes(), &IngestOptions::default());
//! let doc = out.into_iter().next().unwrap().unwrap();
//! assert_eq!(doc.blocks.len(), 2);
//! assert_eq!(doc.source.encoding, "UTF-8");
//! ```

mod decode;
mod html;
mod records;

pub use decode::{decode, Decoded};
pub use html::{html_to_text, HtmlText};

use isnad_doc::{Block, Document, Format, SourceMeta};
use isnad_text::Span;
use std::path::{Path, PathBuf};

/// Why a document could not be read. Each variant says how to fix it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum IngestError {
    #[error("empty input: the file has no bytes (or only whitespace); nothing to analyse")]
    Empty,
    #[error("binary content ({0}); isnad reads text dumps, HTML and JSONL only")]
    Binary(String),
    #[error("could not decode the bytes as {0}; re-save the page as UTF-8")]
    Undecodable(String),
    #[error("input is {size} bytes, above the {limit}-byte limit; raise it with --max-bytes or split the input")]
    TooLarge { size: u64, limit: u64 },
    #[error("cannot read: {0}")]
    Io(String),
    #[error("record {line}: invalid JSON ({msg}); each line must be one JSON object")]
    BadJson { line: usize, msg: String },
    #[error("record {0}: no `text`, `content` or `html` field")]
    NoText(usize),
    #[error("archive: {0}")]
    Archive(String),
    /// Not an input fault: a stage failed on this document. The run skipped it and went on.
    #[error("internal error in analysis ({0}); the document was skipped, please report it with this file")]
    Internal(String),
}

/// A document that could not be read, with its path.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub path: String,
    pub error: IngestError,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.error)
    }
}

#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Largest accepted input, per file and per record.
    pub max_bytes: u64,
    /// Write Arabic presentation forms as the letters they encode (the default; see
    /// [`isnad_text::fold_presentation_letters`]). Training reads its corpus as published.
    pub fold_presentation_forms: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { max_bytes: 16 << 20, fold_presentation_forms: true }
    }
}

pub type Read = Result<Document, Diagnostic>;

/// Expand paths into the files to read: directories are walked recursively in sorted order;
/// hidden entries (`.name`) inside directories are skipped. Unreadable paths are diagnostics.
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for p in paths {
        walk(p, true, &mut files, &mut diags);
    }
    (files, diags)
}

fn walk(p: &Path, top: bool, files: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>) {
    if !top && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
        return;
    }
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut kids: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                kids.sort();
                for k in kids {
                    walk(&k, false, files, diags);
                }
            }
            Err(e) => diags.push(Diagnostic { path: p.display().to_string(), error: IngestError::Io(e.to_string()) }),
        },
        Ok(_) => files.push(p.to_path_buf()),
        Err(e) => diags.push(Diagnostic { path: p.display().to_string(), error: IngestError::Io(e.to_string()) }),
    }
}

/// Read one file into zero or more documents (a JSONL file or archive holds many).
pub fn read_file(path: &Path, opts: &IngestOptions) -> Vec<Read> {
    let name = path.display().to_string();
    let diag = |error| vec![Err(Diagnostic { path: name.clone(), error })];
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return diag(IngestError::Io(e.to_string())),
    };
    let is_zip = has_ext(path, &["zip"]);
    // Archives may legitimately exceed the per-document limit; their entries are checked one by one.
    if !is_zip && size > opts.max_bytes {
        return diag(IngestError::TooLarge { size, limit: opts.max_bytes });
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return diag(IngestError::Io(e.to_string())),
    };
    if is_zip {
        return records::read_zip(&name, &bytes, opts);
    }
    read_bytes(&name, &bytes, opts)
}

/// Read standard input as one document (or many, if it is JSONL).
pub fn read_stdin(opts: &IngestOptions) -> Vec<Read> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    let lim = opts.max_bytes;
    if let Err(e) = std::io::stdin().take(lim + 1).read_to_end(&mut bytes) {
        return vec![Err(Diagnostic { path: "-".into(), error: IngestError::Io(e.to_string()) })];
    }
    if bytes.len() as u64 > lim {
        return vec![Err(Diagnostic { path: "-".into(), error: IngestError::TooLarge { size: bytes.len() as u64, limit: lim } })];
    }
    read_bytes("-", &bytes, opts)
}

fn has_ext(p: &Path, exts: &[&str]) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Sniff the format of `bytes` (by name, then content) and read them.
pub fn read_bytes(name: &str, bytes: &[u8], opts: &IngestOptions) -> Vec<Read> {
    let p = Path::new(name);
    let head = &bytes[..bytes.len().min(1024)];
    let lead = String::from_utf8_lossy(head).trim_start_matches('\u{feff}').trim_start().to_ascii_lowercase();
    // a `.json` file is one document (array or object), even when it starts with `{` like JSONL
    if has_ext(p, &["json"]) {
        return records::read_json_array(name, bytes, opts);
    }
    if has_ext(p, &["jsonl", "ndjson"]) || (lead.starts_with('{') && !has_ext(p, &["html", "htm", "txt"])) {
        return records::read_jsonl(name, bytes, opts);
    }
    let is_html = has_ext(p, &["html", "htm", "xhtml"])
        || lead.starts_with("<!doctype html")
        || lead.starts_with("<html")
        || (lead.starts_with('<') && (lead.contains("<body") || lead.contains("<div") || lead.contains("<p")));
    let r = if is_html { page_from_html(name, bytes, SourceMeta::default(), opts) } else { page_from_text(name, bytes, SourceMeta::default(), opts) };
    vec![r]
}

fn reject(name: &str, error: IngestError) -> Read {
    Err(Diagnostic { path: name.into(), error })
}

/// A plain-text page dump: one block per non-empty line.
pub fn page_from_text(name: &str, bytes: &[u8], mut src: SourceMeta, opts: &IngestOptions) -> Read {
    let mut d = decode(bytes, None).map_err(|error| Diagnostic { path: name.into(), error })?;
    if opts.fold_presentation_forms {
        decode::fold_presentation_forms(&mut d);
    }
    if d.text.trim().is_empty() {
        return reject(name, IngestError::Empty);
    }
    src.path = name.into();
    src.encoding = d.encoding.into();
    src.bytes = bytes.len();
    let raw = normalise_newlines(d.text);
    let mut doc = Document::new(src, bytes, raw);
    doc.warnings.extend(folded_warning(d.folded));
    doc.blocks = line_blocks(&doc.raw);
    doc.mark(isnad_doc::Layer::Blocks);
    Ok(doc)
}

/// An HTML page: the text of its block elements, one per line, with DOM hints per block.
pub fn page_from_html(name: &str, bytes: &[u8], mut src: SourceMeta, opts: &IngestOptions) -> Read {
    let declared = decode::declared_charset(bytes);
    let mut d = decode(bytes, declared).map_err(|error| Diagnostic { path: name.into(), error })?;
    if opts.fold_presentation_forms {
        decode::fold_presentation_forms(&mut d);
    }
    let h = html_to_text(&d.text);
    if h.text.trim().is_empty() {
        return reject(name, IngestError::Empty);
    }
    src.path = name.into();
    src.encoding = d.encoding.into();
    src.bytes = bytes.len();
    src.format = Format::Html;
    merge_hints(&mut src.hints, h.hints);
    if src.url.is_none() {
        src.url = src.hints.url.clone();
    }
    let mut doc = Document::new(src, bytes, h.text);
    doc.warnings.extend(folded_warning(d.folded));
    doc.blocks = h.blocks;
    doc.mark(isnad_doc::Layer::Blocks);
    Ok(doc)
}

fn merge_hints(into: &mut isnad_doc::PageHints, from: isnad_doc::PageHints) {
    into.title = into.title.take().or(from.title);
    into.published = into.published.take().or(from.published);
    into.modified = into.modified.take().or(from.modified);
    into.site_name = into.site_name.take().or(from.site_name);
    into.author = into.author.take().or(from.author);
    into.lang = into.lang.take().or(from.lang);
    into.url = into.url.take().or(from.url);
}

/// The warning a page whose presentation forms were folded carries: its text differs from the
/// bytes in their glyph codes, not in what it says.
fn folded_warning(folded: usize) -> Option<String> {
    (folded > 0).then(|| format!("{folded} Arabic presentation-form characters (glyph codes, as pasted from a PDF) were read as the letters they encode; offsets refer to the text with the letters"))
}

fn normalise_newlines(s: String) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

/// One block per non-empty line, with the number of blank lines before it.
pub fn line_blocks(raw: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut blank = 0u8;
    let mut start = 0usize;
    let mut push = |s: usize, e: usize, blank: &mut u8| {
        let sp = Span::new(s, e).trim(raw);
        if sp.is_empty() {
            *blank = blank.saturating_add(1);
        } else {
            out.push(Block { span: sp, tag: "line".into(), hints: String::new(), link_density: 0.0, gap_before: *blank });
            *blank = 0;
        }
    };
    for (i, c) in raw.char_indices() {
        if c == '\n' {
            push(start, i, &mut blank);
            start = i + 1;
        }
    }
    push(start, raw.len(), &mut blank);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_inputs_are_diagnostics() {
        let o = IngestOptions::default();
        let r = read_bytes("a.txt", b"", &o);
        assert!(matches!(&r[0], Err(d) if d.error == IngestError::Empty));
        let r = read_bytes("b.bin", &[0u8, 1, 2, 0, 0, 255, 0, 7, 0, 0, 0, 12], &o);
        assert!(matches!(&r[0], Err(Diagnostic { error: IngestError::Binary(_), .. })));
    }

    #[test]
    fn oversized_files_are_diagnostics() {
        let dir = std::env::temp_dir().join(format!("isnad-ingest-big-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("big.txt");
        std::fs::write(&f, "نص ".repeat(1000)).unwrap();
        let r = read_file(&f, &IngestOptions { max_bytes: 100, ..Default::default() });
        assert!(matches!(&r[0], Err(Diagnostic { error: IngestError::TooLarge { limit: 100, .. }, .. })));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn presentation_forms_are_read_as_letters_with_a_warning() {
        let record = "{\"text\":\"ﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ\"}\n";
        let r = read_bytes("p.jsonl", record.as_bytes(), &IngestOptions::default());
        let doc = r.into_iter().next().and_then(Result::ok).expect("one document");
        assert_eq!(&*doc.raw, "قال المتحدث");
        assert!(doc.warnings.iter().any(|w| w.starts_with("10 Arabic presentation-form characters")), "{:?}", doc.warnings);
        // (the id is still that of the record as written)
        assert_eq!(doc.id, isnad_doc::DocId::of_bytes(record.trim_end().as_bytes()));
        let plain = read_bytes("q.txt", "قال المتحدث".as_bytes(), &IngestOptions::default());
        assert!(plain.into_iter().next().and_then(Result::ok).is_some_and(|d| d.warnings.is_empty()));
    }

    #[test]
    fn windows_1256_is_detected() {
        let text = "قالت وزارة الدفاع في بيان إن الاشتباكات مستمرة في المدينة منذ الصباح.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let r = read_bytes("c.txt", &bytes, &IngestOptions::default());
        let doc = r.into_iter().next().unwrap().unwrap();
        assert_eq!(doc.source.encoding, "windows-1256");
        assert_eq!(&*doc.raw, text);
    }

    #[test]
    fn jsonl_records_and_bad_lines() {
        let data = "{\"url\":\"https://ex.com/a\",\"outlet\":\"ex\",\"text\":\"نص أول.\"}\nnot json\n{\"html\":\"<p>نص <b>ثان</b></p>\"}\n{\"url\":\"x\"}\n";
        let r = read_bytes("f.jsonl", data.as_bytes(), &IngestOptions::default());
        assert_eq!(r.len(), 4);
        let a = r[0].as_ref().unwrap();
        assert_eq!(a.source.outlet.as_deref(), Some("ex"));
        assert!(matches!(&r[1], Err(Diagnostic { error: IngestError::BadJson { line: 2, .. }, .. })));
        assert_eq!(&*r[2].as_ref().unwrap().raw, "نص ثان");
        assert!(matches!(&r[3], Err(Diagnostic { error: IngestError::NoText(4), .. })));
    }
}
