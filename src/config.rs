//! Settings: the config file `chronobrief.toml` and the resolved, validated values the stages
//! run on ([`CorpusArgs`], [`BuildArgs`]). The command line (`cli.rs`) puts its flags
//! over the config file; this module knows nothing of it.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use crate::compile::PdfStandardArg;
pub use crate::ingest::DEFAULT_MAX_ARTICLE_BYTES;
use crate::render::i18n::Lang;
use crate::render::{Format, FrontMatter};
use crate::timeline::{DateRange, Focus};

/// The config file looked for in the working folder.
pub const CONFIG_FILE: &str = "chronobrief.toml";
/// Events per year printed in full unless configured otherwise (0: no per-year cap; the page
/// budget decides).
pub const DEFAULT_MAX_PER_YEAR: usize = 0;
/// The page budget of the printed brief unless configured otherwise.
pub const DEFAULT_PAGES: usize = 30;

/// Why the settings are not usable.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}{}: {message}", .path.display(), .line.map(|l| format!(":{l}")).unwrap_or_default())]
    Invalid {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
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
    /// The brief's page budget (0: print every event).
    pub pages: Option<usize>,
    /// Font files or folders the PDF may also use.
    pub fonts: Option<Vec<PathBuf>>,
    /// Start timeline.csv with a UTF-8 byte-order mark (for Excel).
    pub csv_bom: Option<bool>,
    /// Keep each article's extraction between builds (`.chronobrief-cache/` beside `out`).
    pub cache: Option<bool>,
    pub range: Option<RangeConfig>,
    pub build: Option<BuildConfig>,
    /// `[focus]`: what the brief is about, and `[focus.NAME]`: briefs about other subjects,
    /// built into `out/NAME/`.
    pub focus: Option<FocusTable>,
}

/// The `[focus]` table: the brief's own focus (`match`, `body`, `kind`) and any number of
/// named briefs (`[focus.NAME]` with the same keys and an optional `title`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FocusTable {
    pub main: Focus,
    /// In the order of their names.
    pub named: Vec<NamedBrief>,
}

/// A brief about one subject, built in the same run as the main brief into `out/NAME/`, with
/// the same formats and settings and its own title.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NamedBrief {
    /// Its folder inside the output folder (see [`is_brief_name`]).
    pub name: String,
    pub title: Option<String>,
    pub focus: Focus,
}

/// A named brief's folder: 1 to 64 ASCII letters, digits, `-` and `_`, and not `sources`
/// (the folder of the texts of web pages). Output files all have a dot in their names, so
/// such a folder never stands where a file goes.
pub fn is_brief_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !name.eq_ignore_ascii_case("sources")
}

impl<'de> Deserialize<'de> for FocusTable {
    /// The brief's own focus is read as a [`Focus`] (its keys and their errors are that
    /// type's); each sub-table is a named brief, read as a `Focus` and a `title`.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut t = FocusTable::default();
        let mut main = toml::Table::new();
        for (key, value) in toml::Table::deserialize(d)? {
            match value {
                toml::Value::Table(keys) if is_brief_name(&key) => {
                    if t.named.iter().any(|b| b.name.eq_ignore_ascii_case(&key)) {
                        return Err(D::Error::custom(format!("two named briefs differ only in case ({key}): their folders would be one on some systems")));
                    }
                    t.named.push(named_brief(key, keys).map_err(D::Error::custom)?);
                }
                toml::Value::Table(_) => {
                    return Err(D::Error::custom(format!(
                        "unknown key `{key}` in [focus]: a named brief [focus.NAME] has a NAME (its folder in the output folder) of 1 to 64 letters, digits, - or _, and not `sources`"
                    )))
                }
                value => {
                    main.insert(key, value);
                }
            }
        }
        t.main = Focus::deserialize(toml::Value::Table(main)).map_err(|e| {
            D::Error::custom(format!("[focus]: {e}, or a named brief [focus.NAME]"))
        })?;
        t.named.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(t)
    }
}

