//! Which blocks of a page are its article body: small pages written for the
//! classes of error of issue 20 (invented text), read as the command line
//! reads a saved page.

use whosaid::core::{analyze, body::article_blocks, offsets::Unit, report::build};

/// The texts of the blocks taken as the article body.
fn body(html: &str) -> Vec<String> {
    let page = whosaid::html::read(html, Some("https://news.example.org/a")).into_page();
    page.blocks
        .iter()
        .zip(article_blocks(&page))
        .filter(|&(_, b)| b)
        .map(|(b, _)| b.span.get(&page.text).trim().to_string())
        .collect()
}

/// Each link's anchor text and relation in the report.
fn links(html: &str) -> Vec<(String, String)> {
    let page = whosaid::html::read(html, Some("https://news.example.org/a")).into_page();
    let report = build(&page, &analyze(&page).expect("analysed"), Unit::Utf8);
    report
        .links
        .iter()
        .map(|l| (l.text.clone(), l.relation.to_string()))
        .collect()
}

const STORY: &str = "<p>The harbour authority closed the northern pier on Tuesday after divers found cracks in two of its pillars, officials said.</p>
<p>\u{201c}We will not reopen it until every pillar has been checked,\u{201d} said Marta Olsen, the authority's chief engineer.</p>
<p>Fishing boats were sent to the southern basin, where the quay is older but sound, and the ferry kept its timetable.</p>";

#[test]
fn a_page_wrapped_in_a_form_keeps_its_article() {
    // Whole pages sit in one <form> on some publishing systems.
    let html = format!(
        "<html><body><form id=\"pageForm\"><div class=\"top\"><a href=\"/\">Home</a></div>\
         <div class=\"story\"><h1>Pier closed</h1>{STORY}</div></form></body></html>"
    );
    let b = body(&html);
    assert!(b.iter().any(|t| t.contains("Marta Olsen")), "{b:?}");
}

#[test]
fn a_small_teaser_article_does_not_outweigh_a_large_main() {
    let html = format!(
        "<html><body><main><div class=\"story\"><h1>Pier closed</h1>{STORY}{STORY}</div>\
         <article class=\"card\"><h3>Ferry fares</h3><p>Fares rise in spring, the operator says.</p></article>\
         </main></body></html>"
    );
    let b = body(&html);
    assert!(b.iter().any(|t| t.contains("Marta Olsen")), "{b:?}");
}

#[test]
fn camel_case_and_run_together_boilerplate_names() {
    for name in [
        "contentsFooter",
        "relatedposts",
        "relatedPosts",
        "siteHeader",
        "commentlist",
        "ShareBar",
    ] {
        let html = format!(
            "<html><body><div class=\"story\"><h1>Pier closed</h1>{STORY}</div>\
             <div class=\"{name}\"><p>Something quite different from the story, written here at length for the test.</p></div>\
             </body></html>"
        );
        let b = body(&html);
        assert!(b.iter().any(|t| t.contains("Marta Olsen")), "{name}: {b:?}");
        assert!(
            !b.iter().any(|t| t.contains("quite different")),
            "{name}: {b:?}"
        );
    }
    // Words that only begin like boilerplate are not boilerplate.
    for name in ["commentary", "metadata-free", "additional", "shared-story"] {
        let html = format!(
            "<html><body><div class=\"{name}\"><p>Something quite different from the story.</p></div>\
             <div>{STORY}</div></body></html>"
        );
        assert!(
            body(&html).iter().any(|t| t.contains("quite different")),
            "{name}"
        );
    }
}

#[test]
fn a_long_comment_thread_is_not_the_article() {
    let comment = |n: usize| {
        format!(
            "<li id=\"comment-{n}\" class=\"comment\"><article class=\"comment-body\">\
             <p>Reader {n} wrote that the pier had been neglected for years and that everyone in town had known it, \
             and that the council should have acted long before the divers went down to look at the pillars.</p>\
             </article></li>"
        )
    };
    let thread: String = (0..8).map(comment).collect();
    let html = format!(
        "<html><body><div class=\"story\"><h1>Pier closed</h1>{STORY}</div>\
         <section id=\"discussion\" class=\"comments-area\"><ol class=\"comment-list\">{thread}</ol></section>\
         </body></html>"
    );
    let b = body(&html);
    assert!(b.iter().any(|t| t.contains("Marta Olsen")), "{b:?}");
    assert!(!b.iter().any(|t| t.contains("Reader")), "{b:?}");
}

