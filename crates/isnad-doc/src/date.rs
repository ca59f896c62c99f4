//! A small proleptic-Gregorian calendar date; enough for news (no time zones, no chrono).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub y: i32,
    pub m: u8,
    pub d: u8,
}

/// Granularity of a time value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grain {
    Second,
    Minute,
    Hour,
    PartOfDay,
    Day,
    Week,
    Month,
    Year,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::PartOfDay => "part-of-day",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Year => "year",
        }
    }
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(y: i32, m: u8, d: u8) -> Option<Date> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some(Date { y, m, d })
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Date { y, m, d }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    /// Parse `YYYY-MM-DD`, ignoring anything after the date (a time, a zone).
    pub fn parse_iso_prefix(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(s.get(0..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?, s.get(8..10)?.parse().ok()?)
    }
}

/// The tabular (arithmetical) Islamic calendar: Hijri year, month, day → Gregorian date.
/// Official Umm al-Qura dates can differ from the tabular ones by a day or two; the value layer
/// uses [`crate::umm_al_qura_to_gregorian`] and falls back to this outside its range.
pub fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || y < 1 {
        return None;
    }
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    // days since the Hijri epoch (1 Muharram 1 AH = 622-07-16 Julian = 622-07-19 proleptic Gregorian)
    let days = d + (295 * (m - 1) + 9) / 10 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) - 1;
    Some(Date::from_days(days + Date { y: 622, m: 7, d: 19 }.days()))
}

/// Gregorian date → tabular Hijri (year, month, day).
pub fn gregorian_to_hijri(g: Date) -> (i32, u8, u8) {
    let mut y = ((g.days() - Date { y: 622, m: 7, d: 19 }.days()) * 30 / 10631 + 1) as i32;
    while hijri_to_gregorian(y + 1, 1, 1).is_some_and(|s| s <= g) {
        y += 1;
    }
    while hijri_to_gregorian(y, 1, 1).is_some_and(|s| s > g) {
        y -= 1;
    }
    let mut m = 1u8;
    while m < 12 && hijri_to_gregorian(y, m + 1, 1).is_some_and(|s| s <= g) {
        m += 1;
    }
    let start = hijri_to_gregorian(y, m, 1).map_or(0, |s| s.days());
    (y, m, (g.days() - start + 1) as u8)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn roundtrip_and_weekday() {
        let d = Date::new(2019, 3, 20).unwrap();
        assert_eq!(d.weekday(), 3); // Wednesday
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.add_days(-2).to_string(), "2019-03-18");
        assert_eq!(Date::new(2019, 2, 29), None);
        assert_eq!(Date::parse_iso_prefix("2015-07-21 02:51:32"), Date::new(2015, 7, 21));
    }

    #[test]
    fn hijri_round_trip() {
        // 14 Ramadan 1432 and 10 Dhu al-Hijjah 1434 in the tabular calendar
        assert_eq!(hijri_to_gregorian(1432, 9, 14).unwrap().to_string(), "2011-08-14");
        assert_eq!(hijri_to_gregorian(1434, 12, 10).unwrap().to_string(), "2013-10-15");
        for days in (0..20_000).step_by(37) {
            let g = Date::new(1990, 1, 1).unwrap().add_days(days);
            let (y, m, d) = gregorian_to_hijri(g);
            assert_eq!(hijri_to_gregorian(y, m, d), Some(g));
        }
    }
}
