//! Metamorphic tests on the real development corpora (`../shared/dev`, `../shared/dev-b`):
//! every article rewritten in ways that must not change what the tool finds, or must change it
//! exactly as predicted, then the timeline compared article by article. A rule keyed to one
//! article's spelling, a name or a year fails here. Skipped, and said so, without the corpora.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chronobrief::app::make_timeline;
use chronobrief::timeline::Timeline;
use regex::{Captures, Regex};
use unicode_normalization::UnicodeNormalization;

use crate::common::{corpus_args, root};

/// The words of a title that any rewriting keeps inside it: a directive's title is its
/// paragraph cut at a length, and a rewritten name moves the cut.
fn title_key(title: &str) -> String {
    title
        .trim_end_matches('…')
        .split_whitespace()
        .take(10)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What an article gave: (kind, date, first words of the title) of every event citing it,
/// sorted.
type Found = Vec<(String, Option<String>, String)>;

/// A rewriting of the text, and the same rewriting of an event's date and title as predicted.
struct Transform {
    name: &'static str,
    text: fn(&str) -> String,
    date: fn(&str) -> String,
    title: fn(&str) -> String,
    /// Build both sides without the knowledge file's facts (its series and congresses), which
    /// are true of real years and would not move with the text.
    text_only: bool,
}

fn same(s: &str) -> String {
    s.to_string()
}

/// A day and month (and year) written with `/`: the day, the month, the year, and the
/// characters around them (the regex crate has no look-around).
static DAY_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[^\d/.\-])(\d{1,2})/(\d{1,2})(/\d{4})?($|[^\d/])").unwrap());

fn separator(text: &str, sep: &str) -> String {
    // Twice: a match consumes the character after it, which may open the next date.
    let once = |t: &str| {
        DAY_MONTH
            .replace_all(t, |c: &Captures| {
                let year = c
                    .get(4)
                    .map_or(String::new(), |y| y.as_str().replace('/', sep));
                format!("{}{}{sep}{}{year}{}", &c[1], &c[2], &c[3], &c[5])
            })
            .into_owned()
    };
    once(&once(text))
}

fn padded(text: &str) -> String {
    let once = |t: &str| {
        DAY_MONTH
            .replace_all(t, |c: &Captures| {
                let pad = |s: &str| format!("{s:0>2}");
                let year = c.get(4).map_or("", |y| y.as_str());
                format!("{}{}/{}{year}{}", &c[1], pad(&c[2]), pad(&c[3]), &c[5])
            })
            .into_owned()
    };
    once(&once(text))
}

/// "Sáng 5/3" ↔ "Chiều 5/3": the part of the day says nothing of the date.
fn part_of_day(text: &str) -> String {
    static PART: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(Sáng|Chiều|sáng|chiều)( (?:ngày )?\d)").unwrap());
    PART.replace_all(text, |c: &Captures| {
        let swapped = match &c[1] {
            "Sáng" => "Chiều",
            "Chiều" => "Sáng",
            "sáng" => "chiều",
            _ => "sáng",
        };
        format!("{swapped}{}", &c[2])
    })
    .into_owned()
}

fn nfd(text: &str) -> String {
    text.nfd().collect()
}

/// Places and persons' family names swapped with others: no rule may hold for one name only.
const SWAPS: &[(&str, &str)] = &[
    ("Hà Nội", "Hải Dương"),
    ("Đà Nẵng", "Cà Mau"),
    ("Nghệ An", "Sơn La"),
    ("Khánh Hòa", "Lai Châu"),
    ("Hồ Chí Minh", "Kon Tum"),
    ("Bộ Tài chính", "Bộ Xây dựng"),
    ("Bộ Y tế", "Bộ Tư pháp"),
    ("Nguyễn", "Lương"),
    ("Phạm", "Đoàn"),
    ("Bùi", "Tạ"),
];

fn swap_names(text: &str) -> String {
    static ANY: LazyLock<Regex> = LazyLock::new(|| {
        let words: Vec<String> = SWAPS
            .iter()
            .flat_map(|(a, b)| [regex::escape(a), regex::escape(b)])
            .collect();
        Regex::new(&format!(r"\b(?:{})\b", words.join("|"))).unwrap()
    });
    ANY.replace_all(text, |c: &Captures| {
        let w = &c[0];
        SWAPS
            .iter()
            .find_map(|(a, b)| (w == *a).then_some(*b).or((w == *b).then_some(*a)))
            .unwrap_or(w)
            .to_string()
    })
    .into_owned()
}

