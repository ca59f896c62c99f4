//! Any bytes, read as an HTML page and as a text dump, must zone without panicking, and every
//! zone must lie inside the raw text on character boundaries.
#![no_main]

use isnad_doc::DocStage;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["page.html", "page.txt"] {
        for r in isnad_ingest::read_bytes(name, data, &Default::default()) {
            let Ok(mut d) = r else { continue };
            isnad_clean::CleanStage::default().run(&mut d);
            for z in &d.zones {
                let (s, e) = (z.span.start as usize, z.span.end as usize);
                assert!(s <= e && e <= d.raw.len() && d.raw.is_char_boundary(s) && d.raw.is_char_boundary(e));
            }
        }
    }
});
