//! Interviews and transcripts: words set without quotation marks after a
//! speaker's label at the start of the paragraph.
//!
//! ```text
//! Q: Why did you run again?            (the interviewer: not a quotation)
//! A: Because the work is not done.     (the interviewee's words)
//! JANE DOE: We will vote tomorrow.     (the labelled speaker's words)
//! DOE: And we will win.
//! ```
//!
//! A label alone proves little (`Update:`, `Iowa: three candidates`, a list of
//! `Name: verdict` items), so only a *run* of labelled paragraphs counts: at
//! least three, with a question and an answer, or with at most four speakers
//! of whom one speaks again. Paragraphs without a label inside the run go on
//! with the previous speaker.

use super::span::Span;

/// Who a labelled paragraph's words belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// `Q:`, `Question:`: the interviewer.
    Question,
    /// `A:`, `Answer:`: the person interviewed.
    Answer,
    /// `JANE DOE:`, `Doe:`: the person the label names.
    Named,
}

/// One paragraph of a transcript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// The paragraph's index.
    pub paragraph: usize,
    /// The label, colon excluded; empty for a paragraph that goes on with the
    /// previous speaker.
    pub label: Span,
    /// The colon after the label (empty where the label is).
    pub colon: Span,
    /// Who speaks.
    pub speaker: Speaker,
    /// The words after the label.
    pub words: Span,
}

/// The longest label read, in characters.
const MAX_LABEL: usize = 40;
/// Labelled paragraphs a run needs.
const MIN_LINES: usize = 3;
/// Speakers a run may have (an interview, a debate, a hearing).
const MAX_SPEAKERS: usize = 4;
/// Paragraphs without a label a run may hold between two labelled ones.
const MAX_GAP: usize = 3;

/// The transcript lines of the article's `paragraphs`.
pub fn lines(text: &str, paragraphs: &[Span]) -> Vec<Line> {
    let labelled: Vec<Option<Line>> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, &p)| label(text, p, i))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < labelled.len() {
        if labelled[i].is_none() {
            i += 1;
            continue;
        }
        // A run: labelled paragraphs with short gaps between them.
        let mut end = i;
        let mut j = i + 1;
        while j < labelled.len() && j <= end + MAX_GAP + 1 {
            if labelled[j].is_some() {
                end = j;
            }
            j += 1;
        }
        let run: Vec<Line> = labelled[i..=end].iter().flatten().copied().collect();
        if is_transcript(text, &run) {
            let mut previous: Option<Line> = None;
            for (k, line) in labelled.iter().enumerate().take(end + 1).skip(i) {
                let line = line.or_else(|| {
                    // A paragraph without a label goes on with the previous speaker.
                    previous.map(|p| Line {
                        paragraph: k,
                        label: Span::new(paragraphs[k].start, paragraphs[k].start),
                        colon: Span::new(paragraphs[k].start, paragraphs[k].start),
                        words: paragraphs[k],
                        ..p
                    })
                });
                if let Some(line) = line {
                    out.push(line);
                    previous = Some(line);
                }
            }
        }
        i = end + 1;
    }
    out
}

/// Whether labelled lines `run` read as an interview or a transcript.
fn is_transcript(text: &str, run: &[Line]) -> bool {
    if run.len() < MIN_LINES {
        return false;
    }
    let has = |s: Speaker| run.iter().any(|l| l.speaker == s);
    if has(Speaker::Question) || has(Speaker::Answer) {
        return has(Speaker::Question) && has(Speaker::Answer);
    }
    // Speakers by surname (`JANE DOE` and `DOE` are one).
    let mut speakers: Vec<String> = Vec::new();
    let mut again = false;
    for l in run {
        let key = l
            .label
            .get(text)
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        if speakers.contains(&key) {
            again = true;
        } else {
            speakers.push(key);
        }
    }
    again && speakers.len() <= MAX_SPEAKERS
}

