//! French, Spanish, Portuguese and Italian reported speech: attributions
//! without quotation marks, with the span of what was reported. Read per
//! sentence outside quotation marks:
//! - a cue and a `que` (Italian `che`) clause: `Le maire a annoncé que l’école
//!   rouvrira`, `La jueza le dijo que el caso seguía abierto`, `O técnico afirmou
//!   que o time vai reagir`, `Il sindaco ha detto che il ponte sarà chiuso`, with a
//!   hearer or a time between them (`a expliqué aux habitants mardi que …`);
//! - the reported clause first, the cue inverted after it: `Le chantier prendra
//!   deux ans, a précisé l’architecte.`, `Los precios no subirán, aseguró el
//!   gerente.`, `A obra termina em maio, disse o engenheiro.`, `Il progetto è
//!   fermo, ha spiegato il sindaco.`, and in French with a pronoun written into
//!   the verb (`…, a-t-elle ajouté.`, `…, estime-t-il.`);
//! - a source named without a verb: `Selon la préfecture, …`, `D’après lui, …`,
//!   `Según la fiscalía, …`, `De acuerdo con X, …`, `Segundo a polícia, …`, `De
//!   acordo com X, …`, `Secondo i sindacati, …`, or after the clause (`…, selon
//!   la préfecture.`).
//!
//! A second cue of the same subject joined by `et`, `y`, `e`, `mas`, `ma` (`a dit
//! que … et a ajouté que …`, `afirmou que …, mas defendeu que …`) reports a clause
//! of its own; a cue and its subject closing the sentence (`…, dijo la portavoz.`)
//! are no part of the clause before them.
//!
//! A verb of belief or opinion (`pense que`, `estime que`, `cree que`, `acha
//! que`, `ritiene che`, classes `belief` and `opinion` of `data/belief.tsv`)
//! reports a view: its own rules, so that belief is told apart from speech.
//!
//! Not read, for precision: a cue in the infinitive or the gerund (`estimant
//! que`, `planteando que`), a subject after `si`, `quand`, `cuando` (a condition
//! or a subordinate clause), a name after `de` (`le porte-parole du parti X`), a
//! subject ending a relative clause, `on`, `beaucoup`, `muitos`, a comparison
//! (`plus que`), the writer's own sources (`selon nos informations`).

use super::{CLITICS, Cue};
use crate::core::attribution::lang::en::reported::{Reported, sentences};
use crate::core::attribution::lang::romance::rules;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Np, NpKind, Para};
use crate::core::lang::Lang;
use crate::core::lexicon::romance::{
    FRENCH_ETRE, ROMANCE_ADVERBS, ROMANCE_AUXILIARIES, ROMANCE_DEFINITE, ROMANCE_INDEFINITE,
    ROMANCE_LINKS, ROMANCE_ROLE_NOUNS, ROMANCE_SOURCE_NOUNS, ROMANCE_TIME_WORDS, is_belief,
};
use crate::core::lexicon::{is, lower};
use crate::core::span::{Span, any_contains, any_overlaps};

use super::phrases::elided_article;

/// How far after its cue the `que` of a reported clause may be, in tokens
/// (`a déclaré jeudi aux journalistes de la radio que …`).
const QUE_REACH: usize = 14;

/// Words a source at the end of its sentence may have after it (`…, selon la
/// préfecture mardi.`).
const TAIL_WORDS: usize = 4;

/// Bodies the lexicon's source nouns leave out (`selon les autorités`, `según la
/// fiscalía`, `segundo a polícia`, `secondo i sindacati`), and nouns for what a
/// source gave (`selon les chiffres de l’Insee`, `según datos oficiales`, `segundo
/// estimativas`, `secondo le stime`), besides the roles and bodies of the lexicon.
const WORD_NOUNS: &[&str] = &[
    "autorités",
    "autoridades",
    "autorità",
    "fiscalía",
    "policía",
    "ayuntamiento",
    "sindicato",
    "sindicatos",
    "polícia",
    "prefeitura",
    "polizia",
    "procura",
    "comune",
    "sindacato",
    "sindacati",
    "chiffres",
    "estimations",
    "données",
    "informations",
    "sondage",
    "bilan",
    "témoignages",
    "cifras",
    "datos",
    "estimaciones",
    "informaciones",
    "fuentes",
    "balance",
    "dados",
    "estimativas",
    "informações",
    "fontes",
    "levantamento",
    "dati",
    "stime",
    "informazioni",
    "fonti",
    "bilancio",
];

