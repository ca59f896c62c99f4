//! Template learning across pages: a block that repeats on many pages of one site is the site's
//! chrome (masthead, menus, widgets, footers), whatever its words.
//!
//! The store is incremental: [`Templates::observe`] adds one page at a time, and
//! [`Templates::to_tsv`]/[`Templates::from_tsv`] keep it between runs, so a site's template is
//! learnt over a whole crawl, not only over one batch. With no store, or a site seen on fewer
//! than [`MIN_PAGES`] pages, the zoner falls back on the page's own evidence.
//!
//! Blocks are compared by a key that ignores digits (a weather widget's temperature, a reads
//! counter and a render date change from page to page; the template does not). Two guards keep
//! article text: a sentence-like block needs to repeat on most of a site's pages, and a
//! title-like block only counts pages most of whose sentences are not shared with other pages
//! (the same agency story carried twice repeats its headline, and that is not chrome).

use isnad_doc::Document;
use isnad_text::{FastMap, FastSet};
use std::collections::HashMap;

/// A block must repeat on at least this many pages of a site.
pub const MIN_PAGES: u32 = 3;

#[derive(Debug, Default, Clone)]
struct Site {
    pages: u32,
    /// block key hash → pages it appears on (sentence-like blocks on every page; other blocks only
    /// on pages that are not copies of one story)
    counts: FastMap<u64, u32>,
    /// sentence-like block key hash → pages
    body: FastMap<u64, u32>,
}

/// Block repetition counts per site.
#[derive(Debug, Default, Clone)]
pub struct Templates {
    sites: HashMap<String, Site>,
}

/// What the store says about one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeat {
    pub pages: u32,
    pub of: u32,
}

/// One site's counts, for zoning the blocks of one of its pages.
#[derive(Debug, Clone, Copy)]
pub struct SiteView<'a> {
    site: &'a Site,
    /// Named by outlet, URL host or site name (not the pool of unnamed pages).
    known: bool,
}

impl SiteView<'_> {
    /// How often block `i` of `doc` repeats on the site's pages, when that makes it template.
    pub fn repeat(&self, doc: &Document, i: usize) -> Option<Repeat> {
        let b = doc.blocks.get(i)?;
        let (h, sentence) = block_key(b.span.slice(&doc.raw))?;
        let s = self.site;
        let n = s.counts.get(&h).copied().unwrap_or(0);
        let share = n as f32 / s.pages.max(1) as f32;
        let ok = if sentence {
            // article sentences repeat only in copies of one story: demand most of a named site's pages
            self.known && n >= MIN_PAGES.max(4) && share >= 0.5
        } else {
            n >= MIN_PAGES && (!self.known || share >= 0.2)
        };
        ok.then_some(Repeat { pages: n, of: s.pages })
    }
}

