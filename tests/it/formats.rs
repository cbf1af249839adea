//! Input formats beyond plain text: saved web pages and scraper exports, made for these tests in
//! the shapes real sites and scrapers produce (`tests/fixtures/inputs/`). Each is checked for the
//! text taken out, the document date, the events (against the same article as `.txt`) and the
//! citations, which must resolve in `out/sources/`.

use std::path::Path;

use chronobrief::app::make_timeline;
use chronobrief::extract::dates::DocumentDateSource;
use chronobrief::ingest::{read_corpus, Article, Corpus, Limits, SourceFormat};
use chronobrief::knowledge::Knowledge;
use chronobrief::timeline::{Event, Timeline, YearBasis};

use crate::common::{corpus_args, root};

/// A fresh input folder holding copies of the named fixtures.
fn inputs(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for n in names {
        let from = root().join("tests/fixtures/inputs").join(n);
        std::fs::copy(&from, dir.path().join(n)).unwrap();
    }
    dir
}

fn corpus_of(names: &[&str]) -> Corpus {
    let dir = inputs(names);
    read_corpus(dir.path(), &Knowledge::embedded(), Limits::default()).unwrap()
}

fn timeline_of(names: &[&str]) -> Timeline {
    let dir = inputs(names);
    make_timeline(&corpus_args(dir.path())).unwrap().1
}

/// The article's text without its front matter.
fn body(a: &Article) -> String {
    let text = &a
        .origin
        .as_ref()
        .expect("read from a page or a record")
        .text;
    let close = text[4..].find("\n---\n").unwrap() + 9;
    text[close..].to_string()
}

/// What a reader compares between two readings of one article: kind, date, title, and the
/// quotes, in order.
fn gist(tl: &Timeline) -> Vec<String> {
    tl.events
        .iter()
        .chain(&tl.undated)
        .map(|e: &Event| {
            let quotes: Vec<&str> = e.sources.iter().map(|s| s.quote.as_str()).collect();
            format!(
                "{:?} {:?}..{:?} {} | {}",
                e.kind,
                e.date,
                e.end,
                e.title,
                quotes.join(" / ")
            )
        })
        .collect()
}

/// Asserts that the document date of every dated event read from the timeline came from the
/// page's metadata (not a byline, not the header's "today").
fn dated_by_metadata(tl: &Timeline, day: &str) {
    let e = tl
        .events
        .iter()
        .find(|e| e.date.as_deref() == Some(day))
        .unwrap_or_else(|| panic!("no event on {day}: {:#?}", gist(tl)));
    match &e.date_basis.year {
        YearBasis::DocumentDate { source, read, .. } => {
            assert_eq!(*source, DocumentDateSource::PageMetadata);
            assert!(read.text.starts_with(day), "{read:?}");
        }
        other => panic!("the year of {} came from {other:?}", e.title),
    }
    let json = serde_json::to_value(&e.date_basis).unwrap();
    assert_eq!(json["year"]["source"], "page-metadata", "{json}");
}

#[test]
fn a_news_page_gives_its_article_without_the_chrome_and_its_metadata() {
    let c = corpus_of(&["news-page.html"]);
    let a = &c.articles[0];
    assert_eq!(a.file, "sources/news-page.html.txt");
    assert_eq!(
        a.title,
        "Bộ trưởng Bùi Thanh Sơn: Đối ngoại địa phương phải phục vụ phát triển"
    );
    assert_eq!(
        a.url.as_deref(),
        Some(
            "https://baomau.vn/doi-ngoai/bo-truong-bui-thanh-son-doi-ngoai-dia-phuong-123456.html"
        )
    );
    let o = a.origin.as_ref().unwrap();
    assert_eq!(
        (o.format, o.site.as_deref()),
        (SourceFormat::Html, Some("Báo Mẫu"))
    );
    assert_eq!(o.published_from.as_deref(), Some("article:published_time"));
    let text = body(a);
    for kept in [
        "Sáng 13/12, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 20",
        "Bộ trưởng yêu cầu các địa phương tiếp tục đẩy mạnh ngoại giao kinh tế",
        "đồng thời thảo luận phương hướng nhiệm vụ cho giai đoạn tới.",
    ] {
        assert!(text.contains(kept), "{kept:?} missing from:\n{text}");
    }
    // Menus, related news, the most-read box, comments, the footer and scripts are left out.
    for chrome in [
        "Thời sự",
        "Tin liên quan",
        "Hội nghị Ngoại giao lần thứ 30",
        "Đọc nhiều",
        "Hội nghị Trung ương 4",
        "Bình luận",
        "lần thứ 21",
        "Gửi bình luận",
        "Giấy phép",
        "25/11/2026",
        "hacked",
        "lần thứ 99",
        "fetch(",
    ] {
        assert!(!text.contains(chrome), "{chrome:?} kept in:\n{text}");
    }
}

