//! English: its cues, the subjects before and after them, the clauses that end
//! in a colon or a comma, titles, media, and its reported speech
//! (`reported.rs`). The fallback grammar (`lang/fallback.rs`) reads other
//! languages with the parts of these rules that need no English word.

pub(crate) mod lexicon;
mod marks;
pub(in crate::core::attribution) mod medium;
pub(in crate::core::attribution) mod phrases;
pub(in crate::core::attribution) mod reported;
pub(in crate::core::attribution) mod rules;
mod subject;

use std::borrow::Cow;

use crate::core::attribution::clause::Clauses;
use crate::core::attribution::grammar::{Close, Grammar, Phrases};
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, NpKind, Para, QuoteKind, q_opens_after_label};
use crate::core::lexicon::{
    AUXILIARIES, ENGLISH_PRONOUNS, FUNCTION_WORDS, OPENING_SUBORDINATORS, SUBORDINATORS, is,
};
use crate::core::mentions::{Gender, NameRun, RunKind, noun_gender};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::{Token, TokenKind, is_according_to, is_cue_at};

pub(in crate::core::attribution) struct English;

impl Grammar for English {
    fn rules(&self) -> &'static [&'static Rule] {
        rules::RULES
    }

    fn phrases(&self) -> &dyn Phrases {
        self
    }

    /// A name in a photo's credit (`Photo: Lena Marsh / Reuters`, `Lena
    /// Marsh/AFP`) took no part in the article: no one a pronoun refers to.
    fn speaker_run<'r>(
        &self,
        text: &str,
        tokens: &[Token],
        run: &'r NameRun,
    ) -> Option<Cow<'r, NameRun>> {
        (!marks::in_credit(text, tokens, run.first, run.last)).then_some(Cow::Borrowed(run))
    }

    /// `the congresswoman`, `the spokesman`, `his wife`.
    fn description_gender(&self, _ctx: &Ctx, _para: &Para, _np: Np, head: &str) -> Gender {
        noun_gender(head)
    }

    fn lower_case_fragment_after_cue_is_mixed(&self) -> bool {
        true
    }

    fn comma_clause_before_quotation_is_mixed(&self) -> bool {
        true
    }

    fn writer_goes_on(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        ctx.writer_goes_on(q)
    }

    fn is_title(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        ctx.is_title(q)
    }

    /// A direct quotation right after a verb of speech (`chanting “…”`).
    fn keeps_unattributed(&self, ctx: &Ctx, q: &MarkedQuote, kind: QuoteKind) -> bool {
        kind == QuoteKind::Direct && ctx.after_cue(q)
    }

    fn checks_fragments(&self) -> bool {
        true
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.clause_introduced_by(self, para, o, lo)
    }

    fn after(&self, ctx: &Ctx, q: &MarkedQuote, close: Close) -> Option<Found> {
        ctx.clause_after(self, q, close)
    }

    fn reads_next_block(&self) -> bool {
        true
    }

    fn reads_pull_quotes(&self) -> bool {
        true
    }

    fn clause_content(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        cue: Span,
        next_open: Option<usize>,
    ) -> Option<Span> {
        ctx.clause_after_cue(q, cue, next_open)
    }

    fn groups_unattributed_paragraphs(&self) -> bool {
        true
    }

    /// A relative `who` after a role (`lawmakers who say`) is that unnamed source.
    fn resolve(
        &self,
        ctx: &Ctx,
        registry: &mut crate::core::mentions::Registry,
        np: Np,
    ) -> Option<Option<usize>> {
        ctx.relative_antecedent(registry, np)
    }

    fn thought(&self, cue: &str) -> bool {
        cue.split(|c: char| !c.is_alphabetic())
            .any(|w| lexicon::THOUGHT_CUES.has(w))
    }

    fn reported(
        &self,
        ctx: &Ctx,
        para: &Para,
        quoted: &[Span],
        direct: &[Span],
    ) -> Vec<reported::Reported> {
        ctx.reported(para, quoted, direct)
    }
}

