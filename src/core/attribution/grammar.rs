//! What a language tells the attribution engine.
//!
//! The engine (this folder's other files) knows paragraphs, quotations, their
//! neighbours and the order of reading; it asks a [`Grammar`] everything that
//! depends on the language: where a quotation's attribution is and who its
//! speaker is, what rejects a candidate, how a mention refers back, and the
//! reported speech. Each language's grammar lives in `lang/<language>/` and is
//! named once in `lang/mod.rs`'s registry.
//!
//! Most methods have a default that reads nothing into the text (`false`,
//! `None`): a grammar states only what its language does.
//!
//! The shared readers of name runs (`mentions.rs`) and speaker phrases
//! (`phrase.rs`) ask a grammar's [`Phrases`] what is the language's: its
//! determiners and links, the words that open a sentence before a name, and
//! how its runs split.

use std::borrow::Cow;

use super::lang::en::reported::Reported;
use super::rules::Rule;
use super::{Ctx, Found, Np, Para, QuoteKind};
use crate::core::lexicon::{PRONOUNS, is};
use crate::core::mentions::{Gender, NameRun, Registry};
use crate::core::phrase::{Part, Reader};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::Token;

/// Where a quotation's closing mark is in its last paragraph, for
/// [`Grammar::after`].
#[derive(Clone, Copy)]
pub(super) struct Close<'p> {
    /// The quotation's last paragraph.
    pub para: &'p Para,
    /// The closing mark.
    pub mark: Span,
    /// The mark's last token.
    pub last: usize,
    /// Where the sentence after the mark ends (exclusive token index).
    pub hi: usize,
}

impl Close<'_> {
    /// The first token after the mark and any comma or dashes, and the dash
    /// right after the mark, if any; `None` when the sentence ends there.
    pub fn first_after(&self, ctx: &Ctx) -> Option<(usize, Option<usize>)> {
        let (t, hi) = (&self.para.tokens, self.hi);
        let mut k = self.last + 1;
        let dash = (k < hi && matches!(t[k].text(ctx.text), "—" | "–" | "―")).then_some(k);
        while k < hi && matches!(t[k].text(ctx.text), "," | "—" | "–" | "―" | "-") {
            k += 1;
        }
        (k < hi).then_some((k, dash))
    }
}

