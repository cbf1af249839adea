//! The time-expression grammar: each `scan_*` function finds one family of spellings and
//! proposes candidates; [`find_dates`] keeps the longest that do not overlap.
//!
//! Families, as Vietnamese news writes them:
//! - full dates, day first, with `/ - .` separators, four- or two-digit years (`13/12/2021`,
//!   `16-5-2019`, `22.3.2018`, `17/10/21`) and ISO (`2021-12-13`);
//! - long forms (`ngày 5 tháng 8 năm 2018`, `9 tháng 10 năm 2015`, `tháng Chạp`);
//! - ranges (`21-22/11`, `ngày 22 - 26/7`, `từ ngày 4 đến 10/10`, `từ 16/12/1963 đến 16/1/1964`,
//!   `từ ngày 4 đến ngày 6 tháng 12 năm 2017`, `các ngày 11, 12 tháng 01 năm 2010`);
//! - a day and month after a cue (a part of the day, a weekday, `ngày`, a bracket);
//! - months (`tháng 10-2021`, `tháng 12/2021`, `tháng 8 năm 2018`) and years (`năm 2018`);
//! - relative expressions counted from the document date (`hôm nay`, `hôm qua`, `sáng nay
//!   (13/8)`, `tuần trước`, `tháng trước`, `năm ngoái`, `cách đây 9 tháng`, `ngày mai`) or from
//!   the last day the text named (`cùng ngày`, `hôm sau`).
//!
//! Numbers that only look like dates are refused: periods (`2021-2030`, `nhiệm kỳ 2020-2025`),
//! parts of longer numbers (`15/2020/NĐ-CP`, `4.0`, `2.000`), fractions and counts without a cue
//! (`8/11 chỉ tiêu`, `155/216`), durations (`35 năm`), times (`13:50`).

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::{Captures, Regex};

use crate::text::captures_at_word_starts as word_starts;

use super::{DateMention, PartialDate, Relative};

/// Words after which a bare day and month (`13/12`) is a date.
const DAY_CUES: &[&str] = &[
    "ngày",
    "sáng",
    "trưa",
    "chiều",
    "tối",
    "đêm",
    "rạng sáng",
    "hôm",
    "từ",
    "đến",
    "tới",
    "và",
    "lúc",
    "vào",
    "cho đến",
    "hết",
    // "vào dịp 2/9": on the occasion of.
    "dịp",
    // With the verbs of a meeting's happening (`lexicon::HAPPENING_VERBS`): "được tổ chức
    // 20-12", "khai mạc 5/3".
    "tổ chức",
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
    "nay",
    "qua",
    "(",
    // A day or sitting told by its place among the meeting's ("trong ngày làm việc đầu tiên
    // 28-6", "phiên họp cuối cùng 15/6"); "thứ hai" and the like are above.
    "đầu tiên",
    "cuối cùng",
];

pub(crate) const WEEKDAYS: &[&str] = &[
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
];

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the date grammar's patterns are valid")
}

