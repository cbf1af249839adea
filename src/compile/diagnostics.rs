//! What typst reports, located in the brief's own source (line and snippet), and the
//! footnotes a layout printed away from their markers.

use std::num::NonZeroUsize;
use std::ops::Range;

use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{NativeElement, Selector};
use typst::introspection::Introspector;
use typst::model::{FootnoteBody, FootnoteEntry};
use typst::WorldExt;
use typst_layout::PagedDocument;

use super::world::BriefWorld;
use super::{Diagnostic, MisplacedNote};

pub(super) fn diagnostics<'a>(
    world: &BriefWorld,
    diags: impl Iterator<Item = &'a SourceDiagnostic>,
) -> Vec<Diagnostic> {
    diags
        .map(|d| {
            let range = world.own(world.range(d.span));
            let (line, column, snippet) = locate(world.own_text(), range.clone());
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

pub(super) fn locate(
    text: &str,
    range: Option<Range<usize>>,
) -> (Option<usize>, Option<usize>, Option<String>) {
    let Some(r) = range else {
        return (None, None, None);
    };
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

/// Footnotes printed away from their marker: a reader looks for a note on the marker's page, or
/// the next one when the page is full, never on an earlier page. Typst can leave an entry on
/// the page where the text holding its marker was first tried, when that text then moved on
/// (a sticky block, a paragraph or list item at a page's end), so the layout is checked rather
/// than trusted.
pub(super) fn misplaced_notes(doc: &PagedDocument) -> Vec<MisplacedNote> {
    let introspector = doc.introspector();
    let page = |location| introspector.page(location).map(NonZeroUsize::get);
    let entries = introspector.query(&Selector::Elem(FootnoteEntry::ELEM, None));
    entries
        .iter()
        .enumerate()
        .filter_map(|(i, entry)| {
            let entry_page = page(entry.location()?)?;
            let note = &entry.to_packed::<FootnoteEntry>()?.note;
            let marker_page = page(note.location()?)?;
            let placed = (marker_page..=marker_page + 1).contains(&entry_page);
            (!placed).then(|| MisplacedNote {
                number: i + 1,
                marker_page,
                entry_page,
                text: match &note.body {
                    FootnoteBody::Content(body) => body.plain_text().chars().take(60).collect(),
                    FootnoteBody::Reference(label) => label.resolve().to_string(),
                },
            })
        })
        .collect()
}
