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

use crate::core::attribution::{Ctx, Np, NpKind, Para, is_open_mark};
use crate::core::lexicon::{
    AUXILIARIES, BE_FORM, CIRCUMSTANCE_WORDS, CONTENT_CUE, CONTENT_CUE_WORDS, CONTENT_ONLY_CUES,
    CUE_FOLLOWERS, DOCUMENT_NOUNS, FUNCTION_WORDS, IN_WORD, NOUN_CUE, NOUN_LIKE_CUES,
    OBJECT_CONTENT_CUES, OBJECT_CUE, OBJECT_CUES, OBJECT_PRONOUNS, OBJECT_STOPS, PARTICLE_CUE,
    PASSIVE_ATTITUDES, PHRASE_CUE, PHRASE_CUE_NOUNS, PRONOUNS, ROLE_NOUNS, SECOND_VERBS,
    SOURCE_NOUNS, TIME_WORDS, cue_class, cue_particles, is,
};
use crate::core::span::{Span, any_contains};
use crate::core::text::TokenKind;
use crate::core::text::is_cue_at;

/// Reported speech found in one sentence.
#[derive(Clone, Copy, Debug)]
pub(in crate::core::attribution) struct Reported {
    /// What was reported.
    pub content: Span,
    /// Who reported it, when the sentence says (`is expected to` does not).
    pub np: Option<Np>,
    /// The cue words.
    pub cue: Span,
    /// How sure the rule is.
    pub confidence: f32,
}

impl Reported {
    /// Where it is in reading order: its source, or its cue when it has none.
    pub fn at(&self) -> usize {
        self.np.map_or(self.cue.start, |np| np.span.start)
    }
}

