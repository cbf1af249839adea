//! Stage 4, render: [`Timeline`] → Markdown and Typst source, with minijinja templates.
//!
//! The default templates (`report-templates/*.j2`) are embedded in the binary; a file of the same
//! name in the template folder overrides one. Auto-escaping is set by the template's extension
//! (`.md.j2` → Markdown, `.typ.j2` → Typst): every value printed is escaped for its format, so
//! nothing an article says can become markup or code. Values placed in Typst code (a string
//! argument) go through the `typst_str` filter instead, and Mermaid labels through `mermaid`.

use std::path::Path;

use chrono::{Datelike, NaiveDate, Weekday};
use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};
use serde::Serialize;

use crate::dates::Date;
use crate::ingest::Corpus;
use crate::timeline::{Event, Kind, Timeline};

/// The embedded default templates, by name.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "brief.md.j2",
        include_str!("../report-templates/brief.md.j2"),
    ),
    (
        "brief.typ.j2",
        include_str!("../report-templates/brief.typ.j2"),
    ),
];

/// Why a template could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot read template {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("template {name}{}: {message}", .line.map(|l| format!(":{l}")).unwrap_or_default())]
    Template {
        name: String,
        line: Option<usize>,
        message: String,
    },
}

impl RenderError {
    fn from_minijinja(e: Error) -> Self {
        let mut message = e.kind().to_string();
        if let Some(d) = e.detail() {
            message = format!("{message}: {d}");
        }
        RenderError::Template {
            name: e.name().unwrap_or("?").to_string(),
            line: e.line(),
            message,
        }
    }
}

/// Escapes text for Typst markup: every ASCII punctuation character is preceded by a
/// backslash (always literal in markup) and line breaks become spaces.
pub fn escape_typst(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for CommonMark/GFM inline content: every ASCII punctuation character is
/// backslash-escaped (literal in CommonMark, and `\|` inside GFM tables); line breaks become
/// spaces, so a value can never start a block.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut last_space = false;
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
                continue;
            }
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
        last_space = c == ' ';
    }
    out
}

/// A Typst string literal, for values placed in code positions.
pub fn typst_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A label for a Mermaid diagram: characters with a meaning in Mermaid's timeline syntax
/// (`:` separates events, `#` starts an entity, brackets and backticks) become spaces.
pub fn mermaid_label(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| {
            if ":;#`{}[]()<>\"|\\%".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn formatter(out: &mut Output, state: &mut State, value: &Value) -> Result<(), Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(());
    }
    if value.is_safe() {
        return write!(out, "{value}")
            .map_err(|_| Error::new(ErrorKind::WriteFailure, "write failed"));
    }
    let text = value.to_string();
    let escaped = match state.auto_escape() {
        AutoEscape::Custom(mode) if mode == "typst" => escape_typst(&text),
        AutoEscape::Custom(mode) if mode == "markdown" => escape_markdown(&text),
        _ => return minijinja::escape_formatter(out, state, value),
    };
    out.write_str(&escaped)
        .map_err(|_| Error::new(ErrorKind::WriteFailure, "write failed"))
}

fn auto_escape(name: &str) -> AutoEscape {
    let base = name.strip_suffix(".j2").unwrap_or(name);
    if base.ends_with(".typ") {
        AutoEscape::Custom("typst".into())
    } else if base.ends_with(".md") || base.ends_with(".markdown") {
        AutoEscape::Custom("markdown".into())
    } else {
        AutoEscape::None
    }
}

/// Renders the brief's templates.
pub struct Renderer {
    env: Environment<'static>,
}

impl Renderer {
    /// Embedded templates, each overridden by a file of the same name in `dir`.
    pub fn new(dir: Option<&Path>) -> Result<Self, RenderError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(auto_escape);
        env.set_formatter(formatter);
        env.set_syntax(
            SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .keep_trailing_newline(true)
                .build()
                .expect("a valid syntax configuration"),
        );
        env.add_filter("typst_str", |s: String| {
            Value::from_safe_string(typst_string(&s))
        });
        env.add_filter("mermaid", |s: String| {
            Value::from_safe_string(mermaid_label(&s))
        });
        env.add_filter("excerpt", |s: String, n: usize| excerpt(&s, n));
        for (name, text) in TEMPLATES {
            let text = match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => {
                    std::fs::read_to_string(&path).map_err(|source| RenderError::Read {
                        path: path.display().to_string(),
                        source,
                    })?
                }
                None => text.to_string(),
            };
            env.add_template_owned(name.to_string(), text)
                .map_err(RenderError::from_minijinja)?;
        }
        Ok(Renderer { env })
    }

    /// Renders template `name` with `ctx`.
    pub fn render(&self, name: &str, ctx: &BriefContext) -> Result<String, RenderError> {
        let t = self
            .env
            .get_template(name)
            .map_err(RenderError::from_minijinja)?;
        t.render(minijinja::value::Serde(ctx))
            .map_err(RenderError::from_minijinja)
    }
}

