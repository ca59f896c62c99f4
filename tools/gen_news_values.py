#!/usr/bin/env python3
"""Generate isnad's news-style value suite: tests/fixtures/values/news_ar.jsonl.

Each case is a sentence in the style of Arabic conflict reporting, an anchor (the article's
publication date), and the mentions it must yield. Expected dates are computed here with Python's
datetime, independently of isnad's resolver; numbers are written out by hand in the templates.
Run: python3 tools/gen_news_values.py
"""
import datetime as dt
import json

ANCHORS = ["2019-03-20", "2019-03-23", "2020-02-12", "2021-01-01", "2016-11-30", "2024-02-29"]
WEEKDAYS = [("الاثنين", 0), ("الثلاثاء", 1), ("الثلثاء", 1), ("الأربعاء", 2), ("الاربعاء", 2), ("الخميس", 3), ("الجمعة", 4), ("السبت", 5), ("الأحد", 6)]
MONTHS = [("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("مايو", 5), ("يونيو", 6), ("يوليو", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12)]
LEVANT = [("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12)]
MAGHREB = [("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ماي", 5), ("يونيو", 6), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("أكتوبر", 10), ("نونبر", 11), ("دجنبر", 12)]


def day(d: dt.date) -> dict:
    return {"kind": "instant", "value": d.isoformat() + "T00:00:00", "grain": "day"}


def last_weekday(anchor: dt.date, wd: int) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)


def past_date(anchor: dt.date, m: int, d: int) -> dt.date:
    x = dt.date(anchor.year, m, d)
    return x if x <= anchor else dt.date(anchor.year - 1, m, d)


cases = []


def add(text, anchor, *mentions):
    cases.append({"text": text, "anchor": anchor.isoformat(), "direction": "past", "expected_mentions": [{"text": t, "dimension": dim, "value": v} for t, dim, v in mentions]})


for a_s in ANCHORS:
    a = dt.date.fromisoformat(a_s)
    y1 = a - dt.timedelta(days=1)
    y2 = a - dt.timedelta(days=2)
    add("حلقت طائرات حربية فوق البلدة أمس، بحسب شهود.", a, ("أمس", "time", day(y1)))
    add("وكان الوزير قد التقى نظيره أول من أمس في العاصمة.", a, ("أول من أمس", "time", day(y2)))
    add("وقالت المصادر إن الاجتماع عقد أول أمس.", a, ("أول أمس", "time", day(y2)))
    add("وبدأت القوات هجومها الليلة الماضية على أطراف المدينة.", a, ("الليلة الماضية", "time", day(y1)))
    add("وشنت الطائرات غارات الليلة قبل الماضية على المواقع.", a, ("الليلة قبل الماضية", "time", day(y2)))
    add("وأعلنت الحكومة اليوم عن خطة جديدة.", a, ("اليوم", "time", day(a)))
    add("وشهدت المنطقة اشتباكات ليل أول من أمس.", a, ("ليل أول من أمس", "time", day(y2)))
    add("وأغلقت الطرق صباح أمس بسبب الأمطار.", a, ("صباح أمس", "time", day(y1)))
    for name, wd in WEEKDAYS:
        add(f"وكانت القوات حققت تقدماً {name} داخل الجيب الأخير.", a, (name, "time", day(last_weekday(a, wd))))
    for name, wd in WEEKDAYS[:4]:
        prev = last_weekday(a, wd)
        if prev == a:
            prev = a - dt.timedelta(days=7)
        add(f"وجرت الانتخابات يوم {name} الماضي في أجواء هادئة.", a, (f"يوم {name} الماضي", "time", day(prev)))
    mo, mname = a.month, MONTHS[a.month - 1][0]
    add(f"ونشر التقرير في 5 {mname} {a.year} على موقع الوزارة.", a, (f"5 {mname} {a.year}", "time", day(dt.date(a.year, mo, 5))))
    pm = (a.month - 2) % 12 + 1
    d_prev = past_date(a, pm, 9)
    add(f"وتشن القوات منذ 9 {MONTHS[pm - 1][0]} ({LEVANT[pm - 1][0]}) الماضي هجوماً على الجيب.", a, (f"9 {MONTHS[pm - 1][0]} ({LEVANT[pm - 1][0]}) الماضي", "time", day(d_prev)))
    add(f"وفي 9 {LEVANT[pm - 1][0]} {d_prev.year} دخلت القافلة.", a, (f"9 {LEVANT[pm - 1][0]} {d_prev.year}", "time", day(d_prev)))
    add(f"ووقع الاتفاق يوم 9 {MAGHREB[pm - 1][0]} {d_prev.year} في العاصمة.", a, (f"9 {MAGHREB[pm - 1][0]} {d_prev.year}", "time", day(d_prev)))
    add(f"وأكدت الوزارة في بيان صدر بتاريخ {d_prev.day}/{d_prev.month}/{d_prev.year} أن المفاوضات مستمرة.", a, (f"{d_prev.day}/{d_prev.month}/{d_prev.year}", "time", day(d_prev)))
    wd_name = [n for n, w in WEEKDAYS if w == d_prev.weekday()][0]
    add(f"صورة التقطت {wd_name} 9 {MONTHS[pm - 1][0]} ({LEVANT[pm - 1][0]}) لعناصر من الدفاع المدني.", a, (f"{wd_name} 9 {MONTHS[pm - 1][0]} ({LEVANT[pm - 1][0]})", "time", day(d_prev)))
    # relative units
    monday = a - dt.timedelta(days=a.weekday())
    add("وتراجعت الهجمات الأسبوع الماضي بشكل ملحوظ.", a, ("الأسبوع الماضي", "time", {"kind": "instant", "value": (monday - dt.timedelta(days=7)).isoformat() + "T00:00:00", "grain": "week"}))
    first = a.replace(day=1)
    prev_month = (first - dt.timedelta(days=1)).replace(day=1)
    add("وارتفعت الأسعار الشهر الماضي بنسبة كبيرة.", a, ("الشهر الماضي", "time", {"kind": "instant", "value": prev_month.isoformat() + "T00:00:00", "grain": "month"}))
    add("وشهد العام الماضي أسوأ موجة جفاف.", a, ("العام الماضي", "time", {"kind": "instant", "value": f"{a.year - 1}-01-01T00:00:00", "grain": "year"}))
    for n, unit, delta in [(3, "أيام", dt.timedelta(days=3)), (2, "أسابيع", dt.timedelta(weeks=2)), (10, "أيام", dt.timedelta(days=10))]:
        add(f"وفر آلاف المدنيين قبل {n} {unit} من القرية.", a, (f"قبل {n} {unit}", "time", day(a - delta)))
    add("وقتل جندي منذ يومين في هجوم بعبوة ناسفة.", a, ("منذ يومين", "time", day(a - dt.timedelta(days=2))))
    add("ومن المتوقع أن يعود التنظيم في غضون 12 شهراً.", a, ("في غضون 12 شهراً", "duration", {"kind": "duration", "value": 12, "grain": "month"}))
    add("وأمهلت القوات المسلحين 48 ساعة لتسليم أنفسهم.", a, ("48 ساعة", "duration", {"kind": "duration", "value": 48, "grain": "hour"}))
    add("وتصاعدت الغارات خلال الأسابيع الثلاثة الماضية.", a, ("الأسابيع الثلاثة الماضية", "time", {"kind": "interval", "from": (a - dt.timedelta(weeks=3)).isoformat() + "T00:00:00", "to": (a + dt.timedelta(days=1)).isoformat() + "T00:00:00"}))
    mm = (a.month - 3 - 1) % 12 + 1
    yy = a.year + (a.month - 3 - 1) // 12
    back3 = dt.date(yy, mm, min(a.day, [31, 29 if yy % 4 == 0 and (yy % 100 != 0 or yy % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]))
    add("وغادر آلاف الأشخاص المنطقة في الشهور الثلاثة الأخيرة.", a, ("الشهور الثلاثة الأخيرة", "time", {"kind": "interval", "from": back3.isoformat() + "T00:00:00", "to": (a + dt.timedelta(days=1)).isoformat() + "T00:00:00"}))
    add("وتحاصر القوات المدينة منذ 3 أسابيع.", a, ("منذ 3 أسابيع", "time", day(a - dt.timedelta(weeks=3))))
    add("واعتقل الصحفي منذ أسبوع في العاصمة.", a, ("منذ أسبوع", "time", day(a - dt.timedelta(weeks=1))))
    add("وسيتم الانسحاب خلال يومين بحسب الاتفاق.", a, ("خلال يومين", "duration", {"kind": "duration", "value": 2, "grain": "day"}))
    nm = (first + dt.timedelta(days=32)).replace(day=1)
    add("وتبدأ المفاوضات الشهر المقبل في جنيف.", a, ("الشهر المقبل", "time", {"kind": "instant", "value": nm.isoformat() + "T00:00:00", "grain": "month"}))
    add("ويزور الوفد العاصمة الأسبوع المقبل.", a, ("الأسبوع المقبل", "time", {"kind": "instant", "value": (monday + dt.timedelta(days=7)).isoformat() + "T00:00:00", "grain": "week"}))
    add("واندلعت الاشتباكات صباح الجمعة قرب الحدود.", a, ("صباح الجمعة", "time", day(last_weekday(a, 4))))
    add("وسقطت قذائف على الحي مساء أمس.", a, ("مساء أمس", "time", day(y1)))
    add("ونظم المحتجون مسيرة يوم السبت في وسط المدينة.", a, ("يوم السبت", "time", day(last_weekday(a, 5))))
    add("واستعادت القوات الحي العام 2012 بعد معارك طويلة.", a, ("العام 2012", "time", {"kind": "instant", "value": "2012-01-01T00:00:00", "grain": "year"}))

# numbers (anchor-free; one anchor for the record)
A = "2019-03-23"
NUM = [
    ("ارتقى نحو 11 ألف مقاتل في المعارك.", "نحو 11 ألف مقاتل", {"kind": "number", "value": 11000, "approx": True, "role": "killed"}),
    ("وأصيب نحو 21 ألفاً من المقاتلين بجروح.", "نحو 21 ألفاً", {"kind": "number", "value": 21000, "approx": True, "role": "wounded"}),
    ("وتم إنقاذ خمسة ملايين شخص من المنطقة.", "خمسة ملايين شخص", {"kind": "number", "value": 5000000}),
    ("وتم تحرير 52 ألف كيلو متر مربع من الأراضي.", "52 ألف كيلو متر مربع", {"kind": "measure", "unit": "km2", "value": 52000}),
    ("وتوقع المتحدث وجود ما يقارب الـ1000 إلى 1500 مسلح داخل البلدة.", "ما يقارب الـ1000 إلى 1500 مسلح", {"kind": "number_range", "from": 1000, "to": 1500, "approx": True}),
    ("وقتل عشرات المسلحين في الغارات.", "عشرات المسلحين", {"kind": "number", "value": 10, "low": 10, "high": 99, "vague": "عشرات", "role": "killed"}),
    ("ويعول التنظيم على عشرات الآلاف من المقاتلين.", "عشرات الآلاف", {"kind": "number", "low": 10000, "vague": "عشرات"}),
    ("وأعلن البيت الأبيض القضاء على التنظيم بنسبة مئة في المئة.", "مئة في المئة", {"kind": "number", "value": 100, "percent": True}),
    ("ولا يزال التنظيم يحتفظ بـ 250 عنصراً في أحد المواقع.", "250 عنصراً", {"kind": "number", "value": 250, "role": "remaining"}),
    ("وفر مئات المدنيين من القصف.", "مئات المدنيين", {"kind": "number", "value": 100, "low": 100, "high": 999, "vague": "مئات", "role": "displaced"}),
    ("وقتل ٣٥ شخصاً في الانفجار.", "٣٥ شخصاً", {"kind": "number", "value": 35, "role": "killed"}),
    ("وبلغت نسبة المشاركة ٤٥٫٥٪ بحسب اللجنة.", "٤٥٫٥٪", {"kind": "number", "value": 45.5, "percent": True}),
    ("وقدرت الخسائر بحوالي 1.5 مليون دولار.", "بحوالي 1.5 مليون دولار", {"kind": "measure", "unit": "dollar", "value": 1500000}),
    ("ونزح قرابة 700 ألف شخص منذ بداية الهجوم.", "قرابة 700 ألف شخص", {"kind": "number", "value": 700000, "approx": True, "role": "displaced"}),
    ("واعتقلت القوات أكثر من 40 مشتبهاً بهم.", "أكثر من 40 مشتبهاً", {"kind": "number", "low": 40, "role": "captured"}),
    ("وسقط أقل من 10 صواريخ على المدينة.", "أقل من 10 صواريخ", {"kind": "number", "high": 10}),
    ("وقتل ما لا يقل عن 12 مدنياً في الغارة.", "لا يقل عن 12 مدنياً", {"kind": "number", "low": 12, "role": "killed"}),
    ("وتراوح عدد القتلى بين 20 و30 شخصاً.", "20 و30 شخصاً", {"kind": "number_range", "from": 20, "to": 30}),
    ("ونشرت الولايات المتحدة قوات قوامها 2000 جندي في سوريا.", "2000 جندي", {"kind": "number", "value": 2000, "role": "deployed"}),
    ("وقتل ثلاثة وعشرون شخصاً وأصيب أحد عشر آخرون.", "ثلاثة وعشرون شخصاً", {"kind": "number", "value": 23, "role": "killed"}),
    ("وأصيب أحد عشر شخصاً في الحادث.", "أحد عشر شخصاً", {"kind": "number", "value": 11, "role": "wounded"}),
    ("وبلغ عدد النازحين ألفين وخمسمئة شخص.", "ألفين وخمسمئة شخص", {"kind": "number", "value": 2500}),
    ("وقتل زهاء 300 مسلح في المعارك.", "زهاء 300 مسلح", {"kind": "number", "value": 300, "approx": True, "role": "killed"}),
    ("وأسرت القوات بضعة مقاتلين أجانب.", "بضعة مقاتلين", {"kind": "number", "low": 3, "high": 9, "vague": "بضعة", "role": "captured"}),
    ("وأرسلت الحكومة آلاف الجنود إلى المنطقة.", "آلاف الجنود", {"kind": "number", "low": 1000, "vague": "آلاف"}),
    ("وتضرر 1,500 منزل جراء الزلزال.", "1,500 منزل", {"kind": "number", "value": 1500}),
    ("وارتفعت درجة الحرارة إلى 45 درجة مئوية.", "45 درجة مئوية", {"kind": "measure", "unit": "degree", "value": 45}),
    ("ودفعت الأسرة 500 ريال سعودي رسوماً.", "500 ريال سعودي", {"kind": "measure", "unit": "sar", "value": 500}),
    ("وأقرت الحكومة موازنة بقيمة 3 مليارات يورو.", "3 مليارات يورو", {"kind": "measure", "unit": "eur", "value": 3000000000}),
]
for text, mention, v in NUM:
    dim = "quantity" if v["kind"].startswith("measure") else "number"
    cases.append({"text": text, "anchor": A, "direction": "past", "expected_mentions": [{"text": mention, "dimension": dim, "value": v}]})

# Hijri (tabular calendar)
for text, mention, iso in [
    ("وصدر القرار في 14 رمضان 1432 هـ الموافق للعام الميلادي 2011.", "14 رمضان 1432 هـ", "2011-08-14"),
    ("وأعلنت الوزارة الخبر في 10 ذو الحجة 1434 هـ.", "10 ذو الحجة 1434 هـ", "2013-10-15"),
    ("ونشر الإعلان بتاريخ 01-01-1440 هـ على الموقع الرسمي.", "01-01-1440 هـ", None),
]:
    if iso is None:
        continue
    cases.append({"text": text, "anchor": A, "direction": "past", "expected_mentions": [{"text": mention, "dimension": "time", "value": day(dt.date.fromisoformat(iso))}]})

with open("tests/fixtures/values/news_ar.jsonl", "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"{len(cases)} cases written to tests/fixtures/values/news_ar.jsonl")
