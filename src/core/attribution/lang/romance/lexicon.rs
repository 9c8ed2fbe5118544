//! Word lists for French, Spanish, Italian and Portuguese: reporting verbs with
//! their inflections, auxiliaries, determiners, prepositions, pronouns, titles
//! and role nouns. General vocabulary of each language, nothing from a document.

use crate::core::lang::Lang;
use crate::core::lexicon::{List, Pronoun, Title, list, pronouns, titles};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// French reporting verbs of the first group (`-er`), as infinitives; the forms
/// come from [`french_forms`].
const FRENCH_ER: &str = "déclarer affirmer expliquer ajouter souligner indiquer annoncer
    assurer préciser rappeler confier lancer juger énoncer tweeter twitter estimer raconter
    confirmer insister marteler répéter réitérer résumer noter relever observer constater
    signaler avouer commenter répliquer rétorquer nuancer détailler témoigner dénoncer
    critiquer déplorer regretter saluer regretter plaider assener asséner lâcher glisser
    trancher ironiser tempérer argumenter arguer protester
    s'exclamer exclamer interroger demander questionner poster écrire évoquer qualifier
    mentionner citer souhaiter réclamer exiger accuser fustiger pointer alerter avertir
    stipuler disposer recommander proposer suggérer révéler dévoiler affirmer raconter
    enchaîner poursuivre continuer conclure jurer certifier clamer proclamer scander
    s'insurger s'indigner s'inquiéter s'étonner s'emporter s'alarmer se féliciter se réjouir
    se désoler se justifier se défendre s'agacer s'interroger s'amuser soupirer concéder
    rassurer menacer compléter développer souffler plaisanter tacler analyser décrypter
    objecter contester garantir se féliciter féliciter appeler";

/// French reporting verbs written out with every form used in attributions.
const FRENCH_FORMS: &str = "dit disent disait disaient dira diront dirait diraient dire disant
    redit redisait écrit écrivent écrivait écrivaient écrira écrirait écrivant écrite écrits
    répond répondent répondait répondaient répondu répondra répondrait répondit répondant
    prévient préviennent prévenait prévenu prévenue prévint prévenant
    prévoit prévoient prévoyait prévu prévue prévus prévues prévoira prévoirait
    reconnaît reconnait reconnaissent reconnaissait reconnu reconnue reconnut reconnaissant
    admet admettent admettait admis admise admettant promet promettent promettait promis
    promise soutient soutiennent soutenait soutenu soutenue soutint soutenant
    maintient maintiennent maintenait maintenu poursuit poursuivent poursuivait poursuivi
    conclut concluent concluait conclu conclue concluant reprend reprennent reprenait repris
    décrit décrivent décrivait décrivant dément démentent démentait démenti
    renchérit renchérissait renchéri réagit réagissent réagissait réagi avertit avertissent
    avertissait averti avertie juge jugent jugeait jugé jugée
    interpelle interpellent interpellait interpellé sourit souriait souri craint craignent
    craignait souvient souvenait";

/// Spanish reporting verbs (`-ar` infinitives; forms from [`spanish_forms`]).
const SPANISH_AR: &str = "afirmar explicar declarar señalar asegurar indicar agregar
    recalcar puntualizar apuntar plantear destacar subrayar comentar expresar
    precisar reiterar denunciar opinar considerar estimar revelar anunciar relatar
    enfatizar adelantar detallar argumentar alertar lamentar celebrar criticar
    aseverar tuitear preguntar acotar resaltar zanjar matizar tildar";

/// Spanish reporting verbs written out.
const SPANISH_FORMS: &str = "dijo dice dicen dijeron decía dicho dirá diría sostuvo sostiene
    sostenía sostenido advirtió advierte advertía advertido reconoció reconoce reconocía
    reconocido concluyó concluye concluido admitió admite admitido respondió responde
    respondido añadió añade añadido escribió escribe escrito insistió insiste insistido
    cuenta contó confiesa confesó recuerda recordó manifiesta manifestó califica calificó
    calificado calificaron define definió definido";

/// Portuguese reporting verbs (`-ar` infinitives).
const PORTUGUESE_AR: &str = "afirmar declarar explicar ressaltar destacar acrescentar
    completar complementar sustentar ponderar avaliar criticar justificar reforçar reiterar
    comentar contar lembrar observar salientar sublinhar enfatizar alertar argumentar
    apontar indicar informar relatar revelar anunciar assegurar pontuar frisar classificar
    qualificar";

