//! [`DateBasis`]: how an event's date was read and its year settled, as data. `timeline.json`
//! carries it as it is; the brief renders it in its own language (`render::i18n`), so no stage
//! ever parses or translates a sentence.

use serde::Serialize;

use crate::extract::dates::DocumentDateSource;
use crate::extract::AnchorRelation;
use crate::extract::Reading;

/// What the text gave of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReadAs {
    /// Day, month and year written out.
    FullDate,
    /// Day and month; the year was settled otherwise.
    DayMonth,
    /// Month and year.
    MonthYear,
    /// A month alone.
    Month,
    /// A year alone.
    Year,
    /// A relative expression ("hôm qua", "sáng nay").
    Relative,
    /// Nothing in the text dates the event.
    Nothing,
}

/// How a title's years date the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TitleRule {
    /// The year the title names.
    Same,
    /// A review of a year held early in the next ("tổng kết … năm 2017" in January).
    ReviewsYearBefore,
    /// A plan for a year launched late in the year before ("triển khai nhiệm vụ năm 2018" in
    /// December).
    PlansYearAfter,
    /// A school year ("năm học 2018–2019").
    SchoolYear,
    /// A period the meeting reviews ("phiên họp thường kỳ tháng 11/2021"), held after it.
    Period,
    /// The first session of a term, held in its first year ("kỳ họp thứ nhất … nhiệm kỳ
    /// 2016-2021").
    OpensTerm,
    /// A review of a count of years since a dated document, held near that anniversary ("tổng
    /// kết 12 năm thực hiện Nghị quyết … ngày 3/9/2008").
    Anniversary,
}

/// "ngay sau Đại hội Đảng lần thứ XII", as used to settle a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CongressAnchor {
    pub side: AnchorRelation,
    pub congress: u32,
    /// The Congress's first day.
    pub start: String,
    pub read: Reading,
}

/// A member of a conference series with its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeriesMember {
    pub ordinal: u32,
    pub date: String,
}

/// How the year of an event's date was settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum YearBasis {
    /// Written with the date.
    Text,
    /// Another date of the same sentence gives it.
    Sentence { read: Reading },
    /// The article's document date (a day more than two months after it was the year before;
    /// a planned meeting's day more than a month before it is the year after).
    DocumentDate {
        read: Reading,
        source: DocumentDateSource,
        year_before: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        year_after: bool,
    },
    /// A relative expression counted from the document date.
    CountedFromDocumentDate {
        read: Reading,
        source: DocumentDateSource,
    },
    /// Counted from the day the article named on `line` ("cùng ngày").
    AfterDayNamed { line: usize },
    /// The event's own title ("… năm 2019", "tổng kết công tác năm 2017").
    Title { read: Reading, rule: TitleRule },
    /// A dated document the event carries out, named in the same sentence: the event is the
    /// first such day after it.
    AfterDocument { read: Reading },
    /// The dated members of its series around it (and Party Congress anchors).
    Series {
        series: String,
        ordinal: u32,
        before: SeriesMember,
        after: SeriesMember,
        anchors: Vec<CongressAnchor>,
    },
    /// The knowledge file (a fact the articles leave out), with its source.
    Knowledge {
        name: String,
        ordinal: u32,
        year: i32,
        source: crate::knowledge::Source,
    },
    /// Held together with a dated conference of the same article.
    HeldWith {
        title: String,
        date: String,
        line: usize,
    },
    /// Another dated event of the same article, within half a year of the day.
    SameArticle { title: String, date: String },
    /// The last step of the article's story, a day written with its year at the head of a
    /// sentence, within half a year before the day, `read` there.
    StoryDay { read: Reading },
    /// The year another line of the article writes for the same meeting (a caption's "trong
    /// năm 2018" beside the lead's "sáng nay (20-4)"), `read` there.
    SameMeeting { read: Reading },
    /// A directive takes the date of the conference it was given at.
    Conference { title: String, date: String },
    /// The number of a document gives its year ("15/2020/NĐ-CP").
    DocumentNumber { number: String },
    /// A document the article reports as just issued: the month of the article's date.
    ReportedAsIssued {
        read: Reading,
        source: DocumentDateSource,
    },
    /// Nothing settles the year: the event is undated.
    Unsettled,
    /// The articles give no date at all.
    NoDate,
}

/// Something the brief should say about a date besides its basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BasisNote {
    /// The day is that of an event held within this one: only the month is certain.
    MonthOnlyFramework,
    /// The day opens the paragraph the conference is named in.
    ParagraphDay,
    /// The event is an issue date of a formal document.
    IssueDate,
    /// The text gives the closing day and the days of work: the first day is counted back.
    OpenedBeforeClosing,
    /// An instruction given at no meeting, dated by the day its sentence opens with.
    GivenOnDay,
    /// A session of weeks whose end is the last of its days a report gives, not a closing any
    /// report tells: it sat until then at least.
    LastDayReported,
}

/// How an event's date was read and its year settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateBasis {
    /// The words that date the event and their line (the first source's file), if any.
    pub read: Option<Reading>,
    pub read_as: ReadAs,
    pub year: YearBasis,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<BasisNote>,
}

impl DateBasis {
    /// The basis of an event nothing dates.
    pub fn nothing() -> Self {
        DateBasis {
            read: None,
            read_as: ReadAs::Nothing,
            year: YearBasis::NoDate,
            notes: Vec::new(),
        }
    }

    /// True when the text wrote the year with the date (nothing had to be inferred).
    pub fn stated(&self) -> bool {
        matches!(self.year, YearBasis::Text)
    }

    /// True when the brief may give the date without a word on its basis: the year stated and
    /// no end that is only the last day reported ([`BasisNote::LastDayReported`]).
    pub fn needs_no_note(&self) -> bool {
        self.stated() && !self.notes.contains(&BasisNote::LastDayReported)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A year written with the date needs no word in the brief, unless the end is only the last
    /// day reported; an inferred year always does.
    #[test]
    fn a_date_needs_a_note_when_its_year_is_inferred_or_its_end_only_reported() {
        let stated = DateBasis {
            year: YearBasis::Text,
            ..DateBasis::nothing()
        };
        assert!(stated.needs_no_note());
        let reported_end = DateBasis {
            notes: vec![BasisNote::LastDayReported],
            ..stated.clone()
        };
        assert!(!reported_end.needs_no_note());
        let other_note = DateBasis {
            notes: vec![BasisNote::ParagraphDay],
            ..stated.clone()
        };
        assert!(other_note.needs_no_note());
        assert!(!DateBasis::nothing().needs_no_note());
    }
}
