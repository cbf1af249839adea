//! Command-line interface: the clap definitions, and how flags over the config file over the
//! defaults become the settings the stages run on ([`BuildOpts::resolve`]).

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use serde::Serialize;

use crate::compile::PdfStandardArg;
use crate::config::{
    BuildArgs, ConfigError, CorpusArgs, LoadedConfig, NamedBrief, TemplateLimits, CONFIG_FILE,
    DEFAULT_MAX_PER_YEAR, DEFAULT_PAGES, DEFAULT_TEMPLATE_MEMORY_MB, DEFAULT_TEMPLATE_SECONDS,
};
use crate::render::i18n::Lang;
use crate::render::{Format, FrontMatter};
use crate::timeline::{Focus, FocusKind};

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
    /// Build, then rebuild whenever an article, template, config, knowledge or font file
    /// changes, until interrupted (Ctrl-C).
    Watch(WatchOpts),
    /// Print the timeline to the terminal (a table, or JSON with --json); writes nothing.
    Timeline(TimelineArgs),
    /// Score a built timeline against a gold file.
    Eval(EvalArgs),
    /// Explain what was read in an article (or one line of it): the meetings, dates and
    /// directives found, the meeting words set aside and why, and the event each became, with
    /// its date's evidence or why it is undated.
    Explain(ExplainArgs),
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

/// Corpus options as given on the command line; unset ones come from the config file, then
/// from the defaults.
#[derive(Debug, Args, Clone, Default)]
pub struct CorpusOpts {
    /// Folder of articles, searched with its subfolders: text (.txt, .md), saved web pages
    /// (.html, .htm) and scraper exports (.jsonl) [default: seeds].
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
    /// Fail on the first bad article instead of skipping it, and on a character no font can
    /// draw instead of drawing a placeholder.
    #[arg(long)]
    pub strict: bool,
    /// Only events that hold these words in their title, theme, organiser, chair, giver, place,
    /// participants, series or text, without case or tone marks (`ngoai giao` finds `ngoại
    /// giao`); repeat for any of several.
    #[arg(long = "match", value_name = "WORDS")]
    pub words: Vec<String>,
    /// Only events held, chaired or given by this body or person (the knowledge file's
    /// abbreviations count: `BNG` is `Bộ Ngoại giao`); repeat for any of several.
    #[arg(long = "body", value_name = "NAME")]
    pub bodies: Vec<String>,
    /// Only events of this kind; repeat for several. A directive is kept with its conference.
    #[arg(long = "kind", value_parser = by_name::<FocusKind>())]
    pub kinds: Vec<FocusKind>,
}

#[derive(Debug, Args, Clone)]
pub struct BuildOpts {
    #[command(flatten)]
    pub corpus: CorpusOpts,
    /// Output folder: a new or empty one, or one chronobrief built; only the files it wrote
    /// there are replaced [default: out].
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
    #[arg(long, value_parser = by_name::<Lang>())]
    pub lang: Option<Lang>,
    /// Make an archival PDF/A (a-2b or a-3b: PDF/A-2b or PDF/A-3b) [default: none, a plain
    /// PDF 1.7].
    #[arg(long, value_parser = by_name::<PdfStandardArg>())]
    pub pdf_standard: Option<PdfStandardArg>,
    /// Front matter for the Markdown brief's wiki engine [default: none].
    #[arg(long, value_parser = by_name::<FrontMatter>())]
    pub front_matter: Option<FrontMatter>,
    /// Outputs to write, comma-separated [default: all].
    #[arg(long, value_parser = by_name::<Format>(), value_delimiter = ',')]
    pub formats: Option<Vec<Format>>,
    /// Print at most this many events per year in full and count the rest (0: no per-year
    /// cap) [default: 0].
    #[arg(long, value_name = "N")]
    pub max_per_year: Option<usize>,
    /// Page budget of the brief: the most important events (by reporting articles,
    /// directives, series) that fit are printed in full, the rest counted, all kept in
    /// timeline.json (0: print every event) [default: 30].
    #[arg(long, value_name = "N")]
    pub pages: Option<usize>,
    /// Rebuild even when the inputs have not changed since the last build.
    #[arg(long)]
    pub force: bool,
    /// Write nothing; exit 0 when out/ is up to date, 1 when a build would change it.
    #[arg(long, conflicts_with = "force")]
    pub check: bool,
    /// When another build holds out/, wait up to this many seconds for it [default: 0].
    #[arg(long, value_name = "SECONDS")]
    pub wait: Option<u64>,
    /// A folder of fonts (.ttf, .otf, .ttc, .otc) the PDF may also use, such as a CJK font;
    /// repeat for more (added to `fonts` of the config file).
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,
    /// Write timeline.csv without the byte-order mark that tells Excel it is UTF-8.
    #[arg(long)]
    pub no_csv_bom: bool,
    /// Extract every article afresh, without reading or writing the extraction cache
    /// (`.chronobrief-cache/` beside the output folder).
    #[arg(long)]
    pub no_cache: bool,
    /// Stop (exit 1) when rendering and compiling the brief take longer than this (0: no
    /// limit) [default: 300].
    #[arg(long, value_name = "SECONDS")]
    pub template_timeout: Option<u64>,
    /// Stop (exit 1) when rendering and compiling the brief need more memory than this (0: no
    /// limit) [default: 2048].
    #[arg(long, value_name = "MB")]
    pub template_memory: Option<u64>,
}

