//! Character classes for Arabic-script news text. One small function per class, each with
//! the code points it covers, so a reader can check a rule against the Unicode charts.

/// Arabic letters proper (U+0621–U+064A, U+0671–U+06D3 extended letters, presentation forms).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}')
        || is_presentation_form(c)
}

/// A letter, with the ASCII and Arabic ranges tested before Unicode's tables (the common case on
/// Arabic pages; `char::is_alphabetic` is a table lookup for every non-ASCII character).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_arabic_letter(c) || (!matches!(c, '\u{0600}'..='\u{06FF}') && c.is_alphabetic())
    }
}

/// Harakat, tanwin, shadda, sukun, dagger alef and Quranic annotation marks.
pub fn is_arabic_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// Tatweel (kashida), a purely typographic stretch.
pub fn is_tatweel(c: char) -> bool {
    c == '\u{0640}'
}

/// Zero-width and bidi control characters that scrapers leave inside words.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Arabic presentation forms A and B (legacy glyph encodings, e.g. from PDFs).
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Value of a decimal digit in Western, Arabic-Indic (U+0660) or Persian (U+06F0) script.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

pub fn is_digit_any(c: char) -> bool {
    digit_value(c).is_some()
}

/// A character that belongs inside an Arabic word token.
pub fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_diacritic(c) || is_tatweel(c) || c == '\u{200C}' || c == '\u{200D}'
}

/// Quotation marks of every script we meet in scraped pages.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{301D}' | '\u{301E}' | '\u{FF02}')
}

/// Share of Arabic letters among all letters of `s` (0 when `s` has no letters).
pub fn arabic_ratio(s: &str) -> f32 {
    let (mut ar, mut all) = (0u32, 0u32);
    for c in s.chars() {
        // the range test first: is_alphabetic is a table lookup for non-ASCII characters
        if is_arabic_letter(c) {
            ar += 1;
            all += 1;
        } else if c.is_alphabetic() {
            all += 1;
        }
    }
    if all == 0 {
        0.0
    } else {
        ar as f32 / all as f32
    }
}
