//! Word tables for the value layer, stored in lossy-normalised form (see `isnad_text::key`).
//! Facts only: month and weekday names, number words, unit names.

/// Month names → month number. Egyptian/Gulf, Levantine/Iraqi and Maghrebi forms.
/// Two-word Levantine names are matched through [`MONTHS_TWO`].
pub const MONTHS: &[(&str, u8)] = &[
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7),
    ("اغسطس", 8), ("سبتمبر", 9), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("ايلول", 9),
    // Maghrebi (Moroccan / Algerian-Tunisian)
    ("ماي", 5), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    ("جانفي", 1), ("فيفري", 2), ("افريل", 4), ("جوان", 6), ("جويليه", 7), ("اوت", 8),
];

/// Two-word Levantine months: (first, second, month).
pub const MONTHS_TWO: &[(&str, &str, u8)] = &[
    ("كانون", "الثاني", 1), ("كانون", "الاول", 12), ("تشرين", "الاول", 10), ("تشرين", "الثاني", 11),
];

/// `آب` (August) is also a common word; only accepted next to a day number or a year.
pub const MONTH_AB: &str = "اب";

/// Cardinal number words (stem keys, lossy) → value. Feminine and masculine, nominative and
/// oblique forms.
pub const UNITS: &[(&str, f64)] = &[
    ("واحد", 1.0), ("واحده", 1.0), ("اثنان", 2.0), ("اثنين", 2.0), ("اثنتان", 2.0), ("اثنتين", 2.0),
    ("ثلاث", 3.0), ("ثلاثه", 3.0), ("اربع", 4.0), ("اربعه", 4.0), ("خمس", 5.0), ("خمسه", 5.0), ("ست", 6.0), ("سته", 6.0),
    ("سبع", 7.0), ("سبعه", 7.0), ("ثمان", 8.0), ("ثماني", 8.0), ("ثمانيه", 8.0), ("تسع", 9.0), ("تسعه", 9.0),
    ("عشر", 10.0), ("عشره", 10.0), ("ثلاثا", 3.0), ("اثنا", 2.0),
    // Egyptian and Levantine spoken forms
    ("اتنين", 2.0), ("اتنان", 2.0), ("تلاته", 3.0), ("تلات", 3.0), ("تلاتة", 3.0), ("تمانيه", 8.0), ("تمان", 8.0), ("تماني", 8.0),
    ("حداشر", 11.0), ("احداشر", 11.0), ("اتناشر", 12.0), ("اطناشر", 12.0), ("تلتاشر", 13.0), ("تلاتاشر", 13.0), ("اربعتاشر", 14.0), ("اربعطاشر", 14.0),
    ("خمستاشر", 15.0), ("خمسطاشر", 15.0), ("ستاشر", 16.0), ("سطاشر", 16.0), ("سبعتاشر", 17.0), ("سبعطاشر", 17.0), ("تمنتاشر", 18.0), ("تمنطاشر", 18.0),
    ("تسعتاشر", 19.0), ("تسعطاشر", 19.0),
];

pub const TENS: &[(&str, f64)] = &[
    ("عشرون", 20.0), ("عشرين", 20.0), ("ثلاثون", 30.0), ("ثلاثين", 30.0), ("اربعون", 40.0), ("اربعين", 40.0), ("خمسون", 50.0), ("خمسين", 50.0),
    ("ستون", 60.0), ("ستين", 60.0), ("سبعون", 70.0), ("سبعين", 70.0), ("ثمانون", 80.0), ("ثمانين", 80.0), ("تسعون", 90.0), ("تسعين", 90.0),
    ("تلاتين", 30.0), ("تمانين", 80.0),
];

pub const HUNDREDS: &[(&str, f64)] = &[
    ("مئه", 100.0), ("مائه", 100.0), ("مئتان", 200.0), ("مئتين", 200.0), ("مائتان", 200.0), ("مائتين", 200.0), ("مئتا", 200.0), ("مائتا", 200.0),
    ("ثلاثمئه", 300.0), ("ثلاثمائه", 300.0), ("اربعمئه", 400.0), ("اربعمائه", 400.0), ("خمسمئه", 500.0), ("خمسمائه", 500.0),
    ("ستمئه", 600.0), ("ستمائه", 600.0), ("سبعمئه", 700.0), ("سبعمائه", 700.0), ("ثمانمئه", 800.0), ("ثمانمائه", 800.0), ("ثمانيمئه", 800.0),
    ("تسعمئه", 900.0), ("تسعمائه", 900.0),
    ("ميه", 100.0), ("ميتين", 200.0), ("متين", 200.0), ("مية", 100.0), ("تلتميه", 300.0), ("ربعميه", 400.0), ("خمسميه", 500.0), ("ستميه", 600.0), ("سبعميه", 700.0), ("تمنميه", 800.0), ("تسعميه", 900.0),
];

