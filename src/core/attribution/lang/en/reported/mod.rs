//! Reported speech: attributions without quotation marks, with the span of
//! what was reported.
//!
//! Three shapes, read per sentence outside quotation marks:
//! - the cue before the content: `X said (that) …`, `X told reporters …`,
//!   `X has widely alleged …`: the content runs from after the cue (and its
//!   object) to the end of the sentence;
//! - the cue after it: `…, X said.`, `…, said X.`, `…, according to X.`: the
//!   content is the sentence up to the comma;
//! - `According to X, …`: the content follows the comma.
//!
//! A partial quotation inside such content (`X said he “may yet vote for her”`)
//! is a mixed quotation whose reported clause is that content.

mod content;
mod cues;
mod forms;

use crate::core::attribution::lang::en::rules;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Np, NpKind, Para, is_open_mark};
use crate::core::lexicon::{
    ADDRESSEE_CUES, AUXILIARIES, CIRCUMSTANCE_WORDS, CLAUSE_ONLY_CUES, DOCUMENT_NOUNS,
    ENGLISH_PRONOUNS, ENGLISH_REFLEXIVE_PRONOUNS, FUNCTION_WORDS, ISSUED_DOCUMENTS, NUMBER_WORDS,
    OBJECT_CUES, OPENING_SUBORDINATORS, RESPONSE_CUES, ROLE_NOUNS, SECOND_VERBS, TIME_WORDS,
    TOLD_THINGS, cue_class, is,
};
use crate::core::span::{Span, any_contains};
use crate::core::text::{Token, is_cue_at};

/// The most bytes between a quotation and the cue after it that attributes it
/// (`”, the deputy mayor of the city said`).
const QUOTE_TO_CUE: usize = 48;

impl Ctx<'_> {
    /// The direct quotation that ends before cue `k`, at most [`QUOTE_TO_CUE`]
    /// bytes before it (the last one starting before the cue: `direct` is sorted,
    /// and a long paragraph holds many).
    fn quote_just_before(k: usize, t: &[Token], direct: &[Span]) -> Option<Span> {
        let cue = t[k].span.start;
        let i = direct.partition_point(|d| d.start < cue);
        let q = direct[i.checked_sub(1)?];
        (q.end <= cue && cue - q.end <= QUOTE_TO_CUE).then_some(q)
    }

    /// Whether cue `k` is the attribution of the direct quotation right before it
    /// in the same sentence (`“…,” Ruiz said`): the quotation ends without a full
    /// stop, and nothing but the speaker stands between it and the cue.
    fn attributes_quote_before(&self, k: usize, t: &[Token], direct: &[Span]) -> bool {
        let Some(q) = Self::quote_just_before(k, t, direct) else {
            return false;
        };
        let gap = &self.text[q.end..t[k].span.start];
        let inside = self.text[q.start..q.end].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '”' | '"' | '’' | '\'' | '»' | '」')
        });
        !gap.contains(['.', '!', '?', ';', ':', '“', '"']) && !inside.ends_with('.')
    }
}

/// Reported speech found in one sentence.
#[derive(Clone, Copy, Debug)]
pub(in crate::core::attribution) struct Reported {
    /// What was reported.
    pub content: Span,
    /// Who reported it, when the sentence says (`is expected to` does not).
    pub np: Option<Np>,
    /// The cue words.
    pub cue: Span,
    /// The rule that found it (its confidence is the rule's).
    pub rule: &'static Rule,
}

impl Reported {
    /// Where it is in reading order: its source, or its cue when it has none.
    pub fn at(&self) -> usize {
        self.np.map_or(self.cue.start, |np| np.span.start)
    }
}

/// Content shorter than this, in words, is not reported speech (`X said so`).
const MIN_WORDS: usize = 3;

/// Whether content `span` runs into a direct quotation: one that it overlaps
/// without holding it whole, that it starts with, that is more than half of it,
/// or any when a colon in the content introduced it. (A quotation wholly
/// inside, short beside the writer's words and not after a colon, is a fragment
/// of the report: `Ziel sei es, „…“ zu zerstören`.) Every grammar's reported
/// speech asks this.
pub(in crate::core::attribution) fn runs_into(span: Span, direct: &[Span], colon: bool) -> bool {
    direct.iter().any(|d| {
        d.start < span.end
            && span.start < d.end
            && (colon || !span.contains(*d) || d.start == span.start || 2 * d.len() > span.len())
    })
}

impl Ctx<'_> {
    /// The content from token `a` to the last word, or closing mark (`closes`),
    /// before token `hi`: at least [`MIN_WORDS`] words that run into no direct
    /// quotation ([`runs_into`]). German, Romance and Slavic reported speech
    /// read their content with it.
    pub(in crate::core::attribution) fn words_content(
        &self,
        para: &Para,
        a: usize,
        hi: usize,
        direct: &[Span],
        closes: impl Fn(&str) -> bool,
    ) -> Option<Span> {
        let t = &para.tokens;
        let b = (a..hi)
            .rev()
            .find(|&j| t[j].is_word() || closes(self.word(para, j)))?;
        if (a..=b).filter(|&j| t[j].is_word()).count() < MIN_WORDS {
            return None;
        }
        let span = Span::new(t[a].span.start, t[b].span.end);
        let colon = (a..=b).any(|j| t[j].is_punct(':'));
        (!runs_into(span, direct, colon)).then_some(span)
    }
}

