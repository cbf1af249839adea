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
