//! One article from its bytes: the text decoded, the front matter read, the lines indexed
//! (NFC, folded), the page furniture marked and the headline found.

use std::path::Path;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{noise, Article, IngestError, Line, MAX_TITLE_CHARS};
use crate::knowledge::Knowledge;
use crate::text::{nfc, Folded};

/// The text of an article's bytes (UTF-8, a byte-order mark dropped), or why it has none:
/// binary, not UTF-8, or empty, with the line where that shows.
fn decoded<'a>(bytes: &'a [u8], shown: &Path) -> Result<&'a str, IngestError> {
    let line_at = |byte: usize| bytes[..byte].iter().filter(|b| **b == b'\n').count() + 1;
    if let Some(nul) = bytes.iter().position(|b| *b == 0) {
        return Err(IngestError::Binary {
            path: shown.to_path_buf(),
            line: line_at(nul),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::NotUtf8 {
        path: shown.to_path_buf(),
        line: line_at(e.valid_up_to()),
        byte: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::EmptyArticle {
            path: shown.to_path_buf(),
        });
    }
    Ok(text)
}

/// Parses one article from its bytes. `file` is its name in the corpus, `shown` the path used
/// in error messages.
pub fn parse_article(
    file: &str,
    shown: impl AsRef<Path>,
    bytes: &[u8],
    k: &Knowledge,
) -> Result<Article, IngestError> {
    let shown = shown.as_ref();
    let text = decoded(bytes, shown)?;
    let raw_lines: Vec<String> = text
        .split('\n')
        .map(|l| nfc(l.trim_end_matches('\r')))
        .collect();

    let (front, body_start) = front_matter(&raw_lines, shown)?;
    let mut lines: Vec<Line> = raw_lines
        .iter()
        .enumerate()
        .skip(body_start)
        .map(|(i, t)| Line {
            number: i + 1,
            text: t.clone(),
            folded: Folded::new(t),
            noise: None,
        })
        .collect();
    if lines.iter().all(|l| l.text.trim().is_empty()) {
        return Err(IngestError::EmptyArticle {
            path: shown.to_path_buf(),
        });
    }
    noise::mark_noise(&mut lines, k);

    let title = front
        .title
        .clone()
        .or_else(|| headline(&lines))
        .unwrap_or_else(|| file.rsplit('/').next().unwrap_or(file).to_string());
    let title = crate::text::excerpt(&title, MAX_TITLE_CHARS);
    if let Some((value, line)) = &front.published {
        if !looks_like_a_date(value) {
            return Err(IngestError::FrontMatter {
                path: shown.to_path_buf(),
                line: *line,
                message: format!("`published` is not a date: {value:?} (write YYYY-MM-DD)"),
            });
        }
    }
    Ok(Article {
        file: file.to_string(),
        title,
        url_line: front.url.as_ref().map(|(_, l)| *l),
        url: front.url.map(|(u, _)| u),
        published: front.published,
        lines,
        origin: None,
        digest: String::new(),
    })
}

#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    /// The value and its 1-based line.
    url: Option<(String, usize)>,
    /// The value and its 1-based line.
    published: Option<(String, usize)>,
}

