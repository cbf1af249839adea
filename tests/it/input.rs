//! The input folder a user points the tool at: special files and links leading out are skipped
//! at once, subfolders are read with their relative paths.

use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chronobrief::ingest::{read_corpus, Corpus, IngestError, Limits};
use chronobrief::knowledge::Knowledge;

use crate::common::{corpus, ARTICLE};

/// Reads `dir` on another thread, so that a read that hangs fails the test instead of hanging
/// it; returns the corpus and how long the read took.
fn read_in_time(dir: &Path) -> (Corpus, Duration) {
    let dir = dir.to_path_buf();
    let k = Knowledge::embedded();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let t = Instant::now();
        let c = read_corpus(&dir, &k, Limits::default());
        let _ = tx.send((c, t.elapsed()));
    });
    let (c, took) = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("reading the folder hangs");
    (c.expect("the good article is read"), took)
}

#[cfg(unix)]
#[test]
fn a_fifo_a_dev_zero_link_and_a_link_outside_are_skipped_at_once() {
    use std::os::unix::fs::symlink;
    let input = corpus(&[("a.txt", ARTICLE)]);
    let dir = input.path();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), ARTICLE).unwrap();
    let fifo = std::ffi::CString::new(dir.join("fifo.txt").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    symlink("/dev/zero", dir.join("zero.txt")).unwrap();
    symlink(outside.path().join("secret.txt"), dir.join("secret.txt")).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/real.md"), ARTICLE).unwrap();
    symlink(dir.join("sub/real.md"), dir.join("inside.md")).unwrap();

    let (c, took) = read_in_time(dir);
    assert!(took < Duration::from_secs(1), "took {took:?}");
    let read: Vec<&str> = c.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(
        read,
        vec!["a.txt", "inside.md", "sub/real.md"],
        "a link inside the folder is followed"
    );
    let skipped: Vec<(&str, &IngestError)> = c
        .skipped
        .iter()
        .map(|s| (s.file.as_str(), &s.error))
        .collect();
    assert!(
        matches!(
            skipped[..],
            [
                ("fifo.txt", IngestError::NotRegular { .. }),
                ("secret.txt", IngestError::LinkOutside { .. }),
                ("zero.txt", IngestError::LinkOutside { .. })
            ]
        ),
        "{skipped:?}"
    );

    let o = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .args(["timeline", "--input"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    for (name, why) in [
        ("fifo.txt", "FIFO"),
        ("zero.txt", "outside the input folder"),
        ("secret.txt", "outside the input folder"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with("warning: skipped") && l.contains(name) && l.contains(why)),
            "{name} is not reported: {err}"
        );
    }
}

#[test]
fn a_nested_archive_is_read_in_path_order_with_relative_paths() {
    let input = corpus(&[("top.txt", ARTICLE)]);
    let dir = input.path();
    for (path, text) in [
        ("2021/12/b.txt", ARTICLE),
        ("2021/12/a.md", ARTICLE),
        ("2021/01/z.txt", ARTICLE),
        (".drafts/x.txt", ARTICLE),
        ("2021/.hidden.txt", ARTICLE),
    ] {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let (c, _) = read_in_time(dir);
    let files: Vec<&str> = c.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(
        files,
        vec!["2021/01/z.txt", "2021/12/a.md", "2021/12/b.txt", "top.txt"],
        "hidden files and folders are left out"
    );
    let o = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .args(["timeline", "--json", "--input"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sources: Vec<&str> = v["events"][0]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"2021/12/a.md"), "{sources:?}");
}

/// A whole page saved on one line, with a quotation mark never closed and a long run with no
/// sentence end: it is read in pieces (a warning names the file and line), events are found
/// to its very end, and its title is cut to a title's length.
#[test]
fn an_article_on_one_line_is_read_in_pieces_to_its_end() {
    let filler = "Các đại biểu đã thảo luận về nhiều nội dung quan trọng của ngành. ";
    let line = format!(
        "Ông nói: “{}{}Sáng 14/12/2021, Hội nghị Tổng kết ngành Thử nghiệm lần thứ 9 diễn ra tại Hà Nội.",
        filler.repeat(3_000),
        "và các nội dung khác ".repeat(300),
    );
    let input = corpus(&[("big.txt", &line)]);
    let out = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .args(["build", "--no-cache", "--formats", "json,md", "--input"])
        .arg(input.path())
        .arg("--out")
        .arg(out.path().join("o"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("warning: big.txt:1: more than 4000 bytes without a sentence end"),
        "{err}"
    );
    let tl = std::fs::read_to_string(out.path().join("o/timeline.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&tl).unwrap();
    let found =
        v["events"].as_array().unwrap().iter().any(|e| {
            e["date"] == "2021-12-14" && e["title"].as_str().unwrap().contains("lần thứ 9")
        });
    assert!(found, "the event at the end of the line is found:\n{tl}");
    let md = std::fs::read_to_string(out.path().join("o/brief.md")).unwrap();
    let source = md
        .lines()
        .find(|l| l.contains("big.txt") && l.starts_with("- **"))
        .unwrap();
    assert!(source.chars().count() < 400, "the title is cut: {source}");
}
