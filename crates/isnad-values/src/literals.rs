// Every word inside the string literals of a Rust source: the trigger words of the value
// matchers (see `trigger.rs`). Shared by `build.rs`, which runs it over the matcher sources,
// and the crate's tests; it uses nothing but `std`, so the build script can `include!` it.

/// The matcher sources, relative to the crate root.
pub const SOURCES: &[&str] = &["src/times.rs", "src/clock.rs", "src/numbers.rs", "src/units.rs", "src/lexicon.rs"];

/// Every word inside a string literal of `src`, up to its test module (test inputs are not
/// matcher words), as written (the caller folds them).
pub fn literal_words(src: &str, out: &mut impl Extend<String>) {
    let src = src.find("\n#[cfg(test)]\nmod tests").map_or(src, |end| &src[..end]);
    let mut chars = src.chars();
    let mut in_str = false;
    let mut cur = String::new();
    while let Some(ch) = chars.next() {
        match (in_str, ch) {
            (false, '/') if chars.as_str().starts_with('/') => {
                // a comment: its quoted examples are not matcher words
                let rest = chars.as_str();
                chars = rest[rest.find('\n').unwrap_or(rest.len())..].chars();
            }
            (false, '"') => {
                in_str = true;
                cur.clear();
            }
            (false, '\'') => {
                // a char literal ('"' or 'و'): step over it so a quote char does not open a string
                let rest = chars.as_str();
                let mut it = rest.char_indices();
                if let (Some((_, c1)), Some((j, c2))) = (it.next(), it.next()) {
                    if c2 == '\'' && c1 != '\\' {
                        chars = rest[j + 1..].chars();
                    } else if c1 == '\\' {
                        if let Some((k, '\'')) = it.next() {
                            chars = rest[k + 1..].chars();
                        }
                    }
                }
            }
            (true, '\\') => {
                chars.next();
            }
            (true, '"') => {
                in_str = false;
                out.extend(cur.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).map(String::from));
            }
            (true, c) => cur.push(c),
            _ => {}
        }
    }
}