/// Every year of the text, one later (in dates, names, numbers of documents, URLs): every
/// run of four digits from 1900 to 2099.
fn shift_years(text: &str) -> String {
    // A day's two-digit year ("17/10/21") first, then every four-digit one.
    static SHORT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(\d{1,2}[/.\-]\d{1,2}[/.\-])(\d{2})\b").unwrap());
    static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").unwrap());
    let short = SHORT.replace_all(text, |c: &Captures| {
        let y: u32 = c[2].parse().unwrap();
        format!("{}{:02}", &c[1], (y + 1) % 100)
    });
    DIGITS
        .replace_all(&short, |c: &Captures| {
            let run = &c[0];
            match run.parse::<i32>() {
                Ok(y) if run.len() == 4 && (1900..2100).contains(&y) => (y + 1).to_string(),
                _ => run.to_string(),
            }
        })
        .into_owned()
}

/// The lines ingest reads as page furniture (share buttons, captions, related news), removed:
/// the article's events come from its prose.
fn without_chrome(text: &str) -> String {
    let k = chronobrief::knowledge::Knowledge::embedded();
    let Ok(a) =
        chronobrief::ingest::parse_article("a.txt", Path::new("a.txt"), text.as_bytes(), &k)
    else {
        return text.to_string();
    };
    let noise: std::collections::BTreeSet<usize> = a
        .lines
        .iter()
        .filter(|l| l.noise.is_some())
        .map(|l| l.number)
        .collect();
    if noise.is_empty() {
        return text.to_string();
    }
    text.lines()
        .enumerate()
        .filter(|(i, _)| !noise.contains(&(i + 1)))
        .map(|(_, l)| format!("{l}\n"))
        .collect()
}

/// The first line that holds a date, moved to the end of the article (a byline printed at
/// the foot of the page).
fn dateline_last(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(i) = lines
        .iter()
        .take(6)
        .position(|l| l.chars().count() < 80 && DAY_MONTH.is_match(l))
    else {
        return text.to_string();
    };
    let mut out: Vec<&str> = lines[..i].to_vec();
    out.extend(&lines[i + 1..]);
    out.push("");
    out.push(lines[i]);
    out.join("\n") + "\n"
}

/// A rewriting that moves no date and rewrites a title as it rewrites the text.
fn in_titles_too(name: &'static str, rewrite: fn(&str) -> String) -> Transform {
    Transform {
        name,
        text: rewrite,
        date: same,
        title: rewrite,
        text_only: false,
    }
}

/// A rewriting that leaves every date and title as it was.
fn invisible(name: &'static str, rewrite: fn(&str) -> String) -> Transform {
    Transform {
        title: same,
        ..in_titles_too(name, rewrite)
    }
}

fn transforms() -> Vec<Transform> {
    vec![
        in_titles_too("separators / → -", |t| separator(t, "-")),
        in_titles_too("separators / → .", |t| separator(t, ".")),
        in_titles_too("zero padding", padded),
        in_titles_too("Sáng ↔ Chiều", part_of_day),
        invisible("NFD", nfd),
        in_titles_too("places and names swapped", swap_names),
        Transform {
            date: shift_years,
            text_only: true,
            ..in_titles_too("every year + 1", shift_years)
        },
        invisible("page furniture removed", without_chrome),
        invisible("dateline moved to the last line", dateline_last),
    ]
}

fn corpora() -> Vec<PathBuf> {
    let dirs: Vec<PathBuf> = ["../shared/dev/articles", "../shared/dev-b/articles"]
        .iter()
        .map(|d| root().join(d))
        .filter(|d| d.is_dir())
        .collect();
    if dirs.is_empty() {
        eprintln!("skipped: no development corpora beside the repository");
    }
    dirs
}

