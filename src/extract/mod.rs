//! Stage 2, extract: an [`Article`] → [`Mentions`] of conferences and directives, each with
//! its evidence (file, line, exact quote) and the date as far as the text gives it.
//!
//! Years that the text leaves open are not settled here: the timeline stage does that with the
//! whole corpus in view. Lines that ingest marked as page furniture produce nothing.

mod conference;
pub mod dates;
mod directive;
pub mod lexicon;
mod people;

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use rayon::prelude::*;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::ingest::{Article, Corpus, Line};
use crate::knowledge::Knowledge;
use crate::text::{contains_word, ends_with_word, sentences, starts_with_word};
use dates::{document_date, find_dates, shift, DateMention, DocumentDate, PartialDate, Relative};

pub use conference::{
    numbered_by_term, opens_with_day, rejected_meeting_words, Anchor, AnchorRelation, Anniversary,
    ConferenceMention, Details, NotAMeeting, TitleYears,
};
pub use directive::{DirectiveMention, DocumentRef};

/// Where a claim comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub file: String,
    pub line: usize,
    pub quote: String,
}

/// Words of an article and the line they stand on: the evidence for a date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reading {
    pub text: String,
    pub line: usize,
}

/// How a [`TextDate`] was read from its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReadHow {
    /// Written out (with or without its year).
    Written,
    /// Counted from the document date ("hôm qua", "sáng nay").
    FromDocumentDate(DocumentDate),
    /// Counted from the last day the article named ("cùng ngày"), on this line.
    AfterDayNamed(usize),
    /// The day that opens the paragraph, for a conference whose own sentence gives none.
    Paragraph,
}

/// A date as the text gives it, with how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextDate {
    pub date: PartialDate,
    /// The last day of a range (`21-22/11`), as far as the text gives it.
    pub end: Option<PartialDate>,
    /// The words and their line.
    pub read: Reading,
    pub how: ReadHow,
    /// A year the same sentence gives for this month ("ngày 10/5/2022" beside "4/5").
    pub sentence_year: Option<(i32, Reading)>,
    /// A full date earlier in the same sentence, of a document the event carries out
    /// ("Thực hiện Kết luận … ngày 16/6/2020, từ ngày 24-29/8 …"): the event is not before it.
    pub not_before: Option<(NaiveDate, Reading)>,
    /// The day is a closing day after this many days of work ("Sau 5 ngày làm việc, … bế mạc
    /// chiều 26/8"): the event opened that many days before.
    pub closing_after_days: Option<u32>,
    /// A year alone said as the time of what the sentence tells ("… vào cuối năm 2017", "vào
    /// năm 2019"), not a year of what a meeting handles ("quyết toán ngân sách năm 2017").
    #[serde(default)]
    pub timed_year: bool,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Mentions {
    /// The article's document date, against which relative days and open years are read.
    pub document_date: Option<DocumentDate>,
    pub conferences: Vec<ConferenceMention>,
    pub directives: Vec<DirectiveMention>,
    /// Lines holding a run of text longer than [`crate::text::MAX_SENTENCE_BYTES`], read in pieces: an
    /// event written across a cut may be missed, so the build warns about each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cut_lines: Vec<usize>,
    /// The line of the article's headline, when it is one of its lines.
    #[serde(default)]
    pub headline: Option<usize>,
    /// Days and months written with their year at the head of a sentence ("Ngày 21/12/2017,
    /// …", "Trước đó, ngày 4-5-2018, …", "Vào tháng 8/2018, …"): the happenings of the
    /// article's story, in order ([`StoryDay`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub story_days: Vec<StoryDay>,
    /// The latest date the article writes with its year, anywhere (a day, a month, a year
    /// alone: "kể từ năm 2014"): its own time is not before it.
    #[serde(default)]
    pub latest_written: Option<dates::Date>,
}

/// A day (or a month) written with its year at the head of a sentence, that opens what the
/// sentence reports: a step of the story the article tells, not a date it cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryDay {
    pub date: dates::Date,
    /// The words and their line.
    pub read: Reading,
}

impl Mentions {}

/// Extracts mentions from every article, in the order of `corpus.articles`: the place of an
/// article's mentions in the list is its index in the corpus, which the timeline cites.
pub fn extract_corpus(corpus: &Corpus, k: &Knowledge) -> Vec<Mentions> {
    // Articles are independent: extract them in parallel, in order.
    corpus
        .articles
        .par_iter()
        .map(|a| extract_article(a, k))
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

/// A paragraph: a line, or a part of a very long one (see [`paragraphs`]).
pub(crate) struct Paragraph<'a> {
    pub line: &'a Line,
    /// Byte range in the folded line.
    pub range: Range<usize>,
}

impl Paragraph<'_> {
    pub fn folded(&self) -> &str {
        &self.line.folded.text[self.range.clone()]
    }
    /// The paragraph as written.
    pub fn text(&self) -> &str {
        self.line.original(self.range.clone())
    }
}

