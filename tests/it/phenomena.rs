//! The phenomenon table (`tests/phenomena/*.toml`): sentences generated from patterns crossed
//! with fillers, written for the tests, each with the events it must give. A rule that holds
//! for one phrasing and fails its neighbours shows up here.

use std::collections::BTreeMap;

use chronobrief::app::make_timeline;
use chronobrief::extract::lexicon::MeetingKind;
use chronobrief::timeline::{Event, Kind};
use serde::Deserialize;

use crate::common::{corpus_args, root};

#[derive(Deserialize)]
struct Table {
    fillers: BTreeMap<String, Vec<String>>,
    /// The kind of meeting of each meeting word, lower case.
    #[serde(default)]
    kinds: BTreeMap<String, String>,
    phenomenon: Vec<Phenomenon>,
}

#[derive(Deserialize)]
struct Phenomenon {
    name: String,
    patterns: Vec<String>,
    expect: Expect,
    date: Option<String>,
    title_has: Option<String>,
    /// The expected conference's title does not hold this (where a name must end).
    title_lacks: Option<String>,
    /// The expected conference is the article's only one.
    #[serde(default)]
    alone: bool,
    /// The expected conference's kind of meeting: a kind, or a filler looked up in `kinds`.
    meeting_kind: Option<String>,
    /// No dated conference of the article has a title holding this (a meeting only named).
    not_dated: Option<String>,
    /// Besides the expected conference, the article gives an undated one: a mention of
    /// another meeting kept apart from it.
    #[serde(default)]
    undated_too: bool,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
enum Expect {
    Conference,
    Undated,
    None,
}

/// One generated case: its text and the values its placeholders took.
struct Case {
    phenomenon: usize,
    text: String,
    values: BTreeMap<String, String>,
}

/// The placeholders of a pattern, in order of first appearance.
fn placeholders(pattern: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = rest[open + 1..open + close].to_string();
        if !out.contains(&name) {
            out.push(name);
        }
        rest = &rest[open + close + 1..];
    }
    out
}

fn fill(template: &str, values: &BTreeMap<String, String>) -> String {
    values.iter().fold(template.to_string(), |t, (k, v)| {
        t.replace(&format!("{{{k}}}"), v)
    })
}

/// Every pattern of every phenomenon with every combination of its fillers.
fn expand(table: &Table) -> Vec<Case> {
    let mut cases = Vec::new();
    for (pi, p) in table.phenomenon.iter().enumerate() {
        for pattern in &p.patterns {
            let names = placeholders(pattern);
            let mut combos: Vec<BTreeMap<String, String>> = vec![BTreeMap::new()];
            for n in &names {
                let values = table
                    .fillers
                    .get(n)
                    .unwrap_or_else(|| panic!("no filler {{{n}}} in {pattern:?}"));
                combos = combos
                    .into_iter()
                    .flat_map(|c| {
                        values.iter().map(move |v| {
                            let mut c = c.clone();
                            c.insert(n.clone(), v.clone());
                            c
                        })
                    })
                    .collect();
            }
            for values in combos {
                let text = fill(pattern, &values);
                cases.push(Case {
                    phenomenon: pi,
                    text,
                    values,
                });
            }
        }
    }
    cases
}

/// Whether event `e` is of the kind of meeting `kind`: exactly, for an event of one article;
/// for one that merged reports of several (the cases of a table share subjects and days),
/// a kind the merge allows for one meeting ([`MeetingKind::may_be_same`]).
fn same_kind(e: &Event, kind: &str) -> bool {
    let want: Option<MeetingKind> = serde_json::from_value(serde_json::json!(kind)).ok();
    let (Some(want), Some(got)) = (want, e.meeting_kind) else {
        return false;
    };
    let files: std::collections::BTreeSet<&str> =
        e.sources.iter().map(|s| s.file.as_str()).collect();
    want == got || files.len() > 1 && want.may_be_same(got)
}

