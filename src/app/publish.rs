//! Publishing a build into its output folder: the lock, the checks on the folder, and the
//! replacement of the files chronobrief owns there, one at a time, the manifest last.
//!
//! The rules, which keep a user's own files safe whatever folder `--out` names:
//! - the folder is never renamed, moved or deleted (so it may be a mount point or a symbolic
//!   link to a folder), and neither is any file in it that chronobrief does not own;
//! - chronobrief owns the files its last manifest lists (and the manifest itself), plus the
//!   outputs of this build; a folder that holds visible files but no chronobrief manifest is
//!   refused, as is one that is, contains or lies inside a folder the build reads;
//! - outputs are plain file names, except the briefs of named focuses (`NAME/brief.pdf`) and
//!   the texts of web pages and scraper records under `sources/`: their folders are made as
//!   needed, only through real folders (never a symbolic link), and a file there that the last
//!   manifest does not list is never replaced;
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
use crate::digest::sha256_hex;
use crate::manifest::{is_output_name, Manifest, MANIFEST, SOURCES};

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

    /// The bytes of output `name` as the previous build wrote it: none when that build did not
    /// write it, or when it was edited, replaced by something else or removed since.
    pub fn written(&self, out: &Path, name: &str) -> Option<Vec<u8>> {
        match target_state(out, self, name) {
            Target::Unchanged if name != MANIFEST => std::fs::read(out.join(name)).ok(),
            _ => None,
        }
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
        check_folder(out)?;
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
        // The pid is written only over what a build of ours wrote there (a pid, or nothing):
        // a file someone else made at this name is never truncated.
        let mut held = String::new();
        let ours = file.read_to_string(&mut held).is_ok()
            && held.len() <= 24
            && held.trim().bytes().all(|b| b.is_ascii_digit());
        if !ours {
            let _ = file.unlock();
            return Err(AppError::env(format!(
                "{} is not a chronobrief lock (it holds something other than a process id)",
                path.display()
            ))
            .hint("move that file away; chronobrief never replaces what it did not write"));
        }
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

/// Refuses an `--out` that names something other than a folder (or nothing yet): a file, or a
/// link that points nowhere, which a build would otherwise try to create a folder over.
fn check_folder(out: &Path) -> Result<(), AppError> {
    let Ok(meta) = std::fs::symlink_metadata(out) else {
        return Ok(());
    };
    let what = match std::fs::metadata(out) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => "is a file, not a folder",
        Err(_) if meta.file_type().is_symlink() => "is a link to nothing",
        Err(_) => "cannot be read",
    };
    Err(
        AppError::env(format!("the output folder {} {what}", out.display()))
            .hint("pass a folder (new, empty, or one chronobrief built) with --out"),
    )
}

fn open_lock(path: &Path) -> Result<File, AppError> {
    let mut opts = OpenOptions::new();
    opts.create(true).truncate(false).read(true).write(true);
    no_follow(&mut opts);
    let file = opts.open(path).map_err(|e| {
        if is_link_error(&e, path) {
            link_in_the_way(path)
        } else {
            AppError::env(format!("cannot open the lock {}: {e}", path.display()))
        }
    })?;
    check_own_file(&file, path)?;
    Ok(file)
}

/// Makes `opts` refuse to open a symbolic link at the last part of the path (`O_NOFOLLOW`).
fn no_follow(opts: &mut OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NOFOLLOW);
    }
    #[cfg(not(unix))]
    let _ = opts;
}

/// True when opening `path` failed because a symbolic link is there.
fn is_link_error(e: &std::io::Error, path: &Path) -> bool {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return true;
    }
    let _ = e;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The error for a link found where chronobrief writes.
fn link_in_the_way(path: &Path) -> AppError {
    AppError::env(format!(
        "refusing to write {}: it is a link, and chronobrief never writes through a link",
        path.display()
    ))
    .hint("remove the link (the file it points to is left alone) and build again")
}

/// Refuses an opened file that is not a plain file of its own: a device, a FIFO, or a file with
/// other hard links (writing it would change a file elsewhere).
fn check_own_file(file: &File, path: &Path) -> Result<(), AppError> {
    let meta = file
        .metadata()
        .map_err(|e| AppError::env(format!("cannot read {}: {e}", path.display())))?;
    if !meta.is_file() || hard_links(&meta) > 1 {
        return Err(link_in_the_way(path));
    }
    Ok(())
}

