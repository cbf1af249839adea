//! Saved web pages (`.html`, `.htm`): the article's main text and the page's metadata.
//!
//! The main text is taken out by `dom_smoothie`, a port of Mozilla's Readability, so the site's
//! menus, related-news lists, comment blocks and scripts are left out. The metadata read: the
//! title, the publication date (`article:published_time`, JSON-LD `datePublished`,
//! `meta name="pubdate"`, `itemprop="datePublished"`, `<time datetime>`), the canonical URL and
//! the site name. The page is only parsed: no script runs and nothing is fetched.
//!
//! The charset is the one the page declares (a byte-order mark, or `<meta charset>` /
//! `http-equiv` in its first bytes), UTF-8 when it declares none. Windows-1258 is decoded (its
//! combining tone marks are composed to NFC like every line); VISCII and other charsets the
//! Encoding Standard does not define are refused with the charset named.

use std::path::Path;
use std::sync::LazyLock;

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::Encoding;
use regex::bytes::Regex;

use crate::knowledge::Knowledge;

use super::source::{self, Extracted, SourceFormat};
use super::{Article, IngestError};

/// Elements nested deeper than this are not a news page: Readability's scoring time grows with
/// the depth (a 1 MB page of nested `<div>`s would take hours), so such a page is refused.
/// Real pages nest a few dozen levels.
const MAX_DEPTH: usize = 400;
/// More elements than this are not a news page either (Readability's own limit).
const MAX_ELEMENTS: usize = 100_000;
/// The HTML parser's time also grows with the depth (each tag looks through the open ones), so
/// the tags are first counted on the text: a generous bound, as unclosed tags count too.
const MAX_TAG_DEPTH: usize = 2_000;

static TAG: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*?(/?)>").unwrap());
/// Tags that have no closing tag, or whose closing tag pages often leave out.
const UNCLOSED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd",
];

/// How far into the file a `<meta charset>` is looked for (the HTML standard's prescan reads
/// the first 1024 bytes; pages saved by browsers sometimes put comments first).
const CHARSET_SCAN_BYTES: usize = 4096;

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:()\-]+)"#).unwrap()
});

/// Reads a saved page into an article.
pub(super) fn read(
    file: &str,
    shown: &Path,
    bytes: &[u8],
    k: &Knowledge,
) -> Result<Article, IngestError> {
    let html = decode(shown, bytes)?;
    let x = extract(&html).map_err(|message| IngestError::Page {
        path: shown.to_path_buf(),
        message,
    })?;
    source::article(file, None, SourceFormat::Html, shown, x, k)
}

fn page_error(shown: &Path, message: String) -> IngestError {
    IngestError::Page {
        path: shown.to_path_buf(),
        message,
    }
}

/// The page's text in the charset it declares.
fn decode(shown: &Path, bytes: &[u8]) -> Result<String, IngestError> {
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((enc, bom)) => (enc, &bytes[bom..]),
        None => (declared(shown, bytes)?, bytes),
    };
    encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .map(|t| t.into_owned())
        .ok_or_else(|| page_error(shown, format!("not valid {} text", encoding.name())))
}

/// The charset the page declares, UTF-8 when none.
fn declared(shown: &Path, bytes: &[u8]) -> Result<&'static Encoding, IngestError> {
    let head = &bytes[..bytes.len().min(CHARSET_SCAN_BYTES)];
    let Some(c) = META_CHARSET.captures(head) else {
        return Ok(encoding_rs::UTF_8);
    };
    let label = String::from_utf8_lossy(&c[1]).to_ascii_lowercase();
    if label.contains("viscii") || label.contains("tcvn") || label.contains("vni") {
        return Err(page_error(
            shown,
            format!("declares the charset {label}, a Vietnamese legacy charset chronobrief cannot decode (it reads UTF-8 and windows-1258); re-save the page as UTF-8"),
        ));
    }
    match Encoding::for_label(label.as_bytes()) {
        // A page that says UTF-16 in a meta tag is read as UTF-8, as browsers do: a real UTF-16
        // page starts with a byte-order mark.
        Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => {
            Ok(encoding_rs::UTF_8)
        }
        Some(e) if e == encoding_rs::REPLACEMENT => Err(page_error(
            shown,
            format!("declares the charset {label}, which cannot be decoded safely"),
        )),
        Some(e) => Ok(e),
        None => Err(page_error(
            shown,
            format!("declares an unknown charset {label:?}; re-save the page as UTF-8"),
        )),
    }
}

