//! Publishing a build into its output folder: the lock, the checks on the folder, and the
//! replacement of the files chronobrief owns there, one at a time, the manifest last.
//!
//! The rules, which keep a user's own files safe whatever folder `--out` names:
//! - the folder is never renamed, moved or deleted (so it may be a mount point or a symbolic
//!   link to a folder), and neither is any file in it that chronobrief does not own;
//! - chronobrief owns the files its last manifest lists (and the manifest itself), plus the
//!   outputs of this build; a folder that holds visible files but no chronobrief manifest is
//!   refused, as is one that is, contains or lies inside a folder the build reads;
//! - outputs are plain file names, except the texts of web pages and scraper records under
//!   `sources/`: their folders are made as needed, only through real folders (never a symbolic
//!   link), and a file there that the last manifest does not list is never replaced;
//! - each output is written to a hidden temporary file beside it, flushed to disk, then renamed
//!   over the old one, so a reader sees the old file or the new one, never half of one; every
//!   temporary file is written before the first rename, so a build that fails to write leaves
//!   every previous output byte-identical; the manifest is renamed last;
//! - the lock is an OS lock on the hidden file `.chronobrief.lock` inside the folder, removed
//!   when the build ends; the OS releases the lock itself when a process dies, so a killed build
//!   never blocks the next one (it only leaves the small file, which the next build reuses and
//!   removes).

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tracing::debug;

use super::AppError;
use crate::manifest::{sha256_hex, Manifest, MANIFEST, SOURCES};

/// The lock file's name inside the output folder.
pub const LOCK_FILE: &str = ".chronobrief.lock";
/// Marks the temporary files of a build in progress: `.brief.pdf.chronobrief-tmp-PID`.
const TEMP_MARK: &str = ".chronobrief-tmp-";

/// Refuses an output folder that is, contains or lies inside one of the folders a build reads
/// (`what` names each one for the message: "input", "templates", "data").
pub fn check_separate(out: &Path, read: &[(&str, &Path)]) -> Result<(), AppError> {
    let o = resolve(out);
    for (what, dir) in read {
        let d = resolve(dir);
        let relation = if o == d {
            "is"
        } else if d.starts_with(&o) {
            "contains"
        } else if o.starts_with(&d) {
            "lies inside"
        } else {
            continue;
        };
        return Err(AppError::env(format!(
            "the output folder {} {relation} the {what} folder {}",
            out.display(),
            dir.display()
        ))
        .hint("choose an --out outside the input, templates and data folders; a build replaces files there"));
    }
    Ok(())
}

/// The absolute, symbolic-link-free form of `p`, also when `p` (or its end) does not exist
/// yet: the longest existing ancestor is resolved and the rest appended.
fn resolve(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    let mut cur = abs.as_path();
    loop {
        if let Ok(c) = cur.canonicalize() {
            let mut out = c;
            for part in rest.iter().rev() {
                match part.to_str() {
                    Some("..") => {
                        out.pop();
                    }
                    Some(".") => {}
                    _ => out.push(part),
                }
            }
            return out;
        }
        match (cur.parent(), cur.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                cur = parent;
            }
            (Some(parent), None) => {
                // Ends in `..` or `.`: keep it for the lexical pass above.
                rest.push(cur.components().next_back().unwrap().as_os_str().into());
                cur = parent;
            }
            _ => return abs,
        }
    }
}

/// What the output folder holds before a build: the files a previous build wrote there.
#[derive(Debug, Default)]
pub struct Previous {
    /// The previous manifest, when there is one.
    pub manifest: Option<Manifest>,
}

impl Previous {
    /// Reads the output folder. A missing or empty folder has no previous build; a folder that
    /// holds visible files but no chronobrief manifest is refused, since its files are someone
    /// else's. Hidden files (`.gitkeep`, `.git`, the lock) do not count.
    pub fn read(out: &Path) -> Result<Previous, AppError> {
        if !out.exists() {
            return Ok(Previous::default());
        }
        if !out.is_dir() {
            return Err(AppError::env(format!(
                "the output folder {} is not a folder",
                out.display()
            ))
            .hint("pass a folder (new, empty, or one chronobrief built) with --out"));
        }
        if let Some(m) = Manifest::read(out) {
            return Ok(Previous { manifest: Some(m) });
        }
        let entries = std::fs::read_dir(out)
            .map_err(|e| AppError::env(format!("cannot read {}: {e}", out.display())))?;
        let mut foreign: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        if foreign.is_empty() {
            return Ok(Previous::default());
        }
        foreign.sort();
        let shown = foreign.len().min(5);
        let more = if foreign.len() > shown { ", …" } else { "" };
        Err(AppError::env(format!(
            "the output folder {} holds files chronobrief did not write ({}{more}) and no {MANIFEST} of a previous build",
            out.display(),
            foreign[..shown].join(", ")
        ))
        .hint("choose a new or empty folder for --out; chronobrief never replaces or deletes files it did not write"))
    }

