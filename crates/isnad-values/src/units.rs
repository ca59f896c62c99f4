//! Units after (or, for currency symbols, before) a number. Unit names follow Duckling's
//! (`dollar`, `eur`, `gbp`, `gram`, `celsius`, `degree`, …) so suites can be scored directly;
//! news-specific ones (`km2`, `km`, `hour`, `day`, …) use plain codes. Mass converts to grams.

use crate::times::Ctx;

#[derive(Debug, Clone, Copy)]
pub struct UnitRead {
    pub unit: &'static str,
    /// Multiply the number by this to express it in `unit` (كغ → 1000 grams).
    pub factor: f64,
    /// Tokens the unit takes.
    pub len: usize,
    /// A dual form carries its own count (أونصتان = 2 ounces).
    pub dual: bool,
}

fn u(unit: &'static str, len: usize) -> Option<UnitRead> {
    Some(UnitRead { unit, factor: 1.0, len, dual: false })
}

/// A currency qualified by a nationality adjective: (currency stem, adjective stems, unit).
const QUALIFIED: &[(&[&str], &[&str], &str)] = &[
    (&["جنيه", "جنيها", "جنيهات"], &["استرليني", "استرلينيه"], "gbp"),
    (&["جنيه", "جنيها", "جنيهات"], &["مصري", "مصريه"], "egp"),
    (&["دينار", "دينارا", "دنانير"], &["كويتي", "كويتيه"], "kwd"),
    (&["دينار", "دينارا", "دنانير"], &["اردني", "اردنيه"], "jod"),
    (&["دينار", "دينارا", "دنانير"], &["عراقي", "عراقيه"], "iqd"),
    (&["دينار", "دينارا", "دنانير"], &["بحريني", "بحرينيه"], "bhd"),
    (&["دينار", "دينارا", "دنانير"], &["ليبي", "ليبيه"], "lyd"),
    (&["دينار", "دينارا", "دنانير"], &["تونسي", "تونسيه"], "tnd"),
    (&["دينار", "دينارا", "دنانير"], &["جزائري", "جزائريه"], "dzd"),
    (&["ليره", "ليرات"], &["لبنانيه", "لبناني"], "lbp"),
    (&["ليره", "ليرات"], &["سوريه", "سوري"], "syp"),
    (&["ليره", "ليرات"], &["تركيه", "تركي"], "try"),
    (&["ريال", "ريالا", "ريالات"], &["قطري", "قطريه"], "qar"),
    (&["ريال", "ريالا", "ريالات"], &["سعودي", "سعوديه"], "sar"),
    (&["ريال", "ريالا", "ريالات"], &["عماني", "عمانيه"], "omr"),
    (&["ريال", "ريالا", "ريالات"], &["يمني", "يمنيه"], "yer"),
    (&["ريال", "ريالا", "ريالات"], &["ايراني", "ايرانيه"], "irr"),
    (&["درهم", "دراهم"], &["اماراتي", "اماراتيه"], "aed"),
    (&["درهم", "دراهم"], &["مغربي", "مغربيه"], "mad"),
    (&["دولار", "دولارا", "دولارات"], &["امريكي", "اميركي", "امريكيه", "اميركيه"], "usd"),
];

const ISO: &[&str] =
    &["usd", "eur", "gbp", "kwd", "lbp", "egp", "qar", "sar", "jod", "aed", "iqd", "syp", "try", "omr", "bhd", "mad", "tnd", "dzd", "lyd", "ils", "irr", "yer", "chf", "jpy", "cny", "rub"];

/// Currency symbols, before or after the number.
pub fn symbol(t: &str) -> Option<UnitRead> {
    match t {
        "$" => u("dollar", 1),
        "€" => u("eur", 1),
        "£" => u("pound", 1),
        "¢" => u("cent", 1),
        _ => None,
    }
}

