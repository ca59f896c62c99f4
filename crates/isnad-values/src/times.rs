//! Time expressions: absolute dates (Gregorian month names in every regional form, numeric
//! dates), weekdays, relative expressions, parts of day and durations, resolved against an
//! anchor date into an inclusive day interval with a grain.

use crate::lexicon::*;
use crate::numbers::strip_article;
use crate::Direction;
use isnad_doc::{Date, Grain, TimeExpr};
use isnad_text::{FastMap, Token, TokenKeys, TokenKind};

/// A time expression over tokens `[start, end)`.
#[derive(Debug, Clone)]
pub struct TimeHit {
    pub start: usize,
    pub end: usize,
    pub expr: TimeExpr,
    pub rule: &'static str,
}

pub(crate) struct Ctx<'a> {
    pub raw: &'a str,
    pub toks: &'a [Token],
    pub keys: &'a TokenKeys,
    pub end: usize,
    /// The anchor's time of day, when known.
    pub now: Option<(u8, u8, u8)>,
    /// The anchor's UTC offset in minutes, when known: a clock stated in another zone is
    /// converted to it.
    pub zone: Option<i16>,
    /// `may_start[i - from]`: token `i` can start a value (see `trigger`); empty = no filter.
    pub may_start: Vec<bool>,
    pub from: usize,
    /// `slices[i - from]`: the full and stem keys of the range's tokens, sliced once (the
    /// matchers read them tens of times per token).
    pub slices: Vec<(&'a str, &'a str)>,
    /// Ordinals and month names read so far, per token of the range (the rules ask for the same
    /// token's several times): `None` not yet read.
    pub ordinals: Memo<Option<(f64, usize)>>,
    pub months: Memo<Option<(u8, usize)>>,
}

/// A per-token memo over a range: `None` where not yet read.
pub(crate) type Memo<T> = std::cell::RefCell<Vec<Option<T>>>;

/// `read()` for token `i`, remembered in `memo` (indexed from `from`).
pub(crate) fn remember<T: Copy>(memo: &Memo<T>, from: usize, i: usize, read: impl FnOnce() -> T) -> T {
    let Some(j) = i.checked_sub(from) else { return read() };
    if let Some(Some(v)) = memo.borrow().get(j) {
        return *v;
    }
    let v = read();
    if let Some(slot) = memo.borrow_mut().get_mut(j) {
        *slot = Some(v);
    }
    v
}

impl<'a> Ctx<'a> {
    /// Can a value mention start at token `i`? (Always true without the prefilter.)
    #[inline]
    pub fn may_start(&self, i: usize) -> bool {
        self.may_start.is_empty() || i.checked_sub(self.from).and_then(|j| self.may_start.get(j)).copied().unwrap_or(false)
    }
    pub fn full(&self, i: usize) -> &'a str {
        match i.checked_sub(self.from) {
            Some(j) => self.slices.get(j).map_or("", |k| k.0),
            // before the range (a look-behind): the text's own token
            None => self.keys.full(i),
        }
    }
    pub fn stem(&self, i: usize) -> &'a str {
        match i.checked_sub(self.from) {
            Some(j) => self.slices.get(j).map_or("", |k| k.1),
            None => self.keys.stem(i),
        }
    }
    /// Integer value of a digits-only number token.
    pub fn int(&self, i: usize) -> Option<i64> {
        if i >= self.end || self.toks[i].kind != TokenKind::Number {
            return None;
        }
        let t = self.toks[i].text(self.raw);
        let mut v: i64 = 0;
        for c in t.chars() {
            v = v.checked_mul(10)?.checked_add(i64::from(isnad_text::digit_value(c)?))?;
        }
        Some(v)
    }
}

/// Month names and cardinal number words, hashed (they are looked up at most tokens).
type WordTables = (FastMap<&'static str, u8>, FastMap<&'static str, i64>);

fn tables() -> &'static WordTables {
    static T: std::sync::OnceLock<WordTables> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut months = FastMap::default();
        for &(k, m) in MONTHS {
            months.entry(k).or_insert(m);
        }
        let mut units = FastMap::default();
        for &(k, v) in UNITS {
            units.entry(k).or_insert(v as i64);
        }
        (months, units)
    })
}

fn month_at(c: &Ctx, i: usize) -> Option<(u8, usize)> {
    remember(&c.months, c.from, i, || month_at_uncached(c, i))
}

fn month_at_uncached(c: &Ctx, i: usize) -> Option<(u8, usize)> {
    let s = c.stem(i);
    if s.is_empty() {
        return None;
    }
    for &(a, b, m) in MONTHS_TWO {
        if s == a && c.full(i + 1) == b {
            return Some((m, 2));
        }
    }
    let months = &tables().0;
    months.get(s).or_else(|| months.get(c.full(i))).map(|&m| (m, 1))
}

/// A weekday written with the article (الجمعة, والخميس); without it only in week phrases.
fn weekday_at(c: &Ctx, i: usize) -> Option<u8> {
    if i >= c.end || !(c.full(i).starts_with("ال") || c.toks[i].prefix(c.raw).ends_with("ال")) {
        return None;
    }
    weekday_any(c, i)
}

fn year_at(c: &Ctx, i: usize) -> Option<(i32, usize)> {
    let y = c.int(i)?;
    if !(1900..=2100).contains(&y) || c.toks[i].text(c.raw).chars().count() != 4 {
        return None;
    }
    let extra = usize::from(matches!(c.full(i + 1), "م" | "ميلادي"));
    Some((y as i32, 1 + extra))
}

/// After a month: skip `(آذار)`, `/كانون الأول` alternatives.
fn skip_alt_month(c: &Ctx, i: usize) -> usize {
    let open = c.full(i);
    if open == "(" || open == "/" || open == "-" {
        let j = i + 1;
        let alt = month_at(c, j).map(|(_, n)| n).or_else(|| (c.full(j) == MONTH_AB).then_some(1));
        if let Some(n) = alt {
            let k = j + n;
            return if open == "(" && c.full(k) == ")" {
                k + 1
            } else if open == "(" {
                i
            } else {
                k
            };
        }
    }
    i
}

fn add_months(d: Date, n: i32) -> Date {
    let m0 = d.y * 12 + i32::from(d.m) - 1 + n;
    Date { y: m0.div_euclid(12), m: (m0.rem_euclid(12) + 1) as u8, d: 1 }
}

fn month_end(d: Date) -> Date {
    add_months(d, 1).add_days(-1)
}

fn expr(kind: &'static str, grain: Grain) -> TimeExpr {
    TimeExpr { kind, grain, resolved: None, offset: None, anchor: None, part_of_day: None, duration: None, clock: None, clock_to: None, parts: None, zone: None }
}

fn relative_day(anchor: Option<Date>, off: i64) -> TimeExpr {
    let mut e = expr("relative", Grain::Day);
    e.offset = Some(off as i32);
    e.anchor = anchor;
    e.resolved = anchor.map(|a| (a.add_days(off), a.add_days(off)));
    e
}

fn part_of_day(k: &str) -> Option<&'static str> {
    Some(match k {
        "فجر" => "dawn",
        "صباح" => "morning",
        "ظهر" | "ظهيره" => "noon",
        "عصر" => "afternoon",
        "مساء" => "evening",
        "ليل" | "ليله" | "ليلا" => "night",
        _ => return None,
    })
}

