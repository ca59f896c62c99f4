//! Canonical entities across the documents of one run: one entity per referent.
//!
//! Mentions group when they share a lexicon id, or the same type class and the same variant
//! key: the stem key with spelling variants folded (final يه/يا as in سورية/سوريا, ميرك/مريك
//! as in الأميركي/الأمريكي) and, in the last word of a person's name when it is rare in news
//! and four or more consonants remain, long vowels dropped (ترمب/ترامب). Persons, organisations and places
//! never merge with each other. A name the alias table knows joins its actor whichever rule found
//! it, a country is one entity under any of its names (المغرب, المملكة المغربية: the gazetteer's
//! country code), a people's plural is one key in either case (السوريون, السوريين), and a surname alone joins
//! the one person of the run whose full name ends in it (never one of two: الأسد stays apart from
//! both بشار الأسد and حافظ الأسد). A facility at a town the gazetteer placed is one entity
//! per town (مستشفى الملك خالد بحائل and … بالخرج are two hospitals), and a mention of it without
//! a town joins the one town the run names it at, or stays apart when there are several.

use isnad_doc::{CorpusLayers, Document, Entity, EntityType, MentionRef};
use std::collections::{BTreeMap, BTreeSet};

/// (canonicalisation's maps are keyed by strings it makes itself, so the fast hasher serves, not
/// SipHash; no output depends on a map's order, which SipHash's seed made differ from run to run)
type HashMap<K, V> = isnad_text::FastMap<K, V>;

fn class(t: EntityType) -> &'static str {
    match t {
        EntityType::Per => "per",
        EntityType::Org => "org",
        EntityType::Gpe | EntityType::Loc | EntityType::Fac => "place",
        EntityType::Norp => "norp",
        EntityType::Event => "event",
    }
}

/// Fold spelling variants of one name word. With `skeleton`, a word of `min_skeleton` consonants
/// or more is also read without its long vowels.
fn fold_word(w: &str, skeleton: bool, min_skeleton: usize) -> String {
    let mut s = w.replace("ميرك", "مريك");
    if let Some(x) = s.strip_suffix("يه") {
        s = format!("{x}يا");
    }
    if !skeleton {
        return s;
    }
    let out = long_vowels_out(&s);
    if out.chars().count() >= min_skeleton {
        out
    } else {
        s
    }
}

/// A word without the long vowels after its first letter, nor the hamza a transliteration writes
/// between two vowels (رافائيل and رافايل are رفل).
fn long_vowels_out(w: &str) -> String {
    w.chars().enumerate().filter(|&(i, c)| i == 0 || !matches!(c, 'ا' | 'و' | 'ي' | 'ئ' | 'ؤ' | 'ء')).map(|(_, c)| c).collect()
}

/// The key a person or place is grouped by. A person's last word, when it may be a
/// transliteration, is also read without its long vowels (ترمب/ترامب, عفرين/عفريني); the words
/// before it are not, since given names differ by a long vowel (محمد عباس, محمود عباس); a foreign
/// name's given names are compared so later ([`foreign_spelling_key`]).
pub fn variant_key(key: &str, t: EntityType) -> String {
    if t == EntityType::Norp {
        // a people's plural in either case: السوريون, السوريين
        return key
            .split(' ')
            .map(|w| w.strip_suffix("ون").filter(|r| r.chars().count() >= 3).map_or_else(|| fold_word(w, false, 0), |r| fold_word(&format!("{r}ين"), false, 0)))
            .collect::<Vec<_>>()
            .join(" ");
    }
    let skeleton = matches!(t, EntityType::Per);
    let mut words = fold_servant(key);
    if t == EntityType::Per && family_at_end(&words) {
        words.truncate(words.len() - 2);
    }
    let n = words.len();
    // a kunya in any case is one word: أبو بكر, أبي بكر, أبا بكر
    for w in words.iter_mut().take(n.saturating_sub(1)) {
        if skeleton && matches!(w.as_str(), "ابي" | "ابا") {
            *w = "ابو".to_string();
        }
    }
    words.iter().enumerate().map(|(i, w)| fold_word(w, skeleton && i + 1 == n && transliterated(w), 4)).collect::<Vec<_>>().join(" ")
}

/// The key by which one foreign person's full name spelt two ways is one (فرانسوا هولاند and
/// فرنسوا هولاند, رافايل and رافاييل بينيتيز): each rare given name without its long vowels,
/// when the surname is a transliteration (no article, four consonants or more, rare; its
/// variant key has dropped its long vowels already). Three consonants are an Arabic root whose
/// long vowels tell names apart (سعد, سعيد, سعود; شاكر, شكري), so an Arabic surname, or a given
/// name the corpus uses 200 times or more (جون, محمد), keeps the name as it is; before a surname
/// the corpus uses that often, only given names of four consonants or more join. None for a
/// one-word name.
fn foreign_spelling_key(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let (last, given) = words.split_last()?;
    if given.is_empty() || last.starts_with("ال") || long_vowels_out(last).chars().count() < 4 {
        return None;
    }
    // (a surname the news uses 200 times or more, تسيبراس in 2015, may be Arabic too: then every
    // given name must be rare and keep four consonants without its long vowels, as ألكسيس and
    // أليكسيس do and Arabic given names of three do not)
    if !transliterated(last) && !given.iter().all(|w| transliterated(w) && long_vowels_out(w).chars().count() >= 4) {
        return None;
    }
    let mut key: Vec<String> = given.iter().map(|w| fold_word(w, transliterated(w), 3)).collect();
    key.push(last.to_string());
    Some(key.join(" "))
}

/// The office a person mention's role names, as the keys of its words that are neither a title,
/// a rank, a qualifier nor a function word: وزير الخارجية السعودي and وزير الخارجية الأستاذ give
/// {خارجيه}; رئيس المؤسسة العامة للخطوط الحديدية gives {مؤسسه, خطوط, حديديه}; a deputy's word
/// stays (نائب رئيس الجمهورية gives {نائب, جمهوريه}); الرئيس الأمريكي
/// الأسبق gives none (a rank, which many hold: no evidence of who is meant). Two offices are one
/// when one's words are among the other's ([`same_office`]): الرئيس العام للمؤسسة is the same.
/// A name with no title before it may have its office after it, a bare title and the words with
/// the article in construct with it (عادل الجبير وزير الخارجية السعودي gives {خارجيه}); a title
/// glued to و there is the next person's (عادل الجبير ووزير الداخلية).
fn office_of(d: &Document, m: &isnad_doc::Annotated<isnad_doc::Mention>) -> Option<BTreeSet<String>> {
    let role = match m.value.role {
        Some(r) => d.tokens_in(r),
        None => office_after(d, m.span)?,
    };
    let qualifier = |k: &str| k.ends_with('ي') || matches!(k, "سابق" | "اسبق" | "حالي" | "راحل" | "جديد" | "عام" | "عامه" | "اول" | "مكلف" | "بالنيابه");
    // (an honorific or rank after the office is no office either: وزير الخارجية الأستاذ gives
    // خارجيه; الأستاذ is a rank, not a title the tagger reads)
    let words: BTreeSet<String> = role
        .map(|k| d.keys.stem(k))
        .filter(|k| k.chars().count() >= 2 && !qualifier(k) && (!crate::recognize::is_title(k) || deputy(k)) && !crate::recognize::is_rank(k) && !crate::recognize::is_function_word(k))
        .map(String::from)
        .collect();
    (!words.is_empty()).then_some(words)
}

/// A deputy's word (نائب, مساعد): it makes another office of the title after it.
fn deputy(k: &str) -> bool {
    crate::recognize::DEPUTIES.contains(&k)
}

/// Two offices ([`office_of`]) are one when the words of one are among the other's, and both
/// have the same deputy's words: نائب رئيس الجمهورية is not رئيس الجمهورية.
fn same_office(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    a.iter().filter(|k| deputy(k)).eq(b.iter().filter(|k| deputy(k))) && (a.is_subset(b) || b.is_subset(a))
}

/// The tokens of an office right after a name (see [`office_of`]): a bare title, then the words
/// with the article that follow it with nothing but spaces between.
fn office_after(d: &Document, name: isnad_doc::Span) -> Option<std::ops::Range<usize>> {
    let t = d.tokens.partition_point(|x| x.span.start < name.end);
    let adjoining = |prev_end: u32, k: usize| d.tokens.get(k).is_some_and(|x| d.raw.get(prev_end as usize..x.span.start as usize).is_some_and(|gap| gap.trim().is_empty()));
    if !adjoining(name.end, t) || d.keys.full(t) != d.keys.stem(t) || !crate::recognize::is_title(d.keys.stem(t)) {
        return None;
    }
    let mut e = t + 1;
    while e < t + 4 && adjoining(d.tokens[e - 1].span.end, e) && d.tokens[e].text(&d.raw).starts_with("ال") {
        e += 1;
    }
    (e > t + 1).then_some(t..e)
}

/// The name a person group is known by: a known person's key in the alias table, or the group's
/// own key (`per:…`); none for other groups.
fn person_name<'a>(lx: &'a crate::lexicon::Lexicon, g: &'a str) -> Option<&'a str> {
    match g.strip_prefix("id:") {
        Some(id) => lx.actor(id).filter(|a| a.etype == EntityType::Per).and_then(|_| lx.actor_key(id)),
        None => g.strip_prefix("per:"),
    }
}

/// A royal or ruling family's name after a nasab adds nothing to who is meant: سلمان بن
/// عبدالعزيز آل سعود is سلمان بن عبدالعزيز, and a person's key leaves it out.
fn family_at_end(words: &[String]) -> bool {
    words.len() >= 5 && words[words.len() - 2] == "ال" && words.iter().any(|w| w == "بن" || w == "بنت")
}

/// The family name a person's key leaves out ([`family_at_end`]), as a surname's variant key.
fn family_left_out(key: &str) -> Option<String> {
    let words = fold_servant(key);
    family_at_end(&words).then(|| words.last().map(|w| variant_key(w, EntityType::Per))).flatten()
}

/// A name's words with عبد written as one word with what follows, and without that word's
/// article: عبد العزيز, عبدالعزيز and عبد عزيز (the key of the first) are all عبدعزيز, as عبد
/// ربه and عبدربه are عبدربه.
fn fold_servant(key: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut words = key.split(' ').peekable();
    while let Some(w) = words.next() {
        let joined = match (w, words.peek()) {
            ("عبد", Some(_)) => {
                let next = words.next().unwrap_or_default();
                format!("عبد{}", next.strip_prefix("ال").filter(|r| !r.is_empty()).unwrap_or(next))
            }
            _ => match w.strip_prefix("عبدال").filter(|r| !r.is_empty()) {
                Some(rest) => format!("عبد{rest}"),
                None => w.to_string(),
            },
        };
        out.push(joined);
    }
    out
}

/// Could this name word be a transliteration, spelt with or without its long vowels? Not when
/// the news corpus uses it 200 times or more: that is an Arabic name (سلمان and سليمان are two
/// names); ترامب and ترمب are rarer.
fn transliterated(w: &str) -> bool {
    // (عبد with what follows, joined by the key, is no word of the corpus but is Arabic)
    !w.starts_with("عبد") && crate::ner::word_stats(w).prior / 4 <= 2
}

/// Was the mention placed at a town its name shares with a country (not at the country)?
fn placed_at_town(lx: &crate::lexicon::Lexicon, v: &isnad_doc::Mention) -> bool {
    let Some(g) = &v.geo else { return false };
    lx.places
        .get(&v.key)
        .is_some_and(|ps| ps.iter().any(|p| !p.country_level && p.geo.lat == g.lat && p.geo.lon == g.lon) && !ps.iter().any(|p| p.country_level && p.geo.lat == g.lat && p.geo.lon == g.lon))
}