/// Why a case fails, or `None` when its events are as expected.
fn check(table: &Table, p: &Phenomenon, case: &Case, events: &[&Event]) -> Option<String> {
    let mut conferences: Vec<&&Event> = events
        .iter()
        .filter(|e| e.kind == Kind::Conference)
        .collect();
    // An event citing two lines of the article is listed once.
    conferences.sort_by(|a, b| a.id.cmp(&b.id));
    conferences.dedup_by(|a, b| a.id == b.id);
    match p.expect {
        Expect::Undated => conferences
            .iter()
            .find(|e| e.date.is_some())
            .map(|e| format!("unexpected date {:?} for {:?}", e.date, e.title)),
        Expect::None if conferences.is_empty() => None,
        Expect::None => Some(format!("unexpected {:?}", conferences[0].title)),
        Expect::Conference => {
            let title = p.title_has.as_deref().map(|t| fill(t, &case.values));
            let lacks = p.title_lacks.as_deref().map(|t| fill(t, &case.values));
            let kind = p.meeting_kind.as_deref().map(|k| {
                let k = fill(k, &case.values);
                table.kinds.get(&k.to_lowercase()).cloned().unwrap_or(k)
            });
            let kind_of = |e: &Event| {
                serde_json::to_value(e.meeting_kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
            };
            let ok = conferences.iter().any(|e| {
                e.date.as_deref() == p.date.as_deref()
                    && title.as_deref().is_none_or(|t| e.title.contains(t))
                    && lacks.as_deref().is_none_or(|t| !e.title.contains(t))
                    && kind.as_deref().is_none_or(|k| same_kind(e, k))
            }) && (!p.alone || conferences.len() == 1)
                && (!p.undated_too || conferences.iter().any(|e| e.date.is_none()));
            let named = p.not_dated.as_deref().map(|t| fill(t, &case.values));
            let wrongly_dated = conferences.iter().find(|e| {
                e.date.is_some() && named.as_deref().is_some_and(|t| e.title.contains(t))
            });
            if let Some(e) = wrongly_dated {
                return Some(format!(
                    "{:?} is only named, yet dated {:?}",
                    e.title, e.date
                ));
            }
            (!ok).then(|| {
                let got: Vec<String> = conferences
                    .iter()
                    .map(|e| format!("{:?} {:?} {:?}", e.date, e.title, kind_of(e)))
                    .collect();
                format!(
                    "want {:?} {kind:?} holding {title:?} without {lacks:?}, got {got:?}",
                    p.date
                )
            })
        }
    }
}

#[test]
fn every_generated_phrasing_gives_its_events() {
    let dir = root().join("tests/phenomena");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no phenomenon table in {}",
        dir.display()
    );
    let mut total = 0;
    for path in files {
        let table: Table = toml::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let cases = expand(&table);
        let work = tempfile::tempdir().unwrap();
        for (i, c) in cases.iter().enumerate() {
            std::fs::write(work.path().join(format!("{i:05}.txt")), &c.text).unwrap();
        }
        let (_, tl) = make_timeline(&corpus_args(work.path())).expect("the cases read");
        let mut by_file: BTreeMap<&str, Vec<&Event>> = BTreeMap::new();
        for e in tl.events.iter().chain(&tl.undated) {
            for s in &e.sources {
                by_file.entry(s.file.as_str()).or_default().push(e);
            }
        }
        let mut failures: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (i, c) in cases.iter().enumerate() {
            let p = &table.phenomenon[c.phenomenon];
            let file = format!("{i:05}.txt");
            let events = by_file.get(file.as_str()).cloned().unwrap_or_default();
            let count = counts.entry(&p.name).or_default();
            count.1 += 1;
            match check(&table, p, c, &events) {
                None => count.0 += 1,
                Some(why) => failures
                    .entry(&p.name)
                    .or_default()
                    .push(format!("{:?}: {why}", c.text)),
            }
        }
        for (name, (ok, n)) in &counts {
            println!(
                "{}: {name}: {ok}/{n}",
                path.file_name().unwrap().to_string_lossy()
            );
        }
        total += cases.len();
        let shown: Vec<String> = failures
            .iter()
            .map(|(name, f)| {
                format!(
                    "{name}: {} failed, e.g.\n  {}",
                    f.len(),
                    f[..f.len().min(3)].join("\n  ")
                )
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{}:\n{}",
            path.display(),
            shown.join("\n")
        );
    }
    assert!(total >= 2000, "only {total} generated cases");
}
