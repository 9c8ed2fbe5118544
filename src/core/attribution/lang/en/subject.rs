//! English subjects: the phrase before a cue, or for a verb that shares its
//! subject, the clause's.

use crate::core::attribution::{Ctx, Np, NpKind, Para, is_skippable};
use crate::core::lexicon::{
    AUXILIARIES, CIRCUMSTANCE_WORDS, DOCUMENT_NOUNS, FUNCTION_WORDS, NUMBER_WORDS, ROLE_NOUNS,
    SENTENCE_ADVERBS, is,
};
use crate::core::mentions::RunKind;
use crate::core::span::Span;
use crate::core::text::{TokenKind, is_cue_at};

impl Ctx<'_> {
    /// The subject of English cue `c` in tokens `lo..c`: the phrase right before
    /// it (`X said`), or for a verb that shares its subject, the clause's
    /// (`He adopted an accent and joked`, `Sanders compared himself to Clinton,
    /// saying`, `He inflamed tensions by saying`, `She emailed supporters
    /// saying`, `…, Nefzi said, adding`).
    pub(in crate::core::attribution) fn english_subject(
        &self,
        para: &Para,
        c: usize,
        lo: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        let w = |k: usize| t[k].text(self.text);
        let participle = w(c).ends_with("ing");
        // `…, Nefzi said, adding, “…”`: the attribution right before the participle.
        if participle && c > lo + 2 && t[c - 1].is_punct(',') {
            let s = (lo..c - 1)
                .rev()
                .find(|&j| t[j].is_punct(','))
                .map_or(lo, |j| j + 1);
            let before = self
                .clause_attribution(para, s, c - 1, None)
                .filter(|f| f.last + 2 == c && f.confidence >= 0.9);
            if let Some(np) = before.and_then(|f| f.np) {
                return Some(np);
            }
        }
        // (`and instead argued`, `but later added`: an adverb after the conjunction.)
        let coordinated = c > lo + 1 && matches!(w(c - 1), "and" | "but" | "then")
            || c > lo + 2 && matches!(w(c - 2), "and" | "but") && is_adverb(w(c - 1));
        // (`needled the “reporter,” saying`: the comma may be inside the marks.)
        let after_comma = c > lo + 1
            && participle
            && (t[c - 1].is_punct(',')
                || c > lo + 2
                    && matches!(t[c - 1].text(self.text), "”" | "\"" | "’")
                    && t[c - 2].is_punct(','));
        let after_preposition = participle
            && c > lo + 1
            && matches!(
                w(c - 1),
                "by" | "before" | "after" | "upon" | "while" | "when" | "in" | "without"
            );
        // (`with Trump tweeting that … and asking`: a participle coordinated with
        // another shares its subject.)
        if coordinated && participle {
            let previous = (lo.max(c.saturating_sub(24))..c - 1)
                .rev()
                .find(|&k| k > lo && w(k).ends_with("ing") && is_cue_at(self.text, t, k))
                // (One step back only: the earlier participle is not itself
                // coordinated.)
                .filter(|&k| !matches!(w(k - 1), "and" | "but"));
            if let Some(np) = previous.and_then(|k| self.english_subject(para, k, lo)) {
                return Some(np);
            }
        }
        if coordinated || after_comma || after_preposition {
            // (`The council released a statement, offering`: an organisation
            // is the subject when no person is.)
            // (`The ad attacks the mayor and claims`: a finite verb after the
            // conjunction has its clause's subject, whatever that is.)
            let clause = self
                .clause_subject_where(para, lo, c - 1, coordinated && !participle)
                .map(|(np, _)| np);
            let subject = clause
                .or_else(|| self.nearest_subject(para, lo, c - 1))
                .or_else(|| {
                    self.clause_subject_where(para, lo, c - 1, true)
                        .map(|(np, _)| np)
                });
            if subject.is_some() {
                return subject;
            }
        }
        // `Mike Lee, who declared in the spin room, “…”`: the relative pronoun,
        // standing for the name before it.
        let mut r = c;
        while r > lo && is_skippable(t[r - 1], self.text) {
            r -= 1;
        }
        if r > lo + 1 && w(r - 1) == "who" {
            let who = r - 1;
            let end = if t[who - 1].is_punct(',') {
                who - 1
            } else {
                who
            };
            let antecedent = self.np_backward(para, end, lo).filter(
                |np| matches!(np.kind, NpKind::Name(n) if para.runs[n].kind != RunKind::Org),
            );
            return antecedent.map(|np| Np {
                span: t[who].span,
                first: who,
                last: who,
                end: who,
                ..np
            });
        }
        // (`Two residents, who asked not to be named, said: “…”`: the subject
        // before an apposition or a relative clause between commas.)
        let np = self
            .np_backward(para, c, lo)
            .map(|np| self.skip_hearer(para, np, lo))
            .map(|np| self.skip_agent(para, np, lo))
            .or_else(|| self.subject_before_apposition(para, c, lo))?;
        // `his campaign sent out a text message saying: “…”`, `She emailed
        // supporters saying`, `He responded on Facebook writing`: a participle
        // after a thing, or after the object of a verb or a preposition, speaks
        // through the clause's subject.
        let thing =
            np.kind == NpKind::Unnamed && (np.first..=np.last).any(|k| is(&DOCUMENT_NOUNS, w(k)));
        // (`with Trump yelling` is Trump's; `with one of her ads asking` its subject's.)
        let after_preposition = np.first > lo
            && matches!(
                w(np.first - 1),
                "on" | "in" | "at" | "to" | "via" | "from" | "through"
            );
        let object = match np.kind {
            NpKind::Pronoun | NpKind::Definite => false,
            NpKind::Name(r) => para.runs[r].kind == RunKind::Org || after_preposition,
            NpKind::Unnamed => true,
        };
        let embedded = object
            && np.first > lo
            && t[np.first - 1].is_word()
            && (!is(&FUNCTION_WORDS, w(np.first - 1)) || is(&CIRCUMSTANCE_WORDS, w(np.first - 1)));
        // (`…, says a report highlighting …`: the thing after an inverted cue is
        // that cue's subject, and the participle's.)
        let inverted = np.first > lo + 1
            && is_cue_at(self.text, t, np.first - 1)
            && matches!(t[np.first - 2].kind, TokenKind::Punct(','));
        if participle && (thing || embedded) && !inverted {
            let subject = self
                .clause_subject_where(para, lo, np.first, thing)
                .map(|(np, _)| np)
                .or_else(|| self.nearest_subject(para, lo, np.first));
            if subject.is_some() {
                return subject;
            }
        }
        Some(np)
    }

    /// Whether the text writes `word` in lower case somewhere.
    pub(in crate::core::attribution) fn written_in_lower_case(&self, word: &str) -> bool {
        self.lower_words
            .get_or_init(|| {
                self.paras
                    .iter()
                    .flat_map(|p| p.tokens.iter())
                    .filter(|t| t.is_word())
                    .map(|t| t.text(self.text))
                    .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                    .collect()
            })
            .contains(word)
    }

    /// The nearest person before token `hi` (from `lo`) followed by a verb: `When
    /// he returned he began` gives the second `he`.
    pub(in crate::core::attribution) fn nearest_subject(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        (lo + 1..hi).rev().find_map(|j| {
            let w = t[j].text(self.text);
            let verb = t[j].is_word()
                && w.chars().next().is_some_and(char::is_lowercase)
                && !is(&FUNCTION_WORDS, w)
                && !w.ends_with("ing");
            if !verb {
                return None;
            }
            let np = self.np_backward(para, j, lo)?;
            // (`Silverman, a supporter, incurred`: after an apposition.)
            let adjacent = (np.last + 1..j).all(|k| is_skippable(t[k], self.text))
                || t[j - 1].is_punct(',') && matches!(np.kind, NpKind::Name(_));
            let person = match np.kind {
                NpKind::Pronoun | NpKind::Definite => true,
                NpKind::Name(r) => para.runs[r].kind != RunKind::Org,
                NpKind::Unnamed => self.role_head(para, np),
            };
            (adjacent && person).then_some(np)
        })
    }

    /// Whether an unnamed phrase's head, the noun before its first link, is a
    /// role (`a spokeswoman for Delta Mills`, `officials`).
    pub(in crate::core::attribution) fn role_head(&self, para: &Para, np: Np) -> bool {
        let t = &para.tokens;
        let head = (np.first + 1..=np.last)
            .find(|&k| {
                matches!(
                    t[k].text(self.text),
                    "for" | "of" | "at" | "from" | "with" | "in" | "on"
                )
            })
            .map_or(np.last, |k| k - 1);
        is(&ROLE_NOUNS, t[head].text(self.text))
    }

    /// `A letter from the council obtained by the Globe warns`: the agent of a
    /// participle after the subject (a reduced relative clause) is not the
    /// subject; the phrase before the participle is. (Not after an auxiliary:
    /// `was praised by X` is a passive.)
    pub(in crate::core::attribution) fn skip_agent(&self, para: &Para, np: Np, lo: usize) -> Np {
        let t = &para.tokens;
        let w = |k: usize| t[k].text(self.text);
        // (A name's phrase starts at the name: `by the Ledger`.)
        let f = if np.first > lo && matches!(w(np.first - 1), "the" | "a" | "an") {
            np.first - 1
        } else {
            np.first
        };
        let reduced = f >= lo + 3
            && w(f - 1) == "by"
            && t[f - 2].is_word()
            && (w(f - 2).ends_with("ed") || w(f - 2).ends_with("en"))
            && w(f - 2).chars().all(char::is_lowercase)
            && !is(&AUXILIARIES, w(f - 3))
            && !is(&FUNCTION_WORDS, w(f - 3));
        if !reduced {
            return np;
        }
        self.np_backward(para, f - 2, lo).unwrap_or(np)
    }

    /// `Another source speaking to Fox News said`: the phrase before a cue that is
    /// only who was spoken to stands for the speaker before it.
    pub(in crate::core::attribution) fn skip_hearer(&self, para: &Para, np: Np, lo: usize) -> Np {
        let t = &para.tokens;
        let f = np.first;
        let spoken_to = f >= lo + 3
            && t[f - 1].text(self.text) == "to"
            && matches!(t[f - 2].text(self.text), "speaking" | "talking");
        if !spoken_to {
            return np;
        }
        self.np_backward(para, f - 2, lo).unwrap_or(np)
    }

    /// The person who is the subject of the clause in tokens `lo..hi`, and its
    /// verb: the phrase opening the sentence, or opening it after an introductory
    /// phrase's comma (`On July 6, 2015, Sanders made the following comment`),
    /// followed by a plain verb, perhaps after auxiliaries and adverbs (`Clinton
    /// has since apologized`, `Trump quickly deflected`).
    pub(in crate::core::attribution) fn clause_subject(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
    ) -> Option<(Np, usize)> {
        self.clause_subject_where(para, lo, hi, false)
    }

    /// [`Ctx::clause_subject`], the subject a person, or with `any`, anything
    /// named or described (`The town released a statement saying`).
    pub(in crate::core::attribution) fn clause_subject_where(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        any: bool,
    ) -> Option<(Np, usize)> {
        let t = &para.tokens;
        // (`But Trump quickly deflected`: a conjunction or adverb opening the sentence.)
        let lo = if lo + 1 < hi && is(&SENTENCE_ADVERBS, t[lo].text(self.text)) {
            lo + 1 + usize::from(t[lo + 1].is_punct(','))
        } else {
            lo
        };
        // (`BOSTON, May 3 (AP) — The council released`: a dateline, a place in
        // capitals perhaps with a date and an agency, then a dash.)
        let lo = self.after_dateline(para, lo, hi);
        let starts =
            std::iter::once(lo).chain((lo..hi).filter(|&j| t[j].is_punct(',')).map(|j| j + 1));
        for s in starts.take(4) {
            // (`…, even a top strategist said`)
            let s = if s + 1 < hi && is(&SENTENCE_ADVERBS, t[s].text(self.text)) {
                s + 1
            } else {
                s
            };
            // A name opening the clause is its subject even where the phrase
            // reader takes the verb after it for a modifier (`Alverson summed up`).
            let opening_name = para
                .run_at
                .get(s)
                .copied()
                .flatten()
                .filter(|&r| para.runs[r].first == s && para.runs[r].kind != RunKind::Org)
                .map(|r| self.name_np(para, r));
            let Some(np) = opening_name.or_else(|| self.np_forward(para, s, hi)) else {
                continue;
            };
            let person = match np.kind {
                NpKind::Pronoun => true,
                // (`Eight years ago, he …`: a number is no one.)
                // (`New signs appeared`: a sentence's first word that the text
                // writes in lower case elsewhere is no name.)
                NpKind::Name(r) => {
                    let run = &para.runs[r];
                    let word = t[run.first].text(self.text);
                    let lower_elsewhere = run.first == run.last
                        && para.first_from(para.clause_start(t[run.first].span.start, None))
                            == run.first
                        && self.written_in_lower_case(&word.to_lowercase());
                    (any || run.kind != RunKind::Org)
                        && !is(&NUMBER_WORDS, word)
                        && !lower_elsewhere
                }
                NpKind::Definite => true,
                NpKind::Unnamed => any || self.role_head(para, np),
            };
            if !person {
                continue;
            }
            let mut verb = np.end + 1;
            // `Sen. Ann Grove (D-Ore.) visited`: a party and state after the name.
            if matches!(np.kind, NpKind::Name(_)) && t.get(verb).is_some_and(|p| p.is_punct('(')) {
                if let Some(close) = (verb + 1..hi.min(verb + 12)).find(|&k| t[k].is_punct(')')) {
                    verb = close + 1;
                }
            }
            // `Suu Kyi, 70, said`, `Smith, a supporter during the primary, incurred`:
            // a name's apposition.
            if matches!(np.kind, NpKind::Name(_)) && t.get(verb).is_some_and(|c| c.is_punct(',')) {
                if let Some(close) = (verb + 1..hi.min(verb + 14)).find(|&k| t[k].is_punct(',')) {
                    verb = close + 1;
                }
            }
            while verb < hi
                && (is_skippable(t[verb], self.text)
                    || matches!(
                        t[verb].text(self.text),
                        "since" | "then" | "also" | "later" | "again"
                    ))
            {
                verb += 1;
            }
            let plain_verb = verb < hi
                && t[verb].is_word()
                && t[verb]
                    .text(self.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                && !is(&FUNCTION_WORDS, t[verb].text(self.text));
            // (`He did not do so, and instead argued`, `They were told and
            // replied`: a finite form of `do` or `be` is the clause's verb.)
            let finite = verb < hi && is_finite_auxiliary(t[verb].text(self.text));
            if plain_verb || finite {
                return Some((np, verb));
            }
            // (`The new ad hits the mayor`: the phrase reader took the verb for
            // the head of a compound; a word in -s right before a determiner is
            // the verb.)
            let w = |k: usize| t[k].text(self.text);
            let verb_in_phrase = (np.first + 1..np.last).find(|&k| {
                let v = w(k);
                v.len() > 3
                    && v.ends_with('s')
                    && !v.ends_with("ss")
                    && v.chars().all(char::is_lowercase)
                    && !is(&FUNCTION_WORDS, v)
                    && (matches!(w(k + 1), "the" | "a" | "an" | "his" | "her" | "their")
                        || para.run_at.get(k + 1).copied().flatten().is_some())
            });
            if let Some(k) =
                verb_in_phrase.filter(|_| matches!(np.kind, NpKind::Unnamed | NpKind::Definite))
            {
                let last = k - 1;
                let np = Np {
                    span: Span::new(np.span.start, t[last].span.end),
                    end: last,
                    last,
                    ..np
                };
                return Some((np, k));
            }
        }
        None
    }

    /// The first token after a dateline opening the sentence at `lo` (`BOSTON,
    /// May 3 (AP) —`, `WASHINGTON —`): a word in capitals, then only capitalised
    /// words, numbers and punctuation up to a dash; else `lo`.
    pub(in crate::core::attribution) fn after_dateline(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
    ) -> usize {
        let t = &para.tokens;
        let place = t.get(lo).is_some_and(|w| {
            let w = w.text(self.text);
            w.chars().count() >= 2
                && w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_lowercase)
        });
        if !place {
            return lo;
        }
        (lo + 1..hi.min(lo + 16))
            .take_while(|&k| {
                !t[k]
                    .text(self.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            })
            .find(|&k| matches!(t[k].text(self.text), "—" | "–" | "--"))
            .map_or(lo, |d| d + 1)
    }
}

/// Whether `w` looks like a regular past form, a finite verb or a participle
/// (`included`, `planned`): lower case, longer than four letters, in `-ed`.
pub(in crate::core::attribution) fn is_past_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase)
}

/// Whether `w` is an adverb that may stand between a conjunction and its verb
/// (`and instead argued`, `but later said`, `and quickly added`, `and even
/// questioned`).
pub(in crate::core::attribution) fn is_adverb(w: &str) -> bool {
    matches!(
        w,
        "instead"
            | "also"
            | "later"
            | "then"
            | "again"
            | "still"
            | "even"
            | "soon"
            | "further"
            | "never"
            | "often"
    ) || w.len() > 3 && w.ends_with("ly") && w.chars().all(char::is_lowercase)
}

/// Whether `w` is a finite form of `do` or `be` that the skipped auxiliaries
/// (`has`, `was`, `would`) leave as a clause's verb (`did`, `were`, `didn’t`).
fn is_finite_auxiliary(w: &str) -> bool {
    let w = w
        .strip_suffix("n’t")
        .or_else(|| w.strip_suffix("n't"))
        .unwrap_or(w);
    matches!(w, "do" | "does" | "did" | "are" | "were" | "am")
}
