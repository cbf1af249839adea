//! Stage 5, compile: Typst source → PDF bytes, in-process, with the fonts embedded in the
//! binary (and any the user adds, see [`FontSet`]).
//!
//! The [`World`](typst::World) serves exactly one file, the brief; every other file and every package is
//! refused, so nothing a template or an article says can read the disk or the network.
//!
//! Characters: typst falls back to any font that covers a character, so the embedded fonts
//! include Noto Emoji for the emoji and symbols news text carries. A character no font covers
//! is drawn as U+FFFD (a show rule put before the brief) and reported as a placeholder, or is
//! an error with [`CompileOptions::strict`]. After layout, every character drawn is checked
//! against the face that draws it: typst silently draws an empty box, or stacks loose accents,
//! when a face lacks a letter, and a brief in Vietnamese must draw every diacritic, so a
//! Vietnamese letter drawn by a face without it is always an error.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use typst_layout::PagedDocument;
pub use typst_pdf::PdfStandard;

mod diagnostics;
mod export;
mod fonts;
mod glyphs;
mod world;
use diagnostics::{diagnostics, locate, misplaced_notes};
use export::{export, page_guard, PAGE_GUARD};
pub use fonts::{FontError, FontSet};
pub use glyphs::is_vietnamese;
use glyphs::{check_glyphs, placeholder_rule, uncovered};
use world::BriefWorld;

/// The name the brief has inside the Typst world (and in messages).
pub const MAIN_NAME: &str = "brief.typ";

/// PDF standards the brief can conform to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PdfStandardArg {
    /// Plain PDF 1.7.
    #[default]
    None,
    /// PDF/A-2b, for archiving.
    #[serde(rename = "a-2b")]
    A2b,
    /// PDF/A-3b, for archiving.
    #[serde(rename = "a-3b")]
    A3b,
}

impl PdfStandardArg {
    /// Every choice, plain PDF first.
    pub const ALL: [PdfStandardArg; 3] = [
        PdfStandardArg::None,
        PdfStandardArg::A2b,
        PdfStandardArg::A3b,
    ];

    /// The typst standards to check and declare.
    pub fn standards(self) -> Vec<PdfStandard> {
        match self {
            PdfStandardArg::None => vec![],
            PdfStandardArg::A2b => vec![PdfStandard::A_2b],
            PdfStandardArg::A3b => vec![PdfStandard::A_3b],
        }
    }
}

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    #[error("typst reported {} problem(s):\n{}", .0.len(), .0.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Typst(Vec<Diagnostic>),
    #[error("{}", .0.iter().map(|m| m.to_string()).collect::<Vec<_>>().join("\n"))]
    MissingGlyphs(Vec<MissingGlyph>),
    #[error("the brief lays out to {pages} pages, more than the {max} allowed")]
    TooManyPages { pages: usize, max: usize },
}

/// A typst error or warning, located in the brief's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub warning: bool,
    pub message: String,
    /// Byte offset, 1-based line and column in the Typst source, when known.
    pub offset: Option<usize>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The source line.
    pub snippet: Option<String>,
    pub hints: Vec<String>,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = if self.warning { "warning" } else { "error" };
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{kind}: {MAIN_NAME}:{l}:{c}: {}", self.message)?,
            _ => write!(f, "{kind}: {MAIN_NAME}: {}", self.message)?,
        }
        if let Some(s) = &self.snippet {
            write!(f, "\n  | {s}")?;
        }
        for h in &self.hints {
            write!(f, "\nhint: {h}")?;
        }
        Ok(())
    }
}

/// A character that the face chosen for it cannot draw, or that no font covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyph {
    pub character: char,
    /// "Libertinus Serif (Italic, FontWeight(700))"; `None` when no font covers the character.
    pub face: Option<String>,
    /// Byte offset and 1-based line in the Typst source.
    pub offset: Option<usize>,
    pub line: Option<usize>,
    /// The Typst source line it came from.
    pub snippet: Option<String>,
}

