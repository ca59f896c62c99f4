//! Mention recognition, first version: the actor alias table, the gazetteer, and context
//! rules (organisation heads, place heads, titles before person names). A statistical tagger
//! trained on NewsFANE will sit beside these rules (issue 5); the rules stay for what the data lacks.

use crate::lexicon::Lexicon;
use isnad_doc::{Annotated, Document, EntityType, Mention, Provenance, Span};
use isnad_text::TokenKind;

pub const STAGE: &str = "entities";

/// Words that never start or continue a name.
pub fn is_function_word(k: &str) -> bool {
    matches!(
        k,
        "في" | "من" | "الي" | "علي" | "عن" | "مع" | "و" | "او" | "ان" | "انه" | "انها" | "ما" | "لا" | "لم" | "لن" | "قد" | "ثم" | "كل" | "بعد" | "قبل"
            | "بين" | "حتي" | "هذا" | "هذه" | "ذلك" | "تلك" | "التي" | "الذي" | "الذين" | "غير" | "كان" | "كانت" | "هو" | "هي" | "هم" | "عند" | "منذ"
            | "خلال" | "حيث" | "امس" | "اليوم" | "لدي" | "ايضا" | "فيما" | "بينما" | "كما" | "اذا" | "الا" | "لكن" | "ولكن" | "بل" | "اي" | "نحو"
            | "حول" | "ضد" | "عبر" | "دون" | "وفق" | "بحسب" | "حسب" | "باسم" | "اول" | "اخر" | "وقال" | "قال" | "وقالت" | "قالت" | "اضاف"
            | "واضاف" | "اكد" | "اعلن" | "اعلنت" | "ذكر" | "ذكرت" | "اشار" | "اوضح" | "تابع" | "يوم" | "الجمعه" | "السبت" | "الاحد" | "الاثنين"
            | "الثلاثاء" | "الثلثاء" | "الاربعاء" | "الخميس" | "بان" | "لان" | "سوف"
    )
}

/// Frequent words that GeoNames also lists as place names (مدينة is Medina, باب is al-Bab):
/// without a place head or preposition they are read as words, not places.
fn common_word(k: &str) -> bool {
    is_function_word(k)
        || matches!(
            k,
            "مدينه" | "جديده" | "باب" | "حي" | "سوق" | "عين" | "بير" | "تل" | "جبل" | "دير" | "قريه" | "مركز" | "جمعه" | "سبت" | "احد" | "خميس"
                | "عام" | "اول" | "جامعه" | "وان" | "امس" | "يوم" | "شرق" | "غرب" | "شمال" | "جنوب" | "قلعه" | "نهر" | "بحر" | "وادي" | "منطقه" | "ميناء"
                | "حمام" | "كفر" | "راس" | "نور" | "امل" | "سلام" | "حريه" | "نصر" | "عز" | "فجر" | "صباح" | "ربيع" | "زهره" | "سعاده"
        )
}

/// A nisba adjective with the article (الشرقي، الجنوبية): qualifies a head, is not a name.
fn is_adjective(full: &str) -> bool {
    full.starts_with("ال") && (full.ends_with('ي') || full.ends_with("يه")) && full.chars().count() >= 5
}

/// Organisation heads: the name continues over the words after them.
pub(crate) const ORG_HEADS: &[&str] = &[
    "قوات", "تنظيم", "وزاره", "مكتب", "مرصد", "وكاله", "قناه", "جيش", "حركه", "حزب", "جبهه", "هيئه", "مجلس", "منظمه", "لجنه", "صحيفه", "شركه",
    "جامعه", "محكمه", "اتحاد", "مؤسسه", "مديريه", "دائره", "سلطه", "نقابه", "مكتب", "تحالف", "كتائب", "الويه", "لواء", "فصيل", "جماعه", "مفوضيه", "بعثه", "برنامج", "صندوق", "بنك", "مصرف", "وحدات",
];

/// Heads of news outlets, whose name may follow in quotes: صحيفة "الشرق الأوسط". They are
/// organisation heads too; the tagger's head flag reads [`ORG_HEADS`] alone, because changing
/// that list changes the model's features and means retraining it.
const MEDIA_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه", "فضائيه", "تلفزيون", "اذاعه", "وكاله"];

/// Reporters, whose outlet follows them: مراسل الجزيرة, مراسلة العربية.
const REPORTERS: &[&str] = &["مراسل", "مراسله", "مراسلو", "مراسلي", "موفد", "موفده"];

/// Organisation heads of armed forces and groups. An analyst follows these actors under their
/// descriptions too (القوات الموالية, قوات المعارضة, جيش النظام, التنظيم الإرهابي), so the
/// words after them need no evidence of a proper name ([`org_name_evidence`]).
const ARMED_HEADS: &[&str] = &["قوات", "جيش", "تنظيم", "كتائب", "الويه", "لواء", "فصيل", "جماعه", "تحالف", "جبهه", "وحدات"];

/// Adjectives of scope that mark the name of a body, not a description (with the article:
/// مجلس الأمن الدولي, برنامج الأغذية العالمي, المفوضية الأوروبية, الهيئة الوطنية لمكافحة
/// الفساد), as lossy stems.
const SCOPE_ADJECTIVES: &[&str] = &["وطني", "وطنيه", "دولي", "دوليه", "عالمي", "عالميه", "اممي", "امميه", "اوروبي", "اوروبيه", "افريقي", "افريقيه", "اسيوي", "اسيويه", "خليجي", "خليجيه", "عربي", "عربيه", "اتحادي", "اتحاديه"];

/// Place heads → type of the place named after them.
pub(crate) fn place_head(k: &str) -> Option<EntityType> {
    Some(match k {
        "مدينه" | "بلده" | "قريه" | "محافظه" | "عاصمه" | "ولايه" | "اقليم" | "قضاء" | "ناحيه" => EntityType::Gpe,
        "حي" | "ريف" | "نهر" | "جبل" | "منطقه" | "وادي" | "سهل" | "بحيره" | "جزيره" | "بحر" | "صحراء" => EntityType::Loc,
        "مخيم" | "معبر" | "مطار" | "سجن" | "مستشفي" | "ميناء" | "قاعده" | "سد" | "جسر" | "مسجد" | "كنيسه" | "معسكر" => EntityType::Fac,
        _ => return None,
    })
}

/// The tagger's type index of nationalities and groups.
const TYPES_NORP: usize = 5;