/// Scale words after a number or number word.
pub const SCALES: &[(&str, f64)] = &[
    ("الف", 1e3), ("الفا", 1e3), ("الاف", 1e3), ("الفان", 1e3), ("الفين", 1e3),
    ("مليون", 1e6), ("ملايين", 1e6), ("مليونا", 1e6), ("مليونان", 1e6), ("مليونين", 1e6),
    ("مليار", 1e9), ("مليارات", 1e9), ("مليارا", 1e9), ("ملياران", 1e9), ("مليارين", 1e9), ("بليون", 1e9),
];

/// Vague counts: word → (low, best, high). Best follows the conservative conventions that
/// ACLED and UCDP document for words like "tens" (10) and "hundreds" (100); low is the smallest
/// number the word can mean, high the largest before the next order of magnitude.
pub const VAGUE: &[(&str, f64, f64, f64)] = &[
    ("عشرات", 10.0, 10.0, 99.0),
    ("مئات", 100.0, 100.0, 999.0),
    ("الاف", 1000.0, 1000.0, 9999.0),
    ("بضعه", 3.0, 3.0, 9.0),
    ("بضع", 3.0, 3.0, 9.0),
    ("عده", 3.0, 3.0, 9.0),
    ("العديد", 3.0, 3.0, f64::NAN),
];

/// Words before a number that make it approximate or a bound: key → (approx, bound).
/// bound: 0 none, 1 lower bound ("more than"), 2 upper bound ("less than").
pub const APPROX_ONE: &[(&str, bool, u8)] = &[
    ("نحو", true, 0), ("حوالي", true, 0), ("حوالى", true, 0), ("قرابه", true, 0), ("زهاء", true, 0), ("تقريبا", true, 0),
    ("اكثر", false, 1), ("ازيد", false, 1), ("اقل", false, 2),
];

/// Role cues: stem key → event role of people counted near it.
pub const ROLES: &[(&str, &str)] = &[
    ("قتل", "killed"), ("قتلوا", "killed"), ("مقتل", "killed"), ("قتلي", "killed"), ("قتيل", "killed"), ("قتيلا", "killed"), ("شهيد", "killed"),
    ("شهداء", "killed"), ("حتفهم", "killed"), ("مصرع", "killed"), ("ارتقي", "killed"), ("اعدام", "killed"), ("قضوا", "killed"),
    ("اصيب", "wounded"), ("اصيبوا", "wounded"), ("اصابه", "wounded"), ("جرحي", "wounded"), ("جريح", "wounded"), ("جريحا", "wounded"), ("مصابين", "wounded"),
    ("اسر", "captured"), ("اسري", "captured"), ("اعتقال", "captured"), ("اعتقل", "captured"), ("اعتقلت", "captured"), ("اعتقلوا", "captured"), ("اسرت", "captured"), ("احتجز", "captured"), ("احتجزت", "captured"),
    ("قتلت", "killed"), ("اصابت", "wounded"), ("جرح", "wounded"), ("جرحت", "wounded"), ("معتقل", "captured"), ("اختطاف", "captured"), ("اسرت", "captured"),
    ("نزوح", "displaced"), ("نزح", "displaced"), ("نزحوا", "displaced"), ("فروا", "displaced"), ("هجروا", "displaced"), ("تهجير", "displaced"), ("نازح", "displaced"), ("نازحين", "displaced"), ("فر", "displaced"), ("فرار", "displaced"), ("غادر", "displaced"), ("لاجئ", "displaced"), ("لاجئين", "displaced"),
    ("يحتفظ", "remaining"), ("تبقي", "remaining"), ("بقي", "remaining"), ("يتحصن", "remaining"), ("محاصرين", "remaining"), ("داخل", "remaining"),
    ("قوامها", "deployed"), ("نشر", "deployed"), ("ينتشر", "deployed"), ("سيبقون", "deployed"), ("ارسال", "deployed"),
];