impl std::fmt::Display for MissingGlyph {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (c, code) = (self.character, self.character as u32);
        match &self.face {
            Some(face) => write!(
                f,
                "error: the character '{c}' (U+{code:04X}) has no glyph in the font {face}"
            )?,
            None => write!(
                f,
                "error: the character '{c}' (U+{code:04X}) is in none of the fonts (embedded or added with --font-path)"
            )?,
        }
        if let Some(l) = self.line {
            write!(f, "\n  --> {MAIN_NAME}:{l}")?;
        }
        if let Some(s) = &self.snippet {
            write!(f, "\n  | {s}")?;
        }
        Ok(())
    }
}

/// Options of one compilation.
#[derive(Debug, Clone)]
pub struct CompileOptions {
    /// The document's date and the PDF's creation timestamp.
    pub now: DateTime<Utc>,
    /// Treat typst warnings as errors.
    pub deny_warnings: bool,
    /// PDF standards to conform to (PDF/A-2b, PDF/A-3b); empty for plain PDF.
    pub standards: Vec<PdfStandard>,
    /// The fonts to draw with.
    pub fonts: Arc<FontSet>,
    /// A character no font can draw is an error instead of a placeholder.
    pub strict: bool,
    /// A layout of more pages is not exported: [`CompileError::TooManyPages`] (0: no limit).
    pub max_pages: usize,
}

impl CompileOptions {
    /// Plain PDF with the embedded fonts, dated `now`, placeholders allowed.
    pub fn new(now: DateTime<Utc>) -> Self {
        CompileOptions {
            now,
            deny_warnings: false,
            standards: Vec::new(),
            fonts: FontSet::embedded(),
            strict: false,
            max_pages: 0,
        }
    }
}

/// A compiled brief.
#[derive(Debug)]
pub struct Compiled {
    pub pdf: Vec<u8>,
    /// Pages of the laid-out document.
    pub pages: usize,
    /// True when typst could not tag the PDF for accessibility and it was written without
    /// tags (see `export.rs`).
    pub untagged: bool,
    /// Characters no font could draw, drawn as U+FFFD (or as an empty box), each once.
    pub placeholders: Vec<MissingGlyph>,
    /// Footnotes laid out on another page than their marker's, or the next (see
    /// `diagnostics.rs`); empty for the embedded templates.
    pub misplaced_notes: Vec<MisplacedNote>,
}

/// A footnote whose entry typst laid out before its marker's page, or more than one page after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MisplacedNote {
    /// The footnote's number (1 for the document's first).
    pub number: usize,
    /// The page of its marker in the text (1-based).
    pub marker_page: usize,
    /// The page its entry is printed on.
    pub entry_page: usize,
    /// The beginning of the note's text, to find it by.
    pub text: String,
}

/// What a character no font covers is drawn as: the Unicode replacement character.
pub const PLACEHOLDER: char = '\u{FFFD}';

/// Compiles Typst source to PDF bytes.
pub fn compile_pdf(source: &str, options: &CompileOptions) -> Result<Compiled, CompileError> {
    let uncovered = uncovered(source, &options.fonts);
    if options.strict && !uncovered.is_empty() {
        return Err(CompileError::MissingGlyphs(uncovered));
    }
    let prefix = format!(
        "{}{}",
        page_guard(options.max_pages),
        placeholder_rule(&uncovered)
    );
    let world = BriefWorld::new(
        &format!("{prefix}{source}"),
        prefix.len(),
        options.fonts.clone(),
        options.now,
    );
    let warned = typst::compile::<PagedDocument>(&world);
    let document = match warned.output {
        Ok(doc) => doc,
        Err(errors) if errors.iter().any(|e| e.message.contains(PAGE_GUARD)) => {
            return Err(CompileError::TooManyPages {
                pages: options.max_pages + 1,
                max: options.max_pages,
            })
        }
        Err(errors) => return Err(CompileError::Typst(diagnostics(&world, errors.iter()))),
    };
    if options.deny_warnings && !warned.warnings.is_empty() {
        return Err(CompileError::Typst(diagnostics(
            &world,
            warned.warnings.iter(),
        )));
    }
    let pages = document.pages().len();
    if options.max_pages > 0 && pages > options.max_pages {
        return Err(CompileError::TooManyPages {
            pages,
            max: options.max_pages,
        });
    }
    let (wrong, mut placeholders) = check_glyphs(&world, &document)
        .into_iter()
        .partition::<Vec<_>, _>(|m| is_vietnamese(m.character) || options.strict);
    if !wrong.is_empty() {
        return Err(CompileError::MissingGlyphs(wrong));
    }
    placeholders.retain(|p| !uncovered.iter().any(|u| u.character == p.character));
    placeholders.splice(0..0, uncovered);
    let misplaced_notes = misplaced_notes(&document);
    let (pdf, untagged) = export(&world, &document, options)?;
    Ok(Compiled {
        pdf,
        untagged,
        pages,
        placeholders,
        misplaced_notes,
    })
}