/// Is the word (a stem) an adjective of a country, region or people: الأميركي, السورية,
/// الإسرائيلي, الخليجي? Its stem without the nisba ending is a prominent place or a known
/// actor, as written or with the ending a place name drops (أميركا, سوريا, سورية, أفغانستان).
fn place_adjective(stem: &str) -> bool {
    let Some(base) = stem.strip_suffix("يه").or_else(|| stem.strip_suffix('ي')).filter(|b| b.chars().count() >= 2) else { return false };
    let lx = Lexicon::get();
    [base.to_string(), format!("{base}ا"), format!("{base}ه"), format!("{base}يا"), format!("{base}يه"), format!("{base}ستان")].iter().any(|k| {
        lx.places.get(k.as_str()).is_some_and(|ps| ps.iter().any(|p| p.country_level || p.prominent || p.population >= 100_000)) || lx.actors.get(k.as_str()).is_some_and(|a| a.etype.is_place() || a.etype == EntityType::Norp)
    })
}

/// The news outlet named right after token `i`, as tokens `(a, e)`: the name a reporter works
/// for (مراسل الجزيرة, a place or actor the lexicons know, or a word the news corpus names
/// things with), or a name in quotes after an outlet's head (صحيفة "الشرق الأوسط").
fn outlet_after(c: &Ctx, i: usize) -> Option<(usize, usize)> {
    let n = c.doc.tokens.len();
    let a = i + 1;
    if a >= n || c.used[a] || !c.same_sentence(i, a) || !c.doc.tokens[i].suffix(&c.doc.raw).is_empty() {
        return None;
    }
    if c.is_head(MEDIA_HEADS, i) && matches!(c.full(a), "\"" | "«" | "“") {
        let close = (a + 2..(a + 7).min(n)).find(|&k| matches!(c.full(k), "\"" | "»" | "”"))?;
        let inside = a + 1..close;
        return (inside.clone().all(|k| !c.used[k] && (c.arabic(k) || c.doc.tokens[k].kind == TokenKind::Latin) && c.same_sentence(a, k))).then_some((a + 1, close));
    }
    if !c.is_head(REPORTERS, i) || !(c.arabic(a) || c.doc.tokens[a].kind == TokenKind::Latin) {
        return None;
    }
    let lx = Lexicon::get();
    if let Some((e, _)) = c.longest(a, lx.max_len, |k| lx.actors.get(k).map(|_| ()).or_else(|| lx.places.get(k).map(|_| ()))) {
        return Some((a, e));
    }
    (c.has_article(a) && crate::ner::corpus_name_type(c.stem(a)).is_some_and(|t| t != "NORP")).then_some((a, a + 1))
}

/// Is token `k` an adjective without the article (دولي, أميركية), which describes the noun
/// before it rather than naming it?
fn bare_adjective(c: &Ctx, k: usize) -> bool {
    !c.has_article(k) && (place_adjective(c.stem(k)) || SCOPE_ADJECTIVES.contains(&c.stem(k)))
}

/// Does token `k` start with a preposition (ل, ك, ب) glued to an ordinary word: لأربعين,
/// كميناء, لحكومته? A name after a head word never does.
fn glued_preposition(c: &Ctx, k: usize) -> bool {
    let Some(token) = c.doc.tokens.get(k) else { return false };
    let prefix = token.prefix(&c.doc.raw);
    if !prefix.is_empty() && !prefix.ends_with("ال") && prefix.chars().any(|ch| matches!(ch, 'ل' | 'ك' | 'ب')) {
        return true;
    }
    let st = c.stem(k);
    let Some(rest) = st.strip_prefix(['ل', 'ك', 'ب']).filter(|r| r.chars().count() >= 3) else { return false };
    !crate::ner::corpus_says_named(st) && (crate::ner::corpus_says_ordinary(rest) || place_head(rest).is_some() || ORG_HEADS.contains(&rest))
}

/// Do the words after an organisation head (`head`, its name up to `e`) name a body, or only
/// describe one? A name has a word the tagger reads as a name, a word the news corpus names
/// things with (الشام; a word it reads as a nationality does not count), an adjective of a place (الجيش الأميركي, المرصد السوري), or an
/// acronym in parentheses after it. What is left is a description: حركة الطائرات,
/// برنامج التنصت, شركة الإنتاج, المنظمة الحقوقية, and شركة إماراتية ("an Emirati
/// company": the adjective of a place names a body only with the article).
fn org_name_evidence(c: &Ctx, head: usize, e: usize) -> bool {
    let norp = TYPES_NORP;
    (head..e).any(|k| {
        // (the tagger reads a bare nisba as a nationality: قوات أميركية are "American forces")
        let tagged = isnad_tagger::label_parts(c.tags.get(k).copied().unwrap_or(0)).is_some_and(|(t, _)| t != norp || c.has_article(k));
        // (a place adjective sits inside many names in the corpus, وزارة الخارجية الأميركية, so
        // the corpus's count says nothing of it: only its article does)
        // (nor of a bare feminine adjective: بعثة إسلامية is "an Islamic mission")
        let named = || match place_adjective(c.stem(k)) || SCOPE_ADJECTIVES.contains(&c.stem(k)) || (c.stem(k).ends_with("يه") && !c.has_article(k)) {
            true => c.has_article(k),
            false => crate::ner::corpus_name_type(c.stem(k)).is_some_and(|t| t != "NORP"),
        };
        tagged || (k > head && named())
    })
        || (e + 2 < c.doc.tokens.len() && c.full(e) == "(" && c.full(e + 2) == ")")
}

/// Words that join the parts of an Arabic name (lossy keys; آل is `ال`): a name never ends on one.
fn is_name_connector(k: &str) -> bool {
    matches!(k, "بن" | "بنت" | "ابن" | "ابو" | "عبد" | "ال")
}

/// Adjectives that qualify a title (`قائد ميداني`), never a name.
const TITLE_ADJECTIVES: &[&str] = &["ميداني", "عسكري", "كبير", "بارز", "محلي", "سابق", "امني", "سياسي", "رفيع", "اعلامي", "عام", "اقليمي", "دولي", "اممي", "حكومي", "رسمي"];

