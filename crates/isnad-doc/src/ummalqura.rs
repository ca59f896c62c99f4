//! The Umm al-Qura calendar, Saudi Arabia's official Hijri calendar, computed from its published
//! rule rather than copied from a table: a month begins on the day after the 29th when, on that
//! day at Mecca, the geocentric conjunction falls before sunset and the moon sets after the sun;
//! otherwise the month has 30 days. (The rule has been in force since 1423 AH; earlier years
//! of the official calendar followed other criteria, so dates before 1423 AH may differ by a day.)
//!
//! The astronomy is low precision on purpose and follows the published series in Jean Meeus,
//! *Astronomical Algorithms* (2nd ed., 1998): mean new moon with its main periodic terms (ch. 49),
//! the solar position (ch. 25) and the larger terms of the lunar theory (ch. 47). The new moon is
//! good to about a minute and set times to a minute or two, enough for a criterion decided by
//! which of two set times comes first except in the rare days when they are minutes apart.

use crate::date::Date;

/// Mecca: latitude and east longitude in degrees, and its UTC offset in days.
const LAT: f64 = 21.4225;
const LON: f64 = 39.8262;
const UTC_OFFSET: f64 = 3.0 / 24.0;
/// TT − UT in days (about 69 s in the 2010s); it shifts the conjunction by a minute at most.
const DELTA_T: f64 = 69.0 / 86_400.0;
/// Julian day of 1970-01-01 00:00 UT (the epoch of [`Date::days`]).
const JD_UNIX: f64 = 2_440_587.5;

fn sin_d(x: f64) -> f64 {
    x.to_radians().sin()
}
fn cos_d(x: f64) -> f64 {
    x.to_radians().cos()
}

/// Julian day (UT) of the new moon with lunation number `k` (k = 0 is the January 2000 one).
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = 2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t2 - 0.000_000_150 * t3 + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let m = 2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3;
    let mp = 201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4;
    let f = 160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4;
    let om = 124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3;
    let corr = -0.40720 * sin_d(mp) + 0.17241 * e * sin_d(m) + 0.01608 * sin_d(2.0 * mp) + 0.01039 * sin_d(2.0 * f) + 0.00739 * e * sin_d(mp - m) - 0.00514 * e * sin_d(mp + m)
        + 0.00208 * e * e * sin_d(2.0 * m)
        - 0.00111 * sin_d(mp - 2.0 * f)
        - 0.00057 * sin_d(mp + 2.0 * f)
        + 0.00056 * e * sin_d(2.0 * mp + m)
        - 0.00042 * sin_d(3.0 * mp)
        + 0.00042 * e * sin_d(m + 2.0 * f)
        + 0.00038 * e * sin_d(m - 2.0 * f)
        - 0.00024 * e * sin_d(2.0 * mp - m)
        - 0.00017 * sin_d(om)
        - 0.00007 * sin_d(mp + 2.0 * m)
        + 0.00004 * sin_d(2.0 * mp - 2.0 * f)
        + 0.00004 * sin_d(3.0 * m)
        + 0.00003 * sin_d(mp + m - 2.0 * f)
        + 0.00003 * sin_d(2.0 * mp + 2.0 * f)
        - 0.00003 * sin_d(mp + m + 2.0 * f)
        + 0.00003 * sin_d(mp - m + 2.0 * f)
        - 0.00002 * sin_d(mp - m - 2.0 * f)
        - 0.00002 * sin_d(3.0 * mp + m)
        + 0.00002 * sin_d(4.0 * mp);
    jde + corr - DELTA_T
}

/// Obliquity of the ecliptic (degrees) at Julian centuries `t` from J2000.
fn obliquity(t: f64) -> f64 {
    23.439_291 - 0.013_004_2 * t
}

/// Ecliptic (longitude, latitude) in degrees → (right ascension, declination) in degrees.
fn to_equatorial(lon: f64, lat: f64, eps: f64) -> (f64, f64) {
    let ra = (sin_d(lon) * cos_d(eps) - lat.to_radians().tan() * sin_d(eps)).atan2(cos_d(lon)).to_degrees();
    let dec = (sin_d(lat) * cos_d(eps) + cos_d(lat) * sin_d(eps) * sin_d(lon)).asin().to_degrees();
    (ra, dec)
}

