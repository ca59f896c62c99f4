#!/usr/bin/env python3
"""Generate isnad's page-cleaning gold set: tests/fixtures/clean/pages/* and gold.jsonl.

The article texts are the project's own quote-attribution articles (tests/fixtures/quotes/gold.jsonl,
written by us); the headlines below are ours too. Each article is dressed in the chrome of one of
eleven outlet styles we wrote, six HTML and five text dumps, four pages per style so that
cross-page template learning has something to learn from. Chrome varies per page (related
headlines, render dates, widget values) the way real sites vary.

gold.jsonl has one line per page: file, style, headline (null when the page shows none),
published (YYYY-MM-DD or null when the page carries no date) and body (the article paragraphs,
in order; bylines, captions, related links and comments are not body).
Run: python3 tools/gen_clean_gold.py
"""
import datetime as dt
import html
import json
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "clean"

HEADLINES = {
    "q02": "الفالح: السعودية ملتزمة بخفض إنتاج النفط",
    "q03": "مصدر عسكري: لا تحركات غير اعتيادية على الحدود الجنوبية",
    "q05": "مدبولي: المرحلة الثانية من مشروع الإسكان تبدأ الشهر المقبل",
    "q06": "زاخاروفا: الوجود الأمريكي في سوريا غير شرعي",
    "q07": "دورية تركية روسية مشتركة في ريف حلب الشمالي",
    "q08": "الصفدي: أمن العراق جزء من أمن الأردن",
    "q09": "عشرات من عناصر التنظيم يسلمون أنفسهم في الباغوز",
    "q10": "عبد المهدي: لن نسمح بعودة الإرهاب إلى المدن المحررة",
    "q11": "حماس: التفاهمات مع الاحتلال قيد الاختبار",
    "q12": "اشتباكات حول مطار طرابلس وروايات متضاربة",
    "q13": "واشنطن تدرس سحب بقية قواتها من سوريا",
    "q14": "تجمع المهنيين: الاعتصام مستمر حتى تسليم السلطة",
    "q15": "مقتل 14 مدنياً في غارات على ريف إدلب",
    "q16": "وزير الخارجية القطري: الحوار السبيل الوحيد لحل الأزمة",
    "q17": "ترامب يعلن هزيمة الخلافة بالكامل",
    "q18": "تفكيك خلية إرهابية في طنجة",
    "q19": "الأمم المتحدة تحذر من تدهور الوضع في مخيم الهول",
    "q20": "اتهامات متبادلة بخرق الهدنة في الحديدة",
    "q21": "داعش ينشر شريطاً مصوراً من الباغوز",
    "q22": "ظريف: لن نتفاوض تحت الضغط",
    "q23": "الجيش الموريتاني يعزز انتشاره على الحدود مع مالي",
    "q24": "الإدارة الذاتية تحتجز أكثر من ألف مقاتل أجنبي",
    "q25": "انتشال جثتين من تحت أنقاض الجسر المنهار",
    "q26": "اشتية: الأزمة المالية هي الأصعب منذ تأسيس السلطة",
    "q27": "أبو الغيط: الجولان أرض سورية محتلة",
    "q28": "طائرات مسيرة تقصف مواقع في ريف حماة",
    "q29": "الشرطة الإسرائيلية تواصل البحث عن منفذ عملية سلفيت",
    "q30": "سلامة يدعو إلى وقف القتال فوراً في ليبيا",
    "q31": "مقتل خمسة عناصر من داعش في صحراء الأنبار",
    "q32": "الشاهد: الانتخابات ستجرى في موعدها",
    "q33": "قصف مستشفى تدعمه أطباء بلا حدود في صعدة",
    "q34": "بوتين يلتقي أردوغان الأسبوع المقبل",
    "q35": "الجار الله: الكويت ماضية في الوساطة",
    "q36": "قصف مدفعي على بلدة اللطامنة",
    "q37": "استشهاد شاب برصاص الجيش الإسرائيلي شرق خان يونس",
    "q38": "حملة بوتفليقة تتعهد بانتخابات مبكرة",
    "q39": "مظلوم عبدي: الحرب على الإرهاب لم تنته",
    "q40": "البيت الأبيض يعلن القضاء على الخلافة",
    "q41": "موسكو تجدد رفضها الوجود الأمريكي شرق الفرات",
    "q42": "ترامب يحتفي بالسيطرة على آخر جيب للتنظيم",
    "q43": "بيسكوف: إدلب على رأس جدول أعمال القمة",
    "q44": "قسد تدخل المخيم بعد انسحاب عناصر التنظيم",
}

