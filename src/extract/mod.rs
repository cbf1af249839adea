//! Stage 2, extract: an [`Article`] → [`Mentions`] of conferences and directives, each with
//! its evidence (file, line, exact quote) and the date as far as the text gives it.
//!
//! Years that the text leaves open are not settled here: the timeline stage does that with the
//! whole corpus in view. Lines that ingest marked as page furniture produce nothing.

mod conference;
mod directive;
mod people;

use std::ops::Range;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::data::Knowledge;
use crate::dates::{find_dates, shift, DateMention, PartialDate, Relative};
use crate::ingest::{Article, Corpus, Line};
use crate::text::sentences;

pub use conference::{Anchor, AnchorRelation, ConferenceMention};
pub use directive::{DirectiveMention, DocumentRef};

/// Where a claim comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Evidence {
    pub file: String,
    pub line: usize,
    pub quote: String,
}

/// A date as the text gives it, with how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextDate {
    pub date: PartialDate,
    /// The words of the text ("Sáng 13/12", "cùng ngày").
    pub spelled: String,
    /// A phrase for `date_basis`, without the year part when the year is still open.
    pub basis: String,
    /// A year that the text gives in the same sentence for this day and month.
    pub sentence_year: Option<i32>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default)]
pub struct Mentions {
    pub conferences: Vec<ConferenceMention>,
    pub directives: Vec<DirectiveMention>,
}

impl Mentions {
    /// Points every mention at article `index` of the corpus.
    pub fn set_article(&mut self, index: usize) {
        self.conferences.iter_mut().for_each(|c| c.article = index);
        self.directives.iter_mut().for_each(|d| d.article = index);
    }
}

/// Extracts mentions from every article; the index of each article in `corpus.articles` is
/// kept in each mention.
pub fn extract_corpus(corpus: &Corpus, k: &Knowledge) -> Vec<Mentions> {
    // Articles are independent: extract them in parallel, in order.
    corpus
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| extract_article(i, a, k))
        .collect()
}

/// A sentence of a line, with the dates in it.
pub(crate) struct Sentence<'a> {
    pub line: &'a Line,
    /// Byte range in the folded line.
    pub range: Range<usize>,
    /// Dates, with spans relative to the folded line.
    pub dates: Vec<DateMention>,
}

impl Sentence<'_> {
    pub fn folded(&self) -> &str {
        &self.line.folded.text[self.range.clone()]
    }
    pub fn quote(&self) -> String {
        self.line.original(self.range.clone()).to_string()
    }
}

/// Extracts from one article.
pub fn extract_article(index: usize, a: &Article, k: &Knowledge) -> Mentions {
    let mut out = Mentions::default();
    let mut ctx = ArticleContext::new(a);
    let mut people = people::People::default();
    let mut directives = directive::DirectiveState::default();
    for line in a
        .lines
        .iter()
        .filter(|l| l.noise.is_none() && !l.text.trim().is_empty())
    {
        let sents: Vec<Sentence> = sentences(&line.folded.text)
            .into_iter()
            .map(|r| {
                let dates = find_dates(&line.folded.text[r.clone()])
                    .into_iter()
                    .map(|mut d| {
                        d.span = d.span.start + r.start..d.span.end + r.start;
                        d
                    })
                    .collect();
                Sentence {
                    line,
                    range: r,
                    dates,
                }
            })
            .collect();
        for s in &sents {
            people.observe(s, k);
        }
        let first_conf = out.conferences.len();
        for s in &sents {
            conference::extract(index, a, s, &mut ctx, &people, k, &mut out.conferences);
        }
        paragraph_dates(&sents, &ctx, &mut out.conferences[first_conf..]);
        directive::extract(
            index,
            a,
            line,
            &sents,
            &mut ctx,
            &people,
            k,
            &mut directives,
            &out.conferences,
            &mut out.directives,
        );
        // The last day named in the text, for "cùng ngày" and "hôm sau".
        for s in &sents {
            for d in &s.dates {
                if let Some(td) = ctx.read(s, d) {
                    if td.date.day.is_some() {
                        ctx.last_day = Some((td.date, line.number));
                    }
                }
            }
        }
    }
    out
}

