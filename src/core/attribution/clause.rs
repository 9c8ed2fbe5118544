//! The clause procedure English, German and the fallback share: the cue
//! nearest a quotation's opening mark with its subject, or the attribution
//! clause after its closing mark, each language supplying its cues, subjects
//! and the rules that come before or instead of the shared ones ([`Clauses`]).

use crate::core::attribution::grammar::Close;
use crate::core::attribution::rules::rules;
use crate::core::attribution::{
    AFTER_FALLBACK, Ctx, Found, Np, NpKind, Para, is_open_mark, is_skippable,
};
use crate::core::lexicon::{
    CIRCUMSTANCE_WORDS, CUE_PARTICLES, FUNCTION_WORDS, NOUN_LIKE_CUES, OBJECT_CUES,
    OBJECT_PRONOUNS, PRONOUNS, ROLE_NOUNS, SOURCE_NOUNS, TIME_WORDS, is,
};
use crate::core::mentions::RunKind;
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::{TokenKind, is_according_to, is_cue_at};

rules! {
    CUE_BEFORE_NEAR = "clause/cue-before-near", [Direct, Mixed], 0.85,
        "A cue and its subject ending at most three words before the opening mark (`X said: “…”`).";
    CUE_BEFORE = "clause/cue-before", [Direct, Mixed], 0.7,
        "A cue and its subject ending four to ten words before the opening mark (`X called the plan “…”`).";
    CUE_BEFORE_FAR = "clause/cue-before-far", [Direct, Mixed], 0.55,
        "A cue and its subject further back in the quotation's sentence.";
    DASH_LABEL = "clause/dash-label", [Direct], 0.6,
        "A person's name opening the sentence, then a dash (`Hillary Clinton - “…”`).";
    SAID_X = "clause/said-x", [Direct, Mixed], 0.9,
        "A cue right after the closing mark, then its subject (`“…,” said X`).";
    ACCORDING_TO_AFTER = "clause/according-to-after", [Direct, Mixed], 0.85,
        "`according to X` right after the closing mark.";
    X_SAID = "clause/x-said", [Direct, Mixed], 0.9,
        "A subject right after the closing mark, perhaps with an apposition, then its cue (`“…,” X, the mayor, said`).";
    X_VERBED = "clause/x-verbed", [Direct, Mixed], 0.75,
        "A person and one verb ending the sentence after the quotation, whatever the verb (`“…,” Toomey fumed.`).";
    DASH_NAME = "clause/dash-name", [Direct, Mixed], 0.75,
        "A name after a dash that follows the closing mark (`“…” — Commissioner X`).";
    SUBJECT_READ_BACK = "clause/subject-read-back", [Direct, Mixed], 0.8,
        "A subject the phrase reader stopped short in, read back from the cue that ends it (`“…,” panel Chairman Rep. X said`).";
}

/// What a language that reads cue clauses tells the shared procedure.
pub(super) trait Clauses {
    /// Rules that come before the cue's: `according to X, “…”`, a list's label.
    fn before_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found>;

    /// Whether token `k` is a cue.
    fn cue_at(&self, ctx: &Ctx, para: &Para, k: usize) -> bool;

