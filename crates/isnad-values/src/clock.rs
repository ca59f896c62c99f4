//! Clock times, day-of-month ordinals, months named by number, Hijri dates and holidays.
//! Helpers for `times::at`; each returns `(end token, …)` so the caller builds the expression.

use crate::times::Ctx;
use crate::Direction;
use isnad_doc::{hijri_to_gregorian, Date};

/// Feminine ordinal or cardinal hour words: الثالثة, ثلاثة, الحادية عشرة, الثانية عشر.
pub fn hour_word(c: &Ctx, i: usize) -> Option<(u8, usize)> {
    let st = c.stem(i);
    let bare = st.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(st);
    let base: Option<u8> = match bare {
        "واحده" | "اولي" => Some(1),
        "ثانيه" | "اثنتين" | "اثنين" | "اثنتان" => Some(2),
        "ثالثه" | "ثلاثه" | "ثلاث" => Some(3),
        "رابعه" | "اربعه" | "اربع" => Some(4),
        "خامسه" | "خمسه" | "خمس" => Some(5),
        "سادسه" | "سته" | "ست" => Some(6),
        "سابعه" | "سبعه" | "سبع" => Some(7),
        "ثامنه" | "ثمانيه" | "ثمان" => Some(8),
        "تاسعه" | "تسعه" | "تسع" => Some(9),
        "عاشره" | "عشره" | "عشر" => Some(10),
        "حاديه" | "احدي" => Some(1),
        _ => None,
    };
    let b = base?;
    if matches!(c.stem(i + 1), "عشر" | "عشره") && b <= 2 {
        return Some((10 + b, 2));
    }
    if b == 1 && bare == "حاديه" {
        return None;
    }
    Some((b, 1))
}

/// Minutes spelled after the hour: وربع, ونصف, وثلث, الا ربع, و18 دقيقة, وخمسة عشر دقيقة.
/// Returns (signed minutes, tokens used).
fn minutes_after(c: &Ctx, k: usize) -> Option<(i32, usize)> {
    let f = c.full(k);
    let frac = |w: &str| match w {
        "ربع" | "ربعا" => Some(15),
        "نصف" | "نص" => Some(30),
        "ثلث" | "ثلثا" => Some(20),
        _ => None,
    };
    if let Some(w) = f.strip_prefix('و') {
        if let Some(m) = frac(w) {
            return Some((m, 1));
        }
    }
    if f == "و" {
        if let Some(m) = frac(c.full(k + 1)) {
            return Some((m, 2));
        }
    }
    if matches!(f, "الا" | "إلا") {
        if let Some(m) = frac(c.full(k + 1)) {
            return Some((-m, 2));
        }
    }
    // و + number [دقيقة]
    let (start, skip) = if f == "و" {
        (k + 1, 1)
    } else if f.starts_with('و') {
        (k, 0)
    } else {
        return None;
    };
    let (v, n) = crate::numbers::number_at_pub(c, start)?;
    if !(1.0..60.0).contains(&v) || v.fract() != 0.0 {
        return None;
    }
    let mut used = skip + n;
    if matches!(c.stem(start + n), "دقيقه" | "دقائق") {
        used += 1;
    }
    Some((v as i32, used))
}

/// Day-part markers after a clock time: true = after noon.
fn day_part(c: &Ctx, k: usize) -> Option<(bool, usize)> {
    let two = (c.full(k), c.full(k + 1));
    Some(match two {
        ("بعد", "الظهر" | "العصر" | "المغرب" | "الظهيره") => (true, 2),
        ("قبل", "الظهر" | "المغرب") => (two.1 == "المغرب", 2),
        ("هذا", "الصباح") => (false, 2),
        ("هذه", "الليله") => (true, 2),
        _ => match c.stem(k) {
            "صباحا" | "صباح" | "الصبح" | "صبحا" | "فجرا" | "الفجر" => (false, 1),
            "عصرا" | "العصر" | "مساء" | "مساءا" | "مساءً" | "ليلا" | "المغرب" | "العشاء" | "ظهرا" => (true, 1),
            _ => match c.full(k) {
                "صباحا" | "الصبح" | "فجرا" | "الفجر" => (false, 1),
                "عصرا" | "العصر" | "مساء" | "مساءا" | "ليلا" | "المغرب" | "العشاء" | "ظهرا" => (true, 1),
                _ => return None,
            },
        },
    })
}