/// Could this token start a person's name? Not a head word, a function word, an adjective,
/// or a preposition glued to a head word (`بوزارة`, `لوكالة`).
fn can_start_name(c: &Ctx, j: usize) -> bool {
    let (f, st) = (c.full(j), c.stem(j));
    // (a title is no name either: نائب رئيس النادي is a deputy chairman, not a man called رئيس)
    if is_function_word(f) || is_function_word(st) || f.starts_with("ال") || TITLE_ADJECTIVES.contains(&st) || ORG_HEADS.contains(&st) || place_head(st).is_some() || TITLES.contains(&f) || TITLES.contains(&st) {
        return false;
    }
    let rest: String = st.chars().skip(1).collect();
    // a word the news corpus almost never names anything with (بلدية, بإرسال, لزعماء, لسوق)
    // starts no name
    let glued = matches!(st.chars().next(), Some('ب' | 'ل' | 'و' | 'ف')) && rest.chars().count() >= 3 && !crate::ner::corpus_says_named(st);
    if crate::ner::corpus_says_ordinary(st) || (glued && crate::ner::corpus_says_ordinary(&rest)) {
        return false;
    }
    !(matches!(st.chars().next(), Some('ب' | 'ل' | 'و' | 'ف')) && (ORG_HEADS.contains(&rest.as_str()) || place_head(&rest).is_some() || TITLES.contains(&rest.as_str()) || rest.starts_with("ال")))
}

/// A body or place named after a titled person, its name starting at `a` (جامعة الملك سعود,
/// مطار الملك خالد الدولي, مستشفى الأمير سلطان): the end of the title, the person's name and
/// any adjectives after it. `None` when `a` holds no title followed by a name.
fn named_after_person(c: &Ctx, a: usize) -> Option<usize> {
    let n = c.doc.tokens.len();
    // (the head is in construct, without the article: أمير المنطقة الأمير فيصل is no place)
    if a == 0 || a + 1 >= n || c.has_article(a - 1) || !matches!(c.full(a), "الملك" | "الامير" | "الاميره" | "الشيخ" | "الشيخه" | "الامام" | "السلطان") || c.used[a] || !c.same_sentence(a, a + 1) || !c.arabic(a + 1) || !can_start_name(c, a + 1) {
        return None;
    }
    let mut e = c.nasab_end(a + 1, a + 2);
    // nisba adjectives after the name: الدولي, التخصصي
    while e < n && e < a + 8 && !c.used[e] && c.same_sentence(e - 1, e) && is_adjective(c.full(e)) {
        e += 1;
    }
    Some(e)
}

/// Titles that precede a person's name.
pub(crate) const TITLES: &[&str] = &[
    "رئيس", "الرئيس", "وزير", "متحدث", "المتحدث", "متحدثه", "المتحدثه", "الناطق", "ناطق", "مبعوث", "المبعوث", "قائد", "القائد", "القيادي", "سفير",
    "السفير", "الملك", "الامير", "الشيخ", "المفتش", "مستشار", "المستشار", "النائب", "الجنرال", "العميد", "اللواء", "العقيد", "المقدم", "الرائد",
    "الدكتور", "المحلل", "الباحث", "الصحفي", "الصحافي", "المراسل", "مدير", "المدير", "امين", "الامين", "نائب", "زعيم", "الزعيم", "محافظ", "المحافظ",
];

struct Ctx<'a> {
    doc: &'a Document,
    used: Vec<bool>,
    out: Vec<Annotated<Mention>>,
    /// The tagger's reading of each sentence (first token, then label and margin per token).
    tagged: Vec<(usize, Vec<(u8, i32)>)>,
    /// The tagger's label per token (0 outside entities and sentences).
    tags: Vec<u8>,
}

impl Ctx<'_> {
    /// Is token `i` one of `heads` (lossy stems)? The whole word counts too, because the
    /// tokenizer takes the first letter of some for a conjunction (فضائية → ضائية).
    fn is_head(&self, heads: &[&str], i: usize) -> bool {
        heads.contains(&self.stem(i)) || heads.contains(&self.full(i))
    }
    fn stem(&self, i: usize) -> &str {
        self.doc.keys.stem(i)
    }
    fn full(&self, i: usize) -> &str {
        self.doc.keys.full(i)
    }
    fn arabic(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Arabic)
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        let (ta, tb) = (&self.doc.tokens[a], &self.doc.tokens[b]);
        !self.doc.raw[ta.span.end as usize..tb.span.start as usize].contains(['\n', '.', '،', ',', ':', '؟', '(', ')'])
    }
    /// Mention span: from the article (not conjunctions/prepositions) of the first token.
    fn span(&self, a: usize, b: usize) -> Span {
        let t0 = &self.doc.tokens[a];
        let pre = t0.prefix(&self.doc.raw);
        let start = if pre.ends_with("ال") { t0.stem.start - "ال".len() as u32 } else { t0.stem.start };
        Span { start, end: self.doc.tokens[b - 1].stem.end }
    }
    fn push(&mut self, a: usize, b: usize, etype: EntityType, canonical: Option<String>, rule: &'static str, conf: f32) {
        if a >= b || (a..b).any(|k| self.used[k]) {
            return;
        }
        let key = (a..b).map(|k| self.stem(k)).collect::<Vec<_>>().join(" ");
        for u in &mut self.used[a..b] {
            *u = true;
        }
        let span = self.span(a, b);
        self.out.push(Annotated::new(span, Mention { etype, key, canonical, role: None, geo: None }, Provenance::new(STAGE, rule, conf)));
    }
    /// Does the token carry the article (ال, وال, بال, لل…)?
    fn has_article(&self, i: usize) -> bool {
        let p = self.doc.tokens.get(i).map_or("", |t| t.prefix(&self.doc.raw));
        p.ends_with("ال") || p.ends_with("لل")
    }

    /// Longest lexicon key starting at `i` within the sentence.
    fn longest<T>(&self, i: usize, max: usize, f: impl Fn(&str) -> Option<T>) -> Option<(usize, T)> {
        let n = self.doc.tokens.len();
        let mut key = String::new();
        let mut best = None;
        for j in i..(i + max).min(n) {
            if !self.arabic(j) && self.doc.tokens[j].kind != TokenKind::Latin || (j > i && !self.same_sentence(j - 1, j)) {
                break;
            }
            if j > i {
                key.push(' ');
            }
            key.push_str(self.stem(j));
            if let Some(v) = f(&key) {
                best = Some((j + 1, v));
            }
        }
        best
    }
    /// The last mention pushed, a place, ends at token `b - 1`: give it back the ending the
    /// tokenizer took for a pronoun (فيينا, not فيي). A place name takes no pronoun suffix, so the
    /// letters are the name's own, as for the tagger's names ([`fix_name_clitics`]).
    fn keep_place_ending(&mut self, b: usize) {
        let t = &self.doc.tokens[b - 1];
        if t.stem.end >= t.span.end {
            return;
        }
        // (the key stays the stems', the gazetteer's own key, which geocoding looks up)
        let end = t.span.end;
        if let Some(m) = self.out.last_mut().filter(|m| m.span.end == t.stem.end) {
            m.span.end = end;
        }
    }
    /// Arabic names run on over their connectors (محمد بن سلمان, سلمان بن عبد العزيز آل سعود):
    /// carry a name `[j, e)` over a trailing connector and the word after it, or over a
    /// following بن/آل and the word after that.
    fn nasab_end(&self, j: usize, mut e: usize) -> usize {
        let n = self.doc.tokens.len();
        let word = |k: usize| k < n && k > 0 && self.arabic(k) && !self.used[k] && self.same_sentence(k - 1, k) && !is_function_word(self.full(k));
        while e > j && e < j + 8 {
            if is_name_connector(self.full(e - 1)) && word(e) {
                e += 1;
            } else if matches!(self.full(e), "بن" | "بنت" | "ال") && word(e) && word(e + 1) {
                e += 2;
            } else {
                break;
            }
        }
        e
    }
    /// Name words after a head: not function words, within the sentence.
    fn name_run(&self, i: usize, max: usize, need_article_after_first: bool) -> usize {
        let n = self.doc.tokens.len();
        let mut j = i;
        while j < n && j < i + max && self.arabic(j) && !self.used[j] && !is_function_word(self.full(j)) && !is_function_word(self.stem(j)) && (j == i || self.same_sentence(j - 1, j)) {
            // (a title starts the next name: المدينة المنورة العقيد فلان; not so a title bound by
            // a preposition, القوات الموالية للرئيس, or one that bodies are named after, جسر الملك فهد)
            if j > i && TITLES.contains(&self.full(j)) && !matches!(self.full(j), "الملك" | "الامير" | "الاميره" | "الشيخ" | "الشيخه" | "الامام" | "السلطان") {
                break;
            }
            if need_article_after_first && j > i {
                let f = self.full(j);
                let adjective = f.starts_with("ال") || f.starts_with("لل") || (f.starts_with('ل') && self.full(j + 1).starts_with("ال"));
                if !adjective {
                    break;
                }
            }
            j += 1;
        }
        j
    }
}

