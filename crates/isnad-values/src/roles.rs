//! Event-role cues near a count: which words say the people counted were killed, wounded,
//! captured, displaced, remaining or deployed. Kept apart from the matcher tables because a cue
//! never starts a value mention (see `trigger`).

use isnad_text::FastMap;

/// Role cues: stem key → event role of people counted near it.
const ROLES: &[(&str, &str)] = &[
    ("قتل", "killed"),
    ("قتلوا", "killed"),
    ("مقتل", "killed"),
    ("قتلي", "killed"),
    ("قتيل", "killed"),
    ("قتيلا", "killed"),
    ("شهيد", "killed"),
    ("شهداء", "killed"),
    ("حتفهم", "killed"),
    ("مصرع", "killed"),
    ("ارتقي", "killed"),
    ("اعدام", "killed"),
    ("قضوا", "killed"),
    ("اصيب", "wounded"),
    ("اصيبوا", "wounded"),
    ("اصابه", "wounded"),
    ("جرحي", "wounded"),
    ("جريح", "wounded"),
    ("جريحا", "wounded"),
    ("مصابين", "wounded"),
    ("اسر", "captured"),
    ("اسري", "captured"),
    ("اعتقال", "captured"),
    ("اعتقل", "captured"),
    ("اعتقلت", "captured"),
    ("اعتقلوا", "captured"),
    ("اسرت", "captured"),
    ("احتجز", "captured"),
    ("احتجزت", "captured"),
    ("قتلت", "killed"),
    ("اصابت", "wounded"),
    ("جرح", "wounded"),
    ("جرحت", "wounded"),
    ("معتقل", "captured"),
    ("اختطاف", "captured"),
    ("اسرت", "captured"),
    ("نزوح", "displaced"),
    ("نزح", "displaced"),
    ("نزحوا", "displaced"),
    ("فروا", "displaced"),
    ("هجروا", "displaced"),
    ("تهجير", "displaced"),
    ("نازح", "displaced"),
    ("نازحين", "displaced"),
    ("فر", "displaced"),
    ("فرار", "displaced"),
    ("غادر", "displaced"),
    ("لاجئ", "displaced"),
    ("لاجئين", "displaced"),
    ("يحتفظ", "remaining"),
    ("تبقي", "remaining"),
    ("بقي", "remaining"),
    ("يتحصن", "remaining"),
    ("محاصرين", "remaining"),
    ("داخل", "remaining"),
    ("قوامها", "deployed"),
    ("نشر", "deployed"),
    ("ينتشر", "deployed"),
    ("سيبقون", "deployed"),
    ("ارسال", "deployed"),
];

/// The role a cue word (stem key, whole-token key, or stem without a glued preposition) gives.
pub(crate) fn role_of(stem: &str, full: &str, bare: &str) -> Option<&'static str> {
    static M: std::sync::OnceLock<FastMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let m = M.get_or_init(|| {
        let mut m = FastMap::default();
        for &(w, r) in ROLES {
            m.entry(w).or_insert(r);
        }
        m
    });
    m.get(stem).or_else(|| m.get(full)).or_else(|| m.get(bare)).copied()
}
