//! German subjects: before the finite verb, after it when something else
//! opens the sentence, after a subordinate clause's conjunction, and the
//! sources named without a verb after a quotation.

use crate::core::attribution::{Ctx, Np, NpKind, Para, Phrase, PhraseKind};
use crate::core::lexicon::{
    GERMAN_AUXILIARIES, GERMAN_DETERMINERS, GERMAN_FUNCTION_WORDS, GERMAN_OBLIQUE, GERMAN_OPENERS,
    GERMAN_PREPOSITIONS, GERMAN_PRONOUNS, GERMAN_SUBORDINATORS, is,
};
use crate::core::mentions::RunKind;
use crate::core::text::is_cue_at;

/// Conjunctions that may stand before a sentence's first constituent.
const CONJUNCTIONS: &[&str] = &["und", "aber", "doch", "denn", "oder", "sondern"];

/// Particles that may stand before a subject in the first position.
const FOCUS_PARTICLES: &[&str] = &[
    "auch",
    "selbst",
    "sogar",
    "nur",
    "gerade",
    "ebenso",
    "ebenfalls",
];

/// Whether German noun `w` (lower case) names a person or a body that can
/// speak: `Minister`, `Sprecherin`, `Landesregierung`, `Gewerkschaft`.
fn agent_noun(w: &str) -> bool {
    const ENDS: &str = "er in ent ant ist or chef tär eur oge at walt arzt ende te mann frau
        experte kollege zeuge regierung ministerium partei verband gericht polizei behörde
        kommission fraktion gewerkschaft stiftung zeitung agentur union amt institut universität
        unternehmen konzern bank firma gruppe organisation vereinigung bund anwaltschaft rat
        ausschuss senat parlament koalition opposition verwaltung leitung führung team verein
        grünen linke nato uno hof komitee gremium staat land stadt gemeinde kirche vatikan
        schule klinik sender";
    // (Plurals and genitives too: `Initiatoren`, `Ministers`.)
    let stems = [
        Some(w),
        w.strip_suffix("en"),
        w.strip_suffix('n'),
        w.strip_suffix('s'),
    ];
    stems
        .into_iter()
        .flatten()
        .any(|w| ENDS.split_whitespace().any(|e| w.ends_with(e)))
}

/// Whether German noun `w` is feminine by its ending (`Polizei`, `Zeitung`,
/// `Kommission`, `Ministerin`; not `Verein`, `Termin`).
fn feminine_noun(w: &str) -> bool {
    let w = w.to_lowercase();
    ["ung", "ei", "heit", "keit", "schaft", "ion", "tät"]
        .iter()
        .any(|e| w.ends_with(e))
        && !w.ends_with("pion")
        || w.ends_with("in") && !w.ends_with("ein") && !w.ends_with("ain") && w.chars().count() > 5
}