/// The sun's apparent (right ascension, declination) at Julian day `jd`.
fn sun(jd: f64) -> (f64, f64) {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let l0 = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let m = 357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t;
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin_d(m) + (0.019_993 - 0.000_101 * t) * sin_d(2.0 * m) + 0.000_289 * sin_d(3.0 * m);
    let om = 125.04 - 1934.136 * t;
    let lambda = l0 + c - 0.005_69 - 0.004_78 * sin_d(om);
    let eps = obliquity(t) + 0.002_56 * cos_d(om);
    to_equatorial(lambda, 0.0, eps)
}

/// Periodic terms of the lunar theory: multiples of (D, M, M', F) and coefficients in 1e-6
/// degrees for longitude and 1e-3 km for distance (the larger terms only).
const MOON_LR: &[(i8, i8, i8, i8, i32, i32)] = &[
    (0, 0, 1, 0, 6_288_774, -20_905_355),
    (2, 0, -1, 0, 1_274_027, -3_699_111),
    (2, 0, 0, 0, 658_314, -2_955_968),
    (0, 0, 2, 0, 213_618, -569_925),
    (0, 1, 0, 0, -185_116, 48_888),
    (0, 0, 0, 2, -114_332, -3_149),
    (2, 0, -2, 0, 58_793, 246_158),
    (2, -1, -1, 0, 57_066, -152_138),
    (2, 0, 1, 0, 53_322, -170_733),
    (2, -1, 0, 0, 45_758, -204_586),
    (0, 1, -1, 0, -40_923, -129_620),
    (1, 0, 0, 0, -34_720, 108_743),
    (0, 1, 1, 0, -30_383, 104_755),
    (2, 0, 0, -2, 15_327, 10_321),
    (0, 0, 1, 2, -12_528, 0),
    (0, 0, 1, -2, 10_980, 79_661),
    (4, 0, -1, 0, 10_675, -34_782),
    (0, 0, 3, 0, 10_034, -23_210),
    (4, 0, -2, 0, 8_548, -21_636),
    (2, 1, -1, 0, -7_888, 24_208),
    (2, 1, 0, 0, -6_766, 30_824),
    (1, 0, -1, 0, -5_163, -8_379),
    (1, 1, 0, 0, 4_987, -16_675),
    (2, -1, 1, 0, 4_036, -12_831),
    (2, 0, 2, 0, 3_994, -10_445),
    (4, 0, 0, 0, 3_861, -11_650),
    (2, 0, -3, 0, 3_665, 14_403),
    (0, 1, -2, 0, -2_689, -7_003),
];

/// Latitude terms: multiples of (D, M, M', F) and coefficients in 1e-6 degrees.
const MOON_B: &[(i8, i8, i8, i8, i32)] = &[
    (0, 0, 0, 1, 5_128_122),
    (0, 0, 1, 1, 280_602),
    (0, 0, 1, -1, 277_693),
    (2, 0, 0, -1, 173_237),
    (2, 0, -1, 1, 55_413),
    (2, 0, -1, -1, 46_271),
    (2, 0, 0, 1, 32_573),
    (0, 0, 2, 1, 17_198),
    (2, 0, 1, -1, 9_266),
    (0, 0, 2, -1, 8_822),
    (2, -1, 0, -1, 8_216),
    (2, 0, -2, -1, 4_324),
    (2, 0, 1, 1, 4_200),
    (2, 1, 0, -1, -3_359),
    (2, -1, -1, 1, 2_463),
    (2, -1, 0, 1, 2_211),
    (2, -1, -1, -1, 2_065),
    (0, 1, -1, -1, -1_870),
    (4, 0, -1, -1, 1_828),
    (0, 1, 0, 1, -1_794),
];

