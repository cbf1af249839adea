//! `chronobrief eval`: scores a timeline against a gold file (the format of
//! `tests/fixtures/seeds.gold.json`).
//!
//! The rules are those of the reference scorer: a conference matches a gold conference when the
//! dates agree at the gold's precision (exactly for required ones), they share a source file,
//! and the ordinals agree (or, without ordinals, the titles share at least half of the gold
//! title's words); a directive is found when one of its source lines is a gold directive's line
//! and its date is the gold date. Traps are gold lines that must not yield an in-range event.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::Deserialize;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// Why scoring could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{}: {message}", path.display())]
    Format { path: PathBuf, message: String },
}

#[derive(Debug, Deserialize)]
struct Gold {
    range: GoldRange,
    #[serde(default)]
    conferences: Vec<GoldConference>,
    #[serde(default)]
    directives: Vec<GoldDirective>,
    #[serde(default)]
    must_not_appear: Vec<GoldLine>,
}

#[derive(Debug, Deserialize)]
struct GoldRange {
    from: String,
    to: String,
}

#[derive(Debug, Deserialize)]
struct GoldConference {
    id: String,
    #[serde(default = "yes")]
    required: bool,
    date: String,
    title: String,
    ordinal: Option<i64>,
    sources: Vec<GoldSource>,
}

#[derive(Debug, Deserialize)]
struct GoldSource {
    file: String,
}

#[derive(Debug, Deserialize)]
struct GoldDirective {
    date: String,
    #[serde(default = "yes")]
    required: bool,
    file: String,
    line: u64,
    #[serde(default)]
    gist: String,
}

#[derive(Debug, Deserialize)]
struct GoldLine {
    file: String,
    line: u64,
}

fn yes() -> bool {
    true
}

/// The figures of one scoring run.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub conf_precision: f64,
    pub conf_recall: f64,
    pub conf_f1: f64,
    pub conf_tp: usize,
    pub conf_fp: usize,
    pub duplicates: usize,
    pub dir_recall: f64,
    pub dir_precision: f64,
    pub dir_found: usize,
    pub dir_required: usize,
    pub dir_listed: usize,
    /// Share of gold dates the timeline has, and of timeline dates that are gold dates.
    pub date_precision: f64,
    pub date_recall: f64,
    pub date_f1: f64,
    pub traps: usize,
    pub out_of_range: usize,
    /// One line per miss, as the reference scorer prints them.
    pub report: Vec<String>,
}

impl Score {
    /// The closing line, in the reference scorer's words.
    pub fn summary(&self) -> String {
        format!(
            "conferences P={:.2} R={:.2} F1={:.2} (tp={} fp={} dup={}); directives R={:.2} P={:.2} ({}/{} required, {} listed); traps={} out-of-range={}",
            self.conf_precision,
            self.conf_recall,
            self.conf_f1,
            self.conf_tp,
            self.conf_fp,
            self.duplicates,
            self.dir_recall,
            self.dir_precision,
            self.dir_found,
            self.dir_required,
            self.dir_listed,
            self.traps,
            self.out_of_range
        )
    }

    /// Date selection, as timeline-summarisation research reports it.
    pub fn date_line(&self) -> String {
        format!(
            "date selection P={:.2} R={:.2} F1={:.2}",
            self.date_precision, self.date_recall, self.date_f1
        )
    }
}

fn words(s: &str) -> BTreeSet<String> {
    let s: String = s.nfc().collect::<String>().to_lowercase();
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn s<'a>(e: &'a Value, key: &str) -> &'a str {
    e.get(key).and_then(Value::as_str).unwrap_or("")
}

fn basename(f: &str) -> &str {
    f.rsplit('/').next().unwrap_or(f)
}

fn files_of(e: &Value) -> BTreeSet<String> {
    sources(e).map(|(f, _)| f).collect()
}

fn lines_of(e: &Value) -> BTreeSet<(String, u64)> {
    sources(e).filter_map(|(f, l)| l.map(|l| (f, l))).collect()
}

fn sources(e: &Value) -> impl Iterator<Item = (String, Option<u64>)> + '_ {
    e.get("sources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|s| {
            (
                basename(s.get("file").and_then(Value::as_str).unwrap_or("")).to_string(),
                s.get("line").and_then(Value::as_u64),
            )
        })
}

