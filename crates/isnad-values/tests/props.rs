//! The value layer never panics and never returns a span outside its text, whatever sequence
//! of number, date and clock words it is given.

use isnad_doc::Date;
use isnad_values::{find_values_at, Direction};
use proptest::prelude::*;

fn words() -> impl Strategy<Value = String> {
    let w = prop::sample::select(vec![
        "الساعة",
        "3",
        ":",
        "15",
        "و",
        "ربع",
        "الا",
        "صباحا",
        "عصرا",
        "الثالثة",
        "عشر",
        "من",
        "شهر",
        "مارس",
        "آذار",
        "(",
        ")",
        "2019",
        "1432",
        "هـ",
        "-",
        "/",
        "أمس",
        "أول",
        "اليوم",
        "بعد",
        "غد",
        "قبل",
        "الأول",
        "الثاني",
        "عيد",
        "الفطر",
        "رمضان",
        "نحو",
        "ألف",
        "آلاف",
        "عشرات",
        "مليونا",
        "ألفا",
        "$",
        "دولار",
        "سنت",
        "تحت",
        "الصفر",
        "درجة",
        "بين",
        "إلى",
        "الجمعة",
        "الماضي",
        "منذ",
        "يومين",
        "خلال",
        "الأسابيع",
        "فاصلة",
        ".",
        "٫",
        "١٢",
        "،",
        "منتصف",
        "اوائل",
        "هذا",
        "الأسبوع",
        "الليلة",
        "ساعات",
        "الصباح",
        "الأولى",
    ]);
    prop::collection::vec(w, 0..14).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn spans_stay_inside_the_text(text in words(), future in any::<bool>()) {
        let dir = if future { Direction::Future } else { Direction::Past };
        for anchor in [None, Date::new(2019, 3, 20)] {
            let v = find_values_at(&text, anchor, Some((4, 30, 0)), dir);
            for s in v.times.iter().map(|t| t.span).chain(v.quantities.iter().map(|q| q.span)) {
                prop_assert!(s.start <= s.end && (s.end as usize) <= text.len());
                prop_assert!(text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
            }
        }
    }
}
