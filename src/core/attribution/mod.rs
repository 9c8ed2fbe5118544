//! Who said each quotation: the cue word, the speaker's mention, and the
//! person that mention refers to.
//!
//! For each quote the rules look at its own sentence: right after the closing
//! mark (`“…,” said X`, `“…,” X said`, `“…” — X`), right before the opening
//! mark (`X said: “…”`, `according to X, “…”`, `X: “…”`) and, for a partial
//! quotation, the nearest cue earlier in the sentence (`X called it “…”`).
//! A quote interrupted by its attribution (`“A,” he said, “B.”`) becomes one
//! quote with two parts. Pronouns and definite descriptions (`the official`)
//! are resolved to the nearest fitting person named before them.

use super::lang::Lang;
use super::lexicon::{
    AUXILIARIES, CIRCUMSTANCE_WORDS, CUE_PARTICLES, CUE_VERBS, DOCUMENT_NOUNS, FEMALE_PRONOUNS,
    FUNCTION_WORDS, MALE_PRONOUNS, MEDIUM_NOUNS, NAMING_WORDS, NOUN_LIKE_CUES, NUMBER_WORDS,
    OBJECT_CUES, OBJECT_PRONOUNS, ORG_REFERENCES, PLATFORMS, PRONOUNS, ROLE_NOUNS,
    SENTENCE_ADVERBS, SOURCE_NOUNS, TIME_WORDS, is, lower,
};
use super::mentions::{EntityKind, Gender, NameRun, Registry, RunKind, name_runs, next_to_cue};
use super::phrase::{Phrase, PhraseKind, Reader, run_index};
use super::quotes::{Family, MarkedQuote};
use super::span::{SortedSpans, Span, any_contains};
use super::text::{Token, TokenKind, is_cue_at, sentence_ends, tokenize};
use super::transcript::{self, Line};

mod clause;
mod grammar;
mod lang;

use grammar::{Close, Grammar};
use lang::en::reported;

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
    /// The attribution this quote belongs to: quotes that follow one with a speaker,
    /// with no attribution of their own (`“A,” she said. “B.”`), share its group.
    /// Groups number from 0 in reading order.
    pub group: usize,
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
}