/// The moon's geocentric (right ascension, declination) in degrees and horizontal parallax in
/// degrees at Julian day `jd`.
fn moon(jd: f64) -> (f64, f64, f64) {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let lp = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t * t;
    let d = 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t * t;
    let m = 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t * t;
    let mp = 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t * t;
    let f = 93.272_095_0 + 483_202.017_523_3 * t - 0.003_653_9 * t * t;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t * t;
    let a1 = 119.75 + 131.849 * t;
    let a2 = 53.09 + 479_264.290 * t;
    let a3 = 313.45 + 481_266.484 * t;
    let ecc = |mm: i8| match mm.abs() {
        1 => e,
        2 => e * e,
        _ => 1.0,
    };
    let arg = |dd: i8, mm: i8, mpm: i8, ff: i8| f64::from(dd) * d + f64::from(mm) * m + f64::from(mpm) * mp + f64::from(ff) * f;
    let (mut sl, mut sr, mut sb) = (0.0, 0.0, 0.0);
    for &(dd, mm, mpm, ff, l, r) in MOON_LR {
        let a = arg(dd, mm, mpm, ff);
        sl += f64::from(l) * ecc(mm) * sin_d(a);
        sr += f64::from(r) * ecc(mm) * cos_d(a);
    }
    for &(dd, mm, mpm, ff, b) in MOON_B {
        sb += f64::from(b) * ecc(mm) * sin_d(arg(dd, mm, mpm, ff));
    }
    sl += 3958.0 * sin_d(a1) + 1962.0 * sin_d(lp - f) + 318.0 * sin_d(a2);
    sb += -2235.0 * sin_d(lp) + 382.0 * sin_d(a3) + 175.0 * sin_d(a1 - f) + 175.0 * sin_d(a1 + f) + 127.0 * sin_d(lp - mp) - 115.0 * sin_d(lp + mp);
    let lambda = lp + sl / 1e6;
    let beta = sb / 1e6;
    let dist = 385_000.56 + sr / 1000.0;
    let parallax = (6378.14 / dist).asin().to_degrees();
    let om = 125.04 - 1934.136 * t;
    let eps = obliquity(t) + 0.002_56 * cos_d(om);
    let (ra, dec) = to_equatorial(lambda, beta, eps);
    (ra, dec, parallax)
}

/// Altitude (degrees) at Mecca of a body at (ra, dec) at Julian day `jd` (UT).
fn altitude(jd: f64, ra: f64, dec: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let gmst = 280.460_618_37 + 360.985_647_366_29 * (jd - 2_451_545.0) + 0.000_387_933 * t * t;
    let h = gmst + LON - ra;
    (sin_d(LAT) * sin_d(dec) + cos_d(LAT) * cos_d(dec) * cos_d(h)).asin().to_degrees()
}

/// Sun's altitude above its setting altitude (refraction and semi-diameter: −0.8333°).
fn sun_above(jd: f64) -> f64 {
    let (ra, dec) = sun(jd);
    altitude(jd, ra, dec) + 0.8333
}

/// Moon's altitude above its setting altitude (0.7275 × parallax − 0.5667°, Meeus ch. 15).
fn moon_above(jd: f64) -> f64 {
    let (ra, dec, par) = moon(jd);
    altitude(jd, ra, dec) - (0.7275 * par - 0.5667)
}

