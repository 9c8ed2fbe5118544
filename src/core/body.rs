//! Which blocks of a page are the article body.
//!
//! Navigation, headers and footers of the site, related-article lists, share
//! buttons, newsletter boxes, comments and author bios are not. The rules,
//! after Readability's: pick the article's root (`[itemprop=articleBody]`,
//! else the `<article>` or `<main>` holding the most text, else `<body>`;
//! never one inside a comment, nor a teaser holding less than a fifth of
//! another candidate's text, nor one holding only a headline and byline),
//! drop blocks inside boilerplate containers (by tag or
//! ARIA role; by class and id words, camelCase and run-together ones too,
//! only when the container holds a minor share of the text, since layout
//! wrappers are named `l-sidebar-fixed` too, and a page may sit in one
//! `<form>`; a thread of comments however long), and drop short blocks that
//! are mostly link text and short copyright lines.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::page::{Element, Page};
use super::span::Span;

/// Tags whose content is never article body.
const BOILERPLATE_TAGS: &[&str] = &[
    "nav", "footer", "aside", "form", "menu", "dialog", "button", "select", "label", "fieldset",
];

/// ARIA roles whose content is never article body.
const BOILERPLATE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "toolbar",
];

/// Words in `class` or `id` that mark a container as boilerplate.
static BOILERPLATE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "comment",
        "comments",
        "disqus",
        "footer",
        "sidebar",
        "related",
        "share",
        "sharing",
        "social",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "sponsor",
        "sponsored",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "breadcrumb",
        "breadcrumbs",
        "menu",
        "nav",
        "navbar",
        "navigation",
        "masthead",
        "byline",
        "bio",
        "tags",
        "taglist",
        "popup",
        "modal",
        "widget",
        "outbrain",
        "taboola",
        "recirc",
        "recirculation",
        "recommended",
        "recommendations",
        "trending",
        "popular",
        "banner",
        "toolbar",
        "skip",
        "dateline",
        "timestamp",
        "meta",
    ]
    .into_iter()
    .collect()
});

/// Words that name a part of a page before a boilerplate word run together
/// with it (`siteheader`, `postcomments`).
const HEADS: &[&str] = &[
    "site", "page", "global", "main", "top", "bottom", "post", "article", "entry", "story", "user",
    "sticky", "mobile",
];

/// Words that name a container after a boilerplate word run together with
/// it (`relatedposts`, `commentlist`, `sharebar`).
const TAILS: &[&str] = &[
    "post",
    "posts",
    "story",
    "stories",
    "article",
    "articles",
    "link",
    "links",
    "list",
    "box",
    "area",
    "section",
    "wrap",
    "wrapper",
    "container",
    "block",
    "bar",
    "content",
    "contents",
    "item",
    "items",
    "module",
    "panel",
    "zone",
    "feed",
    "thread",
    "form",
    "tools",
    "icons",
    "buttons",
    "count",
    "title",
    "header",
    "body",
];

