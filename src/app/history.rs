//! What a build knows of the briefs the previous build wrote in its output folder (the main
//! one and each named brief's), for "What's new": their `timeline.json` and `feed.xml`, read
//! only when they are as that build wrote them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use super::Previous;
use crate::config::BuildArgs;
use crate::render::news;
use crate::render::Format;
use crate::timeline::changes::{read_previous, Snapshot};
use crate::timeline::Changes;

/// What the previous build wrote of one brief.
#[derive(Debug, Default, Clone)]
pub struct Past {
    /// The events of its `timeline.json`; none when there is none to compare with.
    pub timeline: Option<Vec<Snapshot>>,
    /// Its `feed.xml`, whose entries the new feed carries on.
    pub feed: Option<String>,
}

/// The previous build's briefs, by folder ("" for the main brief, `NAME` for a named one).
#[derive(Debug, Default, Clone)]
pub struct History {
    briefs: BTreeMap<String, Past>,
    /// What could not be read, as `warning: …` lines.
    pub warnings: Vec<String>,
}

impl History {
    /// Reads the main brief's and each named brief's files in `out` as `previous` wrote them.
    pub fn read(out: &Path, previous: &Previous, args: &BuildArgs) -> History {
        let mut h = History::default();
        for (folder, _) in args.brief_folders() {
            let past = h.read_brief(out, previous, folder);
            h.briefs.insert(folder.to_string(), past);
        }
        h
    }

    fn read_brief(&mut self, out: &Path, previous: &Previous, folder: &str) -> Past {
        let name = |f: Format| match folder {
            "" => f.file_name().to_string(),
            _ => format!("{folder}/{}", f.file_name()),
        };
        let json = name(Format::Json);
        let timeline = previous.written(out, &json).and_then(|bytes| {
            let parsed = std::str::from_utf8(&bytes)
                .map_err(|e| e.to_string())
                .and_then(|t| read_previous(t).map_err(|e| e.to_string()));
            match parsed {
                Ok(events) => Some(events),
                Err(e) => {
                    self.warnings.push(format!(
                        "warning: {} cannot be read ({e}); this build reports nothing as new or changed",
                        out.join(&json).display()
                    ));
                    None
                }
            }
        });
        let feed = previous
            .written(out, &name(Format::Feed))
            .and_then(|b| String::from_utf8(b).ok());
        Past { timeline, feed }
    }

    /// The previous build's files of the brief in `folder` ("" for the main brief).
    pub fn of(&self, folder: &str) -> Past {
        self.briefs.get(folder).cloned().unwrap_or_default()
    }
}

/// Lines of changes a `--check` names; the others are counted.
const MAX_CHECK_LINES: usize = 20;

/// What `--check` prints about a brief's changes: a count, then one line per event (`+` new,
/// `~` changed, `-` removed).
pub fn report(changes: &Changes, brief: &str, out: &mut dyn Write) {
    if !changes.compared {
        let _ = writeln!(
            out,
            "{brief}: no previous timeline.json to compare with; a build would write it"
        );
        return;
    }
    let _ = writeln!(
        out,
        "{brief}: a build would publish {} new, {} changed and {} removed events",
        changes.new.len(),
        changes.changed.len(),
        changes.removed.len()
    );
    let lang = crate::render::i18n::Lang::En;
    let date = |d: &Option<String>| d.clone().unwrap_or_else(|| "undated".into());
    let lines = news::entries(changes)
        .into_iter()
        .map(|(e, c)| match c {
            None => format!("  + {}  {}", date(&e.date), e.title),
            Some(c) => format!(
                "  ~ {}  {} ({})",
                date(&e.date),
                e.title,
                news::describe(Some(c), lang)
            ),
        })
        .chain(
            changes
                .removed
                .iter()
                .map(|e| format!("  - {}  {}", date(&e.date), e.title)),
        );
    let total = changes.new.len() + changes.changed.len() + changes.removed.len();
    for l in lines.take(MAX_CHECK_LINES) {
        let _ = writeln!(out, "{l}");
    }
    if total > MAX_CHECK_LINES {
        let _ = writeln!(out, "  … and {} more", total - MAX_CHECK_LINES);
    }
}
