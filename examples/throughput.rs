//! Core throughput, native, on one thread: `cargo run --release --example throughput`.
//!
//! Runs the whole analysis the extension asks for (`core::analyze`, then the
//! `whosaid/1` report in UTF-16 units) over each input several times and prints
//! the best and median wall time, the mean CPU time (Linux) and the throughput
//! in MB/s (10^6 bytes of UTF-8 text per second). On a shared machine the CPU
//! figure is the steadier; `valgrind --tool=callgrind` counts instructions. Inputs, read before any timing:
//!
//! - `polnear_dev`: the texts of `../shared/eval/polnear_dev.jsonl`, one page each;
//! - `stress-large-article`: the page object of
//!   `../shared/corpus/pages/stress-large-article.html` (html5ever, as `whosaid html`);
//! - `long-block-N`: with `--long-block N`, one paragraph of N KB without a line
//!   break, made of the polnear texts (a guard against super-linear steps);
//! - with `--text FILE`, that file as a page of plain text (lines are paragraphs),
//!   named after the file.
//!
//! Options: `--reps N` (default 5), `--json` (one JSON object per input instead
//! of the table), `--only NAME` (one input). A missing input is skipped with a
//! message. `docs/performance.md` has the numbers and how to read them.

use std::path::Path;
use std::time::{Duration, Instant};

use whosaid::core::offsets::Unit;
use whosaid::core::page::Page;
use whosaid::core::{analyze, report};

/// One named input: its pages.
struct Input {
    name: String,
    pages: Vec<Page>,
}

impl Input {
    fn bytes(&self) -> usize {
        self.pages.iter().map(|p| p.text.len()).sum()
    }
}

fn polnear(shared: &Path) -> Option<Vec<String>> {
    let path = shared.join("eval/polnear_dev.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return None;
    };
    let texts = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .collect();
    Some(texts)
}

fn stress_page(shared: &Path) -> Option<Page> {
    let path = shared.join("corpus/pages/stress-large-article.html");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return None;
    };
    let html = whosaid::html::decode(bytes);
    Some(whosaid::html::read(&html, None).into_page())
}

/// One paragraph of `kb` KB: the texts joined by spaces, line breaks removed.
fn long_block(texts: &[String], kb: usize) -> Option<Page> {
    let want = kb * 1000;
    let mut block = String::with_capacity(want + 4096);
    'fill: loop {
        for t in texts {
            for word in t.split_whitespace() {
                if block.len() >= want {
                    break 'fill;
                }
                block.push_str(word);
                block.push(' ');
            }
        }
        if texts.is_empty() {
            return None;
        }
    }
    Some(Page::from_text(block.trim_end()))
}

/// The process's CPU time (user + system), on Linux: the machine may be shared,
/// and CPU time counts only this run. `/proc/self/stat` counts in clock ticks,
/// 100 a second on Linux's usual configuration.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (in parentheses, which may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Wall time and CPU time (if known) of one run over `pages`. Never inlined, so
/// `valgrind --tool=callgrind --toggle-collect=throughput::run` counts only the analysis.
#[inline(never)]
fn run(pages: &[Page]) -> (Duration, Option<Duration>) {
    let cpu = cpu_time();
    let start = Instant::now();
    for page in pages {
        match analyze(page) {
            Ok(analysis) => {
                std::hint::black_box(report::build(page, &analysis, Unit::Utf16));
            }
            Err(e) => eprintln!("error: {e}"),
        }
    }
    let wall = start.elapsed();
    (wall, cpu.zip(cpu_time()).map(|(a, b)| b.saturating_sub(a)))
}

fn main() {
    let mut reps = 5usize;
    let mut json = false;
    let mut only: Option<String> = None;
    let mut long_kb: Option<usize> = None;
    let mut files: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--reps" => reps = args.next().and_then(|n| n.parse().ok()).unwrap_or(reps),
            "--json" => json = true,
            "--only" => only = args.next(),
            "--long-block" => long_kb = args.next().and_then(|n| n.parse().ok()),
            "--text" => files.extend(args.next()),
            _ => {
                eprintln!(
                    "usage: throughput [--reps N] [--json] [--only NAME] [--long-block KB] [--text FILE]"
                );
                std::process::exit(2);
            }
        }
    }
    let reps = reps.max(1);
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let wanted = |name: &str| only.as_ref().is_none_or(|o| o == name);
    let texts = polnear(&shared).unwrap_or_default();
    let mut inputs = Vec::new();
    if wanted("polnear_dev") && !texts.is_empty() {
        inputs.push(Input {
            name: "polnear_dev".into(),
            pages: texts.iter().map(Page::from_text).collect(),
        });
    }
    if wanted("stress-large-article")
        && let Some(page) = stress_page(&shared)
    {
        inputs.push(Input {
            name: "stress-large-article".into(),
            pages: vec![page],
        });
    }
    if let Some(kb) = long_kb
        && wanted(&format!("long-block-{kb}"))
        && let Some(page) = long_block(&texts, kb)
    {
        inputs.push(Input {
            name: format!("long-block-{kb}"),
            pages: vec![page],
        });
    }
    for file in files.iter().filter(|f| wanted(f)) {
        match std::fs::read_to_string(file) {
            Ok(text) => inputs.push(Input {
                name: file.clone(),
                pages: vec![Page::from_text(text)],
            }),
            Err(e) => eprintln!("skipped: {file}: {e}"),
        }
    }
    for input in &inputs {
        let runs: Vec<(Duration, Option<Duration>)> =
            (0..reps).map(|_| run(&input.pages)).collect();
        let mut times: Vec<Duration> = runs.iter().map(|r| r.0).collect();
        times.sort();
        let best = times[0].as_secs_f64();
        let median = times[times.len() / 2].as_secs_f64();
        let cpu: Option<Duration> = runs.iter().map(|r| r.1).sum();
        let cpu = cpu.map(|c| c.as_secs_f64() / reps as f64);
        let mb = input.bytes() as f64 / 1e6;
        if json {
            println!(
                "{}",
                serde_json::json!({
                    "input": input.name,
                    "pages": input.pages.len(),
                    "bytes": input.bytes(),
                    "reps": reps,
                    "best_s": best,
                    "median_s": median,
                    "mb_per_s_best": mb / best,
                    "mb_per_s_median": mb / median,
                    "cpu_s_mean": cpu,
                    "mb_per_s_cpu": cpu.map(|c| mb / c),
                })
            );
        } else {
            println!(
                "{:<22} {:>4} pages {:>5.2} MB  best {:.3} s = {:>5.1} MB/s  median {:.3} s = {:>5.1} MB/s  {}({reps} runs)",
                input.name,
                input.pages.len(),
                mb,
                best,
                mb / best,
                median,
                mb / median,
                cpu.map(|c| format!("CPU {c:.3} s = {:>5.1} MB/s  ", mb / c))
                    .unwrap_or_default()
            );
        }
    }
}
