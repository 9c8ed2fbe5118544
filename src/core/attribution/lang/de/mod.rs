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

mod elsewhere;
pub(in crate::core::attribution) mod grammar;
pub(crate) mod lexicon;
mod marks;
mod phrases;
mod reported;
pub(in crate::core::attribution) mod rules;
mod subject;

use crate::core::attribution::{Ctx, Found, Np, Para, Phrase, PhraseKind};
use crate::core::lexicon::{
    GERMAN_AUXILIARIES, GERMAN_DETERMINERS, GERMAN_FUNCTION_WORDS, GERMAN_PREPOSITIONS, is,
};
use crate::core::mentions::RunKind;
use crate::core::span::Span;
use crate::core::text::is_cue_at;

/// Nouns of `nach Angaben X`, `nach den Worten X`: what a source said.
pub(super) const ACCORDING_NOUNS: &[&str] = &[
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

impl Ctx<'_> {
    /// Whether token `k` is a reporting verb: a cue word, or the finite verb of a
    /// separable one whose particle ends its clause (`wies der Sprecher den
    /// Bericht als „falsch“ zurück`).
    pub(in crate::core::attribution) fn german_cue_at(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens;
        if is_cue_at(self.text, t, k) {
            return true;
        }
        let w = self.word(para, k);
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
        // (`Ein Zitat des Trainers:`, `Seine Worte:`: whose the words are.)
        let np = self.whose_words(para, np, colon).unwrap_or(np);
        // The cue is the clause's finite verb (`sparte der Präsident nicht mit
        // Kritik: „…“`), the colon only when none is found.
        let cue = self
            .colon_verb(para, lo, np, colon)
            .map_or(para.tokens[colon].span, |v| para.tokens[v].span);
        self.found(&rules::COLON_CLAUSE, Some(np), Some(cue), np.end)
    }

    /// The finite verb of a clause in tokens `lo..colon` whose subject is
    /// `np`: after a subject that opens the sentence (`Die Ministerin wandte
    /// sich …`), else right before it, past a dative or `sich` (`Im Kongress
    /// warb Obama`, `Hier sparte der Präsident`).
    fn colon_verb(&self, para: &Para, lo: usize, np: Np, colon: usize) -> Option<usize> {
        let t = &para.tokens;
        let verb = |k: usize| {
            let w = self.word(para, k);
            t[k].is_word()
                && w.chars().next().is_some_and(char::is_lowercase)
                && (is(&GERMAN_AUXILIARIES, w)
                    || !(is(&GERMAN_DETERMINERS, w)
                        || is(&GERMAN_PREPOSITIONS, w)
                        || is(&GERMAN_FUNCTION_WORDS, w)
                        || is(&lexicon::GERMAN_PRONOUNS, w)
                        // (Not an adjective after its article: `Die ersten Worte`.)
                        || k > 0 && is(&GERMAN_DETERMINERS, self.word(para, k - 1))))
        };
        let f = self.vorfeld(para, lo);
        if np.first <= f || t[np.first - 1].is_punct(',') {
            // (Past an apposition's commas: `Der Vorsitzende, Jan Roth, dankte`.)
            (np.end + 1..colon.min(np.end + 8)).find(|&k| verb(k))
        } else {
            (np.first.saturating_sub(5).max(f + 1)..np.first)
                .rev()
                .find(|&k| verb(k))
        }
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
                && matches!(self.word(para, k), "auf" | "in")
                && matches!(self.word(para, k + 1), "dem" | "der" | "denen")
        });
        if let Some(k) = relative {
            let stands = (k + 2..o).any(|v| matches!(self.word(para, v), "steht" | "stand"));
            let thing = stands
                .then(|| self.np_backward(para, k - 1, lo))
                .flatten()
                .filter(|np| np.end + 2 == k);
            if let Some(np) = thing {
                if let Some(found) = self.found(
                    &rules::STANDS_IN_RELATIVE,
                    Some(np),
                    Some(t[k].span),
                    np.end,
                ) {
                    return Some(found);
                }
            }
        }
        // `Darin steht: „…“`: the text named in the sentence before.
        if lo > 0
            && matches!(self.word(para, lo), "Darin" | "Dort")
            && lo + 1 < o
            && matches!(
                self.word(para, lo + 1),
                "steht" | "stand" | "heißt" | "hieß"
            )
        {
            let start = para.first_from(para.clause_start(t[lo - 1].span.start, None));
            let text = (start..lo).rev().find_map(|k| {
                is(&GERMAN_DETERMINERS, self.word(para, k))
                    .then(|| self.np_forward(para, k, lo))
                    .flatten()
                    .filter(|np| {
                        let head = self.word(para, np.last).to_lowercase();
                        DOCUMENT_HEADS.iter().any(|d| head.ends_with(d))
                    })
            });
            if let Some(np) = text {
                if let Some(found) =
                    self.found(&rules::DARIN_STEHT, Some(np), Some(t[lo + 1].span), np.end)
                {
                    return Some(found);
                }
            }
        }
        // (`findet sich`, not `findet … statt`.)
        let v = (lo..o).find(|&k| match self.word(para, k) {
            "steht" | "stand" => true,
            "findet" | "fand" => t.get(k + 1).is_some_and(|n| n.text(self.text) == "sich"),
            _ => false,
        })?;
        // (A text: `im Entwurf`, `in der Zeitung`; not `im Zentrum`.)
        let text_noun = |np: &Np| {
            let head = self.word(para, np.last).to_lowercase();
            DOCUMENT_HEADS
                .iter()
                .chain(&[
                    "zeitung", "blatt", "magazin", "meldung", "text", "artikel", "blog",
                ])
                .any(|d| head.ends_with(d))
        };
        let (_, np) = (lo..o)
            .filter(|&k| matches!(self.word(para, k).to_lowercase().as_str(), "in" | "im"))
            .find_map(|k| {
                self.german_source_after(para, k, o)
                    .filter(text_noun)
                    .map(|np| (k, np))
            })?;
        self.found(&rules::STANDS_IN, Some(np), Some(t[v].span), np.end)
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
            && !matches!(self.word(para, k - 1), "und" | "sowie")
        {
            k -= 1;
        }
        let item =
            k > lo && (t[k - 1].is_punct(',') || matches!(self.word(para, k - 1), "und" | "sowie"));
        let listed = item && (lo..k).any(|j| t[j].is_punct(','));
        listed
            .then(|| {
                let np = self.name_np(para, r);
                self.found(&rules::LIST_LABEL, Some(np), Some(t[o - 1].span), np.end)
            })
            .flatten()
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
        let w = |k: usize| self.word(para, k).to_lowercase();
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
                    if let Some(found) = self.found(&rules::DEMNACH, Some(np), Some(t[a].span), a) {
                        return Some(found);
                    }
                    continue;
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
                        if let Some(found) =
                            self.found(&rules::SOURCE_NOUN, Some(np), Some(t[a].span), np.end)
                        {
                            return Some(found);
                        }
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
                        if let Some(found) =
                            self.found(&rules::ZUFOLGE, Some(np), Some(t[a].span), a)
                        {
                            return Some(found);
                        }
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
                if let Some(found) = self.found(
                    &rules::NACH_ANGABEN,
                    Some(np),
                    Some(Span::new(t[a].span.start, t[cue_end].span.end)),
                    np.end,
                ) {
                    return Some(found);
                }
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
        let word = self.word(para, k);
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
            if let Some(found) = self.found(
                &rules::SOURCE_PARENTHESIS,
                Some(np),
                Some(t[k].span),
                run.last + 1,
            ) {
                return Some(found);
            }
        }
        // `„…“, so charakterisierte ihn X`: `so` before a verb opens the clause.
        if word == "so" && k + 1 < hi && self.german_cue_at(para, k + 1) {
            let np = self.german_subject_after(para, k + 2, hi)?;
            if let Some(found) = self.found(&rules::SO_VERB, Some(np), Some(t[k + 1].span), np.end)
            {
                return Some(found);
            }
        }
        if matches!(word, "so" | "laut") {
            let np = self.np_forward(para, k + 1, hi)?;
            if let Some(found) = self.found(&rules::SO_LAUT, Some(np), Some(t[k].span), np.end) {
                return Some(found);
            }
        }
        if matches!(word, "heißt" | "hieß")
            && t.get(k + 1).is_some_and(|n| n.text(self.text) == "es")
        {
            let np = self.german_source_after(para, k + 2, hi)?;
            if let Some(found) = self.found(
                &rules::HEISST_ES_IN,
                Some(np),
                Some(Span::new(t[k].span.start, t[k + 1].span.end)),
                np.end,
            ) {
                return Some(found);
            }
        }
        let cue = is_cue_at(self.text, t, k);
        // `„…“, hatte VW-Chef Winterkorn in einem Interview erklärt.`
        // (`…, wird X zitiert` after any quotation.)
        let quoted_passive = is(&GERMAN_AUXILIARIES, word)
            && (k + 1..hi).any(|j| matches!(t[j].text(self.text), "zitiert"));
        if (vorfeld || quoted_passive) && is(&GERMAN_AUXILIARIES, word) {
            let np = self.german_subject_after(para, k + 1, hi)?;
            let participle = (np.end + 1..hi).find(|&j| is_cue_at(self.text, t, j))?;
            if let Some(found) = self.found(
                &rules::PARTICIPLE_AFTER,
                Some(np),
                Some(t[participle].span),
                np.end,
            ) {
                return Some(found);
            }
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
        self.found(
            if cue {
                &rules::CUE_AFTER
            } else {
                &rules::VERB_AFTER
            },
            Some(np),
            Some(t[k].span),
            np.end,
        )
    }
}
