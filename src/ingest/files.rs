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
    /// Why it must not be opened, if so; else the identity of the file checked, which the
    /// file opened must have.
    pub checked: Result<FileId, IngestError>,
}

/// Which file a path led to when it was checked: its device and inode. A read compares the
/// file it opened with it, so a file swapped for a link (or a link re-pointed) between the
/// check and the read is never read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FileId {
    #[cfg(unix)]
    dev: u64,
    #[cfg(unix)]
    ino: u64,
}

impl FileId {
    #[cfg(unix)]
    fn of(meta: &std::fs::Metadata) -> FileId {
        use std::os::unix::fs::MetadataExt;
        FileId {
            dev: meta.dev(),
            ino: meta.ino(),
        }
    }

    /// Without inodes to compare, only the checks made before opening protect the read.
    #[cfg(not(unix))]
    fn of(_meta: &std::fs::Metadata) -> FileId {
        FileId {}
    }
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
    // Links are not followed by the walk: each is checked on its own (see `check_link`).
    let mut walk = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(MAX_DEPTH + 1)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let e = match entry {
            Ok(e) => e,
            // A folder that cannot be read is listed with the reason.
            Err(err) => {
                let Some(path) = err.path().map(Path::to_path_buf) else {
                    continue;
                };
                let source = err
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("cannot be read"));
                found.push(Candidate {
                    file: relative(dir, &path),
                    checked: Err(IngestError::Read {
                        path: path.clone(),
                        source,
                    }),
                    path,
                });
                continue;
            }
        };
        let name = e.file_name().to_string_lossy();
        let kind = e.file_type();
        if name.starts_with('.') {
            if kind.is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        let path = e.path().to_path_buf();
        let file = relative(dir, &path);
        if kind.is_dir() {
            // A brief built into a folder inside the input would be read back as articles.
            if crate::manifest::Manifest::read(&path).is_some() {
                walk.skip_current_dir();
                let checked = Err(IngestError::OutputFolder { path: path.clone() });
                found.push(Candidate {
                    file,
                    path,
                    checked,
                });
            }
            continue;
        }
        // A link to a folder is reported whatever its name; other files only when they are
        // named like articles.
        let (checked, to_folder) = if kind.is_symlink() {
            check_link(&path, &root)
        } else {
            let meta = std::fs::symlink_metadata(&path);
            (check_entry(&path, meta), false)
        };
        if is_article_name(&name) || to_folder {
            found.push(Candidate {
                file,
                path,
                checked,
            });
        }
    }
    Ok(found)
}

/// `path` relative to the input folder `dir`, `/`-separated.
fn relative(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

fn is_article_name(name: &str) -> bool {
    super::InputKind::of(Path::new(name)).is_some()
}

/// A regular file's identity, or why it is not read.
fn check_entry(
    path: &Path,
    meta: std::io::Result<std::fs::Metadata>,
) -> Result<FileId, IngestError> {
    let meta = meta.map_err(|source| IngestError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    check_kind(path, meta.file_type())?;
    Ok(FileId::of(&meta))
}

/// Checks `path` again as [`list_articles`] did (a link only to a regular file inside
/// `root`), for a second read.
fn check_again(path: &Path, root: &Path) -> Result<FileId, IngestError> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => check_link(path, root).0,
        meta => check_entry(path, meta),
    }
}

/// Whether a symbolic link may be followed: only to a regular file inside `root`. Also says
/// whether it leads to a folder.
fn check_link(path: &Path, root: &Path) -> (Result<FileId, IngestError>, bool) {
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
        check_entry(path, Ok(meta))
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

/// Reads at most `max` bytes of the regular file `id` that `path` led to when it was checked.
/// The file is opened without blocking and the open handle checked again: it must be that file
/// (a swap since the check would read another), and the read stops past `max` whatever size
/// the file claims.
///
/// On Linux the file opened is also found by its handle (`/proc/self/fd`) and must lie inside
/// `root`: a folder on its path swapped for a link to somewhere else between the listing and
/// the read would otherwise lead to an outside file that was itself listed through the link.
pub(super) fn read_bounded(
    path: &Path,
    id: FileId,
    root: &Path,
    max: u64,
) -> Result<Vec<u8>, IngestError> {
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
    if FileId::of(&meta) != id || !opened_inside(&file, root) {
        return Err(IngestError::Swapped {
            path: path.to_path_buf(),
        });
    }
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

/// Whether the open `file` lies inside `root`, as the system names it by its handle.
#[cfg(target_os = "linux")]
fn opened_inside(file: &std::fs::File, root: &Path) -> bool {
    use std::os::fd::AsRawFd;
    match std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())) {
        Ok(at) => at.starts_with(root),
        // Without /proc (a sandbox), the identity check stands alone.
        Err(_) => true,
    }
}

