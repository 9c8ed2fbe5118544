//! What the marks hold: direct words, a fragment in the writer's sentence, or
//! no one's words at all.

use crate::core::attribution::{Ctx, QuoteKind, words};
use crate::core::lexicon::{NAMING_WORDS, is};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::{TokenKind, is_according_to, is_cue_at};

impl Ctx<'_> {
    /// Whether quote `q` is all its paragraphs hold (marks and final punctuation aside).
    pub(super) fn is_whole_paragraph(&self, q: &MarkedQuote) -> bool {
        let (Some(first), Some(last)) = (
            self.paras.get(q.first_paragraph),
            self.paras.get(q.last_paragraph),
        ) else {
            return false;
        };
        let end = q.close.map_or(q.open.end, |c| c.end);
        first.token_at(q.open.start) == Some(0)
            && self
                .text
                .get(end..last.span.end)
                .is_none_or(|rest| rest.trim().chars().count() <= 1)
    }

    /// Direct when the quote is a clause of its own; mixed when it sits inside the writer's sentence.
    pub(super) fn kind(&self, q: &MarkedQuote) -> QuoteKind {
        let para = &self.paras[q.first_paragraph];
        let Some(o) = para.token_at(q.open.start) else {
            return QuoteKind::Direct;
        };
        if o == 0 {
            return if self.grammar().writer_goes_on(self, q) {
                QuoteKind::Mixed
            } else {
                QuoteKind::Direct
            };
        }
        let before = para.tokens[o - 1];
        let w = before.text(self.text);
        // A cue right before the mark introduces the words, unless they go on in
        // lower case as part of the writer's clause (`were calling “every 15
        // minutes.”`).
        let lower_start = q
            .parts
            .first()
            .and_then(|p| p.get(self.text).chars().find(|c| c.is_alphabetic()))
            .is_some_and(char::is_lowercase);
        // (A parenthesis opens a whole quotation, not a fragment: `("I want my
        // dues back," wrote X)`, but not `("mutmaßliche")`.)
        let parenthesis = w == "(" && words(q, self.text) >= 4;
        let introduced = !before.is_word() && !matches!(w, "(" | "\"")
            || parenthesis
            || is_cue_at(self.text, &para.tokens, o - 1)
                && !(lower_start
                    && self.grammar().lower_case_fragment_after_cue_is_mixed()
                    && words(q, self.text) <= 6)
            || para.ends.contains(&before.span.end);
        if introduced && !self.grammar().writer_goes_on(self, q) && !self.after_writer_comma(q, o) {
            QuoteKind::Direct
        } else {
            QuoteKind::Mixed
        }
    }

    /// The writer's sentence that quotation `q` finishes, from its start to the
    /// closing mark, if the quotation goes on after a comma (see [`Ctx::after_writer_comma`]).
    pub(super) fn writer_clause(&self, q: &MarkedQuote, floor: Option<usize>) -> Option<Span> {
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        if !self.after_writer_comma(q, o) {
            return None;
        }
        let start = para.first_from(para.clause_start(q.open.start, floor));
        Some(Span::new(para.tokens.get(start)?.span.start, q.outer().end))
    }

    /// Whether the quotation at token `o` goes on a sentence the writer began,
    /// after a comma and with no cue before it (`Workers must wait a year, “and
    /// they can lose the job,” said X`): its words finish the writer's clause.
    /// Not after a cue, its hearer or a circumstance of it (`told reporters, “…”`).
    pub(super) fn after_writer_comma(&self, q: &MarkedQuote, o: usize) -> bool {
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        if !self.grammar().comma_clause_before_quotation_is_mixed()
            || o < 3
            || !t[o - 1].is_punct(',')
        {
            return false;
        }
        let start = para.first_from(para.clause_start(q.open.start, None));
        let words = (start..o - 1).filter(|&k| t[k].is_word()).count();
        // (Its attribution comes after it, in its sentence: `As X put it, “…”`
        // is introduced.)
        let close = q.close.map_or(q.open.end, |c| c.end);
        // (A sentence may end with the closing mark itself.)
        let end = para.first_from(para.clause_end(close - 1, None));
        // (`according to X` is a cue too, either side.)
        let cue = |k: usize| is_cue_at(self.text, t, k) || is_according_to(self.text, t, k);
        let cue_after = (para.first_from(close)..end).any(cue);
        words >= 3
            && cue_after
            && (start..o - 1).all(|k| {
                !cue(k) && !matches!(t[k].kind, TokenKind::Punct(':' | '(' | '"' | '“' | '”'))
            })
    }

    /// Scare quotes, titles, nicknames, terms: marks that hold no one's words.
    pub(super) fn is_not_a_quotation(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let n = words(q, self.text);
        let naming = para.token_at(q.open.start).is_some_and(|o| {
            let w = |k: usize| para.tokens[k].text(self.text);
            o > 0 && is(&NAMING_WORDS, w(o - 1))
                || o > 1 && w(o - 1) == "as" && matches!(w(o - 2), "known" | "such" | "described")
        });
        let content = q
            .parts
            .iter()
            .map(|p| p.get(self.text))
            .collect::<Vec<_>>()
            .join(" ");
        let title_case = {
            let long: Vec<&str> = content
                .split_whitespace()
                .filter(|w| w.chars().count() > 3)
                .collect();
            !long.is_empty()
                && long
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !content.trim_end().ends_with(['.', '!', '?', ','])
        };
        naming || n <= 4 || title_case
    }
}
