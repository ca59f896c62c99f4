/// A half-open byte range `[start, end)` into a document's raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start: start as u32, end: end as u32 }
    }
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// The surface text. Returns `""` when the span does not fit `raw` (never panics).
    pub fn slice<'a>(&self, raw: &'a str) -> &'a str {
        raw.get(self.range()).unwrap_or("")
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
    /// Shrink the span so it does not start or end with whitespace.
    pub fn trim(&self, raw: &str) -> Span {
        let s = self.slice(raw);
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        Span::new(self.start as usize + lead, self.start as usize + lead + t.len())
    }
}