static FULL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})-(\d{1,2})-(\d{4})",
    )
});
static ISO: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{4})-(\d{1,2})-(\d{1,2})"));
static FROM_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)từ\s+(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})",
    )
});
/// `21-22/11`, `22 - 26/7`, `4 đến 10/10`, `4 đến ngày 10/10/2021`, `4 đến hết ngày 10/10`.
static DAY_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\d{1,2})\s*(?:-|–|và|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:[/\-.](\d{4}))?",
    )
});
/// `30-11 và 1-12`, `31/12/2018 - 2/1/2019`: two days on each side of a month's turn.
static ACROSS_MONTHS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:[/\-.](\d{4}))?\s*(?:-|–|và|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:[/\-.](\d{4}))?",
    )
});
/// Most days a meeting reported as one span of days runs (`31-3 và 1-4`).
const MAX_SPAN_DAYS: i64 = 7;
/// `4 đến ngày 6 tháng 12 năm 2017`, `11, 12 tháng 01 năm 2010`.
static WORD_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\d{1,2})\s*(?:-|–|,|và|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,?\s*năm\s+(\d{4}))?",
    )
});
/// `ngày 5 tháng 8 năm 2018`, and after a relative word `hôm nay 9 tháng 10 năm 2015`.
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:ngày|nay|qua)\s+(\d{1,2})\s+tháng\s+(\d{1,2}|\p{L}+(?:\s+(?:một|hai))?)(?:\s*,?\s*năm\s+(\d{4}))?",
    )
});
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)tháng\s+(\d{1,2}|\p{L}+(?:\s+(?:một|hai))?)(?:(?:\s*[/\-–]\s*|\.)(\d{4})|\s*,?\s*năm\s+(\d{4}))?",
    )
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)năm\s+(\d{4})"));
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{1,2})([/.\-])(\d{1,2})"));
/// A year written as a word right after a day and month: ` năm 2017`.
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*,?\s*(?i:năm)\s+(\d{4})"));
/// A relative day, optionally followed by the day it means: `sáng nay (13/8)`, `sáng nay 7-5`.
static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?:sáng|trưa|chiều|tối|đêm)\s+hôm\s+(qua|nay|kia)|(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(nay|qua|kia|mai)|ngày\s+(mai|hôm qua|hôm nay|hôm kia)|(cùng ngày|ngày hôm sau|hôm sau|ngày tiếp theo|sáng hôm sau|chiều hôm sau|tối hôm sau))(?-u:\b)(?:\s*(?:\(|[,–-])?\s*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(\d{1,2})[/\-.](\d{1,2})(?:[/\-.](\d{4}))?\s*\)?)?",
    )
});
/// Weeks, months and years counted from the document date.
static RELATIVE_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(tuần|tháng|năm)\s+(trước|ngoái|này|nay|tới|sau|sau nữa)|cách đây\s+(\d{1,2}|một|hai|ba)\s+(ngày|tuần|tháng|năm))(?-u:\b)",
    )
});

/// A month (or a small count: "chín tháng") written as a word: "một" → 1, "mười hai" → 12.
pub(super) fn month_word(w: &str) -> Option<u32> {
    let w = w.to_lowercase();
    Some(match w.as_str() {
        "một" | "giêng" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" | "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" | "chạp" => 12,
        _ => return None,
    })
}

fn num_or_word_month(s: &str) -> Option<u32> {
    match s.parse::<u32>() {
        Ok(n) => (1..=12).contains(&n).then_some(n),
        Err(_) => month_word(s),
    }
}

fn small_number(s: &str) -> Option<i64> {
    match s.to_lowercase().as_str() {
        "một" => Some(1),
        "hai" => Some(2),
        "ba" => Some(3),
        n => n.parse().ok(),
    }
}