/// A timeline date matches a gold date: exactly (required items) or as a prefix, or, for a
/// multi-day event (`date` .. `end`, both days), when the gold day lies within it.
fn date_matches(got: &str, gold: &str, exact: bool, end: Option<&str>) -> bool {
    let got = got.trim();
    if let Some(end) = end {
        let days = got.len() == 10 && gold.len() == 10 && end.len() == 10;
        if days && got <= gold && gold <= end {
            return true;
        }
    }
    if exact {
        got == gold
    } else {
        got.starts_with(gold)
    }
}

fn conf_match(e: &Value, g: &GoldConference) -> bool {
    let end = e
        .get("end")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty());
    if s(e, "kind") != "conference" || !date_matches(s(e, "date"), &g.date, g.required, end) {
        return false;
    }
    let gfiles: BTreeSet<String> = g.sources.iter().map(|s| s.file.clone()).collect();
    if files_of(e).is_disjoint(&gfiles) {
        return false;
    }
    if let (Some(go), Some(eo)) = (g.ordinal, e.get("ordinal").and_then(Value::as_i64)) {
        return go == eo;
    }
    titles_match(&words(&g.title), &words(s(e, "title")))
}

/// Half of the gold title's words are in the event's title, or the event's title is a
/// shortened name: six words or more, 80% of them in the gold title.
fn titles_match(gold: &BTreeSet<String>, event: &BTreeSet<String>) -> bool {
    let shared = gold.intersection(event).count();
    shared >= (gold.len() / 2).max(1) || (event.len() >= 6 && shared * 5 >= event.len() * 4)
}

/// The first `n` bytes of `s`, cut back to a character boundary (a user's timeline may hold
/// any text where a date should be).
fn prefix(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Scores `timeline` (the JSON of `out/timeline.json`) against `gold`.
pub fn score(
    timeline: &str,
    timeline_name: &str,
    gold: &str,
    gold_name: &str,
) -> Result<Score, EvalError> {
    let events = events_of(timeline, timeline_name)?;
    let gold: Gold = serde_json::from_str(gold).map_err(|e| EvalError::Format {
        path: PathBuf::from(gold_name),
        message: format!("not a gold file: {e}"),
    })?;
    let mut report = Vec::new();
    let confs = conferences(&events, &gold, &mut report);
    let out_of_range = out_of_range(&events, &gold.range, &mut report);
    let traps = traps_taken(&events, &gold, &mut report);
    let dirs = directives(&events, &gold, &mut report);
    let dates = date_selection(&events, &gold);
    Ok(Score {
        conf_precision: confs.precision,
        conf_recall: confs.recall,
        conf_f1: f1(confs.precision, confs.recall),
        conf_tp: confs.tp,
        conf_fp: confs.fp,
        duplicates: confs.duplicates,
        dir_recall: dirs.recall,
        dir_precision: dirs.precision,
        dir_found: dirs.found,
        dir_required: dirs.required,
        dir_listed: dirs.listed,
        date_precision: dates.0,
        date_recall: dates.1,
        date_f1: f1(dates.0, dates.1),
        traps,
        out_of_range,
        report,
    })
}

/// The events of a timeline's JSON: its `events` list, or the JSON itself when it is a list.
fn events_of(timeline: &str, name: &str) -> Result<Vec<Value>, EvalError> {
    let error = |message: String| EvalError::Format {
        path: PathBuf::from(name),
        message,
    };
    let doc: Value = serde_json::from_str(timeline).map_err(|e| error(format!("not JSON: {e}")))?;
    match doc {
        Value::Object(mut o) => match o.remove("events") {
            Some(Value::Array(a)) => Ok(a),
            _ => Err(error("no \"events\" list".into())),
        },
        Value::Array(a) => Ok(a),
        _ => Err(error("not a timeline".into())),
    }
}

/// `part / whole`, or `empty` when there is no whole.
fn ratio(part: usize, whole: usize, empty: f64) -> f64 {
    match whole {
        0 => empty,
        _ => part as f64 / whole as f64,
    }
}

/// The harmonic mean of a precision and a recall (0 when both are 0).
fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

/// The events of one kind.
fn of_kind<'a>(events: &'a [Value], kind: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| s(e, "kind") == kind).collect()
}

/// How the timeline's conferences matched the gold's.
struct ConferenceCounts {
    precision: f64,
    recall: f64,
    tp: usize,
    fp: usize,
    duplicates: usize,
}

