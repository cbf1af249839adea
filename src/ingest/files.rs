//! The input folder as files: which ones are articles, which must never be opened, and reads
//! that stop at the size limit.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Corpus, IngestError};
use crate::text::nfc;

/// A file of the input folder that looks like an article.
#[derive(Debug)]
pub(super) struct Candidate {
    /// Relative to the input folder, `/`-separated.
    pub file: String,
    /// The path to open.
    pub path: PathBuf,
    /// Why it must not be opened, if so.
    pub checked: Result<(), IngestError>,
}

/// Folders deeper than this are not searched (a safeguard against bind-mount loops).
const MAX_DEPTH: usize = 32;

/// Every input file (`.txt`, `.md`, `.html`, `.htm`, `.jsonl`) under `dir`, in sorted path order, each checked before anything
/// opens it: a special file or a link leading out of `dir` is listed with the reason it is
/// skipped. Hidden files and folders are left out.
pub(super) fn list_articles(dir: &Path) -> Result<Vec<Candidate>, IngestError> {
    let folder_err = |source| IngestError::Folder {
        path: dir.to_path_buf(),
        source,
    };
    let root = dir.canonicalize().map_err(folder_err)?;
    std::fs::read_dir(dir).map_err(folder_err)?;
    let mut found = Vec::new();
    walk(dir, &root, "", 0, &mut found);
    Ok(found)
}

fn walk(dir: &Path, root: &Path, prefix: &str, depth: usize, found: &mut Vec<Candidate>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            let path = dir.to_path_buf();
            let checked = Err(IngestError::Read {
                path: path.clone(),
                source,
            });
            found.push(Candidate {
                file: prefix.trim_end_matches('/').to_string(),
                path,
                checked,
            });
            return;
        }
    };
    let mut entries: Vec<std::fs::DirEntry> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = e.path();
        let file = format!("{prefix}{name}");
        let Ok(kind) = e.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                walk(&path, root, &format!("{file}/"), depth + 1, found);
            }
            continue;
        }
        // A link to a folder is reported whatever its name; other files only when they are
        // named like articles.
        let (checked, to_folder) = if kind.is_symlink() {
            check_link(&path, root)
        } else {
            (check_kind(&path, kind), false)
        };
        if is_article_name(&name) || to_folder {
            found.push(Candidate {
                file,
                path,
                checked,
            });
        }
    }
}

fn is_article_name(name: &str) -> bool {
    super::InputKind::of(Path::new(name)).is_some()
}

/// Whether a symbolic link may be followed: only to a regular file inside `root`. Also says
/// whether it leads to a folder.
fn check_link(path: &Path, root: &Path) -> (Result<(), IngestError>, bool) {
    let err = |source| IngestError::Read {
        path: path.to_path_buf(),
        source,
    };
    let target = match path.canonicalize() {
        Ok(t) => t,
        Err(source) => return (Err(err(source)), false),
    };
    let meta = match std::fs::metadata(&target) {
        Ok(m) => m,
        Err(source) => return (Err(err(source)), false),
    };
    let to_folder = meta.is_dir();
    let checked = if !target.starts_with(root) {
        Err(IngestError::LinkOutside {
            path: path.to_path_buf(),
            target,
        })
    } else if to_folder {
        Err(IngestError::LinkToFolder {
            path: path.to_path_buf(),
        })
    } else {
        check_kind(path, meta.file_type())
    };
    (checked, to_folder)
}

/// Regular files only: opening a FIFO would wait forever for a writer, and a device such as
/// `/dev/zero` never ends.
fn check_kind(path: &Path, kind: std::fs::FileType) -> Result<(), IngestError> {
    if kind.is_file() {
        return Ok(());
    }
    Err(IngestError::NotRegular {
        path: path.to_path_buf(),
        kind: kind_name(kind),
    })
}

#[cfg(unix)]
fn kind_name(kind: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn kind_name(_kind: std::fs::FileType) -> &'static str {
    "a special file"
}

/// Reads at most `max` bytes of a regular file. The file is opened without blocking and its
/// type checked again on the open handle (it may have been swapped since it was listed), and
/// the read stops past `max` whatever size the file claims.
pub(super) fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, IngestError> {
    let read_err = |source| IngestError::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(read_err)?;
    let meta = file.metadata().map_err(read_err)?;
    check_kind(path, meta.file_type())?;
    let too_large = || IngestError::TooLarge {
        path: path.to_path_buf(),
        max,
    };
    if meta.len() > max {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > max {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Where each of `chars` first appears in the corpus: the article's relative path and the
/// 1-based line. Articles keep no lines once extracted, so this reads the files again (on the
/// rare path of a character no font draws), with the same checks and limits as the first read.
pub fn find_chars(
    dir: &Path,
    corpus: &Corpus,
    chars: &[char],
    max: u64,
) -> Vec<(char, String, usize)> {
    let mut found: Vec<(char, String, usize)> = Vec::new();
    if chars.is_empty() {
        return found;
    }
    for a in &corpus.articles {
        // A page's or a record's lines are those of its text, kept in memory.
        let bytes = match &a.origin {
            Some(o) => o.text.as_bytes().to_vec(),
            None => match read_bounded(&dir.join(&a.file), max) {
                Ok(b) => b,
                Err(_) => continue,
            },
        };
        let text = String::from_utf8_lossy(&bytes);
        for (n, line) in text.split('\n').enumerate() {
            let line = nfc(line);
            for &c in chars {
                if line.contains(c) && !found.iter().any(|(f, _, _)| *f == c) {
                    found.push((c, a.file.clone(), n + 1));
                }
            }
        }
        if found.len() == chars.len() {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn reads_stop_at_the_limit_whatever_size_a_file_claims() {
        // /proc files claim to be empty and are not.
        let meta = std::fs::metadata("/proc/self/status").unwrap();
        assert_eq!(meta.len(), 0);
        let e = read_bounded(Path::new("/proc/self/status"), 10).unwrap_err();
        assert!(matches!(e, IngestError::TooLarge { max: 10, .. }), "{e}");
        assert!(read_bounded(Path::new("/proc/self/status"), 1_000_000).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_never_read() {
        let e = read_bounded(Path::new("/dev/zero"), 10).unwrap_err();
        assert!(
            matches!(
                e,
                IngestError::NotRegular {
                    kind: "a device",
                    ..
                }
            ),
            "{e}"
        );
    }

    #[test]
    fn listing_gives_relative_paths_in_order_and_skips_hidden_entries() {
        let dir = tempfile::tempdir().unwrap();
        for p in [
            "b.txt",
            "a/z.md",
            "a/b/c.txt",
            ".git/x.txt",
            "a/.x.txt",
            "notes.pdf",
        ] {
            let p = dir.path().join(p);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let files: Vec<String> = list_articles(dir.path())
            .unwrap()
            .into_iter()
            .map(|c| c.file)
            .collect();
        assert_eq!(files, vec!["a/b/c.txt", "a/z.md", "b.txt"]);
    }
}
