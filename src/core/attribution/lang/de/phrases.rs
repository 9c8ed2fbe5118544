//! German in the shared readers of names and speaker phrases ([`Phrases`]).
//! German capitalises its nouns: one after a determiner is no name (`der
//! Präsident George Bush`, `die neue Kanzlerin`), and a sentence's first word
//! is as often a determiner or preposition before one (`Die Kanzlerin`, `Im
//! Kongress`). Its determiners and links come before the English ones, which
//! German pages read too.

use crate::core::attribution::grammar::Phrases;
use crate::core::attribution::lang::en;
use crate::core::lexicon::{
    GERMAN_DETERMINERS, GERMAN_FUNCTION_WORDS, GERMAN_OPENERS, GERMAN_PREPOSITIONS, is,
};
use crate::core::mentions::{NameRun, RunKind, strip_possessive};
use crate::core::phrase::{Part, Reader};
use crate::core::span::Span;
use crate::core::text::Token;

use super::grammar::German;

/// Whether German token `k` follows a determiner, directly or after lower-case
/// adjectives (`der brasilianische Präsident`): a capitalised word there is a noun.
pub(super) fn after_german_determiner(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        let t = tokens[j];
        let w = t.text(text);
        if !t.is_word() {
            return false;
        }
        if is(&GERMAN_DETERMINERS, w) {
            return true;
        }
        let adjective = w.chars().next().is_some_and(char::is_lowercase)
            && (w.ends_with('e') || w.ends_with("en") || w.ends_with("er") || w.ends_with("es"))
            && !is(&GERMAN_FUNCTION_WORDS, w)
            && !is(&GERMAN_PREPOSITIONS, w);
        if !adjective || k - j > 3 {
            return false;
        }
    }
    false
}

/// Whether capitalised `w` is a noun for an office or a profession that
/// stands before a name without an article (`Bundeskanzlerin`,
/// `Chefredakteur`, `Vereinssprecher`): German compounds end in their head,
/// and the head is declined (`des Abgeordneten`, `früheren
/// Vorstandsvorsitzenden`, `Ministerialdirektoren`, `Ministerinnen`).
fn office_noun(w: &str) -> bool {
    /// The heads' stems: each takes the endings below.
    const HEADS: &[&str] = &[
        "minister",
        "kanzler",
        "präsident",
        "sprecher",
        "redakteur",
        "direktor",
        "leiter",
        "sekretär",
        "kommissar",
        "botschafter",
        "bürgermeister",
        "trainer",
        "politiker",
        "professor",
        "vorsitzend",
        "abgeordnet",
        "chef",
        "manager",
        "anwalt",
        "anwält",
        "bischof",
        "kardinal",
        "pfarrer",
        "oberst",
        "general",
        "senator",
        "gouverneur",
        "korrespondent",
        "reporter",
        "moderator",
        "autor",
        "expert",
    ];
    /// Gender, number and case endings (`-in`, `-innen`; `-e`, `-er`, `-en`,
    /// `-em`, `-es` of the adjectival and weak nouns; `-s`, `-n`).
    const ENDINGS: &[&str] = &["", "in", "innen", "e", "er", "en", "em", "es", "s", "n"];
    let w = w.rsplit('-').next().unwrap_or(w).to_lowercase();
    ENDINGS.iter().any(|e| {
        w.strip_suffix(e)
            .is_some_and(|stem| HEADS.iter().any(|h| stem.ends_with(h)))
    })
}

