//! Incremental builds: the extraction cache and `chronobrief watch`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use chronobrief::app::{build_outputs, Outputs};
use chronobrief::config::BuildArgs;
use chronobrief::render::Format;

use crate::common::{build_args, file, files_of, root, work_with_article, ARTICLE};

const OTHER: &str = "Tin\n\nHà Nội, 21/5/2020\n\nChiều 20/5, Hội nghị Tổng kết công tác năm 2019 của Bộ Tài chính diễn ra tại Hà Nội. Bộ trưởng yêu cầu các đơn vị đẩy mạnh cải cách.\n";

/// A copy of the seeds in a temporary folder, which the tests may change.
fn seeds_copy(work: &Path) -> PathBuf {
    let input = work.join("articles");
    std::fs::create_dir(&input).unwrap();
    for e in std::fs::read_dir(root().join("seeds")).unwrap().flatten() {
        std::fs::copy(e.path(), input.join(e.file_name())).unwrap();
    }
    input
}

fn args(input: &Path, cache: Option<&Path>, formats: &[Format]) -> BuildArgs {
    let mut a = build_args(input, Path::new("unused"));
    a.cache = cache.map(Path::to_path_buf);
    a.formats = formats.to_vec();
    a
}

fn cache_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// Rewrites every cache entry so that what it holds can be told from a fresh extraction: a
/// build that shows the mark read the cache.
fn poison(dir: &Path) {
    for p in cache_entries(dir) {
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(
            text.contains("Hội nghị"),
            "{} holds conferences",
            p.display()
        );
        std::fs::write(&p, text.replace("Hội nghị", "CACHED Hội nghị")).unwrap();
    }
}

fn json(o: &Outputs) -> String {
    String::from_utf8(file(o, "timeline.json").to_vec()).unwrap()
}

#[test]
fn a_build_from_the_cache_is_byte_identical_to_a_cold_build() {
    let work = tempfile::tempdir().unwrap();
    let input = seeds_copy(work.path());
    let cache = work.path().join("cache");
    let cold = build_outputs(&args(&input, None, &Format::ALL)).unwrap();
    let filling = build_outputs(&args(&input, Some(&cache), &Format::ALL)).unwrap();
    assert_eq!(cache_entries(&cache).len(), 5, "one entry per article");
    let warm = build_outputs(&args(&input, Some(&cache), &Format::ALL)).unwrap();
    assert_eq!(cold.files.len(), Format::ALL.len());
    for built in [&filling, &warm] {
        assert_eq!(built.files, cold.files, "every output, byte for byte");
    }
}

#[test]
fn the_cache_is_read_and_a_changed_article_is_extracted_again() {
    let work = tempfile::tempdir().unwrap();
    let input = seeds_copy(work.path());
    std::fs::write(input.join("zz.txt"), ARTICLE).unwrap();
    let cache = work.path().join("cache");
    let formats = [Format::Json];
    build_outputs(&args(&input, Some(&cache), &formats)).unwrap();
    poison(&cache);
    let warm = json(&build_outputs(&args(&input, Some(&cache), &formats)).unwrap());
    assert!(
        warm.contains("CACHED Hội nghị Thử nghiệm"),
        "the entries were read"
    );

    std::fs::write(
        input.join("zz.txt"),
        ARTICLE.replace("lần thứ 2", "lần thứ 3"),
    )
    .unwrap();
    let changed = json(&build_outputs(&args(&input, Some(&cache), &formats)).unwrap());
    let fresh = json(&build_outputs(&args(&input, None, &formats)).unwrap());
    assert!(
        changed.contains("\"Hội nghị Thử nghiệm toàn quốc lần thứ 3\""),
        "the changed article is read afresh"
    );
    assert!(
        !changed.contains("Thử nghiệm toàn quốc lần thứ 2\""),
        "its old entry is not used"
    );
    assert!(
        changed.contains("CACHED"),
        "the unchanged articles still come from the cache"
    );
    let event = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        let events = v["events"].as_array().unwrap().clone();
        events
            .into_iter()
            .find(|e| e["id"] == "hoi-nghi-thu-nghiem-toan-quoc-lan-thu-3")
            .expect("the event")
    };
    assert!(
        event(&changed) == event(&fresh),
        "the changed article's event is as a cold build makes it"
    );
    assert_eq!(cache_entries(&cache).len(), 6, "the old entry was removed");
}

