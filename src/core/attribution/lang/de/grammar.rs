//! The German grammar's place in the engine: which of its rules
//! (`mod.rs`) answer each of the engine's questions.

use crate::core::attribution::lang::de::rules;
use std::borrow::Cow;

use crate::core::attribution::clause::Clauses;
use crate::core::attribution::grammar::{Close, Grammar, Phrases};
use crate::core::attribution::lang::en;
use crate::core::attribution::lang::en::reported::Reported;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{AFTER_FALLBACK, Ctx, Found, Np, Para, QuoteKind};
use crate::core::lexicon::{GERMAN_PREPOSITIONS, GERMAN_RELATIVE_PRONOUNS, is};
use crate::core::mentions::{Gender, NameRun, Registry, RunKind};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::Token;

use super::phrases::after_german_determiner;

pub(in crate::core::attribution) struct German;

impl Grammar for German {
    fn rules(&self) -> &'static [&'static Rule] {
        rules::RULES
    }

    fn phrases(&self) -> &dyn Phrases {
        self
    }

    /// A German noun after its article names no one (`der Franzose`).
    fn speaker_run<'r>(
        &self,
        text: &str,
        tokens: &[Token],
        run: &'r NameRun,
    ) -> Option<Cow<'r, NameRun>> {
        (!self.noun_not_name(text, tokens, run)).then_some(Cow::Borrowed(run))
    }

    /// (After a preposition with its article written into it too: `Am Abend
    /// erklärte`, `Im Parlament sagte`, `zum Abschluss`.)
    fn noun_not_name(&self, text: &str, tokens: &[Token], run: &NameRun) -> bool {
        let contracted = run.first > 0
            && matches!(
                tokens[run.first - 1].text(text).to_lowercase().as_str(),
                "am" | "im" | "zum" | "zur" | "vom" | "beim" | "ins" | "ans" | "aufs" | "ums"
            );
        run.first == run.last && (contracted || after_german_determiner(text, tokens, run.first))
    }

    fn title_after_article(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        ctx.german_title_after_article(q)
    }

    fn name_in_marks(&self, ctx: &Ctx, q: &MarkedQuote, _kind: QuoteKind) -> bool {
        ctx.german_name_in_marks(q)
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.clause_introduced_by(self, para, o, lo)
    }

    fn after(&self, ctx: &Ctx, q: &MarkedQuote, close: Close) -> Option<Found> {
        ctx.clause_after(self, q, close)
    }

    /// German puts a participle or a clause's verb last (`„…“ bezeichnet`); a
    /// fragment speaks through the subject of its sentence, whatever the verb
    /// (`In dem Verfahren sieht Osterloh einen „Angriff“`); a quotation opening
    /// its sentence after one about a person (`Später spielte er den Streit
    /// herunter. „…“`) is that person's.
    fn elsewhere(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        kind: QuoteKind,
        prev_close: Option<usize>,
        next_open: Option<usize>,
        registry: &Registry,
    ) -> Option<Found> {
        let mixed = kind == QuoteKind::Mixed;
        mixed
            .then(|| ctx.german_cue_later(q, prev_close, next_open))
            .flatten()
            .or_else(|| ctx.german_with_words(q, prev_close, next_open))
            .or_else(|| {
                mixed
                    .then(|| ctx.german_fragment_subject(q, registry))
                    .flatten()
            })
            .or_else(|| {
                ctx.stands_alone(q, prev_close)
                    .then(|| ctx.german_previous_subject(q, prev_close, registry))
                    .flatten()
            })
    }

    fn speaker_outside_marks(&self) -> bool {
        true
    }

    fn medium(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        _prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Span> {
        ctx.german_medium(q, next_open)
    }

    /// `„…“ und „…“, zitiert CNN`: the second has its own attribution.
    fn own_attribution_starts_anew(&self) -> bool {
        true
    }

    fn continuation_keeps_cue(&self) -> bool {
        true
    }

    /// `„…“ und „…“`, `„…“ Und: „…“`.
    fn joining_words(&self) -> &'static [&'static str] {
        &["und", "Und"]
    }

    /// `ein „Wort“: „…“`.
    fn colon_starts_anew(&self) -> bool {
        true
    }

    fn reported_mood(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> bool {
        ctx.german_reported_mood(q, prev_close, next_open)
    }

    fn last_speaker(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        quoted: &[Span],
    ) -> Option<(Np, Option<Span>)> {
        ctx.german_last_speaker(q, prev_close, quoted)
    }

    fn thought(&self, cue: &str) -> bool {
        cue.split(|c: char| !c.is_alphabetic())
            .any(|w| super::lexicon::GERMAN_THOUGHT_VERBS.has(w))
    }

    fn reported(&self, ctx: &Ctx, para: &Para, quoted: &[Span], direct: &[Span]) -> Vec<Reported> {
        ctx.german_reported(para, quoted, direct)
    }

    /// The demonstratives too: `sagte dieser`, `schreibt diese`.
    fn pronoun_gender(&self, w: &str) -> Option<Gender> {
        match w {
            "er" | "dieser" => Some(Gender::Male),
            "sie" | "diese" => Some(Gender::Female),
            // (A possessive for whose words they are: `Seine Worte: „…“`.)
            "sein" | "seine" | "seinen" | "seiner" | "seines" => Some(Gender::Male),
            "ihr" | "ihre" | "ihren" | "ihrer" | "ihres" => Some(Gender::Female),
            _ => None,
        }
    }

    /// A German noun for a person tells the gender (`die Kanzlerin`).
    fn description_gender(&self, _ctx: &Ctx, _para: &Para, _np: Np, head: &str) -> Gender {
        if head.ends_with("in") {
            Gender::Female
        } else {
            Gender::Male
        }
    }

    fn refers_by_role(&self) -> bool {
        true
    }
}