/// Extracts from one article.
pub fn extract_article(a: &Article, k: &Knowledge) -> Mentions {
    let mut out = Mentions {
        document_date: document_date(a),
        headline: a
            .lines
            .iter()
            .find(|l| !a.title.is_empty() && l.text.trim() == a.title.trim())
            .map(|l| l.number),
        ..Mentions::default()
    };
    let mut ctx = ArticleContext::new(out.document_date.clone());
    let mut state = ArticleState::default();
    state.directives.lead_end = lead_end(a);
    let mut counts_back = false;
    for line in a
        .lines
        .iter()
        .filter(|l| l.noise.is_none() && !l.text.trim().is_empty())
    {
        let split = sentences(&line.folded.text);
        if split.cut {
            out.cut_lines.push(line.number);
        }
        let sents: Vec<Sentence> = split
            .ranges
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
        out.story_days.extend(sents.iter().filter_map(story_day));
        let written = sents.iter().flat_map(|s| &s.dates).filter_map(|d| {
            Some(dates::Date {
                year: d.start.year?,
                month: d.start.month,
                day: d.start.day,
            })
        });
        out.latest_written = out.latest_written.into_iter().chain(written).max();
        counts_back |= counts_years_back(&line.folded.text);
        // A line as long as a whole article (a page saved without line breaks) is read as
        // paragraphs of a few sentences, so that each paragraph's work stays bounded.
        for (paragraph, sents) in paragraphs(line, &sents) {
            read_paragraph(a, &paragraph, sents, k, &mut ctx, &mut state, &mut out);
        }
    }
    // "tháng 9 năm ngoái": the article counts from a present year it does not write, which its
    // story's steps cannot then settle.
    if counts_back {
        out.story_days.clear();
    }
    conference::series_from_article(&mut out.conferences);
    conference::term_by_years(a, &mut out.conferences, k);
    conference::hosted_members(a, &mut out.conferences, k);
    attach_early_directives(&mut out, state.directives.lead_end);
    name_bare_offices(&mut out.directives, &state.people, k);
    directive::drop_views(&mut out.directives, &out.conferences, k);
    out
}

/// The day a sentence opens with, written with its year and followed by a comma ("Ngày
/// 21/12/2017, …", "Trước đó, ngày 4-5-2018, …", "Vào tháng 8/2018, …"): what the sentence
/// reports happened then. Not a cut-off or a deadline ("Tính đến ngày 31/10/2018, …", "Đến
/// 31/12/2019, …"), which opens with other words.
fn story_day(s: &Sentence) -> Option<StoryDay> {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:(?:trước đó|sau đó|cũng trong)\s*,?\s*)?(?:vào\s+)?(?:(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+|hôm\s+|tháng\s+)?$")
            .unwrap()
    });
    let d = s.dates.first()?;
    let text = s.line.folded.text.as_str();
    let (before, after) = (&text[s.range.start..d.span.start], &text[d.span.end..]);
    if d.end.is_some() || d.relative.is_some() || !OPENS.is_match(before) {
        return None;
    }
    if !after.trim_start().starts_with(',') {
        return None;
    }
    // "Ngày 13/11/2015, ông A được … bổ nhiệm …": a step of someone's career, told as his
    // biography, long before the story.
    let lower = s.folded().to_lowercase();
    let mut career = lexicon::CAREER_STEPS.iter().chain(&["bổ nhiệm"]);
    if career.any(|w| contains_word(&lower, w)) {
        return None;
    }
    let (year, month) = (d.start.year?, d.start.month?);
    let date = dates::Date {
        year,
        month: Some(month),
        day: d.start.day,
    };
    // (A day or a month that is one: not "31/2/2019".)
    date.middle()?;
    let read = Reading {
        text: s.line.original(d.span.clone()).to_string(),
        line: s.line.number,
    };
    Some(StoryDay { date, read })
}

/// Most words of the person a scene's caption opens with ([`is_scene_caption`]).
const MAX_CAPTION_SUBJECT_WORDS: usize = 10;
/// Most lower-case syllables of the office before that person's name ("tổng thống").
const MAX_CAPTION_OFFICE_SYLLABLES: usize = 3;

/// Whether a sentence is a photo's caption told as a scene: a person, then the meeting they are
/// at and its date with its year, and nothing after ("Thủ tướng A B C trong cuộc họp nội các
/// tại D ngày 14/3/2014."). The date is the photo's, often of years before the story the
/// article tells, so it lends the article's other days no year. The person's name closes the
/// words before "tại" or "trong", after an office at most; a sentence that goes on after its
/// date ("… ngày 5/3/2019 đã yêu cầu …") tells what happened there.
pub fn is_scene_caption(sentence: &str) -> bool {
    let text = sentence.trim().trim_end_matches(['.', ' ']);
    let lower = text.to_lowercase();
    let Some(at) = [" tại ", " trong "]
        .iter()
        .filter_map(|w| lower.find(w))
        .min()
    else {
        return false;
    };
    // (Offsets of the lower-case copy are the text's only where lowering kept every length.)
    let Some(subject) = text.get(..at).filter(|_| lower.len() == text.len()) else {
        return false;
    };
    let short = subject.split_whitespace().count() <= MAX_CAPTION_SUBJECT_WORDS;
    if !short || subject.contains([',', '"', '“', ':', ';']) {
        return false;
    }
    // A person's name, of any language, closes the words, after an office at most ("Thủ
    // tướng Israel A B", "Đại biện lâm thời A B C", "Ông A B"): capitalised words but the few
    // syllables of the office; a verb after the name ("… phát biểu tại") goes on with a clause.
    let words: Vec<&str> = subject.split_whitespace().collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let office_syllables = words.iter().filter(|w| !capital(w)).count();
    let person_closes = words.len() >= 2
        && words.first().is_some_and(capital)
        && words.iter().rev().take(2).all(capital)
        && office_syllables <= MAX_CAPTION_OFFICE_SYLLABLES;
    let dated_to_the_end = find_dates(text).last().is_some_and(|d| {
        d.start.year.is_some() && d.relative.is_none() && d.span.end == text.len()
    });
    person_closes && dated_to_the_end
}