#[test]
fn the_publication_date_of_the_metadata_is_the_document_date() {
    // article:published_time (the header's "today", 25/11/2026, is not read).
    dated_by_metadata(&timeline_of(&["news-page.html"]), "2021-12-13");
    // JSON-LD datePublished alone.
    let c = corpus_of(&["jsonld-page.html"]);
    let o = c.articles[0].origin.as_ref().unwrap();
    assert_eq!(o.published_from.as_deref(), Some("JSON-LD datePublished"));
    assert_eq!(o.site.as_deref(), Some("Tin Mẫu"));
    assert_eq!(
        c.articles[0].url.as_deref(),
        Some("https://tinmau.vn/ngoai-giao-kinh-te-2022-654321.html")
    );
    dated_by_metadata(&timeline_of(&["jsonld-page.html"]), "2022-01-21");
    // meta pubdate on a windows-1258 page; the records' date_publish and date.
    dated_by_metadata(&timeline_of(&["legacy-1258.htm"]), "2016-08-21");
    dated_by_metadata(&timeline_of(&["news-please.jsonl"]), "2021-12-13");
    dated_by_metadata(&timeline_of(&["trafilatura.jsonl"]), "2016-08-21");
}

#[test]
fn a_windows_1258_page_is_decoded_to_the_same_text() {
    let c = corpus_of(&["legacy-1258.htm"]);
    let a = &c.articles[0];
    assert_eq!(
        a.title,
        "Nâng cao hiệu quả công tác ngoại vụ phục vụ hội nhập"
    );
    let text = body(a);
    // Composed (NFC), as every line is, although the file writes tones as combining marks.
    assert!(
        text.contains("Ngày 21/8, Hội nghị Ngoại vụ toàn quốc lần thứ 18 đã diễn ra tại Hà Nội"),
        "{text}"
    );
    assert!(!text.contains("Trang chủ"), "{text}");
}

#[test]
fn each_page_and_record_gives_the_events_of_the_same_article_as_text() {
    // Every saved page of the fixtures, found by its extension, beside the same article as text.
    let mut pages: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/inputs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html") || n.ends_with(".htm"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 3, "{pages:?}");
    for page in &pages {
        let txt = format!("{}.txt", page.rsplit_once('.').unwrap().0);
        assert!(
            root().join("tests/fixtures/inputs").join(&txt).is_file(),
            "{page} has no {txt} beside it"
        );
        let from_page = gist(&timeline_of(&[page]));
        assert!(!from_page.is_empty(), "{page} gives no event");
        assert_eq!(from_page, gist(&timeline_of(&[&txt])), "{page}");
    }
    // The records of the exports are the same three articles.
    let text = gist(&timeline_of(&["news-page.txt", "jsonld-page.txt"]));
    let records = gist(&timeline_of(&["news-please.jsonl"]));
    assert_eq!(records, text);
    let text = gist(&timeline_of(&["legacy-1258.txt", "news-page.txt"]));
    let records = gist(&timeline_of(&["trafilatura.jsonl"]));
    assert_eq!(records, text);
}

