//! The command line and the extension agree: `whosaid html` on a saved page
//! finds the same quotations and speakers as the extension does in Chromium.
//!
//! The extension's side is the page object its own collector
//! (`extension/src/lib/collect.js`) built in Chromium (`npm run golden-inputs`
//! writes them to `build/`), analysed by the core: what the extension exports.
//! With `WHOSAID_EXPORTS=DIR`, the extension's real exports in DIR
//! (`npm run export-pages -- --out DIR ...`) are compared as well. The command
//! line's side is the `whosaid` binary run over the HTML files.
//!
//! - `fixtures_read_as_the_collector_reads_them`: test pages written for this
//!   (tests/html/, no text from ../shared) give the very same page object on
//!   both sides: text, blocks, element tree, links, `<q>` spans, metadata.
//! - `corpus_quotations_and_speakers_agree`: every page of ../shared/corpus and
//!   the seed. Where both sides read the same text, the quotations, speakers and
//!   links must be the same. Where the text differs, it is for the reasons
//!   docs/cli.md lists (the browser runs the page's scripts and style sheets:
//!   text they add, remove or hide); every quotation found on one side only
//!   must then lie in, or take its speaker from, text the other side does not have.

#![allow(clippy::unwrap_used, reason = "a test: a failure is a panic")]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;
use whosaid::core::offsets::Unit;
use whosaid::core::page::PageInput;
use whosaid::core::{analyze, report};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// JSON with the loopback port taken out of URLs (the pages were served on a random one).
fn without_port(json: &str) -> String {
    let port = regex::Regex::new(r"http://127\.0\.0\.1:\d+").unwrap();
    port.replace_all(json, "http://127.0.0.1").into_owned()
}

/// Page objects from the collector, with the loopback port taken out of URLs.
fn collector_objects(dir: &Path) -> Option<BTreeMap<String, String>> {
    let entries = fs::read_dir(dir).ok()?;
    let mut out = BTreeMap::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".page.json") {
            let raw = fs::read_to_string(e.path()).unwrap();
            out.insert(stem.to_string(), without_port(&raw));
        }
    }
    Some(out)
}

/// Runs `whosaid html --stdin-list` over `pages` (path, URL) and returns each line.
fn cli(pages: &[(PathBuf, String)], extra: &[&str]) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["html", "--stdin-list"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("whosaid runs");
    let mut list = String::new();
    for (path, url) in pages {
        list.push_str(&format!("{}\t{url}\n", path.display()));
    }
    child
        .stdin
        .take()
        .unwrap()
        .write_all(list.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), pages.len(), "one line per page, in order");
    for (line, (path, _)) in lines.iter().zip(pages) {
        assert_eq!(line["file"], path.display().to_string());
        assert!(line.get("error").is_none(), "{line}");
    }
    lines
}

/// The URL the collector's page was served at, once the port is taken out.
fn served_url(path: &Path) -> String {
    format!(
        "http://127.0.0.1/pages/{}",
        path.file_name().unwrap().to_string_lossy()
    )
}

