//! Extracts the value matchers' trigger words at build time (see `src/literals.rs`).

use std::collections::BTreeSet;
use std::io::Write;

include!("src/literals.rs");

fn main() {
    let mut words = BTreeSet::new();
    for path in SOURCES {
        println!("cargo:rerun-if-changed={path}");
        let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        literal_words(&src, &mut words);
    }
    println!("cargo:rerun-if-changed=src/literals.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("trigger_words.rs");
    let mut f = std::fs::File::create(&out).unwrap_or_else(|e| panic!("creating {}: {e}", out.display()));
    let list: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
    writeln!(f, "/// Words of the matcher sources' string literals, as written ({} of them).", words.len())
        .and_then(|()| writeln!(f, "const TRIGGER_WORDS: &[&str] = &[{}];", list.join(", ")))
        .unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}
