//! Word lists of the extraction grammar, kept as data so that every rule that needs one reads
//! the same list.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::{ends_with_word, starts_with_word};

/// What kind of meeting a meeting word names. Carried to the event (`meeting_kind` in
/// `timeline.json`) and shown in the brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// Hội nghị thượng đỉnh, hội nghị cấp cao: heads of state or government.
    Summit,
    /// Hội nghị: a conference.
    Conference,
    /// Hội thảo: a workshop or seminar.
    Workshop,
    /// Tọa đàm: a round table.
    Roundtable,
    /// Diễn đàn: a forum.
    Forum,
    /// Phiên họp, kỳ họp, `họp phiên`: a sitting of a body that meets by sessions.
    Session,
    /// Cuộc họp, `họp`, `nhóm họp`: a meeting.
    Meeting,
    /// Cuộc làm việc, buổi làm việc, `làm việc với`: a working session.
    WorkingSession,
}

impl MeetingKind {
    /// The kind's name in `timeline.json` and in the labels of the brief.
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Summit => "summit",
            MeetingKind::Conference => "conference",
            MeetingKind::Workshop => "workshop",
            MeetingKind::Roundtable => "roundtable",
            MeetingKind::Forum => "forum",
            MeetingKind::Session => "session",
            MeetingKind::Meeting => "meeting",
            MeetingKind::WorkingSession => "working_session",
        }
    }

    /// Whether this kind of meeting is one where views are exchanged (a workshop, a round
    /// table, a forum) rather than one where those in charge direct.
    pub fn is_discussion(self) -> bool {
        matches!(
            self,
            MeetingKind::Workshop | MeetingKind::Roundtable | MeetingKind::Forum
        )
    }

    /// Whether two reports may name one meeting by these kinds. Writers call a session a
    /// meeting or a working session, but a summit, a conference, a workshop, a round table
    /// and a forum are named as such by whoever holds them.
    pub fn may_be_same(self, other: MeetingKind) -> bool {
        use MeetingKind::*;
        let family = |k: MeetingKind| match k {
            Summit => 0,
            Conference => 1,
            Workshop => 2,
            Roundtable => 3,
            Forum => 4,
            Session | Meeting | WorkingSession => 5,
        };
        family(self) == family(other)
    }

    /// Whether a meeting named only by this kind's bare noun may be one named in full as
    /// `named`: one of the same kind ([`MeetingKind::may_be_same`]), or a summit called a
    /// conference, the head of its name ("Hội nghị Cấp cao ASEAN …", then "bên lề hội nghị
    /// ngày 13-11").
    pub fn may_name(self, named: MeetingKind) -> bool {
        self.may_be_same(named) || (self == MeetingKind::Conference && named == MeetingKind::Summit)
    }
}

/// The meeting words of the grammar, lower case, each with the kind of meeting it names,
/// longest first where one starts another ("hội nghị thượng đỉnh" before "hội nghị"). The
/// nouns start a meeting's title; the verb forms (`họp`, `nhóm họp`, `làm việc với`) are
/// found by their own rules, which need a body as subject.
pub const MEETING_WORDS: &[(&str, MeetingKind)] = &[
    ("hội nghị thượng đỉnh", MeetingKind::Summit),
    ("hội nghị cấp cao", MeetingKind::Summit),
    // A summit named without "hội nghị" ("cuộc gặp thượng đỉnh Mỹ - Triều", "thượng đỉnh
    // liên Triều", "Thượng đỉnh G20"): the word names nothing else in the news.
    ("cuộc gặp thượng đỉnh", MeetingKind::Summit),
    ("cuộc thượng đỉnh", MeetingKind::Summit),
    ("thượng đỉnh", MeetingKind::Summit),
    ("hội nghị", MeetingKind::Conference),
    ("hội thảo", MeetingKind::Workshop),
    ("tọa đàm", MeetingKind::Roundtable),
    ("diễn đàn", MeetingKind::Forum),
    ("cuộc họp", MeetingKind::Meeting),
    ("buổi họp", MeetingKind::Meeting),
    // The regular meeting where a body's units report ("buổi giao ban thường kỳ tháng 4").
    ("buổi giao ban", MeetingKind::Meeting),
    ("cuộc giao ban", MeetingKind::Meeting),
    // One sitting of it ("phiên giao ban trực tuyến của Thường trực Tỉnh ủy").
    ("phiên giao ban", MeetingKind::Meeting),
    ("phiên họp", MeetingKind::Session),
    ("kỳ họp", MeetingKind::Session),
    // The spelling with "i" some outlets keep ("kì thi", "kì họp").
    ("kì họp", MeetingKind::Session),
    // An intergovernmental committee's session ("Khóa họp lần thứ 38 Ủy ban liên Chính phủ").
    ("khóa họp", MeetingKind::Session),
    ("khoá họp", MeetingKind::Session),
    // A review held as a meeting ("buổi tổng kết công tác kiểm tra năm 2018", "buổi sơ kết 6
    // tháng"), a conference by another word.
    ("buổi tổng kết", MeetingKind::Conference),
    ("buổi sơ kết", MeetingKind::Conference),
    ("buổi làm việc", MeetingKind::WorkingSession),
    ("cuộc làm việc", MeetingKind::WorkingSession),
    // A deputy's or a council's meeting with voters.
    ("buổi tiếp xúc cử tri", MeetingKind::Meeting),
    ("cuộc tiếp xúc cử tri", MeetingKind::Meeting),
];

/// The nouns a meeting's title starts with ([`MEETING_WORDS`] without their kinds).
pub static MEETING_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| MEETING_WORDS.iter().map(|(w, _)| *w).collect());

/// The kind of meeting a meeting word names, compared without case or tone marks; a session
/// for the bare `kỳ` of "kỳ thứ 2", a meeting for any other word.
pub fn meeting_kind(word: &str) -> MeetingKind {
    let folded = crate::text::plain(word);
    MEETING_WORDS
        .iter()
        .find(|(w, _)| crate::text::plain(w) == folded)
        .map(|(_, k)| *k)
        .unwrap_or(if folded == "ky" {
            MeetingKind::Session
        } else {
            MeetingKind::Meeting
        })
}

/// True when `text` holds one of [`MEETING_WORDS`] or the verb `họp`, as a whole word.
pub fn has_meeting_word(text: &str) -> bool {
    static ANY: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(&meeting_words_pattern().replace("|kỳ)", "|họp)")).unwrap()
    });
    ANY.is_match(text)
}

/// [`MEETING_WORDS`] as a case-insensitive regex of whole words, with the bare `kỳ` of a
/// numbered session ("kỳ thứ 2") last.
pub fn meeting_words_pattern() -> String {
    let words: Vec<String> = MEETING_WORDS
        .iter()
        .map(|(w, _)| regex::escape(w))
        .collect();
    format!(r"(?i)\b({}|kỳ)\b", words.join("|"))
}

/// Words after a meeting word that tell its form, not its owner or subject ("Hội nghị trực
/// tuyến toàn quốc …"). Lower case.
const MEETING_FORM_WORDS: &[&str] = &[
    "trực tuyến",
    "toàn quốc",
    "toàn ngành",
    "mở rộng",
    "chuyên đề",
];

/// `lower` (lower case) without the [`MEETING_FORM_WORDS`] it opens with: "trực tuyến toàn
/// quốc tổng kết …" → "tổng kết …".
pub fn without_form_words(lower: &str) -> &str {
    let mut rest = lower.trim_start();
    while let Some(word) = MEETING_FORM_WORDS
        .iter()
        .find(|w| crate::text::starts_with_word(rest, w))
    {
        rest = rest[word.len()..].trim_start();
    }
    rest.trim_end()
}

/// Words of a meeting's title that say what kind of business it does, not what about: its
/// agenda ("tổng kết công tác", "triển khai nhiệm vụ") and the words that join a subject to
/// it. Two titles that differ only here may name one meeting; their subjects tell two apart.
pub const AGENDA_WORDS: &[&str] = &[
    "tổng kết",
    "sơ kết",
    "triển khai",
    "đánh giá",
    "công tác",
    "nhiệm vụ",
    "kế hoạch",
    "kết quả",
    "tình hình",
    "thực hiện",
    "giai đoạn",
    "phương hướng",
    "chương trình",
    "năm",
    "tháng",
    "ngày",
    "và",
    "về",
    "của",
    "với",
    "các",
    "tại",
    "cho",
    "những",
    "trong",
];

// What a meeting does, as its name says: the words of its agenda. Each list is one role a word
// plays in a name; a word may play several (`tổng kết` reviews a period, opens a topic, is a
// task and is business a comma may join to another). `AGENDA_WORDS` above holds the words two
// titles of one meeting may differ by.

