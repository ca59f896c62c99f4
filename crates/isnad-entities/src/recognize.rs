//! Mention recognition: the actor alias table, the gazetteer, context rules (organisation
//! heads, place heads, titles before person names), and the statistical tagger trained on
//! NewsFANE (`ner.rs`), whose names fill what the rules leave and whose readings the rules'
//! filters check against the news corpus's word statistics.

use crate::lexicon::Lexicon;
use isnad_doc::{Annotated, Document, EntityType, Mention, Provenance, Span};
use isnad_text::TokenKind;

pub const STAGE: &str = "entities";

/// Words that never start or continue a name.
pub fn is_function_word(k: &str) -> bool {
    matches!(
        k,
        "في" | "من"
            | "الي"
            | "علي"
            | "عن"
            | "مع"
            | "و"
            | "او"
            | "ان"
            | "انه"
            | "انها"
            | "ما"
            | "لا"
            | "لم"
            | "لن"
            | "قد"
            | "ثم"
            | "كل"
            | "بعد"
            | "قبل"
            | "بين"
            | "حتي"
            | "هذا"
            | "هذه"
            | "ذلك"
            | "تلك"
            | "التي"
            | "الذي"
            | "الذين"
            | "غير"
            | "كان"
            | "كانت"
            | "هو"
            | "هي"
            | "هم"
            | "عند"
            | "منذ"
            | "خلال"
            | "حيث"
            | "امس"
            | "اليوم"
            | "لدي"
            | "ايضا"
            | "فيما"
            | "بينما"
            | "كما"
            | "اذا"
            | "الا"
            | "لكن"
            | "ولكن"
            | "بل"
            | "اي"
            | "اين"
            | "نحو"
            | "حول"
            | "ضد"
            | "عبر"
            | "دون"
            | "وفق"
            | "بحسب"
            | "حسب"
            | "باسم"
            | "اول"
            | "اخر"
            | "وقال"
            | "قال"
            | "وقالت"
            | "قالت"
            | "اضاف"
            | "واضاف"
            | "اكد"
            | "اعلن"
            | "اعلنت"
            | "ذكر"
            | "ذكرت"
            | "اشار"
            | "اوضح"
            | "تابع"
            | "يوم"
            | "الجمعه"
            | "السبت"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الثلثاء"
            | "الاربعاء"
            | "الخميس"
            | "بان"
            | "لان"
            | "سوف"
    )
}

/// Verbs that report speech (lossy keys of their clitic stems), which open a clause naming the
/// speaker: "قال المتحدث فلان إن …", "وقال فلان، المتحدث باسم …".
pub(crate) const REPORTING_VERBS: &[&str] = &["قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اوضح", "اوضحت", "اعلن", "اعلنت", "ذكر", "ذكرت", "صرح", "صرحت"];

/// Verbs besides [`REPORTING_VERBS`] that introduce what someone says or thinks, with their
/// speaker right after them (lossy keys): "ورأى دبوسي أن …", "ولفت الموكلي إلى …", "ويقول خبراء لـ…".
const SPEAKING_VERBS: &[&str] = &[
    "راي",
    "رات",
    "لفت",
    "لفتت",
    "اشار",
    "اشارت",
    "تابع",
    "تابعت",
    "اعتبر",
    "اعتبرت",
    "شدد",
    "شددت",
    "اعرب",
    "اعربت",
    "كشف",
    "كشفت",
    "نفي",
    "نفت",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
    "شرح",
    "شرحت",
    "افاد",
    "افادت",
    "يقول",
    "تقول",
    "يري",
    "تري",
    "يضيف",
    "تضيف",
    "يؤكد",
    "تؤكد",
    "يوضح",
    "توضح",
    "يشير",
    "تشير",
    "تحدث",
    "تحدثت",
    "تحدثوا",
    "روي",
    "يروي",
    "بقوله",
];

/// Nouns of a statement (lossy keys), before the outlet it was made to: في تصريح لـ«…», خلال
/// حديثه لـ«…». Not before a speaker: حوار دافئ is "a warm dialogue".
const SPEECH_NOUNS: &[&str] = &["تصريح", "تصريحات", "حديث", "مقابله", "حوار"];

/// Whether a word (its whole and stem lossy keys) is one of `verbs`, with or without a
/// conjunction in front (قال, وقال, فأضاف).
fn verb_in(verbs: &[&str], full: &str, stem: &str) -> bool {
    let bare = full.strip_prefix(['و', 'ف']).unwrap_or(full);
    [full, bare, stem].iter().any(|w| verbs.contains(w))
}

/// Whether a word (its whole and stem lossy keys) is a verb of speaking (قال, ويقول, ورأى).
pub(crate) fn speech_verb_key(full: &str, stem: &str) -> bool {
    verb_in(REPORTING_VERBS, full, stem) || verb_in(SPEAKING_VERBS, full, stem)
}

/// Whether token `k` is a reporting verb (قال, وقال, فأضاف).
fn reporting_verb(c: &Ctx, k: usize) -> bool {
    verb_in(REPORTING_VERBS, c.full(k), c.stem(k))
}

/// Frequent words that GeoNames also lists as place names (مدينة is Medina, باب is al-Bab):
/// without a place head or preposition they are read as words, not places.
fn common_word(k: &str) -> bool {
    is_function_word(k)
        || matches!(
            k,
            "مدينه"
                | "جديده"
                | "باب"
                | "حي"
                | "سوق"
                | "عين"
                | "بير"
                | "تل"
                | "جبل"
                | "دير"
                | "قريه"
                | "مركز"
                | "جمعه"
                | "سبت"
                | "احد"
                | "خميس"
                | "عام"
                | "اول"
                | "جامعه"
                | "وان"
                | "امس"
                | "يوم"
                | "شرق"
                | "غرب"
                | "شمال"
                | "جنوب"
                | "قلعه"
                | "نهر"
                | "بحر"
                | "وادي"
                | "منطقه"
                | "ميناء"
                | "حمام"
                | "كفر"
                | "راس"
                | "نور"
                | "امل"
                | "سلام"
                | "حريه"
                | "نصر"
                | "عز"
                | "فجر"
                | "صباح"
                | "ربيع"
                | "زهره"
                | "سعاده"
        )
}

/// A nisba adjective with the article (الشرقي، الجنوبية): qualifies a head, is not a name.
/// Is the word at `i` (with the article) a small GeoNames district seat's name (every one of
/// `places`) followed by an adjective with the article? Then it is a common noun and its
/// adjective (العمود الفقري, الحرف اليدوية, الجزيرة العربية), not the seat.
///
/// In a construct the adjective may belong to the noun before (متنزه الحبلة السياحي, شباب الباحة
/// الثاني), so there the adjective must agree with the seat's name in gender (a final ة either on
/// both or on neither: العقبة الرئيسية, العمود الفقري); after a preposition, a pronoun or a
/// punctuation mark it need not (في الحرف اليدوية). A district's head keeps its name (حي البلد
/// التاريخي).
fn seat_before_adjective(c: &Ctx, i: usize, places: &[crate::lexicon::Place]) -> bool {
    let e = i + 1;
    let small_seats = !places.is_empty() && places.iter().all(|p| !p.country_level && p.population < 100_000 && p.geo.geonames_id.is_some());
    if !(small_seats && e < c.doc.tokens.len() && c.same_sentence(i, e) && c.has_article(e) && !c.used[e] && (is_adjective(c.full(e)) || ORDINALS.contains(&c.stem(e)))) {
        return false;
    }
    let feminine = |k: usize| c.stem(k).ends_with('ه');
    let before = i.checked_sub(1).filter(|&k| c.same_sentence(k, i));
    match before {
        Some(k) if place_head(c.stem(k)).is_some() => false,
        Some(k) if c.arabic(k) && !is_function_word(c.full(k)) && !is_function_word(c.stem(k)) => feminine(i) == feminine(e),
        _ => true,
    }
}

/// Ordinal adjectives (lossy stems), which follow a common noun: الحرف الأول, الدور الثاني.
const ORDINALS: &[&str] = &["اول", "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "اخير", "اخيره"];

pub(crate) fn is_adjective(full: &str) -> bool {
    full.starts_with("ال") && (full.ends_with('ي') || full.ends_with("يه")) && full.chars().count() >= 5
}

/// Organisation heads: the name continues over the words after them.
pub(crate) const ORG_HEADS: &[&str] = &[
    "قوات",
    "تنظيم",
    "وزاره",
    "مكتب",
    "مرصد",
    "وكاله",
    "قناه",
    "جيش",
    "حركه",
    "حزب",
    "جبهه",
    "هيئه",
    "مجلس",
    "منظمه",
    "لجنه",
    "صحيفه",
    "شركه",
    "جامعه",
    "محكمه",
    "اتحاد",
    "مؤسسه",
    "مديريه",
    "دائره",
    "سلطه",
    "نقابه",
    "مكتب",
    "تحالف",
    "كتائب",
    "الويه",
    "لواء",
    "فصيل",
    "جماعه",
    "مفوضيه",
    "بعثه",
    "برنامج",
    "صندوق",
    "بنك",
    "مصرف",
    "وحدات",
];

/// Heads of news outlets, whose name may follow in quotes: صحيفة "الشرق الأوسط". They are
/// organisation heads too; the tagger's head flag reads [`ORG_HEADS`] alone, because changing
/// that list changes the model's features and means retraining it.
const MEDIA_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه", "فضائيه", "تلفزيون", "اذاعه", "وكاله"];

/// Heads of bodies that [`ORG_HEADS`] leaves out (the tagger's head flag reads that list, so
/// growing it means retraining): after a title they start no person's name (مدير جمعية …,
/// سفير خادم الحرمين).
const OTHER_BODY_HEADS: &[&str] = &[
    // (and an honorific made of a noun and its genitive: خادم الحرمين الشريفين)
    "خادم",
    "جمعيه",
    "معهد",
    "مركز",
    "نادي",
    "متحف",
    "اكاديميه",
    "كليه",
    "مدرسه",
    "مستشفي",
    "ديوان",
    "شؤون",
    "اداره",
    "قسم",
    "دار",
    "بلديه",
    "امانه",
    "فرع",
    "فريق",
    "منتخب",
    "مجمع",
    "مصلحه",
    "غرفه",
    "شرطه",
    "جهاز",
    "جمرك",
];

/// Football clubs of the region whose names are also common words (الهلال "the crescent",
/// الشباب "the youth", الاتحاد "the union", التعاون "cooperation"), written as lossy keys with
/// their article. The tagger reads some in one sense everywhere and others in none, so the
/// entity stage reads them itself ([`sports_clubs`]): a club only where the page names it
/// after نادي or فريق. Names that are also towns or ordinary adjectives (الرياض, نجران,
/// العين, العربي, الأفريقي) are left to the tagger and the gazetteer. A club whose name is
/// no common word (برشلونة, الزمالك) needs no entry.
const CLUBS: &[&str] = &[
    // Saudi Arabia
    "الهلال",
    "النصر",
    "الاتحاد",
    "الاهلي",
    "الشباب",
    "الفتح",
    "التعاون",
    "الرائد",
    "الفيصلي",
    "العروبه",
    "الوحده",
    "الاتفاق",
    "القادسيه",
    "الطائي",
    "الحزم",
    "العداله",
    "الجبلين",
    "الكوكب",
    "الفيحاء",
    "الشعله",
    "النهضه",
    "الاخدود",
    // the Gulf (and Jordan's الجزيرة)
    "الجزيره",
    "السد",
    "الريان",
    "الغرافه",
    "السالميه",
    "كاظمه",
    "الوصل",
    "المحرق",
    "الرفاع",
    // Egypt, the Maghreb, the Levant, Iraq and Sudan
    "الاسماعيلي",
    "المقاصه",
    "الترجي",
    "الصفاقسي",
    "الوداد",
    "الرجاء",
    "الوفاق",
    "الوحدات",
    "الرمثا",
    "الزوراء",
    "المريخ",
    "الصفاء",
    "النجمه",
];

/// Nouns a club's name can follow in another sense (lossy stems): رعاية الشباب (the youth),
/// فئة الشباب (the youth category), كأس الاتحاد (the federation's cup), طيران الاتحاد (Etihad
/// Airways). A body's or place's head before it is read the same way (مجلس التعاون, هيئة
/// الهلال الأحمر).
const NOT_CLUB_AFTER: &[&str] =
    &["رعايه", "فئه", "فئات", "درجه", "منتخب", "منتخبات", "دول", "سن", "اوساط", "مرحله", "شريحه", "قطاع", "وزير", "كاس", "دوري", "بطوله", "بيوت", "توظيف", "تمكين", "طيران"];

/// Words of a sports page (lossy stems): two of them make a page on which a club's name the
/// tagger reads may stand alone ([`sports_page`]).
const SPORTS_WORDS: &[&str] = &[
    "مباراه",
    "مباريات",
    "دوري",
    "لاعب",
    "لاعبي",
    "لاعبين",
    "مدرب",
    "ملعب",
    "هدف",
    "اهداف",
    "بطوله",
    "منتخب",
    "نادي",
    "فريق",
    "حارس",
    "مهاجم",
    "جماهير",
    "تعاقد",
    "تعادل",
    "هدفين",
    "شوط",
    "مرمي",
    "كره",
    "كاس",
];

/// Kinship words with the pronoun "my" (keys): a memoir's أبي, أمي, أخي are no names.
const MY_KIN: &[&str] = &["ابي", "امي", "اخي", "اختي", "جدي", "جدتي", "عمي", "عمتي", "خالي", "خالتي", "ابني", "ابنتي", "زوجي", "زوجتي"];

/// Words after a kinship word that describe the kin, not the name (lossy keys).
const KIN_DESCRIPTIONS: &[&str] = &["الصغري", "الكبري", "الاكبر", "الاصغر", "الاوسط", "الوسطي", "الوحيد", "الوحيده", "البكر", "الراحل", "الراحله", "البار", "الجميل", "العزيز", "الغالي"];

/// A kinship word with a possessive pronoun (lossy key): ابنك, أخيه, شقيقتها, زوجته, والدته. Not
/// أبي, أبو or أبا (a kunya), not أمي (also Amy, آمي بارتليت, often written without its madda),
/// not صديقي (also the surname Siddiqui), not أمة (the given names أمة الله, أمة الرحمن), and
/// not جده (also Jeddah's key), عمة or خالة.
fn kin_with_pronoun(full: &str) -> bool {
    const BASES: &[&str] = &[
        "ابن",
        "ابنت",
        "بنت",
        "اخ",
        "اخو",
        "اخي",
        "اخا",
        "اخت",
        "اب",
        "ابو",
        "ابي",
        "ابا",
        "ام",
        "والد",
        "والدت",
        "زوج",
        "زوجت",
        "جد",
        "جدت",
        "عم",
        "عمت",
        "خال",
        "خالت",
        "شقيق",
        "شقيقت",
        "حفيد",
        "حفيدت",
        "نجل",
        "نجلت",
        "صديق",
        "صديقت",
        "اهل",
    ];
    if matches!(full, "ابي" | "ابو" | "ابا" | "امي" | "امه" | "صديقي" | "جده" | "عمه" | "خاله") {
        return false;
    }
    ["هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ك", "ه", "ي"].iter().any(|p| full.strip_suffix(p).is_some_and(|base| BASES.contains(&base)))
}

/// Words of kinship after a name, which describe the person by another (شقيق, "brother of").
/// Not ابن or بنت, which are part of a nasab (محمد ابن سلمان).
const KINSHIP: &[&str] = &["شقيق", "شقيقه", "حفيد", "حفيده", "نجل", "نجله", "والد", "والده", "زوج", "زوجه", "ارمله", "طليق", "طليقه", "صهر"];

/// Honorifics that stand for a person's name (معاليه, سموه, with the pronoun) or before it
/// (lossy keys).
const HONORIFICS: &[&str] = &["معالي", "سمو", "سماحه", "فضيله", "فخامه", "جلاله", "سعاده"];

/// A body's own organs, which every company, club or university has (مجلس الإدارة, "the board
/// of directors"; هيئة التدريس, "the teaching staff"): descriptions, not one body across
/// stories (lossy stem keys).
const ORGANS: &[&str] = &["مجلس اداره", "هيئه تدريس", "مجلس امناء", "جمعيه عموميه", "مجلس ادارتها", "مجلس ادارته", "لجنه تنفيذيه", "هيئه اداريه"];

/// Body heads that, before a titled person, name the person's office or team rather than a
/// body named after him (إدارة الأمير فلان, فريق الأمير فلان).
const OFFICES: &[&str] = &["خادم", "ديوان", "شؤون", "اداره", "قسم", "فرع", "فريق", "منتخب", "غرفه", "شرطه", "جهاز", "مصلحه", "امانه", "بلديه"];

/// Forms of state written in construct before a country's name (جمهورية مصر, دولة الكويت), as
/// lossy keys.
const STATE_FORMS: &[&str] = &["جمهوريه", "مملكه", "سلطنه", "اماره", "دوله", "امبراطوريه"];

/// What حركة ("movement") is the motion of when it names no movement (lossy stems): winds,
/// traffic, trade, transport, shipping, travellers, markets, building.
const MOVING_THINGS: &[&str] = &[
    "رياح",
    "سير",
    "مرور",
    "تجاره",
    "نقل",
    "ملاحه",
    "طيران",
    "سفن",
    "قطارات",
    "حافلات",
    "مسافرين",
    "زوار",
    "حجاج",
    "معتمرين",
    "اسواق",
    "سوق",
    "اسهم",
    "تداول",
    "تداولات",
    "بيع",
    "شراء",
    "بناء",
    "عمران",
    "سياحه",
    "هجره",
    "نزوح",
    "اسعار",
    "سيارات",
    "مركبات",
    "شاحنات",
    "مشاه",
    "ركاب",
    "بضائع",
    "سلع",
    "اموال",
    "استثمار",
];

/// Adjectives of a body's rank or scope after its head (lossy stems): الهيئة العليا, اللجنة
/// التنفيذية, البرنامج الوطني. Such a body's name takes a purpose phrase of two nouns.
const RANK_ADJECTIVES: &[&str] = &["عليا", "اعلي", "تنفيذيه", "تنفيذي", "وطنيه", "وطني", "اشرافيه", "اشرافي", "تنسيقيه", "تنسيقي", "دائمه", "دائم", "استشاريه", "استشاري", "بلدي"];

/// Reporters, whose outlet follows them: مراسل الجزيرة, مراسلة العربية.
const REPORTERS: &[&str] = &["مراسل", "مراسله", "مراسلو", "مراسلي", "موفد", "موفده"];

/// Organisation heads of armed forces and groups. An analyst follows these actors under their
/// descriptions too (القوات الموالية, قوات المعارضة, جيش النظام, التنظيم الإرهابي), so the
/// words after them need no evidence of a proper name ([`org_name_evidence`]).
const ARMED_HEADS: &[&str] = &["قوات", "جيش", "تنظيم", "كتائب", "الويه", "لواء", "فصيل", "جماعه", "تحالف", "جبهه", "وحدات"];

/// Adjectives of scope that mark the name of a body, not a description (with the article:
/// مجلس الأمن الدولي, برنامج الأغذية العالمي, المفوضية الأوروبية, الهيئة الوطنية لمكافحة
/// الفساد), as lossy stems.
const SCOPE_ADJECTIVES: &[&str] =
    &["وطني", "وطنيه", "دولي", "دوليه", "عالمي", "عالميه", "اممي", "امميه", "اوروبي", "اوروبيه", "افريقي", "افريقيه", "اسيوي", "اسيويه", "خليجي", "خليجيه", "عربي", "عربيه", "اتحادي", "اتحاديه"];

/// Common adjectives that end many names of bodies and offices (مكتب المدعي العام, المجلس
/// الأعلى, قوات الطوارئ الخاصة), as lossy stems: they are ordinary words, yet part of the name.
const NAME_ADJECTIVES: &[&str] = &["عام", "عامه", "اعلي", "عليا", "خاص", "خاصه", "جديد", "جديده", "موحد", "موحده", "مشترك", "مشتركه", "مستقل", "مستقله", "حر", "حره", "كبير", "كبري", "اول", "اولي"];

/// Adjectives that say which armed force a description means (القوات الحكومية, القوات
/// الموالية, قوات الأمن → القوات الأمنية), as lossy stems: analysts follow these actors.
const ACTOR_ADJECTIVES: &[&str] = &["حكومي", "حكوميه", "نظامي", "نظاميه", "موالي", "مواليه", "امني", "امنيه", "مسلح", "مسلحه", "معارض", "معارضه", "شعبي", "شعبيه", "حر", "حره", "خاص", "خاصه"];

/// Adjectives of allegiance whose object, after ل, says whose force or paper a description
/// means (القوات الموالية لهادي, الصحيفة التابعة للحزب), as lossy stems.
const RELATIONAL_ADJECTIVES: &[&str] = &["موالي", "مواليه", "موالين", "موالون", "تابع", "تابعه", "حليف", "حليفه", "متحالف", "متحالفه"];

/// Heads whose name is feminine or a plural, which an adjective ending in ة agrees with
/// (القوات البرية, الهيئة العامة, الكتائب المسلحة); after any other head such an adjective
/// belongs to a noun before it (شبكات التنظيم السرية: the networks are secret).
fn feminine_head(stem: &str) -> bool {
    stem.ends_with('ه') || stem.ends_with("ات") || matches!(stem, "كتائب" | "الويه")
}

/// Where the words after a head with the article (`head`) stop agreeing with it. Such a head
/// takes no genitive, so what names it can only be adjectives with the article: a plural noun
/// (رفض التنظيم الاتهامات: the accusations), a bare word, or an adjective of the other
/// gender ends the name. A preposition's phrase after an adjective (المكتب الإعلامي للتحالف,
/// المرصد السوري لحقوق الإنسان) carries on; one right after the head ends it.
fn agreeing_modifiers(c: &Ctx, head: usize, e: usize) -> usize {
    let fem = feminine_head(c.stem(head));
    for k in head + 1..e {
        let f = c.full(k);
        if f.starts_with('ل') && !f.starts_with("ال") {
            // (a name puts an adjective before its preposition's phrase: الهيئة الوطنية لمكافحة
            // الفساد; right after the head the phrase is the sentence's: أرسلت الهيئة للجهات
            // المعنية, "the authority sent to the parties concerned")
            return if k == head + 1 { k } else { e };
        }
        let st = c.stem(k);
        let agrees = c.has_article(k) && !st.ends_with("ات") && (fem || !st.ends_with('ه') || st.chars().count() < 4);
        if !agrees {
            return k;
        }
    }
    e
}

/// Is the word (a lossy stem, the article already off) an adjective of direction (الغربي,
/// الشمالية, الأوسط)?
fn is_direction(stem: &str) -> bool {
    matches!(stem.strip_suffix('ه').unwrap_or(stem), "شمالي" | "جنوبي" | "شرقي" | "غربي" | "اوسط" | "وسطي" | "ادني" | "اقصي")
}

/// An ordinal (its lossy stem, either gender) that numbers rulers and popes after their given
/// name: الأول, الثانية … العاشر.
fn regnal_ordinal(stem: &str) -> bool {
    matches!(stem.strip_suffix('ه').unwrap_or(stem), "اول" | "اولي" | "ثاني" | "ثالث" | "رابع" | "خامس" | "سادس" | "سابع" | "ثامن" | "تاسع" | "عاشر")
}

/// Whether `stem` is a place head in the dual or the plural (بلدتين, مدينتان, ولايات; with the
/// article, المخيمين): it counts places, it names none. (A bare masculine one may be a name:
/// سجنان, Sejnane in Tunisia.)
fn heads_counted(stem: &str, article: bool) -> bool {
    // (the feminine heads without their ه, which the dual and the plural replace)
    const FEMININE: &[&str] = &["مدين", "بلد", "قري", "محافظ", "عاصم", "ولاي", "منطق", "جزير", "بحير", "قاعد", "كنيس"];
    let feminine = ["تين", "تان", "ات"].iter().any(|s| stem.strip_suffix(s).is_some_and(|r| FEMININE.contains(&r)));
    let masculine = ["ين", "ان"].iter().any(|s| stem.strip_suffix(s).is_some_and(|r| place_head(r).is_some()));
    feminine || (masculine && article)
}

/// Place heads → type of the place named after them.
pub(crate) fn place_head(k: &str) -> Option<EntityType> {
    Some(match k {
        "مدينه" | "بلده" | "قريه" | "محافظه" | "عاصمه" | "ولايه" | "اقليم" | "قضاء" | "ناحيه" => EntityType::Gpe,
        "حي" | "ريف" | "نهر" | "جبل" | "منطقه" | "وادي" | "سهل" | "بحيره" | "جزيره" | "بحر" | "صحراء" => EntityType::Loc,
        "مخيم" | "معبر" | "مطار" | "سجن" | "مستشفي" | "ميناء" | "قاعده" | "سد" | "جسر" | "مسجد" | "كنيسه" | "معسكر" => EntityType::Fac,
        _ => return None,
    })
}

/// Heads of natural features that NewsFANE names with the head (see the place-head rule).
const NATURAL_HEADS: &[&str] = &["نهر", "وادي", "سهل", "جبل"];

/// A facility's head behind a preposition the tokenizer left on it (بمستشفى, لمطار, كسجن; only و
/// or ف before it): the head's key and the preposition's byte length.
fn glued_facility_head(c: &Ctx, i: usize) -> Option<(String, u32)> {
    glued_head(c, i, |r| place_head(r) == Some(EntityType::Fac))
}

/// Token `i`'s stem without a ب, ل or ك the tokenizer left on it, where the rest is a head
/// (`is_head`) and only و or ف stands before the letter: the rest and the letter's byte length
/// in the raw text, which a mention named from the head leaves out.
fn glued_head(c: &Ctx, i: usize, is_head: impl Fn(&str) -> bool) -> Option<(String, u32)> {
    let rest = c.stem(i).strip_prefix(['ب', 'ل', 'ك']).filter(|r| is_head(r))?;
    let before = c.doc.tokens[i].prefix(&c.doc.raw);
    if !c.arabic(i) || !before.chars().all(|ch| matches!(ch, 'و' | 'ف')) {
        return None;
    }
    // (the letter may be drawn out: بـمطار)
    let cut = c.doc.tokens[i].stem.slice(&c.doc.raw).char_indices().find(|&(k, ch)| k > 0 && ch != 'ـ').map_or(0, |(k, _)| k as u32);
    Some((rest.to_string(), cut))
}

/// The mention pushed at `before` or later that starts on a head with a glued letter
/// ([`glued_head`]) starts after the letter, and its key opens on the head's own word.
fn drop_glued_letter(c: &mut Ctx, before: usize, start: u32, (rest, cut): (String, u32)) {
    if let Some(m) = c.out[before..].iter_mut().find(|m| m.span.start == start) {
        m.span.start += cut;
        m.value.key = match m.value.key.split_once(' ') {
            Some((_, tail)) => format!("{rest} {tail}"),
            None => rest,
        };
    }
}

/// Does token `i`, whose stem is a place head, carry a hamza its head never has? The lossy key
/// folds أ into ا, so وأدى ("and it led to") reads as وادي ("valley"); of the place heads only
/// إقليم is spelt with one.
fn hamza_clash(c: &Ctx, i: usize) -> bool {
    let raw = c.doc.tokens[i].stem.slice(&c.doc.raw);
    raw.contains(['أ', 'إ', 'آ']) && c.stem(i) != "اقليم"
}

/// The tagger's type index of nationalities and groups.
const TYPES_NORP: usize = 5;

/// Is the word (a stem) an adjective of a country, region or people: الأميركي, السورية,
/// الإسرائيلي, الخليجي? Its stem without the nisba ending is a prominent place or a known
/// actor, as written or with the ending a place name drops (أميركا, سوريا, سورية, أفغانستان).
pub(crate) fn place_adjective(stem: &str) -> bool {
    let lx = Lexicon::get();
    crate::lexicon::nisba_bases(stem)
        .iter()
        .any(|k| lx.places.get(k.as_str()).is_some_and(|ps| ps.iter().any(|p| p.well_known())) || lx.actors.get(k.as_str()).is_some_and(|a| a.etype.is_place() || a.etype == EntityType::Norp))
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
    // the one spoken to, in quotes after لـ in a reported clause, is the outlet that carries the
    // interview: «وقال لـ"الشرق الأوسط" إن …» (a newspaper, not the region); some papers write
    // their own name in parentheses (وأوضح لـ(عكاظ) المتحدث)
    if matches!(c.full(i), "ل" | "لـ") && c.doc.tokens[i].span.end == c.doc.tokens[a].span.start && matches!(c.full(a), "\"" | "«" | "“" | "(") {
        let close = closing_mark(c, a, 6)?;
        let inside = a + 1..close;
        // (the verb may stand a clause away: وقال فلان، المتحدث باسم …، لـ«…»)
        let in_sentence = |k: usize| !c.doc.raw.get(c.doc.tokens[k].span.end as usize..c.doc.tokens[i].span.start as usize).unwrap_or(".").contains(['\n', '.', '؟', '!']);
        let reported = (i.saturating_sub(15)..i).any(|k| in_sentence(k) && (speech_verb_key(c.full(k), c.stem(k)) || SPEECH_NOUNS.contains(&c.stem(k))));
        let key = inside.clone().map(|k| c.stem(k)).collect::<Vec<_>>().join(" ");
        // (a known actor keeps its own type: الموالين لـ«داعش», لـ(القاعدة), also under the
        // article, and a name in parentheses no person the tagger reads: لـ(إيريك هوفر))
        let full = inside.clone().map(|k| c.full(k)).collect::<Vec<_>>().join(" ");
        let actors = &Lexicon::get().actors;
        let actor = actors.contains_key(&key) || actors.contains_key(&full) || actors.contains_key(c.stem(a + 1));
        let actor = actor || (c.full(a) == "(" && inside.clone().any(|k| c.tagged_person(k, false)));
        let words = inside.clone().all(|k| !c.used[k] && (c.arabic(k) || c.doc.tokens[k].kind == TokenKind::Latin) && c.same_sentence(a, k));
        return (reported && words && !actor).then_some((a + 1, close));
    }
    // a news agency's credit in brackets, alone or before a dash (the photo's caption: زميله
    // رونالدينيو (الفرنسية), (الأوروبية - أرشيف); a story's source, (رويترز))
    if c.full(i) == "(" {
        let close = (a + 1..(a + 5).min(n)).find(|&k| matches!(c.full(k), ")" | "-" | "–" | "/" | "،" | ","))?;
        let text = c.doc.raw.get(c.doc.tokens[a].span.start as usize..c.doc.tokens[close - 1].span.end as usize)?;
        return (isnad_doc::agency(&isnad_text::key(text)).is_some() && (a..close).all(|k| !c.used[k])).then_some((a, close));
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

/// The token that closes the quote or bracket opened at token `open`, one to `within - 2` words
/// after it (a bracket closes a bracket, any closing quote a quote).
fn closing_mark(c: &Ctx, open: usize, within: usize) -> Option<usize> {
    let bracket = c.full(open) == "(";
    (open + 2..(open + within).min(c.doc.tokens.len())).find(|&k| if bracket { c.full(k) == ")" } else { matches!(c.full(k), "\"" | "»" | "”") })
}

/// What a paper's reporters do, in the feminine perfect a paper's name takes as its subject
/// (lossy keys): «وعلمت "الوطن" من مصادرها», «التقت "المدينة" عددًا من العاملين». The verbs are
/// those SaudiNewsNet (nine days of 2015) writes three times or more before a Saudi paper's name
/// in quotes, and rarely before another body's.
const PAPER_VERBS: &[&str] = &["علمت", "اطلعت", "التقت", "رصدت", "انفردت", "اجرت", "تواصلت", "حاولت", "سالت", "تحدثت"];

/// Verbs in the feminine perfect whose subject in quotes is a paper, a company or another body
/// (lossy keys): «قالت "موبايلي" إنها», «حصلت "الشرق الأوسط" على نسخة», «تسلمت "الخطوط
/// السعودية" طائرة». The first of them are, again, those SaudiNewsNet writes before a paper's
/// name; the rest cite.
const BODY_VERBS: &[&str] = &["حصلت", "تلقت", "نشرت", "ابلغت", "تسلمت", "قالت", "ذكرت", "اوضحت", "اكدت", "اعلنت", "نقلت", "اشارت", "كشفت", "افادت", "اوردت"];

/// A name in quotes or brackets right after a verb in the feminine perfect, as its subject, as
/// tokens `(a, e)` and the rule: a paper after what its reporters did ([`PAPER_VERBS`],
/// "outlet"), or a body after [`BODY_VERBS`] or «وكانت "…" قد (نشرت)» ("quoted-body"). A feminine
/// subject set in quotes is a paper, a company or an agency; a person so set is a pseudonym (أم
/// فهد) or a full name whose first word the news corpus gives persons (a paper's one word may be
/// one too: عكاظ).
fn quoted_subject(c: &Ctx, i: usize) -> Option<(usize, usize, &'static str)> {
    let n = c.doc.tokens.len();
    let open = i + 1;
    if open + 2 >= n || !matches!(c.full(open), "\"" | "«" | "“" | "(") || !c.same_sentence(i, open) || !c.full(i).ends_with('ت') {
        return None;
    }
    let close = closing_mark(c, open, 5)?;
    let verb = |vs: &[&str]| verb_in(vs, c.full(i), c.stem(i));
    let rule = if verb(PAPER_VERBS) {
        "outlet"
    } else if verb(BODY_VERBS) || (verb(&["كانت"]) && close + 1 < n && matches!(c.full(close + 1), "قد" | "نشرت")) {
        "quoted-body"
    } else {
        return None;
    };
    let inside = open + 1..close;
    let words = inside.clone().all(|k| !c.used[k] && (c.arabic(k) || c.doc.tokens[k].kind == TokenKind::Latin) && c.same_sentence(open, k) && !c.tagged_person(k, false));
    // (no function word but a two-word name's last, عين اليوم: «الحصيلة غير النهائية», «كما
    // يلاحظ»; a kunya is a person's, أكدت «أم فهد»; a body's head alone is the body named before,
    // «الوزارة»)
    let function = inside.clone().any(|k| is_function_word(c.stem(k)) && !(k + 1 == close && k > open + 1));
    let kunya = matches!(c.stem(open + 1), "ام" | "ابو" | "ماما");
    let head_alone = close == open + 2 && (c.is_head(ORG_HEADS, open + 1) || c.is_head(MEDIA_HEADS, open + 1));
    let person = close > open + 2 && crate::ner::corpus_name_type(c.stem(open + 1)) == Some("PER");
    // (what is said in quotes after قالت ends its sentence: قالت «طب خلاص». A name ends one
    // after other verbs, حسبما نقلت «وام».)
    let said = verb(&["قالت"]) && (close + 1 >= n || matches!(c.full(close + 1), "." | "!" | "؟") || !c.same_sentence(close, close + 1));
    // (a known actor keeps its own type, «داعش»; a place so set is a paper or a company named
    // after it: «المدينة», «عكاظ», «الشرق الأوسط»)
    let lx = Lexicon::get();
    let stems = inside.clone().map(|k| c.stem(k)).collect::<Vec<_>>().join(" ");
    let fulls = inside.clone().map(|k| c.full(k)).collect::<Vec<_>>().join(" ");
    let known = [&stems, &fulls].iter().any(|k| lx.actors.contains_key(k.as_str()));
    (words && !function && !kunya && !head_alone && !person && !said && !known).then_some((open + 1, close, rule))
}

/// Pushes a name the page sets between quotes or brackets, as whole words: a name so set takes
/// no conjunction before it nor pronoun after it, so «فلاي دبي» keeps its ف and «روتانا» its نا
/// where the tokenizer split them off (the ending and the key as [`fix_name_clitics`] mends a
/// tagger's name).
fn push_quoted(c: &mut Ctx, a: usize, e: usize, rule: &'static str) {
    let before = c.out.len();
    if c.push(a, e, EntityType::Org, None, rule, 0.8) != (a, e) || c.out.len() == before {
        return;
    }
    let doc = c.doc;
    let first = &doc.tokens[a];
    let conjunction = first.prefix(&doc.raw).chars().all(|ch| matches!(ch, 'و' | 'ف')) && !first.prefix(&doc.raw).is_empty();
    if let Some(m) = c.out.last_mut() {
        if conjunction {
            m.span.start = first.span.start;
        }
        fix_name_clitics(doc, m, a, e);
    }
}

/// Does the news corpus read the word (a stem) as a person's name, 30% of the times it has it or
/// more? (Being found after titles is no test: الملك يعين, "the King appoints".)
fn given_name(stem: &str) -> bool {
    crate::ner::corpus_named_share(stem) >= 2 && crate::ner::corpus_name_type(stem) == Some("PER")
}

/// Rule 1a: airlines named after a place (طيران X) or by a name before للطيران.
fn airlines(c: &mut Ctx) {
    let lx = Lexicon::get();
    let n = c.doc.tokens.len();
    for i in 0..n.saturating_sub(1) {
        // (the two words are looked at first: the sentence test costs more than they do)
        let (head, before) = (c.stem(i) == "طيران", c.full(i + 1) == "للطيران");
        if !(head || before) || c.used[i] || !c.same_sentence(i, i + 1) {
            continue;
        }
        if head && c.construct_form(i) {
            // (a country, a capital, a large city or a region of the gazetteer, the whole of its
            // name: الإمارات, الخليج, الشرق الأوسط; not an actor, طيران التحالف "the coalition's
            // aircraft")
            let known = |k: &str| lx.places.get(k).filter(|ps| !lx.actors.contains_key(k) && ps.iter().any(|p| p.well_known() || p.kind == Some(EntityType::Loc)));
            // (one word spelt with or without the article as the gazetteer spells it: جديدة and
            // أقصر, "new" and "shorter", are not الجديدة and الأقصر), and no word the news
            // corpus reads as an ordinary one (جديدة is also a seat in Yemen)
            let spelt = |e: usize, ps: &Vec<crate::lexicon::Place>| e > i + 2 || (ps.iter().any(|p| p.article == c.has_article(i + 1)) && !crate::ner::corpus_says_ordinary(c.stem(i + 1)));
            if let Some((e, _)) = c.longest(i + 1, lx.max_len, known).filter(|(e, ps)| spelt(*e, ps) && (i + 1..*e).all(|k| !c.used[k])) {
                c.push(i, e, EntityType::Org, None, "airline", 0.8);
            }
        } else if before
            && c.has_article(i)
            // (a word the news corpus names things with, or a place's: العربية, الجوف; not
            // الرابعة, العامة, الأرضية)
            && (crate::ner::corpus_name_type(c.stem(i)).is_some() || place_adjective(c.stem(i)) || lx.places.contains_key(c.stem(i)))
            && !c.used[i + 1]
            // (an adjective after a definite noun describes it, الطائرات الأميركية للطيران,
            // unless و joins it as the next of a list: طيران الإمارات والعربية للطيران)
            && (c.doc.tokens[i].prefix(&c.doc.raw).starts_with('و') || !(i > 0 && c.same_sentence(i - 1, i) && c.arabic(i - 1) && c.has_article(i - 1)))
        {
            c.push(i, i + 2, EntityType::Org, None, "airline", 0.8);
        }
    }
}

/// Rule 1b: the names that follow a paper's or channel's head in the bodies read so far,
/// pushed again where the page writes them alone between brackets or quotes.
fn papers_named_again(c: &mut Ctx) {
    let n = c.doc.tokens.len();
    let mut names: Vec<Vec<String>> = Vec::new();
    for m in c.out.iter().filter(|m| m.value.etype == EntityType::Org) {
        // (tokens are in text order: the mention's first token and the one after its end)
        let h = c.doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let e = c.doc.tokens.partition_point(|t| t.span.start < m.span.end);
        if h < n && e > h + 1 && e <= h + 4 && c.is_head(MEDIA_HEADS, h) && c.construct_form(h) {
            let name: Vec<String> = (h + 1..e).map(|k| c.stem(k).to_string()).collect();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let opens = |w: &str| matches!(w, "(" | "\"" | "«" | "“");
    let closes = |w: &str| matches!(w, ")" | "\"" | "»" | "”");
    for i in 0..n.saturating_sub(2) {
        if !opens(c.full(i)) {
            continue;
        }
        for name in &names {
            let e = i + 1 + name.len();
            if e < n && closes(c.full(e)) && (i + 1..e).all(|k| !c.used[k] && c.stem(k) == name[k - i - 1] && matches!(c.doc.tokens[k].prefix(&c.doc.raw), "" | "ال")) {
                c.push(i + 1, e, EntityType::Org, None, "outlet", 0.8);
                break;
            }
        }
    }
}

/// Is token `k` an adjective without the article (دولي, أميركية), which describes the noun
/// before it rather than naming it?
fn bare_adjective(c: &Ctx, k: usize) -> bool {
    !c.has_article(k) && (place_adjective(c.stem(k)) || SCOPE_ADJECTIVES.contains(&c.stem(k)))
}

/// Does token `k` start with a preposition (ل, ك, ب) glued to an ordinary word or a place:
/// لأربعين, كميناء, لحكومته, بجدة? A place's name after a head word never starts or goes on with
/// one (مطار بلاكبوش بلندن), nor does a person's after a title (مستشفى الملك فهد بسعة 270 سريرا).
fn glued_preposition(c: &Ctx, k: usize) -> bool {
    let Some(token) = c.doc.tokens.get(k) else { return false };
    let prefix = token.prefix(&c.doc.raw);
    if !prefix.is_empty() && !prefix.ends_with("ال") && prefix.chars().any(|ch| matches!(ch, 'ل' | 'ك' | 'ب')) {
        return true;
    }
    let st = c.stem(k);
    let Some(rest) = st.strip_prefix(['ل', 'ك', 'ب']).filter(|r| r.chars().count() >= 3) else { return false };
    let lx = Lexicon::get();
    // (the news corpus names بلندن as often as لندن, but a word that is no place itself and
    // whose rest is a commoner place is the place with a preposition; بريدة is a town)
    let commoner = |w: &str| crate::ner::word_stats(w).prior / 4;
    let place = lx.places.contains_key(rest) && !lx.places.contains_key(st) && commoner(rest) > commoner(st);
    place || (!crate::ner::corpus_says_named(st) && (crate::ner::corpus_says_ordinary(rest) || place_head(rest).is_some() || ORG_HEADS.contains(&rest)))
}

/// Do the words after an organisation head (`head`, its name up to `e`) name a body, or only
/// describe one? A name has a word the tagger reads as a name, a word the news corpus names
/// things with (الشام; a word it reads as a nationality does not count), an adjective of a place (الجيش الأميركي, المرصد السوري), or an
/// acronym in parentheses after it. What is left is a description: حركة الطائرات,
/// برنامج التنصت, شركة الإنتاج, المنظمة الحقوقية, and شركة إماراتية ("an Emirati
/// company": the adjective of a place names a body only with the article).
fn org_name_evidence(c: &Ctx, head: usize, e: usize) -> bool {
    let norp = TYPES_NORP;
    if indefinite_description(c, head, e) {
        return false;
    }
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
    }) || (e + 2 < c.doc.tokens.len() && c.full(e) == "(" && c.full(e + 2) == ")")
}

/// Is the phrase `head..e` a bare head with bare adjectives only, an indefinite noun (وكالة
/// عامة "a general power of attorney", قوات خاصة), whatever the tagger or the corpus says of the
/// adjective inside names?
fn indefinite_description(c: &Ctx, head: usize, e: usize) -> bool {
    // (an adjective the corpus knows as a common word: إلينوى, spelt like a nisba, names جامعة
    // إلينوى)
    e > head + 1
        && !c.has_article(head)
        && (head + 1..e).all(|k| !c.has_article(k) && (NAME_ADJECTIVES.contains(&c.stem(k)) || (is_adjective(c.full(k)) && crate::ner::corpus_says_ordinary(c.stem(k)))))
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
    // (one letter is no name: لـ before a quoted name, د of د. for doctor)
    if st.chars().count() < 2 {
        return false;
    }
    // (a title is no name either: نائب رئيس النادي is a deputy chairman, not a man called رئيس)
    // (nor a word with the article behind a conjunction: مدير الهيئة العامة للسياحة والتراث
    // الوطني names a body's second part, not a man called التراث)
    if is_function_word(f)
        || is_function_word(st)
        || f.starts_with("ال")
        || c.has_article(j)
        || TITLE_ADJECTIVES.contains(&st)
        || ORG_HEADS.contains(&st)
        || MEDIA_HEADS.contains(&st)
        || OTHER_BODY_HEADS.contains(&st)
        || place_head(st).is_some()
        || TITLES.contains(&f)
        || TITLES.contains(&st)
        // (nor an honorific, with its pronoun or without: حمّل الملك معاليه, "His Excellency")
        || HONORIFICS.contains(&st)
        || st.strip_suffix('ه').is_some_and(|h| HONORIFICS.contains(&h))
    {
        return false;
    }
    let rest: String = st.chars().skip(1).collect();
    // a word the news corpus almost never names anything with (بلدية, بإرسال, لزعماء, لسوق)
    // starts no name
    let glued = matches!(st.chars().next(), Some('ب' | 'ل' | 'و' | 'ف')) && rest.chars().count() >= 3 && !crate::ner::corpus_says_named(st);
    if crate::ner::corpus_says_ordinary(st) || (glued && crate::ner::corpus_says_ordinary(&rest)) {
        return false;
    }
    // nor a state's form or a word the corpus names bodies and places with, which after a title
    // is its office (رئيس جمهورية مصر, وزير خارجية إيران, مدير تعليم عسير), unless the tagger
    // reads a person there
    if (STATE_FORMS.contains(&st) || crate::ner::corpus_name_type(st).is_some_and(|t| t != "PER")) && !c.tagged_person(j, false) {
        return false;
    }
    // (nor a preposition glued to a place or body the lexicons know: بمكة, لسوريا)
    let lx = Lexicon::get();
    let known = |k: &str| lx.places.get(k).is_some_and(|ps| ps.iter().any(|p| p.well_known())) || lx.actors.get(k).is_some_and(|a| a.etype != EntityType::Per);
    !(matches!(st.chars().next(), Some('ب' | 'ل' | 'و' | 'ف'))
        && (ORG_HEADS.contains(&rest.as_str())
            || OTHER_BODY_HEADS.contains(&rest.as_str())
            || place_head(&rest).is_some()
            || TITLES.contains(&rest.as_str())
            || rest.starts_with("ال")
            || (rest.chars().count() >= 3 && known(&rest))))
}

/// A body or place named after a titled person, its name starting at `a` (جامعة الملك سعود,
/// مطار الملك خالد الدولي, مستشفى الأمير سلطان): the end of the title, the person's name and
/// any adjectives after it. `None` when `a` holds no title followed by a name.
fn named_after_person(c: &Ctx, a: usize) -> Option<usize> {
    let n = c.doc.tokens.len();
    // (the head is in construct, without the article: أمير المنطقة الأمير فيصل is no place)
    if a == 0
        || a + 1 >= n
        || c.has_article(a - 1)
        || !matches!(c.full(a), "الملك" | "الامير" | "الاميره" | "الشيخ" | "الشيخه" | "الامام" | "السلطان")
        || c.used[a]
        || !c.same_sentence(a, a + 1)
        || !c.arabic(a + 1)
        || !can_start_name(c, a + 1)
    {
        return None;
    }
    let mut e = c.nasab_end(a + 1, a + 2);
    // nisba adjectives after the name: الدولي, التخصصي
    while e < n && e < a + 8 && !c.used[e] && c.same_sentence(e - 1, e) && is_adjective(c.full(e)) {
        e += 1;
    }
    Some(e)
}

/// The end of a body named after a titled person that starts at `i`, bare head first (مؤسسة
/// الملك عبدالعزيز in برنامج مؤسسة الملك عبدالعزيز للموهبة): an organisation head, or another
/// body's head that is no office ([`OFFICES`]). A head before it is left out: the body is the
/// name a reader follows.
fn body_named_after_person(c: &Ctx, i: usize) -> Option<usize> {
    let body = c.is_head(ORG_HEADS, i) || (c.is_head(OTHER_BODY_HEADS, i) && !c.is_head(OFFICES, i));
    body.then(|| named_after_person(c, i + 1)).flatten()
}

/// Is the pair of words at `k` one of a body's [`ORGANS`]?
fn organ_at(c: &Ctx, k: usize) -> bool {
    k + 1 < c.doc.tokens.len() && ORGANS.contains(&format!("{} {}", c.stem(k), c.stem(k + 1)).as_str())
}

/// The end of a body's name that ends at `e`, taken on over the phrase of its purpose when
/// `purpose` (مركز الملك سلمان للإغاثة) and over one conjunct of that phrase: with its adjective
/// (للسياحة والتراث الوطني, للإغاثة والأعمال الإنسانية), or alone when the news corpus finds the
/// word inside names (للعلوم والتقنية). A conjunct in the plural in ات is more often the
/// sentence's list of other bodies (للسياحة والجهات المعنية), another head another body.
fn purpose_phrase(c: &Ctx, mut e: usize, purpose: bool) -> usize {
    let n = c.doc.tokens.len();
    let free = |k: usize| k < n && !c.used[k] && c.arabic(k) && c.same_sentence(k - 1, k);
    if purpose && free(e) && c.full(e).starts_with("لل") {
        e += 1;
        while free(e) && is_adjective(c.full(e)) {
            e += 1;
        }
    }
    let after_purpose = (e.saturating_sub(2)..e).any(|k| k > 0 && c.full(k).starts_with("لل"));
    // (another head is another body: للعلوم الأمنية والمنظمة العربية)
    let head = |k: usize| ORG_HEADS.contains(&c.stem(k)) || OTHER_BODY_HEADS.contains(&c.stem(k)) || MEDIA_HEADS.contains(&c.stem(k)) || place_head(c.stem(k)).is_some();
    // (nor is a name the tagger starts there or the alias table knows: القوات الموالية للحكومة
    // والحوثيين)
    let named = |k: usize| isnad_tagger::label_parts(c.tags[k]).is_some_and(|(_, begin)| begin) || Lexicon::get().actors.contains_key(c.stem(k));
    if !after_purpose || !free(e) || !c.full(e).starts_with("وال") || c.stem(e).ends_with("ات") || head(e) || named(e) {
        return e;
    }
    if free(e + 1) && is_adjective(c.full(e + 1)) && !matches!(c.stem(e + 1), "اخري" | "معنيه" | "مختلفه" | "مماثله") {
        e + 2
    } else if crate::ner::corpus_says_named(c.stem(e)) && !crate::ner::corpus_says_ordinary(c.stem(e)) {
        // a bare conjunct the news corpus finds inside names (للعلوم والتقنية, للبترول والمعادن)
        e + 1
    } else {
        e
    }
}

/// Is the word (a lossy stem, with or without its article) a title (الملك, أمير)?
pub(crate) fn is_title(stem: &str) -> bool {
    // (no allocation: canonicalisation asks this of every person mention of a run)
    TITLES.iter().any(|t| *t == stem || t.strip_prefix("ال") == Some(stem))
}

/// A title glued to the conjunction و whose own first letter is و (ووزير الخارجية, "and the
/// minister of foreign affairs"): the tokenizer keeps such a word whole, since a stem opening
/// with a second و is rarely one (ووهان), so its stem is no title; this reads the title.
pub(crate) fn and_title(full: &str) -> bool {
    full.strip_prefix('و').is_some_and(|r| r.starts_with('و') && TITLES.contains(&r))
}

/// Words that, in construct before a title, make another office of it: نائب رئيس الجمهورية is
/// the vice-president, مساعد وزير الخارجية an assistant minister, مستشار رئيس الوزراء an adviser.
pub(crate) const DEPUTIES: &[&str] = &["نائب", "مساعد", "وكيل", "مستشار"];

/// A title without the article, which takes a complement before any holder's name (وزير
/// الخارجية فلان): right before a name it is in construct with it, and the name is whose office
/// it is (مستشار أوباما, "Obama's adviser"; نائب ميركل; محافظ شقراء, a town's governor). (A
/// name glued to و after it is the next of a list, علي أمين وحسين المعراج, and the title's rule
/// reads it as before.)
pub(crate) fn bare_title(c: &Ctx, i: usize) -> bool {
    TITLES.contains(&c.stem(i)) && c.construct_form(i)
}

/// Whether the name at `j` is in construct with the bare title at `i` ([`bare_title`]): right
/// after it, or after an opening quote only (رئيس «واي كومبيناتور», the chairman of a company).
fn construct_after(c: &Ctx, i: usize, j: usize) -> bool {
    bare_title(c, i) && (j == i + 1 || (j == i + 2 && matches!(c.full(i + 1), "\"" | "«" | "“")))
}

/// Where a title's role begins: at the title, or at the deputy words in construct before it
/// (نائب رئيس الجمهورية), bare and in the same sentence.
fn role_start(c: &Ctx, i: usize) -> usize {
    let mut s = i;
    while s > 0 && c.same_sentence(s - 1, s) && !c.used[s - 1] && c.construct_form(s - 1) && DEPUTIES.contains(&c.stem(s - 1)) {
        s -= 1;
    }
    s
}

/// Whether a word's stem is one of [`RANKS`] (الأستاذ, الدكتور, اللواء): an honorific or rank,
/// which many hold, so it tells no one apart.
pub(crate) fn is_rank(stem: &str) -> bool {
    RANKS.iter().any(|r| r.strip_prefix("ال") == Some(stem))
}

/// Titles that precede a person's name.
pub(crate) const TITLES: &[&str] = &[
    "رئيس",
    "الرئيس",
    "وزير",
    "متحدث",
    "المتحدث",
    "متحدثه",
    "المتحدثه",
    "الناطق",
    "ناطق",
    "مبعوث",
    "المبعوث",
    "قائد",
    "القائد",
    "القيادي",
    "سفير",
    "السفير",
    "الملك",
    "الامير",
    "الشيخ",
    "المفتش",
    "مستشار",
    "المستشار",
    "النائب",
    "الجنرال",
    "العميد",
    "اللواء",
    "العقيد",
    "المقدم",
    "الرائد",
    "الدكتور",
    "المحلل",
    "الباحث",
    "الصحفي",
    "الصحافي",
    "المراسل",
    "مدير",
    "المدير",
    "امين",
    "الامين",
    "نائب",
    "زعيم",
    "الزعيم",
    "محافظ",
    "المحافظ",
];

pub(crate) struct Ctx<'a> {
    pub(crate) doc: &'a Document,
    pub(crate) used: Vec<bool>,
    pub(crate) out: Vec<Annotated<Mention>>,
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
    pub(crate) fn stem(&self, i: usize) -> &str {
        self.doc.keys.stem(i)
    }
    pub(crate) fn full(&self, i: usize) -> &str {
        self.doc.keys.full(i)
    }
    pub(crate) fn arabic(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Arabic)
    }
    /// Whether tokens `a` and `b` (in that order) stand in one sentence: nothing between them
    /// ends one. A token is in its own sentence.
    pub(crate) fn same_sentence(&self, a: usize, b: usize) -> bool {
        let (ta, tb) = (&self.doc.tokens[a], &self.doc.tokens[b]);
        self.doc.raw.get(ta.span.end as usize..tb.span.start as usize).is_none_or(|between| !between.contains(['\n', '.', '،', ',', ':', '؟', '(', ')']))
    }
    /// The tokens a mention's span covers, as (first, last + 1).
    fn token_range(&self, span: Span) -> (usize, usize) {
        let toks = &self.doc.tokens;
        (toks.partition_point(|t| t.span.end <= span.start), toks.partition_point(|t| t.span.start < span.end))
    }
    /// Mention span: from the article (not conjunctions/prepositions) of the first token.
    fn span(&self, a: usize, b: usize) -> Span {
        let t0 = &self.doc.tokens[a];
        let pre = t0.prefix(&self.doc.raw);
        let start = if pre.ends_with("ال") { t0.stem.start - "ال".len() as u32 } else { t0.stem.start };
        Span { start, end: self.doc.tokens[b - 1].stem.end }
    }
    /// Push a name over tokens `a..b`, its ends set by [`Ctx::trim_marks`] and
    /// [`Ctx::name_bounds`]; returns the tokens so set (an empty range where only a head was
    /// left).
    pub(crate) fn push(&mut self, a: usize, b: usize, etype: EntityType, canonical: Option<String>, rule: &'static str, conf: f32) -> (usize, usize) {
        let Some((a, b)) = self.trim_marks(a, b) else { return (a, a) };
        let Some(b) = self.rank_off_the_end(a, b, etype) else { return (a, a) };
        let b = self.name_bounds(a, b, etype);
        let key = (a..b).map(|k| self.stem(k)).collect::<Vec<_>>().join(" ");
        self.push_keyed(a, b, etype, canonical, key, rule, conf);
        (a, b)
    }
    /// A name neither starts nor ends on a quote, a bracket or a comma, nor ends on a clitic the
    /// page draws out before a quoted word or a number: ياسين لـ«الشرق الأوسط» (the tagger took
    /// «ياسين لـ» for the person, 48 times on nine days of 2015), المجلس التشاوري الـ15, «المتحدة
    /// للتأمين». `None` where only a head word would be left (صحيفة الـ«غارديان», حزب «فلامس
    /// بلانغ»): a head alone names nothing.
    fn trim_marks(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        if b <= a || b > self.doc.tokens.len() {
            return Some((a, b));
        }
        let mark = |k: usize| {
            let t = &self.doc.tokens[k];
            let text = t.text(&self.doc.raw);
            (t.kind == TokenKind::Punct && text.chars().all(|ch| matches!(ch, '«' | '»' | '"' | '“' | '”' | '(' | ')' | '[' | ']' | ',' | '،' | '؛')))
                || (text.ends_with('ـ') && matches!(text.trim_end_matches('ـ'), "ل" | "ب" | "ك" | "و" | "ف" | "ال" | "وال" | "بال" | "فال" | "كال" | "لل" | "ولل"))
        };
        let (mut a2, mut b2) = (a, b);
        while b2 > a2 + 1 && mark(b2 - 1) {
            b2 -= 1;
        }
        while a2 + 1 < b2 && mark(a2) {
            a2 += 1;
        }
        if (a2, b2) != (a, b) && b2 == a2 + 1 && self.head_word(a2) {
            return None;
        }
        Some((a2, b2))
    }
    /// A body or place never ends on the rank or honorific of the person named after it: رئيس
    /// بلدية محافظة المجمعة المهندس محمد الزيد, عميد الكلية الدكتور وسيم, المتحدث لجوازات المنطقة
    /// النقيب عبدالرحمن (57 names on nine days of 2015). The rank goes where a word follows it in
    /// the sentence and the word before it has the article. After a bare word the rank may be the
    /// name's own and stays (مسجد المشير طنطاوي, تل الشيخ حسين, شرم الشيخ). `None` where only a
    /// head would be left (الوزارة الشيخ): the head alone is the anaphor rule's.
    fn rank_off_the_end(&self, a: usize, b: usize, etype: EntityType) -> Option<usize> {
        let n = self.doc.tokens.len();
        if etype == EntityType::Per || b < a + 2 || b >= n || !RANKS.contains(&self.full(b - 1)) || !self.arabic(b) || !self.same_sentence(b - 1, b) {
            return Some(b);
        }
        // (not after a word with a pronoun: مجلس إدارتها المهندس is her board, no body's name, and
        // the span would end before the pronoun; nor after a town's name, where nothing tells
        // the rank from the name's own: قلوة المهندس is left as it was)
        if !self.has_article(b - 2) {
            return Some(b);
        }
        if b - 1 == a + 1 && self.head_word(a) {
            return None;
        }
        Some(b - 1)
    }
    /// Is token `k` a body's, outlet's or place's head word, which alone names nothing?
    fn head_word(&self, k: usize) -> bool {
        let st = self.stem(k);
        ORG_HEADS.contains(&st) || MEDIA_HEADS.contains(&st) || place_head(st).is_some()
    }
    /// Where a name found by any rule ends, whatever the rule's own reach:
    /// - a name never ends on بن, أبو, عبد, آل or بني when a word that can finish it follows in
    ///   the sentence (عمرو بن العاص, خان بني سعد, أحمد عيد عبد الملك): rules stop at the article
    ///   or at a length, and the connector is then left hanging. Where nothing can follow it
    ///   stays: شون بن is Sean Penn.
    /// - a person's name stops before a town glued to ب or ل (طريق الملك عبد الله ببريدة, جامع
    ///   الملك فهد بالطائف: "in Buraidah", "in Taif"). The town must be one the name means alone
    ///   (a country, a seat, a city of 100,000) or be written with the article and be no word
    ///   the corpus finds after titles (جميل بالقاسم), and its name be four letters or more (the rest of a surname such as
    ///   بدير or بنيس is a short word that a village somewhere is called). Where the tokenizer
    ///   left the letter on (ببريدة), only a country or a city of 100,000 counts: برستن of إيلن
    ///   برستن is no ب + الرستن, a district seat.
    fn name_bounds(&self, a: usize, mut b: usize, etype: EntityType) -> usize {
        let n = self.doc.tokens.len();
        if b <= a || b > n {
            return b;
        }
        // (a time of day before a day is no surname: أليكسيس تسيبراس صباح يوم الإثنين; صباح is a
        // given name elsewhere, صباح الأحمد)
        if etype == EntityType::Per
            && b > a + 1
            && b < n
            && matches!(self.full(b - 1), "صباح" | "مساء" | "ظهر" | "عصر" | "فجر" | "ليله")
            && self.same_sentence(b - 1, b)
            && matches!(self.full(b), "يوم" | "اليوم" | "امس" | "غد" | "غدا" | "الجمعه" | "السبت" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس")
        {
            b -= 1;
        }
        if etype == EntityType::Per && b > a + 1 {
            let lx = Lexicon::get();
            let glued_town = |k: usize| {
                let t = &self.doc.tokens[k];
                let pre = t.prefix(&self.doc.raw).trim_start_matches(['و', 'ف']);
                let town = |rest: &str, ok: &dyn Fn(&crate::lexicon::Place) -> bool| rest.chars().count() >= 4 && lx.places.get(rest).is_some_and(|ps| ps.iter().any(|p| p.kind.is_none() && ok(p)));
                if pre.starts_with(['ب', 'ل']) {
                    let (rest, art) = (self.stem(k), self.has_article(k));
                    town(rest, &|p| p.well_known() || (art && !crate::ner::follows_titles(rest)))
                } else {
                    // (a letter the tokenizer left on, ببريدة: only a big town's name)
                    self.after_glued_preposition(k).is_some_and(|rest| town(rest, &|p| p.country_level || p.population >= 100_000))
                }
            };
            if let Some(k) = (a + 1..b).find(|&k| glued_town(k)) {
                b = k;
                while b > a + 1 && is_name_connector(self.full(b - 1)) {
                    b -= 1;
                }
                return b;
            }
        }
        if !matches!(etype, EntityType::Per | EntityType::Org | EntityType::Fac | EntityType::Gpe | EntityType::Loc | EntityType::Norp) {
            return b;
        }
        // (a tribe's بني alone takes its name too: قبيلة بني عامر, 14 peoples «بني» on nine days)
        // (spelt with ي: بنى is the verb "built", بنى الرومان الطرق)
        let tribe = b == a + 1 && self.full(a) == "بني" && self.doc.tokens[a].text(&self.doc.raw).ends_with('ي');
        // (not أبي, which is also Abe: شينزو آبي)
        // (nor the article written apart, قناة الـ إم بي سي)
        let hanging = |k: usize| (is_name_connector(self.full(k)) || self.full(k) == "بني") && !self.doc.tokens[k].text(&self.doc.raw).contains('ـ');
        // (nor a function word: علي after بن is [`names_with_ali`]' to read, with what follows it)
        let finishes = |k: usize| {
            k < n && self.arabic(k) && !self.used[k] && self.same_sentence(k - 1, k) && matches!(self.doc.tokens[k].prefix(&self.doc.raw), "" | "ال") && !is_function_word(self.full(k)) && !hanging(k)
        };
        // (two steps at most: بن عبد العزيز)
        for _ in 0..2 {
            if (b > a + 1 || tribe) && hanging(b - 1) && finishes(b) {
                b += 1;
            } else if (b > a + 1 || tribe) && hanging(b - 1) && b + 1 < n && hanging(b) && finishes(b + 1) && self.same_sentence(b - 1, b) && !self.used[b] {
                b += 2;
            } else {
                break;
            }
        }
        b
    }
    /// [`Ctx::push`] with the matching key of another name of the referent (the country for
    /// جمهورية مصر and المملكة, the body an anaphor refers back to), so that it is placed and
    /// grouped with it.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push_keyed(&mut self, a: usize, b: usize, etype: EntityType, canonical: Option<String>, key: String, rule: &'static str, conf: f32) {
        if a >= b || (a..b).any(|k| self.used[k]) {
            return;
        }
        for u in &mut self.used[a..b] {
            *u = true;
        }
        let span = self.span(a, b);
        self.out.push(Annotated::new(span, Mention { etype, key, canonical, role: None, geo: None }, Provenance::new(STAGE, rule, conf)));
    }
    /// Is token `k` a title, by its whole word or its stem ([`is_title`])?
    fn title_at(&self, k: usize) -> bool {
        is_title(self.full(k)) || is_title(self.stem(k))
    }
    /// Does the tagger read token `k` as part of a person's name (`inside`: not its first word)?
    fn tagged_person(&self, k: usize, inside: bool) -> bool {
        self.tags.get(k).is_some_and(|&l| isnad_tagger::label_parts(l).is_some_and(|(t, begin)| !(inside && begin) && isnad_tagger::TYPES.get(t) == Some(&"PER")))
    }
    /// Does the tagger read token `k` as part of a town, country or region?
    fn tagged_place(&self, k: usize) -> bool {
        self.tags.get(k).is_some_and(|&l| isnad_tagger::label_parts(l).is_some_and(|(t, _)| matches!(isnad_tagger::TYPES.get(t), Some(&"GPE" | &"LOC"))))
    }
    /// Whether token `i` has the form of a noun in construct, the first of a genitive: neither
    /// the article nor a pronoun on it (وزير in وزير الخارجية, جمهورية in جمهورية مصر).
    pub(crate) fn construct_form(&self, i: usize) -> bool {
        !self.has_article(i) && self.doc.tokens.get(i).is_some_and(|t| t.suffix(&self.doc.raw).is_empty())
    }
    /// Does the token carry the article (ال, وال, بال, لل…)?
    pub(crate) fn has_article(&self, i: usize) -> bool {
        let p = self.doc.tokens.get(i).map_or("", |t| t.prefix(&self.doc.raw));
        p.ends_with("ال") || p.ends_with("لل")
    }

    /// Longest key of the actor, place or event tables (`f` looks in them) starting at `i`
    /// within the sentence.
    pub(crate) fn longest<T>(&self, i: usize, max: usize, f: impl Fn(&str) -> Option<T>) -> Option<(usize, T)> {
        let n = self.doc.tokens.len();
        // (a word that opens no key of those tables opens no match: one lookup, where building
        // and looking up each longer key cost a page 0.7 M instructions in named events alone)
        if i >= n || !Lexicon::get().first_words.contains(self.stem(i)) {
            return None;
        }
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
    /// Token `i`'s stem without a ب, ل or ك the tokenizer left on it (بوزارة → وزاره), where
    /// three letters or more remain and only و or ف stands before it (وبوزارة).
    fn after_glued_preposition(&self, i: usize) -> Option<&str> {
        let rest = self.stem(i).strip_prefix(['ب', 'ل', 'ك'])?;
        (rest.chars().count() >= 3 && self.arabic(i) && self.doc.tokens[i].prefix(&self.doc.raw).chars().all(|ch| matches!(ch, 'و' | 'ف'))).then_some(rest)
    }
    /// The bytes of the first letter of token `i`'s stem as the page writes it: a glued
    /// preposition's length in the text, not in the key (a presentation form, ﻟ, is three bytes
    /// where its key's ل is two).
    fn first_letter_len(&self, i: usize) -> u32 {
        self.doc.tokens[i].stem.slice(&self.doc.raw).chars().next().map_or(0, char::len_utf8) as u32
    }
    /// A known actor's name starting at token `i` once a preposition glued to its first word is
    /// taken off (بوزارة, لقوات, كتنظيم): the end token, the actor and the letter's byte length.
    fn actor_after_preposition(&self, i: usize) -> Option<(usize, &'static crate::lexicon::Actor, u32)> {
        let rest = self.after_glued_preposition(i)?;
        let lx = Lexicon::get();
        let n = self.doc.tokens.len();
        let mut key = rest.to_string();
        let mut best = None;
        for j in i..(i + lx.max_len).min(n) {
            if j > i {
                if !self.arabic(j) && self.doc.tokens[j].kind != TokenKind::Latin || !self.same_sentence(j - 1, j) {
                    break;
                }
                key.push(' ');
                key.push_str(self.stem(j));
            }
            // (a one-word actor needs its own spelling: لبنان is no ل + بنان)
            if let Some(a) = lx.actors.get(&key).filter(|_| j > i) {
                best = Some((j + 1, a));
            }
        }
        best.map(|(e, a)| (e, a, self.first_letter_len(i)))
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
    /// following بن/آل and the word after that, and then over a family name with the article
    /// (عزام بن محمد الدخيل): the article and no other proclitic (not للتراث in قاعدة بيانات
    /// الأمير سلطان بن سلمان للتراث), inside the tagger's person or a word the corpus does not
    /// call ordinary, and no title or place's adjective (محمد بن نايف السعودي).
    fn nasab_end(&self, j: usize, mut e: usize) -> usize {
        let n = self.doc.tokens.len();
        let word = |k: usize| k < n && k > 0 && self.arabic(k) && !self.used[k] && self.same_sentence(k - 1, k) && !is_function_word(self.full(k));
        let mut nasab = (j..e).any(|k| matches!(self.full(k), "بن" | "بنت"));
        while e > j && e < j + 8 {
            if is_name_connector(self.full(e - 1)) && word(e) {
                e += 1;
            } else if matches!(self.full(e), "بن" | "بنت" | "ال") && word(e) && word(e + 1) {
                e += 2;
                nasab = true;
            } else {
                break;
            }
        }
        let family = |k: usize| {
            word(k)
                && self.full(k).starts_with("ال")
                && (self.tagged_person(k, true) || !crate::ner::corpus_says_ordinary(self.stem(k)))
                && !is_title(self.stem(k))
                && !TITLES.contains(&self.full(k))
                && !TITLE_ADJECTIVES.contains(&self.stem(k))
                && !place_adjective(self.stem(k))
        };
        if nasab && family(e) {
            e += 1;
        }
        e
    }
    /// Name words after a head: not function words, within the sentence.
    fn name_run(&self, i: usize, max: usize, need_article_after_first: bool) -> usize {
        let n = self.doc.tokens.len();
        let mut j = i;
        while j < n && j < i + max && self.arabic(j) && !self.used[j] && !is_function_word(self.full(j)) && !is_function_word(self.stem(j)) && (j == i || self.same_sentence(j - 1, j)) {
            // (a title starts the next name: المدينة المنورة العقيد فلان, المسجد الحرام الشيخ فلان;
            // not so a title bound by a preposition, القوات الموالية للرئيس. A body named after a
            // titled person has the title first, جسر الملك فهد: `named_after_person`)
            if j > i && TITLES.contains(&self.full(j)) {
                break;
            }
            if need_article_after_first && j > i {
                let f = self.full(j);
                let adjective = f.starts_with("ال") || f.starts_with("لل") || (f.starts_with('ل') && self.full(j + 1).starts_with("ال"));
                // (a purpose phrase may run over a construct of two nouns after a head with the
                // article and an adjective of rank or scope: الهيئة العليا لتطوير مدينة الرياض,
                // اللجنة التنفيذية لمهرجان جدة التاريخية; after others it is mostly the sentence
                // going on, وزارة الحج لإطلاق برنامج)
                let word = |k: usize| k < n && self.arabic(k) && !self.used[k] && self.same_sentence(k - 1, k) && !is_function_word(self.full(k));
                let ranked = j == i + 1 && i > 0 && self.has_article(i - 1) && self.has_article(i) && RANK_ADJECTIVES.contains(&self.stem(i));
                if ranked
                    && f.starts_with('ل')
                    && !adjective
                    && j + 2 < i + max
                    && word(j + 1)
                    && word(j + 2)
                    && !self.full(j + 1).starts_with("ال")
                    && self.full(j + 2).starts_with("ال")
                    && !is_title(self.stem(j + 2))
                {
                    j += 3;
                    continue;
                }
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

/// The countries of the countries, capitals, seats and big cities a page names, one word spelt
/// with the article as the gazetteer spells it; not the word at token `skip` wherever it stands,
/// nor another word the corpus mostly reads as no name.
fn story_countries(c: &Ctx, skip: usize) -> Vec<String> {
    let lx = Lexicon::get();
    let mut out: Vec<String> = Vec::new();
    for i in (0..c.doc.tokens.len()).filter(|&i| c.arabic(i) && c.stem(i) != c.stem(skip)) {
        let art = c.has_article(i);
        let Some((e, ps)) = c.longest(i, lx.max_len, |k| lx.places.get(k)) else { continue };
        let word = e == i + 1 && crate::ner::corpus_named_share(c.stem(i)) <= 1;
        let strong = ps.iter().filter(|p| e > i + 1 || p.article == art).filter(|p| p.well_known() && (p.country_level || !word));
        for k in strong.filter_map(|p| p.geo.country.clone()) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// Is token `i` a word with the article and the next one, in the same sentence, an Arabic word
/// without it that the news corpus mostly writes with the article (30% of its uses or more, in
/// 20 or more)? Then the two are a subject and its predicate, not a name: a name's adjective
/// agrees with its noun (البحر المتوسط), and a proper name after a definite word takes no
/// article (الشيخ زويد, الشيخ عثمان: the corpus writes عثمان with it under 30% of the time, as
/// the family name العثمان). «وحالة البحر متوسط الموج» ("the sea is moderately rough") was the
/// Mediterranean in 52 weather reports on nine days of Saudi papers.
fn definite_then_common_indefinite(c: &Ctx, i: usize) -> bool {
    let prior = crate::ner::prior(c.stem(i + 1));
    c.has_article(i) && c.arabic(i + 1) && c.same_sentence(i, i + 1) && !c.has_article(i + 1) && prior / 4 >= 2 && prior % 4 >= 2
}

/// Is token `a` an organisation head with the article, and the next an Arabic word without it
/// that the corpus names in under 30% of its uses and no table knows (a verb, a common noun)?
/// A definite head takes no indefinite genitive, so no body's name goes on there.
fn definite_head_then_indefinite_word(c: &Ctx, a: usize) -> bool {
    let next = c.stem(a + 1);
    c.has_article(a)
        && ORG_HEADS.contains(&c.stem(a))
        && c.arabic(a + 1)
        && c.same_sentence(a, a + 1)
        && !c.has_article(a + 1)
        && crate::ner::corpus_named_share(next) <= 1
        && !Lexicon::get().actors.contains_key(next)
}

/// Is token `i` a common word that a GeoNames place of under 1,000 people abroad is named like?
/// The news corpus writes the word 200 times or more in nine days, and the page names neither
/// the place's country nor another of its well-known places, nor places the word itself. الحرف
/// ("the crafts", "the letter") is a district seat in Yemen and was one in 127 mentions on nine
/// days of Saudi papers. Neither the tagger's reading nor the corpus lexicon's is asked: the
/// tagger's place flag is what made it read such a word as a place. (The project's own rows,
/// capitals among them, carry no GeoNames population and are never such a place.)
fn hamlet_named_like_a_word(c: &Ctx, i: usize, places: &[crate::lexicon::Place]) -> bool {
    // (the outlet's country is asked last: the tagger's every one-word place comes here)
    places.iter().all(|q| q.kind.is_none() && !q.country_level && q.geo.geonames_id.is_some() && q.population < 1_000)
        && crate::ner::prior(c.stem(i)) / 4 >= 3
        && {
            let home = Lexicon::get().outlet_country(c.doc.source.url.as_deref(), c.doc.source.outlet.as_deref());
            places.iter().all(|q| q.geo.country.as_deref() != home)
        }
        && !placed_by_context(c, i)
        && !(i > 0 && c.same_sentence(i - 1, i) && place_head(c.stem(i - 1)).is_some())
        && !places.iter().filter_map(|q| q.geo.country.as_ref()).any(|k| story_countries(c, i).contains(k))
}

/// Do the words around token `i` say it names a place: a ب glued on it (بالغردقة), إلى or نحو
/// before it, or و joining it to a place right before it (إدلب وحماه)?
fn placed_by_context(c: &Ctx, i: usize) -> bool {
    let pre = c.doc.tokens[i].prefix(&c.doc.raw);
    // (a place a rule found, or one the tagger reads and will add: بحمص وحماه)
    let after_place = || {
        let start = c.doc.tokens[i - 1].span.start;
        c.out.iter().any(|m| m.value.etype.is_place() && m.span.start <= start && start < m.span.end) || c.tagged_place(i - 1)
    };
    pre.starts_with('ب') || (i > 0 && (matches!(c.full(i - 1), "الي" | "نحو") || (pre.starts_with('و') && c.same_sentence(i - 1, i) && after_place())))
}

/// Is token `i` written with a case ending's tanween (دوماً "always", not Douma; خمرٍ)? A
/// place's name takes none.
fn inflected_word(c: &Ctx, i: usize) -> bool {
    c.doc.tokens[i].stem.slice(&c.doc.raw).contains(['\u{064B}', '\u{064C}', '\u{064D}'])
}

/// Could a one-word stem name a people or faith ([`tagger_mentions`]' test)? Not a sound plural
/// (ين, ون) that is no nisba (يين, يون), save مسلمين/مسلمون.
fn is_people_word(stem: &str) -> bool {
    let sound = stem.ends_with("ين") || stem.ends_with("ون");
    let nisba = stem.ends_with("يين") || stem.ends_with("يون");
    !sound || nisba || matches!(stem, "مسلمين" | "مسلمون")
}

/// Nisbas of trades and roles (lossy keys, singular): a sound plural of one (الصحافيين,
/// العقاريين, الأكاديميين) names people by what they do, never a people, faith or party, which
/// the news corpus cannot tell apart from الجمهوريين or الإسلاميين (both are tagged as groups in
/// most of their uses). NORP as OntoNotes defines it (nationalities, religious and political
/// groups) leaves occupations out.
const OCCUPATIONS: &[&str] = &[
    "صحافي",
    "صحفي",
    "اعلامي",
    "عقاري",
    "اكاديمي",
    "نفسي",
    "عادي",
    "امني",
    "رسمي",
    "تربوي",
    "سينمائي",
    "نقابي",
    "انتحاري",
    "مهني",
    "اداري",
    "فني",
    "تقني",
    "رياضي",
    "طبي",
    "اقتصادي",
    "مالي",
    "قانوني",
    "حقوقي",
    "دبلوماسي",
    "عسكري",
    "مدني",
    "ميداني",
    "محلي",
    "برلماني",
    "نباتي",
    "حكومي",
    "اجتماعي",
    "سياسي",
    "ارهابي",
    "مصرفي",
    "زراعي",
    "صناعي",
    "تجاري",
    "ميكانيكي",
];

/// Is the stem a sound plural of a trade's or role's nisba ([`OCCUPATIONS`])?
fn occupation(stem: &str) -> bool {
    stem.strip_suffix("ين").or_else(|| stem.strip_suffix("ون")).is_some_and(|one| OCCUPATIONS.contains(&one))
}

/// The club of [`CLUBS`] that token `i` names, as the table writes it: its stem with the
/// article where the token carries one (بالهلال, وللشباب), else its bare stem.
fn club_at(c: &Ctx, i: usize) -> Option<&'static str> {
    // (by stem, once per token of every page: a hashed table, not a scan of the list)
    static BY_STEM: std::sync::OnceLock<isnad_text::FastMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let by_stem = BY_STEM.get_or_init(|| CLUBS.iter().map(|w| (w.strip_prefix("ال").unwrap_or(w), *w)).collect());
    let club = *by_stem.get(c.stem(i))?;
    (club.starts_with("ال") == c.has_article(i)).then_some(club)
}

/// Is token `k` نادي or فريق, the head a club's name follows (لنادي, ناديي "the two clubs")?
fn club_head(c: &Ctx, k: usize) -> bool {
    club_head_word(c, k).is_some()
}

/// The head word of [`club_head`] at token `k` (نادي, ناديي, فريق, فريقي), without a preposition
/// the tokenizer left on it.
fn club_head_word<'a>(c: &'a Ctx, k: usize) -> Option<&'a str> {
    let head = |w: &&str| matches!(*w, "نادي" | "فريق" | "ناديي" | "فريقي");
    let st = c.stem(k);
    // (cheap tests first: this runs on every token of every page)
    if !(8..=12).contains(&st.len()) {
        return None;
    }
    Some(st).filter(head).or_else(|| st.starts_with(['ب', 'ل']).then(|| c.after_glued_preposition(k)).flatten().filter(head))
}

/// Does the page name the club at token `i` by its head (نادي الهلال, لفريق الشباب)?
/// (Not before an adjective that makes another name: فريق الهلال الأحمر is a Red Crescent team.)
fn club_after_head(c: &Ctx, i: usize) -> bool {
    i > 0 && club_at(c, i).is_some() && club_head(c, i - 1) && c.same_sentence(i - 1, i) && c.doc.tokens[i].prefix(&c.doc.raw) == "ال" && !adjective_after_club(c, i, true)
}

/// Does an adjective that makes another name follow the club's name at token `i` (الهلال
/// الأحمر, الاتحاد الأوروبي)? A club's country may follow it (النصر الإماراتي), and after its
/// head (`named`) so may the union's (نادي الاتحاد السعودي); بلا head, الاتحاد السعودي is the
/// federation.
fn adjective_after_club(c: &Ctx, i: usize, named: bool) -> bool {
    let k = i + 1;
    if k >= c.doc.tokens.len() || !c.same_sentence(i, k) || c.doc.tokens[k].prefix(&c.doc.raw) != "ال" {
        return false;
    }
    let country = !c.stem(k).ends_with('ه') && place_adjective(c.stem(k)) && (named || c.stem(i) != "اتحاد");
    !country && (is_adjective(c.full(k)) || matches!(c.stem(k), "احمر" | "ابيض" | "اخضر" | "ازرق" | "اصفر" | "اسود"))
}

/// Is a club's name at token `i` read in its other sense here? After a noun it is that noun's
/// genitive (رعاية الشباب, مجلس التعاون, هيئة الهلال) or, after a noun with the article, its
/// adjective (البنك الأهلي); before an adjective or a ل phrase it begins another name (الهلال
/// الأحمر, الاتحاد الأوروبي, الاتحاد لكرة القدم); and before مع or بين it is the common noun
/// (بالتعاون مع, الاتفاق بين). A club named before it (هزم الهلال النصر) is no noun it follows.
fn not_a_club_here(c: &Ctx, i: usize) -> bool {
    let n = c.doc.tokens.len();
    let before = i > 0 && c.same_sentence(i - 1, i) && c.arabic(i - 1) && !club_head(c, i - 1) && {
        let k = i - 1;
        // (a head of the stem or the whole word, or behind a preposition the tokenizer left on:
        // بقناة الهلال)
        // (not a body's other heads behind one: لمصلحة الفتح is "for Al-Fateh's benefit")
        let head = |w: &str| NOT_CLUB_AFTER.contains(&w) || ORG_HEADS.contains(&w) || MEDIA_HEADS.contains(&w) || place_head(w).is_some();
        let governs = |w: &str| head(w) || (OTHER_BODY_HEADS.contains(&w) && w != "اداره");
        governs(c.stem(k))
            || governs(c.full(k))
            || c.after_glued_preposition(k).is_some_and(head)
            || (c.has_article(k) && c.doc.tokens[i].prefix(&c.doc.raw) == "ال" && !is_function_word(c.full(k)) && club_at(c, k).is_none())
    };
    let after = adjective_after_club(c, i, false) || (i + 1 < n && c.same_sentence(i, i + 1) && (c.doc.tokens[i + 1].prefix(&c.doc.raw).starts_with('ل') || matches!(c.full(i + 1), "مع" | "بين")));
    before || after
}

/// Football clubs whose names are common words ([`CLUBS`]): where the page names one after
/// نادي or فريق, that mention and its others on the page (فاز الهلال, لاعب الهلال) are the
/// club, save where the word is read in its other sense ([`not_a_club_here`]). On 2015-07-21
/// the papers wrote الهلال 415 times and the stage named the club in none of them: the tagger
/// reads the word as "the crescent", and الاتحاد alone as the head of a body's name.
fn sports_clubs(c: &mut Ctx) {
    let n = c.doc.tokens.len();
    let named: Vec<&str> = (0..n.saturating_sub(1)).filter(|&k| club_head(c, k)).map(|k| k + 1).filter(|&i| club_after_head(c, i)).filter_map(|i| club_at(c, i)).collect();
    if named.is_empty() {
        return;
    }
    for i in 0..n {
        if c.used[i] || !c.arabic(i) {
            continue;
        }
        if club_at(c, i).is_some_and(|club| named.contains(&club)) && (club_after_head(c, i) || !not_a_club_here(c, i)) {
            c.push(i, i + 1, EntityType::Org, None, "club", 0.85);
        }
    }
}

/// Is the stem a sound plural of a club's nisba, its fans or players (الاتحاديون, الهلاليين,
/// النصراويون, الأهلاويين)? They are no people, faith or party.
fn club_fans(stem: &str) -> bool {
    let Some(one) = stem.strip_suffix("ين").or_else(|| stem.strip_suffix("ون")) else { return false };
    let Some(base) = one.strip_suffix("اوي").or_else(|| one.strip_suffix('ي')) else { return false };
    CLUBS.iter().map(|w| w.strip_prefix("ال").unwrap_or(w)).any(|club| club == base || club.strip_suffix(['ي', 'ه']) == Some(base))
}

/// Is this a sports page: one naming a club after its head, or with two words of sport
/// ([`SPORTS_WORDS`])? Elsewhere a club's name that is a common word is the word (الشباب
/// السعودي "Saudi youth", 585 organisations by the tagger on nine days of 2015).
fn sports_page(c: &Ctx) -> bool {
    let n = c.doc.tokens.len();
    static WORDS: std::sync::OnceLock<isnad_text::FastSet<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| SPORTS_WORDS.iter().copied().collect());
    (0..n).filter(|&i| words.contains(c.stem(i))).take(2).count() == 2 || (0..n.saturating_sub(1)).any(|k| club_head(c, k) && club_after_head(c, k + 1))
}

/// Offices of a mosque the title list leaves out (lossy stems), which a second office joins by
/// و (إمام وخطيب المسجد الحرام): the tagger's flags read the title list, so it stays as the model
/// was trained.
const MOSQUE_OFFICES: &[&str] = &["امام", "ائمه", "خطيب", "خطباء", "مؤذن", "مؤذني"];

/// Facilities that the place heads leave out, since alone their words are common nouns (a road,
/// a garden, a door), but which are named after a titled person (lossy stems): طريق الملك
/// عبدالعزيز, حديقة الملك فهد, استاد الملك فهد, باب الملك عبدالعزيز.
const PERSON_FACILITY_HEADS: &[&str] = &["طريق", "شارع", "حديقه", "استاد", "ملعب", "باب", "ميدان", "دوار", "نفق", "جامع", "قصر", "برج", "كورنيش", "منتزه", "متنزه", "مدرج", "قاعه", "مكتبه"];

/// A facility of [`PERSON_FACILITY_HEADS`] named after a titled person, the head in the name
/// (طريق الملك عبدالله, 64 times on nine days of 2015 read as the king alone). The head may
/// carry a preposition the tokenizer left on it (بحديقة الملك فهد), which the mention leaves out.
fn facilities_named_after_persons(c: &mut Ctx) {
    let n = c.doc.tokens.len();
    for i in 0..n.saturating_sub(2) {
        if c.used[i] || !c.arabic(i) || c.has_article(i) {
            continue;
        }
        // (the title first: it is rare, the heads are not)
        if !matches!(c.full(i + 1), "الملك" | "الامير" | "الاميره" | "الشيخ" | "الشيخه" | "الامام" | "السلطان") {
            continue;
        }
        let glued = glued_head(c, i, |r| PERSON_FACILITY_HEADS.contains(&r));
        if !PERSON_FACILITY_HEADS.contains(&c.stem(i)) && glued.is_none() {
            continue;
        }
        let Some(e) = named_after_person(c, i + 1) else { continue };
        let (before, start) = (c.out.len(), c.span(i, i + 1).start);
        c.push(i, e, EntityType::Fac, None, "place-head+person", 0.7);
        if let Some(glued) = glued {
            drop_glued_letter(c, before, start, glued);
        }
    }
}

/// Add the entities the tagger found (one sense per document applied) on tokens no rule has
/// taken. The confidence follows the model's margin.
fn tagger_mentions(c: &mut Ctx) {
    let doc = c.doc;
    let lx = Lexicon::get();
    let all = std::mem::take(&mut c.tagged);
    // (asked only of a club's name or its fans: most pages have neither)
    let sports = std::cell::OnceCell::new();
    // the keys of names read as persons that the page gives after نادي
    let mut clubs: Vec<String> = Vec::new();
    let mut markets: Vec<String> = Vec::new();
    for (start, tagged) in &all {
        let start = *start;
        let labels: Vec<u8> = tagged.iter().map(|x| x.0).collect();
        // (two persons of two words or more each, joined by a glued و, are two names: ليونيل
        // ميسي وخافيير ماسكيرانو, which the tagger read as one)
        // (a person the tagger opens again on the very next word is the same person read in two
        // pieces, سعد | وقاص: NewsFANE sets two persons side by side without a mark between them
        // six times in its 150,000 words; a word with و opens the next one, بومبي ويوليوس, and so
        // does the same first word, a name written twice; the first piece must open on a given
        // name, not on a verb or a kinship word the tagger took with it, أشرك | أمين بخاري)
        let mut spans: Vec<isnad_tagger::EntitySpan> = Vec::new();
        for sp in isnad_tagger::spans(&labels) {
            let per = |sp: &isnad_tagger::EntitySpan| isnad_tagger::TYPES[sp.etype] == "PER";
            match spans.last_mut() {
                Some(last)
                    if per(last)
                        && per(&sp)
                        && last.end == sp.start
                        && !doc.tokens[start + sp.start].prefix(&doc.raw).starts_with('و')
                        && c.stem(start + last.start) != c.stem(start + sp.start)
                        && given_name(c.stem(start + last.start))
                        && c.same_sentence(start + last.start, start + sp.start) =>
                {
                    last.end = sp.end
                }
                _ => spans.push(sp),
            }
        }
        let pieces = spans.into_iter().flat_map(|sp| {
            let (a, b) = (start + sp.start, start + sp.end);
            let per = isnad_tagger::TYPES[sp.etype] == "PER";
            // (or of any length, where the corpus says the word after و is a name and و no part
            // of it: ثربانتس وبورخس, مبارك وكندة علوش)
            match (a + 1..b).find(|&k| per && ((k >= a + 2 && k + 1 < b && joined_second_name(c, k)) || conjoined_name(c, k))) {
                Some(k) => vec![(sp.etype, a, k), (sp.etype, k, b)],
                None => vec![(sp.etype, a, b)],
            }
        });
        for (etype, a, b) in pieces.collect::<Vec<_>>() {
            let first = a;
            let etype = match isnad_tagger::TYPES[etype] {
                "PER" => EntityType::Per,
                "ORG" => EntityType::Org,
                "GPE" => EntityType::Gpe,
                "LOC" => EntityType::Loc,
                "FAC" => EntityType::Fac,
                _ => EntityType::Norp,
            };
            let (mut a, mut b) = (a, b);
            let tagger_end = b;
            // a name never opens on the particle بأن, لأن or كأن ("that", "because", "as if"),
            // spelt with its hamza (بان is also a name: بان كي مون)
            if b > a + 1 && matches!(doc.tokens[a].text(&doc.raw), "بأن" | "لأن" | "كأن" | "وبأن" | "ولأن") {
                a += 1;
            }
            // nor on بأن spelt without its hamza, unless Ban Ki-moon follows, بان كي مون or بان
            // جي مون (بان عبدالفتاح متعلق بالكرة, "that Abdelfattah …")
            if b > a + 1 && matches!(doc.tokens[a].text(&doc.raw), "بان" | "وبان") && !matches!(c.full(a + 1), "كي" | "جي") {
                a += 1;
            }
            // nor on a woman's title, which the title list has in the masculine only: الدكتورة
            // موضي (with the article: أميرة is also a given name; and not before a name opening
            // on a letter that can be a preposition or و, which a name's first word may lose,
            // الدكتورة ليلى)
            if etype == EntityType::Per
                && b > a + 1
                && c.full(a).starts_with("ال")
                && c.full(a).strip_suffix('ه').is_some_and(is_title)
                && doc.tokens[a + 1].prefix(&doc.raw).is_empty()
                && !c.full(a + 1).starts_with(['ل', 'ب', 'ك', 'و', 'ف'])
            {
                a += 1;
            }
            // nor on a kinship word with a possessive pronoun, which describes the person by
            // another (شقيقتها فاتن العتيبي "her sister Faten", ابنك عبدالفتاح "your son", زوجته
            // زهراء رهنورد), and is no person alone (أخيه, أبيه "his father"); a kunya's أبي stays
            // (أبي عمرو بن العلاء), and so does a surname spelt like "my friend" (صديقي)
            // (with the words that describe the kin: شقيقتها الصغرى, ابنه الأكبر, خالك الجميل)
            if etype == EntityType::Per && kin_with_pronoun(c.full(a)) {
                if b == a + 1 {
                    continue;
                }
                a += 1;
                while b > a + 1 && KIN_DESCRIPTIONS.contains(&c.full(a)) {
                    a += 1;
                }
                if KIN_DESCRIPTIONS.contains(&c.full(a)) {
                    continue;
                }
            }
            // a woman named by her kunya, أم and her child's name, which the tagger reads without
            // the أم (أم كلثوم, بأم كلثوم). Not the conjunction أم "or" of a question or a choice
            // (هل يفوز خالد أم محمد؟, سواء أكان … أم …), nor before a word with the article (أم
            // القرى)
            // (nor the letter M, إم, of an abbreviation: إم دبليو, بي ام دبليو)
            let spelt_letters = a > 1 && matches!(c.full(a - 2), "بي" | "سي" | "دي" | "اي" | "ايه" | "جي" | "تي" | "اف");
            if etype == EntityType::Per
                && a > 0
                && !c.used[a - 1]
                && c.same_sentence(a - 1, a)
                && !c.has_article(a)
                && matches!(c.full(a - 1), "ام" | "بام" | "لام" | "وام" | "وبام" | "ولام")
                && !doc.tokens[a - 1].text(&doc.raw).contains('إ')
                && !spelt_letters
            {
                let s0 = doc.sentences.iter().find(|s| s.start <= doc.tokens[a].span.start && doc.tokens[a].span.start < s.end).map_or(0, |s| s.start);
                let asks = (a.saturating_sub(12)..a - 1).any(|k| doc.tokens[k].span.start >= s0 && matches!(c.full(k), "هل" | "سواء" | "ايهما" | "اكان" | "اكانت" | "ااذا" | "ما"));
                if !asks {
                    a -= 1;
                }
            }
            // a word joined by و that carries a possessive pronoun is the sentence going on, no
            // word of the name: بقاع البحر وانتشالها ("and pulling them out"), الجامعة وموظفوها
            // (not a bare ه, which the tokenizer also reads off names ending in it, nor نا:
            // أحمد وكريستينا, إيفرست وأنابورنا are two names)
            if let Some(k) = (a + 1..b).find(|&k| doc.tokens[k].prefix(&doc.raw).starts_with('و') && matches!(doc.tokens[k].suffix(&doc.raw), "ها" | "هم" | "هما" | "هن")) {
                b = k;
            }
            // nor one that repeats the name's first word or is a head of its own, which opens
            // the next name of a list (قاعة الروبوت وقاعة دعم المشاريع, جامعة الملك سعود ومستشفى
            // الملك خالد)
            if let Some(k) = (a + 1..b).find(|&k| {
                let st = c.stem(k);
                doc.tokens[k].prefix(&doc.raw).starts_with('و')
                    && (st == c.stem(a) || ORG_HEADS.contains(&st) || MEDIA_HEADS.contains(&st) || OTHER_BODY_HEADS.contains(&st) || place_head(st).is_some())
            }) {
                b = k;
            }
            // nor on a title joined by و (الملك سلمان وولي العهد)
            if etype == EntityType::Per && title_after_and(c, a) {
                continue;
            }
            // a person's name ends before a kinship word, which begins a description (عبد
            // الخالق الحوثي شقيق عبد الملك الحوثي). (Not before a word that looks like a
            // preposition on a common word: foreign surnames often do, بيرون, كاري, برايت.)
            if etype == EntityType::Per {
                if let Some(k) = (a + 1..b).find(|&k| KINSHIP.contains(&c.stem(k))) {
                    b = k;
                }
                b = person_name_end(c, a, b);
                if a == b {
                    continue;
                }
                // (a family name with the article the tagger left after a name of two words or
                // more ends it: a nisba whose corpus word class is of surnames, الحربي, also
                // "military"; not a participle the corpus lexicon names too often, سلطان الدعيع
                // المعار "on loan", nor the words after الله in بسم الله الرحمن الرحيم)
                let family = |k: usize| {
                    k < doc.tokens.len()
                        && c.has_article(k)
                        && c.same_sentence(k - 1, k)
                        && !c.used[k]
                        && c.tags.get(k) == Some(&0)
                        && doc.tokens[k].prefix(&doc.raw) == "ال"
                        && !matches!(c.full(k - 1), "الله" | "اله")
                        && crate::ner::corpus_name_type(c.stem(k)) == Some("PER")
                        && crate::ner::class_named_share(c.stem(k)) >= 0.8
                        && c.stem(k).ends_with('ي')
                };
                if b >= a + 2 && b == tagger_end && family(b) {
                    b += 1;
                }
            }
            // a given name and a word with the article whose corpus word class names almost
            // nothing is an idiom, not a person: حسن الجوار "good neighbourliness", حسن الظن
            // (a surname's class is one of surnames: الشمري, الجبير)
            if etype == EntityType::Per && b == a + 2 && idiom_after_given_name(c, a) {
                continue;
            }
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
            // (but a family name formed as a nisba, which the news corpus reads as a person's in 30%
            // or more of its uses, is the person the tagger reads: وأضاف القحطاني)
            let family = etype == EntityType::Per && crate::ner::corpus_name_type(st) == Some("PER") && crate::ner::corpus_named_share(st) >= 2;
            // (a function word behind a conjunction is one too: وأين "and where", فأين; not
            // وعلي, "and Ali", whose key is that of على)
            let conjoined_function_word = is_function_word(st) && st != "علي" && matches!(doc.tokens[a].prefix(&doc.raw), "و" | "ف");
            if b == a + 1
                && (is_function_word(f)
                    || conjoined_function_word
                    || ((DIALECT_WORDS.contains(&f) || DIALECT_WORDS.contains(&st)) && !(a > 0 && reporting_verb(c, a - 1)))
                    || (!c.arabic(a) && doc.tokens[a].kind != TokenKind::Latin)
                    || head(st)
                    || head(bare)
                    // (nor one of the other bodies' heads: الكلية, المعهد, جمرك "customs house";
                    // nor a state's form in construct, بجمهورية of بجمهورية مصر (with the
                    // article, المملكة is the kingdom), nor a short head behind a preposition,
                    // بحي "in the district of")
                    || OTHER_BODY_HEADS.contains(&st)
                    || OTHER_BODY_HEADS.contains(&bare)
                    || (!c.has_article(a) && (STATE_FORMS.contains(&st) || STATE_FORMS.contains(&bare)))
                    || st.strip_prefix(['ب', 'ل', 'ك']).is_some_and(|h| place_head(h).is_some())
                    || TITLES.contains(&f)
                    || (is_adjective(f) && !family)
                    // (nor a kinship word with "my", أبي "my father" in a memoir, unless a name
                    // follows, as after a kunya's أبي: زوجة أبي علي الشيشاني, where the corpus
                    // reads علي as the preposition; آبي, Abe, is written with a madda)
                    || (etype == EntityType::Per
                        && MY_KIN.contains(&st)
                        && !doc.text(doc.tokens[a].span).contains('آ')
                        && !(c.arabic(a + 1)
                            && c.same_sentence(a, a + 1)
                            && (c.tags.get(a + 1).is_some_and(|&t| t != 0) || crate::ner::follows_titles(c.stem(a + 1)) || doc.text(doc.tokens[a + 1].span) == "علي"))))
            {
                continue;
            }
            // a club's name that is a common word is the word off a sports page, and on one
            // where the words around it read it so (رعاية الشباب, الشباب السعودي); a group
            // named so stays (جماعة «الشباب»)
            let group = a > 0 && c.same_sentence(a - 1, a) && matches!(c.stem(a - 1), "جماعه" | "حركه" | "مقاتلي" | "مسلحي");
            if etype == EntityType::Org && b == a + 1 && club_at(c, a).is_some() && !group && (!*sports.get_or_init(|| sports_page(c)) || not_a_club_here(c, a)) {
                continue;
            }
            // an honorific (معاليه "His Excellency", سموه) or a head with a possessive pronoun
            // (مكتبه "his office", folded like مكتبة "library") names no one
            let raw_word = doc.tokens[a].span.slice(&doc.raw);
            let pronoun_head = raw_word.ends_with('ه') && st.strip_suffix('ه').is_some_and(|h| head(h) || OTHER_BODY_HEADS.contains(&h));
            if b == a + 1 && (HONORIFICS.contains(&st) || HONORIFICS.contains(&st.strip_suffix('ه').unwrap_or(st)) || pronoun_head) {
                continue;
            }
            // (and with words after it, on a page that spells ة: في مكتبه بقصر اليمامة "in his
            // office at the palace", 24 names on nine days of 2015; a page that writes every
            // final ة as ه may mean the library)
            if b > a + 1 && pronoun_head && etype != EntityType::Per && spells_word_final(&doc.raw, 'ة') {
                continue;
            }
            // a people or a faith is named by a nisba (السوريين, الجمهوريون) or a name of its
            // own (العرب, الأكراد, الشيعة); a sound plural without the nisba is a participle or
            // an occupation (الراغبين, المشرعين, الناخبون, اللاجئين), never a people, save for the
            // one faith named by a participle (المسلمين)
            // (nor are a club's fans on a sports page, الاتحاديون; elsewhere the word may name
            // federalists)
            if etype == EntityType::Norp
                && b == a + 1
                && ((!is_people_word(st) && !is_people_word(bare)) || occupation(st) || occupation(bare) || (club_fans(st) && *sports.get_or_init(|| sports_page(c))))
            {
                continue;
            }
            // a one-word place with a case ending's tanween is an adjective or adverb (وفداً
            // روسياً "a Russian delegation")
            if etype.is_place() && b == a + 1 && inflected_word(c, a) {
                continue;
            }
            // nor is a place head's dual or plural, which counts places named before (البلدتين
            // "the two towns", القريتين), where the gazetteer names no place so
            if etype.is_place() && b == a + 1 && heads_counted(st, c.has_article(a)) && !lx.places.contains_key(st) {
                continue;
            }
            // nor is a body's organ one body (مجلس الإدارة, هيئة التدريس والموظفين)
            if etype == EntityType::Org && b > a + 1 && organ_at(c, a) {
                continue;
            }
            // nor the motion of things (حركة الرياح السطحية, حركة التجارة)
            if etype == EntityType::Org && b > a + 1 && c.stem(a) == "حركه" && !c.has_article(a) && MOVING_THINGS.contains(&c.stem(a + 1)) {
                continue;
            }
            // nor a bare head with bare adjectives only, an indefinite noun (وكالة عامة "a
            // general power of attorney", قوات خاصة)
            if etype == EntityType::Org && (c.is_head(ORG_HEADS, a) || c.is_head(MEDIA_HEADS, a)) && indefinite_description(c, a, b) {
                continue;
            }
            // a person is never named by a body's head: خادم الحرمين is the king's honorific, and
            // مركز or جمعية before a titled name starts the body named after him
            if etype == EntityType::Per && (OTHER_BODY_HEADS.contains(&st) || OTHER_BODY_HEADS.contains(&bare)) {
                continue;
            }
            // nor a preposition glued to an ordinary word that the tokenizer left whole (بمكرر,
            // بهدوء, لمركز), unless the news corpus names things with the whole word (بسام) or
            // the lexicons know it (a person or body in 30% of its uses or more: the tagger's
            // own reading of بمكرر "at a multiple" in the market reports, 8% of its uses, is no
            // name; a place the gazetteer lacks, بلقرن, in 5%)
            // (nor ordinary words of three letters: لولا, كاما and كيتو are names more often
            // than ل + ولا; and with the article the letter is the word's own: البروسيين)
            if b == a + 1
                && bare != st
                && bare.chars().count() >= 4
                && !c.has_article(a)
                && if etype.is_place() { !crate::ner::corpus_says_named(st) } else { crate::ner::corpus_named_share(st) < 2 }
                && crate::ner::corpus_says_ordinary(bare)
                && !lx.places.contains_key(st)
                && !lx.actors.contains_key(st)
            {
                continue;
            }
            // nor ل with a verb in the imperfect that the news corpus never shows, whole or
            // without the ل, and whose rest the letter model spells as a word (ولا حاجة
            // لنستورد شيئا "no need for us to import anything", on a Tunisian page)
            // (the first person plural or the second person: ي would take given names, ليديا)
            let verb_after_lam = st.strip_prefix('ل').filter(|r| r.starts_with(['ن', 'ت']) && r.chars().count() >= 5);
            if b == a + 1 && etype == EntityType::Per && crate::ner::prior(st) == 0 && !crate::ner::corpus_says_named(st) && verb_after_lam.is_some_and(crate::ner::unseen_and_spelt_like_a_word) {
                continue;
            }
            // nor a known actor's one-word name spelt with the article the table's spelling
            // lacks, or without the one it has: الحماس is "the enthusiasm", not حماس
            if b == a + 1 && lx.actors.get(st).is_some_and(|x| x.etype == etype && !x.spelt(c.has_article(a))) {
                continue;
            }
            // nor a place's one-word name with the article where the news corpus writes the
            // word with the article under 30% of the time in 20 uses or more, and no gazetteer
            // place of that name carries it: الحمص is "the chickpeas", not حمص (Homs), and
            // اللسان "the tongue"; العين (Al Ain) and المنيرة keep the article the gazetteer
            // writes, and a country the one older styles give it (الباكستان). The gazetteer
            // alone cannot say it: GeoNames drops the article of names that carry it
            // (الخرطوم), and the corpus keeps it.
            if b == a + 1 && etype.is_place() && c.has_article(a) && article_foreign_to(st) && !lx.places.get(st).is_some_and(|ps| ps.iter().any(|p| p.article || p.country_level)) {
                continue;
            }
            // nor a body or facility whose head carries the article and the word after it does
            // not, where that word is no name the corpus knows: a definite head takes no
            // indefinite genitive, so «الوزارة شار», «الجامعة توضح», «الجامعة وصورتين» are the
            // body referred back to and a verb or a list running on (the head alone is left to
            // [`resolve_anaphors`])
            if matches!(etype, EntityType::Org | EntityType::Fac) && b > a + 1 && definite_head_then_indefinite_word(c, a) {
                continue;
            }
            // nor a common word a hamlet abroad is named like (الحرف "the crafts")
            if b == a + 1 && etype.is_place() && lx.places.get(st).is_some_and(|ps| hamlet_named_like_a_word(c, a, ps)) {
                continue;
            }
            // nor one with the article where every gazetteer place of that name is spelt without
            // it and none is a country, and the corpus writes the word both ways (30-70% with the
            // article, in 20 uses or more): the article makes the common noun, الجنين "the
            // foetus" (not Jenin). A word written with the article over 70% of the time is the
            // common noun too where the corpus names it under 30% of the time (القارة "the
            // continent", الخمر "wine"); a name the papers always write with the article that
            // GeoNames drops (الخرطوم) is named more often.
            if b == a + 1
                && etype.is_place()
                && c.has_article(a)
                && crate::ner::prior(st) / 4 >= 2
                && (crate::ner::prior(st) % 4 == 2 || (crate::ner::prior(st) % 4 == 3 && crate::ner::corpus_named_share(st) <= 1))
                && lx.places.get(st).is_some_and(|ps| ps.iter().all(|p| !p.article && !p.country_level))
                // (a place's head or the words around it still place it: بمدينة العمران,
                // بلديات المحالة والمنسك والمشهد)
                && !(a > 0 && c.same_sentence(a - 1, a) && (place_head(c.stem(a - 1)).is_some() || c.after_glued_preposition(a - 1).is_some_and(|h| place_head(h).is_some())))
                && !placed_by_context(c, a)
            {
                continue;
            }
            // nor one with the article where every gazetteer place of that name lies outside the
            // Arabic-speaking countries and is spelt without it, and none is a country: Arabic
            // writes no article on a foreign town's name, so السيول is "the floods", not سيول
            // (Seoul; 40 mentions on nine days of 2015)
            if b == a + 1
                && etype.is_place()
                && c.has_article(a)
                && lx.places.get(st).is_some_and(|ps| ps.iter().all(|p| !p.article && !p.country_level && p.geo.country.as_deref().is_some_and(|k| !ARABIC_SPEAKING.contains(&k))))
                && !placed_by_context(c, a)
            {
                continue;
            }
            // nor a place head with the article before a word without it: a definite head
            // takes no genitive, so البحر خفيف is "the sea is calm" in a weather report, and
            // البحر بشرم "the sea at Sharm" (33 such names on nine days)
            if b > a + 1 && etype.is_place() && c.has_article(a) && place_head(st).is_some() && c.arabic(a + 1) && !c.has_article(a + 1) {
                // (a person the tagger ran on from an office's head: لجمرك المطار محمد العقيل)
                if b > a + 2 && crate::ner::follows_titles(c.stem(a + 1)) && !c.full(a + 1).starts_with(['ب', 'ل']) {
                    push_tagger_name(c, a + 1, b, EntityType::Per, 0.6);
                }
                continue;
            }
            // nor a direction joined by و to the direction of a region before it: أمريكا
            // الشمالية والوسطى is "North and Central America", not a region «الوسطى» (31 times
            // on nine days); والشرقية after a list of towns stays the Eastern Province
            if b == a + 1 && etype.is_place() && c.full(a).starts_with('و') && is_direction(st) && a > 0 && c.has_article(a - 1) && is_direction(c.stem(a - 1)) && c.same_sentence(a - 1, a) {
                continue;
            }
            // nor a nisba in ية without the article where the gazetteer spells every place of
            // that name with it, right after an indefinite word: طائرة سعودية is "a Saudi
            // aeroplane", an adjective, not the country السعودية (46 mentions on nine days)
            if b == a + 1
                && etype.is_place()
                && !c.has_article(a)
                && st.ends_with("يه")
                && a > 0
                && c.same_sentence(a - 1, a)
                && c.arabic(a - 1)
                && !c.has_article(a - 1)
                && c.tags.get(a - 1) == Some(&0)
                && lx.places.get(st).is_some_and(|ps| ps.iter().all(|p| p.article))
            {
                continue;
            }
            // nor an adjective joined by و to the one before it (الطب البديل والتكميلي, 58
            // mentions of a person «والتكميلي» on 2015-07-31; الشؤون البلدية والقروية): a
            // surname after و follows a name the tagger reads (الغامدي والعتيبي)
            if b == a + 1
                && etype == EntityType::Per
                && a > 0
                && c.full(a).strip_prefix('و').is_some_and(is_adjective)
                && c.has_article(a - 1)
                && c.tags.get(a - 1) == Some(&0)
                && !c.used.get(a - 1).copied().unwrap_or(true)
            {
                continue;
            }
            // nor a word the news corpus almost never names anyone with, which the tagger reads
            // as a person's one-word name where no title stands before it and no speech frame
            // after it (قال فلان: or أوضح فلان أن), and the page never has it inside a longer
            // name: ترشحه "his candidacy", سبحانه, رمضان the month, اجعل "make", ككل
            if b == a + 1 && etype == EntityType::Per && ordinary_lone_person(c, a) {
                continue;
            }
            // nor a second office joined by و to a title or to an office the title list leaves
            // out ([`MOSQUE_OFFICES`]), both in construct with what follows: إمام وخطيب المسجد
            // الحرام ("imam and preacher of the Grand Mosque", خطيب a person 35 times on nine
            // days), أئمة ومؤذني المسجد, رئيس ومؤسس الشركة. (Any ordinary word before the و
            // read too much: أحلام وماجد المهندس, two singers, and بيونسيه ورونسون.)
            let office = |k: usize| c.title_at(k) || MOSQUE_OFFICES.contains(&c.stem(k));
            if b == a + 1
                && etype == EntityType::Per
                && a > 0
                && a + 1 < doc.tokens.len()
                && office(a - 1)
                && c.same_sentence(a - 1, a + 1)
                && c.full(a).strip_suffix(c.stem(a)) == Some("و")
                && c.has_article(a + 1)
            {
                continue;
            }
            // (and the first office itself, read as a person before its second: «إمام» in وأوضح
            // إمام وخطيب المسجد الحرام, which then joined the actor عادل إمام by his surname)
            if b == a + 1
                && etype == EntityType::Per
                && a + 2 < doc.tokens.len()
                && MOSQUE_OFFICES.contains(&c.stem(a))
                && c.same_sentence(a, a + 2)
                && c.full(a + 1).strip_suffix(c.stem(a + 1)) == Some("و")
                && office(a + 1)
                && c.has_article(a + 2)
            {
                continue;
            }
            // nor a prize's name, which the tagger reads as its eponym: جائزة نوبل, بجائزة
            // بوليتزر, جائزة مان بوكر (نوبل was a person 16 times on nine days of news); a prize
            // named after someone names the prize, not a person who acts or speaks
            // (the tokenizer may leave a bare ب or ل on the word: بجائزة)
            // (but a fair's prizes are the fair's, جوائز عكاظ on the page of سوق عكاظ: the market
            // rule below reads the name)
            let prize = |w: &str| matches!(w, "جائزه" | "جائزتي" | "جوائز");
            if etype == EntityType::Per
                && a > 0
                && c.same_sentence(a - 1, a)
                && (prize(c.stem(a - 1)) || c.stem(a - 1).strip_prefix(['ب', 'ل']).is_some_and(prize))
                && !(1..doc.tokens.len()).any(|k| c.stem(k) == c.stem(a) && c.stem(k - 1).trim_start_matches(['ب', 'ل']) == "سوق")
            {
                continue;
            }
            // nor a one-word person with the article right after a definite common noun that
            // no rule names and no title is, where the word's corpus class is mostly of no names:
            // an adjective, المذهب الحنفي (the Hanafi school), الليل البهيم ("the pitch-dark night")
            if b == a + 1 && etype == EntityType::Per && adjective_after_definite_noun(c, a) {
                continue;
            }
            // nor a word that forms place names, alone: تل "a hill" (على قمة تل، ...), بئر "a
            // well", بيت "a house" (تل أبيض, بئر السبع and بيت لحم name places; the former alone
            // names none the gazetteer knows). A bare word after it may be the rest of a name
            // the tagger cut (تل اشهيب), and بني opens a tribe's (بني مالك), so those stay
            let rest_after = b < doc.tokens.len() && c.same_sentence(a, b) && c.arabic(b) && doc.tokens[b].prefix(&doc.raw).is_empty() && !is_function_word(c.full(b)) && !c.full(b).starts_with('ي');
            if b == a + 1 && etype.is_place() && st != "بني" && TOPONYM_FORMERS.contains(&st) && !c.has_article(a) && !rest_after && !Lexicon::get().places.contains_key(st) {
                continue;
            }
            // nor لي alone, "to me" (قال لي إن; 41 of the 63 persons «لي» on nine days of 2015), the surname Lee
            // only after a title or on a page that names a person with it in full (لي كه تشيانغ)
            if b == a + 1 && etype == EntityType::Per && c.full(a) == "لي" && !(a > 0 && c.title_at(a - 1)) && !named_in_full_elsewhere(c, a) {
                continue;
            }
            // nor a surname's word without its article before a definite noun, where the news
            // corpus writes the word with the article 70% of the time or more: a plural in
            // construct, مالكي الطائرات "the owners of the aircraft" (not المالكي), and no title
            // before it. A given name is written bare (سامي الجابر, علي الأحمد).
            if b == a + 1
                && etype == EntityType::Per
                && !c.has_article(a)
                && st.ends_with('ي')
                && crate::ner::prior(st) / 4 >= 2
                && crate::ner::prior(st) % 4 == 3
                && a + 1 < doc.tokens.len()
                && c.same_sentence(a, a + 1)
                && doc.tokens[a + 1].prefix(&doc.raw) == "ال"
                && !(a > 0 && c.title_at(a - 1))
                && !crate::ner::follows_titles(st)
            {
                continue;
            }
            // nor a verb or a preposition's phrase right after a title and its qualifiers (see
            // `verb_or_phrase_after_title`)
            if b == a + 1 && etype == EntityType::Per && (1..=4).any(|d| a >= d && c.title_at(a - d)) && verb_or_phrase_after_title(c, a) {
                continue;
            }
            // nor a sound feminine plural with the article that no gazetteer or actor knows
            // (والبتروكيماويات, 12 places on 2015-07-21): places so named are few and known
            // (الإمارات, القريات)
            if b == a + 1 && etype.is_place() && c.has_article(a) && st.ends_with("ات") && st.chars().count() >= 5 && !lx.places.contains_key(st) && !lx.actors.contains_key(st) {
                continue;
            }
            // nor an ordinary noun with a possessive pronoun (see `possessed_noun`, and
            // `pronoun_left_on` for the pronouns the tokenizer leaves on a feminine noun)
            if b == a + 1 && (possessed_noun(c, a) || (etype.is_place() && (possessed_place(c, a) || place_with_pronoun_h(c, a) || pronoun_left_on(c, a)))) {
                continue;
            }
            // nor a word the gazetteer and the actor table lack that the news corpus uses as an
            // ordinary word and never as a name (غرقا "by drowning", إنقاص "reducing"): the
            // tagger's reading in one sentence is against the whole corpus's. Not after a place's
            // head or where the words around it place it (مدينة ليل, ولاية تنسي: Lille,
            // Tennessee; see `placed_by_context`), which also keeps an adjective after the head
            // (قرية نائية "a remote village")
            if b == a + 1
                && etype.is_place()
                && !lx.places.contains_key(st)
                && !lx.actors.contains_key(st)
                && crate::ner::corpus_says_ordinary(st)
                && crate::ner::corpus_named_share(st) == 0
                && !(a > 0 && (place_head(c.stem(a - 1)).is_some() || c.after_glued_preposition(a - 1).is_some_and(|h| place_head(h).is_some())))
                && !placed_by_context(c, a)
            {
                continue;
            }
            // nor is a head with adjectives without the article: مطار دولي is "an
            // international airport"; nor a head with the article and a preposition's phrase
            // right after it (الهيئة للجهات المعنية, see `agreeing_modifiers`)
            let phrase_after_definite_head = c.has_article(a) && c.full(a + 1).starts_with('ل') && !c.full(a + 1).starts_with("ال");
            // nor a small seat's name before its adjective (see `seat_before_adjective`)
            if b == a + 1 && etype.is_place() && c.has_article(a) && lx.places.get(st).is_some_and(|ps| seat_before_adjective(c, a, ps)) {
                continue;
            }
            if b > a + 1 && head(st) && ((a + 1..b).all(|k| bare_adjective(c, k)) || phrase_after_definite_head) {
                continue;
            }
            let least = tagged.get(first - start..b - start).and_then(|x| x.iter().map(|t| t.1).min()).unwrap_or(0);
            // margins are in quantised weight units; a clear decision is several thousand
            let conf = 0.5 + 0.3 * (least as f32 / 20_000.0).clamp(0.0, 1.0);
            // a "saint" (سان, سانت) opens no person's name; right after a town's one-word name
            // it goes on the name of a body called after both, a club mostly: باريس سان جيرمان
            // was Paris and a person «سان جيرمان» (18 mentions on 2015-07-24)
            // (only where the saint's name is free: the town's reading is not given up for nothing)
            if etype == EntityType::Per && matches!(c.stem(a), "سان" | "سانت") && a > 0 && c.same_sentence(a - 1, a) && (a..b).all(|k| !c.used[k]) {
                let town = doc.tokens[a - 1].span;
                if let Some(k) = c.out.iter().position(|m| m.value.etype.is_place() && town.start <= m.span.start && m.span.end <= town.end) {
                    c.out.remove(k);
                    c.used[a - 1] = false;
                    push_tagger_name(c, a - 1, b, EntityType::Org, conf);
                    continue;
                }
            }
            // a name right after نادي is a club's, whatever the tagger reads (نادي دورتموند,
            // لنادي أستون فيلا), and so is every person of that name on the page
            // (not after النادي, which a person's name follows in apposition: رئيس النادي أحمد
            // الراشد)
            let club = etype == EntityType::Per
                && a > 0
                && c.same_sentence(a - 1, a)
                && !c.has_article(a - 1)
                && doc.tokens[a - 1].suffix(&doc.raw).is_empty()
                && club_head_word(c, a - 1).is_some_and(|h| matches!(h, "نادي" | "ناديي"));
            if club {
                let before = c.out.len();
                push_tagger_name(c, a, b, EntityType::Org, conf);
                if let Some(m) = c.out.get(before..).and_then(|ms| ms.first()) {
                    clubs.push(m.value.key.clone());
                }
                continue;
            }
            // a one-word person right after سوق ("market", no article) is the market's name,
            // the head in it (سوق عكاظ, the fair the tagger read as a person 74 times on nine
            // days), and so is every person of that name on the page; not a nisba, which
            // describes the market (سوق ديناميكي)
            let market = etype == EntityType::Per
                && b == a + 1
                && a > 0
                && !c.used[a - 1]
                && c.same_sentence(a - 1, a)
                && !c.has_article(a - 1)
                && doc.tokens[a - 1].suffix(&doc.raw).is_empty()
                && !c.stem(a).ends_with('ي');
            // (the head alone, or behind a glued preposition: لسوق)
            let glued = if market && c.stem(a - 1) != "سوق" { glued_head(c, a - 1, |r| r == "سوق") } else { None };
            if market && (c.stem(a - 1) == "سوق" || glued.is_some()) {
                let (before, start) = (c.out.len(), c.span(a - 1, a).start);
                push_tagger_name(c, a - 1, b, EntityType::Fac, conf);
                if let Some(glued) = glued {
                    drop_glued_letter(c, before, start, glued);
                }
                if c.out.len() > before {
                    markets.push(c.stem(a).to_string());
                }
                continue;
            }
            // a person right after a bare word that forms place names is that place's name,
            // the word in it: بئر عابد المسحل, دير ياسين, كفر نطاط الحيط. Not بيت (بيت محمد is a
            // house), بني (a tribe), سيدي or خان (also titles before a person's name), حصن (also
            // the verb "fortified"); رأس ("head", and the verb "headed") only where the words
            // before it speak of a place: في رأس محمد, منطقة رأس عمران, not بقطع رأس القصبي ("to
            // behead al-Qasabi"); never عين, which is also the verb "appointed" (عين أحمد سالم)
            let place_before = a > 1
                && c.same_sentence(a - 2, a - 1)
                && (matches!(c.full(a - 2), "في" | "الي" | "من" | "«" | "\"") || matches!(c.stem(a - 2), "منطقه" | "بمنطقه" | "محافظه" | "جنوب" | "شمال" | "شرق" | "غرب"));
            let former = etype == EntityType::Per
                && a > 0
                && !c.used[a - 1]
                && c.same_sentence(a - 1, a)
                && (matches!(c.stem(a - 1), "بئر" | "دير" | "كفر" | "تل" | "مرج") || (c.stem(a - 1) == "راس" && place_before))
                && c.full(a - 1) == c.stem(a - 1)
                && doc.tokens[a - 1].prefix(&doc.raw).is_empty();
            if former {
                push_tagger_name(c, a - 1, b, EntityType::Loc, conf);
                continue;
            }
            push_tagger_name(c, a, b, etype, conf);
        }
    }
    if !clubs.is_empty() {
        for m in c.out.iter_mut().filter(|m| m.prov.rule == "tagger" && m.value.etype == EntityType::Per && clubs.contains(&m.value.key)) {
            m.value.etype = EntityType::Org;
        }
    }
    if !markets.is_empty() {
        for m in c.out.iter_mut().filter(|m| m.prov.rule == "tagger" && m.value.etype == EntityType::Per && markets.contains(&m.value.key)) {
            m.value.etype = EntityType::Fac;
        }
    }
}

/// Pushes the tagger's name over tokens `a..b`, its span mended for clitics
/// ([`fix_name_clitics`]).
fn push_tagger_name(c: &mut Ctx, a: usize, b: usize, etype: EntityType, conf: f32) {
    let before = c.out.len();
    let (a, b) = c.push(a, b, etype, None, "tagger", conf);
    if c.out.len() > before {
        if let Some(m) = c.out.last_mut() {
            fix_name_clitics(c.doc, m, a, b);
        }
    }
}

/// Is token `k`, inside a person's name the tagger read, a second person's first word joined
/// by و, with two words before it and one after it (أحمد العبدالنبي وميرزا الصالح)? Not ولد,
/// which joins a Mauritanian's name to his father's (محمد ولد عبد العزيز), nor a connector.
fn joined_second_name(c: &Ctx, k: usize) -> bool {
    c.doc.tokens[k].prefix(&c.doc.raw).starts_with('و') && c.full(k) != "ولد" && !is_name_connector(c.stem(k)) && c.arabic(k) && c.arabic(k + 1)
}

/// Is token `k`, inside a person's name the tagger read, a second name joined by و, whatever
/// the words around it: the corpus reads the rest as a name (in 30% of its uses, or as a given
/// name after titles) and has no word written whole with the و (وليد, ويلسون, واطسون keep it).
/// Two persons read as one: ثربانتس وبورخس, مبارك وكندة علوش, جاكسون مارتينيز ولوسيانو.
fn conjoined_name(c: &Ctx, k: usize) -> bool {
    let rest = c.stem(k);
    // (not a word of a nasab, محمد بن وقيت, nor a rest of two letters after the article, والش)
    c.doc.tokens[k].prefix(&c.doc.raw) == "و"
        && c.full(k) != "ولد"
        && !is_name_connector(rest)
        && !(k > 0 && is_name_connector(c.stem(k - 1)))
        && rest.strip_prefix("ال").unwrap_or(rest).chars().count() >= 3
        && c.arabic(k)
        && crate::ner::conjunction_word(c.full(k)).is_none()
        && (crate::ner::corpus_named_share(rest) >= 2 || crate::ner::follows_titles(rest))
}

/// Where a person's name the tagger read over `a..b` really ends: before a word with a case
/// ending's tanween (أبو حسن واقفاً: a name takes none), a connective the tagger ran over
/// (برنارد لويس مثلما), a verb in the future after the name (لويس كارول سينقلب), or the last
/// word written twice (حقاني حقاني). `a` when the first word is already no name.
fn person_name_end(c: &Ctx, a: usize, b: usize) -> usize {
    // (a given name keeps its tanween in vowelled verse and old prose: سعيدٍ, فيصلٍ, محمداً)
    // (a name is one the news corpus tags in 70% of its uses or more, or in 30% in vowelled text,
    // where the name's words carry short vowels besides the tanween: the corpus lexicon, read
    // off the tagger's own labels, tags مرتديا "wearing" after titles, الأمير مرتديا, in 30%)
    let word = |k: usize| c.doc.tokens[k].span.slice(&c.doc.raw);
    let vowelled = (a..b).any(|k| word(k).contains(['\u{064E}', '\u{064F}', '\u{0650}', '\u{0652}']));
    let no_name = |k: usize| crate::ner::corpus_named_share(c.stem(k)) < if vowelled { 2 } else { 3 };
    // (the tanween may stand after the alif the tokenizer reads as an ending: مرتدياً)
    let tanween = |k: usize| word(k).contains(['\u{064B}', '\u{064C}', '\u{064D}']);
    if let Some(mut k) = (a..b).find(|&k| (tanween(k) && no_name(k)) || (k > a && CONNECTIVES.contains(&c.full(k)))) {
        // (and a connector left at the end goes with what it joined: ابن فارسٍ)
        while k > a && is_name_connector(c.full(k - 1)) {
            k -= 1;
        }
        return k;
    }
    let mut b = b;
    if b > a + 1 {
        let st = c.stem(b - 1);
        // (the rest after سـ must be a verb the corpus knows well: سيف or سيلفا is no سـ + verb)
        // (nor one ending in ة: عبد سيجارية is no عبد + "will keep up with him")
        let future = st.strip_prefix('س').is_some_and(|r| r.starts_with(['ي', 'ت', 'ن']) && !r.ends_with('ه') && r.chars().count() >= 4 && crate::ner::corpus_says_ordinary(r))
            && crate::ner::corpus_named_share(st) == 0
            && !crate::ner::follows_titles(st);
        // (so is a verb in the present after a name of two words or more, in a headline: فيصل بن
        // بندر يواسي; the corpus never names anyone with it. Not after بن or أبي, where a given
        // name that is also a verb stands: محمد بن يزيد)
        let present = b > a + 2
            && !matches!(c.full(b - 2), "بن" | "ابن" | "بنت" | "ابو" | "ابي" | "ابا")
            && st.starts_with('ي')
            && st == c.full(b - 1)
            && st.chars().count() >= 4
            && crate::ner::corpus_says_ordinary(st)
            && !c.has_article(b - 1);
        // (a foreign surname after a particle is none: كوبوس دي ستواردت)
        // (and a word the corpus lacks that is spelt like a verb or noun, no name, and whose rest
        // before its final ا is an ordinary word: a verb in the dual after the subject, ميسي
        // أضاعا, or an adjective in the accusative, لم يكن اللقاء مع سيندي تشاو مبرمجا)
        let unseen_word = st.ends_with('ا')
            && c.full(b - 1) == st
            && crate::ner::unseen_and_spelt_like_a_word(st)
            && st.strip_suffix('ا').is_some_and(|r| crate::ner::corpus_says_ordinary(r) && !crate::ner::follows_titles(r));
        let after_particle = NAME_PARTICLES.contains(&c.stem(b - 2));
        // (a kin word with a pronoun is no name's last word: واسم ميساء أهلي ينادونني به, "the
        // name Maysa, my family call me by")
        let kin = kin_with_pronoun(c.full(b - 1));
        if ((future || present || unseen_word || kin) && !after_particle) || (b > a + 2 && c.full(b - 1) == c.full(b - 2)) {
            b -= 1;
            while b > a + 1 && is_name_connector(c.full(b - 1)) {
                b -= 1;
            }
        }
    }
    b
}

/// Connectives no name holds, which the tagger's names sometimes run over (لويس مثلما أدرك).
/// Kept apart from [`is_function_word`], which the tagger reads as a flag (adding to that list
/// changes the model) and which holds words that are names too (علي, هو of هو جين تاو, السبت).
/// (Not كي: بان كي مون.)
const CONNECTIVES: &[&str] = &["مثلما", "كلما", "عندما", "طالما", "لطالما", "ربما", "انما", "حينما", "لكي", "حين", "لكنه", "لكنها"];

/// Does the news corpus write the stem with the article under 30% of the time, in 20 uses or
/// more (frequency bucket 2 or more, article bucket 0 or 1: see `WordStats::prior`)?
fn article_foreign_to(stem: &str) -> bool {
    let p = crate::ner::prior(stem);
    p / 4 >= 2 && p % 4 <= 1
}

/// Is token `a`, which the tagger reads as a person's one-word name, a word the corpus lexicon
/// says is ordinary (tagged as a name in under 5% of ten or more uses), with no title right
/// before it, no speech frame right after it (a colon, or أن / إلى أن after it), no actor of
/// that key, and no longer person's name on the page that has it as one of its words?
fn ordinary_lone_person(c: &Ctx, a: usize) -> bool {
    let doc = c.doc;
    let st = c.stem(a);
    // (the corpus's figures for علي are those of the preposition على, which shares its key)
    if st == "علي" || !crate::ner::corpus_says_ordinary(st) || Lexicon::get().actors.contains_key(st) {
        return false;
    }
    if a > 0 && c.title_at(a - 1) {
        return false;
    }
    let after = doc.raw.get(doc.tokens[a].span.end as usize..).unwrap_or("").trim_start();
    let complement = |k: usize| matches!(c.full(k), "ان" | "انه" | "انها");
    if after.starts_with(':') || complement(a + 1) || (c.full(a + 1) == "الي" && complement(a + 2)) {
        return false;
    }
    // (a person of two words or more on the page, one of whose words is this one: معلومة
    // منت الميداح named in full once and by her given name after)
    !named_in_full_elsewhere(c, a)
}

/// Is token `a`, a word with the article, an adjective of the definite noun right before it?
/// That noun is an ordinary word in the news corpus, no title and no name a rule found, and
/// the tagger starts no name on it; and the word's corpus class names almost nothing (under a
/// fifth of its words are names in 30% of their uses or more: the classes of surnames, الجبير,
/// الشناوي, are mostly names). A page that names a person in full with the word keeps it.
fn adjective_after_definite_noun(c: &Ctx, a: usize) -> bool {
    a > 0
        && c.has_article(a)
        && c.has_article(a - 1)
        && c.same_sentence(a - 1, a)
        && !c.used[a - 1]
        && !c.title_at(a - 1)
        && c.tags.get(a - 1) == Some(&0)
        && crate::ner::corpus_says_ordinary(c.stem(a - 1))
        && crate::ner::class_named_share(c.stem(a)) < 0.2
        && !Lexicon::get().actors.contains_key(c.stem(a))
        && !named_in_full_elsewhere(c, a)
}

/// Does the tagger read token `a`'s word elsewhere on the page inside a person's name of two
/// words or more?
fn named_in_full_elsewhere(c: &Ctx, a: usize) -> bool {
    let st = c.stem(a);
    let in_name = |k: usize| c.tagged_person(k, false) && (c.tagged_person(k + 1, true) || (k > 0 && c.tagged_person(k, true)));
    (0..c.doc.tokens.len()).any(|k| k != a && c.stem(k) == st && in_name(k))
}

/// Is the word at `j`, after a title, a verb or a preposition's phrase rather than the holder's
/// name? It opens on ي or ب, the corpus seldom names anyone with it, and its corpus word class is
/// one of common words: مدير شرطة جازان يعايد, تمنياتهم لسمو الأمير بموفور الصحة, and the
/// telegram after the titles that followed its sender, بعث ... وزير الداخلية برقية تهنئة (whose
/// ب the corpus also reads as a preposition before the name رقية, so the tagger may read a
/// person there too). Given names with such corpus figures open on other letters (أشرف غني,
/// حافظ, عون); a word the corpus lacks has no class and is left to the other rules.
fn verb_or_phrase_after_title(c: &Ctx, j: usize) -> bool {
    let st = c.stem(j);
    matches!(st.chars().next(), Some('ي' | 'ب')) && crate::ner::word_stats(st).class > 0 && crate::ner::corpus_named_share(st) <= 1 && crate::ner::class_named_share(st) < 0.1
}

/// Is the two-word name at `a` the given name حسن, which is also the noun حُسن ("goodness",
/// bound to the next word: حسن الجوار, حسن الظن, لحسن الحظ), and a word with the article whose
/// corpus word class the corpus lexicon seldom names (under 35% of its stems), which the corpus
/// itself names in under 70% of its uses, writes with the article in 30% or more of its 20 or
/// more uses, and never finds after titles, with no title before the pair? (Other given names
/// with a surname of such a class are persons far more often: a rare family name sits in a
/// mixed class, and a word the corpus lacks has none.)
fn idiom_after_given_name(c: &Ctx, a: usize) -> bool {
    let second = c.stem(a + 1);
    let prior = crate::ner::prior(second);
    crate::ner::tagger_stem(c.stem(a)) == "حسن"
        && !c.has_article(a)
        && c.has_article(a + 1)
        && prior / 4 >= 2
        && prior % 4 >= 2
        && crate::ner::class_named_share(second) < 0.35
        && crate::ner::corpus_named_share(second) <= 2
        && !crate::ner::follows_titles(second)
        && !(a > 0 && c.title_at(a - 1))
}

/// Countries whose press or neighbours call the state المملكة: the region's kingdoms, and the
/// United Kingdom and other monarchies a story may name first.
/// The countries whose places have Arabic names that may carry the article (the Arab League's
/// members, the Arabic-named places of Israel, Iran and Turkey (الأهواز, الإسكندرونة), Chad's
/// Arabic-speaking north; ISO codes).
const ARABIC_SPEAKING: &[&str] = &["SA", "AE", "KW", "QA", "BH", "OM", "YE", "IQ", "SY", "LB", "JO", "PS", "IL", "EG", "LY", "TN", "DZ", "MA", "EH", "MR", "SD", "SO", "DJ", "KM", "TD", "IR", "TR"];

const KINGDOMS: &[&str] = &["SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "TH", "KH", "BT", "LS", "SZ"];

/// Prepositions with a pronoun (له "for him", عليها "on her"), written whole: never a name,
/// though a stem inside names may look like them (the stem of الله in عبد الله is له).
const PRONOUN_OBJECTS: &[&str] = &[
    "له",
    "لها",
    "لهم",
    "لهما",
    "به",
    "بها",
    "بهم",
    "منه",
    "منها",
    "منهم",
    "عنه",
    "عنها",
    "عنهم",
    "فيه",
    "فيها",
    "فيهم",
    "عليه",
    "عليها",
    "عليهم",
    "اليه",
    "اليها",
    "اليهم",
    "معه",
    "معها",
    "معهم",
    "لديه",
    "لديها",
    "لديهم",
];

/// Bare المملكة ("the Kingdom", with the article, no pronoun, no adjective after it: not المملكة
/// المتحدة) as a mention of the kingdom the document means: its outlet's home country if that is
/// a kingdom ([`Lexicon::outlet_country`]: a Saudi paper calls Saudi Arabia so even in a story
/// about Jordan), else the kingdom its places name most (one alone at the top). Keyed as the
/// country's name, so that it is placed and grouped with it; a story from another outlet that
/// names two kingdoms equally, or none, is left alone.
fn the_kingdom(c: &mut Ctx) {
    let n = c.doc.tokens.len();
    let bare = |c: &Ctx, i: usize| {
        !c.used[i] && c.stem(i) == "مملكه" && c.has_article(i) && c.doc.tokens[i].suffix(&c.doc.raw).is_empty() && !(i + 1 < n && c.same_sentence(i, i + 1) && c.has_article(i + 1))
    };
    if !(0..n).any(|i| bare(c, i)) {
        return;
    }
    let lx = Lexicon::get();
    let mut named: Vec<(&str, usize)> = Vec::new();
    for code in c.out.iter().filter(|m| m.value.etype == EntityType::Gpe).filter_map(|m| lx.country_code(&m.value.key)).filter(|k| KINGDOMS.contains(k)) {
        match named.iter_mut().find(|x| x.0 == code) {
            Some(x) => x.1 += 1,
            None => named.push((code, 1)),
        }
    }
    named.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let home = lx.outlet_country(c.doc.source.url.as_deref(), c.doc.source.outlet.as_deref()).filter(|k| KINGDOMS.contains(k));
    let code = home.or(match named.as_slice() {
        [] => None,
        [one] => Some(one.0),
        [first, second, ..] => (first.1 > second.1).then_some(first.0),
    });
    let Some(key) = code.and_then(|k| lx.country_key(k)) else { return };
    for i in 0..n {
        if bare(c, i) {
            c.push_keyed(i, i + 1, EntityType::Gpe, None, key.to_string(), "the-kingdom", 0.6);
        }
    }
}

/// Is token `i` an ordinary noun with a possessive pronoun the tokenizer split off (جيشهم
/// "their army", أنديتهم "their clubs", غرفتها "her room")? A name takes none, but for the rare
/// مصرنا, whose stem the lexicons know; and a name the splitter cut (فيينا as فيي + نا) has no
/// ordinary stem. The stem is ordinary when the corpus lexicon says so, or when the news writes
/// it with the article 30% of the time or more (جيش, which الجيش السوري and the like make too
/// named for the lexicon's test). A feminine noun keeps its ت before the pronoun (أنديت is
/// أندية), so the stem is also tried with its ة.
fn possessed_noun(c: &Ctx, i: usize) -> bool {
    let st = c.stem(i);
    let lx = Lexicon::get();
    if c.doc.tokens[i].suffix(&c.doc.raw).is_empty() {
        return false;
    }
    let common = |s: &str| crate::ner::corpus_says_ordinary(s) || crate::ner::word_stats(s).prior % 4 >= 2;
    let ordinary = common(st) || st.strip_suffix('ت').is_some_and(|r| common(&format!("{r}ه")));
    ordinary && !lx.places.contains_key(st) && !lx.actors.contains_key(st)
}

/// Heads of civil bodies, whose names may join two genitives (وزارة التجارة والصناعة).
const CIVIL_HEADS: &[&str] = &["وزاره", "هيئه", "مجلس", "جامعه", "مكتب", "حزب", "مؤسسه", "شركه", "منظمه", "لجنه", "مديريه", "صندوق", "اتحاد", "بنك", "مصرف", "دائره", "نقابه", "مفوضيه"];

/// Is token `k` a second genitive joined by و to a body's name (والادعاء, والإعلام,
/// والآثار)? Not where it is a body, a place or a name of its own (وزارة الدفاع والجيش, وزارة
/// الخارجية والرياض), nor where the tagger starts a new name on it.
fn coordinated_genitive(c: &Ctx, k: usize) -> bool {
    if k < 2 || k >= c.doc.tokens.len() {
        return false;
    }
    let lx = Lexicon::get();
    let st = c.stem(k);
    // (only a civil body's: قوات الأمن والمسعفين is two groups; and no people's plural: مجلس
    // الإدارة والمساهمين)
    let civil = CIVIL_HEADS.contains(&glued_org_head(c, k - 2).unwrap_or(c.stem(k - 2)));
    // (nor bodies of a kind: وزارة الصحة والشركات)
    let bodies = st.strip_suffix("ات").is_some_and(|r| ORG_HEADS.contains(&format!("{r}ه").as_str()) || OTHER_BODY_HEADS.contains(&format!("{r}ه").as_str()));
    let people = st.ends_with("ين") || st.ends_with("ون");
    // (nor a relative pronoun, والتي, nor a verbal noun with its object: جامعة الأنبار
    // والسيطرة عليها)
    let governs = matches!(c.full(k + 1), "عليها" | "عليه" | "عليهم" | "فيها" | "فيه" | "منها" | "منه" | "لها" | "له" | "بها" | "به");
    // (nor a participle, والمتضمن "and which includes", after مجلس الوزراء)
    let participle = (st.starts_with("مت") || st.starts_with("مست")) && !st.ends_with("ات");
    let excluded = people || bodies || governs || participle || st.chars().count() < 3;
    let ok = civil && !excluded && !c.used[k] && c.arabic(k) && c.same_sentence(k - 1, k) && c.doc.tokens[k].prefix(&c.doc.raw) == "وال" && !is_function_word(c.full(k)) && !is_function_word(st);
    let body = ORG_HEADS.contains(&st) || OTHER_BODY_HEADS.contains(&st) || MEDIA_HEADS.contains(&st) || place_head(st).is_some();
    let named = c.longest(k, lx.max_len, |key| lx.actors.get(key)).is_some() || lx.places.contains_key(st) || c.tags.get(k).and_then(|&l| isnad_tagger::label_parts(l)).is_some_and(|(_, begin)| begin);
    ok && !body && !named
}

/// The organisation head under a preposition the tokenizer left on it (بجامعة الملك سعود,
/// لوزارة, كشركة), where token `i` is no head itself and only و or ف stands before it.
fn glued_org_head<'a>(c: &'a Ctx, i: usize) -> Option<&'a str> {
    let st = c.stem(i);
    if ORG_HEADS.contains(&st) || MEDIA_HEADS.contains(&st) {
        return None;
    }
    c.after_glued_preposition(i).filter(|r| ORG_HEADS.contains(r) || MEDIA_HEADS.contains(r))
}

/// Is token `k` a title joined by و (والأمير, وولي العهد, وولي ولي العهد), which begins the next person's
/// description? (The tokenizer leaves و on some: وولي.)
fn title_after_and(c: &Ctx, k: usize) -> bool {
    let rest = if c.doc.tokens[k].prefix(&c.doc.raw).starts_with('و') { Some(c.stem(k)) } else { c.stem(k).strip_prefix('و') };
    rest.is_some_and(|r| is_title(r) || r == "ولي")
}

/// Is token `i` a one-word place name with a possessive pronoun the tokenizer split off (نصف
/// قطرها "its radius", not Qatar; قطره "its drop")? A town or country takes no pronoun in the
/// news (the tokenizer keeps whole the names whose ending only looks like one: فيينا), so the
/// word is the common noun spelt like the name, whatever the tagger's place flag makes of it.
fn possessed_place(c: &Ctx, i: usize) -> bool {
    let lx = Lexicon::get();
    let st = c.stem(i);
    !c.doc.tokens[i].suffix(&c.doc.raw).is_empty() && !c.has_article(i) && lx.places.contains_key(st) && !lx.suffixed.contains(st)
}

/// Is token `i` a feminine noun with a possessive pronoun that the tokenizer leaves on it (أسرتك
/// "your family", قريتي "my village", رسالتك): its ة written ت before ك, ي, كم or نا? The word
/// back in its bare form (أسرة, قرية) is one the news corpus uses as an ordinary word; a place
/// whose name ends so (هايتي, جيبوتي) is in the gazetteer or has no ordinary bare form.
fn pronoun_left_on(c: &Ctx, i: usize) -> bool {
    let lx = Lexicon::get();
    let st = c.stem(i);
    let Some(noun) = ["تك", "تي", "تكم", "تنا"].iter().find_map(|p| st.strip_suffix(p)) else { return false };
    noun.chars().count() >= 2 && c.doc.tokens[i].suffix(&c.doc.raw).is_empty() && !lx.places.contains_key(st) && crate::ner::corpus_says_ordinary(&format!("{noun}ه"))
}

/// Is token `i` an ordinary noun with the pronoun ه ("his, its"), which the tokenizer leaves on
/// the word (its lossy key is that of a word ending in ة), read as a place the gazetteer lacks:
/// انتقلت الأزمات إلى جنوبه "to its south"? A place takes no pronoun, and the word without the
/// letter is one the news corpus names nothing with.
fn place_with_pronoun_h(c: &Ctx, i: usize) -> bool {
    let lx = Lexicon::get();
    let st = c.stem(i);
    let raw = c.doc.tokens[i].stem.slice(&c.doc.raw);
    !c.has_article(i)
        && raw.ends_with('ه')
        && st.strip_suffix('ه').is_some_and(|r| r.chars().count() >= 3 && crate::ner::corpus_says_ordinary(r))
        && !lx.places.contains_key(st)
        && !lx.actors.contains_key(st)
}

/// Function words of spoken Levantine, Egyptian and Gulf Arabic (lossy keys), which quotes and
/// interviews in the news carry and the news corpus, in the standard language, barely knows: the
/// tagger reads them as foreign names (شو "what", هيك "so", انتو "you"). Not شي (Xi of شي جين
/// بينغ), طيب (رجب طيب أردوغان), هلا, وين, هادي (Hadi), بدو (the Bedouin), هون (a Libyan town)
/// or فيي (the key of فيينا); and a word of these after a verb of saying is the speaker's
/// name (وقال شو, a Chinese official).
const DIALECT_WORDS: &[&str] = &[
    "شو",
    "ايش",
    "هيك",
    "هيدا",
    "هيدي",
    "هاد",
    "هادا",
    "هاي",
    "هدول",
    "هونا",
    "هلق",
    "هلاء",
    "كتير",
    "منيح",
    "يلي",
    "اللي",
    "للي",
    "انو",
    "ليش",
    "منين",
    "اشي",
    "بدي",
    "بدك",
    "بدنا",
    "مش",
    "فش",
    "عشان",
    "علشان",
    "منشان",
    "مشان",
    "كمان",
    "ازاي",
    "دلوقتي",
    "كده",
    "كدا",
    "حدا",
    "يجي",
    "هالشي",
    "شوي",
    "يلا",
    "يللا",
    "لسا",
    "لسه",
    "انتو",
    "انتوا",
    "احنا",
];

/// Particles inside European names (lossy stems): دي, دل and ديل, دا, دو, فان, فون.
const NAME_PARTICLES: &[&str] = &["دي", "دل", "ديل", "دا", "دو", "فان", "فون"];

/// Is the stem a word the news corpus names bodies or places with, and seldom (under 30% of its
/// uses): التعليم, in the names of ministries and offices? Such a word is no surname found by
/// the name-part rule; a nisba is (العربي, whose corpus type is a body's from الجامعة العربية).
fn body_word(stem: &str) -> bool {
    names_bodies(stem) && crate::ner::corpus_named_share(stem) <= 1
}

/// Is the stem, no nisba, a word the corpus lexicon most often tags as a body or place?
fn names_bodies(stem: &str) -> bool {
    matches!(crate::ner::corpus_name_type(stem), Some("ORG" | "GPE" | "LOC" | "FAC")) && !stem.ends_with('ي')
}

/// Cardinal numbers from three to ten (lossy stems), which count a plural before them.
/// Nouns that open compound place names and name no place alone (عين الحلوة, سيدي بشر, رأس
/// العين, كفر نبل, دير حافر), as lossy stems: a place read as one of them alone runs on over the
/// next word.
const TOPONYM_FORMERS: &[&str] = &["عين", "راس", "بئر", "سيدي", "دير", "كفر", "تل", "خان", "مرج", "جسر", "بيت", "حصن", "بني"];

const CARDINALS: &[&str] = &["ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره"];

/// The clitic splitter reads the end of some foreign names as a pronoun (فيينا → فيي + نا,
/// أثينا → أثي + نا) and keeps a lone preposition on others (لإيران). A name the tagger found
/// keeps its ending, in its span and in its key unless the lexicons file the name by the stem
/// alone, and loses a leading ل, ب or ك when the rest is a place or actor the lexicons know, or
/// the head word of a longer name (بوزارة الدفاع).
fn fix_name_clitics(doc: &Document, m: &mut Annotated<Mention>, a: usize, b: usize) {
    let last = &doc.tokens[b - 1];
    if last.stem.end < last.span.end {
        m.span.end = last.span.end;
    }
    let first = &doc.tokens[a];
    let word = first.stem.slice(&doc.raw);
    if m.span.start == first.stem.start {
        // (a kunya's first word, too short for the tokenizer to take the letter off: بأم كلثوم)
        let kunya = m.value.etype == EntityType::Per && b > a + 1 && word.strip_prefix(['ل', 'ب', 'و']).is_some_and(|r| matches!(r, "أم" | "ام" | "أبو" | "ابو" | "أبي" | "ابي"));
        if kunya {
            m.span.start += word.chars().next().map_or(0, char::len_utf8) as u32;
        } else if let Some(rest) = word.strip_prefix(['ل', 'ب', 'ك']).filter(|r| r.chars().count() >= 3 || (b > a + 1 && place_head(&isnad_text::key(r)).is_some())) {
            // (a two-letter head too, before the name it opens: بحي الروضة)
            // only when the rest is a name the lexicons know: بيدرسون is not ب + يدرسون
            let lx = Lexicon::get();
            let k = isnad_text::key(rest);
            // (or a head word that opens a name: بوزارة الدفاع is ب + وزارة الدفاع)
            let opens_name = b > a + 1 && (ORG_HEADS.contains(&k.as_str()) || MEDIA_HEADS.contains(&k.as_str()) || place_head(&k).is_some());
            // (or the tagger read the word without the letter, the corpus knowing the rest better,
            // and the corpus names things of this kind with the rest: لأوروبا, but كابل is no ك +
            // أبل, the company; never a place of its own, nor a given name found after titles, كمال)
            let stem = doc.keys.stem(a);
            let mine = match m.value.etype {
                EntityType::Per => "PER",
                EntityType::Org => "ORG",
                EntityType::Fac => "FAC",
                EntityType::Norp => "NORP",
                _ => "GPE",
            };
            let same_kind = crate::ner::corpus_name_type(&k).is_some_and(|t| (if t == "LOC" { "GPE" } else { t }) == mine);
            // (the given-name test is a person's only: the corpus finds تشيلسي after مدرب, and so
            // لتشيلسي, whose statistics are those of its rest)
            let given_name = m.value.etype == EntityType::Per && crate::ner::follows_titles(stem);
            let read_without = crate::ner::tagger_stem(stem) != stem && same_kind && !lx.places.contains_key(stem) && !given_name;
            // (a place the gazetteer knows by the rest, where the news writes the whole word
            // more often than the rest is the whole word's: بلاد الرافدين is no ب + لاد, a village)
            let known_rest = (lx.places.contains_key(&k) && crate::ner::prior(stem) / 4 <= crate::ner::prior(&k) / 4) || lx.actors.contains_key(&k);
            if known_rest || opens_name || read_without {
                m.span.start += word.len() as u32 - rest.len() as u32;
            }
        } else if let Some(rest) = word.strip_prefix('و').filter(|_| b > a + 1) {
            // the conjunction on a first word too short to be split off (طهران وتل أبيب), where
            // the rest and the words after it are a name the lexicons know
            let lx = Lexicon::get();
            let k = std::iter::once(isnad_text::key(rest)).chain((a + 1..b).map(|j| doc.keys.stem(j).to_string())).collect::<Vec<_>>().join(" ");
            if lx.places.contains_key(&k) || lx.actors.contains_key(&k) {
                m.span.start += 'و'.len_utf8() as u32;
            }
        }
    }
    // the key with the ending kept, and the key the lexicons file the name under (their keys are
    // the clitic splitter's stems: أثينا is filed as اثي)
    let key_to = |ending: bool| {
        let key: Vec<String> = (a..b)
            .map(|k| {
                let t = &doc.tokens[k];
                let start = if k == a { m.span.start.max(t.span.start) } else { t.stem.start };
                let end = if k + 1 == b && ending { m.span.end } else { t.stem.end.min(m.span.end) };
                isnad_text::key(doc.raw.get(start as usize..end as usize).unwrap_or(""))
            })
            .collect();
        // the article stays off the key, as for every other mention
        key.join(" ").split(' ').map(|w| w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(w)).collect::<Vec<_>>().join(" ")
    };
    let key = key_to(true);
    // (a name the lexicons know only by the stem takes their key, so that the tagger's لأثينا
    // is placed and joins the gazetteer's أثينا: one entity, not two)
    let lx = Lexicon::get();
    let known = |k: &str| lx.places.contains_key(k) || lx.actors.contains_key(k);
    m.value.key = if last.stem.end < m.span.end && !known(&key) { Some(key_to(false)).filter(|k| known(k)).unwrap_or(key) } else { key };
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
    // 0. named events first: الطائف in اتفاق الطائف is the agreement's
    crate::events::named_events(&mut c);
    // 0b. football clubs whose names are common words, where the page names them after نادي
    sports_clubs(&mut c);
    // 1. organisations: a known alias (longest match), else a head word and its qualifiers.
    // One left-to-right pass so that "المكتب الإعلامي للتحالف الدولي" stays one name.
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        let art = c.has_article(i);
        // السورية is the adjective "Syrian", سورية the country; الحماس is "the enthusiasm",
        // حماس the movement; حوثيين without it is an adjective (مسلحين حوثيين): a one-word
        // name must be spelt with or without the article exactly as the table spells it
        if let Some((a, e)) = outlet_after(&c, i) {
            // (the outlet is an organisation, whatever else its name means: الجزيرة, الرياض)
            c.push(a, e, EntityType::Org, None, "outlet", 0.8);
        } else if let Some((a, e, rule)) = quoted_subject(&c, i) {
            push_quoted(&mut c, a, e, rule);
        } else if let Some((e, a)) = c.longest(i, lx.max_len, |k| lx.actors.get(k)).filter(|(e, a)| *e != i + 1 || a.spelt(art)) {
            // a body's name runs on over adjectives the table does not list (وكالة الأنباء
            // السورية الرسمية), though not over one of a place, which may begin another name
            // (nor over one of the other gender, which describes a word before the name: مفوض
            // الأمم المتحدة السامي, the commissioner; the name's gender is its last adjective's,
            // or its last word's after a head with the article (الأمم المتحدة: a plural takes a
            // feminine adjective), else its head's: تنظيم القاعدة الإرهابي agrees with تنظيم)
            let mut e = e;
            if a.etype == EntityType::Org {
                let adjective_last = e > i + 1 && art && c.has_article(e - 1);
                let gender_word = (i + 1..e).rev().find(|&k| is_adjective(c.full(k))).unwrap_or(if adjective_last { e - 1 } else { i });
                let fem = c.stem(gender_word).ends_with('ه');
                while e < n && !c.used[e] && c.same_sentence(e - 1, e) && is_adjective(c.full(e)) && !place_adjective(c.stem(e)) && c.stem(e).ends_with('ه') == fem {
                    e += 1;
                }
            }
            c.push(i, e, a.etype, Some(a.id.clone()), "actor-alias", 0.9);
        } else if let Some((e, a, cut)) = c.actor_after_preposition(i) {
            // بوزارة الخارجية الأميركية: the tokenizer left the ب on a known name
            let before = c.out.len();
            c.push(i, e, a.etype, Some(a.id.clone()), "actor-alias", 0.9);
            if c.out.len() > before {
                if let Some(m) = c.out.last_mut() {
                    m.span.start += cut;
                }
            }
        } else if (c.is_head(ORG_HEADS, i) || c.is_head(MEDIA_HEADS, i) || glued_org_head(&c, i).is_some())
            && i + 1 < n
            && body_named_after_person(&c, i + 1).is_none()
            && !(TITLES.contains(&c.full(i)) && can_start_name(&c, i + 1))
            // (nor before a family name with the article: اللواء الغامدي is a general, and so is
            // اللواء التركي on a page that names اللواء منصور التركي in full)
            && !(c.title_at(i) && (family_name_after_title(&c, i, i + 1) || (c.has_article(i) && titled_in_full(&c, i))))
            && c.same_sentence(i, i + 1)
            && !c.full(i + 1).starts_with('ي')
            && (c.has_article(i + 1) || !crate::ner::corpus_says_ordinary(c.stem(i + 1)))
        {
            // (a word starting with ي right after the head is almost always a verb: الجيش يرد; so
            // is a bare word the news corpus never names anything with: قواتنا ترد, التحالف استأنف;
            // a head that is also a title, before a name, is the title: اللواء منصور التركي)
            // (after a title the phrase may be the title's: وكيل جامعة الملك عبدالعزيز للتطوير)
            let titled = i > 0 && (TITLES.contains(&c.full(i - 1)) || TITLES.contains(&c.stem(i - 1)) || matches!(c.stem(i - 1), "وكيل" | "عميد" | "مساعد"));
            let person = named_after_person(&c, i + 1);
            let mut e = person.map_or_else(|| c.name_run(i + 1, 4, true), |e| purpose_phrase(&c, e, !titled));
            // a foreign name runs on over bare words the tagger reads inside it (جامعة ماك ماستر,
            // جامعة نورث وسترن), not over a head with و glued on, which starts the next body of a
            // list (مجلة نيوزويك وجريدة القدس)
            while e < n
                && e < i + 6
                && !c.used[e]
                && c.arabic(e)
                && c.same_sentence(e - 1, e)
                && !(c.doc.tokens[e].prefix(&c.doc.raw).starts_with('و') && (c.head_word(e) || OTHER_BODY_HEADS.contains(&c.stem(e))))
                && !c.has_article(e)
                && isnad_tagger::label_parts(c.tags[e]).is_some_and(|(_, begin)| !begin)
                && c.tags[e - 1] != 0
            {
                e += 1;
            }
            // a last word the news corpus never names anything with, and no adjective, after a
            // word with the article (which takes no genitive) is the sentence going on: بثت
            // فضائية الجزيرة الخبر, جماعة المهاجرون السابق; not so after a construct (جماعة
            // أنصار الشريعة) or with a preposition (الشركة السعودية للكهرباء, الهيئة الوطنية
            // لمكافحة الفساد)
            while e > i + 2
                && crate::ner::corpus_says_ordinary(c.stem(e - 1))
                && !is_adjective(c.full(e - 1))
                && !NAME_ADJECTIVES.contains(&c.stem(e - 1))
                && !c.full(e - 1).starts_with('ل')
                && c.has_article(e - 2)
                && !c.full(e - 2).starts_with('ل')
            {
                e -= 1;
            }
            if c.has_article(i) {
                e = agreeing_modifiers(&c, i, e);
            }
            // (a name run took its purpose phrase as adjectives; the conjunct after it is looked
            // for once)
            if person.is_none() {
                e = purpose_phrase(&c, e, false);
            }
            // a construct's genitive joined by و to another names one body: هيئة التحقيق
            // والادعاء العام, وزارة الثقافة والإعلام (see `coordinated_genitive`)
            if person.is_none() && e == i + 2 && !c.has_article(i) && c.has_article(i + 1) && coordinated_genitive(&c, e) {
                e += 1;
                while e < n && !c.used[e] && c.same_sentence(e - 1, e) && c.has_article(e) && (place_adjective(c.stem(e)) || NAME_ADJECTIVES.contains(&c.stem(e))) {
                    e += 1;
                }
            }
            // a name never ends on the year or month before a number (قوات المعارضة العام 2014)
            while e > i + 1 && c.doc.tokens.get(e).is_some_and(|t| t.kind == TokenKind::Number) && matches!(c.stem(e - 1), "عام" | "سنه" | "شهر" | "يوم") {
                e -= 1;
            }
            // a known body's name after the head runs to its end, whatever the name run took of
            // it: قوات حلف شمال الأطلسي, whose bare words the run stops at (a word with و or a
            // preposition glued on starts something else)
            if let Some((end, _)) = c.longest(i + 1, lx.max_len, |k| lx.actors.get(k).filter(|a| a.etype == EntityType::Org)) {
                if end > e && e > i + 1 && (e..end).all(|k| !c.used[k] && c.same_sentence(k - 1, k) && matches!(c.doc.tokens[k].prefix(&c.doc.raw), "" | "ال")) {
                    e = end;
                }
            }
            // a force loyal to someone is that someone's force: القوات الموالية لهادي is not
            // القوات الموالية لصالح, so the one named glued to ل after the adjective is part of its
            // name. A force loyal to a pronoun (الميليشيات الحوثية والقوات الموالية لها) is
            // whoever the pronoun points to, which this rule cannot tell: it names no body, where
            // it would have joined every other side's loyal forces
            if e > i + 1 && e < n && RELATIONAL_ADJECTIVES.contains(&c.stem(e - 1)) && !c.used[e] && c.same_sentence(e - 1, e) {
                let named = |r: &str| crate::ner::corpus_named_share(r) >= 2 || lx.actors.contains_key(r) || lx.places.contains_key(r);
                let next = |k: usize| k < n && !c.used[k] && c.arabic(k) && c.same_sentence(k - 1, k);
                if c.full(e).starts_with('ل') && PRONOUN_OBJECTS.contains(&c.full(e)) {
                    e = i;
                } else if let Some(rest) = c.after_glued_preposition(e).filter(|_| !c.full(e).starts_with("لل") && c.stem(e).starts_with('ل')) {
                    if ORG_HEADS.contains(&rest) || matches!(rest, "حكومه" | "نظام") {
                        // (a body in construct with its name: الموالية لحكومة هادي, لنظام الأسد)
                        if next(e + 1) && (named(c.stem(e + 1)) || c.tags[e + 1] != 0) {
                            e += 2;
                        }
                    } else if named(rest) && !crate::ner::corpus_says_ordinary(rest) {
                        e += 1;
                        // (and the rest of a person's name: الموالي لخليفة حفتر)
                        if next(e) && (c.tagged_person(e, false) || lx.actors.contains_key(&format!("{rest} {}", c.stem(e)))) {
                            e += 1;
                            while next(e) && c.tagged_person(e, true) {
                                e += 1;
                            }
                        }
                    }
                }
            }
            if e > i + 1 {
                // (a head with a glued preposition, بجامعة, is named without it)
                let glued = glued_org_head(&c, i).map(String::from);
                let head = glued.clone().unwrap_or_else(|| c.stem(i).to_string());
                let head = head.as_str();
                let key = std::iter::once(head).chain((i + 1..e).map(|k| c.stem(k))).collect::<Vec<_>>().join(" ");
                // (a known body's name after a head is that body: جماعة أنصار الله, قوات حلف
                // شمال الأطلسي, تلفزيون رويترز)
                // (and its adjectives after it: جماعة أنصار الله الحوثية)
                let after_head = || {
                    let (end, a) = c.longest(i + 1, lx.max_len, |k| lx.actors.get(k).filter(|a| a.etype == EntityType::Org))?;
                    (end..e).all(|k| is_adjective(c.full(k))).then_some(a)
                };
                let known = lx.actors.get(&key).or_else(after_head).map(|a| a.id.clone());
                // (a head in construct with a definite noun names one body: وزارة المالية,
                // هيئة الاتصالات; a head with the article or a pronoun, or followed by a bare
                // word, is most often a description: اللجنة التنفيذية, برنامجها النووي)
                let construct = c.construct_form(i) && c.has_article(i + 1);
                // (an armed force is an actor under its description too, قوات النظام, جيش
                // الاحتلال, but only in construct or with an adjective that says whose or which
                // force it is: القوات الأمريكية, القوات الحكومية, الجيش الحر; القوات المدعومة
                // روسياً and القوات المهاجمة only describe)
                // (تنظيم is also the verbal noun "organising": تنظيم المعرض is no group unless the
                // tagger reads one there)
                let verbal = head == "تنظيم" && c.tags[i] == 0 && c.tags[i + 1] == 0;
                let armed = (c.is_head(ARMED_HEADS, i) || ARMED_HEADS.contains(&head)) && (!c.has_article(i) || (i + 1..e).any(|k| ACTOR_ADJECTIVES.contains(&c.stem(k))));
                // (a preposition's phrase right after the head describes an unnamed body: شركة
                // للإنتاج, مؤسسة للطبع والنشر, مكتب للتجارة الخارجية)
                let described = c.full(i + 1).starts_with('ل') && !c.full(i + 1).starts_with("ال");
                let organ = ORGANS.contains(&key.as_str());
                // (nor does a head that is as often a common noun, in construct with common nouns
                // the tagger reads nothing in and which the news corpus seldom names anything with:
                // حركة المرور "traffic", حركة الرياح السطحية in a weather report, بعثة الفريق "the
                // team's party", برنامج الحفل; a scope or a people's adjective keeps it a name,
                // برنامج الغذاء العالمي, حركة التمرد الكردية; names of movements such as حركة
                // النهضة are in the actor table)
                // (and حركة before what moves is traffic or trade, never a movement: حركة الرياح
                // السطحية in a daily weather report, 82 organisations on nine days; حركة التجارة,
                // حركة النقل)
                let moving = head == "حركه" && MOVING_THINGS.contains(&c.stem(i + 1));
                let common = moving
                    || construct
                        && matches!(head, "حركه" | "بعثه" | "برنامج")
                        && (i..e).all(|k| c.tags[k] == 0 && !SCOPE_ADJECTIVES.contains(&c.stem(k)) && !place_adjective(c.stem(k)))
                        && (i + 1..e).all(|k| crate::ner::corpus_named_share(c.stem(k)) <= 1 && !lx.places.contains_key(c.stem(k)) && !lx.actors.contains_key(c.stem(k)));
                if known.is_some() || (!described && !verbal && !organ && !common && (armed || construct || org_name_evidence(&c, i, e))) {
                    let before = c.out.len();
                    c.push(i, e, EntityType::Org, known, "org-head", 0.7);
                    if glued.is_some() {
                        let cut = c.first_letter_len(i);
                        if let Some(m) = c.out.get_mut(before..).and_then(|ms| ms.first_mut()) {
                            m.span.start += cut;
                            m.value.key = key;
                        }
                    // a head the tokenizer cut (فضائية → ضائية) keeps its first letter
                    } else if c.out.len() > before && !ORG_HEADS.contains(&c.stem(i)) && !MEDIA_HEADS.contains(&c.stem(i)) {
                        let (start, key) = (c.doc.tokens[i].span.start, std::iter::once(c.full(i)).chain((i + 1..e).map(|k| c.stem(k))).collect::<Vec<_>>().join(" "));
                        if let Some(m) = c.out.last_mut() {
                            m.span.start = start;
                            m.value.key = key;
                        }
                    }
                }
            }
        } else if c.is_head(OTHER_BODY_HEADS, i) && place_head(c.stem(i)).is_none() {
            // a centre, society or institute named after a titled person, with its purpose
            // (مركز الملك سلمان للإغاثة والأعمال الإنسانية, جمعية الأمير فهد بن سلمان الخيرية);
            // the tagger cut such names at the title
            if let Some(e) = body_named_after_person(&c, i) {
                let e = purpose_phrase(&c, e, true);
                c.push(i, e, EntityType::Org, None, "org-head+person", 0.7);
            }
        }
    }
    // 1a. airlines: طيران before a place's name (طيران الإمارات, طيران الخليج, طيران الشرق
    // الأوسط) and a name before للطيران (العربية للطيران) are companies, not the place: the
    // gazetteer had read the Emirates airline as the country
    airlines(&mut c);
    // 1b. a paper or channel the page names after its head (مجلة العربي, صحيفة الوطن), named
    // again alone in brackets or quotes: «التقت (العربي) الإمام», «قالت "الوطن"». The bare word
    // is often an adjective or a place elsewhere, so only the marked form is read
    papers_named_again(&mut c);
    // 2. places after a head word, then gazetteer names
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        // a facility's head may carry a preposition the tokenizer left on it (بمستشفى الملك فهد,
        // لمطار دمشق): the facility is named from the head itself
        let plain = place_head(c.stem(i));
        let glued = plain.is_none().then(|| glued_facility_head(&c, i)).flatten();
        let before = c.out.len();
        // (a pronoun on the word after the head makes it a noun: منطقة قطرها ستة كيلومترات, "an
        // area whose diameter is six kilometres", names no Qatar)
        let pronoun_next = || c.doc.tokens.get(i + 1).is_some_and(|t| t.suffix(&c.doc.raw).starts_with('ه'));
        if let Some(t) = plain.or(glued.as_ref().map(|_| EntityType::Fac)).filter(|_| !hamza_clash(&c, i) && !pronoun_next()) {
            let a = i + 1;
            // (one word must be spelt with or without the article as the gazetteer spells it:
            // الصحراء السورية is the Syrian desert, not a place called سورية)
            // (a sea or lake the gazetteer names with its head, بحر قزوين, is that sea, not the
            // town named after it, Qazvin; one it lacks, named after a country, is a sea still:
            // بحر الصين الجنوبي, not China. The sea of a town, بحر ينبع, is at the town, and is
            // placed there as before)
            let sea = matches!(c.stem(i), "بحر" | "بحيره") && !c.has_article(i);
            // (so is a river, valley, plain or mountain the gazetteer names with its head: نهر
            // الأردن is the river, not the country; جبل طارق is Gibraltar, not a place called
            // طارق)
            let feature = NATURAL_HEADS.contains(&c.stem(i)) && !c.has_article(i);
            // (looked up for these heads only: the branches below look up every other head's name)
            let whole = (sea || feature).then(|| c.longest(i, lx.max_len, |k| lx.places.get(k)).filter(|(e, _)| *e > a)).flatten();
            let of_country = (sea && whole.is_none()).then(|| c.longest(a, lx.max_len, |k| lx.places.get(k)).filter(|(_, ps)| ps.iter().all(|p| p.kind.is_none() && p.country_level))).flatten();
            if let Some((e, ps)) = whole {
                // (a name the gazetteer has as a settlement or territory, جبل طارق, وادي السير, is
                // one; the sea of a town stays a location)
                c.push(i, e, ps[0].kind.unwrap_or(if sea { t } else { EntityType::Gpe }), None, "place-head+gazetteer", 0.9);
                c.keep_place_ending(e);
            } else if let Some((e, _)) = of_country {
                let mut e = e;
                if e < n && !c.used[e] && c.same_sentence(e - 1, e) && c.has_article(e) && is_direction(c.stem(e)) {
                    e += 1;
                }
                c.push(i, e, EntityType::Loc, None, "place-head", 0.7);
            } else if a < n
                && t == EntityType::Loc
                && c.has_article(i)
                && c.has_article(a)
                && !c.used[a]
                && c.same_sentence(i, a)
                && place_adjective(c.stem(a))
                && (!c.stem(i).ends_with('ه') || c.stem(a).ends_with('ه'))
            {
                // a region named by its head and its country (الصحراء السورية, الساحل السوري);
                // an adjective that does not agree with its feminine head speaks of something
                // else, a club mostly (الجزيرة الإماراتي is نادي الجزيرة)
                c.push(i, a + 1, t, None, "place-head", 0.7);
            } else if let Some((e, ps)) =
                c.longest(a, lx.max_len, |k| lx.places.get(k)).filter(|(e, ps)| *e > a + 1 || (ps.iter().any(|p| p.article == c.has_article(a)) && place_head(c.stem(a)).is_none()))
            {
                // (one word that is itself a place head names no place: مطار مدينة تولكا)
                // ريف إدلب: the head qualifies; the named place itself is a GPE (a camp stays a
                // facility, a river a location: نهر الفرات)
                // (a facility is named with its head, مطار دمشق, and geocoded to the place)
                // (a compound name's first word is no place alone: مخيم عين الحلوة)
                let e = if e == a + 1
                    && TOPONYM_FORMERS.contains(&c.stem(a))
                    && !c.has_article(a)
                    && e < n
                    && !c.used[e]
                    && c.arabic(e)
                    && c.same_sentence(a, e)
                    && !is_function_word(c.full(e))
                    && !glued_preposition(&c, e)
                {
                    e + 1
                } else {
                    e
                };
                if t == EntityType::Fac {
                    let mut e = e;
                    // (and the general, old or new one: مستشفى جدة العام, مستشفى الرس القديم; not
                    // the year, مستشفى جدة العام الماضي)
                    let descriptor =
                        |k: usize| c.has_article(k) && matches!(c.stem(k), "عام" | "قديم" | "جديد") && !(k + 1 < n && matches!(c.stem(k + 1), "ماضي" | "مقبل" | "حالي" | "جاري" | "قادم" | "دراسي"));
                    while e < n && !c.used[e] && c.same_sentence(e - 1, e) && ((is_adjective(c.full(e)) && !place_adjective(c.stem(e))) || descriptor(e)) {
                        e += 1;
                    }
                    let before = c.out.len();
                    c.push(i, e, t, None, "place-head+gazetteer", 0.9);
                    // (the general hospital is the town's hospital: one key, so that the pages
                    // that leave العام out name the same facility)
                    if c.out.len() > before {
                        if let Some(m) = c.out.last_mut() {
                            if let Some(k) = m.value.key.strip_suffix(" عام") {
                                m.value.key = k.to_string();
                            }
                        }
                    }
                } else {
                    c.push(a, e, ps[0].kind.unwrap_or(EntityType::Gpe), None, "place-head+gazetteer", 0.9);
                    c.keep_place_ending(e);
                }
            } else if let Some(e) = named_after_person(&c, a) {
                // مستشفى الملك فهد: the head stays in the name, which is not the king's
                c.push(i, e, t, None, "place-head+person", 0.7);
            } else if a < n && c.full(a).starts_with("ال") && !c.used[a] && c.same_sentence(i, a) && !c.has_article(i) && crate::ner::corpus_name_type(c.stem(a)) == Some("NORP") {
                // a people after a bare head names the place with it: بحر العرب, جزيرة العرب (not
                // a place called العرب)
                c.push(i, a + 1, t, None, "place-head", 0.7);
            } else if !is_adjective(c.full(a))
                && !crate::ner::corpus_says_ordinary(c.stem(a))
                && !bare_adjective(&c, a)
                && !glued_preposition(&c, a)
                // (nor a pronoun after a verb spelt like a head, سهّل له, or the rest of a
                // person's name whose given name, as the corpus reads it, is spelt like the head,
                // طريق سهل بن أبي حثمة; places are named with بن and أبو too, وادي بن هشبل,
                // محافظة أبو عريش, مستشفى ابن جلوي)
                && !is_function_word(c.full(a))
                && !PRONOUN_OBJECTS.contains(&c.full(a))
                // (قضاء الله is God's decree, no district)
                && c.full(a) != "الله"
                && !(matches!(c.stem(a), "بن" | "ابن") && crate::ner::corpus_name_type(c.stem(i)) == Some("PER"))
                // (a capital is of a place: where neither the gazetteer nor the tagger knows one
                // after it, it is a title, عاصمة الثقافة الإسلامية, عاصمة الضباب for London)
                && (c.stem(i) != "عاصمه" || c.tagged_place(a))
            {
                // (بالسجن مدة: a prison, then a duration, not a prison named so; مطار دولي,
                // مدينة أميركية: an adjective; المستشفى لأربعين يوما: a preposition's object)
                let mut e = c.name_run(a, 2, true);
                // (a town or region is named with no purpose after it, as a body is: المدينة
                // المنورة للعروض is Medina, then "for the shows"; صحراء شرورة لتلقي التدريبات)
                if matches!(t, EntityType::Gpe | EntityType::Loc) {
                    // (the tokenizer leaves ل on some: لعدم, whose rest is an ordinary word; not on
                    // لويس of سانت لويس)
                    let purpose = |k: usize| {
                        let split = c.doc.tokens[k].prefix(&c.doc.raw).starts_with('ل');
                        (split || c.after_glued_preposition(k).is_some_and(|r| c.stem(k).starts_with('ل') && crate::ner::corpus_says_ordinary(r))) && !lx.places.contains_key(c.stem(k))
                    };
                    if let Some(k) = (a + 1..e).find(|&k| purpose(k)) {
                        e = k;
                    }
                }
                // (a bare second word the tagger reads inside the same name, or one the news
                // corpus knows only as a name: حي بابا عمرو)
                let inside = |k: usize| isnad_tagger::label_parts(c.tags[k]).is_some_and(|(_, begin)| !begin) && isnad_tagger::label_parts(c.tags[a]).is_some();
                // (another head starts another name: مدينة قوانغتشو مدينة …)
                let name_word = |k: usize| {
                    crate::ner::corpus_says_named(c.stem(k))
                        && !crate::ner::corpus_says_ordinary(c.stem(k))
                        && !is_function_word(c.full(k))
                        && !c.full(k).starts_with(['ي', 'ت'])
                        && place_head(c.stem(k)).is_none()
                        && !ORG_HEADS.contains(&c.stem(k))
                };
                // (a bare compass point after the name places it: بلدة عندان شمال حلب)
                let bearing = |k: usize| matches!(c.stem(k), "شمال" | "جنوب" | "شرق" | "غرب" | "وسط") || is_direction(c.stem(k));
                // (and a compound name's first word always: منطقة سيدي بشر)
                let former = |k: usize| TOPONYM_FORMERS.contains(&c.stem(a)) && !is_function_word(c.full(k));
                if e == a + 1
                    && e < n
                    && !c.used[e]
                    && c.arabic(e)
                    && !c.has_article(a)
                    && c.same_sentence(a, e)
                    && (inside(e) || name_word(e) || former(e))
                    && !glued_preposition(&c, e)
                    && !bearing(e)
                {
                    e += 1;
                }
                // an adjective with the article after a name (not a common noun: قصر الحكم),
                // which the tagger leaves out of it, qualifies the head: مدينة مومباي الهندية,
                // مدينة قوانغتشو المعروفة ("the city known as"), بلدة كوباني الحدودية. Not
                // after a facility's name (مطار عدن الدولي, مستشفى طريف العام), nor a direction,
                // which often ends a region's name (البقاع الغربي)
                if e == a + 2 && t != EntityType::Fac && c.has_article(a + 1) && !crate::ner::corpus_says_ordinary(c.stem(a)) && !inside(a + 1) && !is_direction(c.stem(a + 1)) {
                    let st = c.stem(a + 1);
                    let adjective = is_adjective(c.full(a + 1)) || (feminine_head(c.stem(i)) && st.ends_with('ه'));
                    if adjective && (crate::ner::corpus_says_ordinary(st) || place_adjective(st)) {
                        e = a + 1;
                    }
                }
                // the head is part of a facility's name (مطار دمشق, سجن صيدنايا) and of any
                // name it heads with the article (المسجد الحرام, المدينة المنورة); otherwise it
                // only describes the place (مدينة حلب, جزيرة كورسيكا). A head with the article
                // takes no genitive, so a bare word after it is no name of it (وزير القضاء حاييم)
                let named_with_head = t == EntityType::Fac || c.has_article(i);
                // (nor is a word joined by و: المنطقة والمملكة; ف is left alone, the tokenizer
                // takes it off names such as فلوريدا)
                let joined = c.doc.tokens.get(a).is_some_and(|t| t.prefix(&c.doc.raw).starts_with('و'));
                let genitive_of_definite = c.has_article(i) && !c.has_article(a);
                // (a head with the article after a demonstrative points back to a place named
                // before, and what follows it is the sentence going on: استوطن هذه المدينة آلاف
                // التجار)
                let pointed = c.has_article(i) && i > 0 && matches!(c.full(i - 1), "هذه" | "هذا" | "تلك" | "ذلك");
                // (nor is a plural counted by a number: عاصمة اللاءات الثلاث "the capital of the
                // three noes")
                let counted = (a + 1..e).any(|k| c.has_article(k) && CARDINALS.contains(&c.stem(k)));
                // (nor is a head with the article and an adjective the tagger reads nothing in and
                // the news corpus never names anything with: حكم عليه بالسجن المؤبد "life
                // imprisonment"; المسجد الحرام is named in the corpus)
                let described = c.has_article(i) && c.has_article(a) && (a..e).all(|k| c.tags[k] == 0 && crate::ner::corpus_named_share(c.stem(k)) == 0);
                if e > a && !genitive_of_definite && !joined && !pointed && !counted && !described {
                    let before = c.out.len();
                    let (s, _) = c.push(if named_with_head { i } else { a }, e, t, None, "place-head", 0.7);
                    // (a river's, valley's, plain's or mountain's head is part of its name, as in
                    // NewsFANE, whose first 90% keep نهر, وادي, سهل and جبل in 19 such names and
                    // leave them out of 6: نهر النيل, وادي الهندوس, جبل فيكتوريا. The key stays the
                    // name alone, so that وادي تبالة is placed at تبالة when the gazetteer lacks
                    // the valley)
                    if feature && s == a && c.out.len() > before {
                        c.used[i] = true;
                        let start = c.span(i, i + 1).start;
                        if let Some(m) = c.out.last_mut() {
                            m.span.start = start;
                        }
                    }
                }
            }
        }
        if let Some(glued) = glued {
            let start = c.span(i, i + 1).start;
            drop_glued_letter(&mut c, before, start, glued);
        }
        // a peninsula is شبه جزيرة, "almost an island": شبه opens its name (شبه الجزيرة الإيطالية,
        // شبه جزيرة سيناء; the tagger took شبه جزيرة for a place of its own). The key stays the
        // name the head was read with, so that Sinai is placed
        if c.stem(i) == "جزيره" && i > 0 && c.stem(i - 1) == "شبه" && !c.used[i - 1] && c.construct_form(i - 1) && c.same_sentence(i - 1, i) && c.out.len() > before {
            let start = c.span(i - 1, i).start;
            if let Some(m) = c.out.get_mut(before) {
                m.span.start = start;
                c.used[i - 1] = true;
                c.used[i] = true;
            }
        }
    }
    // 3b. roads, parks, gates and stadiums named after a titled person (طريق الملك عبدالله,
    // بحديقة الملك فهد): the title would read the king himself
    facilities_named_after_persons(&mut c);
    // 4. persons after titles: TITLE (qualifiers) NAME NAME
    for i in 0..n {
        let f = c.full(i);
        // (a title may carry the preposition ل, which takes the article's alef: للشيخ محمد بن
        // راشد "to Sheikh Mohammed bin Rashid")
        let to_title = || f.strip_prefix("لل").is_some_and(|r| TITLES.iter().any(|t| t.strip_prefix("ال") == Some(r)));
        if !TITLES.contains(&f) && !TITLES.contains(&c.stem(i)) && !to_title() && !and_title(f) {
            continue;
        }
        // (a title after عبد is a given name's second word: عبد الملك بن مروان, عبد الملك
        // الحوثي, عبد الأمير)
        if i > 0 && c.stem(i - 1) == "عبد" && c.same_sentence(i - 1, i) {
            continue;
        }
        // (a title inside the name of a body or place already read is that name's, and the
        // word right after the name is no holder of it: مطار الملك خالد يرحب, where the verb
        // after the airport was the king's holder; a title after the name may still come,
        // بجامعة الملك خالد البروفيسور خالد جلبان). Not a title that opens the body's name, as
        // a rank read as a brigade does: اللواء العناني حمودة)
        let at = c.doc.tokens[i].span;
        let inside_body = c.used[i] && c.out.iter().any(|m| m.value.etype != EntityType::Per && m.span.start < at.start && at.end <= m.span.end);
        let mut qualified = false;
        // a town the gazetteer names with a title (الشيخ زويد in Sinai, الشيخ عثمان in Aden) is
        // that town where the words around it speak of places: after في, a direction or a word
        // for areas, or before another place joined by و (الشيخ زويد ورفح). Elsewhere such a
        // name is a person's as often (الشيخ سعد), and the title's rule reads it so.
        if let Some((e, _)) = c.longest(i, lx.max_len, |k| lx.places.get(k)).filter(|(e, _)| *e > i + 1) {
            let area_before = i > 0
                && c.same_sentence(i - 1, i)
                && (matches!(c.full(i - 1), "في" | "الي")
                    || matches!(c.stem(i - 1), "مناطق" | "منطقه" | "احياء" | "حي" | "مدينه" | "مدينتي" | "بلده" | "مركز" | "جنوب" | "شمال" | "شرق" | "غرب" | "وسط"));
            let place_after = e < n && c.same_sentence(e - 1, e) && c.doc.tokens[e].prefix(&c.doc.raw).starts_with('و') && c.tagged_place(e);
            if area_before || place_after {
                continue;
            }
        }
        // skip the title's qualifiers: باسم X, adjectives with ال, a known mention, quoted names
        let reported = i > 0 && reporting_verb(&c, i - 1);
        let mut j = i + 1;
        let mut steps = 0;
        let mut after_place = false;
        while j < n && steps < 6 && c.same_sentence(j - 1, j) {
            let covered = c.used[j];
            // a person the alias table already named here (الرئيس الأميركي دونالد ترامب) takes the
            // title as its role
            if covered {
                let start = (c.doc.tokens[j].stem.start, c.doc.tokens[j].span.start);
                let role = Span { start: c.doc.tokens[role_start(&c, i)].span.start, end: c.doc.tokens[j - 1].span.end };
                // (not one joined by و, the next of a list: بايدن نائب الرئيس الأمريكي وحيدر العبادي;
                // nor a bare title right before the name, in construct with it: مستشار أوباما)
                let joined = c.doc.tokens[j].prefix(&c.doc.raw) == "و";
                let construct = construct_after(&c, i, j);
                if let Some(m) = c.out.iter_mut().find(|m| m.value.etype == EntityType::Per && (m.span.start == start.0 || m.span.start == start.1)) {
                    if m.value.role.is_none() && j > i && !joined && !construct {
                        m.value.role = Some(role);
                    }
                    break;
                }
            }
            let k = c.full(j);
            let qualifier = covered
                || k == "باسم"
                || (k.starts_with("ال") && !foreign_given_name(&c, j) && !family_name_after_title(&c, i, j))
                || k.starts_with("لل")
                || TITLE_ADJECTIVES.contains(&c.stem(j))
                || matches!(k, "العام" | "في" | "الي" | "لدي" | "\"" | "«" | "»" | "،" | ",");
            // a bare complement of the title and the place it is of (رئيس وزراء بريطانيا, وزير
            // خارجية كوبا, مدير تعليم مكة): a noun the news mostly writes with the article, then a
            // well-known place; the name comes after them
            let of_place = !qualifier
                && j + 2 < n
                && c.same_sentence(j, j + 2)
                && k == c.stem(j)
                && crate::ner::word_stats(k).prior % 4 >= 2
                && !c.used[j + 1]
                && lx.places.get(c.stem(j + 1)).is_some_and(|ps| ps.iter().any(|p| p.well_known() && p.kind.is_none()));
            if of_place {
                j += 2;
                steps += 2;
                after_place = true;
                continue;
            }
            // a body's organ is part of the title (رئيس مجلس الإدارة فلان; in construct, مجلس إدارة
            // الشركة, the body follows it)
            if !qualifier && j + 2 < n && c.same_sentence(j, j + 1) && c.has_article(j + 1) && organ_at(&c, j) {
                j += 2;
                steps += 2;
                continue;
            }
            // an abbreviated honorific (د. for doctor, م. for engineer) stands before the name
            if !qualifier && matches!(k, "د" | "م") && j + 1 < n && c.full(j + 1) == "." {
                j += 2;
                steps += 2;
                continue;
            }
            if !qualifier {
                break;
            }
            qualified |= !covered;
            // after a preposition comes its object, a place or body (الوزير إلى فيينا,
            // سفير سوريا لدى الأمم المتحدة), never the title holder's name
            if matches!(k, "في" | "الي" | "لدي") && j + 1 < n {
                j += 1;
                steps += 1;
            }
            // (a name already read is one step, however long: المتحدث الرسمي باسم مركز الملك
            // سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ)
            if covered {
                while j + 1 < n && c.used[j + 1] && c.same_sentence(j, j + 1) {
                    j += 1;
                }
            }
            j += 1;
            steps += 1;
        }
        let family_name = family_name_after_title(&c, i, j);
        if j >= n
            || c.used[j]
            || !c.arabic(j)
            || !(can_start_name(&c, j) || foreign_given_name(&c, j) || family_name)
            || title_after_and(&c, j)
            || PRONOUN_OBJECTS.contains(&c.full(j))
            || (inside_body && !qualified)
            || (construct_after(&c, i, j) && !c.doc.tokens[j].prefix(&c.doc.raw).starts_with('و'))
        {
            continue;
        }
        if verb_or_phrase_after_title(&c, j) {
            continue;
        }
        // a title in apposition to the person before it is that person's, and a word joined by و
        // after it is the next person of a list (ممدوح عباس رئيس النادي الأسبق ورؤوف جاسر: the
        // former chairman is Abbas): a person without the role where the word is a given name,
        // else no person (رئيس الوزراء التركي، وطالب "and demanded")
        // (the title's chain first: بايدن نائب الرئيس الأمريكي وحيدر العبادي)
        let joined = c.doc.tokens[j].prefix(&c.doc.raw) == "و";
        let mut p = i;
        while p > 0 && c.same_sentence(p - 1, p) && (is_title(c.stem(p - 1)) || is_title(c.full(p - 1))) {
            p -= 1;
        }
        let apposed = joined
            && p > 0
            && c.same_sentence(p - 1, p)
            && (c.tagged_person(p - 1, false) || {
                let end = c.doc.tokens[p - 1].stem.end;
                c.out.iter().any(|m| m.value.etype == EntityType::Per && m.span.end == end)
            });
        if apposed && !crate::ner::follows_titles(c.stem(j)) && !c.tagged_person(j, false) {
            continue;
        }
        // a name with a preposition glued on, which the tagger reads without it, is the
        // preposition's object (القوات الموالية لهادي), not the title's holder: it is named
        // without the letter and takes no role
        // (the rest must be a name the corpus gives names to, and the whole word no given name
        // the corpus finds after titles: ليلى is no ل + يلي, nor بندر a ب + ندر)
        let glued = matches!(c.stem(j).chars().next(), Some('ل' | 'ب')) && {
            let rest = crate::ner::tagger_stem(c.stem(j));
            rest != c.stem(j) && crate::ner::corpus_named_share(rest) >= 2 && !crate::ner::follows_titles(c.stem(j))
        };
        // a word before another title is part of the title (نائب مساعد وزير الدفاع: the name
        // follows the last title, which this loop meets in its turn)
        if j + 1 < n && c.same_sentence(j, j + 1) && (TITLES.contains(&c.full(j + 1)) || TITLES.contains(&c.stem(j + 1))) && !c.tagged_person(j, false) {
            continue;
        }
        // (after a title's place, a name the corpus finds after titles or the tagger reads as a
        // person's: رئيس دولة الإمارات مرسوماً is a decree)
        if after_place && !crate::ner::follows_titles(c.stem(j)) && !c.tagged_person(j, false) {
            continue;
        }
        // محافظ حمص, سفير سوريا: the governor or ambassador of a place, not a person named so
        if lx.places.get(c.stem(j)).is_some_and(|ps| ps.iter().any(|p| p.well_known())) {
            continue;
        }
        // a name is two words, plus a surname with the article (بشار الأسد, بشار حافظ الأسد); a
        // given name written عبد and a word is one word of it (عبد ربه منصور هادي)
        let servant = usize::from(c.stem(j) == "عبد" && j + 1 < n && c.arabic(j + 1) && !c.used[j + 1] && c.same_sentence(j, j + 1));
        // (a family name with the article is the whole name, but for a nasab after it: الأمير
        // الوليد بن طلال; the words after it are the sentence's, وأهاب العقيد الغامدي باليمنيين,
        // unless the tagger reads in the name a family name with the article after it: الدكتور
        // السعيد الورقي; not اللواء السحيباني شكره "his thanks")
        let family_name = family_name && !(c.tagged_person(j + 1, true) && j + 1 < n && c.doc.tokens[j + 1].prefix(&c.doc.raw) == "ال");
        let mut e = j;
        // (an ordinal right after a given name is the bearer's number, of the title's gender:
        // الملك متان الأول, الملكة إليزابيث الثانية; رسالة الملك سلمان الثانية is his second letter)
        let feminine = |k: &str| k.ends_with('ه') || k == "اولي";
        let regnal = |e: usize| e == j + 1 + servant && c.has_article(e) && regnal_ordinal(c.stem(e)) && feminine(c.stem(e)) == feminine(c.stem(i));
        // (a particle of a European name adds a word to it: ماركو بولو دل نيرو, فان دير)
        let particles = |e: usize| (j..e).filter(|&k| NAME_PARTICLES.contains(&c.stem(k))).count();
        // (and a given name in two words with الدين counts as one: عبد الملك بدر الدين الحوثي,
        // نور الدين بن محمد)
        let din = |e: usize| (j + 1..e).filter(|&k| c.full(k) == "الدين" && !c.has_article(k - 1)).count();
        while !family_name
            && e < n
            && e < j + 3 + servant + particles(e) + din(e)
            && c.arabic(e)
            && !c.used[e]
            && ((!is_function_word(c.full(e)) && !is_function_word(c.stem(e))) || regnal(e))
            && (e == j || c.same_sentence(e - 1, e))
        {
            if e > j && (ORG_HEADS.contains(&c.stem(e)) || c.full(e).starts_with("لل") || TITLE_ADJECTIVES.contains(&c.stem(e)) || (glued_preposition(&c, e) && !c.tagged_person(e, true))) {
                break;
            }
            // (a third bare word only when the tagger reads it inside the name, سيد محمد خاتمي,
            // or it is a surname after a bare second word: the corpus lexicon reads it mostly as
            // a person's and the news never writes it with the article, مولود جاويش أوغلو; a verb
            // after a two-word name is neither, nor مساعد "assistant", a given name too, nor a
            // wife's name after وزوجته)
            // (a word the tagger reads as the start of a place is where the sentence goes on:
            // وصل الملك سلمان الرياض)
            if e > j + servant && c.tagged_place(e) && c.tags.get(e).and_then(|&l| isnad_tagger::label_parts(l)).is_some_and(|(_, begin)| begin) {
                break;
            }
            let tagged_inside = c.tagged_person(e, true);
            // (a title with the article and its adjective after the name is in apposition to it:
            // الدكتور نبيل العربي الأمين العام; and a word with the article the news corpus names
            // bodies or places with, which the tagger leaves out of the name and whose corpus word
            // class is not one of names, is no surname: عبدالرحمن السديس الشباب في الأمة; a
            // nisba is, العربي, and a family the corpus knows by its firm, العثيم)
            let apposed_title = TITLES.contains(&c.full(e)) && c.has_article(e) && e + 1 < n && c.same_sentence(e, e + 1) && (TITLE_ADJECTIVES.contains(&c.stem(e + 1)) || is_adjective(c.full(e + 1)));
            let bodies = names_bodies(c.stem(e)) && crate::ner::class_named_share(c.stem(e)) < 0.5;
            // (nor does a name run on over another title, which starts the next name: رئيس لجنة
            // التنمية ببقيق الشيخ حسن)
            // (not inside a Mauritanian's name: إسماعيل ولد الشيخ أحمد)
            let next_title = TITLES.contains(&c.full(e)) && !tagged_inside && !is_name_connector(c.full(e - 1)) && c.full(e - 1) != "ولد";
            if e > j + servant && (apposed_title || next_title || (c.has_article(e) && !tagged_inside && bodies)) {
                break;
            }
            // (a word joined by و begins the next noun: الملك سلمان وولي العهد)
            let split = c.doc.tokens[e].prefix(&c.doc.raw).starts_with('و');
            if e > j + servant && ((split && !tagged_inside) || title_after_and(&c, e)) {
                break;
            }
            let surname = crate::ner::corpus_name_type(c.stem(e)) == Some("PER") && crate::ner::word_stats(c.stem(e)).prior % 4 == 0 && c.full(e - 1) == c.stem(e - 1);
            if e == j + 2 + servant + din(e) && !c.full(e).starts_with("ال") && !tagged_inside && !surname {
                break;
            }
            // (an adjective with the article the news corpus never names anyone with, outside
            // the tagger's name, describes the title's holder: الرئيس خاتمي الإصلاحي)
            if e > j + servant && c.has_article(e) && crate::ner::corpus_says_ordinary(c.stem(e)) && c.tags.get(e).is_some_and(|&l| l == 0) && !regnal(e) {
                break;
            }
            // a bare word the news corpus never names anyone with, which the tagger does not read
            // as a name here either, is the sentence going on: the verb after the name (الملك
            // سلمان استقبل, الرئيس عباس يتحدث); a surname that is also a word stays (فوزي جمعة)
            // ... unless the clause frames the name: "قال القيادي فلان أمد إن", where a reporting
            // verb opens the clause and its complement إن or أن closes it right after the word
            let framed = e == j + 1 + servant && reported && matches!(c.full(e + 1), "ان" | "انه" | "انها") && !is_function_word(c.stem(e));
            // (so is a bare word the corpus never saw, which the tagger does not read as a name
            // and whose letters spell no name: الوزير مهاجراني لايؤمن)
            let word = crate::ner::corpus_says_ordinary(c.stem(e)) || crate::ner::unseen_and_spelt_like_a_word(c.stem(e));
            if e > j + servant && !c.has_article(e) && word && !is_name_connector(c.stem(e)) && c.tags.get(e).is_some_and(|&l| l == 0) && !framed {
                break;
            }
            e += 1;
        }
        let e = if family_name { j + 1 } else { e };
        let mut e = c.nasab_end(j, e);
        // (and ends no name)
        while e > j + 1 && NAME_PARTICLES.contains(&c.stem(e - 1)) {
            e -= 1;
        }
        if e > j {
            let role = Span { start: c.doc.tokens[role_start(&c, i)].span.start, end: c.doc.tokens[j - 1].span.end };
            let before = c.out.len();
            let foreign = foreign_given_name(&c, j);
            c.push(j, e, EntityType::Per, None, "title+name", 0.7);
            let pushed = c.out.len() > before;
            if let Some(m) = c.out.last_mut().filter(|_| pushed) {
                // (keyed without its ال, as the tagger keys it, so that the pages that name him
                // without a title name the same person)
                if foreign {
                    if let Some(rest) = m.value.key.strip_prefix("ال").filter(|r| r.chars().take_while(|&ch| ch != ' ').count() >= 2) {
                        m.value.key = rest.to_string();
                    }
                }
                if glued {
                    m.span.start += c.doc.raw.get(m.span.start as usize..).and_then(|r| r.chars().next()).map_or(0, |ch| ch.len_utf8() as u32);
                    m.value.key = m.value.key.chars().skip(1).collect();
                } else if !apposed {
                    m.value.role = Some(role);
                }
            }
        }
    }
    // 4b. NAME، TITLE after a reporting verb: "وقال فلان فلان، المتحدث باسم …"
    for i in 2..n {
        if !(TITLES.contains(&c.full(i)) || TITLES.contains(&c.stem(i))) {
            continue;
        }
        // "فلان فلان، المتحدث" or "فلان فلان، وهو متحدث"
        let comma = if matches!(c.full(i - 1), "،" | ",") {
            i - 1
        } else if i >= 3 && matches!(c.full(i - 1), "وهو" | "وهي") && matches!(c.full(i - 2), "،" | ",") {
            i - 2
        } else {
            continue;
        };
        let e = comma;
        let mut s = e;
        while s > 0 && e - s < 3 && c.arabic(s - 1) && !c.used[s - 1] && !is_function_word(c.full(s - 1)) && !reporting_verb(&c, s - 1) {
            s -= 1;
        }
        // the word before the name must be a reporting verb (the walk back stops at one: وأوضح,
        // which `is_function_word` does not list, had been read as the name's first word);
        // an office is no name (قال وزير التعليم، الدكتور فلان: the minister is the doctor)
        // (its first word: آل الشيخ ends a family's name)
        let office = s < e && (is_title(c.stem(s)) || is_title(c.full(s)));
        let fresh = s < e && s > 0 && reporting_verb(&c, s - 1) && !c.full(s).starts_with("ال") && !office;
        // (a person read already, by the alias table or a rule, takes the role the same way:
        // "وقال باراك أوباما، الرئيس الأمريكي، إن")
        let named = if fresh || e == 0 {
            None
        } else {
            let before = c.doc.tokens[e - 1].span.end;
            c.out.iter().position(|m| {
                let first = c.doc.tokens.partition_point(|t| t.span.end <= m.span.start);
                m.value.etype == EntityType::Per && m.value.role.is_none() && m.span.end == before && first > 0 && reporting_verb(&c, first - 1)
            })
        };
        if !fresh && named.is_none() {
            continue;
        }
        // (the role is the title with its complement, up to the next comma, function word or
        // sentence end: "فلان، رئيس الجمعية الخيرية بجدة، إن" is the society's chairman)
        // (باسم and لدى bind what follows to the title: المتحدث باسم الوزارة, سفيرها لدى الأمم المتحدة)
        let word = |r: usize| (c.arabic(r) || c.doc.tokens[r].kind == TokenKind::Latin) && (!is_function_word(c.full(r)) || matches!(c.full(r), "باسم" | "لدي")) && !c.used[r];
        let mut r = i + 1;
        while r < n && r < i + 8 && c.same_sentence(r - 1, r) && word(r) {
            r += 1;
        }
        // (a body or place already read inside the complement belongs to it)
        while r < n && r < i + 12 && c.same_sentence(r - 1, r) && c.used[r] {
            let t = c.doc.tokens[r].span;
            let Some(end) = c.out.iter().filter(|m| m.value.etype != EntityType::Per && m.span.start < t.end && t.start < m.span.end).map(|m| m.span.end).max() else { break };
            while r < n && c.doc.tokens[r].span.start < end {
                r += 1;
            }
            while r < n && r < i + 12 && c.same_sentence(r - 1, r) && word(r) {
                r += 1;
            }
        }
        // (a preposition left alone at the end, before a name in another script or quotes,
        // is no part of the title: المدير العام لـ)
        while r > i + 1 && matches!(c.full(r - 1), "ل" | "ب" | "لـ") {
            r -= 1;
        }
        let role = Span { start: c.doc.tokens[i].span.start, end: c.doc.tokens[r - 1].span.end };
        let at = match named {
            Some(k) => Some(k),
            None => {
                let before = c.out.len();
                c.push(s, e, EntityType::Per, None, "name+title", 0.65);
                (c.out.len() > before).then(|| c.out.len() - 1)
            }
        };
        if let Some(m) = at.and_then(|k| c.out.get_mut(k)) {
            m.value.role = Some(role);
        }
    }
    // 4c. a state's form in construct with a country's name (جمهورية مصر, دولة الكويت,
    // سلطنة عمان): one mention of the country, keyed as its name so that it is placed and
    // grouped with it. The form alone was left to the tagger, which read جمهورية as a place.
    for i in 0..n.saturating_sub(1) {
        if c.used[i] || !c.construct_form(i) || !STATE_FORMS.contains(&c.stem(i)) || !c.same_sentence(i, i + 1) {
            continue;
        }
        let country = c.longest(i + 1, lx.max_len, |k| lx.country_code(k).map(|_| k.to_string()));
        // (a formal name the gazetteer has whole, جمهورية مصر العربية, is its to find)
        let whole = c.longest(i, lx.max_len, |k| lx.country_code(k)).map_or(0, |(e, _)| e);
        // (دولة العراق الإسلامية is a group's old name, not the state)
        let group = c.stem(i) == "دوله" && country.as_ref().is_some_and(|(e, _)| *e < n && c.same_sentence(i, *e) && c.stem(*e) == "اسلاميه");
        if let Some((e, key)) = country.filter(|(e, _)| *e > whole && !group && (i + 1..*e).all(|k| !c.used[k])) {
            let before = c.out.len();
            c.push_keyed(i, e, EntityType::Gpe, None, key, "state+country", 0.8);
            // (دولة, مملكة and إمارة describe the country and are no part of its name, as in
            // NewsFANE, whose first 90% leave them out of 32 such names and keep them in one;
            // جمهورية they keep in, 7 names against 2)
            if c.out.len() > before && matches!(c.stem(i), "دوله" | "مملكه" | "اماره") {
                let start = c.span(i + 1, i + 2).start;
                if let Some(m) = c.out.last_mut() {
                    m.span.start = start;
                }
            }
        }
    }
    // 4d. bare gazetteer names (after persons, so that بشار in بشار الأسد stays a name)
    let home = lx.outlet_country(c.doc.source.url.as_deref(), c.doc.source.outlet.as_deref());
    // the countries of the well-known places the page names (worked out for the few pages
    // that need them)
    let mut story: Option<Vec<String>> = None;
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        let art = c.has_article(i);
        // (a place the gazetteer writes with أبو joined, أبوظبي, is written apart as often: أبو
        // ظبي was a person 26 times on nine days)
        let mut kunya_key = None;
        let mut found = c.longest(i, lx.max_len, |k| lx.places.get(k)).filter(|(e, ps)| *e > i + 1 || ps.iter().any(|p| p.article == art));
        if found.is_none() && c.stem(i) == "ابو" && i + 2 <= n && c.same_sentence(i, i + 1) && c.arabic(i + 1) {
            let key = format!("ابو{}", c.stem(i + 1));
            if let Some(ps) = lx.places.get(&key) {
                found = Some((i + 2, ps));
                kunya_key = Some(key);
            }
        }
        if let Some((e, places)) = found {
            let p = places.iter().find(|p| p.article == art).unwrap_or(&places[0]);
            // GeoNames lists many common nouns as alternate names of small places, so a bare
            // single word counts only for countries, capitals and seats, big cities, or the
            // project's curated additions; anything else needs a place head (handled above).
            // The news corpus settles the rest: بأنه ("that he") is also the town Baneh, and
            // the tagger reads it as a word in nearly all of its thousand occurrences.
            let ambiguous = e - i == 1 && (common_word(c.stem(i)) || common_word(c.full(i)) || lx.ordinary.contains(c.stem(i)) || crate::ner::corpus_says_ordinary(c.stem(i)));
            let strong = p.well_known();
            // a small district seat from GeoNames with the article, alone, before an adjective
            // with the article is a common noun and its adjective: العمود الفقري, الحرف الأول,
            // الجزيرة العربية (seats in Yemen and Algeria)
            let noun = e - i == 1 && art && seat_before_adjective(&c, i, std::slice::from_ref(p));
            // a nisba with the article right after a common noun with the article is its
            // adjective, whatever town shares its spelling: الدخان الرمادي ("grey smoke")
            let adjective = e - i == 1
                && art
                && i > 0
                && is_adjective(c.full(i))
                && c.has_article(i - 1)
                && c.same_sentence(i - 1, i)
                && !c.used[i - 1]
                && crate::ner::corpus_says_ordinary(c.stem(i - 1))
                && place_head(c.stem(i - 1)).is_none()
                && c.tags[i] == 0;
            // a word the news corpus reads mostly as an organisation or a person is left to the
            // tagger's reading in context: الجزيرة, an alternate name of Algiers in GeoNames, is
            // far more often the newspaper, the channel or the peninsula
            let named_otherwise = e - i == 1 && !p.country_level && crate::ner::corpus_name_type(c.stem(i)).is_some_and(|t| matches!(t, "ORG" | "PER"));
            // a name that fills a pair of quotes by itself is mostly a newspaper's, a channel's
            // or a group's («الشرق الأوسط», «الحياة»): the tagger reads it in context
            let quoted = i > 0 && e < n && matches!(c.full(i - 1), "«" | "\"" | "“") && matches!(c.full(e), "»" | "\"" | "”") && !p.country_level;
            // a place named with the article (العقبة) written without it is the common word
            // (عقبة, "an obstacle") unless the tagger reads a place there
            let article_dropped = e - i == 1 && !art && places.iter().any(|q| q.article) && !c.tagged_place(i);
            // a foreign town's one-word name that the news corpus mostly uses as a word (العيون
            // "the eyes", Laayoune; مشهد "a scene", Mashhad; tagged a name in under 30% of its
            // uses) is the town only where the tagger reads a name; the outlet's own country's
            // places are named so on its pages whatever the tagger says (القصيم)
            // (nor where the words around it place it: بالغردقة, إلى كاتالونيا, إدلب وحماه; nor
            // on a page that names its country or another of its well-known places: مشهد in a
            // piece on Iran)
            // (looked at last, and the page's places once: this runs on every gazetteer hit)
            let mut mostly_a_word = || {
                let word = e - i == 1 && !p.country_level && p.geo.country.as_deref() != home && c.tags[i] == 0 && crate::ner::corpus_named_share(c.stem(i)) == 1 && !placed_by_context(&c, i);
                word && !p.geo.country.as_ref().is_some_and(|k| story.get_or_insert_with(|| story_countries(&c, i)).contains(k))
            };
            // a name the gazetteer writes with the article whose first word here carries a
            // possessive pronoun instead is that common noun possessed: حدودها الشمالية ("its
            // northern borders") is not the Saudi province الحدود الشمالية
            // (and see `possessed_place`)
            let possessed = (!art && places.iter().all(|q| q.article) && !c.doc.tokens[i].suffix(&c.doc.raw).is_empty()) || (e - i == 1 && possessed_place(&c, i));
            if (e - i > 1 || strong)
                && !ambiguous
                && !possessed
                && !is_function_word(c.full(i))
                && !noun
                && !adjective
                && !named_otherwise
                && !quoted
                && !article_dropped
                && !inflected_word(&c, i)
                && !mostly_a_word()
                && !(e - i == 1 && hamlet_named_like_a_word(&c, i, places))
                && !(e - i > 1 && definite_then_common_indefinite(&c, i))
            {
                // (keyed as the gazetteer writes it, so that it is placed by its name)
                match kunya_key.take() {
                    Some(key) => c.push_keyed(i, e, p.kind.unwrap_or(EntityType::Gpe), None, key, "gazetteer", 0.75),
                    None => {
                        c.push(i, e, p.kind.unwrap_or(EntityType::Gpe), None, "gazetteer", 0.75);
                    }
                }
                c.keep_place_ending(e);
            }
        }
    }
    // 4e. المملكة alone, "the Kingdom": the kingdom the document names most, else its outlet's
    // home kingdom (the Saudi press calls Saudi Arabia so, mostly without naming it)
    the_kingdom(&mut c);
    // 5. later mentions of a person's last name alone (a word the news corpus uses as an ordinary
    // word is left to the tagger)
    // (nor a word the corpus names bodies or places with, in under 30% of its uses, unless it
    // is a nisba: a name cut after التعليم leaves every later «التعليم» to the tagger)
    let surnames: Vec<&str> =
        c.out.iter().filter(|m| m.value.etype == EntityType::Per).filter_map(|m| surname(&m.value.key)).filter(|l| !crate::ner::corpus_says_ordinary(l) && !body_word(l)).collect();
    let surnames: Vec<String> = surnames.into_iter().map(String::from).collect();
    let full_names: Vec<String> = c.out.iter().filter(|m| m.value.etype == EntityType::Per && m.value.key.contains(' ')).map(|m| m.value.key.clone()).collect();
    for i in 0..n {
        if c.used[i] {
            continue;
        }
        // a nisba the corpus reads mostly as no person's, with the article, after a noun with
        // the article that no mention or title takes, is that noun's adjective: العمل العربي
        // المشترك beside نبيل العربي (23 such mentions of him on 2015-08-01)
        // (asked only of a word that is a surname: this loop sees every token)
        let adjective = || {
            i > 0
                && c.stem(i).ends_with('ي')
                && crate::ner::corpus_name_type(c.stem(i)) != Some("PER")
                && c.has_article(i)
                && c.has_article(i - 1)
                && c.same_sentence(i - 1, i)
                && !c.used[i - 1]
                && !c.title_at(i - 1)
        };
        // (which of the persons it names is [`link_surnames`]' choice, the nearest)
        if surnames.iter().any(|l| l == c.stem(i)) && !adjective() {
            // the page's full name written again is that name, not its last word (الفنان ماجد
            // العبيد beside للدكتور ماجد العبيد)
            let whole = full_names.iter().filter_map(|k| {
                let words: Vec<&str> = k.split(' ').collect();
                let a = (i + 1).checked_sub(words.len())?;
                // (no word of it after the first opens on و: بالملوك سعود وفيصل are two kings)
                let conjoined = (a + 1..=i).any(|t| c.doc.tokens[t].prefix(&c.doc.raw).starts_with('و'));
                ((a..=i).zip(&words).all(|(t, w)| c.stem(t) == *w && !c.used[t] && c.same_sentence(t, i)) && !conjoined).then_some(a)
            });
            let a = whole.min().unwrap_or(i);
            c.push(a, i + 1, EntityType::Per, None, if a < i { "name-again" } else { "name-part" }, 0.6);
        }
    }
    // 6. the statistical tagger, for names no rule or lexicon knows
    tagger_mentions(&mut c);
    drop_versioned_products(&mut c);
    drop_quoted_titles(&mut c);
    cities_for_a_purpose(&mut c);
    titles_off_tagger_names(&mut c);
    drop_pious_formulas(&mut c);
    drop_verbal_nouns(&mut c);
    drop_places_with_pronouns(&mut c);
    families(&mut c);
    places_in_lists(&mut c);
    regnal_numbers(&mut c);
    titled_surnames(&mut c);
    given_names_left_out(&mut c);
    // 6a. a given name in a list of full names takes its family name (و[محمد] القرون), and a
    // name that starts on بن its given name (الأمير الوليد [بن طلال])
    family_names_in_lists(&mut c);
    given_name_before_bin(&mut c);
    // 6b. the name علي beside a person or a facility, where the page spells على "on" apart
    names_with_ali(&mut c);
    // 7. acronyms defined in the text: "وكالة الأنباء السورية (سانا)"
    acronyms(&mut c);
    // 7b. a name whose ف or و the tokenizer took for the conjunction (فيريرا → يريرا)
    conjunction_back_on_names(&mut c);
    // 8. a surname alone (the tagger's, or after a title: الرئيس بوتين) is the person the
    // document names in full; a body's head with the article alone (التنظيم) is the body
    // named before it
    preposition_off_names_of_the_page(&mut c);
    link_surnames(&mut c);
    resolve_anaphors(&mut c);
    drop_common_nouns_in_construct(&mut c);
    heads_before_places(&mut c);
    quoted_outlets(&mut c);
    let mut out = c.out;
    for m in out.iter_mut().filter(|m| m.value.etype == EntityType::Per) {
        and_off_given_name(doc, m);
    }
    // (a name's first letter drawn out after the preposition, بـمأرب, starts at the letter)
    for m in &mut out {
        while m.span.end > m.span.start && doc.raw.get(m.span.start as usize..m.span.end as usize).is_some_and(|t| t.starts_with('ـ')) {
            m.span.start += 'ـ'.len_utf8() as u32;
        }
    }
    roles_out_of_other_names(doc, &mut out);
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// A role starts after any other name it starts inside: the title loop meets الملك inside مستشفى
/// الملك فهد, walks past the hospital's name and a comma, and finds the colonel's name after
/// المقدم, so the colonel's role read «الملك فهد، المقدم». Such a role is what follows the name
/// (المقدم); nothing left, no role. A name that ends on the title keeps it in the role (قوات
/// الرئيس السابق علي عبدالله صالح: the forces are the former president's).
fn roles_out_of_other_names(doc: &Document, out: &mut [Annotated<Mention>]) {
    let spans: Vec<Span> = out.iter().map(|m| m.span).collect();
    for m in out.iter_mut() {
        let Some(role) = m.value.role else { continue };
        let toks = &doc.tokens;
        let Some(title_end) = toks.get(toks.partition_point(|t| t.span.end <= role.start)).map(|t| t.span.end) else { continue };
        let Some(end) = spans.iter().filter(|o| o.start < role.start && title_end < o.end).map(|o| o.end).max() else { continue };
        // (the next word after that name, past commas and quotes)
        let next = toks[toks.partition_point(|t| t.span.start < end)..].iter().take_while(|t| t.span.start < role.end).find(|t| t.kind == TokenKind::Arabic);
        m.value.role = next.map(|t| Span { start: t.span.start, end: role.end });
    }
}

/// Honorifics and ranks, as whole lossy keys with the article: the titles that may follow an
/// office before a name (وزير التعليم الدكتور فلان, المتحدث باسم قوات التحالف، العميد فلان).
const RANKS: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "المهندس",
    "المهندسه",
    "الاستاذ",
    "الاستاذه",
    "الشيخ",
    "الشيخه",
    "الامير",
    "الاميره",
    "الملك",
    "الملكه",
    "السيد",
    "السيده",
    "الحاج",
    "الزميل",
    "الزميله",
    "السفير",
    "المستشار",
    "القاضي",
    "المشير",
    "الفريق",
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "الرائد",
    "النقيب",
    "الملازم",
    "الجنرال",
];

/// A role as the parts a user reads apart: an office, then each honorific or rank after it
/// (وزير التعليم، الدكتور → وزير التعليم | الدكتور; الشيخ الدكتور → الشيخ | الدكتور). An
/// honorific starts a part after a comma, a name, a definite word or another honorific: after a
/// bare word it is that word's complement (قائد الفريق, "the team's captain"). An abbreviated one
/// (د., م.) always starts a part. Each part is a span of the raw text, without the conjunction
/// or preposition glued to its first word, and without the commas, unpaired quotes and spaces at
/// its ends.
pub(crate) fn role_parts(doc: &Document, role: Span) -> Vec<Span> {
    let toks = &doc.tokens;
    let (a, b) = (toks.partition_point(|t| t.span.end <= role.start), toks.partition_point(|t| t.span.start < role.end));
    // (without the conjunction or preposition glued to its first word: والرئيس المخلوع and
    // بالرئيس المخلوع are الرئيس المخلوع; لل keeps its place, since the article's alef is gone)
    let first = toks.get(a).filter(|t| t.span.start == role.start).map_or(role.start, |t| {
        let pre = t.prefix(&doc.raw);
        if and_title(doc.keys.full(a)) {
            t.span.start + 'و'.len_utf8() as u32
        } else if pre.ends_with("لل") {
            t.span.start
        } else if pre.ends_with("ال") {
            t.stem.start - "ال".len() as u32
        } else {
            t.stem.start
        }
    });
    let mut cuts = vec![first];
    for k in a + 1..b {
        // (an abbreviated honorific, د. for doctor and م. for engineer, is one whatever comes
        // before it: وزير التعليم د.)
        let abbreviated = matches!(doc.keys.full(k), "د" | "م") && doc.raw.get(toks[k].span.end as usize..).is_some_and(|r| r.starts_with('.'));
        if abbreviated {
            cuts.push(toks[k].span.start);
            continue;
        }
        if !RANKS.contains(&doc.keys.full(k)) {
            continue;
        }
        let between = doc.raw.get(toks[k - 1].span.end as usize..toks[k].span.start as usize).unwrap_or("");
        let prev = toks[k - 1].prefix(&doc.raw);
        let after_comma = between.contains(['،', ',']) || matches!(doc.keys.full(k - 1), "،" | ",");
        // (after a name: مدير مستشفى الملك فهد في جدة الدكتور)
        let after_name = doc.mentions.iter().any(|m| m.span.start < toks[k - 1].span.end && toks[k - 1].stem.end <= m.span.end && m.span.end <= toks[k].span.start);
        // (a word with a pronoun is definite too: مديرها اللواء)
        let definite = prev.ends_with("ال") || prev.ends_with("لل") || !toks[k - 1].suffix(&doc.raw).is_empty();
        if after_comma || after_name || definite || RANKS.contains(&doc.keys.full(k - 1)) {
            cuts.push(toks[k].span.start);
        }
    }
    cuts.push(role.end);
    // (a quote goes where it is unpaired in the part: «المتحدث باسم "قسد"» keeps both, «رئيس «»
    // loses its opening one)
    fn unpaired(t: &str, c: char) -> bool {
        match c {
            '"' => t.matches('"').count() % 2 == 1,
            '«' | '»' => t.matches('«').count() != t.matches('»').count(),
            '“' | '”' => t.matches('“').count() != t.matches('”').count(),
            _ => true,
        }
    }
    fn trim(mut t: &str, from_end: bool) -> &str {
        loop {
            let c = if from_end { t.chars().next_back() } else { t.chars().next() };
            match c {
                Some(c) if matches!(c, ',' | '،' | ' ' | '\n') || (matches!(c, '"' | '«' | '»' | '“' | '”') && unpaired(t, c)) => {
                    t = if from_end { &t[..t.len() - c.len_utf8()] } else { &t[c.len_utf8()..] };
                }
                _ => return t,
            }
        }
    }
    cuts.windows(2)
        .filter_map(|w| {
            let text = doc.raw.get(w[0] as usize..w[1] as usize)?;
            let end = w[0] + trim(text, true).len() as u32;
            let text = doc.raw.get(w[0] as usize..end as usize)?;
            let start = end - trim(text, false).len() as u32;
            (start < end).then_some(Span { start, end })
        })
        .collect()
}

/// A name whose first letter ف or و the tokenizer took for the conjunction: فيريرا was shown as
/// يريرا, فالنسيا as النسيا, فالح العيساوي as الح العيساوي (some 600 mentions on nine days of 2015),
/// ونستون تشرشل as نستون تشرشل, ويندي شيرمان as يندي شيرمان. A conjunction right before a name is
/// rare beside the name alone (the corpus has فإيران 24 times and إيران 4,000), so a ف comes back
/// where the news corpus writes the whole word at least five times as often as its rest, or as
/// often where the name has more words or the page never writes the rest without it (twice or
/// more). و is the commoner conjunction, and it joins the names of lists, whose rare names the
/// corpus may never write alone (وهندوراس, بيل ومليندا جيتس, نانت وسبورتنغ): it comes back only on
/// a name the tagger or a title gives (not one a table knows), never before the article, after
/// another name or after a comma, and only where the corpus writes the whole word three times or
/// more and five times as often as its rest, or the page writes it three times or more, always
/// whole. A one-word name that the corpus writes with the article half as often as without it is
/// a common noun (فستان "a dress", which the tagger read as a person, ستان; وهمي "imaginary"): the
/// tagger's reading is dropped, unless the page quotes it.
fn conjunction_back_on_names(c: &mut Ctx) {
    let doc = c.doc;
    let mut drop = Vec::new();
    for j in 0..c.out.len() {
        let m = &c.out[j];
        let Some(a) = doc.tokens.partition_point(|t| t.span.start <= m.span.start).checked_sub(1) else { continue };
        let t = &doc.tokens[a];
        // (the cheap test first: this sees every mention)
        let Some(pre) = doc.raw.get(t.span.start as usize..m.span.start as usize).filter(|p| p.starts_with(['ف', 'و'])) else { continue };
        let waw = match isnad_text::key(pre).as_str() {
            "ف" => false,
            "و" => true,
            _ => continue,
        };
        let whole = c.full(a);
        let Some(cw) = crate::ner::conjunction_word(whole) else { continue };
        if waw && ((m.prov.rule != "tagger" && m.prov.rule != "title+name") || whole.starts_with("وال") || in_a_list(c, a)) {
            continue;
        }
        let more_words = m.span.end > t.span.end;
        // (every other use of the rest on the page has the letter too)
        let page_always = || {
            let uses = (0..doc.tokens.len()).filter(|&k| c.stem(k) == c.stem(a));
            uses.clone().count() >= if waw { 3 } else { 2 } && uses.into_iter().all(|k| c.full(k) == whole)
        };
        // (unless a rule names a person there, الدكتور فقيه, a surname too, or the page quotes
        // it as a name: قناة «وصال»)
        let quoted = doc.raw.get(..t.span.start as usize).is_some_and(|b| b.trim_end().ends_with(['«', '"', '“']));
        if !more_words && cw.with_article * 2 >= cw.count && m.prov.rule == "tagger" && !(a > 0 && c.title_at(a - 1)) && !quoted {
            drop.push(j);
            continue;
        }
        let corpus_whole = if waw { cw.count >= 3 && cw.rest * 5 <= cw.count } else { cw.rest * 5 <= cw.count || more_words };
        if !corpus_whole && !page_always() {
            continue;
        }
        let key = match c.out[j].value.key.split_once(' ') {
            Some((_, tail)) => format!("{whole} {tail}"),
            None => whole.to_string(),
        };
        let m = &mut c.out[j];
        m.span.start = t.span.start;
        m.value.key = key;
    }
    for j in drop.into_iter().rev() {
        c.out.remove(j);
    }
}

/// Whether the و on token `a` joins a list: a comma stands before it, or a name of the page ends on
/// the token before (بولندا وليتوانيا, الأهلي التجاري، وسافكو).
fn in_a_list(c: &Ctx, a: usize) -> bool {
    let Some(p) = a.checked_sub(1) else { return false };
    if matches!(c.full(p), "،" | ",") {
        return true;
    }
    let (start, end) = (c.doc.tokens[p].span.start, c.doc.tokens[p].span.end);
    c.out.iter().any(|m| m.span.end > start && m.span.end <= end)
}

/// A name the page quotes as the one spoken to, an outlet (قال لـ«الشرق الأوسط», لـ«ولمرت»), is
/// that organisation wherever else the page puts it in quotes: «الشرق الأوسط» علمت, إصرار
/// «ولمرت» (the region and a person to the tagger; 75 such mentions on nine days of 2015).
fn quoted_outlets(c: &mut Ctx) {
    let outlets: Vec<String> = c.out.iter().filter(|m| m.prov.rule == "outlet").map(|m| m.value.key.clone()).collect();
    if outlets.is_empty() {
        return;
    }
    let raw: &str = &c.doc.raw;
    let quoted = |sp: Span| {
        let before = raw.get(..sp.start as usize).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
        let after = raw.get(sp.end as usize..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
        (before.ends_with(['«', '"', '“']) && after.starts_with(['»', '"', '”'])) || (before.ends_with('(') && after.starts_with(')'))
    };
    for m in c.out.iter_mut().filter(|m| m.value.etype != EntityType::Org && outlets.contains(&m.value.key)) {
        if quoted(m.span) {
            m.value.etype = EntityType::Org;
            m.prov = Provenance::new(STAGE, "outlet", 0.8);
        }
    }
}

/// A name whose first word carries a preposition the tokenizer left on it (لبلاتر, لأوباما,
/// لأرسنال), where the page names the same kind of referent with the rest elsewhere (جوزيف
/// بلاتر, أرسنال): the mention starts after the letter, and its key loses it, so that it joins
/// the others. The rest must be four letters or more (كريم is no ك + ريم, بسام no ب + سام), named
/// on the page more often than the whole word (باييخو beside فاييخو is Vallejo twice), and the
/// whole word no name the lexicons know (لبنان).
fn preposition_off_names_of_the_page(c: &mut Ctx) {
    let doc = c.doc;
    let lx = Lexicon::get();
    // (how many mentions of the kind hold each word: the rest must be named more often than the
    // whole word, or a junk mention of one page, اراك, would take باراك أوباما's first letter)
    let named = |t: EntityType| {
        let mut n: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for m in c.out.iter().filter(|m| m.value.etype == t) {
            for w in m.value.key.split(' ') {
                *n.entry(w).or_default() += 1;
            }
        }
        n
    };
    let (persons, bodies) = (named(EntityType::Per), named(EntityType::Org));
    let mut fixes: Vec<(usize, u32, String)> = Vec::new();
    for (j, m) in c.out.iter().enumerate() {
        let words = match m.value.etype {
            EntityType::Per => &persons,
            EntityType::Org => &bodies,
            _ => continue,
        };
        let Ok(a) = doc.tokens.binary_search_by_key(&m.span.start, |t| t.stem.start) else { continue };
        if !doc.tokens[a].prefix(&doc.raw).is_empty() {
            continue;
        }
        let word = doc.tokens[a].stem.slice(&doc.raw);
        let Some(rest) = word.strip_prefix(['ل', 'ب', 'ك']).filter(|r| r.chars().count() >= 4) else { continue };
        let rest_key = isnad_text::key(rest);
        let count = |w: &str| words.get(w).copied().unwrap_or(0);
        if count(&rest_key) > count(c.stem(a))
            && !lx.places.contains_key(c.stem(a))
            && !lx.actors.contains_key(c.stem(a))
            && !inflected_word(c, a)
            && !word.contains(['\u{064E}', '\u{064F}', '\u{0650}', '\u{0652}'])
        {
            let mut key: Vec<&str> = m.value.key.split(' ').collect();
            if key.first() == Some(&c.stem(a)) {
                key[0] = &rest_key;
                fixes.push((j, (word.len() - rest.len()) as u32, key.join(" ")));
            }
        }
    }
    for (j, cut, key) in fixes {
        if let Some(m) = c.out.get_mut(j) {
            m.span.start += cut;
            m.value.key = key;
        }
    }
}

/// A person's name written with the conjunction on a given name that opens with و (ووليد فواز,
/// ووليام بيرنز), which the tokenizer cannot take off: the name starts after it, where the news
/// finds the rest after titles or reads it mostly as a person's.
fn and_off_given_name(doc: &Document, m: &mut Annotated<Mention>) {
    let Some(text) = doc.raw.get(m.span.start as usize..m.span.end as usize) else { return };
    let first = text.split(' ').next().unwrap_or("");
    let Some(rest) = first.strip_prefix('و').filter(|r| r.starts_with('و') && r.chars().count() >= 3) else { return };
    let k = isnad_text::key(rest);
    if crate::ner::follows_titles(&k) || crate::ner::corpus_name_type(&k) == Some("PER") {
        m.span.start += 'و'.len_utf8() as u32;
        m.value.key = match m.value.key.split_once(' ') {
            Some((_, tail)) => format!("{k} {tail}"),
            None => k,
        };
    }
}

/// Does the page end a word with `letter`? With ى, a word written علي is the name Ali, which the
/// lossy key (ى as ي) makes one word with the preposition على, a function word; pages that write
/// every final ى as ي (some Egyptian outlets) keep the ambiguity. With ة, a head written with a
/// final ه is the head with a pronoun (مكتبه "his office", not مكتبة "library"), unless the page
/// writes every final ة as ه.
fn spells_word_final(raw: &str, letter: char) -> bool {
    let mut it = raw.chars().peekable();
    while let Some(ch) = it.next() {
        if ch == letter && it.peek().is_none_or(|n| !isnad_text::is_arabic_letter(*n)) {
            return true;
        }
    }
    false
}

/// The name علي, which the rules and the tagger read as the preposition على, joined to the names
/// beside it on a page that spells the two apart: a person's name begins with it (الرئيس السابق
/// علي عبدالله صالح, where the tagger found عبدالله صالح), two persons' names around it are one
/// (محمد علي جعفري), and a person's or facility's name ends with it (سالم ربيع علي، ميناء جبل
/// علي). Places and bodies are not extended: منطقة عسير علي امتداد is the preposition misspelt.
fn names_with_ali(c: &mut Ctx) {
    let doc = c.doc;
    if !doc.raw.contains("علي") || !spells_word_final(&doc.raw, 'ى') {
        return;
    }
    let n = doc.tokens.len();
    let ali = |k: usize| k < n && !c.used[k] && doc.tokens[k].text(&doc.raw) == "علي";
    if !(0..n).any(ali) {
        return;
    }
    // token range of each mention (the tokens its span covers)
    let mut ranges: Vec<(usize, usize, usize)> = c
        .out
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (a, b) = c.token_range(m.span);
            (a, b, i)
        })
        .collect();
    ranges.sort_unstable();
    let at_start = |k: usize| ranges.iter().find(|r| r.0 == k).map(|r| r.2);
    let at_end = |k: usize| ranges.iter().find(|r| r.1 == k).map(|r| r.2);
    // a person the page also names without علي before it is not named with it (العثور علي سلوى
    // أبوالنجا beside سلوى أبوالنجا: the preposition misspelt)
    let ali_before = |i: usize| ranges.iter().find(|r| r.2 == i).is_some_and(|r| r.0 > 0 && ali(r.0 - 1));
    let alone = |y: usize| c.out.iter().enumerate().any(|(i, m)| i != y && m.value.key == c.out[y].value.key && !ali_before(i));
    let range = |i: usize| ranges.iter().find(|r| r.2 == i).map_or((0, 0), |r| (r.0, r.1));
    // (mention kept, its new first and end tokens, the mention it swallows)
    let mut changed: Vec<(usize, usize, usize, Option<usize>)> = Vec::new();
    for k in (0..n).filter(|&k| ali(k)) {
        let is = |i: Option<usize>, types: &[EntityType]| i.filter(|&i| types.contains(&c.out[i].value.etype) && c.out[i].value.canonical.is_none());
        let before = is(at_end(k), &[EntityType::Per, EntityType::Fac]).filter(|_| k > 0 && c.same_sentence(k - 1, k));
        // (not over a conjunction: علي وهنادي are two)
        let after = is(at_start(k + 1), &[EntityType::Per]).filter(|&y| k + 1 < n && c.same_sentence(k, k + 1) && !alone(y) && !doc.tokens[k + 1].prefix(&doc.raw).starts_with(['و', 'ف']));
        match (before, after) {
            (Some(x), Some(y)) if c.out[x].value.etype == EntityType::Per => changed.push((x, range(x).0, range(y).1, Some(y))),
            (Some(x), _) => {
                // a person's name goes on after it over the names the corpus knows (خالد بن علي
                // الحميدان, فيصل علي نصار)
                let mut e = k + 1;
                // (a word with a proclitic other than the article, or a body's head, is not)
                let named = |j: usize| {
                    j < n
                        && !c.used[j]
                        && c.arabic(j)
                        && c.same_sentence(j - 1, j)
                        && matches!(doc.tokens[j].prefix(&doc.raw), "" | "ال")
                        && !is_function_word(c.full(j))
                        && !ORG_HEADS.contains(&c.stem(j))
                        && place_head(c.stem(j)).is_none()
                        && crate::ner::corpus_says_named(c.stem(j))
                        && !crate::ner::corpus_says_ordinary(c.stem(j))
                };
                while c.out[x].value.etype == EntityType::Per && e < k + 4 {
                    if named(e) {
                        e += 1;
                    } else if e + 1 < n && is_name_connector(c.full(e)) && named(e + 1) {
                        e += 2;
                    } else {
                        break;
                    }
                }
                changed.push((x, range(x).0, e, None));
            }
            (None, Some(y)) => changed.push((y, k, range(y).1, None)),
            (None, None) => {}
        }
    }
    let planned: Vec<usize> = changed.iter().filter_map(|x| x.3).collect();
    let mut gone: Vec<usize> = Vec::new();
    for &(i, a, b, with) in &changed {
        if planned.contains(&i) || a >= b || b > n || (a..b).any(|j| c.used[j] && !(range(i).0..range(i).1).contains(&j) && with.is_none_or(|y| !(range(y).0..range(y).1).contains(&j))) {
            continue;
        }
        for u in &mut c.used[a..b] {
            *u = true;
        }
        let (old_a, old_b) = range(i);
        let whole = c.span(a, b);
        // (the kept mention's own ends stay as they were: a facility's glued preposition is left
        // out of it, لميناء)
        let m = &c.out[i];
        let span = Span { start: if a == old_a { m.span.start } else { whole.start }, end: if b == old_b { m.span.end } else { whole.end } };
        let words = |r: std::ops::Range<usize>| r.map(|j| c.stem(j)).collect::<Vec<_>>();
        let key = match with {
            Some(y) => format!("{} {} {}", m.value.key, c.stem(old_b), c.out[y].value.key),
            None if a < old_a => format!("{} {}", words(a..old_a).join(" "), m.value.key),
            None => format!("{} {}", m.value.key, words(old_b..b).join(" ")),
        };
        let m = &mut c.out[i];
        m.span = span;
        m.value.key = key;
        if let Some(r) = m.value.role {
            m.value.role = Some(Span { start: r.start, end: r.end.min(span.start) }).filter(|r| r.start < r.end);
        }
        gone.extend(with);
    }
    gone.sort_unstable();
    gone.dedup();
    for i in gone.into_iter().rev() {
        c.out.remove(i);
    }
}

/// The surname of a person's name key: its last word, when it is a name of its own. Not when a
/// connector binds it to the word before (العزيز of عبد العزيز is no one's name), nor a title
/// (الملك), nor a one-word name.
pub(crate) fn surname(key: &str) -> Option<&str> {
    let mut parts = key.rsplit(' ');
    let (last, before) = (parts.next()?, parts.next()?);
    let title = is_title(last);
    // (the second half of a compound given name is no surname: نور الدين, سيف الله)
    let compound = matches!(last, "دين" | "الدين" | "الله" | "اله");
    (!is_name_connector(before) && !title && !compound && last.chars().count() >= 3).then_some(last)
}

/// Is the last word of `span` written with the article (الفيصل, للأسد)? Keys leave it out.
pub(crate) fn ends_with_article(doc: &Document, span: Span) -> bool {
    doc.tokens.get(doc.tokens.partition_point(|t| t.span.end < span.end)).is_some_and(|t| {
        let p = t.prefix(&doc.raw);
        p.ends_with("ال") || p.ends_with("لل")
    })
}

/// Link each one-word person mention that has no canonical name yet to the person whose full
/// name ends in it in the same document: the nearest such mention before it, else the nearest
/// after it (بوتين → فلاديمير بوتين, دبوسي → كمال دبوسي). With two such persons in the
/// document the nearer one is meant (بشار الأسد … الأسد, later حافظ الأسد).
fn link_surnames(c: &mut Ctx) {
    let per = |k: &str| crate::canon::variant_key(k, EntityType::Per);
    // (whether the last word of a span is written with the article: keys leave it out, but a
    // family name with it, الفيصل "of Faisal", is not the given name فيصل of الملك فيصل)
    let doc = c.doc;
    let article = |sp: Span| ends_with_article(doc, sp);
    // (start, last word's variant key, the canonical key the surname takes, its article) of
    // every person named in two words or more, a known actor's alias among them
    let full: Vec<(u32, String, String, bool)> = c
        .out
        .iter()
        .filter(|m| m.value.etype == EntityType::Per)
        .filter_map(|m| Some((m.span.start, per(surname(&m.value.key)?), m.value.canonical.clone().unwrap_or_else(|| format!("per:{}", m.value.key)), article(m.span))))
        .collect();
    for m in c.out.iter_mut().filter(|m| m.value.etype == EntityType::Per && m.value.canonical.is_none() && !m.value.key.contains(' ')) {
        let k = per(&m.value.key);
        let the = article(m.span);
        let at = m.span.start;
        let before = full.iter().filter(|f| f.1 == k && f.3 == the && f.0 < at).max_by_key(|f| f.0);
        let after = || full.iter().filter(|f| f.1 == k && f.3 == the && f.0 > at).min_by_key(|f| f.0);
        if let Some(f) = before.or_else(after) {
            m.value.canonical = Some(f.2.clone());
        }
    }
}

/// What a person is called by before the name, with the article (lossy stems), besides titles
/// and ranks: the imam, the caliph, the poet, the writer, the artist (الإمام الرضا, الخليفة
/// المأمون, الشاعر الفردوسي, الفنان العلي).
const PERSON_DESCRIPTORS: &[&str] =
    &["امام", "خليفه", "شاعر", "شاعره", "كاتب", "كاتبه", "روائي", "روائيه", "اديب", "اديبه", "فنان", "فنانه", "ممثل", "ممثله", "مخرج", "مخرجه", "رسام", "باحث", "باحثه", "مؤرخ", "لاعب", "مدرب", "زعيم"];

/// A given name the tagger left out before a person's surname is the name's first word: سمية
/// [إبراهيمي] is سمية إبراهيمي. The word stands bare right before the mention, in its sentence;
/// the corpus names persons with it in 30% of its uses or more, most often as a person's
/// ([`given_name`]); it is no title, and no بن, أبو or other word of a longer name stands
/// before it (whose name then is no two-word name the rule can tell).
fn given_names_left_out(c: &mut Ctx) {
    let doc = c.doc;
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for (j, m) in c.out.iter().enumerate() {
        if m.value.etype != EntityType::Per {
            continue;
        }
        let a = c.token_range(m.span).0;
        if a == 0 || doc.tokens[a].span.start != m.span.start {
            continue;
        }
        let k = a - 1;
        if c.used[k] || !c.arabic(k) || !doc.tokens[k].prefix(&doc.raw).is_empty() || !c.same_sentence(k, a) || !doc.tokens[a].prefix(&doc.raw).is_empty() {
            continue;
        }
        let st = c.stem(k);
        // (آل is a house, آل بوش, or a foreign given name, آل باتشينو: the rule cannot tell; a
        // ل, ب or ك may be glued on, لجون, بسمير, which the span would take)
        if st == "ال" || NAME_PARTICLES.contains(&st) || st.strip_prefix(['ل', 'ب', 'ك']).is_some_and(given_name) {
            continue;
        }
        // (nor may a pronoun end it, ربه, حبيبنا, nor a tanween, رحمنٍ; and after لم the word
        // is a verb cut short, لم ينس, ألم يشر)
        let word = doc.tokens[k].span.slice(&doc.raw);
        if c.full(k) != st || word.contains(['\u{064B}', '\u{064C}', '\u{064D}']) || (k > 0 && matches!(c.full(k - 1).trim_start_matches(['و', 'ف']), "لم" | "الم" | "لن" | "قد" | "لا")) {
            continue;
        }
        // (خليفة is a successor too, خليفة رونالدو; بن and أبو open longer names)
        if !given_name(st) || c.title_at(k) || is_rank(st) || is_function_word(c.full(k)) || is_name_connector(c.full(k)) || PERSON_DESCRIPTORS.contains(&st) || SOVEREIGNS.contains(&st) {
            continue;
        }
        if k > 0 && c.same_sentence(k - 1, k) && (c.used[k - 1] || is_name_connector(c.full(k - 1)) || given_name(c.stem(k - 1))) {
            continue;
        }
        grown.push((j, k));
    }
    let lx = Lexicon::get();
    for (j, k) in grown {
        let given = c.stem(k);
        // (a surname the actor table knows names another person with another given name: سارة
        // أوباما is no Barack Obama, طيب أردوغان is Recep Tayyip Erdoğan still)
        let other = c.out[j].value.canonical.is_some() && lx.actors.get(&c.out[j].value.key).is_none_or(|actor| !isnad_text::key(&actor.name).split(' ').any(|w| w == given));
        let key = format!("{given} {}", c.out[j].value.key);
        let m = &mut c.out[j];
        m.span.start = doc.tokens[k].span.start;
        m.value.key = key;
        if other {
            m.value.canonical = None;
        }
        c.used[k] = true;
    }
}

/// A person named in full, then by the last word of the name alone right after a title, is that
/// person again: المهندس عدنان بن أحمد السيد, then المهندس السيد; علي بن موسى الرضا, then
/// الإمام الرضا ("the Imam al-Rida", not "satisfaction"). The tagger reads many such words as
/// the common words they also are, and the page's surname rule (step 5) knows only the names the
/// rules found before the tagger ran. The title is the evidence; the full name gives the word,
/// written as the name writes it (with or without the article: the ambassador's على "on" is not
/// العلي, nor a given name تركي the family name التركي).
/// Not a title's complement in construct (وزير الحرس, أمين المكتبة), an ordinal (النائب الثاني),
/// a country's adjective the tagger does not read as a name (القيادي الجزائري), nor a word the
/// news corpus uses as an ordinary one unless the page writes it after that title twice: a
/// lakab is repeated (الإمام الرضا), a description seldom is (الأمير النبيل, الملك المؤسس).
/// The title may also be what the person is called, with the article ([`PERSON_DESCRIPTORS`]):
/// الإمام with the article is the imam, and أمام "in front of", which folds to the same letters,
/// never takes it.
fn titled_surnames(c: &mut Ctx) {
    let doc = c.doc;
    let named: Vec<(String, bool)> =
        c.out.iter().filter(|m| m.value.etype == EntityType::Per && m.value.key.contains(' ')).filter_map(|m| Some((surname(&m.value.key)?.to_string(), ends_with_article(doc, m.span)))).collect();
    if named.is_empty() {
        return;
    }
    // (hashed: this asks every token of the page)
    let last_words: isnad_text::FastSet<&str> = named.iter().map(|(l, _)| l.as_str()).collect();
    let honorific = |c: &Ctx, k: usize| c.title_at(k) || is_rank(c.stem(k)) || (c.has_article(k) && PERSON_DESCRIPTORS.contains(&c.stem(k)));
    let n = c.doc.tokens.len();
    let candidate = |c: &Ctx, i: usize| {
        i > 0
            && !c.used[i]
            && !c.used[i - 1]
            // (a title in construct takes its complement after it, so the one before the name
            // carries the article)
            && c.has_article(i - 1)
            && last_words.contains(c.stem(i))
            && c.arabic(i)
            && named.iter().any(|(l, the)| l == c.stem(i) && *the == c.has_article(i))
            && c.same_sentence(i - 1, i)
            && honorific(c, i - 1)
            && !c.construct_form(i - 1)
            && !ORDINALS.contains(&c.stem(i))
            && (!place_adjective(c.stem(i)) || c.tagged_person(i, false))
            // (a preposition on it makes it no apposition: يفرد الكاتب للمكتبة)
            && !c.doc.tokens[i].prefix(&c.doc.raw).starts_with(['ل', 'ب', 'ك'])
            // (before another name it is that name's honorific: الشاعر الشريف منصور بن سلطان)
            && !(i + 1 < n && c.same_sentence(i, i + 1) && (c.tagged_person(i + 1, false) || c.out.iter().any(|m| m.value.etype == EntityType::Per && m.span.start == c.doc.tokens[i + 1].span.start)))
    };
    let found: Vec<usize> = (1..n).filter(|&i| candidate(c, i)).collect();
    for &i in &found {
        let again = || found.iter().filter(|&&k| c.stem(k) == c.stem(i) && c.stem(k - 1) == c.stem(i - 1)).count() >= 2;
        if crate::ner::corpus_says_ordinary(c.stem(i)) && !again() {
            continue;
        }
        c.push(i, i + 1, EntityType::Per, None, "name-part", 0.6);
    }
}

/// A given name alone, joined by و into a list of persons named in two words, takes the word
/// with the article after it as its family name: the tagger often stops there («وعامر هارون
/// و[عبدالله] الأسطا واحمد عطيف», «ومنصور طامي و[سعود] الغامدي وسلمان هشبول»; 42 such
/// persons on nine days of Saudi papers). The list is the evidence: the person right before it
/// ends on the word before its و, or the one right after it starts on the next word's و, and has
/// two words or more. Not a feminine adjective in ية, nor a word the table or a rule has taken,
/// nor where the word after it is a definite one too (حسن السيرة والسلوك is "good conduct").
fn family_names_in_lists(c: &mut Ctx) {
    let doc = c.doc;
    let n = doc.tokens.len();
    // (first token, last token + 1) of every person of two words or more
    let full: Vec<(usize, usize)> = c.out.iter().filter(|m| m.value.etype == EntityType::Per && m.value.key.contains(' ')).map(|m| c.token_range(m.span)).collect();
    let mut grow = Vec::new();
    for (j, m) in c.out.iter().enumerate() {
        if m.value.etype != EntityType::Per || m.value.key.contains(' ') || m.value.canonical.is_some() {
            continue;
        }
        let a = c.token_range(m.span).0;
        let f = a + 1;
        // (the given name bare but for its و; the family name no title: وتركي البراهيم
        // و«المعمر» والأمير …)
        if f >= n || doc.tokens[a].prefix(&doc.raw) != "و" || !crate::ner::follows_titles(c.stem(a)) {
            continue;
        }
        if c.used[f] || !c.arabic(f) || !c.has_article(f) || !c.same_sentence(a, f) || c.stem(f).ends_with("يه") || is_function_word(c.full(f)) || c.title_at(f) {
            continue;
        }
        if f + 1 < n && c.same_sentence(f, f + 1) && c.has_article(f + 1) && !doc.tokens[f + 1].prefix(&doc.raw).starts_with('و') {
            continue;
        }
        let before = full.iter().any(|&(_, e)| e == a);
        let after = full.iter().any(|&(s, _)| s == f + 1 && doc.tokens[s].prefix(&doc.raw).starts_with('و'));
        if before || after {
            grow.push((j, f));
        }
    }
    for (j, f) in grow {
        c.used[f] = true;
        let key = format!("{} {}", c.out[j].value.key, c.stem(f));
        let m = &mut c.out[j];
        m.span.end = doc.tokens[f].stem.end;
        m.value.key = key;
    }
}

/// A foreign given name that opens with ال (ألكسيس تسيبراس, الكسندر نوفاك, ألبرتو): after a title
/// it is no adjective of the title but the start of the name, where the tagger starts a person on
/// it and goes on over the next word, and it is no adjective, title or rank. The title rule took
/// it for the title's adjective and named the person by the surname alone, the given name left
/// in the role («رئيس الوزراء اليوناني ألكسيس»).
fn foreign_given_name(c: &Ctx, j: usize) -> bool {
    let (f, st) = (c.full(j), c.stem(j));
    // (the tagger's reading first: the title loop asks this of every word with ال after a title)
    let begins = c.tags.get(j).and_then(|&l| isnad_tagger::label_parts(l)).is_some_and(|(t, begin)| begin && isnad_tagger::TYPES.get(t) == Some(&"PER"));
    if !f.starts_with("ال") || !begins || j + 1 >= c.doc.tokens.len() || !c.tagged_person(j + 1, true) || !c.same_sentence(j, j + 1) {
        return false;
    }
    if is_adjective(f) || TITLE_ADJECTIVES.contains(&st) || is_title(st) || is_title(f) || RANKS.contains(&f) || crate::ner::corpus_says_ordinary(st) {
        return false;
    }
    // (the letters ال begin the name itself: the tokenizer kept them on a hamza'd alef, ألكسيس,
    // ألبرتو; or the news writes the rest with them all but always and never after a title, as a
    // name it transliterates, الكسندر. Not an Arabic name or adjective with the article, which
    // the news writes bare too, الحسن, الحازم, nor a town after محافظ, الأسياح)
    st.starts_with("ال") || (crate::ner::word_stats(st).prior % 4 == 3 && !crate::ner::follows_titles(st) && !Lexicon::get().places.contains_key(st))
}

/// Whether the word `j` right after a title is the holder's family name with the article
/// (الشيخ السديس, الوزير النعيمي, الأمير الوليد بن طلال), not the title's adjective (الرئيس
/// السابق, اللواء التركي "the Turkish general", الفنان القدير): the article alone, a word the
/// news corpus names persons with in 30% or more of its uses, most often as a person, in a word
/// class of family names (96% of its words names: the classes of given names, which with the
/// article are a king's epithets, الملك الصالح, العادل, stay under 0.95; so do the classes of
/// countries' adjectives, التركي 0.25), and no rank or title. The tagger must not read a name of
/// another type starting on it (one starting on the title, اللواء العسيري as a brigade, is the
/// title's).
fn surname_after_title(c: &Ctx, j: usize) -> bool {
    let st = c.stem(j);
    j < c.doc.tokens.len()
        && c.doc.tokens[j].prefix(&c.doc.raw) == "ال"
        && !c.used[j]
        && (c.tags.get(j) == Some(&0) || c.tagged_person(j, false) || c.tags.get(j).and_then(|&l| isnad_tagger::label_parts(l)).is_some_and(|(_, begin)| !begin))
        && crate::ner::corpus_name_type(st) == Some("PER")
        && crate::ner::corpus_named_share(st) >= 2
        && crate::ner::class_named_share(st) >= 0.96
        && !TITLE_ADJECTIVES.contains(&st)
        && !is_title(st)
        && !regnal_ordinal(st)
}

/// Whether the word `j` right after the title `i`, both with the article, is the holder's family
/// name ([`surname_after_title`]). A bare title is in construct with the word after it (the
/// title قائد in الباجي قائد السبسي).
fn family_name_after_title(c: &Ctx, i: usize, j: usize) -> bool {
    j == i + 1 && c.has_article(i) && surname_after_title(c, j)
}

/// Whether the word with the article after the title `i` ends a name that the page writes in
/// full after the same title: اللواء منصور التركي makes a later اللواء التركي that general, not
/// a brigade, though التركي is also "Turkish". (Asked of a rank that is also a body's head only:
/// as the title rule's evidence it reads الملك فهد المركزية, a park, as a king «المركزية».)
fn titled_in_full(c: &Ctx, i: usize) -> bool {
    let n = c.doc.tokens.len();
    i + 1 < n
        && c.has_article(i + 1)
        && (0..n.saturating_sub(2))
            .any(|k| k != i && c.stem(k) == c.stem(i) && c.arabic(k + 1) && !c.has_article(k + 1) && c.stem(k + 2) == c.stem(i + 1) && c.has_article(k + 2) && c.same_sentence(k, k + 2))
}

/// A person's name never starts on بن or بنت when the word before it is a given name: the title
/// rule took a given name with the article for the title's adjective (الأمير الوليد [بن طلال],
/// the Saudi investor), and the tagger left out given names that are also words (مساعد
/// "assistant", عيد "feast", رائد "pioneer"): 27 persons so on nine days of 2015. The word before
/// joins the name where it is bare of all but the article, in the same sentence, no title, head
/// or function word, taken by no other name, and a name the corpus finds after titles or the
/// tagger reads as a person's. A family name written with بن stays as it is (حياة عائلة [بن
/// لادن], وقال [بن رودز]).
fn given_name_before_bin(c: &mut Ctx) {
    let doc = c.doc;
    let mut grow = Vec::new();
    for (j, m) in c.out.iter().enumerate() {
        if m.value.etype != EntityType::Per {
            continue;
        }
        let a = c.token_range(m.span).0;
        if a == 0 || !matches!(c.full(a), "بن" | "بنت") || doc.tokens[a].span.start != m.span.start {
            continue;
        }
        let g = a - 1;
        let prefix = doc.tokens[g].prefix(&doc.raw);
        let bare = prefix.is_empty() || prefix == "ال";
        let st = c.stem(g);
        if c.used[g] || !c.arabic(g) || !bare || !c.same_sentence(g, a) || !doc.tokens[g].suffix(&doc.raw).is_empty() || st.chars().count() < 2 {
            continue;
        }
        if is_function_word(c.full(g)) || is_function_word(st) || c.title_at(g) || RANKS.contains(&c.full(g)) || ORG_HEADS.contains(&st) || place_head(st).is_some() || HONORIFICS.contains(&st) {
            continue;
        }
        // (nor an adjective, a nationality or a body's word: الأمريكي بن كاردين, السابق بن
        // برنانكي, مجموعة بن لادن)
        if is_adjective(c.full(g)) || TITLE_ADJECTIVES.contains(&st) || place_adjective(st) || names_bodies(st) || MEDIA_HEADS.contains(&st) || OTHER_BODY_HEADS.contains(&st) {
            continue;
        }
        // (a word the corpus names nothing with is no given name, whatever title it follows:
        // مجموعة بن لادن, يزور بن فحاس "visits Bin Fahhas")
        if (crate::ner::follows_titles(st) && !crate::ner::corpus_says_ordinary(st)) || c.tagged_person(g, false) {
            grow.push((j, g));
        }
    }
    for (j, g) in grow {
        c.used[g] = true;
        let start = c.span(g, g + 1).start;
        let key = format!("{} {}", c.stem(g), c.out[j].value.key);
        let m = &mut c.out[j];
        m.span.start = start;
        m.value.key = key;
        // (the given name was the role's last word: الأمير الوليد)
        if let Some(r) = m.value.role {
            let end = r.start + doc.raw.get(r.start as usize..r.end.min(start) as usize).map_or(0, |t| t.trim_end().len() as u32);
            m.value.role = Some(Span { start: r.start, end }).filter(|r| r.start < r.end);
        }
    }
}

/// The rule of a name joined by [`heads_before_places`]; geocoding places it at its place.
pub(crate) const HEAD_BEFORE_PLACE: &str = "head+place";

/// A building or body the tagger reads on its head word alone, right before a place the page
/// names (مكتبة | الإسكندرية, كاتدرائية | ميلانو, ماريوت | القاهرة: the tagger opened the place
/// as a name of its own), is named by both: a head alone names nothing. The head is a bare word
/// in the construct form; not a plural's or dual's (مشجعي نيجيريا, جامعتي الموصل), nor the
/// Kingdom's own word (راية المملكة).
fn heads_before_places(c: &mut Ctx) {
    let doc = c.doc;
    let lx = Lexicon::get();
    let mut order: Vec<usize> = (0..c.out.len()).collect();
    order.sort_by_key(|&k| c.out[k].span.start);
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for w in order.windows(2) {
        let (m, next) = (&c.out[w[0]], &c.out[w[1]]);
        if m.prov.rule != "tagger" || !matches!(m.value.etype, EntityType::Fac | EntityType::Org) || m.value.key.contains(' ') {
            continue;
        }
        if !matches!(next.value.etype, EntityType::Gpe | EntityType::Loc) || next.prov.rule == "the-kingdom" || doc.raw.get(m.span.end as usize..next.span.start as usize).is_none_or(|t| t != " ") {
            continue;
        }
        let k = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        // (a preposition before it stays outside the name, بمكتبة)
        let bare = doc.tokens.get(k).is_some_and(|t| t.span.end == m.span.end && t.suffix(&doc.raw).is_empty()) && !c.has_article(k);
        // (a name of its own, which the lexicons know or the news corpus names with in 70% of its
        // uses, is no head: برشلونة آسيا, "the Barcelona of Asia")
        let named = lx.places.contains_key(&m.value.key) || lx.actors.contains_key(&m.value.key) || crate::ner::corpus_named_share(&m.value.key) >= 3;
        // (a plural's or dual's construct ends in ي or و as written; مبنى and مستشفى end in ى)
        let plural = doc.raw.get(m.span.start as usize..m.span.end as usize).is_some_and(|t| t.ends_with(['ي', 'و']));
        if bare && c.arabic(k) && !named && !plural {
            joined.push((w[0], w[1]));
        }
    }
    if joined.is_empty() {
        return;
    }
    for &(a, b) in &joined {
        let (end, key) = (c.out[b].span.end, format!("{} {}", c.out[a].value.key, c.out[b].value.key));
        let m = &mut c.out[a];
        m.span.end = end;
        m.value.key = key;
        m.prov = Provenance::new(STAGE, HEAD_BEFORE_PLACE, m.prov.confidence);
    }
    let gone: Vec<usize> = joined.iter().map(|&(_, b)| b).collect();
    let mut k = 0;
    c.out.retain(|_| {
        k += 1;
        !gone.contains(&(k - 1))
    });
}

/// A word in a list of places is a place: في مدن قوانغتشو وتشواتشو وخانجو ويانجو, نيسابور،
/// كرمسارسمنان، وسيزوار. The gazetteer and the tagger name some items of such a list and miss
/// the rarer ones. A one-word item no mention takes joins the type of the place next to it in
/// the list, across و or a comma, where it is a name and not the clause going on: not a word
/// the news corpus calls ordinary or reads as a person's or a body's, no function word, title or
/// head, no pronoun on it, and across a comma only where the list goes on after it (a comma
/// and a word may start the next clause). Items found so vouch for their own neighbours.
fn places_in_lists(c: &mut Ctx) {
    let doc = c.doc;
    let n = doc.tokens.len();
    // each place's type and other end, at its first and its last token
    let mut starts: Vec<Option<(EntityType, usize)>> = vec![None; n];
    let mut ends: Vec<Option<(EntityType, usize)>> = vec![None; n];
    for m in c.out.iter().filter(|m| matches!(m.value.etype, EntityType::Gpe | EntityType::Loc)) {
        let (a, e) = c.token_range(m.span);
        if a < e && e <= n {
            let b = e - 1;
            starts[a] = Some((m.value.etype, b));
            ends[b] = Some((m.value.etype, a));
        }
    }
    if starts.iter().all(Option::is_none) {
        return;
    }
    let comma = |k: usize| matches!(doc.keys.full(k), "،" | ",");
    let joined = |k: usize| doc.tokens[k].prefix(&doc.raw).starts_with('و');
    let item = |c: &Ctx, j: usize| {
        let st = c.stem(j);
        c.arabic(j)
            && doc.tokens[j].suffix(&doc.raw).is_empty()
            && matches!(doc.tokens[j].prefix(&doc.raw), "" | "و" | "ال" | "وال")
            // (no feminine nisba: جنسيات سورية وعربية وأجنبية)
            && !st.ends_with("يه")
            // (a name: the corpus names things with it in 30% of its uses or more, and not
            // persons or bodies, or it never saw it and its letters spell a name)
            && ((crate::ner::corpus_named_share(st) >= 2 && !matches!(crate::ner::corpus_name_type(st), Some("PER" | "ORG"))) || crate::ner::unseen_and_spelt_like_a_name(st))
            && !is_function_word(c.full(j))
            && !is_function_word(st)
            && !c.title_at(j)
            && !is_rank(st)
            && place_head(st).is_none()
            && !ORG_HEADS.contains(&st)
            && !MEDIA_HEADS.contains(&st)
            && !is_adjective(c.full(j))
            && !place_adjective(st)
            && !is_direction(st)
            && !heads_counted(st, c.has_article(j))
            // (no preposition glued on: لروسيا, بجدة are places, but written so they are the
            // gazetteer's to find)
            && crate::ner::tagger_stem(st) == st
    };
    // the list's neighbours of the item at `a..=b`: the place before it across و or a comma, and
    // the place after it
    let left = |c: &Ctx, ends: &[Option<(EntityType, usize)>], a: usize| {
        if a >= 1 && joined(a) && c.same_sentence(a - 1, a) {
            ends[a - 1]
        } else if a >= 2 && comma(a - 1) && c.same_sentence(a - 2, a) {
            ends[a - 2]
        } else {
            None
        }
    };
    let right = |c: &Ctx, starts: &[Option<(EntityType, usize)>], b: usize| {
        if b + 1 < n && joined(b + 1) && c.same_sentence(b, b + 1) {
            starts[b + 1]
        } else if b + 2 < n && comma(b + 1) && c.same_sentence(b, b + 2) {
            starts[b + 2]
        } else {
            None
        }
    };
    // (only words within two of a place are asked, and in later rounds only those within two
    // of a word found: this runs on every page)
    let near = |starts: &[Option<(EntityType, usize)>], ends: &[Option<(EntityType, usize)>], j: usize| {
        ends[j - 1].is_some() || (j >= 2 && ends[j - 2].is_some()) || starts.get(j + 1).is_some_and(Option::is_some) || starts.get(j + 2).is_some_and(Option::is_some)
    };
    let mut ask: Vec<usize> = (1..n).filter(|&j| near(&starts, &ends, j)).collect();
    loop {
        let mut found: Vec<(usize, EntityType)> = Vec::new();
        for &j in &ask {
            if c.used[j] {
                continue;
            }
            let l = left(c, &ends, j);
            let r = right(c, &starts, j);
            let Some(t) = l.or(r).map(|x| x.0) else { continue };
            // (a word right after a place or right before one, with no mark between, goes on
            // that place's name: مكة المكرمة, وشرق السودان)
            if (ends[j - 1].is_some() && !joined(j)) || (j + 1 < n && starts[j + 1].is_some() && !joined(j + 1)) {
                continue;
            }
            // three items or more, or a list after a head that counts places (مدن, بلدتي,
            // محافظات): «X وY» alone may be a place and the clause going on (في روسيا وواجبي)
            let ll = l.and_then(|(_, a)| left(c, &ends, a));
            let rr = r.and_then(|(_, b)| right(c, &starts, b));
            let items = 1 + usize::from(l.is_some()) + usize::from(r.is_some()) + usize::from(ll.is_some()) + usize::from(rr.is_some());
            let first = ll.or(l).map_or(j, |x| x.1);
            let counted = || first > 0 && (PLACES_COUNTED.contains(&c.stem(first - 1)) || heads_counted(c.stem(first - 1), c.has_article(first - 1)));
            if (items >= 3 || counted()) && item(c, j) {
                found.push((j, t));
            }
        }
        if found.is_empty() {
            break;
        }
        ask.clear();
        for (j, t) in found {
            let before = c.out.len();
            c.push(j, j + 1, t, None, "place-list", 0.6);
            if c.out.len() > before {
                starts[j] = Some((t, j));
                ends[j] = Some((t, j));
                ask.extend((j.saturating_sub(2).max(1)..(j + 3).min(n)).filter(|&k| k != j));
            }
        }
        ask.sort_unstable();
        ask.dedup();
    }
}

/// Broken plurals and construct duals that count places (lossy stems): مدن, قرى, دول, مناطق;
/// مدينتي, بلدتي, قريتي ("the two towns of").
const PLACES_COUNTED: &[&str] = &["مدن", "قري", "دول", "بلدان", "مناطق", "عواصم", "موانئ", "مدنا", "مدينتي", "بلدتي", "قريتي", "محافظتي", "ولايتي", "منطقتي", "دولتي", "عاصمتي"];

/// A family named after its head word أسرة ("family", "dynasty") is its members' name, a
/// person's: أسرة يوان (the Yuan dynasty), أسرتي مينغ وتشنغ, أسرة الزامل. The tagger reads such
/// a name as a people's or a place's (يوان as a nationality) or not at all. The head is bare, in
/// construct; the word after it must be a name: the tagger opens one there, or the news corpus
/// names persons with the word in 30% of its uses or more. أسرة الفقيد, أسرة منتجة ("a
/// productive family") and أسرة التحرير are descriptions, not names.
fn families(c: &mut Ctx) {
    let doc = c.doc;
    let n = doc.tokens.len();
    let mut heads: Vec<usize> = Vec::new();
    for i in 0..n.saturating_sub(1) {
        if matches!(c.stem(i), "اسره" | "اسرتي") && c.construct_form(i) && c.same_sentence(i, i + 1) {
            heads.push(i);
        }
    }
    for i in heads {
        // the name and, after a dual head, the second joined by و (أسرتي alone is "my family")
        let dual = c.stem(i) == "اسرتي";
        if dual && !(i + 2 < n && c.same_sentence(i, i + 2) && doc.tokens[i + 2].prefix(&doc.raw) == "و") {
            continue;
        }
        let names = if dual { vec![i + 1, i + 2] } else { vec![i + 1] };
        for j in names {
            // (no conjunction on the first, no adjective: أسرة سعودية, "a Saudi family"; آل
            // opens a family's name of its own, آل سعود)
            let adjective = c.stem(j).ends_with("يه") || (is_adjective(c.full(j)) && place_adjective(c.stem(j)));
            if !c.arabic(j)
                || (j == i + 1 && !doc.tokens[j].prefix(&doc.raw).is_empty() && !c.has_article(j))
                || adjective
                || c.full(j) == "ال"
                || is_function_word(c.full(j))
                || is_function_word(c.stem(j))
                || crate::ner::corpus_says_ordinary(c.stem(j))
            {
                continue;
            }
            let opened = c.tags.get(j).and_then(|&l| isnad_tagger::label_parts(l)).is_some_and(|(_, begin)| begin);
            if !opened && crate::ner::corpus_named_share(c.stem(j)) < 2 {
                continue;
            }
            // a one-word mention there of another type becomes the family; a longer one or a
            // rule's stays
            let tok = doc.tokens[j].span;
            if let Some(k) = c.out.iter().position(|m| m.span.start < tok.end && tok.start < m.span.end) {
                let m = &c.out[k];
                if m.value.etype == EntityType::Per || m.prov.rule != "tagger" || c.token_range(m.span) != (j, j + 1) {
                    continue;
                }
                let other = c.out.remove(k);
                c.used[j] = false;
                let before = c.out.len();
                c.push(j, j + 1, EntityType::Per, None, "family", 0.6);
                if c.out.len() == before {
                    // (not pushed: the tagger's reading stays)
                    c.used[j] = true;
                    c.out.insert(k, other);
                }
                continue;
            }
            c.push(j, j + 1, EntityType::Per, None, "family", 0.6);
        }
    }
}

/// What follows the name of God in a pious formula (lossy keys): طيب الله ثراه, رضي الله عنه,
/// صلى الله عليه وسلم, بسم الله الرحمن الرحيم, الله تعالى, الله عز وجل, الله سبحانه.
const AFTER_GOD: &[&str] = &["ثراه", "عنه", "عنها", "عنهم", "عنهما", "عليه", "عليها", "عليهم", "الرحمن", "تعالي", "وتعالي", "عز", "سبحانه", "جل"];

/// Removes the mentions whose place in `out` is marked in `gone` (one mark per mention), keeping
/// the others in order. A pass marks first, reading the page's mentions as they all were, and
/// removes after.
fn drop_marked(out: &mut Vec<Annotated<Mention>>, gone: &[bool]) {
    if !gone.contains(&true) {
        return;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !gone.get(k - 1).copied().unwrap_or(false)
    });
}

/// A pious formula is no person: the tagger reads «طيب الله» (طيب الله ثراه, "may God make his
/// resting place good"), «رضي الله» (رضي الله عنه) and «أحمد الله» ("I praise God", أحمد الله
/// على نعمه) as two-word names, like عبد الله or نصر الله (about 40 mentions on nine days of Saudi
/// papers). A two-word person ending in الله goes when the formula goes on after it
/// ([`AFTER_GOD`]), when its first word is بسم ("in the name of"), or when a verb of praise
/// (حمد, أحمد, نحمد) takes على or أن after it. نصر الله and عبد الله before anything else stay.
fn drop_pious_formulas(c: &mut Ctx) {
    let doc = c.doc;
    let n = doc.tokens.len();
    let pious = |m: &Annotated<Mention>| {
        if m.value.etype != EntityType::Per {
            return false;
        }
        let (a, b) = c.token_range(m.span);
        if b != a + 2 || c.full(a + 1) != "الله" {
            return false;
        }
        let next = if b < n && c.same_sentence(a, b) { c.full(b) } else { "" };
        AFTER_GOD.contains(&next) || c.full(a) == "بسم" || (matches!(c.stem(a), "حمد" | "احمد" | "نحمد") && matches!(next, "علي" | "ان"))
    };
    let gone: Vec<bool> = c.out.iter().map(pious).collect();
    drop_marked(&mut c.out, &gone);
}

/// A word with a pronoun on it is no place's name: يؤمها ("frequented by"), حوائجهم ("their
/// needs"), which the tagger reads as places after a place head (منطقة يؤمها السياح). A one-word
/// place of the tagger's goes when the tokenizer split a pronoun in ه off its word (a place's own
/// ending, أبها, stays on it).
fn drop_places_with_pronouns(c: &mut Ctx) {
    let doc = c.doc;
    let gone: Vec<bool> = c
        .out
        .iter()
        .map(|m| {
            let (a, b) = c.token_range(m.span);
            m.prov.rule == "tagger" && m.value.etype.is_place() && b == a + 1 && doc.tokens[a].suffix(&doc.raw).starts_with('ه')
        })
        .collect();
    drop_marked(&mut c.out, &gone);
}

/// Nouns that name a body or a person right after them, besides the heads (lossy stems).
const NAMING_NOUNS: &[&str] = &["سهم", "اسهم", "لاعب", "لاعبي", "مدرب", "فريق", "منتخب", "ملعب", "مجموعه", "جمعيه", "لجمعيه", "شركه", "نادي"];

/// A verbal noun before its object is no name: فتح باب الترشح ("opening the door"), فتح
/// السوق, لفتح القاعدة, which the tagger reads as the movement فتح. A one-word organisation of the
/// tagger's goes when the news corpus has its word ten times or more and names things with it in
/// under 30% of them, no head, naming noun or name stands before it, the page neither quotes it
/// nor finds it by a rule, and a noun follows in its sentence: one with the article that is no
/// adjective (فتح الفلسطينية is the movement), or a bare one in construct before one with the
/// article (فتح طريق الحرير).
fn drop_verbal_nouns(c: &mut Ctx) {
    let doc = c.doc;
    let n = doc.tokens.len();
    let raw: &str = &doc.raw;
    let object = |k: usize| {
        if k >= n || c.used[k] || !c.arabic(k) || is_function_word(c.full(k)) || c.title_at(k) {
            return false;
        }
        // (the object takes no preposition or و, and a bare one no pronoun: وتهتم حسيب بالمرأة,
        // شنكول حسيب عملها are a name and what follows it)
        match doc.tokens[k].prefix(raw) {
            "ال" => !is_adjective(c.full(k)) && !place_adjective(c.stem(k)) && !SCOPE_ADJECTIVES.contains(&c.stem(k)),
            "" => c.full(k) == c.stem(k) && k + 1 < n && c.same_sentence(k, k + 1) && doc.tokens[k + 1].prefix(raw) == "ال" && !c.used[k + 1] && !bare_adjective(c, k),
            _ => false,
        }
    };
    let quoted = |sp: Span| {
        let before = raw.get(..sp.start as usize).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
        let after = raw.get(sp.end as usize..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
        before.ends_with(['«', '"', '“', '(', '\'']) || after.starts_with(['»', '"', '”', ')', '\''])
    };
    // (a name some rule found on the page, or written in brackets or quotes there, an acronym
    // defined, (أوفيد), stays)
    let named: Vec<&str> = c.out.iter().filter(|m| m.prov.rule != "tagger" || quoted(m.span)).map(|m| m.value.key.as_str()).collect();
    let verbal = |m: &Annotated<Mention>| {
        if m.prov.rule != "tagger" || m.value.etype != EntityType::Org || m.value.key.contains(' ') || named.contains(&m.value.key.as_str()) {
            return false;
        }
        let (a, b) = c.token_range(m.span);
        if !c.arabic(a) || c.has_article(a) || !crate::ner::corpus_mostly_ordinary(c.stem(a)) || b >= n || !c.same_sentence(a, b) {
            return false;
        }
        // (nor a noun that names bodies after it: سهم سابك, نادي كريستال بالاس, لاعب سموحة)
        if a > 0
            && c.same_sentence(a - 1, a)
            && (c.used[a - 1]
                || c.is_head(ORG_HEADS, a - 1)
                || c.is_head(MEDIA_HEADS, a - 1)
                || club_head(c, a - 1)
                || place_head(c.stem(a - 1)).is_some()
                || NAMING_NOUNS.contains(&c.stem(a - 1))
                || crate::ner::corpus_named_share(c.stem(a - 1)) >= 2)
        {
            return false;
        }
        object(b)
    };
    let gone: Vec<bool> = c.out.iter().map(verbal).collect();
    drop_marked(&mut c.out, &gone);
}

/// A title the tagger read into a person's name is the person's title, not a word of the name:
/// [الخليفة العباسي المأمون] is المأمون, [السلطان عبد الحميد] عبد الحميد, [النقيب عمر الأكلبي]
/// عمر الأكلبي. The title carries the article (a bare word may be a given name: سلطان); the
/// adjectives after it (العباسي) go with it. A name of the title alone stays as it was.
fn titles_off_tagger_names(c: &mut Ctx) {
    let doc = c.doc;
    // (the short lists first: the title list is long, and most names open on no article)
    let titled = |k: usize| c.has_article(k) && (SOVEREIGNS.contains(&c.stem(k)) || PERSON_DESCRIPTORS.contains(&c.stem(k)) || is_rank(c.stem(k)) || c.title_at(k));
    let mut cuts: Vec<(usize, usize, usize)> = Vec::new();
    for (k, m) in c.out.iter().enumerate() {
        if m.value.etype != EntityType::Per || m.prov.rule != "tagger" {
            continue;
        }
        let (a, b) = c.token_range(m.span);
        if b < a + 2 || !titled(a) || doc.tokens[a].span.start != m.span.start {
            continue;
        }
        let mut s = a + 1;
        while s + 1 < b && c.has_article(s) && is_adjective(c.full(s)) {
            s += 1;
        }
        cuts.push((k, a, s));
    }
    for (k, a, s) in cuts {
        let b = c.token_range(c.out[k].span).1;
        let key = (s..b).map(|t| doc.keys.stem(t)).collect::<Vec<_>>().join(" ");
        let m = &mut c.out[k];
        m.span.start = doc.tokens[s].span.start;
        m.value.key = key;
        for u in &mut c.used[a..s] {
            *u = false;
        }
    }
}

/// Sovereigns' titles (lossy stems, taken with the article) before a name and its regnal number.
const SOVEREIGNS: &[&str] = &["شاه", "امبراطور", "امبراطوره", "ملك", "ملكه", "بابا", "قيصر", "سلطان", "خليفه"];

/// A sovereign's regnal number is part of the name: الشاه [عباس] الأول is عباس الأول, the
/// emperor نابليون الثالث, not Napoleon and an ordinal. The tagger often stops before the
/// number; the rule for names after titles takes it only after the titles it knows. The
/// number follows a one-word name right after a sovereign's title ([`SOVEREIGNS`]), with the
/// article and the title's gender (رسالة الملك سلمان الثانية is his second letter).
fn regnal_numbers(c: &mut Ctx) {
    let doc = c.doc;
    let n = doc.tokens.len();
    // (the ه of شاه is the word's own, no feminine ending)
    let feminine = |k: &str| (k.ends_with('ه') && k != "شاه") || k == "اولي";
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for (k, m) in c.out.iter().enumerate() {
        if m.value.etype != EntityType::Per || m.value.key.contains(' ') {
            continue;
        }
        let a = c.token_range(m.span).0;
        let b = a + 1;
        let title = a > 0 && c.same_sentence(a - 1, a) && c.has_article(a - 1) && SOVEREIGNS.contains(&c.stem(a - 1));
        if title && b < n && !c.used[b] && c.same_sentence(a, b) && c.has_article(b) && regnal_ordinal(c.stem(b)) && feminine(c.stem(b)) == feminine(c.stem(a - 1)) {
            grown.push((k, b));
        }
    }
    for (k, b) in grown {
        let number = doc.keys.stem(b);
        let m = &mut c.out[k];
        m.span.end = doc.tokens[b].span.end;
        m.value.key = format!("{} {number}", m.value.key);
        c.used[b] = true;
    }
}

/// A city named after a place for a purpose is a body, not the place: مدينة دبي للإعلام (Dubai
/// Media City), مدينة سدير للصناعة والأعمال (20 mentions on nine days of Saudi papers). The head
/// is bare (in construct with the place) and the purpose phrase opens on لل right after the
/// place, as a body's does after its head ([`purpose_phrase`]). المدينة المنورة للدراسات, with
/// the article, stays the city.
fn cities_for_a_purpose(c: &mut Ctx) {
    let n = c.doc.tokens.len();
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (k, m) in c.out.iter().enumerate() {
        if !m.value.etype.is_place() {
            continue;
        }
        let (a, b) = c.token_range(m.span);
        if a == 0 || b >= n || a >= b || c.stem(a - 1) != "مدينه" || !c.construct_form(a - 1) || c.used[a - 1] || !c.same_sentence(a - 1, b) {
            continue;
        }
        // (a purpose that takes a complement is the visit's: لزيارة مدينة عدن للوقوف على آثار
        // الدمار, في مدينة ميلان للإشراف على الفريق; a name's ends the clause or joins another
        // field by و: مدينة دبي للإعلام، مدينة نصر للإسكان والتعمير)
        let ends = b + 1 >= n || (c.same_sentence(b, b + 1) && (c.doc.tokens[b + 1].kind == TokenKind::Punct || c.doc.tokens[b + 1].prefix(&c.doc.raw).starts_with('و')));
        if c.full(b).starts_with("لل") && !c.used[b] && c.arabic(b) && ends {
            found.push((k, a - 1, b));
        }
    }
    for &(k, head, b) in found.iter().rev() {
        let place = c.out.remove(k);
        for u in &mut c.used[head + 1..b] {
            *u = false;
        }
        let e = purpose_phrase(c, b, true);
        let before = c.out.len();
        c.push(head, e, EntityType::Org, None, "city+purpose", 0.7);
        if c.out.len() == before {
            // (nothing pushed: the place stays as it was)
            for u in &mut c.used[head + 1..b] {
                *u = true;
            }
            c.out.insert(k, place);
        }
    }
}

/// Words for a work that takes its title in quotes right after it (lossy stems): فيلم «أسمهان»,
/// مسلسل «مريم», مسرحية «شرم برم», أغنية «بيبي», رواية «القاهرة الجديدة», ديوان, قصيدة.
const WORK_HEADS: &[&str] = &["فيلم", "مسلسل", "مسرحيه", "اغنيه", "البوم", "روايه", "ديوان", "قصيده"];

/// A work's title in quotes names the work, not the person, place or body whose name it takes or
/// spells: فيلم «أسمهان» is a film, فيلم «تيرميناتور: جنيسيس» no person, مسرحية «مدغشقر» no
/// island, أغنية «غانغنام استايل» no person (about 30 such mentions on nine days of Saudi papers).
/// The title opens right after a [`WORK_HEADS`] word, or after the word with the article and an
/// adjective (المسلسل التلفزيوني «برايم ساسبكت», المسرحية الاجتماعية «كلنا سلمان»), and closes
/// within eight words. The word with the article right before the quote is left alone: بطلة
/// الفيلم «فاتن حمامة» names the film's star. The same quoted title elsewhere on the page is the
/// work too. A name after the title, outside its quotes, stays (فيلم «أمي» للإيطالي ناني موريتي).
fn drop_quoted_titles(c: &mut Ctx) {
    let n = c.doc.tokens.len();
    // (as written: keys fold « and » alike)
    let opens = |k: usize| matches!(c.doc.tokens[k].text(&c.doc.raw), "\"" | "«" | "“" | "(");
    let mut titles: Vec<(usize, usize)> = Vec::new();
    // (from the head that the few opening marks of a page follow, not from every word)
    let heads: Vec<usize> =
        (1..n).filter(|&q| c.doc.tokens[q].kind == TokenKind::Punct && opens(q)).flat_map(|q| (q.saturating_sub(3)..q).rev()).filter(|&i| WORK_HEADS.contains(&c.stem(i))).collect();
    for i in heads {
        let mut q = i + 1;
        if c.has_article(i) {
            // (one or two adjectives with the article: الفيلم الكوميدي الأمريكي)
            while q < n && q < i + 3 && c.has_article(q) && c.same_sentence(i, q) && (is_adjective(c.full(q)) || c.stem(q).ends_with('ي')) {
                q += 1;
            }
            if q == i + 1 {
                continue;
            }
        }
        if q >= n || !opens(q) || !c.same_sentence(i, q) {
            continue;
        }
        if let Some(close) = closing_mark(c, q, 10) {
            titles.push((q + 1, close));
        }
    }
    if titles.is_empty() {
        return;
    }
    // (the same words between quotes elsewhere on the page)
    let words = |a: usize, b: usize| (a..b).map(|k| c.stem(k)).collect::<Vec<_>>();
    let texts: Vec<Vec<&str>> = titles.iter().map(|&(a, b)| words(a, b)).collect();
    for q in 0..n {
        if !opens(q) {
            continue;
        }
        if let Some(close) = closing_mark(c, q, 10) {
            if !titles.contains(&(q + 1, close)) && texts.iter().any(|t| *t == words(q + 1, close)) {
                titles.push((q + 1, close));
            }
        }
    }
    let doc = c.doc;
    let inside = |m: &Annotated<Mention>| titles.iter().any(|&(a, b)| doc.tokens[a].span.start <= m.span.start && m.span.end <= doc.tokens[b - 1].span.end);
    c.out.retain(|m| !inside(m));
    for &(a, b) in &titles {
        for u in &mut c.used[a..b] {
            *u = true;
        }
    }
}

/// A proper name is never the first term of a construct, so a bare one-word place the tagger
/// read right before another name (حصن الجماعة, حصن «داعش»: the group's fort) is a common
/// noun, and so is the same word elsewhere in the document (الحصن). A town or country the
/// gazetteer knows well is left alone: it may stand before the subject of a verb (زار دمشق
/// الرئيس).
fn drop_common_nouns_in_construct(c: &mut Ctx) {
    let doc = c.doc;
    let mut order: Vec<usize> = (0..c.out.len()).collect();
    order.sort_by_key(|&k| c.out[k].span.start);
    let mut common: Vec<String> = Vec::new();
    for w in order.windows(2) {
        let (m, next) = (&c.out[w[0]], &c.out[w[1]]);
        let between = doc.raw.get(m.span.end as usize..next.span.start as usize).unwrap_or("-");
        let one_word = !m.value.key.contains(' ');
        let bare = doc.raw.get(m.span.start as usize..m.span.end as usize).is_some_and(|t| !t.starts_with("ال"));
        // (a town or country may stand before the subject of its verb: زار دمشق الرئيس)
        let strong = Lexicon::get().places.get(&m.value.key).is_some_and(|ps| ps.iter().any(|p| p.well_known()));
        if m.prov.rule == "tagger"
            && matches!(m.value.etype, EntityType::Gpe | EntityType::Loc)
            && one_word
            && bare
            && !strong
            && matches!(next.value.etype, EntityType::Org | EntityType::Per)
            && between.chars().all(|ch| ch == ' ' || matches!(ch, '«' | '"' | '“'))
        {
            common.push(m.value.key.clone());
        }
    }
    if !common.is_empty() {
        c.out.retain(|m| !(m.prov.rule == "tagger" && matches!(m.value.etype, EntityType::Gpe | EntityType::Loc) && common.contains(&m.value.key)));
    }
}

/// A name the tagger reads as a person's but the page quotes with a version number right after
/// it, closed by a quote or punctuation («ويندوز 10», “شاهين 2″, «فانتوم 3»), is a product, a film or
/// a machine, and so is every mention of that name on the page (75 such "persons" on 2015-07-21
/// and 08-01, ويندوز alone 47). A person with a count after him goes on to what is counted
/// (بينتيكي 12 هدفا) or is past twenty (سلمان 100 يوم).
fn drop_versioned_products(c: &mut Ctx) {
    let doc = c.doc;
    let raw: &str = &doc.raw;
    // the number right after a name: how many digits, its value, and the text after it
    let number = |end: u32| {
        let after = raw.get(end as usize..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
        let len: usize = after.chars().take_while(|&ch| isnad_text::is_digit_any(ch)).map(char::len_utf8).sum();
        let digits = &after[..len];
        let value = digits.chars().filter_map(isnad_text::digit_value).fold(0u32, |v, d| v.saturating_mul(10).saturating_add(d));
        (digits.chars().count(), value, &after[len..])
    };
    let versioned = |end: u32| {
        let (digits, value, tail) = number(end);
        // (a point release stands inside quotes, “ويندوز فون 8.1″; a decimal outside them is a
        // figure: ناقص 7.9 في المائة)
        let point: usize = tail.strip_prefix(['.', '٫']).map_or(0, |t| {
            let n: usize = t.chars().take_while(|&ch| isnad_text::is_digit_any(ch)).map(char::len_utf8).sum();
            if n > 0 {
                n + tail.chars().next().map_or(0, char::len_utf8)
            } else {
                0
            }
        });
        let rest = tail[point..].trim_start_matches([' ', '\u{a0}']);
        let closes = rest.starts_with(['″', '"', '»', '”', '\'', ')']);
        (1..=2).contains(&digits) && (1..=20).contains(&value) && (closes || (point == 0 && (rest.is_empty() || rest.starts_with(['،', ',', '.', '؛', '\n']))))
    };
    // (and a quote opens right before the name: «ويندوز 10», not وقالت لوتا 17 "عاما")
    let quoted = |start: u32| raw.get(..start as usize).unwrap_or("").trim_end_matches([' ', '\u{a0}']).ends_with(['«', '“', '"', '\'', '‘', '(']);
    let mut products: Vec<String> =
        c.out.iter().filter(|m| m.value.etype == EntityType::Per && m.prov.rule == "tagger" && quoted(m.span.start) && versioned(m.span.end)).map(|m| m.value.key.clone()).collect();
    // (or the page writes the name with two different small numbers right after it, quoted or
    // not: ويندوز 10 … ويندوز 7 وويندوز 8, a series of versions, 27 "persons" on nine days)
    let number_after = |end: u32| {
        let (digits, value, tail) = number(end);
        // (0 for a count: what follows is counted, a plural after three to ten, بينيتيز 8
        // تبديلات, 5 لاعبين, an accusative after eleven and more, 12 هدفاً; not an adverb or a
        // verb, ويندوز 10 مجانا, مُعيدًا, ليكون)
        let next: String = tail.trim_start().chars().take_while(|&ch| isnad_text::is_arabic_word_char(ch)).collect();
        let plural = next.ends_with("ات") || (next.ends_with("ين") && next.chars().count() >= 5);
        let counted = plural || (value >= 11 && next.trim_end_matches('\u{064B}').ends_with('ا'));
        (1..=2).contains(&digits).then_some(if counted { 0 } else { value }).filter(|v| *v <= 20)
    };
    let mut versions: Vec<(&str, u32)> =
        c.out.iter().filter(|m| m.value.etype == EntityType::Per && m.prov.rule == "tagger").filter_map(|m| Some((m.value.key.as_str(), number_after(m.span.end)?))).collect();
    versions.sort_unstable();
    versions.dedup();
    for w in versions.windows(2) {
        let counts = versions.iter().any(|v| v.0 == w[0].0 && v.1 == 0);
        if w[0].0 == w[1].0 && !counts && !products.iter().any(|p| p == w[0].0) {
            products.push(w[0].0.to_string());
        }
    }
    if !products.is_empty() {
        c.out.retain(|m| !(m.value.etype == EntityType::Per && matches!(m.prov.rule.as_ref(), "tagger" | "name-part") && products.contains(&m.value.key)));
    }
}

/// Heads of bodies that news refers back to by the head alone with the article: التنظيم for
/// the group named before (تنظيم داعش), الحركة, الجماعة, الهيئة, المرصد, الوكالة. Not
/// التحالف, which two different coalitions share (التحالف الدولي, التحالف العربي الكردي).
const ANAPHORIC_HEADS: &[&str] = &["تنظيم", "حركه", "جماعه", "حزب", "جبهه", "هيئه", "منظمه", "مرصد", "وكاله"];

/// Words of blame that news adds to a group it refers back to (التنظيم الإرهابي, الجماعة
/// المتطرفة, التنظيم الدموي), as lossy stems without the feminine ending.
const EPITHETS: &[&str] = &["ارهابي", "اجرامي", "متطرف", "دموي", "تكفيري", "مسلح", "متشدد"];

/// A body's head with the article and no name after it (رفض التنظيم, شبكات التنظيم
/// السرية, للتنظيم الإرهابي) is the nearest body before it in the document whose name starts
/// with that head, or whose known actor's name does (داعش is تنظيم الدولة الإسلامية). A
/// descriptive adjective after the head joins the mention; one of a place (التنظيم السوري)
/// would make it a new name, which the organisation rules have already read.
fn resolve_anaphors(c: &mut Ctx) {
    let lx = Lexicon::get();
    let n = c.doc.tokens.len();
    let head_of = |m: &Annotated<Mention>| -> Option<String> {
        match m.value.canonical.as_deref() {
            Some(id) if !id.contains(':') => lx.actor_key(id).and_then(|k| k.split(' ').next()).map(String::from),
            _ => m.value.key.split(' ').next().map(String::from),
        }
    };
    // (a body the tables know, or one the tagger reads as a name from its head word on: not
    // حركة المرور, "the traffic", nor الهيئة للجهات المعنية, which the head rules took for bodies)
    let toks = &c.doc.tokens;
    let named = |m: &Annotated<Mention>| {
        let a = toks.partition_point(|t| t.span.end <= m.span.start);
        m.value.canonical.is_some() || c.tags.get(a).is_some_and(|&l| l != 0)
    };
    if !(0..n).any(|i| !c.used[i] && c.has_article(i) && ANAPHORIC_HEADS.contains(&c.stem(i))) {
        return;
    }
    let bodies: Vec<(u32, String, String, Option<String>)> =
        c.out.iter().filter(|m| m.value.etype == EntityType::Org && named(m)).filter_map(|m| Some((m.span.end, head_of(m)?, m.value.key.clone(), m.value.canonical.clone()))).collect();
    for i in 0..n {
        if c.used[i] || !c.has_article(i) || !ANAPHORIC_HEADS.contains(&c.stem(i)) {
            continue;
        }
        let at = c.doc.tokens[i].span.start;
        let Some((_, _, key, canonical)) = bodies.iter().filter(|b| b.0 <= at && b.1 == c.stem(i)).max_by_key(|b| b.0) else { continue };
        let (key, canonical) = (key.clone(), canonical.clone());
        // an epithet joins the mention (التنظيم الإرهابي); any other adjective that agrees with
        // the head names another body (الحركة التجارية, الهيئة الهندسية); one of the noun
        // before the head stays out (عمليات التنظيم الإجرامية)
        let agrees = i + 1 < n && !c.used[i + 1] && c.same_sentence(i, i + 1) && c.has_article(i + 1) && agreeing_modifiers(c, i, i + 2) == i + 2;
        let epithet = agrees && EPITHETS.iter().any(|x| c.stem(i + 1).strip_suffix('ه').unwrap_or(c.stem(i + 1)) == *x);
        if agrees && !epithet {
            continue;
        }
        let e = if epithet { i + 2 } else { i + 1 };
        c.push_keyed(i, e, EntityType::Org, canonical, key, "anaphor", 0.55);
    }
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

/// Is the word in parentheses at token `k`, after a mention of type `t`, the town of a byline
/// (محمد سليمان جعفر (جازان)) or a place's setting (سانتا كلارا (كاليفورنيا)) rather than an
/// acronym? No person's name is shortened to an Arabic word, and a place's acronym would not be
/// a well-known place's name. (A body's may be: منظمة الأغذية والزراعة (الفاو), the Iraqi
/// town's name too.)
fn byline_town(c: &Ctx, t: EntityType, k: usize) -> bool {
    let arabic = c.doc.tokens[k].kind == TokenKind::Arabic;
    arabic && (t == EntityType::Per || (t.is_place() && Lexicon::get().places.get(c.stem(k)).is_some_and(|ps| ps.iter().any(|p| p.well_known()))))
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
            (e + 2 < n
                && c.full(e) == "("
                && c.full(e + 2) == ")"
                && looks_like_acronym(&m.value.key, c.full(e + 1), c.doc.tokens[e + 1].text(&c.doc.raw), c.doc.tokens[e + 1].kind)
                && !is_function_word(c.full(e + 1))
                && !byline_town(c, m.value.etype, e + 1))
            .then_some((mi, e + 1))
        })
        .collect();
    for (mi, k) in defs {
        let (etype, key) = (c.out[mi].value.etype, c.out[mi].value.key.clone());
        // a known actor keeps its lexicon id; the acronym joins it
        let canon = c.out[mi].value.canonical.clone().unwrap_or_else(|| format!("acr:{key}"));
        if c.out[mi].value.canonical.is_none() {
            c.out[mi].value.canonical = Some(canon.clone());
        }
        // the acronym where it is defined, and wherever the document uses it after that (ونقلت
        // واس … إن واس ستنشر): one word, as the definition spells it
        let word = c.stem(k).to_string();
        let uses: Vec<usize> = (k..n).filter(|&j| j == k || (c.stem(j) == word && c.doc.tokens[j].kind == c.doc.tokens[k].kind)).collect();
        for j in uses {
            let t = c.doc.tokens[j];
            if let Some(existing) = c.out.iter_mut().find(|m| (m.span.start == t.stem.start || m.span.start == t.span.start) && m.span.end <= t.span.end) {
                existing.value.canonical = Some(canon.clone());
                existing.value.etype = etype;
                existing.prov = Provenance::new(STAGE, "acronym", existing.prov.confidence.max(0.8));
            } else if !c.used[j] {
                c.push(j, j + 1, etype, Some(canon.clone()), "acronym", 0.8);
            }
        }
    }
}

/// Regression: a head word at the end of one zone took the first word of the next content zone
/// as its name ("التنظيم" + "دمشق" across a removed dateline block). Heads and names must share
/// a sentence.
#[cfg(test)]
mod head_tests {
    use isnad_doc::EntityType;

    /// A document of `raw` with its tokens, keys and sentences, as the text stage leaves it.
    /// A context whose tagger read the document's one sentence as `labels` (label, margin).
    fn with_tagger(d: &isnad_doc::Document, labels: Vec<(u8, i32)>) -> super::Ctx<'_> {
        super::Ctx { doc: d, used: vec![false; d.tokens.len()], out: Vec::new(), tagged: vec![(0, labels)], tags: Vec::new() }
    }

    /// The tagger's label opening a name of type `t` (PER, ORG, GPE…).
    fn begin(t: &str) -> u8 {
        isnad_tagger::label(isnad_tagger::TYPES.iter().position(|x| *x == t).unwrap_or(0), true)
    }

    fn doc(raw: &str) -> isnad_doc::Document {
        let mut d = isnad_doc::Document::new(isnad_doc::SourceMeta::default(), raw.as_bytes(), raw.to_string());
        d.tokens = isnad_text::tokenize(raw);
        d.keys = isnad_text::TokenKeys::new(raw, &d.tokens);
        d.sentences = isnad_text::sentences(raw);
        d
    }

    /// The tagger's names in `raw` when the tagger reads each of `words` as a one-word name with
    /// `label` (`B-PER`, `B-GPE`) and nothing else: how the entity stage's filters treat a
    /// reading the tagger gives in a day's context but not in a one-line fixture.
    fn forced_tagger_names(raw: &str, words: &[&str], label: &str) -> Vec<String> {
        let d = doc(raw);
        tagger_read(&d, &word_labels(&d, words, label)).into_iter().map(|m| m.0).collect()
    }

    /// One label per token of `d`: `label` (`B-PER`) on each token written as one of `words`,
    /// outside elsewhere.
    fn word_labels(d: &isnad_doc::Document, words: &[&str], label: &str) -> Vec<u8> {
        let l = label_of(label);
        d.tokens.iter().map(|t| if words.contains(&t.text(&d.raw)) { l } else { 0 }).collect()
    }

    /// One label per token of `d`: one name of type `t` over the first run of tokens written as
    /// `name`, outside elsewhere (and everywhere when `name` is no run of `d`).
    fn span_labels(d: &isnad_doc::Document, name: &[&str], t: &str) -> Vec<u8> {
        let n = d.tokens.len();
        let start = (0..n).find(|&i| name.iter().enumerate().all(|(k, w)| d.tokens.get(i + k).is_some_and(|t| t.text(&d.raw) == *w)));
        (0..n)
            .map(|i| match start {
                Some(s) if i == s => label_of(&format!("B-{t}")),
                Some(s) if i > s && i < s + name.len() => label_of(&format!("I-{t}")),
                _ => 0,
            })
            .collect()
    }

    /// One label per token of `d`: a person over the first run of tokens written as each of
    /// `runs` (one name per run, even where runs touch), outside elsewhere.
    fn person_runs(d: &isnad_doc::Document, runs: &[&[&str]]) -> Vec<u8> {
        let mut labels = vec![0u8; d.tokens.len()];
        for run in runs {
            for (i, l) in span_labels(d, run, "PER").into_iter().enumerate() {
                if l != 0 {
                    labels[i] = l;
                }
            }
        }
        labels
    }

    /// The tagger's names in `d` (surface and type) when the tagger reads `labels`, one per
    /// token, and no rule has run ([`forced_ctx`]).
    fn tagger_read(d: &isnad_doc::Document, labels: &[u8]) -> Vec<(String, EntityType)> {
        let mut c = forced_ctx(d, labels);
        super::tagger_mentions(&mut c);
        c.out.iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect()
    }

    /// The tagger's names in `d` when the tagger reads `labels` with their margins.
    fn tagger_names(d: &isnad_doc::Document, labels: Vec<(u8, i32)>) -> Vec<String> {
        let mut c = with_tagger(d, labels);
        super::tagger_mentions(&mut c);
        c.out.iter().map(|m| d.text(m.span).to_string()).collect()
    }

    /// The tagger's label index of `name` (`B-PER`, `I-GPE`; 0, outside, for no label).
    fn label_of(name: &str) -> u8 {
        (0..isnad_tagger::N_LABELS as u8).find(|&x| isnad_tagger::label_name(x) == name).unwrap_or(0)
    }

    /// The recogniser's state for `d` as if the tagger had read `labels`, one per token, each
    /// with a clear margin, and no rule had run yet.
    fn forced_ctx<'d>(d: &'d isnad_doc::Document, labels: &[u8]) -> super::Ctx<'d> {
        let tagged: Vec<(u8, i32)> = labels.iter().map(|&l| (l, 30_000)).collect();
        super::Ctx { doc: d, used: vec![false; d.tokens.len()], out: Vec::new(), tagged: vec![(0, tagged)], tags: labels.to_vec() }
    }

    /// The tagger's labels for `d` when it reads the first run of the words `name` as one person
    /// and nothing else.
    fn person_labels(d: &isnad_doc::Document, name: &[&str]) -> Vec<u8> {
        let words: Vec<&str> = d.tokens.iter().map(|t| t.text(&d.raw)).collect();
        let at = words.windows(name.len()).position(|w| w == name);
        (0..words.len())
            .map(|k| match at {
                Some(a) if k == a => label_of("B-PER"),
                Some(a) if k > a && k < a + name.len() => label_of("I-PER"),
                _ => 0,
            })
            .collect()
    }

    /// The mentions (surface, type, key) of `raw` when the tagger reads `labels` and `pass` then
    /// runs over its mentions, as the recogniser runs each pass after the tagger's.
    fn after_pass(raw: &str, labels: impl Fn(&isnad_doc::Document) -> Vec<u8>, pass: fn(&mut super::Ctx<'_>)) -> Vec<(String, EntityType, String)> {
        let d = doc(raw);
        let labels = labels(&d);
        let mut c = forced_ctx(&d, &labels);
        super::tagger_mentions(&mut c);
        pass(&mut c);
        c.out.iter().map(|m| (d.text(m.span).to_string(), m.value.etype, m.value.key.clone())).collect()
    }

    /// The tagger's names in `raw` when the tagger reads `name` (words in a row) as one person
    /// and nothing else.
    fn forced_tagger_person(raw: &str, name: &[&str]) -> Vec<String> {
        forced_tagger_span(raw, name, "PER")
    }

    /// The tagger's names in `raw` when the tagger reads `name` (words in a row) as one name of
    /// type `t` (PER, ORG, FAC…) and nothing else.
    fn forced_tagger_span(raw: &str, name: &[&str], t: &str) -> Vec<String> {
        let d = doc(raw);
        let labels = span_labels(&d, name, t);
        assert!(labels.iter().any(|&l| l != 0), "{name:?} is not a run of tokens of {raw:?}: the tagger would read nothing");
        tagger_read(&d, &labels).into_iter().map(|m| m.0).collect()
    }

    /// Each mention of `raw` as (surface, type, canonical key, rule).
    fn mentions(raw: &str) -> Vec<(String, EntityType, Option<String>, String)> {
        let d = doc(raw);
        super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype, m.value.canonical.clone(), m.prov.rule.to_string())).collect()
    }

    /// Regression: a body behind a glued preposition written in presentation forms (ﻟﻘﻮﺍﺕ) started
    /// one key letter's bytes into the word, inside the three-byte ﻟ, and its surface was empty.
    /// Ingest folds such text now; a document built by hand still gets spans on letters.
    #[test]
    fn regression_a_glued_letter_was_cut_by_its_keys_length() {
        let raw = "ﻭﺃﻛﺪ ﺍﻟﻤﺘﺤﺪﺙ ﺃﻥ ﻟﻘﻮﺍﺕ ﺍﻟﺸﺮﻋﻴﺔ ﺩﻭﺭﺍ ، ﻭﻭﺟﻬﺖ ﺑﻮﺯﺍﺭﺓ ﺍﻟﺪﺍﺧﻠﻴﺔ ﺭﺳﺎﻟﺔ";
        let d = doc(raw);
        let ms = super::recognize(&d);
        assert!(!ms.is_empty());
        for m in &ms {
            assert!(raw.is_char_boundary(m.span.start as usize) && raw.is_char_boundary(m.span.end as usize), "{:?}", m.span);
            assert!(!d.text(m.span).is_empty() && !d.text(m.span).starts_with('\u{FEDF}'), "{:?}", d.text(m.span));
        }
    }

    #[test]
    fn a_token_is_in_its_own_sentence() {
        let d = doc("قال الوزير. ثم غادر");
        let c = super::Ctx { doc: &d, used: vec![false; d.tokens.len()], out: Vec::new(), tagged: Vec::new(), tags: Vec::new() };
        assert!(c.same_sentence(1, 1));
        assert!(c.same_sentence(0, 1));
        assert!(!c.same_sentence(1, 3));
    }

    #[test]
    fn a_place_heads_dual_and_plural_count_places() {
        // every feminine place head, and only those, is known without its ه
        for stem in ["مدينتين", "بلدتان", "قريات", "محافظتين", "عاصمتان", "ولايات", "منطقتين", "جزيرتين", "بحيرات", "قاعدتين", "كنيستين"]
        {
            assert!(super::heads_counted(stem, false), "{stem}");
        }
        assert!(super::heads_counted("مخيمين", true));
        assert!(!super::heads_counted("سجنان", false));
        assert!(!super::heads_counted("حديقتين", false));
    }

    /// Regression, from nine days of Saudi papers: a title in apposition to one person gave its
    /// role to the next person of the list, joined by و: Khalid al-Issa was the foreign minister
    /// (الجبير وزير الخارجية، وخالد العيسى), Haider al-Abadi the US vice-president (بايدن نائب
    /// الرئيس الأمريكي وحيدر العبادي); 53 persons so on nine days of 2015. A word joined so that
    /// no one names (وطالب "and demanded") is no person.
    #[test]
    fn regression_the_next_person_of_a_list_took_the_title_of_the_one_before() {
        let text = "والتقى جو بايدن نائب الرئيس الأمريكي وحيدر العبادي رئيس الوزراء العراقي أمس. \
                    وحضر ممدوح عباس رئيس النادي الأسبق ورؤوف جاسر الاجتماع. \
                    وانتقد أحمد داود أوغلو رئيس الوزراء التركي، وطالب بوقف القصف.";
        let d = doc(text);
        let ms = super::recognize(&d);
        let role = |name: &str| ms.iter().find(|m| m.value.etype == EntityType::Per && d.text(m.span) == name).map(|m| m.value.role.map(|r| d.text(r).to_string()));
        assert_eq!(role("حيدر العبادي"), Some(None));
        assert_eq!(role("رؤوف جاسر"), Some(None));
        assert!(ms.iter().all(|m| d.text(m.span) != "طالب"), "{:?}", ms.iter().map(|m| d.text(m.span)).collect::<Vec<_>>());
    }

    /// Regression, from nine days of Saudi papers: names lost their first word to a title or a
    /// connector. الأمير الوليد [بن طلال] (the given name with the article read as the title's
    /// adjective); مساعد [بن محمد العيبان] (a given name that is also a word); عبد الملك [بدر الدين
    /// الحوثي], whose الملك was read as "the king", named the Houthi leader by his father's name;
    /// رئيس الوزراء اليوناني ألكسيس [تسيبراس] (a foreign given name with ال), the given name left
    /// in the role. A family name written with بن stays as it is.
    #[test]
    fn regression_names_lost_their_first_word_to_a_title_or_a_connector() {
        let text = "وقال الأمير الوليد بن طلال إن الشركة ستستثمر في المشروع. \
                    وأوضح مساعد بن محمد العيبان أن الاتفاق نهائي. \
                    وقال زعيم الحوثيين عبد الملك بدر الدين الحوثي إن الحرب مستمرة. \
                    وقال رئيس الوزراء اليوناني ألكسيس تسيبراس إن الاتفاق صعب. \
                    وبنيت القبة في عهد عبد الملك بن مروان. \
                    وتحدث الكتاب عن حياة عائلة بن لادن.";
        let d = doc(text);
        let ms = super::recognize(&d);
        let person = |name: &str| ms.iter().find(|m| m.value.etype == EntityType::Per && d.text(m.span) == name);
        for name in ["الوليد بن طلال", "مساعد بن محمد العيبان", "عبد الملك بدر الدين الحوثي", "ألكسيس تسيبراس"] {
            assert!(person(name).is_some(), "{name}: {:?}", ms.iter().map(|m| d.text(m.span)).collect::<Vec<_>>());
        }
        for wrong in ["بن طلال", "بن محمد العيبان", "بدر الدين الحوثي", "تسيبراس", "بن مروان", "عائلة بن لادن"] {
            assert!(person(wrong).is_none(), "{wrong}");
        }
        let role = |name: &str| person(name).and_then(|m| m.value.role).map(|r| d.text(r).to_string());
        assert_eq!(role("الوليد بن طلال").as_deref(), Some("الأمير"));
        assert_eq!(role("ألكسيس تسيبراس").as_deref(), Some("رئيس الوزراء اليوناني"));
    }

    /// The role parts ([`super::role_parts`]) of the person mention named `name`, if it has a role.
    fn role_of(d: &isnad_doc::Document, ms: &[isnad_doc::Annotated<isnad_doc::Mention>], name: &str) -> Option<Vec<String>> {
        let m = ms.iter().find(|m| m.value.etype == EntityType::Per && d.text(m.span) == name)?;
        m.value.role.map(|r| super::role_parts(d, r).iter().map(|p| d.text(*p).to_string()).collect())
    }

    /// Regression, from nine days of Saudi papers: a deputy's role lost its deputy (نائب رئيس
    /// الجمهورية العراقي نوري المالكي had the role رئيس الجمهورية العراقي, the president's), and
    /// a bare title right before a name gave that name its office, though the name is whose
    /// office it is (مستشار أوباما, "Obama's adviser", made Obama an adviser; محافظ شقراء, the
    /// town's governor, made the town a person).
    #[test]
    fn regression_a_deputy_was_given_the_office_he_deputises() {
        let d = doc("وانتقد الزياني تصريحات نائب رئيس الجمهورية العراقي نوري المالكي تجاه المملكة. وقال مساعد وزير الدفاع مايكل لامبرت إن الخطة جاهزة.");
        let ms = super::recognize(&d);
        let role = |name: &str| role_of(&d, &ms, name);
        assert_eq!(role("نوري المالكي"), Some(vec!["نائب رئيس الجمهورية العراقي".to_string()]), "{:?}", ms.iter().map(|m| d.text(m.span)).collect::<Vec<_>>());
        assert_eq!(role("مايكل لامبرت"), Some(vec!["مساعد وزير الدفاع".to_string()]));
        let d = doc("وقرر الصندوق تعيين مستشار أوباما كبيرا لخبرائه. وألقى محافظ شقراء كلمة في الحفل. وقال سام ألتمان، رئيس «واي كومبيناتور»، إن الجولات انتهت.");
        let ms = super::recognize(&d);
        for m in ms.iter().filter(|m| m.value.etype == EntityType::Per) {
            // (a company in quotes after the title is no chairman; the tagger may still read it
            // as a person's name, but the title is not its role)
            assert!(m.value.role.is_none() || d.text(m.span) == "سام ألتمان", "{} has a role", d.text(m.span));
            assert_ne!(d.text(m.span), "شقراء");
        }
    }

    /// Regression, from nine days of Saudi papers: a title after a speaker's name and a comma
    /// gave the role its first word only («وقال سالم الغامدي، رئيس الجمعية الخيرية بجدة، إن»
    /// made him «رئيس»), so the report tied him to no body; after «وأوضح» the rule read the verb
    /// as the name's first word and gave up.
    #[test]
    fn regression_a_title_after_the_name_lost_its_complement() {
        let d = doc("وقال سالم الغامدي، رئيس الجمعية الخيرية بجدة، إن المشروع بدأ. وقال ديفيد ريتشموند، الرئيس التنفيذي لشركة أرامكو السعودية، إن الإنتاج ارتفع. وأوضح خالد العتيبي، المتحدث باسم وزارة الصحة، أن الحالات تراجعت. وقال باراك أوباما، الرئيس الأمريكي، إن الاتفاق جيد.");
        let ms = super::recognize(&d);
        let role = |name: &str| role_of(&d, &ms, name).map(|parts| parts.join(" | "));
        assert_eq!(role("سالم الغامدي").as_deref(), Some("رئيس الجمعية الخيرية بجدة"), "{:?}", ms.iter().map(|m| d.text(m.span)).collect::<Vec<_>>());
        assert_eq!(role("ديفيد ريتشموند").as_deref(), Some("الرئيس التنفيذي لشركة أرامكو السعودية"));
        // (and a reporting verb the function words do not list, وأوضح, is no first name)
        assert_eq!(role("خالد العتيبي").as_deref(), Some("المتحدث باسم وزارة الصحة"));
        // (and a person the alias table named already takes it too)
        assert_eq!(role("باراك أوباما").as_deref(), Some("الرئيس الأمريكي"));
    }

    /// Regression, from nine days of Saudi papers: «ووزير الخارجية عادل الجبير», a title glued to
    /// و whose first letter is و, was no title (the tokenizer keeps such a word whole), so the
    /// minister had no role on the pages that list the cabinet so.
    #[test]
    fn regression_a_title_glued_to_a_second_waw_was_no_title() {
        let d = doc("حضر اللقاء الدكتور مساعد العيبان ووزير الخارجية عادل الجبير في الرياض.");
        let ms = super::recognize(&d);
        assert_eq!(role_of(&d, &ms, "عادل الجبير"), Some(vec!["وزير الخارجية".to_string()]), "{:?}", ms.iter().map(|m| d.text(m.span)).collect::<Vec<_>>());
    }

    /// Regression, from nine days of Saudi papers: a body or place ran on over the rank of the
    /// person named after it ([الوزارة الشيخ], [اللجنة المنظمة للاحتفالات المهندس], [المنطقة
    /// النقيب], 57 names), and an office before a comma and a rank was read as a person's name
    /// (قال [وزير الثقافة والإعلام]، الدكتور عادل الطريفي). A place named with a rank keeps it.
    #[test]
    fn regression_a_body_ended_on_the_rank_of_the_person_after_it() {
        let text = "وقال رئيس القطاع الديني في الوزارة الشيخ محمد عبدالرازق إن البرنامج بدأ. \
                    وأوضح رئيس اللجنة المنظمة للاحتفالات المهندس محمد فقيه أن العروض ستكون يومية. \
                    وأوضح المتحدث الإعلامي لجوازات المنطقة النقيب عبدالرحمن الأسمري أنه تم ضبط المخالفين. \
                    وأوضح وزير الثقافة والإعلام، الدكتور عادل الطريفي أن القناة ستنطلق. \
                    وعقدت القمة في شرم الشيخ المصرية.";
        let ms = mentions(text);
        let names: Vec<&str> = ms.iter().map(|m| m.0.as_str()).collect();
        for wrong in ["الوزارة الشيخ", "اللجنة المنظمة للاحتفالات المهندس", "المنطقة النقيب", "وزير الثقافة والإعلام"] {
            assert!(!names.contains(&wrong), "{wrong} in {ms:?}");
        }
        assert!(ms.iter().any(|m| m.0 == "اللجنة المنظمة للاحتفالات" && m.1 == EntityType::Org), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "شرم الشيخ" && m.1.is_place()), "{ms:?}");
        for person in ["محمد عبدالرازق", "محمد فقيه", "عادل الطريفي"] {
            assert!(ms.iter().any(|m| m.0 == person && m.1 == EntityType::Per), "{person} in {ms:?}");
        }
    }

    /// Regression, from nine days of Saudi papers: names ended on a preposition drawn out before a
    /// quoted outlet (ياسين لـ«الشرق الأوسط», 48 persons), on the article before a number or a
    /// quote (قناة الـ«إم تي في»), on a quote (حزب «فلامس بلانغ»), or started on one («إتش بي»)
    /// or on the drawn-out letter (بـمأرب).
    #[test]
    fn regression_names_ended_on_a_drawn_out_preposition_or_a_quote() {
        let text = "وقال المتحدث ياسين لـ«الشرق الأوسط» إن الحكومة ستعود إلى عدن. وقال الوزير شلبي لـ«الشرق الأوسط» إن الزيارة ناجحة. \
                    وقالت الناطقة باسم حزب «فلامس بلانغ» إن الحزب سيشارك. ويعرض المسلسل على قناة الـ«إم تي في» في رمضان. \
                    وطرحت الشركة أجهزة من «إتش بي» بألوان جديدة. وقتل خمسة مسلحين في هجوم للمقاومة الشعبية بـمأرب أمس. \
                    وعقد اجتماع المجلس التحضيري للقاء التشاوري الـ15 في الرياض.";
        let ms = mentions(text);
        for m in &ms {
            assert!(!m.0.starts_with(['«', '»', '"', 'ـ']) && !m.0.ends_with(['«', '»', '"', 'ـ']), "{m:?} in {ms:?}");
            assert!(!["قناة", "حزب"].contains(&m.0.as_str()), "a head alone: {ms:?}");
        }
        for name in ["ياسين", "شلبي", "مأرب"] {
            assert!(ms.iter().any(|m| m.0 == name), "{name} missing: {ms:?}");
        }
    }

    /// Regression, from days of Saudi papers (2015-07-21, 07-24, 08-01): the tagger read two
    /// persons joined by و as one (ليونيل ميسي وخافيير ماسكيرانو, 30 such names on three days).
    #[test]
    fn regression_forces_loyal_to_opposite_sides_were_one_body() {
        let ms = mentions("تقدمت القوات الموالية لهادي نحو قاعدة العند. وقصفت القوات الموالية لصالح أحياء في تعز، بينما انسحبت ميليشيات الحوثي والقوات الموالية لها من المطار.");
        for kept in ["القوات الموالية لهادي", "القوات الموالية لصالح"] {
            assert!(ms.iter().any(|m| m.0 == kept && m.1 == EntityType::Org), "{kept} missing: {ms:?}");
        }
        // (forces loyal to "them" are whoever the pronoun points to)
        assert!(!ms.iter().any(|m| m.0 == "القوات الموالية"), "{ms:?}");
    }

    #[test]
    fn regression_nato_forces_were_cut_before_the_atlantic() {
        let ms = mentions("نفذت قوات حلف شمال الأطلسي ضربة جوية قرب الحدود أمس.");
        assert!(ms.iter().any(|m| m.0 == "قوات حلف شمال الأطلسي" && m.1 == EntityType::Org), "{ms:?}");
    }

    #[test]
    fn regression_a_verb_in_a_headline_ended_a_persons_name() {
        let ms = mentions("الأمير فيصل بن خالد يستقبل رئيس فرع الإفتاء بالمنطقة. وذكر المؤرخ محمد بن يزيد المبرد أن القصيدة قديمة.");
        assert!(ms.iter().any(|m| m.0 == "فيصل بن خالد" && m.1 == EntityType::Per), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("يستقبل")), "{ms:?}");
        // (a given name that is also a verb stays after بن)
        assert!(ms.iter().any(|m| m.0.contains("محمد بن يزيد") && m.1 == EntityType::Per), "{ms:?}");
    }

    #[test]
    fn regression_names_ended_on_their_connector() {
        let ms = mentions("وألقى الشيخ محمد جبريل خطبة في مسجد عمرو بن العاص ليلة القدر. واستبدلت شبكات المياه بمحافظة حوطة بني تميم بمنطقة الرياض. وقال المستثمر هاني أبو سبعة إن العائد ارتفع.");
        for kept in ["مسجد عمرو بن العاص", "حوطة بني تميم", "هاني أبو سبعة"] {
            assert!(ms.iter().any(|m| m.0 == kept), "{kept} missing: {ms:?}");
        }
        // (and a name never takes the article written apart: قناة الـ إم بي سي)
        let ms = mentions("عرضت الحلقة بقناة الـ إم بي سي أمس.");
        assert!(!ms.iter().any(|m| m.0.contains("الـ إم")), "{ms:?}");
    }

    #[test]
    fn regression_a_king_was_named_with_the_town_of_his_road() {
        let ms = mentions("وافتتح الأمير طريق الملك عبد الله ببريدة، وزار جامع الملك فهد بالطائف. وقال الممثل أحمد بدير إن الفيلم نجح.");
        for gone in ["عبد الله ببريدة", "فهد بالطائف"] {
            assert!(!ms.iter().any(|m| m.0 == gone), "{gone} in {ms:?}");
        }
        // (the road and the mosque are named after the kings since the sixteenth session, and
        // end before the town as the kings' names did)
        assert!(ms.iter().any(|m| m.0 == "طريق الملك عبد الله" && m.1 == EntityType::Fac), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "جامع الملك فهد" && m.1 == EntityType::Fac), "{ms:?}");
        // (a surname whose rest is a village's short name stays: دير)
        assert!(ms.iter().any(|m| m.0 == "أحمد بدير" && m.1 == EntityType::Per), "{ms:?}");
    }

    #[test]
    fn regression_a_purpose_after_a_town_was_part_of_its_name() {
        let ms = mentions("وشارك الطلاب في مسابقة أمانة المدينة المنورة للعروض المسرحية. ويغيب منتخب جبل طارق لعدم الاعتراف به.");
        assert!(ms.iter().any(|m| m.0 == "المدينة المنورة" && m.1 == EntityType::Gpe), "{ms:?}");
        for gone in ["للعروض", "لعدم"] {
            assert!(!ms.iter().any(|m| m.0.contains(gone)), "{gone} in {ms:?}");
        }
    }

    #[test]
    fn regression_the_university_and_its_staff_were_one_body() {
        let ms = mentions("وتم العثور على الحقائب الأربع بقاع البحر وانتشالها، وقال إن الجامعة وموظفوها في خدمة الطالب.");
        assert!(!ms.iter().any(|m| m.0.contains("وانتشالها") || m.0.contains("وموظفوها")), "{ms:?}");
    }

    #[test]
    fn regression_monday_morning_was_the_prime_ministers_surname() {
        let ms = mentions("وقال رئيس الوزراء اليوناني أليكسيس تسيبراس صباح يوم الإثنين إن المفاوضات ستستمر. والتقى الأمين العام بان كي مون الوزير.");
        assert!(!ms.iter().any(|m| m.0.contains("صباح")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0.contains("تسيبراس") && m.1 == EntityType::Per), "{ms:?}");
        // (بان opens Ban Ki-moon's name, whatever the rule for بأن without its hamza)
        assert!(ms.iter().any(|m| m.0 == "بان كي مون" && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a road, park or stadium named after a king or
    /// prince was the king or prince (طريق الملك عبدالله, 64 times; بحديقة الملك فهد; استاد الملك
    /// فهد, which gave King Fahd 138 mentions he was not in).
    #[test]
    fn regression_the_kings_road_was_the_king() {
        let ms = mentions("وأغلقت الأمانة طريق الملك عبدالله أمس، وأقيمت الاحتفالات بحديقة الملك فهد المركزية. وقال الملك سلمان إن المشروع مهم.");
        assert!(ms.iter().any(|m| m.0 == "طريق الملك عبدالله" && m.1 == EntityType::Fac), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "حديقة الملك فهد المركزية" && m.1 == EntityType::Fac), "{ms:?}");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per && (m.0.contains("عبدالله") || m.0.contains("فهد"))), "{ms:?}");
        assert!(ms.iter().any(|m| m.0.contains("سلمان") && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a newspaper quoted as the one spoken to was
    /// the region or a person where the page quoted it again («الشرق الأوسط» 30 times, the
    /// company «ولمرت» 24).
    #[test]
    fn regression_the_quoted_newspaper_was_the_region() {
        let ms = mentions("وقال مصدر أمني لـ«الشرق الأوسط» إن المحادثات مستمرة. وعند سؤال «الشرق الأوسط» عن الأسباب رفض الإجابة. ويبقى الشرق الأوسط منطقة مضطربة.");
        let papers = ms.iter().filter(|m| m.0 == "الشرق الأوسط" && m.1 == EntityType::Org).count();
        assert_eq!(papers, 2, "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "الشرق الأوسط" && m.1 == EntityType::Loc), "the region: {ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a paper that writes its own name in
    /// parentheses as the one spoken to (وأوضح لـ(عكاظ) المتحدث, 23 times) was a place or a person.
    #[test]
    fn regression_the_paper_in_parentheses_was_a_place() {
        let ms = mentions("وأوضح لـ(الأنباء) المتحدث الرسمي أن الفرق بدأت العمل. وأكد المصدر لـ(الأنباء) أن الحادث وقع فجرا.");
        let papers = ms.iter().filter(|m| m.0 == "الأنباء" && m.1 == EntityType::Org && m.3 == "outlet").count();
        assert_eq!(papers, 2, "{ms:?}");
        // a known actor in parentheses keeps its own reading
        let ms = mentions("وقال الخبير إن المقاتلين الموالين لـ(داعش) انسحبوا من البلدة.");
        assert!(!ms.iter().any(|m| m.3 == "outlet"), "{ms:?}");
    }

    #[test]
    fn clubs_and_their_context_words_are_written_as_lossy_keys() {
        for w in super::CLUBS.iter().chain(super::NOT_CLUB_AFTER).chain(super::SPORTS_WORDS).chain(super::PERSON_FACILITY_HEADS).chain(super::RANK_ADJECTIVES).chain(super::MOVING_THINGS) {
            assert_eq!(isnad_text::key(w), *w, "{w} is no lossy key: the table would never match");
        }
    }

    /// Regression, from nine days of Saudi papers (2015-07-21 to 08-01): the stage named the
    /// clubs of the sports pages in almost none of their mentions (الهلال 415 times on 07-21,
    /// read as "the crescent"; الاتحاد as the head of a body's name, نادي الاتحاد التعاقد), while
    /// the words' other senses on the same page stay words.
    #[test]
    fn regression_the_clubs_of_the_sports_pages_were_common_words() {
        let ms = mentions(
            "أنهت إدارة نادي الاتحاد التعاقد مع المدافع البرازيلي لمدة موسمين. ويلعب الاتحاد أمام فريق الهلال يوم الجمعة، فيما أكد مدرب الهلال جاهزية اللاعبين. \
             وكان الاتحاد السعودي لكرة القدم قد اعتمد الجدول، بالتعاون مع الرئاسة العامة لرعاية الشباب. وشارك فريق الهلال الأحمر في تأمين المباراة.",
        );
        let clubs: Vec<&str> = ms.iter().filter(|m| m.3 == "club").map(|m| m.0.as_str()).collect();
        assert_eq!(clubs.iter().filter(|m| **m == "الاتحاد").count(), 2, "{ms:?}");
        assert_eq!(clubs.iter().filter(|m| **m == "الهلال").count(), 2, "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "الاتحاد السعودي لكرة القدم"), "the federation: {ms:?}");
        for word in ["التعاون", "الشباب", "الاتحاد التعاقد"] {
            assert!(!ms.iter().any(|m| m.0 == word), "{word} in {ms:?}");
        }
    }

    #[test]
    fn occupations_are_written_as_lossy_keys() {
        for w in super::OCCUPATIONS {
            assert_eq!(isnad_text::key(w), *w, "{w} is no lossy key: the table would never match");
        }
    }

    #[test]
    fn regression_journalists_and_estate_agents_were_peoples() {
        let ms = mentions("واستهدفت الحملة الصحافيين والعقاريين في المدينة، فيما طالب الجمهوريون بتحقيق، وقال العرب إن الأمر خطير.");
        for gone in ["الصحافيين", "العقاريين"] {
            assert!(!ms.iter().any(|m| m.0.contains(gone)), "{gone} in {ms:?}");
        }
        assert!(ms.iter().any(|m| m.0 == "العرب" && m.1 == EntityType::Norp), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a woman named by her kunya was her child's
    /// name alone (كلثوم, 45 mentions of أم كلثوم; أم خالد, أم محمد), or took the preposition
    /// glued to أم (بأم كلثوم, the singer's entity name on 2015-07-25).
    #[test]
    fn regression_umm_kulthum_was_kulthum() {
        let ms = mentions("طلب الرئيس من الحفناوي الاتصال بأم كلثوم على الفور، وأبدت أم كلثوم استعدادها للتعاون.");
        let kunya: Vec<_> = ms.iter().filter(|m| m.0.contains("كلثوم")).collect();
        assert_eq!(kunya.len(), 2, "{ms:?}");
        assert!(kunya.iter().all(|m| m.0 == "أم كلثوم" && m.1 == EntityType::Per), "{ms:?}");
    }

    #[test]
    fn regression_a_telegram_and_verbs_after_titles_were_persons() {
        let ms = mentions("بعث الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية برقية تهنئة للرئيس التونسي. مدير شرطة جازان يعايد رجال الأمن المرابطين على الحدود.");
        for gone in ["برقية", "يعايد"] {
            assert!(!ms.iter().any(|m| m.0.contains(gone) && m.1 == EntityType::Per), "{gone} in {ms:?}");
        }
        assert!(ms.iter().any(|m| m.0 == "محمد بن نايف" && m.1 == EntityType::Per), "{ms:?}");
    }

    #[test]
    fn regression_traffic_and_the_teams_party_were_bodies() {
        let ms = mentions("وتتأثر حركة المرور في المدينة بالأمطار، وغادرت بعثة الفريق إلى النمسا أمس، واكتمل برنامج الحفل مساء. وقالت حركة حماس إن برنامج الغذاء العالمي أوقف مساعداته، فيما صعّدت حركة التمرد الكردية هجماتها.");
        for gone in ["حركة المرور", "بعثة الفريق", "برنامج الحفل"] {
            assert!(!ms.iter().any(|m| m.0 == gone), "{gone} in {ms:?}");
        }
        for kept in ["حركة حماس", "برنامج الغذاء العالمي", "حركة التمرد الكردية"] {
            assert!(ms.iter().any(|m| m.0 == kept && m.1 == EntityType::Org), "{kept} missing: {ms:?}");
        }
    }

    #[test]
    fn regression_the_religious_police_were_cut_at_their_preposition() {
        let ms = mentions("وطالبت هيئة الأمر بالمعروف والنهي عن المنكر بمحافظة جدة بإزالة اللوحات المخالفة.");
        assert!(ms.iter().any(|m| m.0 == "هيئة الأمر بالمعروف والنهي عن المنكر" && m.1 == EntityType::Org), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == "هيئة الأمر"), "{ms:?}");
    }

    #[test]
    fn regression_compound_place_names_were_cut_after_their_first_word() {
        let ms = mentions("أطلق مجهولون النار في مخيم عين الحلوة جنوب لبنان، وشهدت منطقة سيدي بشر في الإسكندرية مواجهات. وهو من سهل له إجراءات السفر، ولكن هو قضاء الله ولا راد لقضائه.");
        assert!(ms.iter().any(|m| m.0 == "مخيم عين الحلوة" && m.1 == EntityType::Fac), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "سيدي بشر" && m.1.is_place()), "{ms:?}");
        for gone in ["له", "الله"] {
            assert!(!ms.iter().any(|m| m.0 == gone), "{gone} in {ms:?}");
        }
    }

    #[test]
    fn regression_a_general_power_of_attorney_was_an_agency() {
        let ms = mentions("وحذر من إصدار وكالة عامة دون تعيين التصرفات المطلوبة، فيما تباشر لجنة عليا دراسة الطلب. وتخرج الباحث في جامعة إلينوى الأميركية.");
        for gone in ["وكالة", "لجنة عليا"] {
            assert!(!ms.iter().any(|m| m.0.contains(gone)), "{gone} in {ms:?}");
        }
        assert!(ms.iter().any(|m| m.0.starts_with("جامعة إلينوى") && m.1 == EntityType::Org), "{ms:?}");
    }

    #[test]
    fn regression_two_persons_joined_by_and_were_one() {
        for (raw, names) in [
            ("وضمت القائمة المهاجمين الأرجنتينيين ليونيل ميسي وخافيير ماسكيرانو إلى جانب لاعبين آخرين من الدوري الإسباني.", ["ليونيل ميسي", "خافيير ماسكيرانو"]),
            ("وشارك في المعرض فنانون معروفون منهم احمد العبدالنبي وميرزا الصالح وآخرون.", ["احمد العبدالنبي", "ميرزا الصالح"]),
        ] {
            let ms = mentions(raw);
            for name in names {
                assert!(ms.iter().any(|m| m.0 == name && m.1 == EntityType::Per), "{name}: {ms:?}");
            }
        }
    }

    /// Regression: a person's name ran on over what follows it: a title in apposition (نبيل
    /// العربي الأمين العام), a word the news names a club with (السديس الشباب), a verb in the
    /// future (لويس كارول سينقلب), an adverb with its tanween (أبو حسن واقفاً); and a
    /// European name was cut at its particle (ماركو بولو دل نيرو).
    #[test]
    fn regression_names_ran_on_over_the_words_after_them() {
        for (raw, name) in [
            ("ودان الدكتور نبيل العربي الأمين العام لجامعة الدول العربية التفجير الذي استهدف المسجد.", "نبيل العربي"),
            ("وقال خطيب الجامع الشيخ الدكتور عبدالرحمن السديس الشباب في الأمة عمادها وأملها.", "عبدالرحمن السديس"),
            ("وأكد الكاتب أن لويس كارول سينقلب في قبره لو قرأ الترجمة الجديدة للرواية.", "لويس كارول"),
            ("وما زال أبو حسن واقفاً يرحب بالزوار عند باب المحل كل صباح.", "أبو حسن"),
            ("وقال رئيس الاتحاد ماركو بولو دل نيرو في بيان إن المدرب باق في منصبه.", "ماركو بولو دل نيرو"),
        ] {
            let ms = mentions(raw);
            let persons: Vec<&str> = ms.iter().filter(|m| m.1 == EntityType::Per).map(|m| m.0.as_str()).collect();
            assert!(persons.contains(&name), "{name}: {ms:?}");
        }
    }

    /// Regression: a family name with the article that the tagger left out of a name it read
    /// stayed out (الأستاذ شادي عبدالعزيز الحربي, whose الحربي is also "military").
    #[test]
    fn regression_a_family_name_after_the_taggers_name_was_left_out() {
        let ms = mentions("وألقى الأستاذ شادي عبدالعزيز الحربي كلمة ترحيب بالخريجين نيابة عن الأهالي.");
        assert!(ms.iter().any(|m| m.0 == "شادي عبدالعزيز الحربي" && m.1 == EntityType::Per), "{ms:?}");
        // (not the words after الله)
        assert!(!mentions("بسم الله الرحمن الرحيم، أما بعد فقد صدر القرار.").iter().any(|m| m.0.contains("الرحمن")));
    }

    /// Regression: the title inside an airport's name (مطار الملك خالد) gave its "holder", the
    /// verb after the name, as a person (يرحب, 2 mentions on 2015-08-01); and a title followed a
    /// body's long name one word at a time, too far to reach its holder (رأفت الصباغ).
    #[test]
    fn regression_the_verb_after_the_kings_airport_was_a_person() {
        let ms = mentions("مطار الملك خالد يرحب بضيوف المعرض عبر شاشاته الداخلية.");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per), "{ms:?}");
        let raw = "صرح المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن الطائرة وصلت إلى عدن.";
        let d = doc(raw);
        let ms = super::recognize(&d);
        let role = ms.iter().find(|m| d.text(m.span) == "رأفت الصباغ").and_then(|m| m.value.role).map(|r| d.text(r).to_string());
        assert!(role.as_deref().is_some_and(|r| r.starts_with("المتحدث")), "{role:?}");
    }

    /// Regression, from Wojood's sample and a day of Saudi papers (2015-07-24: «شو» 7 times in
    /// one quoted interview): function words of spoken Arabic in quotes were persons (شو
    /// "what", هاد "this", انتو "you"); after a verb of saying the word is still a name.
    #[test]
    fn regression_levantine_what_and_you_were_persons() {
        for raw in ["ويقول أحد السكان للصحيفة: \"الإندماج هاد بيخلق نوع من إنك حابب تعرف شو الأحداث؟ شو الفعاليات؟ شو الأخبار؟\".", "وتقول أم خالد: \"انتو ما بتعرفوا شو صار، هيك الحياة هون كتير صعبة\"."]
        {
            let ms = mentions(raw);
            assert!(!ms.iter().any(|m| m.1 == EntityType::Per && matches!(m.0.as_str(), "شو" | "هاد" | "انتو" | "هيك")), "{ms:?}");
        }
        let ms = mentions("وقال شو وهو مسؤول كبير في الحزب إن القرار سيطبق الشهر المقبل.");
        assert!(ms.iter().any(|m| m.0 == "شو" && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression, from days of Saudi papers: a product or film with its version number was a
    /// person (ويندوز 10, 47 mentions on 2015-07-21 and 08-01; “تيد 2″); a person with a count
    /// after him stays one.
    #[test]
    fn regression_a_film_with_its_number_was_a_person() {
        let ms = mentions("وتراجع الفيلم الكوميدي «تيد 2» من المركز الثالث إلى الخامس في قائمة الإيرادات هذا الأسبوع.");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per), "{ms:?}");
        let ms = mentions("وسجل المهاجم بينتيكي 12 هدفا في الموسم الماضي مع فريقه.");
        assert!(ms.iter().any(|m| m.0 == "بينتيكي" && m.1 == EntityType::Per), "{ms:?}");
        // (an age in quotes after an unquoted name is no version: the girl was dropped on
        // 2015-07-22 by the rule's first version)
        let ms = mentions("وقالت لوتا 17 \"عاما\" من مدينة شيميتس بشرق ألمانيا إنها لم تفهم لماذا فعلت أمها ذلك.");
        assert!(ms.iter().any(|m| m.0 == "لوتا" && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a product written with its versions but
    /// never in quotes (ويندوز 10 … ويندوز 7 وويندوز 8) stayed a person, 24 times; a coach with
    /// two counts after him (8 تبديلات) stays one.
    #[test]
    fn regression_a_series_of_versions_was_a_person() {
        let read = |raw: &str, word: &str| {
            let d = doc(raw);
            let labels = word_labels(&d, &[word], "B-PER");
            let mut c = forced_ctx(&d, &labels);
            super::tagger_mentions(&mut c);
            super::drop_versioned_products(&mut c);
            c.out.len()
        };
        assert_eq!(read("أطلقت الشركة ويندوز 10 بعد انتظار، ويعمل على أجهزة ويندوز 7 القديمة أيضا.", "ويندوز"), 0);
        assert_eq!(read("وأجرى بينيتيز 3 تبديلات في الشوط الثاني، وكان بينيتيز 5 مرات بطلا للدوري.", "بينيتيز"), 2);
    }

    /// Regression, from nine days of Saudi papers: the fair سوق عكاظ was the person «عكاظ», 74
    /// times; a market's adjective stays no name (سوق ديناميكي).
    #[test]
    fn regression_the_fair_was_a_person() {
        let raw = "وأعلنت الأمانة العامة لسوق عكاظ برنامج الدورة الجديدة، وتشمل جوائز عكاظ الشعر والخط.";
        let d = doc(raw);
        let labels = word_labels(&d, &["عكاظ"], "B-PER");
        assert_eq!(tagger_read(&d, &labels), [("سوق عكاظ".to_string(), EntityType::Fac), ("عكاظ".to_string(), EntityType::Fac)]);
        assert!(forced_tagger_person("وأصبحت السوق سوق ديناميكي متنام.", &["ديناميكي"]).iter().all(|m| !m.contains("سوق")));
    }

    /// Regression, from nine days of Saudi papers: the tagger's «الشباب» ("the youth", also a
    /// club) was an organisation on every page, 585 times, most of them رعاية الشباب or الشباب
    /// السعودي. Off a sports page it is the word, save where a group is named so.
    #[test]
    fn regression_the_youth_was_an_organisation() {
        let youth = "أكد الرئيس العام لرعاية الشباب أن الشباب السعودي قادر على العمل، وأعلنت جماعة الشباب مسؤوليتها عن الهجوم.";
        assert_eq!(forced_tagger_names(youth, &["الشباب"], "B-ORG"), ["الشباب"]);
        // (and the presidency is one body, read from the actor table)
        let ms = mentions("وأعلنت الرئاسة العامة لرعاية الشباب أمس فتح باب الترشح.");
        assert!(ms.iter().any(|m| m.0 == "الرئاسة العامة لرعاية الشباب" && m.2.as_deref() == Some("gpyw")), "{ms:?}");
        let sport = "وفاز الشباب على النصر في مباراة الدوري، وقال مدرب الفريق إن اللاعبين قدموا مستوى جيدا.";
        assert_eq!(forced_tagger_names(sport, &["الشباب", "النصر"], "B-ORG"), ["الشباب", "النصر"]);
    }

    /// Regression, from 2015-07-2x: a list of halls was one hall (قاعة الروبوت وقاعة, 13 times)
    /// and two colleges one college: the name ran on over the next name's head.
    #[test]
    fn regression_the_next_halls_head_was_part_of_the_hall() {
        let names = forced_tagger_span("وتضم الجامعة قاعة الروبوت وقاعة دعم المشاريع.", &["قاعة", "الروبوت", "وقاعة"], "FAC");
        assert_eq!(names, ["قاعة الروبوت"]);
    }

    /// Regression, from nine days of Saudi papers: a body's head alone was a name: جمرك
    /// ("customs house") a person 37 times, الكلية and المعهد organisations.
    #[test]
    fn regression_the_customs_house_was_a_person() {
        assert!(forced_tagger_names("وعبرت الحاويات جمرك ميناء جدة أمس.", &["جمرك"], "B-PER").is_empty());
        assert!(forced_tagger_names("وقال المعهد إن التقرير جاهز.", &["المعهد"], "B-ORG").is_empty());
        let ms = mentions("وأكد محمد العقيل مدير عام جمرك مطار الملك عبدالعزيز الدولي أن العمل مستمر.");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per && m.0.contains("جمرك")), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: الجنين ("the foetus", 19 times) was Jenin, a
    /// town the gazetteer and the papers write without the article; بمدينة العمران stays a town.
    #[test]
    fn regression_the_foetus_was_jenin() {
        assert!(forced_tagger_names("وتهتم العيادة بسلامة صحة الجنين خلال الحمل.", &["الجنين"], "B-GPE").is_empty());
        assert!(forced_tagger_names("ووزعت الجمعية منشورات عن أضرار الخمر أمس.", &["الخمر"], "B-GPE").is_empty());
        assert_eq!(forced_tagger_names("ووصل الوفد إلى الخرطوم أمس.", &["الخرطوم"], "B-GPE"), ["الخرطوم"]);
        assert_eq!(forced_tagger_names("وافتتح مركز التنمية الأسرية بمدينة العمران أمس.", &["العمران"], "B-GPE"), ["العمران"]);
    }

    /// Regression, from nine days of Saudi papers: a head behind a preposition the tokenizer
    /// left on was a place (بحي "in the district of", 33 times; بجمهورية of بجمهورية مصر, 31).
    #[test]
    fn regression_in_the_district_was_a_place() {
        assert!(forced_tagger_names("وأقيمت الخيمة الشعبية بحي النظيم أمس.", &["بحي"], "B-GPE").is_empty());
        assert!(forced_tagger_names("وتقام البطولة بجمهورية مصر العربية.", &["بجمهورية"], "B-GPE").is_empty());
        assert_eq!(forced_tagger_names("ويسهم المجتمع في نمو المملكة والعالم.", &["المملكة"], "B-GPE"), ["المملكة"]);
    }

    /// Regression, from nine days of Saudi papers: Boko Haram without its head was an
    /// organisation called بوكو (101 mentions) and a facility called بوكو حرام (13).
    #[test]
    fn regression_boko_haram_was_boko() {
        let ms = mentions("واختطفت «بوكو حرام» عشرات الطلاب في شمال نيجيريا، وقال متحدث إن جماعة بوكو حرام تبنت الهجوم.");
        let ids: Vec<_> = ms.iter().filter(|m| m.1 == EntityType::Org).map(|m| (m.0.as_str(), m.2.as_deref())).collect();
        assert_eq!(ids, [("بوكو حرام", Some("boko-haram")), ("جماعة بوكو حرام", Some("boko-haram"))], "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a high body's purpose was cut after its
    /// first noun (الهيئة العليا for الهيئة العليا لتطوير مدينة الرياض), and no other body's
    /// name takes the sentence after it (وزارة الحج لإطلاق برنامج التسجيل).
    #[test]
    fn regression_the_high_commission_lost_its_purpose() {
        let ms = mentions("وأصدرت الهيئة العليا لتطوير مدينة الرياض تقريرها، فيما تستعد وزارة الحج لإطلاق برنامج التسجيل الإلكتروني.");
        assert!(ms.iter().any(|m| m.0 == "الهيئة العليا لتطوير مدينة الرياض" && m.1 == EntityType::Org), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "وزارة الحج"), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: the surface winds of a daily weather report
    /// were a movement (حركة الرياح السطحية, 81 organisations), as were trade and transport.
    #[test]
    fn regression_the_surface_winds_were_a_movement() {
        let ms = mentions("وأورد التقرير أن حركة الرياح السطحية على البحر الأحمر ستكون شمالية، وتأثرت حركة التجارة العالمية بالأزمة، وقالت حركة حماس إن الهدنة صامدة.");
        assert!(!ms.iter().any(|m| m.0.starts_with("حركة الرياح") || m.0.starts_with("حركة التجارة")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "حركة حماس"), "{ms:?}");
        let read = forced_tagger_span("وأورد التقرير أن حركة الرياح السطحية ستكون شمالية.", &["حركة", "الرياح", "السطحية"], "ORG");
        assert!(read.is_empty(), "the tagger's reading: {read:?}");
    }

    /// Regression, from nine days of Saudi papers: a club named with its country was a region
    /// named so (الجزيرة الإماراتي like الصحراء السورية), though the adjective does not agree.
    #[test]
    fn regression_the_emirati_club_was_a_region() {
        let ms = mentions("ولعب اللاعب لنادي الجزيرة الإماراتي موسمين، ثم عبر الصحراء السورية.");
        assert!(ms.iter().any(|m| m.0 == "الجزيرة" && m.1 == EntityType::Org), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.starts_with("الجزيرة الإماراتي")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "الصحراء السورية" && m.1 == EntityType::Loc), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: the owners of real estate and aircraft were
    /// the former Iraqi prime minister (مالكي العقار, مالكي الطائرات: 21 persons «مالكي»).
    #[test]
    fn regression_the_owners_were_maliki() {
        assert!(forced_tagger_names("ويخدم المبنى مالكي الطائرات الخاصة.", &["مالكي"], "B-PER").is_empty());
        assert_eq!(forced_tagger_names("وقال سامي الجابر إن الفريق جاهز.", &["سامي"], "B-PER"), ["سامي"]);
    }

    /// Regression, from nine days of Saudi papers: a club the page names after نادي was a
    /// person (دورتموند 16 times, أستون فيلا), while a person after النادي stays one.
    #[test]
    fn regression_dortmund_was_a_person() {
        let raw = "وأعلن نادي دورتموند ضم المهاجم، وقال دورتموند إن الصفقة انتهت. وقال رئيس النادي أحمد الراشد إن الفريق جاهز.";
        let d = doc(raw);
        let labels: Vec<u8> = d
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| match t.text(&d.raw) {
                "دورتموند" => label_of("B-PER"),
                "أحمد" => label_of("B-PER"),
                "الراشد" if i > 0 => label_of("I-PER"),
                _ => 0,
            })
            .collect();
        let names = tagger_read(&d, &labels);
        assert_eq!(names, [("دورتموند".to_string(), EntityType::Org), ("دورتموند".to_string(), EntityType::Org), ("أحمد الراشد".to_string(), EntityType::Per)]);
    }

    /// Regression, from nine days of Saudi papers: a club's fans were a people (الاتحاديون,
    /// الهلاليين: 107 mentions), like العرب or الأكراد.
    #[test]
    fn regression_the_clubs_fans_were_a_people() {
        let raw = "وأخيرا استقر الاتحاديون على المدرب الروماني بعد مباراة الدوري، وفرح الهلاليين بالفوز، فيما قال العرب إن اللاعب جاهز.";
        assert_eq!(forced_tagger_names(raw, &["الاتحاديون", "الهلاليين", "العرب"], "B-NORP"), ["العرب"]);
        assert!(!super::club_fans("عراقيين") && !super::club_fans("سعوديين") && super::club_fans("نصراويون") && super::club_fans("اهلاويين"));
    }

    /// Regression, from a Tunisian page: ل with a verb in the first person plural was a person
    /// (ولا حاجة لنستورد شيئا "no need for us to import anything"); a given name in ل stays.
    #[test]
    fn regression_for_us_to_import_was_a_person() {
        assert!(forced_tagger_names("كل الشروط متوفرة ولا حاجة لنستورد شيئا من الخارج.", &["لنستورد"], "B-PER").is_empty());
        assert_eq!(forced_tagger_names("وأخيرا ابنتها ليديا التي تختلف كثيرا عن أمها.", &["ليديا"], "B-PER"), ["ليديا"]);
    }

    /// Regression: a noun with the pronoun ه read as a place (إلى جنوبه "to its south", 6
    /// mentions on 2015-07-24; في تاريخه, نشاطه), a plural counted by a number after a place
    /// head (عاصمة اللاءات الثلاث, on a Tunisian page), and a plural noun with the article.
    #[test]
    fn regression_his_south_and_the_three_noes_were_places() {
        let ms = mentions("انتقلت عدوى الأزمات من شمال البلاد إلى جنوبه خلال أشهر قليلة.");
        assert!(!ms.iter().any(|m| m.0 == "جنوبه"), "{ms:?}");
        let ms = mentions("لقد كانت المدينة عاصمة اللاءات الثلاث في ذلك الزمن البعيد.");
        assert!(!ms.iter().any(|m| m.0.contains("اللاءات")), "{ms:?}");
        // (nor a sound feminine plural with the article no gazetteer knows, 18 places
        // «البتروكيماويات» on 2015-07-21 and 07-24; a known one stays)
        let places = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-GPE");
        assert!(places("وارتفعت صادرات المواد الكيماوية والبتروكيماويات هذا العام.", "والبتروكيماويات").is_empty());
        assert_eq!(places("وارتفعت صادرات الإمارات هذا العام.", "الإمارات"), ["الإمارات"]);
    }

    /// Regression, from a day of Saudi papers: the name علي, which the lossy key makes one word
    /// with the preposition على, was left out of the names around it: the former Yemeni
    /// president was عبدالله صالح (15 mentions on 2015-07-23), Dubai's port ميناء جبل, and a
    /// name after بن stopped at it (خالد بن). A page that writes على as علي keeps them apart.
    #[test]
    fn regression_the_name_ali_read_as_the_preposition_cut_names() {
        let text = "وتقدمت قوات موالية للرئيس السابق علي عبدالله صالح نحو عدن. وسجل ميناء جبل علي رقما قياسيا في مناولة الحاويات. وحضر رئيس الاستخبارات العامة خالد بن علي الحميدان الاجتماع.";
        let ms = mentions(&format!("{text} واستمرت المعارك على أطراف المدينة."));
        for (name, t) in [("علي عبدالله صالح", EntityType::Per), ("ميناء جبل علي", EntityType::Fac), ("خالد بن علي الحميدان", EntityType::Per)] {
            assert!(ms.iter().any(|m| m.0 == name && m.1 == t), "{name}: {ms:?}");
        }
        // the same page with على written علي: the rules leave it out (what the tagger reads of
        // it stands)
        let ms = mentions(&format!("{text} واستمرت المعارك علي أطراف المدينة."));
        assert!(ms.iter().any(|m| m.0 == "ميناء جبل") && ms.iter().any(|m| m.0 == "خالد بن"), "{ms:?}");
    }

    /// Regression: a centre named after the king was cut at the title (the tagger's مركز الملك,
    /// then the king as a person of its own), and a body's second part after و was read as a
    /// person named after the title before the body (مدير … والتراث الوطني).
    #[test]
    fn regression_bodies_named_after_a_king_or_in_two_parts_were_cut() {
        let ms = mentions("ووزع مركز الملك سلمان للإغاثة والأعمال الإنسانية سلالا غذائية في المدينة. وقال مدير الفرع في الهيئة العامة للسياحة والتراث الوطني المهندس سامي العتيبي إن الموسم بدأ.");
        for body in ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "الهيئة العامة للسياحة والتراث الوطني"] {
            assert!(ms.iter().any(|m| m.0 == body && m.1 == EntityType::Org), "{body}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per && (m.0.contains("التراث") || m.0 == "سلمان")), "{ms:?}");
        // a list of other bodies after the purpose is no part of the name
        let ms = mentions("وشاركت في المعرض الهيئة العامة للسياحة والجهات المعنية بالتراث.");
        assert!(ms.iter().any(|m| m.0 == "الهيئة العامة للسياحة" && m.1 == EntityType::Org), "{ms:?}");
    }

    /// Regression: a mosque's name ran on over the title of its imam (المسجد الحرام الشيخ), so
    /// the mosque was neither named right nor placed.
    #[test]
    fn regression_a_place_name_ran_on_over_the_next_title() {
        let ms = mentions("وألقى خطيب المسجد الحرام الشيخ الدكتور سامي الحربي خطبة الجمعة.");
        assert!(ms.iter().any(|m| m.0 == "المسجد الحرام" && m.1 == EntityType::Fac), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("الشيخ") && m.1 == EntityType::Fac), "{ms:?}");
    }

    /// Regression: a people after a bare place head was taken for a place of its own (العرب in
    /// جزيرة العرب, a location with no coordinates); the head names the place with it.
    #[test]
    fn regression_the_arabs_were_a_place_after_a_head() {
        let ms = mentions("وأعلن فرع القاعدة في جزيرة العرب مسؤوليته، فيما هبت عاصفة على بحر العرب.");
        for place in ["جزيرة العرب", "بحر العرب"] {
            assert!(ms.iter().any(|m| m.0 == place && m.1 == EntityType::Loc), "{place}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.0 == "العرب" && m.1.is_place()), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: a facility's head with a preposition on it
    /// (بمستشفى) named no facility, so the king after it was a person whose name went on over
    /// the next word (فهد بسعة: "with a capacity of"), and that word then became a person
    /// wherever the document used it (80 mentions in a day); a place's name went on over the
    /// town after it (مطار بلاكبوش بلندن).
    #[test]
    fn regression_a_kings_name_ran_on_over_a_glued_preposition() {
        let ms = mentions("وتشمل المشاريع البرج الطبي بمستشفى الملك فهد بسعة 270 سريرا، ومستشفى الولادة بسعة 400 سرير. وهبطت الطائرة بـمطار الملك خالد الدولي، ثم في مطار بلاكبوش بلندن.");
        for (name, t) in [("مستشفى الملك فهد", EntityType::Fac), ("مطار الملك خالد الدولي", EntityType::Fac), ("مطار بلاكبوش", EntityType::Fac)] {
            assert!(ms.iter().any(|m| m.0 == name && m.1 == t), "{name}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.0.contains("بسعة") || m.0.contains("بلندن")), "{ms:?}");
        // the facility's key is the head's own, as without the preposition
        let d = doc("نقل المصاب إلى مستشفى الملك فهد، ثم نقل بعده آخر بمستشفى الملك فهد.");
        let keys: Vec<String> = super::recognize(&d).into_iter().filter(|m| m.value.etype == EntityType::Fac).map(|m| m.value.key).collect();
        assert!(keys.len() == 2 && keys[0] == keys[1], "{keys:?}");
        // a person after a title still takes a surname that starts with the letter (بلال, بكر)
        let ms = mentions("وقال المتحدث باسم الوزارة أحمد بلال إن العمل مستمر.");
        assert!(ms.iter().any(|m| m.0 == "أحمد بلال" && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression: the king's honorific خادم الحرمين was a person of its own, and خادم alone
    /// in نائب خادم الحرمين.
    #[test]
    fn regression_an_honorific_was_a_person() {
        let ms = mentions("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ونائب خادم الحرمين الشريفين الأمير محمد بن نايف، برقيتي عزاء لرئيس جمهورية تشاد إدريس ديبي في ضحايا الفيضانات.");
        assert!(ms.iter().any(|m| m.1 == EntityType::Per && m.0 == "محمد بن نايف"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per && m.0.starts_with("خادم")), "{ms:?}");
    }

    /// Regression: words of a title were read as persons' names (مساعد in نائب مساعد وزير,
    /// لشؤون الأمن after a minister's title), a company's board was one body across stories,
    /// and the board's chairman lost his title.
    #[test]
    fn regression_parts_of_titles_were_names_and_a_board_a_body() {
        let ms = mentions("وحضر اللقاء نائب مساعد وزير الدفاع لشؤون الأمن الدولي كريم سالم، وقال رئيس مجلس الإدارة فهد المطيري إن الشركة ستوسع أعمالها.");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per && (m.0 == "مساعد" || m.0.contains("لشؤون"))), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("مجلس الإدارة") && m.1 == EntityType::Org), "{ms:?}");
        let d = doc("وقال رئيس مجلس الإدارة فهد المطيري إن الشركة ستوسع أعمالها.");
        let chair = super::recognize(&d).into_iter().find(|m| d.text(m.span) == "فهد المطيري");
        assert_eq!(chair.and_then(|m| m.value.role).map(|r| d.text(r).to_string()).as_deref(), Some("رئيس مجلس الإدارة"));
    }

    /// Regression: the tagger's readings of an honorific (معاليه, "His Excellency") as a person
    /// and of a head with a possessive pronoun (مكتبه, "his office", folded like مكتبة) as a
    /// building were kept.
    #[test]
    fn regression_an_honorific_and_his_office_were_entities() {
        let ms = mentions("وهنأ وزير الصحة الجميع بحلول العيد، وقال معاليه: إن الوزارة مستعدة. وأضاف معاليه أن الخطط جاهزة. واستقبل وزير الدفاع في مكتبه بجدة أمس السفير الأمريكي.");
        assert!(!ms.iter().any(|m| m.0 == "معاليه" || m.0 == "مكتبه"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "جدة" && m.1 == EntityType::Gpe), "{ms:?}");
    }

    /// Regression: an acronym defined in parentheses was the body only there; its later uses
    /// were left to the tagger, which read واس as a place or as nothing.
    #[test]
    fn regression_an_acronym_is_the_body_wherever_the_document_uses_it() {
        let ms = mentions("ونقلت وكالة الأنباء السعودية (واس) عن مسؤول قوله إن واس ستنشر البيان كاملا، وأضافت واس أن الوفد وصل.");
        let acr: Vec<_> = ms.iter().filter(|m| m.0 == "واس").collect();
        assert_eq!(acr.len(), 3, "{ms:?}");
        let body = ms.iter().find(|m| m.0 == "وكالة الأنباء السعودية").unwrap_or_else(|| panic!("{ms:?}"));
        assert!(acr.iter().all(|m| m.1 == EntityType::Org && m.2 == body.2 && m.2.is_some()), "{ms:?}");
    }

    /// Regression, from reports on the battle for Baghuz: a commander's family name that is also
    /// a word ("أمد", a term) was cut from his name after his title. Framed by a reporting verb
    /// and its complement إن, the word is the name's end; a word the grammar knows (أمس) is not.
    #[test]
    fn a_surname_that_is_also_a_word_stays_in_a_name_framed_by_a_reporting_clause() {
        let ms = mentions("وقال القيادي في الحزب سامر مدى إن المفاوضات ستستمر.");
        assert!(ms.iter().any(|m| m.0 == "سامر مدى" && m.1 == EntityType::Per && m.3 == "title+name"), "{ms:?}");
        let ms = mentions("وأوضح القيادي في «الجبهة» كاوا أمد أن الهدنة ما زالت صامدة.");
        assert!(ms.iter().any(|m| m.0 == "كاوا أمد" && m.1 == EntityType::Per), "{ms:?}");
        let ms = mentions("وقال القيادي في الحزب سامر أمس إن المفاوضات ستستمر.");
        assert!(ms.iter().any(|m| m.0 == "سامر" && m.1 == EntityType::Per), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("أمس")), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: الجزيرة (the newspaper, the channel, the
    /// peninsula) is an alternate name of Algiers in GeoNames, and 69 of its mentions were
    /// placed there. The news corpus reads the word mostly as an organisation, so the bare
    /// gazetteer rule leaves it to the tagger.
    #[test]
    fn regression_al_jazirah_was_algiers() {
        let ms = mentions("وذكرت الجزيرة في تقرير لها أن الوفد وصل إلى الجزائر أمس.");
        assert!(!ms.iter().any(|m| m.0 == "الجزيرة" && m.3 == "gazetteer"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "الجزائر" && m.1 == EntityType::Gpe), "{ms:?}");
    }

    /// Regression, from three days of Saudi papers: after a title, the complement and place of
    /// the office were a person (خارجية كوبا, وزراء بريطانيا) and kept the name after them from
    /// the tagger; one letter was a person's name (لـ before a quoted body 51 times, د of د. 29
    /// times); a Saudi name stopped before its family name (عزام بن محمد without الدخيل).
    #[test]
    fn regression_titles_before_a_place_an_honorific_or_a_quote() {
        let per = |raw: &str| mentions(raw).into_iter().filter(|m| m.1 == EntityType::Per).map(|m| m.0).collect::<Vec<_>>();
        assert_eq!(per("وقال وزير خارجية كوبا برونو رودريغيز إن الزيارة مهمة."), vec!["برونو رودريغيز"]);
        assert_eq!(per("وقال رئيس وزراء بريطانيا ديفيد كاميرون إن الاتفاق قريب."), vec!["ديفيد كاميرون"]);
        assert!(per("وأصدر رئيس دولة الإمارات مرسوما بقانون.").is_empty());
        assert_eq!(per("وأكد وزير التعليم د. عزام بن محمد الدخيل أن الخطة جاهزة."), vec!["عزام بن محمد الدخيل"]);
        assert!(per("وقال المدير العام لـ«المنظمة الدولية للهجرة» إن العدد ارتفع.").is_empty());
        // (a heritage body named after a prince keeps its word out of his name)
        assert!(per("قاعدة بيانات الأمير سلطان بن سلمان للتراث العمراني").iter().all(|p| !p.contains("للتراث")));
    }

    /// Regression, from a day of Saudi papers: المملكة ("the Kingdom"), as the Saudi press names
    /// Saudi Arabia some 780 times a day, mostly without naming it otherwise, was no mention.
    /// It is the outlet's home kingdom, else the one kingdom the story names; المملكة المتحدة
    /// stays the United Kingdom.
    #[test]
    fn regression_the_kingdom_was_no_place() {
        let lx = crate::lexicon::Lexicon::get();
        let kingdom = |url: Option<&str>, raw: &str| {
            let mut d = doc(raw);
            d.source.url = url.map(String::from);
            super::recognize(&d).iter().filter(|m| m.prov.rule == "the-kingdom").map(|m| lx.country_code(&m.value.key).map(String::from)).collect::<Vec<_>>()
        };
        let raw = "أكد الوزير أن المملكة ماضية في خططها، وأن المملكة المتحدة تدعمها.";
        assert_eq!(kingdom(Some("https://www.okaz.com.sa/news/1"), raw), vec![Some("SA".to_string())]);
        assert_eq!(kingdom(Some("https://example.org/a"), "قال مسؤول أردني إن الأردن يرحب، وإن المملكة ستشارك."), vec![Some("JO".to_string())]);
        // no outlet of a kingdom, and two kingdoms named once each, or none: left alone
        assert!(kingdom(Some("https://example.org/a"), "زار الأردن ثم المغرب، وقال إن المملكة ستشارك.").is_empty());
        assert!(kingdom(None, "قال مسؤول إن المملكة ستشارك في المؤتمر.").is_empty());
        // a Saudi paper's المملكة is Saudi Arabia, even in a story about Jordan
        assert_eq!(kingdom(Some("http://www.alriyadh.com/1"), "وصل ملك الأردن، وقال إن المملكة ترحب."), vec![Some("SA".to_string())]);
    }

    /// Regression, from two days of Saudi papers: a body's head with a preposition glued to it
    /// (بجامعة الملك سعود) was no head, so the university was cut to جامعة الملك and the king's
    /// name read as a person; a body named by two genitives (هيئة السياحة والآثار) was cut at the
    /// second; and a known body after a head (لجماعة أنصار الله) lost its identity.
    #[test]
    fn regression_glued_heads_and_joined_genitives_cut_bodies_names() {
        let ms = mentions("وقال عضو هيئة التدريس بجامعة الملك عبدالعزيز إن الدراسة انتهت.");
        assert!(ms.iter().any(|m| m.0 == "جامعة الملك عبدالعزيز" && m.1 == EntityType::Org), "{ms:?}");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per), "{ms:?}");
        let ms = mentions("التابعة لهيئة التحقيق والادعاء العام، وأعلنت وزارة التجارة والصناعة أمس.");
        assert!(ms.iter().any(|m| m.0 == "هيئة التحقيق والادعاء العام"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "وزارة التجارة والصناعة"), "{ms:?}");
        // two groups, a relative pronoun, an actor of its own: each ends the first name
        for (raw, name) in [
            ("اندلعت اشتباكات بين قوات الأمن والمسلحين أمس.", "قوات الأمن"),
            ("فتح باب الترشح لعضوية مجلس الإدارة والتي تستمر أسبوعا.", "مجلس الإدارة"),
            ("واتهم دائرة التسليح والحشد الشعبي بالتقصير.", "دائرة التسليح"),
        ] {
            let ms = mentions(raw);
            assert!(!ms.iter().any(|m| m.0.starts_with(name) && m.0 != name), "{raw}: {ms:?}");
        }
        let ms = mentions("هاجم مسلحون عربات تابعة لجماعة أنصار الله الحوثية.");
        assert!(ms.iter().any(|m| m.0 == "جماعة أنصار الله الحوثية" && m.2.as_deref() == Some("houthis")), "{ms:?}");
        // a head and its genitive at the very end of a text
        let ms = mentions("وأعلنت وزارة الثقافة");
        assert!(ms.iter().any(|m| m.0 == "وزارة الثقافة"), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: a king's name ran on over the title after و
    /// (الملك سلمان وولي العهد, 32 mentions named «سلمان وولي»), and the particle بأن opened a
    /// person's name (أخبرني بأن عبدالفتاح).
    #[test]
    fn regression_a_name_ran_on_over_and_the_crown_prince() {
        let ms = mentions("ورفع التهنئة إلى خادم الحرمين الشريفين الملك سلمان وولي العهد الأمير محمد بن نايف.");
        assert!(ms.iter().any(|m| m.0 == "سلمان" && m.1 == EntityType::Per), "{ms:?}");
        let ms = mentions("اتصل بي خالد الشنيف وأخبرني بأن عبدالفتاح من ضمن اللاعبين.");
        assert!(!ms.iter().any(|m| m.0.starts_with("بأن")), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: the conjunction stayed on a name whose first
    /// word is too short for the tokenizer to split it off (طهران وتل أبيب), and the place was
    /// found one letter away from its name; and on a given name opening with و (ووليد فواز).
    #[test]
    fn regression_a_conjunction_stayed_on_a_short_first_word() {
        let ms = mentions("يتوسطون عادة بين طهران وتل أبيب في الملفات.");
        assert!(ms.iter().any(|m| m.0 == "تل أبيب" && m.1 == EntityType::Gpe), "{ms:?}");
        // nor on a given name that opens with و, which the tokenizer cannot split (ووليد)
        let ms = mentions("وقال الأمين العام ووليد فواز إن الاجتماع انتهى.");
        assert!(ms.iter().any(|m| m.0 == "وليد فواز" && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression, from three days of Saudi papers: a known actor's one-word name matched with
    /// the article its table spelling lacks, or without the one it has. الحماس ("the
    /// enthusiasm") was Hamas, 23 mentions on 2015-07-21; نصرة الشرعية ("support for the
    /// legitimate government") was al-Nusra; and السورية alone, the adjective in a list of
    /// nationalities, was Syria. A spelling the table lists both ways (حوثيين) still joins.
    #[test]
    fn regression_the_enthusiasm_was_hamas() {
        let ms = mentions("وأعلنت حركة حماس موقفها. وقال المدرب إن الحماس كان واضحا، ودعا إلى نصرة الشرعية في اليمن.");
        assert!(ms.iter().any(|m| m.0 == "حركة حماس" && m.2.as_deref() == Some("hamas")), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("الحماس") || m.0.starts_with("نصرة")), "{ms:?}");
        let ms = mentions("وأفادت مصادر بمقتل ثمانية حوثيين في مأرب، وبينهم عناصر يحملون الجنسية اليمنية والمصرية والسورية والأردنية.");
        assert!(ms.iter().any(|m| m.0 == "حوثيين" && m.2.as_deref() == Some("houthis")), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.ends_with("السورية") && m.1.is_place()), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: a glued preposition on an ordinary word was a
    /// person where the corpus lexicon names the whole word in 5% to 30% of its uses, the
    /// tagger's own occasional reading: بمكرر ("at a multiple") in the market reports, 25
    /// mentions on 2015-07-21, all joined to one «شاكر بمكرر»; بترقية, لركوب.
    #[test]
    fn regression_at_a_multiple_was_a_person() {
        // each word read as a one-word person, as the tagger read them in the day's reports
        let person = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-PER");
        for (raw, word) in [("وتداول قطاع التأمين بمكرر 30.5 مرة.", "بمكرر"), ("وأصدر الملك أمرا ملكيا بترقية مئة قاض.", "بترقية"), ("واستعد البطل لركوب الموج.", "لركوب")]
        {
            assert!(person(raw, word).is_empty(), "{raw}: {:?}", person(raw, word));
        }
        // a name the corpus gives the whole word stays (بسام, whose ب is no preposition)
        assert_eq!(person("وقال بسام إن الاجتماع انتهى.", "بسام"), ["بسام"]);
    }

    /// Regression, from a day of Saudi papers: the alias table writes عبد الفتاح السيسي apart,
    /// the papers عبدالفتاح joined, so the president was two persons: «عبدالفتاح» after his
    /// title and «السيسي» by his alias (111 and 116 mentions on 2015-07-31, in 42 documents).
    #[test]
    fn regression_the_president_was_his_given_name_and_his_surname() {
        for raw in ["وأكد الرئيس المصري، عبدالفتاح السيسي، أن البلدين شريكان.", "وأكد الرئيس عبد الفتاح السيسي أن البلدين شريكان."]
        {
            let ms = mentions(raw);
            let per: Vec<_> = ms.iter().filter(|m| m.1 == EntityType::Per).collect();
            assert_eq!(per.len(), 1, "{raw}: {ms:?}");
            assert!(per[0].0.ends_with("السيسي") && per[0].2.is_some(), "{raw}: {ms:?}");
        }
    }

    /// Regression, from a day of Saudi papers: Yemen's deposed president was named in full
    /// by the tagger on a few pages only, so the page's «وأنصار صالح» was a person «أنصار
    /// صالح» (11 mentions on 2015-07-25) and his surname alone joined no one; Boko Haram was
    /// «جماعة بوكو» and Somalia's al-Shabaab four bodies. The actor table names them now.
    #[test]
    fn regression_the_deposed_president_was_his_supporters() {
        let ms = mentions("وقال الرئيس المخلوع علي عبدالله صالح إن الحرب مستمرة. واشتبك المسلحون الحوثيون وأنصار صالح مع المقاومة.");
        let saleh: Vec<_> = ms.iter().filter(|m| m.1 == EntityType::Per && m.0.ends_with("صالح")).collect();
        assert_eq!(saleh.len(), 2, "{ms:?}");
        assert!(saleh.iter().all(|m| m.0 != "أنصار صالح" && m.2.as_deref() == Some("saleh")), "{ms:?}");
        let ms = mentions("وهاجم مسلحو جماعة بوكو حرام قرية في شمال شرق نيجيريا.");
        assert!(ms.iter().any(|m| m.0 == "جماعة بوكو حرام" && m.1 == EntityType::Org), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: an adjective joined by و to the one before it was
    /// a person (الطب البديل والتكميلي: «والتكميلي», 58 mentions on 2015-07-31; الشؤون البلدية
    /// والقروية). A surname after و beside a name the tagger reads stays.
    #[test]
    fn regression_the_complementary_was_a_person() {
        let persons = |raw: &str, words: &[&str]| forced_tagger_names(raw, words, "B-PER");
        assert!(persons("أجرى المركز الوطني للطب البديل والتكميلي دراسة جديدة.", &["والتكميلي"]).is_empty());
        assert!(persons("وزار وزير الشؤون البلدية والقروية المنطقة.", &["والقروية"]).is_empty());
        assert!(persons("وناقش الأصبحي والزياني عودة الدبلوماسيين.", &["الأصبحي", "والزياني"]).contains(&"الزياني".to_string()));
    }

    /// Regression, from four days of Saudi papers: the tagger read words the corpus almost
    /// never names anyone with as persons: ترشحه ("his candidacy", 7 mentions on 2015-07-22),
    /// رمضان the month (7), سبحانه after الله (8 on 2015-08-01). Such a word stays a person
    /// after a title, before a speech frame, or where the page names someone with it in full.
    #[test]
    fn regression_his_candidacy_was_a_person() {
        let persons = |raw: &str, words: &[&str]| forced_tagger_names(raw, words, "B-PER");
        assert!(persons("وأعلن حاكم الولاية السابق ترشحه للانتخابات في يونيو الماضي.", &["ترشحه"]).is_empty());
        assert!(persons("ثم قال الله سبحانه وتعالى في الآية.", &["سبحانه"]).is_empty());
        // a speech frame after it: the man is named رمضان
        assert!(persons("وأوضح رمضان أن المشاورات تناولت الملفات.", &["رمضان"]).contains(&"رمضان".to_string()));
        // a title before it
        assert!(persons("وقال الرئيس رمضان في كلمته للوفد.", &["رمضان"]).contains(&"رمضان".to_string()));
    }

    /// Regression, from a day of Saudi papers: once a page named نبيل العربي, every later
    /// «العربي» was his surname, the adjective too (العمل العربي المشترك, الأمن القومي العربي:
    /// 23 mentions of him on 2015-08-01); and a name the tagger cut after التعليم made each
    /// «التعليم» of the page a person.
    #[test]
    fn regression_the_arab_adjective_was_the_secretary_general() {
        let ms = mentions("وقال الأمين العام نبيل العربي إن الزيارة تعزز العمل العربي المشترك. وأضاف العربي أن الأمن القومي العربي أولوية.");
        let arabi: Vec<&str> = ms.iter().filter(|m| m.0 == "العربي" && m.1 == EntityType::Per).map(|m| m.3.as_str()).collect();
        // وأضاف العربي is he; the two adjectives are not
        assert_eq!(arabi.len(), 1, "{ms:?}");
    }

    /// Regression, from four days of Saudi papers: حسن الجوار ("good neighbourliness") was a
    /// person, 37 mentions on 2015-07-24 alone, and so were حسن الظن and لحسن الحظ. A man named
    /// حسن with a family name stays one, after a title too.
    #[test]
    fn regression_good_neighbourliness_was_a_person() {
        assert!(forced_tagger_person("وأكد الوزيران أهمية علاقات حسن الجوار بين البلدين.", &["حسن", "الجوار"]).is_empty());
        assert!(forced_tagger_person("وقال المدرب: ولحسن الحظ تمكنا من الفوز.", &["ولحسن", "الحظ"]).is_empty());
        assert_eq!(forced_tagger_person("وأكد حسن الشمري أن الفريق جاهز.", &["حسن", "الشمري"]), vec!["حسن الشمري".to_string()]);
        assert_eq!(forced_tagger_person("وقال الدكتور حسن الجوار إن الدراسة اكتملت.", &["حسن", "الجوار"]), vec!["حسن الجوار".to_string()]);
    }

    /// Regression, from a day of Saudi papers: the club باريس سان جيرمان was Paris and a person
    /// «سان جيرمان» (18 mentions on 2015-07-24). A saint's name opens no person's name; after
    /// a town it goes on the town's into one body.
    #[test]
    fn regression_paris_saint_germain_was_a_town_and_a_person() {
        let raw = "وانتقل اللاعب الأرجنتيني إلى فريق باريس سان جيرمان الفرنسي. وزار الوفد باريس أمس.";
        let d = doc(raw);
        let labels: Vec<u8> = d
            .tokens
            .iter()
            .map(|t| match t.text(&d.raw) {
                "سان" => label_of("B-PER"),
                "جيرمان" => label_of("I-PER"),
                _ => 0,
            })
            .collect();
        // the town's name as the gazetteer read it before the tagger's turn
        let mut c = forced_ctx(&d, &labels);
        for i in (0..d.tokens.len()).filter(|&i| d.tokens[i].text(&d.raw) == "باريس") {
            c.push(i, i + 1, EntityType::Gpe, None, "gazetteer", 0.75);
        }
        super::tagger_mentions(&mut c);
        let ms: Vec<(String, EntityType)> = c.out.iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        assert!(ms.contains(&("باريس سان جيرمان".to_string(), EntityType::Org)), "{ms:?}");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per), "{ms:?}");
        // the town named alone later stays the town
        assert_eq!(ms.iter().filter(|m| m.0 == "باريس" && m.1 == EntityType::Gpe).count(), 1, "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: «وأين» and «فأين» ("and where") were persons
    /// named أين (13 mentions on 2015-07-22): the function-word check read the word with its
    /// conjunction. وعلي ("and Ali") stays a person, though the corpus's figures for علي are those
    /// of على, which would call it an ordinary word.
    #[test]
    fn regression_and_where_was_a_person() {
        let persons = |raw: &str, words: &[&str]| forced_tagger_names(raw, words, "B-PER");
        assert!(persons("اكتمل المشروع منذ عامين، فأين الهيئة من ذلك؟", &["فأين"]).is_empty());
        assert!(persons("وكيف بدأ وأين هو الآن؟", &["وأين"]).is_empty());
        assert_eq!(persons("وحضر اللقاء سعيد وعلي من الفريق.", &["وعلي"]), vec!["علي".to_string()]);
    }

    /// Regression, from a day of Saudi papers: an honorific with its pronoun after a title was
    /// the titled man's name (حمّل الملك المفدى معاليه: a person «معاليه», 9 mentions on 2015-07-24
    /// and 07-25).
    #[test]
    fn regression_his_excellency_was_the_kings_name() {
        let ms = mentions("وقد حمل الملك المفدى معاليه نقل تحياته إلى الرئيس المصري.");
        assert!(!ms.iter().any(|m| m.0.contains("معاليه")), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: الحمص ("the chickpeas", 9 mentions in one food
    /// column on 2015-07-21) was read as a place and placed at Homs, and اللسان ("the tongue")
    /// in a health piece was a place too. The corpus writes the towns' names without the
    /// article; Al Ain (العين), which the gazetteer writes with it, stays a place.
    #[test]
    fn regression_the_chickpeas_were_homs() {
        let place = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-GPE");
        assert!(place("وضع الكاتب مؤلفا كاملا عن الحمص وأطباقه.", "الحمص").is_empty());
        assert!(place("ويشكو المريض من ثقل اللسان والدوار.", "اللسان").is_empty());
        // the town without the article, and a town the gazetteer writes with it, stay
        assert_eq!(place("قصفت قوات النظام أحياء في حمص أمس.", "حمص"), ["حمص"]);
        assert_eq!(place("افتتح المبنى الجديد في العين أمس.", "العين"), ["العين"]);
    }

    /// Regression, from nine days of Saudi papers: a definite word and an indefinite one after
    /// it are a subject and its predicate, not a name. «وحالة البحر متوسط الموج» was the
    /// Mediterranean in 52 weather reports, and the tagger ran a body's head with the article on
    /// over a verb or a noun (الجامعة توضح, الوزارة وغرمت, الجامعة وصورتين: 109 bodies). An
    /// adjective after a definite noun was a person (المذهب الحنفي, الليل البهيم).
    #[test]
    fn regression_a_definite_word_and_its_predicate_were_a_name() {
        let ms = mentions("وتكون الرياح شمالية غربية، وحالة البحر متوسط الموج. وعبرت السفينة البحر المتوسط أمس. وقتل جنديان في هجوم على كمين في الشيخ زويد بسيناء.");
        assert!(!ms.iter().any(|m| m.0 == "البحر متوسط"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "البحر المتوسط"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "الشيخ زويد"), "a proper name after a definite word: {ms:?}");
        let body = |raw: &str, name: &[&str]| {
            let d = doc(raw);
            tagger_read(&d, &span_labels(&d, name, "ORG")).into_iter().map(|m| m.0).collect::<Vec<_>>()
        };
        assert!(body("وأشار البيان إلى أن الجامعة توضح أنه لا تغيير في المواعيد.", &["الجامعة", "توضح"]).is_empty());
        assert!(body("وأرفق الطالب شهادة مختومة من الجامعة وصورتين شخصيتين.", &["الجامعة", "وصورتين"]).is_empty());
        assert_eq!(body("وأعلنت الجامعة العربية المفتوحة مواعيد القبول.", &["الجامعة", "العربية", "المفتوحة"]), ["الجامعة العربية المفتوحة"]);
        let person = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-PER");
        assert!(person("وكان مقلدا للمذهب الحنفي في أحكامه.", "الحنفي").is_empty());
        assert!(person("وأصبحت المصاعب مثل الليل البهيم في القرية.", "البهيم").is_empty());
        // after a title the word is a name
        assert_eq!(person("وقال الدكتور الحنفي إن الدراسة اكتملت.", "الحنفي"), ["الحنفي"]);
    }

    /// Regression, from nine days of Saudi papers: الرس, the Qassim town, was never placed (47
    /// mentions): its key has two letters once the article is off, and the gazetteer dropped
    /// such keys. And a general hospital lost its العام after a gazetteer town (مستشفى جازان
    /// العام, 97 facilities).
    #[test]
    fn regression_ar_rass_was_never_placed_and_the_general_hospital_lost_its_name() {
        let d = doc("وتمكنت شرطة محافظة الرس من القبض على المتهم، ونقل المصاب إلى مستشفى الرس العام. وزار الوفد مستشفى الرس أمس.");
        let mut ms = super::recognize(&d);
        crate::geocode(&d, &mut ms);
        let town = ms.iter().find(|m| d.text(m.span) == "الرس");
        assert!(town.is_some_and(|m| m.value.geo.as_ref().is_some_and(|g| g.country.as_deref() == Some("SA"))), "{ms:?}");
        let hospitals: Vec<(&str, &str)> = ms.iter().filter(|m| m.value.etype == EntityType::Fac).map(|m| (d.text(m.span), m.value.key.as_str())).collect();
        assert_eq!(hospitals.iter().map(|h| h.0).collect::<Vec<_>>(), ["مستشفى الرس العام", "مستشفى الرس"]);
        assert_eq!(hospitals[0].1, hospitals[1].1, "one facility under both names");
        // the year is no part of it
        let ms = mentions("وافتتح مستشفى جدة العام الماضي.");
        assert!(ms.iter().any(|m| m.0 == "مستشفى جدة"), "{ms:?}");
        // the short key is the rules' only: the tagger's flags, trained without it, do not read it
        assert_eq!(crate::ner::tagger_flags("الرس", "رس") & crate::ner::flag::PLACE, 0);
    }

    /// Regression, from nine days of Saudi papers: in a list of players named in two words, the
    /// tagger stopped at a given name (وعامر هارون و[عبدالله] الأسطا وأحمد عطيف; 42 such persons).
    #[test]
    fn regression_a_given_name_in_a_list_lost_its_family_name() {
        let names = |raw: &str, runs: &[&[&str]]| {
            let d = doc(raw);
            let labels = person_runs(&d, runs);
            let mut c = forced_ctx(&d, &labels);
            super::tagger_mentions(&mut c);
            super::family_names_in_lists(&mut c);
            c.out.iter().map(|m| d.text(m.span).to_string()).collect::<Vec<_>>()
        };
        let list = "وشارك في التدريبات عامر هارون وعبدالله الأسطا وأحمد عطيف أمس.";
        assert_eq!(names(list, &[&["عامر", "هارون"], &["وعبدالله"], &["وأحمد", "عطيف"]]), ["عامر هارون", "عبدالله الأسطا", "أحمد عطيف"]);
        // no list, no family name: حسن السيرة is "good conduct"
        let alone = "وحصل على تقدير جيد جدا، وحسن السيرة والسلوك.";
        assert_eq!(names(alone, &[&["وحسن"]]), ["حسن"]);
        // nor a title after the given name
        let title = "وحضر الحفل تركي البراهيم وفهد الأمير عبدالرحمن.";
        assert!(!names(title, &[&["تركي", "البراهيم"], &["وفهد"]]).iter().any(|m| m.contains("الأمير")));
    }

    /// Regression, from nine days of Saudi papers: أبو ظبي, written apart where the gazetteer
    /// writes أبوظبي, was a person 26 times (بورصات أبو ظبي ودبي, ولي عهد أبو ظبي).
    #[test]
    fn regression_abu_dhabi_written_apart_was_a_person() {
        let d = doc("استأنفت بورصات أبو ظبي ودبي عملها أمس. وافتتح المعرض في أبوظبي.");
        let ms = super::recognize(&d);
        let keys: Vec<(&str, &str, EntityType)> = ms.iter().map(|m| (d.text(m.span), m.value.key.as_str(), m.value.etype)).collect();
        let apart = keys.iter().find(|k| k.0 == "أبو ظبي");
        let joined = keys.iter().find(|k| k.0 == "أبوظبي");
        assert!(apart.is_some_and(|k| k.2 == EntityType::Gpe), "{keys:?}");
        assert_eq!(apart.map(|k| k.1), joined.map(|k| k.1), "one key, so one place and one entity: {keys:?}");
    }

    /// Regression, from nine days of Saudi papers: الحرف ("the crafts", "the letter"), a
    /// district seat in Yemen of no recorded population, was a place in 127 mentions, nearly all
    /// in reports of heritage fairs (أجنحة الحرف اليدوية).
    #[test]
    fn regression_the_crafts_were_a_town_in_yemen() {
        let places = |raw: &str| mentions(raw).into_iter().filter(|m| m.1 == EntityType::Gpe).map(|m| m.0).collect::<Vec<_>>();
        let fair = "وزار المحافظ أجنحة الحرف اليدوية والأسر المنتجة في المهرجان، وشاهد عروض الحرف الشعبية.";
        assert!(!places(fair).iter().any(|p| p == "الحرف"), "{:?}", places(fair));
        let place = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-GPE");
        assert!(place("وتعرض الأسر المنتجة الحرف اليدوية في السوق الشعبي.", "الحرف").is_empty());
        // a page on Yemen, or a place head, keeps the town
        assert!(places("وقصفت الطائرات مواقع للحوثيين في الحرف شمال اليمن.").iter().any(|p| p == "الحرف"));
        assert!(places("وسيطر المسلحون على مدينة الحرف أمس.").iter().any(|p| p.contains("الحرف")));
    }

    /// Regression, from nine days of Saudi papers: a name whose ف the tokenizer took for the
    /// conjunction was shown without it (فيريرا as «يريرا» 14 times, فالح العيساوي as «الح
    /// العيساوي»), and a dress (فستان) was the person «ستان».
    #[test]
    fn regression_the_coach_lost_his_first_letter() {
        let read = |raw: &str, name: &[&str], t: &str| {
            let d = doc(raw);
            let labels = span_labels(&d, name, t);
            let mut c = forced_ctx(&d, &labels);
            super::tagger_mentions(&mut c);
            super::conjunction_back_on_names(&mut c);
            c.out.iter().map(|m| (d.text(m.span).to_string(), m.value.key.clone())).collect::<Vec<_>>()
        };
        let ms = read("وأعرب فيريرا عن رضاه عن أداء لاعبيه.", &["فيريرا"], "PER");
        assert_eq!(ms, [("فيريرا".to_string(), "فيريرا".to_string())]);
        let ms = read("وقال فالح العيساوي إن القوات تقدمت.", &["فالح", "العيساوي"], "PER");
        assert_eq!(ms.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), ["فالح العيساوي"]);
        // the conjunction before a name the corpus writes alone stays off it
        let ms = read("فإيران التي تدعي حماية الجيران لم تفعل شيئا.", &["فإيران"], "GPE");
        assert_eq!(ms.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), ["إيران"]);
        // a common noun with the letter back is no name, unless a title names it (a surname)
        let ms = read("واختارت العروس فستان الزفاف بعناية.", &["فستان"], "PER");
        assert!(ms.is_empty(), "{ms:?}");
        let ms = read("وقال الدكتور فقيه إن المشروع اكتمل.", &["فقيه"], "PER");
        assert_eq!(ms.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), ["فقيه"]);
    }

    /// Regression, from nine days of Saudi papers: a kinship word with a possessive pronoun was
    /// read as the start of a person's name, and alone as a person: «ابنك عبدالفتاح» ("your son
    /// Abdelfattah", whom the page then names 31 times), «شقيقتها فاتن العتيبي», «أخيه», «أبيه».
    #[test]
    fn regression_your_son_abdelfattah_was_a_person() {
        let names = |raw: &str, name: &[&str]| forced_tagger_person(raw, name);
        assert_eq!(names("في البدء حدثنا عن ابنك عبدالفتاح وبداياته مع الكرة.", &["ابنك", "عبدالفتاح"]), ["عبدالفتاح"]);
        assert_eq!(names("وأيدتها الرأي شقيقتها الصغرى فاتن العتيبي في حديثها.", &["شقيقتها", "الصغرى", "فاتن", "العتيبي"]), ["فاتن العتيبي"]);
        assert!(names("وقال إن جيب ليس مثل أبيه في السياسة.", &["أبيه"]).is_empty());
        assert!(names("وكان ابنك البار يزورنا كل عام.", &["ابنك", "البار"]).is_empty());
        // a kunya's أبي, and Amy written without her madda, stay names
        assert_eq!(names("لماذا لم يشكك في مقولة أبي عمرو بن العلاء.", &["أبي", "عمرو", "بن", "العلاء"]), ["أبي عمرو بن العلاء"]);
        assert_eq!(names("وقالت امي بارتليت المتحدثة باسم المتنزه إن الحيوان هادئ.", &["امي", "بارتليت"]), ["امي بارتليت"]);
    }

    /// Regression, from nine days of Saudi papers: a name whose و the tokenizer took for the
    /// conjunction was shown without it (ونستون تشرشل as «نستون تشرشل», ويندي شيرمان as «يندي
    /// شيرمان», 46 names in 9 days), while the و of a list stays the conjunction.
    #[test]
    fn regression_winston_churchill_lost_his_w() {
        let read = |raw: &str, names: &[(&[&str], &str)]| {
            let d = doc(raw);
            let labels = names.iter().map(|(n, t)| span_labels(&d, n, t)).reduce(|a, b| a.iter().zip(&b).map(|(x, y)| *x.max(y)).collect()).unwrap_or_default();
            let mut c = forced_ctx(&d, &labels);
            super::tagger_mentions(&mut c);
            super::conjunction_back_on_names(&mut c);
            c.out.iter().map(|m| (d.text(m.span).to_string(), m.value.key.clone())).collect::<Vec<_>>()
        };
        let ms = read("وكان دعم ونستون تشرشل حاسما في الحرب.", &[(&["ونستون", "تشرشل"], "PER")]);
        assert_eq!(ms, [("ونستون تشرشل".to_string(), "ونستون تشرشل".to_string())]);
        // a list's و: after another name, or after a comma
        let ms = read("وحضر اللقاء جون كيري ومليندا جيتس أمس.", &[(&["جون", "كيري"], "PER"), (&["ومليندا", "جيتس"], "PER")]);
        assert_eq!(ms.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), ["جون كيري", "مليندا جيتس"]);
        let ms = read("وحضرت الحفل جيتس، ومليندا جيتس أمس.", &[(&["ومليندا", "جيتس"], "PER")]);
        assert_eq!(ms.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), ["مليندا جيتس"]);
        // a common noun with its و back is no name, unless the page quotes it
        let ms = read("وتضخمت أرباح الشركة بشكل وهمي طوال سنوات.", &[(&["وهمي"], "PER")]);
        assert!(ms.is_empty(), "{ms:?}");
        let ms = read("وأغلقت السلطات مكتب قناة «وصال» أمس.", &[(&["وصال"], "ORG")]);
        assert_eq!(ms.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), ["صال"]);
    }

    /// Regression, from nine days of Saudi papers: السيول ("the floods") was Seoul (سيول), 40
    /// times in reports of rain. A foreign town's name takes no article in Arabic.
    #[test]
    fn regression_the_floods_were_seoul() {
        let place = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-GPE");
        assert!(place("وتعمل الأمانة على تصريف مياه الأمطار والسيول في الأحياء.", "والسيول").is_empty());
        // the town itself, and a town of the region written with the article, stay
        assert_eq!(place("وصل الوفد إلى سيول أمس.", "سيول"), ["سيول"]);
        assert_eq!(place("افتتح المبنى الجديد في العين أمس.", "العين"), ["العين"]);
    }

    /// Regression, from nine days of Saudi papers: a capital was a place named after what it is
    /// the capital of (عاصمة الثقافة الإسلامية, عاصمة السياحة العربية, عاصمة الضباب for London:
    /// 68 places so), and a place head's dual or plural a place (البلدتين "the two towns", 15;
    /// في ولايات أمريكية, 8).
    #[test]
    fn regression_the_capital_of_culture_and_the_two_towns_were_places() {
        let places = |raw: &str| mentions(raw).into_iter().filter(|m| m.1.is_place()).map(|m| m.0).collect::<Vec<_>>();
        assert!(places("أقيم العرض على مسرح واحة عاصمة الثقافة الإسلامية بالحديقة.").is_empty());
        assert!(places("سيلعب الفريق في عاصمة الضباب الأسبوع المقبل.").is_empty());
        // a capital of a place the gazetteer knows stays that place
        assert_eq!(places("وصل الوفد إلى عاصمة لبنان أمس."), ["لبنان"]);
        let place = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-GPE");
        assert!(place("وشنت الطائرات أربع غارات على مناطق في محيط البلدتين أمس.", "البلدتين").is_empty());
        assert!(place("ارتفع سعر البيض في ولايات أمريكية عدة.", "ولايات").is_empty());
        // a bare masculine form may be a name (Sejnane, in Tunisia)
        assert_eq!(place("قتل مسلحون في عملية في سجنان التابعة لمحافظة بنزرت.", "سجنان"), ["سجنان"]);
    }

    /// Regression, from nine days of Saudi papers: a person named by a title and his family name
    /// with the article was nobody (وقال الوزير النعيمي, وهنأ الوزير الطريفي, الشيخ الفوزان), or a
    /// brigade after the rank اللواء (وقدم اللواء الغامدي هدية). The title's adjective (الرئيس
    /// السابق, اللواء التركي "the Turkish general") and a king's epithet (الملك الصالح) stay no
    /// name, and a bare title is in construct with the word after it, but a page that names the
    /// general in full (اللواء منصور التركي) means him by اللواء التركي. A title with the
    /// preposition ل (للشيخ) opens a name too.
    #[test]
    fn regression_a_title_and_a_family_name_were_nobody() {
        let persons = |raw: &str| mentions(raw).into_iter().filter(|m| m.1 == EntityType::Per).map(|m| m.0).collect::<Vec<_>>();
        assert_eq!(persons("وبين الوزير النعيمي أن الاستثمارات ستزيد."), ["النعيمي"]);
        assert_eq!(persons("وقدم اللواء الغامدي هدية للضيوف."), ["الغامدي"]);
        assert!(mentions("وقدم اللواء الغامدي هدية للضيوف.").iter().all(|m| m.1 != EntityType::Org));
        // a nisba of a region is a family name too
        assert_eq!(persons("وقال اللواء العسيري إن العمليات مستمرة."), ["العسيري"]);
        // a nasab after it is his
        assert_eq!(persons("والتقى الأمير الوليد بن طلال بالوفد."), ["الوليد بن طلال"]);
        // the words after it are the sentence's
        assert_eq!(persons("وأهاب العقيد الغامدي باليمنيين استغلال الفرصة."), ["الغامدي"]);
        assert!(persons("وكشف اللواء التركي في المؤتمر عن الخطة.").is_empty());
        // ... unless the page names the general in full after the same title
        let text = "وقال المتحدث الأمني اللواء منصور التركي إن الخلية ضبطت. وكشف اللواء التركي في المؤتمر عن الخطة.";
        assert_eq!(persons(text), ["منصور التركي", "التركي"]);
        assert!(mentions(text).iter().all(|m| m.1 != EntityType::Org));
        assert!(persons("ووجه الملك الصالح بصرف المكافآت.").is_empty());
        assert!(persons("وقال الرئيس السابق إن الوضع صعب.").is_empty());
        // the title after it, with the preposition ل, names the next person: until the family
        // name stopped the first title's reading, that one ran over both
        assert_eq!(persons("وقدم الشيخ السديس للشيخ محمد بن راشد هدية."), ["السديس", "محمد بن راشد"]);
    }

    /// Regression, from nine days of Saudi papers: once a rule had named a person in full (بكتاب
    /// للدكتور ماجد العبيد), the page's other mentions of the full name lost their given name to
    /// the surname rule, which runs before the tagger: «ماجد [العبيد]».
    #[test]
    fn regression_a_full_name_written_again_was_its_surname() {
        let text = "ماجد العبيد: الهيئة قادرة على المنافسة. وقال ماجد العبيد إن العمل جاهز. والفكرة من كتاب للدكتور ماجد العبيد.";
        let ms = mentions(text);
        let persons: Vec<&str> = ms.iter().filter(|m| m.1 == EntityType::Per).map(|m| m.0.as_str()).collect();
        assert_eq!(persons, ["ماجد العبيد", "ماجد العبيد", "ماجد العبيد"], "{ms:?}");
        // a surname alone stays the surname rule's
        let ms = mentions("وقال الدكتور ماجد العبيد إن العمل جاهز. وأضاف العبيد أن الموعد قريب.");
        assert!(ms.iter().any(|m| m.0 == "العبيد" && m.3 == "name-part"), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: two persons the tagger read as one, joined by
    /// و, stayed one where fewer than two words stood before the و or none after it (كيرجاكوف
    /// وداساييف, ستينغ وروبي ويليامز, جاكسون مارتينيز ولوسيانو: about 120 such names;
    /// `regression_two_persons_joined_by_and_were_one` has the longer ones). A name whose first
    /// letter is و (جون واطسون), a nasab (محمد بن وقيت) and a surname of two letters after the
    /// article (ديبورا والش) stay whole.
    #[test]
    fn regression_two_short_persons_joined_by_and_were_one() {
        assert_eq!(forced_tagger_span("ويعاونه كيرجاكوف وداساييف في سحب القرعة.", &["كيرجاكوف", "وداساييف"], "PER"), ["كيرجاكوف", "داساييف"]);
        assert_eq!(forced_tagger_span("وشارك نجوم كبار أمثال ستينغ وروبي ويليامز في الحفل.", &["ستينغ", "وروبي", "ويليامز"], "PER"), ["ستينغ", "روبي ويليامز"]);
        assert_eq!(forced_tagger_span("حيث ضم جاكسون مارتينيز ولوسيانو إلى الفريق.", &["جاكسون", "مارتينيز", "ولوسيانو"], "PER"), ["جاكسون مارتينيز", "لوسيانو"]);
        assert_eq!(forced_tagger_span("وقال جون واطسون رئيس مجلس الإدارة إن الأرباح ارتفعت.", &["جون", "واطسون"], "PER"), ["جون واطسون"]);
        assert_eq!(forced_tagger_span("وشارك الشاعر محمد بن وقيت في الأمسية.", &["محمد", "بن", "وقيت"], "PER"), ["محمد بن وقيت"]);
        assert_eq!(forced_tagger_span("وقالت ديبورا والش نائبة رئيس القسم إن القرار نهائي.", &["ديبورا", "والش"], "PER"), ["ديبورا والش"]);
    }

    /// Regression, from nine days of Saudi papers: a place head with the article ran on over a
    /// word without it (وحالة البحر خفيف "the sea is calm": a sea «البحر خفيف»; 33 such places),
    /// and a customs officer's name was the airport's (لجمرك المطار محمد العقيل).
    #[test]
    fn regression_the_calm_sea_was_a_sea() {
        assert!(forced_tagger_span("وحالة البحر خفيف إلى متوسط الموج.", &["البحر", "خفيف"], "LOC").is_empty());
        let names = forced_tagger_span("وأوضح المدير العام لجمرك المطار محمد العقيل أن المسافر أوقف.", &["المطار", "محمد", "العقيل"], "FAC");
        assert_eq!(names, ["محمد العقيل"]);
        // a head with the article before an adjective with it stays a name
        assert_eq!(forced_tagger_span("أبحرت السفينة في البحر الأحمر أمس.", &["البحر", "الأحمر"], "LOC"), ["البحر الأحمر"]);
    }

    /// Regression, from nine days of Saudi papers: a tribe was the people «بني» and a name
    /// apart (قبيلة بني عامر, 14 times); the verb بنى stays out.
    #[test]
    fn regression_the_tribe_was_sons_of() {
        let norp = |raw: &str| forced_tagger_names(raw, &["بني", "بنى"], "B-NORP");
        assert_eq!(norp("وأكد شيخ قبيلة بني عامر أن الاحتفال يقام غدا."), ["بني عامر"]);
        assert_eq!(norp("في بدايات الجمهورية بنى الرومان الطرق."), ["بنى"]);
    }

    /// Regression, from nine days of Saudi papers: the Suez Canal was a broadcaster (قناة is also
    /// "channel"), 269 times in the summer of the new canal's opening; Paris Saint-Germain's short
    /// name was a town or a person 122 times. Both are in the actor table, read by the rules only.
    #[test]
    fn regression_the_suez_canal_was_a_broadcaster() {
        let ms = mentions("وتستعد مصر لافتتاح قناة السويس الجديدة الشهر المقبل. وفاز سان جرمان على ليون.");
        assert!(ms.iter().any(|m| m.0 == "قناة السويس الجديدة" && m.1 == EntityType::Fac && m.2.as_deref() == Some("suez-canal")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "سان جرمان" && m.1 == EntityType::Org && m.2.as_deref() == Some("psg")), "{ms:?}");
        // a channel named after a town stays a channel
        let ms = mentions("وقال مدير قناة دبي إن البث مستمر.");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Fac), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: "Central" in أمريكا الشمالية والوسطى was a
    /// region of its own, 33 times; the Eastern Province in a list of towns stays.
    #[test]
    fn regression_central_america_was_a_region() {
        let place = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-GPE");
        assert!(place("ويضم اتحاد أمريكا الشمالية والوسطى والكاريبي 41 منتخبا.", "والوسطى").is_empty());
        assert_eq!(place("وتتصدر الرياض وجدة والشرقية قائمة المناطق.", "والشرقية"), ["الشرقية"]);
    }

    /// Regression, from nine days of Saudi papers: an adjective in ية after an indefinite noun
    /// was the country (هبطت طائرة عسكرية سعودية: السعودية, 46 times).
    #[test]
    fn regression_a_saudi_aeroplane_was_saudi_arabia() {
        let place = |raw: &str, word: &str| forced_tagger_names(raw, &[word], "B-GPE");
        assert!(place("هبطت في المطار طائرة سعودية تحمل مساعدات.", "سعودية").is_empty());
        // a town whose name ends so and that the gazetteer spells without the article stays
        assert_eq!(place("وصل الوفد إلى تدمر ثم إلى سلمية أمس.", "سلمية"), ["سلمية"]);
    }

    /// Regression, from nine days of Saudi papers: لي ("to me") was the surname Lee, 41 times
    /// in interviews and columns (وقال لي إنه, واسمحوا لي أن).
    #[test]
    fn regression_to_me_was_lee() {
        let person = |raw: &str, name: &[&str]| forced_tagger_person(raw, name);
        assert!(person("وعندما التقيته قال لي إنه سيعود قريبا.", &["لي"]).is_empty());
        // after a title, and on a page that names him in full, he is Lee
        assert_eq!(person("وقال الرئيس لي إن المحادثات مثمرة.", &["لي"]), ["لي"]);
        let d = doc("التقى الوزير بالرئيس لي كه تشيانغ أمس. وقال لي إن البلدين صديقان.");
        let labels: Vec<u8> = d
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| match (i, t.text(&d.raw)) {
                (_, "كه" | "تشيانغ") => label_of("I-PER"),
                (_, "لي") => label_of("B-PER"),
                _ => 0,
            })
            .collect();
        let names: Vec<String> = tagger_read(&d, &labels).into_iter().map(|m| m.0).collect();
        assert_eq!(names, ["لي كه تشيانغ", "لي"]);
    }

    /// Regression, from nine days of Saudi papers: a district's name kept the preposition on its
    /// two-letter head (بحي الروضة, 53 such places): the rest of a glued head was too short to cut.
    #[test]
    fn regression_in_the_district_was_in_its_name() {
        let names = forced_tagger_span("اندلع حريق في عمارة سكنية بحي الروضة بجدة.", &["بحي", "الروضة"], "GPE");
        assert_eq!(names, ["حي الروضة"]);
        // a one-word name of two letters after the letter keeps it (بحر is no ب + حر)
        let names = forced_tagger_span("أبحروا في بحر العرب أمس.", &["بحر", "العرب"], "LOC");
        assert_eq!(names, ["بحر العرب"]);
    }

    /// Regression, from nine days of Saudi papers: بلاد ("the land of") lost its ب to a village
    /// the gazetteer names لاد (بلاد الرافدين shown as «لاد الرافدين», 23 such names; باراك as
    /// «اراك»). The news writes the whole word far more often than the rest.
    #[test]
    fn regression_the_land_of_lost_its_first_letter() {
        let names = forced_tagger_span("كان التنظيم ينشط في بلاد الرافدين قبل سنوات.", &["بلاد", "الرافدين"], "GPE");
        assert_eq!(names, ["بلاد الرافدين"]);
        // a glued preposition before a town the news names more often still comes off
        let names = forced_tagger_span("وصل الوفد بدمشق أمس.", &["بدمشق"], "GPE");
        assert_eq!(names, ["دمشق"]);
    }

    /// Regression, from nine days of Saudi papers: مكتبه ("his office"), which the lossy key folds
    /// like مكتبة ("library"), opened a facility with the words after it (في مكتبه بقصر اليمامة,
    /// 24 such names).
    #[test]
    fn regression_his_office_was_a_library() {
        let names = forced_tagger_span("استقبل الأمير في مكتبه بقصر الحكم اليوم رئيس البلدية.", &["مكتبه", "بقصر"], "FAC");
        assert!(names.is_empty(), "{names:?}");
        // the library itself stays
        let names = forced_tagger_span("افتتحت مكتبة الملك فهد معرضها السنوي.", &["مكتبة", "الملك", "فهد"], "FAC");
        assert_eq!(names, ["مكتبة الملك فهد"]);
    }

    /// Regression, from nine days of Saudi papers: a known body's name ran on over an adjective
    /// of the other gender, which described the word before it (مفوض الأمم المتحدة السامي, the
    /// High Commissioner: «الأمم المتحدة السامي» 10 times; أنشطة حزب العمال الكردستاني الهجومية).
    #[test]
    fn regression_the_high_commissioner_was_the_united_nations() {
        let ms = mentions("وقال مفوض الأمم المتحدة السامي لحقوق الإنسان إن الوضع خطير. وتزداد أنشطة حزب العمال الكردستاني الهجومية.");
        assert!(ms.iter().any(|m| m.0 == "الأمم المتحدة" && m.1 == EntityType::Org), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "حزب العمال الكردستاني"), "{ms:?}");
        // an adjective of the name's gender still goes on it
        let ms = mentions("وأعلنت وكالة الأنباء السورية الرسمية الخبر.");
        assert!(ms.iter().any(|m| m.0 == "وكالة الأنباء السورية الرسمية"), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: after a title, a preposition with its pronoun
    /// was a name (وقال الرئيس الغانم في تغريدة له: a person «له», 7 mentions on 2015-07-21, from
    /// the stem of الله in عبد الله, which the corpus names), and a name with a glued ل was the
    /// title's holder under that spelling (الناطق باسم القوات الموالية لهادي: «لهادي»).
    #[test]
    fn regression_for_him_was_a_person() {
        let ms = mentions("وقال المدير العام للمنظمة في تغريدة له على تويتر إنه متفائل.");
        assert!(!ms.iter().any(|m| m.0 == "له"), "{ms:?}");
        let ms = mentions("وأكد الناطق باسم القوات الموالية لهادي أن المتمردين ما زالوا يقاتلون.");
        assert!(!ms.iter().any(|m| m.0.starts_with("لهادي")), "{ms:?}");
        // a given name that opens with the letter keeps it
        for name in ["ليلى منصور", "بندر العتيبي", "لطيفة الشعلان"] {
            let ms = mentions(&format!("وقالت المتحدثة باسم الحكومة {name} إن الاجتماع انتهى."));
            assert!(ms.iter().any(|m| m.0 == name), "{name}: {ms:?}");
        }
    }

    /// Regression, from two days of Saudi papers: a compass point after a town's name joined it
    /// (بلدة عندان شمال حلب, محافظة مأرب شرق اليمن), so the town could not be placed.
    #[test]
    fn regression_a_compass_point_after_a_towns_name_joined_it() {
        for (raw, town) in [("قصفت قوات النظام بلدة عندان شمال حلب أمس.", "عندان"), ("سيطرت المقاومة في محافظة مأرب شرق اليمن على منطقة.", "مأرب")]
        {
            let ms = mentions(raw);
            assert!(ms.iter().any(|m| m.0 == town && m.1.is_place()), "{raw}: {ms:?}");
        }
    }

    /// Regression, from two days of Saudi papers: a place's name with a possessive pronoun was
    /// the place (نصف قطرها "its radius" as Qatar, الأمور في نصابها, عتقها), and a byline's town
    /// in parentheses (محمد سليمان جعفر (جازان)) was an acronym of the reporter's name, which then
    /// took every mention of the town in the run.
    #[test]
    fn regression_possessed_place_names_and_bylines_towns_were_misread() {
        let ms = mentions("وأمرت بذبح كل الطيور في منطقة نصف قطرها كيلومتر، وعادت الأمور إلى نصابها.");
        assert!(!ms.iter().any(|m| m.1.is_place()), "{ms:?}");
        // a name whose ending only looks like a pronoun is still the place
        let ms = mentions("وصل الوفد إلى فيينا ثم إلى قطر.");
        assert_eq!(ms.iter().filter(|m| m.1 == EntityType::Gpe).count(), 2, "{ms:?}");
        let ms = mentions("محمد سليمان جعفر (جازان)\nأعلنت إمارة جازان أمس.");
        assert!(ms.iter().all(|m| m.2.as_deref().is_none_or(|c| !c.starts_with("acr:"))), "{ms:?}");
        // a body's acronym stays one
        let ms = mentions("أعلنت منظمة الأمم المتحدة للأغذية والزراعة (الفاو) أمس أن الجوع تراجع.");
        assert!(ms.iter().any(|m| m.0 == "الفاو" && m.2.as_deref().is_some_and(|c| c.starts_with("acr:"))), "{ms:?}");
    }

    /// Regression, from three days of Saudi papers: nouns with a possessive pronoun were names
    /// (أنديتهم "their clubs" a place 13 times, حضارتها, مواطنيه); a name whose ending the
    /// splitter reads as a pronoun (فيينا), or whose stem is a place (مصرنا), is still one.
    #[test]
    fn regression_nouns_with_a_possessive_pronoun_were_names() {
        let d = doc("إن جيشهم وأنديتهم في غرفتها في فيينا ومصرنا");
        let c = super::Ctx { doc: &d, used: vec![false; d.tokens.len()], out: Vec::new(), tagged: Vec::new(), tags: Vec::new() };
        let at = |w: &str| (0..d.tokens.len()).find(|&k| d.text(d.tokens[k].span) == w).unwrap_or(usize::MAX);
        for w in ["جيشهم", "وأنديتهم", "غرفتها"] {
            assert!(at(w) < d.tokens.len() && super::possessed_noun(&c, at(w)), "{w}");
        }
        for w in ["فيينا", "ومصرنا"] {
            assert!(at(w) < d.tokens.len() && !super::possessed_noun(&c, at(w)), "{w}");
        }
    }

    /// Regression, from three days of Saudi papers: ألمانيا written without its hamza (المانيا,
    /// 38 mentions) was read as the article and مانيا, which the gazetteer lacks, so it had no
    /// coordinates and was an entity apart from ألمانيا.
    #[test]
    fn regression_germany_without_its_hamza_had_no_place() {
        let ms = mentions("وصل الوفد إلى المانيا أمس، ثم زار ألبانيا.");
        assert!(ms.iter().any(|m| m.0 == "المانيا" && m.1 == EntityType::Gpe && m.3 == "gazetteer"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "ألبانيا" && m.3 == "gazetteer"), "{ms:?}");
    }

    /// Regression, from three days of Saudi papers: a state's form before its country's name
    /// (جمهورية مصر الشقيقة, جمهورية التشيك) left جمهورية to the tagger, which read it as a
    /// place of its own, 59 times. A form with the article or before no country stays out.
    #[test]
    fn regression_a_republic_alone_was_a_place() {
        let ms = mentions("والتقى المسؤولين في جمهورية مصر الشقيقة ودولة الكويت، ثم جمهورية مصر العربية.");
        assert!(ms.iter().any(|m| m.0 == "جمهورية مصر" && m.1 == EntityType::Gpe && m.3 == "state+country"), "{ms:?}");
        // (دولة describes the country and stays out of its name; جمهورية is kept, as NewsFANE does)
        assert!(ms.iter().any(|m| m.0 == "الكويت" && m.3 == "state+country"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "جمهورية مصر العربية" && m.3 == "gazetteer"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == "جمهورية"), "{ms:?}");
        let ms = mentions("وقالت دولة الاحتلال إن الدولة الإسلامية في العراق، أو دولة العراق الإسلامية سابقا، تهاجم.");
        assert!(!ms.iter().any(|m| m.0.starts_with("دولة")), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: «عقبة» ("an obstacle") was Aqaba, whose GeoNames
    /// row also lists the bare form; and a newspaper named like a region, alone in quotes, was
    /// the region.
    #[test]
    fn regression_an_obstacle_was_aqaba_and_a_quoted_paper_a_region() {
        let ms = mentions("لكن ما زال يترتب تخطي عقبة الكونغرس، ووصل الوفد إلى العقبة أمس.");
        assert!(!ms.iter().any(|m| m.0 == "عقبة"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "العقبة" && m.1 == EntityType::Gpe), "{ms:?}");
        let ms = mentions("وقال الوزير في حديث مع «الشرق الأوسط» إن الوضع في الشرق الأوسط صعب.");
        assert_eq!(ms.iter().filter(|m| m.0 == "الشرق الأوسط" && m.3 == "gazetteer").count(), 1, "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: names lost a first letter the tokenizer took for a
    /// proclitic (فاتن حمامة shown as اتن حمامة, كاليفورنيا as اليفورنيا), and a bare preposition
    /// stayed on a name the tagger read without it (لأوروبا, its own entity beside أوروبا).
    #[test]
    fn regression_names_lost_or_kept_a_first_letter() {
        let ms = mentions("وقالت الفنانة فاتن حمامة إنها سافرت إلى كاليفورنيا ثم انتقلت لأوروبا.");
        assert!(ms.iter().any(|m| m.0 == "فاتن حمامة" && m.1 == EntityType::Per), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "كاليفورنيا" && m.1 == EntityType::Gpe), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "أوروبا"), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: the preacher of a mosque was a person, «خطيب»
    /// in إمام وخطيب المسجد الحرام (35 times), and so was the imam before him, who then joined the
    /// actor عادل إمام by his surname. A second office joined by و is no name; a second person
    /// after a name is (أحلام وماجد المهندس).
    #[test]
    fn regression_the_preacher_of_the_grand_mosque_was_a_person() {
        assert_eq!(forced_tagger_person("وأوصى إمام وخطيب المسجد الحرام المصلين بالتقوى.", &["وخطيب"]), Vec::<String>::new());
        // (the imam alone, on a page that also has «إمام خطيب» as a name, which keeps a lone word
        // of it from reading as an ordinary word)
        let d = doc("وأوضح إمام وخطيب المسجد الحرام أن التسامح قيمة. وقال إمام خطيب الجامع إن الصلاة تقام.");
        let imams: Vec<usize> = (0..d.tokens.len()).filter(|&i| d.tokens[i].text(&d.raw) == "إمام").collect();
        let mut labels = vec![0u8; d.tokens.len()];
        labels[imams[0]] = label_of("B-PER");
        labels[imams[1]] = label_of("B-PER");
        labels[imams[1] + 1] = label_of("I-PER");
        assert_eq!(tagger_read(&d, &labels).into_iter().map(|m| m.0).collect::<Vec<_>>(), ["إمام خطيب"]);
        assert_eq!(forced_tagger_person("واستقبل الأمير أئمة ومؤذني المسجد النبوي.", &["ومؤذني"]), Vec::<String>::new());
        assert_eq!(forced_tagger_person("وتغني أحلام وماجد المهندس في الحفل الختامي.", &["وماجد"]), ["ماجد"]);
    }

    /// Regression, from nine days of Saudi papers: the tagger read a prize's name as a person
    /// (جائزة نوبل, 16 times; بجائزة بوليتزر, جائزة إيمي, جائزة مان بوكر). The laureate named
    /// after the prize is a person still.
    #[test]
    fn regression_the_nobel_prize_was_a_person() {
        let ms = mentions("وقال الاقتصادي جوزيف ستيغليتز الحائز جائزة نوبل إن الأزمة ستطول، وفاز الكاتب بجائزة بوليتزر العام الماضي.");
        assert!(!ms.iter().any(|m| m.0.contains("نوبل") || m.0.contains("بوليتزر")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "جوزيف ستيغليتز" && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: GeoNames lists district seats in Yemen named
    /// العمود and الحرف, so "the spine" (العمود الفقري) and "handicrafts" (الحرف اليدوية) were
    /// places in Yemen. A small seat's name before an adjective with the article is the noun.
    #[test]
    fn regression_the_spine_and_handicrafts_were_seats_in_yemen() {
        let ms = mentions("خضع اللاعب لعملية جراحية في العمود الفقري، وفاز بجائزة في الحرف اليدوية في الرياض.");
        assert!(!ms.iter().any(|m| m.0.contains("العمود") || m.0.contains("الحرف")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "الرياض" && m.1 == EntityType::Gpe), "{ms:?}");
        // in a construct an adjective that does not agree with the seat belongs to the noun
        // before it: the park is the seat's
        let ms = mentions("شهد متنزه الحبلة السياحي إقبالاً كبيراً خلال العيد.");
        assert!(ms.iter().any(|m| m.0 == "الحبلة"), "{ms:?}");
        // alone, the seat is still a place
        let ms = mentions("قصفت الطائرات مواقع في الحرف شمالي اليمن.");
        assert!(ms.iter().any(|m| m.0 == "الحرف" && m.1 == EntityType::Gpe), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: a head with the article took the preposition's
    /// phrase after it as its name ("the authority sent to the parties concerned" became a body
    /// called "the authority to the parties concerned", and later mentions of the authority
    /// referred back to it; "the army entered the city" a body "the army to the city"). A name
    /// puts an adjective first.
    #[test]
    fn a_prepositional_phrase_right_after_a_definite_head_is_no_name() {
        let ms = mentions("وأصدرت الهيئة الوطنية لمكافحة الفساد تقريرها السنوي. ودخل الجيش للمدينة بعد معارك عنيفة. وأرسلت الوزارة للدراسات العليا قائمة المقبولين.");
        assert!(ms.iter().any(|m| m.0 == "الهيئة الوطنية لمكافحة الفساد" && m.1 == EntityType::Org), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("للمدينة") || m.0.contains("للدراسات")), "{ms:?}");
    }

    /// Regression, from reports on the battle for Baghuz: a head with the article took the noun
    /// after it as its name (رفض التنظيم الاتهامات gave a body called "the organisation the
    /// accusations") and an adjective of the noun before it (شبكات التنظيم السرية, "the group's
    /// secret networks").
    /// The head alone then refers back to the group named before it.
    #[test]
    fn a_definite_head_takes_only_agreeing_adjectives_and_refers_back() {
        let ms = mentions("وتبنى تنظيم داعش الهجوم. ورفض التنظيم الاتهامات الأخيرة، وكشف مسؤول عن شبكات التنظيم السرية في المدينة.");
        assert!(!ms.iter().any(|m| m.0.contains("الاتهامات") || m.0.contains("السرية")), "{ms:?}");
        let back: Vec<_> = ms.iter().filter(|m| m.0 == "التنظيم").collect();
        assert_eq!(back.len(), 2, "{ms:?}");
        assert!(back.iter().all(|m| m.1 == EntityType::Org && m.2.as_deref() == Some("isis") && m.3 == "anaphor"), "{ms:?}");
        // no group named before: the head alone is nobody
        let ms = mentions("وقال مسؤول إن التنظيم الجديد لم يحدد بعد.");
        assert!(!ms.iter().any(|m| m.0.contains("التنظيم")), "{ms:?}");
        // an epithet joins the mention; another adjective names something else (the trade)
        let ms = mentions("وقالت حركة حماس إن الحركة التجارية في غزة تراجعت. وهاجم تنظيم داعش القرية، وقتل التنظيم الإرهابي عشرة مدنيين.");
        assert!(!ms.iter().any(|m| m.0.contains("التجارية")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "التنظيم الإرهابي" && m.2.as_deref() == Some("isis")), "{ms:?}");
    }

    /// Regression, from reports on the battle for Baghuz: forces described by what backs them or
    /// what they do (القوات المدعومة روسياً, القوات المهاجمة) became actors, one entity across
    /// every story. A force is an actor in construct or when an adjective says whose or which
    /// force it is.
    #[test]
    fn descriptions_of_armed_forces_are_no_actors() {
        let ms =
            mentions("وقال إن القوات المدعومة روسياً تقدمت، وإن القوات المهاجمة تسيطر على نقاط جديدة. وانسحبت القوات الحكومية والجيش الحر وقوات المعارضة من البلدة، فيما قصفت القوات الروسية الموقع.");
        for gone in ["المدعومة", "المهاجمة"] {
            assert!(!ms.iter().any(|m| m.0.contains(gone)), "{gone} in {ms:?}");
        }
        for kept in ["القوات الحكومية", "الجيش الحر", "قوات المعارضة", "القوات الروسية"] {
            assert!(ms.iter().any(|m| m.0 == kept && m.1 == EntityType::Org), "{kept} missing: {ms:?}");
        }
    }

    /// Regression: "قوات المعارضة العام 2014" ("the opposition's forces in 2014") kept the year's
    /// noun as an adjective of the name (مكتب المدعي العام keeps it).
    #[test]
    fn the_year_before_a_number_is_no_part_of_a_name() {
        let ms = mentions("دخلت المدينة قوات المعارضة العام 2014. وطعن مكتب المدعي العام في الحكم.");
        assert!(ms.iter().any(|m| m.0 == "قوات المعارضة"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "مكتب المدعي العام"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("2014") || m.0 == "قوات المعارضة العام"), "{ms:?}");
    }

    /// Regression: a surname alone stayed apart from the full name when the tagger, not a rule,
    /// found either (كمال دبوسي … وأضاف دبوسي). The nearer of two persons sharing it is meant.
    #[test]
    fn a_surname_alone_is_the_person_named_in_full_nearest_first() {
        let ms = mentions("قال المتحدث العسكري كمال دبوسي إن الهجوم مستمر. وأضاف دبوسي أن المدنيين خرجوا.");
        let full = ms.iter().find(|m| m.0 == "كمال دبوسي");
        let alone = ms.iter().find(|m| m.0 == "دبوسي");
        assert!(full.is_some() && alone.is_some(), "{ms:?}");
        assert_eq!(alone.and_then(|m| m.2.clone()), Some("per:كمال دبوسي".to_string()), "{ms:?}");
        let ms = mentions("استقبل الرئيس بشار الأسد الوفد، وقال الأسد إن بلاده ستنتصر كما انتصرت في عهد الرئيس حافظ الأسد.");
        assert_eq!(ms.iter().find(|m| m.0 == "الأسد").and_then(|m| m.2.clone()).as_deref(), Some("assad"), "the alias table's Bashar al-Assad: {ms:?}");
    }

    /// Regression: the lossy key folds أ into ا, so وأدى + a noun ("and their … led to") read as
    /// the place head وادي ("valley") and gave a place named after the noun.
    #[test]
    fn a_verb_spelt_like_a_place_head_is_no_head() {
        let ms = mentions("وأدى إقصاؤهم إلى غضب الأهالي في البلدة.");
        assert!(!ms.iter().any(|m| m.0.contains("إقصاؤ")), "{ms:?}");
    }

    /// Regression: a known actor behind a preposition the tokenizer leaves on the word
    /// (بوزارة الخارجية الأميركية) was the tagger's, name and all, and no alias of the actor.
    #[test]
    fn a_known_actor_after_a_glued_preposition() {
        let ms = mentions("وقال متحدث بوزارة الخارجية الأميركية إن المحادثات ستستأنف.");
        let m = ms.iter().find(|m| m.0.contains("وزارة الخارجية"));
        assert_eq!(m.map(|m| (m.0.as_str(), m.2.as_deref())), Some(("وزارة الخارجية الأميركية", Some("us-state-dept"))), "{ms:?}");
    }

    /// Regression, from reports on the battle for Baghuz: the tagger read a common noun before
    /// a group's name (its "pocket") as a village GeoNames lists near Jerusalem. A name is never
    /// the first term of a construct, so a bare place right before another name is a common
    /// noun, and so is the same word elsewhere in the document; a capital before a verb's
    /// subject stays.
    #[test]
    fn a_place_the_tagger_read_before_another_name_is_a_common_noun() {
        use isnad_doc::{Annotated, Mention, Provenance, Span};
        let raw = "حاصروا حصن الجماعة ثم اقتحموا الحصن. وزار دمشق الجيش أمس.";
        let d = doc(raw);
        let at = |w: &str, from: usize| -> Span {
            let s = raw[from..].find(w).map_or(0, |k| k + from) as u32;
            Span { start: s, end: s + w.len() as u32 }
        };
        let m =
            |sp: Span, t: EntityType, key: &str, rule: &'static str| Annotated::new(sp, Mention { etype: t, key: key.into(), canonical: None, role: None, geo: None }, Provenance::new("t", rule, 0.6));
        let mut c = super::Ctx { doc: &d, used: vec![false; d.tokens.len()], out: Vec::new(), tagged: Vec::new(), tags: Vec::new() };
        c.out.push(m(at("حصن", 0), EntityType::Gpe, "حصن", "tagger"));
        c.out.push(m(at("الجماعة", 0), EntityType::Org, "جماعه", "anaphor"));
        c.out.push(m(at("حصن", raw.find("الحصن").unwrap_or(0)), EntityType::Gpe, "حصن", "tagger"));
        c.out.push(m(at("دمشق", 0), EntityType::Gpe, "دمشق", "tagger"));
        c.out.push(m(at("الجيش", raw.find("دمشق").unwrap_or(0)), EntityType::Org, "جيش", "tagger"));
        super::drop_common_nouns_in_construct(&mut c);
        let left: Vec<&str> = c.out.iter().map(|m| d.text(m.span)).collect();
        assert_eq!(left, vec!["الجماعة", "دمشق", "الجيش"]);
    }

    /// Regression, from a day of Saudi papers: the tagger read a preposition glued to an ordinary
    /// word as a name (بهدوء, "calmly", a person 10 times in one day; بمكرر 25 times). A name
    /// that starts with the same letter stays (بلاتر), and so does one with the article.
    #[test]
    fn a_preposition_glued_to_a_word_is_no_name_whatever_the_tagger_says() {
        let raw = "وتحدث الرجل بهدوء عن بلاتر وعن البروسيين.";
        let d = doc(raw);
        let per = isnad_tagger::label(0, true);
        let norp = isnad_tagger::label(5, true);
        let labels = vec![(0, 9000), (0, 9000), (per, 9000), (0, 9000), (per, 9000), (0, 9000), (norp, 9000), (0, 9000)];
        assert_eq!(labels.len(), d.tokens.len());
        let found = tagger_names(&d, labels);
        assert_eq!(found, vec!["بلاتر", "البروسيين"]);
    }

    /// Regression, from a day of Saudi papers: the tagger read a person's name on over a kinship
    /// word and the next person (عبد الخالق الحوثي شقيق عبد الملك الحوثي, one person).
    #[test]
    fn regression_a_persons_name_ran_on_over_brother_of() {
        let raw = "ويقول يمنيون إن عبد الخالق الحوثي شقيق عبد الملك الحوثي لعب دورا.";
        let d = doc(raw);
        let (b, i) = (isnad_tagger::label(0, true), isnad_tagger::label(0, false));
        let labels = vec![(0, 9000), (0, 9000), (0, 9000), (b, 9000), (i, 9000), (i, 9000), (i, 9000), (i, 9000), (i, 9000), (i, 9000), (0, 9000), (0, 9000), (0, 9000)];
        assert_eq!(labels.len(), d.tokens.len());
        let found = tagger_names(&d, labels);
        assert_eq!(found, vec!["عبد الخالق الحوثي"]);
    }

    /// Regression, from three days of Saudi papers: the tagger read participles and occupations
    /// as peoples (الراغبين "those wishing", 21 mentions; المرابطين "those posted at the border",
    /// 34; المشرعين, اللاجئين), beside the peoples and faiths it reads right.
    #[test]
    fn regression_participles_were_read_as_peoples() {
        let raw = "وأتاح المعهد الفرصة أمام الراغبين والمسلمين والسوريين والعرب.";
        let d = doc(raw);
        let norp = begin("NORP");
        let labels: Vec<(u8, i32)> = d.tokens.iter().map(|t| (if t.kind == isnad_text::TokenKind::Arabic && t.span.start >= 40 { norp } else { 0 }, 9000)).collect();
        let found = tagger_names(&d, labels);
        assert_eq!(found, vec!["المسلمين", "السوريين", "العرب"]);
    }

    /// Regression, from nine days of Saudi papers: the tagger read ordinary words as towns, 103
    /// mentions: a feminine noun with the pronoun the tokenizer leaves on it (أسرتك "your
    /// family" 11, رسالتك 10, قريتي 7), and words the corpus never names anything with (غرقا
    /// "by drowning" 5, إنقاص 5). A town after its head stays (مدينة ليل, Lille), and so does
    /// one the gazetteer knows.
    #[test]
    fn regression_your_family_and_drowning_were_towns() {
        let raw = "وفرحك مع أسرتك أو في رسالتك ماتوا غرقا في البحر، والندوة بمدينة ليل وفي حلب.";
        let d = doc(raw);
        let gpe = begin("GPE");
        let named = ["أسرتك", "رسالتك", "غرقا", "ليل", "حلب"];
        let labels: Vec<(u8, i32)> = d.tokens.iter().map(|t| (if named.iter().any(|w| t.text(raw).ends_with(w)) { gpe } else { 0 }, 9000)).collect();
        let found = tagger_names(&d, labels);
        assert_eq!(found, vec!["ليل", "حلب"]);
    }

    /// Regression, from nine days of Saudi papers: a body's name kept the preposition glued to it
    /// (لتشيلسي 19 mentions, لبرشلونة 22, لأوبك 15, بكلية الطب 55: 297 in all), because the
    /// test that keeps كمال whole, a given name the corpus finds after titles, was asked of
    /// bodies too, and the corpus finds تشيلسي after مدرب.
    #[test]
    fn regression_chelsea_kept_its_preposition() {
        let raw = "وصل النجم السابق لتشيلسي إلى المدينة.";
        let d = doc(raw);
        let org = begin("ORG");
        let labels: Vec<(u8, i32)> = d.tokens.iter().map(|t| (if t.text(raw) == "لتشيلسي" { org } else { 0 }, 9000)).collect();
        let found = tagger_names(&d, labels);
        assert_eq!(found, vec!["تشيلسي"]);
    }

    /// Regression, from nine days of Saudi papers: a name the page gives elsewhere kept the
    /// preposition the tokenizer left on it (لبلاتر beside جوزيف بلاتر, لأرسنال beside أرسنال:
    /// 35 mentions), and so stood apart from the others.
    #[test]
    fn regression_blatter_kept_his_preposition() {
        let raw = "وقدم جوزيف بلاتر استقالته، وقال بلاتر إنه باق حتى انتخاب خلف لبلاتر.";
        let d = doc(raw);
        let (b, i) = (isnad_tagger::label(0, true), isnad_tagger::label(0, false));
        let tag = |w: &str, prev: &str| match (w, prev) {
            ("جوزيف", _) | ("لبلاتر", _) => b,
            ("بلاتر", "جوزيف") => i,
            ("بلاتر", _) => b,
            _ => 0,
        };
        let texts: Vec<&str> = d.tokens.iter().map(|t| t.text(raw)).collect();
        let labels: Vec<(u8, i32)> = (0..texts.len()).map(|k| (tag(texts[k], if k > 0 { texts[k - 1] } else { "" }), 9000)).collect();
        let mut c = with_tagger(&d, labels);
        super::tagger_mentions(&mut c);
        super::preposition_off_names_of_the_page(&mut c);
        let found: Vec<&str> = c.out.iter().map(|m| d.text(m.span)).collect();
        let blatter: Vec<&super::Annotated<super::Mention>> = c.out.iter().filter(|m| d.text(m.span).ends_with("بلاتر")).collect();
        assert_eq!(blatter.len(), 3, "{found:?}");
        assert!(blatter.iter().all(|m| !d.text(m.span).starts_with('ل') && m.value.key.ends_with("بلاتر") && !m.value.key.contains("لبلاتر")), "{found:?}");
    }

    /// Regression, from a day of Saudi papers: the office after a title was read as the name of
    /// a person (جمهورية الشيشان after رئيس, 21 mentions on 2015-07-21; خارجية, جوازات, تعليم
    /// after وزير and مدير); the person named after the office is still found.
    #[test]
    fn regression_a_titles_office_was_read_as_a_persons_name() {
        let ms = mentions("وصل رئيس جمهورية الشيشان إلى جدة، واستقبله وزير خارجية البحرين، فيما أكد مدير تعليم عسير أن المدارس جاهزة، وقال مدير جوازات القصيم إن العمل مستمر.");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per), "{ms:?}");
        let ms = mentions("وقال مدير تعليم عسير جلوي بن محمد آل كركمان إن المدارس جاهزة.");
        assert!(ms.iter().any(|m| m.1 == EntityType::Per && m.0.starts_with("جلوي بن محمد")), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: common words that GeoNames spells like a foreign
    /// town were placed there: العيون ("the eyes", 44 mentions on 2015-07-21) in Laayoune, مشهد
    /// ("a scene", 31) in Mashhad, دوما/دوماً ("always", 35) in Douma. The towns are kept where
    /// the page places them or names their country.
    #[test]
    fn regression_common_words_were_placed_in_foreign_towns() {
        let ms = mentions("حذرت الجمعية من الألعاب النارية التي تصيب العيون بأضرار بالغة، وقال الطبيب إن الإصابات تتكرر دوماً في الأعياد، وإن مشهد الأطفال في الطوارئ مؤلم.");
        assert!(!ms.iter().any(|m| m.1.is_place()), "{ms:?}");
        let ms = mentions("وصل الرئيس الإيراني إلى مشهد قادما من طهران، وزار الوفد دوما وحرستا في ريف دمشق.");
        for town in ["مشهد", "دوما"] {
            assert!(ms.iter().any(|m| m.0 == town && m.1 == EntityType::Gpe), "{town}: {ms:?}");
        }
    }

    /// Regression: a title's name ran on over a word the corpus never saw: a glued negation and
    /// verb (مهاجراني لايؤمن), a tatweel (الملك عبدالعزيز ـ رحمه الله). The tagger reads no name
    /// there and the letters spell none.
    #[test]
    fn regression_a_titles_name_ran_on_over_an_unseen_word() {
        let ms = mentions("ولما كان الوزير مهاجراني لايؤمن بالرقابة فقد سمح بنشر الكتب، كما فعل الملك عبدالعزيز ـ رحمه الله ـ من قبل.");
        for name in ["مهاجراني", "عبدالعزيز"] {
            assert!(ms.iter().any(|m| m.0 == name && m.1 == EntityType::Per), "{name}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.0.contains("لايؤمن") || m.0.contains('ـ')), "{ms:?}");
    }

    /// Regression: a sea was read as the place named after it: بحر قزوين as the Iranian town
    /// Qazvin (the gazetteer has the Caspian under its whole name), بحر الصين الجنوبي as China.
    /// The sea of a town stays the town (بحر ينبع: where the car fell in).
    #[test]
    fn regression_a_sea_was_read_as_the_place_named_after_it() {
        let ms = mentions("تصاعد النزاع في بحر الصين الجنوبي، فيما ناقش الوزراء ثروات بحر قزوين. وسقطت سيارة في بحر ينبع أمس.");
        for (name, t) in [("بحر الصين الجنوبي", EntityType::Loc), ("بحر قزوين", EntityType::Loc), ("ينبع", EntityType::Gpe)] {
            assert!(ms.iter().any(|m| m.0 == name && m.1 == t), "{name}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.0 == "الصين" || m.0 == "قزوين"), "{ms:?}");
    }

    /// Regression: a ruler's number was cut off his name (الملك متان الأول gave متان: the
    /// ordinal is a function word and an ordinary one), while one that agrees with a noun before
    /// the title is no number (رسالة الملك سلمان الثانية, his second letter).
    #[test]
    fn regression_a_rulers_number_was_cut_off_his_name() {
        let ms = mentions("وكان الملك هيثوم الأول حاكما للبلاد. وكانت رسالة الملك سلمان الثانية إلى القمة واضحة.");
        assert!(ms.iter().any(|m| m.0 == "هيثوم الأول" && m.1 == EntityType::Per), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("الثانية")), "{ms:?}");
    }

    /// Regression: a title's name ran on over the place after it (الملك سلمان الرياض, الملك
    /// عبدالعزيز وجدة), and a town the gazetteer names with a title was a person (الشيخ زويد
    /// in Sinai gave a person زويد ورفح).
    #[test]
    fn regression_titles_names_ran_on_over_places_and_towns_named_with_a_title_were_persons() {
        let ms = mentions("وصل الملك سلمان الرياض قادما من جدة، ونفذت القوات حملة في مناطق الشيخ زويد ورفح والعريش.");
        for (name, t) in [("سلمان", EntityType::Per), ("الرياض", EntityType::Gpe), ("الشيخ زويد", EntityType::Gpe), ("رفح", EntityType::Gpe)] {
            assert!(ms.iter().any(|m| m.0 == name && m.1 == t), "{name}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per && (m.0.contains("الرياض") || m.0.contains("زويد"))), "{ms:?}");
        // a person named so elsewhere stays a person
        let ms = mentions("تلقى الأمير اتصالا من الشيخ سعد العبدالله.");
        assert!(ms.iter().any(|m| m.0 == "سعد العبدالله" && m.1 == EntityType::Per), "{ms:?}");
    }

    /// Regression: a family name formed as a nisba, alone after a verb of speaking, was dropped
    /// as an adjective though the tagger read a person (وأضاف القحطاني, وأفاد الزهراني: 333
    /// such mentions on one day of Saudi papers). An adjective alone stays no name.
    #[test]
    fn regression_a_family_name_alone_was_read_as_an_adjective() {
        let ms = mentions("قال اللاعب ياسر القحطاني إن الفريق جاهز للمباراة. وأضاف القحطاني أن المدرب يعرف ما يريد.");
        assert_eq!(ms.iter().filter(|m| m.0.ends_with("القحطاني") && m.1 == EntityType::Per).count(), 2, "{ms:?}");
        let ms = mentions("وأكد المسؤول أن الاقتصاد السعودي قوي وأن النمو الاقتصادي مستمر.");
        assert!(!ms.iter().any(|m| m.0 == "الاقتصادي" || m.0 == "السعودي"), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a kinship word with "my" was read as a person
    /// (أمي "my mother" 23 times, أختي, أبي, جدتي, عمتي in memoirs and dreams told to a sheikh),
    /// and أبي "my father" then joined Shinzo Abe (آبي), whose name has the same key. A kunya's
    /// أبي before a name stays in the name.
    #[test]
    fn regression_my_mother_in_a_memoir_was_a_person() {
        for (text, kin) in [("وقالت: حلمت أن أمي نائمة في الغرفة ثم خرجت.", "أمي"), ("ورأيت أختي تبكي في المنام.", "أختي"), ("وكنت أذهب مع أبي إلى صلاة الجمعة في المسجد القديم.", "أبي")]
        {
            let found = forced_tagger_person(text, &[kin]);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // (Abe, with a madda, and a kunya before a name stay names)
        assert_eq!(forced_tagger_person("وقال رئيس الوزراء الياباني آبي إن بلاده تدعم الاتفاق.", &["آبي"]), ["آبي"]);
        let found = forced_tagger_person("وأوضح المصدر أن زوجة أبي علي الشيشاني ما زالت محتجزة.", &["أبي"]);
        assert!(found.iter().any(|m| m.starts_with("أبي")), "{found:?}");
    }

    /// Regression, from nine days of Saudi papers: a given name under a title (الملك خالد) took
    /// the canonical name of the page's person whose family name is that name with the article
    /// (عبدالعزيز الخالد, "of Khalid"), since keys leave the article out; 92 such links on
    /// nine days (الملك الصالح, "the righteous king", was علي عبد الله صالح). A surname alone
    /// with the article still joins (الخالد).
    #[test]
    fn regression_king_khalid_took_the_name_of_a_man_of_his_family() {
        let ms = mentions("وقال الدكتور عبدالعزيز الخالد إن المدرسة تأسست في عهد الملك خالد عام 1977، وأضاف الخالد أن طلابها كثر.");
        let canonical = |surface: &str| ms.iter().find(|m| m.0 == surface && m.1 == EntityType::Per).map(|m| m.2.clone());
        let full = canonical("عبدالعزيز الخالد").flatten().unwrap_or_else(|| "per:عبدالعزيز خالد".into());
        assert_ne!(canonical("خالد").flatten().as_deref(), Some(full.as_str()), "{ms:?}");
        assert_eq!(canonical("الخالد").flatten().as_deref(), Some(full.as_str()), "{ms:?}");
    }

    /// Regression: a possessed common noun was read as the place the gazetteer names with the
    /// article (حدودها الشمالية, "its northern borders", as the Saudi province الحدود الشمالية),
    /// and a place head after a demonstrative took the words after it as a name (هذه المدينة
    /// الاف التجار).
    #[test]
    fn regression_possessed_nouns_and_pointed_heads_were_read_as_places() {
        let ms = mentions("وتمتد حدودها الشمالية مع تركمانستان مسافة طويلة، وقد استوطن هذه المدينة الاف التجار العرب.");
        assert!(!ms.iter().any(|m| m.0.starts_with("حدودها") || m.0.contains("الاف")), "{ms:?}");
        let ms = mentions("وصل الوفد إلى منطقة الحدود الشمالية ثم زار المدينة المنورة.");
        for place in ["الحدود الشمالية", "المدينة المنورة"] {
            assert!(ms.iter().any(|m| m.0 == place && m.1.is_place()), "{place}: {ms:?}");
        }
    }

    /// Regression: الصحراء السورية ("the Syrian desert") gave the country Syria, from the
    /// adjective after a place head.
    #[test]
    fn a_region_named_by_its_head_and_its_country() {
        let ms = mentions("وانتشرت الدوريات على ضفاف نهر الفرات وفي الصحراء السورية.");
        assert!(ms.iter().any(|m| m.0 == "الصحراء السورية" && m.1 == EntityType::Loc), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "نهر الفرات" && m.1 == EntityType::Loc), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == "السورية"), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a river or mountain named after a country or
    /// a given name was that country or no known place (نهر الأردن placed at Jordan's centre, جبل
    /// طارق as a place called طارق); and the head of a river, valley or mountain the gazetteer
    /// lacks was left out of its name, which NewsFANE keeps it in (جبل مايون).
    #[test]
    fn regression_the_jordan_river_was_the_country_and_gibraltar_a_place_called_tariq() {
        let ms = mentions("وعبر اللاجئون نهر الأردن، ثم أبحرت السفينة إلى جبل طارق، وثار بركان جبل مايون.");
        assert!(ms.iter().any(|m| m.0 == "نهر الأردن" && m.1 == EntityType::Loc && m.3 == "place-head+gazetteer"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "جبل طارق" && m.1 == EntityType::Gpe && m.3 == "place-head+gazetteer"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "جبل مايون" && m.1 == EntityType::Loc), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == "الأردن" || m.0 == "طارق"), "{ms:?}");
        // (a glued و stays out of the name the head opens)
        let ms = mentions("زار الوفد جبل عرفات ووادي حنيفة.");
        assert!(ms.iter().any(|m| m.0 == "وادي حنيفة"), "{ms:?}");
        // (شبه opens a peninsula's name, and Sinai is still placed by its own name)
        let ms = mentions("انتشر الأسد في شبه الجزيرة الإيطالية وشبه جزيرة سيناء.");
        assert!(ms.iter().any(|m| m.0 == "شبه الجزيرة الإيطالية" && m.1 == EntityType::Loc), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "شبه جزيرة سيناء" && m.2.is_none()), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == "شبه جزيرة" || m.0 == "سيناء"), "{ms:?}");
    }

    /// A news agency's credit in brackets names the agency (a photo's caption, a story's
    /// source), which NewsFANE tags as an organisation; a bracketed word that is no agency is
    /// left alone.
    #[test]
    fn an_agency_credit_in_brackets_is_the_agency() {
        let ms = mentions("اقترب اللاعب من المرمى (الفرنسية) ثم سجل. صورة للمهرجان (الأوروبية - أرشيف). وتقدم (ألف) متسابق.");
        for name in ["الفرنسية", "الأوروبية"] {
            assert!(ms.iter().any(|m| m.0 == name && m.1 == EntityType::Org && m.3 == "outlet"), "{name}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.0 == "ألف"), "{ms:?}");
    }

    /// Regression, from NewsFANE's test part and a day of Saudi papers: a word that forms place
    /// names, alone, was a place (على قمة تل "on top of a hill", ومسجد وبئر "and a well"),
    /// where the tagger read one. With a bare word after it, the rest of a name, it stays.
    #[test]
    fn regression_a_hill_alone_was_a_place() {
        let d = doc("بني المسجد على قمة تل، وفي الفناء مسجد وبئر وحديقة. وتعرضت مناطق في تل اشهيب للقصف.");
        // (the tagger's reading, as it came on the pages: each former a place, and تل اشهيب one)
        let mut labels = word_labels(&d, &["تل", "وبئر"], "B-GPE");
        if let Some(k) = d.tokens.iter().position(|t| t.text(&d.raw) == "اشهيب") {
            labels[k] = label_of("I-GPE");
        }
        let ms: Vec<String> = tagger_read(&d, &labels).into_iter().map(|m| m.0).collect();
        assert!(!ms.iter().any(|m| m == "تل" || m.ends_with("بئر")), "{ms:?}");
        assert!(ms.iter().any(|m| m == "تل اشهيب"), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a place named with a word that forms place
    /// names was a person, the word left out (بئر «عابد المسحل», رأس «محمد» in Sinai); the verb
    /// رأس "headed" and "the head of" stay out of it.
    #[test]
    fn regression_a_well_named_after_a_man_was_the_man() {
        let d = doc("نفذت الوزارة محطة تحلية على بئر عابد المسحل، ويقع الموقع في رأس محمد بسيناء، وتوعدوا بقطع رأس القصبي.");
        let labels = [span_labels(&d, &["عابد", "المسحل"], "PER"), span_labels(&d, &["محمد"], "PER"), span_labels(&d, &["القصبي"], "PER")];
        let labels: Vec<u8> = (0..d.tokens.len()).map(|k| labels.iter().map(|l| l[k]).max().unwrap_or(0)).collect();
        let ms = tagger_read(&d, &labels);
        assert!(ms.contains(&("بئر عابد المسحل".to_string(), EntityType::Loc)), "{ms:?}");
        assert!(ms.contains(&("رأس محمد".to_string(), EntityType::Loc)), "{ms:?}");
        assert!(ms.contains(&("القصبي".to_string(), EntityType::Per)), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: the Emirates airline was the country (شركات طيران
    /// الإمارات, 37 mentions of الإمارات on nine days); an airline named before للطيران was no
    /// name. The coalition's aircraft and "new airlines" stay no company.
    #[test]
    fn regression_the_emirates_airline_was_the_country() {
        let ms = mentions("وقال مسؤولون في شركات طيران الإمارات والعربية للطيران إن الرحلات استؤنفت، بينما شن طيران التحالف غارات، وتسعى الهيئة لاستقطاب شركات طيران جديدة.");
        for name in ["طيران الإمارات", "والعربية للطيران"] {
            assert!(ms.iter().any(|m| m.0.ends_with(name.trim_start_matches('و')) && m.1 == EntityType::Org && m.3 == "airline"), "{name}: {ms:?}");
        }
        assert!(!ms.iter().any(|m| m.0 == "الإمارات" || m.0.contains("التحالف") || m.0.contains("جديدة")), "{ms:?}");
    }

    /// A paper the page names after its head is the paper where the page names it again alone
    /// in brackets or quotes, though the bare word is an adjective elsewhere.
    #[test]
    fn a_paper_named_again_in_brackets_is_the_paper() {
        let ms = mentions("وقد قررت (العربي) الدخول إلى المدينة، وشكر الإمام مجلة العربي على زيارتها. وفي العالم العربي مساجد كثيرة.");
        assert_eq!(ms.iter().filter(|m| m.0 == "العربي" && m.1 == EntityType::Org).count(), 1, "{ms:?}");
        // (without the head on the page, the bracketed word is left alone)
        let ms = mentions("وقد قررت (العربي) الدخول إلى المدينة.");
        assert!(!ms.iter().any(|m| m.0 == "العربي"), "{ms:?}");
    }

    /// Regression: a foreign name after a body's head ran on over the next body of a list, its
    /// head glued to و, where the tagger read it inside the name (مجلة نيوزويك وجريدة); a foreign
    /// name's own word with و in front still belongs to it (جامعة نورث وسترن).
    #[test]
    fn regression_a_foreign_body_ran_on_over_the_next_of_a_list() {
        let ms = mentions("وقالت مجلة نيوزويك وجريدة القدس إن الأمر انتهى.");
        assert!(ms.iter().any(|m| m.0 == "مجلة نيوزويك" && m.1 == EntityType::Org), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "جريدة القدس" && m.1 == EntityType::Org), "{ms:?}");
    }

    #[test]
    fn an_org_head_does_not_reach_across_a_line_break() {
        let raw = "وقال إن التنظيم\n\nدمشق تشهد هدوءا.";
        let d = doc(raw);
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
        let d = doc(raw);
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
            let d = doc(raw);
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
        let d = doc(raw);
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
        let d = doc(raw);
        let ms: Vec<(String, EntityType)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        for (name, t) in [("المسجد الحرام", EntityType::Fac), ("المدينة المنورة", EntityType::Gpe), ("مطار الثعلة", EntityType::Fac), ("تلكلخ", EntityType::Gpe)]
        {
            assert!(ms.contains(&(name.to_string(), t)), "{name} missing: {ms:?}");
        }
        assert!(!ms.iter().any(|(t, e)| e.is_place() && t.contains("حاييم")), "{ms:?}");
        // (the tagger may read المملكة alone as the country, as Saudi papers mean it; the head
        // المنطقة must not take it as its name)
        let rules: Vec<(String, String)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.prov.rule.to_string())).collect();
        assert!(!rules.iter().any(|(t, r)| t.contains("المملكة") && r.starts_with("place-head")), "{rules:?}");
    }

    /// Regression, from a day of Saudi news: a name after a title took the verb after it as a
    /// surname (سلمان استقبل, عبدالعزيز تعلن), and those verbs then came back as surnames alone.
    #[test]
    fn a_verb_after_a_titled_name_is_no_surname() {
        use isnad_doc::EntityType;
        let raw = "وقال الرئيس عباس يتحدث عن خطة جديدة للسلام.";
        let d = doc(raw);
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
        let d = doc(raw);
        let ms: Vec<(String, EntityType)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype)).collect();
        for name in ["الجزيرة", "الخبر", "فضائية الجزيرة"] {
            assert!(ms.contains(&(name.to_string(), EntityType::Org)), "{name} missing: {ms:?}");
        }
        assert!(ms.contains(&("دمشق".to_string(), EntityType::Gpe)), "{ms:?}");
        assert!(!ms.iter().any(|(t, e)| t.contains("الجزيرة") && *e != EntityType::Org), "{ms:?}");
    }

    /// Regression, from a day of Saudi papers: «وقال لـ"الشرق الأوسط" إن …» made the region a
    /// party to 121 interviews in one day; the one spoken to, in quotes after لـ, is the outlet.
    /// Outside a reported clause, or for a known actor, the quotes say nothing of the kind.
    #[test]
    fn the_one_spoken_to_in_quotes_is_an_outlet() {
        use isnad_doc::EntityType;
        let raw = "وقال مسؤول في الوزارة، طالباً عدم ذكر اسمه، لـ«الشرق الأوسط» إن المفاوضات مستمرة. وانضم المقاتلون الموالون لـ«داعش» إلى القتال في الشرق الأوسط.";
        let d = doc(raw);
        let ms: Vec<(String, EntityType, String)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype, m.prov.rule.to_string())).collect();
        let outlet = ms.iter().find(|m| m.0 == "الشرق الأوسط").unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!((outlet.1, outlet.2.as_str()), (EntityType::Org, "outlet"), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "داعش" && m.2 == "actor-alias"), "{ms:?}");
        assert!(!ms.iter().skip_while(|m| m.0 != "داعش").any(|m| m.0.contains("الشرق") && m.1 == EntityType::Org), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: «بمكتبة الإسكندرية» was a library called
    /// «مكتبة» and the city, 21 times; the tagger opened the city as a name of its own. A head
    /// alone before a place is named by both; not a plural's head (مشجعي نيجيريا), nor a name of
    /// its own (برشلونة آسيا, "the Barcelona of Asia").
    #[test]
    fn regression_a_library_before_its_city_was_a_library_called_library() {
        let read = |raw: &str, head: &str, place: &str| {
            // (the place as the gazetteer's rule names it, the head as the tagger reads it)
            let d = doc(raw);
            let label = label_of(if head.contains("مكتبة") { "B-FAC" } else { "B-ORG" });
            let labels: Vec<u8> = d.tokens.iter().map(|t| if t.text(&d.raw) == head { label } else { 0 }).collect();
            let mut c = forced_ctx(&d, &labels);
            if let Some(k) = d.tokens.iter().position(|t| t.text(&d.raw) == place) {
                c.push(k, k + 1, EntityType::Gpe, None, "gazetteer", 0.9);
            }
            super::tagger_mentions(&mut c);
            super::heads_before_places(&mut c);
            // (placed at its town, as a facility named after its head is)
            crate::geocode(&d, &mut c.out);
            c.out.iter().map(|m| (d.text(m.span).to_string(), m.value.etype, m.value.geo.is_some())).collect::<Vec<_>>()
        };
        let library = read("ويقيم المختبر ندوة بمكتبة الإسكندرية يوم الثلاثاء .", "بمكتبة", "الإسكندرية");
        assert_eq!(library, vec![("مكتبة الإسكندرية".to_string(), EntityType::Fac, true)]);
        let fans = read("وهتف مشجعي نيجيريا طويلا .", "مشجعي", "نيجيريا");
        assert!(fans.iter().any(|m| m.0 == "نيجيريا") && !fans.iter().any(|m| m.0.contains(' ')), "{fans:?}");
        let club = read("الهلال برشلونة آسيا كما قالت الصحيفة .", "برشلونة", "آسيا");
        assert!(!club.iter().any(|m| m.0.contains(' ')), "{club:?}");
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: the rarer places of a
    /// list were nothing (مدن قوانغتشو وتشواتشو وخانجو ويانجو; نيجيريا وتشاد والكاميرون).
    #[test]
    fn regression_the_rarer_places_of_a_list_were_nothing() {
        let read =
            |raw: &str, places: &[&str]| after_pass(raw, |d| word_labels(d, places, "B-GPE"), super::places_in_lists).into_iter().filter(|m| m.1 == EntityType::Gpe).map(|m| m.0).collect::<Vec<_>>();
        let towns = read("وزار الوفد مدن قوانغتشو وتشواتشو وخانجو ويانجو في الصيف .", &["قوانغتشو"]);
        assert!(towns.iter().any(|m| m == "تشواتشو") && towns.iter().any(|m| m == "يانجو"), "{towns:?}");
        // two items and no head that counts places: the clause may go on
        let clause = read("وكان قبل أشهر في الرياض وزارني في بيتي .", &["الرياض"]);
        assert_eq!(clause, vec!["الرياض".to_string()]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a family named after
    /// أسرة was a people or a place, or nothing (أسرة يوان, the Yuan dynasty, as a nationality;
    /// أسرة الزامل; أسرتي مينغ وتشنغ).
    #[test]
    fn regression_a_family_after_its_head_was_a_people() {
        let read = |raw: &str, tagged: &[(&str, &str)]| {
            let labels = |d: &isnad_doc::Document| d.tokens.iter().map(|t| tagged.iter().find(|w| w.0 == t.text(&d.raw)).map_or(0, |w| label_of(w.1))).collect();
            after_pass(raw, labels, super::families).into_iter().map(|m| (m.0, m.1)).collect::<Vec<_>>()
        };
        assert_eq!(read("وانهارت أسرة يوان عام 1368 .", &[("يوان", "B-NORP")]), vec![("يوان".to_string(), EntityType::Per)]);
        let two = read("وفي عهد أسرتي مينغ وتشنغ بنيت المساجد .", &[("مينغ", "B-NORP"), ("وتشنغ", "B-NORP")]);
        assert!(two.iter().all(|m| m.1 == EntityType::Per) && two.len() == 2, "{two:?}");
        // a Saudi family, and "my family and my people"
        assert_eq!(read("وتملك الطائرة أسرة سعودية ثرية .", &[("سعودية", "B-NORP")]), vec![("سعودية".to_string(), EntityType::Norp)]);
        assert!(read("وأجريت العملية قرب أسرتي وأهلي .", &[("وأهلي", "B-ORG")]).iter().all(|m| m.1 == EntityType::Org));
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a pious formula was a
    /// person (طيب الله ثراه, رضي الله عنه, أحمد الله على نعمه; 43 mentions on nine days).
    #[test]
    fn regression_a_pious_formula_was_a_person() {
        let read = |raw: &str, name: &[&str]| after_pass(raw, |d| person_labels(d, name), super::drop_pious_formulas).into_iter().map(|m| m.0).collect::<Vec<_>>();
        assert!(read("وأسس الملك عبدالعزيز - طيب الله ثراه - هذه الدولة .", &["طيب", "الله"]).is_empty());
        assert!(read("وقال أبو هريرة رضي الله عنه إن الحديث صحيح .", &["رضي", "الله"]).is_empty());
        assert!(read("وقالت أحمد الله على نعمه كلها .", &["أحمد", "الله"]).is_empty());
        assert_eq!(read("وقال حسن نصر الله إن الحزب مستعد .", &["نصر", "الله"]), vec!["نصر الله".to_string()]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a title the tagger
    /// read into a person's name stayed in it ([الخليفة العباسي المأمون], [السلطان عبد الحميد],
    /// [النقيب عمر الأكلبي]).
    #[test]
    fn regression_a_title_the_tagger_read_into_the_name_was_part_of_it() {
        let read = |raw: &str, name: &[&str]| after_pass(raw, |d| person_labels(d, name), super::titles_off_tagger_names).into_iter().map(|m| (m.0, m.2)).collect::<Vec<_>>();
        let caliph = read("وعلى يد الخليفة العباسي المأمون تغير الأمر .", &["الخليفة", "العباسي", "المأمون"]);
        assert_eq!(caliph.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), vec!["المأمون"]);
        let captain = read("وأوضح النقيب عمر الأكلبي أن الفرق جاهزة .", &["النقيب", "عمر", "الأكلبي"]);
        assert_eq!(captain.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), vec!["عمر الأكلبي"]);
        assert!(!captain[0].1.contains("نقيب"), "{captain:?}");
        // a given name spelt like a title, without the article, stays
        let given = read("واستقبل سلطان بن زايد الوفد .", &["سلطان", "بن", "زايد"]);
        assert_eq!(given.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), vec!["سلطان بن زايد"]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a sovereign's regnal
    /// number was left out of the name the tagger read (الشاه [عباس] الأول, الملكة [إليزابيث]
    /// الثانية).
    #[test]
    fn regression_a_sovereigns_number_was_left_out_of_the_name() {
        let read = |raw: &str, name: &str| after_pass(raw, |d| word_labels(d, &[name], "B-PER"), super::regnal_numbers).into_iter().map(|m| m.0).collect::<Vec<_>>();
        assert_eq!(read("وفي عهد الشاه عباس الأول ازدهرت المدينة .", "عباس"), vec!["عباس الأول".to_string()]);
        assert_eq!(read("وحضرت الملكة إليزابيث الثانية الحفل .", "إليزابيث"), vec!["إليزابيث الثانية".to_string()]);
        // the king's second letter, and a runner who came first
        assert_eq!(read("ونشرت رسالة الملك سلمان الثانية أمس .", "سلمان"), vec!["سلمان".to_string()]);
        assert_eq!(read("وحل العداء محمد الأول في السباق .", "محمد"), vec!["محمد".to_string()]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a city named after a
    /// place for a purpose (مدينة دبي للإعلام, مدينة سدير للصناعة والأعمال) was the place.
    #[test]
    fn regression_dubai_media_city_was_dubai() {
        let ms = mentions("وتعمل الشركة في مدينة دبي للإعلام، وهي شركة خليجية. وزار المبعوث مدينة عدن للوقوف على آثار الدمار.");
        assert!(ms.iter().any(|m| m.0 == "مدينة دبي للإعلام" && m.1 == EntityType::Org), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == "دبي"), "{ms:?}");
        // a visit's purpose with its complement is no name
        assert!(ms.iter().any(|m| m.0 == "عدن" && m.1 == EntityType::Gpe), "{ms:?}");
    }

    /// Regression, from nine days of Saudi papers: a work's title in quotes was the person, place
    /// or body it is named after or spells (فيلم «آدم جونز», مسرحية «مدغشقر», the same title
    /// again on the page; about 200 mentions).
    #[test]
    fn regression_a_films_title_in_quotes_was_a_person() {
        let read = |raw: &str, name: &[&str]| {
            let d = doc(raw);
            let words: Vec<&str> = d.tokens.iter().map(|t| t.text(&d.raw)).collect();
            let starts: Vec<usize> = (0..words.len()).filter(|&k| words[k..].starts_with(name)).collect();
            let labels: Vec<u8> = (0..words.len())
                .map(|k| match starts.iter().find(|&&a| k >= a && k < a + name.len()) {
                    Some(&a) if k == a => label_of("B-PER"),
                    Some(_) => label_of("I-PER"),
                    None => 0,
                })
                .collect();
            let mut c = forced_ctx(&d, &labels);
            super::tagger_mentions(&mut c);
            super::drop_quoted_titles(&mut c);
            c.out.iter().map(|m| d.text(m.span).to_string()).collect::<Vec<_>>()
        };
        let film = read("ويشارك الممثل في فيلم « آدم جونز » الذي يعرض قريبا . وقال النقاد إن « آدم جونز » ناجح .", &["آدم", "جونز"]);
        assert!(film.is_empty(), "{film:?}");
        let play = read("وعرضت المسرحية الاجتماعية \" كلنا سلمان \" في جدة .", &["سلمان"]);
        assert!(play.is_empty(), "{play:?}");
        // the film's star, and a director named after the title's quotes, stay persons
        let star = read("وأصرت بطلة الفيلم « فاتن حمامة » على الدور .", &["فاتن", "حمامة"]);
        assert_eq!(star, vec!["فاتن حمامة".to_string()]);
        let director = read("وعرض فيلم « أمي » للإيطالي ناني موريتي .", &["ناني", "موريتي"]);
        assert_eq!(director, vec!["ناني موريتي".to_string()]);
        // a closing quote after a head with its adjective opens nothing («سفير الأغنية القطرية»)
        let country = read("وافتتح « سفير الأغنية القطرية » استوديو في دولة قطر « استوديو الكبيسي » أمس .", &["قطر"]);
        assert_eq!(country, vec!["قطر".to_string()]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a person the tagger
    /// named in full (علي بن موسى الرضا, عدنان بن أحمد السيد) was no one when the page named
    /// him again by his last word after a title (الإمام الرضا, المهندس السيد), since the page's
    /// surname rule only knew the names the rules had found before the tagger ran.
    #[test]
    fn regression_a_surname_after_a_title_was_no_one_when_the_tagger_had_named_the_person() {
        let read = |raw: &str, name: &[&str]| after_pass(raw, |d| person_labels(d, name), super::titled_surnames).into_iter().filter(|m| m.1 == EntityType::Per).map(|m| m.0).collect::<Vec<_>>();
        let imam = read("وزرنا قبر علي بن موسى الرضا في مشهد . وولد الإمام الرضا في المدينة . ودفن الإمام الرضا قرب طوس .", &["علي", "بن", "موسى", "الرضا"]);
        assert_eq!(imam.iter().filter(|m| *m == "الرضا").count(), 2, "{imam:?}");
        let engineer = read("وافتتح المهندس عدنان بن أحمد السيد المشروع . وأضاف المهندس السيد أن العمل انتهى .", &["عدنان", "بن", "أحمد", "السيد"]);
        assert!(engineer.iter().any(|m| m == "السيد"), "{engineer:?}");
        // the ambassador's على "on" is not العلي; a librarian (أمين المكتبة) is a title's
        // complement; an ordinal describes the title
        let on = read("وقال محمد العلي إن الزيارة مهمة . وشدد السفير على أن العلاقات قوية .", &["محمد", "العلي"]);
        assert_eq!(on, vec!["محمد العلي".to_string()]);
        let librarian = read("وتحدث سالم المكتبة عن الكتب . ودون أمين المكتبة تاريخها . ويفرد الكاتب للمكتبة مكانة .", &["سالم", "المكتبة"]);
        assert_eq!(librarian, vec!["سالم المكتبة".to_string()]);
        // a poet is named after what he is, as a minister after his title
        let poet = read("وولد أبو القاسم الفردوسي في طوس . وبدأ الشاعر الفردوسي كتابه عام 977 .", &["أبو", "القاسم", "الفردوسي"]);
        assert!(poet.iter().any(|m| m == "الفردوسي"), "{poet:?}");
        let ordinal = read("واستقبل الملك عبد الله الثاني الوفد . وقال النائب الثاني إن الجلسة انتهت .", &["عبد", "الله", "الثاني"]);
        assert_eq!(ordinal, vec!["عبد الله الثاني".to_string()]);
    }

    /// Regression, from nine days of Saudi papers: the tagger opened فاتن and حمامة as two persons
    /// (B-PER B-PER), and the page named «فاتن» and «حمامة» ("dove") apart. Two pieces side by
    /// side are one person when the first opens on a given name; not after a verb the tagger took
    /// for a name (أشرك), nor across و (بومبي ويوليوس), nor a name written twice.
    #[test]
    fn regression_a_person_read_in_two_pieces_was_two_persons() {
        let read = |raw: &str, pieces: &[&[&str]]| {
            let d = doc(raw);
            tagger_read(&d, &person_runs(&d, pieces)).into_iter().map(|m| m.0).collect::<Vec<_>>()
        };
        assert_eq!(read("ولعل الراحلة فاتن حمامة هي أكثر من أحب المسرح .", &[&["فاتن"], &["حمامة"]]), vec!["فاتن حمامة"]);
        let verb = read("حيث أشرك أمين بخاري حارسا في الشوط الثاني .", &[&["أشرك"], &["أمين", "بخاري"]]);
        assert!(verb.contains(&"أمين بخاري".to_string()) && !verb.iter().any(|m| m.contains("أشرك أمين")), "{verb:?}");
        let two = read("في عهود سولا وبومبي ويوليوس قيصر .", &[&["وبومبي"], &["ويوليوس", "قيصر"]]);
        assert!(!two.iter().any(|m| m.contains("بومبي ويوليوس")), "{two:?}");
        let d = doc("سيغموند فرويد سيغموند فرويد ( 6 مايو 1856 ) طبيب .");
        let mut labels = vec![0u8; d.tokens.len()];
        labels[..4].copy_from_slice(&[label_of("B-PER"), label_of("I-PER"), label_of("B-PER"), label_of("I-PER")]);
        let twice: Vec<String> = tagger_read(&d, &labels).into_iter().map(|m| m.0).collect();
        assert_eq!(twice, vec!["سيغموند فرويد", "سيغموند فرويد"]);
    }

    /// Regression, from nine days of Saudi papers: «وعلمت "المدينة" من مصادرها» was the city of
    /// Medina, and «وعلمت "الوطن"», «تلقت "عكاظ" نسخة» were nothing; a paper writes of itself in
    /// quotes as the subject of what its reporters did, and a body in quotes after a verb that
    /// cites it is a body. «فلاي دبي» and «روتانا» stay whole though the tokenizer splits them.
    #[test]
    fn regression_a_paper_quoted_as_the_subject_was_a_city_or_nothing() {
        use isnad_doc::EntityType;
        let raw = "وعلمت «المدينة» من مصادرها أن المشروع تأخر. وحصلت \"الأفق الجديد\" على نسخة من التقرير. وقالت «بترولينا» إنها ستوسع مصنعها في جدة. وأعلنت «فلاي دبي» عن رحلة جديدة. وكانت (روتانا) قد طرحت ألبوما. وأكدت «أم سالم» أنها لم تتسلم شيئا. قالت \"لا أعرف\". وأكدت «الوزارة» عدم صحة الخبر.";
        let d = doc(raw);
        let ms: Vec<(String, EntityType, String)> = super::recognize(&d).iter().map(|m| (d.text(m.span).to_string(), m.value.etype, m.prov.rule.to_string())).collect();
        for (name, rule) in [("المدينة", "outlet"), ("الأفق الجديد", "quoted-body"), ("بترولينا", "quoted-body"), ("فلاي دبي", "quoted-body"), ("روتانا", "quoted-body")]
        {
            assert!(ms.iter().any(|m| m.0 == name && m.1 == EntityType::Org && m.2 == rule), "{name}: {ms:?}");
        }
        assert!(ms.iter().any(|m| m.0 == "جدة" && m.1 == EntityType::Gpe), "{ms:?}");
        for not_a_body in ["أم سالم", "لا أعرف", "الوزارة"] {
            assert!(!ms.iter().any(|m| m.0 == not_a_body && m.1 == EntityType::Org), "{not_a_body}: {ms:?}");
        }
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

    /// Regression, from NewsFANE's held-out articles (`eval-ner --system --against-tagger`): an
    /// organisation head made a body of a verbal noun (تنظيم المعرض, "organising the fair") and
    /// of an unnamed firm (شركة للإنتاج); a facility's head was cut from its name (مطار دمشق gave
    /// a facility called دمشق); an adjective after a town's name joined it (مدينة مومباي
    /// الهندية); a nisba after a common noun was the town it is spelt like (الدخان الرمادي).
    #[test]
    fn regression_descriptions_read_as_names_on_newsfane() {
        let ms = mentions("وشاركت الوزارة في تنظيم المعرض مع شركة للإنتاج الفني. وهبطت الطائرة في مطار دمشق الدولي بعد رحلة من مدينة مومباي الهندية، فيما تصاعد الدخان الرمادي من الجبل.");
        let has = |name: &str, t: EntityType| ms.iter().any(|m| m.0 == name && m.1 == t);
        assert!(!ms.iter().any(|m| m.0.contains("تنظيم") || m.0.contains("شركة")), "{ms:?}");
        assert!(has("مطار دمشق الدولي", EntityType::Fac), "{ms:?}");
        assert!(has("مومباي", EntityType::Gpe), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0.contains("الرمادي")), "{ms:?}");
    }

    /// Regression: after a title, an adjective the corpus never names anyone with ended up in
    /// the name (الرئيس خاتمي الإصلاحي), an honorific was taken for a name (سفير خادم الحرمين
    /// الشريفين), and a preposition glued to a town started one (مدير المستشفى بمكة).
    #[test]
    fn regression_titles_before_descriptions_and_honorifics() {
        let ms = mentions("وأيد التيار الرئيس خاتمي الإصلاحي في الانتخابات. وأكد سفير خادم الحرمين الشريفين لدى الخرطوم عمق العلاقات. وافتتح مدير المستشفى التخصصي بمكة المكرمة الجناح الجديد.");
        assert!(ms.iter().any(|m| m.0 == "خاتمي" && m.1 == EntityType::Per), "{ms:?}");
        assert!(!ms.iter().any(|m| m.1 == EntityType::Per && (m.0.contains("الإصلاحي") || m.0.contains("الحرمين") || m.0.contains("مكة"))), "{ms:?}");
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a given name the
    /// tagger left out before the surname it named was no part of the person (سمية [إبراهيمي],
    /// هيلاري [كلينتون]); a successor (خليفة رونالدو) and a verb cut short (لم ينس فيصل) are not
    /// given names there.
    #[test]
    fn regression_a_given_name_before_the_taggers_surname_was_left_out() {
        let read = |raw: &str, name: &[&str]| after_pass(raw, |d| person_labels(d, name), super::given_names_left_out).into_iter().map(|m| (m.0, m.2)).collect::<Vec<_>>();
        let clinton = read("وقالت هيلاري كلينتون إن الحملة بدأت .", &["كلينتون"]);
        assert_eq!(clinton.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), vec!["هيلاري كلينتون"]);
        assert_eq!(clinton[0].1.split(' ').count(), 2, "{clinton:?}");
        // (the actor table's surname with another given name is another person)
        let family = mentions("وقالت سارة أوباما إنها تنتظر زيارة حفيدها .");
        assert!(family.iter().any(|m| m.0 == "سارة أوباما" && m.2.is_none()), "{family:?}");
        let tayyip = mentions("وقال طيب أردوغان إن بلاده مستعدة .");
        assert!(tayyip.iter().any(|m| m.0 == "طيب أردوغان" && m.2.is_some()), "{tayyip:?}");
        let successor = read("ويعلن النادي اسم خليفة رونالدو في الشهر المقبل .", &["رونالدو"]);
        assert_eq!(successor.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), vec!["رونالدو"]);
        let verb = read("ولم ينس فيصل فرحان أن يشكر الجميع .", &["فيصل", "فرحان"]);
        assert_eq!(verb.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(), vec!["فيصل فرحان"]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a verbal noun before
    /// its object was the movement the tagger read it as (عن [فتح] باب الترشح, 25 mentions of
    /// «فتح» on nine days); the movement stays after its head, before its adjective and in quotes.
    #[test]
    fn regression_a_verbal_noun_before_its_object_was_a_body() {
        let read = |raw: &str| after_pass(raw, |d| span_labels(d, &["فتح"], "ORG"), super::drop_verbal_nouns).into_iter().map(|m| m.0).collect::<Vec<_>>();
        assert!(read("وأعلن النادي عن فتح باب الترشح لرئاسته .").is_empty());
        assert!(read("ومن المتوقع فتح القاعدة مطلع الشهر المقبل .").is_empty());
        assert_eq!(read("وثمنت حركة فتح القرار الأخير ."), vec!["فتح".to_string()]);
        assert_eq!(read("وقالت فتح الفلسطينية إن الاجتماع انتهى ."), vec!["فتح".to_string()]);
        assert_eq!(read("ورحبت « فتح » بالقرار الأخير ."), vec!["فتح".to_string()]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: the Soviet Union was a
    /// body (the head اتحاد), 87 mentions in three spellings on nine days: GeoNames has no former
    /// state.
    #[test]
    fn regression_the_soviet_union_was_a_body() {
        let ms = mentions("وانهار الاتحاد السوفياتي عام 1991 ، وكان ما يسمى بالاتحاد السوفييتي قد دعم الدولة العثمانية .");
        let soviet: Vec<_> = ms.iter().filter(|m| m.0.contains("السوفي")).collect();
        assert_eq!(soviet.len(), 2, "{ms:?}");
        assert!(soviet.iter().all(|m| m.1 == EntityType::Gpe && m.2.as_deref() == Some("soviet-union")), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == "الدولة العثمانية" && m.1 == EntityType::Gpe), "{ms:?}");
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: a word with a pronoun
    /// after a place head was a place (منطقة [قطرها] ستة كيلومترات, "an area whose diameter",
    /// read as Qatar), and the tagger's places with a pronoun on them stayed (أهالي المنطقة
    /// [وزائريها], العودة إلى [ديارهم]: 53 mentions on nine days).
    #[test]
    fn regression_a_word_with_a_pronoun_was_a_place() {
        let ms = mentions("وأمرت السلطات بإخلاء منطقة قطرها ستة كيلومترات حول البركان .");
        assert!(!ms.iter().any(|m| m.1.is_place()), "{ms:?}");
        assert!(mentions("ووصل الوفد إلى منطقة القصيم أمس .").iter().any(|m| m.0.contains("القصيم") && m.1.is_place()));
        let read = |raw: &str, word: &str| after_pass(raw, |d| span_labels(d, &[word], "GPE"), super::drop_places_with_pronouns).into_iter().map(|m| m.0).collect::<Vec<_>>();
        assert!(read("وعاد النازحون إلى ديارهم بعد انتهاء المعارك .", "ديارهم").is_empty());
        assert_eq!(read("وعاد النازحون إلى أبها بعد انتهاء المعارك .", "أبها"), vec!["أبها".to_string()]);
    }

    /// Regression, from NewsFANE's test part and nine days of Saudi papers: the tagger's person
    /// ran on over a verb in the dual (ميسي [أضاعا]) and over a kin word with a pronoun (ميساء
    /// [أهلي], خالد [شقيقته]).
    #[test]
    fn regression_a_verb_or_a_kin_word_after_a_name_was_part_of_it() {
        let read = |raw: &str, name: &[&str]| after_pass(raw, |d| person_labels(d, name), |_| {}).into_iter().map(|m| m.0).collect::<Vec<_>>();
        assert_eq!(read("وكان نجما الفريق رونالدينيو والأرجنتيني ميسي أضاعا فرصا لتعزيز الفوز .", &["ميسي", "أضاعا"]), vec!["ميسي".to_string()]);
        assert_eq!(read("ونعى خالد شقيقته عبر صفحته الشخصية .", &["خالد", "شقيقته"]), vec!["خالد".to_string()]);
        assert_eq!(read("وقاد المنتخب المدرب ناصر الشمري أمس .", &["ناصر", "الشمري"]), vec!["ناصر الشمري".to_string()]);
    }
}