/// The tagger's reading of each sentence of `doc`: its first token, then a label and margin per
/// token. Empty when the build carries no model.
fn tag_sentences(doc: &Document) -> Vec<(usize, Vec<(u8, i32)>)> {
    let Some(model) = crate::ner::model() else { return Vec::new() };
    let mut starts: Vec<usize> = Vec::new();
    let mut sents: Vec<Vec<isnad_tagger::Tok>> = Vec::new();
    for &s in &doc.sentences {
        let r = doc.tokens_in(s);
        if r.is_empty() {
            continue;
        }
        let toks: Vec<isnad_tagger::Tok> = r.clone().map(|i| crate::ner::tok(doc.keys.full(i), doc.keys.stem(i), doc.tokens[i].kind)).collect();
        starts.push(r.start);
        sents.push(toks);
    }
    starts.into_iter().zip(model.tag_document(&sents)).collect()
}

/// Add the entities the tagger found (one sense per document applied) on tokens no rule has
/// taken. The confidence follows the model's margin.
fn tagger_mentions(c: &mut Ctx) {
    let doc = c.doc;
    let all = std::mem::take(&mut c.tagged);
    for (start, tagged) in &all {
        let start = *start;
        let labels: Vec<u8> = tagged.iter().map(|x| x.0).collect();
        for sp in isnad_tagger::spans(&labels) {
            let etype = match isnad_tagger::TYPES[sp.etype] {
                "PER" => EntityType::Per,
                "ORG" => EntityType::Org,
                "GPE" => EntityType::Gpe,
                "LOC" => EntityType::Loc,
                "FAC" => EntityType::Fac,
                _ => EntityType::Norp,
            };
            let (a, b) = (start + sp.start, start + sp.end);
            // a currency, unit or date word the value layer read is not a name (ريال, مارس)
            let (s0, s1) = (doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
            if doc.quantities.iter().map(|q| q.span).chain(doc.times.iter().map(|t| t.span)).any(|v| v.start < s1 && s0 < v.end) {
                continue;
            }
            // a lone function word, punctuation, head word (ريف, قوات) or nisba adjective
            // (السورية) is not a name, whatever the tagger says
            let (f, st) = (c.full(a), c.stem(a));
            // (a lone ل, ب or ك stays on the word: لهيئة is the head هيئة)
            let bare = st.strip_prefix(['ل', 'ب', 'ك']).filter(|r| r.chars().count() >= 3).unwrap_or(st);
            let head = |w: &str| place_head(w).is_some() || ORG_HEADS.contains(&w);
            if b == a + 1 && (is_function_word(f) || (!c.arabic(a) && doc.tokens[a].kind != TokenKind::Latin) || head(st) || head(bare) || TITLES.contains(&f) || is_adjective(f)) {
                continue;
            }
            let least = tagged.get(sp.start..sp.end).and_then(|x| x.iter().map(|t| t.1).min()).unwrap_or(0);
            // margins are in quantised weight units; a clear decision is several thousand
            let conf = 0.5 + 0.3 * (least as f32 / 20_000.0).clamp(0.0, 1.0);
            let before = c.out.len();
            c.push(a, b, etype, None, "tagger", conf);
            if c.out.len() > before {
                if let Some(m) = c.out.last_mut() {
                    fix_name_clitics(doc, m, a, b);
                }
            }
        }
    }
}

/// The clitic splitter reads the end of some foreign names as a pronoun (فيينا → فيي + نا,
/// أثينا → أثي + نا) and keeps a lone preposition on others (لإيران). A name the tagger found
/// keeps its ending, and loses a leading ل, ب or ك when the rest is a place or actor the
/// lexicons know.
fn fix_name_clitics(doc: &Document, m: &mut Annotated<Mention>, a: usize, b: usize) {
    let last = &doc.tokens[b - 1];
    if last.stem.end < last.span.end {
        m.span.end = last.span.end;
    }
    let first = &doc.tokens[a];
    let word = first.stem.slice(&doc.raw);
    if m.span.start == first.stem.start {
        if let Some(rest) = word.strip_prefix(['ل', 'ب', 'ك']).filter(|r| r.chars().count() >= 3) {
            // only when the rest is a name the lexicons know: بيدرسون is not ب + يدرسون
            let lx = Lexicon::get();
            let k = isnad_text::key(rest);
            if lx.places.contains_key(&k) || lx.actors.contains_key(&k) {
                m.span.start += word.len() as u32 - rest.len() as u32;
            }
        }
    }
    let key: Vec<String> = (a..b)
        .map(|k| {
            let t = &doc.tokens[k];
            let start = if k == a { m.span.start.max(t.span.start) } else { t.stem.start };
            let end = if k + 1 == b { m.span.end } else { t.stem.end };
            isnad_text::key(doc.raw.get(start as usize..end as usize).unwrap_or(""))
        })
        .collect();
    let key = key.join(" ");
    // the article stays off the key, as for every other mention
    m.value.key = key.split(' ').map(|w| w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(w)).collect::<Vec<_>>().join(" ");
}

pub fn recognize(doc: &Document) -> Vec<Annotated<Mention>> {
    let lx = Lexicon::get();
    let n = doc.tokens.len();
    // the tagger reads the document first: the rules that guess a name from the words around it
    // (a head word, a title) keep only what the tagger also reads as a name
    let tagged = tag_sentences(doc);
    let mut tags = vec![0u8; n];
    for (start, t) in &tagged {
        for (k, x) in t.iter().enumerate() {
            if let Some(slot) = tags.get_mut(start + k) {
                *slot = x.0;
            }
        }
    }
    let mut c = Ctx { doc, used: vec![false; n], out: Vec::new(), tagged, tags };
    // 1. organisations: a known alias (longest match), else a head word and its qualifiers.
    // One left-to-right pass so that "المكتب الإعلامي للتحالف الدولي" stays one name.
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        let art = c.has_article(i);
        // السورية is the adjective "Syrian", سورية the country: a one-word place name must be
        // spelt with or without the article exactly as the lexicon spells it
        if let Some((a, e)) = outlet_after(&c, i) {
            // (the outlet is an organisation, whatever else its name means: الجزيرة, الرياض)
            c.push(a, e, EntityType::Org, None, "outlet", 0.8);
        } else if let Some((e, a)) = c.longest(i, lx.max_len, |k| lx.actors.get(k)).filter(|(e, a)| !(a.etype.is_place() && *e == i + 1 && a.article != art)) {
            c.push(i, e, a.etype, Some(a.id.clone()), "actor-alias", 0.9);
        } else if (c.is_head(ORG_HEADS, i) || c.is_head(MEDIA_HEADS, i)) && i + 1 < n && !(TITLES.contains(&c.full(i)) && can_start_name(&c, i + 1)) && c.same_sentence(i, i + 1) && !c.full(i + 1).starts_with('ي') && (c.has_article(i + 1) || !crate::ner::corpus_says_ordinary(c.stem(i + 1))) {
            // (a word starting with ي right after the head is almost always a verb: الجيش يرد; so
            // is a bare word the news corpus never names anything with: قواتنا ترد, التحالف استأنف;
            // a head that is also a title, before a name, is the title: اللواء منصور التركي)
            let mut e = named_after_person(&c, i + 1).unwrap_or_else(|| c.name_run(i + 1, 4, true));
            // a last word the news corpus never names anything with, and no adjective, after a
            // word with the article (which takes no genitive) is the sentence going on: بثت
            // فضائية الجزيرة الخبر, جماعة المهاجرون السابق; not so after a construct (جماعة
            // أنصار الشريعة) or with a preposition (الشركة السعودية للكهرباء, الهيئة الوطنية
            // لمكافحة الفساد)
            while e > i + 2 && crate::ner::corpus_says_ordinary(c.stem(e - 1)) && !is_adjective(c.full(e - 1)) && !c.full(e - 1).starts_with('ل') && c.has_article(e - 2) && !c.full(e - 2).starts_with('ل') {
                e -= 1;
            }
            if e > i + 1 {
                let key = (i..e).map(|k| c.stem(k)).collect::<Vec<_>>().join(" ");
                let known = lx.actors.get(&key).map(|a| a.id.clone());
                // (a head in construct with a definite noun names one body: وزارة المالية,
                // هيئة الاتصالات; a head with the article or a pronoun, or followed by a bare
                // word, is most often a description: اللجنة التنفيذية, برنامجها النووي)
                let construct = !c.has_article(i) && c.doc.tokens[i].suffix(&c.doc.raw).is_empty() && c.has_article(i + 1);
                if known.is_some() || c.is_head(ARMED_HEADS, i) || construct || org_name_evidence(&c, i, e) {
                    let before = c.out.len();
                    c.push(i, e, EntityType::Org, known, "org-head", 0.7);
                    // a head the tokenizer cut (فضائية → ضائية) keeps its first letter
                    if c.out.len() > before && !ORG_HEADS.contains(&c.stem(i)) && !MEDIA_HEADS.contains(&c.stem(i)) {
                        let (start, key) = (c.doc.tokens[i].span.start, std::iter::once(c.full(i)).chain((i + 1..e).map(|k| c.stem(k))).collect::<Vec<_>>().join(" "));
                        if let Some(m) = c.out.last_mut() {
                            m.span.start = start;
                            m.value.key = key;
                        }
                    }
                }
            }
        }
    }
    // 2. places after a head word, then gazetteer names
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        if let Some(t) = place_head(c.stem(i)) {
            let a = i + 1;
            if let Some((e, _)) = c.longest(a, lx.max_len, |k| lx.places.get(k)) {
                // ريف إدلب: the head qualifies; the named place itself is a GPE (a camp stays a facility)
                let t = if t == EntityType::Fac { t } else { EntityType::Gpe };
                c.push(a, e, t, None, "place-head+gazetteer", 0.9);
                c.keep_place_ending(e);
            } else if let Some(e) = named_after_person(&c, a) {
                // مستشفى الملك فهد: the head stays in the name, which is not the king's
                c.push(i, e, t, None, "place-head+person", 0.7);
            } else if !is_adjective(c.full(a)) && !crate::ner::corpus_says_ordinary(c.stem(a)) && !bare_adjective(&c, a) && !glued_preposition(&c, a) {
                // (بالسجن مدة: a prison, then a duration, not a prison named so; مطار دولي,
                // مدينة أميركية: an adjective; المستشفى لأربعين يوما: a preposition's object)
                let e = c.name_run(a, 2, true);
                // the head is part of a facility's name (مطار دمشق, سجن صيدنايا) and of any
                // name it heads with the article (المسجد الحرام, المدينة المنورة); otherwise it
                // only describes the place (مدينة حلب, جزيرة كورسيكا). A head with the article
                // takes no genitive, so a bare word after it is no name of it (وزير القضاء حاييم)
                let named_with_head = t == EntityType::Fac || c.has_article(i);
                // (nor is a word joined by و: المنطقة والمملكة; ف is left alone, the tokenizer
                // takes it off names such as فلوريدا)
                let joined = c.doc.tokens.get(a).is_some_and(|t| t.prefix(&c.doc.raw).starts_with('و'));
                let genitive_of_definite = c.has_article(i) && !c.has_article(a);
                if e > a && !genitive_of_definite && !joined {
                    c.push(if named_with_head { i } else { a }, e, t, None, "place-head", 0.7);
                }
            }
        }
    }
    // 4. persons after titles: TITLE (qualifiers) NAME NAME
    for i in 0..n {
        let f = c.full(i);
        if !TITLES.contains(&f) && !TITLES.contains(&c.stem(i)) {
            continue;
        }
        // skip the title's qualifiers: باسم X, adjectives with ال, a known mention, quoted names
        let mut j = i + 1;
        let mut steps = 0;
        while j < n && steps < 6 && c.same_sentence(j - 1, j) {
            let k = c.full(j);
            let covered = c.used[j];
            let qualifier = covered || k == "باسم" || k.starts_with("ال") || k.starts_with("لل") || TITLE_ADJECTIVES.contains(&c.stem(j)) || matches!(k, "العام" | "في" | "الي" | "لدي" | "\"" | "«" | "»" | "،" | ",");
            if !qualifier {
                break;
            }
            // after a preposition comes its object, a place or body (الوزير إلى فيينا,
            // سفير سوريا لدى الأمم المتحدة), never the title holder's name
            if matches!(k, "في" | "الي" | "لدي") && j + 1 < n {
                j += 1;
                steps += 1;
            }
            j += 1;
            steps += 1;
        }
        if j >= n || c.used[j] || !c.arabic(j) || !can_start_name(&c, j) {
            continue;
        }
        // محافظ حمص, سفير سوريا: the governor or ambassador of a place, not a person named so
        if lx.places.get(c.stem(j)).is_some_and(|ps| ps.iter().any(|p| p.country_level || p.prominent || p.population >= 100_000)) {
            continue;
        }
        // a name is two words, plus a surname with the article (بشار الأسد, بشار حافظ الأسد)
        let mut e = j;
        while e < n && e < j + 3 && c.arabic(e) && !c.used[e] && !is_function_word(c.full(e)) && !is_function_word(c.stem(e)) && (e == j || c.same_sentence(e - 1, e)) {
            if e > j && (ORG_HEADS.contains(&c.stem(e)) || c.full(e).starts_with("لل") || TITLE_ADJECTIVES.contains(&c.stem(e))) {
                break;
            }
            if e == j + 2 && !c.full(e).starts_with("ال") {
                break;
            }
            // a bare word the news corpus never names anyone with, which the tagger does not read
            // as a name here either, is the sentence going on: the verb after the name (الملك
            // سلمان استقبل, الرئيس عباس يتحدث); a surname that is also a word stays (فوزي جمعة)
            if e > j && !c.has_article(e) && crate::ner::corpus_says_ordinary(c.stem(e)) && !is_name_connector(c.stem(e)) && c.tags.get(e).is_some_and(|&l| l == 0) {
                break;
            }
            e += 1;
        }
        let e = c.nasab_end(j, e);
        if e > j {
            let role = Span { start: c.doc.tokens[i].span.start, end: c.doc.tokens[j - 1].span.end };
            c.push(j, e, EntityType::Per, None, "title+name", 0.7);
            if let Some(m) = c.out.last_mut() {
                m.value.role = Some(role);
            }
        }
    }
    // 4b. NAME، TITLE after a reporting verb: "وقال فلان فلان، المتحدث باسم …"
    for i in 2..n {
        if !(TITLES.contains(&c.full(i)) || TITLES.contains(&c.stem(i))) {
            continue;
        }
        // "فلان فلان، المتحدث" or "فلان فلان، وهو متحدث"
        let comma = if matches!(c.full(i - 1), "،" | ",") { i - 1 } else if i >= 3 && matches!(c.full(i - 1), "وهو" | "وهي") && matches!(c.full(i - 2), "،" | ",") { i - 2 } else { continue };
        let e = comma;
        let mut s = e;
        while s > 0 && e - s < 3 && c.arabic(s - 1) && !c.used[s - 1] && !is_function_word(c.full(s - 1)) {
            s -= 1;
        }
        // the word before the name must be a reporting verb, which `is_function_word` lists
        if s < e && s > 0 && matches!(c.stem(s - 1), "قال" | "قالت" | "اضاف" | "اكد" | "اوضح" | "اعلن" | "ذكر") && !c.full(s).starts_with("ال") {
            let role = Span { start: c.doc.tokens[i].span.start, end: c.doc.tokens[i].span.end };
            c.push(s, e, EntityType::Per, None, "name+title", 0.65);
            if let Some(m) = c.out.last_mut() {
                m.value.role = Some(role);
            }
        }
    }
    // 4c. bare gazetteer names (after persons, so that بشار in بشار الأسد stays a name)
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        let art = c.has_article(i);
        if let Some((e, places)) = c.longest(i, lx.max_len, |k| lx.places.get(k)).filter(|(e, ps)| *e > i + 1 || ps.iter().any(|p| p.article == art)) {
            let p = places.iter().find(|p| p.article == art).unwrap_or(&places[0]);
            // GeoNames lists many common nouns as alternate names of small places, so a bare
            // single word counts only for countries, capitals and seats, big cities, or the
            // project's curated additions; anything else needs a place head (handled above).
            // The news corpus settles the rest: بأنه ("that he") is also the town Baneh, and
            // the tagger reads it as a word in nearly all of its thousand occurrences.
            let ambiguous = e - i == 1 && (common_word(c.stem(i)) || common_word(c.full(i)) || lx.ordinary.contains(c.stem(i)) || crate::ner::corpus_says_ordinary(c.stem(i)));
            let strong = p.country_level || p.prominent || p.population >= 100_000;
            if (e - i > 1 || strong) && !ambiguous && !is_function_word(c.full(i)) {
                c.push(i, e, EntityType::Gpe, None, "gazetteer", 0.75);
                c.keep_place_ending(e);
            }
        }
    }
    // 5. later mentions of a person's last name alone
    // (the last word is a surname of its own only when no connector binds it to the word before:
    // العزيز of عبد العزيز is no one's name, nor is a title such as الملك)
    let surnames: Vec<(String, String)> = c
        .out
        .iter()
        .filter(|m| m.value.etype == EntityType::Per)
        .filter_map(|m| {
            let mut parts = m.value.key.rsplit(' ');
            let (last, before) = (parts.next()?, parts.next()?);
            let title = TITLES.contains(&last) || TITLES.contains(&format!("ال{last}").as_str());
            let ordinary = crate::ner::corpus_says_ordinary(last);
            (!is_name_connector(before) && !title && !ordinary && last.chars().count() >= 3).then(|| (last.to_string(), m.value.key.clone()))
        })
        .collect();
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        if let Some((_, fullkey)) = surnames.iter().find(|(l, _)| l == c.stem(i)) {
            let full = fullkey.clone();
            c.push(i, i + 1, EntityType::Per, None, "name-part", 0.6);
            if let Some(m) = c.out.last_mut() {
                m.value.canonical = Some(format!("per:{full}"));
            }
        }
    }
    // 6. the statistical tagger, for names no rule or lexicon knows
    tagger_mentions(&mut c);
    // 7. acronyms defined in the text: "وكالة الأنباء السورية (سانا)"
    acronyms(&mut c);
    let mut out = c.out;
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Could `word` (its lossy key; `raw` as written) abbreviate the name whose stems are `key`?
/// The name has several words, and an Arabic acronym starts with the initial of one of them
/// (قسد for قوات سوريا الديمقراطية, داعش for تنظيم الدولة الإسلامية); a Latin one is written
/// in capitals (ISIS). What else follows a name in parentheses is a gloss, most often its
/// place: القاهرة (مصر), جامعة كولومبيا (نيويورك).
fn looks_like_acronym(key: &str, word: &str, raw: &str, kind: TokenKind) -> bool {
    if !key.contains(' ') {
        return false;
    }
    match kind {
        TokenKind::Latin => raw.chars().count() >= 2 && raw.chars().all(|ch| ch.is_ascii_uppercase() || ch == '.'),
        TokenKind::Arabic => word.chars().next().is_some_and(|first| key.split(' ').any(|w| w.starts_with(first))),
        _ => false,
    }
}