fn year_ok(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

/// A two-digit year (`17/10/21`) is of this century.
fn full_year(digits: &str) -> i32 {
    let y: i32 = digits.parse().unwrap_or(0);
    if digits.len() == 2 {
        2000 + y
    } else {
        y
    }
}

fn day_month_ok(day: u32, month: u32, year: Option<i32>) -> bool {
    // 2000 is a leap year, so 29/2 without a year is accepted.
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

fn num(c: &Captures, i: usize) -> Option<u32> {
    c.get(i).and_then(|m| m.as_str().parse().ok())
}

/// Whether `before` ends with a number that counts what follows it: a number, but not an
/// ordinal after "thứ".
fn counted(before: &str) -> bool {
    let number = before.trim_end_matches(|c: char| c.is_ascii_digit());
    number.len() < before.len() && !crate::text::ends_with_word(number.trim_end(), "thứ")
}

/// The match is not part of a longer number (`2021-2030`, `15/2020/NĐ-CP`, `4.0`).
fn isolated(text: &str, r: &Range<usize>) -> bool {
    let before = prev_char(text, r.start);
    if before.is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    if matches!(before, Some('/' | '.' | '-' | ',' | ':')) {
        let b2 = text[..r.start - 1].chars().next_back();
        if b2.is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    isolated_end(text, r.end)
}

fn isolated_end(text: &str, at: usize) -> bool {
    match next_char(text, at) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('/' | '.' | ',' | '-' | ':') => {
            !text[at + 1..].starts_with(|c: char| c.is_ascii_digit())
        }
        _ => true,
    }
}

fn followed_by_number(text: &str, at: usize) -> bool {
    text[at..]
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
}

/// A day-month without year needs a cue: a time-of-day or date word before it, a weekday and a
/// comma, a bracket around it, or a colon after it as in headlines ("Tin thế giới 25/11:").
fn has_day_cue(text: &str, r: &Range<usize>) -> bool {
    let before = text[..r.start].trim_end();
    if before.is_empty() {
        return true;
    }
    // Only the last few words matter; lower-casing a whole sentence for each number is waste.
    let tail_start = before
        .char_indices()
        .rev()
        .nth(16)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let lower = before[tail_start..].to_lowercase();
    let ends_with_word = |t: &str, w: &str| {
        t.ends_with(w)
            && t[..t.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    if DAY_CUES
        .iter()
        .chain(crate::extract::lexicon::HAPPENING_VERBS)
        .any(|c| ends_with_word(&lower, c))
    {
        return true;
    }
    if let Some(t) = lower.strip_suffix(',') {
        if WEEKDAYS.iter().any(|w| ends_with_word(t.trim_end(), w)) {
            return true;
        }
    }
    matches!(next_char(text, r.end), Some(':' | ')'))
}

fn point(span: Range<usize>, date: PartialDate) -> DateMention {
    DateMention {
        span,
        start: date,
        end: None,
        relative: None,
    }
}

fn month_only(year: Option<i32>, month: u32) -> PartialDate {
    PartialDate {
        year,
        month: Some(month),
        day: None,
    }
}

fn scan_from_to(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&FROM_TO, text) {
        let (Some(d1), Some(m1), Some(d2), Some(m2)) =
            (num(&c, 1), num(&c, 2), num(&c, 4), num(&c, 5))
        else {
            continue;
        };
        let Some(y2) = c.get(6).map(|m| full_year(m.as_str())) else {
            continue;
        };
        let y1 = c
            .get(3)
            .map(|m| full_year(m.as_str()))
            .unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
        if year_ok(y1)
            && year_ok(y2)
            && day_month_ok(d1, m1, Some(y1))
            && day_month_ok(d2, m2, Some(y2))
        {
            out.push(DateMention {
                span: c.get(0).unwrap().range(),
                start: PartialDate::ymd(Some(y1), m1, d1),
                end: Some(PartialDate::ymd(Some(y2), m2, d2)),
                relative: None,
            });
        }
    }
}

/// A meeting's days across a month's turn (`trong hai ngày 31-3 và 1-4`): the first day of
/// one month and the next month's, a few days apart ([`MAX_SPAN_DAYS`]), one span; two days
/// further apart are two dates.
fn scan_across_months(text: &str, out: &mut Vec<DateMention>) {
    for c in ACROSS_MONTHS.captures_iter(text) {
        let r = c.get(0).unwrap().range();
        let (Some(d1), Some(m1), Some(d2), Some(m2)) =
            (num(&c, 1), num(&c, 2), num(&c, 4), num(&c, 5))
        else {
            continue;
        };
        // The second month is the next one: its year is the first's, or the next after December.
        let turn = i32::from(m1 == 12);
        let written = |g: usize| c.get(g).map(|m| full_year(m.as_str()));
        let y1 = written(3).or(written(6).map(|y| y - turn));
        let y2 = written(6).or(y1.map(|y| y + turn));
        // The span's length, counted in a leap year when the year is open.
        let base = y1.unwrap_or(2020);
        let (Some(a), Some(b)) = (
            chrono::NaiveDate::from_ymd_opt(base, m1, d1),
            chrono::NaiveDate::from_ymd_opt(base + turn, m2, d2),
        ) else {
            continue;
        };
        let next_month = m2 == m1 % 12 + 1 && y1.zip(y2).is_none_or(|(a, b)| b == a + turn);
        let days = (b - a).num_days();
        if isolated(text, &r)
            && next_month
            && (1..=MAX_SPAN_DAYS).contains(&days)
            && y1.is_none_or(year_ok)
            && y2.is_none_or(year_ok)
        {
            out.push(DateMention {
                span: r,
                start: PartialDate::ymd(y1, m1, d1),
                end: Some(PartialDate::ymd(y2, m2, d2)),
                relative: None,
            });
        }
    }
}

fn scan_full(text: &str, out: &mut Vec<DateMention>) {
    for c in FULL.captures_iter(text) {
        let base = [1, 4, 7].into_iter().find(|i| c.get(*i).is_some()).unwrap();
        let r = c.get(0).unwrap().range();
        let year_digits = c.get(base + 2).unwrap().as_str();
        let (Some(d), Some(m)) = (num(&c, base), num(&c, base + 1)) else {
            continue;
        };
        let y = full_year(year_digits);
        if isolated(text, &r) && year_ok(y) && day_month_ok(d, m, Some(y)) {
            out.push(point(r, PartialDate::ymd(Some(y), m, d)));
        }
    }
    for c in ISO.captures_iter(text) {
        let r = c.get(0).unwrap().range();
        let (Some(y), Some(m), Some(d)) = (num(&c, 1), num(&c, 2), num(&c, 3)) else {
            continue;
        };
        let y = y as i32;
        if isolated(text, &r) && year_ok(y) && day_month_ok(d, m, Some(y)) {
            out.push(point(r, PartialDate::ymd(Some(y), m, d)));
        }
    }
}

fn scan_day_ranges(text: &str, month_word: bool, out: &mut Vec<DateMention>) {
    for c in DAY_RANGE.captures_iter(text) {
        let r = c.get(0).unwrap().range();
        let (Some(d1), Some(d2), Some(mo)) = (num(&c, 1), num(&c, 2), num(&c, 3)) else {
            continue;
        };
        let y = c.get(4).map(|m| full_year(m.as_str()));
        if !isolated(text, &r) || d1 >= d2 || !y.is_none_or(year_ok) {
            continue;
        }
        // "8-10/2021" is a span of months, not of days; without a cue a day range is a count.
        if y.is_none() && !has_day_cue(text, &r) {
            continue;
        }
        if day_month_ok(d1, mo, y) && day_month_ok(d2, mo, y) {
            out.push(DateMention {
                span: r,
                start: PartialDate::ymd(y, mo, d1),
                end: Some(PartialDate::ymd(y, mo, d2)),
                relative: None,
            });
        }
    }
    for c in word_starts(&WORD_RANGE, if month_word { text } else { "" }) {
        let r = c.get(0).unwrap().range();
        let (Some(d1), Some(d2), Some(mo)) = (num(&c, 1), num(&c, 2), num(&c, 3)) else {
            continue;
        };
        let y = num(&c, 4).map(|y| y as i32);
        if d1 < d2
            && y.is_none_or(year_ok)
            && day_month_ok(d1, mo, y)
            && day_month_ok(d2, mo, y)
            && has_day_cue(text, &r)
        {
            out.push(DateMention {
                span: r,
                start: PartialDate::ymd(y, mo, d1),
                end: Some(PartialDate::ymd(y, mo, d2)),
                relative: None,
            });
        }
    }
}

fn scan_long_forms(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&WORDS, text) {
        let m = c.get(0).unwrap();
        let Some(d) = num(&c, 1) else { continue };
        let Some(mo) = num_or_word_month(&c[2]) else {
            continue;
        };
        let y = num(&c, 3).map(|y| y as i32);
        if y.is_none_or(year_ok) && day_month_ok(d, mo, y) && !followed_by_number(text, m.end()) {
            // The relative word ("hôm nay 18 tháng 8") belongs to the relative scanner.
            let lead = m.as_str().split_whitespace().next().unwrap_or("");
            let start = if lead.eq_ignore_ascii_case("ngày") {
                m.start()
            } else {
                m.start() + lead.len()
            };
            let span = start
                + (text[start..m.end()].len() - text[start..m.end()].trim_start().len())
                ..m.end();
            out.push(point(span, PartialDate::ymd(y, mo, d)));
        }
    }
}

/// "tháng cuối năm 2020" (December), "tháng đầu năm 2021" (January); not "6 tháng cuối năm"
/// or "những tháng đầu năm", which are spans.
static EDGE_MONTH: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)tháng\s+(đầu|cuối)\s+(?:của\s+)?năm\s+(\d{4})(?-u:\b)"));

fn scan_edge_months(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&EDGE_MONTH, text) {
        let m = c.get(0).unwrap();
        let before = text[..m.start()].trim_end().to_lowercase();
        let span = before.ends_with(|c: char| c.is_ascii_digit())
            || ["những", "các", "mấy", "vài", "hai", "ba", "sáu"]
                .iter()
                .any(|w| before.ends_with(w));
        let Some(y) = num(&c, 2).map(|y| y as i32) else {
            continue;
        };
        if span || !year_ok(y) {
            continue;
        }
        let month = if c[1].to_lowercase() == "đầu" {
            1
        } else {
            12
        };
        out.push(point(m.range(), month_only(Some(y), month)));
    }
}

