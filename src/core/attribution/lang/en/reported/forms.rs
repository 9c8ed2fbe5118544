//! The forms reported speech takes besides `X said (that) …`: the passive
//! (`it was reported that`), a noun (`the claim that`), an opening source
//! (`According to X, …`), a cue after its content (`…, X said`).

use super::{Reported, is_closing};
use crate::core::attribution::lang::en::rules;
use crate::core::attribution::lang::en::subject::is_past_form;
use crate::core::attribution::{Ctx, Np, NpKind, Para, is_open_mark};
use crate::core::lexicon::{
    AUXILIARIES, BE_FORM, CIRCUMSTANCE_WORDS, CONTENT_CUE_WORDS, FUNCTION_WORDS, IN_WORD,
    LINE_LABELS, NOUN_CUE, OBJECT_CONTENT_CUES, PASSIVE_ATTITUDES, ROLE_NOUNS, SECOND_VERBS,
    SOURCE_NOUNS, is,
};
use crate::core::span::{Span, any_contains};
use crate::core::text::is_according_to;

impl Ctx<'_> {
    /// `X is expected to …`, `X is widely seen as …`, `it is believed that …`:
    /// content no one in particular holds, with no source (or an unnamed one for
    /// `it is believed`). `first` is where this sentence's reports start in `out`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn passive(
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
                        rule: &rules::REPORTED_PASSIVE_AGENT,
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
                rule: &rules::REPORTED_PASSIVE,
            });
        }
    }

    /// `his criticism of the plan`, `Ruiz’s claim that …`, `their decision to
    /// leave`: a possessive source, a noun of saying or wanting and its content.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn nominal(
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
            // (`Given his past comments …`: a sentence's first word before the
            // pronoun has no subject before it; it is no verb.)
            let inside_verb_phrase = p > lo + 1 && t[p - 1].is_word() && word(p).len() <= 5;
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
                    is(&SECOND_VERBS, w) || is_past_form(w)
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
                    rule: &rules::REPORTED_NOUN,
                });
            }
        }
    }

    /// Sentences whose shape attributes them: `Asked whether …, X said`
    /// (what was asked, by no one named), a headline's `Name: what they said`,
    /// and a poll's findings (`In a new poll, …`, `… in the latest poll`).
    pub(super) fn openers(
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
                    rule: &rules::REPORTED_ASKED,
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
                        rule: &rules::REPORTED_TO_X,
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
            // (A name, a role or a source, not a line's label: `UPDATE:`, `The
            // Latest:`, `Editor’s Note:`, `Photo:`.)
            let np = self.np_forward(para, lo, c).filter(|np| {
                let head = word(np.last);
                np.end + 1 == c
                    && !(lo..c).any(|m| t[m].is_acronym(self.text) && word(m).len() > 3)
                    && match np.kind {
                        NpKind::Name(r) => {
                            let run = &para.runs[r];
                            run.last - run.first < 3
                                && !is(&FUNCTION_WORDS, word(run.first))
                                && !is(&LINE_LABELS, head)
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
                    rule: &rules::REPORTED_HEADLINE,
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
                    rule: &rules::REPORTED_POLL,
                });
            }
            return;
        }
    }

    /// `…, X said.` / `…, said X.` / `…, according to X.` at the end of the sentence.
    pub(super) fn cue_after(
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
            // `The real danger, the captain said, is a storm …`: a reporting clause set
            // in the middle of the sentence reports all of it, both sides and the clause
            // between them. What goes on after it is the rest of the sentence, not the
            // speaker's apposition (`, said X, a pilot …`), a participle of the speaker's
            // own (`, adding that …`) or a circumstance (`, as the snow fell`).
            let parenthetical =
                !according && apposition && self.sentence_resumes(para, np, cue, rest, hi);
            if !according
                && !parenthetical
                && (hi.saturating_sub(found.last) > 5 && !apposition || !ends)
            {
                continue;
            }
            // `Since last November, according to X, security forces have …`: what
            // was reported is on both sides.
            let medial = according
                && (lo..j).filter(|&m| t[m].is_word()).count() <= 4
                && (rest..hi.min(rest + 4))
                    .find(|&m| t[m].is_punct(','))
                    .is_some_and(|c| (c + 1..hi).filter(|&m| t[m].is_word()).count() >= 3);
            // `…, X said, “…”`: the quotation is what was said, the quote rules
            // have it.
            let quotation = rest + 1 < hi
                && (t[rest].is_punct(',') || t[rest].is_punct(':'))
                && is_open_mark(t[rest + 1], self.text);
            if quotation {
                return;
            }
            let end = if medial || parenthetical { hi } else { j };
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
                    rule: &rules::REPORTED_CUE_AFTER,
                });
            }
            return;
        }
    }

    /// Whether the sentence goes on after a reporting clause that ends at token `rest`
    /// (a comma) with its own words (`The trouble, they argue, lies in …`), rather than
    /// with the speaker's apposition, a participle or a circumstance.
    fn sentence_resumes(&self, para: &Para, np: Np, cue: Span, rest: usize, hi: usize) -> bool {
        let t = &para.tokens;
        // (`The answer, it turned out, was yes`: no one's report.)
        if np.span.get(self.text).eq_ignore_ascii_case("it") {
            return false;
        }
        let Some(next) = t.get(rest + 1).filter(|n| n.is_word()) else {
            return false;
        };
        let word = next.text(self.text);
        // (Three words at least, to the sentence's end.)
        if (rest + 1..hi).filter(|&m| t[m].is_word()).count() < 3 {
            return false;
        }
        // `, adding that …`, `, citing …`: the speaker's own participle.
        if word.ends_with("ing") || matches!(word, "and" | "according") {
            return false;
        }
        // `, as the snow fell`, `, when …`: a circumstance of the saying.
        if matches!(
            word,
            "as" | "when" | "while" | "before" | "after" | "during"
        ) {
            return false;
        }
        // `, said Tomas Berg, a pilot …`: after an inverted clause, a phrase that opens
        // with a determiner or a name is the speaker's apposition.
        let inverted = np.span.start > cue.start;
        !(inverted
            && (is(&FUNCTION_WORDS, word) && !is(&AUXILIARIES, word)
                || word.chars().next().is_some_and(char::is_uppercase)))
    }

    /// `According to X, …`.
    pub(super) fn according_first(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let starts = |k: usize| k + 1 < hi && is_according_to(self.text, t, k);
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
                rule: &rules::REPORTED_ACCORDING_TO,
            });
        }
    }
}
