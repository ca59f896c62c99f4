//! Curated page-chrome phrases seen across many Arabic and English CMSs (share toasts,
//! "read more" widgets, comment footers, cookie and script banners). One signal among
//! several: a block is only removed by a phrase when it is also short.
//! Stored lossy-normalised; matched as whole-block prefixes or the whole block.

pub const CHROME: &[&str] = &[
    "اقرا المزيد",
    "اقرا ايضا",
    "اقرا ايضاً",
    "اقرأ أيضا",
    "شارك",
    "شارك الخبر",
    "شارك المقال",
    "مشاركه",
    "تابعنا",
    "تابعونا",
    "تابعنا علي",
    "تم نسخ الرابط",
    "نسخ الرابط",
    "انسخ الرابط",
    "طباعه",
    "ارسل لصديق",
    "حجم الخط",
    "الرئيسيه",
    "اخر الاخبار",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "مقالات ذات صله",
    "ذات صله",
    "المزيد من",
    "كلمات مفتاحيه",
    "الوسوم",
    "اشترك في النشره",
    "اشترك الان",
    "جميع الحقوق محفوظه",
    "حقوق النشر",
    "اعلان",
    "اعلانات",
    "تحميل التطبيق",
    "حمل التطبيق",
    "عرض المزيد",
    "مواضيع مقترحه",
    "شاهد ايضا",
    "sorry, you need to enable javascript",
    "enable javascript",
    "javascript is disabled",
    "cookie",
    "accept cookies",
    "advertisement",
    "read more",
    "related articles",
    "share this",
    "share on",
    "all rights reserved",
    "sign up",
    "subscribe",
    "newsletter",
    "skip to content",
    "logo",
    "menu",
];

/// Comment-area phrases (blog and news comment widgets).
pub const COMMENT: &[&str] = &[
    "ليست هناك تعليقات",
    "لا توجد تعليقات",
    "ارسال تعليق",
    "اضف تعليق",
    "اضافه تعليق",
    "التعليقات",
    "اترك تعليقا",
    "اكتب تعليق",
    "تعليقات القراء",
    "comments",
    "leave a comment",
    "post a comment",
    "no comments",
];

/// How photo captions open (lossy keys): a short block opening with one of these, right before or
/// at the start of the body, describes a picture.
pub const CAPTION_START: &[&str] = &["صوره", "الصوره", "مشهد", "جانب من", "لقطه", "من الارشيف", "صوره ارشيفيه", "بالصور", "فيديو"];

/// Words that open a byline (`بقلم: …`, `حوار: …`, `كتب - …`), lossy keys; the line must be short.
pub const BYLINE_CUES: &[&str] = &["بقلم", "كتب", "كتبت", "حوار", "اعداد", "تقرير", "متابعه", "ترجمه", "تحرير", "by"];

/// Site disclaimers and comment policies (lossy keys, matched inside a block). Only trailing
/// blocks after the article are tested: the same words inside a report are the article's.
pub const DISCLAIMER: &[&str] = &[
    "لا تعبر عن راي",
    "لا تعبر بالضروره عن",
    "تعبر عن راي كاتبها",
    "تعبر عن وجهه نظر اصحابها",
    "تعكس وجهات نظر اصحابها",
    "مراجعه التعليقات",
    "ارشادات الاستخدام",
    "سياسه التعليقات",
    "شروط التعليق",
    "جميع الحقوق محفوظه",
    "يمنع نسخ",
    "يمنع اعاده النشر",
];

/// Social-network names that stand alone as share buttons.
pub const SOCIAL: &[&str] = &["تويتر", "فيسبوك", "فيس بوك", "واتساب", "تيليجرام", "يوتيوب", "انستغرام", "لينكدان", "twitter", "facebook", "whatsapp", "telegram", "youtube", "instagram", "x"];

/// class/id words that mark chrome, related links or comments in HTML.
pub const HINT_CHROME: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "header",
    "share",
    "social",
    "widget",
    "weather",
    "breadcrumb",
    "sidebar",
    "banner",
    "cookie",
    "newsletter",
    "subscribe",
    "advert",
    "ads",
    "promo",
    "login",
    "search",
    "tags",
    "toolbar",
    "copyright",
    "logo",
];
pub const HINT_RELATED: &[&str] = &["related", "more-news", "latest", "most-read", "popular", "recommend", "trending", "readmore", "read-more"];
pub const HINT_COMMENT: &[&str] = &["comment", "disqus", "reply"];
pub const HINT_CAPTION: &[&str] = &["caption", "figcaption", "photo-credit", "credit"];

pub use isnad_doc::agency;