/// How many names the file has (1 where the platform cannot say).
fn hard_links(meta: &std::fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.nlink()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
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

impl BuildLock {
    /// What dropping the lock removes, for a process that must end without unwinding: the lock
    /// file, and the output folder when this build created it and it is still empty.
    pub fn release_on_exit(&self) -> impl FnOnce() + Send + 'static {
        let (path, created) = (self.path.clone(), self.created.clone());
        move || {
            let _ = std::fs::remove_file(&path);
            if let Some(out) = created {
                let _ = std::fs::remove_dir(out);
            }
        }
    }
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
    force: bool,
) -> Result<Vec<PathBuf>, AppError> {
    remove_stale_temps(out);
    let mut all: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_ref(), b.as_slice()))
        .collect();
    all.push((MANIFEST, manifest));
    check_targets(out, previous, &all, force)?;
    // Every check passed: only now is anything created.
    for (name, _) in all.iter().filter(|(n, _)| n.contains('/')) {
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
    let mut staged: Vec<(&str, PathBuf)> = Vec::new();
    for (name, bytes) in files {
        match write_temp(&out.join(name), bytes) {
            Ok(tmp) => staged.push((name, tmp)),
            Err(e) => {
                for (_, t) in &staged {
                    let _ = std::fs::remove_file(t);
                }
                return Err(e.hint("the previous outputs are unchanged; check the free space and permissions of the output folder"));
            }
        }
    }
    Ok(staged)
}

/// Writes `bytes` to a new temporary file beside `target` and flushes it; returns its path.
/// The file is created exclusively (`O_EXCL`: never an existing file, never through a link)
/// under a name no one can plant in advance: the pid and a per-process counter, tried again on
/// a clash.
pub fn write_temp(target: &Path, bytes: &[u8]) -> Result<PathBuf, AppError> {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let pid = std::process::id();
    for _ in 0..64 {
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let tmp = temp_path(target, pid, &format!("{n:x}{nanos:08x}"));
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        no_follow(&mut opts);
        let mut file = match opts.open(&tmp) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(AppError::env(format!(
                    "cannot write {}: {e}",
                    tmp.display()
                )))
            }
        };
        if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
            let _ = std::fs::remove_file(&tmp);
            return Err(AppError::env(format!(
                "cannot write {}: {e}",
                tmp.display()
            )));
        }
        return Ok(tmp);
    }
    Err(AppError::env(format!(
        "cannot create a temporary file beside {}",
        target.display()
    )))
}

/// Replaces `target` with `bytes` atomically (a temporary file renamed over it): a link at
/// `target` is refused, never written through.
pub fn replace_file(target: &Path, bytes: &[u8]) -> Result<(), AppError> {
    if std::fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(link_in_the_way(target));
    }
    let tmp = write_temp(target, bytes)?;
    std::fs::rename(&tmp, target).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        AppError::env(format!("cannot replace {}: {e}", target.display()))
    })
}

/// Refuses a build whose outputs cannot be written without harm: a folder where a file goes,
/// a path under `sources/` through something that is not a real folder, a link at an output's
/// name, a file there that the last build did not write, or (unless `force`) one the user
/// edited since.
fn check_targets(
    out: &Path,
    previous: &Previous,
    all: &[(&str, &[u8])],
    force: bool,
) -> Result<(), AppError> {
    for (name, _) in all {
        if name.contains('/') {
            make_folders(out, name, false)?;
        }
        check_target(out, previous, name, force)?;
    }
    Ok(())
}

/// What stands at an output's name before a build replaces it.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// Nothing: the output is new.
    Free,
    /// The file the last build wrote, as it wrote it.
    Unchanged,
    /// The file the last build wrote, edited since.
    Edited,
    /// A file the last build did not write.
    Foreign,
    /// A symbolic link, a file with other hard links, a folder, a device or a FIFO.
    NotAFile(&'static str),
}