/// Whether a line counts years back from the article's own ("năm ngoái", "2 năm trước").
fn counts_years_back(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["năm ngoái", "năm trước"]
        .iter()
        .any(|w| contains_word(&lower, w))
}

/// The lines of an article's lead: its headline and the paragraphs that open it.
const LEAD_LINES: usize = 4;

/// The last line of an article's lead ([`LEAD_LINES`] lines of text, page chrome left out).
fn lead_end(a: &Article) -> usize {
    a.lines
        .iter()
        .filter(|l| l.noise.is_none() && !l.text.trim().is_empty())
        .nth(LEAD_LINES - 1)
        .map_or(usize::MAX, |l| l.number)
}

/// What reading an article carries from one paragraph to the next.
#[derive(Default)]
struct ArticleState {
    people: people::People,
    directives: directive::DirectiveState,
}

/// A paragraph longer than this many bytes is read in parts (see [`paragraphs`]).
const MAX_PARAGRAPH_BYTES: usize = 16_000;

/// The paragraphs of a line and their sentences: the whole line, or, when it is longer than
/// [`MAX_PARAGRAPH_BYTES`], runs of sentences no longer than that (a sentence is never split).
fn paragraphs<'s, 'a>(
    line: &'a Line,
    sents: &'s [Sentence<'a>],
) -> impl Iterator<Item = (Paragraph<'a>, &'s [Sentence<'a>])> {
    let whole = line.folded.text.len() <= MAX_PARAGRAPH_BYTES;
    let mut rest = sents;
    std::iter::from_fn(move || {
        let start = rest.first()?.range.start;
        let n = match whole {
            true => rest.len(),
            false => rest
                .iter()
                .position(|s| s.range.end - start > MAX_PARAGRAPH_BYTES)
                .unwrap_or(rest.len())
                .max(1),
        };
        let (run, tail) = rest.split_at(n);
        rest = tail;
        let range = match whole {
            true => 0..line.folded.text.len(),
            false => start..run[n - 1].range.end,
        };
        Some((Paragraph { line, range }, run))
    })
}

/// Reads one paragraph's people, conferences and directives, then the last day it names.
#[allow(clippy::too_many_arguments)]
fn read_paragraph(
    a: &Article,
    paragraph: &Paragraph,
    sents: &[Sentence],
    k: &Knowledge,
    ctx: &mut ArticleContext,
    state: &mut ArticleState,
    out: &mut Mentions,
) {
    for s in sents {
        state.people.observe(s, k);
    }
    let first_conf = out.conferences.len();
    for s in sents {
        conference::extract(a, s, ctx, &state.people, k, &mut out.conferences);
    }
    paragraph_dates(sents, ctx, &mut out.conferences[first_conf..]);
    directive::extract(
        a,
        paragraph,
        sents,
        ctx,
        &state.people,
        k,
        &mut state.directives,
        &out.conferences,
        &mut out.directives,
    );
    // The last day named in the text, for "cùng ngày" and "hôm sau": the day the report stands
    // on, which a paragraph opens a sentence with ("Chiều 15-5, … trong hai ngày 14 và 15-5 …"),
    // over the days its clauses name; without one, the last day named.
    let mut fronted = None;
    let mut any = None;
    for s in sents {
        for d in &s.dates {
            if let Some(td) = ctx.read(s, d) {
                if td.date.day.is_some() {
                    let day = Some((td.date, paragraph.line.number));
                    if opens_sentence(s, d) {
                        fronted = day;
                    }
                    any = day;
                }
            }
        }
    }
    if let Some(day) = fronted.or(any) {
        ctx.last_day = Some(day);
    }
}

/// Whether the date `d` opens its sentence, after time words alone ("Chiều 9-7, …", "Ngày
/// 5/3/2019, …").
fn opens_sentence(s: &Sentence, d: &DateMention) -> bool {
    let start = d.span.start.saturating_sub(s.range.start);
    s.folded().get(..start).is_some_and(|before| {
        without_time_words(&before.to_lowercase())
            .0
            .trim()
            .is_empty()
    })
}

/// Speakers written as a bare office ("Phó Thủ tướng yêu cầu …" in a headline, or before the
/// article names anyone) named by the one person the whole article gives that office.
fn name_bare_offices(directives: &mut [DirectiveMention], people: &people::People, k: &Knowledge) {
    for d in directives {
        if let Some(name) = d.by.as_deref().and_then(|by| people.named_office(by, k)) {
            d.by = Some(name.to_string());
        }
    }
}

/// Instructions reported before any conference (in the headline or the lead, "Thủ tướng yêu
/// cầu …") were given at the conference the article then reports: its first one, when the
/// lead names it.
fn attach_early_directives(out: &mut Mentions, lead_end: usize) {
    let Some(first) = out.conferences.iter().position(ConferenceMention::held) else {
        return;
    };
    let line = out.conferences[first].evidence.line;
    // A meeting first named after the lead is not what the article reports, unless the
    // directive says it was said at a meeting; then its first dated one.
    let in_lead = line <= lead_end;
    let dated = out
        .conferences
        .iter()
        .position(|c| c.held() && c.date.is_some());
    for d in out
        .directives
        .iter_mut()
        .filter(|d| d.parent.is_none() && d.document.is_none() && !d.recalled)
        .filter(|d| d.evidence.line <= line)
    {
        if in_lead {
            d.parent = Some(first);
        } else if d.at_a_meeting {
            d.parent = dated.or(Some(first));
        }
    }
}

/// A conference reported without a day in its own sentence takes the day that opens its
/// paragraph ("Sáng 13/12, tại Hà Nội, Thủ tướng dự hội nghị. Hội nghị X lần thứ 3 …"), when
/// the sentences before it name exactly one day. A day that another kind of meeting holds
/// ("theo kết luận tại cuộc họp ngày 25/10, … Hội thảo …") is that meeting's.
fn paragraph_dates(
    sents: &[Sentence],
    ctx: &ArticleContext,
    conferences: &mut [ConferenceMention],
) {
    for c in conferences
        .iter_mut()
        .filter(|c| c.date.is_none() && !c.reference)
    {
        let kind = c.meeting_kind;
        let mut days: Vec<TextDate> = sents
            .iter()
            .filter(|s| s.range.start < c.sentence_start)
            .flat_map(|s| {
                s.dates
                    .iter()
                    .filter(move |d| match date_holder(s, d) {
                        Some(DateHolder::Meeting(k)) => k.may_be_same(kind),
                        Some(DateHolder::Other) => false,
                        None => true,
                    })
                    .filter_map(move |d| ctx.read(s, d))
            })
            .filter(|td| td.date.day.is_some())
            .collect();
        days.dedup_by(|a, b| a.date == b.date);
        if let [td] = days.as_slice() {
            let mut td = td.clone();
            if td.how == ReadHow::Written {
                td.how = ReadHow::Paragraph;
            }
            c.date = Some(td);
        }
    }
}

/// What a date is written right after, when it is the day of something the sentence names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateHolder {
    /// A meeting word ("cuộc họp ngày 25/10", "phiên họp sáng 3/4"), named or not.
    Meeting(lexicon::MeetingKind),
    /// Another event ("họp báo sáng 26/11", "cuộc bầu cử ngày 23/5", "chuyến thăm ngày 5/3"):
    /// its day is no meeting's.
    Other,
}