/// A one-word name in parentheses right after a mention defines an acronym for it. Both get the
/// same `acr:` canonical key, so canonicalisation joins them and any bare use of the acronym
/// elsewhere in the run.
fn acronyms(c: &mut Ctx) {
    let n = c.doc.tokens.len();
    let defs: Vec<(usize, usize)> = c
        .out
        .iter()
        .enumerate()
        .filter_map(|(mi, m)| {
            let e = c.doc.tokens.partition_point(|t| t.span.end <= m.span.end);
            (e + 2 < n && c.full(e) == "(" && c.full(e + 2) == ")" && looks_like_acronym(&m.value.key, c.full(e + 1), c.doc.tokens[e + 1].text(&c.doc.raw), c.doc.tokens[e + 1].kind) && !is_function_word(c.full(e + 1))).then_some((mi, e + 1))
        })
        .collect();
    for (mi, k) in defs {
        let (etype, key) = (c.out[mi].value.etype, c.out[mi].value.key.clone());
        // a known actor keeps its lexicon id; the acronym joins it
        let canon = c.out[mi].value.canonical.clone().unwrap_or_else(|| format!("acr:{key}"));
        if c.out[mi].value.canonical.is_none() {
            c.out[mi].value.canonical = Some(canon.clone());
        }
        if let Some(existing) = c.out.iter_mut().find(|m| m.span.start == c.doc.tokens[k].stem.start || m.span.start == c.doc.tokens[k].span.start) {
            existing.value.canonical = Some(canon);
            existing.value.etype = etype;
            existing.prov = Provenance::new(STAGE, "acronym", existing.prov.confidence.max(0.8));
        } else if !c.used[k] {
            c.push(k, k + 1, etype, Some(canon), "acronym", 0.8);
        }
    }
}

