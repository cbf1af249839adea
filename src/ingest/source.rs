//! An article read from a web page or a scraper's record, laid out as plain text.
//!
//! The text is an ordinary article file: a YAML front matter (`title`, `url`, `published`,
//! `site`, `source`), the title, then one paragraph per line with a blank line between
//! paragraphs. It is parsed like any `.txt` article, so such an article is read exactly as the
//! same text given as a file would be, and its line numbers are those of the text the build
//! writes to `out/sources/`, where a reader finds every quote the brief cites.

use std::path::Path;

use crate::knowledge::Knowledge;

use super::article::looks_like_a_date;
use super::{parse_article, Article, IngestError};

/// The kind of file an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// A saved web page.
    Html,
    /// A news-please JSON Lines record.
    NewsPlease,
    /// A trafilatura JSON Lines record.
    Trafilatura,
}

impl SourceFormat {
    fn name(self) -> &'static str {
        match self {
            SourceFormat::Html => "html",
            SourceFormat::NewsPlease => "news-please",
            SourceFormat::Trafilatura => "trafilatura",
        }
    }
}

/// Where an article that is not a plain-text file came from.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The input file, relative to the input folder (`saved/page.html`, `crawl.jsonl`).
    pub input: String,
    /// The line of the input file that holds the record (JSON Lines).
    pub record: Option<usize>,
    pub format: SourceFormat,
    /// The outlet that published it (`og:site_name`, `source_domain`, `hostname`).
    pub site: Option<String>,
    /// Where the page's publication date was read (`article:published_time`, `date_publish`).
    pub published_from: Option<String>,
    /// The plain text the article's lines are numbered in, written to `out/` under
    /// [`Article::file`].
    pub text: String,
    /// The line of the first paragraph; paragraph `n` stands on line `first + 2 (n - 1)`.
    pub first_paragraph_line: usize,
}

impl Origin {
    /// The 1-based paragraph a line of [`Origin::text`] is, when it is one.
    pub fn paragraph(&self, line: usize) -> Option<usize> {
        let offset = line.checked_sub(self.first_paragraph_line)?;
        (offset % 2 == 0).then_some(offset / 2 + 1)
    }
}

/// What a page or a record gives, before it is laid out as text.
#[derive(Debug, Default)]
pub(super) struct Extracted {
    pub title: String,
    pub url: Option<String>,
    /// The publication date as the page writes it, and the field it was read from.
    pub published: Option<(String, String)>,
    pub site: Option<String>,
    pub paragraphs: Vec<String>,
}

/// Where the plain text of `input` (record at `record`) goes, relative to `out/`.
pub(super) fn text_path(input: &str, record: Option<usize>) -> String {
    match record {
        None => format!("sources/{input}.txt"),
        Some(line) => format!("sources/{input}/line-{line}.txt"),
    }
}

/// One line of text: runs of white space (newlines included) become one space.
/// Control characters (a NUL that a scraper kept, say) are not text and are dropped: a
/// page's or a record's text is written out and cited line by line.
pub(super) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        let start = out.len();
        if start > 0 {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
        if out.len() == start + usize::from(start > 0) {
            out.truncate(start);
        }
    }
    out
}

/// Paragraphs of a text: its non-blank lines, each on one line.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(one_line)
        .filter(|p| !p.is_empty())
        .collect()
}

/// `value` as a YAML scalar on one line: a JSON string is a valid YAML double-quoted scalar.
fn yaml_str(value: &str) -> String {
    serde_json::to_string(&one_line(value)).expect("a string serialises")
}

/// The article's text, and the line of its first paragraph. Without a title the text starts
/// with the first paragraph, which parsing then takes as the title, as for a `.txt` file.
fn layout(title: &str, x: &Extracted, body: &[String], source: &str) -> (String, usize) {
    let mut text = String::from("---\n");
    if !title.is_empty() {
        text.push_str(&format!("title: {}\n", yaml_str(title)));
    }
    if let Some(url) = &x.url {
        text.push_str(&format!("url: {}\n", yaml_str(url)));
    }
    if let Some((value, field)) = &x.published {
        text.push_str(&format!("published: {}  # {field}\n", yaml_str(value)));
    }
    if let Some(site) = &x.site {
        text.push_str(&format!("site: {}\n", yaml_str(site)));
    }
    text.push_str(&format!("source: {}\n---\n", yaml_str(source)));
    if !title.is_empty() {
        text.push_str(title);
        text.push_str("\n\n");
    }
    let first_paragraph_line = text.matches('\n').count() + 1;
    text.push_str(&body.join("\n\n"));
    text.push('\n');
    // Composed like every article line, so that the text written beside the brief holds the
    // quotes exactly as cited (a windows-1258 page writes its tones as combining marks).
    (crate::text::nfc(&text), first_paragraph_line)
}

