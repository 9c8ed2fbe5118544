//! The confidence a reader sees: how often attributions like this one had the
//! right speaker, measured.
//!
//! The engine decides with each rule's own confidence (`rules!`), a number set
//! by hand that orders the rules against one another. What the report shows is
//! learned from the tuning half of the dev sets (`npm run eval -- --calibrate`
//! writes `data/calibration.tsv`: for each rule and each [`Form`] of the
//! speaker's mention, how many matched attributions there were and how many
//! had the right speaker) and checked on the check half (`npm run eval` prints
//! the speaker accuracy per confidence band).
//!
//! For one attribution, the speaker accuracy is estimated in three steps, each
//! pulling a small count towards what is known above it (`STRENGTH` pseudo-
//! observations):
//! 1. the rule's own confidence, read on the scale below, is the prior;
//! 2. the form of the mention moves it as the form moves accuracy over all
//!    rules (an unresolved pronoun is right less often than a name);
//! 3. the counts of this rule with this form update it.
//!
//! The confidence shown is that accuracy on a fixed scale: `1 - 5 × (1 -
//! accuracy)`. A confidence of 0.9 means about 2 wrong speakers in 100, 0.8
//! about 4, 0.6 about 8; below 0.6 the panel calls the speaker a guess. A rule
//! with no measurement (the languages without dev data) shows at most
//! [`UNMEASURED_CAP`]: no attribution is called sure that nothing has checked.

use super::{Para, Quote, Speaker, lang};
use crate::core::lexicon::{PRONOUNS, is};
use crate::core::links::uncommented::uncommented;
use crate::core::mentions::{EntityKind, Registry, name_words};
use crate::core::span::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// How a speaker's mention names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// By name (`Ms Ruiz`, `the Ministry of Health`, `Ruiz`).
    Named,
    /// By a pronoun or a description that was resolved to someone named
    /// (`she`, `the minister` → Jane Ruiz).
    Referred,
    /// By a description that names no one (`a spokesperson`, `officials`).
    Described,
    /// By a pronoun that was not resolved.
    Pronoun,
}

impl Form {
    /// The form's name in the table and the eval output.
    pub fn name(self) -> &'static str {
        match self {
            Form::Named => "named",
            Form::Referred => "referred",
            Form::Described => "described",
            Form::Pronoun => "pronoun",
        }
    }

    fn from_name(name: &str) -> Option<Form> {
        [Form::Named, Form::Referred, Form::Described, Form::Pronoun]
            .into_iter()
            .find(|f| f.name() == name)
    }
}

/// Pseudo-observations each step's prior counts for.
const STRENGTH: f64 = 20.0;

/// How many times the error rate one point of confidence stands for.
const SCALE: f64 = 5.0;

/// The highest confidence shown for a rule no dev data has measured.
pub const UNMEASURED_CAP: f32 = 0.85;

/// `data/calibration.tsv`: rule, form, attributions, right speakers.
const TABLE: &str = uncommented!(include_str!("data/calibration.tsv"), "#");

/// The counts of the table, by rule and form.
struct Counts {
    cells: FxHashMap<(&'static str, Form), (f64, f64)>,
    /// The rules the table has rows for.
    measured: FxHashSet<&'static str>,
    /// Per form over all rules.
    forms: FxHashMap<Form, (f64, f64)>,
    /// Over everything.
    all: (f64, f64),
}

static COUNTS: LazyLock<Counts> = LazyLock::new(|| {
    let mut counts = Counts {
        cells: FxHashMap::default(),
        measured: FxHashSet::default(),
        forms: FxHashMap::default(),
        all: (0.0, 0.0),
    };
    for (rule, form, n, right) in rows() {
        let add = |c: &mut (f64, f64)| {
            c.0 += n;
            c.1 += right;
        };
        add(counts.cells.entry((rule, form)).or_default());
        counts.measured.insert(rule);
        add(counts.forms.entry(form).or_default());
        add(&mut counts.all);
    }
    counts
});

/// The table's rows; a malformed row is left out (the table's test reads them all).
fn rows() -> impl Iterator<Item = (&'static str, Form, f64, f64)> {
    TABLE
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let rule = f.next()?;
            let form = Form::from_name(f.next()?)?;
            let n: u32 = f.next()?.parse().ok()?;
            let right: u32 = f.next()?.parse().ok()?;
            (right <= n && f.next().is_none()).then_some((
                rule,
                form,
                f64::from(n),
                f64::from(right),
            ))
        })
}