/// Portuguese reporting verbs written out.
const PORTUGUESE_FORMS: &str = "disse diz dizem disseram dizia dito dirá admitiu admite
    respondeu responde escreveu escreve defendeu defende disse";

/// Italian reporting verbs (`-are` infinitives).
const ITALIAN_ARE: &str = "affermare dichiarare spiegare sottolineare precisare osservare
    ricordare commentare annunciare assicurare raccontare denunciare evidenziare rilevare
    confermare";

/// Italian reporting verbs written out.
const ITALIAN_FORMS: &str = "dice disse dicono dissero diceva detto aggiunge aggiunse aggiunto
    risponde rispose risposto scrive scrisse scritto ammette ammise ammesso sostiene sostenne
    sostenuto ribadisce ribadì ribadito definisce definì definito definiscono bollato";

/// Forms that are also common English words, left out of the shared cue list
/// (the Romance rules still read them): `dire consequences`, `a lance`.
const ENGLISH_WORDS: &[&str] = &[
    "dire",
    "lance",
    "critique",
    "tranche",
    "résumé",
    "juge",
    "continue",
    "contar",
    "cite",
    "note",
    "observe",
    "accuse",
    "argue",
    "proposé",
    "demande",
    "suggest",
    "interroge",
    "poster",
    "pointer",
    "disposer",
    "clamer",
    "penser",
    "dispose",
    "conta",
    "dice",
    "relevant",
    "protestant",
    "observant",
    "insistent",
    "penchant",
    "twitter",
    "insurgent",
    "protester",
    "define",
    "contestant",
    "menace",
    "analyse",
    "nuance",
    "observer",
    "commenter",
    "accuser",
    "promise",
];

/// The forms of a French verb of the first group (`déclarer`: déclare,
/// déclarent, déclaré…, déclarait, déclara, déclarera…), or of the second
/// (`avertir`). A reflexive infinitive (`s'indigner`) gives its forms with `s’`.
pub fn french_forms(lemma: &str) -> Vec<String> {
    for prefix in ["s'", "se "] {
        if let Some(verb) = lemma.strip_prefix(prefix) {
            let mut out = Vec::new();
            for f in french_forms(verb) {
                let elided = f.starts_with(['a', 'e', 'é', 'i', 'o', 'u', 'è', 'ê']);
                if elided {
                    out.push(format!("s’{f}"));
                    out.push(format!("s'{f}"));
                }
                out.push(f);
            }
            return out;
        }
    }
    let Some(stem) = lemma.strip_suffix("er") else {
        let Some(stem) = lemma.strip_suffix("ir") else {
            return vec![lemma.to_string()];
        };
        return [
            "it", "issent", "i", "ie", "is", "issait", "issaient", "ira", "irait", "issant", "ir",
        ]
        .iter()
        .map(|e| format!("{stem}{e}"))
        .collect();
    };
    // Before `a` and `o`, `c` is written `ç` and `g` is `ge` (annonça, jugeait).
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    // A mute `e` in the stem's last syllable opens to `è` (répète, relève, martèle);
    // `appeler`, `jeter` double their consonant instead.
    let present = {
        let chars: Vec<char> = stem.chars().collect();
        let consonants = chars
            .iter()
            .rev()
            .take_while(|c| !"aeiouyéèêâîôû".contains(**c))
            .count();
        let vowel_at = chars.len().checked_sub(consonants + 1);
        match vowel_at.map(|i| (i, chars[i])) {
            Some((i, 'é' | 'e')) if consonants >= 1 && i > 0 => {
                if lemma.ends_with("peler") || lemma.ends_with("jeter") {
                    let last = chars[chars.len() - 1];
                    format!("{stem}{last}")
                } else {
                    let mut c = chars.clone();
                    c[i] = 'è';
                    c.into_iter().collect()
                }
            }
            _ => stem.to_string(),
        }
    };
    let mut out: Vec<String> = vec![
        format!("{present}e"),
        format!("{present}ent"),
        format!("{stem}é"),
        format!("{stem}ée"),
        format!("{stem}és"),
        format!("{stem}ées"),
        format!("{soft}ait"),
        format!("{soft}aient"),
        format!("{soft}a"),
        format!("{stem}èrent"),
        format!("{stem}era"),
        format!("{stem}eront"),
        format!("{stem}erait"),
        format!("{stem}eraient"),
        format!("{present}era"),
        format!("{present}erait"),
        format!("{soft}ant"),
        lemma.to_string(),
    ];
    out.dedup();
    out
}