/// Matches every conference of the timeline with the gold's, reporting misses and events that
/// match nothing.
fn conferences(events: &[Value], gold: &Gold, report: &mut Vec<String>) -> ConferenceCounts {
    // One event may merge several articles' reports and so match several gold entries (one
    // per article); a required gold entry matched by two events is a duplicate.
    let mut matched_by: BTreeMap<&str, usize> = BTreeMap::new();
    let mut dup = 0;
    let mut fp: Vec<&Value> = Vec::new();
    for (i, e) in of_kind(events, "conference").into_iter().enumerate() {
        let hits: Vec<&GoldConference> = gold
            .conferences
            .iter()
            .filter(|g| conf_match(e, g))
            .collect();
        if hits.is_empty() {
            fp.push(e);
            continue;
        }
        if hits
            .iter()
            .any(|g| g.required && matched_by.get(g.id.as_str()).is_some_and(|&j| j != i))
        {
            dup += 1;
        }
        for g in hits {
            matched_by.entry(g.id.as_str()).or_insert(i);
        }
    }
    let req: Vec<&GoldConference> = gold.conferences.iter().filter(|g| g.required).collect();
    let tp = req
        .iter()
        .filter(|g| matched_by.contains_key(g.id.as_str()))
        .count();
    for g in req
        .iter()
        .filter(|g| !matched_by.contains_key(g.id.as_str()))
    {
        report.push(format!(
            "missed conference {} {}",
            g.date,
            g.title.chars().take(70).collect::<String>()
        ));
    }
    for e in &fp {
        let lines: Vec<String> = lines_of(e)
            .into_iter()
            .take(2)
            .map(|(f, l)| format!("('{f}', {l})"))
            .collect();
        report.push(format!(
            "unmatched conference {} {} [{}]",
            s(e, "date"),
            s(e, "title").chars().take(70).collect::<String>(),
            lines.join(", ")
        ));
    }
    if dup > 0 {
        report.push(format!(
            "{dup} duplicate conference entries (same event reported twice)"
        ));
    }
    ConferenceCounts {
        precision: ratio(tp, tp + fp.len() + dup, 0.0),
        recall: ratio(tp, req.len(), 1.0),
        tp,
        fp: fp.len(),
        duplicates: dup,
    }
}

/// Events dated outside the gold's range, each reported.
fn out_of_range(events: &[Value], range: &GoldRange, report: &mut Vec<String>) -> usize {
    let (lo, hi) = (range.from.as_str(), range.to.as_str());
    let mut leaks = 0;
    for e in events {
        let d = s(e, "date");
        let inside = prefix(lo, d.len()) <= d && d <= prefix(hi, d.len());
        if !d.is_empty() && !inside {
            leaks += 1;
            report.push(format!(
                "out-of-range event listed: {} {}",
                d,
                s(e, "title").chars().take(60).collect::<String>()
            ));
        }
    }
    leaks
}

/// Events in the range's years cited on a line that must yield none, each reported.
fn traps_taken(events: &[Value], gold: &Gold, report: &mut Vec<String>) -> usize {
    let (lo, hi) = (prefix(&gold.range.from, 4), prefix(&gold.range.to, 4));
    let trap_lines: BTreeSet<(String, u64)> = gold
        .must_not_appear
        .iter()
        .map(|m| (m.file.clone(), m.line))
        .collect();
    let mut traps = 0;
    for e in events {
        let d = s(e, "date");
        let hit: Vec<(String, u64)> = lines_of(e).intersection(&trap_lines).cloned().collect();
        if !hit.is_empty() && !d.is_empty() && lo <= prefix(d, 4) && prefix(d, 4) <= hi {
            traps += 1;
            report.push(format!(
                "trap taken: {} {} {:?}",
                d,
                s(e, "title").chars().take(60).collect::<String>(),
                hit
            ));
        }
    }
    traps
}

/// How the timeline's directives matched the gold's.
struct DirectiveCounts {
    recall: f64,
    precision: f64,
    found: usize,
    required: usize,
    listed: usize,
}

