//! What kind of source a link points at: a news outlet or agency, a government
//! body, a court, a study, a dataset, a press release, a social-media post, a
//! video, a document file, a reference work, a web archive, a link shortener,
//! or a sponsored link.
//!
//! The rules, in order (the first that applies decides):
//! 1. `rel="sponsored"`, or a known affiliate host → sponsored;
//! 2. a link shortener or a web archive (by host) → shortener, archive;
//! 3. a file (`.pdf`, `.docx`, `.xlsx`, `.mp4`…) → document or video, unless its
//!    host is a government, court, academic or data site, which says more;
//! 4. the host in `data/domains.tsv` (longest pattern first), or a second-level
//!    `gov`/`gouv`/`go`/`mil`/`edu`/`ac` label under a country code;
//! 5. the host in `data/outlets.tsv` → news or wire;
//! 6. a path that says what it is (`/press-release/`, `/video/`);
//! 7. the publisher's own site → publisher; anything else → web.
//!
//! The tables are bundled (no network) and general: large outlets and agencies
//! across languages, official and academic domains, platforms.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use url::Url;

/// What kind of source a link is. Its name ([`Kind::name`]) is in
/// `vocab/link-kinds.json`, which the extension reads too: a new kind is a variant
/// here, in [`ALL`], and a name there, each in the same place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A news outlet.
    News,
    /// A news or wire agency (Reuters, AP, AFP, TASS…).
    Wire,
    /// A government or official body (`.gov`, `gov.uk`, `europa.eu`, `un.org`…).
    Government,
    /// A court, a law, a legal document.
    Legal,
    /// A study, a journal, a preprint, a university.
    Academic,
    /// Data or statistics.
    Data,
    /// A press release (PR Newswire, Business Wire…).
    PressRelease,
    /// A social-media post (X/Twitter, Facebook, Instagram, TikTok, YouTube, Telegram…).
    Social,
    /// A video.
    Video,
    /// A document file (PDF, Word, spreadsheet).
    Document,
    /// A reference work (Wikipedia, dictionaries, fact-checkers).
    Reference,
    /// A web archive (web.archive.org, archive.today).
    Archive,
    /// A link shortener (bit.ly, t.co): where it leads is not known.
    Shortener,
    /// A sponsored or affiliate link.
    Sponsored,
    /// Another page of the publisher's own site.
    Publisher,
    /// Any other web page.
    Web,
}

/// Every kind, in the order of the variants and of `vocab/link-kinds.json`.
pub const ALL: [Kind; 16] = [
    Kind::News,
    Kind::Wire,
    Kind::Government,
    Kind::Legal,
    Kind::Academic,
    Kind::Data,
    Kind::PressRelease,
    Kind::Social,
    Kind::Video,
    Kind::Document,
    Kind::Reference,
    Kind::Archive,
    Kind::Shortener,
    Kind::Sponsored,
    Kind::Publisher,
    Kind::Web,
];

/// The kinds' names, the `i`th that of `ALL[i]`: `vocab/link-kinds.json`, read at
/// compile time (a file with more or fewer names does not compile).
const NAMES: [&str; ALL.len()] =
    crate::core::vocab::list!(include_str!("../../../vocab/link-kinds.json"), "kinds");

// `ALL` is in the variants' order, so a kind's name is `NAMES[kind as usize]`.
const _: () = {
    let mut i = 0;
    while i < ALL.len() {
        assert!(
            ALL[i] as usize == i,
            "ALL lists the kinds in the variants' order"
        );
        i += 1;
    }
};

impl Kind {
    /// The name used in reports and exports (`press_release`).
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// The kind named `name` in the tables (`data/*.tsv`): any but the two that only
    /// the rules give, `publisher` and `web`.
    fn parse(name: &str) -> Option<Kind> {
        ALL.into_iter()
            .find(|k| k.name() == name)
            .filter(|k| !matches!(k, Kind::Publisher | Kind::Web))
    }
}

/// A news outlet or agency of `data/outlets.tsv`.
#[derive(Debug)]
pub struct Outlet {
    /// Its usual name.
    pub name: &'static str,
    /// News or wire.
    pub kind: Kind,
    /// Names the text may use for it.
    pub aliases: Vec<&'static str>,
}

/// A table of host patterns: host suffix → (path prefix, value) rows, the
/// rows without a path last.
struct HostTable<T> {
    by_host: FxHashMap<&'static str, Vec<(&'static str, T)>>,
}

