//! German attributions. The finite verb comes second in a main clause and last
//! in a subordinate one, and whatever opens the sentence decides where the
//! subject is:
//! - `Die Kanzlerin sagte: „…“`: the subject opens the sentence;
//! - `Am Dienstag sagte Gingrich: „…“`, `„…“, begründet das Gericht`: something
//!   else does, and the subject follows the verb (after `sich` and any dative
//!   object: `sagte dem Spiegel der Minister`);
//! - `Wie der Richter ausführte, …`: a subordinate clause, its subject right
//!   after the conjunction;
//! - `Merkel hatte in einer Rede verkündet`: a participle speaks through the
//!   subject of its auxiliary;
//! - `Nach Angaben der Polizei …`, `laut X`, `„…“, so X`, `heißt es in X`: a
//!   source named without a verb.

pub(in crate::core::attribution) mod grammar;

use crate::core::attribution::{Ctx, Found, MarkedQuote, Np, NpKind, Para, Phrase, PhraseKind};
use crate::core::lexicon::{
    GERMAN_AUXILIARIES, GERMAN_DETERMINERS, GERMAN_FUNCTION_WORDS, GERMAN_OBLIQUE, GERMAN_OPENERS,
    GERMAN_PREPOSITIONS, GERMAN_SUBORDINATORS, PRONOUNS, is,
};
use crate::core::mentions::{EntityKind, Registry, RunKind, name_words};
use crate::core::span::{Span, any_contains};
use crate::core::text::is_cue_at;

/// Nouns of `nach Angaben X`, `nach den Worten X`: what a source said.
const ACCORDING_NOUNS: &[&str] = &[
    "angaben",
    "worten",
    "aussagen",
    "aussage",
    "ansicht",
    "meinung",
    "einschätzung",
    "auffassung",
    "darstellung",
    "informationen",
    "schätzungen",
    "berechnungen",
    "überzeugung",
    "ankündigung",
    "darstellungen",
    "bericht",
    "berichten",
    "erkenntnissen",
    "auskunft",
    "mitteilung",
    "einschätzungen",
    "schätzung",
    "ansichten",
    "vorstellungen",
];

/// Verbs in the subjunctive that reports speech (Konjunktiv I).
const SUBJUNCTIVE: &[&str] = &[
    "sei",
    "seien",
    "habe",
    "werde",
    "könne",
    "müsse",
    "solle",
    "dürfe",
    "wolle",
    "möge",
    "gebe",
    "stehe",
    "bestehe",
    "lebe",
    "liege",
    "gehe",
    "komme",
    "wisse",
    "brauche",
    "drohe",
    "fehle",
    "gelte",
    "bleibe",
    "handle",
    "handele",
    "zeige",
    "führe",
    "trage",
    "sehe",
    "stelle",
    "mache",
    "hätte",
    "hätten",
    "wäre",
    "wären",
    "würde",
    "würden",
    "weise",
    "richte",
    "bedeute",
    "benötige",
    "verfüge",
    "erfordere",
    "enthalte",
    "entspreche",
    "erhalte",
    "lasse",
    "lege",
    "reiche",
    "setze",
    "spreche",
    "verstoße",
    "zähle",
    "ziele",
    "befinde",
    "betreffe",
    "gehöre",
    "heiße",
    "kenne",
    "nehme",
    "passe",
    "plane",
    "stimme",
    "treffe",
    "tue",
    "verliere",
    "halte",
    "kämen",
    "käme",
    "gäbe",
    "ginge",
    "müssten",
    "könnten",
    "dürften",
    "bestünde",
    "stünde",
    "hieße",
    "verfolge",
    "versuche",
    "arbeite",
];

/// Separable reporting verbs: the finite forms of the verb, and the particle
/// that ends its clause (`wies … als „haltlos“ zurück`, `stellte … fest`).
const SEPARABLE_CUES: &[(&str, &str)] = &[
    ("wies weist wiesen weisen", "zurück hin"),
    ("gab gibt gaben geben", "an bekannt zu"),
    ("merkte merkt merkten", "an"),
    ("stellte stellt stellten stellen", "fest klar heraus dar"),
    ("hielt hält hielten", "fest entgegen"),
    ("machte macht machten", "klar"),
    ("hob hebt hoben", "hervor"),
    ("strich streicht strichen", "hervor heraus"),
    ("führte führt führten", "aus"),
    ("sprach spricht sprachen", "aus"),
    ("sicherte sichert sicherten", "zu"),
    ("wandte wandten", "ein"),
    ("warf wirft warfen", "vor"),
    ("schlug schlägt schlugen", "vor"),
    ("lehnte lehnt lehnten", "ab"),
    ("stritt streitet stritten", "ab"),
    ("legte legt legten", "dar"),
    ("fuhr fährt fuhren", "fort"),
    ("ging geht gingen gehen", "davon-aus"),
    ("nahm nimmt nahmen", "Stellung"),
];

/// Nouns for what was said, before words in marks that are someone's (`die
/// Bezeichnung „…“`, `mit den Worten: „…“`); other nouns there name a title or a
/// thing (`die Kapsel „Dragon“`, `Motto: „…“`).
const SPEECH_NOUNS: &[&str] = &[
    "worte",
    "worten",
    "wort",
    "satz",
    "sätze",
    "aussage",
    "aussagen",
    "bezeichnung",
    "parole",
    "vorwurf",
    "vorwürfe",
    "forderung",
    "frage",
    "antwort",
    "appell",
    "warnung",
    "kritik",
    "zitat",
    "botschaft",
    "feststellung",
    "behauptung",
    "erklärung",
    "stellungnahme",
    "entscheidung",
    "ansicht",
    "meinung",
    "einschätzung",
    "urteil",
    "mitteilung",
    "meldung",
    "angaben",
    "ausruf",
    "zwischenruf",
    "passus",
    "formulierung",
    "beschreibung",
];