/// The forms of a Spanish verb in `-ar`: afirma, afirman, afirmó, afirmaron,
/// afirmaba, afirmado, afirmará, afirmaría.
fn spanish_forms(lemma: &str) -> Vec<String> {
    let Some(stem) = lemma.strip_suffix("ar") else {
        return vec![lemma.to_string()];
    };
    // (`c` before `é` is `qu`, `g` is `gu`, `z` is `c`: not in the forms used here.)
    [
        "a", "an", "ó", "aron", "aba", "aban", "ado", "ará", "aría", "ando",
    ]
    .iter()
    .map(|e| format!("{stem}{e}"))
    .collect()
}

/// The forms of a Portuguese verb in `-ar`: afirma, afirmam, afirmou, afirmaram,
/// afirmava, afirmado.
fn portuguese_forms(lemma: &str) -> Vec<String> {
    let Some(stem) = lemma.strip_suffix("ar") else {
        return vec![lemma.to_string()];
    };
    ["a", "am", "ou", "aram", "ava", "avam", "ado", "ará", "aria"]
        .iter()
        .map(|e| format!("{stem}{e}"))
        .collect()
}

/// The forms of an Italian verb in `-are`: afferma, affermano, affermò,
/// affermato, affermava.
fn italian_forms(lemma: &str) -> Vec<String> {
    let Some(stem) = lemma.strip_suffix("are") else {
        return vec![lemma.to_string()];
    };
    // `spiegare`: spiega, spieghiamo…; the third persons need no `h`.
    ["a", "ano", "ò", "arono", "ava", "avano", "ato", "erà"]
        .iter()
        .map(|e| format!("{stem}{e}"))
        .collect()
}

/// Every French reporting-verb form.
pub static FRENCH_CUES: List = List(LazyLock::new(|| {
    let mut set: FxHashSet<String> = FRENCH_FORMS.split_whitespace().map(String::from).collect();
    set.extend(split_lemmas(FRENCH_ER).iter().flat_map(|l| french_forms(l)));
    set.into()
}));

/// Infinitives in a list, keeping `se` with its verb (`se féliciter`).
fn split_lemmas(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut words = s.split_whitespace();
    while let Some(w) = words.next() {
        if w == "se" {
            if let Some(v) = words.next() {
                out.push(format!("se {v}"));
            }
        } else {
            out.push(w.to_string());
        }
    }
    out
}

/// Every Spanish, Portuguese and Italian reporting-verb form.
pub static IBERO_ITALIAN_CUES: List = List(LazyLock::new(|| {
    let mut set: FxHashSet<String> = [SPANISH_FORMS, PORTUGUESE_FORMS, ITALIAN_FORMS]
        .iter()
        .flat_map(|s| s.split_whitespace())
        .map(String::from)
        .collect();
    set.extend(SPANISH_AR.split_whitespace().flat_map(spanish_forms));
    set.extend(PORTUGUESE_AR.split_whitespace().flat_map(portuguese_forms));
    set.extend(ITALIAN_ARE.split_whitespace().flat_map(italian_forms));
    set.into()
}));

/// The Romance forms that join the shared cue list: all but those that are also
/// English words.
pub fn shared_cue_forms() -> impl Iterator<Item = String> {
    FRENCH_CUES
        .0
        .iter()
        .chain(IBERO_ITALIAN_CUES.0.iter())
        .filter(|w| !ENGLISH_WORDS.contains(&w.as_str()) && !w.contains(' '))
        .cloned()
        .collect::<Vec<_>>()
        .into_iter()
}

list!(
    /// Finite forms of `avoir` (and `être` for reflexive verbs) before a
    /// participle, and the Spanish, Portuguese and Italian auxiliaries
    /// (`a déclaré`, `ha dicho`, `tem dito`, `ha detto`).
    ROMANCE_AUXILIARIES,
    "a ont avait avaient aura auront aurait auraient avoir ayant eu",
    "l’a l'a l’ont l'ont l’avait l'avait l’aurait l'aurait n’a n'a n’ont n'ont n’avait",
    "n'avait n’aurait n'aurait qu’a qu'a qu’ont qu'ont qu’avait qu'avait m’a m'a m’ont m'ont",
    "m’avait m'avait t’a t'a",
    "ha han había habían habría hubiera he hemos",
    "tem têm tinha tinham teria havia",
    "hanno aveva avevano avrebbe"
);

