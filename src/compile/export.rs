//! The laid-out brief exported as PDF (with its standards and timestamp), and the page guard
//! that stops a layout past its page limit.

use chrono::{Datelike, Timelike};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use super::diagnostics::diagnostics;
use super::world::BriefWorld;
use super::{CompileError, CompileOptions, Diagnostic};

pub(super) fn export(
    world: &BriefWorld,
    document: &PagedDocument,
    options: &CompileOptions,
) -> Result<(Vec<u8>, bool), CompileError> {
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
    let mut pdf_options = PdfOptions {
        ident: Smart::Custom("chronobrief".to_string()),
        timestamp: Some(Timestamp::new_utc(datetime)),
        standards,
        ..PdfOptions::default()
    };
    match typst_pdf::pdf(document, &pdf_options) {
        Ok(pdf) => Ok((pdf, false)),
        // typst's accessibility tags can fail on a layout it does not expect (footnotes in a
        // block moved to the next page, for one), a bug of typst's whose occurrence depends on
        // where pages break. Unless a standard asks for tags, a brief without them is better
        // than none for a nightly job: the text, links and outline are the same.
        Err(errors)
            if options.standards.is_empty()
                && errors
                    .iter()
                    .all(|e| e.message.starts_with("internal error")) =>
        {
            pdf_options.tagged = false;
            typst_pdf::pdf(document, &pdf_options)
                .map(|pdf| (pdf, true))
                .map_err(|errors| CompileError::Typst(diagnostics(world, errors.iter())))
        }
        Err(errors) => Err(CompileError::Typst(diagnostics(world, errors.iter()))),
    }
}

/// What the page guard says when it stops a layout.
pub(super) const PAGE_GUARD: &str = "chronobrief: the layout passed its page limit";

/// A rule that stops the layout on the first page past `max` (0: none): typst lays a page's
/// background out with the page, so a brief that runs long is stopped there rather than laid
/// out to its end. On one line, so the template's line numbers stay as they are. A template
/// that sets its own page background replaces the guard; the page count after layout still
/// holds then.
pub(super) fn page_guard(max: usize) -> String {
    match max {
        0 => String::new(),
        n => format!(
            "#set page(background: context if here().page() > {n} {{ panic(\"{PAGE_GUARD}\") }});"
        ),
    }
}
