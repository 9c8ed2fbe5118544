//! `--summary` and `whosaid summary`: counts over a run's reports (pages,
//! quotations, speakers, unnamed sources, links by kind) and a speakers table.
//! The same tally reads reports as they are made or as JSON lines written
//! earlier, so runs on several machines add up (`cat *.jsonl | whosaid summary`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use serde::Deserialize;
use serde_json::{Value, json};
use whosaid::core::report::Report;

/// What the summary needs of one report (a `whosaid/1` line, or an error line).
#[derive(Debug, Default, Deserialize)]
pub struct Digest {
    #[serde(default)]
    error: Option<Value>,
    #[serde(default)]
    quotes: Vec<QuoteDigest>,
    #[serde(default)]
    links: Vec<LinkDigest>,
}

#[derive(Debug, Default, Deserialize)]
struct QuoteDigest {
    kind: String,
    text: String,
    speaker: Option<SpeakerDigest>,
}

#[derive(Debug, Default, Deserialize)]
struct SpeakerDigest {
    name: String,
    #[serde(default)]
    mention: String,
    #[serde(default)]
    resolved: bool,
    kind: String,
}

#[derive(Debug, Default, Deserialize)]
struct LinkDigest {
    relation: String,
    kind: String,
}

impl Digest {
    /// A report's digest.
    pub fn of(report: &Report) -> Digest {
        Digest {
            error: None,
            quotes: report
                .quotes
                .iter()
                .map(|q| QuoteDigest {
                    kind: q.kind.to_string(),
                    text: q.text.clone(),
                    speaker: q.speaker.as_ref().map(|s| SpeakerDigest {
                        name: s.name.clone(),
                        mention: s.mention.clone(),
                        resolved: s.resolved,
                        kind: s.kind.to_string(),
                    }),
                })
                .collect(),
            links: report
                .links
                .iter()
                .map(|l| LinkDigest {
                    relation: l.relation.to_string(),
                    kind: l.kind.to_string(),
                })
                .collect(),
        }
    }

    /// Whether the page gave an error line.
    pub fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// An error line's digest.
    pub fn error() -> Digest {
        Digest {
            error: Some(Value::Bool(true)),
            ..Digest::default()
        }
    }
}

/// Who a quotation is attributed to, for the tally.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Source {
    /// Someone the article names: the name as the article introduced them, and the kind.
    Named(String, String),
    /// An unnamed source (`officials`, `a spokesperson for the ministry`).
    Unnamed,
    /// A pronoun or description the rules could not tie to anyone named.
    Unresolved,
    /// No speaker found.
    Nobody,
}

fn source(s: Option<&SpeakerDigest>) -> Source {
    match s {
        None => Source::Nobody,
        Some(s) if s.kind == "unnamed" => Source::Unnamed,
        // An unresolved mention is the mention itself: a name when capitalised
        // (`Saberi`), else a pronoun or description (`he`, `the official`).
        Some(s) if !s.resolved && !s.mention.starts_with(char::is_uppercase) => Source::Unresolved,
        Some(s) => Source::Named(s.name.clone(), s.kind.clone()),
    }
}

#[derive(Clone, Debug, Default)]
struct Tally {
    quotes: usize,
    words: usize,
    pages: usize,
}

/// Counts over a run.
#[derive(Debug, Default)]
pub struct Summary {
    pages: usize,
    errors: usize,
    quotes_by_kind: BTreeMap<String, usize>,
    words: usize,
    sources: HashMap<Source, Tally>,
    links_by_kind: BTreeMap<String, usize>,
    links_by_relation: BTreeMap<String, usize>,
}

impl Summary {
    /// Adds one page.
    pub fn add(&mut self, d: &Digest) {
        if d.error.is_some() {
            self.errors += 1;
            return;
        }
        self.pages += 1;
        let mut on_page = HashSet::new();
        for q in &d.quotes {
            *self.quotes_by_kind.entry(q.kind.clone()).or_default() += 1;
            let words = q.text.split_whitespace().count();
            self.words += words;
            let key = source(q.speaker.as_ref());
            let tally = self.sources.entry(key.clone()).or_default();
            tally.quotes += 1;
            tally.words += words;
            if on_page.insert(key) {
                tally.pages += 1;
            }
        }
        for l in &d.links {
            *self
                .links_by_relation
                .entry(l.relation.clone())
                .or_default() += 1;
            if l.relation != "navigation" {
                *self.links_by_kind.entry(l.kind.clone()).or_default() += 1;
            }
        }
    }