fn unit_grain(k: &str) -> Option<(Grain, f64)> {
    Some(match k {
        "ثانيه" | "ثواني" | "ثوان" | "لحظه" | "لحظات" => (Grain::Second, 1.0),
        "ثانيتين" | "ثانيتان" => (Grain::Second, 2.0),
        "دقيقه" | "دقائق" => (Grain::Minute, 1.0),
        "دقيقتين" | "دقيقتان" => (Grain::Minute, 2.0),
        "ساعه" | "ساعات" => (Grain::Hour, 1.0),
        "ساعتين" | "ساعتان" => (Grain::Hour, 2.0),
        "يوم" | "يوما" | "ايام" => (Grain::Day, 1.0),
        "يومين" | "يومان" => (Grain::Day, 2.0),
        "اسبوع" | "اسبوعا" | "اسابيع" => (Grain::Week, 1.0),
        "اسبوعين" | "اسبوعان" => (Grain::Week, 2.0),
        "شهر" | "شهرا" | "اشهر" | "شهور" => (Grain::Month, 1.0),
        "شهرين" | "شهران" => (Grain::Month, 2.0),
        "عام" | "عاما" | "اعوام" | "سنه" | "سنوات" | "سنين" => (Grain::Year, 1.0),
        "عامين" | "عامان" | "سنتين" | "سنتان" => (Grain::Year, 2.0),
        _ => return None,
    })
}

fn shift(a: Date, grain: Grain, n: i64) -> (Date, Date) {
    match grain {
        Grain::Second | Grain::Minute | Grain::Hour | Grain::PartOfDay => (a, a),
        Grain::Day => (a.add_days(n), a.add_days(n)),
        Grain::Week => {
            let monday = a.add_days(1 - i64::from(a.weekday()));
            let s = monday.add_days(7 * n);
            (s, s.add_days(6))
        }
        Grain::Month => {
            let s = add_months(a, n as i32);
            (s, month_end(s))
        }
        Grain::Year => {
            let y = a.y + n as i32;
            (Date { y, m: 1, d: 1 }, Date { y, m: 12, d: 31 })
        }
    }
}

/// Go back `n` units from the anchor (for "N days ago" and "the last N weeks").
fn back(a: Date, grain: Grain, n: i64) -> Date {
    match grain {
        Grain::Second | Grain::Minute | Grain::Hour | Grain::PartOfDay => a,
        Grain::Day => a.add_days(-n),
        Grain::Week => a.add_days(-7 * n),
        Grain::Month => {
            let m = add_months(a, -(n as i32));
            Date::new(m.y, m.m, a.d.min(isnad_doc::days_in_month(m.y, m.m))).unwrap_or(m)
        }
        Grain::Year => Date::new(a.y - n as i32, a.m, a.d.min(isnad_doc::days_in_month(a.y - n as i32, a.m))).unwrap_or(a),
    }
}

/// Resolve a day and month with no year against the anchor.
fn infer_year(anchor: Option<Date>, m: u8, d: u8, dir: Direction, past_word: bool, future_word: bool) -> Option<Date> {
    let a = anchor?;
    let this = Date::new(a.y, m, d);
    let past = past_word || (dir == Direction::Past && !future_word);
    match this {
        Some(t) if past && t > a => Date::new(a.y - 1, m, d),
        // looking forward, a day of the anchor's own month stays in it (Duckling's convention:
        // on 12 February, "الأول من شباط" is this 1 February); "المقبل" still moves it on
        Some(t) if !past && t < a && (m != a.m || future_word) => Date::new(a.y + 1, m, d),
        Some(t) => Some(t),
        None => None,
    }
}

/// Small number for "the three past weeks": digits or a number word.
fn small_number(c: &Ctx, i: usize) -> Option<i64> {
    c.int(i).filter(|v| (1..=100).contains(v)).or_else(|| tables().1.get(strip_article(c.stem(i))).copied())
}

pub(crate) fn find(c: &Ctx, start: usize, anchor: Option<Date>, dir: Direction) -> Vec<TimeHit> {
    let mut out = Vec::new();
    let mut i = start;
    while i < c.end {
        if !c.may_start(i) {
            i += 1;
            continue;
        }
        if let Some(mut h) = at(c, i, anchor, dir) {
            // "الخميس الساعة 8", "يوم السبت 21/09 الساعة 1:30 بعد الظهر": a clock after a day
            if h.expr.grain == Grain::Day && h.expr.clock.is_none() && h.expr.kind != "duration" {
                let k = if matches!(c.full(h.end), "،" | "," | "في") { h.end + 1 } else { h.end };
                if let Some((e, clk, prec)) = crate::clock::clock_at(c, k, None) {
                    h.end = e;
                    h.expr.clock = Some(clk);
                    h.expr.grain = clock_grain(clk, prec);
                    // a time zone after the clock: بتوقيت غرينتش, بتوقيت مكة المكرمة
                    if let Some((off, n)) = zone_at(c, h.end) {
                        h.end += n;
                        convert_zone(&mut h.expr, off, c.zone);
                    }
                } else if let Some(r) = at(c, k, anchor, dir).filter(|r| r.rule == "clock-range") {
                    // الخميس من الساعة التاسعة حتى الحادية عشرة: the hours are that day's
                    h.end = r.end;
                    h.expr.clock = r.expr.clock;
                    h.expr.clock_to = r.expr.clock_to;
                    h.expr.grain = r.expr.grain;
                }
            }
            i = h.end.max(i + 1);
            out.push(h);
        } else {
            i += 1;
        }
    }
    out
}

/// `بتوقيت X` / `توقيت X` at `k`: the UTC offset (minutes) of X and the tokens taken. Only zones
/// without daylight saving time are listed (GMT/UTC, Mecca and Riyadh, Baghdad, the Gulf);
/// a city whose offset changes with the season is left alone.
fn zone_at(c: &Ctx, k: usize) -> Option<(i16, usize)> {
    if !matches!(c.full(k), "بتوقيت" | "توقيت") {
        return None;
    }
    let (a, b) = (c.full(k + 1), c.full(k + 2));
    let (off, n) = match (a, b) {
        ("gmt" | "utc" | "غرينتش" | "جرينتش" | "غرينيتش" | "جرينيتش" | "غرنيتش", _) => (0, 1),
        ("مكه", "المكرمه") => (180, 2),
        ("مكه" | "الرياض" | "السعوديه" | "بغداد" | "الكويت" | "الدوحه" | "المنامه", _) => (180, 1),
        ("ابوظبي" | "دبي" | "الامارات" | "مسقط", _) => (240, 1),
        _ => return None,
    };
    Some((off, 1 + n))
}