/// Words of a title that looks back on a period ("tổng kết công tác năm 2018", "báo cáo kết quả
/// thu chi năm 2018", "Kinh tế Việt Nam năm 2016 và triển vọng năm 2017"): held after it.
pub(crate) const REVIEW_WORDS: &[&str] = &[
    "tổng kết",
    "sơ kết",
    // A fiscal year's meeting ("Đại hội đồng cổ đông thường niên năm tài chính 2016") reports
    // on that year, after its close.
    "năm tài chính",
    "kết quả",
    "đánh giá",
    "nhìn lại",
    // An index, a report or a ranking of a year is measured over that year and published after
    // it ("công bố Chỉ số PCI năm 2018" in the spring of 2019).
    "công bố chỉ số",
    "công bố báo cáo",
    "công bố xếp hạng",
    "công bố bảng xếp hạng",
];

/// Verbs of looking back that an agenda after a meeting's name may hold ("…, tổng kết công tác
/// năm 2017 và triển khai …"), lower case: its years are then years reviewed; the first two are
/// also reviews a body holds by the verb of organising them ("Sở A tổ chức tổng kết …").
pub(crate) const REVIEW_VERBS: &[&str] = &["tổng kết", "sơ kết", "đánh giá"];

/// Words after which a year in the title, or in the agenda after it, is the plan's year
/// ("triển khai nhiệm vụ năm 2018").
pub(crate) const PLAN_WORDS: &[&str] = &[
    "triển khai",
    "kế hoạch",
    "phương hướng",
    "định hướng",
    "dự kiến",
    // An outlook, a forecast, a target or a horizon looks ahead to its year (in the English
    // names of forums held in Vietnam too: "Vietnam Business Outlook 2019").
    "triển vọng",
    "dự báo",
    "outlook",
    "forecast",
    "prospects",
    "mục tiêu",
    "tầm nhìn",
    "chiến lược",
    // The year's aim set at the meeting ("phấn đấu năm 2022 là năm …").
    "phấn đấu",
];

/// What a meeting is held to do, lower case, of which a name may list two with a comma alone
/// right after its meeting word ("Hội nghị triển khai, thảo luận các giải pháp …", "Hội nghị
/// sơ kết, đánh giá …").
pub(crate) const BUSINESS_VERBS: &[&str] = &[
    "triển khai",
    "tổng kết",
    "sơ kết",
    "đánh giá",
    "trao đổi",
    "thảo luận",
    "chia sẻ",
    "góp ý",
    "tập huấn",
    "quán triệt",
    "đối thoại",
    "kết nối",
    "giới thiệu",
    "rút kinh nghiệm",
    "tháo gỡ",
    "xúc tiến",
    "lấy ý kiến",
    "phổ biến",
    "hướng dẫn",
];

/// Verbs, lower case, that open a meeting's name with what it is to do, whose object a
/// preposition may go on with (see `joins_subject` in the name reader): "tháo gỡ khó khăn trong đầu tư", "xúc tiến
/// đầu tư vào vùng …", "thúc đẩy hợp tác trên lĩnh vực …".
pub(crate) const TASK_VERBS: &[&str] = &[
    "tháo gỡ",
    "tổng kết",
    "sơ kết",
    "triển khai",
    "thúc đẩy",
    "xúc tiến",
    "phát triển",
    "nâng cao",
    "đẩy mạnh",
    "giải quyết",
    "tăng cường",
];

/// Verbs of an agenda that may open a meeting's name when the meeting is an object ("tại Hội
/// nghị đánh giá kết quả …", "dự Hội thảo bàn về …"), first syllables; or whole words that open
/// a name wherever the meeting stands ("Hội nghị kết nối cung cầu diễn ra …", though "sau Hội
/// nghị kết thúc" ends it).
pub(crate) const AGENDA_VERBS: &[&str] = &[
    "đánh",
    "thảo",
    "bàn",
    "xác",
    "tập",
    "nghe",
    "cho",
    "kết nối",
];

/// Words that open what a meeting is about, lower case: what follows them is its topic, and a
/// capital there names a thing, not whose meeting it is ("Hội nghị tổng kết công tác xây dựng
/// Đảng", "Hội thảo khoa học báo cáo kết quả khai quật … điện Kính Thiên").
pub(crate) const TOPIC_OPENERS: &[&str] = &[
    "về",
    "đối với",
    "tổng kết",
    "sơ kết",
    "triển khai",
    "báo cáo",
    "đánh giá",
    "kết quả",
    "thảo luận",
    "góp ý",
];

/// Words that open a meeting's topic inside its name, lower case.
pub(crate) const TOPIC_OPENING_WORDS: &[&str] = &["xung quanh", "về"];

/// Verbs that take a meeting's topic after them ("bàn về", "thảo luận về"). Lower case.
pub(crate) const TOPIC_VERBS: &[&str] = &["bàn", "bàn bạc", "thảo luận", "trao đổi"];

/// Words that open a fronted clause of purpose, lower case (one of attribution opens with
/// "theo").
pub(crate) const PURPOSE_OPENERS: &[&str] = &["để", "nhằm", "phục vụ"];

/// The words of [`MEETING_NOUNS`] and of an ordinal ("lần thứ"), without case or tone marks
/// ([`crate::text::plain`]): words that say what kind of meeting a title names, not which.
pub static MEETING_NAME_WORDS: LazyLock<HashSet<String>> =
    LazyLock::new(|| meeting_words_as(crate::text::plain));

/// The syllables of the meeting nouns as [`crate::text::fold_key`] writes them, tone marks
/// kept: a title's "Trị" (of Quảng Trị) is no syllable of "cử tri", though the two are one
/// word without their marks.
pub static MEETING_SYLLABLES: LazyLock<HashSet<String>> =
    LazyLock::new(|| meeting_words_as(crate::text::fold_key));

/// The words of [`MEETING_NOUNS`] and "lần thứ", each noun written by `fold`; not "khóa" of
/// "khóa họp", which is a term's word too ("Quốc hội khóa XIV" names a legislature).
fn meeting_words_as(fold: fn(&str) -> String) -> HashSet<String> {
    MEETING_NOUNS
        .iter()
        .chain(&["lần thứ"])
        .flat_map(|n| fold(n).split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !["khoa", "khóa", "khoá"].contains(&w.as_str()))
        .collect()
}

/// The meeting noun `title` starts with (one of [`MEETING_NOUNS`]), compared without case or
/// tone marks.
pub fn meeting_noun(title: &str) -> Option<&'static str> {
    static PLAIN: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
        MEETING_NOUNS
            .iter()
            .map(|n| (crate::text::plain(n), *n))
            .collect()
    });
    let folded = crate::text::plain(title);
    PLAIN
        .iter()
        .find(|(p, _)| folded == *p || folded.starts_with(&format!("{p} ")))
        .map(|(_, n)| *n)
}

/// Whether a title is a meeting's noun alone ("Cuộc họp", "Hội nghị"): a meeting named by its
/// day only ("tại cuộc họp chiều 13-3") or by who chaired it.
pub fn noun_alone(title: &str) -> bool {
    meeting_noun(title).is_some_and(|n| crate::text::plain(n) == crate::text::plain(title.trim()))
}

/// How a directive verb instructs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueForce {
    /// Instructs wherever it is said (a workshop included) and whoever says it: "yêu cầu",
    /// "chỉ đạo".
    Explicit,
    /// A request or advice: instructs by itself, but weakly (not at a workshop, a round table
    /// or a forum, where speakers give views): "đề nghị", "lưu ý".
    Advice,
    /// An emphasis, a wish or an opinion: an instruction only with an obligation after it
    /// ("nhấn mạnh … cần", "mong muốn … phải").
    NeedsObligation,
    /// An opinion ("cho rằng … cần", "khẳng định … phải"): officials, experts and deputies
    /// give views so, so it is a cue only with an obligation after it and in a sentence that
    /// holds another cue (a speaker who also asks or directs).
    Opinion,
    /// No cue by itself: it only reports a quotation given before it ("“…”, Thủ tướng kết
    /// luận.").
    ReportsOnly,
}

/// A verb that reports an instruction, with how it instructs and whether it may attribute a
/// quotation given before it (`“…” - Thủ tướng nhấn mạnh.`).
#[derive(Debug, Clone, Copy)]
pub struct DirectiveVerb {
    pub word: &'static str,
    pub force: CueForce,
    pub after_quote: bool,
}

const fn verb(word: &'static str, force: CueForce, after_quote: bool) -> DirectiveVerb {
    DirectiveVerb {
        word,
        force,
        after_quote,
    }
}