/// Regression: a head word at the end of one zone took the first word of the next content zone
/// as its name ("التنظيم" + "دمشق" across a removed dateline block). Heads and names must share
/// a sentence.
#[cfg(test)]
mod head_tests {
    #[test]
    fn an_org_head_does_not_reach_across_a_line_break() {
        let raw = "وقال إن التنظيم\n\nدمشق تشهد هدوءا.";
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
        d.sentences = isnad_text::sentences(raw);
        let ms = super::recognize(&d);
        assert!(ms.iter().all(|m| !d.text(m.span).contains('\n')), "{:?}", ms.iter().map(|m| d.text(m.span)).collect::<Vec<_>>());
    }

    /// Regression, from a day of Saudi news (2,888 articles): بأنه ("that he") was the Iranian
    /// town Baneh 288 times; مطار الملك خالد gave a facility called الملك; names after a title
    /// stopped at بن (محمد بن, 195 times); نائب رئيس النادي gave a person called رئيس النادي;
    /// an organisation head took the verb after it (قواتنا ترد).
    #[test]
    fn words_titles_and_name_chains_after_heads_and_titles() {
        use isnad_doc::EntityType;
        let raw = "وأكد المسؤول بأنه سيصل إلى مطار الملك خالد الدولي، حيث يستقبله ولي العهد الأمير محمد بن سلمان بن عبد العزيز. وقال نائب رئيس النادي إن الموسم انتهى. وأضاف أن قواتنا ترد على كل هجوم.";
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
        d.sentences = isnad_text::sentences(raw);
        let ms: Vec<(String, EntityType)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        assert!(!ms.iter().any(|(t, _)| t == "بأنه"), "{ms:?}");
        assert!(ms.contains(&("مطار الملك خالد الدولي".to_string(), EntityType::Fac)), "{ms:?}");
        assert!(ms.contains(&("محمد بن سلمان بن عبد العزيز".to_string(), EntityType::Per)), "{ms:?}");
        assert!(!ms.iter().any(|(t, e)| *e == EntityType::Per && t.contains("رئيس")), "{ms:?}");
        assert!(!ms.iter().any(|(t, _)| t.contains("ترد")), "{ms:?}");
    }

