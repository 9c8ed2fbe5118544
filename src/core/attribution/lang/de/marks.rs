//! What German marks hold besides words: a medium (`schreibt die „Zeit“`), a
//! title after its article, a name.

use crate::core::attribution::{Ctx, MarkedQuote};
use crate::core::lexicon::{GERMAN_DETERMINERS, is};
use crate::core::span::Span;
use crate::core::text::is_cue_at;

/// Nouns for what was said, before words in marks that are someone's (`die
/// Bezeichnung „…“`, `mit den Worten: „…“`); other nouns there name a title or a
/// thing (`die Kapsel „Dragon“`, `Motto: „…“`).
pub(super) const SPEECH_NOUNS: &[&str] = &[
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

impl Ctx<'_> {
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
            let w = self.word(para, k);
            if matches!(w, "zitiert" | "zitierte" | "zitierten") {
                // Passive: `wird von der Zeitung X zitiert`, `wird in einer Erklärung zitiert`.
                let passive = (lo..k).rev().take(15).find(|&a| {
                    outside(a)
                        && matches!(self.word(para, a), "wird" | "wurde" | "werden" | "wurden")
                });
                if let Some(a) = passive {
                    let source = (a + 1..k).find_map(|p| {
                        matches!(self.word(para, p), "von" | "vom" | "in" | "im")
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
                // Active, before it: `Die Zeitung X zitiert Y mit den Worten:`,
                // `Am Montag zitierte die Zeitung X Y mit den Worten:`.
                let f = self.vorfeld(para, lo);
                if f < k && self.opens_with_subject(para, f) {
                    return self.vorfeld_subject(para, f, k).map(|np| np.span);
                }
                return (f < k)
                    .then(|| self.german_subject_after(para, k + 1, o))
                    .flatten()
                    .map(|np| np.span);
            }
            // `kommentierte die Entscheidung laut „X“ mit folgenden Worten:`
            if w == "laut" && k < o && k > lo && (lo..k).any(|c| self.german_cue_at(para, c)) {
                // (A title in marks with no article: `laut „Spiegel Online“`.)
                let titled = t
                    .get(k + 1)
                    .filter(|m| matches!(m.text(self.text), "„" | "»"));
                let close = titled.and_then(|_| {
                    (k + 2..o.min(k + 10)).find(|&m| matches!(t[m].text(self.text), "“" | "«"))
                });
                if let Some(c) = close.filter(|&c| c > k + 2) {
                    return Some(Span::new(t[k + 1].span.start, t[c].span.end));
                }
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
            && is(&GERMAN_DETERMINERS, self.word(para, o - 1))
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
        let w = self.word(para, b);
        if matches!(
            w,
            "genannt" | "genannte" | "genannten" | "sogenannte" | "sogenannten" | "namens"
        ) && words <= 6
        {
            return true;
        }
        // `laut „Radio Nord“`: the source a preposition names.
        if w == "laut" && title_like && words <= 4 {
            return true;
        }
        let title_noun = |k: usize| {
            let n = self.word(para, k).to_lowercase();
            t[k].is_word()
                && n.chars().next().is_some()
                && self
                    .word(para, k)
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
            && (super::phrases::after_german_determiner(self.text, t, b)
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
}