#[derive(Debug, Args)]
pub struct WatchOpts {
    #[command(flatten)]
    pub build: BuildOpts,
    /// How often to look for changes, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 100, value_parser = clap::value_parser!(u64).range(10..))]
    pub poll_ms: u64,
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
pub struct ExplainArgs {
    /// The article, with a line number to explain only that line (`seeds/a.txt:12`). An
    /// article inside the input folder is read with its corpus, as the brief reads it.
    #[arg(value_name = "FILE[:LINE]")]
    pub target: String,
    #[command(flatten)]
    pub corpus: CorpusOpts,
    /// Print the explanation as JSON.
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

impl CorpusOpts {
    /// Flags over the config file over the defaults, for the corpus.
    pub fn resolve(&self, cfg: &LoadedConfig) -> Result<CorpusArgs, ConfigError> {
        let opts = self;
        let c = &cfg.config;
        let d = CorpusArgs::new(Path::new("seeds"));
        let range = c.range.as_ref();
        let args = CorpusArgs {
            input: opts
                .input
                .clone()
                .or_else(|| cfg.path_of(&c.input))
                .unwrap_or(d.input),
            from: opts.from.or(range.and_then(|r| r.from)).unwrap_or(d.from),
            to: opts.to.or(range.and_then(|r| r.to)).unwrap_or(d.to),
            data: opts.data.clone().or_else(|| cfg.path_of(&c.data)),
            max_article_bytes: opts
                .max_article_bytes
                .or(c.build.as_ref().and_then(|b| b.max_article_bytes))
                .unwrap_or(d.max_article_bytes),
            strict: opts.strict || c.build.as_ref().and_then(|b| b.strict).unwrap_or(false),
            focus: focus(opts, c.focus.as_ref().map(|f| &f.main)),
        };
        if args.from > args.to {
            return Err(range_error(&args, opts, cfg));
        }
        if let Some(bad) = args.focus.blank_value() {
            return Err(ConfigError::Usage(format!(
                "the focus {bad:?} (--match, --body or [focus]) has no letter or digit to look for; give words"
            )));
        }
        Ok(args)
    }
}

/// The config file's named briefs (`[focus.NAME]`), each choosing something.
fn named_briefs(cfg: &LoadedConfig) -> Result<Vec<NamedBrief>, ConfigError> {
    let briefs = cfg
        .config
        .focus
        .as_ref()
        .map(|f| f.named.clone())
        .unwrap_or_default();
    for b in &briefs {
        let f = &b.focus;
        let problem = match f.blank_value() {
            _ if f.is_empty() => {
                Some("chooses nothing: give `match`, `body` or `kind`".to_string())
            }
            Some(w) => Some(format!("has {w:?}, with no letter or digit to look for")),
            None => None,
        };
        if let Some(problem) = problem {
            let path = cfg.path.clone().unwrap_or_else(|| CONFIG_FILE.into());
            return Err(ConfigError::Invalid {
                line: cfg.line_of_table(&format!("focus.{}", b.name)),
                path,
                message: format!("the named brief [focus.{}] {problem}", b.name),
            });
        }
    }
    Ok(briefs)
}

/// The focus: the flags' lists, each replacing the config file's list of the same name.
fn focus(opts: &CorpusOpts, cfg: Option<&Focus>) -> Focus {
    fn pick<T: Clone>(flags: &[T], file: Option<&Vec<T>>) -> Vec<T> {
        match (flags.is_empty(), file) {
            (true, Some(f)) => f.clone(),
            _ => flags.to_vec(),
        }
    }
    Focus {
        words: pick(&opts.words, cfg.map(|c| &c.words)),
        bodies: pick(&opts.bodies, cfg.map(|c| &c.bodies)),
        kinds: pick(&opts.kinds, cfg.map(|c| &c.kinds)),
    }
}

/// A range that starts after it ends, naming where each end was given: a flag, or the config
/// file's `[range]` with its line.
fn range_error(args: &CorpusArgs, opts: &CorpusOpts, cfg: &LoadedConfig) -> ConfigError {
    let range = cfg.config.range.as_ref();
    let in_file = [
        opts.from.is_none() && range.is_some_and(|r| r.from.is_some()),
        opts.to.is_none() && range.is_some_and(|r| r.to.is_some()),
    ];
    let flags = [opts.from.is_some(), opts.to.is_some()];
    let ends = [("from", args.from), ("to", args.to)];
    let given: Vec<String> = (0..2)
        .map(|i| {
            let (key, day) = ends[i];
            match (flags[i], in_file[i]) {
                (true, _) => format!("--{key} {day}"),
                (false, true) => format!("{key} = {day} in [range]"),
                (false, false) => format!("the default {key} {day}"),
            }
        })
        .collect();
    let message = format!(
        "the range starts ({}) after it ends ({})",
        given[0], given[1]
    );
    match (&cfg.path, in_file.iter().position(|f| *f)) {
        (Some(path), Some(i)) => ConfigError::Invalid {
            path: path.clone(),
            line: cfg.line_of("range", ends[i].0),
            message,
        },
        _ => ConfigError::Usage(message),
    }
}

/// The build time that `SOURCE_DATE_EPOCH=v` names: whole seconds since 1970 whose date falls
/// in the years 1 to 9999, the years a document date (and Typst's `datetime`) can hold.
pub fn epoch_time(v: &str) -> Result<DateTime<chrono::Utc>, ConfigError> {
    let secs: i64 = v.trim().parse().map_err(|_| {
        ConfigError::Usage(format!(
            "SOURCE_DATE_EPOCH={v:?} is not a number of seconds"
        ))
    })?;
    DateTime::from_timestamp(secs, 0)
        .filter(|t| (1..=9999).contains(&chrono::Datelike::year(t)))
        .ok_or_else(|| {
            ConfigError::Usage(format!(
                "SOURCE_DATE_EPOCH={v:?} is out of range: it must fall in the years 1 to 9999 \
                 (-62135596800 to 253402300799)"
            ))
        })
}

/// The formats a build writes (`chosen`, or all), each once, in a fixed order; a format
/// that compares with the previous build needs that build's `timeline.json`.
fn formats(chosen: Option<&Vec<Format>>) -> Result<Vec<Format>, ConfigError> {
    let mut formats = chosen.cloned().unwrap_or_else(|| Format::ALL.to_vec());
    formats.sort();
    formats.dedup();
    if formats.is_empty() {
        return Err(ConfigError::Usage("no output format chosen".into()));
    }
    let compares = [Format::Changes, Format::Feed];
    if let Some(f) = compares.iter().find(|f| formats.contains(f)) {
        if !formats.contains(&Format::Json) {
            return Err(ConfigError::Usage(format!(
                "{} tells what changed since the previous build's timeline.json, which a build without the json format does not write: add json to the formats",
                f.file_name()
            )));
        }
    }
    Ok(formats)
}

impl BuildOpts {
    /// Flags over the config file over the defaults, for `build`. `source_date_epoch` is the
    /// environment's `SOURCE_DATE_EPOCH`.
    pub fn resolve(
        &self,
        cfg: &LoadedConfig,
        source_date_epoch: Option<&str>,
    ) -> Result<BuildArgs, ConfigError> {
        let opts = self;
        let c = &cfg.config;
        let corpus = opts.corpus.resolve(cfg)?;
        let build = c.build.as_ref();
        let build_time = match (build.and_then(|b| b.date), source_date_epoch) {
            (Some(d), _) => Some(d.and_hms_opt(0, 0, 0).unwrap().and_utc()),
            (None, Some(v)) => Some(epoch_time(v)?),
            (None, None) => None,
        };
        let formats = formats(opts.formats.as_ref().or(c.formats.as_ref()))?;
        let out = opts
            .out
            .clone()
            .or_else(|| cfg.path_of(&c.out))
            .unwrap_or_else(|| PathBuf::from("out"));
        let cache = match !opts.no_cache && c.cache.unwrap_or(true) {
            true => crate::config::cache_dir_for(&out),
            false => None,
        };
        Ok(BuildArgs {
            corpus,
            out,
            templates: opts
                .templates
                .clone()
                .or_else(|| cfg.path_of(&c.templates))
                .or_else(|| Some(PathBuf::from("report-templates")).filter(|d| d.is_dir())),
            title: opts.title.clone().or_else(|| c.title.clone()),
            lang: opts.lang.or(c.lang).unwrap_or_default(),
            pdf_standard: opts.pdf_standard.or(c.pdf_standard).unwrap_or_default(),
            front_matter: opts.front_matter.or(c.front_matter).unwrap_or_default(),
            formats,
            max_per_year: opts
                .max_per_year
                .or(c.max_per_year)
                .unwrap_or(DEFAULT_MAX_PER_YEAR),
            pages: opts.pages.or(c.pages).unwrap_or(DEFAULT_PAGES),
            build_time,
            fonts: c
                .fonts
                .iter()
                .flatten()
                .map(|p| cfg.relative(p))
                .chain(opts.font_path.iter().cloned())
                .collect(),
            csv_bom: !opts.no_csv_bom && c.csv_bom.unwrap_or(true),
            cache,
            template_limits: TemplateLimits {
                seconds: opts
                    .template_timeout
                    .or(build.and_then(|b| b.template_timeout))
                    .unwrap_or(DEFAULT_TEMPLATE_SECONDS),
                memory_mb: opts
                    .template_memory
                    .or(build.and_then(|b| b.template_memory))
                    .unwrap_or(DEFAULT_TEMPLATE_MEMORY_MB),
            },
            briefs: named_briefs(cfg)?,
        })
    }
}

/// An enum of a stage that a flag chooses a value of. The stage knows no clap: its values are
/// named as the config file names them (their serde names).
trait Choice: Copy + Serialize + Send + Sync + 'static {
    const ALL: &'static [Self];
}

impl Choice for Format {
    const ALL: &'static [Self] = &Format::ALL;
}

impl Choice for Lang {
    const ALL: &'static [Self] = &Lang::ALL;
}

impl Choice for FrontMatter {
    const ALL: &'static [Self] = &FrontMatter::ALL;
}

impl Choice for PdfStandardArg {
    const ALL: &'static [Self] = &PdfStandardArg::ALL;
}

impl Choice for FocusKind {
    const ALL: &'static [Self] = &FocusKind::ALL;
}

/// The name of a value of a [`Choice`].
fn name_of<T: Choice>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => unreachable!("a choice serialises as its name"),
    }
}

