//! The HTML dossier: one self-contained RTL page. Every piece of page text goes through
//! [`esc`]; nothing from the input is ever written raw.

use isnad_doc::{CorpusLayers, Document, ZoneLabel};
use std::fmt::Write;

/// Escape text for HTML element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

const CSS: &str = r#"
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;margin:0;background:#f6f5f1;color:#1d1d1d;line-height:1.7}
header.top{background:#1f3a4d;color:#fff;padding:14px 28px}header.top h1{margin:0;font-size:1.5em}
main{max-width:1150px;margin:auto;padding:12px 24px}section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px 20px;margin:16px 0}
h2{font-size:1.25em;border-bottom:2px solid #1f3a4d;padding-bottom:4px}h3{font-size:1.1em;margin:.6em 0}
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border:1px solid #ddd;padding:4px 8px;text-align:right;vertical-align:top}th{background:#eef1f4}
.meta td:first-child{width:11em;color:#555}.z{margin:4px 0;padding:4px 8px;border-right:5px solid #ccc;white-space:pre-wrap}
.z-body{border-color:#2e7d32}.z-headline{border-color:#1565c0;font-weight:bold;font-size:1.15em}.z-kicker,.z-standfirst{border-color:#64b5f6}
.z-caption{border-color:#8d6e63;font-style:italic}.z-date{border-color:#6a1b9a}.z-chrome,.z-related,.z-comment{border-color:#c62828;color:#888;text-decoration:line-through;font-size:.85em}
.z-pull-quote{border-color:#ef6c00;color:#888}.tag{font-size:.75em;color:#666;margin-left:6px;font-style:normal;text-decoration:none;display:inline-block}
mark.ent{background:#e3f2fd}mark.qty{background:#fff3e0}mark.time{background:#f3e5f5}
.chain{font-size:.85em;color:#333}.chain span{background:#eceff1;border-radius:4px;padding:0 6px;margin:0 2px;display:inline-block}
.bad{color:#b71c1c}.muted{color:#777;font-size:.9em}.rel-contradict{color:#b71c1c;font-weight:bold}.rel-agree{color:#2e7d32}.rel-update{color:#ef6c00}
"#;

fn mark_spans(d: &Document, zone: isnad_doc::Span) -> String {
    // non-overlapping highlights in priority order: times, quantities, entity mentions
    let mut marks: Vec<(u32, u32, &str)> = Vec::new();
    let mut add = |s: isnad_doc::Span, class: &'static str| {
        if zone.contains(s) && !s.is_empty() && !marks.iter().any(|&(a, b, _)| s.start < b && a < s.end) {
            marks.push((s.start, s.end, class));
        }
    };
    d.times.iter().for_each(|t| add(t.span, "time"));
    d.quantities.iter().for_each(|q| add(q.span, "qty"));
    d.mentions.iter().for_each(|m| add(m.span, "ent"));
    marks.sort();
    let mut out = String::new();
    let mut pos = zone.start;
    for (a, b, class) in marks {
        out.push_str(&esc(d.text(isnad_doc::Span { start: pos, end: a })));
        let _ = write!(out, "<mark class=\"{class}\">{}</mark>", esc(d.text(isnad_doc::Span { start: a, end: b })));
        pos = b;
    }
    out.push_str(&esc(d.text(isnad_doc::Span { start: pos, end: zone.end })));
    out
}

pub fn build(docs: &[Document], corpus: &CorpusLayers, diagnostics: &[(String, String)]) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(h, "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>isnad — ملف التحليل</title><style>{CSS}</style></head><body>");
    let _ = write!(
        h,
        "<header class=\"top\"><h1>isnad — ملف التحليل</h1><div>{} وثيقة · {} كيان · {} اقتباس · {} قصة · {} ادعاء</div></header><main>",
        docs.len(),
        corpus.entities.len(),
        docs.iter().map(|d| d.quotes.len()).sum::<usize>(),
        corpus.stories.len(),
        corpus.claims.len()
    );
    if !diagnostics.is_empty() {
        h.push_str("<section><h2>مدخلات لم تُقرأ</h2><table><tr><th>المسار</th><th>السبب</th></tr>");
        for (p, r) in diagnostics {
            let _ = write!(h, "<tr><td dir=\"ltr\">{}</td><td class=\"bad\" dir=\"ltr\">{}</td></tr>", esc(p), esc(r));
        }
        h.push_str("</table></section>");
    }
    // stories
    h.push_str("<section><h2>القصص</h2><table><tr><th>القصة</th><th>الوثائق</th><th>كلمات مميزة</th><th>نسخ شبه متطابقة</th></tr>");
    for s in &corpus.stories {
        let titles: Vec<String> = s
            .docs
            .iter()
            .map(|&d| format!("<a href=\"#doc-{}\">{}</a>", esc(&docs[d].id.0), esc(&docs[d].meta.headline.map(|x| docs[d].text(x).to_string()).unwrap_or_else(|| docs[d].source.path.clone()))))
            .collect();
        let _ = write!(h, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", esc(&s.id), titles.join("<br>"), esc(&s.label.join("، ")), s.near_duplicates.len());
    }
    h.push_str("</table></section>");
    // claims and relations
    if !corpus.relations.is_empty() {
        h.push_str("<section><h2>اتفاق وتناقض وتحديث</h2><table><tr><th>العلاقة</th><th>الادعاء أ</th><th>الادعاء ب</th><th>ملاحظة</th></tr>");
        let text_of = |id: &str| {
            corpus.claims.iter().find(|c| c.id == id).map(|c| {
                let d = &docs[c.doc];
                format!("{} <span class=\"muted\">({})</span>", esc(d.text(c.span)), esc(&isnad_events::outlet_name(d)))
            })
        };
        for r in &corpus.relations {
            let _ = write!(
                h,
                "<tr><td class=\"rel-{}\">{}</td><td>{}</td><td>{}</td><td class=\"muted\" dir=\"auto\">{}</td></tr>",
                esc(r.kind),
                esc(r.kind),
                text_of(&r.a).unwrap_or_default(),
                text_of(&r.b).unwrap_or_default(),
                esc(&r.note)
            );
        }
        h.push_str("</table></section>");
    }
    // who said what
    h.push_str("<section><h2>من قال ماذا، وعبر من</h2><table><tr><th>القائل</th><th>القول</th><th>السلسلة</th><th>الوقت</th></tr>");
    for c in corpus.claims.iter().filter(|c| c.kind == "statement") {
        let d = &docs[c.doc];
        let q = &d.quotes[c.source_index].value;
        let who = q.speaker.as_ref().map(|s| d.text(s.span).to_string()).unwrap_or_else(|| "—".into());
        let chain: String = c.chain.iter().map(|(r, n)| format!("<span title=\"{}\">{}</span>", esc(r), esc(n))).collect::<Vec<_>>().join(" ← ");
        let when = c.time.map(|t| t.0.to_string()).unwrap_or_default();
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}{}</td><td class=\"chain\">{}</td><td>{}</td></tr>",
            esc(&who),
            if q.direct { "«" } else { "" },
            esc(d.text(q.content)) + if q.direct { "»" } else { "" },
            chain,
            esc(&when)
        );
    }
    h.push_str("</table></section>");
    // numbers
    h.push_str("<section><h2>الأرقام</h2><table><tr><th>النص</th><th>القيمة</th><th>يعدّ</th><th>الدور</th><th>المصدر</th></tr>");
    for d in docs {
        for q in &d.quantities {
            let v = &q.value;
            let val = match (v.low, v.high) {
                (Some(l), Some(hh)) => format!("{l}–{hh}"),
                (Some(l), None) => format!("≥ {l}"),
                (None, Some(hh)) => format!("≤ {hh}"),
                _ => format!("{}", v.value),
            };
            let _ = write!(
                h,
                "<tr><td>{}</td><td dir=\"ltr\">{}{}{}</td><td>{}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
                esc(d.text(q.span)),
                esc(&val),
                if v.percent { "%" } else { "" },
                if v.approx { " ~" } else { "" },
                esc(&v.counts.map(|s| d.text(s).to_string()).or_else(|| v.unit.clone()).unwrap_or_default()),
                esc(v.role.unwrap_or("")),
                esc(&isnad_events::outlet_name(d))
            );
        }
    }
    h.push_str("</table></section>");
    // entities
    h.push_str("<section><h2>الكيانات</h2><table><tr><th>الاسم</th><th>النوع</th><th>أسماء أخرى</th><th>الإشارات</th><th>الموقع</th></tr>");
    for e in &corpus.entities {
        // a place found only through its Latin names is marked, so a reader can weigh it
        let geo = e.geo.as_ref().map(|g| format!("{:.4}, {:.4}{}", g.lat, g.lon, if g.via == "latin" { " (latin)" } else { "" })).unwrap_or_default();
        let _ = write!(h, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td dir=\"ltr\">{}</td></tr>", esc(&e.name), e.etype.as_str(), esc(&e.aliases.join("، ")), e.mentions.len(), esc(&geo));
    }
    h.push_str("</table></section>");
    // documents
    for d in docs {
        let m = &d.meta;
        let _ = write!(h, "<section id=\"doc-{}\"><h2>{}</h2><table class=\"meta\">", esc(&d.id.0), esc(&m.headline.map(|x| d.text(x).to_string()).unwrap_or_else(|| "(بلا عنوان)".into())));
        let mut row = |k: &str, v: String| {
            let _ = write!(h, "<tr><td>{}</td><td>{}</td></tr>", esc(k), v);
        };
        row("المعرّف", format!("<code>{}</code>", esc(&d.id.0)));
        row("المسار", format!("<span dir=\"ltr\">{}</span>", esc(&d.source.path)));
        row("المنفذ", esc(&isnad_events::outlet_name(d)));
        row("اللغة / الترميز", esc(&format!("{} / {}", m.language, d.source.encoding)));
        row("تاريخ النشر", m.published.as_ref().map_or_else(|| "<span class=\"bad\">غير معروف</span>".to_string(), |p| format!("{} <span class=\"muted\">({})</span>", p.date, esc(&p.rule))));
        for o in &m.other_dates {
            row("تاريخ آخر", format!("{} <span class=\"muted\">({}: {})</span>", o.date, esc(o.role), esc(&o.rule)));
        }
        if let Some(r) = &m.headline_missing {
            row("العنوان", format!("<span class=\"bad\">{}</span>", esc(r)));
        }
        if let Some(dl) = &m.dateline {
            row("سطر المكان", esc(d.text(dl.span)));
        }
        if !m.credits.is_empty() {
            row("الوكالات", esc(&m.credits.iter().map(|c| c.0.as_str()).collect::<Vec<_>>().join("، ")));
        }
        h.push_str("</table><h3>الصفحة بمناطقها</h3>");
        for z in &d.zones {
            let lbl = z.value.label;
            let body = if lbl.is_content() { mark_spans(d, z.span) } else { esc(d.text(z.span)) };
            let why = z.value.reason.as_deref().unwrap_or("");
            let _ = write!(
                h,
                "<div class=\"z z-{}\"><span class=\"tag\">[{}{}]</span>{}</div>",
                lbl.as_str(),
                lbl.as_str(),
                if why.is_empty() || lbl == ZoneLabel::Body { String::new() } else { format!(": {}", esc(why)) },
                body
            );
        }
        if !d.events.is_empty() {
            h.push_str("<h3>الأحداث</h3><table><tr><th>النوع</th><th>الكلمة</th><th>الزمن</th><th>المكان</th></tr>");
            for e in &d.events {
                let v = &e.value;
                let when = v.time.and_then(|t| d.times.get(t)).map(|t| format!("{}{}", d.text(t.span), t.value.resolved.map(|r| format!(" = {}", r.0)).unwrap_or_default())).unwrap_or_default();
                let place = v.place.map(|p| d.text(d.mentions[p].span).to_string()).unwrap_or_default();
                let _ = write!(h, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", esc(v.etype), esc(d.text(v.trigger)), esc(&when), esc(&place));
            }
            h.push_str("</table>");
        }
        h.push_str("</section>");
    }
    h.push_str("<p class=\"muted\">isnad · كل النصوص أعلاه مقتطفة حرفيًا من الصفحات الأصلية.</p></main></body></html>\n");
    h
}
