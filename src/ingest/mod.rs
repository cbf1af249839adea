//! Stage 1, ingest: a folder of articles → [`Corpus`].
//!
//! Reads every `.txt`, `.md`, `.html`, `.htm` and `.jsonl` file of the folder and its
//! subfolders (in sorted path order), normalises it to NFC, keeps 1-based line numbers, reads an
//! optional front-matter block (`---` YAML or `+++` TOML: `title`, `url`, `published`), and
//! marks page furniture (related-news lists, captions, share buttons) so that it cannot produce
//! events. This is the only stage that reads articles.
//!
//! Saved web pages (`.html`, `.htm`, [`html`]) and scraper exports (`.jsonl`, [`jsonl`]) are
//! first turned into plain text ([`source`]): that text is what the article's lines and
//! citations refer to, and the build writes it to `out/sources/`.
//!
//! The folder is trusted no more than the articles: only regular files are read (a FIFO, a
//! device or a socket is never opened), a symbolic link is followed only to a file inside the
//! folder, hidden files and folders are left alone, and no read goes past
//! `--max-article-bytes`, whatever size a file claims.

mod article;
mod files;
mod html;
mod jsonl;
mod noise;
mod read;
mod source;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::knowledge::Knowledge;
use crate::text::Folded;
pub use article::parse_article;
pub use files::find_chars;
pub use read::{
    from_utf16, parse_file, read_corpus_with, FileArticles, Listing, ReadFile, ReadFiles,
};
pub use source::{Origin, SourceFormat};

/// Why the corpus could not be read. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("cannot read the input folder {}: {source}", .path.display())]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no articles (.txt, .md, .html, .htm or .jsonl files) in {}", .path.display())]
    Empty { path: PathBuf },
    #[error("{}: cannot be read: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: replaced by another file while the folder was read; it is not read (build again)", .path.display())]
    Swapped { path: PathBuf },
    #[error("{}: {kind}, not a regular file; it is not opened", .path.display())]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("{}: a link to {}, outside the input folder; it is not followed", .path.display(), .target.display())]
    LinkOutside { path: PathBuf, target: PathBuf },
    #[error("{}: a brief chronobrief built (it holds manifest.json); its files are not read as articles", .path.display())]
    OutputFolder { path: PathBuf },
    #[error("{}: a link to a folder; it is not followed (the folder's articles are read where they lie)", .path.display())]
    LinkToFolder { path: PathBuf },
    #[error("{}:{line}: not valid UTF-8 text (byte {byte} of the file)", .path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        byte: usize,
    },
    #[error("{}:{line}: UTF-16 text (it starts with a byte order mark) that is cut or broken here", .path.display())]
    BadUtf16 { path: PathBuf, line: usize },
    #[error("{}: the article is empty", .path.display())]
    EmptyArticle { path: PathBuf },
    #[error("{}: a binary file, not an article (NUL byte at line {line})", .path.display())]
    Binary { path: PathBuf, line: usize },
    #[error(
        "{}: more than {max} bytes, the limit (raise it with --max-article-bytes)", .path.display()
    )]
    TooLarge { path: PathBuf, max: u64 },
    #[error("no readable articles in {} ({skipped} skipped)", .path.display())]
    NoneReadable { path: PathBuf, skipped: usize },
    /// A fault of chronobrief's own, met while reading this article: the article is set aside
    /// as a bad file is, so that one article cannot stop the brief (or, with `--strict`, the
    /// build stops and names it).
    #[error("{}: chronobrief failed while reading this article (an internal error: {message}); please report it with the file", .path.display())]
    Internal { path: PathBuf, message: String },
    #[error("{}:{line}: {message}", .path.display())]
    FrontMatter {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}: {message}", .path.display())]
    Page { path: PathBuf, message: String },
    #[error("{}: its article would be cited as {name}, the name of another article", .path.display())]
    Duplicate { path: PathBuf, name: String },
    #[error("{}:{line}: {message}", .path.display())]
    Record {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// Why a line cannot carry events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Noise {
    /// Site chrome: share buttons, subscription prompts, counters.
    Chrome,
    /// A photo caption or credit with page metadata.
    Caption,
    /// A related-news list, most-read box or comment block.
    Related,
    /// A headline and teaser repeated from another article.
    Teaser,
}

/// One line of an article.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line number in the file.
    pub number: usize,
    /// The line as written (NFC).
    pub text: String,
    /// The line folded for matching, with a map back to `text`.
    pub folded: Folded,
    /// Set when the line is page furniture.
    pub noise: Option<Noise>,
}

impl Line {
    /// The original text of a byte range of the folded line.
    pub fn original(&self, folded_range: std::ops::Range<usize>) -> &str {
        &self.text[self.folded.original_range(folded_range)]
    }
}