    /// Regression: a place head as the document's last word (… إلى المطار) sent the place-head
    /// rule one token past the end while its adjective and preposition checks were written
    /// (index out of bounds: seven documents of one day of Saudi news were skipped).
    #[test]
    fn a_head_word_ends_the_document() {
        for raw in ["وصلت الطائرة إلى المطار", "وأعلنت الوزارة", "مخيم"] {
            let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
            d.tokens = isnad_text::tokenize(raw);
            d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
            d.sentences = isnad_text::sentences(raw);
            let ms = super::recognize(&d);
            assert!(ms.iter().all(|m| m.span.end as usize <= raw.len()), "{raw}");
        }
    }

    /// Regression, from a day of Saudi news: the words after a head were taken for a name even
    /// when they only describe (اللجنة التنفيذية 24 times, برنامجها النووي 24, شركة إماراتية,
    /// مطار دولي, المستشفى لأربعين يوما). A head in construct with a definite noun, an armed
    /// force, an adjective of a place or scope with the article, still name a body.
    #[test]
    fn descriptions_after_heads_are_no_names() {
        use isnad_doc::EntityType;
        let raw = "وقررت اللجنة التنفيذية للنادي تأجيل الاجتماع، فيما أعلنت وزارة المالية أن شركة إماراتية فازت بالعقد. وقال المتحدث إن الجيش الأميركي والمفوضية الأوروبية رحبا بالخطوة، وإن قوات المعارضة انسحبت من المدينة. وافتتح مطار دولي جديد، وبقي المريض في المستشفى لأربعين يوما.";
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
        d.sentences = isnad_text::sentences(raw);
        let ms: Vec<(String, EntityType)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        for name in ["وزارة المالية", "الجيش الأميركي", "المفوضية الأوروبية", "قوات المعارضة"] {
            assert!(ms.contains(&(name.to_string(), EntityType::Org)), "{name} missing: {ms:?}");
        }
        for word in ["التنفيذية", "إماراتية", "دولي", "لأربعين"] {
            assert!(!ms.iter().any(|(t, _)| t.contains(word)), "{word} in {ms:?}");
        }
    }

