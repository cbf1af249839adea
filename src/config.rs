//! Settings: the config file `chronobrief.toml`, command-line flags over it, defaults under it.
//! Flags are checked once here; the stages then run on plain, validated values.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use crate::cli::{BuildOpts, CorpusOpts, Format, PdfStandardArg};
use crate::i18n::Lang;
use crate::render::FrontMatter;

/// The config file looked for in the working folder.
pub const CONFIG_FILE: &str = "chronobrief.toml";
/// Events per year printed in full unless configured otherwise; the rest are counted.
pub const DEFAULT_MAX_PER_YEAR: usize = 60;
/// Articles larger than this are skipped unless configured otherwise.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 5_000_000;

/// Why the settings are not usable.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    #[error("{0}")]
    Usage(String),
}

/// `chronobrief.toml`. Every key is optional; unknown keys are errors.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub input: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub templates: Option<PathBuf>,
    pub data: Option<PathBuf>,
    pub title: Option<String>,
    pub lang: Option<Lang>,
    pub pdf_standard: Option<PdfStandardArg>,
    pub front_matter: Option<FrontMatter>,
    pub formats: Option<Vec<Format>>,
    pub max_per_year: Option<usize>,
    pub range: Option<RangeConfig>,
    pub build: Option<BuildConfig>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeConfig {
    #[serde(default, deserialize_with = "date")]
    pub from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "date")]
    pub to: Option<NaiveDate>,
}

/// A date written as a TOML date (`2021-01-01`) or a string (`"2021-01-01"`).
fn date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Toml(toml::value::Datetime),
        Text(String),
    }
    let text = match Either::deserialize(d)? {
        Either::Toml(dt) => dt.to_string(),
        Either::Text(s) => s,
    };
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| serde::de::Error::custom(format!("{text:?} is not a date (write YYYY-MM-DD)")))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildConfig {
    /// The document date, instead of `SOURCE_DATE_EPOCH`.
    #[serde(default, deserialize_with = "date")]
    pub date: Option<NaiveDate>,
    pub max_article_bytes: Option<u64>,
    pub strict: Option<bool>,
}

/// A config file as read, with the folder its relative paths are relative to.
#[derive(Debug, Default)]
pub struct LoadedConfig {
    pub config: Config,
    pub path: Option<PathBuf>,
    /// The file's bytes, for the manifest.
    pub bytes: Option<Vec<u8>>,
    base: PathBuf,
}

impl LoadedConfig {
    /// Reads `--config FILE`, or `./chronobrief.toml` when it exists, or nothing.
    pub fn load(explicit: Option<&Path>) -> Result<Self, ConfigError> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None if Path::new(CONFIG_FILE).is_file() => PathBuf::from(CONFIG_FILE),
            None => return Ok(LoadedConfig::default()),
        };
        let bytes = std::fs::read(&path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        let text = String::from_utf8(bytes.clone()).map_err(|_| ConfigError::Invalid {
            path: path.display().to_string(),
            message: "not UTF-8 text".into(),
        })?;
        let config = parse(&text, &path.display().to_string())?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(LoadedConfig {
            config,
            path: Some(path),
            bytes: Some(bytes),
            base,
        })
    }

    fn path_of(&self, p: &Option<PathBuf>) -> Option<PathBuf> {
        p.as_ref().map(|p| {
            if p.is_absolute() {
                p.clone()
            } else {
                self.base.join(p)
            }
        })
    }
}

/// Parses a config file's text; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
        let message = e.message().to_string();
        ConfigError::Invalid {
            path: match line {
                Some(l) => format!("{origin}:{l}"),
                None => origin.to_string(),
            },
            message,
        }
    })
}

/// Settings every corpus-reading command uses, resolved.
#[derive(Debug, Clone)]
pub struct CorpusArgs {
    pub input: PathBuf,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub data: Option<PathBuf>,
    pub max_article_bytes: u64,
    /// Fail on the first bad article instead of skipping it.
    pub strict: bool,
}