#[cfg(test)]
mod tests {
    use super::world::main_source;
    use super::*;
    use typst::syntax::{RootedPath, VirtualPath, VirtualRoot};

    fn opts() -> CompileOptions {
        CompileOptions {
            deny_warnings: true,
            ..CompileOptions::new(DateTime::from_timestamp(0, 0).unwrap())
        }
    }

    /// Six events of two fields at a filler height: each field a block that keeps with the
    /// next one when `sticky`, the date's field holding two footnotes.
    fn noted_fields(fill_lines: usize, sticky: bool) -> String {
        let mut doc = format!(
            "#set page(height: 12cm)\n#let sticky = {sticky}\n{}",
            "Dòng.\\\n".repeat(fill_lines)
        );
        for e in 0..6 {
            doc.push_str(&format!(
                "#block(sticky: true)[=== Sự kiện {e}]\n#block(sticky: sticky)[Ngày: 13/12#footnote[a.txt, dòng 3]#footnote[b.txt, dòng 9]]\n#block[Nơi: Hà Nội]\n"
            ));
        }
        doc
    }

    #[test]
    fn footnotes_printed_before_their_markers_page_are_found() {
        // Typst prints the notes of a sticky block that moves on to the next page on the page
        // it left: at some filler height this happens, and is reported with the note's text.
        let misplaced: Vec<MisplacedNote> = (0..30)
            .flat_map(|fill| {
                compile_pdf(&noted_fields(fill, true), &opts())
                    .unwrap()
                    .misplaced_notes
            })
            .collect();
        let first = misplaced
            .first()
            .expect("a sticky block's notes left behind");
        assert_eq!(first.entry_page + 1, first.marker_page, "{first:?}");
        assert!(first.text.ends_with(".txt, dòng 3") || first.text.ends_with(".txt, dòng 9"));
        // The same fields without stickiness keep every note on its marker's page.
        for fill in 0..30 {
            let c = compile_pdf(&noted_fields(fill, false), &opts()).unwrap();
            assert_eq!(c.misplaced_notes, Vec::new(), "{fill} lines before");
        }
    }

    #[test]
    fn a_layout_longer_than_the_page_limit_is_not_exported() {
        let limited = CompileOptions {
            max_pages: 3,
            ..opts()
        };
        let four = "#for i in range(4) [#i #pagebreak(weak: true)]";
        let e = compile_pdf(four, &limited).unwrap_err();
        assert!(
            matches!(e, CompileError::TooManyPages { pages: 4, max: 3 }),
            "{e}"
        );
        assert_eq!(
            compile_pdf("#for i in range(3) [#i #pagebreak(weak: true)]", &limited)
                .unwrap()
                .pages,
            3
        );
        assert_eq!(
            compile_pdf(four, &opts()).unwrap().pages,
            4,
            "0 is no limit"
        );
        // The layout stops at the first page past the limit, not at the document's end.
        let many = "#for i in range(1000) [#i #pagebreak(weak: true)]";
        let e = compile_pdf(many, &limited).unwrap_err();
        assert!(
            matches!(e, CompileError::TooManyPages { pages: 4, max: 3 }),
            "{e}"
        );
        // A template's own error keeps its line, the guard before it notwithstanding.
        let e = compile_pdf("Text\n#let broken = (\n", &limited).unwrap_err();
        assert!(e.to_string().contains("brief.typ:2"), "{e}");
    }