pub fn canonicalize(docs: &[Document], out: &mut CorpusLayers) {
    // group key → mentions, in first-seen order
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<MentionRef>> = HashMap::default();
    // acronyms defined anywhere in the run (سانا ← وكالة الأنباء السورية), with every name each
    // is defined for, in the run's order: a bare use elsewhere joins the first definition's entity
    let mut expansions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in docs {
        for m in &d.mentions {
            if let (Some(c), "acronym") = (&m.value.canonical, m.prov.rule.as_ref()) {
                let names = expansions.entry(variant_key(&m.value.key, m.value.etype)).or_default();
                if !names.contains(c) {
                    names.push(c.clone());
                }
            }
        }
    }
    let lx = crate::lexicon::Lexicon::get();
    // person groups whose key left out a family name (آل سعود), with that name's variant key
    let mut families: BTreeMap<String, String> = BTreeMap::new();
    for (di, d) in docs.iter().enumerate() {
        let towns = crate::facility_towns(&d.raw, &d.mentions);
        for (mi, m) in d.mentions.iter().enumerate() {
            let v = &m.value;
            let by_acronym = v.canonical.is_none().then(|| expansions.get(&variant_key(&v.key, v.etype)).and_then(|names| names.first())).flatten().filter(|_| !v.key.contains(' '));
            // (a name the alias table knows, found by another rule: مراسل رويترز)
            let by_table = || lx.actors.get(&v.key).filter(|a| class(a.etype) == class(v.etype)).map(|a| &a.id);
            let g = match by_acronym.or(v.canonical.as_ref()).or_else(by_table) {
                Some(c) if c.starts_with("per:") => format!("per:{}", variant_key(&c[4..], EntityType::Per)),
                Some(c) => format!("id:{c}"),
                // a country under any of its names (المغرب, المملكة المغربية) is one entity, and
                // the alias table's if it has the country
                // (unless geocoding placed this mention at a town the name also is: عمان in a
                // story about Jordan is Amman, not Oman)
                None => match lx.country_code(&v.key).filter(|_| v.etype == EntityType::Gpe && !placed_at_town(lx, v)) {
                    Some(code) => lx.country_actor(code).map_or_else(|| format!("country:{code}"), |id| format!("id:{id}")),
                    // a facility in a town is one facility per town (مستشفى الصحة النفسية
                    // بالأحساء, … بحفر الباطن)
                    // (the town by its place: بمكة and بمكة المكرمة are one)
                    None => match towns[mi].and_then(|t| d.mentions[t].value.geo.as_ref()) {
                        Some(g) => format!("{}:{}@{:.3},{:.3}", class(v.etype), variant_key(&v.key, v.etype), g.lat, g.lon),
                        None => format!("{}:{}", class(v.etype), variant_key(&v.key, v.etype)),
                    },
                },
            };
            if let Some(f) = family_left_out(&v.key).filter(|_| v.etype == EntityType::Per && g.starts_with("per:")) {
                families.entry(g.clone()).or_insert(f);
            }
            let r = MentionRef { doc: di, mention: mi };
            groups.entry(g.clone()).or_insert_with(|| {
                order.push(g.clone());
                Vec::new()
            });
            if let Some(x) = groups.get_mut(&g) {
                x.push(r);
            }
        }
    }
    // one foreign person's full name spelt two ways is one person, under the first-seen spelling
    let mut spelt: HashMap<String, String> = HashMap::default();
    let mut respelt: Vec<(String, String)> = Vec::new();
    for g in &order {
        // (a given name spelt with the article, ألكسيس and أليكسيس, as written: the key left the
        // article out, كسيس and يكسيس)
        let written = |name: &str| {
            let (first, rest) = name.split_once(' ')?;
            groups.get(g)?.iter().find_map(|r| {
                let d = &docs[r.doc];
                let w = isnad_text::key(d.text(d.mentions[r.mention].span).split_whitespace().next()?);
                (w.strip_prefix("ال") == Some(first)).then(|| format!("{w} {rest}"))
            })
        };
        if let Some(k) = g.strip_prefix("per:").and_then(|name| foreign_spelling_key(&written(name).unwrap_or_else(|| name.to_string()))) {
            match spelt.get(&k) {
                Some(first) => respelt.push((g.clone(), first.clone())),
                None => {
                    spelt.insert(k, g.clone());
                }
            }
        }
    }
    for (from, to) in &respelt {
        if let Some(refs) = groups.remove(from) {
            groups.entry(to.clone()).or_default().extend(refs);
        }
        if let Some(f) = families.remove(from) {
            families.entry(to.clone()).or_insert(f);
        }
    }
    order.retain(|g| groups.contains_key(g));
    // a person named by a surname alone in one document (الرئيس بوتين) is the one person of
    // the run whose full name ends in it; with two such persons (بشار الأسد, حافظ الأسد) the
    // surname stays apart
    // (group, the variant key of its name's last word) of every person named in two words or
    // more, a known actor among them
    // (and the family name its key leaves out: صمغان of محمد بن حسن آل صمغان)
    let full_names: Vec<(&String, String)> = order
        .iter()
        .filter_map(|g| {
            let (_, last) = person_name(lx, g)?.rsplit_once(' ')?;
            Some((g, variant_key(last, EntityType::Per)))
        })
        .chain(families.iter().map(|(g, f)| (g, f.clone())))
        .collect();
    // a word the run's full names use more as a given name than the one owner's mentions use it
    // as a surname is a given name (الملك سلمان beside سلمان بن عبدالعزيز, not جعفر أحمد سلمان);
    // محمود عباس keeps عباس though one عباس عبد الحسين is named
    let mut given: HashMap<String, usize> = HashMap::default();
    // (and the groups whose full name starts with each given name)
    let mut by_first: HashMap<String, Vec<&String>> = HashMap::default();
    for g in &order {
        if let Some((first, _)) = person_name(lx, g).and_then(|n| n.split_once(' ')) {
            let first = variant_key(first, EntityType::Per);
            *given.entry(first.clone()).or_default() += groups.get(g).map_or(0, Vec::len);
            by_first.entry(first).or_default().push(g);
        }
    }
    // (a person respelt into another spelling keeps the given name it was written with: a lone
    // أليكسيس on the page of أليكسيس تسيبراس, now under ألكسيس تسيبراس)
    for (from, to) in &respelt {
        if let Some((first, _)) = from.strip_prefix("per:").and_then(|n| n.split_once(' ')) {
            let bearers = by_first.entry(variant_key(first, EntityType::Per)).or_default();
            if !bearers.contains(&to) {
                bearers.push(to);
            }
        }
    }
    let context = PageContext::new(docs.len(), &order, &groups);
    let mut moves: Vec<(String, String)> = Vec::new();
    // (per person group: its titles in each document)
    let titles_in = person_titles(docs, &groups);
    let titles: HashMap<&String, BTreeSet<&str>> = titles_in.iter().map(|(g, by_doc)| (g, by_doc.values().flatten().map(String::as_str).collect())).collect();
    // a nasab cut short (محمد بن نايف) is the one longer nasab of the run it begins (محمد بن
    // نايف بن عبدالعزيز), when both carry one title (الأمير) or the short one is itself a chain
    // of three names; محمد بن عبدالله untitled stays apart from any longer namesake
    let nasab = nasab_heads(lx, &order, &titles, &families);
    moves.extend(nasab.iter().map(|(a, b)| (a.clone(), b.clone())));
    let head = |g: &String| nasab.get(g).unwrap_or(g).clone();
    // each person's titles with those of the short nasabs that join it
    let mut titled: HashMap<String, BTreeSet<&str>> = HashMap::default();
    for (g, ts) in &titles {
        titled.entry(head(g)).or_default().extend(ts.iter().copied());
    }
    // mentions that leave their group for another: (from, to, the documents whose mentions go)
    let mut part_moves: Vec<(String, String, BTreeSet<usize>)> = Vec::new();
    // (a name that joins a second person with و: a verb or pronoun read into a name, يصافح
    // أشتون كارتر or عنه عبدالقدوس الأنصاري, and two persons read as one, رابح صقر وبلقيس فتحي)
    let conjoins = |g: &String| {
        groups
            .get(g.as_str())
            .into_iter()
            .flatten()
            .any(|r| docs.get(r.doc).and_then(|d| d.mentions.get(r.mention).map(|m| d.text(m.span))).is_some_and(|t| t.split_whitespace().skip(1).any(|w| w.starts_with('و'))))
    };
    let conjoined: BTreeSet<&String> = order.iter().filter(|g| person_name(lx, g).is_some() && conjoins(g)).collect();
    // a name of two words, a given name and a family name (عادل الجبير), is the one person of
    // the run whose longer name opens on that given name and ends in that family name (عادل بن
    // أحمد الجبير, أختر محمد منصور), on the pages that name both or give it that person's
    // office (وزير الخارجية); with two such persons (محمد بن سعد القحطاني, محمد بن علي
    // القحطاني) it stays apart from both. A rank (الأمير, الدكتور) is no evidence: سعود الفيصل
    // is not the prince سعود بن خالد الفيصل. The longer name needs a word between that is no
    // بن (محمد العلي is not محمد بن علي), the family name the same article (الحمد is not حمد),
    // and a compound (صلاح الدين) names no one by its parts; أحمد قاديروف (the father) is not
    // رمضان أحمد قاديروف (the son).
    let article_of = |g: &String| {
        let refs = groups.get(g).map_or(&[][..], Vec::as_slice);
        let with = refs.iter().filter(|r| crate::recognize::ends_with_article(&docs[r.doc], docs[r.doc].mentions[r.mention].span)).count();
        with * 2 > refs.len()
    };
    let mut ends: HashMap<String, Vec<&String>> = HashMap::default();
    for g in &order {
        let Some(name) = person_name(lx, g) else { continue };
        let words: Vec<&str> = name.split(' ').collect();
        let between = words.get(1..words.len().saturating_sub(1)).unwrap_or_default();
        if words.len() >= 3 && between.iter().any(|w| !matches!(*w, "بن" | "بنت")) && !conjoined.contains(g) {
            ends.entry(format!("{} {}", words[0], words[words.len() - 1])).or_default().push(g);
        }
    }
    // (whole groups so joined: the surname rule below counts them as their person)
    let mut joined: BTreeMap<String, String> = BTreeMap::new();
    for g in order.iter().filter(|g| g.starts_with("per:") && g.matches(' ').count() == 1 && !nasab.contains_key(*g)) {
        let name = &g["per:".len()..];
        let Some((first, last)) = name.split_once(' ') else { continue };
        if matches!(first, "عبد" | "ابو" | "ام" | "بن") || matches!(last, "الدين" | "دين" | "الله" | "له") {
            continue;
        }
        let owners: BTreeSet<String> = ends.get(name).into_iter().flatten().map(|o| head(o)).collect();
        let (1, Some(owner)) = (owners.len(), owners.first()) else { continue };
        if owner == g || article_of(owner) != article_of(g) {
            continue;
        }
        let owner_pages: BTreeSet<usize> = groups.get(owner).into_iter().flatten().map(|r| r.doc).collect();
        let offices: BTreeSet<BTreeSet<String>> = groups.get(owner).into_iter().flatten().filter_map(|r| office_of(&docs[r.doc], &docs[r.doc].mentions[r.mention])).collect();
        let pages: BTreeSet<usize> = groups.get(g).into_iter().flatten().map(|r| r.doc).collect();
        let mut going: BTreeSet<usize> = pages.iter().copied().filter(|d| owner_pages.contains(d)).collect();
        if !offices.is_empty() {
            going.extend(
                groups.get(g).into_iter().flatten().filter(|r| office_of(&docs[r.doc], &docs[r.doc].mentions[r.mention]).is_some_and(|o| offices.iter().any(|x| same_office(x, &o)))).map(|r| r.doc),
            );
        }
        // (a foreign name, a rare given name before a family name without the article, is one
        // person on every page: سيب بلاتر, 41 mentions on ten pages, is سيب جوزيف بلاتر, where
        // عادل الجبير on a page that gives no office may be another عادل of that family)
        let foreign = transliterated(first) && !article_of(g);
        if going.len() == pages.len() || foreign {
            joined.insert(g.clone(), owner.clone());
        } else if !going.is_empty() {
            part_moves.push((g.clone(), owner.clone(), going));
        }
    }
    moves.extend(joined.iter().map(|(a, b)| (a.clone(), b.clone())));
    let person_of = |g: &'_ String| joined.get(g).cloned().unwrap_or_else(|| head(g));
    // a given name alone, untitled (محمد, خالد), names a different person on each page: on a
    // page that names one person of the run in full with it (محمد العلي), that person; on any
    // other page, a person of that page alone. The run's surnames (no given name of the run's
    // full names) and mononyms (نيمار) stay one person across pages, and a titled given name is
    // left to the title's rule below (الملك فهد)
    let mut page_groups: Vec<(String, Vec<MentionRef>)> = Vec::new();
    for g in order.iter().filter(|g| g.starts_with("per:") && !g.contains(' ')) {
        let word = &g["per:".len()..];
        // (a surname the rule above gives its one owner is no given name here)
        let mut owners = full_names.iter().filter(|f| f.1 == word).map(|f| person_of(f.0));
        let surname = owners.next().is_some_and(|o| owners.all(|x| x == o) && given.get(word).copied().unwrap_or(0) < groups.get(&o).map_or(0, Vec::len));
        if !given.contains_key(word) || surname {
            continue;
        }
        let titled_docs: BTreeSet<usize> = titles_in.get(g).map(|by_doc| by_doc.keys().copied().collect()).unwrap_or_default();
        let Some(refs) = groups.get_mut(g) else { continue };
        let (going, staying): (Vec<MentionRef>, Vec<MentionRef>) = refs.iter().partition(|r| !titled_docs.contains(&r.doc));
        *refs = staying;
        let mut by_doc: BTreeMap<usize, Vec<MentionRef>> = BTreeMap::new();
        for r in going {
            by_doc.entry(r.doc).or_default().push(r);
        }
        // (the persons named in full with the word, by page: looked up once per word, since a
        // common given name has thousands of bearers in a large run)
        let mut bearers: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
        for o in by_first.get(word).into_iter().flatten() {
            for r in groups.get(*o).into_iter().flatten().filter(|r| by_doc.contains_key(&r.doc)) {
                bearers.entry(r.doc).or_default().insert(person_of(o));
            }
        }
        for (d, rs) in by_doc {
            match bearers.get(&d).filter(|b| b.len() == 1).and_then(|b| b.first()) {
                Some(one) => page_groups.push((one.clone(), rs)),
                None => page_groups.push((format!("{g}#{d}"), rs)),
            }
        }
    }
    // (the pages' own groups join the order at the end, once the names above are done with it)
    let mut page_order: Vec<String> = Vec::new();
    for (to, rs) in page_groups {
        if !groups.contains_key(&to) {
            page_order.push(to.clone());
        }
        groups.entry(to).or_default().extend(rs);
    }
    for g in order.iter().filter(|g| g.starts_with("per:") && !g.contains(' ')) {
        let last = &g["per:".len()..];
        // (one group may own the word twice, by its last word and its family)
        let mut owners = full_names.iter().filter(|f| f.1 == last).map(|f| person_of(f.0));
        if let Some(owner) = owners.next() {
            let owner = &owner;
            if owners.all(|o| &o == owner) && given.get(last).copied().unwrap_or(0) < groups.get(owner).map_or(0, Vec::len) {
                // (a surname the corpus has seen under 20 times, spelt as in the full name, goes
                // from every page; a commoner one, or another spelling, only from the pages that
                // title it or share a rarer name with the owner's pages: a lion's story, مقتل
                // الأسد, is no page of بشار الأسد, منة شلبي's none of عبدالوهاب شلبي's, and
                // بهولندا, "in the Netherlands", none of فرانسوا هولاند's)
                // (عبد النور and عبدالنور are one spelling)
                let key_of = |r: &MentionRef| fold_servant(&docs[r.doc].mentions[r.mention].value.key);
                let spelt: BTreeSet<String> = groups.get(owner).into_iter().flatten().map(key_of).filter(|ws| ws.len() >= 2).filter_map(|mut ws| ws.pop()).collect();
                let distinct = crate::ner::word_stats(last).prior / 4 <= 1;
                // (and none goes from a page that writes it with the article where the full name
                // has none, or the reverse: keys leave the article out, but الفيصل, "of Faisal",
                // of خالد الفيصل is not the given name of الملك فيصل)
                // (an عبد compound has the article inside it, written apart or not: عبد الغني,
                // عبدالغني)
                let article =
                    |r: &MentionRef, words: &[String]| words.last().is_some_and(|w| w.starts_with("عبد")) || crate::recognize::ends_with_article(&docs[r.doc], docs[r.doc].mentions[r.mention].span);
                let (mut full, mut with_article) = (0, 0);
                for r in groups.get(owner).into_iter().flatten() {
                    let words = key_of(r);
                    if words.len() >= 2 {
                        full += 1;
                        with_article += usize::from(article(r, &words));
                    }
                }
                let owner_article = with_article * 2 > full;
                // (per page: whether the surname is spelt as in the full name, and whether the
                // article agrees)
                let mut pages: BTreeMap<usize, (bool, bool)> = BTreeMap::new();
                for r in groups.get(g).into_iter().flatten() {
                    let words = key_of(r);
                    let p = pages.entry(r.doc).or_insert((false, true));
                    p.0 |= distinct && words.last().is_some_and(|w| spelt.contains(w));
                    p.1 &= article(r, &words) == owner_article;
                }
                let going: BTreeSet<usize> =
                    pages.iter().filter(|&(&d, &(same, agrees))| agrees && (same || titles_in.get(g).is_some_and(|t| t.contains_key(&d)) || context.shares(d, owner, g))).map(|(&d, _)| d).collect();
                if going.len() == pages.len() {
                    moves.push((g.clone(), head(owner)));
                } else if !going.is_empty() {
                    part_moves.push((g.clone(), head(owner), going));
                }
                continue;
            }
        }
        // a given name under a title (الملك سلمان) is the person of the run whose full name
        // starts with it under that title (الملك سلمان بن عبدالعزيز), when that person has
        // four in five of the mentions of all such; الأمير محمد beside two princes named محمد
        // stays apart. Only the documents that title it so go (أم منصور is no prince).
        let Some(mine) = titles_in.get(g) else { continue };
        let all_mine: BTreeSet<&str> = mine.values().flatten().map(String::as_str).collect();
        let mut bearers: Vec<String> = by_first.get(last).into_iter().flatten().map(|o| head(o)).filter(|h| titled.get(h).is_some_and(|ts| !ts.is_disjoint(&all_mine))).collect();
        bearers.sort();
        bearers.dedup();
        let size = |b: &String| groups.get(b).map_or(0, Vec::len) + nasab.iter().filter(|(_, t)| *t == b).map(|(s, _)| groups.get(s).map_or(0, Vec::len)).sum::<usize>();
        let total: usize = bearers.iter().map(size).sum();
        let Some(top) = bearers.iter().max_by_key(|b| (size(b), std::cmp::Reverse(*b))) else { continue };
        if size(top) * 5 >= total * 4 {
            let shared = &titled[top];
            let docs: BTreeSet<usize> = mine.iter().filter(|(_, ts)| ts.iter().any(|t| shared.contains(t.as_str()))).map(|(d, _)| *d).collect();
            part_moves.push((g.clone(), top.clone(), docs));
        }
    }
    // a name of two words with no given name of the run in front (داود أوغلو, أحمدي نجاد) is
    // the one person of the run whose longer name ends in those words (أحمد داود أوغلو); محمد
    // صلاح stays apart from a longer أحمد محمد صلاح, since محمد opens the run's full names
    // (the longer name must open on a given name, one the corpus finds after titles, and join
    // no second person with و: a verb or pronoun read into a name, يصافح أشتون كارتر or عنه
    // عبدالقدوس الأنصاري, and two persons read as one, رابح صقر وبلقيس فتحي, would take the
    // person's mentions)
    let mut tails: HashMap<String, Vec<&String>> = HashMap::default();
    for g in &order {
        let Some(name) = person_name(lx, g) else { continue };
        let words: Vec<&str> = name.split(' ').collect();
        if !words.first().is_some_and(|w| crate::ner::follows_titles(w)) || conjoined.contains(g) {
            continue;
        }
        if let Some(tail) = words.len().checked_sub(2).filter(|&k| k >= 1).and_then(|k| words.get(k..)) {
            tails.entry(tail.join(" ")).or_default().push(g);
        }
    }
    for g in order.iter().filter(|g| g.starts_with("per:") && g.matches(' ').count() == 1 && !joined.contains_key(*g)) {
        let name = &g["per:".len()..];
        let Some((first, _)) = name.split_once(' ') else { continue };
        // (the name's own mentions count it as a given name too)
        let own = groups.get(g.as_str()).map_or(0, Vec::len);
        // (a particle that opens other names, فان or دي, the corpus never finds after titles:
        // فان غال is لويس فان غال beside فان بيرسي, and نصر الله is حسن نصر الله; the keys
        // here fold عبدالله to عبدله, which the corpus's statistics do not know, and the
        // corpus reads علي as the preposition على, so both are given names whatever it says)
        let particle = !crate::ner::follows_titles(first) && !first.starts_with("عبد") && first != "علي";
        if (given.get(first).is_some_and(|&n| n > own) && !particle) || matches!(first, "عبد" | "ابو" | "ام" | "ال") {
            continue;
        }
        let owners: BTreeSet<String> = tails.get(name).into_iter().flatten().map(|o| person_of(o)).collect();
        if let (1, Some(owner)) = (owners.len(), owners.first()) {
            moves.push((g.clone(), owner.clone()));
        }
    }
    // a facility named without its town joins the one town the run puts that name at; with
    // two towns it stays apart from both
    // (each name's groups at a town, looked up once per name: a run has thousands of places)
    let mut at_towns: HashMap<&str, Vec<&String>> = HashMap::default();
    for g in &order {
        if let Some((name, _)) = g.split_once('@').filter(|_| g.starts_with("place:")) {
            at_towns.entry(name).or_default().push(g);
        }
    }
    for g in order.iter().filter(|g| g.starts_with("place:") && !g.contains('@')) {
        if let Some([town]) = at_towns.get(g.as_str()).map(Vec::as_slice) {
            moves.push((g.clone(), (*town).clone()));
        }
    }
    moves.extend(same_places(docs, &order, &groups));
    moves.extend(acronym_shortenings(&expansions));
    let (whole, by_page) = bare_and_fuller_names(docs, &order, &groups);
    moves.extend(whole);
    part_moves.extend(by_page);
    for (from, to) in moves {
        if let Some(refs) = groups.remove(&from) {
            groups.entry(to).or_default().extend(refs);
        }
    }
    for (from, to, in_docs) in part_moves {
        if let Some(refs) = groups.get_mut(&from) {
            let (going, staying): (Vec<MentionRef>, Vec<MentionRef>) = refs.iter().partition(|r| in_docs.contains(&r.doc));
            *refs = staying;
            groups.entry(to).or_default().extend(going);
        }
    }
    order.extend(page_order);
    for g in order {
        // (a group whose mentions all moved to another, page by page, names nothing: before,
        // it was written out as an organisation with no name and no mention)
        let Some(mut refs) = groups.remove(&g).filter(|refs| !refs.is_empty()) else { continue };
        refs.sort();
        let mut surf: BTreeMap<String, usize> = BTreeMap::new();
        // the surfaces that name the entity, not those that refer back to it (التنظيم, a surname)
        let mut named: BTreeMap<String, usize> = BTreeMap::new();
        let mut types: BTreeMap<EntityType, usize> = BTreeMap::new();
        // (the surfaces whose article the span left out: بالظهران, للمؤسسة)
        let mut article_left_out: BTreeSet<String> = BTreeSet::new();
        // (spelling key, and each form written with how often: the role is shown in its commonest
        // form without the fused preposition, the first of equals)
        let mut roles: Vec<(String, Vec<(String, usize)>)> = Vec::new();
        // the place the mentions put it at: by votes, a name the gazetteer has in Arabic counting
        // twice (ties: the first mention's)
        let mut geos: Vec<(isnad_doc::Geo, usize)> = Vec::new();
        for r in &refs {
            let d = &docs[r.doc];
            let m = &d.mentions[r.mention];
            *surf.entry(d.text(m.span).to_string()).or_default() += 1;
            if d.raw.get(..m.span.start as usize).is_some_and(|b| b.ends_with("ال") || b.ends_with("لل")) {
                article_left_out.insert(d.text(m.span).to_string());
            }
            if !matches!(m.prov.rule.as_ref(), "anaphor" | "name-part" | "the-kingdom") {
                *named.entry(d.text(m.span).to_string()).or_default() += 1;
            }
            *types.entry(m.value.etype).or_default() += 1;
            if let Some(g) = &m.value.geo {
                let w = if g.via == "name" { 2 } else { 1 };
                match geos.iter_mut().find(|(x, _)| x.lat == g.lat && x.lon == g.lon) {
                    Some((_, n)) => *n += w,
                    None => geos.push((g.clone(), w)),
                }
            }
            // (each part of the role as written: an office and the honorifics after it; one per
            // spelling, الأمير and الامير, and للأمير "to the prince" is الأمير where another
            // mention writes it so, since the raw text of للأمير holds no الأمير to show)
            for part in m.value.role.map(|rs| crate::recognize::role_parts(d, rs)).unwrap_or_default() {
                let role = d.text(part);
                let k = role_key(role);
                let at = roles.iter().position(|(x, _)| *x == k).unwrap_or_else(|| {
                    roles.push((k, Vec::new()));
                    roles.len() - 1
                });
                let forms = &mut roles[at].1;
                match forms.iter_mut().find(|(f, _)| f == role) {
                    Some((_, n)) => *n += 1,
                    None => forms.push((role.to_string(), 1)),
                }
            }
        }
        let known_as = g.strip_prefix("id:").map(String::from);
        // (a country only ever called المملكة takes the gazetteer's name for it)
        let country_name = || g.strip_prefix("country:").filter(|_| named.is_empty()).and_then(|cc| lx.country_name(cc)).map(String::from);
        let lex_name = known_as.as_ref().and_then(|id| lx.actor_name(id).or_else(|| lx.event_name(id)).map(String::from)).or_else(country_name);
        // canonical name: the lexicon's, else the most frequent surface that names it (ties:
        // longest, then first in order)
        let pool = if named.is_empty() { &surf } else { &named };
        // (a person is named in full when any mention names them so: the king is سلمان بن
        // عبدالعزيز though his pages call him الملك سلمان more often than by any one spelling of
        // his full name)
        // (عبد الله spaced is one name)
        let in_full = |s: &str| fold_servant(&s.split_whitespace().collect::<Vec<_>>().join(" ")).len() >= 2;
        let mut full: BTreeMap<String, usize> = pool.iter().filter(|(s, _)| in_full(s)).map(|(s, n)| (s.clone(), *n)).collect();
        // (and by the longest name the others end: لويس فان غال rather than the commoner فان
        // غال, أحمد داود أوغلو rather than داود أوغلو; or open and end, a given and family name
        // in two words: عزام بن محمد الدخيل rather than عزام الدخيل; spellings are compared as keys)
        let keys: Vec<String> = full.keys().map(|s| isnad_text::key(s)).collect();
        let ended = |s: &str| {
            let k = isnad_text::key(s);
            let opened_and_ended = |o: &str| {
                k.split_once(' ')
                    .filter(|(_, last)| !last.contains(' '))
                    .is_some_and(|(first, last)| o.matches(' ').count() >= 2 && o.strip_prefix(first).is_some_and(|r| r.starts_with(' ')) && o.strip_suffix(last).is_some_and(|r| r.ends_with(' ')))
            };
            keys.iter().any(|o| o.len() > k.len() && ((o.ends_with(&k) && o[..o.len() - k.len()].ends_with(' ')) || opened_and_ended(o)))
        };
        if full.keys().any(|s| !ended(s)) {
            full.retain(|s, _| !ended(s));
        }
        let pool = if full.is_empty() || !g.starts_with("per:") { pool } else { &full };
        let name =
            lex_name.unwrap_or_else(|| pool.iter().max_by(|a, b| a.1.cmp(b.1).then(a.0.chars().count().cmp(&b.0.chars().count())).then(b.0.cmp(a.0))).map(|(s, _)| s.clone()).unwrap_or_default());
        // (a name read after لل lost its article with the ل: للمؤسسة العامة gives مؤسسة العامة;
        // the entity takes the form with it when a mention shows one; a name whose mentions
        // all stand without the article keeps its form: قطر beside one القطر "the rain" the
        // tagger took for it)
        let name = Some(format!("ال{name}")).filter(|full| !name.starts_with("ال") && article_left_out.contains(&name) && pool.contains_key(full)).unwrap_or(name);
        let etype = types.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map_or(EntityType::Org, |(t, _)| *t);
        // an organisation some mentions read as a place (حماس once tagged as a town) has no
        // place; an event named after its town (معركة الموصل) has that town's
        let top = geos.iter().map(|x| x.1).max().unwrap_or(0);
        let geo = geos.into_iter().find(|x| x.1 == top).map(|x| x.0).filter(|_| etype.is_place() || etype == EntityType::Event);
        let idx = out.entities.len();
        for r in &refs {
            out.mention_entity.insert(*r, idx);
        }
        out.entities.push(Entity {
            id: format!("E{}", idx + 1),
            etype,
            name,
            aliases: surf.into_keys().collect(),
            mentions: refs,
            geo,
            known_as,
            roles: roles.into_iter().filter_map(|(_, forms)| forms.into_iter().enumerate().max_by_key(|(i, (f, n))| (!f.starts_with("لل"), *n, std::cmp::Reverse(*i))).map(|(_, (f, _))| f)).collect(),
            affiliations: Vec::new(),
        });
    }
    affiliations(docs, out);
}

