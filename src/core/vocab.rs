//! The vocabularies the core and the extension share, read at compile time.
//!
//! `vocab/*.json` (at the repository's root) each hold one vocabulary that both
//! sides use: the kinds of source link (`link-kinds.json`), the collector's tag
//! lists (`collector-elements.json`). The extension imports them as JSON
//! (esbuild bundles them); here [`list!`] turns one list of a file into a
//! `[&str; N]` constant at compile time, so a file that is not of the expected
//! shape, or that names more or fewer kinds than the code has, does not compile,
//! and nothing is parsed at run time.
//!
//! The shape read: a JSON object whose values are strings (notes for people,
//! such as `about`) or lists of plain strings (no escapes, which the lists'
//! names never need).

/// The number of strings in list `key` of `json` (see the module's text).
///
/// # Panics
/// At compile time (it runs in constants), when `json` has no such list or is
/// not of the shape read.
pub const fn len(json: &str, key: &str) -> usize {
    let b = json.as_bytes();
    let mut i = list_start(b, key.as_bytes());
    let mut n = 0;
    loop {
        i = skip_space(b, i);
        if at(b, i) == b']' {
            return n;
        }
        i = skip_space(b, plain_end(b, i) + 1);
        n += 1;
        i = after_item(b, i);
    }
}

/// The strings of list `key` of `json`; `N` is their number ([`len`]).
///
/// # Panics
/// As [`len`], and when `N` is not their number.
pub const fn items<const N: usize>(json: &'static str, key: &str) -> [&'static str; N] {
    let b = json.as_bytes();
    let mut out = [""; N];
    let mut i = list_start(b, key.as_bytes());
    let mut n = 0;
    loop {
        i = skip_space(b, i);
        if at(b, i) == b']' {
            break;
        }
        let end = plain_end(b, i);
        assert!(n < N, "a vocabulary list is longer than expected");
        out[n] = slice(b, i + 1, end);
        n += 1;
        i = after_item(b, skip_space(b, end + 1));
    }
    assert!(n == N, "a vocabulary list is shorter than expected");
    out
}

/// List `$key` of `$json` (a `&'static str` constant, such as `include_str!(…)` of a
/// `vocab/*.json` file) as a `[&'static str; N]` made at compile time.
macro_rules! list {
    ($json:expr, $key:literal) => {{
        const JSON: &str = $json;
        const LEN: usize = $crate::core::vocab::len(JSON, $key);
        const ITEMS: [&str; LEN] = $crate::core::vocab::items(JSON, $key);
        ITEMS
    }};
}
pub(crate) use list;

/// The byte at `i`.
const fn at(b: &[u8], i: usize) -> u8 {
    assert!(i < b.len(), "a vocabulary file ends early");
    b[i]
}

const fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// After an item of a list (and the space after it): past its `,`, or at its `]`.
const fn after_item(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b',' => i + 1,
        b']' => i,
        _ => panic!("a vocabulary list's items are strings separated by commas"),
    }
}

/// The index of the `"` that closes the string opening at `i`.
const fn string_end(b: &[u8], i: usize) -> usize {
    assert!(
        at(b, i) == b'"',
        "a vocabulary file's keys and values are strings"
    );
    let mut j = i + 1;
    loop {
        match at(b, j) {
            b'"' => return j,
            b'\\' => j += 2,
            _ => j += 1,
        }
    }
}

/// As [`string_end`], for a string without escapes (a list's item).
const fn plain_end(b: &[u8], i: usize) -> usize {
    let end = string_end(b, i);
    let mut j = i + 1;
    while j < end {
        assert!(b[j] != b'\\', "a vocabulary list's items have no escapes");
        j += 1;
    }
    end
}

/// Just inside the `[` of list `key` of the object `b`.
const fn list_start(b: &[u8], key: &[u8]) -> usize {
    let mut i = skip_space(b, 0);
    assert!(at(b, i) == b'{', "a vocabulary file is a JSON object");
    i += 1;
    loop {
        i = skip_space(b, i);
        assert!(
            at(b, i) != b'}',
            "a vocabulary file has no list of that name"
        );
        let key_end = string_end(b, i);
        let found = same(b, i + 1, key_end, key);
        i = skip_space(b, key_end + 1);
        assert!(
            at(b, i) == b':',
            "a vocabulary file's keys are followed by `:`"
        );
        i = skip_space(b, i + 1);
        if at(b, i) == b'[' {
            if found {
                return i + 1;
            }
            // Another list: past its `]`.
            i += 1;
            loop {
                i = skip_space(b, i);
                if at(b, i) == b']' {
                    break;
                }
                i = after_item(b, skip_space(b, string_end(b, i) + 1));
            }
            i += 1;
        } else {
            assert!(
                !found,
                "a vocabulary file's entry of that name is not a list"
            );
            i = string_end(b, i) + 1;
        }
        i = skip_space(b, i);
        match at(b, i) {
            b',' => i += 1,
            b'}' => panic!("a vocabulary file has no list of that name"),
            _ => panic!("a vocabulary file's entries are separated by commas"),
        }
    }
}

/// Whether `b[start..end]` is `key`.
const fn same(b: &[u8], start: usize, end: usize, key: &[u8]) -> bool {
    if end - start != key.len() {
        return false;
    }
    let mut k = 0;
    while k < key.len() {
        if b[start + k] != key[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// `b[start..end]` as text (it lies between two ASCII quotes of a `&str`).
const fn slice(b: &'static [u8], start: usize, end: usize) -> &'static str {
    let (_, rest) = b.split_at(start);
    let (item, _) = rest.split_at(end - start);
    match std::str::from_utf8(item) {
        Ok(s) => s,
        Err(_) => panic!("a vocabulary file is not UTF-8"),
    }
}

#[cfg(test)]
mod tests {
    const SAMPLE: &str = r#"
    { "about": "notes, with \"quotes\", [brackets] and \\ escapes",
      "empty" :[ ],
      "first": ["a", "b-c"],
      "about2": "x",
      "kinds":
        [ "news",
          "press_release" ,"wéb" ]
    }"#;

    #[test]
    fn reads_each_list_by_name_whatever_comes_before_it() {
        assert_eq!(list!(SAMPLE, "kinds"), ["news", "press_release", "wéb"]);
        assert_eq!(list!(SAMPLE, "first"), ["a", "b-c"]);
        assert_eq!(list!(SAMPLE, "empty").len(), 0);
        assert_eq!(list!(r#"{"one":["x"]}"#, "one"), ["x"]);
    }

    #[test]
    fn reads_the_shared_files() {
        let kinds = list!(include_str!("../../vocab/link-kinds.json"), "kinds");
        assert_eq!(kinds.first(), Some(&"news"));
        const ELEMENTS: &str = include_str!("../../vocab/collector-elements.json");
        assert!(list!(ELEMENTS, "block").contains(&"p"));
        assert!(list!(ELEMENTS, "skip").contains(&"script"));
        assert_eq!(list!(ELEMENTS, "code"), ["kbd", "samp", "var", "tt"]);
    }
}