impl CorpusArgs {
    /// The defaults, reading `input`.
    pub fn new(input: &Path) -> Self {
        CorpusArgs {
            input: input.to_path_buf(),
            from: NaiveDate::from_ymd_opt(2016, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
            data: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            strict: false,
        }
    }
}

/// Settings of `build`, resolved.
#[derive(Debug, Clone)]
pub struct BuildArgs {
    pub corpus: CorpusArgs,
    pub out: PathBuf,
    pub templates: Option<PathBuf>,
    pub title: Option<String>,
    pub lang: Lang,
    pub pdf_standard: PdfStandardArg,
    pub front_matter: FrontMatter,
    pub formats: Vec<Format>,
    /// At most this many events per year are printed in full (0: all).
    pub max_per_year: usize,
    /// The document date (config `build.date` or `SOURCE_DATE_EPOCH`); none for a fixed,
    /// unprinted default.
    pub build_time: Option<DateTime<Utc>>,
}

impl BuildArgs {
    /// The defaults, reading `input` and writing `out`.
    pub fn new(input: &Path, out: &Path) -> Self {
        BuildArgs {
            corpus: CorpusArgs::new(input),
            out: out.to_path_buf(),
            templates: None,
            title: None,
            lang: Lang::Vi,
            pdf_standard: PdfStandardArg::None,
            front_matter: FrontMatter::None,
            formats: Format::ALL.to_vec(),
            max_per_year: DEFAULT_MAX_PER_YEAR,
            build_time: None,
        }
    }
}

/// Flags over the config file over the defaults, for the corpus.
pub fn resolve_corpus(opts: &CorpusOpts, cfg: &LoadedConfig) -> Result<CorpusArgs, ConfigError> {
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
    };
    if args.from > args.to {
        return Err(ConfigError::Usage(format!(
            "the range starts ({}) after it ends ({})",
            args.from, args.to
        )));
    }
    Ok(args)
}

/// Flags over the config file over the defaults, for `build`. `source_date_epoch` is the
/// environment's `SOURCE_DATE_EPOCH`.
pub fn resolve_build(
    opts: &BuildOpts,
    cfg: &LoadedConfig,
    source_date_epoch: Option<&str>,
) -> Result<BuildArgs, ConfigError> {
    let c = &cfg.config;
    let corpus = resolve_corpus(&opts.corpus, cfg)?;
    let build_time = match (c.build.as_ref().and_then(|b| b.date), source_date_epoch) {
        (Some(d), _) => Some(d.and_hms_opt(0, 0, 0).unwrap().and_utc()),
        (None, Some(v)) => {
            let secs: i64 = v.trim().parse().map_err(|_| {
                ConfigError::Usage(format!(
                    "SOURCE_DATE_EPOCH={v:?} is not a number of seconds"
                ))
            })?;
            Some(DateTime::from_timestamp(secs, 0).ok_or_else(|| {
                ConfigError::Usage(format!("SOURCE_DATE_EPOCH={v:?} is out of range"))
            })?)
        }
        (None, None) => None,
    };
    let mut formats = opts
        .formats
        .clone()
        .or_else(|| c.formats.clone())
        .unwrap_or_else(|| Format::ALL.to_vec());
    formats.sort();
    formats.dedup();
    if formats.is_empty() {
        return Err(ConfigError::Usage("no output format chosen".into()));
    }
    Ok(BuildArgs {
        corpus,
        out: opts
            .out
            .clone()
            .or_else(|| cfg.path_of(&c.out))
            .unwrap_or_else(|| PathBuf::from("out")),
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
        build_time,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_parses() {
        let c = parse(
            "input = \"a\"\nout = \"o\"\ntemplates = \"t\"\ndata = \"d\"\ntitle = \"T\"\nlang = \"en\"\npdf_standard = \"a-2b\"\nfront_matter = \"hugo\"\nformats = [\"md\", \"pdf\"]\n[range]\nfrom = 2018-01-01\nto = 2019-12-31\n[build]\ndate = 2024-05-01\nmax_article_bytes = 10\nstrict = true\n",
            "c.toml",
        )
        .unwrap();
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.pdf_standard, Some(PdfStandardArg::A2b));
        assert_eq!(c.formats, Some(vec![Format::Md, Format::Pdf]));
        assert_eq!(c.range.unwrap().from.unwrap().to_string(), "2018-01-01");
        assert_eq!(c.build.unwrap().date.unwrap().to_string(), "2024-05-01");
    }

    #[test]
    fn unknown_keys_are_errors_naming_the_key_and_line() {
        let e = parse("input = \"a\"\nouput = \"o\"\n", "c.toml")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("c.toml:2:") && e.contains("ouput"), "{e}");
        let e = parse("[range]\nfrom = 2018-01-01\nuntil = 2019-01-01\n", "c.toml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("until"), "{e}");
    }

    #[test]
    fn flags_override_the_config_which_overrides_defaults() {
        let cfg = LoadedConfig {
            config: parse(
                "lang = \"en\"\ntitle = \"Config\"\nout = \"o\"\n[build]\ndate = 2024-05-01\n",
                "c",
            )
            .unwrap(),
            base: PathBuf::from("/conf"),
            ..Default::default()
        };
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
            force: false,
            check: false,
            wait: None,
        };
        let b = resolve_build(&opts, &cfg, Some("0")).unwrap();
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
        assert!(resolve_build(&opts, &LoadedConfig::default(), Some("soon")).is_err());
    }
}
