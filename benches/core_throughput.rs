//! The core's native throughput and peak memory, for `npm run bench` (scripts/bench.mjs).
//!
//! `cargo bench --bench core_throughput -- [--quick] [--page-json OUT]`
//!
//! Inputs from `../shared` (never copied into the repo; missing inputs are
//! skipped with a message):
//! - the texts of `eval/polnear_dev.jsonl`, each as a plain-text page;
//! - `corpus/pages/stress-large-article.html`, read into a page object by
//!   `whosaid::html` (the collector's twin); `--page-json` writes that page
//!   object, so the wasm build can be timed on the very same input.
//!
//! One thread, the whole pipeline a click runs: `analyze` then `report::build_lean`
//! (UTF-16 positions; the report the extension's background sends, as the wasm
//! figure times it through `analyzeJson(page, { full: false })`). Throughput is text bytes (UTF-8) per second, MB = 10^6 B,
//! over the median of several passes. Peak memory is counted by a global
//! allocator: the most bytes live at once during the stress page's analysis,
//! above what was live before it (the page itself); the process's max RSS
//! (`VmHWM`) is reported beside it. Prints one JSON object on stdout.
//!
//! Also hostile input for the command line (`"hostile"`, docs/robustness.md):
//! 100,000 and 200,000 nested `<div>`s read by `whosaid::html` (parse and walk)
//! and analysed, and a line of 1 GB (256 MB with `--quick`) between two short
//! ones through `whosaid jsonl`: its time and the process's peak RSS.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde_json::{Value, json};
use whosaid::core::offsets::Unit;
use whosaid::core::page::Page;
use whosaid::core::{analyze, report};

/// The system allocator, counting the bytes live now and the most live at once.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` unchanged; only counters are added.
#[allow(unsafe_code, reason = "a global allocator is unsafe to implement")]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is `System.alloc`'s.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// What a click runs on one page: the analysis and its report. Returns the number of quotes.
fn run(page: &Page) -> usize {
    let analysis = analyze(page).expect("the bench inputs are under the size limit");
    let report = report::build_lean(page, &analysis, Unit::Utf16);
    std::hint::black_box(&report);
    report.quotes.len()
}

/// The CPU time this thread has run, in seconds (Linux schedstat), if known:
/// on a shared machine it says what the wall clock cannot.
fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Times `passes` passes over `pages`; the statistics as JSON.
fn time(pages: &[Page], passes: usize) -> Value {
    let bytes: usize = pages.iter().map(|p| p.text.len()).sum();
    let mut seconds = Vec::new();
    let mut cpu = Vec::new();
    let mut quotes = 0;
    for _ in 0..passes {
        let (t, c) = (Instant::now(), cpu_seconds());
        quotes = pages.iter().map(run).sum::<usize>();
        seconds.push(t.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c, cpu_seconds()) {
            cpu.push(c1 - c0);
        }
    }
    let (wall, cpu) = (median(seconds.clone()), median(cpu));
    json!({
        "pages": pages.len(),
        "bytes": bytes,
        "quotes": quotes,
        "passes": passes,
        "seconds": seconds,
        "median_s": wall,
        "mb_per_s": bytes as f64 / 1e6 / wall,
        "cpu_s": cpu,
        "cpu_mb_per_s": bytes as f64 / 1e6 / cpu,
    })
}

/// The peak resident set (Linux `VmHWM`), in bytes, of a process: `"self"`
/// or a pid.
fn max_rss(process: impl std::fmt::Display) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{process}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn polnear(shared: &Path) -> Option<Vec<Page>> {
    let file = shared.join("eval/polnear_dev.jsonl");
    let Ok(data) = fs::read_to_string(&file) else {
        eprintln!("core_throughput: {} is missing: skipped", file.display());
        return None;
    };
    let pages = data
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(Page::from_text))
        .collect();
    Some(pages)
}

/// Nested `<div>`s through the HTML reader and the analysis, and a long line
/// through `whosaid jsonl`.
fn hostile(quick: bool) -> Value {
    let mut out = json!({});
    for n in [100_000usize, 200_000] {
        let html = format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n));
        let t = Instant::now();
        let input = whosaid::html::read(&html, None);
        let read = t.elapsed().as_secs_f64();
        run(&input.into_page());
        out[format!("nested_divs_{n}")] = json!({
            "bytes": html.len(),
            "read_s": read,
            "total_s": t.elapsed().as_secs_f64(),
        });
    }
    let megabytes = if quick { 256 } else { 1024 };
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .arg("jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("whosaid runs");
    let pid = child.id();
    let t = Instant::now();
    let mut peak = 0;
    {
        let mut stdin = child.stdin.take().expect("a pipe");
        let chunk = vec![b'x'; 1024 * 1024];
        stdin
            .write_all(b"{\"id\": 1, \"text\": \"a\"}\n{\"id\": 2, \"text\": \"")
            .expect("whosaid reads");
        for i in 0..megabytes {
            stdin.write_all(&chunk).expect("whosaid reads");
            if i % 16 == 0 {
                peak = peak.max(max_rss(pid).unwrap_or(0));
            }
        }
        stdin
            .write_all(b"\"}\n{\"id\": 3, \"text\": \"b\"}\n")
            .expect("whosaid reads");
        peak = peak.max(max_rss(pid).unwrap_or(0));
    }
    let mut lines = String::new();
    child
        .stdout
        .take()
        .expect("a pipe")
        .read_to_string(&mut lines)
        .expect("whosaid writes");
    child.wait().expect("whosaid ends");
    out["long_line"] = json!({
        "megabytes": megabytes,
        "lines_out": lines.lines().count(),
        "seconds": t.elapsed().as_secs_f64(),
        "peak_rss_bytes": peak,
    });
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
    let page_json = args
        .iter()
        .position(|a| a == "--page-json")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let passes = if quick { 1 } else { 5 };
    let mut out = json!({ "passes": passes });
    // Warm-up: the lexicons and tables are built on first use.
    run(&Page::from_text(
        "“We will rebuild the bridge,” said Jane Doe.",
    ));

    if let Some(pages) = polnear(&shared) {
        out["polnear"] = time(&pages, passes);
    }

    let stress = shared.join("corpus/pages/stress-large-article.html");
    match fs::read(&stress) {
        Ok(bytes) => {
            let input = whosaid::html::read(&whosaid::html::decode(bytes), None);
            if let Some(path) = &page_json {
                let json = serde_json::to_string(&input).expect("a page object serialises");
                fs::write(path, json).expect("the --page-json file can be written");
            }
            let page = input.into_page();
            let base = LIVE.load(Ordering::Relaxed);
            PEAK.store(base, Ordering::Relaxed);
            run(&page);
            let peak = PEAK.load(Ordering::Relaxed) - base;
            out["stress"] = time(std::slice::from_ref(&page), passes);
            out["memory"] =
                json!({ "core_peak_bytes": peak, "process_max_rss_bytes": max_rss("self") });
        }
        Err(_) => eprintln!("core_throughput: {} is missing: skipped", stress.display()),
    }
    out["hostile"] = hostile(quick);
    println!("{out}");
}