/// A clock time at token `i`. Returns (end, hour, minute, second, grain is minute-or-finer).
pub fn clock_at(c: &Ctx, i: usize, now: Option<(u8, u8, u8)>) -> Option<(usize, (u8, u8, u8), u8)> {
    let mut k = i;
    while matches!(c.full(k), "عند" | "حوالي" | "بحدود" | "قرابه" | "في") {
        k += 1;
    }
    let cue = c.full(k) == "الساعه";
    if cue {
        k += 1;
    }
    // HH:MM(:SS)
    let h: u8;
    let (mut m, mut s, mut precision) = (0i32, 0u8, 0u8);
    let colon = c.int(k).is_some() && c.full(k + 1) == ":" && c.int(k + 2).is_some();
    if colon {
        h = c.int(k)? as u8;
        m = c.int(k + 2)? as i32;
        precision = 1;
        k += 3;
        if c.full(k) == ":" && c.int(k + 1).is_some() {
            s = c.int(k + 1)? as u8;
            precision = 2;
            k += 2;
        }
    } else if let Some(v) = c.int(k).filter(|v| (0..=24).contains(v)) {
        if !cue {
            return None;
        }
        h = v as u8;
        k += 1;
    } else if let Some((v, n)) = hour_word(c, k) {
        h = v;
        k += n;
    } else {
        return None;
    }
    if !colon {
        if let Some((mm, n)) = minutes_after(c, k) {
            m = mm;
            precision = 1;
            k += n;
        }
    }
    let part = day_part(c, k);
    if let Some((_, n)) = part {
        k += n;
    }
    // without الساعة, a colon or a day-part marker, a bare number or word is not a time
    if !cue && !colon && part.is_none() {
        return None;
    }
    if h > 24 || m.abs() >= 60 || s >= 60 {
        return None;
    }
    // "الا ربع": minutes before the hour
    let mut total = i32::from(h) * 60 + m;
    let pm = part.map(|p| p.0);
    let h12 = h <= 12;
    if h12 {
        match pm {
            Some(true) if h < 12 => total += 12 * 60,
            Some(false) if h == 12 && m >= 0 => total -= 12 * 60,
            None => {
                // the next occurrence after now (Duckling's reading), or as written without a now
                if let Some((nh, nm, _)) = now {
                    let now_min = i32::from(nh) * 60 + i32::from(nm);
                    if total <= now_min && total + 12 * 60 < 24 * 60 && h < 12 {
                        total += 12 * 60;
                    }
                }
            }
            _ => {}
        }
    }
    let total = total.rem_euclid(24 * 60);
    Some((k, ((total / 60) as u8, (total % 60) as u8, s), precision))
}

/// A month named by its number: شهر 3, شهر ثلاثة, بشهر عشرة, الشهر الثامن.
pub fn month_number(c: &Ctx, i: usize) -> Option<(u8, usize)> {
    if !matches!(c.stem(i), "شهر") && !matches!(c.full(i), "بشهر" | "لشهر") {
        return None;
    }
    let k = i + 1;
    if let Some(v) = c.int(k).filter(|v| (1..=12).contains(v)) {
        return Some((v as u8, 2));
    }
    if let Some((v, n)) = hour_word(c, k).or_else(|| crate::numbers::number_at_pub(c, k).map(|(v, n)| (v as u8, n)).filter(|(v, _)| (1..=12).contains(v))) {
        return Some((v, 1 + n));
    }
    // الشهر الثامن: the month as an ordinal
    let v = crate::numbers::ordinal_pub(c, k)?;
    (1.0..=12.0).contains(&v.0).then_some((v.0 as u8, 1 + v.1))
}