#[test]
fn a_broken_record_is_skipped_with_its_line_and_the_rest_read() {
    let c = corpus_of(&["news-please.jsonl", "trafilatura.jsonl"]);
    let files: Vec<&str> = c.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(
        files,
        vec![
            "sources/news-please.jsonl/line-1.txt",
            "sources/news-please.jsonl/line-3.txt",
            "sources/trafilatura.jsonl/line-1.txt",
            "sources/trafilatura.jsonl/line-3.txt",
        ]
    );
    let skipped: Vec<String> = c.skipped.iter().map(|s| s.error.to_string()).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped[0].ends_with(
            "news-please.jsonl:2: not valid JSON at column 181: EOF while parsing a string"
        ),
        "{}",
        skipped[0]
    );
    assert!(
        skipped[1].ends_with("trafilatura.jsonl:2: `text` is missing or empty"),
        "{}",
        skipped[1]
    );
    let o = c.articles[1].origin.as_ref().unwrap();
    assert_eq!(
        (o.format, o.record, o.site.as_deref()),
        (SourceFormat::NewsPlease, Some(3), Some("tinmau.vn"))
    );
    // trafilatura's site name is preferred to its host name.
    let o = c.articles[2].origin.as_ref().unwrap();
    assert_eq!(
        (o.format, o.site.as_deref()),
        (SourceFormat::Trafilatura, Some("Báo Cũ"))
    );

    // With --strict the broken record fails the whole read, naming its line.
    let dir = inputs(&["news-please.jsonl"]);
    let strict = Limits {
        strict: true,
        ..Limits::default()
    };
    let e = read_corpus(dir.path(), &Knowledge::embedded(), strict)
        .unwrap_err()
        .to_string();
    assert!(e.contains("news-please.jsonl:2: not valid JSON"), "{e}");
}

#[test]
fn an_export_of_another_shape_is_refused_with_the_fields_expected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("other.jsonl"),
        "{\"headline\": \"H\", \"body\": \"Sáng 13/12, ...\", \"published\": \"2021-12-13\"}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Tin\n\nSáng 13/12, ...\n").unwrap();
    let c = read_corpus(dir.path(), &Knowledge::embedded(), Limits::default()).unwrap();
    let e = c.skipped[0].error.to_string();
    assert!(e.contains("other.jsonl:1: expected a news-please record (title, maintext, date_publish, url, source_domain) or a trafilatura record (title, text, date, url, hostname); this record has: body, headline, published"), "{e}");
}

/// Runs `chronobrief build` on `input` into `out`; returns what it printed.
fn build(input: &Path, out: &Path, formats: &str) -> (String, String) {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .args(["build", "--formats", formats, "--input"])
        .arg(input)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    );
    assert!(o.status.success(), "{stderr}");
    (stdout, stderr)
}

/// Every citation of a built `timeline.json`, checked the way a reader would: open
/// `out/<file>`, go to the line, find the quote. Returns how many there are.
fn citations_resolve(out: &Path) -> usize {
    let tl: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("timeline.json")).unwrap()).unwrap();
    let events = tl["events"].as_array().unwrap().iter();
    let mut n = 0;
    for e in events.chain(tl["undated"].as_array().unwrap()) {
        for s in e["sources"].as_array().unwrap() {
            let (file, line, quote) = (
                s["file"].as_str().unwrap(),
                s["line"].as_u64().unwrap() as usize,
                s["quote"].as_str().unwrap(),
            );
            assert!(file.starts_with("sources/"), "{file}");
            let text = std::fs::read_to_string(out.join(file))
                .unwrap_or_else(|err| panic!("{file} cited but not written: {err}"));
            let at = text
                .lines()
                .nth(line - 1)
                .unwrap_or_else(|| panic!("{file}:{line} is past the end"));
            assert!(
                at.contains(quote),
                "{file}:{line} does not hold {quote:?}: {at:?}"
            );
            n += 1;
        }
    }
    n
}

