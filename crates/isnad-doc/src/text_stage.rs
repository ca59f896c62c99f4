//! The text stage: tokens, token keys and sentences over the article's content zones only,
//! so that chrome never reaches the analysis stages.

use crate::{DocStage, Document, Layer};

#[derive(Debug, Default)]
pub struct TextStage;

impl DocStage for TextStage {
    fn name(&self) -> &'static str {
        "text"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Zones]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn run(&self, doc: &mut Document) {
        let raw = doc.raw.clone();
        let spans: Vec<_> = if doc.is_arabic() { doc.content_spans().map(|(s, _)| s).collect() } else { Vec::new() };
        for s in spans {
            let base = s.start as usize;
            let text = s.slice(&raw);
            doc.tokens.extend(isnad_text::tokenize(text).into_iter().map(|mut t| {
                t.span = shift(t.span, base);
                t.stem = shift(t.stem, base);
                t
            }));
            doc.sentences.extend(isnad_text::sentences(text).into_iter().map(|x| shift(x, base)));
        }
        doc.keys = isnad_text::TokenKeys::new(&raw, &doc.tokens);
        doc.mark(Layer::Tokens);
        doc.mark(Layer::Sentences);
    }
}

fn shift(s: isnad_text::Span, by: usize) -> isnad_text::Span {
    isnad_text::Span::new(s.start as usize + by, s.end as usize + by)
}