/// A quarter (`quý III/2021`, `quý 2 năm 2022`) names a span of three months: only its year is
/// a date at a precision the types hold, and the whole phrase is read so `III/2021` is not
/// mistaken for something else.
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)quý\s+(?:I{1,3}|IV|[1-4])\s*(?:/|-|,?\s*năm)\s*((?:19|20)\d{2})(?-u:\b)")
});

fn scan_quarters(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&QUARTER, text) {
        let Some(y) = num(&c, 1).map(|y| y as i32) else {
            continue;
        };
        out.push(point(
            c.get(0).unwrap().range(),
            PartialDate {
                year: Some(y),
                month: None,
                day: None,
            },
        ));
    }
}

fn scan_months(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&MONTH, text) {
        let m = c.get(0).unwrap();
        let Some(mo) = num_or_word_month(&c[1]) else {
            continue;
        };
        let y = c.get(2).or(c.get(3)).map(|y| full_year(y.as_str()));
        if c[1].parse::<u32>().is_err() && y.is_none() && !c[1].eq_ignore_ascii_case("chạp") {
            // "tháng năm" alone is too ambiguous (months and years); a written month needs
            // its year, except "tháng Chạp", which is only a month.
            continue;
        }
        if y.is_some_and(|y| !year_ok(y)) || followed_by_number(text, m.end()) {
            continue;
        }
        // "3 tháng" is a count, not March, and "tháng 3-4" a span; an ordinal counts nothing
        // ("lần thứ 12 tháng 9/2019").
        let before = text[..m.start()].trim_end();
        if counted(before) || !isolated_end(text, m.end()) {
            continue;
        }
        out.push(point(m.range(), month_only(y, mo)));
    }
}