    /// Regression, from a day of Saudi news: a place head kept out of every name, so
    /// المسجد الحرام gave a facility called الحرام (59 times) and المدينة المنورة a town called
    /// المنورة (101 times); القضاء ("the judiciary") made a place of the minister's name.
    #[test]
    fn place_heads_in_facility_names_and_fixed_names() {
        use isnad_doc::EntityType;
        let raw = "وصل الحجاج إلى المسجد الحرام ثم توجهوا إلى المدينة المنورة، وهبطت طائرتهم في مطار الثعلة. وقال وزير القضاء حاييم رامون إن المنطقة والمملكة بخير. وقصفت الطائرات مدينة تلكلخ.";
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
        d.sentences = isnad_text::sentences(raw);
        let ms: Vec<(String, EntityType)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        for (name, t) in [("المسجد الحرام", EntityType::Fac), ("المدينة المنورة", EntityType::Gpe), ("مطار الثعلة", EntityType::Fac), ("تلكلخ", EntityType::Gpe)] {
            assert!(ms.contains(&(name.to_string(), t)), "{name} missing: {ms:?}");
        }
        assert!(!ms.iter().any(|(t, e)| e.is_place() && (t.contains("حاييم") || t.contains("المملكة"))), "{ms:?}");
    }

    /// Regression, from a day of Saudi news: a name after a title took the verb after it as a
    /// surname (سلمان استقبل, عبدالعزيز تعلن), and those verbs then came back as surnames alone.
    #[test]
    fn a_verb_after_a_titled_name_is_no_surname() {
        use isnad_doc::EntityType;
        let raw = "وقال الرئيس عباس يتحدث عن خطة جديدة للسلام.";
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
        d.sentences = isnad_text::sentences(raw);
        let ms: Vec<(String, EntityType)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        assert!(ms.contains(&("عباس".to_string(), EntityType::Per)), "{ms:?}");
        assert!(!ms.iter().any(|(t, _)| t.contains("يتحدث")), "{ms:?}");
    }

    /// Regression: news outlets were places or nothing. الجزيرة after a reporter was the
    /// island (and a Syrian region), a newspaper's name in quotes after صحيفة was lost
    /// (صحيفة «الخبر»: the word "the news"), and فضائية lost its ف to the tokenizer, so it was
    /// no head at all.
    #[test]
    fn outlets_after_reporters_and_in_quotes() {
        use isnad_doc::EntityType;
        let raw = "وقال مراسل الجزيرة في دمشق إن القصف تجدد، ونقلت صحيفة «الخبر» عن مصدر أن الاجتماع تأجل. وقال مراسلنا إن الوضع هادئ. وبثت فضائية الجزيرة الخبر.";
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
        d.sentences = isnad_text::sentences(raw);
        let ms: Vec<(String, EntityType)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        for name in ["الجزيرة", "الخبر", "فضائية الجزيرة"] {
            assert!(ms.contains(&(name.to_string(), EntityType::Org)), "{name} missing: {ms:?}");
        }
        assert!(ms.contains(&("دمشق".to_string(), EntityType::Gpe)), "{ms:?}");
        assert!(!ms.iter().any(|(t, e)| t.contains("الجزيرة") && *e != EntityType::Org), "{ms:?}");
    }

    /// Regression: stripping a glued ب by word frequency turned بيدرسون (Pedersen) into يدرسون
    /// ("they study"). Only a known place or actor loses the letter; a foreign name keeps its
    /// ending (فيينا, not فيي).
    #[test]
    fn tagger_names_keep_their_letters() {
        use isnad_doc::{Annotated, EntityType, Mention, Provenance};
        let raw = "التقى بيدرسون وزيرا في فيينا وتحدث لإيران";
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        let text_of = |d: &isnad_doc::Document, word: &str| -> String {
            let i = d.tokens.iter().position(|t| t.text(raw) == word).unwrap_or(0);
            let t = d.tokens[i];
            let mut m = Annotated::new(t.stem, Mention { etype: EntityType::Gpe, key: String::new(), canonical: None, role: None, geo: None }, Provenance::new("t", "tagger", 0.6));
            super::fix_name_clitics(d, &mut m, i, i + 1);
            d.text(m.span).to_string()
        };
        assert_eq!(text_of(&d, "بيدرسون"), "بيدرسون");
        assert_eq!(text_of(&d, "فيينا"), "فيينا");
        assert_eq!(text_of(&d, "لإيران"), "إيران");
    }
}
