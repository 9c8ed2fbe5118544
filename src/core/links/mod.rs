//! The article's source links: which links of the body cite something, whether
//! they point at the publisher's own site or elsewhere, what kind of source
//! each is ([`kind`]), and what each backs: the sentence it sits in, the
//! attribution whose cue or words it is on, and the outlet the text names.
//!
//! Links outside the article body (menus, related lists, footers) are kept as
//! `navigation`: listed in the export, never painted.

mod kind;
pub(crate) mod uncommented;

use std::sync::LazyLock;

use publicsuffix::Psl;
use rustc_hash::FxHashMap;
use url::Url;

pub use kind::{Kind, Outlet, file_format, outlet, outlet_named, outlet_of};

use super::attribution::Quote;
use super::page::Page;
use super::span::{OverlapIndex, Span, any_contains};

/// Whether a link stays with the publisher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The publisher's own site: the same registrable domain, or a sibling
    /// domain of the same outlet (`bbc.com` for `bbc.co.uk`).
    Internal,
    /// Any other site.
    External,
    /// A link outside the article body: a menu, a related list, a footer.
    Navigation,
}

impl Relation {
    /// The name used in exports.
    pub fn name(self) -> &'static str {
        match self {
            Relation::Internal => "internal",
            Relation::External => "external",
            Relation::Navigation => "navigation",
        }
    }
}

/// A link of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLink {
    /// The anchor text's place in the text.
    pub span: Span,
    /// The absolute URL, as people read it ([`iri`]).
    pub href: String,
    /// Internal, external, or navigation.
    pub relation: Relation,
    /// The link's registrable domain (`tass.com`), or its host when it has none.
    pub domain: String,
    /// What kind of source it is.
    pub kind: Kind,
    /// The file type it points at (`pdf`), if any.
    pub format: Option<&'static str>,
    /// The news outlet or agency it belongs to (an index for [`outlet`]).
    pub outlet: Option<usize>,
    /// The sentence the link sits in (body links).
    pub claim: Option<Span>,
    /// The quotation or reported speech it backs (an index into the analysis'
    /// quotes): the link is on its cue, its speaker or its words.
    pub backs: Option<usize>,
    /// Where the text names the link's outlet (`Russian state media outlet TASS`).
    pub outlet_mentions: Vec<Span>,
}

/// `data/public_suffix_list.dat` without its comment lines.
const PSL_TREE: &str = uncommented::uncommented!(include_str!("data/public_suffix_list.dat"), "//");

/// The Public Suffix List, parsed at first use from the rules bundled as data
/// (`data/public_suffix_list.dat`, written by `scripts/update-psl.mjs` from the
/// `psl` crate's copy, as a tree of labels: [`suffix_rules`]). Names beyond
/// ASCII are in punycode there, the form URL hosts take.
static SUFFIXES: LazyLock<publicsuffix::List> =
    LazyLock::new(|| suffix_rules(PSL_TREE).parse().unwrap_or_default());

/// The rules of the list's tree of labels (`jp(kawasaki?(*,!city))`: `jp`,
/// `*.kawasaki.jp`, `!city.kawasaki.jp`; `?` marks a label that is no rule
/// itself), one a line, as `publicsuffix` reads them. Lines of `//` are comments.
fn suffix_rules(tree: &str) -> String {
    let mut rules = String::with_capacity(tree.len() * 2);
    rules.push_str("// ===BEGIN ICANN DOMAINS===\n");
    // The labels above the one being read, from the top-level domain down.
    let mut parents: Vec<&str> = Vec::new();
    for line in tree.lines().filter(|l| !l.starts_with("//")) {
        parents.clear();
        let mut label = "";
        let mut start = 0;
        for (i, b) in line.bytes().enumerate().chain([(line.len(), b',')]) {
            if !matches!(b, b',' | b'(' | b')') {
                continue;
            }
            let token = &line[start..i];
            start = i + 1;
            if !token.is_empty() {
                label = token.strip_suffix('?').unwrap_or(token);
                if label.len() == token.len() {
                    rules.push_str(label);
                    for p in parents.iter().rev() {
                        rules.push('.');
                        rules.push_str(p);
                    }
                    rules.push('\n');
                }
            }
            match b {
                b'(' => parents.push(label),
                b')' => {
                    parents.pop();
                }
                _ => {}
            }
        }
    }
    rules
}

