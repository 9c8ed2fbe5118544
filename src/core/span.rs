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

/// Whether any of `spans` (in any order: a sentence's few) overlaps `span`.
pub fn any_overlaps(spans: &[Span], span: Span) -> bool {
    spans
        .iter()
        .any(|s| s.start < span.end && span.start < s.end)
}

/// Spans sorted by start, with the running maximum of their ends, so the run of
/// them that can touch a paragraph is found by two binary searches instead of a
/// pass over all (quotations against paragraphs, on long pages).
pub struct SortedSpans {
    spans: Vec<Span>,
    /// `reach[i]`: the largest end among `spans[..=i]`.
    reach: Vec<usize>,
    sorted: bool,
}

impl SortedSpans {
    /// The spans, expected in order of their starts (when they are not,
    /// [`SortedSpans::near`] gives them all).
    pub fn new(spans: Vec<Span>) -> SortedSpans {
        let reach = spans
            .iter()
            .scan(0, |max, s| {
                *max = s.end.max(*max);
                Some(*max)
            })
            .collect();
        let sorted = spans.is_sorted_by_key(|s| s.start);
        SortedSpans {
            spans,
            reach,
            sorted,
        }
    }

    /// The consecutive spans that hold every span touching `within` (overlapping
    /// it or ending or starting at its edges), in their order: a sorted slice
    /// that answers [`any_contains`] and overlap questions inside `within` as the
    /// whole list does.
    pub fn near(&self, within: Span) -> &[Span] {
        if !self.sorted {
            return &self.spans;
        }
        let hi = self.spans.partition_point(|s| s.start <= within.end);
        let lo = self.reach[..hi].partition_point(|&e| e < within.start);
        &self.spans[lo..hi]
    }
}

/// Spans with an id each (the index of their quotation), indexed for overlap
/// questions: those overlapping a span are found by a binary search and a scan
/// as long as the longest span allows, not by a pass over all.
pub struct OverlapIndex {
    /// Sorted by start.
    entries: Vec<(Span, usize)>,
    longest: usize,
}

impl OverlapIndex {
    /// Indexes `(span, id)` pairs, in any order.
    pub fn new(entries: impl IntoIterator<Item = (Span, usize)>) -> OverlapIndex {
        OverlapIndex::from_vec(entries.into_iter().collect())
    }

    /// (The part of [`OverlapIndex::new`] that is not generic: compiled once, not
    /// once per caller's iterator; the wasm's size counts.)
    fn from_vec(mut entries: Vec<(Span, usize)>) -> OverlapIndex {
        super::sort::by_key(&mut entries, |&(s, _)| s.start as u128);
        let longest = entries.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
        OverlapIndex { entries, longest }
    }

    /// The ids of the spans that overlap `span` (`s.start < span.end && span.start < s.end`).
    pub fn overlapping(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        let hi = self.entries.partition_point(|(s, _)| s.start < span.end);
        self.entries[..hi]
            .iter()
            .rev()
            .take_while(move |(s, _)| s.start.saturating_add(self.longest) > span.start)
            .filter(move |(s, _)| span.start < s.end)
            .map(|&(_, id)| id)
    }

    /// The smallest id among the spans that overlap `span`.
    pub fn first_overlapping(&self, span: Span) -> Option<usize> {
        self.overlapping(span).min()
    }
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
    fn sorted_spans_near_a_span_answer_as_all_do() {
        let spans = vec![
            Span::new(0, 5),
            Span::new(5, 9),
            Span::new(10, 20),
            Span::new(20, 20),
            Span::new(30, 31),
        ];
        let sorted = SortedSpans::new(spans.clone());
        for a in 0..35 {
            for b in a..35 {
                let near = sorted.near(Span::new(a, b));
                for x in a..=b {
                    for y in x..=b {
                        let q = Span::new(x, y);
                        assert_eq!(any_contains(near, q), any_contains(&spans, q), "{q:?}");
                    }
                }
                let touching = |v: &[Span]| {
                    v.iter()
                        .filter(|s| s.start <= b && s.end >= a)
                        .copied()
                        .collect::<Vec<_>>()
                };
                assert_eq!(touching(near), touching(&spans));
            }
        }
        let unsorted = SortedSpans::new(vec![Span::new(9, 10), Span::new(1, 2)]);
        assert_eq!(unsorted.near(Span::new(1, 2)).len(), 2);
    }

    #[test]
    fn overlap_index_finds_what_a_scan_finds() {
        let spans = [
            Span::new(3, 40),
            Span::new(0, 2),
            Span::new(5, 6),
            Span::new(7, 7),
            Span::new(12, 15),
            Span::new(14, 30),
        ];
        let index = OverlapIndex::new(spans.iter().copied().zip(0..));
        for a in 0..45 {
            for b in a..45 {
                let l = Span::new(a, b);
                let scan = spans
                    .iter()
                    .position(|s| s.start < l.end && l.start < s.end);
                assert_eq!(index.first_overlapping(l), scan, "{l:?}");
            }
        }
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