/// The label opening paragraph `p` (index `i`), if it has one.
fn label(text: &str, p: Span, i: usize) -> Option<Line> {
    let s = p.get(text);
    let colon = s
        .char_indices()
        .take(MAX_LABEL)
        .find(|&(_, c)| c == ':')
        .map(|(at, _)| at)?;
    let name = s[..colon].trim_end();
    let rest = &s[colon + 1..];
    let words_start = colon + 1 + (rest.len() - rest.trim_start().len());
    if name.is_empty() || s[words_start..].trim().is_empty() {
        return None;
    }
    let speaker = match name.to_lowercase().as_str() {
        "q" | "question" => Speaker::Question,
        "a" | "answer" => Speaker::Answer,
        _ if is_name_label(name) => Speaker::Named,
        _ => return None,
    };
    Some(Line {
        paragraph: i,
        label: Span::new(p.start, p.start + name.len()),
        colon: Span::new(p.start + colon, p.start + colon + 1),
        speaker,
        words: Span::new(p.start + words_start, p.end),
    })
}

/// Whether `label` looks like a person's name: one to four words, each
/// capitalised or a lower-case particle (`de`, `van`, `bin`), no digits, and not
/// opening with an article (`The Latest:`).
fn is_name_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "da"
                | "di"
                | "del"
                | "della"
                | "van"
                | "von"
                | "der"
                | "den"
                | "bin"
                | "al"
                | "la"
                | "le"
                | "du"
        )
    };
    (1..=4).contains(&words.len())
        && capitalised(words[0])
        && words.iter().all(|w| capitalised(w) || particle(w))
        && !matches!(words[0], "The" | "THE" | "A" | "An" | "AN")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(paras: &[&str]) -> Vec<(usize, Speaker, String, String)> {
        let text = paras.join("\n");
        let mut spans = Vec::new();
        let mut at = 0;
        for p in paras {
            spans.push(Span::new(at, at + p.len()));
            at += p.len() + 1;
        }
        lines(&text, &spans)
            .into_iter()
            .map(|l| {
                (
                    l.paragraph,
                    l.speaker,
                    l.label.get(&text).to_string(),
                    l.words.get(&text).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn question_and_answer_paragraphs_form_an_interview() {
        let r = run(&[
            "The mayor spoke to us on Monday.",
            "Q: Why did you run again?",
            "A: Because the work is not done.",
            "It never is, in this town.",
            "Q: What comes first?",
            "A: The bridge.",
        ]);
        let answers: Vec<(usize, &str)> = r
            .iter()
            .filter(|l| l.1 == Speaker::Answer)
            .map(|l| (l.0, l.3.as_str()))
            .collect();
        assert_eq!(
            answers,
            vec![
                (2, "Because the work is not done."),
                (3, "It never is, in this town."),
                (5, "The bridge.")
            ]
        );
    }

    #[test]
    fn named_labels_with_a_returning_speaker_form_a_transcript() {
        let r = run(&[
            "JANE DOE: Why not debate?",
            "PAUL GRANT: This is a man who never ran a negative ad.",
            "DOE: You said that in January.",
            "GRANT: The senator does not get to decide.",
        ]);
        let labels: Vec<&str> = r.iter().map(|l| l.2.as_str()).collect();
        assert_eq!(labels, vec!["JANE DOE", "PAUL GRANT", "DOE", "GRANT"]);
        assert!(r.iter().all(|l| l.1 == Speaker::Named));
    }

    #[test]
    fn lists_of_labels_and_section_heads_are_not_transcripts() {
        // Each name once: a list of verdicts, not a conversation.
        assert!(
            run(&[
                "Sanders: Win in a walk.",
                "Clinton: Keep it close.",
                "Rubio: Finish second.",
            ])
            .is_empty()
        );
        // Lower-case and article-led labels are headings.
        assert!(
            run(&[
                "The Latest: the count goes on.",
                "Still to come: results in three states.",
                "The Latest: a recount.",
                "Still to come: more results.",
            ])
            .is_empty()
        );
        // Questions without answers.
        assert!(run(&["Q: One?", "Q: Two?", "Q: Three?"]).is_empty());
    }
}