/// A `[focus.NAME]` table: a [`Focus`] and an optional `title`.
fn named_brief(name: String, mut keys: toml::Table) -> Result<NamedBrief, String> {
    let wrong = |e: &dyn std::fmt::Display| {
        format!("[focus.{name}]: {e} (a named brief is a table of match, body, kind and title)")
    };
    let title = match keys.remove("title") {
        None => None,
        Some(toml::Value::String(s)) => Some(s),
        Some(other) => {
            return Err(wrong(&format!(
                "title is a {}, not a string",
                other.type_str()
            )))
        }
    };
    let focus = Focus::deserialize(toml::Value::Table(keys)).map_err(|e| wrong(&e))?;
    Ok(NamedBrief { name, title, focus })
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
    /// Seconds rendering and compiling the brief may take (0: no limit).
    pub template_timeout: Option<u64>,
    /// Megabytes of memory rendering and compiling the brief may add (0: no limit).
    pub template_memory: Option<u64>,
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
            path: path.clone(),
            source,
        })?;
        let text = String::from_utf8(bytes.clone()).map_err(|_| ConfigError::Invalid {
            path: path.clone(),
            line: None,
            message: "not UTF-8 text".into(),
        })?;
        let config = parse(&text, &path)?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(LoadedConfig {
            config,
            path: Some(path),
            bytes: Some(bytes),
            base,
        })
    }

    /// A path the config file gives, relative to the config file's folder.
    pub fn path_of(&self, p: &Option<PathBuf>) -> Option<PathBuf> {
        p.as_ref().map(|p| self.relative(p))
    }

    /// `p`, relative to the config file's folder when it is not absolute.
    pub fn relative(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.base.join(p)
        }
    }

    /// The 1-based line of `key` in `[table]` of the file, for messages about its value.
    pub fn line_of(&self, table: &str, key: &str) -> Option<usize> {
        let text = std::str::from_utf8(self.bytes.as_ref()?).ok()?;
        let header = format!("[{table}]");
        let mut in_table = false;
        for (i, line) in text.lines().enumerate() {
            let t = line.trim();
            if t.starts_with('[') {
                in_table = t.starts_with(&header);
            } else if in_table
                && t.strip_prefix(key)
                    .is_some_and(|r| r.trim_start().starts_with('='))
            {
                return Some(i + 1);
            }
        }
        None
    }

    /// The 1-based line of the header `[table]` in the file.
    pub fn line_of_table(&self, table: &str) -> Option<usize> {
        let text = std::str::from_utf8(self.bytes.as_ref()?).ok()?;
        let header = format!("[{table}]");
        text.lines().position(|l| l.trim() == header).map(|i| i + 1)
    }

    /// A config file read from `base` (for tests of the flags over it).
    pub fn from_config(config: Config, base: &Path) -> Self {
        LoadedConfig {
            config,
            base: base.to_path_buf(),
            ..Default::default()
        }
    }
}

/// Parses a config file's text; `origin` names it in errors.
pub fn parse(text: &str, origin: &Path) -> Result<Config, ConfigError> {
    toml::from_str(text).map_err(|e| ConfigError::Invalid {
        path: origin.to_path_buf(),
        line: e.span().map(|s| text[..s.start].matches('\n').count() + 1),
        message: e.message().to_string(),
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
    /// What the brief is about (empty: everything found).
    pub focus: Focus,
}

impl CorpusArgs {
    /// The defaults, reading `input`.
    pub fn new(input: &Path) -> Self {
        CorpusArgs {
            input: input.to_path_buf(),
            from: DateRange::default().from,
            to: DateRange::default().to,
            data: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            strict: false,
            focus: Focus::default(),
        }
    }
}

/// How long and how much memory rendering and compiling a brief may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateLimits {
    /// Wall-clock seconds (0: no limit).
    pub seconds: u64,
    /// Megabytes of resident memory the stages may add to the process (0: no limit).
    pub memory_mb: u64,
}

/// Five minutes: the default brief of any archive renders and compiles in a few seconds.
pub const DEFAULT_TEMPLATE_SECONDS: u64 = 300;
/// 2 GiB over what reading the corpus took: a 30-page brief needs about 100 MB.
pub const DEFAULT_TEMPLATE_MEMORY_MB: u64 = 2048;

impl Default for TemplateLimits {
    fn default() -> Self {
        TemplateLimits {
            seconds: DEFAULT_TEMPLATE_SECONDS,
            memory_mb: DEFAULT_TEMPLATE_MEMORY_MB,
        }
    }
}

/// The hidden folder, beside the output folder, that holds the caches of the output folders
/// next to it.
pub const CACHE_DIR: &str = ".chronobrief-cache";

/// The folder of the cache of output folder `out`: `<parent>/.chronobrief-cache/<name>`.
/// `None` when `out` has no parent or name (`/`).
pub fn cache_dir_for(out: &Path) -> Option<PathBuf> {
    let out = std::path::absolute(out).ok()?;
    let name = out.file_name()?;
    Some(out.parent()?.join(CACHE_DIR).join(name))
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
    /// At most this many events per year are printed in full (0: no per-year cap).
    pub max_per_year: usize,
    /// The brief prints the most important events that fit in this many pages (0: all).
    pub pages: usize,
    /// The document date (config `build.date` or `SOURCE_DATE_EPOCH`); none for a fixed,
    /// unprinted default.
    pub build_time: Option<DateTime<Utc>>,
    /// Font files or folders added to the embedded fonts.
    pub fonts: Vec<PathBuf>,
    /// Start timeline.csv with a UTF-8 byte-order mark.
    pub csv_bom: bool,
    /// The folder of the extraction cache; `None` extracts every article afresh.
    pub cache: Option<PathBuf>,
    /// How long and how much memory the templates may take.
    pub template_limits: TemplateLimits,
    /// Briefs about other subjects, built beside the main one (`[focus.NAME]`).
    pub briefs: Vec<NamedBrief>,
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
            pages: DEFAULT_PAGES,
            build_time: None,
            fonts: Vec::new(),
            csv_bom: true,
            cache: None,
            template_limits: TemplateLimits::default(),
            briefs: Vec::new(),
        }
    }

    /// The briefs a build makes, each by its folder and focus: the main brief (folder "") with
    /// the corpus's focus, then each named brief.
    pub fn brief_folders(&self) -> impl Iterator<Item = (&str, &Focus)> {
        std::iter::once(("", &self.corpus.focus))
            .chain(self.briefs.iter().map(|b| (b.name.as_str(), &b.focus)))
    }
}

