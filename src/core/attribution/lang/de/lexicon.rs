//! German words: function words, determiners, prepositions, subordinators,
//! auxiliaries, and the reporting verbs with every form.

use std::sync::LazyLock;

use crate::core::lexicon::{List, Pronoun, Title, list, pronouns, titles};

list!(
    /// German words that end a speaker phrase (conjunctions, adverbs, auxiliaries).
    GERMAN_FUNCTION_WORDS,
    "und oder aber auch noch nur schon weiter dann dazu damit jedoch sich nicht ist sind",
    "wurde wird wurden werden hatte hätte habe haben als wie dass sein seine seiner ihr ihre",
    "ihrer es wir ich laut so zudem außerdem bereits nun jetzt heute gestern doch denn daher",
    "deshalb darauf dabei hier dort sei seien"
);

list!(
    /// German words that open a sentence without being its subject or part of a
    /// name: determiners, prepositions, adverbs and conjunctions (`Die`, `Im`,
    /// `Auch`). Not `von`, which opens names (`Von der Leyen`).
    GERMAN_OPENERS,
    "der die das den dem des ein eine einer einem eines im am in an auf aus bei beim durch",
    "für gegen gegenüber mit nach seit über um unter vor während wegen zu zum zur laut",
    "auch noch nur hier dort dabei damit dann weiter zudem außerdem bereits nun jetzt heute",
    "gestern doch denn daher deshalb darauf so wie als nachdem dass weil ob und oder aber",
    "zwar zuvor später danach dazu darin dafür ebenso ebenfalls erneut zuletzt bislang",
    "bisher inzwischen indes indessen allerdings trotzdem dennoch außerdem schließlich",
    "zunächst anschließend gleichzeitig demnach dagegen hingegen stattdessen wörtlich deren",
    "dessen da wobei obwohl bevor sobald indem selbst",
    "zugleich derzeit offenbar ursprünglich insgesamt damals jedoch immerhin tatsächlich",
    "vielmehr überdies letztlich mittlerweile unterdessen nunmehr seither künftig kürzlich",
    "jüngst morgen weiterhin ferner eigentlich möglicherweise vermutlich wahrscheinlich",
    "angeblich offensichtlich anscheinend zuerst erst einst sodann daraufhin hierzu hierbei",
    "darüber daneben deswegen folglich somit also gerade ebenfalls sogar kaum fast lediglich",
    "bis welche welcher welches warum wer was wo wann wieso weshalb wohin woher nicht nie",
    "noch mehr viele einige manche alle beide jedoch insbesondere vor allem zum teil",
    "reflexartig überraschend erneut ebenso gleichfalls andererseits einerseits zwar",
    "wenn falls sofern obgleich obschon zumal solange"
);

list!(
    /// German determiners, articles and possessives: a capitalised word after one
    /// is a common noun.
    GERMAN_DETERMINERS,
    "der die das den dem des ein eine einer einem eines einen kein keine keinen keinem",
    "sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere dieser diese",
    "dieses diesem diesen jener jene jeder jede jedes beiden"
);

list!(
    /// German relative pronouns, as they open a relative clause after its comma
    /// (`, die …`, `, auf dem …`, `, welche …`); most are articles too.
    GERMAN_RELATIVE_PRONOUNS,
    "der die das dem den denen deren dessen welche welcher welches welchem welchen"
);

list!(
    /// German prepositions: they open a phrase that is not a subject.
    GERMAN_PREPOSITIONS,
    "im am in an auf aus bei beim durch für gegen gegenüber mit nach seit über um unter",
    "vor während wegen zu zum zur vom von laut trotz angesichts ohne hinter neben zwischen",
    "ins ans aufs seitens"
);

list!(
    /// German words that open a clause whose finite verb comes last (`wie X sagte`).
    GERMAN_SUBORDINATORS,
    "wie dass als nachdem weil ob da wobei wonach indem während obwohl bevor seit sobald",
    "wenn falls sofern obgleich obschon zumal solange"
);

list!(
    /// German finite auxiliaries and modals, before a participle or infinitive cue
    /// (`Merkel hatte … verkündet`).
    GERMAN_AUXILIARIES,
    "hat hatte hatten haben habe hätte ist war waren sind sei seien wurde wurden wird werden",
    "will wollte wollten soll sollte sollten kann konnte konnten muss musste mussten",
    "lässt ließ ließen"
);

list!(
    /// German determiners and pronouns that cannot open a sentence's subject
    /// (dative, accusative, genitive): `sagte dem Spiegel`.
    GERMAN_OBLIQUE,
    "dem den des einem einen eines ihm ihnen mir uns euch diesem diesen dieses seinem seinen",
    "seines ihrem ihren ihres unserem unseren"
);

/// `data/verbs.tsv` without its comment lines: the German reporting verbs, once
/// each, with the forms the rules read.
pub(crate) const VERBS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/verbs.tsv"), "#");

