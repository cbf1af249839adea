//! The extraction cache: what ingest and extraction made of each article, kept between builds
//! so that a nightly build re-extracts only the articles that changed.
//!
//! An entry is keyed by the SHA-256 of the article's bytes, its path in the corpus, the
//! knowledge file's digest and the tool's version (with the identity of the executable, so a
//! rebuilt binary never trusts what an older one extracted). Entries live in
//! `.chronobrief-cache/<out folder's name>/` beside the output folder, one JSON file each,
//! written to a temporary file and renamed into place. The cache is only ever an optimisation:
//! an entry that cannot be read or parsed, or that names another key, is extracted again, and
//! the folder is safe to delete at any time.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tracing::{info, warn};

pub use crate::config::{cache_dir_for, CACHE_DIR};
use crate::digest::sha256_hex;
use crate::extract::Mentions;
use crate::ingest::{Article, Corpus};

/// What is kept of one article: the article without its lines, and its mentions.
#[derive(Serialize, Deserialize)]
struct Entry {
    /// The key the entry was written under, checked on reading.
    key: String,
    file: String,
    title: String,
    url: Option<String>,
    url_line: Option<usize>,
    published: Option<(String, usize)>,
    mentions: Mentions,
}

/// An [`Entry`] as written, borrowing what it holds.
#[derive(Serialize)]
struct EntryRef<'a> {
    key: &'a str,
    file: &'a str,
    title: &'a str,
    url: &'a Option<String>,
    url_line: Option<usize>,
    published: &'a Option<(String, usize)>,
    mentions: &'a Mentions,
}

/// The extraction cache of one output folder, for one tool version and one knowledge file.
#[derive(Debug, Clone)]
pub struct ExtractionCache {
    dir: PathBuf,
    version: String,
    knowledge: String,
    /// Read entries but write and remove nothing (`build --check`).
    read_only: bool,
}

/// The tool's version as the cache knows it: the package version and the size and time of the
/// executable, so that a binary built from changed code does not read an older one's entries.
/// `None` when the executable cannot be found; the cache is then not used.
pub fn tool_version() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(exe).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{} ({} bytes, {}.{:09})",
        env!("CARGO_PKG_VERSION"),
        meta.len(),
        mtime.as_secs(),
        mtime.subsec_nanos()
    ))
}

impl ExtractionCache {
    /// The cache in `dir`, for tool `version` and the knowledge file of digest `knowledge`.
    pub fn new(dir: PathBuf, version: &str, knowledge: &str) -> Self {
        ExtractionCache {
            dir,
            version: version.to_string(),
            knowledge: knowledge.to_string(),
            read_only: false,
        }
    }

    /// The same cache, only read from.
    pub fn read_only(mut self) -> Self {
        self.read_only = true;
        self
    }

