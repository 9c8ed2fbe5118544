//! The attribution cases, run as data.
//!
//! Every case lives in `tests/data/attribution/`, one file per language (`en.toml`,
//! `de.toml`…; English reported speech in `en-reported.toml`); each file's header says
//! what its fields mean. This module is their one harness: it runs each case's text
//! through the public pipeline, as the command line runs a text (`Page::from_text`,
//! `analyze`, `report::build`), and holds what was found against what the case expects.
//! Every case of a file runs even when one fails; the file's test then fails listing
//! each failing case with the expectation, what was found instead, and every item found,
//! written in the data files' own field names so that it can be pasted back.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

use crate::core::analyze;
use crate::core::offsets::Unit;
use crate::core::page::Page;
use crate::core::report::{Pos, build};

/// One data file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// Put before the text of each case marked `intro = true`: a sentence that sets the
    /// scene (the page's language, someone introduced) shared by many cases.
    intro: Option<String>,
    case: Vec<Case>,
}

/// One text and what must and must not be found in it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    /// Whether the file's `intro` goes first.
    #[serde(default)]
    intro: bool,
    /// The page's language, as a page's `<html lang>` gives it.
    lang: Option<String>,
    /// The kinds of item the case looks at: `count`, `attributions`, `every` and the
    /// expectations see only these (all items when not given).
    kinds: Option<Vec<String>>,
    /// How many items are found.
    count: Option<usize>,
    /// How many attributions (groups of items) they make.
    attributions: Option<usize>,
    /// What every item must be: each table holds for each item.
    #[serde(default)]
    every: Vec<Item>,
    /// The items that must be found.
    #[serde(default)]
    expect: Vec<Item>,
    /// The report's speakers, in its order.
    speakers: Option<Vec<Speaker>>,
}

/// An expected item, or (in `every` and `find`) a description of items.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    /// Which item this is: its place among those the case looks at, from 0; a negative
    /// place counts from the end. Without `at` or `find`, the expectation's own place.
    at: Option<isize>,
    /// Which item this is: the first that fits this description.
    find: Option<Box<Item>>,
    /// The name of the rule expected to attribute it (`attribution::all_rules`).
    rule: Option<String>,
    kind: Option<Text>,
    quote: Option<Text>,
    parts: Option<Vec<String>>,
    content: Option<Text>,
    speaker: Option<Text>,
    mention: Option<Text>,
    speaker_kind: Option<Text>,
    title: Option<Text>,
    role: Option<Text>,
    cue: Option<Text>,
    medium: Option<Text>,
    /// `speech` or `belief` (the report's `act`).
    act: Option<Text>,
    group: Option<usize>,
}

/// What a field must be.
#[derive(Deserialize)]
#[serde(untagged)]
enum Text {
    /// Exactly these words.
    Is(String),
    /// `false`: nothing at all.
    Absent(bool),
    /// Words that begin, end or contain these, or are not these.
    Like(Like),
}

/// A partial description of words: each field given must hold.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Like {
    starts: Option<String>,
    ends: Option<String>,
    contains: Option<String>,
    /// Anything but these words, or nothing.
    not: Option<String>,
    /// Words without these in them, or nothing.
    lacks: Option<String>,
}

/// One of the report's speakers.
#[derive(Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Speaker {
    name: String,
    /// How many quotations (direct or mixed) are theirs.
    quotes: usize,
}

/// What was found: one quote of the report, in the data files' terms.
struct Found {
    kind: &'static str,
    quote: String,
    parts: Vec<String>,
    content: Option<String>,
    speaker: Option<String>,
    mention: Option<String>,
    speaker_kind: Option<&'static str>,
    title: Option<String>,
    role: Option<String>,
    cue: Option<String>,
    medium: Option<String>,
    act: &'static str,
    group: usize,
    /// The rule that attributed it.
    rule: Option<&'static str>,
}

/// The kinds of item.
const KINDS: [&str; 3] = ["direct", "mixed", "indirect"];

/// The fields of an item that hold words, by their names in the data.
const WORDS: [&str; 11] = [
    "kind",
    "quote",
    "content",
    "speaker",
    "mention",
    "speaker_kind",
    "title",
    "role",
    "cue",
    "medium",
    "act",
];

