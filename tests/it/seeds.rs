//! The seeds against the hand-made gold timeline, scored by the product's own `eval`.

use chronobrief::eval::score;
use serde_json::Value;

use crate::common::{file, root, seeds};

fn gold() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/seeds.gold.json")).unwrap()
}

fn timeline() -> String {
    String::from_utf8(file(seeds(), "timeline.json").to_vec()).unwrap()
}

#[test]
fn every_required_conference_with_gold_date_no_duplicates_leaks_or_traps() {
    let sc = score(&timeline(), "timeline.json", &gold(), "seeds.gold.json").unwrap();
    assert_eq!(sc.conf_recall, 1.0, "{:#?}", sc.report);
    assert_eq!(sc.duplicates, 0, "{:#?}", sc.report);
    assert_eq!(sc.out_of_range, 0, "{:#?}", sc.report);
    assert_eq!(sc.traps, 0, "{:#?}", sc.report);
    assert_eq!(sc.conf_fp, 0, "{:#?}", sc.report);
}

#[test]
fn at_least_80_percent_of_required_directives_with_date_and_line() {
    let sc = score(&timeline(), "timeline.json", &gold(), "seeds.gold.json").unwrap();
    assert!(sc.dir_recall >= 0.8, "{}\n{:#?}", sc.summary(), sc.report);
}

#[test]
fn required_conferences_carry_the_gold_precision_and_a_date_basis() {
    let tl: Value = serde_json::from_str(&timeline()).unwrap();
    let gold: Value = serde_json::from_str(&gold()).unwrap();
    for g in gold["conferences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["required"] == true)
    {
        let e = tl["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| {
                e["kind"] == "conference"
                    && e["date"] == g["date"]
                    && (g["ordinal"].is_null() || e["ordinal"] == g["ordinal"])
            })
            .unwrap_or_else(|| panic!("no event for {}", g["id"]));
        assert_eq!(e["precision"], g["precision"], "{}", g["id"]);
        assert!(
            e["date_basis"]["year"]["from"].is_string(),
            "{}",
            e["date_basis"]
        );
    }
}

#[test]
fn the_year_of_the_18th_is_inferred_from_its_series_and_the_party_congress() {
    let tl: Value = serde_json::from_str(&timeline()).unwrap();
    let e = tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["ordinal"] == 18)
        .unwrap();
    assert_eq!(e["date"], "2016-08-21");
    let year = &e["date_basis"]["year"];
    assert_eq!(year["from"], "series", "{year}");
    assert_eq!(
        (&year["before"]["ordinal"], &year["after"]["ordinal"]),
        (&17.into(), &19.into())
    );
    assert_eq!(year["anchors"][0]["side"], "just-after");
    assert_eq!(year["anchors"][0]["congress"], 12);
}

#[test]
fn one_event_reported_by_two_articles_has_both_sources() {
    let tl: Value = serde_json::from_str(&timeline()).unwrap();
    let e = tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["ordinal"] == 20)
        .unwrap();
    let files: std::collections::BTreeSet<&str> = e["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
}

#[test]
fn json_has_the_documented_shape() {
    let tl: Value = serde_json::from_str(&timeline()).unwrap();
    assert_eq!(tl["range"]["from"], "2016-01-01");
    assert_eq!(tl["range"]["to"], "2022-12-31");
    assert!(tl["undated"].is_array());
    let keys = [
        "id",
        "kind",
        "date",
        "precision",
        "date_basis",
        "title",
        "meeting_kind",
        "series",
        "ordinal",
        "location",
        "chair",
        "theme",
        "format",
        "participants",
        "parent",
        "by",
        "text",
        "sources",
    ];
    let ids: Vec<&str> = tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    // The seeds give conferences and the directives given at them: the checks below see both.
    let given = tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["parent"].is_string())
        .count();
    assert!(
        ids.len() >= 20 && given >= 10,
        "{} events, {given} given at a conference",
        ids.len()
    );
    for e in tl["events"].as_array().unwrap() {
        let obj = e.as_object().unwrap();
        // Besides those, only the documented keys that are absent when empty.
        let optional = ["end", "conflicts", "organizer"];
        assert!(
            obj.keys()
                .all(|k| keys.contains(&k.as_str()) || optional.contains(&k.as_str())),
            "{e}"
        );
        for k in keys {
            assert!(obj.contains_key(k), "missing {k} in {e}");
        }
        for s in e["sources"].as_array().unwrap() {
            assert!(s["file"].is_string() && s["line"].is_u64() && s["quote"].is_string());
        }
        // A conference says what kind of meeting it was; a directive is none.
        let kinds = [
            "summit",
            "conference",
            "workshop",
            "roundtable",
            "forum",
            "session",
        ];
        let kinds = [&kinds[..], &["meeting", "working_session"]].concat();
        match e["kind"].as_str() {
            Some("conference") => assert!(
                kinds.contains(&e["meeting_kind"].as_str().unwrap_or("")),
                "{e}"
            ),
            _ => assert!(e["meeting_kind"].is_null(), "{e}"),
        }
        if let Some(p) = e["parent"].as_str() {
            // A directive follows its conference.
            let pi = ids.iter().position(|i| *i == p).expect("parent exists");
            let di = ids
                .iter()
                .position(|i| *i == e["id"].as_str().unwrap())
                .unwrap();
            assert!(pi < di);
            assert_eq!(e["kind"], "directive");
        }
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique");
    // Ordered by date.
    let dates: Vec<&str> = tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn every_quote_is_the_exact_text_of_its_line() {
    let tl: Value = serde_json::from_str(&timeline()).unwrap();
    for e in tl["events"].as_array().unwrap() {
        for s in e["sources"].as_array().unwrap() {
            let text =
                std::fs::read_to_string(root().join("seeds").join(s["file"].as_str().unwrap()))
                    .unwrap();
            let line = text
                .lines()
                .nth(s["line"].as_u64().unwrap() as usize - 1)
                .unwrap();
            assert!(line.contains(s["quote"].as_str().unwrap()), "{s}");
        }
    }
}
