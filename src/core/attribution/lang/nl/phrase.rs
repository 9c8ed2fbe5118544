//! Dutch speaker phrases: who a Dutch attribution names.
//!
//! `[determiner] (adjective)* head [name] [(van|bij|namens) …]`: `de minister`,
//! `een woordvoerster van de gemeente`, `de Amerikaanse president Biden`,
//! `burgemeester Halsema`, `Jansen`, `hij`. Adjectives come before their noun
//! and nothing describes it after it but a name or a complement, so the phrase
//! ends at its head (`zei de minister dinsdag`). A role before a name is
//! written in lower case in the sentence (`minister Jansen`) and capitalised
//! only opening it, where the name runs take it in (`Burgemeester Halsema`);
//! so do the other words that open a sentence (`Volgens Jansen`).

use crate::core::attribution::{Ctx, Np, NpKind, Para, Phrase, PhraseKind};
use crate::core::lexicon::{Lower, lower};
use crate::core::mentions::{NameRun, Registry, RunKind, name_words};
use crate::core::span::Span;
use crate::core::text::Token;

use super::lexicon::{
    ADVERBS, AUXILIARIES, DEFINITE, FUNCTION_WORDS, INDEFINITE, LINKS, OPENERS, SUBJECT_PRONOUNS,
    finite_verb, is_org, is_plural_role, is_role, participle_verb, plural_finite,
};

/// The longest speaker phrase read, in tokens.
const MAX_TOKENS: usize = 14;

/// Whether capitalised `w` is an adjective of a place or people (`Amerikaanse`,
/// `Belgische`): not a name, though capitalised.
fn place_adjective(w: &str) -> bool {
    w.ends_with("se") || w.ends_with("sche")
}

/// Whether the word at `k` is a lower-case word the phrase may hold: no
/// function word, verb, auxiliary or adverb.
fn plain_word(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k).filter(|t| t.is_word()) else {
        return false;
    };
    let w = t.text(text);
    w.chars().next().is_some_and(char::is_lowercase)
        && !FUNCTION_WORDS.has(w)
        && !ADVERBS.has(w)
        && !AUXILIARIES.has(w)
        && finite_verb(w).is_none()
        && participle_verb(w).is_none()
}

/// Name run `run` as Dutch reads it: without the words that open the sentence
/// before the name (`Volgens Jansen`), with a role opening it as a title
/// (`Burgemeester Halsema`); `None` when it names no one: an article alone
/// (`De minister`), or an article and an adjective (`De Amerikaanse president`).
/// The name particles stay (`De Vries`, `Van Dijk`): a surname begins with
/// them, capitalised, when no given name comes first.
pub(super) fn dutch_run(text: &str, tokens: &[Token], run: &NameRun) -> Option<NameRun> {
    let w = |k: usize| tokens[k].text(text);
    let mut first = run.first;
    while first <= run.last
        && tokens[first].is_word()
        && !tokens[first].is_acronym(text)
        && OPENERS.has(w(first))
    {
        first += 1;
    }
    if first > run.last {
        return None;
    }
    // (`De minister`, `Het Nederlandse kabinet`: the article and an adjective.)
    if w(first).eq_ignore_ascii_case("de") || w(first).eq_ignore_ascii_case("het") {
        let adjective = first + 1 == run.last && place_adjective(w(run.last));
        if first == run.last || adjective {
            return None;
        }
    }
    // (`zei de Amerikaanse president`: an adjective before its noun.)
    let noun_after = plain_word(text, tokens, run.last + 1);
    if first == run.last && place_adjective(w(first)) && noun_after {
        return None;
    }
    let title =
        (run.title.is_none() && first < run.last && is_role(w(first)) && !is_plural_role(w(first)))
            .then_some(first);
    if first == run.first && title.is_none() {
        return Some(run.clone());
    }
    let start = tokens[first].span.start;
    let name_first = title.map_or(first, |t| t + 1);
    let words = (name_first..=run.last)
        .filter(|&k| tokens[k].is_word())
        .count();
    let kind = if title.is_some() {
        RunKind::Person
    } else if words >= 2 || run.kind == RunKind::Org {
        run.kind
    } else {
        RunKind::Unknown
    };
    Some(NameRun {
        span: Span::new(start, run.span.end),
        name: Span::new(
            run.name.start.max(tokens[name_first].span.start),
            run.name.end,
        ),
        title: title
            .map(|t| tokens[t].span)
            .or(run.title.filter(|t| t.start >= start)),
        kind,
        first,
        last: run.last,
    })
}