/// The groups each page mentions, and the pages each group is on, before the surnames move:
/// whether a page shares a name with another group's pages. Groups are numbered by their place
/// in the run's order.
struct PageContext<'o> {
    id: isnad_text::FastMap<&'o str, u32>,
    on_page: Vec<Vec<u32>>,
    pages_of: Vec<Vec<u32>>,
    /// A group on this many pages or fewer is a rarer name (a twentieth of the run's pages, or
    /// two): a country or the king names a topic, not a story.
    rare: usize,
}

impl<'o> PageContext<'o> {
    fn new(n_docs: usize, order: &'o [String], groups: &HashMap<String, Vec<MentionRef>>) -> Self {
        let mut on_page: Vec<Vec<u32>> = vec![Vec::new(); n_docs];
        let mut pages_of: Vec<Vec<u32>> = vec![Vec::new(); order.len()];
        for (i, g) in order.iter().enumerate() {
            let pages = &mut pages_of[i];
            pages.extend(groups.get(g).into_iter().flatten().map(|r| r.doc as u32));
            pages.sort_unstable();
            pages.dedup();
            for &d in pages.iter() {
                if let Some(p) = on_page.get_mut(d as usize) {
                    p.push(i as u32);
                }
            }
        }
        let id = order.iter().enumerate().map(|(i, g)| (g.as_str(), i as u32)).collect();
        PageContext { id, on_page, pages_of, rare: (n_docs / 20).max(2) }
    }