fn target_state(out: &Path, previous: &Previous, name: &str) -> Target {
    let target = out.join(name);
    let Ok(meta) = std::fs::symlink_metadata(&target) else {
        return Target::Free;
    };
    if meta.file_type().is_symlink() {
        return Target::NotAFile("a symbolic link");
    }
    if meta.is_dir() {
        return Target::NotAFile("a folder");
    }
    if !meta.is_file() {
        return Target::NotAFile("not a regular file");
    }
    if hard_links(&meta) > 1 {
        return Target::NotAFile("a file with other hard links");
    }
    if name == MANIFEST {
        // The manifest is chronobrief's when it reads as one (`Previous::read` checked it).
        return match previous.manifest {
            Some(_) => Target::Unchanged,
            None => Target::Foreign,
        };
    }
    let recorded = previous
        .manifest
        .as_ref()
        .and_then(|m| m.outputs.get(name).filter(|_| is_output_name(name)));
    match recorded {
        None => Target::Foreign,
        Some(digest) if std::fs::read(&target).is_ok_and(|b| sha256_hex(&b) == *digest) => {
            Target::Unchanged
        }
        Some(_) => Target::Edited,
    }
}

fn check_target(out: &Path, previous: &Previous, name: &str, force: bool) -> Result<(), AppError> {
    let target = out.join(name);
    let shown = target.display();
    match target_state(out, previous, name) {
        Target::Free | Target::Unchanged => Ok(()),
        Target::Edited if force => Ok(()),
        Target::Edited => Err(AppError::env(format!(
            "{shown} was edited since chronobrief wrote it; it is kept, and the build stops"
        ))
        .hint("move your edited copy elsewhere, or pass --force to replace it with a new build")),
        Target::Foreign => Err(AppError::env(format!(
            "cannot write {shown}: a file chronobrief did not write is there"
        ))
        .hint("move that file away; chronobrief never replaces what it did not write")),
        Target::NotAFile(what) => Err(AppError::env(format!(
            "cannot write {shown}: it is {what}, and chronobrief writes only plain files of its own"
        ))
        .hint(
            "move it away (a link's target is left alone); chronobrief never writes through a link",
        )),
    }
}

/// The outputs of the last build that were edited since it wrote them: every later build
/// reports them until the user moves them away or passes `--force`.
pub fn edited_outputs(out: &Path, previous: &Previous) -> Vec<PathBuf> {
    previous
        .owned()
        .into_iter()
        .filter(|n| n != MANIFEST && target_state(out, previous, n) == Target::Edited)
        .map(|n| out.join(n))
        .collect()
}

/// The temporary file beside `target`, in the same folder so that the rename is atomic:
/// `.NAME.chronobrief-tmp-PID-UNIQUE`.
fn temp_path(target: &Path, pid: u32, unique: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}{TEMP_MARK}{pid}-{unique}"))
}

/// The process that wrote a temporary file, from its name (`None`: not one of ours).
fn temp_owner(name: &str) -> Option<u32> {
    if !name.starts_with('.') {
        return None;
    }
    let rest = &name[name.find(TEMP_MARK)? + TEMP_MARK.len()..];
    let pid = rest.split('-').next()?;
    pid.parse().ok()
}

/// True while process `pid` runs (this process included).
fn is_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // Signal 0 only asks whether the process exists; EPERM means it does, as another user's.
        // SAFETY: kill with signal 0 sends nothing and touches no memory.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    true
}

/// Checks, then with `create` creates, the folders of `name` (a path with folders) inside
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

/// Removes the temporary files a killed build left (they carry [`TEMP_MARK`] and the pid of a
/// process that no longer runs), in `out`, the folders of its named briefs and every folder
/// under its `sources/`. Runs on every build, also one that finds `out/` up to date, and on
/// `--check`.
pub fn remove_stale_temps(out: &Path) {
    remove_temps_in(out, Depth::Folders);
}

/// How far [`remove_temps_in`] looks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// The folder only.
    Files,
    /// The folder and its folders (a named brief's), and every folder under `sources/`.
    Folders,
    /// Every folder below.
    All,
}