/// The directive verbs of the grammar, lower case: the one list the directive cues, the
/// quotation attributed after it and the strength of an instruction are read from.
pub const DIRECTIVE_VERBS: &[DirectiveVerb] = &[
    verb("yêu cầu", CueForce::Explicit, true),
    verb("chỉ đạo", CueForce::Explicit, true),
    verb("chỉ thị", CueForce::Explicit, false),
    verb("giao nhiệm vụ", CueForce::Explicit, false),
    verb("quán triệt", CueForce::Explicit, true),
    verb("đề nghị", CueForce::Advice, true),
    verb("lưu ý", CueForce::Advice, true),
    verb("kêu gọi", CueForce::Advice, true),
    verb("nhắc nhở", CueForce::NeedsObligation, true),
    verb("nhấn mạnh", CueForce::NeedsObligation, true),
    verb("mong muốn", CueForce::NeedsObligation, false),
    verb("nêu rõ", CueForce::NeedsObligation, true),
    verb("chỉ rõ", CueForce::NeedsObligation, true),
    verb("cho rằng", CueForce::Opinion, false),
    verb("khẳng định", CueForce::Opinion, true),
    verb("đề ra", CueForce::Opinion, false),
    verb("kết luận", CueForce::ReportsOnly, true),
];

/// "Thủ tướng giao Bộ Kế hoạch và Đầu tư chủ trì …": an assignment, a cue of the directive
/// reader only where its object is a body or an office holder. It is kept out of
/// [`DIRECTIVE_VERBS`], whose other readers would take the syllable of "giao thông", "giao
/// ban" or "Bộ Ngoại giao" for it.
pub const ASSIGNING_VERB: DirectiveVerb = verb("giao", CueForce::Explicit, false);

/// The words of [`DIRECTIVE_VERBS`] that instruct with the given force.
pub fn directive_verbs(force: CueForce) -> impl Iterator<Item = &'static str> {
    DIRECTIVE_VERBS
        .iter()
        .filter(move |v| v.force == force)
        .map(|v| v.word)
}

/// The force of a directive verb (lower case), if it is one.
pub fn cue_force(word: &str) -> Option<CueForce> {
    DIRECTIVE_VERBS
        .iter()
        .chain([&ASSIGNING_VERB])
        .find(|v| v.word == word)
        .map(|v| v.force)
}

/// Head nouns of the bodies that meet, give instructions or own a meeting, written as names
/// write them: "Ban Thường vụ Tỉnh ủy …", "Ủy ban nhân dân tỉnh …", "Bộ Tài chính". A body's
/// name is one of these followed by the words of its name.
pub const BODY_HEADS: &[&str] = &[
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành",
    "Ban Thường vụ",
    "Ban Chỉ đạo",
    "Ban chỉ đạo",
    "Ban Tổ chức",
    "Ban cán sự",
    "Ban",
    "Bộ",
    "Thường trực",
    "Thường vụ",
    "Chính phủ",
    "Quốc hội",
    "Ủy ban",
    "Uỷ ban",
    "UBND",
    "HĐND",
    // The UN's General Assembly, a body ("phiên họp thường niên lần thứ 72 của Đại hội đồng
    // Liên hợp quốc"), before "Hội đồng" as the longer head.
    "Đại hội đồng",
    "Đại Hội đồng",
    "Đại Hội Đồng",
    "Hội đồng",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Huyện ủy",
    "Huyện uỷ",
    "Quận ủy",
    "Quận uỷ",
    "Thị ủy",
    "Thị uỷ",
    "Đảng ủy",
    "Đảng uỷ",
    "Đảng đoàn",
    "Tổ công tác",
    "Tiểu ban",
    "Nội các",
    "Quân ủy Trung ương",
    "Tổng cục",
    "Cục",
    // A department's local branch ("Chi cục Thú y", "Chi cục Kiểm lâm tỉnh A").
    "Chi cục",
    "Sở",
    "Văn phòng",
    "Mặt trận",
    "Bảo hiểm xã hội",
    "BHXH",
    "Hiệp hội",
    "Tổng Liên đoàn",
    "Liên đoàn",
    "Thành đoàn",
    "Tỉnh đoàn",
    "Trung ương",
    // The presidium of a union or a front ("Đoàn Chủ tịch Liên đoàn Lao động tỉnh").
    "Đoàn Chủ tịch",
];

/// Heads of bodies that hold meetings of their own but give no instructions the brief follows
/// (the police, schools and academies, institutes, companies, banks, associations): a meeting
/// they organise or chair is theirs ("Công an thành phố Hà Nội tổ chức hội nghị …").
const ORGANISER_HEADS: &[&str] = &[
    "Công an",
    "Trường",
    "Đại học",
    "Học viện",
    "Viện",
    "Tập đoàn",
    "Tổng công ty",
    "Công ty",
    "Ngân hàng",
    "Trung tâm",
    "Bệnh viện",
    "Hội",
    // A fund by its name ("Quỹ Tiền tệ Quốc tế", "Quỹ bảo vệ môi trường tỉnh A").
    "Quỹ",
    // An emulation cluster or bloc of the bodies the emulation rules group together, which
    // holds its own review of each year's emulation ("Cụm thi đua các tỉnh miền Đông", "Khối
    // thi đua các cơ quan Đảng tỉnh A tổ chức hội nghị tổng kết …").
    "Cụm thi đua",
    "Khối thi đua",
    // The press organises forums and workshops under its name ("Diễn đàn … do tạp chí The
    // Leader tổ chức", "Báo Đầu tư tổ chức …"); a name must follow ("báo cáo" is a report).
    "Báo",
    "báo",
    "Tạp chí",
    "tạp chí",
    "Thời báo",
    "Đài Truyền hình",
    "Đài Phát thanh",
    "Đài Tiếng nói",
    // A sector of a province or of the country by its capitalised name ("ngành Y tế Bình Phước
    // tổ chức họp khẩn", "Ngành Giáo dục tỉnh A tổ chức hội nghị"), most often in lower case.
    "Ngành",
    "ngành",
    // A district's office by its capitalised name ("Phòng Giáo dục và Đào tạo huyện A", "Phòng
    // Tư pháp quận B"); not a room, named by a lower-case word ("phòng họp", "Phòng chống …").
    "Phòng",
];

/// The parts of a document's symbol after its number as some pages write them, with spaces
/// ("40 - CT / TW", "20 / CT - TTg", "10/2019/ NĐ-CP"), as a regex: each a code in capitals (one
/// small letter may close it, "TTg") or a year, one code at least, so a dash that opens a
/// clause ("Kế hoạch số 35 - Ông …") ends the number and a month and its year ("tháng 3-2019")
/// are none. The directive reader names documents by it, the conference reader keeps their
/// issue dates from meetings.
pub(crate) const SPACED_SYMBOL: &str = concat!(
    r"(?:\s*[-/⁄]\s*(?:19|20)\d{2}\b)*",
    r"\s*[-/⁄]\s*\p{Lu}[\p{Lu}\d]*[a-z]?\b",
    r"(?:\s*[-/⁄]\s*(?:\p{Lu}[\p{Lu}\d]*[a-z]?|(?:19|20)\d{2})\b)*",
);

/// Letters that stand for a kind of body or office, not one body ("UBND tỉnh A" is any
/// province's): they tell no two bodies apart.
const GENERIC_ABBREVIATIONS: &[&str] = &[
    "UBND", "HĐND", "BCH", "BCHTW", "MTTQ", "ĐBQH", "UBTVQH", "BTV", "BCĐ", "BQL", "CLB", "HĐQT",
    "HĐTV", "KT", "XH", "CP", "TNHH", "CTCP", "THPT", "THCS", "ĐH", "CĐ",
];

/// Letters of a kind of meeting: any company's shareholders' meeting ("Cuộc họp ĐHĐCĐ
/// thường niên"), which say nothing of whose it is.
pub const MEETING_LETTERS: &[&str] = &["ĐHĐCĐ", "ĐHCĐ"];

/// The bodies every company has, spelled out as their letters are ([`GENERIC_ABBREVIATIONS`]'s
/// `HĐQT`, `HĐTV`, [`MEETING_LETTERS`]): "Đại hội đồng cổ đông" is any company's, and a title
/// that names only it says not whose meeting it is. Source: Luật Doanh nghiệp 2014, Điều 134
/// (the organs of a joint-stock company: Đại hội đồng cổ đông, Hội đồng quản trị, Ban kiểm
/// soát, Giám đốc or Tổng giám đốc) and Điều 55 (Hội đồng thành viên).
pub const COMPANY_ORGANS: &[&str] = &[
    "đại hội đồng cổ đông",
    "đại hội cổ đông",
    "hội đồng quản trị",
    "hội đồng thành viên",
    "ban kiểm soát",
];

/// Whether `letters` stand for a kind of body, office or meeting, not for one body
/// ([`GENERIC_ABBREVIATIONS`], [`MEETING_LETTERS`]).
pub fn generic_letters(letters: &str) -> bool {
    GENERIC_ABBREVIATIONS.contains(&letters) || MEETING_LETTERS.contains(&letters)
}

/// Words of a place that may follow a body's head in its name ("Công an thành phố Hà Nội").
pub(crate) const PLACE_WORDS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "TP",
    "TP.",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
];