#[cfg(not(target_os = "linux"))]
fn opened_inside(_file: &std::fs::File, _root: &Path) -> bool {
    true
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
    let Ok(root) = dir.canonicalize() else {
        return found;
    };
    for a in &corpus.articles {
        // A page's or a record's lines are those of its text, kept in memory.
        let bytes = match &a.origin {
            Some(o) => o.text.as_bytes().to_vec(),
            None => {
                let path = dir.join(&a.file);
                match check_again(&path, &root).and_then(|id| read_bounded(&path, id, &root, max)) {
                    Ok(b) => b,
                    Err(_) => continue,
                }
            }
        };
        let text = match super::from_utf16(&bytes) {
            Some(Ok(t)) => std::borrow::Cow::Owned(t),
            _ => String::from_utf8_lossy(&bytes),
        };
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
        let path = Path::new("/proc/self/status");
        let id = FileId::of(&meta);
        let proc = Path::new("/proc");
        let e = read_bounded(path, id, proc, 10).unwrap_err();
        assert!(matches!(e, IngestError::TooLarge { max: 10, .. }), "{e}");
        assert!(read_bounded(path, id, proc, 1_000_000).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_never_read() {
        let id = FileId::of(&std::fs::metadata("/dev/zero").unwrap());
        let e = read_bounded(Path::new("/dev/zero"), id, Path::new("/dev"), 10).unwrap_err();
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

    #[cfg(unix)]
    #[test]
    fn a_file_swapped_after_its_check_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.txt");
        std::fs::write(&secret, "outside text").unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, "an article").unwrap();
        let listed = list_articles(dir.path()).unwrap();
        let id = *listed[0].checked.as_ref().unwrap();
        let root = dir.path().canonicalize().unwrap();
        assert_eq!(read_bounded(&a, id, &root, 100).unwrap(), b"an article");
        // The article is replaced by a link to a file outside the folder after the listing.
        std::fs::remove_file(&a).unwrap();
        std::os::unix::fs::symlink(&secret, &a).unwrap();
        let e = read_bounded(&a, id, &root, 100).unwrap_err();
        assert!(matches!(e, IngestError::Swapped { .. }), "{e}");
        // A link inside the folder re-pointed outside after its check is refused too.
        let inside = dir.path().join("b.txt");
        std::fs::write(&inside, "inside").unwrap();
        let link = dir.path().join("c.txt");
        std::fs::remove_file(&a).unwrap();
        std::os::unix::fs::symlink(&inside, &link).unwrap();
        let id = check_again(&link, &dir.path().canonicalize().unwrap()).unwrap();
        std::fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        assert!(matches!(
            read_bounded(&link, id, &root, 100),
            Err(IngestError::Swapped { .. })
        ));
        // Checked again, the link is refused as leading outside.
        assert!(matches!(
            check_again(&link, &dir.path().canonicalize().unwrap()),
            Err(IngestError::LinkOutside { .. })
        ));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_reached_through_a_folder_swapped_for_a_link_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("a.txt"), "outside text").unwrap();
        let root = dir.path().canonicalize().unwrap();
        // The folder "sub" of the input is a link to the outside folder by the time the file
        // is checked and read: its identity matches, its place does not.
        std::os::unix::fs::symlink(outside.path(), dir.path().join("sub")).unwrap();
        let path = dir.path().join("sub/a.txt");
        let id = FileId::of(&std::fs::metadata(&path).unwrap());
        let e = read_bounded(&path, id, &root, 100).unwrap_err();
        assert!(matches!(e, IngestError::Swapped { .. }), "{e}");
    }

    #[test]
    fn an_output_folder_inside_the_input_is_listed_as_skipped_not_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("brief.md"), "# Brief").unwrap();
        let m = crate::manifest::Manifest::new(
            Default::default(),
            Vec::new(),
            &[("brief.md", b"# Brief".to_vec())],
        );
        std::fs::write(out.join("manifest.json"), m.to_json()).unwrap();
        let listed = list_articles(dir.path()).unwrap();
        let files: Vec<&str> = listed.iter().map(|c| c.file.as_str()).collect();
        assert_eq!(files, vec!["a.txt", "out"]);
        let e = listed[1].checked.as_ref().unwrap_err();
        assert!(matches!(e, IngestError::OutputFolder { .. }), "{e}");
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
