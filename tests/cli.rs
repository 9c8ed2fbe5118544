//! The `whosaid` command line as a researcher runs it: JSON lines in input
//! order, an error line for a page that cannot be read, gzip, lists of paths,
//! JSON lines in, and the summary.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn whosaid(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(out: &Output) -> Vec<Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON document"))
        .collect()
}

/// An article with one quotation by a named speaker, and a source link.
fn article(speaker: &str, words: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{speaker} story</title>\
         <link rel=\"canonical\" href=\"https://news.example.org/{speaker}\"></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>A story</h1>\
         <p>{speaker}, the mayor of the town, spoke on Monday to the council.</p>\
         <p>“{words},” {speaker} said.</p><p>The <a href=\"https://data.example.gov/r.pdf\">budget report</a> was published in May.</p>\
         </article></body></html>"
    )
}

fn write(path: &Path, bytes: &[u8]) -> String {
    fs::write(path, bytes).unwrap();
    path.display().to_string()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn speaker_of_first_quote(line: &Value) -> &str {
    line["quotes"][0]["speaker"]["name"].as_str().unwrap_or("-")
}

#[test]
fn html_pages_give_json_lines_in_order_and_a_bad_page_an_error_line() {
    let dir = folder("html");
    let a = write(
        &dir.join("a.html"),
        article("Jane Doe", "We will rebuild the bridge").as_bytes(),
    );
    let b = write(
        &dir.join("b.html.gz"),
        &gzip(article("John Roe", "The budget is balanced this year").as_bytes()),
    );
    let missing = dir.join("missing.html").display().to_string();
    let big = write(&dir.join("big.html"), &vec![b'x'; 5000]);
    let c = write(
        &dir.join("c.html"),
        article("Ann Poe", "Nothing is settled yet").as_bytes(),
    );
    let out = whosaid(
        &["html", "--max-bytes", "4000", &a, &b, &missing, &big, &c],
        "",
    );
    let lines = json_lines(&out);
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, [&a, &b, &missing, &big, &c]);
    for (line, speaker) in [
        (&lines[0], "Jane Doe"),
        (&lines[1], "John Roe"),
        (&lines[4], "Ann Poe"),
    ] {
        assert_eq!(line["schema"], "whosaid/1");
        assert_eq!(line["offsets"], "utf-16");
        assert_eq!(speaker_of_first_quote(line), speaker, "{line}");
        let body: Vec<&str> = line["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["relation"] != "navigation")
            .map(|l| l["kind"].as_str().unwrap())
            .collect();
        assert_eq!(body, ["government"], "{line}");
    }
    assert_eq!(lines[0]["url"], "https://news.example.org/Jane%20Doe");
    assert!(lines[2]["error"].as_str().unwrap().contains("No such file"));
    assert!(lines[3]["error"].as_str().unwrap().contains("--max-bytes"));
    assert!(lines[2].get("schema").is_none());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2 of 5 pages could not be read"),
        "{stderr}"
    );
}

#[test]
fn a_list_of_paths_with_addresses_runs_on_several_threads_in_order() {
    let dir = folder("list");
    let mut list = String::new();
    let mut expected = Vec::new();
    for i in 0..40 {
        // Pages of very different sizes, so they finish out of order.
        let words = "and the council agreed ".repeat(if i % 7 == 0 { 400 } else { 1 });
        let path = write(
            &dir.join(format!("p{i}.html")),
            article(&format!("Person{i} Example"), &format!("We said {words}it")).as_bytes(),
        );
        list.push_str(&format!("{path}\thttps://example.net/story/{i}\n"));
        expected.push((path, format!("https://example.net/story/{i}")));
    }
    list.push('\n');
    let lines = json_lines(&whosaid(&["html", "--stdin-list", "--jobs", "2"], &list));
    assert_eq!(lines.len(), 40);
    for (line, (path, url)) in lines.iter().zip(&expected) {
        assert_eq!(line["file"], path.as_str());
        assert_eq!(line["url"], url.as_str());
    }
}