pub(super) trait Grammar: Sync {
    /// The grammar's rules (`lang/<language>/rules.rs`), for listing and eval.
    fn rules(&self) -> &'static [&'static Rule];

    // ----- Names -----

    /// What the shared readers of name runs and speaker phrases ask of the
    /// language ([`Phrases`]). By default the reading English shares with the
    /// languages that say nothing of their own there (Dutch, which reads its
    /// phrases itself, the Slavic languages, Chinese, Japanese, the fallback).
    fn phrases(&self) -> &dyn Phrases {
        &SharedPhrases
    }

    /// Whether names take case endings, so the registry matches a name's forms.
    fn case_forms(&self) -> bool {
        false
    }

    /// A run of capitalised words as a possible speaker: itself, trimmed of the
    /// words that are not the name, or `None` when it names no one.
    fn speaker_run<'r>(
        &self,
        _text: &str,
        _tokens: &[Token],
        run: &'r NameRun,
    ) -> Option<Cow<'r, NameRun>> {
        Some(Cow::Borrowed(run))
    }

    /// Whether a one-word run is a noun the language capitalises, not a name
    /// (German `der Anwalt`): it then refers to the person whose role it names.
    fn noun_not_name(&self, _text: &str, _tokens: &[Token], _run: &NameRun) -> bool {
        false
    }

    // ----- What is a quotation -----

    /// Direct or mixed.
    fn kind(&self, ctx: &Ctx, q: &MarkedQuote) -> QuoteKind {
        ctx.kind(q)
    }

    /// Whether a quotation after a comma that ends the writer's words, with no
    /// cue before it in the sentence, finishes the writer's clause (mixed).
    fn comma_clause_before_quotation_is_mixed(&self) -> bool {
        false
    }

    /// Whether a short fragment starting in lower case right after a cue is part
    /// of the writer's clause (`were calling “every 15 minutes.”`).
    fn lower_case_fragment_after_cue_is_mixed(&self) -> bool {
        false
    }

    /// Whether the writer's own words go on after a quotation that opens its
    /// sentence (`“We’re happy” about the decision, said X`).
    fn writer_goes_on(&self, _ctx: &Ctx, _q: &MarkedQuote) -> bool {
        false
    }

    /// Whether the marks hold a title (`NBC’s “Meet the Press”`), no one's words.
    fn is_title(&self, _ctx: &Ctx, _q: &MarkedQuote) -> bool {
        false
    }

    /// Whether the marks after quotation `q` hold a title inside a phrase
    /// (German `schreibt die „Computerwoche“`), not the next quotation.
    fn title_after_article(&self, _ctx: &Ctx, _q: &MarkedQuote) -> bool {
        false
    }

    /// Scare quotes, titles, nicknames, terms: marks that hold no one's words.
    fn is_not_a_quotation(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        ctx.is_not_a_quotation(q)
    }

    /// Whether marks with no attribution found still hold someone's words
    /// (`chanting “…”`).
    fn keeps_unattributed(&self, _ctx: &Ctx, _q: &MarkedQuote, _kind: QuoteKind) -> bool {
        false
    }

    /// Whether a sentence in marks after another's is enough to continue its
    /// speaker, however short (languages written without spaces).
    fn marks_suffice(&self, _ctx: &Ctx, _q: &MarkedQuote) -> bool {
        false
    }

    /// Whether the marks hold a name even after a cue (`un plan « France Avenir »`).
    fn name_in_marks(&self, _ctx: &Ctx, _q: &MarkedQuote, _kind: QuoteKind) -> bool {
        false
    }

    /// Whether a fragment in marks must have an attribution as close and as
    /// specific as it is short ([`super::fragment_is_attributed`]).
    fn checks_fragments(&self) -> bool {
        false
    }

    // ----- Where the attribution is -----

    /// The attribution in tokens `lo..o` of `para`, which end where the quote begins.
    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found>;

    /// The attribution right after the closing mark, in its sentence.
    fn after(&self, ctx: &Ctx, q: &MarkedQuote, close: Close) -> Option<Found>;

    /// Whether the attribution of a quotation that ends its paragraph on a comma
    /// may be in the next block (`<td>“A,”</td><td>said X</td>`).
    fn reads_next_block(&self) -> bool {
        false
    }

    /// Whether a quotation left open at its paragraph's end may be signed by the
    /// short line whose closing mark ends it (a pull quote).
    fn reads_pull_quotes(&self) -> bool {
        false
    }

    /// An attribution found when neither side of the quote has one: later in the
    /// sentence, inside the marks, or in the sentence before.
    fn elsewhere(
        &self,
        _ctx: &Ctx,
        _q: &MarkedQuote,
        _kind: QuoteKind,
        _prev_close: Option<usize>,
        _next_open: Option<usize>,
        _registry: &Registry,
    ) -> Option<Found> {
        None
    }

    /// Whether the speaker must stand outside the marks (`die „Aktion X“` is
    /// no one who speaks).
    fn speaker_outside_marks(&self) -> bool {
        false
    }

    /// Where the words were given. By default the shared medium phrases
    /// (`lang/en/medium.rs`: `told Reuters`, `in a statement`, `on Twitter`), which
    /// pages of any language write around quotations; a grammar with its own
    /// (German, Dutch) says them instead.
    fn medium(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Span> {
        ctx.medium(q, prev_close, next_open)
    }

    /// The reported clause a mixed quotation sits in, from its cue `cue`.
    fn clause_content(
        &self,
        _ctx: &Ctx,
        _q: &MarkedQuote,
        _cue: Span,
        _next_open: Option<usize>,
    ) -> Option<Span> {
        None
    }

    /// Whether a speaker phrase is a verb standing for a dropped subject
    /// (`“…”, afirmó.`): it then goes on with the previous quotation's speaker.
    fn zero_subject(&self, _ctx: &Ctx, _np: Np) -> bool {
        false
    }

    /// Whether speaker phrase `np` may stand for the person named by `mention`
    /// (a dropped subject's verb agrees with them).
    fn subject_agrees(&self, _ctx: &Ctx, _np: Np, _mention: Span) -> bool {
        true
    }

    // ----- Quotations that go on -----

    /// Whether a quotation with an attribution of its own after it is a new
    /// one, not the previous quotation going on (`„…“ und „…“, zitiert CNN`).
    fn own_attribution_starts_anew(&self) -> bool {
        false
    }

    /// Whether a stand-alone quotation that goes on with the previous one's
    /// speaker is said by the same cue (German `„…“, sagte er. „…“`: one
    /// speaking, the second quotation's words said as the first's).
    fn continuation_keeps_cue(&self) -> bool {
        false
    }

    /// The words that join two quotations of one speaker (German `und`).
    fn joining_words(&self) -> &'static [&'static str] {
        &[]
    }

    /// Whether a colon between two quotations introduces the second as new words.
    fn colon_starts_anew(&self) -> bool {
        false
    }

    /// Whether paragraphs that are all quotation, one after another, with no
    /// attribution, are one attribution.
    fn groups_unattributed_paragraphs(&self) -> bool {
        false
    }

    /// Whether the sentence around quotation `q` reports speech by its mood
    /// (German subjunctive): it then goes on with the last speaker.
    fn reported_mood(
        &self,
        _ctx: &Ctx,
        _q: &MarkedQuote,
        _prev_close: Option<usize>,
        _next_open: Option<usize>,
    ) -> bool {
        false
    }

    /// The last person said to speak before quotation `q`, for
    /// [`Grammar::reported_mood`], and the cue they spoke by, if any.
    fn last_speaker(
        &self,
        _ctx: &Ctx,
        _q: &MarkedQuote,
        _prev_close: Option<usize>,
        _quoted: &[Span],
    ) -> Option<(Np, Option<Span>)> {
        None
    }

    // ----- Reported speech -----

    /// Whether these cue words report a view held rather than words said
    /// (`believes`, `glaubt`, `pense`): the quotation's act is then a belief.
    fn thought(&self, _cue: &str) -> bool {
        false
    }

    /// The reported speech of one paragraph (`quoted`, `direct`: the marked
    /// quotations near it, and those of them that are direct).
    fn reported(
        &self,
        _ctx: &Ctx,
        _para: &Para,
        _quoted: &[Span],
        _direct: &[Span],
    ) -> Vec<Reported> {
        Vec::new()
    }

    // ----- Who a mention refers to -----

    /// The entity a speaker phrase refers to, when the language's own rules
    /// decide (`Some(None)`: no one); `None` leaves it to the shared resolution.
    fn resolve(&self, _ctx: &Ctx, _registry: &mut Registry, _np: Np) -> Option<Option<usize>> {
        None
    }

    /// Whether a speaker this language names becomes someone later pronouns
    /// may mean (Romance `il`, `elle`).
    fn speakers_are_salient(&self) -> bool {
        false
    }

    /// The gender a pronoun (in lower case) refers to, or `None` for no one. By
    /// default, any language's pronoun: English pages, and those without a
    /// grammar, quote sentences of other languages (`„…“, sagte er`).
    fn pronoun_gender(&self, w: &str) -> Option<Gender> {
        super::listed_pronoun_gender(w)
    }

    /// The gender a definite description tells (`die Kanzlerin`, `la ministre`).
    fn description_gender(&self, _ctx: &Ctx, _para: &Para, _np: Np, _head: &str) -> Gender {
        Gender::Unknown
    }

    /// Whether a definite description's head refers to an organisation (`the company`).
    fn org_reference(&self, head: &str) -> bool {
        super::is(&super::ORG_REFERENCES, head)
    }

    /// Whether a description refers to the person whose title or role it ends
    /// (German `der Anwalt` after `Rechtsanwalt Lutz S.`).
    fn refers_by_role(&self) -> bool {
        false
    }
}