impl Text {
    fn matches(&self, found: Option<&str>) -> bool {
        match (self, found) {
            (Text::Is(want), _) => found == Some(want.as_str()),
            (Text::Absent(_), _) => found.is_none(),
            (Text::Like(like), None) => {
                like.starts.is_none() && like.ends.is_none() && like.contains.is_none()
            }
            (Text::Like(like), Some(f)) => {
                like.starts
                    .as_ref()
                    .is_none_or(|s| f.starts_with(s.as_str()))
                    && like.ends.as_ref().is_none_or(|s| f.ends_with(s.as_str()))
                    && like
                        .contains
                        .as_ref()
                        .is_none_or(|s| f.contains(s.as_str()))
                    && like.not.as_ref().is_none_or(|s| f != s)
                    && like.lacks.as_ref().is_none_or(|s| !f.contains(s.as_str()))
            }
        }
    }

    /// Why this cannot be meant, if it cannot.
    fn misuse(&self) -> Option<&'static str> {
        match self {
            Text::Absent(true) => Some("`true` says nothing: write the words, or `false` for none"),
            Text::Like(Like {
                starts: None,
                ends: None,
                contains: None,
                not: None,
                lacks: None,
            }) => Some("an empty table says nothing"),
            _ => None,
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Text::Is(s) => write!(f, "{s:?}"),
            Text::Absent(_) => f.write_str("none"),
            Text::Like(like) => {
                let fields = [
                    ("starts", &like.starts),
                    ("ends", &like.ends),
                    ("contains", &like.contains),
                    ("not", &like.not),
                    ("lacks", &like.lacks),
                ];
                let given: Vec<String> = fields
                    .iter()
                    .filter_map(|(name, v)| v.as_ref().map(|v| format!("{name} = {v:?}")))
                    .collect();
                write!(f, "{{ {} }}", given.join(", "))
            }
        }
    }
}

/// Words found, or `none`.
struct Shown<'a>(Option<&'a str>);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(s) => write!(f, "{s:?}"),
            None => f.write_str("none"),
        }
    }
}

impl Item {
    /// What this item says of each field in [`WORDS`], in its order.
    fn words(&self) -> [&Option<Text>; 11] {
        [
            &self.kind,
            &self.quote,
            &self.content,
            &self.speaker,
            &self.mention,
            &self.speaker_kind,
            &self.title,
            &self.role,
            &self.cue,
            &self.medium,
            &self.act,
        ]
    }

    /// Each field of this item that `found` does not have, as a line naming it.
    fn differences(&self, found: &Found) -> Vec<String> {
        let mut out: Vec<String> = WORDS
            .into_iter()
            .zip(self.words())
            .zip(found.words())
            .filter_map(|((name, want), got)| {
                let want = want.as_ref()?;
                (!want.matches(got))
                    .then(|| format!("{name}: expected {want}, found {}", Shown(got)))
            })
            .collect();
        if let Some(parts) = self.parts.as_ref().filter(|&p| *p != found.parts) {
            out.push(format!(
                "parts: expected {parts:?}, found {:?}",
                found.parts
            ));
        }
        if let Some(group) = self.group.filter(|&g| g != found.group) {
            out.push(format!("group: expected {group}, found {}", found.group));
        }
        if let Some(rule) = self.rule.as_deref().filter(|&r| Some(r) != found.rule) {
            out.push(format!("rule: expected {rule:?}, found {:?}", found.rule));
        }
        out
    }