impl<T: Copy> HostTable<T> {
    fn new(rows: impl Iterator<Item = (&'static str, T)>) -> Self {
        let mut by_host: FxHashMap<&'static str, Vec<(&'static str, T)>> = FxHashMap::default();
        for (pattern, value) in rows {
            let (host, path) = pattern.split_once('/').map_or((pattern, ""), |(h, p)| {
                (h, &pattern[h.len()..][..p.len() + 1])
            });
            by_host.entry(host).or_default().push((path, value));
        }
        for rows in by_host.values_mut() {
            // Longer paths first; the bare host (empty path) last.
            crate::core::sort::by_key(rows, |&(path, _)| crate::core::sort::descending(path.len()));
        }
        HostTable { by_host }
    }

    /// The value of the longest pattern matching `host` and `path`.
    fn find(&self, host: &str, path: &str) -> Option<T> {
        let mut suffix = host;
        loop {
            if let Some(rows) = self.by_host.get(suffix) {
                let hit = rows.iter().find(|&&(prefix, _)| {
                    prefix.is_empty()
                        || path.starts_with(prefix)
                            && matches!(path.as_bytes().get(prefix.len()), None | Some(b'/' | b'?'))
                });
                if let Some(&(_, value)) = hit {
                    return Some(value);
                }
            }
            suffix = suffix.split_once('.')?.1;
        }
    }
}

/// `data/domains.tsv` and `data/outlets.tsv` without their comment lines.
const DOMAINS_TSV: &str = super::uncommented::uncommented!(include_str!("data/domains.tsv"), "#");
const OUTLETS_TSV: &str = super::uncommented::uncommented!(include_str!("data/outlets.tsv"), "#");

/// Lines of a TAB-separated table, without comments and blank lines.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

static DOMAINS: LazyLock<HostTable<Kind>> = LazyLock::new(|| {
    HostTable::new(rows(DOMAINS_TSV).filter_map(|r| {
        let kind = Kind::parse(r.get(1)?)?;
        Some((*r.first()?, kind))
    }))
});