/// The site a page belongs to: its outlet or URL host or declared site name; pages with none of
/// these are pooled (`?`), where only the absolute count applies.
pub fn site_of(doc: &Document) -> String {
    let s = doc.source.outlet.clone().or_else(|| doc.source.url.as_deref().and_then(isnad_doc::url_host).map(String::from)).or_else(|| doc.source.hints.site_name.clone());
    s.map(|s| s.to_lowercase()).unwrap_or_else(|| "?".into())
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A block's template key: lossy key with every digit run written as `0`, spaces squashed.
fn block_key(text: &str) -> Option<(u64, bool)> {
    let k = isnad_text::key(text);
    let mut out = String::with_capacity(k.len());
    let mut last_digit = false;
    for c in k.chars() {
        if isnad_text::is_digit_any(c) {
            if !last_digit {
                out.push('0');
            }
            last_digit = true;
        } else {
            last_digit = false;
            if c.is_whitespace() {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(c);
            }
        }
    }
    let t = out.trim();
    if t.chars().filter(|&c| isnad_text::is_letter(c)).take(2).count() < 2 {
        return None;
    }
    let words = t.split_whitespace().count();
    let sentence = words >= 6 && t.ends_with(['.', '!', '؟', '?', '"', '»']);
    Some((fnv(t), sentence))
}

impl Templates {
    pub fn new() -> Self {
        Self::default()
    }

    /// Learn from a whole batch of pages. Two passes: sentence-like blocks first, so that pages
    /// sharing a body paragraph (one story carried twice) do not count their headlines as chrome.
    pub fn observe_all(&mut self, docs: &[Document]) {
        let keys: Vec<(String, Vec<(u64, bool)>)> = docs.iter().map(|d| (site_of(d), page_keys(d))).collect();
        for (site, ks) in &keys {
            let s = self.sites.entry(site.clone()).or_default();
            for (h, _) in ks.iter().filter(|k| k.1) {
                *s.body.entry(*h).or_default() += 1;
            }
        }
        for (site, ks) in keys {
            self.add(site, ks);
        }
    }

    /// Learn from one page (incremental use: a crawler feeding pages as they arrive).
    pub fn observe(&mut self, doc: &Document) {
        self.observe_all(std::slice::from_ref(doc));
    }

    fn add(&mut self, site: String, ks: Vec<(u64, bool)>) {
        let s = self.sites.entry(site).or_default();
        s.pages += 1;
        // a page most of whose sentences were seen on another page of the site is a copy of one
        // story: its non-sentence blocks (headline, byline) are not counted as template. A site's
        // own boilerplate sentence (a slogan under every article) is a minority of a page's sentences.
        let sentences = ks.iter().filter(|k| k.1).count();
        let shared = ks.iter().filter(|(h, sent)| *sent && s.body.get(h).copied().unwrap_or(0) >= 2).count();
        let syndicated = shared > 0 && shared * 2 > sentences;
        for (h, sent) in ks {
            if sent || !syndicated {
                *s.counts.entry(h).or_default() += 1;
            }
        }
    }

    /// How often block `i` of `doc` repeats on its site's pages, when that makes it template.
    pub fn repeat(&self, doc: &Document, i: usize) -> Option<Repeat> {
        self.site(doc)?.repeat(doc, i)
    }

    /// The counts of `doc`'s site, looked up once for all its blocks; `None` for a site never seen.
    pub fn site(&self, doc: &Document) -> Option<SiteView<'_>> {
        let name = site_of(doc);
        let known = name != "?";
        self.sites.get(&name).map(|site| SiteView { site, known })
    }

    /// Serialise: `site<TAB>pages` lines, each followed by `<TAB>hash<TAB>count` lines.
    pub fn to_tsv(&self) -> String {
        let mut names: Vec<&String> = self.sites.keys().collect();
        names.sort();
        let mut out = String::from("# isnad page templates v1\n");
        for n in names {
            let s = &self.sites[n];
            out.push_str(&format!("{}\t{}\n", n.replace(['\t', '\n'], " "), s.pages));
            let mut c: Vec<(&u64, &u32)> = s.counts.iter().filter(|(_, c)| **c >= 2).collect();
            c.sort();
            for (h, n) in c {
                out.push_str(&format!("\t{h:016x}\t{n}\n"));
            }
            let mut b: Vec<(&u64, &u32)> = s.body.iter().filter(|(_, c)| **c >= 2).collect();
            b.sort();
            for (h, n) in b {
                out.push_str(&format!("\tb{h:016x}\t{n}\n"));
            }
        }
        out
    }

    /// Read what [`Templates::to_tsv`] wrote. Malformed lines are reported with their number.
    pub fn from_tsv(text: &str) -> Result<Self, crate::CleanError> {
        let mut t = Templates::default();
        let mut cur: Option<String> = None;
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = || crate::CleanError::Templates { line: n + 1 };
            if let Some(rest) = line.strip_prefix('\t') {
                let (h, c) = rest.split_once('\t').ok_or_else(bad)?;
                let c: u32 = c.trim().parse().map_err(|_| bad())?;
                let site = t.sites.get_mut(cur.as_ref().ok_or_else(bad)?).ok_or_else(bad)?;
                match h.strip_prefix('b') {
                    Some(h) => site.body.insert(u64::from_str_radix(h, 16).map_err(|_| bad())?, c),
                    None => site.counts.insert(u64::from_str_radix(h, 16).map_err(|_| bad())?, c),
                };
            } else {
                let (name, pages) = line.rsplit_once('\t').ok_or_else(bad)?;
                let pages: u32 = pages.trim().parse().map_err(|_| bad())?;
                t.sites.insert(name.to_string(), Site { pages, ..Default::default() });
                cur = Some(name.to_string());
            }
        }
        Ok(t)
    }

    /// Merge another store into this one (counts add up).
    pub fn merge(&mut self, other: &Templates) {
        for (name, o) in &other.sites {
            let s = self.sites.entry(name.clone()).or_default();
            s.pages += o.pages;
            for (h, c) in &o.counts {
                *s.counts.entry(*h).or_default() += c;
            }
            for (h, c) in &o.body {
                *s.body.entry(*h).or_default() += c;
            }
        }
    }
}