#[test]
fn another_knowledge_file_does_not_read_the_cache() {
    let work = tempfile::tempdir().unwrap();
    let input = seeds_copy(work.path());
    let cache = work.path().join("cache");
    let data = work.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let knowledge = std::fs::read_to_string(root().join("data/knowledge.toml")).unwrap();
    std::fs::write(data.join("knowledge.toml"), &knowledge).unwrap();
    let mut a = args(&input, Some(&cache), &[Format::Json]);
    a.corpus.data = Some(data.clone());
    build_outputs(&a).unwrap();
    poison(&cache);
    assert!(json(&build_outputs(&a).unwrap()).contains("CACHED"));
    std::fs::write(
        data.join("knowledge.toml"),
        format!("{knowledge}\n# edited\n"),
    )
    .unwrap();
    let after = json(&build_outputs(&a).unwrap());
    assert!(
        !after.contains("CACHED"),
        "a changed knowledge file re-extracts all"
    );
    let mut cold = args(&input, None, &[Format::Json]);
    cold.corpus.data = Some(data);
    assert_eq!(after, json(&build_outputs(&cold).unwrap()));
}

#[test]
fn a_corrupt_entry_is_rebuilt_not_an_error() {
    let work = tempfile::tempdir().unwrap();
    let input = seeds_copy(work.path());
    let cache = work.path().join("cache");
    let a = args(&input, Some(&cache), &[Format::Json, Format::Csv]);
    let cold = build_outputs(&a).unwrap();
    let entries = cache_entries(&cache);
    std::fs::write(&entries[0], b"{\"key\": \"trunc").unwrap();
    std::fs::write(&entries[1], b"").unwrap();
    let again = build_outputs(&a).unwrap();
    assert_eq!(again.files, cold.files);
    let repaired = std::fs::read(&entries[0]).unwrap();
    assert!(repaired.len() > 100, "the entry was written again");
}

fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .current_dir(cwd)
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap()
}

