//! Where reported content starts and ends: past the hearer and the object,
//! up to the next attribution or the clause's end.

use super::{Cue, MIN_WORDS, is_closing};
use crate::core::attribution::lang::en::subject::{is_adverb, is_past_form};
use crate::core::attribution::{Ctx, Np, NpKind, Para, is_open_mark};
use crate::core::lexicon::{
    AUXILIARIES, CONTENT_CUE_WORDS, CUE_FOLLOWERS, DOCUMENT_NOUNS, FUNCTION_WORDS, MEDIUM_NOUNS,
    OBJECT_CONTENT_CUES, OBJECT_PRONOUNS, OBJECT_STOPS, OCCASION_NOUNS, ROLE_NOUNS, SECOND_VERBS,
    SOURCE_NOUNS, TIME_WORDS, is, is_in_either_number,
};
use crate::core::span::{Span, any_contains};
use crate::core::text::TokenKind;
use crate::core::text::is_cue_at;

impl Ctx<'_> {
    /// Where a relative clause without commas whose content starts at token
    /// `from` ends: before the sentence's own cue (`groups that have endorsed
    /// him say …`), or at `to`.
    pub(super) fn relative_clause_end(&self, para: &Para, from: usize, to: usize) -> usize {
        (from + 1..to)
            .find(|&m| is_cue_at(self.text, &para.tokens, m))
            .unwrap_or(to)
    }

    /// `X, who praised …`: the relative pronoun before cue `k` (after
    /// auxiliaries and adverbs) stands for X. The mention is the pronoun, as
    /// PolNeAR marks it; a name before it is whom it refers to.
    pub(super) fn relative_source(&self, para: &Para, k: usize, lo: usize) -> Option<Np> {
        let t = &para.tokens;
        let mut j = k;
        while j > lo && {
            let p = t[j - 1].text(self.text);
            is(&AUXILIARIES, p) || p.len() > 3 && p.ends_with("ly")
        } {
            j -= 1;
        }
        let r = j.checked_sub(1).filter(|&r| r >= lo)?;
        let w = t[r].text(self.text);
        let which =
            w == "which" && r > lo && (t[r - 1].is_punct(',') || t[r - 1].text(self.text) == "and");
        // (`a new poll that shows …`, `lawmakers that back …`: `that` right after
        // a role, source or document noun and right before the cue opens a
        // relative clause whose subject that noun is; after a verb it opens what
        // was said, `said that …`.)
        let that = w == "that" && r > lo && t[r - 1].is_word() && {
            let n = t[r - 1].text(self.text);
            n.chars().next().is_some_and(char::is_lowercase)
                && !is_cue_at(self.text, t, r - 1)
                && is_in_either_number(&[&ROLE_NOUNS, &SOURCE_NOUNS, &DOCUMENT_NOUNS], n)
        };
        if !(w.eq_ignore_ascii_case("who") || which || that) {
            return None;
        }
        let mut a = r;
        if a > lo && t[a - 1].is_punct(',') {
            a -= 1;
        }
        let kind = para
            .run_at
            .get(a.checked_sub(1)?)
            .copied()
            .flatten()
            .or_else(|| self.apposition_head(para, r, lo))
            .map_or(NpKind::Pronoun, NpKind::Name);
        Some(Np {
            span: t[r].span,
            kind,
            para: para.index,
            end: r,
            first: r,
            last: r,
        })
    }

    /// `Oskar Feld, a councillor who …`: the person whose apposition (`, a …`,
    /// `, the …`, a few words without punctuation) ends at the relative pronoun
    /// at token `who`; the name run before the apposition's comma.
    pub(super) fn apposition_head(&self, para: &Para, who: usize, lo: usize) -> Option<usize> {
        const LONGEST: usize = 6;
        let t = &para.tokens;
        let mut d = who;
        while d > lo && who - d < LONGEST && t[d - 1].is_word() {
            d -= 1;
        }
        let det = t.get(d).map(|x| x.text(self.text))?;
        if d == who || !matches!(det, "a" | "an" | "the") || d < lo + 2 || !t[d - 1].is_punct(',') {
            return None;
        }
        para.run_at
            .get(d - 2)
            .copied()
            .flatten()
            .filter(|&n| para.runs[n].kind != crate::core::mentions::RunKind::Org)
    }

    /// Where the object content starting at token `from` ends (exclusive): at
    /// punctuation, a circumstance (`at a rally`, `last week`, `on Monday`) or a
    /// second verb of the subject (`and has campaigned`).
    pub(super) fn object_end(&self, para: &Para, from: usize, hi: usize) -> usize {
        let t = &para.tokens;
        let time_next = |m: usize| {
            t.get(m + 1).is_some_and(|n| {
                let v = n.text(self.text);
                is(&TIME_WORDS, v)
                    || matches!(
                        v,
                        "week" | "weekend" | "month" | "year" | "morning" | "night"
                    )
            })
        };
        for m in from + 1..hi {
            let tk = t[m];
            if !tk.is_word() {
                // `cited Colorado, where he had just visited`, `Sen. Ted Cruz,
                // R-Texas, and …`, `an endorsement list, including …`: the object goes on.
                let goes_on = tk.is_punct(',')
                    && t.get(m + 1).is_some_and(|n| {
                        let v = n.text(self.text);
                        matches!(
                            v,
                            "including"
                                | "especially"
                                | "like"
                                | "such"
                                | "where"
                                | "whose"
                                | "an"
                                | "a"
                        ) || n.is_capitalized(self.text) && !is(&FUNCTION_WORDS, v)
                    });
                // (`6,000 layoffs`: a comma inside a number.)
                let number = tk.is_punct(',')
                    && t[m - 1]
                        .text(self.text)
                        .ends_with(|c: char| c.is_ascii_digit())
                    && t[m - 1].span.end == tk.span.start
                    && t.get(m + 1).is_some_and(|n| {
                        n.span.start == tk.span.end
                            && n.text(self.text).starts_with(|c: char| c.is_ascii_digit())
                    });
                if goes_on || number {
                    continue;
                }
                if matches!(
                    tk.kind,
                    TokenKind::Punct(',' | ';' | ':' | '—' | '–' | '(' | '[' | '-')
                ) {
                    return m;
                }
                continue;
            }
            let w = tk.text(self.text);
            // `earlier debate`, `expects to last into the spring`: not times.
            let time_word = matches!(w, "last" | "earlier" | "later");
            let not_a_time = || {
                !time_next(m)
                    && t.get(m + 1).is_some_and(|n| {
                        n.is_word() && !matches!(n.text(self.text), "this" | "that" | "in" | "on")
                    })
            };
            if time_word && not_a_time() {
                continue;
            }
            // `praised the plan at a rally`, `at a news conference`: the occasion of
            // the report; but `accused China of hacking computers at federal
            // agencies`: what was reported goes on.
            let occasion = w == "at"
                && (m + 1..hi.min(m + 7))
                    .take_while(|&j| t[j].is_word())
                    .any(|j| {
                        let v = t[j].text(self.text);
                        is(&OCCASION_NOUNS, v) || is(&MEDIUM_NOUNS, v)
                    });
            let stop = occasion
                || is(&OBJECT_STOPS, w)
                || is(&TIME_WORDS, w)
                    && (tk.is_capitalized(self.text) || !matches!(w, "may" | "march"))
                || matches!(w, "on" | "this" | "next" | "late" | "early") && time_next(m)
                || matches!(w, "and" | "but")
                    && t.get(m + 1).is_some_and(|n| {
                        let v = n.text(self.text);
                        is(&SECOND_VERBS, v)
                            || v.len() > 4
                                && v.ends_with("ed")
                                && v.chars().all(char::is_lowercase)
                                && (is(&OBJECT_CONTENT_CUES, v) || is(&CONTENT_CUE_WORDS, v))
                    });
            // (`attacked her skills and even questioned …`: adverbs between the
            // conjunction and a second verb.)
            let mut v = m + 1;
            while matches!(w, "and" | "but")
                && t.get(v).is_some_and(|n| is_adverb(n.text(self.text)))
            {
                v += 1;
            }
            let stop = stop
                || v > m + 1
                    && t.get(v).is_some_and(|n| {
                        let a = n.text(self.text);
                        is(&SECOND_VERBS, a) || is_past_form(a)
                    });
            let next = t.get(m + 1).map_or("", |n| n.text(self.text));
            // (`chides one country and praises another`: a second verb of the subject.)
            let second_cue = w == "and"
                && next.len() > 4
                && next.ends_with('s')
                && next.chars().all(char::is_lowercase)
                && (is(&OBJECT_CONTENT_CUES, next) || is(&CONTENT_CUE_WORDS, next));
            if stop || second_cue {
                return m;
            }
        }
        hi
    }

    /// Where a reported clause in tokens `from..to` ends because the writer's
    /// sentence goes on (`…, but …`, `…, saying …`, `…, which …`).
    pub(super) fn clause_cut(&self, para: &Para, from: usize, to: usize) -> usize {
        let t = &para.tokens;
        let w = |m: usize| t.get(m).map_or("", |n| n.text(self.text));
        // `…, and has championed …`, `…, and propelled …`: a second verb of the
        // sentence's subject, with no subject of its own, is the writer's again;
        // so is what follows a dash and a conjunction (`… — and the Senate is …`).
        let second_predicate = |m: usize| {
            let next = w(m + 2);
            w(m + 1) == "and"
                && (matches!(
                    next,
                    "has" | "have" | "had" | "is" | "was" | "were" | "will" | "would" | "did"
                ) || next.len() > 4
                    && next.ends_with("ed")
                    && next.chars().all(char::is_lowercase)
                    && !is(&FUNCTION_WORDS, next))
        };
        let dash = |m: usize| matches!(w(m), "—" | "–" | "--") && matches!(w(m + 1), "and" | "but");
        // (`…, putting them at odds …`, `…, meaning there were …`: a participle
        // clause after a comma is the writer's, said of the sentence's subject.
        // It is a verb when a function word or an adverb follows it, or when it
        // is a cue (`…, claiming …`); `real, lasting impact` is an adjective, and
        // `including`, `regarding` attach to a noun.)
        let participle = |m: usize| {
            let x = w(m);
            let next = w(m + 1);
            x.len() > 5
                && x.ends_with("ing")
                && x.chars().all(char::is_lowercase)
                && !matches!(x, "including" | "regarding" | "concerning" | "nothing")
                && (is(&FUNCTION_WORDS, next)
                    || next.len() > 4 && next.ends_with("ly")
                    || is_cue_at(self.text, t, m))
        };
        // `…, but …`, `…, which …`, `…, saying …`: the writer's sentence goes on.
        // (`…, but not until …`, `…, but only if …`: an elliptical `but` goes on
        // with what was said.)
        let elliptical = |m: usize| {
            w(m + 1) == "but" && matches!(w(m + 2), "not" | "only" | "also" | "rather" | "instead")
        };
        let aside = |m: usize| {
            !elliptical(m)
                && matches!(
                    w(m + 1),
                    "but"
                        | "which"
                        | "who"
                        | "while"
                        | "although"
                        | "though"
                        | "whereas"
                        | "despite"
                        | "saying"
                        | "noting"
                        | "adding"
                        | "arguing"
                        | "insisting"
                        | "citing"
                        | "calling"
                        | "according"
                )
                || participle(m + 1)
        };
        // (`that in 1994, while …`: not before the clause has begun, four words in;
        // the words are counted as the scan goes.)
        let mut words = (from..(from + 2).min(to))
            .filter(|&k| t[k].is_word())
            .count();
        for (m, token) in t.iter().enumerate().take(to).skip(from + 2) {
            if words >= 4 && (token.is_punct(',') && (second_predicate(m) || aside(m)) || dash(m)) {
                return m;
            }
            words += usize::from(token.is_word());
        }
        to
    }

    /// The first token after the hearer of a cue like `told` that starts at
    /// `from` (`them`, `the Times`), or `from` when what follows is not a hearer
    /// (`warned the plan would fail`).
    pub(super) fn past_hearer(&self, para: &Para, from: usize, hi: usize) -> usize {
        let t = &para.tokens;
        if from >= hi {
            return from;
        }
        if is(&OBJECT_PRONOUNS, t[from].text(self.text)) {
            return from + 1;
        }
        let Some(obj) = self.np_forward(para, from, hi) else {
            return from;
        };
        let next = obj.end + 1;
        // `told POLITICO …`, `told him …`: a name is the hearer.
        if matches!(obj.kind, NpKind::Name(_) | NpKind::Pronoun) {
            return next;
        }
        let clause_follows = t.get(next).filter(|_| next < hi).is_some_and(|n| {
            let w = n.text(self.text);
            !n.is_word()
                || matches!(
                    w,
                    "that" | "to" | "about" | "of" | "on" | "whether" | "how" | "why"
                )
                || is(&CUE_FOLLOWERS, w)
                || w.chars().next().is_some_and(char::is_uppercase)
        });
        if clause_follows { next } else { from }
    }

    /// Where content starting at token `from` ends because the writer goes on to
    /// another attribution (`she has no plans to change her vote, but she said
    /// she reserves the right…`): before the conjunction, or `to`. `cues` are the
    /// sentence's content cues after the first.
    pub(super) fn next_attribution(
        &self,
        para: &Para,
        from: usize,
        to: usize,
        cues: &[Cue],
    ) -> usize {
        let t = &para.tokens;
        for k in cues
            .iter()
            .map(|c| c.k)
            .filter(|&k| k >= from + 2 && k < to)
        {
            // `… she had met him twice but said …`: a second verb of the speaker.
            let mut j = k;
            while j > from + 1 && is(&AUXILIARIES, t[j - 1].text(self.text)) {
                j -= 1;
            }
            // (A verb of saying: `… and never called a donor` goes on.)
            let saying = matches!(
                t[k].text(self.text),
                "said"
                    | "says"
                    | "told"
                    | "tells"
                    | "added"
                    | "adds"
                    | "argued"
                    | "argues"
                    | "noted"
                    | "notes"
                    | "wrote"
                    | "writes"
                    | "insisted"
                    | "insists"
                    | "explained"
                    | "explains"
                    | "warned"
                    | "warns"
                    | "stressed"
                    | "stresses"
                    | "acknowledged"
                    | "acknowledges"
                    | "suggested"
                    | "suggests"
                    | "claimed"
                    | "claims"
                    | "predicted"
                    | "predicts"
                    | "declared"
                    | "declares"
            );
            if j > from + 2 && matches!(t[j - 1].text(self.text), "and" | "but") && saying {
                return if t[j - 2].is_punct(',') { j - 2 } else { j - 1 };
            }
            let np = self
                .np_backward(para, k, from)
                .or_else(|| self.quantity_source(para, k, from));
            let Some(np) = np else {
                continue;
            };
            // A bare `and` may join two subjects (`Bush and his rivals said`).
            let mut cut = np.first;
            let mut joined = false;
            while cut > from + 1 {
                match t[cut - 1].text(self.text) {
                    // (`… “leading from behind” and Trump says …`: after a quotation
                    // the `and` joins clauses.)
                    "and" if cut >= from + 3 && is_closing(t[cut - 2], self.text) => {
                        joined = true;
                    }
                    "and" => {}
                    "but" | "while" | "whereas" | ";" | "," => joined = true,
                    _ => break,
                }
                cut -= 1;
            }
            if joined {
                return cut;
            }
        }
        to
    }

    /// The content in tokens `from..to`: without the sentence's final
    /// punctuation, stopped before a direct quotation; `None` when too short.
    pub(super) fn content(
        &self,
        para: &Para,
        from: usize,
        to: usize,
        direct: &[Span],
    ) -> Option<Span> {
        self.content_with(para, from, to, direct, MIN_WORDS)
    }

    /// [`Ctx::content`] with at least `min_words` words.
    pub(super) fn content_with(
        &self,
        para: &Para,
        from: usize,
        to: usize,
        direct: &[Span],
        min_words: usize,
    ) -> Option<Span> {
        let t = &para.tokens;
        if from >= to || to > t.len() {
            return None;
        }
        let mut end = to;
        let mut min_words = min_words;
        if let Some(d) = (from..to).find(|&k| any_contains(direct, t[k].span)) {
            // `X said on Monday that “…”` is not reported speech of its own.
            end = d;
            min_words = 6;
            while end > from && is_open_mark(t[end - 1], self.text) {
                end -= 1;
            }
            // `… he believed his country needed, he said: “…”`: nor is the
            // clause that introduces the quotation.
            if let Some(c) = (from + 1..end)
                .rev()
                .take(8)
                .find(|&c| t[c].is_punct(','))
                .filter(|&c| (c + 1..end).any(|k| is_cue_at(self.text, t, k)))
            {
                end = c;
            }
        }
        while end > from && !t[end - 1].is_word() && !is_closing(t[end - 1], self.text) {
            end -= 1;
        }
        let words = (from..end).filter(|&k| t[k].is_word()).count();
        (words >= min_words).then(|| Span::new(t[from].span.start, t[end - 1].span.end))
    }

    /// The `that` opening what was said within a few words after token `from`,
    /// before any other cue (`said on Monday that …`).
    pub(super) fn that_within(&self, para: &Para, from: usize, hi: usize) -> Option<usize> {
        let t = &para.tokens;
        // (A `that` a verb follows right away is a relative pronoun, its clause
        // the noun's: `said of a list that included …`.)
        let relative = |m: usize| {
            t.get(m + 1).is_some_and(|n| {
                let v = n.text(self.text);
                is_past_form(v) || is(&AUXILIARIES, v)
            })
        };
        (from + 1..hi.min(from + 10))
            .take_while(|&m| !is_cue_at(self.text, t, m))
            .find(|&m| t[m].text(self.text) == "that" && !relative(m))
    }

    /// Whether tokens `from..that`, after a cue and before the `that` of what
    /// was said, are a circumstance of the saying: a phrase with `to` that is
    /// no infinitive (`to applause from the crowd`, `to reporters`), or an
    /// aside between commas (`, departing from her notes,`).
    pub(super) fn circumstance_before(&self, para: &Para, from: usize, that: usize) -> bool {
        let t = &para.tokens;
        let w = |k: usize| t[k].text(self.text);
        if w(from) == "to" {
            // (`said to be …`, `said to have …`: an infinitive, the report's own.)
            return from + 1 < that
                && !matches!(w(from + 1), "be" | "have" | "do" | "make" | "get" | "take");
        }
        // `, … ,` closing right before the `that`, with words between.
        t[from].is_punct(',') && that > from + 2 && t[that - 1].is_punct(',')
    }
}