    /// The files of the previous build, by name.
    fn owned(&self) -> BTreeSet<String> {
        self.manifest
            .as_ref()
            .map(|m| m.owned_names().map(str::to_string).collect())
            .unwrap_or_default()
    }
}

/// An exclusive lock on an output folder, held while a build runs: an OS file lock on
/// [`LOCK_FILE`] inside the folder. The file is removed when the lock is dropped; the OS
/// releases the lock however the process ends, so a killed build never blocks the next one.
pub struct BuildLock {
    file: File,
    path: PathBuf,
    /// The output folder, when this build created it: removed again if the build leaves it
    /// empty (a failed first build leaves nothing behind).
    created: Option<PathBuf>,
}

impl BuildLock {
    /// The lock file of `out`.
    pub fn path(out: &Path) -> PathBuf {
        out.join(LOCK_FILE)
    }

    /// Takes the lock, creating `out` if needed and waiting up to `wait_secs` for another build
    /// to finish.
    pub fn acquire(out: &Path, wait_secs: u64) -> Result<BuildLock, AppError> {
        let created = (!out.exists()).then(|| out.to_path_buf());
        std::fs::create_dir_all(out)
            .map_err(|e| AppError::env(format!("cannot create {}: {e}", out.display())))?;
        let path = Self::path(out);
        let deadline = Instant::now() + Duration::from_secs(wait_secs);
        let mut file = loop {
            // A failed first build that held the lock removes the folder it created.
            let _ = std::fs::create_dir_all(out);
            let mut file = open_lock(&path)?;
            match file.try_lock() {
                // The holder removes the file before it lets go: a lock taken on a file that is
                // no longer at `path` locks nothing, so open the new one and try again.
                Ok(()) if same_file(&file, &path) => break file,
                Ok(()) => continue,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let who = match holder.trim() {
                        "" => String::new(),
                        pid => format!(" (pid {pid})"),
                    };
                    return Err(AppError::env(format!(
                        "another build is writing {}{who}",
                        out.display()
                    ))
                    .hint("wait for it to finish, or pass --wait SECONDS"));
                }
                Err(TryLockError::Error(e)) => {
                    return Err(AppError::env(format!(
                        "cannot lock {}: {e}",
                        path.display()
                    )));
                }
            }
        };
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = writeln!(file, "{}", std::process::id());
        debug!(lock = %path.display(), "lock taken");
        Ok(BuildLock {
            file,
            path,
            created,
        })
    }
}

fn open_lock(path: &Path) -> Result<File, AppError> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| AppError::env(format!("cannot open the lock {}: {e}", path.display())))
}

/// True when `file` is the file at `path` (not one removed from there since it was opened).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        // Removed while still locked, so that a build waiting on this file notices it is gone.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
        if let Some(out) = &self.created {
            // Only succeeds when the folder is empty.
            let _ = std::fs::remove_dir(out);
        }
    }
}

/// Writes a build into `out`: `files` (the outputs) then `manifest`, each replacing its old
/// version atomically. Outputs of the previous build that this one no longer makes are removed
/// when they still hold what that build wrote; one edited since is kept, and returned so that
/// the caller can say so. Call with the lock held.
pub fn publish<N: AsRef<str>>(
    out: &Path,
    previous: &Previous,
    files: &[(N, Vec<u8>)],
    manifest: &[u8],
) -> Result<Vec<PathBuf>, AppError> {
    remove_stale_temps(out);
    let mut all: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_ref(), b.as_slice()))
        .collect();
    all.push((MANIFEST, manifest));
    check_targets(out, previous, &all)?;
    // Every check passed: only now is anything created.
    for (name, _) in all.iter().filter(|(n, _)| n.starts_with(SOURCES)) {
        make_folders(out, name, true)?;
    }
    let staged = stage(out, &all)?;
    for (i, (name, tmp)) in staged.iter().enumerate() {
        if *name == MANIFEST {
            continue;
        }
        if let Err(e) = std::fs::rename(tmp, out.join(name)) {
            for (_, t) in &staged[i..] {
                let _ = std::fs::remove_file(t);
            }
            return Err(AppError::env(format!(
                "cannot replace {}: {e}",
                out.join(name).display()
            )));
        }
    }
    let kept = remove_dropped(out, previous, &all);
    let (_, tmp) = staged.last().expect("the manifest is staged");
    std::fs::rename(tmp, out.join(MANIFEST)).map_err(|e| {
        let _ = std::fs::remove_file(tmp);
        AppError::env(format!(
            "cannot replace {}: {e}",
            out.join(MANIFEST).display()
        ))
    })?;
    if let Ok(dir) = File::open(out) {
        // Makes the renames durable; not every file system can sync a folder.
        let _ = dir.sync_all();
    }
    Ok(kept)
}

