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
