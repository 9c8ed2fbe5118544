//! Speaker phrases and who they refer to.

use crate::core::attribution::{Ctx, Np, NpKind, Para};
use crate::core::mentions::{EntityKind, NameRun, Registry, RunKind};
use crate::core::phrase::{Phrase, PhraseKind, Reader};
use crate::core::span::Span;

impl Ctx<'_> {
    /// A speaker-phrase reader over one paragraph.
    pub(super) fn reader<'p>(&'p self, para: &'p Para) -> Reader<'p> {
        Reader::new(
            self.text,
            &para.tokens,
            &para.runs,
            &para.run_at,
            self.grammar().phrases(),
        )
    }

    pub(super) fn np(&self, para: &Para, p: Phrase) -> Np {
        Np {
            para: para.index,
            span: Span::new(
                para.tokens[p.first].span.start,
                para.tokens[p.last].span.end,
            ),
            kind: match p.kind {
                PhraseKind::Pronoun => NpKind::Pronoun,
                PhraseKind::Name(r) => NpKind::Name(r),
                PhraseKind::Definite => NpKind::Definite,
                PhraseKind::Unnamed => NpKind::Unnamed,
            },
            first: p.first,
            last: p.last,
            end: p.end,
        }
    }

    /// Name run `r` of `para` as a speaker phrase of its own.
    pub(super) fn name_np(&self, para: &Para, r: usize) -> Np {
        let run = &para.runs[r];
        self.np(
            para,
            Phrase {
                first: run.first,
                last: run.last,
                end: run.last,
                kind: PhraseKind::Name(r),
            },
        )
    }

    /// The speaker phrase starting at token `k` (exclusive end `hi`).
    pub(super) fn np_forward(&self, para: &Para, k: usize, hi: usize) -> Option<Np> {
        self.reader(para).forward(k, hi).map(|p| self.np(para, p))
    }

    /// The speaker phrase ending right before token `end`.
    pub(super) fn np_backward(&self, para: &Para, end: usize, lo: usize) -> Option<Np> {
        self.reader(para)
            .backward(end, lo)
            .map(|p| self.np(para, p))
    }

    /// The person's name set off by commas right after a description ending
    /// at token `last` (`the mayor, Paul Renner.`, `the chief executive, Ana
    /// Ruiz, said`): a name of two words or more, then the clause's end or a
    /// comma.
    fn name_in_apposition<'p>(&self, para: &'p Para, last: usize) -> Option<&'p NameRun> {
        let t = &para.tokens;
        if !t.get(last + 1)?.is_punct(',') {
            return None;
        }
        let run = &para.runs[para.run_at.get(last + 2).copied().flatten()?];
        let after = t.get(run.last + 1);
        let ends = after.is_none_or(|n| n.is_punct(',') || n.is_punct('.') || n.is_punct(';'));
        (run.first == last + 2
            && run.kind != RunKind::Org
            && run.name.get(self.text).split_whitespace().count() >= 2
            && ends)
            .then_some(run)
    }

    /// The entity a speaker phrase refers to.
    pub(super) fn resolve(&self, registry: &mut Registry, np: Np) -> Option<usize> {
        let grammar = self.grammar();
        if let Some(found) = grammar.resolve(self, registry, np) {
            return found;
        }
        let para = &self.paras[np.para];
        let text = self.text;
        const WITHIN: usize = 4000;
        match np.kind {
            NpKind::Name(r) => {
                let run = &para.runs[r];
                let words = crate::core::mentions::name_words(run.name.get(text));
                // A German noun after its article (`der Anwalt`) names no one: the
                // person before whose title or role it ends.
                let noun = grammar.noun_not_name(text, &para.tokens, run);
                let described = noun
                    .then(|| registry.antecedent_by_noun(np.span.start, run.name.get(text), WITHIN))
                    .flatten();
                let found = described
                    .or_else(|| registry.find_speaker(&words))
                    .or_else(|| {
                        registry.add_run(text, &para.tokens, run, true);
                        registry.find_speaker(&words)
                    });
                // (A Romance speaker is someone a later `il`, `elle` may mean.)
                if let Some(e) = found.filter(|_| grammar.speakers_are_salient()) {
                    registry.entities[e].salient = true;
                }
                found
            }
            NpKind::Pronoun => {
                let w = np.span.get(text).to_lowercase();
                let gender = grammar.pronoun_gender(&w)?;
                registry.pronoun_antecedent(np.span.start, gender, WITHIN)
            }
            // `said the mayor, Paul Renner.`, `a spokeswoman, Ana Ruiz, said`: a
            // name in apposition after the description is whom it means.
            NpKind::Definite | NpKind::Unnamed
                if let Some(run) = self.name_in_apposition(para, np.last) =>
            {
                let words = crate::core::mentions::name_words(run.name.get(text));
                registry.find_speaker(&words).or_else(|| {
                    registry.add_run(text, &para.tokens, run, true);
                    registry.find_speaker(&words)
                })
            }
            NpKind::Definite => {
                // `the company` refers back to an organisation, `the official` to a person.
                let head = para.tokens[np.last].text(text);
                let gender = grammar.description_gender(self, para, np, head);
                let org = grammar.org_reference(head);
                let earlier = if org {
                    registry.antecedent_organization(np.span.start, WITHIN)
                } else {
                    // (A German noun names the person whose title or role it ends:
                    // `der Anwalt` after `Rechtsanwalt Lutz S.`.)
                    grammar
                        .refers_by_role()
                        .then(|| registry.antecedent_by_noun(np.span.start, head, WITHIN))
                        .flatten()
                        .or_else(|| registry.pronoun_antecedent(np.span.start, gender, WITHIN))
                };
                earlier.or_else(|| Some(registry.add_unnamed(np.span.get(text), np.span)))
            }
            NpKind::Unnamed => Some(registry.add_unnamed(np.span.get(text), np.span)),
        }
        .filter(|&e| {
            registry.entities[e].kind != EntityKind::Organization
                || matches!(np.kind, NpKind::Name(_))
        })
    }
}