/// Distinct block keys of a page (a block repeated inside one page counts once).
fn page_keys(doc: &Document) -> Vec<(u64, bool)> {
    let mut seen: FastSet<u64> = FastSet::default();
    doc.blocks.iter().filter_map(|b| block_key(b.span.slice(&doc.raw))).filter(|(h, _)| seen.insert(*h)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str, text: &str) -> Document {
        isnad_ingest::read_bytes(name, text.as_bytes(), &Default::default()).remove(0).expect("page reads")
    }

    #[test]
    fn chrome_repeated_on_pages_is_template_and_digits_do_not_matter() {
        let topics = [
            "افتتاح مدرسة جديدة في الحي الشرقي للمدينة.",
            "ارتفاع أسعار الخضار في السوق المركزي هذا الأسبوع.",
            "وصول قافلة مساعدات إلى المخيم بعد انتظار طويل.",
            "انقطاع الكهرباء عن عدة أحياء بسبب عطل فني.",
        ];
        let docs: Vec<Document> = (0..4).map(|i| page(&format!("p{i}.txt"), &format!("موقع الأخبار المحلية\nالطقس {} درجة\n{}\nكل الحقوق محفوظة", 10 + i, topics[i]))).collect();
        let mut t = Templates::new();
        t.observe_all(&docs);
        assert_eq!(t.repeat(&docs[0], 0), Some(Repeat { pages: 4, of: 4 }));
        assert!(t.repeat(&docs[0], 1).is_some(), "the widget differs only in its digits");
        assert!(t.repeat(&docs[0], 2).is_none());
        // persisted and read back: same answers
        let back = Templates::from_tsv(&t.to_tsv()).expect("reads back");
        assert_eq!(back.repeat(&docs[1], 3), t.repeat(&docs[1], 3));
    }

    #[test]
    fn a_headline_shared_by_copies_of_one_story_is_not_template() {
        let story = "قالت وزارة الصحة إن عشرة أشخاص أصيبوا في الحادث الذي وقع صباح اليوم.";
        let docs: Vec<Document> = (0..3).map(|i| page(&format!("s{i}.txt"), &format!("إصابة عشرة أشخاص في حادث سير\n{story}\nتعليق رقم {i}"))).collect();
        let mut t = Templates::new();
        t.observe_all(&docs);
        assert!(t.repeat(&docs[0], 0).is_none());
        assert!(t.repeat(&docs[0], 1).is_none(), "pooled pages never lose a sentence to repetition");
    }

    #[test]
    fn regression_a_site_slogan_made_every_page_look_like_a_story_copy() {
        // the slogan sentence repeats on every page; the pages' own sentences do not, so the menu
        // still counts as template (it was not counted when any shared sentence marked a page as a copy)
        let bodies = [
            "قالت البلدية إن أعمال الصيانة ستبدأ في الشارع الرئيسي الأسبوع المقبل. وأضافت أن الطريق سيغلق جزئيا.",
            "أعلنت الجامعة عن فتح باب التسجيل للطلاب الجدد ابتداء من يوم الأحد. وأوضحت أن التسجيل سيكون إلكترونيا.",
            "افتتح المحافظ معرضا للكتاب بمشاركة عشرات دور النشر العربية والأجنبية. ويستمر المعرض عشرة أيام متتالية.",
        ];
        let docs: Vec<Document> = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let paras = b.replace(". ", ".\n");
                page(&format!("s{i}.txt"), &format!("الرئيسية | محليات | رياضة\n{paras}\nصحيفة يومية مستقلة تصدر عن مؤسسة الأفق للصحافة والنشر.\n"))
            })
            .collect();
        let mut t = Templates::new();
        t.observe_all(&docs);
        assert_eq!(t.repeat(&docs[0], 0), Some(Repeat { pages: 3, of: 3 }));
    }

    #[test]
    fn one_page_gives_no_template() {
        let d = page("one.txt", "القائمة الرئيسية\nخبر عن موضوع ما في المدينة اليوم.");
        let mut t = Templates::new();
        t.observe(&d);
        assert!(t.repeat(&d, 0).is_none());
        assert!(Templates::from_tsv("site\tx\n").is_err());
    }
}
