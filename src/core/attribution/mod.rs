//! Who said each quotation: the cue word, the speaker's mention, and the
//! person that mention refers to.
//!
//! This folder is the engine, which knows no language: for each quote it looks
//! at its own sentence, right after the closing mark (`“…,” said X`), right
//! before the opening mark (`X said: “…”`, `according to X, “…”`) and, for a
//! partial quotation, the nearest cue earlier in the sentence; it merges a
//! quote interrupted by its attribution (`“A,” he said, “B.”`) into one quote
//! with two parts, continues a speaker over the quotations after it, and
//! resolves pronouns and definite descriptions (`the official`) to the nearest
//! fitting person named before them. What each of those steps means in a
//! language, its grammar says ([`grammar::Grammar`], one per language in
//! `lang/`, chosen per paragraph by `lang::grammar`); every attribution comes
//! from a named rule ([`rules`]).

use super::lang::Lang;
use super::lexicon::{AUXILIARIES, FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_REFERENCES, is};
use super::mentions::{EntityKind, Gender, NameRun, Registry, name_runs, next_to_cue};
use super::phrase::{Phrase, PhraseKind, run_index};
use super::quotes::{Family, MarkedQuote};
use super::span::{Span, any_contains};
use super::text::{Token, sentence_ends, tokenize};
use super::transcript::Line;

mod around;
pub mod calibration;
mod clause;
mod grammar;
pub(crate) mod lang;
mod marks;
mod merge;
mod resolve;
pub mod rules;

pub(crate) use grammar::Phrases;
use grammar::{Close, Grammar};
use rules::Rule;

/// How much of a quotation is in quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// The speaker's words, whole, in marks.
    Direct,
    /// A fragment in marks inside the writer's own sentence.
    Mixed,
    /// Reported speech with no marks.
    Indirect,
}

/// Who a quote is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The words near the quote that name the speaker (`he`, `the official`, `Saberi`).
    pub mention: Span,
    /// The entity the mention refers to, when resolved.
    pub entity: Option<usize>,
}

/// A quotation with its attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Direct or mixed.
    pub kind: QuoteKind,
    /// The quoted words: one part per paragraph and per interruption; for
    /// reported speech, the words reported.
    pub parts: Vec<Span>,
    /// For a mixed quotation, the whole reported clause the fragment sits in
    /// (`he “may yet have to vote for her”`), when the rules found it.
    pub content: Option<Span>,
    /// The first opening mark.
    pub open: Span,
    /// The last closing mark, `None` when a paragraph end closed the quote.
    pub close: Option<Span>,
    /// The speaker, when found.
    pub speaker: Option<Speaker>,
    /// The cue word or words (`said`, `according to`, `:`).
    pub cue: Option<Span>,
    /// Where the words were given (`TASS`, `a statement`), when the sentence says.
    pub medium: Option<Span>,
    /// How sure the rules are, from 0 to 1.
    pub confidence: f32,
    /// The name of the rule that attributed it ([`rules`]), when one did.
    pub rule: Option<&'static str>,
    /// How the speaker's mention names them, which the confidence shown
    /// depends on ([`calibration`]); set once the speakers are resolved.
    pub form: Option<calibration::Form>,
    /// Whether the words were said or written, or are a view held (`she
    /// believes that …`): read from the cue ([`Grammar::thought`]) and the rule.
    pub act: Act,
    /// The attribution this quote belongs to: quotes that follow one with a speaker,
    /// with no attribution of their own (`“A,” she said. “B.”`), share its group.
    /// Groups number from 0 in reading order.
    pub group: usize,
}

/// What a quotation or a reported statement reports: words said or written,
/// or a view held. A reader weighs `she said that …` and `she believes that …`
/// differently; the report names it (`act`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Act {
    /// Said or written (`said`, `according to`, a colon, a quotation without cue).
    #[default]
    Speech,
    /// Believed, thought, hoped or feared (`believes`, `glaubt`, `pense que`).
    Belief,
}

impl Act {
    /// The name the report gives it.
    pub fn name(self) -> &'static str {
        match self {
            Act::Speech => "speech",
            Act::Belief => "belief",
        }
    }
}

