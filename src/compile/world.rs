//! The Typst world of one brief: one source file, the fonts, a fixed date. Every other file
//! and every package is refused.

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use chrono::{DateTime, Datelike, Utc};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::{FontSet, MAIN_NAME};

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// The world of one brief: one source file, its fonts, a fixed date.
pub(super) struct BriefWorld {
    pub main: Source,
    /// Bytes put before the brief's own source (the placeholder rule); offsets reported are in
    /// the brief's own source.
    pub prefix: usize,
    pub fonts: Arc<FontSet>,
    today: Datetime,
}

/// The last brief compiled in this process. `watch` compiles a new version of the same brief
/// again and again: editing the last source into the new one, instead of parsing a new one,
/// keeps the spans of the parts that did not change, and with them typst's memoised layout of
/// those parts. A build process compiles once, from a new source.
static LAST_SOURCE: Mutex<Option<Source>> = Mutex::new(None);

/// The source of the brief: the last one edited into `text`, or a new one.
pub(super) fn main_source(id: FileId, text: &str) -> Source {
    let mut last = LAST_SOURCE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(source) = last.as_mut().filter(|s| s.id() == id) {
        source.replace(text);
        // typst's incremental reparse can go wrong on some edits inside multi-byte letters: it
        // is checked against a full parse (cheap beside layout), so a wrong tree never reaches
        // the PDF.
        if source.text() == text && source.root().spanless_eq(&typst::syntax::parse(text)) {
            return source.clone();
        }
    }
    let source = Source::new(id, text.to_string());
    *last = Some(source.clone());
    source
}

impl BriefWorld {
    pub(super) fn new(text: &str, prefix: usize, fonts: Arc<FontSet>, now: DateTime<Utc>) -> Self {
        let vpath = VirtualPath::new(format!("/{MAIN_NAME}")).expect("a valid virtual path");
        let id = RootedPath::new(VirtualRoot::Project, vpath).intern();
        let today = Datetime::from_ymd(now.year(), now.month() as u8, now.day() as u8)
            .expect("a valid date");
        BriefWorld {
            main: main_source(id, text),
            prefix,
            fonts,
            today,
        }
    }

    /// The brief's own source, without the prefix.
    pub(super) fn own_text(&self) -> &str {
        &self.main.text()[self.prefix..]
    }

    /// A byte range of the compiled source, in the brief's own source.
    pub(super) fn own(&self, range: Option<Range<usize>>) -> Option<Range<usize>> {
        let r = range?;
        (r.start >= self.prefix).then(|| r.start - self.prefix..r.end - self.prefix)
    }
}

impl World for BriefWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
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
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
