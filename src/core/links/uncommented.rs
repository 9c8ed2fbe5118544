//! The bundled data files without their comments, at compile time.
//!
//! `data/*.tsv` and `data/public_suffix_list.dat` explain themselves in comment
//! lines (their columns, their sources, the list's licence notice); the readers
//! skip those lines. [`uncommented!`] leaves them out of the binary: ~3 KB of
//! the wasm (~1.9 KB gzipped), with the same rows read.

/// The length of `text` without its comment lines ([`without_comments`]).
pub const fn without_comments_len(text: &str, mark: &str) -> usize {
    let (text, mark) = (text.as_bytes(), mark.as_bytes());
    let mut len = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        if keeps(text, start, end, mark) {
            len += end - start;
        }
        start = end;
    }
    len
}

/// The lines of `text` (each with its `\n`) but those that start with `mark`
/// and the empty ones, in order; `N` is their length ([`without_comments_len`]).
pub const fn without_comments<const N: usize>(text: &str, mark: &str) -> [u8; N] {
    let (text, mark) = (text.as_bytes(), mark.as_bytes());
    let mut out = [0; N];
    let mut len = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        if keeps(text, start, end, mark) {
            let mut i = start;
            while i < end {
                out[len] = text[i];
                len += 1;
                i += 1;
            }
        }
        start = end;
    }
    out
}

/// One past the `\n` that ends the line at `start` (or the text's end).
const fn line_end(text: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < text.len() {
        i += 1;
        if text[i - 1] == b'\n' {
            break;
        }
    }
    i
}

/// Whether the line `start..end` is neither empty nor a comment.
const fn keeps(text: &[u8], start: usize, end: usize, mark: &[u8]) -> bool {
    // The line without its `\n` or `\r\n`.
    let mut stop = end;
    if stop > start && text[stop - 1] == b'\n' {
        stop -= 1;
    }
    if stop > start && text[stop - 1] == b'\r' {
        stop -= 1;
    }
    if stop == start {
        return false;
    }
    if stop - start < mark.len() {
        return true;
    }
    let mut i = 0;
    while i < mark.len() {
        if text[start + i] != mark[i] {
            return true;
        }
        i += 1;
    }
    false
}

/// `$text` (a `&'static str` constant, such as `include_str!(…)`) without its
/// lines that start with `$mark` and without empty lines, made at compile time.
macro_rules! uncommented {
    ($text:expr, $mark:literal) => {{
        const TEXT: &str = $text;
        const LEN: usize = $crate::core::links::uncommented::without_comments_len(TEXT, $mark);
        const BYTES: [u8; LEN] = $crate::core::links::uncommented::without_comments(TEXT, $mark);
        const OUT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a bundled data file is not UTF-8"),
        };
        OUT
    }};
}
pub(crate) use uncommented;

#[cfg(test)]
mod tests {
    #[test]
    fn comment_and_empty_lines_go_the_rest_stays() {
        const SAMPLE: &str = "# about\nrow\t1\n\n  # indented\n#\r\nlast #no\r\n\r\n#end";
        assert_eq!(
            uncommented!(SAMPLE, "#"),
            "row\t1\n  # indented\nlast #no\r\n"
        );
        assert_eq!(uncommented!("// a\nx(y)\n//", "//"), "x(y)\n");
        assert_eq!(uncommented!("", "#"), "");
        assert_eq!(uncommented!("a\n#\nb", "#"), "a\nb");
        assert_eq!(uncommented!("/\n\n//x\n/", "//"), "/\n/");
    }

    /// The lines a reader takes (not empty, not a comment).
    fn rows<'a>(text: &'a str, mark: &str) -> Vec<&'a str> {
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with(mark))
            .collect()
    }

    #[test]
    fn the_data_files_keep_every_row() {
        let files = [
            (
                include_str!("data/domains.tsv"),
                uncommented!(include_str!("data/domains.tsv"), "#"),
                "#",
            ),
            (
                include_str!("data/outlets.tsv"),
                uncommented!(include_str!("data/outlets.tsv"), "#"),
                "#",
            ),
            (
                include_str!("data/public_suffix_list.dat"),
                uncommented!(include_str!("data/public_suffix_list.dat"), "//"),
                "//",
            ),
        ];
        for (text, stripped, mark) in files {
            assert_eq!(rows(stripped, mark), rows(text, mark));
            assert_eq!(stripped.lines().count(), rows(text, mark).len());
            assert!(stripped.len() < text.len());
        }
    }
}