#[test]
fn an_image_credit_opening_the_first_paragraph_keeps_it() {
    let html = "<html><body><article><h1>Pier closed</h1>\
        <p>\u{a9} Photo: Lena Brandt / Harbour Press. The harbour authority closed the northern pier on Tuesday after divers found cracks in two of its pillars, officials said on the quay that morning.</p>\
        <p>More of the story follows here, with the ferry keeping its timetable.</p>\
        <p>\u{a9} 2031 Harbour News. All rights reserved.</p></article></body></html>";
    let b = body(html);
    assert!(b.iter().any(|t| t.contains("northern pier")), "{b:?}");
    assert!(!b.iter().any(|t| t.contains("All rights")), "{b:?}");
}

#[test]
fn related_story_links_inside_the_body() {
    let html = "<html><body><article><h1>Pier closed</h1>\
        <p>The harbour authority closed the northern pier on Tuesday, a year after <a href=\"/2030/pier-repairs\">repairs to its deck were finished</a>, officials said.</p>\
        <p><strong>Related:</strong> <a href=\"/2031/ferry-fares\">Ferry fares to rise in spring</a></p>\
        <div class=\"relatedStory\"><a href=\"/2031/harbour-fees\">Harbour fees to rise next year, council says</a></div>\
        <p>Read more: <a href=\"/2031/divers\">Divers who found the cracks</a></p>\
        <p>The authority's <a href=\"https://gov.example/report.pdf\">inspection report</a> lists the cracked pillars.</p>\
        <p>The pier <a href=\"/2029/pier-rebuilt\">was rebuilt at a cost of two million crowns in 2029</a>.</p>\
        <p>Read more: <a href=\"/2031/pilots\">Harbour pilots warn of winter storms on the coast.</a></p>\
        </article></body></html>";
    let l = links(html);
    let relation = |text: &str| {
        l.iter()
            .find(|(t, _)| t == text)
            .map_or("none", |(_, r)| r.as_str())
    };
    assert_eq!(
        relation("repairs to its deck were finished"),
        "internal",
        "{l:?}"
    );
    assert_eq!(relation("inspection report"), "external", "{l:?}");
    assert_eq!(
        relation("Ferry fares to rise in spring"),
        "navigation",
        "{l:?}"
    );
    assert_eq!(
        relation("Harbour fees to rise next year, council says"),
        "navigation",
        "{l:?}"
    );
    assert_eq!(
        relation("Divers who found the cracks"),
        "navigation",
        "{l:?}"
    );
    // A sentence that cites the earlier story, most of it the link's text.
    assert_eq!(
        relation("was rebuilt at a cost of two million crowns in 2029"),
        "internal",
        "{l:?}"
    );
    assert_eq!(
        relation("Harbour pilots warn of winter storms on the coast."),
        "navigation",
        "{l:?}"
    );
}

#[test]
fn a_wrapper_named_for_its_comments_still_holds_the_article() {
    let html = format!(
        "<html><body><div class=\"post-and-comments\"><article><h1>Pier closed</h1>{STORY}</article>\
         <section class=\"comments\"><div class=\"comment\"><p>Reader one wrote that it was about time.</p></div></section>\
         </div></body></html>"
    );
    let b = body(&html);
    assert!(b.iter().any(|t| t.contains("Marta Olsen")), "{b:?}");
    assert!(!b.iter().any(|t| t.contains("Reader one")), "{b:?}");
}

#[test]
fn an_article_element_holding_only_the_headline_does_not_hide_the_story() {
    let html = format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>Pier closed</h1><p>By Lena Brandt</p></article>\
         <div class=\"story-text\">{STORY}</div><footer><p>Harbour News</p></footer></body></html>"
    );
    let b = body(&html);
    assert!(b.iter().any(|t| t.contains("Marta Olsen")), "{b:?}");
    assert!(!b.iter().any(|t| t.contains("Harbour News")), "{b:?}");
}