fn remove_temps_in(dir: &Path, depth: Depth) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Ok(kind) = e.file_type() else {
            continue;
        };
        if kind.is_file() && temp_owner(&name).is_some_and(|pid| !is_alive(pid)) {
            let _ = std::fs::remove_file(e.path());
        } else if kind.is_dir() {
            // A link is not a folder here (`file_type` does not follow links): only real
            // folders are searched.
            match depth {
                Depth::Files => {}
                Depth::Folders if format!("{name}/") == SOURCES => {
                    remove_temps_in(&e.path(), Depth::All)
                }
                Depth::Folders => remove_temps_in(&e.path(), Depth::Files),
                Depth::All => remove_temps_in(&e.path(), Depth::All),
            }
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
        publish(out, &Previous::default(), files, &manifest(files), false).unwrap();
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
        let missing = Previous::read(&dir.path().join("new")).unwrap();
        assert!(
            missing.manifest.is_none(),
            "a missing folder has no previous build"
        );
        std::fs::write(dir.path().join(".gitkeep"), "").unwrap();
        assert!(
            Previous::read(dir.path()).is_ok_and(|p| p.manifest.is_none()),
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
        publish(out, &previous, &second, &manifest(&second), false).unwrap();
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
            false,
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
            false,
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
        publish(out, &previous, &files, &manifest(&files), false).unwrap();
        assert_eq!(names(&texts), vec!["line-1.txt"]);
        assert_eq!(names(&out.join("sources")), vec!["a.html.txt", "c.jsonl"]);
        // The next build reads only the page: the export's text goes, with its folder.
        let next = vec![("sources/a.html.txt", b"a".to_vec())];
        let previous = Previous::read(out).unwrap();
        publish(out, &previous, &next, &manifest(&next), false).unwrap();
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
        publish(&out, &previous, &next, &manifest(&next), false).unwrap();
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
        // A name too long for the file system makes staging fail after a.md was staged.
        let long = format!("{}.md", "b".repeat(300));
        let bad = vec![("a.md", b"two".to_vec()), (long.as_str(), b"two".to_vec())];
        assert!(publish(
            out,
            &Previous::read(out).unwrap(),
            &bad,
            &manifest(&bad),
            false
        )
        .is_err());
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

    /// A file outside the output folder that planted links point at, and what it must keep.
    #[cfg(unix)]
    fn victim(dir: &Path) -> PathBuf {
        let v = dir.join("victim.txt");
        std::fs::write(&v, "precious").unwrap();
        v
    }

    /// Every kind of link planted at an output's name is refused, nothing is written through
    /// it, and the previous outputs stay as they were.
    #[cfg(unix)]
    #[test]
    fn links_at_output_names_are_refused_never_written_through() {
        use std::os::unix::fs::symlink;
        for name in ["brief.md", "brief.pdf", MANIFEST] {
            for kind in ["symlink", "dangling", "hardlink"] {
                let dir = tempfile::tempdir().unwrap();
                let out = dir.path().join("out");
                std::fs::create_dir(&out).unwrap();
                publish_md_and_pdf(&out);
                let v = victim(dir.path());
                let nowhere = dir.path().join("created-outside.txt");
                let at = out.join(name);
                std::fs::remove_file(&at).unwrap();
                match kind {
                    "symlink" => symlink(&v, &at).unwrap(),
                    "dangling" => symlink(&nowhere, &at).unwrap(),
                    _ => std::fs::hard_link(&v, &at).unwrap(),
                }
                let files = vec![
                    ("brief.md", b"new".to_vec()),
                    ("brief.pdf", b"new".to_vec()),
                ];
                let previous = Previous::read(&out).unwrap_or_default();
                let r = publish(&out, &previous, &files, &manifest(&files), true);
                let e = r.expect_err(&format!("{kind} at {name} is refused"));
                // A linked manifest is no manifest: the outputs are then named as foreign.
                assert!(
                    name == MANIFEST || e.message.contains(name),
                    "{kind} at {name}: {e}"
                );
                assert_eq!(std::fs::read_to_string(&v).unwrap(), "precious");
                assert!(
                    !nowhere.exists(),
                    "{kind} at {name}: nothing created outside"
                );
                assert!(
                    std::fs::symlink_metadata(&at).is_ok(),
                    "the link itself is left"
                );
            }
        }
    }

    /// Links planted at the temporary names of earlier versions, or of a guessed pid, are never
    /// opened: temporary files are created exclusively under names no one can plant.
    #[cfg(unix)]
    #[test]
    fn links_at_temporary_names_are_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let v = victim(dir.path());
        let pid = std::process::id();
        for guess in [
            format!(".brief.md{TEMP_MARK}{pid}"),
            format!(".brief.md{TEMP_MARK}{pid}-0"),
            format!(".{MANIFEST}{TEMP_MARK}{pid}"),
        ] {
            std::os::unix::fs::symlink(&v, out.join(guess)).unwrap();
        }
        publish_first(&out, &[("brief.md", b"brief".to_vec())]);
        assert_eq!(std::fs::read_to_string(&v).unwrap(), "precious");
        for name in ["brief.md", MANIFEST] {
            let m = std::fs::symlink_metadata(out.join(name)).unwrap();
            assert!(
                m.is_file(),
                "{name} is a plain file, not a link moved into place"
            );
        }
        assert_eq!(std::fs::read(out.join("brief.md")).unwrap(), b"brief");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_or_a_foreign_file_at_the_lock_is_refused_and_left_whole() {
        let dir = tempfile::tempdir().unwrap();
        let v = victim(dir.path());
        for kind in ["symlink", "hardlink", "foreign"] {
            let out = dir.path().join(format!("out-{kind}"));
            std::fs::create_dir(&out).unwrap();
            let lock = BuildLock::path(&out);
            match kind {
                "symlink" => std::os::unix::fs::symlink(&v, &lock).unwrap(),
                "hardlink" => std::fs::hard_link(&v, &lock).unwrap(),
                _ => std::fs::write(&lock, "my notes").unwrap(),
            }
            let e = BuildLock::acquire(&out, 0).err().expect("refused");
            assert!(e.message.contains(LOCK_FILE), "{kind}: {e}");
            assert_eq!(std::fs::read_to_string(&v).unwrap(), "precious");
            assert!(lock.exists(), "{kind}: the file at the lock's name is left");
        }
        assert_eq!(
            std::fs::read_to_string(dir.path().join("out-foreign").join(LOCK_FILE)).unwrap(),
            "my notes"
        );
    }

    #[test]
    fn a_lock_left_by_a_killed_build_is_reused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::write(BuildLock::path(out), "999999\n").unwrap();
        drop(BuildLock::acquire(out, 0).unwrap());
        assert!(!BuildLock::path(out).exists());
    }

    #[test]
    fn an_out_that_is_a_file_or_a_dangling_link_is_named_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("out");
        std::fs::write(&file, "x").unwrap();
        let e = BuildLock::acquire(&file, 0).err().unwrap();
        assert!(e.message.contains("is a file, not a folder"), "{e}");
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
            let e = BuildLock::acquire(&link, 0).err().unwrap();
            assert!(e.message.contains("is a link to nothing"), "{e}");
        }
    }

    /// A user's file at an output's name (the last build did not write it) is never replaced,
    /// even with `--force`.
    #[test]
    fn a_users_file_at_an_output_name_stops_the_build() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        publish_first(out, &[("timeline.json", b"{}".to_vec())]);
        std::fs::write(out.join("brief.md"), "my own notes").unwrap();
        let files = vec![
            ("timeline.json", b"{}".to_vec()),
            ("brief.md", b"brief".to_vec()),
        ];
        for force in [false, true] {
            let previous = Previous::read(out).unwrap();
            let e = publish(out, &previous, &files, &manifest(&files), force).unwrap_err();
            assert_eq!(e.outcome, super::super::Outcome::Error);
            assert!(
                e.message.contains("brief.md") && e.message.contains("did not write"),
                "{e}"
            );
            assert_eq!(
                std::fs::read(out.join("brief.md")).unwrap(),
                b"my own notes"
            );
        }
    }

    /// An output edited since the build that wrote it stops every later build, which names it,
    /// until `--force`.
    #[test]
    fn an_edited_output_is_reported_until_forced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        publish_md_and_pdf(out);
        std::fs::write(out.join("brief.md"), "edited by hand").unwrap();
        let files = vec![
            ("brief.md", b"two".to_vec()),
            ("brief.pdf", b"pdf".to_vec()),
        ];
        for _ in 0..2 {
            let previous = Previous::read(out).unwrap();
            assert_eq!(edited_outputs(out, &previous), vec![out.join("brief.md")]);
            let e = publish(out, &previous, &files, &manifest(&files), false).unwrap_err();
            assert!(e.message.contains("edited"), "{e}");
            assert_eq!(
                std::fs::read(out.join("brief.md")).unwrap(),
                b"edited by hand"
            );
        }
        let previous = Previous::read(out).unwrap();
        publish(out, &previous, &files, &manifest(&files), true).unwrap();
        assert_eq!(std::fs::read(out.join("brief.md")).unwrap(), b"two");
        assert!(edited_outputs(out, &Previous::read(out).unwrap()).is_empty());
    }

    #[test]
    fn temporary_files_of_a_live_build_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let live = format!(".brief.md{TEMP_MARK}{}-1", std::process::id());
        let dead = format!(".brief.md{TEMP_MARK}999999-1");
        std::fs::write(out.join(&live), "writing").unwrap();
        std::fs::write(out.join(&dead), "half").unwrap();
        remove_stale_temps(out);
        assert_eq!(names(out), vec![live]);
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