RELATED = [
    "ارتفاع أسعار الذهب في الأسواق المحلية", "منتخب الشباب يتأهل إلى نصف النهائي", "افتتاح معرض الكتاب بمشاركة 40 دولة",
    "توقعات بأمطار غزيرة نهاية الأسبوع", "وزارة التربية تعلن موعد الامتحانات", "انخفاض سعر صرف الليرة أمام الدولار",
    "مهرجان السينما يكرم رواد الفن", "دراسة: النوم المبكر يحسن الذاكرة", "إغلاق طريق المطار لأعمال الصيانة",
    "الحكومة تقر موازنة العام المقبل", "نجم الكرة يعلن اعتزاله اللعب الدولي", "حريق يلتهم مستودعاً في المنطقة الصناعية",
    "كيف تحمي هاتفك من الاختراق؟", "هل ترتفع أسعار الوقود الشهر المقبل؟", "أطعمة تساعد على خفض ضغط الدم",
]

COMMENTS = [
    ("أبو خالد", "الله يحمي البلد ويرحم الشهداء."),
    ("متابع", "كلام جميل لكن على الأرض لا شيء يتغير."),
    ("سامي", "إلى متى سيبقى الوضع هكذا؟ نريد حلولاً حقيقية."),
    ("أم محمد", "شكراً على التغطية المستمرة."),
    ("ناصر", "الخبر منقول من وكالة أخرى دون ذكر المصدر."),
]

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
DATE_RE = re.compile(r"^(السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة) (\d+) (\S+) (\d{4})$")
BYLINE_RE = re.compile(r"^[^:.]{2,25} - [^:]{2,12}$")


def parse(rec):
    """Split a quote-gold text into outlet, date, byline, headline and body paragraphs."""
    lines = rec["text"].split("\n")
    date, byline, headline, body = None, None, None, []
    for ln in lines[1:]:
        m = DATE_RE.match(ln)
        if m and date is None:
            date = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        elif BYLINE_RE.match(ln) and not body:
            byline = ln
        elif not body and headline is None and not ln.endswith((".", ".\"", "\".")) and len(ln.split()) <= 12:
            headline = ln
        else:
            body.append(ln)
    headline = headline or HEADLINES[rec["id"]]
    return {"id": rec["id"], "outlet": lines[0], "date": date, "byline": byline, "headline": headline, "body": body}


def ar_date(d, levant=False):
    month = f"{MONTHS[d.month - 1]} ({LEVANT[d.month - 1]})" if levant else MONTHS[d.month - 1]
    return f"{WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}"


def e(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- HTML styles

def html_semantic(a, rng, n):
    """A modern CMS with semantic markup, Open Graph and article:published_time."""
    rel = rng.sample(RELATED, 4)
    cap = "عناصر من قوات الأمن خلال انتشارها في المنطقة (أ.ف.ب)"
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in a["body"])
    by = f'<div class="byline">{e(a["byline"])}</div>' if a["byline"] else ""
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(a["headline"])} | شبكة المرصد الإخبارية</title>
<meta property="og:title" content="{e(a["headline"])}">
<meta property="article:published_time" content="{a["date"].isoformat()}T09:{10 + n:02d}:00+03:00">
<meta property="og:site_name" content="شبكة المرصد الإخبارية">
<link rel="canonical" href="https://almarsad-news.example/news/{40000 + 17 * n}">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
</head><body>
<header class="site-header"><a class="logo" href="/">شبكة المرصد</a>
<nav class="main-nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/opinion">رأي</a></li></ul></nav>
<form class="search-form"><input type="text" placeholder="ابحث في الموقع"></form></header>
<div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/politics">سياسة</a> &gt; <a href="/politics/arab">عربي</a></div>
<main><article>
    <h1 class="article-title">{e(a["headline"])}</h1>
    {by}
    <time datetime="{a["date"].isoformat()}">{ar_date(a["date"])}</time>
    <figure><img src="/img/{a["id"]}.jpg" alt=""><figcaption>{e(cap)}</figcaption></figure>
    <div class="article-body">
{paras}
    </div>
    <p class="promo-line">تابع آخر الأخبار عبر قناتنا على تيليغرام واحصل على التحديثات لحظة بلحظة.</p>
    <div class="share-tools"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <span>نسخ الرابط</span></div>
    <div class="tags">الوسوم: <a href="/t/1">سياسة</a> <a href="/t/2">أخبار عربية</a></div>