static OUTLET_LIST: LazyLock<Vec<Outlet>> = LazyLock::new(|| {
    rows(OUTLETS_TSV)
        .filter_map(|r| {
            Some(Outlet {
                kind: Kind::parse(r.get(1)?)?,
                name: r.get(2)?,
                aliases: r
                    .get(3)
                    .map(|a| {
                        a.split(',')
                            .map(str::trim)
                            .filter(|a| !a.is_empty())
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        })
        .collect()
});

static OUTLET_HOSTS: LazyLock<HostTable<usize>> = LazyLock::new(|| {
    let mut index = 0;
    let hosts: Vec<(&'static str, usize)> = rows(OUTLETS_TSV)
        .filter(|r| r.len() >= 3 && Kind::parse(r[1]).is_some())
        .flat_map(|r| {
            let i = index;
            index += 1;
            r[0].split(',')
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(move |d| (d, i))
                .collect::<Vec<_>>()
        })
        .collect();
    HostTable::new(hosts.into_iter())
});

/// The outlet a host belongs to (`edition.cnn.com` → CNN), as an index for [`outlet`].
pub fn outlet_of(url: &Url) -> Option<usize> {
    let host = host(url)?;
    OUTLET_HOSTS.find(&host, url.path())
}

/// The outlet with index `i` (from [`outlet_of`] or [`outlet_named`]).
pub fn outlet(i: usize) -> Option<&'static Outlet> {
    OUTLET_LIST.get(i)
}

/// The outlet a publisher names itself (`og:site_name`: `BBC News`), by name or alias.
pub fn outlet_named(name: &str) -> Option<usize> {
    let name = name.trim();
    OUTLET_LIST.iter().position(|o| {
        o.name.eq_ignore_ascii_case(name) || o.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// The host of `url` in lower case, without a trailing dot or `www.`.
fn host(url: &Url) -> Option<String> {
    let h = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    Some(h.strip_prefix("www.").map(str::to_string).unwrap_or(h))
}

/// The file type a path ends in (`pdf`), if it names one WhoSaid knows.
pub fn file_format(url: &Url) -> Option<&'static str> {
    let last = url.path().rsplit('/').next()?;
    let ext = last.rsplit_once('.')?.1.to_ascii_lowercase();
    [
        "pdf", "doc", "docx", "odt", "rtf", "ppt", "pptx", "odp", "xls", "xlsx", "ods", "csv",
        "mp4", "webm", "mov", "m3u8", "mp3", "m4a",
    ]
    .into_iter()
    .find(|&f| f == ext)
}

/// The kind of source `url` is. `rel` is the link's `rel` attribute; `own`
/// tells whether it is on the publisher's site.
pub fn classify(url: &Url, rel: &str, own: bool) -> Kind {
    let Some(host) = host(url) else {
        return Kind::Web;
    };
    let path = url.path();
    let table = DOMAINS.find(&host, path).or_else(|| country_rule(&host));
    if rel
        .split_whitespace()
        .any(|r| r.eq_ignore_ascii_case("sponsored"))
        || table == Some(Kind::Sponsored)
        || is_amazon_affiliate(&host, url)
    {
        return Kind::Sponsored;
    }
    if let Some(k @ (Kind::Shortener | Kind::Archive)) = table {
        return k;
    }
    if let Some(format) = file_format(url) {
        return match table {
            Some(k @ (Kind::Government | Kind::Legal | Kind::Academic | Kind::Data)) => k,
            _ if matches!(format, "mp4" | "webm" | "mov" | "m3u8") => Kind::Video,
            _ if matches!(format, "csv") => Kind::Data,
            _ => Kind::Document,
        };
    }
    if let Some(k) = table {
        return k;
    }
    if let Some(o) = OUTLET_HOSTS.find(&host, path).and_then(outlet) {
        return by_path(path).unwrap_or(o.kind);
    }
    if let Some(k) = by_path(path) {
        return k;
    }
    if own { Kind::Publisher } else { Kind::Web }
}

/// A second-level label that names a country's government or academia
/// (`gov.br`, `gouv.qc.ca` is caught by `gouv.fr`'s rule only in France; `go.jp`, `ac.uk`, `edu.au`).
fn country_rule(host: &str) -> Option<Kind> {
    let mut labels = host.rsplit('.');
    let tld = labels.next()?;
    let second = labels.next()?;
    if tld.len() != 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    match second {
        "gov" | "gob" | "gouv" | "govt" | "go" | "mil" | "gv" => Some(Kind::Government),
        "edu" | "ac" => Some(Kind::Academic),
        _ => None,
    }
}

/// What a path says a page is: a press release, a video.
fn by_path(path: &str) -> Option<Kind> {
    // A segment is the word, or starts with the word and `-` (any ASCII case;
    // compared in place: this runs for every link of the page).
    let segment = |words: &[&str]| {
        path.split('/').any(|s| {
            let s = s.as_bytes();
            words.iter().any(|w| {
                let w = w.as_bytes();
                s.len() >= w.len()
                    && s[..w.len()].eq_ignore_ascii_case(w)
                    && (s.len() == w.len() || s[w.len()] == b'-')
            })
        })
    };
    if segment(&[
        "press-release",
        "press-releases",
        "pressrelease",
        "pressreleases",
        "pressemitteilung",
        "pressemitteilungen",
        "communique",
        "communiques",
    ]) {
        Some(Kind::PressRelease)
    } else if segment(&["video", "videos", "videoshow"]) {
        Some(Kind::Video)
    } else {
        None
    }
}

/// An Amazon product link carrying an affiliate tag (`?tag=…`).
fn is_amazon_affiliate(host: &str, url: &Url) -> bool {
    let amazon = host.split('.').any(|l| l == "amazon");
    amazon && url.query_pairs().any(|(k, _)| k == "tag")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_own_name_and_the_tables_read_it_back() {
        assert_eq!(Kind::PressRelease.name(), "press_release");
        for (i, k) in ALL.into_iter().enumerate() {
            assert!(!ALL[..i].iter().any(|o| o.name() == k.name()), "{k:?}");
            let from_table = Kind::parse(k.name());
            if matches!(k, Kind::Publisher | Kind::Web) {
                assert_eq!(from_table, None);
            } else {
                assert_eq!(from_table, Some(k));
            }
        }
        assert_eq!(Kind::parse("blog"), None);
    }

    #[test]
    fn every_row_of_the_tables_names_a_kind_they_may_give() {
        // (A row whose kind does not parse would be left out without a word.)
        for (file, table) in [("domains.tsv", DOMAINS_TSV), ("outlets.tsv", OUTLETS_TSV)] {
            for row in rows(table) {
                let kind = row.get(1).copied().unwrap_or_default();
                assert!(Kind::parse(kind).is_some(), "{file}: {row:?}");
            }
        }
        for row in rows(OUTLETS_TSV) {
            assert!(matches!(row[1], "news" | "wire"), "outlets.tsv: {row:?}");
        }
    }

    fn kind(url: &str) -> &'static str {
        classify(&Url::parse(url).unwrap(), "", false).name()
    }

    #[test]
    fn news_outlets_and_wire_agencies() {
        assert_eq!(kind("https://tass.com/world/944720"), "wire");
        assert_eq!(
            kind("https://www.reuters.com/world/europe/some-story-2024-08-30/"),
            "wire"
        );
        assert_eq!(kind("https://apnews.com/article/0a1b2c3d"), "wire");
        assert_eq!(
            kind("https://edition.cnn.com/2024/08/30/politics/story/index.html"),
            "news"
        );
        assert_eq!(
            kind("https://www.lemonde.fr/politique/article/2015/04/13/x_123.html"),
            "news"
        );
        assert_eq!(
            kind("https://www.spiegel.de/politik/deutschland/a-123.html"),
            "news"
        );
        assert_eq!(kind("https://abcnews.go.com/Politics/story?id=1"), "news");
        // A host under an outlet's domain that is not the outlet's is not news.
        assert_eq!(kind("https://disney.go.com/"), "web");
    }

    #[test]
    fn government_and_official_bodies() {
        assert_eq!(kind("https://www.state.gov/briefings/"), "government");
        assert_eq!(kind("https://www.army.mil/article/1"), "government");
        assert_eq!(kind("https://www.gov.uk/government/news/x"), "government");
        assert_eq!(
            kind("https://ec.europa.eu/commission/presscorner/detail/en/ip_24_1"),
            "government"
        );
        assert_eq!(kind("https://news.un.org/en/story/2024/08/1"), "government");
        assert_eq!(kind("https://www.who.int/news/item/1"), "government");
        assert_eq!(
            kind("https://www.interieur.gouv.fr/actualites"),
            "government"
        );
        assert_eq!(kind("https://www.planalto.gov.br/ccivil_03/"), "government");
        assert_eq!(kind("https://www.mofa.go.jp/press/"), "government");
        assert_eq!(
            kind("http://en.kremlin.ru/events/president/news/1"),
            "government"
        );
    }

    #[test]
    fn courts_and_laws_before_government() {
        assert_eq!(
            kind("https://www.supremecourt.gov/opinions/23pdf/22-451_7m58.pdf"),
            "legal"
        );
        assert_eq!(
            kind("https://www.congress.gov/bill/118th-congress/house-bill/2"),
            "legal"
        );
        assert_eq!(kind("https://www.congress.gov/member/x/1"), "government");
        assert_eq!(
            kind("https://www.legislation.gov.uk/ukpga/2018/12/contents"),
            "legal"
        );
        assert_eq!(
            kind("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000030931899"),
            "legal"
        );
        assert_eq!(
            kind("https://curia.europa.eu/juris/document/document.jsf?docid=1"),
            "legal"
        );
        assert_eq!(kind("https://www.courtlistener.com/opinion/1/x/"), "legal");
    }

    #[test]
    fn academic_and_scientific() {
        assert_eq!(
            kind("https://doi.org/10.1016/j.ecolecon.2004.02.011"),
            "academic"
        );
        assert_eq!(kind("https://arxiv.org/abs/2401.00001"), "academic");
        assert_eq!(
            kind("https://pubmed.ncbi.nlm.nih.gov/12345678/"),
            "academic"
        );
        assert_eq!(
            kind("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/"),
            "academic"
        );
        assert_eq!(
            kind("https://www.nature.com/articles/s41586-019-1666-5"),
            "academic"
        );
        assert_eq!(kind("https://news.stanford.edu/2024/08/30/x/"), "academic");
        assert_eq!(kind("https://www.ox.ac.uk/news/2024-08-30-x"), "academic");
        assert_eq!(kind("https://www.unimelb.edu.au/x"), "academic");
    }

    #[test]
    fn data_and_statistics_before_government() {
        assert_eq!(kind("https://catalog.data.gov/dataset/x"), "data");
        assert_eq!(kind("https://www.census.gov/data/tables.html"), "data");
        assert_eq!(
            kind("https://ec.europa.eu/eurostat/databrowser/view/x/default/table"),
            "data"
        );
        assert_eq!(kind("https://ourworldindata.org/co2-emissions"), "data");
        assert_eq!(kind("https://www.destatis.de/DE/Themen/x.html"), "data");
    }

    #[test]
    fn press_releases_by_wire_and_by_path() {
        assert_eq!(
            kind("https://www.prnewswire.com/news-releases/x-301234567.html"),
            "press_release"
        );
        assert_eq!(
            kind("https://www.businesswire.com/news/home/20240830/en/x"),
            "press_release"
        );
        assert_eq!(
            kind("https://www.example-corp.com/press-releases/2024/new-plant"),
            "press_release"
        );
    }

    #[test]
    fn path_segments_match_in_any_case_whole_or_before_a_hyphen() {
        assert_eq!(
            by_path("/News/Press-Releases/2024/x"),
            Some(Kind::PressRelease)
        );
        assert_eq!(by_path("/VIDEO-clips/x"), Some(Kind::Video));
        assert_eq!(by_path("/videos"), Some(Kind::Video));
        assert_eq!(by_path("/videography/x"), None);
        assert_eq!(by_path("/my-video/x"), None);
        assert_eq!(by_path("/vidéo/x"), None);
    }

    #[test]
    fn social_media_and_video() {
        assert_eq!(
            kind("https://twitter.com/ArvindKejriwal/status/1190124368241795073"),
            "social"
        );
        assert_eq!(kind("https://x.com/someone/status/1"), "social");
        assert_eq!(kind("https://www.facebook.com/page/posts/1"), "social");
        assert_eq!(kind("https://www.instagram.com/p/Cabc123/"), "social");
        assert_eq!(kind("https://www.tiktok.com/@user/video/1"), "social");
        assert_eq!(
            kind("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
            "social"
        );
        assert_eq!(kind("https://youtu.be/dQw4w9WgXcQ"), "social");
        assert_eq!(kind("https://t.me/channel/123"), "social");
        assert_eq!(
            kind("https://www.reddit.com/r/news/comments/abc/x/"),
            "social"
        );
        assert_eq!(
            kind("https://bsky.app/profile/someone.bsky.social/post/3k"),
            "social"
        );
        assert_eq!(kind("https://mastodon.social/@someone/1123"), "social");
        assert_eq!(kind("https://vimeo.com/123456"), "video");
        assert_eq!(
            kind("https://economictimes.indiatimes.com/news/x/videoshow/71856867.cms"),
            "video"
        );
        assert_eq!(kind("https://media.example.org/clips/speech.mp4"), "video");
    }

    #[test]
    fn document_files_unless_the_site_says_more() {
        assert_eq!(
            kind("https://www.amtrak.com/ccurl/199/45/Some%20Seats.pdf"),
            "document"
        );
        assert_eq!(kind("https://example.org/files/report.DOCX"), "document");
        assert_eq!(
            kind("https://www.cbo.gov/system/files/2024-08/60000-report.pdf"),
            "government"
        );
        assert_eq!(kind("https://example.org/data/table.csv"), "data");
    }

    #[test]
    fn reference_archives_shorteners_and_sponsored() {
        assert_eq!(
            kind("https://de.wikipedia.org/wiki/RedTube-Abmahnaffäre"),
            "reference"
        );
        assert_eq!(kind("https://www.britannica.com/topic/x"), "reference");
        assert_eq!(
            kind("https://web.archive.org/web/20160101000000/http://example.com/"),
            "archive"
        );
        assert_eq!(kind("https://archive.ph/AbCdE"), "archive");
        assert_eq!(kind("https://bit.ly/3xYz"), "shortener");
        assert_eq!(kind("https://t.co/MYwRz9euaq"), "shortener");
        assert_eq!(kind("https://amzn.to/3abc"), "sponsored");
        assert_eq!(
            kind("https://www.amazon.com/dp/B000?tag=site-20"),
            "sponsored"
        );
        assert_eq!(kind("https://www.amazon.com/dp/B000"), "web");
        let url = Url::parse("https://shop.example.com/item").unwrap();
        assert_eq!(classify(&url, "nofollow sponsored", false), Kind::Sponsored);
    }

    #[test]
    fn own_pages_and_the_rest() {
        let url = Url::parse("https://militarywatchmagazine.com/article/x").unwrap();
        assert_eq!(classify(&url, "", true), Kind::Publisher);
        assert_eq!(classify(&url, "", false), Kind::Web);
    }

    #[test]
    fn outlets_by_host_and_by_name() {
        let bbc = outlet_of(&Url::parse("https://www.bbc.co.uk/news/x").unwrap()).unwrap();
        assert_eq!(
            outlet_of(&Url::parse("https://bbc.com/news/y").unwrap()),
            Some(bbc)
        );
        assert_eq!(outlet(bbc).unwrap().name, "BBC");
        assert_eq!(outlet_named("BBC News"), Some(bbc));
        let nyt = outlet_of(&Url::parse("https://nyti.ms/3abc").unwrap()).unwrap();
        assert_eq!(outlet(nyt).unwrap().name, "The New York Times");
        assert_eq!(outlet_named("The New York Times"), Some(nyt));
    }
}