impl Ctx<'_> {
    /// `lawmakers who say …`, `two residents, who asked …`: the description a
    /// relative `who` with no name before it stands for, as an unnamed source
    /// (the mention stays `who`). Its head is a role or a source noun of the
    /// noun table, with up to three modifiers and its determiner before it;
    /// `None` when there is no such noun right before (`a man who …` is left
    /// as it was: `man` is no role).
    pub(in crate::core::attribution) fn relative_antecedent(
        &self,
        registry: &mut crate::core::mentions::Registry,
        np: Np,
    ) -> Option<Option<usize>> {
        const MODIFIERS: usize = 3;
        if np.kind != NpKind::Pronoun || np.first != np.last {
            return None;
        }
        let para = self.paras.get(np.para)?;
        let t = &para.tokens;
        let pronoun = t.get(np.first)?.text(self.text).to_lowercase();
        let thing = matches!(pronoun.as_str(), "that" | "which");
        if !(pronoun == "who" || thing) {
            return None;
        }
        let mut head = np.first.checked_sub(1)?;
        if t[head].is_punct(',') {
            head = head.checked_sub(1)?;
        }
        let noun = t[head];
        let w = noun.text(self.text);
        // (`a poll that shows`, `letters which called`: a document or a source
        // for `that` and `which`.)
        let role = noun.is_word()
            && w.chars().next().is_some_and(char::is_lowercase)
            && (is(&ROLE_NOUNS, w)
                || is(&SOURCE_NOUNS, w)
                || thing && is_in_either_number(&[&DOCUMENT_NOUNS], w));
        if !role {
            return None;
        }
        // Its modifiers (`local`, `two`, `state`), then its determiner.
        let mut start = head;
        // (Not a verb's form: `angered farmers who …`.)
        let modifier =
            |w: &str| !is(&FUNCTION_WORDS, w) && !w.ends_with("ed") && !w.ends_with("ing");
        while start > 0
            && head - start < MODIFIERS
            && t[start - 1].is_word()
            && modifier(t[start - 1].text(self.text))
            && t[start - 1]
                .text(self.text)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        {
            start -= 1;
        }
        if start > 0
            && matches!(
                t[start - 1].text(self.text).to_lowercase().as_str(),
                "the" | "a" | "an" | "some" | "many" | "several" | "other" | "few" | "most"
            )
        {
            start -= 1;
        }
        let description = Span::new(t[start].span.start, noun.span.end);
        Some(Some(
            registry.add_unnamed(description.get(self.text), np.span),
        ))
    }
}
