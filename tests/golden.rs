//! Golden snapshots of what the core finds in real text, so any change in
//! behaviour shows up as a reviewed diff (`git diff tests/golden/`).
//!
//! Inputs come from `../shared` at test time and never enter the repository:
//! - `../shared/eval/polnear_dev.jsonl` and `german_dev.jsonl` (plain text),
//! - page objects made by the extension's own collector in Chromium
//!   (`npm run golden-inputs` writes them to `build/golden-pages/`).
//!
//! Snapshots record positions, kinds, speaker mentions and names, cues and a
//! short hash of each quotation's text; never the quoted sentences.
//! On a mismatch the snapshot is rewritten and the test fails: review the diff,
//! commit it if the change is right. Without `../shared`, the tests say so and pass.

#![allow(clippy::unwrap_used, reason = "a test: a failure is a panic")]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;
use whosaid::core::offsets::Unit;
use whosaid::core::page::{Page, PageInput};
use whosaid::core::report::{Report, build};
use whosaid::core::{analyze, report::collapse};

/// A loopback origin with its port.
static LOOPBACK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"http://127\.0\.0\.1:\d+").expect("loopback regex"));

/// Documents taken from the start of each eval file.
const TEXT_DOCS: usize = 120;

/// A page with more lines than this is recorded as its first lines and a digest of all.
const PAGE_LINES: usize = 300;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> PathBuf {
    root().join("../shared")
}

/// FNV-1a of the whitespace-collapsed text: identifies a quotation without storing it.
fn short_hash(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in collapse(text).bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// One line per quotation and per link of a report.
fn describe(out: &mut String, id: &str, r: &Report) {
    for q in &r.quotes {
        let parts: Vec<String> = q
            .parts
            .iter()
            .map(|p| format!("{}-{}", p.start, p.end))
            .collect();
        let speaker = q.speaker.as_ref().map_or("-".to_string(), |s| {
            format!(
                "{:?}@{}-{} -> {:?}{}",
                s.mention,
                s.span.start,
                s.span.end,
                s.name,
                if s.resolved { "" } else { " (unresolved)" }
            )
        });
        let _ = writeln!(
            out,
            "{id} {} {}{} [{}] speaker={} cue={:?} medium={:?} conf={:.2} #{}",
            q.id,
            q.kind,
            // (A belief is marked; speech, nearly everything, is not.)
            if q.act == "belief" { " belief" } else { "" },
            parts.join(","),
            speaker,
            q.cue.as_deref().unwrap_or("-"),
            q.medium.as_deref().unwrap_or("-"),
            q.confidence,
            short_hash(&q.text)
        );
    }
    let mut navigation = 0;
    for l in &r.links {
        if l.relation == "navigation" {
            navigation += 1;
            continue;
        }
        let _ = writeln!(
            out,
            "{id} {} {} {}{} {}-{} {}{} backs={} #{}",
            l.id,
            l.relation,
            l.kind,
            l.format.map_or(String::new(), |f| format!("/{f}")),
            l.span.start,
            l.span.end,
            l.domain,
            l.outlet.map_or(String::new(), |o| format!(" outlet={o:?}")),
            l.backs.as_deref().unwrap_or("-"),
            short_hash(&l.href)
        );
    }
    if navigation > 0 {
        let _ = writeln!(out, "{id} navigation links: {navigation}");
    }
    for c in &r.unbacked {
        let _ = writeln!(
            out,
            "{id} unbacked {}-{} cue={:?}",
            c.span.start, c.span.end, c.cue
        );
    }
    if let Some(d) = &r.body_doubt {
        let _ = writeln!(
            out,
            "{id} body_doubt {} words {}/{}",
            d.reason, d.body_words, d.page_words
        );
    }
}

/// Compares `actual` with the snapshot at `name`. On a difference, rewrites the
/// snapshot and returns what to tell the reviewer.
fn compare(name: &str, actual: &str) -> Option<String> {
    let path = root().join("tests/golden").join(name);
    let expected = fs::read_to_string(&path).unwrap_or_default();
    if expected == actual {
        return None;
    }
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, actual).unwrap();
    let changed = expected
        .lines()
        .zip(actual.lines())
        .filter(|(a, b)| a != b)
        .count()
        + expected.lines().count().abs_diff(actual.lines().count());
    Some(format!("tests/golden/{name}: {changed} line(s) differ"))
}

/// Fails listing every snapshot that changed.
fn report(differences: Vec<String>) {
    assert!(
        differences.is_empty(),
        "{}\nThe snapshots were rewritten: review `git diff tests/golden/` and commit them if the change is right.",
        differences.join("\n")
    );
}

fn text_golden(file: &str, snap: &str) {
    let path = shared().join("eval").join(file);
    let Ok(data) = fs::read_to_string(&path) else {
        eprintln!(
            "skipped: {} is absent (../shared beside the clone)",
            path.display()
        );
        return;
    };
    let mut out = String::new();
    for line in data.lines().take(TEXT_DOCS) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("eval line is JSON");
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let page = Page::from_text(doc["text"].as_str().unwrap_or(""));
        let analysis = analyze(&page).expect("eval text fits");
        describe(&mut out, &id, &build(&page, &analysis, Unit::CodePoint));
    }
    report(compare(snap, &out).into_iter().collect());
}

#[test]
fn polnear_dev_golden() {
    text_golden("polnear_dev.jsonl", "polnear_dev.snap");
}

#[test]
fn german_dev_golden() {
    text_golden("german_dev.jsonl", "german_dev.snap");
}

/// The collector's page objects for real pages: what the extension analyses.
#[test]
fn pages_golden() {
    let dir = root().join("build/golden-pages");
    if !shared().exists() {
        eprintln!("skipped: ../shared is absent");
        return;
    }
    let mut files: Vec<PathBuf> = match fs::read_dir(&dir) {
        Ok(entries) => entries.filter_map(|e| Some(e.ok()?.path())).collect(),
        Err(_) => {
            eprintln!(
                "skipped: {} is absent; `npm run golden-inputs` makes it (npm test does)",
                dir.display()
            );
            return;
        }
    };
    files.retain(|p| p.to_string_lossy().ends_with(".page.json"));
    files.sort();
    assert!(!files.is_empty(), "{} holds no page objects", dir.display());
    let mut differences = Vec::new();
    for file in files {
        let name = file_stem(&file);
        // The pages were served from a random loopback port; relative links carry it.
        let raw = fs::read_to_string(&file).unwrap();
        let json = LOOPBACK.replace_all(&raw, "http://127.0.0.1");
        let input: PageInput = serde_json::from_str(&json).expect("page object");
        let page = input.into_page();
        let analysis = analyze(&page).expect("page fits");
        let mut out = String::new();
        describe(&mut out, &name, &build(&page, &analysis, Unit::Utf16));
        let lines = out.lines().count();
        if lines > PAGE_LINES {
            let head: Vec<&str> = out.lines().take(PAGE_LINES).collect();
            out = format!(
                "{}\n{name} … {lines} lines in all, digest #{}\n",
                head.join("\n"),
                short_hash(&out)
            );
        }
        differences.extend(compare(&format!("pages/{name}.snap"), &out));
    }
    report(differences);
}

fn file_stem(p: &Path) -> String {
    let name = p.file_name().unwrap().to_string_lossy();
    name.trim_end_matches(".page.json").to_string()
}
