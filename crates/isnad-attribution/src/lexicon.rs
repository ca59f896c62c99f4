//! Reporting verbs and attribution cues, lossy stem keys. Each verb form maps to its lemma and
//! the stance it gives the statement.

/// Stance a reporting verb lends: how the outlet frames the speaker's certainty.
pub fn verb(stem: &str) -> Option<(&'static str, &'static str)> {
    let (lemma, stance) = match stem {
        "قال" | "قالت" | "يقول" | "تقول" | "قالوا" | "قائلا" | "قائله" => ("قال", "neutral"),
        "اضاف" | "اضافت" | "يضيف" | "تضيف" | "اضافوا" | "مضيفا" | "مضيفه" => ("أضاف", "neutral"),
        "تابع" | "تابعت" | "يتابع" | "متابعا" => ("تابع", "neutral"),
        "اوضح" | "اوضحت" | "يوضح" | "توضح" | "موضحا" | "موضحه" => ("أوضح", "neutral"),
        "اشار" | "اشارت" | "يشير" | "تشير" | "مشيرا" | "مشيره" => ("أشار", "neutral"),
        "ذكر" | "ذكرت" | "يذكر" | "تذكر" | "ذكروا" => ("ذكر", "neutral"),
        "افاد" | "افادت" | "يفيد" | "تفيد" => ("أفاد", "neutral"),
        "لفت" | "لفتت" | "لافتا" => ("لفت", "neutral"),
        "نقل" | "نقلت" | "ينقل" | "تنقل" => ("نقل", "neutral"),
        "كشف" | "كشفت" | "يكشف" | "تكشف" | "كاشفا" => ("كشف", "neutral"),
        "اجاب" | "اجابت" | "يجيب" | "تجيب" => ("أجاب", "neutral"),
        "اكد" | "اكدت" | "يؤكد" | "تؤكد" | "اكدوا" | "مؤكدا" | "مؤكده" => ("أكد", "assertive"),
        "شدد" | "شددت" | "يشدد" | "تشدد" | "مشددا" => ("شدد", "assertive"),
        "اعلن" | "اعلنت" | "يعلن" | "تعلن" | "اعلنوا" | "معلنا" => ("أعلن", "assertive"),
        "زعم" | "زعمت" | "يزعم" | "تزعم" | "زاعما" | "زاعمه" | "ادعي" | "ادعت" | "يدعي" | "مدعيا" => ("زعم", "disputed"),
        "نفي" | "نفت" | "ينفي" | "تنفي" | "نافيا" => ("نفى", "denial"),
        "حذر" | "حذرت" | "يحذر" | "تحذر" | "محذرا" => ("حذر", "warning"),
        "توقع" | "توقعت" | "يتوقع" | "تتوقع" | "متوقعا" => ("توقع", "prediction"),
        "اعتبر" | "اعتبرت" | "يعتبر" | "تعتبر" | "معتبرا" => ("اعتبر", "opinion"),
        "راي" | "رات" | "يري" | "تري" => ("رأى", "opinion"),
        "منوها" | "نوه" | "نوهت" => ("نوه", "neutral"),
        "داعيا" | "دعا" | "دعت" | "يدعو" | "تدعو" => ("دعا", "appeal"),
        "استنكر" | "استنكرت" | "ندد" | "نددت" | "دان" | "دانت" => ("استنكر", "condemnation"),
        "كتب" | "كتبت" | "يكتب" | "تكتب" => ("كتب", "neutral"),
        "صرح" | "صرحت" | "يصرح" | "تصرح" | "مصرحا" => ("صرح", "neutral"),
        "علق" | "علقت" | "يعلق" | "تعلق" | "معلقا" => ("علق", "neutral"),
        "طالب" | "طالبت" | "يطالب" | "تطالب" | "طالبوا" | "مطالبا" => ("طالب", "appeal"),
        _ => return None,
    };
    Some((lemma, stance))
}

/// Participles and continuation verbs that never introduce a new speaker.
pub fn is_continuation(stem: &str) -> bool {
    matches!(
        stem,
        "اضاف"
            | "اضافت"
            | "تابع"
            | "تابعت"
            | "مضيفا"
            | "مضيفه"
            | "موضحا"
            | "موضحه"
            | "مشيرا"
            | "مشيره"
            | "مؤكدا"
            | "زاعما"
            | "منوها"
            | "قائلا"
            | "داعيا"
            | "متابعا"
            | "لافتا"
            | "محذرا"
            | "معتبرا"
            | "مشددا"
    )
}

/// Verbs that open a statement rather than go on with one (قال, ذكر, أعلن): with the subject
/// left out they refer to the sentence's topic, not necessarily to the last speaker.
pub fn introduces(stem: &str) -> bool {
    verb(stem).is_some_and(|(lemma, _)| matches!(lemma, "قال" | "ذكر" | "أعلن" | "كتب" | "صرح"))
}

/// Words of the attribution clause that name the channel.
pub fn channel(stem: &str, next: &str) -> Option<&'static str> {
    Some(match stem {
        "تويتر" | "تغريده" | "تغريدات" | "غرد" | "غردت" | "اكس" => "tweet",
        "فيسبوك" | "منشور" => "social-post",
        "بيان" | "بيانا" | "بلاغ" | "بلاغا" => "statement",
        "تصريح" | "تصريحات" if matches!(next, "للصحافيين" | "للصحفيين" | "صحافيين" | "صحفيين") => "briefing",
        "تصريح" | "تصريحات" => "statement",
        "شريط" if next == "فيديو" => "video",
        "فيديو" | "تسجيل" => "video",
        "مؤتمر" | "ايجاز" | "للصحافيين" | "للصحفيين" | "الصحافيين" | "الصحفيين" | "صحافيين" | "صحفيين" | "المراسلين" => "briefing",
        "مقابله" | "حوار" | "لقاء" => "interview",
        "تقرير" => "report",
        "قناه" | "التلفزيون" | "تلفزيون" | "التلفزيوني" | "متلفزه" | "تلفزيونيه" => "tv",
        "رساله" => "letter",
        _ => return None,
    })
}

/// Media a speaker can talk to (after ل: `لوكالة`, `لإذاعة الجيش`): the statement is an interview.
pub fn is_media_noun(key: &str) -> bool {
    matches!(key, "وكاله" | "قناه" | "اذاعه" | "صحيفه" | "موقع" | "تلفزيون" | "شبكه" | "مجله" | "جريده")
}

/// Head nouns of unnamed sources (`مصدر عسكري`, `مسؤول في …`, `قائد ميداني`), stem keys.
pub fn is_anonymous_head(stem: &str) -> bool {
    matches!(
        stem,
        "مصدر"
            | "مصادر"
            | "مسؤول"
            | "مسؤولون"
            | "مسؤولين"
            | "قائد"
            | "ناشط"
            | "ناشطون"
            | "شاهد"
            | "شهود"
            | "ضابط"
            | "دبلوماسي"
            | "عضو"
            | "مصدران"
            | "احد"
            | "سكان"
            | "مقرب"
            | "مقربون"
    )
}

/// Source cues: "وفق", "بحسب", "حسب", "نقلا عن".
pub fn is_source_cue(full: &str) -> bool {
    matches!(full, "وفق" | "وفقا" | "بحسب" | "حسب" | "نقلا" | "بحسبما")
}