/// Endings of nouns for people (`l’économiste`, `los investigadores`, `os
/// moradores`, `gli abitanti`), read on the singular.
const PERSON_ENDINGS: &[&str] = &[
    "iste", "ien", "ienne", "eur", "euse", "rice", "ant", "ante", "aire", "ista", "ador", "adora",
    "ente", "ario", "aria", "ore", "ice",
];

/// First and second person pronouns: a source that is the writer or the reader
/// (`selon moi`, `según nosotros`, `secondo me`) names no one.
const FIRST_PERSONS: &[&str] = &[
    "moi", "nous", "toi", "vous", "je", "j’", "j'", "tu", "mí", "mi", "nosotros", "nosotras", "ti",
    "mim", "nós", "me", "noi", "te", "voi", "io", "yo", "eu",
];

/// Subjects that are no one in particular (`on dit que`, `cela montre que`,
/// `beaucoup pensent que`, `muitos entendem que`).
const IMPERSONAL: &[&str] = &[
    "beaucoup",
    "certains",
    "certaines",
    "plusieurs",
    "tous",
    "personne",
    "muchos",
    "muchas",
    "algunos",
    "algunas",
    "varios",
    "todos",
    "nadie",
    "muitos",
    "muitas",
    "alguns",
    "algumas",
    "vários",
    "ninguém",
    "molti",
    "alcuni",
    "tutti",
    "nessuno",
    "on",
    "cela",
    "ça",
    "ce",
    "c’",
    "c'",
    "ceci",
    "esto",
    "eso",
    "isso",
    "isto",
    "ciò",
];

/// Words of negation before a cue (`n’a pas dit que`, `no dijo que`, `não disse que`,
/// `non ha detto che`).
const NEGATIONS: &[&str] = &[
    "ne", "n’", "n'", "pas", "jamais", "no", "nunca", "não", "nao", "nem", "non", "mai",
];

/// Words opening a clause that is no statement (`Quand …`, `Si …`, `¿Qué …`,
/// `Perché …`): a question or a subordinate clause, not reported content.
const NO_STATEMENT: &[&str] = &[
    "quand", "lorsque", "si", "pourquoi", "comment", "où", "qui", "quoi", "quel", "quelle",
    "quels", "quelles", "combien", "comme", "puisque", "cuando", "qué", "quién", "quiénes", "cómo",
    "dónde", "cuándo", "cuál", "porque", "aunque", "como", "quando", "se", "porquê", "onde",
    "quem", "qual", "embora", "perché", "chi", "come", "dove", "mentre", "cosa",
];

/// Words that join a second cue of the same subject to a first one's clause
/// (`a dit que … et a ajouté que …`, `planteó que … y señaló que …`, `disse que
/// …, mas defendeu que …`).
const COORDINATORS: &[&str] = &["et", "mais", "y", "pero", "e", "mas", "ed", "ma"];

/// Connectives that may stand between a cue and its `que`, set off by commas
/// (`a rappelé, toutefois, que`, `reforçou, contudo, que`, `ha detto, però, che`).
const CONNECTIVES: &[&str] = &[
    "toutefois",
    "cependant",
    "néanmoins",
    "pourtant",
    "notamment",
    "embargo",
    "contudo",
    "porém",
    "entretanto",
    "todavia",
    "però",
    "tuttavia",
    "comunque",
    "inoltre",
    "anche",
];

/// Words before a subject that make its clause a condition or a subordinate
/// clause, not a report that runs to the end of the sentence (`si elle estime
/// que …`, `s’il pense que …`, `se ele achar que …`, `Cuando el ministro dijo
/// que …, los alcaldes …`).
const SUBORDINATORS: &[&str] = &[
    "si", "s’", "s'", "se", "quand", "lorsque", "comme", "puisque", "tandis", "cuando", "mientras",
    "aunque", "porque", "quando", "enquanto", "embora", "mentre", "sebbene", "perché", "poiché",
];

/// Comparatives: `que` after them compares (`a dit plus que …`, `dijo más que`).
const COMPARATIVES: &[&str] = &[
    "plus",
    "moins",
    "autant",
    "mieux",
    "davantage",
    "más",
    "menos",
    "mais",
    "più",
    "meno",
];

/// Possessives of the writer (`selon nos informations`, `según nuestras fuentes`):
/// a source they open is the writer's own.
const OUR: &[&str] = &[
    "nos", "notre", "mes", "mon", "ma", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis",
    "nosso", "nossa", "nossos", "nossas", "meu", "minha", "meus", "minhas", "nostro", "nostra",
    "nostri", "nostre", "mio", "mia", "miei", "mie",
];

/// Words that tie a name to the noun before it (`le porte-parole du parti
/// Vox`, `o senador do Podemos`): the name is a complement, not the subject.
const OF: &[&str] = &[
    "de", "du", "des", "d’", "d'", "del", "do", "da", "dos", "das", "di", "della", "dello", "dei",
    "degli", "delle", "pelo", "pela", "por", "par", "per",
];

