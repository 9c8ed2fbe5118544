//! Speaker phrases: the noun phrase next to a cue that says who speaks.
//!
//! A small grammar over a paragraph's tokens and name runs:
//! `[determiner] (modifier | role noun | name run)* [(of|for|at|…) [determiner] (…)*]`,
//! read forward (`said the New Jersey governor`) or backward (`… CIA spokesman Ryan
//! Trapani said`), then classified: a person or organisation named (`Name`), a
//! definite description of someone named before (`the official`), or someone the
//! article does not name (`a prominent committee member`, `officials`).

//!
//! What is the language's (its determiners, links and pronouns, how its
//! descriptions refer back) the reader asks its grammar's `Phrases`
//! (`attribution/grammar.rs`).

use super::attribution::Phrases;
use super::lexicon::{
    ASPECT_VERBS, AUXILIARIES, DOCUMENT_NOUNS, FUNCTION_WORDS, NAME_SUFFIXES, ORG_REFERENCES,
    REFERRING_ROLES, ROLE_NOUNS, SAY_FRAMES, SOURCE_NOUNS, TIME_WORDS, is, lower,
};
use super::mentions::{NameRun, RunKind};
use super::text::{Token, TokenKind, is_cue_at};

/// What a speaker phrase refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    /// A personal pronoun (`he`, `they`).
    Pronoun,
    /// A name run (index into the paragraph's runs): the person or organisation named.
    Name(usize),
    /// `the official`, `the New Jersey governor`: someone named earlier.
    Definite,
    /// `a spokesperson for the State Department`, `officials`, `the narrator`.
    Unnamed,
}

/// A speaker phrase: its mention is tokens `first..=last` of the paragraph (the
/// name, for a named speaker); the whole phrase ends at token `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// First token of the mention.
    pub first: usize,
    /// Last token of the mention.
    pub last: usize,
    /// Last token of the whole phrase (`James Hall with the New York Police Department`).
    pub end: usize,
    /// What it refers to.
    pub kind: PhraseKind,
}

/// The role of one token in a speaker phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// A determiner (`the`, `a`, `der`, `le`), definite or not.
    Det {
        /// Whether it makes the phrase definite.
        definite: bool,
    },
    /// A word of name run `.0`.
    Run(usize),
    /// A role or source noun (`spokesman`, `report`).
    Role,
    /// A word joining a complement (`of`, `for`, `von`, `de`).
    Link,
    /// A word describing the head (`former`, `prominent`).
    Modifier,
    /// Anything else: the phrase ends.
    Stop,
}

/// The longest speaker phrase read, in tokens.
const MAX_TOKENS: usize = 14;

/// How many appositions deep a phrase read backward looks (`X, the mayor, said`
/// is one; `X, an aide to Y, the senator, said` two).
const MAX_APPOSITIONS: usize = 2;

/// For each token, the name run it belongs to (built once per paragraph).
pub fn run_index(tokens: usize, runs: &[NameRun]) -> Vec<Option<usize>> {
    let mut run_at = vec![None; tokens];
    for (r, run) in runs.iter().enumerate() {
        for slot in run_at.iter_mut().take(run.last + 1).skip(run.first) {
            *slot = Some(r);
        }
    }
    run_at
}

/// Reads speaker phrases in one paragraph.
pub struct Reader<'a> {
    text: &'a str,
    /// What the paragraph's language says of its phrases.
    phrases: &'a dyn Phrases,
    tokens: &'a [Token],
    runs: &'a [NameRun],
    /// For each token, the run it belongs to ([`run_index`]).
    run_at: &'a [Option<usize>],
}