/// Writes every file to a temporary file beside its final name, flushed to disk. On failure
/// nothing is left: the temporary files written so far are removed.
fn stage<'a>(out: &Path, files: &[(&'a str, &[u8])]) -> Result<Vec<(&'a str, PathBuf)>, AppError> {
    let pid = std::process::id();
    let mut staged: Vec<(&str, PathBuf)> = Vec::new();
    for (name, bytes) in files {
        let tmp = temp_path(&out.join(name), pid);
        let written = File::create(&tmp).and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        });
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            for (_, t) in &staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(AppError::env(format!("cannot write {}: {e}", tmp.display()))
                .hint("the previous outputs are unchanged; check the free space and permissions of the output folder"));
        }
        staged.push((name, tmp));
    }
    Ok(staged)
}

/// Refuses a build whose outputs cannot be written without harm: a folder where a file goes,
/// a path under `sources/` through something that is not a real folder, or a file there that
/// the last build did not write.
fn check_targets(out: &Path, previous: &Previous, all: &[(&str, &[u8])]) -> Result<(), AppError> {
    let owned = previous.owned();
    for (name, _) in all {
        let target = out.join(name);
        if target.is_dir() {
            return Err(AppError::env(format!(
                "cannot write {}: a folder is in the way",
                target.display()
            ))
            .hint("move that folder away; chronobrief never deletes what it did not write"));
        }
        if name.starts_with(SOURCES) {
            make_folders(out, name, false)?;
            // Only plain names are fixed outputs; a text under `sources/` that is there but
            // not in the last manifest is someone else's file.
            if std::fs::symlink_metadata(&target).is_ok() && !owned.contains(*name) {
                return Err(AppError::env(format!(
                    "cannot write {}: a file chronobrief did not write is there",
                    target.display()
                ))
                .hint("move that file away; chronobrief never replaces what it did not write"));
            }
        }
    }
    Ok(())
}

/// The temporary file beside `target`, in the same folder so that the rename is atomic.
fn temp_path(target: &Path, pid: u32) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}{TEMP_MARK}{pid}"))
}

/// Checks, then with `create` creates, the folders of `name` (a path under `sources/`) inside
/// `out`. A part that exists must be a real folder: a symbolic link or a file there could send
/// the write outside `out` or over someone else's file.
fn make_folders(out: &Path, name: &str, create: bool) -> Result<(), AppError> {
    let mut dir = out.to_path_buf();
    let parts: Vec<&str> = name.split('/').collect();
    for part in &parts[..parts.len() - 1] {
        dir.push(part);
        match std::fs::symlink_metadata(&dir) {
            Ok(m) if m.is_dir() => continue,
            Ok(_) => {
                return Err(AppError::env(format!(
                    "cannot write {}: {} is not a folder chronobrief made",
                    out.join(name).display(),
                    dir.display()
                ))
                .hint("move it away; chronobrief never replaces what it did not write"))
            }
            Err(_) if !create => return Ok(()),
            Err(_) => std::fs::create_dir(&dir)
                .map_err(|e| AppError::env(format!("cannot create {}: {e}", dir.display())))?,
        }
    }
    Ok(())
}

/// Removes the temporary files a killed build left (they carry [`TEMP_MARK`]), in `out` and
/// the folders under its `sources/`.
fn remove_stale_temps(out: &Path) {
    remove_temps_in(out, false);
    let sources = out.join(SOURCES.trim_end_matches('/'));
    // `symlink_metadata` does not follow links: only a real folder is searched.
    if std::fs::symlink_metadata(&sources).is_ok_and(|m| m.is_dir()) {
        remove_temps_in(&sources, true);
    }
}

