//! Per-block features shared by the zoner and the metadata reader.

use crate::phrases;
use isnad_doc::{Block, Date};
use isnad_text::{arabic_ratio, key};

/// What a date line says about its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateCue {
    None,
    /// `نشر في`, `بتاريخ`, `تاريخ النشر`, `published`
    Published,
    /// `آخر تحديث`, `updated`, `عدل`
    Updated,
}

#[derive(Debug, Clone)]
pub struct BlockFeatures {
    pub words: usize,
    pub arabic: f32,
    /// Has letters and almost none are Arabic.
    pub latin_only: bool,
    /// Ends like a sentence (`.`, `!`, `؟`, or one of them before a closing quote).
    pub terminal: bool,
    pub question: bool,
    /// Lossy key of the whole block.
    pub key: String,
    /// The block is a date line: its date and the cue beside it (`نشر في`, `آخر تحديث`).
    pub date: Option<(Date, DateCue)>,
    /// A row of short items between separators (`الرئيسية | سياسة | اقتصاد`): a menu.
    pub nav_row: bool,
    /// `NAME – PLACE` or `OUTLET – PLACE`: a short line split by one dash.
    pub byline_like: bool,
    /// Temperature or weather-widget residue.
    pub weather: bool,
    pub phrase_chrome: bool,
    pub phrase_comment: bool,
    pub social: bool,
    /// The block ends with a photo or agency credit: (agency, byte offset of the credit in the block).
    pub credit: Option<(&'static str, usize)>,
    /// Contains Latin words inside an Arabic block (CMS field names, template residue).
    pub mixed_latin: bool,
}

fn ends_terminal(t: &str) -> (bool, bool) {
    let t = t.trim_end_matches(['"', '»', '”', ')', '\'', ' ', '’']);
    let last = t.chars().last();
    (matches!(last, Some('.' | '!' | '؟' | '?' | '…' | '。')), matches!(last, Some('؟' | '?')))
}

/// A credit at the end of a caption: `… (أ.ف.ب)`, `… . أ.ب`, `… - رويترز`, `… Getty Images`.
fn trailing_credit(text: &str) -> Option<(&'static str, usize)> {
    let t = text.trim_end();
    if let Some(stripped) = t.strip_suffix(')') {
        let open = stripped.rfind('(')?;
        return phrases::agency(&key(&stripped[open + 1..])).map(|a| (a, open));
    }
    // last separator: ". " or " - " or "/"
    let cut = [". ", " - ", " – ", "/", "| "].iter().filter_map(|s| t.rfind(s).map(|p| p + s.len())).max()?;
    let tail = &t[cut..];
    if tail.chars().count() > 24 {
        return None;
    }
    phrases::agency(&key(tail)).map(|a| (a, cut))
}

impl BlockFeatures {
    pub fn of(raw: &str, b: &Block) -> Self {
        let t = b.span.slice(raw);
        let words = t.split_whitespace().count();
        let arabic = arabic_ratio(t);
        let has_letters = t.chars().any(isnad_text::is_letter);
        let (terminal, question) = ends_terminal(t);
        let k = key(t);
        let kl = k.trim().trim_end_matches([':', '.', '،', ',']).to_string();
        let date = date_line(t, &k);
        let nav_row = nav_row(t);
        let cue = byline_cue(&k);
        // a widget is short: a weather report's sentence with a ° in it is article text
        let weather = words <= 8 && (t.contains('°') || k.contains("weather") || (k.contains("درجه") && k.contains("الحراره")));
        let short = words <= 8;
        let phrase_chrome = short && phrases::CHROME.iter().any(|p| kl == *p || (kl.starts_with(p) && words <= 6));
        let phrase_comment = short && phrases::COMMENT.iter().any(|p| kl == *p || kl.starts_with(p));
        let social = words <= 3 && phrases::SOCIAL.iter().any(|p| kl == *p);
        let latin_words = t.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).count();
        BlockFeatures {
            words,
            arabic,
            latin_only: has_letters && arabic < 0.2,
            terminal,
            question,
            key: k,
            date,
            nav_row,
            // (`1 - تلبية الطلبات` is a numbered list item, not a name and a place)
            byline_like: words <= 6
                && !terminal
                && (arabic >= 0.5
                    && [" – ", " - ", " ـ ", " — "].iter().map(|d| t.matches(d).count()).sum::<usize>() == 1
                    && !t.trim_start().starts_with(|c: char| c.is_ascii_digit() || isnad_text::is_digit_any(c))
                    || cue),
            weather,
            phrase_chrome,
            phrase_comment,
            social,
            credit: trailing_credit(t),
            mixed_latin: arabic >= 0.2 && latin_words >= 2,
        }
    }

