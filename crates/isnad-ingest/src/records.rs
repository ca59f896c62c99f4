//! Record containers: JSONL (`{url?, fetched_at?, outlet?, html?|text?}`), JSON arrays of the
//! same (SaudiNewsNet's `{source, url, date_extracted, title, author, content}`), and zip
//! archives holding either.

use crate::{page_from_html, page_from_text, Diagnostic, IngestError, IngestOptions, Read};
use isnad_doc::{Format, SourceMeta};
use serde_json::Value;

fn field<'a>(o: &'a serde_json::Map<String, Value>, names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|n| o.get(*n).and_then(Value::as_str)).map(str::trim).filter(|s| !s.is_empty())
}

/// Turn one JSON object into a document. `bytes` is the record's own serialisation (hashed for its id).
fn record(name: String, n: usize, v: &Value, bytes: &[u8], opts: &IngestOptions) -> Read {
    let Some(o) = v.as_object() else {
        return Err(Diagnostic { path: name, error: IngestError::BadJson { line: n, msg: "not a JSON object".into() } });
    };
    if bytes.len() as u64 > opts.max_bytes {
        return Err(Diagnostic { path: name, error: IngestError::TooLarge { size: bytes.len() as u64, limit: opts.max_bytes } });
    }
    let mut src = SourceMeta {
        url: field(o, &["url", "link"]).map(String::from),
        outlet: field(o, &["outlet", "source", "site"]).map(String::from),
        fetched_at: field(o, &["fetched_at", "date_extracted", "crawled_at"]).map(String::from),
        format: Format::Jsonl,
        ..Default::default()
    };
    src.hints.title = field(o, &["title", "headline"]).map(String::from);
    src.hints.published = field(o, &["published", "date", "published_at", "date_published"]).map(String::from);
    src.hints.author = field(o, &["author", "byline"]).map(String::from);
    if let Some(html) = field(o, &["html", "raw_html"]) {
        return page_from_html(&name, html.as_bytes(), src, opts).map(|mut d| {
            d.id = isnad_doc::DocId::of_bytes(bytes);
            d.source.format = Format::Jsonl;
            d
        });
    }
    let Some(text) = field(o, &["text", "content", "body"]) else {
        return Err(Diagnostic { path: name, error: IngestError::NoText(n) });
    };
    // A stated title becomes the first line of the page text, so that it has offsets like
    // everything else; the clean stage sees it as a `title` block.
    let mut composed = String::with_capacity(text.len() + 200);
    let titled = src.hints.title.is_some();
    if let Some(t) = &src.hints.title {
        composed.push_str(&t.replace('\n', " "));
        composed.push_str("\n\n");
    }
    composed.push_str(text);
    let mut d = page_from_text(&name, composed.as_bytes(), src, opts)?;
    d.id = isnad_doc::DocId::of_bytes(bytes);
    if titled {
        if let Some(b) = d.blocks.first_mut() {
            b.tag = "title".into();
        }
    }
    Ok(d)
}

pub fn read_jsonl(name: &str, bytes: &[u8], opts: &IngestOptions) -> Vec<Read> {
    let text = match crate::decode(bytes, None) {
        Ok(d) => d.text,
        Err(error) => return vec![Err(Diagnostic { path: name.into(), error })],
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() {
            continue;
        }
        let path = format!("{name}#{}", i + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(v) => out.push(record(path, i + 1, &v, line.as_bytes(), opts)),
            Err(e) => out.push(Err(Diagnostic { path, error: IngestError::BadJson { line: i + 1, msg: e.to_string() } })),
        }
    }
    if out.is_empty() {
        out.push(Err(Diagnostic { path: name.into(), error: IngestError::Empty }));
    }
    out
}

pub fn read_json_array(name: &str, bytes: &[u8], opts: &IngestOptions) -> Vec<Read> {
    let text = match crate::decode(bytes, None) {
        Ok(d) => d.text,
        Err(error) => return vec![Err(Diagnostic { path: name.into(), error })],
    };
    match serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
        Ok(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let ser = serde_json::to_vec(v).unwrap_or_default();
                record(format!("{name}#{}", i + 1), i + 1, v, &ser, opts)
            })
            .collect(),
        Ok(v @ Value::Object(_)) => {
            let ser = serde_json::to_vec(&v).unwrap_or_default();
            vec![record(name.into(), 1, &v, &ser, opts)]
        }
        Ok(_) => vec![Err(Diagnostic { path: name.into(), error: IngestError::BadJson { line: 1, msg: "expected an array of objects".into() } })],
        Err(e) => vec![Err(Diagnostic { path: name.into(), error: IngestError::BadJson { line: e.line(), msg: e.to_string() } })],
    }
}

/// Read each `.json`/`.jsonl` entry of a zip archive, in archive order.
pub fn read_zip(name: &str, bytes: &[u8], opts: &IngestOptions) -> Vec<Read> {
    use std::io::Read as _;
    let mut z = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => return vec![Err(Diagnostic { path: name.into(), error: IngestError::Archive(e.to_string()) })],
    };
    let mut out = Vec::new();
    for i in 0..z.len() {
        let mut f = match z.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                out.push(Err(Diagnostic { path: format!("{name}!{i}"), error: IngestError::Archive(e.to_string()) }));
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        let entry = format!("{name}!{}", f.name());
        // Entries are containers of many records, so they get a generous multiple of the limit.
        let cap = opts.max_bytes.saturating_mul(64);
        if f.size() > cap {
            out.push(Err(Diagnostic { path: entry, error: IngestError::TooLarge { size: f.size(), limit: cap } }));
            continue;
        }
        let mut buf = Vec::with_capacity(f.size() as usize);
        if let Err(e) = f.read_to_end(&mut buf) {
            out.push(Err(Diagnostic { path: entry, error: IngestError::Archive(e.to_string()) }));
            continue;
        }
        drop(f);
        out.extend(crate::read_bytes(&entry, &buf, opts));
    }
    out
}
