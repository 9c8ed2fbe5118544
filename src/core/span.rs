//! Byte spans into a text.

use serde::Serialize;

/// A half-open range `[start, end)` of **UTF-8 byte offsets** into a text, as
/// [`regex::Match`] reports them.
///
/// Spans produced by the core always lie on `char` boundaries. Conversion to
/// UTF-16 code units (JavaScript, the DOM) or code points (Python, the eval
/// format) happens in one place: [`crate::core::offsets::OffsetMap`].
///
/// ```
/// use whosaid::core::span::Span;
/// let text = "Greek: αβγδ";
/// let span = Span::new(7, 15);
/// assert_eq!(span.get(text), "αβγδ");
/// assert_eq!(span.len(), 8); // bytes, not characters
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes). An inverted pair is stored empty at `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text under the span, or `""` when the span does not fit the text.
    pub fn get<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span with surrounding whitespace removed.
    pub fn trimmed(&self, text: &str) -> Span {
        let s = self.get(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// Whether one of `sorted` (sorted by start, not overlapping) contains `span`:
/// a binary search, for the many-spans-against-many-spans checks of long pages.
pub fn any_contains(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.start <= span.start);
    i > 0 && sorted[i - 1].contains(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_outside_text_is_empty() {
        assert_eq!(Span::new(3, 40).get("short"), "");
        assert_eq!(Span::new(1, 2).get("é"), ""); // not a char boundary
    }

    #[test]
    fn any_contains_searches_sorted_spans() {
        let spans = [Span::new(0, 5), Span::new(10, 20), Span::new(30, 31)];
        assert!(any_contains(&spans, Span::new(12, 20)));
        assert!(any_contains(&spans, Span::new(0, 0)));
        assert!(!any_contains(&spans, Span::new(4, 11)));
        assert!(!any_contains(&spans, Span::new(25, 26)));
        assert!(!any_contains(&[], Span::new(1, 2)));
    }

    #[test]
    fn trimmed_removes_outer_whitespace() {
        let text = "  a b \n";
        assert_eq!(Span::new(0, text.len()).trimmed(text).get(text), "a b");
        assert!(Span::new(0, 2).trimmed(text).is_empty());
    }
}