/// Whether `name` names a body that may organise or chair a meeting: a body of
/// [`BODY_HEADS`], or an `ORGANISER_HEADS` head followed by a name (a capitalised word or a
/// place: "Trường Đại học Cần Thơ", "Công an tỉnh Nghệ An", not "Trường hợp"). A minister
/// ("Bộ trưởng …") is a person.
pub fn starts_with_organiser(name: &str) -> bool {
    let name = name.trim_start();
    if name.starts_with("Bộ trưởng") || name.starts_with("Bộ Trưởng") {
        return false;
    }
    starts_with_body(name)
        || ORGANISER_HEADS.iter().any(|h| {
            name.strip_prefix(h)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|next| {
                    next.starts_with(char::is_uppercase)
                        || PLACE_WORDS.iter().any(|w| starts_with_word(next, w))
                        || (DESCRIBED_HEADS.contains(h) && proper_name_follows(next))
                })
        })
}

/// Heads of [`ORGANISER_HEADS`] whose name may describe what the body does before its proper
/// name ("Trung tâm an ninh hàng không Tân Sơn Nhất", "Công ty cổ phần Đầu tư A", "Viện
/// nghiên cứu Hán Nôm"). Not "Trường" ("trường hợp" is a case) nor "Hội" ("Hội nghị …").
const DESCRIBED_HEADS: &[&str] = &[
    "Trung tâm",
    "Viện",
    "Công ty",
    "Tổng công ty",
    "Tập đoàn",
    "Ngân hàng",
    "Bệnh viện",
    "Quỹ",
    "Học viện",
    "Cụm thi đua",
    "Khối thi đua",
];

/// Most lower-case words a body's description runs before its proper name.
const MAX_DESCRIPTION_WORDS: usize = 4;

/// Whether `rest` is a few lower-case words of a description, then a capitalised word: no
/// word of a clause among them ("Tập đoàn cho biết Chủ tịch …", "Viện nghiên cứu do ông …",
/// "Công ty nói trên tại Bình Dương") and no person ("… cùng ông An").
fn proper_name_follows(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(MAX_DESCRIPTION_WORDS + 1)
        .collect();
    let Some(at) = words
        .iter()
        .position(|w| !w.chars().all(char::is_lowercase))
    else {
        return false;
    };
    let description = &words[..at];
    // A clause word that is a syllable of a compound ("hàng không") is the description's.
    let clause_word = |i: usize| {
        let w = description[i];
        CLAUSE_WORDS.contains(&w)
            && !inside_compound(&description[..i].join(" "), w, &words[i + 1..].join(" "))
    };
    words[at].starts_with(char::is_uppercase)
        && !(0..description.len()).any(|i| {
            clause_word(i)
                || person_at(&description[i..].join(" ")).is_some()
                || ["biết", "nói"].contains(&description[i])
        })
}

/// Heads that name no body by themselves ("Sở", "Bộ", "Cục"): a text calls a body it named
/// in full by its head alone ("Sở đã yêu cầu …"). Not heads that are whole names ("Chính
/// phủ", "Quốc hội", "Thành ủy").
const GENERIC_HEADS: &[&str] = &[
    "Sở",
    "Bộ",
    "Cục",
    "Chi cục",
    "Tổng cục",
    "Ủy ban",
    "Uỷ ban",
    "Hội đồng",
    "Văn phòng",
    "Hiệp hội",
    "Liên đoàn",
    "Công ty",
    "Tập đoàn",
    "Tổng công ty",
    "Ngân hàng",
    "Trung tâm",
    "Viện",
    "Bệnh viện",
];

/// Whether `name` is a body's head alone ([`GENERIC_HEADS`]: "Sở", "chi cục"): a body the text
/// named in full before and now calls by its head.
pub fn is_bare_head(name: &str) -> bool {
    let name = crate::text::capitalised(name.trim());
    GENERIC_HEADS.contains(&name.as_str())
}

/// The length of the body's name `text` opens with, a head of `head`'s: the capitalised words
/// after it, each maybe with one lower-case syllable ("Sở Y tế", "Chi cục Thú y"), joined by
/// "và" or a dash ("Sở Lao động - Thương binh và Xã hội"), and a place after it ("tỉnh Nghệ
/// An"). `None` when no capitalised word follows the head, or an office's word does ("Cục
/// trưởng", "Cục Phó").
pub fn body_name_len(text: &str, head: &str) -> Option<usize> {
    let rest = text.strip_prefix(head)?;
    // "Cục trưởng", "Sở Trưởng": an office, not a body's name.
    let office = rest.split_whitespace().next().map(str::to_lowercase);
    if office.is_some_and(|w| w == "trưởng" || w == "phó") {
        return None;
    }
    let words: Vec<(usize, &str)> = rest
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut end = None;
    // Whether the word before opens a compound whose second syllable may be lower case ("Y
    // tế", "Thú y"): a capitalised word, not an acronym ("Sở GTVT đã"), first of its run ("Nghệ
    // An yêu cầu" ends the name).
    let mut opens_compound = false;
    let mut in_capitals = false;
    for (i, &(at, w)) in words.iter().enumerate() {
        let next_capital = words.get(i + 1).is_some_and(|(_, n)| capital(n));
        let bare = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
        let stops = bare.len() < w.len();
        let joins = ["và", "-", "–"].contains(&bare) || PLACE_WORDS.contains(&bare);
        // "Cục Hàng không": a clause word may be a compound's syllable.
        let clause_word = CLAUSE_WORDS.contains(&bare)
            && !inside_compound(&text[..at], bare, &text[at + bare.len()..]);
        let syllable = opens_compound && !joins && !clause_word;
        let fits = capital(bare) || syllable || joins && next_capital;
        if !fits || bare.is_empty() {
            break;
        }
        let acronym = bare.chars().filter(|c| c.is_uppercase()).count() > 1;
        opens_compound = capital(bare) && !in_capitals && !acronym;
        in_capitals = capital(bare);
        if !joins {
            end = Some(at + bare.len());
        }
        if stops {
            break;
        }
    }
    end
}

/// Whether `name` is a body whose head some outlets write in lower case, followed by its
/// proper name ("sở GD&ĐT TP.HCM", "bộ Y tế", "ủy ban Kiểm tra Trung ương", "công ty CP A"),
/// maybe after a few words that describe it ("hội đồng kỷ luật của Công ty A",
/// [`proper_name_follows`]); not a generic body ("ban tổ chức", "bộ phận kỹ thuật"), nor a
/// person by an office ("bộ trưởng Nguyễn Văn A"). A district's office ("phòng Giáo dục và
/// Đào tạo huyện A") has its capitalised name right after its head: "phòng họp UBND tỉnh A" is
/// a room, "phòng chống dịch Covid-19" a task.
pub fn lower_case_body(name: &str) -> bool {
    /// Heads of a firm, most often in lower case before its name.
    const FIRMS: &[&str] = &["Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng"];
    /// Heads whose name follows at once, with no words that describe the body before it.
    const NAMED_AT_ONCE: &[&str] = &["Phòng"];
    let mut chars = name.trim_start().chars();
    let Some(first) = chars.next().filter(|c| c.is_lowercase()) else {
        return false;
    };
    if is_person(name) {
        return false;
    }
    let capitalised: String = first.to_uppercase().chain(chars).collect();
    let after = |h: &str| {
        capitalised
            .strip_prefix(h)
            .and_then(|rest| rest.strip_prefix(' '))
    };
    BODY_HEADS.iter().chain(FIRMS).any(|h| {
        after(h)
            .is_some_and(|next| next.starts_with(char::is_uppercase) || proper_name_follows(next))
    }) || NAMED_AT_ONCE
        .iter()
        .any(|h| after(h).is_some_and(|next| next.starts_with(char::is_uppercase)))
}

/// Whether `name` names a person by an office or a form of address ("Giám đốc Sở Y tế A", "Ông
/// A"), not a delegation ("Đoàn đại biểu Quốc hội tỉnh A" is a body).
pub fn is_person(name: &str) -> bool {
    person_opens(&name.to_lowercase())
}

/// [`is_person`] of a lower-case text.
fn person_opens(lower: &str) -> bool {
    person_at(lower).is_some_and(|w| w != "đoàn")
}

/// The office or form of address `text` (lower case) starts with, if any ([`OFFICES`],
/// [`GUESTS`]): a person named by it ("chủ tịch UBND tỉnh …", "ông An").
pub(crate) fn person_at(text: &str) -> Option<&'static str> {
    OFFICES
        .iter()
        .chain(GUESTS)
        .find(|w| starts_with_word(text, w))
        .copied()
}

/// [`BODY_HEADS`] as a regex alternation, longest first (so "Ban Thường vụ" wins over "Ban").
pub fn body_heads_pattern() -> String {
    let mut heads: Vec<&str> = BODY_HEADS.to_vec();
    heads.sort_by_key(|h| std::cmp::Reverse(h.len()));
    heads
        .iter()
        .map(|h| regex::escape(h))
        .collect::<Vec<_>>()
        .join("|")
}