/// What the shared readers of name runs (`mentions.rs`) and speaker phrases
/// (`phrase.rs`) ask of a language, through [`Grammar::phrases`]. Each method
/// is asked for nearly every word of a page, so answers are read from the
/// words given, with no allocation. The defaults are the shared reading:
/// English determiners and links (`the`, `a`, `of`), which every language
/// without its own words here reads.
pub(crate) trait Phrases: Sync {
    // ----- Name runs -----

    /// Whether capitalised `w` opening a sentence is a word of the language
    /// that opens it before a name, not part of one (German `Im`, French
    /// `Selon`), besides the function words every language shares.
    fn opens_sentence(&self, _w: &str) -> bool {
        false
    }

    /// Whether `w`, a one-word run opening a sentence, is capitalised only
    /// because it opens it and names no one (English `Officials said`).
    fn names_no_one_at_start(&self, _w: &str) -> bool {
        false
    }

    /// Whether a run whose last word is `last` ends before the name word
    /// `next` (French `à l’AFP Paul Mercier`: a name after its article ends there).
    fn ends_run(&self, _last: &str, _next: &str) -> bool {
        false
    }

    /// Whether the lower-case words after token `j`, up to name word `k`, join
    /// the two into one name (German articles do only after `von`: `Ursula von
    /// der Leyen`, not `Angaben der Polizei`).
    fn particles_join(&self, _text: &str, _tokens: &[Token], _j: usize, _k: usize) -> bool {
        true
    }

