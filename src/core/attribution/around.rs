//! Where a quotation's attribution may be, whatever the language: before its
//! opening mark, after its closing mark, in the block after it, on a signing
//! line; and whether the next quotation goes on with it.

use crate::core::attribution::rules;
use crate::core::attribution::{AFTER_FALLBACK, Ctx, Found, NpKind, Para, thai_cue_ending};
use crate::core::lexicon::{CUE_VERBS, NAMING_WORDS, ROLE_NOUNS, is};
use crate::core::mentions::RunKind;
use crate::core::quotes::{Family, MarkedQuote};
use crate::core::span::{Span, any_contains};
use crate::core::text::{TokenKind, is_cue_at};

impl Ctx<'_> {
    /// `<td>“A,”</td><td>said X</td>`, `<li>“A,</li><li>said X.</li>`: the
    /// attribution of an English quotation that ends its paragraph on a comma,
    /// in the paragraph right after, a block cut off by markup (a table's next
    /// cell, a list's next item) that opens in lower case with a verb of speech.
    pub(super) fn after_in_next_block(&self, q: &MarkedQuote) -> Option<Found> {
        let last = self.paras.get(q.last_paragraph)?;
        let part = q.parts.last()?;
        let end = q.close.map_or(part.end, |c| c.end);
        // (The comma inside the marks or after them: `“A”,`.)
        let comma = match self.text.get(end..last.span.end).map(str::trim) {
            Some("") => part.get(self.text).ends_with(','),
            Some(rest) => rest == ",",
            None => false,
        };
        if !self.grammar().reads_next_block() || !comma {
            return None;
        }
        let next = self.paras.get(q.last_paragraph + 1)?;
        let first = next.tokens.first()?;
        let lower = first.text(self.text).starts_with(char::is_lowercase);
        if !lower || !is_cue_at(self.text, &next.tokens, 0) {
            return None;
        }
        let hi = next
            .first_from(next.clause_end(first.span.end, None))
            .max(1);
        let found = self.clause_attribution(next, 0, hi, None)?;
        self.enabled(&rules::NEXT_BLOCK).then_some(Found {
            confidence: found.confidence.min(AFTER_FALLBACK),
            rule: &rules::NEXT_BLOCK,
            ..found
        })
    }

    /// The dash line that signs the blockquote quotations `block` starts with:
    /// the first paragraph after them, if it opens with a dash.
    pub(super) fn signature(&self, block: &[MarkedQuote]) -> Option<Found> {
        let mut next = block.first()?.last_paragraph + 1;
        for q in block.iter().skip(1) {
            if q.family != Family::Block || q.first_paragraph != next {
                break;
            }
            next = q.last_paragraph + 1;
        }
        let para = self.paras.get(next)?;
        let first = para.tokens.first()?;
        if !matches!(first.text(self.text), "—" | "–" | "―" | "-") {
            return self.closing_signature(block.first()?, para);
        }
        let found = self.clause_attribution(para, 1, para.tokens.len(), Some(0))?;
        self.found(&rules::SIGNATURE, found.np, found.cue, found.last)
    }

    /// `"The words…` / `Jane Ruiz, a senator."`: a quotation left open at its
    /// paragraph's end, whose closing mark ends the short line after it that
    /// names its speaker (a pull quote).
    pub(super) fn closing_signature(&self, q: &MarkedQuote, para: &Para) -> Option<Found> {
        let t = &para.tokens;
        let n = t.len();
        let closes = q.close.is_none()
            && (3..=24).contains(&n)
            && matches!(t[n - 1].text(self.text), "\"" | "”")
            && t[n - 2].is_punct('.');
        if !closes || !self.grammar().reads_pull_quotes() {
            return None;
        }
        let np = self.np_forward(para, 0, n - 2)?;
        // The name and perhaps an apposition, nothing else with a verb.
        let apposition = t
            .get(np.end + 1)
            .is_none_or(|c| c.is_punct(',') || c.is_punct('.'));
        let named = match np.kind {
            NpKind::Name(r) => para.runs[r].kind != RunKind::Org,
            NpKind::Unnamed | NpKind::Definite => is(&ROLE_NOUNS, t[np.last].text(self.text)),
            NpKind::Pronoun => false,
        };
        (np.first == 0 && apposition && named && !(0..n).any(|k| is_cue_at(self.text, t, k)))
            .then(|| self.found(&rules::PULL_QUOTE, Some(np), None, np.end))
            .flatten()
    }

    /// The attribution before the quote, in its sentence.
    pub(super) fn before(&self, q: &MarkedQuote, prev_close: Option<usize>) -> Option<Found> {
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        let lo = para.first_from(para.clause_start(q.open.start, prev_close));
        if o > lo {
            return self.introduced_by(para, o, lo);
        }
        // A quote that opens its paragraph after one ending `He said:`.
        let previous = q.first_paragraph.checked_sub(1).map(|p| &self.paras[p])?;
        let end = previous.tokens.len();
        let ends_with_colon = previous
            .tokens
            .last()
            .is_some_and(|t| t.is_punct(':') || t.is_punct('：'));
        let open_quote = prev_close.is_some_and(|c| c > previous.span.start);
        if o != 0 || !ends_with_colon || open_quote {
            return None;
        }
        let lo =
            previous.first_from(previous.clause_start(previous.tokens[end - 1].span.start, None));
        self.introduced_by(previous, end, lo)
    }

    /// Whether the tokens between the attribution ending at `last` and the next
    /// opening mark are only a comma, colon or dash: the quote goes on.
    pub(super) fn continues_split(&self, pi: usize, last: usize, open: Span) -> bool {
        let para = &self.paras[pi];
        let Some(o) = para.token_at(open.start) else {
            return false;
        };
        o > last
            && (last + 1..o).all(|k| {
                matches!(
                    para.tokens[k].text(self.text),
                    "," | ":" | "—" | "–" | "―" | ";"
                )
            })
    }

    /// Whether the tokens between the attribution ending at `last` and quote `q`
    /// are only a circumstance of it and a comma (`“A,” Ruiz said in May, “but
    /// B.”`, `“A,” she said of the plan, “B.”`): no other cue (`, adding, “B”` is
    /// an attribution of its own), no quotation, no sentence end.
    pub(super) fn continues_after_circumstance(
        &self,
        pi: usize,
        last: usize,
        q: &MarkedQuote,
    ) -> bool {
        let para = &self.paras[pi];
        para.token_at(q.open.start).is_some_and(|o| {
            o > last + 2
                && para.tokens[o - 1].is_punct(',')
                && self.circumstance(para, last + 1, o - 1)
        })
    }

    /// Whether a verb of speech stands right before quote `q`'s opening mark,
    /// perhaps with a comma or colon (`chanting “…”`, `yelled: “…”`).
    pub(super) fn after_cue(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        let Some(o) = para.token_at(q.open.start) else {
            return false;
        };
        let k = if o > 1 && matches!(t[o - 1].kind, TokenKind::Punct(',' | ':')) {
            o - 2
        } else if o > 0 {
            o - 1
        } else {
            return false;
        };
        is_cue_at(self.text, t, k) && !is(&NAMING_WORDS, t[k].text(self.text))
            || thai_cue_ending(t[k].text(self.text))
    }

    /// Whether the quote opens right after words and a colon (`X: «…»`): in a
    /// language whose cues the rules do not know, the one sign of someone's
    /// words every convention shares.
    pub(super) fn after_colon(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        para.token_at(q.open.start)
            .is_some_and(|o| o > 1 && t[o - 1].is_punct(':') && t[o - 2].is_word())
    }

    /// Whether a reporting verb follows the closing mark, perhaps after a comma
    /// or a dash (`”, sagde borgmesteren`, `” dedi belediye başkanı`): someone's
    /// words, even when the speaker after the verb is no name the rules know.
    pub(super) fn cue_right_after(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        let Some(mut k) = q.close.and_then(|c| para.token_at(c.start)).map(|c| c + 1) else {
            return false;
        };
        while t
            .get(k)
            .is_some_and(|x| matches!(x.kind, TokenKind::Punct(',' | '—' | '–' | '-')))
        {
            k += 1;
        }
        // (Korean closes a quotation with a particle written onto the mark:
        // `“…”고 말했다`, `「…」라고 덧붙였다`.)
        if t.get(k).is_some_and(|x| {
            q.close.is_some_and(|c| c.end == x.span.start)
                && matches!(x.text(self.text), "고" | "라고" | "이라고")
        }) {
            k += 1;
        }
        is_cue_at(self.text, t, k)
    }

    /// Whether only the attribution ending at token `last`, perhaps with a
    /// circumstance (`said on Monday`), and its full stop stand before the
    /// opening mark `open`.
    pub(super) fn right_after(&self, pi: usize, last: usize, open: Span) -> bool {
        let para = &self.paras[pi];
        let t = &para.tokens;
        para.token_at(open.start).is_some_and(|o| {
            // (`said on NBC’s “Meet the Press.” “B”`: the title ends the sentence.)
            let mut e = o;
            let mut stop = o > 0 && t[o - 1].is_punct('.');
            while e > last + 1 && any_contains(&self.titles, t[e - 1].span) {
                stop |= t[e - 1].is_punct('.');
                e -= 1;
            }
            let e = if e == o { o.saturating_sub(1) } else { e };
            o >= last + 2 && stop && self.circumstance(para, last + 1, e)
        })
    }

    /// Whether tokens `from..to` of `para` are a short circumstance of an
    /// attribution: words, commas and titles, no cue, no quotation.
    pub(super) fn circumstance(&self, para: &Para, from: usize, to: usize) -> bool {
        let t = &para.tokens;
        to <= from + 16
            && (from..to).all(|k| {
                any_contains(&self.titles, t[k].span)
                    || (t[k].is_word() || t[k].is_punct(',')) && !is_cue_at(self.text, t, k)
            })
    }

    /// Whether only punctuation and at most a bare participle cue (`, adding,`)
    /// stand between a closing mark and the next opening mark.
    pub(super) fn bare_continuation(&self, pi: usize, close: Span, open: Span) -> bool {
        let para = &self.paras[pi];
        let c = para
            .token_at(close.start)
            .map(|c| para.first_from(close.end).saturating_sub(1).max(c));
        let (Some(c), Some(o)) = (c, para.token_at(open.start)) else {
            return false;
        };
        let between = c + 1..o;
        let cues = between
            .clone()
            .filter(|&k| para.tokens[k].is_word())
            .map(|k| para.tokens[k].text(self.text))
            .collect::<Vec<_>>();
        // (German joins two quotations of one speaker with `und`: `„…“ und „…“`,
        // `„…“ Und: „…“`.)
        let und = matches!(cues.as_slice(), [w] if self.grammar().joining_words().contains(w));
        if und {
            return between.clone().all(|k| {
                para.tokens[k].is_word() || matches!(para.tokens[k].text(self.text), "," | ":")
            });
        }
        let participle = match cues.as_slice() {
            [] => true,
            [w] => w.ends_with("ing") && is(&CUE_VERBS, w),
            _ => false,
        };
        // (In German a colon introduces a new quotation: `ein „Wort“: „…“`.)
        let colon = |k: usize| self.grammar().colon_starts_anew() && para.tokens[k].is_punct(':');
        participle
            && between.clone().any(|k| !para.tokens[k].is_word())
            && between.filter(|&k| !para.tokens[k].is_word()).all(|k| {
                matches!(para.tokens[k].text(self.text), "," | ":" | "—" | "–" | "―") && !colon(k)
            })
    }

    /// Whether the quote opens its sentence (nothing but the quote before it).
    pub(super) fn stands_alone(&self, q: &MarkedQuote, prev_close: Option<usize>) -> bool {
        let para = &self.paras[q.first_paragraph];
        let Some(o) = para.token_at(q.open.start) else {
            return false;
        };
        para.first_from(para.clause_start(q.open.start, prev_close)) == o
    }
}