impl Ctx<'_> {
    /// The lower-case text of token `k` of `para` (`""` past its end).
    pub(super) fn nl_word(&self, para: &Para, k: usize) -> Lower {
        lower(self.word(para, k))
    }

    /// The person named from token `at` (the run ending before `hi`), with the
    /// words from token `k`, their role, in the mention: `schepen Tom Peeters`,
    /// `de Amerikaanse president Biden`.
    fn nl_role_then_name(&self, para: &Para, k: usize, at: usize, hi: usize) -> Option<Np> {
        let (r, run) = self.nl_name_at(para, at).filter(|(_, run)| run.last < hi)?;
        let end = self.nl_complement(para, run.last, hi).unwrap_or(run.last);
        let mut np = self.nl_name_np(para, r, &run, end);
        np.span = Span::new(para.tokens[k].span.start, np.span.end);
        np.first = k;
        Some(np)
    }

    /// The name run at token `k` as Dutch reads it, if one starts there, with
    /// its index in the paragraph's runs.
    fn nl_name_at(&self, para: &Para, k: usize) -> Option<(usize, NameRun)> {
        let r = para.run_at.get(k).copied().flatten()?;
        let run = dutch_run(self.text, &para.tokens, &para.runs[r])?;
        (run.first == k).then_some((r, run))
    }

    /// A name phrase: run `r` read as `run`, the phrase ending at `end`.
    fn nl_name_np(&self, para: &Para, r: usize, run: &NameRun, end: usize) -> Np {
        self.np(
            para,
            Phrase {
                first: run.first,
                last: run.last,
                end,
                kind: PhraseKind::Name(r),
            },
        )
    }

    /// The complement after a head ending at token `k` (`van de gemeente`,
    /// `bij de universiteit`), before `hi`: its last token, if there is one.
    fn nl_complement(&self, para: &Para, k: usize, hi: usize) -> Option<usize> {
        let t = &para.tokens;
        let mut end = None;
        let mut i = k + 1;
        while i + 1 < hi && LINKS.has(t[i].text(self.text)) {
            let mut j = i + 1;
            if DEFINITE.has(t[j].text(self.text)) || INDEFINITE.has(t[j].text(self.text)) {
                j += 1;
            }
            while j < hi
                && plain_word(self.text, t, j)
                && j + 1 < hi
                && plain_word(self.text, t, j + 1)
            {
                j += 1;
            }
            let last = match para.run_at.get(j).copied().flatten() {
                Some(r) if j < hi => para.runs[r].last.min(hi - 1),
                _ if j < hi && plain_word(self.text, t, j) => j,
                _ => break,
            };
            end = Some(last);
            i = last + 1;
        }
        end
    }

    /// The Dutch speaker phrase starting at token `k`, ending before token `hi`.
    pub(super) fn nl_phrase(&self, para: &Para, k: usize, hi: usize) -> Option<Np> {
        let t = &para.tokens;
        let hi = hi.min(t.len());
        if k >= hi || !t[k].is_word() {
            return None;
        }
        let w = t[k].text(self.text);
        if SUBJECT_PRONOUNS.has(w) {
            return Some(self.np(
                para,
                Phrase {
                    first: k,
                    last: k,
                    end: k,
                    kind: PhraseKind::Pronoun,
                },
            ));
        }
        // A name, perhaps with its complement (`Jansen van de VVD`).
        if let Some((r, run)) = self.nl_name_at(para, k).filter(|(_, run)| run.last < hi) {
            let end = self.nl_complement(para, run.last, hi).unwrap_or(run.last);
            return Some(self.nl_name_np(para, r, &run, end));
        }
        // `schepen Tom Peeters`, `trainer Marco Peters`: a noun right before a
        // name, with no article, is the person's role.
        if plain_word(self.text, t, k) {
            if let Some(np) = self.nl_role_then_name(para, k, k + 1, hi) {
                return Some(np);
            }
        }
        let definite = if DEFINITE.has(w) {
            Some(true)
        } else if INDEFINITE.has(w) {
            Some(false)
        } else {
            None
        };
        let mut i = k + usize::from(definite.is_some());
        // Adjectives, then the head: a role or an organisation ends them.
        let mut head = None;
        while i < hi && i < k + MAX_TOKENS {
            let word = t[i].text(self.text);
            if let Some((r, run)) = self.nl_name_at(para, i).filter(|(_, run)| run.last < hi) {
                // `de NOS`, `het AD`: a name after its article.
                if head.is_none() && definite.is_some() {
                    let end = self.nl_complement(para, run.last, hi).unwrap_or(run.last);
                    return Some(self.nl_name_np(para, r, &run, end));
                }
                break;
            }
            if t[i].is_capitalized(self.text) && place_adjective(word) {
                i += 1;
                continue;
            }
            if !(plain_word(self.text, t, i) || i == k && is_role(word)) {
                break;
            }
            if is_role(word) || is_org(word) {
                head = Some(i);
                break;
            }
            // (An adjective ends in `-e` or `-en`; another word is a noun that
            // names no speaker: `het plan`.)
            if !(word.ends_with('e') || word.ends_with("en")) {
                return None;
            }
            i += 1;
        }
        let h = head?;
        // `burgemeester Halsema`, `de Amerikaanse president Biden`: the role of
        // the person named after it.
        if let Some(np) = self.nl_role_then_name(para, k, h + 1, hi) {
            return Some(np);
        }
        let complement = self.nl_complement(para, h, hi);
        let head_word = t[h].text(self.text);
        let kind = match definite {
            // `de minister`, `het ministerie`: someone named before.
            Some(true) if complement.is_none() && !is_plural_role(head_word) => {
                PhraseKind::Definite
            }
            Some(_) => PhraseKind::Unnamed,
            // `zeggen deskundigen`: a bare plural.
            None if is_plural_role(head_word) => PhraseKind::Unnamed,
            None => return None,
        };
        // (Someone not named is the whole description: `een woordvoerster van
        // de gemeente`.)
        let last = match kind {
            PhraseKind::Unnamed => complement.unwrap_or(h),
            _ => h,
        };
        Some(self.np(
            para,
            Phrase {
                first: k,
                last,
                end: complement.unwrap_or(h),
                kind,
            },
        ))
    }

    /// The subject after an inverted verb, from token `k` (before `hi`): past
    /// a few adverbs (`zei ook Jansen`, `zegt nu de minister`).
    pub(super) fn nl_subject_after(&self, para: &Para, k: usize, hi: usize) -> Option<Np> {
        let t = &para.tokens;
        let mut k = k;
        for _ in 0..2 {
            if k < hi && t[k].is_word() && ADVERBS.has(t[k].text(self.text)) {
                k += 1;
            }
        }
        self.nl_phrase(para, k, hi)
    }
}