#[test]
fn the_cache_lies_beside_out_is_safe_to_delete_and_no_cache_writes_none() {
    let (work, input) = work_with_article();
    std::fs::write(input.join("b.txt"), OTHER).unwrap();
    let build = ["build", "--input", "articles", "--out", "brief"];
    let formats = ["--formats", "json,csv,md"];
    let o = run(&[&build[..], &formats[..]].concat(), work.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let cache = work.path().join(".chronobrief-cache/brief");
    assert_eq!(cache_entries(&cache).len(), 2);
    assert!(
        !work.path().join("brief/.chronobrief-cache").exists(),
        "nothing of the cache in out/"
    );
    let first = files_of(&work.path().join("brief"));

    std::fs::remove_dir_all(work.path().join(".chronobrief-cache")).unwrap();
    let o = run(
        &[&build[..], &formats[..], &["--force"]].concat(),
        work.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(files_of(&work.path().join("brief")), first);
    assert_eq!(cache_entries(&cache).len(), 2, "made again");

    std::fs::remove_dir_all(work.path().join(".chronobrief-cache")).unwrap();
    let no_cache = [&build[..], &formats[..], &["--force", "--no-cache"]].concat();
    let o = run(&no_cache, work.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(files_of(&work.path().join("brief")), first);
    assert!(!work.path().join(".chronobrief-cache").exists());

    std::fs::write(work.path().join("chronobrief.toml"), "cache = false\n").unwrap();
    let o = run(
        &[&build[..], &formats[..], &["--force"]].concat(),
        work.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        !work.path().join(".chronobrief-cache").exists(),
        "config key"
    );
}

#[test]
fn web_pages_and_exports_are_read_afresh_and_build_as_without_the_cache() {
    let (work, input) = work_with_article();
    let page = "<html><head><title>Tin</title><meta property=\"article:published_time\" content=\"2020-05-21\"></head><body><article><h1>Tin</h1><p>Chiều 20/5, Hội nghị Tổng kết công tác năm 2019 của Bộ Tài chính diễn ra tại Hà Nội.</p></article></body></html>";
    std::fs::write(input.join("page.html"), page).unwrap();
    let build = ["build", "--input", "articles", "--formats", "json,md"];
    let json = |out: &str| std::fs::read_to_string(work.path().join(out).join("timeline.json"));
    let o = run(
        &[&build[..], &["--out", "cold", "--no-cache"]].concat(),
        work.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let cold = json("cold").unwrap();
    assert!(cold.contains("Bộ Tài chính"), "the page was read: {cold}");
    // One build fills the cache, the next reads it.
    for _ in 0..2 {
        let o = run(
            &[&build[..], &["--out", "cached", "--force"]].concat(),
            work.path(),
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(json("cached").unwrap(), cold);
    }
    let entries = cache_entries(&work.path().join(".chronobrief-cache/cached"));
    assert_eq!(
        entries.len(),
        1,
        "only the text article is kept: {entries:?}"
    );
}

#[test]
fn build_check_reads_the_cache_but_writes_nothing() {
    let (work, _) = work_with_article();
    let o = run(
        &["build", "--input", "articles", "--out", "o", "--check"],
        work.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(!work.path().join(".chronobrief-cache").exists());
}

/// Polls `done` until it holds, or fails the test after a generous bound (a hang, not a
/// slow machine, is what it catches).
fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(180),
            "gave up waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(unix)]
#[test]
fn watch_rebuilds_after_a_change_and_stops_cleanly_on_ctrl_c() {
    let (work, input) = work_with_article();
    let out = work.path().join("brief");
    let mut child = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .current_dir(work.path())
        .args(["watch", "--input", "articles", "--out", "brief"])
        .args(["--formats", "json,md", "--poll-ms", "20"])
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let json = out.join("timeline.json");
    let read = || std::fs::read_to_string(&json).unwrap_or_default();
    wait_for("the first build", || {
        out.join("manifest.json").exists() && read().contains("Thử nghiệm")
    });
    std::fs::write(input.join("b.txt"), OTHER).unwrap();
    wait_for("the rebuild after a new article", || {
        out.join("manifest.json").exists() && read().contains("Bộ Tài chính")
    });
    std::fs::write(
        input.join("a.txt"),
        ARTICLE.replace("Thử nghiệm", "Kiểm thử"),
    )
    .unwrap();
    wait_for("the rebuild after an edit", || {
        read().contains("Kiểm thử") && !read().contains("Thử nghiệm")
    });
    // SAFETY: sends SIGINT (Ctrl-C) to the child this test started.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let mut status = None;
    wait_for("watch to stop", || {
        status = child.try_wait().unwrap();
        status.is_some()
    });
    let o = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        status.unwrap().success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout.contains("change found; rebuilding"), "{stdout}");
    assert!(stdout.trim_end().ends_with("stopped"), "{stdout}");
    let names: Vec<String> = files_of(&out).into_iter().map(|(n, _)| n).collect();
    assert!(
        names.iter().all(|n| !n.contains("chronobrief-tmp")),
        "no temporary file left: {names:?}"
    );
    assert!(
        !out.join(chronobrief::app::LOCK_FILE).exists(),
        "lock released"
    );
}

#[test]
fn watch_refuses_check() {
    let work = tempfile::tempdir().unwrap();
    let o = run(&["watch", "--check"], work.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--check"));
}

/// A link planted at `.chronobrief-cache` (or at its folder for this output) is never followed:
/// nothing is created where it leads, and the build still succeeds without the cache.
#[cfg(unix)]
#[test]
fn a_linked_cache_folder_is_never_written_through() {
    let (work, _input) = work_with_article();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), work.path().join(".chronobrief-cache")).unwrap();
    let build = [
        "build",
        "--input",
        "articles",
        "--formats",
        "json",
        "--out",
        "brief",
    ];
    let o = run(&build, work.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).unwrap().count(),
        0,
        "nothing created through the link"
    );
    // The same with the link one level down.
    std::fs::remove_file(work.path().join(".chronobrief-cache")).unwrap();
    std::fs::create_dir(work.path().join(".chronobrief-cache")).unwrap();
    std::os::unix::fs::symlink(
        elsewhere.path(),
        work.path().join(".chronobrief-cache/brief"),
    )
    .unwrap();
    let o = run(&[&build[..], &["--force"]].concat(), work.path());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}
