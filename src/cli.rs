//! Command-line interface (clap definitions only).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::config::{BuildArgs, CorpusArgs};
use crate::i18n::Lang;
use crate::render::FrontMatter;

/// Turns a folder of Vietnamese news articles into a chronological, source-cited policy brief.
#[derive(Debug, Parser)]
#[command(name = "chronobrief", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Print only errors (for cron).
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print what each stage does and how long it takes (repeat for more).
    #[arg(long, short, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the brief into out/ (PDF, Markdown, HTML, Typst, JSON, CSV, TimelineJS).
    Build(BuildOpts),
    /// Print the timeline to the terminal (a table, or JSON with --json); writes nothing.
    Timeline(TimelineArgs),
    /// Score a built timeline against a gold file.
    Eval(EvalArgs),
    /// Work with the report templates.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Generate a deterministic corpus for benchmarks by recombining real articles.
    BenchCorpus {
        /// How many articles to write.
        #[arg(long)]
        articles: u64,
        /// Folder to write them to.
        #[arg(long)]
        out: PathBuf,
        /// Articles to recombine.
        #[arg(long, default_value = "seeds")]
        from: PathBuf,
        /// Seed of the generator; the same seed gives the same corpus.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
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
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    ValueEnum,
    serde::Deserialize,
    serde::Serialize,
)]
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
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Json,
        Format::Md,
        Format::Typ,
        Format::Pdf,
        Format::Html,
        Format::Csv,
        Format::Timelinejs,
        Format::Svg,
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
            Format::Svg => crate::export::FIGURE_FILE,
        }
    }
}

/// PDF standards the brief can conform to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum PdfStandardArg {
    /// Plain PDF 1.7.
    #[default]
    None,
    /// PDF/A-2b, for archiving.
    #[value(name = "a-2b")]
    #[serde(rename = "a-2b")]
    A2b,
    /// PDF/A-3b, for archiving.
    #[value(name = "a-3b")]
    #[serde(rename = "a-3b")]
    A3b,
}

/// Corpus options as given on the command line; unset ones come from the config file, then
/// from the defaults.
#[derive(Debug, Args, Clone, Default)]
pub struct CorpusOpts {
    /// Folder of articles (.txt and .md) [default: seeds].
    #[arg(long)]
    pub input: Option<PathBuf>,
    /// First day of the covered range [default: 2016-01-01].
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day of the covered range [default: 2022-12-31].
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Folder with a knowledge.toml that replaces the embedded one.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Config file [default: ./chronobrief.toml when it exists].
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Articles larger than this many bytes are skipped [default: 5000000].
    #[arg(long)]
    pub max_article_bytes: Option<u64>,
    /// Fail on the first bad article instead of skipping it.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct BuildOpts {
    #[command(flatten)]
    pub corpus: CorpusOpts,
    /// Output folder; replaced as a whole only when every output succeeded [default: out].
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Template folder; a file here overrides the embedded template of the same name
    /// [default: ./report-templates when it exists].
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Title of the brief [default: a title in the brief's language].
    #[arg(long)]
    pub title: Option<String>,
    /// Language of the brief's labels and dates; article text stays as written [default: vi].
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Make an archival PDF/A [default: none].
    #[arg(long, value_enum)]
    pub pdf_standard: Option<PdfStandardArg>,
    /// Front matter for the Markdown brief's wiki engine [default: none].
    #[arg(long, value_enum)]
    pub front_matter: Option<FrontMatter>,
    /// Outputs to write, comma-separated [default: all].
    #[arg(long, value_enum, value_delimiter = ',')]
    pub formats: Option<Vec<Format>>,
    /// Print at most this many events per year in full and count the rest (0: all)
    /// [default: 60].
    #[arg(long, value_name = "N")]
    pub max_per_year: Option<usize>,
    /// Rebuild even when the inputs have not changed since the last build.
    #[arg(long)]
    pub force: bool,
    /// Write nothing; exit 0 when out/ is up to date, 1 when a build would change it.
    #[arg(long, conflicts_with = "force")]
    pub check: bool,
    /// When another build holds out/, wait up to this many seconds for it [default: 0].
    #[arg(long, value_name = "SECONDS")]
    pub wait: Option<u64>,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub corpus: CorpusOpts,
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
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date (write YYYY-MM-DD)"))
}
