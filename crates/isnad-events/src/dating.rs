//! Dating undated pages from the other documents of their story.
//!
//! A page with no publication date often still says when: a photo caption `الجمعة 22 مارس (آذار)`
//! gives the day, month and weekday but not the year. Weekdays repeat the same day and month only
//! every 5, 6 or 11 years, so the year is the one that matches the weekday near the dates of the
//! story's dated documents. A page with no such evidence gets an estimated window instead.

use isnad_doc::{CorpusLayers, Date, DateEvidence, DateWindow, Document};

/// Set `published` or `published_estimate` on undated documents. Returns the indices of the
/// documents whose publication date was set (their anchored layers need recomputing).
pub fn date_from_stories(docs: &mut [Document], corpus: &CorpusLayers) -> Vec<usize> {
    let mut changed = Vec::new();
    for story in &corpus.stories {
        let dated: Vec<(usize, Date)> = story.docs.iter().filter_map(|&d| docs[d].meta.published.as_ref().map(|p| (d, p.date))).collect();
        if dated.is_empty() {
            continue;
        }
        let lo = dated.iter().map(|x| x.1).min().unwrap_or(dated[0].1);
        let hi = dated.iter().map(|x| x.1).max().unwrap_or(dated[0].1);
        let ids: Vec<String> = dated.iter().map(|(d, date)| format!("{} ({date})", docs[*d].id.0)).collect();
        for &di in &story.docs {
            let doc = &mut docs[di];
            if doc.meta.published.is_some() {
                continue;
            }
            // a yearless date with a weekday: the one year that fits, within a year of the story
            let mut fixed = None;
            for &(m, d, wd, sp) in &doc.meta.partial_dates {
                let Some(wd) = wd else { continue };
                let cands: Vec<Date> = (lo.y - 1..=hi.y + 1).filter_map(|y| Date::new(y, m, d)).filter(|x| x.weekday() == wd).collect();
                if let [one] = cands[..] {
                    fixed = Some((one, sp));
                    break;
                }
            }
            if let Some((date, sp)) = fixed {
                doc.meta.published = Some(DateEvidence {
                    date,
                    role: "published",
                    span: Some(sp),
                    rule: format!("yearless caption date; the year is the only one whose weekday matches near the story's dated documents: {}", ids.join(", ")),
                    confidence: 0.6,
                });
                changed.push(di);
            } else if doc.meta.published_estimate.is_none() {
                doc.meta.published_estimate = Some(DateWindow { from: lo.add_days(-7), to: hi.add_days(7), evidence: ids.iter().map(|x| format!("same story as {x}")).collect() });
            }
        }
    }
    changed.sort_unstable();
    changed
}
