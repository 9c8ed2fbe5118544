use crate::core::analyze;
use crate::core::offsets::Unit;
use crate::core::page::Page;
use crate::core::report::build;

use crate::core::attribution::tests::{Row, rows};

/// A [`Row`] for every quote.
fn quotes(text: &str) -> Vec<Row> {
    let page = Page::from_text(text);
    rows(build(&page, &analyze(&page).unwrap(), Unit::Utf8))
}

/// The speaker name and cue of the one quote in a French paragraph that
/// follows an introduction naming two people.
fn french(sentence: &str) -> (Option<String>, Option<String>) {
    let text = format!(
        "La ministre de la culture, Hélène Garnier, a reçu mardi les directeurs des musées \
         de la région pour une réunion sur le budget.\n{sentence}"
    );
    let mut q = quotes(&text);
    assert_eq!(q.len(), 1, "{q:?}");
    let q = q.remove(0);
    (q.1, q.3)
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn french_inverted_cue_after_the_quote_names_the_speaker() {
    assert_eq!(
        french("« Nous fermerons deux salles », a déclaré Paul Mercier, directeur du musée."),
        (s("Paul Mercier"), s("a déclaré"))
    );
    assert_eq!(
        french("« Les prix vont baisser », explique Jeanne Roux, économiste à Lyon."),
        (s("Jeanne Roux"), s("explique"))
    );
    assert_eq!(
        french("« Le budget sera voté en juin », a indiqué jeudi à l’AFP Paul Mercier."),
        (s("Paul Mercier"), s("a indiqué"))
    );
}

#[test]
fn french_pronoun_written_into_the_verb_refers_back() {
    assert_eq!(
        french("« Rien ne sera fermé avant l’été », estime-t-elle."),
        (s("Hélène Garnier"), s("estime"))
    );
    assert_eq!(
        french("« Rien ne sera fermé avant l’été », a-t-elle ajouté."),
        (s("Hélène Garnier"), s("a-t-elle ajouté"))
    );
}

#[test]
fn french_definite_role_refers_back_to_the_person() {
    assert_eq!(
        french("« Nous tiendrons nos promesses », a assuré la ministre devant la presse."),
        (s("Hélène Garnier"), s("a assuré"))
    );
}

#[test]
fn french_subject_before_a_compound_tense_and_a_colon() {
    assert_eq!(
        french("Mme Garnier a ensuite répondu : « Les musées resteront ouverts. »"),
        (s("Hélène Garnier"), s("a ensuite répondu"))
    );
    assert_eq!(
        french(
            "Paul Mercier, directeur du musée des beaux-arts, a annoncé qu’il proposerait un « plan de sauvetage ambitieux »."
        ),
        (s("Paul Mercier"), s("a annoncé"))
    );
}

#[test]
fn french_selon_and_pour_name_the_source() {
    assert_eq!(
        french("Selon Jeanne Roux, « les visiteurs reviendront dès le printemps »."),
        (s("Jeanne Roux"), s("Selon"))
    );
    assert_eq!(
        french("« Les visiteurs reviendront dès le printemps », selon Jeanne Roux."),
        (s("Jeanne Roux"), s("selon"))
    );
    assert_eq!(
        french("Pour Jeanne Roux, « les visiteurs reviendront dès le printemps »."),
        (s("Jeanne Roux"), s("Pour"))
    );
}

#[test]
fn french_apposition_after_an_unnamed_role_gives_the_name() {
    assert_eq!(
        french(
            "« Nous attendons des moyens », a déclaré le porte-parole du syndicat, Marc Giraud."
        ),
        (s("Marc Giraud"), s("a déclaré"))
    );
}

#[test]
fn french_participle_without_auxiliary_is_no_cue() {
    // `les cas prévus par`: an adjective, so the short fragment stays unattributed.
    let q = quotes(
        "La réforme a été présentée hier aux élus de la commission des finances.\n\
         Les cas prévus par le règlement sont une « exception rare ».",
    );
    assert!(q.iter().all(|q| q.1.is_none()), "{q:?}");
}

#[test]
fn french_document_speaks_with_its_fullest_description() {
    let q = quotes(
        "Les députés ont adopté mardi le projet de loi sur la protection des forêts présenté par le gouvernement.\n\
         Le projet de loi énonce les cas dans lesquels une coupe est permise. Il s’agit notamment de « la sécurité des personnes et des biens » et de « la lutte contre les incendies de forêt ».",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    for row in &q {
        assert_eq!(row.1, s("projet de loi sur la protection des forêts"));
    }
}

#[test]
fn spanish_italian_and_portuguese_cues_and_sources() {
    let es = quotes(
        "El alcalde de la ciudad, Jorge Paredes, visitó el puerto el lunes por la mañana con los vecinos.\n\
         “No vamos a cerrar el mercado”, dijo Paredes a los periodistas.\n\
         “Los precios bajarán pronto”, afirmó.",
    );
    assert_eq!(es[0].1, s("Jorge Paredes"));
    assert_eq!(es[1].1, s("Jorge Paredes"), "{es:?}");
    let it = quotes(
        "Il sindaco della città, Marco Bellini, ha visitato il porto con i cittadini della zona.\n\
         «Non chiuderemo il mercato», ha detto Bellini ai giornalisti.",
    );
    assert_eq!(it[0].1, s("Marco Bellini"));
    let pt = quotes(
        "O prefeito da cidade, Paulo Ramos, visitou o porto com os moradores da região nesta terça.\n\
         \"Não vamos fechar o mercado\", afirmou Ramos.\n\
         Segundo a prefeita Ana Costa, \"o mercado fica aberto até o fim do ano\".",
    );
    assert_eq!(pt[0].1, s("Paulo Ramos"));
    assert_eq!(pt[1].1, s("Ana Costa"), "{pt:?}");
}

#[test]
fn dropped_subject_goes_on_with_the_previous_speaker_or_the_sentence_subject() {
    let q = quotes(
        "La senadora Lucía Ferrer habló el martes con el ministro de Hacienda, Tomás Vidal, sobre el presupuesto.\n\
         “No vamos a aprobar este presupuesto”, afirmó Ferrer.\n\
         “Faltan recursos para los hospitales”, agregó.\n\
         Ella criticó al ministro Vidal, pero defendió una “reforma gradual de los impuestos”.",
    );
    assert_eq!(q[1].1, s("Lucía Ferrer"), "{q:?}");
    assert_eq!(q[2].1, s("Lucía Ferrer"), "{q:?}");
}

#[test]
fn opinion_frame_opening_the_sentence_names_the_speaker() {
    let q = quotes(
        "O deputado Carlos Lima votou contra o projeto do governo na comissão nesta semana.\n\
         Para Lima, ex-ministro da Fazenda, o novo imposto é uma \"medida desastrosa para as famílias\".",
    );
    assert_eq!(q[0].1, s("Carlos Lima"), "{q:?}");
}

#[test]
fn capitalised_role_noun_after_an_article_refers_back() {
    let q = quotes(
        "El tema fue abordado ayer por el Presidente Arturo Solís en una entrevista con la radio.\n\
         “Vamos a reforzar las carreteras del sur”, adelantó el Mandatario a los periodistas.",
    );
    assert_eq!(q[0].1, s("Arturo Solís"), "{q:?}");
}

#[test]
fn french_definite_role_is_the_person_given_that_role() {
    let q = quotes(
        "Le président du club, Louis Vernet, a rencontré jeudi le maire de la ville, Éric Sabatier, au stade.\n\
         « Le stade sera rénové », a assuré le maire à la sortie.\n\
         « Nous avons trouvé un accord », a ajouté le président du club.\n\
         « Rien n’est signé », a prévenu le secrétaire général.",
    );
    assert_eq!(q[0].1, s("Éric Sabatier"), "{q:?}");
    assert_eq!(q[1].1, s("Louis Vernet"), "{q:?}");
    // A role the text gives no one is someone unnamed.
    assert_eq!(q[2].1, s("le secrétaire général"), "{q:?}");
}

#[test]
fn french_name_between_commas_after_its_role_and_adverbials_before_the_participle() {
    assert_eq!(
        french(
            "Le directeur du musée, Paul Mercier, a de son côté estimé que la saison était « difficile mais pas perdue »."
        ),
        (s("Paul Mercier"), s("a de son côté estimé"))
    );
    assert_eq!(
        french("C’est ce qu’a expliqué Jeanne Roux, économiste : « Les visiteurs reviendront. »"),
        (s("Jeanne Roux"), s("qu’a expliqué"))
    );
}

#[test]
fn french_impersonal_on_speaks_for_the_place_after_it() {
    assert_eq!(
        french("« La décision sera prise lundi », indique-t-on à l’Elysée."),
        (s("l’Elysée"), s("indique"))
    );
}

#[test]
fn french_elided_article_opens_a_description_and_adverbs_after_the_cue() {
    let q = quotes(
        "L’avocate de la famille, Maître Sylvie Caron, a déposé plainte mardi devant le tribunal de la ville.\n\
         « Nous irons jusqu’au bout », résume sobrement l’avocate.\n\
         « La justice doit passer », ajoute celle qui défend la famille depuis trois ans.\n\
         « Les familles attendent des réponses », relève dans un communiqué l’association des victimes.",
    );
    assert_eq!(q[0].1, s("Sylvie Caron"), "{q:?}");
    assert_eq!(q[1].1, s("Sylvie Caron"), "{q:?}");
    assert_eq!(q[2].1, s("l’association des victimes"), "{q:?}");
}

#[test]
fn french_opinion_frame_with_a_group() {
    assert_eq!(
        french("Pour les syndicats de guides, « la réforme a été bâclée »."),
        (s("les syndicats de guides"), s("Pour"))
    );
}

#[test]
fn a_belief_in_its_sentence_keeps_a_fragment_from_the_document() {
    let q = quotes(
        "Les députés ont adopté mardi le projet de loi sur la protection des forêts présenté par le gouvernement.\n\
         Le projet de loi prévoit des contrôles renforcés, précise le texte. Le ministère pense que ces contrôles arrêteront les fraudeurs « avant la frontière du département ».",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn french_periphrastic_cues_and_a_hearer_pronoun_before_the_cue() {
    assert_eq!(
        french("« Ce plan coûtera trop cher », fait valoir Paul Mercier, élu d’opposition."),
        (s("Paul Mercier"), s("fait valoir"))
    );
    assert_eq!(
        french("« Il faudra être patient », m’a confié Paul Mercier."),
        (s("Paul Mercier"), s("m’a confié"))
    );
    assert_eq!(
        french("« Il faudra être patient », nous explique Paul Mercier."),
        (s("Paul Mercier"), s("explique"))
    );
    assert_eq!(
        french("Paul Mercier a mis en garde : « La dette de la ville va exploser. »"),
        (s("Paul Mercier"), s("a mis en garde"))
    );
}

#[test]
fn spanish_and_portuguese_agreement_sources() {
    let q = quotes(
        "El ministro de Economía, Tomás Vidal, presentó el lunes el presupuesto del próximo año.\n\
         De acuerdo con Vidal, “el déficit bajará a la mitad en dos años”.",
    );
    assert_eq!(q[0].1, s("Tomás Vidal"), "{q:?}");
}

#[test]
fn french_terms_and_names_in_marks_are_not_attributed() {
    let q = quotes(
        "Le gouvernement a présenté mardi son plan pour les transports de la région parisienne.\n\
         Le ministre a défendu le dispositif dit « de la dernière chance ».\n\
         Il a aussi présenté l’opération « Métro pour tous ».",
    );
    assert!(q.is_empty(), "{q:?}");
    assert_eq!(
        french("Comme le souligne Paul Mercier, « les visiteurs reviendront dès le printemps »."),
        (s("Paul Mercier"), s("souligne"))
    );
}

#[test]
fn french_auxiliary_of_dit_and_a_group_in_an_opinion_frame() {
    assert_eq!(
        french(
            "Interrogé par la radio, le directeur, Paul Mercier, a décrit une situation « dramatique »."
        ),
        (s("Paul Mercier"), s("a décrit"))
    );
    assert_eq!(
        french(
            "Pour les écologistes, ces épisodes sont « la conséquence directe du réchauffement »."
        ),
        (s("les écologistes"), s("Pour"))
    );
    assert_eq!(
        french(
            "La députée EELV Jeanne Roux a appelé le gouvernement à « agir enfin à la hauteur de l’urgence »."
        ),
        (s("Jeanne Roux"), s("a appelé"))
    );
}

#[test]
fn italian_article_il_is_no_pronoun_and_a_source_named_in_apposition() {
    let q = quotes(
        "Il presidente della Regione, Marco Ferretti, ha incontrato ieri i sindacati dei trasporti.\n\
         «Il confronto continuerà la prossima settimana», ha aggiunto il presidente.\n\
         Secondo la segretaria del sindacato, Laura Bianchi, «la Regione non ha fatto alcuna proposta concreta».",
    );
    assert_eq!(q[0].1, s("Marco Ferretti"), "{q:?}");
    assert_eq!(q[1].1, s("Laura Bianchi"), "{q:?}");
}

#[test]
fn the_phrase_after_a_verb_before_a_fragment_is_its_object() {
    let q = quotes(
        "O senador Paulo Ramos criticou nesta terça os pedidos de intervenção no tribunal da cidade.\n\
         E qualificou a decisão como \"um erro histórico e grave\".",
    );
    assert_eq!(q[0].1, s("Paulo Ramos"), "{q:?}");
}

#[test]
fn a_singular_dropped_subject_does_not_go_on_with_a_plural_source() {
    let q = quotes(
        "El portavoz del partido, Javier Molina, calificó el plan de la ministra de improvisado.\n\
         Según fuentes del ministerio, “las primeras dosis llegarán en marzo a todas las regiones”.\n\
         “No hay ninguna improvisación en este plan”, respondió.",
    );
    assert_eq!(q[1].1, s("Javier Molina"), "{q:?}");
}

#[test]
fn a_verb_coordinated_with_the_first_shares_its_subject() {
    assert_eq!(
        french(
            "Le juge Alain Morel a renvoyé l’affaire devant le tribunal et dénonce « une fraude d’une ampleur inédite »."
        ),
        (s("Alain Morel"), s("dénonce"))
    );
}

#[test]
fn french_belief_verbs_attribute_only_longer_fragments_and_peut_on_lire() {
    assert_eq!(
        french(
            "Paul Mercier pense que cette réforme est « indispensable pour sauver les musées »."
        ),
        (s("Paul Mercier"), s("pense"))
    );
    let q = quotes(
        "Les députés ont reçu mardi le rapport de la commission d’enquête sur les musées.\n\
         « Les collections sont mal conservées dans la moitié des établissements », peut-on lire dans le rapport.",
    );
    assert_eq!(q[0].2, s("le rapport"), "{q:?}");
}

#[test]
fn attribution_written_inside_the_marks() {
    assert_eq!(
        french("« Nous rouvrirons les salles, explique-t-elle, mais pas avant l’automne. »"),
        (s("Hélène Garnier"), s("explique"))
    );
    let q = quotes(
        "El entrenador del equipo, Luis Herrera, habló el domingo tras el partido con la prensa.\n\
         «Vamos a ganar la liga —dijo Herrera—, pero será muy difícil».",
    );
    assert_eq!(q[0].1, s("Luis Herrera"), "{q:?}");
}

#[test]
fn a_possessive_role_is_someone_else() {
    let q = quotes(
        "Le chanteur Paul Mercier a été condamné mardi à deux ans de prison par le tribunal de Lyon.\n\
         « Il ne comprend pas cette décision », a expliqué son avocat devant le tribunal.",
    );
    assert_eq!(q[0].1, s("son avocat"), "{q:?}");
}

#[test]
fn an_outlet_run_into_the_speaker_after_au() {
    assert_eq!(
        french("« Nous fermerons deux salles », a confié au Parisien Paul Mercier."),
        (s("Paul Mercier"), s("a confié"))
    );
}

#[test]
fn a_time_and_a_channel_between_the_cue_and_the_subject() {
    assert_eq!(
        french(
            "« Nous fermerons deux salles », a estimé mardi soir sur France 2 le ministre de la culture."
        ),
        (s("Hélène Garnier"), s("a estimé"))
    );
}

#[test]
fn a_short_title_case_fragment_is_a_name_even_after_a_cue() {
    let q = quotes(
        "La ministre de la culture, Hélène Garnier, a reçu mardi les directeurs des musées.\n\
         Hélène Garnier a annoncé mardi un plan « Musées Ouverts » pour la rentrée.",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn italian_elided_preposition_before_the_subject() {
    let q = quotes(
        "Il ministro dell’Economia, Paolo Conti, ha presentato ieri la manovra ai sindacati.\n\
         «I conti pubblici sono in ordine», ha detto all’ANSA l’avvocato Marco Ferri.",
    );
    assert_eq!(q[0].1, s("Marco Ferri"), "{q:?}");
}