    /// Does page `d` name a rarer group, other than `owner` and `own`, that another page of
    /// `owner` names too?
    fn shares(&self, d: usize, owner: &str, own: &str) -> bool {
        let (Some(&o), Some(&me)) = (self.id.get(owner), self.id.get(own)) else { return false };
        let owner_pages = &self.pages_of[o as usize];
        self.on_page.get(d).into_iter().flatten().any(|&x| {
            let ps = &self.pages_of[x as usize];
            x != o && x != me && ps.len() <= self.rare && ps.iter().any(|&p| p as usize != d && owner_pages.binary_search(&p).is_ok())
        })
    }
}

/// An acronym defined for a name and for the same name cut short is one body: الاتحاد الدولي
/// لكرة القدم (الفيفا) on one page, الاتحاد الدولي (الفيفا) on another. The shorter name's group
/// joins the longest of the names it begins, when those begin one another; two names that are
/// not one the other's beginning (المجلس الإسلامي, مجلس الشورى الإسلامي) stay apart.
fn acronym_shortenings(expansions: &BTreeMap<String, Vec<String>>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for names in expansions.values().filter(|ns| ns.len() >= 2) {
        for short in names {
            let Some(s) = acronym_words(short) else { continue };
            let longer: Vec<Vec<&str>> = names.iter().filter_map(|c| acronym_words(c)).filter(|w| w.len() > s.len() && w.starts_with(&s)).collect();
            // (names that each begin the next are one name at several lengths: the longest)
            let Some(longest) = longer.iter().max_by_key(|w| w.len()) else { continue };
            if longer.iter().all(|w| longest.starts_with(w)) {
                out.push((format!("id:{short}"), format!("id:acr:{}", longest.join(" "))));
            }
        }
    }
    out
}

/// The words of the name an `acr:` key was defined for (none for a known actor's id).
fn acronym_words(canonical: &str) -> Option<Vec<&str>> {
    canonical.strip_prefix("acr:").map(|k| k.split(' ').collect())
}

/// Place groups that name one gazetteer place (مكة and مكة المكرمة, هونج كونج and هونغ كونغ,
/// القدس and بيت المقدس): each moves to the largest of them. A group's place is the one most
/// of its mentions reach by an Arabic name the gazetteer has for it (or, for a longer name, a
/// GeoNames entry's Latin name), with the group's type; a place reached by a near spelling does not join (ميلان, the
/// club, is one letter from Milan), nor does a facility, whose place is its town's.
fn same_places(docs: &[Document], order: &[String], groups: &HashMap<String, Vec<MentionRef>>) -> Vec<(String, String)> {
    // place → its groups with their sizes, in first-seen order
    let mut by_place: BTreeMap<(EntityType, String), Vec<(&String, usize)>> = BTreeMap::new();
    for g in order.iter().filter(|g| g.starts_with("place:") && !g.contains('@')) {
        let Some(refs) = groups.get(g) else { continue };
        let mut votes: BTreeMap<(EntityType, String), usize> = BTreeMap::new();
        for r in refs {
            let m = &docs[r.doc].mentions[r.mention];
            // (a Latin name's consonants count where a name of two words or more reaches a
            // GeoNames entry by them: مكة المكرمة, Makkah al Mukarramah; one word may be anything
            // among the thousands of alternate names: قسطنطين is no name of Istanbul here)
            let sure = |x: &&isnad_doc::Geo| x.via == "name" || (x.via == "latin" && x.geonames_id.is_some() && g.contains(' '));
            if let Some(geo) = m.value.geo.as_ref().filter(|x| sure(x) && matches!(m.value.etype, EntityType::Gpe | EntityType::Loc)) {
                let id = geo.geonames_id.map_or_else(|| format!("{:.3},{:.3}", geo.lat, geo.lon), |x| x.to_string());
                *votes.entry((m.value.etype, id)).or_default() += 1;
            }
        }
        // (ties: the smaller key, for a deterministic choice)
        if let Some((place, n)) = votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) {
            if n * 2 > refs.len() {
                by_place.entry(place).or_default().push((g, refs.len()));
            }
        }
    }
    let mut moves = Vec::new();
    for gs in by_place.values().filter(|gs| gs.len() > 1) {
        // (ties: the first seen)
        let Some(top) = gs.iter().rev().max_by_key(|x| x.1).map(|x| x.0) else { continue };
        // (a name the run uses once joins only a name spelt like it: GeoNames' thousands of
        // alternate names put the settlement أريئيل at Jerusalem)
        moves.extend(gs.iter().filter(|x| x.0 != top && (x.1 >= 2 || spelt_alike(top, x.0))).map(|x| (x.0.clone(), top.clone())));
    }
    moves
}

/// A body named bare on a page that first names it with its country (وزارة الداخلية after وزارة
/// الداخلية التركية, القوات المسلحة after القوات المسلحة المصرية) is that country's body on that
/// page, not the bare name's entity of the run, which other pages give to other countries. A
/// page that opens on the bare name, names two countries' bodies or reads the bare name as a
/// club keeps it apart. An airport with and without الدولي is one airport, run-wide. As (whole
/// moves, moves of some pages' mentions).
#[allow(clippy::type_complexity)]
fn bare_and_fuller_names(docs: &[Document], order: &[String], groups: &HashMap<String, Vec<MentionRef>>) -> (Vec<(String, String)>, Vec<(String, String, BTreeSet<usize>)>) {
    let international = variant_key("دولي", EntityType::Fac);
    let pages_of = |k: &str| groups.get(k).into_iter().flatten().map(|r| r.doc).collect::<BTreeSet<usize>>();
    let mut whole = Vec::new();
    // (bare group, fuller group) → the pages that name both
    let mut by_page: BTreeMap<(&str, &str), BTreeSet<usize>> = BTreeMap::new();
    // (bare group, page) → how many fuller groups that page names
    let mut fuller_on_page: BTreeMap<(&str, usize), usize> = BTreeMap::new();
    for g in order.iter().filter(|g| groups.contains_key(*g)) {
        // (a known actor's group, id:…, by the names its mentions give it: وزارة الخارجية
        // الأميركية)
        // (each distinct key once: a country's group has thousands of mentions)
        let names: BTreeSet<String> = if g.starts_with("id:") {
            let keys: BTreeSet<&str> =
                groups.get(g).into_iter().flatten().map(|r| &docs[r.doc].mentions[r.mention].value).filter(|v| v.etype == EntityType::Org && v.key.contains(' ')).map(|v| v.key.as_str()).collect();
            keys.into_iter().map(|k| format!("org:{}", variant_key(k, EntityType::Org))).collect()
        } else {
            BTreeSet::from([g.clone()])
        };
        for name in &names {
            let Some((bare, last)) = name.rsplit_once(' ') else { continue };
            let Some((bare, _)) = groups.get_key_value(bare) else { continue };
            if name.starts_with("place:مطار ") && last == international {
                whole.push((bare.clone(), g.clone()));
            } else if name.starts_with("org:") && bare.as_str() != g && country_adjective(last) {
                // (on pages where the bare name refers back: every bare mention after the first
                // full one; a page that opens with its own ministry and then quotes another
                // country's keeps them apart)
                // (nor where the bare name is a club's, نادي الاتحاد, beside a federation)
                let first_at = |k: &str, d: usize| groups.get(k).into_iter().flatten().filter(|r| r.doc == d).map(|r| docs[d].mentions[r.mention].span.start).min();
                let club = |d: usize| groups.get(bare.as_str()).into_iter().flatten().any(|r| r.doc == d && docs[d].mentions[r.mention].prov.rule == "club");
                let both: BTreeSet<usize> = pages_of(bare).intersection(&pages_of(g)).copied().filter(|&d| first_at(g, d) < first_at(bare, d) && !club(d)).collect();
                for &d in &both {
                    *fuller_on_page.entry((bare, d)).or_default() += 1;
                }
                if !both.is_empty() {
                    by_page.entry((bare, g)).or_default().extend(both);
                }
            }
        }
    }
    let moves = by_page
        .into_iter()
        .filter_map(|((bare, g), pages)| {
            let pages: BTreeSet<usize> = pages.into_iter().filter(|&d| fuller_on_page.get(&(bare, d)) == Some(&1)).collect();
            (!pages.is_empty()).then(|| (bare.to_string(), g.to_string(), pages))
        })
        .collect();
    (whole, moves)
}