list!(
    /// Forms of `être` that make a French participle passive (`sont prévus`).
    FRENCH_ETRE,
    "est sont était étaient sera seront serait seraient été être fut furent soit soient"
);

list!(
    /// Adverbs and particles between an auxiliary or subject and its participle or
    /// verb (`a également déclaré`, `n’a pas caché`, `a-t-il encore dit`).
    ROMANCE_ADVERBS,
    "également aussi ainsi encore déjà notamment pourtant alors ensuite enfin toutefois",
    "cependant d’ailleurs d'ailleurs lui-même elle-même eux-mêmes même bien plutôt clairement",
    "vivement publiquement récemment aussitôt immédiatement longtemps souvent toujours",
    "jamais pas plus ne n’ y en lui leur leurs se s’ s' d’abord d'abord simplement",
    "franchement sobrement fermement carrément fièrement prudemment",
    "también además ya así luego incluso después",
    "também ainda já assim depois", "anche inoltre poi già"
);

list!(
    /// Determiners that open a Romance noun phrase and make it definite.
    ROMANCE_DEFINITE,
    "le la les l’ l' ce cet cette ces son sa ses leur leurs notre nos votre",
    "el los las este esta estos estas ese esa su sus",
    "o os as este esta seu sua seus suas esse essa do da dos das",
    "il lo gli i questo questa suo sua"
);

list!(
    /// Determiners that open a Romance noun phrase someone unnamed is in.
    ROMANCE_INDEFINITE,
    "un une des plusieurs certains certaines quelques deux trois quatre cinq nombreux",
    "uno una unos unas varios varias algunos algunas dos tres",
    "um uma uns umas vários várias alguns algumas dois duas três",
    "alcuni alcune"
);

list!(
    /// Prepositions that join a complement to a Romance noun (`le ministre de
    /// l’intérieur`, `el portavoz del gobierno`).
    ROMANCE_LINKS,
    "de du d’ d' des à au aux pour chez auprès sur",
    "del para en con",
    "do da dos das no na nos nas em com",
    "di del della dello dei degli delle per dal dalla dai dagli sul sulla nel nella nei",
    "pelo pela pelos pelas"
);

/// `data/pronouns.tsv` without its comment lines: French, Spanish, Portuguese and
/// Italian personal pronouns with their person, gender and number.
pub(crate) const PRONOUNS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/pronouns.tsv"), "#");

pronouns!(
    /// Personal pronouns that can be a speaker in French, Spanish, Portuguese, Italian.
    ROMANCE_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::speaker
);

list!(
    /// Words that open a sentence without being a name: determiners,
    /// prepositions, pronouns, conjunctions and adverbs (`Le`, `Pour`, `Selon`).
    ROMANCE_OPENERS,
    "le la les l’ l' un une des du de d’ d' ce cet cette ces son sa ses leur leurs",
    "il elle ils elles on je nous vous pour selon d’après d'après dans en à au aux par sur",
    "avec sans sous après avant depuis pendant lors mais et ou donc or car ni puis ainsi",
    "devant derrière vers entre malgré face contre parmi durant désormais néanmoins outre",
    "grâce puis dès hier aujourd’hui aujourd'hui mardi lundi mercredi jeudi vendredi samedi",
    "dimanche sobre hacia hasta contra entre mientras aunque ayer hoy luego después tras",
    "embora porém contudo entretanto após durante antes depois ainda já hoje ontem até",
    "su tra fra contro verso mentre però quindi oggi ieri dopo prima",
    "alors enfin ensuite encore aussi déjà cependant pourtant toutefois mais quand lorsque si",
    "comme parce dont où qui que quoi tout tous toute toutes chaque aucun aucune plusieurs",
    "como come",
    "cela ceci ça c’est c'est il y interrogé interrogée interrogés interrogées selon outre",
    "el los las uno una unos unas este esta según para por con sin en desde tras ante y o pero",
    "él ella ellos ellas también además sin embargo así cuando aunque",
    "o os as um uma segundo em com sem para ao aos na no nas nos pela pelo e mas ele ela",
    "eles elas também quando após",
    "il lo gli i secondo per con da di nel nella e ma anche quando dopo"
);

