//! The article's source links: which links of the body cite something, and
//! whether they point at the publisher's own site or elsewhere.

use url::Url;

use super::page::Page;
use super::span::{Span, any_contains};

/// Whether a link stays with the publisher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The same registrable domain as the publisher.
    Internal,
    /// Any other site.
    External,
}

/// A link in the article body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLink {
    /// The anchor text's place in the text.
    pub span: Span,
    /// The absolute URL.
    pub href: String,
    /// Internal or external.
    pub relation: Relation,
    /// The link's registrable domain (`tass.com`), or its host when it has none.
    pub domain: String,
}

/// The registrable domain of a URL's host (`www.bbc.co.uk` gives `bbc.co.uk`),
/// from the bundled Public Suffix List; the bare host for IP addresses and
/// hosts without a known suffix.
pub fn site_of(url: &Url) -> Option<String> {
    let host = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    let site = psl::domain_str(&host).map(str::to_string);
    Some(site.unwrap_or(host))
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
    .find_map(|u| Url::parse(u.trim()).ok().filter(|u| u.host_str().is_some()))
}

/// The source links among the page's links: in an article-body block, with
/// anchor text, pointing at a web page that is not this one. `body` is sorted.
pub fn source_links(page: &Page, body: &[Span]) -> Vec<SourceLink> {
    let publisher = publisher_url(page);
    let publisher_site = publisher.as_ref().and_then(site_of);
    let page_url = Url::parse(&page.url).ok();
    page.links
        .iter()
        .filter(|l| any_contains(body, l.span))
        .filter(|l| !l.span.get(&page.text).trim().is_empty())
        .filter_map(|l| {
            let base = page_url.as_ref().or(publisher.as_ref());
            let url = match base {
                Some(b) => b.join(l.href.trim()).ok()?,
                None => Url::parse(l.href.trim()).ok()?,
            };
            if !matches!(url.scheme(), "http" | "https") {
                return None; // javascript:, mailto:, tel:, data:
            }
            if let Some(p) = &page_url {
                let mut bare = url.clone();
                bare.set_fragment(None);
                let mut here = p.clone();
                here.set_fragment(None);
                if bare == here {
                    return None; // an in-page anchor
                }
            }
            let domain = site_of(&url)?;
            let relation = if publisher_site.as_deref() == Some(domain.as_str()) {
                Relation::Internal
            } else {
                Relation::External
            };
            Some(SourceLink {
                span: l.span,
                href: iri(url.as_str()),
                relation,
                domain,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
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