impl Ctx<'_> {
    /// The speaker of the German cue verb at token `c`, in the sentence that
    /// starts at token `lo` and whose attribution ends before token `hi`.
    pub(in crate::core::attribution) fn german_subject(
        &self,
        para: &Para,
        c: usize,
        lo: usize,
        hi: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        let w = |k: usize| self.word(para, k);
        // `In der Erklärung heißt es: „…“`, `heißt es auf der Webseite X`.
        if matches!(w(c), "heißt" | "hieß" | "hieße")
            && t.get(c + 1).is_some_and(|n| n.text(self.text) == "es")
        {
            return self.german_source_after(para, c + 2, hi).or_else(|| {
                let f = self.vorfeld(para, lo);
                (f < c && is(&GERMAN_PREPOSITIONS, w(f)))
                    .then(|| self.np_forward(para, f + 1, c))
                    .flatten()
            });
        }
        // A verb coordinated with the main clause's shares its subject (`…, ist
        // Rechtsanwalt S. begeistert und schreibt auf Facebook:`).
        if c > lo + 1 && matches!(w(c - 1), "und" | "oder" | "sowie") {
            if let Some(np) = self.sentence_subject(para, lo, c - 1) {
                return Some(np);
            }
        }
        // A subordinate clause ending in the cue (and its auxiliary):
        // `wie X mitteilte`, `, die X … erklärt hatte:`.
        let mut end = c + 1;
        if end < hi && is(&GERMAN_AUXILIARIES, w(end)) {
            end += 1;
        }
        let clause_final = end >= t.len() || !t[end].is_word();
        if clause_final {
            // (An auxiliary is the finite verb only for a cue that ends its clause:
            // `Merkel hatte in einer Rede verkündet:`, not `Als … war, sagte er:`.)
            // (Not when the main clause's auxiliary follows a comma before the
            // cue: `Wie die Zeitung berichtete, soll X gesagt haben:`.)
            let conjunction = (lo..c)
                .rev()
                .find(|&k| (k == lo || t[k - 1].is_punct(',')) && is(&GERMAN_SUBORDINATORS, w(k)))
                .filter(|&s| {
                    !(s + 1..c).any(|m| {
                        t[m].is_punct(',') && m + 1 < c && is(&GERMAN_AUXILIARIES, w(m + 1))
                    })
                });
            // (`wie sich Tauss ausdrückte`: past a reflexive.)
            if let Some(s) = conjunction {
                let k = if w(s + 1) == "sich" { s + 2 } else { s + 1 };
                return self.german_nominative(para, k, c);
            }
            // A relative clause with a name for its subject: `die Marke, die
            // Gerhard Schröder zum Kriterium erklärt hatte:`.
            let relative = (lo..c).rev().find(|&k| {
                k > lo
                    && t[k - 1].is_punct(',')
                    && matches!(
                        w(k),
                        "die" | "der" | "das" | "den" | "dem" | "denen" | "welche"
                    )
            });
            if let Some(r) = relative {
                // (After the pronoun the run reads as an article's noun; two
                // words with no organisation's word are a person, titled or not.)
                let named = para.run_at.get(r + 1).copied().flatten().filter(|&n| {
                    let run = &para.runs[n];
                    run.first == r + 1
                        && run.last > run.first
                        && (run.first..=run.last).all(|k| !crate::core::lexicon::is_org_word(w(k)))
                });
                if let Some(n) = named {
                    return Some(self.name_np(para, n));
                }
                // `die Rhetorik des Verbandes, die die Gefahr einer „…“ beschwören`:
                // the pronoun is the subject, and stands for what it follows.
                let own = t.get(r + 1).is_some_and(|n| {
                    is(&GERMAN_DETERMINERS, n.text(self.text))
                        || n.text(self.text)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                });
                // (A plain clause up to its verb, and the phrase right before its comma.)
                // (Not a passive: `eine Erklärung, die … veröffentlicht wurde` says nothing.)
                let plain = (r + 1..c).all(|k| !t[k].is_punct(',') && !t[k].is_punct(':'))
                    && !(r + 1..(c + 3).min(t.len()))
                        .any(|k| matches!(w(k), "wurde" | "wurden" | "wird" | "werden" | "worden"));
                if own && plain {
                    let np = self
                        .np_backward(para, r - 1, lo)
                        .filter(|np| np.end + 2 == r && !matches!(np.kind, NpKind::Pronoun));
                    if let Some(np) = np {
                        return Some(np);
                    }
                }
            }
        }
        // A main clause: the finite verb is the cue or an auxiliary before it.
        let aux = clause_final
            .then(|| (lo..c).rev().find(|&k| is(&GERMAN_AUXILIARIES, w(k))))
            .flatten();
        let finite = aux.unwrap_or(c);
        let after = if aux.is_some() {
            finite + 1
        } else {
            para.first_from(self.cue_span(para, c).end)
        };
        // `X zitierte Papandreou mit den Worten: „…“`: who is quoted is the object.
        if aux.is_none() && matches!(w(c), "zitiert" | "zitierte" | "zitierten") {
            if let Some(np) = self.german_quoted_object(para, lo, c, after, hi) {
                return Some(np);
            }
        }
        // A personal pronoun right after the verb is its subject (`Deren Haltung
        // bezeichnete er als „…“`).
        if after < hi && matches!(w(after), "er" | "ich" | "wir") {
            return self.german_nominative(para, after, hi);
        }
        // A name in an apposition right before the verb (`…, die Sprecherin der
        // Fraktion, Sandra Boser (Grüne), erklärte:`).
        if finite > lo + 2 && t[finite - 1].is_punct(',') {
            // (Past a parenthesis: `Sandra Boser (Grüne),`.)
            let mut e = finite - 2;
            if t[e].is_punct(')') {
                if let Some(open) = (lo..e).rev().take(8).find(|&m| t[m].is_punct('(')) {
                    e = open.saturating_sub(1);
                }
            }
            let named = para
                .run_at
                .get(e)
                .copied()
                .flatten()
                .filter(|&r| para.runs[r].last == e && para.runs[r].kind == RunKind::Person);
            if let Some(r) = named {
                return Some(self.name_np(para, r));
            }
        }
        // Main clauses joined by a comma: the subject right before the verb after
        // the last comma (`…, Trainer Weber bezeichnete sie als „…“`).
        if let Some(j) = (lo..finite).rev().find(|&j| t[j].is_punct(',')) {
            let np = self
                .german_nominative(para, j + 1, finite)
                .filter(|np| np.end + 1 == finite)
                .filter(|np| match np.kind {
                    NpKind::Name(_) => true,
                    NpKind::Pronoun => matches!(w(np.first), "er" | "sie"),
                    _ => !t
                        .get(np.first + 1)
                        .is_some_and(|n| is(&GERMAN_DETERMINERS, n.text(self.text))),
                });
            if let Some(np) = np {
                // (An apposition without its closing comma: `Stephen Singer, ein
                // Experte erklärte` is Singer.)
                let described =
                    !matches!(np.kind, NpKind::Name(_)) || is(&GERMAN_DETERMINERS, w(j + 1));
                let named = (j > lo && described)
                    .then(|| para.run_at.get(j - 1).copied().flatten())
                    .flatten()
                    .filter(|&r| para.runs[r].last == j - 1 && para.runs[r].kind != RunKind::Org);
                return Some(named.map_or(np, |r| self.name_np(para, r)));
            }
        }
        let f = self.vorfeld(para, lo);
        // A subordinate clause before the verb (`Wie CBS berichtet, gab …`) is no subject.
        let clause_first =
            f < finite && is(&GERMAN_SUBORDINATORS, w(f)) && t[finite - 1].is_punct(',');
        if f < finite
            && !clause_first
            && self.opens_with_subject(para, f)
            && !self.opens_with_feminine_dative(para, f)
        {
            let np = self.vorfeld_subject(para, f, finite)?;
            return Some(self.object_first(para, np, hi).unwrap_or(np));
        }
        self.german_subject_after(para, after, hi)
    }

    /// `Ein Zitat des Trainers`, `Die Worte von Lea Horn`, `Seine Worte`: a
    /// phrase in tokens before `hi` whose head is a noun for words said names
    /// no speaker; the one it says they are (its genitive, its `von`, its
    /// possessive) does.
    pub(super) fn whose_words(&self, para: &Para, np: Np, hi: usize) -> Option<Np> {
        let t = &para.tokens;
        let w = |k: usize| self.word(para, k);
        let head = (np.first..=np.last).find(|&k| {
            t[k].is_word()
                && !is(&GERMAN_DETERMINERS, w(k))
                && w(k).chars().next().is_some_and(char::is_uppercase)
        })?;
        if !super::marks::SPEECH_NOUNS.contains(&w(head).to_lowercase().as_str()) {
            return None;
        }
        // `Seine Worte`, `Ihre Antwort`: the possessive stands for the speaker.
        let possessive = head > np.first
            && matches!(
                w(np.first).to_lowercase().as_str(),
                "sein"
                    | "seine"
                    | "seinen"
                    | "seiner"
                    | "seines"
                    | "ihr"
                    | "ihre"
                    | "ihren"
                    | "ihrer"
                    | "ihres"
            );
        if possessive {
            return Some(self.np(
                para,
                Phrase {
                    first: np.first,
                    last: np.first,
                    end: np.first,
                    kind: PhraseKind::Pronoun,
                },
            ));
        }
        // `des Trainers`, `der Ministerin`, `von Lea Horn`, `vom Verband`.
        let k = (head + 1..hi.min(head + 3)).find(|&k| t[k].is_word())?;
        let owner = match w(k) {
            "des" | "der" => self.np_forward(para, k, hi),
            "von" | "vom" => self.np_forward(para, k + 1, hi),
            _ => None,
        }?;
        let speaks = match owner.kind {
            NpKind::Name(_) | NpKind::Pronoun => true,
            NpKind::Definite | NpKind::Unnamed => agent_noun(&w(owner.last).to_lowercase()),
        };
        speaks.then_some(owner)
    }

    /// The object of `zitiert` at token `c`, which starts at or after token
    /// `after`: past adverbs and prepositional phrases (`zitiert dazu X`,
    /// `zitierte am Montag X`), and past the subject when something else opens
    /// the sentence (`Am Montag zitierte das Blatt X`).
    fn german_quoted_object(
        &self,
        para: &Para,
        lo: usize,
        c: usize,
        after: usize,
        hi: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        let w = |k: usize| self.word(para, k);
        let f = self.vorfeld(para, lo);
        let inverted = f < c
            && (!self.opens_with_subject(para, f) || self.opens_with_feminine_dative(para, f));
        let mut k = after;
        let mut subject = inverted;
        for _ in 0..6 {
            if k >= hi || !t[k].is_word() {
                return None;
            }
            let word = w(k);
            if is(&GERMAN_PREPOSITIONS, word) && !is(&GERMAN_DETERMINERS, word) {
                // (`am Montag`, `in einem Bericht`: the phrase after a preposition.)
                k = self
                    .np_forward(para, k + 1, hi)
                    .map_or(k + 2, |np| np.end + 1);
                continue;
            }
            let adverb = word.chars().next().is_some_and(char::is_lowercase)
                && !is(&GERMAN_DETERMINERS, word)
                && !is(&GERMAN_PRONOUNS, word)
                && !matches!(word, "ihn" | "sie" | "ihm" | "ihr" | "ihnen");
            if adverb {
                k += 1;
                continue;
            }
            let np = self.np_forward(para, k, hi)?;
            if subject {
                subject = false;
                k = np.end + 1;
                continue;
            }
            return Some(np);
        }
        None
    }

    /// `Die Kritik wies die Landesregierung zurück`, `Jegliche Schuld weist
    /// Hartmann von sich`: a first phrase that names no one (`Kritik`) is the
    /// object when a person or body follows the verb after it: that is the subject.
    pub(in crate::core::attribution) fn object_first(
        &self,
        para: &Para,
        np: Np,
        hi: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        // The head: the first noun (`Das Nobelkomitee im norwegischen Oslo`).
        let head_at = (np.first..=np.last)
            .find(|&k| {
                t[k].is_word()
                    && !is(&GERMAN_DETERMINERS, self.word(para, k))
                    && self
                        .word(para, k)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            })
            .unwrap_or(np.last);
        let head = self.word(para, head_at).to_lowercase();
        let described = match np.kind {
            NpKind::Definite | NpKind::Unnamed => true,
            // (`Jegliche Verantwortung`: an adjective opening the sentence.)
            NpKind::Name(r) => {
                let run = &para.runs[r];
                let first = self.word(para, run.first).to_lowercase();
                run.last == run.first + 1
                    && ["liche", "ische", "ige", "ene"]
                        .iter()
                        .any(|e| first.ends_with(e))
            }
            NpKind::Pronoun => false,
        };
        // (An acronym names a body: `Die CCE`.)
        let acronym = self
            .word(para, head_at)
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        if !described || agent_noun(&head) || acronym {
            return None;
        }
        // The verb: the first lower-case word after a noun, past the phrase's
        // complements (`Jegliche Schuld für die Affäre weist …`).
        let lower = |k: usize| {
            t[k].is_word()
                && self
                    .word(para, k)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        };
        let v = (np.end + 1..hi.min(np.end + 16)).find(|&k| {
            lower(k)
                && !lower(k - 1)
                && t[k - 1].is_word()
                && !is(&GERMAN_DETERMINERS, self.word(para, k))
                && !is(&GERMAN_PREPOSITIONS, self.word(para, k))
                && !is(&GERMAN_FUNCTION_WORDS, self.word(para, k))
        })?;
        let after = para.first_from(self.cue_span(para, v).end);
        self.german_subject_after(para, after, hi)
            .filter(|s| match s.kind {
                NpKind::Name(r) => para.runs[r].kind != RunKind::Unknown || s.first == after,
                NpKind::Pronoun => false,
                NpKind::Definite | NpKind::Unnamed => {
                    agent_noun(&self.word(para, s.last).to_lowercase())
                }
            })
    }

    /// The subject of the main clause in tokens `lo..hi`: the phrase opening it,
    /// or the one after its verb when something else opens it (`So hatte der
    /// Minister … zugesichert`, `Als …, ist Rechtsanwalt S. begeistert`).
    pub(in crate::core::attribution) fn sentence_subject(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        let f = self.vorfeld(para, lo);
        if f >= hi {
            return None;
        }
        // A finite verb: an auxiliary, a cue, or a lower-case word with a verb's
        // ending (not `kurz` in `Noch kurz vor der Wahl war …`).
        let finite_verb = |k: usize| {
            let w = self.word(para, k);
            t[k].is_word()
                && (is(&GERMAN_AUXILIARIES, w)
                    || is_cue_at(self.text, t, k)
                    || w.chars().next().is_some_and(char::is_lowercase)
                        && ["t", "te", "ten", "en"].iter().any(|e| w.ends_with(e))
                        && !is(&GERMAN_DETERMINERS, w)
                        && !is(&GERMAN_PREPOSITIONS, w)
                        && !is(&GERMAN_FUNCTION_WORDS, w)
                        // (Not an adjective after an article or preposition: `Bei weiteren`.)
                        && !(k > 0
                            && (is(&GERMAN_DETERMINERS, self.word(para, k - 1))
                                || is(&GERMAN_PREPOSITIONS, self.word(para, k - 1)))))
        };
        // A lower-case word right after a noun ends a phrase before the verb:
        // the verb (`Im Kongress warb Obama`), unless it is a determiner,
        // preposition or function word.
        let after_noun = |k: usize| {
            let w = self.word(para, k);
            // (Right after an adverb opening the sentence, only before a subject:
            // `Dabei griff sie`, not `Noch kurz vor der Wahl`.)
            let after_adverb = k == f + 1
                && is(&GERMAN_OPENERS, self.word(para, f))
                && !is(&GERMAN_PREPOSITIONS, self.word(para, f))
                && !is(&GERMAN_DETERMINERS, self.word(para, f))
                && t.get(k + 1).is_some_and(|n| {
                    let n = n.text(self.text);
                    is(&GERMAN_PRONOUNS, n)
                        || is(&GERMAN_DETERMINERS, n)
                        || n.chars().next().is_some_and(char::is_uppercase)
                });
            // (An adjective before its noun is no verb: `folgenden Kommentar`.)
            let adjective = ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
                && t.get(k + 1).is_some_and(|n| {
                    n.is_word()
                        && n.text(self.text)
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                        && !is(&GERMAN_PRONOUNS, n.text(self.text))
                });
            // (A name's initial ends in a full stop: `Dennis S. kommt`.)
            let initial = k > 1
                && t[k - 1].is_punct('.')
                && t[k - 2].is_word()
                && t[k - 2].span.end == t[k - 1].span.start
                && self.word(para, k - 2).chars().count() == 1
                && self.word(para, k - 2).chars().all(char::is_uppercase);
            let noun_before = t[k - 1].is_word()
                && self
                    .word(para, k - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                || initial;
            (k > f + 1 || after_adverb)
                && noun_before
                && !adjective
                && !w.ends_with("end")
                && t[k].is_word()
                && w.chars().next().is_some_and(char::is_lowercase)
                && !is(&GERMAN_DETERMINERS, w)
                && !is(&GERMAN_PREPOSITIONS, w)
                && !is(&GERMAN_FUNCTION_WORDS, w)
                && !is(&GERMAN_OPENERS, w)
                && !matches!(
                    w,
                    "zu" | "von"
                        | "vom"
                        | "nach"
                        | "bis"
                        | "zusammen"
                        | "gemeinsam"
                        | "samt"
                        | "rund"
                        | "etwa"
                        | "knapp"
                        | "mehr"
                        | "weniger"
                        | "sowie"
                )
        };
        if is(&GERMAN_SUBORDINATORS, self.word(para, f)) {
            // The main clause's verb follows the subordinate clause's comma: its
            // first word (`Als …, biss der Mann …`).
            let m = (f + 1..hi.saturating_sub(1)).find(|&m| {
                t[m].is_punct(',')
                    && (finite_verb(m + 1)
                        || t[m + 1].is_word()
                            && self
                                .word(para, m + 1)
                                .chars()
                                .next()
                                .is_some_and(char::is_lowercase)
                            && !is(&GERMAN_DETERMINERS, self.word(para, m + 1))
                            && !is(&GERMAN_PREPOSITIONS, self.word(para, m + 1))
                            && !is(&GERMAN_SUBORDINATORS, self.word(para, m + 1)))
            })?;
            return self.german_subject_after(para, m + 2, hi);
        }
        if self.opens_with_subject(para, f) && !self.opens_with_feminine_dative(para, f) {
            let np = self.vorfeld_subject(para, f, hi)?;
            return Some(self.object_first(para, np, hi).unwrap_or(np));
        }
        // One word or a short phrase, then the verb (`So hatte`, `Im Kongress warb`).
        // (An auxiliary, a cue or a word after a noun first; a weak ending, as in
        // `zusammen` or `weiteren`, only if there is none.)
        let strong = |k: usize| {
            let w = self.word(para, k);
            t[k].is_word()
                && (is(&GERMAN_AUXILIARIES, w) || is_cue_at(self.text, t, k) || after_noun(k))
        };
        let verb = (f + 1..hi.min(f + 20))
            .find(|&k| strong(k))
            .or_else(|| (f + 1..hi.min(f + 10)).find(|&k| finite_verb(k)))?;
        self.german_subject_after(para, verb + 1, hi)
    }

    /// The subject that opens a sentence at token `f`, its finite verb at
    /// `finite`: the phrase there, or the name in its apposition (`Der
    /// Gentechnik-Experte von Greenpeace, Martin Hoffstetter, wandte sich …`).
    pub(in crate::core::attribution) fn vorfeld_subject(
        &self,
        para: &Para,
        f: usize,
        finite: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        // What the phrase reader cannot read (`Einer der 13 beteiligten
        // Feuerwehrmänner`) is still who speaks, if short.
        // (`Der „Ermittlungsausschuss“, ein Gremium …`: a title after its article.)
        let titled = self
            .german_nominative(para, f, finite)
            .filter(|np| t.get(f + 1).is_some_and(|m| m.text(self.text) == "„") && np.end > f + 1);
        let Some(np) = titled.or_else(|| self.np_forward(para, f, finite)) else {
            return (finite - f <= 8).then(|| {
                self.np(
                    para,
                    Phrase {
                        first: f,
                        last: finite - 1,
                        end: finite - 1,
                        kind: PhraseKind::Unnamed,
                    },
                )
            });
        };
        if matches!(np.kind, NpKind::Pronoun) {
            return Some(np);
        }
        let comma = np.end + 1;
        let apposition = (comma < finite && t[comma].is_punct(','))
            .then(|| para.run_at.get(comma + 1).copied().flatten())
            .flatten()
            .filter(|&r| {
                let after = para.runs[r].last + 1;
                after == finite || t.get(after).is_some_and(|n| n.is_punct(','))
            });
        Some(apposition.map_or(np, |r| self.name_np(para, r)))
    }

    /// The first token of the sentence's first constituent: after a leading
    /// conjunction and any punctuation.
    pub(in crate::core::attribution) fn vorfeld(&self, para: &Para, lo: usize) -> usize {
        let t = &para.tokens;
        let lower = |k: usize| self.word(para, k).to_lowercase();
        let mut f = lo;
        while f < t.len() && (!t[f].is_word() || CONJUNCTIONS.contains(&lower(f).as_str())) {
            f += 1;
        }
        // A focus particle before a subject (`Auch die Delegationsleiterin …`).
        let particle = f + 1 < t.len()
            && FOCUS_PARTICLES.contains(&lower(f).as_str())
            && self.opens_with_subject(para, f + 1);
        if particle { f + 1 } else { f }
    }

    /// Whether the constituent at token `f` can be a subject: a pronoun, a
    /// determiner in the nominative, or a name; not a preposition, an adverb or
    /// an object (`Im Kongress`, `Hier`, `Ähnlich`, `Dem Spiegel`).
    pub(in crate::core::attribution) fn opens_with_subject(&self, para: &Para, f: usize) -> bool {
        let w = self.word(para, f);
        if is(&GERMAN_PRONOUNS, w) {
            return true;
        }
        if is(&GERMAN_OBLIQUE, w) || is(&GERMAN_PREPOSITIONS, w) {
            return false;
        }
        if is(&GERMAN_DETERMINERS, w) {
            // `Der englischsprachigen Zeitung sagte X`: `der` before an adjective
            // in `-en` is a dative or genitive (the nominative is `der neue …`).
            let oblique = w.eq_ignore_ascii_case("der")
                && para.tokens.get(f + 1).is_some_and(|n| {
                    let a = n.text(self.text);
                    n.is_word()
                        && a.ends_with("en")
                        && a.chars().next().is_some_and(char::is_lowercase)
                });
            return !oblique;
        }
        if is(&GERMAN_FUNCTION_WORDS, w) {
            return false;
        }
        let Some(r) = para.run_at.get(f).copied().flatten() else {
            return false;
        };
        // A lone capitalised adverb or adjective before the verb (`Ähnlich äußerte
        // sich …`, `Derzeit steht …`) is no name: the text writes it in lower case
        // elsewhere, or it ends like one.
        let run = &para.runs[r];
        let lower = w.to_lowercase();
        let adverb = run.first == run.last
            && ([
                "lich", "weise", "end", "ig", "isch", "mals", "ell", "iv", "bar",
            ]
            .iter()
            .any(|s| lower.ends_with(s))
                || self.written_in_lower_case(&lower));
        !adverb
    }

    /// Whether a main clause opens at token `f` with its dative (`Der Polizei
    /// schilderte die Zeugin …`, `Der Zeitung gegenüber sagte X`): `der` before
    /// a feminine noun (past adjectives), which is no nominative; the subject
    /// follows the verb. (Not in a subordinate clause, where `wie der Mitteilung
    /// zu entnehmen ist` names the source.)
    fn opens_with_feminine_dative(&self, para: &Para, f: usize) -> bool {
        let t = &para.tokens;
        self.word(para, f).eq_ignore_ascii_case("der")
            && (f + 1..t.len().min(f + 4))
                .take_while(|&k| t[k].is_word())
                .map(|k| self.word(para, k))
                .find(|a| a.chars().next().is_some_and(char::is_uppercase))
                .is_some_and(feminine_noun)
    }

    /// The subject after a verb that ends before token `k`: `sagte der Minister`,
    /// `äußerte sich Navarro-Valls`, `sagte dem Spiegel der Minister`.
    pub(in crate::core::attribution) fn german_subject_after(
        &self,
        para: &Para,
        mut k: usize,
        hi: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        let w = |k: usize| self.word(para, k);
        let mut skipped = 0;
        while k < hi && skipped < 4 {
            let word = w(k);
            // (Adverbs too: `hat sich etwa die Vorsitzende … ausgesprochen`.)
            let adverb = t[k].is_word()
                && word.chars().next().is_some_and(char::is_lowercase)
                && (is(&GERMAN_OPENERS, word) || matches!(word, "etwa" | "beispielsweise"))
                && !is(&GERMAN_DETERMINERS, word)
                && !is(&GERMAN_PREPOSITIONS, word)
                && !is(&GERMAN_SUBORDINATORS, word);
            if word == "sich"
                || adverb
                || is(&GERMAN_FUNCTION_WORDS, word) && !is(&GERMAN_PRONOUNS, word) && t[k].is_word()
            {
                k += 1;
                skipped += 1;
                continue;
            }
            // A dative or accusative object first (`sagt uns die Quelle`,
            // `sagte dem Spiegel der Minister`).
            if matches!(word, "ihm" | "ihn" | "ihnen" | "mir" | "uns" | "euch") {
                k += 1;
                skipped += 1;
                continue;
            }
            if is(&GERMAN_OBLIQUE, word) {
                let object = self.np_forward(para, k, hi)?;
                k = object.end + 1;
                skipped += 1;
                continue;
            }
            break;
        }
        self.german_nominative(para, k, hi)
    }

    /// The phrase at token `k`, if it opens there and can be a subject.
    pub(in crate::core::attribution) fn german_nominative(
        &self,
        para: &Para,
        k: usize,
        hi: usize,
    ) -> Option<Np> {
        if k >= hi || !self.opens_with_subject(para, k) {
            return None;
        }
        // A title in marks after its article (`schreibt die „Computerwoche“`).
        let t = &para.tokens;
        if is(&GERMAN_DETERMINERS, self.word(para, k))
            && t.get(k + 1)
                .is_some_and(|m| matches!(m.text(self.text), "„" | "»" | "\""))
        {
            let close = (k + 2..hi.min(k + 10))
                .find(|&m| matches!(t[m].text(self.text), "“" | "«" | "\"" | "”"))?;
            return (close > k + 2).then(|| {
                self.np(
                    para,
                    Phrase {
                        first: k,
                        last: close,
                        end: close,
                        kind: PhraseKind::Unnamed,
                    },
                )
            });
        }
        // A demonstrative standing alone (`sagte dieser, dass …`, `schreibt diese:`).
        let alone = para.tokens.get(k + 1).is_none_or(|n| !n.is_word());
        if alone && matches!(self.word(para, k), "dieser" | "diese" | "Dieser" | "Diese") {
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
        self.np_forward(para, k, hi)
            .filter(|np| np.first == k || is(&GERMAN_DETERMINERS, self.word(para, k)))
    }

    /// `in der Erklärung`, `auf der Webseite X`, `von Seiten des Ministeriums`:
    /// the source after a preposition at token `k`.
    pub(in crate::core::attribution) fn german_source_after(
        &self,
        para: &Para,
        k: usize,
        hi: usize,
    ) -> Option<Np> {
        if k >= hi || !is(&GERMAN_PREPOSITIONS, self.word(para, k)) {
            return None;
        }
        let mut k = k + 1;
        // `von Seiten des Ministeriums`
        if k < hi && self.word(para, k) == "Seiten" {
            k += 1;
        }
        self.np_forward(para, k, hi)
    }
}