impl Clauses for English {
    fn before_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        according_before(ctx, para, lo, o)
    }

    fn cue_at(&self, ctx: &Ctx, para: &Para, k: usize) -> bool {
        is_cue_at(ctx.text, &para.tokens, k)
    }

    /// `After Brown criticized Clinton, Hillary shot back, “…”`: a cue in a
    /// subordinate clause opening the sentence is not the quote's.
    fn cue_floor(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<usize> {
        let t = &para.tokens;
        is(&SUBORDINATORS, t[lo].text(ctx.text))
            .then(|| (lo + 1..o.saturating_sub(2)).find(|&k| t[k].is_punct(',')))
            .flatten()
    }

    /// (`She offered a sound bite for which she later apologized: “…”`, `the
    /// rival, whom he described as weak, with Clinton: “…”`: a cue in a relative
    /// clause that ends before the quotation is not the quotation's. Not `whom
    /// he called “weak”`: the quotation inside the clause is.)
    fn subject_before(&self, ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> Option<Np> {
        let np = subject_before(ctx, para, c, lo, o)?;
        let t = &para.tokens;
        // (Its antecedent in the sentence: not `To which she said, “…”`.)
        let relative = np.first > lo + 1
            && np.first < c
            && matches!(t[np.first - 1].text(ctx.text), "which" | "whom" | "whose")
            && (np.first - 2 > lo || !is(&FUNCTION_WORDS, t[lo].text(ctx.text)));
        let ended = t[o - 1].is_punct(':') || (c + 1..o).any(|k| t[k].is_punct(','));
        // (`Bolton said he would advise Trump on the “threats”`: a pronoun
        // opening the content of an earlier cue is that cue's subject again, who
        // speaks.)
        let f = np.first;
        let outer = if np.kind == NpKind::Pronoun && np.last < c && f > lo {
            if is_cue_at(ctx.text, t, f - 1) {
                Some(f - 1)
            } else if f > lo + 1
                && t[f - 1].text(ctx.text) == "that"
                && is_cue_at(ctx.text, t, f - 2)
            {
                Some(f - 2)
            } else {
                None
            }
        } else {
            None
        };
        if relative && ended {
            return None;
        }
        Some(
            outer
                .and_then(|oc| subject_before(ctx, para, oc, lo, o))
                .filter(|s| s.last < f)
                .unwrap_or(np),
        )
    }

    fn without_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        without_cue(ctx, para, lo, o, true)
    }

    fn next_sentence_must_be_attribution(&self) -> bool {
        true
    }

    /// `“…,” was said by X`, `“…” were the words written by X`: a passive cue
    /// after the closing mark, its agent the speaker.
    fn after_first(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        close: Close,
        k: usize,
    ) -> Option<Option<Found>> {
        // (`“American Skin” was written by X`: a title in title case has an
        // author, no speaker.)
        let title_case = q
            .parts
            .iter()
            .flat_map(|p| p.get(ctx.text).split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty() && !is(&FUNCTION_WORDS, w))
            .all(|w| !w.chars().next().is_some_and(char::is_lowercase));
        if title_case {
            return None;
        }
        let (para, hi) = (close.para, close.hi);
        let t = &para.tokens;
        let w = |j: usize| t[j].text(ctx.text);
        if k != close.last + 1 && !t[k - 1].is_punct(',') {
            return None;
        }
        if !matches!(w(k), "was" | "were" | "is" | "are" | "had") {
            return None;
        }
        // (`was first said by`, `had been written by`)
        let by = (k + 1..hi.min(k + 5)).find(|&j| w(j) == "by")?;
        let cue = (k + 1..by).rev().find(|&j| is_cue_at(ctx.text, t, j))?;
        let np = ctx.np_forward(para, by + 1, hi)?;
        Some(ctx.found(
            &rules::PASSIVE_AFTER,
            Some(np),
            Some(Span::new(t[k].span.start, t[by].span.end)),
            np.end.max(cue),
        ))
    }
}

/// `according to X, “…”`
pub(in crate::core::attribution) fn according_before(
    ctx: &Ctx,
    para: &Para,
    lo: usize,
    o: usize,
) -> Option<Found> {
    let t = &para.tokens;
    // `according to X, “…”`
    if let Some(a) = (lo..o.saturating_sub(1)).find(|&k| is_according_to(ctx.text, t, k)) {
        if let Some(np) = ctx.np_forward(para, a + 2, o) {
            if let Some(found) = ctx.found(
                &rules::ACCORDING_TO_BEFORE,
                Some(np),
                Some(Span::new(t[a].span.start, t[a + 1].span.end)),
                np.end,
            ) {
                return Some(found);
            }
        }
    }
    None
}

/// The subject of cue `c` in tokens `lo..o`: the phrase before it, or, for a
/// cue opening its clause, after it (`Said Dorothy Poynter, who grew up
/// nearby, “…”`, `…, added Trump: “…”`).
pub(in crate::core::attribution) fn subject_before(
    ctx: &Ctx,
    para: &Para,
    c: usize,
    lo: usize,
    o: usize,
) -> Option<Np> {
    let t = &para.tokens;
    let verb_first = c == lo || t[c - 1].is_punct(',');
    ctx.english_subject(para, c, lo).or_else(|| {
        verb_first
            .then(|| ctx.np_forward(para, para.first_from(ctx.cue_span(para, c).end), o))
            .flatten()
    })
}