/// A body's name as a regex: a head noun of [`BODY_HEADS`] and the words of its name, each a
/// capitalised word with the lower-case syllables that may complete it ("Bộ Y tế", "Bộ Tài
/// nguyên và Môi trường"), or a lower-case word of an administrative title ("UBND tỉnh Lào
/// Cai", "Ban Thường vụ Tỉnh ủy", "Hội đồng nhân dân"). The lower-case syllables are taken as
/// few as the rest of the pattern allows: use it where what follows the name is fixed (a verb,
/// the end of a clause), so that "UBND tỉnh Lào Cai đã họp" names "UBND tỉnh Lào Cai".
pub fn body_name_pattern() -> String {
    let heads = body_heads_pattern();
    let word = r"\p{Lu}[\p{L}&.]*(?:\s+\p{Ll}+){0,2}?";
    let title_words = BODY_TITLE_WORDS.join("|");
    let departments = DEPARTMENT_WORDS.join("|");
    let committee = format!(
        r"(?:{})\b[\p{{L}}&.]*(?:\s+\p{{Ll}}+){{0,2}}?",
        PARTY_COMMITTEES.join("|").replace('.', r"\.")
    );
    format!(
        r"(?:{heads})(?:\s+(?:{word}|(?:và|[-–])\s+{word}|{title_words}|(?:{departments})\s+{committee}))*"
    )
}

/// Words of an administrative title that may stand in a body's name after its head ("UBND
/// tỉnh", "Ban Chấp hành trung ương", "Hội đồng nhân dân"), lower case but for "Việt Nam".
const BODY_TITLE_WORDS: &[&str] = &[
    "ủy",
    "uỷ",
    "ban",
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "xã",
    "nhân dân",
    "quốc gia",
    "xã hội",
    "Việt Nam",
    "thường vụ",
    "chấp hành",
    "trung ương",
    "thường trực",
    // "Ban cán sự đảng Bộ Y tế", "Hội đồng thành viên Agribank", "Hội đồng quản trị …".
    "đảng",
    "thành viên",
    "quản trị",
];

/// The Party's standing departments, often written in lower case ("Ban tổ chức Trung ương",
/// "Ban tuyên giáo Tỉnh ủy", "Ủy ban kiểm tra Thành ủy"): words of a body's name only before
/// the capitalised name of the committee they serve, for "tổ chức" is a verb as often ("UBND
/// tỉnh tổ chức") and "Ban tổ chức" alone an event's organisers.
const DEPARTMENT_WORDS: &[&str] = &[
    "tổ chức",
    "tuyên giáo",
    "dân vận",
    "kiểm tra",
    "nội chính",
    "đối ngoại",
];

/// The first words of the Party committees a department serves ("Trung ương", "Tỉnh ủy",
/// "Thành ủy", …): only before one of them is "Ban tổ chức" a department ("Ban tổ chức
/// Festival Huế" is an event's organisers).
const PARTY_COMMITTEES: &[&str] = &[
    "Trung", "TW", "T.Ư", "Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Đảng",
];

/// Adverbs that may stand between a body and its verb ("Chính phủ đã yêu cầu", "HĐND TP vừa
/// khai mạc", "Bộ Y tế sẽ tổ chức", "UBND tỉnh đã và đang chỉ đạo"): the one list every reader
/// of a subject before its verb uses, so that "Bộ Y tế" ends before the same words wherever it
/// is read.
pub const BODY_ADVERBS: &[&str] = &[
    "đã và",
    "đã",
    "vừa",
    "cũng",
    "sẽ",
    "đang",
    "tiếp tục",
    "chính thức",
];

/// Days told relative to the report that stand between a body and its verb ("Hội đồng Bảo an
/// hôm nay tổ chức …", "UBND tỉnh chiều qua đã họp …"): not part of the body's name.
pub const RELATIVE_DAY_ADVERBS: &[&str] = &[
    // Longest first: the first that ends the subject is cut.
    "trong ngày hôm nay",
    "vào ngày hôm nay",
    "trong sáng nay",
    "trong chiều nay",
    "trong tối nay",
    "trong hôm nay",
    "vào sáng nay",
    "vào chiều nay",
    "vào tối nay",
    "vào hôm nay",
    "vào ngày mai",
    "vào sáng mai",
    "vào chiều mai",
    "sáng hôm nay",
    "chiều hôm nay",
    "sáng hôm qua",
    "chiều hôm qua",
    "ngày hôm nay",
    "ngày hôm qua",
    "hôm nay",
    "hôm qua",
    "sáng nay",
    "chiều nay",
    "trưa nay",
    "tối nay",
    "sáng qua",
    "chiều qua",
    "trưa qua",
    "tối qua",
    "đêm qua",
    "ngày mai",
    "sáng mai",
    "chiều mai",
    "tối mai",
    "mới đây",
];

/// `subject` without the adverbs of [`BODY_ADVERBS`] (and the words of `also`) that end it
/// before its verb ("UBND tỉnh A đã", "Bộ A chủ trì" with `also` "chủ trì"); a subject that is
/// only such a word is kept.
pub fn without_adverbs<'a>(subject: &'a str, also: &[&str]) -> &'a str {
    let mut s = subject.trim_end();
    while let Some(rest) = BODY_ADVERBS
        .iter()
        .chain(also)
        .find_map(|w| s.strip_suffix(w).filter(|r| r.ends_with(' ')))
    {
        s = rest.trim_end();
    }
    s
}

/// Where the body whose name ends `clause` begins ("Theo đó, UBND tỉnh Lào Cai đã" → the
/// byte of "UBND"): the leftmost head of [`BODY_HEADS`] from which the rest of the clause is
/// all words of its name (as [`body_name_pattern`] reads them) and maybe one adverb of
/// [`BODY_ADVERBS`]. The same grammar as that pattern anchored at the end, read word by word:
/// a subject is looked for before every cue, and the regex's automaton grew new states for
/// almost every clause.
pub fn body_at_end(clause: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = clause
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - clause.as_ptr() as usize, w))
        .collect();
    let texts: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
    let fits = name_suffixes(&texts);
    let longest_head = BODY_HEADS.iter().map(|h| h.split(' ').count()).max();
    for (i, &(at, word)) in words.iter().enumerate() {
        // A head of k words needs the name to fit from word i + k: most words are no start.
        if !fits[i + 1..]
            .iter()
            .take(longest_head.unwrap_or(0))
            .any(|&f| f)
        {
            continue;
        }
        let start = BODY_HEADS
            .iter()
            .filter_map(|head| {
                let mut head_words = head.split(' ');
                let first = head_words.next()?;
                let start = at + word.strip_suffix(first)?.len();
                let next = i + head.split(' ').count();
                // The head ends where a word does ("Ban Chỉ đạo", not "Ban Chỉ đạoX").
                let (last_at, last) = *words.get(next - 1)?;
                let whole =
                    clause[start..].starts_with(head) && last_at + last.len() == start + head.len();
                (whole && fits[next]).then_some(start)
            })
            .min();
        if start.is_some() {
            return start;
        }
    }
    None
}

/// For each word index `j` of `words` (and one past the last), whether `words[j..]` are
/// words of a body's name after its head, maybe followed by one of [`BODY_ADVERBS`].
fn name_suffixes(words: &[&str]) -> Vec<bool> {
    let n = words.len();
    let mut fits = vec![false; n + 1];
    fits[n] = true;
    for adverb in BODY_ADVERBS {
        let len = adverb.split(' ').count();
        if n >= len && words[n - len..].iter().copied().eq(adverb.split(' ')) {
            fits[n - len] = true;
        }
    }
    for j in (0..n).rev() {
        let ends = name_item_ends(words, j);
        fits[j] = fits[j] || ends.into_iter().any(|e| fits[e]);
    }
    fits
}

/// Where one word of a body's name that starts at word `j` may end: a capitalised word with
/// up to two lower-case syllables after it ("Tài nguyên", "Y tế"), the same after "và", or a
/// title word of [`BODY_TITLE_WORDS`].
fn name_item_ends(words: &[&str], j: usize) -> Vec<usize> {
    let capitalised = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '&' || c == '.')
    };
    let lower = |w: &str| w.chars().all(char::is_lowercase);
    let word_ends = |k: usize| -> Vec<usize> {
        if !words.get(k).is_some_and(|w| capitalised(w)) {
            return Vec::new();
        }
        let syllables = words[k + 1..]
            .iter()
            .take(2)
            .take_while(|w| lower(w))
            .count();
        (k + 1..=k + 1 + syllables).collect()
    };
    let mut ends = word_ends(j);
    // "và" joins two names of a portfolio; a dash, two places of one province ("tỉnh Bà Rịa -
    // Vũng Tàu", "Thừa Thiên - Huế").
    if ["và", "-", "–"].contains(&words[j]) {
        ends.extend(word_ends(j + 1));
    }
    let title_word = |t: &&str| {
        let len = t.split(' ').count();
        let here = words.get(j..j + len)?;
        here.iter().copied().eq(t.split(' ')).then_some(j + len)
    };
    ends.extend(BODY_TITLE_WORDS.iter().filter_map(title_word));
    ends.extend(
        DEPARTMENT_WORDS
            .iter()
            .filter_map(title_word)
            .filter(|&e| words.get(e).is_some_and(|w| PARTY_COMMITTEES.contains(w))),
    );
    ends
}