list!(
    /// French, Spanish, Portuguese and Italian nouns for a person's role or
    /// occupation (`le ministre`, `la porte-parole`, `el portavoz`).
    ROMANCE_ROLE_NOUNS,
    "ministre président présidente député députée sénateur sénatrice maire porte-parole",
    "directeur directrice secrétaire chef cheffe responsable avocat avocate procureur",
    "procureure juge expert experte chercheur chercheuse professeur professeure économiste",
    "syndicaliste militant militante élu élue élus dirigeant dirigeante patron patronne",
    "fondateur fondatrice conseiller conseillère ambassadeur ambassadrice général commissaire",
    "policier enquêteur enquêteurs témoin témoins habitant habitante habitants victime analyste",
    "spécialiste sociologue politologue historien historienne médecin journaliste auteur",
    "auteure autrice candidat candidate gouverneur chancelier chancelière délégué déléguée",
    "adjoint adjointe rapporteur rapporteure source sources entourage proche proches membre",
    "représentant représentante opposant opposants partisan collaborateur collègue père mère",
    "fils fille ami amie voisin voisine patron présidents ministres experts chercheurs",
    "eurodéputé eurodéputée chercheurs responsables dirigeants élus avocats commandant colonel",
    "capitaine préfet préfète recteur rectrice sénateurs députés leader leadeuse coordinateur",
    "coordinatrice trésorier trésorière vice-président vice-présidente premier première",
    "ministro ministra presidenta diputado diputada senador senadora alcalde alcaldesa",
    "portavoz vocero vocera director directora secretario secretaria jefe jefa abogado abogada",
    "fiscal juez jueza experto experta investigador investigadora profesor profesora",
    "economista dirigente líder titular mandatario mandataria candidato candidata asesor",
    "asesora embajador embajadora gobernador gobernadora concejal timonel",
    "deputado deputada prefeito prefeita governador governadora porta-voz diretor diretora",
    "secretário secretária advogado advogada procurador procuradora juiz juíza especialista",
    "professor professora parlamentar senadores deputados",
    "deputato deputata senatore senatrice sindaco portavoce direttore direttrice segretario",
    "segretaria avvocato avvocata procuratore giudice esperto esperta professore professoressa",
    "leader premier"
);

list!(
    /// French, Spanish, Portuguese and Italian nouns for bodies and documents that
    /// speak (`le texte prévoit`, `le ministère a indiqué`, `el informe señala`).
    ROMANCE_SOURCE_NOUNS,
    "texte projet loi rapport communiqué décret document étude enquête sondage lettre",
    "courrier note circulaire arrêté jugement décision avis ordonnance réforme amendement",
    "proposition gouvernement ministère parquet préfecture mairie police gendarmerie syndicat",
    "parti association entreprise groupe société collectif commission tribunal cour conseil",
    "direction institut agence fédération comité journal quotidien hebdomadaire site",
    "constitution traité accord directive règlement article",
    "informe comunicado documento ley proyecto gobierno ministerio decreto estudio encuesta",
    "carta sentencia fallo resolución partido empresa tribunal",
    "relatório nota documento lei projeto governo ministério decreto estudo pesquisa",
    "carta sentença partido empresa",
    "rapporto nota documento legge progetto governo ministero decreto studio sondaggio",
    "lettera sentenza partito azienda"
);

list!(
    /// French and other Romance documents that hold words (`le projet de loi
    /// énonce`): a definite one refers back to the fullest description of it.
    ROMANCE_DOCUMENT_NOUNS,
    "texte projet loi rapport communiqué décret document étude lettre circulaire arrêté",
    "jugement décision avis ordonnance réforme amendement proposition constitution traité",
    "accord directive règlement",
    "informe comunicado documento ley proyecto decreto sentencia",
    "relatório lei projeto decreto", "rapporto legge progetto decreto"
);

list!(
    /// Romance roles and sources a definite description refers back with (`le
    /// ministre`, `la députée`, `le ministère`).
    ROMANCE_REFERRING,
    "ministre président présidente député députée sénateur sénatrice maire porte-parole",
    "directeur directrice secrétaire chef cheffe responsable avocat avocate procureur juge",
    "candidat candidate gouverneur chancelier chancelière dirigeant dirigeante patron",
    "élu élue préfet préfète eurodéputé eurodéputée",
    "ministro ministra presidente presidenta diputado diputada senador senadora alcalde",
    "alcaldesa portavoz mandatario mandataria titular candidato candidata",
    "deputado deputada prefeito prefeita governador governadora parlamentar",
    "deputato deputata senatore senatrice sindaco"
);

