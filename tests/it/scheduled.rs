//! Unattended builds: config file, no-op rebuilds, `--check`, the lock, reproducibility.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{corpus, files_of, root, work_with_article, ARTICLE};

fn run_env(args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chronobrief"));
    c.current_dir(cwd)
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn run(args: &[&str], cwd: &Path) -> Output {
    run_env(args, cwd, &[])
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn the_config_file_is_read_and_flags_override_it() {
    let (work, _) = work_with_article();
    std::fs::write(
        work.path().join("chronobrief.toml"),
        "input = \"articles\"\nout = \"brief\"\nlang = \"en\"\ntitle = \"From the config\"\nformats = [\"json\", \"md\"]\n[range]\nfrom = 2021-01-01\nto = 2021-12-31\n[build]\ndate = 2024-05-01\n",
    )
    .unwrap();
    let o = run(&["build"], work.path());
    assert!(o.status.success(), "{}", text(&o.stderr));
    let md = std::fs::read_to_string(work.path().join("brief/brief.md")).unwrap();
    assert!(
        md.starts_with("# From the config") && md.contains("built on 1 May 2024"),
        "{md}"
    );
    let names: Vec<String> = files_of(&work.path().join("brief"))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names, vec!["brief.md", "manifest.json", "timeline.json"]);

    let o = run(
        &["build", "--title", "From the flag", "--force"],
        work.path(),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let md = std::fs::read_to_string(work.path().join("brief/brief.md")).unwrap();
    assert!(md.starts_with("# From the flag"));

    std::fs::write(
        work.path().join("other.toml"),
        "lang = \"en\"\noutput = \"x\"\n",
    )
    .unwrap();
    let o = run(&["build", "--config", "other.toml"], work.path());
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains("other.toml:2") && err.contains("output"),
        "{err}"
    );
}

#[test]
fn an_unchanged_build_does_nothing_and_check_reports_without_writing() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let (inp, o_) = (input.path().to_str().unwrap(), out.to_str().unwrap());

    let o = run(
        &["build", "--check", "--input", inp, "--out", o_],
        work.path(),
    );
    assert_eq!(o.status.code(), Some(1), "nothing built yet: out of date");
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        0,
        "--check writes nothing"
    );

    assert!(run(&["build", "--input", inp, "--out", o_], work.path())
        .status
        .success());
    let first = files_of(&out);
    let mtime = std::fs::metadata(out.join("brief.pdf"))
        .unwrap()
        .modified()
        .unwrap();
    let o = run(&["build", "--input", inp, "--out", o_], work.path());
    assert!(o.status.success());
    assert!(
        text(&o.stdout).contains("up to date"),
        "{}",
        text(&o.stdout)
    );
    assert_eq!(files_of(&out), first);
    assert_eq!(
        std::fs::metadata(out.join("brief.pdf"))
            .unwrap()
            .modified()
            .unwrap(),
        mtime,
        "nothing rewritten"
    );
    assert_eq!(
        run(
            &["build", "--check", "--input", inp, "--out", o_],
            work.path()
        )
        .status
        .code(),
        Some(0)
    );

    // A changed article, an edited output, or another option makes it out of date.
    std::fs::write(
        input.path().join("b.txt"),
        ARTICLE.replace("lần thứ 2", "lần thứ 3"),
    )
    .unwrap();
    assert_eq!(
        run(
            &["build", "--check", "--input", inp, "--out", o_],
            work.path()
        )
        .status
        .code(),
        Some(1)
    );
    std::fs::remove_file(input.path().join("b.txt")).unwrap();
    assert_eq!(
        run(
            &["build", "--check", "--input", inp, "--out", o_],
            work.path()
        )
        .status
        .code(),
        Some(0)
    );
    std::fs::write(out.join("brief.md"), "edited by hand").unwrap();
    assert_eq!(
        run(
            &["build", "--check", "--input", inp, "--out", o_],
            work.path()
        )
        .status
        .code(),
        Some(1)
    );
    let o = run(&["build", "--input", inp, "--out", o_], work.path());
    assert_eq!(
        o.status.code(),
        Some(2),
        "the edit is kept and the build stops"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("brief.md")).unwrap(),
        "edited by hand"
    );
    assert!(run(
        &["build", "--force", "--input", inp, "--out", o_],
        work.path()
    )
    .status
    .success());
    assert_eq!(
        run(
            &["build", "--check", "--lang", "en", "--input", inp, "--out", o_],
            work.path()
        )
        .status
        .code(),
        Some(1)
    );
    // The rebuild restored the outputs; only changes.json (and the manifest's digest of it)
    // now says what it compared with (the first build had no previous timeline), and that
    // nothing changed.
    let without_changes = |files: Vec<(String, Vec<u8>)>| -> Vec<(String, Vec<u8>)> {
        files
            .into_iter()
            .filter(|(n, _)| n != "changes.json" && n != "manifest.json")
            .collect()
    };
    assert_eq!(
        without_changes(files_of(&out)),
        without_changes(first.clone()),
        "the rebuild restored the outputs"
    );
    let changes = std::fs::read_to_string(out.join("changes.json")).unwrap();
    assert!(
        changes.contains("\"compared\": true") && changes.contains("\"new\": []"),
        "{changes}"
    );
    let o = run(
        &["build", "--force", "--input", inp, "--out", o_],
        work.path(),
    );
    assert!(text(&o.stdout).starts_with("wrote"), "--force rebuilds");
}