impl Clauses for German {
    /// English `according to`; the last of a list of people, each with their
    /// words; a name standing in for a clause; words in parentheses after a
    /// name; `laut X`, `X zufolge`.
    fn before_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        if let Some(found) = en::according_before(ctx, para, lo, o) {
            return Some(found);
        }
        let t = &para.tokens;
        // `…, und der norwegische Ministerpräsident Jens Stoltenberg: „…“`: the
        // last of a list of people, each with their words.
        if let Some(found) = ctx.german_list_label(para, lo, o) {
            return Some(found);
        }
        if let Some(found) = ctx.german_stands_in(para, lo, o) {
            return Some(found);
        }
        // `…, Mohammed ElBaradei („…“), und …`: words in parentheses after a name.
        if o >= 2 && t[o - 1].is_punct('(') {
            let named =
                para.run_at.get(o - 2).copied().flatten().filter(|&r| {
                    para.runs[r].last == o - 2 && para.runs[r].kind == RunKind::Person
                });
            if let Some(r) = named {
                let np = ctx.name_np(para, r);
                if let Some(found) = ctx.found(
                    &rules::NAME_PARENTHESIS,
                    Some(np),
                    Some(t[o - 1].span),
                    np.end,
                ) {
                    return Some(found);
                }
            }
        }
        if let Some(found) = ctx.german_according(para, lo, o) {
            return Some(found);
        }