/// A parser of a [`Choice`] by its names, which `--help` lists and clap checks.
fn by_name<T: Choice>() -> impl TypedValueParser<Value = T> {
    let names: Vec<PossibleValue> = T::ALL
        .iter()
        .map(|&v| PossibleValue::new(name_of(v)))
        .collect();
    PossibleValuesParser::new(names).map(|name| {
        T::ALL
            .iter()
            .copied()
            .find(|&v| name_of(v) == name)
            .expect("clap checked the name")
    })
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date (write YYYY-MM-DD)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of each stage's enum is accepted by its name and only by it.
    #[test]
    fn each_choice_is_parsed_by_its_serde_name() {
        fn parses<T: Choice + PartialEq + std::fmt::Debug>(
            flag: &str,
            get: fn(&BuildOpts) -> Option<T>,
        ) {
            for &v in T::ALL {
                let name = name_of(v);
                let cli = Cli::try_parse_from(["chronobrief", "build", flag, &name])
                    .unwrap_or_else(|e| panic!("{flag} {name}: {e}"));
                let Command::Build(opts) = cli.command else {
                    panic!("not a build")
                };
                assert_eq!(get(&opts), Some(v), "{flag} {name}");
            }
            assert!(Cli::try_parse_from(["chronobrief", "build", flag, "no-such-value"]).is_err());
        }
        parses::<Lang>("--lang", |o| o.lang);
        parses::<FrontMatter>("--front-matter", |o| o.front_matter);
        parses::<PdfStandardArg>("--pdf-standard", |o| o.pdf_standard);
        parses::<Format>("--formats", |o| o.formats.as_ref().map(|f| f[0]));
        parses::<FocusKind>("--kind", |o| o.corpus.kinds.first().copied());
    }

    proptest::proptest! {
        /// Every value of `SOURCE_DATE_EPOCH` is a date Typst can print or a clear error.
        #[test]
        fn every_source_date_epoch_is_a_date_or_an_error(secs in proptest::num::i64::ANY) {
            match epoch_time(&secs.to_string()) {
                Ok(t) => {
                    let y = chrono::Datelike::year(&t);
                    proptest::prop_assert!((1..=9999).contains(&y));
                    proptest::prop_assert!(typst::foundations::Datetime::from_ymd(y, 1, 1).is_some());
                }
                Err(e) => proptest::prop_assert!(e.to_string().contains("out of range")),
            }
        }
    }

    #[test]
    fn source_date_epoch_bounds() {
        assert!(epoch_time("253402300799").is_ok());
        assert!(epoch_time("253402300800").is_err(), "year 10000");
        assert!(epoch_time("-62135596800").is_ok());
        assert!(epoch_time("-62135596801").is_err(), "year 0");
        assert!(epoch_time("-377705116801").is_err());
        assert!(epoch_time(&i64::MIN.to_string()).is_err());
        assert!(epoch_time("soon").is_err());
    }

    #[test]
    fn flags_override_the_config_which_overrides_defaults() {
        let config = crate::config::parse(
            "lang = \"en\"\ntitle = \"Config\"\nout = \"o\"\nfonts = [\"f\"]\n[build]\ndate = 2024-05-01\ntemplate_timeout = 9\ntemplate_memory = 100\n",
            Path::new("c"),
        )
        .unwrap();
        let cfg = LoadedConfig::from_config(config, Path::new("/conf"));
        let opts = BuildOpts {
            corpus: CorpusOpts::default(),
            out: None,
            templates: None,
            title: Some("Flag".into()),
            lang: None,
            pdf_standard: None,
            front_matter: None,
            formats: None,
            max_per_year: None,
            pages: None,
            force: false,
            check: false,
            wait: None,
            font_path: vec![PathBuf::from("/g")],
            no_csv_bom: false,
            no_cache: false,
            template_timeout: None,
            template_memory: Some(0),
        };
        let b = opts.resolve(&cfg, Some("0")).unwrap();
        assert_eq!(b.title.as_deref(), Some("Flag"));
        assert_eq!(b.lang, Lang::En);
        assert_eq!(
            b.out,
            PathBuf::from("/conf/o"),
            "paths are relative to the config file"
        );
        assert_eq!(
            b.build_time.unwrap().date_naive().to_string(),
            "2024-05-01",
            "build.date beats SOURCE_DATE_EPOCH"
        );
        assert_eq!(b.corpus.input, PathBuf::from("seeds"));
        assert_eq!(
            b.template_limits,
            TemplateLimits {
                seconds: 9,
                memory_mb: 0
            },
            "the config's limits, each overridden by its flag"
        );
        assert_eq!(
            b.fonts,
            vec![PathBuf::from("/conf/f"), PathBuf::from("/g")],
            "config fonts, then --font-path"
        );
        assert!(b.csv_bom, "a BOM by default");
        assert_eq!(
            b.cache.as_deref(),
            Some(Path::new("/conf/.chronobrief-cache/o")),
            "the cache lies beside the output folder"
        );
        assert!(opts
            .resolve(&LoadedConfig::default(), Some("soon"))
            .is_err());
    }

    #[test]
    fn a_range_that_ends_before_it_starts_names_where_it_was_given() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("chronobrief.toml");
        std::fs::write(
            &file,
            "title = \"T\"\n\n[range]\nto = 2017-01-01\nfrom = 2018-01-01\n",
        )
        .unwrap();
        let cfg = LoadedConfig::load(Some(&file)).unwrap();
        let e = CorpusOpts::default().resolve(&cfg).unwrap_err().to_string();
        assert!(e.starts_with(&format!("{}:5: ", file.display())), "{e}");
        assert!(
            e.contains("from = 2018-01-01 in [range]") && e.contains("to = 2017-01-01"),
            "{e}"
        );
        // A flag against the file's other end: the file's line of that end.
        let opts = CorpusOpts {
            from: NaiveDate::from_ymd_opt(2019, 1, 1),
            ..CorpusOpts::default()
        };
        let e = opts.resolve(&cfg).unwrap_err().to_string();
        assert!(e.starts_with(&format!("{}:4: ", file.display())), "{e}");
        assert!(e.contains("--from 2019-01-01"), "{e}");
        // Both flags: no file to name.
        let opts = CorpusOpts {
            from: NaiveDate::from_ymd_opt(2019, 1, 1),
            to: NaiveDate::from_ymd_opt(2018, 1, 1),
            ..CorpusOpts::default()
        };
        let e = opts.resolve(&cfg).unwrap_err().to_string();
        assert_eq!(
            e,
            "the range starts (--from 2019-01-01) after it ends (--to 2018-01-01)"
        );
    }
}