/// Relative pronouns: a phrase after one belongs to a relative clause (`…, que
/// reúne a oposição, acha que`), not to the cue.
const RELATIVES: &[&str] = &[
    "que", "qui", "che", "quien", "quienes", "cual", "cuales", "dont", "où", "cujo", "cuja",
    "cuyo", "cuya", "donde", "onde", "dove", "lequel", "laquelle",
];

/// The class of a cue: whether it reports speech or belief.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Speech,
    Belief,
}

impl Ctx<'_> {
    /// The reported speech of one French, Spanish, Portuguese or Italian
    /// paragraph. `quoted` holds the outer spans of its quotations (sorted);
    /// `direct` those that are whole direct quotations, which content never runs
    /// into.
    pub(in crate::core::attribution) fn romance_reported(
        &self,
        para: &Para,
        quoted: &[Span],
        direct: &[Span],
    ) -> Vec<Reported> {
        let mut out: Vec<Reported> = Vec::new();
        for (lo, hi) in sentences(para) {
            // (A question reports nothing: `A-t-il dit que … ?`)
            let last = (lo..hi).rev().find(|&j| !para.tokens[j].is_word());
            if last.is_some_and(|j| para.tokens[j].is_punct('?') && j + 2 >= hi) {
                continue;
            }
            let before = out.len();
            self.ro_cue_que(para, lo, hi, quoted, direct, &mut out);
            if out.len() == before {
                self.ro_inverted(para, lo, hi, quoted, direct, &mut out);
            }
            if out.len() == before {
                self.ro_according(para, lo, hi, quoted, direct, &mut out);
            }
        }
        out
    }

    /// The cue at token `k` (its last token), with its class: a reporting verb
    /// of the grammar's lexicon, a verb of belief, or a Spanish one after a
    /// hearer pronoun (`le dijo`, `les explicó`).
    fn ro_cue(&self, para: &Para, k: usize) -> Option<(Cue, Class)> {
        let w = self.word(para, k);
        if self.ro_non_finite(w) {
            return None;
        }
        let class = if is_belief(self.lang, w) {
            Class::Belief
        } else {
            Class::Speech
        };
        if let Some(cue) = self.romance_cue(para, k).filter(|c| c.last == k) {
            return Some((cue, class));
        }
        let t = &para.tokens;
        if !t.get(k)?.is_word() || !w.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        let before = if k > 0 { self.word(para, k - 1) } else { "" };
        // `le dijo`, `les aseguró`: `le` before a Spanish verb is its hearer.
        let hearer = self.lang == Lang::Es && matches!(before, "le" | "les");
        if class == Class::Speech {
            return (hearer && self.romance_cue_word(w)).then_some((
                Cue {
                    first: k,
                    last: k,
                    span: t[k].span,
                    pronoun: None,
                },
                class,
            ));
        }
        // A verb of belief the grammar's cues leave out (`cree`, `acha`,
        // `ritiene`, `ha creído`): after `se`, `si` it is impersonal, after a
        // determiner or a preposition a noun.
        if matches!(before, "se" | "si" | "Se" | "Si")
            || is(&ROMANCE_DEFINITE, before) && !hearer
            || is(&ROMANCE_INDEFINITE, before)
            || is(&ROMANCE_LINKS, before)
        {
            return None;
        }
        let mut j = k;
        while j > 0 && k - j < 3 && is(&ROMANCE_ADVERBS, self.word(para, j - 1)) {
            j -= 1;
        }
        let aux = (j > 0 && is(&ROMANCE_AUXILIARIES, self.word(para, j - 1))).then(|| j - 1);
        if aux.is_none() && self.needs_auxiliary(w) {
            return None;
        }
        let first = aux.unwrap_or(k);
        Some((
            Cue {
                first,
                last: k,
                span: Span::new(t[first].span.start, t[k].span.end),
                pronoun: None,
            },
            class,
        ))
    }

    /// Whether `w` is an infinitive or a gerund (`affirmer`, `estimant`,
    /// `planteando`, `dizendo`, `dichiarare`): its subject is another verb's, not
    /// the phrase before it (`… par le gouvernement, estimant que …`).
    fn ro_non_finite(&self, w: &str) -> bool {
        let w = lower(w);
        let long = w.chars().count() > 4;
        let endings: &[&str] = match self.lang {
            Lang::Fr => &["er", "ir", "ant"],
            Lang::It => &["are", "ere", "ire", "ndo"],
            _ => &["ar", "er", "ir", "ír", "ndo"],
        };
        long && endings.iter().any(|e| w.ends_with(e))
    }

    /// Whether token `j` opens a `que` (Italian `che`) clause.
    fn ro_que(&self, para: &Para, j: usize) -> bool {
        let w = lower(self.word(para, j));
        match self.lang {
            Lang::It => w == "che",
            Lang::Fr => w == "que" || w.starts_with("qu’") || w.starts_with("qu'"),
            _ => w == "que",
        }
    }

    /// Whether cue `cue` is negated (`n’a pas dit`, `no dijo`, `non ha detto`).
    fn ro_negated(&self, para: &Para, cue: Cue, lo: usize) -> bool {
        let from = cue.first.saturating_sub(2).max(lo);
        (from..=cue.last).any(|j| {
            let w = lower(self.word(para, j));
            NEGATIONS.contains(&w.as_str()) || w.starts_with("n’") || w.starts_with("n'")
        })
    }

    /// Whether `w` is an adverb or a time word that may stand between a cue and
    /// its clause or subject (`mardi`, `hier`, `también`, `clairement`).
    fn ro_adverb(&self, w: &str) -> bool {
        let lower = lower(w);
        let ment = lower.chars().count() > 6
            && (lower.ends_with("ment") || lower.ends_with("mente"))
            && w.chars().next().is_some_and(char::is_lowercase);
        ment || is(&ROMANCE_ADVERBS, &lower) || is(&ROMANCE_TIME_WORDS, &lower)
    }

    /// Whether `w` opens a hearer or a circumstance between a cue and its
    /// clause (`à la presse`, `aux députés`, `a los periodistas`, `em entrevista`,
    /// `ai cronisti`, `lors d’une conférence`, `dans un communiqué`).
    fn ro_preposition(&self, w: &str) -> bool {
        // (Portuguese `em` with an article: `disse nesta terça`, `no Senado`.)
        let contracted = self.lang == Lang::Pt
            && matches!(
                lower(w).as_str(),
                "no" | "na" | "nos" | "nas" | "nesta" | "neste" | "nessa" | "nesse"
            );
        contracted
            || matches!(
                lower(w).as_str(),
                "à" | "au"
                    | "aux"
                    | "dans"
                    | "lors"
                    | "sur"
                    | "devant"
                    | "auprès"
                    | "en"
                    | "a"
                    | "al"
                    | "ao"
                    | "aos"
                    | "às"
                    | "ai"
                    | "agli"
                    | "alla"
                    | "alle"
                    | "durante"
                    | "em"
                    | "numa"
                    | "num"
                    | "in"
                    | "nel"
                    | "nella"
                    | "ante"
                    | "para"
                    | "per"
                    | "por"
                    | "pelo"
                    | "pela"
                    | "con"
                    | "com"
            )
    }

    /// The token of the `que` that opens the clause of the cue ending at token
    /// `last`, past adverbs, times, a hearer and commas: `a déclaré mardi à la
    /// presse que`, `dijo a los periodistas que`.
    fn ro_que_after(&self, para: &Para, last: usize, hi: usize) -> Option<usize> {
        let t = &para.tokens;
        let mut j = last + 1;
        let end = hi.min(last + QUE_REACH);
        while j < end {
            let w = self.word(para, j);
            if self.ro_que(para, j) {
                // (`a dit plus que …` compares.)
                let before = lower(self.word(para, j - 1));
                return (!COMPARATIVES.contains(&before.as_str())).then_some(j);
            }
            let connective = CONNECTIVES.contains(&lower(w).as_str())
                || w == "sin" && self.word(para, j + 1) == "embargo";
            if t[j].is_punct(',') || t[j].is_word() && (self.ro_adverb(w) || connective) {
                j += 1;
            } else if t[j].is_word() && self.ro_preposition(w) {
                j = self.skip_object(para, j + 1, hi);
            } else {
                return None;
            }
        }
        None
    }

    /// The subject of a cue before its clause: the phrase before it (past a
    /// hearer pronoun: `Il lui a dit`, `La jueza le dijo`), else the verb
    /// standing for a dropped one (Spanish, Portuguese, Italian).
    fn ro_subject_before(&self, para: &Para, cue: Cue, lo: usize) -> Option<Np> {
        let t = &para.tokens;
        let clitic = |w: &str| match self.lang {
            Lang::Fr => matches!(
                w,
                "lui" | "leur" | "me" | "m’" | "m'" | "nous" | "vous" | "te"
            ),
            Lang::Es => matches!(w, "le" | "les" | "me" | "te" | "nos"),
            Lang::Pt => matches!(w, "lhe" | "lhes" | "me" | "te" | "nos"),
            _ => matches!(w, "gli" | "le" | "mi" | "ci" | "ti"),
        };
        let mut first = cue.first;
        while first > lo && clitic(self.word(para, first - 1)) {
            first -= 1;
        }
        let np = self
            .romance_subject_before(para, first, lo)
            .filter(|np| !self.ro_time_phrase(para, *np));
        if let Some(np) = np {
            let w = lower(np.span.get(self.text));
            if IMPERSONAL.contains(&w.as_str()) || FIRST_PERSONS.contains(&w.as_str()) {
                return None;
            }
            let before = if np.first > lo {
                lower(self.word(para, np.first - 1))
            } else {
                lower("")
            };
            // (`si elle estime que`: a condition; `le porte-parole du parti Vox
            // a dit`: a name after `de` is the complement of the subject, which
            // this does not read.)
            if SUBORDINATORS.contains(&before.as_str())
                || matches!(np.kind, NpKind::Name(_)) && OF.contains(&before.as_str())
            {
                return None;
            }
            // (`X, que reúne a oposição, acha que`: the phrase ends a relative
            // clause, back to its comma.)
            let relative = (lo..np.first)
                .rev()
                .take_while(|&j| !t[j].is_punct(','))
                .any(|j| RELATIVES.contains(&lower(self.word(para, j)).as_str()));
            if relative {
                return None;
            }
            return Some(np);
        }
        if self.lang == Lang::Fr {
            return None;
        }
        // A dropped subject: only a finite verb opening its clause (`Dijo que`,
        // `Ayer, afirmó que`, `y añadió que`), not `es decir que`.
        let verb = lower(self.word(para, cue.last));
        let infinitive = ["ar", "er", "ir", "are", "ere", "ire", "ndo", "ír"]
            .iter()
            .any(|e| verb.ends_with(e));
        if infinitive {
            return None;
        }
        let b = first;
        let opens = b == lo
            || t[b - 1].is_punct(',')
            || t[b - 1].is_punct(';')
            || matches!(
                lower(self.word(para, b - 1)).as_str(),
                "y" | "e"
                    | "ed"
                    | "pero"
                    | "mas"
                    | "ma"
                    | "también"
                    | "también,"
                    | "además"
                    | "ainda"
                    | "também"
                    | "anche"
                    | "inoltre"
                    | "luego"
                    | "después"
                    | "depois"
                    | "poi"
            );
        if !opens {
            return None;
        }
        self.zero_subject(para, cue, Some(lo))
    }

    /// Whether `np` is a time (`El martes`, `Ce jeudi`), not someone.
    fn ro_time_phrase(&self, para: &Para, np: Np) -> bool {
        (np.first..=np.end.min(para.tokens.len().saturating_sub(1)))
            .any(|j| is(&ROMANCE_TIME_WORDS, &lower(self.word(para, j))))
    }

    /// Whether `np` can be a source: a name, a third person pronoun, or a phrase
    /// with a role, a body, a document or a noun for people or for words in it
    /// (not `selon les cas`, `según el tipo`).
    fn ro_source(&self, para: &Para, np: Np) -> bool {
        let w = lower(np.span.get(self.text));
        let opener = lower(self.word(para, np.first));
        if FIRST_PERSONS.contains(&w.as_str())
            || IMPERSONAL.contains(&w.as_str())
            || OUR.contains(&opener.as_str())
        {
            return false;
        }
        match np.kind {
            NpKind::Name(_) | NpKind::Pronoun => true,
            NpKind::Definite | NpKind::Unnamed => (np.first..=np.last).any(|m| {
                let w = lower(self.word(para, m));
                let w = elided_article(&w).unwrap_or(&w).to_string();
                let singular = w.strip_suffix(['s', 'x']).unwrap_or(&w);
                let person = PERSON_ENDINGS.iter().any(|e| singular.ends_with(e));
                person
                    || WORD_NOUNS.contains(&w.as_str())
                    || [w.as_str(), singular]
                        .iter()
                        .any(|w| is(&ROMANCE_ROLE_NOUNS, w) || is(&ROMANCE_SOURCE_NOUNS, w))
            }),
        }
    }

    /// The content from token `a` to the last word before token `hi`, if it is
    /// long enough and runs into no direct quotation.
    fn ro_content(&self, para: &Para, a: usize, hi: usize, direct: &[Span]) -> Option<Span> {
        self.words_content(para, a, hi, direct, |w| {
            matches!(w, "”" | "\"" | "»" | "’" | ")")
        })
    }

    /// `Le maire a annoncé que …`, `La jueza le dijo a la prensa que …`, `Ele acha
    /// que …`, `Il sindaco ritiene che …`: a cue, perhaps a hearer or a time, and
    /// a `que` clause that runs to the end of the sentence. The first cue with a
    /// `que` clause decides (a later one is inside its content).
    fn ro_cue_que(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let found = (lo..hi).find_map(|k| {
            if !t[k].is_word() || any_contains(quoted, t[k].span) {
                return None;
            }
            let (cue, class) = self.ro_cue(para, k)?;
            let que = self.ro_que_after(para, cue.last, hi)?;
            Some((cue, class, que))
        });
        let Some((cue, class, que)) = found else {
            return;
        };
        if self.ro_negated(para, cue, lo) {
            return;
        }
        let np = match cue.pronoun {
            // (`Pense-t-il que … ?`: an inverted pronoun before its clause asks.)
            Some(_) => return,
            None => self.ro_subject_before(para, cue, lo),
        };
        let Some(np) = np else {
            return;
        };
        // Each cue of the subject joined to the first (`a dit que … et a ajouté
        // que …`) reports a clause of its own, up to the next one.
        let (mut cue, mut class, mut que) = (cue, class, que);
        loop {
            let next = self.ro_coordinated(para, que + 1, hi, quoted);
            let end = next.map_or(hi, |(boundary, ..)| boundary);
            // (`… que X, informó la prefectura.`: a cue after a comma at the end
            // is another attribution of the clause, not part of it.)
            let end = self.ro_incise(para, que + 1, end).unwrap_or(end);
            // (A body's belief is a position, not words: `le gouvernement pense
            // que` stays, `la loi considère que` goes.)
            let document_belief = class == Class::Belief && self.document_head(np).is_some();
            if let Some(content) = self
                .ro_content(para, que, end, direct)
                .filter(|_| !document_belief)
            {
                let rule: &'static Rule = match class {
                    Class::Speech => &rules::REPORTED_QUE,
                    Class::Belief => &rules::REPORTED_BELIEF,
                };
                out.push(Reported {
                    content,
                    np: Some(np),
                    cue: cue.span,
                    rule,
                });
            }
            let Some((boundary, next_cue, next_class, next_que)) = next else {
                return;
            };
            if self.ro_negated(para, next_cue, boundary) {
                return;
            }
            (cue, class, que) = (next_cue, next_class, next_que);
        }
    }

    /// The comma in tokens `from..hi` after which a cue and its subject end the
    /// sentence (`…, informó la prefectura.`, `…, a-t-il ajouté.`).
    fn ro_incise(&self, para: &Para, from: usize, hi: usize) -> Option<usize> {
        let t = &para.tokens;
        // Back from the end, over a few words at most: the first comma met
        // closes the clause if a cue opens what follows it.
        let mut words = 0;
        for c in (from..hi).rev() {
            if t[c].is_word() {
                words += 1;
                if words > TAIL_WORDS + 3 {
                    return None;
                }
            } else if t[c].is_punct(',') {
                let cue = (c + 1..hi.min(c + 4))
                    .filter_map(|k| self.ro_cue(para, k))
                    .any(|(cue, _)| cue.first == c + 1);
                return cue.then_some(c);
            }
        }
        None
    }

    /// The first cue in tokens `from..hi` joined by `et`, `y`, `e`, `mas`, `ma`
    /// to a cue before it, with its own `que` clause (`… et a ajouté que`, `…, y
    /// señaló que`, `…, mas defendeu que`): the token where the first clause
    /// ends (the comma or the conjunction), the cue, its class and its `que`.
    fn ro_coordinated(
        &self,
        para: &Para,
        from: usize,
        hi: usize,
        quoted: &[Span],
    ) -> Option<(usize, Cue, Class, usize)> {
        let t = &para.tokens;
        (from..hi).find_map(|c| {
            let w = lower(self.word(para, c));
            if !t[c].is_word()
                || !COORDINATORS.contains(&w.as_str())
                || any_contains(quoted, t[c].span)
            {
                return None;
            }
            // Past adverbs and a hearer pronoun (`et a aussi précisé`, `y les dijo`).
            let mut j = c + 1;
            while j < hi.min(c + 4)
                && t[j].is_word()
                && (self.ro_adverb(self.word(para, j)) || CLITICS.contains(&self.word(para, j)))
            {
                j += 1;
            }
            let (cue, class) = (j..hi.min(j + 3))
                .filter_map(|k| self.ro_cue(para, k))
                .find(|(cue, _)| cue.first == j && cue.pronoun.is_none())?;
            let que = self.ro_que_after(para, cue.last, hi)?;
            let boundary = if t[c - 1].is_punct(',') { c - 1 } else { c };
            Some((boundary, cue, class, que))
        })
    }

    /// `Le chantier prendra deux ans, a précisé l’architecte.`, `…, estime-t-il.`,
    /// `Los precios no subirán, aseguró el gerente.`, `…, afirmó.`: the reported
    /// clause first, the cue after a comma, its subject ending the sentence.
    fn ro_inverted(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let Some(f) = (lo..hi).find(|&j| t[j].is_word()) else {
            return;
        };
        // (`Quand il est arrivé, a dit X …`, `Pourquoi …, a demandé X`: a
        // subordinate clause or a question is no statement.)
        let opener = lower(self.word(para, f));
        let opener = opener.trim_start_matches('¿');
        if NO_STATEMENT.contains(&opener) || any_contains(quoted, t[f].span) {
            return;
        }
        let Some((k, cue, class)) = (f + 2..hi).find_map(|c| {
            if !t[c - 1].is_punct(',') || !t[c].is_word() || any_contains(quoted, t[c].span) {
                return None;
            }
            // The cue may be read from its auxiliary, after a hearer pronoun
            // (`…, nous a expliqué X`, `…, m’a confié X`).
            let k = (c..hi.min(c + 2))
                .find(|&j| !CLITICS.contains(&self.word(para, j)))
                .unwrap_or(c);
            let (cue, class) = (k..hi.min(k + 6))
                .filter_map(|j| self.ro_cue(para, j))
                .find(|(cue, _)| cue.first == k)?;
            Some((c, cue, class))
        }) else {
            return;
        };
        if self.ro_negated(para, cue, k) {
            return;
        }
        let np = match cue.pronoun {
            Some(p) => self.inverted_pronoun(para, cue, p, hi),
            None => self
                .romance_subject_after(para, cue.last + 1, hi)
                .or_else(|| {
                    // (`…, afirmó.`: a dropped subject only when the cue ends the sentence.)
                    let rest = (cue.last + 1..hi).filter(|&j| t[j].is_word()).count();
                    (rest == 0)
                        .then(|| self.zero_subject(para, cue, None))
                        .flatten()
                }),
        };
        let Some(np) = np else {
            return;
        };
        if !self.ro_source(para, np) && !self.zero_subject_np(np) {
            return;
        }
        // The subject ends the sentence, but for a few words (`a dit le maire
        // mardi soir.`): not `…, a affirmé le contraire de ce que …`, not a colon.
        let end = np.end.max(cue.last);
        let rest = end + 1..hi;
        if rest.clone().filter(|&j| t[j].is_word()).count() > TAIL_WORDS
            || rest.clone().any(|j| {
                t[j].is_punct(':') || t[j].is_punct(',') || any_contains(quoted, t[j].span)
            })
        {
            return;
        }
        // (`Jean Morel, maire de la ville, a déclaré …`: a name and its apposition
        // before the comma are the cue's subject, not a clause.)
        let named_before = self
            .romance_subject_before(para, cue.first, lo)
            .is_some_and(|s| matches!(s.kind, NpKind::Name(_)) && s.first == f);
        if named_before {
            return;
        }
        // (A clause with no verb the words above know, short or with a comma:
        // `Le maire de la ville, a dit X`, `El portavoz, Javier Molina, calificó
        // …` name someone.)
        let has_verb = (f..k - 1).any(|j| {
            let w = self.word(para, j);
            is(&ROMANCE_AUXILIARIES, w) || is(&FRENCH_ETRE, w) || self.ro_verb_like(w)
        });
        let words = (f..k - 1).filter(|&j| t[j].is_word()).count();
        // (Not the comma of a number: `6,3 milliards`.)
        let digits = |j: usize| self.word(para, j).chars().all(|c| c.is_ascii_digit());
        let commas = (f..k - 1).any(|j| {
            t[j].is_punct(',')
                && !(j > f
                    && digits(j - 1)
                    && digits(j + 1)
                    && t[j - 1].span.end == t[j].span.start
                    && t[j].span.end == t[j + 1].span.start)
        });
        if !has_verb && (words < 5 || commas) {
            return;
        }
        let Some(content) = self.ro_content(para, lo, k - 1, direct) else {
            return;
        };
        let rule: &'static Rule = match class {
            Class::Speech => &rules::REPORTED_INVERTED,
            Class::Belief => &rules::REPORTED_BELIEF_INVERTED,
        };
        out.push(Reported {
            content,
            np: Some(np),
            cue: cue.span,
            rule,
        });
    }

    /// Whether `w` looks like a finite verb or a copula of the page's language
    /// (`est`, `sont`, `va`, `es`, `está`, `será`, `é`, `vai`, `è`, `sarà`), or
    /// ends like one of the third person (`-ra`, `-rá`, `-ait`, `-aba`, `-ou`,
    /// `-à`): a clause has one.
    fn ro_verb_like(&self, w: &str) -> bool {
        let lower = lower(w);
        let copula = match self.lang {
            Lang::Fr => matches!(
                lower.as_str(),
                "est"
                    | "sont"
                    | "va"
                    | "vont"
                    | "peut"
                    | "peuvent"
                    | "doit"
                    | "doivent"
                    | "faut"
                    | "fait"
                    | "font"
                    | "a"
                    | "ont"
                    | "y a"
                    | "sera"
                    | "seront"
            ),
            Lang::Es => matches!(
                lower.as_str(),
                "es" | "son"
                    | "está"
                    | "están"
                    | "hay"
                    | "ha"
                    | "han"
                    | "fue"
                    | "fueron"
                    | "era"
                    | "eran"
                    | "puede"
                    | "pueden"
                    | "debe"
                    | "deben"
                    | "va"
                    | "van"
                    | "será"
            ),
            Lang::Pt => matches!(
                lower.as_str(),
                "é" | "são"
                    | "está"
                    | "estão"
                    | "foi"
                    | "foram"
                    | "vai"
                    | "vão"
                    | "pode"
                    | "podem"
                    | "deve"
                    | "devem"
                    | "tem"
                    | "têm"
                    | "há"
                    | "será"
                    | "era"
            ),
            _ => matches!(
                lower.as_str(),
                "è" | "sono"
                    | "sarà"
                    | "saranno"
                    | "fu"
                    | "può"
                    | "possono"
                    | "deve"
                    | "devono"
                    | "c’è"
                    | "c'è"
                    | "ha"
                    | "hanno"
                    | "era"
                    | "erano"
            ),
        };
        let ending = [
            "ait", "aient", "era", "ront", "erait", "rá", "rán", "aba", "aban", "ía", "ían", "ou",
            "ará", "ava", "avam", "ia", "iam", "rà", "ranno", "eva", "evano", "ò",
        ]
        .iter()
        .any(|e| lower.ends_with(e) && lower.chars().count() > e.chars().count() + 2);
        copula || ending
    }

    /// `Selon la préfecture, …`, `Según fuentes policiales, …`, `De acordo com o
    /// instituto, …`, `Secondo lui, …`, or after the clause: `…, selon la
    /// préfecture.`: a source named without a verb.
    fn ro_according(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let Some(f) = (lo..hi).find(|&j| t[j].is_word()) else {
            return;
        };
        for a in lo..hi {
            if !t[a].is_word() || any_contains(quoted, t[a].span) {
                continue;
            }
            // (The source opens the sentence, or follows its clause's comma.)
            let opens = a == f;
            let after_comma = a > lo && t[a - 1].is_punct(',');
            if !opens && !after_comma {
                continue;
            }
            let Some(found) = self.according_at(para, a, hi) else {
                continue;
            };
            let (Some(np), Some(cue)) = (found.np, found.cue) else {
                continue;
            };
            if !self.ro_source(para, np) || any_contains(quoted, np.span) {
                continue;
            }
            let content = if opens {
                // `Selon X, …`: the comma closes the source, a few words on at most
                // (`Selon le ministère de l’Intérieur, …`).
                let Some(comma) = (np.end + 1..hi.min(np.end + 6)).find(|&j| t[j].is_punct(','))
                else {
                    return;
                };
                let between_words = (np.end + 1..comma).all(|j| {
                    let w = self.word(para, j);
                    t[j].is_word()
                        && !self.romance_cue_word(w)
                        && !is(&ROMANCE_AUXILIARIES, w)
                        && !is(&FRENCH_ETRE, w)
                        && !self.ro_que(para, j)
                });
                if !between_words || comma + 1 >= hi {
                    return;
                }
                self.ro_content(para, comma + 1, hi, direct)
            } else {
                // `…, selon X.`: the source ends the sentence.
                let rest = np.end + 1..hi;
                if rest.clone().filter(|&j| t[j].is_word()).count() > TAIL_WORDS
                    || rest
                        .clone()
                        .any(|j| t[j].is_punct(',') || t[j].is_punct(':'))
                {
                    continue;
                }
                let opener = lower(self.word(para, f));
                if NO_STATEMENT.contains(&opener.trim_start_matches('¿')) {
                    return;
                }
                self.ro_content(para, lo, a - 1, direct)
            };
            let Some(content) = content else {
                return;
            };
            if any_overlaps(quoted, cue) {
                return;
            }
            out.push(Reported {
                content,
                np: Some(np),
                cue,
                rule: &rules::REPORTED_ACCORDING,
            });
            return;
        }
    }
}