impl Ctx<'_> {
    /// Who a Dutch speaker phrase refers to, where Dutch decides: `ze` with a
    /// plural verb is they (`zeiden ze`), no one; a name run that Dutch reads
    /// without the words opening its sentence is the person it then names.
    /// `None` leaves it to the shared resolution.
    pub(super) fn nl_resolve(&self, registry: &mut Registry, np: Np) -> Option<Option<usize>> {
        let para = &self.paras[np.para];
        match np.kind {
            NpKind::Pronoun => {
                let w = self.nl_word(para, np.first);
                let plural = matches!(w.as_str(), "ze" | "zij")
                    && [np.first.checked_sub(1), Some(np.last + 1)]
                        .into_iter()
                        .flatten()
                        .any(|k| plural_finite(&self.nl_word(para, k)));
                plural.then_some(None)
            }
            NpKind::Name(r) => {
                let raw = &para.runs[r];
                let run = dutch_run(self.text, &para.tokens, raw)?;
                if run == *raw {
                    return None;
                }
                let words = name_words(run.name.get(self.text));
                let found = registry.find(&words).or_else(|| {
                    registry.add_run(self.text, &para.tokens, &run, true);
                    registry.find(&words)
                });
                if let Some(e) = found {
                    registry.entities[e].salient = true;
                }
                Some(found)
            }
            NpKind::Definite | NpKind::Unnamed => None,
        }
    }
}
