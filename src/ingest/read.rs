//! Reading the input folder: list its files, read each within the size limit, parse it (or
//! take what a cache holds for its bytes), and gather the articles and what was skipped.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::files::{list_articles, read_bounded, Candidate};
use super::{html, jsonl, parse_article, Article, Corpus, IngestError, InputKind, Limits, Skipped};
use crate::knowledge::Knowledge;

/// Reads one input file's bytes into its articles (one, or one per record of a `.jsonl`),
/// each or why not. `file` is the path relative to the input folder, `shown` the path used in
/// error messages.
pub fn parse_file(
    file: &str,
    shown: &Path,
    bytes: &[u8],
    k: &Knowledge,
) -> Vec<Result<Article, IngestError>> {
    let decoded = match from_utf16(bytes) {
        Some(Ok(text)) => Some(text),
        Some(Err(line)) => {
            return vec![Err(IngestError::BadUtf16 {
                path: shown.to_path_buf(),
                line,
            })]
        }
        None => None,
    };
    let bytes = decoded.as_ref().map_or(bytes, |t| t.as_bytes());
    let kind = InputKind::of(Path::new(file));
    if kind != Some(InputKind::Text) {
        // A binary file under a page's or an export's name would otherwise be read as
        // thousands of bad lines.
        if let Some(nul) = bytes.iter().position(|b| *b == 0) {
            return vec![Err(IngestError::Binary {
                path: shown.to_path_buf(),
                line: bytes[..nul].iter().filter(|b| **b == b'\n').count() + 1,
            })];
        }
    }
    match kind {
        Some(InputKind::Html) => vec![html::read(file, shown, bytes, k)],
        Some(InputKind::Jsonl) => jsonl::read(file, shown, bytes, k),
        _ => vec![parse_article(file, shown, bytes, k)],
    }
}

/// Text saved as UTF-16 (Windows' "Unicode"), told by its byte order mark: the text as UTF-8,
/// or the 1-based line where it stops being UTF-16. `None` for any other bytes.
pub fn from_utf16(bytes: &[u8]) -> Option<Result<String, usize>> {
    let unit: fn([u8; 2]) -> u16 = match bytes {
        [0xff, 0xfe, ..] => u16::from_le_bytes,
        [0xfe, 0xff, ..] => u16::from_be_bytes,
        _ => return None,
    };
    // A last odd byte stands as a lone high surrogate, which is always an error at the end.
    let units = bytes[2..]
        .chunks(2)
        .map(|c| <[u8; 2]>::try_from(c).map_or(0xd800, unit));
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => return Some(Err(text.matches('\n').count() + 1)),
        }
    }
    Some(Ok(text))
}

/// Reads every article in `dir` and runs `f` on each as soon as it is read, in parallel. Unless
/// `keep_lines`, an article's lines are dropped once `f` has run, so memory holds one article
/// per thread rather than the whole archive. Results follow `corpus.articles`.
pub fn read_corpus_with<T: Send>(
    dir: &Path,
    k: &Knowledge,
    limits: Limits,
    f: impl Fn(&Article) -> T + Sync + Send,
    keep_lines: bool,
) -> Result<(Corpus, Vec<T>), IngestError> {
    Listing::of(dir)?
        .read_each(limits.max_article_bytes, |file| {
            file.parse(k, &f, keep_lines)
        })
        .gather(limits.strict)
}

/// The input folder listed: every file that looks like an article, checked before anything
/// opens it. Reading a corpus is three steps: list, read each file ([`Listing::read_each`]: then
/// parse it, or take what a cache holds for its bytes), gather ([`ReadFiles::gather`]).
pub struct Listing {
    dir: PathBuf,
    /// The folder's own place: a file read must lie inside it.
    root: PathBuf,
    files: Vec<Candidate>,
}

/// One listed file, read within the size limit.
pub struct ReadFile {
    /// Its name in the corpus, relative to the input folder.
    pub file: String,
    path: PathBuf,
    /// The digest of its bytes ("not read" or "unreadable" when there are none).
    digest: String,
    bytes: Result<Vec<u8>, IngestError>,
}

/// Every listed file read, in the listing's order, with what was made of each.
pub struct ReadFiles<T> {
    dir: PathBuf,
    files: Vec<FileArticles<T>>,
}

/// What one file gave: its articles (an export holds many), each with what was made of it, or
/// why each could not be read.
pub struct FileArticles<T> {
    file: String,
    digest: String,
    results: Vec<Result<(Article, T), IngestError>>,
}

impl Listing {
    /// Lists the articles of `dir`; an error when the folder cannot be read or holds none.
    pub fn of(dir: &Path) -> Result<Self, IngestError> {
        let files = list_articles(dir)?;
        let root = dir.canonicalize().map_err(|source| IngestError::Folder {
            path: dir.to_path_buf(),
            source,
        })?;
        if files.is_empty() {
            return Err(IngestError::Empty {
                path: dir.to_path_buf(),
            });
        }
        Ok(Listing {
            dir: dir.to_path_buf(),
            root,
            files,
        })
    }

