//! The output table: every format a build can write, the file it goes to, and what makes it.
//! A new format is one row of [`OUTPUTS`] and its generator.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::export;
use crate::timeline::Timeline;

/// An output format, as `--formats` and the config file's `formats` name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Md,
    Typ,
    Pdf,
    Json,
    Html,
    Csv,
    Timelinejs,
    Svg,
    Ics,
    /// `changes.json`: what changed since the previous build's `timeline.json`.
    Changes,
    /// `feed.xml`: the same as an Atom feed.
    Feed,
}

/// What a data output is made from: the whole timeline, whatever the brief prints.
pub struct DataInputs<'a> {
    pub timeline: &'a Timeline,
    /// The brief's title and labels, in its language.
    pub title: &'a str,
    pub labels: &'a BTreeMap<&'static str, &'static str>,
    /// The build's date and time (the calendar's stamp).
    pub now: DateTime<Utc>,
    /// Whether the CSV starts with a byte-order mark (for spreadsheets).
    pub csv_bom: bool,
}

/// What a wiki output is made from: the brief's view of the events it prints.
pub struct WikiInputs<'a> {
    /// The Markdown brief, rendered once for every output that needs it.
    pub markdown: &'a str,
    /// The timeline figure as SVG, and whether it shows any event.
    pub svg: &'a str,
    pub figure_shown: bool,
    pub title: &'a str,
    pub lang: &'a str,
}

/// Which stage makes a format, with its generator where the build calls it from this table.
#[derive(Clone, Copy)]
pub enum Maker {
    /// Made from the timeline alone ([`DataInputs`]).
    Data(fn(&DataInputs) -> Vec<u8>),
    /// Made from the brief's view of the events it prints ([`WikiInputs`]); made again when
    /// the PDF overruns its page budget and the events are chosen again.
    Wiki(fn(&WikiInputs) -> Vec<u8>),
    /// The Typst brief and the PDF compiled from it.
    Printed,
    /// What changed since the previous build (the changes and the brief's printed events).
    News,
}

/// One row of the output table.
pub struct Output {
    pub format: Format,
    /// The file it is written to, in the output folder.
    pub file: &'static str,
    pub maker: Maker,
}

/// Every format, in the order a default build lists them.
pub const OUTPUTS: [Output; 11] = [
    Output {
        format: Format::Json,
        file: "timeline.json",
        maker: Maker::Data(|d| export::timeline_json(d.timeline).into_bytes()),
    },
    Output {
        format: Format::Md,
        file: "brief.md",
        maker: Maker::Wiki(|w| w.markdown.as_bytes().to_vec()),
    },
    Output {
        format: Format::Typ,
        file: "brief.typ",
        maker: Maker::Printed,
    },
    Output {
        format: Format::Pdf,
        file: "brief.pdf",
        maker: Maker::Printed,
    },
    Output {
        format: Format::Html,
        file: "brief.html",
        maker: Maker::Wiki(|w| {
            let figure = w.figure_shown.then_some(w.svg);
            export::html(w.markdown, w.title, w.lang, figure).into_bytes()
        }),
    },
    Output {
        format: Format::Csv,
        file: "timeline.csv",
        maker: Maker::Data(|d| export::csv(d.timeline, d.csv_bom)),
    },
    Output {
        format: Format::Timelinejs,
        file: "timeline.timelinejs.json",
        maker: Maker::Data(|d| export::timelinejs(d.timeline, d.title, d.labels).into_bytes()),
    },
    Output {
        format: Format::Svg,
        file: export::FIGURE_FILE,
        maker: Maker::Wiki(|w| w.svg.as_bytes().to_vec()),
    },
    Output {
        format: Format::Ics,
        file: "timeline.ics",
        maker: Maker::Data(|d| export::ics(d.timeline, d.title, d.now).into_bytes()),
    },
    Output {
        format: Format::Changes,
        file: "changes.json",
        maker: Maker::News,
    },
    Output {
        format: Format::Feed,
        file: "feed.xml",
        maker: Maker::News,
    },
];

impl Format {
    /// Every format, in the table's order.
    pub const ALL: [Format; OUTPUTS.len()] = {
        let mut all = [Format::Json; OUTPUTS.len()];
        let mut i = 0;
        while i < OUTPUTS.len() {
            all[i] = OUTPUTS[i].format;
            i += 1;
        }
        all
    };

    /// This format's row of [`OUTPUTS`].
    pub fn output(self) -> &'static Output {
        OUTPUTS
            .iter()
            .find(|o| o.format == self)
            .expect("every format has a row")
    }

    /// The file this format is written to.
    pub fn file_name(self) -> &'static str {
        self.output().file
    }

    /// Whether the wiki brief makes it (so it is made again with the brief's events).
    pub fn is_wiki(self) -> bool {
        matches!(self.output().maker, Maker::Wiki(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_has_one_row_and_its_own_file() {
        for f in Format::ALL {
            assert_eq!(OUTPUTS.iter().filter(|o| o.format == f).count(), 1, "{f:?}");
        }
        let mut files: Vec<&str> = OUTPUTS.iter().map(|o| o.file).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), OUTPUTS.len());
    }

    #[test]
    fn a_format_is_named_by_its_serde_name() {
        for f in Format::ALL {
            let name = serde_json::to_string(&f).unwrap();
            let back: Format = serde_json::from_str(&name).unwrap();
            assert_eq!(back, f);
        }
        assert_eq!(Format::Timelinejs.file_name(), "timeline.timelinejs.json");
        assert!(Format::Svg.is_wiki() && !Format::Pdf.is_wiki() && !Format::Json.is_wiki());
    }
}
