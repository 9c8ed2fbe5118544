//! `whosaid html` and `whosaid text` over many pages: inputs (files, a list of
//! paths on standard input, or JSON lines), gzip, a size bound and a time
//! budget per page, all cores (rayon), and output in input order, streamed as
//! each page is done.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;
use whosaid::core::offsets::Unit;
use whosaid::core::page::Page;
use whosaid::core::report::{self, Report};
use whosaid::core::{MAX_TEXT_BYTES, Options as CoreOptions, analyze_with};
use whosaid::html;

use super::lines::{self, Line as InputLine, Lines};
use super::summary::{Digest, Summary};

/// What the pages are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// HTML documents.
    Html,
    /// Plain text (paragraphs are lines).
    Text,
}

/// How a run reads and writes.
#[derive(Clone, Debug)]
pub struct Options {
    /// HTML or plain text.
    pub format: Format,
    /// The unit of every position in the reports.
    pub unit: Unit,
    /// The largest page read, in bytes (after gzip).
    pub max_bytes: u64,
    /// Add the text the positions count into.
    pub with_text: bool,
    /// Write page objects (HTML only) instead of reports.
    pub page_objects: bool,
    /// Add `body_text`: the text taken as the article body.
    pub body_text: bool,
    /// Analyse the whole page: every block is article body (`--whole-page`).
    pub whole_page: bool,
    /// Indented JSON (one page).
    pub pretty: bool,
    /// Threads; 0 for all cores.
    pub jobs: usize,
    /// The time a page may take (`--timeout`); `None` for no limit.
    pub timeout: Option<Duration>,
}

/// One page to read.
pub enum Job {
    /// A file (gzip or not), with the page's address if known.
    File {
        /// The path as given.
        path: String,
        /// The page's address.
        url: Option<String>,
    },
    /// A page read from standard input (named `-`).
    Stdin {
        /// Its bytes.
        bytes: Vec<u8>,
        /// The page's address.
        url: Option<String>,
    },
    /// A JSON line from standard input: `{"id", "html", "url"}` or `{"id", "text"}`.
    Line {
        /// Its line number.
        number: usize,
        /// The line.
        text: String,
    },
    /// A line of standard input that could not be read.
    Unreadable {
        /// Its line number.
        number: usize,
        /// Why.
        error: String,
    },
}

/// Where a page came from, as the output line names it.
#[derive(Serialize)]
#[serde(untagged)]
enum Origin {
    File { file: String },
    Id { id: Value },
}

/// One output line: the origin, then the report (or page object) or an error.
#[derive(Serialize)]
struct Line<'a, T: Serialize> {
    #[serde(flatten)]
    origin: &'a Origin,
    /// The input line an error line is about (for JSON lines in).
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(flatten)]
    body: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    /// The text taken as the article body (`--body-text`): its runs, each
    /// trimmed, a blank line between them.
    #[serde(skip_serializing_if = "Option::is_none")]
    body_text: Option<&'a str>,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    error: &'a str,
}

/// Reads at most `max` bytes of `reader`, ungzipping when the bytes say gzip.
pub fn read_bounded(reader: impl Read + Send, max: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    lines::maybe_gzip(reader)?
        .take(max + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::other(format!(
            "larger than {} bytes (--max-bytes)",
            max
        )));
    }
    Ok(bytes)
}

/// When a page's time is up (`--timeout`), counted from when its bytes are in hand.
pub(crate) struct Budget {
    deadline: Option<Instant>,
    timeout: Option<Duration>,
}

impl Budget {
    /// A page's budget of `timeout` (`None`: no limit), from now.
    pub(crate) fn start(timeout: Option<Duration>) -> Budget {
        Budget {
            deadline: timeout.map(|t| Instant::now() + t),
            timeout,
        }
    }

    /// The error for a page whose time ran out while `doing` something.
    fn spent(&self, doing: &str) -> String {
        let secs = self.timeout.map_or(0.0, |t| t.as_secs_f64());
        format!("the time budget of {secs} s (--timeout) ran out while {doing}")
    }