#[test]
fn fixtures_read_as_the_collector_reads_them() {
    let dir = root().join("build/html-fixtures");
    let Some(objects) = collector_objects(&dir) else {
        eprintln!(
            "skipped: {} is absent; `npm run golden-inputs` makes it (npm test does)",
            dir.display()
        );
        return;
    };
    let mut pages: Vec<(PathBuf, String)> = fs::read_dir(root().join("tests/html"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| {
            let url = served_url(&p);
            (p, url)
        })
        .collect();
    pages.sort();
    assert!(!pages.is_empty());
    let lines = cli(&pages, &["--page-object"]);
    let mut failures = Vec::new();
    for ((path, _), mut got) in pages.iter().zip(lines) {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let Some(raw) = objects.get(&stem) else {
            failures.push(format!(
                "{stem}: no page object from the collector (npm run golden-inputs)"
            ));
            continue;
        };
        let want: Value = serde_json::from_str(raw).unwrap();
        got.as_object_mut().unwrap().remove("file");
        for key in want.as_object().unwrap().keys() {
            if want[key] != got[key] {
                let short = |v: &Value| v.to_string().chars().take(800).collect::<String>();
                failures.push(format!(
                    "{stem}: {key} differs\n  collector: {}\n  whosaid:   {}",
                    short(&want[key]),
                    short(&got[key])
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A quotation as the comparison sees it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Quote {
    kind: String,
    text: String,
    speaker: String,
}

fn quotes(report: &Value) -> Vec<Quote> {
    report["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| Quote {
            kind: q["kind"].as_str().unwrap().to_string(),
            text: q["text"].as_str().unwrap().to_string(),
            speaker: q["speaker"]["name"].as_str().unwrap_or("-").to_string(),
        })
        .collect()
}

/// The lines of `text` (paragraphs as the core reads them), trimmed.
fn line_set(text: &str) -> HashSet<&str> {
    text.split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The line of `text` holding UTF-16 offset `at`.
fn line_at(text: &str, at: u64) -> &str {
    let mut units = 0u64;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if units >= at {
            break;
        }
        if c == '\n' {
            start = i + 1;
        }
        units += c.len_utf16() as u64;
    }
    let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
    text[start..end].trim()
}

/// Whether every unmatched quotation of `report` (whose text is `text`) sits
/// in, or takes its speaker from, a line the other side's text lacks.
fn explained(
    report: &Value,
    text: &str,
    unmatched: &[Quote],
    other: &HashSet<&str>,
) -> Vec<String> {
    let mut unexplained = Vec::new();
    let mut left: HashMap<&Quote, usize> = HashMap::new();
    for q in unmatched {
        *left.entry(q).or_default() += 1;
    }
    for (q, json) in quotes(report)
        .iter()
        .zip(report["quotes"].as_array().unwrap())
    {
        let Some(n) = left.get_mut(q).filter(|n| **n > 0) else {
            continue;
        };
        *n -= 1;
        let mut places: Vec<u64> = json["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["start"].as_u64().unwrap())
            .collect();
        places.extend(json["speaker"]["span"]["start"].as_u64());
        if !places.iter().any(|&at| !other.contains(line_at(text, at))) {
            unexplained.push(format!("{q:?}"));
        }
    }
    unexplained
}

#[test]
fn corpus_quotations_and_speakers_agree() {
    let shared = root().join("../shared");
    if !shared.exists() {
        eprintln!("skipped: ../shared is absent");
        return;
    }
    let dir = root().join("build/golden-pages");
    let Some(objects) = collector_objects(&dir) else {
        eprintln!(
            "skipped: {} is absent; `npm run golden-inputs` makes it (npm test does)",
            dir.display()
        );
        return;
    };
    let corpus = shared.join("corpus/pages");
    let mut pages: Vec<PathBuf> = fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    pages.insert(0, shared.join("seed/article.html"));
    let listed: Vec<(PathBuf, String)> = pages.iter().map(|p| (p.clone(), served_url(p))).collect();
    let lines = cli(&listed, &["--with-text"]);
    let exports = std::env::var_os("WHOSAID_EXPORTS").map(PathBuf::from);

    let mut table = Vec::new();
    let mut failures = Vec::new();
    let (mut same_text, mut agreeing) = (0, 0);
    for (path, got) in pages.iter().zip(&lines) {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let Some(raw) = objects.get(&stem) else {
            failures.push(format!("{stem}: no page object in build/golden-pages"));
            continue;
        };
        let input: PageInput = serde_json::from_str(raw).unwrap();
        let ext_text = input.text.clone();
        let page = input.into_page();
        let mut want =
            serde_json::to_value(report::build(&page, &analyze(&page).unwrap(), Unit::Utf16))
                .unwrap();
        if let Some(dir) = &exports {
            // The extension's own export of the page, when asked for.
            let file = dir.join(format!("{stem}.json"));
            match fs::read_to_string(&file) {
                Ok(json) => want = serde_json::from_str(&without_port(&json)).unwrap(),
                Err(e) => failures.push(format!("{}: {e}", file.display())),
            }
        }
        let cli_text = got["text"].as_str().unwrap();
        let (w, g) = (quotes(&want), quotes(got));
        let mut only_ext = w.clone();
        let mut only_cli = Vec::new();
        for q in &g {
            match only_ext.iter().position(|x| x == q) {
                Some(i) => {
                    only_ext.remove(i);
                }
                None => only_cli.push(q.clone()),
            }
        }
        let agree = only_ext.is_empty() && only_cli.is_empty();
        agreeing += usize::from(agree);
        if cli_text == ext_text {
            same_text += 1;
            // The same text: the very same report (positions, speakers, links).
            for key in ["quotes", "speakers", "links", "unbacked"] {
                if want[key] != got[key] {
                    failures.push(format!("{stem}: the same text but {key} differ"));
                }
            }
        } else {
            let (ext_lines, cli_lines) = (line_set(&ext_text), line_set(cli_text));
            for q in explained(&want, &ext_text, &only_ext, &cli_lines) {
                failures.push(format!(
                    "{stem}: only the extension finds {q}, in text both read"
                ));
            }
            for q in explained(got, cli_text, &only_cli, &ext_lines) {
                failures.push(format!(
                    "{stem}: only whosaid html finds {q}, in text both read"
                ));
            }
        }
        table.push(format!(
            "{stem:<40} {:>4} {:>4} {:>4}  {}",
            w.len(),
            g.len(),
            only_ext.len() + only_cli.len(),
            if cli_text == ext_text {
                "same text"
            } else {
                "text differs"
            }
        ));
    }
    eprintln!(
        "{:<40} {:>4} {:>4} {:>4}\n{}\n{} pages: {same_text} read alike, {agreeing} with the same quotations and speakers",
        "page",
        "ext",
        "cli",
        "diff",
        table.join("\n"),
        pages.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