list!(
    /// Romance organisations a definite description refers back to (`le ministère`).
    ROMANCE_ORG_REFERENCES,
    "gouvernement ministère parquet préfecture mairie police gendarmerie syndicat parti",
    "association entreprise groupe société commission conseil agence institut",
    "gobierno ministerio partido empresa governo ministério governo ministero partito azienda"
);

list!(
    /// Time words: `a déclaré jeudi`, `dijo el lunes` name no speaker.
    ROMANCE_TIME_WORDS,
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui aujourd'hui demain",
    "soir matin midi après-midi janvier février mars avril mai juin juillet août septembre",
    "octobre novembre décembre",
    "lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana tarde noche",
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi"
);

list!(
    /// Words before a source that say whose words follow (`selon X`, `d'après X`,
    /// `según X`, `segundo X`, `secondo X`).
    ROMANCE_ACCORDING,
    "selon d’après d'après según segundo secondo conforme"
);

/// `data/titles.tsv` without its comment lines: French, Spanish, Portuguese and
/// Italian titles with the gender they tell.
pub(crate) const TITLES_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/titles.tsv"), "#");

titles!(
    /// Honorifics written before a name (`M.`, `Mme`, `Sra.`, `Sig.`): the
    /// Romance grammar reads a name after them.
    ROMANCE_TITLES,
    TITLES_TSV,
    |t| t.is("honorific")
);

titles!(
    /// Titles written before a name that every language's rules read (class
    /// `title`: `Señor`, `presidenta`, `ministre`).
    ROMANCE_NAME_TITLES,
    TITLES_TSV,
    Title::before_name
);

titles!(
    /// Romance honorifics that say the person is a woman (`Mme`, `Sra.`).
    ROMANCE_FEMALE_TITLES,
    TITLES_TSV,
    Title::woman
);

titles!(
    /// Romance honorifics that say the person is a man (`M.`, `Sr.`).
    ROMANCE_MALE_TITLES,
    TITLES_TSV,
    Title::man
);

list!(
    /// Words before marks that hold a name or a term, not someone's words (`le
    /// terme « … »`, `baptisé « … »`, `l’opération « … »`).
    ROMANCE_NAMING,
    "baptisé baptisée baptisés baptisées surnommé surnommée surnommés intitulé intitulée",
    "intitulés intitulées dénommé dénommée soi-disant prétendu prétendue mot mots terme termes",
    "expression slogan livre film ouvrage roman chanson émission série opération hashtag titre",
    "titré titrée nom label appelé appelée appelés appelées",
    "llamado llamada denominado denominada bautizado bautizada apodado apodada titulado titulada",
    "libro película término palabra lema",
    "chamado chamada apelidado apelidada intitulado intitulada livro filme termo palavra",
    "cosiddetto cosiddetta cosiddetti chiamato chiamata intitolato intitolata termine parola"
);

pronouns!(
    /// French subject pronouns (and `lui`, `eux` after `selon`).
    FRENCH_PRONOUNS,
    PRONOUNS_TSV,
    |p| p.of("fr")
);

pronouns!(
    /// Spanish subject pronouns.
    SPANISH_PRONOUNS,
    PRONOUNS_TSV,
    |p| p.of("es")
);

pronouns!(
    /// Portuguese subject pronouns.
    PORTUGUESE_PRONOUNS,
    PRONOUNS_TSV,
    |p| p.of("pt")
);

pronouns!(
    /// Italian subject pronouns.
    ITALIAN_PRONOUNS,
    PRONOUNS_TSV,
    |p| p.of("it")
);

/// Whether `w` is a personal pronoun that can be a speaker in `lang` (`il` is
/// one in French, an article in Italian).
pub fn is_pronoun(lang: Lang, w: &str) -> bool {
    let list = match lang {
        Lang::Fr => &FRENCH_PRONOUNS,
        Lang::Es => &SPANISH_PRONOUNS,
        Lang::Pt => &PORTUGUESE_PRONOUNS,
        Lang::It => &ITALIAN_PRONOUNS,
        _ => &ROMANCE_PRONOUNS,
    };
    list.has(w)
}

list!(
    /// French past participles that are not also a present tense: like the `-é`
    /// forms, they are a cue only after an auxiliary (`a répondu`, not `prévus`).
    FRENCH_PARTICIPLES,
    "répondu prévenu prévenue prévu prévue prévus prévues reconnu reconnue admis admise",
    "promis promise soutenu soutenue maintenu poursuivi conclu conclue repris démenti",
    "renchéri réagi averti avertie redit"
);

