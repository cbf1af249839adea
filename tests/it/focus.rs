//! A brief about one subject: `--match`, `--body`, `--kind` and `[focus]` choose the events of
//! a mixed corpus, the cover says so, and `timeline.json` records it.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::common::{corpus, run, stderr};

/// A diplomatic conference with a directive given there, a farming conference, and a formal
/// document, each reported by its own article.
fn mixed() -> tempfile::TempDir {
    corpus(&[
        (
            "ngoai-giao.txt",
            "Hội nghị Ngoại giao khai mạc\n\nSáng 16/8/2018 tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị Ngoại giao lần thứ 30. Thủ tướng Nguyễn Xuân Phúc tới dự và phát biểu.\n\nThủ tướng yêu cầu các cơ quan đại diện phải chủ động nắm bắt tình hình.\n",
        ),
        (
            "nong-nghiep.txt",
            "Hội nghị nông nghiệp\n\nSáng 20/3/2019, Bộ Nông nghiệp tổ chức Hội nghị Phát triển cây ăn quả toàn quốc tại Sơn La.\n",
        ),
        (
            "chi-thi.txt",
            "Chỉ thị mới\n\nNgày 5/6/2020, Thủ tướng Nguyễn Xuân Phúc ký Chỉ thị số 21/CT-TTg về phòng chống thiên tai, yêu cầu các địa phương phải chủ động ứng phó.\n",
        ),
    ])
}

fn build(input: &Path, out: &Path, extra: &[&str], cwd: &Path) -> Output {
    let (input, out) = (input.to_str().unwrap(), out.to_str().unwrap());
    let mut args = vec![
        "build",
        "--input",
        input,
        "--out",
        out,
        "--formats",
        "json,md",
    ];
    args.extend_from_slice(extra);
    run(&args, cwd)
}

fn titles(out: &Path) -> (Vec<String>, Value) {
    let tl: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("timeline.json")).unwrap()).unwrap();
    let titles = tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .chain(tl["undated"].as_array().unwrap())
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect();
    (titles, tl)
}

#[test]
fn a_focus_keeps_the_matching_events_with_their_directives_and_says_so() {
    let input = mixed();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("all");
    let o = build(input.path(), &out, &[], work.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let (all, tl) = titles(&out);
    assert!(all.len() >= 4, "{all:?}");
    assert!(tl.get("focus").is_none(), "no focus, no record");

    // Words without tone marks, in any case, find the diplomatic conference and its directive.
    let out = work.path().join("words");
    let o = build(input.path(), &out, &["--match", "NGOAI GIAO"], work.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let (kept, tl) = titles(&out);
    assert!(
        kept.iter().any(|t| t.contains("Ngoại giao lần thứ 30")),
        "{kept:?}"
    );
    assert!(
        kept.iter().any(|t| t.contains("cơ quan đại diện")),
        "the directive follows: {kept:?}"
    );
    assert!(
        !kept
            .iter()
            .any(|t| t.contains("cây ăn quả") || t.contains("21/CT-TTg")),
        "{kept:?}"
    );
    assert_eq!(tl["focus"]["match"], serde_json::json!(["NGOAI GIAO"]));
    assert_eq!(tl["focus"]["found"].as_u64().unwrap() as usize, all.len());
    let md = std::fs::read_to_string(out.join("brief.md")).unwrap();
    let cover = format!(
        "“NGOAI GIAO” ({} trên {} sự kiện tìm thấy)",
        tl["focus"]["matched"],
        all.len()
    );
    assert!(md.contains(&cover), "{md}");

    // A body by its abbreviation; a kind.
    let out = work.path().join("body");
    let o = build(input.path(), &out, &["--body", "BNG"], work.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let (kept, _) = titles(&out);
    assert!(
        kept.iter().any(|t| t.contains("Ngoại giao lần thứ 30")),
        "{kept:?}"
    );
    assert!(kept.iter().all(|t| !t.contains("cây ăn quả")), "{kept:?}");
    let out = work.path().join("kind");
    let o = build(input.path(), &out, &["--kind", "document"], work.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let (kept, _) = titles(&out);
    assert!(
        !kept.is_empty() && kept.iter().all(|t| t.contains("21/CT-TTg")),
        "{kept:?}"
    );

    // The same focus from the config file.
    std::fs::write(
        work.path().join("chronobrief.toml"),
        "[focus]\nmatch = [\"ngoai giao\"]\n",
    )
    .unwrap();
    let out = work.path().join("config");
    let o = build(input.path(), &out, &[], work.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let (from_config, tl) = titles(&out);
    let (from_flag, _) = titles(&work.path().join("words"));
    assert_eq!(from_config, from_flag);
    assert_eq!(tl["focus"]["match"], serde_json::json!(["ngoai giao"]));
}

#[test]
fn a_focus_with_nothing_to_look_for_is_a_usage_error() {
    let input = mixed();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let o = build(input.path(), &out, &["--match", "!!"], work.path());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("\"!!\""), "{}", stderr(&o));
    assert!(!out.exists(), "nothing written");
}