/// One article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file's path relative to the input folder, with `/` between folders
    /// (`2021/12/a.txt`).
    pub file: String,
    pub title: String,
    pub url: Option<String>,
    /// The front matter's line that gives `url`.
    pub url_line: Option<usize>,
    /// The front matter's `published` value as written, and its line. Extraction reads it
    /// (with the bylines) into the document date.
    pub published: Option<(String, usize)>,
    pub lines: Vec<Line>,
    /// For an article read from a web page or a scraper's record: where it came from and the
    /// plain text its lines are numbered in (`file` is then that text's path in `out/`).
    pub origin: Option<Origin>,
    /// What the article is, whatever its file is called: the SHA-256 of the file's bytes (of
    /// the record's text, for a record of a JSON Lines file). Empty until the corpus reader
    /// sets it.
    pub digest: String,
}

/// All articles, in path order.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    /// Every candidate file (read or skipped) with the SHA-256 of its bytes (or why it has
    /// none), by relative path.
    pub digests: Vec<(String, String)>,
    /// Files that were not read, with why.
    pub skipped: Vec<Skipped>,
}

/// An article that was reported and left out.
#[derive(Debug)]
pub struct Skipped {
    pub file: String,
    pub error: IngestError,
}

/// The kinds of input file, told apart by the file name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// `.txt`, `.md`: the article as text.
    Text,
    /// `.html`, `.htm`: a saved web page.
    Html,
    /// `.jsonl`: a scraper's export, one article per line.
    Jsonl,
}

impl InputKind {
    /// The kind of `path`, or none when chronobrief does not read such files.
    pub fn of(path: &Path) -> Option<InputKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" => Some(InputKind::Text),
            "html" | "htm" => Some(InputKind::Html),
            "jsonl" => Some(InputKind::Jsonl),
            _ => None,
        }
    }
}

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Larger files are skipped.
    pub max_article_bytes: u64,
    /// Fail on the first bad article instead of skipping it.
    pub strict: bool,
}

/// A title longer than this many characters (a first line that is a whole page saved
/// without line breaks) is cut at a word, with `…`: it is printed in every source list.
pub const MAX_TITLE_CHARS: usize = 300;

/// Articles larger than this are skipped unless configured otherwise.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 5_000_000;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            strict: false,
        }
    }
}

/// Reads every article in `dir`. A bad article (unreadable, too large, binary, not UTF-8,
/// empty, bad front matter) is skipped and listed in `skipped`, or is the error with
/// `limits.strict`.
pub fn read_corpus(dir: &Path, k: &Knowledge, limits: Limits) -> Result<Corpus, IngestError> {
    Ok(read_corpus_with(dir, k, limits, |_| (), true)?.0)
}

#[cfg(test)]
mod tests {
    use super::read::*;
    use super::*;

    fn article(text: &str) -> Article {
        parse_article("a.txt", "a.txt", text.as_bytes(), &Knowledge::embedded()).unwrap()
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = match big_endian {
            true => vec![0xfe, 0xff],
            false => vec![0xff, 0xfe],
        };
        for u in text.encode_utf16() {
            bytes.extend(match big_endian {
                true => u.to_be_bytes(),
                false => u.to_le_bytes(),
            });
        }
        bytes
    }

    #[test]
    fn the_title_is_the_headline_never_a_byline_a_banner_or_a_caption() {
        for (text, title) in [
            ("12:11, 14/11/2016\nHội nghị Ngoại vụ toàn quốc khai mạc\nNội dung.", "Hội nghị Ngoại vụ toàn quốc khai mạc"),
            ("Thứ Năm, 17/08/2017 19:40\n\nBộ trưởng chủ trì hội nghị\nNội dung.", "Bộ trưởng chủ trì hội nghị"),
            ("06/05/2021, 06:51\nBanner\nThủ tướng dự hội nghị trực tuyến\n", "Thủ tướng dự hội nghị trực tuyến"),
            ("Cập nhật lúc 13:50 ngày 13/12/2021\nHội nghị bàn về ngoại giao kinh tế\n", "Hội nghị bàn về ngoại giao kinh tế"),
            ("Hội nghị Ngoại giao lần thứ 31\nNội dung.", "Hội nghị Ngoại giao lần thứ 31"),
            ("Ngày 13 tháng 12 năm 2021\nKỷ niệm 70 năm\n", "Kỷ niệm 70 năm"),
            ("Tiếng Việt | English\n• Click để copy\nNgày phát hành 14:27 8/2/2022\nHội nghị bàn về đối ngoại\n", "Hội nghị bàn về đối ngoại"),
            ("date 2021-12 Your browser does not support audio.\nHội nghị bàn về đối ngoại\n", "Hội nghị bàn về đối ngoại"),
        ] {
            assert_eq!(article(text).title, title, "{text}");
        }
        // Nothing at the top reads as a headline: the file's name.
        assert_eq!(article("13/12/2021\nMenu\n").title, "a.txt");
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let k = Knowledge::embedded();
        let text = "Hội nghị ngoại giao\nNgày 13/12/2021, hội nghị khai mạc 🇻🇳.\n";
        for be in [false, true] {
            for name in ["a.txt", "a.html", "a.jsonl"] {
                let body = match name {
                    "a.html" => {
                        format!("<html><body><article><p>{text}</p></article></body></html>")
                    }
                    "a.jsonl" => format!("{{\"title\": \"T\", \"text\": {text:?}}}\n"),
                    _ => text.to_string(),
                };
                let read = parse_file(name, Path::new(name), &utf16(&body, be), &k);
                let a = read[0].as_ref().unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(
                    a.lines.iter().any(|l| l.text.contains("13/12/2021")),
                    "{name}: {:?}",
                    a.lines
                );
            }
        }
        // Cut in the middle of a character pair: named with its line, not called binary.
        let mut broken = utf16("một\nhai\n🇻🇳", false);
        broken.truncate(broken.len() - 1);
        let e = parse_file("b.txt", Path::new("b.txt"), &broken, &k)
            .remove(0)
            .unwrap_err();
        assert!(matches!(e, IngestError::BadUtf16 { line: 3, .. }), "{e}");
    }