    pub fn title_like(&self) -> bool {
        (3..=30).contains(&self.words) && self.arabic >= 0.5 && (!self.terminal || self.question) && self.date.is_none()
    }

    pub fn body_like(&self) -> bool {
        self.arabic >= 0.5 && self.words >= 6 && (self.terminal || self.words >= 25) && self.date.is_none()
    }
}

/// `بقلم: فلان`, `حوار: فلانة`: a byline cue word, then a colon or a dash and a name.
fn byline_cue(k: &str) -> bool {
    let k = k.trim();
    phrases::BYLINE_CUES.iter().any(|c| {
        k.strip_prefix(c).is_some_and(|rest| {
            let rest = rest.trim_start();
            (rest.starts_with(':') || rest.starts_with('-') || rest.starts_with('–')) && rest.split_whitespace().count() >= 2
        })
    })
}

/// Three or more short items between `|`, `•` or spaced dashes, not ending a sentence.
fn nav_row(t: &str) -> bool {
    let items: Vec<&str> = t.split(" | ").flat_map(|x| x.split(" - ")).flat_map(|x| x.split(" • ")).collect();
    items.len() >= 3 && items.iter().all(|x| x.split_whitespace().count() <= 4) && !ends_terminal(t).0
}

/// A date line: a short block whose first date covers most of it, or that names the date's
/// role (`نشر في: 2019-03-14 | 10:45`, `بتاريخ : 14/03/2019 - عدد القراءات : 1037`).
fn date_line(t: &str, k: &str) -> Option<(Date, DateCue)> {
    let words = t.split_whitespace().count();
    if words > 14 {
        return None;
    }
    let v = isnad_values::find_values(t, None, isnad_values::Direction::Past);
    // `… هـ الموافق 14 مارس 2019 م`: the Gregorian date printed beside a Hijri one is the exact one
    let d = v.times.iter().find(|x| x.value.kind == "date" && x.prov.rule != "hijri-date").or_else(|| v.times.iter().find(|x| x.value.kind == "date"))?;
    let (date, _) = d.value.resolved?;
    // every time mention counts towards coverage (weekday, Hijri and Gregorian forms, clock)
    let covered = v.times.iter().map(|x| x.span.len()).sum::<usize>() as f32 / t.trim().len().max(1) as f32;
    let has = |cues: &[&str]| cues.iter().any(|c| k.contains(c));
    let cue = if has(&["تحديث", "updated", "modified", "عدل في", "تعديل"]) {
        DateCue::Updated
    } else if has(&["نشر", "بتاريخ", "تاريخ النشر", "published", "posted"]) {
        DateCue::Published
    } else {
        DateCue::None
    };
    (covered >= 0.6 || cue != DateCue::None || (words <= 8 && covered >= 0.35)).then_some((date, cue))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_cues_need_a_name_after_the_colon() {
        assert!(byline_cue(&key("حوار: آسيا العتروس")));
        assert!(byline_cue(&key("بقلم - محمد علي")));
        assert!(!byline_cue(&key("تقرير الأمم المتحدة")), "a report's title is not a byline");
    }

    #[test]
    fn menus_are_rows_of_short_items() {
        assert!(nav_row("الرئيسية | سياسة | اقتصاد | رياضة"));
        assert!(nav_row("الرئيسية - وطنية - دولية - رياضة - ثقافة"));
        assert!(!nav_row("بيروت - رويترز"));
        assert!(!nav_row("قال - في بيان مطول نشره أمس على موقعه - إن الوزارة ستواصل عملها في المنطقة - حسب البيان."));
    }

    #[test]
    fn date_lines_with_cues_and_both_calendars() {
        let dl = |t: &str| date_line(t, &key(t)).map(|(d, c)| (d.to_string(), c));
        assert_eq!(dl("بتاريخ : 14/03/2019 - عدد القراءات : 1037"), Some(("2019-03-14".into(), DateCue::Published)));
        assert_eq!(dl("آخر تحديث: الجمعة 16 آذار 2019"), Some(("2019-03-16".into(), DateCue::Updated)));
        // the Gregorian date printed beside the Hijri one is taken
        assert_eq!(dl("الثلاثاء 6 جمادى الآخرة 1440 هـ الموافق 12 فبراير 2019 م"), Some(("2019-02-12".into(), DateCue::None)));
        assert_eq!(dl("قال المتحدث إن الاجتماع سيعقد في 14 مارس 2019 بحضور الوزراء والسفراء وممثلي المنظمات الدولية في العاصمة"), None);
    }
}
