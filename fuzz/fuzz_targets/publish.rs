//! The publish step against whatever the output folder holds: a random tree of files, folders,
//! symbolic links (to files outside, dangling, to folders) and hard links to outside files, at
//! the outputs' names, the lock's, temporary files' and others, with or without the manifest of
//! a real earlier build. Whatever happens, nothing outside the folder changes; a publish that
//! succeeds leaves every output a regular file holding exactly its bytes; one that fails leaves
//! every entry it found as it was.
#![no_main]

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use chronobrief::app::{publish, Previous};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 10] = [
    "brief.md",
    "brief.pdf",
    "timeline.json",
    "manifest.json",
    "sources",
    "sources/a.html.txt",
    ".chronobrief.lock",
    ".brief.md.chronobrief-tmp-1-0",
    ".brief.md.chronobrief-tmp-999999999-3",
    "notes.txt",
];

/// What a path holds, for comparing before and after.
#[derive(Debug, PartialEq, Eq, Clone)]
enum Entry {
    File(Vec<u8>, u64),
    Dir,
    Link(std::path::PathBuf),
}

fn snapshot(root: &Path) -> BTreeMap<String, Entry> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            let name = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            let entry = if meta.file_type().is_symlink() {
                Entry::Link(std::fs::read_link(&p).unwrap())
            } else if meta.is_dir() {
                stack.push(p.clone());
                Entry::Dir
            } else {
                Entry::File(std::fs::read(&p).unwrap(), meta.ino())
            };
            out.insert(name, entry);
        }
    }
    out
}

fn outputs(seed: u8) -> Vec<(String, Vec<u8>)> {
    vec![
        ("brief.md".to_string(), vec![b'm', seed]),
        ("brief.pdf".to_string(), vec![b'p', seed]),
        ("sources/a.html.txt".to_string(), vec![b's', seed]),
        ("timeline.json".to_string(), vec![b'{', seed, b'}']),
    ]
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, ops)) = data.split_first() else { return };
    let base = tempfile::tempdir().unwrap();
    let out = base.path().join("out");
    let outside = base.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret"), b"outside").unwrap();
    std::fs::create_dir_all(&out).unwrap();
    if flags & 1 == 1 {
        // A real earlier build, whose manifest lists its files.
        let m = chronobrief::manifest::Manifest::new(Default::default(), Vec::new(), &outputs(0));
        let previous = Previous::read(&out).unwrap();
        publish(&out, &previous, &outputs(0), m.to_json().as_bytes(), false).unwrap();
    }
    for op in ops.chunks(2).take(12) {
        let name = NAMES[op[0] as usize % NAMES.len()];
        let path = out.join(name);
        let kind = op.get(1).copied().unwrap_or(0) % 7;
        if std::fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        if let Some(parent) = path.parent() {
            if std::fs::create_dir_all(parent).is_err() {
                continue;
            }
        }
        let _ = match kind {
            0 => std::fs::write(&path, [b'u', op[0]]),
            1 => std::os::unix::fs::symlink(outside.join("secret"), &path),
            2 => std::os::unix::fs::symlink(outside.join("new"), &path),
            3 => std::fs::hard_link(outside.join("secret"), &path),
            4 => std::fs::create_dir(&path),
            5 => std::os::unix::fs::symlink(&outside, &path),
            _ => std::fs::write(&path, b"12345\n"),
        };
    }
    let outside_before = snapshot(&outside);
    let before = snapshot(&out);
    let force = flags & 2 == 2;
    let result = Previous::read(&out).and_then(|previous| {
        let m = chronobrief::manifest::Manifest::new(Default::default(), Vec::new(), &outputs(1));
        publish(&out, &previous, &outputs(1), m.to_json().as_bytes(), force)
    });
    assert_eq!(snapshot(&outside), outside_before, "nothing outside the folder changes");
    let after = snapshot(&out);
    match result {
        Ok(_) => {
            for (name, bytes) in outputs(1) {
                let meta = std::fs::symlink_metadata(out.join(&name)).unwrap();
                assert!(meta.file_type().is_file() && meta.nlink() == 1, "{name} is a plain file");
                assert_eq!(std::fs::read(out.join(&name)).unwrap(), bytes, "{name}");
            }
        }
        Err(_) => {
            for (name, entry) in &before {
                // Temporary files of dead processes are the only entries a failed publish removes.
                if name.contains(".chronobrief-tmp-") {
                    continue;
                }
                assert_eq!(after.get(name), Some(entry), "{name} is left as it was");
            }
        }
    }
});
