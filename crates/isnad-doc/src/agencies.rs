//! News agencies, shared by the stages that read credits (clean) and inline attributions
//! (attribution). Keys are lossy-normalised (see `isnad_text::key`).

/// (lossy-normalised surface form, canonical name).
pub const AGENCIES: &[(&str, &str)] = &[
    ("وكالات", "agencies"),
    ("ا.ف.ب", "AFP"),
    ("ا ف ب", "AFP"),
    ("فرانس برس", "AFP"),
    ("فرانس بريس", "AFP"),
    ("الفرنسيه", "AFP"),
    ("الصحافه الفرنسيه", "AFP"),
    ("afp", "AFP"),
    ("رويترز", "Reuters"),
    ("reuters", "Reuters"),
    ("ا.ب", "AP"),
    ("ا ب", "AP"),
    ("اسوشيتد برس", "AP"),
    ("اسوشيتدبرس", "AP"),
    ("ap", "AP"),
    ("د.ب.ا", "dpa"),
    ("الالمانيه", "dpa"),
    ("الانباء الالمانيه", "dpa"),
    ("سانا", "SANA"),
    ("الاناضول", "Anadolu"),
    ("واس", "SPA"),
    ("قنا", "QNA"),
    ("وام", "WAM"),
    ("كونا", "KUNA"),
    ("بترا", "Petra"),
    ("واع", "INA"),
    ("شينخوا", "Xinhua"),
    ("getty", "Getty Images"),
    ("getty images", "Getty Images"),
    ("epa", "EPA"),
    ("الاوروبيه", "EPA"),
    ("اوروبيه", "EPA"),
    ("ا ش ا", "MENA"),
    ("ا.ش.ا", "MENA"),
    ("mena", "MENA"),
    ("و.م.ع", "MAP"),
    ("وفا", "WAFA"),
    ("upi", "UPI"),
    ("يو بي اي", "UPI"),
    ("ايرنا", "IRNA"),
    ("فارس", "Fars"),
];

/// Canonical agency name of a lossy key, ignoring surrounding brackets, quotes and dashes.
pub fn agency(key: &str) -> Option<&'static str> {
    let k = key.trim().trim_matches(|c: char| matches!(c, '(' | ')' | '"' | '-' | '–' | ' ' | ':' | '.' | '/'));
    AGENCIES.iter().find(|(s, _)| *s == k).map(|&(_, c)| c)
}
