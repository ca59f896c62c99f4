//! Attribution: who said what, through whom. Direct quotes («…», "…", “…”) and indirect
//! speech (reporting verb + إن/أن, وفق/بحسب), each with its speaker (apposition, titles,
//! continuation verbs carrying the previous speaker across paragraphs and removed chrome),
//! channel (tweet, statement, video, briefing, interview, TV), inline agency and time.
//!
//! Reads `Tokens`, `Sentences`, `Mentions`, `Times`, `Zones`; writes `Quotes`.
//!
//! ```
//! assert_eq!(isnad_attribution::lexicon::verb("زاعما"), Some(("زعم", "disputed")));
//! ```

pub mod lexicon;

use isnad_doc::{Annotated, DocStage, Document, EntityType, Layer, Provenance, Quote, Span, Speaker};
use isnad_text::TokenKind;

pub const STAGE: &str = "attribution";

#[derive(Debug, Default)]
pub struct AttributionStage;

impl DocStage for AttributionStage {
    fn name(&self) -> &'static str {
        STAGE
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Mentions, Layer::Times]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Quotes]
    }
    fn run(&self, doc: &mut Document) {
        doc.quotes = find_quotes(doc);
        doc.mark(Layer::Quotes);
    }
}

fn closing(open: char) -> Option<char> {
    match open {
        '«' => Some('»'),
        '“' => Some('”'),
        '"' => Some('"'),
        '„' => Some('“'),
        _ => None,
    }
}

/// Quoted stretches `(outer span, content span, closed)` inside a content zone.
fn quoted(raw: &str, zone: Span) -> Vec<(Span, Span, bool)> {
    let text = zone.slice(raw);
    let base = zone.start as usize;
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let Some(close) = closing(c) else { continue };
        // find the matching close, allowing one level of nesting for «»
        let mut depth = 0;
        let mut end = None;
        for (j, d) in text[i + c.len_utf8()..].char_indices() {
            if d == c && c != close {
                depth += 1;
            } else if d == close {
                if depth == 0 {
                    end = Some(i + c.len_utf8() + j);
                    break;
                }
                depth -= 1;
            }
        }
        // no closing mark in the paragraph: the quote runs to its end, and counts only when a
        // reporting verb introduces it (see `find_quotes`; the outer span then ends at the text)
        let (e, close_len) = match end {
            Some(e) => (e, close.len_utf8()),
            None => {
                // to the end of the line
                let line_end = text[i..].find('\n').map_or(text.len(), |k| i + k);
                (text[..line_end].trim_end().trim_end_matches(['.', '!', '؟', '?']).len().max(i + c.len_utf8()), 0)
            }
        };
        let content = Span::new(base + i + c.len_utf8(), base + e).trim(raw);
        let words = content.slice(raw).split_whitespace().count();
        // skip past the closing mark either way
        while it.peek().is_some_and(|&(k, _)| k <= e) {
            it.next();
        }
        // shorter stretches are kept too: a reply ("نعم") counts when a reporting verb introduces
        // it (see `find_quotes`); otherwise it is a name or a term in quotes
        if words >= 1 {
            out.push((Span::new(base + i, base + e + close_len), content, close_len > 0));
        }
    }
    out
}

struct Clause {
    verb: Option<(usize, &'static str, &'static str)>, // token index, lemma, stance
}

fn sentence_of(doc: &Document, byte: u32) -> Span {
    doc.sentences.iter().copied().find(|s| s.start <= byte && byte < s.end).unwrap_or(Span { start: byte, end: byte })
}

/// The speaker record of a recognised mention.
fn speaker_of(doc: &Document, mi: usize) -> Speaker {
    let kind = if doc.mentions[mi].value.etype == EntityType::Per { "person" } else { "organisation" };
    Speaker { span: doc.mentions[mi].span, mention: Some(mi), kind }
}

