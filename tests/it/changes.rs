//! What is new since the previous build (`changes.json`, the brief's "What's new" section,
//! `feed.xml`, `--check`), and named briefs built into sub-folders of the output folder.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::common::stderr;

/// Three articles, each reporting its own conference.
const FIRST: [(&str, &str); 3] = [
    (
        "a.txt",
        "Hội nghị ngành thủy sản\n\nSáng 14/3/2019, Bộ Nông nghiệp tổ chức Hội nghị tổng kết ngành thủy sản tại Cần Thơ.\n",
    ),
    (
        "b.txt",
        "Hội nghị Ngoại giao\n\nSáng 16/8/2018 tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị Ngoại giao lần thứ 30.\n\nThủ tướng yêu cầu các cơ quan đại diện phải chủ động nắm bắt tình hình.\n",
    ),
    (
        "c.txt",
        "Tọa đàm về du lịch\n\nChiều 2/6/2020, Tổng cục Du lịch tổ chức Tọa đàm phục hồi du lịch nội địa tại Đà Nẵng.\n",
    ),
];

/// An article on a fourth conference, added before the second build.
const ADDED: (&str, &str) = (
    "d.txt",
    "Diễn đàn kinh tế biển\n\nNgày 9/10/2021, Ủy ban nhân dân tỉnh Quảng Ninh tổ chức Diễn đàn kinh tế biển lần thứ 3 tại Hạ Long.\n",
);

/// A second report of the conference of `b.txt`, added before the third build.
const SECOND_REPORT: (&str, &str) = (
    "e.txt",
    "Hội nghị Ngoại giao lần thứ 30 khai mạc\n\nHội nghị Ngoại giao lần thứ 30 khai mạc sáng 16/8/2018 tại Hà Nội, quy tụ các trưởng cơ quan đại diện.\n",
);

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// A work folder whose `articles/` holds [`FIRST`]; also returns `articles` and `out`.
fn first_corpus() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("articles");
    std::fs::create_dir(&input).unwrap();
    write(&input, &FIRST);
    let out = work.path().join("out");
    (work, input, out)
}

/// Builds `input` into `out` with the build date `day` (seconds since 1970).
fn build(input: &Path, out: &Path, day: i64, extra: &[&str]) -> Output {
    build_formats(input, out, day, "json,md,pdf,changes,feed", extra)
}