    fn quotes(&self) -> usize {
        self.quotes_by_kind.values().sum()
    }

    fn get(&self, s: &Source) -> Tally {
        self.sources.get(s).cloned().unwrap_or_default()
    }

    /// Named speakers, most quoted first (then most words, then by name).
    fn speakers(&self) -> Vec<(&str, &str, &Tally)> {
        let mut rows: Vec<(&str, &str, &Tally)> = self
            .sources
            .iter()
            .filter_map(|(s, t)| match s {
                Source::Named(name, kind) => Some((name.as_str(), kind.as_str(), t)),
                _ => None,
            })
            .collect();
        rows.sort_by(|a, b| {
            (b.2.quotes, b.2.words)
                .cmp(&(a.2.quotes, a.2.words))
                .then_with(|| a.0.cmp(b.0))
        });
        rows
    }

    fn share(&self, words: usize) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            100.0 * words as f64 / self.words as f64
        }
    }

    /// The summary as a table for people; `top` speakers are listed.
    pub fn table(&self, top: usize) -> String {
        let mut out = String::new();
        let speakers = self.speakers();
        let kinds = |m: &BTreeMap<String, usize>| {
            let mut v: Vec<(&String, &usize)> = m.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            v.iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "pages          {} ({} unreadable)",
            self.pages, self.errors
        );
        let _ = writeln!(
            out,
            "quotations     {} ({})",
            self.quotes(),
            kinds(&self.quotes_by_kind)
        );
        let named: usize = speakers.iter().map(|r| r.2.quotes).sum();
        let _ = writeln!(out, "  named speaker        {named}");
        let _ = writeln!(
            out,
            "  unnamed source       {}",
            self.get(&Source::Unnamed).quotes
        );
        let _ = writeln!(
            out,
            "  unresolved mention   {}",
            self.get(&Source::Unresolved).quotes
        );
        let _ = writeln!(
            out,
            "  no speaker           {}",
            self.get(&Source::Nobody).quotes
        );
        let people = speakers.iter().filter(|r| r.1 == "person").count();
        let _ = writeln!(
            out,
            "speakers       {} named ({} people, {} organizations)",
            speakers.len(),
            people,
            speakers.len() - people
        );
        let body: usize = self.links_by_kind.values().sum();
        let _ = writeln!(
            out,
            "links          {} in article bodies ({}); {} navigation",
            body,
            ["external", "internal"]
                .iter()
                .map(|r| format!("{r} {}", self.links_by_relation.get(*r).unwrap_or(&0)))
                .collect::<Vec<_>>()
                .join(", "),
            self.links_by_relation.get("navigation").unwrap_or(&0)
        );
        let _ = writeln!(out, "  by kind: {}", kinds(&self.links_by_kind));
        let _ = writeln!(out);
        let width = speakers
            .iter()
            .take(top)
            .map(|r| r.0.chars().count())
            .chain([24])
            .max()
            .unwrap_or(24)
            .min(48);
        let _ = writeln!(
            out,
            "{:<width$}  {:<12} {:>6} {:>5} {:>7} {:>6}",
            "speaker", "kind", "quotes", "pages", "words", "share"
        );
        let row = |out: &mut String, name: &str, kind: &str, t: &Tally| {
            let name: String = name.chars().take(width).collect();
            let _ = writeln!(
                out,
                "{name:<width$}  {kind:<12} {:>6} {:>5} {:>7} {:>5.1}%",
                t.quotes,
                t.pages,
                t.words,
                self.share(t.words)
            );
        };
        for (name, kind, t) in speakers.iter().take(top) {
            row(&mut out, name, kind, t);
        }
        if speakers.len() > top {
            let rest = speakers[top..].iter().fold(Tally::default(), |a, r| Tally {
                quotes: a.quotes + r.2.quotes,
                words: a.words + r.2.words,
                pages: a.pages.max(r.2.pages),
            });
            let label = format!("({} more named)", speakers.len() - top);
            let _ = writeln!(
                out,
                "{label:<width$}  {:<12} {:>6} {:>5} {:>7} {:>5.1}%",
                "",
                rest.quotes,
                "",
                rest.words,
                self.share(rest.words)
            );
        }
        for (label, s) in [
            ("(unnamed sources)", Source::Unnamed),
            ("(unresolved mentions)", Source::Unresolved),
            ("(no speaker)", Source::Nobody),
        ] {
            row(&mut out, label, "", &self.get(&s));
        }
        out
    }

    /// The summary as JSON, every named speaker included.
    pub fn json(&self) -> Value {
        let tally = |t: &Tally| {
            json!({"quotes": t.quotes, "pages": t.pages, "words": t.words,
                   "share": (self.share(t.words) * 10.0).round() / 10.0})
        };
        let speakers: Vec<Value> = self
            .speakers()
            .iter()
            .map(|(name, kind, t)| {
                let mut v = tally(t);
                v["name"] = json!(name);
                v["kind"] = json!(kind);
                v
            })
            .collect();
        json!({
            "pages": self.pages,
            "errors": self.errors,
            "quotes": self.quotes(),
            "quotes_by_kind": self.quotes_by_kind,
            "quoted_words": self.words,
            "unnamed_sources": tally(&self.get(&Source::Unnamed)),
            "unresolved_mentions": tally(&self.get(&Source::Unresolved)),
            "no_speaker": tally(&self.get(&Source::Nobody)),
            "links_by_relation": self.links_by_relation,
            "links_by_kind": self.links_by_kind,
            "speakers": speakers,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(line: &str) -> Digest {
        serde_json::from_str(line).unwrap()
    }

    #[test]
    fn counts_speakers_sources_and_links_over_pages() {
        let mut s = Summary::default();
        s.add(&digest(
            r#"{"quotes": [
              {"kind": "direct", "text": "one two three", "speaker": {"name": "Jane Doe", "mention": "Doe", "resolved": true, "kind": "person"}},
              {"kind": "indirect", "text": "four five", "speaker": {"name": "officials", "mention": "officials", "resolved": false, "kind": "unnamed"}},
              {"kind": "direct", "text": "six", "speaker": {"name": "she", "mention": "she", "resolved": false, "kind": "person"}},
              {"kind": "mixed", "text": "seven eight", "speaker": null}],
             "links": [{"relation": "external", "kind": "wire"}, {"relation": "navigation", "kind": "publisher"}]}"#,
        ));
        s.add(&digest(
            r#"{"quotes": [{"kind": "direct", "text": "a b c d e f g", "speaker": {"name": "Jane Doe", "mention": "she", "resolved": true, "kind": "person"}}],
                "links": [{"relation": "internal", "kind": "publisher"}]}"#,
        ));
        s.add(&Digest::error());
        let j = s.json();
        assert_eq!(j["pages"], 2);
        assert_eq!(j["errors"], 1);
        assert_eq!(j["quotes"], 5);
        assert_eq!(j["quoted_words"], 15);
        assert_eq!(j["speakers"][0]["name"], "Jane Doe");
        assert_eq!(j["speakers"][0]["quotes"], 2);
        assert_eq!(j["speakers"][0]["pages"], 2);
        assert_eq!(j["speakers"][0]["words"], 10);
        assert_eq!(j["speakers"][0]["share"], 66.7);
        assert_eq!(j["speakers"].as_array().unwrap().len(), 1);
        assert_eq!(j["unnamed_sources"]["quotes"], 1);
        assert_eq!(j["unresolved_mentions"]["quotes"], 1);
        assert_eq!(j["no_speaker"]["quotes"], 1);
        assert_eq!(j["links_by_kind"], json!({"wire": 1, "publisher": 1}));
        assert_eq!(j["links_by_relation"]["navigation"], 1);
        let table = s.table(10);
        assert!(table.contains("pages          2 (1 unreadable)"), "{table}");
        assert!(
            table
                .lines()
                .any(|l| l.starts_with("Jane Doe") && l.ends_with("66.7%")),
            "{table}"
        );
    }
}