/// Whether capitalised `w` names a time (`Abend`, `Montagabend`, `Januar`,
/// `Wochenende`): German compounds end in their head.
pub(super) fn time_noun(w: &str) -> bool {
    const DAYS: &[&str] = &[
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ];
    const TIMES: &[&str] = &[
        "tag",
        "abend",
        "morgen",
        "mittag",
        "vormittag",
        "nachmittag",
        "nacht",
        "woche",
        "wochenende",
        "jahr",
        "jahres",
        "monat",
        "monats",
        "anfang",
        "ende",
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "frühjahr",
        "sommer",
        "herbst",
        "winter",
        "vorfeld",
        "verlauf",
        "rahmen",
    ];
    let w = w.to_lowercase();
    // (`Montagabend`; not `Bundestag`.)
    TIMES.contains(&w.as_str())
        || DAYS.iter().any(|d| {
            w.strip_prefix(d)
                .is_some_and(|rest| rest.is_empty() || TIMES.contains(&rest))
        })
}

/// Whether `w` is a form of the definite article, which stands in a name's
/// particles only after `von` (`von der Leyen`; `das` is no particle in
/// German: `eröffnete Ina Falk das Fest`).
fn article(w: &str) -> bool {
    matches!(w, "der" | "den" | "des" | "dem" | "die" | "das")
}

impl Phrases for German {
    fn opens_sentence(&self, w: &str) -> bool {
        is(&GERMAN_OPENERS, w)
    }

    /// Articles join a name only after `von`/`van` (`Ursula von der Leyen`),
    /// not as a genitive (`Angaben der Polizei`, `Passend zu den Gefahren`).
    fn particles_join(&self, text: &str, tokens: &[Token], j: usize, k: usize) -> bool {
        let next = j + 1;
        let genitive = article(tokens[next].text(text))
            && !matches!(tokens[j].text(text), "von" | "van" | "vom" | "zu");
        let in_particles = (next + 1..k).any(|m| {
            article(tokens[m].text(text))
                && !matches!(tokens[m - 1].text(text), "von" | "van" | "vom")
        });
        !genitive && !in_particles
    }

    /// `der Präsident George Bush`: after a determiner, the first word is a
    /// noun, the rest a name.
    fn split_runs(&self, text: &str, tokens: &[Token], runs: &mut Vec<NameRun>, from: usize) {
        if runs.len() != from + 1 {
            return;
        }
        if !after_german_determiner(text, tokens, runs[from].first) {
            // `Chefredakteurin Maria Vogt`, `Außenminister Jonas Hahn`: a noun
            // for an office before a name, with no article, is its title.
            let run = &mut runs[from];
            let name_first = run.first + 1;
            // (The name after it starts with a capital: `Anwälte von Musikern`
            // is no title and name.)
            if run.title.is_none()
                && run.last >= name_first
                && tokens[name_first].is_word()
                && tokens[name_first]
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && office_noun(tokens[run.first].text(text))
            {
                run.title = Some(tokens[run.first].span);
                run.name = strip_possessive(
                    text,
                    Span::new(tokens[name_first].span.start, tokens[run.last].span.end),
                );
                run.kind = RunKind::Person;
            }
            return;
        }
        let run = &mut runs[from];
        let name_first = run.first + 1;
        // (Only a noun for a person: `Präsident`, `Vatikansprecher`, not `Team`.)
        let first = tokens[run.first].text(text);
        // (A genitive keeps its noun: `des Ministers X`.)
        let person_noun = first.rsplit('-').next().is_some_and(|w| {
            let w = w
                .strip_suffix("en")
                .or_else(|| w.strip_suffix('s'))
                .unwrap_or(w);
            [
                "er", "in", "ent", "ant", "ist", "or", "chef", "tär", "eur", "oge", "at", "ende",
                "end", "ete", "te", "walt", "arzt", "graf", "bischof", "papst", "könig", "prinz",
                "fürst", "mann", "frau", "experte", "kollege", "zeuge", "sohn", "tochter", "vater",
                "mutter",
            ]
            .iter()
            .any(|s| w.ends_with(s))
        });
        if person_noun
            && run.title.is_none()
            && run.last >= name_first
            && tokens[name_first].is_word()
        {
            run.title = Some(tokens[run.first].span);
            run.name = strip_possessive(
                text,
                Span::new(tokens[name_first].span.start, tokens[run.last].span.end),
            );
        } else if !person_noun && run.title.is_none() && run.kind == RunKind::Person {
            // Nouns after an article name a thing, not a person (`die Polizei
            // Versammlungen`, `die Deutsche Bahn`).
            run.kind = RunKind::Org;
        }
    }