/// The rules for a quotation after a clause with no cue: one ending in a comma
/// or a colon, `As X put it,` (with `as_clauses`), a transcript's or a
/// roundup's label, `X: “…”`.
pub(in crate::core::attribution) fn without_cue(
    ctx: &Ctx,
    para: &Para,
    lo: usize,
    o: usize,
    as_clauses: bool,
) -> Option<Found> {
    let t = &para.tokens;
    // `He sighed: “…”`, `Sanders made the following comment: “…”`: a clause
    // ending in a colon speaks through its subject, whatever its verb.
    // `Hillary shot back, “…”`: a short clause of a person and a verb, right
    // before the quote and after the sentence's other clauses.
    if t[o - 1].is_punct(',') {
        let s = (lo..o - 1)
            .rev()
            .find(|&j| t[j].is_punct(','))
            .map_or(lo, |j| j + 1);
        if o - 1 - s <= 5 {
            let verb_last = ctx
                .clause_subject(para, s, o - 1)
                .filter(|&(np, verb)| np.first == s && verb + 3 >= o);
            if let Some((np, verb)) = verb_last {
                if let Some(found) = ctx.found(
                    &rules::SHORT_CLAUSE_COMMA,
                    Some(np),
                    Some(t[verb].span),
                    np.end,
                ) {
                    return Some(found);
                }
            }
        }
    }
    // `Ruiz identified the inspector as “a friend of the owners”`, `It framed its
    // plans as “a belt”`: a verb, its object and `as` before the marks, whatever the
    // verb, characterise the object in the subject's words.
    if o >= lo + 4 && t[o - 1].is_word() && t[o - 1].text(ctx.text) == "as" {
        let found = ctx.clause_subject(para, lo, o - 1).filter(|&(_, verb)| {
            let v = t[verb].text(ctx.text);
            let object = verb + 1..o - 1;
            !object.is_empty()
                && object.len() <= 8
                && object.clone().all(|k| t[k].is_word())
                && v.chars().all(char::is_lowercase)
                && !is(&AUXILIARIES, v)
                && !matches!(v, "known" | "such" | "same")
        });
        if let Some((np, verb)) = found {
            if let Some(found) = ctx.found(
                &rules::AS_CHARACTERISATION,
                Some(np),
                Some(t[verb].span),
                np.end,
            ) {
                return Some(found);
            }
        }
    }
    // `As John Cornyn put it: “…”`, `As the band sang in 1985, “…”`.
    // (The clause opens the quotation's sentence, which may follow others: `The
    // vote was close. As the mayor put it, “…”`.)
    // (Not a full stop inside the clause: `As John Cornyn, the No. 2 …, put it:`.)
    let opens = |j: usize| {
        t[j].text(ctx.text).eq_ignore_ascii_case("as")
            && (j == lo || matches!(t[j - 1].kind, TokenKind::Punct('.' | '!' | '?')))
    };
    let as_clause = (as_clauses && matches!(t[o - 1].kind, TokenKind::Punct(',' | ':')))
        .then(|| (lo..o - 1).find(|&j| opens(j)))
        .flatten()
        .filter(|&s| s + 1 < o);
    if let Some(sentence) = as_clause {
        // (`As the mayor put it,`: the phrase reader may read the verb into the
        // subject; before `it`, the word is the verb, and the subject all before it.)
        let put_it = || {
            let verb = o.checked_sub(3).filter(|&v| v > sentence + 1)?;
            if !t[verb + 1].text(ctx.text).eq_ignore_ascii_case("it") || !t[verb].is_word() {
                return None;
            }
            ctx.np_forward(para, sentence + 1, verb)
                .filter(|np| np.first == sentence + 1 && np.last + 1 == verb)
                .map(|np| (np, verb))
        };
        if let Some((np, verb)) = ctx
            .clause_subject(para, sentence + 1, o - 1)
            .or_else(put_it)
        {
            if let Some(found) = ctx.found(&rules::AS_CLAUSE, Some(np), Some(t[verb].span), np.end)
            {
                return Some(found);
            }
        }
    }
    if t[o - 1].is_punct(':') {
        // (`The headline reads: “…”`, `The sign said: “…”`: with a verb of saying, a
        // thing speaks too, a document or a sign.)
        // (`Wait, it gets worse: “…”`: `it` with a verb that is no cue is no
        // one; `It reads: “…”` is the text named before.)
        // (`When Trump suggested that …, Rubio fired back: “…”`: a subordinate
        // clause that opens the sentence is not what introduces the quotation;
        // the main clause after its comma is.)
        let subordinate = is(&OPENING_SUBORDINATORS, t[lo].text(ctx.text));
        let main = subordinate
            .then(|| {
                (lo + 2..o - 1)
                    .rev()
                    .filter(|&c| t[c].is_punct(','))
                    .find_map(|c| ctx.clause_subject(para, c + 1, o - 1))
            })
            .flatten();
        let subject = main
            .or_else(|| ctx.clause_subject(para, lo, o - 1))
            .or_else(|| {
                ctx.clause_subject_where(para, lo, o - 1, true)
                    .filter(|&(_, verb)| is_cue_at(ctx.text, t, verb))
            })
            .filter(|&(np, verb)| {
                !(np.kind == NpKind::Pronoun
                    && t[np.first].text(ctx.text).eq_ignore_ascii_case("it")
                    && !is_cue_at(ctx.text, t, verb))
            });
        if let Some((np, verb)) = subject {
            if let Some(found) =
                ctx.found(&rules::COLON_CLAUSE, Some(np), Some(t[verb].span), np.end)
            {
                return Some(found);
            }
        }
    }
    // `WALLACE: …`: a transcript's turn, after its speaker's label.
    if t[o - 1].is_punct(':') && q_opens_after_label(ctx.text, para, lo, o) {
        let words: Vec<usize> = (lo..o - 1).filter(|&k| t[k].is_word()).collect();
        if let (Some(&first), Some(&last)) = (words.first(), words.last()) {
            let np = match para.run_at.get(first).copied().flatten() {
                Some(r) if para.runs[r].first == first && para.runs[r].last == last => {
                    ctx.name_np(para, r)
                }
                _ => Np {
                    span: Span::new(t[first].span.start, t[last].span.end),
                    kind: NpKind::Unnamed,
                    para: para.index,
                    end: last,
                    first,
                    last,
                },
            };
            if let Some(found) = ctx.found(
                &rules::TRANSCRIPT_TURN,
                Some(np),
                Some(t[o - 1].span),
                np.end,
            ) {
                return Some(found);
            }
        }
    }
    // `Peggy Drexler, CNN: “…”`, `Jeremy Lott, author: “…”`: a roundup's label,
    // a person's name and what they are.
    if t[o - 1].is_punct(':') && o - 1 - lo <= 14 {
        if let Some(r) = para.run_at.get(lo).copied().flatten() {
            let run = &para.runs[r];
            // (What the person is, no clause: not `Wait, it gets worse:`.)
            let labelled = run.kind != RunKind::Org
                && t.get(run.last + 1).is_some_and(|c| c.is_punct(','))
                && (run.last + 2..o - 1).all(|k| !is(&ENGLISH_PRONOUNS, t[k].text(ctx.text)))
                && (run.last + 2..o - 1).all(|k| {
                    !is_cue_at(ctx.text, t, k) && !t[k].is_punct('.') && !t[k].is_punct(':')
                });
            if labelled {
                let np = ctx.name_np(para, r);
                if let Some(found) =
                    ctx.found(&rules::ROUNDUP_LABEL, Some(np), Some(t[o - 1].span), np.end)
                {
                    return Some(found);
                }
            }
        }
    }
    // `X: “…”`. German capitalises every noun, so there the name must be all
    // there is before the colon (not `… kommt iRights zum Schluss:`).
    if t[o - 1].is_punct(':') {
        if let Some(np) = ctx.np_backward(para, o - 1, lo) {
            // (The name right before the colon, perhaps with a parenthesis: not
            // `Wait, it gets worse:`.)
            let mut depth = 0usize;
            let adjacent = (np.end + 1..o - 1).all(|k| {
                if t[k].is_punct('(') {
                    depth += 1;
                } else if t[k].is_punct(')') {
                    depth = depth.saturating_sub(1);
                }
                depth > 0 || !t[k].is_word()
            });
            if adjacent && matches!(np.kind, NpKind::Name(r) if para.runs[r].kind != RunKind::Org) {
                if let Some(found) =
                    ctx.found(&rules::NAME_COLON, Some(np), Some(t[o - 1].span), np.end)
                {
                    return Some(found);
                }
            }
        }
    }
    None
}
