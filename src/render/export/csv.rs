//! `timeline.csv` (RFC 4180): one row per event, formula cells neutralised, UTF-8 with a
//! byte-order mark for spreadsheets.

use super::{kind, text};
use crate::timeline::{Event, Timeline};

/// A column of `out/timeline.csv`: its header and its cell for an event.
pub(super) type Column = (&'static str, fn(&Event) -> String);

/// The columns of `out/timeline.csv`, in order: the one list of them, header and cells.
pub(super) const COLUMNS: &[Column] = &[
    ("id", |e| e.id.clone()),
    ("kind", |e| kind(e).to_string()),
    ("date", |e| text(&e.date)),
    ("end", |e| text(&e.end)),
    ("precision", |e| {
        e.precision
            .map(|p| p.as_str().to_string())
            .unwrap_or_default()
    }),
    ("title", |e| e.title.clone()),
    ("meeting_kind", |e| {
        e.meeting_kind
            .map(|k| k.as_str().to_string())
            .unwrap_or_default()
    }),
    ("series", |e| text(&e.series)),
    ("ordinal", |e| {
        e.ordinal.map(|n| n.to_string()).unwrap_or_default()
    }),
    ("location", |e| text(&e.details.location)),
    ("chair", |e| text(&e.details.chair)),
    ("theme", |e| text(&e.details.theme)),
    ("format", |e| text(&e.details.format)),
    ("participants", |e| text(&e.details.participants)),
    ("parent", |e| text(&e.parent)),
    ("by", |e| text(&e.by)),
    ("text", |e| text(&e.text)),
    ("date_basis", |e| {
        crate::render::i18n::Lang::En.basis(&e.date_basis)
    }),
    ("sources", |e| {
        let sources: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{}:{}", s.file, s.line))
            .collect();
        sources.join("; ")
    }),
];

/// The headers of `out/timeline.csv`'s columns, in order.
pub fn csv_columns() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|(name, _)| *name)
}

/// The UTF-8 byte-order mark: Excel reads a CSV that starts with it as UTF-8 (without it,
/// as the system's legacy code page, which garbles every Vietnamese letter).
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// One row per event (dated events first, then undated ones), RFC 4180 quoting, CRLF line ends,
/// after a UTF-8 byte-order mark when `bom`. Every cell is [`neutralise`]d, so that no article
/// text can become a spreadsheet formula.
pub fn csv(timeline: &Timeline, bom: bool) -> Vec<u8> {
    let start = if bom { UTF8_BOM.to_vec() } else { Vec::new() };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(start);
    w.write_record(csv_columns()).expect("writing to memory");
    for e in timeline.events.iter().chain(&timeline.undated) {
        let cells = COLUMNS
            .iter()
            .map(|(_, cell)| neutralise(&cell(e)).into_owned());
        w.write_record(cells).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// A cell a spreadsheet cannot run: one that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'`, as OWASP recommends against CSV injection (the
/// spreadsheet shows the text, with the quote, instead of evaluating it).
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}