impl<'a> Reader<'a> {
    /// A reader over one paragraph's tokens, name runs and their [`run_index`],
    /// in the language whose [`Phrases`] are `phrases`.
    pub(crate) fn new(
        text: &'a str,
        tokens: &'a [Token],
        runs: &'a [NameRun],
        run_at: &'a [Option<usize>],
        phrases: &'a dyn Phrases,
    ) -> Reader<'a> {
        Reader {
            text,
            phrases,
            tokens,
            runs,
            run_at,
        }
    }

    /// The paragraph's text.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The paragraph's tokens.
    pub(crate) fn tokens(&self) -> &'a [Token] {
        self.tokens
    }

    /// The text of token `k`.
    pub(crate) fn word(&self, k: usize) -> &'a str {
        self.tokens[k].text(self.text)
    }

    /// The part token `k` plays in a speaker phrase.
    pub(crate) fn part(&self, k: usize) -> Part {
        if let Some(r) = self.run_at[k] {
            let run = &self.runs[r];
            // `la Ministra`, German `der Student`: a capitalised noun, no name.
            if run.first == run.last && self.phrases.run_is_noun(self.text, self.tokens, k) {
                return Part::Role;
            }
            let time = run
                .span
                .get(self.text)
                .split_whitespace()
                .all(|w| is(&TIME_WORDS, w));
            return if time { Part::Stop } else { Part::Run(r) };
        }
        let t = self.tokens[k];
        if !t.is_word() {
            return Part::Stop;
        }
        let w = self.word(k);
        if let Some(p) = self.phrases.word_part(self, k, w, &lower(w)) {
            // A number or quantity after a definite determiner counts the noun
            // it goes with (`the two ministers`, `his three daughters`, `the
            // other judges`): a modifier, not a second determiner.
            let counted = p == Part::Det { definite: false }
                && k > 0
                && self.run_at[k - 1].is_none()
                && self.tokens[k - 1].is_word()
                && self
                    .phrases
                    .word_part(self, k - 1, self.word(k - 1), &lower(self.word(k - 1)))
                    == Some(Part::Det { definite: true });
            return if counted { Part::Modifier } else { p };
        }
        if is(&ROLE_NOUNS, w) || is(&SOURCE_NOUNS, w) {
            return Part::Role;
        }
        let plain = w
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_numeric());
        // A past tense closing its clause is a verb (`Pat Toomey fumed.`).
        // (`Toomey fumed on Tuesday.`: after a name, before a circumstance too.)
        let clause_final_verb = w.len() > 4
            && w.ends_with("ed")
            && self.tokens.get(k + 1).is_none_or(|n| {
                matches!(n.kind, TokenKind::Punct('.' | '!' | '?' | ';'))
                    || k > 0
                        && self.run_at[k - 1].is_some()
                        && matches!(
                            self.word(k + 1),
                            "on" | "in" | "at" | "to" | "during" | "after" | "as" | "with" | "back"
                        )
            })
            // (`Trump shot back`)
            || matches!(w, "shot" | "hit" | "struck" | "fought")
                && self.tokens.get(k + 1).is_some_and(|n| n.text(self.text) == "back")
            // A past tense before a determiner is a verb and its object (`The
            // spokeswoman disputed the claim`): an adjective in -ed comes after
            // the determiner, not before it.
            || w.len() > 4
                && w.ends_with("ed")
                && self.tokens.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.text(self.text),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "these"
                            | "those" | "our" | "my" | "your"
                    )
                });
        // (`the senator’s thinking`: after a possessive, a noun.)
        let possessed = k > 0 && {
            let p = self.word(k - 1);
            p.ends_with("'s") || p.ends_with("’s")
        };
        // (`the crowd began to chant`: a verb of a phase is no modifier.)
        if plain
            && !is(&FUNCTION_WORDS, w)
            && !is(&ASPECT_VERBS, w)
            && !is_cue_at(self.text, self.tokens, k)
            && !is(&AUXILIARIES, w)
            && (!w.ends_with("ing") || possessed)
            && !clause_final_verb
        {
            return Part::Modifier;
        }
        Part::Stop
    }

    /// The part token `k` plays in a phrase read backward from its verb: a
    /// preposition of place is a link there too (`officials in Kabul said`,
    /// [`Phrases::subject_link`]), after a role, source or document noun (`the
    /// sign on the door read`; not after a verb: `fallen in love with …`, `a
    /// magazine focused on …`) and not before a number (`a co-founder in 2009`).
    fn back_part(&self, k: usize) -> Part {
        let p = self.part(k);
        if p != Part::Stop
            || k == 0
            || self.run_at[k].is_some()
            || !self.tokens[k].is_word()
            || !self.phrases.subject_link(&lower(self.word(k)))
        {
            return p;
        }
        let noun_before = self.part(k - 1) == Part::Role
            || self.run_at[k - 1].is_none() && is(&DOCUMENT_NOUNS, self.word(k - 1));
        let place_after = self.tokens.get(k + 1).is_some_and(|n| {
            n.is_word() && !n.text(self.text).starts_with(|c: char| c.is_ascii_digit())
        });
        if noun_before && place_after {
            Part::Link
        } else {
            p
        }
    }

    /// A personal pronoun at token `k`.
    fn pronoun(&self, k: usize) -> Option<Phrase> {
        let t = self.tokens.get(k)?;
        (t.is_word() && self.phrases.pronoun(self.word(k))).then_some(Phrase {
            first: k,
            last: k,
            end: k,
            kind: PhraseKind::Pronoun,
        })
    }

    /// The speaker phrase starting at token `k`, ending before token `hi`.
    pub fn forward(&self, k: usize, hi: usize) -> Option<Phrase> {
        let hi = hi.min(self.tokens.len());
        if k >= hi {
            return None;
        }
        if let Some(p) = self.pronoun(k) {
            return Some(p);
        }
        let mut parts: Vec<(usize, Part)> = Vec::new();
        let mut i = k;
        if let p @ Part::Det { .. } = self.part(i) {
            parts.push((i, p));
            i += 1;
        }
        while i < hi && i < k + MAX_TOKENS {
            let p = self.part(i);
            match p {
                Part::Run(r) => {
                    parts.push((i, p));
                    i = self.runs[r].last + 1;
                }
                Part::Modifier if self.phrases.modifier_ends(&parts) => break,
                Part::Role | Part::Modifier => {
                    parts.push((i, p));
                    i += 1;
                }
                Part::Link | Part::Det { .. } => {
                    // A complement after a head (`a spokesperson for …`) or after a name
                    // (`James Hall with the New York Police Department`).
                    let name_then_link = p == Part::Link
                        && matches!(parts.last(), Some((_, Part::Run(_))))
                        && i + 1 < hi
                        && matches!(self.part(i + 1), Part::Det { .. } | Part::Run(_));
                    // `one of those advisers`, `some of the delegates`.
                    let partitive = p == Part::Link
                        && self.word(i) == "of"
                        && matches!(parts.last(), Some((_, Part::Det { definite: false })));
                    let after_head = name_then_link
                        || partitive
                        || parts.last().is_some_and(|(_, q)| {
                            matches!(q, Part::Role | Part::Modifier | Part::Link)
                        });
                    // (`ein Sprecher der Stadt`, not German `… den Bericht`.)
                    let object = matches!(p, Part::Det { .. })
                        && !self.phrases.determiner_continues(self.word(i));
                    if !after_head || i + 1 >= hi || object {
                        break;
                    }
                    parts.push((i, p));
                    i += 1;
                }
                Part::Stop if self.coordinated(i, &parts) => i += 1,
                Part::Stop => break,
            }
        }
        self.classify(parts)
    }

    /// Whether token `i` is a comma between two modifiers (`the bespectacled,
    /// 71-year-old diplomat`), which does not end the phrase.
    fn coordinated(&self, i: usize, parts: &[(usize, Part)]) -> bool {
        self.tokens[i].is_punct(',')
            && parts.last().is_some_and(|(_, p)| *p == Part::Modifier)
            && i + 1 < self.tokens.len()
            && self.part(i + 1) == Part::Modifier
    }

    /// The speaker phrase ending right before token `end`, starting at `lo` or after.
    /// Skips auxiliaries and frames (`has also`, `went on to`), a parenthesis
    /// (`Rep. John Mica (R-Fla.) said`) and an apposition (`X, the mayor, said`).
    pub fn backward(&self, end: usize, lo: usize) -> Option<Phrase> {
        self.backward_within(end, lo, 0)
    }

    /// [`Reader::backward`], `nested` appositions deep: an apposition's
    /// opening comma is looked for in one inside another, no deeper (each
    /// level tries up to 25 commas, so a run of commas would otherwise cost
    /// 25 to the power of its length).
    fn backward_within(&self, end: usize, lo: usize, nested: usize) -> Option<Phrase> {
        let mut j = end.min(self.tokens.len());
        while j > lo {
            let t = self.tokens[j - 1];
            let w = self.word(j - 1);
            // `Priebus later Thursday told`, `X on Monday said`: a date is no subject.
            let date = is(&TIME_WORDS, w)
                || matches!(w, "on" | "last" | "this" | "late" | "early" | "earlier")
                    && self
                        .tokens
                        .get(j)
                        .is_some_and(|n| is(&TIME_WORDS, self.word(j)) && n.is_word());
            let skippable = t.is_word()
                && (is(&AUXILIARIES, w)
                    || is(&SAY_FRAMES, w)
                    || date
                    || w.len() > 3 && w.ends_with("ly") && w.chars().all(char::is_lowercase));
            if !skippable {
                break;
            }
            j -= 1;
        }
        // `Ned Alder Jr. said`, `Acme Inc. said`: the full stop of an
        // abbreviation that ends a name is part of it.
        if j > lo + 1
            && self.tokens[j - 1].is_punct('.')
            && self.tokens[j - 2].span.end == self.tokens[j - 1].span.start
            && is(&NAME_SUFFIXES, &lower(self.word(j - 2)))
            && self.run_at[j - 2].is_some_and(|r| self.runs[r].last == j - 2)
        {
            j -= 1;
        }
        // `Gov. John Kasich (R-OH), said`: the comma closes the parenthesis.
        if j > lo + 1 && self.tokens[j - 1].is_punct(',') && self.tokens[j - 2].is_punct(')') {
            j -= 1;
        }
        if j > lo && self.tokens[j - 1].is_punct(')') {
            let open = (lo..j - 1)
                .rev()
                .take(12)
                .find(|&m| self.tokens[m].is_punct('('))?;
            j = open;
        }
        if j <= lo {
            return None;
        }
        if let Some(p) = self.pronoun(j - 1) {
            return Some(p);
        }
        // `X, noting that the races are “not as comfortable,” added`: the
        // apposition ends in a quotation.
        if j > lo + 1
            && matches!(self.word(j - 1), "”" | "\"" | "’" | "»")
            && self.tokens[j - 2].is_punct(',')
        {
            j -= 1;
        }
        if self.tokens[j - 1].is_punct(',') {
            if nested >= MAX_APPOSITIONS {
                return None;
            }
            // The apposition's opening comma: the nearest one with a name before it
            // (an apposition may hold commas of its own).
            let before = (lo..j - 1)
                .rev()
                .take(25)
                .filter(|&m| self.tokens[m].is_punct(','))
                .find_map(|p| {
                    self.backward_within(p, lo, nested + 1)
                        .filter(|phrase| matches!(phrase.kind, PhraseKind::Name(_)))
                });
            // (`Her campaign manager, Robby Mook, suggested`: the name is the
            // apposition, between the commas.)
            return before.or_else(|| {
                let open = (lo..j - 1).rev().take(12).find(|&m| self.tokens[m].is_punct(','))?;
                self.backward_within(j - 1, open + 1, nested + 1).filter(|phrase| {
                    phrase.first == open + 1
                        && matches!(phrase.kind, PhraseKind::Name(r) if self.runs[r].kind == RunKind::Person)
                })
            });
        }
        let mut parts: Vec<(usize, Part)> = Vec::new();
        let mut i = j;
        while i > lo && j - i < MAX_TOKENS {
            let k = i - 1;
            let p = self.back_part(k);
            match p {
                Part::Run(r) => {
                    parts.push((self.runs[r].first, p));
                    i = self.runs[r].first;
                }
                Part::Role | Part::Modifier => {
                    parts.push((k, p));
                    i = k;
                }
                Part::Det { .. } => {
                    parts.push((k, p));
                    i = k;
                    // `… for the State Department`: a determiner after a link goes on.
                    let link_before = k > lo && self.back_part(k - 1) == Part::Link;
                    if !link_before {
                        break;
                    }
                }
                Part::Link => {
                    // `officials from the council and from the city`: a post-modifier
                    // coordinated with an earlier one goes on to it.
                    let coordinated = k > lo + 1
                        && matches!(self.word(k - 1), "and" | "or")
                        && matches!(self.part(k - 2), Part::Run(_) | Part::Modifier | Part::Role);
                    if coordinated {
                        parts.push((k, p));
                        i = k - 1;
                        continue;
                    }
                    // `officials both from X and from Y`: a correlative before the link.
                    let h = if k > lo + 1
                        && matches!(self.word(k - 1), "both" | "either")
                        && matches!(self.part(k - 2), Part::Role | Part::Modifier)
                    {
                        k - 1
                    } else {
                        k
                    };
                    let head_before =
                        h > lo && matches!(self.part(h - 1), Part::Role | Part::Modifier);
                    if !head_before {
                        break;
                    }
                    parts.push((k, p));
                    i = h;
                }
                Part::Stop
                    if k > lo
                        && self.tokens[k].is_punct(',')
                        && parts.last().is_some_and(|(_, p)| *p == Part::Modifier)
                        && self.part(k - 1) == Part::Modifier =>
                {
                    i = k;
                }
                Part::Stop => break,
            }
        }
        parts.reverse();
        // A run that starts before `lo` is not this clause's.
        if parts.first().is_some_and(|&(k, _)| k < lo) {
            parts.remove(0);
        }
        self.classify(parts)
    }

    /// What a sequence of parts names, if anything.
    fn classify(&self, mut parts: Vec<(usize, Part)>) -> Option<Phrase> {
        // `said another`, `Some chanted`: a quantifier alone is someone unnamed.
        if let [(k, Part::Det { definite: false })] = parts.as_slice() {
            let lone = matches!(
                self.word(*k).to_lowercase().as_str(),
                "one" | "another" | "some" | "many" | "several" | "others"
            );
            return lone.then_some(Phrase {
                first: *k,
                last: *k,
                end: *k,
                kind: PhraseKind::Unnamed,
            });
        }
        while matches!(parts.last(), Some((_, Part::Link | Part::Det { .. }))) {
            parts.pop();
        }
        while matches!(parts.first(), Some((_, Part::Link))) {
            parts.remove(0);
        }
        let (&(first_k, first), &(last_k, last)) = (parts.first()?, parts.last()?);
        let last_token = match last {
            Part::Run(r) => self.runs[r].last,
            _ => last_k,
        };
        let phrase = |kind| Phrase {
            first: first_k,
            last: last_token,
            end: last_token,
            kind,
        };
        // A run right before a role or modifier only describes it (`CIA spokesman`,
        // `the New Jersey governor`); a possessive one too (`Trump’s campaign`).
        let head_runs: Vec<usize> = parts
            .iter()
            .enumerate()
            .filter_map(|(i, &(_, p))| match p {
                Part::Run(r) => {
                    let describes = parts
                        .get(i + 1)
                        .is_some_and(|(_, n)| matches!(n, Part::Role | Part::Modifier));
                    let possessive = self.runs[r].name.end != self.runs[r].span.end;
                    (!describes && !possessive).then_some(r)
                }
                _ => None,
            })
            .collect();
        // A person's name anywhere is who speaks (`former secretary of state Hillary
        // Clinton`); an organisation after a link only completes a description
        // (`a spokesperson for the State Department`).
        let first_link = parts
            .iter()
            .find(|(_, p)| *p == Part::Link)
            .map_or(usize::MAX, |&(k, _)| k);
        // (Where every noun is capitalised, a complement's run is a noun: German
        // `der Sprecher von Siemens`.)
        // (`a spokeswoman for Delta Mills`, `an aide to Tom Bell`: a name
        // right after a link that follows a role is the role's complement.)
        let complement = |r: usize| {
            let f = self.runs[r].first;
            if !self.phrases.role_complement_is_another() {
                return false;
            }
            parts.iter().position(|&(k, _)| k == f).is_some_and(|i| {
                i >= 2
                    && parts[i - 1].1 == Part::Link
                    && parts[i - 1].0 + 1 == f
                    && parts[i - 2].1 == Part::Role
            })
        };
        let person = head_runs.iter().rev().find(|&&r| {
            self.runs[r].kind == RunKind::Person
                && (!self.phrases.complement_runs_are_nouns() || self.runs[r].first < first_link)
                && !complement(r)
        });
        let other = head_runs
            .iter()
            .rev()
            .find(|&&r| self.runs[r].first < first_link);
        // A name that opens the phrase before a link is who speaks (`James Hall
        // with the New York Police Department`, `Jelpke gegenüber Spiegel Online`).
        let named_first = other
            .copied()
            .filter(|&r| self.runs[r].kind != RunKind::Org && first_link != usize::MAX);
        if let Some(r) = named_first.or(person.copied()).or(other.copied()) {
            return Some(Phrase {
                first: self.runs[r].first,
                last: self.runs[r].last,
                end: last_token,
                kind: PhraseKind::Name(r),
            });
        }
        // A description: its head is the last role or modifier before any link.
        // (`one of those advisers`: a partitive's head is after its `of`.)
        let partitive = matches!(parts.first(), Some((_, Part::Det { .. })))
            && matches!(parts.get(1), Some((_, Part::Link)));
        let skip = if partitive { 2 } else { 0 };
        let before_link = parts
            .iter()
            .skip(skip)
            .position(|(_, p)| *p == Part::Link)
            .map_or(parts.len(), |i| i + skip);
        let head = parts[..before_link]
            .iter()
            .rfind(|(_, p)| matches!(p, Part::Role | Part::Modifier))?;
        let has_role = parts.iter().any(|(_, p)| *p == Part::Role);
        let det = match first {
            Part::Det { definite } => Some(definite),
            // `l’avocat`, `l’ancien ministre`: the article is written into the noun.
            _ if self.phrases.elided_article(self.word(first_k)).is_some() => Some(true),
            _ => None,
        };
        let named_modifier = matches!(first, Part::Run(_)); // `CNN meteorologist`
        if det.is_none() && !has_role && !named_modifier {
            return None; // `said yesterday`: no determiner, no role, not a speaker
        }
        let head_word = self.word(head.0);
        let head_word = self.phrases.elided_article(head_word).unwrap_or(head_word);
        // A determiner and a noun alone may refer back too (German `der Anwalt`).
        let noun_back =
            parts.len() == 2 && self.phrases.noun_refers_back(self.word(first_k), head_word);
        let refers_back = head.1 == Part::Role
            && (is(&REFERRING_ROLES, head_word) || is(&ORG_REFERENCES, head_word) || noun_back);
        // A language's own roles and bodies refer back (`le ministre`, `le
        // ministère`), and so does a document, even with its complement (`le
        // projet de loi`).
        let role_back = head.1 == Part::Role && self.phrases.role_refers_back(head_word);
        let document = self
            .phrases
            .is_document(self.word(parts.get(1).map_or(first_k, |p| p.0)));
        if det == Some(true) && (role_back && parts[..before_link].len() == parts.len() || document)
        {
            return Some(phrase(PhraseKind::Definite));
        }
        let complement = parts.iter().any(|(_, p)| *p == Part::Link);
        if det == Some(true) && refers_back && !complement {
            return Some(phrase(PhraseKind::Definite));
        }
        Some(phrase(PhraseKind::Unnamed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::attribution::lang::phrases;
    use crate::core::lang::Lang;
    use crate::core::mentions::name_runs;
    use crate::core::span::Span;
    use crate::core::text::tokenize;

    /// The phrase before (`<`) or after (`>`) the word `at`, as text and kind.
    fn read(text: &str, at: &str, forward: bool) -> Option<(String, PhraseKind)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        let runs = name_runs(text, &tokens, phrases(Lang::En), |i| i == 0);
        let run_at = run_index(tokens.len(), &runs);
        let reader = Reader::new(text, &tokens, &runs, &run_at, phrases(Lang::En));
        let k = tokens.iter().position(|t| t.text(text) == at)?;
        let p = if forward {
            reader.forward(k + 1, tokens.len())
        } else {
            reader.backward(k, 0)
        }?;
        let span = Span::new(tokens[p.first].span.start, tokens[p.last].span.end);
        Some((span.get(text).to_string(), p.kind))
    }

    fn name(text: &str, at: &str, forward: bool) -> Option<String> {
        read(text, at, forward).and_then(|(s, k)| matches!(k, PhraseKind::Name(_)).then_some(s))
    }

    #[test]
    fn a_run_of_commas_before_a_cue_is_read_in_bounded_time() {
        // Each comma opened up to 25 more searches, one inside the other: 22
        // commas took 4 ms, 40 would have taken minutes.
        let text = format!("Officials{} said", " ,".repeat(200));
        let t0 = std::time::Instant::now();
        assert_eq!(read(&text, "said", false), None);
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(2),
            "{:?}",
            t0.elapsed()
        );
    }

    #[test]
    fn compound_roles_name_the_person() {
        assert_eq!(
            name("that CIA spokesman Ryan Trapani said.", "said", false).as_deref(),
            Some("Ryan Trapani")
        );
        assert_eq!(
            name(
                "x, said former secretary of state Hillary Clinton, who",
                "said",
                true
            )
            .as_deref(),
            Some("Hillary Clinton")
        );
        assert_eq!(
            name("x, said Atlantic City Mayor Don Guardian in", "said", true).as_deref(),
            Some("Mayor Don Guardian")
        );
    }

    #[test]
    fn description_with_a_place_is_definite() {
        let (text, kind) = read("x,” the New Jersey governor said.", "said", false).unwrap();
        assert_eq!(
            (text.as_str(), kind),
            ("the New Jersey governor", PhraseKind::Definite)
        );
    }

    #[test]
    fn long_unnamed_descriptions() {
        let (text, kind) = read(
            "x,” said a prominent Republican National Committee member who supports",
            "said",
            true,
        )
        .unwrap();
        assert_eq!(
            (text.as_str(), kind),
            (
                "a prominent Republican National Committee member",
                PhraseKind::Unnamed
            )
        );
        let (text, kind) = read("x,” said the narrator in the spot.", "said", true).unwrap();
        assert_eq!((text.as_str(), kind), ("the narrator", PhraseKind::Unnamed));
        let (text, _) = read(
            "y. A 2014 House Intelligence Committee report found",
            "found",
            false,
        )
        .unwrap();
        assert_eq!(text, "A 2014 House Intelligence Committee report");
    }

    #[test]
    fn coordinated_post_modifiers_belong_to_the_head() {
        let (text, kind) = read(
            "gangs, which officials both from the council and from the former city government have alleged",
            "have",
            false,
        )
        .unwrap();
        assert_eq!(
            (text.as_str(), kind),
            (
                "officials both from the council and from the former city government",
                PhraseKind::Unnamed
            )
        );
    }

    #[test]
    fn parentheses_frames_and_time_words() {
        assert_eq!(
            name("y. Rep. John Mica (R-Fla.) said.", "said", false).as_deref(),
            Some("Rep. John Mica")
        );
        assert_eq!(
            name("y. Bryne went on to say,", "say", false).as_deref(),
            Some("Bryne")
        );
        assert_eq!(read("x,” said Tuesday.", "said", true), None);
        assert_eq!(read("x,” said in a statement.", "said", true), None);
    }

    #[test]
    fn an_organisation_before_an_occupation_describes_someone() {
        let (text, kind) = read("x,” says CNN weatherman", "says", true).unwrap();
        assert_eq!(
            (text.as_str(), kind),
            ("CNN weatherman", PhraseKind::Unnamed)
        );
    }

    #[test]
    fn parenthesis_before_the_comma_and_commas_between_adjectives() {
        assert_eq!(
            name("y. Gov. John Kasich (R-OH), said,", "said", false).as_deref(),
            Some("Gov. John Kasich")
        );
        let (text, _) = read(
            "x,” the bespectacled, 71-year-old diplomat said in",
            "said",
            false,
        )
        .unwrap();
        assert_eq!(text, "the bespectacled, 71-year-old diplomat");
    }

    #[test]
    fn possessive_runs_describe() {
        let (text, kind) = read("x,” Trump’s campaign said.", "said", false).unwrap();
        assert_eq!(
            (text.as_str(), kind),
            ("Trump’s campaign", PhraseKind::Unnamed)
        );
    }
}