#[test]
fn json_lines_in_for_html_and_text() {
    let html_line = serde_json::json!({"id": "doc-1", "url": "https://example.com/1",
        "html": article("Jane Doe", "We will rebuild the bridge")});
    let input = format!("{html_line}\nnot json\n{{\"id\": 7}}\n");
    let lines = json_lines(&whosaid(&["html", "--jsonl"], &input));
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "doc-1");
    assert_eq!(lines[0]["url"], "https://example.com/1");
    assert_eq!(speaker_of_first_quote(&lines[0]), "Jane Doe");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("unreadable line")
    );
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("\"html\""));

    let text = serde_json::json!({"id": 3, "text": "Jane Doe is the mayor.\n“We will rebuild,” Doe said."});
    let lines = json_lines(&whosaid(
        &["text", "--jsonl", "--with-text"],
        &format!("{text}\n"),
    ));
    assert_eq!(lines[0]["id"], 3);
    assert_eq!(lines[0]["offsets"], "code-point");
    assert_eq!(speaker_of_first_quote(&lines[0]), "Jane Doe");
    // The positions count into the text given back.
    let t: Vec<char> = lines[0]["text"].as_str().unwrap().chars().collect();
    let part = &lines[0]["quotes"][0]["parts"][0];
    let (s, e) = (
        part["start"].as_u64().unwrap() as usize,
        part["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(t[s..e].iter().collect::<String>(), "We will rebuild,");
}

#[test]
fn text_files_and_standard_input() {
    let dir = folder("text");
    let one = write(
        &dir.join("one.txt"),
        "“Rain is coming,” said Mary Major.\n".as_bytes(),
    );
    let two = write(
        &dir.join("two.txt.gz"),
        &gzip("“Sun is coming,” said Tom Minor.\n".as_bytes()),
    );
    let lines = json_lines(&whosaid(&["text", &one, &two], ""));
    assert_eq!(speaker_of_first_quote(&lines[0]), "Mary Major");
    assert_eq!(speaker_of_first_quote(&lines[1]), "Tom Minor");
    let lines = json_lines(&whosaid(&["text"], "“Snow,” said Ada Lane.\n"));
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(speaker_of_first_quote(&lines[0]), "Ada Lane");
}

#[test]
fn summary_counts_a_run_and_adds_up_runs() {
    let dir = folder("summary");
    let a = write(
        &dir.join("a.html"),
        article("Jane Doe", "We will rebuild the bridge").as_bytes(),
    );
    let b = write(
        &dir.join("b.html"),
        article("Jane Doe", "The bridge opens in spring").as_bytes(),
    );
    let c = write(&dir.join("c.html"), article("John Roe", "No").as_bytes());
    let out = whosaid(
        &["html", "--summary", &a, &b, &c, "/nonexistent/x.html"],
        "",
    );
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        stderr.contains("pages          3 (1 unreadable)"),
        "{stderr}"
    );
    let jane = stderr
        .lines()
        .find(|l| l.starts_with("Jane Doe"))
        .unwrap_or_else(|| panic!("{stderr}"));
    let cells: Vec<&str> = jane.split_whitespace().collect();
    // name (2 words), kind, quotes, pages, words, share
    assert_eq!(&cells[2..6], ["person", "2", "2", "10"], "{jane}");
    assert!(
        stderr.contains("links          3 in article bodies"),
        "{stderr}"
    );

    // The same summary from the JSON lines, split over two "machines".
    let lines = String::from_utf8(out.stdout).unwrap();
    let (first, rest) = lines.split_at(lines.find('\n').unwrap() + 1);
    let part1 = write(&dir.join("m1.jsonl"), first.as_bytes());
    let part2 = write(&dir.join("m2.jsonl.gz"), &gzip(rest.as_bytes()));
    let summary = whosaid(&["summary", "--json", &part1, &part2], "");
    let j: Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert_eq!(j["pages"], 3);
    assert_eq!(j["errors"], 1);
    assert_eq!(j["speakers"][0]["name"], "Jane Doe");
    assert_eq!(j["speakers"][0]["quotes"], 2);
    assert_eq!(j["links_by_kind"]["government"], 3);
    let table = whosaid(&["summary"], &lines);
    assert_eq!(
        String::from_utf8(table.stdout).unwrap(),
        stderr
            .lines()
            .skip(1)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let out = whosaid(&["html", "--url"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = whosaid(&["html", "--url", "https://x.org", "a.html", "b.html"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--url names one page"));
    let out = whosaid(&["html", "--frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
}