    /// An error if the time is up.
    pub(crate) fn check(&self, doing: &str) -> Result<(), String> {
        match self.deadline {
            Some(d) if Instant::now() >= d => Err(self.spent(doing)),
            _ => Ok(()),
        }
    }
}

/// The JSON line written for one page, and its digest for the summary.
fn process(job: &Job, opts: &Options) -> (Vec<u8>, Digest) {
    let (origin, result) = match job {
        Job::File { path, url } => {
            let result = std::fs::File::open(path)
                .and_then(|f| read_bounded(f, opts.max_bytes))
                .map_err(|e| e.to_string())
                .and_then(|bytes| analyse_bytes(bytes, url.as_deref(), opts));
            (origin_of(job), result)
        }
        Job::Stdin { bytes, url } => (
            origin_of(job),
            analyse_bytes(bytes.clone(), url.as_deref(), opts),
        ),
        Job::Line { text, .. } => {
            let (id, result) = analyse_line(text, opts);
            (Origin::Id { id }, result)
        }
        Job::Unreadable { error, .. } => (origin_of(job), Err(error.clone())),
    };
    let line = line_of(job);
    let mut out = Vec::new();
    let digest = match &result {
        Ok(Output::Report(report, text, body_text)) => {
            write_json(
                &mut out,
                &Line {
                    origin: &origin,
                    line: None,
                    body: report,
                    text: opts.with_text.then_some(text.as_str()),
                    body_text: body_text.as_deref(),
                },
                opts.pretty,
            );
            Digest::of(report)
        }
        Ok(Output::PageObject(page)) => {
            write_json(
                &mut out,
                &Line {
                    origin: &origin,
                    line: None,
                    body: page,
                    text: None,
                    body_text: None,
                },
                opts.pretty,
            );
            Digest::default()
        }
        Err(error) => {
            write_json(
                &mut out,
                &Line {
                    origin: &origin,
                    line,
                    body: ErrorLine { error },
                    text: None,
                    body_text: None,
                },
                opts.pretty,
            );
            Digest::error()
        }
    };
    out.push(b'\n');
    (out, digest)
}

/// Where a job's page comes from.
fn origin_of(job: &Job) -> Origin {
    match job {
        Job::File { path, .. } => Origin::File { file: path.clone() },
        Job::Stdin { .. } => Origin::File { file: "-".into() },
        Job::Line { text, .. } => {
            #[derive(serde::Deserialize)]
            struct Id {
                #[serde(default)]
                id: Value,
            }
            let id = serde_json::from_str::<Id>(text).map_or(Value::Null, |d| d.id);
            Origin::Id { id }
        }
        Job::Unreadable { .. } => Origin::Id { id: Value::Null },
    }
}

/// The input line a job is (for JSON lines and lists read from standard input).
fn line_of(job: &Job) -> Option<usize> {
    match job {
        Job::Line { number, .. } | Job::Unreadable { number, .. } => Some(*number),
        _ => None,
    }
}

/// The error line for a job that tripped a bug.
fn internal_error(job: &Job, opts: &Options) -> (Vec<u8>, Digest) {
    let mut out = Vec::new();
    let error = "internal error while analysing this input (a bug in whosaid: please report it)";
    write_json(
        &mut out,
        &Line {
            origin: &origin_of(job),
            line: line_of(job),
            body: ErrorLine { error },
            text: None,
            body_text: None,
        },
        opts.pretty,
    );
    out.push(b'\n');
    (out, Digest::error())
}

fn write_json(out: &mut Vec<u8>, value: &impl Serialize, pretty: bool) {
    let written = if pretty {
        serde_json::to_writer_pretty(&mut *out, value)
    } else {
        serde_json::to_writer(&mut *out, value)
    };
    // Serialising these types into memory cannot fail.
    written.expect("a report serialises");
}