/// Is a group key's word a country's or people's adjective (تركيه, which the key folds to تركيا)?
fn country_adjective(word: &str) -> bool {
    crate::recognize::place_adjective(word) || word.strip_suffix("يا").is_some_and(|r| crate::recognize::place_adjective(&format!("{r}يه")))
}

/// Are two group keys spellings of one name: a word of each at most one letter apart (هونج
/// كونج, هونغ كونغ; القدس, القدس الشريف), or the whole two letters apart without its spaces
/// (حفرالباطن)?
fn spelt_alike(a: &str, b: &str) -> bool {
    let words = |k: &str| k.split_once(':').map_or(k, |x| x.1).split(' ').filter(|w| w.chars().count() >= 3).map(String::from).collect::<Vec<_>>();
    let (wa, wb) = (words(a), words(b));
    let close = wa.iter().any(|x| wb.iter().any(|y| crate::fuzzy::distance(x, y, 2) <= 1));
    close || crate::fuzzy::distance(&wa.concat(), &wb.concat(), 3) <= 2
}

/// The titles each person group is named under, per document: the last word of each mention's
/// role (الأمير, وزير الداخلية الأمير), or a title right before a mention no rule gave a role
/// (للملك سلمان), as a stem key (امير, ملك).
fn person_titles(docs: &[Document], groups: &HashMap<String, Vec<MentionRef>>) -> HashMap<String, BTreeMap<usize, BTreeSet<String>>> {
    let mut out: HashMap<String, BTreeMap<usize, BTreeSet<String>>> = HashMap::default();
    for (g, refs) in groups.iter().filter(|(g, _)| g.starts_with("per:") || g.starts_with("id:")) {
        for r in refs {
            let d = &docs[r.doc];
            let m = &d.mentions[r.mention];
            if m.value.etype != EntityType::Per {
                continue;
            }
            // (the word before the role's end or the mention's start, by the page's own token
            // keys: a run has thousands of person mentions)
            let (end, any_word) = m.value.role.map_or((m.span.start, false), |rs| (rs.end, true));
            let Some(t) = d.tokens[..d.tokens.partition_point(|t| t.span.start < end)].iter().rposition(|t| t.kind == isnad_text::TokenKind::Arabic) else { continue };
            let k = d.keys.stem(t);
            let title = any_word || crate::recognize::is_title(k);
            if title && k.chars().count() >= 2 {
                out.entry(g.clone()).or_default().entry(r.doc).or_default().insert(k.to_string());
            }
        }
    }
    out
}

/// Short nasabs and the longer one each joins: a person's name that is the start of other
/// persons' names up to a بن or بنت, all of them the start of one longest name (محمد بن نايف,
/// محمد بن نايف بن عبدالعزيز); with a title in common, or three names in the short one, and
/// the same family name if the short one's key left one out.
fn nasab_heads(lx: &crate::lexicon::Lexicon, order: &[String], titles: &HashMap<&String, BTreeSet<&str>>, families: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    // every start of a person's name that ends before a بن or بنت → the groups so named
    let mut longer: HashMap<String, Vec<(&String, usize)>> = HashMap::default();
    let mut named: HashMap<String, &String> = HashMap::default();
    for g in order.iter().filter(|g| g.starts_with("per:") || g.starts_with("id:")) {
        let Some(name) = person_name(lx, g) else { continue };
        let words: Vec<&str> = name.split(' ').collect();
        named.entry(name.to_string()).or_insert(g);
        for i in 2..words.len() {
            if matches!(words[i], "بن" | "بنت") && i + 1 < words.len() {
                longer.entry(words[..i].join(" ")).or_default().push((g, words.len()));
            }
        }
    }
    let mut out = BTreeMap::new();
    for (short, ls) in &longer {
        let Some(&g) = named.get(short) else { continue };
        // (the longest of them; every other must begin it)
        let Some(&(top, _)) = ls.iter().max_by_key(|(o, n)| (*n, std::cmp::Reverse(*o))) else { continue };
        let Some(top_name) = person_name(lx, top) else { continue };
        let chain = ls.iter().all(|(o, _)| person_name(lx, o).is_some_and(|n| top_name == n || top_name.starts_with(&format!("{n} "))));
        let shared = titles.get(g).zip(titles.get(top)).is_some_and(|(a, b)| !a.is_disjoint(b));
        // (a family the short name's key left out must be the longer one's: عبدالعزيز بن
        // عبدالله آل الشيخ is not عبدالعزيز بن عبدالله بن رقوش)
        let same_family = families.get(g).is_none_or(|f| families.get(top) == Some(f));
        if chain && top != g && same_family && (shared || short.split(' ').count() >= 5) {
            out.insert(g.clone(), top.clone());
        }
    }
    out
}

/// A role's spelling key: its lossy key, a leading لل (the preposition ل fused with the
/// article) read as the article.
fn role_key(role: &str) -> String {
    let k = isnad_text::key(role);
    match k.strip_prefix("لل") {
        Some(rest) => format!("ال{rest}"),
        None => k,
    }
}

