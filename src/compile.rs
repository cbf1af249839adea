//! Stage 5, compile: Typst source → PDF bytes, in-process, with the fonts embedded in the
//! binary.
//!
//! The [`World`] serves exactly one file, the brief; every other file and every package is
//! refused, so nothing a template or an article says can read the disk or the network. After
//! layout, every character drawn is checked against the face that draws it: typst silently
//! draws an empty box, or stacks loose accents, when a face lacks a letter, and a brief in
//! Vietnamese must draw every diacritic.

use std::ops::Range;
use std::sync::OnceLock;

use chrono::{DateTime, Datelike, Timelike, Utc};
use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
pub use typst_pdf::PdfStandard;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

/// The name the brief has inside the Typst world (and in messages).
pub const MAIN_NAME: &str = "brief.typ";

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    #[error("typst reported {} problem(s):\n{}", .0.len(), .0.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Typst(Vec<Diagnostic>),
    #[error("{}", .0.iter().map(|m| m.to_string()).collect::<Vec<_>>().join("\n"))]
    MissingGlyphs(Vec<MissingGlyph>),
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

/// A character that the face chosen for it cannot draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyph {
    pub character: char,
    /// "Libertinus Serif Bold Italic".
    pub face: String,
    /// Byte offset and 1-based line in the Typst source.
    pub offset: Option<usize>,
    pub line: Option<usize>,
    /// The Typst source line it came from.
    pub snippet: Option<String>,
}

impl std::fmt::Display for MissingGlyph {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "error: the character '{}' (U+{:04X}) has no glyph in the font {}",
            self.character, self.character as u32, self.face
        )?;
        if let Some(l) = self.line {
            write!(f, "\n  --> {MAIN_NAME}:{l}")?;
        }
        if let Some(s) = &self.snippet {
            write!(f, "\n  | {s}")?;
        }
        Ok(())
    }
}

/// The embedded fonts, parsed once per process.
struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// The world of one brief: one source file, the embedded fonts, a fixed date.
struct BriefWorld {
    main: Source,
    today: Datetime,
}

impl BriefWorld {
    fn new(text: &str, now: DateTime<Utc>) -> Self {
        let vpath = VirtualPath::new(format!("/{MAIN_NAME}")).expect("a valid virtual path");
        let id = RootedPath::new(VirtualRoot::Project, vpath).intern();
        let today = Datetime::from_ymd(now.year(), now.month() as u8, now.day() as u8)
            .expect("a valid date");
        BriefWorld {
            main: Source::new(id, text.to_string()),
            today,
        }
    }
}

impl World for BriefWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_string()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
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
}

/// Compiles Typst source to PDF bytes.
pub fn compile_pdf(source: &str, options: &CompileOptions) -> Result<Vec<u8>, CompileError> {
    let world = BriefWorld::new(source, options.now);
    let warned = typst::compile::<PagedDocument>(&world);
    let document = match warned.output {
        Ok(doc) => doc,
        Err(errors) => return Err(CompileError::Typst(diagnostics(&world, errors.iter()))),
    };
    if options.deny_warnings && !warned.warnings.is_empty() {
        return Err(CompileError::Typst(diagnostics(
            &world,
            warned.warnings.iter(),
        )));
    }
    let missing = check_glyphs(&world, &document);
    if !missing.is_empty() {
        return Err(CompileError::MissingGlyphs(missing));
    }
    let now = options.now;
    let datetime = Datetime::from_ymd_hms(
        now.year(),
        now.month() as u8,
        now.day() as u8,
        now.hour() as u8,
        now.minute() as u8,
        now.second() as u8,
    )
    .expect("a valid date and time");
    let standards = PdfStandards::new(&options.standards).map_err(|e| {
        CompileError::Typst(vec![Diagnostic {
            warning: false,
            message: e.message().to_string(),
            offset: None,
            line: None,
            column: None,
            snippet: None,
            hints: e.hints().iter().map(|h| h.to_string()).collect(),
        }])
    })?;
    let pdf_options = PdfOptions {
        ident: Smart::Custom("chronobrief".to_string()),
        timestamp: Some(Timestamp::new_utc(datetime)),
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &pdf_options)
        .map_err(|errors| CompileError::Typst(diagnostics(&world, errors.iter())))
}

fn diagnostics<'a>(
    world: &BriefWorld,
    diags: impl Iterator<Item = &'a SourceDiagnostic>,
) -> Vec<Diagnostic> {
    diags
        .map(|d| {
            let range = world.range(d.span);
            let (line, column, snippet) = locate(world, range.clone());
            Diagnostic {
                warning: d.severity == Severity::Warning,
                message: d.message.to_string(),
                offset: range.map(|r| r.start),
                line,
                column,
                snippet,
                hints: d.hints.iter().map(|h| h.v.to_string()).collect(),
            }
        })
        .collect()
}

fn locate(
    world: &BriefWorld,
    range: Option<Range<usize>>,
) -> (Option<usize>, Option<usize>, Option<String>) {
    let Some(r) = range else {
        return (None, None, None);
    };
    let text = world.main.text();
    let start = r.start.min(text.len());
    let line_start = text[..start].rfind('\n').map(|p| p + 1).unwrap_or(0);
    let line_end = text[start..]
        .find('\n')
        .map(|p| start + p)
        .unwrap_or(text.len());
    let line = text[..start].matches('\n').count() + 1;
    let column = text[line_start..start].chars().count() + 1;
    (
        Some(line),
        Some(column),
        Some(text[line_start..line_end].trim_end().to_string()),
    )
}

/// Every character laid out, checked against the face that draws it.
fn check_glyphs(world: &BriefWorld, doc: &PagedDocument) -> Vec<MissingGlyph> {
    let mut missing: Vec<MissingGlyph> = Vec::new();
    for page in doc.pages() {
        check_frame(world, &page.frame, &mut missing);
    }
    missing
}

fn check_frame(world: &BriefWorld, frame: &Frame, missing: &mut Vec<MissingGlyph>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => check_frame(world, &group.frame, missing),
            FrameItem::Text(text) => {
                let font = text.font.font();
                let ttf = text.font.ttf();
                for glyph in &text.glyphs {
                    let Some(cluster) = text.text.get(glyph.range()) else {
                        continue;
                    };
                    for c in cluster.chars() {
                        if c.is_whitespace() || c.is_control() || is_default_ignorable(c) {
                            continue;
                        }
                        if glyph.id != 0 && ttf.glyph_index(c).is_some() {
                            continue;
                        }
                        let info = font.info();
                        let face = format!(
                            "{} ({:?}, {:?})",
                            info.family, info.variant.style, info.variant.weight
                        );
                        if missing.iter().any(|m| m.character == c && m.face == face) {
                            continue;
                        }
                        let range = world.range(glyph.span.0);
                        let (line, _, snippet) = locate(world, range.clone());
                        missing.push(MissingGlyph {
                            character: c,
                            face,
                            offset: range.map(|r| r.start),
                            line,
                            snippet,
                        });
                    }
                }
            }
            _ => {}
        }
    }
}

fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32, 0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF
        | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> CompileOptions {
        CompileOptions {
            now: DateTime::from_timestamp(0, 0).unwrap(),
            deny_warnings: true,
            standards: Vec::new(),
        }
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
}