/// A cue of reported content in a sentence.
#[derive(Clone, Copy, Debug)]
struct Cue {
    /// The verb.
    k: usize,
    /// The cue's last token (its particle: `called for`).
    last: usize,
    /// Whether the content is the verb's object (`praised the plan`), which ends
    /// where the sentence goes on to a circumstance, rather than a clause.
    object: bool,
}

impl Ctx<'_> {
    /// The reported speech of one paragraph. `quoted` holds the outer spans of
    /// its quotations (sorted); `direct` those that are whole direct quotations,
    /// which content never runs into.
    pub(in crate::core::attribution) fn reported(
        &self,
        para: &Para,
        quoted: &[Span],
        direct: &[Span],
    ) -> Vec<Reported> {
        let mut out = Vec::new();
        // Each word's cue classes, looked up once.
        let classes: Vec<u8> = para
            .tokens
            .iter()
            .map(|t| {
                if t.is_word() {
                    cue_class(t.text(self.text))
                } else {
                    0
                }
            })
            .collect();
        for (lo, hi) in sentences(para) {
            let before = out.len();
            self.according_first(para, lo, hi, quoted, direct, &mut out);
            if out.len() == before {
                self.cue_after(para, lo, hi, quoted, direct, &mut out);
            }
            // The content cues of the sentence, outside quotation marks, found once.
            let cues: Vec<Cue> = (lo..hi)
                .filter_map(|k| self.cue_at(para, k, classes[k]))
                .filter(|c| !any_contains(quoted, para.tokens[c.k].span))
                .collect();
            self.cue_before(para, lo, hi, &cues, direct, &mut out);
            self.passive(para, (lo, hi), quoted, direct, before, &classes, &mut out);
            if out.len() == before {
                self.openers(para, (lo, hi), quoted, direct, &classes, &mut out);
            }
            self.nominal(para, lo, hi, quoted, direct, before, &classes, &mut out);
        }
        out
    }

    /// `X said (that) …`, one per cue (`cues`: the sentence's content cues), nested
    /// ones too (`X said Y believes …`).
    fn cue_before(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        cues: &[Cue],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let first = out.len();
        // The speaker of the sentence's previous cue.
        let mut previous: Option<Np> = None;
        for (i, &cue_at) in cues.iter().enumerate() {
            let k = cue_at.k;
            // `Cruz …, saying that …`: a participle after a comma speaks through
            // the subject that opens the sentence.
            // A cue inside what someone else reported (`X said they would vote for
            // her`, `X said Y believes …`) is part of that report.
            if out[first..].iter().any(|r| r.content.contains(t[k].span)) {
                continue;
            }
            // (Nor one inside a report whose cue comes after its start: `The plan
            // showed X, according to the audit` is the audit's, `Three years ago, the
            // union wrote, the owners had promised …` the union's; nor that cue itself,
            // in the middle of its report: `The trouble, they argue, lies in …`.)
            if out
                .iter()
                .rev()
                .take_while(|r| r.content.end > t[lo].span.start)
                .any(|r| {
                    std::ptr::eq(r.rule, &rules::REPORTED_CUE_AFTER)
                        && r.content.contains(t[k].span)
                })
            {
                continue;
            }
            // `“…,” said Volker Beck, a lawmaker …`: a cue right after a quotation
            // (and its comma) is that quotation's, its subject after it; it reports
            // nothing of its own.
            let after_quotation = {
                let mut j = k;
                if j > lo && t[j - 1].is_punct(',') {
                    j -= 1;
                }
                j > lo
                    && matches!(t[j - 1].text(self.text), "”" | "\"" | "»")
                    && any_contains(direct, t[j - 1].span)
            };
            if after_quotation
                && self
                    .np_forward(para, para.first_from(t[k].span.end), hi)
                    .is_some()
            {
                continue;
            }
            let participle =
                k > lo && t[k - 1].is_punct(',') && t[k].text(self.text).ends_with("ing");
            let subject = || {
                self.np_forward(para, lo, k)
                    .filter(|np| matches!(np.kind, NpKind::Pronoun | NpKind::Name(_)))
            };
            // `X spoke at the forum and criticized …`: a second verb of the subject.
            let coordinated = || {
                let mut j = k;
                while j > lo && is(&AUXILIARIES, t[j - 1].text(self.text)) {
                    j -= 1;
                }
                // (`he called her “weak” and said …`: the previous cue's speaker; so
                // does a list of verbs: `has mocked a reporter, referred to …`.)
                let listed = j > lo && t[j - 1].is_punct(',') && previous.is_some();
                (j > lo && matches!(t[j - 1].text(self.text), "and" | "but") || listed)
                    .then(|| {
                        previous
                            .or_else(subject)
                            .or_else(|| self.clause_subject(para, lo, j).map(|s| s.0))
                    })
                    .flatten()
            };
            let relative = self.relative_source(para, k, lo);
            // (`groups that have endorsed him say …`: a relative clause with no
            // commas ends where the sentence's own cue comes.)
            let restrictive = relative.filter(|r| {
                matches!(r.span.get(self.text), "that" | "which") && t[r.first - 1].is_word()
            });
            // (`“…,” Lladanosa says, pointing to …`: the participle after a cue and
            // its comma has that cue's subject.)
            let after_cue = participle
                && k >= lo + 3
                && t[k - 1].is_punct(',')
                && is_cue_at(self.text, t, k - 2);
            // (Only a cue right after its subject: not `denied the fraud claims,
            // pointing`, whose noun before the comma is no verb.)
            let cue_subject = after_cue
                .then(|| self.np_backward(para, k - 2, lo))
                .flatten()
                .filter(|np| np.last + 3 == k && !matches!(np.kind, NpKind::Unnamed));
            let np = cue_subject.or_else(|| {
                if participle {
                    self.np_backward(para, k, lo).or_else(subject)
                } else {
                    relative.or_else(|| self.np_backward(para, k, lo))
                }
            });
            // `Cruz, even after repeatedly dismissing them as …`: a participle
            // speaks through the sentence's subject.
            let gerund = t[k].text(self.text).ends_with("ing");
            let np = np
                .or_else(coordinated)
                .or_else(|| self.quantity_source(para, k, lo))
                .or_else(|| self.subject_before_apposition(para, k, lo))
                .or_else(|| {
                    gerund
                        .then(|| {
                            subject().or_else(|| self.clause_subject(para, lo, k).map(|s| s.0))
                        })
                        .flatten()
                });
            // `Acknowledging that the race is close, Ruiz said …`: the subject
            // follows the participle's clause.
            if np.is_none() && gerund && k <= lo + 1 {
                let comma = (k + 2..hi).find(|&m| t[m].is_punct(','));
                let source = comma.and_then(|c| self.np_forward(para, c + 1, hi));
                let content = comma.and_then(|c| self.content(para, cue_at.last + 1, c, direct));
                if let (Some(np), Some(content)) = (source, content) {
                    out.push(Reported {
                        content,
                        np: Some(self.unnamed_role(para, np)),
                        cue: Span::new(t[k].span.start, t[cue_at.last].span.end),
                        rule: &rules::REPORTED_PARTICIPLE,
                    });
                }
                continue;
            }
            // (`… University in Lynchburg, Va., derided`: not a name after a
            // preposition, a dateline or a document before a participle.)
            let mut put_out = false;
            let np = match np {
                Some(n) if self.unlikely_source(n.span, t[k].span) => {
                    let found = self
                        .subject_before_apposition(para, k, lo)
                        .or_else(|| self.clause_subject(para, lo, k).map(|s| s.0))
                        .filter(|s| !self.unlikely_source(s.span, t[k].span));
                    // (`His office released a statement saying …`: who put the
                    // document out is the phrase that opens the sentence.)
                    let document = gerund && is(&DOCUMENT_NOUNS, t[n.last].text(self.text));
                    let opening = || {
                        document
                            .then(|| self.np_forward(para, lo, n.first))
                            .flatten()
                            .filter(|s| s.end < n.first && !self.unlikely_source(s.span, t[k].span))
                    };
                    let np = found.or_else(opening);
                    put_out = document && np.is_some();
                    np.or(Some(n))
                }
                other => other,
            };
            let Some(np) = np else {
                continue;
            };
            if !put_out && self.noun_use(para, k, np) || self.naming(para, k, np) {
                continue;
            }
            previous = Some(np);
            // `The plan was criticized …`, `It is believed …`: passives are
            // [`Ctx::passive`]'s.
            if self.after_be(para, k, lo) {
                continue;
            }
            let np = self.unnamed_role(para, np);
            let cue = if cue_at.last > k {
                Span::new(t[k].span.start, t[cue_at.last].span.end)
            } else {
                self.cue_span(para, k)
            };
            let mut from = para.first_from(cue.end);
            let clause_word = |m: usize| {
                t.get(m).is_some_and(|n| {
                    matches!(
                        n.text(self.text),
                        "that" | "whether" | "if" | "how" | "why" | "what" | "who" | "when"
                    )
                })
            };
            // `praised the plan at a rally`: the object is the content.
            // (`announced it will hire …`: a clause, not an object.)
            let clause_follows = t.get(from).is_some_and(|n| {
                matches!(n.text(self.text), "he" | "she" | "they" | "it" | "we" | "I")
                    && t.get(from + 1).is_some_and(|v| {
                        let v = v.text(self.text);
                        is(&AUXILIARIES, v) || is(&SECOND_VERBS, v)
                    })
            });
            if cue_at.object && !clause_word(from) && !clause_follows {
                // (`would allow scientists to learn about …`: an infinitive's subject
                // is not before it.)
                let after_noun = k > lo && {
                    let p = t[k - 1].text(self.text);
                    matches!(p, "of" | "for" | "in" | "with" | "on" | "to")
                        || p.ends_with("’s")
                        || p.ends_with("'s")
                };
                // (`tweeted on May 2`, `tweeted back`: no object.)
                let circumstance = t.get(from).is_some_and(|n| {
                    let v = n.text(self.text);
                    is(&CIRCUMSTANCE_WORDS, v) || matches!(v, "back" | "out" | "of")
                });
                if after_noun {
                    continue;
                }
                // (… unless what was said follows: `tweeted on Friday that …`, `said
                // in a statement “…”`.)
                if circumstance {
                    let infinitive = |m: usize| {
                        t[m].text(self.text) == "to"
                            && t.get(m + 1).is_some_and(|n| {
                                let v = n.text(self.text);
                                v.chars().all(char::is_lowercase) && !is(&FUNCTION_WORDS, v)
                            })
                    };
                    let said = (from + 1..hi.min(from + 10)).find(|&m| {
                        t[m].text(self.text) == "that"
                            || is_open_mark(t[m], self.text)
                            || infinitive(m)
                    });
                    match said {
                        Some(m) => from = m,
                        None => continue,
                    }
                }
                let mut to = self.object_end(para, from, hi).min(self.next_attribution(
                    para,
                    from,
                    hi,
                    &cues[i + 1..],
                ));
                if restrictive.is_some() {
                    to = self.relative_clause_end(para, from, to);
                }
                if cue_at.last == k && self.document_published(para, from, hi) {
                    continue;
                }
                if let Some(content) = self.content_with(para, from, to, direct, 1) {
                    out.push(Reported {
                        content,
                        np: Some(np),
                        cue,
                        rule: &rules::REPORTED_OBJECT,
                    });
                }
                continue;
            }
            // `told reporters …`, `warned them that …`: the hearer is not the content.
            if cue.end == t[k].span.end && is(&OBJECT_CUES, t[k].text(self.text)) {
                let past = self.past_hearer(para, from, hi);
                // (… but `asked supporters to run for office` is all the request.)
                // (The phrase reader may have read `the dockers to return` as one.)
                let to_at = (from + 1..=past.min(hi.saturating_sub(1)))
                    .find(|&m| t[m].text(self.text) == "to");
                let infinitive = past > from
                    && !matches!(t[k].text(self.text), "told" | "tell" | "tells" | "telling");
                if let Some(at) = to_at.filter(|_| infinitive) {
                    let to = self.object_end(para, at, hi).min(self.next_attribution(
                        para,
                        from,
                        hi,
                        &cues[i + 1..],
                    ));
                    if let Some(content) = self.content_with(para, from, to, direct, 2) {
                        out.push(Reported {
                            content,
                            np: Some(np),
                            cue,
                            rule: &rules::REPORTED_REQUEST,
                        });
                    }
                    continue;
                }
                // `tells the fishermen the pier …`: `tell` and its kin name the hearer
                // first, whatever it is (but `told a story`).
                let start = from;
                from = past;
                // `told the crowd at the rally.`, `told the council, leaning on …`,
                // `told 200 people gathered at …`: `tell` and its kin name the hearer
                // first, whatever it is (but `told a story`); with nothing said after it,
                // nothing was reported. (What was said keeps the hearer before it, as
                // PolNeAR marks it.)
                if is(&ADDRESSEE_CUES, t[k].text(self.text)) {
                    let end = past.max(self.past_addressee(para, start, hi));
                    if end > start
                        && !self.said_after_hearer(para, end, hi)
                        && !self.clause_after_circumstance(para, end, hi)
                    {
                        continue;
                    }
                }
            }
            // `responded to questions about the plan`: what an answer answers is
            // someone else's words, not what was said (a `that` in it belongs to
            // them: `responded to the claim that …`, `to an ad that …`).
            if from < hi
                && t[from].text(self.text) == "to"
                && is(&RESPONSE_CUES, t[k].text(self.text))
            {
                continue;
            }
            // `said on Monday that …`: past the circumstance to the `that`; a cue
            // followed only by a circumstance (`says during a car ride`) reports nothing.
            // (`said of the plan`, `joked of the museum`: `of` says what it was
            // about, not what was said.)
            let about = cue_at.last == k && from < hi && t[from].text(self.text) == "of";
            if from < hi && is(&CIRCUMSTANCE_WORDS, t[from].text(self.text)) || about {
                match self.that_within(para, from, hi) {
                    Some(m) => from = m,
                    None => continue,
                }
            }
            // `said to applause from the crowd that …`, `said, departing from her
            // notes, that …`: a circumstance, then what was said.
            if from < hi
                && (t[from].text(self.text) == "to" || t[from].is_punct(','))
                && let Some(m) = self.that_within(para, from, hi)
                && self.circumstance_before(para, from, m)
            {
                from = m;
            } else if from < hi
                && t[from].text(self.text) == "to"
                && Self::quote_just_before(k, t, direct).is_some()
                && t.get(from + 1)
                    .is_some_and(|n| !matches!(n.text(self.text), "be" | "have"))
            {
                // `“…,” she said to applause from the crowd.`, `“…,” he said to
                // reporters.`: the quotation before the cue is what was said; `to`
                // and a phrase after it (not `to be`, `to have`) say to whom or how,
                // and nothing more was reported.
                continue;
            }
            // `“…,” Ruiz said, according to CNN`, `“…,” she said 30 minutes into the
            // debate`: the attribution of a quotation in the same sentence; what follows
            // the cue says when or how, unless a `that` opens what was said.
            if from < hi && self.attributes_quote_before(k, t, direct) {
                let that =
                    t[from].text(self.text) == "that" || self.that_within(para, from, hi).is_some();
                // (A fragment in marks later in the clause is this cue's report,
                // as PolNeAR marks it: `“…,” he said, calling it “a disgrace”`; not
                // a title: `told a crowd after she took the stage to “Eye of the Tiger”`.)
                let fragment = (from..hi).any(|m| {
                    is_open_mark(t[m], self.text) && !any_contains(&self.titles, t[m].span)
                });
                // (`“…,” Ruiz said, adding that …`: the participle's clause is the
                // cue's report, its subject the cue's; not a participle that is no
                // cue, `“…,” Trump said, using his nickname`.)
                let participle_clause = t[from].is_punct(',')
                    && t.get(from + 1).is_some_and(|n| {
                        let v = n.text(self.text);
                        v.len() > 4
                            && v.ends_with("ing")
                            && v != "according"
                            && v.chars().all(char::is_lowercase)
                    })
                    && is_cue_at(self.text, t, from + 1);
                if !that && !fragment && !participle_clause {
                    continue;
                }
            }
            // `found himself in an awkward position`: `find oneself` is where one
            // ends up, not what one holds true.
            let reflexive = from < hi
                && matches!(t[k].text(self.text), "find" | "finds" | "found" | "finding")
                && is(&ENGLISH_REFLEXIVE_PRONOUNS, t[from].text(self.text));
            if reflexive {
                continue;
            }
            // `exclaimed upon seeing him`, `said without further comment`: a
            // circumstance, unless what was said follows.
            let prep = from < hi
                && matches!(
                    t[from].text(self.text),
                    "upon" | "without" | "toward" | "towards"
                );
            if prep {
                match self.that_within(para, from, hi) {
                    Some(m) => from = m,
                    None => continue,
                }
            }
            // `said:` / `said, “…”`: a quotation follows, the quote rules have it.
            let mut s = from;
            while s < hi && (t[s].is_punct(',') || t[s].is_punct(':')) {
                s += 1;
            }
            if s < hi && is_open_mark(t[s], self.text) && any_contains(direct, t[s].span) {
                continue;
            }
            if s > from && s < hi && t[s - 1].is_punct(':') {
                continue;
            }
            let mut to = self.next_attribution(para, s, hi, &cues[i + 1..]);
            // `X, who said …, added`: the relative clause ends at its comma.
            if relative.is_some() {
                to = (s..to).find(|&m| t[m].is_punct(',')).unwrap_or(to);
            }
            if restrictive.is_some() {
                to = self.relative_clause_end(para, s, to);
            }
            // (`When Grant suggested that the port would sue, Rubio fired back`:
            // a report inside a subordinate clause that opens the sentence ends at
            // the comma where the main clause begins.)
            if is(&OPENING_SUBORDINATORS, t[lo].text(self.text)) && k > lo {
                if let Some(c) = (s + 2..to).filter(|&c| t[c].is_punct(',')).find(|&c| {
                    self.clause_subject(para, c + 1, to)
                        .is_some_and(|(np, _)| np.first == c + 1)
                }) {
                    to = c;
                }
            }
            to = self.clause_cut(para, s, to);
            // `The check seemed like an obstacle`: what seems is part of what is
            // reported, which no one in particular holds.
            let seems = matches!(
                t[k].text(self.text),
                "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
            );
            // (`appeared in front of the hall`, `appears on television`,
            // `appeared briefly at the rally`: where someone shows up, not how
            // something seems.)
            let shows_up = matches!(t[k].text(self.text), "appear" | "appears" | "appeared")
                && (k + 1..hi.min(k + 3))
                    .find(|&m| {
                        let v = t[m].text(self.text);
                        !(v.len() > 4 && v.ends_with("ly"))
                    })
                    .is_some_and(|m| {
                        matches!(
                            t[m].text(self.text),
                            "in" | "on"
                                | "at"
                                | "with"
                                | "before"
                                | "after"
                                | "outside"
                                | "inside"
                                | "near"
                                | "alongside"
                                | "onstage"
                                | "from"
                                | "during"
                                | "together"
                                | "live"
                                | "here"
                                | "there"
                        )
                    });
            if seems && (shows_up || restrictive.is_some()) {
                continue;
            }
            if seems {
                if let Some(content) = self.content(para, np.first, to, direct) {
                    out.push(Reported {
                        content,
                        np: None,
                        cue,
                        rule: &rules::REPORTED_SEEMS,
                    });
                }
                continue;
            }
            let that = t
                .get(s)
                .is_some_and(|w| w.text(self.text).eq_ignore_ascii_case("that"));
            // `wrote a long letter to the dean`: a document as the object is the
            // document, not what it says; `added a million jobs`, `called snap
            // elections`: an object with no clause after it reports nothing.
            let clause_only = is(&CLAUSE_ONLY_CUES, t[k].text(self.text));
            if !that
                && !self.clause_verb_in(para, s + 1, to)
                && (self.document_published(para, s, to)
                    || clause_only && self.indefinite_at(para, s, to))
            {
                continue;
            }
            let Some(content) = self.content(para, s, to, direct) else {
                continue;
            };
            out.push(Reported {
                content,
                np: Some(np),
                cue,
                rule: if that {
                    &rules::REPORTED_CUE_THAT
                } else {
                    &rules::REPORTED_CUE
                },
            });
        }
    }

    /// The first token after the hearer that a cue of class `addressee` names
    /// first (`told the crowd …`), any phrase at `from` but what is told rather
    /// than whom (`told a story`); `from` when there is none.
    /// (The phrase reader takes no `her` and may run on into what was said:
    /// `the fishermen the pier`, so the hearer ends before a second determiner.)
    fn past_addressee(&self, para: &Para, from: usize, hi: usize) -> usize {
        let t = &para.tokens;
        let word = |m: usize| t[m].text(self.text);
        let determiner = |m: usize| {
            matches!(
                word(m),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
            )
        };
        let possessive = |m: usize| {
            matches!(
                word(m),
                "his" | "her" | "their" | "its" | "our" | "my" | "your"
            )
        };
        let head = from + usize::from(from < hi && possessive(from));
        let Some(np) = self
            .np_forward(para, head, hi)
            .filter(|np| np.first == head && !(head..=np.last).any(|m| is(&TOLD_THINGS, word(m))))
        else {
            // (`her staff`: a possessive and its noun.)
            return if head > from && head < hi && t[head].is_word() {
                head + 1
            } else {
                from
            };
        };
        (head + 1..=np.end)
            .find(|&m| {
                determiner(m) && !is(&FUNCTION_WORDS, word(m - 1)) || is(&ENGLISH_PRONOUNS, word(m))
            })
            .unwrap_or(np.end + 1)
    }

    /// Whether token `from` (before `hi`) opens a noun phrase with an indefinite
    /// determiner or a number (`a million new jobs`, `two meetings`): after a
    /// cue of [`CLAUSE_ONLY_CUES`] with no verb after it, no report.
    fn indefinite_at(&self, para: &Para, from: usize, hi: usize) -> bool {
        let Some(first) = para.tokens.get(from).filter(|_| from < hi) else {
            return false;
        };
        let first = first.text(self.text);
        matches!(first, "a" | "an" | "another" | "some" | "several")
            || first.starts_with(|c: char| c.is_ascii_digit())
            || is(&NUMBER_WORDS, first)
    }

    /// Whether tokens `from..hi` hold a clause's verb: an auxiliary of tense or
    /// mood, a past in -ed or a cue (`said a man was arrested`, `said 30
    /// people died`), so that what follows a cue with no `that` is a clause,
    /// not its object (`added a million jobs`, `wrote a letter to the dean`).
    fn clause_verb_in(&self, para: &Para, from: usize, hi: usize) -> bool {
        let t = &para.tokens;
        (from..hi.min(t.len())).any(|m| {
            let w = t[m].text(self.text);
            matches!(
                w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "do"
                    | "does"
                    | "did"
            ) || w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase)
                || is_cue_at(self.text, t, m)
        })
    }

    /// Whether the object at token `from` is a document the subject put out
    /// (`released a statement`, `issued a short written statement on Monday`, `is
    /// releasing a new ad in the north`) and not what it says: a determiner, a
    /// few modifiers and a document of the `issued` class, with neither its words nor a
    /// name for it after it (`a memo titled …`, `a statement that …`, `a
    /// statement: …`, `a statement on the strike`, `a memo by the inspector`). What it says may follow in a participle (`a statement
    /// saying …`), which reports it through the subject.
    fn document_published(&self, para: &Para, from: usize, hi: usize) -> bool {
        const MODIFIERS: usize = 4;
        let t = &para.tokens;
        let word = |m: usize| t[m].text(self.text);
        let mut m = from;
        if m < hi
            && matches!(
                word(m),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "this" | "another"
            )
        {
            m += 1;
        }
        let noun = (m..hi.min(m + MODIFIERS + 1))
            .take_while(|&j| {
                t[j].is_word()
                    && !is(&FUNCTION_WORDS, word(j))
                    && word(j).chars().next().is_some_and(|c| !c.is_uppercase())
            })
            .find(|&j| is(&ISSUED_DOCUMENTS, word(j)));
        let Some(noun) = noun else {
            return false;
        };
        let next = noun + 1;
        // (`the email controversy`, `an interview request`: a modifier, not the
        // head; `released the emails`, `ads tying them to …`: more than a document.)
        let modifier = next < hi
            && t[next].is_word()
            && !is(&FUNCTION_WORDS, word(next))
            && !word(next).ends_with("ing")
            && word(next).chars().all(char::is_lowercase);
        if modifier {
            return false;
        }
        next >= hi
            || !matches!(
                word(next),
                "titled"
                    | "entitled"
                    | "called"
                    | "dubbed"
                    | "that"
                    | "which"
                    | ":"
                    | "of"
                    | "on"
                    | "about"
                    | "regarding"
                    | "against"
                    | "by"
                    | "like"
                    | "for"
            ) && !is_open_mark(t[next], self.text)
    }

    /// Whether a clause opens (with `that` or a subject pronoun) after the
    /// circumstance at token `m` and before any other cue, within the sentence's
    /// next words: `told a crowd in Windham on Monday that …`, `told
    /// investigators in July she was …`.
    fn clause_after_circumstance(&self, para: &Para, m: usize, hi: usize) -> bool {
        const WITHIN: usize = 30;
        let t = &para.tokens;
        (m..hi.min(m + WITHIN))
            .take_while(|&j| !is_cue_at(self.text, t, j))
            .any(|j| {
                let w = t[j].text(self.text);
                let head = w.split(['’', '\'']).next().unwrap_or(w);
                w == "that" || matches!(head, "he" | "she" | "they" | "we" | "I")
            })
    }

    /// Whether what follows a hearer at token `m` (`told the crowd …`) can be
    /// what was said: a clause (`that …`, `he would …`, `, Ruiz would …`), a
    /// quotation, a colon; not a circumstance (`at the rally`), a participle
    /// (`gathered at …`, `, leaning on …`), an apposition or the sentence's end.
    fn said_after_hearer(&self, para: &Para, m: usize, hi: usize) -> bool {
        let t = &para.tokens;
        let participle = |w: &str| {
            w.len() > 4
                && (w.ends_with("ed") || w.ends_with("ing"))
                && w.chars().all(char::is_lowercase)
        };
        let clause = |m: usize| {
            m < hi && t[m].is_word() && {
                let w = t[m].text(self.text);
                !participle(w) && !is(&CIRCUMSTANCE_WORDS, w)
            }
        };
        m < hi
            && (t[m].is_punct(':')
                || is_open_mark(t[m], self.text)
                || clause(m)
                || t[m].is_punct(',')
                    && clause(m + 1)
                    && (m + 2..hi.min(m + 6)).any(|j| is(&AUXILIARIES, t[j].text(self.text))))
    }

    /// Whether the participle at token `k` follows a form of `be` (after
    /// adverbs): a passive (`was criticized`, `is believed`), not a cue of its
    /// subject's words.
    fn after_be(&self, para: &Para, k: usize, lo: usize) -> bool {
        let t = &para.tokens;
        let w = t[k].text(self.text);
        if w.ends_with("ing") || w.ends_with('s') {
            return false;
        }
        let mut j = k;
        while j > lo && {
            let p = t[j - 1].text(self.text);
            p.len() > 3 && p.ends_with("ly") || matches!(p, "also" | "now" | "still" | "not")
        } {
            j -= 1;
        }
        j > lo
            && matches!(
                t[j - 1].text(self.text),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            )
    }

    /// `52 percent said`, `one in three said`, `all but two said`, `most say`:
    /// a share of people polled or counted before cue `k`, someone unnamed.
    fn quantity_source(&self, para: &Para, k: usize, lo: usize) -> Option<Np> {
        let t = &para.tokens;
        let mut j = k;
        while j > lo && is(&AUXILIARIES, t[j - 1].text(self.text)) {
            j -= 1;
        }
        let last = j.checked_sub(1).filter(|&l| l >= lo)?;
        let w = |m: usize| t[m].text(self.text).to_lowercase();
        let number = |m: usize| {
            let v = w(m);
            v.chars().next().is_some_and(|c| c.is_ascii_digit())
                || matches!(
                    v.as_str(),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "half"
                        | "two-thirds"
                        | "a"
                        | "all"
                )
        };
        let first = match w(last).as_str() {
            "percent" | "%" if last > lo && number(last - 1) => last - 1,
            "majority" | "third" | "quarter" | "half" | "minority" if last > lo => (lo..last)
                .rev()
                .take(2)
                .find(|&m| number(m) || w(m) == "the")?,
            _ if number(last) && last >= lo + 2 && matches!(w(last - 1).as_str(), "in" | "but") => {
                // `one in three`, `all but two`
                last.checked_sub(2).filter(|&m| m >= lo && number(m))?
            }
            "most" | "many" | "some" | "others" | "few" | "several" | "both" => last,
            _ => return None,
        };
        Some(Np {
            span: Span::new(t[first].span.start, t[last].span.end),
            kind: NpKind::Unnamed,
            para: para.index,
            end: last,
            first,
            last,
        })
    }

    /// `The author of the book, Jane Doe, said`: the subject that opens the
    /// sentence (or follows its opening adverbial), set off by an apposition
    /// that ends right before cue `k`.
    pub(in crate::core::attribution) fn subject_before_apposition(
        &self,
        para: &Para,
        k: usize,
        lo: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        if k < lo + 3 || !t[k - 1].is_punct(',') {
            return None;
        }
        let opener = (lo..k.min(lo + 6))
            .find(|&m| t[m].is_punct(','))
            .map(|c| c + 1);
        [Some(lo), opener].into_iter().flatten().find_map(|s| {
            // (`Her campaign manager, …`: the phrase reader takes no `her`.)
            let her = matches!(t[s].text(self.text), "Her" | "her" | "Its" | "its");
            let mut np = self.np_forward(para, s + usize::from(her), k - 1)?;
            if her {
                np.span.start = t[s].span.start;
                np.first = s;
            }
            let comma = np.end + 1;
            (comma < k - 1
                && t[comma].is_punct(',')
                && (comma + 1..k - 1).all(|m| !is_open_mark(t[m], self.text)))
            .then_some(np)
        })
    }

    /// Whether the mention at `span` is unlikely to be the source of cue `cue`:
    /// a name after a preposition (`a group in Lynchburg`), a dateline in capitals
    /// (`PHILADELPHIA`), a document before a participle (`a statement saying`) or
    /// a time (`this week`).
    pub(in crate::core::attribution) fn unlikely_source(&self, span: Span, cue: Span) -> bool {
        let Some(para) = self.para_of(span) else {
            return false;
        };
        let t = &para.tokens;
        let Some(first) = para.token_at(span.start) else {
            return false;
        };
        let text = span.get(self.text);
        let after_preposition = first > 0
            && matches!(
                t[first - 1].text(self.text),
                "in" | "at" | "from" | "near" | "outside" | "of" | "on" | "with"
            )
            // (`with Trump tweeting that …`: the participle right after `with X`
            // is X's.)
            && !(t[first - 1].text(self.text) == "with"
                && cue.get(self.text).ends_with("ing")
                && self.text[span.end..cue.start.max(span.end)].trim().is_empty());
        let dateline = text.len() > 3
            && text.chars().any(char::is_alphabetic)
            && !text.chars().any(char::is_lowercase);
        let document = cue.get(self.text).ends_with("ing")
            && text
                .split_whitespace()
                .last()
                .is_some_and(|h| is(&DOCUMENT_NOUNS, h));
        let time = text.split_whitespace().any(|w| is(&TIME_WORDS, w))
            || matches!(text, "this week" | "last week" | "one point");
        // `Following …`, `Hastily …`, `Last …`: an opening word, not a name.
        let opener = text.split_whitespace().next().is_some_and(|w| {
            let lower = w.to_lowercase();
            w.chars().next().is_some_and(char::is_uppercase)
                && (lower.ends_with("ly") && lower.len() > 4
                    || lower.ends_with("ing") && lower.len() > 5
                    || matches!(
                        lower.as_str(),
                        "last" | "earlier" | "later" | "given" | "after" | "before" | "despite"
                    ))
        });
        let medium = text.split_whitespace().last().is_some_and(|h| {
            matches!(
                h,
                "conference" | "interview" | "hearing" | "speech" | "rally" | "debate" | "tally"
            )
        });
        after_preposition || dateline || document || time || opener || medium
    }

    /// The paragraph that holds `span`, found by binary search.
    pub(in crate::core::attribution) fn para_of(&self, span: Span) -> Option<&Para> {
        let i = self
            .paras
            .partition_point(|p| p.span.start <= span.start)
            .checked_sub(1)?;
        self.paras.get(i).filter(|p| p.span.contains(span))
    }

    /// Whether cue `k` names what its noun is called (`a program called Safe
    /// Harbour`, `a group named …`, `a website called “…”` with a title in the
    /// marks), not what someone said.
    fn naming(&self, para: &Para, k: usize, np: Np) -> bool {
        let t = &para.tokens;
        let title = t
            .get(k + 1)
            .is_some_and(|n| any_contains(&self.titles, n.span));
        matches!(
            t[k].text(self.text),
            "called" | "named" | "dubbed" | "titled"
        ) && matches!(np.kind, NpKind::Unnamed | NpKind::Definite)
            && np.end + 1 == k
            && (title
                || t.get(k + 1)
                    .is_some_and(|n| n.is_capitalized(self.text) || n.text(self.text) == "the"))
    }

    /// A source named by a role noun alone (`Officials said`, `Critics say`),
    /// written with a capital only because it opens the sentence: someone unnamed.
    fn unnamed_role(&self, para: &Para, np: Np) -> Np {
        let NpKind::Name(r) = np.kind else {
            return np;
        };
        let run = &para.runs[r];
        let role = run.first == run.last && is(&ROLE_NOUNS, para.tokens[run.first].text(self.text));
        if role {
            Np {
                kind: NpKind::Unnamed,
                ..np
            }
        } else {
            np
        }
    }
}

fn is_closing(t: crate::core::text::Token, text: &str) -> bool {
    matches!(t.text(text), "”" | "\"" | "»" | "’" | "'" | ")")
}

/// The token ranges of a paragraph's sentences.
pub(in crate::core::attribution) fn sentences(para: &Para) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(para.ends.len() + 1);
    let mut lo = 0;
    for &e in &para.ends {
        let hi = para.first_from(e);
        if hi > lo {
            out.push((lo, hi));
        }
        lo = hi.max(lo);
    }
    if lo < para.tokens.len() {
        out.push((lo, para.tokens.len()));
    }
    out
}