/// The moment in `[a, b]` (Julian days) where `f` goes from above zero to below, by bisection;
/// `None` when it does not set in the window.
fn setting(f: impl Fn(f64) -> f64, a: f64, b: f64) -> Option<f64> {
    // scan in 10-minute steps for the crossing, then bisect it
    let step = 10.0 / 1440.0;
    let mut x = a;
    let mut fx = f(x);
    while x < b {
        let y = (x + step).min(b);
        let fy = f(y);
        if fx > 0.0 && fy <= 0.0 {
            let (mut lo, mut hi) = (x, y);
            for _ in 0..30 {
                let mid = 0.5 * (lo + hi);
                if f(mid) > 0.0 {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return Some(0.5 * (lo + hi));
        }
        x = y;
        fx = fy;
    }
    None
}

/// Julian day of local midnight at Mecca that starts `day`.
fn local_midnight(day: Date) -> f64 {
    JD_UNIX + day.days() as f64 - UTC_OFFSET
}

/// The local Mecca date of a Julian day.
fn local_date(jd: f64) -> Date {
    Date::from_days((jd + UTC_OFFSET - JD_UNIX).floor() as i64)
}

/// Does the Umm al-Qura criterion hold on `day`: conjunction `conj` before sunset and moonset
/// after sunset at Mecca? Near conjunction the moon keeps close to the sun, so it sets after the
/// sun exactly when it is still above its setting altitude at sunset: one evaluation instead of
/// a search for moonset.
fn criterion(day: Date, conj: f64) -> bool {
    let midnight = local_midnight(day);
    // sunset at Mecca falls between 17:30 and 19:30 local time all year
    let Some(sunset) = setting(sun_above, midnight + 17.0 / 24.0, midnight + 20.0 / 24.0) else { return false };
    conj < sunset && moon_above(sunset) > 0.0
}

/// First day of the Hijri month whose conjunction is lunation `k`, memoised: a text with a
/// holiday asks for the same few months again and again.
fn month_start(k: f64) -> Date {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<i64, Date>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(d) = cache.lock().ok().and_then(|c| c.get(&(k as i64)).copied()) {
        return d;
    }
    let d = compute_month_start(k);
    if let Ok(mut c) = cache.lock() {
        c.insert(k as i64, d);
    }
    d
}

fn compute_month_start(k: f64) -> Date {
    let conj = new_moon(k);
    let mut day = local_date(conj);
    // the conjunction's own day, or the next: the criterion holds on one of them
    for _ in 0..2 {
        if criterion(day, conj) {
            return day.add_days(1);
        }
        day = day.add_days(1);
    }
    day.add_days(1)
}

/// Umm al-Qura Hijri (year, month, day) → Gregorian date. `None` for a day past the end of the
/// month (the 30th of a 29-day month) or out-of-range fields.
pub fn umm_al_qura_to_gregorian(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || !(1300..=1600).contains(&y) {
        return None;
    }
    // the tabular calendar is within two days of the astronomical one: take the lunation
    // nearest its first day
    let approx = crate::date::hijri_to_gregorian(y, m, 1)?;
    let jd = JD_UNIX + approx.days() as f64 - 1.0;
    let k = ((jd - 2_451_550.097_66) / 29.530_588_861).round();
    let start = month_start(k);
    let next = month_start(k + 1.0);
    let date = start.add_days(i64::from(d) - 1);
    (date < next).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(y: i32, m: u8, d: u8) -> String {
        umm_al_qura_to_gregorian(y, m, d).map_or("none".into(), |x| x.to_string())
    }

    #[test]
    fn new_moon_of_january_2000() {
        // Meeus's first lunation: 2000-01-06 18:14 UT
        let jd = new_moon(0.0);
        let minutes = (jd - (JD_UNIX + Date::new(2000, 1, 6).map_or(0, |d| d.days()) as f64)) * 1440.0;
        assert!((minutes - (18.0 * 60.0 + 14.0)).abs() < 3.0, "{minutes}");
    }

    #[test]
    fn sunset_at_mecca_is_in_the_evening() {
        let day = Date::new(2019, 3, 20).unwrap_or(Date { y: 2019, m: 3, d: 20 });
        let noon = local_midnight(day) + 0.5;
        let s = setting(sun_above, noon, noon + 0.5).unwrap_or(0.0);
        let local_h = (s - local_midnight(day)) * 24.0;
        // sunset in Mecca near the equinox is about 18:35 local time
        assert!((18.3..18.9).contains(&local_h), "{local_h}");
    }

    /// Month starts published in the official Umm al-Qura calendar (facts, for checking).
    #[test]
    fn matches_published_umm_al_qura_dates() {
        assert_eq!(g(1430, 2, 20), "2009-02-15");
        assert_eq!(g(1437, 1, 17), "2015-10-30");
        assert_eq!(g(1433, 2, 29), "2012-01-23");
        assert_eq!(g(1433, 3, 4), "2012-01-27");
        assert_eq!(g(1432, 9, 14), "2011-08-14");
        assert_eq!(g(1440, 9, 1), "2019-05-06");
        assert_eq!(g(1440, 10, 1), "2019-06-04");
        assert_eq!(g(1441, 1, 1), "2019-08-31");
    }

    #[test]
    fn every_month_has_29_or_30_days() {
        for y in 1420..1460 {
            for m in 1..=12u8 {
                let a = umm_al_qura_to_gregorian(y, m, 1).map(|d| d.days());
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                let b = umm_al_qura_to_gregorian(ny, nm, 1).map(|d| d.days());
                let len = b.zip(a).map(|(b, a)| b - a);
                assert!(matches!(len, Some(29 | 30)), "{y}-{m}: {len:?}");
                assert!(umm_al_qura_to_gregorian(y, m, 29).is_some());
            }
        }
    }
}