    /// Why this item cannot be meant, if it cannot; `described` for the items of
    /// `every` and `find`, which describe items rather than pick one.
    fn misuse(&self, described: bool) -> Option<String> {
        if described && (self.at.is_some() || self.find.is_some() || self.rule.is_some()) {
            return Some("`at`, `find` and `rule` pick or name one expected item".into());
        }
        if self.at.is_some() && self.find.is_some() {
            return Some("`at` and `find` both pick the item".into());
        }
        if let Some(kind) = self.kind.as_ref() {
            let named = match kind {
                Text::Is(k) => Some(k),
                Text::Like(like) => like.not.as_ref(),
                Text::Absent(_) => None,
            };
            if let Some(k) = named.filter(|k| !KINDS.contains(&k.as_str())) {
                return Some(format!("no kind {k:?}: {KINDS:?}"));
            }
        }
        if let Some(find) = &self.find {
            if let Some(why) = find.misuse(true) {
                return Some(format!("find: {why}"));
            }
        }
        self.words()
            .into_iter()
            .flatten()
            .find_map(Text::misuse)
            .map(str::to_string)
    }
}

impl fmt::Display for Item {
    /// The fields given, as a TOML inline table.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut given = Vec::new();
        if let Some(at) = self.at {
            given.push(format!("at = {at}"));
        }
        if let Some(find) = &self.find {
            given.push(format!("find = {find}"));
        }
        if let Some(rule) = &self.rule {
            given.push(format!("rule = {rule:?}"));
        }
        for (name, want) in WORDS.into_iter().zip(self.words()) {
            if let Some(want) = want {
                given.push(format!("{name} = {want}"));
            }
        }
        if let Some(parts) = &self.parts {
            given.push(format!("parts = {parts:?}"));
        }
        if let Some(group) = self.group {
            given.push(format!("group = {group}"));
        }
        write!(f, "{{ {} }}", given.join(", "))
    }
}

impl Found {
    /// What was found of each field in [`WORDS`], in its order.
    fn words(&self) -> [Option<&str>; 11] {
        [
            Some(self.kind),
            Some(self.quote.as_str()),
            self.content.as_deref(),
            self.speaker.as_deref(),
            self.mention.as_deref(),
            self.speaker_kind,
            self.title.as_deref(),
            self.role.as_deref(),
            self.cue.as_deref(),
            self.medium.as_deref(),
            Some(self.act),
        ]
    }
}

impl fmt::Display for Found {
    /// The item as a TOML inline table, in the fields of an expectation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = WORDS.into_iter().zip(self.words());
        let given: Vec<String> = words
            .filter_map(|(name, value)| value.map(|v| format!("{name} = {v:?}")))
            .collect();
        write!(f, "{{ {}", given.join(", "))?;
        if self.parts.len() > 1 {
            write!(f, ", parts = {:?}", self.parts)?;
        }
        write!(f, ", group = {}", self.group)?;
        if let Some(rule) = self.rule {
            write!(f, ", rule = {rule:?}")?;
        }
        write!(f, " }}")
    }
}

/// What the pipeline finds in `text`: the report's quotes, and its speakers with
/// how many quotations each has.
fn found_in(text: &str, lang: Option<&str>) -> Result<(Vec<Found>, Vec<Speaker>), String> {
    let mut page = Page::from_text(text);
    page.lang = lang.map(str::to_string);
    let analysis = analyze(&page).map_err(|e| format!("no analysis: {e:?}"))?;
    let report = build(&page, &analysis, Unit::Utf8);
    let words = |p: Pos| {
        page.text
            .get(p.start..p.end)
            .unwrap_or_default()
            .to_string()
    };
    let quotes = report
        .quotes
        .into_iter()
        // The report lists the analysis's quotes in its order; only the analysis
        // tells which attribution (group) each belongs to.
        .zip(&analysis.quotes)
        .map(|(q, a)| Found {
            kind: q.kind,
            parts: q.parts.iter().map(|&p| words(p)).collect(),
            quote: q.text,
            content: q.content.map(words),
            speaker_kind: q.speaker.as_ref().map(|s| s.kind),
            title: q.speaker.as_ref().and_then(|s| s.title.clone()),
            role: q.speaker.as_ref().and_then(|s| s.role.clone()),
            mention: q.speaker.as_ref().map(|s| s.mention.clone()),
            speaker: q.speaker.map(|s| s.name),
            cue: q.cue,
            medium: q.medium,
            act: q.act,
            group: a.group,
            rule: a.rule,
        })
        .collect();
    let speakers = report
        .speakers
        .into_iter()
        .map(|s| Speaker {
            name: s.name,
            quotes: s.quotes,
        })
        .collect();
    Ok((quotes, speakers))
}