    /// The last token of a clause opening the sentence whose cue is not the
    /// quotation's (a subordinate clause), if there is one.
    fn cue_floor(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<usize>;

    /// The subject of cue `c` in tokens `lo..o`.
    fn subject_before(&self, ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> Option<Np>;

    /// An attribution of cue `c` that has no subject (`hieß es`).
    fn no_subject(&self, _ctx: &Ctx, _para: &Para, _c: usize) -> Option<Found> {
        None
    }

    /// The rules after the cue's and a dash's: a clause ending in a comma or a
    /// colon, a label.
    fn without_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found>;

    /// Rules after the closing mark that decide before the shared ones
    /// (`Some`), or leave it to them (`None`); `k` is the first token after
    /// the mark and its comma or dash.
    fn after_first(
        &self,
        _ctx: &Ctx,
        _q: &MarkedQuote,
        _close: Close,
        _k: usize,
    ) -> Option<Option<Found>> {
        None
    }

    /// Whether a quotation that ends its sentence is attributed by the next only
    /// when that is all an attribution (`“….” Smith said.`).
    fn next_sentence_must_be_attribution(&self) -> bool {
        false
    }
}

impl Ctx<'_> {
    /// The attribution in tokens `lo..o` of `para`, which end where the quote
    /// begins, read with grammar `g`.
    pub(super) fn clause_introduced_by(
        &self,
        g: &impl Clauses,
        para: &Para,
        o: usize,
        lo: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        if let Some(found) = g.before_cue(self, para, lo, o) {
            return Some(found);
        }
        // The nearest cue before the mark that has a subject: `X said: “…”`,
        // `X called it “…”`, `He explained the headline by saying: “…”`.
        // (A cue in a clause that opens the sentence before the quote's own is
        // not the quote's: `After Brown criticized Clinton, Hillary shot back, “…”`.)
        let floor = g.cue_floor(self, para, lo, o);
        for c in (lo..o)
            .rev()
            .filter(|&k| g.cue_at(self, para, k) && floor.is_none_or(|e| k > e))
        {
            let Some(np) = g.subject_before(self, para, c, lo, o) else {
                if let Some(found) = g.no_subject(self, para, c) {
                    return Some(found);
                }
                continue;
            };
            // (`The ad attacks the mayor and claims`: the subject of a verb after a
            // conjunction is no modifier of it.)
            let coordinated = (np.last + 1..c).any(|k| {
                t[k].is_punct(',') || matches!(t[k].text(self.text), "and" | "but" | "or")
            });
            if self.noun_use(para, c, np) && !coordinated {
                continue;
            }
            let gap = o - c - 1;
            let rule = if gap <= 3 {
                &CUE_BEFORE_NEAR
            } else if gap <= 10 {
                &CUE_BEFORE
            } else {
                &CUE_BEFORE_FAR
            };
            if let Some(found) = self.found(rule, Some(np), Some(self.cue_span(para, c)), np.end) {
                return Some(found);
            }
        }
        // `Hillary Clinton - “…”` (a transcript's speaker line).
        if matches!(t[o - 1].text(self.text), "-" | "—" | "―" | "–") && o - 1 > lo {
            if let Some(np) = self.np_backward(para, o - 1, lo) {
                if matches!(np.kind, NpKind::Name(r) if para.runs[r].kind != RunKind::Org)
                    && np.first == lo
                {
                    if let Some(found) =
                        self.found(&DASH_LABEL, Some(np), Some(t[o - 1].span), np.end)
                    {
                        return Some(found);
                    }
                }
            }
        }
        g.without_cue(self, para, lo, o)
    }

    /// The attribution right after the closing mark, in its sentence, read
    /// with grammar `g`.
    pub(super) fn clause_after(
        &self,
        g: &impl Clauses,
        q: &MarkedQuote,
        close: Close,
    ) -> Option<Found> {
        let Close {
            para, last: c, hi, ..
        } = close;
        let t = &para.tokens;
        let (k, dash) = close.first_after(self)?;
        if let Some(decided) = g.after_first(self, q, close, k) {
            return decided;
        }
        if let Some(found) = self.clause_attribution(para, k, hi, dash) {
            // A quotation that ends its sentence is attributed by the next one only
            // when that is an attribution (`“….” Smith said.`, `He asked of the
            // plan`), not a sentence of its own (`“….” She noted a rally on …`).
            let ended = g.next_sentence_must_be_attribution()
                && k == c + 1
                && t[k].is_capitalized(self.text)
                && q.parts
                    .last()
                    .is_some_and(|p| p.get(self.text).trim_end().ends_with(['.', '!', '?', '…']));
            if ended && !self.attribution_ends(para, found.last, hi) {
                return None;
            }
            return Some(found);
        }
        // A quotation that ends its sentence with a full stop leaves the next
        // sentence's attribution to that sentence.
        let full_stop = q
            .parts
            .last()
            .is_some_and(|p| p.get(self.text).trim_end().ends_with('.'));
        if full_stop {
            return None;
        }
        // `“…” to hold up on their plans, Indyk said.`: the sentence's last clause.
        // The clause must end the sentence, give or take a few words (`… in a statement.`).
        (k + 1..hi)
            .rev()
            .filter(|&j| t[j].is_punct(','))
            .find_map(|j| self.clause_attribution(para, j + 1, hi, None))
            .filter(|f| hi.saturating_sub(f.last) <= 6)
            .map(|f| Found {
                confidence: f.confidence.min(AFTER_FALLBACK - 0.01),
                ..f
            })
    }

    /// An attribution clause starting at token `k` (before `hi`): `said X`,
    /// `according to X`, `X said`, `X, the mayor of Y, said`, or after a dash
    /// (the dash at token `dash`), `— Commissioner X`.
    pub(super) fn clause_attribution(
        &self,
        para: &Para,
        k: usize,
        hi: usize,
        dash: Option<usize>,
    ) -> Option<Found> {
        let t = &para.tokens;
        if k >= hi {
            return None;
        }
        // `, said X` / `, says the official` (not `, promising the party …`, nor
        // `, told Fox News`: who is told is not who tells).
        let told = matches!(t[k].text(self.text), "told" | "tells" | "tell");
        if is_cue_at(self.text, t, k) && !t[k].text(self.text).ends_with("ing") && !told {
            let cue = self.cue_span(para, k);
            let after_cue = para.first_from(cue.end);
            if let Some(np) = self.np_forward(para, after_cue, hi) {
                if let Some(found) = self.found(&SAID_X, Some(np), Some(cue), np.end) {
                    return Some(found);
                }
            }
        }
        // `, according to X`
        if is_according_to(self.text, t, k) {
            if let Some(np) = self.np_forward(para, k + 2, hi) {
                if let Some(found) = self.found(
                    &ACCORDING_TO_AFTER,
                    Some(np),
                    Some(Span::new(t[k].span.start, t[k + 1].span.end)),
                    np.end,
                ) {
                    return Some(found);
                }
            }
        }
        let np = self.np_forward(para, k, hi)?;
        // `, X said` / `, he added` / `, X, the mayor of Y, said` / `, X, a research
        // analyst at Y told CBS News`
        let mut m = np.end + 1;
        // (`an intelligence source, who was not authorized to speak, told Fox News`)
        let role = matches!(np.kind, NpKind::Definite | NpKind::Unnamed)
            && is(&ROLE_NOUNS, t[np.last].text(self.text));
        if m < hi && t[m].is_punct(',') && (matches!(np.kind, NpKind::Name(_)) || role) {
            let cue = (m + 1..hi.min(m + 30)).find(|&j| {
                is_cue_at(self.text, t, j) && (t[j - 1].is_word() || t[j - 1].is_punct(','))
            });
            // (`South Carolina, he said, was …`: a pronoun between the commas is
            // the speaker of a parenthesis, the name only what it is about.)
            let parenthesis = cue.is_some_and(|j| {
                j == m + 2 && t[m + 1].is_word() && is(&PRONOUNS, t[m + 1].text(self.text))
            });
            if parenthesis {
                return None;
            }
            if let Some(j) = cue {
                m = j;
            }
        }
        // `Sen. Chuck Schumer (D-N.Y.) said`
        if m < hi && t[m].is_punct('(') {
            if let Some(close) = (m + 1..hi.min(m + 12)).find(|&j| t[j].is_punct(')')) {
                m = close + 1;
            }
        }
        while m < hi && is_skippable(t[m], self.text) {
            m += 1;
        }
        if m < hi && is_cue_at(self.text, t, m) {
            let cue = self.cue_span(para, m);
            if let Some(found) = self.found(
                &X_SAID,
                Some(np),
                Some(cue),
                para.first_from(cue.end).saturating_sub(1),
            ) {
                return Some(found);
            }
        }
        // `“…,” Toomey fumed.`, `“…,” Hillary shot back.`, `“…,” the nominee
        // riffed`: a person and one verb that end the sentence, whatever the verb.
        let role_head =
            matches!(np.kind, NpKind::Definite | NpKind::Unnamed) && self.role_head(para, np);
        if matches!(np.kind, NpKind::Pronoun)
            || role_head
            || matches!(np.kind, NpKind::Name(r) if para.runs[r].kind != RunKind::Org)
        {
            // (A name's phrase may have read the verb as a modifier.)
            let v = np.last + 1;
            let verb = t.get(v).filter(|w| {
                let w = w.text(self.text);
                w.len() > 3
                    && w.chars().all(char::is_lowercase)
                    && (w.ends_with("ed") || w.ends_with('s') || matches!(w, "shot" | "went"))
                    && !is(&FUNCTION_WORDS, w)
            });
            let mut e = v + 1;
            if t.get(e).is_some_and(|p| {
                is(&CUE_PARTICLES, p.text(self.text)) || p.text(self.text) == "back"
            }) || t.get(v).is_some_and(|w| w.text(self.text) == "went")
                && t.get(e).is_some_and(|p| p.text(self.text) == "on")
            {
                e += 1;
            }
            // (`Toomey fumed on Tuesday.`: a short circumstance may follow.)
            let circumstance = e < hi
                && (is(&CIRCUMSTANCE_WORDS, t[e].text(self.text))
                    || is(&TIME_WORDS, t[e].text(self.text))
                    || t[e].text(self.text) == "to")
                && (e..hi.min(e + 7))
                    .find(|&m| !t[m].is_word())
                    .map_or(hi <= e + 7, |m| {
                        matches!(t[m].kind, TokenKind::Punct('.' | ',' | '!'))
                    });
            let ends = e >= hi
                || t[e].is_punct('.')
                || t[e].is_punct(',')
                || t[e].is_punct('!')
                || circumstance;
            if verb.is_some() && v < hi && ends {
                if let Some(found) = self.found(
                    &X_VERBED,
                    Some(np),
                    Some(Span::new(t[v].span.start, t[e - 1].span.end)),
                    e - 1,
                ) {
                    return Some(found);
                }
            }
        }
        // `“…” — Commissioner X`
        if let (Some(d), NpKind::Name(_)) = (dash, np.kind) {
            if let Some(found) = self.found(&DASH_NAME, Some(np), Some(t[d].span), np.end) {
                return Some(found);
            }
        }
        // `“…,” panel Chairman Rep. Jason Chaffetz (R-Utah) said`, `“…,” Fight for $15
        // organizing director Kendall Fells told …`: a subject the phrase reader
        // stopped short in, read back from the cue that ends it.
        let j = (np.end + 1..hi.min(k + 16)).find(|&j| {
            is_cue_at(self.text, t, j) && (t[j - 1].is_word() || t[j - 1].is_punct(')'))
        })?;
        let broken = (k..j).any(|m| {
            matches!(
                t[m].kind,
                TokenKind::Punct(',' | ';' | ':' | '.' | '!' | '?')
            ) || is_open_mark(t[m], self.text)
        });
        if broken {
            return None;
        }
        // `a Democratic staffer in the room wondered`: a role and where it is.
        let placed = matches!(np.kind, NpKind::Definite | NpKind::Unnamed)
            && self.role_head(para, np)
            && (np.first..=np.end + 1).any(|m| {
                let n = t[m];
                matches!(
                    n.text(self.text),
                    "in" | "at" | "from" | "with" | "on" | "of"
                )
            });
        let np = if placed {
            np
        } else {
            self.np_backward(para, j, k)?
        };
        let speaker = match np.kind {
            NpKind::Name(r) => para.runs[r].kind != RunKind::Org || np.first == k,
            NpKind::Pronoun => false,
            NpKind::Definite | NpKind::Unnamed => true,
        };
        let cue = self.cue_span(para, j);
        speaker
            .then(|| {
                self.found(
                    &SUBJECT_READ_BACK,
                    Some(np),
                    Some(cue),
                    para.first_from(cue.end).saturating_sub(1),
                )
            })
            .flatten()
    }

    /// Whether what follows the attribution ending at token `last` (before `hi`) is
    /// only its circumstance: the sentence's end, a comma, a preposition, a time,
    /// a name or a hearer (`said.`, `said of the plan`, `told CNN`), not what was
    /// said (`noted a rally`, `said both men are …`).
    pub(super) fn attribution_ends(&self, para: &Para, last: usize, hi: usize) -> bool {
        let t = &para.tokens;
        // (`said pleasantly into the phone`)
        let mut next = last + 1;
        while next < hi && is_skippable(t[next], self.text) {
            next += 1;
        }
        let Some(n) = t.get(next).filter(|_| next < hi) else {
            return true;
        };
        let w = n.text(self.text);
        // `told the cheering crowd`: a hearer. (`She called him “unfit.”` names.)
        let cue = t[last].text(self.text);
        if t[last].is_word() && matches!(cue, "called" | "calls" | "call") {
            return !n.is_word();
        }
        let hearer = t[last].is_word() && is(&OBJECT_CUES, cue);
        hearer
            || !n.is_word()
            || is(&CIRCUMSTANCE_WORDS, w)
            || is(&TIME_WORDS, w)
            || is(&OBJECT_PRONOUNS, w)
            || matches!(w, "to" | "of" | "about" | "as" | "when")
            // (`protested Trump’s use of …`: a possessive opens an object.)
            || n.is_capitalized(self.text)
                && !is(&FUNCTION_WORDS, w)
                && !w.ends_with("’s")
                && !w.ends_with("'s")
    }

    /// Whether a cue word that is as often a noun is one here: its "subject" is only
    /// a determiner and modifiers (`two highly critical reports`).
    pub(super) fn noun_use(&self, para: &Para, cue: usize, np: Np) -> bool {
        let w = para.tokens[cue].text(self.text);
        // The head is before any complement (`the use of executive orders`).
        let link = (np.first..np.last).find(|&k| {
            matches!(
                para.tokens[k].text(self.text),
                "of" | "for" | "at" | "from" | "with" | "to"
            )
        });
        let head = para.tokens[link.map_or(np.last, |k| k.saturating_sub(1))].text(self.text);
        // (`the national RNC file:`: a name after a modifier only describes the noun.)
        let described_name = matches!(np.kind, NpKind::Name(_)) && np.first > 0 && {
            let b = para.tokens[np.first - 1];
            let bw = b.text(self.text);
            b.is_word()
                && bw.chars().next().is_some_and(char::is_lowercase)
                && !is(&FUNCTION_WORDS, bw)
                && !is_cue_at(self.text, &para.tokens, np.first - 1)
        };
        is(&NOUN_LIKE_CUES, w)
            && (np.kind == NpKind::Unnamed && !is(&ROLE_NOUNS, head) && !is(&SOURCE_NOUNS, head)
                || described_name)
    }

    /// A cue verb with its particle (`pointed out`, `told reporters`).
    pub(super) fn cue_span(&self, para: &Para, k: usize) -> Span {
        let t = &para.tokens;
        let mut span = t[k].span;
        if let Some(n) = t.get(k + 1) {
            let w = n.text(self.text);
            // `commented on the plan`, not `said on Monday`, `spoke on CNN`.
            let on_a_date_or_name = w == "on"
                && t.get(k + 2).is_some_and(|d| {
                    let d = d.text(self.text);
                    is(&TIME_WORDS, d) || d.chars().next().is_some_and(char::is_uppercase)
                });
            if is(&CUE_PARTICLES, w) && !on_a_date_or_name
                || (t[k].text(self.text) == "told" && w == "reporters")
            {
                span.end = n.span.end;
            }
        }
        span
    }
}