/// A directive is found when one of its lines is a gold directive's and its date the gold's;
/// each required one not found is reported.
fn directives(events: &[Value], gold: &Gold, report: &mut Vec<String>) -> DirectiveCounts {
    let dirs = of_kind(events, "directive");
    let allowed: Vec<((String, u64), &str)> = gold
        .directives
        .iter()
        .map(|d| ((d.file.clone(), d.line), d.date.as_str()))
        .collect();
    let mut found: BTreeSet<(String, u64)> = BTreeSet::new();
    let mut right = 0;
    for e in &dirs {
        let mut ok = false;
        for fl in lines_of(e) {
            if let Some((_, date)) = allowed.iter().find(|(k, _)| *k == fl) {
                if date_matches(s(e, "date"), date, true, None) {
                    found.insert(fl);
                    ok = true;
                }
            }
        }
        right += usize::from(ok);
    }
    let req: Vec<&GoldDirective> = gold.directives.iter().filter(|d| d.required).collect();
    let is_found = |d: &&&GoldDirective| found.contains(&(d.file.clone(), d.line));
    for d in req.iter().filter(|d| !is_found(d)) {
        report.push(format!(
            "missed directive {} {}:{} {}",
            d.date, d.file, d.line, d.gist
        ));
    }
    let tp = req.iter().filter(is_found).count();
    DirectiveCounts {
        recall: ratio(tp, req.len(), 1.0),
        precision: ratio(right, dirs.len(), 0.0),
        found: tp,
        required: req.len(),
        listed: dirs.len(),
    }
}