impl Case {
    /// Whether the case looks at items of `found`'s kind.
    fn looks_at(&self, found: &Found) -> bool {
        self.kinds
            .as_ref()
            .is_none_or(|kinds| kinds.iter().any(|k| k == found.kind))
    }

    /// What is wrong with the case as written, before it is run.
    fn misuse(&self) -> Option<String> {
        if let Some(k) = self
            .kinds
            .iter()
            .flatten()
            .find(|k| !KINDS.contains(&k.as_str()))
        {
            return Some(format!("kinds: no kind {k:?}: {KINDS:?}"));
        }
        if let Some(why) = self.every.iter().find_map(|e| e.misuse(true)) {
            return Some(format!("every: {why}"));
        }
        self.expect
            .iter()
            .enumerate()
            .find_map(|(i, e)| e.misuse(false).map(|why| format!("expect[{i}]: {why}")))
    }

    /// Each way in which the items and speakers found differ from the case.
    fn problems(&self, all: &[Found], speakers: &[Speaker]) -> Vec<String> {
        let seen: Vec<&Found> = all.iter().filter(|f| self.looks_at(f)).collect();
        let mut out = Vec::new();
        if let Some(count) = self.count.filter(|&n| n != seen.len()) {
            out.push(format!("count: expected {count}, found {}", seen.len()));
        }
        if let Some(want) = self.attributions {
            let groups: HashSet<usize> = seen.iter().map(|f| f.group).collect();
            if groups.len() != want {
                out.push(format!(
                    "attributions: expected {want}, found {}",
                    groups.len()
                ));
            }
        }
        for every in &self.every {
            for (i, f) in seen.iter().enumerate() {
                for d in every.differences(f) {
                    out.push(format!("every {every}, item {i}: {d}"));
                }
            }
        }
        for (n, e) in self.expect.iter().enumerate() {
            let name = match &e.rule {
                Some(rule) => format!("expect[{n}] (rule {rule:?})"),
                None => format!("expect[{n}]"),
            };
            let picked = match (&e.find, e.at) {
                (Some(d), _) => seen
                    .iter()
                    .position(|f| d.differences(f).is_empty())
                    .ok_or_else(|| format!("{name}: no item is {d}")),
                (None, at) => {
                    let at = at.unwrap_or(n as isize);
                    let i = if at < 0 { seen.len() as isize + at } else { at };
                    usize::try_from(i)
                        .ok()
                        .filter(|&i| i < seen.len())
                        .ok_or_else(|| format!("{name}: no item at {at}: {} found", seen.len()))
                }
            };
            match picked {
                Ok(i) => {
                    for d in e.differences(seen[i]) {
                        out.push(format!("{name}, item {i}: {d}"));
                    }
                }
                Err(why) => out.push(why),
            }
        }
        if let Some(want) = self.speakers.as_ref().filter(|&w| w.as_slice() != speakers) {
            let show = |s: &[Speaker]| {
                let list: Vec<String> = s
                    .iter()
                    .map(|s| format!("{{ name = {:?}, quotes = {} }}", s.name, s.quotes))
                    .collect();
                format!("[{}]", list.join(", "))
            };
            out.push(format!(
                "speakers: expected {}, found {}",
                show(want),
                show(speakers)
            ));
        }
        out
    }

    /// The report of this case's failure, or `None` when it passes.
    fn failure(&self, file: &str, intro: Option<&str>) -> Option<String> {
        let text = if self.intro {
            match intro {
                Some(intro) => format!("{intro}{}", self.text),
                None => {
                    return Some(self.explain(
                        file,
                        &self.text,
                        &["`intro = true`, but the file has no `intro`".into()],
                        &[],
                    ));
                }
            }
        } else {
            self.text.clone()
        };
        if let Some(why) = self.misuse() {
            return Some(self.explain(file, &text, &[why], &[]));
        }
        let (found, speakers) = match found_in(&text, self.lang.as_deref()) {
            Ok(found) => found,
            Err(why) => return Some(self.explain(file, &text, &[why], &[])),
        };
        let problems = self.problems(&found, &speakers);
        (!problems.is_empty()).then(|| self.explain(file, &text, &problems, &found))
    }