/// Move a clock stated at UTC offset `from` to the anchor's zone (when known), shifting the day
/// when it crosses midnight; otherwise record the stated zone.
fn convert_zone(e: &mut TimeExpr, from: i16, anchor_zone: Option<i16>) {
    let (Some(to), Some((h, m, s))) = (anchor_zone, e.clock) else {
        e.zone = Some(from);
        return;
    };
    let minutes = i32::from(h) * 60 + i32::from(m) + i32::from(to) - i32::from(from);
    let day_shift = minutes.div_euclid(24 * 60);
    let mm = minutes.rem_euclid(24 * 60);
    e.clock = Some(((mm / 60) as u8, (mm % 60) as u8, s));
    if let Some((a, b)) = e.resolved {
        e.resolved = Some((a.add_days(i64::from(day_shift)), b.add_days(i64::from(day_shift))));
    }
    // converted times are minute-precise (zones differ by minutes, e.g. UTC+3:30)
    if e.grain > Grain::Minute {
        e.grain = Grain::Minute;
    }
}

fn clock_grain(clk: (u8, u8, u8), precision: u8) -> Grain {
    match precision {
        2 => Grain::Second,
        1 => Grain::Minute,
        _ if clk.1 != 0 => Grain::Minute,
        _ => Grain::Hour,
    }
}

/// A month at `k`: a name, `شهر` + name or number, `الشهر الثامن`, or `هذا الشهر` (the anchor's).
fn month_here(c: &Ctx, k: usize, anchor: Option<Date>) -> Option<(u8, usize)> {
    if c.stem(k) == "شهر" {
        if let Some((m, n)) = month_at(c, k + 1) {
            return Some((m, n + 1));
        }
    }
    if let Some(x) = month_at(c, k).or_else(|| crate::clock::month_number(c, k)) {
        return Some(x);
    }
    if matches!(c.full(k), "هذا") && c.full(k + 1) == "الشهر" {
        return anchor.map(|a| (a.m, 2));
    }
    None
}

/// A year at `k`: 2014, سنة 2014, عام 2014, من عام 2014, لعام 2014, السنة القادمة.
fn year_here(c: &Ctx, k: usize, anchor: Option<Date>) -> Option<(i32, usize)> {
    let mut j = k;
    if matches!(c.full(j), "من" | "في") {
        j += 1;
    }
    if let Some((y, n)) = year_at(c, j) {
        return Some((y, j - k + n));
    }
    if matches!(c.stem(j), "عام" | "سنه") || matches!(c.full(j), "لعام" | "بعام" | "لسنه" | "بسنه") {
        if let Some((y, n)) = year_at(c, j + 1) {
            return Some((y, j - k + 1 + n));
        }
    }
    if matches!(c.full(j), "السنه" | "العام") {
        let off = match c.full(j + 1) {
            "القادمه" | "المقبله" | "التاليه" | "القادم" | "المقبل" => 1,
            "الماضيه" | "السابقه" | "الماضي" => -1,
            "الحاليه" | "الحالي" | "الجاري" => 0,
            _ => return None,
        };
        return anchor.map(|a| (a.y + off, j - k + 2));
    }
    None
}

/// A weekday with or without the article (اثنين, الاثنين, والخميس).
fn weekday_any(c: &Ctx, i: usize) -> Option<u8> {
    if matches!(c.stem(i + 1), "عشر" | "عشره") {
        return None;
    }
    let st = c.stem(i);
    let bare = st.strip_prefix("ال").unwrap_or(st);
    Some(match bare {
        "اثنين" => 1,
        "ثلاثاء" | "ثلثاء" | "ثلاثا" => 2,
        "اربعاء" | "اربعا" => 3,
        "خميس" => 4,
        "جمعه" => 5,
        "سبت" => 6,
        "احد" => 7,
        _ => return None,
    })
}

fn week_offset(w: &str) -> Option<i32> {
    Some(match w {
        "الماضي" | "السابق" | "الفائت" | "المنصرم" => -1,
        "الحالي" | "الجاري" => 0,
        "القادم" | "المقبل" | "التالي" | "الجاي" => 1,
        _ => return None,
    })
}

/// Day range within one month, inclusive.
fn day_range(anchor: Option<Date>, dir: Direction, m: u8, d1: u8, d2: u8) -> Option<TimeExpr> {
    let a = infer_year(anchor, m, d1, dir, false, false)?;
    let b = Date::new(a.y, m, d2)?;
    let mut e = expr("date", Grain::Day);
    e.resolved = Some((a, b));
    Some(e)
}

/// A month possibly glued to a preposition (بايلول, لشهر).
fn month_prep(c: &Ctx, k: usize, anchor: Option<Date>) -> Option<(u8, usize)> {
    if let Some(x) = month_here(c, k, anchor) {
        return Some(x);
    }
    let f = c.full(k);
    let rest = f.strip_prefix(['ب', 'ل'])?;
    if rest == "شهر" {
        return month_at(c, k + 1).map(|(m, n)| (m, n + 1));
    }
    MONTHS.iter().find(|(w, _)| *w == rest).map(|&(_, m)| (m, 1))
}

fn nth_in_month(c: &Ctx, i: usize, anchor: Option<Date>, dir: Direction) -> Option<TimeHit> {
    // forms: ORD WEEKDAY | اخر WEEKDAY | WEEKDAY ORD | WEEKDAY الاخير | ORD يوم WEEKDAY | ORD/اخر اسبوع | الاسبوع ORD/الاخير | اخر يوم | اليوم الاخير
    let last_word = |k: usize| matches!(c.full(k), "اخر" | "الاخير" | "الاخيره");
    let ord = |k: usize| crate::numbers::ordinal_pub(c, k).filter(|(v, _)| (1.0..=5.0).contains(v)).map(|(v, n)| (v as i32, n)).or_else(|| if last_word(k) { Some((-1, 1)) } else { None });
    let mut k = i;
    let which: Option<i32>;
    let mut wd: Option<u8> = None;
    let mut unit = "weekday";
    if let Some((n, len)) = ord(k) {
        which = Some(n);
        k += len;
        if c.stem(k) == "يوم" && weekday_any(c, k + 1).is_some() {
            k += 1;
        }
        if let Some(w) = weekday_any(c, k) {
            wd = Some(w);
            k += 1;
        } else if matches!(c.stem(k), "اسبوع") {
            unit = "week";
            k += 1;
        } else if c.stem(k) == "يوم" {
            unit = "day";
            k += 1;
        } else {
            return None;
        }
    } else if let Some(w) = weekday_any(c, k) {
        let (n, len) = ord(k + 1)?;
        wd = Some(w);
        which = Some(n);
        k += 1 + len;
    } else if matches!(c.full(k), "الاسبوع" | "اليوم") {
        let (n, len) = ord(k + 1)?;
        unit = if c.full(k) == "الاسبوع" { "week" } else { "day" };
        which = Some(n);
        k += 1 + len;
    } else {
        return None;
    }
    let which = which?;
    if matches!(c.full(k), "من" | "في") {
        k += 1;
    }
    // the month: a name, شهر N, الشهر التاسع, الشهر القادم
    let (m, y, mut end) = if c.full(k) == "الشهر" && week_offset(c.full(k + 1)).is_some() {
        let off = week_offset(c.full(k + 1))?;
        let a = anchor?;
        let first = add_months(a, off);
        (first.m, Some(first.y), k + 2)
    } else {
        let (m, mn) = month_prep(c, k, anchor)?;
        (m, None, k + mn)
    };
    let y = match y {
        Some(y) => y,
        None => match year_here(c, end, anchor).or_else(|| if c.full(end) == "في" { year_here(c, end + 1, anchor).map(|(y, n)| (y, n + 1)) } else { None }) {
            Some((y, n)) => {
                end += n;
                y
            }
            None => infer_year(anchor, m, 1, dir, false, false).map(|d| d.y)?,
        },
    };
    let first = Date::new(y, m, 1)?;
    let last = month_end(first);
    let mut e = expr("date", Grain::Day);
    let date = match unit {
        "day" => {
            if which == -1 {
                last
            } else {
                Date::new(y, m, which as u8)?
            }
        }
        "week" => {
            e.grain = Grain::Week;
            if which == -1 {
                // the last Monday whose week ends inside the month
                let mut d = last.add_days(-6);
                while d.weekday() != 1 {
                    d = d.add_days(-1);
                }
                d
            } else {
                let mut d = first;
                while d.weekday() != 1 {
                    d = d.add_days(1);
                }
                d.add_days(7 * i64::from(which - 1))
            }
        }
        _ => {
            let w = i64::from(wd?);
            if which == -1 {
                let back = (i64::from(last.weekday()) - w).rem_euclid(7);
                last.add_days(-back)
            } else {
                let fwd = (w - i64::from(first.weekday())).rem_euclid(7);
                first.add_days(fwd + 7 * i64::from(which - 1))
            }
        }
    };
    if date.m != m {
        return None;
    }
    e.resolved = Some((date, date));
    hit(i, end, e, "nth-in-month")
}