/// Attributes every quote. Returns the quotes, the people named in the text,
/// and each paragraph's sentence ends ([`sentence_ends`]: the links and claims
/// read them too, without tokenizing the paragraphs again).
/// Each paragraph is read with the rules of its language in `para_langs`
/// (`page_lang` where it has none).
pub fn attribute(
    text: &str,
    paragraphs: &[Span],
    para_langs: &[Lang],
    marked: Vec<MarkedQuote>,
    transcript: &[Line],
    page_lang: Lang,
) -> (Vec<Quote>, Registry, Vec<Vec<usize>>) {
    let mut ctx = Ctx {
        text,
        paras: Vec::with_capacity(paragraphs.len()),
        lang: page_lang,
        lower_words: std::cell::OnceCell::new(),
        titles: Vec::new(),
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
        let runs = name_runs(text, &tokens, lang, |i| {
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
    // paragraphs whose grammar reads it give it (English, for now).
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
                resolved.push(r.np.and_then(|np| {
                    ctx.lang = ctx.paras[np.para].lang;
                    ctx.resolve(registry, np)
                }));
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
                confidence: if speaker.is_some() { 0.75 } else { 0.3 },
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
        let found = if ends_sentence {
            near_before.or(near_after).or(before).or(after)
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
            confidence: 0.3,
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
            }
            quote.cue = f.cue;
            quote.confidence = f.confidence;
            quote.speaker = f.np.map(|np| Speaker {
                mention: np.span,
                entity: ctx.resolve(&mut registry, np),
            });
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
            if stands_alone && near && prev.speaker.is_some() && enough {
                quote.speaker = prev.speaker;
                quote.confidence = 0.5;
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
            && grammar.reported_mood(&ctx, q, prev_close, next_open)
        {
            let previous = out.last().filter(|p| {
                p.speaker.is_some() && kept_paragraph.is_some_and(|k| k + 1 >= q.first_paragraph)
            });
            let reported = grammar
                .last_speaker(&ctx, q, prev_close, &quoted)
                .filter(|np| previous.is_none_or(|p| p.open.start < np.span.start));
            if let Some(np) = reported {
                quote.speaker = Some(Speaker {
                    mention: np.span,
                    entity: ctx.resolve(&mut registry, np),
                });
                quote.confidence = 0.45;
            } else if let Some(p) = previous {
                quote.speaker = p.speaker;
                quote.confidence = 0.45;
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

fn is_open_mark(t: Token, text: &str) -> bool {
    matches!(t.text(text), "“" | "\"" | "«" | "„" | "‘" | "「" | "『")
}

fn is_skippable(t: Token, text: &str) -> bool {
    let w = t.text(text);
    t.is_word()
        && (is(&AUXILIARIES, w)
            || w.len() > 3 && w.ends_with("ly") && w.chars().all(char::is_lowercase))
}

impl Ctx<'_> {
    /// The reported speech of the text's English paragraphs, in reading order of the speakers.
    /// `kinds`: each marked quote's [`Ctx::kind`].
    fn find_reported(
        &self,
        marked: &[MarkedQuote],
        kinds: &[QuoteKind],
    ) -> Vec<reported::Reported> {
        let quoted = SortedSpans::new(marked.iter().map(MarkedQuote::outer).collect());
        let direct = SortedSpans::new(
            marked
                .iter()
                .zip(kinds)
                .filter(|&(_, &k)| k == QuoteKind::Direct)
                .map(|(q, _)| q.outer())
                .collect(),
        );
        // Each paragraph gets the quotations near it: the whole lists made long
        // pages quadratic.
        let mut all: Vec<reported::Reported> = self
            .paras
            .iter()
            .flat_map(|para| {
                lang::grammar(para.lang).reported(
                    self,
                    para,
                    quoted.near(para.span),
                    direct.near(para.span),
                )
            })
            .collect();
        super::sort::by_key(&mut all, |r| r.at() as u128);
        all
    }

    /// Adds reported speech (`reported`, its speakers `resolved`) to `out`, in
    /// reading order, and gives the mixed quotations inside it their reported clause.
    fn add_reported(
        &self,
        reported: &[reported::Reported],
        resolved: &[Option<usize>],
        out: &mut Vec<Quote>,
    ) {
        let mut added = Vec::new();
        let mut contents = rustc_hash::FxHashSet::default();
        let first_start = |q: &Quote| q.parts.first().map_or(q.open.start, |p| p.start);
        for (&r, &entity) in reported.iter().zip(resolved) {
            // The quotations that start inside the content (`out` is in reading
            // order); the content may stop short of a fragment's last comma
            // (`“…,” X said`).
            let from = out.partition_point(|q| first_start(q) < r.content.start);
            let to = from + out[from..].partition_point(|q| first_start(q) < r.content.end);
            let inside = |q: &&mut Quote| {
                q.kind == QuoteKind::Mixed
                    && q.parts.last().is_some_and(|p| p.end <= r.content.end + 2)
            };
            let mut mixed = None;
            for q in out[from..to].iter_mut().filter(inside) {
                // Fragments of one reported clause are one attribution.
                let group = *mixed.get_or_insert(q.group);
                q.group = group;
                // The nearest cue wins: later cues in a sentence are nested in earlier ones.
                let outer = q.outer();
                // (The reported clause ends where the fragment's clause does.)
                let end = self.para_of(outer).map_or(r.content.end, |p| {
                    let e = self.fragment_clause_end(p, outer.end, r.content.end);
                    self.text[..e].trim_end_matches(['.', ',', ' ', '\n']).len()
                });
                q.content = Some(Span::new(
                    r.content.start.min(outer.start),
                    end.max(outer.end),
                ));
                // PolNeAR gives the fragment the outermost attribution whose
                // clause holds it (`X said Y called it “…”` is X's).
                let outermost = q
                    .cue
                    .is_none_or(|c| r.cue.end <= c.start && r.content.contains(c));
                // (`he called her “weak” and said she had “zero support”`: a cue
                // between the fragment and its own, whose clause holds it, is nearer.)
                let nearer = q.cue.is_some_and(|c| {
                    c.end <= r.cue.start && r.cue.end <= q.open.start && !r.content.contains(c)
                });
                // (`X tells reporters that … “…”`: a speaker found between the
                // cue and the fragment is its hearer or part of its clause.)
                let misplaced = q
                    .speaker
                    .is_some_and(|s| s.mention.start >= r.cue.end && s.mention.end <= q.open.start)
                    && r.np.is_some_and(|np| np.span.end <= r.cue.start);
                // (A speaker the quotation rules took from a complement, a dateline
                // or a medium, `in Lynchburg`, `PHILADELPHIA`, `a statement saying`,
                // yields to the report's subject.)
                let junk = q.cue == Some(r.cue)
                    && q.speaker
                        .is_some_and(|s| self.unlikely_source(s.mention, r.cue))
                    && r.np.is_some_and(|np| !self.unlikely_source(np.span, r.cue));
                if let Some(np) =
                    r.np.filter(|_| q.speaker.is_none() || outermost || nearer || misplaced || junk)
                {
                    q.cue = Some(r.cue);
                    q.speaker = Some(Speaker {
                        mention: np.span,
                        entity,
                    });
                }
            }
            // (A fragment's own clause that starts where the report does is the
            // same attribution: `wrote that Trump “has built …”`.)
            let same_clause = out[from.saturating_sub(1)..to.min(out.len())]
                .iter()
                .chain(out.get(to))
                .any(|q| q.content.is_some_and(|c| c.start == r.content.start));
            if mixed.is_some() || same_clause || !contents.insert(r.content) {
                continue;
            }
            added.push(Quote {
                kind: QuoteKind::Indirect,
                parts: vec![r.content],
                content: Some(r.content),
                open: Span::new(r.content.start, r.content.start),
                close: None,
                speaker: r.np.map(|np| Speaker {
                    mention: np.span,
                    entity,
                }),
                cue: Some(r.cue),
                medium: None,
                confidence: r.confidence,
                group: 0,
            });
        }
        if added.is_empty() {
            return;
        }
        // Groups stay apart: every reported speech is an attribution of its own.
        let offset = out.last().map_or(0, |q| q.group + 1);
        for (i, q) in added.iter_mut().enumerate() {
            q.group = offset + i;
        }
        out.extend(added);
        super::sort::by_key(out, |q| q.parts.first().map_or(0, |p| p.start) as u128);
        let mut renumbered = rustc_hash::FxHashMap::default();
        for q in out.iter_mut() {
            let next = renumbered.len();
            q.group = *renumbered.entry(q.group).or_insert(next);
        }
    }

    /// Who speaks a transcript line: the person its label names (`DOE:`), or
    /// for an interview's answer (`A:`), the person the article named most
    /// before it.
    fn transcript_speaker(&self, line: &Line, registry: &mut Registry) -> Option<Speaker> {
        let para = &self.paras[line.paragraph];
        match line.speaker {
            transcript::Speaker::Named => Some(Speaker {
                mention: line.label,
                entity: registry.person_named(line.label.get(self.text), line.label),
            }),
            transcript::Speaker::Answer => Some(Speaker {
                mention: line.label,
                entity: Some(registry.most_mentioned_person_before(para.span.start)?),
            }),
            transcript::Speaker::Question => None,
        }
    }

    /// Whether quote `q` is all its paragraphs hold (marks and final punctuation aside).
    fn is_whole_paragraph(&self, q: &MarkedQuote) -> bool {
        let (Some(first), Some(last)) = (
            self.paras.get(q.first_paragraph),
            self.paras.get(q.last_paragraph),
        ) else {
            return false;
        };
        let end = q.close.map_or(q.open.end, |c| c.end);
        first.token_at(q.open.start) == Some(0)
            && self
                .text
                .get(end..last.span.end)
                .is_none_or(|rest| rest.trim().chars().count() <= 1)
    }

    /// `<td>“A,”</td><td>said X</td>`, `<li>“A,</li><li>said X.</li>`: the
    /// attribution of an English quotation that ends its paragraph on a comma,
    /// in the paragraph right after, a block cut off by markup (a table's next
    /// cell, a list's next item) that opens in lower case with a verb of speech.
    fn after_in_next_block(&self, q: &MarkedQuote) -> Option<Found> {
        let last = self.paras.get(q.last_paragraph)?;
        let part = q.parts.last()?;
        let end = q.close.map_or(part.end, |c| c.end);
        // (The comma inside the marks or after them: `“A”,`.)
        let comma = match self.text.get(end..last.span.end).map(str::trim) {
            Some("") => part.get(self.text).ends_with(','),
            Some(rest) => rest == ",",
            None => false,
        };
        if !self.grammar().reads_next_block() || !comma {
            return None;
        }
        let next = self.paras.get(q.last_paragraph + 1)?;
        let first = next.tokens.first()?;
        let lower = first.text(self.text).starts_with(char::is_lowercase);
        if !lower || !is_cue_at(self.text, &next.tokens, 0) {
            return None;
        }
        let hi = next
            .first_from(next.clause_end(first.span.end, None))
            .max(1);
        let found = self.clause_attribution(next, 0, hi, None)?;
        Some(Found {
            confidence: found.confidence.min(AFTER_FALLBACK),
            ..found
        })
    }

    /// The dash line that signs the blockquote quotations `block` starts with:
    /// the first paragraph after them, if it opens with a dash.
    fn signature(&self, block: &[MarkedQuote]) -> Option<Found> {
        let mut next = block.first()?.last_paragraph + 1;
        for q in block.iter().skip(1) {
            if q.family != Family::Block || q.first_paragraph != next {
                break;
            }
            next = q.last_paragraph + 1;
        }
        let para = self.paras.get(next)?;
        let first = para.tokens.first()?;
        if !matches!(first.text(self.text), "—" | "–" | "―" | "-") {
            return self.closing_signature(block.first()?, para);
        }
        let found = self.clause_attribution(para, 1, para.tokens.len(), Some(0))?;
        Some(Found {
            confidence: 0.75,
            ..found
        })
    }

    /// `"The words…` / `Jane Ruiz, a senator."`: a quotation left open at its
    /// paragraph's end, whose closing mark ends the short line after it that
    /// names its speaker (a pull quote).
    fn closing_signature(&self, q: &MarkedQuote, para: &Para) -> Option<Found> {
        let t = &para.tokens;
        let n = t.len();
        let closes = q.close.is_none()
            && (3..=24).contains(&n)
            && matches!(t[n - 1].text(self.text), "\"" | "”")
            && t[n - 2].is_punct('.');
        if !closes || !self.grammar().reads_pull_quotes() {
            return None;
        }
        let np = self.np_forward(para, 0, n - 2)?;
        // The name and perhaps an apposition, nothing else with a verb.
        let apposition = t
            .get(np.end + 1)
            .is_none_or(|c| c.is_punct(',') || c.is_punct('.'));
        let named = match np.kind {
            NpKind::Name(r) => para.runs[r].kind != RunKind::Org,
            NpKind::Unnamed | NpKind::Definite => is(&ROLE_NOUNS, t[np.last].text(self.text)),
            NpKind::Pronoun => false,
        };
        (np.first == 0 && apposition && named && !(0..n).any(|k| is_cue_at(self.text, t, k)))
            .then_some(Found {
                np: Some(np),
                cue: None,
                confidence: 0.6,
                last: np.end,
            })
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

    /// The attribution before the quote, in its sentence.
    fn before(&self, q: &MarkedQuote, prev_close: Option<usize>) -> Option<Found> {
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        let lo = para.first_from(para.clause_start(q.open.start, prev_close));
        if o > lo {
            return self.introduced_by(para, o, lo);
        }
        // A quote that opens its paragraph after one ending `He said:`.
        let previous = q.first_paragraph.checked_sub(1).map(|p| &self.paras[p])?;
        let end = previous.tokens.len();
        let ends_with_colon = previous
            .tokens
            .last()
            .is_some_and(|t| t.is_punct(':') || t.is_punct('：'));
        let open_quote = prev_close.is_some_and(|c| c > previous.span.start);
        if o != 0 || !ends_with_colon || open_quote {
            return None;
        }
        let lo =
            previous.first_from(previous.clause_start(previous.tokens[end - 1].span.start, None));
        self.introduced_by(previous, end, lo)
    }

    /// The subject of English cue `c` in tokens `lo..c`: the phrase right before
    /// it (`X said`), or for a verb that shares its subject, the clause's
    /// (`He adopted an accent and joked`, `Sanders compared himself to Clinton,
    /// saying`, `He inflamed tensions by saying`, `She emailed supporters
    /// saying`, `…, Nefzi said, adding`).
    fn english_subject(&self, para: &Para, c: usize, lo: usize) -> Option<Np> {
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
        let coordinated = c > lo + 1 && matches!(w(c - 1), "and" | "but" | "then");
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
        if coordinated || after_comma || after_preposition {
            let subject = self
                .clause_subject(para, lo, c - 1)
                .map(|(np, _)| np)
                .or_else(|| self.nearest_subject(para, lo, c - 1));
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
        let np = self
            .np_backward(para, c, lo)
            .map(|np| self.skip_hearer(para, np, lo))?;
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
        if participle && (thing || embedded) {
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
    fn written_in_lower_case(&self, word: &str) -> bool {
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
    fn nearest_subject(&self, para: &Para, lo: usize, hi: usize) -> Option<Np> {
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
                NpKind::Unnamed => is(&ROLE_NOUNS, t[np.last].text(self.text)),
            };
            (adjacent && person).then_some(np)
        })
    }

    /// What follows cue `cue` up to the end of quote `q`'s sentence, in `q`'s first
    /// paragraph: the clause a partial quotation is part of.
    fn clause_after_cue(
        &self,
        q: &MarkedQuote,
        cue: Span,
        next_open: Option<usize>,
    ) -> Option<Span> {
        let para = &self.paras[q.first_paragraph];
        if !para.span.contains(cue) || para.clause_start(q.open.start, None) > cue.start {
            return None;
        }
        let t = &para.tokens;
        let mut k = para.first_from(cue.end);
        // `said that …` keeps its `that`, as PolNeAR marks it; a comma or colon goes.
        while k < t.len() && matches!(t[k].kind, TokenKind::Punct(',' | ':')) {
            k += 1;
        }
        let start = t.get(k)?.span.start;
        let close = q.close.map_or(q.open.end, |c| c.end);
        // (A sentence may end with the closing mark itself.)
        let end = if para.ends.contains(&close) {
            close
        } else {
            para.clause_end(close, next_open)
        };
        let end = self.fragment_clause_end(para, close, end);
        let trimmed = self.text[start..end].trim_end_matches(['.', ',', ' ', '\n']);
        (start < close).then(|| Span::new(start, start + trimmed.len()))
    }

    /// Where the clause holding a fragment that closes at byte `close` ends, at
    /// `end` at the latest: before a second verb of the speaker (`he called her
    /// “weak” and said she had …`), a new clause after the fragment's comma
    /// (`“unpatriotic,” and his administration has …`) or a second participle
    /// (`… and threatening to …`).
    fn fragment_clause_end(&self, para: &Para, close: usize, end: usize) -> usize {
        let t = &para.tokens;
        let after_fragment = |m: usize| {
            m >= 2 && t[m - 1].is_punct(',') && matches!(t[m - 2].text(self.text), "”" | "\"" | "’")
                || m >= 2
                    && matches!(t[m - 1].text(self.text), "”" | "\"" | "’")
                    && t[m - 2].is_punct(',')
        };
        (para.first_from(close)..para.first_from(end))
            .find(|&m| {
                matches!(t[m].text(self.text), "and" | "but")
                    && (after_fragment(m)
                        || t.get(m + 1).is_some_and(|n| {
                            let w = n.text(self.text);
                            is(&AUXILIARIES, w)
                                || is_cue_at(self.text, t, m + 1)
                                || w.len() > 5 && w.ends_with("ing")
                        }))
            })
            .map_or(end, |m| t[m].span.start)
    }

    /// `Another source speaking to Fox News said`: the phrase before a cue that is
    /// only who was spoken to stands for the speaker before it.
    fn skip_hearer(&self, para: &Para, np: Np, lo: usize) -> Np {
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
    fn clause_subject(&self, para: &Para, lo: usize, hi: usize) -> Option<(Np, usize)> {
        self.clause_subject_where(para, lo, hi, false)
    }

    /// [`Ctx::clause_subject`], the subject a person, or with `any`, anything
    /// named or described (`The town released a statement saying`).
    fn clause_subject_where(
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
                NpKind::Unnamed => any || is(&ROLE_NOUNS, t[np.last].text(self.text)),
            };
            if !person {
                continue;
            }
            let mut verb = np.end + 1;
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
            if plain_verb {
                return Some((np, verb));
            }
        }
        None
    }

    /// An attribution clause starting at token `k` (before `hi`): `said X`,
    /// `according to X`, `X said`, `X, the mayor of Y, said`, or after a dash
    /// (the dash at token `dash`), `— Commissioner X`.
    fn clause_attribution(
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
                return Some(Found {
                    np: Some(np),
                    cue: Some(cue),
                    confidence: 0.9,
                    last: np.end,
                });
            }
        }
        // `, according to X`
        if t[k].text(self.text).eq_ignore_ascii_case("according")
            && t.get(k + 1).is_some_and(|n| n.text(self.text) == "to")
        {
            if let Some(np) = self.np_forward(para, k + 2, hi) {
                return Some(Found {
                    np: Some(np),
                    cue: Some(Span::new(t[k].span.start, t[k + 1].span.end)),
                    confidence: 0.85,
                    last: np.end,
                });
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
            return Some(Found {
                np: Some(np),
                cue: Some(cue),
                confidence: 0.9,
                last: para.first_from(cue.end).saturating_sub(1),
            });
        }
        // `“…,” Toomey fumed.`, `“…,” Hillary shot back.`, `“…,” the nominee
        // riffed`: a person and one verb that end the sentence, whatever the verb.
        let role_head = matches!(np.kind, NpKind::Definite | NpKind::Unnamed)
            && is(&ROLE_NOUNS, t[np.last].text(self.text));
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
                return Some(Found {
                    np: Some(np),
                    cue: Some(Span::new(t[v].span.start, t[e - 1].span.end)),
                    confidence: 0.75,
                    last: e - 1,
                });
            }
        }
        // `“…” — Commissioner X`
        if let (Some(d), NpKind::Name(_)) = (dash, np.kind) {
            return Some(Found {
                np: Some(np),
                cue: Some(t[d].span),
                confidence: 0.75,
                last: np.end,
            });
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
            && is(&ROLE_NOUNS, t[np.last].text(self.text))
            && t.get(np.end + 1).is_some_and(|n| {
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
        speaker.then(|| Found {
            np: Some(np),
            cue: Some(cue),
            confidence: 0.8,
            last: para.first_from(cue.end).saturating_sub(1),
        })
    }

    /// Whether what follows the attribution ending at token `last` (before `hi`) is
    /// only its circumstance: the sentence's end, a comma, a preposition, a time,
    /// a name or a hearer (`said.`, `said of the plan`, `told CNN`), not what was
    /// said (`noted a rally`, `said both men are …`).
    fn attribution_ends(&self, para: &Para, last: usize, hi: usize) -> bool {
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
            || n.is_capitalized(self.text) && !is(&FUNCTION_WORDS, w)
    }

    /// Whether a cue word that is as often a noun is one here: its "subject" is only
    /// a determiner and modifiers (`two highly critical reports`).
    fn noun_use(&self, para: &Para, cue: usize, np: Np) -> bool {
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
    fn cue_span(&self, para: &Para, k: usize) -> Span {
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

    /// Whether the tokens between the attribution ending at `last` and the next
    /// opening mark are only a comma, colon or dash: the quote goes on.
    fn continues_split(&self, pi: usize, last: usize, open: Span) -> bool {
        let para = &self.paras[pi];
        let Some(o) = para.token_at(open.start) else {
            return false;
        };
        o > last
            && (last + 1..o).all(|k| {
                matches!(
                    para.tokens[k].text(self.text),
                    "," | ":" | "—" | "–" | "―" | ";"
                )
            })
    }

    /// Whether the tokens between the attribution ending at `last` and quote `q`
    /// are only a circumstance of it and a comma (`“A,” Ruiz said in May, “but
    /// B.”`, `“A,” she said of the plan, “B.”`): no other cue (`, adding, “B”` is
    /// an attribution of its own), no quotation, no sentence end.
    fn continues_after_circumstance(&self, pi: usize, last: usize, q: &MarkedQuote) -> bool {
        let para = &self.paras[pi];
        para.token_at(q.open.start).is_some_and(|o| {
            o > last + 2
                && para.tokens[o - 1].is_punct(',')
                && self.circumstance(para, last + 1, o - 1)
        })
    }

    /// Whether a verb of speech stands right before quote `q`'s opening mark,
    /// perhaps with a comma or colon (`chanting “…”`, `yelled: “…”`).
    fn after_cue(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        let Some(o) = para.token_at(q.open.start) else {
            return false;
        };
        let k = if o > 1 && matches!(t[o - 1].kind, TokenKind::Punct(',' | ':')) {
            o - 2
        } else if o > 0 {
            o - 1
        } else {
            return false;
        };
        is_cue_at(self.text, t, k) && !is(&NAMING_WORDS, t[k].text(self.text))
            || thai_cue_ending(t[k].text(self.text))
    }

    /// Whether the quote opens right after words and a colon (`X: «…»`): in a
    /// language whose cues the rules do not know, the one sign of someone's
    /// words every convention shares.
    fn after_colon(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        para.token_at(q.open.start)
            .is_some_and(|o| o > 1 && t[o - 1].is_punct(':') && t[o - 2].is_word())
    }

    /// Whether a reporting verb follows the closing mark, perhaps after a comma
    /// or a dash (`”, sagde borgmesteren`, `” dedi belediye başkanı`): someone's
    /// words, even when the speaker after the verb is no name the rules know.
    fn cue_right_after(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        let Some(mut k) = q.close.and_then(|c| para.token_at(c.start)).map(|c| c + 1) else {
            return false;
        };
        while t
            .get(k)
            .is_some_and(|x| matches!(x.kind, TokenKind::Punct(',' | '—' | '–' | '-')))
        {
            k += 1;
        }
        // (Korean closes a quotation with a particle written onto the mark:
        // `“…”고 말했다`, `「…」라고 덧붙였다`.)
        if t.get(k).is_some_and(|x| {
            q.close.is_some_and(|c| c.end == x.span.start)
                && matches!(x.text(self.text), "고" | "라고" | "이라고")
        }) {
            k += 1;
        }
        is_cue_at(self.text, t, k)
    }

    /// Whether only the attribution ending at token `last`, perhaps with a
    /// circumstance (`said on Monday`), and its full stop stand before the
    /// opening mark `open`.
    fn right_after(&self, pi: usize, last: usize, open: Span) -> bool {
        let para = &self.paras[pi];
        let t = &para.tokens;
        para.token_at(open.start).is_some_and(|o| {
            // (`said on NBC’s “Meet the Press.” “B”`: the title ends the sentence.)
            let mut e = o;
            let mut stop = o > 0 && t[o - 1].is_punct('.');
            while e > last + 1 && any_contains(&self.titles, t[e - 1].span) {
                stop |= t[e - 1].is_punct('.');
                e -= 1;
            }
            let e = if e == o { o.saturating_sub(1) } else { e };
            o >= last + 2 && stop && self.circumstance(para, last + 1, e)
        })
    }

    /// Whether tokens `from..to` of `para` are a short circumstance of an
    /// attribution: words, commas and titles, no cue, no quotation.
    fn circumstance(&self, para: &Para, from: usize, to: usize) -> bool {
        let t = &para.tokens;
        to <= from + 16
            && (from..to).all(|k| {
                any_contains(&self.titles, t[k].span)
                    || (t[k].is_word() || t[k].is_punct(',')) && !is_cue_at(self.text, t, k)
            })
    }

    /// Whether only punctuation and at most a bare participle cue (`, adding,`)
    /// stand between a closing mark and the next opening mark.
    fn bare_continuation(&self, pi: usize, close: Span, open: Span) -> bool {
        let para = &self.paras[pi];
        let c = para
            .token_at(close.start)
            .map(|c| para.first_from(close.end).saturating_sub(1).max(c));
        let (Some(c), Some(o)) = (c, para.token_at(open.start)) else {
            return false;
        };
        let between = c + 1..o;
        let cues = between
            .clone()
            .filter(|&k| para.tokens[k].is_word())
            .map(|k| para.tokens[k].text(self.text))
            .collect::<Vec<_>>();
        // (German joins two quotations of one speaker with `und`: `„…“ und „…“`,
        // `„…“ Und: „…“`.)
        let und = matches!(cues.as_slice(), [w] if self.grammar().joining_words().contains(w));
        if und {
            return between.clone().all(|k| {
                para.tokens[k].is_word() || matches!(para.tokens[k].text(self.text), "," | ":")
            });
        }
        let participle = match cues.as_slice() {
            [] => true,
            [w] => w.ends_with("ing") && is(&CUE_VERBS, w),
            _ => false,
        };
        // (In German a colon introduces a new quotation: `ein „Wort“: „…“`.)
        let colon = |k: usize| self.grammar().colon_starts_anew() && para.tokens[k].is_punct(':');
        participle
            && between.clone().any(|k| !para.tokens[k].is_word())
            && between.filter(|&k| !para.tokens[k].is_word()).all(|k| {
                matches!(para.tokens[k].text(self.text), "," | ":" | "—" | "–" | "―") && !colon(k)
            })
    }

    /// Whether the quote opens its sentence (nothing but the quote before it).
    fn stands_alone(&self, q: &MarkedQuote, prev_close: Option<usize>) -> bool {
        let para = &self.paras[q.first_paragraph];
        let Some(o) = para.token_at(q.open.start) else {
            return false;
        };
        para.first_from(para.clause_start(q.open.start, prev_close)) == o
    }

    /// Direct when the quote is a clause of its own; mixed when it sits inside the writer's sentence.
    fn kind(&self, q: &MarkedQuote) -> QuoteKind {
        let para = &self.paras[q.first_paragraph];
        let Some(o) = para.token_at(q.open.start) else {
            return QuoteKind::Direct;
        };
        if o == 0 {
            return if self.grammar().writer_goes_on(self, q) {
                QuoteKind::Mixed
            } else {
                QuoteKind::Direct
            };
        }
        let before = para.tokens[o - 1];
        let w = before.text(self.text);
        // A cue right before the mark introduces the words, unless they go on in
        // lower case as part of the writer's clause (`were calling “every 15
        // minutes.”`).
        let lower_start = q
            .parts
            .first()
            .and_then(|p| p.get(self.text).chars().find(|c| c.is_alphabetic()))
            .is_some_and(char::is_lowercase);
        // (A parenthesis opens a whole quotation, not a fragment: `("I want my
        // dues back," wrote X)`, but not `("mutmaßliche")`.)
        let parenthesis = w == "(" && words(q, self.text) >= 4;
        let introduced = !before.is_word() && !matches!(w, "(" | "\"")
            || parenthesis
            || is_cue_at(self.text, &para.tokens, o - 1)
                && !(lower_start
                    && self.grammar().lower_case_fragment_after_cue_is_mixed()
                    && words(q, self.text) <= 6)
            || para.ends.contains(&before.span.end);
        if introduced && !self.grammar().writer_goes_on(self, q) {
            QuoteKind::Direct
        } else {
            QuoteKind::Mixed
        }
    }

    /// A title in marks (`NBC’s “Meet the Press.”`, `the book “Strangers No
    /// More,”`, `co-author of “A Life”`): words in title case, perhaps with the
    /// sentence's punctuation, after a possessive, `of`, `on` or a naming word.
    fn is_title(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let Some(o) = para.token_at(q.open.start) else {
            return false;
        };
        let w = |k: usize| para.tokens[k].text(self.text);
        let naming = |k: usize| is(&NAMING_WORDS, w(k));
        let before = o > 0 && {
            let p = w(o - 1);
            p.ends_with("'s")
                || p.ends_with("’s")
                || matches!(p, "of" | "on")
                || naming(o - 1)
                || p == "," && o > 1 && naming(o - 2)
        };
        if !before || q.parts.len() != 1 {
            return false;
        }
        let words: Vec<&str> = q
            .parts
            .iter()
            .flat_map(|p| p.get(self.text).split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let capital = |w: &&str| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        };
        !words.is_empty()
            && words.len() <= 10
            && words.iter().any(|w| capital(w) && w.chars().count() > 3)
            && words
                .iter()
                .all(|w| capital(w) || w.chars().count() <= 3 || is(&FUNCTION_WORDS, w))
    }

    /// Whether the writer's own words follow a quotation that opens its sentence,
    /// before any attribution (`“We’re happy” about the decision, said X`): the
    /// quotation is then a fragment of the writer's sentence. English only.
    fn writer_goes_on(&self, q: &MarkedQuote) -> bool {
        let Some(close) = q.close else {
            return false;
        };
        let para = &self.paras[q.last_paragraph];
        if para.ends.contains(&close.end) {
            return false;
        }
        let Some(c) = para.token_at(close.start) else {
            return false;
        };
        let t = &para.tokens;
        let hi = para.first_from(para.clause_end(close.end, None));
        let Some(next) = t.get(c + 1).filter(|_| c + 1 < hi) else {
            return false;
        };
        let w = next.text(self.text);
        next.is_word()
            && w.chars().next().is_some_and(char::is_lowercase)
            && !is(&PRONOUNS, w)
            && !is_cue_at(self.text, t, c + 1)
            && self.clause_attribution(para, c + 1, hi, None).is_none()
    }

    /// Scare quotes, titles, nicknames, terms: marks that hold no one's words.
    fn is_not_a_quotation(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let n = words(q, self.text);
        let naming = para.token_at(q.open.start).is_some_and(|o| {
            let w = |k: usize| para.tokens[k].text(self.text);
            o > 0 && is(&NAMING_WORDS, w(o - 1))
                || o > 1 && w(o - 1) == "as" && matches!(w(o - 2), "known" | "such" | "described")
        });
        let content = q
            .parts
            .iter()
            .map(|p| p.get(self.text))
            .collect::<Vec<_>>()
            .join(" ");
        let title_case = {
            let long: Vec<&str> = content
                .split_whitespace()
                .filter(|w| w.chars().count() > 3)
                .collect();
            !long.is_empty()
                && long
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !content.trim_end().ends_with(['.', '!', '?', ','])
        };
        naming || n <= 4 || title_case
    }

    /// Where the words were given: `speaking to TASS`, `told Reuters`, `in a statement`.
    fn medium(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Span> {
        let para = &self.paras[q.first_paragraph];
        let from = para.clause_start(q.open.start, prev_close);
        let to = para.clause_end(q.close.map_or(q.open.end, |c| c.end), next_open);
        let t = &para.tokens;
        let (lo, hi) = (para.first_from(from), para.first_from(to));
        let outside = |k: usize| !q.outer().contains(t[k].span);
        for k in lo..hi {
            if !outside(k) {
                continue;
            }
            let w = lower(t[k].text(self.text));
            let next = |d: usize| t.get(k + d).map(|x| lower(x.text(self.text)));
            let trigger_end = match &*w {
                "speaking" | "talking" | "spoke" | "speaks"
                    if next(1).as_deref() == Some("to") || next(1).as_deref() == Some("with") =>
                {
                    Some(k + 2)
                }
                "told" => Some(k + 1),
                "interview" if matches!(next(1).as_deref(), Some("with" | "on")) => Some(k + 2),
                "quoted" if next(1).as_deref() == Some("by") => Some(k + 2),
                "in" if matches!(next(1).as_deref(), Some("a" | "an"))
                    && next(2).as_deref().is_some_and(|n| is(&MEDIUM_NOUNS, n))
                    // (`in an interview with CNN`: the outlet, read at `interview`.)
                    && !matches!(next(3).as_deref(), Some("with" | "on")) =>
                {
                    // `in a press release`, `in a blog post`.
                    let mut end = k + 2;
                    while next(end + 1 - k)
                        .as_deref()
                        .is_some_and(|n| is(&MEDIUM_NOUNS, n))
                    {
                        end += 1;
                    }
                    return Some(Span::new(t[k + 1].span.start, t[end].span.end));
                }
                // `wrote on X`, `said on Truth Social`, `told … on CNN`: after a cue.
                "on" if (k.saturating_sub(6).max(lo)..k).any(|m| is_cue_at(self.text, t, m)) => {
                    let Some(n) = t.get(k + 1).filter(|n| n.is_word() && outside(k + 1)) else {
                        continue;
                    };
                    if is(&PLATFORMS, n.text(self.text)) && n.is_capitalized(self.text) {
                        let social = next(2).as_deref() == Some("social");
                        let end = if social { k + 2 } else { k + 1 };
                        return Some(Span::new(n.span.start, t[end].span.end));
                    }
                    // A broadcaster: a name in capitals, or one with News, TV or Radio in it.
                    let run = para
                        .run_at
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .map(|r| &para.runs[r]);
                    if let Some(r) = run.filter(|r| r.first == k + 1) {
                        let words: Vec<&str> = (r.first..=r.last)
                            .filter(|&m| t[m].is_word())
                            .map(|m| t[m].text(self.text))
                            .collect();
                        let broadcaster = words
                            .iter()
                            .all(|w| w.chars().count() >= 2 && !w.chars().any(char::is_lowercase))
                            || words.iter().any(|w| matches!(*w, "News" | "TV" | "Radio"));
                        if broadcaster {
                            return Some(r.span);
                        }
                    }
                    None
                }
                _ => None,
            };
            let Some(start) = trigger_end else { continue };
            let window = start..(start + 8).min(hi);
            for r in &para.runs {
                if !window.contains(&r.first) || !outside(r.first) {
                    continue;
                }
                if (start..r.first).any(|m| matches!(t[m].text(self.text), "," | "." | ";" | ":")) {
                    break;
                }
                let followed_by_noun = t.get(r.last + 1).is_some_and(|n| {
                    n.is_word()
                        && n.text(self.text)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                        && !is(&FUNCTION_WORDS, n.text(self.text))
                });
                if r.kind == RunKind::Org || !followed_by_noun {
                    return Some(r.span);
                }
            }
        }
        None
    }

    /// A speaker-phrase reader over one paragraph.
    fn reader<'p>(&'p self, para: &'p Para) -> Reader<'p> {
        Reader::new(self.text, &para.tokens, &para.runs, &para.run_at, self.lang)
    }

    fn np(&self, para: &Para, p: Phrase) -> Np {
        Np {
            para: para.index,
            span: Span::new(
                para.tokens[p.first].span.start,
                para.tokens[p.last].span.end,
            ),
            kind: match p.kind {
                PhraseKind::Pronoun => NpKind::Pronoun,
                PhraseKind::Name(r) => NpKind::Name(r),
                PhraseKind::Definite => NpKind::Definite,
                PhraseKind::Unnamed => NpKind::Unnamed,
            },
            first: p.first,
            last: p.last,
            end: p.end,
        }
    }

    /// Name run `r` of `para` as a speaker phrase of its own.
    fn name_np(&self, para: &Para, r: usize) -> Np {
        let run = &para.runs[r];
        self.np(
            para,
            Phrase {
                first: run.first,
                last: run.last,
                end: run.last,
                kind: PhraseKind::Name(r),
            },
        )
    }

    /// The speaker phrase starting at token `k` (exclusive end `hi`).
    fn np_forward(&self, para: &Para, k: usize, hi: usize) -> Option<Np> {
        self.reader(para).forward(k, hi).map(|p| self.np(para, p))
    }

    /// The speaker phrase ending right before token `end`.
    fn np_backward(&self, para: &Para, end: usize, lo: usize) -> Option<Np> {
        self.reader(para)
            .backward(end, lo)
            .map(|p| self.np(para, p))
    }

    /// The entity a speaker phrase refers to.
    fn resolve(&self, registry: &mut Registry, np: Np) -> Option<usize> {
        let grammar = self.grammar();
        if let Some(found) = grammar.resolve(self, registry, np) {
            return found;
        }
        let para = &self.paras[np.para];
        let text = self.text;
        const WITHIN: usize = 4000;
        match np.kind {
            NpKind::Name(r) => {
                let run = &para.runs[r];
                let words = super::mentions::name_words(run.name.get(text));
                // A German noun after its article (`der Anwalt`) names no one: the
                // person before whose title or role it ends.
                let noun = grammar.noun_not_name(text, &para.tokens, run);
                let described = noun
                    .then(|| registry.antecedent_by_noun(np.span.start, run.name.get(text), WITHIN))
                    .flatten();
                let found = described.or_else(|| registry.find(&words)).or_else(|| {
                    registry.add_run(text, &para.tokens, run, true);
                    registry.find(&words)
                });
                // (A Romance speaker is someone a later `il`, `elle` may mean.)
                if let Some(e) = found.filter(|_| grammar.speakers_are_salient()) {
                    registry.entities[e].salient = true;
                }
                found
            }
            NpKind::Pronoun => {
                let w = np.span.get(text).to_lowercase();
                let gender = grammar.pronoun_gender(&w)?;
                registry.antecedent(np.span.start, gender, WITHIN)
            }
            NpKind::Definite => {
                // `the company` refers back to an organisation, `the official` to a person.
                let head = para.tokens[np.last].text(text);
                let gender = grammar.description_gender(self, para, np, head);
                let org = grammar.org_reference(head);
                let earlier = if org {
                    registry.antecedent_organization(np.span.start, WITHIN)
                } else {
                    // (A German noun names the person whose title or role it ends:
                    // `der Anwalt` after `Rechtsanwalt Lutz S.`.)
                    grammar
                        .refers_by_role()
                        .then(|| registry.antecedent_by_noun(np.span.start, head, WITHIN))
                        .flatten()
                        .or_else(|| registry.antecedent(np.span.start, gender, WITHIN))
                };
                earlier.or_else(|| Some(registry.add_unnamed(np.span.get(text), np.span)))
            }
            NpKind::Unnamed => Some(registry.add_unnamed(np.span.get(text), np.span)),
        }
        .filter(|&e| {
            registry.entities[e].kind != EntityKind::Organization
                || matches!(np.kind, NpKind::Name(_))
        })
    }
}

/// The gender a pronoun refers to by the shared lists, or `None` for no one.
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
#[path = "tests/english.rs"]
mod tests;