fn logit(p: f64) -> f64 {
    let p = p.clamp(1e-4, 1.0 - 1e-4);
    (p / (1.0 - p)).ln()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// `(n, right)` pulled towards `prior` by [`STRENGTH`].
fn shrink((n, right): (f64, f64), prior: f64) -> f64 {
    (right + STRENGTH * prior) / (n + STRENGTH)
}

/// The confidence shown for an attribution by `rule` whose engine confidence
/// is `engine` and whose speaker's mention has form `form`.
pub fn shown(rule: Option<&str>, form: Form, engine: f32) -> f32 {
    let c = &*COUNTS;
    let overall = if c.all.0 > 0.0 {
        c.all.1 / c.all.0
    } else {
        0.9
    };
    // (1) The rule's own confidence, read on the scale.
    let own = 1.0 - (1.0 - f64::from(engine).clamp(0.0, 1.0)) / SCALE;
    // (2) The form moves it as it moves accuracy over all rules.
    let by_form = shrink(c.forms.get(&form).copied().unwrap_or_default(), overall);
    let prior = sigmoid(logit(own) + logit(by_form) - logit(overall));
    // (3) This rule's counts with this form.
    let cell = rule
        .and_then(|r| c.cells.get(&(r, form)))
        .copied()
        .unwrap_or_default();
    let accuracy = shrink(cell, prior);
    let confidence = (1.0 - SCALE * (1.0 - accuracy)).clamp(0.01, 0.99) as f32;
    let measured = rule.is_some_and(|r| c.measured.contains(r));
    if measured {
        confidence
    } else {
        confidence.min(UNMEASURED_CAP)
    }
}

/// The form of a speaker's mention: named when it shares a word with the name
/// of the one it resolves to, referred when it resolves to someone named by
/// other words, else a pronoun or a description.
pub(super) fn form(text: &str, paras: &[Para], registry: &Registry, speaker: Speaker) -> Form {
    let mention = speaker.mention.get(text);
    let named = speaker
        .entity
        .and_then(|e| registry.entities.get(e))
        .filter(|e| e.kind != EntityKind::Unnamed);
    if let Some(entity) = named {
        let name = name_words(&entity.name);
        return if name_words(mention).iter().any(|w| name.contains(w)) {
            Form::Named
        } else {
            Form::Referred
        };
    }
    let lang = paras
        .iter()
        .find(|p| p.span.start <= speaker.mention.start && speaker.mention.start < p.span.end)
        .map(|p| p.lang);
    let word = mention.trim();
    let pronoun = !word.contains(char::is_whitespace)
        && (is(&PRONOUNS, word) || lang.is_some_and(|l| lang::grammar(l).phrases().pronoun(word)));
    if pronoun {
        Form::Pronoun
    } else {
        Form::Described
    }
}

/// The highest confidence shown for words relayed by another source (`“…,”
/// Ruiz said, according to Radio Sur`): the reader has them second-hand, and
/// the relaying source may be the one to credit.
pub const RELAYED_CAP: f32 = 0.85;

/// Whether a quotation's `medium` is a source that relays the words, as the
/// shared medium reader finds them ([`lang::en::medium::relays`]).
fn relayed(text: &str, medium: Option<Span>) -> bool {
    medium.is_some_and(|m| lang::en::medium::relays(text, m))
}

/// Gives each attributed quotation the confidence a reader sees ([`shown`]).
pub(super) fn apply(text: &str, paras: &[Para], registry: &Registry, quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        if let Some(speaker) = q.speaker {
            let form = form(text, paras, registry, speaker);
            q.form = Some(form);
            q.confidence = shown(q.rule, form, q.confidence);
            if relayed(text, q.medium) {
                q.confidence = q.confidence.min(RELAYED_CAP);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_table_reads_and_names_a_rule() {
        let names: Vec<&str> = super::super::all_rules().iter().map(|r| r.name).collect();
        let lines: Vec<&str> = TABLE.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(rows().count(), lines.len(), "a malformed row");
        for (rule, ..) in rows() {
            assert!(names.contains(&rule), "{rule} is no rule");
        }
    }

    #[test]
    fn words_relayed_according_to_a_source_are_never_in_the_top_band() {
        let text = "“Yes,” Ruiz said, according to the Sur. “No,” Ruiz told Sur. “Maybe,” \
                    she said, according to notes released by Sur.";
        // (The `n`th `Sur`.)
        let at = |n: usize| {
            let start = text.match_indices("Sur").nth(n).map_or(0, |(i, _)| i);
            Some(Span::new(start, start + 3))
        };
        assert!(relayed(text, at(0)));
        assert!(!relayed(text, at(1)));
        assert!(relayed(text, at(2)));
        assert!(!relayed(text, None));
    }

    #[test]
    fn a_name_is_surer_than_an_unresolved_pronoun_and_unmeasured_rules_are_capped() {
        let rule = Some("clause/x-said");
        assert!(shown(rule, Form::Named, 0.9) > shown(rule, Form::Pronoun, 0.9));
        assert!(shown(Some("xx/unmeasured"), Form::Named, 0.99) <= UNMEASURED_CAP);
        // (A higher engine confidence never lowers what is shown.)
        assert!(shown(None, Form::Named, 0.9) >= shown(None, Form::Named, 0.5));
    }
}
