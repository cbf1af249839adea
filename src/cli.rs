//! Command-line interface (clap definitions only).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::render::FrontMatter;

/// Turns a folder of Vietnamese news articles into a chronological, source-cited policy brief.
#[derive(Debug, Parser)]
#[command(name = "chronobrief", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the brief: out/timeline.json, out/brief.md, out/brief.typ and out/brief.pdf.
    Build(BuildArgs),
    /// Print the timeline to the terminal (a table, or JSON with --json); writes nothing.
    Timeline(TimelineArgs),
    /// Score a built timeline against a gold file.
    Eval(EvalArgs),
    /// Work with the report templates.
    #[command(subcommand)]
    Templates(TemplatesCommand),
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the embedded default templates to a folder, for editing.
    Init {
        /// Folder to write to.
        #[arg(default_value = "report-templates")]
        dir: PathBuf,
        /// Overwrite templates that already exist there.
        #[arg(long)]
        force: bool,
    },
}

/// An output of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    Md,
    Typ,
    Pdf,
    Json,
    Html,
    Csv,
    Timelinejs,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::Md,
        Format::Typ,
        Format::Pdf,
        Format::Html,
        Format::Csv,
        Format::Timelinejs,
    ];

    /// The file this format is written to.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Md => "brief.md",
            Format::Typ => "brief.typ",
            Format::Pdf => "brief.pdf",
            Format::Json => "timeline.json",
            Format::Html => "brief.html",
            Format::Csv => "timeline.csv",
            Format::Timelinejs => "timeline.timelinejs.json",
        }
    }
}

/// PDF standards the brief can conform to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum PdfStandardArg {
    /// Plain PDF 1.7.
    #[default]
    None,
    /// PDF/A-2b, for archiving.
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-3b, for archiving.
    #[value(name = "a-3b")]
    A3b,
}

/// Options shared by every command that reads the corpus.
#[derive(Debug, Args, Clone)]
pub struct CorpusArgs {
    /// Folder of articles (.txt and .md).
    #[arg(long, default_value = "seeds")]
    pub input: PathBuf,
    /// First day of the covered range.
    #[arg(long, default_value = "2016-01-01", value_parser = parse_date)]
    pub from: NaiveDate,
    /// Last day of the covered range.
    #[arg(long, default_value = "2022-12-31", value_parser = parse_date)]
    pub to: NaiveDate,
    /// Folder with a knowledge.toml that replaces the embedded one.
    #[arg(long)]
    pub data: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Output folder; replaced as a whole only when every output succeeded.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Template folder; a file here overrides the embedded template of the same name.
    /// Defaults to ./report-templates when it exists.
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Title of the brief (default: a title in the brief's language).
    #[arg(long)]
    pub title: Option<String>,
    /// Language of the brief's labels and dates; article text stays as written.
    #[arg(long, value_enum, default_value = "vi")]
    pub lang: Lang,
    /// Make an archival PDF/A.
    #[arg(long, value_enum, default_value = "none")]
    pub pdf_standard: PdfStandardArg,
    /// Front matter for the Markdown brief's wiki engine.
    #[arg(long, value_enum, default_value = "none")]
    pub front_matter: FrontMatter,
    /// Outputs to write, comma-separated (default: all).
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = Format::ALL.to_vec())]
    pub formats: Vec<Format>,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Print the JSON of out/timeline.json instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold timeline to score against.
    #[arg(long)]
    pub gold: PathBuf,
    /// Timeline to score.
    #[arg(long, default_value = "out/timeline.json")]
    pub timeline: PathBuf,
    /// Exit 1 when conference F1 is below this.
    #[arg(long, default_value_t = 0.0)]
    pub min_conf_f1: f64,
    /// Exit 1 when directive recall is below this.
    #[arg(long, default_value_t = 0.0)]
    pub min_dir_recall: f64,
    /// Print only the closing lines.
    #[arg(long)]
    pub quiet: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date (write YYYY-MM-DD)"))
}