/// Reads a front-matter block at the top; returns it and the index of the first body line.
fn front_matter(lines: &[String], shown: &Path) -> Result<(FrontMatter, usize), IngestError> {
    let fence = match lines.first().map(|l| l.trim_end()) {
        Some("---") => "---",
        Some("+++") => "+++",
        _ => return Ok((FrontMatter::default(), 0)),
    };
    let Some(close) = lines.iter().skip(1).position(|l| {
        let t = l.trim_end();
        t == fence || (fence == "---" && t == "...")
    }) else {
        return Err(IngestError::FrontMatter {
            path: shown.to_path_buf(),
            line: 1,
            message: format!("front matter opened with `{fence}` is never closed"),
        });
    };
    let close = close + 1;
    let block = lines[1..close].join("\n");
    let err = |message: String, line: usize| IngestError::FrontMatter {
        path: shown.to_path_buf(),
        line,
        message,
    };
    // Field name → value as text.
    let fields: Vec<(String, String)> = if fence == "---" {
        match serde_norway::from_str::<serde_norway::Value>(&block) {
            Ok(serde_norway::Value::Mapping(m)) => m
                .into_iter()
                .filter_map(|(k, v)| Some((k.as_str()?.to_string(), yaml_text(&v)?)))
                .collect(),
            Ok(serde_norway::Value::Null) => Vec::new(),
            Ok(_) => {
                return Err(err(
                    "front matter is not a mapping of keys to values".into(),
                    2,
                ))
            }
            Err(yaml_err) => match toml::from_str::<toml::Table>(&block) {
                Ok(t) => toml_fields(t),
                Err(_) => {
                    let line = yaml_err.location().map(|l| l.line() + 1).unwrap_or(2);
                    return Err(err(
                        format!("front matter is not valid YAML: {yaml_err}"),
                        line,
                    ));
                }
            },
        }
    } else {
        match toml::from_str::<toml::Table>(&block) {
            Ok(t) => toml_fields(t),
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| block[..s.start].matches('\n').count() + 2)
                    .unwrap_or(2);
                return Err(err(
                    format!("front matter is not valid TOML: {}", e.message()),
                    line,
                ));
            }
        }
    };
    let mut fm = FrontMatter::default();
    for (key, value) in fields {
        let line = lines[1..close]
            .iter()
            .position(|l| l.trim_start().starts_with(&key))
            .map(|i| i + 2)
            .unwrap_or(1);
        match key.to_lowercase().as_str() {
            "title" => fm.title = Some(value.trim().to_string()),
            "url" | "link" | "source_url" => fm.url = Some((value.trim().to_string(), line)),
            "published" | "date" => fm.published = Some((value.trim().to_string(), line)),
            _ => {}
        }
    }
    Ok((fm, close + 1))
}

fn yaml_text(v: &serde_norway::Value) -> Option<String> {
    match v {
        serde_norway::Value::String(s) => Some(s.clone()),
        serde_norway::Value::Number(n) => Some(n.to_string()),
        serde_norway::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn toml_fields(t: toml::Table) -> Vec<(String, String)> {
    t.into_iter()
        .filter_map(|(k, v)| {
            let s = match v {
                toml::Value::String(s) => s,
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::Integer(i) => i.to_string(),
                _ => return None,
            };
            Some((k, s))
        })
        .collect()
}

/// A front-matter date in one of the forms people write there: ISO (`2021-12-13`, with an
/// optional time), or day first (`13/12/2021`, `13.12.2021`, `13-12-2021`). Reading it is
/// extraction's work; ingest only refuses a value that cannot be a date at all.
pub(super) fn looks_like_a_date(value: &str) -> bool {
    let t = value.trim();
    let prefix = |n: usize| t.get(..n).unwrap_or("");
    NaiveDate::parse_from_str(prefix(10), "%Y-%m-%d").is_ok()
        || ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"].iter().any(|f| {
            let head = t.split_whitespace().next().unwrap_or("");
            NaiveDate::parse_from_str(head, f).is_ok()
        })
}

/// Lines from the top among which an article's headline is looked for.
const HEADLINE_LINES: usize = 8;

/// The article's headline: the first of its top lines that reads as one (see
/// [`reads_as_headline`]); none when page furniture, datelines and captions are all the top
/// holds (the file name stands in then).
fn headline(lines: &[Line]) -> Option<String> {
    lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .take(HEADLINE_LINES)
        .enumerate()
        .filter(|(_, l)| l.noise.is_none())
        .map(|(i, l)| (i, l.text.trim()))
        // A file's first line is its headline even when short ("Tiêu đề"); a short line
        // further down is more likely a byline's name.
        .find(|(i, t)| reads_as_headline(t, if *i == 0 { 2 } else { 3 }))
        .map(|(_, t)| t.to_string())
}

/// Words of a dateline or byline, which carry no headline.
static DATELINE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|ngày (?:đăng|phát hành|xuất bản)|lúc|gmt|am|pm|(?:ngày|tháng|năm|sáng|chiều|tối)\s*\d+)\b").unwrap()
});

/// At least `words` words of letters once dates, times, weekdays and punctuation are set
/// aside: not a byline (`12:11, 14/11/2016`, `Thứ Năm, 17/08/2017 19:40`) nor a one-word
/// banner.
fn reads_as_headline(line: &str, words: usize) -> bool {
    // Menus and site bars ("Tiếng Việt | English"), list bullets, a store's date line.
    let bar = line.contains('|') || line.starts_with(['•', '|', '»', '›']);
    let store_date = line
        .strip_prefix("date ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if bar || store_date {
        return false;
    }
    let letters = DATELINE_WORDS.replace_all(line, " ");
    letters
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .count()
        >= words
}