/// Events that are no meeting, whose day a date right after them is.
const OTHER_EVENTS: &[&str] = &[
    "họp báo",
    "buổi họp báo",
    "cuộc họp báo",
    "chuyến thăm",
    "chuyến công tác",
    "cuộc điện đàm",
    "điện đàm",
    "cuộc bầu cử",
    "bầu cử",
    "kỳ thi",
    "lễ ký",
    "lễ ký kết",
    "phỏng vấn",
    "cuộc phỏng vấn",
    "buổi phỏng vấn",
    "trả lời phỏng vấn",
    // "Trả lời phóng viên chiều 4-9, Thứ trưởng A cho biết Hội nghị B đã …": the day he
    // answered the press, not the meeting's.
    "trả lời phóng viên",
    "trả lời báo chí",
    "trả lời báo giới",
    // Incidents and happenings a meeting may be about ("điểm lại các sự kiện ngày 3-11", "vụ
    // tấn công ngày 5/3"): their day is not the meeting's. ("Sự kiện" alone is most often the
    // meeting itself.)
    "các sự kiện",
    "những sự kiện",
    "vụ tấn công",
    "vụ nổ",
    "vụ cháy",
    "vụ tai nạn",
    "vụ việc",
    "cuộc biểu tình",
    "biểu tình",
    "cuộc tấn công",
    "trận động đất",
];

/// Most words of whom or where an event is with, between it and its day ([`without_partner`]).
const MAX_PARTNER_WORDS: usize = 6;

/// `before` (lower case) without the few words of whom or where the event it ends with is held
/// with ("cuộc phỏng vấn với báo A B", "chuyến thăm tới thủ đô A", "cuộc điện đàm với Tổng
/// thống A"): what is left names that event, whose is the day written next. Unchanged when no
/// such words close it.
fn without_partner(before: &str) -> &str {
    let padded = before.trim_end();
    let Some((at, word)) = [" với ", " tới ", " đến ", " tại ", " ở "]
        .iter()
        .filter_map(|w| padded.rfind(w).map(|i| (i, *w)))
        .max()
    else {
        return before;
    };
    let partner = &padded[at + word.len()..];
    let short = partner.split_whitespace().count() <= MAX_PARTNER_WORDS;
    if short && !partner.contains([',', ';', ':']) {
        &padded[..at]
    } else {
        before
    }
}

