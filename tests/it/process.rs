//! The command as a scheduled job sees it: exit codes, messages, and an `out/` that a failed
//! build leaves as it was.

use std::path::Path;
use std::process::Output;

use crate::common::{corpus, files_of, names_of, root, run, stderr};

const GOOD: &str = "---\ntitle: Tin\npublished: 2021-12-14\n---\nSáng 13/12, Hội nghị Thử nghiệm toàn quốc lần thứ 2 diễn ra tại Hà Nội.\n";

#[test]
fn with_strict_a_bad_article_fails_and_leaves_out_untouched() {
    let input = corpus(&[("a.txt", GOOD)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let inp = input.path().to_str().unwrap();
    let o = run(
        &["build", "--input", inp, "--out", out.to_str().unwrap()],
        &root(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let names = [
        "timeline.json",
        "brief.md",
        "brief.typ",
        "brief.pdf",
        "manifest.json",
    ];
    let before: Vec<Vec<u8>> = names
        .iter()
        .map(|n| std::fs::read(out.join(n)).unwrap())
        .collect();

    std::fs::write(input.path().join("b.txt"), b"Ng\xe0y 13/12\n").unwrap();
    let o = run(
        &[
            "build",
            "--strict",
            "--input",
            inp,
            "--out",
            out.to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: ") && err.contains("b.txt:1") && err.contains("UTF-8"),
        "{err}"
    );
    for (n, bytes) in names.iter().zip(&before) {
        assert_eq!(
            &std::fs::read(out.join(n)).unwrap(),
            bytes,
            "{n} changed after a failed build"
        );
    }
    assert_eq!(
        names_of(work.path()),
        vec![".chronobrief-cache", "out"],
        "nothing is left beside out/ but the extraction cache"
    );
    let inside = names_of(&out);
    assert!(
        inside.iter().all(|n| !n.starts_with('.')),
        "no lock or temporary file is left in out/: {inside:?}"
    );
}

#[test]
fn bad_articles_are_reported_by_path_and_skipped() {
    let big = format!("Tin\n\n{}", "Hội nghị. ".repeat(200));
    let input = corpus(&[("a.txt", GOOD), ("empty.md", "  \n"), ("big.txt", &big)]);
    std::fs::write(input.path().join("latin1.txt"), b"Ng\xe0y 13/12\n").unwrap();
    std::fs::write(
        input.path().join("image.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    std::os::unix::fs::symlink(input.path().join("missing"), input.path().join("gone.txt"))
        .unwrap();
    std::fs::write(
        input.path().join("fm.md"),
        "---\ntitle: [unclosed\n---\nBody\n",
    )
    .unwrap();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let inp = input.path().to_str().unwrap();
    let o = run(
        &[
            "build",
            "--input",
            inp,
            "--out",
            out.to_str().unwrap(),
            "--max-article-bytes",
            "1000",
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    for (file, why) in [
        ("empty.md", "empty"),
        ("big.txt", "limit"),
        ("latin1.txt:1", "UTF-8"),
        ("image.txt", "binary"),
        ("gone.txt", "gone.txt: cannot be read"),
        ("fm.md:", "YAML"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} is not reported:\n{err}"));
        assert!(
            line.starts_with("warning: skipped") && line.contains(why),
            "{line}"
        );
    }
    let summary = String::from_utf8(o.stdout).unwrap();
    assert!(summary.contains("from 1 article, 6 skipped"), "{summary}");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["skipped"].as_array().unwrap().len(), 6);

    let o = run(
        &[
            "build",
            "--input",
            inp,
            "--out",
            work.path().join("o2").to_str().unwrap(),
            "--quiet",
            "--max-article-bytes",
            "1000",
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stdout.is_empty() && o.stderr.is_empty(),
        "--quiet prints only errors"
    );
}

#[test]
fn a_folder_of_only_bad_articles_is_an_error() {
    let input = corpus(&[("empty.md", "\n")]);
    let out = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "build",
            "--input",
            input.path().to_str().unwrap(),
            "--out",
            out.path().join("o").to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no readable articles"),
        "{}",
        stderr(&o)
    );

    let input = corpus(&[("fm.txt", "---\ntitle: [unclosed\n---\nBody\n")]);
    let o = run(
        &[
            "timeline",
            "--strict",
            "--input",
            input.path().to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("fm.txt:"), "{}", stderr(&o));
}

#[test]
fn empty_inputs_and_briefs_without_events_say_what_to_do() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("o");
    let build = |input: &Path, more: &[&str]| {
        let mut args = vec![
            "build",
            "--input",
            input.to_str().unwrap(),
            "--out",
            target.to_str().unwrap(),
        ];
        args.extend(more);
        run(&args, &root())
    };
    // A folder with no article names itself, the kinds it looks for, and what to do.
    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("notes.pdf"), "x").unwrap();
    let o = build(empty.path(), &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(".jsonl") && err.contains(&empty.path().display().to_string()),
        "{err}"
    );
    assert!(
        err.contains("--input") && !err.contains("--strict"),
        "{err}"
    );
    // An article that names no meeting: a warning, or with --strict an error and nothing written.
    let quiet = corpus(&[("a.txt", "Tin\nThời tiết hôm nay đẹp.\n")]);
    let o = run(
        &[
            "build",
            "--strict",
            "--input",
            quiet.path().to_str().unwrap(),
            "--out",
            target.to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no conferences or directives found in 1 article"),
        "{}",
        stderr(&o)
    );
    assert!(!target.exists());
    let o = build(quiet.path(), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("warning: no conferences or directives found"),
        "{}",
        stderr(&o)
    );
    let summary = String::from_utf8(o.stdout).unwrap();
    assert!(summary.contains("from 1 article (0 events"), "{summary}");
    // A brief copied into the input folder is not read back as articles.
    let input = corpus(&[("a.txt", GOOD)]);
    let o = build(input.path(), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let inner = input.path().join("brief");
    std::fs::create_dir(&inner).unwrap();
    for (name, bytes) in crate::common::files_of(&target) {
        std::fs::write(inner.join(name), bytes).unwrap();
    }
    let o = build(input.path(), &["--force"]);
    let err = stderr(&o);
    assert!(err.contains("brief: a brief chronobrief built"), "{err}");
    let summary = String::from_utf8(o.stdout).unwrap();
    assert!(
        summary.contains("from 1 article, 1 skipped (1 event,"),
        "{summary}"
    );
}

#[test]
fn usage_and_environment_errors_exit_2() {
    let o = run(&["build", "--from", "2016-13-01"], &root());
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["timeline", "--input", "no/such/folder"], &root());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no/such/folder") && stderr(&o).contains("hint:"),
        "{}",
        stderr(&o)
    );
    let o = run(
        &["timeline", "--from", "2022-01-01", "--to", "2016-01-01"],
        &root(),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_broken_template_is_named_with_its_line() {
    let o = build_with_typst_template("= {{ title }}\n{{ no_such_variable }}\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("brief.typ.j2:2"), "{}", stderr(&o));
}

#[test]
fn timeline_prints_a_table_or_json_and_writes_nothing() {
    let input = corpus(&[("a.txt", GOOD)]);
    let cwd = tempfile::tempdir().unwrap();
    let o = run(
        &["timeline", "--input", input.path().to_str().unwrap()],
        cwd.path(),
    );
    assert!(o.status.success());
    let table = String::from_utf8(o.stdout).unwrap();
    assert!(
        table.contains("2021-12-13") && table.contains("Hội nghị Thử nghiệm toàn quốc lần thứ 2"),
        "{table}"
    );
    let o = run(
        &[
            "timeline",
            "--json",
            "--input",
            input.path().to_str().unwrap(),
        ],
        cwd.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["events"][0]["date"], "2021-12-13");
    assert_eq!(std::fs::read_dir(cwd.path()).unwrap().count(), 0);
}

#[test]
fn eval_agrees_with_the_reference_format_and_sets_the_exit_code() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let o = run(&["build", "--out", out.to_str().unwrap()], &root());
    assert!(o.status.success(), "{}", stderr(&o));
    let gold = root().join("tests/fixtures/seeds.gold.json");
    let tl = out.join("timeline.json");
    let o = run(
        &[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            "--timeline",
            tl.to_str().unwrap(),
            "--min-dir-recall",
            "0.8",
        ],
        &root(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(
        stdout
            .lines()
            .last()
            .unwrap()
            .starts_with("conferences P=1.00 R=1.00 F1=1.00"),
        "{stdout}"
    );
    let o = run(
        &[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            "--timeline",
            tl.to_str().unwrap(),
            "--min-conf-f1",
            "1.01",
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));

    // A focused brief's timeline is scored, with a warning that it leaves events out.
    let focused = work.path().join("focused");
    let o = run(
        &[
            "build",
            "--out",
            focused.to_str().unwrap(),
            "--formats",
            "json",
            "--match",
            "ngoại vụ",
        ],
        &root(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(
        &[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            "--timeline",
            focused.join("timeline.json").to_str().unwrap(),
        ],
        &root(),
    );
    let warning = stderr(&o);
    assert!(
        warning.contains("warning:") && warning.contains("ngoại vụ") && warning.contains("missed"),
        "{warning}"
    );
}

#[test]
fn a_typst_error_points_back_to_the_template_line() {
    let o = build_with_typst_template("= {{ title }}\n\nText.\n#let broken = (\n");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error: brief.typ:4") && err.contains("template brief.typ.j2:4"),
        "{err}"
    );
}

#[test]
fn templates_init_writes_the_defaults_and_they_override_when_edited() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("tpl");
    let o = run(&["templates", "init", dir.to_str().unwrap()], &root());
    assert!(o.status.success(), "{}", stderr(&o));
    for name in ["brief.md.j2", "brief.typ.j2"] {
        let written = std::fs::read_to_string(dir.join(name)).unwrap();
        let shipped = std::fs::read_to_string(root().join("report-templates").join(name)).unwrap();
        assert_eq!(written, shipped, "{name} is the embedded default");
    }
    let o = run(&["templates", "init", dir.to_str().unwrap()], &root());
    assert_eq!(
        o.status.code(),
        Some(2),
        "existing templates are not overwritten without --force"
    );

    std::fs::remove_file(dir.join("brief.typ.j2")).unwrap();
    let md = std::fs::read_to_string(dir.join("brief.md.j2")).unwrap();
    std::fs::write(dir.join("brief.md.j2"), format!("EDITED\n{md}")).unwrap();
    let input = corpus(&[("a.txt", GOOD)]);
    let out = work.path().join("out");
    let o = run(
        &[
            "build",
            "--input",
            input.path().to_str().unwrap(),
            "--templates",
            dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--formats",
            "md,typ",
        ],
        &root(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(out.join("brief.md"))
        .unwrap()
        .starts_with("EDITED"));
    assert!(
        std::fs::read_to_string(out.join("brief.typ"))
            .unwrap()
            .contains("#set document("),
        "typ falls back to the embedded template"
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["brief.md", "brief.typ", "manifest.json"],
        "--formats chooses the outputs"
    );
}

#[test]
fn bench_corpus_is_deterministic_and_buildable() {
    let work = tempfile::tempdir().unwrap();
    for dir in ["a", "b"] {
        let o = run(
            &[
                "bench-corpus",
                "--articles",
                "20",
                "--out",
                work.path().join(dir).to_str().unwrap(),
            ],
            &root(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let read = |d: &str| files_of(&work.path().join(d));
    assert_eq!(read("a").len(), 20);
    let before = read("a");
    let o = run(
        &[
            "bench-corpus",
            "--articles",
            "5",
            "--seed",
            "2",
            "--out",
            work.path().join("a").to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(o.status.code(), Some(2), "a folder with files is refused");
    assert_eq!(read("a"), before, "and left as it was");
    assert_eq!(read("a"), read("b"), "the same seed makes the same corpus");
    let o = run(
        &[
            "timeline",
            "--json",
            "--input",
            work.path().join("a").to_str().unwrap(),
        ],
        &root(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        !v["events"].as_array().unwrap().is_empty(),
        "a generated corpus has events"
    );
}

#[test]
fn templates_that_run_away_are_stopped_by_time_or_memory() {
    // The test binary is unoptimised, so minijinja grows its string slowly: a small limit.
    let limits = ["--template-timeout", "120", "--template-memory", "64"];
    // minijinja: a string doubled forty times, within the fuel.
    let doubling = "{% macro d(s, n) %}{% if n > 0 %}{{ d(s ~ s, n - 1) }}{% else %}{{ s|length }}{% endif %}{% endmacro %}{{ d(\"x\", 40) }}\n";
    // Typst: the same in the layout language, and a document of 200,000 pages.
    let typst_doubling = "#let s = \"x\"\n#for i in range(40) { s = s + s }\n#s.len()\n";
    let pages = "#for i in range(200000) [#i #pagebreak()]\n";
    for (template, limit) in [
        (doubling, "needed more than 64 MB"),
        (typst_doubling, "needed more than 64 MB"),
        (pages, "took more than 3 s"),
    ] {
        // With no page budget, nothing but time stops a layout of 200,000 pages.
        let args: &[&str] = match template == pages {
            true => &["--template-timeout", "3", "--pages", "0"],
            false => &limits,
        };
        let o = build_with_typst_template_args(template, args);
        assert_eq!(o.status.code(), Some(1), "{template}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains(limit) && err.contains("--template-timeout"),
            "{err}"
        );
    }
}

/// Builds a one-article corpus with `brief.typ.j2` replaced by `template`.
fn build_with_typst_template(template: &str) -> Output {
    build_with_typst_template_args(template, &[])
}

/// [`build_with_typst_template`] with more arguments.
fn build_with_typst_template_args(template: &str, more: &[&str]) -> Output {
    let input = corpus(&[("a.txt", GOOD)]);
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(templates.path().join("brief.typ.j2"), template).unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("o");
    let mut args = vec![
        "build",
        "--input",
        input.path().to_str().unwrap(),
        "--templates",
        templates.path().to_str().unwrap(),
        "--out",
        target.to_str().unwrap(),
    ];
    args.extend(more);
    let o = run(&args, &root());
    assert!(
        !out.path().join("o").exists(),
        "nothing is published after a failure"
    );
    o
}