    /// Reads every listed file in parallel and makes its articles with `f`. The results keep
    /// the listing's sorted order, so the corpus is the same whatever the number of threads.
    pub fn read_each<T: Send>(
        self,
        max_bytes: u64,
        f: impl Fn(ReadFile) -> FileArticles<T> + Sync + Send,
    ) -> ReadFiles<T> {
        let root = &self.root;
        let files = self
            .files
            .into_par_iter()
            .map(|c| f(ReadFile::of(c, root, max_bytes)))
            .collect();
        ReadFiles {
            dir: self.dir,
            files,
        }
    }
}

impl<T> ReadFiles<T> {
    /// The articles read, in order, and the files and records skipped (or, with `strict`, the
    /// first error); an error when none could be read.
    pub fn gather(self, strict: bool) -> Result<(Corpus, Vec<T>), IngestError> {
        let (corpus, out) = gather(&self.dir, self.files, strict)?;
        if corpus.articles.is_empty() {
            return Err(IngestError::NoneReadable {
                path: self.dir.clone(),
                skipped: corpus.skipped.len(),
            });
        }
        Ok((corpus, out))
    }
}

impl ReadFile {
    /// Reads a listed file: its bytes, when it was checked and is no larger than `max_bytes`.
    fn of(c: Candidate, root: &Path, max_bytes: u64) -> Self {
        let (digest, bytes) = match c.checked {
            Err(e) => ("not read".to_string(), Err(e)),
            Ok(id) => match read_bounded(&c.path, id, root, max_bytes) {
                Ok(bytes) => (crate::digest::sha256_hex(&bytes), Ok(bytes)),
                Err(e) => ("unreadable".to_string(), Err(e)),
            },
        };
        ReadFile {
            file: c.file,
            path: c.path,
            digest,
            bytes,
        }
    }

    /// Parses the file's articles and makes `f` of each; unless `keep_lines`, an article's
    /// lines are dropped once `f` has run.
    pub fn parse<T>(
        self,
        k: &Knowledge,
        f: impl Fn(&Article) -> T,
        keep_lines: bool,
    ) -> FileArticles<T> {
        self.try_parse(k, |a| Ok(f(a)), keep_lines)
    }

    /// [`Self::parse`], where making `T` of an article may fail for that article alone.
    pub fn try_parse<T>(
        self,
        k: &Knowledge,
        f: impl Fn(&Article) -> Result<T, IngestError>,
        keep_lines: bool,
    ) -> FileArticles<T> {
        let results = match &self.bytes {
            Err(_) => Vec::new(),
            Ok(bytes) => parse_file(&self.file, &self.path, bytes, k)
                .into_iter()
                .map(|r| {
                    r.and_then(|mut a| {
                        // A record is known by its own text, not by where it stands in its
                        // export.
                        a.digest = match &a.origin {
                            Some(o) if o.record.is_some() => record_digest(&a),
                            _ => self.digest.clone(),
                        };
                        let t = f(&a)?;
                        if !keep_lines {
                            a.lines = Vec::new();
                        }
                        Ok((a, t))
                    })
                })
                .collect(),
        };
        self.with(results)
    }

    /// The file's one article as a cache kept it for these bytes (without its lines), with
    /// what was made of it then.
    pub fn cached<T>(self, (mut article, made): (Article, T)) -> FileArticles<T> {
        article.digest = self.digest.clone();
        self.with(vec![Ok((article, made))])
    }

    /// The digest of the file's bytes, when they were read (a cache holds only what was read).
    pub fn read_digest(&self) -> Option<&str> {
        self.bytes.as_ref().ok().map(|_| self.digest.as_str())
    }

    fn with<T>(self, results: Vec<Result<(Article, T), IngestError>>) -> FileArticles<T> {
        let results = match self.bytes {
            Err(e) => vec![Err(e)],
            Ok(_) => results,
        };
        FileArticles {
            file: self.file,
            digest: self.digest,
            results,
        }
    }
}

/// A record's digest: of what it says (its address, date and lines), not of the line of its
/// export it stands on, which its text's front matter also names.
pub(super) fn record_digest(a: &Article) -> String {
    let mut text = format!(
        "{}\n{}\n",
        a.url.as_deref().unwrap_or(""),
        a.published.as_ref().map_or("", |(p, _)| p.as_str())
    );
    for l in &a.lines {
        text.push_str(&l.text);
        text.push('\n');
    }
    crate::digest::sha256_hex(text.as_bytes())
}

/// The articles read, in order, and the files and records skipped (or, with `strict`, the
/// first error).
pub(super) fn gather<T>(
    dir: &Path,
    files: Vec<FileArticles<T>>,
    strict: bool,
) -> Result<(Corpus, Vec<T>), IngestError> {
    let mut corpus = Corpus::default();
    let mut out = Vec::new();
    let mut names = std::collections::HashSet::new();
    for FileArticles {
        file,
        digest,
        results,
    } in files
    {
        corpus.digests.push((file.clone(), digest));
        for result in results {
            // A `.txt` input under `sources/` may bear the name of a page's text: keep the first.
            let result = result.and_then(|(a, t)| match names.insert(a.file.clone()) {
                true => Ok((a, t)),
                false => Err(IngestError::Duplicate {
                    path: dir.join(&file),
                    name: a.file,
                }),
            });
            match result {
                Ok((a, t)) => {
                    corpus.articles.push(a);
                    out.push(t);
                }
                Err(e) if strict => return Err(e),
                Err(error) => corpus.skipped.push(Skipped {
                    file: file.clone(),
                    error,
                }),
            }
        }
    }
    Ok((corpus, out))
}