/// At most `n` characters of `s`, cut at a word, with "…" when cut.
pub fn excerpt(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    let cut = cut.rfind(' ').map(|p| &cut[..p]).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// What the templates receive. Documented in `report-templates/README.md`.
#[derive(Debug, Serialize)]
pub struct BriefContext {
    pub title: String,
    pub range_from: String,
    pub range_to: String,
    /// The range in Vietnamese form ("01/01/2016 – 31/12/2022").
    pub range_vi: String,
    /// Build date (YYYY-MM-DD) when one was given (SOURCE_DATE_EPOCH), else none.
    pub build_date: Option<String>,
    /// The same as a Typst `datetime(...)` argument list ("year: 2024, month: 1, day: 2").
    pub build_datetime: Option<String>,
    pub counts: Counts,
    pub years: Vec<YearSection>,
    pub undated: Vec<Item>,
    pub articles: Vec<ArticleInfo>,
}

#[derive(Debug, Serialize)]
pub struct Counts {
    pub articles: usize,
    pub events: usize,
    pub conferences: usize,
    pub directives: usize,
    pub undated: usize,
}

/// The events of one year.
#[derive(Debug, Serialize)]
pub struct YearSection {
    pub year: i32,
    pub items: Vec<Item>,
}

/// A conference (with its directives) or a formal directive, ready to print.
#[derive(Debug, Serialize)]
pub struct Item {
    /// 1-based number, unique in the brief (for footnote labels).
    pub n: usize,
    #[serde(flatten)]
    pub event: Event,
    /// "Thứ Hai, 13/12/2021", "tháng 12/2021", "năm 2018", or none.
    pub date_vi: Option<String>,
    /// True when the year was not written next to the day (the basis explains it).
    pub inferred: bool,
    pub directives: Vec<Item>,
}

#[derive(Debug, Serialize)]
pub struct ArticleInfo {
    pub file: String,
    pub title: String,
    pub url: Option<String>,
    pub dateline: Option<String>,
    /// Titles of the events it supports.
    pub supports: Vec<String>,
}

fn weekday_vi(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Thứ Hai",
        Weekday::Tue => "Thứ Ba",
        Weekday::Wed => "Thứ Tư",
        Weekday::Thu => "Thứ Năm",
        Weekday::Fri => "Thứ Sáu",
        Weekday::Sat => "Thứ Bảy",
        Weekday::Sun => "Chủ Nhật",
    }
}

/// A date in Vietnamese form.
pub fn date_vi(d: &Date) -> String {
    match (d.month, d.naive()) {
        (_, Some(n)) => format!(
            "{}, {:02}/{:02}/{}",
            weekday_vi(n.weekday()),
            n.day(),
            n.month(),
            n.year()
        ),
        (Some(m), None) => format!("tháng {:02}/{}", m, d.year),
        _ => format!("năm {}", d.year),
    }
}

