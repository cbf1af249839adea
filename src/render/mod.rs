//! Stage 4, render: [`Timeline`](crate::timeline::Timeline) → Markdown and Typst source with minijinja templates
//! ([`Renderer`], over the view model [`BriefContext`]), and the other outputs of the
//! [`outputs`] table.
//!
//! The default templates (`report-templates/*.j2`) are embedded in the binary; a file of the same
//! name in the template folder overrides one. Auto-escaping is set by the template's extension
//! (`.md.j2` → Markdown, `.typ.j2` → Typst): every value printed is escaped for its format, so
//! nothing an article says can become markup or code. Values placed in Typst code (a string
//! argument) go through the `typst_str` filter instead, and Mermaid labels through `mermaid`.
//!
//! The rooms: [`context`](BriefContext) (the view model, in named builders), `budget` (which
//! events the printed brief has room for), [`escape`] (one escaper per format), [`figure`] (the
//! timeline figure's layout), [`i18n`] (labels, dates and date bases per language), `index`
//! (who did what), [`news`] (what is new), [`export`] (CSV, TimelineJS, calendar, HTML, feed)
//! and [`outputs`] (the output table).

mod budget;
mod context;
pub mod escape;
pub mod export;
pub mod figure;
pub mod i18n;
mod index;
pub mod news;
pub mod outputs;

use std::path::Path;

use std::collections::BTreeMap;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Serde, Value};
use minijinja::OutputSpanKind;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};
use serde::Serialize;

use crate::text::excerpt;

/// The embedded default templates, by name.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "brief.md.j2",
        include_str!("../../report-templates/brief.md.j2"),
    ),
    (
        "brief.typ.j2",
        include_str!("../../report-templates/brief.typ.j2"),
    ),
];

/// Sources an event cites in a brief capped by `--max-per-year` alone (a page budget prints
/// fewer, [`budget::BUDGET_CITES`]); the rest are counted and left to timeline.json. A conference
/// reported by hundreds of articles would otherwise fill pages with footnotes.
pub const MAX_CITES: usize = 50;

/// Directives printed under one conference in a capped brief.
pub const MAX_DIRECTIVES: usize = 100;

/// Instructions a template may run: far more than a brief of 100,000 events needs.
pub const TEMPLATE_FUEL: u64 = 500_000_000;

/// The most a template may write, in bytes: a brief of 100,000 events printed whole is far
/// less. A template that writes more (text doubled in a loop, within its fuel) is stopped
/// with an error naming it, rather than handing gigabytes to the next stage.
pub const MAX_OUTPUT_BYTES: usize = 256 * 1024 * 1024;

/// Why a template could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot read template {}: {source}", .path.display())]
    Read {
        path: std::path::PathBuf,
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

pub use budget::rank;
pub use context::{
    unsaid_kind, ArticleInfo, BriefContext, BriefOptions, Cite, Counts, FocusView, Headline, Item,
    Period, Selected, Summary, YearCount, YearSection, MAX_COLUMN_TITLES, MAX_DIAGRAM_COLUMNS,
};
pub use escape::{
    escape_markdown, escape_typst, is_link_safe, markdown_url, mermaid_label, mermaid_title,
    typst_string,
};
pub use index::{IndexEntry, IndexRef, MAX_INDEX_NAMES};
pub use outputs::Format;

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
    /// See [`MAX_OUTPUT_BYTES`].
    max_output: usize,
    /// Template name → SHA-256 of the text in use.
    digests: BTreeMap<String, String>,
}