/// The knowledge file without facts of real years: series and Party Congresses.
fn text_only_knowledge() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut out = String::new();
    let mut skipping = false;
    for line in chronobrief::knowledge::DEFAULT_KNOWLEDGE.lines() {
        if line.starts_with('[') {
            skipping = matches!(line.trim(), "[[series]]" | "[[party_congress]]");
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    std::fs::write(dir.path().join("knowledge.toml"), out).unwrap();
    dir
}

/// Builds the articles (name → text) and returns what each gave.
fn found(articles: &BTreeMap<String, String>, data: Option<&Path>) -> BTreeMap<String, Found> {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let mut args = corpus_args(dir.path());
    args.data = data.map(Path::to_path_buf);
    // Every year: a shifted year must not fall out of the range.
    args.from = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    args.to = chrono::NaiveDate::from_ymd_opt(2040, 12, 31).unwrap();
    let (_, tl) = make_timeline(&args).expect("the corpus reads");
    by_article(&tl, articles.keys())
}

fn by_article<'a>(
    tl: &Timeline,
    names: impl Iterator<Item = &'a String>,
) -> BTreeMap<String, Found> {
    let mut out: BTreeMap<String, Found> = names.map(|n| (n.clone(), Vec::new())).collect();
    for e in tl.events.iter().chain(&tl.undated) {
        let kind = format!("{:?}", e.kind);
        let mut files: Vec<&str> = e.sources.iter().map(|s| s.file.as_str()).collect();
        files.dedup();
        for f in files {
            if let Some(v) = out.get_mut(f) {
                v.push((kind.clone(), e.date.clone(), title_key(&e.title)));
            }
        }
    }
    out.values_mut().for_each(|v| {
        v.sort();
        v.dedup();
    });
    out
}

#[test]
fn rewritings_that_keep_the_meaning_keep_the_events() {
    let knowledge = text_only_knowledge();
    let mut report = Vec::new();
    let (mut kept, mut total) = (0usize, 0usize);
    for dir in corpora() {
        let articles: BTreeMap<String, String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(e.path()).unwrap())
            })
            .collect();
        let base = found(&articles, None);
        let base_text_only = found(&articles, Some(knowledge.path()));
        for t in transforms() {
            let changed: BTreeMap<String, String> = articles
                .iter()
                .map(|(n, a)| (n.clone(), (t.text)(a)))
                .collect();
            let rewritten = changed.iter().filter(|(n, c)| articles[*n] != **c).count();
            assert!(
                rewritten > 0,
                "{}: rewrote no article of {}",
                t.name,
                dir.display()
            );
            let data = t.text_only.then_some(knowledge.path());
            let got = found(&changed, data);
            let expected = if t.text_only { &base_text_only } else { &base };
            let mut differ = Vec::new();
            for (name, before) in expected {
                let mut predicted: Found = before
                    .iter()
                    .map(|(k, d, title)| {
                        (
                            k.clone(),
                            d.as_deref().map(t.date),
                            title_key(&(t.title)(title)),
                        )
                    })
                    .collect();
                predicted.sort();
                if got[name] == predicted {
                    kept += 1;
                } else {
                    differ.push(format!(
                        "    {name}:\n      predicted {predicted:?}\n      got       {:?}",
                        got[name]
                    ));
                }
                total += 1;
            }
            report.push(format!(
                "{} {}: {rewritten} articles rewritten, {}/{} give the predicted events",
                dir.parent().unwrap().file_name().unwrap().to_string_lossy(),
                t.name,
                expected.len() - differ.len(),
                expected.len()
            ));
            report.extend(differ);
        }
    }
    if total == 0 {
        return;
    }
    let rate = kept as f64 / total as f64;
    println!("invariance {rate:.3} ({kept}/{total})");
    for l in &report {
        println!("{l}");
    }
    assert!(
        rate >= 0.98,
        "invariance {rate:.3} ({kept}/{total}):\n{}",
        report.join("\n")
    );
}

#[test]
fn the_rewritings_do_what_they_say() {
    assert_eq!(
        separator("Sáng 5/3/2019, và 21/8", "-"),
        "Sáng 5-3-2019, và 21-8"
    );
    assert_eq!(
        separator("Số 36/NQ-TW và tỷ lệ 1/2019", "."),
        "Số 36/NQ-TW và tỷ lệ 1/2019"
    );
    assert_eq!(padded("ngày 5/3/2019 và 12/10"), "ngày 05/03/2019 và 12/10");
    assert_eq!(
        part_of_day("Sáng 5/3 và chiều ngày 6/3, sáng nay"),
        "Chiều 5/3 và sáng ngày 6/3, sáng nay"
    );
    assert_eq!(
        swap_names("Ông Nguyễn Văn A tại Hà Nội và Hải Dương"),
        "Ông Lương Văn A tại Hải Dương và Hà Nội"
    );
    assert_eq!(
        shift_years("năm 2019, 2020-2025, Số 12/2021/NĐ-CP, 12345"),
        "năm 2020, 2021-2026, Số 12/2022/NĐ-CP, 12345"
    );
    assert_eq!(shift_years("17/10/21 và 31/12/99"), "17/10/22 và 31/12/00");
    assert_eq!(
        dateline_last("Tin\n\n14/12/2021\n\nBài.\n"),
        "Tin\n\n\nBài.\n\n14/12/2021\n"
    );
}
