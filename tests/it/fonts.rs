//! Characters beyond Vietnamese: emoji are drawn by the embedded emoji font, a character no
//! font has is a placeholder with a warning (an error with `--strict`), and a font from
//! `--font-path` is used.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{corpus, root, stderr};

/// An article quoting a Chinese name and an emoji on line 5.
const ARTICLE: &str = "Tin\n\nHà Nội, 14/12/2021\n\nSáng 13/12, Hội thảo “Đổi mới 😀 và 中国” đã diễn ra tại Hà Nội.\n";

fn build(input: &Path, out: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .current_dir(root())
        .args(["build", "--formats", "pdf", "--input"])
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(extra)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap()
}

#[test]
fn an_emoji_and_a_cjk_article_give_a_pdf_with_a_warning() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("o");
    let o = build(input.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    for (c, code) in [('中', "U+4E2D"), ('国', "U+56FD")] {
        assert!(
            err.lines().any(|l| l.starts_with("warning: ")
                && l.contains(&format!("'{c}' ({code})"))
                && l.contains("from the article a.txt:5")),
            "{err}"
        );
    }
    assert!(!err.contains("U+1F600"), "the emoji font draws 😀: {err}");
    let pdf = std::fs::read(out.join("brief.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains("NotoEmoji"),
        "the emoji is drawn by Noto Emoji"
    );
}

#[test]
fn with_strict_a_character_no_font_draws_is_an_error_and_nothing_is_written() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("o");
    let o = build(input.path(), &out, &["--strict"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: ")
            && err.contains("'中' (U+4E2D)")
            && err.contains("comes from the article a.txt:5")
            && err.contains("--font-path"),
        "{err}"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_font_from_font_path_is_used() {
    let input = corpus(&[("a.txt", ARTICLE)]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("o");
    let fonts = root().join("tests/fixtures/fonts");
    let o = build(
        input.path(),
        &out,
        &["--strict", "--font-path", fonts.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "no warning: {}", stderr(&o));
    let pdf = std::fs::read(out.join("brief.pdf")).unwrap();
    assert!(
        String::from_utf8_lossy(&pdf).contains("NotoSansCJK"),
        "the user's font is embedded"
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(
        manifest["inputs"]["fonts"].as_object().unwrap().len(),
        1,
        "the font is an input of the build"
    );

    let o = build(input.path(), &out, &["--font-path", "no/such/fonts"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/fonts"), "{}", stderr(&o));
}