/// An output of `build`.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_parses() {
        let c = parse(
            "input = \"a\"\nout = \"o\"\ntemplates = \"t\"\ndata = \"d\"\ntitle = \"T\"\nlang = \"en\"\npdf_standard = \"a-2b\"\nfront_matter = \"hugo\"\nformats = [\"md\", \"pdf\"]\nfonts = [\"f\"]\ncsv_bom = false\n[range]\nfrom = 2018-01-01\nto = 2019-12-31\n[build]\ndate = 2024-05-01\nmax_article_bytes = 10\nstrict = true\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.pdf_standard, Some(PdfStandardArg::A2b));
        assert_eq!(c.formats, Some(vec![Format::Md, Format::Pdf]));
        assert_eq!(c.fonts, Some(vec![PathBuf::from("f")]));
        assert_eq!(c.csv_bom, Some(false));
        assert_eq!(c.range.unwrap().from.unwrap().to_string(), "2018-01-01");
        assert_eq!(c.build.unwrap().date.unwrap().to_string(), "2024-05-01");
    }

    #[test]
    fn unknown_keys_are_errors_naming_the_key_and_line() {
        let e = parse("input = \"a\"\nouput = \"o\"\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("c.toml:2:") && e.contains("ouput"), "{e}");
        let e = parse(
            "[range]\nfrom = 2018-01-01\nuntil = 2019-01-01\n",
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("until"), "{e}");
    }

    #[test]
    fn the_focus_table_reads_its_own_keys_and_named_briefs() {
        let c = parse(
            "[focus]\nmatch = [\"ngoai giao\"]\nkind = [\"conference\"]\n[focus.bien]\ntitle = \"Biển\"\nbody = [\"BNG\"]\n[focus.a]\nmatch = [\"x\"]\n",
            Path::new("c.toml"),
        )
        .unwrap();
        let f = c.focus.unwrap();
        assert_eq!(f.main.words, vec!["ngoai giao"]);
        assert_eq!(f.main.kinds.len(), 1);
        let named: Vec<(&str, Option<&str>)> = f
            .named
            .iter()
            .map(|b| (b.name.as_str(), b.title.as_deref()))
            .collect();
        assert_eq!(named, vec![("a", None), ("bien", Some("Biển"))]);
        assert_eq!(f.named[1].focus.bodies, vec!["BNG"]);
        for (text, said) in [
            ("[focus]\nmach = [\"x\"]\n", "mach"),
            ("[focus.b]\ntitle = 3\n", "[focus.b]: title is a integer"),
            ("[focus.b]\nbodi = [\"x\"]\n", "[focus.b]"),
            (
                "[focus.\"a b\"]\nmatch = [\"x\"]\n",
                "unknown key `a b` in [focus]",
            ),
            (
                "[focus.B]\nmatch = [\"x\"]\n[focus.b]\nmatch = [\"y\"]\n",
                "differ only in case",
            ),
        ] {
            let e = parse(text, Path::new("c.toml")).unwrap_err().to_string();
            assert!(e.starts_with("c.toml:") && e.contains(said), "{text}: {e}");
        }
    }

    #[test]
    fn the_cache_lies_beside_the_output_folder() {
        let d = cache_dir_for(Path::new("/srv/brief/out")).unwrap();
        assert_eq!(d, Path::new("/srv/brief/.chronobrief-cache/out"));
        assert!(cache_dir_for(Path::new("/")).is_none());
    }
}