        None
    }

    fn cue_at(&self, ctx: &Ctx, para: &Para, k: usize) -> bool {
        ctx.german_cue_at(para, k)
    }

    /// `Wie CBS berichtet, gab X … eine Stellungnahme: „…“`: a colon quotation
    /// is the main clause's, not the `wie` clause's.
    fn cue_floor(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<usize> {
        let t = &para.tokens;
        (t[o - 1].is_punct(':') && t[lo].text(ctx.text).eq_ignore_ascii_case("wie"))
            .then(|| (lo..o).find(|&k| t[k].is_punct(',')))
            .flatten()
    }

    fn subject_before(&self, ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> Option<Np> {
        // (`Hartmann schrieb in einer Mitteilung, die auf ihrer Seite
        // veröffentlicht wurde, sie wolle „…“`: a cue in a relative clause closed
        // before the quotation is not the quotation's; the cue before it is.)
        if in_closed_relative_clause(ctx, para, c, lo, o) {
            return None;
        }
        ctx.german_subject(para, c, lo, o)
    }

    /// `Nun hieß es, „…“ seien …`: words with no one to say them.
    fn no_subject(&self, ctx: &Ctx, para: &Para, c: usize) -> Option<Found> {
        let t = &para.tokens;
        let impersonal = matches!(t[c].text(ctx.text), "heißt" | "hieß")
            && t.get(c + 1).is_some_and(|n| n.text(ctx.text) == "es");
        impersonal
            .then(|| {
                ctx.found(
                    &rules::HIESS_ES,
                    None,
                    Some(Span::new(t[c].span.start, t[c + 1].span.end)),
                    c + 1,
                )
            })
            .flatten()
    }

    /// A clause ending in a colon (`… kommt X zum Schluss: „…“`).
    fn without_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        para.tokens[o - 1]
            .is_punct(':')
            .then(|| ctx.german_colon(para, lo, o - 1))
            .flatten()
    }

    fn after_first(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        close: Close,
        k: usize,
    ) -> Option<Option<Found>> {
        let Close {
            para, last: c, hi, ..
        } = close;
        let t = &para.tokens;
        // A quote that ends its sentence, and a capital after it: the next sentence.
        let ends_sentence = q
            .parts
            .last()
            .and_then(|p| p.get(ctx.text).trim_end().chars().last())
            .is_some_and(|c| matches!(c, '.' | '!' | '?'));
        let capital = t[k]
            .text(ctx.text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if ends_sentence && capital && k == c + 1 {
            return Some(None);
        }
        // `…, so die FIFA.` anywhere in the sentence speaks for all of it.
        let closing = (k + 1..hi)
            .rev()
            .filter(|&j| t[j].is_punct(','))
            .find_map(|j| ctx.german_after(para, j + 1, hi, false))
            .filter(|f| {
                hi.saturating_sub(f.last) <= 3
                    || para.tokens.get(f.last + 1).is_some_and(|n| n.is_punct(','))
            });
        // A quote that opens its sentence is the object of the verb after it.
        let first = &ctx.paras[q.first_paragraph];
        let opens = first.token_at(q.open.start).is_none_or(|o| {
            o == 0
                || first.ends.contains(&first.tokens[o - 1].span.end)
                || first.tokens[o - 1].is_punct(':')
        });
        // (A fragment right before a verb, with no comma, is part of the
        // sentence's subject: `ein Vertreter der „X AG“ bezeichnet …`.)
        let bare_verb = !opens && k == c + 1;
        if let Some(found) = (!bare_verb)
            .then(|| ctx.german_after(para, k, hi, opens && k > c + 1))
            .flatten()
        {
            return Some(Some(found));
        }
        if let Some(found) = closing {
            return Some(Some(Found {
                confidence: found.confidence.min(AFTER_FALLBACK - 0.01),
                ..found
            }));
        }
        // After a fragment inside the writer's sentence, `, X verb` opens a new
        // clause with its own subject (`nannte ihn „…“, der Trainer lobte …`).
        if !opens {
            return Some(None);
        }

        None
    }
}

/// Whether token `c` lies in a relative clause in tokens `lo..o` that a comma
/// opens (`, die …`, `, auf dem …`) and another closes before `o`.
fn in_closed_relative_clause(ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> bool {
    let t = &para.tokens;
    let w = |k: usize| t[k].text(ctx.text);
    // (In lower case: not a title after the comma, `…, Die Zeit`.)
    let relative =
        |k: usize| w(k).starts_with(char::is_lowercase) && is(&GERMAN_RELATIVE_PRONOUNS, w(k));
    let Some(open) = (lo..c).rev().find(|&k| t[k].is_punct(',')) else {
        return false;
    };
    let pronoun = open + 1 < c
        && (relative(open + 1)
            || open + 2 < c && is(&GERMAN_PREPOSITIONS, w(open + 1)) && relative(open + 2));
    pronoun && (c + 1..o).any(|k| t[k].is_punct(','))
}