/// The unit at token `k`, if any.
pub fn unit_at(c: &Ctx, k: usize) -> Option<UnitRead> {
    if k >= c.end {
        return None;
    }
    let raw = c.toks[k].text(c.raw);
    if let Some(s) = symbol(raw) {
        return Some(s);
    }
    // loanwords lose a first letter to the clitic splitter (فهرنهايت → ف+هرنهايت): try the whole token too
    let s0 = if word_unit(c.stem(k)) { c.stem(k) } else { c.full(k) };
    let s1 = if word_unit(c.stem(k + 1)) { c.stem(k + 1) } else { c.full(k + 1) };
    let s2 = c.stem(k + 2);
    if c.toks[k].kind == isnad_text::TokenKind::Latin {
        if raw.bytes().all(|b| b.is_ascii_uppercase()) {
            if let Some(code) = ISO.iter().find(|x| x.eq_ignore_ascii_case(raw)) {
                return u(code, 1);
            }
        }
        if raw == "c" {
            return u("cent", 1);
        }
    }
    // ج.م: Egyptian pounds
    if s0 == "ج" && c.full(k + 1) == "." && c.stem(k + 2) == "م" {
        return u("egp", 3 + usize::from(c.full(k + 3) == "."));
    }
    let r = match s0 {
        "دولار" | "دولارا" | "دولارات" => u("dollar", 1),
        "سنت" | "سنتات" | "سينت" | "سينتات" => u("cent", 1),
        "يورو" | "اورو" => u("eur", 1),
        "جنيه" | "جنيها" | "جنيهات" => u("pound", 1),
        "شيقل" | "شواقل" | "شيكل" | "شيكلات" => u("ils", 1),
        "ريال" | "ريالا" | "ريالات" => u("riyal", 1),
        "ليره" | "ليرات" => u("lira", 1),
        "دينار" | "دينارا" | "دنانير" => u("dinar", 1),
        "درهم" | "دراهم" => u("dirham", 1),
        "غرام" | "جرام" | "غم" | "جم" | "غراما" | "جراما" | "غرامات" | "جرامات" => u("gram", 1),
        "كيلوغرام" | "كيلوجرام" | "كغ" | "كجم" | "كيلوغراما" | "كيلوجراما" => Some(UnitRead { unit: "gram", factor: 1000.0, len: 1, dual: false }),
        "ملغ" | "ملج" | "مليغرام" | "مليجرام" | "ملغم" => Some(UnitRead { unit: "gram", factor: 0.001, len: 1, dual: false }),
        "طن" | "اطنان" => u("tonne", 1),
        "اونصه" | "اونصات" => u("ounce", 1),
        "اونصتان" | "اونصتين" => Some(UnitRead { unit: "ounce", factor: 1.0, len: 1, dual: true }),
        "كوب" | "اكواب" => u("cup", 1),
        "كوبان" | "كوبين" => Some(UnitRead { unit: "cup", factor: 1.0, len: 1, dual: true }),
        "كيلو" if s1 == "متر" || s1 == "مترا" => {
            if matches!(s2, "مربع" | "مربعا") {
                u("km2", 3)
            } else {
                u("km", 2)
            }
        }
        "كيلومتر" | "كيلومترا" | "كيلومترات" | "كلم" | "كم" => {
            if matches!(s1, "مربع" | "مربعا") {
                u("km2", 2)
            } else {
                u("km", 1)
            }
        }
        "متر" | "مترا" | "امتار" => {
            if matches!(s1, "مربع" | "مربعا") {
                u("m2", 2)
            } else {
                u("m", 1)
            }
        }
        "هكتار" | "هكتارا" | "هكتارات" => u("hectare", 1),
        "سلزيوس" | "سيلسيوس" => u("celsius", 1),
        "فهرنهايت" | "فهرنهيت" => u("fahrenheit", 1),
        "درجه" | "درجات" => match s1 {
            "سلزيوس" | "سيلسيوس" => u("celsius", 2),
            "فهرنهايت" | "فهرنهيت" => u("fahrenheit", 2),
            "مئويه" => u("degree", 2),
            _ => u("degree", 1),
        },
        "درجتان" | "درجتين" => Some(UnitRead { unit: "degree", factor: 1.0, len: 1, dual: true }),
        "°" => match s1 {
            "سلزيوس" | "سيلسيوس" => u("celsius", 2),
            "فهرنهايت" | "فهرنهيت" => u("fahrenheit", 2),
            _ => u("degree", 1),
        },
        _ => None,
    };
    // a currency name may be qualified by a nationality: دينار كويتي, ليرة سورية
    if r.is_some_and(|x| matches!(x.unit, "dollar" | "pound" | "dinar" | "lira" | "riyal" | "dirham")) {
        for (cur, adj, unit) in QUALIFIED {
            if cur.contains(&s0) && adj.contains(&s1) {
                return u(unit, 2);
            }
        }
    }
    r
}

fn word_unit(k: &str) -> bool {
    matches!(k, "سلزيوس" | "سيلسيوس" | "فهرنهايت" | "فهرنهيت" | "درجه" | "درجات" | "دولار" | "دولارا" | "دولارات")
}

/// A unit that appears on its own and counts one (or two, for a dual): كغ, أونصتان, درجتين.
pub fn standalone(c: &Ctx, k: usize) -> Option<UnitRead> {
    let r = unit_at(c, k)?;
    let alone_ok = r.dual || (r.unit == "gram" && r.factor == 1000.0);
    alone_ok.then_some(r)
}
