//! What the years an article writes settle of its meetings: the term of a numbered plenum or
//! session it names without one, and the member of a series it names by its host.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::ConferenceMention;
use crate::ingest::Article;
use crate::knowledge::Knowledge;

/// A year the article writes as one (`năm 2018`): what its work or its agenda is about.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bnăm\s+((?:19|20)\d{2})\b").unwrap());

/// The years `text` writes as `năm YYYY`, but not a horizon (`đến năm 2025`, `tới năm 2030`),
/// the first of a period (`năm 2016 - 2020`) nor years counted (`trong 3 năm 2014, 2015 …`):
/// none of them tells when a meeting of the article was held.
fn years_written(text: &str) -> impl Iterator<Item = i32> + '_ {
    YEAR.captures_iter(text).filter_map(move |c| {
        let m = c.get(0)?;
        let before = text[..m.start()].trim_end().to_lowercase();
        let last = before.rsplit(' ').next().unwrap_or("");
        let counted = last.parse::<u32>().is_ok() || crate::text::number_words(last).is_some();
        (!counted && !horizon_or_period(text, m.range())).then(|| c[1].parse().ok())?
    })
}

/// Whether the year written at `at` in `text` (`năm 2025`) is a horizon (`đến năm 2025`, `tới
/// năm 2030`, `trước năm 2020`) or opens a period (`năm 2016 - 2020`): not when a meeting is
/// held.
pub(super) fn horizon_or_period(text: &str, at: std::ops::Range<usize>) -> bool {
    let before = text[..at.start].trim_end().to_lowercase();
    let horizon = ["đến", "tới", "trước"]
        .iter()
        .any(|w| crate::text::ends_with_word(&before, w));
    horizon || text[at.end..].trim_start().starts_with(['-', '–'])
}

/// A member of a series numbered anew each term (a Central Committee's plenums, an Assembly's
/// sessions), reported on a day read without its year and named without its term ("Hội nghị
/// trung ương 5 đã khai mạc sáng 9-5"), is the member of the one term whose year its article
/// writes, or the year after it: the knowledge file gives each term's member its year, and a
/// report of a plenum writes the years its agenda handles (the year's budget, the next year's
/// plan). None when the years written fit members of two terms, or of none; nor for a meeting
/// only referred to, whose article is about another, nor where the article writes a term for
/// the series itself (`Hội nghị Trung ương 9, khoá XII` further down): that term stands.
pub(crate) fn term_by_years(a: &Article, conferences: &mut [ConferenceMention], k: &Knowledge) {
    let open = |c: &ConferenceMention| {
        c.term.is_none()
            && c.ordinal.is_some()
            && !c.reference
            && c.date.as_ref().is_some_and(|d| d.date.year.is_none())
    };
    if !conferences.iter().any(open) {
        return;
    }
    let years = article_years(a);
    let key = |c: &ConferenceMention| c.series.as_deref().map(|s| k.series_key(s));
    let termed: BTreeSet<String> = conferences
        .iter()
        .filter(|c| c.term.is_some())
        .filter_map(key)
        .collect();
    for c in conferences.iter_mut().filter(|c| open(c)) {
        let (Some(series), Some(ordinal)) = (key(c), c.ordinal) else {
            continue;
        };
        if termed.contains(&series) {
            continue;
        }
        let mut written = k
            .terms_of(&series, ordinal)
            .into_iter()
            .filter(|(_, year)| years.contains(year) || years.contains(&(year + 1)));
        if let (Some((term, _)), None) = (written.next(), written.next()) {
            c.term = Some(term);
        }
    }
}

/// The years an article writes as `năm YYYY` ([`years_written`]), outside its page chrome.
fn article_years(a: &Article) -> BTreeSet<i32> {
    a.lines
        .iter()
        .filter(|l| l.noise.is_none())
        .flat_map(|l| years_written(&l.folded.text))
        .collect()
}

/// The years the article writes right after the letters a title names its series by
/// (`APEC 2017`, `Năm APEC 2017`, `Chủ tịch ASEAN 2020`, `G20 2019`): the year of that series'
/// member the article is about, as firmly as `năm 2017`.
fn years_after_letters(a: &Article, title: &str) -> BTreeSet<i32> {
    let letters: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .filter(|w| w.chars().any(char::is_uppercase))
        .collect();
    if letters.is_empty() {
        return BTreeSet::new();
    }
    let alternation = letters.iter().map(|w| regex::escape(w)).collect::<Vec<_>>();
    let Ok(re) = Regex::new(&format!(
        r"\b(?:{})\s+((?:19|20)\d{{2}})\b",
        alternation.join("|")
    )) else {
        return BTreeSet::new();
    };
    a.lines
        .iter()
        .filter(|l| l.noise.is_none())
        .flat_map(|l| {
            re.captures_iter(&l.folded.text)
                .filter_map(|c| c[1].parse().ok())
                .collect::<Vec<i32>>()
        })
        .collect()
}

/// A member of a known series named by its host without its number (`Hội nghị cấp cao G20
/// tại thành phố Hàng Châu` on `4-9 và 5-9`): the member the host names, as the knowledge file
/// lists them, and whether its article writes that member's year (`lần họp năm 2018`), which
/// settles it. A host alone settles nothing (a reader knows the year, the article does not say
/// it); nor does a year the article gives only as a horizon or a period.
pub(crate) fn hosted_members(a: &Article, conferences: &mut [ConferenceMention], k: &Knowledge) {
    let mut years: Option<BTreeSet<i32>> = None;
    for c in conferences.iter_mut().filter(|c| c.ordinal.is_none()) {
        let own = k.series_key(&c.title);
        let sentence = crate::text::fold(&c.evidence.quote);
        let Some(ordinal) = k.member_hosted_in(&own, &sentence) else {
            continue;
        };
        c.hosted = Some(ordinal);
        c.host_year_written = k.known_member(&own, None, ordinal).is_some_and(|fact| {
            years
                .get_or_insert_with(|| article_years(a))
                .contains(&fact.year)
                || years_after_letters(a, &c.title).contains(&fact.year)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_written_leave_out_horizons_periods_and_counts() {
        let years = |text: &str| years_written(text).collect::<Vec<_>>();
        assert_eq!(
            years("ngân sách năm 2018 và kế hoạch Năm 2019"),
            [2018, 2019]
        );
        assert_eq!(years("phấn đấu đến năm 2025, tới năm 2030"), [] as [i32; 0]);
        assert_eq!(
            years("giai đoạn năm 2016 - 2020, năm 2016–2020"),
            [] as [i32; 0]
        );
        assert_eq!(
            years("trong 3 năm 2014, 2015 và 2016; hai năm 2017"),
            [] as [i32; 0]
        );
        assert_eq!(years("nhiệm kỳ 2016-2021, 2018"), [] as [i32; 0]);
    }
}