const HIJRI_MONTHS: &[(&str, Option<&str>, u8)] = &[
    ("محرم", None, 1),
    ("صفر", None, 2),
    ("ربيع", Some("الاول"), 3),
    ("ربيع", Some("الثاني"), 4),
    ("ربيع", Some("الاخر"), 4),
    ("جمادي", Some("الاولي"), 5),
    ("جمادي", Some("الاخره"), 6),
    ("جمادي", Some("الثانيه"), 6),
    ("رجب", None, 7),
    ("شعبان", None, 8),
    ("رمضان", None, 9),
    ("شوال", None, 10),
    ("ذو", Some("القعده"), 11),
    ("ذي", Some("القعده"), 11),
    ("ذو", Some("الحجه"), 12),
    ("ذي", Some("الحجه"), 12),
];

/// A Hijri month name at `i`: (month, tokens).
pub fn hijri_month(c: &Ctx, i: usize) -> Option<(u8, usize)> {
    let st = c.stem(i);
    HIJRI_MONTHS.iter().find(|(a, b, _)| *a == st && b.is_none_or(|b| c.full(i + 1) == b)).map(|&(_, b, m)| (m, 1 + usize::from(b.is_some())))
}

/// Is token `k` the Hijri era mark (هـ, ه)?
pub fn hijri_mark(c: &Ctx, k: usize) -> bool {
    matches!(c.full(k), "هـ" | "ه" | "هجري" | "هجريه" | "للهجره")
}

/// Western Easter Sunday (anonymous Gregorian computus).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let cc = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = cc / 4;
    let k = cc % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, month as u8, day as u8)
}

/// Holidays: (first key, second key or None, what). Dates come from the Gregorian calendar or
/// the Umm al-Qura Hijri calendar (the tabular one outside 1300–1600 AH).
pub fn holiday(c: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    let (a, b, d) = (c.full(i), c.full(i + 1), c.full(i + 2));
    Some(match (a, b) {
        ("عيد", "الميلاد") => ("christmas", 2),
        ("عيد", "الفصح") => ("easter", 2),
        ("عيد", "الفطر") => ("eid-al-fitr", 2),
        ("عيد", "الاضحي") => ("eid-al-adha", 2),
        ("راس", "السنه") if d == "الهجريه" => ("hijri-new-year", 3),
        ("راس", "السنه") if matches!(d, "الميلاديه") => ("new-year", 3),
        _ if c.stem(i) == "رمضان" && c.int(i + 1).is_some() => ("ramadan", 1),
        _ => return None,
    })
}

/// The day(s) of a holiday in Gregorian year `y` (first day, last day).
pub fn holiday_in_year(what: &str, y: i32) -> Option<(Date, Date)> {
    let hijri_in = |hm: u8, hd: u8| -> Option<Date> {
        // the Hijri year whose date falls in Gregorian year y (Hijri years are ~11 days shorter)
        let hy0 = ((i64::from(y) - 622) * 33 / 32) as i32;
        (hy0 - 1..=hy0 + 2).filter_map(|hy| isnad_doc::umm_al_qura_to_gregorian(hy, hm, hd).or_else(|| hijri_to_gregorian(hy, hm, hd))).find(|g| g.y == y)
    };
    match what {
        "christmas" => Date::new(y, 12, 25).map(|d| (d, d)),
        "new-year" => Date::new(y, 1, 1).map(|d| (d, d)),
        "easter" => easter(y).map(|d| (d, d)),
        "eid-al-fitr" => hijri_in(10, 1).map(|d| (d, d)),
        "eid-al-adha" => hijri_in(12, 10).map(|d| (d, d)),
        "hijri-new-year" => hijri_in(1, 1).map(|d| (d, d)),
        "ramadan" => {
            let s = hijri_in(9, 1)?;
            let e = hijri_in(10, 1)?.add_days(-1);
            Some((s, e))
        }
        _ => None,
    }
}

/// A holiday without a year: the next occurrence (future) or the last one (past) around the anchor.
pub fn holiday_near(what: &str, anchor: Date, dir: Direction) -> Option<(Date, Date)> {
    let cands: Vec<(Date, Date)> = (anchor.y - 1..=anchor.y + 1).filter_map(|y| holiday_in_year(what, y)).collect();
    match dir {
        Direction::Future => cands.into_iter().find(|r| r.0 >= anchor),
        Direction::Past => cands.into_iter().rev().find(|r| r.0 <= anchor),
    }
}