/// A quotation's act: a belief when its rule reads a verb of belief (rules named
/// `…belief…`) or its cue is one ([`Grammar::thought`]); otherwise speech.
fn act(grammar: &dyn Grammar, text: &str, q: &Quote) -> Act {
    let by_rule = q.rule.is_some_and(|r| r.contains("belief"));
    let by_cue = q
        .cue
        .and_then(|c| text.get(c.start..c.end))
        .is_some_and(|c| grammar.thought(c));
    if by_rule || by_cue {
        Act::Belief
    } else {
        Act::Speech
    }
}

impl Quote {
    /// From the opening mark to the closing mark (or the end of the last part).
    pub fn outer(&self) -> Span {
        let end = self
            .close
            .map_or(self.parts.last().map_or(self.open.end, |p| p.end), |c| {
                c.end
            });
        Span::new(self.open.start, end.max(self.open.start))
    }
}

/// A noun phrase that can name a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Np {
    span: Span,
    kind: NpKind,
    /// The paragraph it is in.
    para: usize,
    /// Last token of the whole phrase (the mention may end earlier).
    end: usize,
    first: usize,
    last: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NpKind {
    Pronoun,
    /// A name run (index into the paragraph's runs).
    Name(usize),
    /// `the official`: someone named before.
    Definite,
    /// `a spokesperson for…`, `officials`: someone not named.
    Unnamed,
}

/// The confidence of a quotation no rule attributed.
const UNATTRIBUTED: f32 = 0.3;

/// Below this confidence, an attribution after the quote was found at the end
/// of its sentence, not next to the quote.
const AFTER_FALLBACK: f32 = 0.75;

/// One paragraph, prepared once.
struct Para {
    index: usize,
    span: Span,
    /// The language its rules are read in.
    lang: Lang,
    tokens: Vec<Token>,
    ends: Vec<usize>,
    runs: Vec<NameRun>,
    run_at: Vec<Option<usize>>,
}

impl Para {
    /// Index of the token that starts at byte `at`.
    fn token_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.start < at);
        (i < self.tokens.len() && self.tokens[i].span.start == at).then_some(i)
    }

    /// Index of the first token starting at or after byte `at`.
    fn first_from(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// Where the sentence holding byte `at` starts, or `floor` if that is later
    /// (the end of the previous quote: each quote has its own clause).
    fn clause_start(&self, at: usize, floor: Option<usize>) -> usize {
        let start = self.ends.iter().rev().find(|&&e| e <= at).copied();
        start.unwrap_or(self.span.start).max(floor.unwrap_or(0))
    }

    /// Where the sentence that goes on after byte `at` ends, or `ceiling` if that
    /// is earlier (the start of the next quote).
    fn clause_end(&self, at: usize, ceiling: Option<usize>) -> usize {
        let end = self.ends.iter().find(|&&e| e > at).copied();
        end.unwrap_or(self.span.end)
            .min(ceiling.unwrap_or(usize::MAX))
    }
}

/// An attribution found around a quote.
#[derive(Clone, Copy, Debug)]
struct Found {
    np: Option<Np>,
    cue: Option<Span>,
    confidence: f32,
    /// The rule that found it.
    rule: &'static Rule,
    /// Last token of the attribution clause (for split quotes).
    last: usize,
}

struct Ctx<'t> {
    text: &'t str,
    paras: Vec<Para>,
    /// The language of the paragraph being read (of the quote being attributed).
    lang: Lang,
    /// Words the text writes in lower case somewhere (built when first asked):
    /// a German sentence's capitalised first word that is one of them is no name.
    lower_words: std::cell::OnceCell<rustc_hash::FxHashSet<&'t str>>,
    /// The marked spans that are titles (`NBC’s “Meet the Press”`), in order.
    titles: Vec<Span>,
    /// The names of the rules switched off.
    disabled: &'t [String],
}