/// A conference reported without a day in its own sentence takes the day that opens its
/// paragraph ("Sáng 13/12, tại Hà Nội, Thủ tướng dự hội nghị. Hội nghị X lần thứ 3 …"), when
/// the sentences before it name exactly one day.
fn paragraph_dates(
    sents: &[Sentence],
    ctx: &ArticleContext,
    conferences: &mut [ConferenceMention],
) {
    for c in conferences
        .iter_mut()
        .filter(|c| c.date.is_none() && !c.reference)
    {
        let mut days: Vec<TextDate> = sents
            .iter()
            .filter(|s| s.range.start < c.sentence_start)
            .flat_map(|s| s.dates.iter().filter_map(move |d| ctx.read(s, d)))
            .filter(|td| td.date.day.is_some())
            .collect();
        days.dedup_by(|a, b| a.date == b.date);
        if let [td] = days.as_slice() {
            let mut td = td.clone();
            td.basis = format!("{} earlier in the same paragraph", td.basis);
            c.date = Some(td);
        }
    }
}

/// What the extractor knows about an article while reading it top to bottom.
pub(crate) struct ArticleContext {
    pub dateline: Option<(NaiveDate, String, usize)>,
    /// The last day (and its line) the article named, for "cùng ngày".
    pub last_day: Option<(PartialDate, usize)>,
}

impl ArticleContext {
    fn new(a: &Article) -> Self {
        ArticleContext {
            dateline: a
                .dateline
                .as_ref()
                .map(|d| (d.date, d.text.clone(), d.line)),
            last_day: None,
        }
    }

    /// Reads a date mention of sentence `s` into a [`TextDate`], resolving relative days.
    pub fn read(&self, s: &Sentence, d: &DateMention) -> Option<TextDate> {
        let spelled = s.line.original(d.span.clone()).to_string();
        let line = s.line.number;
        match d.relative {
            None => {
                let sentence_year = if d.start.year.is_none() {
                    s.dates
                        .iter()
                        .find(|o| o.start.month.is_some() && o.start.month == d.start.month)
                        .and_then(|o| o.start.year)
                } else {
                    None
                };
                let what = match (d.start.year, d.start.month, d.start.day) {
                    (Some(_), Some(_), Some(_)) => "date stated in the text",
                    (None, Some(_), Some(_)) => "day and month from the text",
                    (Some(_), Some(_), None) => "month stated in the text",
                    (None, Some(_), None) => "month from the text",
                    _ => "year stated in the text",
                };
                Some(TextDate {
                    date: d.start,
                    basis: format!("{what} ('{spelled}', line {line})"),
                    spelled,
                    sentence_year,
                })
            }
            Some(Relative::Dateline(offset)) => {
                if d.start.day.is_some() {
                    // "sáng nay (13/8)": the text gives the day; the dateline gives the year.
                    return Some(TextDate {
                        date: d.start,
                        basis: format!("day and month from the text ('{spelled}', line {line})"),
                        spelled,
                        sentence_year: None,
                    });
                }
                let (date, text, dl) = self.dateline.as_ref()?;
                let day = shift(*date, offset);
                Some(TextDate {
                    date: PartialDate::ymd(
                        Some(day.year_ce().1 as i32),
                        day.month0() + 1,
                        day.day0() + 1,
                    ),
                    basis: format!(
                        "'{spelled}' (line {line}) counted from the dateline {text} (line {dl})"
                    ),
                    spelled,
                    sentence_year: None,
                })
            }
            Some(Relative::Context(offset)) => {
                let (prev, pl) = self.last_day?;
                let (m, dd) = (prev.month?, prev.day?);
                let base = NaiveDate::from_ymd_opt(prev.year.unwrap_or(2000), m, dd)?;
                let day = shift(base, offset);
                let year = prev.year.map(|_| day.year_ce().1 as i32);
                Some(TextDate {
                    date: PartialDate::ymd(year, day.month0() + 1, day.day0() + 1),
                    basis: format!("'{spelled}' (line {line}) after the day named on line {pl}"),
                    spelled,
                    sentence_year: None,
                })
            }
        }
    }
}

use chrono::Datelike;

#[cfg(test)]
mod tests;