/// Words that open the frame a sentence's first day is the day of ("Ngày 26-2, trong cuộc
/// phỏng vấn với …", "Chiều 5/3, tại buổi họp báo, …").
const FRAME_OPENERS: &[&str] = &["trong", "tại", "nhân", "khi"];

/// What the date `d` of sentence `s` is written right after ("cuộc họp ngày 25/10", "họp báo
/// sáng 26-11", "hội thảo hôm 5-3"), passing over the words of a time ("ngày", "sáng", "vào").
pub(crate) fn date_holder(s: &Sentence, d: &DateMention) -> Option<DateHolder> {
    let before = s.line.folded.text.get(s.range.start..d.span.start)?;
    let before = without_listed_dates(&before.to_lowercase());
    let (head, _) = without_time_words(before.trim_end().trim_end_matches(['(', ',']));
    // A date after a comma opens a clause of its own ("Trước diễn biến của cơn bão số 9, ngày
    // 5/3 Bộ … họp"): the incident named before it is not what it dates.
    let own_clause = before.trim_end().ends_with(',') || head.trim_end().ends_with(',');
    // A quotation may close before the date ("điểm lại các sự kiện chính" ngày 3-11).
    let lower = head.trim_end_matches(['"', '”', '»']).trim_end();
    let incident = !own_clause && after_an_incident(lower);
    let other = |t: &str| OTHER_EVENTS.iter().any(|w| ends_with_word(t, w));
    if other(lower) || other(without_partner(lower)) || incident || of_a_register(s, d) {
        return Some(DateHolder::Other);
    }
    // "tại buổi họp báo do UBND tỉnh phối hợp tổ chức ngày 14-9 để giới thiệu Diễn đàn …": a
    // day after the verb of a happening is the day of the event nearest before that verb.
    if lexicon::HAPPENING_VERBS
        .iter()
        .chain(&["tổ chức"])
        .any(|v| ends_with_word(lower, v))
        && briefing_is_last(lower)
    {
        return Some(DateHolder::Other);
    }
    lexicon::MEETING_WORDS
        .iter()
        .find(|(w, _)| ends_with_word(lower, w))
        .map(|(_, k)| DateHolder::Meeting(*k))
        .or_else(|| {
            (framed_by_other_event(s, d) || headed_by_other_event(s, d))
                .then_some(DateHolder::Other)
        })
}

/// `before` a date without the dates listed before it: the date of "năm 1999 và năm 2016",
/// "ngày 5, 6 và 7/3" has the holder of the list's first.
fn without_listed_dates(before: &str) -> String {
    // Days listed with commas ("ngày 4, 5 và 6/3": "ngày 4," stands before the date read as
    // "5 và 6/3"), or any date before "và"/"hoặc" ("năm 1999 và năm 2016"); a date that ends a
    // fronted clause ("chiều 3/5, sáng 4/5 …") is no list.
    static LISTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:(?:\b(?:ngày|năm|tháng)\s+)?\d[\d/.\-]*\s+(?:và|hoặc)|(?:\bngày\s+)?\b\d{1,2}(?:\s*,\s*\d{1,2})*\s*,)\s*$",
        )
        .unwrap()
    });
    let mut out = before.trim_end().to_string();
    if let Some(m) = LISTED.find(&out) {
        // A number after "số", "thứ", "lần" is not a day ("cơn bão số 9, sáng 5/11 …").
        let numbered = ["số", "thứ", "lần", "khóa", "khoá", "kỳ"]
            .iter()
            .any(|w| ends_with_word(out[..m.start()].trim_end(), w));
        if !numbered {
            out.truncate(m.start());
        }
    }
    out
}

/// Whether the last words before a date name an incident or a spell of weather with its
/// classifier ("các trận lũ lịch sử năm 2016", "cơn bão số 10 năm 2017", "trận đấu hôm 5/3"):
/// the date is theirs, not a meeting's. The classifier stands among the last four words, and
/// no meeting word in their clause.
fn after_an_incident(before: &str) -> bool {
    const CLASSIFIERS: &[&str] = &["trận", "cơn"];
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let Some(at) = words.iter().take(4).position(|w| CLASSIFIERS.contains(w)) else {
        return false;
    };
    // "Mặt trận Tổ quốc", "chiến trận": a body, a battlefield.
    if words
        .get(at + 1)
        .is_some_and(|w| ["mặt", "chiến"].contains(w))
    {
        return false;
    }
    // "cuộc họp về ứng phó cơn bão số 3 sáng 6/9": a meeting about the incident, earlier in
    // the clause, is what the date is of.
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    !lexicon::MEETING_WORDS
        .iter()
        .any(|(w, _)| contains_word(clause, w))
}

