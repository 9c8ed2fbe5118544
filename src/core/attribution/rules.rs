//! Named rules. Every attribution the engine makes comes from one rule, with a
//! name, a one-line description, the kinds of quotation it attributes and its
//! confidence, written once where the rules of its language are listed
//! (`lang/<language>/rules.rs`, and this file for the engine's own). The eval
//! output names the rule of each attribution (`whosaid jsonl --rules`), and a
//! rule can be switched off (`--without NAME`) to measure what it is worth
//! (`npm run eval -- --rules`).

use super::QuoteKind;

/// One attribution rule.
#[derive(Debug)]
pub struct Rule {
    /// `language/what-it-reads`, unique.
    pub name: &'static str,
    /// What it reads, in one line (empty in the wasm, where nothing lists rules).
    pub description: &'static str,
    /// The kinds of quotation it attributes.
    pub kinds: &'static [QuoteKind],
    /// How sure it is (some rules lower it where they say so).
    pub confidence: f32,
}

/// Declares rules and the list of them, `RULES`:
/// `NAME = "lang/name", [Direct, Mixed], 0.85, "what it reads";`.
macro_rules! rules {
    ($($id:ident = $name:literal, [$($kind:ident),*], $confidence:literal, $description:literal;)*) => {
        $(
            #[doc = $description]
            pub(in crate::core::attribution) static $id: $crate::core::attribution::rules::Rule =
                $crate::core::attribution::rules::Rule {
                    name: $name,
                    // (Only the command line lists rules: the wasm keeps no descriptions.)
                    description: if cfg!(target_arch = "wasm32") { "" } else { $description },
                    kinds: &[$($crate::core::attribution::QuoteKind::$kind),*],
                    confidence: $confidence,
                };
        )*
        /// This file's rules, in the order they are tried.
        pub(in crate::core::attribution) static RULES: &[&$crate::core::attribution::rules::Rule] =
            &[$(&$id),*];
    };
}
pub(super) use rules;

rules! {
    TRANSCRIPT_LABEL = "engine/transcript-label", [Direct], 0.75,
        "A transcript's or an interview's line is the words of the person its label names (`DOE:`, `A:`).";
    TRANSCRIPT_UNLABELLED = "engine/transcript-unlabelled", [Direct], 0.3,
        "A transcript's line whose label names no one known (a question, an unknown answerer).";
    CONTINUES_SPEAKER = "engine/continues-speaker", [Direct, Mixed], 0.5,
        "A stand-alone quotation right after one with a speaker goes on with that speaker.";
    REPORTED_MOOD = "engine/reported-mood", [Direct, Mixed], 0.45,
        "A quotation in a sentence whose grammar says it reports speech by its mood (German subjunctive) goes on with the nearest speaker before it.";
    SIGNATURE = "engine/signature", [Direct], 0.75,
        "A blockquote or a paragraph-long quotation signed by the dash line after it (`— Jane Ruiz`).";
    PULL_QUOTE = "engine/pull-quote", [Direct], 0.6,
        "A quotation left open, closed by the short line after it that names its speaker.";
    NEXT_BLOCK = "engine/next-block", [Direct, Mixed], 0.75,
        "A quotation ending its block on a comma, attributed in the next block (`<td>said X</td>`); at most 0.75.";
}

#[cfg(test)]
mod tests {
    use super::super::{all_rules, clause, lang};

    /// The family of rule `name`: what comes before its `/`.
    fn family(name: &str) -> &str {
        name.split_once('/').map_or("", |(f, _)| f)
    }

    /// Every rule is named once, in its family, said in a sentence, and as sure as
    /// a probability can be. The families are the engine's, the clause
    /// procedure's and one per grammar, the family of its own rules (a new
    /// language's rules need no entry here).
    #[test]
    fn every_rule_is_named_once_described_and_between_0_and_1() {
        let all = all_rules();
        assert!(super::RULES.iter().all(|r| family(r.name) == "engine"));
        assert!(clause::RULES.iter().all(|r| family(r.name) == "clause"));
        let mut families = vec!["engine", "clause"];
        for g in lang::GRAMMARS {
            // (A grammar may list another's rules: the fallback reads English's.)
            let own = g.rules().first().map_or("", |r| family(r.name));
            for r in g.rules() {
                assert_eq!(family(r.name), own, "{}: not its grammar's family", r.name);
            }
            families.push(own);
        }
        for (i, r) in all.iter().enumerate() {
            assert!(
                !all[..i].iter().any(|o| o.name == r.name),
                "{} twice",
                r.name
            );
            assert!(
                !family(r.name).is_empty() && families.contains(&family(r.name)),
                "{}: no family",
                r.name
            );
            // (The wasm keeps no descriptions.)
            assert!(
                cfg!(target_arch = "wasm32") || r.description.ends_with('.'),
                "{}: no sentence",
                r.name
            );
            assert!(!r.kinds.is_empty(), "{}: no kinds", r.name);
            assert!((0.0..=1.0).contains(&r.confidence), "{}", r.name);
        }
    }
}
