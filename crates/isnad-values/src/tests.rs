use super::*;

fn d(y: i32, m: u8, dd: u8) -> Option<Date> {
    Date::new(y, m, dd)
}

fn times(text: &str, anchor: Option<Date>) -> Vec<(String, Option<String>, &'static str)> {
    find_values(text, anchor, Direction::Past)
        .times
        .iter()
        .map(|t| (t.span.slice(text).to_string(), t.value.resolved.map(|(a, b)| if a == b { a.to_string() } else { format!("{a}/{b}") }), t.value.kind))
        .collect()
}

#[test]
fn relative_days_resolve_against_the_anchor() {
    let a = d(2019, 3, 20);
    let got = times("حلقت طائرات أمس، واجتمع الوزير أول من أمس، وكتب ليل أول من أمس.", a);
    assert_eq!(got[0], ("أمس".into(), Some("2019-03-19".into()), "relative"));
    assert_eq!(got[1], ("أول من أمس".into(), Some("2019-03-18".into()), "relative"));
    assert_eq!(got[2].0, "ليل أول من أمس");
    assert_eq!(got[2].1.as_deref(), Some("2019-03-18"));
}

#[test]
fn weekday_variants_point_to_the_past() {
    // 2019-03-22 is a Friday
    let got = times("وكانت القوات حققت تقدماً الثلثاء داخل الجيب.", d(2019, 3, 22));
    assert_eq!(got[0].1.as_deref(), Some("2019-03-19"));
    let got = times("أعلن البيت الأبيض، الجمعة، أن", d(2019, 3, 22));
    assert_eq!(got[0].1.as_deref(), Some("2019-03-22"));
}

#[test]
fn absolute_dates_in_regional_forms() {
    assert_eq!(times("الأربعاء 20 مارس 2019", None)[0].1.as_deref(), Some("2019-03-20"));
    assert_eq!(times("في 3 تشرين الأول 2015", None)[0].1.as_deref(), Some("2015-10-03"));
    assert_eq!(times("يوم 5 غشت 2018", None)[0].1.as_deref(), Some("2018-08-05"));
    assert_eq!(times("نشر في 20/3/2019", None)[0].1.as_deref(), Some("2019-03-20"));
    let g = times("الجمعة 22 مارس (آذار) بعد", d(2019, 4, 1));
    assert_eq!((g[0].0.as_str(), g[0].1.as_deref()), ("الجمعة 22 مارس (آذار)", Some("2019-03-22")));
    let g = times("منذ 9 فبراير (شباط) الماضي", d(2019, 3, 22));
    assert_eq!(g[0].1.as_deref(), Some("2019-02-09"));
    assert_eq!(times("استعادته القوات العام 2012.", None)[0].1.as_deref(), Some("2012-01-01/2012-12-31"));
}

#[test]
fn periods_and_durations() {
    let g = times("في غضون 12 شهراً", d(2019, 3, 20));
    assert_eq!(g[0].2, "duration");
    let g = times("في الشهور الثلاثة الأخيرة", d(2019, 3, 20));
    assert_eq!(g[0].1.as_deref(), Some("2018-12-20/2019-03-20"));
    let g = times("الليلة قبل الماضية", d(2019, 3, 12));
    assert_eq!(g[0].1.as_deref(), Some("2019-03-10"));
}

fn qs(text: &str) -> Vec<(String, f64, Option<f64>, Option<f64>, bool, Option<&'static str>)> {
    find_values(text, None, Direction::Past).quantities.iter().map(|q| (q.span.slice(text).to_string(), q.value.value, q.value.low, q.value.high, q.value.approx, q.value.role)).collect()
}

#[test]
fn numbers_scales_ranges_and_vague_counts() {
    let g = qs("ارتقى نحو 11 ألف شهيد من قواتنا، كما أصيب نحو 21 ألفاً من مقاتلينا.");
    assert_eq!((g[0].1, g[0].4, g[0].5), (11000.0, true, Some("killed")));
    assert_eq!((g[1].1, g[1].5), (21000.0, Some("wounded")));
    let g = qs("وجود ما يقارب الـ1000 إلى 1500 إرهابي داخل البلدة");
    assert_eq!((g[0].2, g[0].3, g[0].4), (Some(1000.0), Some(1500.0), true));
    let g = qs("يعول على عشرات الآلاف من المقاتلين");
    assert!(g[0].2.unwrap() >= 10000.0 && g[0].0.contains("عشرات الآلاف"));
    let g = qs("تم إنقاذ خمسة ملايين شخص وتحرير 52 ألف كيلو متر مربع");
    assert_eq!(g[0].1, 5e6);
    assert_eq!(g[1].1, 52000.0);
    let v = find_values("بنسبة مئة في المئة و 250 عنصراً", None, Direction::Past);
    assert!(v.quantities[0].value.percent && v.quantities[0].value.value == 100.0);
    assert_eq!(v.quantities[1].value.counts.map(|s| s.slice("بنسبة مئة في المئة و 250 عنصراً")), Some("عنصراً"));
    let g = qs("قتل ثلاثة وعشرون شخصا وأحد عشر جنديا");
    assert_eq!((g[0].1, g[1].1), (23.0, 11.0));
}

#[test]
fn dates_are_not_counts() {
    let v = find_values("في 20 مارس 2019 قتل 1500 شخص", None, Direction::Past);
    assert_eq!(v.times.len(), 1);
    assert_eq!(v.quantities.len(), 1);
    assert_eq!(v.quantities[0].value.value, 1500.0);
}