#[test]
fn output_is_byte_identical_across_input_order_and_with_source_date_epoch() {
    let seeds: Vec<(String, String)> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for (n, t) in &seeds {
        std::fs::write(a.path().join(n), t).unwrap();
    }
    for (n, t) in seeds.iter().rev() {
        std::fs::write(b.path().join(n), t).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let work = tempfile::tempdir().unwrap();
    let env = [("SOURCE_DATE_EPOCH", "1700000000")];
    for (input, out) in [(a.path(), "x"), (b.path(), "y")] {
        let o = run_env(
            &["build", "--input", input.to_str().unwrap(), "--out", out],
            work.path(),
            &env,
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
    }
    let (x, y) = (
        files_of(&work.path().join("x")),
        files_of(&work.path().join("y")),
    );
    assert_eq!(x.len(), 12);
    for ((n, bx), (_, by)) in x.iter().zip(&y) {
        assert!(
            bx == by,
            "{n} differs with the input files written in another order"
        );
    }
    let md = String::from_utf8(x.iter().find(|(n, _)| n == "brief.md").unwrap().1.clone()).unwrap();
    assert!(
        md.contains("lập ngày 14/11/2023"),
        "the build date comes from SOURCE_DATE_EPOCH, written as every other date"
    );
}

#[test]
fn a_second_build_waits_for_the_lock_or_says_who_holds_it() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let inp = input.path().to_str().unwrap();
    std::fs::create_dir(work.path().join("out")).unwrap();
    let lock_path = work.path().join("out/.chronobrief.lock");
    let lock = std::fs::File::create(&lock_path).unwrap();
    lock.lock().unwrap();
    std::fs::write(&lock_path, "424242\n").unwrap();

    let o = run(&["build", "--input", inp, "--out", "out"], work.path());
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.contains("another build is writing out")
            && err.contains("424242")
            && err.contains("--wait"),
        "{err}"
    );
    assert!(!work.path().join("out/brief.pdf").exists());

    let releaser = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(700));
        drop(lock);
    });
    let o = run(
        &["build", "--input", inp, "--out", "out", "--wait", "30"],
        work.path(),
    );
    releaser.join().unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(work.path().join("out/brief.pdf").exists());
    assert!(!lock_path.exists(), "the lock file does not linger");
    let beside: Vec<String> = std::fs::read_dir(work.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".chronobrief-cache")
        .collect();
    assert_eq!(
        beside,
        ["out"],
        "nothing beside out/ but the extraction cache"
    );
}

#[test]
fn a_lock_left_by_a_killed_build_does_not_block() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    // The file a killed build leaves behind: its pid, but no lock held.
    std::fs::create_dir(work.path().join("out")).unwrap();
    let lock_path = work.path().join("out/.chronobrief.lock");
    std::fs::write(&lock_path, "999999\n").unwrap();
    let o = run(
        &[
            "build",
            "--input",
            input.path().to_str().unwrap(),
            "--out",
            "out",
        ],
        work.path(),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(!lock_path.exists(), "the stale lock file is cleaned up");
}

#[test]
fn two_builds_at_once_both_succeed_and_leave_a_whole_brief() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_chronobrief"))
            .current_dir(work.path())
            .args([
                "build",
                "--input",
                input.path().to_str().unwrap(),
                "--out",
                "out",
                "--wait",
                "120",
            ])
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
    };
    let (first, second) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap().unwrap(), b.join().unwrap().unwrap())
    });
    assert!(
        first.status.success() && second.status.success(),
        "{}{}",
        text(&first.stderr),
        text(&second.stderr)
    );
    let said = format!("{}{}", text(&first.stdout), text(&second.stdout));
    assert!(
        said.contains("wrote out") && said.contains("up to date"),
        "one builds, the other finds it done: {said}"
    );
    assert_eq!(
        run(
            &[
                "build",
                "--check",
                "--input",
                input.path().to_str().unwrap(),
                "--out",
                "out"
            ],
            work.path()
        )
        .status
        .code(),
        Some(0)
    );
}