/// Attributes every quote. Returns the quotes, the people named in the text,
/// and each paragraph's sentence ends ([`sentence_ends`]: the links and claims
/// read them too, without tokenizing the paragraphs again).
/// Each paragraph is read with the rules of its language in `para_langs`
/// (`page_lang` where it has none); the rules named in `disabled` are off.
pub fn attribute(
    text: &str,
    paragraphs: &[Span],
    para_langs: &[Lang],
    marked: Vec<MarkedQuote>,
    transcript: &[Line],
    page_lang: Lang,
    disabled: &[String],
) -> (Vec<Quote>, Registry, Vec<Vec<usize>>) {
    let mut ctx = Ctx {
        text,
        paras: Vec::with_capacity(paragraphs.len()),
        lang: page_lang,
        lower_words: std::cell::OnceCell::new(),
        titles: Vec::new(),
        disabled,
    };
    // Quotes do not overlap and come in order, so their parts are sorted.
    let quoted: Vec<Span> = marked
        .iter()
        .flat_map(|q| q.parts.iter().copied())
        .collect();
    let mut registry = Registry::default();
    registry.case_forms = lang::grammar(page_lang).case_forms()
        || para_langs.iter().any(|&l| lang::grammar(l).case_forms());
    for (pi, &span) in paragraphs.iter().enumerate() {
        let lang = para_langs.get(pi).copied().unwrap_or(page_lang);
        let grammar = lang::grammar(lang);
        let tokens = tokenize(text, span);
        let ends = sentence_ends(text, &tokens, span);
        let starts: Vec<usize> = std::iter::once(span.start)
            .chain(ends.iter().copied())
            .collect();
        let runs = name_runs(text, &tokens, grammar.phrases(), |i| {
            let at = tokens[i].span.start;
            let prev_end = if i == 0 {
                span.start
            } else {
                tokens[i - 1].span.end
            };
            // After an opening mark (one with a space before it: a straight `"`
            // right after a word closes a quotation).
            let opened = i > 0
                && is_open_mark(tokens[i - 1], text)
                && (i == 1 || tokens[i - 2].span.end < tokens[i - 1].span.start);
            // (A sentence starts between the two: `starts` is sorted, so a binary
            // search, not a scan per token, which made long paragraphs quadratic.)
            let next_start = starts.partition_point(|&s| s < prev_end);
            starts.get(next_start).is_some_and(|&s| s <= at) || opened
        });
        // People named inside quotations are not the quotations' speakers' antecedents.
        for run in &runs {
            // (As the language reads it: trimmed, or no name at all.)
            let Some(run) = grammar.speaker_run(text, &tokens, run) else {
                continue;
            };
            if any_contains(&quoted, run.span) {
                continue;
            }
            let speaker = next_to_cue(text, &tokens, run.first, run.last);
            registry.add_run(text, &tokens, &run, speaker);
        }
        let run_at = run_index(tokens.len(), &runs);
        ctx.paras.push(Para {
            index: ctx.paras.len(),
            span,
            lang,
            tokens,
            ends,
            runs,
            run_at,
        });
    }

    // (Each quote is read in the language of the paragraph it opens in.)
    let lang_of = |ctx: &Ctx, q: &MarkedQuote| {
        ctx.paras
            .get(q.first_paragraph)
            .map_or(page_lang, |p| p.lang)
    };
    let kinds: Vec<QuoteKind> = marked
        .iter()
        .map(|q| {
            ctx.lang = lang_of(&ctx, q);
            ctx.grammar().kind(&ctx, q)
        })
        .collect();
    // Titles of shows and books are no one's words, whatever is around them.
    let titles: Vec<bool> = marked
        .iter()
        .map(|q| {
            ctx.lang = lang_of(&ctx, q);
            ctx.grammar().is_title(&ctx, q)
        })
        .collect();
    ctx.titles = marked
        .iter()
        .zip(&titles)
        .filter(|&(_, &t)| t)
        .map(|(q, _)| q.outer())
        .collect();
    // Reported speech is found first and its speakers resolved in reading order
    // with the quotations' (`A spokesperson said … “…,” he said.`). The
    // paragraphs whose grammar reads it give it (English and German).
    let mut reported = ctx.find_reported(&marked, &kinds);
    // A transcript's lines are its speakers' words, not reported speech (`Q: Why …?`).
    reported.retain(|r| {
        let at = ctx.paras.partition_point(|p| p.span.end <= r.content.start);
        !transcript.iter().any(|l| l.paragraph == at)
    });
    let mut resolved: Vec<Option<usize>> = Vec::with_capacity(reported.len());
    // (Reported speech's speakers are resolved with the rules of their paragraph.)
    let resolve_reported_before =
        |ctx: &mut Ctx, resolved: &mut Vec<Option<usize>>, at: usize, registry: &mut Registry| {
            let lang = ctx.lang;
            while let Some(r) = reported.get(resolved.len()).filter(|r| r.at() < at) {
                let entity = r.np.and_then(|np| {
                    ctx.lang = ctx.paras[np.para].lang;
                    ctx.resolve(registry, np)
                });
                if let Some(e) = entity {
                    registry.note_said(r.content, e);
                }
                resolved.push(entity);
            }
            ctx.lang = lang;
        };
    let mut out: Vec<Quote> = Vec::with_capacity(marked.len());
    // For split quotes: the attribution after the previous quote, and where it ended.
    let mut previous_after: Option<(usize, Found)> = None;
    // The paragraph where the last quotation kept in `out` ends (scare quotes
    // between two quotations do not make them neighbours).
    let mut kept_paragraph: Option<usize> = None;
    for (qi, q) in marked.iter().enumerate() {
        ctx.lang = lang_of(&ctx, q);
        let grammar = ctx.grammar();
        // An interview's answer or a transcript's line: the label says who speaks.
        if q.family == Family::Transcript {
            let Some(line) = transcript.iter().find(|l| l.paragraph == q.first_paragraph) else {
                continue;
            };
            resolve_reported_before(&mut ctx, &mut resolved, q.open.start, &mut registry);
            let previous = out.last().filter(|_| {
                line.label.is_empty() && kept_paragraph.is_some_and(|k| k + 1 == q.first_paragraph)
            });
            let next_group = out.last().map_or(0, |p| p.group + 1);
            let (speaker, cue, group) = match previous {
                Some(p) => (p.speaker, p.cue, p.group),
                None => (
                    ctx.transcript_speaker(line, &mut registry),
                    (!line.colon.is_empty()).then_some(line.colon),
                    next_group,
                ),
            };
            let speaker = speaker.filter(|_| ctx.enabled(&rules::TRANSCRIPT_LABEL));
            let rule = if speaker.is_some() {
                &rules::TRANSCRIPT_LABEL
            } else {
                &rules::TRANSCRIPT_UNLABELLED
            };
            kept_paragraph = Some(q.last_paragraph);
            previous_after = None;
            out.push(Quote {
                kind: QuoteKind::Direct,
                parts: q.parts.clone(),
                content: None,
                open: q.open,
                close: q.close,
                speaker,
                cue,
                medium: None,
                confidence: rule.confidence,
                rule: Some(rule.name),
                form: None,
                act: Act::Speech,
                group,
            });
            continue;
        }
        if titles[qi] {
            continue;
        }
        // (A German title in marks after its article is part of a phrase, not the
        // next quotation: `schreibt die „Computerwoche“`.)
        let mut next = qi + 1;
        while marked
            .get(next)
            .is_some_and(|n| grammar.title_after_article(&ctx, n))
        {
            next += 1;
        }
        let next_open = marked.get(next).map(|n| n.open.start);
        let prev_close = qi
            .checked_sub(1)
            .and_then(|p| marked[p].close)
            .map(|c| c.end);
        // A partial quotation earlier in the sentence does not end its clause
        // (`X, noting that the races are “not as comfortable,” added: “…”`).
        let clause_floor = prev_close.filter(|_| kinds[qi - 1] == QuoteKind::Direct);
        let before = ctx.before(q, clause_floor);
        let after = ctx.after(q, next_open);

        // `“A,” he said, “B.”` or `“A,” adding, “B.”`: this quote continues the previous one.
        if let Some(prev) = out.last_mut() {
            // (`“A,” he said of the plan, “B.”`: a circumstance of the attribution
            // between them, when the second part has no attribution of its own.)
            // (An attribution after the previous quote that is not the one it
            // took, `…, saying that he was “A.” He added: “B.”`, is this quote's.)
            let split = previous_after.is_some_and(|(pi, found)| {
                pi == q.first_paragraph
                    && prev.cue.is_none_or(|c| Some(c) == found.cue)
                    && (ctx.continues_split(pi, found.last, q.open)
                        || after.is_none() && ctx.continues_after_circumstance(pi, found.last, q))
            });
            // (A German quotation with its own attribution after it is not the
            // previous one's: `„…“ und „…“, zitiert CNN`.)
            let bare = prev.close.is_some_and(|c| {
                kept_paragraph == Some(q.first_paragraph)
                    && prev.speaker.is_some()
                    && !(grammar.own_attribution_starts_anew() && after.is_some())
                    && ctx.bare_continuation(q.first_paragraph, c, q.open)
            });
            if split || bare {
                kept_paragraph = Some(q.last_paragraph);
                prev.parts.extend(q.parts.iter().copied());
                prev.close = q.close;
                previous_after = after.map(|a| (q.last_paragraph, a));
                continue;
            }
        }

        let ends_sentence = q
            .parts
            .last()
            .and_then(|p| p.get(text).trim_end().chars().last())
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
        // Right after the quote or right before it is where attributions are; an
        // attribution found only at the end of the sentence comes after both.
        // A blockquote signed by a line after it (`— Sofia Kowalski, a lawyer`).
        // So is a quotation that is a paragraph of its own (`“…”` / `- Sanders.`).
        let after = after.or_else(|| {
            let left_open =
                q.close.is_none() && ctx.paras[q.first_paragraph].token_at(q.open.start) == Some(0);
            (q.family == Family::Block || ctx.is_whole_paragraph(q) || left_open)
                .then(|| ctx.signature(&marked[qi..]))
                .flatten()
        });
        // (`<td>“…,”</td><td>said X</td>`: in the block after.)
        let next_block = after
            .is_none()
            .then(|| ctx.after_in_next_block(q))
            .flatten();
        let after_paragraph = q.last_paragraph + usize::from(next_block.is_some());
        let after = after.or(next_block);
        let near_before = before.filter(|b| b.confidence >= 0.7);
        let near_after = after.filter(|a| a.confidence >= AFTER_FALLBACK);
        // (A fragment that ends the writer's sentence is that sentence's, however
        // far its cue: `Curiel noted that … had “placed … at issue.” The judge
        // pointed to …` is not the next sentence's.)
        let fragment_before = before.filter(|_| kinds[qi] == QuoteKind::Mixed);
        let found = if ends_sentence {
            near_before
                .or(fragment_before)
                .or(near_after)
                .or(before)
                .or(after)
        } else {
            near_after.or(near_before).or(before).or(after)
        };
        // The language's own places: later in the sentence, inside the marks,
        // the sentence before.
        let found = found
            .or_else(|| grammar.elsewhere(&ctx, q, kinds[qi], prev_close, next_open, &registry));
        // `“A,” he said. “B?”`: a quotation right after the attribution of the one before.
        let right_after_attribution = previous_after.is_some_and(|(pi, found)| {
            pi == q.first_paragraph && ctx.right_after(pi, found.last, q.open)
        });
        previous_after = after.map(|a| (after_paragraph, a));
        // (No quotation speaks through a phrase that holds it: `die „Aktion X“`.)
        let found = found.filter(|f| {
            let outer = q.outer();
            !grammar.speaker_outside_marks()
                || f.np
                    .is_none_or(|np| np.span.end <= outer.start || np.span.start >= outer.end)
        });

        let kind = kinds[qi];
        let next_group = out.last().map_or(0, |p| p.group + 1);
        let mut quote = Quote {
            kind,
            parts: q.parts.clone(),
            content: None,
            open: q.open,
            close: q.close,
            speaker: None,
            cue: None,
            medium: grammar.medium(&ctx, q, prev_close, next_open),
            confidence: UNATTRIBUTED,
            rule: None,
            form: None,
            act: Act::Speech,
            group: next_group,
        };
        resolve_reported_before(&mut ctx, &mut resolved, q.open.start, &mut registry);
        if let Some(f) = found {
            // A partial quotation's reported clause runs from its cue, earlier in
            // the sentence, to the sentence's end (`Bush called the use of executive
            // orders "quite dangerous."`); reported speech may widen it later.
            if kind == QuoteKind::Mixed {
                quote.content = f
                    .cue
                    .filter(|c| c.end <= q.open.start)
                    .and_then(|c| grammar.clause_content(&ctx, q, c, next_open));
                // (A quotation that finishes the writer's sentence, its cue after
                // it: the sentence up to the quotation's end.)
                if quote.content.is_none() && f.cue.is_some_and(|c| c.start >= q.open.end) {
                    quote.content = ctx.writer_clause(q, clause_floor);
                }
            }
            quote.cue = f.cue;
            quote.confidence = f.confidence;
            quote.rule = Some(f.rule.name);
            quote.speaker = f.np.map(|np| Speaker {
                mention: np.span,
                entity: ctx.resolve(&mut registry, np),
            });
            if let Some(e) = quote.speaker.and_then(|s| s.entity) {
                registry.note_said(q.outer(), e);
            }
            // A quotation whose attribution is the one before's, in its paragraph,
            // is more of that attribution's words (`“A,” she said. “B.”`), as it
            // is when it finds no attribution and continues the speaker. (Between
            // whole quotations: a fragment's clause is an attribution of its own.)
            if let Some(prev) = out.last().filter(|p| {
                p.cue.is_some()
                    && p.cue == quote.cue
                    && p.kind == QuoteKind::Direct
                    && kind == QuoteKind::Direct
                    && kept_paragraph == Some(q.first_paragraph)
            }) {
                quote.group = prev.group;
            }
            // A Spanish, Portuguese or Italian verb with no subject goes on with
            // the previous quotation's speaker (`“…”, afirmó.`).
            let previous = out
                .last()
                .and_then(|p| p.speaker)
                .filter(|_| kept_paragraph.is_some_and(|k| k + 1 >= q.first_paragraph));
            let previous = previous.filter(|p| {
                f.np.is_none_or(|np| grammar.subject_agrees(&ctx, np, p.mention))
            });
            if let (Some(np), Some(prev)) =
                (f.np.filter(|&np| grammar.zero_subject(&ctx, np)), previous)
            {
                quote.speaker = Some(Speaker {
                    mention: np.span,
                    entity: prev.entity,
                });
            }
        } else if let Some(prev) = out.last() {
            // A stand-alone quotation right after one with a speaker continues it.
            let stands_alone = ctx.stands_alone(q, prev_close);
            let near = kept_paragraph.is_some_and(|p| p + 1 >= q.first_paragraph);
            // (Chinese and Japanese write no spaces: a sentence in marks is enough.)
            let enough =
                words(q, text) >= 4 || right_after_attribution || grammar.marks_suffice(&ctx, q);
            let continues = ctx.enabled(&rules::CONTINUES_SPEAKER);
            if stands_alone && near && prev.speaker.is_some() && enough && continues {
                quote.speaker = prev.speaker;
                if grammar.continuation_keeps_cue() {
                    quote.cue = prev.cue;
                }
                quote.confidence = rules::CONTINUES_SPEAKER.confidence;
                quote.rule = Some(rules::CONTINUES_SPEAKER.name);
                // (PolNeAR marks a paragraph that is all quotation as the same
                // attribution, one with words of the writer's own as a new one.)
                if kept_paragraph == Some(q.first_paragraph) || ctx.is_whole_paragraph(q) {
                    quote.group = prev.group;
                }
            } else if grammar.groups_unattributed_paragraphs()
                && prev.speaker.is_none()
                && prev.cue.is_none()
                && kept_paragraph.is_some_and(|p| p + 1 == q.first_paragraph)
                && ctx.is_whole_paragraph(q)
                && qi > 0
                && ctx.is_whole_paragraph(&marked[qi - 1])
            {
                // Paragraphs that are all quotation, one after another, with no
                // attribution: one attribution (the writer's source for all).
                quote.group = prev.group;
            }
        }
        // German reports speech in the subjunctive: a quotation in a sentence that
        // does (`Er werde „einen neuen Deal“ aushandeln`) goes on with the speaker
        // of the nearest attribution before it, a quotation's or reported speech's.
        if quote.speaker.is_none()
            && quote.cue.is_none()
            && ctx.enabled(&rules::REPORTED_MOOD)
            && grammar.reported_mood(&ctx, q, prev_close, next_open)
        {
            let previous = out.last().filter(|p| {
                p.speaker.is_some() && kept_paragraph.is_some_and(|k| k + 1 >= q.first_paragraph)
            });
            let reported = grammar
                .last_speaker(&ctx, q, prev_close, &quoted)
                .filter(|(np, _)| previous.is_none_or(|p| p.open.start < np.span.start));
            if let Some((np, cue)) = reported {
                quote.speaker = Some(Speaker {
                    mention: np.span,
                    entity: ctx.resolve(&mut registry, np),
                });
                // (The cue of the speech the sentence goes on with: `Er betonte,
                // … Das Virus sei „…“`.)
                quote.cue = cue;
                quote.confidence = rules::REPORTED_MOOD.confidence;
                quote.rule = Some(rules::REPORTED_MOOD.name);
            } else if let Some(p) = previous {
                quote.speaker = p.speaker;
                quote.cue = p.cue;
                quote.confidence = rules::REPORTED_MOOD.confidence;
                quote.rule = Some(rules::REPORTED_MOOD.name);
            }
        }
        // (A short quotation right after a verb of speech is someone's words even
        // when the speaker is a crowd the rules cannot name: `chanting “Dump X.”`.)
        if quote.speaker.is_none()
            && quote.cue.is_none()
            && !grammar.keeps_unattributed(&ctx, q, kind)
            && grammar.is_not_a_quotation(&ctx, q)
        {
            continue;
        }
        if grammar.name_in_marks(&ctx, q, kind) {
            continue;
        }
        // Calibrated on English news (PolNeAR, the hand-annotated pages); other
        // languages' attributions are not read well enough yet to ask this of them.
        if grammar.checks_fragments()
            && quote.kind == QuoteKind::Mixed
            && !fragment_is_attributed(&quote, words(q, text), &registry)
        {
            continue;
        }
        if q.close.is_none() {
            quote.confidence *= 0.8;
        }
        kept_paragraph = Some(q.last_paragraph);
        out.push(quote);
    }
    resolve_reported_before(&mut ctx, &mut resolved, usize::MAX, &mut registry);
    ctx.add_reported(&reported, &resolved, &mut out);
    for q in &mut out {
        // (A medium that is the speaker's own mention is no medium: `… are
        // thought to contribute, according to the agency`.)
        if let (Some(m), Some(s)) = (q.medium, q.speaker) {
            if m.start < s.mention.end && s.mention.start < m.end {
                q.medium = None;
            }
        }
    }
    calibration::apply(text, &ctx.paras, &registry, &mut out);
    for q in &mut out {
        // (As the quotation's paragraph's language reads it.)
        let pi = paragraphs.partition_point(|p| p.end <= q.open.start);
        let lang = para_langs.get(pi).copied().unwrap_or(page_lang);
        q.act = act(lang::grammar(lang), text, q);
    }
    let ends = ctx.paras.into_iter().map(|p| p.ends).collect();
    (out, registry, ends)
}