/// True when `rest` begins with a body's head noun as a whole word ("Bộ Tài chính", not
/// "Bốn").
pub fn starts_with_body(rest: &str) -> bool {
    let r = rest.trim_start();
    BODY_HEADS.iter().any(|h| starts_with_word(r, h))
}

/// Whether `rest` opens with a body's head in any case ([`BODY_HEADS`]): "ban thường vụ tỉnh
/// ủy", "thường trực huyện ủy", as some outlets write them after "của".
pub fn starts_with_body_any_case(rest: &str) -> bool {
    static LOWER: LazyLock<Vec<String>> =
        LazyLock::new(|| BODY_HEADS.iter().map(|h| h.to_lowercase()).collect());
    // The longest head and the character after it, which says where the word ends.
    static OPENING_CHARS: LazyLock<usize> = LazyLock::new(|| {
        BODY_HEADS
            .iter()
            .map(|h| h.chars().count())
            .max()
            .unwrap_or(0)
            + 1
    });
    let lower = crate::text::lower_opening(rest, *OPENING_CHARS);
    LOWER.iter().any(|h| starts_with_word(&lower, h))
}

/// Words that open a clause's time, place or circumstance, lower case, besides
/// [`CLAUSE_WORDS`]: a clause opened by one has no body for its subject ("Năm nay Hà Nội …").
const SUBJECT_OPENERS: &[&str] = &[
    "năm", "tháng", "tuần", "quý", "đây", "việc", "với", "nhân", "ngoài", "bên", "tiếp",
];

/// Whether `name`, the subject of a verb of organising, names a body by a head outside
/// [`BODY_HEADS`] and [`ORGANISER_HEADS`]: a capitalised head, a few lower-case words of
/// description, then a proper name ("Cảng vụ hàng không miền Nam", "Kho bạc Nhà nước tỉnh A",
/// "Chi cục Thú y TP. HCM"). Bodies are an open class; the subject of "tổ chức hội nghị" is the
/// one that holds it, whatever its head. Never a person ("Giám đốc Sở …", "Ông A"), nor a
/// clause of time or place ("Sáng nay …", "Tại Hà Nội").
pub fn described_subject(name: &str) -> bool {
    let Some((head, rest)) = name.trim().split_once(' ') else {
        return false;
    };
    let lower_head = head.to_lowercase();
    let opener = CLAUSE_WORDS.contains(&lower_head.as_str())
        || SUBJECT_OPENERS.contains(&lower_head.as_str());
    // A name ends on its proper name or its letters ("… miền Nam (HKMN)"); a lower-case last
    // word is the clause going on ("Triều Tiên dự kiến", "Bình Dương sẽ đăng cai").
    let last = rest.rsplit(' ').next().unwrap_or(rest);
    let ends_named = last
        .trim_start_matches('(')
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    // No person anywhere in it ("Kim Jong-un và Tổng thống Mỹ Donald Trump").
    let lower = name.to_lowercase();
    let person = std::iter::once(0)
        .chain(lower.match_indices(' ').map(|(i, _)| i + 1))
        .any(|i| person_opens(&lower[i..]));
    head.starts_with(char::is_uppercase)
        && !opener
        && ends_named
        && !person
        && proper_name_follows(rest)
}

/// Offices whose holder speaks for a body, lower case; written before the body's name
/// (`bí thư Thành ủy Đà Nẵng`, `lãnh đạo Tập đoàn …`). `phó` may stand before any of them.
pub(crate) const OFFICES: &[&str] = &[
    "bộ trưởng",
    "thứ trưởng",
    "bí thư",
    "chủ tịch",
    "tổng giám đốc",
    "giám đốc",
    "lãnh đạo",
    "trưởng ban",
    "tổng cục trưởng",
    "cục trưởng",
    "vụ trưởng",
    "viện trưởng",
    "hiệu trưởng",
    "chánh văn phòng",
    "người đứng đầu",
];

/// Offices whose holders meet as a group, named after a meeting's number ("Hội nghị lần thứ
/// 23 các Bộ trưởng Kinh tế ASEAN", "… các quan chức cao cấp APEC"), lower case.
pub(crate) const MEETING_OFFICES: &[&str] = &[
    "bộ trưởng",
    "thứ trưởng",
    "ngoại trưởng",
    "quan chức",
    "quan chức cao cấp",
    "nhà lãnh đạo",
    "lãnh đạo",
    "nguyên thủ",
    "người đứng đầu",
    "thống đốc",
    "tổng cục trưởng",
    "chánh án",
    "viện trưởng",
    "tổng kiểm toán",
    "tư lệnh",
    "tổng tham mưu trưởng",
    "chủ tịch",
    "thủ tướng",
];

/// Whether a comma between `before` and `after` is the one of the fixed pair "phòng, chống"
/// (to prevent and to combat) of an official name, whatever its capitals ("Ban Chỉ đạo
/// Trung ương về phòng, chống tham nhũng"): inside a name, not between two clauses.
pub fn prevent_and_combat(before: &str, after: &str) -> bool {
    crate::text::ends_with_word(&before.trim_end().to_lowercase(), "phòng")
        && crate::text::starts_with_word(&after.trim_start().to_lowercase(), "chống")
}

/// Verbs of telling that end a name before them ("… Sở Giao thông vận tải nêu ra …", "…
/// Ban quản lý cho biết …"), lower case.
pub(crate) const TELLING_PAIRS: &[&str] = &[
    "nêu ra",
    "nêu rõ",
    "nêu lên",
    "cho biết",
    "cho rằng",
    "cho hay",
    "đề cập",
    "nhấn mạnh",
    "khẳng định",
];

/// Two-syllable verbs a body's name (or its office holder's) is followed by, the directive
/// verbs besides: what it says or does at a meeting (`Bộ Tài chính công bố … tại cuộc họp`),
/// its sentence going on, not its name. Not `đánh giá`, `thẩm định`: they name councils
/// (`hội đồng đánh giá`).
pub(crate) const SPEAKING_VERBS: &[&str] = &[
    "cho biết",
    "phát biểu",
    "khẳng định",
    "đồng ý",
    "đề xuất",
    "chủ trì",
    "tổ chức",
    "thông tin",
    "thông báo",
    "đưa ra",
    "công bố",
    "thảo luận",
    "thông qua",
    "xem xét",
    "trình bày",
    "giải trình",
    "nhất trí",
    "thống nhất",
    "phê duyệt",
    "kết luận",
    "bàn bạc",
];

/// A meeting's partner after `với` that makes it the guest's (a leader, a delegation, a
/// person named by address), lower case; any of [`OFFICES`] too.
pub(crate) const GUESTS: &[&str] = &[
    "thủ tướng",
    "phó thủ tướng",
    "chủ tịch nước",
    "tổng bí thư",
    "đoàn",
    "ông",
    "bà",
    "đồng chí",
];

/// Verbs of carrying out a task that open an instruction without its subject, lower case: the
/// imperative of official speech ("Bảo đảm không để xảy ra …", "Chủ động chuẩn bị nhân sự …",
/// "Hoàn thiện phương án rồi công khai …"). Read only in a quotation right after an
/// instruction, which it goes on with; not words that also open a noun phrase ("tổ chức",
/// "xây dựng").
pub(crate) const IMPERATIVE_OPENERS: &[&str] = &[
    "bảo đảm",
    "đảm bảo",
    "chủ động",
    "hoàn thiện",
    "hoàn thành",
    "tập trung",
    "tăng cường",
    "đẩy mạnh",
    "đẩy nhanh",
    "tiếp tục",
    "nâng cao",
    "rà soát",
    "xử lý",
    "kiểm tra",
    "triển khai",
    "quán triệt",
    "làm rõ",
    "phối hợp",
    "khắc phục",
    "chấn chỉnh",
    "ngăn chặn",
    "truy lùng",
    "ưu tiên",
    "giải quyết dứt điểm",
    "công khai",
];

/// Steps of a career, lower case: a meeting named in a sentence with one ("Tháng 10/2014, tại
/// Hội nghị Trung ương 10 khóa XI, ông được bầu bổ sung vào Ủy ban Kiểm tra") is recalled as a point of
/// someone's biography, not the time the article reports.
pub(crate) const CAREER_STEPS: &[&str] = &[
    "được bầu",
    "trúng cử",
    "được bổ nhiệm",
    "được điều động",
    "được kết nạp",
    "được phong",
    "giữ chức",
];