fn hit(start: usize, end: usize, expr: TimeExpr, rule: &'static str) -> Option<TimeHit> {
    Some(TimeHit { start, end, expr, rule })
}

fn at(c: &Ctx, i: usize, anchor: Option<Date>, dir: Direction) -> Option<TimeHit> {
    // now
    let now_len = match (c.full(i), c.full(i + 1), c.full(i + 2)) {
        ("في", "هذه", "اللحظه") => 3,
        ("هذه", "اللحظه", _) => 2,
        ("الان" | "حالا" | "الحين", _, _) => 1,
        _ => 0,
    };
    if now_len > 0 {
        let mut e = relative_day(anchor, 0);
        e.grain = Grain::Second;
        e.clock = c.now;
        return hit(i, i + now_len, e, "now");
    }
    // holidays: عيد الفطر [2013], رمضان 2019
    if let Some((what, n)) = crate::clock::holiday(c, i) {
        let mut e = expr("date", Grain::Day);
        let (res, end) = match year_at(c, i + n) {
            Some((y, yn)) => (crate::clock::holiday_in_year(what, y), i + n + yn),
            None => (anchor.and_then(|a| crate::clock::holiday_near(what, a, dir)), i + n),
        };
        if what == "ramadan" && res.is_some() {
            e.kind = "month";
        }
        e.anchor = anchor;
        e.resolved = res;
        if res.is_some() || anchor.is_none() {
            return hit(i, end, e, "holiday");
        }
    }
    // Hijri dates: 14-09-1432 هـ, 14 رمضان 1432 هـ
    if let (Some(d), Some(m)) = (c.int(i), c.int(i + 2)) {
        let sep = c.full(i + 1);
        if (sep == "-" || sep == "/") && c.full(i + 3) == sep {
            if let Some(y) = c.int(i + 4).filter(|y| (1300..=1600).contains(y)) {
                if crate::clock::hijri_mark(c, i + 5) {
                    if let Some(g) = isnad_doc::umm_al_qura_to_gregorian(y as i32, m as u8, d as u8).or_else(|| isnad_doc::hijri_to_gregorian(y as i32, m as u8, d as u8)) {
                        let mut e = expr("date", Grain::Day);
                        e.resolved = Some((g, g));
                        let mut end = i + 6;
                        if c.full(end) == "," || c.full(end) == "،" {
                            end += 1;
                        }
                        if let Some((k, clk, prec)) = crate::clock::clock_at(c, end, None) {
                            e.clock = Some(clk);
                            e.grain = clock_grain(clk, prec);
                            end = k;
                        }
                        return hit(i, end, e, "hijri-date");
                    }
                }
            }
        }
    }
    if let Some(d) = c.int(i).filter(|d| (1..=30).contains(d)) {
        if let Some((m, n)) = crate::clock::hijri_month(c, i + 1) {
            if let Some((y, yn)) = c.int(i + 1 + n).filter(|y| (1300..=1600).contains(y)).map(|y| (y, 1)) {
                if let Some(g) = isnad_doc::umm_al_qura_to_gregorian(y as i32, m, d as u8).or_else(|| isnad_doc::hijri_to_gregorian(y as i32, m, d as u8)) {
                    let mut e = expr("date", Grain::Day);
                    e.resolved = Some((g, g));
                    let end = i + 1 + n + yn + usize::from(crate::clock::hijri_mark(c, i + 1 + n + yn));
                    return hit(i, end, e, "hijri-date");
                }
            }
        }
    }
    // yesterday/tomorrow variants: البارحة, بكرة, يوم غد, يوم أمس, اليوم السابق
    let day_word = |k: usize| -> Option<i64> {
        match c.full(k) {
            "البارحه" | "بارحه" | "امبارح" | "امس" | "الامس" => Some(-1),
            "غدا" | "غد" | "الغد" | "بكره" | "بكرا" => Some(1),
            _ => None,
        }
    };
    {
        let mut k = i;
        let lead = matches!(c.full(k), "يوم" | "اليوم");
        if lead {
            k += 1;
        }
        if matches!(c.full(k), "الذي" | "الي" | "اللي") {
            k += 1;
        }
        // يوم بعد غد, اليوم القبل البارحة, اليوم الي قبل امبارح
        let shift = match c.full(k) {
            "بعد" => Some(1),
            "قبل" | "القبل" => Some(-1),
            _ => None,
        };
        if let Some(sh) = shift {
            if let Some(w) = day_word(k + 1).filter(|w| w.signum() == sh) {
                return hit(i, k + 2, relative_day(anchor, w + sh), "relative-day");
            }
        }
        if lead && k == i + 1 {
            if let Some(w) = day_word(k) {
                return hit(i, k + 1, relative_day(anchor, w), "relative-day");
            }
        }
        if let Some(w) = day_word(i).filter(|_| c.full(i) != "امس" && c.full(i) != "الامس") {
            return hit(i, i + 1, relative_day(anchor, w), "relative-day");
        }
        if c.full(i) == "اليوم" {
            let off = match c.full(i + 1) {
                "الماضي" | "السابق" | "المنصرم" => Some(-1),
                "التالي" => Some(1),
                _ => None,
            };
            if let Some(o) = off {
                return hit(i, i + 2, relative_day(anchor, o), "relative-day");
            }
        }
        if matches!(c.full(i), "هذا") && c.full(i + 1) == "اليوم" || (c.full(i) == "في" && c.full(i + 1) == "هذا" && c.full(i + 2) == "اليوم") {
            let n = if c.full(i) == "في" { 3 } else { 2 };
            return hit(i, i + n, relative_day(anchor, 0), "today");
        }
    }
    // هذا الأسبوع, هذه السنة, هذا الشهر
    if matches!(c.full(i), "هذا" | "هذه") {
        let g = match c.full(i + 1) {
            "الاسبوع" => Some(Grain::Week),
            "الشهر" => Some(Grain::Month),
            "السنه" | "العام" => Some(Grain::Year),
            _ => None,
        };
        if let Some(g) = g {
            let mut e = expr("relative", g);
            e.offset = Some(0);
            e.anchor = anchor;
            e.resolved = anchor.map(|a| shift(a, g, 0));
            return hit(i, i + 2, e, "this-unit");
        }
    }
    // mid / start / early / late month: منتصف اذار, بداية شهر 3, في اوائل اذار, اواخر شهر مارس
    {
        let k = if c.full(i) == "في" { i + 1 } else { i };
        let which = match c.full(k) {
            "منتصف" | "نص" | "نصف" | "اواسط" => Some("mid"),
            "بدايه" | "مطلع" | "اول" | "اوائل" => Some(if c.full(k) == "اوائل" { "early" } else { "start" }),
            "نهايه" | "اخر" | "اواخر" => Some(if c.full(k) == "اواخر" { "late" } else { "end" }),
            _ => None,
        };
        if let Some(w) = which {
            // اخر يوم من شهر, أول يوم في آذار, اخر يوم بشهر عشرة
            let mut k1 = k + 1;
            if matches!(w, "start" | "end") && c.full(k1) == "يوم" {
                k1 += 1 + usize::from(matches!(c.full(k1 + 1), "من" | "في"));
            }
            if let Some((m, n)) = month_here(c, k1, anchor) {
                let mut end = k1 + n;
                let y = match year_here(c, end, anchor) {
                    Some((y, yn)) => {
                        end += yn;
                        Some(y)
                    }
                    None => anchor.map(|a| {
                        if dir == Direction::Future && m < a.m {
                            a.y + 1
                        } else if dir == Direction::Past && m > a.m {
                            a.y - 1
                        } else {
                            a.y
                        }
                    }),
                };
                if let Some(y) = y {
                    let first = Date { y, m, d: 1 };
                    let last = month_end(first);
                    let (a, b, g) = match w {
                        "mid" => (Date { y, m, d: 15 }, Date { y, m, d: 15 }, Grain::Day),
                        "start" => (first, first, Grain::Day),
                        "end" => (last, last, Grain::Day),
                        "early" => (first, Date { y, m, d: 10 }, Grain::Day),
                        _ => (Date { y, m, d: 21 }, last, Grain::Day),
                    };
                    let mut e = expr("date", g);
                    e.resolved = Some((a, b));
                    return hit(i, end, e, "part-of-month");
                }
            }
        }
    }
    // ordinal day of a month: [اليوم] الرابع [يوم] من [شهر] نيسان [2014]; ثالث يوم من شهر عشرة
    {
        let mut k = i;
        if c.full(k) == "اليوم" {
            k += 1;
        }
        let ord = crate::numbers::ordinal_pub(c, k).filter(|(v, _)| (1.0..=31.0).contains(v));
        if let Some((d, n)) = ord {
            let mut j = k + n;
            if c.stem(j) == "يوم" {
                j += 1;
            }
            if c.full(j) == "من" || c.full(j) == "في" {
                j += 1;
            }
            if let Some((m, mn)) = month_here(c, j, anchor) {
                let mut end = j + mn;
                end = skip_alt_month(c, end);
                let past_w = matches!(c.full(end), "الماضي" | "المنصرم");
                let fut_w = matches!(c.full(end), "المقبل" | "القادم");
                let y = match year_here(c, end, anchor) {
                    Some((y, yn)) => {
                        end += yn;
                        Some(y)
                    }
                    None => {
                        end += usize::from(past_w || fut_w);
                        infer_year(anchor, m, d as u8, dir, past_w, fut_w).map(|x| x.y)
                    }
                };
                if let Some(date) = y.and_then(|y| Date::new(y, m, d as u8)) {
                    let mut e = expr("date", Grain::Day);
                    e.resolved = Some((date, date));
                    return hit(i, end, e, "ordinal-day-month");
                }
            }
        }
        // في اول شباط
        if c.full(k) == "اول" {
            if let Some((m, mn)) = month_here(c, k + 1, anchor) {
                if let Some(date) = infer_year(anchor, m, 1, dir, false, false) {
                    let mut e = expr("date", Grain::Day);
                    e.resolved = Some((date, date));
                    return hit(i, k + 1 + mn, e, "first-of-month");
                }
            }
        }
    }
    // day ranges: 13 الى 15 تموز, يوليو 13-15, من 13 تموز الى 15 تموز, من 1-8 شهر ايلول
    {
        let k0 = if c.full(i) == "من" { i + 1 } else { i };
        let range_sep = |k: usize| matches!(c.full(k), "-" | "–" | "الي" | "حتي" | "وحتي");
        let day_at = |k: usize| -> Option<(u8, usize)> {
            c.int(k).filter(|d| (1..=31).contains(d)).map(|d| (d as u8, 1)).or_else(|| crate::numbers::ordinal_pub(c, k).filter(|(v, _)| (1.0..=31.0).contains(v)).map(|(v, n)| (v as u8, n)))
        };
        // MONTH D1 - D2
        if let Some((m, mn)) = month_at(c, k0) {
            if let (Some((d1, n1)), true) = (day_at(k0 + mn), range_sep(k0 + mn + 1)) {
                if let Some((d2, n2)) = day_at(k0 + mn + 1 + n1) {
                    let end = k0 + mn + 1 + n1 + n2;
                    if let Some(e) = day_range(anchor, dir, m, d1, d2) {
                        return hit(i, end, e, "day-range");
                    }
                }
            }
        }
        // D1 [MONTH] - D2 [من] MONTH
        if let Some((d1, n1)) = day_at(k0) {
            let mut k = k0 + n1;
            let m1 = month_here(c, k, anchor);
            if let Some((_, mn)) = m1 {
                k += mn;
            }
            if range_sep(k) {
                if let Some((d2, n2)) = day_at(k + 1) {
                    let mut j = k + 1 + n2;
                    if c.full(j) == "من" {
                        j += 1;
                    }
                    let m2 = month_here(c, j, anchor);
                    if let Some((m, mn)) = m2.or(m1) {
                        let end = if m2.is_some() { j + mn } else { k + 1 + n2 };
                        if d2 > d1 {
                            if let Some(e) = day_range(anchor, dir, m, d1, d2) {
                                return hit(i, end, e, "day-range");
                            }
                        }
                    }
                }
            }
        }
    }
    // weekday qualified by a week: الاحد من الاسبوع الماضي, اثنين الاسبوع الحالي, ثلاثاء الاسبوع الفائت
    if let Some(wd) = weekday_any(c, i) {
        let mut k = i + 1;
        if c.full(k) == "من" {
            k += 1;
        }
        let this = c.full(k) == "هذا";
        if this {
            k += 1;
        }
        if c.full(k) == "الاسبوع" {
            let off = if this { Some(0) } else { week_offset(c.full(k + 1)) };
            if let Some(off) = off {
                let end = if this { k + 1 } else { k + 2 };
                let mut e = expr("weekday", Grain::Day);
                e.anchor = anchor;
                e.resolved = anchor.map(|a| {
                    let monday = a.add_days(1 - i64::from(a.weekday()) + 7 * i64::from(off));
                    let d = monday.add_days(i64::from(wd) - 1);
                    (d, d)
                });
                return hit(i, end, e, "weekday-of-week");
            }
        }
    }
    // nth or last weekday of a month: اخر اثنين من شهر اذار, الثلاثاء الثالث من شهر ايلول 2014,
    // ثالث ثلاثاء في ايلول; and first/last week or day of a month
    if let Some(h) = nth_in_month(c, i, anchor, dir) {
        return Some(h);
    }
    // a week ago: قبل اسبوع, من اسبوع
    if matches!(c.full(i), "قبل" | "من" | "منذ") {
        if let Some((g, _)) = unit_grain(c.stem(i + 1)).filter(|&(g, n)| n == 1.0 && g >= Grain::Day && matches!(c.full(i + 1), "اسبوع" | "يوم" | "شهر" | "عام" | "سنه")) {
            let mut e = expr("relative", Grain::Day);
            e.anchor = anchor;
            e.offset = None;
            e.resolved = anchor.map(|a| {
                let d = back(a, g, 1);
                (d, d)
            });
            if anchor.is_some() {
                return hit(i, i + 2, e, "ago-one");
            }
        }
    }
    // M/YYYY: the first of that month
    if let (Some(m), Some(y)) = (c.int(i), c.int(i + 2)) {
        if c.full(i + 1) == "/" && (1..=12).contains(&m) && (1900..=2100).contains(&y) && c.full(i + 3) != "/" {
            if let Some(d) = Date::new(y as i32, m as u8, 1) {
                let mut e = expr("date", Grain::Day);
                e.resolved = Some((d, d));
                return hit(i, i + 3, e, "month-slash-year");
            }
        }
    }
    // clock ranges: من الساعة 3 الى الساعة 4 بعد العصر; حتى الساعة 2:00
    {
        let k0 = if c.full(i) == "من" { i + 1 } else { i };
        if k0 > i || c.full(i) == "الساعه" {
            if let Some((e1, clk1, _)) = crate::clock::clock_at(c, k0, None) {
                let sep = if matches!(c.full(e1), "الي" | "حتي" | "وحتي" | "-") { Some(e1 + 1) } else { None };
                if let Some(k2) = sep {
                    if let Some((e2, clk2, p2)) = crate::clock::clock_at(c, k2, None) {
                        // one marker at the end applies to both ends (3 الى 4 بعد العصر)
                        let (h1, h2) = (clk1.0, clk2.0);
                        let h1 = if h2 >= 12 && h1 < 12 && h1 + 12 <= h2 { h1 + 12 } else { h1 };
                        let mut e = relative_day(anchor, 0);
                        e.kind = "date";
                        e.clock = Some((h1, clk1.1, 0));
                        let to = (u32::from(h2) * 60 + u32::from(clk2.1) + if p2 == 0 && clk2.1 == 0 { 60 } else { 0 }) % (24 * 60);
                        e.clock_to = Some(((to / 60) as u8, (to % 60) as u8, 0));
                        e.grain = if p2 == 0 && clk1.1 == 0 { Grain::Hour } else { Grain::Minute };
                        return hit(i, e2, e, "clock-range");
                    }
                }
            }
        }
        if c.full(i) == "حتي" {
            if let (Some((e1, clk, _)), Some(now)) = (crate::clock::clock_at(c, i + 1, c.now), c.now) {
                let mut e = relative_day(anchor, 0);
                e.kind = "date";
                e.clock = Some(now);
                e.clock_to = Some(clk);
                e.grain = Grain::Second;
                return hit(i, e1, e, "until-clock");
            }
        }
    }
    // a clock time on its own: الساعة 3 صباحا, 15:15, الثالثة وربع بعد الظهر
    if let Some((e_tok, clk, prec)) = crate::clock::clock_at(c, i, c.now) {
        let mut e = relative_day(anchor, 0);
        e.kind = "date";
        e.clock = Some(clk);
        e.grain = clock_grain(clk, prec);
        return hit(i, e_tok, e, "clock");
    }
    // part of day prefix: صباح أمس, ليل أول من أمس, مساء الجمعة
    if let Some(p) = part_of_day(c.stem(i)) {
        if let Some(mut h) = at(c, i + 1, anchor, dir).filter(|h| matches!(h.expr.kind, "relative" | "weekday" | "date")) {
            h.start = i;
            h.expr.part_of_day = Some(p);
            return Some(h);
        }
    }
    // الليلة (الماضية | قبل الماضية)
    let tonight_lead = c.full(i) == "هذه" && c.full(i + 1) == "الليله";
    if tonight_lead && !matches!(c.full(i + 2), "الماضيه" | "قبل") {
        let mut e = relative_day(anchor, 0);
        e.part_of_day = Some("night");
        e.clock = Some((18, 0, 0));
        e.clock_to = Some((0, 0, 0));
        e.grain = Grain::Hour;
        e.resolved = anchor.map(|a| (a, a.add_days(1)));
        return hit(i, i + 2, e, "tonight");
    }
    if c.full(i) == "الليله" {
        let (off, n) = if c.full(i + 1) == "قبل" && c.full(i + 2) == "الماضيه" {
            (-2, 3)
        } else if c.full(i + 1) == "الماضيه" {
            (-1, 2)
        } else {
            (0, 1)
        };
        let mut e = relative_day(anchor, off);
        e.part_of_day = Some("night");
        if off == 0 {
            // tonight: 18:00 until midnight
            e.clock = Some((18, 0, 0));
            e.clock_to = Some((0, 0, 0));
            e.grain = Grain::Hour;
            e.resolved = anchor.map(|a| (a, a.add_days(1)));
        }
        return hit(i, i + n, e, "relative-night");
    }
    // ساعات الصباح الأولى
    if c.stem(i) == "ساعات" && c.full(i + 1) == "الصباح" && c.full(i + 2) == "الاولي" {
        let mut e = expr("part-of-day", Grain::PartOfDay);
        e.part_of_day = Some("early-morning");
        return hit(i, i + 3, e, "early-morning");
    }
    // أول من أمس / أول أمس
    if c.full(i) == "اول" || c.stem(i) == "اول" && c.full(i) != "الاول" {
        if c.full(i + 1) == "من" && c.stem(i + 2) == "امس" {
            return hit(i, i + 3, relative_day(anchor, -2), "day-before-yesterday");
        }
        if c.stem(i + 1) == "امس" {
            return hit(i, i + 2, relative_day(anchor, -2), "day-before-yesterday");
        }
    }
    match c.stem(i) {
        "امس" => return hit(i, i + 1, relative_day(anchor, -1), "yesterday"),
        "غدا" => return hit(i, i + 1, relative_day(anchor, 1), "tomorrow"),
        "يوم" if c.full(i) == "اليوم" && !matches!(c.full(i + 1), "التالي" | "السابق" | "نفسه" | "الاول") => return hit(i, i + 1, relative_day(anchor, 0), "today"),
        _ => {}
    }
    if c.full(i) == "بعد" && c.full(i + 1) == "غد" {
        return hit(i, i + 2, relative_day(anchor, 2), "after-tomorrow");
    }
    // الأسبوع/الشهر/العام الماضي|المقبل|الجاري
    let unit = match c.full(i) {
        "الاسبوع" => Some(Grain::Week),
        "الشهر" => Some(Grain::Month),
        "العام" | "السنه" => Some(Grain::Year),
        _ => None,
    };
    if let Some(g) = unit {
        let off = match c.full(i + 1) {
            "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "السابق" | "السابقه" | "الفائت" | "الفائته" | "الماض" => Some(-1),
            "المقبل" | "المقبله" | "القادم" | "القادمه" | "التالي" | "التاليه" | "الجاي" | "الجايه" => Some(1),
            "الجاري" | "الحالي" | "الحاليه" | "الجاريه" => Some(0),
            _ => None,
        };
        if let Some(off) = off {
            let mut e = expr("relative", g);
            e.offset = Some(off);
            e.anchor = anchor;
            e.resolved = anchor.map(|a| shift(a, g, i64::from(off)));
            return hit(i, i + 2, e, "relative-unit");
        }
        // العام 2012
        if g == Grain::Year {
            if let Some((y, n)) = year_at(c, i + 1) {
                let mut e = expr("year", Grain::Year);
                e.resolved = Some((Date { y, m: 1, d: 1 }, Date { y, m: 12, d: 31 }));
                return hit(i, i + 1 + n, e, "year-cue");
            }
        }
    }
    if matches!(c.stem(i), "عام" | "سنه" | "عامي") {
        if let Some((y, n)) = year_at(c, i + 1) {
            let mut e = expr("year", Grain::Year);
            e.resolved = Some((Date { y, m: 1, d: 1 }, Date { y, m: 12, d: 31 }));
            return hit(i, i + 1 + n, e, "year-cue");
        }
    }
    // الأسابيع (الثلاثة) الماضية / الشهور الثلاثة الأخيرة
    let plural = match c.full(i) {
        "الايام" => Some((Grain::Day, 7)),
        "الاسابيع" => Some((Grain::Week, 3)),
        "الاشهر" | "الشهور" => Some((Grain::Month, 3)),
        "الاعوام" | "السنوات" => Some((Grain::Year, 3)),
        _ => None,
    };
    if let Some((g, default_n)) = plural {
        let (n, j) = match small_number(c, i + 1) {
            Some(n) => (n, i + 2),
            None => (default_n, i + 1),
        };
        if matches!(c.full(j), "الماضيه" | "الاخيره" | "المنصرمه" | "السابقه") {
            let mut e = expr("period", g);
            e.offset = Some(-(n as i32));
            e.anchor = anchor;
            e.resolved = anchor.map(|a| (back(a, g, n), a));
            return hit(i, j + 1, e, if j == i + 1 { "vague-past-period" } else { "past-period" });
        }
        // the coming N whole units, from the next one: الأسابيع الثلاثة المقبلة
        if matches!(c.full(j), "القادمه" | "المقبله" | "التاليه") {
            let mut e = expr("span", g);
            e.offset = Some(n as i32);
            e.anchor = anchor;
            e.resolved = anchor.map(|a| (shift(a, g, 1).0, shift(a, g, n).1));
            return hit(i, j + 1, e, if j == i + 1 { "vague-next-period" } else { "next-period" });
        }
    }
    // منذ / قبل N unit (ago), خلال / في غضون / لمدة N unit (duration)
    let (cue_len, ago) = match c.full(i) {
        "منذ" | "قبل" => (1, true),
        "خلال" | "لمده" | "طيله" | "طوال" => (1, false),
        "في" if c.full(i + 1) == "غضون" => (2, false),
        "غضون" => (1, false),
        _ => (0, false),
    };
    if cue_len > 0 {
        let j = i + cue_len;
        let (n, k) = match (c.int(j).or_else(|| small_number(c, j)), unit_grain(c.stem(j))) {
            (_, Some((g, n))) if n > 1.0 => (Some((n, g)), j + 1), // dual: يومين
            (None, Some(_)) => match one_unit(c, j, true) {
                Some((g, end)) => (Some((1.0, g)), end), // منذ شهر, لمدة أسبوع
                None => (None, j),
            },
            (Some(v), _) => match unit_grain(c.stem(j + 1)) {
                Some((g, _)) => (Some((v as f64, g)), j + 2),
                None => (None, j),
            },
            _ => (None, j),
        };
        if let Some((n, g)) = n {
            if ago {
                // "three weeks ago" names a day, whatever unit counted the distance
                let mut e = expr("relative", if g >= Grain::Day { Grain::Day } else { g });
                e.offset = Some(-(n as i32));
                e.anchor = anchor;
                e.resolved = anchor.map(|a| {
                    let d = back(a, g, n as i64);
                    (d, d)
                });
                if g > Grain::Day {
                    e.offset = e.resolved.zip(anchor).map(|((d, _), a)| (d.days() - a.days()) as i32);
                }
                return hit(i, k, e, "ago");
            }
            let mut e = expr("duration", g);
            e.duration = Some(n);
            return hit(i, k, e, "duration");
        }
    }
    // bare duration: 48 ساعة, خمسة ساعات, يومين (not after a date-ish word)
    if let Some(v) = c.int(i).or_else(|| small_number(c, i)) {
        if let Some((g, _)) = unit_grain(c.stem(i + 1)) {
            if v > 0 && v < 10_000 && c.full(i + 2) != "من" || g == Grain::Hour {
                let mut e = expr("duration", g);
                e.duration = Some(v as f64);
                return hit(i, i + 2, e, "duration");
            }
        }
    }
    if let Some((g, n)) = unit_grain(c.stem(i)).filter(|&(_, n)| n > 1.0) {
        let mut e = expr("duration", g);
        e.duration = Some(n);
        return hit(i, i + 1, e, "duration-dual");
    }
    // weekday, optionally followed by a date
    let (wd, j) = match weekday_at(c, i) {
        Some(w) => (Some(w), if c.full(i + 1) == "," || c.full(i + 1) == "،" { i + 2 } else { i + 1 }),
        None if c.full(i) == "يوم" => match weekday_at(c, i + 1) {
            Some(w) => (Some(w), i + 2),
            None => (None, i),
        },
        None => (None, i),
    };
    // day month [alt] [year]
    if let Some(day) = c.int(j).filter(|d| (1..=31).contains(d)) {
        let m = month_at(c, j + 1).or_else(|| (c.full(j + 1) == MONTH_AB).then_some((8, 1)));
        if let Some((m, n)) = m {
            let mut k = skip_alt_month(c, j + 1 + n);
            if c.full(k) == "," || c.full(k) == "،" {
                // "6 يناير، 2015": a year after a comma still belongs to the date
                if year_at(c, k + 1).is_some() {
                    k += 1;
                }
            }
            let year = year_at(c, k).or_else(|| if matches!(c.stem(k), "عام" | "سنه") { year_at(c, k + 1).map(|(y, n)| (y, n + 1)) } else { None });
            let past_w = matches!(c.full(k), "الماضي" | "المنصرم");
            let fut_w = matches!(c.full(k), "المقبل" | "القادم");
            let mut e = expr("date", Grain::Day);
            let (date, end) = match year {
                Some((y, n)) => (Date::new(y, m, day as u8), k + n),
                None => (infer_year(anchor, m, day as u8, dir, past_w, fut_w), k + usize::from(past_w || fut_w)),
            };
            if year.is_none() {
                e.anchor = anchor;
            }
            // A stated weekday that contradicts the date is kept but lowers confidence (rule name says so).
            let consistent = match (wd, date) {
                (Some(w), Some(d)) => d.weekday() == w,
                _ => true,
            };
            e.resolved = date.map(|d| (d, d));
            e.parts = Some((year.map(|y| y.0), m, day as u8, wd));
            let rule = match (year.is_some(), consistent) {
                (true, true) => "day-month-year",
                (false, true) => "day-month",
                (_, false) => "day-month-weekday-mismatch",
            };
            return hit(i, end, e, rule);
        }
    }
    // D/M after a weekday (يوم السبت 21/09): the year from the anchor
    if wd.is_some() && j > i {
        if let (Some(d), Some(m)) = (c.int(j), c.int(j + 2)) {
            if c.full(j + 1) == "/" && c.full(j + 3) != "/" && (1..=31).contains(&d) && (1..=12).contains(&m) {
                if let Some(date) = infer_year(anchor, m as u8, d as u8, dir, false, false) {
                    let mut e = expr("date", Grain::Day);
                    e.resolved = Some((date, date));
                    return hit(i, j + 3, e, "weekday-day-month");
                }
            }
        }
    }
    // numeric dates: D/M/YYYY and YYYY-MM-DD
    if let (Some(a), Some(b)) = (c.int(i), c.int(i + 2)) {
        let sep = c.full(i + 1);
        if (sep == "/" || sep == "-" || sep == ".") && c.full(i + 3) == sep {
            if let Some(z) = c.int(i + 4) {
                let d = if (1900..=2100).contains(&a) {
                    Date::new(a as i32, b as u8, z as u8)
                } else if (1900..=2100).contains(&z) {
                    Date::new(z as i32, b as u8, a as u8)
                } else {
                    None
                };
                if let Some(d) = d {
                    let mut e = expr("date", Grain::Day);
                    e.resolved = Some((d, d));
                    return hit(i, i + 5, e, "numeric-date");
                }
            }
        }
    }
    // month + year, or month with a relative word
    if let Some((m, n)) = month_at(c, i) {
        let k = skip_alt_month(c, i + n);
        if let Some((y, yn)) = year_at(c, k) {
            let s = Date { y, m, d: 1 };
            let mut e = expr("month", Grain::Month);
            e.resolved = Some((s, month_end(s)));
            return hit(i, k + yn, e, "month-year");
        }
        let rel = match c.full(k) {
            "الماضي" | "المنصرم" => Some(true),
            "المقبل" | "القادم" => Some(false),
            _ => None,
        };
        if rel.is_some() || k > i + n || matches!(c.full(i.wrapping_sub(1)), "شهر" | "في" | "منذ" | "خلال") {
            let past = rel.unwrap_or(dir == Direction::Past);
            let mut e = expr("month", Grain::Month);
            e.anchor = anchor;
            e.resolved = anchor.map(|a| {
                let y = if past && m > a.m {
                    a.y - 1
                } else if !past && m < a.m {
                    a.y + 1
                } else {
                    a.y
                };
                let s = Date { y, m, d: 1 };
                (s, month_end(s))
            });
            return hit(i, k + usize::from(rel.is_some()), e, "month");
        }
    }
    if let Some(w) = wd {
        let after = c.full(i + 1 + usize::from(c.full(i) == "يوم"));
        let strict = match after {
            "الماضي" | "السابق" | "الفائت" => Some(Direction::Past),
            "المقبل" | "القادم" => Some(Direction::Future),
            _ => None,
        };
        let d = strict.unwrap_or(dir);
        let mut e = expr("weekday", Grain::Day);
        e.anchor = anchor;
        e.resolved = anchor.map(|a| {
            let aw = i64::from(a.weekday());
            let w = i64::from(w);
            let mut off = if d == Direction::Past { -((aw - w).rem_euclid(7)) } else { (w - aw).rem_euclid(7) };
            // news reads today's weekday as today; the future convention means the next one
            if off == 0 && (strict.is_some() || d == Direction::Future) {
                off = if d == Direction::Past { -7 } else { 7 };
            }
            (a.add_days(off), a.add_days(off))
        });
        e.offset = e.resolved.zip(anchor).map(|((d, _), a)| (d.days() - a.days()) as i32);
        let end = i + 1 + usize::from(c.full(i) == "يوم") + usize::from(strict.is_some());
        return hit(i, end, e, "weekday");
    }
    // one unit on its own: استمر القتال شهراً, بعد أسبوع, لحظة
    if let Some((g, end)) = one_unit(c, i, false) {
        // 5 شهر is a count's, كل شهر a frequency, 318 ميغابت/ثانية a rate
        let after_count_or_every = i > 0 && (c.toks[i - 1].kind == TokenKind::Number || matches!(c.full(i - 1), "كل" | "وكل" | "/"));
        let head_before = i > 0 && c.toks[i - 1].kind != TokenKind::Punct;
        // ثانية after a word is usually the ordinal adjective (مرة ثانية); only a ثانية with no
        // word before it to qualify is the unit
        if !after_count_or_every && (c.full(i) != "ثانيه" || !head_before) {
            let mut e = expr("duration", g);
            e.duration = Some(1.0);
            return hit(i, end, e, "duration-one");
        }
    }
    None
}