    #[test]
    fn the_brief_edited_from_the_last_one_is_the_brief_parsed_anew() {
        let id =
            RootedPath::new(VirtualRoot::Project, VirtualPath::new("/t.typ").unwrap()).intern();
        let texts = [
            "#let v = \"ỵ\"\n#v",
            "#let v = \"ẹẵ\"\n#v",
            "= ẹ\n\nẵ *ỵ*",
            "ỵ",
        ];
        for a in texts {
            for b in texts {
                main_source(id, a);
                let s = main_source(id, b);
                assert_eq!(s.text(), b);
                assert!(
                    s.root().spanless_eq(&typst::syntax::parse(b)),
                    "{a:?} → {b:?}"
                );
            }
        }
    }

    #[test]
    fn a_brief_edited_from_the_last_one_compiles_to_the_same_pdf_as_a_new_one() {
        let brief = "#set text(font: \"Libertinus Serif\")\n= Hội nghị\n\nNgày 13/12#footnote[a.txt, dòng 3]\n\n#link(<end>)[Cuối]\n\n== Hết <end>\n";
        let first = compile_pdf(brief, &opts()).unwrap();
        let other = format!("{brief}\nMột đoạn nữa#footnote[b.txt, dòng 9].\n");
        let edited = compile_pdf(&other, &opts()).unwrap();
        assert_ne!(first.pdf, edited.pdf);
        let again = compile_pdf(brief, &opts()).unwrap();
        assert!(
            first.pdf == again.pdf,
            "the PDF depends on the compile before it"
        );
    }

    #[test]
    fn typst_errors_point_at_the_source_line() {
        let err = compile_pdf("= Tiêu đề\n\n#let x = (\n", &opts()).unwrap_err();
        let CompileError::Typst(d) = err else {
            panic!("expected typst diagnostics")
        };
        assert!(d[0].line.is_some(), "{d:?}");
        assert!(
            d[0].to_string().starts_with("error: brief.typ:"),
            "{}",
            d[0]
        );
    }

    #[test]
    fn files_and_packages_are_refused() {
        let err = compile_pdf("#read(\"/etc/passwd\")", &opts())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("error: brief.typ:1") && err.to_lowercase().contains("denied"),
            "{err}"
        );
        let err = compile_pdf("#import \"@preview/cetz:0.3.0\": *", &opts())
            .unwrap_err()
            .to_string();
        assert!(err.contains("error: brief.typ:1"), "{err}");
    }

    #[test]
    fn a_character_no_font_covers_becomes_a_placeholder_or_an_error_when_strict() {
        // U+A000 (Yi) is in none of the embedded fonts.
        let c = compile_pdf("Tên: \u{A000}\n\nDòng hai\n", &opts()).unwrap();
        assert_eq!(c.placeholders.len(), 1);
        assert_eq!(c.placeholders[0].character, '\u{A000}');
        assert_eq!(c.placeholders[0].line, Some(1));
        assert!(c.pdf.starts_with(b"%PDF"));
        let strict = CompileOptions {
            strict: true,
            ..opts()
        };
        let err = compile_pdf("Tên: \u{A000}\n", &strict).unwrap_err();
        assert!(err.to_string().contains("U+A000"), "{err}");
    }

    #[test]
    fn the_placeholder_rule_keeps_line_numbers() {
        let err = compile_pdf("\u{A000}\n#let x = (\n", &opts()).unwrap_err();
        let CompileError::Typst(d) = err else {
            panic!("expected typst diagnostics")
        };
        assert_eq!(d[0].line, Some(2), "{d:?}");
    }

    #[test]
    fn emoji_are_drawn_by_the_embedded_emoji_font() {
        let c = compile_pdf("Đổi mới 😀 ✅ 🇻🇳\n", &opts()).unwrap();
        assert!(c.placeholders.is_empty(), "{:?}", c.placeholders);
        assert!(
            String::from_utf8_lossy(&c.pdf).contains("NotoEmoji"),
            "the emoji font is embedded in the PDF"
        );
    }

    #[test]
    fn vietnamese_letters_are_recognised() {
        for c in "aăâđeêioôơuưyÁẶẦĐỂỄỊỎỐỜỤỬỸ".chars() {
            assert!(is_vietnamese(c), "{c}");
        }
        for c in "漢😀ñøß".chars() {
            assert!(!is_vietnamese(c), "{c}");
        }
    }
}
