//! The brief compiled to PDF, with warnings and errors that say where a character or a
//! diagnostic came from.

use std::time::Instant;

use chrono::DateTime;
use tracing::info;

use super::{count, AppError, Prepared};
use crate::compile::{
    compile_pdf, CompileError, CompileOptions, MisplacedNote, MissingGlyph, PLACEHOLDER,
};
use crate::config::{BuildArgs, CorpusArgs};
use crate::ingest::{find_chars, Corpus};
use crate::render::Trace;

/// Characters no font draws that are named one by one in warnings.
pub(super) const MAX_CHAR_WARNINGS: usize = 20;

/// A brief laid out: its PDF (none when it ran past [`MAX_PAGES_PER_BUDGET_PAGE`] times the
/// budget), its number of pages, and a warning for each character drawn as a placeholder.
pub(super) struct LaidOut {
    pub pdf: Option<Vec<u8>>,
    pub pages: usize,
    pub warnings: Vec<String>,
}

/// A laid-out brief longer than this many times its page budget is not written out as a PDF:
/// the events are chosen again at once (exporting hundreds of pages to throw them away would
/// cost more than the layout).
pub(super) const MAX_PAGES_PER_BUDGET_PAGE: usize = 3;

/// Compiles the Typst source to PDF; also returns its number of pages and a warning for each
/// character drawn as a placeholder. The PDF is `None` when the layout ran past
/// [`MAX_PAGES_PER_BUDGET_PAGE`] times the page budget.
pub(super) fn pdf(
    args: &BuildArgs,
    p: &Prepared,
    now: DateTime<chrono::Utc>,
    typ: &str,
    trace: &Trace,
) -> Result<LaidOut, AppError> {
    let t = Instant::now();
    let options = CompileOptions {
        now,
        deny_warnings: false,
        standards: args.pdf_standard.standards(),
        fonts: p.fonts.clone(),
        strict: args.corpus.strict,
        max_pages: args.pages * MAX_PAGES_PER_BUDGET_PAGE,
    };
    let compiled = match compile_pdf(typ, &options) {
        Err(CompileError::TooManyPages { pages, .. }) => {
            return Ok(LaidOut {
                pdf: None,
                pages,
                warnings: Vec::new(),
            })
        }
        r => r.map_err(|e| compile_error(e, &args.corpus, &p.corpus, typ, trace))?,
    };
    info!(
        bytes = compiled.pdf.len(),
        ms = t.elapsed().as_millis() as u64,
        "compile"
    );
    let mut warnings = placeholder_warnings(&compiled.placeholders, args, p, typ, trace);
    warnings.extend(note_warnings(&compiled.misplaced_notes));
    if compiled.untagged {
        warnings.push(
            "warning: typst could not tag the PDF for accessibility (an internal error of typst's); brief.pdf is written without tags"
                .into(),
        );
    }
    Ok(LaidOut {
        pdf: Some(compiled.pdf),
        pages: compiled.pages,
        warnings,
    })
}

/// Where a character came from: "from the article a.txt:5" or "written by the template
/// brief.typ.j2:12".
pub(super) fn origin(
    m: &MissingGlyph,
    found: &[(char, String, usize)],
    typ: &str,
    trace: &Trace,
) -> Option<String> {
    if let Some((_, file, line)) = found.iter().find(|(c, _, _)| *c == m.character) {
        return Some(format!("from the article {file}:{line}"));
    }
    let (t, l) = m.offset.and_then(|o| trace.locate(typ, o))?;
    Some(format!("written by the template {t}:{l}"))
}