    /// Splits or retitles `runs[from..]`, the runs just found in one stretch
    /// of capitalised words (`au Parisien Jean Dupont`, `M. Dupont`, German
    /// `der Präsident George Bush`).
    fn split_runs(&self, _text: &str, _tokens: &[Token], _runs: &mut Vec<NameRun>, _from: usize) {}

    // ----- Speaker phrases -----

    /// Whether the one-word run at token `k` is a noun in a speaker phrase,
    /// not a name (`la Ministra`, German `der Student`).
    fn run_is_noun(&self, _text: &str, _tokens: &[Token], _k: usize) -> bool {
        false
    }

    /// The part word `w` (`lower` in lower case), token `k` of `reader`'s
    /// paragraph and no name, plays in a speaker phrase; `None` leaves it to
    /// the shared reading (role nouns, lower-case modifiers). By default the
    /// English determiners and links (`lang/en/phrases.rs`).
    fn word_part(&self, _reader: &Reader, _k: usize, _w: &str, lower: &str) -> Option<Part> {
        super::lang::en::phrases::part(lower)
    }

    /// Whether word `lower` (in lower case) joins a place to the head before it
    /// in a subject read backward from its verb (English `officials in Kabul
    /// said`, `the woman on the bridge said`), though it joins nothing read
    /// forward after a cue (`said the mayor in a statement`). By default the
    /// English ones (`lang/en/phrases.rs`).
    fn subject_link(&self, lower: &str) -> bool {
        super::lang::en::phrases::subject_link(lower)
    }

    /// Whether word `w` is a personal pronoun that may stand for a speaker.
    fn pronoun(&self, w: &str) -> bool {
        is(&PRONOUNS, w)
    }

    /// Whether a modifier after `parts` ends a phrase read forward (German
    /// adjectives come before their noun; `dijo Paredes ayer`).
    fn modifier_ends(&self, _parts: &[(usize, Part)]) -> bool {
        false
    }

    /// Whether determiner `w` after a head continues the phrase read forward
    /// (German only in the genitive: `ein Sprecher der Stadt`, not `… den Bericht`).
    fn determiner_continues(&self, _w: &str) -> bool {
        true
    }

    /// Whether a name run in a phrase's complement is a noun, not a speaker
    /// (German, which capitalises every noun: `der Sprecher von Siemens`).
    fn complement_runs_are_nouns(&self) -> bool {
        false
    }

    /// Whether a name right after a link that follows a role is the role's
    /// complement, not who speaks (English `a lawyer for Tom Bell`; not where
    /// a party runs into the name, Spanish `el diputado de Convergencia Social
    /// Diego Ibáñez`).
    fn role_complement_is_another(&self) -> bool {
        false
    }

    /// The noun after an article written into it (`avocat` of `l’avocat`), if
    /// the language elides its articles and `w` has one.
    fn elided_article<'w>(&self, _w: &'w str) -> Option<&'w str> {
        None
    }

    /// Whether determiner `det` and noun `noun`, the whole phrase, refer to
    /// someone named before (German `der Anwalt`, `die Kanzlerin`).
    fn noun_refers_back(&self, _det: &str, _noun: &str) -> bool {
        false
    }

    /// Whether a definite role or body with head `head` refers to someone
    /// named before, besides the shared ones (`le ministre`, `le ministère`).
    fn role_refers_back(&self, _head: &str) -> bool {
        false
    }

    /// Whether `w` names a document that holds words (`le projet de loi`).
    fn is_document(&self, _w: &str) -> bool {
        false
    }
}

/// The phrases of a grammar that says nothing of its own: every default.
struct SharedPhrases;

impl Phrases for SharedPhrases {}