/// Whether a fragment in marks inside the writer's sentence is someone's words,
/// not a scare quote or a term: the shorter it is, the closer and more specific
/// its attribution must be. One word needs its cue within three tokens and a
/// named speaker (`called it “hazardous”`); two or three words, a cue within ten
/// tokens; without a speaker, a fragment needs eight words.
fn fragment_is_attributed(quote: &Quote, words: usize, registry: &Registry) -> bool {
    let Some(speaker) = quote.speaker else {
        return words >= 8;
    };
    let unnamed = speaker
        .entity
        .is_some_and(|e| registry.entities[e].kind == EntityKind::Unnamed);
    match words {
        0 | 1 => quote.confidence >= 0.85 && !unnamed,
        2 | 3 => quote.confidence >= 0.7 && !unnamed,
        _ => true,
    }
}

fn words(q: &MarkedQuote, text: &str) -> usize {
    q.parts
        .iter()
        .map(|p| p.get(text).split_whitespace().count())
        .sum()
}

/// Whether tokens `lo..o` of `para` are a transcript's label and its colon: an
/// opening mark perhaps, then one to three words in capitals (`"WALLACE:`).
fn q_opens_after_label(text: &str, para: &Para, lo: usize, o: usize) -> bool {
    let t = &para.tokens;
    let words = (lo..o - 1).filter(|&k| t[k].is_word()).count();
    (1..=3).contains(&words)
        && (lo..o - 1).all(|k| {
            is_open_mark(t[k], text)
                || t[k].is_word()
                    && t[k].text(text).chars().any(char::is_uppercase)
                    && !t[k].text(text).chars().any(char::is_lowercase)
        })
}

