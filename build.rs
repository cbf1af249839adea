//! Build script: a digest of the sources the binary is built from, so that `out/manifest.json`
//! tells a build by changed code from one by the same code (the crate's version alone does not:
//! a checkout or a patch between releases keeps it).

use std::fs;
use std::path::{Path, PathBuf};

/// The folders and files whose contents make what the tool writes: its code, its embedded data
/// and the versions of the crates it is built with.
const SOURCES: &[&str] = &["src", "data", "Cargo.lock"];

fn main() {
    let mut files = Vec::new();
    for source in SOURCES {
        println!("cargo:rerun-if-changed={source}");
        match Path::new(source).is_dir() {
            true => collect(Path::new(source), &mut files),
            false => files.push(PathBuf::from(source)),
        }
    }
    files.sort();
    let mut digest = Fnv::new();
    for file in &files {
        digest.write(file.to_string_lossy().replace('\\', "/").as_bytes());
        digest.write(&fs::read(file).expect("a source file is readable"));
    }
    println!(
        "cargo:rustc-env=CHRONOBRIEF_SOURCE_DIGEST={:016x}",
        digest.0
    );
}

/// Every file under `dir`, in any order.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        match path.is_dir() {
            true => collect(&path, out),
            false => out.push(path),
        }
    }
}

/// FNV-1a, 64 bits: a change detector, not a defence against anyone.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // The length ends each part, so that two parts cannot run into one another.
        for b in (bytes.len() as u64).to_le_bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}