/// Date selection, precision and recall: the dates of required gold items against the
/// timeline's dates.
fn date_selection(events: &[Value], gold: &Gold) -> (f64, f64) {
    let gold_dates: BTreeSet<&str> = gold
        .conferences
        .iter()
        .filter(|g| g.required)
        .map(|g| g.date.as_str())
        .chain(
            gold.directives
                .iter()
                .filter(|d| d.required)
                .map(|d| d.date.as_str()),
        )
        .collect();
    let got_dates: BTreeSet<&str> = events
        .iter()
        .map(|e| s(e, "date"))
        .filter(|d| !d.is_empty())
        .collect();
    let common = gold_dates.intersection(&got_dates).count();
    (
        ratio(common, got_dates.len(), 0.0),
        ratio(common, gold_dates.len(), 1.0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = r#"{"range":{"from":"2016-01-01","to":"2022-12-31"},
      "conferences":[
        {"id":"a","required":true,"date":"2021-12-13","title":"Hội nghị Ngoại vụ lần thứ 20","ordinal":20,"sources":[{"file":"x.txt","line":7}]},
        {"id":"b","required":false,"date":"2021-12","title":"Hội nghị Ngoại giao lần thứ 31","ordinal":31,"sources":[{"file":"x.txt","line":7}]},
        {"id":"c","required":true,"date":"2018","title":"Hội nghị Ngoại vụ lần thứ 19","ordinal":19,"sources":[{"file":"y.txt","line":9}]}],
      "directives":[{"date":"2021-12-13","required":true,"file":"x.txt","line":18,"gist":"g"},
                    {"date":"2021-12-13","required":true,"file":"x.txt","line":24,"gist":"h"}],
      "must_not_appear":[{"file":"x.txt","line":4}]}"#;

    fn ev(
        kind: &str,
        date: &str,
        title: &str,
        ordinal: Option<u32>,
        file: &str,
        line: u32,
    ) -> String {
        let o = ordinal.map(|o| o.to_string()).unwrap_or("null".into());
        format!(
            r#"{{"kind":"{kind}","date":"{date}","title":"{title}","ordinal":{o},"sources":[{{"file":"{file}","line":{line},"quote":""}}]}}"#
        )
    }

    #[test]
    fn a_shortened_name_matches_as_the_reference_scorer_says() {
        let w = |s: &str| words(s);
        let gold =
            w("Hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021 của ngành");
        // Six words or more, 80% of them in the gold title, but under half of its words.
        assert!(titles_match(
            &gold,
            &w("Hội nghị tổng kết công tác ngoại vụ")
        ));
        assert!(!titles_match(
            &gold,
            &w("Hội nghị tổng kết ngoại vụ các tỉnh")
        ));
        // Five words are too few for the shortened-name rule.
        assert!(!titles_match(&gold, &w("Hội nghị tổng kết ngành")));
    }

    #[test]
    fn a_date_that_is_not_ascii_is_scored_without_a_panic() {
        let gold = r#"{"range":{"from":"2016-01-01","to":"2022-12-31"},"conferences":[
            {"id":"a","date":"2016-08","required":false,"title":"Hội nghị","sources":[{"file":"x.txt","line":5}]}]}"#;
        for date in ["2016-0ạ-01", "ngày 5", "ễễễễễễễễ", ""] {
            let tl = format!(
                r#"{{"events":[{{"kind":"conference","date":"{date}","title":"Hội nghị","sources":[{{"file":"x.txt","line":5,"quote":""}}]}}]}}"#
            );
            let sc = score(&tl, "t.json", gold, "g.json").unwrap();
            assert_eq!(sc.conf_tp, 0, "{date}");
        }
    }

    #[test]
    fn one_merged_event_matches_each_articles_entry_and_a_range_holds_its_days() {
        let gold = r#"{"range":{"from":"2016-01-01","to":"2022-12-31"},
          "conferences":[
            {"id":"a","date":"2016-08-26","title":"Hội nghị Ngoại giao lần thứ 29","ordinal":29,"sources":[{"file":"x.txt","line":5}]},
            {"id":"b","date":"2016-08-22","title":"Hội nghị Ngoại giao lần thứ 29","ordinal":29,"sources":[{"file":"y.txt","line":3}]}]}"#;
        let merged = r#"{"events":[{"kind":"conference","date":"2016-08-22","end":"2016-08-26","title":"Hội nghị Ngoại giao lần thứ 29","ordinal":29,
            "sources":[{"file":"x.txt","line":5,"quote":""},{"file":"dir/y.txt","line":3,"quote":""}]}]}"#;
        let sc = score(merged, "t.json", gold, "g.json").unwrap();
        assert_eq!(
            (sc.conf_tp, sc.conf_fp, sc.duplicates),
            (2, 0, 0),
            "{:?}",
            sc.report
        );
        let split = r#"{"events":[
            {"kind":"conference","date":"2016-08-26","title":"Hội nghị Ngoại giao lần thứ 29","ordinal":29,"sources":[{"file":"x.txt","line":5,"quote":""}]},
            {"kind":"conference","date":"2016-08-26","title":"Hội nghị Ngoại giao 29","ordinal":29,"sources":[{"file":"x.txt","line":9,"quote":""}]}]}"#;
        let sc = score(split, "t.json", gold, "g.json").unwrap();
        assert_eq!((sc.conf_tp, sc.duplicates), (1, 1));
    }

    #[test]
    fn scores_matches_misses_duplicates_traps_and_leaks() {
        let events = [
            ev(
                "conference",
                "2021-12-13",
                "Hội nghị Ngoại vụ lần thứ 20",
                Some(20),
                "x.txt",
                7,
            ),
            ev(
                "conference",
                "2021-12-13",
                "Hội nghị Ngoại vụ toàn quốc lần thứ 20",
                Some(20),
                "x.txt",
                9,
            ),
            ev(
                "conference",
                "2021-12-13",
                "Hội nghị Ngoại giao lần thứ 31",
                Some(31),
                "x.txt",
                7,
            ),
            ev("conference", "2019", "Hội nghị khác", None, "y.txt", 3),
            ev(
                "conference",
                "2013",
                "Hội nghị Ngoại vụ lần thứ 17",
                Some(17),
                "y.txt",
                14,
            ),
            ev("directive", "2021-12-13", "d", None, "x.txt", 18),
            ev("directive", "2021-12-14", "d", None, "x.txt", 24),
            ev("directive", "2021-12-13", "d", None, "x.txt", 4),
        ];
        let tl = format!(r#"{{"events":[{}]}}"#, events.join(","));
        let sc = score(&tl, "t.json", GOLD, "g.json").unwrap();
        assert_eq!((sc.conf_tp, sc.conf_fp, sc.duplicates), (1, 2, 1));
        assert!((sc.conf_precision - 0.25).abs() < 1e-9);
        assert!((sc.conf_recall - 0.5).abs() < 1e-9);
        assert_eq!((sc.dir_found, sc.dir_required, sc.dir_listed), (1, 2, 3));
        assert_eq!(sc.traps, 1);
        assert_eq!(sc.out_of_range, 1);
        assert!(sc
            .report
            .iter()
            .any(|r| r.starts_with("missed conference 2018")));
        assert!(sc
            .report
            .iter()
            .any(|r| r.starts_with("missed directive 2021-12-13 x.txt:24")));
        assert!(sc
            .summary()
            .starts_with("conferences P=0.25 R=0.50 F1=0.33 (tp=1 fp=2 dup=1); directives R=0.50"));
        // Gold dates {2021-12-13, 2018}; timeline dates {2021-12-13, 2019, 2013, 2021-12-14}.
        assert!((sc.date_recall - 0.5).abs() < 1e-9);
        assert!((sc.date_precision - 0.25).abs() < 1e-9);
    }

    #[test]
    fn bad_files_are_named() {
        let e = score("{", "t.json", GOLD, "g.json")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("t.json: not JSON"), "{e}");
        let e = score("{\"events\":[]}", "t.json", "[]", "g.json")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("g.json:"), "{e}");
    }
}
