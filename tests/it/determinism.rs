//! Identical input gives identical bytes, in separate processes.

use std::process::Command;

use crate::common::root;

fn build(out: &std::path::Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .current_dir(root())
        .args(["build", "--input", "seeds", "--out"])
        .arg(out)
        .env_remove("SOURCE_DATE_EPOCH")
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    build(&a);
    build(&b);
    for name in ["brief.pdf", "brief.md", "brief.typ", "timeline.json"] {
        let x = std::fs::read(a.join(name)).unwrap();
        let y = std::fs::read(b.join(name)).unwrap();
        assert!(!x.is_empty(), "{name} is empty");
        assert!(x == y, "{name} differs between two builds");
    }
}

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let build_with = |threads: &str, out: &std::path::Path| {
        let status = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
            .current_dir(root())
            .args(["build", "--quiet", "--input", "seeds", "--out"])
            .arg(out)
            .env_remove("SOURCE_DATE_EPOCH")
            .env("RAYON_NUM_THREADS", threads)
            .status()
            .unwrap();
        assert!(status.success());
    };
    let (one, four) = (dir.path().join("one"), dir.path().join("four"));
    build_with("1", &one);
    build_with("4", &four);
    assert_eq!(
        crate::common::files_of(&one),
        crate::common::files_of(&four)
    );
}

/// Builds `input` into a fresh folder and returns its `timeline.json` with every cited file
/// name passed through `rename`.
fn timeline_renamed(input: &std::path::Path, rename: &dyn Fn(&str) -> String) -> String {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .args(["build", "--quiet", "--no-cache", "--formats", "json"])
        .arg("--input")
        .arg(input)
        .arg("--out")
        .arg(out.path().join("o"))
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(out.path().join("o/timeline.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    fn walk(v: &mut serde_json::Value, rename: &dyn Fn(&str) -> String) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    match (k.as_str(), x.as_str()) {
                        ("file", Some(f)) => *x = rename(f).into(),
                        _ => walk(x, rename),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, rename)),
            _ => {}
        }
    }
    walk(&mut v, rename);
    serde_json::to_string_pretty(&v).unwrap()
}

/// One corpus gives one timeline, whatever its files are called and in whatever order they are
/// listed: the same articles under names that list them in reverse order, some in a subfolder,
/// give the same `timeline.json` (ids, quotes and order included) once the names are mapped
/// back. The corpus: the seeds, generated articles, and the development articles when they
/// are there (byte-identical copies left out: those can only be told apart by name).
#[test]
fn the_timeline_does_not_depend_on_file_names_or_their_order() {
    let generated = tempfile::tempdir().unwrap();
    chronobrief::synth::Source::read(&root().join("seeds"))
        .unwrap()
        .write(generated.path(), 60, 11)
        .unwrap();
    let mut sources: Vec<std::path::PathBuf> = Vec::new();
    for dir in [
        root().join("seeds"),
        generated.path().to_path_buf(),
        root().join("../shared/dev/articles"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        sources.extend(
            files
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    let mut seen = std::collections::HashSet::new();
    sources.retain(|p| seen.insert(std::fs::read(p).unwrap()));
    let n = sources.len();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut back = std::collections::HashMap::new();
    for (i, p) in sources.iter().enumerate() {
        let name_a = format!("{i:04}.txt");
        // Reverse order; every third file one folder down.
        let name_b = match i % 3 {
            0 => format!("r/{:04}-x.txt", n - 1 - i),
            _ => format!("{:04}-y.txt", n - 1 - i),
        };
        std::fs::copy(p, a.path().join(&name_a)).unwrap();
        std::fs::create_dir_all(b.path().join("r")).unwrap();
        std::fs::copy(p, b.path().join(&name_b)).unwrap();
        back.insert(name_b, name_a);
    }
    let same = |f: &str| f.to_string();
    let first = timeline_renamed(a.path(), &same);
    let second = timeline_renamed(b.path(), &|f| back[f].clone());
    assert!(first.len() > 1000, "a corpus with events");
    assert!(
        first == second,
        "the timelines differ once the names are mapped back"
    );
}