/// The registrable domain of a URL's host (`www.bbc.co.uk` gives `bbc.co.uk`),
/// from the bundled Public Suffix List; the bare host for IP addresses and
/// hosts without a known suffix.
pub fn site_of(url: &Url) -> Option<String> {
    let host = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    Some(registrable(&host).map_or(host.clone(), str::to_string))
}

/// The registrable domain of a lower-case host name, if it has one.
fn registrable(host: &str) -> Option<&str> {
    let domain = SUFFIXES.domain(host.as_bytes())?;
    std::str::from_utf8(domain.trim().as_bytes()).ok()
}

/// Parses an absolute URL (see [`ascii_host`] for non-ASCII host names).
pub fn parse_url(s: &str) -> Option<Url> {
    Url::parse(&ascii_host(s)).ok()
}

/// Resolves `href` against `base` (see [`ascii_host`] for non-ASCII host names).
pub fn join_url(base: &Url, href: &str) -> Option<Url> {
    base.join(&ascii_host(href)).ok()
}

/// `href` with its host name in ASCII, as browsers write it (`https://bücher.de/`
/// gives `https://xn--bcher-kva.de/`), for `url`, which the wasm builds
/// without Unicode IDNA tables (Cargo.toml, `idna_adapter`). Only hosts of
/// `http:`/`https:` addresses and of `//host` hrefs, written with two or more
/// slashes, are rewritten: percent-escapes decoded, lower-cased, the ideographic
/// full stops read as dots, and each non-ASCII label in punycode. That is
/// UTS 46 ToASCII without its compatibility mapping (full-width letters) and
/// its checks: a host it gets wrong, `url` refuses, as it would have. Anything
/// else, and every ASCII address, is returned as it is.
pub fn ascii_host(href: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if href.is_ascii() && !href.contains('%') {
        return Cow::Borrowed(href);
    }
    let s = href.trim_matches(|c: char| c <= ' ');
    let slash = |c: char| c == '/' || c == '\\';
    let scheme = ["https:", "http:"]
        .iter()
        .find(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
        .map_or(0, |p| p.len());
    let rest = &s[scheme..];
    let after = rest.trim_start_matches(slash);
    if rest.len() - after.len() < 2 {
        return Cow::Borrowed(href);
    }
    let authority = &after[..after.find(['/', '\\', '?', '#']).unwrap_or(after.len())];
    let host_start = authority.rfind('@').map_or(0, |i| i + 1);
    let host_and_port = &authority[host_start..];
    let host = match host_and_port.rfind(':') {
        Some(i) if host_and_port[i + 1..].bytes().all(|b| b.is_ascii_digit()) => {
            &host_and_port[..i]
        }
        _ => host_and_port,
    };
    let decoded = percent_encoding::percent_decode_str(host).decode_utf8_lossy();
    if decoded.is_ascii() {
        return Cow::Borrowed(href);
    }
    let mut ascii = String::with_capacity(decoded.len() * 2);
    for (i, label) in decoded
        .to_lowercase()
        .split(['.', '。', '．', '｡'])
        .enumerate()
    {
        if i > 0 {
            ascii.push('.');
        }
        if label.is_ascii() {
            ascii.push_str(label);
        } else {
            match idna::punycode::encode_str(label) {
                Some(p) => {
                    ascii.push_str("xn--");
                    ascii.push_str(&p);
                }
                None => return Cow::Borrowed(href),
            }
        }
    }
    // (`host` is a slice of `href`: its place there.)
    let start = host.as_ptr() as usize - href.as_ptr() as usize;
    let end = start + host.len();
    Cow::Owned(format!("{}{ascii}{}", &href[..start], &href[end..]))
}

/// A URL as people read it (an IRI, RFC 3987 §3.2): percent-escapes that spell
/// non-ASCII characters are decoded (`Abmahnaff%C3%A4re` → `Abmahnaffäre`);
/// escapes of ASCII characters, which may matter to the server, stay.
pub fn iri(url: &str) -> String {
    let bytes = url.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let escape_at = |i: usize| -> Option<u8> {
        (bytes.get(i) == Some(&b'%'))
            .then(|| Some(hex(*bytes.get(i + 1)?)? * 16 + hex(*bytes.get(i + 2)?)?))
            .flatten()
            .and_then(|b| u8::try_from(b).ok())
    };
    let mut out = String::with_capacity(url.len());
    let mut i = 0;
    while i < bytes.len() {
        // A run of escapes of non-ASCII bytes, decoded when it is valid UTF-8.
        let mut run = Vec::new();
        let mut j = i;
        while let Some(b) = escape_at(j).filter(|&b| b >= 0x80) {
            run.push(b);
            j += 3;
        }
        match std::str::from_utf8(&run) {
            Ok(decoded) if !run.is_empty() => {
                out.push_str(decoded);
                i = j;
            }
            _ => {
                let end = if run.is_empty() { i + 1 } else { j };
                out.push_str(&url[i..end]);
                i = end;
            }
        }
    }
    out
}

/// The publisher's address: the canonical URL, else `og:url`, else the page's own address.
pub fn publisher_url(page: &Page) -> Option<Url> {
    [
        page.canonical.as_deref(),
        page.og_url.as_deref(),
        Some(page.url.as_str()),
    ]
    .into_iter()
    .flatten()
    .find_map(|u| parse_url(u.trim()).filter(|u| u.host_str().is_some()))
}

/// Who published the page: its registrable domain and, when it is a known
/// outlet (by address, or by the name it gives itself in `og:site_name`), the
/// outlet, whose sibling domains are the publisher's too.
#[derive(Clone, Debug, Default)]
pub struct Publisher {
    /// The registrable domain.
    pub site: Option<String>,
    /// The outlet (an index for [`outlet`]).
    pub outlet: Option<usize>,
}

impl Publisher {
    /// The publisher of `page`.
    pub fn of(page: &Page) -> Publisher {
        let url = publisher_url(page);
        Publisher {
            site: url.as_ref().and_then(site_of),
            outlet: url
                .as_ref()
                .and_then(outlet_of)
                .or_else(|| page.site_name.as_deref().and_then(outlet_named)),
        }
    }

    /// Whether `url` (registrable domain `site`, outlet `outlet`) is the publisher's.
    fn owns(&self, site: &str, outlet: Option<usize>) -> bool {
        self.site.as_deref() == Some(site) || outlet.is_some() && outlet == self.outlet
    }
}

/// The page's links, each with its relation and kind: those in an
/// article-body block (`body`, sorted) are internal or external, the others
/// navigation. Links without anchor text, to this same page (`#…`) or not to
/// a web page (`javascript:`, `mailto:`) are left out.
pub fn source_links(page: &Page, body: &[Span]) -> Vec<SourceLink> {
    let publisher = Publisher::of(page);
    let base = parse_url(&page.url).or_else(|| publisher_url(page));
    let here = parse_url(&page.url).map(|mut u| {
        u.set_fragment(None);
        u
    });
    page.links
        .iter()
        .filter(|l| !l.span.get(&page.text).trim().is_empty())
        .filter_map(|l| {
            let url = match &base {
                Some(b) => join_url(b, l.href.trim())?,
                None => parse_url(l.href.trim())?,
            };
            if !matches!(url.scheme(), "http" | "https") {
                return None; // javascript:, mailto:, tel:, data:
            }
            let mut bare = url.clone();
            bare.set_fragment(None);
            if here.as_ref() == Some(&bare) {
                return None; // an in-page anchor
            }
            let domain = site_of(&url)?;
            let outlet = outlet_of(&url);
            let own = publisher.owns(&domain, outlet);
            let relation = if !any_contains(body, l.span) {
                Relation::Navigation
            } else if own {
                Relation::Internal
            } else {
                Relation::External
            };
            Some(SourceLink {
                span: l.span,
                href: iri(url.as_str()),
                relation,
                domain,
                kind: kind::classify(&url, &l.rel, own),
                format: file_format(&url),
                outlet,
                claim: None,
                backs: None,
                outlet_mentions: Vec::new(),
            })
        })
        .collect()
}

/// What each body link backs: the sentence it sits in, the attribution whose
/// cue, speaker or words it is on, and the places the text names its outlet.
/// `paragraphs` are the body's, sorted, and `ends` the sentence ends of each
/// ([`super::text::sentence_ends`]); `quotes` the analysis' attributions.
pub fn back(
    links: &mut [SourceLink],
    text: &str,
    paragraphs: &[Span],
    ends: &[Vec<usize>],
    quotes: &[Quote],
) {
    // Each quotation's cue, speaker and words, indexed once: a long page has
    // thousands of links and quotations.
    let indexed = |spans: &dyn Fn(&Quote) -> Vec<Span>| {
        OverlapIndex::new(
            quotes
                .iter()
                .enumerate()
                .flat_map(|(i, q)| spans(q).into_iter().map(move |s| (s, i))),
        )
    };
    let cues = indexed(&|q| q.cue.into_iter().collect());
    let speakers = indexed(&|q| q.speaker.map(|s| s.mention).into_iter().collect());
    let words = indexed(&|q| q.parts.iter().copied().chain(q.content).collect());
    for link in links
        .iter_mut()
        .filter(|l| l.relation != Relation::Navigation)
    {
        let at = paragraphs.partition_point(|p| p.end <= link.span.start);
        if let Some(&para) = paragraphs.get(at).filter(|p| p.contains(link.span)) {
            let ends = ends.get(at).map_or(&[][..], Vec::as_slice);
            let start = ends
                .iter()
                .rev()
                .find(|&&e| e <= link.span.start)
                .copied()
                .unwrap_or(para.start);
            let end = ends
                .iter()
                .find(|&&e| e >= link.span.end)
                .copied()
                .unwrap_or(para.end);
            link.claim = Some(Span::new(start, end).trimmed(text));
        }
        // The attribution it is on: its cue first (`alleged`), then its speaker,
        // then its words.
        link.backs = cues
            .first_overlapping(link.span)
            .or_else(|| speakers.first_overlapping(link.span))
            .or_else(|| words.first_overlapping(link.span));
    }
    // The outlets the text names, for each outlet linked to (found once per outlet).
    let mut found: FxHashMap<usize, Vec<Span>> = FxHashMap::default();
    for link in links.iter_mut() {
        let Some((index, outlet)) = link.outlet.and_then(|i| Some((i, kind::outlet(i)?))) else {
            continue;
        };
        let mentions = found.entry(index).or_insert_with(|| {
            let mut mentions = Vec::new();
            for &para in paragraphs {
                let p = para.get(text);
                for alias in &outlet.aliases {
                    for (at, _) in p.match_indices(alias) {
                        let before = p[..at].chars().next_back();
                        let after = p[at + alias.len()..].chars().next();
                        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
                        if !word(before) && !word(after) {
                            mentions
                                .push(Span::new(para.start + at, para.start + at + alias.len()));
                        }
                    }
                }
            }
            crate::core::sort::by_key(&mut mentions, |s| crate::core::sort::pair(s.start, s.end));
            mentions.dedup();
            mentions
        });
        link.outlet_mentions = mentions.clone();
    }
}

/// The links that stand behind each quotation (one list per quote, link indices
/// in order): those on its attribution, and those to the outlet its medium
/// names (`Speaking to TASS` and a link to tass.com).
pub fn sources(links: &[SourceLink], quotes: &[Quote], text: &str) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); quotes.len()];
    let backing = || {
        links
            .iter()
            .enumerate()
            .filter(|(_, l)| l.relation != Relation::Navigation)
    };
    for (i, l) in backing() {
        if let Some(list) = l.backs.and_then(|q| out.get_mut(q)) {
            list.push(i);
        }
    }
    // The links of each outlet, grouped, for the few quotations with a medium.
    let mut by_outlet: Vec<(usize, &kind::Outlet, Vec<usize>)> = Vec::new();
    for (i, l) in backing() {
        let Some((index, outlet)) = l.outlet.and_then(|o| Some((o, kind::outlet(o)?))) else {
            continue;
        };
        match by_outlet.iter_mut().find(|(o, _, _)| *o == index) {
            Some((_, _, list)) => list.push(i),
            None => by_outlet.push((index, outlet, vec![i])),
        }
    }
    for (list, q) in out.iter_mut().zip(quotes) {
        let Some(m) = q.medium.map(|m| m.get(text)) else {
            continue;
        };
        let before = list.len();
        for (_, outlet, ids) in &by_outlet {
            if outlet.aliases.iter().any(|a| m.contains(a)) {
                list.extend(ids);
            }
        }
        if list.len() > before {
            crate::core::sort::by_key(list, |&id| id as u128);
            list.dedup();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// Every rule of the bundled list, and hosts under it, give the registrable
    /// domain the `psl` crate (which compiles the same list into code) gives.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_bundled_suffix_list_agrees_with_the_psl_crate() {
        let data = super::suffix_rules(include_str!("data/public_suffix_list.dat"));
        let rules: Vec<&str> = data
            .lines()
            .filter(|l| !l.starts_with("//") && !l.trim().is_empty())
            .collect();
        assert!(rules.len() > 9000, "the list holds {} rules", rules.len());
        // The tree gives psl's rules, each once (`psl` keeps them in its crate's data/rules.txt).
        let mut unique = rules.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), rules.len(), "rules given twice");
        // (In punycode, as URL hosts are: `publicsuffix` is built without IDNA.)
        assert!(rules.iter().all(|r| r.is_ascii()), "rules not in ASCII");
        let mut checked = 0;
        for rule in rules {
            let name = rule.trim_start_matches(['!', '*', '.']);
            let ascii = url::Url::parse(&format!("http://{name}/"))
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_else(|| name.to_string());
            for host in [
                ascii.clone(),
                format!("example.{ascii}"),
                format!("www.example.{ascii}"),
                format!("a.b.c.{ascii}"),
            ] {
                assert_eq!(
                    super::registrable(&host),
                    psl::domain_str(&host),
                    "host {host} (rule {rule})"
                );
                checked += 1;
            }
        }
        for host in [
            "localhost",
            "example.invalid",
            "a.b.unknowntld",
            "com",
            "127.0.0.1",
        ] {
            assert_eq!(super::registrable(host), psl::domain_str(host), "{host}");
        }
        assert!(checked > 36000);
    }

    /// The tree of labels expands into the rules it holds.
    #[test]
    fn the_suffix_tree_expands_into_rules() {
        let rules =
            super::suffix_rules("// comment\njp(kawasaki?(*,!city),co)\nuk?(co(a?(b)))\ncom\n");
        let rules: Vec<&str> = rules.lines().skip(1).collect();
        assert_eq!(
            rules,
            [
                "jp",
                "*.kawasaki.jp",
                "!city.kawasaki.jp",
                "co.jp",
                "co.uk",
                "b.a.co.uk",
                "com"
            ]
        );
    }

    /// The bundled list was written from the `psl` version Cargo.lock holds.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_bundled_suffix_list_is_the_locked_psl_version() {
        let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
            .expect("Cargo.lock");
        let locked = lock
            .split("[[package]]")
            .find(|p| p.contains("\nname = \"psl\"\n"))
            .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
            .map(|v| v.trim_matches('"'))
            .expect("psl in Cargo.lock");
        let data = include_str!("data/public_suffix_list.dat");
        assert!(
            data.contains(&format!("// psl-crate-version: {locked}\n")),
            "run: node scripts/update-psl.mjs (psl {locked} is locked)"
        );
    }

    use super::*;
    use crate::core::page::Link;

    fn links(canonical: Option<&str>, hrefs: &[&str]) -> Vec<(String, Relation)> {
        let mut page = Page {
            url: "http://127.0.0.1:8000/article.html".into(),
            canonical: canonical.map(str::to_string),
            ..Page::default()
        };
        for h in hrefs {
            let start = page.text.len();
            page.text.push_str("anchor ");
            page.links.push(Link {
                span: Span::new(start, start + 6),
                href: h.to_string(),
                ..Link::default()
            });
        }
        let body = [Span::new(0, page.text.len())];
        source_links(&page, &body)
            .into_iter()
            .map(|l| (l.href, l.relation))
            .collect()
    }

    #[test]
    fn canonical_url_decides_internal_even_when_served_elsewhere() {
        assert_eq!(
            links(
                Some("https://www.example.co.uk/news/1"),
                &[
                    "https://example.co.uk/other",
                    "https://news.example.co.uk/x",
                    "https://tass.com/world/1"
                ]
            ),
            [
                ("https://example.co.uk/other".into(), Relation::Internal),
                ("https://news.example.co.uk/x".into(), Relation::Internal),
                ("https://tass.com/world/1".into(), Relation::External),
            ]
        );
    }

    #[test]
    fn without_canonical_the_page_address_is_the_publisher() {
        assert_eq!(
            links(None, &["/local", "https://elsewhere.org/"]),
            [
                ("http://127.0.0.1:8000/local".into(), Relation::Internal),
                ("https://elsewhere.org/".into(), Relation::External),
            ]
        );
    }

    /// Host names beyond ASCII reach `url` in punycode, as browsers write them
    /// (RFC 3492's and UTS 46's own examples).
    #[test]
    fn non_ascii_hosts_are_written_in_punycode() {
        let parsed = |s: &str| parse_url(s).map(String::from);
        for (href, want) in [
            ("http://bücher.de/x", "http://xn--bcher-kva.de/x"),
            ("HTTPS://BÜCHER.de", "https://xn--bcher-kva.de/"),
            (
                "https://b%C3%BCcher.de/a?b#c",
                "https://xn--bcher-kva.de/a?b#c",
            ),
            (" http:\\\\bücher.de\\p ", "http://xn--bcher-kva.de/p"),
            (
                "http://user:pw@bücher.de:8080/ü",
                "http://user:pw@xn--bcher-kva.de:8080/%C3%BC",
            ),
            ("http://例え.テスト/", "http://xn--r8jz45g.xn--zckzah/"),
            (
                "https://www.例え。テスト/",
                "https://www.xn--r8jz45g.xn--zckzah/",
            ),
            (
                "http://xn--bcher-kva.de/ä",
                "http://xn--bcher-kva.de/%C3%A4",
            ),
        ] {
            assert_eq!(parsed(href).as_deref(), Some(want), "{href}");
        }
        // Paths, queries and relative hrefs are left to `url`.
        let base = parse_url("https://bücher.de/a/").unwrap();
        let joined = |s: &str| join_url(&base, s).map(String::from);
        assert_eq!(
            joined("ü?q=ä").as_deref(),
            Some("https://xn--bcher-kva.de/a/%C3%BC?q=%C3%A4")
        );
        assert_eq!(
            joined("//bücher.ch/").as_deref(),
            Some("https://xn--bcher-kva.ch/")
        );
        assert_eq!(
            joined("/x@bücher.ch").as_deref(),
            Some("https://xn--bcher-kva.de/x@b%C3%BCcher.ch")
        );
        assert_eq!(
            ascii_host("mailto:jürgen@bücher.de"),
            "mailto:jürgen@bücher.de"
        );
        // A host UTS 46 refuses is still refused (`url` gets no Unicode).
        for bad in ["http://a b.de/", "http://ü\u{0}.de/", "http://[ü]/"] {
            assert_eq!(parsed(bad), None, "{bad}");
        }
    }

    /// A link to a host beyond ASCII is reported under its punycode name, as
    /// the browser gives it to the extension.
    #[test]
    fn links_to_non_ascii_hosts_are_reported() {
        assert_eq!(
            links(
                None,
                &["https://bücher.de/buch", "https://xn--bcher-kva.de/"]
            ),
            [
                ("https://xn--bcher-kva.de/buch".into(), Relation::External),
                ("https://xn--bcher-kva.de/".into(), Relation::External),
            ]
        );
    }

    #[test]
    fn hrefs_read_as_iris() {
        assert_eq!(
            iri("https://de.wikipedia.org/wiki/RedTube-Abmahnaff%C3%A4re"),
            "https://de.wikipedia.org/wiki/RedTube-Abmahnaffäre"
        );
        // ASCII escapes and broken sequences stay as they are.
        assert_eq!(
            iri("https://a.org/a%2Fb%20c?q=%3D"),
            "https://a.org/a%2Fb%20c?q=%3D"
        );
        assert_eq!(
            iri("https://a.org/%C3%28%E6%97%A5"),
            "https://a.org/%C3%28日"
        );
        assert_eq!(iri("https://a.org/%C3"), "https://a.org/%C3");
        assert_eq!(iri("https://a.org/%"), "https://a.org/%");
    }

    #[test]
    fn anchors_scripts_and_mail_are_not_sources() {
        assert!(
            links(
                None,
                &["#top", "javascript:void(0)", "mailto:a@b.c", "tel:123"]
            )
            .is_empty()
        );
    }
}