/// The main text and the metadata of a page.
fn extract(html: &str) -> Result<Extracted, String> {
    let doc = if tag_depth(html) > MAX_TAG_DEPTH {
        None
    } else {
        Some(Document::from(html)).filter(|d| nesting_depth(d) <= MAX_DEPTH)
    };
    let Some(doc) = doc else {
        return Err(format!(
            "elements nest more than {MAX_DEPTH} levels deep; not a news page"
        ));
    };
    let extra = Extra::read(&doc);
    let cfg = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut r = Readability::with_document(doc, None, Some(cfg))
        .map_err(|e| format!("cannot read the page: {e}"))?;
    let page = r
        .parse()
        .map_err(|e| format!("no article text found in the page ({e})"))?;
    let published = page
        .published_time
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|p| (p.to_string(), extra.meta_date_field.clone()))
        .or(extra.published);
    let title = extra.title.unwrap_or_else(|| page.title.to_string());
    Ok(Extracted {
        title,
        url: extra
            .canonical
            .or(page.url)
            .filter(|u| !u.trim().is_empty()),
        published,
        site: page
            .site_name
            .or(extra.site)
            .filter(|s| !s.trim().is_empty()),
        paragraphs: source::paragraphs(&page.text_content),
    })
}

/// How deep the page's tags nest as written, looking no further than past [`MAX_TAG_DEPTH`].
fn tag_depth(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for c in TAG.captures_iter(html) {
        let name = c[2].to_ascii_lowercase();
        if !c[3].is_empty() || UNCLOSED.contains(&name.as_str()) {
            continue;
        }
        if c[1].is_empty() {
            depth += 1;
            deepest = deepest.max(depth);
            if deepest > MAX_TAG_DEPTH {
                break;
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    deepest
}

/// How deep the page's elements nest, looking no further than one level past [`MAX_DEPTH`].
fn nesting_depth(doc: &Document) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        if deepest > MAX_DEPTH {
            break;
        }
        stack.extend(node.element_children().into_iter().map(|c| (c, depth + 1)));
    }
    deepest
}

/// What the page says about itself beyond what Readability reads.
struct Extra {
    /// The page's `og:title`, else none (Readability then reads JSON-LD's `headline` or the
    /// `<title>` without the site's name).
    title: Option<String>,
    canonical: Option<String>,
    site: Option<String>,
    /// A publication date from `pubdate`, `itemprop`, or `<time datetime>`, with its field.
    published: Option<(String, String)>,
    /// The field Readability's own date comes from.
    meta_date_field: String,
}

/// Where a publication date stands, best first, with the name the front matter gives it.
const DATE_FIELDS: &[(&str, &str, &str)] = &[
    (r#"meta[name="pubdate" i]"#, "content", "meta pubdate"),
    (
        r#"meta[name="publishdate" i]"#,
        "content",
        "meta publishdate",
    ),
    (
        r#"meta[itemprop="datePublished"]"#,
        "content",
        "itemprop datePublished",
    ),
    (
        r#"[itemprop="datePublished"][datetime]"#,
        "datetime",
        "itemprop datePublished",
    ),
    ("time[pubdate][datetime]", "datetime", "time pubdate"),
    ("article time[datetime]", "datetime", "time datetime"),
    ("time[datetime]", "datetime", "time datetime"),
];

impl Extra {
    fn read(doc: &Document) -> Extra {
        let attr = |sel: &str, name: &str| -> Option<String> {
            let v = doc.select_single(sel).attr(name)?.trim().to_string();
            (!v.is_empty()).then_some(v)
        };
        let published = DATE_FIELDS
            .iter()
            .find_map(|(sel, at, field)| Some((attr(sel, at)?, field.to_string())));
        // Readability prefers JSON-LD's date to the meta tags'.
        let meta_date_field = if doc
            .select(r#"script[type="application/ld+json"]"#)
            .text()
            .contains("datePublished")
        {
            "JSON-LD datePublished"
        } else if attr(r#"meta[property="article:published_time"]"#, "content").is_some() {
            "article:published_time"
        } else {
            "page metadata"
        };
        Extra {
            title: attr(r#"meta[property="og:title"]"#, "content"),
            canonical: attr(r#"link[rel="canonical"]"#, "href")
                .or_else(|| attr(r#"meta[property="og:url"]"#, "content")),
            site: attr(r#"meta[name="application-name"]"#, "content"),
            published,
            meta_date_field: meta_date_field.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_str(bytes: &[u8]) -> Result<String, String> {
        decode(Path::new("in/p.html"), bytes).map_err(|e| e.to_string())
    }

    #[test]
    fn decodes_windows_1258_declared_in_a_meta_tag() {
        // "Hội nghị" in windows-1258: "ô" is 0xF4, the dot below is the combining 0xF2.
        let bytes = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>H\xf4\xf2i nghi\xf2</body></html>";
        let text = decode_str(bytes).unwrap();
        let nfc = crate::text::nfc(&text);
        assert!(nfc.contains("Hội nghị"), "{nfc}");
    }

    #[test]
    fn refuses_viscii_and_unknown_charsets_naming_them() {
        let e = decode_str(b"<meta charset=\"VISCII\"><p>x</p>").unwrap_err();
        assert!(
            e.starts_with("in/p.html: declares the charset viscii"),
            "{e}"
        );
        let e = decode_str(b"<meta charset=x-nonsense><p>x</p>").unwrap_err();
        assert!(e.contains("unknown charset \"x-nonsense\""), "{e}");
    }

    #[test]
    fn an_undeclared_page_must_be_utf8() {
        assert_eq!(
            decode_str("<p>Hội nghị</p>".as_bytes()).unwrap(),
            "<p>Hội nghị</p>"
        );
        let e = decode_str(b"<p>H\xf4i</p>").unwrap_err();
        assert_eq!(e, "in/p.html: not valid UTF-8 text");
        // A byte-order mark wins over the meta tag.
        let t = decode_str(b"\xef\xbb\xbf<meta charset=windows-1258><p>\xc3\xa2</p>").unwrap();
        assert!(t.contains("<p>â</p>"), "{t}");
    }

    #[test]
    fn a_page_nested_too_deep_is_refused_at_once() {
        for n in [1_000, 1_000_000] {
            let deep = format!(
                "<body>{}<p>x</p>{}</body>",
                "<div>".repeat(n),
                "</div>".repeat(n)
            );
            let t = std::time::Instant::now();
            let e = extract(&deep).unwrap_err();
            assert!(e.contains("more than 400 levels"), "{e}");
            assert!(t.elapsed().as_secs() < 10, "{n}: {:?}", t.elapsed());
        }
        // Unclosed paragraphs and line breaks of an old page do not count.
        let old = format!("<body>{}</body>", "<p>a<br>b<img src=x>".repeat(5_000));
        assert!(tag_depth(&old) <= 1);
        let ok = format!(
            "<body>{}<p>x</p>{}</body>",
            "<div>".repeat(50),
            "</div>".repeat(50)
        );
        assert!(nesting_depth(&Document::from(ok.as_str())) < 60);
    }

    #[test]
    fn reads_dates_from_pubdate_and_time_elements() {
        let doc = Document::from(
            r#"<html><head><meta name="pubdate" content="2021-12-13T08:00:00+07:00"></head><body><time datetime="2020-01-01">x</time></body></html>"#,
        );
        let e = Extra::read(&doc);
        assert_eq!(
            e.published,
            Some(("2021-12-13T08:00:00+07:00".into(), "meta pubdate".into()))
        );
        let doc = Document::from(
            r#"<body><header><time datetime="2026-11-25">today</time></header><article><time datetime="2021-12-13">13/12</time></article></body>"#,
        );
        assert_eq!(Extra::read(&doc).published.unwrap().0, "2021-12-13");
    }
}