</article>
<aside class="related-news"><h3>أخبار ذات صلة</h3><ul>
{"".join(f'<li><a href="/n/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))}
</ul></aside></main>
<footer class="site-footer"><p>جميع الحقوق محفوظة لشبكة المرصد الإخبارية © 2019</p><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></footer>
</body></html>
"""


def html_divsoup(a, rng, n):
    """Obfuscated class names, a weather widget with the render date, paragraphs split by <br>,
    an inline "read also" link inside the body and a copy-link toast."""
    render = a["date"] + dt.timedelta(days=rng.randint(20, 300))
    rel = rng.sample(RELATED, 3)
    body = a["body"]
    mid = max(1, len(body) // 2)
    first = "<br><br>\n".join(e(p) for p in body[:mid])
    rest = "<br><br>\n".join(e(p) for p in body[mid:])
    inline = f'<div class="k3"><b>اقرأ أيضاً:</b> <a href="/x/{n}">{e(rel[0])}</a></div>' if rest else ""
    by = f'<div class="q7">{e(a["byline"])}</div>' if a["byline"] else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{e(a["headline"])}</title>
<meta property="og:url" content="https://alofoq.example/article.php?id={9100 + n}"></head>
<body><div class="w1"><div class="w1a"><span class="w1c">عمان</span> <span class="w1t">{19 + n}°</span> <span class="w1d">{ar_date(render)}</span></div>
<div class="m2"><a href="/">الرئيسية</a> | <a href="/l">محليات</a> | <a href="/a">عربي ودولي</a> | <a href="/v">فيديو</a> | <a href="/s">رياضة</a></div></div>
<div class="c9"><div class="t4">{e(a["headline"])}</div>
{by}<div class="d2">نشر بتاريخ: {a["date"].strftime("%Y-%m-%d")} | {10 + n}:45</div>
<div class="x5">
{first}
{inline}
{rest}
</div>
<div class="z8"><span>تم نسخ الرابط</span></div>
<div class="r1"><div class="r1h">الأكثر قراءة</div>
{"".join(f'<div class="r1i"><a href="/y/{i}">{e(r)}</a></div>' for i, r in enumerate(rel[1:]))}
</div></div>
<div class="f0"><p>صحيفة إلكترونية مستقلة تصدر عن مؤسسة الأفق للإعلام منذ عام 2005.</p><p>جميع الحقوق محفوظة © 2019 - تصميم وتطوير شركة الحلول الرقمية</p></div></body></html>
"""


def html_blogger(a, rng, n):
    """A Blogger-style news blog: the date header sits above the post title; labels and comment
    footer after the post."""
    paras = "\n".join(f"<div>{e(p)}</div>" for p in a["body"])
    return f"""<!DOCTYPE html><html dir="rtl"><head><meta charset="UTF-8"><title>مدونة الأخبار العاجلة: {e(a["headline"])}</title>
<link rel="canonical" href="https://akhbar-ajila.blogspot.example/{a["date"].year}/{a["date"].month:02d}/post-{n}.html"></head>
<body><div class="header-outer"><h1 class="blog-title"><a href="/">مدونة الأخبار العاجلة</a></h1><p class="description">أخبار المنطقة لحظة بلحظة</p></div>
<div class="main-inner">
<h2 class="date-header"><span>{ar_date(a["date"])}</span></h2>
<div class="post-outer"><h3 class="post-title entry-title">{e(a["headline"])}</h3>
<div class="post-body entry-content">
{paras}
</div>
<div class="post-footer"><span class="post-labels">التسميات: <a href="/l/1">أخبار</a>، <a href="/l/2">عربي</a></span></div></div>
<div class="comments"><h4>ليست هناك تعليقات:</h4><p>إرسال تعليق</p></div>
<div class="blog-pager"><a class="newer" href="/p/{n + 1}">رسالة أحدث</a> <a class="older" href="/p/{n - 1}">رسالة أقدم</a> <a class="home" href="/">الصفحة الرئيسية</a></div>
<p>الاشتراك في: <a href="/feeds">تعليقات الرسالة (Atom)</a></p>
</div></body></html>
"""


def html_tables(a, rng, n):
    """An old table layout with font tags, a dd/mm/yyyy date line and a reads counter."""
    paras = "\n".join(f'<p align="justify"><font face="Tahoma" size="2">{e(p)}</font></p>' for p in a["body"])
    rel = rng.sample(RELATED, 3)
    return f"""<html dir="rtl"><head><meta charset="windows-1256"><title>صحيفة الوادي - {e(a["headline"])}</title><link rel="canonical" href="http://alwadi.example/news.php?action=show&id={700 + n}"></head><body>
<table width="100%" border="0"><tr><td><table><tr><td><img src="logo.gif"></td><td><font size="1"><a href="/">الصفحة الرئيسية</a> - <a href="/arch">الأرشيف</a> - <a href="/c">اتصل بنا</a></font></td></tr></table></td></tr>
<tr><td><table width="760"><tr><td valign="top" width="160"><table><tr><td><b>أقسام الموقع</b></td></tr><tr><td><a href="/1">أخبار محلية</a></td></tr><tr><td><a href="/2">أخبار دولية</a></td></tr><tr><td><a href="/3">مقالات</a></td></tr></table></td>
<td valign="top"><table><tr><td><font size="5" color="#990000"><b>{e(a["headline"])}</b></font></td></tr>
<tr><td><font size="1" color="gray">بتاريخ : {a["date"].strftime("%d/%m/%Y")} - عدد القراءات : {1000 + 37 * n}</font></td></tr>
<tr><td>
{paras}
</td></tr>
<tr><td><a href="javascript:print()">طباعة</a> | <a href="/send">أرسل لصديق</a></td></tr></table></td>
<td valign="top" width="160"><table><tr><td><b>آخر الأخبار</b></td></tr>{"".join(f'<tr><td><a href="/z/{i}">{e(r)}</a></td></tr>' for i, r in enumerate(rel))}</table></td></tr></table></td></tr>
<tr><td align="center"><font size="1">حقوق النشر محفوظة لصحيفة الوادي 2019</font></td></tr></table></body></html>
"""


def html_jsonld(a, rng, n):
    """JSON-LD dates, an update line, a pull quote that repeats the lead, ad-slot residue in the
    middle of the body (the paragraphs after it are still article) and a newsletter box."""
    upd = a["date"] + dt.timedelta(days=1)
    body = a["body"]
    mid = max(1, len(body) - 1)
    lead = body[0].split("،")[0].rstrip(".")
    first = "\n".join(f"<p>{e(p)}</p>" for p in body[:mid])
    rest = "\n".join(f"<p>{e(p)}</p>" for p in body[mid:])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"], "datePublished": f"{a['date'].isoformat()}T07:30:00Z", "dateModified": f"{upd.isoformat()}T11:00:00Z"}, ensure_ascii=False)
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{e(a["headline"])}</title>
<script type="application/ld+json">{ld}</script>
<link rel="canonical" href="https://alyaum.example/{a["date"].year}/{a["date"].month:02d}/{a["date"].day:02d}/story-{n}"></head><body>
<div id="top-bar" class="topbar"><span>English</span> <span>Français</span> <a href="/live">بث مباشر</a></div>
<div class="container"><div class="article-header"><span class="kicker">تقارير</span><h1>{e(a["headline"])}</h1>
<div class="meta"><span>آخر تحديث: {ar_date(upd)}</span></div></div>
<div class="story">
{first}
<blockquote class="pullquote">{e(lead)}</blockquote>
<div class="ad-slot">Advertisement</div>
<div class="ad-slot">{{{{ad_unit_mid}}}}</div>
{rest}
</div>
<div class="newsletter-box"><h4>اشترك في النشرة البريدية</h4><p>احصل على أهم الأخبار يومياً في بريدك</p></div>
<div class="most-read"><h4>الأكثر قراءة</h4>{"".join(f'<a href="/m/{i}">{e(r)}</a>' for i, r in enumerate(rng.sample(RELATED, 3)))}</div>
</div></body></html>
"""


# ---------------------------------------------------------------- text dumps

def txt_seed(a, rng, n):
    """A dump in the seeds' style: site name, script banner, weather widget with the render date,
    headline, date, body, share buttons, related list and an empty comment footer."""
    render = a["date"] + dt.timedelta(days=rng.randint(30, 400))
    rel = rng.sample(RELATED, 3)
    lines = ["شبكة الأخبار السورية", "Sorry, you need to enable JavaScript to visit this website.", f"دمشق {12 + n}°", ar_date(render), "", a["headline"], "", ar_date(a["date"])]
    if a["byline"]:
        lines += [a["byline"]]
    lines += [""] + [x for p in a["body"] for x in (p, "")]
    lines += ["Share", "تويتر", "فيسبوك", "", "اقرأ أيضا"] + rel + ["", "ليست هناك تعليقات:", "إرسال تعليق"]
    return "\n".join(lines) + "\n"


def txt_caption(a, rng, n):
    """A dump with a menu line, a photo caption with credit above the body, an update line and CMS
    residue in the middle of the body, then a copyright footer."""
    upd = a["date"] + dt.timedelta(days=rng.randint(1, 3))
    body = a["body"]
    mid = max(1, len(body) // 2)
    lines = ["الرئيسية | سياسة | اقتصاد | رياضة | منوعات", "", a["headline"], "", f"نشر في: {ar_date(a['date'], levant=True)}", f"آخر تحديث: {ar_date(upd, levant=True)}", "",
             "صورة أرشيفية من المنطقة - رويترز", ""]
    if a["byline"]:
        lines += [a["byline"], ""]
    lines += [x for p in body[:mid] for x in (p, "")]
    lines += ["{{ related_articles_block }}", "ADVERTISEMENT", "للاشتراك في خدمة الأخبار العاجلة أرسل كلمة خبر إلى الرقم 94455", ""]
    lines += [x for p in body[mid:] for x in (p, "")]
    lines += ["جميع الحقوق محفوظة © 2019 الوطن العربي"]
    return "\n".join(lines) + "\n"


def txt_nohead(a, rng, n):
    """No headline and no date: a photo caption runs straight into the body (seed 004's problem);
    the page ends with a "most viewed" list."""
    lines = ["تابعونا على", "", "مشهد من الدمار في المنطقة بعد القصف."] + list(a["body"]) + ["", "الأكثر مشاهدة"] + rng.sample(RELATED, 4)
    return "\n".join(lines) + "\n"


def txt_comments(a, rng, n):
    """Body followed by a reader-comment section whose comments look like sentences."""
    lines = ["موقع الحدث اليوم", "", a["headline"], ar_date(a["date"]), ""]
    if a["byline"]:
        lines += [a["byline"], ""]
    lines += [x for p in a["body"] for x in (p, "")]
    lines += ["تعليقات القراء (3)"]
    for name, c in rng.sample(COMMENTS, 3):
        lines += [f"{name}: {c}", f"منذ {rng.randint(2, 9)} ساعات"]
    lines += ["", "أضف تعليقك", "الاسم", "البريد الإلكتروني"]
    return "\n".join(lines) + "\n"


HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]


def hijri(d):
    """Tabular Islamic calendar (civil epoch), enough for a printed date line."""
    jd = d.toordinal() + 1721424.5
    jd = int(jd + 0.5)
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def html_portal(a, rng, n):
    """A portal with a Hijri and Gregorian date line, a WordPress caption, an English cookie
    banner and a left-to-right English sidebar inside the right-to-left page, and a site slogan."""
    y, m, dday = hijri(a["date"])
    paras = "\n".join(f"<p>{e(p)}</p>" for p in a["body"])
    rel = rng.sample(RELATED, 3)
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{e(a["headline"])} - بوابة الشرق</title>
<link rel="canonical" href="https://bawabat-alsharq.example/?p={5000 + n}"></head><body>
<div class="cookie-notice" dir="ltr">We use cookies to improve your experience. By continuing you agree to our cookie policy. <button>Accept</button></div>
<div class="masthead"><div class="brand">بوابة الشرق</div><div class="slogan">نافذتك على أخبار المشرق العربي</div></div>
<div class="content-area"><div class="entry-header"><h2 class="entry-title">{e(a["headline"])}</h2>
<div class="entry-meta">{WEEKDAYS[a["date"].weekday()]} {dday} {HIJRI[m - 1]} {y} هـ الموافق {a["date"].day} {MONTHS[a["date"].month - 1]} {a["date"].year} م</div></div>
<div class="wp-caption"><img src="/w/{n}.jpg"><p class="wp-caption-text">صورة من موقع الحدث (الأناضول)</p></div>
<div class="entry-content">
{paras}
</div></div>
<div class="sidebar" dir="ltr" lang="en"><h4>Most Popular</h4><ul><li><a href="/en/1">Oil prices climb after supply cut</a></li><li><a href="/en/2">Markets close higher on Thursday</a></li></ul></div>
<div class="widget-area"><h4>مواضيع مقترحة</h4>{"".join(f'<a href="/r/{i}">{e(r)}</a><br>' for i, r in enumerate(rel))}</div>
<div class="site-info">بوابة الشرق موقع إخباري مستقل يصدر من عمّان ويغطي أخبار المنطقة على مدار الساعة.</div>
</body></html>
"""


def txt_maghreb(a, rng, n):
    """A dump from a Maghrebi site: a dash-separated menu, a numeric date with the time, a
    recurring subscription line inside the body and a related list."""
    body = a["body"]
    mid = max(1, len(body) // 2)
    lines = ["الرئيسية - وطنية - دولية - رياضة - ثقافة", "", a["headline"], f"نشر في {a['date'].strftime('%d/%m/%Y')} على الساعة {9 + n}:30", ""]
    lines += [x for p in body[:mid] for x in (p, "")]
    lines += ["حملوا تطبيق الجريدة على هواتفكم الذكية لمتابعة الأخبار أولا بأول", ""]
    lines += [x for p in body[mid:] for x in (p, "")]
    lines += ["مواضيع ذات صلة"] + rng.sample(RELATED, 3)
    return "\n".join(lines) + "\n"


STYLES = [
    ("semantic", "html", html_semantic, True, True),
    ("divsoup", "html", html_divsoup, True, True),
    ("blogger", "html", html_blogger, True, True),
    ("tables", "html", html_tables, True, True),
    ("jsonld", "html", html_jsonld, True, True),
    ("seeddump", "txt", txt_seed, True, True),
    ("caption", "txt", txt_caption, True, True),
    ("nohead", "txt", txt_nohead, False, False),
    ("comments", "txt", txt_comments, True, True),
    ("portal", "html", html_portal, True, True),
    ("maghreb", "txt", txt_maghreb, True, True),
]


def main():
    recs = [json.loads(l) for l in open(ROOT / "tests" / "fixtures" / "quotes" / "gold.jsonl", encoding="utf-8")]
    arts = [parse(r) for r in recs[:44]]
    rng = random.Random(20261122)
    pages = OUT / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for old in pages.iterdir():
        old.unlink()
    gold = []
    for k, a in enumerate(arts):
        name, ext, fn, has_head, has_date = STYLES[k % len(STYLES)]
        n = k // len(STYLES)
        fname = f"{k + 1:02d}-{name}.{ext}"
        text = fn(a, rng, n)
        enc = "cp1256" if name == "tables" else "utf-8"
        (pages / fname).write_bytes(text.encode(enc))
        gold.append({"file": fname, "style": name, "headline": a["headline"] if has_head else None,
                     "published": a["date"].isoformat() if has_date else None, "body": a["body"]})
    with open(OUT / "gold.jsonl", "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(gold)} pages in {pages}")


if __name__ == "__main__":
    main()