    /// The folder the entries are in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of article `file` whose bytes have SHA-256 `digest`.
    pub fn key(&self, file: &str, digest: &str) -> String {
        let parts = [
            "chronobrief-cache-1",
            &self.version,
            &self.knowledge,
            file,
            digest,
        ];
        sha256_hex(parts.join("\0").as_bytes())
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The article (without its lines) and mentions kept for `file` with bytes of `digest`.
    pub fn load(&self, file: &str, digest: &str) -> Option<(Article, Mentions)> {
        if !cacheable(file) {
            return None;
        }
        let key = self.key(file, digest);
        let bytes = std::fs::read(self.path(&key)).ok()?;
        let e: Entry = serde_json::from_slice(&bytes).ok()?;
        if e.key != key || e.file != file {
            return None;
        }
        let article = Article {
            file: e.file,
            title: e.title,
            url: e.url,
            url_line: e.url_line,
            published: e.published,
            lines: Vec::new(),
            origin: None,
            digest: digest.to_string(),
        };
        Some((article, e.mentions))
    }

    /// Keeps what was extracted from `a`, whose bytes have SHA-256 `digest`.
    pub fn store(&self, a: &Article, digest: &str, m: &Mentions) -> std::io::Result<()> {
        let key = self.key(&a.file, digest);
        let entry = EntryRef {
            key: &key,
            file: &a.file,
            title: &a.title,
            url: &a.url,
            url_line: a.url_line,
            published: &a.published,
            mentions: m,
        };
        let bytes = serde_json::to_vec(&entry).map_err(std::io::Error::other)?;
        // Written whole to a new temporary file (created exclusively, never through a link),
        // then renamed: a reader never sees half an entry.
        let target = self.path(&key);
        let tmp = super::publish::write_temp(&target, &bytes)
            .map_err(|e| std::io::Error::other(e.message))?;
        std::fs::rename(&tmp, &target).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }

    /// After a read: keeps what was extracted afresh (`fresh[i]` for `corpus.articles[i]`) and
    /// removes the entries no article of the corpus uses any more. Failures only cost speed:
    /// they are logged, never errors.
    pub fn update(&self, corpus: &Corpus, mentions: &[Mentions], fresh: &[bool]) {
        if self.read_only {
            return;
        }
        // Made one level at a time, each checked first: `create_dir_all` would follow a link
        // planted at `.chronobrief-cache` and create folders wherever it leads.
        for dir in self.dir.parent().into_iter().chain([self.dir.as_path()]) {
            match std::fs::symlink_metadata(dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    warn!(dir = %dir.display(), "the extraction cache folder is a link or a file: not written");
                    return;
                }
                Err(_) => {
                    if let Err(e) = std::fs::create_dir(dir) {
                        warn!(dir = %dir.display(), error = %e, "cannot create the extraction cache");
                        return;
                    }
                }
            }
        }
        if !self.is_real_folder() {
            warn!(dir = %self.dir.display(), "the extraction cache folder is a link: not written");
            return;
        }
        let digests: std::collections::HashMap<&str, &str> = corpus
            .digests
            .iter()
            .map(|(f, d)| (f.as_str(), d.as_str()))
            .collect();
        let keys: Vec<(String, bool)> = corpus
            .articles
            .par_iter()
            .zip(mentions)
            .zip(fresh)
            .filter_map(|((a, m), fresh)| {
                if !cacheable(&a.file) || a.origin.is_some() {
                    return None;
                }
                let digest = digests.get(a.file.as_str())?;
                let stored = !*fresh || self.store(a, digest, m).is_ok();
                Some((self.key(&a.file, digest), stored))
            })
            .collect();
        let failed = keys.iter().filter(|(_, ok)| !ok).count();
        if failed > 0 {
            warn!(dir = %self.dir.display(), failed, "cannot write some extraction cache entries");
        }
        let keep: HashSet<String> = keys.into_iter().map(|(k, _)| k).collect();
        let removed = self.prune(&keep);
        info!(
            reused = fresh.iter().filter(|f| !**f).count(),
            extracted = fresh.iter().filter(|f| **f).count(),
            removed,
            "extraction cache"
        );
    }

    /// True when the cache folder and its parent are real folders, not symbolic links: the cache
    /// writes and prunes files, and never in a folder a link leads it to.
    fn is_real_folder(&self) -> bool {
        let real = |p: &Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
        real(&self.dir) && self.dir.parent().is_some_and(real)
    }

    /// Removes the entries (and temporary files of killed builds) whose key is not in `keep`.
    /// Only names this module writes are touched.
    fn prune(&self, keep: &HashSet<String>) -> usize {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for entry in dir.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let stale = match entry_key(name) {
                Some((key, false)) => !keep.contains(key),
                Some((_, true)) => true,
                None => false,
            };
            if stale && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }
}

/// Whether the input file `file` is one the cache keeps: a plain-text article (`.txt`,
/// `.md`). A web page or a scraper's export is read afresh on every build: its articles also
/// carry the text written to `out/sources/`, which the cache does not hold.
pub fn cacheable(file: &str) -> bool {
    crate::ingest::InputKind::of(Path::new(file)) == Some(crate::ingest::InputKind::Text)
}