/// Whether the last event `text` names is a press briefing, not a meeting: the one whose
/// words end last ("buổi họp báo" ends after the "họp" inside it). Only a briefing: other
/// events are named inside meetings' names ("Hội thảo về việc tổ chức kỳ thi … diễn ra").
fn briefing_is_last(text: &str) -> bool {
    let last = |words: &mut dyn Iterator<Item = &str>| {
        words
            .filter_map(|w| crate::text::rfind_word(text, w).map(|at| at + w.len()))
            .max()
    };
    let other = last(
        &mut OTHER_EVENTS
            .iter()
            .copied()
            .filter(|w| w.ends_with("họp báo")),
    );
    let meeting = last(&mut lexicon::MEETING_WORDS.iter().map(|(w, _)| *w));
    match (other, meeting) {
        (Some(o), Some(m)) => o > m,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Whether the sentence is about another event that the date `d` is the day of: it opens with
/// that event ("Họp báo giới thiệu Diễn đàn … vào sáng 14-10", a caption), and nothing
/// before the date says when the meeting it speaks of happens.
fn headed_by_other_event(s: &Sentence, d: &DateMention) -> bool {
    let Some(before) = s.line.folded.text.get(s.range.start..d.span.start) else {
        return false;
    };
    let lower = before.trim_start().to_lowercase();
    // "Họp báo về Hội nghị … sẽ diễn ra ngày 5/3": the meeting's own verb gives it its time.
    OTHER_EVENTS.iter().any(|e| starts_with_word(&lower, e))
        && !lexicon::HAPPENING_VERBS
            .iter()
            .chain(&["được tổ chức"])
            .any(|v| contains_word(&lower, v))
}

/// Whether the clause of date `d` names the closing of a register ("ngày 9/6 là ngày đăng ký
/// cuối cùng để chốt danh sách người dự họp …", "dời ngày chốt danh sách … sang ngày 7/11"):
/// its days are the register's (the record date), not those of the meeting it is closed for.
fn of_a_register(s: &Sentence, d: &DateMention) -> bool {
    const REGISTER: &[&str] = &["chốt danh sách", "đăng ký cuối cùng"];
    let text = &s.line.folded.text;
    let (Some(before), Some(after)) = (
        text.get(s.range.start..d.span.start),
        text.get(d.span.end..s.range.end),
    ) else {
        return false;
    };
    let opening = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let closing = after.split([',', ';', ':']).next().unwrap_or(after);
    let clause = format!("{opening} {closing}").to_lowercase();
    REGISTER.iter().any(|w| contains_word(&clause, w))
}

/// Words of a time that stand between what a date is the day of and the date ("cuộc họp ngày
/// 25/10", "họp báo sáng 14-10", "hội nghị vào tháng 6").
/// A weekday ([`dates::WEEKDAYS`]) may stand there too ("các sự kiện ngày thứ bảy 3-11").
pub(crate) const TIME_WORDS: &[&str] =
    &["ngày", "sáng", "chiều", "tối", "trưa", "hôm", "vào", "dịp"];

/// `before` (the text before a date) without the words of a time it ends with, trimmed, and
/// how many there were.
pub(crate) fn without_time_words(before: &str) -> (&str, usize) {
    let mut head = before.trim_end();
    let mut words = 0;
    while let Some(w) = TIME_WORDS
        .iter()
        .chain(dates::WEEKDAYS)
        .find(|w| ends_with_word(head, w))
    {
        head = head[..head.len() - w.len()].trim_end();
        words += 1;
    }
    (head, words)
}

/// Whether `d` is a year alone that the preposition of a time opens ("vào năm 2019", "vào
/// cuối năm 2017", "vào khoảng giữa năm 2018"): the time of what its sentence tells.
fn timed_year(s: &Sentence, d: &DateMention) -> bool {
    static AT_TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bvào\s+(?:khoảng\s+)?(?:(?:đầu|giữa|cuối)\s+)?$").unwrap()
    });
    let before = s.line.folded.text.get(..d.span.start).unwrap_or("");
    d.start.month.is_none() && d.start.year.is_some() && AT_TIME.is_match(before)
}

/// Whether the date `d` is followed by the frame of another event it is the day of: "Ngày
/// 9-11, trong buổi phỏng vấn với báo Nikkei, Thủ tướng khẳng định Hội nghị … là …" (the
/// interview's day, not the summit's).
fn framed_by_other_event(s: &Sentence, d: &DateMention) -> bool {
    let Some(after) = s.line.folded.text.get(d.span.end..s.range.end) else {
        return false;
    };
    let Some(frame) = after.trim_start().strip_prefix(',') else {
        return false;
    };
    let frame = frame.trim_start().to_lowercase();
    FRAME_OPENERS.iter().any(|o| {
        frame
            .strip_prefix(o)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| OTHER_EVENTS.iter().any(|e| starts_with_word(r, e)))
    })
}

/// What the extractor knows about an article while reading it top to bottom.
pub(crate) struct ArticleContext {
    pub document_date: Option<DocumentDate>,
    /// The last day (and its line) the article named, for "cùng ngày".
    pub last_day: Option<(PartialDate, usize)>,
}

impl ArticleContext {
    fn new(document_date: Option<DocumentDate>) -> Self {
        ArticleContext {
            document_date,
            last_day: None,
        }
    }

