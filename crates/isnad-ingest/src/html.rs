//! A tolerant HTML → text pass. It never fails: unclosed tags, stray `<`, broken entities and
//! deep nesting all degrade to text. Block elements become lines of the document text; each
//! keeps its tag, its ancestors' class/id words and its link density for the zoner.

use isnad_doc::{Block, PageHints};
use isnad_text::Span;

pub struct HtmlText {
    pub text: String,
    pub blocks: Vec<Block>,
    pub hints: PageHints,
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "td",
    "th",
    "tr",
    "table",
    "blockquote",
    "figcaption",
    "figure",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "pre",
    "dd",
    "dt",
    "dl",
    "form",
    "address",
    "title",
    "center",
    "body",
];
const SKIP_TAGS: &[&str] = &["script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select", "textarea", "math"];
const VOID_TAGS: &[&str] = &["br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"];
const MAX_DEPTH: usize = 256;

struct Open {
    name: String,
    hint: String,
}

struct State {
    out: String,
    blocks: Vec<Block>,
    buf: String,
    link_chars: usize,
    in_link: usize,
    stack: Vec<Open>,
    hints: PageHints,
    title_buf: Option<String>,
    /// The last thing seen was `</a>`: a link opening right after it is a separate item.
    after_link: bool,
}

impl State {
    fn push_text(&mut self, t: &str) {
        if let Some(tb) = self.title_buf.as_mut() {
            tb.push_str(t);
            return;
        }
        if !t.is_empty() {
            self.after_link = false;
        }
        for c in t.chars() {
            let c = if c.is_whitespace() { ' ' } else { c };
            if c == ' ' && (self.buf.is_empty() || self.buf.ends_with(' ')) {
                continue;
            }
            self.buf.push(c);
            if self.in_link > 0 && c != ' ' {
                self.link_chars += 1;
            }
        }
    }

    fn flush(&mut self) {
        let t = self.buf.trim();
        if !t.is_empty() {
            if !self.out.is_empty() {
                self.out.push('\n');
            }
            let start = self.out.len();
            self.out.push_str(t);
            let n = t.chars().filter(|c| !c.is_whitespace()).count().max(1);
            let tag = self.stack.iter().rev().find(|o| BLOCK_TAGS.contains(&o.name.as_str())).map_or("div", |o| o.name.as_str()).to_string();
            let mut hints: Vec<&str> = self.stack.iter().rev().filter(|o| !o.hint.is_empty()).take(4).map(|o| o.hint.as_str()).collect();
            hints.reverse();
            let mut h = hints.join(" ");
            h.truncate(isnad_text::floor_char_boundary(&h, 200));
            self.blocks.push(Block { span: Span::new(start, self.out.len()), tag, hints: h, link_density: (self.link_chars as f32 / n as f32).min(1.0), gap_before: 0 });
        }
        self.buf.clear();
        self.link_chars = 0;
    }
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Parse `name attr=value …` (the inside of a start tag).
fn parse_tag(inner: &str) -> (String, Vec<(String, String)>) {
    let inner = inner.trim_end_matches('/');
    let name_end = inner.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(inner.len());
    let name = inner[..name_end].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let rest = &inner[name_end..];
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ks = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        let key = rest[ks..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut val = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = b[vs..].iter().position(|&x| x == q).map_or(b.len(), |p| vs + p);
                val = decode_entities(&rest[vs..ve]);
                i = (ve + 1).min(b.len());
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                val = decode_entities(&rest[vs..i]);
            }
        }
        if !key.is_empty() {
            attrs.push((key, val));
        }
    }
    (name, attrs)
}