/// [`build`] with the formats `formats`.
fn build_formats(input: &Path, out: &Path, day: i64, formats: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        "--input",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--formats",
        formats,
        "--no-cache",
    ];
    args.extend_from_slice(extra);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_chronobrief"))
        .current_dir(input.parent().unwrap())
        .env("SOURCE_DATE_EPOCH", day.to_string())
        .args(&args)
        .output()
        .unwrap();
    o
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn ids(tl: &Value) -> BTreeSet<String> {
    ["events", "undated"]
        .iter()
        .flat_map(|k| tl[k].as_array().unwrap())
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

fn listed(changes: &Value, key: &str) -> Vec<String> {
    changes[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

fn feed(out: &Path) -> atom_syndication::Feed {
    let bytes = std::fs::read(out.join("feed.xml")).unwrap();
    atom_syndication::Feed::read_from(&bytes[..]).expect("feed.xml parses as Atom")
}

const DAY1: i64 = 1_764_633_600; // 2025-12-02
const DAY2: i64 = DAY1 + 86_400;
const DAY3: i64 = DAY2 + 86_400;

#[test]
fn an_article_added_between_two_builds_is_exactly_what_is_new() {
    let (_work, input, out) = first_corpus();

    // The first build has nothing to compare with: nothing is new, no section, no entry.
    let o = build(&input, &out, DAY1, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = json(&out.join("timeline.json"));
    let changes = json(&out.join("changes.json"));
    assert_eq!(changes["compared"], false);
    assert!(listed(&changes, "new").is_empty());
    let md = std::fs::read_to_string(out.join("brief.md")).unwrap();
    assert!(!md.contains("Mới cập nhật"), "{md}");
    assert!(feed(&out).entries.is_empty());

    // An article is added: its conference, and nothing else, is new; every id stays.
    write(&input, &[ADDED]);
    let o = build(&input, &out, DAY2, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("1 new, 0 changed, 0 removed"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let second = json(&out.join("timeline.json"));
    let added: Vec<String> = ids(&second).difference(&ids(&first)).cloned().collect();
    assert!(
        ids(&first).is_subset(&ids(&second)),
        "ids are stable when an article is added"
    );
    assert_eq!(added.len(), 1, "{added:?}");
    let changes = json(&out.join("changes.json"));
    assert_eq!(changes["compared"], true);
    assert_eq!(listed(&changes, "new"), added);
    assert!(listed(&changes, "changed").is_empty() && listed(&changes, "removed").is_empty());
    assert!(changes["new"][0]["title"]
        .as_str()
        .unwrap()
        .contains("kinh tế biển"));

    // The brief says so at the top, with a link to the event's heading.
    let md = std::fs::read_to_string(out.join("brief.md")).unwrap();
    let section = md.find("## Mới cập nhật").expect("a What's new section");
    let first_year = md.find("## <a id=\"y").unwrap();
    assert!(section < first_year, "the section comes before the years");
    assert!(
        md.contains(&format!("](#ev-{})", added[0])),
        "the item links to its event: {md}"
    );
    let anchor = format!("<a id=\"ev-{}\"", added[0]);
    assert!(md.contains(&anchor), "the link's target is in the brief");
    let pdf =
        pdf_extract::extract_text_from_mem(&std::fs::read(out.join("brief.pdf")).unwrap()).unwrap();
    let pdf: String = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    let section = pdf.find("Mới cập nhật").expect("the PDF has the section");
    let named = pdf[section..]
        .find("kinh tế biển")
        .expect("the new event is named");
    let years = pdf[section..].find("Năm 2018").expect("the years follow");
    assert!(
        named < years,
        "it names the new event before the years: {pdf}"
    );

    // The feed has one entry, dated by the build, linking to the event in brief.html.
    let f = feed(&out);
    assert_eq!(f.entries.len(), 1);
    let entry = &f.entries[0];
    assert_eq!(entry.links[0].href, format!("brief.html#ev-{}", added[0]));
    assert_eq!(entry.updated.timestamp(), DAY2);
    assert!(entry.id.starts_with("urn:uuid:"));
    assert!(entry.title.as_str().contains("kinh tế biển"));
    let new_entry_id = entry.id.clone();

    // A second report of a known conference: that event changed (one more source), and the
    // feed carries the earlier entry on after the new one.
    write(&input, &[SECOND_REPORT]);
    let o = build(&input, &out, DAY3, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let changes = json(&out.join("changes.json"));
    assert!(listed(&changes, "new").is_empty(), "{changes:#}");
    let changed = changes["changed"].as_array().unwrap();
    assert_eq!(changed.len(), 1, "{changes:#}");
    assert_eq!(changed[0]["what"], serde_json::json!(["sources"]));
    assert_eq!(changed[0]["sources_added"][0]["file"], "e.txt");
    assert!(changed[0]["title"].as_str().unwrap().contains("lần thứ 30"));
    let f = feed(&out);
    assert_eq!(f.entries.len(), 2);
    assert_eq!(f.entries[0].updated.timestamp(), DAY3);
    assert_eq!(f.entries[1].id, new_entry_id, "the earlier entry is kept");
    assert_eq!(f.entries[1].updated.timestamp(), DAY2, "with its own date");

    // Rebuilt with nothing changed: nothing is new, the section is gone, the feed keeps its
    // entries.
    let o = build(&input, &out, DAY3, &["--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let changes = json(&out.join("changes.json"));
    assert!(
        listed(&changes, "new").is_empty() && changes["changed"].as_array().unwrap().is_empty()
    );
    let md = std::fs::read_to_string(out.join("brief.md")).unwrap();
    assert!(!md.contains("Mới cập nhật"));
    assert_eq!(feed(&out).entries.len(), 2);

    // An article removed: its event is listed as removed.
    std::fs::remove_file(input.join("c.txt")).unwrap();
    let o = build(&input, &out, DAY3, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let changes = json(&out.join("changes.json"));
    let removed = changes["removed"].as_array().unwrap();
    assert_eq!(removed.len(), 1, "{changes:#}");
    assert!(removed[0]["title"].as_str().unwrap().contains("du lịch"));
}

#[test]
fn check_names_the_events_a_build_would_publish_and_writes_nothing() {
    let (_work, input, out) = first_corpus();
    assert!(build(&input, &out, DAY1, &[]).status.success());
    let before = std::fs::read(out.join("timeline.json")).unwrap();
    write(&input, &[ADDED]);
    let o = build(&input, &out, DAY2, &["--check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("1 new, 0 changed and 0 removed"), "{said}");
    assert!(said.contains("+ 2021-10-09"), "{said}");
    assert_eq!(std::fs::read(out.join("timeline.json")).unwrap(), before);
}

#[test]
fn changes_and_the_feed_need_the_timeline_they_compare_with() {
    let (_work, input, out) = first_corpus();
    let o = build_formats(&input, &out, DAY1, "md,feed", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("feed.xml"), "{}", stderr(&o));
    assert!(!out.exists());
}

/// The config file of two named briefs.
const NAMED: &str = "[focus.ngoai-giao]\ntitle = \"Ngoại giao\"\nmatch = [\"ngoai giao\"]\n\n[focus.thuy_san]\nmatch = [\"thủy sản\"]\nkind = [\"conference\"]\n";

#[test]
fn named_briefs_are_built_into_their_folders_each_with_its_own_changes() {
    let (work, input, out) = first_corpus();
    std::fs::write(work.path().join("chronobrief.toml"), NAMED).unwrap();
    let o = build(&input, &out, DAY1, &[]);
    assert!(o.status.success(), "{}", stderr(&o));

    let main = json(&out.join("timeline.json"));
    let diplomacy = json(&out.join("ngoai-giao/timeline.json"));
    let fishery = json(&out.join("thuy_san/timeline.json"));
    assert!(
        main.get("focus").is_none(),
        "the main brief is about everything"
    );
    assert_eq!(ids(&main).len(), 4, "{main:#}");
    let titles = |tl: &Value| -> Vec<String> {
        tl["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["title"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        diplomacy["focus"]["match"],
        serde_json::json!(["ngoai giao"])
    );
    assert!(titles(&diplomacy).iter().any(|t| t.contains("lần thứ 30")));
    assert!(titles(&diplomacy).iter().all(|t| !t.contains("thủy sản")));
    assert_eq!(titles(&fishery).len(), 1);
    assert!(titles(&fishery)[0].contains("thủy sản"));
    assert!(
        ids(&diplomacy).is_subset(&ids(&main)),
        "a focus chooses, never changes"
    );
    let md = std::fs::read_to_string(out.join("ngoai-giao/brief.md")).unwrap();
    assert!(md.starts_with("# Ngoại giao\n"), "its own title: {md}");

    // Each brief compares with its own previous timeline.
    write(&input, &[SECOND_REPORT]);
    let o = build(&input, &out, DAY2, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let changed = |dir: &str| {
        json(&out.join(dir).join("changes.json"))["changed"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(
        (changed(""), changed("ngoai-giao"), changed("thuy_san")),
        (1, 1, 0)
    );

    // A named brief taken out of the config file: its files and folder go, the rest stays.
    std::fs::write(
        work.path().join("chronobrief.toml"),
        "[focus.ngoai-giao]\nmatch = [\"ngoai giao\"]\n",
    )
    .unwrap();
    let o = build(&input, &out, DAY2, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!out.join("thuy_san").exists());
    assert!(out.join("ngoai-giao/brief.md").is_file());
    let manifest = json(&out.join("manifest.json"));
    let outputs: Vec<&String> = manifest["outputs"].as_object().unwrap().keys().collect();
    assert!(outputs
        .iter()
        .any(|n| n.as_str() == "ngoai-giao/timeline.json"));
    assert!(outputs.iter().all(|n| !n.starts_with("thuy_san/")));
}

#[test]
fn a_named_brief_must_have_a_folder_name_and_choose_something() {
    let (work, input, out) = first_corpus();
    for (config, said) in [
        (
            "[focus.\"../up\"]\nmatch = [\"x\"]\n",
            "unknown key `../up` in [focus]",
        ),
        (
            "[focus.sources]\nmatch = [\"x\"]\n",
            "unknown key `sources`",
        ),
        (
            "[focus.empty]\ntitle = \"T\"\n",
            "chronobrief.toml:1: the named brief [focus.empty] chooses nothing",
        ),
        ("[focus.typo]\nmach = [\"x\"]\n", "[focus.typo]"),
    ] {
        std::fs::write(work.path().join("chronobrief.toml"), config).unwrap();
        let o = build(&input, &out, DAY1, &[]);
        assert_ne!(o.status.code(), Some(0), "{config}");
        assert!(stderr(&o).contains(said), "{config}: {}", stderr(&o));
        assert!(!out.exists(), "nothing written");
    }
}
