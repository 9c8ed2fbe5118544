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

// ---- When the body is in doubt (report `body_doubt`), and the whole page read instead ----

use whosaid::core::{Options, analyze_with, report::Report};

/// The report of a saved page, the body chosen by the rules or (`whole_page`) every block.
fn report(html: &str, whole_page: bool) -> Report {
    let page = whosaid::html::read(html, Some("https://news.example.org/a")).into_page();
    let options = Options {
        whole_page,
        ..Options::default()
    };
    build(
        &page,
        &analyze_with(&page, &options).expect("analysed"),
        Unit::Utf8,
    )
}

/// A long story with quotations: the keeper of a lighthouse and the council, `n` rounds of it
/// (each round about 110 words, two quotations).
fn long_story(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "<p>The lighthouse on the western cape has stood dark for {i} nights since the storm tore the lamp from its housing, and the fishing crews have been steering by the harbour lights alone.</p>\
                 <p>\u{201c}Every night without the lamp is a night somebody could run onto the rocks,\u{201d} said Ingrid Holm, who has kept the light for eleven years.</p>\
                 <p>The council said a new lamp had been ordered from the mainland but would not arrive before the end of the month.</p>\
                 <p>\u{201c}We are paying for a faster boat to bring it over as soon as it is ready,\u{201d} said Tomas Berg, the council's harbour officer.</p>"
            )
        })
        .collect()
}

/// A teaser card about another story, with no quotation: about 150 words.
const TEASER: &str = "<article class=\"card\"><h3>In brief: the ferry timetable</h3>\
    <p>The winter timetable for the island ferry starts next week, with two crossings a day instead of four. \
    The early boat leaves the quay at seven and the late one at five in the afternoon, weather permitting. \
    Passengers with cars are asked to book a day ahead, because the smaller winter boat carries only twelve vehicles. \
    Season tickets bought in the summer stay valid until they run out, and children under twelve still travel free. \
    The operator plans to put the larger boat back on the route in April, once its engines have been overhauled \
    at the yard in the south, and the summer timetable will then return with its crossings every two hours. \
    Bicycles travel free all winter, and dogs on a lead are welcome on the open deck.</p></article>";

#[test]
fn a_teaser_card_taken_for_the_article_is_in_doubt_as_small() {
    // The only <article> is a teaser card holding over a fifth of the text the <main> holds
    // outside links, so the rules take it for the article; the story beside it is left out.
    let html = format!(
        "<html><body><nav><a href=\"/\">Home</a></nav><main><div class=\"story\"><h1>A dark cape</h1>{}</div>{TEASER}</main></body></html>",
        long_story(5)
    );
    let r = report(&html, false);
    assert!(
        r.quotes.is_empty(),
        "the story is not the body: {:?}",
        r.quotes
    );
    let doubt = r.body_doubt.expect("in doubt");
    assert_eq!(doubt.reason, "small");
    assert!(doubt.body_words < doubt.page_words * 30 / 100, "{doubt:?}");
    assert!(
        doubt.body_words > 100 && doubt.page_words > 600,
        "{doubt:?}"
    );
    // Read whole, the story's quotations are found, and nothing is in doubt.
    let whole = report(&html, true);
    assert!(whole.body_doubt.is_none());
    let speakers: Vec<_> = whole
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
        .collect();
    assert!(speakers.contains(&"Ingrid Holm"), "{speakers:?}");
    assert!(speakers.contains(&"Tomas Berg"), "{speakers:?}");
    assert_eq!(
        whole.quotes.iter().filter(|q| q.kind == "direct").count(),
        10
    );
}

#[test]
fn a_body_without_quotations_beside_quoted_text_is_in_doubt() {
    // The <article> holds a quote-less summary of about 150 words; a <div> beside it (not
    // boilerplate by name) holds two quotations: the body holds over 30 % of the words,
    // but none of the quotations.
    let html = format!(
        "<html><body>{TEASER}<div class=\"more\"><p>\u{201c}We will keep the early boat running for the school children,\u{201d} the operator said.</p>\
         <p>\u{201c}Nobody on the island was asked before the timetable was cut,\u{201d} said Ola Strand, a fisherman.</p></div></body></html>"
    );
    let r = report(&html, false);
    let doubt = r.body_doubt.expect("in doubt");
    assert_eq!(doubt.reason, "no-quotations", "{doubt:?}");
    assert!(doubt.body_words * 100 >= doubt.page_words * 30, "{doubt:?}");
    // Read whole: both quotations.
    let whole = report(&html, true);
    assert_eq!(
        whole.quotes.iter().filter(|q| q.kind == "direct").count(),
        2
    );
    assert!(whole.body_doubt.is_none());
}

#[test]
fn scare_quotes_and_one_quoted_headline_outside_are_no_doubt() {
    // Outside the body: a title in marks (three words) and one quoted headline. Not enough
    // to doubt a body without quotations (an opinion piece quotes no one).
    let html = format!(
        "<html><body>{TEASER}<div class=\"more\"><p>Read about the \u{201c}Island Ferry Plan\u{201d} here.</p>\
         <p>\u{201c}The crossing will stay open all winter long,\u{201d} operator says</p></div></body></html>"
    );
    assert!(report(&html, false).body_doubt.is_none());
}

#[test]
fn a_sound_body_is_not_in_doubt() {
    // The story is the body: a menu, a footer and a short related list are left outside.
    let html = format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>A dark cape</h1>{}</article>\
         <aside class=\"related\"><a href=\"/b\">Ferry fares rise</a></aside><footer><p>Harbour News</p></footer></body></html>",
        long_story(3)
    );
    let r = report(&html, false);
    assert!(r.body_doubt.is_none(), "{:?}", r.body_doubt);
    assert_eq!(r.quotes.iter().filter(|q| q.kind == "direct").count(), 6);
    // A short story under a long thread of comments is in doubt all the same: the rule
    // counts words, not whose they are (the panel only offers the reader a choice).
    let comments: String = (0..30)
        .map(|i| format!("<li class=\"comment\"><p>Reader {i} wrote that the lamp should have been replaced years ago, and that the council always waits for a storm before it spends a single crown on the cape.</p></li>"))
        .collect();
    let html = format!(
        "<html><body><article><h1>A dark cape</h1>{}</article><ol class=\"comments\">{comments}</ol></body></html>",
        long_story(1)
    );
    let r = report(&html, false);
    assert_eq!(
        r.body_doubt.map(|d| d.reason),
        Some("small"),
        "{:?}",
        r.body_doubt
    );
}