/// Nouns for a work or a name (the ends of compounds: `Erstwerk`,
/// `Arbeitstitel`): words in marks after one are its title, whatever their case.
const TITLE_NOUNS: &[&str] = &[
    "werk",
    "buch",
    "film",
    "roman",
    "album",
    "titel",
    "lied",
    "song",
    "stück",
    "oper",
    "serie",
    "sendung",
    "show",
    "name",
    "namen",
    "thema",
    "motto",
    "slogan",
    "codename",
    "codenamen",
    "überschrift",
    "schlagzeile",
    "kampagne",
    "projekt",
    "single",
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

/// Whether `w` (lower case) is a plural noun for people: `Meteorologen`,
/// `Experten`, `Demonstranten`, `Rechtsextremisten`.
fn person_plural(w: &str) -> bool {
    [
        "ologen", "isten", "anten", "enten", "experten", "kritiker", "ärzte", "forscher",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// Texts that say things: the ends of German nouns for them (`Grundgesetz`,
/// `Abschlussbericht`, `Gesetzentwurf`).
const DOCUMENT_HEADS: &[&str] = &[
    "stellungnahme",
    "gesetz",
    "bericht",
    "entwurf",
    "studie",
    "vertrag",
    "resolution",
    "urteil",
    "erklärung",
    "papier",
    "dokument",
    "schreiben",
    "mitteilung",
    "gutachten",
    "programm",
    "verordnung",
    "richtlinie",
    "beschluss",
    "antrag",
    "kommentar",
    "leitartikel",
];

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

/// Conjunctions that may stand before a sentence's first constituent.
const CONJUNCTIONS: &[&str] = &["und", "aber", "doch", "denn", "oder", "sondern"];

impl Ctx<'_> {
    fn de_word(&self, para: &Para, k: usize) -> &str {
        para.tokens.get(k).map_or("", |t| t.text(self.text))
    }

    /// Whether token `k` is a reporting verb: a cue word, or the finite verb of a
    /// separable one whose particle ends its clause (`wies der Sprecher den
    /// Bericht als „falsch“ zurück`).
    pub(in crate::core::attribution) fn german_cue_at(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens;
        if is_cue_at(self.text, t, k) {
            return true;
        }
        let w = self.de_word(para, k);
        let Some(&(_, particles)) = SEPARABLE_CUES
            .iter()
            .find(|(forms, _)| forms.split(' ').any(|f| f == w))
        else {
            return false;
        };
        // The particle is the last word before the clause's punctuation (quotation
        // marks do not end it).
        // (Or the sentence's, past an apposition's commas: `nahm der Minister,
        // Christian Wulff, zu der Frage Stellung.`)
        let limit = t.len().min(k + 40);
        let clause = |stops: &[&str]| {
            (k + 1..limit)
                .find(|&j| stops.contains(&t[j].text(self.text)))
                .unwrap_or(limit)
        };
        let ends = [
            clause(&[",", ".", ";", ":", "!", "?", "(", ")"]),
            clause(&[".", ";", ":", "!", "?"]),
        ];
        // (`davon-aus`: `ging … davon aus`.)
        ends.iter().any(|&end| {
            (k + 1..end)
                .rev()
                .find(|&j| t[j].is_word())
                .is_some_and(|j| {
                    particles.split(' ').any(|p| match p.split_once('-') {
                        Some((before, p)) => {
                            p == t[j].text(self.text)
                                && j > k + 1
                                && t[j - 1].text(self.text) == before
                        }
                        None => p == t[j].text(self.text),
                    })
                })
        })
    }

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
        let w = |k: usize| self.de_word(para, k);
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
            if let Some(np) = self.np_forward(para, after, hi) {
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
        if f < finite && !clause_first && self.opens_with_subject(para, f) {
            let np = self.vorfeld_subject(para, f, finite)?;
            return Some(self.object_first(para, np, hi).unwrap_or(np));
        }
        self.german_subject_after(para, after, hi)
    }

    /// `Die Kritik wies die Landesregierung zurück`, `Jegliche Schuld weist
    /// Hartmann von sich`: a first phrase that names no one (`Kritik`) is the
    /// object when a person or body follows the verb after it: that is the subject.
    fn object_first(&self, para: &Para, np: Np, hi: usize) -> Option<Np> {
        let t = &para.tokens;
        // The head: the first noun (`Das Nobelkomitee im norwegischen Oslo`).
        let head_at = (np.first..=np.last)
            .find(|&k| {
                t[k].is_word()
                    && !is(&GERMAN_DETERMINERS, self.de_word(para, k))
                    && self
                        .de_word(para, k)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            })
            .unwrap_or(np.last);
        let head = self.de_word(para, head_at).to_lowercase();
        let described = match np.kind {
            NpKind::Definite | NpKind::Unnamed => true,
            // (`Jegliche Verantwortung`: an adjective opening the sentence.)
            NpKind::Name(r) => {
                let run = &para.runs[r];
                let first = self.de_word(para, run.first).to_lowercase();
                run.last == run.first + 1
                    && ["liche", "ische", "ige", "ene"]
                        .iter()
                        .any(|e| first.ends_with(e))
            }
            NpKind::Pronoun => false,
        };
        // (An acronym names a body: `Die CCE`.)
        let acronym = self
            .de_word(para, head_at)
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
                    .de_word(para, k)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        };
        let v = (np.end + 1..hi.min(np.end + 16)).find(|&k| {
            lower(k)
                && !lower(k - 1)
                && t[k - 1].is_word()
                && !is(&GERMAN_DETERMINERS, self.de_word(para, k))
                && !is(&GERMAN_PREPOSITIONS, self.de_word(para, k))
                && !is(&GERMAN_FUNCTION_WORDS, self.de_word(para, k))
        })?;
        let after = para.first_from(self.cue_span(para, v).end);
        self.german_subject_after(para, after, hi)
            .filter(|s| match s.kind {
                NpKind::Name(r) => para.runs[r].kind != RunKind::Unknown || s.first == after,
                NpKind::Pronoun => false,
                NpKind::Definite | NpKind::Unnamed => {
                    agent_noun(&self.de_word(para, s.last).to_lowercase())
                }
            })
    }

    /// `Der Ermittler, der als Zeuge gilt, will … einstellen: „…“`: a sentence
    /// in tokens `lo..colon` that introduces a quotation speaks through its
    /// subject, whatever its verb.
    pub(in crate::core::attribution) fn german_colon(
        &self,
        para: &Para,
        lo: usize,
        colon: usize,
    ) -> Option<Found> {
        if let Some(found) = self.german_stands_in(para, lo, colon) {
            return Some(found);
        }
        let np = self.sentence_subject(para, lo, colon)?;
        Some(Found {
            np: Some(np),
            cue: Some(para.tokens[colon].span),
            confidence: 0.6,
            last: np.end,
        })
    }

    /// The subject of the main clause in tokens `lo..hi`: the phrase opening it,
    /// or the one after its verb when something else opens it (`So hatte der
    /// Minister … zugesichert`, `Als …, ist Rechtsanwalt S. begeistert`).
    fn sentence_subject(&self, para: &Para, lo: usize, hi: usize) -> Option<Np> {
        let t = &para.tokens;
        let f = self.vorfeld(para, lo);
        if f >= hi {
            return None;
        }
        // A finite verb: an auxiliary, a cue, or a lower-case word with a verb's
        // ending (not `kurz` in `Noch kurz vor der Wahl war …`).
        let finite_verb = |k: usize| {
            let w = self.de_word(para, k);
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
                            && (is(&GERMAN_DETERMINERS, self.de_word(para, k - 1))
                                || is(&GERMAN_PREPOSITIONS, self.de_word(para, k - 1)))))
        };
        // A lower-case word right after a noun ends a phrase before the verb:
        // the verb (`Im Kongress warb Obama`), unless it is a determiner,
        // preposition or function word.
        let after_noun = |k: usize| {
            let w = self.de_word(para, k);
            // (Right after an adverb opening the sentence, only before a subject:
            // `Dabei griff sie`, not `Noch kurz vor der Wahl`.)
            let after_adverb = k == f + 1
                && is(&GERMAN_OPENERS, self.de_word(para, f))
                && !is(&GERMAN_PREPOSITIONS, self.de_word(para, f))
                && !is(&GERMAN_DETERMINERS, self.de_word(para, f))
                && t.get(k + 1).is_some_and(|n| {
                    let n = n.text(self.text);
                    is(&PRONOUNS, n)
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
                        && !is(&PRONOUNS, n.text(self.text))
                });
            // (A name's initial ends in a full stop: `Dennis S. kommt`.)
            let initial = k > 1
                && t[k - 1].is_punct('.')
                && t[k - 2].is_word()
                && t[k - 2].span.end == t[k - 1].span.start
                && self.de_word(para, k - 2).chars().count() == 1
                && self.de_word(para, k - 2).chars().all(char::is_uppercase);
            let noun_before = t[k - 1].is_word()
                && self
                    .de_word(para, k - 1)
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
        if is(&GERMAN_SUBORDINATORS, self.de_word(para, f)) {
            // The main clause's verb follows the subordinate clause's comma: its
            // first word (`Als …, biss der Mann …`).
            let m = (f + 1..hi.saturating_sub(1)).find(|&m| {
                t[m].is_punct(',')
                    && (finite_verb(m + 1)
                        || t[m + 1].is_word()
                            && self
                                .de_word(para, m + 1)
                                .chars()
                                .next()
                                .is_some_and(char::is_lowercase)
                            && !is(&GERMAN_DETERMINERS, self.de_word(para, m + 1))
                            && !is(&GERMAN_PREPOSITIONS, self.de_word(para, m + 1))
                            && !is(&GERMAN_SUBORDINATORS, self.de_word(para, m + 1)))
            })?;
            return self.german_subject_after(para, m + 2, hi);
        }
        if self.opens_with_subject(para, f) {
            let np = self.vorfeld_subject(para, f, hi)?;
            return Some(self.object_first(para, np, hi).unwrap_or(np));
        }
        // One word or a short phrase, then the verb (`So hatte`, `Im Kongress warb`).
        // (An auxiliary, a cue or a word after a noun first; a weak ending, as in
        // `zusammen` or `weiteren`, only if there is none.)
        let strong = |k: usize| {
            let w = self.de_word(para, k);
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
    fn vorfeld_subject(&self, para: &Para, f: usize, finite: usize) -> Option<Np> {
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
    fn vorfeld(&self, para: &Para, lo: usize) -> usize {
        let t = &para.tokens;
        let lower = |k: usize| self.de_word(para, k).to_lowercase();
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
    fn opens_with_subject(&self, para: &Para, f: usize) -> bool {
        let w = self.de_word(para, f);
        if is(&PRONOUNS, w) {
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

    /// The subject after a verb that ends before token `k`: `sagte der Minister`,
    /// `äußerte sich Navarro-Valls`, `sagte dem Spiegel der Minister`.
    pub(in crate::core::attribution) fn german_subject_after(
        &self,
        para: &Para,
        mut k: usize,
        hi: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        let w = |k: usize| self.de_word(para, k);
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
                || is(&GERMAN_FUNCTION_WORDS, word) && !is(&PRONOUNS, word) && t[k].is_word()
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
    fn german_nominative(&self, para: &Para, k: usize, hi: usize) -> Option<Np> {
        if k >= hi || !self.opens_with_subject(para, k) {
            return None;
        }
        // A title in marks after its article (`schreibt die „Computerwoche“`).
        let t = &para.tokens;
        if is(&GERMAN_DETERMINERS, self.de_word(para, k))
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
        if alone
            && matches!(
                self.de_word(para, k),
                "dieser" | "diese" | "Dieser" | "Diese"
            )
        {
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
            .filter(|np| np.first == k || is(&GERMAN_DETERMINERS, self.de_word(para, k)))
    }

    /// `in der Erklärung`, `auf der Webseite X`, `von Seiten des Ministeriums`:
    /// the source after a preposition at token `k`.
    fn german_source_after(&self, para: &Para, k: usize, hi: usize) -> Option<Np> {
        if k >= hi || !is(&GERMAN_PREPOSITIONS, self.de_word(para, k)) {
            return None;
        }
        let mut k = k + 1;
        // `von Seiten des Ministeriums`
        if k < hi && self.de_word(para, k) == "Seiten" {
            k += 1;
        }
        self.np_forward(para, k, hi)
    }

    /// A cue later in the sentence of a quoted fragment, with its subject:
    /// `Seine Werke werden von Musikkennern als „Meilensteine“ bezeichnet`,
    /// `Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen`.
    pub(in crate::core::attribution) fn german_cue_later(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Found> {
        let close = q.close?;
        if q.first_paragraph != q.last_paragraph {
            return None;
        }
        let para = &self.paras[q.first_paragraph];
        let lo = para.first_from(para.clause_start(q.open.start, prev_close));
        let c = para.token_at(close.start)?;
        let t = &para.tokens;
        // (Past a coordinated quotation: `Von „…“ oder „…“ sprechen Medien`.)
        let coordinated = next_open.is_some_and(|n| {
            let between = para.first_from(close.end)..para.first_from(n);
            between.len() == 1 && matches!(t[between.start].text(self.text), "und" | "oder")
        });
        let next_open = next_open.filter(|_| !coordinated);
        let hi = para.first_from(para.clause_end(close.end, next_open));
        let cue = (c + 1..hi).find(|&k| is_cue_at(self.text, t, k))?;
        // `von Musikkennern … bezeichnet`: the agent of a passive.
        // (The one nearest the quotation: `die Gefahr von Bränden wird vom
        // Wetterdienst als „…“ eingestuft`.)
        let o = para.token_at(q.open.start).unwrap_or(cue);
        let agent = (lo..o.min(cue))
            .rev()
            .find(|&k| matches!(t[k].text(self.text), "von" | "vom"))
            .and_then(|k| self.np_forward(para, k + 1, o.min(cue)));
        let np = agent
            .or_else(|| self.german_subject(para, cue, lo, hi))
            .filter(|np| !q.outer().contains(np.span))?;
        // `Begriffe wie „Gamer“`, `so genannte „Experten“`: a term, not words.
        let o = para.token_at(q.open.start)?;
        let naming = o > 0
            && matches!(
                t[o - 1].text(self.text),
                "wie" | "sogenannte" | "sogenannten" | "genannte" | "genannten" | "namens"
            );
        if naming {
            return None;
        }
        Some(Found {
            np: Some(np),
            cue: Some(t[cue].span),
            confidence: 0.5,
            last: np.end,
        })
    }

    /// `In dem Entwurf steht der Passus: „…“`, `In der Zeitung fand sich die
    /// Feststellung „…“`: the text where the words stand, in tokens `lo..o`.
    pub(in crate::core::attribution) fn german_stands_in(
        &self,
        para: &Para,
        lo: usize,
        o: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        // `ein Zettel, auf dem geschrieben stand: „…“`: the thing a relative
        // clause with the verb hangs on.
        let relative = (lo + 1..o.saturating_sub(2)).find(|&k| {
            t[k - 1].is_punct(',')
                && matches!(self.de_word(para, k), "auf" | "in")
                && matches!(self.de_word(para, k + 1), "dem" | "der" | "denen")
        });
        if let Some(k) = relative {
            let stands = (k + 2..o).any(|v| matches!(self.de_word(para, v), "steht" | "stand"));
            let thing = stands
                .then(|| self.np_backward(para, k - 1, lo))
                .flatten()
                .filter(|np| np.end + 2 == k);
            if let Some(np) = thing {
                return Some(Found {
                    np: Some(np),
                    cue: Some(t[k].span),
                    confidence: 0.55,
                    last: np.end,
                });
            }
        }
        // `Darin steht: „…“`: the text named in the sentence before.
        if lo > 0
            && matches!(self.de_word(para, lo), "Darin" | "Dort")
            && lo + 1 < o
            && matches!(
                self.de_word(para, lo + 1),
                "steht" | "stand" | "heißt" | "hieß"
            )
        {
            let start = para.first_from(para.clause_start(t[lo - 1].span.start, None));
            let text = (start..lo).rev().find_map(|k| {
                is(&GERMAN_DETERMINERS, self.de_word(para, k))
                    .then(|| self.np_forward(para, k, lo))
                    .flatten()
                    .filter(|np| {
                        let head = self.de_word(para, np.last).to_lowercase();
                        DOCUMENT_HEADS.iter().any(|d| head.ends_with(d))
                    })
            });
            if let Some(np) = text {
                return Some(Found {
                    np: Some(np),
                    cue: Some(t[lo + 1].span),
                    confidence: 0.55,
                    last: np.end,
                });
            }
        }
        // (`findet sich`, not `findet … statt`.)
        let v = (lo..o).find(|&k| match self.de_word(para, k) {
            "steht" | "stand" => true,
            "findet" | "fand" => t.get(k + 1).is_some_and(|n| n.text(self.text) == "sich"),
            _ => false,
        })?;
        // (A text: `im Entwurf`, `in der Zeitung`; not `im Zentrum`.)
        let text_noun = |np: &Np| {
            let head = self.de_word(para, np.last).to_lowercase();
            DOCUMENT_HEADS
                .iter()
                .chain(&[
                    "zeitung", "blatt", "magazin", "meldung", "text", "artikel", "blog",
                ])
                .any(|d| head.ends_with(d))
        };
        let (_, np) = (lo..o)
            .filter(|&k| matches!(self.de_word(para, k).to_lowercase().as_str(), "in" | "im"))
            .find_map(|k| {
                self.german_source_after(para, k, o)
                    .filter(text_noun)
                    .map(|np| (k, np))
            })?;
        Some(Found {
            np: Some(np),
            cue: Some(t[v].span),
            confidence: 0.6,
            last: np.end,
        })
    }

    /// `…, und der Ministerpräsident X: „…“`: a person's name right before the
    /// colon, opening a list item (after `und` or a comma), in tokens `lo..o`.
    pub(in crate::core::attribution) fn german_list_label(
        &self,
        para: &Para,
        lo: usize,
        o: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        if o < lo + 3 || !t[o - 1].is_punct(':') {
            return None;
        }
        let r = para.run_at.get(o - 2).copied().flatten()?;
        let run = &para.runs[r];
        if run.last != o - 2 || run.kind != RunKind::Person {
            return None;
        }
        // Back over the description before the name (`der norwegische
        // Ministerpräsident`) to the list's `und` or comma.
        let mut k = run.first;
        while k > lo
            && k + 5 > run.first
            && t[k - 1].is_word()
            && !matches!(self.de_word(para, k - 1), "und" | "sowie")
        {
            k -= 1;
        }
        let item = k > lo
            && (t[k - 1].is_punct(',') || matches!(self.de_word(para, k - 1), "und" | "sowie"));
        let listed = item && (lo..k).any(|j| t[j].is_punct(','));
        listed.then(|| {
            let np = self.name_np(para, r);
            Found {
                np: Some(np),
                cue: Some(t[o - 1].span),
                confidence: 0.7,
                last: np.end,
            }
        })
    }

    /// Who passed the words on (`X zitiert Y mit den Worten: „…“`, `„…“, zitiert
    /// die Zeitung Y`, `Y wird von der Zeitung X zitiert:`, `Y kommentierte laut
    /// X: „…“`): the outlet that quotes the speaker, in the quotation's sentence
    /// (or the one before a colon that introduces it).
    pub(in crate::core::attribution) fn german_medium(
        &self,
        q: &MarkedQuote,
        next_open: Option<usize>,
    ) -> Option<Span> {
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        let t = &para.tokens;
        // (From the sentence's start, past a title in marks: `wird von der
        // „Zeitung“ zitiert: „…“`.)
        let lo = para.first_from(para.clause_start(q.open.start, None));
        let end = q.close.map_or(q.open.end, |c| c.end);
        let hi = if q.first_paragraph == q.last_paragraph {
            para.first_from(para.clause_end(end, next_open))
        } else {
            o
        };
        let outer = q.outer();
        let outside = |k: usize| !outer.contains(t[k].span);
        for k in (lo..hi).filter(|&k| outside(k)) {
            let w = self.de_word(para, k);
            if matches!(w, "zitiert" | "zitierte" | "zitierten") {
                // Passive: `wird von der Zeitung X zitiert`, `wird in einer Erklärung zitiert`.
                let passive = (lo..k).rev().take(15).find(|&a| {
                    outside(a)
                        && matches!(
                            self.de_word(para, a),
                            "wird" | "wurde" | "werden" | "wurden"
                        )
                });
                if let Some(a) = passive {
                    let source = (a + 1..k).find_map(|p| {
                        matches!(self.de_word(para, p), "von" | "vom" | "in" | "im")
                            .then(|| {
                                self.german_nominative(para, p + 1, k)
                                    .or_else(|| self.np_forward(para, p + 1, k))
                            })
                            .flatten()
                    });
                    if let Some(np) = source {
                        return Some(np.span);
                    }
                    continue;
                }
                // Active, after the quotation: `„…“, zitiert die Zeitung X`.
                if k > o {
                    let after = para.first_from(self.cue_span(para, k).end);
                    let np = self.german_subject_after(para, after, hi)?;
                    return Some(np.span);
                }
                // Active, before it: `Die Zeitung X zitiert Y mit den Worten:`.
                let f = self.vorfeld(para, lo);
                if f < k && self.opens_with_subject(para, f) {
                    return self.vorfeld_subject(para, f, k).map(|np| np.span);
                }
                return None;
            }
            // `kommentierte die Entscheidung laut „X“ mit folgenden Worten:`
            if w == "laut" && k < o && k > lo && (lo..k).any(|c| self.german_cue_at(para, c)) {
                let np = self
                    .german_nominative(para, k + 1, o)
                    .or_else(|| self.np_forward(para, k + 1, o));
                if let Some(np) = np {
                    return Some(np.span);
                }
            }
        }
        None
    }

    /// Whether quote `q` is a short title after its article (`die „Zeit“`).
    pub(in crate::core::attribution) fn german_title_after_article(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let Some(o) = para.token_at(q.open.start) else {
            return false;
        };
        let content = q.parts.first().map_or("", |p| p.get(self.text));
        o > 0
            && is(&GERMAN_DETERMINERS, self.de_word(para, o - 1))
            && content.split_whitespace().count() <= 4
            && content.chars().next().is_some_and(char::is_uppercase)
            && !content.trim_end().ends_with(['.', '!', '?', ','])
            // (Every longer word capitalised: not `einen „Angriff gegen die …“`.)
            && content
                .split_whitespace()
                .filter(|w| w.chars().count() > 3)
                .all(|w| !w.chars().next().is_some_and(char::is_lowercase))
    }

    /// Whether quote `q` holds a name or a title, not words: after a noun for a
    /// thing (`die Raumkapsel „Dragon“`, `Motto: „…“`, `Codenamen „…“`) or after
    /// `genannt` (`der Angeklagte, genannt „…“`), and short, without a sentence's
    /// final punctuation.
    pub(in crate::core::attribution) fn german_name_in_marks(&self, q: &MarkedQuote) -> bool {
        let para = &self.paras[q.first_paragraph];
        let Some(mut o) = para.token_at(q.open.start) else {
            return false;
        };
        let content = q.parts.first().map_or("", |p| p.get(self.text)).trim_end();
        let words = q
            .parts
            .iter()
            .map(|p| p.get(self.text).split_whitespace().count())
            .sum::<usize>();
        // (Titles may be longer than the fragments taken for names below.)
        if words > 14 || content.ends_with(['.', '!', '?']) {
            return false;
        }
        let t = &para.tokens;
        let colon = o > 0 && t[o - 1].is_punct(':');
        // (Wiki markup writes marks as two apostrophes: `''La Nacion''`.)
        while o > 0 && t[o - 1].text(self.text) == "'" && t[o].text(self.text) == "'" {
            o -= 1;
        }
        let c = q
            .close
            .filter(|_| q.first_paragraph == q.last_paragraph)
            .and_then(|c| para.token_at(c.start));
        let after = c.and_then(|c| t.get(c + 1)).map(|n| n.text(self.text));
        let title_like = content.chars().next().is_some_and(char::is_uppercase);
        // `(„Bewegung für ein besseres Ungarn“)`: a gloss of the name before it.
        if o > 0 && t[o - 1].is_punct('(') && after == Some(")") {
            return true;
        }
        // `„Der Titel“ von Anna Weber`: a work and its author.
        if title_like
            && after == Some("von")
            && c.and_then(|c| t.get(c + 2)).is_some_and(|n| {
                n.text(self.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
        {
            return true;
        }
        // `„Tranquility“ ist ein Projekt der ESA`: a name opening a definition.
        let opens = o == 0 || para.ends.contains(&t[o - 1].span.end);
        if opens
            && title_like
            && words <= 4
            && matches!(after, Some("ist" | "war"))
            && c.and_then(|c| t.get(c + 2))
                .is_some_and(|n| is(&GERMAN_DETERMINERS, n.text(self.text)))
        {
            return true;
        }
        // `…, zitiert „BBC News“ aus …`: a name as the subject after a cue.
        if title_like
            && words <= 4
            && o > 1
            && is_cue_at(self.text, t, o - 1)
            && t[o - 2].is_punct(',')
        {
            return true;
        }
        while o > 0 && matches!(t[o - 1].text(self.text), ":" | "(") {
            o -= 1;
        }
        let Some(b) = o.checked_sub(1) else {
            return false;
        };
        let w = self.de_word(para, b);
        if matches!(
            w,
            "genannt" | "genannte" | "genannten" | "sogenannte" | "sogenannten" | "namens"
        ) && words <= 6
        {
            return true;
        }
        let title_noun = |k: usize| {
            let n = self.de_word(para, k).to_lowercase();
            t[k].is_word()
                && n.chars().next().is_some()
                && self
                    .de_word(para, k)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && TITLE_NOUNS.iter().any(|s| n.ends_with(s))
        };
        // `Der Name lautet „…“`, `Das Thema lautete „…“`.
        if matches!(w, "lautet" | "lautete" | "heißt" | "hieß")
            && (b.saturating_sub(5)..b).any(&title_noun)
        {
            return true;
        }
        // `ihr literarisches Erstwerk: „…“`, `der Film „…“`.
        if title_noun(b) {
            return true;
        }
        // `Den Namen der Sendung gab das ZDF bekannt: „…“`, `Sein erstes Werk
        // entstand 1970: „…“`: a clause about a title, then the title.
        let sentence = para.first_from(para.clause_start(q.open.start, None));
        if colon && (sentence.max(b.saturating_sub(10))..b).any(&title_noun) {
            return true;
        }
        if words > 6 {
            return false;
        }
        // A common noun: capitalised, after a determiner or adjective, or in a
        // parenthesis's label (`(Motto: „…“)`).
        let noun = t[b].is_word()
            && w.chars().next().is_some_and(char::is_uppercase)
            && (crate::core::mentions::after_german_determiner(self.text, t, b)
                || b > 0 && t[b - 1].is_punct('('));
        // (And the marks hold a title: every longer word capitalised.)
        let title = !content
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
            && content
                .split_whitespace()
                .filter(|w| w.chars().count() > 3)
                .all(|w| !w.chars().next().is_some_and(char::is_lowercase));
        noun && title && !SPEECH_NOUNS.contains(&w.to_lowercase().as_str())
    }

    /// A person (a name or a personal pronoun), a body after `als`, or a text
    /// that is the subject of the sentence of fragment `q`, before the fragment.
    /// Only for words that open in lower case (`„sehr ergiebigen Niederschlägen“`)
    /// or hold some: a title or a name in marks opens with a capital.
    /// (A subject whose verb is in the subjunctive is someone else's report:
    /// that speaker is found before it.)
    pub(in crate::core::attribution) fn german_fragment_subject(
        &self,
        q: &MarkedQuote,
        registry: &Registry,
    ) -> Option<Found> {
        let content = q.parts.first().map_or("", |p| p.get(self.text));
        let lower = content
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase);
        // (Or a phrase with a lower-case word in it: `„Angriff gegen die Belegschaft“`.)
        let phrase = content
            .split_whitespace()
            .skip(1)
            .any(|w| w.chars().count() > 3 && w.chars().next().is_some_and(char::is_lowercase));
        if !lower && !phrase {
            return None;
        }
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        let lo = para.first_from(para.clause_start(q.open.start, None));
        let np = self.sentence_subject(para, lo, o)?;
        // (`X feierte die Absage als „…“`: whoever calls something so.)
        let als = o > 0 && self.de_word(para, o - 1) == "als";
        // (A text speaks too: `Das Grundgesetz erlaubt das nur „…“`.)
        let document = !matches!(np.kind, NpKind::Pronoun)
            && DOCUMENT_HEADS
                .iter()
                .any(|d| self.de_word(para, np.last).to_lowercase().ends_with(d));
        let person = self.is_german_person(para, np, registry)
            || als && !matches!(np.kind, NpKind::Pronoun)
            || document;
        // `Er werde „…“ aushandeln`, `Demnach sei er „…“`: the subject's own verb
        // is in the subjunctive.
        let t = &para.tokens;
        let subjunctive = |k: usize| SUBJUNCTIVE.contains(&t[k].text(self.text));
        let reported =
            np.end + 1 < o && subjunctive(np.end + 1) || np.first > lo && subjunctive(np.first - 1);
        (person && np.end < o && !reported).then_some(Found {
            np: Some(np),
            cue: None,
            confidence: 0.4,
            last: np.end,
        })
    }

    /// The person (a name or er/sie) who is the subject of the sentence right
    /// before quote `q`, in its paragraph, when that sentence holds no quotation.
    pub(in crate::core::attribution) fn german_previous_subject(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        registry: &Registry,
    ) -> Option<Found> {
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        let t = &para.tokens;
        if o == 0 || !matches!(t[o - 1].text(self.text), "." | "!") {
            return None;
        }
        let lo = para.first_from(para.clause_start(t[o - 1].span.start, None));
        if prev_close.is_some_and(|c| c > t[lo].span.start) {
            return None;
        }
        let np = self.sentence_subject(para, lo, o - 1)?;
        self.is_german_person(para, np, registry).then_some(Found {
            np: Some(np),
            cue: None,
            confidence: 0.45,
            last: np.end,
        })
    }

    /// Whether phrase `np` names a person: er or sie, or a name the text gives a person.
    fn is_german_person(&self, para: &Para, np: Np, registry: &Registry) -> bool {
        match np.kind {
            NpKind::Pronoun => matches!(self.de_word(para, np.first), "er" | "sie" | "Er" | "Sie"),
            NpKind::Name(r) => {
                let run = &para.runs[r];
                run.kind == RunKind::Person
                    || run.kind == RunKind::Unknown
                        && (registry
                            .find(&name_words(run.name.get(self.text)))
                            .is_some_and(|e| registry.entities[e].kind == EntityKind::Person)
                            // (`Meteorologen`, `Rechtsextremisten`: nouns for people.)
                            || person_plural(&run.name.get(self.text).to_lowercase()))
            }
            _ => false,
        }
    }

    /// Whether the sentence of quote `q`, outside its marks, has a verb in the
    /// subjunctive of reported speech (`sei`, `habe`, `werde`).
    pub(in crate::core::attribution) fn german_reported_mood(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> bool {
        let para = &self.paras[q.first_paragraph];
        let lo = para.first_from(para.clause_start(q.open.start, prev_close));
        let end = q.close.map_or(q.open.end, |c| c.end);
        let hi = para.first_from(para.clause_end(end, next_open));
        let outer = q.outer();
        (lo..hi).any(|k| {
            let t = para.tokens[k];
            !outer.contains(t.span) && SUBJUNCTIVE.contains(&t.text(self.text))
        })
    }

    /// The speaker of the nearest German attribution of reported speech before
    /// quote `q` (`Künast sagte, es müsse …`, `X betonte, dass …`, `erklärte
    /// Johnson, …`, `…, sagt der Anwalt.`), outside the quotations (`quoted`,
    /// sorted): in the quote's sentence; else the subject of the cue of the
    /// sentence before it (`X sprach sich gegen Y aus. Zwar sei …`); else
    /// further back in its paragraph or the one before.
    pub(in crate::core::attribution) fn german_last_speaker(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        quoted: &[Span],
    ) -> Option<Np> {
        let para = &self.paras[q.first_paragraph];
        let sentence = para.first_from(para.clause_start(q.open.start, None));
        let o = para.first_from(q.open.start);
        if let Some(np) = self.reporting_subject(para, sentence, o, prev_close, true, quoted) {
            return Some(np);
        }
        if let Some(np) = self.previous_sentence_subject(q, quoted) {
            return Some(np);
        }
        let first = q.first_paragraph.saturating_sub(1);
        for pi in (first..=q.first_paragraph).rev() {
            let para = &self.paras[pi];
            let end = if pi == q.first_paragraph {
                sentence
            } else {
                para.tokens.len()
            };
            let current = pi == q.first_paragraph;
            if let Some(np) = self.reporting_subject(para, 0, end, prev_close, current, quoted) {
                return Some(np);
            }
        }
        None
    }

    /// The subject of the nearest reporting cue in tokens `lo..end` of `para`
    /// (after `prev_close`, when `current`, the quote's paragraph).
    fn reporting_subject(
        &self,
        para: &Para,
        lo: usize,
        end: usize,
        prev_close: Option<usize>,
        current: bool,
        quoted: &[Span],
    ) -> Option<Np> {
        let t = &para.tokens;
        let reporting = (lo..end).rev().filter(|&c| {
            self.german_cue_at(para, c)
                && prev_close.is_none_or(|pc| t[c].span.start > pc || !current)
                && !any_contains(quoted, t[c].span)
        });
        for c in reporting {
            let lo = para.first_from(para.clause_start(t[c].span.start, None));
            let hi = para.first_from(para.clause_end(t[c].span.end, None));
            // `…, sagt der Anwalt.`: the verb after the reported clause, its subject after it.
            if c > lo && t[c - 1].is_punct(',') {
                let after = para.first_from(self.cue_span(para, c).end);
                if let Some(np) = self.german_subject_after(para, after, hi) {
                    return Some(np);
                }
                continue;
            }
            // The reporting clause ends in a comma or colon soon after the verb.
            let stop = (c + 1..hi.min(c + 10)).find(|&k| !t[k].is_word());
            let reports = stop.is_some_and(|k| t[k].is_punct(',') || t[k].is_punct(':'));
            if !reports {
                continue;
            }
            if let Some(np) = self.german_subject(para, c, lo, hi) {
                return Some(np);
            }
        }
        None
    }

    /// The subject of the cue (or `so X`) of the sentence right before quote
    /// `q`'s, if that sentence holds no quotation longer than a title.
    fn previous_sentence_subject(&self, q: &MarkedQuote, quoted: &[Span]) -> Option<Np> {
        let para = &self.paras[q.first_paragraph];
        let start = para.clause_start(q.open.start, None);
        let (para, end) = if start > para.span.start {
            (para, start)
        } else {
            let p = &self.paras[q.first_paragraph.checked_sub(1)?];
            (p, p.span.end)
        };
        let t = &para.tokens;
        let hi = para.first_from(end);
        let lo = para.first_from(para.clause_start(end.saturating_sub(1), None));
        if lo >= hi
            // (A title in marks there is no quotation: `„The Independent“`.)
            || (lo..hi)
                .filter(|&k| t[k].is_word() && any_contains(quoted, t[k].span))
                .count()
                > 4
        {
            return None;
        }
        match (lo..hi).find(|&c| self.german_cue_at(para, c)) {
            Some(c) => self.german_subject(para, c, lo, hi),
            // `Doch sei es, so der Autor X, …`
            None => self.german_according(para, lo, hi).and_then(|f| f.np),
        }
    }

    /// `Nach Angaben der Polizei …: „…“`, `Laut dem Sprecher …`: a source named
    /// without a verb, in tokens `lo..o`.
    pub(in crate::core::attribution) fn german_according(
        &self,
        para: &Para,
        lo: usize,
        o: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        let w = |k: usize| self.de_word(para, k).to_lowercase();
        for a in lo..o {
            let (cue_end, from) = match w(a).as_str() {
                "nach" => {
                    let mut n = a + 1;
                    if n < o && matches!(w(n).as_str(), "den" | "der" | "eigenen" | "ersten") {
                        n += 1;
                    }
                    if n >= o || !ACCORDING_NOUNS.contains(&w(n).as_str()) {
                        continue;
                    }
                    // `Nach Ansicht von X`
                    let from = if n + 1 < o && w(n + 1) == "von" {
                        n + 2
                    } else {
                        n + 1
                    };
                    (n, from)
                }
                "laut" | "gemäß" | "seitens" => (a, a + 1),
                // `Demnach sei er „…“`, `die Sichtweise X, wonach es „…“ gebe`: the
                // adverb stands for the source named before, as a pronoun does.
                "demnach" | "wonach" if a == lo || t[a - 1].is_punct(',') => {
                    let np = self.np(
                        para,
                        Phrase {
                            first: a,
                            last: a,
                            end: a,
                            kind: PhraseKind::Pronoun,
                        },
                    );
                    return Some(Found {
                        np: Some(np),
                        cue: Some(t[a].span),
                        confidence: 0.6,
                        last: a,
                    });
                }
                // `Auf den Vorwurf der CDU, es handele sich um „…“`: a noun for
                // words, its source in the genitive, then what was said.
                "vorwurf" | "vorwürfe" | "kritik" | "forderung" | "behauptung" | "warnung"
                | "einschätzung" | "äußerung" | "aussage"
                    if a + 1 < o && matches!(w(a + 1).as_str(), "der" | "des") =>
                {
                    // (Not a time: `die Kritik der letzten Monate`.)
                    let np = self
                        .np_forward(para, a + 1, o)
                        .filter(|np| t.get(np.end + 1).is_some_and(|n| n.is_punct(',')))
                        .filter(|np| {
                            !matches!(
                                w(np.last).as_str(),
                                "monate"
                                    | "jahre"
                                    | "wochen"
                                    | "tage"
                                    | "jahres"
                                    | "monats"
                                    | "woche"
                                    | "zeit"
                                    | "vergangenheit"
                                    | "jahrzehnte"
                            )
                        });
                    if let Some(np) = np {
                        return Some(Found {
                            np: Some(np),
                            cue: Some(t[a].span),
                            confidence: 0.7,
                            last: np.end,
                        });
                    }
                    continue;
                }
                // `Dem Bericht zufolge …`: the source before the postposition.
                // (A verb's subject comes first: `sagte die Kanzlerin Teilnehmern zufolge`.)
                "zufolge" => {
                    if (lo..a).any(|k| is_cue_at(self.text, t, k)) {
                        continue;
                    }
                    let np = self.np_backward(para, a, lo).filter(|np| np.end + 1 == a);
                    if let Some(np) = np {
                        return Some(Found {
                            np: Some(np),
                            cue: Some(t[a].span),
                            confidence: 0.8,
                            last: a,
                        });
                    }
                    continue;
                }
                // `…, die, so das Innenministerium, immer wieder …`
                "so" if a > lo && t[a - 1].is_punct(',') => (a, a + 1),
                _ => continue,
            };
            let np = self
                .np_forward(para, from, o)
                // (`so X, …` or `so X in einem Interview, …`.)
                .filter(|np| {
                    w(a) != "so"
                        || t.get(np.end + 1).is_some_and(|n| {
                            n.is_punct(',')
                                || matches!(n.text(self.text), "in" | "im" | "auf" | "gegenüber")
                        })
                });
            if let Some(np) = np {
                return Some(Found {
                    np: Some(np),
                    cue: Some(Span::new(t[a].span.start, t[cue_end].span.end)),
                    confidence: 0.8,
                    last: np.end,
                });
            }
        }
        None
    }

    /// A German attribution right after a quote, from token `k`: `„…“, sagte
    /// er`, `„…“, begründet das Gericht` (the quote is the verb's object and
    /// opens the sentence, so any verb there speaks through the subject after
    /// it), `„…“, so X`, `„…“, heißt es in X`.
    /// `vorfeld`: the quote opens its sentence and a comma follows it.
    pub(in crate::core::attribution) fn german_after(
        &self,
        para: &Para,
        k: usize,
        hi: usize,
        vorfeld: bool,
    ) -> Option<Found> {
        let t = &para.tokens;
        // (The quote may end the paragraph: nothing follows it.)
        if k >= t.len() {
            return None;
        }
        let word = self.de_word(para, k);
        // `„…“ (Konrad-Adenauer-Stiftung).`: a source in parentheses.
        // (Only after a whole quotation that opens its sentence: `„Name“ (ABK)`
        // spells out a name.)
        if word == "(" {
            let whole = vorfeld || k > 1 && matches!(t[k - 2].text(self.text), "." | "!" | "?");
            if !whole {
                return None;
            }
            let r = para.run_at.get(k + 1).copied().flatten()?;
            let run = &para.runs[r];
            if run.first != k + 1 || !t.get(run.last + 1).is_some_and(|c| c.is_punct(')')) {
                return None;
            }
            let np = self.name_np(para, r);
            return Some(Found {
                np: Some(np),
                cue: Some(t[k].span),
                confidence: 0.75,
                last: run.last + 1,
            });
        }
        // `„…“, so charakterisierte ihn X`: `so` before a verb opens the clause.
        if word == "so" && k + 1 < hi && self.german_cue_at(para, k + 1) {
            let np = self.german_subject_after(para, k + 2, hi)?;
            return Some(Found {
                np: Some(np),
                cue: Some(t[k + 1].span),
                confidence: 0.85,
                last: np.end,
            });
        }
        if matches!(word, "so" | "laut") {
            let np = self.np_forward(para, k + 1, hi)?;
            return Some(Found {
                np: Some(np),
                cue: Some(t[k].span),
                confidence: 0.85,
                last: np.end,
            });
        }
        if matches!(word, "heißt" | "hieß")
            && t.get(k + 1).is_some_and(|n| n.text(self.text) == "es")
        {
            let np = self.german_source_after(para, k + 2, hi)?;
            return Some(Found {
                np: Some(np),
                cue: Some(Span::new(t[k].span.start, t[k + 1].span.end)),
                confidence: 0.75,
                last: np.end,
            });
        }
        let cue = is_cue_at(self.text, t, k);
        // `„…“, hatte VW-Chef Winterkorn in einem Interview erklärt.`
        // (`…, wird X zitiert` after any quotation.)
        let quoted_passive = is(&GERMAN_AUXILIARIES, word)
            && (k + 1..hi).any(|j| matches!(t[j].text(self.text), "zitiert"));
        if (vorfeld || quoted_passive) && is(&GERMAN_AUXILIARIES, word) {
            let np = self.german_subject_after(para, k + 1, hi)?;
            let participle = (np.end + 1..hi).find(|&j| is_cue_at(self.text, t, j))?;
            return Some(Found {
                np: Some(np),
                cue: Some(t[participle].span),
                confidence: 0.8,
                last: np.end,
            });
        }
        let verb = vorfeld
            && t[k].is_word()
            && word.chars().next().is_some_and(char::is_lowercase)
            && !is(&GERMAN_FUNCTION_WORDS, word)
            && !is(&GERMAN_PREPOSITIONS, word)
            && !is(&GERMAN_DETERMINERS, word);
        if !cue && !verb {
            return None;
        }
        let after = if cue {
            para.first_from(self.cue_span(para, k).end)
        } else {
            k + 1
        };
        let np = self.german_subject_after(para, after, hi)?;
        // `„…“, zitiert die Zeitung X`: who is quoted is the name after the source.
        let quoted = matches!(word, "zitiert" | "zitierte")
            .then(|| para.run_at.get(np.end + 1).copied().flatten())
            .flatten()
            .filter(|&r| para.runs[r].first == np.end + 1 && para.runs[r].kind != RunKind::Org)
            .map(|r| self.name_np(para, r));
        let np = quoted.unwrap_or(np);
        Some(Found {
            np: Some(np),
            cue: Some(t[k].span),
            confidence: if cue { 0.9 } else { 0.75 },
            last: np.end,
        })
    }
}

#[cfg(test)]
#[path = "../../tests/german.rs"]
mod tests;