/// The key of a file name this module writes, and whether it is a temporary file:
/// `KEY.json` or `.KEY.tmp-PID`.
fn entry_key(name: &str) -> Option<(&str, bool)> {
    let is_key = |k: &str| k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(k) = name.strip_suffix(".json").filter(|k| is_key(k)) {
        return Some((k, false));
    }
    // A temporary file: `.KEY.json.chronobrief-tmp-PID-UNIQUE` (or an older build's
    // `.KEY.tmp-PID`).
    let rest = name.strip_prefix('.')?;
    let (k, tail) = rest
        .split_once(".json.chronobrief-tmp-")
        .or_else(|| rest.split_once(".tmp-"))?;
    let ours = tail.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    (is_key(k) && ours).then_some((k, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn article(text: &str) -> (Article, Mentions) {
        let k = Knowledge::embedded();
        let a = crate::ingest::parse_article("a.txt", "a.txt", text.as_bytes(), &k).unwrap();
        let m = crate::extract::extract_article(&a, &k);
        (a, m)
    }

    const TEXT: &str = "Sáng 9/10/2020, tại Cần Thơ, Bộ Công Thương tổ chức Hội nghị Xúc tiến thương mại lần thứ 7. Thủ tướng yêu cầu các cơ quan đẩy mạnh xuất khẩu nông sản.\n";

    #[test]
    fn an_entry_reads_back_as_what_was_extracted() {
        let dir = tempfile::tempdir().unwrap();
        let c = ExtractionCache::new(dir.path().to_path_buf(), "1.0", "k");
        let (a, m) = article(TEXT);
        assert!(!m.conferences.is_empty() && !m.directives.is_empty());
        c.store(&a, "d", &m).unwrap();
        let (b, n) = c.load("a.txt", "d").expect("a hit");
        assert_eq!((b.file, b.title), (a.file, a.title));
        assert_eq!(
            serde_json::to_string(&n).unwrap(),
            serde_json::to_string(&m).unwrap()
        );
        assert_eq!(n.conferences[0].date, m.conferences[0].date);
        assert_eq!(n.document_date, m.document_date);
    }

    #[test]
    fn another_version_knowledge_file_content_or_path_misses() {
        let dir = tempfile::tempdir().unwrap();
        let c = ExtractionCache::new(dir.path().to_path_buf(), "1.0", "k");
        let (a, m) = article(TEXT);
        c.store(&a, "d", &m).unwrap();
        let other_version = ExtractionCache::new(dir.path().to_path_buf(), "1.1", "k");
        let other_knowledge = ExtractionCache::new(dir.path().to_path_buf(), "1.0", "k2");
        assert!(other_version.load("a.txt", "d").is_none());
        assert!(other_knowledge.load("a.txt", "d").is_none());
        assert!(c.load("a.txt", "changed").is_none());
        assert!(c.load("b.txt", "d").is_none());
        assert!(c.load("a.txt", "d").is_some());
    }

    #[test]
    fn a_corrupt_or_misplaced_entry_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let c = ExtractionCache::new(dir.path().to_path_buf(), "1.0", "k");
        let (a, m) = article(TEXT);
        c.store(&a, "d", &m).unwrap();
        let path = c.path(&c.key("a.txt", "d"));
        let good = std::fs::read(&path).unwrap();
        std::fs::write(&path, &good[..good.len() / 2]).unwrap();
        assert!(c.load("a.txt", "d").is_none(), "a truncated entry");
        // An intact entry copied under another key is not taken for that key's.
        std::fs::write(c.path(&c.key("b.txt", "d")), &good).unwrap();
        assert!(
            c.load("b.txt", "d").is_none(),
            "an entry under the wrong key"
        );
    }

    #[test]
    fn only_the_cache_own_names_are_pruned() {
        let key = "ab".repeat(32);
        assert_eq!(
            entry_key(&format!("{key}.json")),
            Some((key.as_str(), false))
        );
        assert_eq!(
            entry_key(&format!(".{key}.tmp-42")),
            Some((key.as_str(), true))
        );
        for other in [
            "notes.json",
            ".gitkeep",
            "x.tmp-1",
            &format!("{key}.json.bak"),
        ] {
            assert_eq!(entry_key(other), None, "{other}");
        }
    }
}