enum Output {
    /// The report, the page's text and the article body's (`--body-text`).
    Report(Box<Report>, String, Option<String>),
    PageObject(Box<whosaid::core::page::PageInput>),
}

fn analyse_bytes(bytes: Vec<u8>, url: Option<&str>, opts: &Options) -> Result<Output, String> {
    let budget = Budget::start(opts.timeout);
    match opts.format {
        Format::Html => analyse_html(&html::decode(bytes), url, opts, &budget),
        Format::Text => {
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            analyse_page(Page::from_text(text), opts, &budget)
        }
    }
}

/// A JSON line: `{"id", "html", "url"}` for HTML, `{"id", "text"}` for text.
fn analyse_line(line: &str, opts: &Options) -> (Value, Result<Output, String>) {
    #[derive(serde::Deserialize)]
    struct In {
        #[serde(default)]
        id: Value,
        html: Option<String>,
        text: Option<String>,
        url: Option<String>,
    }
    let budget = Budget::start(opts.timeout);
    let doc: In = match serde_json::from_str(line) {
        Ok(doc) => doc,
        Err(e) => return (Value::Null, Err(format!("unreadable line: {e}"))),
    };
    let result = match (opts.format, doc.html, doc.text) {
        (Format::Html, Some(html), _) if html.len() as u64 <= opts.max_bytes => {
            analyse_html(&html, doc.url.as_deref(), opts, &budget)
        }
        (Format::Text, _, Some(text)) if text.len() as u64 <= opts.max_bytes => {
            let mut page = Page::from_text(text);
            page.url = doc.url.unwrap_or_default();
            analyse_page(page, opts, &budget)
        }
        (Format::Html, Some(_), _) | (Format::Text, _, Some(_)) => Err(format!(
            "larger than {} bytes (--max-bytes)",
            opts.max_bytes
        )),
        (Format::Html, None, _) => Err("no \"html\" string".into()),
        (Format::Text, _, None) => Err("no \"text\" string".into()),
    };
    (doc.id, result)
}

fn analyse_html(
    source: &str,
    url: Option<&str>,
    opts: &Options,
    budget: &Budget,
) -> Result<Output, String> {
    let input = match budget.deadline {
        Some(deadline) => html::read_within(source, url, deadline)
            .map_err(|_| budget.spent("reading the page"))?,
        None => html::read(source, url),
    };
    if opts.page_objects {
        return Ok(Output::PageObject(Box::new(input)));
    }
    analyse_page(input.into_page(), opts, budget)
}