/// Lays `x` out as text and reads it as an article. `shown` names the input in errors, with
/// `record`'s line for a JSON Lines record.
pub(super) fn article(
    input: &str,
    record: Option<usize>,
    format: SourceFormat,
    shown: &Path,
    x: Extracted,
    k: &Knowledge,
) -> Result<Article, IngestError> {
    let err = |message: String| match record {
        Some(line) => IngestError::Record {
            path: shown.to_path_buf(),
            line,
            message,
        },
        None => IngestError::Page {
            path: shown.to_path_buf(),
            message,
        },
    };
    let mut body: Vec<String> = x.paragraphs.iter().map(|p| one_line(p)).collect();
    body.retain(|p| !p.is_empty());
    let title = one_line(&x.title);
    // Readability keeps the page's own headline at the top of the text; it is the title.
    if body.first().is_some_and(|p| *p == title) {
        body.remove(0);
    }
    if body.is_empty() {
        return Err(err("no article text in it".into()));
    }
    if let Some((value, field)) = &x.published {
        if !looks_like_a_date(value) {
            return Err(err(format!(
                "the publication date {value:?} (`{field}`) is not a date"
            )));
        }
    }
    let source = match record {
        Some(line) => format!("{input}, line {line} ({})", format.name()),
        None => format!("{input} ({})", format.name()),
    };
    let (text, first_paragraph_line) = layout(&title, &x, &body, &source);
    let file = text_path(input, record);
    let mut a = parse_article(&file, shown, text.as_bytes(), k).map_err(|e| err(e.to_string()))?;
    a.origin = Some(Origin {
        input: input.to_string(),
        record,
        format,
        site: x.site.as_deref().map(|s| crate::text::nfc(&one_line(s))),
        published_from: x.published.as_ref().map(|(_, field)| field.clone()),
        text,
        first_paragraph_line,
    });
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extracted() -> Extracted {
        Extracted {
            title: "Hội nghị \"lần thứ 31\"".into(),
            url: Some("https://example.vn/a-123.html".into()),
            published: Some(("2021-12-13T08:30:00+07:00".into(), "date".into())),
            site: Some("Báo Mẫu".into()),
            paragraphs: vec![
                "Hội nghị \"lần thứ 31\"".into(),
                "Sáng 13/12,\n hội nghị khai mạc.".into(),
                "  ".into(),
                "Bộ trưởng chỉ đạo.".into(),
            ],
        }
    }

    #[test]
    fn lays_out_front_matter_title_and_one_paragraph_per_line() {
        let k = Knowledge::embedded();
        let a = article(
            "a.jsonl",
            Some(4),
            SourceFormat::NewsPlease,
            Path::new("in/a.jsonl"),
            extracted(),
            &k,
        )
        .unwrap();
        assert_eq!(a.file, "sources/a.jsonl/line-4.txt");
        assert_eq!(a.title, "Hội nghị \"lần thứ 31\"");
        assert_eq!(a.url.as_deref(), Some("https://example.vn/a-123.html"));
        assert_eq!(
            a.published,
            Some(("2021-12-13T08:30:00+07:00".to_string(), 4))
        );
        let o = a.origin.as_ref().unwrap();
        let lines: Vec<&str> = o.text.lines().collect();
        let first = o.first_paragraph_line;
        assert_eq!(lines[first - 1], "Sáng 13/12, hội nghị khai mạc.");
        assert_eq!(lines[first + 1], "Bộ trưởng chỉ đạo.");
        assert_eq!(o.paragraph(first), Some(1));
        assert_eq!(o.paragraph(first + 1), None);
        assert_eq!(o.paragraph(first + 2), Some(2));
        assert_eq!(o.paragraph(first - 2), None);
        // The article's lines are the text's lines.
        let l = a.lines.iter().find(|l| l.number == first + 2).unwrap();
        assert_eq!(l.text, "Bộ trưởng chỉ đạo.");
    }

    #[test]
    fn refuses_an_empty_text_and_a_date_that_is_not_one() {
        let k = Knowledge::embedded();
        let mut x = extracted();
        x.paragraphs = vec![x.title.clone()];
        let e = article(
            "p.html",
            None,
            SourceFormat::Html,
            Path::new("in/p.html"),
            x,
            &k,
        )
        .unwrap_err()
        .to_string();
        assert_eq!(e, "in/p.html: no article text in it");
        let mut x = extracted();
        x.published = Some(("hôm qua".into(), "date".into()));
        let e = article(
            "a.jsonl",
            Some(2),
            SourceFormat::Trafilatura,
            Path::new("in/a.jsonl"),
            x,
            &k,
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("in/a.jsonl:2: the publication date"), "{e}");
    }
}
