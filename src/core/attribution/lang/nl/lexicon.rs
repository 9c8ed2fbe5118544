//! Dutch words the grammar reads: its verbs of speech with every form news
//! writes, and the closed classes around them. Lower case; looked up by
//! [`Words::has`]. Every list is data, sorted by meaning, with no entry for one
//! page.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// A set of lower-case words, built when first asked.
pub(super) struct Words(LazyLock<FxHashSet<&'static str>>);

impl Words {
    /// Whether `w` (any case) is one of the words.
    pub fn has(&self, w: &str) -> bool {
        if w.bytes().all(|b| !b.is_ascii_uppercase()) && w.is_ascii() {
            return self.0.contains(w);
        }
        self.0.contains(w.to_lowercase().as_str())
    }
}

/// `words!(NAME, "doc", "a b c", …)`: a [`Words`] of the words of the strings.
macro_rules! words {
    ($(#[$doc:meta])* $name:ident, $($words:literal),+ $(,)?) => {
        $(#[$doc])*
        pub(super) static $name: Words = Words(LazyLock::new(|| {
            [$($words),+].iter().flat_map(|w| w.split_whitespace()).collect()
        }));
    };
}

/// A verb of speech.
pub(super) struct Verb {
    /// Its finite forms: present third person singular and plural, past
    /// singular and plural (`zegt zeggen zei zeiden`). Not the first person
    /// singular, the bare stem, which is as often a noun (`vraag`, `antwoord`).
    pub finite: &'static str,
    /// Its participle (`gezegd`; `laten weten`, two words, for `laten weten`).
    pub participle: &'static str,
    /// For a separable verb, the particle that closes a main clause whose finite
    /// verb it is (`voegde hij eraan toe`, `liet X weten`).
    pub particle: Option<&'static str>,
}

const fn verb(finite: &'static str, participle: &'static str) -> Verb {
    Verb {
        finite,
        participle,
        particle: None,
    }
}

const fn separable(finite: &'static str, particle: &'static str, participle: &'static str) -> Verb {
    Verb {
        finite,
        participle,
        particle: Some(particle),
    }
}

/// The verbs of speech, every form a report of speech writes them in.
pub(super) const VERBS: &[Verb] = &[
    verb("zegt zeggen zei zeiden", "gezegd"),
    verb("vertelt vertellen vertelde vertelden", "verteld"),
    verb("verklaart verklaren verklaarde verklaarden", "verklaard"),
    verb("stelt stellen stelde stelden", "gesteld"),
    verb("benadrukt benadrukken benadrukte benadrukten", "benadrukt"),
    verb("antwoordt antwoorden antwoordde antwoordden", "geantwoord"),
    verb("schrijft schrijven schreef schreven", "geschreven"),
    verb(
        "waarschuwt waarschuwen waarschuwde waarschuwden",
        "gewaarschuwd",
    ),
    verb("reageert reageren reageerde reageerden", "gereageerd"),
    verb("vraagt vragen vroeg vroegen", "gevraagd"),
    verb("meldt melden meldde meldden", "gemeld"),
    verb("noemt noemen noemde noemden", "genoemd"),
    verb("erkent erkennen erkende erkenden", "erkend"),
    verb("beweert beweren beweerde beweerden", "beweerd"),
    verb("herhaalt herhalen herhaalde herhaalden", "herhaald"),
    verb("roept roepen riep riepen", "geroepen"),
    verb("tweet tweeten tweette tweetten", "getweet"),
    separable("voegt voegen voegde voegden", "toe", "toegevoegd"),
    separable("laat laten liet lieten", "weten", "laten weten"),
    separable("merkt merken merkte merkten", "op", "opgemerkt"),
    separable("legt leggen legde legden", "uit", "uitgelegd"),
    separable("vult vullen vulde vulden", "aan", "aangevuld"),
];

/// The verb whose finite form `w` (lower case) is, if any.
pub(super) fn finite_verb(w: &str) -> Option<&'static Verb> {
    VERBS.iter().find(|v| v.finite.split(' ').any(|f| f == w))
}

/// The verb whose participle's (last) word `w` is, if any.
pub(super) fn participle_verb(w: &str) -> Option<&'static Verb> {
    VERBS
        .iter()
        .find(|v| v.participle.rsplit(' ').next() == Some(w))
}

/// Whether `w` is a separable verb written as one word, as a subordinate clause
/// ends (`zoals hij toevoegde`): its particle, then a finite form.
pub(super) fn joined_verb(w: &str) -> bool {
    VERBS.iter().any(|v| {
        v.particle.is_some_and(|p| {
            p != "weten"
                && w.strip_prefix(p)
                    .is_some_and(|rest| v.finite.split(' ').any(|f| f == rest))
        })
    })
}

/// Whether `w` (lower case) is a plural finite verb of speech or auxiliary:
/// `ze zeiden` is they, `ze zei` she.
pub(super) fn plural_finite(w: &str) -> bool {
    let plural_verb = VERBS.iter().any(|v| {
        let forms: Vec<&str> = v.finite.split(' ').collect();
        // (The plurals are the second and fourth forms.)
        forms.get(1) == Some(&w) || forms.get(3) == Some(&w)
    });
    plural_verb || PLURAL_AUXILIARIES.has(w)
}

words!(
    /// Finite auxiliaries and modals, which a participle or infinitive closes
    /// (`heeft … gezegd`, `zou … hebben gezegd`).
    AUXILIARIES,
    "heeft hebben had hadden is zijn was waren wordt worden werd werden",
    "zal zullen zou zouden wil willen wilde wilden kan kunnen kon konden",
    "moet moeten moest moesten mag mogen mocht mochten",
);

words!(
    /// The plural auxiliaries of [`AUXILIARIES`].
    PLURAL_AUXILIARIES,
    "hebben hadden zijn waren worden werden zullen zouden willen wilden kunnen konden",
    "moeten moesten mogen mochten",
);

words!(
    /// Common finite verbs other than verbs of speech: a sentence introducing a
    /// quotation with a colon is read around one (`De burgemeester was duidelijk:`).
    FINITE_VERBS,
    "blijft bleef bleven blijven gaat ging gingen gaan komt kwam kwamen komen",
    "vindt vond vonden vinden ziet zag zagen zien denkt dacht dachten denken",
    "klinkt klonk klonken klinken houdt hield hielden houden geeft gaf gaven geven",
    "maakt maakte maakten maken weet wist wisten weten staat stond stonden staan",
    "heeft had hadden hebben is was waren zijn wordt werd werden worden",
    "zal zou zouden zullen wil wilde wilden willen kan kon konden kunnen moet moest moesten",
);

/// `data/pronouns.tsv` without its comment lines: Dutch personal pronouns with
/// their person, gender and number.
pub(crate) const PRONOUNS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/pronouns.tsv"), "#");

/// Personal pronouns that can be a speaker (subject forms).
pub(super) static SUBJECT_PRONOUNS: Words = Words(LazyLock::new(|| {
    crate::core::lexicon::Pronoun::rows(PRONOUNS_TSV)
        .filter(crate::core::lexicon::Pronoun::speaker)
        .map(|p| p.word)
        .collect()
}));

words!(
    /// Determiners of a definite description: articles and demonstratives.
    DEFINITE,
    "de het deze die dit dat",
);

words!(
    /// Determiners of someone the text does not name: the indefinite article and
    /// the possessives (`zijn woordvoerder`: someone other than who is named).
    INDEFINITE,
    "een zijn haar hun",
);

words!(
    /// Prepositions that join a complement to a speaker's noun (`de woordvoerder
    /// van de gemeente`, `een onderzoeker bij de universiteit`).
    LINKS,
    "van bij namens",
);

words!(
    /// Words that open a sentence before its subject or verb, capitalised only
    /// for standing first: no part of a name that follows them (`Volgens
    /// Jansen`, `Toen Fatima`). Not the name particles `De`, `Van`, `Ter`, `Ten`,
    /// which open a surname when no given name comes first (`De Vries zei`).
    OPENERS,
    "het een volgens aldus hij zij ze ik wij we dat dit deze die",
    "toen nadat omdat terwijl hoewel zodra voordat wanneer zoals als want maar en of",
    "ook nu dan daar hier er daarna daarop daarom daarbij later eerder intussen inmiddels",
    "in op tegen bij na voor met uit over aan door sinds tijdens zonder namens tot",
    "gisteren vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "wie wat waar hoe waarom welke zo wel niet nog",
);

words!(
    /// Subordinating conjunctions: a clause they open ends in its verb, its
    /// subject right after them (`zoals Jansen zei`).
    SUBORDINATORS,
    "zoals toen nadat omdat terwijl hoewel zodra voordat wanneer als dat",
);

words!(
    /// Adverbs of time and manner that stand between an inverted verb and its
    /// subject, or after the subject (`zei ook Jansen`, `zei Jansen dinsdag`).
    ADVERBS,
    "ook echter dan nu nog wel daarom daarna later eerder gisteren vandaag morgen",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "gisteravond vanochtend vanmiddag vanavond vannacht",
);

words!(
    /// Function words: never the head of a speaker's phrase.
    FUNCTION_WORDS,
    "de het een en of maar want dat die dit deze wat wie waar hoe niet geen wel ook nog",
    "al er hier daar dan nu toen zo als om te tot van in op aan bij met voor na uit over",
    "door naar onder tegen zonder tijdens sinds volgens aldus namens eraan erop",
    "hem haar hen hun ons zich zijn",
);

/// Nouns for a person's role, matched at the end of a compound
/// (`partijwoordvoerder`, `fractievoorzitter`) when six letters or more.
const ROLES: &str =
    "woordvoerder woordvoerster minister premier president burgemeester wethouder voorzitter
    voorzitster directeur directrice topman topvrouw leider trainer onderzoeker
    onderzoekster hoogleraar professor deskundige expert advocaat advocate rechter officier
    agent politicus kamerlid staatssecretaris commissaris ambassadeur econoom analist dokter
    bewoner bewoonster inwoner inwoonster getuige medewerker medewerkster ambtenaar
    secretaris koning koningin bisschop bestuurder manager eigenaar eigenares oprichter
    oprichtster ondernemer leraar lerares journalist correspondent schrijver schrijfster
    zanger zangeres";

/// Endings of nouns for people, matched in words of seven letters or more
/// (`demonstrant`, `activist`, `aanwezige`, `psycholoog`): not `-er` or
/// `-aar`, which as many things end in (`nummer`, `jaar`).
const PERSON_ENDINGS: &[&str] = &["ant", "ist", "ige", "loog"];

/// Short nouns for a person, matched whole (`arts`, not `kwartsarts`… nor `roman`).
const SHORT_ROLES: &str =
    "arts baas chef coach boer boerin man vrouw zoon dochter vader moeder bron prins prinses
    paus auteur";

/// Feminine nouns for a person (`de woordvoerster`), by their endings.
const FEMININE: &str =
    "woordvoerster voorzitster directrice topvrouw onderzoekster advocate bewoonster
    inwoonster medewerkster koningin eigenares oprichtster lerares schrijfster zangeres
    boerin vrouw dochter moeder prinses";

/// Masculine nouns for a person (`de woordvoerder` is a man; `de minister`,
/// `de burgemeester` are either).
const MASCULINE: &str =
    "woordvoerder voorzitter directeur topman onderzoeker advocaat bewoner inwoner medewerker
    koning eigenaar oprichter leraar schrijver zanger boer man zoon vader prins";

/// Nouns for an organisation a definite description refers back to (`de
/// gemeente`, `het ministerie`).
const ORGS: &str =
    "ministerie gemeente politie regering kabinet bedrijf partij organisatie vakbond bond
    rechtbank provincie inspectie brandweer stichting vereniging commissie universiteit
    ziekenhuis school krant omroep club bank fabrikant";

/// Whether lower-case `w` ends in one of `nouns`: the whole word, or the end
/// of a compound for nouns of six letters or more (`fractievoorzitter`).
fn ends_in(nouns: &str, w: &str) -> bool {
    nouns
        .split_whitespace()
        .any(|n| w == n || n.len() >= 6 && w.ends_with(n) && w.len() > n.len())
}

/// Whether lower-case `w` is one of `nouns`, whole.
fn one_of(nouns: &str, w: &str) -> bool {
    nouns.split_whitespace().any(|n| n == w)
}

/// Whether `w` (any case) names a person's role, singular or plural
/// (`woordvoerders`, `deskundigen`).
pub(super) fn is_role(w: &str) -> bool {
    let w = w.to_lowercase();
    let singular = |w: &str| {
        ends_in(ROLES, w)
            || one_of(SHORT_ROLES, w)
            || w.chars().count() >= 7 && PERSON_ENDINGS.iter().any(|e| w.ends_with(e))
    };
    singular(&w)
        || ["s", "en", "n"]
            .iter()
            .filter_map(|e| w.strip_suffix(e))
            .any(|stem| stem.len() >= 4 && singular(stem))
        // (`advocaten`, `getuigen`: a long vowel written once before the ending.)
        || w.strip_suffix("en").is_some_and(|stem| {
            let long = stem.char_indices().rev().nth(1).map(|(i, _)| {
                let (head, tail) = stem.split_at(i);
                let vowel = &tail[..1];
                format!("{head}{vowel}{tail}")
            });
            long.is_some_and(|l| ends_in(ROLES, &l))
        })
}

/// Whether `w` is a plural (`woordvoerders`, `deskundigen`): of a role noun,
/// ending as Dutch plurals end.
pub(super) fn is_plural_role(w: &str) -> bool {
    let l = w.to_lowercase();
    let singular = ends_in(ROLES, &l)
        || one_of(SHORT_ROLES, &l)
        || PERSON_ENDINGS.iter().any(|e| l.ends_with(e));
    is_role(&l) && !singular
}

/// Whether `w` names an organisation a definite description refers back to.
pub(super) fn is_org(w: &str) -> bool {
    ends_in(ORGS, &w.to_lowercase())
}

/// Whether role noun `w` says a woman (`Some(true)`) or a man (`Some(false)`).
pub(super) fn role_is_feminine(w: &str) -> Option<bool> {
    let w = w.to_lowercase();
    if ends_in(FEMININE, &w) {
        Some(true)
    } else if ends_in(MASCULINE, &w) {
        Some(false)
    } else {
        None
    }
}

/// Nouns for works with a title (`het boek`, `de tv-serie`), matched at the end
/// of a compound.
const WORKS: &str = "boek roman film serie programma documentaire album lied nummer single podcast
    voorstelling musical toneelstuk tentoonstelling talkshow column campagne";

/// Whether `w` names a work with a title.
pub(super) fn is_work(w: &str) -> bool {
    let w = w.to_lowercase();
    WORKS
        .split_whitespace()
        .any(|n| w == n || w.ends_with(n) && w.len() > n.len() + 2)
}

words!(
    /// Nouns for where words were given (`in een verklaring`, `in een interview`).
    MEDIUM_NOUNS,
    "verklaring interview persbericht brief gesprek toespraak video bericht",
    "tweet column podcast uitzending persconferentie reactie",
);

words!(
    /// Platforms words are posted on (`schreef hij op X`).
    PLATFORMS,
    "twitter x facebook instagram linkedin tiktok youtube bluesky",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_has_its_finite_forms_and_participle() {
        for v in VERBS {
            assert_eq!(v.finite.split(' ').count(), 4, "{}", v.finite);
            assert!(!v.participle.is_empty());
        }
        assert!(finite_verb("zei").is_some());
        assert!(finite_verb("zeiden").is_some());
        assert!(
            finite_verb("vraag").is_none(),
            "the stem is as often a noun"
        );
        assert_eq!(finite_verb("voegde").and_then(|v| v.particle), Some("toe"));
        assert!(participle_verb("toegevoegd").is_some());
        assert!(participle_verb("weten").is_some());
        assert!(joined_verb("toevoegde"));
        assert!(!joined_verb("voegde"));
        assert!(plural_finite("zeiden") && plural_finite("hebben") && !plural_finite("zei"));
    }

    #[test]
    fn roles_are_read_in_compounds_and_plurals_and_tell_a_gender() {
        for w in [
            "woordvoerder",
            "partijwoordvoerder",
            "fractievoorzitter",
            "Burgemeester",
            "woordvoerders",
            "deskundigen",
            "advocaten",
            "arts",
        ] {
            assert!(is_role(w), "{w}");
        }
        assert!(is_role("demonstranten") && is_role("activist") && is_role("aanwezigen"));
        for w in ["roman", "kwarts", "plan", "huis", "jaar", "nummer", "krant"] {
            assert!(!is_role(w), "{w}");
        }
        assert!(is_plural_role("woordvoerders") && !is_plural_role("woordvoerder"));
        assert_eq!(role_is_feminine("woordvoerster"), Some(true));
        assert_eq!(role_is_feminine("woordvoerder"), Some(false));
        assert_eq!(role_is_feminine("minister"), None);
        assert_eq!(role_is_feminine("burgemeester"), None);
        assert!(is_org("ministerie") && is_org("gemeente") && !is_org("minister"));
    }
}