/// Whether the words between opening mark `open` and closing mark `close` end as
/// an utterance does, with their own comma or stop inside the marks (`“let’s
/// wait,”`, `“You lie!”`); `false` when nothing closed them.
fn ends_as_utterance(text: &str, open: Span, close: Option<Span>) -> bool {
    close.is_some_and(|c| {
        text[open.end..c.start]
            .trim_end()
            .ends_with([',', '.', '!', '?'])
    })
}

fn is_open_mark(t: Token, text: &str) -> bool {
    matches!(t.text(text), "“" | "\"" | "«" | "„" | "‘" | "「" | "『")
}

fn is_skippable(t: Token, text: &str) -> bool {
    let w = t.text(text);
    t.is_word()
        && (is(&AUXILIARIES, w)
            || w.len() > 3 && w.ends_with("ly") && w.chars().all(char::is_lowercase))
}

/// Every rule, the engine's and each grammar's, each once, in the order of
/// the registry.
pub fn all_rules() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = rules::RULES.to_vec();
    all.extend_from_slice(clause::RULES);
    for g in lang::GRAMMARS {
        for &r in g.rules() {
            if !all.iter().any(|a| a.name == r.name) {
                all.push(r);
            }
        }
    }
    all
}

impl Ctx<'_> {
    /// What rule `rule` found (its confidence from the rule), unless it is off.
    fn found(
        &self,
        rule: &'static Rule,
        np: Option<Np>,
        cue: Option<Span>,
        last: usize,
    ) -> Option<Found> {
        self.enabled(rule).then_some(Found {
            np,
            cue,
            confidence: rule.confidence,
            rule,
            last,
        })
    }

    /// Quote `q`'s first paragraph and the tokens `lo..hi` of its sentence, from
    /// the end of the previous quote (`prev_close`) to the start of the next
    /// (`next_open`) at the widest: where a medium phrase may be.
    fn quote_sentence(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> (&Para, usize, usize) {
        let para = &self.paras[q.first_paragraph];
        let from = para.clause_start(q.open.start, prev_close);
        let to = para.clause_end(q.close.map_or(q.open.end, |c| c.end), next_open);
        (para, para.first_from(from), para.first_from(to))
    }

    /// The text of token `k` of `para`, or nothing past its end.
    fn word(&self, para: &Para, k: usize) -> &str {
        para.tokens.get(k).map_or("", |t| t.text(self.text))
    }

    /// Whether rule `rule` is on.
    fn enabled(&self, rule: &Rule) -> bool {
        self.disabled.is_empty() || !self.disabled.iter().any(|d| d == rule.name)
    }

    /// The grammar of the language being read.
    fn grammar(&self) -> &'static dyn Grammar {
        lang::grammar(self.lang)
    }

    /// The attribution in tokens `lo..o` of `para`, which end where the quote begins.
    fn introduced_by(&self, para: &Para, o: usize, lo: usize) -> Option<Found> {
        self.grammar().introduced_by(self, para, o, lo)
    }

    /// The attribution right after the closing mark, in its sentence.
    fn after(&self, q: &MarkedQuote, next_open: Option<usize>) -> Option<Found> {
        let mark = q.close?;
        let para = &self.paras[q.last_paragraph];
        // A `<q>`'s close is where its text ends: its last token stands for the mark.
        let last = if mark.is_empty() {
            para.first_from(mark.start).checked_sub(1)?
        } else {
            // (The last token of the mark: `''` is two.)
            para.first_from(mark.end).checked_sub(1)?
        };
        let hi = para.first_from(para.clause_end(mark.end, next_open)); // exclusive
        let close = Close {
            para,
            mark,
            last,
            hi,
        };
        self.grammar().after(self, q, close)
    }
}

/// The gender a pronoun of any language refers to, or `None` for no one.
fn listed_pronoun_gender(w: &str) -> Option<Gender> {
    if is(&MALE_PRONOUNS, w) {
        Some(Gender::Male)
    } else if is(&FEMALE_PRONOUNS, w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether a word of Thai, written without spaces, ends with a verb of speech and
/// its `that` (`…กล่าวว่า“…”`: `said that`), the words before a quotation.
fn thai_cue_ending(word: &str) -> bool {
    ["กล่าวว่า", "บอกว่า", "ระบุว่า", "เปิดเผยว่า", "ยืนยันว่า"]
        .iter()
        .any(|cue| word.ends_with(cue))
}

#[cfg(test)]
mod tests;