/// Content shorter than this, in words, is not reported speech (`X said so`).
const MIN_WORDS: usize = 3;

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
            let np = if participle {
                self.np_backward(para, k, lo).or_else(subject)
            } else {
                relative.or_else(|| self.np_backward(para, k, lo))
            };
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
                        confidence: 0.5,
                    });
                }
                continue;
            }
            // (`… University in Lynchburg, Va., derided`: not a name after a
            // preposition, a dateline or a document before a participle.)
            let np = match np {
                Some(n) if self.unlikely_source(n.span, t[k].span) => self
                    .subject_before_apposition(para, k, lo)
                    .or_else(|| self.clause_subject(para, lo, k).map(|s| s.0))
                    .filter(|s| !self.unlikely_source(s.span, t[k].span))
                    .or(Some(n)),
                other => other,
            };
            let Some(np) = np else {
                continue;
            };
            if self.noun_use(para, k, np) || self.naming(para, k, np) {
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
                    is(&CIRCUMSTANCE_WORDS, v) || matches!(v, "back" | "out")
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
                let to = self.object_end(para, from, hi).min(self.next_attribution(
                    para,
                    from,
                    hi,
                    &cues[i + 1..],
                ));
                if let Some(content) = self.content_with(para, from, to, direct, 1) {
                    out.push(Reported {
                        content,
                        np: Some(np),
                        cue,
                        confidence: 0.5,
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
                            confidence: 0.55,
                        });
                    }
                    continue;
                }
                from = past;
            }
            // `said on Monday that …`: past the circumstance to the `that`; a cue
            // followed only by a circumstance (`says during a car ride`) reports nothing.
            if from < hi && is(&CIRCUMSTANCE_WORDS, t[from].text(self.text)) {
                let that = (from + 1..hi.min(from + 10))
                    .take_while(|&m| !is_cue_at(self.text, t, m))
                    .find(|&m| t[m].text(self.text) == "that");
                match that {
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
            to = self.clause_cut(para, s, to);
            // `The check seemed like an obstacle`: what seems is part of what is
            // reported, which no one in particular holds.
            let seems = matches!(
                t[k].text(self.text),
                "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
            );
            if seems {
                if let Some(content) = self.content(para, np.first, to, direct) {
                    out.push(Reported {
                        content,
                        np: None,
                        cue,
                        confidence: 0.5,
                    });
                }
                continue;
            }
            let Some(content) = self.content(para, s, to, direct) else {
                continue;
            };
            let that = t[s].text(self.text).eq_ignore_ascii_case("that");
            out.push(Reported {
                content,
                np: Some(np),
                cue,
                confidence: if that { 0.7 } else { 0.6 },
            });
        }
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
    fn subject_before_apposition(&self, para: &Para, k: usize, lo: usize) -> Option<Np> {
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
            );
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
    /// Harbour`, `a group named …`), not what someone said.
    fn naming(&self, para: &Para, k: usize, np: Np) -> bool {
        let t = &para.tokens;
        matches!(
            t[k].text(self.text),
            "called" | "named" | "dubbed" | "titled"
        ) && matches!(np.kind, NpKind::Unnamed | NpKind::Definite)
            && np.end + 1 == k
            && t.get(k + 1)
                .is_some_and(|n| n.is_capitalized(self.text) || n.text(self.text) == "the")
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

    /// `X is expected to …`, `X is widely seen as …`, `it is believed that …`:
    /// content no one in particular holds, with no source (or an unnamed one for
    /// `it is believed`). `first` is where this sentence's reports start in `out`.
    #[allow(clippy::too_many_arguments)]
    fn passive(
        &self,
        para: &Para,
        (lo, hi): (usize, usize),
        quoted: &[Span],
        direct: &[Span],
        first: usize,
        classes: &[u8],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        for b in lo..hi {
            if classes[b] & BE_FORM == 0 || t[b].is_capitalized(self.text) {
                continue;
            }
            let mut v = b + 1;
            while v < hi && {
                let w = t[v].text(self.text);
                w.len() > 3 && w.ends_with("ly")
                    || matches!(
                        w,
                        "also" | "now" | "still" | "not" | "never" | "n't" | "long"
                    )
            } {
                v += 1;
            }
            if v + 2 >= hi {
                continue;
            }
            let next = t[v + 1].text(self.text);
            let participle = t[v].text(self.text);
            // `The figures were confirmed by strategists in both parties`: the
            // subject is what the agent reported or judged.
            let agent = next == "by"
                && participle.ends_with("ed")
                && (is(&OBJECT_CONTENT_CUES, participle) || is(&CONTENT_CUE_WORDS, participle));
            if agent {
                let inside = out[first..].iter().any(|r| r.content.contains(t[v].span));
                let from = (lo..b)
                    .rev()
                    .find(|&m| t[m].is_punct(','))
                    .map_or(lo, |c| c + 1);
                let np = self.np_forward(para, v + 2, hi);
                let content = self.content_with(para, from, b, direct, 1);
                if let (Some(np), Some(content), false) = (np, content, inside) {
                    out.push(Reported {
                        content,
                        np: Some(self.unnamed_role(para, np)),
                        cue: Span::new(t[b].span.start, t[v].span.end),
                        confidence: 0.45,
                    });
                }
                continue;
            }
            if !is(&PASSIVE_ATTITUDES, participle) {
                continue;
            }
            let it = b > lo && t[b - 1].text(self.text).eq_ignore_ascii_case("it");
            let (cue_last, from) = match next {
                "to" => (v, v + 1),
                "as" => (v + 1, v + 2),
                "that" if it => (v, v + 1),
                // `is known for its …`
                "for" if participle == "known" => (v + 1, v + 2),
                _ => continue,
            };
            let inside = |k: usize| out[first..].iter().any(|r| r.content.contains(t[k].span));
            if any_contains(quoted, t[v].span) || inside(v) {
                continue;
            }
            let to = if next == "that" {
                self.clause_cut(para, from, hi)
            } else {
                self.object_end(para, from, hi)
            };
            let subject = self
                .np_backward(para, b, lo)
                .filter(|np| np.end + 1 == b && !it)
                .map_or(from, |np| np.first);
            let Some(content) = self.content_with(para, subject, to, direct, 2) else {
                continue;
            };
            // `It is widely believed that …`: an unnamed source.
            let np = it.then(|| Np {
                span: Span::new(t[b - 1].span.start, t[v].span.end),
                kind: NpKind::Unnamed,
                para: para.index,
                end: v,
                first: b - 1,
                last: v,
            });
            out.push(Reported {
                content,
                np,
                cue: Span::new(t[b].span.start, t[cue_last].span.end),
                confidence: 0.45,
            });
        }
    }

    /// `his criticism of the plan`, `Ruiz’s claim that …`, `their decision to
    /// leave`: a possessive source, a noun of saying or wanting and its content.
    #[allow(clippy::too_many_arguments)]
    fn nominal(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        first: usize,
        classes: &[u8],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let word = |m: usize| t[m].text(self.text);
        for m in lo + 1..hi.saturating_sub(2) {
            if classes[m] & NOUN_CUE == 0 || word(m).starts_with(char::is_uppercase) {
                continue;
            }
            let link = word(m + 1);
            let from = match link {
                // (`support for`, `plans for` name a policy more often than a view.)
                "for" if matches!(word(m), "support" | "plan" | "plans") => continue,
                "of" | "on" | "about" | "for" | "against" | "that" | "to" => m + 2,
                _ => continue,
            };
            // The possessor, perhaps before an adjective (`his previous criticism`).
            let owner = |p: usize| {
                let w = word(p);
                matches!(w, "his" | "her" | "their" | "its" | "His" | "Her" | "Their")
                    || t[p].is_word() && (w.ends_with("’s") || w.ends_with("'s"))
            };
            let p = if owner(m - 1) {
                m - 1
            } else if m >= lo + 2 && owner(m - 2) && t[m - 1].is_word() {
                m - 2
            } else {
                continue;
            };
            if any_contains(quoted, t[m].span)
                || out[first..].iter().any(|r| r.content.contains(t[m].span))
            {
                continue;
            }
            // `Bush pinned his hopes on …`: the subject holds what its pronoun owns.
            let inside_verb_phrase = p > lo && t[p - 1].is_word() && word(p).len() <= 5;
            let subject = || {
                self.np_forward(para, lo, p)
                    .filter(|np| matches!(np.kind, NpKind::Pronoun | NpKind::Name(_)))
                    .or_else(|| self.clause_subject(para, lo, p).map(|s| s.0))
            };
            let holder = inside_verb_phrase.then(subject).flatten();
            let np = match (para.run_at.get(p).copied().flatten(), holder) {
                (Some(r), _) => self.name_np(para, r),
                (None, Some(np)) => np,
                // (`the company’s plan`: no one named.)
                (None, None)
                    if word(p).ends_with('s') && !matches!(word(p), "his" | "its" | "His") =>
                {
                    continue;
                }
                (None, None) => Np {
                    span: t[p].span,
                    kind: NpKind::Pronoun,
                    para: para.index,
                    end: p,
                    first: p,
                    last: p,
                },
            };
            let mut to = if link == "that" {
                self.clause_cut(para, from, hi)
            } else {
                self.object_end(para, from, hi)
            };
            // `Ruiz’s criticism of the plan angered …`: as the subject, it ends
            // at the sentence's verb.
            let owner_start = para
                .run_at
                .get(p)
                .copied()
                .flatten()
                .map_or(p, |r| para.runs[r].first);
            if owner_start == lo || !t[owner_start.saturating_sub(1)].is_word() {
                let verb = (from + 1..to).find(|&v| {
                    let w = word(v);
                    is(&SECOND_VERBS, w)
                        || w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase)
                });
                to = verb.unwrap_or(to);
            }
            let from = if link == "that" || link == "to" {
                m + 1
            } else {
                from
            };
            if let Some(content) = self.content_with(para, from, to, direct, 1) {
                out.push(Reported {
                    content,
                    np: Some(np),
                    cue: Span::new(t[m].span.start, t[m + 1].span.end),
                    confidence: 0.4,
                });
            }
        }
    }

    /// Sentences whose shape attributes them: `Asked whether …, X said`
    /// (what was asked, by no one named), a headline's `Name: what they said`,
    /// and a poll's findings (`In a new poll, …`, `… in the latest poll`).
    fn openers(
        &self,
        para: &Para,
        (lo, hi): (usize, usize),
        quoted: &[Span],
        direct: &[Span],
        classes: &[u8],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let word = |m: usize| t[m].text(self.text);
        if any_contains(quoted, t[lo].span) {
            return;
        }
        // `Asked about the plan, she said …`, `When asked whether …`
        let asked = (lo..hi.min(lo + 3)).find(|&m| word(m).eq_ignore_ascii_case("asked"));
        if let Some(a) = asked.filter(|&a| {
            a + 1 < hi
                && matches!(
                    word(a + 1),
                    "about"
                        | "whether"
                        | "if"
                        | "what"
                        | "why"
                        | "how"
                        | "who"
                        | "when"
                        | "where"
                        | "which"
                )
        }) {
            let to = (a + 2..hi).find(|&m| t[m].is_punct(',')).unwrap_or(hi);
            if let Some(content) = self.content_with(para, a + 1, to, direct, 2) {
                out.push(Reported {
                    content,
                    np: None,
                    cue: t[a].span,
                    confidence: 0.45,
                });
            }
            return;
        }
        // `To Ruiz, the plan is a betrayal`: whose view the sentence gives.
        let holder = (lo..hi.min(lo + 2)).find(|&m| matches!(word(m), "To" | "to"));
        if let Some(h) = holder.filter(|&h| h == lo || t[lo].text(self.text) == "But") {
            let comma = (h + 2..hi.min(h + 10)).find(|&m| t[m].is_punct(','));
            let np =
                comma.and_then(|c| self.np_forward(para, h + 1, c).filter(|np| np.end + 1 == c));
            let person = np.is_some_and(|np| match np.kind {
                NpKind::Pronoun => true,
                NpKind::Name(r) => para.runs[r].kind != crate::core::mentions::RunKind::Org,
                _ => is(&ROLE_NOUNS, word(np.last)),
            });
            if let (true, Some(np), Some(c)) = (person, np, comma) {
                if let Some(content) =
                    self.content(para, c + 1, self.clause_cut(para, c + 1, hi), direct)
                {
                    out.push(Reported {
                        content,
                        np: Some(self.unnamed_role(para, np)),
                        cue: t[h].span,
                        confidence: 0.45,
                    });
                    return;
                }
            }
        }
        // `Sanders: Brexit’s message could help Trump`
        let colon = (lo + 1..hi.min(lo + 6)).find(|&m| t[m].is_punct(':'));
        if let Some(c) = colon.filter(|&c| {
            t[lo].is_capitalized(self.text)
                && (lo..c).all(|m| t[m].is_word() || matches!(word(m), "’" | "'"))
                && c + 1 < hi
                && !is_open_mark(t[c + 1], self.text)
                && (c + 1..hi).filter(|&m| t[m].is_word()).count() >= 3
        }) {
            // (A name, a role or a source, not `UPDATE:`, `The Latest:`, `Editor’s Note:`.)
            let np = self.np_forward(para, lo, c).filter(|np| {
                let head = word(np.last);
                np.end + 1 == c
                    && !(lo..c).any(|m| t[m].is_acronym(self.text) && word(m).len() > 3)
                    && match np.kind {
                        NpKind::Name(r) => {
                            let run = &para.runs[r];
                            run.last - run.first < 3
                                && !is(&FUNCTION_WORDS, word(run.first))
                                && !matches!(head, "Latest" | "Note" | "Update" | "Name")
                        }
                        NpKind::Pronoun => false,
                        _ => is(&ROLE_NOUNS, head) || is(&SOURCE_NOUNS, head),
                    }
            });
            if let (Some(np), Some(content)) = (np, self.content(para, c + 1, hi, direct)) {
                out.push(Reported {
                    content,
                    np: Some(self.unnamed_role(para, np)),
                    cue: t[c].span,
                    confidence: 0.45,
                });
            }
            return;
        }
        // `In a new poll, 52 percent …`, `… has sagged in the polls`
        let poll = |from: usize, to: usize| {
            (from..to.min(from + 8)).any(|m| {
                matches!(
                    word(m),
                    "poll" | "polls" | "survey" | "surveys" | "polling" | "Poll" | "Survey"
                )
            })
        };
        for m in lo..hi {
            if classes[m] & IN_WORD == 0 || m + 2 >= hi {
                continue;
            }
            let comma = (m + 1..hi.min(m + 10)).find(|&c| t[c].is_punct(','));
            let opening = m <= lo + 1;
            let end = if opening {
                comma.unwrap_or(hi)
            } else {
                (m + 1..hi).find(|&c| t[c].is_punct(',')).unwrap_or(hi)
            };
            if !poll(m + 1, end) {
                continue;
            }
            let Some(np) = self.np_forward(para, m + 1, end) else {
                continue;
            };
            let (from, to) = match (opening, comma) {
                (true, Some(c)) => (c + 1, self.clause_cut(para, c + 1, hi)),
                (true, None) => continue,
                (false, _) => {
                    let start = (lo..m)
                        .rev()
                        .find(|&c| t[c].is_punct(','))
                        .map_or(lo, |c| c + 1);
                    (start, m)
                }
            };
            if let Some(content) = self.content(para, from, to, direct) {
                out.push(Reported {
                    content,
                    np: Some(np),
                    cue: t[m].span,
                    confidence: 0.45,
                });
            }
            return;
        }
    }

    /// `…, X said.` / `…, said X.` / `…, according to X.` at the end of the sentence.
    fn cue_after(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        for j in (lo + 1..hi).rev() {
            // `…, X said.` or `… “…to be overrun,” X said.`
            let closed = t.get(j + 1).is_some_and(|n| {
                is_closing(*n, self.text)
                    && quoted.binary_search_by_key(&n.span.end, |q| q.end).is_ok()
            });
            if !t[j].is_punct(',') || any_contains(quoted, t[j].span) && !closed {
                continue;
            }
            let k = if closed { j + 2 } else { j + 1 };
            let Some(found) = self.clause_attribution(para, k, hi, None) else {
                continue;
            };
            let (Some(np), Some(cue)) = (found.np, found.cue) else {
                continue;
            };
            let np = self.unnamed_role(para, np);
            // The attribution ends the sentence, give or take a circumstance (`on
            // Monday.`): `…, said the figures were alarming` is no attribution.
            let rest = found.last + 1;
            let ends = rest >= hi
                || !t[rest].is_word()
                || is(&CIRCUMSTANCE_WORDS, t[rest].text(self.text));
            // (`said Jeffery Hemsley, an assistant professor at …` may run on.)
            let apposition = rest < hi && t[rest].is_punct(',');
            // `…, according to the average of recent polls compiled by …` runs on
            // with its source.
            let according = t[k].text(self.text) == "according";
            if !according && (hi.saturating_sub(found.last) > 5 && !apposition || !ends) {
                continue;
            }
            // `Since last November, according to X, security forces have …`: what
            // was reported is on both sides.
            let medial = according
                && (lo..j).filter(|&m| t[m].is_word()).count() <= 4
                && (rest..hi.min(rest + 4))
                    .find(|&m| t[m].is_punct(','))
                    .is_some_and(|c| (c + 1..hi).filter(|&m| t[m].is_word()).count() >= 3);
            let end = if medial { hi } else { j };
            // `“…,” X said.` is a direct quotation.
            if direct
                .iter()
                .any(|d| d.start < t[j].span.start && d.end > t[lo].span.start)
            {
                return;
            }
            if let Some(content) = self.content(para, lo, end, direct) {
                out.push(Reported {
                    content,
                    np: Some(np),
                    cue,
                    confidence: 0.6,
                });
            }
            return;
        }
    }

    /// `According to X, …`.
    fn according_first(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let starts = |k: usize| {
            k + 1 < hi
                && t[k].text(self.text).eq_ignore_ascii_case("according")
                && t[k + 1].text(self.text) == "to"
        };
        // At the sentence start, or after a leading adverbial (`But according to X, …`).
        let Some(a) = (lo..(lo + 3).min(hi)).find(|&k| starts(k)) else {
            return;
        };
        let Some(np) = self.np_forward(para, a + 2, hi) else {
            return;
        };
        let Some(comma) = (np.end + 1..hi.min(np.end + 16)).find(|&k| t[k].is_punct(',')) else {
            return;
        };
        if any_contains(quoted, t[comma].span) {
            return;
        }
        if let Some(content) = self.content(para, comma + 1, hi, direct) {
            out.push(Reported {
                content,
                np: Some(np),
                cue: Span::new(t[a].span.start, t[a + 1].span.end),
                confidence: 0.65,
            });
        }
    }

    /// The cue of reported content at token `k`, if it is one: a verb with its
    /// particle (`called for`), a reporting verb, or a verb whose object is the
    /// content (`endorsed`).
    /// `class` is the word's [`cue_class`].
    fn cue_at(&self, para: &Para, k: usize, class: u8) -> Option<Cue> {
        let t = &para.tokens;
        if class & PHRASE_CUE != 0 {
            if let Some(cue) = self.phrase_cue(para, k) {
                return Some(cue);
            }
        }
        if class & (CONTENT_CUE | OBJECT_CUE | PARTICLE_CUE) == 0 {
            // (`investigators discovered that …`: any verb before a `that` clause.)
            return self.verb_with_that_clause(para, k).then_some(Cue {
                k,
                last: k,
                object: false,
            });
        }
        let w = t[k].text(self.text);
        if !w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            return self.content_cue_at(para, k, class).then_some(Cue {
                k,
                last: k,
                object: false,
            });
        }
        let particle = (class & PARTICLE_CUE != 0)
            .then(|| cue_particles(w))
            .flatten()
            .filter(|ps| {
                t.get(k + 1)
                    .is_some_and(|n| ps.contains(&n.text(self.text)))
            });
        if particle.is_some() && self.verb_use(para, k) {
            return Some(Cue {
                k,
                last: k + 1,
                object: true,
            });
        }
        let object = class & OBJECT_CUE != 0;
        if self.content_cue_at(para, k, class) && (!object || self.verb_use(para, k)) {
            return Some(Cue { k, last: k, object });
        }
        (object && self.verb_use(para, k)).then_some(Cue {
            k,
            last: k,
            object: true,
        })
    }

    /// A cue of several words opening at verb `k`: `made (it) clear (that)`,
    /// `made the case (that|for)`, `took issue with`, `expressed concern about`,
    /// `raised questions about`, `took aim at`.
    fn phrase_cue(&self, para: &Para, k: usize) -> Option<Cue> {
        let t = &para.tokens;
        let w = |m: usize| t.get(m).map_or("", |x| x.text(self.text));
        if !w(k).starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let make = w(k).starts_with("ma");
        // `made it clear that …`, `made clear …`
        if make {
            let two = |a: &str, b: &str| w(k + 1) == a && w(k + 2) == b;
            let clear = if w(k + 1) == "clear" {
                k + 1
            } else if two("it", "clear") || two("the", "case") {
                k + 2
            } else {
                return None;
            };
            return Some(Cue {
                k,
                last: clear,
                object: false,
            });
        }
        // `voters see him as a fighter`, `many view the plan as a giveaway`
        if matches!(
            w(k),
            "see"
                | "sees"
                | "saw"
                | "view"
                | "views"
                | "viewed"
                | "regard"
                | "regards"
                | "regarded"
        ) {
            let as_ = (k + 2..(k + 10).min(t.len()))
                .take_while(|&m| t[m].is_word())
                .find(|&m| w(m) == "as");
            return as_.map(|_| Cue {
                k,
                last: k,
                object: true,
            });
        }
        // `expressed (deep) concern about …`, `took issue with …`
        let noun = (k + 1..(k + 3).min(t.len())).find(|&m| is(&PHRASE_CUE_NOUNS, w(m)))?;
        if (k + 1..noun).any(|m| !t[m].is_word() || is(&FUNCTION_WORDS, w(m)) && w(m) != "some") {
            return None;
        }
        let prep = noun + 1;
        let object = matches!(
            w(prep),
            "about" | "over" | "for" | "in" | "with" | "at" | "that" | "on" | "regarding"
        );
        object.then_some(Cue {
            k,
            last: if w(prep) == "that" { noun } else { prep },
            object: w(prep) != "that",
        })
    }

    /// Whether the lower-case word at token `k` is used as a verb: not after a
    /// determiner (`his support`), not a passive or a participle describing a
    /// noun (`was backed by`, `the widely praised plan`), and a present form after
    /// a subject, `to` or an auxiliary (`voters support`, `will endorse`).
    fn verb_use(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens;
        let w = t[k].text(self.text);
        let Some(next) = t.get(k + 1) else {
            return false;
        };
        if next.text(self.text) == "by" || next.is_punct('.') {
            return false;
        }
        let mut j = k;
        while j > 0 && {
            let p = t[j - 1].text(self.text);
            p.len() > 3 && p.ends_with("ly") || matches!(p, "also" | "not" | "never" | "still")
        } {
            j -= 1;
        }
        let Some(prev) = j.checked_sub(1).map(|p| t[p]) else {
            return false;
        };
        let p = prev.text(self.text);
        if matches!(
            p,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "these"
                | "those"
                | "of"
                | "for"
                | "in"
                | "with"
                | "no"
        ) {
            return false;
        }
        let passive = matches!(
            p,
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "get" | "got" | "gets"
        );
        if passive && !w.ends_with("ing") {
            return false;
        }
        if w.ends_with("ed") || w.ends_with("ing") || w == "sought" {
            return true;
        }
        // `Widespread references in …`: after a lone capitalised word opening the
        // sentence that the text never repeats and that is no plural (an adjective,
        // not a name or `Authorities`), a word that is as often a noun is one.
        let opener = para.first_from(para.clause_start(prev.span.start, None)) == j - 1
            && prev.is_capitalized(self.text)
            && !p.ends_with('s')
            && !is(&PRONOUNS, p)
            && is(&NOUN_LIKE_CUES, w)
            && t.get(k + 1).is_some_and(|n| !n.is_capitalized(self.text))
            && self.text.matches(p).take(2).count() == 1;
        if opener {
            return false;
        }
        // `the report cites …`: a third person's verb after any noun.
        let third_person = w.ends_with('s') && !w.ends_with("ss");
        if third_person && prev.is_word() && (!is(&FUNCTION_WORDS, p) || is(&PRONOUNS, p)) {
            return true;
        }
        prev.is_word()
            && (is(&PRONOUNS, p)
                || is(&AUXILIARIES, p)
                || matches!(
                    p,
                    "to" | "who"
                        | "they"
                        | "we"
                        | "you"
                        | "don’t"
                        | "don't"
                        | "didn’t"
                        | "didn't"
                        | "doesn’t"
                        | "doesn't"
                        | "won’t"
                        | "won't"
                )
                || prev.is_capitalized(self.text)
                || p.ends_with('s') && !p.ends_with("ss"))
    }

    /// `X, who praised …`: the relative pronoun before cue `k` (after
    /// auxiliaries and adverbs) stands for X. The mention is the pronoun, as
    /// PolNeAR marks it; a name before it is whom it refers to.
    fn relative_source(&self, para: &Para, k: usize, lo: usize) -> Option<Np> {
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
        let which = w == "which" && r > lo && t[r - 1].is_punct(',');
        if !(w.eq_ignore_ascii_case("who") || which) {
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
    fn apposition_head(&self, para: &Para, who: usize, lo: usize) -> Option<usize> {
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
    fn object_end(&self, para: &Para, from: usize, hi: usize) -> usize {
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
                if goes_on {
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
            let stop = is(&OBJECT_STOPS, w)
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
            if stop {
                return m;
            }
        }
        hi
    }

    /// Where a reported clause in tokens `from..to` ends because the writer's
    /// sentence goes on (`…, but …`, `…, saying …`, `…, which …`).
    fn clause_cut(&self, para: &Para, from: usize, to: usize) -> usize {
        let t = &para.tokens;
        (from + 2..to)
            .find(|&m| {
                t[m].is_punct(',')
                    && t.get(m + 1).is_some_and(|n| {
                        matches!(
                            n.text(self.text),
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
                    })
            })
            .unwrap_or(to)
    }

    /// Whether token `k` is a cue that can introduce reported content.
    fn content_cue_at(&self, para: &Para, k: usize, class: u8) -> bool {
        let t = &para.tokens;
        let w = t[k].text(self.text);
        // Cues are lower case but where they open a sentence (`Said X, …`).
        let plain = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        let opens = k == 0 || !t[k - 1].is_word();
        if !t[k].is_word() || !plain && !opens {
            return false;
        }
        if class & CONTENT_CUE == 0 {
            return self.verb_with_that_clause(para, k);
        }
        // `polls show that…`, not `a talk show host`.
        let followed = || {
            !is(&NOUN_LIKE_CUES, w)
                || t.get(k + 1).is_none_or(|n| {
                    let v = n.text(self.text);
                    !n.is_word()
                        || is(&CUE_FOLLOWERS, v)
                        || v.chars().next().is_some_and(char::is_uppercase)
                })
        };
        // `Polls show working-class voters …`: a subject before it makes it a verb.
        let subject = || {
            k > 0 && {
                let p = t[k - 1];
                let v = p.text(self.text);
                p.is_word()
                    && (is(&SOURCE_NOUNS, v)
                        || is(&PRONOUNS, v)
                        || matches!(v, "that" | "which" | "who" | "data" | "polling")
                        || v.ends_with('s') && !v.ends_with("ss") && !is(&FUNCTION_WORDS, v))
            }
        };
        // `wants to know`: the one who wants is the source, not a speaker of `know`.
        let infinitive = k > 0 && t[k - 1].text(self.text) == "to";
        is_cue_at(self.text, t, k)
            || is(&CONTENT_ONLY_CUES, w)
                && !infinitive
                && w.chars().next().is_some_and(char::is_lowercase)
                && (followed() || subject())
    }

    /// Whether token `k` is a verb in the past tense followed by a `that` clause
    /// (`investigators discovered that …`, `the campaign conceded that …`): any
    /// such verb reports what someone said, found or believes.
    fn verb_with_that_clause(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens;
        let that = t.get(k + 1).is_some_and(|n| n.text(self.text) == "that");
        if !that || !t[k].is_word() {
            return false;
        }
        let w = t[k].text(self.text);
        let clause = t.get(k + 2).is_some_and(|n| {
            let v = n.text(self.text);
            n.is_word()
                && (is(&CUE_FOLLOWERS, v) || v.chars().next().is_some_and(char::is_uppercase))
                && v != "to"
        });
        that && clause
            && w.len() > 4
            && w.ends_with("ed")
            && w.chars().all(|c| c.is_lowercase())
            && !is(&FUNCTION_WORDS, w)
    }

    /// The first token after the hearer of a cue like `told` that starts at
    /// `from` (`them`, `the Times`), or `from` when what follows is not a hearer
    /// (`warned the plan would fail`).
    fn past_hearer(&self, para: &Para, from: usize, hi: usize) -> usize {
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
    fn next_attribution(&self, para: &Para, from: usize, to: usize, cues: &[Cue]) -> usize {
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
    fn content(&self, para: &Para, from: usize, to: usize, direct: &[Span]) -> Option<Span> {
        self.content_with(para, from, to, direct, MIN_WORDS)
    }

    /// [`Ctx::content`] with at least `min_words` words.
    fn content_with(
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
}

fn is_closing(t: crate::core::text::Token, text: &str) -> bool {
    matches!(t.text(text), "”" | "\"" | "»" | "’" | "'" | ")")
}

/// The token ranges of a paragraph's sentences.
fn sentences(para: &Para) -> Vec<(usize, usize)> {
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

#[cfg(test)]
#[path = "../../tests/reported.rs"]
mod tests;
