//! The output folder a user points the tool at: their own files survive, or the build is
//! refused with them untouched.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{corpus, names_of, stderr, tree_of, work_with_article, ARTICLE};

fn build(input: &Path, out: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .current_dir(input.parent().unwrap())
        .args(["build", "--input"])
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(if extra.contains(&"--formats") {
            &[][..]
        } else {
            &["--formats", "md,json"][..]
        })
        .args(extra)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap()
}

/// A blog: `index.html` and `blog/post.md`.
fn blog(dir: &Path) {
    std::fs::create_dir_all(dir.join("blog")).unwrap();
    std::fs::write(dir.join("index.html"), "<h1>My blog</h1>\n").unwrap();
    std::fs::write(dir.join("blog/post.md"), "# A post\n").unwrap();
}

#[test]
fn a_folder_of_someone_elses_files_is_refused_and_left_untouched() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let site = work.path().join("site");
    blog(&site);
    let before = tree_of(&site);
    let o = build(input.path(), &site, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: ") && err.contains("index.html") && err.contains("hint:"),
        "{err}"
    );
    assert_eq!(tree_of(&site), before, "every file is as it was");
    assert_eq!(names_of(work.path()), vec!["site"], "nothing beside it");
}

#[test]
fn files_added_to_a_built_folder_survive_a_rebuild() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let site = work.path().join("site");
    let o = build(input.path(), &site, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    blog(&site);
    std::fs::write(site.join("brief.md"), "edited by hand").unwrap();

    // An output edited since it was written stops every build that would replace it.
    for _ in 0..2 {
        let o = build(input.path(), &site, &["--formats", "md,csv"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("brief.md") && stderr(&o).contains("edited"));
        assert_eq!(
            std::fs::read_to_string(site.join("brief.md")).unwrap(),
            "edited by hand"
        );
    }
    let o = build(input.path(), &site, &["--formats", "md,csv", "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(site.join("index.html")).unwrap(),
        "<h1>My blog</h1>\n"
    );
    assert_eq!(
        std::fs::read_to_string(site.join("blog/post.md")).unwrap(),
        "# A post\n"
    );
    assert!(
        std::fs::read_to_string(site.join("brief.md"))
            .unwrap()
            .contains("Hội nghị Thử nghiệm"),
        "an output the tool owns is replaced"
    );
    assert_eq!(
        names_of(&site),
        vec![
            "blog",
            "brief.md",
            "index.html",
            "manifest.json",
            "timeline.csv"
        ],
        "timeline.json, no longer made and unchanged, is removed; nothing else is"
    );
}

#[test]
fn an_out_folder_that_is_or_holds_or_lies_in_the_input_is_refused() {
    let (work, articles) = work_with_article();
    let before = tree_of(work.path());
    for out in [
        articles.clone(),
        articles.join("out"),
        work.path().to_path_buf(),
    ] {
        let o = build(&articles, &out, &[]);
        assert_eq!(
            o.status.code(),
            Some(2),
            "{}: {}",
            out.display(),
            stderr(&o)
        );
        assert!(
            stderr(&o).contains("input folder") && stderr(&o).contains("hint:"),
            "{}",
            stderr(&o)
        );
        assert_eq!(tree_of(work.path()), before, "the corpus is intact");
    }
}

#[cfg(unix)]
#[test]
fn out_may_be_a_link_to_a_folder_and_stays_one() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let real = work.path().join("real");
    std::fs::create_dir(&real).unwrap();
    std::fs::write(real.join(".gitkeep"), "").unwrap();
    let link = work.path().join("out");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let o = build(input.path(), &link, extra);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        names_of(&real),
        vec![".gitkeep", "brief.md", "manifest.json", "timeline.json"]
    );
}