    /// Reads a date mention of sentence `s` into a [`TextDate`], resolving relative dates.
    pub fn read(&self, s: &Sentence, d: &DateMention) -> Option<TextDate> {
        let read = Reading {
            text: s.line.original(d.span.clone()).to_string(),
            line: s.line.number,
        };
        let written = |date: PartialDate, how: ReadHow| TextDate {
            date,
            end: d.end,
            read: read.clone(),
            how,
            sentence_year: None,
            not_before: None,
            closing_after_days: None,
            timed_year: false,
        };
        match d.relative {
            None => Some(TextDate {
                sentence_year: sentence_year(s, d),
                not_before: not_before(s, d),
                timed_year: timed_year(s, d),
                ..written(d.start, ReadHow::Written)
            }),
            // "ngày 19/6 năm ngoái", "tháng 3 năm nay": the day or month as written, its year
            // counted from the document date.
            Some(Relative::Years(n)) if d.start.month.is_some() => {
                match self
                    .document_date
                    .as_ref()
                    .filter(|doc| doc.day().is_some())
                {
                    Some(doc) => {
                        let mut date = d.start;
                        date.year = doc.day().map(|day| day.year() + n as i32);
                        Some(written(date, ReadHow::FromDocumentDate(doc.clone())))
                    }
                    // Without one, "năm nay" is the present year the article's other dates
                    // tell; a year before or after it is none they can settle.
                    None if n == 0 => Some(TextDate {
                        sentence_year: sentence_year(s, d),
                        not_before: not_before(s, d),
                        timed_year: timed_year(s, d),
                        ..written(d.start, ReadHow::Written)
                    }),
                    None => None,
                }
            }
            // "sáng nay (13/8)": the text gives the day; the document date only its year.
            Some(_) if d.start.day.is_some() => {
                let how = match &self.document_date {
                    Some(doc) if doc.day().is_some() => ReadHow::FromDocumentDate(doc.clone()),
                    _ => ReadHow::Written,
                };
                let mut date = d.start;
                if date.year.is_none() {
                    date.year = self
                        .document_date
                        .as_ref()
                        .and_then(|doc| doc.day())
                        .map(|day| day.year());
                }
                Some(written(date, how))
            }
            Some(Relative::Context(offset)) => {
                let (prev, pl) = self.last_day?;
                let (m, dd) = (prev.month?, prev.day?);
                let base = NaiveDate::from_ymd_opt(prev.year.unwrap_or(2000), m, dd)?;
                let day = shift(base, offset);
                let year = prev.year.map(|_| day.year());
                Some(written(
                    PartialDate::ymd(year, day.month(), day.day()),
                    ReadHow::AfterDayNamed(pl),
                ))
            }
            Some(rel) => {
                let doc = self.document_date.as_ref()?;
                let date = relative_date(doc.day()?, rel)?;
                Some(written(date, ReadHow::FromDocumentDate(doc.clone())))
            }
        }
    }
}

/// A date counted from the document date, at the precision its words give.
fn relative_date(doc: NaiveDate, rel: Relative) -> Option<PartialDate> {
    let month_of = |d: NaiveDate| PartialDate {
        year: Some(d.year()),
        month: Some(d.month()),
        day: None,
    };
    Some(match rel {
        Relative::Days(n) => {
            let d = shift(doc, n);
            PartialDate::ymd(Some(d.year()), d.month(), d.day())
        }
        Relative::Weeks(n) => {
            // Only when the whole week lies in one month is its month certain.
            let monday = shift(doc, 7 * n - doc.weekday().num_days_from_monday() as i64);
            let sunday = shift(monday, 6);
            (monday.month() == sunday.month()).then(|| month_of(monday))?
        }
        Relative::Months(n) => {
            let months = doc.year() * 12 + doc.month0() as i32 + n as i32;
            PartialDate {
                year: Some(months.div_euclid(12)),
                month: Some(months.rem_euclid(12) as u32 + 1),
                day: None,
            }
        }
        Relative::Years(n) => PartialDate {
            year: Some(doc.year() + n as i32),
            month: None,
            day: None,
        },
        Relative::Context(_) => return None,
    })
}

/// The year another date of the same sentence gives for the month of `d`; not the date of a
/// document the sentence counts years from ("tổng kết 12 năm thực hiện Nghị quyết 46 ngày
/// 3/9/2008"), whose year is years before the meeting's.
fn sentence_year(s: &Sentence, d: &DateMention) -> Option<(i32, Reading)> {
    static YEARS_SINCE: LazyLock<Regex> = LazyLock::new(|| {
        let acts = lexicon::COUNTED_ACTS.join("|");
        Regex::new(&format!(r"(?i)\b\d+\s+năm\s+(?:{acts})\b")).unwrap()
    });
    if d.start.year.is_some() {
        return None;
    }
    let text = s.folded();
    // Dates after "15 năm thực hiện" are counted from. (The literal test first: dates are read
    // many times over, and most sentences count no years.)
    // The words the pattern needs, in lower case and in capitals, written once.
    static COUNTED_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
        lexicon::COUNTED_ACTS
            .iter()
            .flat_map(|act| [format!("năm {act}"), format!("NĂM {}", act.to_uppercase())])
            .collect()
    });
    let counts = COUNTED_WORDS.iter().any(|w| text.contains(w.as_str()));
    let counting_ends = counts
        .then(|| YEARS_SINCE.find(text).map(|m| m.end()))
        .flatten();
    let counted_from =
        |o: &DateMention| counting_ends.is_some_and(|end| o.span.start - s.range.start >= end);
    s.dates
        .iter()
        .filter(|o| o.relative.is_none() && !counted_from(o))
        .find(|o| {
            o.start.month.is_some() && o.start.month == d.start.month && o.start.year.is_some()
        })
        .map(|o| {
            (
                o.start.year.unwrap(),
                Reading {
                    text: s.line.original(o.span.clone()).to_string(),
                    line: s.line.number,
                },
            )
        })
        .or_else(|| frame_year(s))
}

