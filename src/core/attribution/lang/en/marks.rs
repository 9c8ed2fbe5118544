//! English titles in marks, fragments the writer's sentence goes on after,
//! and the clause a fragment is part of.

use crate::core::attribution::{Ctx, Para, ends_as_utterance};
use crate::core::lexicon::{AUXILIARIES, ENGLISH_PRONOUNS, FUNCTION_WORDS, NAMING_WORDS, is};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::{TokenKind, is_cue_at};

impl Ctx<'_> {
    /// A title in marks (`NBC’s “Meet the Press.”`, `the book “Strangers No
    /// More,”`, `co-author of “A Life”`): words in title case, perhaps with the
    /// sentence's punctuation, after a possessive, `of`, `on` or a naming word.
    pub(in crate::core::attribution) fn is_title(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let Some(o) = para.token_at(q.open.start) else {
            return false;
        };
        let w = |k: usize| para.tokens[k].text(self.text);
        let naming = |k: usize| is(&NAMING_WORDS, w(k));
        let before = o > 0 && {
            let p = w(o - 1);
            p.ends_with("'s")
                || p.ends_with("’s")
                || matches!(
                    p,
                    "of" | "on" | "called" | "with" | "to" | "from" | "in" | "at" | "about"
                )
                || naming(o - 1)
                || p == "," && o > 1 && naming(o - 2)
        };
        if !before || q.parts.len() != 1 {
            return false;
        }
        let words: Vec<&str> = q
            .parts
            .iter()
            .flat_map(|p| p.get(self.text).split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let capital = |w: &&str| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        };
        !words.is_empty()
            && words.len() <= 10
            && words.iter().any(|w| capital(w) && w.chars().count() > 3)
            && words
                .iter()
                .all(|w| capital(w) || w.chars().count() <= 3 || is(&FUNCTION_WORDS, w))
    }

    /// Whether the writer's own words follow a quotation that opens its sentence,
    /// before any attribution (`“We’re happy” about the decision, said X`): the
    /// quotation is then a fragment of the writer's sentence. English only.
    pub(in crate::core::attribution) fn writer_goes_on(&self, q: &MarkedQuote) -> bool {
        let Some(close) = q.close else {
            return false;
        };
        let para = &self.paras[q.last_paragraph];
        if para.ends.contains(&close.end) {
            return false;
        }
        let Some(c) = para.token_at(close.start) else {
            return false;
        };
        let t = &para.tokens;
        let hi = para.first_from(para.clause_end(close.end, None));
        let Some(next) = t.get(c + 1).filter(|_| c + 1 < hi) else {
            return false;
        };
        let w = next.text(self.text);
        next.is_word()
            && w.chars().next().is_some_and(char::is_lowercase)
            && !is(&ENGLISH_PRONOUNS, w)
            && !is_cue_at(self.text, t, c + 1)
            && self.clause_attribution(para, c + 1, hi, None).is_none()
    }

    /// What follows cue `cue` up to the end of quote `q`'s sentence, in `q`'s first
    /// paragraph: the clause a partial quotation is part of.
    pub(in crate::core::attribution) fn clause_after_cue(
        &self,
        q: &MarkedQuote,
        cue: Span,
        next_open: Option<usize>,
    ) -> Option<Span> {
        let para = &self.paras[q.first_paragraph];
        if !para.span.contains(cue) || para.clause_start(q.open.start, None) > cue.start {
            return None;
        }
        let t = &para.tokens;
        let mut k = para.first_from(cue.end);
        // `said that …` keeps its `that`, as PolNeAR marks it; a comma or colon goes.
        while k < t.len() && matches!(t[k].kind, TokenKind::Punct(',' | ':')) {
            k += 1;
        }
        let start = t.get(k)?.span.start;
        let close = q.close.map_or(q.open.end, |c| c.end);
        // (`Kasich cautioned “let’s not get ahead of ourselves,” before …`: a
        // quotation right after its cue that ends as an utterance does, with its
        // own comma or stop inside the marks, is all that was said.)
        if let Some(c) = q
            .close
            .filter(|_| start == q.open.start && ends_as_utterance(self.text, q.open, q.close))
        {
            return Some(Span::new(start, c.end));
        }
        // (A sentence may end with the closing mark itself.)
        let end = if para.ends.contains(&close) {
            close
        } else {
            para.clause_end(close, next_open)
        };
        let end = self.fragment_clause_end(para, close, end);
        let trimmed = self.text[start..end].trim_end_matches(['.', ',', ' ', '\n']);
        (start < close).then(|| Span::new(start, start + trimmed.len()))
    }

    /// Where the clause holding a fragment that closes at byte `close` ends, at
    /// `end` at the latest: before a second verb of the speaker (`he called her
    /// “weak” and said she had …`), a new clause after the fragment's comma
    /// (`“unpatriotic,” and his administration has …`) or a second participle
    /// (`… and threatening to …`).
    pub(in crate::core::attribution) fn fragment_clause_end(
        &self,
        para: &Para,
        close: usize,
        end: usize,
    ) -> usize {
        let t = &para.tokens;
        let after_fragment = |m: usize| {
            m >= 2 && t[m - 1].is_punct(',') && matches!(t[m - 2].text(self.text), "”" | "\"" | "’")
                || m >= 2
                    && matches!(t[m - 1].text(self.text), "”" | "\"" | "’")
                    && t[m - 2].is_punct(',')
        };
        (para.first_from(close)..para.first_from(end))
            .find(|&m| {
                matches!(t[m].text(self.text), "and" | "but")
                    && (after_fragment(m)
                        || t.get(m + 1).is_some_and(|n| {
                            let w = n.text(self.text);
                            is(&AUXILIARIES, w)
                                || is_cue_at(self.text, t, m + 1)
                                || w.len() > 5 && w.ends_with("ing")
                        }))
            })
            .map_or(end, |m| t[m].span.start)
    }
}

/// Whether the name in tokens `first..=last` is a photo's or a video's credit:
/// beside a slash and another capitalised word (`Lena Marsh / Reuters`,
/// `AFP/Lena Marsh`), or after a credit's label (`Photo: Lena Marsh`, `Photo by
/// Lena Marsh`, `Credit: …`).
pub(super) fn in_credit(
    text: &str,
    tokens: &[crate::core::text::Token],
    first: usize,
    last: usize,
) -> bool {
    let w = |k: usize| tokens[k].text(text);
    let capital =
        |k: usize| tokens[k].is_word() && w(k).chars().next().is_some_and(char::is_uppercase);
    let slash_after = tokens.get(last + 1).is_some_and(|t| t.is_punct('/'))
        && tokens.get(last + 2).is_some()
        && capital(last + 2);
    let slash_before = first >= 2 && tokens[first - 1].is_punct('/') && capital(first - 2);
    let label = |k: usize| {
        matches!(
            w(k).to_lowercase().as_str(),
            "photo"
                | "photos"
                | "photograph"
                | "photographs"
                | "photographer"
                | "image"
                | "images"
                | "picture"
                | "pictures"
                | "credit"
                | "illustration"
                | "video"
                | "caption"
        )
    };
    let labelled =
        first >= 2 && (tokens[first - 1].is_punct(':') || w(first - 1) == "by") && label(first - 2);
    slash_after || slash_before || labelled
}