/// The user's own `brief.md`, written after a build that made only `timeline.json`, survives
/// every later build, which stops and names it, `--force` or not.
#[test]
fn a_users_file_at_an_output_name_is_never_overwritten() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let o = build(input.path(), &out, &["--formats", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::write(out.join("brief.md"), "my notes").unwrap();
    for extra in [
        &["--formats", "json,md"][..],
        &["--formats", "json,md", "--force"],
    ] {
        let o = build(input.path(), &out, extra);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("brief.md"), "{}", stderr(&o));
        assert_eq!(
            std::fs::read_to_string(out.join("brief.md")).unwrap(),
            "my notes"
        );
    }
}

/// A link planted in the output folder at an output's name makes the build stop; the file it
/// points to is untouched and nothing is created through a dangling one.
#[cfg(unix)]
#[test]
fn links_planted_in_the_output_folder_are_never_written_through() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    assert!(build(input.path(), &out, &[]).status.success());
    let victim = work.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let nowhere = work.path().join("nowhere.txt");
    for (name, target) in [
        ("brief.md", &victim),
        ("timeline.json", &nowhere),
        (".chronobrief.lock", &victim),
    ] {
        let at = out.join(name);
        let _ = std::fs::remove_file(&at);
        std::os::unix::fs::symlink(target, &at).unwrap();
        let o = build(input.path(), &out, &["--force"]);
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains("link"), "{name}: {}", stderr(&o));
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert!(!nowhere.exists(), "{name}");
        std::fs::remove_file(&at).unwrap();
    }
}

/// Every output's name, the lock's and a temporary file's, each planted with a link to a file
/// outside, a dangling link and a hard link to a file outside: the build stops naming it (or,
/// for a temporary name it never uses, goes on), and nothing outside changes.
#[cfg(unix)]
#[test]
fn every_output_name_with_every_kind_of_link_is_refused() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let formats = ["--formats", "md,typ,json,html,csv,timelinejs,svg"];
    assert!(build(input.path(), &out, &formats).status.success());
    let victim = work.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let nowhere = work.path().join("nowhere.txt");
    let names = [
        "brief.md",
        "brief.typ",
        "brief.html",
        "timeline.json",
        "timeline.csv",
        "timeline.svg",
        "timeline.timelinejs.json",
        "manifest.json",
        ".chronobrief.lock",
        ".brief.md.chronobrief-tmp-1-0",
    ];
    for name in names {
        for kind in ["link", "dangling link", "hard link"] {
            let at = out.join(name);
            let _ = std::fs::remove_file(&at);
            match kind {
                "link" => std::os::unix::fs::symlink(&victim, &at).unwrap(),
                "dangling link" => std::os::unix::fs::symlink(&nowhere, &at).unwrap(),
                _ => std::fs::hard_link(&victim, &at).unwrap(),
            }
            let o = build(input.path(), &out, &[&formats[..], &["--force"]].concat());
            let temp = name.contains("-tmp-");
            let refused = o.status.code() == Some(2) && stderr(&o).contains(name);
            assert!(
                refused || (temp && o.status.success()),
                "{name}, {kind}: {}",
                stderr(&o)
            );
            assert_eq!(
                std::fs::read_to_string(&victim).unwrap(),
                "precious",
                "{name}, {kind}"
            );
            assert!(!nowhere.exists(), "{name}, {kind}");
            std::fs::remove_file(&at).unwrap();
        }
    }
}

/// A `SOURCE_DATE_EPOCH` past the year 9999 or before the year 1 is an error, not a panic.
#[test]
fn a_source_date_epoch_out_of_range_is_a_clear_error() {
    let (work, input) = work_with_article();
    for v in ["253402300800", "-377705116801", "-9223372036854775808"] {
        let o = Command::new(env!("CARGO_BIN_EXE_chronobrief"))
            .current_dir(work.path())
            .args(["build", "--formats", "json", "--input"])
            .arg(&input)
            .arg("--out")
            .arg(work.path().join("out"))
            .env("SOURCE_DATE_EPOCH", v)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{v}: {}", stderr(&o));
        assert!(stderr(&o).contains("out of range"), "{v}: {}", stderr(&o));
    }
}
