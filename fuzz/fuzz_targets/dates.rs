//! The date parser on any text: no panic; every mention lies on character boundaries inside
//! the text, names a real calendar day or month within 1900–2100, and never says more than the
//! text does (a day needs the day's digits in the matched words).
#![no_main]

use chronobrief::extract::dates::find_dates;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = find_dates(text);
    let mut last_end = 0;
    for m in &found {
        assert!(m.span.start >= last_end, "mentions are ordered and do not overlap");
        last_end = m.span.end;
        let words = text.get(m.span.clone()).expect("the span is on character boundaries");
        let p = m.start;
        if let Some(y) = p.year {
            assert!((1900..=2100).contains(&y));
            // Four digits, or two of this century ("17/10/21").
            let short = format!("{:02}", y % 100);
            assert!(words.contains(&y.to_string()) || words.contains(&short), "{words:?} gives the year {y}");
        }
        if let Some(mo) = p.month {
            assert!((1..=12).contains(&mo));
        }
        if let Some(d) = p.day {
            assert!(p.month.is_some(), "a day always has its month");
            assert!(chrono::NaiveDate::from_ymd_opt(p.year.unwrap_or(2000), p.month.unwrap(), d).is_some());
            if m.relative.is_none() {
                assert!(words.contains(&d.to_string()), "{words:?} gives the day {d}");
            }
        }
        if let Some(e) = m.end {
            assert!(e.day.is_some() && e.month.is_some());
        }
    }
});