fn scan_years(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&YEAR, text) {
        let m = c.get(0).unwrap();
        let Some(y) = num(&c, 1).map(|y| y as i32) else {
            continue;
        };
        if !year_ok(y) || !isolated_end(text, m.end()) {
            continue;
        }
        // "năm 2021-2030" is a period; "những năm 1980" a decade.
        let rest = text[m.end()..].trim_start();
        let after_dash = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–'));
        if after_dash.is_some_and(|a| a.trim_start().starts_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        let before = text[..m.start()].trim_end().to_lowercase();
        if before.ends_with("những") || before.ends_with("thập niên") || before.ends_with("thập kỷ")
        {
            continue;
        }
        out.push(point(
            m.range(),
            PartialDate {
                year: Some(y),
                month: None,
                day: None,
            },
        ));
    }
}

fn scan_day_months(text: &str, out: &mut Vec<DateMention>) {
    for c in DAY_MONTH.captures_iter(text) {
        let r = c.get(0).unwrap().range();
        let (Some(d), Some(mo)) = (num(&c, 1), num(&c, 3)) else {
            continue;
        };
        if !isolated(text, &r) {
            continue;
        }
        // "21-6 năm 2017": the year written as a word after the day and month makes it a
        // full date, cue or not.
        if let Some((y, end)) =
            year_after(text, r.end).filter(|&(y, _)| day_month_ok(d, mo, Some(y)))
        {
            out.push(point(r.start..end, PartialDate::ymd(Some(y), mo, d)));
        } else if day_month_ok(d, mo, None) && has_day_cue(text, &r) && !counts_before(text, r.end)
        {
            out.push(point(r, PartialDate::ymd(None, mo, d)));
        }
    }
}

/// Whether a unit follows at `at`, making the numbers before it a range of a count ("kéo dài
/// tới 4-5 giờ", "mất 2-3 tháng"), not a day and month.
fn counts_before(text: &str, at: usize) -> bool {
    const UNITS: &[&str] = &[
        "giờ", "tiếng", "phút", "giây", "ngày", "tuần", "tháng", "năm", "lần", "người", "triệu",
        "tỷ", "nghìn", "ngàn",
    ];
    let next = text[at..].trim_start();
    if next.starts_with('%') {
        return true;
    }
    // (A bracket's words are another thing's: "ngày 28-2 (giờ địa phương)".)
    if !next.starts_with(char::is_alphanumeric) {
        return false;
    }
    let mut tokens = next.split_whitespace();
    let first = tokens.next().unwrap_or("");
    let word = first
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // "ngày 5-3 năm nay", "5/3 tháng trước": the year or month the day is of (not "3-4
    // tháng, nay …", where the count's clause ends).
    let of_time = matches!(word.as_str(), "năm" | "tháng")
        && first.ends_with(char::is_alphanumeric)
        && tokens.next().is_some_and(|w| {
            let w = w
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            ["nay", "ngoái", "trước", "tới", "sau", "này", "qua"].contains(&w.as_str())
        });
    UNITS.contains(&word.as_str()) && !of_time
}