/// Tie persons to the organisations named in their roles: an organisation or place mention
/// inside a person mention's role span (`المتحدث باسم قسد`, `سفير سوريا لدى الأمم المتحدة`).
fn affiliations(docs: &[Document], out: &mut CorpusLayers) {
    let mut found: Vec<(usize, String, usize)> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for (mi, m) in d.mentions.iter().enumerate() {
            let Some(role) = m.value.role.filter(|_| m.value.etype == EntityType::Per) else { continue };
            let Some(&person) = out.mention_entity.get(&MentionRef { doc: di, mention: mi }) else { continue };
            // (the office that names the body, not the honorific after it)
            for part in crate::recognize::role_parts(d, role) {
                for (oi, o) in d.mentions.iter().enumerate() {
                    let inside = o.span.start >= part.start && o.span.end <= part.end;
                    if inside && matches!(o.value.etype, EntityType::Org | EntityType::Gpe | EntityType::Fac) {
                        if let Some(&org) = out.mention_entity.get(&MentionRef { doc: di, mention: oi }) {
                            found.push((person, d.text(part).to_string(), org));
                        }
                    }
                }
            }
        }
    }
    for (person, role, org) in found {
        let a = &mut out.entities[person].affiliations;
        if !a.iter().any(|(r, o)| *r == role && *o == org) {
            a.push((role, org));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    /// Regression, from three days of Saudi papers: a run whose pages call Saudi Arabia only
    /// المملكة named the entity المملكة, which says nothing of which kingdom; it takes the
    /// gazetteer's name of the country, and a run that also names the country keeps that name.
    #[test]
    fn regression_a_country_only_called_the_kingdom_was_named_the_kingdom() {
        let names = |raws: &[&str]| entities_of(raws).into_iter().filter(|e| e.1 == EntityType::Gpe).map(|e| (e.0, e.2)).collect::<Vec<_>>();
        assert_eq!(names(&["أكد الوزير أن المملكة ماضية في خططها."]), vec![("السعودية".to_string(), 1)]);
        assert_eq!(names(&["أكد الوزير أن المملكة ماضية في خططها.", "وصل إلى المملكة العربية السعودية وفد."]), vec![("المملكة العربية السعودية".to_string(), 2)]);
    }

    /// Each entity of a run over `raws` (Saudi pages): name, type and mention count.
    /// The persons of [`entities_of`], as (name, mentions), sorted.
    fn persons_of(raws: &[&str]) -> Vec<(String, usize)> {
        let mut v: Vec<(String, usize)> = entities_of(raws).into_iter().filter(|e| e.1 == EntityType::Per).map(|e| (e.0, e.2)).collect();
        v.sort();
        v
    }

    fn entities_of(raws: &[&str]) -> Vec<(String, EntityType, usize)> {
        run_of(raws).entities.iter().map(|e| (e.name.clone(), e.etype, e.mentions.len())).collect()
    }

    /// A run over `raws` (Saudi pages): recognised, geocoded and canonicalised.
    fn run_of(raws: &[&str]) -> CorpusLayers {
        docs_and_run_of(raws).1
    }

    /// `raws` as Saudi pages and the run over them.
    fn docs_and_run_of(raws: &[&str]) -> (Vec<Document>, CorpusLayers) {
        let docs = docs_of(raws);
        let mut out = CorpusLayers::default();
        canonicalize(&docs, &mut out);
        (docs, out)
    }

    /// Each entity's name and aliases, for an assertion's message.
    fn names_and_aliases(out: &CorpusLayers) -> Vec<(&str, &[String])> {
        out.entities.iter().map(|e| (e.name.as_str(), e.aliases.as_slice())).collect()
    }

    /// The index of the entity a mention written `surface` in document `doc` belongs to.
    fn entity_on(docs: &[Document], out: &CorpusLayers, doc: usize, surface: &str) -> Option<usize> {
        out.entities.iter().position(|e| e.mentions.iter().any(|r| r.doc == doc && docs[doc].text(docs[doc].mentions[r.mention].span) == surface))
    }

    /// `raws` as Saudi pages, recognised and geocoded.
    fn docs_of(raws: &[&str]) -> Vec<Document> {
        raws.iter()
            .map(|raw| {
                let mut d = Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
                d.source.url = Some("https://www.okaz.com.sa/news/1".into());
                d.tokens = isnad_text::tokenize(raw);
                d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
                d.sentences = isnad_text::sentences(raw);
                let mut ms = crate::recognize(&d);
                crate::geocode(&d, &mut ms);
                d.mentions = ms;
                d
            })
            .collect()
    }

    /// Regression, from nine days of Saudi papers: a person's role was the office and the
    /// honorifics after it in one string («وزير التعليم، الدكتور», «رئيس المجلس البلدي المهندس»,
    /// 1,302 of 8,911 roles), so that the same office read differently from page to page and an
    /// affiliation's role carried the honorific; a role that started inside a hospital's name was
    /// «الملك فهد، المقدم»; a role kept the conjunction glued to it («والرئيس المخلوع»); an
    /// affiliation's role lost the closing quote of «قسد».
    #[test]
    fn regression_a_role_was_an_office_and_an_honorific_in_one_string() {
        let raws = [
            "وأكد المتحدث باسم قوات التحالف، العميد أحمد عسيري أن العمليات مستمرة.",
            "وقال رئيس المجلس البلدي المهندس سعد الزهراني إن المشاريع اكتملت، وحضر الشيخ الدكتور صالح الحميد.",
            "وكان في استقبال الوفد في مستشفى الملك فهد، المقدم محمد التميمي.",
            "وهاجم الحوثيون والرئيس المخلوع علي عبدالله صالح المدينة.",
            "وقال المتحدث باسم «قسد» مصطفى بالي إن المعارك انتهت.",
            "وقال وزير التعليم د. عزام الدخيل إن العام الدراسي يبدأ.",
        ];
        let out = run_of(&raws);
        let person = |name: &str| out.entities.iter().find(|e| e.etype == EntityType::Per && e.name.contains(name));
        let roles = |name: &str| person(name).map(|e| e.roles.clone()).unwrap_or_default();
        assert_eq!(roles("عسيري"), ["المتحدث باسم قوات التحالف", "العميد"]);
        assert_eq!(roles("الزهراني"), ["رئيس المجلس البلدي", "المهندس"]);
        assert_eq!(roles("الحميد"), ["الشيخ", "الدكتور"]);
        assert_eq!(roles("التميمي"), ["المقدم"]);
        assert_eq!(roles("علي عبد"), ["الرئيس المخلوع"]);
        // (a quote that pairs inside the role stays, one left open goes)
        assert_eq!(roles("بالي"), ["المتحدث باسم «قسد»"]);
        assert_eq!(roles("الدخيل"), ["وزير التعليم", "د."]);
        // the affiliation's role is the office that names the body
        let coalition = out.entities.iter().position(|e| e.name == "قوات التحالف");
        let affiliations = person("عسيري").map(|e| e.affiliations.clone()).unwrap_or_default();
        assert_eq!(affiliations.iter().map(|(r, o)| (r.as_str(), Some(*o))).collect::<Vec<_>>(), [("المتحدث باسم قوات التحالف", coalition)]);
    }

    /// Regression, from nine days of Saudi papers (1,742 such entities): a given name alone on
    /// two pages, each naming a different person with it (وائل كفوري, وائل جسار), moved page by
    /// page to each page's person, and the emptied group was still written out as an
    /// organisation with no name and no mention.
    #[test]
    fn regression_a_name_whose_mentions_all_moved_left_an_empty_entity() {
        let es = entities_of(&[
            "غنى الفنان وائل كفوري في مهرجان بيروت مساء أمس أمام جمهور كبير. وقال وائل إن الحفل كان ناجحا.",
            "أحيا المطرب وائل جسار حفلا في القاهرة. وأكد وائل أنه سعيد بلقاء جمهوره في مصر.",
        ]);
        assert!(es.iter().all(|e| e.2 > 0 && !e.0.is_empty()), "{es:?}");
        let persons: Vec<(&str, usize)> = es.iter().filter(|e| e.1 == EntityType::Per).map(|e| (e.0.as_str(), e.2)).collect();
        assert_eq!(persons, [("وائل كفوري", 2), ("وائل جسار", 2)]);
    }

    /// Regression, from nine days of Saudi papers: the tagger's name behind a glued preposition
    /// (لأثينا, بفيينا) kept the ending the clitic splitter reads as a pronoun in its key (اثينا),
    /// while the gazetteer files the name by the splitter's stem (اثي). So it was not placed, and
    /// it stood beside the gazetteer's Athens as a second, unplaced entity.
    #[test]
    fn regression_a_place_behind_a_preposition_was_a_second_unplaced_place() {
        let (docs, out) = docs_and_run_of(&["قالت الحكومة إن أثينا ستتلقى قرضا عاجلا. وقال وزير المالية الألماني إنه كان من الأفضل لأثينا أن تخرج من منطقة اليورو."]);
        let athens = entity_on(&docs, &out, 0, "أثينا");
        let places: Vec<&Entity> = out.entities.iter().filter(|e| e.etype == EntityType::Gpe && e.name == "أثينا").collect();
        assert_eq!(places.len(), 1, "{:?}", out.entities);
        assert_eq!(athens.map(|i| out.entities[i].mentions.len()), Some(2));
        assert!(places[0].geo.as_ref().is_some_and(|g| (g.lat - 37.98).abs() < 0.1), "{:?}", places[0].geo);
    }

    /// Regression, from nine days of Saudi papers: a body named bare (وزارة الداخلية) was one
    /// entity across every page of the run, the Turkish ministry on one page and the Saudi one on
    /// another, while the page's own «وزارة الداخلية التركية» stood apart; an airport with and
    /// without الدولي was two airports (مطار عدن, 122 mentions). On a page that names the body
    /// with its country first, the bare name refers back to it; a page that opens on the bare
    /// name, or names two countries' bodies, keeps it apart.
    #[test]
    fn regression_a_bare_ministry_was_every_countrys_ministry() {
        let (docs, out) = docs_and_run_of(&[
            "أعلنت وزارة الداخلية التركية اعتقال 20 شخصا في إسطنبول. وقالت وزارة الداخلية في بيان إن المعتقلين ينتمون إلى خلية. وهبطت الطائرة في مطار عدن الدولي صباح أمس.",
            "قالت وزارة الداخلية إن الدوريات انتشرت في الرياض. وأكدت وزارة الداخلية السعودية أن الوضع مستقر. وأغلق مطار عدن بعد ساعة.",
            "أعلنت وزارة الداخلية المصرية تعاونها، كما رحبت وزارة الداخلية الأردنية بالاتفاق. وقالت وزارة الداخلية إن الاتفاق يشمل تبادل المعلومات.",
        ]);
        let on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        // the Turkish page's bare ministry is the Turkish ministry
        assert_eq!(on(0, "وزارة الداخلية"), on(0, "وزارة الداخلية التركية"));
        assert!(on(0, "وزارة الداخلية").is_some());
        // a page that opens on the bare name, and one with two countries, keep it apart
        assert_ne!(on(1, "وزارة الداخلية"), on(1, "وزارة الداخلية السعودية"));
        assert_ne!(on(1, "وزارة الداخلية"), on(0, "وزارة الداخلية"));
        assert_ne!(on(2, "وزارة الداخلية"), on(2, "وزارة الداخلية المصرية"));
        assert_ne!(on(2, "وزارة الداخلية"), on(2, "وزارة الداخلية الأردنية"));
        // one airport
        assert!(on(0, "مطار عدن الدولي").is_some());
        assert_eq!(on(0, "مطار عدن الدولي"), on(1, "مطار عدن"));
    }

    /// Regression: a body read after لل (للمؤسسة) lost its article with the ل, and the entity
    /// was named by that form when it came up most (مؤسسة العامة للخطوط الحديدية).
    #[test]
    fn regression_a_body_was_named_without_its_article() {
        let es = entities_of(&[
            "أعلنت المؤسسة العامة للخطوط الحديدية تشغيل القطار.",
            "وقال المتحدث الإعلامي للمؤسسة العامة للخطوط الحديدية إن القطار توقف.",
            "ونفى مصدر في المؤسسة العامة للخطوط الحديدية التأخير، وأكد مدير للمؤسسة العامة للخطوط الحديدية أن العمل مستمر، وقال مسؤول للمؤسسة العامة للخطوط الحديدية إنه انتهى.",
        ]);
        let body = es.iter().find(|e| e.0.contains("العامة للخطوط الحديدية"));
        assert_eq!(body.map(|e| e.0.as_str()), Some("المؤسسة العامة للخطوط الحديدية"), "{es:?}");
    }

    /// Regression, from a day of Saudi papers: a given name alone (محمد, خالد, عبد الله) was one
    /// person across every page of the run, 31 to 64 mentions of different people. It is now
    /// the page's person named in full with it, or a person of its page alone.
    #[test]
    fn regression_a_given_name_alone_was_one_person_across_pages() {
        let es = entities_of(&[
            "قال الدكتور محمد القحطاني إن المشروع اكتمل. وأضاف محمد أن الافتتاح قريب.",
            "وفي حديث آخر قال محمد: إن الفريق جاهز للمباراة.",
            "أكد محمد أن الأسعار ارتفعت في السوق، وقال محمد إن الطلب كبير.",
        ]);
        let pers: Vec<&(String, EntityType, usize)> = es.iter().filter(|e| e.1 == EntityType::Per).collect();
        assert!(pers.iter().any(|e| e.0 == "محمد القحطاني" && e.2 == 2), "{pers:?}");
        assert_eq!(pers.iter().filter(|e| e.0 == "محمد").count(), 2, "{pers:?}");
    }

    /// Regression, from a day of Saudi papers: one place under two of its gazetteer names was
    /// two entities (مكة and مكة المكرمة, هونج كونج and هونغ كونغ), and Qatar was named القطر
    /// ("the rain") after one mention the tagger took for it.
    #[test]
    fn regression_one_place_under_two_names_was_two_entities() {
        let places = |raws: &[&str]| {
            let mut v: Vec<(String, usize)> = entities_of(raws).into_iter().filter(|e| e.1.is_place()).map(|e| (e.0, e.2)).collect();
            v.sort();
            v
        };
        let hk = places(&["وصل الوفد إلى هونج كونج أمس.", "وغادر الوفد هونغ كونغ متجها إلى هونغ كونغ الجديدة، ثم عاد إلى هونغ كونغ."]);
        assert_eq!(hk.len(), 1, "{hk:?}");
        // a name the run uses once that is no spelling of the other stays apart, though the
        // gazetteer lists it among the place's names (أريئيل, a settlement, for Jerusalem)
        let once = places(&["وصل الوفد إلى القدس أمس، وزار القدس القديمة.", "وصل الوزير إلى أريئيل أمس."]);
        assert_eq!(once.len(), 2, "{once:?}");
        let qatar = places(&["زار الوزير قطر والكويت.", "وعاد الوزير من قطر.", "عاد ذات يوم إلى البيت كأنه عصفور بلله القطر."]);
        assert!(!qatar.iter().any(|e| e.0 == "القطر"), "{qatar:?}");
    }

    /// Regression, from a day of Saudi papers: عمان names Oman and Amman, and every bare عمان
    /// of a run was one entity placed at Amman, the Gulf lists (والكويت وعمان) and the page
    /// that wrote عُمان with the country's vowel among them (35 mentions on 2015-07-21).
    #[test]
    fn regression_oman_and_amman_were_one_place() {
        let es = entities_of(&[
            "وقال رئيس جمعية المستثمرين في الأردن إن أمانة عمان الكبرى أصدرت تعليمات جديدة، وتتركز الشركات في عمان.",
            "بدأ وزير الخارجية جولة تشمل قطر والكويت وعمان لبحث الملفات الإقليمية.",
            "هطلت أمطار غزيرة على مناطق في عُمان والإمارات.",
            "وصل الوفد إلى عمّان أمس.",
            "تتنقل المحادثات بين الرياض وأنقرة وعمان ودمشق.",
        ]);
        let bare = |s: &str| s.chars().filter(|c| !('\u{64B}'..='\u{652}').contains(c)).collect::<String>();
        let places: Vec<_> = es.iter().filter(|e| e.1.is_place() && bare(&e.0).contains("عمان")).collect();
        assert_eq!(places.len(), 2, "{es:?}");
        // the Jordanian story's two, the vocalised and the list of capitals' Amman; the Gulf
        // list's and the vocalised Oman
        let mut counts: Vec<usize> = places.iter().map(|e| e.2).collect();
        counts.sort_unstable();
        assert_eq!(counts, [2, 4], "{es:?}");
        let lx = crate::lexicon::Lexicon::get();
        assert_eq!(crate::lexicon::vowels_agree("عمّان", "عُمان"), Some(false));
        assert_eq!(crate::lexicon::vowels_agree("بعُمان", "عُمان"), Some(true));
        assert_eq!(crate::lexicon::vowels_agree("عمان", "عُمان"), None);
        assert!(lx.places.get("عمان").is_some_and(|ps| ps.iter().any(|p| p.country_level && p.vowels.is_some()) && ps.iter().any(|p| !p.country_level)));
    }

    /// Regression, from a day of Saudi papers: مستشفى الصحة النفسية in al-Ahsa and the one in
    /// Hafr al-Batin were one entity, placed at al-Ahsa, and so were a town's hospitals named
    /// after the same king.
    #[test]
    fn regression_namesake_facilities_in_two_towns_were_one() {
        let facs = |raws: &[&str]| {
            let mut v: Vec<(String, usize)> = entities_of(raws).into_iter().filter(|e| e.1 == EntityType::Fac).map(|e| (e.0, e.2)).collect();
            v.sort();
            v
        };
        let ahsa = "زار المحافظ مستشفى الملك خالد بالأحساء أمس، وتفقد أقسام مستشفى الملك خالد الجديدة.";
        let hafr = "نقل المصاب إلى مستشفى الملك خالد في حفر الباطن لتلقي العلاج.";
        let bare = "أعلن مستشفى الملك خالد عن افتتاح عيادة جديدة.";
        // two towns: two hospitals, and the bare mention belongs to neither
        let two = facs(&[ahsa, hafr, bare]);
        assert_eq!(two.len(), 3, "{two:?}");
        assert!(two.iter().any(|e| e.1 == 2), "both of al-Ahsa's mentions are its hospital: {two:?}");
        // one town: the bare mention joins it
        assert_eq!(facs(&[ahsa, bare]).len(), 1);
    }

    /// Regression, from a day of Saudi papers: the king was four entities (سلمان بن عبدالعزيز,
    /// سلمان بن عبد العزيز, سلمان بن عبدالعزيز آل سعود), and the Yemeni president two (عبدربه,
    /// عبد ربه).
    #[test]
    fn regression_one_name_spaced_or_with_its_family_was_two_persons() {
        let per = |s: &str| variant_key(&crate::name_key(s), EntityType::Per);
        assert_eq!(per("سلمان بن عبد العزيز"), per("سلمان بن عبدالعزيز"));
        assert_eq!(per("سلمان بن عبدالعزيز آل سعود"), per("سلمان بن عبدالعزيز"));
        assert_eq!(per("عبد ربه منصور هادي"), per("عبدربه منصور هادي"));
        assert_eq!(per("محمد بن عبد الله"), per("محمد بن عبدالله"));
        // a family name is kept where it tells persons apart, and two servants' names stay two
        assert_ne!(per("آل سعود"), per("سعود"));
        assert_ne!(per("عبد العزيز"), per("عبد الله"));
        assert_ne!(per("محمد آل ثاني"), per("محمد"));
        assert_eq!(variant_key(&crate::name_key("جامعة الملك عبد العزيز"), EntityType::Org), variant_key(&crate::name_key("جامعة الملك عبدالعزيز"), EntityType::Org));
    }

    /// Regression, from a day of Saudi papers: once the king's full names were one entity, the
    /// king named alone (الملك سلمان, 51 mentions) joined the one other person whose name ended
    /// in سلمان, a researcher named once.
    #[test]
    fn regression_the_king_by_his_given_name_joined_a_namesakes_surname() {
        let es = entities_of(&[
            "استقبل الملك سلمان بن عبدالعزيز آل سعود وفدا رسميا في جدة.",
            "وأكد الملك سلمان بن عبدالعزيز أن المملكة ماضية في خططها، وقال الملك سلمان إن الوطن بخير.",
            "وقال الباحث جعفر أحمد سلمان إن الدراسة انتهت.",
        ]);
        let per: Vec<&(String, EntityType, usize)> = es.iter().filter(|e| e.1 == EntityType::Per).collect();
        let researcher = per.iter().find(|e| e.0 == "جعفر أحمد سلمان");
        assert_eq!(researcher.map(|e| e.2), Some(1), "{per:?}");
        // the king's two full names are one entity
        assert!(per.iter().any(|e| e.0.starts_with("سلمان بن عبدالعزيز") && e.2 >= 2), "{per:?}");
    }

    /// Regression, from a day of Saudi papers: a person named by the last two words of his
    /// name was another person (داود أوغلو beside أحمد داود أوغلو: 6 and 17 mentions on
    /// 2015-07-21; أحمدي نجاد beside محمود أحمدي نجاد). The surname rule read one word only.
    #[test]
    fn regression_the_last_two_words_of_a_name_were_another_person() {
        let found = persons_of(&["وقال رئيس الوزراء التركي أحمد داود أوغلو إن بلاده لن تتدخل.", "وأكد داود أوغلو أن الحدود آمنة."]);
        assert!(found.iter().any(|e| e.0 == "أحمد داود أوغلو" && e.1 == 2), "{found:?}");
        // a given name of the run in front keeps the shorter name apart: محمد opens full names
        let found = persons_of(&["وسجل اللاعب محمد صلاح هدفين.", "وقال المهندس أحمد محمد صلاح إن المشروع اكتمل.", "وقال الدكتور محمد الشهري إن النتائج مطمئنة."]);
        assert!(found.iter().any(|e| e.0 == "محمد صلاح" && e.1 == 1), "{found:?}");
    }

    /// Regression, from a day of Saudi papers: فان غال stayed apart from لويس فان غال (14 and 15
    /// mentions on 2015-07-22), since فان opens other names of the run (فان بيرسي) and was
    /// taken for a given name; and once one, the person was named by the commoner short form.
    /// (The fixture's names are made up: the tagger reads a two-word فان name here.)
    #[test]
    fn regression_van_gaal_was_apart_from_louis_van_gaal() {
        let found = persons_of(&[
            "وقال المهاجم الهولندي لويس فان بيرسي إن الفريق جاهز.",
            "وقال فان بيرسي إنه سعيد. وأضاف فان بيرسي أن الموسم صعب.",
            "وقال فان دايك إن الدفاع قوي. وأكد فان دايك أن الفريق مستعد. وأوضح فان دايك أن المدرب راض.",
        ]);
        assert!(found.iter().any(|e| e.0 == "لويس فان بيرسي" && e.1 == 3), "{found:?}");
    }

    /// Regression, from four days of Saudi papers: each prince was two persons, named with his
    /// father (محمد بن نايف, 34 mentions on 2015-07-21) and with his grandfather too (… بن
    /// عبدالعزيز, 26), and the king under his title alone (الملك سلمان, 57) a third beside his full
    /// name (172). A short nasab with a family left out, and a given name no title ties to the
    /// king, stay apart.
    #[test]
    fn regression_a_prince_without_his_grandfather_was_another_person() {
        let found = persons_of(&[
            "استقبل ولي العهد الأمير محمد بن نايف بن عبدالعزيز وفدا أمنيا في جدة.",
            "وأكد الأمير محمد بن نايف أن التنسيق مستمر.",
            "ووجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بصرف المكافآت.",
            "وأشاد الملك سلمان بجهود رجال الأمن.",
            "وقالت والدة الطفل إن ابنها سلمان يحتاج إلى العلاج.",
        ]);
        assert!(found.iter().any(|e| e.0.starts_with("محمد بن نايف") && e.1 == 2), "{found:?}");
        assert!(found.iter().any(|e| e.0.starts_with("سلمان بن عبدالعزيز") && e.1 == 2), "{found:?}");
        // the boy is no king
        assert!(found.iter().any(|e| e.0 == "سلمان" && e.1 == 1), "{found:?}");
        let found = persons_of(&["ألقى الشيخ سليمان بن ناصر آل الفهيد خطبة الجمعة.", "وقال الشيخ سليمان بن ناصر بن عايض إن المشروع اكتمل."]);
        assert_eq!(found.len(), 2, "{found:?}");
        // the king is named in full though his title and given name come up more often
        let found = persons_of(&["ووجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بصرف المكافآت.", "وأشاد الملك سلمان بجهود رجال الأمن.", "وأكد الملك سلمان أن الوطن بخير."]);
        assert_eq!(found, vec![("سلمان بن عبدالعزيز".to_string(), 3)]);
    }

    #[test]
    fn variants_fold() {
        assert_eq!(variant_key("ترمب", EntityType::Per), variant_key("ترامب", EntityType::Per));
        assert_eq!(variant_key("سوريه", EntityType::Gpe), variant_key("سوريا", EntityType::Gpe));
        assert_eq!(variant_key("جيش اميركي", EntityType::Org), variant_key("جيش امريكي", EntityType::Org));
        assert_ne!(variant_key("تحالف دولي", EntityType::Org), variant_key("تحالف عربي كردي", EntityType::Org));
    }

    #[test]
    fn a_peoples_plural_is_one_key_in_either_case() {
        assert_eq!(variant_key("سوريون", EntityType::Norp), variant_key("سوريين", EntityType::Norp));
        assert_ne!(variant_key("سوريون", EntityType::Norp), variant_key("سوري", EntityType::Norp));
        // (only a NORP: زيتون is an olive grove's name, not a people)
        assert_ne!(variant_key("زيتون", EntityType::Gpe), variant_key("زيتين", EntityType::Gpe));
    }

    /// Regression: the long-vowel skeleton made one person of حسن, حسين, حسني and حسان, and of
    /// سعد, سعيد and سعود, across a day of Saudi news; and it would make محمود عباس of محمد عباس.
    #[test]
    fn arabic_given_names_that_differ_by_a_long_vowel_stay_apart() {
        let per = |k: &str| variant_key(k, EntityType::Per);
        assert_ne!(per("حسن"), per("حسين"));
        assert_ne!(per("سعيد"), per("سعود"));
        assert_ne!(per("محمد عباس"), per("محمود عباس"));
        assert_ne!(per("سلمان"), per("سليمان"));
        assert_eq!(per("عدنان عفرين"), per("عدنان عفريني"));
        assert_eq!(per("دونالد ترمب"), per("دونالد ترامب"));
    }

    /// Regression, from nine days of Saudi papers: a surname alone joined the run's one person
    /// of that surname on any page, so that a lion's story (مقتل الأسد, 11 mentions) was on
    /// بشار الأسد's pages, an actress (منة شلبي) on a writer's, and a verb (لا يلين) on Janet
    /// Yellen's. A common surname now joins only from pages that title it or share a rarer name
    /// with the person's pages; one the corpus barely knows joins from any page.
    #[test]
    fn regression_a_lions_story_was_a_page_of_bashar_al_assad() {
        let raws = [
            "قال الكاتب عبدالوهاب شلبي في معرض القاهرة للكتاب إن روايته الجديدة ستصدر قريبا.",
            "وأضاف شلبي في معرض القاهرة للكتاب أن الرواية تتناول تاريخ المدينة.",
            "وقالت شلبي في حفل أقيم بجدة إن الدور أرهقها كثيرا.",
            "قال الباحث الاقتصادي كمال دبوسي إن الأسعار سترتفع هذا العام.",
            "ورأى دبوسي أن الحكومة تأخرت في دعم المزارعين.",
        ];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let writer = entity_on(0, "عبدالوهاب شلبي");
        assert!(writer.is_some());
        assert_eq!(entity_on(1, "شلبي"), writer, "a page sharing the book fair joins");
        assert!(entity_on(2, "شلبي").is_some_and(|e| Some(e) != writer), "a page sharing nothing stays apart");
        assert_eq!(entity_on(4, "دبوسي"), entity_on(3, "كمال دبوسي"), "a surname the corpus barely knows joins");
    }

    /// Regression, from nine days of Saudi papers: King Faisal (الملك فيصل) was his son خالد
    /// الفيصل, whose family name is "of Faisal", and الملك خالد and الملك سعود were خالد الفيصل
    /// and سعود الفيصل: keys leave the article out, so the given name and the family name were
    /// one word. A surname alone joins only where it is written as in the full name, with the
    /// article or without it; an عبد compound has it inside (عبد الغني of حسين عبدالغني).
    #[test]
    fn regression_king_faisal_was_his_son_khalid_al_faisal() {
        let raws = [
            "افتتح أمير منطقة مكة المكرمة الأمير خالد الفيصل اليوم معرض \"الفيصل.. شاهد وشهيد\" في الطائف.\n\nويحكي المعرض جوانب من حياة الملك فيصل رحمه الله، وقال الأمير خالد الفيصل إن الفيصل أحبه العرب جميعا.",
            "وأكد اللاعب حسين عبدالغني قائد فريق النصر أن الفريق جاهز للمباراة.",
            "وقال عبد الغني إن غيابه عن المباراة لن يؤثر على فريق النصر.",
        ];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let son = entity_on(0, "خالد الفيصل");
        assert!(son.is_some());
        assert!(entity_on(0, "فيصل").is_some_and(|e| Some(e) != son), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(2, "عبد الغني"), entity_on(1, "حسين عبدالغني"));
    }

    /// Regression, from nine days of Saudi papers: a minister named by his given and family names
    /// (عادل الجبير, 70 mentions on 2015-07-24) was another person than under his full name (عادل
    /// بن أحمد الجبير, 35), and some 200 others were split so on nine days. The short name joins
    /// only on the pages that name both or give it the office; a rank alone (الأمير) is no
    /// evidence. (The canonicalisation suite has a short name beside two longer namesakes.)
    #[test]
    fn regression_the_foreign_minister_was_two_persons() {
        let raws = [
            "أعلن وزير الزراعة فهد بن سالم الرويلي إطلاق برنامج للري في المناطق الشمالية.",
            "وأكد وزير الزراعة فهد الرويلي أن موسم الحصاد بدأ مبكرا.",
            "وقال المزارع فهد الرويلي إن الأمطار تأخرت.",
            "واستقبل الأمير سعود بن خالد المنيفي وفدا تجاريا.",
            "وقال الأمير سعود المنيفي إن السباق سيقام في موعده.",
        ];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let minister = entity_on(0, "فهد بن سالم الرويلي");
        assert!(minister.is_some());
        assert_eq!(entity_on(1, "فهد الرويلي"), minister);
        // (a page that neither names him in full nor gives him his office keeps its namesake)
        assert_ne!(entity_on(2, "فهد الرويلي"), minister);
        assert_ne!(entity_on(4, "سعود المنيفي"), entity_on(3, "سعود بن خالد المنيفي"));
    }

    /// Regression, from nine days of Saudi papers: FIFA was two bodies on five days of nine, one
    /// defined as الاتحاد الدولي لكرة القدم (الفيفا) and one as الاتحاد الدولي (الفيفا), with the
    /// bare الفيفا of other pages in the first (147 and 27 mentions on 2015-07-21). Two names an
    /// acronym is defined for, one not the other's beginning, stay two.
    #[test]
    fn regression_fifa_under_its_name_cut_short_was_a_second_body() {
        let raws = [
            "وقرر الاتحاد الدولي لكرة القدم (الفيفا) تأجيل الانتخابات.",
            "وأعلن الاتحاد الدولي (الفيفا) موعد القرعة في سان بطرسبرغ.",
            "ورفضت الفيفا طلب الاتحاد الآسيوي.",
            "وكشفت وكالة الأمن القومي (NSA) عن برنامج للتنصت.",
            "وأعلنت هيئة الأمن الوطني (NSA) في غانا اعتقال مشتبه به.",
        ];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let fifa = entity_on(0, "الاتحاد الدولي لكرة القدم");
        assert!(fifa.is_some(), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(1, "الاتحاد الدولي"), fifa);
        assert_eq!(entity_on(2, "الفيفا"), fifa);
        // (one acronym for two bodies, neither name the other's beginning: two bodies)
        let agency = entity_on(3, "وكالة الأمن القومي");
        assert!(agency.is_some() && entity_on(3, "NSA") == agency);
        assert!(entity_on(4, "NSA").is_some_and(|e| Some(e) != agency));
    }

    /// Regression, from nine days of Saudi papers: a role with an honorific after the office
    /// (وزير التعليم الدكتور) gave no office, so the pages that name the minister وزير التعليم
    /// الدكتور عزام الدخيل stayed another person than عزام بن محمد الدخيل (11 mentions each on
    /// 2015-07-21).
    #[test]
    fn regression_an_honorific_after_the_office_hid_the_office() {
        let raws =
            ["وقال وزير التعليم الدكتور عزام بن محمد الدخيل إن العام الدراسي يبدأ في موعده.", "وأكد وزير التعليم الدكتور عزام الدخيل أن المدارس جاهزة.", "وقال المعلم عزام الدخيل إن الطلاب عادوا."];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let minister = entity_on(0, "عزام بن محمد الدخيل");
        assert!(minister.is_some(), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(1, "عزام الدخيل"), minister);
        assert_ne!(entity_on(2, "عزام الدخيل"), minister);
    }

    /// Regression, from nine days of Saudi papers: the full name's role «وزير الخارجية الأستاذ»
    /// gave the office أستاذ, a rank the title list lacks, so no page that names the minister
    /// عادل الجبير with his office joined عادل بن أحمد الجبير (14 mentions apart on 2015-07-21).
    /// On most of those pages the title was glued to و (ووزير الخارجية عادل الجبير), which the
    /// tokenizer keeps whole, so the name had no title either.
    #[test]
    fn regression_a_rank_after_the_office_was_read_as_the_office() {
        let raws = [
            "وقال معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير إن على إيران أن تحسن علاقاتها.",
            "وحضر اللقاء عادل الجبير وزير الخارجية السعودي في جدة.",
            "حضر اللقاء الدكتور مساعد العيبان ووزير الخارجية عادل الجبير في الرياض.",
            "وقال المعلم عادل الجبير إن الطلاب عادوا.",
        ];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let minister = entity_on(0, "عادل بن أحمد الجبير");
        assert!(minister.is_some(), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(1, "عادل الجبير"), minister, "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(2, "عادل الجبير"), minister, "{:?}", names_and_aliases(&out));
        assert_ne!(entity_on(3, "عادل الجبير"), minister);
    }

    /// Regression, from nine days of Saudi papers: an entity listed one role under each spelling
    /// (الأمير, الامير) and under the preposition fused with the article (للأمير, "to the
    /// prince"): 283 of 9,574 roles.
    #[test]
    fn regression_a_role_was_listed_once_per_spelling() {
        let raws = ["وقال الأمير خالد الفيصل إن المهرجان يبدأ غدا.", "وقدم المشاركون الشكر للأمير خالد الفيصل على رعايته.", "وأكد الامير خالد الفيصل أن الاستعدادات اكتملت."];
        let (_, out) = docs_and_run_of(&raws);
        let e = out.entities.iter().find(|e| e.name == "خالد الفيصل");
        assert_eq!(e.map(|e| e.roles.clone()), Some(vec!["الأمير".to_string()]), "{:?}", names_and_aliases(&out));
        // (shown in its commonest form, here the one without the hamza)
        let raws = [raws[0], raws[1], raws[2], "وافتتح الامير خالد الفيصل المعرض."];
        let (_, out) = docs_and_run_of(&raws);
        let e = out.entities.iter().find(|e| e.name == "خالد الفيصل");
        assert_eq!(e.map(|e| e.roles.clone()), Some(vec!["الامير".to_string()]), "{:?}", names_and_aliases(&out));
    }

    /// An office named in full on one page and shortened on another is one office (الرئيس العام
    /// للمؤسسة is رئيس المؤسسة العامة للخطوط الحديدية), and a rank is no evidence, even when the
    /// full name's role ends on it (الأستاذ: a page that gives the name only that rank keeps it
    /// apart).
    #[test]
    fn an_office_shortened_is_the_same_office_but_a_rank_is_no_evidence() {
        let raws = [
            "وقال رئيس المؤسسة العامة للخطوط الحديدية الأستاذ محمد بن خالد السويكت إن القطار وصل.",
            "وتابع الرئيس العام للمؤسسة الأستاذ محمد السويكت الموقف من غرفة التحكم.",
            "وقال الأستاذ محمد السويكت إن الطلاب عادوا إلى المدرسة.",
        ];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let head = entity_on(0, "محمد بن خالد السويكت");
        assert!(head.is_some(), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(1, "محمد السويكت"), head, "{:?}", names_and_aliases(&out));
        assert!(entity_on(2, "محمد السويكت").is_some_and(|e| Some(e) != head), "{:?}", names_and_aliases(&out));
    }

    /// A deputy holds another office than the one he deputises: a page that gives the name the
    /// president's office is no evidence for the vice-president named in full, one that gives it
    /// the deputy's office is.
    #[test]
    fn a_deputy_office_is_not_the_office_it_deputises() {
        let raws = ["وقال نائب رئيس الجمهورية عبدالله بن محمد الهاشمي إن الحوار مستمر.", "وأكد نائب رئيس الجمهورية عبدالله الهاشمي أن اللجنة ستجتمع.", "واستقبل رئيس الجمهورية عبدالله الهاشمي الوفد."];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let deputy = entity_on(0, "عبدالله بن محمد الهاشمي");
        assert!(deputy.is_some(), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(1, "عبدالله الهاشمي"), deputy, "{:?}", names_and_aliases(&out));
        assert!(entity_on(2, "عبدالله الهاشمي").is_some_and(|e| Some(e) != deputy), "{:?}", names_and_aliases(&out));
    }

    /// Regression, from nine days of Saudi papers: a name with its office after it (عادل الجبير
    /// وزير الخارجية, with no title before) gave no office, so those pages kept a second person
    /// beside عادل بن أحمد الجبير (31 mentions on nine pages of 2015-07-24). A title glued to و
    /// after the name is the next person's.
    #[test]
    fn regression_an_office_after_the_name_was_no_evidence() {
        let raws = ["وقال وزير الزراعة فهد بن سالم الرويلي إن الموسم بدأ.", "وحضر اللقاء فهد الرويلي وزير الزراعة السعودي في جدة.", "وحضر اللقاء فهد الرويلي ووزير الزراعة في جدة."];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let minister = entity_on(0, "فهد بن سالم الرويلي");
        assert!(minister.is_some(), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(1, "فهد الرويلي"), minister);
        assert!(entity_on(2, "فهد الرويلي").is_some_and(|e| Some(e) != minister));
    }

    /// Regression, from nine days of Saudi papers: a foreign person named without his middle name
    /// on pages that neither name him in full nor give his office was another person: سيب بلاتر
    /// (41 mentions on ten pages of 2015-07-21) beside سيب جوزيف بلاتر (8), دييجو مارادونا
    /// beside دييجو أرماندو مارادونا, فاتن حمامة beside فاتن أحمد حمامة. A rare given name before a
    /// family name without the article joins on every page; an Arab given and family name (فهد
    /// الرويلي) still joins only where the page gives the evidence. The entity is named by the
    /// longer name.
    #[test]
    fn regression_a_foreign_name_without_its_middle_name_was_another_person() {
        let raws = [
            "وقال رئيس الاتحاد الدولي سيب جوزيف بلاتر إن الانتخابات ستجرى في موعدها.",
            "وأكد سيب بلاتر أنه لن يترشح مرة أخرى. وقال سيب بلاتر إن الاتحاد بخير.",
            "أعلن وزير الزراعة فهد بن سالم الرويلي إطلاق برنامج للري.",
            "وقال المزارع فهد الرويلي إن الأمطار تأخرت.",
        ];
        let (docs, out) = docs_and_run_of(&raws);
        let entity_on = |doc: usize, surface: &str| entity_on(&docs, &out, doc, surface);
        let blatter = entity_on(0, "سيب جوزيف بلاتر");
        assert!(blatter.is_some(), "{:?}", names_and_aliases(&out));
        assert_eq!(entity_on(1, "سيب بلاتر"), blatter);
        // (named in full, though the short name is commoner: two entities of one run would
        // otherwise both be سيب بلاتر where a page without evidence keeps the short name apart)
        assert_eq!(blatter.map(|e| out.entities[e].name.as_str()), Some("سيب جوزيف بلاتر"));
        assert!(entity_on(3, "فهد الرويلي").is_some());
        assert_ne!(entity_on(3, "فهد الرويلي"), entity_on(2, "فهد بن سالم الرويلي"));
    }

    /// Regression, from nine days of Saudi papers: one foreign person's full name spelt two ways
    /// was two persons (فرانسوا هولاند 15 mentions and فرنسوا هولاند 28 on 2015-07-21; رافايل and
    /// رافاييل بينيتيز; ستيفن and ستيفين جيرارد), and a kunya in the genitive (أبي بكر) was
    /// another person than in the nominative (أبو بكر). Arabic names whose long vowels differ
    /// stay apart, before an Arabic surname (سعد and سعيد الغامدي) or a short one (شاكر, شكري).
    #[test]
    fn regression_one_foreign_person_spelt_two_ways_was_two_persons() {
        let found = persons_of(&[
            "وقال الرئيس الفرنسي فرانسوا هولاند إن باريس تدعم الاتفاق.",
            "وأكد الرئيس الفرنسي فرنسوا هولاند أن فرنسا ستشارك في المؤتمر.",
            "وقال المدرب رافايل بينيتيز إن الفريق جاهز.",
            "وأوضح المدرب رافاييل بينيتيز أن اللاعبين بخير.",
            "وأشاد المدرب رافائيل بينيتيز بأداء الحارس.",
            "وقال رئيس الوزراء اليوناني ألكسيس تسيبراس إن الاتفاق صعب.",
            "وأكد رئيس الوزراء اليوناني أليكسيس تسيبراس أن أثينا ستفي بالتزاماتها.",
            "وقال العميد سعد الغامدي إن الطريق مغلق.",
            "وقال المقدم سعيد الغامدي إن الحادث وقع فجرا.",
            "وكتب الشاعر محمد شاكر قصيدة، وقرأها الشاعر محمد شكري في الأمسية.",
            "وروى الطبري عن أبي بكر الصديق أنه قال. وذكر أن أبو بكر الصديق خرج.",
        ]);
        let n = |name: &str| found.iter().filter(|e| e.0 == name).map(|e| e.1).sum::<usize>();
        let named = |names: &[&str]| found.iter().filter(|e| names.contains(&e.0.as_str())).count();
        assert_eq!(named(&["فرانسوا هولاند", "فرنسوا هولاند"]), 1, "{found:?}");
        assert_eq!(n("فرانسوا هولاند") + n("فرنسوا هولاند"), 2, "{found:?}");
        // (and with the hamza a transliteration writes between two vowels: رافائيل)
        assert_eq!(named(&["رافايل بينيتيز", "رافاييل بينيتيز", "رافائيل بينيتيز"]), 1, "{found:?}");
        assert_eq!(named(&["أبو بكر", "أبي بكر"]), 1, "{found:?}");
        // (a given name written with the article, whose key left it out: كسيس, يكسيس)
        assert_eq!(named(&["ألكسيس تسيبراس", "أليكسيس تسيبراس"]), 1, "{found:?}");
        assert_eq!(n("سعد الغامدي"), 1, "{found:?}");
        assert_eq!(n("سعيد الغامدي"), 1, "{found:?}");
        assert_eq!(n("محمد شاكر"), 1, "{found:?}");
        assert_eq!(n("محمد شكري"), 1, "{found:?}");
    }
}