fn remove_temps_in(dir: &Path, deep: bool) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Ok(kind) = e.file_type() else {
            continue;
        };
        if kind.is_file() && name.starts_with('.') && name.contains(TEMP_MARK) {
            let _ = std::fs::remove_file(e.path());
        } else if deep && kind.is_dir() {
            remove_temps_in(&e.path(), true);
        }
    }
}

/// Removes outputs of the previous build that this one does not make, if unchanged since;
/// returns the ones kept because they were changed.
fn remove_dropped(out: &Path, previous: &Previous, files: &[(&str, &[u8])]) -> Vec<PathBuf> {
    let mut kept = Vec::new();
    let Some(m) = &previous.manifest else {
        return kept;
    };
    let now: BTreeSet<&str> = files.iter().map(|(n, _)| *n).collect();
    for name in previous.owned() {
        if now.contains(name.as_str()) || name == MANIFEST {
            continue;
        }
        let path = out.join(&name);
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let unchanged = meta.is_file()
            && std::fs::read(&path).is_ok_and(|b| Some(&sha256_hex(&b)) == m.outputs.get(&name));
        if unchanged {
            let _ = std::fs::remove_file(&path);
            remove_empty_folders(out, &name);
        } else {
            kept.push(path);
        }
    }
    kept
}