/// `data/belief.tsv` without its comment lines: the verbs of belief of each
/// Romance language, once each, with their forms.
pub(crate) const BELIEF_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/belief.tsv"), "#");

/// The forms of the rows of `data/belief.tsv` for language `code` (`fr`, `es`,
/// `pt`, `it`) whose classes include `class`.
fn table_forms(code: &str, class: &str) -> FxHashSet<String> {
    BELIEF_TSV
        .lines()
        .filter_map(|row| {
            let mut cols = row.split('\t');
            let (lang, _infinitive, forms, classes) =
                (cols.next()?, cols.next()?, cols.next()?, cols.next()?);
            (lang == code && classes.split(' ').any(|c| c == class)).then_some(forms)
        })
        .flat_map(|forms| forms.split(' ').map(str::to_string))
        .collect()
}

/// French verbs of belief: what follows is the believer's view (`pense que`).
pub static FRENCH_BELIEF: List = List(LazyLock::new(|| table_forms("fr", "belief").into()));

/// Spanish verbs of belief (`cree que`).
pub static SPANISH_BELIEF: List = List(LazyLock::new(|| table_forms("es", "belief").into()));

/// Portuguese verbs of belief (`acha que`).
pub static PORTUGUESE_BELIEF: List = List(LazyLock::new(|| table_forms("pt", "belief").into()));

/// Italian verbs of belief (`ritiene che`).
pub static ITALIAN_BELIEF: List = List(LazyLock::new(|| table_forms("it", "belief").into()));

/// The rows of `data/belief.tsv` of class `opinion`, as (language, form): verbs
/// that report a view in a `que` clause (`estime que`) but stay reporting verbs
/// before a quotation.
static OPINIONS: LazyLock<FxHashSet<(String, String)>> = LazyLock::new(|| {
    ["fr", "es", "pt", "it"]
        .iter()
        .flat_map(|code| {
            table_forms(code, "opinion")
                .into_iter()
                .map(move |form| (code.to_string(), form))
        })
        .collect()
});

/// Whether `w` is a verb of belief or opinion in `lang` (`pense`, `estime`,
/// `cree`, `acha`, `ritiene`).
pub fn is_belief(lang: Lang, w: &str) -> bool {
    let (list, code) = match lang {
        Lang::Fr => (&FRENCH_BELIEF, "fr"),
        Lang::Es => (&SPANISH_BELIEF, "es"),
        Lang::Pt => (&PORTUGUESE_BELIEF, "pt"),
        Lang::It => (&ITALIAN_BELIEF, "it"),
        _ => return false,
    };
    list.has(w) || OPINIONS.contains(&(code.to_string(), w.to_lowercase()))
}

pronouns!(
    /// Pronouns for one man: French `il`, `lui`, `celui`; Spanish `él`; Portuguese
    /// `ele`; Italian `lui`.
    ROMANCE_MALE_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::one_man
);

pronouns!(
    /// Pronouns for one woman: French `elle`, `celle`; Spanish `ella`; Portuguese
    /// `ela`; Italian `lei`.
    ROMANCE_FEMALE_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::one_woman
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of `data/belief.tsv` is read, each verb of a language once, and
    /// each language's forms reach its list.
    #[test]
    fn every_belief_row_is_read() {
        let mut seen = std::collections::HashSet::new();
        for row in BELIEF_TSV.lines() {
            let cols: Vec<&str> = row.split('\t').collect();
            assert_eq!(cols.len(), 4, "{row}");
            assert!(seen.insert((cols[0], cols[1])), "twice: {row}");
            let lang = match cols[0] {
                "fr" => Lang::Fr,
                "es" => Lang::Es,
                "pt" => Lang::Pt,
                "it" => Lang::It,
                other => panic!("language {other}: {row}"),
            };
            assert!(matches!(cols[3], "belief" | "opinion"), "{row}");
            for form in cols[2].split(' ') {
                assert!(!form.is_empty(), "{row}");
                assert!(is_belief(lang, form), "{form}: {row}");
            }
        }
        assert!(!is_belief(Lang::Fr, "cree"));
        assert!(is_belief(Lang::It, "ritiene"));
        assert!(is_belief(Lang::Fr, "estime") && !FRENCH_BELIEF.has("estime"));
    }
}