#[test]
fn every_citation_resolves_in_out_sources() {
    let input = inputs(&[
        "news-page.html",
        "jsonld-page.html",
        "legacy-1258.htm",
        "news-please.jsonl",
        "trafilatura.jsonl",
    ]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let (said, _) = build(input.path(), &out, "json,md");
    assert!(said.contains("sources/ (7 texts)"), "{said}");
    let cited = citations_resolve(&out);
    assert!(cited >= 10, "only {cited} citations");
    // One text per page and per record read, and nothing for the broken records.
    let mut sources: Vec<String> = Vec::new();
    for dir in [
        "sources",
        "sources/news-please.jsonl",
        "sources/trafilatura.jsonl",
    ] {
        for e in std::fs::read_dir(out.join(dir)).unwrap().flatten() {
            if e.path().is_file() {
                sources.push(format!("{dir}/{}", e.file_name().to_string_lossy()));
            }
        }
    }
    sources.sort();
    assert_eq!(
        sources,
        vec![
            "sources/jsonld-page.html.txt",
            "sources/legacy-1258.htm.txt",
            "sources/news-page.html.txt",
            "sources/news-please.jsonl/line-1.txt",
            "sources/news-please.jsonl/line-3.txt",
            "sources/trafilatura.jsonl/line-1.txt",
            "sources/trafilatura.jsonl/line-3.txt",
        ]
    );
    // The brief names the file the user gave, the record and the paragraph, and the outlet.
    let md = std::fs::read_to_string(out.join("brief.md")).unwrap();
    assert!(
        md.contains("sources/news-please.jsonl/line-3.txt, dòng 10 (news-please.jsonl, bản ghi dòng 3, đoạn 1): “Tối 21/1"),
        "{md}"
    );
    assert!(
        md.contains("sources/news-page.html.txt (news-page.html), Báo Mẫu"),
        "{md}"
    );
}

#[test]
fn the_manifest_owns_the_texts_and_a_later_build_replaces_only_those() {
    let input = inputs(&["jsonld-page.html", "trafilatura.jsonl"]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let (said, warned) = build(input.path(), &out, "json,md");
    assert!(said.contains("sources/ (3 texts)"), "{said}");
    assert!(
        warned.contains("trafilatura.jsonl:2: `text` is missing"),
        "{warned}"
    );
    let m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    for f in [
        "sources/jsonld-page.html.txt",
        "sources/trafilatura.jsonl/line-1.txt",
        "sources/trafilatura.jsonl/line-3.txt",
    ] {
        assert!(m["outputs"][f].is_string(), "{f} not in {}", m["outputs"]);
        assert!(out.join(f).is_file(), "{f}");
    }
    let (said, _) = build(input.path(), &out, "json,md");
    assert!(said.contains("up to date"), "{said}");

    // A file of the user's beside the texts is kept; the texts of an export no longer read are
    // removed with their folder.
    std::fs::write(out.join("sources/notes.txt"), "mine").unwrap();
    std::fs::remove_file(input.path().join("trafilatura.jsonl")).unwrap();
    build(input.path(), &out, "json,md");
    assert!(!out.join("sources/trafilatura.jsonl").exists());
    assert!(out.join("sources/jsonld-page.html.txt").is_file());
    assert_eq!(
        std::fs::read_to_string(out.join("sources/notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn a_file_of_the_users_where_a_text_goes_is_never_replaced() {
    let input = inputs(&["jsonld-page.html"]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    build(input.path(), &out, "json");
    // A link where the folder of the texts was, pointing outside the output folder.
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::remove_dir_all(out.join("sources")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(elsewhere.path(), out.join("sources")).unwrap();
    #[cfg(not(unix))]
    std::fs::write(out.join("sources"), "not a folder").unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .args(["build", "--force", "--formats", "json", "--input"])
        .arg(input.path())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("is not a folder chronobrief made"), "{err}");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}

#[test]
fn a_text_input_named_like_a_pages_text_is_skipped_so_no_citation_is_ambiguous() {
    let dir = inputs(&["jsonld-page.html"]);
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/inputs/jsonld-page.txt"),
        dir.path().join("sources/jsonld-page.html.txt"),
    )
    .unwrap();
    let c = read_corpus(dir.path(), &Knowledge::embedded(), Limits::default()).unwrap();
    assert_eq!(c.articles.len(), 1);
    assert!(c.articles[0].origin.is_some(), "the page is read");
    let e = c.skipped[0].error.to_string();
    assert!(
        e.ends_with("sources/jsonld-page.html.txt: its article would be cited as sources/jsonld-page.html.txt, the name of another article"),
        "{e}"
    );
}