/// A singular time unit standing for one of itself at `j` (indefinite, not the head of a
/// construct such as شهر رمضان or يوم الجمعة), optionally followed by واحد: (grain, end).
/// With `cued` (after خلال, لمدة, منذ…) every unit counts; on its own only the forms that are not
/// also common adjectives or adverbs (عام "general", دقيقة "precise", سنة "Sunna", يوماً "ever") do.
fn one_unit(c: &Ctx, j: usize, cued: bool) -> Option<(Grain, usize)> {
    if j >= c.end || c.full(j) != c.stem(j) {
        return None;
    }
    let k = c.full(j);
    // يوماً and عاماً alone are as often "ever" (لم يحدث يوماً) or "one day" as a span of time
    let always = matches!(k, "لحظه" | "اسبوع" | "اسبوعا" | "شهر" | "شهرا" | "ثانيه");
    if !(always || (cued && matches!(k, "دقيقه" | "ساعه" | "يوم" | "يوما" | "عام" | "عاما" | "سنه"))) {
        return None;
    }
    let (g, n) = unit_grain(k)?;
    if n != 1.0 {
        return None;
    }
    let mut end = j + 1;
    if matches!(c.full(end), "واحد" | "واحده" | "واحدا") {
        end += 1;
    }
    let free = end >= c.end || c.toks[end].kind == TokenKind::Punct || matches!(c.full(end), "و" | "او" | "من" | "في" | "علي" | "الي" | "حتي" | "ثم" | "فقط");
    free.then_some((g, end))
}