/// The issuing bodies a document's symbol names after its kind ("16/CT-TTg", "01/NQ-CP",
/// "15/2019/TT-BTC") or as its last part ("42/2017/QH14"), by the national rules for the
/// symbols of administrative documents (Decree 30/2020/NĐ-CP, Appendix I, and the Law on
/// Promulgation of Legal Documents): each code with the body it stands for. Only codes that name
/// one body everywhere: not "UBND" or "HĐND" (which province?) nor "TW" (the Central Committee,
/// its Politburo or its Secretariat).
pub(crate) const ISSUER_CODES: &[(&str, &str)] = &[
    ("QH", "Quốc hội"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("BTC", "Bộ Tài chính"),
    ("BCT", "Bộ Công Thương"),
    ("BYT", "Bộ Y tế"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BNV", "Bộ Nội vụ"),
    ("BQP", "Bộ Quốc phòng"),
    ("BCA", "Bộ Công an"),
    ("BTP", "Bộ Tư pháp"),
    ("BNG", "Bộ Ngoại giao"),
    ("BXD", "Bộ Xây dựng"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
];

/// Codes of the Party's issuers in a document's symbol ("18-NQ/TW", "05-CT/TU"): the Party
/// numbers its documents through a committee's term, not afresh each year as the bodies of
/// [`ISSUER_CODES`] do.
pub(crate) const PARTY_ISSUER_CODES: &[&str] = &["TW", "TƯ", "TU", "HU", "QU", "ĐU", "BCS", "BCSĐ"];

/// Offices whose holders issue formal documents in their own name ("Thủ tướng Chính phủ ký
/// ban hành Chỉ thị …"), as a clause opens with them.
pub(crate) const ISSUING_OFFICES: &[&str] = &["Thủ tướng", "Chủ tịch", "Bộ trưởng", "Tổng Bí thư"];

/// The verbs of a meeting's happening ("Hội nghị diễn ra …", "khai mạc 5/3"): a day written
/// right after them is a date, and it is the meeting's. Each reader adds the verbs of holding
/// it ("tổ chức", "họp") where they mean the same.
pub(crate) const HAPPENING_VERBS: &[&str] = &["diễn ra", "khai mạc", "bế mạc", "kết thúc"];

/// Words that end a name (of a conference, of a place): what follows is the sentence going on,
/// not the name.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "do", "tại", "dưới", "nhằm", "đã", "được", "theo", "có", "vào", "ngày", "sáng", "chiều", "tối",
    "trưa", "đêm", "để", "là", "mà", "này", "đó", "trên", "cho", "sẽ", "thì", "cũng", "từ", "sau",
    "trước", "ở", "đang", "vừa", "hôm", "của", "trong", "qua", "tới", "đến", "nên", "vì", "khi",
    "nay", "rất", "như", "gồm", "ra", "vẫn", "không", "đều", "hay", "hoặc", "nói", "ấy", "kia",
    "nhiều", "bao", "chưa", "mới", "còn", "bởi", "lúc", "thuộc", "giữa", "lần", "sớm", "cần",
    "phải", "tiếp", "bắt", "luôn", "nhận", "sắp", "lại", "cùng", "bị", "rằng",
];

/// Words of which one syllable is one of [`CLAUSE_WORDS`] used as part of the word ("đổi mới"
/// is to innovate, not "đổi" and "just"; "hàng không" is aviation and "không khí" air, not
/// "not"; "nhà ở" is housing, not "a house at"): inside a name, that syllable does not end it.
/// Lower case.
pub(crate) const CLAUSE_WORD_COMPOUNDS: &[&str] = &[
    "đổi mới",
    "nông thôn mới",
    "bình thường mới",
    "kỷ nguyên mới",
    "thời kỳ mới",
    "giai đoạn mới",
    "bối cảnh mới",
    "tình hình mới",
    "năng lượng mới",
    "sáng tạo mới",
    "nhỏ và vừa",
    "nhìn lại",
    // "triển khai nhiệm vụ quản lý thị trường trên địa bàn tỉnh …": where a body works.
    "trên địa bàn",
    // "các nền kinh tế phát triển và mới nổi": emerging.
    "mới nổi",
    // "triển khai nhiệm vụ thời gian tới", "kế hoạch năm tới": the time to come.
    "thời gian tới",
    "năm tới",
    "những năm tới",
    // "tổng kết công tác năm qua và triển khai nhiệm vụ năm 2018": the year reviewed, named
    // with the plan that follows it.
    "năm qua và triển khai",
    "năm trước và triển khai",
    "năm qua và phương hướng",
    "năm trước và phương hướng",
    // Minimum and maximum ("lương tối thiểu vùng", "mức tối đa"): not an evening.
    "tối thiểu",
    "tối đa",
    "tối ưu",
    // "trao giấy chứng nhận", "công nhận", "tiếp nhận": the syllable "nhận" of a word.
    "chứng nhận",
    "công nhận",
    "tiếp nhận",
    "xác nhận",
    // "tháo gỡ hạn chế, tồn tại": shortcomings, not "at".
    "tồn tại",
    // "không" as a syllable of a noun: aviation, air, space, the air force, airspace.
    "hàng không",
    "không khí",
    "không gian",
    "không quân",
    "không phận",
    // Paying without cash, a fixed term of banking.
    "không dùng tiền mặt",
    // Overseas Vietnamese, a term of the law ("Hội nghị người Việt Nam ở nước ngoài toàn thế
    // giới"): not a meeting held abroad.
    "người việt nam ở nước ngoài",
    "người việt ở nước ngoài",
    // Housing; units directly under a body; direct and indirect.
    "nhà ở",
    "trực thuộc",
    "phụ thuộc",
    "trực tiếp",
    "gián tiếp",
    // Access, marketing; lending; charity; inputs and outputs.
    "tiếp cận",
    "tiếp thị",
    "cho vay",
    "từ thiện",
    "đầu vào",
    "đầu ra",
    // Post-harvest.
    "sau thu hoạch",
    // The syllables of a time of day inside words: creative, initiative, founding; supreme
    // (the Supreme People's Court), optimal; depth.
    "sáng tạo",
    "sáng kiến",
    "sáng lập",
    "tối cao",
    "tối ưu",
    "chiều sâu",
    // The syllable "bị" of a word, not the passive: equipment, armaments, preparing,
    // preparatory.
    "thiết bị",
    "quân bị",
    "chuẩn bị",
    "trang bị",
    "dự bị",
    "trù bị",
];

/// True when the clause word `word`, between `before` and `after`, is a syllable of one of
/// [`CLAUSE_WORD_COMPOUNDS`]: "… đổi" + "mới", "không" + " khí …", "hàng" + "không".
pub(crate) fn inside_compound(before: &str, word: &str, after: &str) -> bool {
    let before = before.trim_end().to_lowercase();
    let after = after.trim_start().to_lowercase();
    CLAUSE_WORD_COMPOUNDS.iter().any(|c| {
        let syllables: Vec<&str> = c.split(' ').collect();
        syllables.iter().enumerate().any(|(k, s)| {
            *s == word
                && ends_with_words(&before, &syllables[..k])
                && starts_with_words(&after, &syllables[k + 1..])
        })
    })
}

/// Whether `text` ends with the words `words` (as whole words).
fn ends_with_words(text: &str, words: &[&str]) -> bool {
    words.is_empty() || ends_with_word(text, &words.join(" "))
}

/// Whether `text` starts with the words `words` (as whole words).
fn starts_with_words(text: &str, words: &[&str]) -> bool {
    words.is_empty() || starts_with_word(text, &words.join(" "))
}

/// Words that open a paragraph told of a time before the one the article reports ("Thời điểm
/// đó", "Trước đó", "Hồi ấy"), lower case. "Khi đó" and "Lúc đó" are not among them: they
/// may be the very moment of the meeting just told.
pub const BEFORE_OPENINGS: &[&str] = &[
    "thời điểm đó",
    "thời điểm ấy",
    "hồi đó",
    "hồi ấy",
    "trước đó",
    "trước đây",
    "năm đó",
    "năm ấy",
];

/// What a sentence counts years of doing ("12 năm thực hiện Nghị quyết …", "5 năm triển khai
/// Chỉ thị …"), lower case: a date after the count is the document's, counted from.
pub const COUNTED_ACTS: &[&str] = &["thực hiện", "triển khai", "thi hành", "ban hành", "học tập"];

/// Words that open a sentence told as the next step of the story ("Sau đó", "Tiếp đó", "Ngày
/// hôm sau"), lower case.
pub const AFTER_OPENINGS: &[&str] = &[
    "sau đó",
    "ngay sau đó",
    "tiếp đó",
    "tiếp theo",
    "hôm sau",
    "ngày hôm sau",
    "sáng hôm sau",
    "chiều hôm sau",
];

/// Whether a sentence opens with one of [`AFTER_OPENINGS`].
pub fn told_as_next(text: &str) -> bool {
    opens_with_any(text, AFTER_OPENINGS)
}

/// Whether a paragraph (or a sentence) opens with one of [`BEFORE_OPENINGS`].
pub fn told_of_before(text: &str) -> bool {
    opens_with_any(text, BEFORE_OPENINGS)
}

/// Whether `text` opens with one of `words` (lower case, of 16 letters at most), whatever its
/// case.
fn opens_with_any(text: &str, words: &[&str]) -> bool {
    let head = crate::text::lower_opening(text.trim_start(), 16);
    words
        .iter()
        .any(|w| crate::text::starts_with_word(&head, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_word_inside_a_compound_does_not_end_it() {
        assert!(inside_compound("Ủy ban quốc gia đổi", "mới", ""));
        assert!(inside_compound("xây dựng nông thôn ", "mới", " giai đoạn"));
        assert!(inside_compound("doanh nghiệp nhỏ và", "vừa", ""));
        assert!(inside_compound("an toàn hàng", "không", " năm 2019"));
        assert!(inside_compound("ô nhiễm", "không", " khí đô thị"));
        assert!(inside_compound("thanh toán", "không", " dùng tiền mặt"));
        assert!(inside_compound("phát triển nhà", "ở", " xã hội"));
        assert!(!inside_compound("Hội nghị", "mới", ""));
        assert!(!inside_compound("thay đổi", "lại", ""));
        assert!(
            !inside_compound("Hội nghị", "không", " khíx"),
            "a whole word only"
        );
        assert!(!inside_compound("thanh toán", "không", " dùng thẻ"));
        assert!(
            !inside_compound("Xnông thôn", "mới", ""),
            "a whole word only"
        );
    }

    /// The word walk reads a body at the end of a clause as [`body_name_pattern`] anchored at
    /// the end does, on clauses built from every head and many kinds of words after it.
    #[test]
    fn body_at_end_reads_as_the_body_pattern_does() {
        let pattern = regex::Regex::new(&format!(
            r"(?:{})(?:\s+(?:{}))?\s*$",
            body_name_pattern(),
            BODY_ADVERBS.join("|")
        ))
        .unwrap();
        let before = ["", "Theo đó, ", "Sáng nay ", "(", "ông A và ", "xin "];
        let after = [
            "",
            " Y tế",
            " Tài nguyên và Môi trường",
            " tỉnh Lào Cai",
            " nhân dân tỉnh Nghệ An",
            " Thường vụ Tỉnh ủy",
            " Chỉ đạo quốc gia về phòng",
            " Chỉ đạo quốc gia về phòng chống dịch",
            " Covid-19",
            " G&T.",
            " thành phố Hà Nội",
            " và Đào tạo",
            " và",
            " X.",
            " hôm nay",
            " đạoX",
            " tổ chức Trung ương",
            " tỉnh Bà Rịa - Vũng Tàu",
            " Thừa Thiên – Huế",
            " -",
            " tuyên giáo Tỉnh ủy Nghệ An",
            " tổ chức",
            " kiểm tra",
        ];
        let ends = ["", " đã", " cũng", " tiếp tục", " vừa", "  ", " tổ chức"];
        let mut checked = 0;
        for head in BODY_HEADS {
            for b in before {
                for a in after {
                    for e in ends {
                        let clause = format!("{b}{head}{a}{e}");
                        let expected = pattern.find(&clause).map(|m| m.start());
                        assert_eq!(body_at_end(&clause), expected, "{clause:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10_000);
        assert_eq!(body_at_end("Theo đó, Bộ Y tế đã"), Some("Theo đó, ".len()));
        assert_eq!(body_at_end("Bộ trưởng nói rằng chúng ta"), None);
    }

    #[test]
    fn a_bodys_name_runs_over_its_words_compounds_joins_and_place() {
        for (text, head, name) in [
            ("Sở Y tế tổ chức hội nghị", "Sở", Some("Sở Y tế")),
            (
                "Sở Y tế tỉnh Nghệ An yêu cầu",
                "Sở",
                Some("Sở Y tế tỉnh Nghệ An"),
            ),
            ("Sở GTVT đã yêu cầu", "Sở", Some("Sở GTVT")),
            (
                "Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước đã họp",
                "Sở",
                Some("Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước"),
            ),
            (
                "Chi cục Thủy sản Nghệ An yêu cầu",
                "Chi cục",
                Some("Chi cục Thủy sản Nghệ An"),
            ),
            (
                "Chi cục Thú y, Sở Nông nghiệp",
                "Chi cục",
                Some("Chi cục Thú y"),
            ),
            (
                "Bộ Tài nguyên và Môi trường cho biết",
                "Bộ",
                Some("Bộ Tài nguyên và Môi trường"),
            ),
            (
                "Công ty Cổ phần Sông Đà cho biết",
                "Công ty",
                Some("Công ty Cổ phần Sông Đà"),
            ),
            ("Sở đã yêu cầu", "Sở", None),
            (
                "Cục Hàng không Việt Nam yêu cầu",
                "Cục",
                Some("Cục Hàng không Việt Nam"),
            ),
            ("Cục Phó cục Quản lý", "Cục", None),
            ("Sở và các ngành", "Sở", None),
        ] {
            let got = body_name_len(text, head).map(|len| &text[..len]);
            assert_eq!(got, name, "{text}");
        }
        for head in ["Sở", "sở", "Chi cục", "Công ty", "Bộ"] {
            assert!(is_bare_head(head), "{head}");
        }
        // Whole names, offices and persons are no bare heads.
        for name in [
            "Sở Y tế",
            "Ông",
            "Thủ tướng",
            "Chi cục Thú y",
            "Chính phủ",
            "Quốc hội",
        ] {
            assert!(!is_bare_head(name), "{name}");
        }
    }

    #[test]
    fn a_kinds_name_is_its_name_in_timeline_json() {
        for (_, kind) in MEETING_WORDS {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }

    #[test]
    fn every_meeting_word_has_its_kind() {
        assert_eq!(meeting_kind("Hội thảo"), MeetingKind::Workshop);
        assert_eq!(meeting_kind("HỘI NGHỊ THƯỢNG ĐỈNH"), MeetingKind::Summit);
        assert_eq!(meeting_kind("kỳ"), MeetingKind::Session);
        assert_eq!(meeting_kind("Buổi làm việc"), MeetingKind::WorkingSession);
        let pattern = regex::Regex::new(&meeting_words_pattern()).unwrap();
        for (word, _) in MEETING_WORDS {
            let m = pattern.find(word).unwrap();
            assert_eq!(m.as_str(), *word, "the longest word wins");
        }
        assert!(pattern
            .find("Quốc hội thảo luận")
            .is_some_and(|m| m.as_str() == "hội thảo"));
    }

    #[test]
    fn an_organiser_is_a_body_or_a_named_school_police_or_company() {
        for name in [
            "Bộ Ngoại giao",
            "Công an thành phố Hà Nội",
            "Công an TP Chí Linh",
            "Trường Đại học Cần Thơ",
            "Học viện Ngoại giao",
            "Viện Hàn lâm Khoa học xã hội Việt Nam",
            "Tổng công ty Đường sắt Việt Nam",
            "Hội Nông dân tỉnh",
            "Phòng Tư pháp quận Ba Vì",
            "Phòng Giáo dục và Đào tạo huyện Lục Ngạn",
        ] {
            assert!(starts_with_organiser(name), "{name}");
        }
        for name in [
            "Phòng chống dịch bệnh",
            "Phòng họp số 2",
            "Trường hợp này",
            "Hội nghị",
            "Bộ trưởng Nguyễn Văn An",
            "Công an đã vào cuộc",
            "Viện dẫn quy định",
            "Trung tâm",
        ] {
            assert!(!starts_with_organiser(name), "{name}");
        }
    }

    /// A district's office is written in lower case too, its capitalised name right after its
    /// head; a room or a task is named by a lower-case word, whatever follows; a minister is a
    /// person.
    #[test]
    fn a_districts_office_in_lower_case_is_a_body_and_a_room_is_not() {
        for (name, body) in [
            ("phòng Giáo dục và Đào tạo huyện Lục Ngạn", true),
            ("phòng Tài chính - Kế hoạch quận Ba Vì", true),
            ("phòng họp số 2", false),
            ("phòng chống dịch bệnh", false),
            ("phòng họp UBND tỉnh Lào Cai", false),
            ("phòng chống dịch Covid-19", false),
            ("bộ trưởng Nguyễn Văn An", false),
        ] {
            assert_eq!(lower_case_body(name), body, "{name}");
        }
    }

    #[test]
    fn a_body_head_is_a_whole_word() {
        assert!(starts_with_body(" Bộ Tài chính"));
        assert!(starts_with_body("Ủy ban quốc gia"));
        assert!(!starts_with_body("Bốn bộ"));
        assert!(!starts_with_body("Banner"));
        assert!(!starts_with_body("bộ trưởng"));
    }

    #[test]
    fn longer_heads_come_first_in_the_pattern() {
        let p = body_heads_pattern();
        let heads: Vec<&str> = p.split('|').collect();
        let at = |h: &str| heads.iter().position(|x| *x == h).unwrap();
        assert!(at("Ban Thường vụ") < at("Ban"));
        assert!(at("Quân ủy Trung ương") < at("Trung ương"));
    }
}