/// The year in the name of the event a sentence's meeting is held within (`… nằm trong khuôn
/// khổ Hội chợ nông sản quốc tế Cần Thơ (AgroFair 2016)`, `bên lề Diễn đàn Davos 2019`): a year
/// written as a word of that name, in the clause after the frame's words; not a date's year
/// nor the first of a range (`2018-2020`). A name's year stands right after its last word (a
/// capitalised one or an opening bracket) or after its number joined by a dash or `năm`
/// (`Tuần lễ … lần III - 2018`, `Liên hoan … lần thứ 3 năm 2018`).
fn frame_year(s: &Sentence) -> Option<(i32, Reading)> {
    // The frame's words by their tails, which no capital changes ("Trong khuôn khổ", "Bên
    // lề"), and the syllable before each: two searches of a sentence that names no frame.
    const FRAMES: &[(&str, &str)] = &[("khuôn khổ", "trong"), ("ên lề", "b")];
    let text = s.folded();
    let start = FRAMES
        .iter()
        .filter_map(|(tail, head)| {
            let at = text.find(tail)?;
            let before = text[..at].trim_end().to_lowercase();
            before.ends_with(head).then_some(at + tail.len())
        })
        .min()?;
    let clause = &text[start..start + frame_clause_len(&text[start..])];
    // The three words before the current one.
    let (mut previous, mut before, mut earlier) = ("", "", "");
    for (offset, word) in clause.split(' ').scan(0, |at, w| {
        let here = *at;
        *at += w.len() + 1;
        Some((here, w))
    }) {
        let bracketed = word.starts_with('(');
        let year = word.trim_start_matches('(');
        let digits = year.trim_end_matches(')');
        let is_year = digits.len() == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits.starts_with("19") || digits.starts_with("20"));
        let joined = matches!(previous, "-" | "–" | "năm");
        let named = ends_a_name(previous, before) || joined && ends_a_name(before, earlier);
        if is_year && (bracketed || named) {
            let at = start + offset + (word.len() - year.len());
            let after = text[at + digits.len()..].trim_start();
            let range = after.starts_with(['-', '–', '/'])
                && after[1..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit());
            // "… lần thứ 3 năm 2018" is read as a year, and is the name's; a fuller date is not.
            let in_a_date = s.dates.iter().any(|o| {
                o.span.contains(&(s.range.start + at))
                    && !(previous == "năm" && o.start.month.is_none())
            });
            if range || in_a_date {
                return None;
            }
            let at = s.range.start + at;
            return Some((
                digits.parse().ok()?,
                Reading {
                    text: s.line.original(at..at + digits.len()).to_string(),
                    line: s.line.number,
                },
            ));
        }
        (previous, before, earlier) = (word, previous, before);
    }
    None
}

/// Whether `word` (after `before`) may end an event's name: a capitalised word (a Roman
/// number among them) or an opening bracket's, or the number of `lần thứ 3`, `lần 3`.
fn ends_a_name(word: &str, before: &str) -> bool {
    let word = word.trim_start_matches('(');
    word.starts_with(char::is_uppercase)
        || !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_digit())
            && matches!(before, "thứ" | "lần")
}

/// How far the clause after a frame's words runs in `rest`: to a comma, a semicolon or a colon,
/// or a full stop that ends a sentence (not the one of an abbreviation, `TP. HCM`), within
/// [`MAX_FRAME_BYTES`].
fn frame_clause_len(rest: &str) -> usize {
    for (i, c) in rest.char_indices() {
        if i >= MAX_FRAME_BYTES || [',', ';', ':'].contains(&c) {
            return i;
        }
        let abbreviation = || {
            let after = &rest[i + 1..];
            let after = after.strip_prefix(' ').unwrap_or(after);
            after.starts_with(char::is_uppercase)
        };
        if c == '.' && !abbreviation() {
            return i;
        }
    }
    rest.len()
}

/// The most bytes of a frame's clause read for its year (about 120 letters).
const MAX_FRAME_BYTES: usize = 240;

/// A full date before `d` in its sentence that a "thực hiện / triển khai / theo" clause names
/// (a document's issue date): the event is carried out after it.
fn not_before(s: &Sentence, d: &DateMention) -> Option<(NaiveDate, Reading)> {
    if d.start.year.is_some() {
        return None;
    }
    let text = s.folded();
    let offset = s.range.start;
    s.dates
        .iter()
        .rev()
        .filter(|o| o.span.end <= d.span.start && o.relative.is_none() && o.end.is_none())
        .filter_map(|o| {
            let day = NaiveDate::from_ymd_opt(o.start.year?, o.start.month?, o.start.day?)?;
            let before = text[..o.span.start - offset].to_lowercase();
            let carried_out = ["thực hiện", "triển khai", "quán triệt", "theo"]
                .iter()
                .any(|w| before.contains(w));
            carried_out.then(|| {
                (
                    day,
                    Reading {
                        text: s.line.original(o.span.clone()).to_string(),
                        line: s.line.number,
                    },
                )
            })
        })
        .next()
}

use chrono::Datelike;

#[cfg(test)]
mod tests;
