//! Where the words were given: `told Reuters`, `in a statement`. The other
//! grammars but German's read these English phrases too, until they have
//! their own.

use crate::core::attribution::Ctx;
use crate::core::lexicon::{FUNCTION_WORDS, MEDIUM_NOUNS, PLATFORMS, is, lower};
use crate::core::mentions::RunKind;
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::is_cue_at;

impl Ctx<'_> {
    /// Where the words were given: `speaking to TASS`, `told Reuters`, `in a statement`.
    pub(in crate::core::attribution) fn medium(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Span> {
        let (para, lo, hi) = self.quote_sentence(q, prev_close, next_open);
        let t = &para.tokens;
        let outside = |k: usize| !q.outer().contains(t[k].span);
        for k in lo..hi {
            if !outside(k) {
                continue;
            }
            let w = lower(t[k].text(self.text));
            let next = |d: usize| t.get(k + d).map(|x| lower(x.text(self.text)));
            let trigger_end = match &*w {
                "speaking" | "talking" | "spoke" | "speaks"
                    if next(1).as_deref() == Some("to") || next(1).as_deref() == Some("with") =>
                {
                    Some(k + 2)
                }
                "told" => Some(k + 1),
                "interview" if matches!(next(1).as_deref(), Some("with" | "on")) => Some(k + 2),
                "quoted" if next(1).as_deref() == Some("by") => Some(k + 2),
                // `“…,” Ruiz said, according to Radio Sur`: the source that relays
                // the words (after a cue: a bare `according to X` is X's own).
                "according"
                    if next(1).as_deref() == Some("to")
                        && (k.saturating_sub(6).max(lo)..k)
                            .any(|m| outside(m) && is_cue_at(self.text, t, m)) =>
                {
                    Some(k + 2)
                }
                "in" if matches!(next(1).as_deref(), Some("a" | "an"))
                    && next(2).as_deref().is_some_and(|n| is(&MEDIUM_NOUNS, n))
                    // (`in an interview with CNN`: the outlet, read at `interview`.)
                    && !matches!(next(3).as_deref(), Some("with" | "on")) =>
                {
                    // `in a press release`, `in a blog post`.
                    let mut end = k + 2;
                    while next(end + 1 - k)
                        .as_deref()
                        .is_some_and(|n| is(&MEDIUM_NOUNS, n))
                    {
                        end += 1;
                    }
                    return Some(Span::new(t[k + 1].span.start, t[end].span.end));
                }
                // `wrote on X`, `said on Truth Social`, `told … on CNN`: after a cue.
                "on" if (k.saturating_sub(6).max(lo)..k).any(|m| is_cue_at(self.text, t, m)) => {
                    let Some(n) = t.get(k + 1).filter(|n| n.is_word() && outside(k + 1)) else {
                        continue;
                    };
                    if is(&PLATFORMS, n.text(self.text)) && n.is_capitalized(self.text) {
                        let social = next(2).as_deref() == Some("social");
                        let end = if social { k + 2 } else { k + 1 };
                        return Some(Span::new(n.span.start, t[end].span.end));
                    }
                    // A broadcaster: a name in capitals, or one with News, TV or Radio in it.
                    let run = para
                        .run_at
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .map(|r| &para.runs[r]);
                    if let Some(r) = run.filter(|r| r.first == k + 1) {
                        let words: Vec<&str> = (r.first..=r.last)
                            .filter(|&m| t[m].is_word())
                            .map(|m| t[m].text(self.text))
                            .collect();
                        let broadcaster = words
                            .iter()
                            .all(|w| w.chars().count() >= 2 && !w.chars().any(char::is_lowercase))
                            || words.iter().any(|w| matches!(*w, "News" | "TV" | "Radio"));
                        if broadcaster {
                            return Some(r.span);
                        }
                    }
                    None
                }
                _ => None,
            };
            let Some(start) = trigger_end else { continue };
            let window = start..(start + 8).min(hi);
            for r in &para.runs {
                if !window.contains(&r.first) || !outside(r.first) {
                    continue;
                }
                if (start..r.first).any(|m| matches!(t[m].text(self.text), "," | "." | ";" | ":")) {
                    break;
                }
                let followed_by_noun = t.get(r.last + 1).is_some_and(|n| {
                    n.is_word()
                        && n.text(self.text)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                        && !is(&FUNCTION_WORDS, n.text(self.text))
                });
                if r.kind == RunKind::Org || !followed_by_noun {
                    return Some(r.span);
                }
            }
        }
        None
    }
}

/// Whether `medium`, found by [`Ctx::medium`], is a source that relays the
/// words (`“…,” Ruiz said, according to Radio Sur`; `according to excerpts of
/// his speech released by the White House`: the medium may close a longer
/// phrase, within the sentence), not where they were given (`told X`, `in a
/// statement`).
pub(in crate::core::attribution) fn relays(text: &str, medium: Span) -> bool {
    let mut from = medium.start.saturating_sub(64);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..medium.start)
        .unwrap_or("")
        .rsplit(['.', '!', '?', '“', '”', '"'])
        .next()
        .is_some_and(|clause| clause.to_lowercase().contains("according to "))
}
