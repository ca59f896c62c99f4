//! Byte decoding: BOMs, UTF-8, and the legacy Arabic code pages (Windows-1256, ISO-8859-6).

use crate::IngestError;
use encoding_rs::Encoding;

pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// Arabic presentation forms written as the letters they encode
    /// ([`isnad_text::fold_presentation_letters`]).
    pub folded: usize,
}

/// Looks for a `<meta charset>` or `content="…charset=…"` declaration in the first 2 KiB.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let i = head.find("charset=")? + "charset=".len();
    let label: String = head[i..].trim_start_matches(['"', '\'']).chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    Encoding::for_label(label.as_bytes())
}

/// Arabic presentation forms (glyph codes from PDFs and old systems) written as the letters they
/// encode, so that every later stage reads the words; the page's text is the folded one.
pub(crate) fn fold_presentation_forms(d: &mut Decoded) {
    if let Some((text, n)) = isnad_text::fold_presentation_letters(&d.text) {
        d.text = text;
        d.folded = n;
    }
}

/// Decode `bytes`. A BOM wins, then valid UTF-8, then a declared charset, then detection.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, IngestError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty);
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (t, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(IngestError::Undecodable(enc.name().into()));
        }
        return Ok(Decoded { text: t.into_owned(), encoding: enc.name(), folded: 0 });
    }
    if looks_binary(bytes) {
        return Err(IngestError::Binary(sniff_kind(bytes).into()));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: s.to_owned(), encoding: "UTF-8", folded: 0 });
    }
    let enc = declared.filter(|e| *e != encoding_rs::UTF_8).unwrap_or_else(|| {
        let mut det = chardetng::EncodingDetector::new();
        det.feed(bytes, true);
        det.guess(None, true)
    });
    let (t, had_errors) = enc.decode_without_bom_handling(bytes);
    let bad = t.chars().filter(|&c| c == '\u{FFFD}').count();
    if had_errors && bad * 50 > t.chars().count().max(1) {
        return Err(IngestError::Undecodable(enc.name().into()));
    }
    Ok(Decoded { text: t.into_owned(), encoding: enc.name(), folded: 0 })
}

/// NUL bytes or many C0 controls in the first 8 KiB mean the file is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let ctrl = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    ctrl * 20 > head.len()
}

fn sniff_kind(bytes: &[u8]) -> &'static str {
    match bytes {
        [0x89, b'P', b'N', b'G', ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [b'%', b'P', b'D', b'F', ..] => "PDF document",
        [b'P', b'K', 3, 4, ..] => "zip archive (name it .zip to read its JSON entries)",
        [0x1f, 0x8b, ..] => "gzip data",
        [b'G', b'I', b'F', ..] => "GIF image",
        _ => "NUL or control bytes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn boms_are_stripped_and_iso_8859_6_read() {
        let d = decode("\u{feff}نص".as_bytes(), None).unwrap();
        assert_eq!(d.text, "نص");
        let text = "أعلنت الحكومة اليوم عن خطة جديدة لإعادة الإعمار في المناطق المتضررة من الحرب.";
        let (b, _, _) = encoding_rs::ISO_8859_6.encode(text);
        let d = decode(&b, Some(encoding_rs::ISO_8859_6)).unwrap();
        assert_eq!(d.text, text);
    }
}