/// The forms of a row of `data/verbs.tsv`: its written forms, or a weak verb's
/// from its stem; `None` for a malformed row (the tests read them all).
fn verb_forms(row: &'static str) -> Option<Vec<String>> {
    let mut cols = row.split('\t');
    let (infinitive, forms, _classes) = (cols.next()?, cols.next()?, cols.next()?);
    if forms != "-" {
        return Some(forms.split(' ').map(str::to_string).collect());
    }
    // `äußern`, `jubeln`: the stem keeps its `e`; `berichten`, `kritisieren`.
    let stem = if infinitive.ends_with("ern") || infinitive.ends_with("eln") {
        infinitive.strip_suffix('n')
    } else {
        infinitive.strip_suffix("en")
    }?;
    Some(german_inflections(stem))
}

/// German reporting verbs, every form the table gives.
pub static GERMAN_CUE_VERBS: List = List(LazyLock::new(|| {
    VERBS_TSV.lines().filter_map(verb_forms).flatten().collect()
}));

/// German verbs of a view held (class `thought`: `glaubt`, `hofft`), every form.
pub static GERMAN_THOUGHT_VERBS: List = List(LazyLock::new(|| {
    VERBS_TSV
        .lines()
        .filter(|row| {
            row.split('\t')
                .nth(2)
                .is_some_and(|c| c.split(' ').any(|c| c == "thought"))
        })
        .filter_map(verb_forms)
        .flatten()
        .collect()
}));

/// The forms of a German weak verb from its stem (the `-` rows of `data/verbs.tsv`).
pub fn german_inflections(stem: &str) -> Vec<String> {
    // `antwort` + e + t, `kennzeichn` + e + t, but `mahn` + t.
    let e = if stem.ends_with(['t', 'd'])
        || stem.ends_with("gn")
        || stem.ends_with("chn")
        || stem.ends_with("tm")
    {
        "e"
    } else {
        ""
    };
    // `äußer` + n, `jubel` + n.
    let plural = if (stem.ends_with("er") && !stem.ends_with("ier")) || stem.ends_with("el") {
        format!("{stem}n")
    } else {
        format!("{stem}en")
    };
    let inseparable = [
        "be", "er", "ver", "ent", "zer", "ge", "miss", "emp", "wider",
    ]
    .iter()
    .any(|p| stem.starts_with(p) && stem.len() > p.len() + 2)
        || stem.ends_with("ier");
    let participle = if inseparable {
        format!("{stem}{e}t")
    } else {
        format!("ge{stem}{e}t")
    };
    vec![
        format!("{stem}{e}t"),
        format!("{stem}{e}te"),
        format!("{stem}{e}ten"),
        plural,
        participle,
    ]
}

/// `data/pronouns.tsv` without its comment lines: German personal pronouns with
/// their person, gender and number.
pub(crate) const PRONOUNS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/pronouns.tsv"), "#");

pronouns!(
    /// German personal pronouns that can be a speaker.
    GERMAN_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::speaker
);

pronouns!(
    /// The German pronoun for one man.
    GERMAN_MALE_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::one_man
);

pronouns!(
    /// The German pronoun for one woman (also `they` and `you`: the others rule it out).
    GERMAN_FEMALE_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::one_woman
);

list!(
    /// German months, written after a day's ordinal number (`11. März`), which does
    /// not end a sentence.
    GERMAN_MONTHS,
    "januar jänner februar märz april mai juni juli august september oktober november dezember"
);

/// `data/titles.tsv` without its comment lines: German titles with the gender they tell.
pub(crate) const TITLES_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/titles.tsv"), "#");

titles!(
    /// German titles written before a name (class `title`).
    GERMAN_TITLES,
    TITLES_TSV,
    Title::before_name
);

titles!(
    /// German honorifics that say the person is a woman.
    GERMAN_FEMALE_TITLES,
    TITLES_TSV,
    Title::woman
);

titles!(
    /// German honorifics that say the person is a man.
    GERMAN_MALE_TITLES,
    TITLES_TSV,
    Title::man
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of `data/verbs.tsv` is read, each verb once.
    #[test]
    fn every_verb_row_is_read() {
        let mut seen = std::collections::HashSet::new();
        for row in VERBS_TSV.lines() {
            assert_eq!(row.split('\t').count(), 3, "{row}");
            assert!(verb_forms(row).is_some(), "{row}");
            assert!(seen.insert(row.split('\t').next()), "twice: {row}");
            for class in row.split('\t').nth(2).unwrap_or("").split(' ') {
                assert!(
                    ["cue", "thought"].contains(&class),
                    "unknown class in {row}"
                );
            }
        }
        for w in [
            "sagte",
            "berichtete",
            "äußerte",
            "gesprochen",
            "mitteilte",
            "kritisierte",
        ] {
            assert!(GERMAN_CUE_VERBS.has(w), "{w}");
        }
        assert!(GERMAN_THOUGHT_VERBS.has("glaubte") && !GERMAN_THOUGHT_VERBS.has("sagte"));
    }
}