/// `năm 2017` right after a day and month (`21-6 năm 2017`, `5/3, năm 2019`): the year and the
/// end of its digits.
fn year_after(text: &str, at: usize) -> Option<(i32, usize)> {
    let c = YEAR_AFTER.captures(&text[at..])?;
    let y = num(&c, 1)? as i32;
    let end = at + c.get(0)?.end();
    (year_ok(y) && isolated_end(text, end)).then_some((y, end))
}

fn scan_relative_days(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&RELATIVE_DAY, text) {
        let m = c.get(0).unwrap();
        let word = (1..=4)
            .find_map(|i| c.get(i))
            .map(|m| m.as_str().to_lowercase())
            .unwrap_or_default();
        let relative = match word.as_str() {
            "nay" | "hôm nay" => Relative::Days(0),
            "qua" | "hôm qua" => Relative::Days(-1),
            "kia" | "hôm kia" => Relative::Days(-2),
            "mai" => Relative::Days(1),
            "cùng ngày" => Relative::Context(0),
            _ => Relative::Context(1),
        };
        let word_end = (1..=4).find_map(|i| c.get(i)).map_or(m.end(), |g| g.end());
        let explicit = match (num(&c, 5), num(&c, 6)) {
            (Some(d), Some(mo)) if closes_apposition(text, word_end, m.end()) => {
                let y = c.get(7).map(|y| full_year(y.as_str()));
                (y.is_none_or(year_ok) && day_month_ok(d, mo, y))
                    .then(|| PartialDate::ymd(y, mo, d))
            }
            _ => None,
        };
        // Without an explicit day the span ends at the relative words.
        let end = if explicit.is_some() {
            m.end()
        } else {
            word_end
        };
        out.push(DateMention {
            span: m.start()..end,
            start: explicit.unwrap_or(PartialDate {
                year: None,
                month: None,
                day: None,
            }),
            end: None,
            relative: Some(relative),
        });
    }
}

/// Whether the day after a relative day word (`text[word_end..end]`) is the same day restated:
/// in brackets (`sáng nay (13/8)`), right after the word (`hôm nay 13/8`), or set off by a comma
/// or dash (`Hôm nay, 13/8, …`; `Chiều qua – 28-2 – …`). Set off, it must be closed by a
/// punctuation mark or the end: `Hôm nay, 3/4 số đại biểu …` counts people, not days.
fn closes_apposition(text: &str, word_end: usize, end: usize) -> bool {
    let between = &text[word_end..end];
    let set_off = between.trim_start().starts_with([',', '–', '-']);
    if !set_off || between.trim_end().ends_with(')') {
        return true;
    }
    let rest = text[end..].trim_start();
    rest.is_empty() || rest.starts_with([',', '–', '-', ':', ';', '.', ')'])
}

fn scan_relative_spans(text: &str, out: &mut Vec<DateMention>) {
    for c in word_starts(&RELATIVE_SPAN, text) {
        let m = c.get(0).unwrap();
        let relative = if let (Some(unit), Some(dir)) = (c.get(1), c.get(2)) {
            let n = match dir.as_str().to_lowercase().as_str() {
                "trước" | "ngoái" => -1,
                "này" | "nay" => 0,
                "sau nữa" => 2,
                _ => 1,
            };
            let unit = unit.as_str().to_lowercase();
            // "năm sau"/"tháng sau" in a report are usually plans, "tuần này" a span: only
            // the past and the present are dates worth keeping for events.
            if n > 0 && unit != "tuần" {
                continue;
            }
            match unit.as_str() {
                "tuần" => Relative::Weeks(n),
                "tháng" => Relative::Months(n),
                _ => Relative::Years(n),
            }
        } else {
            let Some(n) = c.get(3).and_then(|n| small_number(n.as_str())) else {
                continue;
            };
            match c[4].to_lowercase().as_str() {
                "ngày" => Relative::Days(-n),
                "tuần" => Relative::Weeks(-n),
                "tháng" => Relative::Months(-n),
                _ => Relative::Years(-n),
            }
        };
        out.push(DateMention {
            span: m.range(),
            start: PartialDate {
                year: None,
                month: None,
                day: None,
            },
            end: None,
            relative: Some(relative),
        });
    }
}

