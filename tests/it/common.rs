//! Shared helpers: the seeds built once per test process.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chronobrief::app::{build_outputs, Outputs};
use chronobrief::config::{BuildArgs, CorpusArgs};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn corpus_args(input: &Path) -> CorpusArgs {
    CorpusArgs::new(input)
}

pub fn build_args(input: &Path, out: &Path) -> BuildArgs {
    let mut args = BuildArgs::new(input, out);
    args.templates = Some(root().join("report-templates"));
    args
}

/// The seeds, built in memory once.
pub fn seeds() -> &'static Outputs {
    static OUT: OnceLock<Outputs> = OnceLock::new();
    OUT.get_or_init(|| {
        build_outputs(&build_args(&root().join("seeds"), Path::new("unused")))
            .expect("the seeds build")
    })
}

pub fn file<'a>(outputs: &'a Outputs, name: &str) -> &'a [u8] {
    &outputs
        .files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

/// A one-conference article, dated, for the tests of folders, the cache and the command line.
pub const ARTICLE: &str = "Tin\n\nHà Nội, 14/12/2021\n\nSáng 13/12, Hội nghị Thử nghiệm toàn quốc lần thứ 2 diễn ra tại Hà Nội.\n";

/// A fresh work folder holding `articles/a.txt` ([`ARTICLE`]); also returns `articles`.
pub fn work_with_article() -> (tempfile::TempDir, PathBuf) {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("articles");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("a.txt"), ARTICLE).unwrap();
    (work, input)
}

/// Writes articles into a fresh folder.
pub fn corpus(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// Collapses white space, for comparing text pulled out of a PDF.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of a PDF as a reader copies it: composed (NFC), white space collapsed.
pub fn pdf_text(pdf: &[u8]) -> String {
    use unicode_normalization::UnicodeNormalization;
    squash(
        &pdf_extract::extract_text_from_mem(pdf)
            .expect("the PDF's text can be extracted")
            .nfc()
            .collect::<String>(),
    )
}

/// Every file of a folder, by name, with its bytes.
pub fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// The names in a folder (files and folders), sorted.
pub fn names_of(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Every file under a folder, by path relative to it, with its bytes; folders end in `/`.
pub fn tree_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
        for name in names_of(dir) {
            let p = dir.join(&name);
            if p.is_dir() {
                out.push((format!("{prefix}{name}/"), Vec::new()));
                walk(&p, &format!("{prefix}{name}/"), out);
            } else {
                out.push((format!("{prefix}{name}"), std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out);
    out
}

/// A finished process's standard error, as text.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs the built `chronobrief` with `args` in `cwd`.
pub fn run(args: &[&str], cwd: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap()
}