/// Removes the folders of a removed text under `sources/` that are now empty (`remove_dir`
/// fails on a folder that still holds anything).
fn remove_empty_folders(out: &Path, name: &str) {
    let mut dir = out.join(name);
    while dir.pop() && dir != out {
        if std::fs::remove_dir(&dir).is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::{Inputs, Manifest};

    fn manifest(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
        Manifest::new(Inputs::default(), Vec::new(), files)
            .to_json()
            .into_bytes()
    }

    /// Publishes `files` into `out` as a first build does, with no manifest before it.
    fn publish_first(out: &Path, files: &[(&str, Vec<u8>)]) {
        publish(out, &Previous::default(), files, &manifest(files)).unwrap();
    }

    /// A first build of `brief.md` and `brief.pdf`.
    fn publish_md_and_pdf(out: &Path) {
        publish_first(
            out,
            &[
                ("brief.md", b"one".to_vec()),
                ("brief.pdf", b"pdf".to_vec()),
            ],
        );
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_folder_with_foreign_files_and_no_manifest_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Previous::read(&dir.path().join("new")).is_ok());
        std::fs::write(dir.path().join(".gitkeep"), "").unwrap();
        assert!(
            Previous::read(dir.path()).is_ok(),
            "hidden files do not count"
        );
        std::fs::write(dir.path().join("index.html"), "<p>blog</p>").unwrap();
        // A web app's manifest.json is not a chronobrief manifest.
        std::fs::write(dir.path().join(MANIFEST), "{\"name\": \"blog\"}").unwrap();
        let e = Previous::read(dir.path()).unwrap_err();
        assert_eq!(e.outcome, super::super::Outcome::Error);
        assert!(e.message.contains("index.html") && e.hint.is_some(), "{e}");
    }

    #[test]
    fn publishing_replaces_owned_files_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        publish_md_and_pdf(out);
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        std::fs::write(out.join(".gitkeep"), "").unwrap();

        let previous = Previous::read(out).unwrap();
        assert!(previous.manifest.is_some());
        let second = vec![("brief.md", b"two".to_vec())];
        publish(out, &previous, &second, &manifest(&second)).unwrap();
        assert_eq!(std::fs::read(out.join("brief.md")).unwrap(), b"two");
        assert_eq!(std::fs::read(out.join("notes.txt")).unwrap(), b"mine");
        assert_eq!(
            names(out),
            vec![".gitkeep", "brief.md", "manifest.json", "notes.txt"],
            "the dropped, unchanged brief.pdf is removed and no temporary file is left"
        );
    }

    #[test]
    fn a_dropped_output_edited_since_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        publish_md_and_pdf(out);
        std::fs::write(out.join("brief.pdf"), "annotated").unwrap();
        let second = vec![("brief.md", b"two".to_vec())];
        let kept = publish(
            out,
            &Previous::read(out).unwrap(),
            &second,
            &manifest(&second),
        );
        assert_eq!(kept.unwrap(), vec![out.join("brief.pdf")]);
        assert_eq!(std::fs::read(out.join("brief.pdf")).unwrap(), b"annotated");
    }

    #[test]
    fn temporary_files_of_a_killed_build_are_cleaned_and_hidden_files_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::write(out.join(".brief.md.chronobrief-tmp-999999"), "half").unwrap();
        std::fs::write(out.join(".notes"), "mine").unwrap();
        let files = vec![("brief.md", b"whole".to_vec())];
        publish(
            out,
            &Previous::read(out).unwrap(),
            &files,
            &manifest(&files),
        )
        .unwrap();
        assert_eq!(names(out), vec![".notes", "brief.md", "manifest.json"]);
    }

    #[test]
    fn texts_under_sources_are_written_in_their_folders_and_their_temporary_files_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let texts = out.join("sources/c.jsonl");
        std::fs::create_dir_all(&texts).unwrap();
        std::fs::write(texts.join(".line-1.txt.chronobrief-tmp-999999"), "half").unwrap();
        std::fs::write(out.join(MANIFEST), manifest(&[])).unwrap();
        let files = vec![
            ("brief.md", b"b".to_vec()),
            ("sources/a.html.txt", b"a".to_vec()),
            ("sources/c.jsonl/line-1.txt", b"c".to_vec()),
        ];
        let previous = Previous::read(out).unwrap();
        publish(out, &previous, &files, &manifest(&files)).unwrap();
        assert_eq!(names(&texts), vec!["line-1.txt"]);
        assert_eq!(names(&out.join("sources")), vec!["a.html.txt", "c.jsonl"]);
        // The next build reads only the page: the export's text goes, with its folder.
        let next = vec![("sources/a.html.txt", b"a".to_vec())];
        let previous = Previous::read(out).unwrap();
        publish(out, &previous, &next, &manifest(&next)).unwrap();
        assert_eq!(names(&out.join("sources")), vec!["a.html.txt"]);
    }

    #[test]
    fn a_tampered_manifest_cannot_name_files_outside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(dir.path().join("victim.txt"), "keep").unwrap();
        let files = vec![
            ("../victim.txt", b"keep".to_vec()),
            ("brief.md", b"x".to_vec()),
        ];
        std::fs::write(out.join(MANIFEST), manifest(&files)).unwrap();
        let previous = Previous::read(&out).unwrap();
        let next = vec![("brief.md", b"y".to_vec())];
        publish(&out, &previous, &next, &manifest(&next)).unwrap();
        assert_eq!(
            std::fs::read(dir.path().join("victim.txt")).unwrap(),
            b"keep"
        );
    }

    #[test]
    fn a_failed_write_leaves_every_previous_output_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        publish_first(out, &[("a.md", b"one".to_vec()), ("b.md", b"one".to_vec())]);
        let before = names(out);
        let m = std::fs::read(out.join(MANIFEST)).unwrap();
        // A name that cannot be created makes staging fail after a.md was staged.
        let bad = vec![("a.md", b"two".to_vec()), ("no/such/b.md", b"two".to_vec())];
        assert!(publish(out, &Previous::read(out).unwrap(), &bad, &manifest(&bad)).is_err());
        assert_eq!(names(out), before, "no temporary file is left");
        assert_eq!(std::fs::read(out.join("a.md")).unwrap(), b"one");
        assert_eq!(std::fs::read(out.join(MANIFEST)).unwrap(), m);
    }

    #[test]
    fn the_output_folder_must_be_apart_from_what_the_build_reads() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("articles");
        std::fs::create_dir(&input).unwrap();
        let read = [("input", input.as_path())];
        for (out, relation) in [
            (input.clone(), "is"),
            (dir.path().to_path_buf(), "contains"),
            (input.join("out"), "lies inside"),
            (input.join("new/../x"), "lies inside"),
        ] {
            let e = check_separate(&out, &read).unwrap_err();
            assert!(e.message.contains(relation), "{}: {e}", out.display());
        }
        assert!(check_separate(&dir.path().join("out"), &read).is_ok());
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            assert!(check_separate(&link, &read).is_err(), "a link is followed");
        }
    }

    #[test]
    fn the_lock_is_exclusive_and_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let lock = BuildLock::acquire(&out, 0).unwrap();
        assert!(BuildLock::path(&out).exists());
        let e = BuildLock::acquire(&out, 0).err().expect("the lock is held");
        assert!(
            e.message.contains(&format!("(pid {})", std::process::id())),
            "{e}"
        );
        drop(lock);
        assert!(
            !out.exists(),
            "the empty folder this build created is removed"
        );
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("kept.md"), "x").unwrap();
        drop(BuildLock::acquire(&out, 0).unwrap());
        assert_eq!(names(&out), vec!["kept.md"]);
    }
}
