//! Scraper exports (`.jsonl`): one article per line, as news-please or trafilatura write them.
//!
//! The shape is told by the fields of the first record: news-please's `maintext` (with `title`,
//! `date_publish`, `url`, `source_domain`) or trafilatura's `text` (with `title`, `date`, `url`,
//! `hostname`, `source-hostname`). A file in another shape is refused at that record's line with the fields
//! expected. Each record is its own article; a record that cannot be read (not JSON, not of the
//! file's shape, no text, a date that is not one) is reported with its line and the rest are
//! read.

use std::path::Path;

use serde_json::{Map, Value};

use crate::knowledge::Knowledge;

use super::source::{self, Extracted, SourceFormat};
use super::{Article, IngestError};

/// The fields of one scraper's records.
struct Shape {
    format: SourceFormat,
    text: &'static str,
    date: &'static str,
    /// The outlet's name or domain, best first.
    site: &'static [&'static str],
}

const NEWS_PLEASE: Shape = Shape {
    format: SourceFormat::NewsPlease,
    text: "maintext",
    date: "date_publish",
    site: &["source_domain"],
};

const TRAFILATURA: Shape = Shape {
    format: SourceFormat::Trafilatura,
    text: "text",
    date: "date",
    site: &["source-hostname", "hostname"],
};

const EXPECTED: &str = "expected a news-please record (title, maintext, date_publish, url, source_domain) or a trafilatura record (title, text, date, url, hostname)";

/// Reads every record of an export, each into its article or why not.
pub(super) fn read(
    file: &str,
    shown: &Path,
    bytes: &[u8],
    k: &Knowledge,
) -> Vec<Result<Article, IngestError>> {
    let err = |line: usize, message: String| IngestError::Record {
        path: shown.to_path_buf(),
        line,
        message,
    };
    let mut out = Vec::new();
    let mut shape: Option<&Shape> = None;
    for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let line = i + 1;
        let raw = raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = match record(raw) {
            Ok(r) => r,
            Err(message) => {
                out.push(Err(err(line, message)));
                continue;
            }
        };
        let s = match shape {
            Some(s) => s,
            None => match shape_of(&record) {
                Some(s) => *shape.insert(s),
                None => {
                    // Another tool's export: its records are not articles chronobrief knows.
                    out.push(Err(err(line, fields_found(&record))));
                    return out;
                }
            },
        };
        out.push(
            extracted(&record, s)
                .map_err(|m| err(line, m))
                .and_then(|x| source::article(file, Some(line), s.format, shown, x, k)),
        );
    }
    if out.is_empty() {
        out.push(Err(IngestError::EmptyArticle {
            path: shown.to_path_buf(),
        }));
    }
    out
}

/// One line as a JSON object.
fn record(raw: &[u8]) -> Result<Map<String, Value>, String> {
    let text = std::str::from_utf8(raw).map_err(|e| {
        format!(
            "not valid UTF-8 text (byte {} of the line)",
            e.valid_up_to()
        )
    })?;
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(format!("not a JSON object; {EXPECTED}")),
        Err(e) => {
            // serde_json counts lines inside the record; the record is one line of the file.
            let what = e.to_string();
            let what = what
                .rsplit_once(" at line ")
                .map_or(what.as_str(), |(w, _)| w);
            // An editor counts characters; serde_json counts bytes.
            let column = text
                .char_indices()
                .take_while(|(i, _)| *i + 1 < e.column())
                .count()
                + 1;
            Err(format!("not valid JSON at column {column}: {what}"))
        }
    }
}

fn shape_of(r: &Map<String, Value>) -> Option<&'static Shape> {
    if r.contains_key(NEWS_PLEASE.text) {
        Some(&NEWS_PLEASE)
    } else if r.contains_key(TRAFILATURA.text) {
        Some(&TRAFILATURA)
    } else {
        None
    }
}

fn fields_found(r: &Map<String, Value>) -> String {
    let mut keys: Vec<&str> = r.keys().map(String::as_str).take(12).collect();
    if r.len() > keys.len() {
        keys.push("…");
    }
    format!("{EXPECTED}; this record has: {}", keys.join(", "))
}