/// The lower-case words of an element's `class` and `id`: split at spaces,
/// `-` and `_`, and where a lower-case letter meets an upper-case one
/// (`contentsFooter` is `contents` and `footer`).
fn words(e: &Element) -> impl Iterator<Item = String> + '_ {
    e.class
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .chain(e.id.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .flat_map(camel_parts)
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// `relatedPosts` → `related`, `Posts`: the parts of a word split before each
/// upper-case letter that follows a lower-case one.
fn camel_parts(w: &str) -> impl Iterator<Item = &str> {
    let b = w.as_bytes();
    let mut start = 0;
    let mut cuts = (1..b.len())
        .filter(move |&i| b[i - 1].is_ascii_lowercase() && b[i].is_ascii_uppercase())
        .chain(std::iter::once(b.len()));
    std::iter::from_fn(move || {
        let end = cuts.next()?;
        let part = &w[start..end];
        start = end;
        Some(part)
    })
}

/// The longest word tried as two words run together (`relatedposts`):
/// longer ones are no class name a person wrote.
const MAX_RUN_TOGETHER: usize = 32;

/// Whether `word` names boilerplate: one of `vocabulary`, or two words run
/// together, one of them boilerplate and the other a boilerplate word, a
/// container's name after it or a page part's before it (`relatedposts`,
/// `sitefooter`; not `commentary` or `metadata`).
fn names_boilerplate(word: &str, vocabulary: impl Fn(&str) -> bool) -> bool {
    if vocabulary(word) {
        return true;
    }
    if word.len() > MAX_RUN_TOGETHER || !word.is_ascii() {
        return false;
    }
    (2..word.len().saturating_sub(1)).any(|i| {
        let (a, b) = word.split_at(i);
        vocabulary(a) && (vocabulary(b) || TAILS.contains(&b))
            || HEADS.contains(&a) && vocabulary(b)
    })
}

/// Whether `word` names a comment or a thread of them (`comments`, `commentlist`).
fn names_comments(word: &str) -> bool {
    names_boilerplate(word, |w| matches!(w, "comment" | "comments" | "disqus"))
}

/// A container named like boilerplate that holds at least this share of the
/// article root's text is a layout wrapper, not boilerplate.
const WRAPPER_SHARE: f64 = 0.4;

/// A root candidate holding less than one part in this many of the text
/// another candidate holds is a teaser, not the article.
const TEASER_SHARE: usize = 5;

/// A root holding less text than this outside links (a headline and a
/// byline), and under a fifth of the page's, leaves the story out.
const HEADLINE_ONLY: usize = 400;

/// Whether the element is a container whose content is never article body.
/// `in_article` tells whether it sits inside the chosen article root (an
/// article's own `<header>` holds its headline); `share` is the part of the
/// root's text it holds.
fn is_boilerplate(e: &Element, in_article: bool, share: f64) -> bool {
    let tag = e.tag.as_str();
    // (A whole page sits in one `<form>` on some publishing systems.)
    BOILERPLATE_TAGS.contains(&tag) && (tag != "form" || share < WRAPPER_SHARE)
        || (tag == "header" && !in_article)
        || BOILERPLATE_ROLES.contains(&e.role.to_ascii_lowercase().as_str())
        || share < WRAPPER_SHARE
            && words(e).any(|w| {
                names_boilerplate(&w, |w| {
                    BOILERPLATE_WORDS.contains(w) || w == "header" && !in_article
                })
            })
}

/// How strongly an element says "this is the article".
fn root_rank(e: &Element) -> Option<u8> {
    if e.itemprop.split_whitespace().any(|p| p == "articleBody") {
        return Some(3);
    }
    match (e.tag.as_str(), e.role.as_str()) {
        ("article", _) => Some(2),
        ("main", _) | (_, "main") => Some(1),
        _ => None,
    }
}

/// For each element of `page`, the bytes of the `spans` inside it: each span
/// counts at its element and every ancestor. One pass from the last element
/// to the first (parents come first), however deep the tree.
fn bytes_under(page: &Page, spans: impl Iterator<Item = (Option<usize>, Span)>) -> Vec<usize> {
    let n = page.elements.len();
    let mut under = vec![0usize; n];
    for (element, span) in spans {
        if let Some(i) = element.filter(|&i| i < n) {
            under[i] += span.len();
        }
    }
    for i in (0..n).rev() {
        if let Some(p) = page.parent(i) {
            under[p] += under[i];
        }
    }
    under
}

/// For each block of `page`, whether it is article body.
pub fn article_blocks(page: &Page) -> Vec<bool> {
    let n = page.elements.len();
    // Text bytes under each element (blocks only count once, at every ancestor).
    let text_under = bytes_under(page, page.blocks.iter().map(|b| (b.element, b.span)));
    // Link text under each element: a feed of linked headlines in an
    // `<article>` of its own is no article, however long.
    let links_under = bytes_under(page, page.links.iter().map(|l| (l.element, l.span)));
    // Comments: the elements named as comments, the text of the named
    // elements each holds, the threads (named, and most of their text in
    // named items), and the elements in a comment: under a named element
    // that is a thread or holds a minor share of the page (a wrapper named
    // `post-and-comments` around the article is neither).
    let page_text: usize = page.blocks.iter().map(|b| b.span.len()).sum();
    let named: Vec<bool> = page
        .elements
        .iter()
        .map(|e| words(e).any(|w| names_comments(&w)))
        .collect();
    let mut comments_under = vec![0usize; n];
    for i in (0..n).rev() {
        if let Some(p) = page.parent(i) {
            comments_under[p] += if named[i] {
                text_under[i]
            } else {
                comments_under[i]
            };
        }
    }
    let thread = |i: usize| named[i] && comments_under[i] * 4 >= text_under[i] * 3;
    let mut comment = vec![false; n];
    for i in 0..n {
        comment[i] = page.parent(i).is_some_and(|p| comment[p])
            || named[i] && ((text_under[i] as f64) < WRAPPER_SHARE * page_text as f64 || thread(i));
    }
    // The article root: the strongest candidate, then the one with most text
    // outside links; but not one in a comment, nor one holding a small part
    // of the text another candidate holds (a teaser `<article>` in a `<main>`).
    let candidates: Vec<(u8, usize, usize)> = (0..n)
        .filter(|&i| !comment[i])
        .filter_map(|i| {
            root_rank(&page.elements[i])
                .map(|r| (r, text_under[i].saturating_sub(links_under[i]), i))
        })
        .filter(|&(_, bytes, _)| bytes > 0)
        .collect();
    let most = candidates.iter().map(|c| c.1).max().unwrap_or(0);
    let root = candidates
        .iter()
        .filter(|&&(_, bytes, _)| bytes.saturating_mul(TEASER_SHARE) >= most)
        .max_by_key(|&&(r, bytes, _)| (r, bytes))
        // (An `<article>` holding only the headline and byline, the story in
        // a sibling `<div>`, is no root: the whole page is read instead.)
        .filter(|&&(_, bytes, _)| {
            let links: usize = page.links.iter().map(|l| l.span.len()).sum();
            bytes >= HEADLINE_ONLY
                || bytes.saturating_mul(TEASER_SHARE) >= page_text.saturating_sub(links)
        })
        .map(|&(_, _, i)| i);

    let mut link_spans: Vec<Span> = page.links.iter().map(|l| l.span).collect();
    super::sort::by_key(&mut link_spans, |s| super::sort::pair(s.start, s.end));
    let root_text = root.map_or_else(
        || page.blocks.iter().map(|b| b.span.len()).sum(),
        |r| text_under[r],
    );
    let share = |i: usize| text_under[i] as f64 / root_text.max(1) as f64;
    // What a block's element and its ancestors below the root say, for every
    // element at once, parents first: whether the root is among them (or it
    // is the root), whether one of them is boilerplate (unless it signs a
    // quotation: a `<footer>` or `<cite>` with a `<blockquote>` one or two
    // levels up, `— Sofia Kowalski`), and whether one is a caption, whose
    // credit links are its sources (`Foto: CC-BY-NC 2.0 David Merrigan`).
    let below_root = |p: Option<usize>| p.filter(|&p| Some(p) != root);
    let is_quote = |p: Option<usize>| p.is_some_and(|p| page.elements[p].tag == "blockquote");
    let mut under_root = vec![false; n];
    let mut boilerplate = vec![false; n];
    let mut caption = vec![false; n];
    for i in 0..n {
        let e = &page.elements[i];
        let parent = page.parent(i);
        under_root[i] = Some(i) == root || parent.is_some_and(|p| under_root[p]);
        if Some(i) == root {
            continue;
        }
        let up = below_root(parent);
        let signs_a_quote = is_quote(up) || is_quote(up.and_then(|p| below_root(page.parent(p))));
        // (A thread of comments is boilerplate however much text it holds.)
        boilerplate[i] = (is_boilerplate(e, root.is_some(), share(i)) || thread(i))
            && !signs_a_quote
            || up.is_some_and(|p| boilerplate[p]);
        caption[i] =
            matches!(e.tag.as_str(), "figcaption" | "figure") || up.is_some_and(|p| caption[p]);
    }
    page.blocks
        .iter()
        .map(|b| {
            let element = b.element.filter(|&i| i < n);
            if root.is_some() && b.element.is_some() && !element.is_some_and(|i| under_root[i]) {
                return false;
            }
            if element.is_some_and(|i| boilerplate[i]) {
                return false;
            }
            (element.is_some_and(|i| caption[i]) || !is_link_list(page, &link_spans, b.span))
                && !is_copyright(b.span.get(&page.text))
        })
        .collect()
}

/// The spans of the article body: each run of consecutive body blocks
/// (`is_body`, one flag per block of `page`) as one span, from its first
/// block's start to its last block's end, the breaks between them included.
pub fn runs(page: &Page, is_body: &[bool]) -> Vec<Span> {
    let mut runs: Vec<Span> = Vec::new();
    let mut open = false;
    for (b, &body) in page.blocks.iter().zip(is_body) {
        if !body || page.text.get(b.span.start..b.span.end).is_none() {
            open = false;
            continue;
        }
        if b.span.is_empty() {
            continue;
        }
        match runs.last_mut() {
            Some(run) if open && b.span.start >= run.end => run.end = b.span.end,
            _ => runs.push(b.span),
        }
        open = true;
    }
    runs
}

/// A block made mostly of link text: a menu item, a "related" entry, a footer's
/// `Home | World | Business` line. Letters and digits are counted, not the
/// separators between links. A short block needs half its text linked, any
/// block three quarters. `links` are the page's link spans, sorted.
fn is_link_list(page: &Page, links: &[Span], span: Span) -> bool {
    let alnum = |s: Span| {
        s.get(&page.text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
    };
    let first = links.partition_point(|l| l.start < span.start);
    let inside = || {
        links[first..]
            .iter()
            .take_while(|l| l.start < span.end)
            .filter(|l| span.contains(**l))
    };
    let linked: usize = inside().map(|&l| alnum(l)).sum();
    if linked == 0 {
        return false; // (most blocks: counting their letters would be wasted)
    }
    let all = alnum(span);
    let text = span.get(&page.text).trim_end();
    let words = text.split_whitespace().count();
    // (A sentence with a link in it is prose: `Im Fall des Fotografen kommt X zum Schluss:`.)
    let sentence = words >= 6 && text.ends_with(['.', ':', '!', '?', '…']);
    // (Nor one whose link is its predicate, however long: `The pier <a>was
    // rebuilt in 2029</a>.` cites the earlier story; `Read more: <a>…</a>`
    // names it.)
    let before = inside().next().map_or("", |l| {
        page.text
            .get(span.start..l.start)
            .unwrap_or_default()
            .trim()
    });
    let cites = sentence
        && before.split_whitespace().nth(1).is_some()
        && !before.ends_with([':', '—', '–', '-', '|', '»', '>', '•', '·', '/']);
    !cites && (linked * 2 >= all && words < 25 && !sentence || linked * 4 >= all * 3)
}

/// A copyright line (`© 2014 Cable News Network. All Rights Reserved.`): a
/// short block that opens with the sign. A long one is a paragraph that opens
/// with its picture's credit (`© Photo: Lena Brandt. The harbour authority …`).
fn is_copyright(text: &str) -> bool {
    let t = text.trim_start();
    (t.starts_with('©') || t.starts_with("Copyright ©") || t.starts_with("(c) "))
        && t.split_whitespace().nth(COPYRIGHT_WORDS).is_none()
}

/// The most words a copyright line has.
const COPYRIGHT_WORDS: usize = 20;

/// Whether the block element `element` sits in a `<blockquote>` that quotes
/// someone (not an embedded social-media post, which its own scripts render).
pub fn in_blockquote(page: &Page, element: Option<usize>) -> bool {
    let mut at = element;
    let mut steps = 0;
    while let Some(e) = at.and_then(|i| page.elements.get(i)) {
        if e.tag == "blockquote" {
            let class = e.class.to_lowercase();
            return !["tweet", "instagram", "tiktok", "embed"]
                .iter()
                .any(|w| class.contains(w));
        }
        steps += 1;
        if steps > 64 {
            break;
        }
        at = e.parent;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::page::{Block, Link};

    /// A page built from `(tag, class, parent, text)` rows; each row with text is a block.
    fn page(rows: &[(&str, &str, Option<usize>, &str)]) -> Page {
        let mut p = Page::default();
        for (tag, class, parent, text) in rows {
            p.elements.push(Element {
                tag: tag.to_string(),
                class: class.to_string(),
                parent: *parent,
                ..Element::default()
            });
            if !text.is_empty() {
                let start = p.text.len();
                p.text.push_str(text);
                p.blocks.push(Block {
                    span: Span::new(start, p.text.len()),
                    element: Some(p.elements.len() - 1),
                });
                p.text.push_str("\n\n");
            }
        }
        p
    }

    #[test]
    fn blockquotes_are_quotations_when_introduced_or_signed() {
        use crate::core::{analyze, offsets::Unit, report::build};
        let p = page(&[
            ("body", "", None, ""),
            ("article", "", Some(0), ""),
            (
                "p",
                "",
                Some(1),
                "The mayor of the town, Jane Doe, spoke to the council on Monday. She said:",
            ),
            ("blockquote", "", Some(1), ""),
            (
                "p",
                "",
                Some(3),
                "We will rebuild the bridge before the winter comes to the valley.",
            ),
            (
                "p",
                "",
                Some(1),
                "The council listened and the vote was held on Tuesday evening.",
            ),
            ("blockquote", "", Some(1), ""),
            (
                "p",
                "",
                Some(6),
                "The evidence speaks for itself and the whole region will see it.",
            ),
            (
                "footer",
                "",
                Some(6),
                "— Sofia Kowalski, a lawyer for the town",
            ),
            ("blockquote", "twitter-tweet", Some(1), ""),
            (
                "p",
                "",
                Some(9),
                "Nobody told us about the flood warnings in the valley this year.",
            ),
            ("p", "", Some(9), "— Someone (@someone) May 1, 2024"),
            ("blockquote", "", Some(1), ""),
            (
                "p",
                "",
                Some(12),
                "A passage set apart, with no one to say it is anyone's words.",
            ),
        ]);
        let r = build(&p, &analyze(&p).unwrap(), Unit::Utf8);
        let quotes: Vec<_> = r
            .quotes
            .iter()
            .filter(|q| q.kind == "direct")
            .map(|q| (q.text.as_str(), q.speaker.as_ref().map(|s| s.name.as_str())))
            .collect();
        assert_eq!(
            quotes,
            [
                (
                    "We will rebuild the bridge before the winter comes to the valley.",
                    Some("Jane Doe")
                ),
                (
                    "The evidence speaks for itself and the whole region will see it.",
                    Some("Sofia Kowalski")
                ),
            ]
        );
    }

    #[test]
    fn article_root_excludes_nav_aside_and_footer() {
        let p = page(&[
            ("body", "", None, ""),
            ("nav", "", Some(0), "Home About"),
            ("article", "", Some(0), ""),
            ("h1", "", Some(2), "Headline"),
            ("p", "", Some(2), "Body text said someone."),
            ("aside", "", Some(0), "Related story"),
            ("footer", "", Some(0), "Copyright"),
        ]);
        assert_eq!(article_blocks(&p), [false, true, true, false, false]);
    }

    #[test]
    fn boilerplate_classes_inside_the_article_are_dropped() {
        let p = page(&[
            ("article", "", None, ""),
            ("p", "", Some(0), "Body."),
            ("div", "share-tools", Some(0), "Share this"),
            ("div", "article-body", Some(0), "More body."),
            ("section", "comments", Some(0), "A comment"),
        ]);
        assert_eq!(article_blocks(&p), [true, false, true, false]);
    }

    #[test]
    fn a_layout_wrapper_named_like_a_sidebar_is_not_boilerplate() {
        let p = page(&[
            ("article", "", None, ""),
            ("div", "l-sidebar-fixed", Some(0), ""),
            (
                "p",
                "",
                Some(1),
                "The whole article body sits in this wrapper.",
            ),
            ("div", "sidebar", Some(0), "Most read"),
        ]);
        assert_eq!(article_blocks(&p), [true, false]);
    }

    #[test]
    fn body_runs_join_consecutive_body_blocks() {
        let p = page(&[
            ("article", "", None, ""),
            ("h1", "", Some(0), "Headline"),
            ("p", "", Some(0), "First."),
            ("div", "share-tools", Some(0), "Share this"),
            ("p", "", Some(0), "Second."),
        ]);
        let runs = runs(&p, &article_blocks(&p));
        let texts: Vec<&str> = runs.iter().map(|s| s.get(&p.text)).collect();
        assert_eq!(texts, ["Headline\n\nFirst.", "Second."]);
    }

    #[test]
    fn without_a_root_everything_but_boilerplate_counts() {
        let mut p = page(&[
            ("body", "", None, ""),
            ("p", "", Some(0), "Plain body."),
            ("li", "", Some(0), "Menu link"),
        ]);
        let menu = p.blocks[1].span;
        p.links.push(Link {
            span: menu,
            href: "https://example.com/".into(),
            ..Link::default()
        });
        assert_eq!(article_blocks(&p), [true, false]);
    }
}