/// The analysis and its report. The core's own bounds keep it linear; it is
/// not stopped half-way, but a page whose time ran out by the end is an error.
fn analyse_page(page: Page, opts: &Options, budget: &Budget) -> Result<Output, String> {
    if page.text.len() > MAX_TEXT_BYTES {
        return Err(format!(
            "the text is {} bytes, more than the {MAX_TEXT_BYTES} analysed at once",
            page.text.len()
        ));
    }
    budget.check("reading the page")?;
    let core = CoreOptions {
        whole_page: opts.whole_page,
        ..CoreOptions::default()
    };
    let analysis = analyze_with(&page, &core).map_err(|e| e.to_string())?;
    let report = report::build(&page, &analysis, opts.unit);
    budget.check("analysing the page")?;
    let body_text = opts.body_text.then(|| {
        analysis
            .body
            .iter()
            .map(|s| s.get(&page.text).trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    });
    Ok(Output::Report(Box::new(report), page.text, body_text))
}

/// How many finished pages may wait for a slower earlier one before workers pause.
const WINDOW: usize = 256;

/// Output in input order, written as soon as every earlier page is done.
struct Ordered<W: Write> {
    next: usize,
    waiting: BTreeMap<usize, Vec<u8>>,
    out: W,
    summary: Summary,
    errors: usize,
    pages: usize,
    failed: Option<io::Error>,
}

impl<W: Write> Ordered<W> {
    fn write(&mut self, line: &[u8]) {
        if self.failed.is_none() {
            self.failed = self.out.write_all(line).err();
        }
        self.next += 1;
    }
}

/// What a run did.
pub struct Outcome {
    /// Pages read (lines written).
    pub pages: usize,
    /// Pages that gave an error line.
    pub errors: usize,
    /// The tally, for `--summary`.
    pub summary: Summary,
}

/// Analyses every job on `opts.jobs` threads, writing one line per job to
/// `out` in input order.
pub fn run<I, W>(jobs: I, opts: &Options, out: W) -> io::Result<Outcome>
where
    I: Iterator<Item = Job> + Send,
    W: Write + Send,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs)
        .build()
        .map_err(io::Error::other)?;
    let state = Mutex::new(Ordered {
        next: 0,
        waiting: BTreeMap::new(),
        out,
        summary: Summary::default(),
        errors: 0,
        pages: 0,
        failed: None,
    });
    let turn = Condvar::new();
    pool.install(|| {
        jobs.enumerate().par_bridge().for_each(|(i, job)| {
            // A page that trips a bug gives an error line, never a stopped run.
            let (line, digest) = catch_unwind(AssertUnwindSafe(|| process(&job, opts)))
                .unwrap_or_else(|_| internal_error(&job, opts));
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            s.pages += 1;
            s.summary.add(&digest);
            if digest.failed() {
                s.errors += 1;
            }
            // Pages are taken in order, so the one everybody waits for is being worked on.
            while i != s.next && s.waiting.len() >= WINDOW {
                s = turn.wait(s).unwrap_or_else(|e| e.into_inner());
            }
            if i != s.next {
                s.waiting.insert(i, line);
                return;
            }
            s.write(&line);
            while let Some(line) = {
                let next = s.next;
                s.waiting.remove(&next)
            } {
                s.write(&line);
            }
            if s.failed.is_none() {
                s.failed = s.out.flush().err();
            }
            turn.notify_all();
        });
    });
    let s = state.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(e) = s.failed {
        return Err(e);
    }
    Ok(Outcome {
        pages: s.pages,
        errors: s.errors,
        summary: s.summary,
    })
}

/// Jobs from a list of paths, one per line (`PATH` or `PATH<TAB>URL`), each
/// line at most `max` bytes.
pub fn list_jobs(input: impl BufRead + Send, max: u64) -> impl Iterator<Item = Job> + Send {
    Lines::new(input, max).map(|line| match line {
        InputLine::Text { text, .. } => {
            let (path, url) = match text.split_once('\t') {
                Some((p, u)) if !u.trim().is_empty() => (p, Some(u.trim().to_string())),
                Some((p, _)) => (p, None),
                None => (text.as_str(), None),
            };
            Job::File {
                path: path.to_string(),
                url,
            }
        }
        InputLine::Bad { number, error } => Job::Unreadable { number, error },
    })
}

/// Jobs from JSON lines; a line longer than `max` bytes gives an error line
/// without being held in memory.
pub fn line_jobs(input: impl BufRead + Send, max: u64) -> impl Iterator<Item = Job> + Send {
    Lines::new(input, max).map(|line| match line {
        InputLine::Text { number, text } => Job::Line { number, text },
        InputLine::Bad { number, error } => Job::Unreadable { number, error },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_is_recognised_by_its_bytes_and_bounded_after_decompression() {
        use flate2::{Compression, write::GzEncoder};
        let mut gz = GzEncoder::new(Vec::new(), Compression::default());
        io::Write::write_all(&mut gz, &[b'a'; 1000]).unwrap();
        let packed = gz.finish().unwrap();
        assert_eq!(read_bounded(&packed[..], 1000).unwrap().len(), 1000);
        assert!(read_bounded(&packed[..], 999).is_err());
        assert_eq!(read_bounded(&b"plain"[..], 10).unwrap(), b"plain");
    }
}