/// Convert HTML to block text. Never panics on malformed input.
pub fn html_to_text(html: &str) -> HtmlText {
    let mut st = State { out: String::new(), blocks: Vec::new(), buf: String::new(), link_chars: 0, in_link: 0, stack: Vec::new(), hints: PageHints::default(), title_buf: None, after_link: false };
    let b = html.as_bytes();
    let mut i = 0usize;
    let mut text_start = 0usize;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // flush text before the tag
        if text_start < i {
            st.push_text(&decode_entities(&html[text_start..i]));
        }
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(b.len(), |p| i + p + 3);
            text_start = i;
            continue;
        }
        let next = rest[1..].chars().next();
        if !next.is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?') {
            st.push_text("<");
            i += 1;
            text_start = i;
            continue;
        }
        let close = match rest[1..].find('>') {
            Some(p) => i + 1 + p,
            None => {
                // a stray '<' with no closing '>': keep it as text
                st.push_text("<");
                i += 1;
                text_start = i;
                continue;
            }
        };
        let inner = &html[i + 1..close];
        i = close + 1;
        text_start = i;
        if inner.starts_with('!') || inner.starts_with('?') {
            continue;
        }
        if let Some(end) = inner.strip_prefix('/') {
            let name = end.trim().to_ascii_lowercase();
            if name == "title" {
                if let Some(t) = st.title_buf.take() {
                    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !t.is_empty() && st.hints.title.is_none() {
                        st.hints.title = Some(t);
                    }
                }
                continue;
            }
            if name == "a" && !st.stack.iter().any(|o| o.name == "a") {
                st.in_link = st.in_link.saturating_sub(1);
            }
            if name == "a" {
                st.after_link = true;
            }
            if BLOCK_TAGS.contains(&name.as_str()) {
                st.flush();
            }
            if let Some(pos) = st.stack.iter().rposition(|o| o.name == name) {
                st.stack.truncate(pos);
                // an `<a>` left open inside a closed element ends with it, so one unclosed link
                // does not turn the rest of the page into link text
                st.in_link = st.stack.iter().filter(|o| o.name == "a").count();
            }
            continue;
        }
        let (name, attrs) = parse_tag(inner);
        if SKIP_TAGS.contains(&name.as_str()) {
            let end = format!("</{name}");
            let lower_rest = &html[i..];
            let found = find_ci(lower_rest, &end);
            let content_end = found.map_or(b.len(), |p| i + p);
            if name == "script" && attr(&attrs, "type").is_some_and(|t| t.contains("ld+json")) {
                read_json_ld(&html[i..content_end], &mut st.hints);
            }
            i = html[content_end..].find('>').map_or(b.len(), |p| content_end + p + 1);
            text_start = i;
            continue;
        }
        match name.as_str() {
            "meta" => read_meta(&attrs, &mut st.hints),
            "link" if attr(&attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                if let Some(h) = attr(&attrs, "href").filter(|h| h.contains("://")) {
                    st.hints.url.get_or_insert_with(|| h.to_string());
                }
            }
            "html" => {
                if let Some(l) = attr(&attrs, "lang") {
                    st.hints.lang = Some(l.to_ascii_lowercase());
                }
            }
            "title" if st.hints.title.is_none() => st.title_buf = Some(String::new()),
            // `<time datetime=… itemprop="datePublished">` / `class="published"` / `pubdate`: the
            // article's own machine-readable date (a bare <time> may be a header clock, so it is not read)
            "time" if st.hints.published.is_none() => {
                let marked = ["itemprop", "class", "pubdate"].iter().any(|k| {
                    attr(&attrs, k).is_some_and(|v| {
                        let v = v.to_ascii_lowercase();
                        *k == "pubdate" || v.contains("publish") || v.contains("pubdate") || v.contains("entry-date")
                    })
                });
                if let Some(dt) = attr(&attrs, "datetime").filter(|_| marked) {
                    st.hints.published = Some(dt.to_string());
                }
            }
            "br" | "hr" => st.flush(),
            "a" => {
                // adjacent links (`<a>…</a><a>…</a>`) are separate items, not one run-on word
                if st.after_link && !st.buf.is_empty() && !st.buf.ends_with(' ') {
                    st.buf.push(' ');
                }
                st.in_link += 1;
            }
            _ => {}
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            st.flush();
        }
        if !VOID_TAGS.contains(&name.as_str()) && !inner.ends_with('/') && st.stack.len() < MAX_DEPTH {
            let mut hint = String::new();
            for k in ["class", "id", "itemprop", "role"] {
                if let Some(v) = attr(&attrs, k) {
                    if !hint.is_empty() {
                        hint.push(' ');
                    }
                    hint.push_str(&v.to_ascii_lowercase());
                }
            }
            hint.truncate(isnad_text::floor_char_boundary(&hint, 80));
            st.stack.push(Open { name, hint });
        }
    }
    if text_start < b.len() {
        st.push_text(&decode_entities(&html[text_start..]));
    }
    st.title_buf = None;
    st.flush();
    HtmlText { text: st.out, blocks: st.blocks, hints: st.hints }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes().windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

fn read_meta(attrs: &[(String, String)], h: &mut PageHints) {
    let key = attr(attrs, "property").or_else(|| attr(attrs, "name")).or_else(|| attr(attrs, "itemprop")).unwrap_or("").to_ascii_lowercase();
    let Some(v) = attr(attrs, "content").map(str::trim).filter(|v| !v.is_empty()) else { return };
    let slot = match key.as_str() {
        "og:title" | "twitter:title" => &mut h.title,
        "og:site_name" | "application-name" => &mut h.site_name,
        "article:published_time" | "datepublished" | "pubdate" | "publishdate" | "date" | "dc.date.issued" | "dc.date" | "sailthru.date" | "publish-date" => &mut h.published,
        "article:modified_time" | "datemodified" | "og:updated_time" | "last-modified" => &mut h.modified,
        "author" | "article:author" => &mut h.author,
        "og:url" if v.contains("://") => &mut h.url,
        _ => return,
    };
    // og:title is preferred over <title>, which often carries the site name too
    if slot.is_none() || key == "og:title" {
        *slot = Some(v.to_string());
    }
}