fn vi_day(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

impl BriefContext {
    /// Builds the template context.
    pub fn new(
        timeline: &Timeline,
        corpus: &Corpus,
        title: &str,
        build: Option<NaiveDate>,
    ) -> Self {
        let mut n = 0;
        let mut next = || {
            n += 1;
            n
        };
        let item = |e: &Event, next: &mut dyn FnMut() -> usize| Item {
            n: next(),
            date_vi: e.when.as_ref().map(date_vi),
            inferred: !e.date_basis.starts_with("date stated")
                && !e.date_basis.starts_with("year stated"),
            event: e.clone(),
            directives: Vec::new(),
        };
        let mut years: Vec<YearSection> = Vec::new();
        let mut conferences = 0;
        let mut directives = 0;
        for e in &timeline.events {
            match e.kind {
                Kind::Conference => conferences += 1,
                Kind::Directive => directives += 1,
            }
            let year = e.when.map(|w| w.year).unwrap_or_default();
            if years.last().is_none_or(|y| y.year != year) {
                years.push(YearSection {
                    year,
                    items: Vec::new(),
                });
            }
            let section = years.last_mut().unwrap();
            let parent_item = e
                .parent
                .as_ref()
                .and_then(|p| section.items.iter_mut().rev().find(|i| &i.event.id == p));
            match parent_item {
                Some(p) => {
                    let it = item(e, &mut next);
                    p.directives.push(it);
                }
                None => {
                    let it = item(e, &mut next);
                    section.items.push(it);
                }
            }
        }
        let undated = timeline
            .undated
            .iter()
            .map(|e| item(e, &mut next))
            .collect::<Vec<_>>();
        let articles = corpus
            .articles
            .iter()
            .map(|a| {
                let mut supports: Vec<String> = timeline
                    .events
                    .iter()
                    .filter(|e| e.kind == Kind::Conference || e.parent.is_none())
                    .filter(|e| e.sources.iter().any(|s| s.file == a.file))
                    .map(|e| e.title.clone())
                    .collect();
                supports.dedup();
                ArticleInfo {
                    file: a.file.clone(),
                    title: a.title.clone(),
                    url: a.url.clone(),
                    dateline: a.dateline.as_ref().map(|d| vi_day(d.date)),
                    supports,
                }
            })
            .collect();
        BriefContext {
            title: title.to_string(),
            range_from: timeline.range.from.to_string(),
            range_to: timeline.range.to.to_string(),
            range_vi: format!(
                "{} – {}",
                vi_day(timeline.range.from),
                vi_day(timeline.range.to)
            ),
            build_date: build.map(|d| d.to_string()),
            build_datetime: build
                .map(|d| format!("year: {}, month: {}, day: {}", d.year(), d.month(), d.day())),
            counts: Counts {
                articles: corpus.articles.len(),
                events: timeline.events.len(),
                conferences,
                directives,
                undated: timeline.undated.len(),
            },
            years,
            undated,
            articles,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typst_escape_neutralises_markup_and_code() {
        assert_eq!(
            escape_typst("#read(\"/etc/passwd\")"),
            "\\#read\\(\\\"\\/etc\\/passwd\\\"\\)"
        );
        assert_eq!(escape_typst("$x$ *b* _i_"), "\\$x\\$ \\*b\\* \\_i\\_");
        assert_eq!(escape_typst("a\nb"), "a b");
        assert_eq!(escape_typst("Hội nghị"), "Hội nghị");
    }

    #[test]
    fn markdown_escape_neutralises_markup() {
        assert_eq!(escape_markdown("<script>"), "\\<script\\>");
        assert_eq!(
            escape_markdown("[x](javascript:alert(1))"),
            "\\[x\\]\\(javascript\\:alert\\(1\\)\\)"
        );
        assert_eq!(escape_markdown("a | b\n\n# h"), "a \\| b \\# h");
    }

    #[test]
    fn typst_string_literal() {
        assert_eq!(typst_string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
    }

    #[test]
    fn mermaid_labels_lose_syntax() {
        assert_eq!(mermaid_label("Hội nghị: lần #1 `x`"), "Hội nghị lần 1 x");
    }

    #[test]
    fn vietnamese_dates() {
        assert_eq!(
            date_vi(&Date {
                year: 2021,
                month: Some(12),
                day: Some(13)
            }),
            "Thứ Hai, 13/12/2021"
        );
        assert_eq!(
            date_vi(&Date {
                year: 2021,
                month: Some(12),
                day: None
            }),
            "tháng 12/2021"
        );
        assert_eq!(
            date_vi(&Date {
                year: 2018,
                month: None,
                day: None
            }),
            "năm 2018"
        );
    }

    #[test]
    fn broken_template_names_template_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("brief.md.j2"),
            "# {{ title }}\n\n{% for x in %}\n",
        )
        .unwrap();
        let err = match Renderer::new(Some(dir.path())) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("a broken template must be refused"),
        };
        assert!(err.starts_with("template brief.md.j2:3:"), "{err}");
    }
}