    #[test]
    fn keeps_line_numbers_and_normalises_to_nfc() {
        // "hội" written with combining marks (NFD).
        let a = article("Tiêu đề\n\nho\u{323}\u{302}i nghị\n");
        assert_eq!(a.lines[2].number, 3);
        assert_eq!(a.lines[2].text, "hội nghị");
        assert_eq!(a.title, "Tiêu đề");
    }

    #[test]
    fn yaml_front_matter_gives_title_url_and_published() {
        let a = article("---\ntitle: \"Hội nghị\"\nurl: https://example.org/a\npublished: 2021-12-13\n---\nNgày 13/12, ...\n");
        assert_eq!(a.title, "Hội nghị");
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.url_line, Some(3));
        assert_eq!(a.published, Some(("2021-12-13".to_string(), 4)));
        assert_eq!(a.lines[0].number, 6);
    }

    #[test]
    fn toml_front_matter() {
        let a = article("+++\ntitle = \"T\"\npublished = 2022-01-21\n+++\nBody\n");
        assert_eq!(a.published.unwrap().0, "2022-01-21");
        assert_eq!(a.title, "T");
    }

    #[test]
    fn bad_front_matter_names_file_and_line() {
        let k = Knowledge::embedded();
        let e = parse_article(
            "a.txt",
            "in/a.txt",
            b"---\ntitle: x\npublished: someday\n---\nBody\n",
            &k,
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("in/a.txt:3:"), "{e}");
        let e = parse_article("a.txt", "in/a.txt", b"---\ntitle: x\n", &k)
            .unwrap_err()
            .to_string();
        assert!(e.contains("never closed"), "{e}");
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let k = Knowledge::embedded();
        let e = parse_article("a.txt", "in/a.txt", b"one\ntwo \xff\n", &k)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("in/a.txt:2:"), "{e}");
        let e = parse_article("a.txt", "in/a.txt", b"  \n\n", &k)
            .unwrap_err()
            .to_string();
        assert!(e.contains("empty"), "{e}");
    }

    #[test]
    fn related_news_and_teasers_are_noise() {
        let prose = "Tại hội nghị, Bộ trưởng đã chỉ đạo các cơ quan đại diện làm tốt nhiều nhiệm vụ quan trọng trong thời gian tới, nhất là ngoại giao kinh tế, ngoại giao vaccine và kết nối địa phương với doanh nghiệp ở nước ngoài.";
        let text = format!(
            "Tiêu đề\n{prose}\nTin liên quan\nMột bài khác *\n\n{prose}\nTin A\n\nTin A\n\nNgày 1/9, bệnh viện đã tiếp nhận ...\n\nXem nhiều\nHội nghị An ninh lần thứ 10\nĐại diện đã dự từ ngày 21-22/11.\n"
        );
        let a = article(&text);
        let noise: Vec<(usize, Option<Noise>)> = a
            .lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.number, l.noise))
            .collect();
        assert_eq!(
            noise,
            vec![
                (1, None),
                (2, None),
                (3, Some(Noise::Related)),
                (4, Some(Noise::Related)),
                (6, None),
                (7, Some(Noise::Teaser)),
                (9, Some(Noise::Teaser)),
                (11, Some(Noise::Teaser)),
                (13, Some(Noise::Related)),
                (14, Some(Noise::Related)),
                (15, Some(Noise::Related)),
            ]
        );
    }

    #[test]
    fn captions_with_image_cards_and_credits_are_noise() {
        let a = article("T\n© Ảnh : TTXVN\nBộ trưởng phát biểu. - Sputnik Việt Nam, 1920, 13.12.2021\nHội nghị ngày 29/7. (Ảnh: Trung Hiếu)\n");
        assert_eq!(a.lines[1].noise, Some(Noise::Caption));
        assert_eq!(a.lines[2].noise, Some(Noise::Caption));
        // A caption that describes the article's own event is content.
        assert_eq!(a.lines[3].noise, None);
    }
}