fn read_json_ld(s: &str, h: &mut PageHints) {
    for (key, slot) in [("\"datePublished\"", 0), ("\"dateModified\"", 1), ("\"headline\"", 2)] {
        if let Some(p) = s.find(key) {
            let after = &s[p + key.len()..];
            let Some(q1) = after.find('"') else { continue };
            let v: String = after[q1 + 1..].chars().take_while(|&c| c != '"').collect();
            if v.is_empty() {
                continue;
            }
            let target = match slot {
                0 => &mut h.published,
                1 => &mut h.modified,
                _ => &mut h.title,
            };
            if target.is_none() {
                *target = Some(v);
            }
        }
    }
}

/// Decode character references. Unknown or malformed ones stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..].find(|c: char| c == ';' || c.is_whitespace() || c == '&' || c == '<').map(|x| x + 1);
        let decoded = match end {
            Some(e) if e <= 12 && rest.as_bytes().get(e) == Some(&b';') => {
                let name = &rest[1..e];
                let ch = if let Some(num) = name.strip_prefix('#') {
                    let n = if let Some(hex) = num.strip_prefix(['x', 'X']) { u32::from_str_radix(hex, 16).ok() } else { num.parse().ok() };
                    n.and_then(char::from_u32).filter(|&c| c != '\0')
                } else {
                    named(name)
                };
                ch.map(|c| (c, e + 1))
            }
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named(n: &str) -> Option<char> {
    Some(match n {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "laquo" => '«',
        "raquo" => '»',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "rlm" => '\u{200f}',
        "lrm" => '\u{200e}',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "times" => '×',
        "middot" => '·',
        "bull" => '•',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "trade" => '™',
        "euro" => '€',
        "pound" => '£',
        "shy" => '\u{ad}',
        // Latin letters with diacritics (multilingual mastheads and menus)
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "Ntilde" => 'Ñ',
        "ccedil" => 'ç',
        "Ccedil" => 'Ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_time_elements_give_the_publication_date_and_bare_ones_do_not() {
        let h = html_to_text("<header><time datetime=\"2025-01-01\">اليوم</time></header><time class=\"entry-date published\" datetime=\"2019-03-14T10:00\">14 مارس</time><p>نص</p>");
        assert_eq!(h.hints.published.as_deref(), Some("2019-03-14T10:00"));
        let h = html_to_text("<time datetime=\"2025-01-01\">اليوم</time><p>نص</p>");
        assert_eq!(h.hints.published, None);
    }

    #[test]
    fn adjacent_links_are_separate_items() {
        let h = html_to_text("<div class=\"most-read\"><a href=1>خبر أول؟</a><a href=2>خبر ثان</a></div>");
        assert_eq!(h.text, "خبر أول؟ خبر ثان");
    }

    #[test]
    fn blocks_hints_and_meta() {
        let html = r#"<!doctype html><html lang="ar"><head><title>عنوان | موقع</title>
<meta property="og:title" content="عنوان الخبر"><meta property="article:published_time" content="2019-03-20T10:00:00Z">
<style>p{}</style><script>var x = "<p>لا</p>";</script></head>
<body><div class="menu"><a href="/">الرئيسية</a> <a href="/x">أخبار</a></div>
<article><h1>عنوان الخبر</h1><p>قال المتحدث &laquo;نعم&raquo; &amp; أضاف<br>سطر آخر</p><p>غير مغلق <b>نص</div>
<!-- تعليق --> نهاية &bogus; & < 5</article></body></html>"#;
        let h = html_to_text(html);
        assert_eq!(h.hints.title.as_deref(), Some("عنوان الخبر"));
        assert_eq!(h.hints.published.as_deref(), Some("2019-03-20T10:00:00Z"));
        assert_eq!(h.hints.lang.as_deref(), Some("ar"));
        let lines: Vec<&str> = h.blocks.iter().map(|b| b.span.slice(&h.text)).collect();
        assert_eq!(lines, ["الرئيسية أخبار", "عنوان الخبر", "قال المتحدث «نعم» & أضاف", "سطر آخر", "غير مغلق نص", "نهاية &bogus; & < 5"]);
        assert!(h.blocks[0].link_density > 0.9 && h.blocks[0].hints.contains("menu"));
        assert_eq!(h.blocks[1].tag, "h1");
    }

    #[test]
    fn hostile_html_does_not_panic() {
        for s in ["<", "<<>>", "<a", "</", "<!--", "&#xFFFFFFFF;", "&#0;", "<p class='x", "<script>", "<title>x", "\u{0}<b>"] {
            let _ = html_to_text(s);
        }
        let deep = "<div>".repeat(10_000) + "نص";
        assert_eq!(html_to_text(&deep).text, "نص");
    }
}