impl Renderer {
    /// Embedded templates, each overridden by a file of the same name in `dir`.
    pub fn new(dir: Option<&Path>) -> Result<Self, RenderError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // A template that loops without end runs out of fuel instead of hanging a cron job.
        env.set_fuel(Some(TEMPLATE_FUEL));
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
        env.add_filter("mermaid_title", |s: String| {
            Value::from_safe_string(mermaid_title(&s))
        });
        env.add_filter("excerpt", |s: String, n: usize| excerpt(&s, n));
        env.add_filter("yaml_str", |s: String| {
            Value::from_safe_string(serde_json::to_string(&s).expect("a string serialises"))
        });
        env.add_filter("md_url", |s: String| {
            Value::from_safe_string(markdown_url(&s))
        });
        env.add_filter("num", |v: f64, decimals: Option<usize>| {
            Value::from_safe_string(format!("{:.*}", decimals.unwrap_or(2), v))
        });
        let mut digests = BTreeMap::new();
        for (name, text) in TEMPLATES {
            let text = match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => {
                    std::fs::read_to_string(&path).map_err(|source| RenderError::Read {
                        path: path.clone(),
                        source,
                    })?
                }
                None => text.to_string(),
            };
            digests.insert(name.to_string(), crate::digest::sha256_hex(text.as_bytes()));
            env.add_template_owned(name.to_string(), text)
                .map_err(RenderError::from_minijinja)?;
        }
        Ok(Renderer {
            env,
            digests,
            max_output: MAX_OUTPUT_BYTES,
        })
    }

    /// Changes how many instructions a template may run (see [`TEMPLATE_FUEL`]).
    pub fn set_fuel(&mut self, fuel: u64) {
        self.env.set_fuel(Some(fuel));
    }

    /// Changes how many bytes a template may write (see [`MAX_OUTPUT_BYTES`]).
    pub fn set_max_output(&mut self, bytes: usize) {
        self.max_output = bytes;
    }

    /// Template name → SHA-256 of the text in use, for the manifest.
    pub fn digests(&self) -> &BTreeMap<String, String> {
        &self.digests
    }

    /// Renders template `name` with `ctx`.
    pub fn render(&self, name: &str, ctx: &BriefContext) -> Result<String, RenderError> {
        Ok(self.render_traced(name, ctx)?.0)
    }

    /// Renders template `name` and keeps, for each part of the output, the template line that
    /// wrote it, so an error in the output can be traced back to the template.
    pub fn render_traced(
        &self,
        name: &str,
        ctx: &BriefContext,
    ) -> Result<(String, Trace), RenderError> {
        let t = self
            .env
            .get_template(name)
            .map_err(RenderError::from_minijinja)?;
        let (out, spans) = t
            .render_with_spans(Serde(ctx))
            .map_err(RenderError::from_minijinja)?;
        if out.len() > self.max_output {
            return Err(RenderError::Template {
                name: name.to_string(),
                line: None,
                message: format!(
                    "it wrote {} MB, more than the {} MB a brief may take",
                    out.len() / (1024 * 1024),
                    self.max_output / (1024 * 1024)
                ),
            });
        }
        let spans = spans
            .iter()
            .map(|s| TraceSpan {
                output: s.output_range(),
                template: s.name().to_string(),
                line: s.line(),
                raw: matches!(s.kind(), OutputSpanKind::Raw),
            })
            .collect();
        Ok((out, Trace { spans }))
    }
}

/// Where each part of a rendered output came from.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    spans: Vec<TraceSpan>,
}

#[derive(Debug, Clone)]
struct TraceSpan {
    output: std::ops::Range<usize>,
    template: String,
    line: usize,
    raw: bool,
}

impl Trace {
    /// The template and line that wrote byte `offset` of `output`.
    pub fn locate(&self, output: &str, offset: usize) -> Option<(String, usize)> {
        let s = self.spans.iter().find(|s| s.output.contains(&offset))?;
        let line = if s.raw {
            s.line
                + output
                    .get(s.output.start..offset)
                    .map(|t| t.matches('\n').count())
                    .unwrap_or(0)
        } else {
            s.line
        };
        Some((s.template.clone(), line))
    }
}

/// Front matter for static wiki engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FrontMatter {
    #[default]
    None,
    Hugo,
    Mkdocs,
}

impl FrontMatter {
    /// Every choice, none first.
    pub const ALL: [FrontMatter; 3] = [FrontMatter::None, FrontMatter::Hugo, FrontMatter::Mkdocs];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Corpus;
    use crate::timeline::Timeline;
    use chrono::NaiveDate;
    use i18n::Lang;

    /// A renderer with one template of the test's own, and an empty brief to render.
    fn with_markdown_template(text: &str) -> (tempfile::TempDir, Renderer, BriefContext) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("brief.md.j2"), text).unwrap();
        let r = Renderer::new(Some(dir.path())).unwrap();
        let tl = Timeline::of(
            crate::timeline::DateRange {
                from: NaiveDate::from_ymd_opt(2016, 1, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2016, 12, 31).unwrap(),
            },
            Vec::new(),
        );
        let options = BriefOptions::all(Lang::Vi);
        let ctx = BriefContext::new(&tl, &Corpus::default(), &options);
        (dir, r, ctx)
    }

    #[test]
    fn a_template_that_writes_too_much_is_stopped_naming_it() {
        let (_dir, mut r, ctx) = with_markdown_template(
            "{% macro d(s, n) %}{% if n > 0 %}{{ d(s ~ s, n - 1) }}{% else %}{{ s }}{% endif %}{% endmacro %}{{ d(\"x\", 16) }}",
        );
        r.set_max_output(60_000);
        let err = r.render("brief.md.j2", &ctx).unwrap_err().to_string();
        assert!(err.starts_with("template brief.md.j2: it wrote"), "{err}");
        r.set_max_output(70_000);
        assert_eq!(r.render("brief.md.j2", &ctx).unwrap().trim().len(), 65_536);
    }

    #[test]
    fn a_template_that_never_ends_runs_out_of_fuel() {
        let (_dir, mut r, ctx) = with_markdown_template(
            "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
        );
        r.set_fuel(100_000);
        let err = r.render("brief.md.j2", &ctx).unwrap_err().to_string();
        assert!(err.contains("fuel"), "{err}");
    }

    #[test]
    fn templates_cannot_read_files() {
        let (_dir, r, ctx) = with_markdown_template("{% include '/etc/passwd' %}");
        let err = r.render("brief.md.j2", &ctx).unwrap_err().to_string();
        assert!(
            err.contains("template not found") && err.contains("/etc/passwd"),
            "{err}"
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