    /// A failure, readable: the case, its problems, and every item found (those of a
    /// kind the case does not look at marked `-`).
    fn explain(&self, file: &str, text: &str, problems: &[String], found: &[Found]) -> String {
        let mut out = format!("{file}: case {:?}\n  text: {text:?}\n", self.name);
        for p in problems {
            out.push_str(&format!("  ✗ {p}\n"));
        }
        out.push_str(&format!("  found {} item(s):\n", found.len()));
        let mut seen = 0;
        for f in found {
            if self.looks_at(f) {
                out.push_str(&format!("    {seen:>2}: {f}\n"));
                seen += 1;
            } else {
                out.push_str(&format!("     -: {f}\n"));
            }
        }
        out
    }
}

/// Every failing case of the data file `file`, each as a readable report.
fn failures(file: &str, source: &str) -> Vec<String> {
    let data: File = match toml::from_str(source) {
        Ok(data) => data,
        Err(e) => return vec![format!("{file} does not parse: {e}")],
    };
    let mut names = HashSet::new();
    let mut out = Vec::new();
    for case in &data.case {
        if !names.insert(case.name.as_str()) {
            out.push(format!("{file}: two cases are named {:?}", case.name));
        }
        out.extend(case.failure(file, data.intro.as_deref()));
    }
    out
}

/// Runs every case of the data file `file` and fails listing those that failed.
fn run(file: &str, source: &str) {
    let failed = failures(file, source);
    assert!(
        failed.is_empty(),
        "{} failure(s) in {file}:\n\n{}",
        failed.len(),
        failed.join("\n")
    );
}

/// One test per data file, each reading its file into the test binary. Under wasm32 the
/// runner (wasm-bindgen-test-runner) runs only `#[wasm_bindgen_test]` functions, so
/// each is that there: every case runs in the wasm the extension ships as well.
macro_rules! data_files {
    ($($test:ident: $file:literal),* $(,)?) => {
        $(
            #[cfg_attr(not(target_arch = "wasm32"), test)]
            #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
            fn $test() {
                run($file, include_str!(concat!("../../../tests/data/attribution/", $file)));
            }
        )*
    };
}

data_files! {
    en: "en.toml",
    en_reported: "en-reported.toml",
    de: "de.toml",
    nl: "nl.toml",
    fr: "fr.toml",
    es: "es.toml",
    pt: "pt.toml",
    it: "it.toml",
    ru: "ru.toml",
    pl: "pl.toml",
    cs: "cs.toml",
    zh: "zh.toml",
    ja: "ja.toml",
}

/// The harness fails each case that does not hold, after running them all, naming the
/// file, the case and the field with what was expected and found; a case may name the
/// rule it expects.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn each_case_that_does_not_hold_fails_with_its_name_and_field() {
    let source = r#"
[[case]]
name = "wrong speaker"
text = "“We will rebuild the bridge before winter,” said Jane Doe."
count = 1
expect = [{ rule = "clause/said-x", speaker = "John Roe", cue = "said" }]

[[case]]
name = "holds"
text = "“We will rebuild the bridge before winter,” said Jane Doe."
expect = [{ rule = "clause/said-x", speaker = "Jane Doe" }]

[[case]]
name = "wrong count"
text = "“We will rebuild the bridge before winter,” said Jane Doe."
count = 2
"#;
    let failed = failures("meta.toml", source);
    assert_eq!(failed.len(), 2, "{failed:#?}");
    for (failure, parts) in failed.iter().zip([
        [
            "meta.toml: case \"wrong speaker\"",
            "expect[0] (rule \"clause/said-x\"), item 0: speaker: expected \"John Roe\", found \"Jane Doe\"",
        ],
        ["meta.toml: case \"wrong count\"", "count: expected 2, found 1"],
    ]) {
        for part in parts.into_iter().chain(["found 1 item(s):"]) {
            assert!(failure.contains(part), "{part:?} not in:\n{failure}");
        }
        assert!(!failure.contains("cue:"), "{failure}");
    }
}