/// Speaker between two byte offsets: the first person, else the first organisation mention.
fn mention_between(doc: &Document, a: u32, b: u32) -> Option<usize> {
    let inside = |m: &&Annotated<isnad_doc::Mention>| m.span.start >= a && m.span.end <= b;
    let first = |t: &[EntityType]| doc.mentions.iter().enumerate().filter(|(_, m)| inside(m) && t.contains(&m.value.etype)).map(|(i, _)| i).next();
    first(&[EntityType::Per]).or_else(|| first(&[EntityType::Org, EntityType::Norp]))
}

fn find_verb(doc: &Document, toks: std::ops::Range<usize>) -> Clause {
    for i in toks.clone().rev() {
        if let Some((l, s)) = verb_at(doc, i) {
            return Clause { verb: Some((i, l, s)) };
        }
    }
    Clause { verb: None }
}

/// A channel kind and where it was read; an agency name and where.
type ChannelAgency = (Option<(&'static str, Span)>, Option<(String, Span)>);

fn channel_in(doc: &Document, toks: std::ops::Range<usize>) -> ChannelAgency {
    let mut ch = None;
    let mut agency = None;
    for i in toks {
        let st = doc.keys.stem(i);
        let next = doc.keys.stem(i + 1);
        if ch.is_none() {
            if let Some(c) = lexicon::channel(st, next) {
                ch = Some((c, doc.tokens[i].span));
            }
        }
        // لوكالة رويترز / لوكالة "فرانس برس" / نقلت وكالة X
        if agency.is_none() && (st == "وكاله" || st == "لوكاله") {
            let mut j = i + 1;
            while j < doc.tokens.len() && matches!(doc.keys.full(j), "\"" | "«" | "»") {
                j += 1;
            }
            for len in [2usize, 1] {
                if j + len <= doc.tokens.len() {
                    let k = (j..j + len).map(|x| doc.keys.full(x)).collect::<Vec<_>>().join(" ");
                    if let Some(a) = isnad_doc::agency(&k) {
                        agency = Some((a.to_string(), Span { start: doc.tokens[i].span.start, end: doc.tokens[j + len - 1].span.end }));
                        if ch.is_none() && doc.keys.full(i).starts_with('ل') {
                            ch = Some(("interview", doc.tokens[i].span));
                        }
                        break;
                    }
                }
            }
        }
    }
    (ch, agency)
}

fn time_in(doc: &Document, clause: Span, content: Span) -> Option<usize> {
    doc.times.iter().position(|t| clause.contains(t.span) && !content.overlaps(t.span))
}

fn is_function(k: &str) -> bool {
    matches!(k, "الي" | "ان" | "انه" | "انها" | "بان" | "من" | "في" | "علي" | "عن" | "ايضا" | "كذلك" | "،" | ",")
}

/// A short quoted stretch that is a name, not a statement: `باسم "الجبهة الوطنية"`, `تنظيم «داعش»`.
fn is_quoted_name(doc: &Document, outer: Span, content: Span) -> bool {
    let words = doc.text(content).split_whitespace().count();
    if words > 4 {
        return false;
    }
    let before = doc.tokens.partition_point(|t| t.span.end <= outer.start);
    let prev = before.checked_sub(1).map_or("", |i| doc.keys.stem(i));
    let named = doc.mentions.iter().any(|m| m.span.start <= content.start && content.end <= m.span.end.max(content.end) && m.span.overlaps(content) && m.span.len() * 2 >= content.len());
    matches!(prev, "باسم" | "تنظيم" | "حركه" | "جماعه" | "قناه" | "صحيفه" | "وكاله" | "لوكاله" | "موقع" | "عمليه" | "معركه") || named
}

/// The subject right before a verb (SVO order): a mention ending within two tokens of it.
fn subject_before(doc: &Document, sent: Span, vi: usize) -> Option<usize> {
    let vt = doc.tokens[vi].span;
    let lo = doc.tokens[vi.saturating_sub(3)].span.start.max(sent.start);
    doc.mentions.iter().enumerate().filter(|(_, m)| m.span.start >= lo && m.span.end <= vt.start && !m.value.etype.is_place()).map(|(i, _)| i).next_back()
}

/// An unrecognised noun phrase before the verb, back to the last punctuation (`لكن وسائل إعلام رسمية قالت`).
fn np_before(doc: &Document, sent: Span, vi: usize) -> Option<Span> {
    let r = doc.tokens_in(sent);
    let mut s = vi;
    while s > r.start && doc.tokens[s - 1].kind == TokenKind::Arabic && vi - s < 5 {
        s -= 1;
    }
    while s < vi && matches!(doc.keys.full(s), "لكن" | "ولكن" | "بينما" | "فيما" | "كما" | "و" | "ثم") {
        s += 1;
    }
    (s < vi).then(|| Span { start: doc.tokens[s].span.start, end: doc.tokens[vi - 1].span.end })
}

/// A reporting verb right before a quote mark (`أجابت "نعم"`, `وقال: "لا"`), punctuation aside.
fn verb_right_before(doc: &Document, outer: Span) -> bool {
    let mut k = doc.tokens.partition_point(|t| t.span.end <= outer.start);
    while k > 0 && matches!(doc.keys.full(k - 1), ":" | "،" | ",") {
        k -= 1;
    }
    k > 0 && verb_at(doc, k - 1).is_some()
}

/// A reporting-verb reading of token `i`: not with the article (الكتب is not كتب).
fn verb_at(doc: &Document, i: usize) -> Option<(&'static str, &'static str)> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Arabic || doc.keys.full(i).starts_with("ال") || isnad_text::key(t.prefix(&doc.raw)).ends_with("ال") {
        return None;
    }
    // a verbal noun, not a verb: عدم ذكر اسمه
    if i > 0 && matches!(doc.keys.full(i - 1), "عدم" | "بعدم") {
        return None;
    }
    lexicon::verb(doc.keys.stem(i))
}

/// Media a speaker talks *to*: `لرويترز`, `لوكالة`, `لإذاعة الجيش`, `لـ"العين"`. The speaker phrase
/// ends there and the statement was an interview.
fn is_addressee(doc: &Document, k: usize) -> bool {
    let f = doc.keys.full(k);
    if f == "ل" {
        return true; // لـ before a quoted outlet name
    }
    match f.strip_prefix('ل') {
        Some(rest) if !rest.starts_with('ل') => lexicon::is_media_noun(rest) || isnad_doc::agency(rest).is_some(),
        _ => false,
    }
}

/// Where the speaker phrase in tokens `from..to` ends: at a comma (what follows is a
/// parenthetical: `، خلال لقائه …،`), an addressee, or a channel phrase (`في تغريدة`, `خلال مؤتمر`).
/// Returns the end and whether an addressee stopped it.
fn speaker_end(doc: &Document, from: usize, to: usize) -> (usize, bool) {
    for k in from..to {
        let f = doc.keys.full(k);
        if f == "،" || f == "," || f == ":" {
            return (k, false);
        }
        if is_addressee(doc, k) {
            return (k, true);
        }
        // حذر X من أن / أشار X إلى أن: the preposition belongs to the verb
        if matches!(f, "من" | "الي") && matches!(doc.keys.full(k + 1), "ان" | "انه" | "انها") {
            return (k, false);
        }
        // قال قائد في قسد الخميس إن: the time is not part of the speaker
        if k > from && doc.times.iter().any(|t| t.span.start == doc.tokens[k].span.start) {
            return (k, false);
        }
        let channel_next = lexicon::channel(doc.keys.stem(k + 1), doc.keys.stem(k + 2)).is_some();
        if (matches!(f, "في" | "خلال" | "عبر" | "علي" | "ب") && channel_next)
            || (k > from && lexicon::channel(doc.keys.stem(k), doc.keys.stem(k + 1)).is_some() && doc.keys.full(k).starts_with(['ب', 'ف']))
        {
            return (k, false);
        }
    }
    (to, false)
}

/// A participle of manner (`مؤكداً`, `مشيراً`) after a main reporting verb in the same clause:
/// the main verb's subject is the speaker (`نفى المسماري ذلك، مؤكداً أن "…"`).
fn main_verb_before(doc: &Document, toks: std::ops::Range<usize>, participle: usize) -> Option<usize> {
    (toks.start..participle).rev().find(|&i| verb_at(doc, i).is_some() && !lexicon::is_continuation(doc.keys.stem(i)))
}

/// The speaker of a person mention, its name completed: a name the tagger cut after a particle
/// (`محمد بن` → `محمد بن عبد الرحمن`) runs on to the following words, and a bare surname takes
/// the fuller name it has earlier in the document (`ظريف` → `محمد جواد ظريف`).
fn full_name(doc: &Document, mi: usize, limit: usize) -> Speaker {
    let mut sp = speaker_of(doc, mi);
    if doc.mentions[mi].value.etype != EntityType::Per {
        return sp;
    }
    let mut k = doc.tokens.partition_point(|t| t.span.end <= sp.span.end);
    while k < limit && doc.tokens[k].kind == TokenKind::Arabic && !is_function(doc.keys.full(k)) {
        let last = doc.text(sp.span).split_whitespace().last().map(isnad_text::key).unwrap_or_default();
        if !matches!(last.as_str(), "بن" | "بنت" | "ابن" | "ابو" | "ابي" | "عبد" | "ال" | "ولد") {
            break;
        }
        sp.span.end = doc.tokens[k].span.end;
        k += 1;
    }
    let name = isnad_text::key(doc.text(sp.span));
    if !name.contains(' ') {
        let fuller = doc.mentions[..mi].iter().enumerate().rev().find(|(_, x)| {
            x.value.etype == EntityType::Per && {
                let n = isnad_text::key(doc.text(x.span));
                n.contains(' ') && n.split(' ').next_back() == Some(name.as_str())
            }
        });
        if let Some((fi, f)) = fuller {
            return Speaker { span: f.span, mention: Some(fi), kind: sp.kind };
        }
    }
    sp
}

/// The sentence before `sent` (in the same document).
fn previous_sentence(doc: &Document, sent: Span) -> Option<Span> {
    doc.sentences.iter().copied().rfind(|s| s.end <= sent.start)
}

/// Did the sentence before `sent` carry a statement?
fn previous_sentence_quoted(doc: &Document, sent: Span, hist: &History) -> bool {
    let Some(prev) = previous_sentence(doc, sent) else { return true };
    hist.iter().any(|(_, _, s)| *s == prev)
}

/// The subject of the previous sentence: its first person or organisation mention.
fn previous_subject(doc: &Document, sent: Span) -> Option<usize> {
    let prev = previous_sentence(doc, sent)?;
    let inside = |m: &Annotated<isnad_doc::Mention>| prev.contains(m.span);
    doc.mentions
        .iter()
        .position(|m| inside(m) && m.value.etype == EntityType::Per)
        .or_else(|| doc.mentions.iter().position(|m| inside(m) && matches!(m.value.etype, EntityType::Org | EntityType::Norp)))
}

/// Speakers named so far in a document, with the agency their statement came through and the
/// sentence it was made in.
type History = Vec<(Speaker, Option<(String, Span)>, Span)>;

/// Read an unrecognised speaker phrase again: a resumptive pronoun (`قال فيه`) is the subject
/// before the verb; a channel noun (`وذكر البيان`) or a definite noun naming an earlier source
/// (`المصدر` after `مصدر عسكري`) is that earlier speaker. Returns the speaker and, for a speaker
/// taken from the history, the agency that carried it.
fn refine(doc: &Document, sp: Option<Speaker>, sent: Span, vi: usize, hist: &History) -> (Option<Speaker>, Option<(String, Span)>) {
    let Some(s) = sp else { return (None, None) };
    if s.kind != "anonymous" {
        return (Some(s), None);
    }
    let k = isnad_text::key(doc.text(s.span).trim());
    if matches!(k.as_str(), "فيه" | "فيها") {
        let lo = sent.start;
        let hi = doc.tokens[vi].span.start;
        if let Some(mi) = doc.mentions.iter().position(|m| m.span.start >= lo && m.span.end <= hi && !m.value.etype.is_place()) {
            return (Some(speaker_of(doc, mi)), None);
        }
    }
    let one_word = !k.contains(' ');
    let back =
        |pred: &dyn Fn(&str) -> bool| hist.iter().rev().find(|(h, _, _)| pred(&isnad_text::key(doc.text(h.span)))).map(|(h, a, _)| (Some(Speaker { kind: "continuation", ..h.clone() }), a.clone()));
    if one_word && lexicon::channel(k.strip_prefix("ال").unwrap_or(&k), "").is_some() && k.starts_with("ال") {
        if let Some(r) = back(&|_| true) {
            return r;
        }
    }
    // "ظريف" after "محمد جواد ظريف": a bare surname names the earlier speaker
    if one_word {
        if let Some(r) = back(&|h| h.contains(' ') && h.split(' ').next_back() == Some(k.as_str())) {
            return r;
        }
    }
    // "المصدر" after "مصدر عسكري", "المسؤول …" after "مسؤول أمريكي": the definite head of an
    // earlier anonymous source refers back to it
    let first = k.split(' ').next().unwrap_or("");
    if let Some(noun) = first.strip_prefix("ال").filter(|n| lexicon::is_anonymous_head(n) || (one_word && n.chars().count() >= 3)) {
        if let Some(r) = back(&|h| h.split(' ').any(|w| w == noun)) {
            return r;
        }
    }
    if matches!(k.as_str(), "فيه" | "فيها") {
        if let Some(r) = back(&|_| true) {
            return r;
        }
    }
    (Some(s), None)
}

/// The speaker of a reporting verb at `vi` whose subject lies in tokens `from..to` (up to the
/// complementiser or the quote). `cont`: the verb continues the previous speaker.
fn resolve_speaker(doc: &Document, sent: Span, vi: usize, from: usize, to: usize, cont: bool, hist: &History) -> (Option<Speaker>, Option<(String, Span)>, bool) {
    let raw = &doc.raw;
    let mut from = from;
    // نقلت وكالة رويترز عن مسؤول أمريكي قوله: the source follows عن
    if doc.keys.stem(vi) == "نقل" || doc.keys.stem(vi) == "نقلت" {
        if let Some(k) = (from..to).find(|&k| doc.keys.full(k) == "عن") {
            from = k + 1;
        }
    }
    let comp = (from..to).find(|&k| matches!(doc.keys.full(k), "ان" | "انه" | "انها" | "بان" | "قوله" | "قولها"));
    let clause_first = comp == Some(from);
    let (end, addressee) = speaker_end(doc, from, comp.unwrap_or(to));
    let empty = (from..end).all(|k| doc.tokens[k].kind != TokenKind::Arabic || is_function(doc.keys.full(k)));
    let last = hist.last().map(|(s, a, _)| (Speaker { kind: "continuation", ..s.clone() }, a.clone()));
    let m = if empty || clause_first { None } else { mention_between(doc, doc.tokens[from].span.start, doc.tokens[end - 1].span.end) };
    // "مسؤول في الإدارة الذاتية", "قائد ميداني في قسد", "تجمع المهنيين": the phrase opens with a
    // word outside any person name and the mention inside it is an organisation or a place, so
    // the speaker is the whole phrase (an anonymous source with its affiliation), not the mention
    // the phrase starts at its first word (a quote mark before an organisation's name is not one)
    let lead = (from..end).find(|&k| doc.tokens[k].kind == TokenKind::Arabic).unwrap_or(from);
    // an appositive name after the comma: المتحدث باسم «قسد»، مصطفى بالي، في تغريدة (a definite
    // title; an indefinite source, قائد ميداني، …, is unnamed)
    let definite_title = doc.keys.full(lead).starts_with("ال") || !lexicon::is_anonymous_head(doc.keys.stem(lead));
    let after_comma = (definite_title && end < to && matches!(doc.keys.full(end), "،" | ",")).then(|| doc.tokens.get(end + 1).map(|t| t.span.start)).flatten();
    let appositive_name = after_comma.and_then(|at| doc.mentions.iter().position(|x| x.span.start == at && x.value.etype == EntityType::Per));
    // the name after the comma wins even over a "name" inside the title's complement (المتحدث
    // باسم حملة قوات …، عدنان عفريني: حملة is not a person)
    let m = appositive_name.or(m);
    let appositive = m.is_some_and(|mi| doc.mentions[mi].span.start >= doc.tokens.get(end).map_or(u32::MAX, |t| t.span.end));
    let phrase_first = !empty && !clause_first && !appositive && lexicon::channel(doc.keys.stem(lead), doc.keys.stem(lead + 1)).is_none() && {
        let first = doc.tokens[lead].span;
        let in_person = |mi: usize| doc.mentions[mi].value.etype == EntityType::Per;
        let starts_phrase = !doc.mentions.iter().any(|x| x.span.contains(first) && x.value.etype == EntityType::Per);
        starts_phrase && (lexicon::is_anonymous_head(doc.keys.stem(lead)) || m.is_some_and(|mi| !in_person(mi) && doc.mentions[mi].span.start > first.start))
    };
    let m = if phrase_first { None } else { m.or_else(|| if cont { None } else { subject_before(doc, sent, vi) }) };
    let (sp, inherited) = match m {
        Some(mi) => (Some(full_name(doc, mi, end)), None),
        None if (cont || clause_first || empty) && !phrase_first => match (clause_first && !cont).then(|| np_before(doc, sent, vi)).flatten() {
            Some(np) => (Some(Speaker { span: np, mention: None, kind: "anonymous" }), None),
            // "وقال، مشيراً إلى الخريطتين" / "وذكرت في بيان": قال, ذكر or أعلن with its subject
            // left out refers to the previous sentence's subject when that sentence quoted nobody
            // (أشار, أوضح, أضاف … go on with the last speaker)
            None if !cont && lexicon::introduces(doc.keys.stem(vi)) && !previous_sentence_quoted(doc, sent, hist) => match previous_subject(doc, sent) {
                Some(mi) => (Some(Speaker { kind: "continuation", ..speaker_of(doc, mi) }), None),
                None => last.map_or((None, None), |(s, a)| (Some(s), a)),
            },
            None => last.map_or((None, None), |(s, a)| (Some(s), a)),
        },
        None => {
            let sp = Span { start: doc.tokens[from].span.start, end: doc.tokens[end - 1].span.end }.trim(raw);
            let t = sp.slice(raw).trim_end_matches([',', '،', ':', '"', '«', ' ']);
            let sp = (!t.is_empty()).then(|| Speaker { span: Span::new(sp.start as usize, sp.start as usize + t.len()), mention: None, kind: "anonymous" });
            refine(doc, sp, sent, vi, hist)
        }
    };
    (sp, inherited, addressee)
}

pub fn find_quotes(doc: &Document) -> Vec<Annotated<Quote>> {
    let raw = &doc.raw;
    let mut out: Vec<Annotated<Quote>> = Vec::new();
    let mut history: History = Vec::new();
    let zones: Vec<Span> = doc.content_spans().filter(|(_, l)| l.is_body() || *l == isnad_doc::ZoneLabel::PullQuote).map(|(s, _)| s).collect();
    for z in zones {
        let direct = quoted(raw, z);
        let mut covered: Vec<Span> = Vec::new();
        // sentence by sentence, so that a later statement can refer back to any earlier speaker:
        // a sentence's direct quotes first, else its reported speech; quotes that start in no
        // sentence of the zone come last
        let sents: Vec<Span> = doc.sentences.iter().copied().filter(|s| z.contains(*s)).collect();
        let mut taken = vec![false; direct.len()];
        for si in 0..=sents.len() {
            for (dq, (outer, content, closed)) in direct.iter().enumerate() {
                if taken[dq] || sents.get(si).is_some_and(|s| !(s.start <= outer.start && outer.start < s.end)) {
                    continue;
                }
                taken[dq] = true;
                if is_quoted_name(doc, *outer, *content) {
                    continue;
                }
                if doc.text(*content).split_whitespace().count() < 3 && !verb_right_before(doc, *outer) {
                    continue;
                }
                // an unclosed quote needs a reporting verb before it in its sentence
                if !closed {
                    let sent = sentence_of(doc, outer.start);
                    if find_verb(doc, doc.tokens_in(Span { start: sent.start.min(outer.start), end: outer.start })).verb.is_none() {
                        continue;
                    }
                }
                let sent = sentence_of(doc, outer.start);
                let before = doc.tokens_in(Span { start: sent.start.min(outer.start), end: outer.start });
                // attribution after the quote: «…»، قال المتحدث
                let after = doc.tokens_in(Span { start: outer.end, end: sent.end.max(outer.end) });
                let mut cl = find_verb(doc, before.clone());
                let mut clause_toks = before.clone();
                if cl.verb.is_none() {
                    let c2 = find_verb(doc, after.start..(after.start + 4).min(after.end));
                    if c2.verb.is_some() {
                        cl = c2;
                        clause_toks = after.clone();
                    }
                }
                // a quote following another quote in the same sentence shares its clause
                let prev_same_sentence = out.last().filter(|q| q.value.direct && sentence_of(doc, q.span.start) == sent).cloned();
                let mut inherited = None;
                let mut addressee = false;
                let (speaker, verb) = match cl.verb {
                    Some((vi, lemma, stance)) => {
                        let vt = doc.tokens[vi].span;
                        let after_quote = clause_toks.start >= before.end && clause_toks != before;
                        let svi = if lexicon::is_continuation(doc.keys.stem(vi)) && !after_quote { main_verb_before(doc, before.clone(), vi).unwrap_or(vi) } else { vi };
                        let to = if after_quote { doc.tokens_in(sent).end.max(svi + 1) } else { before.end };
                        let cont = lexicon::is_continuation(doc.keys.stem(svi));
                        let (sp, inh, adr) = if svi < to { resolve_speaker(doc, sent, svi, svi + 1, to, cont, &history) } else { (None, None, false) };
                        inherited = inh;
                        addressee = adr;
                        (sp, Some((vt, lemma, stance)))
                    }
                    None => match prev_same_sentence {
                        Some(p) => (p.value.speaker.clone(), p.value.cue.map(|c| (c, p.value.verb.unwrap_or("قال"), "neutral"))),
                        None => (None, None),
                    },
                };
                let clause = Span { start: sent.start.min(outer.start), end: sent.end.max(outer.end) };
                let (channel, agency) = channel_in(doc, doc.tokens_in(clause));
                let channel = channel.filter(|(_, s)| !content.contains(*s));
                let channel = channel.or_else(|| addressee.then_some(("interview", verb.map_or(*outer, |v| v.0))));
                let agency = agency.or(inherited);
                if let Some(s) = &speaker {
                    history.push((s.clone(), agency.clone(), sent));
                }
                let span = match verb {
                    Some((vt, _, _)) => outer.cover(vt),
                    None => *outer,
                };
                covered.push(sent);
                out.push(Annotated::new(
                    span,
                    Quote { direct: true, content: *content, cue: verb.map(|v| v.0), verb: verb.map(|v| v.1), speaker, channel, agency, time: time_in(doc, clause, *content) },
                    Provenance::new(STAGE, if verb.is_some() { "quote+verb" } else { "quote" }, if verb.is_some() { 0.85 } else { 0.5 }),
                ));
                if let (Some(q), Some((_, _, st))) = (out.last_mut(), verb) {
                    q.prov.rule = format!("{}:{st}", q.prov.rule).into();
                }
            }
            // indirect speech: verb … إن/أن clause, in sentences without a direct quote
            {
                let Some(&sent) = sents.get(si) else { break };
                if covered.contains(&sent) {
                    continue;
                }
                let r = doc.tokens_in(sent);
                let mut found = false;
                for vi in r.clone() {
                    let Some((lemma, stance)) = verb_at(doc, vi) else { continue };
                    // complementiser within the next 12 tokens
                    let comp = (vi + 1..(vi + 21).min(r.end)).find(|&k| matches!(doc.keys.full(k), "ان" | "انه" | "انها" | "بان" | "الي" | "من"));
                    let Some(ci) = comp else { continue };
                    let ci = if doc.keys.full(ci) == "الي" || doc.keys.full(ci) == "من" {
                        // أشار إلى أن / حذر من أن
                        if matches!(doc.keys.full(ci + 1), "ان" | "انه" | "انها") {
                            ci + 1
                        } else {
                            continue;
                        }
                    } else {
                        ci
                    };
                    if ci + 1 >= r.end {
                        continue;
                    }
                    let content = Span { start: doc.tokens[ci + 1].span.start, end: sent.end }.trim(raw);
                    let vt = doc.tokens[vi].span;
                    let cont = lexicon::is_continuation(doc.keys.stem(vi));
                    let (speaker, inherited, addressee) =
                        if vi + 1 < ci { resolve_speaker(doc, sent, vi, vi + 1, ci, cont, &history) } else { resolve_speaker(doc, sent, vi, vi + 1, vi + 1, true, &history) };
                    // a long unrecognised phrase is not a speaker: the previous one goes on
                    let speaker = match speaker {
                        Some(s) if s.kind == "anonymous" && doc.text(s.span).split_whitespace().count() > 8 => history.last().map(|(h, _, _)| Speaker { kind: "continuation", ..h.clone() }),
                        x => x,
                    };
                    let (channel, agency) = channel_in(doc, vi..ci);
                    let channel = channel.or_else(|| addressee.then_some(("interview", vt)));
                    let agency = agency.or(inherited);
                    if let Some(s) = &speaker {
                        history.push((s.clone(), agency.clone(), sent));
                    }
                    out.push(Annotated::new(
                        Span { start: vt.start, end: content.end },
                        Quote { direct: false, content, cue: Some(vt), verb: Some(lemma), speaker, channel, agency, time: time_in(doc, Span { start: sent.start, end: content.start }, content) },
                        Provenance::new(STAGE, format!("reported-speech:{stance}"), 0.7),
                    ));
                    found = true;
                    break;
                }
                if found {
                    continue;
                }
                // بحسب X، فإن …: the cue opens the sentence, the source runs to the comma
                if lexicon::is_source_cue(doc.keys.full(r.start)) {
                    if let Some(comma) = (r.start + 1..r.end).find(|&k| matches!(doc.keys.full(k), "،" | ",")) {
                        let mut c0 = comma + 1;
                        while c0 < r.end && matches!(doc.keys.full(c0), "فان" | "ان" | "فانه" | "فانها") {
                            c0 += 1;
                        }
                        if let (Some(mi), true) = (mention_between(doc, doc.tokens[r.start].span.end, doc.tokens[comma].span.start), c0 + 2 < r.end) {
                            let content = Span { start: doc.tokens[c0].span.start, end: sent.end }.trim(raw);
                            let content = Span::new(content.start as usize, content.start as usize + doc.text(content).trim_end_matches(['.', '،']).len());
                            let speaker = Some(speaker_of(doc, mi));
                            if let Some(s) = &speaker {
                                history.push((s.clone(), None, sent));
                            }
                            out.push(Annotated::new(
                                sent,
                                Quote { direct: false, content, cue: Some(doc.tokens[r.start].span), verb: Some("وفق"), speaker, channel: None, agency: None, time: None },
                                Provenance::new(STAGE, "according-to", 0.6),
                            ));
                            continue;
                        }
                    }
                }
                // وفق / بحسب X: the sentence is attributed to X
                for k in r.clone() {
                    if lexicon::is_source_cue(doc.keys.full(k)) && k > r.start + 3 {
                        let src_end = sent.end;
                        if let Some(mi) = mention_between(doc, doc.tokens[k].span.end, src_end) {
                            let content = Span { start: sent.start, end: doc.tokens[k].span.start }.trim(raw);
                            let speaker = Some(speaker_of(doc, mi));
                            out.push(Annotated::new(
                                sent,
                                Quote { direct: false, content, cue: Some(doc.tokens[k].span), verb: Some("وفق"), speaker, channel: None, agency: None, time: None },
                                Provenance::new(STAGE, "according-to", 0.6),
                            ));
                        }
                        break;
                    }
                }
            }
        }
    }
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out
}