/// Finds every date mention in `text`, in order, without overlaps.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut cands: Vec<DateMention> = Vec::new();
    // Cheap tests first: each family runs only where its literal words or digits are, since
    // the regexes (with Unicode word boundaries) cost far more than a byte search.
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    let month_word = has(&["háng", "HÁNG"]);
    if digits {
        if has(&["ừ", "Ừ"]) {
            scan_from_to(text, &mut cands);
        }
        scan_full(text, &mut cands);
        scan_across_months(text, &mut cands);
        scan_day_ranges(text, month_word, &mut cands);
        if month_word {
            scan_long_forms(text, &mut cands);
        }
        if has(&["ăm", "ĂM"]) {
            scan_years(text, &mut cands);
        }
        scan_day_months(text, &mut cands);
        if has(&["quý", "Quý", "QUÝ"]) {
            scan_quarters(text, &mut cands);
        }
    }
    if month_word {
        scan_months(text, &mut cands);
        scan_edge_months(text, &mut cands);
    }
    if has(&[
        "nay",
        "qua",
        "kia",
        "mai",
        "cùng ngày",
        // A sentence opens with it ("Cùng ngày, …"): the list is matched as written.
        "Cùng ngày",
        "CÙNG NGÀY",
        "hôm sau",
        "Hôm sau",
        "tiếp theo",
        "NAY",
        "QUA",
    ]) {
        scan_relative_days(text, &mut cands);
    }
    if has(&[
        "trước",
        "ngoái",
        "này",
        "nay",
        "tới",
        "sau",
        "cách đây",
        "Cách đây",
    ]) {
        scan_relative_spans(text, &mut cands);
    }
    if has(&["ăm ", "ĂM "]) {
        join_relative_years(text, &mut cands);
    }
    pick(cands)
}

/// A year counted from the article's present, written right after a day or a month:
/// `ngày 19/6 năm ngoái`, `tháng 6 năm trước`, `tháng 3 năm nay`, `tháng 3 năm tới`. Not the
/// year before or after another one the text named (`năm trước đó`, `năm sau đó`).
static RELATIVE_YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s*,?\s*năm\s+(ngoái|trước|nay|này|tới|sau)(?-u:\b)(\s+(?:đó|nữa))?")
});

/// Days and months whose year is written as one counted from the present ([`RELATIVE_YEAR_AFTER`])
/// become one mention with it: the day and month as written, the year counted from the
/// document date. Read apart, `tháng 6` would take the document's own year and the year the
/// writer gave would be lost.
fn join_relative_years(text: &str, cands: &mut Vec<DateMention>) {
    let mut joined = Vec::new();
    for c in cands.iter() {
        if c.relative.is_some() || c.start.year.is_some() || c.start.month.is_none() {
            continue;
        }
        if c.end.is_some_and(|e| e.year.is_some()) {
            continue;
        }
        let Some(m) = RELATIVE_YEAR_AFTER.captures(&text[c.span.end..]) else {
            continue;
        };
        if m.get(2).is_some() {
            continue;
        }
        let years = match m[1].to_lowercase().as_str() {
            "ngoái" | "trước" => -1,
            "nay" | "này" => 0,
            _ => 1,
        };
        joined.push(DateMention {
            span: c.span.start..c.span.end + m.get(0).unwrap().end(),
            relative: Some(Relative::Years(years)),
            ..c.clone()
        });
    }
    cands.extend(joined);
}

/// Longest first at each start; then keep those that do not overlap an earlier pick. A wider
/// mention that starts later but covers earlier picks (a range around a day) replaces them.
fn pick(mut cands: Vec<DateMention>) -> Vec<DateMention> {
    cands.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then((b.span.end - b.span.start).cmp(&(a.span.end - a.span.start)))
    });
    let mut picked: Vec<DateMention> = Vec::new();
    for c in cands {
        let overlaps = |p: &DateMention| p.span.start < c.span.end && c.span.start < p.span.end;
        if !picked.iter().any(overlaps) {
            picked.push(c);
            continue;
        }
        let covers_all = picked
            .iter()
            .filter(|p| overlaps(p))
            .all(|p| p.span.start >= c.span.start && p.span.end <= c.span.end);
        if covers_all {
            picked.retain(|p| !overlaps(p));
            picked.push(c);
        }
    }
    picked.sort_by_key(|p| p.span.start);
    picked
}