    /// A capitalised noun after a determiner (and its adjectives) heads a
    /// description (`der Student`, `die neue Kanzlerin`).
    fn run_is_noun(&self, text: &str, tokens: &[Token], k: usize) -> bool {
        after_german_determiner(text, tokens, k)
    }

    fn word_part(&self, reader: &Reader, k: usize, w: &str, lower: &str) -> Option<Part> {
        let (text, tokens) = (reader.text(), reader.tokens());
        match lower {
            "der" | "die" | "das" | "den" | "dem" | "des" => {
                return Some(Part::Det { definite: true });
            }
            "ein" | "eine" | "einer" | "einem" | "eines" => {
                return Some(Part::Det { definite: false });
            }
            // (`am Abend`, `im Januar`, `am Rande`: a time or an occasion ends the
            // phrase, `erklärte die Ministerin am Abend`.)
            "im" | "am" | "zum" | "beim"
                if tokens
                    .get(k + 1)
                    .is_some_and(|n| time_noun(n.text(text)) || n.text(text) == "Rande") =>
            {
                return Some(Part::Stop);
            }
            // (`gegenüber` names whom the words were given to, never who gave
            // them: `sagte der Minister gegenüber der Zeitung`.)
            "gegenüber" => return Some(Part::Stop),
            // (`mit deutlichen Worten`: a manner, not `der Mann mit dem Hut`.)
            "mit"
                if tokens.get(k + 1).is_some_and(|n| {
                    let a = n.text(text);
                    a.chars().next().is_some_and(char::is_lowercase) && !is(&GERMAN_DETERMINERS, a)
                }) =>
            {
                return Some(Part::Stop);
            }
            "von" | "vom" | "für" | "bei" | "beim" | "aus" | "im" | "am" | "zum" | "zur"
            | "mit" => {
                return Some(Part::Link);
            }
            // `ein nicht genannter Vertreter`: `nicht` before an adjective.
            "nicht" | "bisher" | "noch"
                if tokens.get(k + 1).is_some_and(|n| {
                    let a = n.text(text);
                    n.is_word()
                        && a.chars().next().is_some_and(char::is_lowercase)
                        && ["e", "er", "en", "es", "em"].iter().any(|e| a.ends_with(e))
                        && tokens.get(k + 2).is_some_and(|h| {
                            h.text(text).chars().next().is_some_and(char::is_uppercase)
                        })
                }) =>
            {
                return Some(Part::Modifier);
            }
            _ if is(&GERMAN_FUNCTION_WORDS, w) || is(&GERMAN_PREPOSITIONS, w) => {
                return Some(Part::Stop);
            }
            _ => {}
        }
        en::phrases::part(lower)
    }

    /// Adjectives come before their noun, never after it.
    fn modifier_ends(&self, parts: &[(usize, Part)]) -> bool {
        matches!(parts.last(), Some((_, Part::Role | Part::Run(_))))
    }

    /// Only in the genitive: `ein Sprecher der Stadt`, not `… den Bericht`.
    fn determiner_continues(&self, w: &str) -> bool {
        matches!(w.to_lowercase().as_str(), "der" | "des" | "einer" | "eines")
    }

    fn complement_runs_are_nouns(&self) -> bool {
        true
    }

    /// A singular noun for a person after `der` (`der Anwalt`), or a feminine
    /// one after `die` (`die Kanzlerin`).
    fn noun_refers_back(&self, det: &str, noun: &str) -> bool {
        match det {
            "der" | "Der" => true,
            "die" | "Die" => noun.ends_with("in"),
            _ => false,
        }
    }
}