/// Adds to a compile error where it came from: the article a missing character is in, the
/// template line that wrote the Typst a diagnostic points at.
pub(super) fn compile_error(
    e: CompileError,
    corpus_args: &CorpusArgs,
    corpus: &Corpus,
    typ: &str,
    trace: &Trace,
) -> AppError {
    let mut msg = e.to_string();
    match &e {
        CompileError::MissingGlyphs(all) => {
            let missing = &all[..all.len().min(MAX_CHAR_WARNINGS)];
            msg = missing
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join("\n");
            if all.len() > missing.len() {
                msg.push_str(&format!(
                    "\nerror: and {} more characters",
                    all.len() - missing.len()
                ));
            }
            let chars: Vec<char> = missing.iter().map(|m| m.character).collect();
            let found = find_chars(
                &corpus_args.input,
                corpus,
                &chars,
                corpus_args.max_article_bytes,
            );
            for m in missing {
                if let Some(o) = origin(m, &found, typ, trace) {
                    msg.push_str(&format!("\nnote: '{}' comes {o}", m.character));
                }
            }
            let hint = if missing.iter().all(|m| m.face.is_none()) {
                "add a font that has it with --font-path DIR, or build without --strict to draw a placeholder"
            } else {
                "that face lacks a Vietnamese letter; keep the text out of bold italic, or use a font that has it"
            };
            AppError::content(msg).hint(hint)
        }
        CompileError::Typst(diags) => {
            let mut traced = false;
            for d in diags {
                if let Some((t, l)) = d.offset.and_then(|o| trace.locate(typ, o)) {
                    let line = d.line.unwrap_or(0);
                    msg.push_str(&format!(
                        "\nnote: brief.typ:{line} is written by the template {t}:{l}"
                    ));
                    traced = true;
                }
            }
            let hint = if traced {
                "fix the template line named above; `--formats typ` writes the Typst source to inspect"
            } else {
                "`--formats typ` writes the Typst source to inspect"
            };
            AppError::content(msg).hint(hint)
        }
        // Handled by choosing events again (see `pdf`); only a direct caller meets it.
        CompileError::TooManyPages { .. } => {
            AppError::content(msg).hint("raise --pages, or print less per event")
        }
    }
}

/// A warning for each character drawn as a placeholder, saying where it came from; past
/// [`MAX_CHAR_WARNINGS`], a count.
fn placeholder_warnings(
    placeholders: &[MissingGlyph],
    args: &BuildArgs,
    p: &Prepared,
    typ: &str,
    trace: &Trace,
) -> Vec<String> {
    // A whole article in a script no font covers has thousands of distinct characters: name
    // the first ones, count the rest.
    let shown = &placeholders[..placeholders.len().min(MAX_CHAR_WARNINGS)];
    let chars: Vec<char> = shown.iter().map(|m| m.character).collect();
    let found = find_chars(
        &args.corpus.input,
        &p.corpus,
        &chars,
        args.corpus.max_article_bytes,
    );
    let mut warnings: Vec<String> = shown
        .iter()
        .map(|m| {
            let c = m.character;
            let from = origin(m, &found, typ, trace)
                .map(|o| format!(" ({o})"))
                .unwrap_or_default();
            format!(
                "warning: no font draws '{c}' (U+{:04X}){from}; the PDF shows {PLACEHOLDER} in its place",
                c as u32
            )
        })
        .collect();
    let more = placeholders.len() - shown.len();
    if more > 0 {
        warnings.push(format!(
            "warning: and {more} more characters no font draws, also shown as {PLACEHOLDER}"
        ));
    }
    if !warnings.is_empty() {
        warnings.push(
            "hint: add a font that has these characters with --font-path DIR; --strict makes them an error"
                .into(),
        );
    }
    warnings
}

/// One warning for the footnotes a template's layout printed away from their markers (each
/// one logged).
fn note_warnings(notes: &[MisplacedNote]) -> Option<String> {
    for n in notes {
        tracing::debug!(
            number = n.number,
            marker_page = n.marker_page,
            entry_page = n.entry_page,
            text = n.text,
            "footnote away from its marker"
        );
    }
    let note = notes.first()?;
    let others = match notes.len() - 1 {
        0 => String::new(),
        n => format!(" (and {})", count(n, "other", "others")),
    };
    Some(format!(
        "warning: the PDF prints footnote {} (\"{}…\") on page {}, its marker is on page {}{others}; the template's layout moves notes away from their text",
        note.number, note.text, note.entry_page, note.marker_page
    ))
}