/// A string field; `null` or absent is none, anything else is an error naming the field.
fn string(r: &Map<String, Value>, field: &str) -> Result<Option<String>, String> {
    match r.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
        Some(_) => Err(format!("`{field}` is not a string")),
    }
}

fn extracted(r: &Map<String, Value>, s: &Shape) -> Result<Extracted, String> {
    let Some(text) = string(r, s.text)? else {
        return Err(format!("`{}` is missing or empty", s.text));
    };
    Ok(Extracted {
        title: string(r, "title")?.unwrap_or_default(),
        url: string(r, "url")?,
        published: string(r, s.date)?.map(|d| (d, s.date.to_string())),
        site: s
            .site
            .iter()
            .map(|f| string(r, f))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .flatten()
            .next(),
        paragraphs: source::paragraphs(&text),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str) -> Vec<Result<Article, String>> {
        read(
            "c.jsonl",
            Path::new("in/c.jsonl"),
            text.as_bytes(),
            &Knowledge::embedded(),
        )
        .into_iter()
        .map(|r| r.map_err(|e| e.to_string()))
        .collect()
    }

    #[test]
    fn reads_each_news_please_record_and_reports_a_bad_one_by_line() {
        let r = read_str(concat!(
            r#"{"title": "A", "maintext": "Một.\nHai.", "date_publish": "2021-12-13 08:30:00", "url": "https://x.vn/a", "source_domain": "x.vn"}"#,
            "\n\n",
            r#"{"title": "B", "maintext": "#,
            "\n",
            r#"{"title": "C", "maintext": null}"#,
            "\n",
            r#"{"title": "D", "maintext": "Bốn.", "date_publish": null}"#,
            "\n"
        ));
        assert_eq!(r.len(), 4);
        let a = r[0].as_ref().unwrap();
        assert_eq!(a.file, "sources/c.jsonl/line-1.txt");
        let o = a.origin.as_ref().unwrap();
        assert_eq!((o.record, o.format), (Some(1), SourceFormat::NewsPlease));
        assert_eq!(o.site.as_deref(), Some("x.vn"));
        assert_eq!(o.published_from.as_deref(), Some("date_publish"));
        assert!(r[1]
            .as_ref()
            .unwrap_err()
            .starts_with("in/c.jsonl:3: not valid JSON"));
        assert_eq!(
            r[2].as_ref().unwrap_err(),
            "in/c.jsonl:4: `maintext` is missing or empty"
        );
        let d = r[3].as_ref().unwrap();
        assert_eq!((d.title.as_str(), d.published.is_none()), ("D", true));
    }

    #[test]
    fn reads_trafilatura_and_refuses_another_shape_with_the_fields_expected() {
        let r =
            read_str(r#"{"title": "T", "text": "Một.", "date": "2021-12-13", "hostname": "y.vn"}"#);
        let o = r[0].as_ref().unwrap().origin.clone().unwrap();
        assert_eq!(o.format, SourceFormat::Trafilatura);
        let r = read_str("\n{\"headline\": \"H\", \"body\": \"B\"}\n{\"text\": \"x\"}\n");
        assert_eq!(r.len(), 1);
        let e = r[0].as_ref().unwrap_err();
        assert!(
            e.starts_with("in/c.jsonl:2: expected a news-please record"),
            "{e}"
        );
        assert!(e.ends_with("this record has: body, headline"), "{e}");
    }

    #[test]
    fn control_characters_in_a_record_are_dropped_not_taken_for_a_binary_file() {
        let r = read_str(concat!(
            "\n",
            r#"{"title": "T\u0000", "text": "Một\u0000 hai.\n\u0007\nNgày 13/12/2021, ba.", "date": "2021-12-13"}"#,
            "\n"
        ));
        let a = r[0].as_ref().unwrap();
        assert_eq!(a.title, "T");
        let text = &a.origin.as_ref().unwrap().text;
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains("Một hai."), "{text:?}");
    }
}
